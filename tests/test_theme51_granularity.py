"""Round 51 of issue 14: the gold granularity table (``benchmarks/theme_granularity.py``), on small gold collections
written here: what share of a theme's pairs the cosine links, shares nothing, or stands in one essay."""

import pytest

from benchmarks.theme_granularity import granularity, render


def _tuned() -> dict:
    """Two challenge themes: one said twice in the same words (linked), one in words that share nothing (a
    paraphrase); no recommendations (no row)."""
    return {"challenges": [[[0, "社区养老床位供给不足"], [1, "社区养老床位供给不足"]],
                           [[0, "孩子放学后无人照看"], [2, "双职工家庭接送难"]]],
            "recommendations": []}


def test_pairs_are_counted_by_what_the_cosine_sees():
    table = granularity([_tuned()], threshold=0.3)
    assert set(table) == {"tuned"}
    t = table["tuned"]
    assert t["rows"] == 1 and t["points"] == 4 and t["themes"] == 2
    assert t["points_per_theme"] == pytest.approx(2.0)
    assert t["gold_pairs"] == 2 and t["gold_pair_share"] == pytest.approx(2 / 6)
    assert t["linked"] == pytest.approx(0.5)          # the identical pair only
    assert t["nothing_shared"] == pytest.approx(0.5)  # the paraphrase
    assert t["one_essay"] == 0.0
    assert t["wrong_per_gold"] == 0.0


def test_sets_are_kept_apart_and_one_essay_pairs_counted():
    held = {"held_out": True, "challenges": [[[0, "公共财政资金投入不足"], [0, "公共财政资金投入不足"]]],
            "recommendations": [[[1, "加大社区养老床位供给"]], [[2, "完善校外托管服务"]]]}
    table = granularity([_tuned(), held], threshold=0.3)
    assert set(table) == {"tuned", "held out"}
    h = table["held out"]
    assert h["rows"] == 2 and h["gold_pairs"] == 1
    assert h["one_essay"] == pytest.approx(1.0) and h["linked"] == pytest.approx(1.0)
    text = render(table)
    assert text.index("| tuned |") < text.index("| held out |")
    assert "| held out | 2 | 1.33 | 1 (50.0%) | 100.0% | 0.0% | 100.0% | 0.00 |" in text


def test_no_gold_pair_gives_zero_shares():
    table = granularity([{"challenges": [[[0, "资金不足"]], [[1, "人手短缺"]]], "recommendations": []}])
    t = table["tuned"]
    assert t["gold_pairs"] == 0 and t["linked"] == 0.0 and t["nothing_shared"] == 0.0
