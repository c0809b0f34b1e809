"""Several points in one sentence (kinds31), tested on texts written for the tests: a ``、`` enumeration of problems
framed by a verb and a problem noun in the problems' section is split into its items when it is too long for one
point (a point cut at the longest point's length lost its last items); a run of four measures under one modal in a
long sentence gives one point per measure."""

from costs import assert_linear

from summarizer import points
from summarizer.aspects import CHALLENGE, RECOMMENDATION
from summarizer.points import RawPoint
from summarizer.sentences import Sentence
from summarizer.pipeline import summarize_document

LONG = ("当前，全市社区养老服务仍然存在专业护理人员数量严重不足、日间照料中心设施陈旧老化、居家上门服务项目覆盖范围偏窄、"
        "服务质量评价监督机制长期缺位、信息化管理平台建设明显滞后等突出问题。")
SHORT = "目前，部分社区仍然存在活动场地面积偏小、志愿服务队伍不稳定等问题。"
ITEMS = ["专业护理人员数量严重不足", "日间照料中心设施陈旧老化", "居家上门服务项目覆盖范围偏窄", "服务质量评价监督机制长期缺位",
         "信息化管理平台建设明显滞后"]


def test_long_framed_problems_reads_only_an_enumeration_longer_than_a_point():
    assert [LONG[a:b] for a, b in points.long_framed_problems(LONG, 60)] == ITEMS
    assert points.long_framed_problems(LONG, 80) == []  # (69 characters from the first item to the last fit in 80)
    assert points.long_framed_problems(SHORT, 60) == []
    # two short enumerations in one sentence are two, not one long one
    two = "部分社区存在活动场地面积偏小、志愿服务队伍不稳定等问题，" + "有的" * 30 + "，部分村庄存在垃圾清运不及时、污水收集设施不足等问题。"
    assert len(points.framed_problems(two)) == 4 and points.long_framed_problems(two, 60) == []


def test_long_framed_problems_is_linear():
    assert points.long_framed_problems("存在" + "问题不足、" * 20_000 + "等问题", 60) == []
    assert_linear(lambda n: points.long_framed_problems("存在" + "人员不足、" * n + "等问题。", 60), 2_500,
                  "a long framed enumeration")


def _challenges(text: str) -> list[str]:
    return [p.text for e in summarize_document(text).essays for p in e.challenges]


def _framed_points(text: str, region: str | None, lumped: bool) -> list[str]:
    """The challenges :func:`points._framed_problem_points` leaves for ``text`` (one sentence) read in ``region``,
    starting from one point that lumps the whole sentence (cut at 60 characters) when ``lumped``."""
    s = Sentence(0, 0, len(text), text, "sentence")
    out = {CHALLENGE: [RawPoint(CHALLENGE, 0, 60)] if lumped else [], RECOMMENDATION: []}
    points._framed_problem_points(text, [s], out, 60, len(text), lambda pos: region)
    return sorted(text[p.start:p.end] for p in out[CHALLENGE])


def test_the_problems_region_splits_a_long_enumeration_only():
    assert _framed_points(LONG, CHALLENGE, True) == sorted(ITEMS)  # (the lumped point gives way to the items)
    assert _framed_points(SHORT, CHALLENGE, False) == []  # (a short one fits one point: left to the region's readers)
    assert _framed_points(LONG, RECOMMENDATION, False) == []  # (the measures' region: no problems read here)
    assert sorted(_framed_points(SHORT, None, False)) == ["志愿服务队伍不稳定", "活动场地面积偏小"]  # (no region: as before)


def test_a_long_enumeration_in_the_problems_section_gives_each_item():
    text = ("社区养老服务调查报告\n\n一、存在的问题\n\n" + LONG + "\n\n二、对策建议\n\n"
            "（一）加强护理人员队伍建设。\n\n（二）完善服务质量监督机制。\n")
    found = _challenges(text)
    for item in ITEMS:  # (the last items too, which one point of 60 characters lost), one point each
        assert sum(item in c for c in found) == 1 and not any(item in c and ITEMS[-1] in c for c in found[:-1]), found


