"""The vocabulary files' parser (chars.parse_word_groups): groups, comments, and a bad merge refused."""

from __future__ import annotations

import pytest

from summarizer.chars import parse_word_groups, word_groups
from summarizer.errors import ResourceError


def test_groups_words_and_comments():
    raw = "# a comment\n[modal]\n要 应  # inline comment\n应该\n\n[other]\n成效 要\n"
    assert parse_word_groups(raw, "test") == {"modal": ("应该", "应", "要"), "other": ("成效", "要")}


@pytest.mark.parametrize("marker", ["<<<<<<< HEAD", "=======", ">>>>>>> corpus16"])
def test_a_merge_conflict_marker_is_refused_with_its_line(marker):
    raw = f"[modal]\n要 应\n{marker}\n应该\n"
    with pytest.raises(ResourceError, match=r"^test line 3 is a merge-conflict marker"):
        parse_word_groups(raw, "test")


def test_a_file_without_groups_is_refused():
    with pytest.raises(ResourceError, match="holds no groups"):
        parse_word_groups("# only a comment\n", "test")


@pytest.mark.parametrize("name", ["cues.txt", "themes.txt", "theme_generic.txt", "essay_titles.txt", "genre.txt",
                                  "table_columns.txt", "furniture.txt", "contents.txt", "cantonese.txt",
                                  "theme_frames.txt", "theme_predicates.txt", "theme_synonyms.txt", "posts.txt"])
def test_the_packaged_vocabularies_parse(name):
    assert word_groups(name, name)


def test_a_group_reference_stands_for_the_other_groups_words():
    """``@name`` is every word of the group ``name``, references chained in any order (review35: finding_body and
    audit_body hold their shared auditors by reference to one list, oversight_auditor)."""
    raw = "[finding]\n报告 @auditor\n[auditor]\n审计署 @ombudsman\n[ombudsman]\n申诉专员\n"
    assert parse_word_groups(raw, "test") == {"finding": ("申诉专员", "审计署", "报告"),
                                              "auditor": ("申诉专员", "审计署"), "ombudsman": ("申诉专员",)}
    with pytest.raises(ResourceError, match=r"group \[a\] refers to @missing, which is no group"):
        parse_word_groups("[a]\n报告 @missing\n", "test")
    with pytest.raises(ResourceError, match=r"refers to itself through a -> b -> a"):
        parse_word_groups("[a]\n@b\n[b]\n@a\n", "test")


def test_the_packaged_finding_and_audit_bodies_share_one_list_of_auditors():
    groups = word_groups("cues.txt", "cue lexicon")
    shared = set(groups["oversight_auditor"])
    assert {"监察院", "审计署"} <= shared
    assert shared <= set(groups["finding_body"]) and shared <= set(groups["audit_body"])
    assert {"报告", "预算中心", "纠正案"} <= set(groups["finding_body"])
    assert "申诉专员" in groups["audit_body"] and "申诉专员" not in groups["finding_body"]
    assert not any(w.startswith("@") for words in groups.values() for w in words)


def test_the_packaged_shortfall_objects_and_poll_frames_are_each_one_list():
    """review36: off36's ``examined_shortfall_object`` is corpus22's ``examined_shortfall_noun`` less 不足, and p60's
    ``figure_report_frame`` repeats ``prose_exclude``'s poll frames: each shared list is written once and referred to."""
    groups = word_groups("cues.txt", "cue lexicon")
    assert set(groups["examined_shortfall_noun"]) == set(groups["examined_shortfall_object"]) | {"不足"}
    assert "不足" not in groups["examined_shortfall_object"] and "短板" in groups["examined_shortfall_object"]
    polls = set(groups["poll_report_frame"])
    assert {"数据显示", "民调显示", "调查发现"} <= polls
    assert polls <= set(groups["prose_exclude"]) and polls <= set(groups["figure_report_frame"])
    assert "审计发现" in groups["figure_report_frame"] and "审计发现" not in groups["prose_exclude"]
    # w62's harm words (points.label_body_problems) are the verbs of causing and 影响, by reference
    assert set(groups["harm_done"]) == set(groups["cause_verb"]) | {"影响"}
    assert set(groups["harm_done"]) == {"导致", "造成", "引起", "引发", "致使", "影响"}
