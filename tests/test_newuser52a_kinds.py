"""Kinds of faults seen on the blind trial set of Part 129 (benchmarks/data/aspects ids 7240-7268, newuser52a: energy,
carbon peaking and the environment as a new user brings them: an environment bureau's year-end summary, papers' abstracts on
dual carbon, EIA, ESG disclosure and black-odorous water, news of wind and solar curtailment, distributed solar, garbage
sorting and energy dual control, meeting news, a Hong Kong press release and a Taiwan special report, with news roundups of
several parties' proposals and a company explainer as negatives), written as small texts of the tests' own. Marked
``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a
change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

_MEASURES = ("建立县级统管机制", "落实财政补助", "推行阶梯水价", "强化水质巡检")
_SPOKEN = ("推动风电参与清洁供暖", "扩大储热设施建设", "完善跨省电力交易机制")
# (text, what a right answer holds): right(challenges, recommendations, essays) over the point texts of every essay
# and the number of essays.
KINDS = {
    # an abstract's `提出了…改进建议, 包括A, B, C, D等` (or `明确了…A、B、C…的治理措施`, `…水利措施,包括A、B、C、D等`) names each
    # measure once inside one sentence: each is a recommendation, yet none comes out (7253: 0 of 5; 7263: 0 of 5; 7265: 0 of 4;
    # 7243's causes `其原因主要包括A、B、C以及D` 0 of 4)
    "enumerated-measures-in-an-abstract-sentence-missed": (
        "摘要:农村集中供水工程建成后,管护问题日益突出。文章分析了管护经费不足、专业人员缺乏和水质监测缺位等问题,"
        "提出了相应的改进建议, 包括建立县级统管机制, 落实财政补助, 推行阶梯水价, 强化水质巡检等, "
        "为农村供水工程长效运行提供参考。\n关键词:农村供水; 工程管护; 长效机制\n",
        lambda ch, rec, n: all(any(x in p for p in rec) for x in _MEASURES)
        and not any(sum(x in p for x in _MEASURES) > 2 for p in rec)),
    # an official's measures inside a quotation (`…说:“我们将A,B,C。”`, `呼吁,“需要…”`, 「我們將…」) are the news story's
    # content and recommendations, yet they are dropped while the reporter's framing stays (7244: 周強's six proposals 0 of 6;
    # 7249: the secretary's 「我們將逐步減少燃煤發電;…」 2 of 6; 7256: `要努力破解發展難題…` missed)
    "quoted-official-measures-missed": (
        "本报讯 近年来,北方一些城市冬季供暖季弃风问题突出,清洁能源白白浪费。\n"
        "省能源局局长王某在接受记者采访时说:“下一步,我们将推动风电参与清洁供暖,扩大储热设施建设,完善跨省电力交易机制。”"
        "他表示,就地转化与跨省外送相结合是破解难题的根本之策。\n",
        lambda ch, rec, n: all(any(x in p for p in rec) for x in _SPOKEN)),
    # a news roundup of several parties' or members' proposals has no single party whose statement is the document's
    # content (the 4664 rule): it gives no point, yet every reported proposal comes out (7247: 16 points; 7248: 8 points)
    "several-parties-proposal-roundup-as-points": (
        "多个民主党派近日召开新闻通气会,介绍向全国两会提交的提案情况。\n"
        "民盟中央有提案建议加强农村黑臭水体治理,提到目前存在治理资金不足、运维机制缺失等问题;建议设立专项资金,推行第三方运维。\n"
        "致公党中央在提案中建议推广屋顶光伏,完善分布式发电补贴政策。\n"
        "农工党中央关注土壤污染防治,建议建立土壤修复基金,开展重点区域详查。\n"
        "据悉,各民主党派中央和全国工商联已提交提案300余件。\n",
        lambda ch, rec, n: not ch and not rec),
    # a company's or an office's practices (`绿色承诺` … `具体表现在:`, `工作开展情况`, `經驗`) listed as `- 标签:做了什么` are
    # neither, yet each comes out as a recommendation (7257: 8 recommendations from the company's practices; 7255
    # `积极开展群防群治…` from the duty report's work done; 7256 the `經驗 一是…` item)
    "practice-list-as-recommendations": (
        "某热电公司的环境信息披露与绿色承诺\n一、信息披露概述\n公司的环境信息披露主要包括以下几个方面:\n"
        "- 排放数据:包括废气、废水的排放量及达标情况。\n二、公司的绿色承诺\n2.1 绿色发展战略\n"
        "公司积极响应国家政策,将绿色发展理念贯穿于生产经营全过程。具体表现在:\n"
        "- 技术改造:通过更换高效机组,降低煤耗和污染物排放。\n- 循环利用:推进粉煤灰综合利用,减少固废堆存。\n"
        "2.2 社会责任实践\n公司在履行社会责任方面表现突出,主要体现在:\n- 公益活动:组织员工参与植树,支持乡村绿化。\n"
        "三、公司面临的挑战\n3.1 碳排放核算问题\n虽然公司已开展核算,但\n",
        lambda ch, rec, n: not rec),
    # residents' and staff's complaints quoted in a news story (`居民…说:“没人教过我们…”`) are its challenges, yet they are
    # missed while the reporter's narration of what one resident did comes out (7259: 1 of 4, the quotes missed; 7262: 1 of 4,
    # `記者走近一看,…` taken)
    "quoted-residents-complaints-missed": (
        "近日,记者走访了城东几个老旧小区。\n在一个小区的收集点,一位居民把一整袋垃圾扔进了其他垃圾桶,里面有不少菜叶。\n"
        "居民李阿姨说:“没人教过我们怎么分,桶上也没写清楚该放什么。”\n"
        "负责收集的保洁员老陈也说:“分的人少,不分的人多,桶里总是混着。”\n上午9点,清运车来到小区,把几个桶里的垃圾一起倒进了车厢。\n",
        lambda ch, rec, n: any("没人教过" in p for p in ch) and any("不分的人多" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 129 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"enumerated-measures-in-an-abstract-sentence-missed"}  # k129133: points._included_measures


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part129_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
