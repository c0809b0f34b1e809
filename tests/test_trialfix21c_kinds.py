"""Kinds of aspect/point fault found by a second new user's trial of 21 unseen public documents (newuser21b, K1-K13);
each test on a small input written for it (no trial document copied)."""

import summarizer
from summarizer import aspects as asp


def _essay(text):
    return summarizer.summarize(text).essays[0]


def _points(essay, aspect):
    return [(p.text, p.start, p.end) for p in getattr(essay, aspect)]


# --- K3: a section that tells a history, how a service works or what others think of it describes ---------------

def test_a_how_it_works_section_with_bullets_gives_no_points():
    text = ("便民服务中心简介\n\n中心设在区政府一楼。\n\n便民服务中心的运作机制\n\n1. 受理与登记\n\n  • 受理:由窗口人员负责接待来访群众,记录诉求内容。\n"
            "  • 登记:按照诉求类型,将事项录入系统。\n\n2. 办理与回访\n\n  • 办理:将事项派发给有关科室进行办理。\n"
            "  • 回访:将办理结果及时告知群众,确保事项得到落实。\n")
    essay = _essay(text)
    assert _points(essay, "challenges") == []
    assert _points(essay, "recommendations") == []


def test_a_history_section_gives_no_points():
    text = ("服务平台简介\n\n平台设在区政府一楼。\n\n服务平台的发展历程\n\n1. 初创阶段\n\n  • 起步期:主要受理水电维修等事项。\n"
            "  • 扩展期:逐步扩展到教育、养老等多个领域。\n  • 完善期:实现线上线下相结合,提供更加便捷的服务。\n")
    essay = _essay(text)
    assert _points(essay, "recommendations") == []
    assert asp.heading_aspect("服务平台的发展历程", title=True) == asp.OTHER


def test_a_measures_section_keeps_its_points():
    # (negative: a heading that names measures still opens a section of recommendations)
    assert asp.heading_aspect("对策建议", title=True) == asp.RECOMMENDATION
    assert asp.heading_aspect("社会评价", title=True) == asp.OTHER


# --- K4: modal vocabulary ----------------------------------------------------------------------------------------

def test_tiyi_proposes_as_jianyi_does():
    text = "协会还向市长提议设立长者乘车补贴。"
    assert _points(_essay(text), "recommendations") == [("协会还向市长提议设立长者乘车补贴", 0, 16)]
    # (Traditional script, the same reading)
    assert _points(_essay("協會還向市長提議設立長者乘車補貼。"), "recommendations") == [
        ("協會還向市長提議設立長者乘車補貼", 0, 16)]


def test_modal_with_zhujian_prescribes():
    text = "今后一段时期,城市工作的重心应逐渐由扩张转向更新。"
    assert _points(_essay(text), "recommendations") == [("今后一段时期,城市工作的重心应逐渐由扩张转向更新", 0, 24)]
    # (negative: 逐渐 with no modal reports a change)
    assert _points(_essay("近年来,城市工作的重心逐渐由扩张转向更新。"), "recommendations") == []


def test_averted_harm_after_a_modal_is_no_problem():
    text = "审批制度必须设立更严密的复核程序,以避免同类问题再次发生。"
    essay = _essay(text)
    assert _points(essay, "challenges") == []
    assert _points(essay, "recommendations") == [("审批制度必须设立更严密的复核程序,以避免同类问题再次发生", 0, 28)]
    assert asp.sentence_aspect("审批制度必须设立更严密的复核程序,以避免同类问题再次发生。") == asp.RECOMMENDATION
    # (negative: a problem with no modal stays a problem)
    assert asp.sentence_aspect("审批程序缺乏复核,同类差错屡屡发生。") == asp.CHALLENGE


# --- K1: a colon-introduced semicolon list of problems --------------------------------------------------------

