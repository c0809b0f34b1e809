"""Kinds of faults seen on the blind trial set of Part 107 (benchmarks/data/aspects ids 5920-5949, newuser47e:
speeches, meetings and internal reports as a new analyst brings them: leaders' demands in meeting news (`X强调,要…要…`),
a county executive meeting's minutes (`会议原则同意…`, `由X牵头…`), a leadership group's self-examination for a
democratic life meeting, debriefing-meeting news, work summaries and township research reports, with a meeting news
brief, a commendation decision and a summary cut before its shortfalls as negatives), written as small texts of the
tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into failures (to be
unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): right(challenges, recommendations) over the point texts of every essay.
KINDS = {
    # a meeting's minutes (会议纪要): the agreed items without a `要` (`由X牵头,于…前完成Y`) are its measures, but they do
    # not come out (5928: 0 of 6, nothing at all with the model on; with rules alone each `会议原则同意…` approval is
    # taken as a challenge)
    "minutes-youqiantou-agreed-item-missed": (
        "县政府第十二次常务会议纪要\n会议原则同意县交通局关于调整城区公交线路的意见,会后提交县委常委会议研究。\n"
        "由县住建局牵头,于月底前完成老旧小区排水管网摸底。\n县教育局要认真做好秋季开学校车安全检查工作。\n",
        lambda ch, rec: any("排水管网" in p for p in rec) and not any("原则同意" in p for p in ch)),
    # a leader's `强调三点:一是X上再重视。…二是…三是Y再夯实。` demands: the short `一是…` headings are missed, only the
    # `要…` sentences under them come out (5945: `思想上再重视`, `責任再夯實` missed; 5946: the first `一是…要拿出常抓的韌勁`
    # item and its clauses missed)
    "yishi-short-demand-headings-missed": (
        "副县长在讲话中强调三点:一是思想上再重视。要把秋冬种工作摆上重要位置。二是措施再细化。要把种子化肥调配方案细化到村。"
        "三是责任再夯实。各乡镇要把任务分解到人。\n",
        lambda ch, rec: any("思想上再重视" in p for p in rec) and any("责任再夯实" in p for p in rec)),
    # a democratic life meeting's self-examination (检视剖析 / 对照检查): the run-in problem heading comes out, the
    # shortfalls of its body (`没有…`, `忽略了…`, `缺乏…`) do not (5940: 2 of 8, the two headings only)
    "self-examination-body-shortfalls-missed": (
        "一、存在的突出问题\n1、学习贯彻上有差距。班子成员没有把理论学习同业务工作结合起来,忽略了政策要求的系统性。"
        "比如在开展专题调研时,缺乏前期谋划,没有形成可推广的经验。\n",
        lambda ch, rec: any("缺乏前期谋划" in p for p in ch) and any("忽略了政策要求的系统性" in p for p in ch)),
    # a debriefing meeting's news: the sentences that say the cadres spoke of `存在的问题` or the director commented on
    # `存在的不足` describe the meeting, no shortfall of anyone's, but they are taken as challenges (5937: 2, 5934: 1,
    # 5921: `听取了…任务未完成部门单位的情况说明` as a challenge)
    "meeting-procedure-cunzai-buzu-as-challenge": (
        "会上,各科室负责人依次汇报了全年任务完成情况、存在的问题与下步打算。局长逐一点评,对存在的不足提出改进建议。\n",
        lambda ch, rec: not ch),
    # a commendation decision (表彰决定): `希望受表彰的同志…` and `号召全体…学习他们…的精神` are its formula, no advice
    # of the author's, but the call comes out as a point (5933, a negative: as a challenge with the model on)
    "commendation-haozhao-call-as-point": (
        "为此,局党组决定对李某等12名同志予以通报表扬。希望受到表扬的同志保持谦虚,再接再厉。同时,号召全体干部职工学习他们"
        "吃苦耐劳、甘于奉献的精神,为全县交通事业发展作出新贡献。\n",
        lambda ch, rec: not ch and not rec),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 107 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"commendation-haozhao-call-as-point", "meeting-procedure-cunzai-buzu-as-challenge",
                     "minutes-youqiantou-agreed-item-missed", "yishi-short-demand-headings-missed"}  # neg48 (register.narrated_points), k4748


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part107_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
