"""Kinds of a new user's trial (newuser22, Part 20 of the aspect corpus) fixed by trialfix22b, each on a text written
for the test (none copies a corpus string).

A. A rectification report laid out by field labels (``一、资金管理 ⏎ 问题清单：… ⏎ 整改情况：…``): the label
   ``问题清单`` names the list of problems (it names a tool in a heading, ``建立问题清单``, and is masked there), so
   its entry, a problem stated as a fact, was lost, and the items' topic headings were taken as challenges. A line
   that opens with a field label naming an aspect states a point of that aspect after the label
   (``points._label_led_entries``; :func:`summarizer.aspects.list_label_aspect`: ``aspect_list_label``,
   ``measure_field_label`` cue groups), and a run of items whose bodies open with such labels heads no points
   (``aspects._field_labelled_body`` in :func:`summarizer.aspects.analyze`).
E. Page noise kept in points: a numbered note call in brackets (``(注5)``, ``（註12）``, ``[注2]``) stayed in a point's
   text (a point cannot run past text cleaning removed), and a press conference's speaker labels (``王国庆：``) stayed
   because each question is put by another medium's reporter (``▲新华社记者：``, ``▲经济日报记者：``), so no asking
   speaker had two turns. The note call is markup like ``[3]`` (``markup._NOTE_CALL``); a label ending in 记者/主持人
   is the one asker (``points._ASKER_ENDINGS`` in :func:`summarizer.points.interview_turns`). A Discuz forum's
   printable page scatters random ASCII runs (``2 @9 t+ a( Q0 I4``) over its lines' ends and starts: they were kept
   in points and summaries and glued lines together (``clean._remove_jammer_runs``, before markup and the joins).
P. A point across a ``；`` beside both halves' points (``A偏高，B不强；C薄弱，D偏低`` with ``A偏高，B不强`` and
   ``C薄弱，D偏低，E不牢``): two points or more that cover it end to end, the last running on past it, make it a
   duplicate (``points._without_joined_points``, :data:`summarizer.points.JOINED_GAP_CHARS`).
F. Titles: a title field's label kept (``标题: X``), a metadata line (``发布时间：2024-08-07``) or a section label
   (``引言``, ``section_label_title`` cue group) taken as the title, and no title read from a bracketed headline
   that opens the text (``【X】正文…``) or a first line the page prints twice (``pipeline._title``,
   ``pipeline._unmarked_title``). A forum's counter line (``63万``) glued to a title whose genre precedes a colon
   (``…申论范文:“回归”让乡村振兴``: ``clean._long_colon_label`` lets it stand between blank lines), and a page's link
   line (``点击进入专题``, ``navigation_title_opener`` cue group) taken as the title (kind S).
G. A line the next one repeats after a blank line (a title printed twice) was run on into it as one sentence
   (``repeated`` in ``clean._join_lines``); an author's name line under a numbered heading (``周光辉``) was joined to it
   as a wrapped tail (``clean._byline_name_after_heading``, ``common_surname`` cue group).
L. Page noise as keyphrases: a hacked page's porn and gambling keyword line (three distinct ``seo_spam`` words on one
   line) is removed in cleaning (``clean._remove_spam_lines``), and a Latin phrase found only where no Chinese is
   written nearby (a navigation line ``Working Reports``, a header ``www``) is no keyphrase of a Chinese essay
   (``keyphrases._latin_line``).
N. Cut-off pages: a last list item cut after a conjunction (``3. 保障和``) was kept as a point
   (:func:`summarizer.points.cut_off_item`), and a summary sentence kept the clause the page's end cut off
   (``…支持与投入，不``; :func:`summarizer.points.cut_off_end` in ``pipeline.summary_stage``).
"""

from __future__ import annotations


import summarizer
from aspect_helpers import points, roles
from summarizer import aspects as asp
from summarizer import points as P
from costs import assert_linear


# A ---------------------------------------------------------------------------------------------------------------

_REPORT = ("现将整改情况报告如下：\n"
           "一、资金管理\n问题清单：专项经费拨付进度偏慢。\n整改情况：建立经费台账，按月通报拨付进度。\n"
           "二、档案管理\n问题清单：部分合同未及时归档。\n整改情况：逐份清理合同，补齐归档手续。\n")


def _spans(text: str):
    essay = summarizer.summarize(text).essays[0]
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


