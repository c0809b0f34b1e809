"""The essay summary (issue 9's lead-k bullet, issue 8 kind 8; trial17 F8, F9): the budget filled, headings no summary
sentences, the document's purpose first, linking connectives dropped. Texts written for these tests."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import pipeline
from summarizer.points import unlinked_start
from summarizer.textrank import mmr_select

REPORT = """关于我区社区食堂运营情况的调研报告

今年以来，区政协调研组走访了八个街道，对社区食堂运营情况开展了专题调研。现将有关情况报告如下。

一、存在的问题

（一）运营成本偏高。社区食堂大多租用临街商铺，租金和人工成本逐年上涨。但老年人就餐价格不能随意提高，多数食堂长期处于亏损状态。

（二）服务覆盖不足。现有食堂主要集中在老城区。然而新建小区和城郊社区普遍没有食堂，行动不便的老人难以按时就餐。

二、对策建议

（一）加大运营补贴力度。补贴是食堂持续运营的保障。建议按照就餐人次给予运营补贴，对微利运营的食堂适当提高补贴标准。

（二）扩大服务覆盖范围。建议在新建小区配套建设社区食堂，并为行动不便的老人提供送餐上门服务。
"""

NOTICE = """某市人民政府办公室关于开展城市道路交通秩序专项整治的通知

各区人民政府，市政府各部门：

为切实改善城市道路通行环境，经市政府研究，决定在全市开展为期两个月的道路交通秩序专项整治。现将有关事项通知如下。

一、整治内容

（一）整治违法停车。重点清理主干道两侧和学校周边的违法停放车辆。

（二）整治占道施工。对未经审批占用道路施工的单位依法查处。

二、工作要求

（一）明确责任分工。各区要成立专项整治工作组，主要负责同志靠前指挥。

