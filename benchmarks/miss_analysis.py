"""Where points are lost (gen49): every gold point the pipeline missed and every predicted point that matched no gold
point, each put in one class, from a scorer run's ``--json`` rows and one re-run of the pipeline's analysis per
document.

    python -m summarizer.cli evaluate --task aspects ../shared/data/aspects_dev benchmarks/data/aspects --json E.json
    python -m benchmarks.miss_analysis E.json --min-id 5680 --max-id 6339 [--json OUT.json] [--examples 3]

``--min-id``/``--max-id`` keep the corpus documents whose file name is a number in that range (``5680.txt``);
without either every row of the run is read (aspects_dev's too: its files have no number, so a range leaves them
out unless ``--unnumbered`` is given: ``--max-id 6339 --unnumbered`` is the seen pool of the forty-first session). Prints a table of counts and shares per class, missed gold points first, wrong predicted points second.

The matching is the scorer's own (:func:`summarizer.evaluation.aspects.match_points`, LCS of content characters;
``best`` and ``other_aspect``/``other_essay`` as the scorer wrote them in the row). Classes of a **missed** gold
point of aspect A, first that applies:

* ``a.*`` essay level: the file was not read or summarized (``a.error``); its gold essay got no predicted essay
  (``a.no_essay``); the point is predicted in another essay (``a.other_essay``); its sentence lies in another
  predicted essay (``a.sentence_elsewhere``); the predicted essay has no point of aspect A (``a.no_point``).
* ``c.other_aspect``: a predicted point of the other aspect matches it.
* ``d.*`` found but cut wrong: a predicted point of aspect A taken from the unit that recalls the gold point (or from
  one of the two neighbouring units that together do) shares at least :data:`NEAR` of the gold point's content
  characters (LCS) and fails the match: the predicted point lies inside the gold point (LCS at least 3/5 of the
  predicted point) as its heading only (``d.heading_only``: the point is a heading unit, the gold point longer), cut
  at the point's character limit (``d.cut_at_limit``) or one clause of it (``d.part``); or both hold text of their
  own (``d.diverges``: another stretch of the same passage, merged items, a point running past the gold one).
* ``b.*`` never became a point: a unit (sentence or heading) of the essay recalls the gold point by the scorer's
  rule, and it lies in a region read as aspect A (``b.region_same``; in the body of a section whose list gives its
  points: ``b.region_body``), as the other aspect (``b.region_other_aspect``), as other matter (``b.region_other``),
  or in prose no region covers, with words of aspect A (``b.prose_cue``), of the other aspect
  (``b.prose_other_cue``) or of neither (``b.prose_no_cue``); no one unit recalls it but two neighbours do
  (``b.two_units``: a heading and its body, two sentences); none do (``b.not_found``: paraphrased gold, text the
  cleaning removed).

Classes of a **wrong** (not precise) predicted point of aspect A, first that applies: ``a.other_essay`` (gold of
another essay), ``c.other_aspect`` (gold of the other aspect), ``d.near`` (the gold point of A it comes nearest,
sharing at least :data:`NEAR` of the shorter one's content characters, lies in the point's own unit: too long, too
short, merged), ``e.duplicate`` (an earlier point of
the essay says the same, by the scorer's rule), ``e.heading_only`` (a heading unit with no body), ``e.exam_material``
(in a 申论 essay's given material: after a line naming the material, before the question), ``e.reported`` (another
party's words: a speaker and a verb of saying, or a reported-source lead-in), ``e.achievement`` (what was done or
achieved: the ``achievement`` / ``done_marker`` / ``activity_done`` cue groups), ``e.no_gold_aspect`` (the gold
essay has no point of aspect A at all), ``e.other`` (a statement the gold does not take).

The classes are a measuring aid: their cue tests are rough (a speaker regex, three cue groups) and are no rule of
the pipeline. Cost: one ``pipeline.analyze`` per document read, LCS per missed point against the essay's units.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from summarizer import aspects as asp
from summarizer import pipeline
from summarizer.evaluation.aspects import point_chars, lcs_length, match_points
from summarizer.points import SECTION_BODY, sentence_regions
from summarizer.readers import read_path

#: Least share of the gold point's content characters (LCS) a predicted point must hold to count as "found but
#: cut wrong" (class ``d``), and of the shorter one's for a wrong point to be ``d.near``.
NEAR = 0.3

#: A predicted point this long (raw characters) was cut at the point limit (60 by default; a word end may shorten it).
CUT_CHARS = 56

ASPECT_OF = {"challenges": asp.CHALLENGE, "recommendations": asp.RECOMMENDATION}
OTHER = {"challenges": "recommendations", "recommendations": "challenges"}

_SPEAKER = re.compile(r"(?:他|她|他们|她们|记者|專家|专家|学者|委员|代表|议员|議員|局长|局長|主任|市长|市長|部长|部長|"
                      r"发言人|發言人|负责人|負責人|官员|官員|人士|居民|市民|家长|家長|校长|校長)[^，。；！？\n]{0,12}?"
                      r"(?:表示|指出|认为|認為|称|稱|说|說|强调|強調|呼吁|呼籲|坦言|直言|透露)")
_MATERIAL_HEAD = re.compile(r"^[【\[（(]?\s*(?:给定|給定|背景)?(?:材料|资料|資料)\s*[一二三四五六七八九十0-9]*\s*[】\]）)]?\s*[:：]?\s*$")
_QUESTION_HEAD = re.compile(r"^[【\[（(]?\s*(?:作答要求|申论要求|申論要求|题目|題目|试题|試題|问题|問題|参考范文|參考範文|范文|範文)"
                            r"\s*[一二三四五六七八九十0-9]*\s*[】\]）)]?\s*[:：]?\s*$")


def number(name: str) -> int | None:
    """The document number of a corpus file name (``5680.txt`` -> 5680), else ``None``."""
    m = re.match(r"(\d+)\.", Path(name).name)
    return int(m.group(1)) if m else None


def recalls(gold: str, unit: str) -> bool:
    """Whether ``unit`` recalls ``gold`` (both content characters) by the scorer's rule, LCS >= 3/5 of the gold's
    length; a multiset bound on shared characters skips the LCS when it cannot reach that."""
    if not gold or not unit:
        return False
    shared = sum((Counter(gold) & Counter(unit)).values())
    return shared * 5 >= 3 * len(gold) and lcs_length(gold, unit) * 5 >= 3 * len(gold)


class EssayView:
    """What the classes read of one analysed essay: its units' content characters (user's script), their kinds,
    regions (:func:`summarizer.points.sentence_regions`) and Simplified texts, and the spans of given exam material
    (essay-local offsets)."""

    def __init__(self, ed):
        self.text = ed.text
        self.body = ed.body
        self.sentences = ed.sentences or []
        self.units = [point_chars(self.text[s.start:s.end]) for s in self.sentences]
        self.kinds = [s.kind for s in self.sentences]
        self.regions = (sentence_regions(ed.structure, self.sentences, ed.roles)
                        if ed.structure is not None and ed.roles is not None else [None] * len(self.sentences))
        self.material = _material_spans(self.body)

    def find(self, gold: str) -> int | None:
        """Index of the unit recalling ``gold`` (content characters) best, else ``None``."""
        best, where = 0, None
        for k, u in enumerate(self.units):
            if recalls(gold, u):
                n = lcs_length(gold, u) * 1000 // max(len(u), 1)
                if where is None or n > best:
                    best, where = n, k
        return where

    def find_two(self, gold: str) -> int | None:
        """Index of the first of two neighbouring units that together recall ``gold``, else ``None``."""
        for k in range(len(self.units) - 1):
            if self.units[k] and self.units[k + 1] and recalls(gold, self.units[k] + self.units[k + 1]):
                return k
        return None

    def unit_of(self, point: str) -> int | None:
        """Index of the unit whose text holds ``point`` (raw text searched in the essay), else ``None``."""
        pos = self.text.find(point.strip()[:20])
        if pos < 0:
            return None
        for k, s in enumerate(self.sentences):
            if s.start <= pos < s.end:
                return k
        return None



def _material_spans(body: str) -> list[tuple[int, int]]:
    """Spans of given exam material: from a line naming it (``给定资料``, ``材料一``) to the next line naming a
    question or model essay (``作答要求``, ``参考范文``) or the next material line."""
    spans, start, pos = [], None, 0
    for line in body.split("\n"):
        s = line.strip()
        if len(s) <= 12 and _MATERIAL_HEAD.match(s):
            if start is not None:
                spans.append((start, pos))
            start = pos
        elif len(s) <= 12 and _QUESTION_HEAD.match(s) and start is not None:
            spans.append((start, pos))
            start = None
        pos += len(line) + 1
    if start is not None:
        spans.append((start, len(body)))
    return spans


def classify_missed(aspect: str, miss: dict, unit: dict, predicted: dict | None, view: EssayView | None,
                    others: list[EssayView], mode: str) -> str:
    """The class of one missed gold point (module doc). ``miss``: the scorer's row of it; ``unit``: its unit row;
    ``predicted``: the predicted essay's points (``{"challenges": [...], ...}``) or ``None``; ``view``: that essay
    analysed (in a pooled file: ``None``, and ``others`` holds every essay); ``mode``: the document's mode."""
    if mode == "error":
        return "a.error"
    if mode != "pooled" and unit.get("pred_index") is None:
        return "a.no_essay"
    if miss.get("other_essay"):
        return "a.other_essay"
    gold = point_chars(miss["text"])
    views = [view] if view is not None else others
    found = [(v, v.find(gold)) for v in views]
    found = [(v, k) for v, k in found if k is not None]
    if view is not None and not found and any(o.find(gold) is not None for o in others if o is not view):
        return "a.sentence_elsewhere"
    if predicted is not None and not predicted.get(aspect):
        return "a.no_point"
    if miss.get("other_aspect"):
        return "c.other_aspect"
    v, k = found[0] if found else (None, None)
    pair = None
    if not found:
        for w in views:
            j = w.find_two(gold)
            if j is not None:
                v, pair = w, (j, j + 1)
                break
    spots = {k} if k is not None else set(pair or ())
    if v is not None and spots and miss.get("best", 0) >= NEAR:
        # (a predicted point of the aspect taken from the gold point's own unit(s): found, cut wrong)
        best, near = 0, None
        for t in (predicted or {}).get(aspect, []):
            if v.unit_of(t) in spots:
                n = lcs_length(gold, point_chars(t))
                if n > best:
                    best, near = n, t
        if near is not None and best * 1.0 >= NEAR * len(gold):
            nc = point_chars(near)
            if best * 5 >= 3 * len(nc):
                u = v.unit_of(near)
                if v.kinds[u] == "heading":
                    return "d.heading_only"
                if len(near) >= CUT_CHARS:
                    return "d.cut_at_limit"
                return "d.part"
            return "d.diverges"
    if not found:
        return "b.two_units" if pair is not None else "b.not_found"
    v, k = found[0]
    region = v.regions[k]
    mine, theirs = ASPECT_OF[aspect], ASPECT_OF[OTHER[aspect]]
    if region is not None:
        if region == SECTION_BODY + mine:
            return "b.region_body"
        bare = region[len(SECTION_BODY):] if region.startswith(SECTION_BODY) else region
        if bare == mine:
            return "b.region_same"
        if bare == theirs:
            return "b.region_other_aspect"
        return "b.region_other"
    s = v.sentences[k]
    cue = asp.front_aspect(v.body[s.start:s.end]) or asp.sentence_aspect(v.body[s.start:s.end])
    if cue == mine:
        return "b.prose_cue"
    if cue == theirs:
        return "b.prose_other_cue"
    return "b.prose_no_cue"


