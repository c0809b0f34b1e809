"""themes24 (issue 14): a level judged too high, too low or too weak (``高昂`` ``昂贵`` ``太高`` ``较高`` ``较低``
``偏弱`` ``较弱`` ``太大`` ``较大`` …: the ``level`` group of ``resources/theme_predicates.txt``) says *how much*, not
*what*, and is taken out of a point's compared clause like ``不足`` (:func:`summarizer.collection._cue_patterns`):
two points judging one thing in two such words meet on the thing (``养育成本高昂`` / ``育儿成本过高``), two points
judging two things in one word share nothing for it (``房价太高`` / ``学费太高``). And the two held-out gold
collections of this round (``benchmarks/data/themes/birth6.json``, ``burden7.json``) hold exactly the gold points of
their documents. Small collections written for these tests."""

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
def no_level(monkeypatch):
    """The synthesis as it was before this round (no ``level`` group read)."""
    plain = collection._theme_predicates.__wrapped__
    monkeypatch.setattr(collection, "_theme_predicates", lambda group: () if group == "level" else plain(group))
    collection._cue_patterns.cache_clear()
    yield
    collection._cue_patterns.cache_clear()


def _childcare():
    return [_essay(0, ["托育机构数量不足，入托难", "养育成本高昂"], ["增加普惠托育服务供给", "发放育儿补贴"]),
            _essay(1, ["公办托育资源短缺", "生育补贴力度不够"], ["扩大公办托育机构覆盖面", "提高生育补贴标准"]),
            _essay(2, ["育儿成本过高，家庭负担沉重"], ["减轻家庭养育成本"])]


def test_level_predicates_are_taken_out_of_the_compared_clause():
    got = weighted_features(["养育成本高昂", "育儿成本太高", "药品价格昂贵", "农民收入水平较低"])
    assert got[0] == dict.fromkeys(["养", "育", "成", "本", "养育", "育成", "成本"], 1.0)
    assert got[1] == dict.fromkeys(["育", "儿", "成", "本", "育儿", "儿成", "成本"], 1.0)
    assert {g for g in got[2] if not g.startswith("#")} == {"药", "品", "价", "格", "药品", "品价", "价格"}
    assert {g for g in got[3] if not g.startswith("#")} == {"农", "民", "收", "入", "水", "平", "农民", "民收",
                                                            "收入", "入水", "水平"}
    # Traditional points read through their Simplified view
    assert weighted_features(["養育成本高昂"])[0] == got[0]


def test_a_bare_high_or_low_is_no_level_predicate():
    # negative: one character (低 高 大) stands in words and is kept; so is a word that only holds a level word's
    # characters (提高: a measure's verb, 高度)
    got = weighted_features(["门槛低", "重视程度高度不够"])
    assert {"门", "槛", "低", "门槛", "槛低"} <= set(got[0])
    assert {"高", "度", "高度"} <= set(got[1])
    assert "收入" in weighted_features(["提高收入水平"], RECOMMENDATION_PROFILE)[0]


def test_two_things_judged_in_one_level_word_share_nothing():
    x, _ = vectors(["房价太高", "学费太高"], CHALLENGE_PROFILE)
    assert (x @ x.T).toarray()[0, 1] == 0.0


def test_before_this_round_the_level_word_linked_them(no_level):
    x, _ = vectors(["房价太高", "学费太高"], CHALLENGE_PROFILE)
    assert (x @ x.T).toarray()[0, 1] > 0.15  # 太 高 太高: a link by the predicate alone


def test_one_thing_judged_in_two_level_words_reads_the_same():
    x, _ = vectors(["监管力量较弱", "监管力量偏弱", "监管力量太弱"], CHALLENGE_PROFILE)
    assert np.allclose((x @ x.T).toarray(), 1.0)


def test_small_collection_themes_and_counts():
    coll = synthesize(_childcare())
    assert _themes(coll, "challenges") == [
        ("公办托育资源短缺", 2, [0, 1], ["公办托育资源短缺", "托育机构数量不足，入托难"]),
        ("养育成本高昂", 2, [0, 2], ["养育成本高昂", "育儿成本过高，家庭负担沉重"]),
        ("生育补贴力度不够", 1, [1], ["生育补贴力度不够"]),
    ]
    assert _themes(coll, "recommendations") == [
        ("发放育儿补贴", 2, [0, 1], ["发放育儿补贴", "提高生育补贴标准"]),
        ("增加普惠托育服务供给", 2, [0, 1], ["增加普惠托育服务供给", "扩大公办托育机构覆盖面"]),
        ("减轻家庭养育成本", 1, [2], ["减轻家庭养育成本"]),
    ]


def test_before_this_round_the_cost_theme_was_split(no_level):
    labels = [t[0] for t in _themes(synthesize(_childcare()), "challenges")]
    assert "养育成本高昂" in labels and "育儿成本过高" in labels  # two themes of one point each


def test_levels_of_one_thing_make_one_theme_and_two_things_stay_apart():
    essays = [_essay(0, ["群众参与意愿较低", "农民收入水平较低"]),
              _essay(1, ["群众参与意愿不高"]),
              _essay(2, ["农民收入水平偏低", "监管力量较弱"]),
              _essay(3, ["监管力量偏弱"])]
    assert _themes(synthesize(essays), "challenges") == [
        ("群众参与意愿较低", 2, [0, 1], ["群众参与意愿较低", "群众参与意愿不高"]),
        ("农民收入水平较低", 2, [0, 2], ["农民收入水平较低", "农民收入水平偏低"]),
        ("监管力量较弱", 2, [2, 3], ["监管力量较弱", "监管力量偏弱"]),
    ]


def test_grassroots_burden_measures_group_by_their_object():
    essays = [_essay(0, [], ["精简督查检查考核", "清理整合政务APP"]),
              _essay(1, [], ["压减督查检查频次", "整合政务APP，减少重复填报"]),
              _essay(2, [], ["为基层干部减负"])]
    assert _themes(synthesize(essays), "recommendations") == [
        ("整合政务APP", 2, [0, 1], ["清理整合政务APP", "整合政务APP，减少重复填报"]),
        ("精简督查检查考核", 2, [0, 1], ["精简督查检查考核", "压减督查检查频次"]),
        ("为基层干部减负", 1, [2], ["为基层干部减负"]),
    ]


def test_level_pass_is_linear():
    # at the full size (n = 20,000): three 100,000-character lines and 10,000 short ones
    assert_linear(lambda n: weighted_features(["成本高昂、" * n] * 3 + ["成本较高"] * (n // 2)), 1_250)


@pytest.mark.parametrize("name", ["birth6", "burden7"])
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
