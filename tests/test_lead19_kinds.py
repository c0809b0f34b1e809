"""lead19: the essay summary of long documents against lead-k (issue 9's long-document sets).

* A long report (a feature, a court story, a complainant's letter) dates only a few events over thousands of
  characters of background and quotation, yet keeps attributing what it states: it is news by its genre
  (summarizer.news.news_genre with NEWS_LONG_CHARS / NEWS_LONG_TIME_MIN / NEWS_LONG_TIME_DENSITY) and its summary is
  its lead, with no aspect sentence added; a long policy essay (no dated events), a long research note (dated, no
  attribution) and a short text with the same sparse dates are not.
"""

import pytest

from summarizer import summarize
from summarizer.news import (NEWS_ATTRIBUTION_DENSITY, NEWS_GENRE_MIN, NEWS_LONG_CHARS, NEWS_LONG_TIME_DENSITY,
                             NEWS_LONG_TIME_MIN, NEWS_TIME_DENSITY, _TIME, news_genre,
                             news_opening)

# -- a long report: three dated events in its opening, then background, quotation and argument -------------------

LEAD = "3月5日上午，某区人民法院公开审理了一起物业服务合同纠纷案。"
OPENING = (LEAD + "原告业主代表表示，物业公司在2019年6月接手小区后，多次擅自提高停车收费标准。"
           "据了解，双方已于当天上午进行过调解，但未能达成一致意见。")
# background sentences with no date and no attribution (a report's middle), and quoted sentences with an attribution
BACKGROUND = (
    "这个小区建成已有二十多年，共有居民一千二百余户，其中不少是退休职工。",
    "小区的停车位一直十分紧张，晚上回来的车辆常常只能停在消防通道两侧。",
    "业主委员会成立之后，先后组织过多次业主大会，讨论停车管理和公共收益的分配办法。",
    "围绕公共收益的去向，业主和物业公司之间的分歧越来越大，信任也越来越少。",
    "一些老人说，他们并不清楚物业费到底用在了什么地方，也不知道该去找谁反映。",
    "小区门口的公告栏上贴满了各种通知，有的已经褪色，有的被新的通知盖住了一半。",
    "律师认为，物业服务合同的履行情况应当公开透明，收费标准的调整需要经过业主大会同意。",
    "居民们希望，这起案件能够让更多的小区在公共收益管理上有章可循。",
)
QUOTES = ("一位业主说，大家只是想把账算清楚。", "物业公司负责人称，收费调整都有依据。")


