"""A connective with its comma at a point's start is dropped: one list (resources/theme_generic.txt's ``connective``
group, and its ``time_frame`` group for a point) serves the points, the summary sentences and the collection's
themes."""

from summarizer import summarize
from summarizer.collection import frame_end
from summarizer.points import LINKING_CONNECTIVES, TIME_FRAMES, unlinked_start


def test_points_and_themes_read_one_list_of_connectives():
    # concession, time-span and restatement words the themes skipped and the points kept before
    for word in ("尽管如此", "事实上", "与此同时", "对此", "综上"):
        assert word in LINKING_CONNECTIVES
    assert "长期以来" in TIME_FRAMES and "长期以来" not in LINKING_CONNECTIVES
    # longest first, so 与此同时 is tried before 同时
    assert all(len(a) >= len(b) for a, b in zip(LINKING_CONNECTIVES, LINKING_CONNECTIVES[1:]))
    text = "尽管如此，农村养老服务供给仍然不足"
    assert text[unlinked_start(text, 0, len(text), frames=True):] == "农村养老服务供给仍然不足"
    assert text[frame_end(text):] == "农村养老服务供给仍然不足"
    text = "长期以来，农村养老服务供给不足"
    assert text[unlinked_start(text, 0, len(text), frames=True):] == "农村养老服务供给不足"
    assert text[frame_end(text):] == "农村养老服务供给不足"
    # without its comma the word is the point's own (长期以来形成的惯性 is a subject)
    text = "长期以来形成的惯性思维难以打破"
    assert unlinked_start(text, 0, len(text), frames=True) == 0


def test_a_problem_point_after_a_concession_starts_after_it():
    essay = ("乡村养老服务的现状与对策\n\n一、存在的问题\n"
             "近年来各地建设了一批农村互助养老站点。尽管如此，农村养老服务人员严重不足。"
             "事实上，多数站点缺乏稳定的运营资金。\n\n二、对策建议\n"
             "一是加强养老服务人才队伍建设。二是建立稳定的运营经费保障机制。")
    challenges = [p.text for p in summarize(essay).essays[0].challenges]
    assert "农村养老服务人员严重不足" in challenges
    assert "多数站点缺乏稳定的运营资金" in challenges
    assert not any(c.startswith(("尽管如此", "事实上")) for c in challenges)
