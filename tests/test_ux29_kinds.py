"""Faults a new user met in extract, evaluate, `-o x.parquet` and the HTTP options (ux29), each as a test of the
right value; small essays written here, no network, nothing timed."""

from __future__ import annotations

import json

import pytest

from summarizer.cli import app
from summarizer.schema import GENERATION_OPTIONS, SummarizeOptions
from tests.cli_helpers import flat as _flat, runner as _runner

BODY = ("关于完善城市社区养老服务的建议\n\n当前，社区养老服务需求增长很快，但供给跟不上。\n"
        "一是服务设施不足，很多老旧小区没有日间照料场所。二是护理人员短缺，待遇偏低、流失严重。\n"
        "为此建议：一要把养老设施纳入社区规划。二要提高护理人员待遇，畅通职业发展通道。\n")


# -------------------------------------------------------------------------- summarizer extract


def test_extract_over_max_bytes_names_the_option(tmp_path):
    # summarize said "(--max-bytes)" after the limit, extract did not: the user could not tell what raises it
    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    size = essay.stat().st_size
    r = _runner().invoke(app, ["extract", str(essay), "--max-bytes", "100"])
    assert r.exit_code == 1
    assert f"error (input_too_large): {essay}: file is {size:,} bytes; the limit is 100 bytes (--max-bytes)" \
        in r.stderr, r.stderr


def test_extract_given_a_quoted_pattern_reads_its_one_match_or_names_the_matches(tmp_path):
    # 'docs/*.txt' said "no file matches the pattern" although it matched files
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    one = _runner().invoke(app, ["extract", str(tmp_path / "a*.txt")])
    assert one.exit_code == 0 and one.stdout == BODY and f"{tmp_path / 'a.txt'}: format text" in one.stderr
    several = _runner().invoke(app, ["extract", str(tmp_path / "*.txt")])
    flat = _flat(several.output)
    assert several.exit_code == 2 and "matches 2 files" in flat and "extract reads one file" in flat, flat
    none = _runner().invoke(app, ["extract", str(tmp_path / "z*.txt")])
    assert none.exit_code == 1 and "no file matches the pattern" in none.stderr


def test_empty_standard_input_is_said_to_be_standard_input_not_a_file():
    # `cmd_that_printed_nothing | summarizer summarize -` said "the file is empty (0 bytes)"
    r = _runner().invoke(app, ["extract", "-"], input=b"")
    assert r.exit_code == 1 and "error (empty_input): standard input is empty (0 bytes)" in r.stderr, r.stderr
    s = _runner().invoke(app, ["summarize", "-", "--workers", "0", "--quiet"], input=b"")
    assert s.exit_code == 1
    assert json.loads(s.stdout)["error"] == {"type": "empty_input", "message": "standard input is empty (0 bytes)"}


# -------------------------------------------------------------------------- summarizer summarize -o x.parquet


def test_a_parquet_output_name_without_the_ray_engine_is_a_usage_error(tmp_path):
    # `-o out.parquet` wrote JSON text into a file named .parquet and exited 0
    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    out = tmp_path / "out.parquet"
    r = _runner().invoke(app, ["summarize", str(essay), "-o", str(out), "--workers", "0"])
    flat = _flat(r.output)
    assert r.exit_code == 2 and "parquet output needs --engine ray" in flat, flat
    assert not out.exists()
    ok = _runner().invoke(app, ["summarize", str(essay), "-o", str(tmp_path / "out.json"), "--workers", "0"])
    assert ok.exit_code == 0 and json.loads((tmp_path / "out.json").read_text("utf-8"))["essays"]


# -------------------------------------------------------------------------- summarizer evaluate


