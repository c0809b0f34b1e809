"""Precision by kind on the project's own corpus (issue 8): wrong points of a kind, each on texts written for these
tests."""

from aspect_helpers import points
from summarizer import aspects as asp


PROPOSAL_NOUN = (
    "当前部分委员提案存在的问题包括：一是内容空泛，缺乏调查研究；提案只罗列现象，不分析原因；"
    "建议只反映诉求和困难，不提出解决困难的具体办法；一味追求数量，建议和意见脱离实际。"
    "二是办理流于形式，答复敷衍。"
)


def test_proposal_noun_as_subject_names_a_problem():
    # 建议 as the subject noun (建议只…, 建议和意见…) proposes nothing: the clause is a shortcoming of proposals
    assert not asp.recommends_outright("建议只反映诉求和困难，不提出解决困难的具体办法")
    assert not asp.strong_modal("一味追求数量，建议和意见脱离实际")
    ch, rec = points(PROPOSAL_NOUN)
    assert rec == []
    assert "建议只反映诉求和困难，不提出解决困难的具体办法" in ch
    assert "一味追求数量，建议和意见脱离实际" in ch
    # 建议 the verb still opens a recommendation
    assert asp.recommends_outright("建议增加社区食堂的补贴")
    assert asp.recommends_outright("建议和物业公司共同制定管理公约")  # 建议 the verb, 和 its partner
    assert asp.strong_modal("建议和物业公司共同制定管理公约")


def test_a_noun_that_opens_with_an_imperative_verb_is_no_imperative():
    # 立法院 / 研究所 open with 立法 / 研究 (imperative verbs) but are institutions, the subject of the sentence
    s = "立法院有许多涉及民生的法案需要审议却一再搁置，尤其是长照与托育方面"
    assert not asp.starts_imperative(s)
    assert asp.modal_strength(s) == 0
    assert asp.sentence_aspect(s) != asp.RECOMMENDATION
    assert asp.modal_strength("研究所的经费长期不足") == 0
    # the verb itself still opens an imperative
    assert asp.starts_imperative("立法保障外卖骑手的权益")
    assert asp.starts_imperative("研究制定长照服务的收费标准")


def test_verb_noun_check_is_linear():
    assert not asp.starts_imperative("立法会" * 30_000)
    assert asp.modal_strength("立法会，" * 10_000) == 0


def test_views_and_proposals_of_counted_colleagues_or_the_public_are_reported():
    # colleagues counted but not named, the public with an adverb of how widely it holds the view: reported, neither
    assert asp.states_background("有几位议员提出多项改善托育的建议，我们还要商讨先后次序")
    assert asp.states_background("不少同事认为资助金额应该再提高")
    assert asp.states_background("市民普遍认为公共泳池的开放时间太短")
    # a named speaker or the author's own view is left alone
    assert not asp.states_background("政府应尽快增加公共泳池的开放时间")
    assert not asp.states_background("市民的意见未获重视")
    assert not asp.states_background("议员" * 50_000)  # anchored and bounded: linear


def test_what_a_document_mentions_is_reported_unless_the_author_turns_to_a_verdict():
    assert asp.states_background("虽然施政报告有提及兴建更多长者日间中心；署长亦曾提到会检讨轮候安排")
    assert asp.states_background("局长曾提到会在明年推出新的资助计划")
    # the author's verdict after a turn keeps the point
    assert not asp.states_background("报告内曾提及业主可能提前加租，但却表明难以预防")
    assert not asp.states_background("提" * 100_000)  # anchored and bounded: linear


def test_a_demand_the_speaker_denies_making_is_none():
    assert not asp.news_demand("很可惜，我们不是建议运输署削减巴士班次")
    assert asp.prose_aspect("很可惜，我们不是建议运输署削减巴士班次") != asp.RECOMMENDATION
    assert asp.news_demand("我们建议运输署增加巴士班次")


def test_a_result_clause_of_work_already_done_is_neither():
    before = "过去五年，市政府在养老和托育方面加大了财政投入，"
    assert asp.continues_work_done(before, "进一步减轻家庭照护负担，改善市民生活质量")
    # the clause has its own subject and names a problem; a turn before it; a modal in the point: kept
    assert not asp.continues_work_done("各区纷纷设置了自助服务区，", "窗口人手紧张的问题也逐渐显现")
    assert not asp.continues_work_done("虽然加大了财政投入，", "进一步减轻家庭照护负担")
    assert not asp.continues_work_done("过去五年加大了财政投入，", "应进一步减轻家庭照护负担")
    # no done verb before it: a measure stays a measure
    assert not asp.continues_work_done("为此，", "进一步减轻家庭照护负担，改善市民生活质量")


def test_result_of_work_done_in_an_essay_is_no_point():
    text = ("过去五年，市政府在养老和托育方面加大了财政投入，进一步减轻家庭照护负担，改善市民生活质量。"
            "然而，社区养老服务仍然存在不少问题，护理人员严重短缺，日间照料中心覆盖率偏低。"
            "政府应尽快扩大护理人员培训规模。")
    ch, rec = points(text)
    assert not any("减轻家庭照护负担" in p for p in ch + rec)
    assert any("护理人员严重短缺" in p for p in ch)


def test_continues_work_done_is_linear():
    assert asp.continues_work_done("加强了" * 50_000 + "，", "进一步" * 30_000)  # only the last clause is read
    assert not asp.continues_work_done("了，" * 50_000, "加强")


def test_a_point_that_opens_by_defining_a_term_is_neither():
    # problem words inside a definition define the term; they state no problem of the essay
    assert asp.states_neither("“懒政”泛指公职人员消极怠工、推诿拖延的行为")
    assert asp.states_neither("形式主义是指只看重形式而不讲实效的作风")
    # a problem stated about a defined term, or a long subject: not a definition opening
    assert not asp.states_neither("部分公职人员消极怠工、推诿拖延")
    assert not asp.states_neither("指" * 100_000)


def test_progress_closed_by_a_sentence_final_le_is_progress():
    # 越来越小了 / 稳步增长了: the final 了 closes the report of progress; it states no problem
    assert asp.reports_progress("网络越来越普及，城乡之间的信息差距越来越小了")
    assert asp.reports_progress("农民收入稳步增长了")
    assert not asp.reports_progress("要让城乡之间的信息差距越来越小")  # an aim, no report
    assert not asp.reports_progress("了" * 100_000)
