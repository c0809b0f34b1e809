"""userfix19: kinds from the new-user trial (issue 8) — a 有的…；有的… run of faults, an attributive 存在的 frame."""
from summarizer import aspects as asp
from summarizer import points as P
from summarizer import summarize


def _challenges(text: str) -> list[str]:
    doc = summarize(text)
    return [p.text for e in doc.essays for p in e.challenges]


RUN = ("有的单位把考核简单理解为填表，却忽视群众感受；有的干部遇事推诿，导致诉求久拖不决；"
       "有的部门信息互不相通，企业办事仍需来回跑。")


def test_distributive_run_gives_one_challenge_per_part():
    assert _challenges(RUN) == ["有的单位把考核简单理解为填表，却忽视群众感受", "有的干部遇事推诿，导致诉求久拖不决",
                                "有的部门信息互不相通，企业办事仍需来回跑"]


def test_distributive_run_after_a_lead_in_leaves_the_lead_in_out():
    text = "部分地方存在“重留痕轻落实”的现象：" + RUN
    spans = P.prose_parts(text, 0, len(text), asp.CHALLENGE, 60)
    assert [text[a:b] for a, b in spans] == ["有的单位把考核简单理解为填表，却忽视群众感受",
                                             "有的干部遇事推诿，导致诉求久拖不决",
                                             "有的部门信息互不相通，企业办事仍需来回跑"]


def test_one_distributive_part_is_no_run():
    text = "有的单位把考核简单理解为填表；另一些单位则认真落实。"
    assert P._distributive_run(text, [(0, 14), (15, len(text))]) == set()
    assert P._distributive_run(RUN, [(0, 22), (23, 40), (41, len(RUN))]) == {0, 23, 41}


def test_attributive_frame_verb_leaves_no_stray_de():
    text = "调查报告反映了当前社区服务中存在的“一站式”办理落实不到位、服务流程繁琐等问题。"
    assert [text[a:b] for a, b in P.framed_problems(text)] == ["“一站式”办理落实不到位", "服务流程繁琐"]
    assert _challenges(text) == ["“一站式”办理落实不到位", "服务流程繁琐"]


def test_plain_frame_verb_unchanged():
    text = "社区服务仍存在办理流程繁琐、服务窗口设置不合理等问题。"
    assert [text[a:b] for a, b in P.framed_problems(text)] == ["办理流程繁琐", "服务窗口设置不合理"]


def _recommendations(text: str) -> list[str]:
    doc = summarize(text)
    return [p.text for e in doc.essays for p in e.recommendations]


def test_means_with_a_perfective_result_reports_work_done():
    text = "近年来，县里通过不断完善考核制度，加大培训力度，丰富服务形式，有效提升了基层干部的服务能力。"
    assert asp.reports_means_done(text)
    assert asp.sentence_aspect(text) is None
    assert _recommendations(text) == []


def test_means_under_a_modal_is_still_a_measure():
    text = "今后要通过不断完善考核制度，加大培训力度，提升干部的服务能力。"
    assert not asp.reports_means_done(text)
    assert _recommendations(text) == ["今后要通过不断完善考核制度，加大培训力度，提升干部的服务能力"]
    # no perfective result: the means is not reported as done
    assert not asp.reports_means_done("通过完善考核制度，加大培训力度，丰富服务形式，提升干部的服务能力。")


COLUMN = ("时评：停车问题\n\n老旧小区停车难已成为居民的烦心事。一方面是车位供给严重不足，新建小区配建比例偏低。"
          "另方面是管理混乱，占道停车无人过问。\n\n要缓解停车压力，关键是政府统筹开放周边单位车位。\n")


def test_column_name_and_topic_line_is_the_title_not_a_problem_section():
    assert asp._COLUMN_TITLE.fullmatch("时评：停车问题")
    assert not asp._COLUMN_TITLE.fullmatch("存在的问题")
    assert _challenges(COLUMN) == ["车位供给严重不足，新建小区配建比例偏低", "管理混乱，占道停车无人过问"]
    assert _recommendations(COLUMN) == ["要缓解停车压力，关键是政府统筹开放周边单位车位"]


def test_figure_after_a_space_is_a_statistic_not_a_shortcoming():
    spaced = "甲区推行“阳光账本”模式让小区公共收益透明化，投诉量下降 70%。"
    assert asp.reports_statistic("投诉量下降 70%")
    assert asp.reports_statistic("一年解决邻里纠纷 3200 余件")
    assert _challenges(spaced) == []
    # the shortcoming stays one: no figure after the verb
    assert not asp.reports_statistic("居民参与率明显下降")


def test_distributive_run_inside_a_lead_in_to_a_list_gives_its_parts():
    text = ("部分地方存在“重留痕轻落实”的现象：" + RUN[:-1] + "，这些问题说明工作中存在两个短板：一是作风不实，"
            "部分干部满足于表面文章；二是协同不足，各部门各自为政。")
    assert [text[a:b] for a, b in P.distributive_run_spans(text)] == [
        "有的单位把考核简单理解为填表，却忽视群众感受", "有的干部遇事推诿，导致诉求久拖不决",
        "有的部门信息互不相通，企业办事仍需来回跑"]
    assert _challenges(text) == ["有的单位把考核简单理解为填表，却忽视群众感受", "有的干部遇事推诿，导致诉求久拖不决",
                                 "有的部门信息互不相通，企业办事仍需来回跑", "作风不实，部分干部满足于表面文章",
                                 "协同不足，各部门各自为政"]


def test_distributive_run_of_practices_or_duties_is_no_run_of_faults():
    # no part states a problem: what some do, told one subject a part
    assert P.distributive_run_spans("各村做法不一：有的村办起了合作社；有的村发展乡村旅游。") == []
    # the parts prescribe
    assert P.distributive_run_spans("有的部门要加快审批，避免久拖不决；有的部门要加强协作，防止推诿扯皮。") == []
