"""Helpers shared by the aspect and point tests: what one small essay gives, read back as plain values."""

import summarizer
from summarizer import aspects as asp
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
