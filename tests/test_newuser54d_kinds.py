"""Kinds of faults seen on the blind trial set of Part 142 (benchmarks/data/aspects ids 8020-8045, newuser54d: internet
governance and public security as a new user brings them: police research reports and essays, a village dispute news item,
paper abstracts on minors online, disputes, telecom fraud and data compliance, 清朗 campaign news in Traditional, deputies' and
members' proposals on fraud, nuisance calls and cyber violence, app data-collection news, elderly-fraud pieces, with a work
plan, a Q&A and a report's work done as negatives), written as small texts of the tests' own. Marked ``xfail(strict=True)``:
they record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # a report's or commentary's opening cites a policy document's demand (`二十大报告指出要着力提高…`, `“十四五”规划纲要指出,
    # 要立足国内大循环…`) as background before its own matter: it is neither (the author reports it), yet it comes out as a
    # recommendation (8022, a negative, gives its only point so; 8037 `“十四五”规划纲要指出,要立足国内大循环…` as a
    # recommendation; 8038's purpose clause `发展健康向上的网络文化,…努力减少网瘾对未成年人的危害` likewise)
    "cited-policy-demand-as-recommendation": (
        "关于推进县域平安建设的调研报告\n平安是群众安居乐业的基本需求。党的二十大报告指出要着力提高公共安全治理水平,坚持安全"
        "第一、预防为主,不断完善公共安全治理体系。“十四五”规划纲要指出,要加快推进市域社会治理现代化,建设更高水平的平安中国。"
        "本文结合本县实际,从工作现状、经验做法等方面作一梳理。一、工作现状\n近年来,县局深入开展夏季治安打击整治行动,全年发案数"
        "同比下降12%。\n",
        lambda ch, rec, n: not any("指出" in p or "治理现代化" in p or "公共安全治理水平" in p for p in ch + rec)),
    # an office lists the targets of a campaign after a colon, each a short imperative separated by `;`
    # (`具体包括:整治A;打击B;规范C;…`), or a summary's `下步工作打算` is one sentence `对…等…信息进行整治,集中解决…`: they are
    # recommendations, yet they are dropped or, after `…突出问题,具体包括:`, come out as challenges (8029: 9 of 9 targets
    # missed with the model on, rules alone catch most; 8039: 4 of 4 missed, `全面啓動,開展治理` comes out instead; 8040
    # `尽快会同有关部门发布实施…`, `对重点问题…开展“回头看”` missed)
    "colon-semicolon-task-list-missed": (
        "市网信办召开发布会,介绍今年网络生态专项整治安排。今年专项行动聚焦七个方面的突出问题,具体包括:整治短视频"
        "低俗内容;打击网络水军刷量控评;规范直播带货宣传秩序;清理涉诈引流广告;整治暑期未成年人网络环境;整治网络戾气;"
        "治理虚假新闻信息。\n",
        lambda ch, rec, n: sum(any(k in p for p in rec) for k in ("短视频", "网络水军", "直播带货", "涉诈引流", "暑期未成年人",
                                                                 "网络戾气", "虚假新闻")) >= 5),
    # an account of work done describes how cases were handled with words that look like problems and measures
    # (`对排查出的…纠纷,逐一分析研判,…防止矛盾升级,引发不稳定隐患`, `不但…成功化解了矛盾纠纷,消除了苗头隐患`), a Q&A lists
    # the roles of a procedure (`及早发现和预防…:通过…可以及时发现潜在的…问题`), a plan assigns duties (`做好督导、检查、考核等工作`):
    # all are neither, yet they come out as challenges (8024: 6 challenges, none right; 8026: 4; 8035: 1 recommendation)
    "work-done-account-as-challenges": (
        "今年以来,某社区网格员开展矛盾纠纷大排查工作。对排查出来的纠纷,逐一登记建档,评估风险等级,制定化解方案;"
        "对当场能够化解的,当场化解,不拖延;对不能当场化解的,上报街道并落实稳控措施,防止矛盾激化,引发不稳定隐患。"
        "经过努力,社区成功化解了多起邻里纠纷,消除了一批苗头隐患。\n",
        lambda ch, rec, n: not ch),
    # an abstract states its measures as what the problem `要求` of a government (`要求某省创新…机制,改革…机制,建立健全…
    # 预警机制`) or what a body `决定…实施…工程`: they are recommendations, yet they are missed or folded into the challenge
    # before them (8025: 4 of 4 missed; 8038 `实施未成年人网络游戏成瘾综合防治工程` missed, the purpose clause
    # `发展健康向上的网络文化…` comes out instead)
    "measures-after-requires-verb-missed": (
        "摘要:当前某市基层矛盾纠纷呈现主体多元、类型交织的特点,主要由利益调整和诉求渠道不畅引发,要求该市完善多元调解机制,"
        "改革基层信访工作机制,建立健全矛盾风险预警机制,从源头上预防和化解矛盾纠纷。\n关键词:矛盾纠纷;多元调解;预警机制\n",
        lambda ch, rec, n: sum(any(k in p for p in rec) for k in ("完善多元调解机制", "改革基层信访工作机制",
                                                                 "建立健全矛盾风险预警机制")) >= 2),
    # a trend or a harm stated plainly, with no problem word (`针对…的诈骗犯罪越来越多`, `花样不断翻新,令人防不胜防`,
    # `…严重干扰正常生活和工作`, `去年…高达270亿通以上`, `…占比超70%,不少老人…更留下心理创伤`) is a challenge, yet it is
    # missed (8042: 3 of 6 missed; 8034: 3 of 4; 8045: 2 of 2; 8038 `甚至成为青少年违法犯罪的重要诱因之一`)
    "trend-and-harm-statements-missed": (
        "近年来,针对中小学生的网络诈骗越来越多。游戏装备交易、冒充明星返利、免费领皮肤等花样不断翻新,令人防不胜防。"
        "去年全市涉及未成年人的网络诈骗案件超过300起,其中冒充客服类占比超六成,不少家庭因此蒙受经济损失,孩子也留下心理阴影。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("越来越多", "花样不断翻新", "超过300起", "心理阴影")) >= 3),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 142 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"colon-semicolon-task-list-missed", "cited-policy-demand-as-recommendation"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part142_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))
