"""ROUGE for Chinese at a declared unit (summarizer.evaluation.rouge / units / bootstrap).

Expected values of eval cases B18, B19, B20 (/work/shared/cases/eval-cases.md) plus hand-computed word-level values.
No network; the shared datasets are used only when present.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import shared_data_dir
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.errors import SummarizerError
from summarizer.evaluation.bootstrap import bootstrap_ci, bootstrap_means
from summarizer.evaluation.errors import EmptyReferenceError, EvaluationError, TokenizerMismatchError
from summarizer.evaluation.rouge import RougeEvaluator, rouge_corpus, rouge_pair
from summarizer.evaluation.units import WordTokenizer, char_tokens, content_chars, get_unit_tokenizer

TYPES = ("rouge1", "rouge2", "rougeL")


def _data_dir() -> Path | None:
    return shared_data_dir()


# ------------------------------------------------------------------------------------------ B18


def test_default_rouge_score_tokenizer_is_the_b18_fault():
    """Pins the pitfall we work around: rouge-score's default tokenizer keeps only [a-z0-9] runs."""
    from rouge_score import rouge_scorer

    default = rouge_scorer.RougeScorer(["rouge1"])
    assert default.score("推进基层治理现代化", "推进基层治理现代化")["rouge1"].fmeasure == 0.0
    assert default.score("加强队伍建设2024", "推进基层治理现代化2024")["rouge1"].fmeasure == 1.0


@pytest.mark.parametrize("unit", ["char", "word"])
def test_b18_identical_chinese_strings_score_one(unit):
    pair = rouge_pair("推进基层治理现代化", "推进基层治理现代化", unit=unit)
    for t in TYPES:
        assert pair[t].precision == pair[t].recall == pair[t].f1 == 1.0


def test_b18_shared_digits_alone_do_not_make_a_perfect_score():
    pair = rouge_pair("推进基层治理现代化2024", "加强队伍建设2024", unit="char")
    assert pair.hypothesis_tokens == 10 and pair.reference_tokens == 7
    assert pair["rouge1"].precision == pytest.approx(1 / 10)
    assert pair["rouge1"].recall == pytest.approx(1 / 7)
    assert round(pair["rouge1"].f1, 4) == 0.1176
    assert pair["rouge2"].f1 == 0.0


def test_b18_harness_refuses_a_tokenizer_that_drops_chinese():
    from rouge_score.tokenizers import DefaultTokenizer

    ev = RougeEvaluator(tokenizer=DefaultTokenizer(), tokenization="rouge-score-default")
    with pytest.raises(TokenizerMismatchError) as info:
        ev.score("推进基层治理现代化", "推进基层治理现代化", item_id="x1")
    assert "x1" in str(info.value) and isinstance(info.value, SummarizerError)
    with pytest.raises(TokenizerMismatchError):  # digits survive, the Chinese does not: refused as well
        ev.score_corpus(["推进基层治理现代化2024"], ["加强队伍建设2024"])


def test_b18_a_word_segmenter_that_drops_content_is_refused():
    stopword_dropping = WordTokenizer(segment=lambda t: [w for w in t.split("|") if w != "的"], name="words")
    ev = RougeEvaluator(tokenizer=stopword_dropping)
    with pytest.raises(TokenizerMismatchError):
        ev.score("基层|的|治理", "基层|治理")


def test_char_tokens_cjk_one_each_ascii_runs_one_punctuation_dropped():
    assert char_tokens("推进基层治理现代化2024") == ["推", "进", "基", "层", "治", "理", "现", "代", "化", "2024"]
    assert char_tokens("2014年，iPhone 6！") == ["2014", "年", "iphone", "6"]
    assert char_tokens("２０２４年") == ["2024", "年"]  # full-width digits are one ASCII run after NFKC
    assert char_tokens("51.45美元") == ["51", "45", "美", "元"]
    assert char_tokens("β受体・阻滞剂") == ["β", "受", "体", "阻", "滞", "剂"]  # ・ is punctuation
    assert char_tokens("。……  \n") == []


