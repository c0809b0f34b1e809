"""weak23: kinds of Parts 20-21 (the weakest Parts) and of free prose with no deficiency cue word: an evaluative
verdict (令人堪忧, 无法接受, 仍然突出), a clause awaiting improvement (设施尚需改善), a modal before an idiom of manner or a
verb of taking on a duty (应多管齐下加强…, 就应当负起责任来), a section label ending in a word of study (主要挑战分析),
a status section's sub-section named by its aspect noun, and a status section's sentence that opens with a turn.
Texts written for these tests."""

from summarizer import aspects as asp
from summarizer import pipeline, points
from costs import assert_linear
from aspect_helpers import analyzed_points as _points


# --- an evaluative verdict with no deficiency predicate (cues.txt: weak23 prose_verdict) ------------------------------

def test_evaluative_verdict_states_a_challenge_in_prose():
    assert asp.prose_aspect("整个村庄的公共卫生状况令人堪忧。") == asp.CHALLENGE
    assert asp.prose_aspect("不少市民对审批时限仍不太满意。") == asp.CHALLENGE
    assert asp.prose_aspect("会议多、文件多的形式主义依然突出。") == asp.CHALLENGE
    assert asp.prose_aspect("停车难的矛盾日益突出。") == asp.CHALLENGE


def test_comparative_prominence_and_praise_are_no_verdict():
    # 尤为突出 / 更加突出 compare where an effect is strongest; 十分突出 praises: none states a problem
    assert asp.prose_aspect("这种现象在一线城市尤为突出。") is None
    assert asp.prose_aspect("老师推荐的作用对女性则更加突出。") is None
    assert asp.prose_aspect("该校的科研成绩十分突出。") is None


# --- overload, disorder and room left for improvement (cues.txt: weak23 prose_challenge, prose_verdict) -------------

def test_overload_disorder_and_room_for_improvement_state_challenges():
    assert asp.prose_aspect("乡镇干部的日常工作日益繁重。") == asp.CHALLENGE
    assert asp.prose_aspect("各区的防治工作各行其是，用药紊乱。") == asp.CHALLENGE
    assert asp.prose_aspect("窗口服务在效率方面仍有改善空间。") == asp.CHALLENGE
    assert asp.prose_aspect("许多老人对线上挂号操作不熟练。") == asp.CHALLENGE


def test_overload_removed_or_asked_about_is_no_challenge():
    assert asp.prose_aspect("要减轻学生繁重的课业负担。") != asp.CHALLENGE  # the burden a measure removes
    assert asp.prose_aspect("这项技术仍有改善空间吗？") is None  # a question states nothing


# --- neglect stated by a complaint (cues.txt: weak23 prose_verdict 没人过问 …) -------------------------------------

def test_neglect_complaint_is_a_challenge():
    assert asp.prose_aspect("楼道里的建筑垃圾放了一个月，愣是没人过问。") == asp.CHALLENGE
    assert asp.prose_aspect("小区的充电桩无人管理。") == asp.CHALLENGE


def test_care_or_a_question_about_it_is_no_neglect():
    assert asp.prose_aspect("物业每天都有人过问楼道卫生。") is None
    assert asp.prose_aspect("楼道垃圾有没有人过问？") is None


# --- too little of a resource (aspects._scant_quantity_re; cues.txt: weak23 scant_quantity_noun) --------------------

def test_scant_resource_at_clause_end_is_a_shortfall():
    assert asp.prose_aspect("乡村学校的师资也较少。") == asp.CHALLENGE
    assert sorted(asp._prose_deficits("社会资本投入较少。")) == ["投入较少"]
    assert asp.prose_aspect("窗口人手少，群众排队时间长。") == asp.CHALLENGE


def test_scant_count_change_or_comparison_is_no_shortfall():
    assert asp.prose_aspect("全年安全事故较少。") is None  # good news
    assert asp.prose_aspect("老年人口数量较少。") is None  # a count that describes
    assert not asp._prose_deficits("我们减少了投入。")  # a change
    assert not asp._prose_deficits("今年资金少于去年。")  # a comparison


# --- a clause awaiting improvement (aspects.prose_aspect -> awaits_improvement) --------------------------------------

def test_clause_awaiting_improvement_is_a_challenge():
    assert asp.prose_aspect("部分社区的照明设施尚需改善。") == asp.CHALLENGE
    assert asp.prose_aspect("基层医生的诊疗水平仍需提高。") == asp.CHALLENGE


def test_resolution_or_bare_exhortation_awaits_nothing():
    # the speaker resolving to act, and a modal with its object after the verb, are no shortcoming
    assert asp.prose_aspect("我们还需改善服务。") != asp.CHALLENGE
    assert asp.prose_aspect("还需加强对供水设施的监管。") != asp.CHALLENGE


