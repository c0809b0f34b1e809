"""debt60: one set of quotation marks (summarizer.chars), one reply-start reader (points.reply_start), and the label
join of a collection's themes in O(n log n) (collection._one_theme_per_label). Texts of our own."""

from __future__ import annotations

import random

import numpy as np

from costs import assert_linear
from summarizer import chars, collection, points as pts, sentences


# --- one set of quotation marks ---------------------------------------------------------------------------------------

def test_quote_marks_pair_and_subsets_are_named():
    assert chars.QUOTE_OPENERS == "“‘「『﹁﹃\"'" and chars.QUOTE_CLOSERS == "”’」』﹂﹄\"'"
    assert chars.PAIRED_QUOTE_OPENERS == "“‘「『﹁﹃\"" and chars.PAIRED_QUOTE_CLOSERS == "”’」』﹂﹄\""
    assert chars.BLOCK_QUOTE_OPENERS == "“「『﹁﹃" and chars.BLOCK_QUOTE_CLOSERS == "”」』﹂﹄"
    # every use reads the one set: the sentence splitter's pairs and quote marks, the block quotations'
    assert {q: sentences._OPENERS[q] for q in chars.QUOTE_PAIRS} == chars.QUOTE_PAIRS
    assert sentences._QUOTE_OPENERS == frozenset("“‘「『﹁﹃\"")
    assert sentences._QUOTE_CLOSERS == frozenset("”’」』﹂﹄\"")
    assert pts._BLOCK_QUOTE_OPENERS == ("“", "「", "『", "﹁", "﹃")
    # a subheading that opens with any quotation mark, ‘ and the vertical forms too, quotes someone's words
    assert pts._QUOTE_OPENERS == ("“", "‘", "「", "『", "﹁", "﹃", '"', "'")


def test_block_quotation_in_vertical_corner_marks():
    lines = ["﹁各级部门应当在收到投诉后五个工作日内作出答复。﹂", "﹁处理结果应当书面告知投诉人。﹂",
             "﹁对逾期未答复的，由上级部门督办。﹂"]
    text = "报告引用了管理办法的条文。\n" + "\n".join(lines) + "\n"
    (span,) = pts.block_quote_spans(text)
    assert text[span[0]:span[1]] == "\n".join(lines)
    # single curly quotes nest inside a quotation: no block
    assert pts.block_quote_spans("报告如下。\n" + "\n".join("‘" + x[1:-1] + "’" for x in lines) + "\n") == ()


# --- one reply-start reader -------------------------------------------------------------------------------------------

def test_reply_start_is_past_the_first_label_or_lead_in_with_its_colon():
    # a lead-in after a comma, inside the acknowledgement's sentence: past its colon
    text = "王委员：\n您提出的关于增设停车位的提案收悉，经研究，现答复如下：\n一、关于停车位。我局将新建停车场两处。"
    assert pts.reply_start(text) == text.index("：\n一") + 1
    # a lead-in with no colon after it: past the lead-in word
    text = "您提出的提案收悉，现答复如下\n我局将加强巡查。"
    assert pts.reply_start(text) == text.index("\n")
    # a label line of its own, before a later lead-in: the first one
    text = "问：小区何时加装电梯？\n回复：\n本局将于年内完成加装。现答复如下：略"
    assert pts.reply_start(text) == text.index("回复：") + len("回复：")
    # no reply: the text's length, so that every offset in it lies before the reply
    assert pts.reply_start("我局将加强巡查，答复群众关切。") == len("我局将加强巡查，答复群众关切。")
    assert pts.reply_start("") == 0


def test_reply_start_is_linear():
    assert_linear(lambda n: pts.reply_start("现答复" * n), 5000, "reply_start, a lead-in's start repeated")
    assert_linear(lambda n: pts.reply_start("收悉。" * n + "现答复如下："), 2000, "reply_start, many sentences")
