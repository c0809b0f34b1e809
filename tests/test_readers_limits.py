"""Reader resource limits (issue 9): tiny files that would make a reader unpack, parse or produce far more than
their size are refused before the work, with an error naming the limit and its variable; list numbers and
depths are clamped. No timing is asserted: each bomb below would take gigabytes or minutes if read."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

import files_fixtures as F
from summarizer.errors import InputTooLargeError
from summarizer.formats.limits import ReaderLimits
from summarizer.readers import read_bytes, read_path

p = F.w_p


def _forge_declared_size(data: bytes, member: str, size: int) -> bytes:
    """``data`` (a ZIP) with the uncompressed size of ``member`` declared as ``size`` in its local header and
    in the central directory: what a bomb-maker writes to hide a huge member, or to announce one."""
    out = bytearray(data)
    name = member.encode()
    pos = out.find(b"PK\x03\x04")
    while pos != -1:
        name_len = struct.unpack_from("<H", out, pos + 26)[0]
        if out[pos + 30:pos + 30 + name_len] == name:
            struct.pack_into("<I", out, pos + 22, size)
        pos = out.find(b"PK\x03\x04", pos + 4)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", out, pos + 28)[0]
        if out[pos + 46:pos + 46 + name_len] == name:
            struct.pack_into("<I", out, pos + 24, size)
        pos = out.find(b"PK\x01\x02", pos + 4)
    return bytes(out)


def test_a_docx_whose_media_member_inflates_is_refused_before_reading():
    data = F.docx_package(p("正文。"), extra={"word/media/image1.png": b"\x00" * 3_000_000})
    assert len(data) < 20_000
    limits = ReaderLimits(max_archive_member_bytes=1_000_000)
    with pytest.raises(InputTooLargeError, match=r"word/media/image1\.png.*max_archive_member_bytes, "
                                                 r"SUMMARIZER_MAX_ARCHIVE_MEMBER_BYTES") as info:
        read_bytes(data, limits=limits)
    assert info.value.code == "input_too_large" and info.value.field == "file"


def test_a_member_declaring_gigabytes_is_refused_with_the_default_limits():
    data = F.docx_package(p("正文。"), extra={"word/media/image1.png": b"\x00" * 1000})
    forged = _forge_declared_size(data, "word/media/image1.png", 4_000_000_000)
    with pytest.raises(InputTooLargeError, match="4,000,000,000 bytes.*max_archive_member_bytes"):
        read_bytes(forged)


def test_the_total_of_all_members_is_limited_too():
    members = {f"word/media/image{i}.png": b"\x00" * 400_000 for i in range(5)}
    data = F.docx_package(p("正文。"), extra=members)
    limits = ReaderLimits(max_archive_member_bytes=1_000_000, max_archive_total_bytes=1_500_000)
    with pytest.raises(InputTooLargeError, match="all the archive's members.*max_archive_total_bytes"):
        read_bytes(data, limits=limits)


def test_a_member_holding_more_than_it_declares_is_a_damaged_file_not_a_bomb():
    from summarizer.errors import DecodeError

    data = F.docx_package(p("正文。" * 2000))
    forged = _forge_declared_size(data, "word/document.xml", 100)
    with pytest.raises(DecodeError, match="damaged .docx"):
        read_bytes(forged)


def test_numbering_start_values_and_depths_are_clamped():
    numbering = ('<w:abstractNum w:abstractNumId="1">'
                 '<w:lvl w:ilvl="0"><w:start w:val="10000000000"/><w:numFmt w:val="lowerLetter"/>'
                 '<w:lvlText w:val="%1)"/></w:lvl>'
                 '<w:lvl w:ilvl="8"><w:start w:val="99999999999999999999"/><w:numFmt w:val="lowerRoman"/>'
                 '<w:lvlText w:val="%9."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    body = p("第一项", num=(1, 0)) + p("第二项", num=(1, 0)) + p("深层", num=(1, 99)) + p("负层", num=(1, -5))
    data = F.docx_package(body, numbering=numbering)
    assert len(data) < 3000
    assert read_bytes(data).text.split("\n") == ["32767) 第一项", "32767) 第二项", "32767. 深层", "32767) 负层"]


def test_a_docx_over_the_extracted_character_limit_is_refused():
    data = F.docx_package(p("加强基层治理。" * 100) * 10)
    with pytest.raises(InputTooLargeError, match="max_extracted_chars, SUMMARIZER_MAX_EXTRACTED_CHARS"):
        read_bytes(data, limits=ReaderLimits(max_extracted_chars=5000))


def test_a_pdf_of_many_pages_sharing_one_content_stream_is_refused_before_parsing():
    data = F.make_pdf_shared_stream(pages=200, stream_bytes=5_000_000)
    assert len(data) < 40_000
    with pytest.raises(InputTooLargeError, match="max_pdf_content_bytes, SUMMARIZER_MAX_PDF_CONTENT_BYTES"):
        read_bytes(data)


def test_pdf_page_count_and_extracted_characters_are_limited():
    data = F.make_pdf([["加强基层治理。"]] * 5)
    with pytest.raises(InputTooLargeError, match="page count is 5; the limit is 3 .max_pdf_pages"):
        read_bytes(data, limits=ReaderLimits(max_pdf_pages=3))
    with pytest.raises(InputTooLargeError, match="max_extracted_chars"):
        read_bytes(data, limits=ReaderLimits(max_extracted_chars=20))
    assert read_bytes(data, limits=ReaderLimits(max_pdf_pages=5)).pages == 5


def test_limits_come_from_the_environment(monkeypatch, tmp_path):
    path = tmp_path / "five.pdf"
    path.write_bytes(F.make_pdf([["加强基层治理。"]] * 5))
    monkeypatch.setenv("SUMMARIZER_MAX_PDF_PAGES", "4")
    with pytest.raises(InputTooLargeError, match="SUMMARIZER_MAX_PDF_PAGES") as info:
        read_path(path)
    assert str(path) in str(info.value)
    monkeypatch.setenv("SUMMARIZER_MAX_PDF_PAGES", "many")
    with pytest.raises(ValueError, match="SUMMARIZER_MAX_PDF_PAGES: must be a positive integer"):
        ReaderLimits.from_env()
    assert ReaderLimits.from_env({"SUMMARIZER_MAX_ARCHIVE_TOTAL_BYTES": "1_000"}).max_archive_total_bytes == 1000


def test_the_service_answers_422_naming_the_limit(monkeypatch):
    from fastapi.testclient import TestClient

    from service.app import create_app

    monkeypatch.setenv("SUMMARIZER_MAX_PDF_PAGES", "2")
    with TestClient(create_app()) as client:
        response = client.post("/v1/summarize/file",
                               files={"file": ("x.pdf", F.make_pdf([["加强基层治理。"]] * 3), "application/pdf")})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["type"] == "input_too_large" and error["field"] == "file"
    assert "SUMMARIZER_MAX_PDF_PAGES" in error["message"]


def test_zip_members_are_never_read_beyond_the_xml_parts():
    """The reader decompresses only the parts it needs: a media member that fails its CRC is never touched."""
    data = F.docx_package(p("正文。"), extra={"word/media/broken.bin": b"\x01" * 5000})
    broken = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/media/broken.bin")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    broken[start + 10] ^= 0xFF  # damage the compressed bytes of the media member only
    assert read_bytes(bytes(broken)).text == "正文。"
