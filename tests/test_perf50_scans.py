"""perf50: two exact speed-ups of issue 9's profile, the same answers.

* ``script._char_view`` finds a long text's distinct code points in a presence table (no sort) in place of
  ``np.unique``: the view is the same on Simplified, Traditional, mixed and astral texts on both sides of the
  lengths where it takes the numpy path (64 characters; :data:`summarizer.script._SAME_SCAN_MAX`).
* ``TreeEnsemble.probabilities`` carries the active (row, tree) pairs' nodes and row offsets along and reads a
  node's child from one interleaved array: the same leaves, so byte-identical probabilities, NaN included.

Each test writes its own small texts and its own small ensemble; the cost test checks the view stays linear."""

from __future__ import annotations

import numpy as np
from costs import assert_linear

from summarizer import script
from summarizer.script import _SAME_SCAN_MAX, _char_view, simplified_view
from summarizer.sentence_selector import TreeEnsemble


def _reference_view(text: str) -> str:
    """Each character converted on its own through the script's one-character converter (the definition)."""
    return "".join(script._VIEW[ord(ch)] for ch in text)


def test_char_view_of_long_texts_is_each_characters_view():
    simplified = "我们要加强基层治理能力建设，完善公共服务体系。"
    traditional = "我們要加強基層治理能力建設，完善公共服務體系。"
    assert _char_view(traditional) == simplified
    for unit in (simplified, traditional, simplified + traditional, "數據😀治理\U0002A700ab 1。", "⼀、存在的問題\n"):
        for repeat in (64 // len(unit) + 1, 64 // len(unit) + 3, _SAME_SCAN_MAX // len(unit) + 2,
                       3 * _SAME_SCAN_MAX // len(unit)):
            text = unit * repeat
            assert len(text) >= 64  # (the numpy path, past the short texts' translate)
            assert _char_view(text) == _reference_view(text), (unit, repeat)
    # a Simplified text comes back as the same object; a converted one keeps its length
    long_simplified = simplified * 300
    assert _char_view(long_simplified) is long_simplified
    mixed = (traditional + "\U0010FFFF") * 300
    assert len(_char_view(mixed)) == len(mixed) and _char_view(mixed).startswith(simplified)
    assert simplified_view(traditional * 300) == simplified * 300


def test_char_view_cost_is_linear():
    script._clear_view()
    assert_linear(lambda n: _char_view("我們要加強基層治理，" * n), 2_000, "the view of a long Traditional text")


def _reference_probabilities(trees: TreeEnsemble, x: np.ndarray) -> np.ndarray:
    """Every row walked down every tree one node at a time (the definition), the leaves' values then added as
    :meth:`TreeEnsemble.probabilities` adds them (per class, along the trees: the same sums to the last bit)."""
    nodes = np.empty((x.shape[0], len(trees.roots)), dtype=np.intp)
    for r in range(x.shape[0]):
        for t, root in enumerate(trees.roots):
            node = root
            while not trees.leaf[node]:
                node = trees.left[node] if x[r, trees.feature[node]] <= trees.threshold[node] else trees.right[node]
            nodes[r, t] = node
    raw = np.tile(trees.baseline, (x.shape[0], 1))
    vals = trees.value[nodes]
    for c in range(len(trees.baseline)):
        raw[:, c] += vals[:, trees.classes == c].sum(axis=1)
    raw -= raw.max(axis=1, keepdims=True)
    e = np.exp(raw)
    return e / e.sum(axis=1, keepdims=True)


def _small_ensemble() -> TreeEnsemble:
    # tree 0 (class 0): x0 <= 0.5 ? (x1 <= 2 ? leaf 0.3 : leaf -0.2) : leaf 1.0
    # tree 1 (class 1): x1 <= 1 ? leaf -0.5 : (x2 <= 0 ? leaf 0.7 : (x0 <= 0 ? leaf 0.1 : leaf 0.4))
    # tree 2 (class 2): a lone leaf 0.25
    # tree 2 (class 2): a lone leaf 0.25 (node 12)
    return TreeEnsemble({
        "feature": [0, 1, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0],
        "threshold": [0.5, 2.0, 0, 0, 0, 1.0, 0, 0.0, 0, 0.0, 0, 0, 0],
        "left": [1, 3, 0, 0, 0, 6, 0, 8, 0, 10, 0, 0, 0],
        "right": [2, 4, 0, 0, 0, 7, 0, 9, 0, 11, 0, 0, 0],
        "leaf": [False, False, True, True, True, False, True, False, True, False, True, True, True],
        "value": [0, 0, 1.0, 0.3, -0.2, 0, -0.5, 0, 0.7, 0, 0.1, 0.4, 0.25],
        "roots": [0, 5, 12], "classes": [0, 1, 2], "baseline": [0.1, -0.1, 0.0], "depth": 3})


def test_tree_probabilities_equal_the_walk_of_each_row():
    trees = _small_ensemble()
    x = np.array([[0.0, 0.0, 0.0], [1.0, 3.0, 1.0], [0.5, 2.0, -1.0], [0.6, 1.5, 0.0], [-1.0, 5.0, 2.0],
                  [np.nan, np.nan, np.nan], [0.0, np.nan, 1.0]], dtype=np.float32)
    got = trees.probabilities(x)
    assert got.tobytes() == _reference_probabilities(trees, x).tobytes()
    # row 1: x0 > 0.5 -> 1.0; x1 > 1, x2 > 0, x0 > 0 -> 0.4; the lone leaf 0.25
    raw = np.array([0.1 + 1.0, -0.1 + 0.4, 0.25])
    assert np.allclose(got[1], np.exp(raw - raw.max()) / np.exp(raw - raw.max()).sum())
    # NaN goes right at every test (``<=`` is false), as before: 1.0; 0.4; 0.25
    raw = np.array([0.1 + 1.0, -0.1 + 0.4, 0.25])
    assert np.allclose(got[5], np.exp(raw - raw.max()) / np.exp(raw - raw.max()).sum())
    assert trees.probabilities(np.zeros((0, 3), dtype=np.float32)).shape == (0, 3)


def test_tree_probabilities_of_the_shipped_selector_equal_the_walk_of_each_row():
    from summarizer.sentence_selector import load_selector

    trees = load_selector().trees
    width = int(trees.feature.max()) + 1
    rng = np.random.default_rng(50)
    x = (rng.random((12, width)) < 0.1).astype(np.float32)
    x[:, -24:] = rng.normal(0.0, 50.0, (12, 24)).astype(np.float32)
    x[3, :] = np.nan
    assert trees.probabilities(x).tobytes() == _reference_probabilities(trees, x).tobytes()


def test_a_remembered_view_is_the_computed_one_and_the_memo_is_a_documents():
    from summarizer import pipeline

    script.simplified_view.cache_clear()
    sentence = "社區治理存在問題，政府應加強監管。"
    first = script.simplified_view(sentence)
    assert first == script._simplified_view(sentence) == "社区治理存在问题，政府应加强监管。"
    assert script.simplified_view(sentence[:]) is first  # (an equal text is answered from the memo)
    info = script.simplified_view.cache_info()
    assert info.hits == 1 and info.currsize == 1 and info.maxsize == script._VIEW_MEMO_SIZE
    # a text longer than the bound is computed at each call and not kept
    long = sentence * (script._VIEW_MEMO_CHARS // len(sentence) + 1)
    assert script.simplified_view(long) == first * (script._VIEW_MEMO_CHARS // len(sentence) + 1)
    assert script.simplified_view.cache_info().currsize == 1
    # emptied after each document, with the other per-document memos
    pipeline.summarize("当前基层治理存在短板。建议完善考核制度。要加强队伍建设。")
    assert script.simplified_view in pipeline._document_memos
    assert script.simplified_view.cache_info().currsize == 0


def test_the_view_memo_stays_bounded(monkeypatch):
    monkeypatch.setattr(script, "_VIEW_MEMO_SIZE", 4)
    script.simplified_view.cache_clear()
    for k in range(10):
        text = "問題" * (k + 1)
        assert script.simplified_view(text) == "问题" * (k + 1)
        assert script.simplified_view.cache_info().currsize <= 4
    script.simplified_view.cache_clear()
