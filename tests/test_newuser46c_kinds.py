"""Kinds of faults seen on the blind trial set of Part 99 (benchmarks/data/aspects ids 5440-5457, newuser46c: enterprise
and organization management as a new analyst brings it: 毕业论文 openings with 目录 and 摘要, journal abstracts on pay and
performance, party building in state-owned and non-public firms, internal control and audit, receivables,
an annual report's risk factors, a converter-Traditional thesis, and three negatives: a company profile, a product
launch news item, a company award item), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they
record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): right(challenges, recommendations) over the point texts of every essay.
KINDS = {
    # a converted thesis page whose list markers came through markdown-escaped (`\\(一\\)`): the 目录's countermeasure
    # items are run together into one recommendation, escapes and all, instead of one point each (5448: 0 of 7)
    "escaped-bracket-markers-join-toc-items": (
        "目录\n摘要\\\\(详见正文\\\\)\n一、乡镇小型加工厂发展概况\n二、乡镇小型加工厂管理中存在的问题\n"
        "\\\\(一\\\\)账目记录随意\n\\\\(二\\\\)安全培训流于形式\n三、改进乡镇小型加工厂管理的对策\n"
        "\\\\(一\\\\)聘请专职会计统一建账\n\\\\(二\\\\)每季度组织一次消防演练\n\\\\(三\\\\)引入计件与质量挂钩的工资办法\n"
        "四、结束语\n参考文献\n以下是论文正文\n摘要:乡镇小型加工厂数量众多,但管理粗放的问题一直制约其发展.本文提出了若干改进办法.\n",
        lambda ch, rec: any("消防演练" in p and "专职会计" not in p for p in rec)),
    # a thesis's `1.1 研究背景` naming the problems it studies as an inline list (`遇到了诸多困难,如A、B等问题,这些问题
    # 严重影响了…`): nothing is taken from the background section (5441: 0 of 2 challenges)
    "research-background-ru-a-b-deng-wenti-missed": (
        "第一章 引言\n1.1 研究背景\n近年来不少县级医院推行了科室成本核算。然而,许多医院在推行过程中遇到了诸多困难,"
        "如耗材领用台账缺失、分摊口径前后不一等问题,这些问题严重影响了核算结果的可信度。因此,深入研究科室成本核算具有"
        "重要意义。\n1.2 研究意义\n本研究有助于医院改进管理。\n",
        lambda ch, rec: any("耗材领用台账缺失" in p for p in ch)),
    # an abstract stating its findings as `…的实现路径是A;B;C。`: the semicolon list of paths is not taken (5453: 3 of 8
    # recommendations, the descriptive `动力机制是X;Y` taken instead)
    "lujing-shi-semicolon-paths-missed": (
        "本文研究发现,老字号餐饮企业转型的动力来自客群年轻化和外卖渠道兴起。老字号餐饮企业转型的实现路径是"
        "把招牌菜做成标准化半成品;借助直播讲好店铺的历史故事;在商场开设小面积快闪门店。\n",
        lambda ch, rec: any("标准化半成品" in p for p in rec) and any("快闪门店" in p for p in rec)),
    # an abstract's `…提出了A、B及C等对策,希望…` (the measures joined by `、` and `及`): none is taken (5442: 0 of 3; the
    # same list with `、` only, 5441, is split right)
    "abstract-tichu-le-a-b-ji-c-deng-duice-missed": (
        "摘要:仓储管理是物流企业运营的重要环节,直接影响客户满意度。本文针对目前小型物流企业仓储管理中存在的问题进行了"
        "阐述,并且结合实际事例提出了推行货位编码、完善出入库复核制度及加强仓储与配送环节互相衔接等对策,希望能为同类企业"
        "提供一些帮助。\n关键词:物流企业;仓储管理\n",
        lambda ch, rec: any("推行货位编码" in p for p in rec) and any("完善出入库复核制度" in p for p in rec)),
    # an annual report's risk factor (`…给予公司较大的发展空间,但同时…亦可能随之逐渐增多,…从而加剧…竞争压力`): the
    # risk is missed and the company's description of its business is taken as the challenge (5454: 2 of 6)
    "annual-report-risk-factor-danshi-tongshi-missed": (
        "1、市场竞争风险\n公司主要为县级医院提供消毒供应外包服务。随着行业需求不断增长,给予公司较大的发展空间,但同时"
        "行业内新的服务商亦可能随之逐渐增多,而且对手的资金实力也在不断增强,从而加剧公司未来的竞争压力。\n",
        lambda ch, rec: any("逐渐增多" in p or "竞争压力" in p for p in ch)
        and not any("外包服务" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 99 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"abstract-tichu-le-a-b-ji-c-deng-duice-missed", "escaped-bracket-markers-join-toc-items"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part99_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
