"""Percentile bootstrap confidence intervals for corpus means (Efron & Tibshirani 1993, ch. 13).

A corpus score is the mean of per-item scores. To say how much it would move on another sample of items of the
same kind, the items are resampled with replacement ``n_resamples`` times, the mean is recomputed on each
resample, and the ``(1-confidence)/2`` and ``(1+confidence)/2`` percentiles of those means are the interval.

Vectorised with numpy: resample ``b`` of ``n`` items is a row of multinomial counts ``c_b`` (how often each item
was drawn, ``sum c_b = n``), and its means for all metrics at once are ``c_b @ values / n``. Rows are produced in
chunks so memory stays bounded for large corpora. Deterministic: a fixed ``seed`` gives the same interval on every
run and platform (numpy's PCG64 ``default_rng``). Every metric uses the same resamples (paired).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

__all__ = ["ConfidenceInterval", "bootstrap_ci", "bootstrap_means"]

_MAX_CELLS = 4_000_000  # counts matrix cells per chunk (32 MB of int64)


@dataclass(frozen=True)
class ConfidenceInterval:
    """A percentile bootstrap interval ``[low, high]`` around ``mean`` (same unit as the scores: a 0..1 ratio)."""

    mean: float
    low: float
    high: float
    confidence: float
    n_resamples: int
    seed: int
    method: str = "percentile"

    def to_dict(self) -> dict:
        """Return the interval as a JSON-ready dict."""
        return asdict(self)


def bootstrap_means(values, n_resamples: int = 1000, seed: int = 0) -> np.ndarray:
    """Return the means of ``n_resamples`` bootstrap resamples of ``values``.

    ``values``: shape ``(n,)`` or ``(n, m)`` (``m`` metrics scored on the same ``n`` items). Returns shape
    ``(n_resamples,)`` or ``(n_resamples, m)``. Raises :class:`ValueError` if there are no items, if
    ``n_resamples < 1``, or if a value is not finite.
    """
    arr = np.asarray(values, dtype=float)
    squeeze = arr.ndim == 1
    if squeeze:
        arr = arr[:, None]
    if arr.ndim != 2:
        raise ValueError(f"values must be 1-D or 2-D, got shape {arr.shape}")
    n = arr.shape[0]
    if n == 0:
        raise ValueError("cannot bootstrap an empty sample")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be >= 1, got {n_resamples}")
    if not np.all(np.isfinite(arr)):
        raise ValueError("values must be finite")
    rng = np.random.default_rng(seed)
    pvals = np.full(n, 1.0 / n)
    chunk = max(1, min(n_resamples, _MAX_CELLS // n))
    out = np.empty((n_resamples, arr.shape[1]))
    for start in range(0, n_resamples, chunk):
        size = min(chunk, n_resamples - start)
        counts = rng.multinomial(n, pvals, size=size)
        out[start : start + size] = counts @ arr / n
    return out[:, 0] if squeeze else out


def bootstrap_ci(values, n_resamples: int = 1000, confidence: float = 0.95, seed: int = 0):
    """Percentile bootstrap confidence interval(s) of the mean of ``values`` (Efron & Tibshirani 1993).

    ``values`` of shape ``(n,)`` gives one :class:`ConfidenceInterval`; shape ``(n, m)`` gives a list of ``m``
    (one per column, all from the same resamples). With ``n == 1`` the interval is the single value.
    Raises :class:`ValueError` for an empty sample, ``confidence`` outside (0, 1) or ``n_resamples < 1``.
    """
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")
    arr = np.asarray(values, dtype=float)
    means = bootstrap_means(arr, n_resamples=n_resamples, seed=seed)
    alpha = (1.0 - confidence) / 2.0
    lows, highs = np.percentile(means, [100 * alpha, 100 * (1 - alpha)], axis=0)
    sample_means = arr.mean(axis=0)
    if arr.ndim == 1:
        return ConfidenceInterval(float(sample_means), float(lows), float(highs), confidence, n_resamples, seed)
    return [
        ConfidenceInterval(float(m), float(lo), float(hi), confidence, n_resamples, seed)
        for m, lo, hi in zip(sample_means, lows, highs, strict=True)
    ]
