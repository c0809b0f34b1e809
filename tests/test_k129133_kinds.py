"""k129133: enumerations inside one abstract sentence (Parts 129 and 133) and purpose statements that name problems as
what a study sets out to find. Texts written for these tests."""

from summarizer import points as P
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_comma_separated_measures_after_a_recommendation_lead_each_a_point():
    # 提出了…建议，包括A，B，C，D等，E: each measure once, in clauses of its own, and one more after the 等
    text = ("摘要:社区养老服务站建成后运营困难。文章分析了站点运营中存在的主要问题, 提出了相应的改进建议, "
            "包括引入专业运营机构, 完善政府购买服务, 加强护理人员培训, 建立服务质量评估制度等, "
            "推广邻里互助模式。\n关键词:社区养老; 运营\n")
    _, rec = _points(text)
    for m in ("引入专业运营机构", "完善政府购买服务", "加强护理人员培训", "建立服务质量评估制度", "推广邻里互助模式"):
        assert any(m in p for p in rec), (m, rec)
    assert not any(sum(m in p for m in ("引入专业", "完善政府", "加强护理")) > 1 for p in rec)


def test_included_measure_list_function_reads_both_shapes():
    comma = "提出了相应的改进建议,包括引入专业运营机构,完善政府购买服务,加强护理人员培训等,为站点运营提供参考。"
    aspect, items = P.included_enumeration(comma, 0, len(comma))
    assert aspect == "recommendation"
    assert [comma[a:b] for a, b in items] == ["引入专业运营机构", "完善政府购买服务", "加强护理人员培训"]
    named = "研究提出老旧小区改造中所需的工程措施,包括管网更新、屋面防水、外墙保温、加装电梯等工程措施与技术,以期提供参考。"
    aspect, items = P.included_enumeration(named, 0, len(named))
    assert aspect == "recommendation"
    assert [named[a:b] for a, b in items] == ["管网更新", "屋面防水", "外墙保温", "加装电梯"]


def test_included_topics_or_narrative_clauses_are_no_measures():
    topics = "提出了相应的政策建议,包括财政投入、人才培养、技术研发等方面,为决策提供参考。"
    assert P.included_enumeration(topics, 0, len(topics)) == (None, [])
    # (a comma list whose clauses mostly open with no measure verb, and one with no closing 等, are not read)
    told = "提出了相应的改进建议,包括当地的经验,各方的看法,居民的需求等,为决策提供参考。"
    assert P.included_enumeration(told, 0, len(told)) == (None, [])
    open_ended = "提出了相应的改进建议,包括引入专业运营机构,完善政府购买服务,加强护理人员培训。"
    assert P.included_enumeration(open_ended, 0, len(open_ended)) == (None, [])


def test_causes_included_without_a_comma_each_a_challenge():
    text = ("一、当前的主要困难\n部分地区新能源消纳问题依然突出。其原因主要包括新增装机规模过大、本地负荷增长缓慢、"
            "系统调节能力不足以及外送通道能力不足。\n")
    ch, _ = _points(text)
    for m in ("新增装机规模过大", "本地负荷增长缓慢", "系统调节能力不足", "外送通道能力不足"):
        assert any(m in p and "本地负荷" not in p.replace(m, "") for p in ch if m in p), (m, ch)
    s = "其原因主要包括新增装机规模过大、本地负荷增长缓慢、系统调节能力不足以及外送通道能力不足。"
    aspect, items = P.included_enumeration(s, 0, len(s))
    assert aspect == "challenge" and len(items) == 4
    success = "该县脱贫成功的原因主要包括领导高度重视、群众积极参与、帮扶资金及时到位。"
    assert P.included_enumeration(success, 0, len(success)) == (None, [])


def test_a_pair_of_measures_named_before_the_proposal_noun():
    s = "针对上述情况,提出完善技术评估服务体系、扩大技术交易补贴范围的相关政策建议。"
    aspect, items = P.proposed_enumeration(s, 0, len(s))
    assert aspect == "recommendation"
    assert [s[a:b] for a, b in items] == ["完善技术评估服务体系", "扩大技术交易补贴范围"]
    # (two topics, no measure verb: not read)
    topics = "针对上述情况,提出技术评估、交易补贴的相关政策建议。"
    assert P.proposed_enumeration(topics, 0, len(topics)) == (None, [])


def test_purpose_of_finding_problems_is_no_challenge():
    assert P.seeks_named_problems("可以比较全面地了解当前高校专利运营的现状、所处阶段、存在的问题及其发展趋势")
    assert P.seeks_named_problems("本次调研也是为了查找社区治理中存在的问题")
    assert not P.seeks_named_problems("调研发现管护经费不足的问题")
    assert not P.seeks_named_problems("了解到该县存在资金不足、人员短缺等问题")
    assert not P.seeks_named_problems("通过调研了解到存在的问题,经费保障严重不足")
    text = ("基于三年的问卷数据对全市社区卫生服务进行对比分析,可以比较全面地了解当前社区卫生服务的现状、"
            "存在的问题及其发展趋势。\n\n服务网络基本建成\n\n全市共建成社区卫生服务中心42家。\n")
    ch, _ = _points(text)
    assert not any("存在的问题及其发展趋势" in p for p in ch), ch


def test_included_lists_that_are_no_proposed_measures_are_not_split():
    # (a lead that narrates measures taken, names the object of one, or does not propose: examples, not measures)
    done = "近年来,政府投入大量资金推动生育支持对策,包括育儿津贴、生育补助、托育补助、住房优惠等,结果效果有限。"
    assert P.included_enumeration(done, 0, len(done)) == (None, [])
    example = "基金会建议政府加快推进所有主要造地计划,包括新发展区、土地改划、铁路上盖物业及市区重建等,同时精简审批程序。"
    assert P.included_enumeration(example, 0, len(example)) == (None, [])
    # (a verb shared by the items: 豁免A、B is one measure, 完善C another)
    shared = "提出了减轻企业负担的措施,包括全额豁免商用车登记税、电动货车牌照费、完善以旧换新计划等,以期提供参考。"
    assert P.included_enumeration(shared, 0, len(shared)) == (None, [])
    # (the list opens a run of measure parts: read as that run, not split here)
    run = ("提出了城市内涝的综合应对策略,包括更新防控理念、推进海绵城市建设、加强排水工程建设;科学规划地下空间,"
           "加强设施防护;加快构建水网,提高预警能力。")
    assert P.included_enumeration(run, 0, len(run)) == (None, [])


def test_included_measures_keep_a_last_item_after_a_comma():
    s = "该基金会提出5大建议,包括强化预先照顾计划、优化生死教育、加强医社协作平台,以及完善居家离世的服务和流程。"
    aspect, items = P.included_enumeration(s, 0, len(s))
    assert aspect == "recommendation"
    assert [s[a:b] for a, b in items][-1] == "完善居家离世的服务和流程"
    assert len(items) == 4
