"""clauses17 (issue 8): list markers run on after a word, a link sentence with no 上述/这一, a measure with a case clause
and a prohibition inside, a heading that only labels its list, a plan reported in the news. Texts written for the tests."""

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.structure import find_markers


# kind 3: 1）2） markers with no colon before the list (建议1）…；2）…, 包括1）…，2）…)

def test_half_bracket_markers_after_a_word_are_items():
    items = find_markers("我们建议1）增设夜间门诊；2）延长药房时间；3）开通预约热线。")
    assert [(it.family, it.value) for it in items] == [("paren_num", 1), ("paren_num", 2), ("paren_num", 3)]


def test_measures_run_on_after_the_verb_of_proposing():
    c, r = points("为此，我们建议1）增设夜间门诊；2）延长药房时间；3）开通预约热线。")
    assert r == ["增设夜间门诊", "延长药房时间", "开通预约热线"]


def test_problems_listed_after_bao_kuo_with_commas():
    c, r = points("社区卫生站的困难包括1）医生人手不足，2）药品种类单一，3）诊室面积狭小。")
    assert c == ["医生人手不足", "药品种类单一", "诊室面积狭小"]
    assert r == []


def test_a_lone_number_in_brackets_after_a_word_is_no_list():
    # (one 1） alone opens no run: 附件1） names an attachment)
    assert find_markers("详见附件1）的说明，各单位按时报送。") == []


def test_ascii_full_stop_after_chinese_text_leaves_the_point():
    c, r = points("针对上述困难，提出以下建议: (1) 增设夜间门诊; (2) 延长药房时间; (3) 开通预约热线.")
    assert r == ["增设夜间门诊", "延长药房时间", "开通预约热线"]


# kind 4 (trial16 A8): a link sentence that only announces the measures, with no 上述/这一

def test_link_sentence_opening_with_a_verb_of_solving_states_no_measure():
    text = ("破解老旧小区加装电梯难，需要多方协同发力。首先，要简化审批流程。其次，要完善资金分摊办法。"
            "最后，要加强基层协调服务。")
    c, r = points(text)
    assert r == ["要简化审批流程", "要完善资金分摊办法", "要加强基层协调服务"]


def test_purpose_clause_without_yao_announces_the_measures():
    assert asp._transition_aspect("破解老旧小区加装电梯难，需要多方协同发力。") == asp.RECOMMENDATION
    # (a clause that names no verb of solving is no purpose clause: 老旧小区很多 … is read as it stands)
    assert asp._transition_aspect("老旧小区加装电梯，需要多方协同发力。") is None


# kind 4 (trial16 A7): a measure with a case clause and a prohibition inside

def test_measure_with_case_clause_and_prohibition_is_a_recommendation():
    s = "要科学布局社区食堂，对确需保留的老年助餐点，不能“一关了之”，要保障其运营补贴。"
    assert asp.prose_aspect(s) == asp.RECOMMENDATION
    assert asp.sentence_aspect(s) == asp.RECOMMENDATION


def test_first_measure_of_a_shouxian_list_with_a_prohibition_is_found():
    text = ("社区助餐的对策\n破解社区助餐难，需要多方协同发力。首先，要科学布局社区食堂，对确需保留的老年助餐点，"
            "不能“一关了之”，要保障其运营补贴。其次，要完善配送服务。最后，要加强食品安全监管。")
    c, r = points(text)
    assert r == ["要科学布局社区食堂，对确需保留的老年助餐点，不能“一关了之”，要保障其运营补贴", "要完善配送服务",
                 "要加强食品安全监管"]


def test_prohibition_after_a_shortfall_still_states_one():
    # (no modal: 不能按时开工 goes on stating the shortfall)
    assert asp.sentence_aspect("部分项目资金不到位，不能按时开工。") == asp.CHALLENGE


def test_manner_adverb_between_modal_and_verb():
    assert asp._modal_actions("要合理规划停车位，要有序推进改造。") == ["要", "要"]


# kind 4 (trial16 A9): a 公文 section heading that only labels the items under it

def test_heading_that_labels_its_list_is_no_point():
    text = ("关于开展农贸市场环境整治的通知\n各街道：\n现就有关事项通知如下。\n一、整治重点\n（一）占道经营。"
            "各街道要清理占道摊点。\n（二）垃圾清运。要做到日产日清。\n二、工作要求\n各街道要加强组织领导，明确责任分工。")
    c, r = points(text)
    assert "整治重点" not in r
    assert r == ["各街道要加强组织领导，明确责任分工"]


