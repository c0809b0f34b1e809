"""Leftover fault kinds of issue 8, each on a small text written for it: endnotes and author notes are no essay
text, a colon inside a time, a drive or a URL splits nothing, markdown code is no essay text, a count of a problem
that remains is a challenge, a measure that names the problem it removes is a recommendation, and a lead-in that
announces a list is no point."""

import re

import pytest

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer.chars import is_token_colon
from summarizer.clean import clean
from summarizer.markup import code_edits
from summarizer.structure import parse


# ------------------------------------------------------------------------------ endnotes, footnotes, author notes

NOTES_ESSAY = """社区治理的短板与出路

当前社区工作者流失严重，人手不足[1]。

应当提高社区工作者的薪酬待遇。

**註釋：**
[1] 李四：《城市基层研究》，载《公共管理评论》2020年第2期。
[2] 也有学者认为应当取消社区考核排名。

（作者系某市社会科学院研究员）
"""


def test_endnote_block_under_its_heading_gives_no_point():
    ch, rec = points(NOTES_ESSAY)
    assert rec == ["应当提高社区工作者的薪酬待遇"]
    assert not any("学者" in p or "考核排名" in p for p in ch + rec)
    text = clean(NOTES_ESSAY).text
    assert "註釋" not in text and "考核排名" not in text and "作者系" not in text


@pytest.mark.parametrize("head", ["注释：", "【注释】", "尾注", "Notes"])
def test_notes_heading_line_removes_its_entries(head):
    text = clean(f"标题\n\n正文说明了一个问题。\n\n{head}\n①某书，第3页。\n②另一种看法应当重视。\n").text
    assert text == "标题\n正文说明了一个问题。"


def test_trailing_numbered_notes_cited_in_the_text_are_removed():
    c = clean("标题\n\n经费长期不足[1]，人员流失严重。\n\n[1] 王五：《财政研究》，2018年。\n[2] 另一条说明。\n")
    assert c.text == "标题\n经费长期不足，人员流失严重。"
    assert c.removed.get("endnotes")


def test_a_final_list_numbered_in_brackets_is_kept_when_nothing_cites_it():
    c = clean("标题\n\n应当采取以下措施：\n[1] 加强监管。\n[2] 完善制度。\n")
    assert "加强监管" in c.text and "完善制度" in c.text


@pytest.mark.parametrize("bio", ["（作者系某大学公共管理学院教授）", "(作者為本港執業律師)", "作者现为某研究院研究员。"])
def test_author_note_line_is_removed(bio):
    assert clean(f"标题\n\n正文一句。\n\n{bio}\n").text == "标题\n正文一句。"


def test_a_sentence_about_the_author_of_a_book_stays():
    assert "作者为了写这本书" in clean("标题\n\n作者为了写这本书走访了很多村庄。\n").text


# ------------------------------------------------------------------------------ colons inside tokens

def test_token_colon():
    text = "10:30 C:\\Users http://a.cn 原因:1 a: b"
    assert [i for i in range(len(text)) if is_token_colon(text, i)] == [2, 7, 19]


def test_a_time_starts_no_list_item():
    text = "办事高峰的问题\n\n每天上午10:30至11:30是办事高峰，群众等待超过一小时。会议定于9:00开始。"
    assert [it.family for it in parse(text).items] == ["line"]


def test_a_colon_after_chinese_still_opens_an_item():
    text = "题目\n\n问题:一、人手不足。二、经费短缺。"
    assert [it.family for it in parse(text).items if it.family != "line"] == ["cn", "cn"]


def test_a_path_or_url_colon_is_inside_a_clause():
    assert asp._clauses("日志保存在D:\\logs目录，网址http://x.cn无法打开：原因") == [
        "日志保存在D:\\logs目录", "网址http://x.cn无法打开", "原因"]