def test_every_item_of_an_announced_semicolon_list_is_a_problem():
    text = "局长说,机关工作还存在不少缺点:作风转变滞后;服务效率不高;形式主义在一些科室比较严重。"
    assert _points(_essay(text), "challenges") == [
        ("作风转变滞后", 16, 22), ("服务效率不高", 23, 29), ("形式主义在一些科室比较严重", 30, 43)]


def test_an_obstacle_named_by_its_compound_noun_states_a_problem():
    text = "目前仍有不少困难,主要是:基层财力明显不足;制约产业升级的政策障碍较多;人才流失严重。"
    challenges = _points(_essay(text), "challenges")
    assert ("制约产业升级的政策障碍较多", 22, 35) in challenges
    # (negative: an announcement with no named kind of obstacle announces what follows)
    assert asp.announces_problems("面临的障碍较多")


# --- K11: 不足 before a figure means "fewer than" ----------------------------------------------------------------

def test_buzu_before_a_figure_states_no_shortage():
    assert asp.challenge_strength("全镇常住人口不足5千人") == 0
    assert asp.challenge_strength("参保比例不足一成") == 0
    assert _points(_essay("全镇常住人口不足5千人,耕地面积约两万亩。"), "challenges") == []
    # (negative: 不足 as a predicate still states a shortage)
    assert asp.challenge_strength("乡镇卫生院医护人员不足") == 1
    assert _points(_essay("乡镇卫生院医护人员严重不足,群众看病难。"), "challenges") == [
        ("乡镇卫生院医护人员严重不足,群众看病难", 0, 19)]


# --- K6/K11: an aim of measures, an estimate with 应该是 ---------------------------------------------------------

def test_the_aim_of_measures_is_no_point():
    assert asp.sentence_aspect("上述补贴的目的是缓解农户的生产困难。") is None
    assert asp.challenge_strength("上述补贴的目的是缓解农户的生产困难") == 0
    assert _points(_essay("上述补贴的目的是缓解农户的生产困难。"), "challenges") == []
    # (negative: a measure that opens with the remedy is still one)
    assert asp.sentence_aspect("着力缓解农户的生产困难。") == asp.RECOMMENDATION


def test_yinggaishi_before_an_estimate_is_no_modal():
    assert asp.modal_strength("应该是再等十天左右") == 0
    assert _points(_essay("据工程队估计,应该是再等十天左右。"), "recommendations") == []
    # (negative: 应该 before an action prescribes)
    assert asp.modal_strength("应该尽快完成抢修") == 1


# --- K3: unpunctuated 一是严把X关 heading lines are the measures ------------------------------------------------------

def test_yanba_heading_lines_are_measures():
    text = ("年度考核存在标准模糊等问题。因此,必须严把“两关”。\n一是严把指标设定关\n设定指标时,各部门能够充分沟通。\n"
            "二是严把结果运用关\n考核结果的运用过程,是激励干部担当的过程。\n")
    recs = _points(_essay(text), "recommendations")
    assert ("严把指标设定关", 29, 36) in recs
    assert ("严把结果运用关", 56, 63) in recs
    assert asp.item_vote("严把指标设定关") == asp.RECOMMENDATION
    # (negative: a heading that states a fault is no measure)
    assert asp.item_vote("指标设定把关不严") != asp.RECOMMENDATION


def test_a_scope_frame_names_its_problem_noun_as_a_topic():
    assert asp.challenge_strength("在查找问题方面,要防止敷衍了事") == asp.challenge_strength("要防止敷衍了事")
    assert asp.sentence_aspect("在查找问题方面,要防止敷衍了事。") == asp.RECOMMENDATION
    # (negative: a fault stated inside the field still counts)
    assert asp.challenge_strength("在安全方面存在漏洞") == 1


# --- K5: a problem noun with 的 before it and an adverb of persistence after it states the problem ------------------

