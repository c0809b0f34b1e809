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


def test_a_sentence_pointing_forward_to_the_problems_listed_after_it_only_announces():
    """`…还存在着以下突出问题` / `存在以下三个问题：` point to the list after them, however long the subject: no
    challenge of its own (the learned model added the seed's `从中也可以看出我国城市社区治理在…过程中还存在着以下突出问题`)."""
    from summarizer.points import only_announces

    assert only_announces("从中也可以看出我国城市社区治理在应对重大公共卫生事件的过程中还存在着以下突出问题")
    assert only_announces("当前存在以下三个问题：")
    assert only_announces("存在以下几个方面的问题")
    # negatives: a problem with content of its own, and 以下 that is not the list's announcement
    assert not only_announces("基层存在人员不足的问题")
    assert not only_announces("存在以下问题的村庄资金长期不足")