def test_point_with_a_time_is_not_cut_at_the_time():
    # (at 3a166b9 the point was "至11:30窗口人手不足，…": "30至…" read as a list item numbered 30)
    ch, _ = points("窗口服务的问题\n\n一、存在的问题\n每天上午10:30至11:30窗口人手不足，群众排队时间长。\n"
                   "二、对策建议\n应当增设自助服务终端。")
    assert ch == ["每天上午10:30至11:30窗口人手不足，群众排队时间长"]


# ------------------------------------------------------------------------------ markdown code

CODE_NOTE = """# 基层数据治理的问题与对策

## 存在的问题

基层数据报送重复，表格繁多，干部负担加重。

```python
# 应当建立统一平台
rows = load("人口统计表")
```

    def report():
        return "应当减少报表数量。"

## 对策建议

应当建立统一的数据共享平台，运行 `sync_data` 脚本实现一次采集、多方使用。
"""


def test_code_blocks_are_no_essay_text():
    text = clean(CODE_NOTE).text
    assert "rows" not in text and "统一平台\n" not in text and "report" not in text and "sync_data" not in text
    ch, rec = points(CODE_NOTE)
    assert ch == ["基层数据报送重复，表格繁多，干部负担加重"]
    assert rec == ["应当建立统一的数据共享平台，运行脚本实现一次采集、多方使用"]


def test_indented_chinese_paragraphs_and_english_prose_are_not_code():
    text = clean("题目\n\n    近年来，我市持续推进改造。\n    存在问题较多。\n\n    The results show that it works.\n").text
    assert text == "题目\n近年来，我市持续推进改造。\n存在问题较多。\nThe results show that it works."


def test_unclosed_fence_removes_its_own_line_only():
    assert clean("说明\n\n```\n应当建立统一平台。\n").text == "说明\n应当建立统一平台。"


def test_nested_list_items_are_not_code():
    text = clean("问题\n\n1. 经费\n\n    - Excel表格重复填报(多次)\n").text
    assert "Excel表格重复填报" in text


def test_code_edits_stay_linear_on_unclosed_fences():
    assert len(code_edits("```a\n" * 20000)) == 20000
    assert code_edits("`" * 100000) == []


# ------------------------------------------------------------------------------ a count of what remains of a problem

@pytest.mark.parametrize("sentence", ["目前全县仍有危房1200户，涉及农户4000余人", "全县共有留守儿童3.6万人，其中2000人无人监护",
                                      "全国还有5575万农村贫困人口", "全市尚有12个村未通公路"])
def test_a_count_of_what_remains_is_a_challenge(sentence):
    assert asp.counts_remaining(sentence)
    assert not asp.reports_statistic(sentence) and not asp.states_neither(sentence)
    assert asp.sentence_aspect(sentence) == asp.CHALLENGE


@pytest.mark.parametrize("sentence", ["全镇已完成危房改造560户，新建安置房120套", "全市已累计完成改造小区86个，惠及居民2.1万户",
                                      "此外还有3个项目", "今年有5个项目未来将开工"])
def test_a_count_of_what_was_done_is_no_remaining_problem(sentence):
    assert not asp.counts_remaining(sentence)
    assert asp.sentence_aspect(sentence) is None


def test_remaining_counts_under_a_problem_heading_are_its_points():
    ch, rec = points("农村住房安全问题及对策\n\n一、存在的问题\n目前全县仍有危房1200户，涉及农户4000余人。"
                     "全县共有留守儿童3.6万人，其中2000人无人监护。全镇已完成危房改造560户，新建安置房120套。\n\n"
                     "二、对策建议\n加大财政投入力度，设立专项改造资金。\n")
    assert ch == ["目前全县仍有危房1200户，涉及农户4000余人", "全县共有留守儿童3.6万人，其中2000人无人监护"]
    assert rec == ["加大财政投入力度，设立专项改造资金"]


# ------------------------------------------------------------------------------ a measure that names what it removes

