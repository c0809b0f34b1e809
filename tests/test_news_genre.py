"""News by its genre (summarizer.news.news_genre): a report that opens with no dateline or byline still narrates
dated events and attributes them to sources, and its summary is its lead; a policy essay, a research report, a
meeting transcript and a short text with a date or two are no news."""

import pytest

import summarizer.pipeline as pipeline
from summarizer import summarize
from summarizer.news import NEWS_GENRE_MIN, news_genre

# a court report told from its start, no dateline: dated events (3月5日, 2019年6月, 此前, 当天 …) and sources
# (表示, 称, 据了解, 介绍, 记者获悉)
REPORT = ("3月5日上午，某市中级人民法院公开审理了一起建材买卖合同纠纷案。"
          "原告代理律师表示，被告公司在2019年6月签订合同后，一直拖欠货款八十余万元。"
          "被告方称，双方对交货质量存在争议，货款应当扣减。"
          "据了解，该案此前已于2020年8月由区法院一审判决，被告不服提起上诉。"
          "法院介绍，二审将于4月12日宣判。"
          "记者获悉，原告已向法院申请财产保全，冻结了被告名下的银行账户。"
          "当天的庭审持续了三个小时，双方就质量鉴定意见展开了激烈辩论。")
LEAD = "3月5日上午，某市中级人民法院公开审理了一起建材买卖合同纠纷案。"

# a policy essay: no dated event, its own voice
ESSAY = ("基层治理是国家治理的基石。当前，一些地方基层治理存在人员不足、经费紧张的问题，基层干部负担过重。"
         "要加强基层队伍建设，充实基层治理力量，保障基层治理经费。要为基层减负，精简文件会议，让基层干部把更多精力用在"
         "服务群众上。有关部门表示将研究落实。只有夯实基层治理，才能实现国家治理现代化。")

# a broker's note: dated, but attributes nothing
RESEARCH = ("公司3月28日发布2023年年报，全年实现营业收入120亿元，同比增长15%。"
            "其中第四季度实现收入35亿元，环比增长8%。公司1月起上调主要产品价格，毛利率提升2个百分点。"
            "4月10日公司公告拟投资20亿元扩建产能，预计2025年6月投产。我们维持盈利预测，给予买入评级。")

# a meeting transcript: dates and 说, but speech
TRANSCRIPT = ("那个，我们3月5日开了一次会，然后就是说4月12日之前要把材料交上去。"
              "张三说，这个事情嗯要抓紧，对吧。李四说，那个预算的话我们3月20日再报一次吧。"
              "王五表示，然后就是场地的问题，这个4月1日之前得定下来。")


def test_a_report_without_a_dateline_is_news_by_its_genre():
    assert news_genre(REPORT)


def test_its_summary_is_its_lead():
    sentences = [p.text for p in summarize(REPORT, summary_chars=60).essays[0].summary_sentences]
    assert sentences[0] == LEAD


@pytest.mark.parametrize("text", [ESSAY, RESEARCH, TRANSCRIPT, "", "  \n", "3月5日，他表示同意。"])
def test_no_news_genre(text):
    assert not news_genre(text)


def test_a_short_text_with_a_few_dates_and_sources_is_no_report():
    # two dated events and two sources: dense, but too few to tell a genre (NEWS_GENRE_MIN each)
    short = "3月5日，法院开庭审理此案。律师表示将上诉。4月1日，被告称已还款。"
    assert NEWS_GENRE_MIN > 2
    assert not news_genre(short)


def test_an_essay_keeps_its_textrank_summary(monkeypatch):
    summary = summarize(ESSAY, summary_chars=80).essays[0].summary
    monkeypatch.setattr(pipeline, "news_genre", lambda body: False)
    assert summarize(ESSAY, summary_chars=80).essays[0].summary == summary


def test_a_traditional_report_is_read_in_its_simplified_view():
    # the pipeline reads the essay's Simplified view: 據了解 / 記者 count as 据了解 / 记者
    trad = REPORT.replace("据了解", "據了解").replace("记者", "記者").replace("审理", "審理")
    sentences = [p.text for p in summarize(trad, summary_chars=60).essays[0].summary_sentences]
    assert sentences[0] == LEAD.replace("审理", "審理")


@pytest.mark.parametrize("text", ["字" * 100_000, "好。" * 10_000, "3月5日表示" * 20_000, "嗯" * 100_000])
def test_adversarial_inputs_end_with_the_right_answer(text):
    # one giant line, 10,000 tiny sentences, a run of cues: linear scans (no timing asserted)
    assert news_genre(text) is (text.startswith("3月5日"))
