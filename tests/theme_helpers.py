"""Helpers shared by the collection-theme tests: a small essay's JSON data, the themes read back as plain values, and
the check that a held-out gold collection holds exactly its documents' gold points."""

import json
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def essay(index: int, challenges: list[str], recommendations: list[str] = ()) -> dict:
    """An essay's JSON data: its points 1,000 characters apart (no neighbour feature)."""
    return {"index": index, "title": None,
            "challenges": [{"text": t, "start": 1000 * k, "end": 1000 * k + len(t)} for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 500 + 1000 * k, "end": 500 + 1000 * k + len(t)}
                                for k, t in enumerate(recommendations)]}


def themes(coll, aspect: str) -> list[tuple[str, int, list[int], list[str]]]:
    """``(label, essay_count, essays, point texts)`` of each theme of ``coll``'s ``aspect`` (an attribute name)."""
    return [(t.label, t.essay_count, t.essays, [p.text for p in t.points]) for t in getattr(coll, aspect)]


def held_out_gold(name: str, ids: list[int]) -> dict:
    """``benchmarks/data/themes/NAME.json``, asserted to be a held-out collection of the files of ``ids`` (corpus ids
    of ``benchmarks/data/aspects``, in essay order) whose themes hold every gold point of those files once and no
    other point, and no empty theme."""
    gold = json.loads((_DATA / "themes" / f"{name}.json").read_text(encoding="utf-8"))
    assert gold["held_out"] is True and gold["kind"] == "files"
    assert gold["essays"] == [str(i) for i in ids]
    by_id = {e["id"]: e for e in json.loads((_DATA / "aspects" / "gold.json").read_text(encoding="utf-8"))["essays"]}
    for aspect in ("challenges", "recommendations"):
        listed = sorted((k, text) for theme in gold[aspect] for k, text in theme)
        expected = sorted((k, text) for k, i in enumerate(ids) for text in by_id[f"aspects/{i}"].get(aspect, []))
        assert listed == expected
        assert all(theme for theme in gold[aspect])
    assert [by_id[f"aspects/{i}"]["file"] for i in ids] == gold["files"]
    return gold
