"""Trial 6 of a new user (../prompts/trial6_findings.md): a CSV table of essays with a header row, a format option
that does not fit the bytes, cut-off .docx/PDF files, globs and links that name no file, `evaluate` given a corpus
directory or gold file for ROUGE, a seq2seq `model` given without seq2seq, and `extract --csv-column`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import files_fixtures as F
from service.app import create_app
from service.settings import Settings
from summarizer import summarize
from summarizer.batch import error_record, expand_inputs
from summarizer.cli import app
from summarizer.decode import decode_text, read_file_bytes
from summarizer.errors import DecodeError
from summarizer.readers import read_bytes


def _run(*args: str):
    try:  # click < 8.2 mixes stderr into stdout unless told otherwise
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(app, [str(a) for a in args])


# ------------------------------------------------------------------------------------------ CSV header row

RECORDS = ('1,基层减负,"一是会议过多。二是考核繁琐。"\n'
           '2,养老服务,"护理人员短缺，护理员年龄偏大。"\n')


@pytest.mark.parametrize("header", ["id,title,body\n", "\ufeff编号,标题,正文\r\n", '"id","title","content"\n'])
def test_a_header_row_over_essay_records_is_left_out_and_each_record_is_an_essay(header):
    document = read_bytes((header + RECORDS).encode(), filename="essays.csv")
    assert document.text == RECORDS
    essays = summarize(document).essays
    assert [e.title for e in essays] == ["基层减负", "养老服务"]
    assert document.text[essays[1].start:essays[1].end].startswith("护理人员短缺")


def test_a_first_line_that_is_a_record_or_a_table_without_records_is_not_a_header():
    assert read_bytes(RECORDS.encode(), filename="essays.csv").text == RECORDS
    # a header over rows that are not essay records: every cell a line, as before
    data = "名称,数量\n养老院,12\n".encode()
    assert read_bytes(data, filename="t.csv").text.split("\n") == ["名称", "数量", "养老院", "12"]
    # a first line of numbers is data, not a header
    data = ("2024,2025\n" + RECORDS).encode()
    assert read_bytes(data, filename="t.csv").text.split("\n")[:2] == ["2024", "2025"]


# ------------------------------------------------------------------------------------------ forced formats

TEXT = "一、存在的问题\n人员不足。\n二、对策建议\n充实队伍。\n".encode()


@pytest.mark.parametrize(("data", "fmt", "looks"), [
    (TEXT, "pdf", "plain text; leave the format to detection (auto) or ask for 'text'"),
    (TEXT, "docx", "plain text; leave the format to detection (auto) or ask for 'text'"),
    (F.make_pdf([["人员不足。"]]), "docx", "a PDF; leave the format to detection (auto) or ask for 'pdf'"),
    (F.page_html().encode(), "pdf", "an HTML page; leave the format to detection (auto) or ask for 'html'"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "pdf", "a PNG image"),
])
def test_a_forced_format_the_bytes_are_not_says_so_and_what_they_look_like(data, fmt, looks):
    with pytest.raises(DecodeError) as info:
        read_bytes(data, format=fmt)
    message = str(info.value)
    assert message.startswith(f"not a {fmt.upper()} file, as the format asked for says: ")
    assert message.endswith(f"these bytes look like {looks}")
    assert "damaged" not in message


@pytest.mark.parametrize("fmt", ["text", "html"])
@pytest.mark.parametrize(("data", "found", "looks"), [
    (F.make_docx(["人员不足。"]), "docx", "a .docx"),
    (F.make_pdf([["人员不足。"]]), "pdf", "a PDF"),
])
def test_text_or_html_forced_on_a_docx_or_pdf_names_the_format_to_ask_for(data, found, looks, fmt):
    with pytest.raises(DecodeError) as info:
        read_bytes(data, format=fmt)
    wanted = "an HTML page" if fmt == "html" else "plain text"
    assert str(info.value) == (f"not {wanted}, as the format asked for says: these bytes are {looks}; leave the "
                               f"format to detection (auto) or ask for {found!r}")


def test_text_forced_on_a_text_that_mentions_a_pdf_header_or_on_a_zip_reads_as_before():
    assert read_bytes(b"see %PDF-1.4 here", format="text").text == "see %PDF-1.4 here"
    with pytest.raises(DecodeError, match="^binary data, not text"):  # a ZIP that is no .docx: the text reader's
        read_bytes(b"PK\x03\x04" + b"\0" * 30 + b"PK\x05\x06" + b"\0" * 18, format="text")


def test_cli_and_upload_with_text_forced_on_a_docx_say_ask_for_docx(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(F.make_docx(["人员不足。"]))
    result = _run("summarize", path, "--input-format", "text")
    assert result.exit_code == 1
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "decode_error"
    assert error["message"].endswith("these bytes are a .docx; leave the format to detection (auto) or ask for "
                                     "'docx'")
    with TestClient(create_app(Settings())) as c:
        response = c.post("/v1/summarize/file", files={"file": ("a.docx", path.read_bytes())}, data={"format": "html"})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "file"
    assert response.json()["error"]["message"].startswith("not an HTML page, as the format asked for says: these "
                                                          "bytes are a .docx;")


def test_a_forced_format_that_fits_reads_as_before():
    assert read_bytes(F.make_docx(["人员不足。"]), format="docx").text == "人员不足。"
    assert read_bytes(TEXT, format="text").text == TEXT.decode()


def test_a_cut_off_docx_or_pdf_is_said_to_be_cut_off():
    docx = F.make_docx(["人员不足。", "充实队伍。"])
    for fmt in (None, "docx"):
        with pytest.raises(DecodeError, match="the file is cut off: the record that ends every ZIP package"):
            read_bytes(docx[: len(docx) // 2], format=fmt)
    pdf = F.make_pdf([["人员不足。"]])
    with pytest.raises(DecodeError, match=r"^a damaged PDF file: .*[^.]; the file is cut off: it does not end with "
                                          r"the %%EOF marker"):
        read_bytes(pdf[: len(pdf) // 3])
    # a whole but damaged package is not called cut off
    with pytest.raises(DecodeError) as info:
        read_bytes(b"PK\x03\x04" + b"\0" * 30 + b"PK\x05\x06" + b"\0" * 18)
    assert "cut off" not in str(info.value)


# ------------------------------------------------------------------------------------------ names of no file


def test_a_dangling_link_and_a_glob_matching_nothing_are_named_for_what_they_are(tmp_path):
    link = tmp_path / "report.txt"
    os.symlink(tmp_path / "gone.txt", link)
    with pytest.raises(FileNotFoundError) as info:
        read_file_bytes(link)
    assert str(info.value) == f"broken symbolic link (to {tmp_path / 'gone.txt'}, which does not exist): {link}"
    pattern = str(tmp_path / "nothing" / "*.txt")
    files, skipped = expand_inputs([pattern])
    assert (files, skipped) == ([pattern], [])
    with pytest.raises(FileNotFoundError) as info:
        read_file_bytes(pattern)
    record = error_record(pattern, info.value)
    assert record["error"] == {"type": "file_not_found", "message": f"no file matches the pattern: {pattern}"}
    with pytest.raises(FileNotFoundError, match=r"^file not found: .*missing\.txt$"):
        read_file_bytes(tmp_path / "missing.txt")


# ------------------------------------------------------------------------------------------ evaluate


def test_evaluate_rouge_on_a_corpus_directory_or_an_aspect_gold_file_names_the_task(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("一、存在的问题\n人员不足。\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"essays": [{"file": "a.txt", "challenges": ["人员不足"], "recommendations": []}]}),
                    encoding="utf-8")
    result = _run("evaluate", tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path} is a directory: --task rouge reads one JSONL file" in result.stderr
    assert "--task aspects" in result.stderr
    result = _run("evaluate", gold)
    assert result.exit_code == 2
    assert f"{gold} is a gold file of aspect points (it lists essays), not ROUGE records" in result.stderr
    assert _run("evaluate", "--task", "aspects", tmp_path, "--quiet").exit_code == 0
    # a checkpoint with TextRank (the default method) was ignored and printed in the header as if used
    result = _run("evaluate", "--task", "aspects", tmp_path, "--model", "some-model", "--quiet")
    assert result.exit_code == 2 and "--model is used by --method seq2seq only" in result.stderr


# ------------------------------------------------------------------------------------------ model without seq2seq


def test_cli_model_with_an_explicit_textrank_is_a_usage_error(tmp_path):
    essay = tmp_path / "a.txt"
    essay.write_text("一、存在的问题\n人员不足。\n", encoding="utf-8")
    result = _run("summarize", essay, "--method", "textrank", "--model", "some-model")
    assert result.exit_code == 2
    assert "--model is used by --method seq2seq only" in result.output + result.stderr


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings())) as c:
        yield c


def test_http_model_without_method_asks_for_seq2seq_and_with_textrank_is_a_422(client):
    text = "一、存在的问题\n人员不足。\n二、对策建议\n充实队伍。"
    # no model is configured on this server: the model's name means seq2seq, as --model does on the command line
    answer = client.post("/v1/summarize", json={"text": text, "model": "../../etc"})
    assert answer.status_code == 503 and answer.json()["error"]["type"] == "model_not_available"
    answer = client.post("/v1/summarize", json={"text": text, "model": "x", "method": "textrank"})
    assert answer.status_code == 422
    assert (answer.json()["error"]["type"], answer.json()["error"]["field"]) == ("validation_error", "model")
    answer = client.post("/v1/summarize/file", files={"file": ("a.txt", text.encode())},
                         data={"model": "x", "method": "textrank"})
    assert answer.status_code == 422 and answer.json()["error"]["field"] == "model"
    answer = client.post("/v1/summarize/batch", json={"documents": [{"id": "a", "text": text}], "model": "x",
                                                      "method": "textrank"})
    assert answer.status_code == 422 and answer.json()["error"]["field"] == "model"
    answer = client.post("/v1/summarize", json={"text": text, "method": "textrank"})
    assert answer.status_code == 200 and answer.json()["method"] == "textrank"
    assert [p["text"] for p in answer.json()["essays"][0]["challenges"]] == ["人员不足"]


def test_http_csv_column_not_found_is_documented_with_its_field(client):
    answer = client.post("/v1/summarize/file", files={"file": ("t.csv", "标题,正文\n甲,人员不足。\n".encode())},
                         data={"csv_column": "内容"})
    assert answer.status_code == 422
    assert (answer.json()["error"]["type"], answer.json()["error"]["field"]) == ("column_not_found", "csv_column")
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    errors = readme[readme.index("### Errors"):readme.index("### Web page")]
    assert "| 422 | `column_not_found` |" in errors


# ------------------------------------------------------------------------------------------ extract


def test_extract_reads_a_csv_column_and_reports_decoding_warnings(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("标题,正文\n甲,人员不足。\n乙,充实队伍。\n", encoding="utf-8")
    result = _run("extract", table, "--csv-column", "正文")
    assert result.exit_code == 0
    assert result.stdout == "人员不足。\n充实队伍。\n"
    cut = tmp_path / "cut.txt"
    cut.write_bytes("一、存在的问题\n人员不足。".encode()[:-2])
    result = _run("extract", cut)
    assert result.exit_code == 0 and result.stdout == "一、存在的问题\n人员不足\ufffd\n"
    assert f"warning: {cut}: the last character is cut off" in result.stderr


# ------------------------------------------------------------------------------------------ damaged GBK / Big5

GB_ESSAY = ("关于农村养老服务的调研报告\n一、存在的问题\n（一）服务设施利用率不高，部分互助幸福院长期闲置。\n"
            "（二）护理人员严重短缺，持证护理员年龄普遍偏大。\n二、对策建议\n（一）盘活闲置设施，引入专业机构运营。\n"
            "（二）加强护理队伍建设，落实岗位补贴。\n")
BIG5_NEWS = ("本港安老院舍人手短缺問題持續惡化\n社會福利署最新數據顯示，本港安老院舍護理員空缺率已升至百分之十八。"
             "業界指出，院舍面對人手不足、薪酬偏低及工作壓力大等多項問題。\n有立法會議員表示，政府應盡快檢討輸入外勞計劃。\n")


def test_gbk_text_with_a_damaged_byte_is_read_with_one_replacement_and_a_warning():
    data = GB_ESSAY.encode("gb18030")
    at = len("关于农村养老服务的调研报告\n一、存在的问题\n".encode("gb18030"))  # a character boundary on line 3
    damaged = data[:at] + b"\xff" + data[at:]
    decoded = decode_text(damaged)
    assert decoded.encoding == "gb18030"
    assert decoded.text == GB_ESSAY[:GB_ESSAY.index("（一）服务")] + "\ufffd" + GB_ESSAY[GB_ESSAY.index("（一）服务"):]
    assert [(w.type, w.message) for w in decoded.warnings] == [
        ("invalid_bytes", f"1 invalid GB18030 byte sequence(s) read as U+FFFD, on line(s) 3 (the first at byte "
                          f"offset {at})")]
    result = summarize(read_bytes(damaged, filename="report.txt"))
    assert result.encoding == "gb18030" and [w.type for w in result.warnings] == ["invalid_bytes"]
    assert [p.text for p in result.essays[0].recommendations][:1] == ["盘活闲置设施，引入专业机构运营"]


def test_big5_text_with_a_damaged_byte_is_read_with_one_replacement():
    data = BIG5_NEWS.encode("big5")
    at = len(BIG5_NEWS[:BIG5_NEWS.index("社會")].encode("big5"))
    decoded = decode_text(data[:at] + b"\xff" + data[at:])
    assert decoded.encoding == "big5hkscs" and [w.type for w in decoded.warnings] == ["invalid_bytes"]
    assert decoded.text == BIG5_NEWS[:BIG5_NEWS.index("社會")] + "\ufffd" + BIG5_NEWS[BIG5_NEWS.index("社會"):]


def test_gbk_text_damaged_everywhere_is_refused_naming_where_gb18030_fails():
    data = GB_ESSAY.encode("gb18030")
    damaged = b"\xff".join(data[i:i + 20] for i in range(0, len(data), 20))
    with pytest.raises(DecodeError) as info:
        decode_text(damaged)
    message = str(info.value)
    assert "GB18030/GBK (the first invalid sequence on line 1, byte offset 20)" in message


def test_a_gbk_jsonl_line_is_refused_with_how_to_convert_it(tmp_path):
    from summarizer.batch import jsonl_tasks

    records = tmp_path / "records.jsonl"
    records.write_bytes('{"id": "a", "text": "人员不足。"}\n{"id": "b", "text": "abc"}\n'.encode("gb18030"))
    tasks = list(jsonl_tasks(str(records)))
    assert tasks[0].error == {"type": "invalid_record", "message": (
        f"{records}:1: the line is not UTF-8 (invalid continuation byte at byte 21); JSON Lines must be UTF-8, and "
        "this line reads as GB18030/GBK: convert the file, e.g. `iconv -f gb18030 -t utf-8`")}
    assert tasks[1].error is None and tasks[1].text == "abc"  # an ASCII line is UTF-8 whatever the file's codec


def test_the_output_file_suffix_chooses_the_format_when_none_is_given(tmp_path):
    essay = tmp_path / "a.txt"
    essay.write_text("一、存在的问题\n人员不足。\n二、对策建议\n充实队伍。\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("一、存在的问题\n经费紧张。\n", encoding="utf-8")
    assert _run("summarize", essay, "-o", tmp_path / "out.md").exit_code == 0
    markdown = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert markdown.startswith(f"# {essay}\n") and "### 挑战\n\n- 人员不足 `[8, 12)`" in markdown
    assert _run("summarize", essay, other, "-o", tmp_path / "out.json").exit_code == 0
    records = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))  # one JSON array, not JSON lines
    assert [r["id"] for r in records] == [str(essay), str(other)]
    assert _run("summarize", essay, "-o", tmp_path / "out.md", "--format", "json").exit_code == 0
    assert json.loads((tmp_path / "out.md").read_text(encoding="utf-8"))["id"] == str(essay)  # --format wins


def test_a_binary_file_named_pdf_or_docx_that_is_none_says_so():
    # try52: random bytes saved as report.pdf were "binary data, not text … (UTF-16/32 text needs a byte-order
    # mark)", which points a user at encodings; the name promised a PDF, and the message now says it is none
    junk = b"\x13\x37" + bytes(range(256)) * 4
    with pytest.raises(DecodeError, match=r"^named \.pdf, but not a PDF \(one starts with %PDF-\): binary data"):
        read_bytes(junk, filename="report.pdf")
    with pytest.raises(DecodeError, match=r"^named \.docx, but not a \.docx file .*PK\): binary data"):
        read_bytes(junk, filename="报告.DOCX")
    with pytest.raises(DecodeError, match=r"^binary data, not text"):
        read_bytes(junk, filename="notes.txt")  # (another name: the decoder's own message, unchanged)
    assert read_bytes("人员不足。".encode(), filename="x.pdf").text == "人员不足。"  # a text misnamed is still read
