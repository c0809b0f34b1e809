"""The cut-sentence rest stage adds a bounded number of points per point (points.CUT_REST_MAX_POINTS, lead55).

``points._cut_measure_rest_points`` rereads a measure sentence's rest from the end of each point it adds; without a cap
a one-sentence run of measures tens of thousands of characters long was read once per point (quadratic in the
sentence). The cap makes the stage linear by construction; these tests build a long measure sentence of their own and
check that the cap is what stops it, and that a short sentence is read as before.
"""
import summarizer.aspects as asp
import summarizer.points as pts
from summarizer.sentences import split_sentences

_VERBS = ["加强", "完善", "健全", "推进", "落实", "提升", "强化", "规范", "建立", "优化"]
_OBJECTS = ["基层治理体系", "社区服务能力", "网格管理机制", "纠纷调处机制", "应急处置预案", "志愿服务队伍"]


def _long_measure_sentence(n: int) -> str:
    clauses = [f"{_VERBS[i % len(_VERBS)]}{_OBJECTS[i % len(_OBJECTS)]}" for i in range(n)]
    return "要" + "，".join(clauses) + "。"


def _added(text: str, first_end: int) -> list[pts.RawPoint]:
    sentences = split_sentences(text)
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [pts.RawPoint(asp.RECOMMENDATION, 0, first_end, 1.0)]}
    pts._cut_measure_rest_points(text, sentences, out, 40, len(text))
    return out[asp.RECOMMENDATION][1:]


def test_a_long_measure_sentence_stops_at_the_cap():
    text = _long_measure_sentence(200)
    first_end = text.index("，", 20)
    added = _added(text, first_end)
    assert len(added) == pts.CUT_REST_MAX_POINTS
    # (each added point starts past the last, inside the sentence, at a measure verb)
    assert all(a.end <= b.start for a, b in zip(added, added[1:]))
    assert all(text[p.start:p.start + 2] in _VERBS for p in added)


def test_the_cap_is_what_stops_it(monkeypatch):
    text = _long_measure_sentence(200)
    first_end = text.index("，", 20)
    cap = 3 * pts.CUT_REST_MAX_POINTS
    monkeypatch.setattr(pts, "CUT_REST_MAX_POINTS", cap)
    assert len(_added(text, first_end)) == cap


def test_a_short_measure_sentence_is_read_to_its_end():
    text = _long_measure_sentence(9)
    first_end = text.index("，", 20)
    added = _added(text, first_end)
    assert 1 <= len(added) < pts.CUT_REST_MAX_POINTS
    # (the last clause of the sentence is covered by the last added point)
    assert text[added[-1].start:added[-1].end].endswith(_VERBS[8] + _OBJECTS[8 % len(_OBJECTS)])