# --- a modal before an idiom of manner or a verb of taking on a duty (cues.txt: weak23 manner_idiom, prose_action) --

def test_modal_before_manner_idiom_or_duty_verb_prescribes():
    assert asp.prose_aspect("政府应多管齐下加强对中小企业的支援。") == asp.RECOMMENDATION
    assert asp.prose_aspect("物业既然收了物业费，就应当负起责任来。") == asp.RECOMMENDATION
    assert asp._modal_actions("学校要担起安全管理之责。") == ["要"]


def test_manner_idiom_or_duty_verb_without_modal_prescribes_nothing():
    assert asp.prose_aspect("多管齐下是这些年常见的做法。") is None
    assert asp._modal_actions("他负起了全部责任。") == []


# --- a viewpoint frame (对于…来说/而言) before a verdict (aspects._after_topic) ---------------------------------------

def test_viewpoint_frame_leaves_the_clause_after_it_to_be_read():
    assert asp.prose_aspect("对于每月领取低保的老人来说，这样的报销流程实在无法接受。") == asp.CHALLENGE
    assert asp.after_background_turn("对于老人而言，流程太过冗长。") == len("对于老人而言，")


def test_viewpoint_frame_before_a_neutral_clause_or_a_plain_topic_gives_nothing():
    assert asp.prose_aspect("对于企业而言，数字化转型意义重大。") is None
    assert asp.prose_aspect("对于这个问题，各方看法不一。") is None
    assert asp.after_background_turn("对于这个问题，各方看法不一。") == 0


# --- verbs of remedy and adverbs of manner after a modal (cues.txt: weak23 prose_action, manner_adverb) --------------

def test_modal_before_remedy_verb_or_manner_adverb_prescribes():
    assert asp.prose_aspect("我们对这个问题要高度重视。") == asp.RECOMMENDATION
    assert asp.prose_aspect("政府须及早介入。") == asp.RECOMMENDATION
    assert asp.prose_aspect("当局应回应市民诉求。") == asp.RECOMMENDATION
    assert asp._modal_actions("漏洞应及时填补。") == ["应"]


def test_remedy_verb_or_manner_adverb_without_modal_prescribes_nothing():
    assert asp.prose_aspect("他高度重视这项工作。") is None
    assert asp.prose_aspect("政府回应了市民诉求。") is None
    assert asp._modal_actions("政府及时填补了漏洞。") == []


# --- a remedy verb whose clause predicts a harm (aspects.remedies_problem, _PREDICTED_HARM) --------------------------

def test_cut_named_with_its_predicted_harm_is_no_measure():
    assert not asp.remedies_problem("减少补助将造成极大冲击")
    assert asp.prose_aspect("削减经费会加剧人手短缺。") != asp.RECOMMENDATION


def test_remedy_with_its_problem_or_its_benefit_stays_a_measure():
    assert asp.remedies_problem("着力破解乡村教师待遇偏低的难题")
    assert asp.prose_aspect("通过建立交流机制，缓解师资不足的矛盾。") == asp.RECOMMENDATION


# --- a section label ending in a word of study (aspects.analysed_section, names_aspect_section) ----------------------

def test_aspect_noun_before_word_of_study_names_a_section():
    assert asp.analysed_section("主要挑战分析") == asp.CHALLENGE
    assert asp.analysed_section("存在问题分析") == asp.CHALLENGE
    assert asp.analysed_section("对策研究") == asp.RECOMMENDATION
    assert asp.names_aspect_section("主要挑战分析", asp.CHALLENGE)
    assert not asp.names_aspect_section("主要挑战分析", asp.RECOMMENDATION)


def test_statement_or_plain_topic_before_word_of_study_names_no_section():
    assert asp.analysed_section("资金不足问题分析") is None  # it states a shortcoming itself
    assert asp.analysed_section("数据分析") is None  # no aspect noun
    assert asp.analysed_section("行业现状分析") is None
    assert asp.analysed_section("主要挑战") is None  # no word of study: names_aspect_section's own reading


# --- a status section's sub-section named by its aspect noun; a turn that opens a status sentence ---------------------

_REPORT = ("# 养老服务现状分析报告\n\n## 一、养老服务现状分析\n\n### 1.1 发展概述\n\n"
           "近年来，全市养老床位持续增加，2023年达到约3万张，年均增长超过10%。预计到2025年床位将突破4万张。"
           "然而，城乡养老资源分布不均衡的问题依然突出，城区床位占比高达70%，而农村地区不足20%，这种结构性矛盾制约了行业发展。\n\n"
           "### 1.2 面临的挑战与机遇\n\n#### 1.2.1 主要挑战分析\n\n"
           "养老服务面临的首要挑战是护理人才短缺。其次，部分机构因护理人员流失严重、服务质量参差不齐等问题引发投诉，"
           "导致入住意愿下降。\n")


