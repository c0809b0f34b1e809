"""Essay boundaries of pages of several separately titled pieces, and lines that look like boundaries but are none
(split47): a template site's blurb that offers the page to the reader, a digest of press opinion whose excerpts each
open with ``title/author/paper/date``, a page's head printed again over each section, a blog's author name that
signs off each post, and a heading that counts its parts after a sibling heading that counted its own."""

from costs import assert_linear
from split_helpers import PROSE_A, PROSE_B, split_text

from summarizer.clean import clean
from summarizer.pipeline import analyze


def test_a_blurb_that_offers_the_page_to_the_reader_is_no_essay():
    text = ("停车难是许多城市的通病，本文整理了关于社区停车的调研材料，分析了成因并提出建议，供您参考学习。\n"
            "关于社区停车难问题的调研报告\n" + PROSE_A * 3 + "\n" + PROSE_B * 3 + "\n")
    essays = split_text(text)
    assert len(essays) == 1
    assert essays[0].title == "关于社区停车难问题的调研报告"


def test_a_blurb_between_a_title_and_its_numbered_print_is_the_page_header():
    text = ("社区停车调研报告\n随着社会不断发展，报告的用途越来越多。下面是整理的社区停车调研报告，"
            "希望可以帮助到有需要的朋友。\n社区停车调研报告 1\n一、基本情况\n" + PROSE_A * 3 + "\n二、对策建议\n"
            + PROSE_B * 3 + "\n")
    essays = split_text(text)
    assert len(essays) == 1
    assert essays[0].title == "社区停车调研报告 1"


def test_a_press_digest_splits_at_each_excerpts_title_author_paper_and_date_line():
    text = ("2020年05月06日各报言论摘要\n"
            "老旧小区的停车困局/王大明/东方日报/2020年05月06日\n" + PROSE_A * 2 + "\n"
            "共享车位不妨一试/李小红/南方时报/2020年05月06日\n" + PROSE_B * 2 + "\n")
    essays = split_text(text)
    assert [e.title for e in essays] == ["老旧小区的停车困局", "共享车位不妨一试"]


def test_a_single_source_line_splits_nothing():
    text = "老旧小区的停车困局/王大明/东方日报/2020年05月06日\n" + PROSE_A * 2 + "\n" + PROSE_B * 2 + "\n"
    assert len(split_text(text)) == 1


def test_a_page_head_printed_over_each_section_is_no_essay_title():
    head = "为什么小区停车越来越难(停车难)"
    text = (f"{head}\n2024-02-04 10:00 阅读999\n" + PROSE_A * 4 + f"\n{head}\n用地紧张\n" + PROSE_A * 4
            + f"\n{head}\n解决办法\n" + PROSE_B * 4 + f"\n{head}\n出行安排\n" + PROSE_B * 4 + "\n")
    essays = split_text(text)
    assert len(essays) == 1


def test_a_repeated_title_over_each_essays_prose_still_splits():
    # a collection whose essays share one title, each over its own prose: the title starts each essay
    head = "社区停车问题的几点思考"
    text = f"{head}\n" + PROSE_A * 4 + f"\n{head}\n" + PROSE_B * 4 + "\n"
    assert [e.title for e in split_text(text)] == [head, head]


def test_a_bloggers_name_under_a_post_ends_it_and_the_next_title_starts_the_next():
    text = ("小区停车为何这么难\n" + PROSE_A * 2 + "\n王建国\n共享车位是条出路\n" + PROSE_B * 2 + "\n")
    essays = split_text(text)
    assert [e.title for e in essays] == [None, "共享车位是条出路"]


def test_a_name_over_the_references_splits_nothing():
    text = "小区停车为何这么难\n" + PROSE_A * 3 + "\n王建国\n参考文献\n" + "［1］张三．城市停车管理研究［J］．城市问题，2020（3）：1-9．" * 3
    assert len(split_text(text)) == 1


def test_a_heading_that_counts_its_parts_after_a_sibling_count_is_a_section():
    text = ("青年为什么不愿返乡\n" + PROSE_A + "\n青年不愿返乡的三个原因\n" + PROSE_A * 2
            + "\n吸引青年返乡的三条新思路\n" + PROSE_B * 2 + "\n")
    assert len(split_text(text)) == 1


def test_the_whole_pipeline_keeps_a_counted_sibling_in_one_essay():
    text = ("青年为什么不愿返乡\n" + PROSE_A + "\n青年不愿返乡的三个原因\n" + PROSE_A * 2
            + "\n吸引青年返乡的三条新思路\n" + PROSE_B * 2 + "\n")
    assert len(analyze(text)) == 1


def test_split_stays_linear_on_many_tiny_lines_and_one_long_line():
    assert_linear(lambda n: split_text("王建国\n共享车位\n" * n), 2000, "tiny name and title lines")
    assert_linear(lambda n: split_text("标题/作者/报/2020年1月1日\n" * n), 2000, "tiny source head lines")
    assert_linear(lambda n: split_text("停车难" * n), 20000, "one line without punctuation")
    assert_linear(lambda n: split_text("/" * n + "2020年1月1日"), 20000, "one line of slashes")


def test_a_picture_placeholder_line_is_cleaned_away_and_splits_nothing():
    body = "\n".join(["周末的早晨，孩子们终于不用赶去培训班了。", "文章插图", "有的去爬山——", "【图片】",
                      "有的去看书——", "配图2", PROSE_A * 3, "文章插图", PROSE_B * 3])
    ct = clean("双减之后的第一个周末\n" + body + "\n")
    assert "插图" not in ct.text and "图片" not in ct.text and "配图" not in ct.text
    assert "有的去爬山" in ct.text
    assert len(split_text("双减之后的第一个周末\n" + body + "\n")) == 1


def test_a_caption_that_only_opens_with_picture_stays():
    ct = clean("图片来源于网络，仅作示意。\n" + PROSE_A + "\n")
    assert "图片来源于网络" in ct.text
