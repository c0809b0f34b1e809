"""Kinds of writing that state a point and were not read (mid20: Parts 3, 8 and 10 of the own corpus), each on a text
written for the test.

1. A verdict that a rule or a person no longer fits its time or place (``现行牌照制度已不合时宜``, ``回到家乡后会觉得
   格格不入``, ``这套方案不切实际``, ``人手力有未逮``): the idiom is the verdict, one is enough in a prose sentence
   (``prose_verdict`` cue group, ``# mid20:`` block). Hong Kong's 窒碍 (a hindrance, as 阻碍) is a deficiency predicate
   (``prose_challenge``).
2. A burden or a state made worse (``调查发现，学生近视情况加重``, ``过高的申请门槛加重了小微企业的负担``): the perfective
   加重了, or a state noun before 加重, is a deficiency predicate (``prose_challenge``); not the 加重 inside 更加重视
   (a measure's verb), nor 加重处罚 (a measure).
"""

from __future__ import annotations

from summarizer import aspects as asp
from summarizer import pipeline


def _points(text: str) -> dict[str, list[str]]:
    essay = pipeline.analyze(text)[0]
    return {k: [essay.text[p.start:p.end] for p in v] for k, v in essay.points.items()}


def test_a_verdict_of_not_fitting_is_a_challenge_in_prose():
    assert asp.prose_aspect("现行的养殖牌照制度已不合时宜。") == asp.CHALLENGE
    assert asp.prose_aspect("不少年轻人长期在外地工作，回到家乡后会觉得格格不入。") == asp.CHALLENGE
    assert asp.prose_aspect("这套方案完全不切实际。") == asp.CHALLENGE
    # (the idioms' neighbours state no verdict)
    assert asp.prose_aspect("本港渔业近年面对不少转变。") is None


def test_the_verdicts_read_through_the_simplified_view_of_traditional_prose():
    text = ("漁農政策的檢討\n\n本港漁業近年面對不少轉變。現行的養殖牌照制度已不合時宜，並窒礙本地漁業的發展。\n\n"
            "不少年輕人長期在外地工作，回到家鄉後會覺得格格不入。\n\n當局應盡快檢討有關規例。\n")
    found = _points(text)
    assert found["challenge"] == ["現行的養殖牌照制度已不合時宜，並窒礙本地漁業的發展",
                                  "不少年輕人長期在外地工作，回到家鄉後會覺得格格不入"]
    assert found["recommendation"] == ["當局應盡快檢討有關規例"]


def test_a_state_made_worse_is_a_deficiency():
    assert asp.prose_aspect("过高的申请门槛加重了小微企业的负担。") == asp.CHALLENGE
    assert asp.prose_aspect("学生近视情况加重。") == asp.CHALLENGE
    assert asp._prose_deficits("学生近视情况加重。") == frozenset({"情况加重"})
    # (更加重视 and 加重处罚 prescribe: no deficiency)
    assert asp._prose_deficits("各级政府要更加重视农村教育。") == frozenset()
    assert asp._prose_deficits("对屡教不改者加重处罚。") == frozenset()
