"""Kinds of fault in reading points and aspects found by a new user's trial of 25 unseen documents (newuser22,
trial22 kinds C, H, D, O, B); each test on a small input written for it (no trial document copied)."""


import summarizer
from summarizer import aspects as asp
from summarizer import points as pts
from costs import assert_linear


def _points(text):
    essay = summarizer.summarize(text).essays[0]
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


def _texts(points):
    return [t for t, _, _ in points]


# ------------------------------------------------------------------------------------ C: a survey's purpose clause
def test_a_surveys_purpose_clause_names_no_problem():
    text = ("为此，课题组走访了五个街道的社区服务中心，旨在深入了解其服务现状、存在问题和发展方向。\n"
            "调研发现了一些亟待解决的问题。首先，社工队伍流动性过大的现象比较突出。其次，部分中心场地面积不足。\n")
    ch, _ = _points(text)
    assert _texts(ch) == ["社工队伍流动性过大的现象比较突出", "部分中心场地面积不足"]
    assert pts.narrates_discussion("课题组走访了五个街道的社区服务中心，旨在深入了解其服务现状、存在问题和发展方向")


def test_a_purpose_clause_whose_topic_names_the_problem_is_kept():
    # negative: the purpose names the problems themselves (停车难), or the clause before it states one
    assert not pts.narrates_discussion("我们走访了十个社区，旨在了解居民反映的停车难、看病难问题")
    assert not pts.narrates_discussion("社区人手严重不足，旨在了解其存在的问题")
    assert not pts.narrates_discussion("社区人手严重不足")


# ----------------------------------------------------------------------------- C: the closing formula of a problem list
def test_a_closing_heed_formula_and_a_bare_remedy_are_no_points():
    text = ("我们也清醒看到，发展中还有不少困难和问题。财政收支矛盾突出。部分企业经营困难。"
            "对于这些问题，我们绝不能掉以轻心，要采取有力措施，切实加以解决。\n")
    ch, rec = _points(text)
    assert _texts(ch) == ["财政收支矛盾突出", "部分企业经营困难"]
    assert rec == []
    assert pts.heeds_named_problems("对上述问题，我们都必须高度重视")
    assert pts.bare_remedy_point("必须采取有效措施，努力推进解决")


def test_a_back_reference_followed_by_a_shortfall_is_still_a_problem():
    # negative: after 对上述问题 the clause states a shortcoming of its own (重视不够、应对迟缓)
    assert not pts.heeds_named_problems("对上述问题，不少部门仍然重视不够、应对迟缓")
    assert not pts.bare_remedy_point("必须采取有效措施治理大气污染")
    ch, _ = _points("对上述问题，不少部门仍然重视不够、应对迟缓。\n")
    assert _texts(ch) == ["对上述问题，不少部门仍然重视不够、应对迟缓"]


# ------------------------------------------------------------------------- C: a quoted list of demanded measures
def test_a_quoted_list_a_document_demands_gives_no_challenges():
    text = "今年印发的《意见》明确要建立“容错纠错机制”“干部关爱制度”“减轻基层迎检负担的清单”。\n"
    ch, _ = _points(text)
    assert ch == []
    assert pts.prescribed_list_lead("今年印发的《意见》明确要建立")


def test_a_quoted_list_of_complaints_still_gives_one_challenge_each():
    # negative: complaints listed, and a demand to solve named problems (解决: the problems, no measure list)
    assert not pts.prescribed_list_lead("群众要求解决")
    text = "居民反映最多的问题是“停车难”、“买菜难”、“就医难”。\n"
    ch, _ = _points(text)
    assert _texts(ch) == ["停车难", "买菜难", "就医难"]
    assert [(s, e) for _, s, e in ch] == [(11, 14), (17, 20), (23, 26)]


