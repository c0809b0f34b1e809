"""One condition vocabulary (``condition`` cue group, with its lookalikes and the "otherwise" words apart): the same
reading for a verdict after a condition, a point cut at a condition, and a prose sentence that opens with one."""

from __future__ import annotations

import pytest

from summarizer import aspects as asp


@pytest.mark.parametrize("text,at", [
    ("如果资金到位，问题就能解决", 0),
    ("政府若强推新政，只会适得其反", 2),          # 若 after its clause's subject
    ("市民若把垃圾分好类，清运就轻松", 2),
    ("汛期将至，万一发生险情", 5),
    ("若干部门推诿扯皮，群众求助无门", -1),        # 若干: several
    ("有关部门对群众诉求置若罔闻", -1),            # an idiom that holds 若
    ("基层人手主要是临时聘用", -1),                # 主要是 holds 要是
    ("全区三万一千户居民受灾", -1),                # 万一 inside a number
    ("千万一定要守住底线", -1),
])
def test_condition_at_skips_the_words_that_only_hold_a_condition_word(text, at):
    assert asp.condition_at(text) == at


@pytest.mark.parametrize("clause,opens", [
    ("若要根治顽疾，就要从源头抓起", True),
    ("  一旦资金链断裂", True),
    ("若干村庄仍未通公路", False),
    ("主要是人手不足", False),
    ("加强管理", False),
])
def test_opens_condition(clause, opens):
    assert asp.opens_condition(clause) is opens


@pytest.mark.parametrize("sentence,verdict", [
    ("新政推行三年，成效不彰", True),
    ("如果演变成强制，那会适得其反", False),
    ("政府若强推新政，只会适得其反", False),        # 若 is a condition word here too (it was not, for verdicts)
    ("设若管理失序，只能是雪上加霜", False),          # 设若 (literary "if") holds the condition word 若
    ("必须分类施策，否则只会事倍功半", False),       # "otherwise" opens the consequence's clause
    ("若干部门推诿扯皮，群众求助无门", True),        # several departments: no condition
    ("基层人手主要是临时聘用，早已力不从心", True),   # 主要是 is no 要是 (it was read as one)
    ("全区三万一千户居民苦不堪言", True),            # nor is 三万一千 a 万一
    ("有人说不妥，其实不然，基层早已力不从心", True),  # 其实不然 ("not so") inside its clause is no "otherwise"
])
def test_a_verdict_after_a_condition_is_hypothetical(sentence, verdict):
    assert asp.states_verdict(sentence) is verdict


@pytest.mark.parametrize("point,cut", [
    ("不同岗位需求不同，若高校培养出的学生动手能力差", True),
    ("汛期将至，万一发生险情", True),                # 万一 opens a condition as 一旦 does
    ("资金紧张，若干问题仍待解决", False),
    ("原因很多，主要是资金不足", False),
])
def test_a_point_cut_at_its_condition(point, cut):
    assert asp.ends_in_condition(point) is cut


def test_a_prose_sentence_that_opens_with_several_is_read():
    """若干 (several) opening a sentence is no condition: the sentence states what it states."""
    assert asp.states_existence("若干村庄存在着饮水不安全的问题")
    assert not asp.states_existence("如果村庄存在着饮水不安全的问题")
    assert not asp.states_existence("万一村庄存在着饮水不安全的问题")


def test_the_groups_do_not_overlap():
    lex = asp.lexicon()
    condition, lookalike, otherwise = (set(lex.words(g)) for g in ("condition", "condition_lookalike",
                                                                   "condition_otherwise"))
    assert not condition & otherwise and not condition & lookalike
    assert all(any(w in look for w in condition) for look in lookalike)  # each lookalike holds a condition word
    assert not lex.words("verdict_condition") and not lex.words("condition_opener")  # one group, not three
    assert not condition & set(lex.words("prose_opener"))


# --- progress: one definition of a burden growing smaller (improvement_spans), read by reports_progress too ---------

@pytest.mark.parametrize("point,progress,shrinks", [
    ("城乡居民收入差距逐步缩小", True, True),     # a burden shrinks: progress, by improvement_spans
    ("群众投诉明显减少", True, True),             # the same, with a verb of shrinking progress_verb never had
    ("污染排放大幅下降，", True, True),
    ("种植结构进一步优化", True, False),          # a good thing grows: _progress_pattern
    ("耕地面积逐步缩小", False, False),           # what shrinks is no burden: a loss, not progress
    ("要使城乡差距逐步缩小", False, True),        # an aim (its burden words still state no shortcoming)
    ("矛盾无法及时化解", False, False),           # a burden that does not shrink
])
def test_progress_is_a_good_thing_growing_or_a_burden_shrinking(point, progress, shrinks):
    assert asp.reports_progress(point) is progress
    assert bool(asp.improvement_spans(point)) is shrinks  # the spans challenge_strength blanks


def test_shrinking_is_one_vocabulary():
    """A verb of shrinking is in shrink_verb only (好转, a state getting better, is in both)."""
    lex = asp.lexicon()
    assert not set(lex.words("progress_verb")) & set(lex.words("shrink_verb")) - {"好转"}
