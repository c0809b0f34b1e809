"""Failure kinds found by the blind Part 23 documents (860-870) of the aspect corpus: non-mainland and odd-format shapes
(a Taiwan budget-evaluation report list, HK and Singapore commentary, a Macau policy address, PDF text with hard wraps,
a podcast transcript, a petition letter in converted Traditional, a bilingual abstract, an outline export, a saved HTML
page). Each test runs on a text written for it (none copies a corpus string).

1. A report's numbered findings that a page's text extraction ran onto one line, one space between them (``壹、某署
   一、…成效不佳,宜檢討 二、…不足 三、…``), read as one item: cleaning puts each back on a line of its own when the
   numerals count up at least three times (``clean._split_flattened_lists``); the positional numerals of Taiwan reports
   (``一0、`` ``一一、`` ``一五、``) number items 10-99 (``structure._value``); an achievements noun with a shortfall
   after it (``成效不佳``, ``成效亟待加强``: ``section_noun_shortfall``) names no achievements section
   (``aspects.heading_aspect``); and a run of such headings with nothing under them, problems and measures mixed, is
   a findings list: each heading is a point of its own aspect (``aspects.analyze``: ``_bodiless_findings``,
   ``_bodiless_statement``).
2. A plan's ``二、问题定义`` (问题界定, 问题诊断) read as background (定义 is an ``other_section`` noun): it names the
   problems section (``challenge_section``, corpus23b block).
3. A podcast transcript: the host's sign-on and announcements (``大家好，欢迎来到…``, ``…会播出…``) and the request for a
   guest's self-introduction are ``ceremony``; complaints told by scarcity (``很少有工伤保险``) or by what people dare
   not do for its cost (``生病了不敢上医院``) are ``prose_challenge``.
4. A request nobody takes up (``投诉不获受理``, ``置之不理``) is ``prose_challenge``.
5. A plan still not under way after long delay (``迟迟未正式上路``, ``迟迟未动工``) is a ``prose_verdict``.
6. ``从未从根本上解决问题`` was read as a measure (从未从根本上 taken for a remedy's scope, ``aspects._REMEDY_SCOPE``): a
   negation before the scope makes it a failure to remedy, a problem.
"""

from __future__ import annotations


import summarizer.aspects as asp
from summarizer import structure
from summarizer.clean import clean
from summarizer.pipeline import summarize
from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# 1. a numbered findings list flattened onto one line

FLAT = ("查詢 某市主管年度決算評估報告 壹、社會局 一、長照據點布建進度落後,服務量能明顯不足 二、身障交通接送車輛老舊,"
        "維修經費長期短缺 三、社會局宜檢討補助審核流程,縮短撥款時程 貳、衛生局 四、偏鄉巡迴醫療人力嚴重流失,留任誘因不足 "
        "參、教育局 五、偏鄉學校代理教師比例偏高")


def test_flattened_list_is_split_into_lines():
    text = clean(FLAT).text
    lines = text.split("\n")
    assert lines[1] == "壹、社會局"
    assert lines[2] == "一、長照據點布建進度落後,服務量能明顯不足"
    assert lines[3].startswith("二、身障交通接送車輛老舊")
    assert lines[4].startswith("三、社會局宜檢討")
    assert lines[5] == "貳、衛生局"
    assert lines[6].startswith("四、偏鄉巡迴醫療人力")
    assert lines[7:] == ["參、教育局", "五、偏鄉學校代理教師比例偏高"]


def test_flattened_findings_are_points_of_their_own_aspect():
    ch, rec = _points(FLAT)
    assert "長照據點布建進度落後,服務量能明顯不足" in ch
    assert "身障交通接送車輛老舊,維修經費長期短缺" in ch
    assert "偏鄉巡迴醫療人力嚴重流失,留任誘因不足" in ch
    assert any(p.startswith("社會局宜檢討補助審核流程") for p in rec)


def test_two_spaced_numerals_split_nothing():
    # a date-like 一、二、 pair in a sentence is no flattened list (fewer than three in a row)
    s = "本案分兩階段辦理 一、先行盤點 二、再行評估,各機關應於年底前完成。"
    assert "\n" not in clean(s).text


def test_numerals_that_do_not_count_up_split_nothing():
    s = "名單如下 三、王先生 一、李小姐 五、陳先生 二、林小姐"
    assert "\n" not in clean(s).text


def test_run_of_short_labels_splits_nothing():
    s = "座位表 甲 一、乙 二、丙 三、丁 四、戊"
    assert "\n" not in clean(s).text


def test_positional_numerals_number_items_ten_and_up():
    text = "九、甲項說明\n一0、乙項說明\n一一、丙項說明\n一二、丁項說明"
    items = [it for it in structure.parse(text).items if it.family == "cn"]
    assert [it.value for it in items] == [9, 10, 11, 12]
    assert items[1].marker == "一0、"


