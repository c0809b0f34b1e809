"""model35 (issue 8): a fit leaves out the documents numbered after its last Part (``train_corpora(max_number=)``,
``aspect_training --max-number``), so Parts written after it stay unseen; the held-out tool scores a refit as the
shipped file is read (``min_chars`` :data:`summarizer.aspect_model.MIN_ESSAY_CHARS`). Texts written here."""

from __future__ import annotations


import pytest
from gold_corpus import write_gold_corpus

from benchmarks.aspect_holdout import _mode
from summarizer import aspect_model as am
from summarizer.evaluation import aspect_training as training

DOCS = {
    "1.txt": ("今年街道新修了两条路。晚上小区门口的车辆占用了人行道。居民每周一起打扫楼道。天气渐渐转凉了。",
              ["晚上小区门口的车辆占用了人行道"], ["居民每周一起打扫楼道"]),
    "2.txt": ("村里的小学去年翻新了。田间的小路被杂物堵塞了。村民每周一起清理水渠。秋收的日子快到了。",
              ["田间的小路被杂物堵塞了"], ["村民每周一起清理水渠"]),
    "9.txt": ("码头的渔船清晨出海。港口的泊位被游艇挤满了。船员每周一起修补渔网。渔网晒在沙滩上。",
              ["港口的泊位被游艇挤满了"], ["船员每周一起修补渔网"]),
}


def _corpus(root):
    return write_gold_corpus(root, DOCS)


def test_a_fit_leaves_out_the_documents_numbered_after_its_bound(tmp_path):
    pytest.importorskip("sklearn")
    corpus = _corpus(tmp_path)
    every = training.train_corpora([corpus], c=10.0)
    bounded = training.train_corpora([corpus], c=10.0, max_number=5)
    assert "c:渔网" in every.features and "c:渔网" not in bounded.features  # (two sentences of 9.txt)
    assert "c:每周" in bounded.features  # (in sentences of 1.txt and 2.txt)
    assert training.train_corpora([corpus], c=10.0, max_number=9).features == every.features


def test_the_holdout_tool_reads_essays_as_the_shipped_file_does():
    m = am.AspectModel(["c:占用"], [[0.0, 9.0, 0.0]], [2.0, 0.0, 0.0], 0.95)
    mode = _mode(m, "add@0.65+veto@0.75", am.MIN_ESSAY_CHARS)
    assert (mode.threshold, mode.veto, mode.flip, mode.min_chars) == (0.65, 0.75, None, 250)
    assert am.load().min_chars == mode.min_chars
    assert _mode(m, "veto@0.8").min_chars == 0 and _mode(m, "veto@0.8").threshold == 2.0


def test_the_holdout_tool_sets_the_lone_point_drop_and_filters_feature_kinds():
    """model42: ``lone@t`` sets the shipped file's lone-point drop (prec41); ``kept_features`` leaves out feature
    kinds by prefix and n-grams above a length (the structure-only and unigram variants of the Part-grouped folds)."""
    from benchmarks.aspect_holdout import kept_features

    m = am.AspectModel(["c:占用"], [[0.0, 9.0, 0.0]], [2.0, 0.0, 0.0], 0.95, lone=0.3)
    assert _mode(m, "veto@0.8").lone is None  # a mode names every setting it uses
    mode = _mode(m, "add@0.65+veto@0.65+lone@0.4")
    assert (mode.threshold, mode.veto, mode.lone) == (0.65, 0.65, 0.4)
    feats = [["c:问", "c:问题", "c:问题多", "h:对策", "region:none", "cl:one"]]
    assert kept_features(feats, ["c:", "h:"]) == [["region:none", "cl:one"]]
    assert kept_features(feats, [], 1) == [["c:问", "h:对策", "region:none", "cl:one"]]
    assert kept_features(feats) == feats


def test_a_sentence_recalls_a_gold_point_by_the_scorers_rule_even_of_repeated_characters():
    """model42 (``benchmarks.proposer_ceiling``): a sentence recalls a gold point when their LCS is at least 3/5 of
    the gold point; a point of repeated characters is not skipped by the shared-character bound."""
    from benchmarks.proposer_ceiling import recalled_by

    assert recalled_by("路面坑洼不平", "村里的路面坑洼不平雨天难行")
    assert not recalled_by("路面坑洼不平", "村里的路面很好")  # LCS 2 of 6
    assert recalled_by("看看看看看", "大家看看看看吧")  # LCS 4 of 5 (5 characters, 1 distinct)
    assert not recalled_by("", "任何句子")
