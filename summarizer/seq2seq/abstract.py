"""Extract-then-abstract: turn the extractive :class:`~summarizer.schema.DocumentSummary` into an abstractive one.

None of the public Chinese seq2seq checkpoints takes a 5,000-character essay in its 512/1024-token window, and
none knows about challenges and recommendations; the extractive pipeline does. So, per essay:

* **summary**: the essay's sentences (cleaned text, document order) are packed into windows of at most the
  model's input limit in tokens; each window is summarized and the window summaries are merged in order
  (``long_input="chunk"``, the default), or only the first window is used (``"truncate"``), or one window of
  the sentences TextRank ranks highest, in document order (``"extract"``); both are reported as ``truncated``.
  ``summary_sentences`` holds one point per window summary, with the window's spans as sources.
* **challenges / recommendations**: each extracted point is rewritten from what the essay says under it: the
  whole item (heading and body) when the point is an enumerated item's heading, else the sentences the point
  comes from; that context is cut to one window. The point keeps its ``heading`` and ``score``.

Every generated point has ``sources`` (the input spans the model was given, neighbours merged) and ``start``/
``end`` equal to its first source. Inputs shorter than ``short_input_chars`` characters are not given to the
model (the extractive text stays); an output that is not shorter than its input falls back to the extractive text.

Lengths: the summary budget ``summary_chars`` (characters) is turned into tokens with the essay's own
characters-per-token ratio and shared between the windows (unless ``max_new_tokens``/``max_length`` is given);
points get at most ``max_point_chars`` tokens and are cut to ``max_point_chars`` characters at a clause boundary.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from summarizer.seq2seq.model import GenerationSettings, Seq2SeqSummarizer, merge_summaries, window_max_new
from summarizer.seq2seq.packing import Unit, Window, merge_ranges

__all__ = ["abstract_document", "essay_windows", "EssayView", "essay_views"]


@dataclass
class EssayView:
    """An essay of the extractive result re-opened on the cleaned text: its sentences and item ranges.

    Every offset is in the coordinates of the *cleaned* document text (``CleanText.text``). Splitting and structure
    run on the same-length Simplified view (as in the pipeline); unit texts are the user's own characters."""

    start: int
    end: int
    view: str = ""  # the essay's Simplified analysis copy (same length as its cleaned text)
    sentences: list[Unit] = field(default_factory=list)  # tokens filled in later
    items: list[tuple[int, int, int, int]] = field(default_factory=list)  # (start, content_start, heading_end, end)


def essay_views(original: str, doc: Any) -> tuple[Any, list[EssayView | None]]:
    """Clean ``original`` again and find each essay of ``doc`` in it (by its original span).

    Returns:
        The :class:`~summarizer.clean.CleanText` and one view per ``doc.essays`` entry (None if not found).
    """
    from summarizer.clean import clean
    from summarizer.essays import split_essays
    from summarizer.sentences import split_sentences
    from summarizer.structure import parse

    ct = clean(original)
    try:
        from summarizer.script import simplified_view
    except ImportError:  # an older layout without Traditional-Chinese support
        def simplified_view(text: str) -> str:
            return text
    analysis = simplified_view(ct.text)  # same length as ct.text: every offset is shared
    by_span = {}
    for e in split_essays(analysis):
        if e.end > e.start:
            by_span[ct.to_original(e.start, e.end)] = e
    views: list[EssayView | None] = []
    for es in doc.essays:
        e = by_span.get((es.start, es.end))
        if e is None:
            views.append(None)
            continue
        body = analysis[e.start:e.end]
        view = EssayView(e.start, e.end, body)
        view.sentences = [Unit(ct.text[e.start + s.start:e.start + s.end], e.start + s.start, e.start + s.end, 0)
                          for s in split_sentences(body)]
        view.items = [(e.start + it.start, e.start + it.content_start, e.start + it.heading_end, e.start + it.end)
                      for it in parse(body).items]
        views.append(view)
    return ct, views


def _clip(units: list[Unit], start: int, end: int, text: str) -> list[Unit]:
    out = []
    for u in units:
        a, b = max(u.start, start), min(u.end, end)
        if a < b and text[a:b].strip():
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            out.append(Unit(text[a:b], a, b, 0))
    return out


def _point_context(view: EssayView, cstart: int, cend: int, text: str) -> list[Unit]:
    """What the essay says under a point at cleaned ``[cstart, cend)``: its item (when the point is the item's
    heading), else the sentences it overlaps."""
    best = None
    for start, content_start, heading_end, end in view.items:
        if start <= cstart < end and cstart <= max(heading_end, content_start):
            if best is None or end - start <= best[1] - best[0]:
                best = (content_start, end)
    if best is not None:
        units = _clip(view.sentences, best[0], best[1], text)
        if units:
            return units
    return _clip(view.sentences, min(cstart, cend), max(cend, cstart + 1), text) or \
        [u for u in view.sentences if u.start < cend and cstart < u.end]


