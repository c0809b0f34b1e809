"""A new user's trial of the service (trial7): bodies of the wrong media type get 415 saying where they belong,
and the readiness probe answers HEAD like the liveness probe."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings

ESSAY = "一、存在的问题\n养老护理人员短缺。一是工资低，二是流动性高。\n二、对策建议\n一是提高薪酬待遇，二是开展技能培训。"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(max_concurrent_jobs=1))) as c:
        yield c


def error_of(response, status: int, kind: str) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["type"] == kind, error
    return error


def test_plain_text_body_to_the_json_endpoint_is_415_pointing_at_json_and_the_upload(client):
    error = error_of(client.post("/v1/summarize", content=ESSAY.encode(), headers={"content-type": "text/plain"}),
                     415, "unsupported_media_type")
    assert "application/json" in error["message"] and "text/plain" in error["message"]
    assert "/v1/summarize/file" in error["message"] and error["field"] is None
    # even a valid JSON object declared as text/plain: the declared type is what is wrong
    body = json.dumps({"text": ESSAY}, ensure_ascii=False).encode()
    error_of(client.post("/v1/summarize", content=body, headers={"content-type": "text/plain; charset=utf-8"}),
             415, "unsupported_media_type")


def test_a_form_sent_to_the_json_endpoints_is_415(client):
    error = error_of(client.post("/v1/summarize", data={"text": ESSAY}), 415, "unsupported_media_type")
    assert "application/x-www-form-urlencoded" in error["message"]
    error = error_of(client.post("/v1/summarize/batch", files={"file": ("a.txt", ESSAY.encode(), "text/plain")}),
                     415, "unsupported_media_type")
    assert "multipart/form-data" in error["message"] and "/v1/summarize/batch" in error["message"]


def test_json_sent_to_the_upload_endpoint_is_415_naming_multipart(client):
    error = error_of(client.post("/v1/summarize/file", json={"text": ESSAY}), 415, "unsupported_media_type")
    assert "multipart/form-data" in error["message"] and "application/json" in error["message"]
    assert "file=@" in error["message"]


def test_the_right_media_types_still_work_and_their_faults_stay_422(client):
    ok = client.post("/v1/summarize", json={"text": ESSAY})
    assert ok.status_code == 200, ok.text
    assert [p["text"] for p in ok.json()["essays"][0]["recommendations"]] == ["提高薪酬待遇", "开展技能培训"]
    # +json media types are JSON too; a missing field there is a 422, not a 415
    error = error_of(client.post("/v1/summarize", content=b"{}", headers={"content-type": "application/vnd.a+json"}),
                     422, "validation_error")
    assert error["field"] == "text"
    # an upload without its file part is a 422 naming file
    error = error_of(client.post("/v1/summarize/file", data={"max_points": "3"},
                                 files={"other": ("a.txt", b"x", "text/plain")}), 422, "validation_error")
    assert error["field"] == "file"
    # no Content-Type at all: the body is read as JSON, a non-object is a 422
    error_of(client.post("/v1/summarize", content=b"[1, 2]"), 422, "validation_error")


def test_head_readyz_answers_like_get_without_a_body(client):
    get = client.get("/readyz")
    head = client.head("/readyz")
    assert (get.status_code, head.status_code) == (200, 200)
    assert get.json()["status"] == "ready" and head.content == b""
    assert head.headers["content-type"].startswith("application/json")


def test_a_url_encoded_form_without_the_file_is_still_422_naming_file(client):
    error = error_of(client.post("/v1/summarize/file", data={"source": "x"}), 422, "validation_error")
    assert error["field"] == "file"


def test_the_415_is_in_the_openapi_schema_of_each_body_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/v1/summarize", "/v1/summarize/batch", "/v1/summarize/file"):
        assert "415" in paths[path]["post"]["responses"], path


def test_a_json_object_without_any_content_type_is_read_as_json(client):
    """README: a body without a Content-Type is read as the endpoint's own type (trial11: FastAPI's
    strict_content_type default had turned it into a 422 'not a dictionary')."""
    body = json.dumps({"text": ESSAY, "max_points": 2}, ensure_ascii=False).encode()
    ok = client.post("/v1/summarize", content=body, headers={"content-type": ""})
    assert ok.status_code == 200, ok.text
    assert [p["text"] for p in ok.json()["essays"][0]["recommendations"]] == ["提高薪酬待遇", "开展技能培训"]
    batch = json.dumps({"documents": [{"id": "a", "text": ESSAY}]}, ensure_ascii=False).encode()
    answer = client.post("/v1/summarize/batch", content=batch, headers={"content-type": ""})
    assert answer.status_code == 200, answer.text
    assert (answer.json()["succeeded"], answer.json()["failed"]) == (1, 0)
    # not JSON at all, still undeclared: a 422 naming the body, not a 415
    error_of(client.post("/v1/summarize", content=ESSAY.encode(), headers={"content-type": ""}), 422,
             "validation_error")
