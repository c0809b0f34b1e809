"""B25 (../shared/cases/model-service-cases.md): resource limits at the service edge, each expected value a test.

B25 input: ``{"text": "治理" × 1,000,000}`` (~6 MB of UTF-8) to the summarize endpoint, once with a
Content-Length and once with ``Transfer-Encoding: chunked`` and no Content-Length. Expected: 413 with a JSON
error body for both, without buffering the whole payload; a body under the byte limit whose text is over the
character limit (100,000, configurable) → 422 naming ``text``; per-request time bounded (503/504 JSON). The
kind: body bytes, field lengths, batch item count, processing time, concurrent requests; the CLI has the same
limits for huge files.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import service_hooks as H
from service.app import create_app
from service.settings import Settings

B25_TEXT = "治理" * 1_000_000
B25_BODY = json.dumps({"text": B25_TEXT}, ensure_ascii=False).encode("utf-8")


def assert_json_error(response, status: int, kind: str, field: str | None) -> dict:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert (error["type"], error["field"]) == (kind, field)
    return error


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings())) as c:  # the defaults: 2,000,000 bytes, 100,000 characters
        yield c


def test_b25_input_is_about_6_mb():
    assert 5_900_000 < len(B25_BODY) < 6_100_000


def test_b25_body_with_content_length_is_413_json(client):
    response = client.post("/v1/summarize", content=B25_BODY, headers={"content-type": "application/json"})
    error = assert_json_error(response, 413, "body_too_large", None)
    assert "2,000,000 bytes" in error["message"] and "SUMMARIZER_MAX_BODY_BYTES" in error["message"]


def test_b25_chunked_body_without_content_length_is_413_json(client):
    def chunks():
        for i in range(0, len(B25_BODY), 65_536):
            yield B25_BODY[i:i + 65_536]

    response = client.post("/v1/summarize", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in {k.lower() for k in response.request.headers}
    assert_json_error(response, 413, "body_too_large", None)


def test_b25_chunked_body_is_not_buffered_whole():
    """The app stops reading at the first chunk past the limit: ~2 MB of the 6 MB are ever read."""
    app = create_app(Settings(warm_up=False))
    chunk = 65_536
    read = 0
    sent: list[dict] = []

    async def receive():
        nonlocal read
        piece = B25_BODY[read:read + chunk]
        read += len(piece)
        return {"type": "http.request", "body": piece, "more_body": read < len(B25_BODY)}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/v1/summarize", "raw_path": b"/v1/summarize", "query_string": b"", "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"transfer-encoding", b"chunked")],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "state": {},
    }
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert read <= 2_000_000 + chunk, f"read {read:,} bytes of {len(B25_BODY):,}"


def test_b25_text_over_100000_characters_under_the_byte_limit_is_422_naming_text(client):
    text = "治" * 100_001
    body = json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")
    assert len(body) < 2_000_000, "under the byte limit"
    response = client.post("/v1/summarize", content=body, headers={"content-type": "application/json"})
    error = assert_json_error(response, 422, "input_too_large", "text")
    assert "100,001" in error["message"] and "100,000" in error["message"]


def test_b25_character_limit_is_configurable():
    with TestClient(create_app(Settings(max_chars=10, warm_up=False))) as c:
        assert_json_error(c.post("/v1/summarize", json={"text": "治理" * 6}), 422, "input_too_large", "text")
        assert c.post("/v1/summarize", json={"text": "加强党建。"}).status_code == 200


def test_b25_processing_time_is_bounded_504_json():
    """The summary's time is bounded: 504 JSON, and the job is stopped (tests/test_service_workers.py)."""
    with TestClient(create_app(Settings(request_timeout_s=2, max_concurrent_jobs=1),
                               worker_initializer=H.slow_marked_summaries)) as c:
        response = c.post("/v1/summarize", json={"text": H.SLOW + "加强党建。"})
    assert_json_error(response, 504, "timeout", None)


def test_b25_concurrent_requests_are_bounded_503_json_with_retry_after():
    with TestClient(create_app(Settings(max_concurrent_jobs=1, max_queued_jobs=1, request_timeout_s=60),
                               worker_initializer=H.slow_marked_summaries)) as c:
        pool = c.app.state.runner
        threads = [threading.Thread(target=c.post, args=("/v1/summarize",), kwargs={"json": {"text": H.SLOW + "x"}})
                   for _ in range(2)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while pool.in_flight < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        response = c.post("/v1/summarize", json={"text": "x"})
        pool.close()  # the two sleeping jobs end (503 stopping) with their workers
        for t in threads:
            t.join(30)
    assert_json_error(response, 503, "busy", None)
    assert int(response.headers["retry-after"]) > 0


def test_b25_batch_item_count_is_bounded(client):
    documents = [{"id": str(i), "text": "加强党建。"} for i in range(101)]
    error = assert_json_error(client.post("/v1/summarize/batch", json={"documents": documents}),
                              422, "too_many_documents", "documents")
    assert "100" in error["message"]


def test_b25_cli_has_the_same_limits_for_huge_files(tmp_path):
    from summarizer.cli import app

    huge = tmp_path / "huge.txt"
    huge.write_text(B25_TEXT, encoding="utf-8")
    runner = CliRunner()
    by_bytes = runner.invoke(app, ["summarize", str(huge), "--max-bytes", "2000000", "--workers", "0"])
    assert by_bytes.exit_code == 1
    assert json.loads(by_bytes.stdout)["error"]["type"] == "input_too_large"
    by_chars = runner.invoke(app, ["summarize", str(huge), "--max-chars", "100000", "--workers", "0"])
    assert by_chars.exit_code == 1
    record = json.loads(by_chars.stdout)
    assert record["error"]["type"] == "input_too_large"
    assert "the limit is 100,000 (--max-chars)" in record["error"]["message"]  # the option that lifts it (trial10)


def test_every_setting_a_service_message_names_exists():
    """Each ``SUMMARIZER_*`` variable the service's messages and hints name (``the limit is … (SUMMARIZER_MAX_CHARS)``)
    is a field of :class:`Settings` or of the readers' limits, spelt as :func:`service.settings.env_name` spells it:
    a renamed setting cannot leave an error naming a variable that does nothing."""
    import dataclasses
    import re
    from pathlib import Path

    from service.settings import SERVER_LIMIT_SETTINGS, env_name
    from summarizer.readers import ReaderLimits

    known = {env_name(f) for f in Settings.model_fields} | {env_name(f.name) for f in dataclasses.fields(ReaderLimits)}
    service_dir = Path(__file__).resolve().parent.parent / "service"
    named = {name for path in service_dir.glob("*.py")
             for name in re.findall(r"SUMMARIZER_[A-Z0-9_]*[A-Z0-9]\b", path.read_text(encoding="utf-8"))}
    assert "SUMMARIZER_MAX_CHARS" in named and "SUMMARIZER_MAX_PDF_PAGES" in named
    assert named - known - {"SUMMARIZER_MAX"} == set()  # SUMMARIZER_MAX_* in prose
    assert SERVER_LIMIT_SETTINGS == {"max_essays": "SUMMARIZER_MAX_ESSAYS", "max_sentences": "SUMMARIZER_MAX_SENTENCES"}
