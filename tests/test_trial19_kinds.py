"""trial19 (issue 8): kinds a new user's trial on fresh inputs found (leftovers of trial18). Texts written for the
tests."""

from aspect_helpers import points
from summarizer import aspects as asp


# kind 1 (trial19 F2, leftover a): a wish a person voices to an authority (她希望相关部门清理…不合理门槛) asks for an
# action; the shortcoming it names is the object of that action, not a challenge

def test_request_to_an_authority_names_its_object_not_a_shortcoming():
    assert asp.requests_action("她希望相关部门清理小区周边不合理的收费项目")
    assert asp.requests_action("居民呼吁区住建局尽快修复破损路面")
    assert asp.challenge_strength("她希望相关部门清理小区周边不合理的收费项目。") == 0
    # (a shortcoming stated in its own clause still counts; so does one with no addressee)
    assert asp.challenge_strength("收费项目不合理，她希望相关部门清理。") == 1
    assert not asp.requests_action("她希望自己的孩子不再面临不合理的收费")
    assert not asp.requests_action("我们不是希望政府取消收费")  # (a denied wish)


def test_a_quoted_wish_is_no_challenge():
    text = ("菜市场搬迁后，摊主们的生意受到影响。摊主刘女士告诉记者，新市场租金过高，客流严重不足。"
            "她希望相关部门清理市场里不合理的收费项目，让小摊主能留下来。")
    c, r = points(text)
    assert "她希望相关部门清理市场里不合理的收费项目，让小摊主能留下来" not in c
    assert c == ["摊主刘女士告诉记者，新市场租金过高，客流严重不足"]


def test_request_reading_is_linear():
    s = "她希望相关部门" + "清理不合理收费" * 20000
    assert asp.requests_action(s)
    assert asp.challenge_strength(s + "。") == 0


# kind 2 (trial19 F3, leftover c): a notice's purpose lead-in (为…，确保…风险平稳可控，现就有关工作通知如下。) announces
# its parts; the risk in its purpose clause is what the parts aim at, so its measure headings (二、着力防范化解风险) are
# measures, and the announcement itself is no point

_NOTICE = ("关于做好汛期安全工作的通知\n各村、镇直各单位：\n为认真落实上级部署，确保全镇汛期安全风险平稳可控，"
           "现就有关工作通知如下。\n一、着力落实防汛责任\n各村要明确包保干部，落实巡查值守制度。\n二、着力防范化解风险\n"
           "要组织力量对河道堤防开展拉网式排查，确保隐患排查全覆盖。\n三、着力做好物资保障\n要提前储备沙袋、冲锋舟等物资。\n")


def test_purpose_lead_in_reads_its_announcing_clause():
    lead = "为认真落实上级部署，确保全镇汛期安全风险平稳可控，现就有关工作通知如下。"
    assert asp.lead_in_aspect(lead) is None
    assert asp.lead_in_aspect("为此，存在以下风险：") == asp.CHALLENGE  # (为此 opens no purpose)
    assert asp.lead_in_aspect("为解决上述问题，提出以下建议：") == asp.RECOMMENDATION
    assert asp.opens_purpose(lead) and not asp.opens_purpose("为此，现就有关工作通知如下。")


def test_measure_headings_under_a_purpose_lead_in_are_measures():
    c, r = points(_NOTICE)
    assert c == []
    assert [p for p in r if p.startswith("着力")] == ["着力落实防汛责任", "着力防范化解风险", "着力做好物资保障"]
    # (a body that opens with a bare modal, 要组织力量…, states its heading's measure as 应组织力量… does: a point of its
    # own under the heading, fix50b; the lead-in's purpose is none)
    assert all(p.startswith(("着力", "要")) for p in r)


def test_announcement_and_work_compound_state_no_shortcoming():
    assert asp.announces_following("为确保风险可控，现就有关工作通知如下。")
    assert not asp.announces_following("风险仍然较大。")
    assert asp.challenge_strength("要确保风险防范全覆盖、隐患排查无死角。") == 0
    assert asp.challenge_strength("风险防范意识薄弱。") == 1  # (the compound is the subject of a shortcoming)


