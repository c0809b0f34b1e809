"""sel44: the sentence selector's per-aspect addition thresholds (``add_challenge_at``, ``add_recommendation_at``)."""

import numpy as np

from summarizer import aspects as asp
from summarizer import summarize
from summarizer.aspect_model import using
from summarizer.schema import SummarizeOptions
from summarizer.sentence_selector import SentenceSelector, TreeEnsemble, load_selector

# one tree of one leaf: every sentence reads none 0.17, challenge 0.28, recommendation 0.55
CONSTANT = {"feature": [0], "threshold": [0.0], "left": [0], "right": [0], "leaf": [True], "value": [0.0],
            "roots": [0], "classes": [0], "baseline": [0.0, 0.5, 1.2], "depth": 1}

ESSAY = ("关于改进村级公共服务的思考\n\n"
         "近年来，我村公共服务条件有了明显改善，群众满意度逐年提高。但走访中也发现，村级服务还有一些不足。"
         "一是文化设施利用率低，图书室平时很少开门。二是卫生服务薄弱，村医年龄偏大、药品种类不全。"
         "三是办事流程繁琐，群众办一件事往往要跑好几趟。村里的老人大多希望在家门口就能看病，年轻人则更关心网络信号。\n\n"
         "为此，提出以下几点建议。首先，要延长图书室开放时间，安排志愿者轮流值守。"
         "其次，应当引进年轻村医，定期组织县级医院专家下乡义诊。最后，要推行一站式代办服务，让群众少跑腿。"
         "村两委要把这些工作列入年度计划，逐项抓好落实。相信经过努力，村里的公共服务一定会越来越好。\n")


def _file(**extra):
    return {"format": "summarizer-sentence-selector/1", "classes": ["none", asp.CHALLENGE, asp.RECOMMENDATION],
            "vocab": [], "drop_at": 2.0, "move_at": 2.0, "add_at": 0.5, "trees": CONSTANT, **extra}


def test_file_reads_per_aspect_thresholds_and_defaults_to_add_at():
    sel = SentenceSelector.from_selector_dict(_file(add_challenge_at=0.9, add_recommendation_at=0.7))
    assert sel.add_aspect_at == {asp.CHALLENGE: 0.9, asp.RECOMMENDATION: 0.7}
    plain = SentenceSelector.from_selector_dict(_file())
    assert plain.add_aspect_at == {asp.CHALLENGE: 0.5, asp.RECOMMENDATION: 0.5}
    p = TreeEnsemble(CONSTANT).probabilities(np.zeros((1, 24), dtype=np.float32))[0]
    assert p[2] > 0.5 > p[1]


def _count(sel):
    with using(sel):
        essays = summarize(ESSAY, options=SummarizeOptions()).essays
    return sum(len(e.recommendations) for e in essays), sum(len(e.challenges) for e in essays)


def test_recommendation_threshold_alone_decides_the_recommendation_additions():
    recs_low, ch_low = _count(SentenceSelector.from_selector_dict(_file(add_challenge_at=2.0,
                                                                       add_recommendation_at=0.5)))
    recs_high, ch_high = _count(SentenceSelector.from_selector_dict(_file(add_challenge_at=0.5,
                                                                         add_recommendation_at=0.6)))
    assert recs_low > recs_high == 3  # (0.55 passes 0.5, not 0.6: the rules' three measures alone)
    assert ch_high == ch_low == 3  # (a sentence's likelier aspect is the recommendation: no challenge is added)


def test_shipped_file_has_both_thresholds():
    sel = load_selector()
    assert set(sel.add_aspect_at) == {asp.CHALLENGE, asp.RECOMMENDATION}
    assert all(0 < v <= 2 for v in sel.add_aspect_at.values())


# --- the pipeline-level choice (summarizer.evaluation.selector_training) ---

