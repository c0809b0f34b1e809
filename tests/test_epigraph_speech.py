"""A leader's or a classic's quoted words set at an essay's head (an epigraph, often a markdown ``>`` block quote) are
cited, no recommendation of the author's (fix48)."""
from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import epigraph_speech_spans

ESSAY = ("# 关于加强社区养老服务的思考\n\n"
         "> 某某同志强调：“要把养老服务摆在更加突出的位置，加快补齐服务短板。”\n\n"
         "## 一、存在的问题\n\n"
         "1. 护理人员数量不足，专业化水平不高。\n\n"
         "## 二、对策建议\n\n"
         "1. 扩大护理人员培训规模，提高护理人员待遇。\n")


def _recs(text):
    return [p.text for e in summarize_document(text).essays for p in e.recommendations]


def test_epigraph_quote_is_no_recommendation():
    recs = _recs(ESSAY)
    assert not any("摆在更加突出的位置" in r for r in recs)
    assert any("扩大护理人员培训规模" in r for r in recs)


def test_epigraph_spans_only_at_the_head():
    head = "关于养老服务的思考\n某某同志强调：“要加快补齐服务短板。”\n正文第一段。"
    assert epigraph_speech_spans(head) == ((10, head.index("\n正文")),)
    # after prose, a quotation is the essay's own reading of it, not an epigraph
    body = "关于养老服务的思考\n当前养老服务仍有短板。\n某某同志强调：“要加快补齐服务短板。”\n"
    assert epigraph_speech_spans(body) == ()
    # the author's own line with a colon and no speaker's verb
    own = "关于养老服务的思考\n我的建议：“加快补齐服务短板。”\n"
    assert epigraph_speech_spans(own) == ()


def test_epigraph_spans_linear():
    assert_linear(lambda n: epigraph_speech_spans("题目\n" + "某某强调：“" + "要" * n + "”\n"), 20_000, "long epigraph")
    assert_linear(lambda n: epigraph_speech_spans("短行\n" * n), 5_000, "many lines")
