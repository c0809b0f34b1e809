"""The service's file upload and batch endpoints, readiness, metrics and logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import files_fixtures as F
import service_hooks as H
from service.app import create_app
from service.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"
ESSAY = (FIXTURES / "essay_elderly_care.txt").read_text(encoding="utf-8")


def make_client(**settings) -> TestClient:
    return TestClient(create_app(Settings(**settings)))


@pytest.fixture(scope="module")
def client():
    with make_client() as c:
        yield c


def assert_error(response, status: int, kind: str, field: str | None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"type", "message", "field"}
    assert (body["error"]["type"], body["error"]["field"]) == (kind, field), body
    return body["error"]


def _no_ws(s: str) -> str:
    return "".join(s.split())


# ------------------------------------------------------------------------------------------ file upload


@pytest.mark.parametrize(
    ("name", "data", "fmt", "encoding"),
    [
        ("essay.txt", F.ESSAY.encode("gb18030"), "text", "gb18030"),
        ("essay.txt", "\ufeff".encode() + F.ESSAY.encode("utf-8"), "text", "utf-8-sig"),
        ("page.html", F.page_html().encode("utf-8"), "html", "utf-8"),
        ("page.mhtml", F.mhtml(F.page_html("gb18030"), "gb18030"), "html", "gb18030"),
        ("essay.docx", F.make_docx(numbered_headings=True), "docx", "utf-8"),
        ("essay.pdf", F.make_pdf([F.ESSAY_LINES[:3], F.ESSAY_LINES[3:]]), "pdf", "unicode"),
    ],
    ids=["gbk-txt", "utf8-bom-txt", "html", "mhtml", "docx", "pdf"],
)
def test_upload_in_each_format(client, name, data, fmt, encoding):
    response = client.post("/v1/summarize/file", files={"file": (name, data)}, data={"max_points": "3"})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert (doc["source"], doc["format"], doc["encoding"]) == (name, fmt, encoding)
    essay = doc["essays"][0]
    assert [p["text"] for p in essay["challenges"]][:1] == ["基层力量薄弱，人员编制不足"]
    assert len(essay["recommendations"]) <= 3


def test_upload_of_traditional_big5_keeps_the_users_characters(client):
    from test_readers import TRADITIONAL

    response = client.post("/v1/summarize/file", files={"file": ("tw.txt", TRADITIONAL.encode("big5"))})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["encoding"] in ("big5", "cp950", "big5hkscs")
    for point in doc["essays"][0]["challenges"]:
        assert TRADITIONAL[point["start"]:point["end"]] == point["text"]


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("scan.pdf", F.make_scanned_pdf(), "no_text_layer"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "unsupported_format"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "unsupported_format"),
        ("broken.docx", b"PK\x03\x04broken", "decode_error"),
        ("broken.pdf", b"%PDF-1.7\n garbage", "decode_error"),
        ("empty.txt", b"", "empty_input"),
        ("punct.txt", "。。。".encode(), "empty_input"),
        ("nul.txt", b"ab\x00cd" * 50, "decode_error"),
    ],
)
def test_bad_uploads_are_422_naming_file(client, name, data, kind):
    response = client.post("/v1/summarize/file", files={"file": (name, data)})
    assert_error(response, 422, kind, "file")


def test_upload_options_are_validated_like_the_json_endpoint(client):
    response = client.post("/v1/summarize/file", files={"file": ("a.txt", ESSAY.encode())},
                           data={"max_points": "0"})
    assert_error(response, 422, "validation_error", "max_points")
    response = client.post("/v1/summarize/file", files={"file": ("a.txt", ESSAY.encode())}, data={"format": "rtf"})
    assert_error(response, 422, "validation_error", "format")
    assert_error(client.post("/v1/summarize/file", data={"source": "x"}), 422, "validation_error", "file")


def test_upload_format_can_be_forced(client):
    response = client.post("/v1/summarize/file", files={"file": ("page.html", F.page_html().encode())},
                           data={"format": "text", "source": "raw"})
    assert response.status_code == 200, response.text
    assert (response.json()["format"], response.json()["source"]) == ("text", "raw")


def test_upload_text_over_max_chars_is_422_naming_file():
    with make_client(max_chars=100) as c:
        error = assert_error(c.post("/v1/summarize/file", files={"file": ("a.txt", ESSAY.encode("gb18030"))}),
                             422, "input_too_large", "file")
    assert "SUMMARIZER_MAX_CHARS" in error["message"] and f"{len(ESSAY):,}" in error["message"]


def test_upload_over_max_upload_bytes_is_413_naming_the_setting():
    with make_client(max_upload_bytes=5_000) as c:
        response = c.post("/v1/summarize/file", files={"file": ("a.txt", ESSAY.encode() * 20)})
    error = assert_error(response, 413, "body_too_large", None)
    assert "5,000 bytes" in error["message"] and "SUMMARIZER_MAX_UPLOAD_BYTES" in error["message"]


def test_a_client_path_as_file_name_is_only_echoed_never_opened(client):
    """The server never reads a path a request names: the upload's name is reduced to its last part."""
    response = client.post("/v1/summarize/file", files={"file": ("../../../../etc/passwd", "加强党建。".encode())})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["source"] == "passwd"
    assert doc["essays"][0]["summary"] == "加强党建。", "the summary is of the bytes sent, not of a server file"
    response = client.post("/v1/summarize", json={"text": "/etc/passwd"})
    assert response.status_code == 200 and response.json()["chars"] == len("/etc/passwd")


