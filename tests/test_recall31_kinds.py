"""Recall kinds of the thirty-first session's recall31 helper, on inputs written for these tests: a numbered point
whose heading is only a short label (``1. 人手短缺``, ``2. 完善培训机制``) and whose body's first sentence states the
point in full is two points, the label and the statement.
"""

from __future__ import annotations

from summarizer import pipeline


def _points(text: str) -> tuple[list[str], list[str]]:
    s = pipeline.summarize(text)
    e = s.essays[0]
    return [p.text for p in e.challenges], [p.text for p in e.recommendations]


_LABELLED = (
    "社区图书室的现状与对策\n"
    "一、存在的问题\n"
    "1. 人手短缺\n"
    "多数社区图书室只有一名兼职管理员，开放时间难以保证，居民借阅很不方便。\n"
    "2. 藏书更新滞后\n"
    "图书室的藏书长期得不到更新，新书比例偏低，难以吸引年轻读者。\n"
    "二、对策建议\n"
    "1. 充实管理队伍\n"
    "街道应招募志愿者协助管理图书室，延长每天的开放时间。\n"
    "2. 完善图书更新\n"
    "区文化部门应设立专项经费，每年为社区图书室补充新书。\n"
)


def test_a_short_label_heading_and_its_body_statement_are_two_points():
    """``1. 充实管理队伍 ⏎ 街道应招募志愿者…``: the label is a point, and so is the body's statement of it."""
    challenges, recommendations = _points(_LABELLED)
    assert "人手短缺" in challenges and "藏书更新滞后" in challenges
    assert any(p.startswith("多数社区图书室只有一名兼职管理员") for p in challenges)
    assert any(p.startswith("图书室的藏书长期得不到更新") for p in challenges)
    assert "充实管理队伍" in recommendations and "完善图书更新" in recommendations
    assert any(p.startswith("街道应招募志愿者协助管理图书室") for p in recommendations)
    assert any(p.startswith("区文化部门应设立专项经费") for p in recommendations)


def test_a_body_that_states_nothing_adds_no_point():
    """``1. 充实管理队伍 ⏎ 去年全区共有十二个社区图书室。``: a fact under the label is no statement of the point."""
    text = (
        "社区图书室的对策\n"
        "二、对策建议\n"
        "1. 充实管理队伍\n"
        "去年全区共有十二个社区图书室，分布在八个街道。\n"
        "2. 完善图书更新\n"
        "这些图书室大多设在社区服务中心的二楼。\n"
    )
    _, recommendations = _points(text)
    assert not any("十二个" in p or "二楼" in p for p in recommendations)


def test_barrier_free_names_a_kind_of_facility_not_an_obstacle():
    """``无障碍设施`` (barrier-free): its 障碍 is negated by 无, so a measure about it states no problem; a lack of it
    is still a problem by its own predicate (缺乏)."""
    from summarizer import aspects as asp
    from summarizer.points import speaker_proposal

    assert asp.challenge_strength("完善无障碍环境建设，增设无障碍卫生间") == 0
    sentence = "他建议，要加快公交站台的无障碍改造，完善无障碍环境建设。"
    assert asp.prose_aspect(sentence) == asp.RECOMMENDATION
    assert [sentence[a:b] for a, b in speaker_proposal(sentence)] == ["要加快公交站台的无障碍改造，完善无障碍环境建设。"]
    assert asp.challenge_strength("不少老旧车站缺乏无障碍设施。") > 0
    assert asp.prose_aspect("不少老旧车站缺乏无障碍设施。") == asp.CHALLENGE


def test_a_speaker_who_calls_for_an_action_with_no_comma_proposes_it():
    """``某协会呼吁增加…``, ``某党建议政府扩大…``: the proposal verb runs straight into the action (no comma); 呼吁 and
    倡议 propose as 建议 does. A noun after the verb (建议书) or a deferral (建议下一步再议) proposes nothing."""
    from summarizer.points import speaker_proposal

    s = "青年协会代表呼吁增加社区篮球场的开放时段，组织学生参加周末联赛。"
    assert [s[a:b] for a, b in speaker_proposal(s)] == ["增加社区篮球场的开放时段，组织学生参加周末联赛。"]
    s = "该党建议政府扩大交通津贴的适用范围，惠及更多低收入家庭。"
    assert [s[a:b] for a, b in speaker_proposal(s)] == ["政府扩大交通津贴的适用范围，惠及更多低收入家庭。"]
    assert speaker_proposal("居民联署的建议书已经递交区议会。") == []
    assert speaker_proposal("会议建议下一步再议。") == []
    # (a list item's marker before the verb is no speaker: （四）建议增加… is the item's own measure, read whole)
    assert speaker_proposal("（四）建议增加社区图书室的编制。") == []


def test_an_urgent_need_after_a_problem_is_its_fix():
    """``…人手长期不足，亟需加强…。``: 亟需/亟待/需进一步 after the problem's clause turn to the fix, as 建议 does."""
    from summarizer.points import problem_then_appeal

    s = "社区养老站点人手长期不足，亟需加强专业社工队伍建设。"
    problem, fix = problem_then_appeal(s)
    assert s[problem[0]:problem[1]] == "社区养老站点人手长期不足"
    assert s[fix[0]:fix[1]] == "加强专业社工队伍建设"
    s = "托育费用的分担机制有待完善，需进一步加大财政补贴力度。"
    problem, fix = problem_then_appeal(s)
    assert s[fix[0]:fix[1]] == "加大财政补贴力度"
