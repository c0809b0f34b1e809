"""Failure kinds found by the blind Part 15 documents (734-744) of the aspect corpus, each on a text written for the
test (none copies a corpus string).

1. A modal whose action comes after a prepositional object (``短期要对违规中介进行整治``, ``更要为青年提供出路``) was
   not read as prescribing: :func:`summarizer.aspects._modal_actions` reads the verb at the end of the phrase
   (``aspects._prepositional_action``: an ``imperative`` word or a light verb 进行/提出/作出…).
2. Such a sentence was read as a section heading glued to its paragraph because a ``…的<cue noun>`` phrase stands in
   its first clause (``要对…的深层次问题进行改革``): a first clause that prescribes an act is no glued heading
   (:func:`summarizer.aspects.opener_aspect`), so the sentence opens no region of challenges.
3. 包括 in a subject's apposition (``各部门，包括区议会，都应…``) was read as a lead-in announcing a list, whose region
   swallowed the paragraphs after it (``aspects._APPOSITION`` in ``aspects._announces_ahead``).
4. A work summary's lead-in (``…扎实开展了多项重点工作，取得了…，现将有关情况总结如下：``) was read as announcing tasks,
   so its achievement sections became measures: a task verb with the perfective 了/过 narrates work done
   (:func:`summarizer.aspects.announces_tasks`).
5. Advice whose object is the problems to examine (``首先查摆…存在的问题``, ``其次要分析问题产生的原因``, ``把问题说清说透``)
   was read as stating problems: a problem noun after a verb of examining or finding (``examine_problem_verb`` cue
   group) or before a result of making it plain (``examine_problem_result``) is the object of the work
   (:func:`summarizer.aspects.addressed_problem_spans`); not after 缺乏 / 没有 / 不.
6. A member's quoted problem followed by the quoted proposal (``委员反映“A”，建议“B”``) was read as one unit, whose window
   ran from the problem into the proposal: the closing mark before ``，建议“`` cuts the sentence into two units
   (:func:`summarizer.sentences.quotation_sentences`, ``sentences._QUOTED_PROPOSAL_TURN``).
7. Vocabulary (``# corpus21b:`` blocks at the end of cues.txt): a practice only for show (``形同虚设``, ``流于形式``) is a
   ``challenge_predicate`` of its clause, so a verb-like subject (``监督…``) no longer makes it a measure; a negated modal
   (``无须``, ``无需``: "need not") joins ``modal_exclusion`` and prescribes nothing (a rule described, not proposed).
8. A diagnosis listed as quoted labels after a lead-in's colon (``三个主要病因，分别是：「A」；「B」；「C」。``) was taken for
   a quoted speech and dropped: short quoted labels separated by ``；`` that fill the rest of the sentence are a list
   (``points._QUOTED_LABELS`` in ``points._listing_aspect``); 病因 / 病灶 join ``challenge_section`` and ``prose_cause``.
9. The clause that closes a sentence of problems (``…等，需要我们进一步努力解决。``) was kept as a measure: a bare need to
   solve or heed with no object (:func:`summarizer.points.bare_remedy_point`) is no point.
"""

from __future__ import annotations

import summarizer.aspects as asp
from summarizer.pipeline import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# 1. a modal over a prepositional object

def test_modal_before_prepositional_object_prescribes():
    s = "政府短期要对违规中介进行整治，长远更要向青年提供出路。"
    assert asp._modal_actions(s) == ["要", "要"]
    assert asp.prose_aspect(s) == asp.RECOMMENDATION


def test_prepositional_action_needs_an_action_verb():
    assert asp._modal_actions("这件事我们要对此负责。") == []  # 负责 is no imperative
    s = "要对改革，进行评估。"  # a clause mark ends the phrase before its verb
    assert asp._prepositional_action(s, s.index("对")) is False
    s = "须向市民作出交代。"
    assert asp._prepositional_action(s, s.index("向")) is True


# 2. no glued heading when the first clause prescribes

def test_prescribing_first_clause_is_no_glued_heading():
    assert asp.opener_aspect("新一届议员要对城市更新中的深层次问题进行改革，并为租户提供保障。") is None


def test_glued_heading_still_opens_a_region():
    assert asp.opener_aspect("乡村学校在师资配置中的突出问题近年来乡村学校教师流失严重，结构失衡。") == asp.CHALLENGE


# 3. 包括 in a subject's apposition

def test_inclusion_in_apposition_announces_nothing():
    assert asp._announces_ahead("各个部门，包括区议会，都应检讨过去的工作。") is False
    assert asp._announces_ahead("各个部门,包括区议会,均需要认真检讨问题。") is False


def test_inclusion_that_announces_still_does():
    assert asp._announces_ahead("当前存在的问题包括：") is True
    assert asp._announces_ahead("主要问题包括以下几个方面。") is True


