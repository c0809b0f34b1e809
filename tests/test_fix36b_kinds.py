"""Faults a new user met (ux36, issue 8): a research title that names a problem (农村养老问题研究) read as a challenge
section over the whole essay, so its closing 为此，建议… gave no recommendation; a closing slogan (必须久久为功,
任重而道远, 功成不必在我) read as a recommendation. Small texts written here; nothing timed."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import aspects as asp
from costs import assert_linear

BODY = ("\n当前，农村老龄化程度不断加深。一是养老机构数量少，床位不足；二是专业护理人员缺乏，服务质量不高。\n"
        "为此，建议加大农村养老设施投入，培养专业护理队伍，推广互助养老模式。\n")
MEASURE = "建议加大农村养老设施投入，培养专业护理队伍，推广互助养老模式"


@pytest.mark.parametrize("title", ["农村养老问题研究", "农村养老研究", "关于农村养老问题的调研报告",
                                   "农村养老存在的问题与对策", "社区养老服务问题探讨", "農村養老問題研究"])
def test_problem_title_heads_no_challenge_section(title):
    essay = summarizer.summarize(title + BODY).essays[0]
    assert essay.title == title
    assert [p.text for p in essay.challenges] == ["养老机构数量少，床位不足", "专业护理人员缺乏，服务质量不高"]
    assert [p.text for p in essay.recommendations] == [MEASURE]


def test_section_that_opens_the_text_still_heads_its_list():
    essay = summarizer.summarize("存在的问题\n一是养老机构数量少；二是护理人员缺乏。\n").essays[0]
    assert essay.title is None
    assert [p.text for p in essay.challenges] == ["养老机构数量少", "护理人员缺乏"]


@pytest.mark.parametrize("line, shaped", [
    ("农村养老问题研究", True), ("社区养老服务问题探讨", True), ("关于基层治理问题的几点思考", True),
    ("存在的问题", False), ("问题研究", False), ("一、问题研究", False), ("存在问题，需要研究", False),
])
def test_title_shaped(line, shaped):
    assert asp.title_shaped(line) is shaped


@pytest.mark.parametrize("point, slogan", [
    ("农村养老任重而道远，必须久久为功", True),
    ("总之，功成不必在我，必须久久为功", True),
    ("全面从严治党永远在路上", True),
    ("鄉村振興任重道遠", True),
    ("必须久久为功，持续完善养老服务体系", False),
    ("要持之以恒抓好作风建设", False),
    ("建议加大财政投入", False),
    ("", False),
])
def test_closing_slogan(point, slogan):
    assert asp.closing_slogan(point) is slogan


def test_closing_slogan_is_no_recommendation():
    text = ("农村养老研究\n当前，农村养老服务设施不足，专业护理人员短缺。\n"
            "为此，建议加大农村养老服务设施投入。\n总之，农村养老任重而道远，必须久久为功。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == ["建议加大农村养老服务设施投入"]


def test_closing_slogan_is_linear():
    assert_linear(lambda n: asp.closing_slogan("久久为功" * n), 25_000, "a long line of slogan words")
    assert_linear(lambda n: asp.closing_slogan("任重道远，" * n), 10_000, "many slogan clauses")
