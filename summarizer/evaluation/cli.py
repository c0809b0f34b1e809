"""The ``summarizer evaluate`` command function (registered by :mod:`summarizer.cli` with
``app.command("evaluate")(evaluate)``; this module defines no Typer app).

``--task rouge`` (DATA is a JSONL file of ``{"id", "text", "summary"}`` records): summarize each record's text with
``--method`` and score the result against ``summary`` with ROUGE-1/2/L at the requested unit(s), means with 95 %
percentile bootstrap intervals. Length budget, in this order: ``--sentences K`` (K sentences), ``--budget-chars N``
(N characters), else **the mean reference length of the loaded records, in characters without whitespace** (about
19 for LCSTS/CSL titles), so that hypotheses are as long as references on average; the budget used is printed and
stored in the JSON. A record whose summarization fails is reported (stderr, ``failures`` in the JSON) and scored as
an empty hypothesis (0.0, kept in the denominator); a record with an empty reference is a data error (reported,
left out, counted). Methods: ``textrank`` (:func:`summarizer.textrank.extract`, sentences in text order, joined
without separator), ``lead`` (baseline: the first K sentences, or the first N non-whitespace characters of the text),
``seq2seq`` (:func:`summarizer.summarize` with ``method="seq2seq"``, essay summaries joined).

``--task aspects`` (DATA is a ``dev_gold.json``): run :func:`summarizer.summarize` on ``--input`` (default: the
``seed.txt`` next to DATA) and score its challenge/recommendation points (character level, LCS ≥ 0.6; see
:mod:`summarizer.evaluation.aspects`), per aspect and pooled (the way peers without aspects are scored).

Exit codes: 0 everything scored; 1 scored, but some records failed or are data errors (details on stderr and in the
JSON), or the document could not be summarized; 2 wrong usage or unusable data (bad file, unknown method or unit,
nothing left to score, a tokenizer that loses characters).
"""

from __future__ import annotations

import json
import statistics
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

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


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


def evaluate(
    data: Annotated[
        Path,
        typer.Argument(help="--task rouge: a JSONL file of {id, text, summary} records. "
                       "--task aspects: a dev_gold.json file.", show_default=False),
    ],
    method: Annotated[
        EvalMethod, typer.Option(help="Summarizer to evaluate: textrank, lead (baseline) or seq2seq.")
    ] = EvalMethod.textrank,
    task: Annotated[Task, typer.Option(help="rouge (JSONL references) or aspects (dev_gold.json).")] = Task.rouge,
    input: Annotated[
        Path | None,
        typer.Option("--input", help="--task aspects: the document to summarize (default: seed.txt next to DATA).",
                     show_default=False),
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
    unit: Annotated[
        Unit, typer.Option(help="ROUGE unit: char, word (jieba) or both (two separate tables).")
    ] = Unit.both,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Only the first N records.", show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the full report (per-item scores included) as JSON here.",
                     dir_okay=False, show_default=False),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap resampling.")] = 0,
    resamples: Annotated[int, typer.Option(min=1, help="Bootstrap resamples.")] = 1000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", metavar="NAME_OR_DIR", help="--method seq2seq: the checkpoint (a directory, a name "
                     "from `summarizer models list` or a cached hub id; never downloaded).", show_default=False),
    ] = None,
) -> None:
    """Score summaries: ROUGE-1/2/L on a JSONL dataset, or challenge/recommendation points against dev_gold.json.

    Every ROUGE table and JSON block names its tokenization (char or jieba-word); the two are never mixed.
    """
    task = Task(_value(task))
    method = EvalMethod(_value(method))
    unit = Unit(_value(unit))
    if not data.is_file():
        raise _fail(f"{data}: no such file")
    if task is Task.rouge:
        report, code = _run_rouge(data, method, budget_chars, sentences, unit, limit, seed, resamples, quiet, model)
    else:
        report, code = _run_aspects(data, input, method, budget_chars, sentences, model)
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


