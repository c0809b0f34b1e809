"""Precision of aspect points, kind by kind (issue 8): dual-use words of governance as the subject of a complaint,
views and proposals reported from others, the author's first-person narration, definitions, status and scene
setting. Inputs are small essays written for these tests."""

import pytest

from summarizer import aspects as asp
from tests.aspect_helpers import points, roles


@pytest.mark.parametrize("text, imperative, aspect", [
    # a dual-use word (考核, 监管, 评估, 保障 …) as the subject of a complaint names what is wrong
    ("考核检查名目繁多", False, asp.CHALLENGE),
    ("考核繁琐", False, asp.CHALLENGE),
    ("评估流于形式", False, asp.CHALLENGE),
    ("监管不严", False, asp.CHALLENGE),
    ("保障水平有待提高", False, asp.CHALLENGE),
    ("督查检查过多，基层疲于应付", False, asp.CHALLENGE),
    # ...and the same words governing an object, or before a modal, are measures
    ("加强考核", True, asp.RECOMMENDATION),
    ("考核干部要看实绩", True, asp.RECOMMENDATION),
    ("监管部门要依法履职", True, asp.RECOMMENDATION),
    ("保障基本民生", True, asp.RECOMMENDATION),
    ("整治乱象", True, asp.RECOMMENDATION),  # a complaint noun as the object: still an action
    ("加强监管，严格考核", True, asp.RECOMMENDATION),
])
def test_dual_use_words(text, imperative, aspect):
    assert asp.starts_imperative(text) is imperative
    assert asp.sentence_aspect(text) == aspect


def test_dual_use_subject_is_bounded_to_its_clause():
    """The complaint predicate must follow the noun inside its clause and within DUAL_USE_SPAN characters."""
    assert asp.dual_use_subject("考核检查名目繁多", "考核")
    assert not asp.dual_use_subject("考核，过多的会议也要精简", "考核")  # the predicate is in another clause
    assert not asp.dual_use_subject("考核全体乡镇干部的年度工作实绩和群众满意度过多", "考核")  # too far: an object
    assert not asp.dual_use_subject("加强考核", "加强")  # not a dual-use word


def test_dual_use_items_of_an_unnamed_list_vote_challenge():
    """A list under no aspect heading whose items complain about 考核/监管/评估 is a list of problems, not of
    measures (each item opens with a word of the imperative group)."""
    text = ("基层治理的几点观察\n"
            "一是考核检查名目繁多。\n二是监管力量配备不到位。\n三是评估流于形式。\n")
    assert [a for _, a, _ in roles(text)][1:] == [asp.CHALLENGE] * 3  # (the first item is the title)
    challenges, recommendations = points(text)
    assert challenges == ["考核检查名目繁多", "监管力量配备不到位", "评估流于形式"]
    assert recommendations == []


@pytest.mark.parametrize("point", [
    # a view or a proposal reported from unnamed others, and advice to the public
    "有人说根本就不应让年迈的长者从事如此艰苦的工作，政府应该全面研究他们的需要",
    "有很多人认为解决交通拥堵只能靠多修路",
    "不少人主张取消中小学的期中考试",
    "张医生提醒大家，不要轻信网络上的偏方",
    # the author narrating in the first person singular, recommending nothing
    "我居住的小区去年把路面重新铺了一遍",
    "而我写的这封信却不知该寄往何处",
    "我自己认为，外出务工的经历也可能带来积极影响",
    # a definition, a classification, a status or a scene, naming no deficiency
    "轮候时间是指申请人从登记到获配房屋所经过的时间",
    "社区卫生服务是基本公共服务的重要组成部分，面向全体居民提供",
    "作为一种公共产品，公园绿地具有非排他性的特点",
    "数字乡村成为近年来地方政府工作报告的关键词",
    "随着城镇化的推进，大量农村青年进城务工",
])
def test_states_background(point):
    assert asp.states_background(point)
    assert asp.states_neither(point)


@pytest.mark.parametrize("point", [
    "有人涉嫌利用职务之便为开发商谋利",  # 涉嫌 states a wrong: no verb of saying
    # a named speaker or a pronoun: a news report of a delegate's proposals states the article's points
    "他建议在每个街道设立一个长者服务站",
    "王委员建议国家有关部门开放政务类公共信息",
    "我国农村养老保障水平偏低",  # 我国: the country, not the author
    "我们要进一步加强社区服务中心建设",
    "我认为政府应该尽快为外卖骑手立法",  # the author's own proposal
    "笔者建议设立乡村教师专项津贴",
    "随着人口老龄化加剧，养老护理人员严重不足",  # the scene, then a deficiency
    "社区卫生服务是基本公共服务的重要组成部分，但投入长期不足",
    "物业费上涨成为业主投诉的焦点，收费标准不透明",  # a status with a complaint
    "乡村振兴成为地方工作的重要抓手，必须把产业振兴放在首位",  # ...or with a measure
])
def test_states_something_despite_background_words(point):
    assert not asp.states_background(point)


