"""Essay boundaries of pages of several separately titled pieces (split48): a digest of press opinion whose excerpts
each open with a line that only names the paper (``《某某日報》``) over the excerpt's title; a listing page of teasers,
each cut line closed by its read-more link on the same line (``[…]``, ``閱讀全文``) or by a link line of its own
(``詳情``, ``Continue Reading<title>``); and pages that look like these but are one essay."""

from costs import assert_linear
from split_helpers import PROSE_A, PROSE_B, split_text

from summarizer.clean import _teaser_tail, clean
from summarizer.essays import _source_name_bounds, header_bounds
from summarizer.pipeline import summarize_document
from summarizer.readers import read_bytes
from summarizer.script import simplified_view



def _titles(essays) -> list[str | None]:
    return [e.title for e in essays]


# -------------------------------------------------------------------- a digest of press opinion under paper lines

def test_a_digest_splits_at_each_paper_name_line_over_a_title():
    text = ("时事评论\n评论摘录3.8\n《江东日报》\n停车难在规划滞后\n" + PROSE_A + "\n"
            "《北岸晚报》\n共享车位不妨一试\n" + PROSE_B + "\n"
            "《南城商报》\n立体车库要算细账\n" + PROSE_B + PROSE_A + "\n")
    essays = split_text(text)
    assert _titles(essays) == ["停车难在规划滞后", "共享车位不妨一试", "立体车库要算细账"]
    # (the title line is the excerpt's first line: an editorial's title may state its measure)
    assert clean(text).text[essays[1].start:].startswith("共享车位不妨一试")


def test_a_paper_line_with_a_kind_word_and_a_colon_and_a_last_piece_cut_after_its_title():
    text = ("《江东日报》社评：\n停车难在规划滞后\n" + PROSE_A + "\n"
            "《北岸晚报》社评：\n共享车位不妨一试\n" + PROSE_B + "\n"
            "《南城商报》社评：\n立\n")
    assert _titles(split_text(text)) == ["停车难在规划滞后", "共享车位不妨一试", "立"]


def test_a_single_paper_line_or_a_list_of_sources_splits_nothing():
    one = "《江东日报》\n停车难在规划滞后\n" + PROSE_A + "\n" + PROSE_B + "\n"
    assert len(split_text(one)) == 1
    sources = ("停车难的调查\n" + PROSE_A + "\n资料来源：\n《江东日报》\n2023年5月\n《北岸晚报》\n2023年6月\n")
    assert _source_name_bounds(simplified_view(clean(sources).text)) == []
    # a book's name over a section of one essay's reading notes: no title line between them and the prose
    notes = "读书笔记\n《城市的停车》\n" + PROSE_A + "\n《共享的街道》\n" + PROSE_B + "\n"
    assert _source_name_bounds(simplified_view(clean(notes).text)) == []


def test_a_case_label_in_lenticular_brackets_is_no_paper_line():
    text = ("社区停车调研报告\n【典型案例】\n东湖社区的做法\n" + PROSE_B + "\n【典型案例】\n西湖社区的做法\n" + PROSE_B
            + "\n")
    assert len(split_text(text)) == 1


def test_the_pipeline_gives_each_excerpt_its_points():
    text = ("《江东日报》\n\n停车难在规划滞后\n" + PROSE_A + "\n\n《北岸晚报》\n\n共享车位不妨一试\n" + PROSE_B + "\n")
    essays = summarize_document(text).essays
    assert [e.title for e in essays] == ["停车难在规划滞后", "共享车位不妨一试"]


# ----------------------------------------------------------------------------- teasers closed by read-more links

_TEASER_A = "◎ 林某 老旧小区建成时没有预留停车位，道路两侧停满车辆，消防通道被长期占用，居民投诉多年"
_TEASER_B = "◎ 陈某 应当把闲置地块改建为立体停车场，并由街道牵头统一管理，夜间向周边居民开放机关车位"


def test_a_listing_of_teasers_closed_by_a_bracketed_ellipsis_splits_at_each():
    text = (f"专栏》停车位从哪里来\n{_TEASER_A} […]\n专栏》共享车位的账\n{_TEASER_B} […]\n"
            f"社论》立体车库的难处\n{_TEASER_A}，立体车库迟迟建不起来 […]\n")
    essays = split_text(text)
    assert _titles(essays) == ["专栏》停车位从哪里来", "专栏》共享车位的账", "社论》立体车库的难处"]
    assert not any("[…]" in clean(text).text[e.start:e.end] for e in essays)


def test_teasers_one_a_line_closed_by_read_more_are_one_essay_each_without_a_title_line():
    text = "".join(f"2024年3月8日 评论 专栏》标题{k} {t} […] 閱讀全文\n" for k, t in
                   enumerate((_TEASER_A, _TEASER_B, _TEASER_A, _TEASER_B)))
    essays = split_text(text)
    assert len(essays) == 4
    assert _titles(essays) == [None] * 4
    assert all("閱讀全文" not in clean(text).text[e.start:e.end] for e in essays)


def test_one_quotation_cut_with_a_bracketed_ellipsis_splits_nothing():
    text = ("关于社区停车的思考\n有居民在留言中写道：老旧小区建成时没有预留停车位，道路两侧停满车辆，晚上回家要绕好几圈 […]\n"
            + PROSE_A + "\n" + PROSE_B + "\n")
    assert len(split_text(text)) == 1
    assert _teaser_tail("阅读全文") is None  # (a menu's link alone: no prose before it)