def classify_wrong(aspect: str, wrong: dict, earlier: list[str], gold_of_aspect: int, view: EssayView | None) -> str:
    """The class of one predicted point that matched no gold point (module doc). ``wrong``: the scorer's row;
    ``earlier``: the points of its essay and aspect before it; ``gold_of_aspect``: how many gold points of its aspect
    its unit has; ``view``: its essay analysed (``None`` when pooled)."""
    if wrong.get("other_essay"):
        return "a.other_essay"
    if wrong.get("other_aspect"):
        return "c.other_aspect"
    text = wrong["text"]
    if wrong.get("best", 0) >= NEAR and wrong.get("nearest") and view is not None:
        # (the gold point nearest it lies in the point's own unit, or spans it and a neighbour)
        g = point_chars(wrong["nearest"])
        k = view.unit_of(text)
        j = view.find(g)
        spots = {j} if j is not None else set()
        if j is None and (j2 := view.find_two(g)) is not None:
            spots = {j2, j2 + 1}
        if k is not None and k in spots:
            return "d.near"
    if earlier and any(match_points([text], earlier)[1]) or any(match_points(earlier, [text])[0]):
        return "e.duplicate"
    k = view.unit_of(text) if view is not None else None
    if k is not None and view.kinds[k] == "heading" and (k + 1 >= len(view.kinds) or view.kinds[k + 1] == "heading"):
        return "e.heading_only"
    if view is not None and k is not None:
        pos = view.sentences[k].start
        if any(a <= pos < b for a, b in view.material):
            return "e.exam_material"
        sentence = view.body[view.sentences[k].start:view.sentences[k].end]
    else:
        sentence = text
    if _SPEAKER.search(sentence) or asp.cue_pattern("reported_source").search(sentence[:6]):
        return "e.reported"
    if any(asp.cue_pattern(g).search(sentence) for g in ("achievement", "done_marker", "activity_done")):
        return "e.achievement"
    if gold_of_aspect == 0:
        return "e.no_gold_aspect"
    return "e.other"


