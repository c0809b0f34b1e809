"""fix40b (a new user's tryout on fix40): a two-item list under a lead-in that names its aspect lost the item that
names none; a list in other markers right after it lost both items; an additive sentence (此外，/同时，) after a
problem sentence was no problem; a full-stop announcement of measures (建议从以下方面发力。) and a closing rallying
slogan were given as measures. Small texts of the tests' own."""

import pytest
from costs import assert_linear

from summarizer.aspects import announces_list_ahead, closing_slogan
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


@pytest.mark.parametrize("first,second", [("1.", "2."), ("①", "②"), ("（1）", "（2）"), ("一是", "二是")])
def test_two_items_under_a_problem_lead_in_are_both_problems(first, second):
    """``乡村学校仍存在以下问题：`` then two items, one with a problem word (不足) and one without (流失多): the lead-in
    decides both (the item without one was lost: the other's own aspect made the run read as section headings)."""
    text = (f"关于乡村教育的思考与建议\n\n乡村学校仍存在以下问题：\n{first} 青年教师流失多，三年内离岗近半。\n"
            f"{second} 音体美课程师资不足，课程开不齐。\n")
    assert _points(text)[0] == ["青年教师流失多，三年内离岗近半", "音体美课程师资不足，课程开不齐"]


def test_two_items_under_a_measure_lead_in_are_both_measures():
    text = ("关于乡村教育的思考\n\n乡村学校师资流失严重，课程开不齐。\n\n为此，建议如下：\n1. 提高乡村教师生活补贴标准。\n"
            "2. 应建立城乡教师轮岗交流机制。\n")
    assert _points(text)[1] == ["提高乡村教师生活补贴标准", "应建立城乡教师轮岗交流机制"]


def test_a_list_in_other_markers_right_after_goes_on_with_it():
    """``1.`` ``2.`` then ``①`` ``②`` with no lead-in between: one list of problems whatever the markers."""
    text = ("关于乡村教育的思考与建议\n\n乡村学校仍存在以下问题：\n1. 青年教师流失多，三年内离岗近半。\n"
            "2. 音体美课程师资不足，课程开不齐。\n① 校舍维修慢，部分教室漏雨多年。\n② 寄宿生生活老师配备少。\n")
    assert _points(text)[0] == ["青年教师流失多，三年内离岗近半", "音体美课程师资不足，课程开不齐",
                                "校舍维修慢，部分教室漏雨多年", "寄宿生生活老师配备少"]


@pytest.mark.parametrize("opener", ["此外，", "同时，", "另外，", "加之，"])
def test_an_additive_sentence_after_a_problem_adds_a_problem(opener):
    text = ("社区养老的短板\n\n目前社区养老服务供给明显不足，日间照料中心覆盖率偏低。"
            f"{opener}护理人员多为临时聘用，年龄偏大、流动频繁。\n\n对此，应加大财政投入，扩大日间照料中心覆盖。")
    challenges, measures = _points(text)
    assert challenges == ["目前社区养老服务供给明显不足，日间照料中心覆盖率偏低", "护理人员多为临时聘用，年龄偏大、流动频繁"]
    assert measures == ["应加大财政投入，扩大日间照料中心覆盖"]


def test_an_additive_measure_stays_a_measure():
    """此外 opening a measure after a problem sentence adds no problem."""
    text = ("社区养老的短板\n\n目前社区养老服务供给明显不足，日间照料中心覆盖率偏低。"
            "此外，应加大财政投入，扩大日间照料中心覆盖。")
    challenges, measures = _points(text)
    assert challenges == ["目前社区养老服务供给明显不足，日间照料中心覆盖率偏低"]
    assert measures == ["应加大财政投入，扩大日间照料中心覆盖"]


@pytest.mark.parametrize("sentence,expected", [
    ("对此，建议从以下方面发力。", True), ("为此提出如下建议。", True), ("为此，提出以下几点建议。", True),
    ("要从以下三个方面着手。", True), ("五岁以下儿童的比例较高。", False), ("对此，建议从以下方面发力：", False),
    ("建议如下几个部门加强协作，共同推进垃圾分类和资源回收工作的落实。", False)])
def test_a_full_stop_announcement_of_the_list_ahead(sentence, expected):
    assert announces_list_ahead(sentence) is expected


def test_a_full_stop_announcement_is_no_measure():
    text = ("社区养老的短板\n\n目前社区养老服务供给明显不足。\n\n对此，建议从以下方面发力。应加大财政投入，扩大日间照料中心覆盖。"
            "应完善护理人员薪酬制度，稳定护理队伍。")
    assert _points(text)[1] == ["应加大财政投入，扩大日间照料中心覆盖", "应完善护理人员薪酬制度，稳定护理队伍"]


@pytest.mark.parametrize("point,expected", [
    ("养老服务是民生大事，必须抓住机遇、乘势而上", True), ("让老年人的生活更美好", True), ("为乡村振兴贡献力量", True),
    ("抓住机遇，加快建设社区养老服务中心", False), ("养老服务是民生大事，必须加大财政投入", False)])
def test_a_rallying_close_is_a_slogan(point, expected):
    assert closing_slogan(point) is expected


def test_the_new_readings_stay_linear():
    assert_linear(lambda n: summarize_document("问题在于供给不足。此外，人员流动频繁。" * n), 300, "additive sentences")
    assert_linear(lambda n: summarize_document("存在以下问题：\n1. 人员流失多。\n2. 经费不足。\n" * n), 200, "short lists")
    assert_linear(lambda n: announces_list_ahead("以下" * n + "方面。"), 10_000, "announcement")


def test_a_bold_byline_after_a_problem_list_does_not_go_on_with_it():
    """Only a marked list (①, (1)…) with no headings goes on with the list before it, not a line of its own."""
    text = ("社区养老的短板\n\n社区养老仍存在以下问题：\n1. 日间照料中心覆盖率偏低。\n2. 护理人员流动频繁。\n"
            "**专栏 | 银发观察**\n")
    assert _points(text)[0] == ["日间照料中心覆盖率偏低", "护理人员流动频繁"]
