"""speed24: speed-ups of a document's first pass that change no output (issue 9, fifth round). Behaviour and
exactness only, never timing: each gate or combined scan answers as the reading it replaces, on inputs written here
(every word of the cue groups involved, embedded in a sentence, and sentences without one)."""

from __future__ import annotations

import random

import pytest

import summarizer.aspects as asp
import summarizer.points as pts


def _embedded(words, before="我们", after="，这是一个句子。"):
    return [before + w + after for w in words]


# --- points.comma_run_items: one scan for the five lead groups ---------------------------------------------------

SENTENCES = [
    "我们发现了留守儿童成绩问题悬而未决，辍学情况加重，心理问题突出",
    "留守儿童成绩问题悬而未决，辍学情况加重，心理问题突出",
    "解决这些问题需要全社会的共同努力，政府加大投入，学校丰富课程，家庭加强陪伴",
    "家庭、学校和政府均需要承担应有的责任，为他们健康成长创造一个适宜的环境，加强心理辅导",
    "今天天气很好，我们去公园散步，然后回家吃饭",
    "",
    "调查显示：一是经费不足；二是人手短缺；家庭、学校等各方面需要进一步努力",
]


def test_the_run_lead_scan_holds_exactly_when_one_group_does():
    lex = asp.lexicon()
    words = [w for g in pts.RUN_LEAD_GROUPS for w in lex.words(g)]
    assert words  # (the groups exist)
    texts = _embedded(words) + SENTENCES + ["没有任何引导词的普通句子。", "发", "共同"]
    for t in texts:
        expected = any(asp.has_cue(t, g) for g in pts.RUN_LEAD_GROUPS)
        assert (pts._run_lead_re().search(t) is not None) == expected, t


def test_comma_run_items_reads_a_finding_run():
    assert pts.comma_run_items(SENTENCES[0]) == (asp.CHALLENGE, [(5, 17), (18, 24), (25, 31)])
    assert pts.comma_run_items(SENTENCES[2]) == (asp.RECOMMENDATION, [(17, 23), (31, 37)])


def test_comma_run_items_without_a_lead_reads_none():
    assert pts.comma_run_items(SENTENCES[1]) == (None, [])  # the same clauses, no verb of finding before them
    assert pts.comma_run_items(SENTENCES[4]) == (None, [])


@pytest.mark.parametrize("sentence", SENTENCES)
def test_comma_run_items_is_the_same_with_the_gate_open(sentence, monkeypatch):
    gated = pts.comma_run_items(sentence)
    monkeypatch.setattr(pts, "_run_lead_re", lambda: _Always())
    assert pts.comma_run_items(sentence) == gated


class _Always:
    """A pattern stand-in whose search always finds (the gate open)."""

    def search(self, _text):
        return True


# --- aspects.states_verdict: the clause filter asked only of clauses with a verdict phrase -----------------------

VERDICTS = [
    "新政推行三年，成效不彰。",
    "基层人手不够，力不从心。",
    "要着力扭转头痛医头的做法，切忌一刀切。",  # a measure's object and a prohibition: no verdict
    "如果演变成强制，那会适得其反。",  # hypothetical
    "市民苦不堪言的处境",  # an attribute
    "这种做法适得其反，我们要着力扭转头痛医头的做法",
    "希望有关部门解决力不从心的问题，成效不彰",
    "",
]


def _old_states_verdict(sentence):
    """main's reading before speed24: every stating clause found first, then a verdict phrase in one of them."""
    m = asp.cue_pattern("prose_verdict").search(sentence)
    if not m or asp.condition_at(sentence, 0, m.start()) >= 0 or asp._otherwise_re().search(sentence, 0, m.start()):
        return False
    return any(map(asp._verdict_in, asp._stating_clauses(sentence)))


@pytest.mark.parametrize("sentence", VERDICTS)
def test_states_verdict_answers_as_before(sentence):
    assert asp.states_verdict.__wrapped__(sentence) == _old_states_verdict(sentence)


def test_states_verdict_values():
    assert [asp.states_verdict.__wrapped__(s) for s in VERDICTS] == [True, True, False, False, False, True, True,
                                                                     False]


def test_states_verdict_on_every_verdict_phrase():
    for phrase in asp.lexicon().words("prose_verdict"):
        for s in (f"这项工作{phrase}。", f"要着力扭转{phrase}的局面，加强管理。", f"政策推行以后，{phrase}"):
            assert asp.states_verdict.__wrapped__(s) == _old_states_verdict(s), s


def test_stating_clauses_keeps_the_clauses_that_may_state():
    s = "着重解决征地规模过大的问题，基层人手不够，切勿办成形象工程"
    assert asp._stating_clauses(s) == ["基层人手不够"]


# --- aspects.names_task_as_challenge: the pattern's last word tested first ---------------------------------------

TASKS = [
    "提高满足率、缩短获取时滞是文献传递工作面临的重大挑战。",
    "破解融资难是当前的最大难题",
    "挑战是提高满足率。",  # the noun opens, no task named hard
    "这是我们要挑战的目标",
    "他是难点攻坚队员",
    "是挑战",
    "",
]


def test_names_task_as_challenge_values():
    assert [asp.names_task_as_challenge(s) for s in TASKS] == [True, True, False, False, False, False, False]


def test_names_task_as_challenge_answers_as_the_pattern_alone():
    words = asp.lexicon().words("task_challenge_noun")
    texts = TASKS + [f"提高效率是工作面临的{w}" for w in words] + [f"提高效率是{w}之一" for w in words]
    rng = random.Random(24)
    alphabet = "是的提高挑战难题点关瓶颈，。短板工作"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(400)]
    for t in texts:
        s = t.strip().rstrip("。！!；;")
        expected = "是" in s and asp._task_challenge_re().fullmatch(s) is not None
        assert asp.names_task_as_challenge(t) == expected, t


