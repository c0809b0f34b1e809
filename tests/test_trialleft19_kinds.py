"""Kinds a new user's trial (trial19) left open, each on a text written for the test.

1. Offsets of a point that starts or ends on a marked run (F10). Markup removal takes out each inline mark on its own;
   a point's original range ran from its first kept character to its last, so a run-in label written bold
   (``**以人民为中心**：关注…``) gave a range that held the closing ``**`` but not the opening one, and so for every
   pair of inline marks (``__x__``, ``[x](url)``, ``<b>x</b>``). The marks are now paired where they are removed
   (:func:`summarizer.markup.marker_pairs`) and a point's range takes in both marks of a pair it holds one of at its
   edge (:meth:`summarizer.clean.CleanText.balanced`); a range inside one marked run keeps its exact characters.
   Single-star emphasis around Chinese words (``*x*``) and a code span of Chinese words (```x```) were not removed at
   all: their marks now go and their words stay.
2. A plan's situation item that states a burden growing (F8: ``（一）老年人口持续增长，对…提出新的更高要求``) is a
   challenge: the gold counts pressures on the subject as challenges (``群众就业增收面临压力``, ``…等问题日益凸显``).
   ``压力加大`` and ``日益突出`` were read so already (压力, 突出 are shortcoming predicates); a burden noun that is no
   predicate itself (老年人口, 独居老人, 成本, 事故) before a verb of growth (持续增长, 不断增加, 攀升) was not
   (:func:`summarizer.aspects.burden_growth_count` in :func:`summarizer.aspects.challenge_strength`; cue groups
   ``growing_burden_noun``, ``grow_verb``), the mirror of a burden growing smaller (``improvement_spans``).
3. A column's prescription in order (F6: ``政府應先釐清問題的本質，再提出對症的方案``) was read as a problem: the adverb
   of order 先 hid the action from its modal, and 问题 as the object of finding out what it is counted as a shortcoming
   (``order_adverb`` cue group in :func:`summarizer.aspects._modal_actions` and ``_without_adverbs``; 厘清/摸清/查明 …
   added to ``remedy``). A governance noun that is the subject of a passive (``補貼…又被諷刺為廉價的偷懶``) was read as
   an imperative opening the sentence (:func:`summarizer.aspects.passive_subject`).
4. A meeting report (F5): a ``；``-run of reports, each part with a speaker of its own (``有企业反映，A；有企业反映，B；
   还有企业提出，希望…``), gave one point that ran from the second complaint into the wish: each part is now read past its
   own frame (:func:`summarizer.aspects.news_frame_end` in :func:`summarizer.points.prose_parts`) and as prose, so each
   complaint is a point and the wish none. The sentence that narrates the meeting being held (``某某主持召开…恳谈会，
   …，听取意见建议，解决企业…问题，不断优化…``) tells what the meeting was for, no measure
   (:func:`summarizer.aspects.narrates_meeting`, cue groups ``meeting_held_verb``, ``meeting_noun``). The answer of a
   department (``市人社局负责人表示，将…出台…指南``) stays neither, as the news convention reads an authority's reply.
5. A challenge cut mid-thought (F2: ``社保缴纳是个大难题，按灵活就业身份参保`` ⏐ ``要求连续缴费满一定年限…``): a problem's
   window stops at a clause that opens with a modal (the turn to a measure), and 要求 was read as 要; a word that only
   opens with a modal's character no longer stops it (:func:`summarizer.points.cue_window`).
"""

from __future__ import annotations

import re

import pytest

import summarizer
from summarizer import aspects, points
from summarizer.clean import clean
from summarizer.markup import code_edits, marker_pairs, markup_edits
from costs import assert_linear

# ------------------------------------------------------------------------------------------------ 1. offsets (F10)

NOTE = """## 一、存在的问题

- {a}服务半径过大{b}：偏远村组距离服务站太远，群众办事往返奔波。
- 人手配置不足：站点工作人员普遍身兼数职，难以应付日常业务。

## 二、对策

1. {a}优化站点布局{b}：按照步行十五分钟的半径增设代办点，方便群众就近办事。
2. 充实工作力量：通过购买服务补充专职人员，确保窗口正常运转。
"""

PAIRS = [("**", "**"), ("__", "__"), ("*", "*"), ("`", "`"), ("[", "](https://example.org/a)"),
         ("<b>", "</b>"), ("<strong>", "</strong>")]

