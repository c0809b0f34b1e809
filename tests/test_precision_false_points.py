"""Precision of aspect points by kind of false point (issue 8, helper prec10): a work report's progress narrated as
a problem or a measure, 突出 as an adverb or in 突出位置, a front-matter title glued to the text's first paragraph,
a heading that states its point completed with the first clause of its body, and a measure whose shortcoming word is
the object of its modal. Every input here is written for these tests."""

import pytest

import summarizer
from summarizer import aspects as asp
from summarizer.clean import clean
from tests.aspect_helpers import points


# ------------------------------------------------------------------------- progress narrated in a work report

@pytest.mark.parametrize("sentence, progress", [
    ("全县居民收入继续保持增长，城乡收入差距逐步缩小。", True),
    ("全县种植结构进一步优化。", True),
    ("今年全镇财政收入、固定资产投资等主要指标全面增长", True),  # 主要 holds 要 but is no modal
    ("全市经济延续了稳中向好的态势，各项指标稳步回升。", True),
    ("在经济方面，邻近地区逐渐复原，物价也平稳下来", True),
    # a target, an aim or a need for progress is no report of it
    ("要使城乡收入差距逐步缩小。", False),
    ("确保农民收入稳步增长。", False),
    ("基层服务能力有待进一步增强。", False),
    ("力争明年养殖规模明显扩大，收入稳步增长。", False),
    # a verb with its object after it is a measure's (进一步提高…), not a report's
    ("进一步提高农民收入。", False),
    # a decline is no progress (增速下降 is left to the other rules)
    ("工业增速持续下降。", False),
])
def test_reports_progress(sentence, progress):
    assert asp.reports_progress(sentence) is progress
    if progress:
        assert asp.states_neither(sentence)


def test_progress_sentences_of_a_work_report_are_neither_problems_nor_measures():
    text = ("县域经济发展调研\n今年以来，全县经济运行平稳。农民收入继续保持增长，城乡收入差距逐步缩小。"
            "但是，全县产业结构单一的问题依然存在，农村劳动力外流严重，基层财力薄弱。"
            "应加快培育特色产业，吸引青年返乡创业。全县突出抓好农村饮水工程建设，新建饮水工程35处。\n")
    challenges, recommendations = points(text)
    # (the progress sentence held 差距; the count of works done held 突出, the adverb: neither is a problem)
    assert challenges == ["全县产业结构单一的问题依然存在，农村劳动力外流严重，基层财力薄弱"]
    assert recommendations == ["应加快培育特色产业，吸引青年返乡创业"]


# ---------------------------------------------------------------------------------------- 突出 as no shortcoming

@pytest.mark.parametrize("sentence, strength", [
    ("今年突出抓好农村饮水工程建设", 0),  # an adverb: "with emphasis"
    ("要把稳就业放在更加突出的位置", 0),  # "a prominent place"
    ("坚持突出特色，打造一村一品", 0),  # a verb: "bring out"
    ("城乡发展不平衡的矛盾十分突出", 3),  # after its subject: 不平衡, 矛盾, 突出
    ("群众反映的突出问题长期没有解决", 2),  # before a problem noun: 突出, 问题
])
def test_tuchu_states_a_shortcoming_only_after_its_subject_or_before_a_problem(sentence, strength):
    assert asp.challenge_strength(sentence) == strength


# --------------------------------------------------------------------- a front-matter title is a line of its own

def test_a_front_matter_title_with_a_colon_and_a_comma_is_not_glued_to_the_first_paragraph():
    text = ("---\ntitle: '某委员：建议设立社区食堂，方便老人就餐'\ndate: 2022-03-01\n---\n"
            "<div><p>随着老龄化加深，独居老人吃饭难的问题日益突出。</p><p>社区应设立老年食堂。</p></div>\n")
    assert clean(text).text.startswith("某委员：建议设立社区食堂，方便老人就餐\n随着老龄化加深，")
    essay = summarizer.summarize(text).essays[0]
    every = [p.text for p in essay.challenges + essay.recommendations]
    assert not any("就餐随着" in p for p in every)


# ------------------------------------------------------------ a heading that states its point is not completed

def test_a_short_heading_that_states_its_measure_is_not_completed_with_its_body():
    text = ("关于社区养老的调研报告\n社区养老是基层治理的重要内容，近年来各地积极探索，取得了一定成效。\n"
            "一、存在的问题\n（一）服务设施不足。部分社区没有活动场地。\n（二）护理人员短缺。护理员流动性大。\n"
            "二、对策建议\n（一）加大设施投入。建议由区级财政统一安排建设资金，逐步补齐短板。\n"
            "（二）稳定护理队伍。要提高护理员薪酬待遇，畅通职业发展通道。\n")
    challenges, recommendations = points(text)
    assert challenges == ["服务设施不足", "护理人员短缺"]
    # each heading is a whole imperative sentence: its body's first clause (建议由…, 要提高…) is the body's, not the point's
    assert recommendations == ["加大设施投入", "稳定护理队伍"]