def test_no_endpoint_takes_a_path():
    schema = create_app(Settings(warm_up=False)).openapi()
    names = set()
    for item in schema["components"]["schemas"].values():
        names |= set(item.get("properties", {}))
    for path in schema["paths"].values():
        for operation in path.values():
            names |= {p["name"] for p in operation.get("parameters", [])}
    assert not names & {"path", "file_path", "filename", "dir", "directory", "url", "model_path"}


# ------------------------------------------------------------------------------------------ batch


def test_batch_gives_one_record_per_document_in_order(client):
    documents = [
        {"id": "a", "text": ESSAY},
        {"id": "b", "text": ""},
        {"id": "c", "text": "   \n"},
        {"id": "d", "text": "。。。"},
        {"id": "e", "text": "加强党建。", "source": "e.txt"},
    ]
    response = client.post("/v1/summarize/batch", json={"documents": documents, "max_points": 2})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["succeeded"], body["failed"]) == (2, 3)
    results = body["results"]
    assert [r["id"] for r in results] == ["a", "b", "c", "d", "e"]
    assert all(len(e["challenges"]) <= 2 for e in results[0]["essays"])
    for r in results[1:4]:
        assert r["error"]["type"] == "empty_input" and set(r) == {"id", "source", "error"}
    assert results[4]["source"] == "e.txt" and results[4]["essays"][0]["summary"] == "加强党建。"


def test_batch_document_over_max_chars_is_its_own_error_record():
    with make_client(max_chars=50) as c:
        response = c.post("/v1/summarize/batch", json={"documents": [{"id": "long", "text": ESSAY},
                                                                     {"id": "short", "text": "加强党建。"}]})
    results = response.json()["results"]
    assert results[0]["error"]["type"] == "input_too_large"
    assert "SUMMARIZER_MAX_CHARS" in results[0]["error"]["message"]
    assert "essays" in results[1]


def test_batch_over_max_documents_is_422_naming_documents():
    with make_client(max_batch_documents=3) as c:
        response = c.post("/v1/summarize/batch", json={"documents": [{"id": str(i), "text": "x"} for i in range(4)]})
        error = assert_error(response, 422, "too_many_documents", "documents")
        assert "SUMMARIZER_MAX_BATCH_DOCUMENTS" in error["message"] and "4" in error["message"]
        assert c.post("/v1/summarize/batch", json={"documents": [{"id": "1", "text": "加强党建。"}] * 1}).status_code == 200