def analyse(rows: list[dict], examples: int = 0, root: Path | None = None) -> dict:
    """Classify every missed and wrong point of ``rows`` (the scorer's ``documents`` rows). Returns ``{"missed":
    Counter, "wrong": Counter, "examples": {class: [texts]}, "documents": n}``."""
    missed, wrong = Counter(), Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        views: list[EssayView] = []
        if r.get("mode") != "error":
            try:
                essays = pipeline.analyze(read_path(r["path"]), source=r["path"])
                views = [EssayView(ed) for ed in essays]
            except Exception:  # noqa: BLE001 - an unreadable file: its points are classed without the text
                views = []
        preds = {p["index"]: p for p in r.get("predicted_points") or []}
        for u in r["units"]:
            pi = u.get("pred_index")
            view = views[pi] if pi is not None and pi < len(views) else None
            predicted = preds.get(pi) if r["mode"] != "pooled" else {
                a: [t for p in preds.values() for t in p[a]] for a in ASPECT_OF}
            for a in ASPECT_OF:
                for m in u["missed"].get(a, []):
                    c = classify_missed(a, m, u, predicted, view, views, r["mode"])
                    missed[c] += 1
                    if len(shown["missed " + c]) < examples:
                        shown["missed " + c].append(f"{r['file']}: {m['text'][:50]} | {(m.get('nearest') or '')[:50]}")
                texts = (predicted or {}).get(a, [])
                for w in u["imprecise"].get(a, []):
                    k = texts.index(w["text"]) if w["text"] in texts else 0
                    gold_n = u["per_aspect"][a]["references"]
                    c = classify_wrong(a, w, texts[:k], gold_n, view)
                    wrong[c] += 1
                    if len(shown["wrong " + c]) < examples:
                        shown["wrong " + c].append(f"{r['file']}: {w['text'][:60]}")
    return {"missed": missed, "wrong": wrong, "examples": dict(shown), "documents": len(rows)}


