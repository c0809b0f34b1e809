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