def _candidates():
    # one document, one essay with 2 challenges and 1 recommendation of gold
    p = np.array
    points = [
        (0, "challenges", "rule", p([0.7, 0.2, 0.1]), False, {"challenges": (frozenset(), False),
                                                               "recommendations": (frozenset(), False)}),
        (0, "challenges", "rule", p([0.1, 0.05, 0.85]), False, {"challenges": (frozenset(), False),
                                                                 "recommendations": (frozenset({0}), True)}),
        (0, "challenges", "add", p([0.2, 0.75, 0.05]), False, {"challenges": (frozenset({0}), True)}),
        (0, "recommendations", "add", p([0.3, 0.05, 0.65]), False, {"recommendations": (frozenset(), False)}),
        (0, "challenges", "fixed", None, False, {"challenges": (frozenset({1}), True)}),
        (1, "challenges", "fixed", None, False, {"challenges": (frozenset(), False)}),  # (an essay with no gold)
    ]
    return {"doc": ({0: (2, 1)}, points)}


def test_pipeline_figures_drop_move_and_add_per_aspect():
    from summarizer.evaluation.selector_training import choose_pipeline_thresholds, pipeline_figures
    c = _candidates()
    # nothing dropped, moved or added: the two rule points (wrong) and the fixed one
    assert pipeline_figures(c, (2.0, 2.0, 2.0, 2.0)) == (1, 3, 1, 3)
    # the first rule point dropped, the second moved to the recommendation it states
    assert pipeline_figures(c, (0.6, 0.8, 2.0, 2.0)) == (2, 3, 2, 2)
    # the challenge's addition at 0.7, not the recommendation's (0.65 < 0.7)
    assert pipeline_figures(c, (0.6, 0.8, 0.7, 0.7)) == (3, 3, 3, 3)
    assert pipeline_figures(c, (0.6, 0.8, 0.8, 0.6)) == (2, 3, 2, 3)
    assert choose_pipeline_thresholds(c, grid=[(2.0, 2.0, 2.0, 2.0), (0.6, 0.8, 0.7, 0.7), (0.6, 0.8, 0.8, 0.6)]) == (
        0.6, 0.8, 0.7, 0.7)
    # a floor on other candidates that only the idle thresholds meet
    other = {"d": ({0: (1, 0)}, [(0, "challenges", "add", np.array([0.1, 0.9, 0.0]), False,
                                  {"challenges": (frozenset(), False)}),
                                 (0, "challenges", "fixed", None, False, {"challenges": (frozenset({0}), True)})])}
    assert choose_pipeline_thresholds(c, [(other, 0.9)], grid=[(2.0, 2.0, 2.0, 2.0), (0.6, 0.8, 0.7, 0.7)]) == (
        2.0, 2.0, 2.0, 2.0)


def test_pipeline_candidates_at_the_recording_thresholds_equal_the_real_run(tmp_path):
    import json

    from summarizer.evaluation.corpus import load_corpus
    from summarizer.evaluation.selector_training import pipeline_candidates, pipeline_figures
    from summarizer.sentence_selector import SELECTOR_PATH
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(ESSAY, encoding="utf-8")
    gold = {"essays": [{"id": "a", "file": "a.txt", "source": "s",
                        "challenges": ["文化设施利用率低", "卫生服务薄弱", "群众办一件事往往要跑好几趟"],
                        "recommendations": ["延长图书室开放时间", "推行一站式代办服务"]}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    obj = json.loads(SELECTOR_PATH.read_text(encoding="utf-8"))
    for with_linear in (False, True):
        cands, real = pipeline_candidates(load_corpus(tmp_path), obj, with_linear)
        assert pipeline_figures(cands, (2.0, 2.0, 0.5, 0.5)) == real
        assert real[:2] == (5, 5)


def test_fit_takes_a_random_state_for_its_early_stopping_rows():
    """selfit46: ``selector_training.fit(..., random_state=k)`` seeds the trees' early-stopping split (a tenth of the
    rows, above 10,000), so refits can be repeated with several seeds; the default stays 0 (the shipped fits')."""
    import inspect

    import pytest

    pytest.importorskip("sklearn")
    from summarizer.evaluation import selector_training as st

    assert inspect.signature(st.fit).parameters["random_state"].default == 0
    rng = np.random.default_rng(0)
    rows = [((("a",) if k % 3 else ("b",)), rng.random(24).astype(np.float32), True, ()) for k in range(300)]
    labels = [k % 3 for k in range(300)]
    clf, vocab = st.fit(rows, labels, max_iter=5, min_count=50, random_state=7)
    assert clf.random_state == 7 and vocab == {"a": 0, "b": 1}
