"""Point kinds of the thirtieth session's kinds30 helper, on inputs written for these tests: a speaker's proposal
given as the speaker, a proposal verb and its comma (``某委员建议，完善A，构建B``), read as a recommendation also under
a crosshead that states a problem; a proposal verb and its comma count as the modal before the action; a negated or
nominal proposal verb proposes nothing.
"""

from __future__ import annotations

from summarizer import aspects as asp
from summarizer import pipeline
from summarizer.points import speaker_proposal
from summarizer.script import simplified_view
from summarizer.schema import SummarizeOptions


# (selon44: these kinds pin the rules' and the linear model's reading: the sentence selector, on by default, is off here)
def _points(text: str) -> tuple[list[str], list[str]]:
    s = pipeline.summarize(text, options=SummarizeOptions(sentence_selector=False))
    e = s.essays[0]
    return [p.text for p in e.challenges], [p.text for p in e.recommendations]


def test_a_proposal_verb_and_its_comma_prescribe_the_action_after_them():
    """``王委员建议，完善…制度，构建…体系。``: the comma after 建议 does not end the proposal."""
    assert asp.prose_aspect("王委员建议，完善社区护理员等级认定制度，构建多层次的薪酬激励体系。") == asp.RECOMMENDATION
    assert asp.prose_aspect("陈代表提议：尽快修订停车收费办法，增设夜间免费车位。") == asp.RECOMMENDATION


def test_a_proposal_noun_before_a_comma_prescribes_nothing():
    """``专家的建议，是一个好的开始。``: 建议 as a noun, no action after it."""
    assert asp.prose_aspect("专家的建议，是一个好的开始。") is None
    assert speaker_proposal("专家的建议，是一个好的开始。") == []


def test_speaker_proposal_spans_the_words_after_the_comma():
    sentence = "王委员建议，完善社区护理员等级认定制度，构建多层次的薪酬激励体系。"
    [(a, b)] = speaker_proposal(sentence)
    assert sentence[a:b] == "完善社区护理员等级认定制度，构建多层次的薪酬激励体系。"


def test_negated_or_questioned_proposal_gives_none():
    assert speaker_proposal("他不建议，扩大现有停车场的规模。") == []
    assert speaker_proposal("王委员建议，是否应当完善护理员制度？") == []


def test_a_deputys_proposal_under_a_problem_crosshead_is_a_recommendation():
    """A news story of a council's review: a crosshead that states a problem, its facts, then a member's proposal of
    the problem's fix. The proposal is a recommendation though it stands in the problem's section."""
    text = ("昨日区人大常委会召开会议审议社区养老服务情况的报告。\n"
            "护理员短缺问题突出\n"
            "报告显示，全区共有养老站点四十个，护理员三百人。\n"
            "检查中了解到，一些站点护理员待遇偏低，流动性大，面临招人难的困境。\n"
            "王委员建议，完善社区护理员等级认定制度，构建多层次的薪酬激励体系。\n")
    challenges, recommendations = _points(text)
    assert any("待遇偏低" in c for c in challenges)
    assert any(r.startswith("完善社区护理员等级认定制度") for r in recommendations)


def test_a_label_that_announces_a_list_of_proposals_is_no_speaker_proposal():
    """``报告有以下建议：第一，…``: the words after the colon open a list, not an action of the verb."""
    assert speaker_proposal("报告有以下建议：第一，议事会应吸纳更多租户；第二，设立议题征集箱。") == []


def test_a_traditional_speaker_proposal_is_read_in_the_simplified_view():
    """The pipeline reads Traditional text in its Simplified view (:func:`summarizer.script.simplified_view`)."""
    sentence = simplified_view("某董事長建議，鼓勵企業調整結構，形成優質新產品。")
    [(a, b)] = speaker_proposal(sentence)
    assert sentence[a:b].startswith("鼓励企业")


def test_a_traditional_members_proposal_under_a_problem_crosshead():
    text = ("昨日區議會審議長者服務報告。\n護理員短缺問題突出\n報告顯示，全區共有長者中心四十間，護理員三百人。\n"
            "檢查中了解到，一些中心護理員待遇偏低，流動性大，面臨招人難的困境。\n"
            "王議員建議，完善社區護理員等級認定制度，構建多層次的薪酬激勵體系。\n")
    _, recommendations = _points(text)
    assert any(r.startswith("完善社區護理員等級認定制度") for r in recommendations)


