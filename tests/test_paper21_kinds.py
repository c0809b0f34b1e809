"""Failure kinds of journal papers converted from PDF to markdown (a ChinaXiv-like layout: title, authors, a
``摘要…`` line with the label glued to its text, a ``关键词…`` line, numbered ``# 1引言`` / ``# 2.1…`` headings), each
on a text written for the test (none copies a corpus string).

1. The abstract and the introduction of a paper motivate the study (the state of a field, its general difficulties):
   their sentences were read as the paper's problems and measures. When the body states at least
   :data:`summarizer.points.PAPER_BODY_POINTS` points of an aspect, the abstract's and the introduction's points of
   that aspect are dropped, and so are those of its closing section (``# 5结语``, ``结论``: it restates the body; not
   ``结论与建议``) (:func:`summarizer.points.paper_background_spans`,
   ``points._paper_background_points``); a paper whose body states none keeps them, without a glued ``摘要`` label.
2. A heading cut by the converter's line break (``# （2）加强基层管理与群众参与`` ⏎⏎ ``的有机结合。…``) stood alone and its
   last words opened the paragraph after it: a line that opens with the particle 的 (not ``的确``) continues the line
   before it (:func:`summarizer.clean.continued_line`, in ``clean._join_lines``).
3. A measure item whose body divides its measure among actors (``从县级层面来讲，需要…；同时加大…``) gave only its
   heading: a body with a sentence that opens with a perspective frame (``points._PERSPECTIVE_FRAME``: 从/就/对于 …
   层面/角度/方面/视角 + 来讲/来看/而言…) is read like a dimension label's body (``points._label_body_measures``, from
   ``points._body_measures``); a body without one still only elaborates its heading.
4. A result sentence that cites a table or a figure (``…两种方法得出不同的结果（表3）``) in a problem section was a
   challenge: one that states no shortcoming is dropped (``points._figure_result_points``, ``points._FIGURE_CITE``);
   one that does (``水位持续下降（图2）``) stays.
"""

from __future__ import annotations


import summarizer.points as pts
from summarizer.clean import continued_line
from summarizer.pipeline import summarize
from summarizer.schema import SummarizeOptions
from costs import assert_linear


# (selon44: these kinds pin the rules' and the linear model's reading: the sentence selector, on by default, is off here)
def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text, options=SummarizeOptions(sentence_selector=False)).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


PAPER = (
    "# 山区小型水库运行管理的问题与对策\n\n"
    "张明1 李华2\n\n"
    "1某某大学水利学院 某市 100000\n\n"
    "摘要山区小型水库的安全隐患已经严重威胁下游群众的生命财产安全。近年来各地投入大量资金进行除险加固，然而水库病险问题"
    "并没有得到根本解决，这一现状使人们不得不重新审视水库管理存在的问题。文章分析了运行管理中的问题，提出了对策。\n\n"
    "关键词小型水库，运行管理，对策\n\n"
    "# 1引言\n\n"
    "我国小型水库大多建于上世纪，工程老化严重，引发了一系列安全和生态问题。然而现有的管理手段都不能很好地解决水库老化带来的"
    "问题。\n\n"
    "# 2小型水库运行管理存在的问题\n\n"
    "# 2.1管护经费长期不足\n\n"
    "多数水库的维修费用依靠乡镇自筹。\n\n"
    "# 2.2专业管理人员严重缺乏\n\n"
    "水库管理员多为兼职的村民。\n\n"
    "# 3对策和建议\n\n"
    "# （1）建立稳定的管护经费保障机制\n\n"
    "# （2）加强对管理人员的专业培训\n"
)


def test_paper_background_spans_cover_abstract_and_introduction():
    text = ("摘要研究背景的句子。\n关键词甲，乙\n1引言\n引言里的句子。\n2问题分析\n正文的句子。")
    spans = pts.paper_background_spans(text)
    assert spans == [(0, text.index("\n1引言")), (text.index("1引言"), text.index("2问题分析"))]
    assert text[spans[1][0]:spans[1][1]] == "1引言\n引言里的句子。\n"


