"""Loading evaluation data: JSONL summarization records and the aspect gold file (``dev_gold.json``).

JSONL: one JSON object per line with string fields ``id``, ``text`` and ``summary`` (other fields are kept in
``Record.extra``). Blank lines are skipped; a UTF-8 BOM is accepted. Every malformed line is reported with its
1-based line number in one :class:`DatasetError` (the first ten in the message, all in ``.problems``).
An empty or punctuation-only ``summary`` is *not* a loading error: it is a data error the ROUGE scorer reports
with the record id (eval case B20), so one bad reference never hides the rest of the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.evaluation.aspects import GoldEssay, parse_gold
from summarizer.evaluation.errors import DatasetError

__all__ = ["Record", "load_jsonl", "load_gold"]


@dataclass(frozen=True)
class Record:
    """One summarization pair: ``text`` (the source), ``summary`` (the reference), ``line`` (1-based, in the file)."""

    id: str
    text: str
    summary: str
    line: int = 0
    extra: dict = field(default_factory=dict, compare=False, repr=False)


def load_jsonl(path: str | Path, limit: int | None = None) -> list[Record]:
    """Read records from a JSONL file, in file order; at most ``limit`` records when given.

    Raises :class:`DatasetError` (with line numbers) for undecodable bytes, invalid JSON, a line that is not an
    object, a missing or non-string ``id`` / ``text`` / ``summary`` (an integer id is accepted and turned into a
    string), or a repeated id; a file none of whose lines is or starts as JSON (a document given in the records'
    place) is one :class:`DatasetError` saying what the file should hold and how that document is summarized, not a
    bad line per paragraph; :class:`FileNotFoundError` if the file does not exist; :class:`ValueError` for a
    negative ``limit``.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    path = Path(path)
    records: list[Record] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    json_like = 0  # lines that parse as JSON or start as JSON does: none at all means the file is no JSONL file
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if limit is not None and len(records) >= limit:
                break
            json_like += raw.lstrip().startswith((b"{", b"["))  # (also a record in another encoding than UTF-8)
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                problems.append(f"line {lineno}: not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {lineno}: invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            json_like += 1
            if not isinstance(obj, dict):
                problems.append(f"line {lineno}: expected a JSON object, got {type(obj).__name__}")
                continue
            rid = obj.get("id")
            if isinstance(rid, int) and not isinstance(rid, bool):
                rid = str(rid)
            bad = [k for k in ("text", "summary") if not isinstance(obj.get(k), str)]
            if not isinstance(rid, str) or not rid:
                bad.insert(0, "id")
            if bad:
                problems.append(
                    f"line {lineno}: field(s) {', '.join(bad)} missing or not a (non-empty id) string"
                )
                continue
            if rid in seen:
                problems.append(f"line {lineno}: id {rid!r} already used on line {seen[rid]}")
                continue
            seen[rid] = lineno
            extra = {k: v for k, v in obj.items() if k not in ("id", "text", "summary")}
            records.append(Record(rid, obj["text"], obj["summary"], lineno, extra))
    if problems and not json_like:  # e.g. `summarizer evaluate essay.txt`: one "invalid JSON" per paragraph
        raise DatasetError(
            f"{path}: not a JSONL file (no line is JSON): this reads one {{\"id\", \"text\", \"summary\"}} "
            f"record per line; a document's summary comes from `summarizer summarize {path}`",
            path=str(path), problems=problems)
    if problems:
        raise DatasetError(
            f"{path}: {len(problems)} bad line(s): " + "; ".join(problems[:10])
            + (" ..." if len(problems) > 10 else ""),
            path=str(path),
            problems=problems,
        )
    return records


def load_gold(path: str | Path) -> list[GoldEssay]:
    """Read an aspect gold file (``dev_gold.json``: ``{"essays": [{"id": "篇二", "challenges": [...],
    "recommendations": [...]}]}``) into :class:`GoldEssay` values sorted by essay index.

    Raises :class:`DatasetError` for invalid JSON (with line and column) or invalid content (see
    :func:`~summarizer.evaluation.aspects.parse_gold`), :class:`FileNotFoundError` if the file is missing.
    """
    path = Path(path)
    try:
        obj = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 ({exc.reason})", path=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise DatasetError(
            f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", path=str(path)
        ) from exc
    return sorted(parse_gold(obj, source=str(path)), key=lambda g: g.index)
