"""order26: a document's output must not depend on the documents summarized before it in the same process.

The library keeps per-process memos (``functools.lru_cache`` readers in :mod:`summarizer.aspects` and
:mod:`summarizer.points`, ``aspects._remembered`` sentence memos, lexicon caches). A memo whose answer reads more than
its key would make outputs order dependent; :func:`summarizer.pipeline.forget_document_memos` empties a document's
memos after every :func:`summarizer.summarize`. The whole-corpus check is ``python -m benchmarks.order_check``.
"""

from __future__ import annotations

from summarizer import pipeline, summarize

# small documents of our own: a report with sections, a speech of demands, a Traditional-script commentary, a list
_DOCS = (
    "关于社区养老服务的调研报告\n一、存在的问题\n护理人员严重不足，流动性大。部分机构设施老化，经费保障缺乏。\n"
    "二、对策建议\n要加大财政投入，完善护理人员激励机制。应当建立健全服务质量评估制度。",
    "同志们，今年的防汛形势十分严峻。一些地方思想麻痹，隐患排查不彻底。各级各部门要压实责任，"
    "加强值班值守。必须做好物资储备，确保群众安全。",
    "長照政策的困境在於人力嚴重不足，服務量能跟不上高齡化需求。政府應該提高照顧服務員的薪資，"
    "並且建立完善的培訓制度。",
    "存在的问题：\n- 基层人员不足，经费紧张\n- 队伍老化问题突出\n下一步工作：\n- 加强人才引进\n- 完善考核办法",
)


def _outputs(order):
    return {i: summarize(_DOCS[i]).model_dump_json() for i in order}


def test_each_document_is_summarized_the_same_in_either_order():
    forward = _outputs(range(len(_DOCS)))
    backward = _outputs(reversed(range(len(_DOCS))))
    assert forward == backward


def test_every_per_document_memo_is_empty_after_summarize_returns():
    summarize(_DOCS[0])
    memos = pipeline._document_memos
    assert memos, "forget_document_memos found no per-document memo"
    filled = [getattr(m, "__qualname__", repr(m)) for m in memos if m.cache_info().currsize]
    assert filled == []


def test_the_script_view_is_the_same_after_its_table_was_filled_and_emptied_by_other_documents():
    # script._VIEW and script._SAME carry characters across documents and start again at _VIEW_MAX code points:
    # a Traditional sentence must read the same before and after other documents filled (and overflowed) them
    from summarizer import script

    sentence = "長照人力嚴重不足，政府應該提高薪資。"
    before = script.simplified_view(sentence)
    assert before == "长照人力严重不足，政府应该提高薪资。"
    others = "".join(chr(cp) for cp in range(0x4E00, 0x4E00 + script._VIEW_MAX + 100))
    script.simplified_view(others)  # (a long text of other characters: the table overflows and starts again)
    assert script.simplified_view(sentence) == before
    assert script.simplified_view("长照人力严重不足。") == "长照人力严重不足。"  # (a negative: Simplified stays)


def test_a_remembered_reader_answers_the_same_after_its_memo_was_emptied():
    # a sentence reader's memo (aspects._remembered) is a document's: its answer must be that of the plain function
    from summarizer import aspects

    sentence = "部分机构设施老化，经费保障缺乏。"
    first = aspects.prose_aspect(sentence)
    pipeline.forget_document_memos()
    assert aspects.prose_aspect(sentence) == first == aspects.prose_aspect.__wrapped__(sentence)
