"""themes21 (issue 14): a one-character difficulty predicate closing a clause (``融资难、融资贵`` ``用工难``:
``resources/theme_predicates.txt``'s ``difficulty`` group, :func:`summarizer.collection._difficulty_pattern`) is taken
out of a challenge's compared clause like ``不足``; and the two held-out gold collections of this round
(``benchmarks/data/themes/economy6.json``, ``eldercare7.json``) hold exactly the gold points of their documents. Small
collections written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer import collection
from summarizer.collection import synthesize, weighted_features
from theme_helpers import essay as _essay, themes as _themes
from costs import assert_linear

ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "benchmarks" / "data" / "themes"


@pytest.fixture
def no_difficulty(monkeypatch):
    """The synthesis as it was before the difficulty predicate (难 贵 kept as characters)."""
    monkeypatch.setattr(collection, "_difficulty_pattern", lambda: "(?!)")
    collection._cue_patterns.cache_clear()
    collection._label_frame_parts.cache_clear()
    yield
    monkeypatch.undo()
    collection._cue_patterns.cache_clear()
    collection._label_frame_parts.cache_clear()


def _characters(text: str) -> set[str]:
    return {k for k in weighted_features([text])[0] if not k.startswith(collection.TOPIC_PREFIX)}


def test_difficulty_predicate_taken_out_at_a_clause_end():
    # closing the clause or a list item: the predicate goes, the thing stays
    assert _characters("融资难、融资贵") == {"融", "资", "融资"}
    assert _characters("用工难") == {"用", "工", "用工"}
    # a Traditional point is read in its Simplified view
    assert _characters("融資難") == {"融", "资", "融资"}


def test_difficulty_character_inside_a_word_stays():
    # 难度 贵州: the character is part of a word, no predicate
    assert {"难", "难度"} <= _characters("增收难度加大")
    assert {"贵", "贵州"} <= _characters("贵州山区交通不便")
    # 贵 before more of its clause (看病贵的问题…) is no predicate either
    assert "贵" in _characters("看病难，看病贵的问题依然突出")


def test_difficulty_pattern_is_linear():
    pattern = collection._cue_patterns()[0]
    for unit, n in (("难", 25_000), ("融资难、", 6_250), ("。难", 12_500)):
        assert_linear(lambda k: pattern.sub(" ", unit * k), n, f"{unit!r} repeated")


ESSAYS = [
    _essay(0, ["融资难", "用工难", "看病难、看病贵"]),
    _essay(1, ["招工难", "融资难、融资贵", "上学难"]),
    _essay(2, ["乡镇卫生院看病难", "企业融资渠道单一"]),
]


def test_small_collection_hard_in_one_thing_meets_on_the_thing():
    assert _themes(synthesize(ESSAYS), "challenges") == [
        ("融资难", 3, [0, 1, 2], ["融资难", "融资难、融资贵", "企业融资渠道单一"]),
        ("用工难", 2, [0, 1], ["用工难", "招工难"]),
        ("看病难、看病贵", 2, [0, 2], ["看病难、看病贵", "乡镇卫生院看病难"]),
        ("上学难", 1, [1], ["上学难"]),
    ]


def test_small_collection_without_the_predicate(no_difficulty):
    # the kept 难 outweighs the thing in a short point: 看病难 of essay 2 stays apart from 看病难、看病贵
    assert [(label, count, essays) for label, count, essays, _ in _themes(synthesize(ESSAYS), "challenges")] == [
        ("融资难", 3, [0, 1, 2]), ("用工难", 2, [0, 1]), ("看病难、看病贵", 1, [0]), ("上学难", 1, [1]),
        ("乡镇卫生院看病难", 1, [2])]


def test_hard_in_two_things_stays_apart():
    # negative: two difficulties of two things share nothing once the predicate is out
    coll = synthesize([_essay(0, ["融资难"]), _essay(1, ["上学难"]), _essay(2, ["看病难"])])
    assert sorted((label, count) for label, count, _, _ in _themes(coll, "challenges")) == [
        ("上学难", 1), ("看病难", 1), ("融资难", 1)]


def test_hiring_words_read_as_one():
    assert collection._canonical_words("企业招工难") == "企业用工难"
    assert collection._canonical_words("招人难") == "用工难"


@pytest.mark.parametrize("name", ["economy6", "eldercare7"])
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


def test_difficulty_group_in_resource():
    words = collection._theme_predicates("difficulty")
    assert set(words) == {"难", "贵"}
    assert re.fullmatch(r"\(\?<=.*\)\[.*\]\(\?=.*\)", collection._difficulty_pattern())