def _long_report(times: int = NEWS_LONG_TIME_MIN) -> str:
    """The opening (``times`` dated events: 3月5日, 2019年6月, 当天) and enough background and quotation to pass
    NEWS_LONG_CHARS; the attributions (表示, 据了解, 说, 称, 认为 is none) at about two per thousand."""
    assert times == 3
    parts = [OPENING]
    k = 0
    while sum(map(len, "".join(parts).split())) < NEWS_LONG_CHARS + 200:
        parts.append(BACKGROUND[k % len(BACKGROUND)])
        if k % 4 == 3:
            parts.append(QUOTES[(k // 4) % len(QUOTES)])
        k += 1
    return "".join(parts)


REPORT = _long_report()


def _n(text: str) -> int:
    return sum(map(len, text.split()))


def _times(text: str) -> int:
    return sum(1 for _ in _TIME.finditer(text))


def test_the_long_report_is_sparse_in_dates_and_attributes_enough():
    # (the premise of the kind: the dense test of a short news item would miss it)
    n = _n(REPORT)
    assert n >= NEWS_LONG_CHARS
    assert _times(REPORT) == 3
    assert 1000 * 3 < NEWS_TIME_DENSITY * n  # three dates: under the short text's density
    assert 1000 * 3 >= NEWS_LONG_TIME_DENSITY * n
    said = sum(REPORT.count(w) for w in ("表示", "据了解", "说", "称"))
    assert said >= NEWS_GENRE_MIN and 1000 * said >= NEWS_ATTRIBUTION_DENSITY * n


def test_a_long_report_with_sparse_dates_is_news_by_its_genre():
    assert news_genre(REPORT)


def test_its_summary_is_its_lead_with_no_aspect_sentence():
    essay = summarize(REPORT, summary_chars=80).essays[0]
    sentences = [p.text for p in essay.summary_sentences]
    assert sentences[0] == LEAD
    # the lead in document order, nothing from the report's middle (its 应当 sentence hosts a recommendation point)
    assert essay.summary.startswith(LEAD + "原告业主代表表示")
    assert "应当公开透明" not in essay.summary


def test_two_dated_events_are_too_few_for_a_long_report():
    # one date fewer (当天 left out): under NEWS_LONG_TIME_MIN, whatever the attributions
    text = REPORT.replace("已于当天上午", "已于上午")
    assert _times(text) == NEWS_LONG_TIME_MIN - 1
    assert not news_genre(text)


def test_a_long_policy_essay_that_attributes_but_dates_nothing_is_no_report():
    # the same background and quotations, the opening rewritten in the essay's own voice: no dated event
    text = REPORT.replace(OPENING, "物业服务是基层治理的重要一环，关系到千家万户的切身利益。"
                          "一些小区物业收费不透明、服务不到位，业主意见很大。")
    assert not news_genre(text)


def test_a_long_research_note_that_dates_but_attributes_nothing_is_no_report():
    dated = ("公司3月28日发布年报，全年收入增长百分之十五。", "4月10日公司公告拟扩建产能。",
             "预计2025年6月投产，新增产能将逐步释放。")
    body = ("毛利率提升两个百分点，主要来自产品结构的改善和原材料价格的回落。"
            "费用率保持稳定，经营性现金流明显好转，资产负债结构继续优化。")
    text = "".join(dated) + body * (NEWS_LONG_CHARS // len(body) + 1)
    assert _n(text) >= NEWS_LONG_CHARS
    assert not news_genre(text)


def test_a_short_text_keeps_the_dense_test():
    # the opening and a few background sentences: 3 dates in about 300 characters is dense enough for the long test
    # but a short text needs NEWS_GENRE_MIN dates at NEWS_TIME_DENSITY
    text = OPENING + "".join(BACKGROUND[:3]) + "".join(QUOTES)
    assert _n(text) < NEWS_LONG_CHARS
    assert not news_genre(text)
    # a fourth date makes it news by the short test
    assert news_genre(text.replace("一位业主说", "3月6日，一位业主说"))


@pytest.mark.parametrize("text", ["3月5日" * 40_000, "表示" * 50_000, ("3月5日表示。" + "字" * 300) * 300])
def test_long_adversarial_inputs_stay_linear(text):
    # a long run of dates, of attributions, and a long text of both: answered by linear scans (no timing asserted)
    assert news_genre(text) is (text.startswith("3月5日表示"))


# -- a photographer's or video editor's credit opens a news report -----------------------------------------------

@pytest.mark.parametrize("opening", ["图片拍摄：张三", "摄影/本报记者李四", "摄影｜王五", "视频剪辑赵六"])
def test_a_photo_or_video_credit_opens_a_news_report(opening):
    assert news_opening(opening + "3月5日上午，某区人民法院开庭审理了一起合同纠纷案。")


@pytest.mark.parametrize("text", ["摄影爱好者在公园里拍下了这一幕。", "图片拍摄于去年夏天，画面中的河道清澈见底。",
                                  "他的摄影作品展上周开幕。", "以“摄影/张三”署名的照片不在此列。"])
def test_a_body_that_mentions_photography_is_no_credit(text):
    assert not news_opening(text)


def test_an_interview_under_a_photo_credit_keeps_its_lead():
    # a report's lead, then the interview recorded as spoken (its fillers would make it speech, not news by genre)
    lead = "3月5日上午，某区人民法院开庭审理了一起名誉权纠纷案，法官宣布休庭。"
    qa = ("记者：今天的庭审怎么样？张先生：嗯，就是说，然后他们那个证据吧，我觉得就是不太对。"
          "记者：你会接受调解吗？张先生：这个的话，然后就是看他们的态度吧，对吧。")
    text = "图片拍摄：李四" + lead + qa * 8
    essay = summarize(text, summary_chars=60).essays[0]
    assert essay.summary_sentences[0].text == "图片拍摄：李四" + lead  # (the credit is glued to it, as in the text)


# -- a clock time opening a sentence is no section number ------------------------------------------------------------

@pytest.mark.parametrize("time", ["9点48分", "10点半", "7点多"])
def test_a_clock_time_opening_a_sentence_is_no_section_number(time):
    from summarizer.structure import parse

    text = f"昨天上午，业主在小区门口集合。{time}，物业公司负责人来到现场并表示将尽快答复。"
    assert [it for it in parse(text).items if it.family == "num"] == []


def test_a_numbered_section_heading_still_is_one():
    from summarizer.structure import parse

    items = parse("1 引言\n研究背景如下。\n2 方法\n我们采用问卷调查。").items
    assert [(it.family, it.value, it.marker) for it in items] == [("num", 1, "1"), ("num", 2, "2")]


def test_the_sentence_after_a_clock_time_stays_in_a_news_lead():
    # the second sentence of the lead opens with a clock time: it is a summary candidate like the others
    lead = ("3月5日上午，某区人民法院开庭审理了一起合同纠纷案，原告代理律师表示将申请财产保全。"
            "9点48分，被告方代理人到庭，法官随即宣布开庭。")
    text = "（记者 王明）" + lead + REPORT[len(OPENING):]
    essay = summarize(text, summary_chars=80).essays[0]
    assert essay.summary.startswith(lead)


# -- a page's footer glued to a report's last paragraph ----------------------------------------------------------------

# (a report's last paragraph of more than 160 characters: the copyright line rule removes a short line whole)
BODY = ("3月5日，某区法院对一起合同纠纷案作出一审判决。原告表示将继续关注执行情况。"
        + "这起案件还引发了关于合同效力和违约责任的广泛讨论，不少律师撰文分析判决的依据。" * 4)


@pytest.mark.parametrize("footer", [
    "更多精彩资讯请在应用市场下载“某某新闻”客户端，未经授权请勿转载，欢迎提供新闻线索。24小时报料热线010-12345678。",
    "（本文来自某某新闻，更多原创资讯请下载“某某新闻”APP）",
    "海量资讯、精准解读，尽在某某财经APP",
    "免责声明：本文来自客户端自媒体，不代表本网的观点和立场。",
    "版权声明：本文著作权归作者所有。商业转载请联系作者获得授权。",
])
def test_a_footer_after_the_last_sentence_is_removed(footer):
    from summarizer.clean import clean

    ct = clean(BODY + footer)
    assert ct.text == BODY
    assert ct.removed == {"news_footer": len(footer)}


@pytest.mark.parametrize("glued", ["记者王明【免责声明】本文仅代表作者观点。", "电话：12345678版权声明：本文版权归作者所有。",
                                   "2021年10月1日本文标签：合同纠纷"])
def test_a_footer_label_is_cue_enough_after_a_name_or_a_number(glued):
    from summarizer.clean import clean

    label = next(w for w in ("【免责声明】", "版权声明", "本文标签") if w in glued)
    ct = clean(BODY + glued)
    assert ct.text == BODY + glued[:glued.index(label)]


@pytest.mark.parametrize("text", [
    BODY + "更多群众下载了政务APP，办事不用再跑腿。",  # no 请…下载 / 尽在: a statement about apps
    BODY + "更多精彩资讯请下载某某APP。" + "这起案件还引发了关于合同效力的讨论，" * 20 + "目前仍在审理。",  # not the line's end
])
def test_a_statement_or_a_mid_text_plug_stays(text):
    from summarizer.clean import clean

    ct = clean(text)
    assert "news_footer" not in ct.removed
    assert "更多" in ct.text


def test_a_plug_on_a_line_of_its_own_goes_wherever_it_stands():
    from summarizer.clean import clean

    ct = clean(BODY + "\n海量资讯、精准解读，尽在某某财经APP\n" + BODY)
    assert ct.text == BODY + "\n" + BODY
    assert ct.removed == {"news_footer": len("海量资讯、精准解读，尽在某某财经APP")}


def test_the_offsets_map_around_a_removed_footer():
    from summarizer.clean import clean

    text = BODY + "免责声明：本文来自客户端自媒体。"
    ct = clean(text + "\n\n第二篇报道。")
    assert ct.text.startswith(BODY) and "免责声明" not in ct.text
    k = ct.text.index("第二篇")
    assert text + "\n\n" == (text + "\n\n第二篇报道。")[:int(ct.offsets[k])]


@pytest.mark.parametrize("text", ["更多请下载" * 20_000, "免责声明：" * 20_000, "【免责声明】" * 15_000,
                                  "。更多资讯尽在" * 14_000 + "APP"])
def test_footer_adversarial_inputs_end(text):
    # long runs of the cues on one line: every attempt is bounded (no timing asserted)
    from summarizer.clean import clean

    clean(text)


# -- what a cut first pick leaves of the budget is filled ------------------------------------------------------------

# a broker's note: its best sentence is longer than the budget and lists figures (cut before the enumeration, at the
# clause before its 、), the next statements are short
NOTE_FIRST = ("公司发布年度业绩公告，全年营业收入和归母净利润均实现较快增长，其中燃气销售业务、工程安装业务、"
              "综合能源服务业务和新能源业务的收入分别增长百分之二十、百分之十五、百分之三十和百分之四十，毛利率同比提升两个百分点。")
NOTE_REST = ("燃气销售业务的增长主要来自工业用户。", "工程安装业务受新建住宅减少影响增速放缓。",
             "综合能源服务业务的利润率持续提升。", "我们维持公司的盈利预测和买入评级。")


@pytest.mark.parametrize("budget", [60, 80])
def test_the_budget_a_cut_first_pick_leaves_is_filled(budget):
    essay = summarize(NOTE_FIRST + "".join(NOTE_REST), summary_chars=budget).essays[0]
    assert [p.text for p in essay.summary_sentences] == ["公司发布年度业绩公告，全年营业收入和归母净利润均实现较快增长",
                                                         "工程安装业务受新建住宅减少影响增速放缓。"]
    assert len(essay.summary) <= budget


# -- the measuring script: the report's pairing on a slice ------------------------------------------------------------

def test_pipeline_vs_lead_scores_a_slice_as_the_report_pairs_it():
    from pathlib import Path

    from benchmarks.datasets import shared_dir
    from benchmarks.oracle import nows_len
    from benchmarks.pipeline_vs_lead import compare

    data = Path(shared_dir()) / "data"
    if not (data / "clts").is_dir():
        pytest.skip(f"shared data not found at {data}")
    r = compare("clts", 0, 3, data, resamples=50)
    assert (r["from"], r["to"], len(r["records"])) == (0, 3, 3)
    assert all(nows_len(x["ours"]) <= r["budget"] and nows_len(x["lead"]) <= r["budget"] for x in r["records"])
    diffs = [x["f_ours"] - x["f_lead"] for x in r["records"]]
    assert r["diff_mean"] == pytest.approx(sum(diffs) / 3)
    assert r["diff_ci"][0] <= r["diff_mean"] <= r["diff_ci"][1]


# -- a cut summary piece never ends on a clause that only frames what follows -----------------------------------------

def test_a_news_lead_cut_does_not_end_on_its_source_frame():
    # the third sentence's first clause (据了解) fits the budget, its words do not: the lead ends at the second
    essay = summarize(REPORT, summary_chars=80).essays[0]
    assert essay.summary == LEAD + "原告业主代表表示，物业公司在2019年6月接手小区后，多次擅自提高停车收费标准。"


@pytest.mark.parametrize("piece, kept", [
    ("法院驳回了上诉，维持原判，被告人的父亲向记者表示", "法院驳回了上诉，维持原判"),  # a speaker's frame: the clause before
    ("此案已于昨日宣判。据了解", "此案已于昨日宣判。"),  # a source frame after a sentence: that sentence
    ("此案已于昨日宣判。值得注意的是", "此案已于昨日宣判。"),
    ("此案已于昨日宣判。半年后，警方调查认定", "此案已于昨日宣判。"),  # a stub (半年后) before the frame: its sentence goes
    ("半年后，警方调查认定", ""),  # nothing is left
    ("某报（报料号：12345）记者证实", "某报（报料号：12345）记者证实"),  # a colon inside brackets: one clause, no frame
    ("法院驳回了上诉，维持原判", "法院驳回了上诉，维持原判"),  # no frame
])
def test_a_cut_piece_loses_a_last_clause_that_only_frames_the_words(piece, kept):
    from summarizer.pipeline import _unframed_end

    body = piece + "，“后面是说的话。”"
    assert body[:_unframed_end(body, 0, len(piece))] == kept
