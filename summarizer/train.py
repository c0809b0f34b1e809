"""Fine-tuning a seq2seq checkpoint on the user's own (text, reference summary) pairs.

``summarizer train --train pairs.jsonl --valid pairs.jsonl --model BASE --output DIR``. The pairs are JSONL records
``{"id", "text", "summary"}`` (:func:`summarizer.evaluation.datasets.load_jsonl`, the evaluation harness's format).

This is a plain PyTorch loop equivalent to transformers' ``Seq2SeqTrainer`` for this one job (teacher-forced
cross-entropy, AdamW, linear warm-up and decay, gradient clipping and accumulation), without the ``accelerate``
dependency. Inputs are encoded exactly as at inference (:meth:`Seq2SeqSummarizer.preprocess`: task prefix,
special tokens, cut to the model's input limit in tokens), labels are the reference's token ids with the
tokenizer's special tokens, cut to ``max_target_tokens``. After training, the validation loss is computed and,
unless ``rouge=False``, the validation texts are summarized with :meth:`Seq2SeqSummarizer.summarize_text` and
scored with the evaluation harness (character-level ROUGE, :func:`summarizer.evaluation.rouge_corpus`).

``DIR`` then holds a checkpoint loadable with ``--method seq2seq --model DIR``: the weights, config, generation
config, the base's tokenizer files, ``summarizer_model.json`` (the base's registry entry: family, tokenizer
quirks, prefix) and ``train_report.json`` (settings, losses, ROUGE). Deterministic for a given seed on CPU.
"""

from __future__ import annotations

import json
import logging
import math
import random
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from summarizer.errors import SummarizerError
from summarizer.evaluation import rouge_corpus
from summarizer.evaluation.datasets import load_jsonl
from summarizer.evaluation.errors import EvaluationError
from summarizer.seq2seq.model import Seq2SeqSummarizer, require_extra
from summarizer.seq2seq.registry import SPEC_FILE

log = logging.getLogger(__name__)

__all__ = ["TrainConfig", "TrainResult", "fine_tune", "TOKENIZER_FILES"]

#: Files copied from the base checkpoint so that the output directory has the same tokenizer.
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt", "spiece.model",
                   "sentencepiece.bpe.model", "added_tokens.json", "merges.txt", "vocab.json")


@dataclass
class TrainConfig:
    """Training knobs. Units: steps are optimizer updates; token limits are tokens; ``learning_rate`` per step.

    Attributes:
        epochs: passes over the training pairs (ignored when ``max_steps`` is given).
        max_steps: stop after this many optimizer updates.
        batch_size: pairs per forward pass; ``grad_accum`` forward passes make one update.
        learning_rate, weight_decay, warmup_ratio: AdamW (Loshchilov & Hutter 2019) with linear warm-up/decay.
        max_grad_norm: gradient clipping (L2 norm).
        max_target_tokens: labels are cut to this many tokens (the final special token kept).
        seed: shuffling and dropout.
        rouge: summarize the validation texts after training and score them (char ROUGE).
        eval_max_new_tokens: tokens per validation summary when scoring.
    """

    epochs: int = 3
    max_steps: int | None = None
    batch_size: int = 8
    grad_accum: int = 1
    learning_rate: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_grad_norm: float = 1.0
    max_target_tokens: int = 128
    seed: int = 0
    rouge: bool = True
    eval_max_new_tokens: int = 64

    def __post_init__(self) -> None:
        if self.epochs < 1 or (self.max_steps is not None and self.max_steps < 1):
            raise ValueError("epochs and max_steps must be >= 1")
        if self.batch_size < 1 or self.grad_accum < 1 or self.max_target_tokens < 2:
            raise ValueError("batch_size and grad_accum must be >= 1, max_target_tokens >= 2")
        if not self.learning_rate > 0:
            raise ValueError("learning_rate must be > 0")


@dataclass
class TrainResult:
    """What :func:`fine_tune` did: the output directory, steps, losses and the validation scores."""

    output: Path
    steps: int
    train_pairs: int
    valid_pairs: int
    train_loss: list[float] = field(default_factory=list)  # mean loss per logged interval
    valid_loss: float | None = None
    rouge: dict[str, float] | None = None  # char-level mean F1 of rouge1/rouge2/rougeL
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["output"] = str(self.output)
        return d


Pair = tuple[str, str]




def _load_pairs(source: str | Path | Sequence[Pair] | Sequence[Any]) -> list[Pair]:
    """(text, summary) pairs from a JSONL path or a sequence of pairs / :class:`Record` objects."""
    if isinstance(source, (str, Path)):
        return [(r.text, r.summary) for r in load_jsonl(source)]
    pairs: list[Pair] = []
    for item in source:
        if isinstance(item, tuple):
            pairs.append((str(item[0]), str(item[1])))
        else:
            pairs.append((item.text, item.summary))
    return pairs


