"""Adversarial inputs: time and peak memory of ``summarizer.summarize`` on one core, one input per process.

Each input is built by a generator (:data:`CASES`), run in a fresh subprocess pinned to one CPU
(``os.sched_setaffinity``) after a warm-up call (the jieba dictionary and the resources are loaded before the
clock starts), with a per-input timeout so a bad case does not hang the run. Reported per input: characters,
wall seconds and CPU seconds (user + system, less sensitive to other load on a shared machine) of the one
``summarize`` call, the process's peak RSS (``ru_maxrss``: the imports and the warm-up included) and the peak
during the call minus the RSS before it (what the call itself needed: the kernel's high-water mark ``VmHWM`` is
reset before the call through ``/proc/self/clear_refs`` where Linux allows it, else the process's peak stands in:
the call then counts from the RSS before it),
and the outcome (``ok``, an error code such as ``input_too_large``, or ``timeout``). Where
``PYTHONDONTWRITEBYTECODE`` is set (the development machine) each process also compiles the library's source, about
20 MB of the peak (freed, then handed back to the system after the warm-up: ``gcpolicy.release_free_memory``).

The documented limits are the service's ``SUMMARIZER_MAX_CHARS`` (100,000 characters by default) and
``SUMMARIZER_MAX_ESSAYS`` (500 essays per document) and ``SUMMARIZER_MAX_SENTENCES`` (10,000 sentence ends per
document): every input is run with ``max_chars=100_000``, ``max_essays=500`` and ``max_sentences=10_000``, so an
input over the first or the third must be refused (``input_too_large``) at once, one over the second once it is
cleaned and split into essays.

Usage::

    python -m benchmarks.adversarial                  # every case, table on stdout
    python -m benchmarks.adversarial --only dense --timeout 30 --json out.json
    python -m benchmarks.adversarial --only realistic --options '{"sentence_selector": false}'   # an option changed
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable

LIMIT_CHARS = 100_000
#: The service's ``SUMMARIZER_MAX_ESSAYS`` default: a document that splits into more essays is refused
#: (``input_too_large`` naming ``max_essays``) after cleaning, before any essay is analysed.
LIMIT_ESSAYS = 500
#: The service's ``SUMMARIZER_MAX_SENTENCES`` default (:data:`summarizer.errors.DEFAULT_MAX_SENTENCES`): a document
#: of more sentence ends (runs of 。！？!?, and line breaks after short lines) is refused (``input_too_large`` naming ``max_sentences``)
#: before it is cleaned.
LIMIT_SENTENCES = 10_000


def _essays(n: int) -> str:
    out = []
    for i in range(n):
        out.append(f"第{i + 1}篇\n加强基层治理第{i}\n当前基层治理存在短板。建议完善制度{i}。\n")
    return "".join(out)


def _headings(n: int) -> str:
    nums = "一二三四五六七八九十"
    return "".join(f"{nums[i % 10]}、标题{i}\n" for i in range(n))


def _realistic(chars: int) -> str:
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(here, "examples", "essay.txt"), encoding="utf-8") as f:
        essay = f.read()
    return (essay * (chars // len(essay) + 1))[:chars]


#: name -> (generator, what it probes)
CASES: dict[str, tuple[Callable[[], str], str]] = {
    # from issue 9
    "breadcrumb_a9": (lambda: "a  >  " * 9 + "。", "boilerplate breadcrumb rule, 55 chars"),
    "breadcrumb_a30": (lambda: "a  >  " * 30 + "。", "the same, 30 separators"),
    "breadcrumb_scraped": (lambda: "新闻中心" + " > 栏目" * 12 + " > 正文。", "a scraped breadcrumb line"),
    "breadcrumb_long": (lambda: "新闻中心" + " > 栏目" * 19990 + " > 正文。", "100k-char breadcrumb line"),
    "journal_header_spaced": (lambda: "字 " * 8000, "spaced CJK (journal_header rule)"),
    "journal_header_spaced_50k": (lambda: "字 " * 50000, "the same, 100k chars"),
    "running_heads": (lambda: "12测试测试\n" * 4000, "running heads: page number + phrase lines"),
    "running_heads_100k": (lambda: "12测试测试\n" * 14000, "the same, 98k chars"),
    "site_filler": (lambda: "小编供大家参考" * 14000, "site-filler cues, one line"),
    "join_lines": (lambda: "加强治理，完善制度\n" * 10000, "10,000 wrapped lines to join"),
    "short_lines_50k": (lambda: "好\n" * 50000, "50,000 one-character lines"),
    "wenti_lines_33k": (lambda: "问题\n" * 33333, "33,333 two-character lines"),
    "label_lines_12k": (lambda: "".join(f"项目{i}：\n" for i in range(12000)), "12,000 label lines (项目N：)"),
    "dense_hao_5k": (lambda: "好。" * 5000, "5,000 one-word sentences"),
    "dense_hao_10k": (lambda: "好。" * 10000, "10,000 one-word sentences"),
    "dense_hao_50k": (lambda: "好。" * 50000, "50,000 one-word sentences (100k chars)"),
    "zhili_33k": (lambda: "治理。" * 33333, "33,333 sentences sharing one word"),
    "yishi_20k": (lambda: "一是加强。" * 20000, "20,000 一是 items"),
    "zi_100k": (lambda: "字" * 100000, "100k chars of one character, no punctuation"),
    "keyword_line_100k": (lambda: "治理" * 50000, "100k chars: one keyword repeated, no punctuation (one keyword run)"),
    # list-marker families
    "markers_paren": (lambda: "（1）加强治理。" * 12500, "（1） markers"),
    "markers_circled": (lambda: "①加强治理。" * 16600, "① markers"),
    "markers_di": (lambda: "第一，加强治理。" * 12500, "第一 markers"),
    "markers_shouxian": (lambda: "首先，加强治理。" * 12500, "首先 markers"),
    "markers_lines": (lambda: "".join(f"（{i % 10 + 1}）加强治理{i}。\n" for i in range(7500)), "（n） lines"),
    # robust31: a run-in item per character of one line (each once read back to the line's start: quadratic), and
    # numbered lines whose points all differ by their numbers (each compared with every point kept before it)
    "markers_enclosed_inline": (lambda: "①②③" * 33333, "one line of ①②③ markers, no words"),
    "numbered_lines_distinct": (lambda: "".join(f"{i}.加强治理\n" for i in range(10000)),
                                "10,000 numbered lines 0.…9999. (distinct points)"),
    # one giant line / many tiny sentences
    "latin_line": (lambda: "abc 123 " * 12500, "one 100k line of Latin, digits, spaces"),
    "latin_nospace": (lambda: "abc123" * 16600, "one 100k Latin/digit token"),
    "tiny_10k": (lambda: "".join(f"好{i % 7}。" for i in range(10000)), "10,000 tiny sentences"),
    "tiny_100k": (lambda: "好。" * 100000, "100,000 tiny sentences (200k chars: over the limit)"),
    "headings_10k": (lambda: _headings(10000), "10,000 一、 headings"),
    "brackets_nested": (lambda: "（" * 50000 + "）" * 50000, "deep bracket nesting"),
    "quotes_nested": (lambda: "“" * 25000 + "好。" * 25000 + "”" * 25000, "deep quote nesting"),
    "brackets_open": (lambda: "（加强治理" * 20000, "unclosed brackets"),
    "essays_5000": (lambda: _essays(2400), "2,400 short essays in one document (over max_essays: refused)"),
    "essays_500": (lambda: _essays(500), "500 short essays in one document (max_essays: the most accepted)"),
    "inline_runs_90k": (lambda: "".join(f"{'一二三四五六七八九十'[i % 10]}是基层人员不足，" for i in range(10000)),
                        "10,000 一是…十是 items in one line, no sentence end"),
    "pian_repeated": (lambda: "篇一\n" * 33000, "repeated 篇一"),
    "pian_inline": (lambda: "篇一：加强。" * 16000, "repeated 篇一： in one line"),
    "html_runs": (lambda: "<div><p>治理</p></div>" * 5000, "HTML tags"),
    "html_open": (lambda: "<" * 100000, "100k '<'"),
    "html_unclosed": (lambda: "<a href=\"x\" " * 8000, "unclosed tags"),
    "markdown_runs": (lambda: "**加粗**[链接](http://x.cn)" * 4000, "markdown emphasis and links"),
    "markdown_brackets": (lambda: "[" * 50000 + "](" * 25000, "markdown link openers"),
    "sep_gt": (lambda: " > " * 33000, "'>' separators"),
    "sep_pipe": (lambda: " | " * 33000, "'|' separators"),
    "sep_guillemet": (lambda: "»" * 100000, "'»' run"),
    "sep_pipe_words": (lambda: "首页 | 新闻 | " * 8000, "pipe link list in one line"),
    "spaces": (lambda: " " * 99990 + "好。", "a space run"),
    "newlines": (lambda: "\n" * 99990 + "好。", "a newline run"),
    "mixed_ws": (lambda: "好 \n\t\u3000" * 20000, "mixed whitespace"),
    "digits_line": (lambda: "1234567890" * 10000, "100k digits"),
    "realistic_100k": (lambda: _realistic(100000), "examples/essay.txt repeated to 100k chars"),
    # speed41: issue 9's remaining shapes (the 10,000-line ones cut to the 100,000-character limit where longer)
    "numbered_lines_100k": (lambda: "".join(f"{i}. 加强基层治理。\n" for i in range(1, 10001))[:LIMIT_CHARS],
                            "numbered lines N. 加强基层治理。 to 100k chars (7,222 lines)"),
    "problem_lines_100k": (lambda: "".join(f"存在的问题{i}：经费不足。\n" for i in range(10000))[:LIMIT_CHARS],
                           "problem-cue lines 存在的问题N：经费不足。 to 100k chars (6,320 lines)"),
    "wenti_sentences_10k": (lambda: "".join(f"问题{i}。" for i in range(10000)), "10,000 sentences 问题N。"),
    "yao_lines_100k": (lambda: "".join(f"{i}. 要加强人才建设{i}\n" for i in range(1, 5679)),
                       "5,678 numbered lines N. 要加强人才建设N (99,990 chars)"),
    "yishi_lines_100k": (lambda: "".join(f"{'一二三四五六七八九十'[i % 10]}是加强基层治理{i}。\n"
                                         for i in range(10000))[:LIMIT_CHARS], "一是…十是 lines to 100k chars (7,223 lines)"),
    "paren_headings_100k": (lambda: "".join(f"（{'一二三四五六七八九十'[i % 10]}）加强基层治理{i}\n"
                                            for i in range(10000))[:LIMIT_CHARS], "（一）… headings to 100k chars"),
    "pipe_table_100k": (lambda: "".join(f"| 项目{i} | 经费不足 | 建议加强 |\n" for i in range(9000))[:LIMIT_CHARS],
                        "a table-like text with | cells, 100k chars"),
    "pipe_table_200k": (lambda: "".join(f"| 项目{i} | 经费不足 | 建议加强 |\n" for i in range(9000))[:200000],
                        "the same, 200k chars (over the limit)"),
    "essays_5000_titled": (lambda: "".join(f"第{i + 1}篇 标题{i}\n当前基层治理存在短板。建议完善制度{i}。\n"
                                           for i in range(5000)), "5,000 short titled essays (over the limits)"),
    "essays_titled_100k": (lambda: "".join(f"第{i + 1}篇 标题{i}\n当前基层治理存在短板。建议完善制度{i}。\n"
                                                for i in range(5000))[:LIMIT_CHARS],
                                "2,793 short titled essays, 100k chars (over max_essays)"),
    # speed43: two-character sentences of Han characters that nearly never repeat (a stride through the basic CJK
    # block), with and without emoji: measured over issue 9's goals (3.3-3.6 s, 210-220 MiB; the points stage)
    "han_soup_100k": (lambda: "".join("。" if i % 3 == 2 else chr(0x4E00 + (i * 7919) % 20902) for i in range(100000)),
                      "33,333 two-character sentences of distinct Han characters, 100k chars"),
    "emoji_han_soup_100k": (lambda: "".join("。" if i % 3 == 2 else chr(0x1F300 + (i * 31) % 1792) if i % 3 == 1
                                            else chr(0x4E00 + (i * 7919) % 20902) for i in range(100000)),
                            "33,333 sentences of one Han character and one emoji each, 100k chars"),
    "over_limit": (lambda: "好。" * 300000, "600k chars: over the limit"),
}


def _child(name: str, options: str | None = None) -> None:
    """Run one case in this process and print one JSON line; ``options``: a JSON object of
    :class:`summarizer.schema.SummarizeOptions` fields (``None``: the defaults)."""
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    import psutil

    import summarizer
    from summarizer.errors import SummarizerError
    from summarizer.schema import SummarizeOptions

    opts = SummarizeOptions(**json.loads(options)) if options else None

    summarizer.summarize("加强基层治理。当前存在短板问题。建议完善制度。")  # warm-up: dictionaries, resources
    text = CASES[name][0]()
    before = psutil.Process().memory_info().rss
    start_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # (the reset below lowers ru_maxrss too)
    _reset_high_water()  # (where it cannot, `during` below is the process's peak: the call counts from `before`)
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    try:
        summarizer.summarize(text, options=opts, max_chars=LIMIT_CHARS, max_essays=LIMIT_ESSAYS,
                             max_sentences=LIMIT_SENTENCES)
        outcome = "ok"
    except SummarizerError as exc:
        outcome = exc.code
    seconds = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    during = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    peak = max(start_peak, during)
    print(json.dumps({"name": name, "chars": len(text), "seconds": seconds, "cpu_seconds": cpu, "peak_rss": peak,
                      "call_rss": max(0, during - before), "outcome": outcome}))


def _reset_high_water() -> bool:
    """Reset the process's resident high-water mark (``VmHWM``, which ``ru_maxrss`` reads) to its current RSS
    (Linux: ``5`` written to ``/proc/self/clear_refs``); whether it could."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        return False
    return True


