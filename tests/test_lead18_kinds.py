"""The lead's fixes of session 18, from a new user's trial (trial18 F5, F6): a joined point beside the points it
joins, and a remedy verb that heads a noun compound. Texts written for these tests."""

from summarizer import summarize
from summarizer import aspects as asp
from summarizer.points import RawPoint, _without_joined_points

_REPORT = ("某县2025年工作总结（节选）\n\n一年来，我们也看到，工作中还存在一些困难和问题。存在的问题主要是："
           "农业基础尚不稳固，部分合作社经营困难；乡村人才流失严重，专业技术人员占比偏低；"
           "公共服务不够均衡，偏远村卫生室短板明显。对此，我们将认真加以解决。\n")


def test_a_problem_list_joined_by_semicolons_gives_each_part_once_and_no_joined_point():
    essay = summarize(_REPORT).essays[0]
    assert [p.text for p in essay.challenges] == [
        "农业基础尚不稳固，部分合作社经营困难",
        "乡村人才流失严重，专业技术人员占比偏低",
        "公共服务不够均衡，偏远村卫生室短板明显",
    ]
    for p in essay.challenges:
        assert _REPORT[p.start:p.end] == p.text


def _point(start, end):
    return RawPoint(aspect="challenge", start=start, end=end, score=1.0)


def test_a_point_holding_two_others_is_dropped_one_holding_one_is_kept():
    points = [_point(0, 20), _point(0, 50), _point(21, 40), _point(60, 70), _point(60, 90)]
    kept = [(p.start, p.end) for p in _without_joined_points(points)]
    # (0, 50) holds (0, 20) and (21, 40): it joins them; (60, 90) holds only (60, 70): kept
    assert kept == [(0, 20), (21, 40), (60, 70), (60, 90)]


def test_joined_point_scan_is_linear_on_many_nested_points():
    points = [_point(0, 100_000 - i) for i in range(10_000)]
    kept = _without_joined_points(points)
    assert len(kept) == 2  # only the two innermost hold fewer than two others


def test_a_remedy_verb_heading_a_noun_compound_opens_no_remedy():
    assert asp.opens_with_remedy("防范化解重大风险")
    assert asp.remedies_problem("着力防范电信诈骗风险")
    assert not asp.opens_with_remedy("防范意识薄弱")
    assert not asp.opens_with_remedy("整治工作不到位")
    assert not asp.remedies_problem("防范措施不到位，群众容易上当受骗")


_MEASURES = ("社区停车难的对策\n\n老旧小区车位严重不足，车辆占用消防通道的现象屡禁不止。\n\n"
             "对此，应当挖掘小区内部空间，增设立体停车设施；应当推动周边单位车位错时共享，方便居民夜间停车；"
             "同时还要加强违停执法，清理长期占用车位的僵尸车辆。\n")


def test_each_modal_led_semicolon_part_of_a_measures_sentence_is_a_point():
    essay = summarize(_MEASURES).essays[0]
    texts = [p.text for p in essay.recommendations]
    assert len(texts) == 3
    assert texts[0].endswith("增设立体停车设施")
    assert texts[1].endswith("方便居民夜间停车")
    # (the third part holds a problem noun in its object: before, no pass read it and it was lost)
    assert texts[2] == "加强违停执法，清理长期占用车位的僵尸车辆"
    for p in essay.recommendations:
        assert _MEASURES[p.start:p.end] == p.text


def test_semicolon_measures_reads_the_modal_lead_of_every_part():
    from summarizer.points import semicolon_measures

    s = "应当增设停车设施；同时还要加强违停执法；也要开展文明停车宣传。"
    assert [s[a:b] for a, b in semicolon_measures(s)] == ["增设停车设施", "加强违停执法", "开展文明停车宣传"]
    assert semicolon_measures("应当增设停车设施；车位严重不足。") == []
