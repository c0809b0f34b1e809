"""Kinds of faults seen on the blind trial set of Part 81 (benchmarks/data/aspects ids 4340-4379, newuser42c: education
and research writing), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the
pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): challenges and recommendations are the point texts of every essay.
KINDS = {
    # a thesis page's table of contents ("目录" then "一、…" "(一)…" entry lines, then "摘要"): the entry lines under the
    # problems and countermeasures chapters come out as points, and the last entry is glued to "摘要" (4347: five TOC
    # entries predicted, the abstract's own challenge missed; 4375's TOC behind WPS level noise gives nothing)
    "table-of-contents-entries-as-points": (
        "目录\n一、问题的提出\n二、农村小学课后服务存在的问题\n(一)服务内容单一\n(二)师资力量不足\n"
        "三、改进农村小学课后服务的对策\n(一)丰富课程内容\n(二)引入社会力量\n摘要\n"
        "本文调查了三所农村小学的课后服务,发现课后服务内容单一、师资力量不足,学生参与积极性不高。\n"
        "关键词:课后服务;农村小学;对策\n",
        lambda ch, rec: not any(p in ("服务内容单一", "师资力量不足") for p in ch)
        and not any("丰富课程内容" in p or "引入社会力量" in p or "摘要" in p for p in rec)),
    # a submission that first summarizes the consulted plan's own measures in one ";"-run ("提出了六項重要措施:A;B;C…")
    # and then reviews past achievements: the plan's list is taken as the author's recommendations (4368, a negative:
    # 15 recommendations, every item of the plan's goals and measures)
    "summarized-plan-measures-as-recommendations": (
        "《校園閱讀推廣計劃》諮詢文本之意見\n前言\n《校園閱讀推廣計劃》諮詢文本提出了六項重要措施:增設班級圖書角;"
        "延長圖書館開放時間;培訓閱讀大使;編製推薦書目;舉辦親子共讀活動;建立閱讀獎勵制度。\n回顧過去五年所取得的成績\n"
        "(一)圖書館藏書量逐年增加,學生借閱人次明顯上升。\n(二)各校普遍設立閱讀課,教師的閱讀教學能力有所提升。\n",
        lambda ch, rec: not rec),
    # a literature review reporting what other scholars found ("有学者认为…", "还有研究发现…"): the attributed findings
    # come out as the author's challenges (4371, a negative: 9 challenges)
    "literature-review-attributed-findings-as-challenges": (
        "一、相关研究综述\n1.课后服务的现状研究\n有学者认为,当前农村小学的课后服务存在内容单一、师资不足等问题。"
        "也有学者指出,部分学校课后服务流于形式,学生参与积极性不高。还有研究发现,家长对课后服务的认可度偏低,"
        "收费标准也不够透明。\n2.课后服务问题的原因分析\n有学者认为这是因为学校经费有限,难以聘请专业教师。\n",
        lambda ch, rec: not ch and not rec),
    # a feature that states the systemic problem and then tells one student's story to illustrate it: the story's
    # events (grades, phone use, quarrels at home) come out as challenges, and the headline's remedy is glued to the
    # problem sentence or lost (4355: 4 of 5 predicted challenges from the narrative, the headline's remedy missed)
    "illustrative-case-narrative-as-challenges": (
        "如何陪伴陷入低潮的學生?留住輔導老師是關鍵\n學校輔導老師同時兼任行政工作,分身乏術;輔導人員多為短期聘任,"
        "人員更替頻繁,難以持續陪伴個案。\n小明是個國二學生。上學期段考後,小明的成績一直沒有起色,使用手機的時間也愈來愈多,"
        "親子衝突也愈演愈烈。在學校,他上課經常趴睡,叫醒時也態度惡劣,和班上同學也漸漸疏離。\n",
        lambda ch, rec: any("兼任行政工作" in p for p in ch)
        and not any("親子衝突" in p or "趴睡" in p for p in ch)),
    # a structured abstract ("目的:… 方法:… 结果:… 结论:…"): the 方法 line, a description of what was done, is taken
    # as a recommendation (4379: `方法:采用问卷调查法…`; 4346, a negative: `研究採用半結構式訪談法…`)
    "structured-abstract-method-line-as-recommendation": (
        "目的:探究社区老年大学学员满意度现状及其影响因素。方法:采用问卷调查法,以某市三所老年大学为例,运用SPSS进行"
        "差异检验。结果:学员满意度整体处于中等水平,课程种类偏少、教室设施陈旧是不满意的主要原因。结论:应增加课程种类,"
        "改善教学设施。\n",
        lambda ch, rec: any("增加课程种类" in p for p in rec)
        and not any("问卷调查法" in p or "SPSS" in p for p in rec)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 81 (see SOURCES.md)")
#: Kinds fixed since (k81: the table of contents without leaders, the method line, a review's further studies, the
#: case's story).
FIXED: set[str] = {"table-of-contents-entries-as-points", "structured-abstract-method-line-as-recommendation",
                   "literature-review-attributed-findings-as-challenges", "illustrative-case-narrative-as-challenges"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part81_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
