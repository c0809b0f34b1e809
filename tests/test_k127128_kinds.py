"""k127128: Part 127-128 kinds fixed in general (issue 8): a drafting rule or a quoted statute, a count of suggestions
put forward, a served unit's acceptance, the news's praise of the event and a status class of recommendations state no
measure; a leader's or a meeting's ``；``-series of requirements in news of a body's own meeting gives one
recommendation per part. Texts are the tests' own."""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import requirement_series_parts


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_drafting_rule_read():
    assert asp.states_drafting_rule("申请书应当载明申请人的姓名和住所")
    assert asp.states_drafting_rule("落款：应简要写明发文日期")
    assert asp.states_drafting_rule("申请复议必须符合下列条件")
    assert not asp.states_drafting_rule("既要求实，写明工作的干货")  # (a writer's advice, no modal before the verb)
    assert not asp.states_drafting_rule("应加强对校外培训机构的监管")
    assert not asp.states_drafting_rule("必须明确各部门的职责分工")


def test_suggestions_counted_acceptance_and_praise_read():
    assert asp.narrates_suggestions_made("课题组向县政府提出了五项改进意见，督促有关部门落实")
    assert not asp.narrates_suggestions_made("各部门要提出三条整改建议")  # (a modal asks for them: a measure)
    assert not asp.narrates_suggestions_made("调研发现部分学校存在饮水困难等问题，并提出了5条建议")  # (the problem)
    assert not asp.narrates_suggestions_made("他提出3点建议，一是加快平台建设")  # (the items follow)
    assert not asp.accepts_recommendation("要提高站位，诚恳接受监督检查")
    assert asp.accepts_recommendation("该局表示对检察建议照单全收，逐项整改")
    assert not asp.accepts_recommendation("对巡察反馈的问题要照单全收，立行立改")
    assert asp.praises_event("更是推动问题源头治理的有效举措")
    assert asp.praises_event("此次现场约谈，是压实属地责任的重要举措")
    assert not asp.praises_event("建立健全长效机制是巩固整治成果的有效举措")
    assert asp.states_rule_or_reaction("更是推动问题源头治理的有效举措")


def test_recommendation_status_class_read():
    assert asp.states_recommendation_status("建议已部分落实")
    assert asp.states_recommendation_status("建議不獲政府接納")
    assert asp.states_recommendation_status("建议为政府暂无计划落实者")
    assert not asp.states_recommendation_status("建议为小微企业减轻税费负担")
    assert not asp.states_no_measure("建议尽快落实停车位配建标准")
    assert asp.states_no_measure("建议正在研究落实中")


def test_requirement_series_read():
    assert asp.requirement_series("各科室要把任务分解到人；要加强日常督查；要严肃追究失职责任。")
    assert asp.requirement_series_start("希望大家再接再厉：一要加强学习；二要改进作风。") > 0
    assert not asp.requirement_series("部分科室落实不到位；要加强日常督查。")
    assert not asp.requirement_series("要加强日常督查，严肃追究失职责任。")  # (one requirement: no series)
    parts = requirement_series_parts("局长在会上强调，各科室要把任务分解到人；要加强日常督查；要严肃追究失职责任。")
    assert len(parts) == 3
    assert asp.future_requirement("学校今后要把教师培训纳入年度计划")
    assert not asp.future_requirement("学校要把教师培训纳入年度计划")  # (no course ahead named: not read alone)
    text = "院长对代表们的意见表示感谢，他提出医院今后要完善患者投诉处理制度，缩短门诊候诊时间。"
    (a, b), = requirement_series_parts(text)
    assert text[a:b] == "医院今后要完善患者投诉处理制度，缩短门诊候诊时间"
    assert requirement_series_parts("市民表示，今后要多乘公交出行。") == []  # (表示 frames a view, no requirement)
    said = "组长说：“走访既要听取意见，也要宣传政策；既要关注重点对象，也要关注其他对象”。"
    assert len(requirement_series_parts(said)) == 2  # (a news frame's series: 既要A，也要B；既要C，也要D)
    assert requirement_series_parts("部分单位落实不到位；局长强调，要加强督查；要严肃追责。") == []  # (after a ；-part)


def test_template_description_gives_no_point():
    text = ("【格式说明】一、首部 (1)标题。写明“某某公司”和“整改通知书”。 (2)文号。写明年份和序号。二、正文 (1)抬头：应写明"
            "被通知单位的全称。 (2)事实：应简要写明检查发现的情况。 三、尾部 应写明落款日期并加盖公章。\n")
    ch, rec = _points(text)
    assert not rec and not ch


def test_meeting_requirement_series_gives_each_part():
    text = ("5月6日，县交通运输局召开道路运输安全工作会议，局属各单位主要负责人参加。\n"
            "会上，运管所通报了春运期间的安全检查情况。局长在讲话中强调，各单位要把隐患排查延伸到每一辆营运车辆；"
            "要加强对驾驶员的岗前培训和动态监控；要严格落实客运站进站安检制度，对违规车辆一律不予放行。\n"
            "会议还部署了下一阶段的重点工作。\n")
    ch, rec = _points(text)
    for x in ("隐患排查延伸到每一辆营运车辆", "驾驶员的岗前培训", "进站安检制度"):
        assert sum(x in p for p in rec) == 1, (x, rec)


def test_served_news_acceptance_not_a_point():
    text = ("本报讯 近日，某区人民检察院向区市场监管局公开宣告送达检察建议书。\n"
            "检察官建议该局加强对校园周边食品摊贩的巡查，建立问题线索移送台账。区市场监管局当场签收，"
            "表示对检察建议照单全收，立行立改。\n此次公开宣告送达，是增强检察监督刚性的有效举措。\n")
    ch, rec = _points(text)
    assert not any("照单全收" in p or "有效举措" in p for p in ch + rec)
    assert any("巡查" in p for p in rec)
