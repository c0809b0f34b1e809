"""Collection themes of points that open with a clause saying only WHEN (``撤并之后，…``), and of a household's cost
read apart from the grassroots' burden (summarizer.collection, issue 14; a new user's trial found the label
``撤并之后`` and unrelated joins through it). The collections here are written for the tests."""

from __future__ import annotations

from summarizer.collection import CHALLENGE_PROFILE, frame_end, label_of, synthesize, topics, weighted_features
from tests.test_collection_worded import essay  # points 40 characters apart: no neighbours


def themes(coll, aspect):
    """{frozenset of member texts: (essays, essay count, label)} of every theme of ``aspect``."""
    return {frozenset(p.text for p in t.points): (t.essays, t.essay_count, t.label) for t in getattr(coll, aspect)}


# four essays on merged villages: two problems, each essay opens one of them with the time of the merger
MERGED = [
    essay(0, ["撤并之后，村民办事路途遥远"]),
    essay(1, ["撤并之后，乡村学校教师流失"]),
    essay(2, ["村民办事路途遥远，极不方便"]),
    essay(3, ["合并以来，学校教师流失严重"]),
]


def test_a_leading_time_clause_neither_joins_nor_labels_a_theme():
    got = themes(synthesize(MERGED), "challenges")
    assert got == {
        frozenset({"撤并之后，村民办事路途遥远", "村民办事路途遥远，极不方便"}): ([0, 2], 2, "村民办事路途遥远"),
        frozenset({"撤并之后，乡村学校教师流失", "合并以来，学校教师流失严重"}): ([1, 3], 2, "学校教师流失严重"),
    }


def test_frame_end_skips_a_short_time_clause_only():
    assert frame_end("撤并之后，村民办事路途遥远") == 5
    assert frame_end("撤併之後，村民辦事路途遙遠") == 5  # read in the Simplified view
    assert frame_end("疫情发生以来， 基层干部疲于应付") == 8  # (the space after the comma skipped too)
    assert frame_end("老旧小区改造过程中：居民意见难以统一") == 10
    # more than ten characters before the time word: a clause with its own content
    assert frame_end("全县二十三个行政村完成撤并之后，村民办事不便") == 0
    # no clause break right after the time word, or nothing after it: no frame
    assert frame_end("以后的工作中要加强培训，提高能力") == 0
    assert frame_end("撤并之后，") == 0
    assert label_of("撤并之后，村民办事路途遥远"[frame_end("撤并之后，村民办事路途遥远"):]) == "村民办事路途遥远"


def test_frame_end_is_linear_on_long_and_many_inputs():
    assert frame_end("之后" * 50_000) == 0  # a 100k-character line without punctuation
    texts = ["撤并之后，办事难。"] * 10_000
    got = weighted_features(texts, CHALLENGE_PROFILE)
    assert len(got) == 10_000 and "撤" not in got[0] and "办事" in got[0]


# the grassroots' burden (paperwork, 负担过重) and what households cannot pay (rents, prices)
BURDEN = [
    essay(0, ["基层负担过重，疲于应付"], ["切实为基层减负"]),
    essay(1, ["各类台账多、负担重"], ["精简报表台账"]),
    essay(2, ["租金的负担越来越沉重", "楼价高企"]),
    essay(3, ["家庭负担重，市民无法负担高昂租金"]),
]


def test_a_households_cost_is_no_grassroots_burden():
    def topic_set(text):
        return {k for k in weighted_features([text], CHALLENGE_PROFILE)[0] if k.startswith("#")}
    assert topic_set("基层负担过重") == {"#burden"} and topic_set("台账多、负担重") == {"#burden"}
    assert topic_set("租金的负担越来越沉重") == {"#property_market"}  # a bare 负担 names no topic
    assert topic_set("家庭负担重") == set() and topic_set("市民无法负担租金") == {"#property_market"}
    assert "no_topic" in topics() and "负担" not in {w for ws in topics().values() for w in ws}
    coll = synthesize(BURDEN)
    got = themes(coll, "challenges")
    assert {m: v[:2] for m, v in got.items()} == {
        frozenset({"租金的负担越来越沉重", "家庭负担重，市民无法负担高昂租金", "楼价高企"}): ([2, 3], 2),
        frozenset({"各类台账多、负担重", "基层负担过重，疲于应付"}): ([0, 1], 2),
    }
    assert [(t.essays, t.essay_count) for t in coll.recommendations] == [([0, 1], 2)]
