"""A long prose sentence that states its deficiency after an adversative turn (census57, issue 8):
:func:`summarizer.aspects.turned_deficit` and the challenge :func:`summarizer.aspects.prose_aspect` reads from it.
Every sentence here was written for this test."""

import pytest

from summarizer import aspects as asp


@pytest.mark.parametrize("sentence", [
    # the scene and what went well first, then 但 and one predicate of deficiency: the author's problem
    "这些年来，各乡镇在改善农村养老条件方面投入了大量资金，敬老院的床位数量明显增加，但护理人员的服务意识比较淡薄。",
    # 然而 after a clause that grants the tool's promise
    "网格化管理被普遍看作提升基层治理效率的有效办法，在许多城市得到推广和应用，然而一些街道的网格员配备不足。",
])
def test_long_sentence_with_a_deficit_after_the_turn_is_a_challenge(sentence):
    assert len(sentence) > asp.PROSE_SHORT_CHARS
    assert len(asp._prose_deficits(sentence)) == 1  # (one predicate: without the turn a long sentence needs two)
    assert asp.turned_deficit(sentence)
    assert asp.prose_aspect(sentence) == asp.CHALLENGE


@pytest.mark.parametrize("sentence", [
    # the deficiency before the turn, the turn to what was done about it: no problem left stated
    "前几年社区养老服务站的人手明显不足，但街道已经陆续招聘了一批社工，服务时间也延长到晚上八点，居民普遍满意。",
    # one deficiency in a long sentence with no turn: as before, no point
    "这些年来，各乡镇在改善农村养老条件方面投入了大量资金，敬老院的床位数量明显增加，护理人员的服务意识比较淡薄。",
])
def test_long_sentence_without_a_deficit_after_a_turn_is_no_point(sentence):
    assert len(sentence) > asp.PROSE_SHORT_CHARS
    assert not asp.turned_deficit(sentence)
    assert asp.prose_aspect(sentence) is None


def test_a_modal_after_the_turn_keeps_the_sentence_from_a_challenge():
    # the turn leads to a measure that names the deficiency it removes: a modal is no challenge
    sentence = "这些年来，各乡镇在改善农村养老条件方面投入了大量资金，敬老院床位明显增加，但仍应提高护理人员偏低的待遇水平。"
    assert asp.turned_deficit(sentence)
    assert asp.prose_aspect(sentence) is None


def test_prose_path_reads_the_turned_deficit_as_a_challenge():
    # the prose path's reader (points._prose_statement) of a sentence in no region: a challenge candidate now
    from summarizer.points import _prose_statement_of
    sentence = "县里组织了多次专题调研，走访了各乡镇的敬老院和日间照料中心，与老人座谈交流，但护理人员的服务意识比较淡薄。"
    assert len(sentence) > asp.PROSE_SHORT_CHARS
    assert _prose_statement_of(sentence) == asp.CHALLENGE
