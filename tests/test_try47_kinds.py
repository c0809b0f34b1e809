"""Kinds of faults found by the try47 tryout (a new user's documents), each on a small text written for the test."""

from __future__ import annotations

import summarizer
from summarizer import aspects as asp
from summarizer.clean import clean

from costs import assert_linear


def _points(text: str, **kw) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text, **kw).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# --- a topic frame naming the problem, then a modal: the list after it gives measures --------------------------------

_SHENLUN = ("针对社区停车难的问题，应当从以下几个方面入手。一是挖掘存量资源，利用学校、机关的停车场在夜间向居民错时开放。"
            "二是增加有效供给，在小区周边空地规划建设立体停车库，缓解停车位缺口。三是加强规范管理，划定临时停车区域，"
            "对乱停乱放行为依法处罚。四是推进智慧停车，建设全区统一的停车信息平台，引导车主就近停放。")


def test_framed_problem_then_modal_announces_measures():
    assert asp.lead_in_aspect("针对社区停车难的问题，应当从以下几个方面入手。") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("针对上述问题，要从以下三个方面着手：") == asp.RECOMMENDATION
    # (a shortcoming named after the frame, or no modal: the list still gives problems)
    assert asp.lead_in_aspect("面对这些问题，我们存在以下不足：") == asp.CHALLENGE
    assert asp.lead_in_aspect("关于存在的问题，主要有以下几点：") == asp.CHALLENGE


def test_framed_problem_list_read_as_measures():
    for aspect_model in (True, False):
        challenges, recommendations = _points(_SHENLUN, aspect_model=aspect_model)
        # (the frame's own clause, 针对社区停车难的问题, may stand as the problem the measures answer: Part 11 counts such
        # a clause; the four measures are no problems)
        assert not any(c.startswith(("挖掘", "增加", "加强", "推进")) for c in challenges)
        assert len(recommendations) == 4
        assert recommendations[0].startswith("挖掘存量资源")


# --- a line that ends in a clause comma goes on on the line below ----------------------------------------------------


def test_line_ending_in_comma_joins_the_next():
    text = "部分路段路灯长期损坏，\n夜间出行很不安全。\n建议尽快组织维修并建立巡查制度。"
    assert clean(text).text.startswith("部分路段路灯长期损坏，夜间出行很不安全。")
    challenges, recommendations = _points(text)
    assert challenges == ["部分路段路灯长期损坏，夜间出行很不安全"]
    assert recommendations == ["建议尽快组织维修并建立巡查制度"]


def test_short_salutation_with_comma_stays_its_line():
    text = "同志们，\n今天召开会议，研究部署防汛工作。"
    assert clean(text).text.startswith("同志们，\n")


def test_comma_lines_join_linear():
    assert_linear(lambda n: clean("部分路段路灯长期损坏，\n" * n + "。"), 500, "many lines ending in a comma")


# --- a work report's heading opened by an adverb is a whole measure -------------------------------------------------


def test_adverb_heading_is_not_glued_to_its_body():
    text = ("二、明年重点工作\n（一）持续改善人居环境。深化农村厕所改革，推进生活污水治理。\n"
            "（二）着力稳定粮食生产。落实耕地保护责任，建设高标准农田。\n")
    _, recommendations = _points(text, aspect_model=False)
    assert "持续改善人居环境" in recommendations
    assert not any("。" in r for r in recommendations)


# --- a promise to face the problems named is no measure (the rules; the learned model's points are not held to it:
# measured on the seen pool, its whole sentences hold the measure after the vow) --------------------------------------


def test_promise_to_face_problems_is_no_point():
    assert asp.promises_facing("对此，我们一定高度重视，认真加以解决")
    assert not asp.promises_facing("人员流动性大的问题亟待加以解决")
    text = ("过去一年，全区新增就业岗位一万个，新建公园五座。在肯定成绩的同时，我们也清醒看到，发展中还存在一些困难和问题："
            "产业结构偏重，创新能力不强；教育医疗资源分布不均衡；基层治理仍有薄弱环节。对此，我们一定高度重视，认真加以解决。"
            "\n二、明年重点工作\n（一）加快产业转型升级。\n（二）推动优质教育医疗资源下沉。\n")
    _, recommendations = _points(text, aspect_model=False)
    assert not any("加以解决" in r for r in recommendations)
