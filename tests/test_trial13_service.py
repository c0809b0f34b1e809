"""trial13: an upload's ``file`` sent as a text field is told what to send, in words (no Python class names)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings


def test_a_file_sent_as_a_text_field_gets_a_422_that_says_to_send_a_file_part():
    with TestClient(create_app(Settings(max_concurrent_jobs=1, warm_up=False))) as client:
        answer = client.post("/v1/summarize/file", data={"file": "一、问题：人员不足。二、建议：要加强培训。"})
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["type"] == "validation_error" and error["field"] == "file"
    assert error["message"].startswith("file: send a file part with a file name (curl -F file=@NAME")
    assert "class" not in error["message"] and "UploadFile" not in error["message"]
