"""One reader for a section label that ends with a word of study (tidy24), on texts written for these tests.

``aspects.study_label_core`` cuts the word of study (the ``analysis_tail`` cue group: 分析, 剖析, 研究, 探讨 …) off a
section label; it serves both former readers of such labels:

- weak23's :func:`summarizer.aspects.analysed_section` (and :func:`summarizer.aspects.names_aspect_section` through
  it): an aspect noun phrase before the word of study names that aspect's section (``主要困难剖析``, ``对策研究``), a
  label that states a shortcoming itself (``经费不足问题分析``) or names no aspect (``数据分析``) does not;
- lefts23b's :func:`summarizer.aspects.section_phrase` / ``_section_core`` and
  :func:`summarizer.aspects.neutral_part`: the section noun before the word of study, paired with a noun of neither
  aspect (``面临的困难与机遇``) or after a qualifier (``当前困难``), names the section; its opportunities' half
  (``发展机遇探讨``) is neither aspect.
"""

from __future__ import annotations


import pytest
from aspect_helpers import points, roles

from summarizer import aspects as asp
from costs import assert_linear


@pytest.mark.parametrize("label, core", [
    ("主要困难分析", "主要困难"), ("存在问题剖析", "存在问题"), ("改进对策研究", "改进对策"), ("突出矛盾探讨", "突出矛盾"),
    ("风险研判", "风险"), ("发展概述", "发展"), ("分析", ""),
])
def test_the_word_of_study_is_cut_off_the_label(label, core):
    assert asp.study_label_core(label) == core


@pytest.mark.parametrize("label", ["主要困难", "分析问题", "研究生培养", "问题的分析与对策建议", "分析："])
def test_a_label_not_ending_with_a_word_of_study_has_no_core(label):
    # negative: the word must end the label (a trailing colon is the caller's to drop)
    assert asp.study_label_core(label) is None


def test_the_analysed_section_reader_uses_the_whole_vocabulary():
    # weak23's caller: the words it had of its own (研究, 探讨) and the group's (剖析, 研判) alike
    assert asp.analysed_section("主要困难剖析") == asp.CHALLENGE
    assert asp.analysed_section("存在问题探讨") == asp.CHALLENGE
    assert asp.analysed_section("改进对策研究") == asp.RECOMMENDATION
    assert asp.analysed_section("主要困难剖析：") == asp.CHALLENGE
    assert asp.names_aspect_section("主要困难剖析", asp.CHALLENGE)
    assert not asp.names_aspect_section("主要困难剖析", asp.RECOMMENDATION)
    # negative: a shortcoming stated before the word of study, a topic of no aspect, no word of study at all
    assert asp.analysed_section("经费不足问题分析") is None
    assert asp.analysed_section("数据分析") is None
    assert asp.analysed_section("主要困难") is None


def test_the_section_phrase_reader_uses_the_whole_vocabulary():
    # lefts23b's caller: a qualifier or a paired neutral noun before the section noun, any word of study after it
    for h in ("主要困难探讨", "当前困难研究", "面临的困难与机遇分析", "存在问题剖析"):
        assert asp.section_phrase(h, asp.CHALLENGE), h
    assert asp.neutral_part("面临的困难与机遇", "发展机遇探讨")
    # negative: a shortcoming stated, the other aspect, a neutral half under a parent that pairs nothing
    for h in ("设施老化严重分析", "改进对策研究"):
        assert not asp.section_phrase(h, asp.CHALLENGE), h
    assert not asp.neutral_part("存在的问题", "发展机遇探讨")


STATUS = ("社区养老服务调研报告\n"
          "一、社区养老服务现状\n"
          "1.1总体情况\n"
          "全区已建成社区养老服务站四十余个,日间照料床位逐年增加,助餐点覆盖了大部分街道。\n"
          "1.2主要困难探讨\n"
          "服务站普遍缺少专业护理人员,现有人员多为兼职。其次,部分站点的活动场地明显不足。\n")


def test_a_status_subsection_named_with_a_word_of_study_states_its_points():
    assert ("主要困难探讨", "challenge", "leaf") in roles(STATUS)
    ch, rec = points(STATUS)
    # (the paragraph's second sentence, 其次,…明显不足, is not read as a point on main either: a recall gap left alone)
    assert ch[0] == "服务站普遍缺少专业护理人员,现有人员多为兼职"
    assert rec == []
    # negative: the status paragraph above it states no problem
    assert not any("助餐点" in p for p in ch)


def test_linear_on_long_labels():
    long_label = "困难" * 50000 + "分析"
    assert asp.study_label_core(long_label) == "困难" * 50000
    assert asp.analysed_section(long_label) is None

    def many(n):
        for _ in range(n):
            asp.study_label_core("问题分析")

    assert_linear(lambda n: asp.study_label_core("困难" * n + "分析"), 50000, "study_label_core, a long label")
    assert_linear(lambda n: asp.analysed_section("困难" * n + "分析"), 50000, "analysed_section, a long label")
    assert_linear(many, 10000, "many short labels")


def test_a_word_of_study_after_a_problem_noun_goes_on_naming():
    # points._predicated_cue_noun: the third reader of the words of study (问题剖析, 问题研究 go on naming the section)
    from summarizer import points as pts
    assert not pts._predicated_cue_noun("人才流失问题剖析")
    assert not pts._predicated_cue_noun("人才流失问题研究")
    # negative: a predicate after the problem noun states the shortcoming
    assert pts._predicated_cue_noun("资金缺口问题仍未解决")


def test_a_status_subsection_names_its_section_by_one_rule():
    # lefts23b's reading: a noun phrase naming the problems' section, over items or over a paragraph
    assert asp.status_subsection("行业面临的困难与机遇", line=False, sub=True) == asp.CHALLENGE
    assert asp.status_subsection("主要困难剖析", line=False, sub=False) == asp.CHALLENGE
    # weak23's reading: over items of its own, a heading whose last cue noun names either aspect
    assert asp.status_subsection("下一步改进对策", line=False, sub=True) == asp.RECOMMENDATION
    assert asp.status_subsection("主要困难剖析", line=True, sub=True) == asp.CHALLENGE
    # negative: a bare line over a paragraph, a shortcoming stated, the other aspect over a paragraph
    assert asp.status_subsection("主要困难剖析", line=True, sub=False) is None
    assert asp.status_subsection("设施维护严重不到位", line=False, sub=True) is None
    assert asp.status_subsection("下一步改进对策", line=False, sub=False) is None
