"""Challenges and recommendations that commentary states in prose (issue 8, recall on HK/Taiwan editorials and
columns): a verdict on a whole system (千疮百孔, 彻底失败), a failure that persists (仍未能…), a verdict drawn from a
recent event (近日的新闻，足以显示…), a measure with an adverb of care between the modal and its verb (应审慎考虑) or
suggested with 不妨, a plan that must exist (要有一个远景目标), and 建议 as a noun after a demonstrative (该建议…). Every sentence and essay here was written for
this test; Traditional-script ones are read through the Simplified analysis view."""

import pytest

from summarizer import aspects as asp
from summarizer.script import simplified_view
from tests.aspect_helpers import points


def _aspect(sentence: str) -> str | None:
    return asp.prose_aspect(simplified_view(sentence))


@pytest.mark.parametrize("sentence", [
    "區內的公共街市設施千瘡百孔。",
    "昔日引以為傲的小店文化蕩然無存。",
    "所謂以地區為本的諮詢機制已經徹底失敗,居民的意見無人理會。",
    "舊區更新多年來停滯不前。",
    # a failure that persists: an adverb of duration before 未能
    "當局一直未能回應街坊對噪音的投訴。",
    "新措施推出兩年,仍未能縮短輪候時間。",
    # 该建议: the noun, not the modal; the sentence judges the proposal
    "可是,該建議仍未能保障外判工的薪酬。",
])
def test_commentary_verdicts_state_challenges(sentence):
    assert _aspect(sentence) == asp.CHALLENGE


@pytest.mark.parametrize("sentence", [
    "代表們未能出席昨日的會議。",  # a bare 未能 narrates one event
    "如果當局處理不善,整個計劃就會徹底失敗。",  # a hypothetical consequence
])
def test_narration_and_conditions_state_no_challenge(sentence):
    assert _aspect(sentence) != asp.CHALLENGE


@pytest.mark.parametrize("sentence", [
    "政府應審慎考慮擴大資助範圍。",
    "當局須從速檢討現行的申請門檻。",
    "政府不妨考慮放寬單身人士的申請資格。",
    "区政府不妨从改造旧街市入手。",
])
def test_commentary_measures_state_recommendations(sentence):
    assert _aspect(sentence) == asp.RECOMMENDATION


@pytest.mark.parametrize("sentence,wanted", [
    # a plan that must exist: a modal, then 有 and a plan noun (no action verb after the modal)
    ("長者照顧政策始終要有一個清晰的長遠目標。", True),
    ("當局適宜有一套兼顧各方利益的對策。", True),
    ("社区更新必须先有一个分阶段的时间表。", True),
    ("政府沒有長遠規劃。", False),  # a plan that is missing: no measure
    ("我们要有信心。", False),  # confidence is no plan
    ("只要有清晰的目标,居民就会支持。", False),  # a condition
    ("本区的工作主要有三个目标。", False),  # a listing
])
def test_a_plan_that_must_exist_is_a_recommendation(sentence, wanted):
    assert asp.calls_for_plan(simplified_view(sentence)) is wanted
    assert (_aspect(sentence) == asp.RECOMMENDATION) is wanted


def test_hindering_is_no_suggestion():
    assert _aspect("新的單車徑不妨礙行人使用行人路。") is None


@pytest.mark.parametrize("sentence,background", [
    ("近日公布的輪候數字,足以顯示公屋供應持續惡化", False),  # the author's verdict drawn from the news
    ("最近多個地區接連下起暴雨,部分路段水浸嚴重", True),  # narration of a recent event
    ("日前,局長到訪了新落成的社區中心", True),
])
def test_a_verdict_drawn_from_a_recent_event_is_no_background(sentence, background):
    assert asp.states_background(simplified_view(sentence)) is background


def test_an_editorial_gives_its_commentary_points():
    """A column with no heading or list: its problems are verdicts, its measures are suggested in prose."""
    text = (
        "專欄：社區醫療何去何從\n\n"
        "近日公布的急症室輪候數字,足以顯示公營醫療持續惡化。當局多年來推出的分流措施,一直未能紓緩前線壓力。"
        "地區康健中心形同虛設,基層醫療千瘡百孔。\n\n"
        "筆者認為,政府應審慎考慮把慢性病覆診轉交社區診所,當局亦不妨增設夜間診症服務。"
    )
    challenges, recommendations = points(text)
    joined = "\n".join(challenges)
    assert "持續惡化" in joined
    assert "一直未能紓緩前線壓力" in joined
    assert "千瘡百孔" in joined
    assert any("慢性病覆診" in r for r in recommendations)
    assert any("夜間診症" in r for r in recommendations)