def test_problem_list_label_names_a_challenge():
    assert asp.run_in_label("问题清单：专项经费拨付进度偏慢。") == (5, asp.CHALLENGE)
    assert asp.list_label_aspect("问题台账") == asp.CHALLENGE
    assert asp.list_label_aspect("整改清单") == asp.RECOMMENDATION
    assert asp.list_label_aspect("整改情况") == asp.RECOMMENDATION
    # negative: a topic or another field names no list
    assert asp.list_label_aspect("资金管理") is None
    assert asp.list_label_aspect("完成时限") is None


def test_rectification_report_entries_are_points_and_headings_are_not():
    ch, rec = _spans(_REPORT)
    assert ch == [("专项经费拨付进度偏慢", 24, 34), ("部分合同未及时归档", 70, 79)]
    assert [t for t, _, _ in rec] == ["建立经费台账，按月通报拨付进度", "逐份清理合同，补齐归档手续"]
    assert _REPORT[rec[0][1]:rec[0][2]] == rec[0][0]
    assert ("资金管理", None, "none") in roles(_REPORT)


def test_problem_list_label_in_a_heading_is_still_a_tool():
    # negative: 建立问题清单 as a measure names no problem section, and a heading line 问题清单 over nothing is no point
    ch, rec = points("各单位要建立问题清单，实行销号管理。\n")
    assert ch == []
    assert rec == ["各单位要建立问题清单，实行销号管理"]


