"""Kinds fixed by helper k7980 (Parts 79-80's open kinds), on small texts of the tests' own."""

import pytest

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text):
    return {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
            for side in ("challenges", "recommendations")}


@pytest.mark.parametrize("sentence", [
    "也建议学校对校车进行定期保养,在早期发现问题时及时更换零件,以免酿成事故。",
    "同时建议街道对老旧楼道进行排查,发现隐患及时整改。",
    "建议社区对健身器材定期巡查,发现问题及时报修,以免伤到居民。",
])
def test_proposal_naming_the_problem_it_prevents_is_a_recommendation(sentence):
    # a sentence that opens by proposing (also after an adverb of addition) names the problem its measure finds or
    # averts: no shortcoming stated
    assert asp.opens_proposal(sentence)
    assert asp.sentence_aspect(sentence) == asp.RECOMMENDATION


def test_proposal_after_adverb_opens_proposal_only_as_verb():
    assert asp.opens_proposal("此外还建议区里增设公交线路。")
    assert not asp.opens_proposal("也许建议本身就有问题。")
    assert not asp.opens_proposal("也建议没有落实。")  # (建议 then a negation: the noun, a shortfall)


def test_proposal_with_more_shortfalls_than_measures_stays_a_challenge():
    s = "建议的落实情况不理想,问题很多,整改不到位。"
    assert asp.sentence_aspect(s) == asp.CHALLENGE


def test_advice_in_a_post_goes_to_the_recommendation_side():
    text = ("我们楼的消防通道常年堆满杂物,上周差点耽误了救护车。物业来看过一次就没下文了。\n"
            "也建议物业对消防通道进行每周巡查,在发现堆放时及时清理,以免发生危险。\n")
    pts = _points(text)
    assert any("每周巡查" in p for p in pts["recommendations"])
    assert not any("每周巡查" in p for p in pts["challenges"])


def test_example_that_states_a_shortfall_is_a_challenge():
    assert asp.example_shortfall("比如,东区菜市场排水设施老化,雨天积水严重。")
    assert asp.example_shortfall("例如:部分村民对医保政策认识不足。")
    assert not asp.example_shortfall("比如,某县推行了积分制管理。")  # a practice elsewhere, no shortfall
    assert not asp.example_shortfall("比如,应当加强排水设施的维护。")  # prescribes
    assert not asp.example_shortfall("东区菜市场排水设施老化。")  # no example word


def test_problems_given_as_examples_are_points_without_the_marker():
    text = ("三、社区服务存在薄弱环节。养老服务供给不足。比如,东区日间照料中心床位严重不足,排队要等半年。"
            "例如,西区的助餐点设施陈旧,卫生条件较差。文体设施利用率低。\n")
    ch = _points(text)["challenges"]
    assert any("床位严重不足" in p for p in ch)
    assert any("设施陈旧" in p for p in ch)
    assert not any(p.startswith(("比如", "例如")) for p in ch)


def test_example_of_a_practice_stays_no_point():
    text = ("各地在社区养老上做了不少探索。比如,某市推行了时间银行,志愿者服务可以存入时间。"
            "建议总结推广各地的好做法。\n")
    pts = _points(text)
    assert not any("时间银行" in p for p in pts["challenges"] + pts["recommendations"])


def test_example_shortfall_is_linear_on_long_inputs():
    long_line = "比如" + "设施老化" * 25000
    assert asp.example_shortfall(long_line)
    many = "。".join(["比如,设施老化"] * 10000)
    assert asp.example_shortfall(many)


@pytest.mark.parametrize("sentence", [
    "留守儿童的心理健康不该被忽视,需要学校和家庭一起想办法。",
    "评价好老师的标准不应只看升学率。",
    "农民工的欠薪问题不应该被一拖再拖。",
])
def test_normative_prohibition_after_a_subject_with_de_is_a_recommendation(sentence):
    # 不应/不该 only forbid (never an inability): the fault words after them are the conduct forbidden
    assert asp.forbids_conduct(sentence)
    assert asp.sentence_aspect(sentence) == asp.RECOMMENDATION


@pytest.mark.parametrize("sentence", [
    "乡镇卫生院的药品不该这么少。",  # a complaint that it is so
    "村里的道路资金不到位,不能按时开工。",  # an inability
])
def test_normative_prohibition_leaves_complaints_alone(sentence):
    assert not asp.forbids_conduct(sentence)


def test_example_marker_dropped_only_from_a_shortfall_example():
    from summarizer.points import _example_shortfall_end
    text = "比如,东区菜市场排水设施老化,雨天积水严重。"
    assert text[_example_shortfall_end(text, 0, len(text)):].startswith("东区")
    practice = "比如,某县推行了积分制管理。"
    assert _example_shortfall_end(practice, 0, len(practice)) == 0
    long_line = "比如," + "设施老化" * 25000
    assert _example_shortfall_end(long_line, 0, len(long_line)) == 3