def test_rouge_evaluation_given_a_document_says_what_it_reads(tmp_path):
    # `summarizer evaluate essay.txt` listed "invalid JSON" for every paragraph of the essay
    from summarizer.evaluation.datasets import DatasetError, load_jsonl

    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_jsonl(essay)
    message = str(info.value)
    assert message.startswith(f"{essay}: not a JSONL file (no line is JSON)")
    assert '{"id", "text", "summary"}' in message and f"summarizer summarize {essay}" in message
    assert "bad line" not in message
    gbk = tmp_path / "essay_gbk.txt"  # a document in GBK: not "not UTF-8" per line either
    gbk.write_bytes(BODY.encode("gbk"))
    with pytest.raises(DatasetError, match="not a JSONL file"):
        load_jsonl(gbk)
    r = _runner().invoke(app, ["evaluate", str(essay)])
    assert r.exit_code == 2 and "not a JSONL file" in _flat(r.output)
    mixed = tmp_path / "mixed.jsonl"  # a JSONL file with a fault stays line by line
    mixed.write_text('{"id": "a", "text": "正文。", "summary": "摘要。"}\nnot json\n', encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_jsonl(mixed)
    assert "1 bad line(s): line 2: invalid JSON" in str(info.value)


def test_an_empty_gold_file_is_said_to_be_empty(tmp_path):
    # an empty gold.json was "not a gold file ...; one document's points come from `summarizer summarize gold.json`"
    from summarizer.evaluation.corpus import load_corpus
    from summarizer.evaluation.datasets import DatasetError

    (tmp_path / "docs").mkdir()
    for content in ("", "\n  \n"):
        (tmp_path / "gold.json").write_text(content, encoding="utf-8")
        with pytest.raises(DatasetError) as info:
            load_corpus(tmp_path)
        message = str(info.value)
        assert message.startswith(f"{tmp_path / 'gold.json'}: the file is empty") and "summarize" not in message


# -------------------------------------------------------------------------- HTTP API


def test_generation_options_are_listed_when_set():
    assert SummarizeOptions().generation_options_given() == []
    opts = SummarizeOptions(min_support=0.2, max_new_tokens=40)
    assert opts.generation_options_given() == ["max_new_tokens", "min_support"]
    assert all(SummarizeOptions.model_fields[name].default is None for name in GENERATION_OPTIONS)


def test_http_generation_options_with_textrank_are_a_422_naming_the_field():
    # {"max_new_tokens": 50} on a textrank request did nothing, silently (the CLI refuses --max-new-tokens)
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(max_concurrent_jobs=1, warm_up=False))) as client:
        for path, body in (("/v1/summarize", {"text": BODY, "max_new_tokens": 50}),
                           ("/v1/summarize", {"text": BODY, "method": "textrank", "min_support": 0.3,
                                              "length_penalty": 1.0}),
                           ("/v1/summarize/batch", {"documents": [{"id": "a", "text": BODY}], "max_length": 64})):
            response = client.post(path, json=body)
            error = response.json()["error"]
            given = [k for k in GENERATION_OPTIONS if k in body]
            assert (response.status_code, error["type"], error["field"]) == (422, "validation_error", given[0])
            assert "method 'seq2seq' only" in error["message"] and ", ".join(given) in error["message"]
        upload = client.post("/v1/summarize/file", files={"file": ("a.txt", BODY.encode())},
                             data={"repetition_penalty": "1.2"})
        assert upload.status_code == 422 and upload.json()["error"]["field"] == "repetition_penalty"


