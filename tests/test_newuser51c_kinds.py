"""Kinds of faults seen on the blind trial set of Part 126 (benchmarks/data/aspects ids 7060-7084, newuser51c: labour,
housing and livelihood in Hong Kong, Macau and Taiwan as a new user brings them: news of a housing panel's motion and of
unions' statements and surveys, a 立法局 motion speech, church and NGO columns on outsourced cleaners, Macau newspaper
columns on casino staff and elderly people living alone, Taiwan NGO lecture notes, op-eds and a staffing agency's analysis
of migrant-worker shortage; Traditional Chinese in Big5, Big5-HKSCS, GBK, GB18030 and UTF-8 .txt, .html, .md and .docx),
written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do yet,
and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): right(challenges, recommendations, essays) over the point texts of every essay
# and the number of essays.
KINDS = {
    # a news item on a panel meeting: the official's defence of the status quo (`…有其存在價值,可以為…提供…`) is
    # reported speech of the other side, not a problem the item states, yet it comes out as a challenge (7060
    # `邱誠武表明,劏房有存在價值`; likewise a commentary's reported association proposals as recommendations, 7075, a
    # wiki's reported working-group recommendation, 7069, and a cited report's problems abroad, 7078)
    "reported-party-statement-taken-as-author": (
        "屋宇事務小組昨日開會討論天台屋問題,房屋署助理署長表明,天台屋有其存在價值,可以為低收入人士提供棲身之所,"
        "政府的方針是確保結構安全,而非一刀切清拆。\n多名議員批評署方的說法等同默許違建,要求署方主動統計全港天台屋的"
        "數目,並定出清拆時間表。\n署方承認,由於業主可拒絕人員入屋,署方難以掌握天台屋的實際數字。\n",
        lambda ch, rec, n: not any("存在價值" in p for p in ch) and any("清拆時間表" in p for p in rec)),
    # a feature's subheads state the problem as `X:A與B` under a counter or as a concession `A不少 惟B` on a line
    # of its own; both are missed while the body's narration comes out (7074 `獨居長者支援不少 惟覆蓋不到三分一`,
    # 7083 `二、制度設計的斷裂:誘因不足與流程繁瑣` and `在地產業遭遇人力真空`, 7081 `房東不租身障者 違建也不給住`)
    "problem-subheading-of-feature-missed": (
        "一、服務供應跟不上:名額不足與輪候漫長\n不少長者住在沒有升降機的舊樓,出入要靠鄰居攙扶。區內的長者中心名額"
        "有限,輪候的人越來越多。\n中心名額不少 惟等候逾一年\n社工表示,中心雖然增加了服務時段,但新申請個案仍要排隊"
        "一年以上,部分長者在輪候期間健康轉差。\n",
        lambda ch, rec, n: any("名額不足與輪候漫長" in p or "服務供應跟不上" in p for p in ch)
        and any("等候逾一年" in p for p in ch)),
    # a column states the deprivation as a figure or a comparison with no problem word (`領取的只是最低工資`,
    # `比行業的平均還要低`, `比例約占一成`): those sentences are missed (7064: 0 of 3, no point at all; 7065
    # `工作8-12小時不等,…不一定每周有休息日`; 7080 `房東能接受弱勢族群之房東比例約占一成`)
    "deprivation-stated-as-figure-or-comparison-missed": (
        "在屋邨大堂值夜的保安員,大多受聘於物業管理承辦商。自從法定最低工資實施以後,他們領取的只是最低工資。"
        "以保安業為例,承辦商工人的時薪比行業的平均還要低。我們每晚經過大堂,很少人會留意他們坐在那裏已經十二小時。\n",
        lambda ch, rec, n: any("只是最低工資" in p for p in ch) and any("平均還要低" in p for p in ch)),
    # a column explains how the trouble arose through `首先,…;其二,…` clauses and behaviour (`貪多務得,…致…不可
    # 自拔`) after a line of better days; the causes give nothing (7071: 0 of 7, `首先,博彩場所遍地開花,…;其二,
    # 大批青年人進入賭場工作,…工餘參賭,貪勝不知輸` missed, the background `坊間認為“本地人對賭有免疫力”` taken;
    # 7070 `部分人不懂紓壓,便瘋狂購物、賭博…` and 7073 `有些庄荷不懂纾压方式,…以赌博、酗酒…逃避减压` missed)
    "enumerated-causes-in-column-missed": (
        "水上樂園的救生員,昔日被視為一份體面的暑期工,薪水也不錯。\n近年情況有變。首先,樂園遍地開花,救生員下班後"
        "可以到別家樂園兼職,再也沒有休息;其二,大批中學生被招入行,他們入世未深,貪多務得,連續當值十多小時,致體力"
        "透支,不可自拔。不少救生員因而在當值時打瞌睡。\n",
        lambda ch, rec, n: any("別家樂園兼職" in p for p in ch) and any("體力透支" in p for p in ch)),
    # a union's demand `促請政府訂立X法例,包括A、B,以及應由政府…`: the law it asks for and the first items of the
    # list are missed, only the last clause (the one with `應`) comes out (7062: `職工盟促請政府訂立颱風下的勞工保障
    # 條例`, `惡劣環境下上班受阻免責、獲雙倍人工` missed; 7063 `立法賦予政府權力…宣布停工` missed; 7082 `他們並向
    # 當局要求退休勞工每月應有21009元新臺幣的最低保障` missed)
    "union-demand-list-after-cu-qing-missed": (
        "暴雨過後,全城交通癱瘓,大批打工仔在車站苦等。工會秘書長批評政府未有及早宣佈停工。工會促請政府訂立極端天氣"
        "下的僱員保障法例,包括上班受阻不得扣薪、當值者獲雙倍工資,以及應由政府評估災後交通情況,決定保障是否延長。\n",
        lambda ch, rec, n: any("僱員保障法例" in p for p in rec) and any("不得扣薪" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 126 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {
    "union-demand-list-after-cu-qing-missed",  # k124126: points.cue_window opens at the demand (_demand_clause_before)
    "deprivation-stated-as-figure-or-comparison-missed",  # k124126: aspects._low_pay_re, scoped_example_shortfall
    "problem-subheading-of-feature-missed",  # k124126: a label over coordinated shortfalls; aspects.conceded_crosshead
    "reported-party-statement-taken-as-author",  # k124126: official_report past the day's scene, 表明; _prose_points
}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part126_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
