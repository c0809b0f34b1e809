"""Items numbered past 99 and the near-duplicate test's exact repeats (speed36, issue 9: 10,000 numbered lines)."""

from __future__ import annotations

import random
from collections import Counter

from costs import assert_linear

import summarizer
from summarizer.points import _KeptIndex, _KeptText
from summarizer.structure import LONG_ITEM_MIN, find_markers


def _lines(numbers, body="加强基层治理。") -> str:
    return "".join(f"{i}. {body}\n" for i in numbers)


def _recommendations(text: str) -> list[str]:
    return [p.text for e in summarizer.summarize(text).essays for p in e.recommendations]


def test_three_and_four_digit_numbers_continue_a_run_of_items():
    items = find_markers(_lines(range(97, 103)))
    assert [(it.value, it.marker) for it in items] == [(97, "97."), (98, "98."), (99, "99."), (100, "100."),
                                                       (101, "101."), (102, "102.")]
    assert len({it.run for it in items}) == 1
    text = _lines(range(998, 1002))  # a list that opens past 99, as an excerpt would, is a run too (ux37)
    assert [it.marker for it in find_markers(text)] == ["998.", "999.", "1000.", "1001."]
    long_list = _lines(range(1, 1003))
    items = find_markers(long_list)
    assert [it.value for it in items] == list(range(1, 1003)) and LONG_ITEM_MIN == 100
    assert items[-1].marker == "1002." and long_list[items[-1].content_start:] == "加强基层治理。\n"


def test_years_amounts_and_lone_long_numbers_are_no_items():
    text = "1. 加强基层治理。\n2. 完善考核办法。\n2023. 全年工作回顾。\n100. 充实基层队伍。\n"
    assert [it.marker for it in find_markers(text)] == ["1.", "2."]  # 2023. and 100. follow no item one less
    text = "98. 加强基层治理。\n99. 完善考核办法。\n101. 充实基层队伍。\n"  # (a number skipped past 99: no item)
    assert [it.marker for it in find_markers(text)] == ["98.", "99."]
    text = "99. 加强基层治理。\n100.5万元用于培训。\n100 页\n"  # an amount, a page number
    assert [it.marker for it in find_markers(text)] == ["99."]
    text = "98. 加强治理。\n99. 完善制度。\n收入增长 100. 加强队伍建设。\n"  # (inside a line: no item)
    assert [it.marker for it in find_markers(text)] == ["98.", "99."]


def test_section_numbers_are_still_read_as_before():
    text = "3.2 基层治理\n3.2.1 人员不足\n3.2.2 经费紧张\n"
    assert [(it.family, it.marker) for it in find_markers(text)] == [("num2", "3.2"), ("num3", "3.2.1"),
                                                                      ("num3", "3.2.2")]
    text = _lines(range(1, 100)) + "100.1 人员不足\n100.2 经费紧张\n"  # (a section 100.1 after item 99: no item 100)
    assert [it.marker for it in find_markers(text)][-1] == "99."


def test_a_long_list_of_one_item_repeated_gives_one_point():
    # before: items 100 … 150 were no list items, each line gave its own point 100.加强基层治理 … 150.加强基层治理
    assert _recommendations(_lines(range(1, 151))) == ["加强基层治理"]
    bodies = ["充实基层队伍", "加大财政投入", "完善考核办法"]
    text = "".join(f"{i}. {bodies[i % 3]}。\n" for i in range(1, 121))
    assert sorted(_recommendations(text)) == sorted(bodies)


def test_exact_repeat_is_answered_as_the_candidates_answer():
    # a text equal to a kept one repeats it (ratio 1.0, no differing middles): the set look-up gives the value of
    # testing the candidates, for every threshold
    rng = random.Random(36)
    alphabet = "加强基层治理12，。"
    for trial in range(400):
        kept = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 6))]
        a = rng.choice(kept) if rng.random() < 0.5 else "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for threshold in (0.8, 0.5, 1.0, 1.5, 0.0):
            index = _KeptIndex(Counter("".join(kept)), threshold)
            for b in kept:
                index.add(_KeptText(b))
            expected = any(k.repeated_by(a, Counter(a), threshold) for k in index.candidates(a, Counter(a)))
            assert index.repeats(a, Counter(a)) == expected, (a, kept, threshold)
    index = _KeptIndex(Counter("加强治理"))
    index.add(_KeptText("加强治理"))
    assert index.repeats("加强治理", Counter("加强治理")) and "加强治理" in index.exact


def test_numbered_lines_past_99_stay_linear():
    assert_linear(lambda n: summarizer.summarize(_lines(range(1, n + 1))), 150, "numbered lines 1. … 4n.")
