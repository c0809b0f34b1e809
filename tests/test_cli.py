"""The `summarizer` command: formats, several inputs with failures, stdin, options, exit codes."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import __version__
from summarizer.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"
ELDERLY = FIXTURES / "essay_elderly_care.txt"
RIVER = FIXTURES / "essay_river_chief.txt"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
SEQ2SEQ_INSTALLED = importlib.util.find_spec("transformers") is not None


def _runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told otherwise
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def run(*args: str, input: bytes | None = None):
    return _runner().invoke(app, [str(a) for a in args], input=input)


def _no_ws(s: str) -> str:
    return "".join(s.split())


def _assert_points_point_into(text: str, essay: dict) -> None:
    """Every point's text is in the input slice [start, end) (whitespace ignored), as the schema promises."""
    for key in ("challenges", "recommendations", "summary_sentences"):
        for point in essay[key]:
            assert 0 <= point["start"] < point["end"] <= len(text)
            assert _no_ws(point["text"]) in _no_ws(text[point["start"]:point["end"]]), point


# ------------------------------------------------------------------------------------------ one input


def test_one_file_gives_one_json_document():
    result = run("summarize", ELDERLY)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    text = ELDERLY.read_text(encoding="utf-8")
    assert doc["source"] == str(ELDERLY)
    assert doc["encoding"] == "utf-8"
    assert doc["method"] == "textrank"
    assert doc["chars"] == len(text)
    assert len(doc["essays"]) == 1
    essay = doc["essays"][0]
    assert essay["summary"]
    assert essay["challenges"], "the 存在的问题 section has three 一是/二是/三是 items"
    assert essay["recommendations"], "the 对策建议 section has three items"
    _assert_points_point_into(text, essay)


def test_gbk_file_gives_the_same_summary_as_utf8():
    utf8 = run("summarize", EXAMPLES / "essay.txt")
    gbk = run("summarize", EXAMPLES / "essay_gbk.txt")
    assert utf8.exit_code == gbk.exit_code == 0, (utf8.stderr, gbk.stderr)
    a, b = json.loads(utf8.stdout), json.loads(gbk.stdout)
    assert (a["encoding"], b["encoding"]) == ("utf-8", "gb18030")
    assert a["essays"] == b["essays"]


def test_stdin_dash_reads_bytes():
    raw = RIVER.read_text(encoding="utf-8").encode("gb18030")
    result = run("summarize", "-", input=raw)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["source"] == "-"
    assert doc["encoding"] == "gb18030"
    assert doc["essays"][0]["recommendations"]


def test_options_reach_the_library():
    result = run("summarize", ELDERLY, "--max-points", "1", "--max-point-chars", "12", "--summary-chars", "40")
    assert result.exit_code == 0, result.stderr
    essay = json.loads(result.stdout)["essays"][0]
    assert len(essay["challenges"]) <= 1 and len(essay["recommendations"]) <= 1
    assert all(len(p["text"]) <= 12 for p in essay["challenges"] + essay["recommendations"])


