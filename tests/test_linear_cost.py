"""Cost grows linearly with the input (issue 9): adversarial generators at sizes n and 4n.

These are ratio tests, not timed tests: each input is run at two sizes and the *ratio* of the CPU times (best of
three, ``time.process_time``) must stay below ``costs.MAX_RATIO`` (linear is 4, quadratic 16); a floor on the small
time keeps timer noise out (the helpers live in ``tests/costs.py``, shared by every ratio test). Memory: the
``tracemalloc`` peak of the TextRank graph and of cleaning stays bounded the same way. The absolute numbers of the full-size inputs live in ``benchmarks/adversarial.py``.
"""

from __future__ import annotations

import importlib
import itertools
import math
import re
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

try:
    import re._parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

import summarizer
from summarizer import clean as clean_mod
from summarizer import textrank
from summarizer.lazy import LazyPattern
from summarizer.errors import SummarizerError
from summarizer.sentences import split_sentences
from summarizer.textrank import MAX_PAIRS, MMR_POOL, Ranking, pagerank, select

from costs import MAX_RATIO
from costs import best_time as _best_time
from costs import time_ratio as _ratio

REPO = Path(__file__).resolve().parents[1]


def _summarize(text: str) -> None:
    try:
        summarizer.summarize(text)
    except SummarizerError:
        pass  # an input that is all boilerplate is refused: that is a result too


