"""The learned sentence-aspect component (summarizer/aspect_model.py): labels, features, fitting, the shipped file
and the ``aspect_model`` option. Inputs are written here; the fitting test needs scikit-learn (the train extra)."""

from __future__ import annotations

import json

import numpy as np
import pytest

import summarizer
from summarizer import aspect_model as am
from summarizer.evaluation import aspect_training as training
from summarizer.evaluation.aspects import GoldEssay

# an essay of prose: the rules read no region and no cue in its last two sentences
ESSAY = ("城市绿化工作概况\n\n今年城市绿地面积扩大了不少。市民散步的去处多了。公园里每天都有人锻炼身体。"
         "老旧小区的绿地仍被车辆占用。")


def _points(doc) -> tuple[list[str], list[str]]:
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def _hand_model(threshold: float = 0.6) -> am.AspectModel:
    # 锻炼 -> recommendation, 占用 -> challenge, strongly; everything else: none (intercept)
    return am.AspectModel(["c:占用", "c:锻炼"], np.array([[0.0, 9.0, 0.0], [0.0, 0.0, 9.0]]),
                          np.array([2.0, 0.0, 0.0]), threshold)


def test_probabilities_are_the_softmax_of_the_summed_coefficients():
    m = _hand_model()
    p = m.probabilities([["c:锻炼", "c:锻炼", "unknown"], [], ["c:占用"]])
    z = np.array([2.0, 0.0, 9.0])  # a feature listed twice counts once; an unknown one counts nothing
    assert p[0] == pytest.approx(np.exp(z) / np.exp(z).sum())
    assert p[1] == pytest.approx(np.exp([2.0, 0, 0]) / np.exp([2.0, 0, 0]).sum())
    assert p.argmax(axis=1).tolist() == [2, 0, 1]
    assert p.sum(axis=1) == pytest.approx([1.0, 1.0, 1.0])


def test_option_off_keeps_the_rules_and_on_adds_the_model_points():
    from summarizer.schema import SummarizeOptions

    assert SummarizeOptions().aspect_model is True  # on by default (nineteenth session: it transfers to unseen Parts)
    off = summarizer.summarize(ESSAY, aspect_model=False)
    assert _points(off) == ([], [])  # the rules find nothing in this narration
    with am.using(_hand_model()):
        assert _points(summarizer.summarize(ESSAY, aspect_model=False)) == ([], [])  # the option off: rules alone
        on = summarizer.summarize(ESSAY)
        # a threshold above the model's probability (e^9/(e^9+e^2+1) = 0.999) gives nothing
    assert _points(on) == (["老旧小区的绿地仍被车辆占用"], ["公园里每天都有人锻炼身体"])
    ch = on.essays[0].challenges[0]
    assert ESSAY[ch.start:ch.end] == ch.text  # offsets into the input
    with am.using(_hand_model(threshold=0.9995)):
        assert _points(summarizer.summarize(ESSAY, aspect_model=True)) == ([], [])


def test_model_points_leave_region_sentences_to_the_rules():
    # 许多人在广场锻炼身体 lies in the challenge section: the rules own it, the model adds nothing there; the opening
    # sentence lies in no region
    text = "市民说公园里每天都有人锻炼身体。\n\n一、存在的问题\n资金投入不足。许多人在广场锻炼身体。\n二、对策建议\n加大财政投入。"
    rules = _points(summarizer.summarize(text))
    with am.using(_hand_model()):
        on = _points(summarizer.summarize(text, aspect_model=True))
    assert rules == (["资金投入不足"], ["加大财政投入"])
    assert on == (["资金投入不足"], ["市民说公园里每天都有人锻炼身体", "加大财政投入"])


def test_labels_match_gold_points_by_the_scorer_rule():
    gold = [GoldEssay("e", 0, ("老旧小区的绿地被车辆占用",), ("公园每天有人锻炼身体",))]
    feats, labels = training.document_labels(ESSAY, gold)
    sentences = [s.text for ed in summarizer.analyze(ESSAY) for s in ed.sentences]
    assert len(feats) == len(labels) == len(sentences)
    by = dict(zip(sentences, labels))
    assert by["老旧小区的绿地仍被车辆占用。"] == 1
    assert by["公园里每天都有人锻炼身体。"] == 2
    assert by["今年城市绿地面积扩大了不少。"] == 0
    assert by["城市绿化工作概况"] == 0


