"""retrain28: the learned sentence model's context features (``EssayFeatures.context``), ``fit``'s class weights and
the held-out benchmark's rules-only row. Inputs are written here; the fitting test needs scikit-learn."""

from __future__ import annotations

import pytest

from summarizer import aspect_model as am
from summarizer import pipeline
from summarizer.evaluation import aspect_training as training
from summarizer.points import _layout

# a headed problem section, then prose: a complaint followed by a plain sentence
ESSAY = ("一、存在的问题\n\n部分社区的垃圾分类设施长期缺乏维护。居民投放时常常找不到对应的桶。"
         "去年社区新建了两处投放点。\n\n二、对策建议\n\n应当加强设施的日常维护。")


def _essay_features():
    ed = next(iter(pipeline.analyze(ESSAY)))
    layout = _layout(ed.structure, ed.sentences, ed.roles)
    return ed, am.EssayFeatures(ed.structure, ed.sentences, layout)


def _index(ed, fragment: str) -> int:
    return next(i for i, s in enumerate(ed.sentences) if fragment in s.text)


def test_context_features_read_the_neighbours_the_heading_and_the_ends():
    ed, feats = _essay_features()
    first, last = feats.context(0), feats.context(len(ed.sentences) - 1)
    assert "pv:edge" in first and "ps:sent:0" in first
    assert "nx:edge" in last and "ps:last:0" in last
    i = _index(ed, "找不到")
    ctx = feats.context(i)
    # the sentence before it is a complaint: its cue readings come with the pv: prefix, the same as its own
    prev_cues = feats.text_parts(i - 1)[1]
    assert [f"pv:{c}" for c in prev_cues] == [f for f in ctx if f.startswith("pv:") and not f.startswith("pv:region")]
    assert any(f.startswith("nx:region:") for f in ctx)
    assert "ha:challenge" in ctx  # under 存在的问题
    assert "ha:recommendation" in feats.context(_index(ed, "加强设施"))  # under 对策建议
    # the context features are part of the full feature list, after the older ones
    assert feats[i][-len(ctx):] == ctx


def test_item_depths_count_the_items_that_hold_a_sentence_start():
    ed, feats = _essay_features()
    depths = am._item_depths(ed.structure, ed.sentences)
    assert len(depths) == len(ed.sentences)
    assert depths[_index(ed, "找不到")] >= 1  # inside item 一、
    for s, d in zip(ed.sentences, depths):
        assert d == sum(1 for it in ed.structure.items if it.start <= s.start < it.end)


def test_a_model_that_does_not_know_the_context_features_scores_as_before():
    ed, feats = _essay_features()
    m = am.AspectModel(["c:维护", "c:找不"], [[0.0, 0.0, 3.0], [0.0, 3.0, 0.0]], [1.0, 0.0, 0.0], 0.6)
    rows = list(range(len(ed.sentences)))
    without = [[f for f in feats[i] if not f.startswith(("ha:", "pv:", "nx:", "ps:", "li:", "ln:"))] for i in rows]
    assert m.essay_probabilities(feats, rows) == pytest.approx(m.probabilities(without))


def test_fit_takes_class_weights():
    pytest.importorskip("sklearn")
    feats = [["a"], ["a"], ["a"], ["a"], ["b"], ["a", "b"]]
    labels = [0, 0, 0, 0, 1, 1]
    balanced = training.fit(feats, labels, c=1.0, min_count=1)
    plain = training.fit(feats, labels, c=1.0, min_count=1, class_weight=None)
    # balanced weights raise the rare class's probability on the shared feature
    p_bal = balanced.probabilities([["a"]])[0, 1]
    p_plain = plain.probabilities([["a"]])[0, 1]
    assert p_bal > p_plain


def test_holdout_rules_row_runs_with_the_model_off(monkeypatch):
    from benchmarks import aspect_holdout

    seen = []

    class _Fig:
        recalled = references = precise = predicted = 1

    class _Report:
        class overall:  # noqa: N801 - mimics the report's attribute chain
            overall = _Fig

    def fake(subset, summarize=None, options=None):
        seen.append((summarize, options))
        return _Report

    monkeypatch.setattr(aspect_holdout, "evaluate_corpora", fake)
    aspect_holdout._score([], lambda d: True)
    aspect_holdout._score([], lambda d: True, summarize=print)
    assert seen == [(None, {"aspect_model": False}), (print, None)]
