"""Kinds of faults a tryout found (fix42d), written as small texts of the tests' own: dingbat, star, circle, square,
check-mark and arrow bullets opening list lines (read as ``•`` is, never left in a point), and a copyright sign in a
line of prose (no copyright furniture: the line is kept)."""

import pytest

from summarizer.clean import clean
from summarizer.pipeline import summarize_document
from summarizer.sentences import BULLETS, list_line_starts

from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# -- 1. dingbat and arrow bullets --------------------------------------------------------------------------------

_GLYPHS = ["★", "☆", "→", "●", "○", "■", "□", "◆", "◇", "▶", "►", "➤", "✔", "✓", "√", "❖", "◎"]


def _bulleted(glyph: str) -> str:
    return (f"存在以下问题：\n{glyph} 停车难问题突出，居民意见很大\n{glyph} 看病难，社区医院缺少医生\n"
            f"对此建议：\n{glyph} 政府应该新建停车场\n{glyph} 要增加社区医生编制\n")


@pytest.mark.parametrize("glyph", _GLYPHS)
def test_dingbat_bullet_opens_an_item_as_the_bullet_does(glyph):
    assert glyph in BULLETS
    ch, rec = _points(_bulleted(glyph))
    assert ch == ["停车难问题突出，居民意见很大", "看病难，社区医院缺少医生"]
    assert rec == ["政府应该新建停车场", "要增加社区医生编制"]
    assert _points(_bulleted("•")) == (ch, rec)


def test_glyph_inside_a_line_is_no_list_marker():
    text = "服务评分★★★，群众满意度不高\n流程A→B→C环节过多，审批时间长\n"
    assert list_line_starts(text) == frozenset()
    ch, _rec = _points("存在以下问题：\n" + text.replace("\n", "。\n"))
    assert any("★★★" in p for p in ch)
    assert any("A→B→C" in p for p in ch)


def test_star_bullets_stay_linear():
    assert_linear(lambda n: summarize_document(
        "存在以下问题：\n" + "".join(f"★ 项目{k}建设滞后\n" for k in range(n))), 200, "★ lines")
    assert_linear(lambda n: summarize_document("★" + "农村道路建设滞后" * n), 200, "one unpunctuated line")


# -- 2. a copyright sign in prose ---------------------------------------------------------------------------------

def test_copyright_sign_in_prose_keeps_its_line():
    text = "农民工工资拖欠严重©，每月被拖欠的情况很多。\n老旧小区设施老化问题突出。\n"
    assert "copyright" not in clean(text).removed
    ch, _rec = _points(text)
    assert len(ch) == 2
    assert ch[1] == "老旧小区设施老化问题突出"
    assert "农民工工资拖欠严重" in ch[0]


@pytest.mark.parametrize("line", ["© 2024 某某网", "Copyright © 2008-2018", "本站内容 © 某某日报", "2016 © 某某网",
                                  "©原创   04-19 08:31   某某融媒体中心", "版权所有 © 某某网",
                                  "Copyright 2015-2019. 某某网 All rights reserved.",
                                  "◎版权作品，未经某某网书面授权，严禁转载，违者将被追究法律责任。", "未经许可，不得转载或镜像"])
def test_copyright_furniture_is_still_removed(line):
    body = "老旧小区设施老化问题突出。"
    cleaned = clean(f"{body}\n{line}\n")
    assert cleaned.removed.get("copyright", 0) > 0
    assert cleaned.text.strip() == body
