"""Faults a fresh user (check58) met on texts of their own, fixed by fix58b; each test runs a text of its own:

* an outline's node is read past its list marker: ``一是补齐…短板，…`` under a recommendation lead-in is a measure whose
  object is a problem word, not a problem (``points._outline_line_points``);
* a speaker's view frame (``专家认为，``) before a purpose clause and a modal (``破解…难题，需要多方合力：``) leaves the
  lead-in announcing measures, under a heading the tables do not know (``aspects.lead_in_aspect``, ``_run_lead_aspect``);
* an essay marker with its title glued on (``第一篇　标题``: the cleaning drops the space), ``【范文一】标题`` and
  ``文章一：标题`` split a collection; ``第一篇`` inside running text does not (``essays.ESSAY_MARKER``);
* a work plan's item with a target figure (``全年组织专题培训6期``) under a plan's heading is a measure, not a count of
  work done (``points._planned_target``).
"""


from summarizer.errors import EmptyInputError
from summarizer.essays import ESSAY_MARKER, split_essays
from summarizer.pipeline import summarize_document
from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    result = summarize_document(text)
    essay = result.essays[0] if hasattr(result, "essays") and result.essays else result
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_outline_node_read_past_its_marker_after_recommendation_lead():
    text = ("乡村学校调研\n\n近年来，乡村学校生源持续减少。\n\n对策建议\n为此，提出以下建议：\n"
            "一是补齐师资短板，定向培养全科教师；\n二是改善办学条件，推进寄宿制学校标准化建设；\n"
            "三是加大经费保障，提高生均公用经费标准。\n")
    ch, rec = _points(text)
    assert ch == []
    assert rec == ["补齐师资短板，定向培养全科教师", "改善办学条件，推进寄宿制学校标准化建设",
                   "加大经费保障，提高生均公用经费标准"]


def test_expert_view_lead_announces_measures_under_unknown_heading():
    text = ("# 乡村物流，卡在哪里？\n\n## 一、两大难题\n\n1. **网点分散。** 偏远村庄快递网点少，群众取件要跑十几里路。\n"
            "2. **成本偏高。** 末端配送单量小，快递企业普遍亏损。\n\n## 二、各方献策\n\n"
            "学者表示，破解农村物流难题，需要多方协同：\n\n"
            "- 一是**整合末端网点**，推动邮政与快递企业共建村级服务站；\n"
            "- 二是**完善运费补贴**，对偏远线路给予适当补助；\n"
            "- 三是**发展客货邮融合**，利用农村客车捎带快件。\n")
    ch, rec = _points(text)
    assert not any("整合末端网点" in p or "完善运费补贴" in p for p in ch)
    assert any(p.startswith("整合末端网点") for p in rec)
    assert any(p.startswith("完善运费补贴") for p in rec)
    assert any(p.startswith("发展客货邮融合") for p in rec)
    assert any("网点分散" in p for p in ch)


def test_essay_marker_with_glued_or_bracketed_title():
    assert ESSAY_MARKER.match("第一篇以法治护航营商环境").group("title") == "以法治护航营商环境"
    assert ESSAY_MARKER.match("【范文二】让社区治理更有温度").group("title") == "让社区治理更有温度"
    assert ESSAY_MARKER.match("文章三：绿色发展的县域实践").group("title") == "绿色发展的县域实践"
    assert ESSAY_MARKER.match("第一篇文章写得很好，大家都说好。") is None  # (running text, no title line)
    assert ESSAY_MARKER.match("文章一写得很好") is None


def test_collection_split_on_full_width_space_marker():
    text = ("第一篇　让夜市更有烟火气\n\n夜市管理存在占道经营、油烟扰民等问题。\n\n对此，要划定经营区域，统一安装油烟净化设施。\n\n"
            "第二篇　让公园更加开放\n\n部分公园开放时间短、围墙多，市民亲近自然不便。\n\n为此，应拆除不必要的围栏，延长开放时间。\n")
    result = summarize_document(text)
    assert [e.title for e in result.essays] == ["让夜市更有烟火气", "让公园更加开放"]
    spans = split_essays("【范文一】甲题目\n甲的正文。\n【范文二】乙题目\n乙的正文。")
    assert [s.title for s in spans] == ["甲题目", "乙题目"]


def test_planned_target_under_plan_heading_is_a_measure():
    text = ("县农业农村局2026年工作总结\n\n一、工作成效\n全年培训高素质农民1200人，建成高标准农田3万亩。\n\n"
            "二、存在的问题\n农技推广队伍老化，部分乡镇农技站人员不足。\n\n三、2027年工作打算\n"
            "一是强化农技培训，全年举办农技骨干培训班8期，重点提升新技术推广能力；\n"
            "二是推进农田建设，新建高标准农田不少于2万亩；\n三是计划组织农业科技下乡活动30场。\n")
    ch, rec = _points(text)
    assert any(p.startswith("强化农技培训，全年举办农技骨干培训班8期") for p in rec)
    assert any(p.startswith("推进农田建设，新建高标准农田不少于2万亩") for p in rec)
    # (the achievements counted under 工作成效 stay no measure)
    assert not any("1200人" in p for p in rec + ch)


def test_new_rules_linear_on_adversarial_text():
    def run(text):
        try:
            summarize_document(text)
        except EmptyInputError:
            pass  # (a text of list markers alone is boilerplate: no sentence left, raised fast)
    assert_linear(lambda n: run("治" * n), 10_000, "a line without punctuation")
    assert_linear(lambda n: run("好。" * n), 1_000, "tiny sentences")
    assert_linear(lambda n: run("第一篇" + "治" * n), 10_000, "an essay marker before a long line")
    assert_linear(lambda n: run("- 一是" * n), 2_000, "list markers alone")


def test_complaint_refuted_by_check_is_no_problem():
    from summarizer.aspects import states_no_problem
    text = ("关于网民反映某农贸市场秤不准的情况通报\n\n近日，有网民反映某农贸市场商户缺斤短两。经核实，市场内电子秤已全部检定合格，"
            "不存在商户缺斤短两的问题。\n\n下一步，要加强农贸市场计量器具日常抽查。\n")
    ch, rec = _points(text)
    assert not any("缺斤短两的问题" in p for p in ch)
    assert any("加强农贸市场计量器具日常抽查" in p for p in rec)
    assert states_no_problem("电子秤已全部检定合格，不存在商户缺斤短两的问题")
    # (a denial with no verdict of a check is what someone claims: a problem of attitude, not refuted here)
    assert not states_no_problem("一些干部认为本单位不存在形式主义的问题")


def test_wechat_source_footer_on_one_line_is_boilerplate():
    from summarizer.clean import clean
    text = ("乡村阅读调查\n\n不少农家书屋常年锁门，图书陈旧。\n\n要定期更新书目，延长开放时间。\n\n"
            "*本文来源：乡土观察公众号。转载请联系后台。*\n")
    cleaned = clean(text).text
    assert "本文来源" not in cleaned and "转载请联系后台" not in cleaned
    assert "要定期更新书目，延长开放时间。" in cleaned
