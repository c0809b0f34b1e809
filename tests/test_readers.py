"""Input formats: text in every supported encoding, HTML/MHTML, .docx, .pdf; refused formats and damaged files.

The PDF and DOCX fixtures are generated here (see ``files_fixtures``: what they prove and what they do not).
"""

from __future__ import annotations

import codecs
import io
import zipfile

import pytest

import files_fixtures as F
from summarizer import readers
from summarizer.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    NoTextLayerError,
    SummarizerError,
    UnsupportedFormatError,
)
from summarizer.pipeline import summarize_document
from summarizer.readers import detect_format, read_bytes, read_path

TRADITIONAL = (
    "關於加強基層治理的思考\n"
    "一、存在的問題\n"
    "一是基層力量薄弱，人員編制不足；二是經費保障不夠，運轉困難；三是群眾參與度不高，協同機制缺失。\n"
    "二、對策建議\n"
    "一是充實基層隊伍，加強業務培訓；二是加大財政投入，完善經費保障機制；三是暢通參與渠道，激發群眾活力。\n"
)


def _no_ws(s: str) -> str:
    return "".join(s.split())


def _assert_points_in(text: str, doc) -> None:
    for essay in doc.essays:
        for point in essay.challenges + essay.recommendations + essay.summary_sentences:
            assert 0 <= point.start < point.end <= len(text)
            assert _no_ws(point.text) in _no_ws(text[point.start:point.end])


# ------------------------------------------------------------------------------------------ plain text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (F.ESSAY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + F.ESSAY.encode("utf-8"), "utf-8-sig"),
        (F.ESSAY.encode("gb18030"), "gb18030"),
        (F.ESSAY.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + F.ESSAY.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + F.ESSAY.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le-bom", "utf16be-bom"],
)
def test_text_in_every_encoding_reads_the_same_and_reports_it(data, encoding):
    document = read_bytes(data, filename="essay.txt")
    assert (document.format, document.encoding, document.text) == ("text", encoding, F.ESSAY)


def test_big5_traditional_text_is_summarized_in_the_users_characters():
    data = TRADITIONAL.encode("big5")
    document = read_bytes(data, filename="essay.txt")
    assert document.encoding in ("big5", "cp950", "big5hkscs")
    assert document.text == TRADITIONAL
    result = summarize_document(document)
    essay = result.essays[0]
    assert [p.text for p in essay.challenges] == ["基層力量薄弱，人員編制不足", "經費保障不夠，運轉困難", "群眾參與度不高，協同機制缺失"]
    assert [p.text for p in essay.recommendations][0] == "充實基層隊伍，加強業務培訓"
    for point in essay.challenges + essay.recommendations:
        assert TRADITIONAL[point.start:point.end] == point.text, "sliced from the user's own characters"
    assert result.encoding == document.encoding and result.format == "text"


def test_binary_text_file_is_refused_clearly():
    with pytest.raises(DecodeError, match="NUL byte"):
        read_bytes(b"abc\x00\x01\x02" * 100, filename="data.txt")
    with pytest.raises(DecodeError, match="PNG image"):
        read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", filename="scan.txt")


# ------------------------------------------------------------------------------------------ HTML


def test_html_page_gives_the_article_without_navigation_or_footer():
    document = read_bytes(F.page_html().encode("utf-8"), filename="page.html")
    assert document.format == "html" and document.encoding == "utf-8"
    for line in F.ESSAY_LINES:
        assert line in document.text
    for word in F.NAV_WORDS + ["统计代码", "color: red", "某地召开基层治理工作推进会"]:
        assert word not in document.text, word


def test_html_is_found_by_its_content_whatever_the_name():
    data = F.page_html().encode("utf-8")
    assert detect_format(data, "download") == "html"
    assert detect_format(data, None) == "html"
    assert detect_format(b"<p>just a fragment</p>", "x.htm") == "html"
    assert detect_format(b"<p>just a fragment</p>", None, "text/html; charset=utf-8") == "html"
    assert detect_format("一段文字 <b>加粗</b>".encode(), "note.txt") == "text"


def test_html_declared_gbk_charset_is_honoured():
    document = read_bytes(F.page_html("gbk").encode("gb18030"), filename="page.htm")
    assert document.encoding == "gb18030"
    assert F.ESSAY_LINES[3] in document.text


