"""An abstract's measures reported after 提出 as ``；``-parted clauses that each open with a modal and close with
``的…建议/路径`` are one recommendation each (w67, Part 67's 3507 kind)."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import proposed_modal_list

_ABSTRACT = ("摘要:本文调查了某县社区食堂的运营情况,提出了社区食堂持续运营要拓宽资金来源,引入慈善捐赠;"
             "要优化菜品供给,兼顾老人口味;要健全监管制度,守住食品安全底线的对策建议。\n")


def _items(sentence):
    return [sentence[a:b] for a, b in proposed_modal_list(sentence)]


def test_each_modal_clause_is_one_measure():
    assert _items(_ABSTRACT.split("\n")[0]) == [
        "要拓宽资金来源,引入慈善捐赠", "要优化菜品供给,兼顾老人口味", "要健全监管制度,守住食品安全底线"]


def test_pipeline_gives_them_as_recommendations():
    recommendations = [p.text for e in summarize_document(_ABSTRACT).essays for p in e.recommendations]
    assert any("拓宽资金来源" in p for p in recommendations)
    assert any("健全监管制度" in p for p in recommendations)


def test_a_part_without_a_modal_or_a_single_clause_gives_nothing():
    assert _items("提出了社区食堂要拓宽资金来源,引入慈善捐赠;优化菜品供给,兼顾老人口味的对策建议。") == []
    assert _items("提出了社区食堂要拓宽资金来源,引入慈善捐赠的对策建议。") == []
    assert _items("会上提出了要拓宽资金来源;要优化菜品供给。") == []


def test_reading_is_linear():
    assert_linear(lambda n: proposed_modal_list("提出" * n + ";要办好" * n), 1000)
    assert_linear(lambda n: proposed_modal_list(("提出了某事要做好工作;要抓好落实" * n) + "的建议"), 500)