#: What markup removal takes out of a range of the original (the marks of the pairs above).
_MARKS = re.compile(r"\*\*|__|\*|`|\[|\]\([^()]*\)|</?(?:b|strong)>")


def _points(doc):
    essay = doc.essays[0]
    return essay.challenges + essay.recommendations


@pytest.mark.parametrize(("opening", "closing"), PAIRS)
def test_a_point_on_a_marked_label_holds_both_marks_of_the_pair(opening, closing):
    text = NOTE.format(a=opening, b=closing)
    doc = summarizer.summarize(text)
    by_text = {p.text: text[p.start:p.end] for p in _points(doc)}
    assert by_text["服务半径过大：偏远村组距离服务站太远，群众办事往返奔波"] == (
        f"{opening}服务半径过大{closing}：偏远村组距离服务站太远，群众办事往返奔波")
    assert by_text["优化站点布局：按照步行十五分钟的半径增设代办点，方便群众就近办事"] == (
        f"{opening}优化站点布局{closing}：按照步行十五分钟的半径增设代办点，方便群众就近办事")
    # a point without marks is sliced as it is
    assert by_text["人手配置不足：站点工作人员普遍身兼数职，难以应付日常业务"] == "人手配置不足：站点工作人员普遍身兼数职，难以应付日常业务"
    for point in _points(doc):  # every range reads as its point once the marks are removed
        assert _MARKS.sub("", text[point.start:point.end]) == point.text


def test_a_point_that_is_the_marked_run_covers_exactly_its_words():
    text = ("## 三、主要任务\n\n（一）**健全服务网络**。每个乡镇建成一个综合服务中心，村村设立服务点。\n\n"
            "（二）**提升服务能力**。定期组织业务培训，推行首问负责和限时办结。\n\n"
            "（三）**强化督促考核**。把服务质量纳入年度考核，考核结果与评优挂钩。\n")
    doc = summarizer.summarize(text)
    recs = doc.essays[0].recommendations
    assert [p.text for p in recs] == ["健全服务网络", "提升服务能力", "强化督促考核"]
    assert [text[p.start:p.end] for p in recs] == ["健全服务网络", "提升服务能力", "强化督促考核"]


def test_a_point_that_ends_on_a_marked_run_holds_its_closing_mark():
    text = ("## 一、存在的问题\n\n- 村级服务站人员流动频繁，业务骨干**留不住**。\n"
            "- 群众对线上办理渠道了解很少，**知晓率偏低**。\n")
    doc = summarizer.summarize(text)
    assert {text[p.start:p.end] for p in doc.essays[0].challenges} == {
        "村级服务站人员流动频繁，业务骨干**留不住**", "群众对线上办理渠道了解很少，**知晓率偏低**"}


def test_marks_pair_in_order_and_nest():
    text = "甲**[乙丙](https://a.cn/x)**丁，*戊己*庚。"
    edits = markup_edits(text)
    pairs = [(text[a:b], text[c:d]) for a, b, c, d in marker_pairs(text, edits)]
    assert pairs == [("**", "**"), ("[", "](https://a.cn/x)"), ("*", "*")]
    ct = clean(text)
    assert ct.text == "甲乙丙丁，戊己庚。"
    # 乙丙 starts right after "[" and its "](…)" and the closing "**" come after 丙: from 乙 to 丁 takes in both pairs
    a, b = ct.to_original(1, 4)
    assert text[a:b] == "乙丙](https://a.cn/x)**丁"
    assert text[slice(*ct.balanced(a, b))] == "**[乙丙](https://a.cn/x)**丁"
    # inside the marked run: exact
    assert ct.balanced(*ct.to_original(1, 3)) == ct.to_original(1, 3)


def test_a_paragraph_break_or_a_missing_partner_pairs_nothing():
    text = "**甲乙丙丁\n\n戊己庚辛。她说**好**，又说**不"
    pairs = [(a, d) for a, _b, _c, d in marker_pairs(text, markup_edits(text))]
    assert pairs == [(text.index("**好"), text.index("好**") + 3)]
    assert marker_pairs("x", []) == []


def test_html_tags_pair_by_name():
    text = "<p>一是<b>投入不足</b>，<span>设备<i>老旧</i></span>。</p><p>二是人员短缺。</p>"
    pairs = [(text[a:b], text[c:d]) for a, b, c, d in marker_pairs(text, markup_edits(text))]
    assert pairs == [("<b>", "</b>"), ("<span>", "</span>"), ("<i>", "</i>")]


