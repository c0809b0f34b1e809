"""Kinds of faults seen on the blind trial set of Part 149 (benchmarks/data/aspects ids 8440-8466, newuser56a: emergency management
and production safety as a new user brings them: 安委办 notices and safety meetings' demands, inspection and look-back news, essay-site
安全生产 speeches, forum news from 应急管理局 and 人大 / 政协, an 人大代表's 建议 and a proposal on bottled LPG, fire-accident retellings
and a report sample, glossed and converted Traditional mirrors, with work-done inspection counts, an annual summary's achievements and a
township's 应急预案 as negatives), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the
pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import re

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # an inspection's or campaign's tallies (`X方面:检查企业N家,发现一般隐患N条、已整改N条…`) are work done, yet they come out as
    # challenges (8447: 2 tallies, rules 4; 8466 `隱患1649項` and the group's `…進行集中梳理匯總,下達交辦函`; 8448 rules 3 tallies;
    # 8464 the opening `…应急管理部派出15个工作组…开展督导核查`; 8465 `分别抽查3户企业并将发现的问题移交县安委办督促整改…`)
    "inspection-tallies-filed-as-challenges": (
        "为落实全市安全生产大检查部署,县应急局联合消防、住建等部门开展为期一个月的集中检查行动。截至5月20日,非煤矿山方面:检查企业6家,"
        "发现一般隐患21条、已整改18条、限期整改3条。燃气方面:检查企业9家,查出一般隐患12条,已整改12条。建筑施工方面:检查工地11个,"
        "发现隐患27条,下达整改指令书5份。\n",
        lambda ch, rec, n: not any(re.search(r"隐患\d+条", p) for p in ch + rec)),
    # a statement of what a hazard's nature demands in general (`…都需要规范操作,以确保安全`), or a plan's purpose and principles,
    # is background, yet it comes out as recommendations (8462 `瓶装液化石油气在贮存、运输、经营、使用过程都需要注意规范操作` and
    # `以确保安全`; 8460 the background's `就必須將生態文明建設提上日程…` and `還要高度重視森林資源的保護工作…`; 8449 eight of a
    # 预案's 编制目的 and 工作原则 lines)
    "background-necessity-statements-filed-as-measures": (
        "随着城镇化推进,我县老旧小区和小餐馆大量使用瓶装液化气。由于液化气易燃易爆,在储存、配送和使用各环节都需要规范操作,以确保安全。"
        "但目前我县多数供应站不符合规范,主要问题是无证经营较多,执法力量不足。\n",
        lambda ch, rec, n: not any(k in p for p in rec for k in ("规范操作", "以确保安全"))),
    # a problem list whose items are one-word headings each followed by `体现在…` (or a numbered heading sentence followed by its
    # detail) gives the elaborations' problems only in part, and the item heads not at all (8461: 0 of `一是散。体现在…`,
    # `二是乱。体现在…`, `三是杂。体现在…`; 8462: `1.无证经营较多,相关部门监管困难。` and `2.部分经营企业责任意识不强、管理不到位、
    # 服务不规范。` missed, and the lead `我市多数液化气供应站都不符合有关规范,主要问题是:` missed)
    "one-word-headed-problem-items-with-elaboration-missed": (
        "当前我县烟花爆竹零售网点存在较大安全隐患,主要表现为:一是多。体现在网点数量逐年增加,审批把关不严,部分网点紧邻居民楼。"
        "二是小。体现在经营者多为个体户,储存场所面积狭小,消防器材配备不足。三是弱。体现在监管人员少、检查频次低,执法手段有限。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("审批把关不严", "消防器材配备不足", "检查频次低")) >= 2),
    # a comma chain of short measures after a demand or plan lead (`下一步,X将A,B,C,D,…` / `X要求,…要A,B,C`) loses its first
    # items (8464: `向各地通报此次专项检查督导工作情况`, `宣传典型做法`, `指出突出问题` missed; 8441: `深刻吸取事故教训`,
    # `组织力量对…进行全面排查` and the second demand `持续推进…风险辨识和隐患排查整治` missed; 8442 `…深入推进安全生产大检查活动`
    # missed; 8465 `确保消除各类安全隐患` missed)
    "comma-chain-measures-after-a-lead-lose-items": (
        "近日,省应急厅派出8个督查组,对全省尾矿库开展汛前安全督查。下一步,省应急厅将向各市反馈此次督查情况,推广先进经验,点明突出问题,"
        "推动问题整改,督促各地严格执法,确保形成闭环。\n",
        lambda ch, rec, n: sum(any(k in p for p in rec) for k in ("反馈此次督查情况", "推广先进经验", "点明突出问题",
                                                                 "推动问题整改")) >= 3),
    # a run of parallel demands joined by semicolons (`A要再提高,…;B要再强化,…;C要再深入,…`) or numbered inside one sentence
    # (`他要求,…一要A;二要B;三要C`) comes out as one point that crosses the items' bounds and drops the first (8443: one point from
    # `切实增强…紧迫感;责任意识…;风险防控和隐患治理要再深入`, 4 of 8 recalled; 8456: `…持之以恒抓安全,一要围绕安全隐患问题` cut at item 一,
    # `要时刻认清…` and `要坚持以人为本理念` missed; 8458: `要狠抓…,加強…,推進…` as one point and the first demand missed)
    "semicolon-joined-parallel-demands-merged-into-one-point": (
        "会议要求,各乡镇各部门安全意识要再增强,切实克服麻痹松懈思想;主体责任要再压实,层层签订安全责任书;隐患排查要再细致,"
        "做到不留死角;执法检查要再从严,对违法行为顶格处罚。\n",
        lambda ch, rec, n: sum(p.count("要再") == 1 for p in rec) >= 3),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 149 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"comma-chain-measures-after-a-lead-lose-items", "inspection-tallies-filed-as-challenges",
                    "one-word-headed-problem-items-with-elaboration-missed"}  # the last: k157158 (points.short_label_body)


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part149_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))


def test_part149_kind_predicates_accept_a_right_answer():
    """Each predicate holds on a hand-written right answer, so an xfail above fails on the pipeline, not on its predicate."""
    right_answers = {
        "inspection-tallies-filed-as-challenges": ([], []),
        "background-necessity-statements-filed-as-measures": (["多数供应站不符合规范", "无证经营较多", "执法力量不足"], []),
        "one-word-headed-problem-items-with-elaboration-missed": (["网点数量逐年增加,审批把关不严,部分网点紧邻居民楼",
                                                                   "储存场所面积狭小,消防器材配备不足", "监管人员少、检查频次低,执法手段有限"], []),
        "comma-chain-measures-after-a-lead-lose-items": ([], ["向各市反馈此次督查情况", "推广先进经验", "点明突出问题", "推动问题整改",
                                                              "督促各地严格执法,确保形成闭环"]),
        "semicolon-joined-parallel-demands-merged-into-one-point": ([], ["安全意识要再增强,切实克服麻痹松懈思想",
                                                                         "主体责任要再压实,层层签订安全责任书", "隐患排查要再细致,做到不留死角",
                                                                         "执法检查要再从严,对违法行为顶格处罚"]),
    }
    assert set(right_answers) == set(KINDS)
    for kind, (ch, rec) in right_answers.items():
        assert KINDS[kind][1](ch, rec, 1), kind
    # and each predicate rejects the wrong answer its kind records
    assert not KINDS["inspection-tallies-filed-as-challenges"][1](["燃气方面:检查企业9家,查出一般隐患12条,已整改12条"], [], 1)
    assert not KINDS["background-necessity-statements-filed-as-measures"][1]([], ["在储存、配送和使用各环节都需要规范操作"], 1)
    assert not KINDS["one-word-headed-problem-items-with-elaboration-missed"][1](["体现在监管人员少、检查频次低,执法手段有限"], [], 1)
    assert not KINDS["comma-chain-measures-after-a-lead-lose-items"][1]([], ["督促各地严格执法,确保形成闭环"], 1)
    assert not KINDS["semicolon-joined-parallel-demands-merged-into-one-point"][1](
        [], ["切实克服麻痹松懈思想;主体责任要再压实,层层签订安全责任书;隐患排查要再细致,做到不留死角;执法检查要再从严"], 1)
