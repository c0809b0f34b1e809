"""Kinds of Parts 66-67 leftovers fixed by w67b, on texts of the tests' own: a finding or complaint and the demand to
fix it in one sentence (points._demand_turn), a modal whose predicate is an idiom of manner or a run of bare verbs
(aspects._modal_actions, aspects.tagged_action) and an action judged 十分重要 (aspects.urgent_measure)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import _demand_turn


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_inspection_finding_then_demand_splits():
    ch, rec = _points("节前安全检查\n近日,镇安监办组成检查组,对辖区企业开展安全隐患排查。检查发现部分企业消防器材过期、"
                      "疏散通道堆放杂物,检查组现场提出整改意见,要求存在隐患的企业于5日内整改到位。")
    assert any("消防器材过期" in p and "要求" not in p for p in ch)
    assert any(p.startswith("要求存在隐患的企业于5日内整改到位") for p in rec)


def test_complaint_then_residents_demand_splits():
    ch, rec = _points("村民来信\n村口的垃圾堆已经半年无人清理,臭气熏天,村民多次要求镇政府尽快清运。")
    assert ch == ["村口的垃圾堆已经半年无人清理,臭气熏天"]
    assert rec == ["要求镇政府尽快清运"]


def test_traditional_finding_then_demand_splits():
    ch, rec = _points("檢查發現部分企業消防器材過期、疏散通道堆放雜物,檢查組現場提出整改意見,要求存在隱患的企業於5日內整改到位。")
    assert rec == ["要求存在隱患的企業於5日內整改到位"]
    assert any("消防器材過期" in p for p in ch)


def test_demand_turn_spans_and_refusals():
    s = "检查发现部分企业消防器材过期、疏散通道堆放杂物,检查组现场提出整改意见,要求存在隐患的企业于5日内整改到位。"
    turn, spans = _demand_turn(s)
    assert s[:turn].endswith("整改意见") and [s[a:b] for a, b in spans] == ["要求存在隐患的企业于5日内整改到位"]
    # a topic or case clause before the demand names what it addresses, no finding
    assert _demand_turn("针对排查中发现的问题和隐患,检查组当场提出整改意见,并要求相关责任人立即整改。") is None
    assert _demand_turn("对于不能立即整改的,责令其限期整改,确保隐患得到彻底消除。") is None
    # a requirement named as a noun, or a demand whose act sets nothing right
    assert _demand_turn("部分企业消防器材过期,不符合安全生产要求,存在较大隐患。") is None
    assert _demand_turn("教师负担过重,上级要求越来越高。") is None
    # a demand made before (its neglect is the fault), a meeting's directives, a demand after a measure already made
    assert _demand_turn("监管条例过时,议会数年前已要求政府检讨,惟一直没有下文。") is None
    assert _demand_turn("市政府高度重视审计查出问题的整改工作,召开常务会议专题部署,要求各部门限期整改。") is None
    assert _demand_turn("各乡镇要及时了解工程存在的问题,督促落实整改。") is None
    # a run of demanded acts is left to the directive readers
    assert _demand_turn("部分单位设施不全,要求各单位加强管理,加强巡查,确保安全。") is None


def test_demand_turn_is_linear():
    assert_linear(lambda n: _demand_turn("设施不全," * n + "要求立即整改。"), 4_000, "many comma clauses")
    assert_linear(lambda n: _demand_turn("设施不全,要求" + "整" * n), 20_000, "one long act")
    assert_linear(lambda n: _demand_turn(",要求单位" * n), 4_000, "many demands with no finding")


def test_modal_with_manner_idiom_predicate_is_a_measure():
    assert asp.prose_aspect("服务设计应因地制宜。") == asp.RECOMMENDATION
    assert asp.prose_aspect("治理农村垃圾要因时制宜。") == asp.RECOMMENDATION
    assert asp.prose_aspect("对此，政府应当多管齐下。") is None  # (announces the measures after it)
    assert asp.prose_aspect("这些村庄因地制宜发展了特色产业。") is None


def test_modal_over_coordinated_bare_verbs_is_a_measure():
    assert asp.prose_aspect("政府推动电子政务除了提量,还须提速、提效和提质。") == asp.RECOMMENDATION
    assert asp.tagged_action("提速、提效和提质。")
    assert not asp.tagged_action("提速、")


def test_action_judged_very_important_is_a_measure():
    assert asp.urgent_measure("另外,加强监督也十分重要。")
    assert asp.sentence_aspect("另外,加强监督也十分重要。") == asp.RECOMMENDATION
    assert not asp.urgent_measure("积极的养育观念十分重要。")  # (a thing's worth, no action)
    assert not asp.urgent_measure("加强监督具有十分重要的意义。")


def test_suggested_means_with_ke_is_a_measure():
    assert asp.suggests_means("团队成员们认为可以充分利用各类媒体大力宣传治理农村环境污染的必要性。")
    assert asp.prose_aspect("政府可参照证券市场对违法人员设定禁入制度。") == asp.RECOMMENDATION
    assert not asp.suggests_means("村里可以利用的资源很少。")  # (a relative clause: what there is)
    assert not asp.suggests_means("这项技术可以运用于多个领域。")  # (what a thing can do)
    assert not asp.suggests_means("是否可以考虑设立基金?")  # (a question: asks_for_measure's to read)
    assert not asp.suggests_means("这种做法不可采用。")


def test_suggested_means_is_linear():
    assert_linear(lambda n: asp.suggests_means("可" * n), 20_000, "a run of 可")
    assert_linear(lambda n: asp.suggests_means("政府可以借鉴," * n), 4_000, "many suggestions")
