"""Packing text units into model-sized windows, by tokens (pure functions: no torch, no tokenizer object).

A :class:`Unit` is a sentence (or a clipped piece of one) with its half-open character range ``[start, end)``
in the coordinates of the text it came from and its length in tokens. :func:`pack` fills windows of at most
``budget`` tokens in order, cutting only between units; a unit longer than the budget is first cut at clause
punctuation (or, failing that, between characters) by :func:`split_unit`. The token count of every window's
joined text is checked with the real tokenizer (``count``) and a unit is moved on while a window is over budget,
so no window is ever longer than the budget whatever the tokenizer does at unit boundaries.

Units: ``budget`` and ``Unit.tokens`` are tokens; ``start``/``end`` are characters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Unit", "Window", "pack", "split_unit", "join_units", "merge_ranges", "select_salient"]

#: Where an over-long unit is preferably cut (after one of these characters).
CLAUSE_BREAKS = "，,、；;：:。！？!?…）)”’"

CountFn = Callable[[list[str]], list[int]]


@dataclass(frozen=True)
class Unit:
    """A piece of text: ``text`` is ``source[start:end]``; ``tokens`` its length in tokens (no special tokens)."""

    text: str
    start: int
    end: int
    tokens: int


@dataclass
class Window:
    """Consecutive units that go to the model together; ``tokens`` is the joined text's length in tokens."""

    units: list[Unit]
    tokens: int = 0

    @property
    def text(self) -> str:
        return join_units(self.units)

    @property
    def start(self) -> int:
        return self.units[0].start

    @property
    def end(self) -> int:
        return self.units[-1].end


def join_units(units: Sequence[Unit]) -> str:
    """Join unit texts: no separator (Chinese), a space only between two Latin letters or digits."""
    out: list[str] = []
    for u in units:
        if out and out[-1][-1:].isascii() and out[-1][-1:].isalnum() and u.text[:1].isascii() and u.text[:1].isalnum():
            out.append(" ")
        out.append(u.text)
    return "".join(out)


def merge_ranges(units: Sequence[Unit], source: str) -> list[tuple[int, int]]:
    """The units' ranges, neighbours merged when only whitespace lies between them in ``source``."""
    ranges: list[tuple[int, int]] = []
    for u in units:
        if ranges and (u.start <= ranges[-1][1] or not source[ranges[-1][1]:u.start].strip()):
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], u.end))
        else:
            ranges.append((u.start, u.end))
    return ranges


def split_unit(unit: Unit, budget: int, count: CountFn) -> list[Unit]:
    """Cut ``unit`` into pieces of at most ``budget`` tokens each, preferably after clause punctuation.

    The longest prefix within the budget is found by binary search over characters (``count`` is called
    O(log n) times per piece); the cut moves back to the last clause break in the second half of that prefix.

    Raises:
        ValueError: ``budget`` < 1.
    """
    if budget < 1:
        raise ValueError(f"budget must be >= 1 token, got {budget}")
    if unit.tokens <= budget:
        return [unit]
    pieces: list[Unit] = []
    text, base = unit.text, unit.start
    pos = 0
    while pos < len(text):
        rest = text[pos:]
        n_rest = count([rest])[0]
        if n_rest <= budget:
            pieces.append(Unit(rest, base + pos, base + len(text), n_rest))
            break
        lo, hi = 1, len(rest)  # largest L with count(rest[:L]) <= budget; at least one character
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if count([rest[:mid]])[0] <= budget:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        for i in range(lo - 1, lo // 2, -1):
            if rest[i] in CLAUSE_BREAKS:
                cut = i + 1
                break
        piece = rest[:cut]
        pieces.append(Unit(piece, base + pos, base + pos + cut, count([piece])[0]))
        pos += cut
    return [p for p in pieces if p.text.strip()]


def pack(units: Sequence[Unit], budget: int, count: CountFn) -> list[Window]:
    """Pack ``units`` in order into windows whose joined text has at most ``budget`` tokens.

    Args:
        units: in document order.
        budget: tokens per window, special tokens and any task prefix already subtracted.
        count: ``texts -> token counts`` (no special tokens), the model's own tokenizer.

    Returns:
        Windows in order; every unit lands in exactly one window (over-long units are split first).

    Raises:
        ValueError: ``budget`` < 1.
    """
    if budget < 1:
        raise ValueError(f"budget must be >= 1 token, got {budget}")
    flat: list[Unit] = []
    for u in units:
        flat.extend(split_unit(u, budget, count) if u.tokens > budget else [u])
    windows: list[Window] = []
    cur: list[Unit] = []
    total = 0
    for u in flat:
        if cur and total + u.tokens > budget:
            windows.append(Window(cur))
            cur, total = [], 0
        cur.append(u)
        total += u.tokens
    if cur:
        windows.append(Window(cur))
    # The sum of unit counts is an estimate: check each joined window with the tokenizer, move units on if over.
    i = 0
    while i < len(windows):
        w = windows[i]
        w.tokens = count([w.text])[0]
        if w.tokens > budget and len(w.units) > 1:
            moved = w.units.pop()
            if i + 1 < len(windows):
                windows[i + 1].units.insert(0, moved)
            else:
                windows.append(Window([moved]))
            continue
        i += 1
    return windows


def select_salient(units: Sequence[Unit], scores: Sequence[float], budget: int, count: CountFn) -> Window:
    """One window of the most central units that fit in ``budget`` tokens, in document order.

    Units are taken by descending ``scores`` (ties: earlier first) while their token sum fits; a unit longer than
    the whole budget is skipped. The joined text is then checked with ``count`` and the least central unit dropped
    until it fits. Extract-then-abstract for one model call: what TextRank ranks highest reaches the model.

    Raises:
        ValueError: ``budget`` < 1 or ``scores`` not one per unit.
    """
    if budget < 1:
        raise ValueError(f"budget must be >= 1 token, got {budget}")
    if len(scores) != len(units):
        raise ValueError(f"{len(scores)} scores for {len(units)} units")
    order = sorted(range(len(units)), key=lambda i: (-float(scores[i]), i))
    chosen: list[int] = []
    total = 0
    for i in order:
        if total + units[i].tokens <= budget:
            chosen.append(i)
            total += units[i].tokens
    while True:
        window = Window([units[i] for i in sorted(chosen)])
        window.tokens = count([window.text])[0] if chosen else 0
        if window.tokens <= budget or len(chosen) <= 1:
            return window
        chosen.pop()  # the least central of those chosen
