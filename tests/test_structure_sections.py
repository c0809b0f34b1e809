"""Sections of an outline whose headings mostly name no aspect (一个村子的变化 / …的对策 / 结语)."""

from summarizer import aspects as asp
from aspect_helpers import roles as _roles


_OUTLINE = ("1.一个村子的变化\n近年来各地大力发展乡村旅游。\n"
            "2.游客从哪里来\n游客大多来自周边城市。\n"
            "3.乡村旅游的发展对策\n结合调研，具体做法如下。\n"
            "•以特色民宿带动农户增收\n•以节庆活动打响地方品牌\n•以数字平台拓宽销售渠道\n"
            "4.结语\n乡村旅游大有可为。")


def test_a_heading_that_names_an_aspect_over_its_own_list_heads_a_section_among_unnamed_siblings():
    roles = _roles(_OUTLINE)
    assert roles == [
        ("一个村子的变化", None, "none"), ("游客从哪里来", None, "none"),
        ("乡村旅游的发展对策", asp.RECOMMENDATION, "section"),
        ("以特色民宿带动农户增收", asp.RECOMMENDATION, "point"),
        ("以节庆活动打响地方品牌", asp.RECOMMENDATION, "point"),
        ("以数字平台拓宽销售渠道", asp.RECOMMENDATION, "point"),
        ("结语", None, "none"),
    ]


def test_without_a_list_of_its_own_one_named_heading_among_unnamed_ones_heads_no_section():
    # the same outline with the measures written as prose: no list under the heading, nothing to inherit
    text = _OUTLINE.replace("•以特色民宿带动农户增收\n•以节庆活动打响地方品牌\n•以数字平台拓宽销售渠道\n", "以特色民宿带动农户增收。\n")
    roles = dict((h, (a, r)) for h, a, r in _roles(text))
    assert roles["乡村旅游的发展对策"] != (asp.RECOMMENDATION, "section")


def test_a_list_that_opens_its_own_lines_under_a_titled_point_gives_points_too():
    # (一) states a measure; its (1) (2) items each open a line: parts of the measure, points as well
    text = ("一、存在的问题\n（一）经费不足\n村级经费逐年减少。\n（二）人手紧张\n一人身兼数职。\n"
            "二、对策建议\n（一）加大经费保障\n(1)设立专项资金\n每年按人口拨付。\n(2)建立增长机制\n随财政收入同步增长。\n"
            "（二）充实基层力量\n选派年轻干部驻村。")
    roles = _roles(text)
    assert [(h, a, r) for h, a, r in roles if r == "point" and a == asp.RECOMMENDATION] == [
        ("加大经费保障", asp.RECOMMENDATION, "point"),
        ("设立专项资金", asp.RECOMMENDATION, "point"),
        ("建立增长机制", asp.RECOMMENDATION, "point"),
        ("充实基层力量", asp.RECOMMENDATION, "point"),
    ]


def test_an_enumeration_inside_a_titled_points_paragraph_stays_part_of_it():
    # the (1) (2) inside one paragraph elaborate the point: no points of their own
    text = ("二、对策建议\n（一）加大经费保障\n一方面(1)设立专项资金，(2)建立增长机制，确保经费充足。\n"
            "（二）充实基层力量\n选派年轻干部驻村。")
    roles = _roles(text)
    assert [h for h, a, r in roles if r == "point"] == ["加大经费保障", "充实基层力量"]


def test_section_headings_written_as_statements_are_points_beside_a_named_section():
    text = ("一、村级组织承接的考核事项过多，基层负担持续加重\n一个村每年要迎接几十项考核。\n"
            "二、基层人手长期短缺，专业能力较弱\n同一数据要报送多个部门。\n"
            "三、对策建议\n（一）精简考核事项\n合并同类考核。\n（二）统一数据平台\n数据一次采集多方共用。")
    roles = _roles(text)
    assert roles[:2] == [
        ("村级组织承接的考核事项过多，基层负担持续加重", asp.CHALLENGE, "point"),
        ("基层人手长期短缺，专业能力较弱", asp.CHALLENGE, "point"),
    ]
    assert roles[2] == ("对策建议", asp.RECOMMENDATION, "section")
    assert [r for _, a, r in roles[3:]] == ["point", "point"]


def test_section_headings_that_state_nothing_stay_neutral_beside_a_named_section():
    text = ("一、两个村的故事\n一个村每年要迎接几十项考核。\n二、走访的经过\n调研组走访了五个乡镇。\n"
            "三、对策建议\n（一）精简考核事项\n合并同类考核。\n（二）统一数据平台\n数据一次采集多方共用。")
    roles = _roles(text)
    assert [(a, r) for _, a, r in roles[:2]] == [(None, "none"), (None, "none")]
