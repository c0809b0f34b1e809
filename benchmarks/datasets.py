"""The benchmark datasets: where the shared data is, what each dataset asks for (``k``, budget), loading.

Every dataset in ``shared/data/`` is used through its test split (validation splits are left for tuning:
``lcsts/valid_part2``, ``csl/dev``, ``csl_clge/val``); see each ``SOURCE.md`` there for provenance.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.oracle import budget_chars, nows_len

__all__ = ["DATASETS", "Dataset", "DatasetSpec", "Doc", "load_dataset", "shared_dir"]


def shared_dir() -> Path:
    """The shared folder: ``$SUMMARIZER_SHARED_DIR`` if set, else ``shared/`` next to the repository root."""
    env = os.environ.get("SUMMARIZER_SHARED_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared"


@dataclass(frozen=True)
class DatasetSpec:
    """One dataset: ``path`` relative to ``shared/data``; ``kind`` ``"rouge"`` (JSONL references) or ``"aspects"``
    (the seed with ``dev_gold.json``); ``k`` sentences per summary; ``long`` marks long documents (the speed
    comparison and our full pipeline run on those).

    ``group_field``: a record field naming the bootstrap unit when records are not independent (VCSum's segments
    of one meeting: ``meeting_av_num``); ``None``: each record is a unit. ``min_reference_chars``: records whose
    reference has fewer characters (non-whitespace) are left out before scoring (CFBenchmark's bare section labels,
    as its SOURCE.md advises). ``terms``: the data's licence or terms of use, repeated in the report."""

    name: str
    path: str
    kind: str
    k: int
    long: bool
    description: str
    group_field: str | None = None
    min_reference_chars: int = 0
    terms: str | None = None


DATASETS: dict[str, DatasetSpec] = {
    s.name: s
    for s in (
        DatasetSpec("lcsts", "lcsts/test_hl3.jsonl", "rouge", 1, False,
                    "LCSTS PART III, human_label >= 3 (Weibo short text -> headline)"),
        DatasetSpec("csl", "csl/test.jsonl", "rouge", 1, False,
                    "CSL title generation, test (scientific abstract -> title)"),
        DatasetSpec("csl_clge", "csl_clge/test.jsonl", "rouge", 1, False,
                    "CLGE's CSL, test (computer-science abstract -> title)"),
        DatasetSpec("clts", "clts/samples.jsonl", "rouge", 3, True,
                    "CLTS public samples (long news -> summary)"),
        DatasetSpec("clts_plus", "clts_plus/samples.jsonl", "rouge", 3, True,
                    "CLTS+ public samples (long news -> abstractive summary)"),
        DatasetSpec("seed", "seed/dev_gold.json", "aspects", 10, True,
                    "seed.txt policy essays, aspect points of dev_gold.json (3 of 7 essays)"),
        # long-document quality sets; k = B / the median sentence length of our splitter, rounded (3 at least)
        DatasetSpec("vcsum_seg", "vcsum_seg/test.jsonl", "rouge", 4, True,
                    "VCSum segments, test (meeting transcript segment -> segment summary)",
                    group_field="meeting_av_num", terms="MIT (github.com/hahahawu/VCSum)"),
        DatasetSpec("lexeval_5_1", "lexeval_5_1/test.jsonl", "rouge", 4, True,
                    "LexEval 5-1, first 144 of 1,000 (legal news article -> summary)",
                    terms="MIT (github.com/CSHaitao/LexEval); CAIL research-use terms for the texts"),
        DatasetSpec("cfbenchmark_summary", "cfbenchmark_summary/test.jsonl", "rouge", 3, True,
                    "CFBenchmark Generation-Summary (research report excerpt -> highlights)",
                    min_reference_chars=10,
                    terms="non-commercial research use only (CFBenchmark README: research preview, OpenAI terms "
                          "for generated data); not redistributed"),
    )
}


@dataclass
class Doc:
    """One input document: ``text`` (characters), the ``reference`` summary or reference points, ``k`` sentences
    and ``budget`` characters (``None``: no cut)."""

    id: str
    text: str
    reference: str | None
    k: int
    budget: int | None
    group: str | None = None  # the bootstrap unit (VCSum: the meeting); None: the document itself

    @property
    def chars(self) -> int:
        """Input length in characters (code points)."""
        return len(self.text)


