"""Kinds of fault found by a second new user's trial of 9 public documents (newuser20b); each test on a small input
written for it (no trial document copied)."""

import summarizer
from summarizer import aspects as asp
from summarizer import points


def _essay(text):
    return summarizer.summarize(text).essays[0]


def test_a_list_of_topics_before_putting_forward_proposals_gives_one_point_per_item():
    # 围绕A、B、C等方面，提出了…意见和建议: the listed topics are the meeting's proposals
    essay = _essay("座谈会上，委员们围绕改善农村交通、完善养老服务、加强职业培训等方面，提出了许多中肯的意见和建议。")
    assert [p.text for p in essay.recommendations] == ["改善农村交通", "完善养老服务", "加强职业培训"]
    assert essay.challenges == []
    text = "委员们围绕改善农村交通、完善养老服务、加强职业培训等方面，提出了许多中肯的意见和建议。"
    aspect, items = points.proposed_enumeration(text, 0, len(text))
    assert aspect == "recommendation"
    assert [text[a:b] for a, b in items] == ["改善农村交通", "完善养老服务", "加强职业培训"]
    # a list the meeting only talked around, with nothing put forward, names no proposals
    talk = "委员们围绕改善农村交通、完善养老服务、加强职业培训等方面进行了交流。"
    assert points.proposed_enumeration(talk, 0, len(talk)) == (None, [])


def test_a_connective_left_alone_by_a_cut_off_page_is_no_point():
    # the page stops mid-clause: the clause after 也就是说 is cut, the connective alone states nothing
    essay = _essay("这时更要分清施政的先后顺序，切不可全面铺开，以免顾此失彼。也就是说，市长目前实在不宜四处出席剪彩式")
    assert [p.text for p in essay.recommendations] == ["这时更要分清施政的先后顺序，切不可全面铺开，以免顾此失彼"]
    assert points.bare_connective_point("也就是说")
    assert points.bare_connective_point("换句话说，")
    assert not points.bare_connective_point("也就是说要先做规划")


def test_a_problem_noun_that_names_an_analysis_or_a_topic_states_no_problem():
    praise = ("座谈会上，与会代表围绕《年度工作报告》踊跃发言、积极建言。大家一致认为，报告以新发展理念为指导，"
              "落实高质量发展根本要求，回顾工作实事求是，分析问题深入透彻，部署任务措施有力，切合全区实际。")
    essay = _essay(praise)
    assert essay.challenges == [] and essay.recommendations == []
    general = "通常情况下，听证会都是针对某一具体问题举行的，受邀的也都是与问题相关的单位和个人。"
    assert _essay(general).challenges == []
    # a stated problem is still one
    assert asp.challenge_strength("报告分析问题不够深入，存在的问题较多") >= 1


def test_an_appeal_to_a_court_is_a_recommendation():
    text = "这样的判决怎能服众？我们只能再次恳请法院，千万不可轻纵罪犯，让百姓感到法律约束的松散。"
    essay = _essay(text)
    assert essay.challenges == []
    assert [p.text for p in essay.recommendations] == ["我们只能再次恳请法院，千万不可轻纵罪犯，让百姓感到法律约束的松散"]
    s = "我们只能再次恳请法院，千万不可轻纵罪犯。"
    assert asp.appeal_start(s) == 0
    assert asp.appeal_start("本会恳请法院从轻判决。") == 0
    assert asp.appeal_start("法院判决引发争议。") == -1


def test_a_bracketed_abstract_label_and_keyword_label_are_removed():
    from summarizer.clean import clean
    text = ("李明 王芳\n\n［摘 ?要］城市更新是改善人居环境的重要途径。当前老旧小区改造资金不足。\n"
            "[關鍵詞]城市更新;老旧小区\n")
    cleaned = clean(text).text
    assert "摘" not in cleaned and "關鍵詞" not in cleaned and "老旧小区改造资金不足" in cleaned
    assert clean("【摘要】基层减负仍需加力。").text == "基层减负仍需加力。"


def test_a_notice_that_scripts_are_off_is_boilerplate():
    from summarizer.clean import clean
    text = "Your browser does not support JavaScript!\n乡村振兴的关键在人才\n\n当前农村青壮年劳动力外流严重。\n"
    lines = clean(text).text.split("\n")
    assert lines == ["乡村振兴的关键在人才", "当前农村青壮年劳动力外流严重。"]
    assert _essay(text).title == "乡村振兴的关键在人才"


def test_a_title_tagged_with_a_bar_and_a_name_stays_its_own_line():
    from summarizer.clean import clean
    text = "新政府将面对哪些问题？|编辑部\n\n【经济问题】\n\n本地劳动力流失严重，未来将越加匮乏。"
    assert clean(text).text.split("\n") == ["新政府将面对哪些问题？|编辑部", "【经济问题】", "本地劳动力流失严重，未来将越加匮乏。"]


def test_a_verb_phrase_that_causes_something_is_no_imperative():
    assert not asp.starts_imperative("扩大磁吸效应使得本地经济越加依赖对岸")
    assert not asp.starts_imperative("压缩财政支出导致公共服务缩水")
    assert asp.starts_imperative("扩大有效投资，稳定就业")


