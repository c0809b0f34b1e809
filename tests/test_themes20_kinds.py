"""themes20 (issue 14): near-synonyms read as one word in the compared clause of a collection's points
(``resources/theme_synonyms.txt``, :func:`summarizer.collection._canonical_words`) and the ``care`` topic of
``resources/themes.txt``, on small collections written for these tests."""

from __future__ import annotations

import re

import pytest

from summarizer import aspects, collection
from summarizer.collection import synthesize, weighted_features
from theme_helpers import essay as _essay, themes as _themes


@pytest.fixture
def no_synonyms(monkeypatch):
    """The synthesis as it was before the synonym groups (no word read as another)."""
    monkeypatch.setattr(collection, "_synonym_pattern", lambda: (re.compile("(?!)"), {}))


def test_canonical_words_longest_first_and_source_untouched():
    assert collection._canonical_words("缺少家庭关怀") == "缺少家庭关爱"
    assert collection._canonical_words("亲情缺失") == "关爱缺失"
    # 专业技术人员 is read whole (人才), not as 专业 + 技术人员
    assert collection._canonical_words("专业技术人员不足") == "人才不足"
    assert collection._canonical_words("网格员待遇偏低") == "网格员收入偏低"
    assert collection._canonical_words("基层治理") == "基层治理"


def test_synonym_file_groups_are_disjoint():
    groups = aspects.word_groups("theme_synonyms.txt", "theme synonyms")
    seen: dict[str, str] = {}
    for name, words in groups.items():
        for w in words:
            assert w not in seen, f"{w} in [{seen.get(w)}] and [{name}]"
            seen[w] = name
    # a group's name is no member of another group (it would be read as that group's word)
    assert not set(groups) & set(seen), set(groups) & set(seen)


def test_paraphrased_shortfall_shares_features():
    a, b = weighted_features(["留守儿童亲情缺失", "留守孩子缺少家庭关爱"])
    assert {"关爱", "儿童"} <= set(a) & set(b)
    a, b = weighted_features(["人才短缺", "专业人员不足"])
    assert {"人才"} <= set(a) & set(b)


ESSAYS = [
    _essay(0, ["留守儿童亲情缺失", "农村学校专业教师短缺"], ["为独居老人提供上门照料服务", "拓宽村级道路"]),
    _essay(1, ["留守孩子缺少家庭关爱", "乡村学校师资力量薄弱"], ["为空巢长者提供上门照护服务", "整治河道污染"]),
    _essay(2, ["留守儿童得不到父母的关怀", "村级道路年久失修"], ["开展老年人陪伴服务"]),
]


def test_small_collection_themes_and_counts():
    coll = synthesize(ESSAYS)
    assert _themes(coll, "challenges") == [
        ("留守儿童亲情缺失", 3, [0, 1, 2], ["留守儿童亲情缺失", "留守孩子缺少家庭关爱", "留守儿童得不到父母的关怀"]),
        ("农村学校专业教师短缺", 2, [0, 1], ["农村学校专业教师短缺", "乡村学校师资力量薄弱"]),
        ("村级道路年久失修", 1, [2], ["村级道路年久失修"]),
    ]
    assert _themes(coll, "recommendations") == [
        ("为独居老人提供上门照料服务", 3, [0, 1, 2],
         ["为独居老人提供上门照料服务", "为空巢长者提供上门照护服务", "开展老年人陪伴服务"]),
        ("拓宽村级道路", 1, [0], ["拓宽村级道路"]),
        ("整治河道污染", 1, [1], ["整治河道污染"]),
    ]


#: Two paraphrases that share no topic of themes.txt: only the synonym groups join them.
PARAPHRASES = [
    _essay(0, ["山区孩子上学路途遥远", "独居长者生活困难"]),
    _essay(1, ["偏远山区儿童上学难", "独居老年人生活困难"]),
    _essay(2, ["城市房价过高"]),
]


def test_paraphrases_join_through_synonyms_only():
    assert [(label, count, essays) for label, count, essays, _ in _themes(synthesize(PARAPHRASES), "challenges")] == [
        ("独居长者生活困难", 2, [0, 1]), ("偏远山区儿童上学难", 2, [0, 1]), ("城市房价过高", 1, [2])]


def test_paraphrases_split_without_synonyms(no_synonyms):
    assert [(label, count) for label, count, _, _ in _themes(synthesize(PARAPHRASES), "challenges")] == [
        ("独居长者生活困难", 2), ("山区孩子上学路途遥远", 1), ("偏远山区儿童上学难", 1), ("城市房价过高", 1)]


def test_care_topic_and_care_staff():
    care, staff, carer = weighted_features(["缺少家庭关爱", "护理人员不足", "养老护理员数量少"])
    assert care["#care"] == 1.0
    # staff who give care are personnel, not the care itself
    assert "#care" not in staff and staff["#personnel"] == 1.0
    assert "#care" not in carer and carer["#personnel"] == 1.0


def test_unrelated_points_stay_apart():
    coll = synthesize([_essay(0, ["农村父母外出务工"]), _essay(1, ["城市房价过高"]), _essay(2, ["土地征用补偿偏低"])])
    assert [t[1] for t in _themes(coll, "challenges")] == [1, 1, 1]
