"""Document shapes of headings, sections and essay splits, end to end (``summarize``), each a small document
written for it (issue 8, kinds 1, 2, 6 and 7)."""

from __future__ import annotations

from summarizer import summarize

_PIECE = "社区停车位长期紧张，老旧小区建成时没有预留车位，道路两侧停满车辆，消防通道被长期占用，居民投诉不断。"


def _points(text: str):
    doc = summarize(text, max_points=20)
    return [(e.title, [p.text for p in e.challenges], [p.text for p in e.recommendations]) for e in doc.essays]


def test_pieces_by_several_authors_are_one_essay_each():
    text = ("# 停车难题，两位市民的看法\n\n编者按：我们请两位读者谈谈身边的停车难题。\n\n"
            f"### 老旧小区无处停车\n\n**作者：退休教师王某**\n\n{_PIECE * 5}\n\n"
            "### 盘活闲置车位资源\n\n**作者：社区工作者李某**\n\n"
            + "应当把闲置地块改建为立体停车场，并由街道牵头统一管理，错时共享机关单位的车位，夜间向周边居民开放。" * 5 + "\n")
    essays = _points(text)
    assert [title for title, _, _ in essays] == ["老旧小区无处停车", "盘活闲置车位资源"]


def test_an_outline_that_names_one_aspect_gives_that_sections_list_as_points():
    text = ("乡村旅游调查\n1.一个村子的变化\n近年来各地大力发展乡村旅游，游客逐年增多。\n"
            "2.游客从哪里来\n游客大多来自周边城市，周末最为集中。\n"
            "3.乡村旅游的发展对策\n结合调研，具体做法如下。\n"
            "•以特色民宿带动农户增收\n•以节庆活动打响地方品牌\n•以数字平台拓宽销售渠道\n"
            "4.结语\n乡村旅游大有可为。")
    (_, challenges, recommendations), = _points(text)
    assert recommendations == ["以特色民宿带动农户增收", "以节庆活动打响地方品牌", "以数字平台拓宽销售渠道"]
    assert challenges == []


def test_section_headings_written_as_statements_are_points():
    text = ("村级组织减负调研\n一、村级组织承接的考核事项过多，基层负担持续加重\n一个村每年要迎接几十项考核，干部疲于应付。\n"
            "二、基层人手长期短缺，专业能力较弱\n一人身兼数职，年轻干部留不住。\n"
            "三、对策建议\n（一）精简考核事项\n合并同类考核，减少重复检查。\n（二）充实基层力量\n选派年轻干部驻村工作。")
    (_, challenges, recommendations), = _points(text)
    assert challenges == ["村级组织承接的考核事项过多，基层负担持续加重", "基层人手长期短缺，专业能力较弱"]
    assert recommendations == ["精简考核事项", "充实基层力量"]
