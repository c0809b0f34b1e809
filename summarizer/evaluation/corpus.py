"""Aspect evaluation on corpora of documents (``summarizer evaluate --task aspects DATA [DATA ...]``).

**Corpus layout.** A directory holding ``gold.json`` and ``docs/`` (the documents: ``.txt`` ``.md`` ``.html``
``.csv`` ``.docx`` ``.pdf`` …). ``gold.json`` is ``{"source"?: str, "essays": [entry, ...]}`` (or the bare list); an
entry is ``{"id"?: str, "file": str, "essay_count"?: int, "source"?: str, "shape"?: str, "script"?: str,
"challenges": [str], "recommendations": [str]}``. The entries of one file are its essays **in document order**
(the first is essay 0); ``file`` is a path relative to ``docs/``; ``essay_count``, when given, sits on the file's
first entry and must equal the number of its entries. ``source``, ``shape`` and ``script`` describe the document:
they are read from the file's first entry (a later entry may repeat them; a different value is an error). A
missing ``source`` is the gold's top-level ``source``, else the corpus directory's name; a missing ``shape`` or
``script`` is inferred from the text read (:func:`infer_shape`, :func:`infer_script`).

A **seed-style** gold file (``dev_gold.json``: entries ``{"id": "篇二", ...}`` naming essays by number, no ``file``)
is a corpus of one document, ``--input`` or the ``seed.txt`` next to it; its gold covers only some essays, which are
matched by index (``篇二`` ↔ the predicted essay with ``index == 1``) and the essay count is not checked.

**Running.** Every document is read with :func:`summarizer.readers.read_path` (format found from the bytes and the
suffix, as the CLI does) and the :class:`~summarizer.readers.Document` read is summarized with
``summarize(document, source=path, options=options)``, by default :func:`summarizer.summarize` — the calls
``summarizer summarize FILE`` makes (:func:`summarizer.pipeline.summarize_file`), so the points are the command's.
A document that cannot be read or summarized is an *error row*: its gold points count as references, none recalled,
no points predicted; the run goes on.

**Scoring** (:func:`summarizer.evaluation.aspects.match_points`, the scorer of ``score_aspects``): on content
characters, a gold point is *recalled* when a predicted point of its aspect has ``LCS >= 0.6 × len(gold)``, a
predicted point is *precise* when ``LCS >= 0.6 ×`` the length of either. When the number of predicted essays of a
file equals its gold essay count, essay ``i`` is scored against gold essay ``i``; otherwise the file is **pooled**:
all predicted points of each aspect against all gold points of that aspect in the file (``essay_count`` reported
wrong). Figures are micro-averaged: recall = recalled / gold points, precision = precise / predicted points scored,
F1 their harmonic mean; ``points`` counts every predicted point and ``mean_point_chars`` is the mean of
``len(point.text)`` (characters of the point text as returned; target ≤ 60). A ratio without denominator is ``None``.

**Reports** (:class:`CorpusReport`): overall and per aspect, per corpus, per document, per shape, per source, per
script, and leave-one-source-out. Leave-one-source-out gives, for every source, the figures on that source's
documents alone. The pipeline is rule-based, so by default nothing is retrained and these equal the per-source
figures (the report says so). A trainable component is given as ``fit``: for each source,
``fit(train_documents)`` is called with the *other* sources' :class:`TrainingDocument` values and the held-out
documents are summarized again — with the callable ``fit`` returns, or with ``summarize`` when it returns ``None``
(a component refit in place).

Example::

    from summarizer.evaluation.corpus import evaluate_corpora
    report = evaluate_corpora(["/work/shared/data/aspects_dev"], options={"max_points": 5})
    print(report.table()); print(report.diff())
    report.to_dict()["overall"]["recall"]
"""

from __future__ import annotations

import json
import re
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path, PurePosixPath
from typing import Any

from summarizer.evaluation.aspects import (
    ASPECTS,
    DEFAULT_THRESHOLD,
    AspectCounts,
    GoldEssay,
    gold_entries,
    gold_point_lists,
    lcs_length,
    match_points,
    parse_gold,
    point_chars,
    predictions_from_summary,
)
from summarizer import pipeline
from summarizer.errors import ModelNotAvailableError, SummarizerError
from summarizer.evaluation.errors import DatasetError
from summarizer.readers import Document, read_path
from summarizer.schema import SummarizeOptions
from summarizer.script import traditional_ratio

__all__ = [
    "SHAPES",
    "POINT_CHARS_TARGET",
    "CorpusDocument",
    "Corpus",
    "TrainingDocument",
    "Figures",
    "PointMiss",
    "UnitResult",
    "DocumentResult",
    "HeldOutResult",
    "CorpusReport",
    "infer_shape",
    "infer_script",
    "load_corpus",
    "evaluate_corpora",
]

#: Shapes :func:`infer_shape` gives a text document, in the order the rules are tried (``docx``/``pdf`` files get
#: their format's name, an HTML file ``html``).
SHAPES: tuple[str, ...] = ("yaml-front-matter", "csv-record", "html", "markdown", "traditional", "plain")
#: Target of the mean point length, in characters.
POINT_CHARS_TARGET = 60
#: Share of CJK characters written differently in Simplified Chinese from which a text is Traditional.
TRADITIONAL_RATIO = 0.1
UNIT_NOTE = "content characters (letters, digits, CJK; punctuation and whitespace ignored)"


# ------------------------------------------------------------------------------------------ shapes

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_CSV_RECORD = re.compile(r'(?:[^,"\n]{0,300},){2,}"')
_HTML_TAG = re.compile(
    r"<(?:p|div|span|br|hr|table|tr|td|th|li|ul|ol|h[1-6]|img|section|article|body|html|font|strong|em)(?=[\s/>])",
    re.I,
)
# Each attempt stops at the next character that could start another attempt ("*", "[", "("), so a scan covers every
# character at most once or twice: linear even on "[[[[…" or "**…" without an end.
#: The tags of :data:`_HTML_TAG` that are no table markup: a markdown text whose only HTML is tables
#: (``<html><body><table><tr><td>``, as PDF-to-markdown converters write them) is markdown.
_HTML_PAGE_TAG = re.compile(
    r"<(?:p|div|span|br|hr|li|ul|ol|h[1-6]|img|section|article|font|strong|em)(?=[\s/>])", re.I)
_MD_SIGNAL = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]+\S"  # ATX heading
    r"|\*\*[^*\n]{1,200}\*\*"  # bold
    r"|!?\[[^\[\]\n]{0,200}\]\([^()\n]{0,500}\)",  # link or image
    re.M,
)


