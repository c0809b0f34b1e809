"""A run-in measure heading (``解决这个问题，首先要A。``) followed by sibling measures that open with an ordinal or an
adding word (``其次要B。``, ``同时要C。``): a list in prose, each sentence its own recommendation, not the heading's
argument (try45; texts written for this test)."""

from __future__ import annotations

import summarizer

BASE = "当前，乡村人才短缺的问题依然突出。大量青壮年劳动力外出务工，乡村发展后继乏人。\n"


def _recs(text: str, **kw) -> list[str]:
    return [p.text for p in summarizer.summarize(text, **kw).essays[0].recommendations]


def test_sibling_after_run_in_heading_is_its_own_point():
    text = BASE + ("破解这一难题，首先要完善人才引进政策，吸引高校毕业生返乡创业。"
                   "其次要加强本土人才培养，依托职业院校开展新型职业农民培训。")
    for kw in ({}, {"aspect_model": False}):
        recs = _recs(text, **kw)
        assert any("加强本土人才培养" in r for r in recs), (kw, recs)
        assert any("完善人才引进政策" in r for r in recs), (kw, recs)


def test_argument_under_run_in_heading_is_no_point():
    # the sentences after the heading argue it (no ordinal, no adding word): still no measure of their own
    text = BASE + "解决投入不足问题，需要增加投入。我国教育经费投入长期偏低，很多学校办学条件差。"
    assert _recs(text, aspect_model=False) == ["解决投入不足问题，需要增加投入"]
