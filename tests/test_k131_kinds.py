"""k131: Traditional Chinese challenges the pipeline missed or read as recommendations (Part 131's kinds and the seen
pool's Traditional documents): a shortfall word of Hong Kong, Macau and Taiwan writing before a demand after its comma,
a Taiwan or Hong Kong body as the demand's subject, a frame of worry that ends its own clause, a plan judged as bringing
nothing new, news describing a rule or a standard, a harm reported as growing after a speaker's frame, and a council
motion's procedural formula. Every text is written for the test."""

import pytest

from summarizer import aspects as asp
from summarizer import points as P
from summarizer import register
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# --- a shortfall word of Traditional writing before a demand ------------------------------------------------------

@pytest.mark.parametrize("clause", ["区内停车位不敷使用", "旧区楼宇年久失修", "急诊壅塞", "工程延宕", "政策为人诟病",
                                    "新措施引发民怨", "学校经费短绌"])
def test_shortfall_clause_reads_traditional_shortfall_words(clause):
    assert P._shortfall_clause(clause)


@pytest.mark.parametrize("clause", ["区内停车位充足", "旧区楼宇保养良好", "市府应增建停车场"])
def test_shortfall_clause_not_for_sound_or_prescribing_clauses(clause):
    assert not P._shortfall_clause(clause)


def test_problem_then_demand_with_a_city_government_subject():
    s = "区内停车位不敷使用，市府应尽速增建立体停车场。"
    found = P.problem_then_demand(s)
    assert found is not None
    (a, b), (c, d) = found
    assert s[a:b] == "区内停车位不敷使用"
    assert s[c:d].startswith("市府应尽速增建")


def test_problem_then_demand_with_an_agency_subject():
    s = "旧区楼宇年久失修，运输署应加快检修行人天桥。"
    found = P.problem_then_demand(s)
    assert found is not None and s[found[0][0]:found[0][1]] == "旧区楼宇年久失修"


def test_glued_shortfall_and_demand_give_both_aspects():
    ch, rec = _points("區內停車位不敷使用，市府應儘速增建立體停車場。\n")
    assert any("不敷使用" in p and "增建" not in p for p in ch)
    assert any("增建立體停車場" in p and "不敷使用" not in p for p in rec)


def test_sound_state_before_a_demand_gives_no_challenge():
    ch, rec = _points("區內停車位目前充足，市府應持續維護既有停車場。\n")
    assert not any("充足" in p for p in ch)


# --- a frame of worry that ends its own clause ---------------------------------------------------------------------

def test_focus_frame_ending_its_clause_takes_the_rest_of_the_sentence():
    s = "令人担忧的是，全县十座水库当中，就有四座严重淤积。"
    span = P.focus_framed_problem(s)
    assert span is not None
    assert s[span[0]:span[1]] == "令人担忧的是，全县十座水库当中，就有四座严重淤积"


def test_focus_frame_after_a_label_colon():
    s = "• 分布：值得警惕的是，五个集水区当中，竟有三个位于工业区旁。"
    span = P.focus_framed_problem(s)
    assert span is not None and s[span[0]:span[1]].endswith("竟有三个位于工业区旁")


def test_focus_frame_before_a_demand_gives_none():
    assert P.focus_framed_problem("令人担忧的是，政府应尽快清淤。") is None


def test_focus_frame_clause_is_a_challenge_in_a_document():
    ch, _ = _points("近年水庫淤積日益嚴重。令人擔憂的是,全縣十座水庫當中,就有四座屬於高危害水庫。\n")
    assert any("就有四座屬於高危害水庫" in p for p in ch)


# --- a plan judged as bringing nothing new -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["政府提出的减碳方案看来毫无新意。", "各部会的行动方案了无新意。",
                                      "新的交通政策不过是换汤不换药。"])
def test_nothing_new_is_a_verdict(sentence):
    assert asp.states_verdict(sentence)


def test_reported_criticism_of_a_plan_is_a_challenge():
    ch, _ = _points("今年空氣品質持續惡化。\n環保團體今天指出,政府端出的空污改善方案了無新意。\n")
    assert any("了無新意" in p and "指出" not in p for p in ch)


# --- news describing a rule or a standard ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["新制规定，初次考照者须先完成八小时驾训课程。", "该条例规定：业者应每年申报一次。",
                                      "根据水利署制定的标准，淤积率达三成的水库应立即清淤。"])