def infer_script(text: str) -> str:
    """``"traditional"`` when at least 10 % of the CJK characters of ``text`` (its first 20,000 characters) are
    written differently in Simplified Chinese (:func:`summarizer.script.traditional_ratio`), else ``"simplified"``."""
    return "traditional" if traditional_ratio(text[:20_000]) >= TRADITIONAL_RATIO else "simplified"


def infer_shape(text: str, format: str = "text", filename: str | None = None) -> str:
    """Say what a document looks like, by small rules tried in this order (linear in the text):

    * ``format`` ``"docx"`` / ``"pdf"`` → that name; ``"html"`` (an HTML file, text already extracted) → ``html``;
    * ``yaml-front-matter``: the text (after a BOM and blank lines) opens with a ``---`` line closed by a ``---`` or
      ``...`` line (a Hexo/Jekyll post, an archived article);
    * ``csv-record``: a ``.csv``/``.tsv`` ``filename`` (only its suffix is used), or one of the first two non-empty
      lines is two or more unquoted comma-separated fields followed by an opening quote
      (``2018-06-11 09:26:11,title,"…``: a record with a multi-line quoted field);
    * ``html``: at least 3 HTML element tags (``<p``, ``<span``, ``<div``, ``<br`` …), e.g. Word-exported HTML in a
      JS module; not a markdown text (2 signals below) whose only HTML is table markup (``<table><tr><td>`` of a
      PDF-to-markdown converter: markdown);
    * ``markdown``: at least 2 of: ATX heading lines (``# …``), ``**bold**``, ``[links](…)`` / ``![images](…)``;
    * ``traditional``: Traditional Chinese (:func:`infer_script`);
    * ``plain``: anything else.
    """
    if format in ("docx", "pdf"):
        return format
    if format == "html":
        return "html"
    body = text.lstrip("\ufeff \t\r\n")
    opening = _FRONT_MATTER_OPEN.match(body)
    if opening and _FRONT_MATTER_CLOSE.search(body, opening.end()):
        return "yaml-front-matter"
    first_lines = [ln for ln in body[:4000].split("\n", 3)[:3] if ln.strip()][:2]
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower() if filename else ""
    if suffix in (".csv", ".tsv") or any(_CSV_RECORD.match(ln) for ln in first_lines):
        return "csv-record"
    if _count(_HTML_TAG, text, 3) >= 3 and not (_count(_MD_SIGNAL, text, 2) >= 2
                                                 and _count(_HTML_PAGE_TAG, text, 3) < 3):
        return "html"
    if _count(_MD_SIGNAL, text, 2) >= 2:
        return "markdown"
    if infer_script(text) == "traditional":
        return "traditional"
    return "plain"


def _count(pattern: re.Pattern, text: str, enough: int) -> int:
    n = 0
    for _ in pattern.finditer(text):
        n += 1
        if n >= enough:
            break
    return n


# ------------------------------------------------------------------------------------------ loading


@dataclass(frozen=True)
class CorpusDocument:
    """One document of a corpus and its gold essays.

    Attributes:
        corpus: the corpus name (its directory's name).
        file: the path as the gold gives it (relative to the docs directory).
        path: where the file is.
        gold: the gold essays; ``GoldEssay.index`` is the essay's 0-based position in the document.
        essay_count: the document's number of essays; ``None`` for seed-style gold, which names only some essays.
        source, shape, script: as the gold gives them (``None``: taken from the corpus / inferred from the text).
    """

    corpus: str
    file: str
    path: Path
    gold: tuple[GoldEssay, ...]
    essay_count: int | None
    source: str | None = None
    shape: str | None = None
    script: str | None = None

    @property
    def key(self) -> str:
        """``corpus/file``: the document's name in reports."""
        return f"{self.corpus}/{self.file}"

    def gold_points(self, aspect: str) -> list[str]:
        """All gold points of ``aspect`` in the document, essay after essay."""
        return [p for g in self.gold for p in g.points(aspect)]


@dataclass(frozen=True)
class Corpus:
    """A loaded corpus: its name, gold file, docs directory, default source and documents (gold order)."""

    name: str
    gold_path: Path
    docs_dir: Path
    source: str
    documents: tuple[CorpusDocument, ...]

    def to_dict(self) -> dict:
        """Return a JSON-ready description (no figures)."""
        return {"name": self.name, "gold": str(self.gold_path), "docs": str(self.docs_dir), "source": self.source,
                "documents": len(self.documents), "gold_essays": sum(len(d.gold) for d in self.documents)}


def _read_gold_json(path: Path) -> Any:
    if not path.is_file():
        raise DatasetError(f"{path}: no such gold file", path=str(path))
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 ({exc.reason})", path=str(path)) from exc
    except json.JSONDecodeError as exc:
        if not exc.doc.strip():  # the document advice below would send the user to summarize an empty file
            raise DatasetError(f"{path}: the file is empty: a gold file is a JSON object {{\"essays\": [...]}} "
                               "(see the README, 'Evaluation')", path=str(path)) from exc
        if not exc.doc[:exc.pos].strip():  # not JSON at all: a document given in the gold's place
            raise DatasetError(
                f"{path}: not a gold file (no JSON at its start): aspects evaluation reads a corpus directory "
                "(gold.json + docs/) or a gold JSON file; one document's points come from `summarizer summarize "
                f"{path}`", path=str(path)) from exc
        raise DatasetError(f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                           path=str(path)) from exc


