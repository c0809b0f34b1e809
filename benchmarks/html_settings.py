"""Measure the HTML reader's settings against alternatives (issue 10): trafilatura's ``favor_recall`` and
``include_formatting``, with and without the reader's page preparation (``<br>`` marks, link blocks removed),
and ``trafilatura.html2txt`` (all text) as the floor.

Pages: the saved public pages with expected texts under ``benchmarks/data/inputs/html`` (``NAME.html`` +
``NAME.expected.txt``, collected by the inputs check) when present, and the hand-made layouts below (a ``<br>``-only
article, the same in a ``<div>``, a legacy table layout, a ``<div>``-only page, a news page with byline, editor
line, share bar, related list and ICP footer), each with the lines it must give.

Figures per setting, over all pages: **lines** — expected lines that come out as a line of their own
(whitespace ignored); **found** — expected lines found anywhere in the output; **noise** — characters of output
lines that are in no expected line. Run: ``python -m benchmarks.html_settings [--pages DIR]``.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from summarizer.decode import decode_bytes
from summarizer.formats.html import main_content

ARTICLE = ["关于基层治理的调研报告", "一、存在的问题", "一是基层人员不足，难以承担日益繁重的治理任务。",
           "二是经费保障紧张，部分项目推进缓慢。", "二、对策建议", "一是充实基层工作队伍，优化人员结构。",
           "二是加大财政投入力度，保障项目资金。"]
_NAV = '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>'
_FOOT = '<div class="footer">版权所有 © 2024 某某市人民政府 京ICP备12345678号</div>'


def _page(body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{ARTICLE[0]}_要闻_某某市人民政府</title></head>"
            f"<body>{_NAV}{body}{_FOOT}</body></html>")


def hand_made() -> dict[str, tuple[str, list[str]]]:
    """name -> (html, expected lines)."""
    br = "<br>".join(ARTICLE[:1] + [""] + ARTICLE[1:4] + [""] + ARTICLE[4:]) + "<br>"
    table = ("<table><tr><td>" + "".join(f"<p>{line}</p>" for line in ARTICLE) + "</td></tr></table>")
    divs = "".join(f"<div>{line}</div>" for line in ARTICLE)
    news = ("<div class='article'><h1>" + ARTICLE[0] + "</h1>"
            "<div class='info'>2024-03-15 08:30 来源：某某日报 作者：张三</div>"
            "<div class='share'>分享到：<a href='#'>微信</a> <a href='#'>微博</a> <a href='#'>QQ空间</a></div>"
            + "".join(f"<p>{line}</p>" for line in ARTICLE[1:]) + "<p>（责任编辑：李四）</p></div>"
            "<div class='related'><h3>相关阅读</h3><ul><li><a href='/1'>某地召开基层治理工作推进会</a></li>"
            "<li><a href='/2'>专家解读最新政策文件要点</a></li></ul></div>")
    return {"br-article": (_page(f"<article>{br}</article>"), ARTICLE),
            "br-div": (_page(f'<div id="zoom">{br}</div>'), ARTICLE),
            "table-layout": (_page(table), ARTICLE), "div-only": (_page(divs), ARTICLE),
            "news-byline": (_page(news), ARTICLE)}


def saved(directory: Path) -> dict[str, tuple[str, list[str]]]:
    pages = {}
    for path in sorted(directory.glob("*.html")):
        expected = path.with_name(path.stem + ".expected.txt")
        if expected.exists():
            html, _ = decode_bytes(path.read_bytes())
            pages[path.stem] = (html, expected.read_text(encoding="utf-8").split("\n"))
    return pages


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


def score(text: str, expected: list[str]) -> tuple[int, int, int, int]:
    """(lines, found, expected lines, noise characters) of one output."""
    want = [_norm(line) for line in expected if _norm(line)]
    got = [_norm(line) for line in text.split("\n") if _norm(line)]
    got_set, flat, joined = set(got), _norm(text), "".join(want)
    noise = sum(len(line) for line in got if line not in joined)
    return sum(w in got_set for w in want), sum(w in flat for w in want), len(want), noise


SETTINGS = {
    "reader (prepared, favor_recall)": dict(favor_recall=True, include_formatting=False, prepare_page=True),
    "prepared, favor_recall, include_formatting": dict(favor_recall=True, include_formatting=True, prepare_page=True),
    "prepared, precision (favor_recall off)": dict(favor_recall=False, include_formatting=False, prepare_page=True),
    "trafilatura favor_recall (old reader)": dict(favor_recall=True, include_formatting=False, prepare_page=False),
    "trafilatura favor_recall, include_formatting": dict(favor_recall=True, include_formatting=True,
                                                        prepare_page=False),
    "trafilatura default (favor_recall off)": dict(favor_recall=False, include_formatting=False, prepare_page=False),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=Path("benchmarks/data/inputs/html"))
    args = parser.parse_args()
    pages = {**hand_made(), **saved(args.pages)}
    print(f"{len(pages)} pages ({len(pages) - len(hand_made())} saved, {len(hand_made())} hand-made)")
    import trafilatura

    rows = [(name, lambda html, kw=kw: main_content(html, **kw)) for name, kw in SETTINGS.items()]
    rows.append(("trafilatura.html2txt (all text)", lambda html: trafilatura.html2txt(html) or ""))
    print(f"{'setting':46s} {'lines':>11s} {'found':>11s} {'noise':>7s}  hand-made lines")
    for name, extract in rows:
        total = [0, 0, 0, 0]
        hand = [0, 0]
        for page, (html, expected) in pages.items():
            try:
                text = extract(html)
            except Exception:  # noqa: BLE001 - an empty result scores nothing
                text = ""
            lines, found, want, noise = score(text, expected)
            total = [total[0] + lines, total[1] + found, total[2] + want, total[3] + noise]
            if page in hand_made():
                hand = [hand[0] + lines, hand[1] + want]
        print(f"{name:46s} {total[0]:4d}/{total[2]:<4d}  {total[1]:4d}/{total[2]:<4d}  {total[3]:6d}  "
              f"{hand[0]}/{hand[1]}")


if __name__ == "__main__":
    main()
