"""``python -m benchmarks.output_hashes``: a fingerprint of the pipeline's output, to show that a speed-up changes none.

Runs :func:`summarizer.summarize` on about 150 inputs — every document of ``benchmarks/data/aspects/docs`` and
``shared/data/aspects_dev/docs``, the raw seed, every seventh record (at most six) of each JSONL set under
``shared/data`` and a selection of the adversarial generators of :mod:`benchmarks.adversarial` — twice each: with
the default options and with ``max_keyphrases=20, theme_threshold=0.5, max_points=50`` (keyphrases and collection
themes with other settings). Each run's JSON (``DocumentSummary.model_dump_json``, or the error's class and message)
is hashed (SHA-256, first 16 hex digits). ``--out FILE`` writes ``{input: {setting: hash}}``; ``--compare FILE``
prints the inputs whose hashes differ from a file written before the change (exit status 1 when any does).

Usage::

    python -m benchmarks.output_hashes --out /tmp/before.json            # at the base commit
    python -m benchmarks.output_hashes --out /tmp/after.json --compare /tmp/before.json

Workers: ``--workers`` processes (default 2; 0 runs in this process).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import sys
from pathlib import Path

from benchmarks.datasets import shared_dir

__all__ = ["ADVERSARIAL", "SETTINGS", "fingerprint", "inputs", "main"]

REPO = Path(__file__).resolve().parents[1]

#: The option sets each input is summarized with (name -> keyword overrides).
SETTINGS = {"default": {}, "kp_coll": {"max_keyphrases": 20, "theme_threshold": 0.5, "max_points": 50}}
#: Adversarial generators run (the ones of at most a few seconds).
ADVERSARIAL = ("breadcrumb_a9", "breadcrumb_scraped", "journal_header_spaced", "running_heads", "join_lines",
               "dense_hao_5k", "yishi_20k", "markers_paren", "markers_lines", "tiny_10k", "headings_10k",
               "essays_5000", "inline_runs_90k", "pian_inline", "html_runs", "markdown_runs", "sep_pipe_words",
               "mixed_ws", "realistic_100k", "brackets_open", "quotes_nested", "latin_line")


def corpus_documents(shared: Path) -> list[tuple[str, tuple[str, str]]]:
    """``(name, (kind, value))`` of every aspect-corpus document, aspects_dev document and the seed: kind ``path``
    (read with :func:`summarizer.readers.read_path`) or ``text`` (the seed, decoded). Folders that are absent are left
    out. The first inputs of :func:`inputs`, and the documents of ``benchmarks.order_check``."""
    from summarizer.decode import decode_bytes

    out: list[tuple[str, tuple[str, str]]] = []
    for folder in (REPO / "benchmarks" / "data" / "aspects" / "docs", shared / "data" / "aspects_dev" / "docs"):
        if folder.is_dir():
            out.extend((f"file:{p.relative_to(folder.parents[1])}", ("path", str(p))) for p in sorted(folder.iterdir()))
    seed = shared / "data" / "seed" / "seed.txt"
    if seed.is_file():
        out.append(("seed", ("text", decode_bytes(seed.read_bytes())[0])))
    return out


def inputs(shared: Path) -> list[tuple[str, tuple[str, str]]]:
    """``(name, (kind, value))`` of every input: kind ``path`` (read with :func:`summarizer.readers.read_path`) or
    ``text``. Inputs whose folder is absent are left out."""
    from benchmarks.adversarial import CASES

    out = corpus_documents(shared)
    for name in sorted(glob.glob(str(shared / "data" / "*" / "*.jsonl"))):
        taken = 0
        with open(name, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if taken >= 6:
                    break
                if i % 7 or not line.strip():
                    continue
                record = json.loads(line)
                text = record.get("text") or record.get("content") or record.get("article") or record.get("src")
                if isinstance(text, str):
                    out.append((f"{Path(name).parent.name}/{Path(name).name}:{i}", ("text", text)))
                    taken += 1
    out.extend((f"adv:{name}", ("text", CASES[name][0]())) for name in ADVERSARIAL)
    return out


def fingerprint(item: tuple[str, tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """``(name, {setting: hash})`` of one input of :func:`inputs` (module docstring)."""
    from summarizer import summarize
    from summarizer.readers import read_path

    name, (kind, value) = item
    hashes = {}
    for setting, overrides in SETTINGS.items():
        try:
            if kind == "path":
                # the result names its source file: hashed under the repository-relative name, so that two
                # checkouts (a worktree and main) compare equal
                result = summarize(read_path(value), **overrides)
                result = result.model_copy(update={"source": name})
            else:
                result = summarize(value, max_chars=200_000, **overrides)
            answer = result.model_dump_json()
        except Exception as exc:  # noqa: BLE001 - an error is an output too
            answer = f"ERR:{type(exc).__name__}{str(exc)[:200]}"
        hashes[setting] = hashlib.sha256(answer.encode("utf-8")).hexdigest()[:16]
    return name, hashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.output_hashes", description=__doc__.split("\n")[0])
    parser.add_argument("--out", help="write the hashes to this JSON file")
    parser.add_argument("--compare", help="a file written before: list the inputs whose hashes differ")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (0: this process)")
    parser.add_argument("--shared-dir", type=Path, default=None, help="shared folder (default: $SUMMARIZER_SHARED_DIR"
                        " or ../shared)")
    args = parser.parse_args(argv)
    items = inputs(args.shared_dir or shared_dir())
    if args.workers > 0:
        from multiprocessing import Pool

        with Pool(args.workers) as pool:
            results = dict(pool.imap(fingerprint, items, chunksize=2))
    else:
        results = dict(map(fingerprint, items))
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(results)} inputs hashed, {len(SETTINGS)} settings each")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        differ = sorted(k for k in results.keys() | before.keys() if results.get(k) != before.get(k))
        print(f"{len(differ)} of {len(results)} inputs differ from {args.compare}" + "".join(f"\n  {k}" for k in differ))
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
