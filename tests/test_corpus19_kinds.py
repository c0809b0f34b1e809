"""Failure kinds found by the blind Part 12 documents (701-711) of the aspect corpus, each on a text written for the
test.

1. A meeting report gives a participant's proposal as ``某某建议，在…建设…``: the proposal opens with a preposition
   (在, 对, 将 …) and its verb comes later, so no modal or imperative opened it and it was lost
   (:func:`summarizer.aspects.proposal_aspect`).
2. A topic phrase that names the problems a proposal addresses (``针对这些问题，委员们建议，A；B；C。``) made the
   sentence hold a problem word against its measures: it was neither aspect and its ``；``-run of measures was lost
   (:func:`summarizer.aspects.sentence_aspect` reads it from the proposal on).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp


def test_a_speakers_proposal_that_opens_with_a_preposition_is_a_measure():
    assert points("航运公司董事长李某建议，在主要河道建设更多船闸。") == (
        [], ["航运公司董事长李某建议，在主要河道建设更多船闸"])
    assert points("李某建议将老旧小区改造纳入年度计划。") == ([], ["李某建议将老旧小区改造纳入年度计划"])
    assert asp.proposal_aspect("我建议，在各大商圈划出一批货车停车位") == asp.RECOMMENDATION
    # the frame ends where the proposal begins (past the comma)
    s = "委员们建议，加大财政扶持力度"
    assert s[asp.proposal_frame_end(s):] == "加大财政扶持力度"


def test_a_proposal_noun_a_deficiency_or_no_action_is_no_such_measure():
    # 建议 as a noun after 的 names a proposal, not a speaker's proposing
    assert asp.proposal_frame_end("代表们的建议很有见解，值得采纳") == 0
    assert points("代表们的建议很有见解。") == ([], [])
    # a deficiency in the proposal, or a question, is not read so
    assert asp.proposal_aspect("李某建议，在资金不足的情况下先缓一缓") is None
    assert asp.proposal_aspect("李某建议，对这类项目是否还要审批？") is None
    # no speaker frame at all
    assert asp.proposal_aspect("在主要河道建设更多船闸") is None


def test_a_topic_phrase_before_a_proposal_frames_what_it_addresses():
    text = "针对这些问题，委员们建议，加大财政扶持力度；建立统一的服务平台；创新金融产品。"
    assert asp.sentence_aspect(text) == asp.RECOMMENDATION
    assert points(text) == ([], ["针对这些问题，委员们建议，加大财政扶持力度", "建立统一的服务平台", "创新金融产品"])
    # with no proposal after it the topic phrase still keeps the sentence from being a point
    assert points("针对这些问题，大家进行了深入讨论。") == ([], [])
