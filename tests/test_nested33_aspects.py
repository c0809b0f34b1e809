"""A measures noun whose heading says it still falls short names a problem, not a measures section (nested33)."""

from summarizer import aspects as asp


def test_measures_that_still_fall_short_head_a_problem():
    assert asp.heading_aspect("3、交通安全措施还需不断加强") == asp.CHALLENGE
    assert asp.heading_aspect("防火措施不到位") == asp.CHALLENGE
    assert asp.heading_aspect("（二）管理制度有待进一步完善") != asp.RECOMMENDATION


def test_measures_headings_are_read_as_before():
    assert asp.heading_aspect("二、应对措施") == asp.RECOMMENDATION
    assert asp.heading_aspect("加强交通安全措施") == asp.RECOMMENDATION
    assert asp.heading_aspect("对策建议") == asp.RECOMMENDATION


# a list of problems framed by a verb whose items are separated by commas -------------------------------------------

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from summarizer import points as P  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from costs import assert_linear  # noqa: E402


def _framed(s):
    return [s[a:b] for a, b in P.framed_problems(s)]


def test_a_comma_separated_framed_list_gives_its_items():
    assert _framed("当前乡村学校存在诸如师资队伍老化，教学设备陈旧等不少短板，需要解决。") == ["师资队伍老化", "教学设备陈旧"]
    assert _framed("小区物业面临收费标准偏低，维修资金不足，服务质量下降等问题。") == \
        ["收费标准偏低", "维修资金不足", "服务质量下降"]


def test_comma_clauses_without_a_closing_list_noun_are_no_list():
    # no 等 before the noun, the frame's own clause names the problem, a negated frame, or a long clause of prose
    assert _framed("小区物业面临收费标准偏低，维修资金不足的问题。") == []
    assert _framed("小区面临停车难的问题，维修资金不足等问题。") == []
    assert _framed("小区面临停车难问题，业委会多次协调，解决车位紧张等问题。") == []
    assert _framed("小区并不存在收费标准偏低，维修资金不足等问题。") == []
    assert _framed("小区物业面临收费标准偏低，业主委员会多年来一直想方设法向上级反映，维修资金不足等问题。") == []


def test_comma_framed_lists_are_read_in_linear_time():
    assert_linear(lambda n: P.framed_problems("社区存在" + "，".join(["资金投入不足"] * n) + "等问题。"), 2000,
                  "one frame over many comma clauses")
    assert_linear(lambda n: P.framed_problems("，".join(["社区存在资金不足"] * n) + "。"), 2000,
                  "a frame verb in every clause")