def test_no_keyword_line_is_no_paper():
    # an essay that opens with a 摘要 paragraph but has no keyword line is not read as a paper (negative)
    assert pts.paper_background_spans("摘要这是一段摘要。\n1引言\n正文。") == []
    assert pts.paper_background_spans("普通的文章，没有摘要。") == []


def test_paper_abstract_and_introduction_give_no_points():
    challenges, recommendations = _points(PAPER)
    assert challenges == ["管护经费长期不足", "专业管理人员严重缺乏"]
    assert recommendations == ["建立稳定的管护经费保障机制", "加强对管理人员的专业培训"]


def test_paper_abstract_points_kept_when_the_body_states_too_few(monkeypatch):
    # the same paper with a body threshold it does not reach: the abstract's shortcomings stay (what the rule drops)
    monkeypatch.setattr(pts, "PAPER_BODY_POINTS", 99)
    challenges, _ = _points(PAPER)
    assert challenges[:2] == ["水库病险问题并没有得到根本解决", "这一现状使人们不得不重新审视水库管理存在的问题"]


def test_paper_with_no_body_points_keeps_its_abstract_without_the_label():
    # the body states no problem: the abstract's problem stays, its glued label removed (negative of the drop)
    text = ("# 某县供水调查\n\n摘要某县农村供水管网老化严重，漏损率高。\n\n关键词供水，农村\n\n"
            "# 1调查对象\n\n调查覆盖了全县十个乡镇。\n")
    challenges, _ = _points(text)
    assert challenges and not any(c.startswith("摘要") for c in challenges)
    assert any("供水管网老化严重" in c for c in challenges)


def test_paper_background_spans_linear():
    big = "摘要" + "这是一句很长的摘要，" * 10000 + "\n关键词甲\n1引言\n" + "背景。\n" * 10000
    spans = pts.paper_background_spans(big)
    assert len(spans) == 2 and spans[1][1] == len(big)
    assert pts.paper_background_spans("句。" * 50000 + "\n") == []
    assert_linear(lambda n: pts.paper_background_spans("摘要" + "这是一句很长的摘要，" * n + "\n关键词甲\n1引言\n"
                                                       + "背景。\n" * n), 10000, "an abstract and a background")
    assert_linear(lambda n: pts.paper_background_spans("句。" * n + "\n"), 50000, "no paper")


def test_continued_line_opens_with_de():
    assert continued_line("的有机结合。从县级层面来讲，需要制定制度。")
    assert not continued_line("的确，这个问题很突出。")  # 的确 opens a sentence (negative)
    assert not continued_line("的")
    assert not continued_line("目的是提高效率。")


def test_heading_cut_before_de_is_joined():
    text = ("# 3对策和建议\n\n# （1）建立稳定的管护经费保障机制\n\n# （2）加强基层管理与群众参与\n\n"
            "的有机结合。乡镇要定期组织巡查。\n")
    _, recommendations = _points(text)
    assert recommendations == ["建立稳定的管护经费保障机制", "加强基层管理与群众参与的有机结合"]
    essay = summarize(text).essays[0]
    p = essay.recommendations[1]
    assert (p.start, p.end) == (text.index("加强基层"), text.index("。乡镇"))


def test_heading_before_a_de_que_paragraph_stays_alone():
    # a heading before a paragraph that opens with 的确 is not glued to it (negative)
    text = ("# 3对策和建议\n\n# （1）建立稳定的管护经费保障机制\n\n# （2）加强基层管理与群众参与\n\n"
            "的确，这是最难的一步。\n")
    _, recommendations = _points(text)
    assert recommendations == ["建立稳定的管护经费保障机制", "加强基层管理与群众参与"]


