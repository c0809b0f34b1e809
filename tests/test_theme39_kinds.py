"""Round 39 of the collection themes (issue 14): a point written as a short run-in heading and its body
(``观念引领：加强道德规范，开展…`` ``协同共治：平台治理为主…``) was compared by its heading alone — four characters
that name the point's kind, not what it asks — so the same measure under two headings, or under a heading in one
essay and none in another, made two themes. Now the heading and the first clause after its colon are compared
(:func:`summarizer.collection.heading_and_clause`); labels still come from :func:`~summarizer.collection.label_of`."""

from __future__ import annotations

from costs import assert_linear
from summarizer import collection
from summarizer.collection import RUN_IN_HEADING_MAX, heading_and_clause, label_of, synthesize
from theme_helpers import essay, themes


def test_a_short_run_in_heading_is_read_with_its_first_clause():
    assert heading_and_clause("观念引领：加强道德教育，开展普法活动") == "观念引领 加强道德教育"
    assert heading_and_clause("主体认定: 责任主体难以认定") == "主体认定 责任主体难以认定"
    # the label is the heading, as before
    assert label_of("观念引领：加强道德教育，开展普法活动") == "观念引领"


def test_other_points_are_read_by_their_first_clause_as_before():
    assert heading_and_clause("加强道德教育，开展普法活动") == "加强道德教育"
    # a first clause longer than a run-in heading, ended by a colon, is a clause of its own
    long_head = "基层治理单位的疫情防控能力明显不足：人手少"
    assert len(label_of(long_head)) > RUN_IN_HEADING_MAX
    assert heading_and_clause(long_head) == "基层治理单位的疫情防控能力明显不足"
    # a heading with nothing after its colon, and a clause too short to be a label, stay as they were
    assert heading_and_clause("观念引领：") == label_of("观念引领：")
    assert heading_and_clause("短：加强教育") == label_of("短：加强教育")


_ESSAYS = [
    essay(0, [], ["观念引领：倡导勤俭节约的婚嫁新风", "技术赋能：搭建智能劝阻预警平台"]),
    essay(1, [], ["要倡导勤俭节约的婚嫁新风尚", "完善个人信息保护的法律法规"]),
    essay(2, [], ["协同共治：建立多部门信息共享通报机制"]),
]


def _groups(coll, aspect: str) -> list[list[str]]:
    return sorted(sorted(points) for _, _, _, points in themes(coll, aspect))


def test_a_measure_under_a_run_in_heading_joins_the_same_measure_said_plainly():
    coll = synthesize(_ESSAYS)
    groups = _groups(coll, "recommendations")
    assert ["要倡导勤俭节约的婚嫁新风尚", "观念引领：倡导勤俭节约的婚嫁新风"] in groups
    assert len(groups) == 4
    top = coll.recommendations[0]
    assert top.essay_count == 2 and top.essays == [0, 1]


def test_by_the_heading_alone_the_two_stayed_apart(monkeypatch):
    # the fault fixed: compared by the heading only, the shared measure made no theme
    monkeypatch.setattr(collection, "heading_and_clause", label_of)
    groups = _groups(synthesize(_ESSAYS), "recommendations")
    assert ["观念引领：倡导勤俭节约的婚嫁新风"] in groups
    assert all(len(g) == 1 for g in groups)


def test_heading_and_clause_is_linear():
    def run(n: int) -> None:
        heading_and_clause("观念引领：" + "加" * n)
        heading_and_clause("加" * n + "：强")
    assert_linear(run, 20_000, "a run-in heading before a long clause without punctuation")
