"""HTTP input at the service's edge (issue 10; B26 and B33 of ../shared/cases/input-cases.md), each expected
value a test: bodies that are not UTF-8, lone surrogates, file names in every spelling clients send, a second
file part, strict option types, a plain-text .html upload, malformed Content-Length, HEAD /healthz, 413s in the
metrics under their route, error types in the log, and the read timeout for slow clients."""

from __future__ import annotations

import json
import logging
import socket

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.live_server import live_server, read_all

TEXT = "加强基层治理。提升服务效能。"
ESSAY = "一、存在的问题\n基层治理力量薄弱。一是人员不足，二是经费紧张。\n二、对策建议\n一是充实基层队伍，二是加大财政投入。"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(max_concurrent_jobs=1))) as c:
        yield c


def assert_error(response, status: int, kind: str, field: str | None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    response.content.decode("utf-8")  # always valid UTF-8
    error = response.json()["error"]
    assert (error["type"], error["field"]) == (kind, field), error
    assert error["message"]
    return error


# ------------------------------------------------------------------------------------------ B26: JSON bodies


def test_b26_gbk_json_body_is_400_saying_the_body_must_be_utf8(client):
    body = '{"text": "加强治理"}'.encode("gbk")
    assert body[10:18] == bytes.fromhex("BCD3C7BFD6CEC0ED")  # the bytes of the case
    error = assert_error(client.post("/v1/summarize", content=body, headers={"content-type": "application/json"}),
                         400, "bad_request", None)
    assert "must be UTF-8" in error["message"] and "0xBC" in error["message"]


def test_b26_gbk_batch_body_and_body_without_content_type_are_400(client):
    body = json.dumps({"documents": [{"id": "a", "text": "加强治理"}]}, ensure_ascii=False).encode("gbk")
    assert_error(client.post("/v1/summarize/batch", content=body, headers={"content-type": "application/json"}),
                 400, "bad_request", None)
    raw = '{"text": "加强治理"}'.encode("gbk")
    assert_error(client.post("/v1/summarize", content=raw), 400, "bad_request", None)


def test_b26_declared_charset_gbk_is_415(client):
    body = '{"text": "加强治理"}'.encode("gbk")
    error = assert_error(client.post("/v1/summarize", content=body,
                                     headers={"content-type": "application/json; charset=gbk"}),
                         415, "unsupported_media_type", None)
    assert "UTF-8" in error["message"] and "gbk" in error["message"]
    ok = client.post("/v1/summarize", content='{"text": "加强治理。"}'.encode(),
                     headers={"content-type": "application/json; charset=UTF-8"})
    assert ok.status_code == 200, ok.text


def test_b26_lone_surrogate_is_422_naming_text(client):
    response = client.post("/v1/summarize", content=b'{"text": "\\u52a0\\u5f3a\\u6cbb\\u7406\\ud800"}',
                           headers={"content-type": "application/json"})
    error = assert_error(response, 422, "validation_error", "text")
    assert "U+D800" in error["message"] and "character 4" in error["message"]


def test_b26_lone_surrogate_in_a_batch_id_is_422_naming_it(client):
    response = client.post("/v1/summarize/batch", content=b'{"documents": [{"id": "\\udc00", "text": "x"}]}',
                           headers={"content-type": "application/json"})
    assert_error(response, 422, "validation_error", "documents.0.id")


# ------------------------------------------------------------------------------------------ strict option types


@pytest.mark.parametrize("value", [True, "3", 3.0])
def test_an_integer_option_of_another_json_type_is_422(client, value):
    error = assert_error(client.post("/v1/summarize", json={"text": ESSAY, "max_points": value}), 422,
                         "validation_error", "max_points")
    assert "integer" in error["message"]
    assert_error(client.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": ESSAY}],
                                                          "max_points": value}), 422, "validation_error", "max_points")


