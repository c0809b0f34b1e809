"""Collection themes of a field's own problems named in different words (summarizer.collection, issue 14): the
supply of dwellings and the price of housing (Hong Kong commentaries, Traditional and Simplified), and officials'
study (self-criticisms). The topic groups ``housing``, ``property_market`` and ``study`` of
``resources/themes.txt`` join them; the collections here are written for the tests."""

from __future__ import annotations

from summarizer.collection import CHALLENGE_PROFILE, RECOMMENDATION_PROFILE, synthesize, topics, weighted_features
from tests.test_collection_worded import essay  # points 40 characters apart: no neighbours


def themes(coll, aspect):
    """{frozenset of member texts: (essays, essay count)} of every theme of ``aspect``."""
    return {frozenset(p.text for p in t.points): (t.essays, t.essay_count) for t in getattr(coll, aspect)}


# four commentaries: too few dwellings built, and prices and rents out of reach — each essay in its own words
HOUSING = [
    essay(0, ["公營房屋落成量遠遠落後", "樓價升至市民難以承受的水平"], ["大幅增建公屋和居屋"]),
    essay(1, ["私人樓宇供應多年短缺", "租金不斷上漲，基層租戶苦不堪言"], ["重建舊式住宅，增加房屋單位"]),
    essay(2, ["资助房屋越建越少", "炒卖之风推高房价"]),
    essay(3, ["輪候上樓的家庭越來越多，住屋需求遠超供應", "地價高昂"]),
]


def test_the_supply_of_dwellings_and_their_price_are_two_shared_themes():
    coll = synthesize(HOUSING)
    got = themes(coll, "challenges")
    supply = frozenset({"公營房屋落成量遠遠落後", "私人樓宇供應多年短缺", "资助房屋越建越少",
                        "輪候上樓的家庭越來越多，住屋需求遠超供應"})
    prices = frozenset({"樓價升至市民難以承受的水平", "租金不斷上漲，基層租戶苦不堪言", "炒卖之风推高房价",
                        "地價高昂"})
    assert got == {supply: ([0, 1, 2, 3], 4), prices: ([0, 1, 2, 3], 4)}
    # the measures to build more dwellings (公屋 居屋 / 房屋單位) are one theme of two essays
    assert [(t.essays, t.essay_count) for t in coll.recommendations] == [([0, 1], 2)]


def test_housing_words_name_supply_or_market_topics():
    owner = {w: name for name, ws in topics().items() for w in ws}
    assert {owner[w] for w in ("房屋", "公屋", "居屋", "楼宇", "住屋", "住房")} == {"housing"}
    assert {owner[w] for w in ("楼价", "房价", "租金", "楼市", "地价", "炒卖")} == {"property_market"}
    # read in the Simplified view: a Traditional point gives the same topic
    got = weighted_features(["樓價高企"], CHALLENGE_PROFILE)[0]
    assert {k for k in got if k.startswith("#")} == {"#property_market"}
    got = weighted_features(["增建公營房屋"], RECOMMENDATION_PROFILE)[0]
    assert {k for k in got if k.startswith("#")} == {"#housing"}


# three self-criticisms: study of theory, and of the facts on the ground, falls short
STUDY = [
    essay(0, ["理論學習不夠深入", "工作作風不夠扎實"]),
    essay(1, ["学习的自觉性不强", "对群众的困难关心不够"]),
    essay(2, ["下基层开展调查研究少", "落實上級部署打了折扣"]),
]


def test_study_in_different_words_is_one_shared_theme():
    coll = synthesize(STUDY)
    got = themes(coll, "challenges")
    assert got[frozenset({"理論學習不夠深入", "学习的自觉性不强", "下基层开展调查研究少"})] == ([0, 1, 2], 3)
    assert [t.essay_count for t in coll.challenges][0] == 3  # the shared theme first
    assert sum(t.essay_count >= 2 for t in coll.challenges) == 1  # nothing else is shared
