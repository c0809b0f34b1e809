"""Collection themes of points whose first clause only frames them (summarizer.collection.frame_end, issue 14):
``从数据安全的角度来看，…`` ``产业生态建设层面，…`` say from which angle or level a point speaks, not what it says;
compared by that clause, the point joined no theme. The collections here are written for the tests."""

from __future__ import annotations

from summarizer.collection import CHALLENGE_PROFILE, frame_end, synthesize, weighted_features


def essay(i: int, challenges: list[str], recommendations: list[str] = ()) -> dict:
    return {"index": i, "title": None,
            # points 40 characters apart, as an essay's measures stand: no neighbours (collection.adjacent_pairs)
            "challenges": [{"text": t, "start": 100 * i + 40 * k, "end": 100 * i + 40 * k + 1}
                           for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 100 * i + 50 + 40 * k, "end": 100 * i + 51 + 40 * k}
                                for k, t in enumerate(recommendations)]}


def test_frame_end_skips_a_first_clause_that_only_names_an_angle_or_a_level():
    assert frame_end("从数据安全的角度来看，数据开放共享存在泄露风险") == 11
    assert frame_end("产业生态建设层面，园区利用率低") == 9
    assert frame_end("就制度层面而言， 考核办法不完善") == 9  # the space after the comma is skipped too
    assert frame_end("在人才培养方面存在短板") == 0  # one clause: the frame word is inside the point
    assert frame_end("经费保障不足，基层人员短缺") == 0  # no frame word
    assert frame_end("从技术角度来看，") == 0  # nothing after the frame: the point is the frame
    # a long clause with its own verb that ends in 方面 is no frame; a short one without a preposition is
    assert frame_end("期刊围绕金融科技管理、创新、实践等方面，为业界提供交流平台") == 0
    assert frame_end("要素供给方面，创新扶贫开发机制") == 7


def test_a_framed_point_joins_the_theme_its_second_clause_names():
    coll = synthesize([
        essay(0, ["数据开放共享的壁垒依然存在", "专项经费保障不足"]),
        essay(1, ["从数据安全的角度来看，数据开放共享存在泄露风险", "基层人员严重短缺"]),
        essay(2, ["产业生态建设层面，园区利用率低", "基层人员不足"]),
    ])
    assert sorted((t.essays, t.essay_count) for t in coll.challenges if t.essay_count >= 2) == [([0, 1], 2), ([1, 2], 2)]
    data = next(t for t in coll.challenges if t.essays == [0, 1])
    assert {p.text for p in data.points} == {"数据开放共享的壁垒依然存在", "从数据安全的角度来看，数据开放共享存在泄露风险"}
    assert len(coll.challenges) == 4  # 经费 and 园区 stay on their own
    # a label is never the frame: the framed point is labelled from its second clause
    assert "园区利用率低" in [t.label for t in coll.challenges]


def test_the_frame_still_gives_its_topics_at_the_later_clause_weight():
    got = weighted_features(["从资金投入的角度来看，园区利用率低"], CHALLENGE_PROFILE)[0]
    assert got["#funding"] == CHALLENGE_PROFILE.topic_tail  # 资金 投入: in the frame only
    assert "资" not in got and "园区" in got  # characters come from the clause after the frame


def test_frame_end_skips_a_first_clause_of_connectives_only():
    assert frame_end("尽管如此，租金仍占家庭收入一大部分") == 5
    assert frame_end("长期以来，基层人员短缺") == 5
    assert frame_end("但是相比之下，审批流程繁琐") == 7  # two connectives, one clause
    assert frame_end("儘管如此，租金仍佔家庭收入一大部分") == 5  # Traditional: read in its Simplified view
    assert frame_end("然而经费保障不足，人员短缺") == 0  # the clause names the problem after its connective
    assert frame_end("相比之下，") == 0  # nothing after it: the point is the clause
    assert frame_end("近年来各地基层治理的财政投入力度不断加大，但经费仍然不足") == 0  # a long first clause is content


def test_a_point_opened_by_a_connective_clause_joins_the_theme_its_second_clause_names():
    coll = synthesize([
        essay(0, ["相比之下，基层经费保障严重不足", "网格员培训机会少"]),
        essay(1, ["基层经费保障不足", "相比之下，审批流程繁琐"]),
        essay(2, ["长期以来，网格员培训机会缺乏"]),
    ])
    shared = sorted((t.essays, sorted(p.text for p in t.points)) for t in coll.challenges if t.essay_count >= 2)
    assert shared == [([0, 1], ["基层经费保障不足", "相比之下，基层经费保障严重不足"]),
                      ([0, 2], ["网格员培训机会少", "长期以来，网格员培训机会缺乏"])]
    assert len(coll.challenges) == 3  # 审批 stays on its own: 相比之下 links it to nothing
    assert "审批流程繁琐" in [t.label for t in coll.challenges]  # labelled from the clause after the connective