@pytest.mark.parametrize("sentence", ["同时，通过建立城乡教师交流机制，缓解优秀教师过度集中于城区的矛盾。",
                                      "通过购买服务，破解基层人手不足的难题。", "以数字化改革为抓手，破解数据壁垒难题。",
                                      "政府应着力破解中小企业融资难、融资贵的难题。"])
def test_a_measure_that_names_the_problem_it_removes_is_a_recommendation(sentence):
    assert asp.remedies_problem(sentence)
    assert asp.sentence_aspect(sentence) == asp.RECOMMENDATION
    assert asp.prose_aspect(sentence) == asp.RECOMMENDATION
    assert asp.challenge_strength(sentence) == 0


@pytest.mark.parametrize("sentence", ["通过整合资源，有效缓解了看病难的问题。", "需要解决的问题很多。", "由于经费不足，难以解决群众的问题。"])
def test_a_result_or_a_problem_still_to_solve_is_no_measure(sentence):
    assert not asp.remedies_problem(sentence)
    assert asp.sentence_aspect(sentence) != asp.RECOMMENDATION


def test_a_prose_measure_naming_its_problem_is_found():
    _, rec = points("关于加强乡村教师队伍建设的思考\n\n乡村教育是教育事业的短板。近年来，乡村教师流失的问题依然突出。\n\n"
                    "各地应当通过定向培养等方式，解决乡村教师数量不足的问题。同时，通过建立城乡教师交流机制，"
                    "缓解优秀教师过度集中于城区的矛盾。\n\n总之，只有留住乡村教师，才能办好乡村教育。")
    assert "通过建立城乡教师交流机制，缓解优秀教师过度集中于城区的矛盾" in rec


# ------------------------------------------------------------------------------ a lead-in that announces a list

@pytest.mark.parametrize("sentence", ["对此，应当从以下几方面着手", "主要存在以下几个问题", "针对上述问题，建议从三个方面加以改进",
                                      "为此，提出如下建议"])
def test_a_bare_announcement_is_neither(sentence):
    assert asp.announces_list_only(sentence)
    assert asp.states_neither(sentence)


@pytest.mark.parametrize("sentence", ["建议如下：加大投入", "构建对内对外两条服务主线", "要坚持以下原则：统筹兼顾、突出重点",
                                      "各地应当加强基层队伍建设，提高干部待遇，从以下几方面着手"])
def test_a_sentence_that_states_more_than_an_announcement_is_not_one(sentence):
    assert not asp.announces_list_only(sentence)


def test_a_prescribing_announcement_leads_in_measures_but_perspectives_are_no_measures():
    assert asp.lead_in_aspect("对此，应当从以下几方面着手：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("笔者认为应从以下几个角度来考虑：") is None


LEAD_IN_ESSAY = """农村垃圾治理的思考

当前，农村生活垃圾随意堆放，收运体系不健全，群众环保意识薄弱。

对此，应当从以下几方面着手。
一是完善垃圾收运体系，做到村收集、镇转运。
二是加强宣传教育，提高群众环保意识。

为此，建议：
1. 加大财政投入。
2. 建立长效管护机制。
"""


def test_lead_ins_are_no_points_their_items_are():
    _, rec = points(LEAD_IN_ESSAY)
    assert rec == ["完善垃圾收运体系，做到村收集、镇转运", "加强宣传教育，提高群众环保意识", "加大财政投入", "建立长效管护机制"]


def test_measures_announced_inside_a_problem_section_are_recommendations():
    ch, rec = points("关于基层减负的几点思考\n\n一、存在的问题\n基层干部填表多、开会多，负担沉重。\n"
                     "对此，应当从以下几方面着手：\n一是精简会议文件。\n二是规范督查检查。\n\n"
                     "二、对策建议\n（一）建立统一的数据平台。\n（二）完善考核评价机制。\n")
    assert rec == ["精简会议文件", "规范督查检查", "建立统一的数据平台", "完善考核评价机制"]
    assert "精简会议文件" not in ch and "规范督查检查" not in ch

