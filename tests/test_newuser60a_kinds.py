"""Kinds of faults seen on the blind trial set of Part 169 (benchmarks/data/aspects ids 9640-9663, newuser60a: party conduct,
cadres and grassroots Party organisations in mainland China as a new user brings them: a 民主生活会 self-check in first person,
软弱涣散 survey and rectification reports, a 党课 and a commentary on 容错纠错, a 整改措施 template, content-farm lists of
political shortcomings, a paper abstract on village first secretaries, a 党务工作者 survey, commentaries on 形式主义 and 为基层减负
(several in Traditional, converted with pinyin or mojibake), a page on village heads' hardship, a 大学生村官's complaint post,
a flipbook PDF page with interleaved columns, a cadre-exchange paper, with a bureau's news of practices done, a web-novel chapter
and a definition of 组织生活会 as negatives), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they
record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # a web-novel chapter where a character reads out a problems list (`当前的主要问题,一是……二是……`) is fiction, with no
    # challenge or recommendation of the document's own, yet the characters' lines come out as points (9653: 8 points;
    # rules alone 5)
    "fiction-dialogue-problem-list-filed-as-points": (
        "第十二章 汇报会\n“李部长,成绩就先说到这儿,问题呢?我们来之前提过要求,要多讲问题。”王处长道。\n"
        "“是是……有问题,有问题!”李明连忙翻到后面几页。\n“当前的主要问题,一是……一是党员教育管理不够经常……”\n"
        "“二是阵地建设不到位……”\n“三是组织生活开展不规范……”\n都是些不疼不痒、年年都讲的问题。\n"
        "王处长皱了皱眉头,放下了手里的笔。\n李明擦了擦额头上的汗:“要说问题,确实也有,比如现在村里党员老化的问题……”\n"
        "他说的是有的村党支部几十年就那几个人,年轻人一个也发展不进来。\n",
        lambda ch, rec, n: not ch and not rec),
    # a page on village cadres' hardship lists the duties that fall on them (`1.住建部门的危房改造,要一户一户的核实;`) to show
    # how much work there is; the list is the pressure's illustration, not advice, yet every item comes out as a
    # recommendation (9652: five `要一家一户的落实` items as recommendations, the pressure item and the resignations missed)
    "duties-list-illustrating-pressure-filed-as-recommendation": (
        "村干部的苦,有几个人知道?\n最近一些地方出现了村干部辞职的情况。\n有人用“一多一难”来概括村干部的工作。\n"
        "“一多”是指事情多。\n一位村支书说,上面各个部门的事最后都落到村干部身上:\n"
        "1.住建部门的危房改造,要一户一户的核实;\n2.民政部门的低保救助,要一个人一个人的审核;\n"
        "3.医保部门的参保缴费,要一家一家的去动员;\n4.农业部门的耕地保护,要一块一块的去巡查。\n",
        lambda ch, rec, n: not any(k in p for p in rec for k in ("一户一户的核实", "一个人一个人的审核", "一块一块的去巡查"))),
    # a grassroots cadre's one-paragraph complaint post states its problems in plain exclamations (`村里两委班子不团结`,
    # `一样保障都没有`) with no problem heading, and they are missed; only the opening disappointment comes out (9661: 0 of 5,
    # both modes)
    "complaint-post-problems-missed": (
        "我是一名大学生村官,2019年毕业后回到老家任职。本来想着大干一场,可是到村以后才发现日子真不好过。村里两委班子不团结,"
        "开会都吵成一锅粥,我们外来的就是他们的眼中钉。乡里把我们派下来以后就不管了,年底考核只听村干部几句话就给我们定了调子。"
        "一个月工资才一千出头,活儿却一点不少,社保、住房一样保障都没有,这样怎么让人留得住?好几次我都想卷铺盖回家了!\n",
        lambda ch, rec, n: any("班子不团结" in p for p in ch) and any("保障都没有" in p for p in ch)),
    # a commentary's verdict that a problem exists (`现实中,抱着“多干多错”想法的干部确实存在`) is a challenge, yet it comes out
    # as a recommendation glued to the demand that follows it, and the background sentences beside it likewise (9644: the
    # verdict filed as a recommendation with the model on, missed by the rules alone)
    "existence-verdict-filed-as-recommendation": (
        "容错纠错机制不是“免责金牌”\n建立容错纠错机制,有着深刻的现实背景。改革进入深水区,很多工作没有先例可循,难免出错。"
        "现实中,抱着“多干多错、少干少错”想法的干部确实存在,要破解这种状况,除了严格监督问责,也需要给干部撑腰鼓劲。\n"
        "容错纠错机制的作用要真正发挥,必须分清探索失误和违纪违法的界限,不能让别有用心的人钻了空子。\n",
        lambda ch, rec, n: any("确实存在" in p for p in ch) and not any("确实存在" in p for p in rec)),
    # a commentary's run-in section headings keyed on one character (`“查”字找病根,在“找问题”中追根溯源`, `“实”字作落点,
    # 在“抓落实”中不务虚功`) are its measures, yet one is filed as a challenge (it names 病根 and 问题) and the other is missed
    # (9655: both headings missed, 2 of 6 recommendations recalled)
    "character-keyed-section-headings-missed": (
        "莫让减负变增负\n为基层减负,非一日之功。近年来,各地出台了一系列举措,但在一些地方仍然出现“减负变增负”的现象。\n"
        "“查”字找病根,在“找问题”中追根溯源。要坚持问题导向,自上而下寻找问题的源头,看看上级机关有没有“层层加码”的作风问题。\n"
        "“实”字作落点,在“抓落实”中不务虚功。要始终保持求真务实的作风,敢于向“花架子”亮剑。\n",
        lambda ch, rec, n: any("追根溯源" in p for p in rec) and any("不务虚功" in p for p in rec)
        and not any("追根溯源" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 169 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {
    "character-keyed-section-headings-missed",  # k169172: points.character_keyed_heading_spans
    "existence-verdict-filed-as-recommendation",  # k169172: points.existence_verdict_spans
}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part169_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))


def test_part169_kind_predicates_accept_a_right_answer():
    """Each predicate holds on a hand-written right answer, so an xfail above fails on the pipeline, not on its predicate."""
    right_answers = {
        "fiction-dialogue-problem-list-filed-as-points": ([], [], 1),
        "duties-list-illustrating-pressure-filed-as-recommendation": (
            ["最近一些地方出现了村干部辞职的情况", "“一多”是指事情多"], [], 1),
        "complaint-post-problems-missed": (
            ["村里两委班子不团结", "乡里把我们派下来以后就不管了", "一个月工资才一千出头,活儿却一点不少",
             "社保、住房一样保障都没有"], [], 1),
        "existence-verdict-filed-as-recommendation": (
            ["抱着“多干多错、少干少错”想法的干部确实存在"],
            ["除了严格监督问责,也需要给干部撑腰鼓劲", "必须分清探索失误和违纪违法的界限,不能让别有用心的人钻了空子"], 1),
        "character-keyed-section-headings-missed": (
            ["在一些地方仍然出现“减负变增负”的现象"],
            ["“查”字找病根,在“找问题”中追根溯源", "要坚持问题导向,自上而下寻找问题的源头",
             "“实”字作落点,在“抓落实”中不务虚功", "要始终保持求真务实的作风,敢于向“花架子”亮剑"], 1),
    }
    assert set(right_answers) == set(KINDS)
    for kind, (ch, rec, n) in right_answers.items():
        assert KINDS[kind][1](ch, rec, n), kind
    # and each predicate rejects a wrong answer of the kind's own shape
    assert not KINDS["fiction-dialogue-problem-list-filed-as-points"][1](["都是些不疼不痒、年年都讲的问题"], [], 1)
    assert not KINDS["duties-list-illustrating-pressure-filed-as-recommendation"][1](
        [], ["住建部门的危房改造,要一户一户的核实", "民政部门的低保救助,要一个人一个人的审核"], 1)
    assert not KINDS["complaint-post-problems-missed"][1](["本来想着大干一场,可是到村以后才发现日子真不好过"], [], 1)
    assert not KINDS["existence-verdict-filed-as-recommendation"][1](
        [], ["现实中,抱着“多干多错、少干少错”想法的干部确实存在,要破解这种状况,除了严格监督问责,也需要给干部撑腰鼓劲"], 1)
    assert not KINDS["character-keyed-section-headings-missed"][1](
        ["“查”字找病根,在“找问题”中追根溯源"], ["要坚持问题导向,自上而下寻找问题的源头"], 1)
