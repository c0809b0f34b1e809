"""Helper fix59c's fixes (session fifty-one), on texts written here.

Bold around words that start with a counting word: ``农村**人才流失严重**，`` is one bold run closed in its clause, no
masked figure (a hidden number is a lone ``**`` before a classifier: ``举报**件，立案**件``), so its marks are removed
from the points while the offsets still point into the text as given.
"""
from __future__ import annotations

from costs import assert_linear
from summarizer import summarize
from summarizer.markup import _MD_EMPHASIS, _emphasis_marks


def _marks(text: str) -> list[int]:
    return [m.start() for m in _emphasis_marks(text, _MD_EMPHASIS.finditer(text))]


def test_bold_run_starting_with_a_classifier_is_emphasis():
    text = "# 山区教育调研\n\n目前山区学校**人员配备不足**，老教师居多，年轻教师留不住。\n\n建议加大**人才培养**投入，完善乡村教师补贴。\n"
    essay = summarize(text).essays[0]
    assert [p.text for p in essay.challenges][0] == "目前山区学校人员配备不足，老教师居多，年轻教师留不住"
    assert [p.text for p in essay.recommendations] == ["建议加大人才培养投入，完善乡村教师补贴"]
    for point in essay.challenges + essay.recommendations:
        assert "*" not in point.text
        assert text[point.start:point.end].replace("*", "") == point.text  # offsets into the text as given


def test_masks_in_separate_clauses_stay():
    assert _marks("受理**件，立案**件") == []
    assert _marks("查处**起、处理**人") == []
    assert _marks("学校**人员不足**，") == [2, 8]
    assert _marks("会上**人表态，**要点**说明") == [8, 12]  # a lone mask, then a bold run


def test_emphasis_marks_are_linear():
    assert_linear(lambda n: _marks("学校**人员**，受理**件，" * n), 2000)
    assert_linear(lambda n: _marks("**人" * n), 2000)


PROPOSAL = ("关于改善老旧小区停车难的建议\n\n（第0112号）\n\n提案人：王明\n\n近年来，老旧小区停车矛盾日益突出。主要问题有：一是车位严重不足，"
            "车辆乱停乱放现象普遍；二是消防通道经常被堵塞，安全隐患大。\n\n为此建议：1.统筹利用周边闲置地块建设立体停车场；"
            "2.推行机关单位停车位错时共享。\n")


def test_byline_heads_no_points():
    essay = summarize(PROPOSAL).essays[0]
    got = {p.text: p.heading for p in essay.challenges + essay.recommendations}
    assert "车位严重不足，车辆乱停乱放现象普遍" in got and "统筹利用周边闲置地块建设立体停车场" in got
    assert all(h is None or "王明" not in h for h in got.values())


def test_which_lines_are_bylines():
    from summarizer.points import form_field_line
    assert form_field_line("代表：刘芳")
    assert form_field_line("作者：李明、张华")
    assert form_field_line("通讯员：赵小军（市委宣传部）")
    assert not form_field_line("建议：加强监管")
    assert not form_field_line("一、存在的问题")
    assert not form_field_line("代表：要认真履职，反映群众呼声")


def test_byline_field_is_linear():
    from summarizer.points import form_field_line
    assert_linear(lambda n: form_field_line("代表：" + "刘芳、" * n), 2000)
    assert_linear(lambda n: form_field_line("人" * n + "：刘芳"), 2000)


def test_front_matter_title_printed_again_is_no_point():
    text = ("---\ntitle: 守住耕地红线，这几件事要做好！\nauthor: 某某观察\n---\n\n# 守住耕地红线，这几件事要做好！\n\n"
            "耕地保护，责任重大。当前一些地方耕地非农化问题突出，占补平衡落实不到位。\n\n建议健全耕地保护考核机制，严格落实占补平衡责任。\n")
    essay = summarize(text).essays[0]
    assert essay.title == "守住耕地红线，这几件事要做好！"
    points = essay.challenges + essay.recommendations
    assert all("守住耕地红线" not in p.text for p in points)
    assert "建议健全耕地保护考核机制，严格落实占补平衡责任" in [p.text for p in essay.recommendations]
    assert all(p.start > text.index("\n---\n") for p in points)  # nothing inside the front matter


REPLY = ("关于对区政协第0217号提案的答复\n\n李强委员：\n\n您提出的《关于改善背街小巷照明的提案》收悉，现答复如下：\n\n"
         "一、关于路灯覆盖。目前全区仍有三十余条背街小巷没有路灯。我们将会同街道办事处制定背街小巷亮化改造计划。\n\n"
         "二、关于日常维护。我局将建立路灯巡查报修台账，缩短故障修复时间。\n\n感谢您对城市管理工作的关心。\n\n区城管局\n2024年5月8日\n")


def test_reply_letters_we_will_sentences_are_its_measures():
    recs = [p.text for p in summarize(REPLY).essays[0].recommendations]
    assert "会同街道办事处制定背街小巷亮化改造计划" in recs
    assert "建立路灯巡查报修台账" in recs
    assert not any(r.startswith("关于") for r in recs)


def test_self_plan_needs_a_reply():
    from summarizer.points import announced_plan_clauses
    sentence = "我们将会同街道办事处制定亮化改造计划。"
    assert announced_plan_clauses(sentence, reply=True) == [(3, 18)]
    assert announced_plan_clauses(sentence, reply=False) == []
    assert_linear(lambda n: announced_plan_clauses("我们将" + "制定计划，" * n, reply=True), 500)
