"""A section whose heading names an aspect and whose text is prose, not a list (a ``leaf``): a paragraph of two
sentences that each state the aspect on their own is a list in prose, both points; a second sentence that links back
to the first (这…, 因此…) elaborates its topic (leaf33)."""

import pytest

from summarizer.pipeline import summarize_document


def _points(text):
    return {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
            for side in ("challenges", "recommendations")}


@pytest.mark.parametrize("text, problems, measures", [
    ("关于老旧小区停车问题的调研报告\n一、存在问题\n小区车位严重短缺，夜间乱停乱放现象普遍。消防通道经常被占用，救援车辆难以进入。\n"
     "二、对策建议\n应尽快挖掘周边闲置用地，增设错时共享车位。应定期清理占用消防通道的车辆，保障救援通行。\n",
     ["车位严重短缺", "消防通道经常被占用"], ["增设错时共享车位", "定期清理占用消防通道"]),
    ("舊區街市管理檢討\n一、存在問題\n部分攤檔衛生情況欠佳，鼠患問題長期未能解決。街市通道狹窄，人流高峰時非常擠迫。\n"
     "二、對策建議\n應加強街市的日常清潔和防治鼠患工作。應重新規劃攤位布局，擴闊主要通道。\n",
     ["衛生情況欠佳", "通道狹窄"], ["防治鼠患", "擴闊主要通道"]),
])
def test_two_sentence_paragraph_under_leaf_heading_gives_both(text, problems, measures):
    got = _points(text)
    for word in problems:
        assert any(word in p for p in got["challenges"]), (word, got)
    for word in measures:
        assert any(word in p for p in got["recommendations"]), (word, got)


def test_second_sentence_linking_back_stays_the_topics_body():
    text = ("关于老旧小区停车问题的调研报告\n一、存在问题\n小区车位严重短缺。这导致夜间乱停乱放现象十分普遍，问题突出。\n"
            "二、对策建议\n应尽快增设错时共享车位，缓解停车压力。\n")
    got = _points(text)
    assert any("车位严重短缺" in p for p in got["challenges"])
    assert not any("乱停乱放" in p for p in got["challenges"]), got


@pytest.mark.parametrize("text, measure", [
    ("关于校园安全检查的报告\n一、存在问题\n部分学校消防器材失效，消防通道不畅通。\n二、下阶段工作要求\n"
     "各校要定期研究解决安全管理中出现的新问题，彻底消除校园安全隐患。\n",
     "定期研究解决安全管理中出现的新问题"),
    ("校園安全檢查報告\n一、存在問題\n部分學校消防器材失效，消防通道不暢通。\n二、下階段工作要求\n"
     "各校應定期研究解決安全管理中出現的新問題，徹底消除校園安全隱患。\n",
     "定期研究解決安全管理中出現的新問題"),
])
def test_modal_remedy_of_a_problem_in_a_measures_section_is_a_measure(text, measure):
    got = _points(text)
    assert any(measure in p for p in got["recommendations"]), got
    assert not any(measure in p for p in got["challenges"]), got


def test_modal_remedy_reading():
    from summarizer.points import modal_remedy
    assert modal_remedy("要定期研究解决管理中出现的新问题")
    assert modal_remedy("应彻底消除校园安全隐患")
    assert not modal_remedy("资金问题至今仍难以解决")  # no modal: a shortcoming
    assert not modal_remedy("要看到，当前仍有不少问题没有解决")  # the modal's clause ends before the verb


def test_modal_remedy_is_linear():
    from costs import assert_linear

    from summarizer.points import modal_remedy
    assert_linear(lambda n: modal_remedy("要" * n), 25_000, "a long run of modals, no verb of solving")
    assert_linear(lambda n: modal_remedy("要求加强" * n + "。"), 5_000, "modals, no clause end")
