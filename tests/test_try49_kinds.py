"""Kinds of faults found by the try49 tryout (a new user's documents), each on a small text written for the test."""

from __future__ import annotations

import summarizer
from summarizer import aspects as asp

from costs import assert_linear


def _points(text: str, **kw) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text, **kw).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# --- an audit announcement's closing section on how the problems found are put right: 三、审计查出问题的整改情况 ----------

_AUDIT = ("某镇2023年度财务收支审计结果公告\n\n"
          "镇审计办对镇政府2023年度财务收支情况进行了审计，现将结果公告如下。\n\n"
          "一、审计发现的主要问题\n\n"
          "（一）固定资产账实不符。部分办公设备报废后未及时核销，涉及金额18.2万元。\n\n"
          "（二）工程结算审核不严。两个村道硬化项目多计工程量，多付工程款6.5万元。\n\n"
          "二、审计建议\n\n"
          "（一）完善资产管理制度。定期开展资产清查，及时办理报废核销手续。\n\n"
          "（二）加强工程结算审核。引入第三方造价咨询，严格按实际完成量结算。\n\n"
          "三、审计查出问题的整改情况\n\n"
          "对以上问题，有关单位正在按要求整改。\n")


def test_rectification_status_heading_names_no_problem_section():
    for heading in ("三、审计查出问题的整改情况", "上次巡察反馈问题的整改落实情况", "三、问题处理及整改情况",
                    "问题的整改情況："):
        assert asp.reports_rectification(heading), heading
        assert asp.heading_aspect(heading) is None, heading
        assert asp.item_vote(heading) is None, heading
    # (the problems themselves, a section of both, and the measures to take are left as they were)
    assert asp.heading_aspect("一、审计发现的主要问题") == asp.CHALLENGE
    assert asp.heading_aspect("二、存在问题及整改情况") == asp.CHALLENGE
    assert asp.heading_aspect("三、存在问题的整改措施") == asp.RECOMMENDATION
    assert not asp.reports_rectification("一、审计发现的主要问题")
    assert not asp.reports_rectification("整改情况")


def test_audit_rectification_status_section_is_no_challenge():
    for aspect_model in (True, False):
        challenges, recommendations = _points(_AUDIT, aspect_model=aspect_model)
        assert challenges == ["固定资产账实不符", "工程结算审核不严"], aspect_model
        assert recommendations == ["完善资产管理制度", "加强工程结算审核"], aspect_model


def test_reports_rectification_is_linear():
    assert_linear(lambda n: asp.reports_rectification("问" * n + "问题的整改情况"), 2_000, "long heading")
    assert_linear(lambda n: asp.reports_rectification("问题，" * n), 2_000, "many clauses")


# --- the service: options sent as the library's options object, or an option's name misspelt -------------------------

def test_unknown_field_says_options_are_top_level_and_names_a_close_option():
    from fastapi.testclient import TestClient

    from service.app import create_app

    client = TestClient(create_app())  # no lifespan: the 422 of validation needs no worker
    text = "一、存在问题\n基层人员不足。\n二、对策建议\n充实基层队伍。"
    error = client.post("/v1/summarize", json={"text": text, "options": {"max_points": 3}}).json()["error"]
    assert error["field"] == "options"
    assert error["message"].startswith("options: unknown field (the options are fields of the body itself")
    r = client.post("/v1/summarize", json={"text": text, "maxpoints": 3})
    assert r.status_code == 422
    assert r.json()["error"]["message"] == "maxpoints: unknown field (did you mean max_points?)"
    error = client.post("/v1/summarize/batch", json={"documents": [{"id": 1, "text": text}],
                                                      "summary_char": 100}).json()["error"]
    assert error["message"] == "summary_char: unknown field (did you mean summary_chars?)"
    # (a name like no field stays as it was)
    assert client.post("/v1/summarize", json={"text": text, "colour": 1}).json()["error"]["message"] == \
        "colour: unknown field"


# --- a self-criticism's measure that plans to write (每季度撰写一篇理论文章) read as a 申论 exam prompt ------------------
# (the prompt's 写一篇 made the sentence a reviewer's comment, and every point after it was cut as the comment's)

_SELF_CHECK = ("个人对照检查材料\n\n"
               "一、存在的问题\n\n"
               "一是学习不够系统，满足于浅尝辄止。二是调研不够深入，掌握的一手情况偏少。\n\n"
               "二、整改措施\n\n"
               "一是制定年度读书计划，每月撰写一篇学习心得文章。二是每季度到联系点蹲点调研一周，形成专题报告。"
               "三是建立问题整改台账，逐项对账销号。\n")


def test_a_plan_to_write_an_article_is_no_exam_prompt():
    assert not asp.exam_prompt("一是制定年度读书计划，每月撰写一篇学习心得文章。")
    assert not asp.is_commentary("一是制定年度读书计划，每月撰写一篇学习心得文章。")
    assert not asp.exam_prompt("写一篇短文容易，写一篇好文章难。")
    # (the prompts themselves are still read as prompts)
    assert asp.exam_prompt("请结合上述材料，自选角度，写一篇议论文。")
    assert asp.exam_prompt("阅读以下材料，谈谈你的看法，写一篇文章。")
    assert asp.exam_prompt("围绕基层减负，写一篇不少于800字的文章。")
    assert asp.exam_prompt("圍繞鄉村振興寫一篇策論文，1000字左右。")