def test_html_with_a_wrong_charset_declaration_is_detected_instead():
    data = F.page_html("iso-8859-5").encode("utf-8").replace(b"iso-8859-5", b"big5")
    document = read_bytes(data, filename="page.html")
    assert F.ESSAY_LINES[3] in document.text


def test_mhtml_web_archive_is_read():
    document = read_bytes(F.mhtml(F.page_html("gb18030"), "gb18030"), filename="page.mhtml")
    assert (document.format, document.encoding) == ("html", "gb18030")
    assert F.ESSAY_LINES[5] in document.text
    assert "网站首页" not in document.text and "color: red" not in document.text


def test_html_summary_points_come_from_the_article():
    result = summarize_document(read_bytes(F.page_html().encode("utf-8"), filename="page.html"))
    essay = result.essays[0]
    assert result.format == "html"
    assert essay.title == F.ESSAY_LINES[0]
    assert [p.text for p in essay.challenges][:2] == ["基层力量薄弱，人员编制不足", "经费保障不够，运转困难"]
    assert all(word not in essay.summary for word in F.NAV_WORDS)


def test_html_without_any_text_is_empty_input():
    with pytest.raises(EmptyInputError, match="no main content"):
        read_bytes(b"<!DOCTYPE html><html><head><title></title></head><body><script>x=1</script></body></html>")


# ------------------------------------------------------------------------------------------ DOCX


def test_docx_paragraphs_and_tables_in_order_without_header_and_footer():
    document = read_bytes(F.make_docx(table=True), filename="essay.docx")
    assert (document.format, document.encoding) == ("docx", "utf-8")
    assert document.text.split("\n")[:6] == F.ESSAY_LINES
    assert document.text.split("\n")[6:] == ["指标\t数值", "基层工作人员\t1200人"]
    assert "页眉" not in document.text and "第 1 页" not in document.text


def test_docx_word_numbering_is_written_out_so_sections_are_found():
    data = F.make_docx(numbered_headings=True)
    document = read_bytes(data, filename="essay.docx")
    assert "一、存在的问题" in document.text.split("\n")
    assert "二、对策建议" in document.text.split("\n")
    essay = summarize_document(document).essays[0]
    assert [p.heading for p in essay.challenges] == ["存在的问题"] * 3
    assert [p.heading for p in essay.recommendations] == ["对策建议"] * 3
    _assert_points_in(document.text, summarize_document(document))


def test_docx_found_by_content_even_with_another_name():
    assert detect_format(F.make_docx(), "upload.bin") == "docx"


def test_damaged_docx_is_a_decode_error():
    data = F.make_docx()
    with pytest.raises(DecodeError, match="docx|ZIP"):
        read_bytes(data[: len(data) // 2], filename="essay.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", "<not xml")
    with pytest.raises(DecodeError, match="damaged .docx"):
        read_bytes(buffer.getvalue())


# ------------------------------------------------------------------------------------------ PDF


def test_pdf_text_layer_is_read_page_after_page():
    data = F.make_pdf([F.ESSAY_LINES[:3], F.ESSAY_LINES[3:]])
    document = read_bytes(data, filename="essay.pdf")
    assert (document.format, document.encoding, document.pages) == ("pdf", "unicode", 2)
    assert document.text.split("\n") == F.ESSAY_LINES
    result = summarize_document(document)
    assert result.format == "pdf"
    assert [p.text for p in result.essays[0].challenges][0] == "基层力量薄弱，人员编制不足"
    _assert_points_in(document.text, result)


def test_scanned_pdf_without_text_layer_is_a_clear_error_not_an_empty_summary():
    with pytest.raises(NoTextLayerError, match="no text layer") as info:
        read_bytes(F.make_scanned_pdf(3), filename="scan.pdf")
    assert "3 page" in str(info.value) and "OCR" in str(info.value)
    assert info.value.code == "no_text_layer"
    assert isinstance(info.value, DecodeError)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
     F.make_pdf([["正文"]])[:200]],
    ids=["header-only", "no-pages", "truncated"],
)
def test_damaged_pdf_is_a_decode_error(data):
    with pytest.raises(DecodeError):
        read_bytes(data, filename="x.pdf")


