"""Aspect faults a new user's trial found (trial11, issue 8), each tested on a small text written for the test: a
run-in problem item whose heading opens with a word that is both a verb and a noun (``二是发展空间狭小。``), and a
sentence that states problems and then turns to the speaker's measures without a connective
(``…等突出问题，我们应当…``)."""

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize_document
from summarizer.schema import SummarizeOptions


# (selon44: these kinds pin the rules' and the linear model's reading: the sentence selector, on by default, is off here)
def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text, options=SummarizeOptions(sentence_selector=False)).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


_RUN_IN_PROBLEMS = (
    "基层医生为何留不住\n\n"
    "近年来，不少乡镇卫生院的年轻医生干不了几年就走了。\n\n"
    "一是薪酬偏低，吸引力不足。基层医生的工资与城市医院相差较大。二是发展空间狭小。乡镇卫生院进修机会少，晋升名额有限，"
    "年轻医生看不到希望。三是工作条件艰苦，设备陈旧、药品短缺。\n\n"
    "解决这些问题，需要多方努力。首先，要提高基层医生的薪酬待遇。其次，应当为基层医生提供更多进修机会。\n")


def test_a_run_in_problem_item_that_opens_with_a_noun_use_of_a_verb_is_a_challenge():
    challenges, recommendations = _points(_RUN_IN_PROBLEMS)
    assert challenges == ["薪酬偏低，吸引力不足", "发展空间狭小", "工作条件艰苦，设备陈旧、药品短缺"]
    assert recommendations == ["要提高基层医生的薪酬待遇", "应当为基层医生提供更多进修机会"]


def test_a_dual_use_word_before_a_predicate_of_too_little_room_is_the_subject():
    assert not asp.starts_imperative("发展空间狭小")
    assert not asp.starts_imperative("发展渠道偏窄")
    assert asp.item_vote("发展空间狭小") == asp.CHALLENGE
    assert asp.starts_imperative("发展壮大村集体经济")  # the verb with its object: a measure


def test_a_sentence_that_turns_from_problems_to_the_speakers_measures_gives_both():
    text = "近年来，乡镇卫生院面临人员短缺、设备陈旧等突出问题，我们应当加大财政投入，完善人才引进机制，切实改善就医条件。"
    challenges, recommendations = _points(text)
    assert challenges == ["乡镇卫生院面临人员短缺、设备陈旧等突出问题"]  # the time-span connective 近年来， is dropped
    assert recommendations == ["加大财政投入，完善人才引进机制，切实改善就医条件"]


def test_the_resolving_turn():
    sentence = "乡镇卫生院面临人员短缺等问题，各级政府要加大财政投入，完善人才引进机制。"
    turn, measures = points.turn_parts(sentence)
    assert sentence[:turn] == "乡镇卫生院面临人员短缺等问题"
    assert [sentence[a:b] for a, b in measures] == ["加大财政投入，完善人才引进机制"]
    # a frame of the resolution before it states no problem: one measure in its frame
    assert points.turn_parts("面对严峻的人员短缺形势，我们应当加大财政投入。") is None
    assert points.turn_parts("在这种困难的情况下，我们更需要加大财政投入。") is None
    # no shortcoming before the turn, or nothing after the modal
    assert points.turn_parts("乡镇卫生院承担着基本医疗服务，我们应当加大财政投入。") is None
    assert points.turn_parts("乡镇卫生院面临人员短缺等问题，我们应当。") is None
    assert asp.resolves_to_act("我们应当加大投入") == 4
    assert asp.resolves_to_act("我国卫生院人员短缺") is None


def test_a_repeated_problem_clause_set_in_the_present_is_not_glued_to_the_point_before_it():
    clause = "基层医疗机构面临人员短缺、设备陈旧、经费紧张等突出问题"
    text = ("当前，" + clause + "，") * 3 + "我们应当加大财政投入，完善人才引进机制，切实改善就医条件。"
    challenges, recommendations = _points(text * 50)
    assert challenges == [clause]
    assert recommendations == ["加大财政投入，完善人才引进机制，切实改善就医条件"]


def test_the_resolving_turn_is_linear():
    # 10,000 tiny clauses and a 100k-character clause without punctuation
    assert points.turn_parts("，".join(["人员短缺"] * 10_000) + "。") is None
    assert points.turn_parts("短缺" * 50_000 + "，我们应当" + "加强" * 50_000) is not None


_TABLE_MD = (
    "# 乡村卫生室建设调查\n\n"
    "调研发现，乡村卫生室的服务能力仍然薄弱。\n\n"
    "## 一、存在的问题\n\n"
    "| 序号 | 问题 | 涉及村 |\n|---|---|---|\n"
    "| 1 | 日常药品种类少，常用药经常断供 | 8个 |\n"
    "| 2 | 村医年龄偏大，后继乏人 | 11个 |\n"
    "| 3 | 房屋设备陈旧，无法开展基本检查 | 6个 |\n\n"
    "## 二、对策建议\n\n"
    "1. 建立药品统一配送制度，保障常用药供应。\n"
    "2. 定向培养年轻村医，落实村医养老保障。\n"
    "3. 分批改造村卫生室用房，配齐基本检查设备。\n")
_TABLE_CHALLENGES = ["日常药品种类少，常用药经常断供", "村医年龄偏大，后继乏人", "房屋设备陈旧，无法开展基本检查"]
_TABLE_RECOMMENDATIONS = ["建立药品统一配送制度，保障常用药供应", "定向培养年轻村医，落实村医养老保障",
                          "分批改造村卫生室用房，配齐基本检查设备"]


def test_each_row_of_a_problem_table_gives_its_problem_cell():
    # a count cell (8个) closes each row: the row's point is its problem cell, judged without the count (a count at
    # the end of a clause otherwise reads as a report of work done); the first problem cell opens with 日, which
    # after a serial number with no tab would read as a date (1日)
    challenges, recommendations = _points(_TABLE_MD)
    assert challenges == _TABLE_CHALLENGES
    assert recommendations == _TABLE_RECOMMENDATIONS


def test_each_row_of_an_html_problem_table_gives_its_problem_cell():
    rows = "".join(f"<tr><td>{i}</td><td>{c}</td><td>{n}个</td></tr>\n"
                   for i, (c, n) in enumerate(zip(_TABLE_CHALLENGES, (8, 11, 6)), 1))
    html = (_TABLE_MD.split("| 序号")[0] + "<table>\n<tr><th>序号</th><th>问题</th><th>涉及村</th></tr>\n" + rows
            + "</table>\n\n## 二、对策建议" + _TABLE_MD.split("## 二、对策建议")[1])
    challenges, recommendations = _points(html)
    assert challenges == _TABLE_CHALLENGES
    assert recommendations == _TABLE_RECOMMENDATIONS


def test_a_serial_number_cell_before_a_tab_is_a_row_marker_and_a_day_is_not():
    from summarizer.structure import parse

    table = parse("一、存在的问题\n序号\t问题\t涉及村\n1\t日常巡查不到位\t3个\n2\t人员培训少\t5个")
    assert [(it.family, table.heading(it)) for it in table.items] == [
        ("cn", "存在的问题"), ("num", "日常巡查不到位\t3个"), ("num", "人员培训少\t5个")]
    assert parse("会议决定：\n1日起施行新规定。").items == []  # 1日: a day of the month
    assert parse("1 日起施行新规定。").items == []
    assert len(parse("1" + " " * 100_000 + "\t" + "问题" * 10).items) == 1  # linear on a long run of spaces
