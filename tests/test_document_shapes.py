"""Document shapes a new user's trial found misread (issue 8): numbered papers (``1 …问题`` / ``2 …对策`` with
``2.1`` sub-headings), rectification reports (整改报告: run-in labels, narrative headings), nested markdown notes and
Traditional (Taiwan) prose. Inputs are small documents written for these tests."""

import summarizer
from summarizer import aspects as asp
from summarizer.clean import clean
from tests.aspect_helpers import points, roles

# --- numbered papers ---------------------------------------------------------------------------------------------

_PAPER_SECTIONS = (
    "1 社区养老服务面临的主要问题\n"
    "1.1 服务供给总量不足\n多数街道只有一处日间照料中心，床位长期紧张，排队入住的老人超过百人。\n"
    "1.2 专业护理人员短缺\n护理员工资低、劳动强度大，年轻人不愿从业，现有人员普遍年龄偏大。\n"
    "2 推动社区养老服务发展的对策\n"
    "2.1 扩大社区养老服务供给\n盘活闲置校舍和厂房，每个街道至少新建一处嵌入式养老机构。\n"
    "2.2 壮大专业护理人员队伍\n提高护理员薪酬待遇，与职业院校合作定向培养护理人才。\n"
    "3 结语\n社区养老关系千家万户，需要政府、市场和家庭共同努力。\n")


def _paper(head: str) -> str:
    return ("社区养老服务发展的困境与出路\n"
            "摘要：社区养老服务作用明显，但仍存在供给不足、人员短缺等问题。本文结合对两个城区的走访，提出扩大服务供给、"
            "壮大护理队伍等对策。\n" + head + _PAPER_SECTIONS)


def test_numbered_paper_sections_give_their_aspect_to_their_sub_headings():
    # the sections' structure is what this test reads: the rules alone (the learned model, on by default, also takes
    # the abstract's preview 社区养老服务作用明显，但仍存在供给不足、人员短缺等问题 as a challenge beside the headed ones)
    challenges, recommendations = points(_paper("关键词：社区养老；服务供给\n"), aspect_model=False)
    # a short label heading and its body's first sentence when that states the shortcoming by itself (recall31)
    assert challenges == ["服务供给总量不足", "专业护理人员短缺", "护理员工资低、劳动强度大，年轻人不愿从业，现有人员普遍年龄偏大"]
    assert recommendations == ["扩大社区养老服务供给", "壮大专业护理人员队伍"]


def test_an_article_number_line_keeps_the_next_lines_section_number():
    # the journal apparatus 文章编号：… ends at its line: the "1" of the section heading after it is no part of it
    text = "文章编号：1001-2345(2024)03-0011-04\n1 社区养老服务面临的主要问题\n"
    assert clean(text).text.startswith("1")  # (cleaning drops the space between CJK and a digit)
    challenges, recommendations = points(_paper("文章编号：1001-2345(2024)03-0011-04\n"), aspect_model=False)  # as above
    # a short label heading and its body's first sentence when that states the shortcoming by itself (recall31)
    assert challenges == ["服务供给总量不足", "专业护理人员短缺", "护理员工资低、劳动强度大，年轻人不愿从业，现有人员普遍年龄偏大"]
    assert recommendations == ["扩大社区养老服务供给", "壮大专业护理人员队伍"]


def test_a_numbered_measures_section_inside_a_problems_section_is_a_section_of_its_own():
    # the first section's number lost (an unnumbered heading line): 2 …对策 with its 2.x list still names measures,
    # and 3 结语 gives none
    text = "社区养老服务发展的困境与出路\n" + _PAPER_SECTIONS.replace("1 社区养老服务面临", "社区养老服务面临", 1)
    got = {h: (a, r) for h, a, r in roles(text)}
    assert got["推动社区养老服务发展的对策"] == (asp.RECOMMENDATION, "section")
    assert got["扩大社区养老服务供给"] == (asp.RECOMMENDATION, "point")
    assert got["结语"][0] is None
    challenges, recommendations = points(text)
    # a short label heading and its body's first sentence when that states the shortcoming by itself (recall31)
    assert challenges == ["服务供给总量不足", "专业护理人员短缺", "护理员工资低、劳动强度大，年轻人不愿从业，现有人员普遍年龄偏大"]
    assert recommendations == ["扩大社区养老服务供给", "壮大专业护理人员队伍"]


