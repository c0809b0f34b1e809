"""The Python paths for tiny graphs and short texts give the very same values as the general paths they shortcut
(seeded random inputs; every comparison is bit for bit)."""

import random

import numpy as np

from summarizer import aspects
from summarizer import textrank as T


def _graph(rng: random.Random, n: int, density: float) -> T.SparseGraph:
    pairs = {}
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < density:
                d = rng.choice([1.0, rng.random(), 1 / np.log(rng.randint(2, 9))])
                pairs[(i, j)] = pairs[(j, i)] = d
    keys = sorted(pairs)
    return T.SparseGraph(n, np.array([k[0] for k in keys], dtype=np.int64),
                         np.array([k[1] for k in keys], dtype=np.int64), np.array([pairs[k] for k in keys]))


def test_tiny_pagerank_is_the_dense_pagerank():
    rng = random.Random(3)
    tiny = 0
    for _ in range(2000):
        n = rng.randint(2, T._PLAIN_MAX)
        g = _graph(rng, n, rng.choice([0.2, 0.5]))
        prior = None if rng.random() < 0.5 else T.position_prior(n, 0.6)
        tiny += T._pagerank_tiny(g, 0.85, 200, 1e-8, prior) is not None
        assert T.pagerank(g, personalization=prior).tobytes() == T.pagerank(g.toarray(), personalization=prior).tobytes()
    assert tiny > 500  # the tiny path did run (pairs of sentences, a node linked to one other)


def test_plain_pagerank_result_is_not_shared():
    g = _graph(random.Random(1), 3, 1.0)
    first = T.pagerank(g)
    first[:] = 0.0  # a caller changing its array does not change the next answer
    assert T.pagerank(g).sum() > 0.99


def test_small_redundancy_matrix_is_the_sparse_cosine():
    rng = random.Random(5)
    for _ in range(3000):
        n = rng.randint(0, 12)
        tokens = [[rng.choice("abcdefghij") for _ in range(rng.randint(0, 6))] for _ in range(n)]
        texts = None if rng.random() < 0.5 else [rng.choice(["x", "y", " x ", "z"]) for _ in range(n)]
        overlap, _, n_types = T._overlap_counts(tokens)
        assert T.redundancy_matrix(tokens, texts).tobytes() == T._cosine(overlap, n_types, texts).tobytes()


def test_take_of_a_few_edges_is_the_numpy_take(monkeypatch):
    rng = random.Random(7)
    for _ in range(2000):
        n = rng.randint(1, 12)
        g = _graph(rng, n, 0.3)
        idx = sorted(rng.sample(range(n), rng.randint(0, n)))
        small = g.take(idx)
        monkeypatch.setattr(T, "_TAKE_PLAIN", -1)
        big = g.take(np.array(idx, dtype=np.int64))
        monkeypatch.setattr(T, "_TAKE_PLAIN", 64)
        assert small.n == big.n == len(idx)
        for a, b in ((small.row, big.row), (small.col, big.col), (small.data, big.data)):
            assert a.dtype == b.dtype and a.tobytes() == b.tobytes()


def test_challenge_strength_counts_every_predicate():
    words = aspects.lexicon().words("challenge_predicate")
    rng = random.Random(1)
    pool = list("".join(words)) + list("，。；的是在和弥补缓解")
    for _ in range(3000):
        text = "".join(rng.choice(words) if rng.random() < 0.3 else rng.choice(pool) for _ in range(rng.randint(0, 12)))
        if not aspects.cue_pattern("challenge_predicate").search(text):
            assert aspects.challenge_strength(text) == 0
            continue
        plain = text
        for w in aspects.lexicon().words("challenge_exclusion"):
            plain = plain.replace(w, " " * len(w))
        # a problem denied (没有问题) and a challenge named as a setting state none (the documented exclusions)
        plain = aspects._denied_problem_re().sub(aspects._blanked, plain)
        # 突出 opening a clause as the verb "bring out" and problems sorted for treatment (对…问题转入…) state none (fix42b)
        plain = aspects._PROMINENCE_VERB.sub(aspects._blanked, plain)
        plain = aspects._treated_topic_re().sub(aspects._blanked, plain)
        plain = aspects._CIRCUMSTANCE_RE.sub(aspects._blanked, plain)
        for a, b in aspects.improvement_spans(plain):  # a burden that shrinks (差距缩小) states no shortcoming
            plain = plain[:a] + " " * (b - a) + plain[b:]
        for a, b in aspects.addressed_problem_spans(plain):  # a problem worked on is a measure's object
            plain = plain[:a] + " " * (b - a) + plain[b:]
        clauses = aspects._REMEDY_SPLIT.split(plain)
        if any(map(aspects._addresses_fault, clauses)):  # a clause that removes the shortcoming it names
            plain = "，".join(c for c in clauses if not aspects._addresses_fault(c) and not aspects.opens_condition(c))
        # (plus the attributes stated low at a clause's end, 认受性低, which no predicate word names: recall30)
        assert aspects.challenge_strength(text) == sum(plain.count(w) for w in words) + \
            aspects.attribute_shortfall_count(text)
    assert aspects.challenge_strength("基层人员不足，经费不足") == 2
    assert aspects.challenge_strength("弥补执法力量不足") == 0