# --- points._turned_shortfall_points: one scan for an adversative -------------------------------------------------

def test_an_adversative_scan_holds_exactly_when_a_word_is_in_the_text():
    words = asp.lexicon().words("adversative")
    for t in _embedded(words) + ["成绩显著，但问题仍然突出。", "成绩显著。", ""]:
        assert asp.has_cue(t, "adversative") == any(w in t for w in words), t


def test_linear_on_long_and_many_inputs():
    long_line = "基层人手不够，" * 15000  # about 100,000 characters
    assert pts._run_lead_re().search(long_line) is None
    asp.states_verdict.__wrapped__(long_line)
    asp.names_task_as_challenge(long_line)
    for _ in range(10000):
        asp.names_task_as_challenge("是挑战。")


# --- aspects.prose_aspect: the modals but 要 in one scan ----------------------------------------------------------

def test_the_modal_scan_holds_exactly_when_a_modal_but_yao_is_in_the_text():
    modals = asp._PROSE_MODALS[:-1]
    texts = _embedded(asp._PROSE_MODALS) + ["只要努力就行。", "应", "", "有必", "需要"]
    for t in texts:
        assert (asp._PROSE_MODAL_NOT_YAO.search(t) is not None) == any(m in t for m in modals), t
    assert asp._PROSE_MODAL_NOT_YAO.search("我们要努力") is None  # 要 alone is not among them


def test_prose_aspect_reads_a_modal_and_a_deficiency():
    assert asp.prose_aspect("政府应加强对养老机构的监管。") == asp.RECOMMENDATION
    assert asp.prose_aspect("社区养老服务设施严重不足，专业人员缺乏。") == asp.CHALLENGE
    assert asp.prose_aspect("今天我们去公园散步。") is None


# --- points: literal gates on addressed_demand_clauses (要求), need_chain_clauses (需要), narrates_work_done ---------

def test_addressed_demand_needs_its_verb():
    s = "巡察组要求，被巡察的村要认真落实主体责任，增强服务意识，提高整改实效"
    assert pts.addressed_demand_clauses(s) == [(12, 20), (21, 27), (28, 34)]
    assert pts.addressed_demand_clauses(s.replace("要求", "希望")) == []  # no demand verb: none
    for t in (s, s.replace("要求", "希望"), "会议要求", ""):
        assert (pts._ADDRESSED_DEMAND.search(t) is None) or "要求" in t


def test_need_chain_needs_its_modal():
    s = "完善补偿机制，首先需要完善财政补助政策，落实医保支付的补偿，政府建立专项资金，完善价格补偿政策，保障运行切实有效"
    assert pts.need_chain_clauses(s) == [(11, 19), (20, 29), (30, 38), (39, 47), (48, 56)]
    assert pts.need_chain_clauses(s.replace("需要", "应当")) == []
    for m in pts._NEED_CHAIN.finditer(s + "有需要，不需要，更需要"):
        assert "需要" in m.group()


@pytest.mark.parametrize("sentence,expected", [
    ("近年来，我镇坚持以党建为统领，紧扣发展思路，全面完成了上半年工作任务。", True),
    ("多年来，该村坚持发展集体经济", True),
    ("全体干部坚持学习，不断取得新成绩", True),
    ("我们要坚持学习，全面完成了任务", False),  # a modal: prescribes
    ("坚持学习，强化服务，落实责任", False),  # nothing attained, no period: neither gate word
    ("确保实现了目标", False),  # a goal word in the last clause
])
def test_narrates_work_done(sentence, expected):
    assert pts.narrates_work_done(sentence) is expected


def test_narrates_work_done_gate_words_are_in_every_match():
    for t in ("近年来，", "近几年来，", "多年来，", "党的十八大以来，", "今年上半年以来，"):
        m = pts._PAST_PERIOD_OPENER.match(t)
        assert m is not None and "来" in m.group()
    for t in ("取得了", "完成了", "奠定了", "不断取得", "取得新成绩", "有了新"):
        m = pts._ATTAINED_CLOSE.search(t)
        assert m is not None and ("了" in m.group() or "取得" in m.group())


# --- aspects._same_tuple_memo: the word tables looked up by the identity of the lexicon's tuples ------------------

def test_word_tables_by_identity_equal_those_by_value():
    for group in ("imperative", "remedy", "challenge_predicate", "modal"):
        words = asp.lexicon().words(group)
        copy = tuple(list(words))  # another tuple, equal: found by value
        assert copy is not words
        assert asp._by_first_char(words) is asp._by_first_char(words)  # the same table at each call
        assert asp._by_first_char(copy) == asp._by_first_char.__wrapped__(words)
        assert asp._by_prefix(copy) == asp._by_prefix.__wrapped__(words)


def test_word_tables_group_in_order():
    table = asp._by_first_char(("加强", "加快", "完善", "加"))
    assert table == {"加": ("加强", "加快", "加"), "完": ("完善",)}
    assert asp._by_prefix(("不足", "不够", "差", "不足以")) == {"不足": ("不足", "不足以"), "不够": ("不够",), "差": ("差",)}


def test_the_identity_memo_is_bounded_and_exact_for_tuples_built_anew():
    for k in range(3 * asp._SAME_TUPLE_MAX):
        words = (f"词{k}", "加强", f"词{k}乙")
        assert asp._by_first_char(words) == {"词": (f"词{k}", f"词{k}乙"), "加": ("加强",)}
    assert asp._by_first_char(()) == {}