def test_features_share_traditional_and_simplified_ngrams_and_carry_structure():
    simp = training.document_labels("老旧小区的绿地仍被车辆占用。", [])[0][0]
    trad = training.document_labels("老舊小區的綠地仍被車輛佔用。", [])[0][0]
    assert "c:车辆" in simp and "c:车辆" in trad and "c:绿地" in trad
    assert "kind:sentence" in simp and "region:None" in simp and "pos:0" in simp
    text = "一、存在的问题\n资金投入不足。"
    rows = training.document_labels(text, [])[0]
    assert "h:问题" in rows[-1] and "region:challenge" in rows[-1]


def test_fit_gives_the_right_class_on_held_in_sentences():
    pytest.importorskip("sklearn")
    feats = [["c:不足", "c:短"], ["c:不足", "c:缺"], ["c:加强", "c:应"], ["c:加强", "c:推进"], ["c:今年"], ["c:天气"]] * 3
    labels = [1, 1, 2, 2, 0, 0] * 3
    m = training.fit(feats, labels, c=10.0, min_count=1)
    assert m.features == sorted(m.features)
    pred = m.probabilities([["c:不足"], ["c:加强"], ["c:天气"]]).argmax(axis=1)
    assert pred.tolist() == [1, 2, 0]
    again = training.fit(feats, labels, c=10.0, min_count=1)  # deterministic
    assert np.array_equal(again.coef, m.coef) and again.features == m.features
    with pytest.raises(ValueError):
        training.fit([["a"], ["b"]], [0, 0])


def test_save_and_load_round_trip(tmp_path):
    m = _hand_model(0.7)
    path = tmp_path / "m.json"
    m.save(path)
    back = am.load(path)
    assert back.features == m.features and back.threshold == 0.7
    assert np.allclose(back.coef, m.coef) and np.allclose(back.intercept, m.intercept)
    path.write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(ValueError):
        am.load(path)


def test_shipped_model_loads_and_scores():
    m = am.load()
    assert am.MODEL_PATH.is_file()
    assert 100 <= len(m.features) <= am.MAX_FEATURES
    assert m.features == sorted(m.features) and m.coef.shape == (len(m.features), 3)
    assert 0.5 <= m.threshold < 1.0
    p = m.probabilities([["c:不足", "region:None", "kind:sentence"]])
    assert p.shape == (1, 3) and p.sum() == pytest.approx(1.0)
    assert am.active(False) is None and am.active(True) is m


def test_a_model_fitted_on_written_essays_tells_the_aspect_of_a_new_sentence():
    # narration the rules read no aspect in: a complaint (占用 / 堵塞) and a habit the essay commends (每周 … 打扫 /
    # 清理); the model learns both from four gold essays and finds them in a fifth it has not seen
    pytest.importorskip("sklearn")
    docs = [
        ("今年街道新修了两条路。晚上小区门口的车辆占用了人行道。居民每周一起打扫楼道。天气渐渐转凉了。",
         ("晚上小区门口的车辆占用了人行道",), ("居民每周一起打扫楼道",)),
        ("村里的小学去年翻新了。田间的小路被杂物堵塞了。村民每周一起清理水渠。秋收的日子快到了。",
         ("田间的小路被杂物堵塞了",), ("村民每周一起清理水渠",)),
        ("新的图书馆上个月开放了。图书馆门前的空地被货车占用了。读者每周一起整理书架。借书的人越来越多。",
         ("图书馆门前的空地被货车占用了",), ("读者每周一起整理书架",)),
        ("镇上的集市很热闹。河道的出口被垃圾堵塞了。商户每周一起打扫集市。游客喜欢这里的小吃。",
         ("河道的出口被垃圾堵塞了",), ("商户每周一起打扫集市",)),
    ]
    feats: list[list[str]] = []
    labels: list[int] = []
    for text, ch, rec in docs:
        f, y = training.document_labels(text, [GoldEssay("e", 0, ch, rec)])
        feats += f
        labels += y
    model = training.fit(feats, labels, c=10.0, min_count=1, threshold=0.6)
    new = "城市绿化工作概况\n\n今年公园面积扩大了不少。菜市场门口的人行道被摊位占用了。志愿者每周一起打扫街巷。"
    assert _points(summarizer.summarize(new)) == ([], [])  # the rules read nothing here
    with am.using(model):
        doc = summarizer.summarize(new, aspect_model=True)
    assert _points(doc) == (["菜市场门口的人行道被摊位占用了"], ["志愿者每周一起打扫街巷"])