def test_a_studys_announcement_of_its_proposals_is_no_point():
    assert asp.announces_proposals("本文结合对两个城区的走访，提出扩大服务供给、壮大护理队伍等对策")
    assert asp.announces_proposals("本研究在分析成因的基础上提出了相应的政策建议")
    assert not asp.announces_proposals("政府应提出扩大服务供给的具体办法")  # the text is not the subject
    assert not asp.announces_proposals("本文认为养老服务供给不足")  # no proposal announced
    text = ("社区养老服务发展的困境与出路\n社区养老服务作用明显，但仍存在供给不足、专业人员短缺等问题。"
            "本文结合对两个城区的走访，提出扩大服务供给、壮大护理队伍等对策。\n"
            "政府应当盘活闲置校舍和厂房，每个街道至少新建一处嵌入式养老机构。\n")
    _, recommendations = points(text)
    assert recommendations == ["政府应当盘活闲置校舍和厂房，每个街道至少新建一处嵌入式养老机构"]


# --- rectification reports (整改报告) -----------------------------------------------------------------------------

_REPORT = (
    "关于区卫健委巡察整改情况的报告\n"
    "区委第二巡察组于今年三月对区卫健委开展了巡察，现将整改情况报告如下。\n"
    "一、加强组织领导，全面落实整改责任\n"
    "委党组召开专题会议研究部署，成立整改工作专班，逐项制定整改方案。截至目前，反馈的12个问题已整改完成10个。\n"
    "二、反馈问题的整改情况\n"
    "（一）关于“基层医疗服务能力不足”的问题\n"
    "1.村卫生室设备老化。部分村卫生室的诊疗设备使用超过十年，故障频发。\n"
    "整改措施：分两年为全区村卫生室更新诊疗设备，建立设备巡检台账。\n"
    "2.家庭医生签约流于形式。部分签约居民全年未接受过一次随访服务。\n"
    "整改措施：将随访次数纳入家庭医生绩效考核，每季度抽查签约服务质量。\n"
    "三、下一步工作打算\n"
    "继续盯住未完成的问题，定期开展整改“回头看”。\n")


def test_a_run_in_label_is_no_part_of_the_point_and_names_its_aspect():
    assert asp.run_in_label("整改措施：分两年更新诊疗设备") == (5, asp.RECOMMENDATION)
    assert asp.run_in_label("存在问题：设备老化") == (5, asp.CHALLENGE)
    # a rectification report's 整改情况 (what is done about the problem) is its measure: trialfix22b kind A made the label
    # name the recommendation aspect (the trial's gold of a 整改报告, Part 20's 813, takes its entries as measures)
    assert asp.run_in_label("整改情况：已更新设备") == (5, asp.RECOMMENDATION)
    assert asp.run_in_label("我们的看法：应当更新") is None  # not a label
    assert asp.run_in_label("整改措施：") is None  # nothing after it
    challenges, recommendations = points(_REPORT)
    assert "分两年为全区村卫生室更新诊疗设备，建立设备巡检台账" in recommendations
    assert "将随访次数纳入家庭医生绩效考核，每季度抽查签约服务质量" in recommendations
    assert not any(r.startswith("整改措施") for r in recommendations + challenges)


def test_label_offsets_still_point_into_the_original_text():
    summary = summarizer.summarize(_REPORT)
    for p in summary.essays[0].recommendations + summary.essays[0].challenges:
        assert _REPORT[p.start:p.end] == p.text
    rec = next(p for p in summary.essays[0].recommendations if p.text.startswith("分两年"))
    assert _REPORT[rec.start - 5:rec.start] == "整改措施："


def test_a_label_naming_the_other_aspect_moves_the_point():
    from summarizer.points import RawPoint, _labelled_points
    text = "二、下一步\n存在问题：部分村卫生室的诊疗设备老化，故障频发。\n"
    start = text.index("存在问题")
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [RawPoint(asp.RECOMMENDATION, start, len(text) - 2, 0.0)]}
    _labelled_points(text, out)
    assert out[asp.RECOMMENDATION] == []
    assert [text[p.start:p.end] for p in out[asp.CHALLENGE]] == ["部分村卫生室的诊疗设备老化，故障频发"]