# kind 3 (trial19 F4, leftover d): a numbered item typed on the line of the item before it (1.…，加强信息管理 2.开展…):
# the run lacks that number and the marker after a space is recovered, so each item's point ends at the next one

def test_glued_numbered_item_is_its_own_point():
    text = ("小区停车难的对策\n停车位严重不足，车辆乱停乱放现象突出。\n建议：\n1.挖掘现有停车资源，错时开放机关车位 "
            "2.建设立体停车库，增加停车泊位。\n3.加强违停巡查，规范停车秩序。\n")
    c, r = points(text)
    assert r == ["挖掘现有停车资源，错时开放机关车位", "建设立体停车库，增加停车泊位", "加强违停巡查，规范停车秩序"]


def test_glued_marker_needs_the_gap_and_a_single_place():
    from summarizer.structure import find_markers
    one = "1.挖掘停车资源 2.建设停车库。\n3.加强巡查。\n"
    assert [(it.value, it.start) for it in find_markers(one)] == [(1, 0), (2, 9), (3, 18)]
    # (no gap: a number inside a line of an unbroken run is no marker; two candidates: none is chosen)
    assert [it.value for it in find_markers("1.建设 2.好车库。\n2.加强巡查。\n")] == [1, 2]
    assert [it.value for it in find_markers("1.建设 2.车库 2.车位。\n3.加强巡查。\n")] == [1, 3]


def test_glued_marker_search_is_linear():
    from summarizer.structure import find_markers
    text = "1.建设" + " 2.停车库" * 20000 + "。\n3.加强巡查。\n"
    assert [it.value for it in find_markers(text)] == [1, 3]
    many = "".join(f"{i % 97 + 1}.建设 {i % 97 + 2}.车库。\n" for i in range(5000))
    assert len(find_markers(many)) >= 5000


# kind 4 (trial19 F1, leftover b): a 申论 essay's measures stated as prose paragraphs: one 要 over a run of measures
# (要深入开展A，推进B，引导C) prescribes each; a time frame (改革开放以来，) opens no measure; an awareness grown thin
# (意识淡薄) is a shortcoming; and the fallback keeps room for a thesis beside four stated measures

def test_one_weak_modal_over_a_run_of_measures():
    s = "要持续开展垃圾分类宣传教育，推动分类设施进小区，引导居民养成定时定点投放的习惯。"
    assert asp.weak_modal_run(s)
    assert asp.prose_aspect(s) == asp.RECOMMENDATION
    assert asp.weak_modal_run("宣传是基础，要持续开展垃圾分类宣传教育，推动分类设施进小区。")
    assert not asp.weak_modal_run("村民说要修路，修了三年也没修好。")  # (要 inside a clause)
    assert not asp.weak_modal_run("要持续开展垃圾分类宣传教育，效果很好。")  # (no second measure)


def test_time_frame_and_thin_awareness():
    assert asp.front_aspect("改革开放以来，城市面貌发生了巨大变化。") is None
    assert asp.front_aspect("加强基层队伍建设，充实网格员力量。") == asp.RECOMMENDATION
    assert asp.prose_aspect("一些地方居民环保意识淡薄，随意倾倒垃圾。") == asp.CHALLENGE


