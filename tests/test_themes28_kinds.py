"""Round 28 of the collection themes (issue 14): the two causes of a weak theme row apart, and small collections
written for these tests.

``benchmarks/themes.py`` now scores the gold points' own themes on the subset of gold points the pipeline finds and
the pipeline's themes end to end (:func:`benchmarks.themes.two_cause_scores`). On the 43 held-out rows the gold
points clustered score 0.588 on all of them and 0.685 on the points the pipeline finds, the pipeline 0.674 on the
same points: the pipeline's points cost the clustering about 0.01; the rest of the gap between a pipeline row and a
gold-points row is the subset (the plainly worded points the aspect rules find group more easily). The clustering
given right points is the weak side (precision 0.83, recall 0.47: a gold theme split). None of this round's changes
to the similarity (jieba words with or instead of the character bigrams, the topic weight, the threshold 0.15-0.3,
a lone point attached to its nearest theme at 0.1-0.2, the neighbour weight 0.5 / 1) raised the held-out rows on
both halves of them; none was kept. A blind collection from Part 31, ``brideprice6.json`` (high bride prices), was
written from the gold points before the synthesis was first run on it (0.444 / 0.800 on that run)."""

from __future__ import annotations

from benchmarks.themes import bcubed, two_cause_scores, two_causes
from summarizer.collection import synthesize
from theme_helpers import essay as _essay, held_out_gold, themes as _themes


def test_two_cause_scores_subset_and_end_to_end() -> None:
    gold = [0, 0, 0, 1, 1]
    clustered = [5, 5, 6, 7, 7]  # the gold points' own themes: gold point 2 split from its theme
    # the pipeline finds gold points 0, 1 and 3, in predicted themes 9, 9 and 8
    subset, e2e = two_cause_scores(gold, clustered, [(9, 0), (9, 1), (8, 3)])
    # on the found subset {0, 1, 3} the gold points' themes are right: the split point 2 is not in it
    assert subset == (1.0, 1.0, 1.0)
    # end to end the missed points 2 and 4 are alone: recall per point 2/3, 2/3, 1/3, 1/2, 1/2
    p, r, f = e2e
    assert p == 1.0 and abs(r - (2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5) < 1e-9
    assert e2e == bcubed([9, 9, -3, 8, -1], gold)
    # nothing found: the subset scores nothing, end to end every gold point is alone
    assert two_cause_scores(gold, clustered, [])[0] == (0.0, 0.0, 0.0)
    assert two_cause_scores(gold, clustered, [])[1] == bcubed([-5, -4, -3, -2, -1], gold)


def _rural_schools():
    return [_essay(0, ["乡村教师数量不足", "校舍设施陈旧老化"], ["提高乡村教师工资待遇", "改善乡村学校办学条件"]),
            _essay(1, ["乡村学校教师短缺", "留守儿童缺少家庭陪伴"], ["提高乡村教师待遇"]),
            _essay(2, ["乡村教师流失严重", "办学经费投入不足"], ["加大办学经费投入"]),
            _essay(3, ["办学经费紧张", "校舍设施简陋"], ["加大财政经费投入"])]


def _canteens():
    return [_essay(0, ["社区食堂运营成本高", "老年人用餐不便"], ["给予社区食堂运营补贴"]),
            _essay(1, ["社区食堂运营难以为继", "配餐服务覆盖面窄"], ["扩大配餐服务覆盖面"]),
            _essay(2, ["老年人就餐不方便"], ["发放老年人就餐补贴"])]


def test_rural_schools_collection_themes_and_counts():
    coll = synthesize(_rural_schools())
    got = _themes(coll, "challenges")
    # the teachers' theme is shared by three essays and comes first
    assert got[0][1:3] == (3, [0, 1, 2])
    assert sorted(got[0][3]) == sorted(["乡村教师数量不足", "乡村学校教师短缺", "乡村教师流失严重"])
    by_label = {label: (count, essays) for label, count, essays, _ in got}
    assert sorted(by_label.values()) == [(1, [1]), (2, [0, 3]), (2, [2, 3]), (3, [0, 1, 2])]
    # negative: the left-behind children share nothing with the school's own themes
    assert ("留守儿童缺少家庭陪伴", 1, [1], ["留守儿童缺少家庭陪伴"]) in got
    recs = _themes(coll, "recommendations")
    assert [(c, e) for _, c, e, _ in recs][:2] == [(2, [0, 1]), (2, [2, 3])]
    assert sorted(recs[0][3]) == sorted(["提高乡村教师工资待遇", "提高乡村教师待遇"])


def test_canteens_collection_themes_and_counts():
    coll = synthesize(_canteens())
    got = _themes(coll, "challenges")
    # the canteens' running costs and the elders' meals are two themes of two essays each, labelled in the
    # source's words; the delivery service's reach stays alone
    assert got == [
        ("社区食堂运营难以为继", 2, [0, 1], ["社区食堂运营成本高", "社区食堂运营难以为继"]),
        ("老年人用餐不便", 2, [0, 2], ["老年人用餐不便", "老年人就餐不方便"]),
        ("配餐服务覆盖面窄", 1, [1], ["配餐服务覆盖面窄"]),
    ]
    # both measures are subsidies (补贴): one theme of two essays
    assert [(c, e) for _, c, e, _ in _themes(coll, "recommendations")] == [(2, [0, 2]), (1, [1])]


def test_two_causes_section_means_per_set_and_aspect() -> None:
    def row(held, aspect, gold, found, pipe, e2e):
        return {"held_out": held, "aspect": aspect, "gold_clustered": gold, "gold_on_found": (0, 0, found),
                "pipeline": pipe, "end_to_end": (0, 0, e2e)}
    rows = [row(True, "challenges", (1.0, 0.4, 0.5), 0.6, (1.0, 0.5, 0.8), 0.4),
            row(True, "recommendations", (0.8, 0.6, 0.7), 0.8, (0.9, 0.6, 0.6), 0.6),
            row(False, "challenges", (1.0, 1.0, 1.0), 1.0, (1.0, 1.0, 1.0), 1.0)]
    lines = two_causes(rows)
    # held out, both aspects: the means of the two rows; one row of the two at 0.7 or more
    assert "| held out | 2 | 0.900 / 0.500 / 0.600 | 0.700 | 0.950 / 0.550 / 0.700 | 1 | 0.500 |" in lines
    assert "| held out, challenges | 1 | 1.000 / 0.400 / 0.500 | 0.600 | 1.000 / 0.500 / 0.800 | 1 | 0.400 |" in lines
    assert "| tuned, challenges | 1 | 1.000 / 1.000 / 1.000 | 1.000 | 1.000 / 1.000 / 1.000 | 1 | 1.000 |" in lines
    # an aspect with no rows in a set gives no line
    assert not any(line.startswith("| tuned, recommendations") for line in lines)


def test_brideprice6_held_out_gold_holds_every_gold_point_once():
    gold = held_out_gold("brideprice6", [1272, 1273, 1274, 1275, 1281, 1284])
    # the themes the note names: the families' burden is the broadest challenge (five essays, twelve points)
    widest = max(gold["challenges"], key=lambda th: len({k for k, _ in th}))
    assert len({k for k, _ in widest}) == 5 and len(widest) == 12