def test_a_persisting_problem_noun_with_de_is_a_point():
    text = "我县农业长期存在的结构性矛盾依然突出。"
    assert _points(_essay(text), "challenges") == [("我县农业长期存在的结构性矛盾依然突出", 0, 18)]
    assert asp.opener_aspect("我县农业长期存在的结构性矛盾依然突出。") is None
    # (negative: a heading glued to its paragraph still opens a region)
    assert asp.opener_aspect("基层治理中的突出问题调研发现，…") == asp.CHALLENGE


# --- K5/K10: low rates, fierce competition, a gap still large ---------------------------------------------------

def test_low_rates_and_fierce_competition_are_problems():
    assert _points(_essay("农村客运线路少、班次少,车辆利用率低。"), "challenges") == [
        ("农村客运线路少、班次少,车辆利用率低", 0, 18)]
    assert _points(_essay("本地制造业还面临着周边城市的激烈竞争。"), "challenges") == [
        ("本地制造业还面临着周边城市的激烈竞争", 0, 18)]
    assert asp.challenge_strength("客流虽已回升,但与去年同期仍有较大差距") >= 1
    # (negative: a rate stated high, or a competition held, is none)
    assert asp.challenge_strength("车辆利用率高") == 0
    assert _points(_essay("本届运动会共有三十支队伍参加比赛。"), "challenges") == []


# --- K6: work already laid out, first results seen: an achievement, no measure ---------------------------------

def test_an_achievement_with_further_work_pending_is_no_measure():
    text = "过去两年,区政府在旧区改造、交通建设等方面均已作出明确部署,部分项目初见成效,正等待进一步落实。"
    assert _points(_essay(text), "recommendations") == []
    assert asp.states_neither("区政府在旧区改造等方面均已作出明确部署,部分项目初见成效")
    # (negative: a measure of further work prescribed stays one)
    assert _points(_essay("区政府应进一步落实旧区改造计划。"), "recommendations") == [("区政府应进一步落实旧区改造计划", 0, 15)]


# --- K3: a subhead "topic：problem" is a challenge, its paragraph free prose ------------------------------------------

def test_a_topic_colon_problem_subhead_is_a_challenge():
    text = ("议员述职观察\n\n开篇先交代背景,今年议会共开会十次。\n\n"
            "公屋轮候制度：审批流程的疏漏\n申请人平均等候六年。房屋署必须尽快检讨审批流程,缩短等候时间。\n")
    essay = _essay(text)
    # (the verdict after the topic's colon is the point: points.label_verdict reads such a subhead first, part15fix21)
    assert ("审批流程的疏漏", 35, 42) in _points(essay, "challenges")
    assert ("房屋署必须尽快检讨审批流程,缩短等候时间", 53, 73) in _points(essay, "recommendations")
    assert asp.problem_subtitle("公屋轮候制度：审批流程的疏漏")
    # (negative: a bare topic after the colon, a numbered label, a direction)
    assert not asp.problem_subtitle("坦言集：房屋问题")
    assert not asp.problem_subtitle("矛盾一：贫富差距扩大")
    assert not asp.problem_subtitle("医疗改革：未来的方向")


# --- K4: an action named as a noun judged urgent ----------------------------------------------------------------

def test_a_nominal_action_judged_urgent_is_a_measure():
    assert asp.urgent_measure("我认为长者中心的设立刻不容缓")
    assert _points(_essay("我认为长者中心的设立刻不容缓。"), "recommendations") == [("长者中心的设立刻不容缓", 3, 14)]
    # (negative: the urgency of a problem, or of its removal, prescribes nothing)
    assert not asp.urgent_measure("人口老化的问题迫在眉睫")
    assert not asp.urgent_measure("人口问题的解决刻不容缓")


# --- K4: 若…可以/能…，那才能/将有助… urges a course by its benefit ------------------------------------------------------

