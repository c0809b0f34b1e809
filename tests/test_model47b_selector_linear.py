"""model47b: the sentence selector reads the probabilities of the linear model it was fitted on
(:data:`summarizer.sentence_selector.SELECTOR_LINEAR_PATH`), whatever linear model makes the add/veto decisions
(:data:`summarizer.aspect_model.MODEL_PATH`): a refit of the linear model no longer changes the selector's inputs."""

from __future__ import annotations

import numpy as np

from summarizer import aspect_model as am
from summarizer import aspects as asp
from summarizer import pipeline
from summarizer import sentence_selector as ss
from summarizer.points import _layout

ESSAY = ("关于乡村文化站建设的思考\n\n近几年各村陆续建起了文化站，但不少站点平时大门紧锁，图书多年没有更新。"
         "一些村干部认为文化站只是应付检查的摆设。\n一、存在的问题\n一是经费来源单一。二是管理人员身兼数职。\n"
         "二、几点建议\n一是要拓宽经费渠道，引入社会捐助。二是应配备专职管理员。同时要定期更新图书和活动内容。")


def _essay():
    ed = next(iter(pipeline.analyze(ESSAY)))
    return ed, _layout(ed.structure, ed.sentences, ed.roles)


def _distorted(model: am.AspectModel) -> am.AspectModel:
    """A linear model with the same features and other weights (its probabilities differ from ``model``'s)."""
    obj = model.to_dict()
    coef = np.asarray(obj["coef"], dtype=float)
    obj["coef"] = (coef[..., ::-1] * 3.0).tolist()
    obj["intercept"] = [2.0, -1.0, -1.0]
    return am.AspectModel.from_dict(obj)


def test_the_selectors_linear_model_is_its_own_file_read_once():
    first = ss.load_selector_linear()
    assert first is ss.load_selector_linear()
    assert ss.SELECTOR_LINEAR_PATH.name == "selector_linear_model.json" and ss.SELECTOR_LINEAR_PATH.is_file()
    assert first.families == am.load().families and first.rule_features == am.load().rule_features
    assert first.min_chars == am.MIN_ESSAY_CHARS
    assert ss.load_selector().features_linear is first


def test_the_rows_read_the_selectors_linear_model_not_the_deciding_one():
    ed, layout = _essay()
    taken = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    base = ss.load_selector()
    other = _distorted(ss.load_selector_linear())
    deciding = ss.SentenceSelector(base.trees, [], base.drop_at, base.move_at, base.add_at, linear=other,
                                   with_linear=True)
    deciding.vocab = base.vocab
    assert deciding.features_linear is ss.load_selector_linear() and deciding.linear is other
    lf = other.essay_features(ed.structure, ed.sentences, layout, taken)
    rows, probs = deciding.essay_probabilities_of(ed.structure, ed.sentences, layout, taken, lf)
    want = ss.selector_rows(ed.structure, ed.sentences, layout, taken, ss.load_selector_linear(), None)
    assert len(rows) == len(want) == len(ed.sentences)
    for a, b in zip(rows, want):
        assert a[0] == b[0] and np.array_equal(a[1], b[1])
    # the deciding model's own probabilities differ: the rows would have moved had they read it
    moved = ss.selector_rows(ed.structure, ed.sentences, layout, taken, other, None)
    assert any(not np.array_equal(a[1][:3], b[1][:3]) for a, b in zip(moved, want))
    assert np.array_equal(probs, base.trees.probabilities(ss.rows_matrix(want, base.vocab)))


def test_a_selector_given_a_features_model_reads_that_one():
    ed, layout = _essay()
    taken = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    base = ss.load_selector()
    other = _distorted(ss.load_selector_linear())
    sel = ss.SentenceSelector(base.trees, [], base.drop_at, base.move_at, base.add_at, with_linear=True,
                              features_linear=other)
    sel.vocab = base.vocab
    rows, _ = sel.essay_probabilities_of(ed.structure, ed.sentences, layout, taken)
    want = ss.selector_rows(ed.structure, ed.sentences, layout, taken, other, None)
    assert all(np.array_equal(a[1], b[1]) for a, b in zip(rows, want))