def test_single_star_emphasis_and_chinese_code_spans_lose_their_marks_only():
    assert clean("要把*群众满意*作为标准，运行 `sync_data` 和 `数据同步` 脚本。").text == "要把群众满意作为标准，运行和数据同步脚本。"
    # arithmetic, a bullet, an escaped star and a lone star are no emphasis
    for text in ("面积为 3*4*5 立方米。", "* 第一项内容\n* 第二项内容", r"张某\*与李某\*同行。", "注*：数据为估算。"):
        assert not [e for e in markup_edits(text) if text[e[0]:e[1]] == "*"]
    assert [text for text in ("`甲`",) if code_edits(text)] == ["`甲`"]


def test_pairing_and_balancing_stay_linear():
    # a long line of unclosed marks and of short marked runs: bounded look-ahead per mark, one dictionary walk per point
    def pair_and_balance(text):
        ct = clean(text)
        ct.balanced(*ct.to_original(0, len(ct.text)))

    for unit, n in (("*中", 2_500), ("`中", 2_500), ("**甲**", 1_000), ("[甲](u)", 1_000)):
        assert_linear(lambda k: pair_and_balance(unit * k), n, f"{unit!r} repeated")


# ------------------------------------------------------------------------------------------- 2. a burden growing (F8)

@pytest.mark.parametrize(("text", "count"), [
    ("高龄人群持续扩大，独居老人数量还在不断增加", 1),
    ("老龄化程度不断加深", 1),
    ("全县交通事故逐年增多，企业用工成本持续上升", 2),
    ("老年人满意度不断上升", 0),      # the noun is whom a good thing grows for, not the burden
    ("交通事故没有增多", 0),          # a growth denied
    ("要防止交通事故增多", 0),        # a measure against the growth (challenge_strength drops the clause)
    ("扩大老年人助餐服务覆盖面", 0),  # a measure: the verb opens, no burden before it
])
def test_a_burden_growing_states_a_shortcoming(text, count):
    assert aspects.challenge_strength(text) == count


PLAN = """某县“十四五”养老服务发展规划（摘编）
为积极应对人口老龄化，完善养老服务体系，制定本规划。
一、面临的形势
（一）高龄老人持续增加，对养老服务供给提出更高要求。截至2020年底，全县80岁以上老人1.2万人，空巢、独居老人不断增多。
（二）护理力量薄弱。专业护理员缺口较大，农村敬老院普遍缺少专业人员。
二、重点任务
（一）扩大服务供给。每个乡镇建成一所区域性养老服务中心。
（二）加强队伍建设。将养老护理员纳入职业技能提升行动。
"""


def test_a_situation_item_that_states_a_burden_growing_is_a_challenge():
    doc = summarizer.summarize(PLAN)
    essay = doc.essays[0]
    assert [p.text for p in essay.challenges] == ["高龄老人持续增加，对养老服务供给提出更高要求", "护理力量薄弱"]
    assert [p.text for p in essay.recommendations] == ["扩大服务供给", "加强队伍建设"]


# ------------------------------------------------------------------------------------ 3. a column's prescription (F6)

@pytest.mark.parametrize(("text", "imperative"), [
    ("补贴在实践中又被讽刺为花钱买平安，问题依旧", False),
    ("监管常常被架空，违规成本很低", False),
    ("考核被简化为填表打分", False),
    ("补贴在民间被讽刺为花钱买平安", False),
    ("补贴困难家庭的取暖费用", True),     # the verb governs an object: an imperative
    ("加强被执行人财产查控", True),       # 被 opens the object noun, after a verb that is no governance noun
])
def test_a_governance_noun_under_a_passive_opens_no_imperative(text, imperative):
    assert aspects.starts_imperative(text) is imperative


@pytest.mark.parametrize("text", ["政府应先弄清问题的根源，再拿出对症的办法。", "部门应首先摸清风险底数，再制定处置方案。"])
def test_a_prescription_in_order_is_a_measure(text):
    assert aspects.challenge_strength(text) == 0
    assert aspects.prose_aspect(text) == "recommendation"
    assert aspects.sentence_aspect(text) == "recommendation"


def test_a_measure_whose_purpose_clause_opens_with_first_still_recommends():
    # (先 is now read past before a remedy; the clause still names the problem the measure removes)
    assert aspects.recommends_outright("当局大可把闲置校舍改作过渡性住房，先解决轮候家庭的住屋问题")