def test_strict_types_keep_numbers_for_float_options_and_strings_in_forms(client):
    assert client.post("/v1/summarize", json={"text": ESSAY, "max_points": 3}).status_code == 200
    # a float option given an integer is still a number
    assert client.post("/v1/summarize", json={"text": ESSAY, "theme_threshold": 1}).status_code == 200
    # form fields are text by nature: "3" is 3 there
    response = client.post("/v1/summarize/file", files={"file": ("a.txt", ESSAY.encode())}, data={"max_points": "1"})
    assert response.status_code == 200, response.text
    assert len(response.json()["essays"][0]["challenges"]) == 1


# ------------------------------------------------------------------------------------------ B33: upload names


def _multipart(parts: list[tuple[bytes, bytes]], boundary: bytes = b"b0undary") -> tuple[bytes, dict]:
    """A multipart/form-data body from ``(Content-Disposition value, content)`` pairs, bytes as given."""
    body = b""
    for disposition, content in parts:
        body += b"--" + boundary + b"\r\nContent-Disposition: " + disposition + b"\r\n\r\n" + content + b"\r\n"
    body += b"--" + boundary + b"--\r\n"
    return body, {"content-type": "multipart/form-data; boundary=" + boundary.decode()}


def _upload(client, disposition: bytes, extra: list[tuple[bytes, bytes]] = ()):
    body, headers = _multipart([(disposition, TEXT.encode("utf-8")), *extra])
    return client.post("/v1/summarize/file", content=body, headers=headers)


ENCODED = "%E6%B1%89%E5%AD%97%E6%8A%A5%E5%91%8A.txt"


@pytest.mark.parametrize(
    "disposition",
    [
        'form-data; name="file"; filename="汉字报告.txt"'.encode("utf-8"),
        f"form-data; name=\"file\"; filename*=UTF-8''{ENCODED}".encode(),
        f"form-data; name=\"file\"; filename=\"report.txt\"; filename*=UTF-8''{ENCODED}".encode(),
        'form-data; name="file"; filename="汉字报告.txt"'.encode("gbk"),
        f'form-data; name="file"; filename="{ENCODED}"'.encode(),
    ],
    ids=["raw-utf8", "rfc5987-only", "both-rfc6266", "gbk-bytes", "percent-encoded"],
)
def test_b33_file_name_in_each_spelling_is_decoded(client, disposition):
    response = _upload(client, disposition)
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["source"] == "汉字报告.txt"
    assert doc["essays"][0]["summary"] == TEXT


def test_b33_windows_path_keeps_the_last_component(client):
    response = _upload(client, 'form-data; name="file"; filename="C:\\Users\\某某\\报告.txt"'.encode("utf-8"))
    assert response.status_code == 200, response.text
    assert response.json()["source"] == "报告.txt"
    response = _upload(client, 'form-data; name="file"; filename="C:\\Users\\某某\\报告.txt"'.encode("gbk"))
    assert response.json()["source"] == "报告.txt"


def test_b33_form_field_in_gbk_is_decoded(client):
    response = _upload(client, b'form-data; name="file"; filename="a.txt"',
                       [(b'form-data; name="source"', "汉字报告".encode("gbk"))])
    assert response.status_code == 200, response.text
    assert response.json()["source"] == "汉字报告"


def test_b33_undecodable_names_and_values_are_422_never_mojibake(client):
    bad = b"\xff\xfe\x80.txt"  # neither UTF-8 nor GB18030
    error = assert_error(_upload(client, b'form-data; name="file"; filename="' + bad + b'"'), 422,
                         "validation_error", "file")
    assert "UTF-8" in error["message"] and "GB18030" in error["message"]
    assert_error(_upload(client, b'form-data; name="file"; filename="a.txt"', [(b'form-data; name="source"', bad)]),
                 422, "validation_error", "source")
    error = assert_error(_upload(client, b"form-data; name=\"file\"; filename*=UTF-8''%FF%FE.txt"), 422,
                         "validation_error", "file")
    assert "filename*" in error["message"]


def test_a_second_file_part_is_refused_not_dropped(client):
    body, headers = _multipart([(b'form-data; name="file"; filename="a.txt"', TEXT.encode()),
                                (b'form-data; name="file"; filename="b.txt"', "另一份文件。".encode())])
    error = assert_error(client.post("/v1/summarize/file", content=body, headers=headers), 422,
                         "validation_error", "file")
    assert "2 parts" in error["message"]
    # try54: the batch endpoint is named as what it is, texts in JSON, not as a place to send several files
    assert "a request for each file" in error["message"] and "texts as JSON, not files" in error["message"]