def test_a_conditional_suggestion_is_a_measure():
    text = "若市政府可以参照邻市做法,以公积金支付首期,那才能让更多青年安居。"
    assert _points(_essay(text), "recommendations") == [
        ("若市政府可以参照邻市做法,以公积金支付首期,那才能让更多青年安居", 0, 32)]
    assert asp.conditional_proposal("政府若能简化审批,将有助于吸引投资。")
    # (negative: a condition of a fault, or with no benefit after it)
    assert not asp.conditional_proposal("如果学生动手能力差,就能看出问题。")
    assert not asp.conditional_proposal("若政府可以参照邻市做法,市民会怎么看?")
    assert not asp.conditional_proposal("x" * 100000)


# --- K2: a speaker and a back-reference to the problems is no point -----------------------------------------------

def test_a_speaker_and_a_back_reference_is_no_point():
    text = "市长说,对上述问题,我们要高度重视并逐项加以解决。"
    assert _points(_essay(text), "challenges") == []
    assert asp.states_neither("市长说,对上述问题")
    # (negative: a measure after the topic, or the cause of the problems, is kept)
    assert not asp.states_neither("针对上述问题,应加强监管")
    assert not asp.states_neither("以上问题的根源在于体制")


# --- K13: a subsection named by its aspect noun over a paragraph of run-in problems -----------------------------

def test_a_subsection_named_by_its_aspect_noun_reads_its_paragraph():
    text = ("一、当前社区志愿服务存在的问题\n\n1.1 组织动员不足的具体表现\n\n首先,宣传不到位:许多居民不知道报名途径。"
            "其次,激励机制缺失:志愿者付出得不到认可。\n\n1.2 志愿者流失的深层原因\n\n"
            "除了组织问题,志愿者自身意愿不足也是重要制约因素。时间成本高:工作节奏快,许多上班族难以抽出时间参加活动。"
            "成就感低:志愿者认为自己的服务无法改变什么。\n")
    challenges = _points(_essay(text), "challenges")
    assert ("时间成本高:工作节奏快,许多上班族难以抽出时间参加活动", 119, 146) in challenges
    assert ("志愿者认为自己的服务无法改变什么", 152, 168) in challenges
    assert not any(t == "志愿者流失的深层原因" for t, _a, _b in challenges)
    # (negative: a heading that names its problem over no paragraph stays a point)
    short = "一、当前存在的问题\n\n1.1 志愿者流失的深层原因\n\n1.2 经费保障不足\n"
    assert [t for t, _a, _b in _points(_essay(short), "challenges")] == ["志愿者流失的深层原因", "经费保障不足"]


# --- K7: titles from page furniture ---------------------------------------------------------------------------------

def test_a_date_line_is_no_title():
    text = "2021年3月5日 星期五\n\n今日社区议事会讨论停车难的问题。居民反映车位严重不足。\n"
    assert summarizer.summarize(text).essays[0].title is None
    # (negative: a headline with a year in it stays the title)
    text = "2021年社区停车调研报告\n\n今日社区议事会讨论停车难的问题。居民反映车位严重不足。\n"
    assert summarizer.summarize(text).essays[0].title == "2021年社区停车调研报告"


def test_a_column_tag_before_the_bar_marks_the_headline():
    from summarizer.essays import tagged_title_span
    text = "星期一 , 5 3 月 2021\n首页 / 观点 / 社评 / 社评|停车难要靠规划破解\n\n社评|停车难要靠规划破解\n\n正文。"
    a, b = tagged_title_span(text)
    assert text[a:b] == "社评|停车难要靠规划破解" and a > text.index("\n\n")
    # (negative: a breadcrumb alone, or a bar between two short words, marks none)
    assert tagged_title_span("首页 / 观点 / 社评\n\n正文第一句。") is None
    assert tagged_title_span("社评|短句\n\n正文第一句。") is None


# --- K14: a paper's statement of its aim --------------------------------------------------------------------------