def run_case(name: str, timeout: float, options: str | None = None) -> dict:
    """Run ``name`` in a fresh interpreter (with ``options``, a JSON object of ``SummarizeOptions`` fields); returns
    its record (``outcome="timeout"`` past ``timeout`` s)."""
    cmd = [sys.executable, "-m", "benchmarks.adversarial", "--child", name]
    if options:
        cmd += ["--options", options]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    except subprocess.TimeoutExpired:
        return {"name": name, "chars": None, "seconds": timeout, "cpu_seconds": None, "peak_rss": None,
                "call_rss": None, "outcome": "timeout"}
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode or not lines:
        return {"name": name, "chars": None, "seconds": None, "cpu_seconds": None, "peak_rss": None, "call_rss": None,
                "outcome": f"crash rc={proc.returncode}: {proc.stderr.strip()[-200:]}"}
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--only", default="", help="comma-separated substrings of case names")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per case (default 60)")
    p.add_argument("--json", help="also write the records to this file")
    p.add_argument("--options", help="a JSON object of SummarizeOptions fields for every case (default: the defaults), "
                   "e.g. '{\"sentence_selector\": false}'")
    args = p.parse_args(argv)
    if args.child:
        _child(args.child, args.options)
        return 0
    names = [n for n in CASES if not args.only or any(s in n for s in args.only.split(","))]
    records = []
    print("| input | chars | wall s | CPU s | peak RSS MB | call RSS MB | outcome |\n|---|---:|---:|---:|---:|---:|---|",
          flush=True)
    for name in names:
        r = run_case(name, args.timeout, args.options)
        records.append(r)

        def mb(v):
            return "" if v is None else f"{v / 2**20:.0f}"

        secs = "" if r["seconds"] is None else f"{r['seconds']:.2f}"
        cpu = "" if r.get("cpu_seconds") is None else f"{r['cpu_seconds']:.2f}"
        print(f"| {name} | {r['chars'] or ''} | {secs} | {cpu} | {mb(r['peak_rss'])} | {mb(r['call_rss'])} | "
              f"{r['outcome']} |", flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(records, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
