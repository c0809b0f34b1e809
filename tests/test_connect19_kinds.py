"""connect19: one reader of linking connectives for points and summary sentences, on texts written for the test.

1. :func:`summarizer.points.unlinked_start` is the one reader: a connective with its comma (``theme_generic.txt``'s
   ``connective`` group), an ordinal with its comma, then at most one connective with no comma that the tokenizer
   reads as the first word (``cues.txt``'s ``linking_connective_bare``). A point also drops a time frame with its
   comma (``time_frame``: ``目前，``); a summary sentence keeps it (it says when, it links to nothing before).
2. The summary's budget fill (``select(..., fill=True)``) takes only statements that end as one (not a fragment a
   break cut, a heading or a list's link: :func:`summarizer.pipeline._fills`) and prefers those that read alone: a
   sentence that opens with a back-reference (``cues.txt``'s ``back_reference``: ``这些问题…`` ``上述…``, also after a
   linking connective) to a sentence the summary leaves out only fills what the others leave
   (:func:`summarizer.pipeline._refers_back`).
"""

from __future__ import annotations


import summarizer
from summarizer import pipeline
from summarizer.points import unlinked_start
from summarizer.tokenize import get_tokenizer
from costs import assert_linear


def _rest(text: str, *, frames: bool = False, with_cut: bool = True) -> str:
    cut = get_tokenizer().cut if with_cut else None
    return text[unlinked_start(text, 0, len(text), cut, frames=frames):]


def test_a_run_of_comma_connectives_then_one_bare_connective_is_dropped():
    assert _rest("此外，同时要加强养老服务人才培养") == "要加强养老服务人才培养"
    assert _rest("第四，同时要畅通群众反映问题的渠道") == "要畅通群众反映问题的渠道"
    assert _rest("因而造成资金严重不足") == "造成资金严重不足"
    assert _rest("于是，居民纷纷投诉物业") == "居民纷纷投诉物业"
    # without the tokenizer only the comma forms are read
    assert _rest("此外，同时要加强养老服务人才培养", with_cut=False) == "同时要加强养老服务人才培养"
    # offsets are into the text given, from ``start``
    text = "老人就餐难。但社区食堂的租金逐年上涨"
    assert unlinked_start(text, 6, len(text), get_tokenizer().cut) == 7


def test_a_connective_that_is_the_sentences_own_word_stays():
    # a second bare connective is the sentence's own adverb (到来的是 what came at that time)
    assert _rest("然而与此同时到来的是严重的拥堵问题") == "与此同时到来的是严重的拥堵问题"
    # a longer word that only begins like a connective; a comma-list word without its comma
    for text in ("但凡有空志愿者都会来帮忙", "而是要加强人才培养", "不过是一顿便饭而已", "同时期的农村养老服务",
                 "另外一个问题是人手不足", "最后一次检查发现问题", "长期以来形成的惯性思维难以打破"):
        assert _rest(text, frames=True) == text
    # too little would be left
    assert _rest("对此，应改") == "对此，应改"
    assert _rest("同时，要改") == "同时，要改"


def test_a_time_frame_is_dropped_from_a_point_not_from_a_summary_sentence():
    assert _rest("目前，监管部门众多，责任不清", frames=True) == "监管部门众多，责任不清"
    assert _rest("目前，监管部门众多，责任不清") == "目前，监管部门众多，责任不清"
    assert _rest("近年来，此外，资金不足", frames=True) == "资金不足"
    text = ("社区食堂的运营难题。很多老人表示饭菜口味不错。首先，社区食堂大多租用临街商铺，租金逐年上涨。"
            "其次，社区食堂的厨师难以招聘。近年来，各地社区食堂陆续获得了运营补贴。")
    summary = summarizer.summarize(text, summary_chars=30).essays[0].summary_sentences
    # the sentence before 近年来 is left out, and the time frame stays
    assert [(p.text, p.start) for p in summary] == [("社区食堂的运营难题。", 0),
                                                    ("近年来，各地社区食堂陆续获得了运营补贴。", 61)]


def test_an_ordering_connective_to_a_sentence_left_out_is_dropped_from_the_summary():
    text = ("老旧小区改造工作稳步推进。居民对新装的电梯普遍表示满意。其次，老旧小区普遍缺少停车位，居民停车难。"
            "近年来，各区陆续出台了老旧小区改造补贴政策。")
    alone = summarizer.summarize(text, summary_chars=30).essays[0]
    assert [(p.text, p.start) for p in alone.summary_sentences] == [("老旧小区普遍缺少停车位，居民停车难。", 31)]
    assert [(p.text, p.start) for p in alone.challenges] == [("老旧小区普遍缺少停车位，居民停车难", 31)]
    # the sentence it links to is in the summary: 其次 stays
    with_before = summarizer.summarize(text, summary_chars=50).essays[0].summary_sentences
    assert [p.text for p in with_before] == ["老旧小区改造工作稳步推进。", "居民对新装的电梯普遍表示满意。",
                                             "其次，老旧小区普遍缺少停车位，居民停车难。"]


