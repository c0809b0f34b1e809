"""Trial13 leftovers L5 and L7 (issue 8, edges14), on texts written for these tests: an OCR-like list whose item
ends with the full-width full stop ．and whose first marker OCR read as the letter l; a ``- 1 -`` page line counted
under one cleaning rule."""

import summarizer
from summarizer.clean import clean
from summarizer.structure import find_markers

OCR = """乡村道路养护的问题与建议
一 、问 题
l．养护资金来源单一。县级财政每年安排的养护经费有限，多数村道
只能修补坑槽．
2．养护队伍老化严重。村级养护员平均年龄超过六十岁，缺少机械
作业技能．
3．日常巡查制度不健全。路面损坏发现不及时，小病害拖成
大病害。
二 、建 议
l．拓宽养护资金渠道。整合涉农资金，引导社会资本参与村道
养护。
2．建设专业养护队伍。以乡镇为单元组建专业队，配备小型养护
机械。
3．建立常态巡查机制。落实路长制，每周巡查一次并登记台账。
"""


def test_a_line_ending_with_the_full_width_full_stop_is_not_joined_to_the_next_item():
    text = clean(OCR).text
    assert "多数村道只能修补坑槽．\n2．养护队伍老化严重" in text
    assert "缺少机械作业技能．\n3．日常巡查制度不健全" in text  # (the wrapped lines are still joined)


def test_an_ocr_letter_l_numbers_item_one_of_a_numbered_list():
    (essay,) = summarizer.summarize(OCR).essays
    heads = ["养护资金来源单一", "养护队伍老化严重", "日常巡查制度不健全"]
    assert len(essay.challenges) == 3
    assert all(p.text.startswith(h) for p, h in zip(essay.challenges, heads))
    assert [p.text for p in essay.recommendations] == ["拓宽养护资金渠道", "建设专业养护队伍", "建立常态巡查机制"]


def test_a_letter_before_a_full_stop_is_item_one_only_before_a_2():
    assert [(m.family, m.value) for m in find_markers("l．加快改造。\n2．系统推进。\n")] == [("num_dot", 1), ("num_dot", 2)]
    assert [(m.family, m.value) for m in find_markers("I．引言\nII．方法\n")] == [("roman", 1), ("roman", 2)]
    assert [m.value for m in find_markers("I．加快改造。\n3．系统推进。\n") if m.family == "num_dot"] == [3]
    # linear: many letter markers and no 2．
    assert len(find_markers("l．治理。\n" * 10_000)) < 10_000


def test_a_dashed_page_number_line_is_one_rule():
    text = "- 1 -\n关于社区养老的几点建议\n一是增加日间照料床位。\n- 2 -\n二是培训护理人员。\n- 要落实补贴资金。\n"
    ct = clean(text)
    # (counted in visible characters: -1- and -2- are page_number, the one real bullet's - is markdown)
    assert ct.removed["page_number"] == 6 and ct.removed["markdown"] == 1
    assert "- 1 -" not in ct.text and "- 2 -" not in ct.text
    assert "•要落实补贴资金。" in ct.text  # a real bullet stays a bullet


def test_page_lines_and_bullets_are_read_once_each():
    ct = clean("- 1 -\n" * 10_000 + "正文第一句。\n")
    assert ct.text == "正文第一句。" and ct.removed["page_number"] == 30_000
    assert clean("- " + "字" * 100_000).text == "•" + "字" * 100_000
