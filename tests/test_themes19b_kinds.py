"""themes19b: a measure asked of several parties at once (issue 14).

A recommendation whose subject or object lists two or more actors (``政府、学校和家庭…``) is about those parties
acting together, whatever its predicate (共同努力, 均需承担责任, 联手解决): it carries the ``participation`` topic
(collection._actor_list_pattern). Small collections written for these tests (not copied from a corpus document)."""


import pytest

from summarizer.collection import RECOMMENDATION_PROFILE, synthesize, weighted_features
from costs import assert_linear


def _essay(index, recommendations=()):
    points = [{"text": t, "start": 200 * j, "end": 200 * j + len(t)} for j, t in enumerate(recommendations)]
    return {"index": index, "title": None, "challenges": [], "recommendations": points}


def _themes(collection):
    return [(t.label, t.essay_count, t.essays) for t in collection.recommendations]


@pytest.mark.parametrize("text, weight", [
    ("政府、企业和社区要携手", 1.0),                 # actors listed with 、 and 和 in the first clause
    ("家长与學校均應擔起責任", 1.0),                     # Traditional, joined by 与: the Simplified view is read
    ("社区以及媒体一道发声", 1.0),                       # joined by 以及
    ("完善监护制度，推动家庭和学校尽其所能", 0.25),      # listed after the first clause: a tail topic
])
def test_a_list_of_actors_carries_the_participation_topic(text, weight):
    assert weighted_features([text], RECOMMENDATION_PROFILE)[0]["#participation"] == weight


@pytest.mark.parametrize("text", [
    "政府加大对乡村小学的投入",                          # one actor alone
    "扩大家庭医生的签约范围",                            # 家庭 alone, inside a word
    "学校食堂要公开采购账目",                            # 学校 with no second actor
])
def test_one_actor_is_no_list(text):
    assert "#participation" not in weighted_features([text], RECOMMENDATION_PROFILE)[0]


MEASURES = [["政府和个人都要尽一份力", "增设乡村公交线路"], ["家长与社区均应担起看护之责"], ["居委会、村委会各司其职"]]


def test_measures_asked_of_several_parties_make_one_theme():
    # different parties and different predicates: only their being listed together is shared
    themes = _themes(synthesize([_essay(k, texts) for k, texts in enumerate(MEASURES)]))
    assert themes == [("政府和个人都要尽一份力", 3, [0, 1, 2]), ("增设乡村公交线路", 1, [0])]


def test_the_same_measures_of_one_party_each_stay_apart():
    # one party each (no list): the same predicates share nothing, four themes of one essay each
    single = [[t.replace("和个人", "").replace("与社区", "").replace("、村委会", "") for t in texts]
              for texts in MEASURES]
    assert single == [["政府都要尽一份力", "增设乡村公交线路"], ["家长均应担起看护之责"], ["居委会各司其职"]]
    themes = _themes(synthesize([_essay(k, texts) for k, texts in enumerate(single)]))
    assert [n for _, n, _ in themes] == [1, 1, 1, 1]


def test_actor_lists_are_linear():
    # at the full size: 180k characters of one long list, 100k of actors with no joining word
    cases = {"one long list": lambda n: "、".join(["政府", "学校", "家庭"] * n),
             "actors with no joining word": lambda n: "政府学校" * n,
             "one actor listed": lambda n: "政府、" * n}
    for what, make in cases.items():
        assert_linear(lambda n: weighted_features([make(n)], RECOMMENDATION_PROFILE), 1_500, what)
