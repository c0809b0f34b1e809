"""What the input readers lose, repeat or add: each file of the input corpus against its hand-checked expected text.

The corpus is ``benchmarks/data/inputs/{docx,pdf,html}/``: real public files and files built from hand-written
text, each ``NAME.EXT`` beside ``NAME.expected.txt`` (what the author wrote: the body text in order, without
page furniture or navigation) and one row of ``SOURCES.md`` (origin, licence, why it is a fair test, how the
expected text was checked). Each file is read with :func:`summarizer.readers.read_path`, the call
``summarizer extract FILE`` makes, and the text is compared with the expected text (:func:`compare`).

Units: characters (Unicode code points) after NFKC normalisation, whitespace removed on both sides: a PDF's
hard-wrapped lines, a table's tabs or a page's indentation are not counted as loss, and full-width and
half-width forms or ligatures (``ﬁ`` → ``fi``) count as the same character.

Figures per file (:class:`Comparison`): ``lost`` (expected characters the output lacks), ``duplicated``
(output characters that repeat expected text already matched once), ``moved`` (expected text present in the
output but out of order), ``noise`` (output characters found nowhere in the expected text); rates of the first
three over the expected characters, ``noise_rate`` over the output characters.

For the HTML files the same figures are given for trafilatura's settings (``favor_recall``,
``favor_precision``, ``include_formatting``, its defaults, its baseline and its all-text ``html2txt``) and for
jusText (installed with trafilatura; language-independent mode) and, with ``--readability``, readability-lxml
run in its own virtual environment under ``benchmarks/.peer-venvs/`` (not a dependency of the project).

Command (writes ``inputs.json`` and ``inputs.md`` into the report folder and the summary section of its
``report.md``)::

    python -m benchmarks.inputs_check                    # ours + trafilatura settings + jusText
    python -m benchmarks.inputs_check --readability      # + readability-lxml (creates its venv once)
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

__all__ = [
    "CORPUS",
    "FORMATS",
    "Comparison",
    "Item",
    "compare",
    "discover",
    "html_settings",
    "inputs_section",
    "normalize",
    "read_sources",
    "run",
]

CORPUS = Path(__file__).resolve().parent / "data" / "inputs"
REPORT_DIR = Path(__file__).resolve().parent / "reports" / "latest"
FORMATS = ("docx", "pdf", "html")
#: Shortest run of characters (after normalisation) taken as a copy of expected text when it is found there:
#: shorter unmatched runs (a stray "的", a digit) count as noise, not as duplicated or moved text.
MIN_COPY = 8
_TOKEN = re.compile(r"[A-Za-z0-9]+|\S")
#: Largest replaced region (characters on either side) realigned character by character.
MAX_REGION = 4000
_SECTION_START = "<!-- inputs_check:start -->"
_SECTION_END = "<!-- inputs_check:end -->"


# ------------------------------------------------------------------------------------------ corpus


@dataclass(frozen=True)
class Item:
    """One corpus file: ``path`` of the document, ``expected`` path of its expected text, ``format`` (folder)."""

    path: Path
    expected: Path
    format: str


def discover(corpus: Path = CORPUS) -> list[Item]:
    """Every document under ``corpus/{docx,pdf,html}`` that has a ``.expected.txt`` beside it, sorted by format and
    name. Raises ``FileNotFoundError`` for a document without its expected text (a corpus file must be checked)."""
    items = []
    for fmt in FORMATS:
        folder = corpus / fmt
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.endswith(".expected.txt") or path.suffix.lower() not in {".docx", ".pdf", ".html", ".htm"}:
                continue
            expected = path.with_name(path.stem + ".expected.txt")
            if not expected.is_file():
                raise FileNotFoundError(f"{path}: no expected text {expected.name}")
            items.append(Item(path, expected, fmt))
    return items


def read_sources(corpus: Path = CORPUS) -> dict[str, dict[str, str]]:
    """The rows of ``SOURCES.md``'s tables, keyed by the file's path relative to ``corpus`` (first cell, in
    backticks): ``{"docx/x.docx": {"kind": "real", "origin": ..., "licence": ..., "why": ..., "checked": ...}}``.
    Rows are ``| `path` | kind | origin | licence | why | checked |`` lines; ``\\|`` inside a cell is a ``|``."""
    rows = {}
    for line in (corpus / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*`([^`]+)`\s*\|(.*)\|\s*$", line)
        if not m:
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", m.group(2))]  # "\|" is a "|"
        keys = ("kind", "origin", "licence", "why", "checked")
        rows[m.group(1)] = dict(zip(keys, cells + [""] * (len(keys) - len(cells))))
    return rows


# ------------------------------------------------------------------------------------------ comparison


def normalize(text: str) -> str:
    """NFKC, then every whitespace character removed: the unit every figure counts in."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@dataclass
