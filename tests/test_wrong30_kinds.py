"""wrong30: kinds of wrong points (issue 8's wrong side, diagnosed on Parts 37-38): a news report of an inspection
narrates what the inspecting body did (督导组采用…等方式重点督导…; 查找了…存在的问题隐患), a journal abstract announces the
angle it studies from (从…等方面，阐述…; 并在此基础上，总结出…建议), an amending resolution quotes the provisions it rewrites
(“第九條 …; 第九-A條), a document-sharing site's download notice (文件下载后无此问题，请放心下载) holds 问题 and 错误, and
the learned model's points of the register of work or study are dropped, as the rules' are. Texts written for these
tests."""

from __future__ import annotations

import summarizer
from summarizer import aspects, clean, register


def _points(text: str, **kw) -> list[str]:
    doc = summarizer.summarize(text, max_points=30, max_point_chars=60, **kw)
    return [p.text for e in doc.essays for p in e.challenges + e.recommendations]


def _read_as_neither(predicate, texts) -> None:
    """Each of ``texts`` is of the kind ``predicate`` reads, and so states neither aspect."""
    for text in texts:
        assert predicate(text), text
        assert aspects.states_neither(text), text


# --- an inspection narrated (aspects.narrates_inspection) ---

NARRATED = ("各检查组采用查阅台账、实地察看、随机抽问等方式重点检查了各乡镇汛前准备情况",
            "督导组一行先后来到三座小型水库，查看了泄洪设施运行情况",
            "查找了城区排涝工作中存在的薄弱环节，就现有应急预案进行了评估",
            "对全县各学校食堂的食品安全管理情况进行了抽查")


def test_an_inspection_narrated_states_neither_aspect():
    _read_as_neither(aspects.narrates_inspection, NARRATED)


def test_what_the_inspection_found_or_demanded_is_kept():
    kept = ("督导组要求各乡镇要抓紧整改排涝设施存在的问题",  # its demand: the measures
            "检查组发现部分学校食堂进货台账记录不全",  # its finding: the problem
            "督导组指出，个别水库值守人员不在岗",  # its finding, reported
            "对全县各学校食堂进行抽查",  # no past: a plan's measure may read so
            "检查组要对重点水库逐一检查",  # a modal: a measure
            "部分乡镇汛前检查流于形式",  # no inspecting body: a problem
            "检查组人员过多，到基层时层层陪同，队伍庞大",  # the body's own fault: a problem
            "督导组自身建设")  # no act of the body: a topic (a problems section's heading)
    for text in kept:
        assert not aspects.narrates_inspection(text), text


def test_an_inspection_news_report_gives_no_challenge_from_its_narration():
    body = ("市防汛督导组赴各区检查汛前准备工作\n\n"
            "5月10日，市防汛督导组赴各区开展汛前检查。"
            "各督导组采用查阅台账、实地察看、随机抽问等方式重点督导了各区排涝泵站运行、隐患排查整治和应急物资储备情况。"
            "督导组要求各区要压实防汛责任，加快排涝设施隐患整改，确保安全度汛。\n")
    got = _points(body, aspect_model=False)
    assert not any("采用查阅台账" in p for p in got), got
    assert any("压实防汛责任" in p for p in got), got


# --- a study's angle or summing up (aspects.states_study_method) ---

def test_a_study_angle_or_summing_up_states_neither_aspect():
    _read_as_neither(aspects.states_study_method, ("从产业基础、政策环境等方面，阐述了边境贸易转型的现实路径",
                                                   "从制度逻辑、市场逻辑两个维度论述了数字平台监管的理论框架",
                                                   "并在此基础上，总结出推动边境城市开放发展的若干建议"))


def test_a_measure_from_an_angle_is_kept():
    for text in ("应从制度层面分析风险，健全监管规则",  # a modal after the angle: a measure
                 "从源头上治理污水直排",  # no verb of study: a measure
                 "从制度层面加强平台监管"):
        assert not aspects.states_study_method(text), text


# --- an amending resolution's quoted and inserted provisions (register.provision_spans) ---

AMENDING = ("第5/2020號決議\n"
            "修改第1/2010號決議《議事程序》\n"
            "立法會根據議事規則，通過本決議。\n"
            "第一條\n"
            "第1/2010號決議第七條修改如下：\n"
            "“第七條\n"
            "（發言時間）\n"
            "議員發言時間不得超過五分鐘，主席應提醒超時的議員。\n"
            "第七-A條\n"
            "（書面提問）\n"
            "議員須於會議前三日提交書面提問，秘書處應將提問轉交政府。”\n")


def test_quoted_and_inserted_provisions_count_as_provisions():
    assert len(register.provision_spans(AMENDING)) == 3
    assert register.provision_spans("第一条 总则\n本办法适用于全市。\n") == []  # one provision: no rule text


