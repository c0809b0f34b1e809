"""Failure kinds found on the weakest held-out documents of the aspect corpus (weakb20), each on a text written for
the test.

1. An ordinal with a classifier and a short noun labels each item of a run (``第一种方案：…``, ``第二条建议：…``,
   ``第三点：…``): only the bare ordinal (``第一，``) opened a ``di`` item, so the label stayed inside the point, or
   the item was lost (:data:`summarizer.structure._DI_LABEL`).
2. A prohibition that opens a later clause with an emphatic adverb (``……，切不可四面出击``, ``千万不可…``,
   ``万万不可…``) forbids as 不应/切勿 do: only the sentence-initial reading knew the words, and the prose sentence
   was neither aspect (``prose_prohibition`` cue group).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer.structure import parse


def test_an_ordinal_with_a_classifier_labels_its_item():
    text = ("校园周边道路狭窄，上下学时段拥堵严重。建议以下两种方案供有关部门参考：\n\n"
            "第一种方案：在校门两侧增设临时停车位，错峰放学。\n\n"
            "第二种方案：开通定制校车线路，减少家长接送车辆。\n")
    assert points(text) == (["校园周边道路狭窄，上下学时段拥堵严重"],
                            ["在校门两侧增设临时停车位，错峰放学", "开通定制校车线路，减少家长接送车辆"])
    st = parse(text)
    assert [(it.family, it.value) for it in st.items if it.family == "di"] == [("di", 1), ("di", 2)]


def test_an_ordinal_label_needs_its_colon():
    # (第一次，… and 第二个，… narrate in order: no label, no item)
    st = parse("第一次，他来到村里调研。第二次，他带来了技术员。")
    assert [it.family for it in st.items if it.family == "di"] == []
    st = parse("第一条：严禁酒后驾驶。第二条：严禁疲劳驾驶。")
    assert [(it.family, it.value) for it in st.items] == [("di", 1), ("di", 2)]


def test_an_emphatic_prohibition_in_a_later_clause_prescribes():
    assert asp.prose_aspect("这时更要分清轻重缓急，切不可四面出击。") == asp.RECOMMENDATION
    assert asp.prose_aspect("资金有限，千万不可盲目铺摊子。") == asp.RECOMMENDATION
    assert points("乡镇财力薄弱，债务负担沉重。这时更要分清轻重缓急，切不可四面出击。") == (
        ["乡镇财力薄弱，债务负担沉重"], ["这时更要分清轻重缓急，切不可四面出击"])
    # (不可 alone is no prohibition: 不可或缺 praises)
    assert asp.prose_aspect("基层干部的作用不可或缺。") is None