# ------------------------------------------------------------------ H: a purpose clause before a prescribing actor
def test_a_purpose_clause_before_an_actors_modal_is_a_measure():
    text = "另外，为了减轻中小企业的租金负担，当局在下一财政年度应调低各项政府收费。\n"
    ch, rec = _points(text)
    assert ch == []
    assert _texts(rec) == ["为了减轻中小企业的租金负担，当局在下一财政年度应调低各项政府收费"]
    assert rec[0][1] == 3
    assert asp.purpose_clause_end("另外，为了减轻中小企业的租金负担，当局在下一财政年度应调低各项政府收费") == 17


def test_a_purpose_clause_before_a_hardship_is_no_measure():
    # negative: no actor prescribes after the purpose clause
    s = "为了减轻负担，很多家庭不得不削减开支，生活质量明显下降"
    assert asp.purpose_clause_end(s) == 0
    assert asp.sentence_aspect(s) != asp.RECOMMENDATION


# --------------------------------------------------------------------------- H: a prohibition argued by its harm
def test_a_prohibition_with_a_warned_result_prescribes():
    text = "街道不能把所有事务都推给社区，否则社区就会不堪重负。\n"
    ch, rec = _points(text)
    assert ch == []
    assert _texts(rec) == ["街道不能把所有事务都推给社区，否则社区就会不堪重负"]
    assert asp.warned_prohibition("政府不能事事包办，那样市场的活力就会减弱。")


def test_an_inability_with_a_result_is_no_prohibition():
    # negative: 不能 of ability, no word of warning before the result
    assert not asp.warned_prohibition("很多家长不能陪伴孩子，孩子的心理问题就会加重。")
    assert not asp.warned_prohibition("政府不能包办一切。")
    ch, rec = _points("很多家长不能陪伴孩子，孩子的心理问题就会加重。\n")
    assert rec == []


# ---------------------------------------------------------------------- H: a target group described by its hardship
def test_a_target_group_described_by_a_hardship_is_no_challenge():
    text = "资助计划应优先照顾两类家庭：一是收入微薄的单亲家庭；二是缺乏稳定住所的家庭。\n"
    ch, rec = _points(text)
    assert ch == []
    assert len(rec) == 1 and rec[0][0].startswith("资助计划应优先照顾两类家庭")
    assert asp.describes_group("缺乏稳定住所的家庭")


def test_a_described_group_that_goes_on_is_still_a_problem():
    # negative: the group is the subject of a problem predicate (越来越多), no target introduced
    assert asp.mask_described_groups("缺乏照顾的老人越来越多") == "缺乏照顾的老人越来越多"
    ch, _ = _points("缺乏照顾的独居老人越来越多。\n")
    assert _texts(ch) == ["缺乏照顾的独居老人越来越多"]
    assert not asp.describes_group("独居老人缺乏照顾")
    assert not asp.describes_group("把床位留给健康的老人")  # (a clause with its object, no described group)
    assert not asp.describes_group("年满六十岁的老人")  # (no hardship in the description)


# ----------------------------------------------------------------------------- D: an essay outline's sub-arguments
def test_an_outlines_numbered_sub_arguments_are_its_measures_and_the_thesis_none():
    text = ("写作提纲：中心论点凝聚各方力量，建设美丽乡村。"
            "分论点一：基层组织要挑重担，做好带头人。分论点二：村民群众要齐参与，当好建设者。"
            "分论点三：社会力量要多支持，成为助推器。\n")
    ch, rec = _points(text)
    assert ch == []
    assert rec == [("基层组织要挑重担，做好带头人", 28, 42), ("村民群众要齐参与，当好建设者", 48, 62),
                   ("社会力量要多支持，成为助推器", 68, 82)]


def test_a_sub_argument_word_in_prose_is_no_outline_label():
    # negative: 分论点一的… names the label; one labelled sentence alone makes no outline
    assert pts.outline_labels("分论点一的写法值得商榷") is None
    assert pts.outline_labels("分论点二：干部要带头") == ("sub", 5)
    text = "分论点一的写法值得商榷，社区治理存在明显短板。分论点三：应当完善制度。\n"
    _, rec = _points(text)
    assert _texts(rec) == ["应当完善制度"]


