"""k149150 (Parts 149-150): an office's announced plan whose first measure opens with its addressee (``将向各地通报…``), a
ministry as the plan's body, and an inspection's tallies of hazards found as work done (texts of the tests' own)."""

from summarizer import aspects as asp
from summarizer import points as P
from summarizer.pipeline import summarize_document


def _clauses(sentence):
    return [sentence[a:b] for a, b in P.announced_plan_clauses(sentence)]


def test_plan_opening_with_its_addressee_keeps_its_first_measures():
    s = "下一步，市市场监管局将向各县区通报此次抽检结果，宣传先进经验，督促企业落实整改。"
    assert _clauses(s) == ["向各县区通报此次抽检结果", "宣传先进经验", "督促企业落实整改"]


def test_ministry_is_a_plan_body_but_a_head_office_is_not():
    assert _clauses("下一步，农业农村部将加大对种业企业的扶持，完善补贴政策。") == ["加大对种业企业的扶持", "完善补贴政策"]
    assert _clauses("下一步，集团总部将加大研发投入。") == []


def test_addressee_needs_a_measure_verb_after_it():
    assert _clauses("下一步，市交通局将向好的方向转变。") == []


def test_plan_with_addressee_comes_out_as_recommendations():
    text = ("近日，区卫健委组织三个检查组，对全区托育机构开展消防安全检查。下一步，区卫健委将向各街道反馈检查情况，"
            "推广规范做法，约谈未达标机构负责人，督促机构按期整改。\n")
    rec = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert sum(any(k in p for p in rec) for k in ("反馈检查情况", "推广规范做法", "约谈未达标机构负责人",
                                      "督促机构按期整改")) >= 3


def test_inspection_tallies_are_work_done():
    assert asp.tallies_work("截至6月底，餐饮方面：检查门店14家，发现隐患9处、限期整改2处")
    assert asp.tallies_work("检查仓库5个，下达整改通知书3份，责令停业2家")
    assert asp.tallies_work("隐患9处")
    assert asp.tallies_work("一般隐患3条")


def test_remainders_and_standing_problems_are_not_tallies():
    assert not asp.tallies_work("全县仍有隐患9处未整改")  # (a remainder: a standing problem)
    assert not asp.tallies_work("全市有隐患27条")  # (a count stated of the place, no inspection's finding)
    assert not asp.tallies_work("消防通道堵塞问题突出")


def test_counted_finding_of_an_inspection_is_no_survey_finding():
    assert P.survey_finding_clauses("检查组抽查门店14家，发现隐患9处。") == []


def test_tally_paragraph_gives_no_challenge():
    text = ("为做好汛期安全工作，镇安办牵头开展为期两周的拉网式检查。截至7月10日，危化品方面：检查企业4家，发现一般隐患8条、"
            "已整改6条、限期整改2条。餐饮方面：检查门店15家，查出隐患11处，下达整改通知书4份。\n")
    ch = [p.text for e in summarize_document(text).essays for p in e.challenges]
    assert not any("隐患" in p for p in ch), ch


def test_meeting_tasks_after_a_guiding_frame_are_parts():
    s = ("会议强调，各级文旅部门要紧紧围绕“守底线、促提升”工作主线，着力优化游客服务，在提升满意度上实现新进展；"
         "扎实开展安全巡查，在守护游客安全上实现新进展；持续规范市场秩序，在净化旅游环境上实现新进展。")
    assert [s[a:b] for a, b in P.semicolon_measures(s)] == [
        "着力优化游客服务，在提升满意度上实现新进展", "扎实开展安全巡查，在守护游客安全上实现新进展",
        "持续规范市场秩序，在净化旅游环境上实现新进展"]


def test_guiding_frame_needs_a_measure_after_it():
    s = "会议强调，各级部门要紧紧围绕中心工作，这是大局；安全形势依然严峻，隐患仍然较多。"
    assert P.semicolon_measures(s) == []


def test_meeting_tasks_come_out_as_recommendations():
    text = ("4月2日，全市文旅市场工作会议召开。会议强调，各级文旅部门要紧紧围绕“守底线、促提升”工作主线，着力优化游客服务，"
            "在提升满意度上实现新进展；扎实开展安全巡查，在守护游客安全上实现新进展；持续规范市场秩序，在净化旅游环境上实现新进展。\n")
    rec = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert sum(any(k in p for p in rec) for k in ("优化游客服务", "开展安全巡查", "规范市场秩序")) == 3, rec
    assert not any("紧紧围绕" in p for p in rec), rec