def test_reported_and_narrated_sentences_are_no_points_of_an_essay():
    """In a problems/measures essay, a reported view (有人说…), a definition (…是指…) and the author's narration (我…)
    inside an aspect section give no point; the author's own measures and problems stay."""
    text = ("关于长者拾荒问题的意见\n"
            "一、存在的问题\n"
            "（一）拾荒长者缺乏安全的工作空间。\n"
            "（二）我居住的街道每天都能见到推着纸皮车的老人。\n"
            "（三）回收价格持续下跌，收入与劳动不成正比。\n"
            "二、对策建议\n"
            "（一）有人说政府应该全面禁止长者拾荒。\n"
            "（二）为拾荒长者设立专门的纸皮整理点。\n"
            "（三）外展服务是指社工主动走访长者的服务方式。\n"
            "（四）与社福机构合作开设长者外展队。\n")
    challenges, recommendations = points(text)
    assert challenges == ["拾荒长者缺乏安全的工作空间", "回收价格持续下跌，收入与劳动不成正比"]
    assert recommendations == ["为拾荒长者设立专门的纸皮整理点", "与社福机构合作开设长者外展队"]


@pytest.mark.parametrize("point, neither", [
    ("最近多个城市接连遭受暴雨侵袭，道路变成了河", True),  # a recent event, as a news lead narrates it
    ("近日，市政府召开了垃圾分类工作推进会", True),
    ("最近几年，乡村教师流失严重，补充渠道不畅", False),  # ...naming a deficiency
])
def test_recent_events(point, neither):
    assert asp.states_neither(point) is neither


@pytest.mark.parametrize("point, present", [
    ("现时对占道经营的执法大多是口头警告，之后才会清场", True),  # how it is done now: no measure
    ("目前各街道的做法是由网格员逐户登记", True),
    ("当前亟须建立统一的信息平台", False),  # the present, then a modal: a measure
    ("目前应尽快出台临时救助办法", False),
    ("现阶段要加强对困难群众的兜底保障", False),
    ("加强对占道经营的执法", False),  # no present opener
])
def test_describes_present(point, present):
    assert asp.describes_present(point) is present
    assert asp.states_no_measure(point) is present


@pytest.mark.parametrize("point, outright", [
    ("家中剩余药物应妥善处理", True),  # a modal, nothing wrong named: a measure even in a list of problems
    ("政府应设立社区药物回收点", True),
    ("药物回收点太少了，市民应该把药交到哪里", False),  # a deficiency is named (太少了)
    ("居民不知道过期药物应如何处理，随手丢弃的现象普遍", False),
    ("医院配发的药物过多", False),
    ("社区药房应是居民取药的首选，但多数居民仍去大医院", False),  # a stative modal (应是), then a turn (但)
    ("药物回收本应由药房负责", False),  # a counterfactual (本应): modal_exclusion
])
def test_a_challenge_that_only_prescribes_is_a_recommendation(point, outright):
    assert asp.recommends_outright(point) is outright


def test_xu_inside_a_word_is_no_modal():
    """须 is a modal (须经审批) but not inside 溜须拍马 (flattery) or 胡须 (a beard): ``modal_exclusion`` cue group."""
    assert not asp.strong_modal("溜须拍马、请客送礼就可以升迁")
    assert not asp.strong_modal("他留着花白的胡须")
    assert asp.strong_modal("新建项目须经环境评估")


@pytest.mark.parametrize("point, label", [
    ("考核与激励", True),  # dual-use nouns joined by 与: a topic label, not the imperative 考核
    ("监督和管理", True),
    ("项目目标", True),
    ("考核不严与激励不足", False),  # states two shortcomings
    ("加强考核与激励", False),  # a measure
    ("资金不足", False),
])
def test_states_no_problem(point, label):
    assert asp.states_no_problem(point) is label