def load_corpus(path: str | Path, *, docs: str | Path | None = None, input: str | Path | None = None,
                name: str | None = None) -> Corpus:
    """Load a corpus: a directory (``gold.json`` + ``docs/``), a corpus gold file (entries with ``file``; documents
    in ``docs`` or the ``docs/`` next to it) or a seed-style ``dev_gold.json`` (document: ``input`` or the
    ``seed.txt`` next to it). ``name`` defaults to the directory's name.

    Every problem of the gold is collected into one :class:`DatasetError` naming the gold file and the entry
    (``essays[k]``, its id): not JSON, not an ``essays`` list, an entry that is not an object or has no ``file``,
    a ``file`` outside the docs directory or missing, a repeated id, ``essay_count`` not matching the file's
    entries, a document field that differs between a file's entries, a point list that is not a list of strings or a
    point without content characters. A missing document of seed-style gold is a :class:`DatasetError` too.
    """
    path = Path(path)
    if path.is_dir():
        gold_path = path / "gold.json"
        if not gold_path.is_file():
            raise DatasetError(f"{path}: a corpus directory needs a gold.json (and docs/)", path=str(path))
        docs_dir = Path(docs) if docs is not None else path / "docs"
        corpus_dir = path
    else:
        gold_path = path
        corpus_dir = path.parent
        docs_dir = Path(docs) if docs is not None else corpus_dir / "docs"
    obj = _read_gold_json(gold_path)
    src = str(gold_path)
    entries = gold_entries(obj, src)
    if not entries:
        raise DatasetError(f"{src}: no gold entries", path=src)
    top_source = obj.get("source") if isinstance(obj, Mapping) else None
    corpus_name = name or corpus_dir.resolve().name or str(corpus_dir)
    default_source = top_source if isinstance(top_source, str) and top_source.strip() else corpus_name
    if not any(isinstance(e, Mapping) and "file" in e for e in entries):
        if docs is not None:
            raise DatasetError(f"{src}: --docs needs a corpus gold (entries with 'file'); this is seed-style gold "
                               "(give its document with --input)", path=src)
        return _seed_corpus(obj, gold_path, corpus_name, default_source, input)
    if input is not None:
        raise DatasetError(f"{src}: --input is for seed-style gold; this gold names its files ('file')", path=src)
    if not docs_dir.is_dir():  # one sentence saying where documents are looked for, not one "not found" per file
        where = ("named by --docs" if docs is not None else
                 "the docs/ folder inside the corpus directory" if path.is_dir() else
                 "the docs/ folder next to the gold file")
        fix = "" if docs is not None else (
            f": put the documents there, or name their folder with --gold {gold_path} --docs DIR")
        raise DatasetError(f"{src}: its documents ('file' of each entry) are read from "
                           f"{docs_dir.as_posix().rstrip('/')}/ ({where}), which "
                           f"{'is not a folder' if docs_dir.exists() else 'does not exist'}{fix}", path=src)
    return Corpus(corpus_name, gold_path, docs_dir, default_source,
                  tuple(_corpus_documents(entries, src, corpus_name, docs_dir)))


def _seed_corpus(obj: Any, gold_path: Path, name: str, source: str, input: str | Path | None) -> Corpus:
    gold = sorted(parse_gold(obj, source=str(gold_path)), key=lambda g: g.index)
    doc_path = Path(input) if input is not None else gold_path.parent / "seed.txt"
    if not doc_path.is_file():
        what = "is a directory" if doc_path.is_dir() else "does not exist"
        raise DatasetError(f"{gold_path}: its document {doc_path} {what} " + (
            "(give it with --input)" if input is None else "(named by --input)"), path=str(gold_path))
    doc = CorpusDocument(name, doc_path.name, doc_path, tuple(gold), None)
    return Corpus(name, gold_path, doc_path.parent, source, (doc,))


_DOC_FIELDS = ("source", "shape", "script")


def _corpus_documents(entries: list, src: str, corpus: str, docs_dir: Path) -> list[CorpusDocument]:
    problems: list[str] = []
    files: dict[str, dict] = {}  # file -> {"entries": [(k, id, lists)], "essay_count", "fields", "first"}
    ids: dict[str, int] = {}
    for k, e in enumerate(entries):
        where = f"essays[{k}]"
        if not isinstance(e, Mapping):
            problems.append(f"{where}: not an object")
            continue
        eid = e.get("id")
        if eid is not None and not isinstance(eid, (str, int)):
            problems.append(f"{where}: 'id' must be a string")
            eid = None
        if eid is not None:
            where = f"{where} (id {str(eid)!r})"
            if str(eid) in ids:
                problems.append(f"{where}: id already used by essays[{ids[str(eid)]}]")
            ids.setdefault(str(eid), k)
        file = e.get("file")
        if not isinstance(file, str) or not file.strip():
            problems.append(f"{where}: no 'file' (every entry names the document it belongs to)")
            continue
        rel = PurePosixPath(file.replace("\\", "/"))
        if rel.is_absolute() or ".." in rel.parts:
            problems.append(f"{where}: file {file!r} must be a path inside the docs directory")
            continue
        lists = gold_point_lists(e, where, problems)
        info = files.setdefault(file, {"entries": [], "essay_count": None, "fields": {}, "first": k})
        if "essay_count" in e:
            n = e["essay_count"]
            if isinstance(n, bool) or not isinstance(n, int) or n < 1:
                problems.append(f"{where}: essay_count must be an integer >= 1, got {n!r}")
            elif info["essay_count"] is None and info["entries"]:
                problems.append(f"{where}: essay_count belongs on the first entry of {file!r} "
                                f"(essays[{info['first']}])")
            elif info["essay_count"] not in (None, n):
                problems.append(f"{where}: essay_count {n} differs from {info['essay_count']} given before")
            else:
                info["essay_count"] = n
        for fname in _DOC_FIELDS:
            if fname not in e:
                continue
            v = e[fname]
            if not isinstance(v, str) or not v.strip():
                problems.append(f"{where}: {fname!r} must be a non-empty string")
            elif info["fields"].setdefault(fname, v) != v:
                problems.append(f"{where}: {fname} {v!r} differs from {info['fields'][fname]!r} given for "
                                f"{file!r} before (it describes the whole document)")
        info["entries"].append((k, eid, lists))
    docs: list[CorpusDocument] = []
    for file, info in files.items():
        n_entries = len(info["entries"])
        if info["essay_count"] is not None and info["essay_count"] != n_entries:
            problems.append(f"file {file!r}: essay_count {info['essay_count']} (essays[{info['first']}]) but "
                            f"{n_entries} gold entr{'y' if n_entries == 1 else 'ies'}")
        doc_path = docs_dir / file
        if not doc_path.is_file():
            problems.append(f"essays[{info['first']}]: file {file!r} not found ({doc_path})")
        gold = []
        for i, (k, eid, lists) in enumerate(info["entries"]):
            gid = str(eid) if eid is not None else (file if n_entries == 1 else f"{file}#{i + 1}")
            gold.append(GoldEssay(gid, i, lists["challenges"], lists["recommendations"]))
        docs.append(CorpusDocument(corpus, file, doc_path, tuple(gold), n_entries, **info["fields"]))
    if problems:
        raise DatasetError(f"{src}: {len(problems)} problem(s): " + "; ".join(problems[:10])
                           + (" ..." if len(problems) > 10 else ""), path=src, problems=problems)
    return docs


# ------------------------------------------------------------------------------------------ figures


