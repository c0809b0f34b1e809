"""Helpers shared by the collection-theme tests: a small essay's JSON data and the themes read back as plain values."""


def essay(index: int, challenges: list[str], recommendations: list[str] = ()) -> dict:
    """An essay's JSON data: its points 1,000 characters apart (no neighbour feature)."""
    return {"index": index, "title": None,
            "challenges": [{"text": t, "start": 1000 * k, "end": 1000 * k + len(t)} for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 500 + 1000 * k, "end": 500 + 1000 * k + len(t)}
                                for k, t in enumerate(recommendations)]}


def themes(coll, aspect: str) -> list[tuple[str, int, list[int], list[str]]]:
    """``(label, essay_count, essays, point texts)`` of each theme of ``coll``'s ``aspect`` (an attribute name)."""
    return [(t.label, t.essay_count, t.essays, [p.text for p in t.points]) for t in getattr(coll, aspect)]
