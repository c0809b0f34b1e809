"""Wrong points left by the Part 28 documents (979-1054) of the aspect corpus (helper p28p), each kind on a text
written for the test (none copies a corpus string).

1. A topic heading over labelled fields (``1. 停车问题`` ⏎ ``问题：…`` ⏎ ``解答：…``): the heading only names the topic
   of the problem its ``问题：`` line states, so the line is the point and the heading none
   (:func:`summarizer.points.topic_over_own_label`, :func:`summarizer.aspects.body_field_label_aspect`). A heading
   that states the problem (``车位严重不足`` ⏎ ``- 挑战描述：…``) stays a point.
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer.points import topic_over_own_label
from summarizer.structure import parse


# 1 ---------------------------------------------------------------------------------------------------------------

_QA = ("二、居民关心的难题及答复\n\n"
       "1. 停车问题\n\n"
       "问题：老城区车位严重不足，居民晚上回家找不到停车位。\n\n"
       "答复：街道将协调周边单位错时开放停车场。同时，将新建两处立体停车库。\n\n"
       "2. 养老问题\n\n"
       "问题：社区养老服务设施缺乏，高龄老人照料困难。\n\n"
       "答复：街道将在年内建成一处日间照料中心。\n")


def test_topic_heading_over_a_problem_field_is_no_point():
    challenges, recommendations = points(_QA)
    assert "停车问题" not in challenges and "养老问题" not in challenges
    assert any("车位严重不足" in c for c in challenges)
    assert any("养老服务设施缺乏" in c for c in challenges)


def test_body_field_label_aspect():
    s = parse(_QA)
    heads = {s.heading(it).strip(): it for it in s.items}
    assert asp.body_field_label_aspect(s.text, heads["停车问题"]) == asp.CHALLENGE
    assert topic_over_own_label(s, heads["停车问题"], asp.CHALLENGE)
    assert not topic_over_own_label(s, heads["停车问题"], asp.RECOMMENDATION)


def test_a_heading_that_states_the_problem_stays():
    text = ("二、本月工作难点\n"
            "1. 车位严重不足\n"
            "问题：老城区居民晚上回家找不到停车位。\n"
            "2. 照料人手短缺\n"
            "问题：高龄老人照料困难，护理员流失严重。\n")
    s = parse(text)
    heads = {s.heading(it).strip(): it for it in s.items}
    assert not topic_over_own_label(s, heads["车位严重不足"], asp.CHALLENGE)  # a predicate, not a topic name


def test_a_problem_heading_over_a_measure_field_stays():
    text = ("一、存在的问题\n"
            "1. 设备老化问题\n"
            "整改措施：分两年更新全部设备，建立定期检修制度。\n")
    s = parse(text)
    heads = {s.heading(it).strip(): it for it in s.items}
    assert asp.body_field_label_aspect(s.text, heads["设备老化问题"]) == asp.RECOMMENDATION
    assert not topic_over_own_label(s, heads["设备老化问题"], asp.CHALLENGE)


# 2 ---------------------------------------------------------------------------------------------------------------
# A portal's news-channel label over its bulleted headlines (clean: the ``news_channel`` boilerplate rule): the
# headlines are the page's sidebar and give no point; the label stays, so a page of headlines only is no error.

_ARTICLE = ("老城区停车难问题日益突出，居民晚上回家找不到停车位。建议加快建设公共停车场，错时开放机关单位停车位。\n\n")
_HEADLINES = ("新聞\n"
              "  • 北區大廈停電逾一日 修復需時 兩長者需暫住院舍\n"
              "  • 交通局:爭取年內完成巴士站改造\n"
              "  • 各有說法?議員質疑工程延誤 工務局:未超預算\n")


def test_headlines_under_a_news_label_give_no_point():
    challenges, recommendations = points(_ARTICLE + _HEADLINES)
    assert any("停车位" in c for c in challenges) or any("停车" in r for r in recommendations)
    assert not any("停電" in p or "停电" in p or "工程延誤" in p or "巴士站" in p for p in challenges + recommendations)


def test_a_page_of_headlines_only_is_no_error():
    import summarizer
    essay = summarizer.summarize(_HEADLINES).essays[0]
    assert essay.challenges == [] and essay.recommendations == []


def test_bullets_under_another_label_stay():
    text = ("存在问题\n"
            "  • 站点人手长期紧缺\n"
            "  • 设备维护严重滞后\n")
    challenges, _ = points(text)
    assert any("人手长期紧缺" in c for c in challenges)


def test_a_bullet_sentence_ends_the_headlines():
    from summarizer.clean import clean
    text = _HEADLINES + "  • 本报讯，昨日全市普降大雨，多处路段积水严重。\n"
    out = clean(text).text
    assert "多处路段积水严重" in out and "交通局" not in out


# 3 ---------------------------------------------------------------------------------------------------------------
# Titles (pipeline._title): a short line that a site's name or a sidebar box's label ends (``page_furniture_ender``:
# 某某资讯网, 成员简介) is page furniture; a survey report's first section label (调查背景与目的) is no title; a survey's
# topic field (调查课题：…) gives the title after its label.

_BODY = "当前，部分城市停车难问题突出，老旧小区车位严重不足。建议加快建设公共停车场。\n"


def _title(text: str):
    import summarizer
    return summarizer.summarize(text).essays[0].title


def test_a_site_name_line_is_no_title():
    assert _title("星河资讯网\n\n" + _BODY) is None
    assert _title("作者简介\n\n张三\n\n" + _BODY) is None


def test_a_survey_section_label_is_no_title():
    assert _title("调查背景与目的\n" + _BODY) is None


def test_a_survey_topic_field_gives_the_title():
    assert _title("调查课题:城区停车难的现状调查\n调查对象:城区车主\n" + _BODY) == "城区停车难的现状调查"


def test_a_headline_that_ends_like_a_site_stays_a_title():
    # (longer than a site's name: a headline about the net, not the page's furniture)
    assert _title("关于加强农村地区宽带与移动通信网络建设的新闻网\n\n" + _BODY) is not None
    assert _title("城区停车难问题调查\n\n" + _BODY) == "城区停车难问题调查"


# 4 ---------------------------------------------------------------------------------------------------------------
# One reader of a recent event (aspects.narrates_recent_event): a recent time opening the sentence (近日…) and a news
# day after its subject with an event verb (昨日下午，…座谈) both narrate, unless a deficiency is named.

def test_recent_event_reader_takes_both_openers():
    assert asp.narrates_recent_event("近日，区城管局召开座谈会，听取商户意见")
    assert asp.narrates_recent_event("昨日上午，街道办与三家物业公司座谈，交换了意见")
    assert asp.states_neither("近日，区城管局召开座谈会，听取商户意见")


def test_a_recent_event_that_names_a_deficiency_stays_a_point():
    assert not asp.narrates_recent_event("近日，不少居民反映小区路灯长期损坏，夜间出行存在安全隐患")
    assert not asp.states_background("近日，不少居民反映小区路灯长期损坏，夜间出行存在安全隐患")
    assert not asp.narrates_recent_event("昨天小区的路灯又坏了，居民夜里出行十分困难")


# 5 ---------------------------------------------------------------------------------------------------------------
# A poll's answers named with their shares (points.poll_answers): quoted options that state no shortcoming are who
# the respondents think they are, not complaints; options that state shortcomings stay a list of complaints.

from summarizer.points import poll_answers, quoted_list_items  # noqa: E402


def _items(sentence: str):
    return quoted_list_items(sentence)


def test_poll_answers_that_state_no_problem_give_no_point():
    s = "31%的受访学生认为自己是“本地人”，26%认为是“外地人”，20%认为是“新市民”，9%表示“说不清”。"
    items = _items(s)
    assert len(items) == 4 and poll_answers(s, items)
    challenges, _ = points("外来务工子女的身份认同相对模糊。" + s + "\n")
    assert not any(c in ("本地人", "外地人", "新市民", "说不清") for c in challenges)
    assert any("身份认同相对模糊" in c for c in challenges)


def test_poll_complaints_stay():
    s = "其中58%的网友认为“看病费用负担沉重”，21%认为“护理人员严重不足”，9%认为“服务网点太少”。"
    items = _items(s)
    assert len(items) == 3 and not poll_answers(s, items)


def test_a_list_without_shares_is_no_poll():
    s = "居民反映最多的是“停车难”、“充电难”、“外地人”等。"
    assert not poll_answers(s, _items(s))
