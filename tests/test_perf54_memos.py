"""perf54 (issue 9): answers kept for a whole document where a collection's essays ask the same questions.

- ``aspects.heading_aspect`` is remembered per heading (one memo for section headings, one for titles): the
  remembered answer equals the computed one (``_heading_aspect``), first call and repeated;
- ``aspects.reports_task_status`` answers False at once when the heading opens with no verb of the group or ends
  with no state noun (one ``startswith``/``endswith`` of the whole tuple); otherwise the ordered scans as before;
- ``AspectModel.essay_probabilities`` keeps its weight sums per model for the document (``aspect_model.
  document_sums``), not per essay: an essay read after another that shares its sentences gets the same figures,
  bit for bit, as read alone, and ``summarize`` empties the sums after each document.

Every text is written for these tests (no corpus document); nothing is timed."""

from __future__ import annotations

import itertools

import pytest

from summarizer import aspect_model as am
from summarizer import aspects as asp

HEADINGS = [
    "一、存在的主要问题", "二、对策建议", "（一）工作开展情况", "一、落实整改主体责任情况", "二、推进重点任务完成情况",
    "三、整治情况", "一、基本情况", "存在问题及整改措施", "困境与对策", "问题与挑战", "二、治理效能的瓶颈突破",
    "材料1", "给定材料3", "建议没设立起始租金", "安全措施还需不断加强", "一、发达国家乡村振兴的实施路径",
    "针对“基层党组织建设薄弱”的问题", "二、实施（Do）", "畅通投诉渠道", "检察建议书", "", "　", "问题，谁来管",
    "一、当前我市社区治理中存在的突出短板和薄弱环节，以及群众反映强烈的几个方面的具体情况",
    "加强基层治理的路径探析", "乡村振兴面临的困境及破解路径",
]


@pytest.mark.parametrize("title", [False, True])
def test_remembered_heading_aspect_equals_computed(title):
    asp._section_heading_aspect.cache_clear()
    asp._title_aspect.cache_clear()
    want = [asp._heading_aspect(h, title=title) for h in HEADINGS]
    first = [asp.heading_aspect(h, title=title) for h in HEADINGS]
    again = [asp.heading_aspect(h, title=title) for h in HEADINGS]  # (answered from the memo)
    assert first == want and again == want
    memo = asp._title_aspect if title else asp._section_heading_aspect
    assert memo.cache_info().hits >= len(HEADINGS)


def test_heading_and_title_memos_are_apart():
    # (a title is read by other rules than a section heading: one heading, two answers, neither masks the other)
    h = "困境与对策"
    asp._section_heading_aspect.cache_clear()
    asp._title_aspect.cache_clear()
    assert asp.heading_aspect(h) == asp._heading_aspect(h)
    assert asp.heading_aspect(h, title=True) == asp._heading_aspect(h, title=True)
    assert asp._heading_aspect(h) != asp._heading_aspect(h, title=True)


def _task_status_before(heading: str) -> bool:
    """reports_task_status as it read before perf54: the ordered scans only."""
    head = heading[asp._HEADING_NUMBERING.match(heading).end():].strip(" \t\u3000：:。.")
    if not head or len(head) > asp.TASK_STATUS_HEADING_CHARS:
        return False
    words = asp.lexicon().words
    end = next((w for w in sorted(words("task_status_end"), key=len, reverse=True) if head.endswith(w)), None)
    verb = next((v for v in words("imperative") if head.startswith(v)), None)
    return end is not None and verb is not None and len(head) - len(end) - len(verb) >= asp.TASK_OBJECT_CHARS


def _task_headings():
    verbs = asp.lexicon().words("imperative")
    ends = asp.lexicon().words("task_status_end")
    objects = ["", "整", "整改主体责任", "重点任务", "基层治理各项工作落实到位的具体"]
    numbering = ["", "一、", "（二）", "3. "]
    for v, o, e, n in itertools.product(verbs[:40] + verbs[-10:], objects, ends, numbering[:2]):
        yield f"{n}{v}{o}{e}"
    for n, body in itertools.product(numbering, ["工作情况", "存在的问题", "情况", "落实", "落实情况：", "。情况。"]):
        yield n + body


