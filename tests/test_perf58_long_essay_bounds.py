"""Bounds of the points stage on very long essays, and the memo of repeated essays (perf58).

``points.GUARDED_POINTS_MAX``: at most that many candidate points of an aspect (the first in text order) reach the
guards; ``points.FALLBACK_MAX_SENTENCES``: the unstructured fallback reads at most that many sentences (the
best-scored); ``pipeline._remembered_points``: an essay that repeats an earlier one of the same document takes a copy
of its points. The tests lower the two limits so that texts of a few hundred lines of their own pass them, count
what reaches the guarded work, and compare the output with the limits out of reach.
"""
from __future__ import annotations

import numpy as np
import pytest

import summarizer
import summarizer.aspects as asp
import summarizer.pipeline as pipeline
import summarizer.points as pts

from costs import MAX_RATIO
from costs import time_ratio as _ratio

_ORDINALS = "一二三四五六七八九十"


def _numbered_same(n: int) -> str:
    """``n`` numbered lines of one and the same measure (``0.健全网格管理`` …)."""
    return "".join(f"{i}.健全网格管理\n" for i in range(n))


def _ordinal_lines(n: int) -> str:
    """``n`` lines ``一是完善社区服务0。`` … whose measures differ by their numbers."""
    return "".join(f"{_ORDINALS[i % 10]}是完善社区服务{i}。\n" for i in range(n))


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


@pytest.fixture
def counted(monkeypatch):
    """Counts of what reaches the guards (candidates per aspect at ``_neither_and_flips``) and of the sentences the
    fallback reads (``_fallback_reading`` calls)."""
    seen: dict = {"guarded": [], "fallback": 0}
    guards, reading = pts._neither_and_flips, pts._fallback_reading

    def counting_guards(text, out, cut=None):
        seen["guarded"].append({aspect: len(points) for aspect, points in out.items()})
        return guards(text, out, cut)

    def counting_reading(*args, **kwargs):
        seen["fallback"] += 1
        return reading(*args, **kwargs)

    monkeypatch.setattr(pts, "_neither_and_flips", counting_guards)
    monkeypatch.setattr(pts, "_fallback_reading", counting_reading)
    return seen


def test_first_in_text_order_keeps_the_earliest_in_list_order():
    P = pts.RawPoint
    points = [P(asp.RECOMMENDATION, 50, 60), P(asp.RECOMMENDATION, 10, 20), P(asp.RECOMMENDATION, 30, 40),
              P(asp.RECOMMENDATION, 10, 15), P(asp.RECOMMENDATION, 5, 9)]
    kept = pts.first_in_text_order(points, 3)
    # (starts 5, 10, 10: the two at 10 both, in the list's order; the list's order kept)
    assert [(p.start, p.end) for p in kept] == [(10, 20), (10, 15), (5, 9)]
    assert pts.first_in_text_order(points, 5) is points


def test_fallback_sentences_are_the_best_scored_past_the_limit():
    assert pts.fallback_sentences(np.array([0.1, 0.3, 0.2]), 3) == range(3)
    # (ties: the earlier sentence)
    assert pts.fallback_sentences(np.array([0.1, 0.3, 0.2, 0.3, 0.05]), 2) == {1, 3}
    assert pts.fallback_sentences([0.2, 0.2, 0.2, 0.1], 2) == {0, 1}


def test_the_limits_hold_in_the_whole_pipeline_and_keep_this_output(monkeypatch, counted):
    text = _numbered_same(300)
    unbounded = _points(text)
    assert counted["guarded"][-1][asp.RECOMMENDATION] >= 299  # (every line a candidate, with no limit in reach)
    assert counted["fallback"] >= 299  # (no problem found: the fallback reads every line's sentence)
    monkeypatch.setattr(pts, "GUARDED_POINTS_MAX", 40)
    monkeypatch.setattr(pts, "FALLBACK_MAX_SENTENCES", 60)
    counted["guarded"].clear()
    counted["fallback"] = 0
    bounded = _points(text)
    assert counted["guarded"][-1][asp.RECOMMENDATION] == 40
    assert counted["fallback"] <= 60
    # (the same measure 300 times: the near-duplicate test keeps one, with or without the limits)
    assert bounded == unbounded == ([], ["健全网格管理"])


