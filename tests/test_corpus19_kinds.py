"""Failure kinds found by the blind Part 12 documents (701-711) of the aspect corpus, each on a text written for the
test.

1. A meeting report gives a participant's proposal as ``某某建议，在…建设…``: the proposal opens with a preposition
   (在, 对, 将 …) and its verb comes later, so no modal or imperative opened it and it was lost
   (:func:`summarizer.aspects.proposal_aspect`).
2. A topic phrase that names the problems a proposal addresses (``针对这些问题，委员们建议，A；B；C。``) made the
   sentence hold a problem word against its measures: it was neither aspect and its ``；``-run of measures was lost
   (:func:`summarizer.aspects.sentence_aspect` reads it from the proposal on).
3. A fault the author denies (``政府并没有犯太大的错误``, ``未出现重大失误``) was a challenge: 错误/失误 were read as
   stated. The denied-problem reading (``本身没有问题``) now covers faults and a verb of committing them
   (:func:`summarizer.aspects._denied_problem_re`, ``denied_fault_noun`` cue group).
4. A visit's list of firms (``…有限公司、…有限责任公司``) was a challenge: the legal form holds 有限 ("limited")
   without stating a limit (``challenge_exclusion`` cue group).
5. A meeting report's narration that someone spoke about problems it does not name (``委员王某就相关问题作了发言``,
   ``与会代表围绕企业面临的困境…，畅所欲言``), or that a visit asked after them (``重点了解企业遇到的困难和急需解决的
   问题``), was a challenge (:func:`summarizer.points.narrates_discussion`).
6. A sentence that opens by proposing and chains its measures (``建议市政府通令各局处清查不便民的规定，责成…，同时由…``)
   was neither aspect when a measure named the problems it works on (针对问题): the sentence prescribes more than it
   complains and its shortcomings are what the measures address (:func:`summarizer.aspects.opens_proposal` in
   :func:`summarizer.aspects.sentence_aspect`).
7. A prescriptive contrast (``政府要A，不能B，而要C``) was a challenge: its 不能 was counted as an inability and no
   clause was seen to open with a modal, as 而要 hides it (:func:`summarizer.aspects.modal_strength`, ``modal_link``
   cue group).
8. A self-inspection report's lead-in cites the document it follows (``学习市教育局关于开展评估工作的实施意见，…，就
   自查情况汇报如下：``): the title's 开展…工作 made the lead-in announce tasks, and the findings after it were read as
   measures (:func:`summarizer.aspects.cited_titles_blanked` in :func:`summarizer.aspects.announces_tasks`).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P


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


def test_a_fault_denied_states_no_problem():
    assert points("在这次改革中，市政府并没有犯太大的错误。") == ([], [])
    assert points("工程建设期间未出现重大失误。") == ([], [])
    # the clause after the denial still states its own problem; a fault committed is one
    assert points("这次改革没有出现大的失误，但部分部门服务意识不强。")[0] != []
    assert points("政府犯了严重的错误。") == (["政府犯了严重的错误"], [])
    # lacking awareness of problems is a shortcoming, not a denial
    assert points("部分干部没有问题意识。") == (["部分干部没有问题意识"], [])
    assert asp.challenge_strength("市政府并没有犯太大的错误") == 0


def test_a_company_name_holds_no_limit():
    assert points("王主任分别到东方机械有限公司、南方建材有限责任公司开展走访调研。") == ([], [])
    # 有限 as a predicate still states a limit, also beside a company name
    assert points("企业融资渠道十分有限。") == (["企业融资渠道十分有限"], [])
    assert points("东方机械有限公司的订单十分有限。") == (["东方机械有限公司的订单十分有限"], [])


def test_a_speech_or_discussion_about_unnamed_problems_is_no_point():
    assert points("昨天，区政协召开座谈会。委员王某就相关问题作了发言。") == ([], [])
    assert points("与会代表围绕企业面临的困境以及发展前景，畅所欲言，气氛热烈。") == ([], [])
    assert P.narrates_discussion("委员王某就相关问题作了发言")
    # a topic that names the problems states them; a speech that states one is read as said
    text = "代表们就企业已出现的产能过剩、税费过重等问题作了详细汇报和探讨。"
    assert not P.narrates_discussion(text)
    assert points(text) == (["代表们就企业已出现的产能过剩、税费过重等问题作了详细汇报和探讨"], [])
    assert points("王某就相关问题指出，目前社区养老服务供给严重不足。") == (["目前社区养老服务供给严重不足"], [])
    # no verb of discussing: not this narration
    assert not P.narrates_discussion("委员王某就相关问题十分担忧")


def test_an_inquiry_into_problems_it_does_not_name_is_no_point():
    assert points("重点了解企业在发展过程中遇到的困难和急需解决的问题，帮助企业排忧解难。") == ([], [])
    # an inquiry into named problems, or a finding, states them
    assert points("调研组重点了解了企业融资难、用工贵的问题。") == (["调研组重点了解了企业融资难、用工贵的问题"], [])
    assert points("调研组了解到，企业普遍存在融资难的问题。") == (["企业普遍存在融资难的问题"], [])  # (frame dropped)
    assert not P.narrates_discussion("调研组重点了解了企业融资难、用工贵的问题")


def test_a_sentence_that_opens_by_proposing_names_its_shortcomings_as_targets():
    text = "建议市政府通令各局处清查不便民的规定，责成主管单位针对问题限期研议解决方法，加强进度管控。"
    assert asp.sentence_aspect(text) == asp.RECOMMENDATION
    assert asp.opens_proposal(text)
    # 建议 as a noun, or a proposal that lacks something, opens none
    assert not asp.opens_proposal("建议没设立起始租金，租户负担过重。")
    assert not asp.opens_proposal("市政府通令各局处清查不便民的规定。")
    # a sentence that complains as much as it prescribes is still no measure
    assert asp.sentence_aspect("建议虽多，但落实不到位，效果不明显。") != asp.RECOMMENDATION


def test_a_modal_after_a_conjunction_of_contrast_still_opens_its_clause():
    text = "因此，政府要谦虚面对民意，不能陷溺在虚幻的成就中，而要加码提出各种辅导和补偿的方案。"
    assert asp.modal_strength("不能陷溺在虚幻的成就中，而要加码提出各种辅导和补偿的方案") == 1
    assert asp.sentence_aspect(text) == asp.RECOMMENDATION
    assert points(text) == ([], ["政府要谦虚面对民意，不能陷溺在虚幻的成就中，而要加码提出各种辅导和补偿的方案"])
    # 而 before a lookalike of 要 (要是: if) opens no modal
    assert asp.modal_strength("而要是资金不到位，工程就会停工") == 0


def test_a_cited_documents_title_announces_no_task():
    lead = "首先认真学习市教育局关于开展办学条件评估工作的实施意见，逐一对照，就自查情况汇报如下："
    assert not asp.announces_tasks(lead)
    # no task: a report of self-inspection results (自查情况, w63's inspection_results) announces neither aspect
    assert asp.lead_in_aspect(lead) == asp.OTHER
    blanked = asp.cited_titles_blanked(lead)
    assert len(blanked) == len(lead) and "开展" not in blanked and blanked.startswith("首先认真学习市教育局 ")
    assert asp.cited_titles_blanked("根据《关于做好安全工作的通知》要求") == "根据" + " " * 13 + "要求"
    # the lead-in's own tasks still announce measures, also beside a cited title
    assert asp.announces_tasks("今年主要做好以下几方面工作：")
    assert asp.announces_tasks("根据《关于做好安全工作的通知》，重点抓好以下几项任务：")
    # the findings listed after it are no measures (an item's heading was one)
    text = lead + "\n1、校园用地。我校布局合理，但生均占地面积达不到要求，厕所蹲位少，操场面积小。"
    assert points(text)[1] == []
