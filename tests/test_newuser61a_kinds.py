"""Kinds of faults seen on the blind trial set of Part 174 (benchmarks/data/aspects ids 9940-9960, newuser61a: taxation and
customs in mainland China as a new user brings them: an audit office's announcement and the tax administration's circular on
a tax-collection audit, a Traditional-converted mirror of audit findings on state tax bureaus, two papers on 减税降费, a news
on western ports' clearance short boards, a tax newspaper's lessons from a false-invoice case, a tax magazine's meeting news,
two agency accountants' essays on 金税四期 risks, papers on 非税收入 collection, 个人所得税 and 征管数字化 (one a forum repost),
a professor's interview on fiscal reform, a port business-environment paper, a park's essay on tax-enforcement complaints, a
Traditional commentary on smuggling across the bridge, with a customs facilitation news, a Traditional false-invoice case and
a Traditional business-environment commentary as negatives), written as small texts of the tests' own. Marked
``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a
change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # an audit circular lists each problem as a heading whose body names the forms it takes (`主要表现:一是…;二是…;三是…`),
    # and only the headings come out: every nested item is missed (9941: six of the `一是…三是` items under the circular's
    # headings missed, 3 of 9; 9942: the breakdown after `其中:` cut into a point of its own instead)
    "nested-first-to-third-under-heading-missed": (
        "国家税务总局关于专项检查情况的通报\n各市税务局:\n"
        "省局组织对12个县级税务局2022年发票管理情况开展了专项检查,发现发票管理工作还存在一些薄弱环节。现将主要问题通报如下:\n"
        "一、发票领用审核把关不严。\n部分县局对新办企业领用发票的审核流于形式,2022年共有37户新办企业在领票后三个月内走逃失联。"
        "主要表现:一是对法定代表人身份核验不到位;二是对经营场所实地核查走过场;三是超出经营规模核定发票用量。\n"
        "二、发票异常预警处置不及时。\n主要表现:一是对系统推送的异常发票疑点未在规定时限内核查;二是核查结论简单套用模板。\n",
        lambda ch, rec, n: any("对法定代表人身份核验不到位" in p for p in ch)
        and any("核查结论简单套用模板" in p for p in ch)),
    # an audit finding states the breach as what the rules forbid (`…具备建账条件,按规定不应继续实行定额征收`), and the
    # `不应` is read as a demand: the finding comes out as a recommendation (9942: `有104戶…按規定不應實行核定征收`, its
    # neighbour `還有一些國稅局未按規定…` and the `其中:` breakdown filed as recommendations)
    "finding-with-should-not-filed-as-recommendation": (
        "审计发现的主要问题\n"
        "(一)审计抽查了8个市的96户享受小型微利企业优惠的企业,其中31户不符合条件的企业,享受税收优惠2.6亿元。\n"
        "(二)审计抽查的64户实行定期定额征收的个体工商户中,有29户(占45%)具备建账条件,按规定不应继续实行定额征收。\n"
        "(三)还有一些税务所未按规定逐户调整定额,而是多年沿用较低的核定税额。\n",
        lambda ch, rec, n: any("按规定不应继续实行定额征收" in p for p in ch)
        and not any("不应继续实行定额征收" in p for p in rec)),
    # a false-invoice case told step by step (the tip-off, the data pulled, the site visit, the arrest) states no problem or
    # measure of the writer's own, yet a step of the story comes out as a challenge (9957, a negative: three steps of a
    # Traditional case story as challenges, rules alone one as a recommendation; 9958 and 9945: a seizure and an importer's
    # detour taken beside the real points)
    "enforcement-case-narration-filed-as-challenge": (
        "去年11月,某市税务局第三稽查局接到一条线索,反映一家商贸公司在网上大量出售普通发票。\n"
        "检查人员调取了这家公司近一年的开票数据,发现其开出的800多份发票中,有600多份流向了外省的餐饮企业。\n"
        "检查人员随即对公司注册地址进行实地核查,发现该地址是一间闲置的民房,公司法定代表人是一名年过七旬的老人。\n"
        "经税警双方联合调查,确认该公司由王某等人控制,目前王某等3人已被抓获,案件已移交司法机关。\n",
        lambda ch, rec, n: not any(k in p for p in ch + rec
                                   for k in ("出售普通发票", "调取了这家公司", "闲置的民房", "已被抓获"))),
    # a paper quotes the contents of the government work report it discusses (`主要内容包括,…;下调…;今年务必使…`), which are
    # the background, and each content item comes out as a recommendation beside the author's own `必须…` (9944: the report's
    # rate cuts, the contribution cut and `今年务必使…` as recommendations; 9946, 9954, 9956: measures done or services
    # described filed the same way)
    "reported-policy-contents-filed-as-recommendation": (
        "内容提要:近年来我国出台了大量减税降费措施,但企业的获得感并不强。本文认为,新一轮减税降费必须切实降低企业的制度性交易成本。\n"
        "2022年政府工作报告提出,今年将实施新的组合式税费支持政策。主要内容包括,实施大规模增值税留抵退税,将小规模纳税人增值税"
        "起征点提高到月销售额15万元;下调部分行业社保缴费比例,各地可降至16%;今年务必使中小微企业税费负担有实质性下降。\n",
        lambda ch, rec, n: any("制度性交易成本" in p for p in rec)
        and not any(k in p for p in rec for k in ("起征点提高到", "各地可降至16%", "今年务必使"))),
    # an accountant's essay names each risk in a short heading line (`发票风险暗礁`) and opens on its verdict (`核心问题都出在…`);
    # the headings and the verdict are missed and the client stories under them are taken instead (9949: 1 of 4, the heading
    # and the verdict missed; 9960: the heading `合规成本陡增` missed)
    "risk-headings-missed": (
        "# 做了十五年会计,说说小公司最容易踩的税务坑\n\n"
        "干我们这行的都知道,很多小公司出事,核心问题都出在老板对税务风险没有概念。\n\n"
        "私户收款隐患\n\n"
        "很多老板习惯用个人卡收货款,觉得钱进了自己口袋税务局就查不到。去年我接了一个做建材的客户,老板用自己的卡收了两百多万"
        "货款,公司账上却一直申报亏损,结果银行流水一比对就露了馅,补税加滞纳金一共四十多万。\n\n"
        "发票风险暗礁\n\n"
        "还有的老板为了多抵扣,从外面买票入账。我见过一个做家具的客户,找人买了二十万的专票,后来开票方走逃失联,他这边抵扣的"
        "税额全部转出,还被罚了款。\n",
        lambda ch, rec, n: any("发票风险暗礁" in p for p in ch) and any("核心问题都出在" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 174 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = set()


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part174_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))


def test_part174_kind_predicates_accept_a_right_answer():
    """Each predicate holds on a hand-written right answer, so an xfail above fails on the pipeline, not on its predicate."""
    right_answers = {
        "nested-first-to-third-under-heading-missed": (
            ["发票领用审核把关不严", "对法定代表人身份核验不到位", "对经营场所实地核查走过场", "超出经营规模核定发票用量",
             "发票异常预警处置不及时", "对系统推送的异常发票疑点未在规定时限内核查", "核查结论简单套用模板"], [], 1),
        "finding-with-should-not-filed-as-recommendation": (
            ["其中31户不符合条件的企业,享受税收优惠2.6亿元", "有29户(占45%)具备建账条件,按规定不应继续实行定额征收",
             "还有一些税务所未按规定逐户调整定额,而是多年沿用较低的核定税额"], [], 1),
        "enforcement-case-narration-filed-as-challenge": ([], [], 1),
        "reported-policy-contents-filed-as-recommendation": (
            ["近年来我国出台了大量减税降费措施,但企业的获得感并不强"], ["新一轮减税降费必须切实降低企业的制度性交易成本"], 1),
        "risk-headings-missed": (
            ["核心问题都出在老板对税务风险没有概念", "私户收款隐患", "发票风险暗礁"], [], 1),
    }
    assert set(right_answers) == set(KINDS)
    for kind, (ch, rec, n) in right_answers.items():
        assert KINDS[kind][1](ch, rec, n), kind
    # and each predicate rejects a wrong answer of the kind's own shape
    assert not KINDS["nested-first-to-third-under-heading-missed"][1](
        ["发票领用审核把关不严", "发票异常预警处置不及时"], [], 1)
    assert not KINDS["finding-with-should-not-filed-as-recommendation"][1](
        ["其中31户不符合条件的企业,享受税收优惠2.6亿元"],
        ["审计抽查的64户实行定期定额征收的个体工商户中,有29户(占45%)具备建账条件,按规定不应继续实行定额征收"], 1)
    assert not KINDS["enforcement-case-narration-filed-as-challenge"][1](
        ["检查人员随即对公司注册地址进行实地核查,发现该地址是一间闲置的民房"], [], 1)
    assert not KINDS["reported-policy-contents-filed-as-recommendation"][1](
        [], ["新一轮减税降费必须切实降低企业的制度性交易成本", "下调部分行业社保缴费比例,各地可降至16%"], 1)
    assert not KINDS["reported-policy-contents-filed-as-recommendation"][1]([], [], 1)
    assert not KINDS["risk-headings-missed"][1](
        ["很多老板习惯用个人卡收货款,觉得钱进了自己口袋税务局就查不到", "还有的老板为了多抵扣,从外面买票入账"], [], 1)