def test_plain_heading_lines_under_a_bracketed_problem_heading_are_its_items():
    from summarizer import structure
    text = ("新政府将面对哪些问题\n【经济问题】\n外部因素的隐忧\n对岸以经促统，扩大磁吸效应使得本地经济越加依赖对岸。\n"
            "劳动力严重外流\n本地劳动力流失严重，未来将越加匮乏。\n【社会问题】\n贫富差距\n贫富差距持续扩大，年轻人买不起房。")
    st = structure.parse(text)
    heads = {text[it.start:it.heading_end]: it for it in st.items}
    assert [text[c.start:c.heading_end] for c in heads["【经济问题】"].children] == ["外部因素的隐忧", "劳动力严重外流"]
    assert [text[c.start:c.heading_end] for c in heads["【社会问题】"].children] == ["贫富差距"]
    assert heads["【社会问题】"].parent is None and heads["新政府将面对哪些问题"].children == []
    essay = _essay(text)
    assert [p.text for p in essay.challenges] == ["外部因素的隐忧", "劳动力严重外流", "贫富差距"]


def test_a_meetings_praise_of_a_report_is_neither_aspect():
    text = ("座谈会上，大家一致认为，规划以新发展理念为指导，落实稳中求进总要求，回顾成绩实事求是，分析问题深入透彻，"
            "安排工作措施有力，符合本县实际。")
    essay = _essay(text)
    assert essay.challenges == [] and essay.recommendations == []
    assert asp.praises_report("回顾成绩实事求是，分析问题深入透彻，安排工作措施有力")
    assert not asp.praises_report("回顾成绩实事求是，但查找短板不够深入")


def test_a_verdict_of_significance_is_no_measure():
    assert asp.states_neither("实施积极应对人口老龄化国家战略、促进人口长期均衡发展意义重大而深远。")
    essay = _essay("推进城乡教育一体化、促进教育公平意义重大而深远。")
    assert essay.recommendations == []


def test_a_title_glued_to_the_body_by_spaces_is_split_off():
    from summarizer.clean import clean
    text = "社区养老服务调研报告   社区养老是居家养老的重要依托。当前服务设施不足，护理人员短缺。"
    assert clean(text).text.split("\n")[0] == "社区养老服务调研报告"
    assert _essay(text).title == "社区养老服务调研报告"
    # a first line with no sentence end after the spaces is no title glued to a body
    assert "\n" not in clean("社区养老服务调研报告   第二稿").text


def test_the_method_list_of_a_survey_gives_no_points():
    text = "调查方式:\n- 实地走访:深入社区,了解社区养老现状和问题。\n- 统计分析:运用统计软件,分析养老服务数据,为决策提供依据。"
    essay = _essay(text)
    assert essay.challenges == [] and essay.recommendations == []
    problems = "存在问题：\n- 人才流失：青壮年外出务工，村里缺人。\n- 产业单一：以种植业为主，抗风险能力弱。"
    assert [p.text for p in _essay(problems).challenges] == ["人才流失：青壮年外出务工，村里缺人", "以种植业为主，抗风险能力弱"]
    assert asp._other_label("调研方法：") and not asp._other_label("现状：")


def test_a_task_said_to_be_hard_with_its_cause_is_a_problem():
    text = "街道工作有三难：一是旧城改造难，主要是安置房源少。二是维护治安稳定难，主要是流动人口多。三是招商引资难，主要是配套设施差。"
    essay = _essay(text)
    assert [p.text for p in essay.challenges] == ["旧城改造难，主要是安置房源少", "维护治安稳定难，主要是流动人口多",
                                                  "招商引资难，主要是配套设施差"]
    assert essay.recommendations == []
    assert asp.hardship_head("一是旧城改造难，主要是安置房源少")
    assert not asp.hardship_head("旧城改造难度不小")


def test_a_long_run_of_measures_under_one_modal_gives_one_point_per_measure():
    text = ("社区养老服务仍有短板。因此，应完善社区养老服务设施布局，实施居家养老上门服务工程，推广智慧养老服务平台建设，"
            "推进医疗机构与养老机构深度合作，培育专业化养老护理人才队伍，改进老年人健康管理服务水平，创新养老产业多元融资模式。")
    essay = _essay(text)
    assert [p.text for p in essay.recommendations] == [
        "完善社区养老服务设施布局", "实施居家养老上门服务工程", "推广智慧养老服务平台建设", "推进医疗机构与养老机构深度合作",
        "培育专业化养老护理人才队伍", "改进老年人健康管理服务水平", "创新养老产业多元融资模式"]
    short = "因此，应完善设施，实施工程，推广平台，推进合作，培育人才。"
    assert points.modal_comma_run(short) == (None, [])


def test_a_modal_run_after_a_frame_and_not_after_a_purpose():
    framed = ("因此，从推动服务融合和组织方式融合等角度看，应完善社区养老服务设施布局，实施居家养老上门服务工程，"
              "推广智慧养老服务平台建设，推进医疗机构与养老机构深度合作，培育专业化养老护理人才队伍。")
    aspect, items = points.modal_comma_run(framed)
    assert aspect == "recommendation"
    assert [framed[a:b] for a, b in items][:2] == ["完善社区养老服务设施布局", "实施居家养老上门服务工程"]
    purpose = ("各级政府是提供公共服务的责任主体，要解决外来务工人员子女的入学问题，必须强化政府责任，落实有关方针政策，"
               "逐步推进流动人口子女就近入学，加快建设城郊公办学校。")
    assert points.modal_comma_run(purpose) == (None, [])