def test_task_status_fast_test_agrees_with_the_scans():
    headings = list(_task_headings()) + HEADINGS
    got = [asp.reports_task_status(h) for h in headings]
    assert got == [_task_status_before(h) for h in headings]
    assert any(got) and not all(got)  # (both answers are asked)


def _essay(text):
    from summarizer import pipeline
    from summarizer.points import _layout
    ed = next(iter(pipeline.analyze(text)))
    return ed, _layout(ed.structure, ed.sentences, ed.roles)


ESSAY_A = ("一、存在的问题\n（一）供水管网老化严重。\n部分居民反映水压不足。\n二、对策建议\n（一）加快改造老旧管网。\n"
           "我们要加强巡查。\n同时要完善应急预案。")
ESSAY_B = ("一、存在的问题\n部分居民反映水压不足。\n资金投入长期偏少。\n二、对策建议\n我们要加强巡查。\n（一）加快改造老旧管网。\n"
           "还要听取群众意见。")


def _probabilities(model, text, families=()):
    ed, layout = _essay(text)
    ef = am.EssayFeatures(ed.structure, ed.sentences, layout, None, families)
    return model.essay_probabilities(ef, range(len(ed.sentences)))


@pytest.mark.parametrize("families", [(), ("cl", "dr", "hx")])
def test_document_sums_give_the_figures_of_one_essay_alone(families):
    model = am.load()
    am.document_sums.cache_clear()
    alone = _probabilities(model, ESSAY_B, families)
    am.document_sums.cache_clear()
    _probabilities(model, ESSAY_A, families)  # (its sentences' and places' sums kept)
    held = am.document_sums.cache_info().currsize
    assert held > 0
    after = _probabilities(model, ESSAY_B, families)
    assert after.tobytes() == alone.tobytes()
    ed, layout = _essay(ESSAY_B)
    ef = am.EssayFeatures(ed.structure, ed.sentences, layout, None, families)
    # (the same figures as the whole feature lists read by probabilities, as before perf54)
    assert after == pytest.approx(model.probabilities([ef[i] for i in range(len(ef))]), abs=1e-12)


def test_sums_of_other_families_are_kept_apart():
    # (the text part's sum holds the families' text features: one body read with two families, two entries)
    model = am.load()
    am.document_sums.cache_clear()
    _probabilities(model, ESSAY_A, ())
    one = am.document_sums.cache_info().currsize
    wide = _probabilities(model, ESSAY_A, ("w", "cl"))
    assert am.document_sums.cache_info().currsize > one
    ed, layout = _essay(ESSAY_A)
    ef = am.EssayFeatures(ed.structure, ed.sentences, layout, None, ("w", "cl"))
    assert wide == pytest.approx(model.probabilities([ef[i] for i in range(len(ef))]), abs=1e-12)


def test_summarize_empties_the_document_sums():
    import summarizer
    summarizer.summarize(ESSAY_A + "\n" + ESSAY_B)
    assert am.document_sums.cache_info().currsize == 0
    assert asp._section_heading_aspect.cache_info().currsize == 0


def test_a_collected_model_leaves_the_registry():
    import gc
    model = am.load()
    twin = am.AspectModel(list(model.features), model.coef.copy(), model.intercept.copy())
    n = len(am.document_sums.models)
    del twin
    gc.collect()
    am.document_sums.cache_clear()
    assert len(am.document_sums.models) < n


def test_sums_emptied_when_full_give_the_same_figures(monkeypatch):
    # (a caller outside summarize never empties the sums: they are emptied when full, the figures unchanged)
    model = am.load()
    am.document_sums.cache_clear()
    alone = _probabilities(model, ESSAY_B)
    monkeypatch.setattr(am, "DOCUMENT_SUMS_SIZE", 2)
    am.document_sums.cache_clear()
    _probabilities(model, ESSAY_A)
    small = _probabilities(model, ESSAY_B)
    assert len(model._sums[0]) <= 2 and len(model._sums[1]) <= 2
    assert small.tobytes() == alone.tobytes()
