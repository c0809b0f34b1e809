"""hk34: the Part 56 kinds read by rule (Traditional HK/TW/Macau commentary and news), on texts of the tests' own:
a means noun of the only remedy (``唯一解决问题的方法，其实是…``), a counted proposal list (``提出4大建议，包括A、B，
以及C``), an agency's announced plan (``…会增加人手…，确保…``), commentary turning from a reported document to its
verdict (``…公布了若干措施，包括…。但是，这些措施都不能…``) and the failure to account (``没有说明…``)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text):
    d = summarize_document(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


def test_only_remedy_means_noun_is_a_recommendation():
    s = "唯一化解矛盾的办法，就是让居民参与规划，公开每一笔开支。"
    assert asp.opens_with_remedy("唯一化解矛盾的办法")
    assert asp.sentence_aspect(s) == asp.RECOMMENDATION
    # (a plain statement of the problem stays a challenge)
    assert asp.sentence_aspect("居民之间的矛盾长期得不到化解，问题越来越严重。") == asp.CHALLENGE


def test_counted_proposals_lists_the_items_and_the_joined_last():
    s = "该联会昨日发表报告，提出三项建议，包括增设社区药房、延长夜间门诊，以及推行电子处方。"
    items = [s[a:b] for a, b in pts.counted_proposals(s)]
    assert items == ["增设社区药房", "延长夜间门诊", "推行电子处方"]
    # Traditional, counted with 大 and a trailing 等
    t = "智庫提出5大建議,包括強化社區支援、擴建日間中心等。"
    assert [t[a:b] for a, b in pts.counted_proposals(t)] == ["強化社區支援", "擴建日間中心"]


def test_counted_proposals_needs_the_lead():
    assert pts.counted_proposals("会议讨论了多项议题，包括交通安排、环境卫生、治安巡逻。") == []
    assert pts.counted_proposals("提出两点建议，包括加强监管。") == []  # (one item only)
    # an authority's own measures are reported, no proposal; a figure's comma does not end the list
    assert pts.counted_proposals("政府提出六项措施，包括调整申请比例、增加配额至7,000个。") == []
    s = "议员提出三点意见，包括增加配额至7,000个、放宽入息限额。"
    assert [s[a:b] for a, b in pts.counted_proposals(s)] == ["增加配额至7,000个", "放宽入息限额"]


def test_announced_plan_is_no_recommendation():
    s = "另外，房屋署在明年起会增加巡查次数，确保单位不被滥用。"
    assert asp.announced_plan(s)
    assert asp.sentence_aspect(s) is None
    # a modal makes it a demand again
    demand = "房屋署应增加巡查次数，确保单位不被滥用。"
    assert not asp.announced_plan(demand)
    assert asp.sentence_aspect(demand) == asp.RECOMMENDATION
    # the problem the plan handles is its object, no shortcoming; a deficiency word still states one
    assert asp.sentence_aspect("社署在下月起会增加社工跟进这方面的问题，让家属可以提早申请。") is None
    assert asp.sentence_aspect("政府会增加人手，但人手不足的问题依然严重。") == asp.CHALLENGE


def test_commentary_turns_from_reported_measures_to_its_verdict():
    # the report of the policy address's measures opens a region of the document's own words; 但是 and a verdict end it, so
    # the demands after it are read as free prose, each its own point (before: one window lumping both)
    text = ("特首在刚发表的《施政报告》里，郑重地宣布交通政策的目标是让新区居民三十分钟内到达市中心。\n\n"
            "对于通勤时间过长，《施政报告》公布了若干纾缓措施，包括增加巴士班次、发放交通津贴、扩阔主要道路等。"
            "但是，这些措施都不能回答新区居民最关注的问题：他们要等多久？\n\n"
            "要纾缓新区居民的压力，政府必须承诺新铁路线的通车日期；政府必须公开客流预测数据。\n")
    _, rec = _points(text)
    assert "要纾缓新区居民的压力，政府必须承诺新铁路线的通车日期" in rec
    assert "政府必须公开客流预测数据" in rec


def test_failure_to_account_is_a_complaint():
    assert asp.prose_aspect("可是，当局没有交代资金从何而来，也没有说明工程何时完成。") == asp.CHALLENGE


def test_hk34_readers_are_linear():
    assert_linear(lambda n: pts.counted_proposals("提出三项建议，包括" + "增设药房、" * n), 2_000,
                  "a counted proposal list of many items")
    assert_linear(lambda n: pts.counted_proposals("提出三项建议包括" + "字" * n + "、" + "字" * n), 10_000,
                  "a counted proposal list with a long item and no punctuation")
    assert_linear(lambda n: asp.announced_plan("另外房屋署会" + "增" * n), 10_000, "an announced plan with no punctuation")
    assert_linear(lambda n: asp.announced_plan("会" * n), 10_000, "a line of 会")


def test_head_of_research_speaks_for_himself():
    # a think tank's head of research is a person, no reported study; a study or a report still gives nothing
    assert not asp.official_speaker("研究主管陈某")
    assert asp.official_speaker("研究")
    assert asp.official_speaker("研究主管陈某引述报告")
    assert asp.news_aspect("研究主管陈某指出，政府应增设社区照顾名额。") == (True, asp.RECOMMENDATION)
    assert asp.news_aspect("研究指出，政府应增设社区照顾名额。") == (True, None)
