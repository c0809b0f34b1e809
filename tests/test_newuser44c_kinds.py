"""Kinds of faults seen on the blind trial set of Part 87 (benchmarks/data/aspects ids 4720-4740, newuser44c: the
genre's everyday documents - survey reports, self-check materials, study reflections, forum news - as users bring
them), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does
not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): right(challenges, recommendations, essay count) over the point texts.
KINDS = {
    # a self-check list whose items run `heading。表现在:A,当B时,C,遇到D时,E`: the body is cut at every comma and
    # the bare time clauses (`当手头工作稍多时`) come out as points of their own (4735: 29 points, 12 precise)
    "biaoxianzai-body-cut-into-time-clause-fragments": (
        "一、存在的主要问题\n  1、服务态度不够端正。表现在:对待来访群众不能始终保持 耐心,当窗口排队人多时,语气就有些"
        "生硬,遇到群众反复询问时,缺乏耐心,没有及时 调整自己的情绪。\n  2、业务钻研不够深入。表现在:满足于完成日常"
        "事务,对新的 法规条文学得不透。\n",
        lambda ch, rec, n: not any(p.endswith("时") for p in ch) and any("服务态度不够端正" in p for p in ch)),
    # a diary's first-person resolutions (`我想,自己要当好“两员”: 一是要当好X员。…要…`): the `一是要当好…` resolutions
    # and the measures after them are not taken as recommendations (4739: 1 of 6, the four-roles resolutions missed)
    "first-person-resolution-list-missed": (
        "来到村里的第一天,我心里很不踏实。我想,自己要尽力当好“两员”:\n一是要当好宣传员。"
        "把惠农政策一条条讲给乡亲们听,让大家心里有本明白账。\n二是要当好服务员。"
        "帮群众跑手续、找销路,把小事办实、把难事办好。\n",
        lambda ch, rec, n: any("当好宣传员" in p for p in rec) and any("当好服务员" in p for p in rec)),
    # a reflection's opening that names the challenge (`…如何做到A、B,将面临严峻的挑战,这对…提出了…要求`): the
    # challenge is not on the challenge side (4727: predicted as a recommendation; a short text of the same shape
    # gives no point at all)
    "jiang-mianlin-tiaozhan-sentence-as-recommendation": (
        "数字化办公正在各级机关推开,年纪偏大的干部如何做到会用、敢用、常用,将面临不小的挑战,这对干部的学习能力"
        "提出了更高的要求。干部需主动学习新的办公软件。\n",
        lambda ch, rec, n: any("将面临不小的挑战" in p for p in ch) and not any("将面临不小的挑战" in p for p in rec)),
    # left47: the same shape with no other shortcoming word in the sentence (the text above passes since 偏大 became a
    # shortfall predicate, by the attributive 年纪偏大的干部, not by its 将面临…挑战): still no point at all
    "jiang-mianlin-tiaozhan-without-another-cue": (
        "数字化办公正在各级机关推开,年长的干部如何做到会用、敢用、常用,将面临不小的挑战,这对干部的学习能力"
        "提出了更高的要求。干部需主动学习新的办公软件。\n",
        lambda ch, rec, n: any("将面临不小的挑战" in p for p in ch) and not any("将面临不小的挑战" in p for p in rec)),
    # a reflection's warnings stated as conditionals (`如果只是A,就会B` / `没有A,就会B`): the hypothetical
    # consequence is taken as a challenge the author reports (4726: two such sentences, both predicted)
    "hypothetical-consequence-as-challenge": (
        "读书笔记:做一名合格的窗口工作人员\n窗口工作人员应主动熟悉每一项业务流程。"
        "没有服务意识,工作就会陷入误区,茫然不知所措,从而让窗口的口碑逐渐下滑。"
        "如果只是为了完成任务而工作,就会得过且过,不负责任。窗口工作人员应耐心解答每一次咨询。\n",
        lambda ch, rec, n: not any("就会" in p for p in ch)),
    # a template site's preface about writing reports (`在写报告时,我们应该…`) before a survey report: the preface is
    # taken as recommendations, the file splits into two essays at the report's `…报告篇一` heading and the report's
    # own difficulties are missed (4738: 0 of 4, 2 essays for 1)
    "template-preface-advice-as-recommendations": (
        "在写总结时,我们应该做好充分的资料收集工作,确保所用数据真实可信。下面这些范文可以帮助你提高写作水平。\n"
        "街道养老服务调研报告篇一\n本街道共有老年人二千余人,空巢和独居老人比重较大,助餐点只有两处,"
        "由于服务场地少、护理人员缺,上门照护的开展有相当大的困难。\n1.服务资金来源方面。\n",
        lambda ch, rec, n: n == 1 and not any("应该做好" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 87 (see SOURCES.md)")
#: Kinds fixed since (k8587: biaoxianzai-body-cut-into-time-clause-fragments; left47: first-person resolutions and,
#: through 偏大, the 将面临挑战 sentence; split47: a template site's preface that offers its samples to the reader,
#: 范文可以帮助你, is the page's blurb, no essay).
FIXED: set[str] = {"biaoxianzai-body-cut-into-time-clause-fragments", "first-person-resolution-list-missed",
                   "jiang-mianlin-tiaozhan-sentence-as-recommendation", "template-preface-advice-as-recommendations"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part87_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
