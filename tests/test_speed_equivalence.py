"""Speed-ups that must not change a value (issue 9): each fast path gives exactly what the plain computation gives."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest
from scipy import sparse

from summarizer.keyphrases import pagerank_sparse
from summarizer.points import _KeptText, distinct_middles, near_duplicate


def test_kept_text_same_point_equals_near_duplicate():
    # difflib's length and character-count upper bounds only skip pairs whose ratio is below the threshold
    rng = random.Random(7)
    alphabet = "建立健全制度基层治理12，。"
    pairs = [("", ""), ("", "治理"), ("加强治理1。", "加强治理2。"), ("加强治理12。", "完善制度34。")]
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pairs.append((a, a[: len(a) // 2] + b[len(b) // 2:]) if rng.random() < 0.4 else (a, b))
    same = 0
    for a, b in pairs:
        for threshold in (0.8, 0.5):
            expected = near_duplicate(a, b, threshold)
            assert _KeptText(b).same_point(a, Counter(a), threshold) == expected, (a, b, threshold)
            same += expected
    assert same > 100  # the positive case is exercised too
    assert _KeptText("加强治理2。").same_point("加强治理1。", Counter("加强治理1。"))  # ratio 10/12
    assert not _KeptText("完善制度34。").same_point("加强治理12。", Counter("加强治理12。"))



def test_kept_text_repeated_by_equals_same_point_and_not_distinct_middles():
    # speed34: the middles read before the whole texts' ratio give the dedup's value unchanged
    rng = random.Random(34)
    alphabet = "加强基层治理振兴乡村愿意回得去12，。 "
    pairs = [("", ""), ("1.加强治理", "11.加强治理"), ("123.加强基层治理", "100.加强基层治理"),
             ("101.加强基层治理", "100.加强基层治理"), ("振兴乡村，要让人愿意回", "振兴乡村，要让人回得去")]
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        pairs.append((a, a[: rng.randint(0, len(a))] + b + a[rng.randint(0, len(a)):]) if rng.random() < 0.5 else (a, b))
    repeated = parallel = 0
    for a, b in pairs:
        for threshold in (0.8, 0.5):
            same = near_duplicate(a, b, threshold)
            expected = same and not distinct_middles(a, b)
            assert _KeptText(b).repeated_by(a, Counter(a), threshold) == expected, (a, b, threshold)
            repeated += expected
            parallel += same and not expected
    assert repeated > 100 and parallel > 100  # both outcomes of the middles' test are exercised
    assert _KeptText("100.加强基层治理").repeated_by("101.加强基层治理", Counter("101.加强基层治理"))
    assert not _KeptText("100.加强基层治理").repeated_by("123.加强基层治理", Counter("123.加强基层治理"))

def test_dense_and_sparse_keyphrase_pagerank_agree():
    # the dense path (small word graphs) and the scipy.sparse path give the same scores, dangling vertices included
    rng = np.random.default_rng(3)
    for n in (1, 2, 6, 40):
        w = (rng.random((n, n)) < 0.2).astype(float)
        w = w + w.T
        np.fill_diagonal(w, 0.0)
        w[0, :] = w[:, 0] = 0.0  # vertex 0 isolated: dangling
        dense, sp = pagerank_sparse(w), pagerank_sparse(sparse.csr_matrix(w))
        assert dense.shape == (n,) and abs(dense.sum() - 1.0) < 1e-12
        assert np.allclose(dense, sp, rtol=0, atol=1e-15)
    chain = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)  # path a-b-c: the middle vertex ranks first
    scores = pagerank_sparse(chain)
    assert scores[1] > scores[0] == scores[2]


def test_small_overlap_counts_equal_the_numpy_ones(monkeypatch):
    # the plain-Python path for small sentence graphs gives the same edge arrays, dtypes and counts
    from summarizer import textrank

    rng = random.Random(11)
    vocab = [f"词{i}" for i in range(25)]
    cases = [[], [[]], [["治理"], ["治理"]], [["治理", "治理", "基层"], ["基层"], []]]
    for _ in range(400):
        cases.append([[rng.choice(vocab[: rng.randint(1, 25)]) for _ in range(rng.randint(0, 7))]
                      for _ in range(rng.randint(1, 10))])
    small = []
    for tokens in cases:
        n_tokens = np.array([len(t) for t in tokens], dtype=np.float64)
        small.append(textrank._overlap_counts_small(tokens, n_tokens))
    monkeypatch.setattr(textrank, "_overlap_counts_small", lambda *args: None)
    for tokens, got in zip(cases, small):
        assert got is not None
        graph, n_tokens, n_types = got
        ref_graph, ref_tokens, ref_types = textrank._overlap_counts(tokens)
        assert graph.n == ref_graph.n
        for a, b in ((graph.row, ref_graph.row), (graph.col, ref_graph.col), (graph.data, ref_graph.data),
                     (n_tokens, ref_tokens), (n_types, ref_types)):
            assert a.dtype == b.dtype and np.array_equal(a, b)
    graph, _, n_types = small[3]
    assert graph.row.tolist() == [0, 1] and graph.col.tolist() == [1, 0] and graph.data.tolist() == [1.0, 1.0]
    assert n_types.tolist() == [2.0, 1.0, 0.0]


def test_plain_python_keyphrase_pagerank_is_bitwise_the_sparse_one():
    # graphs of up to _PLAIN_MAX vertices: the same floating-point operations in the same order as scipy's CSR path
    from summarizer import keyphrases

    rng = np.random.default_rng(5)
    for _ in range(500):
        n = int(rng.integers(1, keyphrases._PLAIN_MAX + 1))
        w = (rng.random((n, n)) < 0.4) * rng.integers(1, 4, (n, n)).astype(float)
        w = w + w.T
        np.fill_diagonal(w, 0.0)
        assert np.array_equal(pagerank_sparse(w), pagerank_sparse(sparse.csr_matrix(w)))


def _pagerank_reference(w: np.ndarray, damping: float = 0.85, tol: float = 1e-8,
                        personalization: np.ndarray | None = None) -> np.ndarray:
    # the power iteration as written before it ran in place: x <- d (P^T x + dangling mass v) + (1 - d) v
    n = w.shape[0]
    out = w.sum(axis=1)
    v = np.full(n, 1.0 / n) if personalization is None else personalization / personalization.sum()
    dangling = out == 0
    pt = np.ascontiguousarray((w / np.where(dangling, 1.0, out)[:, None]).T)
    x = np.full(n, 1.0 / n)
    for _ in range(200):
        x_new = damping * (pt @ x + x[dangling].sum() * v) + (1.0 - damping) * v
        err = np.abs(x_new - x).sum()
        x = x_new
        if err < n * tol:
            break
    return x / x.sum()


def _same_up_to_last_bits(got, ref, atol=1e-12):
    """The same scores to ``atol`` and the same order of any two scores further apart than that."""
    apart = np.abs(ref[:, None] - ref[None, :]) > atol
    return (np.allclose(got, ref, rtol=0.0, atol=atol)
            and np.array_equal((got[:, None] > got[None, :])[apart], (ref[:, None] > ref[None, :])[apart]))


def test_sentence_pagerank_is_the_plain_formula_up_to_the_last_bits():
    # textrank.pagerank's step as one matrix-vector product (textrank.affine_step_matrix) sums in another order
    from summarizer.textrank import SparseGraph, pagerank

    rng = np.random.default_rng(13)
    dangling_seen = 0
    for _ in range(300):
        n = int(rng.integers(2, 30))
        w = (rng.random((n, n)) < 0.3) * rng.random((n, n))
        w = w + w.T
        np.fill_diagonal(w, 0.0)
        if rng.random() < 0.5:
            w[0, :] = w[:, 0] = 0.0
        if not w.any():
            continue
        dangling_seen += bool((w.sum(axis=1) == 0).any())
        prior = rng.random(n) + 0.01 if rng.random() < 0.5 else None
        expected = _pagerank_reference(w, personalization=prior)
        assert _same_up_to_last_bits(pagerank(w, personalization=prior), expected)
        r, c = np.nonzero(w)
        graph = SparseGraph(n, r.astype(np.int64), c.astype(np.int64), w[r, c])
        assert _same_up_to_last_bits(pagerank(graph, personalization=prior), expected)  # small: ranked dense
    assert dangling_seen > 50


def test_plain_python_mmr_equals_the_numpy_loop(monkeypatch):
    # mmr_select on a handful of items runs in Python floats: the same picks as the numpy loop, ties and budget too
    from summarizer import textrank

    rng = random.Random(17)
    cases = []
    for _ in range(600):
        n = rng.randint(1, 12)
        scores = [rng.choice([0.0, 0.1, 0.25, rng.random()]) for _ in range(n)]
        sim = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                sim[i][j] = sim[j][i] = rng.choice([0.0, 0.5, 0.96, 1.0, rng.random() * 3])
            sim[i][i] = 1.0
        lengths = [rng.randint(1, 40) for _ in range(n)]
        kwargs = rng.choice([{}, {"k": rng.randint(1, n)}, {"lengths": lengths, "budget": rng.randint(1, 80)},
                             {"k": 2, "lengths": lengths, "budget": 50, "lambda_": rng.random()}])
        cases.append((scores, np.array(sim), kwargs))
    plain = [textrank.mmr_select(s, m, **kw) for s, m, kw in cases]
    monkeypatch.setattr(textrank, "_MMR_PLAIN", 0)
    assert [textrank.mmr_select(s, m, **kw) for s, m, kw in cases] == plain
    assert sum(len(p) > 1 for p in plain) > 100
    monkeypatch.undo()
    assert textrank.mmr_select([0.5, 0.5, 0.2], np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1.0]]), k=2) == [0, 1]
    # a near-duplicate of the first pick (similarity >= 0.95) is never picked
    assert textrank.mmr_select([0.5, 0.49, 0.1], np.array([[1, 0.97, 0], [0.97, 1, 0], [0, 0, 1.0]])) == [0, 2]
    with pytest.raises(ValueError, match="finite"):
        textrank.mmr_select([0.5, float("nan")], np.eye(2))


def test_one_translate_table_equals_half_width_then_lower_case():
    from summarizer.chars import ASCII_LOWER
    from summarizer.keyphrases import _searchable
    from summarizer.sentences import HALF_WIDTH

    text = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    assert _searchable(text) == text.translate(HALF_WIDTH).translate(ASCII_LOWER)
    assert _searchable("ＧＤＰ增长Ａi") == "gdp增长ai"


def test_tiny_sentence_graphs_rank_bitwise_as_the_numpy_loop():
    # the plain-Python path of textrank.pagerank (at most 7 sentences, at most one entry per row of Pᵀ: pairs) gives
    # the very same floats as the numpy loop, dangling sentences included; paths and triangles take the matrix path
    # (the same scores but for the last bits)
    from summarizer import textrank

    rng = np.random.default_rng(21)
    plain = 0
    for _ in range(3000):
        n = int(rng.integers(2, textrank._PLAIN_MAX + 1))
        w = np.zeros((n, n))
        order = rng.permutation(n)
        pairs = rng.random() < 0.7
        for a, b in zip(order[:-1], order[1:]):  # a path, or disjoint pairs (one neighbour each)
            if rng.random() < 0.8 and not (pairs and w[a].any()):
                w[a, b] = w[b, a] = rng.choice([1.0, 2.0, rng.random() * 3])
        if n == 3 and rng.random() < 0.5:
            w[order[0], order[2]] = w[order[2], order[0]] = rng.random()
        if not w.any():
            continue
        prior = textrank.position_prior(n, 0.6) if rng.random() < 0.5 else None
        rows = ((w / np.where(w.sum(axis=1) == 0, 1.0, w.sum(axis=1))[:, None]).T != 0).sum(axis=1)
        plain += bool((rows <= 1).all())
        got, expected = textrank.pagerank(w, personalization=prior), _pagerank_reference(w, personalization=prior)
        assert np.array_equal(got, expected) if (rows <= 1).all() else _same_up_to_last_bits(got, expected)
    assert plain > 1000


def test_small_similarity_matrix_is_bitwise_the_sparse_one(monkeypatch):
    # similarity_matrix of a few sentences is filled from Python counts: the same floats as the sparse graph's
    from summarizer import textrank

    rng = random.Random(23)
    vocab = [f"词{i}" for i in range(12)]
    cases = [[["治理"]], [["治理"], ["治理"]], [["治理", "基层"], [], ["基层", "基层", "治理"]]]
    for _ in range(400):
        cases.append([[rng.choice(vocab[: rng.randint(1, 12)]) for _ in range(rng.randint(0, 6))]
                      for _ in range(rng.randint(1, 9))])
    got = [textrank.similarity_matrix(tokens) for tokens in cases]
    monkeypatch.setattr(textrank, "_overlap_counts_small", lambda *args: None)
    for tokens, sim in zip(cases, got):
        overlap, n_tokens, _ = textrank._overlap_counts(tokens)
        expected = textrank._mt_similarity(overlap, n_tokens).toarray()
        assert sim.dtype == expected.dtype and sim.shape == expected.shape and np.array_equal(sim, expected)
    # two one-word sentences sharing their word: 1 / log 2 (the floored denominator); an empty sentence: 0
    assert got[1][0, 1] == 1.0 / np.log(2.0) and got[1][0, 0] == 0.0
    assert got[2][0, 2] == 2.0 / (np.log(2.0) + np.log(3.0)) and not got[2][1].any()
    assert textrank.similarity_matrix([]).shape == (0, 0)


def test_inline_rule_cues_only_skip_rules_that_cannot_match(monkeypatch):
    # each cue is part of every match of its rule: cleaning with the cues equals cleaning without them
    from summarizer import clean as clean_mod

    texts = [
        "现代商贸工业2021 年第 5 期33\n加强基层治理。",
        "Jan. 2022 No. 1 Serial. 139\n加强基层治理。",
        "SEPT 2021 no. 4 正文。",
        "2022年1月第1期总第139期\n正文。",
        "中 国 行 政 管 理 2020年第3期 12\n正文。",
        "湖北大学学报 PHILOSOPHY 正文。",
        "第１２期　发展时期的长期任务。",
        "加强基层治理，完善制度。" * 3,
    ]
    for k, cue in clean_mod._INLINE_CUES.items():
        pattern = clean_mod._INLINE_RULES[k][1]
        hits = [t for t in texts if pattern.search(t)]
        assert all(cue.search(t) for t in hits), k
    assert sum(bool(clean_mod._INLINE_RULES[k][1].search(t)) for k in clean_mod._INLINE_CUES for t in texts) >= 5
    cued = [clean_mod.clean(t) for t in texts]
    monkeypatch.setattr(clean_mod, "_INLINE_CUES", {})
    for t, got in zip(texts, cued):
        ref = clean_mod.clean(t)
        assert (got.text, got.removed, got.offsets.tolist()) == (ref.text, ref.removed, ref.offsets.tolist())
    assert "期总第" not in cued[3].text and cued[3].removed.get("journal_header")


def test_control_character_scan_is_the_unicode_category_test():
    # decode._check_text finds the Cc characters other than tab/newline/vertical tab/form feed/CR with one regex
    import unicodedata

    from summarizer import decode

    cc = {chr(c) for c in range(0x110000)
          if unicodedata.category(chr(c)) == "Cc" and chr(c) not in decode._ALLOWED_CONTROLS}
    assert {chr(c) for c in range(0x110000) if decode._CONTROL_RE.fullmatch(chr(c))} == cc
    text = "加强基层治理，完善制度。\t\n\x07"  # 1 control character of 15: under the 10 % limit
    assert decode._check_text(text, "utf-8") == text
    with pytest.raises(decode.DecodeError, match=r"3 of 5 characters .* offset 1"):
        decode._check_text("a\x00\x01\x85b", "latin-1")


def test_doubtful_utf8_counts_non_ascii_characters_first():
    from summarizer.decode import _doubtful_utf8

    assert _doubtful_utf8("һƽƽ")  # 一平平 (GBK) read as UTF-8
    assert not _doubtful_utf8("café au lait")  # a non-ASCII letter touching ASCII letters
    assert not _doubtful_utf8("һ" * 17)  # more than 16 non-ASCII characters
    assert not _doubtful_utf8("plain ASCII")


def test_small_cosine_redundancy_is_bitwise_the_numpy_one(monkeypatch):
    # redundancy_matrix of a candidate pool of a few sentences is filled in Python floats: the same matrix
    from summarizer import textrank

    rng = random.Random(29)
    vocab = [f"词{i}" for i in range(10)]
    cases = [([], None), ([["治理"]], ["治理。"]), ([[], []], ["的了。", "的 了。"]), ([["治理", "基层"], ["治理"]], None)]
    for _ in range(300):
        n = rng.randint(1, 10)
        tokens = [[rng.choice(vocab[: rng.randint(1, 10)]) for _ in range(rng.randint(0, 5))] for _ in range(n)]
        texts = [rng.choice(["甲。", "乙。", "甲 。"]) for _ in range(n)] if rng.random() < 0.5 else None
        cases.append((tokens, texts))
    got = [textrank.redundancy_matrix(t, x) for t, x in cases]
    monkeypatch.setattr(textrank, "_MMR_PLAIN", -1)
    for (tokens, texts), red in zip(cases, got):
        expected = textrank.redundancy_matrix(tokens, texts)
        assert red.shape == expected.shape and np.array_equal(red, expected)
    assert got[2].tolist() == [[1.0, 1.0], [1.0, 1.0]]  # equal once whitespace is removed: duplicates
    assert got[3][0, 1] == 1.0 / np.sqrt(2.0) and got[0].shape == (0, 0)


def _word_graph_loop(sequences, n, window):
    # the co-occurrence loop as written before it was vectorised
    rows, cols = [], []
    for seq in sequences:
        for i, a in enumerate(seq):
            for b in seq[i + 1:i + window]:
                if a != b:
                    rows += (a, b)
                    cols += (b, a)
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))


def test_vectorised_word_graph_is_the_loop_graph():
    # the same counts in the same canonical CSR order, so bitwise the same PageRank, windows 1 to 4
    from summarizer.keyphrases import word_graph

    rng = random.Random(31)
    cases = [([], 3, 2), ([[]], 1, 2), ([[0, 0, 1]], 2, 2), ([[0, 1, 2], [2, 3]], 4, 2), ([[0, 1, 2]], 3, 1)]
    for _ in range(300):
        n = rng.randint(1, 30)
        seqs = [[rng.randrange(n) for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(0, 8))]
        cases.append((seqs, n, rng.choice([2, 2, 3, 4])))
    for seqs, n, window in cases:
        got, ref = word_graph(seqs, n, window), _word_graph_loop(seqs, n, window)
        assert (got != ref).nnz == 0 and got.shape == ref.shape
        assert np.array_equal(got.indptr, ref.indptr) and np.array_equal(got.indices, ref.indices)
        assert np.array_equal(got.data, ref.data)
        if n and got.nnz:
            assert np.array_equal(pagerank_sparse(got), pagerank_sparse(ref))
    assert word_graph([[0, 1, 0]], 2, 2).toarray().tolist() == [[0.0, 2.0], [2.0, 0.0]]


def test_cjk_balance_counts_runs_as_characters():
    # cjk_balance sums the lengths of runs: the same as counting the characters one by one
    from summarizer.chars import CJK_RE, CONTENT_RE, cjk_balance

    rng = random.Random(37)
    pool = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    texts = ["", "中文", "English text", "中文 English_混合 123，。", "𠀀𠀁abc"]
    for _ in range(500):
        texts.append("".join(rng.choice(pool) if rng.random() < 0.3 else rng.choice("中文abc 12_，。\n")
                             for _ in range(rng.randint(0, 200))))
    for t in texts:
        assert cjk_balance(t) == 2 * len(CJK_RE.findall(t)) - len(CONTENT_RE.findall(t))
    assert cjk_balance("中文 English_混合 123，。") == 2 * 4 - (4 + 7 + 3)


def test_rjieba_cut_still_cuts_non_han_runs_as_jieba_does():
    # the Han-first shortcut of rjieba_cut's second pass: Korean, Greek and accented runs still cut as jieba.lcut
    pytest.importorskip("rjieba")
    import jieba

    from summarizer.tokenize import rjieba_cut

    for text in ("한국어 문장과 中文混合，Ελληνικά λέξεις治理", "café中文naïve，αβγ基层ＡＢＣ治理", "中文ｱｲｳ２０２０年",
                 "基层治理现代化，完善制度。"):
        assert rjieba_cut(text) == jieba.lcut(text)


def test_marker_search_at_unit_starts_is_the_full_regex_search():
    # find_markers matches the patterns that open with the unit-start lookbehind only at the unit starts, and skips
    # the patterns whose literal the text lacks: the very matches (spans and groups) of pattern.finditer
    from summarizer import structure

    rng = random.Random(5)
    alphabet = list("一二三十、.．12０()（）\n ；;，,及和以。！？：:”」』“abivxAB⒈Ⅰ①⑴㈠•是要首先其次最后一方面另字第其")
    texts = ["", "一、总体要求\n（一）加强治理。1.完善制度；及2）落实责任", "；及3）各方；以及4）其他", "首先，要…其次，要…",
             "一方面，…另一方面，…", "• 甲\n• 乙", "i. 甲 ii) 乙 (b)丙 A.丁"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(4000)]
    matched = 0
    for text in texts:
        units: list[list[int]] = []
        for _family, pattern in structure._PATTERNS:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in structure._finditer(pattern, text, units)] == expected, text
            matched += len(expected)
    assert matched > 1000  # the patterns do match in the generated texts
    assert structure._unit_starts("甲；及乙，以及丙\n丁") == [0, 2, 3, 7, 9]


def test_quote_mask_by_events_is_the_character_loop():
    from summarizer.structure import _quote_mask

    def reference(text: str) -> list[bool]:
        inside = [False] * len(text)
        depth = 0
        for i, ch in enumerate(text):
            if ch == "\n":
                depth = 0
            elif ch in "“「『" or ch == '"' and depth == 0:
                inside[i] = depth > 0  # (an opening mark inside another quotation is inside it: w78)
                depth += 1
                continue
            elif ch in "”」』\"":
                depth = max(0, depth - 1)
            inside[i] = depth > 0
        return inside

    rng = random.Random(6)
    texts = ["", "甲“乙”丙", '甲"乙"丙"丁', "“「甲」乙\n丙”丁"]
    texts += ["".join(rng.choice('ab\n“「『”」』"') for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in texts:
        assert _quote_mask(text) == reference(text), text
    assert _quote_mask("甲“乙”丙") == [False, False, True, False, False]


def test_leader_clustering_in_python_floats_is_the_numpy_loop():
    # collection._leader sums each row's entries per theme in Python floats in stored order (as np.bincount does):
    # the very themes of the numpy formulation, ties and the same-essay margin included
    import math

    from summarizer.collection import _EPS, _leader, _leader_numpy

    def reference(sim, self_dot, order, threshold, essays, margin):
        n = sim.shape[0]
        theme_of = np.full(n, -1, dtype=np.int64)
        theme_essays: list[set[int]] = []
        norms2: list[float] = []
        for i in order:
            nb, w = sim.indices[sim.indptr[i]:sim.indptr[i + 1]], sim.data[sim.indptr[i]:sim.indptr[i + 1]]
            th = theme_of[nb]
            placed = th >= 0
            best, best_cos, best_dot = -1, -1.0, 0.0
            if placed.any():
                themes, inverse = np.unique(th[placed], return_inverse=True)
                dots = np.bincount(inverse, weights=w[placed])
                linked = np.zeros(len(themes), dtype=bool)
                linked[inverse[w[placed] >= threshold - _EPS]] = True
                for k in np.flatnonzero(linked):
                    t = int(themes[k])
                    cos = dots[k] / math.sqrt(norms2[t]) if norms2[t] > 0 else 0.0
                    if essays[i] in theme_essays[t]:
                        cos -= margin
                    if cos > best_cos + 1e-12 or (abs(cos - best_cos) <= 1e-12 and t < best):
                        best, best_cos, best_dot = t, cos, float(dots[k])
            if best < 0 or best_cos < threshold - _EPS:
                best, best_dot = len(norms2), 0.0
                theme_essays.append(set())
                norms2.append(0.0)
            theme_essays[best].add(essays[i])
            norms2[best] += 2.0 * best_dot + float(self_dot[i])
            theme_of[i] = best
        return theme_of

    rng = np.random.default_rng(9)
    grouped = 0
    for trial in range(300):
        n = int(rng.integers(1, 40))
        x = sparse.random(n, 12, density=0.3, random_state=int(rng.integers(1 << 30)), format="csr")
        sim = (x @ x.T).tocsr()
        sim.setdiag(0.0)
        sim.eliminate_zeros()
        if trial % 3 == 0:
            sim.data = np.round(sim.data, 1)  # ties
        self_dot = np.asarray(x.multiply(x).sum(axis=1)).ravel()
        order = [int(i) for i in rng.permutation(n)]
        essays = [int(e) for e in rng.integers(0, 4, n)]
        for threshold, margin in ((0.3, 0.0), (0.1, 0.05), (0.0, 0.0)):
            got = _leader(sim, self_dot, order, threshold, essays, margin)
            assert got.dtype == np.int64
            assert got.tolist() == reference(sim, self_dot, order, threshold, essays, margin).tolist()
            # a graph past the Python-lists size takes the numpy rows: the same themes
            assert _leader_numpy(sim, self_dot, order, threshold, essays, margin).tolist() == got.tolist()
            grouped += int(n - len(set(got.tolist())))
    assert grouped > 100  # points do join themes


def test_diagonal_products_are_scipys_arrays():
    # collection._times_diagonal / _diagonal_times build a @ diags(d) and diags(d) @ a with scipy's very arrays (row
    # order reversed, zero products dropped), so every later sparse operation sums in the same order
    from summarizer.collection import _diagonal_times, _times_diagonal

    rng = np.random.default_rng(1)
    for trial in range(600):
        n, f = int(rng.integers(0, 25)), int(rng.integers(0, 40))
        a = sparse.random(n, f, density=float(rng.random()), format="csr", random_state=int(rng.integers(1 << 30)))
        if trial % 2 and a.nnz:
            a = (a @ sparse.diags(rng.random(f) + 0.5)).tocsr()  # rows in a product's (reversed) order
        d, e = rng.random(f) * (rng.random(f) < 0.7), rng.random(n) * (rng.random(n) < 0.7)
        for got, expected in ((_times_diagonal(a, d), (a @ sparse.diags(d)).tocsr()),
                              (_diagonal_times(e, a), (sparse.diags(e) @ a).tocsr())):
            assert type(got) is type(expected) and got.shape == expected.shape
            for name in ("indptr", "indices"):
                assert getattr(got, name).dtype == getattr(expected, name).dtype
                assert getattr(got, name).tolist() == getattr(expected, name).tolist()
            assert got.data.tobytes() == expected.data.tobytes()
    a = sparse.csr_matrix(np.array([[1.0, 0, 2, 3], [0, 0, 0, 0], [4, 5, 0, 6]]))
    got = _times_diagonal(a, np.array([1.0, 2.0, 0.0, 3.0]))
    assert got.indices.tolist() == [3, 0, 3, 1, 0] and got.data.tolist() == [9.0, 1.0, 18.0, 10.0, 4.0]


def test_zeroed_diagonal_is_what_setdiag_leaves():
    # cluster_points zeroes the stored diagonal of X Xᵀ instead of setdiag(0): after eliminate_zeros, the same arrays
    rng = np.random.default_rng(3)
    for _ in range(500):
        n, f = int(rng.integers(1, 25)), int(rng.integers(1, 30))
        a = sparse.random(n, f, density=float(rng.random()) * 0.3, format="csr", random_state=int(rng.integers(1 << 30)))
        a = (a @ sparse.diags(rng.random(f) + 0.5)).tocsr()
        expected = (a @ a.T).tocsr()
        got = expected.copy()
        expected.setdiag(0.0)
        expected.eliminate_zeros()
        got.data[np.repeat(np.arange(n), np.diff(got.indptr)) == got.indices] = 0.0
        got.eliminate_zeros()
        assert got.indptr.tolist() == expected.indptr.tolist() and got.indices.tolist() == expected.indices.tolist()
        assert got.data.tobytes() == expected.data.tobytes()


def test_remembered_position_prior_is_a_fresh_copy_of_the_formula():
    from summarizer.textrank import position_prior

    for n in (1, 2, 7, 9, 600):
        harmonic = 1.0 / np.arange(1, n + 1, dtype=np.float64)
        expected = (1.0 - 0.6) / n + 0.6 * harmonic / harmonic.sum()
        first = position_prior(n, 0.6)
        first[0] = -1.0  # the caller's copy: the remembered prior is not changed
        assert position_prior(n, 0.6).tobytes() == expected.tobytes()
    assert position_prior(5, 0.0) is None and position_prior(0, 0.6) is None


def test_char_translator_equals_str_translate():
    # the array lookup gives what str.translate gives: mapped characters, unmapped ones, characters beyond the BMP,
    # lone surrogates, short and long texts
    from summarizer.chars import ASCII_LOWER, char_translator
    from summarizer.sentences import HALF_WIDTH

    rng = random.Random(11)
    for table in (HALF_WIDTH, ASCII_LOWER, {0x41: "b", 0xFF0C: ","}):
        translate = char_translator(table)
        pool = [chr(k) for k in table] + list("加强基层治理abcXYZ ，。\n\t") + ["\ud800", "\udfff", "😀", "𠀀", "\uffff"]
        for _ in range(500):
            text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 300)))
            assert translate(text) == text.translate(table)
    assert char_translator(HALF_WIDTH)("基层（１）ＡＢ，治理！" * 20) == "基层(1)AB,治理!" * 20


def test_char_translator_refuses_a_table_that_is_not_one_for_one():
    from summarizer.chars import char_translator

    for table in ({0x41: None}, {0x41: "ab"}, {0x1F600: "a"}):
        with pytest.raises(ValueError):
            char_translator(table)


def test_masking_non_modals_skips_only_texts_without_the_words():
    # the one-scan test before the replacements changes nothing: every word of the group is still blanked
    from summarizer.aspects import _mask_non_modals, lexicon

    words = lexicon().words("modal_exclusion")
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice(list(words[:8]) + ["要", "应", "加强", "，"]) for _ in range(rng.randint(0, 12)))
        expected = text
        for w in words:
            expected = expected.replace(w, " " * len(w))
        assert _mask_non_modals(text) == expected
    assert _mask_non_modals("要加强治理") == "要加强治理"


def test_small_pair_counts_equal_plain_counts():
    # shared distinct words of every ordered pair of different sentences, as a plain double loop counts them
    from summarizer.textrank import _small_pair_counts

    rng = random.Random(9)
    for _ in range(200):
        token_lists = [[rng.choice("甲乙丙丁戊己") for _ in range(rng.randint(0, 5))] for _ in range(rng.randint(0, 9))]
        n = len(token_lists)
        expected = {}
        for i in range(n):
            for j in range(n):
                shared = len(set(token_lists[i]) & set(token_lists[j]))
                if i != j and shared:
                    expected[i * n + j] = shared
        counts, types = _small_pair_counts(token_lists)
        assert dict(counts) == expected
        assert types == [len(set(t)) for t in token_lists]


def test_token_spans_stop_at_the_first_token_not_found():
    from summarizer.keyphrases import _token_spans
    from summarizer.sentences import Sentence

    hay = "加强基层治理，完善制度。"
    s = Sentence(index=0, start=0, end=6, text=hay[:6], kind="sentence")
    assert _token_spans(hay, s, ["加强", "治理"]) == [(0, 2), (4, 6)]
    assert _token_spans(hay, s, ["加强", "制度", "治理"]) == [(0, 2), None, None]  # 制度 lies past the sentence
    assert _token_spans(hay, s, []) == []


def test_memoized_cue_tests_are_bounded():
    from summarizer import aspects

    for f in (aspects.challenge_strength, aspects.states_neither, aspects.announces_problems,
              aspects.states_background, aspects.recommends_outright, aspects.states_no_problem):
        assert f.cache_info().maxsize == aspects._MEMO_SIZE
    assert aspects.challenge_strength("基层人员不足，经费短缺") == aspects.challenge_strength.__wrapped__("基层人员不足，经费短缺") == 2


def test_simplified_view_returns_simplified_text_itself_and_converts_the_rest():
    from summarizer.script import _char, simplified_view

    for text in ("加强基层治理，完善制度。" * 10, "劏房租務管制實施一年，團體批評執法不足。", "⼀、存在的问题", "好😀" * 40, "abc"):
        assert simplified_view(text) == "".join(map(_char, text))
    assert simplified_view("團體批評") == "团体批评" and simplified_view("⼀、问题") == "一、问题"


def test_simplified_view_of_a_long_traditional_text_maps_each_character():
    # 64 characters and more: each distinct character converted once, mapped back through numpy (astral and
    # look-alike characters included)
    from summarizer.script import _char, simplified_view

    text = ("團體批評執法不足，協會要求加強監管。" * 5) + "⼀、存在的問題𠀀" + "😀" + ("劏房租務管制" * 4)
    assert len(text) >= 64
    got = simplified_view(text)
    assert got == "".join(map(_char, text)) and len(got) == len(text)
    assert got.startswith("团体批评执法不足，协会要求加强监管。") and "一、存在的问题𠀀😀" in got


def test_markdown_rule_cues_only_skip_rules_that_cannot_match(monkeypatch):
    # every match of a markdown line or emphasis rule holds one of its cue strings: the edits with the cues equal the
    # edits of every rule run on every text
    from summarizer import markup

    texts = [
        "# 标题\n- 第一项\n* 第二项\n+ 第三项\n> 引用的话\n---\n***\n___\n===\n**加粗**与__强调__ x__\n",
        "| 甲 | 乙 |\n| --- | :---: |\n| 一 | 二 |\n",
        "加强基层治理，完善制度。\n  - 子项\n    -- 不是分隔线\n",
        "没有任何标记的中文段落，只有中文标点。" * 3,
    ]
    for pattern, _rule, _repl, cues in markup._MD_LINE_RULES:
        hits = [m.group() for t in texts for m in pattern.finditer(t) if m.end() > m.start()]
        assert all(any(c in h for c in cues) for h in hits), pattern.pattern
    assert sum(bool(p.search(t)) for p, _r, _x, _c in markup._MD_LINE_RULES for t in texts) >= 7
    cued = [markup._markdown(t) for t in texts]
    monkeypatch.setattr(markup, "_MD_LINE_RULES", tuple((p, r, x, ("",)) for p, r, x, _c in markup._MD_LINE_RULES))
    assert [markup._markdown(t) for t in texts] == cued
    assert cued[3] == [] and ("markdown" in {e[3] for e in cued[0]})


def test_citation_bracket_first_pattern_matches_as_the_lookbehind_first_one():
    # the citation rule reads the bracket before what stands ahead of it: the same matches
    import re

    from summarizer import markup

    before = re.compile(r"(?<=[\u3400-\u9fff\uff0c\u3002\uff1b\u201d)）])\[\d{1,3}(?:\s*[-–,，、]\s*\d{1,3}){0,10}\]")
    texts = ["治理[1]完善", "制度。[2, 3]其后", "“引文”[4-6]", "x[1] 与 [2]", "（注）[12]", "[7]开头", "治理[1][2]",
             "治理[1234]", "问题；[3 – 5 、 7]"]
    for t in texts:
        assert [m.span() for m in markup._CITATION.finditer(t)] == [m.span() for m in before.finditer(t)], t
    assert [m.group() for m in markup._CITATION.finditer("治理[1]完善，制度。[2, 3]其后x[9]")] == ["[1]", "[2, 3]"]


def test_joined_line_rules_match_exactly_where_one_rule_does():
    # the one alternation of every boilerplate rule finds a match in a line exactly when some rule does (lines of
    # each kind written here: a site's furniture, a dated byline, a link row, and the prose and list lines of essays)
    from summarizer.clean import _any_line_rule, _line_rules

    joined = _any_line_rule()
    assert joined is not None
    lines = ["当前位置：首页 > 新闻 > 正文", "首页 > 栏目", "新闻中心 > 要闻 > 本地", "发布时间：2024-05-01 来源：本站",
             "版权所有 某某网站", "相关阅读：", "【往期推荐】", "关于我们 | 联系方式 | 网站地图", "阅读全文 »", "分享到：",
             "2024-05-01 10:30 来源：新华社", "（责任编辑：张三）", "京ICP证000000号", "分享 微信 微博", "请关注我们的公众号",
             "（作者系某大学教授）", "当前基层治理存在短板。", "一是加强队伍建设，二是完善制度。", "项目1：", "第3篇",
             "建议完善制度 > 加强治理", "来源于群众的意见很多。", "作者认为，问题在于落实。", ""]
    rng = random.Random(13)
    alphabet = "首页>|：:来源作者版权所有相关阅读全文分享微信治理。，（）2024-0 "
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    hits = 0
    for line in lines:
        expected = any(pattern.search(line) for _, pattern in _line_rules())
        assert (joined.search(line) is not None) == expected, line
        hits += expected
    assert 10 < hits < len(lines) - 100  # both outcomes are exercised


def test_may_recut_with_two_character_heads_and_tails_equals_the_plain_test():
    # the first/last two characters of the vocabulary's words only skip single characters no word can start or end at
    from summarizer.keyphrases import _may_recut

    rng = random.Random(5)
    chars = "偏乡长照服务提高投入工作网格员"
    for _ in range(3000):
        toks = ["".join(rng.choice(chars) for _ in range(rng.choice((1, 1, 2, 3)))) for _ in range(rng.randint(0, 8))]
        vocabulary = {"".join(rng.choice(chars) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(0, 12))}
        plain = any(
            len(w) == 1 and (any((w + (toks[k + 1] if k + 1 < len(toks) else ""))[:m] in vocabulary for m in range(2, 7))
                             or any(((toks[k - 1] if k else "") + w)[-m:] in vocabulary for m in range(2, 7)))
            for k, w in enumerate(toks))
        assert _may_recut(toks, vocabulary) == plain, (toks, vocabulary)
    assert _may_recut(["提高", "偏", "乡长", "照"], {"偏乡", "长照"})
    assert not _may_recut(["提高", "服务"], {"偏乡", "长照"})


def test_last_unit_end_pattern_finds_the_last_terminator_of_a_line():
    # _join_lines reads the text after a line's last 。！？!?；; or hard break with one search (was: 8 rfind calls)
    from summarizer.clean import _LAST_UNIT_END

    rng = random.Random(11)
    pieces = ["当前基层治理存在短板。建议完善制度", "一是加强；二是完善", "没有句末", "", "？", "Fix it! Now", "\ue000标题"]
    pieces += ["".join(rng.choice("。！？!?；;\ue000治理ab ") for _ in range(rng.randint(0, 16))) for _ in range(5000)]
    for piece in pieces:
        m = _LAST_UNIT_END.search(piece)
        assert (m.start() if m else -1) == max(piece.rfind(ch) for ch in "。！？!?；;\ue000"), piece


def test_leader_numpy_gives_the_plain_leader_themes_with_few_and_many_themes(monkeypatch):
    # _leader_numpy counts a row's sums over the theme numbers (few themes) or over np.unique's inverse (many): the
    # themes of the Python path either way, on graphs of near-duplicate points (one theme) and of scattered ones
    import summarizer.collection as coll

    rng = np.random.default_rng(9)
    for n, density, scale in ((60, 0.5, 1.0), (200, 0.05, 1.0), (300, 0.3, 0.5), (120, 0.9, 0.35)):
        dense = rng.random((n, n)) * scale
        dense = np.triu(np.where(rng.random((n, n)) < density, dense, 0.0), 1)
        sim = sparse.csr_matrix(dense + dense.T)
        self_dot = rng.random(n) + 0.5
        order = rng.permutation(n).tolist()
        essays = rng.integers(0, max(2, n // 4), n).tolist()
        monkeypatch.setattr(coll, "_LEADER_PLAIN_NNZ", 10 ** 9)
        plain = coll._leader(sim, self_dot, order, 0.3, essays, 0.05)
        assert 1 < plain.max() + 1 < n  # some points share a theme, not all
        for bins in (coll._DIRECT_BINS, 10 ** 6, -10 ** 6):  # as set; every row over theme numbers; every row unique
            monkeypatch.setattr(coll, "_DIRECT_BINS", bins)
            assert coll._leader_numpy(sim, self_dot, order, 0.3, essays, 0.05).tolist() == plain.tolist()
        monkeypatch.undo()


def _index_of(kept: list[str], freq_text: str, threshold: float):
    from summarizer.points import _KeptIndex
    index = _KeptIndex(Counter(freq_text), threshold)
    for b in kept:
        index.add(_KeptText(b))
    return index


def test_kept_index_keeps_every_point_that_can_pass():
    # dedup31: the prefix, length and positional filters skip only kept points that fail same_point for certain
    rng = random.Random(31)
    alphabet = "建立健全制度基层治理12，。"
    for trial in range(300):
        kept = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 12))]
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.5 and kept[0]:
            a = kept[0][: len(kept[0]) // 2] + a[len(a) // 2:]
        freq_text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))  # any token order
        for threshold in (0.8, 0.5, 0.95, 1.0, 0.0):
            index = _index_of(kept, freq_text, threshold)
            passing = [b for b in kept if near_duplicate(a, b, threshold)]
            got = [k.text for k in index.candidates(a, Counter(a))]
            assert set(passing) <= set(got), (a, kept, threshold)
            assert got == [b for b in kept if b in set(got)]  # in the order kept


def test_kept_index_prefix_is_the_first_tokens_of_the_token_order():
    # speed35: the prefix sorts the distinct characters once and lists each one's tokens j = k-1 … 0, the order of
    # sorting every token by (the essay's count of its character, the character, -j)
    from summarizer.points import _KeptIndex
    rng = random.Random(35)
    alphabet = "建立健全制度基层治理12，。"
    for trial in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        freq = Counter("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))))
        counts = Counter(text)
        for threshold in (0.8, 0.5, 0.95, 1.0):
            least = max(1, -int(-(threshold * len(text) / (2.0 - threshold) - 1e-6) // 1))
            tokens = sorted(((c, j) for c, k in counts.items() for j in range(k)),
                            key=lambda tok: (freq.get(tok[0], 0), tok[0], -tok[1]))
            assert _KeptIndex(freq, threshold)._prefix(counts, len(text)) == tokens[:len(text) - least + 1]
    # 治 (once in the essay) first, then 理理 (j = 1, 0); o(5) = 4 tokens in common, so the prefix is 2 tokens long
    index = _KeptIndex(Counter("治理理理加加加加"), 0.8)
    assert index._prefix(Counter("理治理加加"), 5) == [("治", 0), ("理", 1)]


def test_kept_index_values_on_small_points():
    index = _index_of(["加强基层治理", "完善制度建设", "加强基层治理1"], "加强基层治理完善制度建设", 0.8)
    assert [k.text for k in index.candidates("加强基层治理2", Counter("加强基层治理2"))] == ["加强基层治理", "加强基层治理1"]
    assert index.candidates("健全法规体系", Counter("健全法规体系")) == []  # no character in common
    assert index.candidates("治", Counter("治")) == []  # a sixth of the length: the length bound
    assert len(_index_of(["", "治理"], "", 0.8).candidates("", Counter())) == 2  # an empty text tests them all


def test_kept_index_cost_grows_linearly():
    # n distinct points (each with 4 characters of its own): each new point meets only the kept points sharing a
    # rare character, not all of them (testing each against all kept was quadratic: dedup31)
    from costs import assert_linear

    def run(n):
        texts = ["加强" + "".join(chr(0x4E00 + 4 * i + k) for k in range(4)) for i in range(n)]
        from summarizer.points import _KeptIndex
        index = _KeptIndex(Counter("".join(texts)))
        for t in texts:
            counts = Counter(t)
            assert not any(k.same_point(t, counts) for k in index.candidates(t, counts))
            index.add(_KeptText(t, counts))

    assert_linear(run, 500)


def test_speed34_gates_keep_the_values():
    # the cheap gates before the cue scans (speed34) answer as the full readings do
    from summarizer import aspects as asp
    from summarizer.chars import is_heading_line

    assert asp.attends_to_problem("早在多年前，民间组织已关注笼屋问题")
    assert not asp.attends_to_problem("早在多年前，民间组织已关注笼屋")  # (no 问题: no attended problem)
    assert not asp.attends_to_problem("要高度关注住房问题")  # (a modal: a measure)
    assert asp.is_filing_label_line("提案人：致公党某市委员会")
    assert not asp.is_filing_label_line("致公党某市委员会提案")
    assert asp.is_source_line("新闻来源：某市汽车流通协会")
    assert not asp.is_source_line("据某市汽车流通协会介绍，销量下降")
    assert is_heading_line("关于基层治理的思考") and is_heading_line("一、总体要求")
    assert not is_heading_line("加强队伍建设；") and not is_heading_line("完善经费保障：") and not is_heading_line("")
