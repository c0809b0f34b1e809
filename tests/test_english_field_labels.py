"""English field labels in a Chinese text (``Problem 1:``, ``Suggestion:``) are labels like ``问题一：``; Latin words of
one letter case that touch no Chinese are no keyphrases (fix48)."""
from costs import assert_linear

from summarizer.keyphrases import _loose_word
from summarizer.pipeline import summarize_document
from summarizer.points import _past_outline_label

TEXT = ("关于社区托育服务的调研报告（Research Report）\n\n"
        "一、主要问题（Main Issues）\n\n"
        "Problem 1: 托育机构数量不足。多数社区没有普惠托育点，双职工家庭入托难，排队时间普遍超过半年。\n\n"
        "Issue 2：托育费用偏高。民办机构收费每月超过四千元，普通家庭难以负担。\n\n"
        "二、对策建议（Suggestions）\n\n"
        "Suggestion 1: 建设普惠托育点。由街道提供场地，引入专业机构运营，降低托育费用。\n\n"
        "Measures: 完善托育补贴制度，对普惠托育机构给予运营补贴。\n")


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges], [p.text for e in doc.essays for p in e.recommendations],
            [k.text for e in doc.essays for k in e.keyphrases])


def test_english_labels_not_in_points():
    ch, rec, _ = _points(TEXT)
    assert ch and rec
    for p in ch + rec:
        assert not p.startswith(("Problem", "Issue", "Suggestion", "Measures")), p
    assert any(p.startswith("托育机构数量不足") for p in ch)


def test_past_outline_label_reads_english_labels():
    for text, label in (("Problem 1: 物价上涨过快", "Problem 1: "), ("Recommendation II：加强监管力度", "Recommendation II："),
                        ("Measures:完善补贴制度", "Measures:"), ("suggestion 3 : 扩大培训规模", "suggestion 3 : ")):
        assert _past_outline_label(text, 0, len(text)) == len(label)
    text = "Problematic 数据"
    assert _past_outline_label(text, 0, len(text)) == 0


def test_loose_latin_words_no_keyphrases():
    _, _, keys = _points(TEXT)
    for word in ("Research", "Report", "Main", "Issues", "Problem", "Suggestion", "Suggestions", "Measures"):
        assert word not in keys
    hay = "用Python编程，使用 Python 语言，数据保护（GDPR）与（Key Problems）"
    assert not _loose_word(hay, "Python", 1, 7)
    assert not _loose_word(hay, "Python", hay.index(" Python ") + 1, hay.index(" Python ") + 7)
    assert not _loose_word(hay, "GDPR", hay.index("GDPR"), hay.index("GDPR") + 4)
    assert _loose_word(hay, "Key", hay.index("Key"), hay.index("Key") + 3)
    assert _loose_word(hay, "Problems", hay.index("Problems"), hay.index("Problems") + 8)


def test_english_label_linear():
    assert_linear(lambda n: _past_outline_label("Problem " + "1" * n, 0, 8 + n), 20_000, "label without colon")
    assert_linear(lambda n: _points("Problem 1: 托育机构数量不足，入托难。\n" * n), 50, "labelled lines")
