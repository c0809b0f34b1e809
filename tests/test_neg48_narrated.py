"""neg48: what was done, told as news, is no point: how an event was run, a meeting's procedure, a commendation's call.

A news brief of an event (``本次义诊由…联合开展，采取…的方式开展``), the procedure of a meeting it reports
(``各科室负责人依次汇报了…存在的问题``, ``局长逐一点评，对存在的不足提出改进建议``) and a commendation's closing call
(``号召全体干部职工学习他们…的精神``) narrate or honour, they state no problem and propose nothing
(:func:`summarizer.register.narrated_points`). The same sentences inside an essay whose author then argues leave the
author's own points in place. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from costs import assert_linear
from summarizer import register
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


EVENT_BRIEF = ("4月12日，某街道社区卫生服务中心在小区广场开展健康义诊活动。本次义诊由全科、口腔科、康复科联合开展，"
               "采取免费测量与现场咨询相结合的方式进行。活动共服务居民200余人次，发放健康手册300份。\n")
MEETING_NEWS = ("12月20日，某县水务局召开年度工作述职会。会上，各股室负责人依次汇报了全年任务完成情况、存在的问题和明年打算。"
                "局长逐一点评，对存在的不足提出改进意见。\n")
COMMENDATION = ("经研究，局党委决定对王某等8名同志予以通报表扬。希望受到表扬的同志戒骄戒躁，再创佳绩。同时，号召全体干部职工"
                "学习他们爱岗敬业、默默奉献的精神，为全区水利事业发展作出新的贡献。\n")


def test_event_news_brief_has_no_points():
    ch, rec = _points(EVENT_BRIEF)
    assert not rec and not ch


def test_meeting_procedure_is_no_challenge():
    ch, _ = _points(MEETING_NEWS)
    assert not ch


def test_commendation_call_is_no_recommendation():
    ch, rec = _points(COMMENDATION)
    assert not rec and not ch


def test_author_points_stay_after_reported_sentences():
    essay = ("浅谈社区义诊活动的改进\n" + EVENT_BRIEF +
             "但笔者在现场看到，义诊活动存在重形式、轻后续的问题，许多居民测完血压后无人跟踪随访。"
             "为此，建议社区建立慢病居民健康档案，由家庭医生定期上门随访。\n")
    ch, rec = _points(essay)
    assert any("轻后续" in p or "无人跟踪随访" in p for p in ch)
    assert any("健康档案" in p for p in rec)


@pytest.mark.parametrize("sentence, expected", [
    ("本次义诊由内科、儿科、中医科联合开展，采取现场咨询的方式开展。", True),
    ("此次专项督查采取明察与暗访相结合的方式，重点检查了作风纪律。", True),
    ("本次培训以线上直播形式开展，共有500人参加。", True),
    ("本届政府由于疫情冲击，房屋供应成效不彰。", False),   # 由于 gives a cause, no arrangement
    ("此次专项行动共检查企业8家，发现隐患18处。", False),  # a count of findings, left to the other rules
    ("要以此次督查为契机，认真查找自身存在的不足。", False),  # the demonstrative does not open the sentence
])
def test_narrates_event(sentence, expected):
    assert register.narrates_event(sentence) is expected


@pytest.mark.parametrize("point, expected", [
    ("各股室负责人依次汇报了全年任务完成情况、存在的问题", True),
    ("会议听取了整改任务未完成单位的情况说明", True),
    ("局长逐一点评，对存在的不足提出改进意见", True),
    ("督导组对存在的问题提出要求", True),
    ("部分干部只传达了文件精神，没有结合实际抓落实", False),  # a self-criticism's shortfall
    ("基层医疗机构人员不足、设备老化", False),
])
def test_narrates_procedure(point, expected):
    assert register.narrates_procedure(point) is expected


def test_commendation_call_needs_an_exemplar():
    assert register.commendation_call("号召全体党员向先进典型学习。")
    assert not register.commendation_call("号召社会各界积极参与垃圾分类。")  # a call to act is left to the rules


def test_narrated_reads_are_linear():
    assert_linear(lambda n: register.narrates_event("本次" + "活动" * (1000 * n)), 50, "narrates_event, one long run")
    assert_linear(lambda n: register.narrates_procedure("对" + "存在的" * (1000 * n)), 50,
                  "narrates_procedure, a long run without marks")
    assert_linear(lambda n: register.commendation_call("号召学习" * (1000 * n)), 50, "commendation_call, long run")

    def many(n: int) -> None:
        text = "本次义诊由科室联合开展。" * n
        spans = [(12 * i, 12 * (i + 1)) for i in range(n)]
        points = {"challenge": [], "recommendation": [_P(12 * i, 12 * i + 6) for i in range(n)]}
        register.narrated_points(text, spans, points)

    assert_linear(many, 2000, "narrated_points, many sentences and points")


class _P:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
