"""learned27 (issue 8): the learned sentence-aspect model's veto and flip of the rules' points, the rules' readings as
features, the held-out-Part harness and the shipped file's shape. Tiny models are written or fitted here
(deterministic); inputs are written here, not copied from the corpus."""

from __future__ import annotations

import numpy as np
import pytest

import summarizer
from summarizer import aspect_model as am
from summarizer.evaluation import aspect_training as training
from summarizer.evaluation.aspects import GoldEssay
from summarizer.points import RawPoint

# a challenge section and a recommendation section: the rules take one point in each
SECTIONS = "一、存在的问题\n资金投入不足。\n二、对策建议\n加大财政投入。"


def _points(doc) -> tuple[list[str], list[str]]:
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def _model(feature: str, column: int, **kw) -> am.AspectModel:
    """One feature pushing one class (column of CLASSES) hard; everything else uniform; adds nothing (threshold 2)."""
    coef = np.zeros((1, 3))
    coef[0, column] = 9.0
    return am.AspectModel([feature], coef, np.zeros(3), 2.0, **kw)


def test_rules_alone_read_one_point_per_section():
    assert _points(summarizer.summarize(SECTIONS)) == (["资金投入不足"], ["加大财政投入"])


def test_veto_drops_a_rule_point_the_model_calls_none():
    with am.using(_model("c:资金", 0, veto=0.9)):
        assert _points(summarizer.summarize(SECTIONS, aspect_model=True)) == ([], ["加大财政投入"])


def test_veto_keeps_points_below_its_threshold_and_without_a_veto():
    # negative cases: none probability e^9/(e^9+2) = 0.99975 is under a veto of 0.9999; no veto set: nothing dropped
    with am.using(_model("c:资金", 0, veto=0.9999)):
        assert _points(summarizer.summarize(SECTIONS, aspect_model=True)) == (["资金投入不足"], ["加大财政投入"])
    with am.using(_model("c:资金", 0)):
        assert _points(summarizer.summarize(SECTIONS, aspect_model=True)) == (["资金投入不足"], ["加大财政投入"])


def test_flip_moves_a_rule_point_to_the_aspect_the_model_is_sure_of():
    with am.using(_model("c:加大", 1, flip=0.9)):
        doc = summarizer.summarize(SECTIONS, aspect_model=True)
    assert _points(doc) == (["资金投入不足", "加大财政投入"], [])
    p = doc.essays[0].challenges[1]
    assert SECTIONS[p.start:p.end] == "加大财政投入"  # offsets into the input, unchanged by the flip


def test_flip_leaves_a_point_the_model_gives_its_own_aspect():
    # negative: the model agrees with the rules (recommendation), nothing moves
    with am.using(_model("c:加大", 2, flip=0.9)):
        assert _points(summarizer.summarize(SECTIONS, aspect_model=True)) == (["资金投入不足"], ["加大财政投入"])


def _essay(text):
    """structure, sentences and layout of the one essay of ``text`` as the points stage reads them."""
    from summarizer.points import _layout
    ed = summarizer.analyze(text)[0]
    return ed.structure, ed.sentences, _layout(ed.structure, ed.sentences, ed.roles)


def test_review_on_written_points():
    # review reads each point by the sentence holding its start; offsets in the essay's cleaned text
    text = "经费一直不够。应当增加经费。"
    structure, sentences, layout = _essay(text)
    assert [s.text for s in sentences] == ["经费一直不够。", "应当增加经费。"]
    m = am.AspectModel(["c:不够"], np.array([[9.0, 0.0, 0.0]]), np.zeros(3), 2.0, veto=0.9)
    taken = {"challenge": [RawPoint("challenge", 0, 6)], "recommendation": [RawPoint("recommendation", 7, 13)]}
    got = m.review(structure, sentences, layout, taken)
    assert [(p.start, p.end) for p in got["challenge"]] == []
    assert [(p.start, p.end) for p in got["recommendation"]] == [(7, 13)]
    plain = am.AspectModel(["c:不够"], np.array([[9.0, 0.0, 0.0]]), np.zeros(3), 2.0)
    assert plain.review(structure, sentences, layout, taken) is taken  # neither veto nor flip: untouched


def test_rule_aspects_and_rule_features():
    text = "经费一直不够。应当增加经费。天气很好。"
    structure, sentences, layout = _essay(text)
    rules = {"challenge": [RawPoint("challenge", 0, 6)], "recommendation": [RawPoint("recommendation", 9, 13)]}
    assert am.rule_aspects(sentences, rules) == [("challenge",), ("recommendation",), ()]
    feats = am.sentence_features(structure, sentences, layout, rules)
    assert "rule:challenge" in feats[0] and "rule:recommendation" in feats[1] and "rule:-" in feats[2]
    assert "rule:-|region:None" in feats[2]
    plain = am.sentence_features(structure, sentences, layout)
    assert not any(f.startswith("rule:") for row in plain for f in row)  # without rules: the old features


def test_training_with_rule_features_reads_what_the_rules_took():
    gold = [GoldEssay("e", 0, ("资金投入不足",), ("加大财政投入",))]
    feats, labels = training.document_labels(SECTIONS, gold, rule_features=True)
    plain_feats, plain_labels = training.document_labels(SECTIONS, gold)
    assert labels == plain_labels and len(feats) == len(plain_feats)
    rows = {tuple(sorted(f for f in row if f.startswith("rule:") and "|" not in f)) for row in feats}
    assert ("rule:challenge",) in rows and ("rule:recommendation",) in rows and ("rule:-",) in rows
    assert sorted(labels) == [0, 0, 1, 2]


def test_mode_fields_round_trip(tmp_path):
    m = _model("c:资金", 0, veto=0.85, flip=0.97, rule_features=True)
    m.save(tmp_path / "m.json")
    back = am.load(tmp_path / "m.json")
    assert (back.veto, back.flip, back.rule_features, back.threshold) == (0.85, 0.97, True, 2.0)
    plain = _model("c:资金", 0)
    d = plain.to_dict()
    assert "veto" not in d and "flip" not in d and "rule_features" not in d  # the old format, unchanged
    assert am.AspectModel.from_dict(d).veto is None


def test_shipped_model_has_the_documented_shape():
    m = am.load()
    assert 100 <= len(m.features) <= am.MAX_FEATURES
    assert m.features == sorted(m.features) and m.coef.shape == (len(m.features), 3)
    assert m.intercept.shape == (3,)
    assert 0.5 <= m.threshold < 1.0
    assert m.veto is None or 0.5 <= m.veto < 1.0
    assert m.flip is None or 0.5 <= m.flip < 1.0


def test_holdout_harness_ranges():
    from benchmarks.aspect_holdout import _ranges
    assert _ranges("1055-1299,924") == [(1055, 1299), (924, 924)]
    with pytest.raises(ValueError):
        _ranges("x-1")
