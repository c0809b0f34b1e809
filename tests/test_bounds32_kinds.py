"""bounds32: issue 9 leftovers. The near-duplicate test of points is bounded (points.DEDUP_MAX_KEPT: the first kept
points of an aspect in text order compete, later ones are not read), list items and their roles carry no instance
dict (slots), the library's options are strictly typed in one place (schema.SummarizeOptions), and points.py no
longer imports numpy. Inputs written for these tests; no clock bounds (costs.assert_linear compares CPU-time ratios).
"""

from __future__ import annotations

import pydantic
import pytest
from costs import assert_linear

import summarizer
from summarizer import points
from summarizer.aspects import ItemRole
from summarizer.schema import SummarizeOptions
from summarizer.structure import Item, parse


def _recommendations(text: str) -> list[str]:
    return [p.text for e in summarizer.summarize(text).essays for p in e.recommendations]


_FIVE = "二、对策建议\n1.充实基层队伍\n2.加大财政投入\n3.完善考核办法\n4.畅通投诉渠道\n5.培育社会组织\n"


def test_dedup_keeps_the_first_points_in_text_order_up_to_the_cap(monkeypatch):
    assert _recommendations(_FIVE) == ["充实基层队伍", "加大财政投入", "完善考核办法", "畅通投诉渠道", "培育社会组织"]
    monkeypatch.setattr(points, "DEDUP_MAX_KEPT", 3)
    assert _recommendations(_FIVE) == ["充实基层队伍", "加大财政投入", "完善考核办法"]


def test_dedup_cap_counts_distinct_points_only(monkeypatch):
    # a repeated point is dropped as the same point and takes no room under the cap
    monkeypatch.setattr(points, "DEDUP_MAX_KEPT", 3)
    text = "二、对策建议\n1.充实基层队伍\n2.充实基层队伍\n3.加大财政投入\n4.完善考核办法\n5.畅通投诉渠道\n"
    assert _recommendations(text) == ["充实基层队伍", "加大财政投入", "完善考核办法"]


def test_dedup_of_points_differing_by_digits_only_is_linear(monkeypatch):
    # numbered lines whose points differ in their digits only pass every character-count filter of the index: with
    # the cap (small here, so that small inputs reach it), each new point meets at most the cap's kept points
    monkeypatch.setattr(points, "DEDUP_MAX_KEPT", 20)
    assert_linear(lambda n: summarizer.summarize("".join(f"{10000 + 7 * i}.加强治理\n" for i in range(n))), 300,
                  "numbered lines of distinct digits")


def test_items_and_roles_have_slots():
    s = parse("一、问题\n1.人员不足\n2.经费紧张\n")
    assert [it.marker for it in s.items] == ["一、", "1.", "2."]
    assert not any(hasattr(it, "__dict__") for it in s.items)
    assert not hasattr(ItemRole(None, "none"), "__dict__")
    assert "__slots__" in vars(Item)


@pytest.mark.parametrize("kw", [{"max_points": "3"}, {"max_points": True}, {"max_points": 3.0},
                                {"aspect_model": "yes"}, {"theme_threshold": "0.5"}, {"max_keyphrases": None}])
def test_loosely_typed_options_are_refused_naming_the_field(kw):
    with pytest.raises(pydantic.ValidationError) as err:
        summarizer.summarize("加强治理。", **kw)
    assert err.value.errors()[0]["loc"] == (next(iter(kw)),)
    with pytest.raises(pydantic.ValidationError):
        SummarizeOptions(**kw)


def test_well_typed_options_pass():
    assert SummarizeOptions(max_points=3, theme_threshold=1, aspect_model=False).theme_threshold == 1.0
    assert len(summarizer.summarize(_FIVE, max_points=2).essays[0].recommendations) == 2


def test_points_does_not_import_numpy():
    assert "np" not in vars(points) and "numpy" not in vars(points)


def test_marker_texts_are_one_string_each():
    # 100k one-character markers held 100k copies of their text: equal marker texts are now one object
    s = parse("加强治理：①人员不足②经费紧张③制度缺失；①充实队伍②加大投入③完善制度。\n")
    circled = [it.marker for it in s.items if it.marker == "①"]
    assert len(circled) == 2 and circled[0] is circled[1]
