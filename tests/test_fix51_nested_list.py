"""fix51: a markdown note whose problem list nests a sub-list under one entry keeps its next heading a section."""

from summarizer import summarize

NOTE = """# 校园食堂调研记录

## 问题
1. 菜品价格上涨较快，学生反映负担加重
2. 就餐高峰排队过长
   - 窗口开放数量不够
   - 刷卡设备经常故障
3. 后厨卫生检查流于形式，整改不到位

## 建议
- 增设高峰时段临时窗口，定期检修刷卡设备
- 引入第三方机构开展后厨卫生抽检
- 建立菜品价格公示和学生议价机制
"""


def _points(text):
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_section_after_nested_sublist_is_not_inside_last_entry():
    challenges, recommendations = _points(NOTE)
    assert not any("第三方机构" in c or "临时窗口" in c for c in challenges)
    assert any("第三方机构" in r for r in recommendations)
    assert any("临时窗口" in r for r in recommendations)
    assert any("卫生检查流于形式" in c for c in challenges)


def test_same_note_without_sublist_agrees():
    flat = NOTE.replace("   - 窗口开放数量不够\n   - 刷卡设备经常故障\n", "")
    challenges, recommendations = _points(flat)
    assert not any("第三方机构" in c for c in challenges)
    assert any("第三方机构" in r for r in recommendations)
