"""model54: the linear model refitted on aspects_dev + ids <= 7239 lost on the held-out Parts 129-138 and was not
shipped (README "Refit on ids ≤ 7839 (model54)"); ``benchmarks/model50.py``, which scored it, now reads ids up to
7839 and never the blind ids from 7840."""

import summarizer.aspect_model as am
from benchmarks import model50


def test_pools_stop_before_the_blind_ids():
    assert model50.BLIND == 7840
    (corpus,) = model50.corpora("7800-9999")
    numbers = [model50.number(d) for d in corpus.documents]
    assert numbers, "Part 138 has documents from 7800"
    assert all(7800 <= n <= 7839 for n in numbers)
    (old,) = model50.corpora("a")
    assert {model50.number(d) for d in old.documents} <= set(range(5320, 6040))


def test_summary_counts_each_aspect():
    rows = {"x": {"challenges": [1, 2, 1, 2], "recommendations": [0, 2, 1, 1]},
            "y": {"challenges": [1, 1, 1, 1], "recommendations": [1, 1, 0, 1]}}
    assert model50.summary(rows) == ("all 0.500 (3/6) / 0.600 (3/5); chal 0.667 (2/3) / 0.667 (2/3); "
                                     "reco 0.333 (1/3) / 0.500 (1/2)")
    assert model50.summary(rows, keep=lambda k: k == "y").startswith("all 1.000 (2/2) / 0.500 (1/2)")


def test_the_shipped_linear_file_is_still_the_fit_on_ids_up_to_5319():
    model = am.load_shipped(am.MODEL_PATH)
    assert (model.threshold, model.veto, model.lone) == (0.65, 0.6, 0.4)
    assert len(model.features) == 4000