# ------------------------------------------------------------------ D: the one item of a 首先…最后 run with no cue
def test_the_last_item_of_a_run_of_complaints_is_a_challenge_too():
    text = ("这个菜市场的管理让人失望。首先，入口处常年堆放杂物，通道堵塞严重。其次，地面排水设施老化，卫生状况较差。"
            "最后，管理方每月收取卫生费，却从未公开收支明细。\n")
    ch, rec = _points(text)
    assert rec == []
    assert ch == [("入口处常年堆放杂物，通道堵塞严重", 16, 32), ("地面排水设施老化，卫生状况较差", 36, 51),
                  ("管理方每月收取卫生费，却从未公开收支明细", 55, 75)]


def test_a_run_that_turns_to_a_measure_gets_no_sibling_challenge():
    # negative: the last item prescribes (应), so it is no problem whatever its siblings state
    text = ("这个菜市场的管理让人失望。首先，入口处常年堆放杂物，通道堵塞严重。其次，地面排水设施老化，卫生状况较差。"
            "最后，管理方应当每月公开卫生费的收支明细。\n")
    ch, rec = _points(text)
    assert all("公开" not in t for t in _texts(ch))


# ----------------------------------------------------------------- H: a task named a challenge under a measures heading
def test_a_task_named_a_challenge_is_no_measure():
    text = "二、对策\n（一）加快资源共享\n实现跨馆借阅、缩短等待时间是区域图书馆联盟面临的最大难题。各成员馆应统一编目标准。\n"
    ch, rec = _points(text)
    assert all("最大难题" not in t for t in _texts(rec))
    assert _texts(ch) == ["实现跨馆借阅、缩短等待时间是区域图书馆联盟面临的最大难题"]
    assert asp.names_task_as_challenge("提高办事效率是基层政府面临的重大挑战。")


def test_a_copula_that_names_no_challenge_noun_is_left_alone():
    # negative: 是 with no noun of a hard task (a goal, a measure)
    assert not asp.names_task_as_challenge("提高办事效率是基层政府的重要目标")
    assert not asp.names_task_as_challenge("挑战很大")
    assert asp.prose_aspect("应当把提高办事效率作为重点工作。") == asp.RECOMMENDATION


# ------------------------------------------------------------------------- O: parallel claims of one frame
def test_parallel_claims_of_one_frame_are_not_near_duplicates():
    text = ("回到主题\n发展产业，要让村民愿意回。多年来村里没有像样的企业。\n"
            "发展产业，要让村民回得去。“采菊东篱下，悠然见南山。”这是古人笔下的乡村。\n"
            "发展产业，要让村民留得住。\n")
    _, rec = _points(text)
    assert rec == [("发展产业，要让村民愿意回", 5, 17), ("发展产业，要让村民回得去", 32, 44),
                   ("发展产业，要让村民留得住", 70, 82)]
    assert pts.distinct_middles("振兴乡村，要让人愿意回", "振兴乡村，要让人回得去")


def test_a_point_repeated_with_a_small_change_is_still_one():
    # negative: a mark or one word changed, the same point twice
    assert not pts.distinct_middles("加强社区工作者队伍建设", "加强社区工作者的队伍建设")
    assert not pts.distinct_middles("振兴乡村，要让人回得去", "振兴乡村,要让人回得去")
    assert pts.near_duplicate("振兴乡村，要让人愿意回", "振兴乡村，要让人回得去")


# ------------------------------------------------------------------------- B: problems stated in plain prose
def test_a_problem_noun_before_a_cause_predicate_is_no_glued_heading():
    ch, _ = _points("当前社区养老的难题主要源于专业护理人员供给不足。\n")
    assert ch == [("当前社区养老的难题主要源于专业护理人员供给不足", 0, 23)]
    assert asp.opener_aspect("当前社区养老的难题主要源于专业护理人员供给不足。") is None


def test_plain_shortfalls_are_challenges():
    ch, _ = _points("本市托育机构严重供不应求。目前尚无统一的托育服务标准。\n")
    assert ch == [("本市托育机构严重供不应求", 0, 12), ("目前尚无统一的托育服务标准", 13, 26)]


