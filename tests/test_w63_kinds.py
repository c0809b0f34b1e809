"""w63: how work summaries, self-inspections and meeting news of Part 63 state (or do not state) their points, as
small texts of the tests' own: a promise of how problems will be handled, a self-assessment's results section, a
problems-and-fixes item whose fix is already made, a heading that names the main things that exist, and a lead-in
that counts the problems found."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_promise_of_handling_problems_is_no_point():
    assert asp.promises_handling("对群众反映强烈的困难，区政府将逐项研究落实")
    assert asp.promises_handling("对暂时难以解决的问题，也将列入明年计划；对确实解决不了的问题，也要讲明原因")
    # a modal, a shortcoming after the topic, or no future: no promise
    assert not asp.promises_handling("对存在的问题，必须立即整改")
    assert not asp.promises_handling("对这些问题，将会造成严重后果，群众意见很大，难以解决")
    assert not asp.promises_handling("对反映的问题，区政府高度重视")
    ch, rec = _points("3月2日，区长约见部分区人大代表，听取意见。区长表示，代表们反映的意见，区政府会认真研究。"
                      "对群众反映强烈的困难，区政府将逐项研究落实；对暂时难以解决的问题，也将列入明年计划。\n")
    assert not any("逐项研究落实" in p or "列入明年计划" in p for p in ch + rec)


def test_self_assessment_results_section_gives_no_recommendations():
    ch, rec = _points("某小学食品安全自查报告\n一、自查情况\n（一）健全管理制度，落实主体责任。\n"
                      "1、学校成立食品安全工作领导小组，校长任组长。\n2、每学期与食堂从业人员签订安全责任书。\n"
                      "（二）加强过程管理，确保食品安全。\n1、食材统一由定点供应商配送，每批次索证索票。\n"
                      "二、存在的问题\n1、食堂从业人员培训不够系统，个别人员操作不规范。\n")
    assert not any(w in p for p in rec for w in ("健全管理制度", "加强过程管理", "成立食品安全工作领导小组"))
    assert any("培训不够系统" in p for p in ch)


def test_done_fix_is_split_from_its_problem():
    assert pts.done_fix_clause("已安排专项培训")
    assert pts.done_fix_clause("现已整改到位")
    assert not pts.done_fix_clause("已无法满足教学需求")  # the problem goes on
    assert not pts.done_fix_clause("安排专项培训")
    assert pts.problem_then_fix("- 部分班级的晨检记录不完整，已安排专项培训；") == ((2, 14), (15, 22))
    ch, rec = _points("三、存在问题及整改措施\n经过自查，发现以下不足：\n"
                      "- 部分班级的晨检记录不完整，已安排专项培训；\n- 图书室的藏书更新较慢，已申请专项经费；\n")
    assert "部分班级的晨检记录不完整" in ch and "图书室的藏书更新较慢" in ch
    assert "已安排专项培训" in rec and "已申请专项经费" in rec
    assert not any("已安排专项培训" in p for p in ch)


def test_heading_naming_main_existing_things_is_a_challenge_section():
    assert asp.heading_aspect("二、自查中存在的主要题目") == asp.CHALLENGE
    assert asp.heading_aspect("三、当前存在的突出矛盾") == asp.CHALLENGE
    assert asp.heading_aspect("一、题目") == asp.OTHER  # (an exam page's question: no problems named)
    ch, _ = _points("二、自查中存在的主要题目\n"
                    "1、学习方面:部分教职工自学少,对新课标的领会不够深入。\n"
                    "2、作风方面:少数教职工缺少创新意识,工作作风还不够扎实。\n")
    assert len(ch) == 2 and any("领会不够深入" in p for p in ch) and any("工作作风还不够扎实" in p for p in ch)


def test_lead_in_counting_found_problems_announces_challenges():
    for lead in ("经全面排查，共发现问题3项：", "共发现问题3项，具体情况如下：", "共发现合规问题4大类17项，具体情况及整改措施如下：",
                 "查出安全隐患12处，具体如下：", "发现3个方面的问题："):
        assert asp.counts_found_problems(lead), lead
        assert asp.lead_in_aspect(lead) == asp.CHALLENGE, lead
    assert not asp.counts_found_problems("共检查企业3家：")
    assert not asp.counts_found_problems("发现问题后要及时整改：")
    ch, rec = _points("今年我校组织各年级开展安全自查工作，通过查阅台账、现场检查等方式开展全面排查，共发现问题2项，具体情况如下："
                      "一是2间教室的灭火器过期未更换；二是部分楼道应急照明灯损坏。\n")
    assert any("灭火器过期未更换" in p for p in ch) and any("应急照明灯损坏" in p for p in ch)
    assert not any("灭火器过期未更换" in p for p in rec)


def test_parallel_duty_headings_are_recommendations():
    body = "现阶段，个别村干部在执行政策时变通走样。所以，{0}是村干部的基本要求，要时时处处做到。"
    assert pts.duty_heading("廉洁自律，秉公办事。", body.format("廉洁自律"))
    assert not pts.duty_heading("廉洁自律，秉公办事。", "一年来，我认真学习有关规定，带头执行。")  # (narrated)
    assert not pts.duty_heading("制度缺失，监督乏力。", body.format("健全制度"))  # (a shortcoming)
    text = ("如何做好村干部？我认为，加强自身建设至关重要。\n"
            "廉洁自律，秉公办事。个别村干部在执行政策时变通走样，损害村民利益。所以，村干部要时时处处做到廉洁。\n"
            "信守承诺，接受监督。村干部在竞选时都有承诺，实施中会有困难，但是要努力坚持。\n")
    _, rec = _points(text)
    assert "廉洁自律，秉公办事" in rec and "信守承诺，接受监督" in rec
    # one such heading alone may be a set phrase in passing
    _, rec = _points("如何做好村干部？\n廉洁自律，秉公办事。个别村干部变通走样。所以，村干部要做到廉洁。\n")
    assert "廉洁自律，秉公办事" not in rec


def test_pronoun_chair_requirements_lead_in():
    lead = "她在总结时肯定了各街道的工作，并对今年工作提出了以下几点要求："
    assert asp.lead_in_aspect(lead) == asp.RECOMMENDATION
    assert asp.lead_in_aspect("他们提出了以下几点要求：") == asp.OTHER  # (a group's demands, reported)
    assert asp.lead_in_aspect("他提出以下建议：") == asp.OTHER  # (another person's proposals)


def test_speaker_directions_announce_recommendations():
    assert asp.directs_list("区政协副主席最后强调：")
    assert asp.directs_list("他强调，下半年工作仍要围绕产量、成本、质量几个方面进行。")
    assert not asp.directs_list("要求：")  # (an exam's or a form's requirements label)
    assert not asp.directs_list("专家指出：")
    assert asp.lead_in_aspect("居民们强调，社区存在以下问题：") == asp.CHALLENGE
    _, rec = _points("7月8日，某厂召开半年工作会。厂长作了讲话。他强调，下半年工作仍要围绕产量、成本、质量几个方面进行。"
                     "一是新生产线投产前的流程梳理；二是做好8月份检修计划的制定；三是继续开展岗位技能竞赛活动。\n")
    assert any("流程梳理" in p for p in rec) and any("检修计划" in p for p in rec)


def test_new_readers_stay_linear():
    assert_linear(lambda n: asp.promises_handling("对" + "有条件解决" * n + "的问题，将尽快解决"), 5_000, "a long topic")
    assert_linear(lambda n: asp.counts_found_problems("共发现" + "问题" * n + "3项，具体情况如下："), 5_000,
                  "a long found clause")
    assert_linear(lambda n: asp.heading_aspect("存在的主要" + "题" * n), 5_000, "a long heading")
    assert_linear(lambda n: asp.directs_list("他强调，" + "要" * n + "："), 5_000, "a long directed clause")
    assert_linear(lambda n: pts.done_fix_clause("已" + "安排" * n), 5_000, "a long done clause")
    assert_linear(lambda n: _points("廉洁自律，秉公办事。村干部要做到廉洁。\n" * n), 50, "many duty headings")
    assert_linear(lambda n: _points("三、存在问题及整改措施\n" + "- 部分记录不完整，已安排专项培训；\n" * n), 50,
                  "many done-fix items")


def test_dotted_section_of_another_number_leaves_the_heading():
    from summarizer import structure
    text = ("一、自查背景\n为落实上级要求，我校开展了自查。\n2.1 师德认知偏差\n部分教师责任心不强，对学生缺乏耐心。\n"
            "2.2 教学方法不当\n部分教师教学方法陈旧，缺乏创新。\n")
    st = structure.parse(text)
    dotted = [it for it in st.items if it.family == "num2"]
    assert len(dotted) == 2 and all(it.parent is None for it in dotted)
    ch, _ = _points(text)
    assert any("责任心不强" in p for p in ch) and any("缺乏创新" in p for p in ch)
    same = structure.parse(text.replace("一、自查背景", "二、存在的问题"))
    assert all(it.parent is not None and it.parent.family == "cn" for it in same.items if it.family == "num2")
