"""speed44: the Simplified view's table holds every code point of a document of many distinct Han characters.

At 8,192 code points the table (``script._VIEW``) emptied and refilled itself over and over on a text of some 20,000
distinct characters (33,333 two-character sentences: 257,601 ``__missing__`` calls, a tenth of the call), and a second
``lru_cache`` of 65,536 characters (``script._char``) stood beside it. One table now, larger than the unified CJK block
and its extension A together; the view of every character is the same as its conversion.
"""

from __future__ import annotations

from costs import assert_linear

from summarizer import script


def _distinct_han(n: int) -> str:
    return "".join(chr(0x4E00 + (i * 7919) % 20902) for i in range(n))  # (a stride: n distinct characters)


def test_the_table_holds_more_code_points_than_the_unified_cjk_block_and_extension_a():
    assert script._VIEW_MAX >= (0x9FFF - 0x4E00 + 1) + (0x4DBF - 0x3400 + 1)


def test_a_text_of_twenty_thousand_distinct_characters_is_looked_up_once_a_character():
    text = _distinct_han(20000)
    script.simplified_view(text[:10])  # (the table may be emptied once here if it was nearly full)
    script._VIEW.clear()
    script._SAME.clear()
    calls = []
    real = script._convert_char
    script._convert_char = lambda ch: calls.append(ch) or real(ch)
    try:
        for k in range(0, len(text), 2):  # sentence by sentence, as the points stage reads them
            script.simplified_view(text[k:k + 2] + "。")
        for k in range(0, len(text), 2):  # a second pass: every character is known
            script.simplified_view(text[k:k + 2] + "。")
    finally:
        script._convert_char = real
    assert len(calls) == 20001  # (each distinct character once, and the full stop)
    assert len(script._VIEW) == 20001


def test_each_characters_view_is_its_conversion():
    for ch in "團體批評執法不足⼀嘅著问题😀a":
        assert script._char(ch) == script._convert_char(ch)
    assert script._char("團") == "团" and script._char("⼀") == "一" and script._char("嘅") == "的"
    assert script._char("问") == "问" and script._char("a") == "a"  # (negatives: a Simplified and a Latin one)
    assert script.simplified_view("社區治理存在問題") == "社区治理存在问题"


def test_the_view_is_the_same_after_the_table_overflowed():
    sentence = "長照人力嚴重不足，政府應該提高薪資。"
    before = script.simplified_view(sentence)
    script.simplified_view("".join(chr(cp) for cp in range(0x4E00, 0x4E00 + script._VIEW_MAX + 100)))
    assert script.simplified_view(sentence) == before == "长照人力严重不足，政府应该提高薪资。"


def _views(n: int) -> list[str]:
    text = _distinct_han(n)
    return [script.simplified_view(text[k:k + 2] + "。") for k in range(0, n, 2)]


def test_the_view_of_many_short_sentences_is_linear():
    assert_linear(_views, 4000, "simplified_view of many two-character sentences of distinct characters")


def test_the_csr_products_are_scipys_kernel_to_the_bit():
    # the keyphrase word graph's step (keyphrases._csr_products, np.bincount in CSR order) against scipy's own kernel
    import numpy as np

    from summarizer.keyphrases import _csr_matvec, _csr_products

    matvec = _csr_matvec()
    rng = np.random.default_rng(44)
    for _ in range(200):
        n, m = int(rng.integers(1, 300)), int(rng.integers(0, 2000))
        rows, cols = np.sort(rng.integers(0, n, size=m)), rng.integers(0, n, size=m)
        data = rng.random(m) * 10.0 ** rng.uniform(-5, 5, size=m)
        x = rng.random(n) * 10.0 ** rng.uniform(-8, 3, size=n)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
        want = np.zeros(n)
        matvec(n, n, indptr, cols, data, x, want)
        assert np.array_equal(_csr_products(n, rows, cols, data, x), want)
    assert _csr_products(3, np.array([0, 0, 2]), np.array([1, 2, 0]), np.array([1.0, 2.0, 4.0]),
                         np.array([1.0, 10.0, 100.0])).tolist() == [210.0, 0.0, 4.0]  # (an empty row: 0.0)


def test_a_large_word_graph_is_ranked_without_importing_scipy_sparse():
    import subprocess
    import sys

    code = ("import sys\nfrom summarizer.keyphrases import DENSE_MAX, _word_graph_scores\n"
            "n = DENSE_MAX + 100\n"
            "s = _word_graph_scores([[i, i + 1, (i * 7) % n] for i in range(n - 1)], n, 2)\n"
            "assert abs(float(s.sum()) - 1.0) < 1e-12\n"
            "print('scipy.sparse' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
