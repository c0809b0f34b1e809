"""The HTTP service: happy path, every bad input a 4xx JSON naming its field, body limits, timeouts."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
import os
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import service_hooks as H
from service.app import create_app
from service.settings import Settings
from summarizer import __version__

FIXTURES = Path(__file__).parent / "fixtures"
ESSAY = (FIXTURES / "essay_elderly_care.txt").read_text(encoding="utf-8")
SEQ2SEQ_INSTALLED = importlib.util.find_spec("transformers") is not None


def make_client(**settings) -> TestClient:
    return TestClient(create_app(Settings(**settings)))


@pytest.fixture(scope="module")
def client():
    with make_client() as c:  # `with` runs the lifespan: the dictionary is loaded here, once
        yield c


def assert_error(response, status: int, kind: str, field: str | None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"type", "message", "field"}
    assert body["error"]["type"] == kind, body
    assert body["error"]["field"] == field, body
    assert body["error"]["message"]
    return body["error"]


def _no_ws(s: str) -> str:
    return "".join(s.split())


# ------------------------------------------------------------------------------------------ happy paths


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": __version__, "warmed_up": True}


def test_summarize_happy_path(client):
    response = client.post("/v1/summarize", json={"text": ESSAY, "source": "elderly-care"})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["source"] == "elderly-care"
    assert doc["encoding"] == "utf-8"
    assert doc["method"] == "textrank"
    assert doc["chars"] == len(ESSAY)
    essay = doc["essays"][0]
    assert essay["summary"]
    assert essay["challenges"] and essay["recommendations"]
    for point in essay["challenges"] + essay["recommendations"] + essay["summary_sentences"]:
        assert _no_ws(point["text"]) in _no_ws(ESSAY[point["start"]:point["end"]])


def test_options_are_applied(client):
    response = client.post("/v1/summarize", json={"text": ESSAY, "max_points": 1, "max_point_chars": 12})
    assert response.status_code == 200, response.text
    essay = response.json()["essays"][0]
    assert len(essay["challenges"]) <= 1 and len(essay["recommendations"]) <= 1
    assert all(len(p["text"]) <= 12 for p in essay["challenges"] + essay["recommendations"])


def test_request_id_is_echoed_or_made(client):
    given = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert given.headers["x-request-id"] == "abc-123"
    made = client.get("/healthz")
    assert len(made.headers["x-request-id"]) == 32
    unsafe = client.get("/healthz", headers={"X-Request-ID": "a b\tc" * 50})
    assert unsafe.headers["x-request-id"] != "a b\tc" * 50


def test_docs_and_openapi(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    operation = schema["paths"]["/v1/summarize"]["post"]
    assert {"200", "413", "422", "503", "504"} <= set(operation["responses"])


def test_one_structured_log_line_per_request(client, caplog):
    with caplog.at_level(logging.INFO, logger="summarizer.service"):
        client.get("/healthz", headers={"X-Request-ID": "log-me"})
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "summarizer.service"]
    assert len(lines) == 1
    assert lines[0]["request_id"] == "log-me"
    assert lines[0]["method"] == "GET" and lines[0]["path"] == "/healthz" and lines[0]["status"] == 200
    assert lines[0]["duration_ms"] >= 0


def test_dictionary_is_loaded_once_per_worker_at_start_up():
    """Each worker process loads the dictionary in its start-up, before the app serves; requests reuse it."""
    from service import jobs

    with make_client(max_concurrent_jobs=1) as c:
        pool = c.app.state.runner
        assert pool.status()["ready"] == 1, "the lifespan waited for the worker"
        before = asyncio.run(pool.run(jobs.worker_facts))
        c.post("/v1/summarize", json={"text": ESSAY})
        c.post("/v1/summarize", json={"text": ESSAY})
        after = asyncio.run(pool.run(jobs.worker_facts))
    assert before["initialized"] == after["initialized"] == 1
    assert before["pid"] == after["pid"] != os.getpid()


# ------------------------------------------------------------------------------------------ bad input: 422


@pytest.mark.parametrize("text", ["", "   \n", "。。。"])
def test_empty_text_is_422_naming_text(client, text):
    assert_error(client.post("/v1/summarize", json={"text": text}), 422, "empty_input", "text")


def test_missing_text_is_422_naming_text(client):
    error = assert_error(client.post("/v1/summarize", json={"max_points": 3}), 422, "validation_error", "text")
    assert "text" in error["message"]


def test_text_of_wrong_type_is_422(client):
    assert_error(client.post("/v1/summarize", json={"text": 42}), 422, "validation_error", "text")


def test_invalid_json_is_422(client):
    response = client.post("/v1/summarize", content=b'{"text": "abc"', headers={"content-type": "application/json"})
    error = assert_error(response, 422, "validation_error", None)
    assert "JSON" in error["message"]


def test_body_that_is_not_an_object_is_422(client):
    assert_error(client.post("/v1/summarize", json=["text"]), 422, "validation_error", None)


@pytest.mark.parametrize(
    ("option", "value"),
    [("max_points", 0), ("max_points", 51), ("max_point_chars", 5), ("summary_chars", 1), ("method", "magic")],
)
def test_invalid_option_is_422_naming_it(client, option, value):
    response = client.post("/v1/summarize", json={"text": ESSAY, option: value})
    error = assert_error(response, 422, "validation_error", option)
    assert option in error["message"]


def test_unknown_field_is_422_naming_it(client):
    assert_error(client.post("/v1/summarize", json={"text": ESSAY, "max_pionts": 3}), 422, "validation_error",
                 "max_pionts")


def test_text_over_max_chars_is_422_naming_text():
    with make_client(max_chars=50) as c:
        error = assert_error(c.post("/v1/summarize", json={"text": "治理" * 26}), 422, "input_too_large", "text")
        assert "52" in error["message"] and "50" in error["message"]
        assert c.post("/v1/summarize", json={"text": ESSAY[:50]}).status_code == 200


def test_document_over_max_essays_is_422_naming_max_essays():
    """SUMMARIZER_MAX_ESSAYS: a document that splits into more essays is refused (422 ``input_too_large``, the
    message names SUMMARIZER_MAX_ESSAYS and both counts); within the limit it is summarized."""
    text = ("第一篇\n加强社区养老服务\n老年人日间照料站点少。建议增设照料站点。\n"
            "第二篇\n推进垃圾分类\n居民分类意识不强。建议加强宣传引导。\n"
            "第三篇\n改善农村道路\n村道年久失修。建议加大养护投入。\n")
    with make_client(max_essays=2) as c:
        error = assert_error(c.post("/v1/summarize", json={"text": text}), 422, "input_too_large", "text")
        # (the server's setting, which a client cannot send: fix49)
        assert error["message"] == "the document has 3 essays; the limit is 2 (SUMMARIZER_MAX_ESSAYS)"
        batch = c.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": text}]})
        assert batch.status_code == 200 and batch.json()["results"][0]["error"] == {
            "type": "input_too_large", "message": "the document has 3 essays; the limit is 2 (SUMMARIZER_MAX_ESSAYS)"}
    with make_client(max_essays=3) as c:
        assert len(c.post("/v1/summarize", json={"text": text}).json()["essays"]) == 3


# ------------------------------------------------------------------------------------------ body limits: 413


def test_body_of_3_mb_is_413(client):
    body = json.dumps({"text": "治理" * 500_000}, ensure_ascii=False).encode("utf-8")  # ~3 MB
    assert len(body) > 2_000_000
    response = client.post("/v1/summarize", content=body, headers={"content-type": "application/json"})
    error = assert_error(response, 413, "body_too_large", None)
    assert "2,000,000 bytes" in error["message"]
    assert response.headers["x-request-id"]


def test_chunked_body_without_content_length_over_the_limit_is_413():
    def body():
        yield b'{"text": "'
        for _ in range(100):  # 100 KiB, the limit is 10 KB
            yield b"x" * 1024
        yield b'"}'

    with make_client(max_body_bytes=10_000) as c:
        response = c.post("/v1/summarize", content=body(), headers={"content-type": "application/json"})
    assert_error(response, 413, "body_too_large", None)
    assert "content-length" not in {k.lower() for k in response.request.headers}


def test_streamed_body_is_read_only_up_to_the_limit():
    """Straight ASGI (TestClient joins the chunks): the app stops reading at the first chunk past the limit."""
    app = create_app(Settings(max_body_bytes=10_000, warm_up=False))
    chunks_read = []
    sent: list[dict] = []

    async def receive():
        chunks_read.append(1)
        return {"type": "http.request", "body": b"x" * 1024, "more_body": len(chunks_read) < 1000}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/v1/summarize", "raw_path": b"/v1/summarize", "query_string": b"", "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"transfer-encoding", b"chunked")],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "state": {},
    }
    asyncio.run(app(scope, receive, send))
    assert len(chunks_read) == 10, "10 KiB read: 9 chunks under the limit, the 10th over it"
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["error"]["type"] == "body_too_large"


def test_chunked_body_under_the_limit_is_accepted():
    def body():
        data = json.dumps({"text": ESSAY}, ensure_ascii=False).encode("utf-8")
        for i in range(0, len(data), 100):
            yield data[i:i + 100]

    with make_client(max_body_bytes=10_000) as c:
        response = c.post("/v1/summarize", content=body(), headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text


@pytest.fixture()
def live_server():
    """The app under a real uvicorn on a free local port (warm-up off: only the body limit is exercised)."""
    import socket

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(max_body_bytes=2_000_000, warm_up=False)), host="127.0.0.1",
                            port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    yield port
    server.should_exit = True
    thread.join(10)


def test_real_server_answers_413_to_a_6_mb_chunked_body(live_server):
    import http.client

    piece = json.dumps("治理" * 10_000, ensure_ascii=False)[1:-1].encode("utf-8")  # 60 KB

    def body():
        yield b'{"text": "'
        for _ in range(100):  # ~6 MB in all, as in B25
            yield piece
        yield b'"}'

    conn = http.client.HTTPConnection("127.0.0.1", live_server, timeout=10)
    try:
        conn.putrequest("POST", "/v1/summarize")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        try:
            for data in body():
                conn.send(b"%x\r\n%s\r\n" % (len(data), data))
            conn.send(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may stop reading once it has answered
        response = conn.getresponse()
        assert response.status == 413
        assert json.loads(response.read())["error"]["type"] == "body_too_large"
    finally:
        conn.close()


def test_real_server_answers_413_from_content_length_alone(live_server):
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", live_server, timeout=10)
    try:
        conn.putrequest("POST", "/v1/summarize")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", "6000000")
        conn.endheaders()  # no body sent at all: the answer comes from the header
        response = conn.getresponse()
        assert response.status == 413
        assert json.loads(response.read())["error"]["type"] == "body_too_large"
    finally:
        conn.close()


def test_invalid_content_length_is_400(client):
    response = client.post("/v1/summarize", content=b"{}", headers={"content-length": "abc",
                                                                    "content-type": "application/json"})
    assert_error(response, 400, "bad_request", None)


# ------------------------------------------------------------------------------------------ 404 / 405 / 5xx


def test_unknown_path_and_wrong_method_are_json(client):
    assert_error(client.get("/nope"), 404, "not_found", None)
    assert_error(client.get("/v1/summarize"), 405, "method_not_allowed", None)


@pytest.mark.skipif(SEQ2SEQ_INSTALLED, reason="the seq2seq extra is installed here")
def test_seq2seq_without_model_is_503_json(client):
    response = client.post("/v1/summarize", json={"text": ESSAY, "method": "seq2seq"})
    assert_error(response, 503, "model_not_available", "method")


def test_slow_summary_is_504_json():
    with TestClient(create_app(Settings(request_timeout_s=3, max_concurrent_jobs=1),
                               worker_initializer=H.slow_marked_summaries)) as c:
        response = c.post("/v1/summarize", json={"text": H.SLOW + ESSAY})
    error = assert_error(response, 504, "timeout", None)
    assert "3 s" in error["message"] and "SUMMARIZER_REQUEST_TIMEOUT_S" in error["message"]


# ------------------------------------------------------------------------------------------ settings


def test_settings_from_environment(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MAX_BODY_BYTES", "1234")
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "99")
    monkeypatch.setenv("SUMMARIZER_REQUEST_TIMEOUT_S", "2.5")
    monkeypatch.setenv("SUMMARIZER_MAX_CONCURRENT_JOBS", "3")
    settings = Settings()
    assert (settings.max_body_bytes, settings.max_chars, settings.request_timeout_s,
            settings.max_concurrent_jobs) == (1234, 99, 2.5, 3)


def test_a_malformed_reader_limit_stops_the_app_at_start_up(monkeypatch):
    """A SUMMARIZER_MAX_* reader limit that is not a positive integer fails create_app (start-up), naming the
    variable, instead of answering 500 to every PDF/DOCX upload."""
    from service.app import create_app

    monkeypatch.setenv("SUMMARIZER_MAX_PDF_PAGES", "ten")
    with pytest.raises(ValueError, match="SUMMARIZER_MAX_PDF_PAGES: must be a positive integer, not 'ten'"):
        create_app(Settings())


def test_settings_defaults():
    settings = Settings()
    assert settings.max_body_bytes == 2_000_000
    assert settings.max_chars == 100_000
    assert settings.max_essays == 500
    assert settings.max_concurrent_jobs >= 1


def test_the_tokenizer_comes_from_the_settings():
    """Settings.tokenizer (SUMMARIZER_TOKENIZER) is the segmenter every worker uses for every request."""
    from service import jobs

    with make_client(tokenizer="rjieba", max_concurrent_jobs=1) as c:
        assert c.post("/v1/summarize", json={"text": ESSAY}).status_code == 200
        facts = asyncio.run(c.app.state.runner.run(jobs.worker_facts))
    assert facts["tokenizer"] == "rjieba"
    with pytest.raises(ValueError):
        Settings(tokenizer="spacy")