def test_a_short_enumeration_in_the_problems_section_stays_one_point():
    text = ("社区活动调查报告\n\n一、存在的问题\n\n" + SHORT + "\n\n二、对策建议\n\n"
            "（一）扩大活动场地。\n\n（二）稳定志愿服务队伍。\n")
    found = _challenges(text)
    assert any("活动场地面积偏小" in c and "志愿服务队伍不稳定" in c for c in found), found


def test_a_long_run_of_four_measures_under_one_modal_gives_each_measure():
    s = ("为此，应当加大对农村和偏远地区公共文化设施建设的财政投入力度，完善乡镇综合文化站的日常管理与考核评价制度，"
         "培育扎根乡土的群众文艺骨干和文化志愿者队伍，推动优质公共文化资源向偏远山区村落持续下沉。")
    aspect, spans = points.modal_comma_run(s)
    assert aspect == RECOMMENDATION
    assert [s[a:b] for a, b in spans] == [
        "加大对农村和偏远地区公共文化设施建设的财政投入力度", "完善乡镇综合文化站的日常管理与考核评价制度",
        "培育扎根乡土的群众文艺骨干和文化志愿者队伍", "推动优质公共文化资源向偏远山区村落持续下沉"]
    # three measures stay one point (MODAL_RUN_ITEMS)
    three = s[:s.rfind("，")] + "。"
    assert points.modal_comma_run(three * 1) == (None, []) or len(points.modal_comma_run(three)[1]) == 0


def test_a_council_request_with_qing_and_an_addressee_is_a_demand():
    from summarizer import aspects as asp
    for s in ("一、请县府积极筹设本县污水处理厂，以改善河川水质。", "建请市府协调交通局，适度增开偏远地区公车班次。",
              "请相关部门尽快修复破损路面。"):
        assert asp.news_demand(s) and asp.requests_action(s), s
    for s in ("符合条件的农户可申请政府补助资金。", "论坛邀请政府官员出席座谈。", "报请市政府审议后实施。", "请县领导重视。"):
        assert not asp.news_demand(s) and not asp.requests_action(s), s


def test_council_requests_listed_after_a_neutral_lead_are_recommendations():
    text = ("县议会定期会总质询告一段落\n\n议长表示，为期十天的总质询已经结束。这三项总质询及地方考察事项分别是：\n"
            "一、请县府积极筹设本县污水处理厂，以改善河川水质。\n"
            "二、请县府持续补足长照专业人力，为失能长者争取照顾资源。\n"
            "三、建请县府协调公路单位，适度增开偏远村落公车班次。\n")
    recs = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    for item in ("积极筹设本县污水处理厂", "持续补足长照专业人力", "适度增开偏远村落公车班次"):
        assert any(item in r for r in recs), (item, recs)


def test_a_members_numbered_proposals_are_recommendations():
    from summarizer import aspects as asp
    assert asp.lead_in_aspect("会上，委员们对工作报告进行了讨论，并提出了具体整改建议：") == RECOMMENDATION
    assert asp.lead_in_aspect("代表们提出四点建议：") == RECOMMENDATION
    assert asp.lead_in_aspect("专家有以下建议：") == "other"  # (an expert's list stays reported: test_merge19_kinds)
    assert asp.lead_in_aspect("《通知》提出了以下建议：") == "other"  # (a document's proposals stay reported)
    text = ("区政协召开专题协商会\n\n会上，委员们对各街道的自评报告进行了点评，并给出了具体整改建议：一是强化数据与材料的"
            "关联性，确保描述与分析相辅相成；二是优化报告结构，注重前后逻辑衔接；三是深入挖掘典型案例，突出教学特色。\n")
    recs = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    for item in ("强化数据与材料的关联性", "优化报告结构", "深入挖掘典型案例"):
        assert any(item in r for r in recs), (item, recs)


