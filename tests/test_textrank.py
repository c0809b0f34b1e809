"""Tests of summarizer.textrank (cases B10 library part, B11, B12, B14)."""

from __future__ import annotations

import json
import logging
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from summarizer.errors import EmptyInputError
from summarizer.sentences import split_sentences
from summarizer.textrank import (
    DEFAULT_K,
    RankedSentence,
    extract,
    mmr_select,
    pagerank,
    rank_sentences,
    redundancy_matrix,
    similarity_matrix,
)
from summarizer.tokenize import get_tokenizer

REPO = Path(__file__).resolve().parents[1]
SEED = Path("/work/shared/data/seed/seed.txt")

TOPICS = ["基层治理", "党建引领", "群众路线", "公共服务", "应急管理", "数字政府", "乡村振兴", "营商环境"]
ACTIONS = ["完善", "健全", "推进", "优化", "强化"]
OBJECTS = ["制度", "机制", "体系", "能力", "平台", "队伍", "考核"]


def make_document(n: int) -> str:
    """A deterministic document of ``n`` distinct sentences with overlapping vocabulary."""
    out = []
    for i in range(n):
        t1, t2 = TOPICS[i % len(TOPICS)], TOPICS[(i * 3 + 1) % len(TOPICS)]
        a, o = ACTIONS[(i // 2) % len(ACTIONS)], OBJECTS[(i * 5) % len(OBJECTS)]
        out.append(f"第{i}项任务是{a}{t1}{o}，并与{t2}相衔接。")
    return "".join(out)


def texts(result: list[RankedSentence]) -> list[str]:
    return [r.text for r in result]


def reference_pagerank(w: np.ndarray, d: float) -> np.ndarray:
    """Exact PageRank by solving the linear system (same teleport and dangling rule as pagerank())."""
    n = len(w)
    out = w.sum(axis=1)
    p = np.where(out[:, None] > 0, w / np.where(out > 0, out, 1)[:, None], 1.0 / n)  # dangling -> uniform
    a = np.eye(n) - d * p.T
    x = np.linalg.solve(a, np.full(n, (1 - d) / n))
    return x / x.sum()


# --- B10: empty input and counts --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n", "。。。"])
def test_empty_whitespace_or_punctuation_only_input_raises_empty_input_error(text):
    with pytest.raises(EmptyInputError) as info:
        extract(text)
    assert info.value.field == "text" and info.value.code == "empty_input"


def test_empty_sentence_list_raises_empty_input_error():
    with pytest.raises(EmptyInputError):
        extract([])


def test_asking_for_more_sentences_than_exist_returns_all_of_them():
    assert texts(extract("加强党建。", k=3)) == ["加强党建。"]


def test_small_ratio_still_returns_one_sentence():
    assert texts(extract("加强党建。", ratio=0.2)) == ["加强党建。"]


@pytest.mark.parametrize("k", [0, 1])
def test_k_of_zero_or_one_returns_exactly_one_sentence(k):
    assert len(extract(make_document(10), k=k)) == 1


def test_ratio_rounds_half_up():
    doc = make_document(5)
    assert len(extract(doc, ratio=0.5, lambda_=1.0)) == 3  # 2.5 -> 3
    assert len(extract(doc, ratio=0.3, lambda_=1.0)) == 2  # 1.5 -> 2


def test_default_count_is_default_k():
    assert len(extract(make_document(12))) == DEFAULT_K


def test_invalid_arguments_raise_value_error():
    doc = make_document(4)
    with pytest.raises(ValueError):
        extract(doc, ratio=1.5)
    with pytest.raises(ValueError):
        extract(doc, budget_chars=0)
    with pytest.raises(ValueError):
        extract(doc, order="random")
    with pytest.raises(ValueError):
        extract(doc, lambda_=2.0)
    with pytest.raises(TypeError):
        extract(doc, k=2.5)  # type: ignore[arg-type]


# --- B11: zero denominators --------------------------------------------------------------------------------


def test_single_sentence_without_punctuation_is_returned():
    text = "坚持以人民为中心的发展思想推动高质量发展"
    out = extract(text)
    assert texts(out) == [text]
    assert out[0].score == pytest.approx(1.0)


def test_sentences_without_shared_words_tie_and_the_first_wins():
    scores = rank_sentences(split_sentences("今天开会。明天下雨。"))
    assert scores.tolist() == [0.5, 0.5]
    assert texts(extract("今天开会。明天下雨。", k=1)) == ["今天开会。"]


def test_all_stopword_sentence_falls_back_to_lead():
    assert texts(extract("的了吗。")) == ["的了吗。"]
    out = extract("的了吗。了吗的。吗。", k=2)
    assert texts(out) == ["的了吗。", "了吗的。"]
    assert [r.score for r in out] == pytest.approx([1 / 3, 1 / 3])


def test_pagerank_of_empty_graph_is_empty():
    assert pagerank(np.zeros((0, 0))).shape == (0,)


@pytest.mark.parametrize("n", [1, 2, 5])
def test_pagerank_without_edges_is_uniform(n):
    assert pagerank(np.zeros((n, n))).tolist() == [1.0 / n] * n


def test_similarity_of_one_word_and_empty_sentences_has_no_division_by_zero():
    with np.errstate(all="raise"):
        sim = similarity_matrix([["治理"], ["治理"], [], ["基层"]])
    assert np.isfinite(sim).all()
    assert sim[0, 1] == pytest.approx(1 / math.log(2))
    assert sim[0, 2] == 0 and sim[2, 3] == 0 and sim[0, 3] == 0
    assert np.diag(sim).tolist() == [0, 0, 0, 0]
    assert similarity_matrix([]).shape == (0, 0)


def test_similarity_follows_mihalcea_tarau_formula():
    sim = similarity_matrix([["a", "b", "c"], ["a", "b", "d", "e"], ["a", "a", "f"]])
    assert sim[0, 1] == pytest.approx(2 / (math.log(3) + math.log(4)))
    assert sim[1, 2] == pytest.approx(1 / (math.log(4) + math.log(3)))  # repeated "a" counts once in the overlap
    assert np.allclose(sim, sim.T)


def test_redundancy_is_one_for_identical_word_sets_and_texts():
    red = redundancy_matrix([["a", "b"], ["b", "a", "a"], ["c"], [], []], texts=["x", "y", "z", "的。", "的 。"])
    assert red[0, 1] == pytest.approx(1.0)
    assert red[0, 2] == 0
    assert red[3, 4] == 1.0  # same text once whitespace is removed, though no content token
    assert red.max() <= 1.0


# --- B12: convergence, damping, ties, determinism ---------------------------------------------------------------

B12 = "坚持农业农村优先发展。坚持农业农村优先发展。坚持农业农村优先发展。"


@pytest.mark.parametrize("k", [None, 1, 3])
def test_identical_sentences_are_returned_once(k):
    assert texts(extract(B12, k=k)) == ["坚持农业农村优先发展。"]


@pytest.mark.parametrize("damping", [0, 1, 1.5, -0.1, float("nan")])
def test_damping_outside_open_unit_interval_raises_value_error(damping):
    with pytest.raises(ValueError, match="damping"):
        pagerank(np.ones((3, 3)), damping=damping)
    with pytest.raises(ValueError, match="damping"):
        extract(make_document(3), damping=damping)


def test_pagerank_matches_the_exact_solution():
    rng = np.random.default_rng(0)
    w = rng.random((30, 30)) * (rng.random((30, 30)) < 0.2)
    w[3] = 0  # a dangling node
    np.fill_diagonal(w, 0)
    assert np.allclose(pagerank(w, tol=1e-12, max_iter=1000), reference_pagerank(w, 0.85), atol=1e-10)
    assert pagerank(w).sum() == pytest.approx(1.0)


def test_pagerank_rejects_bad_weights():
    with pytest.raises(ValueError):
        pagerank(np.ones((2, 3)))
    with pytest.raises(ValueError):
        pagerank(-np.ones((2, 2)))
    with pytest.raises(ValueError):
        pagerank(np.array([[0, np.nan], [1, 0]]))


@pytest.mark.timeout(30)
def test_two_hundred_sentence_document_converges_after_retry_without_raising():
    sents = split_sentences(make_document(200))
    assert len(sents) == 200
    sim = similarity_matrix([get_tokenizer().content_tokens(s.text) for s in sents])
    assert (sim > 0).sum() > 200
    converged = pagerank(sim)
    retried = pagerank(sim, max_iter=2)  # first pass cannot converge; the 10x retry does
    assert np.allclose(retried, converged, atol=1e-6)
    assert np.allclose(converged, reference_pagerank(sim, 0.85), atol=1e-8)


@pytest.mark.timeout(30)
def test_non_convergence_falls_back_to_degree_centrality_with_a_warning(caplog):
    sents = split_sentences(make_document(200))
    sim = similarity_matrix([get_tokenizer().content_tokens(s.text) for s in sents])
    with caplog.at_level(logging.WARNING, logger="summarizer.textrank"):
        scores = pagerank(sim, max_iter=1, tol=0.0)  # tol 0 can never be met
    degree = sim.sum(axis=0) + sim.sum(axis=1)
    assert np.allclose(scores, degree / degree.sum())
    assert any("did not converge" in r.getMessage() for r in caplog.records)


def test_ties_are_broken_by_sentence_index():
    assert mmr_select([0.2, 0.5, 0.5, 0.5], np.zeros((4, 4)), k=1) == [1]
    assert mmr_select([1 / 3, 1 / 3 + 1e-17, 1 / 3], np.zeros((3, 3)), k=1) == [0]


HASHSEED_CODE = (
    "import json, sys\n"
    "from summarizer.textrank import extract\n"
    "text = sys.stdin.read()\n"
    "res = extract(text, k=8, order='score')\n"
    "print(json.dumps([[r.index, r.start, r.end, repr(r.score)] for r in res]))\n"
)


@pytest.mark.timeout(120)
def test_output_is_identical_under_different_hash_seeds():
    doc = make_document(200) + "基层治理要坚持党建引领。基层治理要坚持党建引领。"
    outs = []
    for seed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(REPO))
        cmd = [sys.executable, "-c", HASHSEED_CODE]
        proc = subprocess.run(cmd, input=doc.encode(), env=env, capture_output=True, timeout=100, cwd=REPO)
        assert proc.returncode == 0, proc.stderr.decode(errors="replace")
        outs.append(json.loads(proc.stdout))
    assert outs[0] == outs[1]
    assert len(outs[0]) == 8
    in_process = extract(doc, k=8, order="score")
    assert [[r.index, r.start, r.end, repr(r.score)] for r in in_process] == outs[0]


# --- B14: document order and provenance ------------------------------------------------------------------------

B14 = "会议由某某主持。基层治理要坚持党建引领。会议强调，基层治理要坚持党建引领和群众路线相结合。"


def test_summary_is_in_document_order_by_default():
    out = extract(B14, k=2)
    assert [r.index for r in out] == sorted(r.index for r in out)
    assert len(out) == 2


def test_score_order_puts_the_most_central_sentence_first():
    scores = rank_sentences(split_sentences(B14))
    assert int(np.argmax(scores)) == 2
    out = extract(B14, k=2, order="score")
    assert out[0].index == 2
    assert [r.score for r in out] == sorted((r.score for r in out), reverse=True)
    assert {r.index for r in out} == {r.index for r in extract(B14, k=2)}


def test_every_item_carries_index_score_and_offsets_into_the_input():
    text = "一、总体要求\n" + B14
    out = extract(text, k=3)
    sents = split_sentences(text)
    for r in out:
        assert text[r.start : r.end] == r.text
        assert sents[r.index].text == r.text
        assert 0 < r.score <= 1


# --- headings, budget, MMR ---------------------------------------------------------------------------------------


def test_headings_are_not_selected_unless_asked():
    text = "一、基层治理党建引领\n基层治理要坚持党建引领。会议强调基层治理要坚持党建引领。会议由某某主持。"
    assert all(r.text != "一、基层治理党建引领" for r in extract(text, k=3))
    assert "一、基层治理党建引领" in texts(extract(text, k=4, include_headings=True))


def test_text_of_only_headings_uses_them_as_candidates():
    assert texts(extract("坚持问题导向\n强化系统观念\n注重协同推进", k=2)) == ["坚持问题导向", "强化系统观念"]


def test_budget_stops_before_the_sentence_that_would_pass_it():
    doc = make_document(20)
    out = extract(doc, budget_chars=60)
    assert sum(len(r.text) for r in out) <= 60
    assert len(out) >= 1
    one = extract(doc, budget_chars=5)  # shorter than any sentence: still one sentence
    assert len(one) == 1


def test_mmr_never_selects_near_duplicates_and_returns_document_order():
    sim = np.array([[1.0, 0.99, 0.1], [0.99, 1.0, 0.1], [0.1, 0.1, 1.0]])
    assert mmr_select([0.5, 0.9, 0.2], sim, k=3) == [1, 2]


def test_mmr_prefers_a_diverse_sentence_over_a_redundant_one():
    sim = np.array([[1.0, 0.8, 0.0], [0.8, 1.0, 0.0], [0.0, 0.0, 1.0]])
    assert mmr_select([1.0, 0.9, 0.6], sim, k=2, lambda_=0.5) == [0, 2]
    assert mmr_select([1.0, 0.9, 0.6], sim, k=2, lambda_=1.0) == [0, 1]


def test_mmr_budget_and_validation():
    sim = np.zeros((3, 3))
    assert mmr_select([0.9, 0.8, 0.7], sim, lengths=[50, 30, 10], budget=60) == [0]
    assert mmr_select([0.9, 0.8, 0.7], sim, lengths=[80, 30, 10], budget=60) == [0]
    assert mmr_select([], np.zeros((0, 0))) == []
    with pytest.raises(ValueError):
        mmr_select([0.5], np.zeros((1, 1)), budget=10)
    with pytest.raises(ValueError):
        mmr_select([0.5, 0.5], np.zeros((1, 1)))
    with pytest.raises(ValueError):
        mmr_select([0.5], np.zeros((1, 1)), k=0)


# --- the seed, whole ----------------------------------------------------------------------------------------------
# (speed is reported by benchmarks/, never asserted in a test)


def test_seed_document_gives_ten_sentences_in_document_order():
    if not SEED.exists():
        pytest.skip("seed document not available")
    text = SEED.read_text(encoding="utf-8")
    out = extract(text, k=10)
    assert len(out) == 10
    assert [r.index for r in out] == sorted(r.index for r in out)
    assert all(text[r.start:r.end] == r.text for r in out)


# --- position-aware teleport -----------------------------------------------------------------------------------


def test_position_prior_is_harmonic_mixture():
    from summarizer.textrank import position_prior

    assert position_prior(4, 0.0) is None
    np.testing.assert_allclose(position_prior(3, 1.0), [6 / 11, 3 / 11, 2 / 11])
    np.testing.assert_allclose(position_prior(2, 0.5), [0.25 + 0.5 * 2 / 3, 0.25 + 0.5 * 1 / 3])
    with pytest.raises(ValueError):
        position_prior(3, 1.5)


def test_personalized_pagerank_follows_its_teleport_vector():
    w = np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]], dtype=float)  # symmetric triangle: uniform by symmetry
    np.testing.assert_allclose(pagerank(w), [1 / 3] * 3)
    np.testing.assert_allclose(pagerank(w, personalization=np.ones(3)), [1 / 3] * 3)
    biased = pagerank(w, personalization=np.array([1.0, 0.0, 0.0]))
    assert biased[0] > biased[1] == pytest.approx(biased[2])
    assert biased.sum() == pytest.approx(1.0)
    # with no edges the scores are the teleport distribution itself
    np.testing.assert_allclose(pagerank(np.zeros((2, 2)), personalization=np.array([3.0, 1.0])), [0.75, 0.25])
    with pytest.raises(ValueError):
        pagerank(w, personalization=np.array([1.0, -1.0, 0.0]))


def test_position_bias_breaks_a_centrality_tie_towards_the_lead():
    text = "基层治理要坚持党建引领。坚持党建引领是基层治理的关键。"
    assert [r.index for r in extract(text, k=1, position_bias=0.0)] == [0]  # tie broken by position anyway
    scores = {r.index: r.score for r in extract(text, k=2, position_bias=0.9, order="score")}
    assert scores[0] > scores[1]
