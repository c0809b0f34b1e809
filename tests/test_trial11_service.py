"""A new user's trial of the service (trial11): a connection that never completes its request line and headers
is answered 408 and closed, one that sends nothing is closed (uvicorn alone waits for ever), and a request
whose headers arrived is not cut by that limit."""

from __future__ import annotations

import json
import socket
import time

import pytest

from service.app import create_app
from service.server import JSONErrorH11Protocol, header_timeout_body
from service.settings import Settings
from tests.live_server import live_server, read_all

ESSAY = "一、存在的问题\n养老护理人员短缺。一是工资低，二是流动性高。\n二、对策建议\n一是提高薪酬待遇，二是开展技能培训。"


class OneSecondHeaders(JSONErrorH11Protocol):
    header_timeout_s = 1.0


@pytest.fixture(scope="module")
def live():
    """The app under uvicorn on a free local port: 1 s for a request's headers, 10 s for its body."""
    with live_server(create_app(Settings(warm_up=False, max_concurrent_jobs=1, read_timeout_s=10)),
                     OneSecondHeaders) as port:
        yield port


def _status_and_error(data: bytes) -> tuple[int, dict]:
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), json.loads(body)["error"]


@pytest.mark.parametrize("sent", [b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\n", b"GET /heal"])
def test_a_connection_without_complete_headers_gets_408_and_is_closed(live, sent):
    with socket.create_connection(("127.0.0.1", live), timeout=30) as conn:
        conn.sendall(sent)
        data = read_all(conn)  # the server closes the connection after its answer
    status, error = _status_and_error(data)
    assert status == 408
    assert error["type"] == "read_timeout" and "SUMMARIZER_READ_TIMEOUT_S" in error["message"]
    assert b"connection: close" in data.lower()


def test_an_idle_connection_is_closed_without_an_answer(live):
    with socket.create_connection(("127.0.0.1", live), timeout=30) as conn:
        assert read_all(conn) == b""  # closed (not held for ever), nothing sent
    with socket.create_connection(("127.0.0.1", live), timeout=30) as conn:  # idle after a keep-alive answer
        conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        data = read_all(conn)
    assert data.startswith(b"HTTP/1.1 200") and data.count(b"HTTP/1.1") == 1


def test_headers_in_time_then_a_body_later_than_the_header_limit_is_answered(live):
    body = json.dumps({"text": ESSAY}, ensure_ascii=False).encode()
    with socket.create_connection(("127.0.0.1", live), timeout=30) as conn:
        conn.sendall(b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n")
        time.sleep(1.5)  # past the header limit, well within the body's
        conn.sendall(body)
        data = read_all(conn)
    head, _, answer = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert [p["text"] for p in json.loads(answer)["essays"][0]["recommendations"]] == ["提高薪酬待遇", "开展技能培训"]


def test_the_408_answer_is_a_whole_http_response_with_the_json_error():
    data = header_timeout_body(2.5)
    status, error = _status_and_error(data)
    assert status == 408 and error == {"type": "read_timeout", "field": None, "message":
                                       "the request line and headers did not arrive within 2.5 s "
                                       "(SUMMARIZER_READ_TIMEOUT_S)"}
    head, _, body = data.partition(b"\r\n\r\n")
    assert f"content-length: {len(body)}".encode() in head


def test_a_body_the_parser_cannot_read_gets_a_400_saying_why():
    """FastAPI's own words were "There was an error parsing the body" for JSON nested 100,000 deep and for a
    number of 5,000 digits."""
    from fastapi.testclient import TestClient

    from service.app import create_app as make

    with TestClient(make(Settings(warm_up=False, max_concurrent_jobs=1))) as client:
        deep = client.post("/v1/summarize", content=b"[" * 100_000 + b"]" * 100_000,
                           headers={"content-type": "application/json"})
        long = client.post("/v1/summarize", content=b'{"text": "x", "max_points": ' + b"9" * 5000 + b"}",
                           headers={"content-type": "application/json"})
    assert deep.status_code == 400 and deep.json()["error"]["message"] == (
        'the JSON body is nested too deeply to read: send a flat object ({"text": "..."})')
    assert long.status_code == 400 and long.json()["error"] == {
        "type": "bad_request", "field": None,
        "message": "a number in the JSON body is too long to read (more than 4,300 digits)"}
