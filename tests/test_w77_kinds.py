"""Kinds of Part 77 fixed by w77, on texts of the tests' own: a chain of measures after a bare 需 that follows a link
(``为此，需A以…，B以…，C以…``: one recommendation per measure, points.need_chain_clauses); advice stated as what a
result shows (``这揭示了…需要调整的现实``, ``还需付出更多努力``: aspects._attributive_action, cue group
modal_keep_action); a report's section of review or handling work (``一、议案审议情况``: cue group work_progress)."""

import pytest

from costs import assert_linear

from summarizer import points as pts
from summarizer.pipeline import summarize_document


def test_bare_need_after_link_reads_each_measure():
    s = "为此，需进一步完善储备目录以提升保障能力，加强仓储设施建设以夯实物资基础，健全轮换机制以防止物资过期。"
    assert [s[a:b] for a, b in pts.need_chain_clauses(s)] == [
        "进一步完善储备目录以提升保障能力", "加强仓储设施建设以夯实物资基础", "健全轮换机制以防止物资过期"]


def test_bare_need_after_clause_mark_with_adverb():
    s = "培训覆盖面仍然不足，还需扩大培训范围，优化课程设置，建立考核机制。"
    assert [s[a:b] for a, b in pts.need_chain_clauses(s)] == ["扩大培训范围", "优化课程设置", "建立考核机制"]


def test_bare_need_that_is_no_modal_reads_nothing():
    # 需求 (a noun), 所需 / 无需 / 必需 (no demand), 需 opening no measure chain
    for s in ("为此，需求旺盛，加强供给，完善渠道，优化服务。",
              "按所需完善设施，加强管理，优化服务，健全制度。",
              "群众无需完善材料，加强沟通，优化流程，健全台账。",
              "为此，需注意以下三点。"):
        assert pts.need_chain_clauses(s) == [], s


def test_bare_need_chain_in_a_document():
    text = ("当前社区应急物资储备存在品类单一、更新滞后等问题。为此，需进一步完善储备目录以提升保障能力，"
            "加强仓储设施建设以夯实物资基础，健全轮换机制以防止物资过期，推动信息共享以提高调配效率。\n")
    recs = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    for item in ("完善储备目录", "加强仓储设施建设", "健全轮换机制", "推动信息共享"):
        assert sum(item in p for p in recs) == 1, (item, recs)


def test_bare_need_chain_is_linear():
    assert_linear(lambda n: pts.need_chain_clauses("为此，需" + "加强管理以提升效率，" * n + "。"), 2_000, "long chain")
    assert_linear(lambda n: pts.need_chain_clauses("，需" * n), 5_000, "many bare needs")


@pytest.mark.parametrize("text,expected", [
    # a modal phrase in apposition to a noun of fact: the need is the finding's advice
    ("期末考试中不少学生失分严重。这揭示了学生答题习惯需要调整的现实。\n", ["这揭示了学生答题习惯需要调整的现实"]),
    # the effort asked after a modal is a prescribed exertion
    ("期末考试中不少学生失分严重。这表明教师在讲评方面还需付出更多努力。\n", ["这表明教师在讲评方面还需付出更多努力"]),
    # a relative clause on any other noun, or a reality to face, or a cost, prescribes nothing
    ("期末考试中不少学生失分严重。人口老龄化是我们必须正视的现实。\n", []),
    ("期末考试中不少学生失分严重。要实现目标，需要付出巨大代价。\n", []),
])
def test_advice_drawn_from_results(text, expected):
    recs = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert recs == expected


def test_review_steps_section_gives_no_advice():
    text = ("关于加快老旧小区加装电梯的议案审议结果的报告\n一、议案审议情况\n议案交付审议以来，委员会高度重视。"
            "一是深入开展实地调研。二是认真组织座谈研讨。三是召开专委会会议审议。\n")
    essays = summarize_document(text).essays
    assert [p.text for e in essays for p in e.recommendations] == []


@pytest.mark.parametrize("point,bare", [
    ("下一步在这方面还要继续努力工作", True),  # a pledge of effort on what was just named: no act of its own
    ("还需继续努力", True),
    ("还需在课后辅导上付出更多努力", False),  # names its domain
    ("要继续努力提高服务水平", False),  # names its act
])
def test_pledge_of_effort_is_no_point(point, bare):
    assert pts.bare_remedy_point(point) is bare


def test_official_pledge_after_problems_gives_no_advice():
    text = ("卫健委负责人表示，当前基层卫生人才总量不足，城乡分布不均衡的状况仍然存在，"
            "下一步在这方面还要继续努力工作。\n")
    recs = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert recs == []