def _to_cleaned(offsets: Any, start: int, end: int) -> tuple[int, int]:
    """Cleaned range of an original ``[start, end)`` (offsets is the monotone cleaned->original map)."""
    a = bisect.bisect_left(offsets, start)
    b = bisect.bisect_left(offsets, end)
    return a, max(b, a + 1)


def _counted_views(summarizer: Seq2SeqSummarizer, original: str, doc: Any) -> tuple[Any, list[EssayView | None]]:
    """:func:`essay_views` with every sentence's token count filled in (one tokenizer call)."""
    ct, views = essay_views(original, doc)
    all_units = [u for v in views if v is not None for u in v.sentences]
    it = iter(summarizer.count_tokens([u.text for u in all_units]))
    for v in views:
        if v is not None:
            v.sentences = [Unit(u.text, u.start, u.end, next(it)) for u in v.sentences]
    return ct, views


def essay_windows(summarizer: Seq2SeqSummarizer, doc: Any, original: str) -> list[list[Window]]:
    """The summary windows of each essay of ``doc``, exactly as :func:`abstract_document` packs them (before
    ``long_input="truncate"`` keeps only the first); ``Window.text`` is what the model is given."""
    _, views = _counted_views(summarizer, original, doc)
    return [summarizer.windows(v.sentences) if v is not None and v.sentences else [] for v in views]


