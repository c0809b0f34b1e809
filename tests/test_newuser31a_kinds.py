"""Part 46 (ids 2240-2292, a new user's blind trial set): fault kinds it met, on inputs written for these tests.

Each kind the pipeline still gets wrong is an ``xfail(strict=True)`` test stating the right value; whoever fixes
the kind removes the mark, and the test then guards the fix. Kinds and examples: ``benchmarks/data/aspects/SOURCES.md``
(Part 46).
"""

from __future__ import annotations

import pytest

from tests.aspect_helpers import points as _points

_FOREIGN = ("摘要:北欧国家在发展社区体育的过程中,注重场地共享,鼓励学校开放操场,培育志愿教练。借鉴其经验,推进我国社区体育发展,"
            "必须坚持需求导向,完善场地开放制度,扩大公共健身空间;加强社会体育指导员培训,提升服务水平;健全经费保障机制,引导社会资本投入。\n"
            "一、北欧国家社区体育的做法\n1. 芬兰推行学校场地夜间开放。\n芬兰各市规定中小学操场在放学后向居民开放。\n")


# (fixed by k151155: aspects.describes_foreign_case reads another country's case as background)
def test_other_countries_practices_are_not_recommendations():
    """An abstract first says what foreign countries did (`北欧国家…注重场地共享,鼓励学校开放操场`) and then, after
    `借鉴其经验…必须`, what the author proposes (2240: 发达国家…注重立法先行; 2273: the US PACE history). The
    practices are experience, neither point; the three semicolon measures are the recommendations. Today the
    practices sentence is given as the first recommendation."""
    _, recs = _points(_FOREIGN)
    assert not any("北欧国家" in r or "鼓励学校开放操场" in r for r in recs), recs
    assert any("完善场地开放制度" in r for r in recs), recs
    assert any("健全经费保障机制" in r for r in recs), recs


_THREE_DILEMMAS = "镇卫生院服务能力调研\n摘要:调研显示,镇卫生院面临着医生招不来、设备用不好与群众信不过三个方面的困境。\n"


def test_a_counted_list_of_dilemmas_gives_every_item():
    """An abstract names its dilemmas as one counted list, `面临着A、B与C三个方面的困境` (2243: 重视程度不足、活动边界模糊
    和存在制度短板三个方面的困境). Each item is a challenge (fixed by kinds32: :func:`summarizer.points.counted_tail`)."""
    chals, _ = _points(_THREE_DILEMMAS)
    assert any("医生招不来" in c for c in chals), chals
    assert any("设备用不好" in c for c in chals), chals
    assert any("群众信不过" in c for c in chals), chals


_REVIEW = ("2023年某镇环境卫生整治工作综述\n2023年,某镇坚持把人居环境整治作为乡村振兴的硬任务,不断加强生态环境保护力度。\n"
           "一、加强组织领导,健全长效机制\n镇党委成立了工作领导小组,全年召开整治工作会议4次。完善督促协调机制,坚持开展月检查、季评比。\n"
           "二、聚焦重点区域,开展集中整治\n全年清理垃圾死角320处,拆除违建棚舍45间。\n")


@pytest.mark.xfail(strict=True, reason="Part 46 kind: the headings of a work review (综述) read as recommendations")
def test_the_headings_of_a_work_review_are_not_recommendations():
    """A township's year-end review (综述) heads each part with what was done, in the imperative-looking form of a
    measure (`加强组织领导,健全长效机制`), and fills it with counts of work done (2274, 2278; practices news 2245).
    It states no problem and proposes nothing, so it has no points; today both headings are recommendations."""
    chals, recs = _points(_REVIEW)
    assert chals == [] and recs == [], (chals, recs)
