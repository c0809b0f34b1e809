"""p29struct: Part 29's structure kinds on small inputs written for the tests.

Kind 9, masked placeholders: a speech or report that hides a name or a number writes ``**`` in its place
(``,**同志通报的情况`` ``十有**不是违法`` ``推进**村``); a lone ``**`` on its line, or a pair that would enclose
punctuation-led text or run past a sentence end, is no markdown emphasis and stays in the text.
"""
from __future__ import annotations

import time

from summarizer import summarize
from summarizer.markup import markup_edits

SPEECH = ("关于安全生产的讲话\n\n刚才几位局长讲得都很好，**同志介绍的做法也很实在。"
          "但是部分企业安全投入严重不足，事故隐患整改迟缓。每起事故背后十有**是违规操作。\n")


def _removed(text: str) -> list[int]:
    return [start for start, end, repl, rule in markup_edits(text) if text[start:end] == "**"]


def test_a_lone_mask_stays_in_the_summary_and_points():
    essay = summarize(SPEECH).essays[0]
    assert "，**同志介绍的做法也很实在。" in essay.summary
    for point in essay.challenges + essay.recommendations:
        assert SPEECH[point.start:point.end] == point.text
    assert [p.text for p in essay.challenges] == ["部分企业安全投入严重不足，事故隐患整改迟缓"]


def test_which_stars_are_masks():
    assert _removed("讲得很好，**同志介绍") == []            # a lone mask after punctuation
    assert _removed("背后十有**是违规操作。") == []            # a lone mask between Han characters
    assert _removed("**镇党委开展学习") == []                  # a hard-wrapped line opening with a mask
    assert _removed("打造**景观带很美。但是**景观带护栏稀疏") == []  # two masks: the pair runs past a sentence end
    assert _removed("某**，某**两人到场") == []                  # a pair enclosing punctuation-led text


def test_emphasis_is_still_removed():  # negative: real emphasis, a truncated opener, code comments
    assert _removed("我们要**坚持问题导向**，抓住重点") == [3, 11]
    assert _removed("**第一，加强领导。**其次要落实") == [0, 10]
    assert _removed("3. **保障和") == [3]                       # an opener after a space, its partner cut off
    assert _removed("/**\n * 说明\n */") == [1]
    assert summarize("## 标题\n\n我们要**坚持问题导向**，抓好落实。\n").essays[0].summary == "我们要坚持问题导向，抓好落实。"


def test_masks_are_linear():
    text = "十有**是违规。" * 30000 + "\n" + "**要点**" * 30000
    t0 = time.perf_counter()
    assert len(_removed(text)) == 60000
    assert time.perf_counter() - t0 < 2.0