def abstract_document(summarizer: Seq2SeqSummarizer, doc: Any, original: str, options: Any) -> Any:
    """The abstractive version of ``doc`` (see the module docstring); the schema is unchanged, ``method`` is
    ``"seq2seq"`` and ``generation`` reports ``input_tokens``, ``truncated`` and ``chunks``.

    Args:
        summarizer: a loaded :class:`Seq2SeqSummarizer`.
        doc: the extractive :class:`~summarizer.schema.DocumentSummary` of ``original``.
        original: the decoded original input (every span points into it).
        options: :class:`~summarizer.schema.SummarizeOptions` (``summary_chars``, ``max_point_chars``,
            ``min_length``, ``max_length``, ``max_new_tokens``; ``min_support``, ``no_repeat_ngram_size``,
            ``repetition_penalty``, ``length_penalty`` override the model's settings for this call).

    Every generated text is checked (:mod:`summarizer.seq2seq.quality`); a rejected one is replaced by its
    extractive text and says why (``fallback`` on the point, ``generation.fallback``/``fallbacks``).
    """
    from summarizer.points import shape
    from summarizer.schema import GenerationInfo, Point, Span

    st: GenerationSettings = summarizer.settings.updated(**{
        k: getattr(options, k, None) for k in ("min_support", "no_repeat_ngram_size", "repetition_penalty",
                                               "length_penalty")})
    ct, views = _counted_views(summarizer, original, doc)
    text = ct.text
    offsets = ct.offsets.tolist()

    def spans(units: list[Unit]) -> list[Span]:
        out = []
        for a, b in merge_ranges(units, text):
            x, y = ct.to_original(a, b)
            out.append(Span(start=x, end=y))
        return out

    # Plan every model input: (essay index, kind, payload), generated in one batched call.
    jobs: list[tuple[int, str, Any]] = []
    inputs: list[str] = []
    maxs: list[int] = []
    mins: list[int] = []
    allowed: list[int | None] = []  # characters each output may have (the "length" check)
    plans: list[dict[str, Any]] = []
    user_max = options.max_new_tokens or options.max_length
    for ei, (es, view) in enumerate(zip(doc.essays, views)):
        plan: dict[str, Any] = {"windows": [], "truncated": False, "input_tokens": 0, "bypass": True}
        plans.append(plan)
        if view is None or not view.sentences:
            continue
        total_tokens = sum(u.tokens for u in view.sentences)
        plan["input_tokens"] = total_tokens
        essay_chars = sum(len(u.text) for u in view.sentences)
        if sum(len("".join(u.text.split())) for u in view.sentences) < st.short_input_chars:
            continue  # too short to abstract: the extractive result stays (B23)
        plan["bypass"] = False
        windows = summarizer.windows(view.sentences)
        if st.long_input != "chunk" and len(windows) > 1:
            plan["truncated"] = True  # some of the essay never reaches the model, and the caller is told
            if st.long_input == "extract":
                from summarizer.sentences import split_sentences

                windows = [summarizer._salient(view.view, split_sentences(view.view), view.sentences, st)]
            else:
                windows = windows[:1]
        plan["windows"] = windows
        chars_per_token = essay_chars / max(1, total_tokens)
        per_window = user_max or window_max_new(int(options.summary_chars / chars_per_token), len(windows),
                                                st.max_new_tokens)
        for wi, w in enumerate(windows):
            jobs.append((ei, "summary", wi))
            inputs.append(w.text)
            maxs.append(per_window)
            mins.append(options.min_length if options.min_length is not None else st.min_new_tokens)
            allowed.append(-(-options.summary_chars // len(windows)))
        for aspect in ("challenges", "recommendations"):
            for pi, p in enumerate(getattr(es, aspect)):
                a, b = _to_cleaned(offsets, p.start, p.end)
                units = _point_context(view, a, b, text)
                if not units or sum(len("".join(u.text.split())) for u in units) < st.short_input_chars:
                    continue
                ucounts = summarizer.count_tokens([u.text for u in units])
                units = [Unit(u.text, u.start, u.end, c) for u, c in zip(units, ucounts)]
                first: Window = summarizer.windows(units)[0]
                jobs.append((ei, aspect, (pi, first)))
                inputs.append(first.text)
                maxs.append(min(options.max_new_tokens or st.max_new_tokens, options.max_point_chars))
                mins.append(0)
                allowed.append(options.max_point_chars)

    gens = summarizer.generate(inputs, max_new_tokens=maxs, min_new_tokens=mins, settings=st,
                               max_chars=allowed) if inputs else []

    essays = []
    total_gen = 0
    for ei, (es, view) in enumerate(zip(doc.essays, views)):
        plan = plans[ei]
        windows: list[Window] = plan["windows"]
        window_texts: list[str | None] = [None] * len(windows)
        window_gens: list[Any] = [None] * len(windows)
        points: dict[str, dict[int, tuple[str, list[Span], float | None]]] = {"challenges": {}, "recommendations": {}}
        rejected: dict[str, dict[int, str]] = {"challenges": {}, "recommendations": {}}
        generated = 0
        for (ej, kind, payload), g in zip(jobs, gens):
            if ej != ei:
                continue
            generated += g.output_tokens
            if kind == "summary":
                w = windows[payload]
                fallback = _fallback_sentence(es, w, ct)
                window_texts[payload] = fallback if g.guarded else g.text
                window_gens[payload] = g
            else:
                pi, w = payload
                if not g.guarded:
                    out = g.text
                    if len(out) > options.max_point_chars:
                        a, b = shape(out, 0, len(out), options.max_point_chars)
                        out = out[a:b] or out[:options.max_point_chars]
                    points[kind][pi] = (out, spans(w.units), g.support)
                else:
                    rejected[kind][pi] = g.fallback
        total_gen += generated
        update: dict[str, Any] = {}
        if windows:
            sentences = []
            for w, t, g in zip(windows, window_texts, window_gens):
                src = spans(w.units)
                sentences.append(Point(text=t or "", start=src[0].start, end=src[0].end, sources=src,
                                       support=None if g is None or g.guarded else g.support,
                                       fallback=g.fallback if g is not None else None))
            update["summary"] = merge_summaries([p.text for p in sentences])
            update["summary_sentences"] = [p for p in sentences if p.text]
        else:  # bypassed: the extractive summary stays; its sentences are their own sources
            update["summary_sentences"] = [_self_sourced(p) for p in es.summary_sentences]
        for aspect in ("challenges", "recommendations"):
            new = []
            for pi, p in enumerate(getattr(es, aspect)):
                if pi in points[aspect]:
                    out, src, support = points[aspect][pi]
                    new.append(p.model_copy(update={"text": out, "start": src[0].start, "end": src[0].end,
                                                    "sources": src, "support": support}))
                else:
                    new.append(_self_sourced(p).model_copy(update={"fallback": rejected[aspect].get(pi)}))
            update[aspect] = new
        reasons = [g.fallback for g in window_gens if g is not None and g.fallback] + \
            [r for aspect in rejected.values() for r in aspect.values()]
        update["generation"] = GenerationInfo(
            model=summarizer.name, max_input_tokens=summarizer.max_input_tokens, input_tokens=plan["input_tokens"],
            truncated=plan["truncated"], chunks=len(windows), generated_tokens=generated,
            fallback=next((g.fallback for g in window_gens if g is not None and g.fallback), None),
            fallbacks=dict(Counter(reasons)))
        essays.append(es.model_copy(update=update))
    totals: Counter[str] = Counter()
    for e in essays:
        totals.update(e.generation.fallbacks)
    info = GenerationInfo(
        model=summarizer.name, max_input_tokens=summarizer.max_input_tokens,
        input_tokens=sum(p["input_tokens"] for p in plans), truncated=any(p["truncated"] for p in plans),
        chunks=sum(len(p["windows"]) for p in plans), generated_tokens=total_gen,
        fallback=next((e.generation.fallback for e in essays if e.generation.fallback), None),
        fallbacks=dict(totals))
    return doc.model_copy(update={"method": "seq2seq", "essays": essays, "generation": info})


def _self_sourced(point: Any) -> Any:
    """An extractive point kept as is: it is its own source."""
    from summarizer.schema import Span

    if point.sources:
        return point
    return point.model_copy(update={"sources": [Span(start=point.start, end=point.end)]})


def _fallback_sentence(essay: Any, window: Window, ct: Any) -> str:
    """Extractive text for a window whose generated summary was rejected: the extractive summary sentences that
    fall inside the window, else the window's first sentence."""
    a, b = ct.to_original(window.start, window.end)
    inside = [p.text for p in essay.summary_sentences if a <= p.start and p.end <= b]
    return "".join(inside) or window.units[0].text