def test_four_prose_measures_and_a_thesis_are_all_kept():
    text = ("守好城市的“绿”\n\n城市绿地是居民的公共客厅。但一些地方绿地被侵占、养护跟不上，居民环保意识淡薄。"
            "加强城市绿地保护迫在眉睫。健全规划、养护、共治、执法相结合的护绿体系，守好城市的绿色底色。\n\n"
            "以规划为先，守住绿地的“红线”。规划是前提，要深入摸清绿地底数，划定绿线，严禁擅自改变绿地用途。\n\n"
            "以养护为要，提升绿地的“颜值”。养护是关键，要深入挖掘园林职工的技术经验，修订完善养护标准，开展养护质量评比。\n\n"
            "以共治为基，凝聚护绿的“合力”。共治是基础，要深入挖掘社区里的护绿故事，修订完善居民公约，开展“护绿家庭”评选。\n\n"
            "以执法为盾，织密护绿的“法网”。执法是保障，要严格查处侵占绿地的行为，加大巡查频次，形成有效震慑。\n\n"
            "绿色是城市的名片，守好这份绿，城市才更宜居。\n")
    c, r = points(text)
    assert [p for p in r if "，要" in p] == [
        "规划是前提，要深入摸清绿地底数，划定绿线，严禁擅自改变绿地用途",
        "养护是关键，要深入挖掘园林职工的技术经验，修订完善养护标准，开展养护质量评比",
        "共治是基础，要深入挖掘社区里的护绿故事，修订完善居民公约，开展“护绿家庭”评选",
        "执法是保障，要严格查处侵占绿地的行为，加大巡查频次，形成有效震慑"]
    assert "健全规划、养护、共治、执法相结合的护绿体系，守好城市的绿色底色" in r  # (the thesis keeps its place)


# kind 5 (trial19 F5, F7): a remedy read past an adverb of degree (要尽量减少…不利影响) or a verb of deliberation whose
# object is the remedy's work (会议研究防范化解…风险等工作): the harm or the risk is what the measure removes

def test_remedy_after_degree_adverb_or_deliberation_verb():
    assert asp.opens_with_remedy("要尽量减少道路施工对居民出行带来的不利影响")
    assert asp.deliberates_remedy("研究防范化解校园周边安全风险等工作")
    assert not asp.deliberates_remedy("研究发现校园周边安全风险突出")
    assert asp.challenge_strength("要尽量减少道路施工对居民出行带来的不利影响。") == 0
    assert asp.challenge_strength("区长主持召开常务会议，研究防范化解校园周边安全风险等工作。") == 0
    assert asp.challenge_strength("研究发现，校园周边安全风险突出。") == 2  # (研究 as a finding: the risk is stated)


def test_meeting_agenda_is_no_challenge():
    text = ("区政府召开常务会议\n\n3月5日，区长主持召开区政府常务会议，研究防范化解校园周边安全风险等工作。"
            "当前，部分学校周边交通秩序混乱，接送车辆乱停乱放问题突出。区里将尽量减少道路施工对学生上下学带来的不利影响，"
            "公安交警部门要加强上下学时段的巡逻疏导。\n")
    c, r = points(text)
    assert c == ["部分学校周边交通秩序混乱，接送车辆乱停乱放问题突出"]


# kind 6 (trial19 F6): a prohibition of a failing (更不能不敢作为) forbids, as 不能 does; 不能不 (must) still does not

def test_prohibition_of_a_failing_is_no_shortcoming():
    s = "干部要沉到一线，不能脱离实际，更不能不敢担当、不愿作为。"
    assert asp.prose_aspect(s) is None  # (no longer read as stated shortcomings)
    assert asp.challenge_strength(asp._without_forbidding(s)) == 0
    assert asp._OPENING_PROHIBITION.match("更不能不敢担当")
    assert asp._OPENING_PROHIBITION.match("不能不重视安全") is None  # (不能不: must)


# kind 7 (trial19 F3 left): a condition that a measure answers (一旦发生险情，“一村一案”妥善转移…) states no shortcoming;
# a quoted method before a manner adverb is read past to the remedy

def test_condition_answered_by_a_measure_is_no_shortcoming():
    s = "一旦发生险情，“一村一案”妥善化解群众的矛盾纠纷，维护社会稳定。"
    assert asp.challenge_strength(s) == 0
    assert asp.front_aspect(s) is None
    assert asp.sentence_aspect(s) == asp.RECOMMENDATION
    assert asp.opens_with_remedy("“一村一案”妥善化解群众的矛盾纠纷")
    assert not asp.opens_with_remedy("“一村一案”化解效果不佳")  # (no manner adverb after the quote: not read past)
    assert asp.challenge_strength("如果监管不到位，就会导致风险蔓延。") == 3  # (no measure answers it: stated)