def test_opens_with_verb_takes_the_first_listed_verb():
    verbs = aspects.lexicon().words("imperative")
    rng = random.Random(2)
    for _ in range(3000):
        clause = rng.choice(verbs)[: rng.randint(1, 4)] + rng.choice(["了", "", "制度", "了解", "好"])
        first = next((v for v in verbs if clause.startswith(v)), None)
        expected = first is not None and aspects._PERFECTIVE.match(clause, len(first)) is None
        assert aspects._opens_with_verb(clause, verbs) is expected
    assert aspects._opens_with_verb("加强制度建设", verbs)
    assert not aspects._opens_with_verb("取消了人工窗口", ("取消",))


def test_small_select_is_the_general_select(monkeypatch):
    from summarizer.sentences import Sentence

    rng = random.Random(11)
    general = T._select_small
    small_runs = 0
    for trial in range(3000):
        n = rng.randint(1, 9)
        tokens = [[rng.choice("abcdefg") for _ in range(rng.choice([0, 1, 2, 3, 5]))] for _ in range(n)]
        texts = [rng.choice(["甲", "乙 乙", "乙乙", "丙丙丙", "丁" * rng.randint(1, 30)]) for _ in range(n)]
        sentences = [Sentence(i, 10 * i, 10 * i + len(t), t, "sentence") for i, t in enumerate(texts)]
        ranking = T.Ranking.from_tokens(sentences, tokens)
        eligible = None if rng.random() < 0.3 else sorted(rng.sample(range(n), rng.randint(1, n)))
        kwargs = dict(budget=rng.choice([None, 1, 20, 60]), k=rng.choice([None, 1, 2, 3]), eligible=eligible,
                      position_bias=rng.choice([0.0, 0.6, 1.0]), lambda_=rng.choice([0.0, 0.7, 1.0]))
        fast = T.select(ranking, **kwargs)
        small_runs += general(ranking, list(range(n)) if eligible is None else eligible, kwargs["budget"],
                              kwargs["k"], kwargs["position_bias"], kwargs["lambda_"]) is not None
        monkeypatch.setattr(T, "_select_small", lambda *a: None)
        slow = T.select(ranking, **kwargs)
        monkeypatch.setattr(T, "_select_small", general)
        assert fast.indices == slow.indices
        assert list(fast.scores) == list(slow.scores)
        assert np.array(list(fast.scores.values())).tobytes() == np.array(list(slow.scores.values())).tobytes()
    assert small_runs > 1500  # the Python path did run


def test_small_select_refuses_what_select_refuses():
    from summarizer.sentences import Sentence

    sentences = [Sentence(0, 0, 4, "加强治理", "sentence"), Sentence(1, 5, 9, "完善治理", "sentence")]
    ranking = T.Ranking.from_tokens(sentences, [["加强", "治理"], ["完善", "治理"]])
    for kwargs in (dict(position_bias=1.5), dict(lambda_=-0.1), dict(k=0), dict(budget=0)):
        assert T._select_small(ranking, [0, 1], kwargs.get("budget"), kwargs.get("k"),
                               kwargs.get("position_bias", 0.6), kwargs.get("lambda_", 0.7)) is None
    assert T._select_small(ranking, [1, 0], None, None, 0.6, 0.7) is None  # not ascending: the general path
    picked = T.select(ranking, k=1)
    assert picked.indices == [0] and abs(sum(picked.scores.values()) - 1.0) < 1e-12


def test_fallback_reads_each_sentence_once_for_both_aspects(monkeypatch):
    """The unstructured fallback of extract_points reads a sentence's aspect-independent facts once
    (_fallback_reading), and both aspects still take their own points from them."""
    import summarizer
    from summarizer import points

    calls = []
    reading = points._fallback_reading
    monkeypatch.setattr(points, "_fallback_reading", lambda *a: calls.append(a[2]) or reading(*a))
    text = "社区停车难\n老旧小区的停车位严重不足。居民只能把车停在消防通道上。街道应尽快规划建设立体停车场。\n"
    result = summarizer.summarize(text)
    assert len(calls) == len(set(calls)) > 0
    essay = result.essays[0]
    assert [p.text for p in essay.challenges] == ["老旧小区的停车位严重不足"]
    assert [p.text for p in essay.recommendations] == ["街道应尽快规划建设立体停车场"]
