"""newfix19: kinds from a new user's trial (notice lead-ins, proposals after a topic phrase, bold labels)."""

from summarizer import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# F1: 问题 after 有关/相关 in a notice's announcement (现就有关问题通知如下) names the notice's matters, not problems.

def test_notice_announcing_relevant_matters_lists_measures():
    text = ("各村委会：\n为做好春季植树工作，现就有关问题通知如下：\n一、要加强组织领导，明确工作责任。\n"
            "二、要科学选择树种，提高成活率。\n三、要做好后期管护。")
    challenges, recommendations = _points(text)
    assert challenges == []
    assert recommendations == ["要加强组织领导，明确工作责任", "要科学选择树种，提高成活率", "要做好后期管护"]


def test_notice_announcing_existing_problems_keeps_challenges():
    text = "各村委会：\n现将存在的问题报告如下：\n一、组织领导不力，责任不明确。\n二、管护责任没有落实，成活率低。"
    challenges, recommendations = _points(text)
    assert recommendations == []
    assert challenges and challenges[0] == "组织领导不力，责任不明确"


# F2: a topic phrase that refers back to the problems (针对上述问题，) before the author's bare proposal (建议…).

def test_topic_phrase_before_bare_proposal_is_a_recommendation():
    text = "调查发现，村里道路年久失修，垃圾清运不及时。针对上述问题，建议镇政府加大道路维修投入，建立垃圾定期清运制度。"
    challenges, recommendations = _points(text)
    assert challenges == ["村里道路年久失修，垃圾清运不及时"]  # (frame dropped)
    # (the point starts at the proposal, past the topic phrase: fix42a's points.topic_lead_end)
    assert recommendations == ["建议镇政府加大道路维修投入，建立垃圾定期清运制度"]


def test_topic_phrase_before_proposal_as_a_noun_is_no_point():
    text = "调查发现，村里道路年久失修，垃圾清运不及时。针对上述问题，建议的内容很多。"
    assert _points(text)[1] == []


# F2: 通过多方面努力 holds 过多 across a word boundary (通过|多): no shortcoming.

def test_means_preposition_before_duo_states_no_excess():
    text = "调查发现，村里道路年久失修。通过多方面努力，推动乡村实现全面振兴。"
    assert _points(text)[0] == []
    assert _points("村里会议过多，文件过多。")[0] == ["村里会议过多，文件过多"]


# F4: a case's bold run-in labels (**问题描述**：…, **解决方案**： over a bullet list) name their aspects.

_CASE = ("# 社区治理案例\n\n## 案例一\n\n**问题描述**：某社区人口流动性大，管理难度不断增加，治安状况较差。\n\n"
         "**解决方案**：\n\n- 建立流动人口登记制度，掌握人员底数。\n- 组织志愿者开展夜间巡逻。\n- 定期举办邻里文化活动。\n")


def test_case_labels_name_their_aspects_in_markdown():
    essay = summarize(_CASE, source="case.md").essays[0]
    assert [p.text for p in essay.challenges] == ["某社区人口流动性大，管理难度不断增加，治安状况较差"]
    assert [p.text for p in essay.recommendations] == [
        "建立流动人口登记制度，掌握人员底数", "组织志愿者开展夜间巡逻", "定期举办邻里文化活动"]


def test_solution_label_names_no_reported_document():
    from summarizer import aspects
    assert aspects.lead_in_aspect("解决方案：") == aspects.RECOMMENDATION
    assert aspects.lead_in_aspect("《方案》提出以下措施：") == aspects.OTHER


def test_bare_label_reading_is_bounded():
    from summarizer import aspects
    assert aspects.run_in_label_aspect("问题描述：某社区人口流动性大，管理难度不断增加。") == aspects.CHALLENGE
    assert aspects.run_in_label_aspect("解决方案：建立登记制度。") is None  # a body too short to be a point
    assert aspects.run_in_label_aspect("社区在发展过程中出现的问题描述：某社区人口流动性大，管理难度增加。") is None


# F3: a verb of effort between a modal and its action (必须设法扩大…, 应当想方设法降低…) prescribes as an adverb does.

def test_modal_with_verb_of_effort_prescribes():
    text = "青年就业难的问题日益突出。政府必须设法扩大公共部门岗位，企业也必须承担更多社会责任。"
    challenges, recommendations = _points(text)
    assert challenges == ["青年就业难的问题日益突出"]
    assert recommendations == ["政府必须设法扩大公共部门岗位，企业也必须承担更多社会责任"]
    assert _points("青年就业难的问题日益突出。政府应当想方设法降低求职成本。")[1] == ["政府应当想方设法降低求职成本"]


