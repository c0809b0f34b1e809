"""Kinds of faults seen on the blind trial set of Part 135 (benchmarks/data/aspects ids 7600-7624, newuser53b: agriculture,
food security and the rural economy as a new user brings them: deputies' and 政协 members' proposals and their news, a bureau's
half-year summary and replies to deputies, audit articles on 高标准农田, cold-chain pages, a paper abstract on cooperatives, Taiwan
blogs and foundation pages on food self-sufficiency, glossed Traditional mirrors on the seed industry), written as small texts of
the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into failures (to be
unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # a shortfall stated as a figure (`仅约占全球的2%`, `不到30%`, `几乎为零`, `较十年前减少28万人`, `仍达25%-30%`, `常年处于逆差状态`)
    # is the author's problem, yet such sentences are missed while the sentence around them with a cue word comes out (7610:
    # `農業就業人口較十年前減少28萬人`, `15-34歲的年輕人減少的比例最為快速` missed; 7612: the export share, the trade deficit and the
    # import dependence missed; 7613: `穀類之糧食自給率不到30%`, `小麥之自給率幾乎為零` missed; 7614 `近年卻僅剩三成的水準`; 7619 the
    # cost share)
    "quantified-shortfall-sentences-missed": (
        "我县茶叶产业发展现状与不足\n\n"
        "近年来我县茶园面积稳步扩大。但与周边县市相比差距明显。全县茶叶出口额仅占全省的1.5%,位列全省第十二。"
        "茶企年销售额过亿元的一家也没有。茶叶加工环节的机械化率不到20%,名优茶几乎全靠手工。"
        "青年茶农较五年前减少了三千余人,五十岁以上的茶农比例逐年上升。\n",
        lambda ch, rec, n: sum(("仅占全省的1.5%" in p) or ("不到20%" in p) or ("减少了三千余人" in p) for p in ch) >= 2),
    # a numbered problem item runs its heading into a colon and goes on for several sentences (`1.全球氣候變遷因素:…;極端氣候致
    # 災害頻傳…`, `(三) 民進黨掌權時期休耕面積大幅增加:…稻米遂產生生產過剩的問題…供過於求的問題日趨嚴重`, `1. 结构性矛盾突出:…`
    # then `2. 运营成本高企:…`): the heading glued to its first clause comes out, the later problem sentences of the item are
    # missed (7614: 6 of 10 missed; 7615 `極端氣候致災害頻傳…`, `糧食耗損數量龐大` missed; 7619 with the model, `运营成本高企` and its
    # figure missed)
    "later-problem-sentences-of-a-colon-run-in-item-missed": (
        "当前我市蔬菜产业面临的主要问题:\n"
        "1.基地建设分散:全市蔬菜基地平均面积不足80亩,规模效益难以发挥。部分基地灌溉设施年久失修。设施大棚老化问题日趋严重。\n"
        "2.产销对接不畅:蔬菜主要靠经纪人上门收购,价格由外地客商说了算。本地批发市场功能单一。错季上市的菜品少,同质化竞争激烈。\n",
        lambda ch, rec, n: any("年久失修" in p for p in ch) and any("同质化竞争激烈" in p for p in ch)),
    # news on the two sessions or a deputy quotes a leader's remarks (`“…必须端牢…”习近平总书记…如是说`) and the government work
    # report (`政府工作报告中指出,要深入实施種業振興行動`, `《建议》提出`) before the deputies' own proposals: the quoted remarks
    # and report clauses come out as recommendations although they are neither by the gold rules (7611: 4 of 8 recommendations
    # are such quotes; 7600 `要深入實施種業振興行動`; 7608 `…《…建议》提出`)
    "quoted-leader-remarks-and-work-report-as-recommendations": (
        "守牢种业根基——代表委员热议种子安全\n\n"
        "“种子是农业的芯片,一定要把种源牢牢攥在自己手里。”省委书记在调研时强调。今年的省政府工作报告提出,要加快建设种业强省,"
        "全面推进制种基地提档升级。\n\n"
        "围绕这一话题,代表委员纷纷建言。省人大代表王某认为,应设立种业科技专项基金,支持企业联合科研院所开展育种攻关;"
        "要完善品种权保护,严厉打击套牌侵权。\n",
        lambda ch, rec, n: not any(("芯片" in p) or ("种业强省" in p) for p in rec) and any("专项基金" in p for p in rec)),
    # a work summary's opening (`继续深入实施…行动,在…等各方面主动作为,力求突破`) and its achievement headings (`(一)夯实…基础,推进…
    # 升级。一是…完成…`) report work done, yet they come out as recommendations (7609, a negative: 2 points with the model, 5 by the
    # rules alone; 7617 `各地各有关部门认真贯彻…决策部署,大力推进高标准农田建设` as a recommendation)
    "work-done-reported-as-recommendations": (
        "2024年区农业农村局上半年工作总结及下步计划\n"
        "今年以来,区农业农村局坚持以全区农村工作会议精神为引领,继续深入实施乡村产业“三带两区”行动,在粮油生产、农村改革、"
        "农民增收等各方面主动作为,力求突破。现将相关工作总结如下:\n"
        "一、上半年重点工作。\n"
        "(一)稳固粮食生产基础,推进种植结构优化。一是粮食面积稳中有增。上半年全区小麦收获面积 x.x 万亩,新建高产示范片 x 个。"
        "二是设施农业加快发展。新建连栋大棚 xx 亩,完成市考核任务xx%。\n",
        lambda ch, rec, n: not rec),
    # a short paragraph with no heading and no `问题` cue states the problems in plain prose (`由于…差,普遍存在…难`, `目前…相当落后,
    # …基本上是普通货车,没有冷藏车`, `损耗率达到25%至30%`): the sentences are missed, all or all but the one with `存在` (7603: 0
    # of 5; 7620: the abstract's causal chain `破坏了…规则`, `…不复存在` missed; 7610's blog prose `農業研發技術能量亦是微減與趨緩`,
    # `台灣農村的蕭條,早就已經發生` missed)
    "problem-prose-paragraph-without-cue-missed": (
        "我区水产品流通的特点是量大、季节集中、运距远。由于冷库和加工设施缺乏,普遍存在保鲜难、运输难、销售难。"
        "目前全区的活鱼运输车辆基本上是改装的普通货车,没有增氧和控温设备。据渔业站测算,每年鲜活水产品在运输途中的死亡损耗"
        "达到15%左右。\n",
        lambda ch, rec, n: any("没有增氧" in p for p in ch) and any("15%" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 135 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"quoted-leader-remarks-and-work-report-as-recommendations"}  # k134136: aspects.inside_attributed_quote


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part135_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
