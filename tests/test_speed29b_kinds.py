"""speed29b: each fast path against the reading it replaces (output-identical speed-ups)."""

import random

import numpy as np

from summarizer import points


def _covered_by_running_sum(n, spans):
    """The reading :func:`summarizer.points._covered` replaced (numpy ``add.at`` and a running sum)."""
    kept = [(a, b) for a, b in spans if b > a]
    depth = np.zeros(n + 1, dtype=np.int64)
    np.add.at(depth, [max(a, 0) for a, _ in kept], 1)
    np.add.at(depth, [min(b, n) for _, b in kept], -1)
    return (np.cumsum(depth[:n]) > 0).tolist()


def test_covered_no_span_is_all_false():
    assert points._covered(5, []) == [False] * 5
    assert points._covered(0, []) == []
    assert points._covered(4, [(2, 2), (3, 1)]) == [False] * 4  # (empty and reversed spans cover nothing)


def test_covered_nested_adjacent_and_clipped_spans():
    assert points._covered(10, [(2, 5), (3, 4), (5, 7), (9, 15)]) == [
        False, False, True, True, True, True, True, False, False, True]


def test_covered_matches_running_sum():
    rng = random.Random(29)
    for _ in range(2000):
        n = rng.randrange(0, 40)
        spans = [(rng.randrange(0, n + 1), rng.randrange(0, n + 6)) for _ in range(rng.randrange(0, 6))]
        assert points._covered(n, spans) == _covered_by_running_sum(n, spans), (n, spans)


def _count_feature_builds(monkeypatch):
    from summarizer.aspect_model import AspectModel

    built = []
    original = AspectModel.essay_features

    def counting(self, *args, **kwargs):
        built.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(AspectModel, "essay_features", counting)
    return built


def test_short_essay_builds_no_model_features(monkeypatch):
    import summarizer

    built = _count_feature_builds(monkeypatch)
    note = "存在问题：经费不足，人手短缺。建议加大投入，充实队伍。"
    summarizer.summarize(note)
    assert not built  # (under MIN_ESSAY_CHARS: the model neither vetoes nor adds, its features are never read)


def test_long_essay_still_builds_model_features(monkeypatch):
    import summarizer

    built = _count_feature_builds(monkeypatch)
    essay = "".join(f"第{k}个村的道路年久失修，雨天出行困难，群众意见很大。我们建议镇政府加大投入，尽快修缮道路。" for k in range(8))
    summarizer.summarize(essay)
    assert built
