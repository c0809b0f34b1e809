"""themes22 (issue 14): legislation is law — ``立法`` is read as ``法律`` in the compared clause of a point
(``resources/theme_synonyms.txt``, :func:`summarizer.collection._canonical_words`), so that a measure that asks for a
law in either word (``加强专门立法`` / ``健全个人信息法律保护体系``) joins one theme; and the two held-out gold
collections of this round (``benchmarks/data/themes/hotline5.json``, ``estate6.json``) hold exactly the gold points
of their documents. Small collections written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer import collection
from summarizer.collection import RECOMMENDATION_PROFILE, synthesize, weighted_features
from theme_helpers import essay as _essay, themes as _themes
from costs import assert_linear

ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "benchmarks" / "data" / "themes"


@pytest.fixture
def no_legislation(monkeypatch):
    """The synthesis as it was before this round (``立法`` read as itself)."""
    _, canon = collection._synonym_pattern()
    canon = {w: c for w, c in canon.items() if w != "立法"}
    words = sorted(canon, key=lambda w: (-len(w), w))
    monkeypatch.setattr(collection, "_synonym_pattern",
                        lambda: (re.compile("|".join(re.escape(w) for w in words)), canon))
    yield
    monkeypatch.undo()


def _characters(text: str) -> set[str]:
    return {k for k in weighted_features([text], RECOMMENDATION_PROFILE)[0]
            if not k.startswith(collection.TOPIC_PREFIX)}


def test_legislation_read_as_law():
    assert collection._canonical_words("加强专门立法") == "加强专门法律"
    assert collection._canonical_words("个人隐私立法工作有待健全") == "个人隐私法律工作有待健全"
    # in a longer word too, in the compared clause only: 立法机关 reads 法律机关
    assert collection._canonical_words("建议立法机关出台相关规范") == "建议法律机关出台相关规范"
    # the two points share the law's characters and bigram
    assert "法律" in _characters("加强专门立法") & _characters("健全个人信息法律保护体系")


def test_no_legislation_inside_other_words():
    # negative: 立 and 法 apart (建立…执法, 方法) are no legislation
    assert collection._canonical_words("建立执法监督机制") == "建立执法监督机制"
    assert collection._canonical_words("创新工作方法") == "创新工作方法"
    assert "法律" not in _characters("建立执法监督机制")


ESSAYS = [
    _essay(0, [], ["加强专门立法", "推动数据开放共享"]),
    _essay(1, [], ["健全个人数据保护法律法规", "培养专业人才"]),
    _essay(2, [], ["加快反诈骗立法", "引进专业人才"]),
]


def test_small_collection_law_in_two_words_is_one_theme():
    # the law measure of essay 1 also names data (two topics): it needs the law's characters to join
    assert _themes(synthesize(ESSAYS), "recommendations") == [
        ("加强专门立法", 3, [0, 1, 2], ["加强专门立法", "健全个人数据保护法律法规", "加快反诈骗立法"]),
        ("培养专业人才", 2, [1, 2], ["培养专业人才", "引进专业人才"]),
        ("推动数据开放共享", 1, [0], ["推动数据开放共享"]),
    ]


def test_small_collection_without_the_synonym(no_legislation):
    assert [(label, count, essays) for label, count, essays, _ in _themes(synthesize(ESSAYS), "recommendations")] == [
        ("培养专业人才", 2, [1, 2]), ("加强专门立法", 2, [0, 2]), ("健全个人数据保护法律法规", 1, [1]),
        ("推动数据开放共享", 1, [0])]


def test_law_and_other_measures_stay_apart():
    # negative: a law measure does not take a measure of another thing that shares a generic verb
    coll = synthesize([_essay(0, [], ["加强专门立法"]), _essay(1, [], ["加强专门队伍建设"]),
                       _essay(2, [], ["加强宣传教育"])])
    assert sorted((label, count) for label, count, _, _ in _themes(coll, "recommendations")) == [
        ("加强专门立法", 1), ("加强专门队伍建设", 1), ("加强宣传教育", 1)]


def test_synonym_pass_is_linear():
    for unit, n in (("立法", 12_500), ("立", 25_000), ("法律立法。", 5_000)):
        assert_linear(lambda k: collection._canonical_words(unit * k), n, f"{unit!r} repeated")


@pytest.mark.parametrize("name", ["hotline5", "estate6"])
def test_held_out_gold_holds_the_gold_points_of_its_documents(name):
    gold = json.loads((THEMES / f"{name}.json").read_text(encoding="utf-8"))
    assert gold["held_out"] is True and gold["kind"] == "files"
    assert gold["essays"] == [f.split(".")[0] for f in gold["files"]]
    points = json.loads((THEMES / gold["docs"] / ".." / "gold.json").resolve().read_text(encoding="utf-8"))
    by_file = {e["file"]: e for e in points["essays"]}
    for aspect in ("challenges", "recommendations"):
        themed = sorted((k, text) for theme in gold[aspect] for k, text in theme)
        expected = sorted((k, text) for k, f in enumerate(gold["files"]) for text in by_file[f][aspect])
        # every gold point of every document in exactly one theme, nothing else
        assert themed == expected, aspect
        assert all(theme for theme in gold[aspect])