@dataclass
class Figures:
    """Additive counts of a set of documents; the ratios are derived (micro averages).

    ``per_aspect``: gold points / recalled / predicted points scored / precise, per aspect. ``points`` and
    ``point_chars``: every predicted point and the sum of ``len(point.text)`` (characters). ``documents``,
    ``errors`` (error rows), ``essay_count_right`` / ``essay_count_known`` (files whose predicted essay count
    equals the gold count / files with a known gold count), ``gold_essays``.
    """

    per_aspect: dict[str, AspectCounts] = field(default_factory=lambda: {a: AspectCounts() for a in ASPECTS})
    points: int = 0
    point_chars: int = 0
    documents: int = 0
    errors: int = 0
    essay_count_right: int = 0
    essay_count_known: int = 0
    gold_essays: int = 0

    @property
    def overall(self) -> AspectCounts:
        """Both aspects together."""
        total = AspectCounts()
        for c in self.per_aspect.values():
            total.add(c)
        return total

    @property
    def recall(self) -> float | None:
        """Micro recall over both aspects (``None`` without gold points)."""
        return self.overall.recall

    @property
    def precision(self) -> float | None:
        """Micro precision over both aspects (``None`` without predicted points scored)."""
        return self.overall.precision

    @property
    def f1(self) -> float | None:
        """Harmonic mean of :attr:`recall` and :attr:`precision` (``None`` if either is; 0.0 if both are 0)."""
        return _f1(self.overall)

    @property
    def mean_point_chars(self) -> float | None:
        """Mean characters of a predicted point's text (``None`` without points)."""
        return self.point_chars / self.points if self.points else None

    def add(self, other: Figures) -> None:
        """Add ``other``'s counts to these."""
        for a in ASPECTS:
            self.per_aspect[a].add(other.per_aspect[a])
        for name in ("points", "point_chars", "documents", "errors", "essay_count_right", "essay_count_known",
                     "gold_essays"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @classmethod
    def total(cls, items: Iterable[Figures]) -> Figures:
        """Sum of ``items``."""
        out = cls()
        for f in items:
            out.add(f)
        return out

    def to_dict(self) -> dict:
        """Return counts and ratios as a JSON-ready dict."""
        return {
            **_counts_dict(self.overall),
            "per_aspect": {a: _counts_dict(c) for a, c in self.per_aspect.items()},
            "points": self.points,
            "mean_point_chars": self.mean_point_chars,
            "documents": self.documents,
            "errors": self.errors,
            "gold_essays": self.gold_essays,
            "essay_count_right": self.essay_count_right,
            "essay_count_known": self.essay_count_known,
        }


def _f1(c: AspectCounts) -> float | None:
    r, p = c.recall, c.precision
    if r is None or p is None:
        return None
    return 0.0 if r + p == 0 else 2 * r * p / (r + p)


def _counts_dict(c: AspectCounts) -> dict:
    return {**c.to_dict(), "f1": _f1(c)}


# ------------------------------------------------------------------------------------------ results


@dataclass(frozen=True)
class PointMiss:
    """A gold point not recalled or a predicted point not precise, with its nearest point of the same aspect.

    ``best``: the best LCS ratio reached (gold: ``LCS / len(gold)``; predicted: ``LCS / min(len)``, content
    characters), ``nearest``: that point's text (``None`` if there was none). ``other_aspect``: it would match a
    point of the other aspect (an aspect confusion rather than a miss). ``other_essay``: in a collection scored essay
    by essay, the id of another gold essay where it would match (a gold point predicted in a neighbouring essay, or a
    predicted point that is gold of another essay: an essay-boundary error).
    """

    text: str
    best: float
    nearest: str | None
    other_aspect: bool = False
    other_essay: str | None = None

    def to_dict(self) -> dict:
        """Return a JSON-ready dict."""
        return {"text": self.text, "best": self.best, "nearest": self.nearest, "other_aspect": self.other_aspect,
                "other_essay": self.other_essay}


@dataclass
class UnitResult:
    """One scored unit: a gold essay against its predicted essay, or a pooled file (all its essays).

    ``pred_index``: the predicted essay's ``index`` (``None`` when pooled or when no essay was predicted).
    ``missed[aspect]``: gold points not recalled; ``imprecise[aspect]``: predicted points not precise.
    """

    id: str
    gold_index: int | None
    pred_index: int | None
    per_aspect: dict[str, AspectCounts]
    missed: dict[str, list[PointMiss]]
    imprecise: dict[str, list[PointMiss]]

    def to_dict(self) -> dict:
        """Return a JSON-ready dict."""
        overall = AspectCounts()
        for c in self.per_aspect.values():
            overall.add(c)
        return {
            "id": self.id, "gold_index": self.gold_index, "pred_index": self.pred_index, **_counts_dict(overall),
            "per_aspect": {a: _counts_dict(c) for a, c in self.per_aspect.items()},
            "missed": {a: [m.to_dict() for m in v] for a, v in self.missed.items()},
            "imprecise": {a: [m.to_dict() for m in v] for a, v in self.imprecise.items()},
        }


#: How a document was scored.
MODES = {"essays": "essay i against gold essay i", "pooled": "predicted essay count differs: the file pooled",
         "by-index": "seed-style gold: gold essays matched by index", "error": "not read or not summarized"}


@dataclass
class DocumentResult:
    """The evaluation of one document.

    ``mode``: ``essays``, ``pooled``, ``by-index`` or ``error`` (:data:`MODES`); ``essays_pred``: predicted essays
    (``None`` on error); ``essay_count_right``: predicted count == gold count (``None`` for seed-style gold);
    ``format``/``encoding``: as read; ``shape``/``source``/``script``: from the gold, else inferred;
    ``predicted`` (JSON ``predicted_points``): per predicted essay ``{"index", "challenges": [texts], "recommendations": [texts]}``;
    ``error``: ``{"stage": "read"|"summarize", "type", "message"[, "traceback"]}``; ``text``/``read``: the text and
    the :class:`~summarizer.readers.Document` read (``None`` when unreadable).
    """

    document: CorpusDocument
    mode: str
    figures: Figures
    units: list[UnitResult]
    shape: str
    source: str
    script: str
    essays_pred: int | None = None
    essay_count_right: bool | None = None
    format: str | None = None
    encoding: str | None = None
    predicted: list[dict] = field(default_factory=list)
    error: dict | None = None
    text: str | None = field(default=None, repr=False)
    read: Document | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        """``corpus/file``."""
        return self.document.key

    def to_dict(self) -> dict:
        """Return a JSON-ready dict (everything but the document's text)."""
        d = self.document
        return {
            **self.figures.to_dict(),  # first: the document's own essay_count_right (a bool) wins
            "corpus": d.corpus, "file": d.file, "path": str(d.path), "format": self.format, "encoding": self.encoding,
            "shape": self.shape, "source": self.source, "script": self.script,
            "essays_gold": d.essay_count if d.essay_count is not None else len(d.gold),
            "essays_gold_complete": d.essay_count is not None,
            "essays_pred": self.essays_pred, "essay_count_right": self.essay_count_right, "mode": self.mode,
            "units": [u.to_dict() for u in self.units],
            "predicted_points": self.predicted,
            "error": self.error,
        }


@dataclass
class HeldOutResult:
    """Leave-one-source-out figures of one source: its documents only; ``refit`` says whether a trainable
    component was refit on ``train_documents`` documents of the other sources (``documents``: the held-out
    documents' results after the refit; empty when nothing was refit, the figures are then the first run's)."""

    source: str
    figures: Figures
    refit: bool
    train_documents: int
    note: str
    documents: list[DocumentResult] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Return a JSON-ready dict."""
        return {"source": self.source, "refit": self.refit, "train_documents": self.train_documents,
                "note": self.note, **self.figures.to_dict(),
                "held_out_documents": [r.to_dict() for r in self.documents] if self.refit else None}


@dataclass(frozen=True)
class TrainingDocument:
    """What a trainable component's ``fit`` gets per training document: its text (as read), gold essays (points per
    aspect, in document order), gold essay count (``None``: partial seed-style gold), source and shape."""

    key: str
    text: str
    gold: tuple[GoldEssay, ...]
    essay_count: int | None
    source: str
    shape: str


# ------------------------------------------------------------------------------------------ scoring


def _ratio(lcs: int, n: int) -> float:
    return lcs / n if n else 0.0


def _misses(texts: list[str], flags: list[bool], against: list[str], other: list[str], t: Fraction,
            gold_side: bool) -> list[PointMiss]:
    """Describe each text whose flag is False: its best LCS ratio against ``against`` and whether it would match a
    point of ``other`` (the other aspect). ``gold_side``: ratio over the gold point's length (recall rule), else over
    the shorter of the two (precision rule). Texts are read as the scorer reads them (:func:`point_chars`: content
    characters without pinyin notes), so a near miss's ratio is the scorer's."""
    out = []
    for text, ok in zip(texts, flags, strict=True):
        if ok:
            continue
        tc = point_chars(text)
        best, nearest = 0.0, None
        for cand in against:
            cc = point_chars(cand)
            if not cc or not tc:
                continue
            lcs = lcs_length(tc, cc)
            r = _ratio(lcs, len(tc)) if gold_side else max(_ratio(lcs, len(tc)), _ratio(lcs, len(cc)))
            if r > best:
                best, nearest = r, cand
        crossed = False
        for cand in other:
            cc = point_chars(cand)
            if not cc or not tc:
                continue
            lcs = lcs_length(tc, cc)
            if gold_side:
                crossed = lcs * t.denominator >= t.numerator * len(tc)
            else:
                crossed = lcs * t.denominator >= t.numerator * min(len(tc), len(cc))
            if crossed:
                break
        out.append(PointMiss(text, round(best, 4), nearest, crossed))
    return out


def _score_unit(uid: str, gold_index: int | None, pred_index: int | None, gold: Mapping[str, Sequence[str]],
                pred: Mapping[str, Sequence[str]], threshold: float) -> UnitResult:
    t = Fraction(str(threshold))
    per_aspect, missed, imprecise = {}, {}, {}
    for a in ASPECTS:
        other = next(x for x in ASPECTS if x != a)
        refs, pts = list(gold.get(a, ())), list(pred.get(a, ()))
        recalled, precise = match_points(refs, pts, threshold)
        per_aspect[a] = AspectCounts(len(refs), sum(recalled), len(pts), sum(precise))
        missed[a] = _misses(refs, recalled, pts, list(pred.get(other, ())), t, gold_side=True)
        imprecise[a] = _misses(pts, precise, refs, list(gold.get(other, ())), t, gold_side=False)
    return UnitResult(uid, gold_index, pred_index, per_aspect, missed, imprecise)


def _gold_map(g: GoldEssay) -> dict[str, tuple[str, ...]]:
    return {a: g.points(a) for a in ASPECTS}


_EMPTY = {a: () for a in ASPECTS}


def _mark_other_essays(units: list[UnitResult], gold: Sequence[GoldEssay], preds: list[dict[str, list[str]]],
                       threshold: float) -> None:
    """Set ``other_essay`` on each miss of unit k that matches in another unit j (same aspect): a gold point matched
    by a point predicted for essay j, a predicted point matching gold of essay j."""
    from dataclasses import replace

    for k, u in enumerate(units):
        for a in ASPECTS:
            for kind, misses in (("missed", u.missed[a]), ("imprecise", u.imprecise[a])):
                for n, m in enumerate(misses):
                    for j, g in enumerate(gold):
                        if j == k:
                            continue
                        if kind == "missed":
                            hit = any(match_points([m.text], preds[j][a], threshold)[0])
                        else:
                            hit = any(match_points(g.points(a), [m.text], threshold)[1])
                        if hit:
                            misses[n] = replace(m, other_essay=g.id)
                            break


def _score_document(doc: CorpusDocument, preds: dict[int, dict[str, list[str]]], threshold: float,
                    ) -> tuple[str, list[UnitResult], list[dict]]:
    order = sorted(preds)
    predicted = [{"index": i, **preds[i]} for i in order]
    if doc.essay_count is None:
        units = [_score_unit(g.id, g.index, g.index if g.index in preds else None, _gold_map(g),
                             preds.get(g.index, _EMPTY), threshold) for g in doc.gold]
        return "by-index", units, predicted
    if len(order) == doc.essay_count:
        units = [_score_unit(g.id, g.index, i, _gold_map(g), preds[i], threshold)
                 for g, i in zip(doc.gold, order, strict=True)]
        if len(units) > 1:
            _mark_other_essays(units, doc.gold, [preds[i] for i in order], threshold)
        return "essays", units, predicted
    gold = {a: doc.gold_points(a) for a in ASPECTS}
    pred = {a: [t for i in order for t in preds[i][a]] for a in ASPECTS}
    return "pooled", [_score_unit(doc.file, None, None, gold, pred, threshold)], predicted


def _error_info(stage: str, exc: BaseException) -> dict:
    info = {"stage": stage, "type": getattr(exc, "code", None) or type(exc).__name__, "message": str(exc)}
    if not isinstance(exc, (SummarizerError, OSError)):  # a bug, not bad input: keep where it happened
        info["traceback"] = "".join(traceback.format_exception(exc)[-3:])
    return info


def _evaluate_document(doc: CorpusDocument, corpus: Corpus, summarize: Callable, options: Any, threshold: float,
                       read: Document | None = None) -> DocumentResult:
    """Read (unless ``read``, the document already read, is given), summarize and score one document; errors become
    an error row. The :class:`~summarizer.readers.Document` itself is summarized, as ``summarizer summarize FILE``
    does (:func:`summarizer.pipeline.summarize_file`): a table's essay records and their titles
    (:attr:`Document.records`) reach the essay split, which its text alone would not give."""
    error = None
    text = fmt = encoding = None
    if read is None:
        try:
            read = read_path(doc.path)
        except Exception as exc:  # noqa: BLE001 - one unreadable file is an error row, never the end of the run
            error = _error_info("read", exc)
    if read is not None:
        text, fmt, encoding = read.text, read.format, read.encoding
    preds: dict[int, dict[str, list[str]]] = {}
    if error is None:
        try:
            summary = summarize(read, source=str(doc.path), options=options)
            preds = predictions_from_summary(summary)  # TypeError for a result without essays of points
        except ModelNotAvailableError:
            raise  # the configuration, not this document: every document would fail the same way
        except Exception as exc:  # noqa: BLE001 - likewise
            error = _error_info("summarize", exc)
    shape = doc.shape or (infer_shape(text, fmt or "text", doc.file) if text is not None else "unknown")
    script = doc.script or (infer_script(text) if text is not None else "unknown")
    source = doc.source or corpus.source
    figures = Figures(documents=1, gold_essays=len(doc.gold))
    known = doc.essay_count is not None
    figures.essay_count_known = int(known)
    if error is not None:
        units = [_score_unit(g.id, g.index, None, _gold_map(g), _EMPTY, threshold) for g in doc.gold]
        figures.errors = 1
        result = DocumentResult(doc, "error", figures, units, shape, source, script, essay_count_right=False if known
                                else None, format=fmt, encoding=encoding, error=error, text=text, read=read)
    else:
        mode, units, predicted = _score_document(doc, preds, threshold)
        n_pred = len(predicted)
        right = (n_pred == doc.essay_count) if known else None
        figures.essay_count_right = int(bool(right))
        for p in predicted:
            for a in ASPECTS:
                figures.points += len(p[a])
                figures.point_chars += sum(len(x) for x in p[a])
        result = DocumentResult(doc, mode, figures, units, shape, source, script, essays_pred=n_pred,
                                essay_count_right=right, format=fmt, encoding=encoding, predicted=predicted, text=text,
                                read=read)
    for u in units:
        for a in ASPECTS:
            figures.per_aspect[a].add(u.per_aspect[a])
    return result


# ------------------------------------------------------------------------------------------ report


def _fmt(x: float | None, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def _short(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"


def _short_label(s: str, width: int) -> str:
    """A group's label (a source URL, a shape, a corpus name) cut to ``width`` characters for a table row: a URL
    loses its scheme and ``www.``, and a label still too long keeps its start and its end around ``…`` (sources of
    one site differ in their paths' ends, which a cut keeping only the start would make look alike)."""
    s = re.sub(r"^[a-z][a-z0-9+.-]*://(?:www\.)?", "", s, flags=re.I)
    if len(s) <= width:
        return s
    head = (width - 1) // 2
    return s[:head] + "…" + s[len(s) - (width - 1 - head):]


GROUP_LABEL_CHARS = 60  # a group's label (shape, source, corpus) longer than this is cut around "…" in a table


def _group_labels(keys: Iterable[str], width: int = GROUP_LABEL_CHARS) -> dict[str, str]:
    """Each group key's label for a table row: the key itself up to ``width`` characters, else cut by
    :func:`_short_label`; when two cut labels would read alike (shapes or sources sharing their start and end), every
    key is shown whole, so no two rows of one table look the same. Linear in the keys' total length."""
    keys = list(keys)
    cut = {k: _short_label(k, width) for k in keys}
    return cut if len(set(cut.values())) == len(cut) else {k: k for k in keys}


def _point_texts(r: DocumentResult) -> Counter:
    """``(aspect, text)`` of every point ``r`` predicted (aspect as :data:`ASPECTS`), with multiplicity."""
    return Counter((a, t) for e in (r.predicted or ()) for a in ASPECTS for t in e.get(a, ()))


@dataclass
class CorpusReport:
    """Result of :func:`evaluate_corpora`: every document's figures and the breakdowns.

    ``documents`` in corpus then gold order; ``held_out``: leave-one-source-out per source; ``options``: the
    summarization options used (a dict); ``threshold``: the LCS ratio (0.6).
    """

    corpora: list[Corpus]
    documents: list[DocumentResult]
    held_out: list[HeldOutResult]
    options: dict
    threshold: float
    refit: bool = False

    @property
    def overall(self) -> Figures:
        """Figures of all documents together."""
        return Figures.total(r.figures for r in self.documents)

    def by(self, key: str) -> dict[str, Figures]:
        """Figures per value of ``key`` (``"corpus"``, ``"shape"``, ``"source"``, ``"script"``, ``"format"``), in
        order of first appearance."""
        groups: dict[str, Figures] = {}
        for r in self.documents:
            value = r.document.corpus if key == "corpus" else getattr(r, key)
            groups.setdefault(str(value), Figures()).add(r.figures)
        return groups

    def refit_added_points(self) -> tuple[int, int]:
        """Points the refit component adds on its held-out sources: ``(precise, not precise)``, counted over every
        held-out re-run document as the predicted point texts (per aspect, with multiplicity) that its first run
        (the component off, or as shipped) did not predict; a point is not precise when the re-run's scorer lists it
        among its predicted points not precise. ``(0, 0)`` without a refit. Linear in the points predicted."""
        first = {r.key: r for r in self.documents}
        precise = wrong = 0
        for h in self.held_out:
            for r in h.documents:
                before = _point_texts(first[r.key]) if r.key in first else Counter()
                bad = Counter((a, m.text) for u in r.units for a in ASPECTS for m in u.imprecise.get(a, ()))
                for key, n in (_point_texts(r) - before).items():
                    k = min(n, bad.get(key, 0))
                    wrong += k
                    precise += n - k
        return precise, wrong

    def to_dict(self) -> dict:
        """Return everything as a JSON-ready dict: configuration, overall, per corpus/shape/source/script, per
        document (units with missed and imprecise points, predicted points, errors) and leave-one-source-out."""
        overall = self.overall
        return {
            "task": "aspects",
            "unit": UNIT_NOTE,
            "threshold": self.threshold,
            "rule": f"gold point recalled: LCS >= {self.threshold} x its length; predicted point precise: "
                    f"LCS >= {self.threshold} x the length of either",
            "options": self.options,
            "point_chars_target": POINT_CHARS_TARGET,
            "overall": overall.to_dict(),
            "essay_count": {"right": overall.essay_count_right, "files": overall.essay_count_known},
            "corpora": [{**c.to_dict(), **self.by("corpus").get(c.name, Figures()).to_dict()} for c in self.corpora],
            "per_shape": {k: v.to_dict() for k, v in self.by("shape").items()},
            "per_source": {k: v.to_dict() for k, v in self.by("source").items()},
            "per_script": {k: v.to_dict() for k, v in self.by("script").items()},
            "documents": [r.to_dict() for r in self.documents],
            "leave_one_source_out": {"refit": self.refit, "sources": [h.to_dict() for h in self.held_out],
                                     "added_points": dict(zip(("precise", "not_precise"), self.refit_added_points()))},
        }

    # -------------------------------------------------------------------------------------- table

    def table(self) -> str:
        """Return the readable report: header (unit, threshold, options), overall and per aspect, per corpus, per
        document, per shape, per source, per script, leave-one-source-out."""
        overall = self.overall
        # document names in full (with the essays column); group labels (a long source) cut to 32 characters
        w = max([24, *(len(r.key) + 10 for r in self.documents),
                 *(min(32, len(h.source) + 8) for h in self.held_out)])
        head = f"{'':<{w}}{'recall':>17}{'precision':>18}{'F1':>7}{'points':>8}{'len':>7}"

        def row(name: str, f: Figures | AspectCounts, points: int | None = None, mean: float | None = None,
                extra: str = "", mid: str = "", width: int = w) -> str:
            c = f.overall if isinstance(f, Figures) else f
            if isinstance(f, Figures):
                points, mean = f.points, f.mean_point_chars
            pts = "" if points is None else str(points)
            return (f"{_short(name, width - 1 - len(mid)):<{width - len(mid)}}{mid}{_fmt(c.recall):>7} ({c.recalled:>3}/{c.references:<3})"
                    f"{_fmt(c.precision):>8} ({c.precise:>3}/{c.predicted:<3}){_fmt(_f1(c)):>7}{pts:>8}"
                    f"{_fmt(mean, 1) if points is not None else '':>7}{extra}").rstrip()

        n_docs = len(self.documents)
        mean = overall.mean_point_chars
        target = "n/a" if mean is None else ("met" if mean <= POINT_CHARS_TARGET else "NOT met")
        opts = ", ".join(f"{k} {v}" for k, v in self.options.items()
                         if k in ("method", "max_points", "max_point_chars", "model") and v is not None)
        if "aspect_model" in self.options and self.options.get("method", "textrank") == "textrank":
            opts += f", learned aspect model {'on' if self.options['aspect_model'] else 'off'}"
            if self.options["aspect_model"] and "sentence_selector" in self.options:
                opts += f", sentence selector {'on' if self.options['sentence_selector'] else 'off'}"
        lines = [
            (f"Aspect points: {n_docs} document(s), {overall.gold_essays} gold essay(s), "
             f"{len(self.corpora)} {'corpus' if len(self.corpora) == 1 else 'corpora'}; {opts}"),
            (f"unit: {UNIT_NOTE}; a gold point is recalled when LCS >= {self.threshold} x its length, a predicted "
             f"point precise when LCS >= {self.threshold} x the length of either"),
            (f"essay count right: {overall.essay_count_right} of {overall.essay_count_known} file(s)"
             if overall.essay_count_known else "essay count: not checked (seed-style gold names some essays only)")
            + (f"; {overall.errors} error row(s) (scored recall 0)" if overall.errors else "")
            + f"; mean point length {_fmt(mean, 1)} characters (target <= {POINT_CHARS_TARGET}: {target})",
            "",
            head,
            row("all", overall),
        ]
        lines += [row(f"  {a}", overall.per_aspect[a]) for a in ASPECTS]

        def section(title: str, groups: dict[str, Figures]) -> None:
            # whole labels where they fit (the column widens for them), never two rows that read alike
            names = {k: f"{label} ({groups[k].documents})" for k, label in _group_labels(groups).items()}
            sw = max([w, *(len(n) + 1 for n in names.values())])
            lines.extend(["", title, f"{'':<{sw}}{head[w:]}"])
            for k, f in groups.items():
                lines.append(row(names[k], f, width=sw))

        section("Per corpus (documents)", self.by("corpus"))
        lines.extend(["", ("Per document (essays gold/pred; * = count differs, the file pooled; ! = error row; "
                           "? = seed-style gold, some essays only)"), head])
        for r in self.documents:
            flag = {"pooled": "*", "error": "!"}.get(r.mode, " ")
            extra = f"  {r.shape}"
            if r.error:
                extra += f"  ERROR {r.error['stage']} {r.error['type']}: {_short(r.error['message'], 60)}"
            lines.append(row(r.key, r.figures, extra=extra, mid=f"{_essays(r):>6}{flag} "))
            if len(r.units) > 1:  # a collection scored essay by essay: one row per gold essay
                for u in r.units:
                    pts = [] if u.pred_index is None else [t for p in r.predicted if p["index"] == u.pred_index
                                                           for a in ASPECTS for t in p[a]]
                    counts = AspectCounts()
                    for c in u.per_aspect.values():
                        counts.add(c)
                    mean_len = sum(map(len, pts)) / len(pts) if pts else None
                    lines.append(row(f"  [{u.id}]", counts, points=len(pts), mean=mean_len))
        section("Per shape (documents)", self.by("shape"))
        section("Per source (documents)", self.by("source"))
        section("Per script (documents)", self.by("script"))
        if self.refit:
            title = ("Leave-one-source-out: each source's documents only, the trainable component refit on the "
                     "other sources' documents (train documents)")
        else:  # the same figures as "Per source": said once, not printed twice
            lines.extend(["", "Leave-one-source-out: nothing refit (the rules and, when on, the shipped learned "
                          "sentence model as they are), so each source's figures are its row of \"Per source\" "
                          "above (in-sample for a source in the model's training set)"])
            return "\n".join(lines)
        labels = _group_labels(h.source for h in self.held_out)
        names = {h.source: f"{labels[h.source]} ({h.figures.documents})" for h in self.held_out}
        sw = max([w, *(len(n) + 1 for n in names.values())])
        lines.extend(["", title, f"{'':<{sw}}{head[w:]}"])
        for h in self.held_out:
            note = f"  train {h.train_documents}" if h.refit else ("  not refit: " + h.note if self.refit else "")
            lines.append(row(names[h.source], h.figures, extra=note, width=sw))
        if self.refit and self.held_out:  # pooled over the held-out runs: the figure to expect on unseen sources
            pooled = Figures.total(h.figures for h in self.held_out)
            lines.append(row(f"all held out ({pooled.documents})", pooled, width=sw))
            precise, wrong = self.refit_added_points()
            lines.append(f"points the refit component adds on held-out sources: {precise} precise, {wrong} not precise")
        return "\n".join(lines)

    # -------------------------------------------------------------------------------------- diff

    def diff(self) -> str:
        """Return, per document, the gold points not recalled (``-``) and the predicted points not precise (``+``),
        grouped by scored unit (``[essay id]``, when a file has several) and aspect. A near miss (best LCS ratio at
        least half the threshold) shows its nearest point of the same aspect (``≈0.45 «…»``); ``[in <aspect>]``
        marks a point that matches one of the other aspect, ``[in <essay id>]`` one that matches in another essay of
        the collection. A document without a miss is its header line only."""
        lines: list[str] = []
        near = self.threshold / 2
        for r in self.documents:
            f = r.figures
            mode = {"pooled": " POOLED", "error": " ERROR"}.get(r.mode, "")
            lines.append(f"== {r.key}  essays {_essays(r)}{mode}  R {_fmt(f.recall, 2)} "
                         f"({f.overall.recalled}/{f.overall.references})  P {_fmt(f.precision, 2)} "
                         f"({f.overall.precise}/{f.overall.predicted})  len {_fmt(f.mean_point_chars, 1)}")
            if r.error:
                lines.append(f"   ERROR ({r.error['stage']}) {r.error['type']}: {r.error['message']}")
            for u in r.units:
                label = "" if r.mode == "pooled" or len(r.units) == 1 else f"[{u.id}] "
                for a in ASPECTS:
                    misses = u.missed[a]
                    extras = u.imprecise[a]
                    if not misses and not extras:
                        continue
                    c = u.per_aspect[a]
                    lines.append(f"  {label}{a}: recalled {c.recalled}/{c.references}, precise "
                                 f"{c.precise}/{c.predicted}")
                    lines += [f"    - {_miss_line(m, a, near)}" for m in misses]
                    lines += [f"    + {_miss_line(m, a, near)}" for m in extras]
        return "\n".join(lines)


def _essays(r: DocumentResult) -> str:
    d = r.document
    gold_n = str(d.essay_count) if d.essay_count is not None else f"{len(d.gold)}?"
    return f"{gold_n}/{'-' if r.essays_pred is None else r.essays_pred}"


def _miss_line(m: PointMiss, aspect: str, near: float) -> str:
    other = next(x for x in ASPECTS if x != aspect)
    s = m.text
    if m.nearest is not None and m.best >= near:
        s += f"  ≈{m.best:.2f} «{_short(m.nearest, 30)}»"
    if m.other_aspect:
        s += f"  [in {other}]"
    if m.other_essay is not None:
        s += f"  [in {m.other_essay}]"
    return s


# ------------------------------------------------------------------------------------------ entry point


def _options(options: Any) -> Any:
    if options is None:
        return SummarizeOptions()
    if isinstance(options, Mapping):
        return SummarizeOptions(**options)
    return options


def _unique_names(corpora: list[Corpus]) -> list[Corpus]:
    """Name corpora that share a directory name by their last two path components (``data/aspects``)."""
    from collections import Counter
    from dataclasses import replace

    if not corpora:
        raise DatasetError("no corpus given")
    counts = Counter(c.name for c in corpora)
    out = []
    for c in corpora:
        if counts[c.name] > 1:
            parent = c.gold_path.resolve().parent.parent.name
            name = f"{parent}/{c.name}"
            c = replace(c, name=name, documents=tuple(replace(d, corpus=name) for d in c.documents))
        out.append(c)
    twice = [n for n, k in Counter(c.name for c in out).items() if k > 1]
    if twice:
        where = next(c.gold_path for c in out if c.name == twice[0])
        raise DatasetError(f"the same corpus is given twice: {where}", path=str(where))
    return out


def evaluate_corpora(
    paths: Iterable[str | Path | Corpus],
    *,
    options: Any = None,
    summarize: Callable[..., Any] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    fit: Callable[[list[TrainingDocument]], Callable[..., Any] | None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> CorpusReport:
    """Summarize every document of the corpora and score its aspect points (see the module doc).

    Args:
        paths: one or more of: corpus directories, corpus gold files, seed-style gold files (document: the ``seed.txt`` next to it),
            or :class:`Corpus` values from :func:`load_corpus` (e.g. ``load_corpus(gold, docs=DIR)``).
        options: :class:`~summarizer.schema.SummarizeOptions` or a dict of its fields (``None``: defaults);
            ``max_points`` is the CLI's ``--sentences``.
        summarize: ``summarize(document, *, source, options) -> DocumentSummary``-like, ``document`` the
            :class:`~summarizer.readers.Document` read (its ``.text`` the text; ``.essays`` with ``.index``,
            ``.challenges``, ``.recommendations`` of points with ``.text``); default :func:`summarizer.summarize`.
        threshold: the LCS ratio of the match rule, in (0, 1].
        fit: a trainable component's hook for leave-one-source-out: called per source with the other sources'
            readable documents; returns the summarize callable to use on the held-out source, or ``None`` to reuse
            ``summarize`` (refit in place). Not called for a source when no other source has a document.
        progress: called with each document's ``corpus/file`` before it is run.

    Returns:
        A :class:`CorpusReport`.

    Raises:
        DatasetError: unusable gold or a missing document (nothing is summarized then), no corpus, the same corpus
            twice (corpora in different directories of the same name are told apart as ``parent/name``);
            ModelNotAvailableError: ``method="seq2seq"`` without the extra or the model (raised by ``summarize`` at
            the first document; any other error of ``summarize`` is an error row); pydantic.ValidationError: invalid ``options``; ValueError: a threshold outside (0, 1].
    """
    if not 0.0 < float(threshold) <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    opts = _options(options)
    summarize_fn = pipeline.summarize if summarize is None else summarize
    if isinstance(paths, (str, Path, Corpus)):
        paths = [paths]
    corpora = _unique_names([p if isinstance(p, Corpus) else load_corpus(p) for p in paths])
    by_name = {c.name: c for c in corpora}
    results: list[DocumentResult] = []
    for c in corpora:
        for doc in c.documents:
            if progress is not None:
                progress(doc.key)
            results.append(_evaluate_document(doc, c, summarize_fn, opts, threshold))
    held_out: list[HeldOutResult] = []
    sources = list(dict.fromkeys(r.source for r in results))
    for s in sources:
        held = [r for r in results if r.source == s]
        if fit is None:
            held_out.append(HeldOutResult(s, Figures.total(r.figures for r in held), False, 0,
                                          "no fit function given"))
            continue
        train = [TrainingDocument(r.key, r.text, r.document.gold, r.document.essay_count, r.source, r.shape)
                 for r in results if r.source != s and r.text is not None]
        if not train:
            held_out.append(HeldOutResult(s, Figures.total(r.figures for r in held), False, 0,
                                          "no document of another source to train on"))
            continue
        fitted = fit(train)
        run = fitted if callable(fitted) else summarize_fn
        rerun = []
        for r in held:
            if progress is not None:
                progress(f"{r.key} (held out: {s})")
            if r.read is None:  # unreadable: the same error row
                rerun.append(r)
            else:
                rerun.append(_evaluate_document(r.document, by_name[r.document.corpus], run, opts, threshold,
                                                read=r.read))
        held_out.append(HeldOutResult(s, Figures.total(r.figures for r in rerun), True, len(train),
                                      f"refit on {len(train)} document(s) of other sources", rerun))
    return CorpusReport(corpora, results, held_out, opts.model_dump(), float(threshold), refit=fit is not None)
