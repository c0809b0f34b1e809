"""Collection themes from a fresh user's check (coll60, issue 14): a challenge of the form "X，但Y" is read, and
labelled, from Y, not from the good news X grants. The texts here are written for the tests."""

from __future__ import annotations

from costs import assert_linear

from summarizer.collection import contrast_end, frame_end, synthesize


def essay(i: int, challenges: list[str], recommendations: list[str] = ()) -> dict:
    return {"index": i, "title": None,
            "challenges": [{"text": t, "start": 100 * i + 40 * k, "end": 100 * i + 40 * k + 1}
                           for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 100 * i + 50 + 40 * k, "end": 100 * i + 51 + 40 * k}
                                for k, t in enumerate(recommendations)]}


def test_contrast_end_skips_the_granted_clause_before_a_contrast_word():
    assert contrast_end("农村电商起步较早，但物流配送成本居高不下") == 10
    assert contrast_end("政策文件出台不少，然而落地执行打了折扣") == 11
    assert contrast_end("资金投入逐年增加，却未能改变校舍老旧的局面") == 10
    # a concession opened by its own word: the label is read past its comma and the contrast word
    assert contrast_end("虽然投入增加，但是效果仍不明显") == 9
    assert contrast_end("护理人员严重短缺，专业化水平低") == 0  # no contrast: the first clause is the point
    # the themes still compare the whole point: frame_end does not skip the granted clause
    assert frame_end("农村电商起步较早，但物流配送成本居高不下") == 0
    assert contrast_end("农村电商起步较早，但") == 0  # nothing after the contrast word
    # a granted clause longer than the concession bound is no frame
    assert contrast_end("甲" * 25 + "，但物流配送成本高") == 0


def test_a_challenge_theme_is_labelled_by_the_problem_not_by_the_good_news_it_grants():
    coll = synthesize([essay(0, ["农村电商近年来发展迅速，但物流配送成本居高不下"]),
                       essay(1, ["冷链设施严重不足"])])
    labels = {t.label for t in coll.challenges}
    assert "物流配送成本居高不下" in labels
    assert not any("发展迅速" in label for label in labels)


def test_the_contrast_frame_stays_linear():
    def run(k: int) -> None:
        contrast_end("发展" * k + "，但" + "成本高" * k)
        contrast_end("甲" * (30 * k))
        contrast_end("，但" * k)

    assert_linear(run, 200, "the contrast frame")
