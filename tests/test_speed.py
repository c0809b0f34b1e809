"""Linear-time rewrites kept equal to their plain definitions (issue 9: speed), on real documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import analyze
from summarizer.pipeline import (
    _SIDE_NOTE, TITLE_LINE_CHARS, _squeeze_key, _summary_candidates, _title, _title_line_key, names_section,
)
from summarizer.news import filler_sentence
from summarizer.points import past_speaker_label
from summarizer.sentences import list_line_starts

REPO = Path(__file__).resolve().parents[1]
DOCS = sorted((REPO / "benchmarks" / "data" / "aspects").glob("*.md"))


def _plain_candidates(doc) -> list[int]:
    """The definition: body sentences overlapping no titled heading span, holding no run-in list marker and (in a
    Chinese essay) not mostly Latin; else the body sentences overlapping no heading; else any body sentence; else
    all. A short sentence that repeats the essay's title or its title-like first line is an aside (p29struct)."""
    headings = [(it.start, it.heading_end) for it in doc.structure.items if it.titled]
    inline = [it.start for it in doc.structure.items if it.family != "line"]
    sentences = doc.sentences

    def glued(s) -> bool:
        return any(a < s.end and s.start < b for a, b in headings)

    def cjk_share(text: str) -> float:
        content = [ch for ch in text if ch.isalnum()]
        return sum(1 for ch in content if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
                   or ch >= "\U00020000") / max(1, len(content))

    cjk_doc = cjk_share(doc.body[:2000]) > 0.5

    def plain(s) -> bool:
        return (s.start in listed or not any(s.start <= a < s.end for a in inline)) and not (
            cjk_doc and cjk_share(doc.body[s.start:s.end]) < 0.5)

    # a list line (summarizer.sentences.list_line_starts) is no glued heading nor an enumeration; a lead-in ending in a
    # colon or a side note (备注：…) only in the last two kinds
    listed = list_line_starts(doc.body, names_section)

    title = _title(doc)
    keys = {k for k in (_title_line_key(doc.text), _squeeze_key(title) if title else None) if k and len(k) >= 4}

    def aside(s) -> bool:
        # (a transcript's turn of speech fillers alone, past its speaker's label, is no candidate either: try55)
        return s.text.endswith(("：", ":")) or _SIDE_NOTE.match(s.text) is not None or (
            len(s.text) <= TITLE_LINE_CHARS + 4 and _squeeze_key(s.text) in keys) or filler_sentence(
            doc.body[past_speaker_label(doc.body, s.start, s.end):s.end])

    body = [i for i, s in enumerate(sentences) if s.kind == "sentence"]
    # (a sentence repeated word for word, whitespace and closing marks aside, is a candidate once: its first copy, try48)
    firsts: dict[str, int] = {}
    for i in body:
        firsts.setdefault("".join(sentences[i].text.split()).rstrip("。！？!?；;.…"), i)
    body = sorted(firsts.values())
    clear = [i for i in body if (sentences[i].start in listed or not glued(sentences[i])) and not aside(sentences[i])]
    return [i for i in clear if plain(sentences[i])] or clear or body or list(range(len(sentences)))


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
