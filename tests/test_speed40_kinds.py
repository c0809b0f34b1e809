"""speed40: per-point and per-item waste the points stage sheds changes no output.

* ``aspects.modal_strength`` and ``aspects.strong_modal`` are remembered per document (``aspects._remembered``): the
  same answers, and the memos are emptied after each ``summarize`` call like the other document memos.
* ``points.point_start`` (``unlinked_start`` with ``frames``) is remembered within one ``extract_points`` call for its
  essay's text and cut: the same offset as reading afresh, inside a call and outside one.
* One search replaces a find (or an ``rfind``) a word: ``aspects.opens_with_findings``, the last sentence break of
  ``aspects.inside_definition`` and ``points._sentence_head``, the first verb of ``points.demand_after_reply``, the
  gate of ``points.demand_chain_clauses``; ``points.speakers_demands`` returns at once for a one-clause sentence.
* ``extract_points`` reads the character after an item's first sentence without copying the essay's rest.
Values on small texts of the tests' own; cost by ratio (``costs.assert_linear``), never timed.
"""

from __future__ import annotations

import pytest
from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize

TEXTS = ("要加强基层治理，应完善制度", "加强基层治理", "基层力量不足", "政府应加强监管", "而要加快改革，必须落实责任")


@pytest.mark.parametrize("name", ("modal_strength", "strong_modal"))
def test_remembered_modals_answer_as_the_function(name):
    fn = getattr(asp, name)
    for text in TEXTS:
        assert fn(text) == fn.__wrapped__(text)
        assert fn(text) == fn.__wrapped__(text)  # (the second answer from the memo)


def test_remembered_modal_values():
    assert asp.modal_strength("要加强基层治理，应完善制度") == 2
    assert asp.modal_strength("加强基层治理") == 1
    assert asp.modal_strength("基层力量不足") == 0
    assert asp.strong_modal("政府应加强监管") is True
    assert asp.strong_modal("基层力量不足") is False


def test_remembered_modals_are_emptied_after_each_call():
    summarize("".join(f"{i}. 加强基层治理。\n" for i in range(1, 30)))
    assert asp.modal_strength.cache_info().currsize == 0
    assert asp.strong_modal.cache_info().currsize == 0


def test_point_start_equals_unlinked_start_inside_and_outside_a_call():
    text = "对此，要加强基层治理。目前，基层力量不足。同时，经费紧张。"
    spans = [(0, 11), (11, 21), (21, 29), (3, 11)]
    fresh = [points.unlinked_start(text, a, b, None, frames=True) for a, b in spans]
    assert fresh == [3, 14, 24, 3]
    assert [points.point_start(text, a, b) for a, b in spans] == fresh  # (outside a call: no memo)
    points._ESSAY_TABLES.tables = {}
    try:
        assert [points.point_start(text, a, b) for a, b in spans] == fresh
        assert [points.point_start(text, a, b) for a, b in spans] == fresh  # (from the memo)
        other = "基层力量不足的问题仍然很多。"  # another text, the same span: read afresh, not the first text's 3
        assert points.point_start(other, 0, 11) == points.unlinked_start(other, 0, 11, None, frames=True) == 0
    finally:
        points._ESSAY_TABLES.tables = None


def test_char_at_is_the_slice_of_the_rest():
    text = "如何加强治理？要加强。"
    for k in range(len(text) + 2):
        assert points._char_at(text, k) == text[k:][:1]


def test_opens_with_findings_values():
    assert asp.opens_with_findings("研究发现，社区服务不足") is True
    assert asp.opens_with_findings("本次调查研究发现社区服务不足") is True  # (the word at offset 4, within 6)
    assert asp.opens_with_findings("经过长时间的深入细致研究发现，社区服务不足") is False  # (too far in)
    assert asp.opens_with_findings("加强基层治理") is False


@pytest.mark.parametrize("text", ["第一段讲现状。接着说问题，基层力量不足", "没有句号的一段话", "一句。\n二句！三句？",
                                  "问题？" * 30 + "尾巴", "", "。"])
def test_last_break_matches_equal_the_rfinds(text):
    for hi in range(len(text) + 1):
        for lo in range(hi + 1):
            tail = text[lo:hi]
            want = max((i for i, c in enumerate(tail) if c in asp._SENTENCE_BREAK_CHARS), default=-1)
            assert asp._last_sentence_break(text, lo, hi) == (lo + want if want >= 0 else -1)
        a = max(0, hi - points.SENTENCE_HEAD_CHARS)
        head = text[a:hi]
        assert points._sentence_head(text, hi) == head[max(head.rfind(c) for c in points._SENTENCE_END_CHARS) + 1:].strip()


def test_sentence_head_values():
    text = "第一段讲现状。接着说问题，基层力量不足"
    assert points._sentence_head(text, len(text)) == "接着说问题，基层力量不足"
    assert points._sentence_head("没有句号的一段话", 8) == "没有句号的一段话"


def test_demand_after_reply_values():
    s = "局长表示会继续研究，不过，议员要求政府尽快兴建公屋。"
    assert [s[a:b] for a, b in points.demand_after_reply(s)] == ["议员要求政府尽快兴建公屋"]
    assert points.demand_after_reply("不过，议员要求政府尽快兴建公屋。") == []  # (no words of saying before the turn)


def test_speakers_demands_values():
    s = "陈议员要求政府增加公屋供应；李议员建议当局要加快审批工作。"
    assert [s[a:b] for a, b in points.speakers_demands(s)] == ["要求政府增加公屋供应", "当局要加快审批工作"]
    assert points.speakers_demands("陈议员要求政府增加公屋供应。") == []  # (one clause: one turn)
    assert points.speakers_demands("陈议员要求政府增加公屋供应！李议员建议当局要加快审批工作。") == []


def test_demand_chain_and_summing_tail_values():
    s = "工会又要求增加夜间班次，在新区设立小巴总站，并建议政府研究引入电动巴士，为营办商提供补贴"
    assert points.demand_chain_clauses(s) == [(5, 11), (12, 21), (22, 44)]
    assert points.demand_chain_clauses("增加夜间班次，设立总站") == []
    t = "拆迁补偿标准过低，居民外迁严重，这些都是亟待解决的问题"
    assert points._without_summing_tail(t, 0, len(t)) == 15
    assert points._without_summing_tail("拆迁补偿标准过低", 0, 8) == 8


def test_numbered_lines_cost_stays_linear():
    assert_linear(lambda n: summarize("".join(f"{i}. 加强基层治理。\n" for i in range(1, n + 1))), 400,
                  "numbered lines")