def test_a_topic_label_leaf_under_problems_gives_no_heading_point():
    """Under 存在的问题, a leaf sub-heading that only names a topic (考核与激励) among sub-headings that state
    problems is no problem of its own: its body states it."""
    text = ("关于社区卫生服务的思考\n"
            "一、存在的问题\n"
            "（一）人员数量不足\n社区卫生服务中心普遍缺编。\n"
            "（二）设备老化\n多数中心的设备已使用十年以上。\n"
            "（三）考核与激励\n考核重数量轻质量，干多干少一个样。\n"
            "二、对策建议\n"
            "（一）增加人员编制\n")
    challenges, _ = points(text)
    assert "考核与激励" not in challenges
    assert challenges[:2] == ["人员数量不足", "设备老化"]


@pytest.mark.parametrize("lead, aspect", [
    ("然而，已有研究存在一定的不足：", asp.OTHER),  # the limits of studies: a literature review
    ("这些研究路径存在以下不足：", asp.OTHER),
    ("当前农村养老服务存在以下不足：", asp.CHALLENGE),  # the subject's own problems
    ("企业智库研究存在以下问题：", asp.CHALLENGE),  # a think tank's research is the subject here (no bare 研究)
])
def test_research_limits_are_a_literature_review(lead, aspect):
    assert asp.lead_in_aspect(lead) == aspect


@pytest.mark.parametrize("point, neither", [
    ("这些研究路径存在一定的不足，缺乏对青年人才行为的分析", True),
    ("已有文献缺乏对农村养老的实证分析", True),
    ("学界对此关注不够", True),
    ("企业智库研究能力不强，成果较少", False),
    ("乡村学校的研究性学习开展不足", False),
])
def test_research_critique_states_neither(point, neither):
    assert asp.states_background(point) is neither


def test_literature_review_items_are_no_challenges():
    """A paper's review of earlier studies lists their gaps (一方面…另一方面…) after a lead-in whose subject is the
    studies: no challenge of the essay; the problems section after it gives the points."""
    text = ("乡村教师流失问题研究\n\n"
            "以往研究多从待遇角度分析教师流失。然而，这些研究存在一定的不足：一方面，缺乏对教师职业认同的分析；"
            "另一方面，样本多集中于东部地区。\n"
            "一、存在的问题\n"
            "（一）乡村教师待遇偏低。\n"
            "（二）职称评定名额不足。\n"
            "二、对策建议\n"
            "（一）提高乡村教师生活补助。\n")
    challenges, recommendations = points(text)
    assert challenges == ["乡村教师待遇偏低", "职称评定名额不足"]
    assert recommendations == ["提高乡村教师生活补助"]


@pytest.mark.parametrize("point, neither", [
    ("省长如此直接地痛陈本省营商环境的弊端实属罕见", True),  # a speaker's criticism, reported
    ("列举了本市在诸多方面落后的表现", True),
    ("无论是创建卫生城市还是文明城市，其根本都是为了改善居民的生活环境", True),  # the purpose, as a thesis
    ("创建文明城市的目的是为了改善环境，但检查过多，基层负担过重", False),  # ...then a deficiency
    ("部门人员根本无权管理，也不专业", False),  # 根本 as an adverb
])
def test_reports_and_purposes(point, neither):
    assert asp.states_background(point) is neither


@pytest.mark.parametrize("point, turns", [
    ("他们要处理比平日多出两三倍的垃圾，雇主却没有提供额外人手", True),  # 要 = have to; then what is lacking
    ("清洁工每天工作十小时，但工资仍然偏低", True),
    ("政府应增加人手，但不能一刀切", False),  # a strong modal: a measure with a caution
    ("增加清洁工的人手和休息设施", False),  # no turn
])
def test_a_recommendation_that_turns_to_a_problem_proposes_nothing(point, turns):
    assert asp.turns_to_problem(point) is turns
    assert asp.states_no_measure(point) is turns


@pytest.mark.parametrize("text, imperative", [
    ("完善的租金津贴计划能缓解基层市民的压力", False),  # 完善的: a modifier, "a complete scheme"
    ("健全的监督机制是廉政的保障", False),
    ("完善租金津贴计划", True),
    ("建立完善的监督机制", True),  # the verb 建立 governs 完善的…
])
def test_a_verb_before_de_is_a_modifier(text, imperative):
    assert asp.starts_imperative(text) is imperative


def test_the_authors_stated_view_of_a_shortcoming_is_a_point():
    """First-person narration is background, but the author's stated view of a shortcoming (``我认为，…存在…问题``)
    is a claim of the essay (a new user's trial, 2026-12-01: the challenge was dropped)."""
    from summarizer.aspects import states_background

    assert not states_background("我认为，当前基层治理存在人员不足的问题")
    assert not states_background("我觉得基层干部负担过重")
    assert states_background("我居住的小区停车位严重不足")  # narration of the author's own life
    assert states_background("我自己认为，这个事情很复杂")  # a view naming no shortcoming
