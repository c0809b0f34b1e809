"""p27struct: Part 27's structure and page-furniture kinds (inputs written for these tests, not copied from the
corpus). Each kind has a positive case and a negative case (what the rule must not take)."""
import summarizer


def _essay(text):
    return summarizer.summarize(text).essays[0]


def _points(text):
    essay = _essay(text)
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


# Kind 5a: a stored page's `date YYYY-MM-DD` field glued before the first paragraph is furniture.
DATE_FIELD = " date 2024-03-09 本市早已进入老龄社会，但养老床位周转不易。政府应尽快增加护理人员。"


def test_date_field_before_first_paragraph_is_removed():
    essay = _essay(DATE_FIELD)
    assert "date" not in essay.summary and "2024-03-09" not in essay.summary
    assert all("date" not in p.text for p in essay.challenges + essay.recommendations)
    assert "date" not in [k.text for k in essay.keyphrases]
    _, rec = _points(DATE_FIELD)
    assert ("政府应尽快增加护理人员", 38, 49) in rec
    assert DATE_FIELD[38:49] == "政府应尽快增加护理人员"


def test_date_word_inside_prose_is_kept():
    # negative: a date written into a sentence (no field name at the text's start) stays text
    text = "会议定于2024-03-09 召开。本市养老床位周转不易。政府应尽快增加护理人员。"
    essay = _essay(text)
    assert "2024-03-09" in essay.summary or "会议定于" not in essay.summary
    ch, _ = _points(text)
    assert all(text[s:e] == t for t, s, e in ch)