def test_below_the_limits_nothing_changes(monkeypatch, counted):
    text = _ordinal_lines(120)
    before = _points(text)
    assert len(before[1]) > 1
    monkeypatch.setattr(pts, "GUARDED_POINTS_MAX", 120)
    monkeypatch.setattr(pts, "FALLBACK_MAX_SENTENCES", 10 ** 6)
    assert _points(text) == before


def test_past_the_limit_the_first_candidates_in_text_order_compete(monkeypatch):
    monkeypatch.setattr(pts, "GUARDED_POINTS_MAX", 40)
    challenges, recommendations = _points(_ordinal_lines(300))
    numbers = [int(p.removeprefix("完善社区服务")) for p in recommendations]
    assert numbers and max(numbers) < 40  # (only the first 40 lines' measures reach the guards)


def test_the_cost_past_the_limits_grows_linearly(monkeypatch):
    monkeypatch.setattr(pts, "GUARDED_POINTS_MAX", 50)
    monkeypatch.setattr(pts, "FALLBACK_MAX_SENTENCES", 100)
    summarizer.summarize("加强基层治理。当前存在短板问题。建议完善制度。")  # (warm: dictionaries loaded)
    # (both sizes past both limits: 200 and 800 lines, each a candidate and a sentence the fallback may read)
    small, large = _ordinal_lines(200), _ordinal_lines(800)
    ratio, t_small, t_large = _ratio(lambda: summarizer.summarize(small), lambda: summarizer.summarize(large))
    assert ratio < MAX_RATIO, f"{t_small:.3f}s -> {t_large:.3f}s (x{ratio:.1f}) for 4x the input"


def _collection(essays: list[str]) -> str:
    return "".join(f"第{k + 1}篇\n{body}\n" for k, body in enumerate(essays))


_ESSAY_A = "社区养老服务存在短板。\n一是护理人员不足，流动性大。\n二是服务设施老化。\n建议加大财政投入，完善护理人员培训制度。"
_ESSAY_B = "农村垃圾分类推进缓慢。\n一是村民参与意识不强。\n二是收运体系不健全。\n建议建立积分奖励机制，健全收运处理体系。"


def test_a_repeated_essay_is_read_once_with_the_same_output(monkeypatch):
    text = _collection([_ESSAY_A, _ESSAY_B, _ESSAY_A, _ESSAY_A, _ESSAY_B])
    calls = []
    extract = pipeline.extract_points

    def counting(structure, *args, **kwargs):
        calls.append(structure.text)
        return extract(structure, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_points", counting)
    remembered = summarizer.summarize(text)
    assert len(remembered.essays) == 5
    assert len(calls) == len(set(calls)) == 2  # (one call per distinct essay)
    monkeypatch.setattr(pipeline, "_remembered_points", lambda doc, sentences, scores, compute: compute())
    calls.clear()
    fresh = summarizer.summarize(text)
    assert len(calls) == 5
    assert remembered.model_dump() == fresh.model_dump()
    first = remembered.essays[0]
    assert first.challenges and first.recommendations
    # (each copy's points are its own, at its own offsets in the input)
    assert remembered.essays[2].challenges[0].text == first.challenges[0].text
    assert remembered.essays[2].challenges[0].start > remembered.essays[1].start


def test_the_key_tells_apart_what_the_points_read():
    from summarizer.structure import parse
    from summarizer.sentences import split_sentences

    text = "存在的问题\n一是护理人员不足。\n二是服务设施老化。"
    structure = parse(text)
    sentences = split_sentences(text)
    roles = [None] * len(structure.items)
    scores = np.linspace(0.1, 0.5, len(sentences))
    key = pipeline.essay_points_key(structure, roles, sentences, scores)
    assert key == pipeline.essay_points_key(parse(text), roles, split_sentences(text), scores.copy())
    assert key != pipeline.essay_points_key(structure, roles, sentences, scores[::-1].copy())
    assert key != pipeline.essay_points_key(structure, [asp.ItemRole(asp.CHALLENGE, "point")] * len(roles),
                                            sentences, scores)
