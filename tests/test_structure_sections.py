"""Sections of an outline whose headings mostly name no aspect (一个村子的变化 / …的对策 / 结语)."""

from summarizer import aspects as asp
from summarizer.structure import parse


def _roles(text):
    st = parse(text)
    return [(st.heading(it), r.aspect if r else None, r.role if r else None) for it, r in zip(st.items, asp.analyze(st))]


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
