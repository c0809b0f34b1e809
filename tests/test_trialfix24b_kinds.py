"""Part 27 (trial24) points-reader kinds: alternatives with 要么 (no requirement), maxims and definitions (no point)."""
from summarizer import summarize
from costs import assert_linear


def _points(text):
    e = summarize(text).essays[0]
    return [(p.text, p.start, p.end) for p in e.challenges], [(p.text, p.start, p.end) for p in e.recommendations]


def test_either_or_alternatives_are_no_requirement():
    # 要么…要么… lists alternatives complained of: its 要 is no modal, the sentence is a complaint
    ch, rec = _points("小区停车位严重不足。物业要么不管,要么乱收费。")
    assert ch == [("小区停车位严重不足", 0, 9), ("物业要么不管,要么乱收费", 10, 22)]
    assert rec == []


def test_either_or_negative_plain_requirement_kept():
    # a plain 要 requirement still reads as one
    ch, rec = _points("小区停车位严重不足。要及时清理门口被占用的停车位。")
    assert rec == [("要及时清理门口被占用的停车位", 10, 24)]


def test_maxims_and_classical_definitions_are_no_points():
    # X…是也 (a definition), 历来不可或缺 (a general truth), 是…的生命线/落脚点 (a maxim of worth)
    ch, rec = _points("治理二字,一看便懂:整顿与管理是也。不论哪座城市,治理历来不可或缺。")
    assert ch == [] and rec == []
    ch, rec = _points("发现隐患是安全检查的生命线,消除隐患是安全检查的落脚点。")
    assert ch == [] and rec == []


def test_maxim_negative_problem_and_measure_kept():
    # a plain problem and a plain measure next to such words stay points
    ch, rec = _points("老旧小区消防通道被占用的问题比较突出。要及时清理消防通道,守住安全生命线。")
    assert ch == [("老旧小区消防通道被占用的问题比较突出", 0, 18)]
    assert rec and rec[0][0].startswith("要及时清理消防通道")


def test_maxim_reader_is_linear():
    from summarizer.aspects import states_background
    assert_linear(lambda n: states_background("是" * n + "的生命线"), 25000, "one copula repeated")
    assert_linear(lambda n: states_background("发现问题是" * n), 5000, "many findings")


def test_need_tail_with_imperative_verb_is_a_measure():
    # a 需要 clause opening with an imperative verb closes a problem sentence with the measure
    text = "老旧小区改造压力还很大,资金缺口偏大,需要建立多元筹资机制。"
    ch, rec = _points(text)
    assert ch == [("老旧小区改造压力还很大,资金缺口偏大", 0, 18)]
    assert rec == [("需要建立多元筹资机制", 19, 29)]


def test_need_tail_negative_analysis_necessity():
    # 需要依靠…来弥补 states what an analysis finds necessary: no measure split off
    from summarizer.points import measure_tail_clause
    assert not measure_tail_clause("需要依靠节水来弥补")
    assert not measure_tail_clause("需要一个过程")
    assert measure_tail_clause("需要建立多元筹资机制")


def test_work_done_turned_to_remaining_shortfall_is_a_challenge():
    # 已整改到位 narrates work done, but the turn to 仍有…未… states what remains wrong
    ch, rec = _points("道路破损严重。大部分隐患已整改到位,但仍有个别隐患未得到彻底整改。")
    assert ch == [("道路破损严重", 0, 6), ("大部分隐患已整改到位,但仍有个别隐患未得到彻底整改", 7, 32)]


def test_work_done_negative_without_turn_is_narration():
    # work done with no turn to a shortfall, or a turn to no shortfall, stays narration (no point)
    ch, rec = _points("道路破损严重。大部分问题已整改到位,群众十分满意。")
    assert ch == [("道路破损严重", 0, 6)] and rec == []
    ch, rec = _points("道路破损严重。反馈的问题已整改到位,但群众仍十分满意。")
    assert ch == [("道路破损严重", 0, 6)] and rec == []


def test_candour_about_problems_is_praise_not_a_problem():
    # 讲问题和不足 / 坦诚面对突出问题: problems as the object of speaking or facing them, praised
    ch, rec = _points("这份报告讲成绩,也讲问题和不足。敢于坦诚面对突出问题,更能赢得群众信任。停车难问题比较突出。")
    assert ch == [("停车难问题比较突出", 36, 45)] and rec == []


def test_candour_negative_problems_faced_and_examined_stay():
    # 面对的问题 (the problems faced) and 查摆问题 (an examination) are no candour praise
    from summarizer.aspects import speaks_of_problems
    assert not speaks_of_problems("我们面对的问题很多")
    assert not speaks_of_problems("查摆问题隔靴搔痒")
    assert not speaks_of_problems("要正视问题,加强整改")
    assert speaks_of_problems("报告讲成绩,也讲问题和不足")


def test_new_readers_are_linear():
    from summarizer.aspects import speaks_of_problems, _turns_to_shortfall
    long_line = lambda n: "讲问题" * (3 * n) + "已整改到位,但" + "未" * n  # noqa: E731
    assert_linear(lambda n: speaks_of_problems(long_line(n)), 10000, "speaks_of_problems, a long line")
    assert_linear(lambda n: speaks_of_problems("讲问题。" * n), 10000, "speaks_of_problems, tiny sentences")
    assert_linear(lambda n: _turns_to_shortfall(long_line(n)), 10000, "_turns_to_shortfall")