（二）加强督查通报。市督查室每周通报整治进度，对进展缓慢的区进行约谈。
"""


def _sentences(text: str, **options) -> list:
    doc = summarizer.summarize(text, **options)
    assert len(doc.essays) == 1
    return doc.essays[0].summary_sentences


def _offsets_exact(text: str, sentences) -> None:
    for p in sentences:
        assert text[p.start:p.end] == p.text


# ---------------------------------------------------------------------------------------------- budget fill


def test_mmr_fill_skips_what_does_not_fit_and_takes_the_next_that_does():
    scores = [0.5, 0.3, 0.2]
    sim = [[0.0] * 3 for _ in range(3)]
    assert mmr_select(scores, sim, lengths=[10, 50, 10], budget=25) == [0]  # stops at the 50 characters
    assert mmr_select(scores, sim, lengths=[10, 50, 10], budget=25, fill=True) == [0, 2]


def test_mmr_fill_on_the_numpy_path_picks_the_same_as_the_plain_one():
    n = 60  # more than the plain path's 48 items
    scores = [1.0 / (i + 1) for i in range(n)]
    sim = [[0.0] * n for _ in range(n)]
    lengths = [40 if i % 2 else 10 for i in range(n)]
    # in rank order: 0 (10), 1 (40: 50 > 45, skipped), 2 (20), 3 skipped, 4 (30), 5 skipped, 6 (40), then none fits
    picked = mmr_select(scores, sim, lengths=lengths, budget=45, fill=True)
    assert picked == [0, 2, 4, 6]
    small = mmr_select(scores[:40], [row[:40] for row in sim[:40]], lengths=lengths[:40], budget=45, fill=True)
    assert small == picked


def test_mmr_starts_from_the_chosen_items():
    scores = [0.5, 0.3, 0.2, 0.1]
    sim = [[0.0] * 4 for _ in range(4)]
    # item 3 is already in the summary: its 20 characters count, and the best that still fit are added
    assert mmr_select(scores, sim, lengths=[30, 10, 10, 20], budget=45, fill=True, chosen=[3]) == [1, 2, 3]
    with pytest.raises(ValueError):
        mmr_select(scores, sim, lengths=[30, 10, 10, 20], budget=45, chosen=[4])


def test_the_essay_summary_fills_its_budget():
    text = ("市图书馆今年新建了三个社区分馆。分馆设在居民小区的活动中心里，每天开放十个小时。"
            "社区分馆的图书与总馆通借通还，居民凭读者证就能借阅。分馆开馆以来，借阅人次已经超过两万。"
            "不少老人和孩子成了社区分馆的常客。")
    sentences = _sentences(text, summary_chars=60)
    assert sum(len(p.text) for p in sentences) <= 60
    # the first picks leave room: a sentence that fits is added rather than stopping at the one that does not
    assert len(sentences) >= 2
    _offsets_exact(text, sentences)


# ---------------------------------------------------------------------------------- headings and purpose


def test_a_report_opens_its_summary_with_its_purpose_and_takes_no_heading():
    sentences = _sentences(REPORT)
    texts = [p.text for p in sentences]
    assert texts[0] == "今年以来，区政协调研组走访了八个街道，对社区食堂运营情况开展了专题调研。"
    headings = {"运营成本偏高。", "运营成本偏高", "服务覆盖不足", "加大运营补贴力度", "扩大服务覆盖范围"}
    assert not headings & set(texts)
    assert "现将有关情况报告如下。" not in texts  # a lead-in only announces what follows
    _offsets_exact(REPORT, sentences)


def test_a_notice_opens_its_summary_with_its_decision():
    sentences = _sentences(NOTICE)
    assert sentences[0].text == "为切实改善城市道路通行环境，经市政府研究，决定在全市开展为期两个月的道路交通秩序专项整治。"
    assert all(p.text not in ("整治违法停车。", "整治违法停车", "明确责任分工") for p in sentences)
    _offsets_exact(NOTICE, sentences)


def test_a_decision_glued_to_its_lead_in_is_cut_before_the_lead_in():
    text = NOTICE.replace("专项整治。现将有关事项通知如下。", "专项整治，现将有关事项通知如下：")
    sentences = _sentences(text)
    assert sentences[0].text == "为切实改善城市道路通行环境，经市政府研究，决定在全市开展为期两个月的道路交通秩序专项整治"
    _offsets_exact(text, sentences)


def test_lead_in_sentences():
    assert pipeline.lead_in("现将有关情况报告如下。")
    assert pipeline.lead_in("具体安排如下：")
    assert not pipeline.lead_in("如下几个方面的工作已经完成。")
    assert not pipeline.lead_in("")


def test_a_heading_point_is_stated_by_its_sections_body():
    doc = summarizer.analyze(REPORT)[0]
    candidates = pipeline._summary_candidates(doc)
    hosting = pipeline._aspect_sentences(doc, candidates)
    body = doc.body
    challenge_hosts = {doc.sentences[i].text for i in hosting["challenge"]}
    # the body of （一）运营成本偏高。 hosts the heading's point; the heading itself is no candidate
    assert "社区食堂大多租用临街商铺，租金和人工成本逐年上涨。" in challenge_hosts
    assert all("运营成本偏高" not in t for t in challenge_hosts)
    assert body  # (essay-local offsets)


# -------------------------------------------------------------------------------------- linking connectives


def _opening(text: str, sentence_start: str) -> str:
    doc = summarizer.analyze(text)[0]
    s = next(s for s in doc.sentences if s.text.startswith(sentence_start))
    return doc.body[unlinked_start(doc.body, s.start, s.end, doc.tokenizer.cut):s.end]


def test_a_connective_to_a_sentence_left_out_is_dropped():
    text = "社区食堂大多租用临街商铺，租金逐年上涨。但老年人就餐价格不能随意提高，多数食堂亏损。此外，食堂的厨师也难以招聘。"
    assert _opening(text, "但老年人") == "老年人就餐价格不能随意提高，多数食堂亏损。"
    assert _opening(text, "此外") == "食堂的厨师也难以招聘。"


def test_a_word_that_only_begins_like_a_connective_stays():
    text = "食堂的价格不高。不过是一顿便饭，老人们却吃得很开心。但凡有空，志愿者都会来帮忙。另外一个问题是人手不足。"
    assert _opening(text, "不过是") == "不过是一顿便饭，老人们却吃得很开心。"
    assert _opening(text, "但凡") == "但凡有空，志愿者都会来帮忙。"
    assert _opening(text, "另外一个") == "另外一个问题是人手不足。"


def test_the_summary_keeps_a_connective_after_its_own_sentence_and_maps_offsets():
    text = ("某县去年建成了十个村级养老服务站。服务站由村委会管理，提供午餐和日间照料。"
            "但多数服务站缺少专业护理人员，老人的康复需求难以满足。建议县里组织护理人员定期下乡服务。")
    alone = _sentences(text, summary_chars=40)
    assert [p.text for p in alone] == ["多数服务站缺少专业护理人员，老人的康复需求难以满足。"]
    assert alone[0].start == text.index("多数服务站")
    with_before = _sentences(text, summary_chars=60)  # the sentence it links to is in the summary: 但 stays
    assert [p.text for p in with_before] == ["服务站由村委会管理，提供午餐和日间照料。",
                                             "但多数服务站缺少专业护理人员，老人的康复需求难以满足。"]
    _offsets_exact(text, alone + with_before)


def test_connective_dropping_is_linear_on_a_long_run():
    text = "但" * 100_000 + "。"
    doc = summarizer.summarize(text)
    assert doc.essays


def test_a_question_or_a_bare_filler_does_not_fill_the_budget():
    text = ("社区食堂大多租用临街商铺，租金和人工成本逐年上涨。那么该怎么办呢？请见谅。"
            "建议按照就餐人次给予运营补贴，对微利运营的食堂适当提高补贴标准。")
    doc = summarizer.analyze(text)[0]
    fills = {s.text: pipeline._fills(doc, i) for i, s in enumerate(doc.sentences)}
    assert fills == {"社区食堂大多租用临街商铺，租金和人工成本逐年上涨。": True, "那么该怎么办呢？": False, "请见谅。": False,
                     "建议按照就餐人次给予运营补贴，对微利运营的食堂适当提高补贴标准。": True}
    texts = [p.text for p in _sentences(text, summary_chars=100)]
    assert "那么该怎么办呢？" not in texts and "请见谅。" not in texts
