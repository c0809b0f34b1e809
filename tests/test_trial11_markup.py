"""A new user's trial (trial11): markdown footnotes. A reference ``[^2]`` stayed in the point it ends
(``提高护理岗位薪酬[^2]``) and the definition lines ``[^2]: …`` were read as text of the essay."""

from __future__ import annotations

import re

import summarizer
from summarizer.markup import markup_edits

NOTES = """# 乡镇卫生院的人才困境

乡镇卫生院是农村医疗服务的网底[^a]。

## 一、存在的问题

1. 全科医生缺口大，多数卫生院只有一两名执业医师[^1]。
2. 设备闲置严重，彩超、DR等设备无人会用。

## 二、对策建议

1. 扩大农村订单定向医学生培养规模[^2]。
2. 由县医院派驻技师，手把手带教设备操作。

[^a]: 见国家卫生健康委2022年统计公报。
[^1]: 调查覆盖全县18个乡镇卫生院，
    其中12个只有一名执业医师。
[^2]: 参照《关于加强基层医疗卫生人才队伍建设的意见》。
"""


def test_footnote_references_and_definitions_are_markup():
    edits = [(a, b) for a, b, _, rule in markup_edits(NOTES) if rule == "markdown_footnote"]
    removed = [NOTES[a:b] for a, b in edits]
    assert removed[:3] == ["[^a]: 见国家卫生健康委2022年统计公报。",
                           "[^1]: 调查覆盖全县18个乡镇卫生院，\n    其中12个只有一名执业医师。",
                           "[^2]: 参照《关于加强基层医疗卫生人才队伍建设的意见》。"]
    assert sorted(removed[3:]) == ["[^1]", "[^2]", "[^a]"]


def test_points_lose_the_reference_and_the_notes_are_no_text():
    result = summarizer.summarize(NOTES)
    essay = result.essays[0]
    assert [p.text for p in essay.challenges] == ["全科医生缺口大，多数卫生院只有一两名执业医师",
                                                 "设备闲置严重，彩超、DR等设备无人会用"]
    assert [p.text for p in essay.recommendations] == ["扩大农村订单定向医学生培养规模", "由县医院派驻技师，手把手带教设备操作"]
    for point in essay.challenges + essay.recommendations:  # offsets still point at the words, in the original
        assert re.sub(r"\s", "", point.text) in re.sub(r"\s|\[\^\w+\]", "", NOTES[point.start:point.end])
    assert essay.end <= NOTES.index("[^a]:")
    assert "公报" not in essay.summary
    assert result.removed["markdown_footnote"] == sum(len(re.sub(r"\s", "", NOTES[a:b])) for a, b, _, r in
                                                      markup_edits(NOTES) if r == "markdown_footnote")  # 98


def test_a_bracket_that_is_no_footnote_is_kept():
    text = "指数a[^b不闭合\n数组写作x[^0-9]匹配非数字。\n[^ 空格开头]: 不是脚注"
    assert [e for e in markup_edits(text) if e[3] == "markdown_footnote"] == []


def test_footnote_rules_are_linear_on_long_lines():
    """A 100,000-character line of opened footnotes, and one without any punctuation: the rules end."""
    opened = "[^" * 50_000
    plain = "基层" * 50_000
    assert [e for e in markup_edits(opened) if e[3] == "markdown_footnote"] == []
    assert [e for e in markup_edits(plain) if e[3] == "markdown_footnote"] == []
    many = "要点[^1]。\n" * 10_000
    assert sum(1 for e in markup_edits(many) if e[3] == "markdown_footnote") == 10_000