def test_batch_validation(client):
    assert_error(client.post("/v1/summarize/batch", json={"documents": []}), 422, "validation_error", "documents")
    assert_error(client.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": "x"}] * 2}),
                 422, "validation_error", "documents")
    assert_error(client.post("/v1/summarize/batch", json={"documents": [{"text": "x"}]}), 422,
                 "validation_error", "documents.0.id")
    assert_error(client.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": "x"}], "max_points": 0}),
                 422, "validation_error", "max_points")


def test_batch_body_over_its_limit_is_413_naming_the_setting():
    with make_client(max_batch_body_bytes=1_000) as c:
        response = c.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": ESSAY * 4}]})
    error = assert_error(response, 413, "body_too_large", None)
    assert "SUMMARIZER_MAX_BATCH_BODY_BYTES" in error["message"]


# ------------------------------------------------------------------------------------------ readiness


def test_readyz_is_200_when_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "ready"


def test_readyz_is_503_until_a_worker_has_started():
    """Workers that cannot start (a broken install): /readyz says starting, /healthz still answers."""
    app = create_app(Settings(warm_up=False, max_concurrent_jobs=1), worker_initializer=H.failing_initializer)
    with TestClient(app) as c:
        response = c.get("/readyz")
        assert response.status_code == 503 and response.json()["status"] == "starting"
        assert response.json()["workers_ready"] == 0
        health = c.get("/healthz")
        assert health.status_code == 200 and health.json()["warmed_up"] is False


# ------------------------------------------------------------------------------------------ metrics, logs


def test_metrics_count_requests_latency_and_document_characters():
    with make_client() as c:
        c.post("/v1/summarize", json={"text": ESSAY})
        c.post("/v1/summarize", json={"text": "。。。"})
        c.post("/v1/summarize/file", files={"file": ("a.pdf", F.make_pdf([F.ESSAY_LINES]))})
        c.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": ESSAY}, {"id": "b", "text": ""}]})
        c.get("/no/such/path")
        response = c.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'summarizer_http_requests_total{method="POST",route="/v1/summarize",status="200"} 1.0' in text
    assert 'summarizer_http_requests_total{method="POST",route="/v1/summarize",status="422"} 1.0' in text
    assert 'summarizer_http_requests_total{method="GET",route="other",status="404"} 1.0' in text
    assert 'summarizer_http_request_duration_seconds_count{method="POST",route="/v1/summarize"} 2.0' in text
    assert 'summarizer_document_characters_count{endpoint="summarize"} 1.0' in text, "summarized documents only"
    assert f'summarizer_document_characters_sum{{endpoint="summarize"}} {float(len(ESSAY))}' in text
    assert 'summarizer_document_characters_count{endpoint="file"} 1.0' in text
    assert 'summarizer_documents_total{endpoint="batch",outcome="empty_input"} 1.0' in text
    assert 'summarizer_documents_total{endpoint="summarize",outcome="ok"} 1.0' in text
    assert "summarizer_jobs_in_flight 0.0" in text


def test_log_line_carries_request_id_and_document_facts(caplog):
    with make_client() as c, caplog.at_level(logging.INFO, logger="summarizer.service"):
        c.post("/v1/summarize/file", files={"file": ("a.txt", F.ESSAY.encode("gb18030"))},
               headers={"X-Request-ID": "upload-7"})
        c.post("/v1/summarize", json={"text": "。。。"}, headers={"X-Request-ID": "empty-8"})
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "summarizer.service"]
    upload = next(line for line in lines if line["request_id"] == "upload-7")
    assert (upload["status"], upload["format"], upload["encoding"], upload["chars"]) == (
        200, "text", "gb18030", len(F.ESSAY))
    empty = next(line for line in lines if line["request_id"] == "empty-8")
    assert (empty["status"], empty["error"]) == (422, "empty_input")
    assert upload["time"].endswith("Z")


@pytest.mark.parametrize("text", ["一、", "标题\n一、"])
def test_text_ending_in_a_bare_list_marker_is_not_a_500(client, text):
    response = client.post("/v1/summarize", json={"text": text})
    assert response.status_code in (200, 422), response.text
