"""Linear-time rewrites kept equal to their plain definitions (issue 9: speed), on real documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import analyze
from summarizer.pipeline import _summary_candidates

REPO = Path(__file__).resolve().parents[1]
DOCS = sorted((REPO / "benchmarks" / "data" / "aspects").glob("*.md"))


def _plain_candidates(doc) -> list[int]:
    """The definition: body sentences overlapping no titled heading span; else any body sentence; else all."""
    headings = [(it.start, it.heading_end) for it in doc.structure.items if it.titled]
    sentences = doc.sentences

    def glued(s) -> bool:
        return any(a < s.end and s.start < b for a, b in headings)

    return ([i for i, s in enumerate(sentences) if s.kind == "sentence" and not glued(s)]
            or [i for i, s in enumerate(sentences) if s.kind == "sentence"] or list(range(len(sentences))))


@pytest.mark.skipif(not DOCS, reason="benchmarks/data/aspects not found")
def test_summary_candidates_match_the_definition_on_the_aspect_corpus():
    essays = [e for path in DOCS for e in analyze(path.read_text(encoding="utf-8"))]
    glued = sum(sum(1 for s in e.sentences if s.kind == "sentence") - len(_plain_candidates(e)) for e in essays)
    assert glued > 0  # the corpus has sentences with a heading glued in: the test compares something
    for e in essays:
        assert _summary_candidates(e) == _plain_candidates(e)


def test_a_heading_glued_into_a_sentence_is_not_a_summary_candidate():
    text = "一、存在的问题基层负担重，会议多。\n二、对策建议\n要精简会议，减轻基层负担。\n"
    (essay,) = analyze(text)
    assert [s.text for s in essay.sentences] == ["一、存在的问题基层负担重，会议多。", "二、对策建议", "要精简会议，减轻基层负担。"]
    assert _summary_candidates(essay) == [2]
