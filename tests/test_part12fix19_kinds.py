"""Failure kinds Part 12 of the aspect corpus (701-711) left open, each on a text written for the test.

1. A body that turns from achievements to a run of shortfalls (``布局合理，设施齐全，但A达不到要求，B少，C小，没有D``)
   gave one window that began with the achievements and stopped at a point's length: the clauses after the turn are
   challenges, one point each (:func:`summarizer.points.turned_shortfalls`, cue groups ``shortfall_adjective_end``,
   ``lack_opening``, ``unmet_standard``, ``turn_frame``, ``turn_run_end``, ``turn_condition_consequence``); a
   standard not met (``达不到要求``) is a predicate, not a label ending in 要求 (:func:`summarizer.aspects.
   states_no_problem`).
2. A label over narration of work done (``成立工作小组：我院成立了…``) was a measure: its verb reads as an imperative
   only without its body (:func:`summarizer.aspects.labels_work_done`).
3. A quotation of several sentences stayed one sentence unit (``“…。A，这阻碍了B。我建议，C；D。…。”某某说。``), so a
   quoted speech's problem and proposals were cut from one window: the points stage reads the quotation's sentences
   (:func:`summarizer.sentences.quotation_sentences` in :func:`summarizer.pipeline.points_stage`; the summary keeps
   the whole units). A cause stated as ``既有A的原因，也有B的原因`` is a cause, not a back-reference
   (:func:`summarizer.aspects._states_cause`).
4. A participant's problem and wish in meeting news (``代表某某表示，A，B，希望能尽快…``) was dropped whole as a report
   of another's words: it is read past the speaker's frame (:func:`summarizer.points._measure_tail_points`); a
   chair's procedural wish (``希望大家踊跃发言``) is no measure (:func:`summarizer.aspects.procedural_wish`, cue group
   ``speaking_word``), and an official's praise of a proposal (``你这个建议非常好``) no problem
   (:func:`summarizer.aspects.states_praise`, cue group ``praise_end``).
5. A call on several listed actors (``家庭、学校和政府均需要承担应有的责任，…，采取…，为…创造…``; themes collection
   leftbehind) was no measure: the call and the clauses after it that open with an imperative or state what they
   create for those they serve are measures (:func:`summarizer.points.joint_call` in :func:`summarizer.points.
   comma_run_items`, cue groups ``joint_call_quantifier``, ``joint_call_modal``, ``joint_purpose_verb``), also in the
   part after a sentence's last ``；``; a problem's window that ran on into the run ends before it.
6. A list of quoted complaints that ends a sentence (``其下依序为：“A”、“B”、“C、D或E”。``) was cut to a point's window:
   each quotation is an item (:func:`summarizer.points.quoted_list_items`); a clause that assigns a further measure
   to an agent (``建议A，责成B，同时由某部门严格管控进度``) was not a point of its own
   (:func:`summarizer.points.assigned_agent_clause`, cue groups ``agent_assign``, ``agent_assign_opener``,
   ``agent_assign_lookalike``).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P
from summarizer.sentences import quotation_sentences, split_sentences

_REPORT = ("卫生院服务能力自查报告\n为了落实《执业医师法》,切实改善服务条件,根据县卫健委《关于开展基层医疗机构达标评估工作的"
           "实施意见》,开展了认真的自查评估。\n成立自查工作领导小组:我院成立了以院长为组长,各科室主任为成员的领导小组。首先认真"
           "学习县卫健委关于开展基层医疗机构达标评估工作的实施意见,逐项对照打分,就自查情况汇报如下:\n1、门诊和病房。我院布局合理,"
           "标识清楚,消毒设施齐全,但病床数量达不到要求,候诊椅少,药房面积小,没有独立的隔离病房。")


def test_a_turn_from_achievements_to_shortfalls_gives_one_point_per_clause():
    s = "我院食堂宽敞明亮，餐具消毒到位，但宿舍床位数量达不到标准，洗浴间少，晾晒场地小，没有独立的自习室。"
    assert [s[a:b] for a, b in P.turned_shortfalls(s)] == [
        "宿舍床位数量达不到标准", "洗浴间少", "晾晒场地小", "没有独立的自习室"]
    assert points("自查报告\n一、基本情况\n1、食堂和宿舍。" + s) == (
        ["宿舍床位数量达不到标准", "洗浴间少", "晾晒场地小", "没有独立的自习室"], [])


def test_the_frame_after_the_turn_is_read_past():
    assert points("社区工作总结\n今年社区养老服务取得了一定成效，但仍存在服务人员不足，活动场地紧张，设施老化。") == (
        ["服务人员不足", "活动场地紧张", "设施老化"], [])


def test_a_turn_to_an_announcement_an_example_or_conditions_is_no_run():
    # a bare noun announces (its example and consequence follow), no findings run
    assert P.turned_shortfalls("服务取得了一定成效，但存在短板，如人员流动频繁，导致服务断档。") == []
    # 没有A，没有B，…就难以…: the clauses after the turn are conditions of the consequence
    assert P.turned_shortfalls("单纯给钱给物，虽然能解一时之困，但没有致富的本领，没有创业的信心，村民就难以真正脱贫。") == []
    # problems before the turn: not achievements turning to shortfalls
    assert P.turned_shortfalls("资金紧张，人手不足，但场地少，设备旧。") == []
    # one shortfall after the turn is a concession's tail
    assert P.turned_shortfalls("环境优美，交通便利，但停车位少。") == []
    # a change for the better is no shortfall
    assert P.turned_shortfalls("成效明显，但城乡差距缩小，投诉减少。") == []


def test_bare_shortfall_clauses():
    assert P._shortfall_clause("操作间面积小")
    assert P._shortfall_clause("无专用实验室")
    assert P._shortfall_clause("生均用房均达不到要求")
    assert not P._shortfall_clause("无论如何")
    assert not P._shortfall_clause("差距缩小")
    assert not P._shortfall_clause("要扩大操场面积")  # a modal prescribes


def test_an_unmet_standard_is_a_predicate_not_a_label():
    assert not asp.states_no_problem("病床数量达不到要求")
    assert asp.states_no_problem("考核与激励")


def test_a_label_over_work_done_is_no_measure():
    assert asp.labels_work_done("成立自查工作领导小组:我院成立了以院长为组长的领导小组")
    assert not asp.labels_work_done("成立自查工作领导小组：要成立以院长为组长的领导小组")
    assert not asp.labels_work_done("成立了以院长为组长的领导小组")  # no label
    assert points(_REPORT) == (["病床数量达不到要求", "候诊椅少", "药房面积小", "没有独立的隔离病房"], [])


def test_a_quotation_of_several_sentences_is_read_sentence_by_sentence():
    t = "“关于农村道路，我讲几点。村道失修，这制约了发展。我建议，改造村道；预留会车道。”张某说。普通的一句。"
    units = quotation_sentences(split_sentences(t))
    assert [(u.text, i) for u, i in units] == [
        ("关于农村道路，我讲几点。", 0), ("村道失修，这制约了发展。", 0), ("我建议，改造村道；预留会车道。”张某说。", 0),
        ("普通的一句。", 1)]
    assert all(t[u.start:u.end] == u.text for u, _ in units)
    # a quotation glued inside a clause (no speech frame before it) and one of a single sentence stay whole
    for whole in ("他提到“甲很好。乙不好。”这种说法", "“甲很好。”他说。"):
        assert [u.text for u, _ in quotation_sentences(split_sentences(whole))] == [
            s.text for s in split_sentences(whole)]
    assert points("“关于农村道路建设，我讲几点。村道年久失修，这制约了特色农业发展。我建议，将村道改造列入年度计划；"
                  "新建村道要预留会车道。请县领导重视。”种植大户张某说。") == (
        ["村道年久失修，这制约了特色农业发展"], ["我建议，将村道改造列入年度计划；新建村道要预留会车道"])


def test_causes_listed_with_you_are_a_cause():
    assert asp._states_cause("这些问题既有体制上的原因，也有行业自身的原因。")
    assert not asp._states_cause("这些问题相互交织。")


def test_a_participants_problem_and_wish_in_meeting_news():
    assert points("代表王某表示，村里停电频繁，电压不稳且线路老化，影响村民生活，希望能尽快查明原因并加以改造。") == (
        ["村里停电频繁，电压不稳且线路老化，影响村民生活"], ["希望能尽快查明原因并加以改造"])


def test_a_chairs_procedural_wish_is_no_measure():
    assert asp.procedural_wish("希望企业家们踊跃发言，多谈真知灼见")
    assert not asp.procedural_wish("希望委员们深入调研，提出高质量的提案")
    assert points("14时，座谈会开始。“今天的座谈会，就是要进一步听取各方面意见、建议，希望企业家们踊跃发言，多谈真知灼见。”"
                  "主持人的开场白言简意赅。") == ([], [])


def test_praise_of_a_proposal_is_no_problem():
    assert asp.states_praise("“你这个想法非常好。”")
    assert not asp.states_praise("工作做得不够好")
    assert not asp.states_praise("管理混乱，效果很好")


def test_a_call_on_listed_actors_and_its_measures():
    s = "面对这一群体，社区、学校和家庭均需要承担起责任，深入了解他们的处境，建立长效帮扶机制，为他们的成长营造良好环境。"
    aspect, items = P.comma_run_items(s)
    assert aspect == asp.RECOMMENDATION
    assert [s[a:b].rstrip("。") for a, b in items] == [
        "社区、学校和家庭均需要承担起责任", "建立长效帮扶机制", "为他们的成长营造良好环境"]
    assert P.joint_call("法治、家庭、学校等各方面需要进一步努力")
    assert not P.joint_call("通过对制度、学校和家庭方面的分析")
    # after the last ；, behind the problems, with the problem's window cut before the call
    t = ("摘要\n老人看护问题突出；照护者存在年龄偏大、观念陈旧等特点，社区、医院和家庭等各方面需要进一步努力，"
         "为老人营造安全的居住环境，提供更多的陪伴和照料。")
    c, r = points(t)
    assert r == ["社区、医院和家庭等各方面需要进一步努力", "为老人营造安全的居住环境", "提供更多的陪伴和照料"]
    assert all("需要进一步努力" not in x for x in c)


def test_a_list_of_quoted_complaints_gives_one_point_per_item():
    s = "调查结果显示，前两名为“看病难”和“看病贵”，其后依次为：“停车位不足”、“噪音扰民”、“占用楼道、消防通道或绿地”、“垃圾清运不及时”。"
    assert [s[a:b] for a, b in P.quoted_list_items(s)] == [
        "停车位不足", "噪音扰民", "占用楼道、消防通道或绿地", "垃圾清运不及时"]
    # a run followed by more words classifies its items
    assert P.quoted_list_items("“停车位不足”、“噪音扰民”及“垃圾清运不及时”可归为环境问题。") == []
    assert P.quoted_list_items("“停车位不足”、“噪音扰民”。") == []  # two are no list
    c, _ = points("社区民意调查\n" + s)
    assert c[-4:] == ["停车位不足", "噪音扰民", "占用楼道、消防通道或绿地", "垃圾清运不及时"]


def test_a_clause_that_assigns_a_measure_to_an_agent():
    assert P.assigned_agent_clause("同时由市发改委严格管控处理进度") == 2
    assert P.assigned_agent_clause("并由民政局负责统筹协调") == 1
    assert P.assigned_agent_clause("由街道提供闲置用房") == -1  # (a bare 由 clause: how the measure before it is done)
    assert P.assigned_agent_clause("同时由于资金不足") == -1
    assert P.assigned_agent_clause("并由此可见") == -1
    _, r = points("建议市政府通令各局清查不便民的规定，责成主管单位限期研议解决方法，同时由市发改委严格管控处理进度与时程，"
                  "务必让市民有感。")
    assert "由市发改委严格管控处理进度与时程" in r
