"""Kinds of faults seen on the blind trial set of Part 110 (benchmarks/data/aspects ids 6100-6128, newuser48b: rural,
agriculture, ecology and food documents as a new analyst brings them: committee members' proposals and supervision news,
environmental-inspection findings, rectification plans and river/forest-chief work plans, first-secretary features,
research reports on grain production and cooperatives, food-waste reports, with a first secretary's work summary cut in
its done work, an inspection follow-up visit, a first secretary's diary feature and an agriculture council's achievements
report as negatives), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the
pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): right(challenges, recommendations) over the point texts of every essay.
KINDS = {
    # an achievements report (推动成果 / 主要成效): the purpose of the measure it reports (`为改善…,期能推动…`) and each
    # done item with its count (`推动…辅导,已辅导…人次,依…予以…`) are work done, no advice, but they come out as
    # recommendations (6119, a negative: 5 points; 6123: three achievement sentences of an inspection's praise as
    # recommendations while its headline shortfall `…仍存在短板` is missed)
    "achievement-done-items-as-recommendation": (
        "一、为改善乡村生产条件,保护乡村生态及风貌,提高居民生活品质,县里出台乡村营造办法,期能推动乡村持续发展。\n"
        "二、重要推动成果如下:\n(一)青年返乡:推动返乡青年创业辅导,已辅导1,350人次,依个别需求予以设备补助、创业贷款及"
        "通路对接等。\n(二)社区营造:已辅导86个社区提出营造计划,引导社区实现共同愿景。\n",
        lambda ch, rec: not rec),
    # an inspection's findings: after the lead finding (`督察指出,…重视不够`) each named case (`某县对…放松要求,…把关
    # 不严`, `某公司在手续不全的情况下…非法采砂`) is a problem found, but the cases are missed or come out as
    # recommendations (6125: the 荆州 and 宜昌 cases as recommendations; 6128: 8 of 14, the named islands' violations
    # missed; 6124: the 益阳 case missed)
    "inspection-named-case-findings-not-challenges": (
        "督察指出,部分地方对河道保护重视不够。某县对辖区砂场整治放松要求,对乡镇上报的清单只登记不复核,把关不严。"
        "某公司在审批手续不全的情况下,长期以清淤名义非法采砂。\n",
        lambda ch, rec: not any("放松要求" in p or "非法采砂" in p for p in rec)
        and any("放松要求" in p for p in ch) and any("非法采砂" in p for p in ch)),
    # a research report's `存在问题` list: the short `一是X。` heading comes out, the shortfall clauses of its body
    # (`…长期不足,导致…`, `…难以开展`) do not (6117: 3 of 13, only the headings and the lead sentence's fragment)
    "problem-heading-body-shortfalls-missed": (
        "一、存在问题\n一是农田灌溉设施老化。部分泵站建成多年,渠道渗漏严重,维修资金长期不足,导致灌溉保证率逐年下降。\n"
        "二是农技服务力量薄弱。乡镇农技站人员年龄偏大,新技术示范推广难以开展,种植户仍凭经验施药。\n",
        lambda ch, rec: any("维修资金长期不足" in p for p in ch) and any("新技术示范推广难以开展" in p for p in ch)),
    # a work plan's `基本原则`: the `坚持X、Y。` headings come out, the measures of each body (`严守…红线,统筹好…`,
    # `压实…责任,明确…职责`) do not (6110: 3 of 7, the three headings only; 6115: 1 of 4; 6122: 1 of 5)
    "plan-principle-body-missed": (
        "(二)基本原则\n1、坚持保护优先、科学利用。严守耕地保护红线,统筹好耕地保护与设施农业发展的关系,严格控制耕地转为"
        "其他农用地。\n2、坚持属地负责、部门协同。压实乡镇主体责任,明确各部门监管职责,形成齐抓共管的工作合力。\n",
        lambda ch, rec: any("严守耕地保护红线" in p for p in rec) and any("压实乡镇主体责任" in p for p in rec)),
    # a forum news item that opens with the deputies' own words in quotes (`“我建议…”`, `“建议把…”`): the quoted
    # suggestions are its recommendations, but they are missed (6126: 0 of 5, the meeting's topic sentence and its
    # closing `将对所有意见和建议进行汇总整理` taken as challenges instead)
    "quoted-deputy-suggestions-missed": (
        "“我建议村里红白喜事的酒席按实际到场人数备菜,老人小孩按半份算,这样能少剩不少饭菜。”\n"
        "“建议把小学生节约粮食的表现纳入学期评优。”\n10月8日,镇人大组织代表围绕节约粮食召开座谈会。\n",
        lambda ch, rec: any("按实际到场人数备菜" in p for p in rec) and any("纳入学期评优" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 110 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"problem-heading-body-shortfalls-missed"}  # k157158 (points.short_label_body)


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part110_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
