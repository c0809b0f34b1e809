"""News genre: whether an essay opens like a news report, and its lead sentences as the summary.

A news report is written as an inverted pyramid: its first sentences (the lead) state who, what, when and where,
and the rest expands them, so the first sentences are the strongest extractive summary of news (the lead baseline
that sentence-ranking methods rarely beat on newswire: Nenkova 2005, "Automatic text summarization of newswire:
lessons learned from the Document Understanding Conference", AAAI; the lead bias that PacSum, Zheng & Lapata 2019,
"Sentence Centrality Revisited for Unsupervised Summarization", builds into directed centrality). Chinese news
marks its opening with a dateline or byline (``新华社北京3月7日电``, ``本报讯``, ``（记者 王某）``, ``北京报道``,
``据…报道``, ``原标题：``); a policy essay, a meeting transcript or a research report does not open that
way. A report that opens otherwise (a feature's scene, a complaint, a court story told from its start) is still
news by its genre (:func:`news_genre`): it narrates dated events and attributes what it states to sources, while
a policy essay argues in its own voice, a research report states figures and a transcript is speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from summarizer.aspects import word_groups
from summarizer.chars import BLOCK_QUOTE_CLOSERS, BLOCK_QUOTE_OPENERS

__all__ = ["NEWS_OPENING_CHARS", "lead_picks", "news_genre", "news_opening", "reported_advice", "spoken"]

#: Characters of the essay's opening (from its first non-whitespace character) searched for a news cue: a
#: dateline or byline sits in the first sentence or two.
NEWS_OPENING_CHARS = 150

#: A news cue: a dateline (``…3月7日电``, ``本报讯``), a byline (``记者``, ``通讯员``, ``…北京报道``), an attribution
#: to another outlet (``据…报道``) or a reposted piece's ``原标题：``. Left out after trials: a month-day date or
#: ``近日，`` opening a sentence. Research reports open that way (``4月27日，公司公布年报``) and there the lead is
#: no better than TextRank; and a policy commentary often opens with a news peg (``近日，南方迎来强降雨……``) before
#: its argument, which its summary must state. Fixed strings and a bounded run only: linear.
#: A photographer's or video editor's credit (``图片拍摄：…``, ``摄影/新京报记者…``, ``视频剪辑…``) names who shot the
#: story's pictures: a news report's furniture, which no policy essay, transcript or research report opens with.
#: ``记者``, ``本报讯`` and ``报道`` count in a byline's shape only: ``记者`` right after an opening bracket, with a
#: name and the closing bracket within 20 characters (``（记者王明）``; not ``（记者的职责是…）``) or after 本报/特派
#: (``本报记者``), ``本报讯`` before a space, a bracket or a colon (not ``本报讯这样的开头``), ``报道`` after 据 (``据新华社报道``) or closing a byline (``北京报道`` then a space,
#: a bracket or the line's end); a body that mentions them (``有的记者下基层``, ``宣传报道脱离群众``) is no news.
_NEWS_CUE = re.compile(r"[（(【\[〔][ \t\u3000]{0,3}(?:本报|特派)?记者[^）)】\]〕，。；的是\n]{0,20}[）)】\]〕]|本报记者|特派记者"
                       r"|通讯员|本报讯(?=[\s（(【\[〔:：]|$)|\d\s*日\s*电"
                       r"|据[^。！？\n]{1,20}?报道|报道(?=[ \t\u3000）)】\]〕\n]|$)|原标题[:：]"
                       r"|图片拍摄[:：]|摄影[:：/／|丨｜]|视频剪辑")
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


#: A time expression of reportage: a calendar date (``3月7日``, ``2019年9月``, ``3月7号``) or a day named relative to
#: the report (``昨日``, ``日前``, ``近日``, ``当天``). Fixed strings and bounded digit runs: linear.
_TIME = re.compile(r"(?=[\d昨今前日近当此])"  # (the first characters of the branches: a fast fail elsewhere)
                   r"(?:\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}[日号]|\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月"
                   r"|[昨今前]天|[昨今]日|日前|近日|当天|当日|此前)")
#: Per thousand non-whitespace characters of the essay (a density, so that length does not decide): the least
#: time expressions and attributions of a news report, and the most speech fillers. Chosen on development splits
#: (the first 60 records of lexeval_5_1, vcsum_seg and cfbenchmark_summary; the aspect corpora and the seed, whose
#: policy essays stay below both densities: at most 2.5 time expressions per thousand characters, and those with
#: 2.4-2.5, an op-ed and a news item of a report, hold only 2-3 of them), the rest of each set held out.
NEWS_TIME_DENSITY = 2.0
NEWS_ATTRIBUTION_DENSITY = 1.0
SPOKEN_DENSITY = 6.0
#: A text needs at least this many time expressions and attributions (each) before their density counts: in a short
#: text two dates and two ``表示`` are no genre (a commentary's news peg, an op-ed that quotes a figure).
NEWS_GENRE_MIN = 4
#: A long report (at least :data:`NEWS_LONG_CHARS` non-whitespace characters: a feature, an investigation, a court
#: story, a complainant's letter) narrates a few dated events and spends the rest on background, quotation and
#: argument, so its dates are sparse while it keeps attributing: it needs :data:`NEWS_LONG_TIME_MIN` time expressions
#: at :data:`NEWS_LONG_TIME_DENSITY` per thousand (the attribution test is unchanged). Chosen on the first 60 records
#: of lexeval_5_1 (records 60-143 held out); the long essays of the aspect corpora and the seed (2,000-18,000
#: characters) attribute less than once per thousand or date fewer than three events (a policy essay argues in its
#: own voice), so none of them passes.
NEWS_LONG_CHARS = 2000
NEWS_LONG_TIME_DENSITY = 0.5
NEWS_LONG_TIME_MIN = 3


@lru_cache(maxsize=1)
def _genre_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(attribution, spoken filler)`` patterns of ``resources/genre.txt`` (alternations of fixed strings,
    longest first: linear)."""
    groups = word_groups("genre.txt", "genre vocabulary")
    return tuple(re.compile("|".join(map(re.escape, groups[g]))) for g in ("attribution", "spoken_filler"))


