"""Kinds of faults seen on the blind trial set of Part 140 (benchmarks/data/aspects ids 7900-7928, newuser54b: public finance,
audit and government debt as a new user brings them: a yearbook's audit entry, an 审计署 result mirror, a county 整改 report, audit
news briefs, news on 专项债 and state-asset audit findings, a 绩效评价 notice, papers and index snippets on township debt, 人大
debt-survey news, glossed and converted Traditional mirrors, a Taiwan lecture and editorial on debt, a Hong Kong blog on 審計署,
with a 决算公开 table of contents, a cut 绩效评价 overview, a forum copy of a 整改 report and an abstract as negatives), written as
small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into
failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # audit findings stated as what a unit did with the money (`将…资金用于…`, `挪用…支付…`, `化整为零拆分采购`, `问题金额…万元`,
    # `扩大范围支出…万元`) carry no problem word: they are challenges, yet they are missed (7904: 6 of 6 findings missed, a figure
    # `规模仍有3.65万亿` comes out instead; 7903: 0 of 5, the auditors' `关键风险点` come out; 7906: 9 of 9 with the model on;
    # 7901: 0 of 3), and the auditor's own follow-up (`已责成…限期整改`) comes out as a recommendation
    "audit-findings-stated-as-misuse-missed": (
        "县审计局对2023年度乡村振兴资金开展了专项审计。审计发现,两个乡镇将衔接资金用于发放村干部误工补贴,涉及金额86万元;"
        "某局挪用项目经费支付办公楼装修费用35万元;三个单位化整为零拆分采购,规避公开招标。审计局已责成有关单位限期整改。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("用于发放村干部误工补贴", "挪用项目经费", "化整为零拆分采购")) >= 2),
    # a rectification report restates each audit problem as a heading `(一)关于…的问题。` followed by the work done: the restated
    # problem is a challenge, yet nothing comes out (7902: 0 of 3, no point at all with the model on)
    "restated-problem-heading-in-rectification-report-missed": (
        "关于2022年度审计查出问题整改情况的报告\n一、审计查出问题的整改情况\n"
        "(一)关于部分单位往来款长期挂账未清理的问题。县财政局已组织各单位逐笔清理,目前已清理往来款320万元。\n"
        "(二)关于政府采购项目未按合同验收的问题。相关单位已补办验收手续。\n",
        lambda ch, rec, n: any("往来款长期挂账未清理" in p for p in ch) and any("未按合同验收" in p for p in ch)),
    # a run of fiscal-strain clauses (`财政状况日益拮据,财政赤字持续存在,债务余额由…暴增至…,利息…每年就近…`) names the
    # problem by its numbers and verbs of growth, with no problem word: nothing comes out (7921: `財政狀況益愈拮据,財政赤字持續存在,
    # 債務餘額急速增加` missed while the lecture's general warnings come out; 7922: `…由兩百億暴增至六四八億`, `單單利息負擔每年即近
    # 七億` missed; 7913: `平均每个乡镇负债四百余万元`, `以农业为主的乡镇几乎没有不欠债的` missed)
    "fiscal-strain-clauses-missed": (
        "近年来,本县财政状况日益拮据,财政赤字持续存在,政府债务余额由十亿元暴增至三十五亿元,单单利息支出每年就近两亿元,"
        "全县八成以上的乡镇都有欠债。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("日益拮据", "财政赤字持续存在", "暴增至三十五亿元",
                                                                "利息支出每年就近两亿元", "八成以上的乡镇都有欠债")) >= 3),
    # an official body's own work done, led by its purpose (`为…,提高…效益,根据…要求,县财政局牵头组织了…工作`), comes out as a
    # recommendation (7905: `提高财政资金使用效益,…市财政局牵头组织了…绩效评价工作`; 7909: the article's purpose clause
    # `提高资产使用效能,维护国有资产安全完整,…` is its only point and its five needs are missed; 7919: a government's rectification
    # steps `要求各级各部门列出整改清单,…` in a work-done report)
    "purpose-led-work-done-as-recommendation": (
        "为全面推进预算绩效管理改革,提高财政资金使用效益,根据绩效评价工作的有关要求,县财政局牵头组织了2023年度县级项目支出"
        "绩效评价工作。本次评价共涉及项目58个,评价金额合计2.3亿元。评价发现,部分项目绩效目标设置不明确,个别项目资金支出进度缓慢。\n",
        lambda ch, rec, n: not any("牵头组织了" in p for p in rec) and any("绩效目标设置不明确" in p for p in ch)),
    # a statement of what something is good for (`不但能…,更能…,促进…增长`, `…必将对…发挥重大的推动作用`, `在…等方面发挥着重要
    # 作用`) is background, neither, yet it comes out as a recommendation (7921 `促進經濟的永續成長`; 7925 `財政國庫管理制度改革必將
    # 對政府行政改革發揮重大的推動作用`; 7926 `在服務社會主義市場經濟建設、…等方面發揮著重要作用`)
    "benefit-statement-as-recommendation": (
        "政府举债用于公益性基础设施投资,不但能带动民间投资,更能改善区域营商环境,促进经济的持续增长。"
        "但近年来本县债务余额增长过快,偿债压力明显加大。\n",
        lambda ch, rec, n: not any("促进经济的持续增长" in p or "带动民间投资" in p for p in rec)
        and any("偿债压力明显加大" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 140 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"purpose-led-work-done-as-recommendation",  # (k134136's done-work rules, merged in the same session: lead54)
                   "fiscal-strain-clauses-missed"}  # (k139141: aspects.figured_rise_count, 债务余额…暴增至…)


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part140_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
