"""summarizer.decode: encodings detected, BOMs removed, binary refused, files read with clear errors."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.decode import (
    DecodeWarning,
    _binary_signature,
    decode_bytes,
    decode_text,
    read_file_bytes,
    read_text_file,
)
from summarizer.errors import DecodeError, InputTooLargeError, UnsupportedFormatError

SIMPLIFIED = "一、存在的问题\n基层治理力量薄弱，一是人员不足，二是经费紧张。"
TRADITIONAL = "臺灣的經濟發展與政府治理，面臨許多挑戰。我們應該加強基層治理。"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"


def test_plain_utf8_is_utf8():
    assert decode_bytes(SIMPLIFIED.encode("utf-8")) == (SIMPLIFIED, "utf-8")


def test_ascii_is_reported_as_utf8():
    assert decode_bytes(b"Governance, 2024.") == ("Governance, 2024.", "utf-8")


def test_empty_bytes_decode_to_empty_text():
    assert decode_bytes(b"") == ("", "utf-8")


def test_utf8_bom_is_removed():
    assert decode_bytes(SIMPLIFIED.encode("utf-8-sig")) == (SIMPLIFIED, "utf-8-sig")


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(bom, codec, name):
    assert decode_bytes(bom + SIMPLIFIED.encode(codec)) == (SIMPLIFIED, name)


def test_python_utf16_codec_output_round_trips():
    # str.encode("utf-16") writes a BOM in the machine's byte order.
    text, encoding = decode_bytes("加强基层治理。".encode("utf-16"))
    assert text == "加强基层治理。"
    assert encoding in ("utf-16-le", "utf-16-be")


def test_gbk_text_is_gb18030():
    assert decode_bytes(SIMPLIFIED.encode("gbk")) == (SIMPLIFIED, "gb18030")


def test_short_gbk_text_is_not_mislabelled():
    # Four characters: charset-normalizer alone tends to guess a wrong (non-Chinese) code page here.
    assert decode_bytes("加强党建".encode("gbk")) == ("加强党建", "gb18030")


def test_gb2312_text_is_gb18030():
    assert decode_bytes("推进河湖长制落地见效。".encode("gb2312")) == ("推进河湖长制落地见效。", "gb18030")


def test_gb18030_four_byte_characters():
    text = "欧元符号€，扩展汉字𠀀，蒙古文ᠠ。"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_gbk_with_rare_characters_stays_gb18030():
    text = "生僻字：犇羴鱻龘。基层治理要因地制宜。"
    assert decode_bytes(text.encode("gbk")) == (text, "gb18030")


def test_big5_traditional_text():
    # Big5 bytes are also valid GB18030, but decode to rare characters and symbols; Big5 must win.
    text, encoding = decode_bytes(TRADITIONAL.encode("big5"))
    assert text == TRADITIONAL
    assert encoding in ("big5", "cp950", "big5hkscs")


def test_short_big5_text():
    text, encoding = decode_bytes("加強治理".encode("big5"))
    assert text == "加強治理"
    assert encoding in ("big5", "cp950", "big5hkscs")


def test_line_breaks_are_kept_as_they_are():
    raw = "第一段。\r\n第二段。\r\n".encode("gbk")
    assert decode_bytes(raw) == ("第一段。\r\n第二段。\r\n", "gb18030")


def test_bytearray_is_accepted():
    assert decode_bytes(bytearray("治理".encode())) == ("治理", "utf-8")


def test_str_is_refused_with_type_error():
    with pytest.raises(TypeError):
        decode_bytes("治理")  # type: ignore[arg-type]


def test_png_header_is_binary():
    with pytest.raises(DecodeError, match="PNG image") as info:
        decode_bytes(PNG_HEADER)
    assert info.value.field == "text"


def test_png_signature_alone_is_binary():
    with pytest.raises(DecodeError, match="PNG"):
        decode_bytes(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_known_binary_formats_are_named(data, what):
    with pytest.raises(DecodeError, match=what):
        decode_bytes(data)


def test_nul_bytes_are_binary_and_located():
    with pytest.raises(DecodeError, match=r"2 NUL byte\(s\), the first at byte offset 4"):
        decode_bytes(b"abcd\x00efg\x00")


def test_utf16_without_bom_is_refused_as_binary():
    with pytest.raises(DecodeError, match="NUL"):
        decode_bytes("governance".encode("utf-16-le"))


def test_mostly_control_characters_are_binary():
    with pytest.raises(DecodeError, match="control characters"):
        decode_bytes(bytes(range(1, 9)) * 20 + b"text")


def test_a_few_control_characters_are_tolerated():
    text = "第一页内容。\x0c第二页内容。\x1b"
    assert decode_bytes(text.encode()) == (text, "utf-8")


def test_invalid_bytes_after_utf8_bom_are_refused():
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc")


def test_text_that_merely_starts_with_id3_is_text():
    assert decode_bytes(b"ID3 tags are metadata.") == ("ID3 tags are metadata.", "utf-8")


@settings(max_examples=200, deadline=None, derandomize=True)  # CI must not depend on the draw
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=200))
def test_any_utf8_text_round_trips_unless_it_is_short_valid_gbk(text):
    raw = text.encode("utf-8")
    if text.startswith("\ufeff") or _binary_signature(raw):
        return
    decoded, encoding = decode_bytes(raw)
    if encoding == "utf-8":
        assert decoded == text
    else:  # the documented exception: a few non-Han characters whose bytes read as common Chinese in GBK
        assert encoding == "gb18030"
        assert decoded == raw.decode("gb18030")
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)
        assert sum(ch >= "\x80" for ch in text) <= 16


def test_utf8_chinese_is_never_taken_for_gbk():
    for text in ("𤃍", "一", "治理", "基层治理。", "ƽ是"):
        assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_one_gbk_character_that_is_also_valid_utf8():
    # "一" in GBK is D2 BB, which is valid UTF-8 for the Cyrillic letter "һ".
    assert decode_bytes("一".encode("gbk")) == ("一", "gb18030")
    assert decode_bytes("平".encode("gbk")) == ("平", "gb18030")


def test_longer_non_chinese_utf8_stays_utf8():
    for text in ("Привет, как дела? Это небольшой тест.", "Zażółć gęślą jaźń", "café crème brûlée", "Ωμέγα"):
        assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("基层治理数据共享平台建设人员经费问题对策建议一二三是，。；：“”（）"), min_size=1))
def test_any_common_chinese_gbk_text_round_trips(text):
    raw = text.encode("gbk")
    decoded, encoding = decode_bytes(raw)
    assert (decoded, encoding) == (text, "gb18030")


# ------------------------------------------------------------------------------------------ files


def test_read_text_file_gbk(tmp_path):
    path = tmp_path / "essay_gbk.txt"
    path.write_bytes(SIMPLIFIED.encode("gb18030"))
    assert read_text_file(path) == (SIMPLIFIED, "gb18030")


def test_read_text_file_accepts_str_path(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("治理", encoding="utf-8")
    assert read_text_file(str(path)) == ("治理", "utf-8")


def test_missing_file_is_a_clear_file_not_found(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(FileNotFoundError, match="file not found: .*nope.txt"):
        read_text_file(missing)


def test_directory_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError, match="is a directory"):
        read_text_file(tmp_path)


def test_binary_file_error_names_the_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(PNG_HEADER)
    with pytest.raises(UnsupportedFormatError, match=r"image\.png: not a text document.*PNG"):
        read_text_file(path)


def test_file_over_max_bytes_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("治理".encode() * 100)  # 600 bytes
    with pytest.raises(InputTooLargeError, match="600 bytes; the limit is 599"):
        read_file_bytes(path, max_bytes=599)
    assert read_file_bytes(path, max_bytes=600) == "治理".encode() * 100


def test_gbk_bytes_that_read_as_mixed_script_utf8_are_gbk():
    # found by hypothesis: "一平平" in GBK is D2 BB C6 BD C6 BD, valid UTF-8 for "һƽƽ" (Cyrillic + Latin in one
    # "word", which no language writes)
    assert decode_bytes("一平平".encode("gbk")) == ("一平平", "gb18030")
    assert decode_bytes("дела".encode("utf-8")) == ("дела", "utf-8")


# ------------------------------------------------------------------------------------------ defects read as U+FFFD


def test_a_cut_off_last_utf8_character_is_replaced_with_a_warning():
    data = SIMPLIFIED.encode("utf-8")
    for cut in (1, 2):  # the last character (。, 3 bytes) loses one or two bytes
        decoded = decode_text(data[:-cut])
        assert decoded.text == SIMPLIFIED[:-1] + "\ufffd" and decoded.encoding == "utf-8"
        assert decoded.warnings == (DecodeWarning(
            "truncated_character", f"the last character is cut off (the bytes end inside a UTF-8 sequence, at byte "
            f"offset {len(data) - 3}, line 2): it reads as U+FFFD"),)
        assert decode_bytes(data[:-cut]) == (decoded.text, "utf-8")  # the same text without the warning
    assert decode_text(data).warnings == ()


def test_a_cut_off_character_after_a_bom_is_replaced_too():
    for codec, name in (("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le"), ("utf-32", "utf-32-le")):
        decoded = decode_text(SIMPLIFIED.encode(codec)[:-1])
        assert (decoded.text, decoded.encoding) == (SIMPLIFIED[:-1] + "\ufffd", name)
        assert [w.type for w in decoded.warnings] == ["truncated_character"]


def test_a_few_invalid_utf8_bytes_are_replaced_and_their_lines_named():
    lines = [SIMPLIFIED.replace("\n", "") + "\n"] * 6
    data = b"".join(line.encode("utf-8") + (b"\xff" if i in (1, 4) else b"") for i, line in enumerate(lines))
    decoded = decode_text(data)
    assert decoded.text.count("\ufffd") == 2 and decoded.text.replace("\ufffd", "") == "".join(lines)
    first = len(lines[0].encode("utf-8")) * 2
    assert decoded.warnings == (DecodeWarning(
        "invalid_bytes", f"2 invalid UTF-8 byte sequence(s) read as U+FFFD, on line(s) 3, 6 (the first at byte offset "
        f"{first})"),)


def test_text_in_another_encoding_is_not_read_as_damaged_utf8():
    # GBK fails UTF-8 on nearly every character: it stays GB18030, with no warning
    assert decode_text(SIMPLIFIED.encode("gbk")) == (SIMPLIFIED, "gb18030", ())
    # ASCII and then a cut: GBK's "鍔" or a cut UTF-8 "加"? Nothing says UTF-8, so GB18030 decides
    assert decode_text(b"abc\xe5\x8a") == ("abc鍔", "gb18030", ())
    # one GBK character that happens to read as UTF-8 before a cut stays GB18030 reading when it reads like Chinese
    assert decode_text("一".encode("gbk")).encoding == "gb18030"


def test_undecodable_bytes_name_the_line_where_utf8_fails():
    with pytest.raises(DecodeError, match="the first invalid byte is on line 3, byte offset 6"):
        decode_text(b"a\nbc\nd\x81 \xff\xfe\x80 0" + bytes([0x81, 0x20, 0xFF, 0xFE, 0x80, 0x30]) * 40)
    # after a BOM: the offset counts the BOM's 3 bytes
    with pytest.raises(DecodeError, match=r"not valid utf-8 \(invalid start byte on line 2, byte offset 8\)"):
        decode_text(codecs.BOM_UTF8 + b"ab\ncd" + b"\xff" * 200)


def test_a_cut_off_last_gbk_character_is_replaced_with_a_warning():
    decoded = decode_text(SIMPLIFIED.encode("gbk")[:-1])
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED[:-1] + "\ufffd", "gb18030")
    offset = len(SIMPLIFIED.encode("gbk")) - 2
    assert decoded.warnings == (DecodeWarning(
        "truncated_character", f"the last character is cut off (the bytes end inside a GB18030 sequence, at byte "
        f"offset {offset}, line 2): it reads as U+FFFD"),)


def test_text_encoded_twice_is_named_in_the_error():
    """UTF-8 read as Latin-1 and saved again as UTF-8 (mojibake) is refused with its cause and the way back, not as
    "binary data" (new-user trial)."""
    original = "一、社区治理存在的问题\n基层人员不足，经费紧张。\n"
    twice = original.encode("utf-8").decode("latin-1").encode("utf-8")
    with pytest.raises(DecodeError, match=r"text encoded twice \(mojibake\).*latin-1.*iconv -f utf-8 -t ISO-8859-1"):
        decode_text(twice)
    assert twice.decode("utf-8").encode("latin-1").decode("utf-8") == original  # the way back the message names
    with pytest.raises(DecodeError, match="binary data, not text"):
        decode_text(bytes(range(1, 32)) * 8)
