"""The analysed document (summarizer.document.EssayDoc), the stage loop, analyze()/to_summary() and the one
front door for str, bytes and Document input."""

from __future__ import annotations

import pytest

import essays_fixtures as F
import files_fixtures as FF
import summarizer
from summarizer import pipeline
from summarizer.document import EssayDoc
from summarizer.readers import read_bytes
from summarizer.textrank import extract
from summarizer.tokenize import Tokenizer


def test_analyze_fills_every_stage_and_to_summary_gives_summarize():
    essays = summarizer.analyze(F.COLLECTION)
    assert [e.title for e in essays] == ["网格化管理的实践", "数字乡村建设"]
    for e in essays:
        assert len(e.roles) == len(e.structure.items)  # roles are parallel to the items, not keyed by id()
        assert len(e.ranking.scores) == len(e.sentences) == len(e.tokens)
        assert e.body == e.view[e.essay.start:e.essay.end] and len(e.text) == len(e.body)
        assert e.result is not None and e.summary == e.result.summary_sentences
    assert pipeline.to_summary(essays) == summarizer.summarize(F.COLLECTION)
    assert essays[0].document is essays[1].document  # one decoded and cleaned text, shared


def test_to_original_maps_essay_local_offsets_of_a_later_essay():
    second = summarizer.analyze(F.COLLECTION)[1]
    assert second.essay.start > 0
    for s in second.sentences:
        a, b = second.to_original(s.start, s.end)
        assert "".join(F.COLLECTION[a:b].split()) == "".join(s.text.split())
    start, end = second.span
    assert F.COLLECTION[start:end].startswith(second.text[:10])
    with pytest.raises(ValueError):
        second.to_original(0, len(second.text) + 1)


def test_a_point_never_spans_a_page_marker_that_cleaning_cut_out():
    original = "基层治理存在队伍不稳定的问题，人员流动频繁\n· ·54\n导致工作难以持续。"
    essay = summarizer.analyze(original)[0]
    cut = essay.text.index("导致")
    assert essay.exact_end(0, len(essay.text)) <= cut  # past the marker the original slice holds more than the text
    point = essay.point(0, len(essay.text))
    assert "54" not in original[point.start:point.end]
    assert "".join(original[point.start:point.end].split()) == "".join(point.text.split())


#: A descriptive essay (no challenge, no recommendation) of 336 content characters.
NARRATIVE = ("今年春天，市图书馆在老城区新开了一座分馆，馆舍由旧粮仓改建而成。分馆藏书三万余册，以地方文献和少儿读物为主。"
             "开馆首月，分馆接待读者一万两千人次，其中少年儿童约占四成。馆内设有阅览区、自习区和展览区，周末常有读书会和讲座。"
             "旧粮仓的砖木结构得到保留，屋顶加装了采光天窗，室内光线明亮。附近居民多在傍晚来馆，借阅量最高的是历史类图书。"
             "分馆还与周边三所小学合作，每周安排一次集体阅读课。馆员介绍，暑期将推出手工和绘本活动，并延长开放时间。"
             "不少老人把这里当作聊天和看报的去处，馆内因此增设了报刊架和老花镜。新馆开放后，老城区的文化活动明显多了起来。"
             "图书馆的志愿者队伍也在壮大，目前已有六十余人，主要是附近的大学生和退休教师。"
             "分馆的开放时间为每天上午九点至晚上八点，周一闭馆整理书架。")


def test_the_essay_summary_is_the_textrank_of_extract():
    """summarize's summary and textrank.extract run the same rank() and select(): on plain text with no headings,
    no markers and no challenge or recommendation points they pick the same sentences within the same budget."""
    doc = summarizer.summarize(NARRATIVE, summary_chars=60)
    essay = doc.essays[0]
    assert not essay.challenges and not essay.recommendations
    assert pipeline.summary_budget(summarizer.analyze(NARRATIVE, summary_chars=60)[0]) == 60
    picked = [r.text for r in extract(NARRATIVE, budget_chars=60, fill=True)]  # (the budget filled: summary18)
    assert [p.text for p in essay.summary_sentences] == picked


def test_a_short_essays_summary_is_short_and_states_its_challenge_and_recommendation():
    """Issue 8 kind 8: the budget scales with the essay (131 content characters -> 60, not 200) and the summary
    states the essay's challenge and its recommendation rather than only its opening achievement sentence."""
    doc = summarizer.summarize(F.PLAIN)
    essay = doc.essays[0]
    assert pipeline.summary_budget(summarizer.analyze(F.PLAIN)[0]) == 60
    assert len(essay.summary) <= 60
    texts = [p.text for p in essay.summary_sentences]
    # (the connective 但是 that links it to a sentence the summary leaves out is dropped: summary18)
    assert texts == ["改造资金来源单一，主要依赖财政投入，社会资本参与不足。", "应当建立改造后的长效管理机制，明确物业服务责任。"]
    for p in essay.summary_sentences:
        assert F.PLAIN[p.start:p.end] == p.text


def test_a_summary_never_opens_with_an_enumeration_cut_from_its_context():
    """Issue 8 kind 8: ``二是……`` with no subject is not summary material when the essay has other sentences."""
    text = ("当前，社区养老服务供给不足的问题日益突出，老年人的日常照料需求难以得到满足，这是基层治理必须面对的课题。"
            "社区养老服务面临的困难主要有以下几个方面。一是专业护理人员数量少，流动性大；二是服务设施简陋，场地不足；"
            "三是资金来源单一，主要依靠财政补贴。为此，应当加大社区养老服务投入，培养专业护理队伍，并鼓励社会力量参与。")
    essay = summarizer.summarize(text).essays[0]
    assert essay.summary_sentences
    for p in essay.summary_sentences:
        assert not p.text.startswith(("一是", "二是", "三是")), p.text


