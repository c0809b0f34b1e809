"""A fault kind the Part 34 trial set (helper newuser28b, ids 1420-1478) met, on a text written for the test.

1. Anti-copy garbage (random ASCII runs such as ``w2 W9 D0 m+ S`` that forum reposts insert between and inside
   sentences, see Part 32's 1345 and Part 34's 1429 and 1447) became a point of its own: a challenge with no Chinese
   character at all. A point of a Chinese essay that holds no Han character says nothing the user can read; it should
   not be emitted. Fixed by the lead (2026-12-03): ``points.extract_points`` drops a point of a Chinese essay
   (``chars.cjk_balance`` > 0) that holds no Han character.
"""

from __future__ import annotations

import re

import pytest

import summarizer

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

# A complaint round-up in the style of a Hong Kong newspaper column reposted to a forum that inserts garbage runs.
_GARBAGE_REPOST = (
    "投訴年年多 部門死性不改\n\n"
    "過去一年,部門被揭偷懶、失職嘅事件無日無之,投訴個案多到數唔晒,唔怪得政府嘅民望不斷下跌喇!"
    "abc now,abcnow,xyzab0 w2 W9 D0 m+ S\n\n"
    "' q2 t# _* [# @0 e1.2.3.4嗱,部門敷衍塞責,失誤失職當家常便飯,有數據為證。"
    "全年計數,本報總共接獲逾三萬宗讀者投訴,當中接近一半涉及不同政府部門。論壇  Q( [/ p& f- e$ h% I. O/ B8 f\n"
    "尤其係食環署,涉及投訴達三千多宗,平均每日接近十宗,真係令人失望。\n"
)


@pytest.mark.parametrize("aspect_model", [True, False])
def test_no_point_of_a_chinese_essay_is_without_a_han_character(aspect_model):
    doc = summarizer.summarize(_GARBAGE_REPOST, aspect_model=aspect_model)
    points = [p.text for e in doc.essays for p in (*e.challenges, *e.recommendations)]
    assert points, "the complaints should still give points"
    assert all(_HAN.search(text) for text in points), points