def test_encrypted_pdf_that_needs_a_password_is_refused():
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(F.make_pdf([["机密文件正文"]])))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DecodeError, match="password"):
        read_bytes(buffer.getvalue(), filename="secret.pdf")


def test_pdf_found_by_content_with_junk_before_the_header():
    assert detect_format(b"\r\n\x00junk" + F.make_pdf([["正文"]]), "x.txt") == "pdf"


# ------------------------------------------------------------------------------------------ refused formats


@pytest.mark.parametrize(
    ("members", "match"),
    [({"xl/workbook.xml": "<x/>"}, "spreadsheet"), ({"ppt/presentation.xml": "<x/>"}, "presentation"),
     ({"META-INF/container.xml": "<x/>"}, "EPUB"), ({"content.xml": "<x/>"}, "OpenDocument"),
     ({"a.txt": "abc"}, "ZIP archive")],
)
def test_other_zip_based_formats_are_unsupported(members, match):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    with pytest.raises(UnsupportedFormatError, match=match) as info:
        read_bytes(buffer.getvalue(), filename="file.docx")
    assert info.value.code == "unsupported_format"


def test_a_spreadsheet_is_refused_with_the_way_to_a_table_this_tool_reads():
    # trial10: a user with an .xlsx of 提案 records was told "export the text first", not that a .csv is read
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("xl/workbook.xml", "<x/>")
    with pytest.raises(UnsupportedFormatError) as info:
        read_bytes(buffer.getvalue(), filename="提案.xlsx")
    assert str(info.value) == ("a spreadsheet (.xlsx), not a document; save the sheet as .csv (UTF-8) and summarize "
                               "that (a column of essays: --csv-column NAME, an upload's csv_column)")
    with pytest.raises(UnsupportedFormatError, match=r"old binary \.doc/\.xls .*\(a sheet as \.csv\)"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), filename="提案.xls")


def test_old_binary_doc_is_unsupported():
    with pytest.raises(UnsupportedFormatError, match=r"\.doc"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, filename="old.doc")


def test_forced_format_and_unknown_format():
    assert read_bytes(b"<p>x</p>", format="text").text == "<p>x</p>"
    with pytest.raises(ValueError, match="unknown format"):
        read_bytes(b"x", format="rtf")


def test_max_bytes_is_checked_first():
    with pytest.raises(InputTooLargeError, match="10 bytes"):
        read_bytes(b"x" * 11, max_bytes=10)


# ------------------------------------------------------------------------------------------ files


def test_read_path_names_the_file_in_errors(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(F.make_scanned_pdf())
    with pytest.raises(NoTextLayerError) as info:
        read_path(path)
    assert str(path) in str(info.value)
    with pytest.raises(FileNotFoundError):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(IsADirectoryError):
        read_path(tmp_path)


def test_read_path_gives_source_and_summarize_document_keeps_it(tmp_path):
    path = tmp_path / "essay.docx"
    path.write_bytes(F.make_docx())
    result = summarize_document(read_path(path))
    assert (result.source, result.format, result.encoding) == (str(path), "docx", "utf-8")


def test_summarize_document_max_chars():
    with pytest.raises(InputTooLargeError):
        summarize_document(read_bytes(F.ESSAY.encode()), max_chars=10)


def test_every_reader_error_is_a_summarizer_error():
    """The contract the CLI and the API rely on: a bad file never raises anything else."""
    samples = [b"", b"\x00" * 10, b"PK\x03\x04", b"%PDF-", b"<html>", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
               b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x--"]
    for data in samples:
        try:
            read_bytes(data)
        except SummarizerError:
            pass


def test_an_office_package_without_its_main_part_is_a_damaged_docx_not_an_archive():
    """A ZIP holding ``[Content_Types].xml`` but no ``word/document.xml`` is a broken Word file: ``decode_error``
    saying so, not "a ZIP archive … unpack it first" (new-user trial)."""
    from summarizer.errors import DecodeError

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(DecodeError, match="damaged Office document") as info:
        read_bytes(buffer.getvalue(), filename="report.docx")
    assert info.value.code == "decode_error"
