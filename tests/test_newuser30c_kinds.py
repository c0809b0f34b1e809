"""Kinds of faults seen on the blind trial set of Part 43 (benchmarks/data/aspects ids 2040-2105, newuser30c),
written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do
yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): challenges and recommendations are the point texts of every essay.
KINDS = {
    # pinyin glosses whose tone letters an export turned into '?' end points mid-word (Part 43: 2071, 2097)
    "pinyin-gloss-question-mark": (
        "目前由于乡村道路养护(h?)不力、资金投入(r?)不足导致的群众出行难问题仍然突出,"
        "道路安全隐患越来越成为乡村发(f?)展的短板。",
        lambda ch, rec: bool(ch) and not any(p.endswith("?)") for p in ch)),
    # an abstract sentence that names the problems and measures it announces gives no point (2081, 2093, 2103)
    "announcing-abstract-names-content": (
        "本文先阐述了社区养老服务面临的困难,如护理人员流失严重、运营资金来源单一等,"
        "然后提出了几点对策,如建立护理人员薪酬保障机制、引导社会资本参与运营等。",
        lambda ch, rec: any("护理人员流失严重" in p for p in ch) and any("引导社会资本参与运营" in p for p in rec)),
}


#: Kinds a later change fixed (noise30: ``clean._PINYIN_NOTE`` drops glosses an export damaged): asserted plainly.
FIXED = {"pinyin-gloss-question-mark"}
_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 43 (see benchmarks/data/aspects/SOURCES.md)")


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part43_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    challenges = [p.text for e in essays for p in e.challenges]
    recommendations = [p.text for e in essays for p in e.recommendations]
    assert right(challenges, recommendations)
