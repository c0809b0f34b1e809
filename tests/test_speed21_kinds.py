"""speed21: engine-level speed-ups that change no output (issue 9), and the CPU-time options of
``benchmarks.profile_pipeline``. Behaviour only, never timing: each gate answers exactly what the full reading
answers, on small inputs written for these tests."""

from __future__ import annotations

import re
import time

import pytest

import summarizer.aspects as asp
import summarizer.points as pts

# sentences of several kinds: a deficiency stated, a consequence, a count of what remains, a proneness, a measure,
# plain narration, an exclusion compound, a denied problem, a lack stated twice, excess (太…了), a question
SENTENCES = [
    "政策执行不力，导致群众负担加重。",
    "审批程序繁琐，令企业成本大幅增加。",
    "今年举办了三场招聘会。",
    "推进适老化改造工作。",
    "部分设施老化严重。",
    "设备陈旧老化，服务能力不足，群众意见较大。",
    "我们要加强管理。",
    "全县仍有危房1200户。",
    "雨天路面湿滑，行人容易滑倒。",
    "这本身没有问题，大家可以放心。",
    "既没有回收渠道，也没有管制措施。",
    "排队时间太长了，市民怨声载道。",
    "覆盖面仍很小，参与度依然偏低。",
    "存在着错误的就业观念。",
    "着重解决征地规模过大的问题：切勿办成形象工程；",
    "",
    "，。；",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_prose_deficits_gate_answers_as_the_full_reading(sentence, monkeypatch):
    """The one-scan gate of _prose_deficits (no word any reading needs: nothing found) gives the same words as the
    reading without it."""
    gated = asp._prose_deficits.__wrapped__(sentence)
    monkeypatch.setattr(asp, "_deficit_literal_re", lambda: re.compile(""))  # every sentence read in full
    assert asp._prose_deficits.__wrapped__(sentence) == gated


def test_prose_deficits_gate_values():
    raw = asp._prose_deficits.__wrapped__
    assert raw("政策执行不力，导致群众负担加重。") == frozenset({"不力", "负担加重"})
    assert raw("全县仍有危房1200户。") == frozenset({"仍有"})
    # negative: narration and a measure hold no word of any reading: nothing, without reading the clauses
    assert asp._deficit_literal_re().search("今年举办了三场招聘会。") is None
    assert raw("今年举办了三场招聘会。") == frozenset()
    assert raw("我们要加强管理。") == frozenset()


def test_deficit_literals_hold_no_clause_break_or_space():
    """What makes the gate exact: no word of the gate holds a clause break or a space, so joining kept clauses with
    ``，`` or blanking words with spaces creates no word the sentence lacks."""
    words = set(asp._DEFICIT_LITERALS)
    for group in ("prose_challenge", "prose_complaint", "remaining_verb", "remaining_negation", "proneness_adverb"):
        words.update(asp.lexicon().words(group))
    assert words and not any(re.search(r"[,，;；:：。！？!?\s]", w) for w in words)


def test_consequence_harms_gate():
    # a consequence word (导致) with a harm in its clause: the cause clause before it is part of the point
    assert pts.consequence_harms("政策执行不力，导致群众负担加重。") == [(0, 15)]
    # negative: no consequence word at all (令 is one; 繁琐…增加 states a burden but no consequence word opens it here)
    assert pts.consequence_harms("今年举办了三场招聘会。") == []
    assert pts.consequence_harms("设备陈旧老化，服务能力不足，群众意见较大。") == []
    assert pts.consequence_harms("") == []
    assert pts.consequence_harms("   ") == []
    # the lead adverbs are tried longest first, as before (从而导致: 从而 is the lead, not 从)
    assert pts._CONSEQUENCE_LEAD_LONGEST == tuple(sorted(pts._CONSEQUENCE_LEAD, key=len, reverse=True))


def test_challenge_strength_exclusion_blanked_only_when_present():
    # 适老化 (age-friendly) holds 老化 without stating it: blanked, nothing counted
    assert asp.challenge_strength.__wrapped__("推进适老化改造工作。") == 0
    # negative: a text with no exclusion word keeps its predicate (老化 counted)
    assert asp.challenge_strength.__wrapped__("部分设施老化严重。") == 1
    assert asp.challenge_strength.__wrapped__("设备陈旧老化，服务能力不足，群众意见较大。") == 2


def test_gates_are_linear_on_long_and_many_inputs():
    """A 100,000-character line and 10,000 tiny sentences go through the gates (one scan each)."""
    line = "今年举办了三场招聘会" * 10_000
    assert asp._prose_deficits.__wrapped__(line) == frozenset()
    assert pts.consequence_harms(line) == []
    tiny = ["好。"] * 10_000
    assert all(asp._prose_deficits.__wrapped__(s) == frozenset() for s in tiny)
    assert all(pts.consequence_harms(s) == [] for s in tiny)


def test_cpu_clock_swaps_and_restores_the_pipeline_clock():
    from benchmarks.profile_pipeline import cpu_clock
    import summarizer.pipeline as pipeline

    before = pipeline.time
    with cpu_clock() as clock:
        assert clock is time.process_time
        assert pipeline.time.perf_counter is time.process_time
    assert pipeline.time is before


def test_profile_corpus_and_jieba_floor_with_the_cpu_clock():
    pytest.importorskip("jieba")
    from benchmarks.profile_pipeline import cpu_clock, jieba_seconds, profile_corpus

    texts = ["政策执行不力，导致群众负担加重。我们要加强管理。", "今年举办了三场招聘会。"]
    with cpu_clock() as clock:
        r = profile_corpus(texts, 1, clock=clock)
        floor = jieba_seconds(texts, 2, clock=clock)
        cold = jieba_seconds(texts, 2, clock=clock, cold=True)
    assert r["documents"] == 2 and r["chars"] == sum(map(len, texts))
    assert r["seconds"] >= 0 and set(r["groups"]) >= {"decode_clean", "structure", "tokenize", "rank", "output"}
    assert floor >= 0 and cold >= 0


# (sentence, remedies_problem, opens_with_remedy, _modal_actions, _imperative_opening, weak_modal_run,
# starts_imperative): the answers of main before the gates (b8e0efc), which each gate must keep
READERS = [
    ("要加强监管，完善制度，推进改革。", False, False, ["要"], True, True, True),
    ("着力破解乡村教师待遇偏低的难题。", True, True, [], True, False, True),
    ("政府应着力破解融资难的难题。", True, True, ["应"], False, False, False),
    ("有效缓解了看病难的问题。", False, True, [], False, False, False),  # a result reported: no remedy measure
    ("今年举办了三场招聘会。", False, False, [], False, False, False),  # negative: none of the words at all
    ("严厉查处拖欠补偿费的行为。", False, False, [], True, False, False),
    ("村民说要修路，修了三年。", False, False, [], False, False, False),  # a 要 inside a clause: no run
    ("要深入开展法治宣传教育，推进公共法律服务向农村延伸，引导村民依法表达诉求。", False, False, [], True, True, True),
    ("应进一步加强基层队伍建设。", False, False, ["应"], True, False, True),
    ("加强落实社区基层自治制度，提升服务水平。", False, False, [], True, False, True),
    # 还要 is a modal adverb before a verb since w71 (_REMEDY_ADVERBS), read as 要 and 必须 are: an imperative opening
    ("还要加强监督。", False, False, ["要"], True, False, False),
    ("", False, False, [], False, False, False),
]


@pytest.mark.parametrize("sentence,remedies,opens,modals,imperative,run,starts", READERS)
def test_gated_readers_answer_as_before(sentence, remedies, opens, modals, imperative, run, starts):
    assert asp.remedies_problem.__wrapped__(sentence) is remedies
    assert asp.opens_with_remedy.__wrapped__(sentence) is opens
    assert asp._modal_actions(sentence) == modals
    assert asp._imperative_opening(sentence) is imperative
    assert asp.weak_modal_run(sentence) is run
    assert asp.starts_imperative(sentence) is starts


def test_reported_clauses_gate():
    # a speaker's frame (他又提及，…; 某某则指出，…；另外，他亦称…): each clause that states a problem or a measure
    assert pts.reported_clauses("他又提及，该法例滞后危及公帑，但第一阶段依然未见踪影，所以他会继续监督政府，让施政更透明。") == [
        ("challenge", 5, 14), ("challenge", 15, 26), ("recommendation", 31, 44)]
    # (trad22: 他亦称 with no comma after it frames the second part too, aspects._PRONOUN_SAID)
    assert pts.reported_clauses("某某则指出，审批程序过慢，令市民不满，望政府加强监督；另外，他亦称资源严重不足，需要尽快增加人手。") == [
        ("challenge", 6, 12), ("recommendation", 19, 26), ("challenge", 33, 39), ("recommendation", 40, 48)]
    # negative: no reporting or mentioning verb anywhere, so no part opens with a speaker's frame
    assert pts._frame_verb_re().search("政府监管不力，市民负担加重。") is None
    assert pts.reported_clauses("政府监管不力，市民负担加重。") == []


@pytest.mark.parametrize("sentence,count", [
    ("要加强监管，完善制度，推进改革。", 3),  # a modal clause, then two imperative clauses
    ("应进一步加强基层队伍建设。", 1),
    ("不能陷溺于过去，而要加码提出新方案。", 1),  # 而要: a link before the modal
    ("今年举办了三场招聘会。", 0),  # negative: neither a modal nor an imperative word: no clause read
    ("", 0),
])
def test_modal_strength_gate(sentence, count):
    assert asp.modal_strength(sentence) == count