@pytest.mark.parametrize("cut", [len(b"--b0undary--\r\n"), len(b"--\r\n"), len(b"\r\n--b0undary--\r\n") + 3])
def test_a_multipart_body_cut_before_its_closing_boundary_is_400_not_a_missing_file(client, cut):
    body, headers = _multipart([(b'form-data; name="file"; filename="a.txt"', TEXT.encode("utf-8"))])
    error = assert_error(client.post("/v1/summarize/file", content=body[:-cut], headers=headers), 400,
                         "bad_request", None)
    assert "closing boundary" in error["message"] and "cut off" in error["message"]
    assert client.post("/v1/summarize/file", content=body, headers=headers).status_code == 200  # whole: read
    no_newline = body[:-len(b"\r\n")]  # a closing boundary without its line end is whole
    assert client.post("/v1/summarize/file", content=no_newline, headers=headers).status_code == 200
    only_close = b"--b0undary--\r\n"  # a form with no part: the file is missing, said so
    assert_error(client.post("/v1/summarize/file", content=only_close, headers=headers), 422, "validation_error",
                 "file")


@pytest.mark.parametrize("field", ["source", "max_points", "format"])
def test_a_file_part_for_a_text_field_is_422_saying_so_never_a_python_repr(client, field):
    response = client.post("/v1/summarize/file", files=[("file", ("a.txt", TEXT.encode())),
                                                        (field, ("b.txt", "另一份。".encode()))])
    error = assert_error(response, 422, "validation_error", field)
    assert "not a file part" in error["message"] and f"-F {field}=VALUE" in error["message"]
    assert "UploadFile" not in error["message"] and "Headers" not in error["message"]


def test_plain_text_named_html_is_read_as_text(client):
    response = client.post("/v1/summarize/file", files={"file": ("notes.html", TEXT.encode("utf-8"))})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert (doc["format"], doc["essays"][0]["summary"]) == ("text", TEXT)
    response = client.post("/v1/summarize/file", files={"file": ("notes.txt", TEXT.encode(), "text/html")})
    assert response.json()["format"] == "text"
    page = f"<html><body><article><p>{ESSAY}</p></article></body></html>".encode()
    assert client.post("/v1/summarize/file", files={"file": ("p.html", page)}).json()["format"] == "html"


# ------------------------------------------------------------------------------------------ HEAD, metrics, logs


def test_head_healthz(client):
    response = client.head("/healthz")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-type"] == "application/json"


def test_413_is_counted_under_its_route_and_every_error_is_logged_with_its_type(caplog):
    with TestClient(create_app(Settings(max_concurrent_jobs=1, max_body_bytes=1_000, warm_up=False))) as c:
        with caplog.at_level(logging.INFO, logger="summarizer.service"):
            too_large = c.post("/v1/summarize", json={"text": "治理" * 1_000}, headers={"X-Request-ID": "big-1"})
            bad_length = c.post("/v1/summarize", content=b"{}", headers={"content-length": "abc",
                                                                        "X-Request-ID": "len-1"})
            missing = c.get("/nope", headers={"X-Request-ID": "404-1"})
            wrong = c.post("/v1/summarize", json={"text": 1}, headers={"X-Request-ID": "422-1"})
            gbk = c.post("/v1/summarize", content='{"text": "治理"}'.encode("gbk"), headers={"X-Request-ID": "gbk-1"})
        metrics = c.get("/metrics").text
    assert [r.status_code for r in (too_large, bad_length, missing, wrong, gbk)] == [413, 400, 404, 422, 400]
    assert 'summarizer_http_requests_total{method="POST",route="/v1/summarize",status="413"} 1.0' in metrics
    assert 'summarizer_http_requests_total{method="POST",route="/v1/summarize",status="400"} 2.0' in metrics
    assert 'summarizer_http_requests_total{method="GET",route="other",status="404"} 1.0' in metrics
    lines = {json.loads(r.getMessage())["request_id"]: json.loads(r.getMessage())
             for r in caplog.records if r.name == "summarizer.service" and r.getMessage().startswith("{")}
    assert {k: lines[k]["error"] for k in ("big-1", "len-1", "404-1", "422-1", "gbk-1")} == {
        "big-1": "body_too_large", "len-1": "bad_request", "404-1": "not_found", "422-1": "validation_error",
        "gbk-1": "bad_request"}


