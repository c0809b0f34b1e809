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


# --- the label join in O(n log n) -------------------------------------------------------------------------------------

def _passes(groups, labelled):
    """The label join as passes over every theme until one joins nothing (the start code's reading, O(n²) when each
    pass joins once): the reference the heap's joins must equal."""
    out = [(ms, labelled(ms, cos)) for ms, cos in groups]
    cos_of = [cos for _, cos in groups]
    while True:
        first, joined = {}, False
        for k, (ms, (_, label, _)) in enumerate(out):
            if not ms:
                continue
            j = first.setdefault(label, k)
            if j == k:
                continue
            ms_j = out[j][0] + ms
            cos_of[j] = np.concatenate([cos_of[j], cos_of[k]])
            out[j] = (ms_j, labelled(ms_j, cos_of[j]))
            out[k] = ([], out[k][1])
            first.setdefault(out[j][1][1], j)
            joined = True
        if not joined:
            return [item for item in out if item[0]]


def test_label_join_equals_the_passes_it_replaces():
    rng = random.Random(60)
    for trial in range(400):
        n, labels = rng.randint(1, 30), rng.randint(1, 8)
        table = [rng.randrange(labels) for _ in range(64)]

        def labelled(ms, cos, table=table):  # (a joined theme's label: any label, an earlier theme's too)
            ranked = sorted(ms, key=lambda m: (-cos[ms.index(m)], m))
            return ranked, f"标签{table[(sum(ms) * 7 + len(ms)) % 64]}", len(ms)

        groups = [([k], np.array([rng.random()])) for k in range(n)]
        got = collection._one_theme_per_label([(list(ms), cos) for ms, cos in groups], labelled)
        want = _passes([(list(ms), cos) for ms, cos in groups], labelled)
        assert got == want, trial
    # one label joins themes: the first theme takes the others' points, in order
    out = collection._one_theme_per_label([([0], np.ones(1)), ([1], np.ones(1)), ([2], np.ones(1))],
                                          lambda ms, cos: (list(ms), "同一" if ms != [1] else "另一", len(ms)))
    assert [(ms, label) for ms, (_, label, _) in out] == [([0, 2], "同一"), ([1], "另一")]


def _chain(n):
    """``n`` one-point themes whose joins cascade one a pass: the last two share a label, and each joined theme takes
    the label of the theme before it (the start code's passes: n of them, each reading every theme)."""
    def labelled(ms, cos):
        return ms, (f"t{ms[0] - 1}" if len(ms) > 1 else f"t{min(ms[0], n - 2)}"), len(ms)
    return [([k], np.ones(1)) for k in range(n)], labelled


def test_label_join_cascade():
    groups, labelled = _chain(6)
    out = collection._one_theme_per_label(groups, labelled)
    assert [(ms, label) for ms, (_, label, _) in out] == [([0, 1, 2, 3, 4, 5], "t-1")]
    assert out == _passes(*_chain(6))


def test_label_join_is_linear_in_many_small_groups():
    assert_linear(lambda n: collection._one_theme_per_label(*_chain(n)), 400, "label join, one cascade a pass")
    assert_linear(lambda n: collection._one_theme_per_label(
        [([k], np.ones(1)) for k in range(n)], lambda ms, cos: (ms, f"标签{ms[0] // 2}", len(ms))), 2000,
        "label join, pairs of one label")


def _one_essays_theme(n):
    """``n`` points of one essay in one theme, each head stated as a clause by a point of another essay, each of those
    a theme of its own: every point of the first theme moves (:func:`summarizer.collection._adopt_stated_heads`)."""
    texts = [f"第{k}号泵站设备老化" for k in range(n)] + [f"排水不畅，第{k}号泵站设备老化" for k in range(n)]
    essays = [0] * n + list(range(1, n + 1))
    members = [list(range(n))] + [[n + k] for k in range(n)]
    theme_of = np.array([0] * n + [1 + k for k in range(n)], dtype=np.int64)
    return collection._adopt_stated_heads(members, theme_of, texts, essays, collection.CHALLENGE_PROFILE,
                                          np.arange(2 * n))


def test_stated_heads_leave_one_essays_theme_in_linear_time():
    members, theme_of = _one_essays_theme(3)
    assert members == [[0, 3], [1, 4], [2, 5]] and theme_of.tolist() == [0, 1, 2, 0, 1, 2]
    # (the start code rebuilt the theme a point left at each move: quadratic in an essay's theme)
    assert_linear(_one_essays_theme, 1000, "stated heads, one essay's theme given away")
