"""Round 37 of the collection themes (issue 14): two themes that one theme's wordings left apart join when their
centroids are as similar as a point must be to its theme's centroid (:func:`summarizer.collection._merge_themes`),
over the words too, not through a topic or a neighbour column alone; and a third set of gold collections,
*fresh* (``ebike6``, ``waste6``: grouped by hand before the synthesis first ran on them), in the benchmark."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from benchmarks.themes import THEME_SETS, _row_set, collection_set, two_causes
from summarizer.collection import MERGE_WORD_SHARE, _merge_themes
from theme_helpers import held_out_gold

# columns: four words, then one topic column
_WORDS = np.array([True, True, True, True, False])


def _merge(rows: list[list[float]], theme_of: list[int], links: list[tuple[int, int]], threshold: float = 0.3):
    kept = sparse.csr_matrix(np.array(rows, dtype=float))
    n = len(theme_of)
    members: list[list[int]] = [[] for _ in range(max(theme_of) + 1)]
    for i, t in enumerate(theme_of):
        members[t].append(i)
    link = sparse.csr_matrix((np.ones(2 * len(links)), ([i for i, j in links] + [j for i, j in links],
                                                        [j for i, j in links] + [i for i, j in links])),
                             shape=(n, n))
    return _merge_themes(members, np.array(theme_of), kept, threshold, np.arange(n), _WORDS, link)


def test_two_themes_whose_centroids_meet_join():
    # theme 0 says w0+w1 and w0+w2, theme 1 says w1+w3 and w2+w3: every cross pair of points shares at most one word
    # (cosine 0.5 or 0), the centroids (2,1,1,0) and (0,1,1,2) meet at cosine 2/6 = 0.333 >= 0.3
    members, theme_of = _merge([[1, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 1, 0]],
                               [0, 0, 1, 1], links=[(0, 2)])
    assert members == [[0, 1, 2, 3]]
    assert theme_of.tolist() == [0, 0, 0, 0]


def test_no_join_under_the_threshold_or_without_a_direct_link():
    rows = [[1, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 1, 0]]
    assert _merge(rows, [0, 0, 1, 1], links=[(0, 2)], threshold=0.34)[0] == [[0, 1], [2, 3]]
    # a link through a generic word alone is taken out of the graph: no pair linked, no join
    assert _merge(rows, [0, 0, 1, 1], links=[])[0] == [[0, 1], [2, 3]]


def test_a_topic_alone_does_not_join_two_themes():
    # the centroids meet through the topic column only (word cosine 0 < MERGE_WORD_SHARE × threshold)
    assert MERGE_WORD_SHARE == 0.5
    rows = [[1, 0, 0, 0, 1], [1, 0, 0, 0, 1], [0, 0, 1, 0, 1], [0, 0, 1, 0, 1]]
    assert _merge(rows, [0, 0, 1, 1], links=[(0, 2)])[0] == [[0, 1], [2, 3]]


def test_two_single_points_are_left_to_the_leader_pass():
    assert _merge([[1, 1, 0, 0, 0], [1, 1, 0, 0, 0]], [0, 1], links=[(0, 1)])[0] == [[0], [1]]


def test_each_theme_joins_once_per_pass_most_similar_pair_first():
    # themes 0, 1, 2 all alike: 0 and 1 (identical centroids) join first; 2 stays for the next synthesis
    rows = [[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [1, 1, 1, 0, 0], [1, 1, 1, 0, 0]]
    members, _ = _merge(rows, [0, 0, 1, 1, 2, 2], links=[(0, 2), (0, 4), (2, 4)])
    assert members == [[0, 1, 2, 3], [4, 5]]


def test_fresh_collections_hold_their_gold_points_and_form_a_set_of_their_own():
    for name, ids in (("ebike6", [1055, 1071, 1073, 1074, 1949, 2146]), ("waste6", [1088, 1113, 2000, 2024, 2025, 2720])):
        gold = held_out_gold(name, ids)
        assert gold["fresh"] is True
        assert collection_set(gold) == "fresh"
    assert collection_set({"held_out": True}) == "held out"
    assert collection_set({}) == "tuned"
    assert THEME_SETS == ("held out", "fresh", "tuned")
    assert _row_set({"held_out": False}) == "tuned" and _row_set({"set": "fresh", "held_out": False}) == "fresh"


def test_two_causes_reports_the_fresh_set_apart():
    def row(part: str, pipe: tuple) -> dict:
        return {"set": part, "held_out": part == "held out", "aspect": "challenges", "gold_clustered": (1, 1, 1),
                "gold_on_found": (0, 0, 1), "pipeline": pipe, "end_to_end": (0, 0, 1)}
    lines = two_causes([row("held out", (1.0, 0.5, 0.6)), row("fresh", (0.8, 0.4, 0.5)), row("tuned", (1, 1, 1))])
    fresh = [ln for ln in lines if ln.startswith("| fresh |")]
    assert fresh == ["| fresh | 1 | 1.000 / 1.000 / 1.000 | 1.000 | 0.800 / 0.400 / 0.500 | 0 | 1.000 |"]