def test_topic_problem_label_over_a_wish_gives_no_challenge():
    # negative: a topic's problem label over an entry that asks for a measure (希望…) states no problem by the label
    for text in ("绿化问题：希望物业尽快补种树苗，恢复原貌。\n", "存在问题：各单位必须按时报送材料。\n"):
        out = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
        P._label_led_entries(text, summarizer.sentences.split_sentences(text), out, 60, len(text))
        assert out == {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    text = "存在问题：各单位报送材料不及时。\n"
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    P._label_led_entries(text, summarizer.sentences.split_sentences(text), out, 60, len(text))
    assert [(p.start, p.end) for p in out[asp.CHALLENGE]] == [(5, 15)]


def test_question_after_a_label_is_no_point():
    ch, _ = points("问题清单：经费为何拨付缓慢？\n")
    assert ch == []


def test_label_led_entries_are_linear():
    def entries(n):
        text = "".join(f"问题清单：第{i}项经费拨付进度偏慢。\n整改情况：按月通报进度。\n" for i in range(n))
        P._label_led_entries(text, summarizer.sentences.split_sentences(text),
                             {asp.CHALLENGE: [], asp.RECOMMENDATION: []}, 60, len(text))

    assert_linear(entries, 250)


# E ---------------------------------------------------------------------------------------------------------------

def test_note_calls_are_removed_like_citation_marks():
    text = "政府应当加大投入（注3），完善照护制度。乡村医生严重不足(註12)。"
    ch, rec = _spans(text)
    assert rec == [("政府应当加大投入，完善照护制度", 0, 19)]
    assert ch == [("乡村医生严重不足", 20, 28)]
    from summarizer.markup import markup_edits
    assert [(a, b) for a, b, _r, rule in markup_edits("投入[注2]，完善") if rule == "citation"] == [(2, 6)]


def test_a_note_itself_is_kept():
    # negative: a note with words (（注：…）) is no call; a bracketed 注 not after text is left too
    from summarizer.markup import markup_edits
    assert not [e for e in markup_edits("（注：数据来自统计局。）") if e[3] == "citation"]
    assert not [e for e in markup_edits("注1 数据来自统计局") if e[3] == "citation"]


def test_press_conference_reporters_are_one_asker():
    text = ("▲新华社记者：下一步怎么做？\n王国庆：要加强委员队伍建设，完善履职考核制度。\n"
            "▲经济日报记者：委员出勤怎样？\n王国庆：今后要严格考勤，建立通报制度。\n")
    turns = P.interview_turns(text)
    assert [(t.label, t.asks) for t in turns] == [("记者", True), ("王国庆", False), ("记者", True), ("王国庆", False)]
    _, rec = _spans(text)
    assert [t for t, _, _ in rec] == ["要加强委员队伍建设，完善履职考核制度", "今后要严格考勤，建立通报制度"]
    assert rec[0][1] == text.find("要加强")


def test_long_labels_are_no_speakers():
    # negative: a label over six characters that names no reporter or host is no speaker
    text = "城市更新工作推进：要加快进度。\n城市更新工作推进：要加快进度。\n王国庆：好。\n王国庆：好。\n"
    assert P.interview_turns(text) == []


_JAMMED = ("我记得以前小区没有物业这个词。2 @9 t+ a( Q0 I4 {' M% D\n"
           "; t1 ]\" e6 S. i$ Z( o报修一个路灯故障都要等上几个月。\n"
           "楼道里的垃圾堆了半个月没人清理。$ O% s' j  m% l2 o$ Z\n"
           "% G0 d; d# @* Z6 }[attach]4821915[/attach]\n")


def test_discuz_jammer_runs_are_removed():
    from summarizer.clean import clean
    c = clean(_JAMMED)
    assert c.text == ("我记得以前小区没有物业这个词。\n报修一个路灯故障都要等上几个月。\n"
                      "楼道里的垃圾堆了半个月没人清理。")
    assert c.removed["jammer"] > 0
    essay = summarizer.summarize(_JAMMED).essays[0]
    assert not any(ch in essay.summary for ch in "@$%{")


def test_ascii_text_is_no_jammer():
    # negative: English words, numbers, a formula and a single odd run are text
    from summarizer.clean import clean
    for text in ("会议由 WHO 和 UN 共同主办。\n参会 A B C D 四组。\n增长率 = a + b / c。\n",
                 "我记得以前小区没有物业这个词。2 @9 t+ a( Q0 I4 {' M% D\n楼道很干净。\n"):
        assert "jammer" not in clean(text).removed


def test_jammer_removal_is_linear():
    from summarizer.clean import clean
    # at the full size (n = 10,000): a 100k-character line of jammer text and 10,000 jammed lines
    assert_linear(lambda n: clean("中" + "a! " * (33 * n // 10) + "\n" + "中文。2 @9 t+ a( Q0 I4 {' M% D\n" * n), 600)


# P ---------------------------------------------------------------------------------------------------------------

def test_point_across_a_semicolon_beside_both_halves_is_dropped():
    from summarizer.points import RawPoint, _without_joined_points
    a, across, b = RawPoint("challenge", 0, 20), RawPoint("challenge", 0, 30), RawPoint("challenge", 21, 40)
    assert _without_joined_points([a, across, b]) == [a, b]
    text = ("我们也看到还存在不少困难。特别是传统产业比重过高，部分企业竞争力不强；现代农业基础薄弱，服务业比重偏低，"
            "发展的基础不牢固。民间投资活力有待激发。\n")
    ch, _ = _spans(text)
    assert [(a, b) for _, a, b in ch] == [(13, 34), (35, 60), (61, 71)]
    assert ch[0][0] == "特别是传统产业比重过高，部分企业竞争力不强"


def test_overlapping_points_with_a_gap_are_kept():
    # negative: two points far apart inside a long one do not cover it; one that ends inside it neither
    from summarizer.points import RawPoint, _without_joined_points
    long, a, b = RawPoint("challenge", 0, 40), RawPoint("challenge", 0, 10), RawPoint("challenge", 20, 50)
    assert _without_joined_points([long, a, b]) == [long, a, b]
    c = RawPoint("challenge", 5, 35)
    assert _without_joined_points([long, c]) == [long, c]


# F / G -----------------------------------------------------------------------------------------------------------

def _title(text: str):
    return summarizer.summarize(text).essays[0].title


def test_title_field_label_is_stripped():
    assert _title("标题: 物业管理乱象调查\n我记得以前小区很干净。现在物业不负责任，垃圾没人清理。\n") == "物业管理乱象调查"


def test_bracketed_headline_opening_the_text_is_the_title():
    assert _title("【社区养老服务调研报告】近年来，社区养老的作用日益凸显。然而护理人员不足的现象较为普遍。\n") == \
        "社区养老服务调研报告"


def test_a_repeated_first_line_is_the_title_and_stays_its_own_line():
    text = "谁来为养老买单? 补贴背后的财政缺口\n\n谁来为养老买单? 补贴背后的财政缺口\n\n(特稿) 日前某站举办成果展。然而照护人力严重不足。\n"
    assert _title(text) == "谁来为养老买单? 补贴背后的财政缺口"
    from summarizer.clean import clean
    assert clean(text).text.split("\n")[:2] == ["谁来为养老买单?补贴背后的财政缺口"] * 2


def test_metadata_and_section_labels_are_no_titles():
    assert _title("发布时间 : 2024-08-07\n\n以下是工作报告的主要内容。经济总体回升向好。\n") is None
    assert _title("引言\n\n随着城市化进程的加快，社区成为生活的重要场所。然而社区生活也存在诸多痛点。\n") is None


def test_ordinary_titles_are_kept():
    # negative: a plain title line, a title that names 引言 among other words, a one-off bracket tag
    assert _title("基层减负的思考\n当前基层负担过重。应当精简会议。\n") == "基层减负的思考"
    assert _title("引言与方法论综述\n当前基层负担过重。应当精简会议。\n") == "引言与方法论综述"
    assert _title("【正文】\n当前基层负担过重。应当精简会议。\n") is None


# N ---------------------------------------------------------------------------------------------------------------

def test_cut_off_last_item_is_no_point():
    text = "三、主要任务\n1. 扩大内需：要积极扩大有效投资。\n2. 推进改革：要深化国企改革。\n3. 保障和\n"
    _, rec = points(text)
    assert rec == ["扩大内需：要积极扩大有效投资", "推进改革：要深化国企改革"]
    assert P.cut_off_item("3. 保障和", 3, 6)
    # negative: a whole last item, and a dangling word that is not at the text's end
    _, rec = points(text.replace("保障和", "保障和改善民生"))
    assert rec[-1] == "保障和改善民生"
    assert not P.cut_off_item("保障和。后面还有一句话没有完。这里继续", 0, 3)


def test_summary_leaves_out_the_clause_a_page_cut_off():
    text = ("当前基层工作中存在不少问题，人员配备不足的现象较为普遍。部分机构政策宣传不到位，群众知晓率低。"
            "未来，应继续加大对基层工作的支持与投入，不")
    essay = summarizer.summarize(text).essays[0]
    assert not essay.summary.endswith("不")
    assert all(not s.text.endswith("，不") for s in essay.summary_sentences)


# L ---------------------------------------------------------------------------------------------------------------

def test_seo_spam_line_is_removed():
    from summarizer.clean import clean
    text = "bt 另类 专区-brazzers欧美精品-在线成人免费视频-亚洲欧美另类日本\n基层减负的思考\n当前基层负担过重。应当精简会议。\n"
    c = clean(text)
    assert c.text == "基层减负的思考\n当前基层负担过重。应当精简会议。"
    assert c.removed["seo_spam"] > 0
    keys = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert not any("欧美" in k or "brazzers" in k for k in keys)


def test_a_sentence_about_gambling_is_kept():
    # negative: an article on online gambling names one or two such words in its sentences
    from summarizer.clean import clean
    text = "近年来网赌案件频发，不少青年被网赌平台诱骗。公安机关应加大打击力度。\n"
    assert "seo_spam" not in clean(text).removed


def test_latin_navigation_words_are_no_keyphrases():
    text = ("Working Reports\n\n施政报告建议\n\n"
            + "疫情持续，建造业遭受重创。建造业工人失业严重。政府应支持建造业，推动建造业复苏。\n" * 3)
    keys = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert "Working" not in keys and "Reports" not in keys
    assert "施政报告" in keys
    # negative: a Latin word written inside Chinese sentences stays a candidate
    from summarizer.keyphrases import _latin_line
    hay = "我们应当充分利用ArXiv系统。\nWorking Reports\n"
    assert not _latin_line(hay, hay.find("ArXiv"), hay.find("ArXiv") + 5)
    assert _latin_line(hay, hay.find("Working"), hay.find("Working") + 7)


def test_forum_counter_is_not_glued_to_a_genre_colon_title():
    text = "2018某省考试申论范文:“回归”让乡村振兴\n\n63万\n\n主题\n\n乡村振兴富农，让人愿意回。我们要提升人民的生活水平。\n"
    assert _title(text) == "2018某省考试申论范文:“回归”让乡村振兴"
    from summarizer.clean import _long_colon_label
    assert _long_colon_label("2018某省考试申论范文:“回归”让乡村振兴")
    # negative: a field line's short label keeps the old reading
    assert not _long_colon_label("作者：王某某")
    assert not _long_colon_label("申论范文：")


def test_navigation_line_is_no_title():
    assert _title("点击进入专题\n\n当前基层负担过重。应当精简会议。\n") is None


def test_author_name_under_a_numbered_heading_stays_its_own_line():
    from summarizer.clean import clean
    text = "（二）基层减负的三大典型表现\n周明华\n现今奉行的是直接追责，中间缺少批评教育的环节。\n"
    assert clean(text).text.split("\n")[:2] == ["（二）基层减负的三大典型表现", "周明华"]
    # negative: a heading's wrapped tail that opens with no surname is joined back
    text = "（二）基层官僚主义、形式主义的三大典型\n表现\n现今奉行的是直接追责，中间缺少批评教育的环节。\n"
    assert clean(text).text.split("\n")[0] == "（二）基层官僚主义、形式主义的三大典型表现"
