"""Helpers shared by the aspect and point tests: what one small essay gives, read back as plain values."""

import summarizer
from summarizer import aspects as asp
from summarizer import pipeline
from summarizer import points as P
from summarizer.structure import parse


def points(text: str, **options) -> tuple[list[str], list[str]]:
    """``(challenges, recommendations)``: the point texts of the first essay of ``summarize(text, **options)``."""
    essay = summarizer.summarize(text, **options).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    """``(heading, aspect, role)`` of every item of ``parse(text)``, in item order (None where an item has no role)."""
    st = parse(text)
    return [(st.heading(it), role.aspect if role else None, role.role if role else None)
            for it, role in zip(st.items, asp.analyze(st))]


def analyzed_points(text: str) -> dict[str, list[str]]:
    """``{aspect: [point text, …]}``: the raw points of the first essay of ``pipeline.analyze(text)`` (before the output
    stage), in the order the pipeline holds them."""
    essay = pipeline.analyze(text)[0]
    return {k: [essay.text[p.start:p.end] for p in v] for k, v in essay.points.items()}


def demand_split(sentence: str) -> tuple[str, str] | None:
    """``(finding, demand)`` texts of :func:`summarizer.points.problem_then_demand` on ``sentence``, or None."""
    found = P.problem_then_demand(sentence)
    if found is None:
        return None
    (a, b), (c, d) = found
    return sentence[a:b], sentence[c:d]
