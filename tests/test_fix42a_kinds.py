"""Kinds of recall faults a new user's tryout found (fix42a), written as small texts of the tests' own: proposals
framed by a 针对…的问题 topic phrase, a measures list after the problems list's lead-in, stray list markers, a
problem | measure table at the text's end, a heading's one-sentence statement, and parallel points of a long report
that differ only in their topic noun."""

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document
from summarizer.structure import parse

from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# -- 1. 针对…的问题，建议… ------------------------------------------------------------------------------------------

_TOPIC_PROPOSALS = ("社区养老服务调研\n\n一、存在的问题\n日间照料中心床位少，助餐点覆盖率低，护理员流失严重。\n\n"
                    "二、对策建议\n针对床位少的问题，建议新建社区照料中心。\n"
                    "针对护理员流失严重的问题，建议提高护理员薪酬补贴标准。\n")


def test_topic_phrase_then_bare_proposal_is_a_recommendation():
    # the problem noun inside the topic phrase names what the proposal answers, no shortcoming stated
    assert asp.sentence_aspect("针对床位少的问题，建议新建社区照料中心。") == asp.RECOMMENDATION
    assert asp.sentence_aspect("床位少的问题突出，护理员流失严重。") == asp.CHALLENGE


def test_unnumbered_topic_proposals_are_found_from_the_measure_on():
    _ch, rec = _points(_TOPIC_PROPOSALS)
    assert "建议新建社区照料中心" in rec
    assert "建议提高护理员薪酬补贴标准" in rec
    assert not any(p.startswith("针对") for p in rec)


def test_topic_lead_and_problem_copula_are_read_past():
    text = "针对上述问题，建议提高补贴标准。问题是资金不足，人员短缺。"
    assert pts.topic_lead_end(text, 0, 15) == 7
    assert text[pts.problem_copula_end(text, 16, len(text) - 1):len(text) - 1] == "资金不足，人员短缺"
    # (no proposal after the topic phrase: nothing is read past)
    plain = "针对上述问题，我们开展了调研。"
    assert pts.topic_lead_end(plain, 0, len(plain)) == 0


def test_numbered_topic_proposals_are_one_list_of_measures():
    # a 针对…问题 item heading names no section: the run stays the measures list of its section
    assert asp.heading_aspect("针对退费纠纷多的问题，政府应当建立投诉快速处理机制") is None
    assert asp.heading_aspect("存在的问题") == asp.CHALLENGE
    _ch, rec = _points("培训机构调研\n\n一、存在的问题\n部分机构无证办学，退费纠纷多。\n\n二、对策建议\n"
                       "1. 针对无证办学的问题，建议联合开展专项整治。\n2. 针对退费纠纷多的问题，政府应当建立投诉处理机制。\n")
    assert "建议联合开展专项整治" in rec
    assert "政府应当建立投诉处理机制" in rec


# -- 2. mixed markers --------------------------------------------------------------------------------------------

_MIXED = ("关于改进政务服务的建议\n\n当前政务服务仍存在一些问题：\n①办事材料多，群众反复跑腿；\n②部门数据不通，重复填报；\n"
          "(3)部分窗口服务态度差。\n\n为此提出以下建议：\n第一，推行一次告知清单，减少群众跑腿次数。\n"
          "第二，打通部门数据共享通道，实行一表申报。\n101. 开展窗口服务满意度评价。\n1）设立群众诉求快速响应平台。\n")


def test_list_after_a_lead_in_line_is_not_inside_the_last_problem():
    st = parse(_MIXED)
    di = [it for it in st.items if it.family == "di"]
    assert len(di) == 2 and all(it.parent is None or it.parent.family == "line" for it in di)


def test_mixed_markers_keep_every_measure_without_its_number():
    _ch, rec = _points(_MIXED)
    assert "推行一次告知清单，减少群众跑腿次数" in rec
    assert "打通部门数据共享通道，实行一表申报" in rec
    assert "开展窗口服务满意度评价" in rec
    assert "设立群众诉求快速响应平台" in rec


def test_stray_marked_measure_needs_a_marker_and_a_measure_verb():
    text = "甲\n1）设立快速响应平台。\n设立快速响应平台。\n1）平台的情况。"
    assert pts.stray_marked_measure(text, 2, 13)
    assert not pts.stray_marked_measure(text, 14, 23)
    assert not pts.stray_marked_measure(text, 24, len(text))


# -- 3. problem | measure tables ---------------------------------------------------------------------------------