COLUMN = """观点／发钱不是治理

面对物价上涨，有关部门似乎只会“发钱、发钱、发钱”。补贴在民间又被讽刺为花钱买平安，因为它只安抚情绪，不解决问题。

水费亏损，不敢调价，只好拖延；医院人手短缺，医护人员疲于奔命，却迟迟不肯增加编制。

政府应先弄清问题的根源，再拿出对症的办法。
"""


def test_a_column_criticism_and_its_prescription_in_order():
    essay = summarizer.summarize(COLUMN).essays[0]
    assert "政府应先弄清问题的根源，再拿出对症的办法" in [p.text for p in essay.recommendations]
    assert not any(p.text.startswith("补贴在民间") for p in essay.recommendations)


# ---------------------------------------------------------------------------------------- 4. a meeting report (F5)

FORUM = """某区召开社区议事协商会

9月3日，区人大常委会主任王某主持召开第十二期社区议事协商会，与居民代表面对面交流，听取意见建议，解决群众“急难愁盼”问题，不断提升基层治理水平。

会上，多名居民代表先后发言。有居民反映，小区周边停车位严重不足，晚间车辆乱停乱放；有居民反映，老旧电梯频繁故障，老人上下楼困难；还有居民提出，希望增设社区食堂。区住建局负责人表示，将在两个月内完成电梯安全排查。

王某要求，要对居民反映的问题逐项梳理、限期办结。要加快推进老旧小区改造，切实改善居住条件。
"""


def test_each_report_of_a_semicolon_run_is_read_past_its_own_speaker():
    essay = summarizer.summarize(FORUM).essays[0]
    assert [p.text for p in essay.challenges] == ["小区周边停车位严重不足，晚间车辆乱停乱放", "老旧电梯频繁故障，老人上下楼困难"]
    recs = [p.text for p in essay.recommendations]
    assert not any("急难愁盼" in r or "基层治理水平" in r for r in recs)  # the meeting's purpose is no measure
    assert "要加快推进老旧小区改造，切实改善居住条件" in recs


@pytest.mark.parametrize(("part", "end"), [
    ("有居民反映，小区周边停车位紧张", 6),
    ("还有企业表示：“融资难”", 8),
    ("政府发言人表示，将完成排查", 0),          # an authority's reply: no report of the people's problems
    ("这些措施令机构忧虑未来发展", 0),          # a verb inside the clause, no frame of its own
])
def test_news_frame_end(part, end):
    assert aspects.news_frame_end(part) == end


@pytest.mark.parametrize(("sentence", "narrates"), [
    ("6月5日，市委书记张某主持召开全市安全生产工作会议，研究部署防范化解重大风险工作。", True),
    ("昨天下午，县政协举行专题协商会，就农村养老问题建言献策。", True),
    ("要定期召开联席会议，及时解决突出问题。", False),                   # a measure: hold a meeting
    ("会议强调，要加强监管。", False),
    ("召开" * 5000, False),
])
def test_narrates_meeting(sentence, narrates):
    assert aspects.narrates_meeting(sentence) is narrates


def test_one_report_of_a_run_that_states_a_problem_is_cut_to_its_part():
    text = "有居民反映，周末广场活动很热闹；有居民反映，老旧电梯频繁故障，老人上下楼困难；还有居民提出，希望增设社区食堂。"
    assert [text[a:b] for a, b in points.prose_parts(text, 0, len(text), "challenge", 60)] == [
        "老旧电梯频繁故障，老人上下楼困难"]


# ------------------------------------------------------------------------------------ 5. a challenge cut mid-thought (F2)

def test_a_problem_window_reads_past_a_word_that_only_opens_with_a_modal():
    text = "她说，看病报销是个大难题，跨省就医，要求先回参保地备案，还得垫付全部费用，前后折腾了两个月。"
    a, b = points.cue_window(text, 0, len(text), "challenge", 40)
    assert text[a:b] == "看病报销是个大难题，跨省就医，要求先回参保地备案，还得垫付全部费用"
    # a real modal still turns to the measure
    text = "她说，看病报销是个大难题，跨省就医手续繁琐，要简化备案流程，推行线上办理，方便群众少跑腿。"
    a, b = points.cue_window(text, 0, len(text), "challenge", 40)
    assert text[a:b] == "看病报销是个大难题，跨省就医手续繁琐"
