"""News genre: whether an essay opens like a news report, and its lead sentences as the summary.

A news report is written as an inverted pyramid: its first sentences (the lead) state who, what, when and where,
and the rest expands them, so the first sentences are the strongest extractive summary of news (the lead baseline
that sentence-ranking methods rarely beat on newswire: Nenkova 2005, "Automatic text summarization of newswire:
lessons learned from the Document Understanding Conference", AAAI; the lead bias that PacSum, Zheng & Lapata 2019,
"Sentence Centrality Revisited for Unsupervised Summarization", builds into directed centrality). Chinese news
marks its opening with a dateline or byline (``新华社北京3月7日电``, ``本报讯``, ``（记者 王某）``, ``北京报道``,
``据…报道``, ``原标题：``); a policy essay, a meeting transcript or a research report does not open that
way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["NEWS_OPENING_CHARS", "lead_picks", "news_opening"]

#: Characters of the essay's opening (from its first non-whitespace character) searched for a news cue: a
#: dateline or byline sits in the first sentence or two.
NEWS_OPENING_CHARS = 150

#: A news cue: a dateline (``…3月7日电``, ``本报讯``), a byline (``记者``, ``通讯员``, ``…北京报道``), an attribution
#: to another outlet (``据…报道``) or a reposted piece's ``原标题：``. Left out after trials: a month-day date or
#: ``近日，`` opening a sentence. Research reports open that way (``4月27日，公司公布年报``) and there the lead is
#: no better than TextRank; and a policy commentary often opens with a news peg (``近日，南方迎来强降雨……``) before
#: its argument, which its summary must state. Fixed strings and a bounded run only: linear.
#: ``记者``, ``本报讯`` and ``报道`` count in a byline's shape only: ``记者`` right after an opening bracket, with a
#: name and the closing bracket within 20 characters (``（记者王明）``; not ``（记者的职责是…）``) or after 本报/特派
#: (``本报记者``), ``本报讯`` before a space, a bracket or a colon (not ``本报讯这样的开头``), ``报道`` after 据 (``据新华社报道``) or closing a byline (``北京报道`` then a space,
#: a bracket or the line's end); a body that mentions them (``有的记者下基层``, ``宣传报道脱离群众``) is no news.
_NEWS_CUE = re.compile(r"[（(【\[〔][ \t\u3000]{0,3}(?:本报|特派)?记者[^）)】\]〕，。；的是\n]{0,20}[）)】\]〕]|本报记者|特派记者"
                       r"|通讯员|本报讯(?=[\s（(【\[〔:：]|$)|\d\s*日\s*电"
                       r"|据[^。！？\n]{1,20}?报道|报道(?=[ \t\u3000）)】\]〕\n]|$)|原标题[:：]")
#: A quotation (``以“本报讯（记者张三）”开头``): a cue inside it is mentioned, not used. Bounded: linear.
_QUOTED = re.compile(r"“[^“”\n]{0,%d}”" % NEWS_OPENING_CHARS)


def news_opening(text: str, start: int = 0) -> bool:
    """Whether ``text`` (an essay's body) opens like a news report: :data:`_NEWS_CUE` (a dateline, byline,
    attribution or ``原标题：``; none inside a quotation ``“…”``) within its first
    :data:`NEWS_OPENING_CHARS` characters from ``start`` (leading whitespace skipped). Cost: linear in that
    opening and the whitespace before it."""
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    opening = _QUOTED.sub(lambda m: " " * len(m.group()), text[start:start + NEWS_OPENING_CHARS])
    return _NEWS_CUE.search(opening) is not None


#: Marks that end a clause inside a sentence: a cut sentence ends at one of them.
_CLAUSE_MARKS = re.compile(r"[，,；;：:]")


def lead_picks(candidates: Sequence[int], text: Callable[[int], str], budget: int) -> list[int]:
    """The lead of a news report: ``candidates`` (sentence positions, ascending) from the first, in document
    order, while they fit in ``budget`` characters; ``text(i)`` is what sentence ``i`` adds to the summary (its
    length in characters counts). The sentence that would pass the budget is kept too when its first clause fits
    in what is left (the summary stage then cuts it at a clause boundary), so the budget is filled without a
    fragment. Returns at least the first candidate when there is one."""
    picked: list[int] = []
    left = budget
    for i in candidates:
        t = text(i)
        if len(t) <= left or not picked:
            picked.append(i)
            left -= len(t)
            if left <= 0:
                break
            continue
        m = _CLAUSE_MARKS.search(t)
        if m is not None and m.end() <= left:
            picked.append(i)
        break
    return picked