@lru_cache(maxsize=1)
def _filler_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``(filler, backchannel clause, filler clause)`` patterns of ``resources/genre.txt``: any ``spoken_filler`` or
    ``turn_opener`` word (longest first); a whole clause of ``backchannel`` words (``对对对``, ``是的是的``); a
    clause of at most 12 characters made of filler, turn-opener and backchannel words only, then its comma and spaces
    (``嗯，``, ``那个，``, ``我补充一点，``). Alternations of fixed strings and bounded repeats: linear."""
    groups = word_groups("genre.txt", "genre vocabulary")
    spoken = sorted(set(groups["spoken_filler"]) | set(groups["turn_opener"]), key=len, reverse=True)
    said = sorted(set(groups["backchannel"]), key=len, reverse=True)
    words = "|".join(map(re.escape, sorted(set(spoken) | set(said), key=len, reverse=True)))
    return (re.compile("|".join(map(re.escape, spoken))),
            re.compile("(?:%s){1,6}" % "|".join(map(re.escape, said))),
            re.compile(r"(?:%s){1,6}[，,、][ \t\u3000]{0,2}" % words))


#: Fewest characters of content a sentence keeps once its spoken fillers and backchannel clauses are left out for
#: it to say something (:func:`filler_sentence`): ``嗯，好，那个，就这样吧。`` keeps none.
FILLER_CONTENT_CHARS = 8
#: Most filler clauses read past at a turn's start (:func:`filler_prefix_end`).
FILLER_PREFIX_CLAUSES = 4
#: Most characters of one clause :func:`filler_sentence` reads (a longer clause is content whatever it holds).
_FILLER_CLAUSE_CHARS = 40
_CLAUSES = re.compile(r"[^，,、。！？!?；;：:…\s]+")


def filler_prefix_end(text: str, start: int, end: int) -> int:
    """``start`` moved past the spoken fillers that open ``text[start:end]``: up to :data:`FILLER_PREFIX_CLAUSES`
    clauses each made only of ``spoken_filler``, ``turn_opener`` and ``backchannel`` words of ``resources/genre.txt``
    and ended by a comma (``嗯，那个，我补充一点，就是说，现在人手太少`` -> the offset of ``现在``), when at least
    :data:`FILLER_CONTENT_CHARS` characters are left; else ``start``. For a turn after a speaker's label (try55).
    Offsets into ``text``; O(:data:`FILLER_PREFIX_CLAUSES` bounded matches)."""
    clause = _filler_words()[2]
    k = start
    for _ in range(FILLER_PREFIX_CLAUSES):
        m = clause.match(text, k, end)
        if m is None:
            break
        k = m.end()
    return k if end - k >= FILLER_CONTENT_CHARS else start


def filler_sentence(sentence: str) -> bool:
    """Whether ``sentence`` (a transcript's turn, its speaker's label left out; Simplified text) says nothing but
    speech fillers: with its ``spoken_filler``/``turn_opener`` words removed and its clauses made only of
    ``backchannel`` words (``对对对``, ``好``, ``就这样吧``) dropped, fewer than :data:`FILLER_CONTENT_CHARS`
    characters are left, fewer than the fillers took (``嗯，好，那个，就这样吧。``, ``对，然后就是说那个，其实就是
    这样子。``; try55); a short sentence without fillers (``我们要加强监管。``) is content. No summary sentence. Linear in ``sentence`` (each clause read once)."""
    filler, said, _ = _filler_words()
    content = removed = 0
    for m in _CLAUSES.finditer(sentence):
        if m.end() - m.start() > _FILLER_CLAUSE_CHARS:
            return False
        rest = filler.sub("", m.group())
        if rest and said.fullmatch(rest) is None:
            content += len(rest)
            if content >= FILLER_CONTENT_CHARS:
                return False
        else:
            rest = ""  # (a clause of backchannel words alone: all of it is filler)
        removed += m.end() - m.start() - len(rest)
    return removed > content


def news_genre(body: str) -> bool:
    """Whether ``body`` (an essay's Simplified text) is a news report by its genre, whatever its opening: at least
    :data:`NEWS_TIME_DENSITY` time expressions (:data:`_TIME`) and :data:`NEWS_ATTRIBUTION_DENSITY` attributions
    (``attribution`` of ``resources/genre.txt``: ``表示``, ``据了解``, ``记者``) per thousand non-whitespace
    characters, at least :data:`NEWS_GENRE_MIN` of each, and fewer than :data:`SPOKEN_DENSITY` speech fillers
    (``spoken_filler``) per thousand; a long body (:data:`NEWS_LONG_CHARS` non-whitespace characters or more) needs
    only :data:`NEWS_LONG_TIME_MIN` time expressions at :data:`NEWS_LONG_TIME_DENSITY` per thousand (a long report's
    dated events are spread over its background and quotations; its attributions are read as for any text). News
    narrates dated events and attributes them to sources (the genre marks of reportage, as against argument,
    exposition and speech: Biber 1988, "Variation across Speech and Writing"); a policy essay rarely dates and argues
    in its own voice, a research report dates but attributes nothing, a meeting transcript dates and says ``说`` but
    is speech. Cost: linear in ``body``."""
    times = sum(1 for _ in _TIME.finditer(body))
    if times < min(NEWS_GENRE_MIN, NEWS_LONG_TIME_MIN):
        return False
    n = sum(map(len, body.split()))  # the non-whitespace characters (str.split: str.isspace's set)
    if n <= 0:
        return False
    long = n >= NEWS_LONG_CHARS
    if times < (NEWS_LONG_TIME_MIN if long else NEWS_GENRE_MIN):
        return False
    attribution = _genre_words()[0]
    if 1000 * times < (NEWS_LONG_TIME_DENSITY if long else NEWS_TIME_DENSITY) * n:
        return False
    said = sum(1 for _ in attribution.finditer(body))
    if said < NEWS_GENRE_MIN or 1000 * said < NEWS_ATTRIBUTION_DENSITY * n:
        return False
    return not spoken(body, n)


def spoken(body: str, n: int | None = None) -> bool:
    """Whether ``body`` (Simplified text) reads as speech: at least :data:`SPOKEN_DENSITY` speech fillers
    (``spoken_filler`` of ``resources/genre.txt``: ``然后就是``, ``对吧``, ``嗯``) per thousand of its ``n``
    non-whitespace characters (counted when ``None``). A meeting transcript or a speech, not written prose. Cost:
    linear in ``body``."""
    if n is None:
        n = sum(map(len, body.split()))
    if n <= 0:
        return False
    return 1000 * sum(1 for _ in _genre_words()[1].finditer(body)) >= SPOKEN_DENSITY * n


#: A reported recommendation in a news report: at a clause's start, a subject of at most 12 characters with no clause
#: mark, quotation mark or time of narration (the reporter, a report, a body or a person: ``报告``, ``监警会``,
#: ``他``), then 建议 as a verb, and its action. Not 不建议, nor the noun: after a modifier or a coordinated noun
#: (的建议, 十四点建议, 这项建议, 意见建议, 议案建议, 意见和建议) or before a predicate or a noun suffix (建议书, 建议已被采纳,
#: 建议并不可行, 建议太保守, 「…建议」, 建议：). A comma after 建议 only before an addressee and a modal
#: (``监警会建议，警方应…``). Bounded runs and fixed strings: linear (at most 12 characters read back from each 建议).
_REPORTED_ADVICE = re.compile(r"(?:^|(?<=[，,；;：:]))\s{0,2}(?P<who>[^，,。；;：:！!？?\n" + BLOCK_QUOTE_OPENERS + BLOCK_QUOTE_CLOSERS
                              + r"\"()（）]{0,12}?)"
                              r"(?<![不的些条项个份点件和与及、这该此其反提见案])建议(?:[，,](?=[^，,。；;\n]{1,10}?(?:应|要|须|宜|可以)))?"
                              r"(?![书稿案人者的们已被真太并这等和与及、，,。：:；;" + BLOCK_QUOTE_CLOSERS + r"\"）)\s])")
#: A subject that narrates a past step (``法团当时建议…``, ``他曾建议…``): what was once proposed is a story's event,
#: not advice the report relays.
_PAST_SUBJECT = re.compile(r"当时|当年|曾|试过|早前|此前|去年|之前|原本|后来|一度")
#: A count of proposals announced before their list (``报告最后提出多项建议，包括：A，B。``): the list is the advice.
_ADVICE_LIST = re.compile(r"提出[^，,。；;：:\n]{0,8}建议[，,]?\s{0,2}(?:包括|如下)[:：]")
#: An alternative that continues the advice of the part before it (``他建议…；或者改用…``).
_ADVICE_ALTERNATIVE = ("或者", "或是")
#: A quotation glued to the advice by a comma (``…要缩细，「咁你…」``): the speaker's own words, cut off the point.
_GLUED_QUOTE = re.compile(r"[，,]\s{0,2}[" + BLOCK_QUOTE_OPENERS + r"\"]")


def reported_advice(sentence: str) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` (offsets into ``sentence``, a Simplified sentence of a news report) of the advice the
    report relays from a report, a body or a person: each ``；``-part that opens, at a clause's start, with a subject
    and 建议 as a verb (:data:`_REPORTED_ADVICE`: ``报告建议港铁在其合约规格中…订定清晰的条文``, ``他建议住户…``), from
    the subject to the part's end (less a quotation glued to it by a comma, :data:`_GLUED_QUOTE`), a part that
    offers an alternative to the one before (``或者改用升降机运送垃圾``), and the list after an announced count of
    proposals (:data:`_ADVICE_LIST`: ``报告最后提出多项建议，包括：A，B。``). A subject that narrates a past step
    (:data:`_PAST_SUBJECT`: ``法团当时建议…``) gives none, nor does a question or a sentence that ends in a colon
    (``…，并提出了具体建议：``: its list states the advice). News pages count the advice they report as the page's
    recommendations. Linear in the sentence."""
    out: list[tuple[int, int]] = []
    body = sentence.rstrip()
    if body.endswith(("？", "?", "：", ":")):
        return out  # (a question asks about advice, a colon announces the list that states it)
    listed = _ADVICE_LIST.search(body)
    if listed is not None:
        end = len(body.rstrip("。！!"))
        if end - listed.end() >= 4:
            out.append((listed.end(), end))
        return out
    pos = 0
    advised = False
    for part in re.split(r"(?<=[；;])", body):
        a, b = pos, pos + len(part.rstrip("；;。！! \t"))
        pos += len(part)
        m = _REPORTED_ADVICE.search(part)
        if m is not None and not _PAST_SUBJECT.search(m.group("who")) and len(part) - m.end() >= 4:
            start = a + m.start("who")
        elif advised and part.lstrip().startswith(_ADVICE_ALTERNATIVE):
            start = a + len(part) - len(part.lstrip())
        else:
            advised = False
            continue
        advised = True
        quote = _GLUED_QUOTE.search(body, start, b)
        end = quote.start() if quote is not None else b
        if end - start >= 6:
            out.append((start, end))
    return out
