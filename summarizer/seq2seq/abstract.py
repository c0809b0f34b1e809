"""Extract-then-abstract: turn the extractive :class:`~summarizer.schema.DocumentSummary` into an abstractive one.

None of the public Chinese seq2seq checkpoints takes a 5,000-character essay in its 512/1024-token window, and
none knows about challenges and recommendations; the extractive pipeline does. So, per essay:

* **summary**: the essay's sentences (of the analysed essays, :class:`~summarizer.document.EssayDoc`: cleaned text in
  the user's characters, document order) are packed into windows of at most the
  model's input limit in tokens; each window is summarized and the window summaries are merged in order
  (``long_input="chunk"``, the default), or only the first window is used (``"truncate"``), or one window of
  the sentences TextRank ranks highest, in document order (``"extract"``); both are reported as ``truncated``.
  ``summary_sentences`` holds one point per window summary, with the window's spans as sources.
* **challenges / recommendations**: each extracted point is rewritten from what the essay says under it: the
  whole item (heading and body) when the point is an enumerated item's heading, else the sentences the point
  comes from; that context is cut to one window. The point keeps its ``heading`` and ``score``.

Every generated point has ``sources`` (the input spans the model was given, neighbours merged) and ``start``/
``end`` equal to its first source. Inputs shorter than ``short_input_chars`` characters are not given to the
model (the extractive text stays); every output is checked (:mod:`summarizer.seq2seq.quality`: empty, wrong script,
copied, looping, not shorter than allowed, unsupported by its input) and a rejected one falls back to the extractive
text, saying why (``fallback``).

Lengths: the summary budget ``summary_chars`` (characters) is turned into tokens with the essay's own
characters-per-token ratio and shared between the windows (unless ``max_new_tokens``/``max_length`` is given);
points get at most ``max_point_chars`` tokens and are cut to ``max_point_chars`` characters at a clause boundary.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from summarizer.aspects import CHALLENGE, RECOMMENDATION
from summarizer.document import EssayDoc
from summarizer.points import shape
from summarizer.schema import DocumentSummary, GenerationInfo, Point, Span, SummarizeOptions
from summarizer.seq2seq.model import GenerationSettings, Seq2SeqSummarizer, merge_summaries, window_max_new
from summarizer.seq2seq.packing import Unit, Window, merge_ranges

__all__ = ["abstract_document", "essay_windows", "sentence_units"]

#: Result field of each aspect's points.
_FIELDS = {CHALLENGE: "challenges", RECOMMENDATION: "recommendations"}


def sentence_units(summarizer: Seq2SeqSummarizer, essays: list[EssayDoc]) -> list[list[Unit]]:
    """The sentences of each analysed essay as packing units: text in the user's characters, ``start``/``end``
    essay-local (:attr:`EssayDoc.text`), token counts filled in with one tokenizer call."""
    texts = [[e.text[s.start:s.end] for s in e.sentences] for e in essays]
    counts = iter(summarizer.count_tokens([t for ts in texts for t in ts]))
    return [[Unit(t, s.start, s.end, next(counts)) for t, s in zip(ts, e.sentences)] for ts, e in zip(texts, essays)]


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


def _point_context(essay: EssayDoc, units: list[Unit], start: int, end: int) -> list[Unit]:
    """What the essay says under a point at essay-local ``[start, end)``: its item (when the point is the item's
    heading), else the sentences it overlaps."""
    text = essay.text
    best = None
    for it in essay.structure.items:
        if it.start <= start < it.end and start <= max(it.heading_end, it.content_start):
            if best is None or it.end - it.start <= best[1] - best[0]:
                best = (it.content_start, it.end)
    if best is not None:
        clipped = _clip(units, best[0], best[1], text)
        if clipped:
            return clipped
    return _clip(units, min(start, end), max(end, start + 1), text) or \
        [u for u in units if u.start < end and start < u.end]


def essay_windows(summarizer: Seq2SeqSummarizer, essays: list[EssayDoc]) -> list[list[Window]]:
    """The summary windows of each analysed essay (:func:`summarizer.analyze`), exactly as
    :func:`abstract_document` packs them (before ``long_input="truncate"`` keeps only the first);
    ``Window.text`` is what the model is given, window offsets are essay-local."""
    return [summarizer.windows(units) if units else [] for units in sentence_units(summarizer, essays)]


def abstract_document(summarizer: Seq2SeqSummarizer, doc: DocumentSummary, essays: list[EssayDoc],
                      options: SummarizeOptions) -> DocumentSummary:
    """The abstractive version of ``doc`` (see the module docstring); the schema is unchanged, ``method`` is
    ``"seq2seq"`` and ``generation`` reports ``input_tokens``, ``truncated`` and ``chunks``.

    Args:
        summarizer: a loaded :class:`Seq2SeqSummarizer`.
        doc: the extractive :class:`~summarizer.schema.DocumentSummary` of ``essays``
            (:func:`summarizer.pipeline.to_summary`).
        essays: the analysed essays (:func:`summarizer.analyze`), parallel to ``doc.essays``; their sentences,
            structure, TextRank scores and raw points are used as they are (nothing is cleaned or parsed again).
        options: :class:`~summarizer.schema.SummarizeOptions` (``summary_chars``, ``max_point_chars``,
            ``min_length``, ``max_length``, ``max_new_tokens``; ``min_support``, ``no_repeat_ngram_size``,
            ``repetition_penalty``, ``length_penalty`` override the model's settings for this call).

    Every generated text is checked (:mod:`summarizer.seq2seq.quality`); a rejected one is replaced by its
    extractive text and says why (``fallback`` on the point, ``generation.fallback``/``fallbacks``).

    Raises:
        ValueError: ``essays`` is not parallel to ``doc.essays``.
    """
    if len(essays) != len(doc.essays):
        raise ValueError(f"{len(essays)} analysed essays for {len(doc.essays)} summarized essays")
    st: GenerationSettings = summarizer.settings.updated(**{
        k: getattr(options, k, None) for k in ("min_support", "no_repeat_ngram_size", "repetition_penalty",
                                               "length_penalty")})
    all_units = sentence_units(summarizer, essays)

    # Plan every model input: (essay index, kind, payload), generated in one batched call.
    jobs: list[tuple[int, str, Any]] = []
    inputs: list[str] = []
    maxs: list[int] = []
    mins: list[int] = []
    allowed: list[int | None] = []  # characters each output may have (the "length" check)
    plans: list[dict[str, Any]] = []
    user_max = options.max_new_tokens or options.max_length
    for ei, (es, essay, units) in enumerate(zip(doc.essays, essays, all_units)):
        plan: dict[str, Any] = {"windows": [], "truncated": False, "input_tokens": 0, "bypass": True}
        plans.append(plan)
        if not units:
            continue
        total_tokens = sum(u.tokens for u in units)
        plan["input_tokens"] = total_tokens
        essay_chars = sum(len(u.text) for u in units)
        if sum(len("".join(u.text.split())) for u in units) < st.short_input_chars:
            continue  # too short to abstract: the extractive result stays (B23)
        plan["bypass"] = False
        windows = summarizer.windows(units)
        if st.long_input != "chunk" and len(windows) > 1:
            plan["truncated"] = True  # some of the essay never reaches the model, and the caller is told
            if st.long_input == "extract":
                windows = [summarizer.salient_window(units, essay.ranking.scores, st)]
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
        for aspect, name in _FIELDS.items():
            for pi, raw in enumerate(essay.points[aspect]):
                context = _point_context(essay, units, raw.start, raw.end)
                if not context or sum(len("".join(u.text.split())) for u in context) < st.short_input_chars:
                    continue
                counts = summarizer.count_tokens([u.text for u in context])
                context = [Unit(u.text, u.start, u.end, c) for u, c in zip(context, counts)]
                first: Window = summarizer.windows(context)[0]
                jobs.append((ei, name, (pi, first)))
                inputs.append(first.text)
                maxs.append(min(options.max_new_tokens or st.max_new_tokens, options.max_point_chars))
                mins.append(0)
                allowed.append(options.max_point_chars)

    gens = summarizer.generate(inputs, max_new_tokens=maxs, min_new_tokens=mins, settings=st,
                               max_chars=allowed) if inputs else []

    results = []
    total_gen = 0
    for ei, (es, essay) in enumerate(zip(doc.essays, essays)):
        plan = plans[ei]
        windows: list[Window] = plan["windows"]
        window_texts: list[str | None] = [None] * len(windows)
        window_gens: list[Any] = [None] * len(windows)
        window_sources: list[list[Span] | None] = [None] * len(windows)  # a fallback's own sentences
        points: dict[str, dict[int, tuple[str, list[Span], float | None]]] = {name: {} for name in _FIELDS.values()}
        rejected: dict[str, dict[int, str]] = {name: {} for name in _FIELDS.values()}
        generated = 0
        for (ej, kind, payload), g in zip(jobs, gens):
            if ej != ei:
                continue
            generated += g.output_tokens
            if kind == "summary":
                w = windows[payload]
                if g.guarded:
                    window_texts[payload], window_sources[payload] = _fallback_sentence(es, w, essay)
                else:
                    window_texts[payload] = g.text
                window_gens[payload] = g
            else:
                pi, w = payload
                if not g.guarded:
                    out = g.text
                    if len(out) > options.max_point_chars:
                        a, b = shape(out, 0, len(out), options.max_point_chars)
                        out = out[a:b] or out[:options.max_point_chars]
                    points[kind][pi] = (out, spans(essay, w.units), g.support)
                else:
                    rejected[kind][pi] = g.fallback
        total_gen += generated
        update: dict[str, Any] = {}
        if windows:
            sentences = []
            for w, t, g, own in zip(windows, window_texts, window_gens, window_sources):
                src = own or spans(essay, w.units)  # a generated sentence's sources: its whole window
                sentences.append(Point(text=t or "", start=src[0].start, end=src[0].end, sources=src,
                                       support=None if g is None or g.guarded else g.support,
                                       fallback=g.fallback if g is not None else None))
            update["summary"] = merge_summaries([p.text for p in sentences])
            update["summary_sentences"] = [p for p in sentences if p.text]
        else:  # bypassed: the extractive summary stays; its sentences are their own sources
            update["summary_sentences"] = [_self_sourced(p) for p in es.summary_sentences]
        for name in _FIELDS.values():
            new = []
            for pi, p in enumerate(getattr(es, name)):
                if pi in points[name]:
                    out, src, support = points[name][pi]
                    new.append(p.model_copy(update={"text": out, "start": src[0].start, "end": src[0].end,
                                                    "sources": src, "support": support}))
                else:
                    new.append(_self_sourced(p).model_copy(update={"fallback": rejected[name].get(pi)}))
            update[name] = new
        reasons = [g.fallback for g in window_gens if g is not None and g.fallback] + \
            [r for aspect in rejected.values() for r in aspect.values()]
        update["generation"] = GenerationInfo(
            model=summarizer.name, max_input_tokens=summarizer.max_input_tokens, input_tokens=plan["input_tokens"],
            truncated=plan["truncated"], chunks=len(windows), generated_tokens=generated,
            fallback=next((g.fallback for g in window_gens if g is not None and g.fallback), None),
            fallbacks=dict(Counter(reasons)))
        results.append(es.model_copy(update=update))
    totals: Counter[str] = Counter()
    for e in results:
        totals.update(e.generation.fallbacks)
    info = GenerationInfo(
        model=summarizer.name, max_input_tokens=summarizer.max_input_tokens,
        input_tokens=sum(p["input_tokens"] for p in plans), truncated=any(p["truncated"] for p in plans),
        chunks=sum(len(p["windows"]) for p in plans), generated_tokens=total_gen,
        fallback=next((e.generation.fallback for e in results if e.generation.fallback), None),
        fallbacks=dict(totals))
    return doc.model_copy(update={"method": "seq2seq", "essays": results, "generation": info})


def spans(essay: EssayDoc, units: list[Unit]) -> list[Span]:
    """The spans of sentence units in the original text (offsets in characters of the user's input), adjacent
    units merged into one span."""
    return [Span(start=x, end=y) for x, y in (essay.to_original(a, b) for a, b in merge_ranges(units, essay.text))]


def _self_sourced(point: Point) -> Point:
    """An extractive point kept as is: it is its own source."""
    if point.sources:
        return point
    return point.model_copy(update={"sources": [Span(start=point.start, end=point.end)]})


def _fallback_sentence(summary: Any, window: Window, essay: EssayDoc) -> tuple[str, list[Span]]:
    """Extractive text for a window whose generated summary was rejected, with its own sources: the extractive
    summary sentences that fall inside the window (their spans), else the window's first sentence (its span).
    Offsets are into the original text, as every :class:`Span` of the result; the text is never credited to the
    whole window it came from (try53: a fallback sentence carried its window's span)."""
    a, b = essay.to_original(window.start, window.end)
    inside = [p for p in summary.summary_sentences if a <= p.start and p.end <= b and p.text]
    if inside:
        return "".join(p.text for p in inside), [Span(start=p.start, end=p.end) for p in inside]
    return window.units[0].text, spans(essay, window.units[:1])
