"""Part 41 (ids 1900-1959, a new user's blind trial set): fault kinds it met, on inputs written for these tests.

Each kind the pipeline still gets wrong is an ``xfail(strict=True)`` test stating the right value; whoever fixes
the kind removes the mark, and the test then guards the fix. Kinds and examples: ``benchmarks/data/aspects/SOURCES.md``.
"""

from __future__ import annotations

import pytest

from tests.aspect_helpers import points as _points

_OPPORTUNITIES = ("共享单车行业的机遇与挑战\n"
                  "一、共享单车的机遇\n1. 方便短途出行\n共享单车解决了最后一公里的出行问题。\n"
                  "2. 带动相关产业\n共享单车的发展带动了制造、运维等产业。\n"
                  "二、共享单车的挑战\n1. 乱停乱放\n部分用户随意停放车辆,占用人行道。\n"
                  "2. 押金风险\n一些企业挪用用户押金,退款困难。\n")


def test_an_opportunities_list_is_not_a_list_of_recommendations():
    """An explainer lists 机遇 headings before its 挑战 (1901, 1911, 1930): `方便短途出行` and `带动相关产业` are
    benefits the author describes, neither a problem nor a measure (wrong31: ``的机遇`` and ``好处`` in the
    ``other_section`` cue group)."""
    chals, recs = _points(_OPPORTUNITIES)
    assert not any("方便短途出行" in r or "带动相关产业" in r for r in recs), recs
    assert any("乱停乱放" in c or "随意停放车辆" in c for c in chals), chals


_BULLETS = ("两会代表热议菜市场改造\n"
            "多位代表围绕农贸市场提质发表意见。\n"
            "  • 建议加快老旧市场改造: 多位代表指出,部分市场地面湿滑、排水不畅。建议各地制定改造计划,分批推进。\n"
            "  • 呼吁完善价格公示: 针对部分摊位不明码标价的问题,代表建议推行电子价签。\n")


@pytest.mark.xfail(strict=True, reason="Part 41 kind: colon-led bullet suggestions (`• 建议…: …`) missed")
def test_colon_led_bullet_suggestions_are_recommendations():
    """A news page lists the deputies' suggestions as `• 建议…: 多位代表指出…。建议…` bullets (1926); every
    bullet's lead and its `建议…` sentence are recommendations; today only the first bullet's second sentence is
    found and the second bullet gives nothing."""
    _, recs = _points(_BULLETS)
    assert any("老旧市场改造" in r or "制定改造计划" in r for r in recs), recs
    assert any("电子价签" in r or "价格公示" in r for r in recs), recs


_NOTICE = ("关于征集窗口服务作风问题线索的公告\n"
           "一、征集范围\n"
           "重点征集办事窗口存在的推诿扯皮、吃拿卡要、态度生硬等问题,以及其他群众反映强烈的作风问题。\n"
           "二、征集方式\n"
           "1.拨打监督电话,按提示留言。\n2.登录网站,点击“我要反映”,填写问题线索。\n"
           "我们将对个人信息严格保密。\n")


@pytest.mark.xfail(strict=True, reason="Part 41 kind: a notice soliciting problem reports read as problems")
def test_a_notice_soliciting_reports_has_no_points():
    """A notice asking the public for clues lists the kinds of problem it wants and how to report them (1941); it
    states no problem of its own and recommends nothing, so it has no points; today the scope list gives
    challenges and the reporting steps give recommendations."""
    chals, recs = _points(_NOTICE)
    assert chals == [] and recs == [], (chals, recs)
