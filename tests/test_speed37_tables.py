"""speed37: the per-essay tables of the points stage (``points._essay_table``) change no output.

``_sentence_spans_points`` reads each distinct sentence text once per essay and gives the spans at every sentence
that holds it, in text order; ``_paragraphs`` is built once per essay and shared by its passes. Both are checked
against the loop they replace, on small texts of the tests' own, and for linear cost (``costs.assert_linear``).
"""

from __future__ import annotations

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize_document
from summarizer.sentences import split_sentences


def _reader(sentence: str) -> list[tuple[int, int]]:
    """Spans of a toy reader: the clause after 要 (to its full stop), when the sentence holds 要."""
    k = sentence.find("要")
    return [(k + 1, len(sentence.rstrip("。")))] if k >= 0 else []


def _naive_spans(text: str, sentences, review: int, region_at=None) -> list[tuple[int, int]]:
    """The loop ``_sentence_spans_points`` ran before speed37: every sentence in turn."""
    added = []
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or region_at is not None and region_at(s.start) is not None:
            continue
        added.extend((s.start + a, s.start + b) for a, b in _reader(text[s.start:s.end]))
    return added


def _spans_of(text: str, sentences, review: int, region_at=None) -> list[tuple[int, int]]:
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    points._sentence_spans_points(text, sentences, out, 60, review, asp.RECOMMENDATION, _reader, region_at)
    return [(p.start, p.end) for p in out[asp.RECOMMENDATION]]


TEXT = "各地要加强基层治理。村里人手不足。各地要加强基层治理。街道要完善网格管理。各地要加强基层治理。"


def test_repeated_sentences_give_a_point_at_each_place_in_text_order():
    sentences = split_sentences(TEXT)
    got = _spans_of(TEXT, sentences, len(TEXT))
    assert [TEXT[a:b] for a, b in got] == ["加强基层治理", "加强基层治理", "完善网格管理", "加强基层治理"]
    assert [a for a, _ in got] == [3, 20, 30, 40]


def test_the_grouped_pass_adds_what_the_sentence_loop_added():
    sentences = split_sentences(TEXT)
    naive = _naive_spans(TEXT, sentences, len(TEXT))
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    points._add_items(TEXT, out, asp.RECOMMENDATION, naive, 60)
    assert _spans_of(TEXT, sentences, len(TEXT)) == [(p.start, p.end) for p in out[asp.RECOMMENDATION]]


def test_review_and_region_still_leave_sentences_out():
    sentences = split_sentences(TEXT)
    # past offset 25 a reviewer speaks: only the first two 要 sentences give points
    assert [a for a, _ in _spans_of(TEXT, sentences, 25)] == [3, 20]
    # the second sentence of 要 lies in a region: its occurrence gives no point, the others do
    region = {17: asp.RECOMMENDATION}
    assert [a for a, _ in _spans_of(TEXT, sentences, len(TEXT), lambda pos: region.get(pos))] == [3, 30, 40]


def test_distinct_sentences_groups_each_text_once_with_its_places():
    sentences = split_sentences(TEXT)
    groups = points._distinct_sentences(TEXT, sentences, len(TEXT))
    assert groups == [("各地要加强基层治理。", [(0, 0), (2, 17), (4, 37)]), ("村里人手不足。", [(1, 10)]),
                      ("街道要完善网格管理。", [(3, 27)])]


def test_paragraphs_group_sentences_by_line_inside_and_outside_extract_points():
    text = "第一段说问题。还说一句。\n第二段提建议。\n第三段。再一句。"
    sentences = split_sentences(text)
    assert points._paragraphs(text, sentences) == [[0, 1], [2], [3, 4]]
    assert points._line_groups(text, sentences) == [[0, 1], [2], [3, 4]]


def test_tables_are_dropped_when_extract_points_returns():
    summarize_document("一、存在的问题\n人手不足，经费紧张。\n二、对策建议\n要增加编制，要加大投入。")
    assert points._ESSAY_TABLES.tables is None


def test_numbered_lines_cost_grows_linearly():
    assert_linear(lambda n: summarize_document("".join(f"{i}. 加强基层治理。\n" for i in range(1, n + 1))), 250,
                  "numbered lines through the whole pipeline")
