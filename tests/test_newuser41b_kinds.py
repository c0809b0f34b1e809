"""Kinds of faults seen on the blind trial set of Part 77 (benchmarks/data/aspects ids 4100-4140, newuser41b),
written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do
yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): challenges and recommendations are the point texts of every essay.
KINDS = {
    # a self-media post states its sector's decline only in figures of speech ("亏损像黑洞般吞噬企业", "从“必需品”
    # 沦为“备选项”", "像坐滑梯一样往下掉", "现实很骨感") with no problem cue word: nothing is found (4125: 0 of 6,
    # 4138: 0 of 8)
    "figurative-decline-without-problem-cue": (
        "近几年县城影院的日子越来越难过。观众像退潮一样散去,放映厅成了“空城”。影院从“热门去处”沦为“冷门角落”,"
        "亏损像无底洞一样吞噬着经营者的积蓄。\n",
        lambda ch, rec: any("无底洞" in p or "沦为" in p or "空城" in p for p in ch)),
    # a post's short section headings that name a problem ("客流锐减与行业寒冬", "三重压力下的生存困境",
    # "补贴退坡冲击", "一、关停潮的根源:…") are missed or put on the recommendation side (4124: 3 of 11, "补贴退坡冲击"
    # missed; 4136: both numbered problem headings missed; 4138: "二、资本撤退,民办园首当其冲" missed)
    "problem-naming-headings-in-posts": (
        "今年以来,不少社区食堂陆续关门。\n\n一、客源不足与收支失衡\n\n很多社区食堂日均就餐不足五十人,"
        "收入连水电费都难以覆盖。\n\n二、补贴退坡冲击\n\n运营补贴逐年减少,部分食堂只能压缩菜品。\n",
        lambda ch, rec: any("客源不足" in p for p in ch) and any("补贴退坡" in p for p in ch)
        and not any("补贴退坡" in p for p in rec)),
    # an abstract's measures chained by commas after "为此,需", each "动作以目的" ("加强基础研究以夯实…,落实人才
    # 战略以增强…,深化开放合作以打造…"): one item is kept, the others are lost or glued into one point
    # (4134: 2 of 7 recommendations)
    "comma-chained-measures-with-purpose-clauses": (
        "当前基层应急物资储备存在品类单一、更新滞后等问题。为此,需进一步完善储备目录以提升保障能力,"
        "加强仓储设施建设以夯实物资基础,健全轮换机制以防止物资过期,推动信息共享以提高调配效率。\n",
        lambda ch, rec: all(any(item in p for p in rec) for item in ("完善储备目录", "加强仓储设施建设",
                                                                      "健全轮换机制", "推动信息共享"))
        and not any("加强仓储设施建设" in p and "推动信息共享" in p for p in rec)),
    # a committee's work report lists the steps it took ("一是充分结合已有的调研成果。二是认真开展意见征集和审议
    # 研讨。"): a step it carried out is taken as advice (4117, a negative: "认真开展意见征集和审议研讨" predicted;
    # likewise 4112's "后续将重点督办未办结案件" and 4111's "下一步在这方面还要继续努力工作")
    "work-report-steps-taken-as-advice": (
        "关于加快社区托育服务立法的议案审议结果的报告\n一、议案审议情况\n议案交付审议以来,委员会高度重视、"
        "精心组织。一是充分结合已有的调研成果。二是认真开展意见征集和审议研讨。三是召开专委会审议。\n",
        lambda ch, rec: not rec),
    # an exam analysis draws its advice as an inference from the results ("这揭示了学生复习策略需要调整的现实",
    # "这也表明教师在指导学生复习方向上还需付出更多努力"): neither is found (4100: 0 of 2 recommendations)
    "advice-drawn-as-inference-from-results": (
        "这次单元测验中,不少学生的计算题失分严重。这揭示了学生审题习惯需要调整的现实。同时,这也表明教师在"
        "指导学生读题方面还需付出更多努力。\n",
        lambda ch, rec: any("需要调整" in p for p in rec) and any("还需付出更多努力" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 77 (see SOURCES.md)")
#: Kinds fixed since (w77: a bare 需 after a link opens a need chain; a modal before a fact noun, 需要调整的现实, and
#: 还需付出更多努力 prescribe; 审议情况 heads a section of work done).
FIXED: set[str] = {"comma-chained-measures-with-purpose-clauses", "advice-drawn-as-inference-from-results",
                     "work-report-steps-taken-as-advice",
                     # w77b: a subject before a shortfall word states it (客源不足与收支失衡); a verb-like noun before a
                     # decline verb is its subject, no imperative (补贴退坡冲击)
                     "problem-naming-headings-in-posts"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part77_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
