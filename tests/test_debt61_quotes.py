"""debt61: the quote sets of points, aspects, markup, clean and news are derived from summarizer.chars (GB/T 15834's
marks and their named subsets), so a mark the standard lists (the vertical presentation forms ﹁﹂ ﹃﹄ of text typeset
vertically) is read as its horizontal counterpart everywhere."""

from __future__ import annotations

from summarizer import aspects, chars, clean, markup, news, points


def test_every_quote_set_is_a_named_subset_of_chars():
    assert set(points._CLOSE_QUOTE) == set(chars.BLOCK_QUOTE_CLOSERS)
    assert {chars.QUOTE_PAIRS[o] for o in points._CLOSE_QUOTE.values()} == set(chars.BLOCK_QUOTE_CLOSERS)
    assert set(points._QUOTE_OPEN) - {"《"} == set(chars.DISTINCT_QUOTE_OPENERS)
    assert set(points._QUOTE_CLOSE) - {"》"} == set(chars.DISTINCT_QUOTE_CLOSERS)
    assert not set(chars.ASCII_QUOTES) & set(chars.DISTINCT_QUOTE_OPENERS + chars.DISTINCT_QUOTE_CLOSERS)
    assert set(aspects._QUOTES) == set(chars.BLOCK_QUOTE_OPENERS + chars.BLOCK_QUOTE_CLOSERS + chars.ASCII_QUOTES)
    assert "‘" not in aspects._QUOTES and "’" not in aspects._QUOTES  # the inner level: fewer, on purpose
    assert (markup._OPEN_QUOTES, markup._CLOSE_QUOTES) == (chars.QUOTE_OPENERS, chars.QUOTE_CLOSERS)
    assert set(chars.QUOTE_CLOSERS) <= clean.CLOSERS


def test_a_vertical_closing_mark_is_trimmed_as_a_corner_one():
    for close in ("」", "﹂"):
        text = f"他说：要加强基层治理。{close}"
        start = text.index("要")
        assert points._trim(text, start, len(text)) == (start, text.index("。"))
    kept = "要落实﹁河长制﹂"  # its opener inside the span: the closer stays
    assert points._trim(kept, 0, len(kept)) == (0, len(kept))


def test_a_vertical_quotation_counts_as_a_quotation_in_cuts_and_lines():
    assert clean._QUOTED_LINE.fullmatch("﹁不忘初心，方得始终。﹂")
    assert clean._QUOTED_LINE.fullmatch("“不忘初心，方得始终。”")
    assert not clean._QUOTED_LINE.fullmatch("﹁不忘初心﹂，方得始终。")  # (quoted words in a line, not the line)
    assert clean._CLOSING_ONLY_LINE.match("。﹄") and not clean._CLOSING_ONLY_LINE.match("。﹁")
    assert news._GLUED_QUOTE.search("要缩细，﹁咁你点算﹂") and not news._GLUED_QUOTE.search("要缩细，咁你点算")
    text = "写 『<\\/div>』 这样"
    assert markup._quoted_alone(text, text.index("<"), text.index("』"))
