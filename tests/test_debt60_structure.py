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