class Comparison:
    """Alignment of one output with its expected text, in characters of :func:`normalize`.

    ``matched + lost + moved == expected_chars``; ``matched + duplicated + moved_out + noise == output_chars``
    (``moved_out``: output characters that are the moved expected text). Fragments (at most 5 each, longest
    first, 80 characters shown) say what was lost, added as noise or duplicated.
    """

    expected_chars: int
    output_chars: int
    matched: int
    lost: int
    duplicated: int
    moved: int
    moved_out: int
    noise: int
    lost_fragments: list[str] = field(default_factory=list)
    noise_fragments: list[str] = field(default_factory=list)
    duplicated_fragments: list[str] = field(default_factory=list)

    @property
    def lost_rate(self) -> float:
        """Lost characters / expected characters."""
        return self.lost / self.expected_chars if self.expected_chars else 0.0

    @property
    def duplicated_rate(self) -> float:
        """Duplicated characters / expected characters."""
        return self.duplicated / self.expected_chars if self.expected_chars else 0.0

    @property
    def moved_rate(self) -> float:
        """Moved (out of order) expected characters / expected characters."""
        return self.moved / self.expected_chars if self.expected_chars else 0.0

    @property
    def noise_rate(self) -> float:
        """Noise characters / output characters (0 for an empty output)."""
        return self.noise / self.output_chars if self.output_chars else 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d.update(lost_rate=self.lost_rate, duplicated_rate=self.duplicated_rate, moved_rate=self.moved_rate,
                 noise_rate=self.noise_rate)
        return d


def _runs(mask: list[bool], want: bool) -> list[tuple[int, int]]:
    """Maximal ``[start, end)`` runs where ``mask[i] == want``."""
    runs, start = [], None
    for i, v in enumerate(mask):
        if v == want and start is None:
            start = i
        elif v != want and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(mask)))
    return runs


def _fragments(text: str, runs: list[tuple[int, int]], n: int = 5, width: int = 80) -> list[str]:
    longest = sorted(runs, key=lambda r: r[0] - r[1])[:n]
    return [text[a:b] if b - a <= width else text[a:a + width] + f"…(+{b - a - width})" for a, b in longest]