def test_a_heading_over_a_report_of_work_done_is_no_measure():
    assert asp.narrates_done("委党组召开专题会议研究部署。截至目前，反馈的12个问题已整改完成10个。")
    assert not asp.narrates_done("截至目前，设备已更新一半，剩余部分应在年底前完成。")  # a modal: still proposes
    assert not asp.narrates_done("要成立整改工作专班，逐项制定整改方案。")
    challenges, recommendations = points(_REPORT)
    assert "加强组织领导，全面落实整改责任" not in recommendations
    # a report's closing invitation to supervise it is ceremony, no measure
    assert asp.states_neither("欢迎广大干部群众对整改工作进行监督")
    _, recommendations = points(_REPORT + "欢迎广大干部群众对整改工作进行监督。\n")
    assert not any(r.startswith("欢迎") for r in recommendations)
    # (the heading's quoted finding is a problem of its own, as gold reads a rectification report's quoted findings,
    # heading and sub-items alike: rule of Part 635; try48)
    assert "基层医疗服务能力不足" in challenges[0]
    assert challenges[1:3] == ["村卫生室设备老化", "家庭医生签约流于形式"]


# --- nested markdown notes ---------------------------------------------------------------------------------------

_NOTES = (
    "# 社区议事会记录\n\n"
    "## 问题\n"
    "- 停车位紧张\n"
    "  - 夜间车辆占用消防通道，打击居民投诉积极性\n"
    "  - 外来车辆随意停放\n\n"
    "## 下一步（会上商定）\n"
    "1. 挖潜增位\n"
    "   1. 利用边角空地增设30个停车位\n"
    "   2. 与周边单位协商错时共享车位\n"
    "2. 秩序管理\n"
    "   - 9月底前完成5处消防通道标线施划\n"
    "   - 对外来车辆实行登记收费\n"
    "3. 长效机制\n"
    "   - 物业每周巡查一次并公示结果\n")


def test_a_sub_bullet_under_a_problems_heading_is_a_challenge_only():
    challenges, recommendations = points(_NOTES)
    assert "夜间车辆占用消防通道，打击居民投诉积极性" in challenges
    assert "夜间车辆占用消防通道，打击居民投诉积极性" not in recommendations
    # (with no measures section at all, the fallback still leaves the problem's own heading alone)
    challenges, recommendations = points(_NOTES.split("## 下一步")[0])
    assert "夜间车辆占用消防通道，打击居民投诉积极性" in challenges
    assert "夜间车辆占用消防通道，打击居民投诉积极性" not in recommendations


def test_every_item_of_a_nested_next_steps_list_is_a_recommendation():
    assert asp.heading_aspect("下一步（会上商定）") == asp.RECOMMENDATION
    assert asp.heading_aspect("下一步工作打算") == asp.RECOMMENDATION
    _, recommendations = points(_NOTES)
    for item in ("利用边角空地增设30个停车位", "与周边单位协商错时共享车位", "9月底前完成5处消防通道标线施划",
                 "对外来车辆实行登记收费", "物业每周巡查一次并公示结果"):
        assert item in recommendations
    assert "挖潜增位" not in recommendations and "长效机制" not in recommendations


def test_an_outer_number_after_a_nested_list_goes_on_with_the_outer_list():
    from summarizer.structure import parse
    text = "1.挖潜增位\n1.利用边角空地增设停车位\n2.协商错时共享车位\n2.秩序管理\n3.长效机制\n"
    st = parse(text)
    outer = [st.heading(it) for it in st.roots]
    assert outer == ["挖潜增位", "秩序管理", "长效机制"]
    assert [st.heading(ch) for ch in st.roots[0].children] == ["利用边角空地增设停车位", "协商错时共享车位"]
    # a numbered list that opens further down (a paper's sections after a list of affiliations) is not nested
    text = "1.甲单位\n2.乙单位\n摘要：某某。\n正文很长。\n1.引言部分\n2.方法部分\n3.丙单位\n"
    st = parse(text)
    assert [st.heading(it) for it in st.items if it.parent is None][:2] == ["甲单位", "乙单位"]
    assert st.items[2].parent is None or st.heading(st.items[2].parent) != "乙单位"


