"""How fine the gold themes of each set are, and how much of them the similarity can see (theme51).

``python -m benchmarks.theme_granularity [--threshold 0.3]``

Round 51 of issue 14 (README, *Keyphrases and collection themes*): settings chosen on the tuned collections do not
carry to the held-out and fresh ones, whatever the similarity. This table says why, from the gold alone (no pipeline
run): per set of ``benchmarks/data/themes`` (:func:`benchmarks.themes.collection_set`), over the gold points of every
collection and aspect that has gold themes,

* ``points/theme``: gold points per gold theme (how broad a theme the gold names);
* ``gold pairs``: pairs of points of one gold theme, and their share of all pairs of points of one row;
* ``linked``: of the gold pairs, the share whose cosine (:func:`benchmarks.themes.link_counts`: the synthesis's own
  :func:`summarizer.collection.vectors`, no neighbour feature) reaches the threshold — what the clustering can join
  directly;
* ``nothing shared``: of the gold pairs, the share with cosine 0 (no character, bigram or topic in common);
* ``one essay``: of the gold pairs, the share whose two points are of one essay;
* ``wrong links / gold pair``: pairs of two gold themes whose cosine reaches the threshold, per gold pair (run it at
  two thresholds to see what a looser cosine gains and costs).

At main 90a7d32 (threshold 0.3): tuned 2.62 points a theme, 40 % of gold pairs linked, 12 % nothing shared, 0.35
wrong links a gold pair; held out 3.26, 16 %, 29 %, 0.13; fresh 3.25, 15 %, 20 %, 0.15. The tuned gold is finer and
lexically closer: the held-out and fresh themes are paraphrases the cosine does not see (84-85 % of their gold pairs
under the threshold). Loosening the cosine evenly does not reach them cheaply anywhere: from 0.3 to 0.2 each set
gains about one right link for every 2.2-2.7 wrong ones (tuned +116 / +317, held out +238 / +521, fresh +48 / +113),
which is why every recall change measured since Round 13 trades tuned F1 for held-out F1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from benchmarks.themes import THEMES, _gold_items, collection_set, link_counts
from summarizer.collection import ASPECTS, DEFAULT_THRESHOLD

#: The sets of :func:`benchmarks.themes.collection_set`, in report order.
SETS = ("tuned", "held out", "fresh")


def granularity(collections: Iterable[Mapping[str, Any]], threshold: float = DEFAULT_THRESHOLD
                ) -> dict[str, dict[str, float]]:
    """The granularity figures (module docstring) per set.

    Args:
        collections: gold theme collections as ``benchmarks/data/themes/*.json`` hold them (``"challenges"`` /
            ``"recommendations"``: lists of themes, each a list of ``[essay, text]``; ``"held_out"`` / ``"fresh"``
            flags); an aspect with no themes gives no row.
        threshold: the join cosine, in [0, 1].

    Returns:
        ``{set: {"rows", "points", "themes", "points_per_theme", "gold_pairs", "gold_pair_share", "linked",
        "nothing_shared", "one_essay", "wrong_per_gold"}}`` for each set that has a row; shares in [0, 1] (0 where
        there is no gold pair). Quadratic in the points of one row (every pair is looked at), as
        :func:`benchmarks.themes.link_counts`.
    """
    sums: dict[str, dict[str, float]] = {}
    for gold in collections:
        for aspect in ASPECTS:
            items = _gold_items(gold, aspect)
            if not items:
                continue
            s = sums.setdefault(collection_set(gold), dict.fromkeys(
                ("rows", "points", "themes", "pairs", "same", "same_linked", "same_unrelated", "same_one_essay",
                 "other_linked"), 0.0))
            links = link_counts([t for _, t, _ in items], [g for _, _, g in items], aspect, threshold,
                                [k for k, _, _ in items])
            s["rows"] += 1
            s["points"] += len(items)
            s["themes"] += len({g for _, _, g in items})
            s["pairs"] += len(items) * (len(items) - 1) // 2
            for key in ("same", "same_linked", "same_unrelated", "same_one_essay", "other_linked"):
                s[key] += links[key]
    out = {}
    for name, s in sums.items():
        same = s["same"]
        out[name] = {"rows": s["rows"], "points": s["points"], "themes": s["themes"],
                     "points_per_theme": s["points"] / s["themes"], "gold_pairs": same,
                     "gold_pair_share": same / s["pairs"] if s["pairs"] else 0.0,
                     "linked": s["same_linked"] / same if same else 0.0,
                     "nothing_shared": s["same_unrelated"] / same if same else 0.0,
                     "one_essay": s["same_one_essay"] / same if same else 0.0,
                     "wrong_per_gold": s["other_linked"] / same if same else 0.0}
    return out


def render(table: Mapping[str, Mapping[str, float]]) -> str:
    """The Markdown table of :func:`granularity`'s result, sets in :data:`SETS` order."""
    lines = ["| set | rows | points/theme | gold pairs | linked | nothing shared | one essay | wrong links / gold pair |",
             "|---|---|---|---|---|---|---|---|"]
    for name in SETS:
        if name in table:
            t = table[name]
            lines.append(f"| {name} | {t['rows']:.0f} | {t['points_per_theme']:.2f} | {t['gold_pairs']:.0f} "
                         f"({t['gold_pair_share']:.1%}) | {t['linked']:.1%} | {t['nothing_shared']:.1%} | "
                         f"{t['one_essay']:.1%} | {t['wrong_per_gold']:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args(argv)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(THEMES).glob("*.json"))]
    print(render(granularity(golds, args.threshold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
