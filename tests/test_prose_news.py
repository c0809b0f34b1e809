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
    # a cause noun that is not stated (no copula, not named as one) is no point; 不是/但是 are no copula
    ("记者走访了十个街道，了解垃圾分类推进缓慢的原因。", None),
    ("我看厂长不是说不清亏损的原因，只是不愿意说。", None),
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


@pytest.mark.parametrize("sentence, aspect", [
    # a leading purpose clause (要确保…，) states the goal; what follows decides
    ("要确保每个村都有卫生室，稳定的财政投入是根本。", None),
    ("要留住年轻教师，学校需认真了解他们的住房需求。", None),
    # a single 要-clause, or a run of measures after 要, stays a measure
    ("要建立社区食堂的长效运营机制。", asp.RECOMMENDATION),
    # a 申论 run-in that names its role (…是…的关键 / 重要保障) is a measure
    ("健全校车安全管理制度是保障学生出行的关键。", asp.RECOMMENDATION),
    ("畅通群众投诉渠道是改进政务服务的重要保障。", asp.RECOMMENDATION),
    # ...not a clause that only names a topic as one (no imperative verb opens it)
    ("校车安全是家长最关心的问题。", None),
])
def test_prose_aspect_purpose_and_role(sentence, aspect):
    assert asp.prose_aspect(sentence) == aspect


def test_a_lead_in_and_its_items_in_one_sentence_give_one_point_per_item():
    """News packs a lead-in and its list into one sentence (``……面對不少問題，包括：A；B；C。``): each item is a
    challenge next to the article's other prose problem; the lead-in and the reporter's narration are none.
    Traditional script, offsets into the user's text."""
    text = ("社區長者飯堂的困境\n"
            "社區長者飯堂經營多年，每日為區內長者提供午膳。\n"
            "一直以來，飯堂義工面對不少問題，包括：沒有固定的備餐地方；廚具不齊全，要自行添置；資助每年申請一次，難以長遠規劃。\n"
            "記者日前到訪，當日有六十多名長者排隊用膳。\n"
            "此外，飯堂的營運資金嚴重不足。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["沒有固定的備餐地方", "廚具不齊全，要自行添置", "資助每年申請一次，難以長遠規劃",
                                                  "飯堂的營運資金嚴重不足"]
    for p in essay.challenges:
        assert text[p.start:p.end] == p.text


def test_semicolon_parts_that_each_state_a_problem_are_separate_points():
    """A prose sentence whose ``；``-separated parts each state a shortcoming gives one point per part; a sentence
    whose window would start inside an enumeration (after ``、``) starts at the enumeration's clause instead."""
    text = ("夜市管理问题调查\n"
            "近年来夜市越办越多，摊位数量逐年增加。"
            "目前，夜市的管理部门众多，职责划分不清晰；摊贩的准入审核缺乏统一标准，卫生检查流于形式。"
            "街道应尽快明确夜市的牵头管理部门。")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["夜市的管理部门众多，职责划分不清晰",
                                                  "摊贩的准入审核缺乏统一标准，卫生检查流于形式"]


def test_every_stated_candidate_within_the_budget_is_kept():
    """The prose budget keeps every candidate within it: MMR drops only real near-duplicates (redundancy in [0, 1]),
    not whichever two candidates happen to be the most alike (four different problems of one canteen, worded
    alike, in a 1,600-character article: four points)."""
    filler = "街道组织了多次居民议事会，听取了各方意见，会议记录整理成册后在社区公告栏张贴公示。" * 40
    text = ("社区食堂调查\n" + filler + "\n"
            "社区食堂的厨师人手严重不足。\n"
            "社区食堂的运营资金严重不足。\n"
            "社区食堂的用餐场地过于狭小。\n"
            "社区食堂的食材采购渠道不畅。\n")
    assert len(text) >= 1600
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["社区食堂的厨师人手严重不足", "社区食堂的运营资金严重不足",
                                                  "社区食堂的用餐场地过于狭小", "社区食堂的食材采购渠道不畅"]


def test_a_prescribing_sentence_after_the_sections_joins_the_measures():
    """News and commentary put measures between and after their sections (``### 結語 …當局應…``): after the first
    aspect section, a prose sentence that prescribes with a strong modal is a recommendation beside the section's
    items; the opening's thesis (before the sections) and a sentence with only 要 (a need) are not."""
    text = ("屋邨街市的出路\n"
            "街市的檔位當局應盡快重新規劃。\n"
            "### 存在的問題\n"
            "一、租約太短，檔販難以長遠經營。\n"
            "二、人流不足，生意冷清。\n"
            "### 建議\n"
            "一、延長租約至三年。\n"
            "二、增加街市的宣傳。\n"
            "### 結語\n"
            "街市是社區生活的一部分。當局應設立街市管理委員會，定期聽取檔販意見。長遠而言，還要改善街市的通風。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["租約太短，檔販難以長遠經營", "人流不足，生意冷清"]
    assert [p.text for p in essay.recommendations] == ["延長租約至三年", "增加街市的宣傳",
                                                       "當局應設立街市管理委員會，定期聽取檔販意見"]


@pytest.mark.parametrize("sentence, expected", [
    # a 申论 run-in: the turn names the problem it solves, then the measure
    ("解决农村养老问题，需要发展互助养老服务。", True),
    ("破解停车难问题，必须盘活存量车位。", True),
    # a linking sentence refers back to problems already named, or prescribes nothing concrete
    ("要破解上述难题，需要多方协同发力。", False),
    ("解决这些问题，必须加强统筹协调。", False),
    # not a turn to the measures at all
    ("农村养老服务的人手严重不足。", False),
])
def test_run_in_measure(sentence, expected):
    assert asp.run_in_measure(sentence) is expected


def test_run_in_measures_of_an_essay_are_points():
    """Paragraphs that each open with ``解决X问题，需要Y。`` are the essay's measures (one point each), while a
    sentence that links back (``要破解上述难题，…``) is none."""
    text = ("农村养老的出路\n"
            "农村老人越来越多，子女大多外出务工，留守老人的生活照料严重不足。\n"
            "要破解上述难题，需要多方协同发力。\n"
            "解决农村养老问题，需要发展互助养老服务。村里的低龄老人可以照顾高龄老人，村委会负责登记服务时间。\n"
            "解决农村养老问题，需要提高基础养老金标准。各地可以根据财力逐年调整。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == ["解决农村养老问题，需要发展互助养老服务",
                                                       "解决农村养老问题，需要提高基础养老金标准"]


def test_a_reported_sentence_is_not_split_into_parts():
    """``；``-parts are separate points only in the author's own sentence: one that reports what others said
    (``某某指出…；…``) is read as one sentence (it gives at most one window), never as several points."""
    from summarizer.points import prose_parts

    text = "评论文章指出了园区招商的种种不足；园区配套缺乏统一规划，道路建设严重滞后。"
    parts = prose_parts(text, 0, len(text), asp.CHALLENGE, 60)
    assert len(parts) == 1
    own = "园区招商的配套政策不足；园区配套缺乏统一规划，道路建设严重滞后。"
    assert [own[a:b] for a, b in prose_parts(own, 0, len(own), asp.CHALLENGE, 60)] == [
        "园区招商的配套政策不足", "园区配套缺乏统一规划，道路建设严重滞后"]
