"""veto44: kinds of the learned model's wrong vetoes of the rules' points (texts written for these tests)."""

from __future__ import annotations

import numpy as np

import summarizer
from summarizer import aspect_model as am
from summarizer.points import RawPoint

# a run-on essay: a converter's text without sentence marks, one "sentence" of several statements (> 120 characters)
RUN_ON = ("经费长期不足，设备老化，人员流失严重，群众意见较大，相关部门应当加大投入，更新设备，稳定队伍，回应群众关切，"
          "并且建立长效机制，定期评估成效，持续改进服务质量，让基层群众真正得到实惠，同时加强培训，提高人员素质，"
          "完善考核办法，明确责任分工，加强监督检查")
# the same statements written in sentences of ordinary length
SENTENCES = ("经费长期不足。设备老化。人员流失严重。群众意见较大。相关部门应当加大投入。更新设备。稳定队伍。"
             "回应群众关切。")


def _essay(text):
    """structure, sentences and layout of the one essay of ``text`` as the points stage reads them."""
    from summarizer.points import _layout
    ed = summarizer.analyze(text)[0]
    return ed.structure, ed.sentences, _layout(ed.structure, ed.sentences, ed.roles)


def _model(none: float, veto: float = 0.65) -> am.AspectModel:
    """A model that reads every sentence alike: ``none`` probability ``none``, the rest 2:1 challenge:recommendation."""
    rest = 1.0 - none
    return am.AspectModel(["c:无关"], np.zeros((1, 3)), np.log([none, rest * 2 / 3, rest / 3]), 2.0, veto=veto)


def _taken(text: str) -> dict[str, list[RawPoint]]:
    a = text.index("经费长期不足")
    b = text.index("加大投入")
    return {"challenge": [RawPoint("challenge", a, a + 6)],
            "recommendation": [RawPoint("recommendation", b - 6, b + 4)]}


def test_runs_on_reads_the_mean_sentence_length():
    structure, sentences, _ = _essay(RUN_ON)
    assert len(sentences) == 1 and len(structure.text) >= am.RUN_ON_SENTENCE_CHARS
    assert am.runs_on(structure, sentences)
    structure, sentences, _ = _essay(SENTENCES)
    assert len(sentences) > 1 and not am.runs_on(structure, sentences)
    assert not am.runs_on(structure, [])


def test_veto_of_a_run_on_essay_needs_the_stronger_probability():
    # the model calls the paragraph "none" at 0.7: over the veto of 0.65, under the run-on essay's 0.8: kept
    structure, sentences, layout = _essay(RUN_ON)
    taken = _taken(structure.text)
    got = _model(0.7).review(structure, sentences, layout, taken)
    assert [(p.start, p.end) for p in got["challenge"]] == [(p.start, p.end) for p in taken["challenge"]]
    assert [(p.start, p.end) for p in got["recommendation"]] == [(p.start, p.end) for p in taken["recommendation"]]


def test_veto_of_a_run_on_essay_still_drops_at_the_stronger_probability():
    # negative: "none" at 0.9 (>= 0.8) still vetoes a run-on essay's points; a model vetoing at 0.95 keeps its own
    structure, sentences, layout = _essay(RUN_ON)
    got = _model(0.9).review(structure, sentences, layout, _taken(structure.text))
    assert got["challenge"] == [] and got["recommendation"] == []
    got = _model(0.9, veto=0.95).review(structure, sentences, layout, _taken(structure.text))
    assert len(got["challenge"]) == 1 and len(got["recommendation"]) == 1


def test_veto_of_an_essay_of_ordinary_sentences_is_unchanged():
    # negative: the same statements in sentences of ordinary length: "none" at 0.7 vetoes at 0.65 as before
    structure, sentences, layout = _essay(SENTENCES)
    got = _model(0.7).review(structure, sentences, layout, _taken(structure.text))
    assert got["challenge"] == [] and got["recommendation"] == []