# F3: problem nouns as the subject of a trend predicate (…的问题与挑战日益严峻) state a problem; no glued heading.

def test_problem_nouns_before_trend_adverb_state_the_problem():
    challenges, recommendations = _points("少子化的问题与挑战日益严峻。\n\n政府必须加速盘点受冲击的产业，并寻找替代方案。")
    assert challenges == ["少子化的问题与挑战日益严峻"]
    assert recommendations == ["政府必须加速盘点受冲击的产业，并寻找替代方案"]


def test_glued_heading_still_opens_a_region():
    from summarizer import aspects
    assert aspects.opener_aspect("基层社区在疫情防控工作中的突出问题新型冠状病毒传播快") == aspects.CHALLENGE
    assert aspects.opener_aspect("少子化的问题与挑战日益严峻。") is None


# F3: an op-ed's byline, a name alone after ◎ on its own line, is no title.

def test_byline_mark_line_is_not_the_title():
    essay = summarize("◎ 王小明\n\n少子化的问题与挑战日益严峻。\n\n政府必须加速盘点受冲击的产业，并寻找替代方案。").essays[0]
    assert essay.title is None
    assert essay.start == 7
    assert summarize("少子化对策\n\n少子化的问题与挑战日益严峻。").essays[0].title == "少子化对策"


# F6: a line of a list of topic-labelled lines (经费不足：A，B，C) is one item with its label, not a run of items.

_LABELLED = ("社区治理的难点与对策\n一、社区治理存在的问题\n人手短缺：社区工作人员中，部分人员身兼数职，难以应对日益繁重的服务任务。\n"
             "经费不足：社区工作经费有限，难以满足居民日益增长的服务需求，导致服务质量不高。\n"
             "参与度低：社区活动中，居民参与积极性不高，导致决策缺乏群众基础。")


def test_labelled_line_among_topic_labels_stays_whole():
    challenges, _ = _points(_LABELLED)
    assert challenges == ["人手短缺：社区工作人员中，部分人员身兼数职，难以应对日益繁重的服务任务",
                          "经费不足：社区工作经费有限，难以满足居民日益增长的服务需求，导致服务质量不高",
                          "参与度低：社区活动中，居民参与积极性不高，导致决策缺乏群众基础"]


def test_report_field_labels_still_announce_their_runs():
    challenges, recommendations = _points("整改报告\n存在问题：台账不全，制度缺失，人员不足。\n整改措施：建立台账，完善制度，充实人员。")
    assert challenges == ["台账不全", "制度缺失", "人员不足"]
    assert recommendations == ["建立台账", "完善制度", "充实人员"]


def test_labelled_line_item_reads_neighbours_only():
    from summarizer.points import labelled_line_item
    text = "人手短缺：甲。\n经费不足：乙。\n"
    assert labelled_line_item(text, 8)  # its neighbour 人手短缺： is a topic label
    assert not labelled_line_item(text, 0)  # its neighbour 经费不足： names an aspect: no topic label beside it
    assert not labelled_line_item("存在问题：甲。\n整改措施：乙。\n", 8)
    assert not labelled_line_item("经费不足：乙。", 0)  # no sibling line
    assert not labelled_line_item("一" * 100_000 + "\n经费不足：乙。", 100_001)


# F1: a notice's rule for matters arising (执行中的问题，由…协调) assigns them; it states no problem.

def test_problem_assigned_to_its_handler_is_no_challenge():
    text = "各村委会：\n现就有关事项通知如下：\n一、要加强组织领导，明确工作责任。\n二、要做好后期管护。\n\n执行中的问题，由镇农办协调。"
    challenges, recommendations = _points(text)
    assert challenges == []
    assert recommendations == ["要加强组织领导，明确工作责任", "要做好后期管护"]
    from summarizer import aspects
    assert aspects.challenge_strength("问题由于管理不善造成，部门推诿。") >= 1  # 由于 is a cause, not an assignment


# F1: an editor's elision mark (（略）) says nothing: no summary of it, no glue to the next paragraph.

def test_elision_mark_is_removed():
    text = ("各村委会：\n为做好春季植树工作，现就有关事项通知如下：\n一、要加强组织领导，明确工作责任。（略）\n\n"
            "二、要做好后期管护。（略）\n\n上述要求，请各村认真落实。")
    result = summarize(text)
    essay = result.essays[0]
    assert "略" not in essay.summary
    assert [(p.text, p.start, p.end) for p in essay.recommendations] == [
        ("要加强组织领导，明确工作责任", 30, 44), ("要做好后期管护", 52, 59)]
    assert essay.challenges == []
