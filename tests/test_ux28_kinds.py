"""ux28: a new user's pass over the command line, the HTTP API and the README; each fault found, as a test.

Inputs are small texts written here (no corpus documents), no network, no timed assertions.
"""

from __future__ import annotations

import asyncio
import io
import json
import threading

from starlette.exceptions import HTTPException
from starlette.requests import Request
from typer.testing import CliRunner

from service.errors import http_exception_handler
from summarizer.cli import app
from summarizer.decode import decode_text

BODY = ("关于推进乡村数字化治理的思考\n\n当前，乡村治理正处在转型的关键时期。数字技术带来了新的机遇，也暴露出不少问题。\n"
        "一是基础设施薄弱，网络信号差，设备老化。二是人才匮乏，懂技术的年轻人大量外流。\n"
        "对策建议：一要加大投入，完善网络和终端设备。二要培养本土人才，留住懂技术的青年。\n")


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart by itself
        return CliRunner()


# -------------------------------------------------------------------------- summarizer evaluate without DATA


def test_evaluate_without_data_says_what_rouge_reads_not_gold_docs():
    # `summarizer evaluate` alone said "--task rouge takes exactly one DATA file (no --gold/--docs)": the user gave
    # neither --task nor --gold, and learnt neither what DATA is nor that aspects are another task
    r = _runner().invoke(app, ["evaluate"])
    assert r.exit_code == 2
    assert "none was given" in r.stderr and "{id, text, summary}" in r.stderr and "--task aspects" in r.stderr
    assert "--gold" not in r.stderr


