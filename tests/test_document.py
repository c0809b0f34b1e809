"""The analysed document (summarizer.document.EssayDoc), the stage loop, analyze()/to_summary() and the one
front door for str, bytes and Document input."""

from __future__ import annotations

import pytest

import essays_fixtures as F
import files_fixtures as FF
import summarizer
from summarizer import pipeline
from summarizer.document import EssayDoc
from summarizer.readers import read_bytes
from summarizer.textrank import extract
from summarizer.tokenize import Tokenizer


def test_analyze_fills_every_stage_and_to_summary_gives_summarize():
    essays = summarizer.analyze(F.COLLECTION)
    assert [e.title for e in essays] == ["网格化管理的实践", "数字乡村建设"]
    for e in essays:
        assert len(e.roles) == len(e.structure.items)  # roles are parallel to the items, not keyed by id()
        assert len(e.ranking.scores) == len(e.sentences) == len(e.tokens)
        assert e.body == e.view[e.essay.start:e.essay.end] and len(e.text) == len(e.body)
        assert e.result is not None and e.summary == e.result.summary_sentences
    assert pipeline.to_summary(essays) == summarizer.summarize(F.COLLECTION)
    assert essays[0].document is essays[1].document  # one decoded and cleaned text, shared


def test_to_original_maps_essay_local_offsets_of_a_later_essay():
    second = summarizer.analyze(F.COLLECTION)[1]
    assert second.essay.start > 0
    for s in second.sentences:
        a, b = second.to_original(s.start, s.end)
        assert "".join(F.COLLECTION[a:b].split()) == "".join(s.text.split())
    start, end = second.span
    assert F.COLLECTION[start:end].startswith(second.text[:10])
    with pytest.raises(ValueError):
        second.to_original(0, len(second.text) + 1)


def test_a_point_never_spans_a_page_marker_that_cleaning_cut_out():
    original = "基层治理存在队伍不稳定的问题，人员流动频繁\n· ·54\n导致工作难以持续。"
    essay = summarizer.analyze(original)[0]
    cut = essay.text.index("导致")
    assert essay.exact_end(0, len(essay.text)) <= cut  # past the marker the original slice holds more than the text
    point = essay.point(0, len(essay.text))
    assert "54" not in original[point.start:point.end]
    assert "".join(original[point.start:point.end].split()) == "".join(point.text.split())


def test_the_essay_summary_is_the_textrank_of_extract():
    """summarize's summary and textrank.extract run the same rank() and select(): on plain text with no headings
    and no markers they pick the same sentences within the same budget."""
    doc = summarizer.summarize(F.PLAIN, summary_chars=80)
    picked = [r.text for r in extract(F.PLAIN, budget_chars=80)]
    assert [p.text for p in doc.essays[0].summary_sentences] == picked


def test_stage_loop_checks_what_each_stage_returns(monkeypatch):
    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES[:2], ("broken", lambda doc: None)])
    with pytest.raises(TypeError, match="stage 'broken' returned NoneType"):
        summarizer.summarize(F.PLAIN)


def test_stage_times_are_filled_by_the_loop():
    times = pipeline.StageTimes()
    summarizer.summarize(F.COLLECTION, timings=times)
    assert times.decode_clean > 0 and times.structure > 0 and times.tokenize > 0 and times.rank > 0
    assert times.output > 0 and times.extra == {}
    times.add("custom", 0.5)
    assert times.extra == {"custom": 0.5}


class CountingTokenizer(Tokenizer):
    """A tokenizer that records its calls (and drops every word, so every sentence ranks alike)."""

    def __init__(self):
        super().__init__(stopwords=frozenset())
        self.calls = 0

    def content_tokens_by_span(self, text, spans):
        self.calls += 1
        return [[] for _ in spans]


def test_summarize_uses_the_tokenizer_it_is_given():
    tok = CountingTokenizer()
    doc = summarizer.summarize(F.PLAIN, tokenizer=tok, summary_chars=40)
    assert tok.calls == 1
    # no tokens: uniform scores, so the summary is the lead sentence (ties go to the earliest)
    assert doc.essays[0].summary_sentences[0].text == "我市在推进老旧小区改造中取得了明显成效，居民居住条件得到改善。"
    assert doc.essays[0].summary_sentences[0].score == pytest.approx(1 / 5)


def test_str_bytes_and_document_go_through_one_front_door():
    as_str = summarizer.summarize(FF.ESSAY)
    as_bytes = summarizer.summarize(FF.ESSAY.encode("gb18030"), source="a.txt")
    assert (as_str.format, as_str.encoding) == (None, "utf-8")
    assert (as_bytes.format, as_bytes.encoding, as_bytes.source) == ("text", "gb18030", "a.txt")
    assert as_bytes.essays == as_str.essays
    document = read_bytes(FF.ESSAY.encode("utf-8"), source="b.txt")
    assert summarizer.summarize(document).source == "b.txt"
    assert summarizer.summarize(document, source="c").source == "c"


def test_pdf_bytes_are_read_by_the_pdf_reader():
    pdf = FF.make_pdf([FF.ESSAY_LINES[:4], FF.ESSAY_LINES[4:]])
    doc = summarizer.summarize(pdf)
    text = read_bytes(pdf).text
    assert (doc.format, doc.encoding, doc.chars) == ("pdf", "unicode", len(text))
    for p in doc.essays[0].challenges + doc.essays[0].summary_sentences:
        assert "".join(p.text.split()) in "".join(text[p.start:p.end].split())


def test_other_input_types_are_a_type_error():
    with pytest.raises(TypeError, match="str, bytes or Document"):
        summarizer.summarize(123)  # type: ignore[arg-type]


def test_essay_docs_are_the_stage_contract():
    doc = summarizer.analyze(F.PLAIN)[0]
    assert isinstance(doc, EssayDoc)
    assert [name for name, _ in pipeline.STAGES] == [
        "structure", "sentences", "aspects", "tokens", "textrank", "summary", "points", "keyphrases", "output"]
