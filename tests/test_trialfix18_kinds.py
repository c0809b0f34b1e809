"""trialfix18 (issue 8): kinds left over from a new user's trial (trial17): a plan a body announces in a speech frame
(将 + measures, the later clauses opened by a preposition or a co-verb). Texts written for the tests."""

from aspect_helpers import points
from summarizer import points as pts


# kind 1 (trial17 F2, F10): a plan announced after a speech verb; the clauses after it are measures too

def test_plan_after_speech_verb_gives_every_measure():
    text = ("区交通局近日对全区公交站台进行了排查。区交通局表示，将增设候车座椅，对破损的站牌予以更换，"
            "并将站台保洁纳入承包企业考核。")
    c, r = points(text)
    assert r == ["增设候车座椅", "对破损的站牌予以更换", "将站台保洁纳入承包企业考核"]


def test_plan_of_a_named_subject_with_a_co_verb():
    s = "李明还表示，区卫健委将联合街道建立家庭医生签约台账，方便居民预约上门服务。"
    assert [s[a:b] for a, b in pts.announced_plan_clauses(s)] == ["联合街道建立家庭医生签约台账"]


def test_future_without_a_speech_frame_or_a_measure_is_no_announced_plan():
    assert pts.announced_plan_clauses("区交通局将增设候车座椅，并更换破损站牌。") == []  # (no frame)
    assert pts.announced_plan_clauses("王先生表示，将来的站台会更好。") == []  # (将来: no plan marker)
    assert pts.announced_plan_clauses("王先生表示，他将近十年没有坐过公交。") == []


def test_announced_plan_is_linear_on_long_input():
    s = "某局表示，将" + "增设座椅" * 25000 + "。"
    assert pts.announced_plan_clauses(s) == [(6, len(s) - 1)]
    tiny = "某局表示，将增设座椅，" + "对站牌予以更换，" * 10000
    assert len(pts.announced_plan_clauses(tiny)) == 10001
