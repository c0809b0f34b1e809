"""Shared test helpers: where the shared (read-only) data lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMARIZER_SHARED_DIR", REPO.parent / "shared"))
SEED = SHARED / "data" / "seed" / "seed.txt"
DEV_GOLD = SHARED / "data" / "seed" / "dev_gold.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"shared seed not found at {SEED} (set SUMMARIZER_SHARED_DIR)")
    return SEED.read_text(encoding="utf-8")


def shared_data_dir() -> Path | None:
    """The shared public data sets (``$SUMMARIZER_DATA_DIR``, else ``SHARED/data``), or None when absent."""
    for cand in (os.environ.get("SUMMARIZER_DATA_DIR"), SHARED / "data"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None
