"""speed20 (issue 9): the clause scans rewritten for speed give the values they gave before, on small inputs.

Each function below found its clause marks (or a quotation's opening mark, or an off-diagonal maximum) with a loop
over characters or entries; it now uses one regex scan or C-level iteration. The expected values were computed with
the code before the change (main 395bc04) and read by hand.
"""

import numpy as np

from summarizer import aspects as asp
from summarizer import points
from summarizer.sentences import Sentence, quotation_sentences
from summarizer.textrank import mmr_select


def _texts(text, spans):
    return [text[a:b] for a, b in spans]


def test_framed_problems_items_and_no_separator():
    s = "我们社区仍然面临活动场地严重不足、专业人才持续流失、经费来源不够稳定等问题，需要各方支持。"
    assert points.framed_problems(s) == [(8, 16), (17, 25), (26, 34)]
    assert _texts(s, points.framed_problems(s)) == ["活动场地严重不足", "专业人才持续流失", "经费来源不够稳定"]
    # no 、 in the sentence: no enumeration in any clause (since nested33 a ，-separated list closed by 等+noun is one)
    assert points.framed_problems("我们社区仍然面临活动场地严重不足等问题。") == []
    assert points.framed_problems("我们社区仍然面临活动场地严重不足的问题。需要支持") == []
    assert _texts("我们社区仍然面临活动场地严重不足，专业人才持续流失等问题。", points.framed_problems(
        "我们社区仍然面临活动场地严重不足，专业人才持续流失等问题。")) == ["活动场地严重不足", "专业人才持续流失"]


def test_framed_problems_clause_after_colon_with_yiji():
    s = "居民反映：小区存在停车位严重紧张、路灯长期损坏以及垃圾清运不及时等问题；物业回应迟缓。"
    assert _texts(s, points.framed_problems(s)) == ["停车位严重紧张", "路灯长期损坏", "垃圾清运不及时"]


def test_semicolon_measures_parts():
    s = "为此，建议加强社区队伍建设，提高服务能力；完善经费保障机制，拓宽资金来源；健全考核评价办法。"
    assert points.semicolon_measures(s) == [(5, 20), (21, 36), (37, 45)]


def test_last_clause():
    assert asp._last_clause("经费不足，人员短缺；场地也不够……") == "场地也不够"
    assert asp._last_clause("没有任何标点的一句话") == "没有任何标点的一句话"
    assert asp._last_clause("，。") == ""


def test_cue_window_cut_at_clause_marks():
    t = "会议定于10:30开始，由于社区人员长期不足，加上经费来源单一，因而基层服务能力明显不足，群众办事仍然不便，希望尽快解决。"
    a, b = points.cue_window(t, 0, len(t), asp.CHALLENGE, 30)
    assert (a, b) == (34, 60)
    assert t[a:b] == "基层服务能力明显不足，群众办事仍然不便，希望尽快解决"


def test_enumeration_items_clause_with_most_separators():
    e = "社区要规范内部治理、做好信息公开、增强公众沟通，提升服务水平。"
    assert _texts(e, points.enumeration_items(e, 0, len(e), asp.RECOMMENDATION, 60)) == [
        "社区要规范内部治理", "做好信息公开", "增强公众沟通"]


def test_quotation_sentences_split_speech():
    q = "他说：“社区人手不够。经费也很紧张。我们希望增加投入。”"
    got = [(s.start, s.end, s.text, i) for s, i in quotation_sentences([Sentence(0, 0, len(q), q, "sentence")])]
    assert got == [(0, 11, "他说：“社区人手不够。", 0), (11, 18, "经费也很紧张。", 0), (18, 27, "我们希望增加投入。", 0)]
    plain = "没有引号的一句话。"
    assert [(s.start, s.end, i) for s, i in quotation_sentences([Sentence(0, 0, len(plain), plain, "sentence")])] == [
        (0, len(plain), 0)]


def test_mmr_plain_scales_by_largest_off_diagonal_entry():
    # the largest off-diagonal entry (2.0) scales the matrix: items 0 and 1 become duplicates (1.0)
    sim = np.array([[1.0, 2.0, 0.5], [2.0, 1.0, 0.0], [0.5, 0.0, 1.0]])
    assert mmr_select([0.5, 0.3, 0.2], sim, k=2) == [0, 2]
    assert mmr_select([0.5], np.array([[1.0]]), k=2) == [0]


def test_news_frame_search_at_start_and_after_comma():
    # the frame's search tries the string's start and the positions after a comma alone: the same matches
    frame = asp._news_frame_re()

    def found(s):
        m = frame.search(s)
        return None if m is None else (m.span(), m.group("who"), m.group("verb"), m.group("crit"))

    assert found("社联代表李先生指出，社区人手不足。") == ((0, 10), "社联代表李先生", "指出", None)
    assert found("他又表示：「会跟进。」") == ((0, 5), "他", "表示", None)
    assert found("该会昨日发表报告，批评条例存在漏洞，要求修订。") == ((9, 11), None, None, "批评")
    assert found("社区人手不足，经费紧张。") is None
    # with a start position: the pattern's own search
    assert frame.search("该会昨日发表报告，批评条例存在漏洞", 3).span() == (9, 11)


def test_cue_pattern_searches_as_its_embedded_form():
    # the methods run the plain alternation; .pattern (embedded by other patterns) keeps the lookahead form; both
    # find the same spans
    import re

    pat = asp.cue_pattern("modal")
    assert pat.pattern.startswith("(?=[")
    embedded = re.compile(pat.pattern)
    for text in ("我们应当加强监管，也要进一步完善制度。", "没有任何提示词", "必须、需要和应该"):
        assert [m.span() for m in pat.finditer(text)] == [m.span() for m in embedded.finditer(text)]
        assert (pat.search(text) is None) == (embedded.search(text) is None)
    assert pat.search("我们应当加强监管").group() == "应当"
    assert pat.match("应当加强") is not None and pat.match("我们应当") is None