# ------------------------------------------------------------------------------------------ a real server


@pytest.fixture(scope="module")
def live():
    """The app under uvicorn on a free local port, with the protocol `summarizer serve` uses; 1 s read timeout."""
    from service.server import http_protocol

    with live_server(create_app(Settings(warm_up=False, max_concurrent_jobs=1, read_timeout_s=1)),
                     http_protocol()) as port:
        yield port


def _exchange(port: int, request: bytes, wait_s: float = 30) -> tuple[int, dict, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=wait_s) as conn:
        conn.sendall(request)
        data = read_all(conn)
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), headers, body


@pytest.mark.parametrize("value", [b"abc", b"-1", b"+5", b"1e3", b"99999999999999999999999"])
def test_malformed_content_length_gets_the_json_error_from_the_real_server(live, value):
    status, headers, body = _exchange(live, b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                      b"application/json\r\nContent-Length: " + value + b"\r\n\r\n{}")
    assert status == 400
    assert headers["content-type"] == "application/json"
    error = json.loads(body)["error"]
    assert error["type"] == "bad_request" and "Content-Length" in error["message"] and error["field"] is None


def test_a_slow_client_is_cut_off_by_the_read_timeout(live):
    """The body is announced as 100 bytes and only 1 arrives: 408 JSON after the read timeout, connection closed."""
    status, headers, body = _exchange(live, b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                      b"application/json\r\nContent-Length: 100\r\n\r\n{")
    assert status == 408
    assert headers["connection"] == "close"
    error = json.loads(body)["error"]
    assert error["type"] == "read_timeout" and "SUMMARIZER_READ_TIMEOUT_S" in error["message"]


def test_head_healthz_on_the_real_server_has_no_body(live):
    status, headers, body = _exchange(live, b"HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status == 200 and body == b""


# ------------------------------------------------------------------------------------------ CSV uploads
def test_csv_upload_reads_the_column_named_in_the_form(client):
    """``csv_column`` on ``POST /v1/summarize/file`` reads one column of a .csv/.tsv upload (by header name or 0-based
    index), as ``--csv-column`` does; a column the table lacks, or the field with a file that is not a table, is a
    422 ``column_not_found`` naming the field, never a 500."""
    table = ("id,title,body\n1,社区治理,当前社区工作人员不足，任务繁重。应当充实社区工作力量。\n"
             "2,乡村振兴,农村人才流失严重。要完善人才引进政策。\n").encode("utf-8")
    body_only = "当前社区工作人员不足，任务繁重。应当充实社区工作力量。\n农村人才流失严重。要完善人才引进政策。"
    by_name = client.post("/v1/summarize/file", files={"file": ("t.csv", table)},
                          data={"csv_column": "body", "include_text": "true"})
    assert by_name.status_code == 200, by_name.text
    assert by_name.json()["text"] == body_only
    by_index = client.post("/v1/summarize/file", files={"file": ("t.csv", table)},
                           data={"csv_column": "2", "include_text": "true"})
    assert by_index.json()["text"] == "body\n" + body_only  # by index every row is read, the header's too
    every_cell = client.post("/v1/summarize/file", files={"file": ("t.csv", table)}, data={"include_text": "true"})
    assert every_cell.json()["text"].startswith("id\ntitle\nbody\n1\n社区治理\n")
    error = assert_error(client.post("/v1/summarize/file", files={"file": ("t.csv", table)},
                                     data={"csv_column": "author"}), 422, "column_not_found", "csv_column")
    assert "id, title, body" in error["message"]
    error = assert_error(client.post("/v1/summarize/file", files={"file": ("a.txt", ESSAY.encode())},
                                     data={"csv_column": "body"}), 422, "column_not_found", "csv_column")
    assert ".csv or .tsv" in error["message"]
