"""Collection themes from a fresh user's check (coll60, issue 14): a theme counts only the essays that say what its
label says, and a challenge of the form "X，但Y" is read, and labelled, from Y. The texts here are written for the
tests."""

from __future__ import annotations

from costs import assert_linear

from summarizer.collection import _split_unheld_essays, frame_end, synthesize


def essay(i: int, challenges: list[str], recommendations: list[str] = ()) -> dict:
    return {"index": i, "title": None,
            "challenges": [{"text": t, "start": 100 * i + 40 * k, "end": 100 * i + 40 * k + 1}
                           for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 100 * i + 50 + 40 * k, "end": 100 * i + 51 + 40 * k}
                                for k, t in enumerate(recommendations)]}


def test_frame_end_skips_the_granted_clause_before_a_contrast_word():
    assert frame_end("农村电商起步较早，但物流配送成本居高不下") == 10
    assert frame_end("政策文件出台不少，然而落地执行打了折扣") == 11
    assert frame_end("资金投入逐年增加，却未能改变校舍老旧的局面") == 10
    # a concession opened by its own word still ends at its comma; the contrast word after it goes too
    assert frame_end("虽然投入增加，但是效果仍不明显") == 9
    assert frame_end("护理人员严重短缺，专业化水平低") == 0  # no contrast: the first clause is the point
    assert frame_end("农村电商起步较早，但") == 0  # nothing after the contrast word
    # a granted clause longer than the concession bound is no frame
    assert frame_end("甲" * 25 + "，但物流配送成本高") == 0


def test_a_challenge_theme_is_labelled_by_the_problem_not_by_the_good_news_it_grants():
    coll = synthesize([essay(0, ["农村电商近年来发展迅速，但物流配送成本居高不下"]),
                       essay(1, ["冷链设施严重不足"])])
    labels = {t.label for t in coll.challenges}
    assert "物流配送成本居高不下" in labels
    assert not any("发展迅速" in label for label in labels)


def _labelled(ms, cos):
    """A stand-in labeller: the first member's text is the label; held by the members whose text holds it."""
    texts = {0: "放宽行业准入", 1: "放宽行业准入限制", 2: "建立外包准入机制", 3: "完善外包准入标准", 4: "简化审批流程"}
    ordered = [m for _, m in sorted(zip(-cos, ms), key=lambda x: x[0])] if len(ms) else []
    label = texts[ordered[0]]
    return ordered, label, sum(label in texts[m] for m in ordered)


def test_essays_that_do_not_hold_a_minority_label_leave_its_theme():
    views = ["放宽行业准入", "放宽行业准入限制", "建立外包准入机制", "完善外包准入标准", "简化审批流程"]
    # label 放宽行业准入 held by 2 of 4 members (essays 0 and 1); essay 2 only shares the word 准入
    done = [([0, 1, 2, 3], ([0, 1, 2, 3], "放宽行业准入", 2))]
    out = _split_unheld_essays(done, [0, 1, 2, 2], views, _labelled)
    assert [(ms, label, held) for ms, (_, label, held) in out] == [
        ([0, 1], "放宽行业准入", 2), ([2, 3], "建立外包准入机制", 1)]


def test_a_theme_whose_label_most_members_or_every_essay_hold_stays_whole():
    views = ["放宽行业准入", "放宽行业准入限制", "建立外包准入机制", "完善外包准入标准", "简化审批流程"]
    most = [([0, 1, 2], ([0, 1, 2], "放宽行业准入", 2))]  # 2 of 3 hold it
    assert _split_unheld_essays(most, [0, 1, 2, 2, 3], views, _labelled) == most
    # held by 1 of 2, but both members are of one essay: the essay count says nothing more than the label
    one_essay = [([0, 4], ([0, 4], "放宽行业准入", 1))]
    assert _split_unheld_essays(one_essay, [0, 1, 2, 2, 0], views, _labelled) == one_essay
    # held by 2 of 4, and every essay (0 and 1) has a member that holds it
    every = [([0, 4, 1, 2], ([0, 4, 1, 2], "放宽行业准入", 2))]
    assert _split_unheld_essays(every, [0, 1, 1, 0, 0], views, _labelled) == every


def test_the_contrast_frame_and_the_split_stay_linear():
    def run(k: int) -> None:
        frame_end("发展" * k + "，但" + "成本高" * k)
        frame_end("甲" * (30 * k))
        views = ["放宽准入" + "甲" * 10] * k + ["建立准入机制"] * k
        done = [(list(range(2 * k)), (list(range(2 * k)), "放宽准入", k))]
        _split_unheld_essays(done, list(range(2 * k)), views,
                             lambda ms, cos: (list(ms), "放宽准入", 1))

    assert_linear(run, 200, "the contrast frame and the split of unheld essays")
