"""Leftover kinds of structure, cleaning and the HTML reader (Parts 20-21 of the aspect corpus: 802, 808, 817, 836),
each on texts written for these tests (none copies a corpus string).

1. A heading run that names the problems' section as a noun phrase (``1.2 行业面临的挑战与机遇`` over ``1.2.1 主要挑战分析``)
   is a section, and a subsection named by its aspect noun over a paragraph is a leaf whose paragraph states the points
   (:func:`summarizer.aspects.section_phrase`: an analysis noun after the section noun, a neither-aspect noun paired
   with it, or a qualifier before it; ``analysis_tail``, ``paired_neutral_noun`` cue groups). The
   opportunities' half of such a pair (``1.2.2 发展机遇分析``) is neither aspect (:func:`summarizer.aspects.neutral_part`).
2. HTML reader: a block element standing in running text (``…<h5>图注</h5> <div><b>小标题</b></div> 正文…``) ends a
   line at both its edges, where trafilatura joined it to the text after it by a space
   (``formats.html._mark_block_edges``); an inline element inside a paragraph stays in its line.
3. HTML reader: a page with no ``<h1>`` and no element repeating its ``<title>``'s first part gets that part as its
   title line, the site part trimmed (``标题 - 某某博客``: ``formats.html._prepare``'s fallback, ``_title_first``), when
   the body shows it inside a line that does not open with it (a title the body never shows is not invented); the
   body's own copy of it under a list marker (``(一)标题``) is then no point
   (``aspects.analyze``: role ``title``).
4. Search spam a hacked page injects inside sentences and after its title (``网赌被黑老旧小区的…``,
   ``…却一直没有网赌被黑信誉平台划定车位``, ``标题 | 网赌被黑提款不了最好方法网``): runs of ``seo_spam`` and
   ``spam_glue`` words, two or more in a document, are cut out; the sentence stays whole and offsets map to
   the original (``clean._remove_spam_runs``, ``clean._spam_run_spans``). One run, or a spam word beside ordinary
   words (``网赌平台``), is text.
5. A scraped page's title line above the essay's own title: the essay title is the line the page title's last part
   (after a colon, bar or breadcrumb separator) repeats (``…申论范文:守护烟火气 激活夜经济`` ⏎ ``守护烟火气 激活夜经济``),
   or the line after a model essay's label line (``丨原创范文丨``; ``model_essay_label`` cue group):
   :func:`summarizer.essays.essay_title_span` in ``pipeline._title``. A ``-`` separator is followed by the site or
   genre, and the first line stays the title.
6. A numbered list glued right after a bracketed aside that ends its lead, with no colon (``…中常见的错误(请对照样表)1、
   …2、…3、…``): the ``1、`` opens the run (``structure._AFTER_BRACKET``, kept only in a run of two or more), and the
   lead is read without the aside as if it ended in a colon (``aspects._lead_in``); errors named in a lead-in announce
   problems (错误 in ``challenge_section``). A lone ``（见附表）1、`` is no list.
7. A converted paper's chunk numbers at line starts that cut sentences (``…给高层老人出行带来`` ⏎ ``2、很大不便。…``): numbers
   1, 2, 3 … each after a long line that breaks inside a sentence are removed with the line break before them, so the
   sentences are whole (``clean._remove_chunk_numbers``). A numbered list after short lines or lines that end their
   sentences stays.
8. The serial-number field of a proposal or a reply (``建议字:〔2023〕8号``) names no recommendations section: the
   ``建议字`` compound is masked (``challenge_exclusion`` cue group) as 问题清单 is.
"""

from __future__ import annotations

from aspect_helpers import points, roles

import summarizer
from summarizer import aspects
from summarizer.clean import clean
from summarizer.formats.html import main_content
from summarizer.readers import read_bytes

