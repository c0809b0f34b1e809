"""model30: optional feature families of the learned sentence model (clause readings, the essay's register, heading
crossings, jieba words), read only by a model whose features name them, and per-aspect add thresholds. Inputs are
written here."""

from __future__ import annotations

import numpy as np

from summarizer import aspect_model as am
from summarizer import pipeline
from summarizer.evaluation.aspect_training import without_families
from summarizer.points import _layout

# a long sentence whose first clause narrates and whose last clause proposes, then a one-clause complaint
ESSAY = ("社区养老服务调研\n\n近年来老人数量持续增加，街道设立了三处日间照料中心，但床位长期紧张，"
         "建议尽快扩建照料中心。部分老人反映排队时间过长。")


def _features(families=am.FAMILIES):
    ed = next(iter(pipeline.analyze(ESSAY)))
    layout = _layout(ed.structure, ed.sentences, ed.roles)
    return ed, am.EssayFeatures(ed.structure, ed.sentences, layout, families=families)


def _index(ed, fragment: str) -> int:
    return next(i for i, s in enumerate(ed.sentences) if fragment in s.text)


def test_clause_family_reads_the_first_and_last_clause_of_a_long_sentence():
    ed, feats = _features(("cl",))
    i = _index(ed, "扩建照料中心")
    extra = feats.text_extra(i)
    assert "cl:last:sentence:recommendation" in extra  # 建议尽快扩建…: the proposal is the last clause
    assert "cl:first:sentence:recommendation" not in extra
    assert any(f.startswith("cl:n:") for f in extra)
    assert feats.text_extra(_index(ed, "排队时间")) == ["cl:one"]  # one clause: no clause readings
    assert not any(f.startswith(("w:", "dr:", "hx:")) for f in feats[i])  # families not asked for: not computed


def test_register_family_is_the_same_for_every_sentence_of_an_essay():
    ed, feats = _features(("dr",))
    rows = [feats.place_extra(i) for i in range(len(ed.sentences))]
    assert rows[0] and all(r == rows[0] for r in rows)
    assert "dr:len:0" in rows[0]  # under 500 characters


def test_no_family_leaves_the_features_of_the_model_before():
    ed, feats = _features(())
    assert all(feats.text_extra(i) == [] and feats.place_extra(i) == [] for i in range(len(ed.sentences)))


def test_a_model_computes_the_families_its_features_name():
    coef = np.zeros((3, 3))
    assert am.AspectModel(["c:建", "cl:one", "kind:sentence"], coef, np.zeros(3)).families == ("cl",)
    assert am.AspectModel(["c:建", "dr:len:0", "w:扩建"], coef, np.zeros(3)).families == ("w", "dr")
    assert am.AspectModel(["c:建", "kind:sentence", "pos:0"], coef, np.zeros(3)).families == ()


def test_without_families_drops_the_other_families_only():
    rows = [["c:建", "cl:one", "dr:len:0", "w:扩建", "hx:None|None", "ha:None"]]
    assert without_families(rows, ["cl"]) == [["c:建", "cl:one", "ha:None"]]
    assert without_families(rows, []) == [["c:建", "ha:None"]]


def test_per_aspect_thresholds_survive_the_file_and_decide_the_added_points():
    m = am.AspectModel(["cl:one"], np.zeros((1, 3)), np.array([0.0, 1.0, 0.0]), 0.65,
                       thresholds={"challenge": 0.9})
    back = am.AspectModel.from_dict(m.to_dict())
    assert back.thresholds == {"challenge": 0.9} and back.threshold == 0.65
    assert am.AspectModel.from_dict(am.AspectModel(["cl:one"], np.zeros((1, 3)), np.zeros(3)).to_dict()).thresholds is None
    ed = next(iter(pipeline.analyze(ESSAY * 4)))  # (min_chars 0: any length)
    layout = _layout(ed.structure, ed.sentences, ed.roles)
    scores = [1.0] * len(ed.sentences)
    # challenge probability e/(e+2) ~ 0.58 everywhere: under 0.9 (its own threshold), over 0.5 (the others')
    assert back.points(ed.structure, ed.sentences, layout, scores, 60, {})["challenge"] == []
    low = am.AspectModel(["cl:one"], np.zeros((1, 3)), np.array([0.0, 1.0, 0.0]), 0.5)
    assert low.points(ed.structure, ed.sentences, layout, scores, 60, {})["challenge"]


def test_the_shipped_model_reads_the_clause_family():
    assert am.load().families == ("cl",)
