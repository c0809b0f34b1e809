"""Fault kinds a new user's blind trial set (Part 37, ids 1610-1670) met, on inputs written for these tests.

The trial's brief was to report faults, not to fix them: each failing test states the right value and is marked
``xfail(strict=True)`` while the pipeline still gets it wrong, so the suite stays green and the mark must be removed
(the test then guards the fix) by whoever fixes the kind. See ``benchmarks/data/aspects/SOURCES.md``, Part 37.
"""

from __future__ import annotations

import pytest

import summarizer


def _points(text: str) -> tuple[list[str], list[str]]:
    """Challenges and recommendations of every essay of ``text``, in order."""
    essays = summarizer.summarize(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


_FORUM_POST = ("每天下班骑车经过中山路 汽车电动车流量非常大 路口红绿灯时间太短 使得交通堵塞情况严重\n"
               "市政府可不可以考虑在中山路加设一条非机动车专用道 我相信这样交通状况一定能改善\n以上浅见")


def test_a_space_separated_forum_post_keeps_its_proposal_apart_from_its_complaint():
    """A forum post writes its clauses with spaces and no punctuation (1636, 1638). The complaint line is a
    challenge and the next line's `可不可以考虑…` is the poster's proposal; today the spaces are dropped and both lines
    become one challenge `…使得交通堵塞情况严重市政府可不可以考虑…`."""
    chals, recs = _points(_FORUM_POST)
    assert any("交通堵塞情况严重" in c and "市政府" not in c for c in chals), chals
    assert any("非机动车专用道" in r for r in recs), recs


_NOTICE = ("温馨提示:\n1. 本文档由用户上传,版权归属用户,如有争议请及时联系客服。\n"
           "2. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。\n")
_REPORT = ("社区养老服务调研\n当前社区养老服务存在床位不足、护理人员短缺等问题。"
           "建议加大财政投入,加强护理人员培训。")


def test_a_document_sites_download_notice_is_no_challenge():
    """Document-sharing sites print a numbered `温馨提示` before the text (1618, 1632); its `无法下载或下载错误`
    line is page furniture, not the author's problem."""
    chals, _ = _points(_NOTICE + _REPORT)
    assert not any("下载" in c for c in chals), chals


def test_without_the_notice_the_report_keeps_its_points():
    """The control for the test above: the report alone gives its problems and its measure."""
    chals, recs = _points(_REPORT)
    assert any("床位不足" in c for c in chals), chals
    assert any("加大财政投入" in r for r in recs), recs