PAIRED = ("养老服务业发展报告\n"
          "一、行业面临的挑战与机遇\n"
          "1.1主要挑战分析\n"
          "养老行业面临的首要挑战是护理人员短缺。不少民办机构因收费偏高、服务单一等问题入住率偏低,导致长期亏损。"
          "其次,农村养老设施建设明显滞后。\n"
          "1.2发展机遇分析\n"
          "人口老龄化带来了巨大的市场需求,智慧养老技术日趋成熟,政策支持力度不断加大,社会资本纷纷进入这一领域。\n"
          "二、对策建议\n"
          "1.加大护理人才培养力度。\n2.完善农村养老设施。\n")

STATUS = ("养老服务业发展报告\n"
          "一、养老服务业发展现状\n"
          "1.1总体概况\n"
          "近年来,养老机构数量持续增长,床位总数突破八百万张,社区养老服务站覆盖了大部分城市街道。\n"
          "1.2行业面临的挑战与机遇\n"
          "1.2.1主要挑战分析\n"
          "养老行业面临的首要挑战是护理人员短缺。不少民办机构因收费偏高、服务单一等问题入住率偏低,导致长期亏损。"
          "其次,农村养老设施建设明显滞后。\n")

PROBLEMS = ["养老行业面临的首要挑战是护理人员短缺", "不少民办机构因收费偏高、服务单一等问题入住率偏低,导致长期亏损",
            "农村养老设施建设明显滞后"]


def test_a_heading_run_naming_the_problems_section_reads_its_paragraph():
    assert ("主要挑战分析", "challenge", "leaf") in roles(PAIRED)
    assert ("发展机遇分析", "other", "other") in roles(PAIRED)
    ch, rec = points(PAIRED)
    assert ch == PROBLEMS
    assert rec == ["加大护理人才培养力度", "完善农村养老设施"]
    # under a status section (现状) the pair heading is the problems' section, not a point
    assert ("行业面临的挑战与机遇", "challenge", "section") in roles(STATUS)
    ch, rec = points(STATUS)
    assert ch == PROBLEMS and rec == []


def test_section_phrase_names_sections_not_statements():
    for h in ("行业面临的挑战与机遇", "主要挑战分析", "挑战与机遇", "当前困境", "存在问题剖析"):
        assert aspects.section_phrase(h, "challenge"), h
    # negative: shortcomings stated, a pair of both aspects, a neutral noun alone
    for h in ("设施维护不到位", "监管存在漏洞", "问题与对策", "行业发展趋势", "资金短缺问题"):
        assert not aspects.section_phrase(h, "challenge"), h
    assert aspects.neutral_part("行业面临的挑战与机遇", "发展机遇分析")
    # negative: the opportunity half needs a parent that pairs it; a heading that names the problems too is no half
    assert not aspects.neutral_part("存在的问题", "发展机遇")
    assert not aspects.neutral_part("行业面临的挑战与机遇", "机遇与挑战并存")


S1 = ("很多小区的业主议事会一年只开一次,讨论的事项早已由物业决定,业主的意见很少被采纳,久而久之大家也就不愿意参加了。"
      "有的议事会连会议记录都没有,议定的事项无人跟进,居民反映的问题一拖再拖,议事会成了走过场的摆设。")
S2 = ("居委会应当把议事会的决定向全体居民公开,并接受居民的监督。但现实中不少社区的公开栏常年不更新,"
      "居民想了解议事结果只能私下打听,议事会与居民之间隔着一堵看不见的墙。长此以往,居民对社区事务越来越冷漠。")
S3 = "议事规则应当写进居民公约,议定事项要有专人跟进并定期向居民报告,不能让议事会停留在纸面上。"


def _page(title: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + '</title></head>\n<body>\n'
            '<div class="mp-article">\n' + body + '\n\n</div>\n</body></html>\n')


BLOG = _page("社区治理中的三个短板 - 某某博客",
             '(一)社区治理中的三个短板\n\n作者甲\n\n<h5>(图片说明)</h5> '
             '<div style="text-align: center;"><b>短板之一:议事流于形式</b></div> ' + S1 + '<br> ' + S2 + S2 + '<br> ' + S3)


