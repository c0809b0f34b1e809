"""Faults found in trial16 (a new user's trial): a summary cut down to a bare speech frame, a short web article read
as one line, a newspaper's bare dateline kept, a demand to 中央政府 or a ministry not read, the bare predicate of a
summed-up list kept as a point. Every text here was written for these tests."""

import pytest

import summarizer
from summarizer.formats.html import main_content
from summarizer.pipeline import speech_frame_only
from summarizer.points import _bare_summing_tail

from aspect_helpers import points


NEWS = ("城区公交线路调整方案公布\n\n"
        "本报讯（记者 李明）记者昨日从市交通运输局获悉，《城区公交线路优化调整方案》日前正式公布。"
        "市交通运输局局长赵刚在新闻发布会上介绍，目前城区公交存在线路重复率高、站点覆盖不均、高峰时段车辆不足等问题，"
        "下一步将撤并重复线路，新开社区微循环线路。\n")


def test_a_summary_cut_never_ends_on_a_bare_speech_frame():
    essay = summarizer.summarize(NEWS).essays[0]
    assert essay.summary == "记者昨日从市交通运输局获悉，《城区公交线路优化调整方案》日前正式公布。"


@pytest.mark.parametrize("text, cut, expected", [
    ("赵刚在发布会上介绍，目前线路重复。", 9, True),
    ("陈女士说：“希望把医生留住。”", 4, True),
    ("調查顯示，七成長者不懂網上預約。", 4, True),  # (the view is Simplified; a Traditional frame is read as its copy)
    ("线路重复率高，站点覆盖不均。", 6, False),  # a clause of content
    ("今年以来，王明表示，要加快推进。", 9, False),  # two clauses: the first one says something
    ("赵刚在发布会上介绍了方案。", 9, False),  # no words follow the verb
])
def test_speech_frame_only(text, cut, expected):
    from summarizer.script import simplified_view
    assert speech_frame_only(simplified_view(text), 0, cut) is expected


ONE_LINE_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>别让排队叫号难住老人 - 评论</title></head><body>'
                 '<nav><a href="/">首页</a> | <a href="/a">评论</a> | <a href="/b">登录</a></nav><article>'
                 '<h1>别让排队叫号难住老人</h1><p>来源：某某晚报　2025-05-06</p>'
                 '<p>一些医院只设手机扫码取号，不少老人不会操作，只能在大厅里干等。</p>'
                 '<p>医院应当保留人工窗口，为老人提供陪诊和代办服务。</p></article>'
                 '<footer>版权所有 某某晚报</footer></body></html>')


def test_a_short_article_on_one_line_of_markup_keeps_one_line_per_block():
    assert main_content(ONE_LINE_PAGE).split("\n") == [
        "别让排队叫号难住老人",
        "一些医院只设手机扫码取号，不少老人不会操作，只能在大厅里干等。",
        "医院应当保留人工窗口，为老人提供陪诊和代办服务。",
    ]
    doc = summarizer.summarize(ONE_LINE_PAGE.encode("utf-8"), source="page.html")
    essay = doc.essays[0]
    assert essay.title == "别让排队叫号难住老人"
    assert essay.summary == "一些医院只设手机扫码取号，不少老人不会操作，只能在大厅里干等。医院应当保留人工窗口，为老人提供陪诊和代办服务。"


@pytest.mark.parametrize("opening, removed", [("【本报讯】", 5), ("本报讯 ", 3), ("（本报讯）", 5), ("【本報訊】", 5)])
def test_a_bare_newspaper_dateline_is_news_furniture(opening, removed):
    text = f"{opening}全市今年新增停车泊位三千个，老城区停车难问题依然突出。\n"
    doc = summarizer.summarize(text)
    essay = doc.essays[0]
    assert essay.summary.startswith("全市今年新增停车泊位")
    assert not any("讯" in k.text or "訊" in k.text for k in essay.keyphrases)
    assert doc.removed.get("news_byline") == removed


def test_a_word_beginning_with_the_dateline_is_kept():
    essay = summarizer.summarize("本报讯员工大会今天召开，会上反映食堂排队时间过长。\n").essays[0]
    assert essay.summary.startswith("本报讯员工大会")


@pytest.mark.parametrize("sentence, expected", [
    ("關注組呼籲中央政府提高偏鄉照顧者的交通補助。", ["關注組呼籲中央政府提高偏鄉照顧者的交通補助"]),
    ("家長團體要求教育部檢討課後託管的收費標準。", ["家長團體要求教育部檢討課後託管的收費標準"]),
    ("居民希望市政府增设社区停车位。", ["居民希望市政府增设社区停车位"]),
    ("会议要求全部干部提高认识。", []),  # 全部 and 干部 are no ministry
    ("他要求领导干部带头执行制度。", []),
])
def test_a_demand_to_a_government_or_a_ministry_is_a_recommendation(sentence, expected):
    _, recommendations = points("社区来信\n\n" + sentence + "\n")
    assert recommendations == expected