def test_an_amending_resolution_gives_no_point_inside_its_provisions():
    got = _points(AMENDING, aspect_model=False)
    assert not any("不得超過五分鐘" in p or "須於會議前三日" in p for p in got), got


# --- a document-sharing site's download notice (boilerplate site_notice) ---

DOWNLOAD_NOTICE = ("1. 部分包含图表的文件，预览时可能显示错乱或异常，文件下载后无此问题，请放心下载。\n"
                   "2. 下载文档时可能由于网络原因下载错误，付费后未能成功下载的用户请联系客服处理。\n")


def test_a_download_notice_is_removed_as_furniture():
    body = ("社区养老服务调研报告\n" + DOWNLOAD_NOTICE
            + "一、存在的问题\n社区养老服务设施不足，专业护理人员短缺。\n二、对策建议\n要加快建设社区养老服务站。\n")
    cleaned = clean.clean(body).text
    assert "请放心下载" not in cleaned and "未能成功下载" not in cleaned
    assert "专业护理人员短缺" in cleaned
    got = _points(body, aspect_model=False)
    assert not any("下载" in p for p in got), got


# --- the learned model's points of the register of work or study (aspects.frames_work_or_study) ---

def test_model_points_of_work_or_study_are_dropped_but_reports_and_scenes_are_left_to_the_model():
    assert aspects.frames_work_or_study("从制度逻辑、市场逻辑两个维度论述了数字平台监管的理论框架")  # a study's angle
    assert aspects.frames_work_or_study("各督导组采用查阅台账、实地察看等方式重点督导了各区排涝泵站运行情况")  # an inspection
    assert aspects.frames_work_or_study("相应的改进建议")  # a section's name
    assert aspects.frames_work_or_study("全面贯彻党的二十大精神，深入贯彻习近平总书记关于城市工作的重要论述")  # a formula
    assert not aspects.frames_work_or_study("促请政府搁置公立医院收费上调计划")  # a demand reported: the model's call
    assert not aspects.frames_work_or_study("近日，市政府办公厅印发《关于加强社区养老服务的通知》")  # a news peg: the model's call
    assert not aspects.frames_work_or_study("社区养老服务设施不足，专业护理人员短缺")  # a problem


# --- a section's name only (aspects.names_section_only) ---

def test_a_section_name_alone_states_neither_aspect():
    _read_as_neither(aspects.names_section_only, ("相应的改进建议", "问题带来的严重后果", "会议决议", "存在的主要问题", "二、对策建议"))


def test_a_named_deficiency_or_measure_is_no_section_name():
    for text in ("投入不足问题", "资金短缺问题", "建立预警机制", "改进建议：加大投入", "人才流失严重"):
        assert not aspects.names_section_only(text), text


# --- unnamed others' call or doubt (aspects.states_background) and a modal of hardship (modal_exclusion) ---

def test_unnamed_others_calling_or_doubting_state_neither_aspect():
    assert aspects.states_neither("有人呼吁取消停车收费，认为收费过高")
    assert aspects.states_neither("也有人质疑补贴政策的效果")
    assert not aspects.states_neither("停车收费过高，居民负担加重")


def test_a_modal_after_an_adverb_of_frequency_tells_a_hardship():
    assert not aspects.holds_modal_word("病人往往要为看一次专科四处奔走")
    assert not aspects.holds_modal_word("居民常常需要排队两小时才能办完手续")
    assert aspects.holds_modal_word("各医院要简化专科预约手续")


# --- a guiding formula (aspects.states_guiding_formula) ---

def test_a_guiding_formula_alone_states_neither_aspect():
    _read_as_neither(aspects.states_guiding_formula, ("全面贯彻党的二十大精神，深入贯彻习近平总书记关于城市工作的重要论述",
                                                      "以习近平新时代中国特色社会主义思想为指导"))


def test_a_formula_with_work_of_its_own_is_kept():
    for text in ("深入贯彻党的二十大精神，加快推进老旧小区改造", "落实安全生产责任", "以钉钉子精神抓好整改落实"):
        assert not aspects.states_guiding_formula(text), text



# --- a paper's funding note (clean: author_bio) ---

def test_a_funding_note_is_removed_as_furniture():
    text = ("二、存在的问题\n人才流失严重。注:本文系某大学公共管理学院科研项目(项目编号:AB1234)的阶段性成果\n"
            "三、对策\n【本文系省社科规划课题“乡村治理研究”(22ZZ05)的研究成果】\n")
    cleaned = clean.clean(text)
    assert "本文系" not in cleaned.text and "阶段性成果" not in cleaned.text
    assert "人才流失严重" in cleaned.text
    for kept in ("本文系统分析了农村养老存在的问题，取得了一些成果。", "本文为读者介绍了改革的主要成果。"):
        assert clean.clean(kept).text == kept  # no project, grant or fund named: the essay's own words
