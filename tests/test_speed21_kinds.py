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
