"""Round 41 of the collection themes (issue 14): near-synonyms. Nothing in the similarity changed this round (the
corpus-derived near-synonym maps, head nouns, section headings and corpus IDF weights tried are in README.md's
Round 41); these tests pin what a reader expects of points that say one thing in different words, on small
collections of their own, so a later change that loses it fails here.

- Staff strength in three wordings (``人手不足`` / ``人力短缺`` / ``工作力量薄弱``: ``resources/theme_synonyms.txt``'s
  ``人手`` group, the shortcoming predicates taken out) is one theme of three essays; funding stays apart.
- A degree word (``严重`` ``明显``) or another shortcoming predicate (``匮乏`` for ``不足``) does not split a theme.
- The themes are deterministic: the same essays give the same themes, labels and counts on a second run.
"""

from __future__ import annotations

from summarizer.collection import synthesize
from theme_helpers import essay, themes

_STAFF = [
    essay(0, ["社区人手不足，工作压力大", "居民参与意识不强"]),
    essay(1, ["基层人力短缺，难以应对突发事件", "老旧小区设施老化"]),
    essay(2, ["社区工作力量薄弱", "居民参与热情不高"]),
    essay(3, ["财政经费保障不足"]),
]


def test_staff_strength_in_three_wordings_is_one_theme_of_three_essays():
    got = themes(synthesize(_STAFF), "challenges")
    # (theme44: 工作力量薄弱 carries the personnel topic now, the most central point, whose clause is the label)
    assert got[0] == ("社区工作力量薄弱", 3, [0, 1, 2],
                      ["社区工作力量薄弱", "社区人手不足，工作压力大", "基层人力短缺，难以应对突发事件"])
    assert got[1] == ("居民参与意识不强", 2, [0, 2], ["居民参与意识不强", "居民参与热情不高"])
    # funding is another theme, of its one essay
    assert ("财政经费保障不足", 1, [3], ["财政经费保障不足"]) in got
    assert len(got) == 4


def test_a_degree_word_or_another_shortcoming_predicate_splits_no_theme():
    coll = synthesize([essay(0, ["专业人才严重不足"]), essay(1, ["专业人才明显匮乏"]),
                       essay(2, ["专业人才短缺"]), essay(3, ["交通拥堵问题突出"])])
    got = themes(coll, "challenges")
    assert [(count, members) for _, count, members, _ in got] == [(3, [0, 1, 2]), (1, [3])]


def test_the_same_essays_give_the_same_themes_twice():
    first, second = synthesize(_STAFF), synthesize(_STAFF)
    assert first.model_dump() == second.model_dump()
