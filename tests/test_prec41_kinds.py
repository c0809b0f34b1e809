"""prec41 (issue 8): an essay's only point of an aspect, in a sentence the learned model does not read as that aspect,
is dropped (``AspectModel.lone``, :meth:`AspectModel.lone_points`): the largest class of wrong points that the corpus
holds is an aspect the essay does not have at all (a stray recommendation in a report, a narrated step read as a
problem). Tiny models are written here; inputs are written here, not copied from the corpus."""

from __future__ import annotations

import json

import numpy as np

import summarizer
from summarizer import aspect_model as am
from summarizer.points import RawPoint

from costs import assert_linear


def _model(feature: str, column: int, **kw) -> am.AspectModel:
    """One feature pushing one class (column of CLASSES) hard; everything else uniform; adds nothing (threshold 2)."""
    coef = np.zeros((1, 3))
    coef[0, column] = 9.0
    return am.AspectModel([feature], coef, np.zeros(3), 2.0, **kw)


def _essay(text):
    from summarizer.points import _layout
    ed = summarizer.analyze(text)[0]
    return ed.structure, ed.sentences, _layout(ed.structure, ed.sentences, ed.roles)


TEXT = "经费一直不够。应当增加经费。场馆也很旧。"


def _taken():
    return {"challenge": [RawPoint("challenge", 0, 6), RawPoint("challenge", 14, 19)],
            "recommendation": [RawPoint("recommendation", 7, 13)]}


def test_a_lone_point_the_model_does_not_read_as_its_aspect_is_dropped():
    structure, sentences, layout = _essay(TEXT)
    assert [s.text for s in sentences] == ["经费一直不够。", "应当增加经费。", "场馆也很旧。"]
    # the model reads 应当 as none (p(recommendation) = 1/(e^9+2), far below 0.4): the essay's only recommendation goes
    m = _model("c:应当", 0, lone=0.4)
    got = m.lone_points(structure, sentences, layout, _taken())
    assert [(p.start, p.end) for p in got["recommendation"]] == []
    # the two challenges are no lone point: kept whatever the model says of them
    assert [(p.start, p.end) for p in got["challenge"]] == [(0, 6), (14, 19)]


def test_a_lone_point_the_model_reads_as_its_aspect_stays():
    structure, sentences, layout = _essay(TEXT)
    m = _model("c:应当", 2, lone=0.4)  # p(recommendation) = e^9/(e^9+2) = 0.9998
    got = m.lone_points(structure, sentences, layout, _taken())
    assert [(p.start, p.end) for p in got["recommendation"]] == [(7, 13)]


def test_no_lone_threshold_a_demand_or_a_finding_changes_nothing():
    structure, sentences, layout = _essay(TEXT)
    taken = _taken()
    assert _model("c:应当", 0).lone_points(structure, sentences, layout, taken) is taken  # lone unset
    demand = _taken()
    demand["recommendation"][0].demand = True  # a finding's demand is left to the rules, as under the veto
    got = _model("c:应当", 0, lone=0.4).lone_points(structure, sentences, layout, demand)
    assert [(p.start, p.end) for p in got["recommendation"]] == [(7, 13)]


def test_lone_survives_the_file_format():
    m = _model("c:应当", 0, veto=0.65, lone=0.4)
    back = am.AspectModel.from_dict(json.loads(json.dumps(m.to_dict())))
    assert (back.veto, back.lone) == (0.65, 0.4)
    assert "lone" not in _model("c:应当", 0).to_dict()  # the old format, unchanged
    assert am.load().lone == 0.4  # the shipped file sets it


def test_lone_points_is_linear_in_the_essay():
    def run(n):
        text = "经费一直不够。" * n + "应当增加经费。"
        structure, sentences, layout = _essay(text)
        rec = len(text) - 7
        taken = {"challenge": [RawPoint("challenge", 0, 6)], "recommendation": [RawPoint("recommendation", rec, rec + 6)]}
        _model("c:应当", 0, lone=0.4).lone_points(structure, sentences, layout, taken)
    assert_linear(run, 200, "many short sentences before a lone recommendation")
