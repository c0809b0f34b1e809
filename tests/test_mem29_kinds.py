"""mem29 (issue 9: peak RSS under 150 MB with a margin, the output unchanged): memory bounded by what is alive at a
point of the pipeline, never by time or by the machine's RSS.

* :func:`summarizer.summarize` frees a collection's analysed essays (sentences, tokens, graphs: the
  :class:`~summarizer.document.EssayDoc` objects) and the document's memos before the collection's themes are
  synthesised from the finished essays (:func:`summarizer.collection.synthesize`, which imports ``scipy.sparse``
  at its first use): the synthesis's peak no longer adds to the analysis's.
* :func:`summarizer.pipeline.to_summary` still gives the same summary as :func:`summarizer.summarize`.
"""

from __future__ import annotations

import weakref

from summarizer import pipeline

_TWO = ("第一篇\n养老服务\n当前养老服务存在资金不足的问题。建议加大财政投入力度。\n"
        "第二篇\n社区治理\n当前社区治理存在人员不足的问题。建议完善人才培养机制。\n")


def test_a_collection_is_synthesised_after_the_analysis_is_freed(monkeypatch):
    alive: list[weakref.ref] = []
    seen: dict[str, object] = {}
    run_stages, collection = pipeline.run_stages, pipeline._collection

    def recording_stages(doc, timings=None):
        alive.append(weakref.ref(doc))
        return run_stages(doc, timings)

    def checking_collection(results, threshold):
        seen["essays_alive"] = sum(ref() is not None for ref in alive)
        seen["memo_entries"] = sum(m.cache_info().currsize for m in pipeline._document_memos or [])
        return collection(results, threshold)

    monkeypatch.setattr(pipeline, "run_stages", recording_stages)
    monkeypatch.setattr(pipeline, "_collection", checking_collection)
    result = pipeline.summarize(_TWO)
    assert len(alive) == 2 and result.collection is not None
    assert seen == {"essays_alive": 0, "memo_entries": 0}  # nothing of the analysis is left when themes are built


def test_to_summary_of_the_analysis_equals_summarize():
    one = pipeline.to_summary(pipeline.analyze(_TWO))
    assert one.model_dump_json() == pipeline.summarize(_TWO).model_dump_json()
    assert one.collection is not None and len(one.essays) == 2
