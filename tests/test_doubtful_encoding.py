"""Bytes that no encoding reads as Chinese are still summarized, with a ``doubtful_encoding`` warning (ux34's finding:
3,000 random high bytes came back as a GB18030 "summary" of rare characters and no warning)."""
import random

from summarizer import summarize
from summarizer.decode import DOUBTFUL_PLAUSIBILITY, decode_text


def _random_high_bytes(n, seed):
    rng = random.Random(seed)
    return bytes(rng.randrange(0x81, 0xFF) for _ in range(n))


def test_random_high_bytes_are_read_with_a_doubtful_encoding_warning():
    decoded = decode_text(_random_high_bytes(3000, 1))
    assert [w.type for w in decoded.warnings] == ["doubtful_encoding"]
    assert decoded.encoding in ("gb18030", "big5", "cp950", "big5hkscs")
    assert "convert it to UTF-8" in decoded.warnings[0].message


def test_the_warning_reaches_the_summary():
    result = summarize(_random_high_bytes(3000, 2))
    assert [w.type for w in result.warnings] == ["doubtful_encoding"]


def test_real_gbk_and_big5_text_gets_no_warning():
    text = "基层治理存在人员不足、经费短缺等问题，应当加强队伍建设，完善保障机制，提升服务水平。" * 10
    for codec in ("gbk", "gb18030"):
        decoded = decode_text(text.encode(codec))
        assert (decoded.text, decoded.warnings) == (text, ())
    traditional = "基層治理存在人員不足、經費短缺等問題，應當加強隊伍建設，完善保障機制，提升服務水平。" * 10
    decoded = decode_text(traditional.encode("big5"))
    assert (decoded.text, decoded.warnings) == (traditional, ())


def test_a_short_doubtful_reading_is_not_judged():
    # under 100 non-ASCII characters: too little to judge, no warning
    decoded = decode_text(_random_high_bytes(120, 3))
    assert decoded.warnings == ()
    assert 0.5 < DOUBTFUL_PLAUSIBILITY < 0.9