def test_a_papers_aim_is_no_point():
    text = "本文结合本市实际,针对社区养老服务体系进行研究,并探究存在的问题和对策建议。"
    essay = _essay(text)
    assert _points(essay, "challenges") == [] and _points(essay, "recommendations") == []
    # (negative: the author's own measure after 本文认为 stays one)
    assert _points(_essay("本文认为,政府应加快建设社区养老服务中心。"), "recommendations") != []


# --- K4: a negated condition's run of actions goes on past 并 -----------------------------------------------------

def test_a_negated_conditions_actions_run_on_past_bing():
    from summarizer import points
    s = "学校若不及时排查,完善安全预案,并加强师生演练,恐怕会酿成事故。"
    assert [s[a:b] for a, b in points.negated_conditions(s)] == ["及时排查", "完善安全预案", "加强师生演练"]
    assert _points(_essay(s), "challenges") == []
    # (negative: a clause that states the consequence ends the run)
    s = "如果不及早处理积压案件,就会令市民失去信心。"
    assert [s[a:b] for a, b in points.negated_conditions(s)] == ["及早处理积压案件"]


# --- K2: 批评时 ("when criticizing") opens no reported words ------------------------------------------------------------

def test_piping_shi_is_no_frame_of_criticism():
    text = "一些单位的例会走了样:有的开成了汇报会;有的开成了表态会,批评时蜻蜓点水、一带而过;有的开成了联欢会。"
    assert _points(_essay(text), "challenges") == [
        ("有的开成了汇报会", 11, 19), ("有的开成了表态会,批评时蜻蜓点水、一带而过", 20, 41), ("有的开成了联欢会", 42, 50)]
    assert asp.news_said_start("有的开成了表态会,批评时蜻蜓点水、一带而过") == 0
    # (negative: a clause that opens with the verb of criticism still frames the reported words)
    s = "关注组昨日发表报告,批评条例存在多项漏洞。"
    assert s[asp.news_said_start(s):].startswith("条例存在多项漏洞")


# --- K13: a run-in label that states its problem keeps its explanation as one point -----------------------------------

def test_a_run_in_label_stating_a_problem_is_one_point():
    text = "第二,监督机制缺失:群众的投诉往往无人跟进,缺乏书面答复,严重损害政府公信力。"
    assert _points(_essay(text), "challenges") == [
        ("监督机制缺失:群众的投诉往往无人跟进,缺乏书面答复,严重损害政府公信力", 3, 38)]
    # (negative: a lead-in that announces problems still opens a comma run of them)
    from summarizer import points
    aspect, items = points.colon_comma_items("目前存在以下不足:人手短缺,经费紧张,设备老化。")
    assert aspect == asp.CHALLENGE and len(items) == 3


# --- K6: a means then a remedy (用…弥补不足) names the shortcoming as the remedy's object ------------------------------

def test_a_means_then_a_remedy_states_no_shortcoming():
    assert asp.opens_with_remedy("用制度约束弥补不足")
    assert asp.challenge_strength("既要抓业务,用考核推动落实;也要抓队伍,用制度约束弥补不足") == 0
    # (negative: a noun phrase of a method, or a word that opens with 以/用, is no remedy clause)
    assert not asp.opens_with_remedy("依靠群众解决自身问题的重要方法")
    assert asp.challenge_strength("用人机制不健全") == 1


# --- K5: a complaint, then a speaker's wish, in one sentence gives both ----------------------------------------------

def test_a_complaint_then_a_speakers_wish_gives_both():
    text = "此外,多项拖延多年的条例仍停滞不前,对居民影响很大,李希望政府能尽快推动修例。"
    essay = _essay(text)
    assert _points(essay, "challenges") == [("多项拖延多年的条例仍停滞不前,对居民影响很大", 3, 25)]
    assert _points(essay, "recommendations") == [("李希望政府能尽快推动修例", 26, 38)]
    # (negative: a wish with no complaint before it gives no challenge)
    assert _points(_essay("会上,李希望政府能尽快推动修例。"), "challenges") == []
