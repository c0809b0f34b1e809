"""Measures led by a modal that came out as challenges (issue 8, trad51), each on a small text of the test's own, in
Traditional and Simplified writing alike:

- a recommendation whose own words prescribe (a subject's strong modal, ``港府須…``; ``建議…``) or a measure tail split
  from the complaint before it is marked ``stated``: the sentence selector reads the whole sentence, which states the
  complaint, and must not move the point to the challenges (it may still drop it);
- a subject's prescription whose problem words lie in what the measure acts on (``當局必須坐言起行，推出措施，…解決這個
  深層次矛盾``) is a recommendation, not a challenge (``aspects.prescribes_past_problem_words``)."""

import numpy as np
import pytest

from costs import assert_linear
from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.aspect_model import apply_review
from summarizer.pipeline import summarize_document
from summarizer.points import RawPoint
from summarizer.script import simplified_view
from summarizer.sentences import split_sentences


def _points(text: str) -> dict[str, list[str]]:
    doc = summarize_document(text)
    return {side: [p.text for e in doc.essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_stated_recommendation_is_not_moved_but_may_be_dropped():
    probs = np.array([[0.02, 0.95, 0.03], [0.7, 0.2, 0.1]])
    rows = {0: 0, 20: 1}

    def taken(stated: bool) -> dict[str, list[RawPoint]]:
        return {asp.CHALLENGE: [], asp.RECOMMENDATION: [RawPoint(asp.RECOMMENDATION, 0, 10, stated=stated),
                                                        RawPoint(asp.RECOMMENDATION, 20, 30, stated=stated)]}

    moved = apply_review(taken(False), lambda p: rows[p.start], probs, 0.6, 0.9)
    assert [p.start for p in moved[asp.CHALLENGE]] == [0] and moved[asp.RECOMMENDATION] == []
    kept = apply_review(taken(True), lambda p: rows[p.start], probs, 0.6, 0.9)
    assert kept[asp.CHALLENGE] == []
    assert [(p.start, p.aspect) for p in kept[asp.RECOMMENDATION]] == [(0, asp.RECOMMENDATION)]  # (20: dropped)


@pytest.mark.parametrize("point, stated", [
    ("港府須設法減輕兩地往來對民生的影響，減少市民的負擔", True),
    ("当局应尽快检讨公屋编配政策", True),
    ("建議當局增設夜診名額", True),
    ("公屋輪候時間仍然太長", False),
    ("政府去年推出了新的資助計劃", False),
])
def test_prescribing_recommendation_is_marked_stated(point, stated):
    text = "近年跨境往來頻繁，市民生活受到衝擊。" + point + "。"
    sentences = split_sentences(text)
    a = text.index(point)
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [RawPoint(asp.RECOMMENDATION, a, a + len(point))]}
    pts._mark_veto_exempt(text, sentences, out)
    assert out[asp.RECOMMENDATION][0].stated is stated


@pytest.mark.parametrize("complaint, tail", [
    ("社區的路燈壞了半年，晚上出行很不方便", "希望物業能盡快更換路燈"),
    ("小区的路灯坏了半年，晚上出行很不方便", "希望物业能尽快更换路灯"),
])
def test_measure_tail_split_from_its_complaint_is_stated(complaint, tail):
    text = simplified_view(f"{complaint}，{tail}。")
    sentences = split_sentences(text)
    layout = pts._Layout(regions=[None] * len(sentences), in_point=[False] * len(text), in_heading=[False] * len(text),
                         markers=[])
    out = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, 0, len(text) - 1)], asp.RECOMMENDATION: []}
    pts._measure_tail_points(text, sentences, layout, out, 60, len(text))
    assert [text[p.start:p.end] for p in out[asp.RECOMMENDATION]] == [simplified_view(tail)]
    assert out[asp.RECOMMENDATION][0].stated
    assert [text[p.start:p.end] for p in out[asp.CHALLENGE]] == [simplified_view(complaint)]


@pytest.mark.parametrize("sentence, aspect", [
    ("當局必須坐言起行，推出措施，向社會展示有決心解決這個深層次矛盾。", asp.RECOMMENDATION),
    ("当局必须坐言起行，推出措施，向社会展示有决心解决这个深层次矛盾。", asp.RECOMMENDATION),
    ("一個公義的社會應該以照顧弱勢社群的需要為施政的出發點，而非將他們視為負擔。", asp.RECOMMENDATION),
    ("政府須解決劏房問題。", asp.RECOMMENDATION),
    # the subject itself states the shortcoming, or the sentence states a deficiency of its own: still a challenge
    ("監管不足的部門應該受到問責，卻一再推卸。", asp.CHALLENGE),
    ("政府應加強監管，但目前監管明顯不足。", asp.CHALLENGE),
    ("學校必須面對師資不足的問題。", asp.CHALLENGE),
    ("我們必須承認，問題很嚴重。", asp.CHALLENGE),
])
def test_subject_prescription_over_problem_words(sentence, aspect):
    assert asp.sentence_aspect(simplified_view(sentence)) == aspect


def test_prescription_over_problem_words_in_an_essay():
    for text in ("房屋問題對當局帶來沉重壓力。輪候公屋的時間近年急升，不少家庭居於環境惡劣的劏房。"
                 "當局必須坐言起行，推出措施，向社會展示有決心解決這個深層次矛盾。",
                 "房屋问题对当局带来沉重压力。轮候公屋的时间近年急升，不少家庭居于环境恶劣的劏房。"
                 "当局必须坐言起行，推出措施，向社会展示有决心解决这个深层次矛盾。"):
        got = _points(text)
        assert got["recommendations"] == [text.split("。")[2]]
        assert got["challenges"] == text.split("。")[:2]


def test_prescription_reading_stays_linear():
    assert_linear(lambda n: asp.prescribes_past_problem_words("当局必须" + "解决问题，" * n), 2_000,
                  "subject prescription over problem words")
