"""prose22: the learned sentence-aspect model measured honestly. ``CorpusReport.refit_added_points`` counts the points
only the refit component adds on its held-out sources (precise / not precise), the figure the README's decision on
the model rests on. Inputs are written here; the models are built in the tests (no scikit-learn needed)."""

from __future__ import annotations

import json

import numpy as np

import summarizer
from summarizer import aspect_model as am
from summarizer import pipeline
from summarizer.evaluation.corpus import evaluate_corpora
from summarizer.schema import SummarizeOptions

# narration the rules read no aspect in: the last two sentences are what the hand model below takes
NARRATION = ("社区服务情况\n\n今年社区新开了两家食堂。老人吃饭方便了不少。志愿者每天都陪老人锻炼身体。"
             "楼道里的杂物长期占用消防通道。")
# a second source's document: the rules take its sections' points, the hand model finds no word of its own
SECTIONS = "乡村道路建设\n\n一、存在的问题\n养护资金不足。\n二、对策建议\n设立养护专项资金。"


def _hand_model() -> am.AspectModel:
    # 占用 -> challenge, 锻炼 -> recommendation, strongly; everything else: none
    return am.AspectModel(["c:占用", "c:锻炼"], np.array([[0.0, 9.0, 0.0], [0.0, 0.0, 9.0]]),
                          np.array([2.0, 0.0, 0.0]), 0.6)


def _corpus(tmp_path):
    root = tmp_path / "prose"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "a.txt").write_text(NARRATION, encoding="utf-8")
    (root / "docs" / "b.txt").write_text(SECTIONS, encoding="utf-8")
    gold = {"essays": [
        {"file": "a.txt", "source": "site-a", "challenges": ["楼道杂物长期占用消防通道"], "recommendations": []},
        {"file": "b.txt", "source": "site-b", "challenges": ["养护资金不足"], "recommendations": ["设立养护专项资金"]},
    ]}
    (root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return root


def _with_model(model):
    def fit(train_documents):
        def run(text, *, source=None, options=None, **kw):
            opts = options if isinstance(options, SummarizeOptions) else SummarizeOptions(**(options or {}))
            with am.using(model):
                return pipeline.summarize(text, source=source, options=opts.model_copy(update={"aspect_model": True}),
                                          **kw)
        return run
    return fit


def test_the_hand_model_takes_the_narrated_sentences_the_rules_leave():
    doc = summarizer.summarize(NARRATION)
    assert [p.text for e in doc.essays for p in e.challenges + e.recommendations] == []
    with am.using(_hand_model()):
        on = summarizer.summarize(NARRATION, aspect_model=True)
    (ch,), (rec,) = on.essays[0].challenges, on.essays[0].recommendations
    assert (ch.text, rec.text) == ("楼道里的杂物长期占用消防通道", "志愿者每天都陪老人锻炼身体")
    assert NARRATION[ch.start:ch.end] == ch.text and NARRATION[rec.start:rec.end] == rec.text


def test_refit_added_points_counts_precise_and_wrong_points_of_the_held_out_runs(tmp_path):
    report = evaluate_corpora([_corpus(tmp_path)], fit=_with_model(_hand_model()))
    # a.txt held out: the model adds the gold challenge (precise) and a recommendation the gold does not hold;
    # b.txt held out: the rules' points again, nothing added
    assert report.refit_added_points() == (1, 1)
    assert report.to_dict()["leave_one_source_out"]["added_points"] == {"precise": 1, "not_precise": 1}
    assert "points the refit component adds on held-out sources: 1 precise, 1 not precise" in report.table()
    held = {h.source: h.figures.overall for h in report.held_out}
    assert (held["site-a"].recalled, held["site-a"].precise, held["site-a"].predicted) == (1, 1, 2)
    assert (held["site-b"].recalled, held["site-b"].precise, held["site-b"].predicted) == (2, 2, 2)


def test_refit_added_points_is_zero_without_a_refit_or_when_the_refit_adds_nothing(tmp_path):
    root = _corpus(tmp_path)
    assert evaluate_corpora([root]).refit_added_points() == (0, 0)
    # a model that never reaches its threshold: the held-out runs predict what the first run did (no point is "added"
    # though the rules' points are predicted again)
    never = am.AspectModel(["c:占用"], np.array([[0.0, 9.0, 0.0]]), np.array([2.0, 0.0, 0.0]), 0.99999)
    report = evaluate_corpora([root], fit=_with_model(never))
    assert report.refit_added_points() == (0, 0)
    assert "1 precise" not in report.table()


# a narrated complaint in no region before the sections whose points the rules take; it shares the sections' words,
# so it ranks above the rules' challenge (before prose22 the model's point took the one place of max_points 1)
ROAD = "乡村道路养护情况\n\n村民反映乡村道路养护资金长期被挪用占用。\n\n一、存在的问题\n养护资金不足。\n二、对策建议\n设立养护专项资金。"


def _texts(doc) -> tuple[list[tuple[str, int]], list[str]]:
    return ([(p.text, p.start) for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_model_points_come_after_every_rule_and_only_into_the_room_below_max_points():
    assert _texts(summarizer.summarize(ROAD)) == ([("养护资金不足", 40)], ["设立养护专项资金"])
    with am.using(_hand_model()):
        on = summarizer.summarize(ROAD, aspect_model=True)
        # max_points 1: the rules' challenge fills the aspect; the model's point does not crowd it out
        capped = summarizer.summarize(ROAD, aspect_model=True, max_points=1)
    assert _texts(on) == ([("村民反映乡村道路养护资金长期被挪用占用", 10), ("养护资金不足", 40)], ["设立养护专项资金"])
    assert _texts(capped) == ([("养护资金不足", 40)], ["设立养护专项资金"])
