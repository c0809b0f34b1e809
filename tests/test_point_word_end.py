"""A point cut at ``max_point_chars`` ends at a word boundary, never inside a word (ux34's finding: with
``--max-point-chars 10`` a recommendation ended ``…基层社会治``)."""
from summarizer import summarize
from summarizer.points import word_end

TEXT = ("一、存在的问题\n基层社会治理体系建设相对滞后影响群众获得感提升明显不足。\n"
        "二、对策建议\n进一步完善基层社会治理体系建设推动治理能力现代化水平提升。\n")


def _points(max_chars):
    essay = summarize(TEXT, max_point_chars=max_chars).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_a_point_cut_at_the_limit_ends_at_the_last_word_boundary():
    challenges, recommendations = _points(10)
    assert recommendations == ["进一步完善基层社会"]  # not 进一步完善基层社会治
    challenges, recommendations = _points(15)
    assert challenges == ["基层社会治理体系建设相对滞后"]  # not …相对滞后影
    assert recommendations == ["进一步完善基层社会治理体系建设"]  # a boundary already: unchanged


def test_points_under_the_limit_are_left_whole():
    challenges, recommendations = _points(60)
    assert challenges == ["基层社会治理体系建设相对滞后影响群众获得感提升明显不足"]
    assert recommendations == ["进一步完善基层社会治理体系建设推动治理能力现代化水平提升"]


def test_word_end_reads_the_words_around_the_cut():
    text = "甲乙丙丁戊己庚辛"
    words = lambda s: [s[i:i + 3] for i in range(0, len(s), 3)]  # 甲乙丙|丁戊己|庚辛
    assert word_end(text, 0, 5, 5, words) == 3  # cut inside 丁戊己: back to 3
    assert word_end(text, 0, 6, 6, words) == 6  # at a boundary
    assert word_end(text, 0, 5, 4, words) == 5  # not a cut at the limit (5 != 4): unchanged
    assert word_end(text, 0, 5, 5, None) == 5  # no tokenizer: unchanged
    assert word_end("甲乙丙丁戊。", 0, 5, 5, words) == 5  # the next character is a mark: a clause end
    one_word = lambda s: [s]
    assert word_end(text, 0, 5, 5, one_word) == 5  # no boundary keeps a third of the limit: unchanged