def test_output_file(tmp_path):
    out = tmp_path / "summary.json"
    result = run("summarize", RIVER, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(RIVER)


# ------------------------------------------------------------------------------------------ several inputs


@pytest.fixture()
def mixed_inputs(tmp_path) -> list[str]:
    binary = tmp_path / "scan.png"
    binary.write_bytes(PNG_HEADER)
    empty = tmp_path / "empty.txt"
    empty.write_text("  。。。\n", encoding="utf-8")
    return [str(ELDERLY), str(tmp_path / "missing.txt"), str(binary), str(empty), str(RIVER)]


def test_several_inputs_with_failures_exit_1_and_keep_going(mixed_inputs):
    result = run("summarize", *mixed_inputs)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(mixed_inputs), "jsonl: one record per input, in input order"
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == mixed_inputs
    assert [r["id"] for r in records] == mixed_inputs, "a file's id is its path as given"
    good = [records[0], records[4]]
    assert all(r["essays"] and "error" not in r for r in good)
    assert records[1]["error"]["type"] == "file_not_found"
    assert records[2]["error"]["type"] == "unsupported_format"
    assert "PNG" in records[2]["error"]["message"]
    assert records[3]["error"]["type"] == "empty_input"
    assert all(set(r) == {"id", "source", "error"} and set(r["error"]) == {"type", "message"} for r in records[1:4])
    # each failure on stderr, no traceback
    assert "missing.txt" in result.stderr and "scan.png" in result.stderr and "empty.txt" in result.stderr
    assert "summarized 2 of 5 inputs; 3 failed (empty_input: 1, file_not_found: 1, unsupported_format: 1)" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_several_good_inputs_exit_0():
    result = run("summarize", ELDERLY, RIVER, "--quiet")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_json_format_with_several_inputs_is_an_array(mixed_inputs):
    result = run("summarize", "--format", "json", *mixed_inputs)
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == len(mixed_inputs)


def test_single_bad_input_gives_an_error_record_and_exit_1(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run("summarize", missing)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "id": str(missing),
        "source": str(missing),
        "error": {"type": "file_not_found", "message": f"file not found: {missing}"},
    }
    assert result.stderr.startswith("error: file not found:")


def test_a_folder_with_no_supported_file_says_so_and_is_no_usage_error(tmp_path):
    (tmp_path / "photo.png").write_bytes(PNG_HEADER)
    (tmp_path / ".notes.txt").write_text("隐藏。", encoding="utf-8")
    result = run("summarize", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip() == (
        f"summarized 0 of 0 inputs; no supported file in {tmp_path}; 2 file(s) skipped: "
        f"1 for their suffix ({tmp_path / 'photo.png'}), 1 hidden ({tmp_path / '.notes.txt'})")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("summarize", empty, "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    assert f"no supported file in {empty}" in result.stderr


def test_input_over_max_bytes_is_reported():
    result = run("summarize", ELDERLY, "--max-bytes", "100")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "input_too_large"


def test_limit_errors_name_the_option_that_raises_them(tmp_path):
    """A user refused for size learns which option lifts the limit: a file over ``--max-bytes``, standard input
    over it, a file's text and a JSONL record's text over ``--max-chars`` (counts with thousands separators)."""
    text = "一、存在的问题\n基层人员不足，经费保障不够。\n二、对策建议\n充实基层队伍，加大财政投入。\n" * 200
    essay = tmp_path / "report.txt"
    essay.write_text(text, encoding="utf-8")
    size = essay.stat().st_size
    over_bytes = json.loads(run("summarize", essay, "--max-bytes", "1000").stdout)["error"]
    assert over_bytes["type"] == "input_too_large"
    assert f"file is {size:,} bytes; the limit is 1,000 bytes (--max-bytes)" in over_bytes["message"]
    stdin = json.loads(run("summarize", "-", "--max-bytes", "1000", input=text.encode("utf-8")).stdout)["error"]
    assert stdin["message"] == "standard input is over the limit of 1,000 bytes (--max-bytes)"
    over_chars = json.loads(run("summarize", essay, "--max-chars", "1000").stdout)["error"]
    assert over_chars == {"type": "input_too_large",
                          "message": f"{essay}: text has {len(text):,} characters; the limit is 1,000 (--max-chars)"}
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("summarize", "--input-jsonl", records, "--max-chars", "1000")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["message"] == (
        f"text has {len(text):,} characters; the limit is 1,000 (--max-chars)")
    assert "(--max-chars)" in result.stderr


# ------------------------------------------------------------------------------------------ markdown


def test_markdown_has_headings_and_point_ranges():
    result = run("summarize", ELDERLY, "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert md.startswith(f"# {ELDERLY}\n")
    assert re.search(r"^## 1\. ", md, re.M)
    assert "**摘要**：" in md
    assert "### 挑战" in md and "### 建议" in md
    points = re.findall(r"^- (.+) `\[(\d+), (\d+)\)`$", md, re.M)
    assert len(points) >= 2
    text = ELDERLY.read_text(encoding="utf-8")
    for point, start, end in points:
        assert _no_ws(point) in _no_ws(text[int(start):int(end)])


def test_markdown_reports_failed_inputs(tmp_path):
    result = run("summarize", ELDERLY, tmp_path / "missing.txt", "--format", "markdown")
    assert result.exit_code == 1
    assert "### 挑战" in result.stdout
    assert "**错误** (`file_not_found`)" in result.stdout


# ------------------------------------------------------------------------------------------ usage


def test_invalid_option_value_is_a_usage_error():
    result = run("summarize", ELDERLY, "--max-points", "0")
    assert result.exit_code == 2
    assert "--max-points" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_method_is_a_usage_error():
    result = run("summarize", ELDERLY, "--method", "magic")
    assert result.exit_code == 2


@pytest.mark.parametrize("args", [("--method", "seq2seq"), ("--model", "/nonexistent/checkpoint")])
def test_seq2seq_that_cannot_run_stops_at_once_with_one_error(args, tmp_path):
    result = run("summarize", ELDERLY, RIVER, *args, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("Invalid value") == 1  # one usage error, not one error record per input
    said = _no_ws(re.sub("[│╭╮╰╯─]", "", result.stderr))
    if args[0] == "--method":
        assert _no_ws("needs a model checkpoint") in said
    elif SEQ2SEQ_INSTALLED:
        assert _no_ws("/nonexistent/checkpoint") in said
    else:  # the missing libraries by name: torch may be installed without transformers
        torch_missing = importlib.util.find_spec("torch") is None
        assert _no_ws("needs torch and transformers" if torch_missing else "needs transformers:") in said
    assert not (tmp_path / "out.jsonl").exists(), "nothing is written"


def test_version():
    result = run("version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"summarizer {__version__}"


def test_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("summarize", "serve", "evaluate", "version"):
        assert command in result.stdout


def test_serve_runs_the_app_factory_with_uvicorn(monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append((a, kw)))
    monkeypatch.setattr("summarizer.commands._check_address", lambda host, port: None)  # (the port may be in use)
    result = run("serve", "--port", "8123", "--workers", "2")
    assert result.exit_code == 0, result.stderr
    assert calls == [
        (("service.app:create_app",),
         {"factory": True, "host": "127.0.0.1", "port": 8123, "workers": 2, "log_level": "info",
          "access_log": False, "http": "service.server:PROTOCOL"}),
    ]
    from uvicorn.importer import import_from_string

    from service.server import http_protocol

    assert import_from_string("service.server:PROTOCOL") is http_protocol()  # the name uvicorn will import


# ------------------------------------------------------------------------------------------ formats, folders, JSONL


@pytest.fixture()
def folder(tmp_path) -> Path:
    """A folder as analysts have them: text in several encodings, a web page, .docx, .pdf, a scan, junk."""
    import files_fixtures as F

    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "a_utf8.txt").write_text(F.ESSAY, encoding="utf-8")
    (root / "b_gbk.txt").write_bytes(F.ESSAY.encode("gb18030"))
    (root / "c_page.html").write_bytes(F.page_html("gbk").encode("gb18030"))
    (root / "d.docx").write_bytes(F.make_docx(numbered_headings=True))
    (root / "sub" / "e.pdf").write_bytes(F.make_pdf([F.ESSAY_LINES]))
    (root / "sub" / "f_scan.pdf").write_bytes(F.make_scanned_pdf())
    (root / "g_binary.txt").write_bytes(PNG_HEADER)
    (root / "photo.png").write_bytes(PNG_HEADER)  # not a document suffix: skipped, and said so
    (root / ".hidden.txt").write_text("隐藏文件。", encoding="utf-8")
    return root


def test_folder_of_mixed_formats_gives_one_record_per_document(folder):
    result = run("summarize", folder, "--quiet")
    assert result.exit_code == 1
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    name = lambda *parts: str(folder.joinpath(*parts))  # noqa: E731
    assert set(records) == {name("a_utf8.txt"), name("b_gbk.txt"), name("c_page.html"), name("d.docx"),
                            name("sub", "e.pdf"), name("sub", "f_scan.pdf"), name("g_binary.txt")}
    found = {k: (r.get("format"), r.get("encoding")) for k, r in records.items() if "error" not in r}
    assert found == {name("a_utf8.txt"): ("text", "utf-8"), name("b_gbk.txt"): ("text", "gb18030"),
                     name("c_page.html"): ("html", "gb18030"), name("d.docx"): ("docx", "utf-8"),
                     name("sub", "e.pdf"): ("pdf", "unicode")}
    assert records[name("sub", "f_scan.pdf")]["error"]["type"] == "no_text_layer"
    assert records[name("g_binary.txt")]["error"]["type"] == "unsupported_format"
    for key in found:
        assert records[key]["essays"][0]["challenges"], key


def test_folder_summary_line_counts_skipped_and_hidden_files(folder):
    result = run("summarize", folder, "-o", folder.parent / "out.jsonl")
    assert result.stderr.splitlines()[-1] == (
        "summarized 5 of 7 inputs; 2 failed (no_text_layer: 1, unsupported_format: 1); 2 file(s) skipped: "
        f"1 for their suffix ({folder / 'photo.png'}), 1 hidden ({folder / '.hidden.txt'})")


def test_glob_with_double_star(folder):
    result = run("summarize", str(folder / "**" / "*.pdf"), "--quiet")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [str(folder / "sub" / "e.pdf"), str(folder / "sub" / "f_scan.pdf")]


def test_glob_that_matches_nothing_is_accounted_for(tmp_path):
    result = run("summarize", str(tmp_path / "*.txt"))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "file_not_found"


def test_output_file_inside_the_input_folder_is_not_read_back(folder):
    out = folder / "summaries.txt"
    run("summarize", folder, "-o", out, "--format", "jsonl")
    again = run("summarize", folder, "-o", out, "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert str(out) not in ids and len(ids) == 7, again.stderr


def test_input_jsonl_records_and_bad_records(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": ELDERLY.read_text(encoding="utf-8")}, ensure_ascii=False),
        json.dumps({"id": 2, "text": "加强党建。", "source": "short.txt"}, ensure_ascii=False),
        "",
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "blank", "text": "   \n"}),
        json.dumps({"id": "punct", "text": "。。。"}, ensure_ascii=False),
        json.dumps({"id": "no-text"}),
        json.dumps({"text": "没有编号。"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "ok-1", "text": "重复的编号。"}, ensure_ascii=False),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("summarize", "--input-jsonl", src, "--quiet")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["ok-1", "2", "empty", "blank", "punct", "no-text", f"{src}:8",
                                          f"{src}:9", "ok-1#line10"]
    kinds = [r.get("error", {}).get("type") for r in records]
    assert kinds == [None, None, "empty_input", "empty_input", "empty_input", "invalid_record", "invalid_record",
                     "invalid_record", "duplicate_id"]
    assert records[1]["source"] == "short.txt"
    assert records[1]["essays"][0]["summary"] == "加强党建。", "B10: a one-sentence text is its own summary"


def test_b10_empty_inputs_are_recorded_and_the_run_exits_non_zero(tmp_path):
    """B10 (batch CLI): each empty input gets its error record, the others are summarized, exit 1."""
    for name, text in [("a.txt", ""), ("b.txt", "   \n"), ("c.txt", "。。。"), ("d.txt", "加强党建。")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("summarize", tmp_path, "--quiet")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error", {}).get("type") for r in records] == ["empty_input"] * 3 + [None]
    assert records[3]["essays"][0]["summary"] == "加强党建。"


def test_resume_needs_an_output_file():
    assert run("summarize", ELDERLY, RIVER, "--resume").exit_code == 2
    assert run("summarize", ELDERLY, RIVER, "--resume", "-o", "x.md", "--format", "markdown").exit_code == 2


def test_input_jsonl_that_does_not_exist_is_a_usage_error(tmp_path):
    result = run("summarize", "--input-jsonl", tmp_path / "nope.jsonl")
    assert result.exit_code == 2


def test_no_input_at_all_is_a_usage_error():
    assert run("summarize").exit_code == 2


def test_workers_0_runs_in_process_with_the_same_records(folder):
    a = run("summarize", folder, "--quiet", "--workers", "0")
    b = run("summarize", folder, "--quiet", "--workers", "2")
    assert a.exit_code == b.exit_code == 1
    by_id = lambda out: {r["id"]: r for r in map(json.loads, out.splitlines())}  # noqa: E731
    assert by_id(a.stdout) == by_id(b.stdout)


def test_json_array_keeps_input_order_with_several_workers(folder):
    result = run("summarize", folder, "--format", "json", "--workers", "2", "--quiet")
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert ids == sorted(ids)


def test_input_format_option_forces_a_reader(tmp_path):
    import files_fixtures as F

    page = tmp_path / "page.txt"
    page.write_text(F.page_html(), encoding="utf-8")
    as_html = json.loads(run("summarize", page).stdout)
    as_text = json.loads(run("summarize", page, "--input-format", "text").stdout)
    assert as_html["format"] == "html" and as_text["format"] == "text"


def test_stdin_pdf(tmp_path):
    import files_fixtures as F

    result = run("summarize", "-", input=F.make_pdf([F.ESSAY_LINES]))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "pdf"


def test_extract_prints_the_text_the_offsets_point_into(folder):
    result = run("extract", folder / "d.docx")
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("关于加强基层治理的思考\n")
    assert "format docx, encoding utf-8" in result.stderr
    summary = json.loads(run("summarize", folder / "d.docx").stdout)
    for point in summary["essays"][0]["challenges"]:
        assert _no_ws(point["text"]) in _no_ws(text[point["start"]:point["end"]])


def test_extract_reports_a_scan(folder):
    result = run("extract", folder / "sub" / "f_scan.pdf")
    assert result.exit_code == 1
    assert "no_text_layer" in result.stderr


def test_serve_with_several_workers_shares_metrics_through_a_multiprocess_dir(monkeypatch):
    import os

    import uvicorn

    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    seen = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: seen.append(os.environ.get("PROMETHEUS_MULTIPROC_DIR")))
    monkeypatch.setattr("summarizer.commands._check_address", lambda host, port: None)  # (the port may be in use)
    assert run("serve", "--workers", "3").exit_code == 0
    assert seen[0] and not os.path.exists(seen[0]), "a fresh directory while serving, removed afterwards"
    assert "PROMETHEUS_MULTIPROC_DIR" not in os.environ
    seen.clear()
    assert run("serve", "--workers", "1").exit_code == 0
    assert seen == [None], "one process: no multiprocess mode"


def test_a_directory_with_one_file_written_to_jsonl_is_jsonl_and_resumable(tmp_path):
    from typer.testing import CliRunner

    from summarizer.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("一、存在的问题\n一是待遇偏低。二是负担较重。\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    first = runner.invoke(app, ["summarize", str(folder), "-o", str(out), "--quiet"])
    assert first.exit_code == 0, first.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["essays"]
    again = runner.invoke(app, ["summarize", str(folder), "-o", str(out), "--resume", "--quiet"])
    assert again.exit_code == 0, again.output
    assert out.read_text(encoding="utf-8").splitlines() == lines


# ------------------------------------------------------------------------------------------ --tokenizer


def test_tokenizer_is_chosen_on_the_command_line(monkeypatch):
    """--tokenizer picks the segmentation backend (jieba-rs gives jieba's words, so the same summary); the
    environment variable is only the default's fallback, and an unknown name is a usage error."""
    pytest.importorskip("rjieba")
    import summarizer.tokenize

    seen = []
    real = summarizer.tokenize.get_tokenizer
    monkeypatch.setattr(summarizer.tokenize, "get_tokenizer",
                        lambda backend=None, user_dict=None: seen.append(backend) or real(backend, user_dict))
    monkeypatch.setenv("SUMMARIZER_TOKENIZER", "jieba")
    fast = run("summarize", "--workers", "0", "--tokenizer", "rjieba", ELDERLY)
    default = run("summarize", "--workers", "0", ELDERLY)
    assert fast.exit_code == 0 and default.exit_code == 0, (fast.stderr, default.stderr)
    assert seen == ["rjieba", "jieba"]
    assert json.loads(fast.stdout) == json.loads(default.stdout)
    bad = run("summarize", "--tokenizer", "spacy", ELDERLY)
    assert bad.exit_code == 2 and "--tokenizer" in bad.stderr


# ------------------------------------------------------------------------------------------ help, labels


def test_help_shows_the_default_and_range_of_every_option_from_the_options_model():
    from summarizer.schema import SummarizeOptions

    result = _runner().invoke(app, ["summarize", "--help"], env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})
    assert result.exit_code == 0
    rows: dict[str, str] = {}
    for line in result.stdout.splitlines():
        cells = line.strip("│ ").split()
        if cells and cells[0].startswith("--"):
            rows[cells[0]] = line
        elif rows and line.startswith("│ ") and line.strip("│ "):  # a wrapped help text
            rows[list(rows)[-1]] += " " + line.strip("│ ")
    options = [o for o in rows if o not in ("--help", "--resume", "--quiet", "--collection")]  # flags: off unless given
    # --csv-title-column (tables10) added one, --aspect-model/--no-aspect-model (learnon27) one, --max-essays (ux37) one,
    # --sentence-selector/--no-sentence-selector (selon44) one, --max-sentences (perf48) one
    assert len(options) == 31
    for option in options:
        assert "[default: " in rows[option], option
    ranges = {"--workers": "[x>=0]", "--timeout": "[x>=0.001]", "--max-bytes": "[x>=1]", "--max-chars": "[x>=1]",
              "--max-essays": "[x>=1]", "--max-sentences": "[x>=1]", "--num-cpus": "[x>=1]", "--batch-size": "[x>=1]"}
    fields = SummarizeOptions.model_fields
    for name in ("max_points", "max_point_chars", "summary_chars", "max_keyphrases", "theme_threshold",
                 "max_new_tokens", "min_support"):
        low = next(m.ge for m in fields[name].metadata if hasattr(m, "ge"))
        high = next(m.le for m in fields[name].metadata if hasattr(m, "le"))
        ranges[f"--{name.replace('_', '-')}"] = f"[{low}<=x<={high}]"
        assert fields[name].description in " ".join(rows[f"--{name.replace('_', '-')}"].split()), name
    for option, shown in ranges.items():
        assert shown in rows[option], (option, rows[option])
    for name in ("max_points", "max_point_chars", "summary_chars", "max_keyphrases", "theme_threshold"):  # not a copy
        assert f"[default: {fields[name].default}]" in rows[f"--{name.replace('_', '-')}"]
    assert "[default: (textrank)]" in rows["--method"] and "<textrank|seq2seq>" in rows["--method"]
    assert "[default: (0.5)]" in rows["--min-support"]


def test_help_texts_lose_no_bracketed_words_to_rich_markup():
    """Typer renders help as Rich markup, where `[tag]` is a style and vanishes: `'word [frequency] [tag]'` showed
    as `'word '`, `pip install 'summarizer[train]'` as `'summarizer'`. Every help text of every command and option
    must come out as written (a literal bracket escaped `\\[`)."""
    import typer.main
    from rich.text import Text

    def texts(command, path):
        yield path, command.help or ""
        for param in command.params:
            yield f"{path} {param.name}", getattr(param, "help", None) or ""
        for name, sub in getattr(command, "commands", {}).items():
            yield from texts(sub, f"{path} {name}")

    seen = 0
    for where, text in texts(typer.main.get_command(app), "summarizer"):
        seen += 1
        assert Text.from_markup(text).plain == text.replace("\\[", "["), where
    assert seen > 60  # every command's options were walked

    wide = {"COLUMNS": "400", "TERMINAL_WIDTH": "400"}
    shown = _runner().invoke(app, ["summarize", "--help"], env=wide).stdout
    assert "'word [frequency] [tag]' a line" in shown
    shown = _runner().invoke(app, ["evaluate", "--help"], env=wide).stdout
    assert "pip install 'summarizer[train]'" in shown and "[default: as summarize:" in shown


def test_markdown_labels_follow_the_input_script(tmp_path):
    import opencc

    traditional = tmp_path / "traditional.txt"
    traditional.write_text(opencc.OpenCC("s2t").convert(ELDERLY.read_text(encoding="utf-8")), encoding="utf-8")
    md = run("summarize", traditional, "--format", "markdown").stdout
    assert "### 挑戰" in md and "### 建議" in md and "**摘要**：" in md and " 字 · 編碼 utf-8 · 方法 textrank" in md
    assert "### 挑战" not in md and "### 建议" not in md
    md = run("summarize", ELDERLY, "--format", "markdown").stdout
    assert "### 挑战" in md and "### 建议" in md and " 字 · 编码 utf-8 · 方法 textrank" in md
    assert "### 挑戰" not in md


def test_user_dictionary_on_the_command_line(tmp_path, monkeypatch):
    """--user-dict FILE: the summary is computed with jieba and the user's words (checked through the words the
    tokenizer gets); a missing, undecodable or rjieba-paired dictionary is a usage error naming --user-dict."""
    import summarizer.tokenize

    monkeypatch.delenv("SUMMARIZER_USER_DICT", raising=False)
    monkeypatch.delenv("SUMMARIZER_TOKENIZER", raising=False)
    user = tmp_path / "user.txt"
    user.write_text("养老服务体系建设 10 n\n", encoding="utf-8")
    seen = []
    real = summarizer.tokenize.get_tokenizer
    monkeypatch.setattr(summarizer.tokenize, "get_tokenizer",
                        lambda backend=None, user_dict=None: seen.append((backend, user_dict)) or real(backend, user_dict))
    ok = run("summarize", "--workers", "0", "--user-dict", str(user), ELDERLY)
    assert ok.exit_code == 0, ok.stderr
    assert seen and all(s == ("jieba", str(user)) for s in seen)
    assert real("jieba", user_dict=str(user)).tokens("完善养老服务体系建设") == ["完善", "养老服务体系建设"]
    assert json.loads(ok.stdout)["essays"]
    for bad_args in (["--user-dict", str(tmp_path / "missing.txt")],
                     ["--user-dict", str(user), "--tokenizer", "rjieba"]):
        bad = run("summarize", "--workers", "0", *bad_args, ELDERLY)
        assert bad.exit_code == 2 and "--user-dict" in bad.stderr, bad.stderr


def test_serve_refuses_a_bad_service_setting_in_one_line(monkeypatch):
    """A bad SUMMARIZER_* value is one usage error naming the variable, before uvicorn starts (new-user trial: a
    150-line traceback)."""
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("uvicorn must not start"))
    for name, value, message in (("SUMMARIZER_REQUEST_TIMEOUT_S", "abc", "valid number"),
                                 ("SUMMARIZER_MAX_CHARS", "-5", "greater than or equal to 1"),
                                 ("SUMMARIZER_USER_DICT", "/nonexistent/user.txt", "cannot read user dictionary"),
                                 ("SUMMARIZER_MAX_PDF_PAGES", "many", "must be a positive integer")):
        result = _runner().invoke(app, ["serve"], env={name: value})
        assert result.exit_code == 2, (name, result.output)
        assert f"error: {name}: " in result.output and message in result.output


def test_a_malformed_reader_limit_is_one_usage_error_before_any_input_is_read(tmp_path):
    """SUMMARIZER_MAX_* reader limits are checked once at the start (exit 2 naming the variable), not on every
    PDF/DOCX input of a batch (new-user trial: every record failed with the same message, or an HTTP 500)."""
    essay = tmp_path / "e.txt"
    essay.write_text("基层治理存在人员不足的问题。应当充实基层力量。", encoding="utf-8")
    result = _runner().invoke(app, ["summarize", str(essay)], env={"SUMMARIZER_MAX_ARCHIVE_TOTAL_BYTES": "0"})
    assert result.exit_code == 2
    assert "SUMMARIZER_MAX_ARCHIVE_TOTAL_BYTES: must be a positive integer, not '0'" in result.output


def test_csv_column_on_the_command_line(tmp_path):
    """--csv-column reads one column of .csv/.tsv inputs (header name or index); other files are read as usual; a
    column the table lacks is the record's clear error, not an internal error (new-user trial)."""
    table = tmp_path / "t.csv"
    table.write_text("id,title,body\n1,社区治理,当前社区工作人员不足，任务繁重。应当充实社区工作力量。\n"
                     "2,乡村振兴,农村人才流失严重。要完善人才引进政策。\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("基层治理存在人员不足的问题。应当充实基层力量。", encoding="utf-8")
    result = run("summarize", table, "--csv-column", "body", "--format", "json")
    record = json.loads(result.stdout)
    assert record["chars"] == len("当前社区工作人员不足，任务繁重。应当充实社区工作力量。\n农村人才流失严重。要完善人才引进政策。")
    assert "id" not in record["essays"][0]["summary"] and "title" not in record["essays"][0]["summary"]
    by_index = json.loads(run("summarize", table, "--csv-column", "2", "--format", "json").stdout)
    assert by_index["chars"] == record["chars"] + len("body\n")  # by index every row is read, the header's too
    both = run("summarize", tmp_path, "--csv-column", "body", "--workers", "0")
    assert [json.loads(line).get("error") for line in both.stdout.splitlines()] == [None, None]
    bad = json.loads(run("summarize", table, "--csv-column", "nope", "--format", "json").stdout)
    assert bad["error"]["type"] == "column_not_found" and "id, title, body" in bad["error"]["message"]
    # with no table among the inputs the option is a mistake: one usage error, not silently ignored (new-user trial)
    alone = _runner().invoke(app, ["summarize", str(tmp_path / "e.txt"), "--csv-column", "body"])
    assert alone.exit_code == 2 and "applies to .csv/.tsv inputs" in alone.output


def test_one_long_input_shows_a_status_line_that_is_cleared(monkeypatch):
    # trial9: a 1.36 M-character file took 20 s with nothing on stderr (the progress bar needs two inputs)
    import io
    import threading

    from summarizer import cli

    err = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", err)
    shown = threading.Event()
    with cli._status_line("reports/long.txt", True, delay_s=0, interval_s=0.01):
        for _ in range(500):
            if "summarizing reports/long.txt" in err.getvalue():
                shown.set()
                break
            threading.Event().wait(0.01)
    assert shown.is_set()
    text = err.getvalue()
    assert text.rstrip(" ").endswith("\r")  # cleared: the last thing written is a carriage return over blanks
    err2 = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", err2)
    with cli._status_line("x.txt", False, delay_s=0):
        pass
    assert err2.getvalue() == ""


def test_an_explicit_format_unlike_the_output_files_name_is_said_on_stderr(tmp_path):
    """``--format markdown -o x.json`` writes markdown, as asked, and says that the file's name says json (ux34's
    finding: it was silent); without ``--format`` the name chooses, with no warning."""
    named_json = tmp_path / "x.json"
    result = run("summarize", ELDERLY, "--format", "markdown", "-o", named_json)
    assert result.exit_code == 0
    assert named_json.read_text(encoding="utf-8").startswith("# ")
    assert f"warning: writing markdown to {named_json} (its name says json)" in result.stderr
    named_md = tmp_path / "x.md"
    result = run("summarize", ELDERLY, "-o", named_md)
    assert result.exit_code == 0
    assert named_md.read_text(encoding="utf-8").startswith("# ")
    assert "warning" not in result.stderr
    result = run("summarize", ELDERLY, "--format", "json", "-o", named_json)
    assert result.exit_code == 0 and "warning" not in result.stderr
    assert json.loads(named_json.read_text(encoding="utf-8"))["essays"]