@pytest.mark.parametrize("sentence, expected", [
    ("都是亟待解决的问题。", True),
    ("均为当前的突出短板", True),
    ("等都是专家提出过的建议。", True),
    ("这些都是亟待解决的问题。", False),  # a subject of its own
    ("都是问题，也要解决。", False),  # two clauses
])
def test_bare_summing_tail(sentence, expected):
    assert _bare_summing_tail(sentence) is expected


def test_the_bare_predicate_after_an_ellipsis_is_no_point():
    text = "谈谈老旧小区改造\n\n加装电梯推进缓慢、停车位严重不足、管线老化……都是亟待解决的问题。\n"
    challenges, _ = points(text)
    assert "都是亟待解决的问题" not in challenges
    assert challenges  # the list itself stays a point (one or one per item)


SHORT_COLLECTION = (
    "关于加强校外培训机构监管的建议\n\n"
    "近年来，校外培训机构数量增长较快，但监管仍有明显短板。一是部分机构无证办学，安全条件不达标。"
    "二是预收费用数额大，机构跑路后家长维权困难。为此，建议：一是开展无证机构专项清理；二是推行预收费资金第三方存管；"
    "三是建立培训机构信用评价制度。\n\n"
    "破解城市社区停车难的几点思考\n\n"
    "老旧社区停车位缺口大，车辆占用消防通道的现象屡禁不止。一是社区内部可挖掘空间有限，二是周边单位停车资源没有共享。"
    "对此，应当从以下几方面着手：一是推动周边单位停车场错时开放；二是利用边角地建设立体停车设施；三是完善停车收费调节机制。\n\n"
    "提升农村客运服务水平的对策研究\n\n"
    "农村客运班线减少，一些偏远村组群众出行不便。首先，客运线路客流少，经营者亏损严重。其次，车辆老化，安全隐患较多。"
    "为此，要做到以下几点：一是推行城乡公交一体化；二是对偏远线路实行运营补贴；三是发展预约响应式客运服务。\n")


def test_short_essays_each_under_a_title_line_are_several_essays():
    doc = summarizer.summarize(SHORT_COLLECTION)
    assert [e.title for e in doc.essays] == ["关于加强校外培训机构监管的建议", "破解城市社区停车难的几点思考",
                                            "提升农村客运服务水平的对策研究"]
    third = doc.essays[2]
    # the problems of the third essay are its challenges, not measures of the essay before it
    assert "客运线路客流少，经营者亏损严重" in [p.text for p in third.challenges]
    assert [p.text for p in third.recommendations] == ["推行城乡公交一体化", "对偏远线路实行运营补贴",
                                                       "发展预约响应式客运服务"]


def test_a_part_too_short_for_an_essay_after_a_title_line_stays_with_the_essay_before():
    text = SHORT_COLLECTION.split("提升农村客运")[0] + "关于下一步工作的几点思考\n\n要持续跟踪上述措施的落实情况。\n"
    assert len(summarizer.summarize(text).essays) == 2


@pytest.mark.parametrize("paragraph, expected", [
    ("乡村学校困难不少。一是教师流动频繁，二是校舍年久失修，三是课程开设不全。",
     ["教师流动频繁", "校舍年久失修", "课程开设不全"]),
    ("一是夜间照明不足，二是监控探头老化。", ["夜间照明不足", "监控探头老化"]),
])
def test_run_in_items_joined_by_commas_are_one_point_each(paragraph, expected):
    challenges, _ = points("社区安全观察\n\n" + paragraph + "\n")
    assert challenges == expected


def test_items_after_semicolons_are_left_to_their_own_rules():
    # (the comma rule does not touch a list whose markers follow ；: it was one point per item already)
    challenges, _ = points("社区安全观察\n\n一是夜间照明不足；二是监控探头老化。\n")
    assert challenges == ["夜间照明不足", "监控探头老化"]


def test_the_too_many_essays_message_counts_one_essay_in_the_singular():
    from summarizer.errors import TooManyEssaysError
    assert str(TooManyEssaysError(1, 0)) == "the document has 1 essay; the limit is 0 (max_essays)"
    assert str(TooManyEssaysError(2400, 500)) == "the document has 2,400 essays; the limit is 500 (max_essays)"


@pytest.mark.parametrize("limit", [{"max_essays": 0}, {"max_chars": 0}, {"max_essays": -5}, {"max_chars": 2.5},
                                   {"max_essays": True}])
def test_a_limit_under_one_is_a_clear_value_error_not_a_refusal_of_every_document(limit):
    # (trial16 A14: max_essays=0 refused every document with "the document has 1 essay; the limit is 0")
    name = next(iter(limit))
    with pytest.raises(ValueError, match=rf"^{name} must be a whole number of at least 1"):
        summarizer.summarize("社区治理存在人手不足的问题，需要充实队伍。", **limit)
    with pytest.raises(ValueError, match=rf"^{name} must be a whole number of at least 1"):
        summarizer.analyze("社区治理存在人手不足的问题，需要充实队伍。", **limit)


def test_limits_of_one_and_none_are_accepted():
    assert len(summarizer.analyze("社区治理存在人手不足的问题，需要充实队伍。", max_essays=1, max_chars=10_000)) == 1
    assert len(summarizer.analyze("社区治理存在人手不足的问题，需要充实队伍。", max_essays=None, max_chars=None)) == 1
