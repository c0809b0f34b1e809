"""Round 40 of the collection themes (issue 14, a new user's six essays on one policy): four kinds of fault that
split one theme or mislabel it.

- A first clause that names a work under way (``养老服务改革推进中，``) was compared and used as the label: it says
  when the point holds, not what it is (``theme_frames.txt``'s ``time`` group), and an opening that only announces
  a problem (``最突出的问题是…``: its ``evidence`` group) is skipped too.
- A predicate that only says a fault keeps occurring (``屡禁不止`` ``时有发生``: ``theme_predicates.txt``'s
  ``persistence`` group) was compared as words of the point: it is taken out like ``不足``.
- A measure that names the fault it ends in a later clause (``…，杜绝违规添加`` ``…，对违规添加行为严厉处罚``) is
  compared by that fault too (:func:`summarizer.collection.remedied_fault`).
- Two essays whose keyphrases share few terms were never linked through a topic unless their words alone reached
  the threshold; now words that reach :data:`~summarizer.collection.SUBJECT_WORD_SHARE` of it keep the link.
"""

from __future__ import annotations

from costs import assert_linear
from summarizer import collection
from summarizer.collection import cluster_points, frame_end, remedied_fault, synthesize
from theme_helpers import essay, themes


def _groups(coll, aspect: str) -> list[list[str]]:
    return sorted(sorted(points) for _, _, _, points in themes(coll, aspect))


_CARE = [
    essay(0, ["养老服务改革推进中，最突出的问题是护理人员短缺，服务质量难以保证", "床位闲置"]),
    essay(1, ["护理人员短缺，一线护理员流失严重", "农村老人看病难"]),
]


def test_a_work_under_way_and_a_problem_announcement_are_no_point():
    assert frame_end("养老服务改革推进中，最突出的问题是护理人员短缺") == len("养老服务改革推进中，")
    assert frame_end("最突出的问题是护理人员短缺") == len("最突出的问题是")
    assert frame_end("政策执行中，基层负担加重") == len("政策执行中，")
    # a clause that states the point itself stays
    assert frame_end("护理人员短缺，服务质量难以保证") == 0


def test_the_shortage_said_after_a_lead_in_joins_the_same_shortage_and_is_labelled_by_it():
    coll = synthesize(_CARE)
    top = coll.challenges[0]
    assert top.essays == [0, 1] and top.essay_count == 2
    assert top.label == "护理人员短缺"
    assert len(coll.challenges) == 3


def test_without_the_process_frame_the_lead_in_was_the_label(monkeypatch):
    # the fault fixed: read from its first clause, the point named only the reform under way
    monkeypatch.setattr(collection, "frame_end", lambda text: 0)
    # (coll59b: the head clause 护理人员短缺 of essay 1, which essay 0 states in a later clause, would join the two
    # through :func:`~summarizer.collection._adopt_stated_heads`; left out, the frame's fault alone is shown)
    monkeypatch.setattr(collection, "_adopt_stated_heads", lambda members, theme_of, *a: (members, theme_of))
    coll = synthesize(_CARE)
    assert all(t.essay_count == 1 for t in coll.challenges)
    assert "养老服务改革推进中" in [t.label for t in coll.challenges]


_PERSISTING = [
    essay(0, ["校园周边违规摆摊现象屡禁不止", "课后服务经费不足"]),
    essay(1, ["校园周边违规摆摊时有发生，家长意见很大", "教师编制紧张"]),
]


def test_a_fault_that_keeps_occurring_meets_the_same_fault_however_its_frequency_is_said():
    coll = synthesize(_PERSISTING)
    assert ["校园周边违规摆摊时有发生，家长意见很大", "校园周边违规摆摊现象屡禁不止"] in _groups(coll, "challenges")
    assert coll.challenges[0].essay_count == 2
    # how often a fault occurs is no feature of it: two faults that both persist share nothing for it
    assert not collection.features(["违规摆摊屡禁不止"])[0] & collection.features(["占道经营屡禁不止"])[0]
    assert len(coll.challenges) == 3


_FAULT = [
    essay(0, [], ["加强日常巡查，杜绝违规添加", "加强食品安全宣传"]),
    essay(1, [], ["开展随机抽检，防止违规添加", "培育专业检测队伍"]),
    essay(2, [], ["压实企业责任，对违规添加行为严厉处罚"]),
]


def test_the_fault_a_measure_ends_is_read_from_its_later_clause():
    assert remedied_fault("，杜绝违规添加") == "违规添加"
    assert remedied_fault("，对收运车辆实行全程监控，杜绝混装混运") == "混装混运"
    assert remedied_fault("，对违规添加行为严厉处罚") == "违规添加"
    # a later clause that names no fault, and a remedy verb inside a clause, give none
    assert remedied_fault("，对企业加强监管") == ""
    # (theme50: an adverb or a modal before the verb is read past: ``，进一步杜绝浪费`` ends 浪费)
    assert remedied_fault("，进一步杜绝浪费") == "浪费"
    assert remedied_fault("，建立杜绝浪费长效机制") == ""


def test_two_measures_against_one_fault_are_one_theme():
    coll = synthesize(_FAULT)
    top = coll.recommendations[0]
    assert top.essays == [0, 2] and top.essay_count == 2
    assert "违规添加" in top.label
    assert len(coll.recommendations) == 4


def test_without_the_fault_the_measures_stayed_apart(monkeypatch):
    monkeypatch.setattr(collection, "remedied_fault", lambda tail: "")
    assert all(t.essay_count == 1 for t in synthesize(_FAULT).recommendations)


def test_words_that_share_part_of_the_threshold_keep_a_topic_link_across_subjects(monkeypatch):
    subjects = [{"护理"}, {"养老"}]  # two essays with no subject term in common
    texts = ["护理人员数量少", "护理员队伍不稳定"]
    clusters, _, _ = cluster_points(texts, [0, 1], subjects=subjects)
    assert sorted(map(sorted, clusters)) == [[0, 1]]
    # points that share only their topic (personnel) stay apart across subjects, as before
    clusters, _, _ = cluster_points(["专业人才短缺", "乡村教师队伍老化"], [0, 1], subjects=subjects)
    assert sorted(map(sorted, clusters)) == [[0], [1]]
    # the fault fixed: with the words held to the whole threshold the shared nursing staff was cut apart
    monkeypatch.setattr(collection, "SUBJECT_WORD_SHARE", 1.0)
    clusters, _, _ = cluster_points(texts, [0, 1], subjects=subjects)
    assert sorted(map(sorted, clusters)) == [[0], [1]]


def test_remedied_fault_and_the_frames_are_linear():
    def run(n: int) -> None:
        remedied_fault("，杜绝" + "混" * n)
        remedied_fault("，对" + "混" * n + "行为")
        remedied_fault("，杜绝混运" * (n // 5))
        frame_end("推" * n + "推进中，问题")
    assert_linear(run, 20_000, "a measure's later clauses without punctuation")