MEASURES = (
    "# 3对策和建议\n\n"
    "# （1）建立稳定的管护经费保障机制\n\n"
    "# （2）加强基层管理与群众参与\n\n"
    "的有机结合。从县级层面来讲，需要制定合理的管护制度，明确水库管理责任。同时加大对管理员的培训投资，使其掌握巡查技能。\n"
)


def test_perspective_framed_body_gives_its_measures():
    _, recommendations = _points(MEASURES)
    assert recommendations == ["建立稳定的管护经费保障机制", "加强基层管理与群众参与的有机结合",
                               "需要制定合理的管护制度，明确水库管理责任", "加大对管理员的培训投资，使其掌握巡查技能"]


def test_body_without_perspective_frame_elaborates_its_heading():
    # the same body without the frame: the heading's elaboration, no points of its own (negative)
    _, recommendations = _points(MEASURES.replace("从县级层面来讲，", "县里"))
    assert recommendations == ["建立稳定的管护经费保障机制", "加强基层管理与群众参与的有机结合"]


def test_perspective_frame_pattern():
    assert pts._PERSPECTIVE_FRAME.search("。从政府层面来讲，需要制定政策。")
    assert pts._PERSPECTIVE_FRAME.search("从企业角度看，应当加强自律。")
    assert not pts._PERSPECTIVE_FRAME.search("。从它们的合作形式上看，两者相互独立。")  # no level noun (negative)
    assert not pts._PERSPECTIVE_FRAME.search("数据显示，从政府层面来讲，这是难题。")  # not at a sentence start
    assert not pts._PERSPECTIVE_FRAME.search("从" * 100000)
    assert_linear(lambda n: pts._PERSPECTIVE_FRAME.search("从" * n), 100000, "one preposition repeated")


CLOSING = "\n\n# 4结语\n\n当前小型水库的管理仍然不能很好地解决安全隐患问题，亟需新的技术手段。\n"


def test_paper_closing_section_gives_no_points():
    challenges, recommendations = _points(PAPER + CLOSING)
    assert challenges == ["管护经费长期不足", "专业管理人员严重缺乏"]
    assert recommendations == ["建立稳定的管护经费保障机制", "加强对管理人员的专业培训"]
    text = PAPER + CLOSING
    spans = pts.paper_background_spans(text)
    assert spans[-1] == (text.index("# 4结语"), len(text))


def test_conclusions_and_proposals_section_is_no_closing_restatement():
    # 结论与建议 proposes: it is not read as the closing restatement (negative)
    text = PAPER + CLOSING.replace("4结语", "4结论与建议")
    assert len(pts.paper_background_spans(text)) == 2


def test_figure_result_sentence_is_no_challenge():
    # a problem heading over a result sentence citing a table: the heading is the point, the result is not
    text = PAPER.replace("# 2.2专业", "# 2.2 高估了水库的蓄水能力\n\n基于设计库容的估算是目前应用最广的方法。"
                                       "基于实测库容的评估方法得出不同的结果（表3）。\n\n# 2.3专业")
    challenges, _ = _points(text)
    assert challenges == ["管护经费长期不足", "高估了水库的蓄水能力", "专业管理人员严重缺乏"]


def test_figure_cite_with_a_shortcoming_stays():
    text = "地下水位持续下降（图2），超采严重。"
    out = {"challenge": [pts.RawPoint("challenge", 0, text.index("。"), 0.0)], "recommendation": []}
    pts._figure_result_points(text, out)
    assert len(out["challenge"]) == 1  # a shortcoming with a figure citation (negative)
    text = "基于两种方法的评估得出不同的结果（表2）。"
    out = {"challenge": [pts.RawPoint("challenge", 0, text.index("。"), 0.0)],
           "recommendation": [pts.RawPoint("recommendation", 0, text.index("。"), 0.0)]}
    pts._figure_result_points(text, out)
    assert out["challenge"] == [] and len(out["recommendation"]) == 1  # (challenges only)
