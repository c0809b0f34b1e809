"""A tiny gold corpus written by a test: ``docs/NAME`` files and a ``gold.json`` in the shape of
``benchmarks/data/aspects/gold.json`` (one essay per file), for the tests of the learned model's training and
held-out tools. Not a test module (no ``test_`` prefix)."""

from __future__ import annotations

import json
from pathlib import Path


def write_gold_corpus(root: Path, docs: dict[str, tuple[str, list[str], list[str]]]) -> Path:
    """Write ``docs`` (file name -> (text, challenges, recommendations)) under ``root`` as ``docs/NAME`` (UTF-8) and
    ``gold.json`` (ids ``t/NAME``, one essay each); returns ``root``. ``root`` must exist; ``root/docs`` must not."""
    (root / "docs").mkdir()
    essays = []
    for name, (text, challenges, recommendations) in docs.items():
        (root / "docs" / name).write_text(text, encoding="utf-8")
        essays.append({"id": f"t/{name}", "file": name, "essay_count": 1, "challenges": challenges,
                       "recommendations": recommendations})
    (root / "gold.json").write_text(json.dumps({"essays": essays}, ensure_ascii=False), encoding="utf-8")
    return root
