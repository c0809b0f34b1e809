"""perf60: a run of thousands of enumerated lines costs linear time (each item's previous sibling is indexed once per
structure), and a bad input's error answers without importing the pipeline."""

from __future__ import annotations

from costs import assert_linear

from summarizer.points import inline_noun_item
from summarizer.structure import parse


def test_previous_sibling_follows_parent_children_and_root_runs():
    st = parse("一、总体情况\n（一）完善制度。\n（二）加强监督。\n（三）强化考核。\n二、下一步\n（一）补齐短板。")
    got = [(it.marker, getattr(st.previous_sibling(it), "marker", None)) for it in st.items]
    assert got == [("一、", None), ("（一）", None), ("（二）", "（一）"), ("（三）", "（二）"), ("二、", "一、"),
                   ("（一）", None)]


def test_inline_noun_item_reads_its_previous_sibling():
    st = parse("居民反映，最盼望的一是菜场，二是公厕，可是两样都没有建起来。")
    assert [(it.marker, inline_noun_item(st, it)) for it in st.items] == [("一是", False), ("二是", True)]


def _noun_items_of_runs(n: int) -> int:
    text = "\n".join("（1）建议加强管理。\n（2）建议完善制度。\n（3）建议强化考核。" for _ in range(n))
    st = parse(text)
    return sum(inline_noun_item(st, it) for it in st.items)


def test_inline_noun_item_over_many_runs_is_linear():
    """n runs of three untitled （i） items: looking each item's run up among all items was quadratic."""
    st = parse("（1）建议加强管理。\n（2）建议完善制度。\n（1）建议强化考核。\n（2）建议落实责任。")
    assert [(it.run, getattr(st.previous_sibling(it), "start", None)) for it in st.items] == [
        (0, None), (0, 0), (1, None), (1, st.items[2].start)]
    assert _noun_items_of_runs(50) == 0
    assert_linear(_noun_items_of_runs, 300, "runs of （1）…（3） lines, every item's previous sibling")
