"""One definition of "a shortfall stated as work still to do" and one reader of a sentence's last clause (issue 8,
"one place for each idea"): :func:`summarizer.aspects.shortfall_end` is the end-of-clause pattern that both
:func:`~summarizer.aspects.states_shortfall` (item headings) and :func:`~summarizer.aspects.awaits_improvement`
(points) read, each with its own conditions on top; :func:`summarizer.aspects._last_clause` is the last clause that
:func:`~summarizer.aspects.ends_in_condition`, :func:`~summarizer.aspects.announces_problems` and
:func:`~summarizer.aspects.awaits_improvement` read. Inputs are small texts written for these tests."""

import pytest

from summarizer import aspects as asp


@pytest.mark.parametrize("clause, still, modal, verb, subject", [
    ("社区养老服务的供给能力仍需进一步提高", "仍", "需", "提高", "社区养老服务的供给能力"),
    ("窗口单位的办事效率还需要加强", "还", "需要", "加强", "窗口单位的办事效率"),
    ("乡镇卫生院的设备条件有待改善", None, "有待", "改善", "乡镇卫生院的设备条件"),
    ("数据共享机制依然亟待持续完善", "依然", "亟待", "完善", "数据共享机制"),
    ("公共文化设施的管理尚需加以改进", "尚", "需", "加以改进", "公共文化设施的管理"),
])
def test_shortfall_end_names_the_still_adverb_the_need_and_the_verb(clause, still, modal, verb, subject):
    m = asp.shortfall_end(clause)
    assert m is not None
    assert (m.group("still"), m.group("modal"), m.group("verb")) == (still, modal, verb)
    assert clause[:m.start()] == subject


@pytest.mark.parametrize("clause", [
    "仍需进一步提高供给能力",  # the object after the verb: a measure
    "社区养老服务的供给能力较弱",  # no need stated
    "办事效率仍需提高。",  # not one clause: the caller strips the end mark
])
def test_shortfall_end_needs_the_verb_to_close_the_clause(clause):
    assert asp.shortfall_end(clause) is None


def test_the_adverbs_between_the_need_and_its_verb_are_one_resource_group():
    words = set(asp.lexicon().words("further_adverb"))
    # what either of the two former definitions accepted
    assert {"进一步", "继续", "加快", "更加", "持续", "不断"} <= words
    for w in words:
        assert asp.shortfall_end(f"公共服务的均等化水平还需{w}提升") is not None


@pytest.mark.parametrize("text, states_shortfall, awaits_improvement", [
    # a word of need that states a shortfall alone: an item heading's shortfall, but a point needs "still"
    ("基层医疗队伍的业务能力有待提升", True, False),
    # "still" + need + verb: both
    ("基层医疗队伍的业务能力仍需进一步提升", True, True),
    ("基层医疗队伍的业务能力还要加强", True, True),
    # 要 alone prescribes
    ("基层医疗队伍的业务能力要加强", False, False),
    # a two-character subject: too short for a heading's shortfall, enough for a point's
    ("队伍仍需加强", False, True),
    # the speaker resolves: a heading may read it, a point does not
    ("我们的工作作风还需改进", True, False),
    # a shortfall in an earlier clause: a heading reads any clause, a point its last one
    ("基层医疗队伍的业务能力还需提高，下一步将组织轮训", True, False),
    # the verb with its object after it: a measure for both
    ("还需进一步提升基层医疗队伍的业务能力", False, False),
])
def test_each_caller_adds_its_own_conditions_to_the_one_ending(text, states_shortfall, awaits_improvement):
    assert asp.states_shortfall(text) is states_shortfall
    assert asp.awaits_improvement(text) is awaits_improvement


@pytest.mark.parametrize("sentence, last", [
    ("各村反映需求不同，如果补贴标准一刀切", "如果补贴标准一刀切"),
    ("各村反映需求不同；如果补贴标准一刀切。", "如果补贴标准一刀切"),
    ("具体而言：如果补贴标准一刀切……", "如果补贴标准一刀切"),  # a colon cuts, an ellipsis is stripped
    ("补贴标准一刀切，", "补贴标准一刀切"),  # a trailing comma is stripped, not an empty clause
    ("补贴发放较慢。如果补贴标准一刀切", "如果补贴标准一刀切"),  # the last sentence's last clause
    ("资金、人员、场地都不足", "资金、人员、场地都不足"),  # 、 joins list items inside one clause
    ("", ""),
])
def test_last_clause(sentence, last):
    assert asp._last_clause(sentence) == last


@pytest.mark.parametrize("point, cut", [
    ("各村需求不同，如果补贴标准一刀切", True),
    ("各村需求不同：如果补贴标准一刀切……", True),  # after a colon and before an ellipsis
    ("各村需求不同，如果补贴标准一刀切，", True),  # the consequence cut after its comma
    ("如果补贴标准一刀切，各村就难以落实", False),  # the consequence is there
])
def test_ends_in_condition_reads_the_one_last_clause(point, cut):
    assert asp.ends_in_condition(point) is cut


def test_linear_on_long_and_many_clauses():
    # a 100k-character line without punctuation, and 10,000 tiny clauses
    long = "需" * 100_000
    assert asp.shortfall_end(long) is None
    assert asp._last_clause(long) == long
    assert asp.awaits_improvement("仍需" * 50_000) is False
    many = "，".join(["服务水平仍需提升"] * 10_000)
    assert asp.awaits_improvement(many) is True
    assert asp.states_shortfall(many) is True
    assert asp.ends_in_condition("。".join(["如果"] * 10_000)) is True