def test_a_div_in_running_text_ends_its_line():
    lines = main_content(BLOG).split("\n")
    at = lines.index("短板之一:议事流于形式")
    assert lines[at + 1] == S1
    # negative: an inline element inside a paragraph stays in its line
    inline = _page("社区治理中的三个短板 - 某某博客", "<p>" + S1[:20] + "<b>议事会</b>" + S1[20:] + "</p><p>" + S2 + S2 + "</p>")
    assert S1[:20] + "议事会" + S1[20:] in main_content(inline).split("\n")


def test_the_page_title_is_the_title_when_no_element_repeats_it():
    lines = main_content(BLOG).split("\n")
    assert lines[:2] == ["社区治理中的三个短板", "(一)社区治理中的三个短板"]
    essay = summarizer.summarize(read_bytes(BLOG.encode(), format="html")).essays[0]
    assert essay.title == "社区治理中的三个短板"
    assert "社区治理中的三个短板" not in [p.text for p in essay.challenges]
    assert "有的议事会连会议记录都没有,议定的事项无人跟进,居民反映的问题一拖再拖,议事会成了走过场的摆设" in [
        p.text for p in essay.challenges]
    # negative: a body that opens with the title keeps it once; a <title> with no site part adds nothing
    opened = _page("社区治理中的三个短板 - 某某博客", "<p>社区治理中的三个短板</p><p>" + S1 + "</p><p>" + S2 + "</p>")
    assert main_content(opened).split("\n")[:2] == ["社区治理中的三个短板", S1]
    bare = _page("社区治理中的三个短板", "<p>" + S1 + "</p><p>" + S2 + "</p>")
    assert main_content(bare).split("\n")[0] == S1
    # negative: a title the body never shows is not invented
    unseen = _page("社区治理中的三个短板 - 某某博客", "<p>" + S1 + "</p><p>" + S2 + "</p>")
    assert main_content(unseen).split("\n")[0] == S1


SPAMMED = ("社区停车难题的破解之道 | 网赌被黑提款不了最好方法网\n"
           "网赌被黑老旧小区的停车位严重不足,居民只能把车停在消防通道上。\n"
           "物业公司收了停车费,却一直没有网赌被黑信誉平台划定车位,引发不少纠纷。\n"
           "街道应当统筹周边单位的闲置车位,在夜间向居民错时开放。\n")


def test_injected_spam_runs_are_cut_out_of_sentences():
    ct = clean(SPAMMED)
    assert ct.text == ("社区停车难题的破解之道\n老旧小区的停车位严重不足,居民只能把车停在消防通道上。\n"
                       "物业公司收了停车费,却一直没有划定车位,引发不少纠纷。\n街道应当统筹周边单位的闲置车位,在夜间向居民错时开放。")
    at = ct.text.index("划定车位")
    assert int(ct.offsets[at]) == SPAMMED.index("划定车位")
    essay = summarizer.summarize(SPAMMED).essays[0]
    assert essay.title == "社区停车难题的破解之道"
    first = essay.challenges[0]
    assert first.text == "老旧小区的停车位严重不足,居民只能把车停在消防通道上"
    assert SPAMMED[first.start:first.end] == first.text
    # negative: news on gambling joins 网赌 to ordinary words (网赌平台), and one run alone is a text's mention
    news = "打击网赌平台需要多方合力。\n一些青少年沉迷网赌平台,家长却毫不知情。\n网赌平台常常诱导用户充值。"
    assert clean(news).text == news
    once = "有网民搜索网赌被黑怎么办,警方提醒不要轻信所谓出黑服务。\n社区民警应当加强反诈宣传。"
    assert clean(once).text == once


NIGHT = ("夜市是城市的烟火气所在。然而,一些地方的夜市管理粗放,油烟扰民、占道经营等问题长期得不到解决。\n"
         "相关部门应当划定经营区域,引导摊贩规范经营。\n")


