"""Round 38 of the collection themes (issue 14): a topic (*personnel*, *funding*) links no points of two essays on
different subjects (their keyphrases share fewer than three character bigrams, ``SUBJECT_SHARED_TERMS``:
:func:`summarizer.collection.subject_terms`) unless
their own characters and bigrams reach the threshold (:func:`summarizer.collection._cross_subject_links`): a new
user's batch on nursing, vocational schools and elderly care grouped ``加强护理队伍建设`` with ``要加强师资培养`` and
``拓宽资金筹措渠道`` with ``要加大投入，改善实训条件``, each theme labelled by one of them."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from costs import assert_linear
from summarizer import collection
from summarizer.collection import SUBJECT_SHARED_TERMS, _cross_subject_links, subject_terms, synthesize
from theme_helpers import themes


def _essay(index: int, keyphrases: list[str], challenges: list[str], recommendations: list[str]) -> dict:
    return {"index": index, "title": None, "keyphrases": [{"text": k} for k in keyphrases],
            "challenges": [{"text": t, "start": 1000 * k, "end": 1000 * k + len(t)} for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 500 + 1000 * k, "end": 500 + 1000 * k + len(t)}
                                for k, t in enumerate(recommendations)]}


_NURSING = (["护理人员", "长期护理", "护理服务"], ["护理人员短缺，人手不足"], ["加强护理队伍建设，提高护理人员待遇"])
_SCHOOLS = (["职业教育", "实训基地", "产教融合"], ["师资力量薄弱"],
            ["要加强师资培养，建设双师型教师队伍", "要加大投入，改善实训条件"])
_ELDERLY = (["养老服务", "养老机构", "社会资本"], ["养老资金来源单一"], ["拓宽资金筹措渠道，吸引社会资本参与养老服务"])


def _groups(coll, aspect: str) -> list[list[str]]:
    return sorted(sorted(points) for _, _, _, points in themes(coll, aspect))


def test_subject_terms_are_the_bigrams_of_the_keyphrases():
    assert subject_terms({"keyphrases": [{"text": "长期护理"}, {"text": "护理员"}]}) == {"长期", "期护", "护理", "理员"}
    assert subject_terms({"keyphrases": []}) == frozenset()
    assert subject_terms({}) == frozenset()


def test_points_of_essays_on_different_subjects_do_not_join_through_a_topic():
    coll = synthesize([_essay(k, *e) for k, e in enumerate((_NURSING, _SCHOOLS, _ELDERLY))])
    recommendations = _groups(coll, "recommendations")
    # personnel (队伍 / 师资) and funding (资金 / 投入) are shared topics, the things asked for are not
    assert ["要加强师资培养，建设双师型教师队伍"] in recommendations
    assert ["加强护理队伍建设，提高护理人员待遇"] in recommendations
    assert ["要加大投入，改善实训条件"] in recommendations
    assert ["拓宽资金筹措渠道，吸引社会资本参与养老服务"] in recommendations
    assert all(t.essay_count == 1 for t in coll.recommendations)


def test_without_keyphrases_a_topic_still_links_across_essays():
    # JSON data written without keyphrases: no subject to tell apart, the topic links as before
    bare = [_essay(k, [], *e[1:]) for k, e in enumerate((_NURSING, _SCHOOLS, _ELDERLY))]
    recommendations = _groups(synthesize(bare), "recommendations")
    assert ["加强护理队伍建设，提高护理人员待遇", "要加强师资培养，建设双师型教师队伍"] in recommendations
    # coll59: ``要加大投入，改善实训条件`` is compared by what it improves (its frame ``加大投入`` read past:
    # collection.frame_only_clause), so the funding topic of its frame no longer links it; the personnel topic above
    # still links without keyphrases
    assert ["要加大投入，改善实训条件"] in recommendations


def test_essays_on_one_subject_still_join_through_a_topic():
    # three essays on elderly care (their keyphrases share 养老): staff asked for in other words is one theme
    essays = [_essay(0, ["养老服务", "护理人员"], ["养老护理人员短缺"], ["加强护理队伍建设"]),
              _essay(1, ["养老机构", "养老服务"], ["师资力量薄弱"], ["要加强养老护理员培养"]),
              _essay(2, ["居家养老"], ["资金不足"], ["拓宽资金渠道"])]
    recommendations = _groups(synthesize(essays), "recommendations")
    assert ["加强护理队伍建设", "要加强养老护理员培养"] in recommendations


def test_shared_words_still_link_essays_on_different_subjects():
    essays = [_essay(0, ["农村垃圾", "生活垃圾"], ["农村生活垃圾随意堆放"], ["推进农村生活垃圾分类处理"]),
              _essay(1, ["建筑业", "施工质量"], ["建筑垃圾随意堆放"], ["推进建筑垃圾分类处理"])]
    coll = synthesize(essays)
    assert _groups(coll, "recommendations") == [["推进农村生活垃圾分类处理", "推进建筑垃圾分类处理"]]
    assert coll.recommendations[0].essay_count == 2


def _links(rows: list[list[float]], names: list[str], essays: list[int], subjects: list[set[str]],
           threshold: float = 0.3) -> list[tuple[int, int]]:
    kept = sparse.csr_matrix(np.array(rows, dtype=float))
    full = (kept @ kept.T).tocsr()
    full.setdiag(0)
    full.eliminate_zeros()
    out = _cross_subject_links(full, kept, {g: c for c, g in enumerate(names)}, essays, subjects, threshold)
    coo = out.tocoo()
    return sorted((int(i), int(j)) for i, j in zip(coo.row, coo.col) if i < j)


def test_cross_subject_links_values(monkeypatch):
    names = ["护", "理", "#personnel"]
    # points 0 and 1 share the topic only; 0 and 2 also a character: their cosine over the words alone (each row's
    # word columns normalised) is (1, 0) · (0.707, 0.707) = 0.707
    rows = [[0.5, 0, np.sqrt(0.75)], [0, 0, 1.0], [0.5, 0.5, np.sqrt(0.5)]]
    nursing, schools, elderly = {"护理", "理人", "人员"}, {"职业", "业教", "教育"}, {"养老", "老服", "服务"}
    assert SUBJECT_SHARED_TERMS == 3
    assert _links(rows, names, [0, 1, 2], [nursing, schools, elderly]) == [(0, 1), (1, 2)]
    # essays that share three terms, or one without terms, or one essay: no such link
    assert _links(rows, names, [0, 1, 2], [nursing, nursing, nursing]) == []
    assert _links(rows, names, [0, 1, 2], [nursing, set(), elderly]) == []
    assert _links(rows, names, [0, 0, 0], [nursing]) == []
    # two shared terms (服务 and 人员 of 护理服务人员 / 养老服务人员) are not yet one subject
    assert _links(rows, names, [0, 1, 2], [{"护理", "服务", "人员"}, {"养老", "服务", "人员"}, elderly]) == [(0, 1),
                                                                                                      (1, 2)]
    # a word cosine under SUBJECT_WORD_SHARE (theme40: 0.4) × the threshold is no word link
    assert collection.SUBJECT_WORD_SHARE == 0.4
    assert _links(rows, names, [0, 1, 2], [nursing, schools, elderly], threshold=1.0) == [(0, 1), (1, 2)]
    monkeypatch.setattr(collection, "SUBJECT_WORD_SHARE", 1.0)
    assert _links(rows, names, [0, 1, 2], [nursing, schools, elderly], threshold=0.7) == [(0, 1), (1, 2)]
    assert _links(rows, names, [0, 1, 2], [nursing, schools, elderly], threshold=0.72) == [(0, 1), (0, 2), (1, 2)]


def test_one_generic_bigram_shared_is_no_subject():
    # as the summarizer writes them: 护理队伍 / 教师队伍 share 队伍, 护理服务 / 养老服务 share 服务, 高质量 / 服务质量
    # share 质量: one generic bigram does not make two essays one subject
    essays = [_essay(0, ["护理服务", "护理队伍", "护理人员待遇"], ["护理人员待遇偏低"], ["要加强护理队伍建设"]),
              _essay(1, ["职业教育", "教师队伍", "高质量"], ["职业院校师资力量薄弱"],
                     ["要加强师资培养", "要加大投入，改善实训条件"]),
              _essay(2, ["养老服务", "服务质量", "资金来源"], ["养老资金来源单一"], ["建议拓宽资金筹措渠道"])]
    coll = synthesize(essays)
    assert all(t.essay_count == 1 for t in coll.recommendations)
    assert len(coll.recommendations) == 4


def test_many_essays_on_different_subjects_stay_linear():
    def run(n: int) -> None:
        essays = [_essay(k, [f"{chr(0x4e00 + k % 5000)}{chr(0x4e00 + (k * 7) % 5000)}"],
                         ["人员短缺", "经费不足"], ["加强队伍建设", "加大资金投入"]) for k in range(n)]
        synthesize(essays)
    assert_linear(run, 50, "essays on different subjects")
