"""Aspect points in news and 申论 prose outside any aspect section (issue 8): the shapes in which a news article or
a commentary states a problem or a measure without a modal before a verb, in Simplified and Traditional script.
Every sentence here was written for this test."""

import pytest

import summarizer
from summarizer import aspects as asp


@pytest.mark.parametrize("sentence, aspect", [
    # the cause or crux of a problem, stated through a copula: a challenge (causes count as challenges)
    ("公交线路绕行的症结在于站点规划多年没有调整。", asp.CHALLENGE),
    ("老街商户接连关门，主要原因是铺租连年上涨。", asp.CHALLENGE),
    ("停车收费标准多年不变，是路边违停屡禁不止的重要原因。", asp.CHALLENGE),
    # ...in Traditional script, read through the Simplified analysis view
    ("問題癥結是街市的租約每年一簽，檔販無法長遠經營。", asp.CHALLENGE),
    # a cause noun that is not stated (no copula, not named as one) is no point
    ("记者走访了十个街道，了解垃圾分类推进缓慢的原因。", None),
    # a measure framed without a modal before its verb: 需要的是 / 要做的是 / 当务之急
    ("这需要的是稳定的经费、专职的社工和清晰的权责。", asp.RECOMMENDATION),
    ("当务之急是为夜班环卫工人配齐反光背心。", asp.RECOMMENDATION),
    # a modal followed by a disposal or causative marker prescribes an action (应把…, 应将…, 亦应要求…)
    ("街道应把加装电梯的审批流程压缩到一个月以内。", asp.RECOMMENDATION),
    ("當局亦應要求承辦商公開工友的工時紀錄。", asp.RECOMMENDATION),
    # a prohibition prescribes too (不应再…, 切勿…), with or without a short subject before it
    ("学校不应再把课后服务外包给无资质的机构。", asp.RECOMMENDATION),
    ("切勿把临时救助办成一次性的形象工程。", asp.RECOMMENDATION),
    # 不得不 narrates a necessity; it prescribes nothing
    ("雨季一到，居民不得不蹚水出门，场面令人唏嘘不已。", None),
    # a measure that names the deficiency it fixes is still neither (the cues disagree)
    ("当务之急是补上社区医生严重不足的缺口。", None),
])
def test_prose_aspect_news_shapes(sentence, aspect):
    from summarizer.script import simplified_view

    assert asp.prose_aspect(simplified_view(sentence)) == aspect


NEWS = (
    "屋邨街市空置率高企\n"
    "記者上周走訪了區內三個屋邨街市，不少檔位已經空置多時。\n"
    "問題癥結是街市的租約每年一簽，檔販無法長遠經營。\n"
    "一名檔販說，他在街市經營了二十年，見證了街坊的變遷。\n"
    "當局亦應要求營辦商公開檔位的租金水平。\n"
)


def test_a_traditional_news_article_gives_its_cause_and_its_measure():
    """A Traditional-script news article without sections: the sentence that states the crux is a challenge, the
    one that asks the authorities to act is a recommendation; the reporter's narration and the quoted stall-holder's
    story are neither. Points keep the user's characters and offsets."""
    essay = summarizer.summarize(NEWS).essays[0]
    assert [p.text for p in essay.challenges] == ["問題癥結是街市的租約每年一簽，檔販無法長遠經營"]
    assert [p.text for p in essay.recommendations] == ["當局亦應要求營辦商公開檔位的租金水平"]
    for p in essay.challenges + essay.recommendations:
        assert NEWS[p.start:p.end] == p.text