def test_b18_tokenizer_sanity_on_shipped_references():
    """For every reference of the shipped datasets: tokens != [] and lossless; identical strings score 1.0."""
    root = _data_dir()
    if root is None:
        pytest.skip("shared datasets not present")
    refs = []
    for path in sorted(root.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= 100:
                    break
                refs.append(json.loads(line)["summary"])
    assert refs
    ev = RougeEvaluator("char")
    for ref in refs:
        tokens = ev.tokenize(ref)
        assert tokens, ref
        assert "".join(tokens) == content_chars(ref)
    for ref in refs[::25]:
        assert ev.score(ref, ref)["rougeL"].f1 == 1.0


# ------------------------------------------------------------------------------------------ B19


def test_b19_char_level_values():
    pair = rouge_pair("推进基层治理现代化", "推进基层治理体系现代化", unit="char")
    assert pair.tokenization == "char"
    r1, r2, rl = pair["rouge1"], pair["rouge2"], pair["rougeL"]
    assert r1.precision == 1.0
    assert round(r1.recall, 4) == 0.8182 and r1.recall == pytest.approx(9 / 11)
    assert r1.f1 == pytest.approx(0.9)
    assert r2.precision == pytest.approx(7 / 8) and r2.recall == pytest.approx(7 / 10)
    assert round(r2.f1, 4) == 0.7778
    assert rl.precision == 1.0 and rl.recall == pytest.approx(9 / 11) and rl.f1 == pytest.approx(0.9)


def test_b19_whitespace_splitting_would_score_zero():
    """The fault itself: one 'word' per unsegmented sentence. Our declared unit avoids it."""
    from rouge_score import rouge_scorer

    class Whitespace:
        def tokenize(self, text):
            return text.split()

    ws = rouge_scorer.RougeScorer(list(TYPES), tokenizer=Whitespace())
    scores = ws.score("推进基层治理体系现代化", "推进基层治理现代化")
    assert all(scores[t].fmeasure == 0.0 for t in TYPES)


def test_b19_every_result_states_its_tokenization():
    hyps, refs = ["推进基层治理现代化"], ["推进基层治理体系现代化"]
    char = rouge_corpus(hyps, refs, unit="char", n_resamples=50)
    word = rouge_corpus(hyps, refs, unit="word", n_resamples=50)
    assert char.tokenization == "char" and word.tokenization == "jieba-word"
    for result in (char, word):
        d = result.to_dict()
        assert d["tokenization"] == result.tokenization
        assert all(block["tokenization"] == result.tokenization for block in d["scores"].values())
        assert all(item["tokenization"] == result.tokenization for item in d["items"])
        table = result.table()
        assert f"tokenization: {result.tokenization}" in table.splitlines()[0]
        assert all(f"[{result.tokenization}]" in line for line in table.splitlines() if line.startswith("ROUGE-"))
    assert char.mean["rouge2"].f1 != word.mean["rouge2"].f1  # different units, different numbers


def test_unknown_unit_is_refused():
    with pytest.raises(ValueError):
        get_unit_tokenizer("subword")
    with pytest.raises(ValueError):
        RougeEvaluator("whitespace")


# ------------------------------------------------------------------------------------------ word level


def test_word_level_jieba_hand_computed():
    # jieba: 推进/基层/治理/现代化 (4 words) vs 推进/基层/治理/体系/现代化 (5 words)
    pair = rouge_pair("推进基层治理现代化。", "推进基层治理体系现代化", unit="word")
    assert pair.tokenization == "jieba-word"
    assert (pair.hypothesis_tokens, pair.reference_tokens) == (4, 5)
    assert pair["rouge1"].precision == 1.0 and pair["rouge1"].recall == pytest.approx(4 / 5)
    assert pair["rouge1"].f1 == pytest.approx(8 / 9)
    # bigrams: hyp 3, ref 4, common 推进基层, 基层治理 = 2
    assert pair["rouge2"].precision == pytest.approx(2 / 3) and pair["rouge2"].recall == pytest.approx(2 / 4)
    assert pair["rouge2"].f1 == pytest.approx(4 / 7)
    assert pair["rougeL"].f1 == pytest.approx(8 / 9)


def test_word_level_with_injected_segmenter_hand_computed():
    seg = WordTokenizer(segment=lambda t: t.split("|"), name="pipe-word")
    ev = RougeEvaluator(tokenizer=seg)
    # hyp: 加强 基层 治理 加强 (4)  ref: 加强 治理 能力 (3)
    pair = ev.score("加强|基层|治理|，|加强", "加强|治理|能力")
    assert pair.tokenization == "pipe-word"
    assert (pair.hypothesis_tokens, pair.reference_tokens) == (4, 3)
    # unigram overlap clipped: 加强 min(2,1)=1, 治理 1 -> 2; P = 2/4, R = 2/3
    assert pair["rouge1"].precision == pytest.approx(0.5) and pair["rouge1"].recall == pytest.approx(2 / 3)
    assert pair["rouge1"].f1 == pytest.approx(4 / 7)
    # bigrams hyp {加强基层, 基层治理, 治理加强} ref {加强治理, 治理能力}: none common
    assert pair["rouge2"].f1 == 0.0
    # LCS(加强 基层 治理 加强, 加强 治理 能力) = 加强 治理 = 2
    assert pair["rougeL"].precision == pytest.approx(0.5) and pair["rougeL"].recall == pytest.approx(2 / 3)


def test_word_tokens_never_contain_punctuation_or_whitespace():
    tok = get_unit_tokenizer("word")
    tokens = tok.tokenize("2021年7月以来，新冠肺炎疫情 在一些地方零星暴发、多点蔓延（3.5%）。")
    assert tokens and all(t.strip() == t and content_chars(t) == t for t in tokens)
    assert "".join(tokens) == content_chars("2021年7月以来，新冠肺炎疫情 在一些地方零星暴发、多点蔓延（3.5%）。")


# ------------------------------------------------------------------------------------------ B20


B20_HYPS = ["。", "", "……"]
B20_REFS = ["加强基层治理。"] * 3


@pytest.mark.parametrize("unit", ["char", "word"])
@pytest.mark.parametrize("hyp", B20_HYPS + ["   \n", None, "【】《》"])
def test_b20_empty_or_punctuation_hypothesis_scores_zero(unit, hyp):
    pair = rouge_pair(hyp, "加强基层治理。", unit=unit)
    assert pair.empty_hypothesis
    for t in TYPES:
        assert pair[t].precision == pair[t].recall == pair[t].f1 == 0.0


@pytest.mark.parametrize("unit", ["char", "word"])
def test_b20_corpus_counts_empty_hypotheses_and_keeps_them_in_the_denominator(unit):
    corpus = rouge_corpus(B20_HYPS, B20_REFS, unit=unit, ids=["a", "b", "c"], n_resamples=100)
    assert corpus.empty_hypotheses == 3
    assert corpus.empty_hypothesis_ids == ["a", "b", "c"]
    assert corpus.n_items == corpus.n_scored == 3 and corpus.n_errors == 0
    for t in TYPES:
        assert corpus.mean[t].f1 == 0.0
        assert corpus.ci[t]["f1"].low == corpus.ci[t]["f1"].high == 0.0
    assert corpus.to_dict()["empty_hypotheses"] == 3

    # with one perfect item the mean is 1/4: the three empty ones stay in the denominator
    mixed = rouge_corpus(B20_HYPS + ["加强基层治理"], B20_REFS + ["加强基层治理。"], unit=unit, n_resamples=100)
    assert mixed.n_scored == 4 and mixed.empty_hypotheses == 3
    for t in TYPES:
        assert mixed.mean[t].f1 == pytest.approx(0.25)


def test_b20_empty_reference_is_a_data_error_with_its_id():
    with pytest.raises(EmptyReferenceError) as info:
        rouge_pair("加强基层治理", "。", item_id="lcsts-7")
    assert info.value.item_id == "lcsts-7" and "lcsts-7" in str(info.value)
    assert info.value.code == "empty_reference"

    corpus = rouge_corpus(
        ["加强基层治理", "加强基层治理", "基层"], ["加强基层治理", "  ", "……"], ids=["ok", "blank", "dots"],
        n_resamples=50,
    )
    assert corpus.n_items == 3 and corpus.n_scored == 1 and corpus.n_errors == 2
    assert [e["id"] for e in corpus.errors] == ["blank", "dots"]
    assert all(e["code"] == "empty_reference" for e in corpus.errors)
    assert corpus.mean["rouge1"].f1 == 1.0  # only the scorable item, and the report says 2 were left out
    assert "data errors: 2" in corpus.table()

    with pytest.raises(EmptyReferenceError):
        rouge_corpus(["加强"], [""], ids=["e"], strict=True)
    with pytest.raises(EvaluationError):
        rouge_corpus(["加强", "基层"], ["", "。"])


def test_corpus_rejects_mismatched_inputs():
    with pytest.raises(ValueError):
        rouge_corpus(["a"], ["a", "b"])
    with pytest.raises(ValueError):
        rouge_corpus(["a", "b"], ["a", "b"], ids=["x", "x"])
    with pytest.raises(TypeError):
        rouge_pair(123, "加强")


def test_corpus_length_statistics_in_characters():
    corpus = rouge_corpus(["加强 基层", "治理", "推进基层治理"], ["加强基层治理", "治理能力", "推进"], n_resamples=20)
    ln = corpus.lengths
    assert ln.hypothesis_chars_mean == pytest.approx((4 + 2 + 6) / 3)  # whitespace not counted
    assert ln.hypothesis_chars_median == 4
    assert ln.reference_chars_mean == pytest.approx(4) and ln.reference_chars_median == 4
    assert ln.hypothesis_tokens_mean == pytest.approx(4)


# ------------------------------------------------------------------------------------------ bootstrap


def test_bootstrap_ci_contains_the_mean_and_is_deterministic():
    rng = np.random.default_rng(123)
    values = rng.uniform(0, 1, size=200)
    a = bootstrap_ci(values, n_resamples=1000, seed=7)
    b = bootstrap_ci(values, n_resamples=1000, seed=7)
    c = bootstrap_ci(values, n_resamples=1000, seed=8)
    assert a == b
    assert (a.low, a.high) != (c.low, c.high)
    assert a.low < a.mean < a.high
    assert a.mean == pytest.approx(values.mean())
    se = values.std(ddof=1) / np.sqrt(len(values))
    assert a.high - a.low == pytest.approx(2 * 1.96 * se, rel=0.15)  # ~ normal-theory width for a mean


def test_bootstrap_columns_share_resamples_and_match_1d():
    rng = np.random.default_rng(0)
    values = rng.uniform(size=(50, 3))
    cols = bootstrap_ci(values, n_resamples=300, seed=3)
    assert len(cols) == 3
    one = bootstrap_ci(values[:, 1], n_resamples=300, seed=3)
    assert (cols[1].low, cols[1].high) == pytest.approx((one.low, one.high))
    means = bootstrap_means(values, n_resamples=300, seed=3)
    assert means.shape == (300, 3) and means.mean(axis=0) == pytest.approx(values.mean(axis=0), abs=0.02)


def test_bootstrap_degenerate_samples():
    single = bootstrap_ci([0.4], n_resamples=100)
    assert single.low == single.high == single.mean == 0.4
    const = bootstrap_ci([0.5] * 10, n_resamples=100)
    assert const.low == const.high == 0.5
    with pytest.raises(ValueError):
        bootstrap_ci([], n_resamples=10)
    with pytest.raises(ValueError):
        bootstrap_ci([0.1, 0.2], confidence=1.0)
    with pytest.raises(ValueError):
        bootstrap_ci([0.1, float("nan")])


def test_corpus_bootstrap_is_reproducible_with_a_seed():
    hyps = ["推进基层治理", "加强队伍建设", "基层", "。", "治理现代化"]
    refs = ["推进基层治理现代化", "加强基层队伍", "基层治理", "治理", "推进治理现代化"]
    a = rouge_corpus(hyps, refs, seed=11, n_resamples=500).to_dict(include_items=False)
    b = rouge_corpus(hyps, refs, seed=11, n_resamples=500).to_dict(include_items=False)
    assert a == b
    for t in TYPES:
        lo, hi = a["scores"][t]["ci"]["f1"]
        assert lo <= a["scores"][t]["f1"] <= hi
    assert a["bootstrap"] == {"method": "percentile", "n_resamples": 500, "confidence": 0.95, "seed": 11}


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="推进基层治理现代化体系，。 ab12", max_size=15),
    st.text(alphabet="推进基层治理现代化体系，。 ab12", min_size=0, max_size=15),
)
def test_any_pair_scores_within_bounds_without_exception(hyp, ref):
    try:
        pair = rouge_pair(hyp, ref)
    except EmptyReferenceError:
        assert content_chars(ref) == ""
        return
    for t in TYPES:
        for v in (pair[t].precision, pair[t].recall, pair[t].f1):
            assert 0.0 <= v <= 1.0
    if char_tokens(hyp) == char_tokens(ref):
        assert pair["rougeL"].f1 == 1.0
