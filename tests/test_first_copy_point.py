"""A sentence a paste repeated inside one paragraph gives its point from the first copy (fix48)."""
from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import RawPoint
from summarizer.sentences import move_to_first_copies

_REPEAT = "各地要把这项工作摆上重要日程，加强统筹协调，压实属地责任，确保政策落到实处。"


def _points(text):
    doc = summarize_document(text)
    return [(p.start, p.end, p.text) for e in doc.essays for p in e.recommendations]


def test_repeated_sentence_read_from_first_copy():
    text = ("当前社区养老服务还存在不少短板，护理人员数量不足，服务设施老化。\n"
            "为此，建议完善社区养老服务网络，加大护理人员培训力度。总之，养老服务关系千家万户。"
            + _REPEAT * 12 + "\n")
    first = text.index(_REPEAT)
    recs = [r for r in _points(text) if "压实属地责任" in r[2]]
    assert recs and all(r[0] == first for r in recs)


def test_first_copies_takes_a_whole_clause_copy_of_the_same_paragraph():
    text = "加强统筹协调。\n要加强统筹协调，压实责任。加强统筹协调。加强统筹协调。"
    last = text.rindex("加强统筹协调")
    p = RawPoint("recommendation", last, last + 6)
    move_to_first_copies(text, [p])
    # (the copy of the line before is in another paragraph; 要加强… is no clause of its own: the third copy)
    second = text.index("。加强统筹协调") + 1
    assert (p.start, p.end) == (second, second + 6)


def test_first_copies_not_over_a_point_kept_before():
    text = "加强统筹协调。压实责任。加强统筹协调。"
    before = RawPoint("recommendation", 0, 6)
    last = RawPoint("recommendation", 12, 18)
    move_to_first_copies(text, [before, last])
    assert (last.start, last.end) == (12, 18)


def test_first_copies_linear():
    assert_linear(lambda n: _points("建议加强统筹协调，压实属地责任。" * n + "\n"), 200, "repeated sentences")