def test_reports_rule_for_a_rule_opening(sentence):
    assert register.reports_rule(sentence)


@pytest.mark.parametrize("sentence", ["政府应依照规定，加强监管。", "市府应尽快修订规定，放宽申请资格。",
                                      "根据调查，多数居民支持增建停车场。"])
def test_reports_rule_not_for_a_demand_or_a_survey(sentence):
    assert not register.reports_rule(sentence)


def test_described_rule_gives_no_recommendation():
    _, rec = _points("交通部明年起實施新制。新制規定,初次考照者須先完成八小時駕訓課程,方能報名路考。\n")
    assert not any("須先完成" in p for p in rec)


# --- a harm reported as growing after a speaker's frame -----------------------------------------------------------

def test_reported_growing_harm_is_a_challenge_past_the_frame():
    ch, _ = _points("交通部明年起實施新制。\n監理單位表示,過去三年高齡騎士事故件數持續上升。\n")
    assert "過去三年高齡騎士事故件數持續上升" in ch


def test_reported_clauses_reads_growing_harm():
    s = "监理单位表示，过去三年高龄骑士事故件数持续上升。"
    assert [(a, s[x:y]) for a, x, y in P.reported_clauses(s)] == [("challenge", "过去三年高龄骑士事故件数持续上升")]


def test_reported_clauses_no_growth_reading_for_a_measure():
    s = "监理单位表示，将持续增加路考场次。"
    assert not any(a == "challenge" for a, _, _ in P.reported_clauses(s))


# --- a council motion's procedural formula ------------------------------------------------------------------------

@pytest.mark.parametrize("point", ["办法 审议通过后，请县府积极研议办理", "大会审议通过后,送请市府尽速研处",
                                   "大会决议 照案通过", "审查意见 原案通过"])
def test_motion_procedure_states_neither(point):
    assert asp.states_neither(point)


def test_passing_a_bill_is_no_procedure_formula():
    assert not asp.states_neither("立法会应尽快审议通过垃圾收费条例")


def test_problem_then_demand_with_a_need_after_the_body():
    s = "区内长者服务严重不足，社署需尽快增聘社工。"
    found = P.problem_then_demand(s)
    assert found is not None and s[found[0][0]:found[0][1]] == "区内长者服务严重不足"


def test_a_need_stated_after_the_body_is_no_demand():
    assert P.problem_then_demand("区内长者服务严重不足，政府需要大量资金。") is None


def test_reports_rule_not_for_a_demand_to_follow_the_law():
    assert not register.reports_rule("用人单位应严格按照法律规定，与员工签订规范的劳动合同。")


def test_quoted_demands_stay_recommendations_after_a_complaint():
    ch, rec = _points(
        "今年空氣品質持續惡化,民眾抱怨連連。\n"
        "環團指出,政府各部門提出的第二期行動方案毫無新意,雖然召開公聽會,但是也未充分聽取意見,基金會執行長王明表示,"
        "環保團體有三大訴求,包括「提出具有科學依據的減碳目標」、「召開減碳目標檢討會議」、「強化公民參與」等。\n"
        "王明也指出,地方政府的空污稽查人力嚴重不足,違規工廠屢勸不聽。\n")
    assert any("召開減碳目標檢討會議" in p for p in rec)
    assert not any("召開減碳目標檢討會議" in p for p in ch)


def test_stated_spans_mark_their_points():
    from summarizer.sentences import Sentence
    text = "环保团体有三大诉求，包括「提出减碳目标」、「召开检讨会议」、「强化公民参与」等。"
    sentences = [Sentence(0, 0, len(text), text, "sentence")]
    spans = P.quoted_proposals(text)
    assert len(spans) == 3
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    P._sentence_spans_points(text, sentences, out, 60, len(text) + 1, asp.RECOMMENDATION, P.quoted_proposals,
                             stated=True)
    assert [text[p.start:p.end] for p in out[asp.RECOMMENDATION]] == ["提出减碳目标", "召开检讨会议", "强化公民参与"]
    assert all(p.stated for p in out[asp.RECOMMENDATION])
    plain = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    P._sentence_spans_points(text, sentences, plain, 60, len(text) + 1, asp.RECOMMENDATION, P.quoted_proposals)
    assert not any(p.stated for p in plain[asp.RECOMMENDATION])
