"""Faults a new user met (ux36): a research title over an enumerated problem list read as a section, the service's
unknown-field hint for upload-only fields and its OpenAPI error list, ``summarizer --version``; each as a test of the
right value on small texts written here, nothing timed."""

from __future__ import annotations

import sys

import pytest
from fastapi.testclient import TestClient

import summarizer
from summarizer import cli
from summarizer.pipeline import _title_shaped
from service.app import create_app

BODY = "\n\n当前，农村老龄化程度不断加深。一是养老机构数量少，床位不足；二是专业护理人员缺乏，服务质量不高。\n"


@pytest.mark.parametrize("title", ["农村养老问题研究", "关于农村养老问题的调研报告", "農村養老問題研究"])
def test_research_title_over_an_enumerated_problem_list_is_the_title(title):
    essay = summarizer.summarize(title + BODY).essays[0]
    assert essay.title == title
    assert [p.text for p in essay.challenges][0].endswith("床位不足")


def test_a_section_heading_that_opens_the_text_is_still_no_title():
    essay = summarizer.summarize("存在的问题\n\n一是养老机构数量少，床位不足；二是专业护理人员缺乏，服务质量不高。\n").essays[0]
    assert essay.title is None


@pytest.mark.parametrize("line, shaped", [
    ("农村养老问题研究", True), ("关于基层治理问题的几点思考", True), ("浅析社区治理难题", True),
    ("存在的问题", False), ("问题研究", False), ("一、问题研究", False), ("问题：养老机构少，需要研究", False),
])
def test_title_shaped(line, shaped):
    assert _title_shaped(line) is shaped


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())  # no lifespan: the 422 of validation and the OpenAPI page need no worker


@pytest.mark.parametrize("field, said", [
    ("format", "it is a form field of POST /v1/summarize/file"),
    ("file", "POST /v1/summarize/file as the multipart part named file"),
])
def test_upload_only_field_sent_as_json_says_where_it_belongs(client, field, said):
    r = client.post("/v1/summarize", json={"text": "基层人员不足。", field: "markdown"})
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["field"] == field
    assert error["message"].startswith(f"{field}: unknown field (")
    assert said in error["message"]


def test_openapi_lists_the_read_timeout_and_worker_died(client):
    spec = client.get("/openapi.json").json()
    for path in ("/v1/summarize", "/v1/summarize/file", "/v1/summarize/batch"):
        responses = spec["paths"][path]["post"]["responses"]
        assert "408" in responses and "read_timeout" in responses["408"]["description"]
        assert "worker_died" in responses["500"]["description"]


@pytest.mark.parametrize("flag", ["--version", "-V", "version"])
def test_version_flag(monkeypatch, capsys, flag):
    monkeypatch.setattr(sys, "argv", ["summarizer", flag])
    cli.main()
    assert capsys.readouterr().out == f"summarizer {summarizer.__version__}\n"


@pytest.mark.parametrize("call", ["建议收藏，转发给需要的朋友！", "> 建议收藏，转发给需要的朋友！", "建議轉發給身邊的朋友！"])
def test_a_call_to_the_reader_is_no_summary_sentence(call):
    text = ("# 关于社区卫生服务的建议\n\n1. 社区医生数量不足，服务能力有限。\n2. 药品种类少，群众就医不便。\n\n"
            "- 加强社区医生培养，完善激励机制。\n- 扩大社区药品目录，方便群众就近取药。\n\n" + call + "\n")
    essay = summarizer.summarize(text).essays[0]
    assert "收藏" not in essay.summary and "轉發" not in essay.summary
    assert essay.summary


def test_a_measure_that_opens_with_jianyi_stays_a_summary_sentence():
    essay = summarizer.summarize("建议措施要落实到位，加大基层财政投入。").essays[0]
    assert essay.summary == "建议措施要落实到位，加大基层财政投入。"
