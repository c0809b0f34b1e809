"""Kinds of faults new users reported last session (helper left43), each on a small text of the test's own."""

import re

import pytest

from summarizer import aspects, points
from summarizer.clean import clean
from summarizer.errors import EmptyInputError
from summarizer.pipeline import summarize_document
from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    d = summarize_document(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


# --- a form field's label used as the topic of a statement (时间：审批周期太长…) ----------------------------------

def test_field_label_over_a_statement_is_a_point():
    ch, _ = _points("企业反映的问题主要有以下几点:\n时间:审批周期太长,一个项目要跑半年。\n"
                    "地点:办事大厅离园区太远,来回一趟要一天,很不方便。\n")
    assert any("审批周期太长" in p for p in ch)
    assert any("离园区太远" in p for p in ch)


def test_field_record_is_still_no_point():
    assert points.field_or_note_line("时间：2023年5月6日")
    assert points.field_or_note_line("地点：城东社区,会议室")
    assert points.field_or_note_line("联系人：张三,电话12345678")
    assert not points.field_or_note_line("时间：审批周期太长,一个项目要跑半年")
    ch, rec = _points("调研情况如下。\n时间：2023年5月6日\n地点：城东社区,会议室\n参加人员：张三、李四\n"
                      "社区养老服务设施不足,老人就餐难问题突出。\n")
    assert not any("城东社区" in p or "2023" in p for p in ch + rec)
    assert any("养老服务设施不足" in p for p in ch)


# --- a numbered aspect label on the first line is a section, no title (问题一：人员不足) ---------------------------

def test_numbered_aspect_first_line_is_content():
    d = summarize_document("问题一：人员不足\n社区工作者只有五个人,却要服务两万多居民,工作负担过重。\n"
                           "问题二：经费短缺\n社区活动经费每年只有几千元,很多活动无法开展。\n")
    ch = [p.text for e in d.essays for p in e.challenges]
    assert any("工作负担过重" in p for p in ch)
    assert any("无法开展" in p for p in ch)
    assert d.essays[0].title != "问题一：人员不足"


def test_numbered_label_match_is_bounded():
    assert aspects._NUMBERED_ASPECT_LABEL.match("对策2:加强培训")
    assert aspects._NUMBERED_ASPECT_LABEL.match("关于基层治理问题的思考") is None
    assert_linear(lambda n: aspects._NUMBERED_ASPECT_LABEL.match("问" * n), 2_000, "a long label line")


# --- prohibitions under a measures section (不得… / 决不允许… / 严禁…) --------------------------------------------

def test_prohibitions_are_measures():
    ch, rec = _points("一、存在的问题\n一些干部作风漂浮,搞形式主义,基层负担重。\n二、工作要求\n"
                      "不得以留痕代替实绩。决不允许层层加码。严禁在工作群里频繁要求打卡。\n")
    for words in ("以留痕代替实绩", "层层加码", "频繁要求打卡"):
        assert any(words in p for p in rec), words
        assert not any(words in p for p in ch), words


def test_prohibition_idioms_forbid_nothing():
    assert aspects.prose_aspect("真相如何不得而知") is None
    assert aspects.prose_aspect("企业不得不裁员,经营困难") != aspects.RECOMMENDATION
    assert aspects.prose_aspect("决不允许层层加码") == aspects.RECOMMENDATION
    # (不得 after a subject states a rule of a contract or a law, or an inability: no measure of the essay's)
    assert aspects.prose_aspect("他人不得干涉") is None
    assert aspects.prose_aspect("机动车辆不得停放在小区内") is None


def test_prohibition_scan_is_linear():
    assert_linear(lambda n: aspects._prohibition_re().search("不得" * n), 2_000, "repeated 不得")
    assert_linear(lambda n: aspects._prohibition_re().search("严" * n), 2_000, "repeated 严")


# --- emoji without U+FE0F, subdivision flags' tag characters, ©, Traditional copyright lines ----------------------

def test_emoji_without_variation_selector_and_tag_flags_leave_points():
    flag = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"
    ch, rec = _points(f"小区电梯经常坏{flag},老人出行很不方便☀。\n投诉一直没有回音✈,物业也不来人处理⌚。\n"
                      "建议尽快更换电梯❤。\n")
    text = "".join(ch + rec)
    assert any("电梯经常坏" in p for p in ch) and any("更换电梯" in p for p in rec)
    assert not re.search("[\U000E0020-\U000E007F☀✈⌚❤\U0001F3F4]", text)


def test_text_symbols_are_kept():
    assert "★" in clean("该酒店被评为五★级单位,服务质量较好。\n").text
    assert "♀" in clean("参赛人数:♀ 12人,♂ 15人。\n").text
    assert "→" in clean("审批流程:申请→受理→审核→办结。\n").text


def test_copyright_sign_inside_prose_is_dropped():
    ch, _ = _points("小区电梯经常故障©,老人出行非常不便。\n")
    assert ch and not any("©" in p for p in ch) and any("出行非常不便" in p for p in ch)


def test_traditional_copyright_lines_are_footers():
    for line in ("版權所有 某某新聞網", "本網站版權所有,未經授權不得轉載", "未經許可,不得轉載或複製"):
        assert line not in clean(f"社區電梯經常故障,長者出行非常不便。\n{line}\n").text


# --- a menu of bare ★ lines -------------------------------------------------------------------------------------

def test_star_menu_is_fast_and_gives_no_points():
    def menu(n):
        try:
            return _points("".join(f"★ 项目{i}\n" for i in range(n)))
        except EmptyInputError:
            return [], []
    ch, rec = menu(10_000)
    assert not ch and not rec
    assert_linear(menu, 200, "a menu of ★ lines")


@pytest.mark.parametrize("n", [100_000])
def test_emoji_scan_is_linear_on_a_long_line(n):
    assert_linear(lambda k: clean("☀" * k + "问" * k), n // 50, "emoji then text")
    assert_linear(lambda k: clean("问题" * k), n // 100, "one long line")


# --- a quoted saying (俗话说…) is no advice ------------------------------------------------------------------------

def test_quoted_saying_is_no_advice():
    ch, rec = _points("村里的道路坑坑洼洼,农产品运不出去。俗话说,要想富,先修路。\n")
    assert any("坑坑洼洼" in p for p in ch)
    assert not any("先修路" in p for p in ch + rec)
    ch, rec = _points("小区物业管理混乱,业主怨声载道。常言道:“没有规矩,不成方圆。”物业应当建立规章制度。\n")
    assert not any("不成方圆" in p for p in ch + rec)
    assert any("建立规章制度" in p for p in rec)


def test_statement_after_a_quoted_saying_is_read():
    assert not aspects.states_neither("俗话说“授人以鱼不如授人以渔”,光给钱解决不了问题")
    assert aspects.states_neither("俗话说,要想富,先修路")


# --- bullet items with no cue word under a problems heading (already right: kept as a regression check) ----------

def test_bare_bullets_under_problems_heading_are_points():
    ch, _ = _points("当前存在的问题\n- 双职工家庭没人带娃\n- 幼儿园一个月三千块\n- 托育机构离家太远\n")
    assert ch == ["双职工家庭没人带娃", "幼儿园一个月三千块", "托育机构离家太远"]
