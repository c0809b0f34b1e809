"""Part 38 (ids 1680-1746, a new user's blind trial set): fault kinds it met, on inputs written for these tests.

A kind the pipeline still gets wrong is an ``xfail(strict=True)`` test stating the right value; whoever fixes the
kind removes the mark and the test then guards the fix. Kinds and examples: ``benchmarks/data/aspects/SOURCES.md``.
"""

from __future__ import annotations

import pytest

from tests.aspect_helpers import points as _points

_PROBLEM = "區內電單車車位嚴重不足，很多居民下班後找不到車位。"


def test_a_councillors_urging_is_a_measure():
    """The control: `議員促請政府增設…` after the problem is the story's speaker's demand (read today)."""
    chals, recs = _points(_PROBLEM + "議員促請政府增設電單車泊位，並檢討咪錶收費。")
    assert any("車位嚴重不足" in c for c in chals), chals
    assert any("增設電單車泊位" in r for r in recs), recs


@pytest.mark.xfail(strict=True, reason="Part 38 kind: an association's 促請 demand after 該會 is missed (1724-like)")
def test_an_associations_urging_is_a_measure():
    """`該會促請當局增設…` is the same demand as the control's, only its speaker is the association."""
    _, recs = _points(_PROBLEM + "該會促請當局增設電單車泊位，並檢討咪錶收費。")
    assert any("增設電單車泊位" in r for r in recs), recs


def test_a_readers_hope_in_a_complaint_story_is_a_measure():
    """A readers'-complaint story: `讀者陳先生盼運輸署盡快增加該線班次` is the demand the story is about."""
    text = ("本報接獲多名讀者來信，指來往新城與舊港的小巴班次太疏，繁忙時間往往要等候超過半小時。"
            "讀者陳先生盼運輸署盡快增加該線班次，並在總站加建上蓋。小巴公司回應指，會研究有關意見。")
    _, recs = _points(text)
    assert any("增加該線班次" in r for r in recs), recs


@pytest.mark.xfail(strict=True, reason="Part 38 kind: a regulation's 須/不得 clauses read as recommendations (1682, 1687)")
def test_a_procedure_article_has_no_measures():
    """A rule text's numbered clauses (`議員須於…提交質詢`, `質詢不得涉及…`) state duties, not an author's proposals:
    a gazette or handbook page of them is a negative (no challenge, no recommendation)."""
    text = ("第五條\n（提交質詢）\n一、議員須於會議舉行前五日以書面提交質詢。\n"
            "二、秘書處須將質詢列入議程，並通知有關官員。\n三、質詢不得涉及司法保密的事項。\n")
    chals, recs = _points(text)
    assert (chals, recs) == ([], [])
