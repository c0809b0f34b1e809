"""Stray single-byte Windows-1252 punctuation (curly quotes, dashes) inside GBK text reads as the punctuation."""
from costs import assert_linear

from summarizer.decode import decode_text

_CP1252 = {"“": b"\x93", "”": b"\x94", "‘": b"\x91", "’": b"\x92", "—": b"\x97"}


def _gbk_with_cp1252(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        out += _CP1252.get(ch) or ch.encode("gb18030")
    return bytes(out)


def test_smart_quotes_in_gbk_read_as_quotes():
    text = "乡镇学校的食堂“缺少监管”，他说‘办不好’。\n二是加强培训—做到持证上岗。\n"
    decoded = decode_text(_gbk_with_cp1252(text))
    assert decoded.text == text
    assert decoded.encoding == "gb18030"
    assert [w.type for w in decoded.warnings] == ["cp1252_punctuation"]
    assert "line(s) 1, 2" in decoded.warnings[0].message


def test_plain_gbk_and_traditional_gbk_unchanged():
    # Traditional characters in GBK use lead bytes 0x91-0x96: no quote is read into them.
    for text in ("這個問題說明，當時體制與經濟發展並無關係。臺灣學者認為應該從歷史角度觀察。",
                 "乡镇学校食堂管理存在问题，应当加强监督。",
                 # (揾 is GBK 0x93 0x68: one lead byte alone, no pair of quotes, stays a character)
                 "不少青年来城市揾工，工作难揾。"):
        decoded = decode_text(text.encode("gbk"))
        assert decoded.text == text
        assert decoded.warnings == ()


def test_cp1252_scan_is_linear():
    assert_linear(lambda n: decode_text(_gbk_with_cp1252("食堂“监管”不到位。" * n)), 2000, "cp1252 quotes in GBK")