def test_a_speaker_proposal_may_name_its_actor_first():
    sentence = "某议员则建议，政府推动企业实施弹性工作安排，为长者就业提供便利。"
    [(a, b)] = speaker_proposal(sentence)
    assert sentence[a:b].startswith("政府推动企业")


def test_a_named_proposal_noun_or_a_head_line_gives_none():
    """``代表建议`` names proposals (the modal_exclusion group); a head line with no end mark is the story's title, whose
    body gives the proposals."""
    assert speaker_proposal("高质量的代表建议，既体现在格式规范上，更体现在内容针对性上。") == []
    assert speaker_proposal("某委员建议：为农村留守老人做好健康保障\n很多地区留守老人缺乏生活照料。") == []


def test_a_head_line_run_into_the_quotation_after_it_gives_none():
    assert speaker_proposal("某委员建议：为农村留守老人做好健康保障“很多地区留守老人缺乏照料。”") == []


def test_a_quoted_term_inside_a_proposal_keeps_it():
    sentence = "某议员建议，推广「上门到诊」服务模式，为社区长者提供上门服务。"
    [(a, b)] = speaker_proposal(sentence)
    assert sentence[a:b].startswith("推广「上门到诊」")


def test_a_proposal_noun_before_its_comma_is_no_modal():
    """``感谢市民给予的指教和建议，让团队调整步伐``: 建议 one of two nouns, the clause after the comma is no proposal."""
    assert asp._modal_actions("感谢市民给予许多指教和建议，让团队调整步伐") == []
    assert asp._modal_actions("王委员建议，完善护理员认定制度") == ["建议"]
    assert asp._modal_actions("此次提出“社区银行”建议，协助低收入家庭获得贷款") == []


def test_a_sentence_that_opens_with_a_bare_proposal_verb_proposes_whatever_verb_follows():
    """``建议立足…，促进…``: the author's own proposal; the verb after 建议 need not be one the lexicon lists."""
    assert asp.prose_aspect("建议立足人口变化趋势，促进区域协调发展，实现人口与资源的动态匹配。") == asp.RECOMMENDATION
    assert asp.prose_aspect("建议会越受重视。") is None
    assert asp.prose_aspect("建议、看法中出现过的错误较多。") is None


def test_a_proposal_after_a_sentence_that_lists_manifestations_of_problems():
    """A lead-in that names problems (…突出表现为A，B等。) opens a problem region; a sentence that opens with 建议 turns
    it."""
    text = ("人口再分布出现一些新情况新问题，突出表现为部分县城人口流失，中小城市产业空心化、发展动能不足等。"
            "建议立足人口变化趋势，促进区域协调和城乡融合发展，实现人口与资源的动态匹配。")
    _, recommendations = _points(text)
    assert any(r.startswith("建议立足人口变化趋势") for r in recommendations)


def test_a_finding_then_a_proposal_after_its_comma():
    """``部分村庄垃圾清运不及时，建议增加清运频次。``: the finding a challenge, the proposal a recommendation, as after 应
    (the ``finding_demand_modal`` cue group)."""
    from summarizer.points import problem_then_demand
    sentence = "部分村庄垃圾清运不及时，建议增加清运频次。"
    (a, b), (c, d) = problem_then_demand(sentence)
    assert sentence[a:b] == "部分村庄垃圾清运不及时"
    assert sentence[c:d].startswith("建议增加清运频次")
    challenges, recommendations = _points("今年走访发现，部分村庄垃圾清运不及时，建议增加清运频次。")
    assert challenges == ["部分村庄垃圾清运不及时"]
    assert recommendations == ["建议增加清运频次"]


def test_a_proposal_noun_that_is_the_subject_of_a_fault_is_no_demand():
    """``提案质量参差不齐，建议缺乏可操作性``: 建议 (the proposals) is what lacks, both clauses are the finding."""
    from summarizer.points import problem_then_demand
    assert problem_then_demand("提案质量参差不齐，建议缺乏可操作性。") is None


def test_a_proposal_noun_that_ends_an_object_is_no_modal_before_its_comma():
    """``收集到了一批宝贵建议，更进一步增强了…``: the words before 建议 are a verb's object, no speaker."""
    assert asp._modal_actions("活动收集到了一批宝贵建议，更进一步增强了同学们的归属感") == []