def _nows_len(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _lead(text: str, sentences: int | None, budget_chars: int) -> str:
    """Lead baseline: the first ``sentences`` sentences, else the first ``budget_chars`` non-whitespace chars."""
    if sentences is not None:
        from summarizer.sentences import split_sentences

        return "".join(s.text for s in split_sentences(text)[:sentences])
    out, n = [], 0
    for ch in text.strip():
        if n >= budget_chars:
            break
        out.append(ch)
        n += not ch.isspace()
    return "".join(out)


def _summarizer_for(method: EvalMethod, sentences: int | None, budget: int | None, model: str | None = None):
    """Return ``text -> hypothesis`` for ``method``; imports lazily. Raises ImportError if it is not installed."""
    if method is EvalMethod.textrank:
        from summarizer.textrank import extract

        def run(text: str) -> str:
            ranked = extract(text, k=sentences, budget_chars=budget)
            return "".join(s.text for s in sorted(ranked, key=lambda s: s.index))

        return run
    if method is EvalMethod.lead:
        return lambda text: _lead(text, sentences, budget or 0)
    from summarizer.pipeline import summarize  # looked up at call time (tests replace the module)
    from summarizer.schema import SummarizeOptions

    fields: dict[str, Any] = {"method": method.value, "model": model}
    if budget is not None:
        fields["summary_chars"] = max(20, budget)  # the option's lower bound; reported in the budget note
    if sentences is not None:
        fields["max_points"] = sentences
    options = SummarizeOptions(**fields)

    def run(text: str) -> str:
        return "".join(e.summary for e in summarize(text, options=options).essays)

    return run


def _run_rouge(
    data: Path, method: EvalMethod, budget_chars: int | None, sentences: int | None, unit: Unit,
    limit: int | None, seed: int, resamples: int, quiet: bool, model: str | None = None,
) -> tuple[dict, int]:
    from tqdm import tqdm

    from summarizer.evaluation.datasets import load_jsonl
    from summarizer.evaluation.errors import EvaluationError

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
        run = _summarizer_for(method, sentences, budget, model)
    except ImportError as exc:
        raise _fail(f"method {method.value!r} is not available: {exc}") from None

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

    from summarizer.evaluation.rouge import RougeEvaluator

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
    gold_path: Path, input_path: Path | None, method: EvalMethod, budget_chars: int | None, sentences: int | None,
    model: str | None = None,
) -> tuple[dict, int]:
    from summarizer.evaluation.aspects import score_aspects, score_pooled
    from summarizer.evaluation.datasets import load_gold
    from summarizer.evaluation.errors import EvaluationError

    try:
        gold = load_gold(gold_path)
    except (EvaluationError, OSError) as exc:
        raise _fail(str(exc)) from None
    input_path = input_path or gold_path.parent / "seed.txt"
    if not input_path.is_file():
        raise _fail(f"{input_path}: no such file (give the document with --input)")
    if method is EvalMethod.lead:
        raise _fail("--method lead has no aspects; use textrank or seq2seq with --task aspects")
    try:
        from summarizer.pipeline import summarize  # looked up at call time (tests replace the module)
        from summarizer.schema import SummarizeOptions
    except ImportError as exc:
        raise _fail(f"the summarization pipeline is not available: {exc}") from None
    fields: dict[str, Any] = {"method": method.value, "model": model}
    if budget_chars is not None:
        fields["summary_chars"] = budget_chars
    if sentences is not None:
        fields["max_points"] = sentences
    try:
        options = SummarizeOptions(**fields)
    except ValueError as exc:
        raise _fail(f"invalid option: {exc}") from None
    try:
        doc = summarize(input_path.read_bytes(), source=str(input_path), options=options)
    except Exception as exc:  # noqa: BLE001 - reported, not a traceback
        typer.echo(f"error: summarizing {input_path} failed: {getattr(exc, 'code', type(exc).__name__)}: {exc}",
                   err=True)
        return {"task": "aspects", "gold": str(gold_path), "input": str(input_path), "method": method.value,
                "error": {"type": getattr(exc, "code", type(exc).__name__), "message": str(exc)}}, 1
    per_aspect = score_aspects(doc, gold)
    pooled = score_pooled(doc, gold)
    typer.echo(per_aspect.table())
    typer.echo("")
    typer.echo(pooled.table())
    report = {
        "task": "aspects",
        "gold": str(gold_path),
        "input": str(input_path),
        "method": method.value,
        "options": options.model_dump(),
        "n_essays": len(doc.essays),
        "per_aspect": per_aspect.to_dict(),
        "pooled": pooled.to_dict(),
    }
    return report, 1 if per_aspect.missing_essays else 0
