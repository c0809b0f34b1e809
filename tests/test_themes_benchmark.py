"""The theme benchmark's error counts (benchmarks/themes.py): pairs split and joined, and the links the similarity
allows on gold points (issue 14's diagnosis of the weak rows)."""

from __future__ import annotations

from benchmarks.themes import bcubed, link_counts, pair_counts


def test_pair_counts_split_and_joined() -> None:
    # gold: {0,1,2} one theme, {3,4} another; predicted: {0,1} {2,3,4}
    gold = [0, 0, 0, 1, 1]
    pred = [7, 7, 8, 8, 8]
    c = pair_counts(pred, gold)
    # gold pairs: 3 + 1 = 4; kept together: (0,1) and (3,4) -> split 2
    # predicted pairs: 1 + 3 = 4; of two gold themes: (2,3) (2,4) -> joined 2
    assert c == {"gold_pairs": 4, "split": 2, "pred_pairs": 4, "joined": 2}
    assert pair_counts([0, 1, 2], [5, 5, 5]) == {"gold_pairs": 3, "split": 3, "pred_pairs": 0, "joined": 0}
    assert pair_counts([], []) == {"gold_pairs": 0, "split": 0, "pred_pairs": 0, "joined": 0}
    # a perfect clustering splits and joins nothing, and scores 1
    assert pair_counts(gold, gold)["split"] == 0 and bcubed(gold, gold) == (1.0, 1.0, 1.0)


def test_link_counts_on_points_written_here() -> None:
    texts = ["社区工作人员严重不足", "社区工作人员数量不足", "资金投入长期短缺"]
    # the first two are one theme and share most characters; the third shares nothing with them
    c = link_counts(texts, [0, 0, 1], "challenges", 0.3)
    assert c == {"same": 1, "same_linked": 1, "same_unrelated": 0, "other_linked": 0}
    # one gold theme in words that share nothing: not linkable, no shared feature
    c = link_counts(["资金投入长期短缺", "老旧小区路灯损坏"], [0, 0], "challenges", 0.3)
    assert c == {"same": 1, "same_linked": 0, "same_unrelated": 1, "other_linked": 0}


def test_link_counts_pairs_within_one_essay() -> None:
    texts = ["社区工作人员严重不足", "社区工作人员数量不足", "基层工作人员数量不足", "资金投入长期短缺"]
    # three points of one theme, two of them from essay 0: one of the theme's three pairs is within an essay
    c = link_counts(texts, [0, 0, 0, 1], "challenges", 0.3, essays=[0, 0, 1, 1])
    assert c["same"] == 3 and c["same_one_essay"] == 1 and c["other_linked"] == 0
    assert "same_one_essay" not in link_counts(texts, [0, 0, 0, 1], "challenges", 0.3)


def test_match_reads_gold_points_without_a_converters_pinyin_notes() -> None:
    from benchmarks.themes import _match

    # gold copied verbatim from a document a converter left pinyin in; the point the product gives is cleaned
    gold = [(0, "職(zhí)責(zé)任務(wù)不清晰", 3), (0, "經費保障不足", 4)]
    preds = [(0, "職責任務不清晰", 9), (0, "經費保障嚴重不足", 8), (1, "職責任務不清晰", 7)]
    assert sorted(_match(gold, preds)) == [(8, 4), (9, 3)]  # essay 1's point has no gold point of its essay


def test_split_causes_on_points_written_here() -> None:
    from benchmarks.themes import split_causes

    # essay, text, start, end: points 200 characters apart (no neighbours)
    points = [(0, "社区工作人员严重不足", 0, 10), (1, "社区工作人员数量不足", 200, 210),
              (2, "资金投入长期短缺", 400, 410), (2, "老旧小区路灯损坏", 600, 610), (3, "基层招不到年轻人", 800, 808)]
    # gold: 0 1 4 one theme (staff), 2 3 another; predicted: every point its own theme
    matched = [(0, 0), (1, 0), (2, 1), (3, 1), (4, 0)]
    c = split_causes(points, matched, [0, 1, 2, 3, 4], "challenges", 0.3)
    # staff: (0,1) linkable, (0,4) and (1,4) share 人 only (under), (2,3) share nothing and are of one essay
    assert c == {"split": 4, "linkable": 1, "under": 2, "unrelated": 1, "same_essay": 1}
    # put together, nothing is split; an unmatched point is not counted
    assert split_causes(points, matched[:2], [0, 0, 1, 2, 3], "challenges", 0.3)["split"] == 0