def test_a_point_drops_a_time_frame_and_a_connective_with_exact_offsets():
    essay = ("食品安全监管的问题与对策\n\n一、存在的问题\n"
             "目前，食品安全监管部门众多，责任不清。\n此外，同时基层监管人员严重不足。\n\n"
             "二、对策建议\n要明确各监管部门的职责分工。\n")
    out = summarizer.summarize(essay).essays[0]
    assert [p.text for p in out.challenges] == ["食品安全监管部门众多，责任不清", "基层监管人员严重不足"]
    for p in out.challenges + out.recommendations:
        assert essay[p.start:p.end] == p.text


def test_the_reader_is_linear_on_long_runs():
    cut = get_tokenizer().cut
    text = "此外，" * 50_000 + "农村养老服务供给不足"
    assert unlinked_start(text, 0, len(text), cut) == len(text) - 10
    text = "但" * 100_000
    assert unlinked_start(text, 0, len(text), cut) == 1  # (one bare connective at most)
    text = "第一，" * 30_000 + "同时" * 30_000
    assert unlinked_start(text, 0, len(text), cut, frames=True) == 90_002

    def run(make, frames=False):
        return lambda n: unlinked_start(make(n), 0, len(make(n)), cut, frames=frames)

    assert_linear(run(lambda n: "此外，" * n + "农村养老服务供给不足"), 3_000, "a run of connectives")
    assert_linear(run(lambda n: "但" * n), 6_000, "one connective character repeated")
    assert_linear(run(lambda n: "第一，" * n + "同时" * n, frames=True), 2_000, "frames then connectives")


# ------------------------------------------------------------------------ 2. the summary's fill reads alone

# (a rent stated as a figure, no challenge: rising costs, 成本逐年上涨, would be one, and the summary states it first)
FILL_TEXT = ("社区食堂是老年人就餐的好去处。社区食堂大多租用临街商铺，每月要付两万元租金。很多老人每天都来吃午饭。"
             "这些问题让不少食堂难以为继。各地陆续出台了社区食堂的运营补贴政策。")


def _summary(text: str, chars: int) -> list[str]:
    return [p.text for p in summarizer.summarize(text, summary_chars=chars).essays[0].summary_sentences]


def test_the_fill_prefers_a_sentence_that_reads_alone_to_a_back_reference():
    # (the ranking's next filler was 这些问题让…, whose problems the summary leaves out)
    assert _summary(FILL_TEXT, 30) == ["社区食堂是老年人就餐的好去处。", "很多老人每天都来吃午饭。"]
    doc = summarizer.analyze(FILL_TEXT)[0]
    back = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("这些问题"))
    assert pipeline._refers_back(doc, back, {0})
    assert not pipeline._refers_back(doc, back, {back - 1})  # its sentence before is in the summary
    assert not any(pipeline._refers_back(doc, i, {0}) for i in range(len(doc.sentences)) if i != back)


def test_a_back_reference_after_a_linking_connective_still_refers_back():
    doc = summarizer.analyze("出生人口连续五年下降。专家认为还会继续下降。而这只是人口大幅萎缩的开始。")[0]
    assert [pipeline._refers_back(doc, i, set()) for i in range(3)] == [False, False, True]


def test_a_back_reference_fills_what_no_sentence_that_reads_alone_can():
    text = ("社区食堂是老年人就餐的好去处。社区食堂大多租用临街商铺，每月要付两万元租金。"
            "老人们对饭菜的口味评价很高，每天都来吃午饭。上述情况在各区都很普遍。各地陆续出台了社区食堂的运营补贴政策。")
    # 15 characters are left after the first sentence: only 上述情况… fits them
    assert _summary(text, 30) == ["社区食堂是老年人就餐的好去处。", "上述情况在各区都很普遍。"]


def test_a_fragment_or_a_link_line_never_fills_the_budget():
    text = ("社区食堂是老年人就餐的好去处。社区食堂大多租用临街商铺，租金和人工成本逐年上涨。\n•更多社区服务资讯\n"
            "各地陆续出台了社区食堂的运营补贴政策。")
    assert _summary(text, 50) == ["社区食堂是老年人就餐的好去处。", "社区食堂大多租用临街商铺，租金和人工成本逐年上涨。"]
    doc = summarizer.analyze("社区食堂的租金逐年上涨。\n\n部分食堂对补贴政策了解不深，没有\n\n食堂的厨师难以招聘；\n"
                             "食堂的营业收入增长.\n食堂的营业收入明显增长…")[0]
    assert {s.text.strip(): pipeline._fills(doc, i) for i, s in enumerate(doc.sentences)} == {
        "社区食堂的租金逐年上涨。": True, "部分食堂对补贴政策了解不深，没有": False, "食堂的厨师难以招聘；": True,
        "食堂的营业收入增长.": True, "食堂的营业收入明显增长…": False}
