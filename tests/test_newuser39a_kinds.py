"""Kinds of faults seen on the blind trial set of Part 70 (benchmarks/data/aspects ids 3680-3692, newuser39a: long
documents, 9,800-25,300 characters), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they
record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

_REVIEW = ("各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2025年工作回顾\n"
           "过去一年，全区上下团结奋斗，各项工作取得新成效。新引进项目四十个，工业产值增长百分之八。改造老旧小区十二个，新建公园五座。\n")
_PLAN = "二、2026年工作安排\n（一）推动产业升级。实施技改项目三十个。\n（二）补齐民生短板。新建托育机构五家。\n"

# forty numbered tasks of a plan, each its own heading-and-body item (the body's verbs differ, so no two are one point)
_TASKS = "".join(f"（{n}）{head}。{body}。\n" for n, (head, body) in enumerate([
    ("扩大有效投资", "实施重点项目一百个"), ("提振居民消费", "开展家电以旧换新"), ("培育新兴产业", "建设生物医药产业园"),
    ("改造传统产业", "推进钢铁企业超低排放改造"), ("发展数字经济", "建成千兆光网城市"), ("强化科技创新", "组建省级实验室三家"),
    ("壮大人才队伍", "引进高层次人才五百名"), ("深化国企改革", "完成市属企业重组整合"), ("支持民营经济", "清理拖欠企业账款"),
    ("优化营商环境", "推行高效办成一件事"), ("扩大对外开放", "举办中外企业对接会"), ("建设开发园区", "完善园区污水管网"),
    ("稳定粮食生产", "建设高标准农田十万亩"), ("发展特色农业", "打造蔬菜产业示范区"), ("建设宜居乡村", "完成农村厕所改造"),
    ("推进城市更新", "改造城中村二十个"), ("完善交通网络", "开工城际铁路一条"), ("保障能源供应", "新增光伏装机五十万千瓦"),
    ("治理大气污染", "淘汰老旧柴油货车"), ("保护水生态", "实施河湖清淤工程"), ("加强土壤修复", "治理污染地块十处"),
    ("促进就业增收", "新增城镇就业六万人"), ("办好基础教育", "新建中小学十五所"), ("提升医疗水平", "建设区域医疗中心"),
    ("发展养老服务", "新增养老床位两千张"), ("关爱少年儿童", "建设普惠托育机构"), ("完善社会保障", "提高低保标准"),
    ("繁荣文化事业", "修缮历史文化街区"), ("发展全民健身", "建设社区运动场地"), ("加强食品安全", "开展校园食堂专项检查"),
    ("防范债务风险", "压降隐性债务规模"), ("稳定房地产市场", "收购存量商品房用作保障房"), ("抓好安全生产", "排查整治矿山隐患"),
    ("提升应急能力", "建设应急物资储备库"), ("维护社会稳定", "推进综治中心实体化运行"), ("建设法治政府", "公开行政执法事项清单"),
    ("加强政务公开", "上线政策一站式查询平台"), ("推进基层减负", "精简督查检查考核事项"), ("改进工作作风", "开展领导干部下基层调研"),
    ("严格财经纪律", "压减一般性支出百分之五"),
], start=1))

# (text, what a right answer holds): challenges and recommendations are the point texts of every essay.
KINDS = {
    # a work report's problem paragraph ("我们也清醒认识到，工作中还存在不少问题：A；B；C") that closes a section headed
    # "…工作回顾" gives no challenge at all, while alone it gives all three (3684: 0 of 11; 3685: 0 of 8)
    "work-report-problem-paragraph-closing-review-section-missed": (
        _REVIEW + "我们也清醒认识到，工作中还存在不少问题：产业结构仍然偏重，新兴产业规模不大；公共服务供给还有短板，"
        "养老托育资源不足；部分干部担当作为不够。\n" + _PLAN,
        lambda ch, rec: sum(1 for w in ("产业结构仍然偏重", "养老托育资源不足", "担当作为不够") if any(w in p for p in ch)) >= 2),
    # a long plan's tasks beyond the per-essay cap of 30 points are cut (3682-3685: 29-30 of 30 predicted recommendations
    # right, recall 28-32 of 70-104)
    "long-plan-tasks-beyond-thirty-cut": (
        "二、今年重点工作\n" + _TASKS,
        lambda ch, rec: len(rec) >= 35),
    # a paper's countermeasure section written as bare imperative clauses joined by "；" under numbered headings gives
    # the headings only (3687: 8 of 32; 3689: 5 of 43; 3692: 12 of 25)
    "countermeasure-semicolon-imperative-clauses-missed": (
        "# 3对策建议\n\n# 3.1完善社区养老资金保障机制\n\n民政、财政、卫健等多部门协同，围绕居家和机构两类服务制定相应配套政策；"
        "设立社区养老专项资金；建立养老服务人员职业资格和薪酬等级制度，培养专业护理人才；建立统一的服务质量评价体系，"
        "严格把关补贴项目；引导社会资本参与社区养老设施运营。\n",
        lambda ch, rec: sum(1 for w in ("专项资金", "薪酬等级制度", "服务质量评价体系", "社会资本") if any(w in p for p in rec)) >= 3),
    # a natural-science paper's findings ("…普遍偏低", "…最为严重", a method's limit "不能准确反映…") are taken as the
    # author's challenges (negatives 3690: 2 extra, 3691: 8 extra challenges)
    "descriptive-research-findings-taken-as-challenges": (
        "3结果与分析\n\n3.1干旱时空变化\n\n结果表明，研究区生长季植被状态指数普遍偏低，其中北部平原一带干旱程度最为严重。"
        "2010年以来干旱面积先减少后增加，9月后旱情明显加重。受站点分布限制，监测结果不能准确反映偏远山区的干旱情况。\n",
        lambda ch, rec: not ch),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 70 (see SOURCES.md)")


#: Kinds fixed since (w70): a review section's closing difficulties paragraph (points.announces_own_problems) and a
#: countermeasure item's ；-list of measures (points.measure_list_parts); (w70b) an empirical paper's measured findings
#: under a results heading (register.reports_study); they pass and are no longer marked.
FIXED = {"work-report-problem-paragraph-closing-review-section-missed",
         "countermeasure-semicolon-imperative-clauses-missed",
         "descriptive-research-findings-taken-as-challenges"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part70_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
