"""robust20: control characters in a ``str`` / JSON text / file follow one rule (refused above
MAX_CONTROL_RATIO, else removed from the analysis copy with exact offsets); every HTTP error body is serialized
alike (``{"error":{…}}``, compact)."""

from __future__ import annotations

import json

import pytest

from summarizer import summarize
from summarizer.clean import clean
from summarizer.decode import check_controls, decode_bytes
from summarizer.errors import DecodeError

TEXT = ("关于乡村\x01学校的调研报告\n当前存在的主要问题是经费\x00不足\x07，师资短缺。\n"
        "建议加大\x1b投入，完善\x7f制度。")


def _essay(result) -> dict:
    return result.model_dump()["essays"][0]


def test_clean_removes_controls_and_keeps_offsets():
    c = clean("问题\x00经费\x07不足。\n建议")
    assert c.text == "问题经费不足。\n建议"
    assert [int(o) for o in c.offsets[:6]] == [0, 1, 3, 4, 6, 7]
    assert c.removed.get("control") == 2


def test_str_with_controls_gives_clean_title_summary_points_with_exact_offsets():
    e = _essay(summarize(TEXT))
    assert e["title"] == "关于乡村学校的调研报告"
    assert e["summary"] == "当前存在的主要问题是经费不足，师资短缺。建议加大投入，完善制度。"
    points = e["challenges"] + e["recommendations"]
    assert [p["text"] for p in points] == ["当前存在的主要问题是经费不足，师资短缺", "建议加大投入，完善制度"]
    for p in points:  # the original span is the point's source, controls inside
        assert TEXT[p["start"]:p["end"]].replace("\x00", "").replace("\x07", "").replace("\x1b", "") \
            .replace("\x7f", "") == p["text"]
    assert TEXT[points[0]["start"]:points[0]["end"]] == "当前存在的主要问题是经费\x00不足\x07，师资短缺"


def test_file_with_few_controls_reads_like_the_str():
    text, encoding = decode_bytes(TEXT.replace("\x00", "").encode("utf-8"))  # bytes: a NUL byte is binary
    assert encoding == "utf-8"
    e = _essay(summarize(TEXT.replace("\x00", "").encode("utf-8")))
    assert e["title"] == "关于乡村学校的调研报告"
    assert [p["text"] for p in e["recommendations"]] == ["建议加大投入，完善制度"]


def test_mostly_controls_refused_for_str_as_for_bytes():
    bad = "\x01\x02\x03\x04\x05\x06问题\x07"
    with pytest.raises(DecodeError, match=r"7 of 9 characters of the text are control characters \(the first at "
                                          r"character offset 0\); the limit is 10%"):
        summarize(bad)
    with pytest.raises(DecodeError, match="7 of 9 characters decoded as utf-8 are control characters"):
        decode_bytes(bad.encode("utf-8"))
    assert check_controls("问题\t经费\n不足\r\x0b\x0c") == "问题\t经费\n不足\r\x0b\x0c"  # whitespace is no control


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(warm_up=False, max_concurrent_jobs=1))) as c:
        yield c


def test_http_json_text_with_controls(client):
    r = client.post("/v1/summarize", json={"text": TEXT})
    assert r.status_code == 200
    e = r.json()["essays"][0]
    assert e["title"] == "关于乡村学校的调研报告"
    assert "\x00" not in r.text and "\\u0000" not in r.text and "\\u0007" not in r.text
    assert [p["text"] for p in e["challenges"]] == ["当前存在的主要问题是经费不足，师资短缺"]
    r = client.post("/v1/summarize", json={"text": "\x01\x02\x03\x04\x05\x06问题\x07"})
    assert r.status_code == 422
    assert r.json()["error"]["type"] == "decode_error"


def test_every_error_body_is_compact(client):
    from service.server import bad_request_body, header_timeout_body

    answers = [
        client.post("/v1/summarize", content=b"{", headers={"content-type": "application/json"}),
        client.post("/v1/summarize", content=b'{"text": 1}', headers={"content-type": "application/json"}),
        client.post("/v1/summarize", content=b"\xff\xfe{", headers={"content-type": "application/json"}),
        client.post("/v1/summarize", content=b"x", headers={"content-type": "application/json",
                                                             "content-length": "abc"}),
        client.post("/v1/summarize", content="问题".encode("utf-8"), headers={"content-type": "text/plain"}),
    ]
    bodies = [r.content for r in answers] + [bad_request_body("bad line"),
                                             header_timeout_body(3).split(b"\r\n\r\n", 1)[1]]
    assert {r.status_code for r in answers} >= {400, 415, 422}
    for body in bodies:
        assert body.startswith(b'{"error":{"type":'), body
        assert body == json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