def test_a_hard_task_with_no_adverb_of_still_is_no_shortfall():
    # negative: 任务艰巨 alone mostly exhorts (…任务艰巨而复杂，我们要…)
    assert asp.prose_aspect("城市治理是国家治理的重要组成部分，任务艰巨而复杂。") is None
    assert asp.prose_aspect("山区的脱贫任务还很艰巨。") == asp.CHALLENGE
    assert not asp.has_cue(asp._mask_non_modals("供不应求"), "modal")


# ------------------------------------------------------------------------- C: a reported demand the author doubts
def test_a_reported_demand_the_author_questions_gives_no_point():
    text = "前天某党主席也谈到「政府要负起责任，不能把养老负担都推给家庭。」可是政府如何负起这个责任？\n"
    ch, rec = _points(text)
    assert ch == [] and rec == []


def test_a_reported_demand_followed_by_a_statement_is_kept():
    # negative: the next sentence turns but asks nothing
    text = "议员陈某表示，政府必须尽快增建安老院舍。可是他没有说明资金从何而来。\n"
    _, rec = _points(text)
    assert _texts(rec) == ["政府必须尽快增建安老院舍"]


# ------------------------------------------------------------------------- C: a time frame of a narrated case
def test_a_time_frame_clause_of_a_narrated_case_is_no_challenge():
    assert pts.time_frame_point("在攻克这一世界性技术难题之后，2015年3月")
    ch, _ = _points("在攻克这一世界性技术难题之后，2015年3月，团队公布了全部数据。\n")
    assert all("难题" not in t for t in _texts(ch))


def test_a_time_frame_followed_by_a_shortfall_is_still_a_challenge():
    # negative: the clause after the frame states a problem of its own
    assert not pts.time_frame_point("在推进改革的过程中，仍存在资金不足的问题")
    assert not pts.time_frame_point("在疫情暴发后，社区人手严重不足")


# ------------------------------------------------------------------ O: parallel paragraph openers with no modal
def test_parallel_paragraph_openers_with_no_modal_are_the_claims():
    text = ("美丽乡村这样建\n"
            "生态兴村，让村庄更绿。植树造林，治理污水，改善人居环境。\n"
            "产业兴村，让村民更富。发展特色种养，带动农民增收。\n"
            "文化兴村，让乡风更美。修订村规民约，开展文明评比。\n")
    _, rec = _points(text)
    assert ("生态兴村，让村庄更绿", 8, 18) in rec
    assert ("产业兴村，让村民更富", 37, 47) in rec
    assert ("文化兴村，让乡风更美", 63, 73) in rec


def test_parallel_openers_that_state_problems_are_no_claims():
    # negative: openers that state shortfalls (不足, 滞后), or only two paragraphs alike
    text = ("村里的难处\n"
            "村道建设滞后，出行不便。雨天泥泞难行。\n"
            "村道照明不足，夜间危险。路灯常年损坏。\n"
            "村道养护缺位，坑洼遍地。无人负责修补。\n")
    _, rec = _points(text)
    assert all(not t.startswith("村道") for t in _texts(rec))
    two = "标题\n生态兴村，让村庄更绿。植树造林。\n生态兴村，让村民更富。发展产业。\n"
    _, rec = _points(two)
    assert ("生态兴村，让村庄更绿", 3, 13) not in rec
    menu = "栏目\n教育理论论文\n中等教育论文\n职业教育论文\n当前职业教育投入不足。\n"
    _, rec = _points(menu)
    assert rec == []


# --------------------------------------------------------------------------------------------- linear cost
def test_the_new_readers_are_linear():
    def read(text):
        pts.heeds_named_problems(text)
        pts.narrates_discussion(text)
        asp.warned_prohibition(text)
        asp.purpose_clause_end(text)
        asp.mask_described_groups("照顾" + text + "的人士")
        pts.prescribed_list_lead(text)
        pts.outline_labels(text)

    assert_linear(lambda n: read("对上述问题，" + "我们都不能掉以轻心" * n + "。\n"), 2750, "a long line")
    assert_linear(lambda n: read("分论点一：要干。" * n + "\n"), 2500, "many tiny sentences")
