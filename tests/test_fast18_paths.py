"""Faster paths that must compute what the slower ones did (fast18): the measure-tail cue gate before the clause-by-clause
reading, the lead gate of a comma run, the per-character coverage of spans, the keyphrase vertex numbering."""

from __future__ import annotations

import itertools

from summarizer import points
from summarizer.keyphrases import extract_keyphrases
from summarizer.pipeline import analyze


def _covered_reference(n: int, spans) -> list[bool]:
    return [any(a <= pos < b for a, b in spans) for pos in range(n)]


def test_coverage_of_spans_is_the_per_character_membership():
    for n, spans in ((0, []), (5, []), (10, [(2, 5)]), (10, [(2, 5), (4, 8), (8, 9)]), (6, [(3, 3), (4, 2)]),
                     (8, [(-2, 3), (6, 20)]), (12, [(0, 12), (1, 2), (1, 2)])):
        got = points._covered(n, spans)
        assert got == _covered_reference(n, spans)
        assert all(type(x) is bool for x in got)


def _tail_split_reference(text: str, start: int, end: int) -> int:
    end = min(end, start + points.TAIL_READ_CHARS)
    m = points._REST_START.search(text, start, end)
    while m is not None:
        nxt = points._REST_START.search(text, m.end(), end)
        if points.measure_tail_clause(text[m.end():nxt.start() if nxt else end]):
            return m.end()
        m = nxt
    return -1


def test_a_measure_tail_is_found_with_or_without_its_cue_gate():
    # written for this test: complaints with and without what should be done after them
    sentences = ["楼道的灯坏了半年，晚上出行很不方便，希望物业能尽快更换。",
                 "村里的水渠已经堵塞，需修复。",
                 "外墙瓷砖大面积脱落，物业应该尽快处理，以免伤人。",
                 "经济基础比较薄弱，还需要我们争取上级的支持。",
                 "活动室的桌椅已经破旧，居民意见很大，大家都不愿意去。",
                 "道路坑洼不平，雨天积水严重",
                 "停车位严重不足，需要时间慢慢解决。",
                 "没有逗号的一句话需要修复"]
    text = "".join(sentences)
    found = 0
    for start, end in itertools.product(range(0, len(text), 3), range(0, len(text) + 1, 7)):
        if end > start:
            want = _tail_split_reference(text, start, end)
            assert points._tail_split(text, start, end) == want
            found += want >= 0
    assert found > 10


def test_a_comma_run_needs_its_lead_somewhere_in_the_sentence():
    assert points.comma_run_items("我们发现了留守儿童成绩下滑问题突出，辍学情况明显加重，心理问题十分突出")[0] == "challenge"
    run = "解决这些问题，需要政府、学校和家庭的共同努力，政府加大资金投入，学校丰富课后活动，家庭加强陪伴"
    assert points.comma_run_items(run)[0] == "recommendation"
    assert points.comma_run_items("解决这些问题需要政府和学校的共同努力，政府加大资金投入，学校丰富课后活动，家庭多陪伴孩子") \
        == (None, [])  # (not more than half of the clauses after the lead open with a measure)
    assert points.comma_run_items("成绩下滑问题突出，辍学情况明显加重，心理问题十分突出") == (None, [])
    assert points.comma_run_items("调查发现：成绩下滑，辍学加重") == (None, [])


def test_keyphrase_vertices_are_numbered_by_first_occurrence_of_each_candidate():
    essay = analyze("社区养老服务站人手不足，护理员流动频繁。社区养老服务站还缺少专业设备，老人就医不便。"
                    "建议增加护理员岗位补贴，完善社区养老服务站的培训制度。护理员培训要常态化。")[0]
    phrases = extract_keyphrases(essay.body, essay.text, essay.sentences, essay.tokens, max_keyphrases=5)
    texts = [k.text for k in phrases]
    assert texts and all(essay.text[a:b] == k.text for k in phrases for a, b in k.occurrences)
    assert any("护理员" in t or "养老服务站" in t for t in texts)


def test_sentence_overlap_counts_from_the_inverted_index_equal_the_pairwise_counts():
    import random

    import numpy as np

    from summarizer import textrank

    rng = random.Random(18)
    for n, vocabulary in ((150, 300), (120, 40), (3, 5), (0, 1)):
        lists = [[f"词{rng.randint(0, vocabulary)}" for _ in range(rng.randint(0, 25))] for _ in range(n)]
        graph, n_tokens, n_types = textrank._overlap_counts(lists)
        sets = [set(t) for t in lists]
        want = {(i, j): len(sets[i] & sets[j]) for i in range(n) for j in range(n) if i != j and sets[i] & sets[j]}
        got = {(int(r), int(c)): float(d) for r, c, d in zip(graph.row, graph.col, graph.data)}
        assert got == want
        assert list(graph.row) == sorted(graph.row) and n_tokens.tolist() == [len(t) for t in lists]
        assert np.array_equal(n_types, np.array([len(s) for s in sets], dtype=np.float64))


def test_hard_break_runs_are_the_engine_scan_of_every_position():
    import random

    from summarizer import clean
    from summarizer.chars import HARD_BREAK

    rng = random.Random(18)
    alphabet = [" ", "\t", "\u3000", "\n", HARD_BREAK, "字", "a", "。"]
    texts = ["", "字", HARD_BREAK, "  " + HARD_BREAK + "  字", "字 \u3000" + HARD_BREAK + "\n" + HARD_BREAK + "字 " + HARD_BREAK]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    for text in texts:
        want = [(m.start(), m.end()) for m in clean._HARD_BREAK_RUN.finditer(text)]
        assert [(m.start(), m.end()) for m in clean._hard_break_runs(text)] == want
