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


@pytest.mark.parametrize("text", [
    "今年以来，街道综治办认真履行职责。\n今年主要工作：\n一、完善矛盾调处机制。年初制定了调处办法，设立了调解室。\n"
    "二、规范信访接待工作。全年接待来访群众三百余人次，办结率达到百分之九十五。\n三、强化网格巡查。组织了四次专项巡查，化解了一批纠纷。\n",
    "今年以來，街道綜治辦認真履行職責。\n今年主要工作：\n一、完善矛盾調處機制。年初制定了調處辦法，設立了調解室。\n"
    "二、規範信訪接待工作。全年接待來訪群眾三百餘人次，辦結率達到百分之九十五。\n三、強化網格巡查。組織了四次專項巡查，化解了一批糾紛。\n",
])
def test_work_summary_run_of_work_done_gives_no_measures(text):
    got = _points(text)
    assert not any(w in p for p in got["recommendations"] for w in ("调处机制", "調處機制", "网格巡查", "網格巡查")), got


def test_plan_run_keeps_its_measures():
    text = ("针对以上问题，下一步主要工作如下：\n一、完善矛盾调处机制。要制定调处办法，设立专门调解室。\n"
            "二、规范信访接待工作。应明确接待流程，提高办结率。\n三、强化网格巡查。要定期组织专项巡查，及时化解纠纷。\n")
    got = _points(text)
    assert any("调处机制" in p for p in got["recommendations"]), got
    assert any("网格巡查" in p for p in got["recommendations"]), got


def test_reports_work_reading():
    from summarizer.points import reports_work
    assert reports_work("年初印发了值班表，明确了带班领导。")
    assert not reports_work("为了提高效率，要加强培训。")  # 为了 is no perfective; a modal proposes
    assert not reports_work("要深入了解群众需求。")
    assert not reports_work("组织了培训，今后应继续加强。")  # a strong modal: a measure after all


def test_reports_work_is_linear():
    from costs import assert_linear

    from summarizer.points import reports_work
    assert_linear(lambda n: reports_work("为了" * n), 10_000, "a run of 为了, no perfective")
    assert_linear(lambda n: reports_work("了" * n), 20_000, "a line of 了")
