"""p30struct: Part 29/30 structure kinds (titles, summaries, masks) on small inputs written for the tests.

Kind A, a stored page's ``date`` field glued before the first paragraph with a month's date and no day
(``date 2021-05 城中…``): furniture, never part of the first summary sentence or point.
"""
from __future__ import annotations

from summarizer import summarize
from summarizer.clean import clean
from costs import assert_linear


def _clean(text: str) -> str:
    return clean(text).text


def test_month_date_field_is_removed():
    text = " date 2019-03 除交通擠塞外,本市另一個深層次問題,是青年人難以置業。\n政府應增加房屋供應。\n"
    essay = summarize(text).essays[0]
    assert not essay.summary.startswith("date")
    assert "date" not in _clean(text)
    for point in essay.challenges + essay.recommendations:
        assert "date" not in point.text
        assert text[point.start:point.end] == point.text


def test_month_date_field_negatives():
    # a date in prose, and a field followed by no Chinese text, stay as written
    prose = "本會於 date 2019-03 公布報告。\n"
    assert "2019-03" in _clean(prose)
    assert "date 2019-03" in _clean(" date 2019-03 abc\n")


# Kind B, a page's furniture line over the headline: an accessibility skip link (跳到主要內容區塊, with a `:::` anchor
# line under it), a read-aloud button (聽新聞), a board's label (网友留言): the headline under it is the title.
BODY = "\n本市公共停車位長期不足，違規停車情況嚴重。\n建議政府增建立體停車場。\n"


def test_furniture_line_gives_way_to_the_headline():
    assert summarize("跳到主要內容區塊\n:::\n本市停車問題調查報告" + BODY).essays[0].title == "本市停車問題調查報告"
    assert summarize("聽新聞\n停車難題待解 議員促增建車位" + BODY).essays[0].title == "停車難題待解 議員促增建車位"
    assert summarize("网友留言\n[咨询]小区停车难" + BODY).essays[0].title == "[咨询]小区停车难"


def test_furniture_line_negatives():
    # a real first-line title stays; a furniture line over prose gives no title; a line of marks over prose is no headline
    assert summarize("本市停車問題調查報告" + BODY).essays[0].title == "本市停車問題調查報告"
    assert summarize("跳到主要內容區塊" + BODY).essays[0].title is None
    assert summarize("跳到主要內容區塊\n:::\n:::\n:::" + BODY).essays[0].title is None


# Kind C, a journal paper's byline where the title was lost (刘 毅 ⏎ (某某大学,上海 200000); 萬清清 ⏎ 【摘要】…):
# names alone over front matter are no title.
PAPER = "城市社区治理面临多元主体协同不足的问题。应当完善社区议事协商机制。\n"


def test_byline_over_front_matter_is_no_title():
    assert summarize("刘 毅\n(东方政法大学,上海 200000)\n" + PAPER).essays[0].title is None
    assert summarize("萬清清\n【摘要】" + PAPER).essays[0].title is None
    assert summarize("何学红 陈 恒\n作者简介:何学红,某学院教师。\n" + PAPER).essays[0].title is None
    assert summarize("周 航,崔 宇(长春大学,吉林 长春 130022)\n" + PAPER).essays[0].title is None


def test_byline_negatives():
    # a title over an abstract, a short title that opens with a surname character over prose, a long title
    assert summarize("社区治理研究\n【摘要】" + PAPER).essays[0].title == "社区治理研究"
    assert summarize("高效治理\n" + PAPER).essays[0].title == "高效治理"
    assert summarize("王家村的变迁与治理困境\n(调查报告)\n" + PAPER).essays[0].title == "王家村的变迁与治理困境"
    assert summarize("王家村 调查\n【摘要】" + PAPER).essays[0].title == "王家村 调查"


# Kind D, a file name's dot (报告-公布版.docx) is no sentence end, and a sentence the splitter ended at a half-width
# full stop gets no 。 after it in the summary (占总数的. 。, history today.。).
def test_file_extension_dot_does_not_split():
    from summarizer.sentences import split_sentences
    units = [u.text for u in split_sentences("详见调查报告-公布版.docx 与附件.pdf 两个文件。下一句。")]
    assert units == ["详见调查报告-公布版.docx 与附件.pdf 两个文件。", "下一句。"]