def fine_tune(train: str | Path | Sequence[Any], valid: str | Path | Sequence[Any] | None, base: Any,
              output: str | Path, config: TrainConfig | None = None, *, device: str = "auto",
              progress: Callable[[int, int, float], None] | None = None) -> TrainResult:
    """Fine-tune ``base`` on ``train`` pairs, evaluate on ``valid`` pairs, save to ``output``.

    Args:
        train / valid: JSONL files of ``{"id", "text", "summary"}`` records, or sequences of ``(text, summary)``
            pairs; ``valid`` may be None (no evaluation).
        base: a checkpoint directory, registry name or cached hub id (never downloaded), or a loaded
            :class:`~summarizer.seq2seq.model.Seq2SeqSummarizer` (its weights are then trained in place).
        output: directory to write (created; files in it are overwritten).
        config: :class:`TrainConfig`.
        device: ``auto``, ``cpu`` or ``cuda[:N]``.
        progress: called as ``progress(step, total_steps, loss)`` after every update.

    Returns:
        :class:`TrainResult` (also written to ``output/train_report.json``).

    Raises:
        ModelNotAvailableError: the seq2seq extra is missing or ``base`` is not on this machine.
        DatasetError: a malformed JSONL file (line numbers in the message).
        ValueError: no training pairs, or an invalid config.
    """
    require_extra()
    import torch
    from transformers import get_linear_schedule_with_warmup

    cfg = config or TrainConfig()
    t0 = time.perf_counter()
    train_pairs = _load_pairs(train)
    valid_pairs = _load_pairs(valid) if valid is not None else []
    if not train_pairs:
        raise ValueError("no training pairs")
    summ = base if isinstance(base, Seq2SeqSummarizer) else Seq2SeqSummarizer.from_pretrained(
        base, device=device, dtype="float32")
    model = summ.model
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)

    def encode(pairs: list[Pair]) -> list[tuple[list[int], list[int]]]:
        sources = [ids for ids, _ in summ.preprocess([t for t, _ in pairs])]
        targets = summ.codec.encode([s for _, s in pairs], special=True)
        cut = [t if len(t) <= cfg.max_target_tokens else t[:cfg.max_target_tokens - 1] + t[-1:] for t in targets]
        return list(zip(sources, cut))

    train_data = encode(train_pairs)
    valid_data = encode(valid_pairs)
    per_epoch = math.ceil(len(train_data) / (cfg.batch_size * cfg.grad_accum))
    total = cfg.max_steps or per_epoch * cfg.epochs
    no_decay = ("bias", "layer_norm", "layernorm", "LayerNorm")
    groups = [
        {"params": [p for n, p in model.named_parameters() if p.requires_grad and not any(k in n for k in no_decay)],
         "weight_decay": cfg.weight_decay},
        {"params": [p for n, p in model.named_parameters() if p.requires_grad and any(k in n for k in no_decay)],
         "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=cfg.learning_rate)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(cfg.warmup_ratio * total), total)
    rng = random.Random(cfg.seed)
    result = TrainResult(output=Path(output), steps=0, train_pairs=len(train_data), valid_pairs=len(valid_data))

    model.train()
    step, window_losses = 0, []
    with summ._lock:
        while step < total:
            order = list(range(len(train_data)))
            rng.shuffle(order)
            batches = [order[i:i + cfg.batch_size] for i in range(0, len(order), cfg.batch_size)]
            for b0 in range(0, len(batches), cfg.grad_accum):
                if step >= total:
                    break
                optimizer.zero_grad(set_to_none=True)
                group = batches[b0:b0 + cfg.grad_accum]
                loss_sum = 0.0
                for batch in group:
                    loss = _loss(model, summ, [train_data[i] for i in batch], torch) / len(group)
                    loss.backward()
                    loss_sum += float(loss.detach())
                torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.max_grad_norm)
                optimizer.step()
                scheduler.step()
                step += 1
                window_losses.append(loss_sum)
                if progress is not None:
                    progress(step, total, loss_sum)
                if step % 10 == 0 or step == total:
                    result.train_loss.append(round(sum(window_losses) / len(window_losses), 6))
                    window_losses = []
        model.eval()
        if valid_data:
            with torch.inference_mode():
                losses = [float(_loss(model, summ, valid_data[i:i + cfg.batch_size], torch)) * len(
                    valid_data[i:i + cfg.batch_size]) for i in range(0, len(valid_data), cfg.batch_size)]
            result.valid_loss = round(sum(losses) / len(valid_data), 6)
    result.steps = step
    if valid_pairs and cfg.rouge:
        result.rouge = _score(summ, valid_pairs, cfg.eval_max_new_tokens)
    result.seconds = round(time.perf_counter() - t0, 3)
    _save(summ, Path(output), result, cfg, base)
    return result


def _loss(model: Any, summ: Any, batch: list[tuple[list[int], list[int]]], torch: Any) -> Any:
    """Mean token cross-entropy of one batch (labels padded with -100, ignored)."""
    pad = summ.codec.pad_token_id
    width = max(len(s) for s, _ in batch)
    twidth = max(len(t) for _, t in batch)
    ids = torch.full((len(batch), width), pad, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), twidth), -100, dtype=torch.long)
    for i, (s, t) in enumerate(batch):
        ids[i, :len(s)] = torch.tensor(s)
        mask[i, :len(s)] = 1
        labels[i, :len(t)] = torch.tensor(t)
    dev = model.device
    return model(input_ids=ids.to(dev), attention_mask=mask.to(dev), labels=labels.to(dev)).loss


