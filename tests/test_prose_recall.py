"""Recall on unstructured prose (issue 8): news reports, commentary, blog posts and letters state their problems and
measures in sentences with no heading and often no deficiency predicate or modal. Every sentence and essay here was
written for this test; Traditional-script ones are read through the Simplified analysis view."""

import pytest

import summarizer
from summarizer import aspects as asp
from summarizer.script import simplified_view


def _aspect(sentence: str) -> str | None:
    return asp.prose_aspect(simplified_view(sentence))


@pytest.mark.parametrize("sentence", [
    # criticism and harm with no deficiency predicate (prose_complaint cue group)
    "由治安警察兼管食物卫生检查，本来就是错配。",
    "层层加码的检查把基层的风气带坏了。",
    "媒体的片面报道使得外卖骑手的形象被扭曲了。",
    "几个大商场垄断了全区的停车资源。",
    "區議會的撥款程序完全不透明。",
    "街道对居民反映的占道问题视若无睹。",
    # a clause that says a named wrong exists (存在…的现象/行为/观念)
    "一些乡镇还存在着重审批轻监管的现象。",
    "不少家长存在“重分数、轻体育”的错误观念。",
])
def test_prose_complaints_state_challenges(sentence):
    assert _aspect(sentence) == asp.CHALLENGE


@pytest.mark.parametrize("sentence", [
    # a vague announcement of existence names no wrong: the points follow it
    "当前社区治理中还存在一些现象。",
    # a complaint word in a clause that removes it (remedy) or forbids it (prohibition) is what a measure targets
    "切勿把社区活动中心办成一次性的形象工程。",
    "可以减少浪费。",
])
def test_complaint_words_that_state_no_challenge(sentence):
    assert _aspect(sentence) != asp.CHALLENGE


@pytest.mark.parametrize("sentence", [
    # a prohibition with no subject tells the reader what not to do
    "不能凭个人好恶决定谁去参加培训。",
    "把排班的事交给熟悉线路的调度员，不要外行指挥内行。",
    "同时也不能把考核变成填表比赛。",
    # an appeal to the authorities, in the author's voice
    "期望政府在修订条例时听取小商户的意见。",
    "我們促請當局盡快公布街市翻新的時間表。",
    # ...also in a later clause, after what the author says of the addressee
    "政府是城市规划的把关人，期望政府先公开旧区重建的完整时间表。",
    # 还要 before an action verb is the modal 要 (the comparative 比…还要高 is not)
    "还要加强对托管机构的日常监督。",
    # a frame that names the measure as what matters most
    "更重要的是要让家长参与食堂菜单的制定。",
    # a measure with no subject and no modal: an adverb of manner before the verb, or two prescribing clauses
    "严厉查处克扣环卫工人工资的行为。",
    "实行最严格的校车准入制度，同时还要做好司机的定期培训。",
])
def test_prose_prescriptions_without_modal_state_recommendations(sentence):
    assert _aspect(sentence) == asp.RECOMMENDATION


@pytest.mark.parametrize("sentence", [
    # with a subject, 不能 states an inability: a shortcoming, not a prohibition
    "很多老人不能熟练使用手机挂号。",
    # a bare verb-initial sentence is no measure: the verb is a noun there
    "回收物料大部分运往外地处理。",
    # an appeal that a named third party makes is reported, not the author's
    "他希望政府尽快公布方案。",
    # a comparison with 还要 prescribes nothing
    "今年的菜价比去年还要高。",
])
def test_no_prescription_without_its_shape(sentence):
    assert _aspect(sentence) != asp.RECOMMENDATION


def test_appeal_and_prohibition_prescribe_like_a_strong_modal():
    assert asp.prescribes("期望政府先理顺审批流程")
    assert asp.prescribes("不能把考核变成填表比赛")
    assert asp.prescribes("街道应设立投诉热线")
    assert not asp.prescribes("很多老人不能熟练使用手机挂号")


LETTER = (
    "一封写给局长的信\n\n"
    "我在环卫所干了十五年，有些话憋在心里很久了。\n\n"
    "一、环卫工人的工资应按时足额发放，这是我的建议。这样也能提高大家干活的积极性。\n\n"
    "二、不能再让临时工顶替正式岗位，把最累的活都推给他们。\n\n"
    "三、有些领导只会开会讲奉献，自己却从不下一线，基层的风气被带坏了。\n"
)


def test_a_letter_whose_found_measures_are_all_dropped_still_gives_its_prose_measure():
    """The measure section's only sentence found so far states a benefit (这样也能提高…), which the precision guards drop:
    the aspect counts as not found, and the subjectless prohibition after it (不能再让…) is the letter's measure."""
    essay = summarizer.summarize(LETTER).essays[0]
    texts = [p.text for p in essay.recommendations]
    assert any(t.startswith("不能再让临时工顶替正式岗位") for t in texts)
    assert not any("这样也能提高" in t for t in texts)
    for p in essay.recommendations + essay.challenges:
        assert LETTER[p.start:p.end] == p.text


COMMENTARY = (
    "小区停车为何越来越难\n\n"
    "我住的小区建成二十年，车位一直紧张。"
    "物业把公共通道划成收费车位，消防通道被堵死的情况屡见不鲜。"
    "业委会形同虚设，收支账目完全不透明。"
    "开发商当年的规划严重滞后，地下车库只够三成住户使用。"
    "街道对乱收费视若无睹，投诉电话常年无人接听，居民感到无助。"
    "周边道路的占道停车管理混乱，早晚高峰寸步难行。"
    "物业与停车公司的合同期限过长，业主无从监督。"
    "新能源车的充电桩严重不足，飞线充电隐患重重。"
    "这样下去，邻里之间的矛盾只会越来越多。\n"
)


def test_a_dense_commentary_gives_every_problem_sentence_past_the_fallback_floor():
    """A commentary with no heading and no list states a problem in most of its sentences: every sentence that
    states one as prose does is a point (more than the fallback's floor of SENTENCE_POINTS), the opening background
    sentence is not."""
    from summarizer.points import SENTENCE_POINTS

    essay = summarizer.summarize(COMMENTARY).essays[0]
    texts = [p.text for p in essay.challenges]
    assert len(texts) > SENTENCE_POINTS
    for expected in ("业委会形同虚设，收支账目完全不透明", "新能源车的充电桩严重不足"):
        assert any(expected in t for t in texts), texts
    assert not any("建成二十年" in t for t in texts)
    for p in essay.challenges:
        assert COMMENTARY[p.start:p.end] == p.text
