"""Part 50's fault kinds (council32) on small inputs of the tests' own: a numbered list whose long one-line items
(past points.SECTION_POINT_CHARS) sit among shorter ones."""

from summarizer.pipeline import summarize_document
from summarizer.points import bodiless_item_statement
from summarizer.structure import parse


def _recs(text):
    return [p.text for e in summarize_document(text).essays for p in e.recommendations]


def test_long_one_line_item_among_short_items_is_a_point():
    text = ("居民代表提出了以下意見:\n"
            "1. 建議在公園增設有蓋休憩處,並為長者座椅加裝扶手,方便行動不便的街坊歇息;\n"
            "2. 建議延長圖書館的開放時間;\n")
    recs = _recs(text)
    assert any("有蓋休憩處" in p and "加裝扶手" in p for p in recs)
    assert any("圖書館" in p for p in recs)


def test_long_item_before_a_closing_ji_is_a_point():
    text = ("居民代表提出了以下意見:\n"
            "1. 建議延長圖書館的開放時間;\n"
            "2. 建議社署主動聯絡區內的護老者,為他們安排暫託服務,減輕他們長期照顧家人的壓力;及\n"
            "3. 建議增加街市的攤位;\n")
    recs = _recs(text)
    assert any("暫託服務" in p for p in recs)
    assert len(recs) == 3


def test_bodiless_item_statement_needs_a_long_bodiless_statement():
    text = ("建议如下：\n1．建议在公园增设有盖休憩处，并为长者座椅加装扶手，方便行动不便的街坊歇息；\n"
            "2．社区设施\n公园的座椅太少，长者无处歇息，街坊多有怨言，盼望改善。\n")
    st = parse(text)
    first, second = st.items[0], st.items[1]
    assert bodiless_item_statement(st, first, "recommendation") is True
    assert bodiless_item_statement(st, first, "challenge") is False
    assert bodiless_item_statement(st, second, "recommendation") is False  # a short label over its body
