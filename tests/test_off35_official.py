"""Mainland official texts (Part 58's kinds, off35): a leader's demand list whose items share their opening modal,
remedies announced by ``提出了整改意见：`` after the problems an inspection pointed out, an audit's tally of counted
findings, and a supervision notice's request after a lagging item. Small texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import counted_finding_spans, problem_then_demand


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_demand_list_shared_opening_modal_gives_every_item():
    # 排查, 腾退 and 备齐 need not be vocabulary verbs: the items share the opening 要 of the item that votes
    ch, rec = _points("县应急局督导组到林场检查森林防火工作。\n"
                      "要求一是要逐片排查火险隐患，建立巡护台账；二是要落实护林员责任，确保火情早发现；"
                      "三是要备齐扑火机具，组织开展扑火演练。\n")
    assert rec == ["要逐片排查火险隐患，建立巡护台账", "要落实护林员责任，确保火情早发现", "要备齐扑火机具，组织开展扑火演练"]
    assert ch == []


def test_shared_modal_does_not_carry_to_a_shortfall_item():
    votes = asp._shared_modal_votes(["要落实护林员责任，确保火情早发现", "要素保障不足，资金缺口较大"],
                                    [asp.RECOMMENDATION, None])
    assert votes == [asp.RECOMMENDATION, None]


def test_proposal_colon_tail_announces_recommendations():
    assert asp.lead_in_aspect("代表们指出部分路灯损坏、井盖缺失等问题，并提出了整改意见：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("调研发现存在以下问题：") == asp.CHALLENGE  # (no proposal clause: the problems)


def test_inspection_problems_then_remedies():
    ch, rec = _points("近日，某街道组织人大代表对辖区背街小巷整治情况进行视察。\n"
                      "代表们指出部分路灯长期损坏、多处井盖缺失破损等问题，并提出了整改意见：进一步加强设施巡检，"
                      "及时更换路灯；进一步落实管护责任，尽快补齐井盖。\n")
    # (the problems pointed out, not the remedies, are the challenges: one point per item or one for the list)
    assert ch and all("部分路灯长期损坏" in p or "多处井盖缺失破损" in p for p in ch)
    assert any("部分路灯长期损坏" in p for p in ch) and any("多处井盖缺失破损" in p for p in ch)
    assert rec == ["进一步加强设施巡检，及时更换路灯", "进一步落实管护责任，尽快补齐井盖"]


def test_counted_finding_spans_one_per_counted_clause():
    s = "审计发现，有12个乡镇挪用专项资金800万元，有300多户不符合条件的家庭违规领取补贴；还有1.5亿元资金被滞留。"
    assert [s[a:b] for a, b in counted_finding_spans(s)] == [
        "有12个乡镇挪用专项资金800万元", "有300多户不符合条件的家庭违规领取补贴", "还有1.5亿元资金被滞留"]
    # a tally of what was achieved names no irregularity; one counted clause is no tally
    assert counted_finding_spans("今年有36家企业获得补贴，有12个项目建成投产。") == []
    assert counted_finding_spans("审计发现，有12个乡镇挪用专项资金800万元。") == []


def test_audit_tally_gives_each_finding():
    ch, _ = _points("审计署有关负责人介绍，各地持续推进饮水安全工程建设。审计发现，有21个县挪用工程资金1.3亿元；"
                    "有900多户不符合条件的农户违规领取补助；还有0.8亿元资金被截留在乡镇未及时拨付。\n")
    assert "有21个县挪用工程资金1.3亿元" in ch
    assert "有900多户不符合条件的农户违规领取补助" in ch
    assert "还有0.8亿元资金被截留在乡镇未及时拨付" in ch


def test_request_after_lagging_item_is_its_demand():
    s = "县水利局负责的第5件确定事项进展滞后，请以上责任单位加快工作进度，确保按期办结。"
    found = problem_then_demand(s)
    assert found is not None
    (a, b), (c, d) = found
    assert s[a:b] == "县水利局负责的第5件确定事项进展滞后"
    assert s[c:d] == "请以上责任单位加快工作进度，确保按期办结"
    assert problem_then_demand("申请材料不全，请示领导后再办。") is None


def test_readers_stay_linear():
    assert_linear(lambda n: counted_finding_spans("有1个" * n), 5_000, "counted subjects with no clause mark")
    assert_linear(lambda n: counted_finding_spans("，有1个挪用" * n), 2_000, "many counted clauses")
    assert_linear(lambda n: problem_then_demand("进展滞后，请" * n), 2_000, "many request clauses")


def test_announced_demands_are_no_work_done():
    # 提出了几点要求。一是要…: the sentence before the run announces demands (a perfective verb, no work done)
    _, rec = _points("市人大常委会开展营商环境调研\n7月13日，市人大常委会副主任带队听取了市营商局的情况汇报。\n"
                     "就下一步工作，副主任提出了几点要求。一是要全面梳理企业诉求，找准症结。二是要强化机制监管。"
                     "三是加强部门间的统筹协调。\n")
    assert rec == ["要全面梳理企业诉求，找准症结", "要强化机制监管", "加强部门间的统筹协调"]
    # (a run after work reported done stays out: 该问题已完成整改。一是…)
    _, rec = _points("关于巡察反馈问题整改情况的报告\n该问题已完成整改。一是印发了管理办法，规范审批流程。二是建立了工作台账。\n")
    assert rec == []