def test_evaluate_rouge_with_gold_says_gold_belongs_to_aspects(tmp_path):
    data = tmp_path / "refs.jsonl"
    data.write_text(json.dumps({"id": "1", "text": BODY, "summary": "基础设施薄弱。"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    r = _runner().invoke(app, ["evaluate", str(data), "--gold", str(data)])
    assert r.exit_code == 2 and "--gold/--docs are for --task aspects" in r.stderr


# -------------------------------------------------------------------------- HTTP 404 / 405 say what to do


def _request(method: str, path: str) -> Request:
    return Request({"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": b"",
                    "headers": [], "scheme": "http", "server": ("testserver", 80), "root_path": ""})


def _answer(method: str, path: str, status: int, headers: dict[str, str] | None = None) -> dict:
    detail = {404: "Not Found", 405: "Method Not Allowed"}[status]
    response = asyncio.run(http_exception_handler(_request(method, path), HTTPException(status, detail, headers)))
    assert response.status_code == status
    return json.loads(response.body)["error"]


def test_wrong_method_names_the_method_and_the_one_to_use():
    # `curl http://…/v1/summarize` (a GET) answered only "Method Not Allowed"
    error = _answer("GET", "/v1/summarize", 405, {"Allow": "POST"})
    assert error["type"] == "method_not_allowed"
    assert error["message"].startswith("GET is not allowed on /v1/summarize; it takes POST")
    assert "JSON body" in error["message"]


def test_unknown_path_names_the_path_and_the_docs():
    error = _answer("POST", "/v1/sumarize", 404)
    assert error == {"type": "not_found", "message": "no endpoint at /v1/sumarize: the API is listed at /docs",
                     "field": None}
    long = _answer("GET", "/" + "x" * 300, 404)
    assert len(long["message"]) < 160  # the echoed path is shortened


def test_own_http_exception_details_are_kept():
    response = asyncio.run(http_exception_handler(_request("GET", "/x"), HTTPException(404, "no such model")))
    assert json.loads(response.body)["error"]["message"] == "no such model"


# -------------------------------------------------------------------------- the status line counts from the start


def test_status_line_time_counts_from_the_start_not_from_its_first_showing(monkeypatch):
    # the line appears after `delay_s`; its clock started then too, so a run of 8.7 s showed "00:03" at its end
    from summarizer import commands

    shown = threading.Event()

    class _Watched(io.StringIO):  # sets `shown` once the line reads a minute and more
        def write(self, text: str) -> int:
            written = super().write(text)
            if "summarizing long.txt … 01:0" in self.getvalue():
                shown.set()
            return written

    err = _Watched()
    monkeypatch.setattr(commands.sys, "stderr", err)

    class _Clock:  # the work started 65 s before the line's first showing
        @staticmethod
        def time() -> float:
            import time as real

            return real.time() - 65

    monkeypatch.setattr(commands, "time", _Clock)
    with commands._status_line("long.txt", True, delay_s=0, interval_s=0.01):
        appeared = shown.wait(5)
    assert appeared, err.getvalue()


# -------------------------------------------------------------------------- a line in another encoding at the top


def test_a_gbk_title_above_a_utf8_body_reads_as_the_same_bytes_below_it():
    # the same few GBK bytes were read as U+FFFD with a warning at the end of a UTF-8 file but refused the whole
    # file ("could not decode … is it a binary file?") at its top: the walk gave up before the text paid for them
    title = "附录：经费紧张\n".encode("gbk")
    body = (BODY * 2).encode("utf-8")
    below = decode_text(body + title)
    above = decode_text(title + body)
    assert above.encoding == below.encoding == "utf-8"
    assert [w.type for w in above.warnings] == ["invalid_bytes"]
    assert "on line(s) 1 (the first at byte offset 0)" in above.warnings[0].message
    assert above.text.endswith(BODY * 2) and "\ufffd" in above.text.splitlines()[0]


def test_gbk_files_are_still_gbk_not_utf8_with_defects():
    for text in ("基层治理力量薄弱，人员不足。", BODY, "附录：经费紧张\n" * 40):
        assert decode_text(text.encode("gbk")).encoding == "gb18030"
    assert decode_text(BODY.encode("big5", errors="ignore")).encoding.startswith(("big5", "cp950"))


# -------------------------------------------------------------------------- a JSONL export that names its text otherwise


def test_jsonl_record_without_text_lists_the_fields_it_has(tmp_path):
    # an export with "content" (or 正文) instead of "text" got "'text' is missing" on every line, with no hint
    # that the text was there under another name
    from summarizer.batch import jsonl_tasks

    data = tmp_path / "export.jsonl"
    rows = [{"id": 1, "content": BODY, "title": "乡村"}, {"id": 2}, {"id": 3, "text": 5},
            {"id": 4, **{f"f{i}": i for i in range(10)}}]
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    messages = [t.error["message"] for t in jsonl_tasks(str(data))]
    assert messages[0] == f"{data}:1: 'text' is missing (the record has 'content', 'title')"
    assert messages[1] == f"{data}:2: 'text' is missing (the record has only 'id')"
    assert messages[2] == f"{data}:3: 'text' is a number, not a string"
    assert messages[3].endswith("(the record has 'f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', …)")


# -------------------------------------------------------------------------- -o naming an input


def test_output_that_is_a_named_input_is_refused_and_the_input_kept(tmp_path):
    # `summarizer summarize essay.txt -o essay.txt` truncated essay.txt to 0 bytes, then said "no supported file
    # in essay.txt" and exited 0: the user's document was gone
    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"id": 1, "text": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    for args in (["summarize", str(essay), "-o", str(essay)],
                 ["summarize", str(essay), "-o", str(tmp_path / "." / "essay.txt"), "--format", "markdown"],
                 ["summarize", "--input-jsonl", str(export), "-o", str(export), "--resume"]):
        r = _runner().invoke(app, args)
        assert r.exit_code == 2, r.output
        assert "is also an input" in " ".join(r.output.replace("│", " ").split())  # rich wraps the box
    assert essay.read_text(encoding="utf-8") == BODY
    assert json.loads(export.read_text(encoding="utf-8"))["text"] == BODY


def test_output_inside_a_folder_given_is_still_skipped_not_refused(tmp_path):
    (tmp_path / "essay.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "out.txt"
    r = _runner().invoke(app, ["summarize", str(tmp_path), "-o", str(out), "--format", "jsonl", "--workers", "0",
                               "--quiet"])
    assert r.exit_code == 0, r.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        str(tmp_path / "essay.txt")]


def test_evaluate_report_over_the_gold_file_is_refused(tmp_path):
    # `--json gold.json` wrote the report over the gold points after the whole run
    corpus = tmp_path / "corp"
    (corpus / "docs").mkdir(parents=True)
    (corpus / "docs" / "a.txt").write_text(BODY, encoding="utf-8")
    gold = {"essays": [{"file": "a.txt", "challenges": ["基础设施薄弱"], "recommendations": ["加大投入"]}]}
    (corpus / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    for target in (corpus, corpus / "gold.json"):
        r = _runner().invoke(app, ["evaluate", "--task", "aspects", str(target), "--json", str(corpus / "gold.json")])
        assert r.exit_code == 2 and "is also what is scored" in r.stderr
    assert json.loads((corpus / "gold.json").read_text(encoding="utf-8")) == gold


# -------------------------------------------------------------------------- serve --log-level


def test_serve_log_level_is_a_choice_not_a_traceback(monkeypatch):
    # `summarizer serve --log-level loud` ended in uvicorn's KeyError: 'loud' traceback
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append(kw["log_level"]))
    monkeypatch.setattr("summarizer.commands._check_address", lambda host, port: None)  # (the port may be in use)
    r = _runner().invoke(app, ["serve", "--log-level", "loud"])
    assert r.exit_code == 2 and calls == []
    flat = " ".join(r.output.replace("│", " ").split())
    assert "'loud' is not one of" in flat and "'trace'" in flat
    assert _runner().invoke(app, ["serve", "--log-level", "DEBUG"]).exit_code == 0
    assert _runner().invoke(app, ["serve"]).exit_code == 0
    assert calls == ["debug", "info"]


# -------------------------------------------------------------------------- a 0-byte file


def test_a_zero_byte_file_is_said_to_be_empty_whatever_its_name(tmp_path):
    # a 0-byte report.pdf (a failed download) was "text is empty: it has no letter, digit or CJK character"
    from summarizer.errors import EmptyInputError
    from summarizer.readers import read_bytes, read_path

    for name in ("report.pdf", "report.docx", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
        try:
            read_path(tmp_path / name)
        except EmptyInputError as exc:
            assert str(exc) == f"{tmp_path / name}: the file is empty (0 bytes)" and exc.field == "file"
        else:
            raise AssertionError("no error")
    try:
        read_bytes(b"", filename="upload.txt")
    except EmptyInputError as exc:
        assert (exc.code, str(exc), exc.field) == ("empty_input", "the file is empty (0 bytes)", "file")
    r = _runner().invoke(app, ["extract", str(tmp_path / "notes.txt")])
    assert r.exit_code == 1 and "the file is empty (0 bytes)" in r.stderr


# -------------------------------------------------------------------------- `-` from a terminal


def test_reading_stdin_from_a_terminal_says_how_to_end_it(monkeypatch, capsys):
    # `summarizer summarize -` typed at a prompt waited in silence (looked hung); piped input says nothing
    from summarizer import commands

    class _Stream(io.BytesIO):
        def __init__(self, data: bytes, tty: bool) -> None:
            super().__init__(data)
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    for tty in (True, False):
        monkeypatch.setattr(commands.typer, "get_binary_stream", lambda name, tty=tty: _Stream(BODY.encode(), tty))
        assert commands._read_stdin(10_000) == BODY.encode()
        err = capsys.readouterr().err
        assert ("Ctrl-D" in err) is tty and ("" if not tty else "standard input") in err


# -------------------------------------------------------------------------- Markdown theme lines of a big batch


def test_markdown_theme_line_names_a_dozen_essays_then_deng():
    # `--collection --format markdown` over 41 files named all 41 on each theme line (unreadable for people)
    from summarizer.collection import MARKDOWN_ESSAYS_NAMED, markdown_lines

    def collection(n: int, named: bool) -> dict:
        refs = [{"document": f"e{i}.txt" if named else None, "essay": 0 if named else i} for i in range(n)]
        theme = {"label": "基础设施薄弱", "essay_count": n, "essays": list(range(n)), "points": []}
        return {"essays": refs, "challenges": [theme], "recommendations": []}

    line = markdown_lines(collection(41, True))[2]
    assert line.startswith("- 基础设施薄弱 — 41/41 篇（e0.txt#1、e1.txt#1、")
    assert line.endswith(f"e{MARKDOWN_ESSAYS_NAMED - 1}.txt#1 等）") and line.count("#1") == MARKDOWN_ESSAYS_NAMED
    assert markdown_lines(collection(30, False))[2].endswith("第 1、2、3、4、5、6、7、8、9、10、11、12 篇 等）")
    assert markdown_lines(collection(3, False))[2] == "- 基础设施薄弱 — 3/3 篇（第 1、2、3 篇）"


def test_the_web_page_names_as_many_essays_as_the_command_line():
    # the page's 下载 Markdown is documented to equal `--format markdown`: its constants follow the library's
    import re
    from pathlib import Path

    from summarizer.collection import MARKDOWN_ESSAYS_NAMED, MARKDOWN_THEMES

    script = (Path(__file__).resolve().parents[1] / "service" / "static" / "app.js").read_text(encoding="utf-8")
    assert re.search(r"const MARKDOWN_ESSAYS_NAMED = (\d+);", script).group(1) == str(MARKDOWN_ESSAYS_NAMED)
    assert re.search(r"const MARKDOWN_THEMES = (\d+);", script).group(1) == str(MARKDOWN_THEMES)


# -------------------------------------------------------------------------- a URL given as an input


def test_a_url_input_is_said_to_be_a_url_not_a_mangled_missing_path(tmp_path):
    # `summarizer summarize https://example.org/a.html` said "file not found: https:/example.org/a.html"
    import pytest

    from summarizer.decode import read_file_bytes

    with pytest.raises(FileNotFoundError) as caught:
        read_file_bytes("https://example.org/a.html")
    message = str(caught.value)
    assert message.startswith("a URL, not a local file") and message.endswith(": https://example.org/a.html")
    assert "curl -o" in message
    with pytest.raises(FileNotFoundError) as caught:
        read_file_bytes(tmp_path / "missing.txt")
    assert str(caught.value) == f"file not found: {tmp_path / 'missing.txt'}"
    out = tmp_path / "out.jsonl"
    r = _runner().invoke(app, ["summarize", "https://example.org/a.html", "-o", str(out), "--workers", "0"])
    record = json.loads(out.read_text(encoding="utf-8"))
    assert r.exit_code == 1 and record["error"]["type"] == "file_not_found"
    assert record["error"]["message"].endswith("https://example.org/a.html") and "https:/e" not in r.stderr


# -------------------------------------------------------------------------- curl --data-binary to the upload endpoint


def _form_request(path: str, media: str) -> Request:
    return Request({"type": "http", "method": "POST", "path": path, "raw_path": path.encode(), "query_string": b"",
                    "headers": [(b"content-type", media.encode())], "scheme": "http",
                    "server": ("testserver", 80), "root_path": ""})


def test_a_url_encoded_body_to_the_upload_endpoint_is_not_echoed_as_mojibake():
    # `curl /v1/summarize/file --data-binary @essay.txt` answered "file: field required; å³äº…: unknown field":
    # the whole essay, read as Latin-1, echoed back as a field name
    from fastapi.exceptions import RequestValidationError

    from service.errors import validation_error_handler

    garbled = BODY.encode("utf-8").decode("latin-1")
    exc = RequestValidationError([
        {"type": "missing", "loc": ("body", "file"), "msg": "Field required", "input": None},
        {"type": "extra_forbidden", "loc": ("body", garbled), "msg": "Extra inputs are not permitted", "input": ""}])
    request = _form_request("/v1/summarize/file", "application/x-www-form-urlencoded")
    response = asyncio.run(validation_error_handler(request, exc))
    error = json.loads(response.body)["error"]
    assert response.status_code == 422 and (error["type"], error["field"]) == ("validation_error", "file")
    assert error["message"].startswith("file: field required: this url-encoded form")
    assert "curl -F file=@NAME" in error["message"] and garbled[:10] not in error["message"]
    # a multipart form without its file part keeps the ordinary message
    multipart = _form_request("/v1/summarize/file", "multipart/form-data; boundary=x")
    plain = json.loads(asyncio.run(validation_error_handler(multipart, RequestValidationError([exc.errors()[0]])))
                       .body)["error"]
    assert plain["message"] == "file: field required"


# -------------------------------------------------------------------------- a JSON client's value said in JSON


def test_a_wrong_json_value_is_quoted_as_json_not_python():
    # {"max_points": null} answered "Input should be a valid integer (got None)"
    from fastapi.exceptions import RequestValidationError

    from service.errors import validation_error_handler

    request = _form_request("/v1/summarize", "application/json")
    shown = []
    for value in (None, True, "3", 0, [1, 2]):
        exc = RequestValidationError([{"type": "int_type", "loc": ("body", "max_points"),
                                       "msg": "Input should be a valid integer", "input": value}])
        shown.append(json.loads(asyncio.run(validation_error_handler(request, exc)).body)["error"]["message"])
    assert shown == [f"max_points: Input should be a valid integer (got {v})"
                     for v in ("null", "true", '"3"', "0", "[1, 2]")]
    exc = RequestValidationError([{"type": "string_type", "loc": ("body", "text"), "msg": "bad", "input": "a\ud800"}])
    response = asyncio.run(validation_error_handler(request, exc))  # a lone surrogate: its escape, still UTF-8
    assert json.loads(response.body)["error"]["message"] == 'text: bad (got "a\\ud800")'


# -------------------------------------------------------------------------- Ray's options without --engine ray


def test_ray_options_without_the_ray_engine_are_a_usage_error(tmp_path):
    # `--num-cpus 4` (or --address, --batch-size, --text-column, --id-column) on a local run did nothing, silently
    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    for extra, named in ((["--num-cpus", "4"], "--num-cpus applies"), (["--address", "auto"], "--address applies"),
                         (["--batch-size", "3", "--id-column", "key"], "--batch-size and --id-column apply")):
        r = _runner().invoke(app, ["summarize", str(essay), *extra])
        flat = " ".join(r.output.replace("│", " ").split())
        assert r.exit_code == 2 and named in flat and "to --engine ray only" in flat, flat
    ok = _runner().invoke(app, ["summarize", str(essay), "--workers", "0", "--quiet"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["essays"]


# -------------------------------------------------------------------------- evaluate --method seq2seq without a model


def test_evaluate_seq2seq_unavailable_says_the_method_once(tmp_path):
    from summarizer.errors import ModelNotAvailableError
    from summarizer.evaluation.cli import EvalMethod, _unavailable

    said = _unavailable(EvalMethod.seq2seq, ModelNotAvailableError("method 'seq2seq' needs a model checkpoint"))
    assert said == "method 'seq2seq' is not available: needs a model checkpoint"
    assert _unavailable(EvalMethod.seq2seq, ImportError("no torch")) == "method 'seq2seq' is not available: no torch"
