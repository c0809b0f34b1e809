"""mem28 (issue 9: peak RSS under 150 MB on every adversarial input, the output unchanged): memory bounded by the
size of a structure or by a ratio of ``tracemalloc`` peaks, never by time or by the machine's RSS.

* ``scipy.sparse`` (about 20 MB of resident memory) is imported at its first use (:mod:`summarizer.lazy`): a
  single-essay document never imports it; a collection of essays does, and gets its themes.
* MMR reads the largest off-diagonal redundancy through a view: no ``n²`` copy of the pool's matrix.
* Cleaning frees its per-line lists before the edits are applied (``clean._join_edits``).
* A :class:`~summarizer.sentences.Sentence` has slots (no ``__dict__``); :func:`~summarizer.sentences.
  quotation_sentences` hands back the units it does not split, not copies.
* :func:`summarizer.gcpolicy.release_free_memory` trims the C heap after a long document (and a process's first).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from summarizer import clean as clean_module
from summarizer import gcpolicy, textrank
from summarizer.lazy import LazyModule
from summarizer.sentences import Sentence, quotation_sentences, split_sentences

REPO = Path(__file__).resolve().parents[1]


def _traced_peak(fn) -> int:
    """The peak of ``tracemalloc``'s traced memory (bytes) during ``fn()``, above what was traced before."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        fn()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


_PROBE = """
import json, sys
import summarizer
out = {}
r = summarizer.summarize(sys.argv[1])
out["one"] = ["scipy.sparse" in sys.modules, r.collection is not None]
r = summarizer.summarize(sys.argv[2])
out["two"] = ["scipy.sparse" in sys.modules, r.collection is not None]
print(json.dumps(out))
"""


def test_scipy_sparse_is_imported_only_by_a_collection():
    one = "加强基层治理。当前基层治理存在人员不足的问题。建议完善制度，加大财政投入力度。"
    two = ("第一篇\n养老服务\n当前养老服务存在资金不足的问题。建议加大财政投入力度。\n"
           "第二篇\n社区治理\n当前社区治理存在人员不足的问题。建议完善人才培养机制。\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", _PROBE, one, two], capture_output=True, text=True, env=env,
                          cwd=REPO, check=True)
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["one"] == [False, False]  # a single essay: no scipy.sparse, no collection
    assert got["two"] == [True, True]  # two essays: the collection's themes import it


def test_a_lazy_module_is_imported_at_its_first_attribute_read(tmp_path, monkeypatch):
    (tmp_path / "mem28_lazy_probe.py").write_text("VALUE = 41 + 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "mem28_lazy_probe", raising=False)
    lazy = LazyModule("mem28_lazy_probe")
    assert not callable(lazy)  # (forget_document_memos probes only callables for memos)
    with pytest.raises(AttributeError):
        lazy.__wrapped__  # introspection reads no module
    assert "mem28_lazy_probe" not in sys.modules
    assert lazy.VALUE == 42
    assert "mem28_lazy_probe" in sys.modules
    with pytest.raises(AttributeError):
        lazy.missing


def test_mmr_reads_the_off_diagonal_maximum_without_a_copy():
    n = 600
    rng = np.random.default_rng(7)
    sim = rng.random((n, n)) * 0.5
    np.fill_diagonal(sim, 1.0)
    scores = rng.random(n)
    peak = _traced_peak(lambda: textrank.mmr_select(scores, sim, k=10))
    # before: a boolean mask of n² and a copy of the n² - n values read through it (1.125 × the matrix); now the
    # n² booleans of the finiteness test (0.125 ×)
    assert peak < 0.5 * sim.nbytes


def test_mmr_scales_a_similarity_over_one_as_before():
    big = np.eye(60)
    big[0, 1] = big[1, 0] = 2.0
    big[5, 7] = big[7, 5] = 4.0  # the largest off-diagonal value: the matrix is scaled by it
    scores = np.linspace(1.0, 0.5, 60)
    assert big[~np.eye(60, dtype=bool)].max() == 4.0
    assert textrank.mmr_select(scores, big, k=5) == textrank.mmr_select(scores, big / 4.0, k=5)


def test_cleaning_short_lines_frees_its_per_line_lists_first():
    lines = 20_000
    text = "好\n" * lines
    peak = _traced_peak(lambda: clean_module.clean(text))
    # bytes per line at the peak: 910 when the join's per-line lists (lines, their texts, the stripped texts, …)
    # were alive while the edits were applied, 640 since (CPython 3.11)
    assert peak / lines < 800


def test_sentences_have_slots_and_unsplit_units_are_not_copied():
    units = split_sentences("加强治理。完善制度。" * 50)
    assert len(units) == 100 and not hasattr(units[0], "__dict__")
    assert "text" in Sentence.__slots__
    pairs = quotation_sentences(units)
    assert all(u is s and i == k for (u, i), (k, s) in zip(pairs, enumerate(units)))


def test_quotation_split_renumbers_the_units_after_it():
    units = split_sentences("他说：“基层人手不足。经费紧张。”建议增加编制。完善制度。")
    pairs = quotation_sentences(units)
    assert [u.index for u, _ in pairs] == list(range(len(pairs)))
    assert len(pairs) > len(units)
    assert [u.text for u, _ in pairs][-1] == units[-1].text


def test_release_free_memory_after_a_long_document_only(monkeypatch):
    calls = []
    monkeypatch.setattr(gcpolicy, "_trim", lambda pad: calls.append(pad) or 1)
    monkeypatch.setattr(gcpolicy, "_released_once", False)
    assert gcpolicy.release_free_memory(10)  # a process's first document: the imports' garbage
    assert not gcpolicy.release_free_memory(gcpolicy.RELEASE_MIN_CHARS - 1)
    assert gcpolicy.release_free_memory(gcpolicy.RELEASE_MIN_CHARS)
    assert calls == [0, 0]
    monkeypatch.setattr(gcpolicy, "_trim", None)  # no glibc: nothing to do
    assert not gcpolicy.release_free_memory(10 * gcpolicy.RELEASE_MIN_CHARS)


def test_the_output_is_the_same_with_the_heap_trimmed(monkeypatch):
    import summarizer

    text = "加强基层治理。\n" + "当前基层治理存在人员不足、经费紧张的问题。建议完善制度，加大投入。\n" * 400
    trimmed = summarizer.summarize(text).model_dump_json()
    monkeypatch.setattr(gcpolicy, "_trim", None)
    assert summarizer.summarize(text).model_dump_json() == trimmed