def test_a_noun_phrase_heading_names_a_section_a_statement_does_not():
    assert asp.names_aspect_section("关于“基层医疗服务能力不足”的问题", asp.CHALLENGE)
    assert asp.names_aspect_section("社区养老服务面临的主要问题", asp.CHALLENGE)
    assert asp.names_aspect_section("推动社区养老服务发展的对策", asp.RECOMMENDATION)
    assert not asp.names_aspect_section("设施不到位", asp.CHALLENGE)  # a predicate, no 的 before it
    assert not asp.names_aspect_section("贫困村集体经济的发展动力不足", asp.CHALLENGE)  # 的 + subject + predicate
    assert not asp.names_aspect_section("存在的问题", asp.RECOMMENDATION)


# --- Traditional (Taiwan) prose ----------------------------------------------------------------------------------

_TW = ("托育政策該如何補強\n\n"
       "公共托育推動多年，據點與收托人數雖大幅成長，但托育人員流動的問題始終沒有解決。許多家長排了半年仍等不到名額。\n\n"
       "其次，托育資源分布不均。北部據點密集，東部與離島卻常常一位難求，家長只好請祖父母幫忙或辭職照顧。\n\n"
       "托育人員多按時數計酬，加班與夜間照顧不另計酬，收托臨時取消就沒有收入，實際月收入並不穩定。\n\n"
       "我們認為，政府應該改採月薪制，保障托育人員的基本收入。其次，應增加東部與離島的補助。"
       "再者，政府應儘早檢討托育補助的財源，研議長期穩定的經費來源，避免補助因經費不足而縮水。\n")


def test_taiwan_prose_cues_read_through_the_simplified_view():
    summary = summarizer.summarize(_TW)
    essay = summary.essays[0]
    challenges = [p.text for p in essay.challenges]
    recommendations = [p.text for p in essay.recommendations]
    assert any("政府應該改採月薪制" in r for r in recommendations)
    assert any(r.startswith("應增加東部與離島的補助") for r in recommendations)
    assert any("政府應儘早檢討托育補助的財源" in r for r in recommendations)
    assert any("問題始終沒有解決" in c for c in challenges)
    assert any("托育資源分布不均" in c for c in challenges)
    assert any("並不穩定" in c for c in challenges)
    for p in essay.challenges + essay.recommendations:
        assert _TW[p.start:p.end] == p.text  # offsets into the Traditional original
    # the same prose in Simplified gives the same points
    assert asp.prose_aspect("政府应该改采月薪制。") == asp.RECOMMENDATION  # 改采: a verb of change after a modal
    assert asp.prose_aspect("政府应尽早检讨补助的财源，避免补助因经费不足而缩水。") == asp.RECOMMENDATION  # 尽早: an adverb
    assert asp.sentence_aspect("其次，托育资源分布不均。") == asp.CHALLENGE
    assert asp.sentence_aspect("实际收入也并不稳定。") == asp.CHALLENGE


# --- records with a 建议： line ----------------------------------------------------------------------------------

def test_a_records_proposal_line_gives_its_items_and_is_no_challenge():
    # (闲置 in an item's object is a deficit word: the line was read as a problem besides its items)
    text = ("我区2005年以前建成的老旧小区有140个，普遍没有配建助餐点，独居老人吃饭难现象突出，家属投诉频发。\n"
            "建议：一是利用街道周边闲置地块建设社区食堂；二是推动机关企事业单位食堂错时向周边老人开放；"
            "三是在老旧小区改造中同步配建助餐点。\n")
    challenges, recommendations = points(text)
    assert recommendations == ["利用街道周边闲置地块建设社区食堂", "推动机关企事业单位食堂错时向周边老人开放",
                               "在老旧小区改造中同步配建助餐点"]
    assert len(challenges) == 1 and challenges[0].startswith("我区2005年")
