"""The ``summarizer evaluate`` command function (registered by :mod:`summarizer.commands` with
``app.command("evaluate")(evaluate)``; this module defines no Typer app).

``--task rouge`` (DATA is a JSONL file of ``{"id", "text", "summary"}`` records): summarize each record's text with
``--method`` and score the result against ``summary`` with ROUGE-1/2/L at the requested unit(s), means with 95 %
percentile bootstrap intervals. Length budget, in this order: ``--sentences K`` (K sentences), ``--budget-chars N``
(N characters), else **the mean reference length of the loaded records, in characters without whitespace** (about
19 for LCSTS/CSL titles), so that hypotheses are as long as references on average; every method's hypothesis is cut
to the budget (:func:`budget_cut`: TextRank's first sentence and seq2seq's 20-character floor would pass it); the
budget used is printed and stored in the JSON. A record whose summarization fails is reported (stderr, ``failures`` in the JSON) and scored as
an empty hypothesis (0.0, kept in the denominator); a record with an empty reference is a data error (reported,
left out, counted). Methods: ``textrank`` (:func:`summarizer.textrank.extract`, sentences in text order, joined
without separator), ``lead`` (baseline: the first K sentences, or the first N non-whitespace characters of the text),
``seq2seq`` (:func:`summarizer.summarize` with ``method="seq2seq"``, essay summaries joined).

``--task aspects`` (DATA: one or more corpus directories — ``gold.json`` + ``docs/`` —, corpus gold files, or
seed-style ``dev_gold.json`` files whose document is ``--input`` or the ``seed.txt`` next to them; ``--gold FILE
--docs DIR`` adds a corpus whose documents lie elsewhere): read every document with :mod:`summarizer.readers`,
summarize it with :func:`summarizer.summarize` (``--sentences`` = ``max_points``, ``--max-point-chars``,
``--budget-chars`` = ``summary_chars``, ``--method``, ``--model``) and score its challenge/recommendation points
(character level, LCS ≥ ``--threshold`` 0.6; a file whose predicted essay count differs from the gold count is
pooled). The table goes to stdout (overall, per aspect, corpus, document, shape, source, script,
leave-one-source-out), ``--diff`` adds the misses per document, ``--json`` writes everything. See
:mod:`summarizer.evaluation.corpus`.

Exit codes: 0 everything scored; 1 scored, but some records failed or are data errors (details on stderr and in the
JSON), or some documents could not be read or summarized (error rows); 2 wrong usage or unusable data (bad file, unknown method or unit,
nothing left to score, a tokenizer that loses characters).
"""

from __future__ import annotations

import functools
import json
import os
import statistics
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from tqdm import tqdm

from summarizer.errors import ModelNotAvailableError
from summarizer.evaluation import aspect_training
from summarizer.evaluation.corpus import evaluate_corpora, load_corpus
from summarizer.evaluation.datasets import load_jsonl
from summarizer.evaluation.errors import EvaluationError
from summarizer.evaluation.rouge import RougeEvaluator
from summarizer.pipeline import check_method, summarize
from summarizer.schema import SummarizeOptions
from summarizer.sentences import split_sentences
from summarizer.textrank import extract
from summarizer.tokenize import Backend, Tokenizer, get_tokenizer

__all__ = ["evaluate", "Task", "Unit", "EvalMethod"]


class Task(str, Enum):
    """What to evaluate."""

    rouge = "rouge"
    aspects = "aspects"


class Unit(str, Enum):
    """ROUGE token unit(s)."""

    char = "char"
    word = "word"
    both = "both"


class EvalMethod(str, Enum):
    """Summarizer under evaluation."""

    textrank = "textrank"
    lead = "lead"
    seq2seq = "seq2seq"


def _value(x: Any) -> Any:
    return x.value if isinstance(x, Enum) else x


def _unavailable(method: EvalMethod, exc: Exception) -> str:
    """``method 'seq2seq' is not available: …`` with the library's reason, whose own ``method 'seq2seq'`` opening
    is not said twice (it read "method 'seq2seq' is not available: method 'seq2seq' needs a model checkpoint")."""
    reason = str(exc)
    opening = f"method {method.value!r} "
    return f"{opening}is not available: {reason[len(opening):] if reason.startswith(opening) else reason}"


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


