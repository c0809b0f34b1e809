"""perf48: issue 9's bounded cost on documents of tens of thousands of tiny sentences, by a documented limit.

``max_sentences`` (library, default none), ``--max-sentences`` (command line) and ``SUMMARIZER_MAX_SENTENCES``
(service), both defaulting to :data:`summarizer.errors.DEFAULT_MAX_SENTENCES`: a document of more sentence ends
(:func:`summarizer.sentences.count_sentence_ends`: runs of 。！？!?, and line breaks after short lines, counted before cleaning) is
refused as ``input_too_large`` naming the setting, before any other work. The texts are written for these tests.
"""

from __future__ import annotations

import json
import pickle

import pytest
from fastapi.testclient import TestClient

import summarizer
from cli_helpers import runner
from costs import assert_linear
from service.app import create_app
from service.settings import Settings
from summarizer import pipeline
from summarizer.batch import BatchConfig, Task, process_task, summarize_text_record
from summarizer.cli import app
from summarizer.errors import DEFAULT_MAX_SENTENCES, InputTooLargeError, TooManySentencesError
from summarizer.sentences import count_sentence_ends

#: Three sentences (four ends would need a fourth mark): a problem, its cause, a measure.
THREE = "社区养老站点偏少。老人排队等候时间长！建议增设日间照料站点。"


@pytest.mark.parametrize("text,ends", [
    ("", 0), ("没有句末标点的一行字", 0), ("好。", 1), ("好。坏。", 2), ("好！！\n\n坏？", 2), ("为什么?!", 1),
    ("第一行\n第二行\n第三行", 2), ("一；二；三", 0), (THREE, 3), ("\n" * 500 + "好。", 2),
])
def test_count_sentence_ends_counts_runs_of_ends_and_line_breaks(text, ends):
    assert count_sentence_ends(text) == ends


def test_a_hard_wrapped_text_counts_its_sentences_not_its_lines():
    # check48: a plain-text export wrapped at 35 characters had each line break counted as a sentence end (13,714
    # for 282,000 characters) and was refused long before max_chars; cleaning joins such lines again
    paragraph = "基层社区养老服务站点数量偏少而且分布不均匀，许多老年人需要步行很远才能到达最近的站点，" * 4 + "建议增设站点。"
    wrapped = "\n".join(paragraph[i:i + 35] for i in range(0, len(paragraph), 35)) + "\n"
    assert wrapped.count("\n") == 6 and count_sentence_ends(wrapped) == 1
    assert count_sentence_ends(wrapped * 3000) == 3000 < DEFAULT_MAX_SENTENCES  # (a 480,000-character export)
    assert count_sentence_ends("好\n" * 20000) == 20000  # (tiny lines still count, each a sentence of its own)


def test_a_document_over_max_sentences_is_refused_naming_the_limit():
    with pytest.raises(TooManySentencesError) as info:
        summarizer.summarize(THREE, max_sentences=2)
    err = info.value
    assert isinstance(err, InputTooLargeError) and err.code == "input_too_large" and err.field == "text"
    assert (err.sentences, err.limit, err.setting) == (3, 2, "max_sentences")
    assert str(err) == "the document has 3 sentences; the limit is 2 (max_sentences)"
    assert str(TooManySentencesError(33333, 10000)) == "the document has 33,333 sentences; the limit is 10,000 " \
                                                       "(max_sentences)"
    assert str(pickle.loads(pickle.dumps(err))) == str(err)  # (sent back from the service's worker processes)
    # at the limit, and with no limit, the summary is the same
    assert summarizer.summarize(THREE, max_sentences=3) == summarizer.summarize(THREE)
    assert len(summarizer.analyze(THREE, max_sentences=3)) == 1
    with pytest.raises(ValueError, match="max_sentences"):
        summarizer.summarize(THREE, max_sentences=0)


def test_the_refusal_comes_before_cleaning(monkeypatch):
    def no_cleaning(*args, **kwargs):
        raise AssertionError("cleaned")
    monkeypatch.setattr(pipeline, "clean", no_cleaning)
    with pytest.raises(TooManySentencesError):
        summarizer.summarize("好。" * 50, max_sentences=10)


def test_the_default_limit_is_far_above_a_long_essay():
    # 100,000 characters of 22-character sentences have 4,545 ends (the corpora's densest documents: one end in 14
    # characters, 7,100 at that length); the default is 10,000
    essay = "基层治理存在人手不足的问题，要加大投入力度。" * 4545
    assert len(essay) <= 100_000 and count_sentence_ends(essay) == 4545 < DEFAULT_MAX_SENTENCES == 10_000


def test_a_batch_record_names_the_library_setting_or_the_option():
    record = summarize_text_record("d1", THREE, max_sentences=2)
    assert record["error"] == {"type": "input_too_large",
                               "message": "the document has 3 sentences; the limit is 2 (max_sentences)"}
    assert "essays" in summarize_text_record("d1", THREE, max_sentences=3)
    record = process_task(Task(index=0, id="d1", source="d1", text=THREE), BatchConfig(max_sentences=2, cli=True))
    assert record["error"]["message"] == "the document has 3 sentences; the limit is 2 (--max-sentences)"


def test_the_command_line_and_the_service_share_the_sentence_limit(tmp_path):
    assert Settings().max_sentences == DEFAULT_MAX_SENTENCES
    path = tmp_path / "three.txt"
    path.write_text(THREE, encoding="utf-8")
    result = runner().invoke(app, ["summarize", str(path), "--max-sentences", "2", "--quiet"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"] == {
        "type": "input_too_large", "message": f"{path}: the document has 3 sentences; the limit is 2 (--max-sentences)"}
    result = runner().invoke(app, ["summarize", str(path), "--max-sentences", "3", "--quiet"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)["essays"]) == 1


def test_the_service_refuses_a_document_over_max_sentences_with_422():
    with TestClient(create_app(Settings(max_sentences=2))) as c:
        response = c.post("/v1/summarize", json={"text": THREE})
        assert response.status_code == 422
        assert response.json()["error"] == {"type": "input_too_large", "field": "text",
                                            "message": "the document has 3 sentences; the limit is 2 "
                                                       "(SUMMARIZER_MAX_SENTENCES)"}
        batch = c.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": THREE}]})
        assert batch.status_code == 200 and batch.json()["results"][0]["error"] == {
            "type": "input_too_large", "message": "the document has 3 sentences; the limit is 2 (SUMMARIZER_MAX_SENTENCES)"}
    with TestClient(create_app(Settings(max_sentences=3))) as c:
        assert c.post("/v1/summarize", json={"text": THREE}).status_code == 200


def test_count_sentence_ends_is_linear():
    assert_linear(lambda n: count_sentence_ends("字" * n), 100_000, "a line without punctuation")
    assert_linear(lambda n: count_sentence_ends("好。" * n), 10_000, "many tiny sentences")
    assert_linear(lambda n: count_sentence_ends("\n" * n), 100_000, "a run of line breaks")
