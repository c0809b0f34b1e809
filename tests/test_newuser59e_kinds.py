"""Kinds of faults seen on the blind trial set of Part 168 (benchmarks/data/aspects ids 9580-9602, newuser59e: minors, families
and youth in mainland China as a new user brings them: a 政协委员's news on youth mental health, a paper abstract on school bullying,
content-farm pages on internet addiction (one in Traditional), childcare news and features (two in Traditional), a 双周协商 on
childcare, a provincial member's childcare proposal in Traditional, a 妇联界别 group discussion, a CPPCC plenary speech from an
epaper, a game-limit report and two disguised-tutoring reports in Traditional, a forum mirror of a tutoring news with an ad, a Q&A
answer on bullying, a 人大 meeting on women's and children's rights in Traditional, a 妇联 inspection visit, a procuratorate's
publicity visits, a law firm's note on the draft law, a teen-depression feature and a spam mirror with pinyin, with a law
interpretation and a white-paper summary as negatives), written as small texts of the tests' own. Marked ``xfail(strict=True)``:
they record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # a reporter's investigation states its problem as a finding with no problem word (`…逐渐冒了出来`, `被包装成…名目`,
    # `暗地里照旧开展学科类培训`), and nothing comes out (9591, 9592: disguised tutoring after 双减, 0 of 2 and 0 of 3, no point;
    # 9593: a forum mirror of the same news, 0 of 4)
    "investigation-finding-without-problem-word-missed": (
        "近日,省教育厅等部门印发通知,要求加强校外培训监管。\n"
        "“双减”实施两年来,一些变相培训逐渐冒了出来。原本的学科辅导换了个说法,被包装成“高端托管”“陪读管家”“游学营”等名目,"
        "还有的培训机构挂上书法、围棋等非学科类培训的招牌,暗地里照旧开展学科类培训。连日来,本报记者进行了走访。\n",
        lambda ch, rec, n: any("开展学科类培训" in p or "被包装成" in p for p in ch)),
    # a paper abstract names its causes after a colon (`…的可能成因:A下的B、C下的D。`) and they are missed, while the
    # suggestions after the next colon are all found (9581: both causes of school bullying missed, the three suggestions found)
    "causes-listed-after-colon-in-abstract-missed": (
        "摘要:本文利用某省2022年中学生调查数据,分析了初中生网络沉迷的影响因素,发现住校生和单亲家庭学生沉迷比例更高。"
        "在此基础上,本文讨论了网络沉迷的可能成因:亲子沟通缺失下的情感代偿、同辈压力下的从众性游戏行为。最后,本文提出干预建议:"
        "规范家庭电子设备使用规则;丰富校园课余文体活动;加强网络游戏企业的防沉迷责任。\n",
        lambda ch, rec, n: any("情感代偿" in p for p in ch) and any("从众性游戏行为" in p for p in ch)),
    # an expert's verdict `…但从整体看,仍处于…阶段,还面临一些发展中的短板弱项,须进一步…` holds a challenge (the stage and its
    # weak spots) and a demand, yet the challenge is missed (9602: nothing recalled, the `须进一步补齐短板,…` demand filed as a
    # challenge on the pinyin-annotated mirror; on this plain text nothing comes out at all)
    "still-early-stage-weak-spots-missed": (
        "今年全省两会上,不少代表委员关注学前教育。受访专家表示,当前,我省普惠性幼儿园建设进展明显,但从整体看,仍处于爬坡阶段,"
        "还面临一些发展中的短板弱项,须进一步加大投入,建设就近可及、收费合理、质量可靠的普惠性幼儿园。\n",
        lambda ch, rec, n: any("爬坡阶段" in p or "短板弱项" in p for p in ch)
        and not any("须进一步加大投入" in p for p in ch)),
    # a summary of a procuratorate's white paper lists practices done (`推动分级矫治。检察机关积极推动…`, `积极促推专门学校建设,…`),
    # neither challenge nor recommendation, yet they come out as recommendations (9598, a negative: 5 points; 9597's law
    # provisions `明确规定…应当…` 6 points; 9600's quoted provisions 5 of 6 predicted points wrong)
    "practices-done-in-report-summary-filed-as-recommendation": (
        "6月1日,省检察院发布《未成年人检察工作白皮书(2023)》。白皮书从办案数据、犯罪预防、权益保护等五个方面进行了分析总结。\n"
        "推动分级矫治。检察机关积极推动罪错未成年人分级干预,会同相关部门做实做细矫治工作。积极促推专门学校建设,建立健全检察机关与"
        "专门学校衔接机制。某市检察院会同相关部门促推建成专门学校3所,已依法矫治教育罪错未成年人210余人。\n",
        lambda ch, rec, n: not any(k in p for p in ch + rec for k in ("推动分级矫治", "促推专门学校建设"))),
    # a feature's parents' stories (`和张丽不一样,王芳没有选择`) are case narration, yet a story sentence comes out as a challenge
    # beside the real gap (9584: `和劉美不一樣,孫茜沒有選擇` and `隔代在教育理念存在差異` as challenges; 9585: a mother's survey of
    # the centres near her home; 9601: a patient's and a teacher's quoted words)
    "feature-anecdote-filed-as-challenge": (
        "7月15日,国家卫健委介绍,全国婴幼儿入托率约为6%,托位供给与家庭需求之间缺口仍然较大。\n"
        "为了照看一岁半的儿子,张丽辞去了工作。“我不放心让老人带孩子,老人带孩子容易惯着。”\n"
        "和张丽不一样,王芳没有选择。王芳夫妻都在上海上班,父母在外地,年纪大了来不了。\n"
        "即便在同一个省,托位的供需也不平衡。\n",
        lambda ch, rec, n: not any("王芳没有选择" in p for p in ch + rec) and any("缺口仍然较大" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 168 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {
    "causes-listed-after-colon-in-abstract-missed",  # k168b: a cause noun before the colon reads a pair of causes
    "still-early-stage-weak-spots-missed",  # k164168: aspects.interviewed_expert, an expert's verdict is no official's
}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part168_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))


def test_part168_kind_predicates_accept_a_right_answer():
    """Each predicate holds on a hand-written right answer, so an xfail above fails on the pipeline, not on its predicate."""
    right_answers = {
        "investigation-finding-without-problem-word-missed": (
            ["一些变相培训逐渐冒了出来", "还有的培训机构挂上书法、围棋等非学科类培训的招牌,暗地里照旧开展学科类培训"], [], 1),
        "causes-listed-after-colon-in-abstract-missed": (
            ["亲子沟通缺失下的情感代偿", "同辈压力下的从众性游戏行为"],
            ["规范家庭电子设备使用规则", "丰富校园课余文体活动", "加强网络游戏企业的防沉迷责任"], 1),
        "still-early-stage-weak-spots-missed": (
            ["仍处于爬坡阶段,还面临一些发展中的短板弱项"], ["须进一步加大投入,建设就近可及、收费合理、质量可靠的普惠性幼儿园"], 1),
        "practices-done-in-report-summary-filed-as-recommendation": ([], [], 1),
        "feature-anecdote-filed-as-challenge": (
            ["全国婴幼儿入托率约为6%,托位供给与家庭需求之间缺口仍然较大", "即便在同一个省,托位的供需也不平衡"], [], 1),
    }
    assert set(right_answers) == set(KINDS)
    for kind, (ch, rec, n) in right_answers.items():
        assert KINDS[kind][1](ch, rec, n), kind
    # and each predicate rejects a wrong answer of the kind's own shape
    assert not KINDS["investigation-finding-without-problem-word-missed"][1]([], [], 1)
    assert not KINDS["causes-listed-after-colon-in-abstract-missed"][1](
        [], ["规范家庭电子设备使用规则", "丰富校园课余文体活动"], 1)
    assert not KINDS["still-early-stage-weak-spots-missed"][1](
        ["须进一步加大投入,建设就近可及、收费合理、质量可靠的普惠性幼儿园"], [], 1)
    assert not KINDS["still-early-stage-weak-spots-missed"][1](
        ["仍处于爬坡阶段", "须进一步加大投入,建设就近可及的普惠性幼儿园"], [], 1)
    assert not KINDS["practices-done-in-report-summary-filed-as-recommendation"][1](
        [], ["推动分级矫治", "积极促推专门学校建设,建立健全检察机关与专门学校衔接机制"], 1)
    assert not KINDS["feature-anecdote-filed-as-challenge"][1](
        ["全国婴幼儿入托率约为6%,托位供给与家庭需求之间缺口仍然较大", "和张丽不一样,王芳没有选择"], [], 1)
