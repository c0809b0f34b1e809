"""perf55 (issue 9): cheaper exact tests before expensive ones, the same answers.

- ``points.end_run_reaches``: the longer of two texts' common prefix and common suffix is a lower bound of the
  matched characters of difflib's ratio (no junk: its first block is a longest common substring), so a pair whose run
  alone reaches the threshold is a near duplicate with no matching blocks computed. ``_KeptText._ratio_reaches`` (the
  near-duplicate test of the points stage) answers as difflib's ratio does, bound or no bound;
- ``points.shared_chars_below``: difflib's ``quick_ratio`` (characters in common) is an upper bound of its ratio, so
  two differing middles with too few in common are unlike (``_parallel_middles``) with no matching blocks computed;
- ``aspects._actor_modal`` and ``_actor_modal_any`` search the modal before reading the imperative (a conjunction of
  pure tests, reordered): the same answer as the old order on headings written here.

Every text is written for these tests (no corpus document); nothing is timed."""

from __future__ import annotations

import difflib
import itertools
import random
import re

import pytest

from summarizer import aspects as asp
from summarizer import points as pts


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


PAIRS = [
    ("加强基层治理12", "加强基层治理13"), ("一是加强社区治理", "二是加强社区治理"), ("完善小学教育", "完善中学教育"),
    ("加强人才建设41", "加强人才建设1"), ("经费不足", "经费严重不足"), ("建立健全考核机制", "健全考核机制"),
    ("要加强人才建设", "要加强人才队伍建设"), ("治理", "治理"), ("", ""), ("", "治理"), ("甲", "乙"),
    ("aaabaab", "aaaaab"), ("基层负担重", "减轻基层负担"), ("提高服务水平", "服务水平提高"),
]


def _random_pairs(n: int, seed: int = 55):
    rng = random.Random(seed)
    alphabets = ["ab", "abc", "加强治理", "基层治理能力建设不足", "0123456789加强"]
    for _ in range(n):
        al = rng.choice(alphabets)
        a = [rng.choice(al) for _ in range(rng.randint(0, 24))]
        b = list(a) if rng.random() < 0.7 else [rng.choice(al) for _ in range(rng.randint(0, 24))]
        for _ in range(rng.randint(0, 4)):  # (a few edits: most pairs are near duplicates, as the stage's are)
            op = rng.random()
            if op < 0.4 and b:
                b[rng.randrange(len(b))] = rng.choice(al)
            elif op < 0.7:
                b.insert(rng.randint(0, len(b)), rng.choice(al))
            elif b:
                del b[rng.randrange(len(b))]
        yield "".join(a), "".join(b)


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9, 1.0])
def test_end_run_is_a_lower_bound_of_the_ratio(threshold):
    fired = 0
    for a, b in itertools.chain(PAIRS, _random_pairs(3000)):
        if pts.end_run_reaches(a, b, threshold):
            fired += 1
            assert _ratio(a, b) >= threshold, (a, b)
    assert fired > 100  # (the bound answers many of them: the fast path is exercised)


def test_end_run_values():
    assert pts.end_run_reaches("加强基层治理12", "加强基层治理13", 0.8)  # (prefix 7 of 16: 0.875)
    assert not pts.end_run_reaches("加强基层治理12", "加强基层治理13", 0.9)
    assert pts.end_run_reaches("一是加强社区治理", "二是加强社区治理", 0.8)  # (suffix 7 of 16)
    assert not pts.end_run_reaches("", "", 0.8)  # (two empty texts: the ratio itself answers, 1.0)
    assert not pts.end_run_reaches("甲", "乙", 0.1)
    # (prefix plus suffix is no bound: difflib's greedy blocks match 4 of these, not 6)
    assert sum(m.size for m in difflib.SequenceMatcher(None, "aaabaab", "aaaaab", autojunk=False)
               .get_matching_blocks()) == 4
    assert not pts.end_run_reaches("aaabaab", "aaaaab", 0.8) and _ratio("aaabaab", "aaaaab") < 0.8


@pytest.mark.parametrize("threshold", [0.8, 0.6])
def test_kept_ratio_reaches_equals_difflib(threshold):
    for a, b in itertools.chain(PAIRS, _random_pairs(2000, seed=7)):
        kept = pts._KeptText(b)
        assert kept._ratio_reaches(a, threshold) == (_ratio(a, b) >= threshold), (a, b)
        assert kept._ratio_reaches(a, threshold) == (_ratio(a, b) >= threshold)  # (the matcher built, again)