_TABLE = ("关于社区治理难点的调研\n\n调研发现社区治理存在以下难点。\n\n问题\t对策\n停车难\t挖潜增设停车位，推行错时共享停车\n"
          "垃圾分类效果差\t加强宣传引导，完善分类收运设施\n物业管理缺位\t推动成立业主委员会，引入专业物业\n")


def test_last_table_row_keeps_its_whole_measure_cell_and_short_problem():
    ch, rec = _points(_TABLE)
    assert "推动成立业主委员会，引入专业物业" in rec
    assert "停车难" in ch
    assert "垃圾分类效果差" in ch


def test_a_cut_off_page_still_loses_its_last_clause():
    ch, rec = _points("关于养老的思考\n\n当前养老服务仍有短板。政府应加大投入。要消除对老人的歧视，政府应在人口")
    assert not any(p.endswith("政府应在人口") for p in rec)


# -- 4. a heading's statement; parallel sections ------------------------------------------------------------------

def test_run_in_heading_statement_without_cue_words():
    text = ("关于就业情况的调研报告\n\n一、就业领域\n在就业方面，我们组织开展专题调研21次。\n（一）存在的问题。招聘信息不对称，"
            "毕业生求职难。\n全年共投入资金9亿元，完成年度目标任务的95%。\n（二）对策建议。建议搭建校企对接平台。\n"
            "二、人才领域\n（一）存在的问题。高层次人才引进后留不住。\n（二）对策建议。建议完善人才安居保障。\n")
    ch, _rec = _points(text)
    assert "招聘信息不对称，毕业生求职难" in ch
    assert "高层次人才引进后留不住" in ch


def test_heading_statement_reads_one_sentence_only():
    text = "（一）存在的问题。融资难融资贵。\n后文。"
    assert pts.heading_statement(text, 8, len(text), asp.CHALLENGE, 60) == [(9, 15)]
    lead = "（一）存在的问题。主要有以下几点：\n后文。"
    assert pts.heading_statement(lead, 8, len(lead), asp.CHALLENGE, 60) == []
    # (a body of several lines under a heading on its own line: the lists and the prose readers decide)
    own = "存在的问题\n融资难融资贵。\n审批慢。"
    assert pts.heading_statement(own, 5, len(own), asp.CHALLENGE, 60) == []
    measure = "（一）存在的问题。建议加大投入。"
    assert pts.heading_statement(measure, 8, len(measure), asp.CHALLENGE, 60) == []


def test_parallel_points_differing_in_their_topic_noun_are_distinct():
    a = "建议加大就业领域财政投入，优化就业资源配置结构，实施就业人才专项引进计划"
    b = "建议加大食品安全领域财政投入，优化食品安全资源配置结构，实施食品安全人才专项引进计划"
    assert pts.topic_noun_swapped(a, b)
    assert pts.distinct_middles(a, b)
    # (figures aside: 缺口813人 / 缺口58人)
    assert pts.topic_noun_swapped("就业领域投入不足，基层就业能力弱，缺口813人", "养老领域投入不足，基层养老能力弱，缺口58人")
    # (one point said twice with a different word here and there is still one point)
    assert not pts.topic_noun_swapped("加强社区治理，完善社区服务", "加强基层治理，完善社区服务")
    assert not pts.topic_noun_swapped("加强治理", "加强治理")


def test_long_report_keeps_parallel_sections_points():
    fields = ("就业", "教育", "医疗", "养老", "住房", "交通", "环保", "农业")
    text = "关于重点领域发展情况的调研报告\n\n" + "".join(
        f"{n}、{f}领域\n在{f}方面，我们组织开展专题调研。\n（一）存在的问题。{f}领域存在投入不足、结构不合理的问题，"
        f"基层{f}服务能力薄弱。\n（二）对策建议。建议加大{f}领域财政投入，优化{f}资源配置结构。\n"
        for n, f in zip("一二三四五六七八", fields))
    ch, rec = _points(text)
    assert sum(1 for f in fields if any(p.startswith(f + "领域") for p in ch)) == len(fields)
    assert sum(1 for f in fields if any(f"加大{f}领域" in p for p in rec)) == len(fields)


def test_new_readers_stay_linear():
    assert_linear(lambda n: pts.topic_noun_swapped("加强" + "甲乙" * n + "治理", "加强" + "丙丁" * n + "治理"),
                  2_000, "a long pair of points")
    assert_linear(lambda n: pts.heading_statement("。" + "字" * n, 0, n + 1, asp.CHALLENGE, 60), 20_000,
                  "a long line after a run-in heading")
    assert_linear(lambda n: _points("存在的问题\n" + "①问题多；\n" * n + "为此建议：\n" + "第一，加强管理。\n" * 3),
                  100, "many items before a lead-in line")