def test_options_of_the_other_evaluate_task_are_a_usage_error(tmp_path):
    # `evaluate data.jsonl --diff` (rouge) and `evaluate --task aspects DIR --limit 1` did nothing, silently
    data = tmp_path / "r.jsonl"
    data.write_text(json.dumps({"id": "a", "text": BODY, "summary": "社区养老服务供给不足。"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    r = _runner().invoke(app, ["evaluate", str(data), "--diff", "--threshold", "0.5"])
    assert r.exit_code == 2
    assert "error: --threshold, --diff apply to --task aspects only; this run is --task rouge" in r.stderr, r.stderr
    corpus = tmp_path / "mini"
    (corpus / "docs").mkdir(parents=True)
    (corpus / "docs" / "a.txt").write_text(BODY, encoding="utf-8")
    (corpus / "gold.json").write_text(json.dumps({"essays": [{"file": "a.txt", "challenges": ["护理人员短缺"],
                                                              "recommendations": []}]}), encoding="utf-8")
    a = _runner().invoke(app, ["evaluate", "--task", "aspects", str(corpus), "--limit", "1"])
    assert a.exit_code == 2 and "error: --limit applies to --task rouge only" in a.stderr, a.stderr


def test_a_missing_input_document_does_not_ask_for_the_input_option_already_given(tmp_path):
    # "its document nope.txt does not exist (give it with --input)" after --input nope.txt
    from summarizer.evaluation.corpus import load_corpus
    from summarizer.evaluation.datasets import DatasetError

    gold = tmp_path / "dev_gold.json"
    gold.write_text(json.dumps({"essays": [{"id": "篇一", "challenges": ["护理人员短缺"], "recommendations": []}]},
                               ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        load_corpus(gold, input=tmp_path / "nope.txt")
    assert str(info.value) == f"{gold}: its document {tmp_path / 'nope.txt'} does not exist (named by --input)"
    with pytest.raises(DatasetError) as info:
        load_corpus(gold)
    assert str(info.value) == f"{gold}: its document {tmp_path / 'seed.txt'} does not exist (give it with --input)"


def test_the_web_page_titles_every_error_its_two_endpoints_can_answer():
    # a wrong 正文列 (column_not_found), a slow upload (read_timeout) or a crashed worker showed "请求失败" only
    import re
    from pathlib import Path

    import service

    script = (Path(service.__file__).parent / "static" / "app.js").read_text(encoding="utf-8")
    block = script[script.index("const ERROR_TITLES = {"):script.index("};", script.index("const ERROR_TITLES = {"))]
    titled = set(re.findall(r"^\s*(\w+):", block, flags=re.M))
    page_can_get = {"empty_input", "input_too_large", "body_too_large", "decode_error", "unsupported_format",
                    "no_text_layer", "validation_error", "bad_request", "model_not_available", "unknown_model",
                    "busy", "timeout", "internal_error", "column_not_found", "read_timeout", "worker_died"}
    assert page_can_get <= titled, sorted(page_can_get - titled)


def test_timeout_without_a_worker_and_local_options_on_ray_are_usage_errors(tmp_path):
    # `--workers 0 --timeout 1` ran for as long as it took; `--engine ray --workers 4` was ignored
    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    r = _runner().invoke(app, ["summarize", str(essay), "--workers", "0", "--timeout", "5"])
    flat = _flat(r.output)
    assert r.exit_code == 2 and "--workers 0 summarizes in this process" in flat, flat
    ray = _runner().invoke(app, ["summarize", str(essay), "--engine", "ray", "-o", str(tmp_path / "out"),
                                 "--workers", "4", "--timeout", "9"])
    flat = _flat(ray.output)
    assert ray.exit_code == 2 and "--workers and --timeout apply to the local engine only" in flat, flat
    assert not (tmp_path / "out").exists()
    ok = _runner().invoke(app, ["summarize", str(essay), "--workers", "0", "--quiet"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["essays"]


def test_a_traditional_record_gets_traditional_collection_headings_too():
    # a Traditional-Chinese document of several essays read 挑戰/建議/編碼 under "## 共性问题" in Simplified
    from summarizer.commands import render_markdown

    essays = [{"index": i, "title": title, "summary": "議員質詢長期照顧服務，認為照顧人力嚴重不足。", "start": 0,
               "end": 10, "challenges": [], "recommendations": []} for i, title in enumerate(("長照檢討", "偏鄉醫療"))]
    collection = {"essays": [{"document": None, "essay": 0, "title": "長照檢討"},
                             {"document": None, "essay": 1, "title": "偏鄉醫療"}],
                  "threshold": 0.3, "challenges": [], "recommendations": []}
    record = {"source": "news.txt", "encoding": "big5", "method": "textrank", "chars": 40, "essays": essays,
              "collection": collection}
    lines = render_markdown(record).splitlines()
    assert "## 共性問題" in lines and "## 共性建議" in lines and "- （無）" in lines and "### 挑戰" in lines
    assert "## 共性问题" not in lines
    simplified = {**record, "essays": [{**e, "title": "社区养老", "summary": "社区养老服务供给不足。"} for e in essays]}
    lines = render_markdown(simplified).splitlines()
    assert "## 共性问题" in lines and "- （无）" in lines and "### 挑战" in lines


def test_http_batch_takes_an_integer_id_as_the_command_line_does():
    # {"id": 1} was a 422 on /v1/summarize/batch while `--input-jsonl` reads the same record (id "1")
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with TestClient(create_app(Settings(max_concurrent_jobs=1, warm_up=False))) as client:
        ok = client.post("/v1/summarize/batch", json={"documents": [{"id": 7, "text": BODY}]})
        assert ok.status_code == 200, ok.text
        assert [(r["id"], r["source"]) for r in ok.json()["results"]] == [("7", "7")]
        for bad, shown in ((True, "true"), (1.5, "1.5"), (None, "null"), ([1], "[1]")):
            error = client.post("/v1/summarize/batch", json={"documents": [{"id": bad, "text": BODY}]}).json()
            assert error["error"]["field"] == "documents.0.id"
            assert error["error"]["message"] == (  # both kinds of id said (ux32), the value as JSON
                f"documents.0.id: Input should be a valid string or an integer (got {shown})")
        twice = client.post("/v1/summarize/batch", json={"documents": [{"id": 1, "text": BODY}, {"id": "1", "text": BODY}]})
        assert twice.status_code == 422 and "the id '1' is used twice" in twice.json()["error"]["message"]


def test_an_output_in_a_missing_folder_names_the_folder(tmp_path):
    # `-o reports/out.jsonl` without reports/ said "No such file or directory" of the file it was to create
    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    out = tmp_path / "reports" / "out.jsonl"
    r = _runner().invoke(app, ["summarize", str(essay), "-o", str(out), "--workers", "0"])
    assert r.exit_code == 2
    assert f"error: cannot write {out}: the folder {out.parent} does not exist (create it first)" in r.stderr


def test_a_service_started_from_a_script_on_stdin_says_why_no_worker_can_start(monkeypatch):
    # `python - <<EOF` building the app: each spawned worker failed to run '<stdin>' and was retried every second
    # for ever, tracebacks in the log, while every request waited for its 504
    import sys
    import types

    from service.workers import UnguardedMainError, WorkerPool, _main_without_file

    monkeypatch.setitem(sys.modules, "__main__", types.SimpleNamespace(__file__="<stdin>"))
    pool = WorkerPool(1, 1, 5.0)
    with pytest.raises(UnguardedMainError) as info:
        pool.start()
    assert "main module was read from '<stdin>', not from a file" in str(info.value)
    assert info.value.code == "unguarded_main" and not pool._workers
    assert _main_without_file("fork") is None  # a forked worker does not run the main module again
    monkeypatch.setitem(sys.modules, "__main__", types.SimpleNamespace(__file__=__file__))
    assert _main_without_file("spawn") is None
