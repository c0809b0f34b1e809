"""neg29: documents whose register states no problem and proposes nothing give no points (summarizer.register).

Each kind: a negative of the register gives no point; a genre essay in the same register with a problem paragraph
keeps its points. Small inputs written for these tests.
"""

from __future__ import annotations

import summarizer
from summarizer import register


def _points(text: str) -> list[str]:
    doc = summarizer.summarize(text, max_points=30, max_point_chars=60, aspect_model=False)
    return [p.text for e in doc.essays for p in e.challenges + e.recommendations]


NOTICE = ("广大市民朋友：\n"
          "区文化馆定于本月举办迎新春书画展，现将有关事项通知如下。\n"
          "一、展览时间：一月二十日至二月五日，每日上午九时至下午五时。\n"
          "二、展览地点：区文化馆一楼展厅。\n"
          "三、参观者应遵守展厅秩序，不得触摸展品。\n"
          "特此通知。\n")

NOTICE_WITH_PROBLEM = NOTICE.replace(
    "特此通知。",
    "四、去年展览中存在参观秩序不够有序、安全管理薄弱等问题，参观团体须加强组织管理，确保参观安全。\n特此通知。")


def test_notice_without_problem_gives_no_point():
    assert register.no_point_register(NOTICE, NOTICE.splitlines()) == "notice"
    assert _points(NOTICE) == []


def test_directive_notice_keeps_its_orders():
    directive = NOTICE.replace("特此通知。", "请各单位认真落实，要加强组织领导。\n特此通知。")
    assert not register.is_notice(directive)


def test_notice_with_problem_paragraph_keeps_its_points():
    assert register.no_point_register(NOTICE_WITH_PROBLEM, NOTICE_WITH_PROBLEM.splitlines()) is None
    assert _points(NOTICE_WITH_PROBLEM)


ACHIEVEMENTS = ("今年以来，全镇各项工作取得新进展。\n"
                "一是强化技能培训，已培训农民工320人次，完成全年任务的108%。\n"
                "二是提升服务水平，累计办理各类事项1500余件，群众满意率达到98%。\n"
                "三是抓好项目建设，新增市级重点项目6个，完成投资2.3亿元。\n"
                "四是加强宣传引导，共发放宣传资料8000余份，举办专题讲座12场。\n"
                "五是确保安全稳定，截至目前已开展安全检查45次，实现全年零事故。\n")

ACHIEVEMENTS_WITH_PROBLEM = ACHIEVEMENTS + (
    "但是，全镇工作仍存在一些不足：产业基础薄弱，人才队伍短缺，基层服务能力不强。\n"
    "下一步，要加快培育特色产业，完善人才引进机制，提升基层服务能力。\n")


def test_achievements_report_without_problem_gives_no_point():
    lines = ACHIEVEMENTS.splitlines()
    assert register.reports_achievements(lines)
    assert register.no_point_register(ACHIEVEMENTS, lines) == "achievements"
    assert _points(ACHIEVEMENTS) == []


def test_achievements_report_with_problem_turn_keeps_its_points():
    assert register.no_point_register(ACHIEVEMENTS_WITH_PROBLEM, ACHIEVEMENTS_WITH_PROBLEM.splitlines()) is None
    assert _points(ACHIEVEMENTS_WITH_PROBLEM)


def test_a_remedied_problem_word_frames_no_problem():
    assert not register.frames_problem("全力补短板、强弱项，排查隐患120处，关爱困难群体。")
    assert register.frames_problem("当前仍存在基础设施薄弱的问题。")
    assert register.frames_problem("我们建议增加投入。")


RULES = ("社区公共设施管理办法\n"
         "第一条 为规范社区公共设施管理，制定本办法。\n"
         "第二条 居民使用公共设施应当爱护设施，不得私自占用。\n"
         "第三条 物业服务企业须每月检查一次设施，发现损坏应当及时维修。\n"
         "第四条 本办法自发布之日起施行。\n")


def test_rule_text_provisions_give_no_point():
    assert len(register.provision_spans(RULES)) == 4
    assert _points(RULES) == []


def test_rule_reported_in_a_sentence_is_no_recommendation():
    assert register.reports_rule("《社区管理条例》第九条规定，物业企业须每月检查设施。")
    assert not register.reports_rule("建议依照《社区管理条例》第九条规定，加强设施检查。")
    assert not register.reports_rule("要加强社区设施检查，落实管理责任。")


ESSAY = ("社区公共设施管理中的问题与对策\n"
         "当前，社区公共设施管理存在不少问题。一是设施老化严重，维修资金不足。二是管理责任不清，居民参与度不高。\n"
         "对此，应当加大维修资金投入，明确物业企业管理责任，引导居民参与设施管护。\n")


def test_genre_essay_keeps_its_points():
    assert register.no_point_register(ESSAY, ESSAY.splitlines()) is None
    assert register.provision_spans(ESSAY) == []
    assert len(_points(ESSAY)) >= 3