def test_achievements_noun_with_shortfall_names_no_section():
    assert asp.heading_aspect("主要成效") == asp.OTHER
    assert asp.heading_aspect("工作成效") == asp.OTHER
    assert asp.heading_aspect("补助计画推行成效不佳") is None
    assert asp.heading_aspect("防治成效亟待加强") is None


def test_findings_list_with_bodies_is_not_read_as_headings():
    # items that end their sentence (1. 经济影响：…。) stay prose: nothing changes for them
    s = ("三、调查结果\n1. 道路建设：部分地区进展缓慢，资金缺口较大。\n2. 群众反映：出行条件明显改善。\n"
         "3. 存在问题：养护管理不到位，导致部分路段破损。")
    ch, _ = _points(s)
    assert any("养护管理不到位" in p for p in ch)
    assert not any("出行条件明显改善" in p for p in ch)


def test_flattened_list_split_is_linear():
    line = " ".join(f"{n}、事項說明文字內容" for n in "一二三四五六七八九十") + " "
    assert_linear(lambda n: clean((line * 4000)[:n]), 12_500, "a flattened list")
    assert_linear(lambda n: clean("短句。\n" * n), 1_250, "many short lines")


# 2. a problem-definition part of a plan

def test_problem_definition_names_the_problems_section():
    assert asp.heading_aspect("二、问题定义") == asp.CHALLENGE
    assert asp.heading_aspect("问题诊断") == asp.CHALLENGE
    assert asp.heading_aspect("概念界定") == asp.OTHER  # a definition stays background


def test_outline_items_under_problem_definition_are_challenges():
    s = ("一、问题定义\n1.1 队伍能力薄弱：调解员“不会调、不敢调”\n1.2 经费保障缺失：专项经费年年缩水\n"
         "二、实施路径\n2.1 培训体系建设：调解员培训需分层分类开展")
    ch, rec = _points(s)
    assert any("队伍能力薄弱" in p for p in ch)
    assert any("经费保障缺失" in p for p in ch)
    assert any("培训体系建设" in p for p in rec)


# 3. a podcast transcript: the host's sign-on and announcements, and complaints told by scarcity and hardship

PODCAST = ("主持人:\n[00:00:01]\n大家好,欢迎来到不清楚电台,我是主持人小林。外卖骑手撑起了城市的即时配送。"
           "但骑手的工作很少有工伤保险,甚至经常是按单计酬的临时岗位。平台的考核只看准时率,不看路况和天气。"
           "接下来的两周,不清楚电台会播出对几位骑手的采访。\n小陈:\n[00:01:30]\n主持人好,我老家在县城。")


def test_sign_on_and_announcement_are_no_points():
    assert asp.is_ceremony("大家好,欢迎来到不清楚电台,我是主持人小林")
    assert asp.is_ceremony("接下来的两周,不清楚电台会播出对几位骑手的采访")
    ch, rec = _points(PODCAST)
    assert not any("欢迎来到" in p or "会播出" in p for p in ch + rec)


def test_scarcity_and_hardship_are_complaints():
    ch, _ = _points(PODCAST)
    assert any(p.startswith("骑手的工作很少有工伤保险") or "很少有工伤保险" in p for p in ch)
    assert asp.prose_aspect("这里的老人生病了不敢上医院。") == asp.CHALLENGE
    assert asp.prose_aspect("年轻人收入不稳,不敢结婚、不敢生孩子。") == asp.CHALLENGE


def test_guest_biography_is_no_point():
    ch, rec = _points(PODCAST)
    assert not any("老家在县城" in p for p in ch + rec)


# 4. complaints of requests nobody takes up

def test_request_nobody_takes_up_is_a_complaint():
    assert asp.prose_aspect("据报原因之一是前线人员屡向上层投诉不获受理。") == asp.CHALLENGE
    assert asp.prose_aspect("村民多次反映,村干部却置之不理。") == asp.CHALLENGE
    assert asp.prose_aspect("该署已受理全部投诉并完成调查。") is None  # a complaint handled is no problem


# 5. a plan still not under way after long delay

def test_long_delayed_start_is_a_verdict():
    assert asp.states_verdict("虽然机构改革迟迟未正式上路,本署只得暂缓编制调整。")
    assert asp.prose_aspect("旧城改造工程迟迟未动工,居民意见很大。") == asp.CHALLENGE
    assert not asp.states_verdict("改造工程已于上月正式动工。")



# 6. a remedy never made (从未从根本上解决问题) is a shortcoming, not a measure

def test_never_remedied_is_a_problem():
    assert not asp.opens_with_remedy("从未从根本上解决问题")
    assert not asp.opens_with_remedy("从来没有从根本上解决问题")
    assert asp.sentence_aspect("类似情况发生过好几次,从未从根本上解决问题。") == asp.CHALLENGE
    assert asp.opens_with_remedy("从根本上解决问题")  # the scope of a remedy still reads as one
    assert asp.prose_aspect("要从根本上解决问题。") == asp.RECOMMENDATION