def test_label_test_needs_sub_items_and_a_part_noun():
    class _Item:
        def __init__(self, children):
            self.children = children
    assert pts.labels_its_list("整治重点", _Item([object()]))
    assert not pts.labels_its_list("整治重点", _Item([]))  # a leaf heading is read by its own words
    assert not pts.labels_its_list("加强监管", _Item([object()]))  # a measure, not a label


# kind 2 (trial16 A11): a plan sentence inside a reported frame

def test_plan_sentence_after_a_speech_frame_gives_one_point_per_clause():
    c, r = points("李局长表示，下一步，我区将推行家庭医生签约服务，提高村医补助标准，同时投入5000万元为卫生室添置设备。")
    assert r == ["推行家庭医生签约服务", "提高村医补助标准", "投入5000万元为卫生室添置设备"]


def test_speech_frame_end():
    assert pts._speech_frame_end("李局长表示，下一步，我区将推行…") == len("李局长表示，")
    assert pts._speech_frame_end("下一步，我区将推行…") == 0


# trial16 A6's neighbour: a point that ends with the clause summing it up (…，这些都是亟待解决的问题)

def test_summing_tail_after_a_comma_leaves_the_point():
    c, r = points("夜市管理的思考\n摊位占道严重，油烟噪声扰民，垃圾清运不及时，这些都是夜市管理中亟待解决的问题。")
    assert c == ["摊位占道严重，油烟噪声扰民，垃圾清运不及时"]


def test_summing_tail_helper_keeps_other_last_clauses():
    text = "摊位占道严重，这些都是亟待解决的问题"
    assert pts._without_summing_tail(text, 0, len(text)) == len("摊位占道严重")
    text2 = "摊位占道严重，影响居民出行"
    assert pts._without_summing_tail(text2, 0, len(text2)) == len(text2)
    # (a tail that names no aspect sums up nothing the point states: …，都是夜市的特色 stays)
    text3 = "摊位多样，小吃丰富，都是夜市的特色"
    assert pts._without_summing_tail(text3, 0, len(text3)) == len(text3)


# kind 1: a sentence that lists how the problem before it shows itself, clause by clause (具体表现在：A，B，C)

def test_manifestation_list_gives_one_problem_per_clause():
    text = ("一、存在的问题\n（一）业务培训不够扎实。具体表现在：培训计划随意、不连贯，课程多以宣讲为主，考核方式单一，"
            "集中授课多、实操演练少。\n（二）窗口服务不够规范。")
    c, r = points(text)
    assert c == ["业务培训不够扎实", "培训计划随意、不连贯", "课程多以宣讲为主", "考核方式单一", "集中授课多、实操演练少",
                 "窗口服务不够规范"]
    assert r == []


def test_manifestation_clauses_need_a_problem_to_show():
    s = "具体表现在：培训计划随意，课程多以宣讲为主，考核方式单一。"
    assert pts.manifest_clauses(s) == []  # (nothing before it stated a problem, and its clauses name none by cue)
    assert [s[a:b] for a, b in pts.manifest_clauses(s, after_problem=True)] == [
        "培训计划随意", "课程多以宣讲为主", "考核方式单一"]
    # (a list with markers or semicolons is read by the list paths; a long clause is an argument)
    assert pts.manifest_clauses("具体表现在：一是培训随意，二是课程单一，三是考核简单。", True) == []
    assert pts.manifest_clauses("具体表现在：培训随意；课程单一；考核简单。", True) == []


# kind 1: an omission and its alternative in the next clause (…没有乡村任教经历，或在乡村任教的时间较短) are one point

def test_omission_goes_on_over_its_alternative():
    s = "受编制所限，当前不少乡村学校干部没有基层管理经历，或在基层任职的时间较短，往往照搬城区学校做法。"
    assert [s[a:b] for a, b in pts.omission_clauses(s)] == ["当前不少乡村学校干部没有基层管理经历，或在基层任职的时间较短"]
    # (a 或 clause after a clause that states no omission stays out)
    s2 = "部门职责清楚，或在基层任职的时间较短，干部没有基层管理经历。"
    assert [s2[a:b] for a, b in pts.omission_clauses(s2)] == ["干部没有基层管理经历"]
