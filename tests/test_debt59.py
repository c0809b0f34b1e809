"""debt59 (session fifty-one): the test debt of session fifty's merges, each fix on a text of the test's own (none is
copied from a corpus document).

* a short ``一是`` label's two-sentence body is read only in a run whose items are mostly short-bodied (a report's list,
  k157158's short_label_body); in a paper that argues each problem at length the label stays the point alone (the
  seed's dev gold): ``points.short_bodied_runs``.
"""

from aspect_helpers import points as _points
from costs import assert_linear

from summarizer import points as pts
from summarizer.structure import parse

_ARGUED = ("一、当前乡村教育面临的问题\n"
           "一是师资流失严重。近年来，随着城镇化进程加快，大量青年教师选择进城任教，乡村学校留不住人。有的学校一年之内"
           "走了三名骨干教师，课程只能由代课人员勉强维持。即便新招了教师，也往往服务期一满就申请调离。\n"
           "二是办学条件落后。多数乡村学校在上级支持下完成了校舍改造，一些学校还建起了标准化操场。与此同时，部分学校的"
           "实验器材长期缺乏维护，信息化设备闲置问题突出。\n"
           "三是课程开设不全。受师资所限，音乐、美术、科学等课程常由语文数学教师兼任，有的学校干脆不开。学生的兴趣得不到"
           "培养，综合素质难以提升。一些家长因此把孩子转到城里就读。\n")


def test_an_argued_runs_two_sentence_body_leaves_its_label_alone():
    challenges, _ = _points(_ARGUED)
    assert challenges == ["师资流失严重", "办学条件落后", "课程开设不全"]


def test_short_bodied_runs_counts_the_run_as_a_whole():
    argued = parse(_ARGUED)
    assert pts.short_bodied_runs(argued) == set()
    report = parse("一是台账登记滞后。多数村登记不及时。\n二是巡查缺位。巡查责任落实不到位。\n三是经费不足。甲。乙。丙。\n")
    runs = {(id(it.parent), it.run) for it in report.items}
    assert pts.short_bodied_runs(report) == runs


def test_short_bodied_runs_is_linear():
    assert_linear(lambda n: pts.short_bodied_runs(parse("一是经费不足。" + "好。" * n)), 2_000,
                  "a label over many tiny sentences")
    assert_linear(lambda n: pts.short_bodied_runs(parse("".join(f"{i}. 经费不足。好。\n" for i in range(n)))), 2_000,
                  "many short items")


def test_the_guards_read_a_point_with_its_source_frame():
    # fix58 drops the frame from the point's text; the reading of what the point reports keeps it
    text = "据民政部门统计，全县共有养老机构四十二家。"
    assert text[pts.point_start(text, 0, len(text) - 1):] == "全县共有养老机构四十二家。"
    assert pts.framed_point_start(text, 0, len(text) - 1) == 0
    plain = "此外，养老机构护理人员普遍不足。"
    assert pts.framed_point_start(plain, 0, len(plain) - 1) == pts.point_start(plain, 0, len(plain) - 1) == 3


def test_a_counted_fact_under_a_source_frame_is_no_challenge():
    challenges, _ = _points("一、存在的问题\n（一）乡镇卫生院的全科医生严重短缺。\n（二）据卫健部门统计，全县共有卫生院十八所。\n"
                            "（三）村卫生室设备陈旧，药品种类不全。\n")
    assert challenges == ["乡镇卫生院的全科医生严重短缺", "村卫生室设备陈旧，药品种类不全"]


def test_framed_point_start_is_linear():
    assert_linear(lambda n: pts.framed_point_start(t := "据" + "治" * n + "统计，全县共有。", 0, len(t)), 20_000,
                  "a frame over a long run without punctuation")


def test_a_window_over_list_parts_and_run_in_items_are_not_split_again():
    # (k154155's split beside the older ；-list readers: each part once, no run-in marker kept)
    text = ("检查发现，当前仍存在以下问题：部分河段垃圾清理不及时，沿岸异味明显；个别企业污水处理设施运行不正常，超标排放时有"
            "发生；乡镇监管力量薄弱，巡查频次偏低。\n")
    challenges, _ = _points(text)
    assert len(challenges) == len(set(challenges))
    assert not any(a != b and a in b for a in challenges for b in challenges)
    text2 = "存在的问题：一是村级台账管理不够规范，资料缺失严重；二是集体资产底数不够清楚，登记工作滞后。\n"
    challenges2, _ = _points(text2)
    assert not any(c.startswith(("一是", "二是")) for c in challenges2)
    assert challenges2 == ["村级台账管理不够规范，资料缺失严重", "集体资产底数不够清楚，登记工作滞后"]


def test_semicolon_joined_consequences_are_split():
    challenges, _ = _points("暗访发现，部分屠宰点缺少污水处理设施。夏季高温时，血水直接排入河沟，造成水体污染；"
                            "雨天时，粪污随雨水漫溢，周边环境卫生状况较差。\n")
    assert challenges == ["部分屠宰点缺少污水处理设施", "夏季高温时，血水直接排入河沟，造成水体污染",
                          "雨天时，粪污随雨水漫溢，周边环境卫生状况较差"]


def test_waste_heaped_anyhow_is_a_sentences_statement_not_a_list_items_deficit():
    from summarizer import aspects as asp
    assert asp.prose_aspect("检查发现，部分工地把建筑废料露天堆放在路边。") == asp.CHALLENGE
    assert asp.prose_aspect("严禁把建筑废料露天堆放在路边。") != asp.CHALLENGE
    assert asp.reports_waste_heaped("居民乱堆乱放杂物")
    assert not asp._prose_deficits("部分居民在楼道乱堆乱放杂物")


def test_split_semicolon_problems_is_linear():
    from summarizer.points import RawPoint, _split_semicolon_problems

    def run(n):
        text = "设施老化严重；" * n
        out = {"challenge": [RawPoint("challenge", 7 * i, 7 * i + 6, 0.0) for i in range(n)]
               + [RawPoint("challenge", 0, 7 * n - 1, 0.0)], "recommendation": []}
        _split_semicolon_problems(text, out)
        return out
    assert_linear(run, 2_000, "many parts and a window over them")


def test_a_reported_figure_that_states_a_shortfall_is_read_past_its_frame():
    # (fix58's reading kept: the figure states the shortfall itself, so it stays a challenge without its frame)
    text = "据人社部门统计，全县乡村教师的缺口每年高达三百人。"
    assert pts.framed_point_start(text, 0, len(text) - 1) == pts.point_start(text, 0, len(text) - 1) == 8
    challenges, _ = _points("一、存在的问题\n（一）据人社部门统计，全县乡村教师的缺口每年高达三百人。\n"
                            "（二）村小校舍陈旧，教学设备不足。\n")
    assert challenges == ["全县乡村教师的缺口每年高达三百人", "村小校舍陈旧，教学设备不足"]


def test_a_question_parts_end_is_read_without_backtracking():
    # (the lead, fifty-first session: the regular expression [；;]\s*(?:及|…)?\s*$ took 4.7 s on a semicolon before
    # 20,000 spaces; the line end is now read with string ends)
    assert pts._ends_question_part("（一）过去三年的数目为何；")
    assert pts._ends_question_part("（二）当局会否考虑增加名额； 及")
    assert pts._ends_question_part("（二）当局会否考虑增加名额；以及")
    assert not pts._ends_question_part("（三）当局有否计划设立中心？")
    assert not pts._ends_question_part("（二）当局会否考虑增加名额和")
    assert_linear(lambda n: pts._ends_question_part("；" + " " * n + "x"), 20_000, "a semicolon before a long space run")