def test_file_extension_dot_negatives():
    from summarizer.sentences import split_sentences
    # a full stop before a capital letter or a Han character still ends the sentence; a decimal stays whole
    assert [u.text for u in split_sentences("問題很多.The end.")] == ["問題很多.", "The end."]
    assert [u.text for u in split_sentences("增长3.5个百分点.下一句。")] == ["增长3.5个百分点.", "下一句。"]


def test_joiner_adds_no_stop_after_a_half_width_full_stop():
    from summarizer.pipeline import join_summary
    assert join_summary(["We made history today.", "大家见证了这一刻。"]) == "We made history today.大家见证了这一刻。"
    # negative: a sentence with no end mark still gets one, a clause mark is still replaced
    assert join_summary(["队伍老化问题突出", "下一句。"]) == "队伍老化问题突出。下一句。"
    assert join_summary(["加快审批；", "下一句。"]) == "加快审批。下一句。"


# Kind E, masked figures and blanks in a plain text are no markdown: ``立案***件``, ``占总数的**.*%`` (stars for a
# hidden number, the dot its decimal point: no sentence end) and ``20__学年度`` (a blank inside a word) stay.
def test_masked_figures_and_blanks_stay():
    from summarizer.clean import clean
    text = "立案的***件提案中,经济方面的提案**件,占总数的**.*%;政治方面的占*.*%。迎来了20__学年度。"
    assert clean(text).text == text
    from summarizer.sentences import split_sentences
    assert len(split_sentences("占总数的**.*%;政治方面的占*.*%。下一句。")) == 2


def test_masks_negatives():
    from summarizer.clean import clean
    # real emphasis around words, and a bold run that ends before a classifier-like word, are still removed
    assert clean("这是**重点**内容,还有*斜体*。").text == "这是重点内容,还有斜体。"
    assert clean("**三**件事要做好。").text == "三件事要做好。"
    assert clean("__强调__ 的内容。").text == "强调的内容。"


def test_masks_are_linear():
    from summarizer.clean import clean
    for head, unit, tail, n in (("的", "*.", "件", 6_250), ("的", "**件", "", 3_750), ("2", "__年", "", 3_750)):
        assert_linear(lambda k: clean(head + unit * k + tail), n, f"{unit!r} repeated")


# Kind F, a document-sharing site's copyright notice over the file (版权说明:本文档由用户提供并上传,…) and its box label
# (文档简介) are the site's, never the summary's first sentence or the title.
def test_doc_site_notice_is_removed():
    from summarizer.clean import clean
    text = ("版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領\n文檔簡介\n"
            "本市停車位長期不足,違規停車情況嚴重。應增建立體停車場。\n")
    assert "侵權" not in clean(text).text
    essay = summarize(text).essays[0]
    assert essay.title is None and essay.summary.startswith("本市停車位長期不足")


def test_doc_site_notice_negative():
    from summarizer.clean import clean
    # a sentence about copyright that is the essay's subject stays
    text = "部分平台用户上传的文档存在侵权问题,版权保护亟待加强。\n"
    assert clean(text).text == text.strip()


# Kind G, a forum jammer run before a quoted sentence (`+ o2 o5 F9 @) \`4 j“有人認為…`): removed like one before a
# Han character.
def test_jammer_before_a_quote_is_removed():
    from summarizer.clean import clean
    text = ("會長指出,大選後情況有變。7 q% T1 ^& o9\n"
            "+ o2 o5 F9 @) `4 j“有人認為這是口號,我認為是好理念。”\n"
            "; t1 ]\" e6 S. i$ Z( o與會者探討這個問題。\n"
            "出席者包括多位會長。2 @9 t+ a( Q0\n")
    out = clean(text).text
    assert "o2" not in out and "“有人認為這是口號" in out


def test_jammer_before_a_quote_negative():
    from summarizer.clean import clean
    # ASCII words before a quote (no punctuation run) stay
    text = "He said to me “我們要團結”。\n"
    assert "He said to me" in clean(text).text