def test_status_subsection_named_by_aspect_heads_a_section_and_its_text_states_the_points():
    essay = pipeline.analyze(_REPORT)[0]
    roles = {essay.structure.heading(it): r for it, r in zip(essay.structure.items, essay.roles)}
    assert roles["面临的挑战与机遇"] == asp.ItemRole(asp.CHALLENGE, "section")
    assert roles["主要挑战分析"] == asp.ItemRole(asp.CHALLENGE, "leaf")
    got = _points(_REPORT)["challenge"]
    # the headings are no points; the turn that opens the status paragraph's last sentence is read
    assert got == ["城乡养老资源分布不均衡的问题依然突出，城区床位占比高达70%，而农村地区不足20%，这种结构性矛盾制约了行业发展",
                   "养老服务面临的首要挑战是护理人才短缺"]
    p = essay.points["challenge"][0]
    assert p.start == essay.text.index("城乡养老资源分布不均衡")


def test_status_turn_to_good_news_is_no_point():
    text = _REPORT.replace("然而，城乡养老资源分布不均衡的问题依然突出，城区床位占比高达70%，而农村地区不足20%，"
                           "这种结构性矛盾制约了行业发展。", "然而，城乡之间的差距正在缩小，农村床位增长更快，城区床位占比已降至60%。")
    assert _points(text)["challenge"] == ["养老服务面临的首要挑战是护理人才短缺"]


def test_status_item_that_states_a_shortcoming_stays_a_point():
    # (一)… under a 现状 section whose heading states the shortcoming (no bare aspect noun) is still a problem point
    text = ("一、全县农村发展现状\n\n（一）自然条件恶劣，农村生产生活条件极差\n\n全县山地占九成，耕地零散。\n\n"
            "（二）产业基础薄弱，农民增收渠道单一\n\n多数村庄没有集体经济收入。\n")
    essay = pipeline.analyze(text)[0]
    roles = [r for r in essay.roles if r and r.aspect == asp.CHALLENGE]
    assert roles and all(r.role == "point" for r in roles)


def test_linear_on_long_inputs():
    # a 100k-character line and 10,000 tiny sentences through the new readings
    long_line = "主要挑战分析" * 17000
    assert asp.analysed_section(long_line) is None
    assert not asp.names_aspect_section(long_line, asp.RECOMMENDATION)

    def tiny(n):
        for k in range(n):
            asp.prose_aspect(f"第{k}村的设施尚需改善。")

    assert_linear(lambda n: asp.analysed_section("主要挑战分析" * n), 4250, "analysed_section, a long line")
    assert_linear(lambda n: asp.names_aspect_section("主要挑战分析" * n, asp.RECOMMENDATION), 4250,
                  "names_aspect_section, a long line")
    assert_linear(tiny, 500, "tiny sentences")


# --- a reviewer's labelled lines between a model essay's paragraphs (points.review_paragraphs) -----------------------

_REVIEWED = ("社区治理要靠群众\n"
             "近年来，社区治理取得了一定成效，但居民参与不足、议事机制缺位等问题依然存在。\n"
             "评析：开篇先讲成效，再指出社区治理存在的问题，成效+问题+观点，引出自然。\n"
             "要完善居民议事会制度，让群众的事由群众商量着办。\n"
             "评析：分论点一，对策可行，但是本段论证过于简单，缺乏必要的例证。\n")


def test_reviewer_lines_give_no_points_and_the_essay_keeps_its_own():
    spans = points.review_paragraphs(_REVIEWED)
    assert [_REVIEWED[a:b][:3] for a, b in spans] == ["评析：", "评析："]
    got = _points(_REVIEWED)
    assert all("评析" not in p and "论证过于简单" not in p and "成效+问题" not in p
               for ps in got.values() for p in ps)
    assert "要完善居民议事会制度，让群众的事由群众商量着办" in got["recommendation"]


def test_one_comment_line_is_the_authors_own_unless_it_names_a_paragraph():
    cartoon = "画\\王某\n某镇日均收文60份。\n点评：形式主义难以根治，基层负担愈发沉重。\n"
    assert points.review_paragraphs(cartoon) == []
    one = "正文一段。\n  第一段：开篇点题。重要性+问题。\n正文二段。\n"
    assert [one[a:b] for a, b in points.review_paragraphs(one)] == ["  第一段：开篇点题。重要性+问题。"]
    # a line that merely opens with such words and no colon is no label
    assert points.review_paragraphs("第一段时间里问题很多。\n评析这件事很难。\n") == []
