"""k130132: the open kinds of Parts 130 and 132 (employment and elderly care; enterprises and the business environment),
on small texts of the tests' own: an official's comma run of measures whose later measures open with an adverb, a ground
phrase or a means frame (points.modal_comma_run), a progress report's section on how a task went
(aspects.reports_task_status), a sum paid out or an event held as a count of work done (aspects.reports_statistic), a
bare announcement of problems (aspects.announces_problems) and a page's cut last clause (points.cut_dangling_end)."""

from summarizer import aspects as asp
from summarizer import points as P
from summarizer.pipeline import summarize_document

# an official's run of measures under one actor's modal: the later measures open with an adverb (协力推进, 扎实开展),
# after a means frame (以居民满意为导向), and one with a plain verb; longer than a point
RUN = ("会议强调，各乡镇要高度重视，协力推进垃圾分类工作提质增效，以居民满意为导向，扎实开展入户宣传引导，"
       "完善小区分类投放设施，加大违规投放执法检查力度，建立健全分类考核评价机制，加快全县人居环境整治进度。")


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_modal_comma_run_reads_adverb_and_frame_led_measures():
    aspect, spans = P.modal_comma_run(RUN)
    items = [RUN[a:b] for a, b in spans]
    assert aspect == asp.RECOMMENDATION
    assert items[0] == "各乡镇要高度重视"
    assert "协力推进垃圾分类工作提质增效" in items
    assert "以居民满意为导向，扎实开展入户宣传引导" in items  # (the frame goes on with the measure after it)
    assert items[-1] == "加快全县人居环境整治进度"
    assert len(items) == 7


def test_modal_comma_run_ground_phrase_and_adverb_after_plain_modal():
    s = ("下一步，要牢固树立安全发展理念，进一步压实仓储企业主体责任，结合季节特点强化日常巡查，加大违规经营处罚力度，"
         "深化消防通道占用专项整治行动，加强一线从业人员应急处置培训，坚决遏制较大事故发生。")
    aspect, spans = P.modal_comma_run(s)
    items = [s[a:b] for a, b in spans]
    assert aspect == asp.RECOMMENDATION
    assert items[0] == "牢固树立安全发展理念"
    assert "结合季节特点强化日常巡查" in items and "加强一线从业人员应急处置培训" in items


def test_modal_comma_run_still_needs_a_long_sentence_and_measures():
    assert P.modal_comma_run("要高度重视，协力推进分类工作，扎实开展宣传。") == (None, [])
    # (the run ends at a clause that is no measure: fewer than three items before it)
    s = ("我们要牢固树立服务意识，协力推进窗口建设，某区去年推行了帮办代办制度，群众评价普遍较高，"
         "办事时间由原来的五天缩短到两天，受到企业和群众广泛欢迎。")
    assert P.modal_comma_run(s) == (None, [])


def test_run_item_opens_and_means_frame():
    assert P._run_item_opens("合力推进乡村道路养护")
    assert P._run_item_opens("结合行业特点强化日常巡查")
    assert not P._run_item_opens("结合实际")
    assert not P._run_item_opens("群众满意度明显提高")
    assert P._means_frame_clause("以群众需求为导向")
    assert P._means_frame_clause("以数字化改革为抓手")
    assert not P._means_frame_clause("以人为本")
    assert not P._means_frame_clause("加强群众需求为导向的服务")


def test_comma_run_gives_one_point_per_measure():
    text = "6月3日，副县长到乡镇卫生院调研。\n" + RUN + "\n"
    _, recs = _points(text)
    for measure in ("协力推进垃圾分类工作提质增效", "完善小区分类投放设施", "加大违规投放执法检查力度",
                    "建立健全分类考核评价机制", "加快全县人居环境整治进度"):
        assert any(measure in p for p in recs), (measure, recs)


def test_task_status_heading_is_done_work():
    assert asp.reports_task_status("一、落实整改主体责任情况")
    assert asp.reports_task_status("（二）推进重点任务完成情况")
    assert not asp.reports_task_status("一、加快重点项目建设进度")
    assert not asp.reports_task_status("二、群众反映强烈的突出问题和整改情况说明及下一步工作")  # (too long: no heading of state)
    assert asp.heading_aspect("一、落实整改主体责任情况") == asp.OTHER
    assert asp.heading_aspect("一、加强组织领导") != asp.OTHER


