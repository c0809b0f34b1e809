"""p28r: Part 28 (979-1054) missed points left by the seventeenth session, by kind, on small inputs written for
these tests (each kind with a negative case)."""

from aspect_helpers import points
from summarizer import points as pts


# Kind 1: a finding buried in a survey's sentence (…，这意味着A面临B; 调查证实A恶化; 上述数据显示，A已经相当严重)

def test_inference_after_figures_is_the_finding():
    s = "据抽样调查，有6.3%的老人独居且无人照料，这意味着不少高龄老人面临严重的照护缺失。"
    spans = pts.survey_finding_clauses(s)
    assert [s[a:b] for a, b in spans] == ["不少高龄老人面临严重的照护缺失"]
    assert spans[0] == (26, 41)


def test_finding_after_the_verb_and_its_comma_is_the_next_clause():
    s = "上述数据表明，山区学校的师资流失问题已经相当严重，留住教师迫在眉睫。"
    assert [s[a:b] for a, b in pts.survey_finding_clauses(s)] == ["山区学校的师资流失问题已经相当严重"]
    s2 = "走访证实村里的饮水设施老化严重，有3个村停水超过一周。"
    assert [s2[a:b] for a, b in pts.survey_finding_clauses(s2)] == ["村里的饮水设施老化严重"]


def test_survey_findings_give_challenges_in_an_essay():
    ch, _ = points("课题组走访了五个乡镇。据抽样调查，有6.3%的老人独居且无人照料，这意味着不少高龄老人面临严重的照护缺失。"
                   "上述数据表明，山区学校的师资流失问题已经相当严重，留住教师迫在眉睫。")
    assert "不少高龄老人面临严重的照护缺失" in ch
    assert "山区学校的师资流失问题已经相当严重" in ch
    assert not any(c.startswith(("据", "上述")) for c in ch)


def test_findings_that_state_no_shortcoming_or_no_finding_give_nothing():
    # negatives: a negated or prescribed finding, a revealed topic, a poll of views, a list announced, a bare problem
    # noun, a finding that states no shortcoming, a verb closing a quoted phrase, a question
    assert pts.survey_finding_clauses("检查中未发现资金管理不规范的情况。") == []
    assert pts.survey_finding_clauses("各村要及时发现群众生活中的困难短板。") == []
    assert pts.survey_finding_clauses("调查发现，七成受访者认为日常开支压力较大。") == []
    assert pts.survey_finding_clauses("调查发现，七成受访者认为基层负担过重。") == []
    assert pts.survey_finding_clauses("督查发现各乡镇存在以下不足：") == []
    assert pts.survey_finding_clauses("调研中发现了一些问题。") == []
    assert pts.survey_finding_clauses("数据显示，全县粮食产量稳定增长。") == []
    assert pts.survey_finding_clauses("「旧病再发现」，管理混乱的老问题又来了。") == []
    assert pts.survey_finding_clauses("调查是否发现师资严重不足？") == []
    assert pts.survey_finding_clauses("调研发现，乡村卫生室的服务能力仍然薄弱。") == []  # (a thesis: the whole sentence)
    assert pts.survey_finding_clauses("发现隐患是安全检查的生命线，消除隐患是安全检查的落脚点。") == []
    ch, _ = points("数据显示，全县粮食产量稳定增长。调查揭示了农户增收的主要渠道。")
    assert ch == []


# Kind 2: a wait complained of as too long, in colloquial turns and residents' complaints (prose_challenge words)

def test_waits_complained_of_are_challenges():
    ch, _ = points("记者走访了多个巴士站。有市民反映，候车时间长，好不容易等到巴士，可能因为人太多上不了车。交通局回应会跟进。")
    assert ch == ["候车时间长，好不容易等到巴士，可能因为人太多上不了车"]
    ch, _ = points("议员说：公立医院病人等很久，等极等不到，分分钟要等十多小时才有病床。专科门诊更要等几年。")
    assert ch == ["公立医院病人等很久", "等极等不到", "专科门诊更要等几年"]


def test_a_wait_that_no_one_complains_of_is_no_challenge():
    # negatives: a wait as a plan's condition, a waiting area, time that passes
    ch, _ = points("我们要等条件成熟后再推进改造。候车区设有座椅和饮水机。时间长了，居民就习惯了新的线路。")
    assert ch == []


# Kind 3: a task, target or indicator left undone (…任务未完成; 指标没有完成; 没有完成规划目标)

def test_undone_targets_are_shortfalls():
    from summarizer import aspects as asp
    assert asp.challenge_strength("全市部分年度水质约束性指标任务未完成") == 1
    assert asp.prose_aspect("去年有两项重要的考核指标没有完成") == asp.CHALLENGE
    ch, _ = points("全市环保工作取得新进展。但全市部分年度水质约束性指标任务未完成，两个断面水质仍不稳定。")
    assert ch and ch[0].startswith("全市部分年度水质约束性指标任务未完成")