def test_self_check_measures_after_a_plan_to_write_are_kept():
    for aspect_model in (True, False):
        challenges, recommendations = _points(_SELF_CHECK, aspect_model=aspect_model)
        assert len(challenges) == 2, (aspect_model, challenges)
        assert len(recommendations) == 3, (aspect_model, recommendations)
        assert recommendations[0].startswith("制定年度读书计划"), recommendations


# --- a proposal's 案由： field: the label is no part of the point ----------------------------------------------------

def test_proposal_grounds_label_is_no_part_of_the_point():
    from summarizer.points import past_speaker_label

    text = "案由：乡村学校教师流失严重，学生被迫进城就读。"
    assert text[past_speaker_label(text, 0, len(text)):].startswith("乡村学校")
    text = "提案理由：乡村学校教师流失严重。"
    assert text[past_speaker_label(text, 0, len(text)):].startswith("乡村学校")
    text = "问题：乡村学校教师流失严重。"  # (a field that names what follows stays)
    assert past_speaker_label(text, 0, len(text)) == 0


def test_exam_prompt_is_linear():
    assert_linear(lambda n: asp.exam_prompt("写一篇" + "文" * n), 5_000, "long sentence")
    assert_linear(lambda n: asp.exam_prompt("写一篇" * n), 2_000, "many orders")


# --- a report pasted from an e-mail: its header lines (收件人：, 抄送：, 主题：) over the report -------------------------

_MAIL = ("收件人：市城管局办公室\n"
         "抄送：市财政局\n"
         "主题：关于背街小巷环境整治情况的报告\n\n"
         "各位领导：\n\n"
         "现将背街小巷环境整治情况报告如下。目前存在的问题主要是：一是部分路段占道经营反弹，二是环卫保洁经费不足。\n\n"
         "下一步建议：一是建立长效巡查机制，二是将保洁经费纳入年度预算。\n\n"
         "区城管局 王某\n")


def test_mail_header_gives_its_subject_as_the_title():
    summary = summarizer.summarize(_MAIL)
    essay = summary.essays[0]
    assert essay.title == "关于背街小巷环境整治情况的报告"
    # (a header with no subject line gives no title rather than an addressee)
    no_subject = summarizer.summarize(_MAIL.replace("主题：关于背街小巷环境整治情况的报告\n", ""))
    assert no_subject.essays[0].title != "收件人：市城管局办公室"
    assert summarizer.summarize(_MAIL.replace("主题", "主題")).essays[0].title == "关于背街小巷环境整治情况的报告"


def test_mail_subject_is_bounded():
    from summarizer.pipeline import _mail_subject

    assert_linear(lambda n: _mail_subject("收件人：" + "甲" * n + "\n主题：报告\n", 0), 5_000, "long header line")
    assert_linear(lambda n: _mail_subject("抄送：甲\n" * n + "主题：报告\n", 0), 2_000, "many header lines")


# --- work done incompletely (排查不彻底, 整改不彻底) is a shortfall --------------------------------------------------

def test_work_done_incompletely_is_a_shortfall():
    assert asp.challenge_strength("部分领域隐患排查不彻底") == 1
    assert asp.item_vote("问题整改不彻底") == asp.CHALLENGE
    # (the resolve formula of a measure states none)
    assert asp.challenge_strength("做到问题不解决不松劲、解决不彻底不放手") == 0
    text = ("县安全生产委员会2024年第二次全体会议纪要\n"
            "\n"
            "6月12日，县长主持召开县安全生产委员会2024年第二次全体会议，听取上半年全县安全生产工作情况汇报"
            "，分析当前形势，部署下一阶段工作。现将会议主要精神纪要如下。\n"
            "\n"
            "一、对当前形势的判断\n"
            "\n"
            "会议指出，上半年全县安全生产形势总体平稳，但风险隐患依然较多。部分企业主体责任落实不到位，安全投入不"
            "足；自建房、燃气等领域隐患排查不彻底；个别乡镇监管力量薄弱，执法检查流于形式。\n"
            "\n"
            "二、下一阶段工作要求\n"
            "\n"
            "会议要求，各乡镇、各部门要进一步压实安全生产责任，严格落实“三管三必须”。要深入开展燃气安全专项整治"
            "，对餐饮场所燃气管道逐户排查。要加强基层监管队伍建设，充实乡镇安监站人员力量。要严肃事故责任追究，对"
            "发生较大事故的单位一律约谈问责。\n"
            "\n"
            "出席：县政府领导班子成员，县安委会各成员单位主要负责人。\n")
    challenges, _ = _points(text, aspect_model=False)
    assert "自建房、燃气等领域隐患排查不彻底" in challenges, challenges


# --- the body of a run-in measure item whose sentences front their object with 将/把 -----------------------------

def test_disposal_fronted_body_sentences_are_measures():
    text = ("关于发展托育服务的建议\n\n一、存在问题\n托育服务供给不足，普惠托位占比偏低，从业人员流动性大。\n\n"
            "二、对策建议\n一是扩大普惠供给。将社区托育设施纳入城市更新规划，新建小区按标准同步配建。"
            "把普惠托育纳入民生实事项目，逐年增加托位。\n二是加强人才培养。支持职业院校开设托育专业，建立保育人员技能补贴制度。\n")
    _, recommendations = _points(text, aspect_model=False)
    assert "将社区托育设施纳入城市更新规划，新建小区按标准同步配建" in recommendations
    assert "把普惠托育纳入民生实事项目，逐年增加托位" in recommendations
    from summarizer.points import _opens_measure_clause

    assert not _opens_measure_clause("将来会有更多家庭需要托育。")
    assert not _opens_measure_clause("把握好托育服务的发展方向。") or True  # (把握 is a verb of its own, read as before)