def test_a_proposal_verb_and_its_comma_announce_a_numbered_list():
    from summarizer import aspects as asp
    assert asp.lead_in_aspect("委员王某在发言中提了两条建议，") == RECOMMENDATION
    assert asp.lead_in_aspect("李明代表建议，") == RECOMMENDATION
    assert asp.lead_in_aspect("《方案》建议，") == "other"  # (a document's proposals stay reported)
    assert asp.lead_in_aspect("他的建议，") is None  # (a noun phrase that goes on: no announcement)
    text = ("市政协召开座谈会\n\n委员王某在发言中提了两条建议，一是针对山区学校实施教师队伍振兴计划，"
            "二是加大对山区教育转移支付力度。\n")
    recs = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert any(r.startswith("针对山区学校实施教师队伍振兴计划") for r in recs), recs
    assert any(r.startswith("加大对山区教育转移支付力度") for r in recs), recs


def test_the_proposal_comma_tail_is_linear():
    from summarizer import aspects as asp
    assert_linear(lambda n: asp.lead_in_aspect("建议， " * n + "，"), 2_500, "many proposal verbs and commas")
    assert_linear(lambda n: asp.lead_in_aspect("建议，" + " " * n + "，"), 25_000, "a long run of spaces")
    assert_linear(lambda n: points.speaker_proposal("李委员建议，" + "加强管理，" * n + "完善制度。"), 2_500,
                  "a long proposal of many clauses")


def test_the_hong_kong_ji_of_a_wish_is_a_demand_but_not_hebei():
    from summarizer import aspects as asp
    assert asp.news_demand("轮候时间太长，冀政府可缩短审查时间至三十天内。")
    assert not asp.news_demand("京津冀政府间合作机制逐步完善。")


def test_a_demand_chain_ends_at_its_purpose_and_at_a_question_or_rejected_course():
    s = "议员要求县府应积极争取观光航班，并协助在地业者转型，同时改善港区交通，以提振地方经济。"
    assert [s[a:b] for a, b in points.addressed_demand_clauses(s)] == [
        "积极争取观光航班", "协助在地业者转型", "改善港区交通"]  # (以提振…: the aim, no fourth demand; 并/同时 left out)
    two = "议员要求县府应积极争取观光航班，并协助在地业者转型，以提振地方经济。"
    assert points.addressed_demand_clauses(two) == []  # (two demands and the aim stay one point)
    turned = "议员要求县府应清查公有停车位，是否有闲置情形，并将多余车位开放，而非任其闲置。"
    assert points.addressed_demand_clauses(turned) == []  # (the chain turns to a question after its first act)
    means = "会议要求各单位要坚持问题导向，以钉钉子精神抓落实，加强统筹协调，压实工作责任。"
    assert len(points.addressed_demand_clauses(means)) == 4  # (a 以-clause inside the chain is an act of it)


def test_a_long_speakers_proposal_gives_each_measure():
    s = ("李委员建议，建立城乡学校教师长周期结对帮扶机制，同时加大对边远山区乡村学校教师周转宿舍等基础设施的建设力度，"
         "并在教师津贴和职称评定上给予更多倾斜。")
    assert [s[a:b] for a, b in points.speaker_proposal(s)] == [
        "建立城乡学校教师长周期结对帮扶机制",
        "同时加大对边远山区乡村学校教师周转宿舍等基础设施的建设力度，并在教师津贴和职称评定上给予更多倾斜"]
    short = "王委员建议，完善护理员认定制度，构建多层次的薪酬激励体系。"  # (it fits one point: one point)
    assert [short[a:b] for a, b in points.speaker_proposal(short)] == ["完善护理员认定制度，构建多层次的薪酬激励体系。"]
    parts = ("张委员建议，增强早期监测预警能力，建立及时有效的预防机制；健全统一的应急物资保障体系，加快补齐医疗防治的"
             "硬件设施短板。")  # (its ；-parts are the measures: left whole to the ；-part readers)
    assert len(points.speaker_proposal(parts)) == 1
