"""Leftover kinds of the Part 11 round (issue 8), each on a text written for the test.

1. A point that opens with a connective that links it to the sentence before (``同时引导…``, ``此外还有…``) or with an
   ordinal of a list it is no longer in (``第四，要畅通…``) starts after it (offsets exact), by the summary's one rule
   (:func:`summarizer.pipeline._unlinked_start`) and :func:`summarizer.points.ordinal_lead_end`; a word the tokenizer
   reads as part of a longer one (``而是``, ``但凡``) stays.
"""

from __future__ import annotations

from summarizer import summarize
from summarizer.points import ordinal_lead_end


def _points(text: str):
    essay = summarize(text).essays[0]
    return essay.challenges, essay.recommendations


def test_an_ordinal_with_its_comma_opens_no_point():
    text = "第四，要畅通群众反映问题的渠道"
    assert text[ordinal_lead_end(text, 0, len(text)):] == "要畅通群众反映问题的渠道"
    text = "其五，社区服务人员流动性大"
    assert text[ordinal_lead_end(text, 0, len(text)):] == "社区服务人员流动性大"
    # no comma: 第四季度 is the point's own word; too little left: unchanged
    text = "第四季度社区服务人员流动性大"
    assert ordinal_lead_end(text, 0, len(text)) == 0
    text = "第四，要改"
    assert ordinal_lead_end(text, 0, len(text)) == 0


def test_a_point_opening_with_a_bare_linking_connective_starts_after_it():
    essay = ("老旧小区改造的难点与对策\n\n一、存在的问题\n"
             "老旧小区普遍缺少停车位。此外还有不少楼道照明设施年久失修的问题。\n\n"
             "二、对策建议\n"
             "要加大财政投入力度，科学编制改造计划。\n同时引导社会资本参与小区改造和运营，建立长效管护机制。\n"
             "第四，要畅通居民反映诉求的渠道，及时回应群众关切。")
    text = summarize(essay)
    essay_out = text.essays[0]
    challenges = [p.text for p in essay_out.challenges]
    recs = [p.text for p in essay_out.recommendations]
    assert not any(t.startswith(("此外", "同时", "第四")) for t in challenges + recs), (challenges, recs)
    assert recs == ["要加大财政投入力度，科学编制改造计划", "引导社会资本参与小区改造和运营，建立长效管护机制",
                    "要畅通居民反映诉求的渠道，及时回应群众关切"]
    # offsets are exact: the original input's slice is the point
    for p in essay_out.challenges + essay_out.recommendations:
        assert essay[p.start:p.end] == p.text