def table(result: dict) -> str:
    """The classes as a plain-text table: count and share of all missed (wrong) points, per class and letter."""
    lines = [f"documents: {result['documents']}"]
    for kind in ("missed", "wrong"):
        counts: Counter = result[kind]
        total = sum(counts.values())
        lines.append(f"{kind} points: {total}")
        by_letter = Counter()
        for c, n in counts.items():
            by_letter[c.split(".")[0]] += n
        for letter in sorted(by_letter):
            lines.append(f"  {letter}  {by_letter[letter]:>6}  {by_letter[letter] / max(total, 1):6.1%}")
            for c, n in sorted(counts.items(), key=lambda x: -x[1]):
                if c.split(".")[0] == letter:
                    lines.append(f"     {c:<24}{n:>6}  {n / max(total, 1):6.1%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``EVAL.json [--min-id N] [--max-id M] [--json OUT] [--examples K]``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("eval_json", help="a `summarizer evaluate --task aspects --json` output")
    ap.add_argument("--min-id", type=int, default=None, help="first document number read (corpus files only)")
    ap.add_argument("--max-id", type=int, default=None, help="last document number read (corpus files only)")
    ap.add_argument("--unnumbered", action="store_true",
                    help="with a range, keep the rows of files without a number too (aspects_dev's)")
    ap.add_argument("--json", default=None, help="write the counts and examples here")
    ap.add_argument("--examples", type=int, default=0, help="print this many examples per class")
    args = ap.parse_args(argv)
    rows = json.loads(Path(args.eval_json).read_text(encoding="utf-8"))["documents"]
    if args.min_id is not None or args.max_id is not None:
        lo = args.min_id if args.min_id is not None else 0
        hi = args.max_id if args.max_id is not None else 10 ** 9
        rows = [r for r in rows if ((n := number(r["file"])) is None and args.unnumbered)
                or (n is not None and lo <= n <= hi)]
    result = analyse(rows, args.examples)
    print(table(result))
    for c, ex in sorted(result["examples"].items()):
        print(f"\n{c}:")
        for e in ex:
            print("   ", e)
    if args.json:
        Path(args.json).write_text(json.dumps({k: dict(v) if isinstance(v, Counter) else v
                                               for k, v in result.items()}, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
