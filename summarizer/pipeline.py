"""The pipeline: the one library call behind the CLI and the HTTP service.

raw bytes/str -> :mod:`~summarizer.decode` -> :mod:`~summarizer.clean` (cleaned text + offset map)
-> :mod:`~summarizer.essays` -> per essay: :mod:`~summarizer.structure`, :mod:`~summarizer.sentences`,
:mod:`~summarizer.textrank` scores, :mod:`~summarizer.aspects`, :mod:`~summarizer.points`, summary
-> :class:`~summarizer.schema.DocumentSummary` with offsets into the decoded original input.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field

import numpy as np

from summarizer import aspects as asp
from summarizer.clean import CleanText, clean
from summarizer.errors import DecodeError, EmptyInputError, InputTooLargeError, ModelNotAvailableError
from summarizer.essays import EssaySpan, split_essays
from summarizer.points import RawPoint, extract_points, marker_end, shape
from summarizer.script import simplified_view
from summarizer.schema import DocumentSummary, EssaySummary, Point, SummarizeOptions
from summarizer.sentences import Sentence, split_sentences
from summarizer.structure import parse

log = logging.getLogger(__name__)
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass
class StageTimes:
    """Seconds spent per stage (filled when a ``timings`` object is passed to :func:`summarize`)."""

    decode_clean: float = 0.0
    structure: float = 0.0
    tokenize: float = 0.0
    rank: float = 0.0
    output: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)


def _options(options: SummarizeOptions | None, overrides: dict) -> SummarizeOptions:
    if options is None:
        return SummarizeOptions(**overrides)
    if overrides:
        return options.model_copy(update=SummarizeOptions(**{**options.model_dump(), **overrides}).model_dump())
    return options


def _original_span(ct: CleanText, original: str, start: int, end: int) -> tuple[int, int, int]:
    """Map cleaned ``[start, end)`` to the original; shrink ``end`` until nothing but whitespace was removed
    inside (a page marker cut out of the middle of a point), so the original slice holds the point.
    Returns (original start, original end, cleaned end actually used)."""
    while end > start:
        a, b = ct.to_original(start, end)
        if "".join(original[a:b].split()) == "".join(ct.text[start:end].split()):
            return a, b, end
        end -= 1
    a, b = ct.to_original(start, start + 1)
    return a, b, start + 1


def _textrank(body: str, sentences: list[Sentence], timings: StageTimes | None):
    """TextRank scores and the similarity matrix of ``sentences`` of ``body`` (Mihalcea & Tarau 2004)."""
    from summarizer.textrank import pagerank, similarity_matrix
    from summarizer.tokenize import get_tokenizer

    t0 = time.perf_counter()
    tok = get_tokenizer()
    token_lists = tok.content_tokens_by_span(body, [(s.start, s.end) for s in sentences])
    t1 = time.perf_counter()
    sim = similarity_matrix(token_lists) if sentences else np.zeros((0, 0))
    scores = pagerank(sim) if len(sentences) else np.zeros(0)
    t2 = time.perf_counter()
    if timings is not None:
        timings.tokenize += t1 - t0
        timings.rank += t2 - t1
    return scores, sim


def _summary(sentences: list[Sentence], scores, sim, budget: int, headings: list[tuple[int, int]]) -> list[int]:
    """Indices (document order) of the summary sentences: MMR (Carbonell & Goldstein 1998) over TextRank
    scores within ``budget`` characters. Headings, and sentences that a section heading was glued into
    (``[start, end)`` ranges in ``headings``), are not eligible unless nothing else is left."""
    from summarizer.textrank import mmr_select

    def glued(s: Sentence) -> bool:
        return any(a < s.end and s.start < b for a, b in headings)

    idx = ([i for i, s in enumerate(sentences) if s.kind == "sentence" and not glued(s)]
           or [i for i, s in enumerate(sentences) if s.kind == "sentence"] or list(range(len(sentences))))
    if not idx:
        return []
    sub = sim[np.ix_(idx, idx)]
    picked = mmr_select([float(scores[i]) for i in idx], sub, lengths=[len(sentences[i].text) for i in idx], budget=budget)
    return sorted(idx[j] for j in picked)


def summarize(
    text: str | bytes,
    *,
    source: str | None = None,
    options: SummarizeOptions | None = None,
    max_chars: int | None = None,
    timings: StageTimes | None = None,
    model=None,
    **option_overrides,
) -> DocumentSummary:
    """Summarize one document: a single essay or a collection of essays.

    Args:
        text: the document, ``str`` or raw ``bytes`` (decoded with :func:`summarizer.decode.decode_bytes`:
            UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, others by detection).
        source: a file name or id echoed in the result.
        options: :class:`~summarizer.schema.SummarizeOptions`; keyword overrides (``max_points=5``) are
            validated the same way.
        max_chars: refuse documents longer than this many characters (None: no limit).
        timings: when given, filled with the seconds spent in each stage.
        model: for ``method="seq2seq"``: a loaded :class:`summarizer.seq2seq.Seq2SeqSummarizer`, or a local
            checkpoint directory / registry name / cached hub id to load (never downloaded; loaded once per
            process). ``None``: ``options.model``.

    Returns:
        :class:`~summarizer.schema.DocumentSummary`; every ``start``/``end`` is a character offset into the
        decoded original input.

    Raises:
        EmptyInputError: no sentence with a letter, digit or CJK character is left after cleaning.
        DecodeError: ``bytes`` that are binary or cannot be decoded; a ``str`` with lone surrogates.
        InputTooLargeError: the document is longer than ``max_chars`` characters.
        ModelNotAvailableError: ``method="seq2seq"`` without the ``[seq2seq]`` extra or a configured model.
        pydantic.ValidationError: an option out of range.
    """
    opts = _options(options, option_overrides)
    t0 = time.perf_counter()
    encoding = "utf-8"
    if isinstance(text, (bytes, bytearray)):
        from summarizer.decode import decode_bytes

        text, encoding = decode_bytes(bytes(text))
    if not isinstance(text, str):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    bad = _SURROGATE.search(text)
    if bad:
        raise DecodeError(f"text holds a lone surrogate code point U+{ord(bad.group()):04X} at character {bad.start()}:"
                          " it is not valid Unicode text (decode the bytes with errors='replace' first)")
    if max_chars is not None and len(text) > max_chars:
        raise InputTooLargeError(f"text has {len(text)} characters; the limit is {max_chars}")
    abstractive = None
    if opts.method == "seq2seq":
        if model is None:
            model = opts.model
        if model is None:
            raise ModelNotAvailableError(
                "method 'seq2seq' needs a model checkpoint: pass a local checkpoint directory or a name from "
                "`summarizer models list` (and install the optional extra: pip install 'summarizer[seq2seq]')"
            )
        from summarizer.seq2seq import get_summarizer  # imports torch/transformers lazily

        abstractive = get_summarizer(model)
    if not _CONTENT.search(text):
        raise EmptyInputError("text is empty: it has no letter, digit or CJK character")
    ct = clean(text)
    if timings is not None:
        timings.decode_clean += time.perf_counter() - t0
    # analysis runs on a same-length Simplified view (Traditional input); output is sliced from ct.text
    view = simplified_view(ct.text)
    essays = split_essays(view)
    results: list[EssaySummary] = []
    titles = [e.title for e in essays if e.title]
    shared_titles = frozenset(t for t in titles if titles.count(t) > 1)
    for essay in essays:
        summary = _summarize_essay(ct, view, text, essay, opts, timings, shared_titles)
        if summary is not None:
            results.append(summary)
    if not results:
        raise EmptyInputError("text is empty after removing boilerplate: no sentence is left to summarize")
    for i, r in enumerate(results):
        r.index = i
    doc = DocumentSummary(source=source, encoding=encoding, method="textrank", chars=len(text),
                          removed=ct.removed, essays=results)
    if abstractive is not None:
        doc = abstractive.abstract(doc, text, opts)
    return doc


def _summarize_essay(ct: CleanText, view: str, original: str, essay: EssaySpan, opts: SummarizeOptions,
                     timings: StageTimes | None, shared_titles: frozenset[str] = frozenset()) -> EssaySummary | None:
    """One essay: ``view`` is the analysis copy of ``ct.text`` (same length); every text in the result is
    sliced from ``ct.text``, every offset mapped into ``original``."""
    t0 = time.perf_counter()
    body = view[essay.start:essay.end]
    structure = parse(body)
    sentences = split_sentences(body)
    if not any(_CONTENT.search(s.text) for s in sentences):
        return None
    roles = asp.analyze(structure)
    if timings is not None:
        timings.structure += time.perf_counter() - t0
    scores, sim = _textrank(body, sentences, timings)
    t1 = time.perf_counter()
    headings = [(it.start, it.heading_end) for it in structure.items if it.titled]
    picked = _summary(sentences, scores, sim, opts.summary_chars, headings)
    raw = extract_points(structure, roles, sentences, scores, max_points=opts.max_points,
                         max_point_chars=opts.max_point_chars)
    if timings is not None:
        timings.rank += time.perf_counter() - t1
    t2 = time.perf_counter()

    def to_point(a: int, b: int, score: float | None, heading: tuple[int, int] | None = None) -> Point:
        a0, b0, used = _original_span(ct, original, essay.start + a, essay.start + b)
        head = ct.text[essay.start + heading[0]:essay.start + heading[1]] if heading else None
        return Point(text=ct.text[essay.start + a:used], start=a0, end=b0, score=score, heading=head)

    def unmarked(s: Sentence) -> int:
        # the leading marker goes, unless nothing else is left ("一、") or the sentence holds further markers
        # of its run ("一是…；二是…；三是…": stripping only the first would read oddly)
        a = marker_end(structure, s.start)
        inner = any(s.start < it.start < s.end and it.family != "line" for it in structure.items)
        return a if a < s.end and not inner else s.start

    summary_points = []
    room = opts.summary_chars
    for i in picked:
        a, b = unmarked(sentences[i]), sentences[i].end
        if b - a > room:  # a sentence longer than what is left of the budget is cut at a clause boundary
            a, b = shape(body, a, b, max(room, 1))
        if b > a and room > 0:
            summary_points.append(to_point(a, b, float(scores[i])))
            room -= b - a
    if not summary_points and picked:
        i = picked[0]
        a, b = shape(body, unmarked(sentences[i]), sentences[i].end, opts.summary_chars)
        summary_points.append(to_point(a, b, float(scores[i])))

    def convert(points: list[RawPoint]) -> list[Point]:
        return [to_point(p.start, p.end, round(p.score, 6), p.heading) for p in points]

    start, end = ct.to_original(essay.start, essay.end)
    title = None
    own_line = structure.roots and structure.roots[0].family == "line" and structure.roots[0].start == 0
    if essay.title and own_line and essay.title in shared_titles:
        first = structure.roots[0]  # every essay carries the collection's label: its own first line says more
        title = ct.text[essay.start + first.content_start:essay.start + first.heading_end].strip() or essay.title
    elif essay.title:
        pos = view.find(essay.title, essay.marker_start, essay.start)
        title = ct.text[pos:pos + len(essay.title)] if pos >= 0 else essay.title
    elif own_line:
        first = structure.roots[0]  # a title line opening the essay
        title = ct.text[essay.start + first.content_start:essay.start + first.heading_end].strip() or None
    result = EssaySummary(
        index=essay.index,
        title=title,
        start=start,
        end=end,
        chars=essay.end - essay.start,
        summary="".join(p.text for p in summary_points),
        summary_sentences=summary_points,
        challenges=convert(raw[asp.CHALLENGE]),
        recommendations=convert(raw[asp.RECOMMENDATION]),
    )
    if timings is not None:
        timings.output += time.perf_counter() - t2
    return result
