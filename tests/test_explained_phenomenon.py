"""A fact stated and then explained by its cause (k156, Part 156's kind 4): ``…陆续关停。原因是…不足`` makes a problem of
the fact, though no word of its own says so; a cause that states no shortcoming (the reasons of a success) makes
nothing of it. Texts written for these tests."""

import time

from summarizer.pipeline import summarize_document
from summarizer.points import explained_phenomenon


def test_fact_then_cause_sentence():
    prev, sent = "去年以来，全县有五所村级幼儿园陆续关停。", "原因是生源太少，办园经费长期不足。"
    assert explained_phenomenon(prev, sent) == [("previous", 0, 19), ("sentence", 0, 16)]


def test_cause_after_a_comma():
    sent = "县城的污水处理厂至今仍未投入运行，主要原因是配套管网建设滞后，资金缺口较大。"
    spans = explained_phenomenon("", sent)
    assert [sent[a:b] for _, a, b in spans] == ["县城的污水处理厂至今仍未投入运行，主要原因是配套管网建设滞后"]


def test_no_shortcoming_in_the_cause():
    assert explained_phenomenon("这家企业的订单连年增长。", "原因是企业坚持创新，产品质量过硬。") == []
    assert explained_phenomenon("", "两市常被放在一起比较，原因是两地的人口规模相近。") == []
    # a measure before the cause is no fact
    assert explained_phenomenon("应当尽快恢复村级幼儿园。", "原因是生源太少，办园经费长期不足。") == []
    # no cause stated
    assert explained_phenomenon("全县有五所村级幼儿园陆续关停。", "家长只好把孩子送到镇上。") == []


def test_pipeline():
    text = "去年以来，全县有五所村级幼儿园陆续关停。原因是生源太少，办园经费长期不足。\n"
    ch = [p.text for e in summarize_document(text).essays for p in e.challenges]
    assert any("陆续关停" in p for p in ch)
    assert any("生源太少" in p for p in ch)


def test_linear_time():
    for prev, sent in (("治" * 100000, "原因是" + "治" * 100000 + "不足。"), ("", "好，原因是不足，" * 10000)):
        t = time.perf_counter()
        explained_phenomenon(prev, sent)
        assert time.perf_counter() - t < 2.0
    t = time.perf_counter()
    summarize_document("好。原因是不足。" * 5000)
    assert time.perf_counter() - t < 60.0