def test_apposition_sentence_gives_its_measure():
    text = ("旧区重建的教训\n\n这次事故暴露出旧区重建的监管漏洞。各个部门，包括区议会，均需要认真检讨工作，"
            "并向居民交代。长远而言，政府要对重建计划进行全面检讨，更要为受影响居民提供安置。")
    _, recs = _points(text)
    assert any("政府要对重建计划进行全面检讨" in r for r in recs), recs


# 4. a task verb with the perfective 了 narrates work done

def test_work_done_announces_no_tasks():
    lead = "过去一年，我们街道扎实开展了多项重点工作，取得了一定成效，现将有关情况总结如下："
    assert asp.announces_tasks(lead) is False
    assert asp.lead_in_aspect(lead, announce=False) is None


def test_tasks_to_be_done_still_announced():
    assert asp.announces_tasks("今年主要做好以下几方面工作：") is True
    assert asp.announces_tasks("下一步，我们将从以下方面推动相关工作：") is True


# 5. problems as the object of examining them

def test_examined_problem_is_no_shortcoming():
    assert asp.addressed_problem_spans("撰写检查材料，首先查摆作风方面存在的问题。")
    assert asp.addressed_problem_spans("其次要分析问题产生的根源。")
    assert asp.addressed_problem_spans("要把问题讲清楚。")
    assert asp.prose_aspect("撰写检查材料，首先查摆作风方面存在的问题。") != asp.CHALLENGE


def test_lacking_the_examination_still_a_shortcoming():
    assert not asp.addressed_problem_spans("基层干部缺乏分析问题的能力。")
    assert not asp.addressed_problem_spans("有的单位没有查找问题。")
    assert asp.prose_aspect("部分基层干部缺乏分析问题、解决问题的能力，工作方法简单。") == asp.CHALLENGE


# 6. a quoted problem, then a quoted proposal of the same party

def test_quoted_problem_and_quoted_proposal_are_two_units():
    from summarizer.sentences import Sentence, quotation_sentences
    t = "王委员反映“部分社区的养老服务站长期闲置”，建议“由街道统一运营，并向老人开放”。"
    units = [u.text for u, _ in quotation_sentences([Sentence(0, 0, len(t), t, "sentence")])]
    assert units == ["王委员反映“部分社区的养老服务站长期闲置", "，建议“由街道统一运营，并向老人开放”。"]


def test_one_quotation_stays_whole():
    from summarizer.sentences import Sentence, quotation_sentences
    t = "他建议“由街道统一运营”，得到多数委员赞同。"
    units = [u.text for u, _ in quotation_sentences([Sentence(0, 0, len(t), t, "sentence")])]
    assert units == [t]


# 7. vocabulary: a practice only for show as a predicate; a negated modal

def test_show_practice_is_a_shortcoming_predicate():
    assert asp.challenge_strength("村务监督形同虚设。") == 1
    assert asp.sentence_aspect("村务监督形同虚设。") == asp.CHALLENGE
    assert asp.challenge_strength("防止村务监督流于形式。") == 0  # named as what a measure prevents


def test_negated_modal_prescribes_nothing():
    assert asp._modal_actions("市长由议会选出，且无须中央批准。") == []
    assert asp._modal_actions("政府无须加强监管。") == []
    assert asp._modal_actions("政府须加强监管。") == ["须"]


# 8. quoted labels after a lead-in's colon; 病因 names causes

def test_quoted_labels_after_colon_are_a_list():
    from summarizer.points import _listing_aspect
    t = "细看这个团队的表现，可以归纳为两个主要病因，分别是：「有蓝图、缺执行」；「多口号、少落实」。"
    assert _listing_aspect(t, 0, len(t)) == asp.CHALLENGE


def test_quoted_speech_after_colon_stays_speech():
    from summarizer.points import _listing_aspect
    t = "局长表示：「问题已经解决，请市民放心。」"
    assert _listing_aspect(t, 0, len(t)) is None
    t = "主要问题有两个，分别是：「资金不足」，以及人手短缺。"  # not labels only: the rest is prose
    assert _listing_aspect(t, 0, len(t)) is None


# 9. a bare need to solve closes a sentence of problems

def test_bare_need_to_solve_is_no_measure():
    from summarizer.points import bare_remedy_point
    assert bare_remedy_point("需要我们进一步努力解决")
    assert bare_remedy_point("有待加以改进。")
    assert not bare_remedy_point("需要进一步解决农产品销路问题")
    assert not bare_remedy_point("加强交通基础设施建设")


def test_summary_problems_keep_no_bare_need():
    text = ("社区工作小结\n\n一年来社区各项工作有序推进。但同时也存在一些问题，如停车位紧张、垃圾清运不及时等，"
            "需要我们进一步努力解决。\n我们建议：\n1.增设公共停车位。\n2.加密垃圾清运班次。")
    _, recs = _points(text)
    assert not any(r.rstrip("。") == "需要我们进一步努力解决" for r in recs), recs
