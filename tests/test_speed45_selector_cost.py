"""speed45: the sentence selector's cost without output changes: the tree walk over the (row, tree) pairs not yet at a
leaf gives the probabilities of a walk of every tree to ``depth``; the selector's rows share the linear model's
sweeps and per-text readings (:meth:`EssayFeatures.with_families`) and equal rows built from scratch;
:func:`summarizer.aspects.sentence_aspect` is remembered per document and answers as the function does."""

from __future__ import annotations

import json

import numpy as np

from summarizer import aspect_model as am
from summarizer import aspects as asp
from summarizer import pipeline
from summarizer.points import _layout
from summarizer.sentence_selector import SELECTOR_PATH, TreeEnsemble, selector_rows

ESSAY = ("关于社区养老服务的几点思考\n\n近年来老人数量持续增加，街道设立了三处日间照料中心，但床位长期紧张。"
         "部分老人反映排队时间过长，护理人员流动性大。\n一、存在的问题\n一是资金投入不足。二是专业人才缺乏。\n"
         "二、对策建议\n一是要加大财政投入，完善补贴制度。二是应加强护理人才培养。同时要鼓励社会力量参与。")


def _walk_to_depth(trees: TreeEnsemble, x: np.ndarray) -> np.ndarray:
    """The reference: every (row, tree) pair stepped ``depth`` times, a leaf staying where it is."""
    n = x.shape[0]
    nodes = np.broadcast_to(trees.roots, (n, len(trees.roots))).copy()
    rows = np.arange(n)[:, None]
    for _ in range(trees.depth):
        leaf = trees.leaf[nodes]
        go_left = x[rows, trees.feature[nodes]] <= trees.threshold[nodes]
        nodes = np.where(leaf, nodes, np.where(go_left, trees.left[nodes], trees.right[nodes]))
    raw = np.tile(trees.baseline, (n, 1))
    vals = trees.value[nodes]
    for c in range(len(trees.baseline)):
        raw[:, c] += vals[:, trees.classes == c].sum(axis=1)
    raw -= raw.max(axis=1, keepdims=True)
    e = np.exp(raw)
    return e / e.sum(axis=1, keepdims=True)


def test_tree_walk_over_unfinished_pairs_equals_the_walk_to_depth():
    obj = json.loads(SELECTOR_PATH.read_text(encoding="utf-8"))
    trees = TreeEnsemble(obj["trees"])
    width = len(obj["vocab"]) + 24
    rng = np.random.default_rng(45)
    for n in (1, 2, 7, 60, 250):
        x = (rng.random((n, width)) < 0.1).astype(np.float32)
        x[:, len(obj["vocab"]):] = rng.normal(size=(n, 24)) * 30
        # some values exactly at a node's threshold (the <= side)
        k = rng.integers(0, len(trees.feature), size=n)
        x[np.arange(n), trees.feature[k]] = trees.threshold[k]
        assert np.array_equal(trees.probabilities(x), _walk_to_depth(trees, x))
    assert trees.probabilities(np.zeros((0, width), dtype=np.float32)).shape == (0, 3)


def test_with_families_equals_features_built_from_scratch():
    ed = next(iter(pipeline.analyze(ESSAY)))
    layout = _layout(ed.structure, ed.sentences, ed.roles)
    rules = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    lin = am.EssayFeatures(ed.structure, ed.sentences, layout, None, am.FAMILIES)
    _ = list(lin)  # (its per-text readings filled first)
    for families in ((), ("cl",), ("dr", "hx"), am.FAMILIES):
        for r in (None, rules):
            twin = lin.with_families(families, r)
            fresh = am.EssayFeatures(ed.structure, ed.sentences, layout, r, families)
            assert list(twin) == list(fresh)
            assert twin.ruled == fresh.ruled
    assert list(lin) == list(am.EssayFeatures(ed.structure, ed.sentences, layout, None, am.FAMILIES))


def test_selector_rows_with_the_linear_features_equal_rows_without():
    ed = next(iter(pipeline.analyze(ESSAY)))
    layout = _layout(ed.structure, ed.sentences, ed.roles)
    linear = am.load()
    taken = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    lf = linear.essay_features(ed.structure, ed.sentences, layout, taken)
    shared = selector_rows(ed.structure, ed.sentences, layout, taken, linear, lf)
    alone = selector_rows(ed.structure, ed.sentences, layout, taken, linear, None)
    assert len(shared) == len(alone) == len(ed.sentences)
    for a, b in zip(shared, alone):
        assert a[0] == b[0] and np.array_equal(a[1], b[1]) and a[2:] == b[2:]


def test_sentence_aspect_is_remembered_and_answers_as_the_function():
    texts = ["当前基层治理存在短板。", "要加强基层治理，完善考核制度。", "今天天气很好。", "经费不足，人手缺乏。", ""]
    asp.sentence_aspect.cache_clear()
    for t in texts * 2:
        assert asp.sentence_aspect(t) == asp.sentence_aspect.__wrapped__(t)
    info = asp.sentence_aspect.cache_info()
    assert info.hits >= len(texts) and info.currsize == len(set(texts))
    pipeline.forget_document_memos()
    assert asp.sentence_aspect.cache_info().currsize == 0
