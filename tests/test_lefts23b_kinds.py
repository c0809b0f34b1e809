"""Leftover kinds of structure, cleaning and the HTML reader (Parts 20-21 of the aspect corpus: 802, 808, 817, 836),
each on texts written for these tests (none copies a corpus string).

1. A heading run that names the problems' section as a noun phrase (``1.2 行业面临的挑战与机遇`` over ``1.2.1 主要挑战分析``)
   is a section, and a subsection named by its aspect noun over a paragraph is a leaf whose paragraph states the points
   (:func:`summarizer.aspects.section_phrase`: an analysis noun after the section noun, a neither-aspect noun paired
   with it, or a qualifier before it; ``lefts23b_analysis_tail``, ``lefts23b_paired_neutral`` cue groups). The
   opportunities' half of such a pair (``1.2.2 发展机遇分析``) is neither aspect (:func:`summarizer.aspects.neutral_part`).
"""

from __future__ import annotations

from aspect_helpers import points, roles

from summarizer import aspects

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
