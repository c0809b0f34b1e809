"""speed31: output-identical speed-ups, each checked against the reading it replaces on inputs written for the test.

* :func:`summarizer.aspects.challenge_strength` returns 0 after one scan (:func:`summarizer.aspects._challenge_gate`)
  for a text that holds no word of :data:`summarizer.aspects.CHALLENGE_GATE_GROUPS`: the same count as the sum of its
  three readings;
* :meth:`summarizer.aspect_model.AspectModel._text_sum` looks a 3-gram up only after a pair that opens a 3-gram
  feature: bit for bit the sum of every 1-3-gram named;
* :meth:`summarizer.aspect_model.EssayFeatures.structural` builds a heading's ``h:`` bigram features once per heading:
  the same features, in the same order.
"""

from __future__ import annotations

import pytest

import summarizer.aspects as asp
from summarizer import aspect_model as am
from summarizer import pipeline
from summarizer.points import _layout
from summarizer.script import simplified_view

_TEXTS = [
    "",
    "今天召开了全体会议。",                                   # no word of any gate group
    "社区养老服务资金严重不足，专业人员短缺。",               # predicates
    "本身没有问题，只是需要时间。",                           # a denied problem
    "一份名为《关于解决资金不足问题的报告》的文件已经下发。",  # a cited title's words
    "群众办事成本不断上升，负担越来越重。",                   # a burden growing
    "考核繁琐，宣传流于形式。",                               # dual-use nouns
    "农村学校心理教师的比例仅为12%。",                        # a share stated as only a figure
    "防洪工程标准低，抗灾能力差。",                           # attributes stated low
    "运营成本高，准入门槛偏高。",                             # costs stated high
    "失业率仅为1.9%，经济保持增长。",                          # a rate bad when high: good news
    "應當加快建立健全社區養老服務體系",                       # Traditional
    "abc 123 ，。",
]


def _ungated(text: str) -> int:
    return asp._challenge_strength(text) + asp.figure_shortfall_count(text) + asp.attribute_shortfall_count(text)


@pytest.mark.parametrize("text", _TEXTS)
def test_gated_challenge_strength_is_the_sum_of_its_readings(text):
    assert asp.challenge_strength.__wrapped__(text) == _ungated(text)


def test_gated_challenge_strength_values():
    f = asp.challenge_strength.__wrapped__
    assert f("今天召开了全体会议。") == 0
    assert asp._challenge_gate().search("今天召开了全体会议。") is None
    assert f("社区养老服务资金严重不足，专业人员短缺。") >= 2  # 不足, 短缺
    assert f("防洪工程标准低，抗灾能力差。") >= 2           # two attributes stated low


def test_challenge_gate_finds_every_word_of_its_groups():
    gate = asp._challenge_gate()
    for group in asp.CHALLENGE_GATE_GROUPS:
        words = asp.lexicon().words(group)
        assert words, group
        for w in words:
            assert gate.search(f"甲{w}乙") is not None, (group, w)


def _named_sum(model, view, cues):
    """The sum as it was read before speed28: every 1-3-gram named ``c:<gram>``, then :meth:`_row_sum`."""
    grams = [f"c:{view[j:j + k]}" for k in (1, 2, 3) for j in range(len(view) - k + 1)]
    return model._row_sum(grams + cues)


def _views(model):
    """Views written for the test, and two built around 3-gram features the model knows (so the trigram path finds
    rows: the first two of its 3-gram features in sorted order, glued between words)."""
    trigrams = sorted(f[2:] for f in model.features if f.startswith("c:") and len(f) == 5)
    assert trigrams
    return ["", "要", "应当", "部分社区物资储备不足", "加强加强加强加强", "abc 1、2、3；问题：资金短缺",
            "应加快" + trigrams[0] + "建设", trigrams[0] + "，" + trigrams[1] + "。" + trigrams[0]]


def test_text_sum_with_the_trigram_heads_is_the_named_sum():
    m = am.load()
    cues = ["prose:challenge", "front:None", "sentence:challenge", "opener:None", "modal"]
    found = 0
    for view in _views(m):
        got = m._text_sum(view, cues)
        want = _named_sum(m, view, cues)
        assert got.tobytes() == want.tobytes(), view  # bit for bit: the same rows, added in the same order
        grams, heads = m._grams
        found += sum(view[j:j + 3] in grams for j in range(len(view) - 2))
    assert found >= 3  # the views hold 3-gram features: the filtered path was read


ESSAY = ("一、存在的主要问题\n\n部分社区养老服务资金不足。专业护理人员短缺，服务质量不高。\n\n"
         "二、对策建议\n\n一是加大财政投入。二是完善人才培养机制，提高护理人员待遇。")


def test_structural_heading_grams_are_the_heading_bigrams():
    ed = next(iter(pipeline.analyze(ESSAY)))
    layout = _layout(ed.structure, ed.sentences, ed.roles)
    ef = am.EssayFeatures(ed.structure, ed.sentences, layout)
    headings = set()
    for i in range(len(ed.sentences)):
        h = simplified_view(ef.headings[i][:40])
        want = [f"h:{h[j:j + 2]}" for j in range(len(h) - 1)]
        got = [f for f in ef.structural(i) if f.startswith("h:")]
        assert got == want
        headings.add(ef.headings[i])
    assert len(headings) >= 2  # sentences under two headings at least (each heading's grams built once)
    assert set(ef._heading_grams) == headings