# name -> generator of an input of about n units; the sizes keep the whole module under a minute on 2 cores
PIPELINE_CASES = {
    "breadcrumb_run": lambda n: "新闻中心" + " > 栏目" * n + " > 正文。",
    "spaced_cjk": lambda n: "字 " * (2 * n),
    "running_heads": lambda n: "12测试测试\n" * n,
    "one_word_sentences": lambda n: "好。" * (2 * n),
    "shared_word": lambda n: "治理。" * (2 * n),
    "yishi_items": lambda n: "一是加强。" * n,
    "paren_markers": lambda n: "（1）加强治理。" * n,
    "circled_markers": lambda n: "①加强治理。" * n,
    "one_character": lambda n: "字" * (5 * n),
    # one keyword repeated with no punctuation: a run of adjacent keywords (a verb, 治理, opens no phrase; a noun
    # run is split into phrases) — once quadratic in the run (a 100,000-character line took 276 s)
    "keyword_run_verb": lambda n: "治理" * (4 * n),
    "keyword_run_noun": lambda n: "社区" * (4 * n),
    "latin_line": lambda n: "abc 123 " * n,
    "headings": lambda n: "".join(f"{'一二三四五六七八九十'[i % 10]}、标题{i}\n" for i in range(n)),
    "nested_quotes": lambda n: "“" * n + "好。" * n + "”" * n,
    "short_essays": lambda n: "".join(f"第{i + 1}篇\n加强基层治理第{i}\n当前基层治理存在短板。建议完善制度{i}。\n"
                                      for i in range(n // 8)),
    "wrapped_lines": lambda n: "加强治理，完善制度\n" * n,
    # one or two characters a line (vertical layout, a narrow column, a column of labels)
    "short_lines": lambda n: "好\n" * (2 * n),
    "label_lines": lambda n: "".join(f"项目{i}：\n" for i in range(n)),
    "whitespace": lambda n: " " * (4 * n) + "\n" * (4 * n) + "好。",
    "html_tags": lambda n: "<div><p>治理</p></div>" * (n // 4),
    # 一是…，二是…，… runs of ten in one line with no sentence end: each run's lead-in look-back is bounded
    # (new-user trial: 10,000 such items, 90k characters, took 7 s; 270k, 53 s)
    "inline_runs_one_line": lambda n: "".join(f"{'一二三四五六七八九十'[i % 10]}是基层人员不足，" for i in range(4 * n)),
    # runs nested n deep (1. n times, then 2. n times; with a (1)/(2) list in each): thousands of runs open at once,
    # each pair inside the one around it (a RecursionError in structure.parse at 3,000 blocks; then quadratic)
    "nested_runs": lambda n: "\n".join(["1.加强管理"] * n + ["2.完善制度"] * n),
    "nested_runs_with_parts": lambda n: "\n".join(["1.存在问题", "（1）资金不足"] * n + ["2.对策建议", "（2）加强管理"] * n),
}


@pytest.mark.parametrize("name", sorted(PIPELINE_CASES))
def test_pipeline_cost_grows_linearly(name):
    gen = PIPELINE_CASES[name]
    small, large = gen(400), gen(1600)
    summarizer.summarize("加强基层治理。当前存在短板问题。建议完善制度。")  # warm: dictionaries loaded
    ratio, t_small, t_large = _ratio(lambda: _summarize(small), lambda: _summarize(large))
    assert ratio < MAX_RATIO, f"{name}: {t_small:.3f}s -> {t_large:.3f}s (x{ratio:.1f}) for 4x the input"


# ------------------------------------------------------------------------------------------ every pattern

_MODULES = ["summarizer.clean", "summarizer.markup", "summarizer.essays", "summarizer.structure", "summarizer.sentences",
            "summarizer.aspects", "summarizer.points", "summarizer.chars", "summarizer.pipeline"]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []

    def add(name, value):
        if isinstance(value, re.Pattern):
            found.append((name, value))
        elif isinstance(value, LazyPattern):  # (a module rule compiled at first use: perf60)
            found.append((name, value.compiled()))
        elif isinstance(value, (tuple, list)):
            for i, x in enumerate(value):
                add(f"{name}[{i}]", x)

    for module in _MODULES:
        for key, value in vars(importlib.import_module(module)).items():
            add(f"{module}.{key}", value)
    for i, (rule, pattern) in enumerate(clean_mod._line_rules()):
        found.append((f"boilerplate.txt[{i}] {rule}", pattern))
    return found


def _literals(pattern: re.Pattern[str]) -> set[str]:
    """Characters the pattern names (literals and the ends of its character ranges)."""
    out: set[str] = set()

    def walk(items):
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                out.add(chr(av))
            elif name == "IN":
                for op2, av2 in av:
                    if str(op2) == "LITERAL":
                        out.add(chr(av2))
                    elif str(op2) == "RANGE":
                        out.update((chr(av2[0]), chr(av2[1])))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(av[2])
            elif name == "SUBPATTERN":
                walk(av[-1])
            elif name == "BRANCH":
                for branch in av[1]:
                    walk(branch)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(av[1])
            elif name == "ATOMIC_GROUP":
                walk(av)

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return out


# runs that defeated earlier rules: separators with spaces (breadcrumb), letter-spaced CJK (journal header), page
# number + phrase lines (running heads), whitespace and newline runs, digit runs, open brackets
_SPECIAL_UNITS = ["a  >  ", "字 ", "12测试测试\n", " \t", "\n", "1", "（", "《", "[", "<", "|", " | ", "»", "-", "、"]


def _scan(pattern: re.Pattern[str], text: str) -> None:
    for _ in pattern.finditer(text):
        pass
    pattern.search(text)
    pattern.match(text)


@pytest.mark.parametrize("name,pattern", _patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_pattern_is_linear(name, pattern):
    """Each regular expression of the pipeline (resources/boilerplate.txt included) scans runs of its own characters
    and of known bad units in time linear in their length (finditer, search and match)."""
    chars = sorted(_literals(pattern) | {" ", "字", "a", "。"})[:24]
    units = _SPECIAL_UNITS + chars + [a + b for a, b in itertools.product(chars[:8], chars[:8]) if a != b]
    worst = (0.0, "")
    for unit in units:
        small = unit * (600 // len(unit))
        t = _best_time(lambda: _scan(pattern, small), repeat=1)
        if t > worst[0]:
            worst = (t, unit)
    unit = worst[1]
    small, large = unit * (600 // len(unit)), unit * (2400 // len(unit))
    ratio, t_small, t_large = _ratio(lambda: _scan(pattern, small), lambda: _scan(pattern, large), floor=0.002)
    assert ratio < MAX_RATIO, f"{name} on {unit!r} runs: {t_small:.4f}s -> {t_large:.4f}s (x{ratio:.1f})"


def test_breadcrumb_rule_matches_breadcrumbs_only():
    """The rewritten breadcrumb rule (no backtracking blow-up) still removes navigation lines, keeps prose."""
    rules = [p for name, p in clean_mod._line_rules() if name == "breadcrumb"]
    hit = lambda line: any(p.search(line) for p in rules)  # noqa: E731
    assert hit("首页 > 新闻中心 > 正文")
    assert hit("新闻中心 » 地方动态 » 正文")
    assert hit("新闻中心" + " > 栏目" * 12 + " > 正文")
    assert hit("新闻中心" + " > 栏目" * 12 + " > 正文。")  # a scraped line's final 。 does not make it prose
    assert hit("a  >  " * 9 + "。")
    assert not hit("收入＞支出，这说明财政状况良好。")
    text = "首页 > 新闻中心 > 正文\n加强基层治理。"
    assert clean_mod.clean(text).text == "加强基层治理。"
    assert clean_mod.clean("a  >  " * 9 + "。").text.strip() == ""


def test_running_header_is_the_longest_shared_prefix():
    """Grouping by prefix finds the header the pairwise comparison found: the longest prefix (4–16 characters)
    that two page-start phrases share, the earliest phrase's on a tie."""
    text = ("012战疫情与社会治理研究\n正文一。\n013战疫情与社会治理研究\n正文二。\n"
            "120社会治理现代化\n正文三。\n121社会治理现代化\n正文四。\n")
    out = clean_mod.clean(text)
    assert "战疫情与社会治理研究" not in out.text and "社会治理现代化" in out.text
    assert out.removed.get("running_header", 0) > 0
    # the adversarial case: 4,000 identical page lines are one header, removed everywhere
    many = clean_mod.clean("12测试测试\n正文。\n" * 300)
    assert "测试测试" not in many.text and many.text.count("正文。") == 300


# ------------------------------------------------------------------------------------------- TextRank graph


def _dense_reference(tokens: list[list[str]], damping: float = 0.85) -> np.ndarray:
    """The TextRank of the dense n x n graph (the implementation before the sparse graph), for comparison."""
    n = len(tokens)
    sets = [set(t) for t in tokens]
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if i != j and tokens[i] and tokens[j]:
                shared = len(sets[i] & sets[j])
                if shared:
                    denom = max(math.log(max(len(tokens[i]), 1)) + math.log(max(len(tokens[j]), 1)), math.log(2))
                    sim[i, j] = shared / denom
    return pagerank(sim, damping=damping)


def test_sparse_graph_ranks_as_the_dense_graph():
    """On real essays (the test fixtures, the example essay) the sparse graph gives the dense graph's PageRank
    to 1e-9, and the same similarities."""
    from summarizer.tokenize import get_tokenizer

    tok = get_tokenizer()
    texts = [(REPO / path).read_text(encoding="utf-8") for path in
             ("examples/essay.txt", "tests/fixtures/essay_elderly_care.txt", "tests/fixtures/essay_river_chief.txt")]
    for text in texts:
        sentences = split_sentences(text)
        tokens = [tok.content_tokens(s.text) for s in sentences]
        ranking = Ranking.from_tokens(sentences, tokens)
        assert np.allclose(ranking.scores, _dense_reference(tokens), atol=1e-9, rtol=0)
        dense = textrank.similarity_matrix(tokens)
        assert np.allclose(ranking.similarity().toarray(), dense, atol=1e-12)
        picked = select(ranking, budget=200).indices
        assert picked and all(0 <= i < len(sentences) for i in picked)


def test_edge_list_pagerank_matches_dense():
    """Above the size ranked densely, PageRank runs over the edge list: same scores as the dense matrix to 1e-9,
    with and without a personalization vector, on a graph with dangling nodes."""
    rng = np.random.default_rng(7)
    n = textrank._DENSE_MAX * 2
    vocab = [f"w{i}" for i in range(300)]
    tokens = [list(rng.choice(vocab, size=int(rng.integers(0, 6)))) for _ in range(n)]
    sentences = split_sentences("好。" * n)
    ranking = Ranking.from_tokens(sentences, tokens)
    graph = ranking.similarity()
    assert graph.n == n and len(graph.data) > 0
    assert np.allclose(ranking.scores, _dense_reference(tokens), atol=1e-9, rtol=0)
    prior = textrank.position_prior(n, 0.6)
    assert np.allclose(pagerank(graph, personalization=prior), pagerank(graph.toarray(), personalization=prior),
                       atol=1e-9, rtol=0)


def test_graph_cap_keeps_pairs_bounded():
    """10,000 sentences that all share one word: that word is left out of the graph (MAX_PAIRS), no pair is
    stored, every score is 1/n, and selection still returns the lead."""
    n = 10_000
    sentences = split_sentences("好。" * n)
    tokens = [["好"] for _ in range(n)]
    ranking = Ranking.from_tokens(sentences, tokens)
    assert len(ranking.overlap.data) == 0
    assert np.allclose(ranking.scores, 1.0 / n)
    assert select(ranking, k=3).indices == [0]  # the others repeat its text: near-duplicates are never picked
    # below the cap nothing is left out: 1,000 sentences sharing a word make 499,500 pairs (both directions stored)
    small = Ranking.from_tokens(sentences[:1000], tokens[:1000])
    assert 1000 * 999 // 2 <= MAX_PAIRS and len(small.overlap.data) == 1000 * 999


def test_selection_pool_is_bounded():
    """More eligible sentences than MMR_POOL: MMR compares the best-scored MMR_POOL only (the redundancy matrix
    is pool x pool) and picks the best-scored sentence first."""
    n = MMR_POOL * 3
    sentences = split_sentences("".join(f"词{i}甲{i % 7}。" for i in range(n)))
    tokens = [[f"词{i}", f"甲{i % 7}"] for i in range(n)]
    ranking = Ranking.from_tokens(sentences, tokens)
    picked = select(ranking, k=5)
    best = max(picked.scores, key=lambda i: (picked.scores[i], -i))
    assert best in picked.indices and len(picked.indices) == 5


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("unit", [["好"], ["治理", "加强"], None])
def test_textrank_memory_grows_linearly(unit):
    """Peak memory of building and ranking the graph: 4x the sentences needs about 4x the memory (a dense
    graph needed 16x)."""

    def build(n):
        sentences = split_sentences("好。" * n)
        tokens = [list(unit) if unit else [f"w{i}", f"w{i + 1}"] for i in range(n)]
        return lambda: select(Ranking.from_tokens(sentences, tokens), budget=200)

    small, large = _peak(build(2000)), _peak(build(8000))
    assert large / small < MAX_RATIO, f"{small} -> {large} bytes"


def test_cleaning_memory_grows_linearly():
    small = _peak(lambda: clean_mod.clean("字 " * 2000 + "\n" + "12测试测试\n" * 500))
    large = _peak(lambda: clean_mod.clean("字 " * 8000 + "\n" + "12测试测试\n" * 2000))
    assert large / small < MAX_RATIO, f"{small} -> {large} bytes"


@pytest.mark.parametrize("prefix,unit", [("学报", "A"), ("学报", "AB "), ("收稿日期：", " "), ("关键词：", "词;"),
                                         ("参考文献\n", "[1]"), ("首页", " > a"), ("作者简介：", "字")])
def test_cleaning_after_a_cue_is_linear(prefix, unit):
    """A cue followed by a long run of what its rule repeats (the journal-name rule once read ``学报`` + n capitals
    in n² steps)."""
    small, large = prefix + unit * (3000 // len(unit)) + "。", prefix + unit * (12000 // len(unit)) + "。"
    ratio, t_small, t_large = _ratio(lambda: clean_mod.clean(small), lambda: clean_mod.clean(large), floor=0.005)
    assert ratio < MAX_RATIO, f"{prefix!r}+{unit!r}: {t_small:.4f}s -> {t_large:.4f}s (x{ratio:.1f})"


def test_joined_boilerplate_rules_are_linear():
    """The one alternation of every whole-line boilerplate rule (``clean._any_line_rule``, built at run time, so not
    among the module patterns above) scans runs as linearly as each rule does."""
    joined = clean_mod._any_line_rule()
    assert joined is not None
    test_every_pattern_is_linear("summarizer.clean._any_line_rule()", joined)


def test_numbered_sentence_lines_are_read_in_linear_time():
    """A block of numbered lines that are sentences (minutes typed as printed: ``（一）…，…。`` line after line): the
    marker families of the block are counted once each (k119121's first version counted each line's family over
    the whole block, n² steps: 8,000 such lines 1.1 s against 0.07 s for 2,000)."""
    def lines(n):
        pieces = ["（一）基层人员不足，经费缺乏。"] * n
        starts = [i * 16 for i in range(n)]
        return starts, [s + 15 for s in starts], pieces

    small, large = lines(2000), lines(8000)
    assert clean_mod._sentence_item_blocks(*small)[0] == frozenset({"（一）"})
    ratio, t_small, t_large = _ratio(lambda: clean_mod._sentence_item_blocks(*small),
                                     lambda: clean_mod._sentence_item_blocks(*large), floor=0.005)
    assert ratio < MAX_RATIO, f"{t_small:.4f}s -> {t_large:.4f}s (x{ratio:.1f})"