def test_an_abstract_label_glued_to_its_text_is_not_in_the_summary():
    """A PDF's ``摘要`` line joined to the abstract's first line is a label, not summary text."""
    for label in ("摘要", "【摘要】", "内容提要："):
        text = label + "社区治理是国家治理的基础，本文以某市三个社区为例，分析社区治理中居民参与不足的原因。"
        essay = summarizer.summarize(text).essays[0]
        assert essay.summary == text[len(label):], label
        assert text[essay.summary_sentences[0].start:essay.summary_sentences[0].end] == essay.summary


def test_stage_loop_checks_what_each_stage_returns(monkeypatch):
    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES[:2], ("broken", lambda doc: None)])
    with pytest.raises(TypeError, match="stage 'broken' returned NoneType"):
        summarizer.summarize(F.PLAIN)


def test_stage_times_are_filled_by_the_loop():
    times = pipeline.StageTimes()
    summarizer.summarize(F.COLLECTION, timings=times)
    assert times.decode_clean > 0 and times.structure > 0 and times.tokenize > 0 and times.rank > 0
    assert times.output > 0 and times.extra == {}
    times.add("custom", 0.5)
    assert times.extra == {"custom": 0.5}


class CountingTokenizer(Tokenizer):
    """A tokenizer that records its calls (and drops every word, so every sentence ranks alike)."""

    def __init__(self):
        super().__init__(stopwords=frozenset())
        self.calls = 0

    def content_tokens_by_span(self, text, spans):
        self.calls += 1
        return [[] for _ in spans]


def test_summarize_uses_the_tokenizer_it_is_given():
    tok = CountingTokenizer()
    doc = summarizer.summarize(NARRATIVE, tokenizer=tok, summary_chars=40)
    assert tok.calls == 1
    # no tokens: uniform scores, so the summary is the lead sentence (ties go to the earliest)
    assert doc.essays[0].summary_sentences[0].text == "今年春天，市图书馆在老城区新开了一座分馆，馆舍由旧粮仓改建而成。"
    assert doc.essays[0].summary_sentences[0].score == pytest.approx(1 / 12)  # 12 sentences, uniform


def test_str_bytes_and_document_go_through_one_front_door():
    as_str = summarizer.summarize(FF.ESSAY)
    as_bytes = summarizer.summarize(FF.ESSAY.encode("gb18030"), source="a.txt")
    assert (as_str.format, as_str.encoding) == (None, "utf-8")
    assert (as_bytes.format, as_bytes.encoding, as_bytes.source) == ("text", "gb18030", "a.txt")
    assert as_bytes.essays == as_str.essays
    document = read_bytes(FF.ESSAY.encode("utf-8"), source="b.txt")
    assert summarizer.summarize(document).source == "b.txt"
    assert summarizer.summarize(document, source="c").source == "c"


def test_pdf_bytes_are_read_by_the_pdf_reader():
    pdf = FF.make_pdf([FF.ESSAY_LINES[:4], FF.ESSAY_LINES[4:]])
    doc = summarizer.summarize(pdf)
    text = read_bytes(pdf).text
    assert (doc.format, doc.encoding, doc.chars) == ("pdf", "unicode", len(text))
    for p in doc.essays[0].challenges + doc.essays[0].summary_sentences:
        assert "".join(p.text.split()) in "".join(text[p.start:p.end].split())


def test_other_input_types_are_a_type_error():
    with pytest.raises(TypeError, match="str, bytes or Document"):
        summarizer.summarize(123)  # type: ignore[arg-type]


def test_essay_docs_are_the_stage_contract():
    doc = summarizer.analyze(F.PLAIN)[0]
    assert isinstance(doc, EssayDoc)
    assert [name for name, _ in pipeline.STAGES] == [
        "structure", "sentences", "aspects", "tokens", "textrank", "points", "summary", "keyphrases", "output"]


def test_a_code_line_over_a_chinese_essay_is_not_its_title():
    text = ("module.exports = {\n"
            "基层治理是国家治理的基石。当前，一些社区的工作人员数量不足，难以应对繁重的事务。应当充实社区工作力量，提高待遇。")
    assert summarizer.summarize(text).essays[0].title is None
    text = "社区工作者队伍建设\n" + text.split("\n", 1)[1]
    assert summarizer.summarize(text).essays[0].title == "社区工作者队伍建设"


def test_summarize_takes_a_backend_name_as_tokenizer_and_refuses_other_objects():
    """``tokenizer="jieba"`` reads as the batch API's backend name (it was an AttributeError deep in TextRank);
    an unknown name is a ResourceError, any other object a TypeError naming Tokenizer."""
    from summarizer.errors import ResourceError
    by_name = summarizer.summarize(NARRATIVE, tokenizer="jieba", summary_chars=40)
    by_object = summarizer.summarize(NARRATIVE, tokenizer=Tokenizer(backend="jieba"), summary_chars=40)
    assert by_name.essays[0].summary == by_object.essays[0].summary and by_name.essays[0].summary
    with pytest.raises(ResourceError, match="spacy"):
        summarizer.summarize(NARRATIVE, tokenizer="spacy")
    with pytest.raises(TypeError, match=r"Tokenizer\(backend='jieba'\).*not int"):
        summarizer.summarize(NARRATIVE, tokenizer=3)
