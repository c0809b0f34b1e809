"""Kinds of faults of Parts 117-118 (ids 6520-6639; SOURCES.md, ``tests/test_newuser49{d,e}_kinds.py``) fixed by
helper k117118, each on a small text of this file's own (no corpus text): a press release's ``呼吁…`` demand, a supply
that falls behind the need, a study's own result, an announced plan that names its place, a section title that names
its part, an outline's nodes one a line and two 请示 memos in one file. Every regex and line walk added is linear."""

from costs import assert_linear

from summarizer import essays, points
from summarizer.aspects import opens_with_demand
from summarizer.pipeline import summarize_document


def _points(text: str):
    essays_ = summarize_document(text).essays
    return ([p.text for e in essays_ for p in e.challenges], [p.text for e in essays_ for p in e.recommendations],
            len(essays_))


def test_appeal_opening_demand_is_a_recommendation():
    # a group's demand that opens with 呼吁 and asks an authority to act is the demand itself, no report whose
    # speaker the span left out (117a)
    ch, rec, _ = _points("业主委员会昨日召开记者会，指出小区电梯故障频发，维修基金迟迟未能启用，"
                         "呼吁区住建局尽快督促物业公司更换老旧电梯。")
    assert any("督促物业公司更换老旧电梯" in p for p in rec)
    assert any("电梯故障频发" in p for p in ch)
    assert opens_with_demand("呼吁区住建局尽快督促物业公司更换老旧电梯")
    assert not opens_with_demand("指出小区电梯故障频发")
    assert not opens_with_demand("呼吁大家多多关注")  # (no authority asked to act)


def test_supply_falling_behind_and_outside_the_bar_are_challenges():
    # 赶不上 / 不符合: the problem stated with no deficiency word (117b)
    ch, _, _ = _points("工会认为，本市公立托育机构的招生名额远远赶不上双职工家庭的需求，"
                       "而许多临时工家庭又不符合托育补贴的申领资格。")
    assert any("赶不上双职工家庭的需求" in p for p in ch)
    assert any("不符合托育补贴的申领资格" in p for p in ch)


def test_study_result_finding_is_a_challenge():
    # an abstract's ``研究结果发现，A`` after its design clause: A is the finding (117c)
    ch, _, _ = _points("本研究以多层次模型分析了二十个乡镇卫生室的服务数据，研究结果发现，山区乡镇的就医需求较高，"
                       "但医疗人力配置不足。")
    assert any(p.endswith("医疗人力配置不足") and "多层次模型" not in p for p in ch)
    s = "本研究以问卷访问照顾者，研究结果发现，喘息服务不足。"
    assert s[points.study_result_start(s):].startswith("喘息服务不足")
    assert points.study_result_start("张三的研究发现，喘息服务不足。") == 0  # (another's study: no result frame)


def test_announced_plan_with_its_place_gives_its_measures():
    # 下一步，村里将在…增设…，并协调…: a community news item's plan (118b)
    _, rec, _ = _points("本报讯 近日，柳林村召开村民议事会，讨论村口停车难的问题。村口道路狭窄，节假日车辆乱停乱放现象普遍。"
                        "下一步，村里将在村口空地增设一处公共停车场，并协调供电公司在停车场安装充电桩。")
    assert any("增设一处公共停车场" in p for p in rec)
    assert any("安装充电桩" in p for p in rec)
    assert points.announced_plan_clauses("下一步，街道将在这方面加大力度。") == []


def test_section_title_naming_its_part_is_no_point():
    # 一、推进垃圾分类的重点任务: the title of the section whose items are the measures (118e)
    _, rec, _ = _points("各位代表：\n下面我汇报全县垃圾分类工作。\n一、推进垃圾分类的重点任务\n1. 完善分类投放设施。"
                        "在每个小区设置四分类投放点。\n2. 健全收运体系。配齐分类运输车辆。\n")
    assert not any("重点任务" in p for p in rec)
    assert any("完善分类投放设施" in p for p in rec)
    t = "明确各部门的任务"
    assert not points.part_label_point(t, 0, len(t))  # (no modifier of rank: a measure)


def test_outline_nodes_without_punctuation_are_challenges():
    # a mind map's nodes one a line, some ending with ``;``: each node that states a shortcoming is a point (118d)
    ch, _, _ = _points("村务问题清单\n道路层面\n村道路灯长期损坏\n排水沟淤塞严重;\n巷道乱堆柴草现象普遍\n环境层面\n"
                       "生活污水直排河沟;\n垃圾清运不及时\n")
    assert any(p == "巷道乱堆柴草现象普遍" for p in ch)
    assert any(p == "垃圾清运不及时" for p in ch)
    assert not any("层面" in p for p in ch)
    runs = points.outline_runs("甲乙丙丁\n一二三四;\n五六七八\n九十百千;\n这是一句话。\n")
    assert len(runs) == 1 and len(runs[0]) == 4


def test_two_memos_in_one_file_are_two_essays():
    # 当否，请批示。 ⏎ sender ⏎ date ⏎ the next memo's title (118a)
    text = ("1关于维修村道桥梁的请示\n乡人民政府:\n我村东河桥建于上世纪七十年代，桥面开裂，护栏缺失，村民出行存在安全隐患。"
            "村集体经济薄弱，无力承担维修费用，恳请乡政府安排专项资金。\n当否，请批示。\n东河村村民委员会\n二〇XX年五月六日\n"
            "2关于解决村小学饮水问题的请示\n乡人民政府:\n我村小学至今仍饮用未经处理的井水，水质检测多项指标超标，"
            "师生饮水安全得不到保障。建议将村小学纳入今年农村饮水安全工程。\n妥否，请批示。\n东河村村民委员会\n二〇XX年五月十日\n")
    ch, rec, n = _points(text)
    assert n == 2
    assert not any("请示" in p for p in ch)
    bounds = essays.memo_bounds(text)
    assert [b[2] for b in bounds] == ["2关于解决村小学饮水问题的请示"]
    assert essays.memo_bounds("当否，请批示。\n某村\n二〇XX年五月六日\n") == []


def test_added_readers_are_linear():
    assert_linear(lambda n: points.outline_runs("问题不足;\n" * n), 2_000, "many outline lines")
    assert_linear(lambda n: points.outline_runs("甲" * n), 25_000, "one long line")
    assert_linear(lambda n: essays.memo_bounds("当否，请批示。\n二〇XX年五月六日\n" * n), 1_000, "many memo closes")
    assert_linear(lambda n: essays.memo_bounds("批" * n), 25_000, "a long line of 批")
    assert_linear(lambda n: points.study_result_start("结果" * n), 25_000, "a long line of 结果")
    assert_linear(lambda n: points.part_label_point("的" * n + "的主要任务", 0, n + 5), 25_000, "a long label")
    assert_linear(lambda n: points.announced_plan_clauses("下一步，社区将在" + "在" * n + "建设。"), 5_000,
                  "a long place")
    assert_linear(lambda n: opens_with_demand("呼吁" + "政" * n), 25_000, "a long demand")