def evaluate(
    data: Annotated[
        list[Path] | None,
        typer.Argument(help="--task rouge: a JSONL file of {id, text, summary} records. "
                       "--task aspects: corpus directories (gold.json + docs/), corpus gold files or seed-style "
                       "dev_gold.json files.", show_default=False),
    ] = None,
    method: Annotated[
        EvalMethod, typer.Option(help="Summarizer to evaluate: textrank, lead (baseline) or seq2seq.")
    ] = EvalMethod.textrank,
    task: Annotated[Task, typer.Option(help="rouge (JSONL references) or aspects (gold points).")] = Task.rouge,
    input: Annotated[
        Path | None,
        typer.Option("--input", help="--task aspects, seed-style gold: the document to summarize (default: seed.txt "
                     "next to DATA).", show_default=False),
    ] = None,
    gold: Annotated[
        Path | None,
        typer.Option("--gold", help="--task aspects: a corpus gold file whose documents are in --docs (another "
                     "corpus besides DATA).", dir_okay=False, show_default=False),
    ] = None,
    docs: Annotated[
        Path | None,
        typer.Option("--docs", help="--task aspects: the documents of --gold (default: docs/ next to it).",
                     file_okay=False, show_default=False),
    ] = None,
    budget_chars: Annotated[
        int | None,
        typer.Option(min=1, help="Characters per summary (--task rouge) or per essay summary (--task aspects). "
                     "(default for rouge: mean reference length of the data, in characters)", show_default=False),
    ] = None,
    sentences: Annotated[
        int | None,
        typer.Option(min=1, help="Sentences per summary (--task rouge) or most points per aspect (--task aspects).",
                     show_default=False),
    ] = None,
    max_point_chars: Annotated[
        int | None,
        typer.Option(help="--task aspects: most characters of one point (the summarizer's max_point_chars).",
                     show_default=False),
    ] = None,
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="--task aspects: LCS ratio at which two points match.")
    ] = 0.6,
    diff: Annotated[
        bool, typer.Option("--diff", help="--task aspects: print per document the gold points not recalled (-) and "
                           "the predicted points not precise (+).")
    ] = False,
    unit: Annotated[
        Unit, typer.Option(help="ROUGE unit: char, word (jieba) or both (two separate tables).")
    ] = Unit.both,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Only the first N records.", show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--json", "--output", "-o", help="Write the full report (per-item scores included) as JSON "
                     "here.", dir_okay=False, show_default=False),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap resampling.")] = 0,
    resamples: Annotated[int, typer.Option(min=1, help="Bootstrap resamples.")] = 1000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", metavar="NAME_OR_DIR", help="--method seq2seq: the checkpoint (a directory, a name "
                     "from `summarizer models list` or a cached hub id; never downloaded).", show_default=False),
    ] = None,
    tokenizer: Annotated[
        Backend | None,
        typer.Option("--tokenizer", help="Word segmentation of TextRank: rjieba (jieba-rs, the same words as jieba; "
                     "installed with summarizer) or jieba. \\[default: as summarize: $SUMMARIZER_TOKENIZER, else rjieba when installed, else jieba]", show_default=False),
    ] = None,
    aspect_model: Annotated[
        bool, typer.Option("--aspect-model/--no-aspect-model", help="--task aspects: the learned sentence-aspect "
                           "model's points and veto (the shipped model, trained on these corpora: in-sample figures); "
                           "default as summarize (SummarizeOptions.aspect_model).")
    ] = SummarizeOptions.model_fields["aspect_model"].default,
    sentence_selector: Annotated[
        bool, typer.Option("--sentence-selector/--no-sentence-selector", help="--task aspects: the sentence "
                           "selector over every sentence (with the learned aspect model; trained on these corpora: "
                           "in-sample figures); default as summarize (SummarizeOptions.sentence_selector).")
    ] = SummarizeOptions.model_fields["sentence_selector"].default,
    loso_fit: Annotated[
        bool, typer.Option("--loso-fit", help="--task aspects: leave-one-source-out for the learned sentence-aspect "
                           "model: per source, refit it on the other sources and re-summarize the held-out source "
                           "with it; the sentence selector, which reads the shipped model, is off in the whole run "
                           "(needs scikit-learn: pip install 'summarizer\\[train]').")
    ] = False,
) -> None:
    """Score summaries: ROUGE-1/2/L on a JSONL dataset, or challenge/recommendation points against gold points.

    Every ROUGE table and JSON block names its tokenization (char or jieba-word); the two are never mixed.
    """
    task = Task(_value(task))
    method = EvalMethod(_value(method))
    if model is not None and method is not EvalMethod.seq2seq:
        raise _fail(f"--model is used by --method seq2seq only; this run evaluates {method.value} (add --method "
                    "seq2seq, or leave --model out)")
    unit = Unit(_value(unit))
    data = list(data or [])
    # only a backend chosen here is passed on; otherwise the library default (get_tokenizer()) applies
    segmenter = get_tokenizer(Backend(_value(tokenizer)).value) if tokenizer is not None else None
    if output is not None and output.exists():
        # the report is written at the end: over a gold file or a dataset it would replace the data scored
        read = [p / "gold.json" if p.is_dir() else p for p in data] + [p for p in (gold, input) if p is not None]
        hit = next((p for p in read if p.is_file() and output.is_file() and os.path.samefile(p, output)), None)
        if hit is not None:
            raise _fail(f"--json {output} is also what is scored ({hit}): the report would replace it; choose "
                        "another report file")
    if task is Task.rouge:
        if gold is not None or docs is not None:
            raise _fail("--gold/--docs are for --task aspects (a corpus gold file and its documents); --task rouge "
                        "(the default) reads one JSONL file of {id, text, summary} records")
        given = [flag for flag, value, default in (
            ("--input", input, None), ("--max-point-chars", max_point_chars, None), ("--threshold", threshold, 0.6),
            ("--diff", diff, False), ("--no-aspect-model" if not aspect_model else "--aspect-model", aspect_model,
                                      SummarizeOptions.model_fields["aspect_model"].default),
            ("--no-sentence-selector" if not sentence_selector else "--sentence-selector", sentence_selector,
             SummarizeOptions.model_fields["sentence_selector"].default),
            ("--loso-fit", loso_fit, False)) if value != default]
        if given:  # they did nothing on a ROUGE run, silently
            raise _fail(f"{', '.join(given)} appl{'ies' if len(given) == 1 else 'y'} to --task aspects only; this "
                        "run is --task rouge (the default), which scores {id, text, summary} records")
        if len(data) != 1:
            raise _fail(f"--task rouge (the default) reads one DATA file, a JSONL of {{id, text, summary}} records; "
                        f"{'none was given' if not data else f'{len(data)} were given'} (to score challenge and "
                        "recommendation points against gold, use --task aspects DATA...)")
        if data[0].is_dir():
            raise _fail(f"{data[0]} is a directory: --task rouge reads one JSONL file of {{id, text, summary}} "
                        "records; a corpus directory (gold.json and docs/) is scored with --task aspects")
        if not data[0].is_file():
            raise _fail(f"{data[0]}: no such file")
        if _is_aspect_gold(data[0]):
            raise _fail(f"{data[0]} is a gold file of aspect points (it lists essays), not ROUGE records: "
                        "score it with --task aspects")
        report, code = _run_rouge(data[0], method, budget_chars, sentences, unit, limit, seed, resamples, quiet,
                                  model, segmenter)
    else:
        given = [flag for flag, value, default in (("--unit", unit, Unit.both), ("--limit", limit, None),
                                                   ("--seed", seed, 0), ("--resamples", resamples, 1000))
                 if value != default]
        if given:  # they did nothing on an aspects run, silently (--limit 5 for a quick look still ran everything)
            raise _fail(f"{', '.join(given)} appl{'ies' if len(given) == 1 else 'y'} to --task rouge only; --task "
                        "aspects scores every document of its DATA")
        report, code = _run_aspects(data, input, gold, docs, method, budget_chars, sentences, max_point_chars,
                                    threshold, diff, quiet, model, segmenter, aspect_model, loso_fit,
                                    sentence_selector)
    if output is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror or exc}") from None
        typer.echo(f"report written to {output}", err=True)
    if code:
        raise typer.Exit(code=code)