def test_the_essay_title_under_a_page_title_line():
    for text in ("2024年某省公务员考试申论范文:守护烟火气 激活夜经济\n守护烟火气 激活夜经济\n" + NIGHT,
                 "申论范文丨夜经济,点亮城市活力\n(某某公众号,陪你备考)\n"
                 "【材料】某市夜市发展迅速,但管理跟不上。请以“繁荣夜经济”为主题写一篇议论文。\n"
                 "丨原创范文丨\n守护烟火气 激活夜经济\n" + NIGHT):
        essay = summarizer.summarize(text).essays[0]
        assert essay.title == "守护烟火气 激活夜经济"
        assert [p.text for p in essay.challenges] == ["一些地方的夜市管理粗放,油烟扰民、占道经营等问题长期得不到解决"]
        assert [p.text for p in essay.recommendations] == ["相关部门应当划定经营区域,引导摊贩规范经营"]
    # negative: after a dash the site or genre follows; the first line stays the title
    essay = summarizer.summarize("关于夜经济发展的调研报告-政务内参\n政务内参\n" + NIGHT).essays[0]
    assert essay.title == "关于夜经济发展的调研报告-政务内参"


FORM = ("如何填好社区议事申请表\n"
        "各位居民代表:现就申请表的填写问题作一说明。\n"
        "居民提交的申请表中常见的错误(请对照样表)1、申请事由写得过于笼统。2、联系人电话漏填。3、附件材料不齐全。\n"
        "今后请大家认真核对后再提交。\n")


def test_a_list_glued_after_a_bracketed_aside_is_the_list_its_lead_announces():
    assert [r for r in roles(FORM) if r[1]] == [("申请事由写得过于笼统", "challenge", "point"),
                                                ("联系人电话漏填", "challenge", "point"),
                                                ("附件材料不齐全", "challenge", "point")]
    assert points(FORM) == (["申请事由写得过于笼统", "联系人电话漏填", "附件材料不齐全"], [])
    # negative: one number after a bracket is no list
    assert roles("如何填好社区议事申请表\n今年共收到申请表（见附表）1、份数较去年增加。\n") == [
        ("如何填好社区议事申请表", None, "none")]


CHUNK1 = ("1、老旧小区加装电梯是一项惠及千家万户的民生工程,但在推进过程中面临着业主意见难统一、资金筹措渠道单一、后期维护责任不清"
          "等突出问题,部分小区因低层住户反对而长期搁置,已经加装的电梯也因维保费用分摊不明而频繁停运,给高层老人出行带来")
CHUNK2 = ("2、很大不便。本文以某市三个街道为例,分析了加装电梯的主要障碍,并从政府补贴、协商机制、运维模式三个方面提出对策。研究发现,"
          "协商机制缺位是最主要的障碍,多数小区没有形成有效的议事平台,业主之间的分歧只能依靠居委会反复上门调解,耗时长、成效低,"
          "政府的补贴政策也存在申请")
CHUNK3 = "3、流程繁琐、拨付周期长的问题。街道应当搭建业主议事平台,引导业主协商达成共识。"


def test_chunk_numbers_that_cut_sentences_are_removed():
    text = "\n".join([CHUNK1, CHUNK2, CHUNK3])
    ct = clean(text)
    assert ct.text == CHUNK1[2:] + CHUNK2[2:] + CHUNK3[2:]
    at = ct.text.index("很大不便")
    assert int(ct.offsets[at]) == text.index("很大不便")
    # negative: a list of short lines, and one of long items that end their sentences, stay lists
    notes = "存在的问题\n1、资金筹措渠道单一\n2、后期维护责任不清\n3、业主意见难统一"
    assert clean(notes).text == notes
    items = "\n".join([CHUNK1 + "。", CHUNK2 + "。", CHUNK3])
    assert clean(items).text == items


def test_a_serial_number_field_is_no_section():
    text = ("是否同意公开:是\n建议字:〔2024〕5号\n关于某某路段改造建议的答复\n"
            "您提出的建议收悉。经研究,该路段已列入明年改造计划,我局将加快推进前期工作。\n")
    assert ("建议字:〔2024〕5号", None, "none") in roles(text)
    assert "〔2024〕5号" not in points(text)[1]
    # negative: a section named by 建议 still is one
    assert aspects.heading_aspect("对策建议") == "recommendation"
