"""Adversarial bounds found by robust31 (issue 9): costs that grew with the line, not with the work.

Ratio tests (``tests/costs.py``): the CPU time at 4n over the time at n stays under ``costs.MAX_RATIO``.
"""

from __future__ import annotations

from costs import assert_linear

from summarizer.structure import line_end_finder, line_opens_at, parse


def test_line_opens_at_values():
    text = "标题\n  （一）加强治理①完善\n\u3000②制度"
    assert line_opens_at(text, 0)
    assert line_opens_at(text, text.index("（一）"))  # only spaces before it on its line
    assert not line_opens_at(text, text.index("①"))  # words before it on its line
    assert line_opens_at(text, text.index("②"))  # an ideographic space counts as whitespace
    assert not line_opens_at(text, text.index("题"))


def test_line_end_finder_is_find():
    text = "ab\n\ncd\nef"
    line_end = line_end_finder(text)
    for pos in range(len(text) + 1):
        nl = text.find("\n", pos)
        assert line_end(pos) == (nl if nl != -1 else len(text))
    assert line_end_finder("")(0) == 0


def test_line_opens_at_is_linear_over_a_long_line_of_markers():
    # every marker of one line without a newline asked whether it opens its line: once a read back to the line's
    # start per marker (quadratic in the line)
    def run(n):
        text = "①②③" * n
        for pos in range(0, len(text), 3):
            line_opens_at(text, pos)

    assert_linear(run, 2_000, "line_opens_at at every marker of one line")


def test_parse_is_linear_on_one_line_of_enclosed_markers():
    # "①②③" * n: a run-in item per character on one line, each one's line end looked up (once text.find per item)
    assert_linear(lambda n: parse("①②③" * n), 1_000, "structure.parse on one line of ①②③")
