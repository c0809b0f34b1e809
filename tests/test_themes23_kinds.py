"""themes23 (issue 14): an excess predicate (``繁多`` ``繁琐`` ``繁重`` ``偏多`` ``太多`` ``偏高`` …: the ``excess``
group of ``resources/theme_predicates.txt``) says *that* there is too much of a thing, as ``不足`` says that it is
short, and is taken out of a point's compared clause like the shortfall predicates
(:func:`summarizer.collection._cue_patterns`): two points faulting one thing in two such words meet on the thing, two
points faulting two things in one such word share nothing for it. And the two held-out gold collections of this round
(``benchmarks/data/themes/ltc7.json``, ``cogov6.json``) hold exactly the gold points of their documents. Small
collections written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from summarizer import collection
from summarizer.collection import CHALLENGE_PROFILE, RECOMMENDATION_PROFILE, synthesize, vectors, weighted_features
from theme_helpers import essay as _essay, themes as _themes
from costs import assert_linear

ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "benchmarks" / "data" / "themes"


@pytest.fixture
def no_excess(monkeypatch):
    """The synthesis as it was before this round (no ``excess`` group read)."""
    plain = collection._theme_predicates.__wrapped__
    monkeypatch.setattr(collection, "_theme_predicates", lambda group: () if group == "excess" else plain(group))
    collection._cue_patterns.cache_clear()
    yield
    collection._cue_patterns.cache_clear()


def test_excess_predicates_are_taken_out_of_the_compared_clause():
    got = weighted_features(["审批手续繁琐", "会议文件繁多", "基层任务繁重，人手紧张", "房价偏高"])
    assert got[0] == dict.fromkeys(["审", "批", "手", "续", "审批", "批手", "手续"], 1.0)
    assert got[1] == dict.fromkeys(["会", "议", "文", "件", "会议", "议文", "文件"], 1.0)
    assert {g for g in got[2] if not g.startswith("#")} == {"基", "层", "任", "务", "基层", "层任", "任务"}
    assert {g for g in got[3] if not g.startswith("#")} == {"房", "价", "房价"}
    # Traditional points read through their Simplified view
    assert weighted_features(["審批手續繁瑣"])[0] == got[0]


def test_a_bare_many_is_no_excess_predicate():
    # negative: 多 alone stands in words (多元 多部门 多头) and is kept, as are words that only hold an excess word's
    # characters (繁荣: prosperity)
    got = weighted_features(["台账多", "市场繁荣程度不高"])
    assert {"台", "账", "多", "台账", "账多"} <= set(got[0])
    assert {"繁", "荣", "繁荣"} <= set(got[1])


def test_two_things_faulted_in_one_excess_word_share_nothing():
    x, _ = vectors(["检查繁多", "会议繁多"], CHALLENGE_PROFILE)
    assert (x @ x.T).toarray()[0, 1] == 0.0


def test_before_this_round_the_excess_word_linked_them(no_excess):
    x, _ = vectors(["检查繁多", "会议繁多"], CHALLENGE_PROFILE)
    assert (x @ x.T).toarray()[0, 1] > 0.15  # 繁 多 繁多: a link by the predicate alone


def test_one_thing_faulted_in_two_excess_words_reads_the_same():
    x, _ = vectors(["审批手续繁琐", "审批手续过多", "审批手续太多"], CHALLENGE_PROFILE)
    assert np.allclose((x @ x.T).toarray(), 1.0)


def test_small_collection_themes_and_counts():
    essays = [_essay(0, ["收费项目繁多，企业负担沉重", "审批手续繁琐"]),
              _essay(1, ["收费项目太多"]),
              _essay(2, ["审批手续过多，群众来回跑", "学生课外作业偏多"]),
              _essay(3, ["学生课外作业繁重，睡眠不足"])]
    assert _themes(synthesize(essays), "challenges") == [
        ("审批手续繁琐", 2, [0, 2], ["审批手续繁琐", "审批手续过多，群众来回跑"]),
        ("学生课外作业偏多", 2, [2, 3], ["学生课外作业偏多", "学生课外作业繁重，睡眠不足"]),
        ("收费项目太多", 2, [0, 1], ["收费项目太多", "收费项目繁多，企业负担沉重"]),
    ]


def test_a_measure_against_excess_is_read_for_its_object():
    # 繁琐 in a measure (精简繁琐手续) is no object either: the measures meet on 手续
    got = weighted_features(["精简繁琐的审批手续", "减少审批手续"], RECOMMENDATION_PROFILE)
    assert "繁琐" not in got[0] and "手续" in got[0] and "手续" in got[1]


def test_excess_pass_is_linear():
    assert_linear(lambda n: weighted_features(["检查繁多、" * n] * 3), 1_250)


@pytest.mark.parametrize("name", ["ltc7", "cogov6"])
def test_held_out_gold_holds_the_gold_points_of_its_documents(name):
    gold = json.loads((THEMES / f"{name}.json").read_text(encoding="utf-8"))
    assert gold["held_out"] is True and gold["kind"] == "files"
    assert gold["essays"] == [f.split(".")[0] for f in gold["files"]]
    points = json.loads((THEMES / gold["docs"] / ".." / "gold.json").resolve().read_text(encoding="utf-8"))
    by_file = {e["file"]: e for e in points["essays"] if e.get("file")}
    for aspect in ("challenges", "recommendations"):
        themed = sorted((k, text) for theme in gold[aspect] for k, text in theme)
        expected = sorted((k, text) for k, f in enumerate(gold["files"]) for text in by_file[f][aspect])
        # every gold point of every document in exactly one theme, nothing else
        assert themed == expected, aspect
        assert all(theme for theme in gold[aspect])
