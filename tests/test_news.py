"""News genre in the essay summary: an essay that opens like a news report keeps its lead (summarizer.news)."""

import pytest

import summarizer.pipeline as pipeline
from summarizer import summarize
from summarizer.news import NEWS_OPENING_CHARS, lead_picks, news_opening

# a report whose lead sentence shares few words with the rest: TextRank alone prefers a later, central sentence
BODY = ("全国政协十三届二次会议7日下午举行第二次全体会议，十位委员围绕民营企业发展作大会发言。"
        "委员们认为，民营企业融资难、融资贵的问题仍然存在。"
        "委员们建议，银行要加大对民营企业的信贷支持，解决民营企业融资难、融资贵的问题。"
        "有委员表示，融资难、融资贵的问题要靠银行和民营企业共同解决，民营企业也要规范经营。"
        "会议由全国政协副主席主持。")
LEAD = "全国政协十三届二次会议7日下午举行第二次全体会议，十位委员围绕民营企业发展作大会发言。"

ESSAY = ("基层治理是国家治理的基石。当前，一些地方基层治理存在人员不足、经费紧张的问题，基层干部负担过重。"
         "要加强基层队伍建设，充实基层治理力量，保障基层治理经费。要为基层减负，精简文件会议，让基层干部把更多精力用在"
         "服务群众上。只有夯实基层治理，才能实现国家治理现代化。")


@pytest.mark.parametrize("opening", [
    "新华社北京3月7日电（记者王明）",
    "本报讯 ",
    "（www.example.cn）记者张三 李四北京报道 ",
    "据新华社报道，",
    "原标题：委员热议民营经济 ",
    "通讯员 王五 ",
])
def test_a_dateline_or_byline_marks_a_news_opening(opening):
    assert news_opening(opening + BODY)


@pytest.mark.parametrize("text", [
    BODY,  # the same report without its dateline: nothing says it is news
    ESSAY,
    "主持人：下面请各位发言。张三：我说两句，这个项目进度要抓紧。",  # a meeting transcript
    "公司2月26日发布2018年业绩快报，报告期内实现营业总收入216.5亿元。",  # a date inside a sentence is no cue
    "事件：近日，公司发布2018年年度报告。点评：业绩符合预期。",  # a broker's note
    "近日，南方迎来强降雨，多地再现城市内涝。城市排水系统建设滞后，要完善城市排水系统。",  # a commentary's news peg
    "",
    "   \n",
])
def test_no_news_cue_no_news_opening(text):
    assert not news_opening(text)


def test_a_cue_past_the_opening_does_not_count():
    filler = "基层治理要久久为功。" * (NEWS_OPENING_CHARS // 10 + 1)
    assert not news_opening(filler + "据新华社报道，")
    assert news_opening("\n\n  " + "据新华社报道，" + filler)  # leading whitespace is skipped


def test_lead_picks_fill_the_budget_in_document_order():
    texts = {0: "甲" * 50, 2: "乙" * 30, 5: "丙，" + "丁" * 40, 7: "戊" * 10}
    assert lead_picks([0, 2, 5, 7], texts.__getitem__, 100) == [0, 2, 5]  # 丙， (2 chars) fits in the 20 left
    assert lead_picks([0, 2, 5, 7], texts.__getitem__, 81) == [0, 2]  # 1 left: 丙， (2 chars) does not fit
    assert lead_picks([0, 2, 5, 7], texts.__getitem__, 80) == [0, 2]  # exactly filled
    assert lead_picks([0, 2, 5, 7], texts.__getitem__, 20) == [0]  # the first is always taken
    assert lead_picks([], texts.__getitem__, 20) == []


def test_a_news_report_keeps_its_lead_sentence_first():
    news = "新华社北京3月7日电（记者王明）" + BODY
    sentences = [p.text for p in summarize(news, summary_chars=80).essays[0].summary_sentences]
    assert sentences[0] == LEAD  # the dateline itself is cleaned away (clean.news_byline); the lead comes first
    # without the dateline the same text is no news: TextRank picks the central sentence, not the lead
    plain = [p.text for p in summarize(BODY, summary_chars=80).essays[0].summary_sentences]
    assert LEAD not in plain
    # (the budget's rest filled with the next-ranked sentence that fits: summary18)
    assert plain == ["委员们建议，银行要加大对民营企业的信贷支持，解决民营企业融资难、融资贵的问题。", "会议由全国政协副主席主持。"]


def test_a_long_news_report_gets_its_lead_sentences_in_order():
    news = "本报讯（记者王明）" + BODY * 3  # budget: 0.2 x its content characters (98)
    essay = summarize(news, summary_chars=200).essays[0]
    texts = [p.text for p in essay.summary_sentences]
    assert texts[:2] == [LEAD, "委员们认为，民营企业融资难、融资贵的问题仍然存在。"]
    assert "记者" not in essay.summary
    starts = [p.start for p in essay.summary_sentences]
    assert starts == sorted(starts) and starts[0] == len("本报讯（记者王明）")
    assert len(essay.summary) <= pipeline.summary_budget(pipeline.analyze(news, summary_chars=200)[0])


def test_an_essay_that_is_no_news_keeps_its_summary(monkeypatch):
    summary = summarize(ESSAY, summary_chars=80).essays[0].summary
    assert summary == "基层治理是国家治理的基石。当前，一些地方基层治理存在人员不足、经费紧张的问题，基层干部负担过重。"
    # the same as with the news rule switched off
    monkeypatch.setattr(pipeline, "news_opening", lambda *a, **k: False)
    assert summarize(ESSAY, summary_chars=80).essays[0].summary == summary


def test_a_byline_on_its_own_line_before_the_lead_still_makes_news():
    """The byline that cleaning removes is read on the original input (pipeline._byline_cleaned), just before the
    essay's first kept character: a report whose byline stands alone on the line above its lead is news too, and
    one whose original opening carries no such cue is not."""
    lines = "本报讯（记者王明）\n" + BODY
    sentences = [p.text for p in summarize(lines, summary_chars=80).essays[0].summary_sentences]
    assert sentences[0] == LEAD
    assert [p.text for p in summarize(BODY, summary_chars=80).essays[0].summary_sentences][0] != LEAD
