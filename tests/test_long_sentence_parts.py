"""A long sentence of parallel problems (issue 8, long15): past the point window, each clause of the rest is read
on its own, so a neutral clause among the problems (``…的现象时有发生``) does not hide the problems after it; a clause
that leads to a consequence (``必然会导致…``) ends the reading. Inputs are small texts written for these tests."""

from summarizer import aspects as asp
from summarizer.points import RawPoint, _rest_of_sentence_problems
from summarizer.sentences import Sentence
from tests.aspect_helpers import points


def _rest(text: str, first_point: str) -> list[str]:
    """The points :func:`_rest_of_sentence_problems` adds to one sentence ``text`` whose first challenge point is
    ``first_point``."""
    a = text.index(first_point)
    out = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, a, a + len(first_point), 1.0)], asp.RECOMMENDATION: []}
    _rest_of_sentence_problems(text, [Sentence(0, 0, len(text), text, "sentence")], out, 60)
    return [text[p.start:p.end] for p in out[asp.CHALLENGE][1:]]


def test_a_neutral_clause_among_parallel_problems_is_passed_over():
    text = ("调研发现，老旧小区的管理问题较多，楼道照明设施长期损坏无人维修，部分居民在公共通道随意堆放杂物，"
            "外来车辆占用消防通道的现象时有发生，垃圾分类投放点的设置缺乏统一规划，物业服务费收缴率偏低。")
    challenges, recommendations = points(text)
    assert "垃圾分类投放点的设置缺乏统一规划，物业服务费收缴率偏低" in challenges
    assert recommendations == []


def test_the_rest_is_read_clause_by_clause():
    text = ("老旧小区的管理问题较多，夜间巡逻的安排每周调整一次，垃圾分类投放点的设置缺乏统一规划，"
            "物业服务费收缴率偏低。")
    assert _rest(text, "老旧小区的管理问题较多") == ["垃圾分类投放点的设置缺乏统一规划，物业服务费收缴率偏低"]


def test_a_consequence_ends_the_rest():
    text = ("老旧小区的管理问题较多，这样下去必然会导致居民搬离，在招商引资上缺乏吸引力，"
            "物业服务费收缴率偏低。")
    assert _rest(text, "老旧小区的管理问题较多") == []


def test_a_long_rest_without_problems_gives_none():
    text = "老旧小区的管理问题较多，" + "居民每周开会一次，" * 10_000 + "。"
    assert _rest(text, "老旧小区的管理问题较多") == []
    line = "老旧小区的管理问题较多，" + "监" * 100_000
    assert _rest(line, "老旧小区的管理问题较多") == []
