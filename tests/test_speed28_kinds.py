"""speed28 (issue 9): the learned model's text weight sums read without naming the n-grams.

Each fast path gives the same figures bit for bit as the path it replaces. Inputs are small texts written for these
tests, not copied from the corpus; nothing is timed."""

from __future__ import annotations

import pytest

from summarizer import aspect_model as am


def _essay(text):
    from summarizer import pipeline
    from summarizer.points import _layout
    ed = next(iter(pipeline.analyze(text)))
    return ed, _layout(ed.structure, ed.sentences, ed.roles)


def _named_sum(model, view, cues):
    """The sum as it was read before speed28: every 1-3-gram named ``c:<gram>``, then :meth:`_row_sum`."""
    grams = [f"c:{view[j:j + k]}" for k in (1, 2, 3) for j in range(len(view) - k + 1)]
    return model._row_sum(grams + cues)


@pytest.mark.parametrize("view", [
    "", "要", "应当", "部分社区物资储备不足",
    "應當加快建立健全社區養老服務體系",                  # (Traditional text: the caller passes its simplified view)
    "加强加强加强加强",                                  # repeated grams count once
    "abc 1、2、3；问题：资金短缺",
])
def test_text_sum_is_the_named_grams_sum(view):
    m = am.load()
    cues = ["prose:challenge", "front:None", "sentence:challenge", "opener:None", "modal"]
    got = m._text_sum(view, cues)
    want = _named_sum(m, view, cues)
    assert got.tobytes() == want.tobytes()  # bit for bit: the same rows, added in the same order


def test_text_sum_with_no_known_feature_is_zero():
    m = am.load()
    assert m._text_sum("", []).tolist() == [0.0, 0.0, 0.0]


def test_rule_parts_read_the_sentence_aspect_of_text_parts():
    text = "一、存在的问题\n（一）供水管网老化严重。\n部分居民反映水压不足。\n二、对策建议\n（一）加快改造老旧管网。\n我们要加强巡查。"
    ed, layout = _essay(text)
    ef = am.EssayFeatures(ed.structure, ed.sentences, layout, {"challenge": [], "recommendation": []})
    for i in range(len(ed.sentences)):
        assert ef.rule_parts(i)[-1].endswith(f"|sentence:{ef.text_parts(i)[2]}")
        assert ef.text_reading(i)[1:] == ef.text_parts(i)[1:]
