"""A work report's heading of work done (``一、上半年工作开展情况``) is a section of other matter: its items are no
recommendations, while its ``下一步工作计划`` items are; a lead-in that reports the work's progress (``现将工作开展情况
报告如下：``) announces the whole report, not a list of done work (w67, Part 67's 3515)."""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document

_REPORT = ("一、今年以来工作开展情况\n(一)扎实开展集贸市场消防检查\n(二)全面推进老旧小区燃气管道更换\n"
           "二、存在的问题\n一是部分商户消防器材配备不足\n二是燃气管道更换资金缺口较大\n三、下一步工作计划\n"
           "(一)继续加大隐患排查力度,排查上再细致\n(二)继续拓宽资金筹措渠道,保障上再有力\n")


def test_done_work_heading_is_other_matter():
    assert asp.heading_aspect("一、今年以来工作开展情况") == asp.OTHER
    assert asp.heading_aspect("二、工作进展") == asp.OTHER
    assert asp.heading_aspect("二、存在的问题及下一步工作开展情况") == asp.RECOMMENDATION


def test_done_work_items_are_no_recommendations():
    recommendations = [p.text for e in summarize_document(_REPORT).essays for p in e.recommendations]
    assert not any("消防检查" in p or "燃气管道更换" in p for p in recommendations)
    assert any("隐患排查力度" in p for p in recommendations)


def test_progress_lead_in_announces_no_done_work_list():
    assert not asp.announces_traits("现将工作开展情况报告如下:")
    assert asp.announces_traits("现将自查情况汇报如下:")