def test_progress_notice_gives_no_measures():
    text = ("关于市交通集团审计整改进展情况的通报\n"
            "根据市审计局反馈意见，交通集团党委认真组织整改。现将整改进展情况公布如下。\n"
            "一、落实审计整改责任情况\n"
            "（一）加强统筹调度，压实工作责任。集团党委第一时间召开整改部署会，逐条认领反馈问题，建立问题清单和责任清单。\n"
            "（二）完善制度体系，推动长效管理。集团修订采购管理办法等制度6项，每月通报整改进度。\n")
    ch, recs = _points(text)
    assert recs == [] and ch == []


def test_sum_paid_and_events_held_are_counts_of_work_done():
    assert asp.reports_statistic("为参保企业返还稳岗资金2100万元")
    assert asp.reports_statistic("举办专场招聘会28场")
    assert asp.reports_statistic("开办电商技能培训班12期")
    assert not asp.reports_statistic("建议每年安排专项资金500万元")
    assert not asp.reports_statistic("失业保险金每月仅800元")


def test_policies_in_force_with_sums_give_no_measures():
    text = ("今年以来全县就业形势保持稳定。\n政策落实\n落实失业保险稳岗返还政策，为参保企业返还稳岗资金2100万元。\n"
            "发放创业担保贷款3.5亿元，扶持创业者900人。\n县人社局开展“春风送岗”活动，举办专场招聘会28场。\n")
    ch, recs = _points(text)
    assert recs == [] and ch == []


def test_bare_announcement_of_problems():
    assert asp.announces_problems("检查组认为，最主要的检查发现如下，食堂管理存在问题：")
    assert asp.announces_problems("当前还存在制约乡村旅游发展的问题。")
    assert not asp.announces_problems("三、存在的问题")  # (a section's name: its items follow, read as a section)
    assert not asp.announces_problems("部分企业存在融资难的问题。")
    assert not asp.announces_problems("当前还存在制约乡村旅游发展的交通瓶颈。")


def test_announcing_line_is_no_challenge_its_items_are():
    text = ("在对仓储部检查过程中，我们认为最重要的检查发现如下，仓储部存在问题：\n"
            "1、出入库登记流于形式，账实不符；\n2、消防器材过期未换，安全隐患突出。\n")
    ch, _ = _points(text)
    assert any("流于形式" in p for p in ch) and any("过期未换" in p for p in ch)
    assert not any(p.endswith("存在问题") for p in ch)


def test_cut_dangling_end():
    text = "营商环境就是生产力。各部门必须把\n"
    start = text.index("各")
    assert P.cut_dangling_end(text, start, start + len("各部门必须把")) == start
    text2 = "要优化审批流程，压缩办理时限，要加强对\n"
    assert P.cut_dangling_end(text2, 0, len(text2) - 1) == len("要优化审批流程，压缩办理时限")
    assert P.cut_dangling_end(text2 + "企业的服务。", 0, len(text2) - 1) is None  # (the text goes on: no cut)
    text3 = "这种做法是不合理的"
    assert P.cut_dangling_end(text3, 0, len(text3)) is None


def test_cut_last_line_gives_no_point():
    text = ("为进一步优化口岸营商环境，海关今年推行了“提前申报”模式，通关时间压缩四成。\n"
            "优化营商环境，就是解放生产力。各部门务必要把\n")
    ch, recs = _points(text)
    assert not any(p.endswith("把") for p in ch + recs)


def test_named_faults_and_copula_problems_are_no_bare_announcement():
    # (found while measuring: a named kind of fault, a copula's problem and a verb of solving state the point)
    assert not asp.announces_problems("食堂安全也存在隐患")
    assert not asp.announces_problems("检查覆盖存在盲区")
    assert not asp.announces_problems("人口老龄化不独是本市面对的问题")
    assert not asp.announces_problems("更要协助主管部门事前解决问题")


def test_a_sum_without_a_verb_of_paying_may_be_the_fault():
    assert not asp.reports_statistic("有36家药店超过规定幅度加价销售药品2.4亿元")
    assert asp.reports_statistic("发放创业担保贷款3.5亿元")


def test_bare_verb_status_heading_is_not_a_task_report():
    assert not asp.reports_task_status("一、整治情况")
    assert not asp.reports_task_status("二、整改情况")