def _score(summ: Any, pairs: list[Pair], max_new_tokens: int) -> dict[str, float] | None:
    """Char-level ROUGE F1 of the summaries of the validation texts (the evaluation harness's scorer)."""
    hyps = [summ.summarize_text(t, max_new_tokens=max_new_tokens).text for t, _ in pairs]
    try:
        corpus = rouge_corpus(hyps, [s for _, s in pairs], unit="char", n_resamples=200)
    except Exception as exc:  # noqa: BLE001 - scoring is a report, never a reason to lose the trained model
        log.warning("validation ROUGE not computed: %s", exc)
        return None
    return {t: round(float(score.f1), 6) for t, score in corpus.mean.items()}


def _save(summ: Any, out: Path, result: TrainResult, cfg: TrainConfig, base: Any) -> None:
    from transformers.utils import logging as hf_logging

    out.mkdir(parents=True, exist_ok=True)
    progress = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        summ.model.save_pretrained(out)
    finally:
        if progress:
            hf_logging.enable_progress_bar()
    src = Path(summ.path) if summ.path is not None else None
    if src is not None and src.resolve() != out.resolve():
        for name in TOKENIZER_FILES:
            if (src / name).is_file():
                shutil.copyfile(src / name, out / name)
    spec = summ.spec
    base_name = summ.name
    entry = {
        "name": out.name, "hub_id": None, "family": summ.family, "task": "summarization",
        "tokenizer": spec.tokenizer if spec else None, "tokenizer_notes": spec.tokenizer_notes if spec else "",
        "prefix": summ.prefix, "max_input_tokens": summ.max_input_tokens, "fp16": spec.fp16 if spec else True,
        "license": spec.license if spec else None, "notes": f"fine-tuned from {base_name} by summarizer train",
        "scores": [],
    }
    (out / SPEC_FILE).write_text(json.dumps(entry, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    report = {"base": base_name, "config": asdict(cfg), **result.to_dict()}
    (out / "train_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")


# ---------------------------------------------------------------------------------------------- command


def train_command(
    train: Annotated[Path, typer.Option("--train", help="JSONL file of {id, text, summary} training pairs.",
                                        show_default=False)],
    model: Annotated[str, typer.Option("--model", help="Base checkpoint: a directory, a name from "
                                       "`summarizer models list` or a hub id in the local cache (never downloaded).",
                                       show_default=False)],
    output: Annotated[Path, typer.Option("--output", help="Directory to write the fine-tuned checkpoint to.",
                                         show_default=False)],
    valid: Annotated[Path | None, typer.Option("--valid", help="JSONL file of validation pairs (loss and char "
                                               "ROUGE after training).", show_default=False)] = None,
    epochs: Annotated[int, typer.Option(help="Passes over the training pairs.")] = 3,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many updates (overrides --epochs).",
                                                  show_default=False)] = None,
    batch_size: Annotated[int, typer.Option(help="Pairs per forward pass.")] = 8,
    grad_accum: Annotated[int, typer.Option(help="Forward passes per update.")] = 1,
    learning_rate: Annotated[float, typer.Option(help="AdamW learning rate (linear warm-up and decay).")] = 5e-5,
    max_target_tokens: Annotated[int, typer.Option(help="Reference summaries are cut to this many tokens.")] = 128,
    seed: Annotated[int, typer.Option(help="Shuffling and initialisation seed.")] = 0,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda[:N].")] = "auto",
    rouge: Annotated[bool, typer.Option(help="Score the validation summaries with char ROUGE.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress lines.")] = False,
) -> None:
    """Fine-tune a seq2seq checkpoint on your own reference summaries (see summarizer.train)."""

    try:
        cfg = TrainConfig(epochs=epochs, max_steps=max_steps, batch_size=batch_size, grad_accum=grad_accum,
                          learning_rate=learning_rate, max_target_tokens=max_target_tokens, seed=seed, rouge=rouge)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    for name, path in (("--train", train), ("--valid", valid)):
        if path is not None and not path.is_file():
            raise typer.BadParameter(f"{path}: no such file", param_hint=f"'{name}'")

    def progress(step: int, total: int, loss: float) -> None:
        if not quiet and (step == total or step % 10 == 0):
            typer.echo(f"step {step}/{total}  loss {loss:.4f}", err=True)

    try:
        result = fine_tune(train, valid, model, output, cfg, device=device, progress=progress)
    except (SummarizerError, EvaluationError, ValueError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