def test_a_details_link_line_between_two_teasers_of_a_page_splits_them():
    html = ("<html><body><div class='content'><p>社区停车的困局 文:林某</p><p>" + PROSE_A + "道路两侧停满车辆，晚上回家要绕"
            "</p><p>詳情</p><p>陈某:共享车位的账</p><p>" + PROSE_B + "</p></div></body></html>").encode("utf-8")
    doc = read_bytes(html, filename="page.html")
    essays = summarize_document(doc).essays
    assert [e.title for e in essays] == ["社区停车的困局 文:林某", "陈某:共享车位的账"]


def test_a_continue_reading_line_with_the_title_unquoted_closes_a_post():
    text = ("社区停车的困局(2024年3月8日载于某报)\n" + PROSE_A + "\nContinue Reading社区停车的困局(2024年3月8日载于某报)\n"
            "共享车位的账(2024年3月1日载于某报)\n" + PROSE_B + "\n")
    essays = split_text(text)
    assert _titles(essays) == ["社区停车的困局(2024年3月8日载于某报)", "共享车位的账(2024年3月1日载于某报)"]


def test_a_one_essay_page_with_numbered_subheadings_stays_one_essay():
    html = ("<html><body><article><h1>关于社区停车难问题的调研报告</h1><h2>一、存在的问题</h2><p>" + PROSE_A + "</p>"
            "<h2>二、原因分析</h2><p>" + PROSE_A + "</p><h2>三、对策建议</h2><p>" + PROSE_B + "</p>"
            "</article></body></html>").encode("utf-8")
    assert len(summarize_document(read_bytes(html, filename="report.html")).essays) == 1


# ------------------------------------------------------------------- an opinion site's list of author/title heads

def test_author_slash_title_heads_each_over_its_piece_split_the_page():
    text = ("评论园地\n一个独立的评论园地，关注公共议题。\n"
            "•林晓东/停车位从哪里来\n林晓东/停车位从哪里来\n" + PROSE_A + "\n"
            "•黄进发/共享车位:谁来算账?\n黄进发/共享车位:谁来算账?\n" + PROSE_B + "\n")
    assert _titles(split_text(text)) == ["林晓东/停车位从哪里来", "黄进发/共享车位:谁来算账?"]


def test_a_topic_slash_subtopic_heading_of_one_essay_splits_nothing():
    text = ("社区停车调研报告\n停车/存在的问题\n" + PROSE_A + "\n停车/对策建议\n" + PROSE_B + "\n")
    assert len(split_text(text)) == 1


# ------------------------------------------------------------------------------------ an ad slot's reading prompt

def test_an_ad_slots_continue_reading_prompt_printed_twice_splits_nothing():
    prompt = "廣告 更多內容請繼續往下閱讀"
    text = ("社區停車的困局\n" + PROSE_A + "\n" + prompt + "\n" + PROSE_A + "\n" + prompt + "\n" + PROSE_B + "\n")
    essays = split_text(text)
    assert len(essays) == 1
    assert prompt not in clean(text).text


# ---------------------------------------------------------------- a journal's listing of abstracts under citations

def test_a_journal_listing_splits_at_each_citation_line_over_an_abstract():
    text = "2023, 12(4):31-36.\n摘要:" + PROSE_A * 2 + "\n2021, 9(2):88-95.\n摘要:" + PROSE_B * 2 + "\n"
    essays = split_text(text)
    assert len(essays) == 2
    assert clean(text).text[essays[1].start:].startswith("应当把闲置地块")


def test_numbered_references_with_citations_split_nothing():
    text = ("社区停车调研报告\n" + PROSE_A + "\n" + PROSE_B + "\n参考文献\n[1]林某.停车难的成因[J].城市研究,2023,12(4):31-36.\n"
            "[2]陈某.共享车位[J].城市研究,2021,9(2):88-95.\n")
    assert len(split_text(text)) == 1


# ------------------------------------------------------------------ the learned model reads a collection's pieces

def test_a_collections_short_piece_is_read_by_the_model_as_the_pooled_page_was():
    from types import SimpleNamespace

    from summarizer import aspect_model

    piece = PROSE_A + PROSE_B  # (about 110 characters: under the model's min_chars of a single essay)
    model = aspect_model.load()
    structure = SimpleNamespace(text=piece)  # (reads_essay reads the essay's text and its number of sentences)
    assert len(piece) < model.min_chars
    assert not model.reads_essay(structure, [])
    token = aspect_model.COLLECTION_CHARS.set(5 * len(piece))
    try:
        assert model.reads_essay(structure, [])
        assert not model.reads_essay(SimpleNamespace(text=piece[:60]), [])  # (a stub of a piece stays with the rules)
    finally:
        aspect_model.COLLECTION_CHARS.reset(token)
    assert aspect_model.COLLECTION_CHARS.get() == 0


# ------------------------------------------------------------------------------------------------------- cost

def test_the_new_readers_stay_linear():
    assert_linear(lambda n: _teaser_tail("停" * n + " […] 閱讀全文"), 25_000, "a long teaser line")
    assert_linear(lambda n: clean(("停车难 […]\n" + "车" * 20 + " […]\n") * n), 500, "tiny teaser lines")
    assert_linear(lambda n: _source_name_bounds("《报》\n标题\n正文。\n" * n), 2000, "tiny paper-name lines")
    assert_linear(lambda n: _source_name_bounds("《" + "报" * n + "\n"), 25_000, "a long unclosed bracket line")
    assert_linear(lambda n: header_bounds("2023, 12(4):31-36.\n停车难。\n" * n), 2000, "tiny citation lines")
    assert_linear(lambda n: header_bounds("林晓东/" + "车" * n + "\n"), 25_000, "a long author/title line")
