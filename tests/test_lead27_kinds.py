"""Faults the lead found on merging the nineteenth session's branches (tests on inputs written for them)."""

from __future__ import annotations

import summarizer


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_a_member_who_proposes_is_a_person_and_a_verb_not_a_noun():
    """`代表建议`/`委员建议` are as often a person and the verb (某委员建议加快…) as the noun compound (代表建议较多):
    the modal exclusion that reads 建议 as a noun must not take them (a blind trial document lost all four of its
    reported proposals to it)."""
    text = ("政协会议召开。本次会议收到提案一百余件。王明委员建议加快发展民营经济，李华代表建议清理占道停车。"
            "件件提案事关百姓利益。")
    _, recs = _points(text)
    assert any("加快发展民营经济" in r for r in recs), recs
    assert any("清理占道停车" in r for r in recs), recs


def test_the_noun_proposal_of_a_kind_stays_no_measure():
    """The negative: 建议 as the head of a noun (类案建议较少, 建议质量不高) is still no measure."""
    text = "检察机关在履职中发现的问题较多。但类案建议较少，建议质量不高，落实情况不理想。"
    chals, recs = _points(text)
    assert not any("建议质量" in r for r in recs), recs