def test_near_duplicate_index_equals_pairwise():
    """The kept index's ``repeats`` over a list of parallel points (the bound answering most ratios) equals testing
    every kept point with ``repeated_by``'s definition: near_duplicate and not distinct_middles."""
    texts = [f"加强基层治理{i}" for i in range(60)] + [f"要加强人才建设{i}" for i in range(1, 40)] + [
        "完善小学教育", "完善中学教育", "经费不足", "经费严重不足", "一是加强社区治理", "二是加强社区治理"]
    from collections import Counter

    index = pts._KeptIndex(Counter("".join(texts)))
    kept: list[str] = []
    for t in texts:
        want = any(pts.near_duplicate(t, k) and not pts.distinct_middles(t, k) for k in kept)
        assert index.repeats(t, Counter(t)) == want, t
        if not want:
            kept.append(t)
            index.add(pts._KeptText(t))
    assert 1 < len(kept) < len(texts)


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.3])
def test_shared_chars_below_is_an_upper_bound_of_the_ratio(threshold):
    fired = 0
    for a, b in itertools.chain(PAIRS, _random_pairs(3000, seed=11)):
        if pts.shared_chars_below(a, b, threshold):
            fired += 1
            assert _ratio(a, b) < threshold, (a, b)
        # (the bound is difflib's own quick_ratio)
        if a or b:
            assert pts.shared_chars_below(a, b, threshold) == (
                difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio() < threshold)
    assert fired > 100
    assert pts.shared_chars_below("123", "456", 0.5) and not pts.shared_chars_below("34", "43", 0.5)
    assert not pts.shared_chars_below("", "", 0.5)
    # (both counts, short texts by str.count and longer ones by Counter, give the same answer)
    long_a, long_b = "加强基层治理能力" * 3, "提高基层服务水平" * 3
    assert len(long_a) > pts.SHORT_COUNT_CHARS
    for a, b in [(long_a, long_b), (long_a, long_a[::-1]), (long_a[:9], long_b[:9]), ("甲" * 17, "甲乙" * 9)]:
        q = difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio()
        for t in (0.3, 0.5, 0.8, q, q + 1e-9):
            assert pts.shared_chars_below(a, b, t) == (q < t), (a, b, t)


def test_parallel_middles_equals_the_ratio_reading():
    """``_parallel_middles`` with the bound equals its reading with difflib's ratio alone, on middles written here."""
    fronts = ["加强基层治理", "要加强人才建设", "完善", "一是推进"]
    tails = ["123", "456", "34", "43", "小学教育", "中学教育", "愿意回", "回得去", "12", "21", "甲乙丙", "丙乙甲"]
    for f, x, y in itertools.product(fronts, tails, tails):
        a, b = f + x, f + y
        middles = pts._differing_middles(a, b)
        if middles is None:
            continue
        want = _ratio(*middles) < pts.DISTINCT_MIDDLE_RATIO or pts.topic_noun_swapped(a, b)
        assert pts._parallel_middles(a, b, middles) == want, (a, b)


def _old_actor_modal(heading: str) -> bool:
    clause = re.split(r"[，,；;：:。！？!?]", heading.strip(), maxsplit=1)[0]
    if not clause or clause.startswith(asp.lexicon().words("modal")) or asp.starts_imperative(clause):
        return False
    m = asp.cue_pattern("strong_modal").search(asp._mask_non_modals(clause))
    return m is not None and m.start() >= 2


def _old_actor_modal_any(clause: str) -> bool:
    c = clause.strip()
    if not c or c.startswith(asp.lexicon().words("modal")) or asp.starts_imperative(c):
        return False
    m = asp.cue_pattern("modal").search(asp._mask_non_modals(c))
    return m is not None and m.start() >= 2


ACTORS = ["", "政府", "教育机构", "各金融机构", "媒体等宣传机构", "加强监管", "完善制度", "我们", "适应新形势", "重要的是"]
MODALS = ["", "应", "应当", "必须", "要", "需要", "宜", "理应有", "供应"]
RESTS = ["开设课程", "主动承担责任", "加强管理，提高效率", "了解情况", "的做法", "：一是…", "。其他"]


def test_actor_modal_reordered_equals_old_order():
    heads = ["".join(p) for p in itertools.product(ACTORS, MODALS, RESTS)] + [
        "政府应当加强监管", "加强监管应当先行", "应加强", "建设时宜发挥作用", "乡村建筑必须体现现代性", "", "　",
        "一是加强基层治理12。", "政府大可在短期内将官地推出", "适应形势必须改革"]
    trues = 0
    for h in heads:
        assert asp._actor_modal.__wrapped__(h) == _old_actor_modal(h), h
        assert asp._actor_modal_any(h) == _old_actor_modal_any(h), h
        trues += _old_actor_modal(h)
    assert 10 < trues < len(heads) - 10  # (both answers are exercised)
