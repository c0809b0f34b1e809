"""Part 27 (trial24) points-reader kinds: alternatives with 要么 (no requirement), maxims and definitions (no point)."""
from summarizer import summarize


def _points(text):
    e = summarize(text).essays[0]
    return [(p.text, p.start, p.end) for p in e.challenges], [(p.text, p.start, p.end) for p in e.recommendations]


def test_either_or_alternatives_are_no_requirement():
    # 要么…要么… lists alternatives complained of: its 要 is no modal, the sentence is a complaint
    ch, rec = _points("小区停车位严重不足。物业要么不管,要么乱收费。")
    assert ch == [("小区停车位严重不足", 0, 9), ("物业要么不管,要么乱收费", 10, 22)]
    assert rec == []


def test_either_or_negative_plain_requirement_kept():
    # a plain 要 requirement still reads as one
    ch, rec = _points("小区停车位严重不足。要及时清理门口被占用的停车位。")
    assert rec == [("要及时清理门口被占用的停车位", 10, 24)]