@dataclass
class Dataset:
    """A loaded dataset.

    ``docs`` is what every system is given. ``raw_docs`` is what our full pipeline and the jieba floor get: the
    same documents, except for the seed, where they get the whole raw ``seed.txt`` (one document, cleaned and
    split by the pipeline itself) while everyone else gets the cleaned essays. ``budget``: ``B`` in characters.
    """

    spec: DatasetSpec
    docs: list[Doc]
    raw_docs: list[Doc]
    budget: int | None
    n_available: int
    gold: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.spec.name


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def load_dataset(spec: DatasetSpec, data_dir: Path, limit: int | None = None) -> Dataset:
    """Load ``spec`` from ``data_dir`` (``shared/data``): the first ``limit`` records of a ROUGE dataset (file
    order), the seed in full. Raises :class:`FileNotFoundError` / :class:`summarizer.evaluation.DatasetError`."""
    path = data_dir / spec.path
    if spec.kind == "rouge":
        from summarizer.evaluation.datasets import load_jsonl

        records = load_jsonl(path, limit=limit)
        notes = []
        if spec.min_reference_chars:
            short = [r for r in records if nows_len(r.summary) < spec.min_reference_chars]
            records = [r for r in records if nows_len(r.summary) >= spec.min_reference_chars]
            if short:
                notes.append(f"{len(short)} records left out: reference under {spec.min_reference_chars} characters"
                             " (" + ", ".join(repr(r.summary) for r in short[:3]) + ", ...)")
        if not records:
            raise ValueError(f"{path}: no records")
        budget = budget_chars([r.summary for r in records])

        def group(r) -> str | None:
            return None if spec.group_field is None else str(r.extra.get(spec.group_field, r.id))

        docs = [Doc(r.id, r.text, r.summary, spec.k, budget, group(r)) for r in records]
        mean_ref = sum(nows_len(r.summary) for r in records) / len(records)
        notes.insert(0, f"B = {budget} characters: mean reference length of the {len(records)} records "
                        f"({mean_ref:.1f} non-whitespace characters); k = {spec.k}")
        if spec.group_field:
            n_groups = len({d.group for d in docs})
            notes.append(f"bootstrap unit: {spec.group_field} ({n_groups} groups of {len(docs)} records): records "
                         "of one group are resampled together")
        if spec.terms:
            notes.append(f"terms: {spec.terms}")
        return Dataset(spec, docs, docs, budget, _count_lines(path), notes=notes)
    return _load_seed(spec, data_dir)


def _load_seed(spec: DatasetSpec, data_dir: Path) -> Dataset:
    from summarizer import summarize
    from summarizer.clean import clean
    from summarizer.decode import decode_bytes
    from summarizer.essays import split_essays
    from summarizer.evaluation.datasets import load_gold

    gold = load_gold(data_dir / spec.path)
    raw_path = data_dir / "seed" / "seed.txt"
    text, _encoding = decode_bytes(raw_path.read_bytes())
    ct = clean(text)
    essays = split_essays(ct.text)
    # k_e: the number of points our pipeline returns for essay e (both aspects), computed here in-process so that
    # every system gets the same k whichever systems are selected.
    doc = summarize(text)
    counts = {e.index: len(e.challenges) + len(e.recommendations) for e in doc.essays}
    same = len(doc.essays) == len(essays)
    notes = []
    if not same:
        notes.append(f"the pipeline kept {len(doc.essays)} of {len(essays)} essays: k = {spec.k} for every essay")
    docs = [
        Doc(f"essay-{e.index}", ct.text[e.start:e.end], None,
            max(1, counts.get(e.index, spec.k)) if same else spec.k, None)
        for e in essays
    ]
    notes.append("k_e per essay (points of our pipeline): " + ", ".join(f"#{d.id[6:]}: {d.k}" for d in docs))
    raw = [Doc("seed.txt", text, None, spec.k, None)]
    return Dataset(spec, docs, raw, None, len(essays), gold=gold, notes=notes)