def test_a_short_heading_that_names_no_measure_is_still_completed_with_its_body():
    # 以…推动… names a means, no imperative verb of its own: the body's first clause completes it (MIN_POINT_CHARS)
    text = ("资源型城市如何发展低碳经济\n资源型城市转型是一项长期任务，近年来各地做了大量探索。\n"
            "第一，经济增长的短期要求与低碳发展的长期效益之间存在矛盾。这一矛盾长期存在。\n"
            "第二，产业结构单一，技术创新能力不足。传统产业占比过高。\n"
            "第一，采用综合驱动的发展模式。把低碳经济作为新的发展模式来实践。\n"
            "第二，以机制创新推动技术创新。整合现有研发平台。\n")
    _, recommendations = points(text)
    assert recommendations == ["采用综合驱动的发展模式", "以机制创新推动技术创新。整合现有研发平台"]


# --------------------------------------------------- a shortcoming that is the object of a modal names a measure

@pytest.mark.parametrize("point, measure", [
    ("新一届政府不仅要有解决人手不足的决心，还要有调整政策的魄力", True),
    ("为基层减负，要精准整治形式主义顽疾", True),
    # a shortcoming stated before the modal, or in a clause of its own, is a problem
    ("社区经费不足，要靠街道临时拨款", False),
    ("护理人员短缺，政府应加大培训力度", False),
    # a task that names the problem still to be solved (要重点解决…的问题) is left to the challenges
    ("下一步要重点解决偏远山区看病难的问题", False),
    # 建议 as a noun (该建议, 这项建议) is no modal; 必要 holds no 要
    ("该建议仍未能有效保障员工权益", False),
    ("居民获取必要信息的渠道受阻", False),
])
def test_modal_over_shortcomings(point, measure):
    assert asp.modal_over_shortcomings(point) is measure
    assert asp.recommends_outright(point) is measure


def test_a_measure_whose_shortcoming_word_follows_its_modal_is_a_recommendation():
    text = ("关于街道减负的几点思考\n近年来，街道承担的事务越来越多。"
            "各类检查考核过多，基层干部疲于应付，台账材料重复报送。"
            "新一届街道班子不仅要有解决人手不足的决心，还要有精简考核事项的魄力。\n")
    challenges, recommendations = points(text)
    assert not any("要有解决人手不足" in c for c in challenges)
    assert any(r.startswith("新一届街道班子不仅要有解决人手不足的决心") for r in recommendations)


# ------------------------------------------------------------- a point cut inside a condition, before its consequence

@pytest.mark.parametrize("point, cut", [
    ("各岗位对人才的要求不同，如果学校培养的学生动手能力差、适应能力弱", True),
    ("要是还不想让更多居民加入反对的行列的话", True),
    ("居民都愿意参与，若街道不认可他们的付出", True),
    ("一旦发生险情", True),
    # a condition with its consequence, or 若干 (several), is whole
    ("如果学生动手能力差，就难以适应岗位要求", False),
    ("社区工作存在若干问题", False),
    ("学生动手能力差，难以适应岗位要求", False),
])
def test_ends_in_condition(point, cut):
    assert asp.ends_in_condition(point) is cut
    if cut:
        assert asp.states_neither(point)


# --------------------------------------------------------------------------- figures, achievements, denied problems

def test_a_figure_after_xiangying_is_a_statistic():
    # 相应 holds the modal's character 应 but prescribes nothing (the modal_exclusion group): the change is a finding
    assert asp.reports_statistic("公众信任指数相应下降0.2个单位")
    assert asp.states_neither("公众信任指数相应下降0.2个单位")
    assert not asp.reports_statistic("公众信任指数应下降0.2个单位")  # a target


@pytest.mark.parametrize("point", ["本区初步实现了多部门数据互通，群众办事难的问题有所缓解",
                                   "我们还积累了应对重大风险挑战的经验",
                                   "该报告从政府、企业、社会三个方面提出了改进养老服务的建议"])
def test_narrated_achievements_state_neither_aspect(point):
    assert asp.states_neither(point)


@pytest.mark.parametrize("point, none", [
    ("这个建屋目标本身没有问题，过去也曾规划过", True),
    ("这并不是什么问题", True),
    ("部分干部没有问题意识，工作流于形式", False),  # lacking awareness of problems is a shortcoming
    ("目标本身没有问题，但配套资金严重不足", False),  # a shortcoming stated besides the denial
])
def test_a_problem_the_point_denies_is_no_challenge(point, none):
    assert asp.states_no_problem(point) is none


# ------------------------------------------------------------------ a verdict on the sentence before it, nothing more

@pytest.mark.parametrize("point, back", [
    ("这才是社区活力不足的主因", True),
    ("这完全是一个误区。", True),
    ("此乃问题所在", True),
    # more than a one-clause verdict: it names what it judges
    ("这就是形式主义，也是加重基层负担的根源", False),
    ("这是因为社区经费长期依赖街道拨款，没有稳定来源", False),
    ("这样才能调动居民参与的积极性", False),  # no copula: a measure's benefit, left to other rules
])
def test_refers_back(point, back):
    assert asp.refers_back(point) is back
    if back:
        assert asp.states_neither(point)


def test_a_verdict_after_a_problem_is_not_a_point_of_its_own():
    text = ("关于社区活力的思考\n近年来，社区活动越来越少。居民议事会长期流于形式，居民反映的问题迟迟得不到回应。"
            "这才是社区活力不足的主因。应建立居民诉求限时回应制度。\n")
    challenges, _ = points(text)
    assert "这才是社区活力不足的主因" not in challenges
    assert "居民议事会长期流于形式，居民反映的问题迟迟得不到回应" in challenges
