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


def test_an_announcement_after_a_framing_clause_that_names_no_problem_only_announces():
    """The last clause alone announces (`基层治理仍然存在一些短板`) and the clause before it frames (`对照新形势新要求`):
    no challenge of its own. A clause before it that names a problem keeps the point (negative)."""
    from summarizer.points import only_announces

    assert only_announces("对照新形势新要求，基层治理仍然存在一些短板")
    assert only_announces("近期，外地接连发生校车交通事故，我县校车安全管理也存在一些隐患")
    assert not only_announces("人员流动性大，培训体系不健全，基层治理仍然存在一些短板")
    assert not only_announces("基层存在人员不足的问题")


def test_a_sufficient_conditions_assurance_is_no_added_measure():
    from summarizer.aspects import assures_outcome

    assert assures_outcome("只要坚持以人民为中心，把数字技术与制度创新结合起来，就一定能够走出一条符合实际的基层治理新路子")
    assert not assures_outcome("加强队伍建设，只要坚持下去就能见效")  # a measure first: not opened by the condition
    assert not assures_outcome("完善薪酬激励和职业发展通道，稳定基层队伍")


def test_the_example_essay_gets_neither_its_announcement_nor_its_closing_flourish():
    """README (a)'s example (examples/essay.txt) with the learned model on by default: its announcement and its
    closing assurance are no points; its stated problems and measures are."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "examples" / "essay.txt").read_text(encoding="utf-8")
    chals, recs = _points(text)
    assert not any("存在一些短板" in c for c in chals), chals
    assert not any(r.startswith("只要") for r in recs), recs
    assert "基层队伍能力不足" in chals and "畅通群众参与渠道" in recs


def test_the_model_leaves_an_essay_of_thousands_of_sentences_to_the_rules(monkeypatch):
    """aspect_model.MAX_ESSAY_SENTENCES: a page of thousands of one-line items is read by the rules alone (the model's
    features cost memory there); an essay of ordinary length is read by the model (negative)."""
    from summarizer import aspect_model as am

    called = []
    original = am.AspectModel.essay_probabilities

    def spy(self, *args, **kwargs):
        called.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(am.AspectModel, "essay_probabilities", spy)
    summarizer.summarize("居民反映小区停车位紧张。" * (am.MAX_ESSAY_SENTENCES + 10))
    assert called == []
    summarizer.summarize("居民反映小区停车位紧张，物业管理不到位。" * 30)
    assert called
