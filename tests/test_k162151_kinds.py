"""Rules of helper k162151 (Parts 162 and 151): an inspection's findings sentence gives one challenge per finding,
violations included (``督察发现，一些…；一些…；有的…``: points.inspection_finding_spans), and a notice's act of making
its cases public is neither aspect (``…决定公开通报其中12个典型问题``: aspects.announces_cases_notice), nor is an
enforcement office's report of the fines it imposed (``…合计裁罚86万元``: aspects.reports_sanction_imposed), and a
leader's demand on the bodies under him is a measure (``…同时要求各村进一步…``: aspects.directs_subordinates). Texts of
the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import inspection_finding_spans


def _points(text: str) -> dict[str, list[str]]:
    essays = summarize_document(text).essays
    return {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_findings_sentence_parts_one_finding_each_violations_included():
    s = ("巡视检查发现，一些区县河长制责任落实不到位；一些乡镇违法批准河道采砂、非法占用河滩地；部分地方以清淤疏浚名义"
         "违规采砂；有的村对检查发现问题整改不力，这些违法违规行为严重影响防洪安全")
    assert [s[a:b] for a, b in inspection_finding_spans(s)] == [
        "一些区县河长制责任落实不到位", "一些乡镇违法批准河道采砂、非法占用河滩地", "部分地方以清淤疏浚名义违规采砂",
        "有的村对检查发现问题整改不力"]


def test_findings_sentence_comma_before_new_subject_parts_it():
    s = "审计发现，一些单位违规发放津贴补贴，部分项目资金闲置两年以上，有的甚至虚报冒领"
    assert [s[a:b] for a, b in inspection_finding_spans(s)] == [
        "一些单位违规发放津贴补贴", "部分项目资金闲置两年以上，有的甚至虚报冒领"]


def test_findings_sentence_needs_an_inspection_lead_and_two_findings():
    # a bare 发现 (a method) is no inspection's lead-in
    assert inspection_finding_spans("我们从群众来信中发现，一些乡镇违法批准采砂；部分地方违规采砂") == []
    # one finding only: the prose path reads it
    assert inspection_finding_spans("检查发现，一些乡镇违法批准河道采砂") == []
    # parts that prescribe are no findings
    assert inspection_finding_spans("检查发现，一些乡镇要加强采砂管理；部分地方应严查违规采砂") == []


def test_findings_sentence_violation_parts_come_out_as_challenges():
    text = ("为加强河道管理，省水利厅组织开展了河湖执法检查。检查发现，一些区县河长制责任落实不到位，对违法采砂苗头制止"
            "不及时；一些乡镇违法批准河道采砂、非法占用河滩地；部分地方以清淤疏浚名义违规采砂；有的村对检查发现问题整改"
            "不力甚至弄虚作假，这些违法违规行为严重影响防洪安全。\n为发挥警示作用，省水利厅决定公开通报其中12个典型问题。\n")
    points = _points(text)
    assert any("违法批准河道采砂、非法占用河滩地" in p for p in points["challenges"])
    assert any("以清淤疏浚名义违规采砂" in p for p in points["challenges"])
    assert not any("公开通报" in p for p in points["challenges"] + points["recommendations"])


def test_cases_notice_act_is_neither():
    assert asp.announces_cases_notice("5月6日，水利部集中公开通报23个河湖违法违规典型问题")
    assert asp.announces_cases_notice("为发挥警示作用，省水利厅决定公开通报其中12个典型问题")
    assert asp.states_neither("5月6日，水利部集中公开通报23个河湖违法违规典型问题")
    # a problem before the clause is the point, not the notice
    assert not asp.announces_cases_notice("一些地方河道采砂监管不到位，媒体曝光3起典型问题")
    # no count of cases: not the notice's act
    assert not asp.announces_cases_notice("水利部公开通报了河湖管理中的突出问题")


def test_sanctions_imposed_are_work_done():
    assert asp.reports_sanction_imposed("查获5家违反水污染防治法，违规情形包括偷排废水、未依证排放，合计裁罚86万元，并要求限期改善")
    assert asp.reports_sanction_imposed("执法人员当场查获两处焚烧垃圾，当场开罚")
    assert asp.states_neither("查获5家违反水污染防治法，违规情形包括偷排废水、未依证排放，合计裁罚86万元")
    # a fine that will or may be imposed is a rule or a measure; a fine found too light is a problem
    assert not asp.reports_sanction_imposed("逾期未改善者，将依法开罚2万元以上罚锾")
    assert not asp.reports_sanction_imposed("对偷排企业仅罚款5万元，违法成本过低")
    assert not asp.reports_sanction_imposed("企业可能面临罚款500万元")
    text = ("县环保局上月针对河岸工厂执行水污染稽查，共查核30家次，查获5家违反水污染防治法，违规情形包括偷排废水、未依证排放，"
            "合计裁罚86万元。另以无人机巡查河滩，查获焚烧垃圾2件，各处罚款3000元。\n")
    points = _points(text)
    assert not any(k in p for p in points["challenges"] for k in ("裁罚", "罚款", "查获"))


def test_leader_demand_on_subordinates_is_a_measure():
    assert asp.directs_subordinates("同时要求各乡镇进一步压实管护责任，按期完成补植补造任务")
    assert asp.prose_aspect("局长要求各乡镇切实加强巡山护林") == asp.RECOMMENDATION
    # 要求 as a standard met or missed, or a demand whose object states a shortcoming, is no demand on subordinates
    assert not asp.directs_subordinates("部分乡镇未按要求进一步落实巡山制度")
    assert not asp.directs_subordinates("上级要求基层进一步减负，但督查检查仍然过多过频")
    # some bodies' demand told as a fault, and a demand already made (work done), are no leader's directive
    assert not asp.directs_subordinates("一些地方个别单位要求供应商务必先行垫付全部货款")
    assert not asp.directs_subordinates("水务局已要求各水厂加快检修进度")
    text = ("东山县林业局检查村级护林工作\n4月2日，东山县林业局局长李明带队，对北岭村和南溪村的护林员巡护、防火宣传等工作"
            "开展检查。检查组先后察看了两个村的巡护记录和宣传点位，听取了村干部的意见。李明充分肯定了两个村在护林方面的成效，"
            "同时要求各村进一步压实管护责任，按照时间节点完成补植补造任务。\n")
    points = _points(text)
    assert any("进一步压实管护责任" in p for p in points["recommendations"])
    assert not any("压实管护责任" in p for p in points["challenges"])


def test_findings_and_notice_rules_are_linear():
    assert_linear(lambda n: inspection_finding_spans("检查发现，" + "一些乡镇违法采砂；" * n), 2_000, "many findings")
    assert_linear(lambda n: inspection_finding_spans("检查发现，" + "治" * n), 25_000, "a long finding")
    assert_linear(lambda n: inspection_finding_spans("检查发现" * n), 5_000, "leads with no comma")
    assert_linear(lambda n: asp.announces_cases_notice("通报" + "，治" * n + "3个问题"), 10_000, "many clauses")
    assert_linear(lambda n: asp.reports_sanction_imposed("裁罚" * n + "治"), 10_000, "fines with no amount")
    assert_linear(lambda n: asp.directs_subordinates("要求" * n + "治"), 10_000, "demands with no adverb")
    assert_linear(lambda n: summarize_document("检查发现，" + "一些乡镇违法采砂；" * n), 50, "a long findings sentence")


def test_a_demand_for_the_visits_own_paperwork_is_no_measure():
    # (the fifty-first session's lead: newuser36a's research-visit news gives no point; a leader who asks the team to
    # write up its report directs no measure, while a demand with one clause of substance still does)
    from summarizer.aspects import directs_subordinates, paperwork_demand
    assert paperwork_demand("认真梳理调研材料，尽早完成调研报告。")
    assert not paperwork_demand("切实加强巡山护林，并于月底前上报工作总结。")
    assert not directs_subordinates("座谈结束后，组长说，此行收获很多，要求课题组认真整理座谈材料，按时报送调研报告。")
    assert directs_subordinates("会上，局长要求各乡镇切实加强巡山护林，并于月底前上报工作总结。")
