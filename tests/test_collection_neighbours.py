"""Collection themes: neighbouring points of one essay (a measure and the sub-items listed right after it) share a
feature (summarizer.collection.adjacent_pairs, NEAR_WEIGHT); points a paragraph apart do not."""

from __future__ import annotations

import pytest

from summarizer.collection import NEAR_GAP, adjacent_pairs, cluster_points, synthesize, vectors


def essay(i: int, recommendations: list[str], gap: int) -> dict:
    """Essay ``i`` whose recommendations follow each other with ``gap`` characters between them."""
    points, pos = [], 1000 * i
    for text in recommendations:
        points.append({"text": text, "start": pos, "end": pos + len(text)})
        pos += len(text) + gap
    return {"index": i, "title": None, "challenges": [], "recommendations": points}


def themes(coll) -> list[list[tuple[int, int]]]:
    return [[(p.essay, p.point) for p in t.points] for t in coll.recommendations]


def test_adjacent_pairs_are_consecutive_points_of_one_essay_with_a_short_gap():
    # given out of order: sorted by essay, then start; the gap is counted from the end of one to the start of the next
    essays = [0, 0, 0, 1, 1]
    spans = [(40, 50), (0, 10), (10 + NEAR_GAP, 40), (55, 60), (60 + NEAR_GAP - 1, 99)]
    assert adjacent_pairs(essays, spans) == [(2, 0), (3, 4)]
    # the last point of one essay and the first of the next are never neighbours, whatever their offsets
    assert adjacent_pairs([0, 1], [(0, 5), (5, 9)]) == []
    # overlapping points (two points of one sentence) are neighbours
    assert adjacent_pairs([0, 0], [(0, 20), (10, 30)]) == [(0, 1)]
    assert adjacent_pairs([], []) == []
    with pytest.raises(ValueError):
        adjacent_pairs([0, 0], [(0, 1)])


def test_a_sub_item_listed_right_after_its_measure_joins_its_theme_only_when_they_share_something():
    # 师资保障 / 教师生活补助: a little in common (乡村, the personnel topic), under the threshold alone; listed in one
    # sentence they are one theme. 食材追溯平台 / 膳食监督人员 share nothing: next to each other they stay apart.
    near = synthesize([essay(0, ["健全乡村学校师资保障", "提高乡村教师生活补助"], 1),
                       essay(1, ["设立食材来源追溯平台", "配齐专职膳食监督人员"], 1)])
    assert themes(near) == [[(0, 0), (0, 1)], [(1, 0)], [(1, 1)]]
    far = synthesize([essay(0, ["健全乡村学校师资保障", "提高乡村教师生活补助"], 200),
                      essay(1, ["设立食材来源追溯平台", "配齐专职膳食监督人员"], 200)])
    assert themes(far) == [[(0, 0)], [(0, 1)], [(1, 0)], [(1, 1)]]


def test_the_neighbour_feature_raises_the_cosine_of_the_pair_and_keeps_rows_unit_length():
    texts = ["健全乡村学校师资保障", "提高乡村教师生活补助", "设立食材来源追溯平台"]
    plain, _ = vectors(texts)
    x, kept = vectors(texts, essays=[0, 0, 0], spans=[(0, 10), (11, 21), (300, 310)])
    assert x.shape == kept.shape == (3, plain.shape[1] + 1)  # one column for the one pair
    norms = (x.multiply(x).sum(axis=1)).A.ravel()
    assert norms == pytest.approx([1.0, 1.0, 1.0])
    before, after = (plain @ plain.T).toarray(), (x @ x.T).toarray()
    assert after[0, 1] > before[0, 1] + 0.1
    assert after[0, 2] <= before[0, 2] + 1e-12  # not neighbours: only the renormalisation moves it (down)
    with pytest.raises(ValueError):
        vectors(texts, spans=[(0, 1)] * 3)  # spans need essays
    with pytest.raises(ValueError):
        cluster_points(texts, [0, 0, 0], spans=[(0, 1)])


def test_many_neighbours_in_one_essay_stay_linear_and_every_point_is_placed():
    # 10,000 points of one essay, each right after the one before (a chain of 9,999 pairs)
    texts = [f"完善第{i}项措施" for i in range(10_000)]
    spans = [(20 * i, 20 * i + 8) for i in range(10_000)]
    assert len(adjacent_pairs([0] * 10_000, spans)) == 9_999
    clusters, _, _ = cluster_points(texts, [0] * 10_000, spans=spans)
    assert sorted(i for c in clusters for i in c) == list(range(10_000))


def test_identical_points_stay_one_theme_at_any_size_when_each_is_listed_with_neighbours():
    # 300 essays listing the same four measures one right after the other: every word is held by more points than
    # the product takes, so each point's row in the product holds only its neighbour columns; the points of
    # identical words still make one theme each (their neighbours are other measures)
    measures = ["完善督查考评办法", "设立长效巡检制度", "推进部门协同办公", "开通诉求快速响应热线"]
    texts = [measures[i % 4] for i in range(1200)]
    spans = [(1000 * (i // 4) + 12 * (i % 4), 1000 * (i // 4) + 12 * (i % 4) + 10) for i in range(1200)]
    essays = [i // 4 for i in range(1200)]
    assert len(adjacent_pairs(essays, spans)) == 900
    clusters, _, _ = cluster_points(texts, essays, spans=spans)
    assert sorted(len(c) for c in clusters) == [300, 300, 300, 300]
    assert all(len({texts[i] for i in c}) == 1 for c in clusters)


@pytest.mark.parametrize("with_spans", [False, True])
def test_a_small_collection_weighted_densely_has_the_sparse_vectors_and_themes(with_spans, monkeypatch):
    # a few points (collection.DENSE_CELLS) are weighted in a dense array: the same stored features and values but
    # for the last bits, and the same themes, as the sparse computation of a large collection
    import numpy as np

    from summarizer import collection

    texts = ["完善基层医疗人才培养机制", "基层医疗人才流失严重", "加大财政投入保障养老服务", "养老服务资金不足",
             "推进河长制巡河常态化", "河道垃圾清理不及时", "建立人才引进激励机制", "完善养老服务设施布局"]
    essays = [0, 0, 1, 1, 2, 2, 3, 3]
    spans = [(0, 12), (14, 24), (0, 12), (300, 308), (0, 9), (11, 20), (0, 10), (500, 510)] if with_spans else None
    dense = vectors(texts, essays=essays, spans=spans)
    dense_themes = cluster_points(texts, essays, spans=spans)[0]
    monkeypatch.setattr(collection, "DENSE_CELLS", 0)
    sparse_ = vectors(texts, essays=essays, spans=spans)
    for a, b in zip(dense, sparse_):
        assert a.shape == b.shape and ((a.toarray() != 0) == (b.toarray() != 0)).all()
        assert np.allclose(a.toarray(), b.toarray(), rtol=0.0, atol=1e-12)
    assert sorted(map(sorted, cluster_points(texts, essays, spans=spans)[0])) == sorted(map(sorted, dense_themes))
    assert any(len(t) > 1 for t in dense_themes)