# ------------------------------------------------------------------------------------------ rouge


def _is_aspect_gold(path: Path) -> bool:
    """Whether a ``.json`` DATA file is a gold file of ``--task aspects`` (a JSON object with ``essays``, or a
    seed-style list of essays with challenges), which ``--task rouge`` would report line by line as bad records."""
    if path.suffix.lower() != ".json":
        return False
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if isinstance(data, dict):
        return "essays" in data or any(isinstance(v, dict) and "challenges" in v for v in data.values())
    return isinstance(data, list) and any(isinstance(v, dict) and "challenges" in v for v in data)


def _nows_len(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _lead(text: str, sentences: int | None, budget_chars: int) -> str:
    """Lead baseline: the first ``sentences`` sentences, else the first ``budget_chars`` non-whitespace chars."""
    if sentences is not None:
        return "".join(s.text for s in split_sentences(text)[:sentences])
    return budget_cut(text.strip(), budget_chars)


def budget_cut(text: str, budget_chars: int) -> str:
    """The start of ``text`` holding at most ``budget_chars`` characters other than whitespace (the unit the
    default budget is measured in: the mean reference length without whitespace); ``text`` itself when it fits.
    Every method's hypothesis is cut so (:func:`_summarizer_for`): TextRank always returns its first whole sentence
    and the seq2seq summary has a floor of 20 characters, so without the cut a 23-character budget scored
    hypotheses of about 88 characters against 23-character references. Linear in ``text``."""
    out, n = [], 0
    for ch in text:
        if n >= budget_chars:
            break
        out.append(ch)
        n += not ch.isspace()
    return "".join(out)


def _summarizer_for(method: EvalMethod, sentences: int | None, budget: int | None, model: str | None = None,
                    tokenizer: Tokenizer | None = None):
    """Return ``text -> hypothesis`` for ``method`` (``tokenizer``: TextRank's segmenter, ``None``: the default)."""
    if method is EvalMethod.textrank:

        def run(text: str) -> str:
            ranked = extract(text, k=sentences, budget_chars=budget, tokenizer=tokenizer)
            hypothesis = "".join(s.text for s in sorted(ranked, key=lambda s: s.index))
            return hypothesis if budget is None else budget_cut(hypothesis, budget)

        return run
    if method is EvalMethod.lead:
        return lambda text: _lead(text, sentences, budget or 0)
    fields: dict[str, Any] = {"method": method.value, "model": model}
    if budget is not None:
        fields["summary_chars"] = max(20, budget)  # the option's lower bound; reported in the budget note
    if sentences is not None:
        fields["max_points"] = sentences
    options = SummarizeOptions(**fields)
    check_method(options)  # a model that cannot run here fails once, now, not on every record

    def run(text: str) -> str:
        hypothesis = "".join(e.summary for e in summarize(text, options=options, tokenizer=tokenizer).essays)
        return hypothesis if budget is None else budget_cut(hypothesis, budget)

    return run


def _run_rouge(
    data: Path, method: EvalMethod, budget_chars: int | None, sentences: int | None, unit: Unit,
    limit: int | None, seed: int, resamples: int, quiet: bool, model: str | None = None,
    tokenizer: Tokenizer | None = None,
) -> tuple[dict, int]:
    try:
        records = load_jsonl(data, limit=limit)
    except (EvaluationError, OSError) as exc:
        raise _fail(str(exc)) from None
    if not records:
        raise _fail(f"{data}: no records")

    ref_lens = [_nows_len(r.summary) for r in records]
    if sentences is not None:
        budget: int | None = budget_chars
        budget_note = f"{sentences} sentence(s) per summary" + (
            f", at most {budget_chars} chars" if budget_chars else "")
    elif budget_chars is not None:
        budget, budget_note = budget_chars, f"{budget_chars} chars per summary (--budget-chars)"
    else:
        mean_ref = statistics.fmean(ref_lens)
        budget = max(1, round(mean_ref))
        budget_note = (f"{budget} chars per summary (default: mean reference length of the {len(records)} "
                       f"records, {mean_ref:.1f} chars without whitespace)")
    if method is EvalMethod.seq2seq and budget is not None and budget < 20:
        budget_note += "; seq2seq summary_chars raised to its minimum, 20"

    try:
        run = _summarizer_for(method, sentences, budget, model, tokenizer)
    except (ImportError, ModelNotAvailableError) as exc:
        raise _fail(_unavailable(method, exc)) from None

    typer.echo(f"evaluating {method.value} on {len(records)} records of {data}; budget: {budget_note}", err=True)
    hypotheses: list[str] = []
    failures: list[dict] = []
    # disable=None: tqdm turns itself off when stderr is not a terminal (logs, CI)
    progress = tqdm(records, unit="rec", file=sys.stderr, disable=True if quiet or len(records) < 50 else None,
                    leave=False, dynamic_ncols=True)
    for rec in progress:
        try:
            hyp = run(rec.text)
            if not isinstance(hyp, str):
                raise TypeError(f"summarizer returned {type(hyp).__name__}, not str")
        except Exception as exc:  # noqa: BLE001 - one bad record is reported, never aborts the run
            code = getattr(exc, "code", None) or type(exc).__name__
            failures.append({"id": rec.id, "line": rec.line, "error": code, "message": str(exc)[:300]})
            progress.write(f"error: record {rec.id!r} (line {rec.line}): {code}: {str(exc)[:200]}", file=sys.stderr)
            hyp = ""
        hypotheses.append(hyp)


    units = ["char", "word"] if unit is Unit.both else [unit.value]
    results: dict[str, dict] = {}
    data_errors = 0
    for u in units:
        evaluator = RougeEvaluator(u)
        try:
            corpus = evaluator.score_corpus(
                hypotheses, [r.summary for r in records], [r.id for r in records],
                n_resamples=resamples, seed=seed,
            )
        except EvaluationError as exc:  # nothing scorable, or a tokenizer that loses characters
            raise _fail(str(exc)) from None
        results[corpus.tokenization] = corpus.to_dict()
        data_errors = max(data_errors, corpus.n_errors)
        typer.echo(corpus.table())
        typer.echo("")
        if corpus.errors:
            ids = ", ".join(e["id"] for e in corpus.errors[:20])
            typer.echo(
                f"WARNING [{corpus.tokenization}]: {corpus.n_errors} record(s) have an empty reference (data error), "
                f"left out of the averages: {ids}{' ...' if corpus.n_errors > 20 else ''}", err=True)
    if failures:
        typer.echo(f"WARNING: the summarizer failed on {len(failures)} record(s); scored as empty hypotheses "
                   "(0.0, kept in the averages)", err=True)
    report = {
        "task": "rouge",
        "data": str(data),
        "method": method.value,
        "n_records": len(records),
        "budget": {"chars": budget, "sentences": sentences, "note": budget_note},
        "units": [results[k]["tokenization"] for k in results],
        "failures": failures,
        "results": results,
        "hypotheses": [{"id": r.id, "hypothesis": h} for r, h in zip(records, hypotheses, strict=True)],
    }
    return report, 1 if (failures or data_errors) else 0


# ------------------------------------------------------------------------------------------ aspects


def _run_aspects(
    data: list[Path], input_path: Path | None, gold: Path | None, docs: Path | None, method: EvalMethod,
    budget_chars: int | None, sentences: int | None, max_point_chars: int | None, threshold: float, diff: bool,
    quiet: bool, model: str | None = None, tokenizer: Tokenizer | None = None,
    aspect_model: bool = SummarizeOptions.model_fields["aspect_model"].default, loso_fit: bool = False,
    sentence_selector: bool = SummarizeOptions.model_fields["sentence_selector"].default,
) -> tuple[dict, int]:
    if docs is not None and gold is None:
        files = [d for d in data if not d.is_dir()]
        raise _fail("--docs goes with --gold FILE (a corpus directory DATA has its docs/ inside)" + (
            f": write --gold {files[0]} --docs {docs}" if len(files) == 1 and len(data) == 1 else ""))
    if not data and gold is None:
        raise _fail("--task aspects needs DATA (a corpus directory or gold file) or --gold FILE --docs DIR")
    if input_path is not None and (len(data) != 1 or gold is not None):
        raise _fail("--input goes with exactly one seed-style DATA file")
    if method is EvalMethod.lead:
        raise _fail("--method lead has no aspects; use textrank or seq2seq with --task aspects")
    if threshold <= 0:
        raise _fail("--threshold must be in (0, 1]")
    fields: dict[str, Any] = {"method": method.value, "model": model}
    if budget_chars is not None:
        fields["summary_chars"] = budget_chars
    if sentences is not None:
        fields["max_points"] = sentences
    if max_point_chars is not None:
        fields["max_point_chars"] = max_point_chars
    if aspect_model != SummarizeOptions.model_fields["aspect_model"].default:
        fields["aspect_model"] = aspect_model
    if loso_fit:
        # (sel45: the refit linear model is set with aspect_model.using, and the points stage gives the sentence
        # selector way to a model so set (pipeline._points_model): the held-out runs ran without the selector while
        # the table said "sentence selector on". The first run is made without it too, so the table names what ran
        # and each source's row of "Per source" is the like-for-like figure of its held-out row)
        if sentence_selector:
            typer.echo("note: --loso-fit refits the learned linear model, which the sentence selector reads; the "
                       "run is made without the selector (as with --no-sentence-selector)", err=True)
        sentence_selector = False
    if sentence_selector != SummarizeOptions.model_fields["sentence_selector"].default:
        fields["sentence_selector"] = sentence_selector
    fit = None
    if loso_fit:
        if method is not EvalMethod.textrank:
            raise _fail("--loso-fit refits the learned aspect model of --method textrank")
        try:
            import sklearn  # noqa: F401
        except ImportError:
            raise _fail("--loso-fit needs scikit-learn: pip install 'summarizer[train]'") from None
        fit = aspect_training.loso_fit()
    try:
        options = SummarizeOptions(**fields)
    except ValueError as exc:
        raise _fail(f"invalid option: {exc}") from None
    try:
        check_method(options)  # once, now: not an error row (and a table of zeros) for every document
    except ModelNotAvailableError as exc:
        raise _fail(_unavailable(method, exc)) from None
    try:
        corpora = [load_corpus(p, input=input_path) for p in data]
        if gold is not None:
            corpora.append(load_corpus(gold, docs=docs))
    except (EvaluationError, OSError) as exc:
        raise _fail(str(exc)) from None

    def progress(key: str) -> None:
        typer.echo(f"  {key}", err=True)

    run = summarize if tokenizer is None else functools.partial(summarize, tokenizer=tokenizer)
    try:
        report = evaluate_corpora(corpora, options=options, summarize=run, threshold=threshold,
                                  # (each document's name on stderr only at a terminal, as tqdm's bars: a log or a
                                  # `2>&1` capture gets the figures alone, p27struct)
                                  progress=None if quiet or not sys.stderr.isatty() else progress, fit=fit)
    except (EvaluationError, ModelNotAvailableError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(report.table())
    if diff:
        typer.echo("")
        typer.echo(report.diff())
    errors = report.overall.errors
    if errors:
        keys = ", ".join(f"{r.key} ({r.error['stage']}: {r.error['type']})" for r in report.documents if r.error)
        typer.echo(f"WARNING: {errors} document(s) could not be read or summarized (error rows, recall 0): {keys}",
                   err=True)
    return report.to_dict(), 1 if errors else 0