def test_a_task_done_or_a_time_before_it_is_no_shortfall():
    # negatives: a task done, a time clause before it is done
    from summarizer import aspects as asp
    assert asp.challenge_strength("全年各项考核任务均已完成") == 0
    assert asp.challenge_strength("在评估报告未完成前，各单位不得对外公开") == 0
    ch, _ = points("全年各项考核任务均已完成。在评估报告未完成前，各单位不得对外公开数据。")
    assert ch == []


# Kind 4: a request or a complaint left without a reply (有的至今仍未见答复; 没有…做出任何答复)

def test_unanswered_complaints_are_challenges():
    ch, _ = points("本月编辑部收到读者来函四十封。对于读者的反映，有的部门很快回应，有的至今仍未见答复。"
                   "可是，商场至今还没有对读者的投诉做出任何答复。")
    assert ch == ["有的至今仍未见答复", "商场至今还没有对读者的投诉做出任何答复"]


def test_a_reply_given_or_prescribed_is_no_challenge():
    # negatives: a reply prescribed, a reply given
    ch, _ = points("对群众来信要及时答复。我们已经回复了每一位来信的市民。")
    assert ch == []


# Kind 2b: a claimant's plight told colloquially (开庭可能要排到明年; 还得自己跑去)

def test_a_claimants_colloquial_plight_is_a_challenge():
    ch, _ = points("工地老板拖欠工资一年多。去劳动部门投诉后就没了消息，还得自己跑去问，路费也没人管。"
                   "即便法院立案，开庭时间可能要排到明年夏天。")
    assert "即便法院立案，开庭时间可能要排到明年夏天" in ch
    assert any("还得自己跑去问" in c for c in ch)


def test_a_schedule_or_a_trip_of_ones_own_is_no_plight():
    # negatives: a schedule announced, a trip chosen
    ch, _ = points("下一场演出安排在周末。周末我们自己跑去郊外看花。")
    assert ch == []


# Kind 5: a back-referring purpose link before a concrete measure (要解决这个问题，必须…): the link goes, the measure stays

def test_a_link_before_a_concrete_measure_is_a_run_in_measure():
    from summarizer import aspects as asp
    assert asp.run_in_measure("要改善这个情况，必须扩大社区健康中心的服务。")
    assert asp.concrete_after_link("必须扩大社区健康中心的服务。")
    s = "要解决这个问题，必须加强社区卫生中心建设。"
    assert pts.purpose_link_end(s, 0, len(s)) == 8


def test_the_measure_after_a_link_is_a_point_without_it():
    _, rec = points("公立医院压力很大，病人等很久。要改善这个情况，必须扩大社区健康中心的服务。")
    assert rec == ["必须扩大社区健康中心的服务"]
    _, rec = points("公立医院压力很大，病人等很久。如果要改善这个情况，我觉得一定要改变重治疗轻预防的做法，我们要做好社区预防和健康管理。")
    assert rec == ["我觉得一定要改变重治疗轻预防的做法，我们要做好社区预防和健康管理"]


def test_a_link_before_an_approach_or_a_named_problem_is_kept_as_it_was():
    # negatives: an approach only announces the measures after it; a purpose that names its own problem stays whole
    from summarizer import aspects as asp
    assert not asp.run_in_measure("要破解上述难题，需要多方协同发力。")
    assert not asp.concrete_after_link("需要多方协同发力。")
    s = "解决教育公平问题，需要改革资源配置模式。"
    assert pts.purpose_link_end(s, 0, len(s)) == 0
    _, rec = points("公立医院压力很大，病人等很久。要破解上述难题，需要多方协同发力。一是扩大社区服务。二是增加人手。")
    assert rec == ["扩大社区服务", "增加人手"]


# Kind 6: information or a method said to mislead, in a complaint reported with its reply (有关资讯误导乘客)

def test_misleading_information_is_a_complaint():
    ch, _ = points("事主反映，巴士公司将总站标示为近关闸，有关资讯误导乘客。本公司会研究及考虑，适时作出优化。")
    assert ch == ["巴士公司将总站标示为近关闸，有关资讯误导乘客"]


def test_an_error_that_leads_to_something_is_no_misleading():
    # negative: 错误导致 is 错误 + 导致, not 误导
    from summarizer import aspects as asp
    assert asp.challenge_strength("试点前因分类错误导致工单平均流转三次") == asp.challenge_strength("试点前因分类错导致工单平均流转三次")
    ch, _ = points("试点前因分类错误导致工单平均流转三次。")
    assert ch == []
