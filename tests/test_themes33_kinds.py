"""The collection's own topic (what most of its essays are about, issue 14, themes33) names no theme within it and
links its points less: ``疫情防控`` labelled a theme of seven essays on grassroots epidemic control that every essay
shares. summarizer.collection.collection_topics, subject_words(topics), vectors(topics)."""

from summarizer.collection import (CHALLENGE_PROFILE, _member_view, collection_topics, subject_words, synthesize,
                                   theme_label, topic_grams, vectors)
from tests.theme_helpers import essay, themes


def _with_keyphrases(e, phrases):
    e["keyphrases"] = [{"text": p, "score": 1.0 - k / 10, "occurrences": []} for k, p in enumerate(phrases)]
    return e


def test_a_keyphrase_of_most_essays_is_the_collections_topic():
    es = [_with_keyphrases(essay(0, []), ["疫情防控", "社区治理"]), _with_keyphrases(essay(1, []), ["疫情防控", "志愿者"]),
          _with_keyphrases(essay(2, []), ["疫情防控", "社区治理"]), _with_keyphrases(essay(3, []), ["物资储备"])]
    # 疫情防控: 3 of 4 essays; 社区治理: 2 of 4, under the three essays a topic needs; 物资储备: one
    assert collection_topics(es) == ("疫情防控",)
    # Traditional keyphrases are compared in the Simplified view
    es = [_with_keyphrases(essay(k, []), ["長期照顧"]) for k in range(3)]
    assert collection_topics(es) == ("长期照顾",)


def test_two_essays_or_essays_without_keyphrases_have_no_topic():
    assert collection_topics([_with_keyphrases(essay(k, []), ["疫情防控"]) for k in range(2)]) == ()
    assert collection_topics([essay(k, ["疫情防控经费不足"]) for k in range(5)]) == ()
    assert collection_topics([]) == ()


def test_a_word_of_the_topic_is_a_subject_word_whatever_its_share_of_the_points():
    views = [_member_view(t) for t in ("疫情防控经费紧张", "宣传方式单一", "志愿者流失")]
    subject = subject_words(views, ("疫情防控",))
    assert subject("疫情") and subject("防控") and subject("疫情防控")
    assert not subject("疫") and not subject("经费")  # one character; a word the topic lacks
    assert not subject_words(views)("疫情")  # without the topic: three points are too few to have a subject


def test_the_topic_alone_labels_no_theme():
    members = ["疫情防控的宣传方式单一", "疫情防控经费紧张", "社区在疫情防控中人手不足"]
    views = [_member_view(t) for t in members]
    # every member says 疫情防控, no clause is held by more than one: the shared phrase is the label ...
    assert theme_label(members, CHALLENGE_PROFILE, views=views, subject=subject_words(views)) == ("疫情防控", 3)
    # ... unless it is what the whole collection is about: then the most central clause, said by one
    assert (theme_label(members, CHALLENGE_PROFILE, views=views, subject=subject_words(views, ("疫情防控",)))
            == ("疫情防控的宣传方式单一", 1))


def test_topic_grams_are_the_characters_and_bigrams_of_the_topic():
    assert topic_grams(("疫情防控",)) == {"疫", "情", "防", "控", "疫情", "情防", "防控"}
    assert topic_grams(()) == set()


def test_the_topic_links_two_points_less_than_what_each_shares_with_its_partner():
    texts = ["基层疫情防控能力不足", "疫情防控数字化工具缺乏", "基层应急处置能力不足", "数字化工具应用水平低",
             "老旧小区管理薄弱", "医疗物资储备不足"]

    def cos(topics):
        m, _ = vectors(texts, CHALLENGE_PROFILE, topics=topics)
        s = (m @ m.T).toarray()
        return round(float(s[0, 1]), 3), round(float(s[0, 2]), 3), round(float(s[1, 3]), 3)
    plain, discounted = cos(()), cos(("疫情防控",))
    assert plain[0] > 0.3 and plain[0] > plain[1]  # 疫情防控 alone links the capacity point to the digital one
    assert discounted[0] < 0.3  # discounted: below the default threshold ...
    assert discounted[1] > discounted[0] and discounted[2] > discounted[0]  # ... and below each true partner


def test_a_collection_on_one_topic_groups_its_points_by_what_they_say_of_it():
    challenges = [["基层疫情防控能力不足", "老旧小区管理薄弱"], ["基层应急处置能力不足", "医疗物资储备不足"],
                  ["疫情防控数字化工具缺乏", "居民参与意识淡薄"], ["数字化工具应用水平低", "医疗物资储备紧张"]]
    es = [_with_keyphrases(essay(k, c), ["疫情防控", "基层治理"]) for k, c in enumerate(challenges)]
    got = themes(synthesize(es), "challenges")
    shared = [(label, count, ks) for label, count, ks, _ in got if count > 1]
    assert sorted(shared) == [("医疗物资储备不足", 2, [1, 3]), ("基层疫情防控能力不足", 2, [0, 1]),
                              ("数字化工具", 2, [2, 3])]
    assert sum(count == 1 for _, count, _, _ in got) == 2