def _tokens(text: str) -> list[str]:
    """NFKC ``text`` cut into tokens: runs of ASCII letters and digits, or one other non-whitespace character
    (whitespace only separates tokens); ``"".join(tokens) == normalize(text)``."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text))


def _offsets(tokens: list[str]) -> list[int]:
    pos = [0]
    for t in tokens:
        pos.append(pos[-1] + len(t))
    return pos


def compare(expected: str, output: str) -> Comparison:
    """Align ``output`` (a reader's text) with ``expected`` and count what was lost, duplicated, moved or added.

    Method: both texts are cut into tokens (:func:`_tokens`: a run of ASCII letters and digits, or one other
    non-whitespace character, after NFKC); ``difflib.SequenceMatcher`` (autojunk off) aligns the token sequences,
    matched tokens count as matched characters, and each replaced region of at most ``MAX_REGION`` characters is
    aligned again character by character (the same letters cut into other words). An unmatched output run of at
    least ``MIN_COPY`` characters is then looked up by its ``MIN_COPY``-character windows in an index of the
    expected text: a window found where the expected text is unmatched is *moved* text (those expected characters
    are not lost), a window found only where it was matched already is *duplicated*; other unmatched output
    characters are *noise*.

    Cost: the alignment is difflib's (about linear for texts that mostly agree, quadratic at worst in tokens);
    the look-up is linear in the output. Corpus files are at most a few tens of thousands of characters.
    """
    et, ot = _tokens(expected), _tokens(output)
    e, o = "".join(et), "".join(ot)
    e_pos, o_pos = _offsets(et), _offsets(ot)
    e_match, o_match = [False] * len(e), [False] * len(o)
    sm = difflib.SequenceMatcher(None, et, ot, autojunk=False)
    for tag, a1, a2, b1, b2 in sm.get_opcodes():
        if tag == "equal":
            e_match[e_pos[a1]:e_pos[a2]] = [True] * (e_pos[a2] - e_pos[a1])
            o_match[o_pos[b1]:o_pos[b2]] = [True] * (o_pos[b2] - o_pos[b1])
        elif tag == "replace" and max(e_pos[a2] - e_pos[a1], o_pos[b2] - o_pos[b1]) <= MAX_REGION:
            # the same characters cut into other tokens ("Big Picture" / "BigPicture"): align the characters
            ea, oa = e_pos[a1], o_pos[b1]
            inner = difflib.SequenceMatcher(None, e[ea:e_pos[a2]], o[oa:o_pos[b2]], autojunk=False)
            for i, j, size in inner.get_matching_blocks():
                e_match[ea + i:ea + i + size] = [True] * size
                o_match[oa + j:oa + j + size] = [True] * size
    index: dict[str, list[int]] = {}
    for p in range(len(e) - MIN_COPY + 1):
        lst = index.setdefault(e[p:p + MIN_COPY], [])
        if len(lst) < 16:
            lst.append(p)
    e_moved = [False] * len(e)
    label = [""] * len(o)  # "" noise, "d" duplicated, "m" moved
    for a, b in _runs(o_match, False):
        if b - a < MIN_COPY:
            continue
        for j in range(a, b - MIN_COPY + 1):
            positions = index.get(o[j:j + MIN_COPY])
            if not positions:
                continue
            free = next((p for p in positions if not any(e_match[p:p + MIN_COPY])), None)
            if free is not None:
                for k in range(MIN_COPY):
                    label[j + k] = "m"
                    e_moved[free + k] = True
            else:
                for k in range(MIN_COPY):
                    if label[j + k] != "m":
                        label[j + k] = "d"
    matched = sum(e_match)
    moved = sum(1 for i in range(len(e)) if e_moved[i] and not e_match[i])
    lost_mask = [not (e_match[i] or e_moved[i]) for i in range(len(e))]
    noise_mask = [not o_match[j] and label[j] == "" for j in range(len(o))]
    dup_mask = [not o_match[j] and label[j] == "d" for j in range(len(o))]
    return Comparison(
        expected_chars=len(e), output_chars=len(o), matched=matched, lost=sum(lost_mask),
        duplicated=sum(dup_mask), moved=moved, moved_out=sum(1 for j in range(len(o)) if label[j] == "m"
                                                             and not o_match[j]),
        noise=sum(noise_mask),
        lost_fragments=_fragments(e, _runs(lost_mask, True)),
        noise_fragments=_fragments(o, _runs(noise_mask, True)),
        duplicated_fragments=_fragments(o, _runs(dup_mask, True)),
    )


# ------------------------------------------------------------------------------------------ readers


def read_ours(path: Path) -> tuple[str, str | None]:
    """The text ``summarizer extract`` prints for ``path`` and ``None``, or ``""`` and the error's message."""
    from summarizer.readers import read_path

    try:
        return read_path(path).text, None
    except Exception as exc:  # noqa: BLE001 - a reader error is a figure (all lost), not a crash of the check
        return "", f"{type(exc).__name__}: {exc}"


def _html_text(path: Path) -> str:
    from summarizer.decode import decode_bytes

    return decode_bytes(path.read_bytes())[0]


def _ours_trafilatura_args() -> dict:
    """The arguments ``summarizer.readers`` passes to ``trafilatura.extract`` (kept in step by hand)."""
    return dict(output_format="txt", include_comments=False, include_tables=True, include_images=False,
                include_links=False, deduplicate=False, favor_recall=True, with_metadata=False)


def html_settings() -> dict[str, str]:
    """The HTML extraction settings compared, name → what it is."""
    return {
        "ours (summarizer.readers)": "read_path: trafilatura.extract with the arguments below, html2txt fallback",
        "trafilatura balanced": "our arguments with favor_recall=False (neither recall nor precision favoured)",
        "trafilatura favor_recall": "our arguments (favor_recall=True)",
        "trafilatura favor_precision": "our arguments with favor_recall=False, favor_precision=True",
        "trafilatura include_formatting": "our arguments plus include_formatting=True (Markdown-like marks)",
        "trafilatura defaults": "trafilatura.extract(html) with its own defaults (comments kept, no recall bias)",
        "trafilatura baseline": "trafilatura.baseline(html): its fast fallback (article/paragraph text)",
        "trafilatura html2txt": "trafilatura.html2txt(html): all the page's text (the recall ceiling, most noise)",
        "jusText": "justext.justext(html, empty stoplist, stopwords_low=0, stopwords_high=0): its "
                   "language-independent mode (jusText has no Chinese stoplist); non-boilerplate paragraphs kept",
        "jusText short lengths": "the same with length_low=35, length_high=100 characters (half its defaults of "
                                 "70/200: a Chinese paragraph has fewer characters than an English one)",
        "readability-lxml": "readability.Document(html).summary(), its text (own venv; --readability)",
    }


def _run_setting(name: str, html: str) -> str:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    ours = _ours_trafilatura_args()
    if name == "trafilatura balanced":
        return trafilatura.extract(html, **{**ours, "favor_recall": False}) or ""
    if name == "trafilatura favor_recall":
        return trafilatura.extract(html, **ours) or ""
    if name == "trafilatura favor_precision":
        return trafilatura.extract(html, **{**ours, "favor_recall": False, "favor_precision": True}) or ""
    if name == "trafilatura include_formatting":
        return trafilatura.extract(html, **{**ours, "include_formatting": True}) or ""
    if name == "trafilatura defaults":
        return trafilatura.extract(html) or ""
    if name == "trafilatura baseline":
        return trafilatura.baseline(html)[1] or ""
    if name == "trafilatura html2txt":
        return trafilatura.html2txt(html) or ""
    if name in ("jusText", "jusText short lengths"):
        import justext

        lengths = {"length_low": 35, "length_high": 100} if name == "jusText short lengths" else {}
        paragraphs = justext.justext(html.encode("utf-8"), frozenset(), stopwords_low=0, stopwords_high=0,
                                     encoding="utf-8", **lengths)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    raise ValueError(f"unknown setting {name!r}")


_READABILITY_WORKER = r"""
import json, sys
import lxml.html
from readability import Document
out = {}
for path in sys.argv[1:]:
    html = open(path, encoding="utf-8").read()
    try:
        summary = Document(html).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
        for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "tr", "br", "div", "table"):
            el.tail = "\n" + (el.tail or "")
        out[path] = root.text_content()
    except Exception as exc:
        out[path] = {"error": f"{type(exc).__name__}: {exc}"}
print(json.dumps(out, ensure_ascii=False))
"""


def _readability(paths_html: dict[Path, str], tmp: Path) -> tuple[dict[Path, str], dict]:
    """readability-lxml's text of each page, run in its own venv (``benchmarks/.peer-venvs/readability-lxml``)."""
    from benchmarks.venvs import PeerEnv, ensure_env

    env = PeerEnv("readability-lxml", ("readability-lxml==0.9",), "from readability import Document",
                  ("readability-lxml", "lxml"), "none")
    status = ensure_env(env)
    if status.get("state") != "ok":
        return {}, status
    tmp.mkdir(parents=True, exist_ok=True)
    files = {}
    for i, (path, html) in enumerate(paths_html.items()):
        f = tmp / f"{i}.html"
        f.write_text(html, encoding="utf-8")
        files[str(f)] = path
    proc = subprocess.run([status["python"], "-c", _READABILITY_WORKER, *files], capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        return {}, {"state": "failed", "error": proc.stderr[-500:]}
    got = json.loads(proc.stdout)
    return {files[k]: (v if isinstance(v, str) else "") for k, v in got.items()}, status


# ------------------------------------------------------------------------------------------ run


def _totals(rows: list[dict]) -> dict:
    keys = ("expected_chars", "output_chars", "matched", "lost", "duplicated", "moved", "noise")
    t = {k: sum(r[k] for r in rows) for k in keys}
    t["files"] = len(rows)
    t["lost_rate"] = t["lost"] / t["expected_chars"] if t["expected_chars"] else 0.0
    t["duplicated_rate"] = t["duplicated"] / t["expected_chars"] if t["expected_chars"] else 0.0
    t["moved_rate"] = t["moved"] / t["expected_chars"] if t["expected_chars"] else 0.0
    t["noise_rate"] = t["noise"] / t["output_chars"] if t["output_chars"] else 0.0
    t["worst_lost_rate"] = max((r["lost_rate"] for r in rows), default=0.0)
    return t


def run(corpus: Path = CORPUS, settings: bool = True, readability: bool = False) -> dict:
    """Check every corpus file; return the JSON-ready results: ``files`` (one record per file: format, kind,
    licence, seconds, error, and the :class:`Comparison` figures), ``formats`` (totals per format, and per
    kind within it), and with ``settings`` the ``html_settings`` figures (per setting: totals and per file)."""
    sources = read_sources(corpus)
    items = discover(corpus)
    files = []
    for it in items:
        rel = it.path.relative_to(corpus).as_posix()
        t0 = time.perf_counter()
        text, error = read_ours(it.path)
        seconds = time.perf_counter() - t0
        cmp = compare(it.expected.read_text(encoding="utf-8"), text)
        src = sources.get(rel, {})
        files.append({"file": rel, "format": it.format, "kind": src.get("kind", "?"), "licence": src.get("licence"),
                      "seconds": seconds, "error": error, **cmp.to_dict()})
    formats = {}
    for fmt in FORMATS:
        rows = [r for r in files if r["format"] == fmt]
        if rows:
            formats[fmt] = {"all": _totals(rows)}
            for kind in ("real", "built"):
                sub = [r for r in rows if r["kind"] == kind]
                if sub:
                    formats[fmt][kind] = _totals(sub)
    try:
        shown = corpus.resolve().relative_to(Path(__file__).resolve().parent.parent).as_posix()
    except ValueError:
        shown = str(corpus)
    results = {"corpus": shown, "unit": "characters after NFKC, whitespace removed",
               "min_copy_chars": MIN_COPY, "files": files, "formats": formats}
    if settings:
        results["html_settings"] = _compare_settings([it for it in items if it.format == "html"], corpus,
                                                     readability)
    return results


def _compare_settings(items: list[Item], corpus: Path, readability: bool) -> dict:
    names = list(html_settings())
    htmls = {it.path: _html_text(it.path) for it in items}
    expected = {it.path: it.expected.read_text(encoding="utf-8") for it in items}
    outputs: dict[str, dict[Path, str]] = {}
    status = {}
    for name in names:
        if name == "ours (summarizer.readers)":
            outputs[name] = {it.path: read_ours(it.path)[0] for it in items}
        elif name == "readability-lxml":
            if readability:
                tmp = Path(__file__).resolve().parent / ".peer-venvs" / "tmp-html"
                outputs[name], status[name] = _readability(htmls, tmp)
        else:
            outputs[name] = {p: _run_setting(name, h) for p, h in htmls.items()}
    out = {"descriptions": html_settings(), "env_status": status, "settings": {}}
    for name, texts in outputs.items():
        if not texts:
            continue
        rows = []
        for it in items:
            c = compare(expected[it.path], texts.get(it.path, ""))
            rows.append({"file": it.path.relative_to(corpus).as_posix(), **c.to_dict()})
        out["settings"][name] = {"all": _totals(rows), "files": rows}
    return out


# ------------------------------------------------------------------------------------------ Markdown


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def _table(totals: dict[str, dict], label: str) -> list[str]:
    L = [f"| {label} | files | expected chars | lost | duplicated | moved | noise (of output) | worst file lost |",
         "|---|---|---|---|---|---|---|---|"]
    for name, t in totals.items():
        L.append(f"| {name} | {t['files']} | {t['expected_chars']:,} | {t['lost']:,} ({_pct(t['lost_rate'])}) | "
                 f"{t['duplicated']:,} ({_pct(t['duplicated_rate'])}) | {t['moved']:,} ({_pct(t['moved_rate'])}) | "
                 f"{t['noise']:,} ({_pct(t['noise_rate'])}) | {_pct(t['worst_lost_rate'])} |")
    return L


def summary_lines(results: dict) -> list[str]:
    """The per-format table (and the HTML settings' table): the report's section body."""
    rows = {}
    for fmt, d in results["formats"].items():
        for kind in ("all", "real", "built"):
            if kind in d:
                rows[f"{fmt} ({kind})" if kind != "all" else f"**{fmt}**"] = d[kind]
    L = _table(rows, "format")
    hs = results.get("html_settings")
    if hs:
        L += ["", "HTML pages, the same figures per extraction setting:", ""]
        L += _table({n: s["all"] for n, s in hs["settings"].items()}, "setting")
    return L


def render_markdown(results: dict, command: str) -> str:
    """``inputs.md``: the method, the per-format tables, every file's figures and what was lost or added."""
    L = ["# Input readers: lost, duplicated and added text", "",
         f"- **Command:** `{command}`",
         f"- **Corpus:** `benchmarks/data/inputs/` ({len(results['files'])} files; origins and licences in "
         "`SOURCES.md`). *real*: public files as published (or pages cut out of them); *built*: files made by "
         "`make_built.py` from hand-written Chinese texts in the genre.",
         "- **Unit:** characters after NFKC with whitespace removed. *lost*: expected characters missing from the "
         "output; *duplicated*: output repeating expected text already matched; *moved*: expected text present "
         "out of order; rates over the expected characters. *noise*: output characters not in the expected text, "
         f"rate over the output characters. Runs shorter than {MIN_COPY} characters are never taken as copies.",
         "- **Reader:** `summarizer.readers.read_path` (what `summarizer extract FILE` prints).", ""]
    L += summary_lines(results)
    L += ["", "## Every file", "",
          "| file | kind | expected | output | lost | duplicated | moved | noise | what was lost / added |",
          "|---|---|---|---|---|---|---|---|---|"]
    for r in results["files"]:
        notes = []
        if r["error"]:
            notes.append(f"error: {r['error'][:100]}")
        if r["lost_fragments"]:
            notes.append("lost: " + " · ".join(f"«{f}»" for f in r["lost_fragments"][:3]))
        if r["duplicated_fragments"]:
            notes.append("dup: " + " · ".join(f"«{f}»" for f in r["duplicated_fragments"][:2]))
        if r["noise_fragments"]:
            notes.append("noise: " + " · ".join(f"«{f}»" for f in r["noise_fragments"][:3]))
        note = "; ".join(notes).replace("|", "\\|")
        L.append(f"| `{r['file']}` | {r['kind']} | {r['expected_chars']} | {r['output_chars']} | {r['lost']} "
                 f"({_pct(r['lost_rate'])}) | {r['duplicated']} | {r['moved']} | {r['noise']} | {note} |")
    hs = results.get("html_settings")
    if hs:
        L += ["", "## HTML extraction settings", ""]
        for n, d in hs["descriptions"].items():
            L.append(f"- **{n}**: {d}" + (" — not run" if n not in hs["settings"] else ""))
        for n, st in hs.get("env_status", {}).items():
            if st.get("state") != "ok":
                L.append(f"- {n} environment: {st.get('state')} {str(st.get('error', ''))[:200]}")
        names = list(hs["settings"])
        L += ["", "Lost / noise characters per page and setting:", "",
              "| page | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        files = [r["file"] for r in hs["settings"][names[0]]["files"]]
        for i, f in enumerate(files):
            cells = [f"{hs['settings'][n]['files'][i]['lost']} / {hs['settings'][n]['files'][i]['noise']}"
                     for n in names]
            L.append(f"| `{f}` | " + " | ".join(cells) + " |")
    return "\n".join(L) + "\n"


def inputs_section(report_dir: Path) -> str:
    """The report's section on the input readers, from ``report_dir/inputs.json`` ("" when there is none)."""
    path = report_dir / "inputs.json"
    if not path.is_file():
        return ""
    results = json.loads(path.read_text(encoding="utf-8"))
    L = ["", _SECTION_START, "## Input readers: lost and duplicated text", "",
         f"`{results.get('command', 'python -m benchmarks.inputs_check')}` — each file of "
         "`benchmarks/data/inputs/` read as `summarizer extract` reads it and aligned with its hand-checked "
         "expected text (characters, NFKC, whitespace removed). Every file and what it lost: `inputs.md`.", ""]
    L += summary_lines(results)
    L += [_SECTION_END, ""]
    return "\n".join(L)


def _update_report(report_dir: Path) -> None:
    report = report_dir / "report.md"
    if not report.is_file():
        return
    text = report.read_text(encoding="utf-8")
    start, end = text.find(_SECTION_START), text.find(_SECTION_END)
    if start >= 0 and end > start:
        text = text[:start].rstrip("\n") + "\n" + text[end + len(_SECTION_END):].lstrip("\n")
    report.write_text(text.rstrip("\n") + "\n" + inputs_section(report_dir), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.inputs_check``: check the corpus, write ``inputs.json``/``inputs.md``, print the
    per-format table."""
    p = argparse.ArgumentParser(prog="python -m benchmarks.inputs_check", description=main.__doc__)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--report-dir", type=Path, default=REPORT_DIR)
    p.add_argument("--no-settings", action="store_true", help="skip the HTML extraction settings")
    p.add_argument("--readability", action="store_true", help="also run readability-lxml (own venv)")
    args = p.parse_args(argv)
    command = "python -m benchmarks.inputs_check" + (" --readability" if args.readability else "") + (
        " --no-settings" if args.no_settings else "")
    results = run(args.corpus, settings=not args.no_settings, readability=args.readability)
    results["command"] = command
    args.report_dir.mkdir(parents=True, exist_ok=True)
    (args.report_dir / "inputs.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
    (args.report_dir / "inputs.md").write_text(render_markdown(results, command), encoding="utf-8")
    _update_report(args.report_dir)
    print("\n".join(summary_lines(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
