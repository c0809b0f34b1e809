"""speed38: the per-point waste the points stage sheds changes no output.

* The text-only verdicts that ``points._neither_and_flips`` asks of every point's text (``states_no_measure``,
  ``awaits_improvement``, ``concession_main`` …) are remembered per document (``aspects._remembered``): the same
  answers, and the memos are emptied after each ``summarize`` call like the other document memos.
* ``points.parallel_run_ins`` finds a clause's end with one search and tests each character for Han once per clause.
* ``aspects.accounts_for_conduct`` tries the news frame at the sentence's start only (a frame after a comma never
  counted).
Values on small texts of the tests' own; cost by ratio (``costs.assert_linear``), never timed.
"""

from __future__ import annotations

import pytest
from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize

REMEMBERED = ("states_no_measure", "argues_no_point", "praise_verdict_end", "concession_main", "awaits_improvement",
              "opens_mid_clause", "frame_only", "praises_report", "labels_work_done", "procedural_wish",
              "states_praise", "announces_sanction", "states_relief")


@pytest.mark.parametrize("name", REMEMBERED)
def test_remembered_verdicts_answer_as_the_function(name):
    fn = getattr(asp, name)
    for text in ("要认识到教育的重要性", "风险防范工作还需要加强", "尽管政府采取了多项措施，但却出现了新的问题", "加强基层治理"):
        assert fn(text) == fn.__wrapped__(text)
        assert fn(text) == fn.__wrapped__(text)  # (the second answer from the memo)


def test_remembered_verdict_values():
    assert asp.states_no_measure("要认识到教育的重要性") is True
    assert asp.states_no_measure("加强基层治理") is False
    assert asp.awaits_improvement("风险防范工作还需要加强") is True
    assert asp.concession_main("尽管政府采取了多项措施，但却出现了新的问题") == 14
    assert asp.concession_main("加强基层治理") is None


def test_remembered_verdicts_are_emptied_after_each_call():
    summarize("".join(f"{i}. 加强基层治理。\n" for i in range(1, 30)))
    for name in REMEMBERED:
        assert getattr(asp, name).cache_info().currsize == 0, name


def test_parallel_run_ins_values():
    text = "要进一步提高站位，抓好落实。要进一步凝聚合力，形成共识。要进一步压实责任，确保见效。"
    assert points.parallel_run_ins(text, [0, 14, 28]) == [[0, 14, 28]]
    # Latin letters and digits in a clause open no gram; the Han grams after them still do
    latin = "A1进一步提高站位，抓好落实。A1进一步凝聚合力，形成共识。A1进一步压实责任，确保见效。"
    assert points.parallel_run_ins(latin, [0, 15, 30]) == [[0, 15, 30]]
    # one clause repeated names a topic: no group
    assert points.parallel_run_ins("要进一步提高站位。" * 3, [0, 9, 18]) == []
    # a clause longer than RUN_IN_CLAUSE_CHARS is no run-in head
    long_ = ("要" + "进一步提高站位" * 3 + "。") * 3
    step = len(long_) // 3
    assert points.parallel_run_ins(long_, [0, step, 2 * step]) == []


def test_parallel_run_ins_linear():
    def case(n):
        text = "".join(f"要进一步加强第{k}项工作，抓好落实。" for k in range(n))
        starts = [k for k in range(len(text)) if text.startswith("要进一步", k)]
        points.parallel_run_ins(text, starts)

    assert_linear(case, 500, "parallel run-in heads")


def test_accounts_for_conduct_at_the_start_only():
    assert asp.accounts_for_conduct("公司随后解释成本上涨是加价的主因，市民不满。") is True
    assert asp.accounts_for_conduct("据报道，公司随后解释成本上涨是加价的主因。") is False
    assert asp.accounts_for_conduct("成本上涨是加价的主因。") is False


def test_numbered_lines_give_one_recommendation():
    result = summarize("".join(f"{i}. 加强基层治理。\n" for i in range(1, 201)))
    (essay,) = result.essays
    assert [p.text for p in essay.recommendations] == ["加强基层治理"]
    assert essay.challenges == []
