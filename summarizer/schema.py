"""Result and option types shared by the library, the CLI and the HTTP API (pydantic v2 models).

Offsets: every ``start``/``end`` is a half-open range of *character* (Unicode code point) offsets into the
decoded original input, i.e. the ``str`` the user gave (or the bytes after decoding). The original slice
``input[start:end]`` with whitespace removed contains the point's ``text`` with whitespace removed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Method = Literal["textrank", "seq2seq"]


class SummarizeOptions(BaseModel):
    """Knobs of :func:`summarizer.summarize`. Units: points are counted, lengths are in characters."""

    model_config = ConfigDict(extra="forbid")

    method: Method = Field("textrank", description="'textrank' (extractive, default) or 'seq2seq' (abstractive).")
    max_points: int = Field(10, ge=1, le=50, description="Most points per aspect and essay.")
    max_point_chars: int = Field(60, ge=10, le=500, description="Most characters of one point's text.")
    summary_chars: int = Field(200, ge=20, le=5000, description="Character budget of each essay's summary.")


class Span(BaseModel):
    """A half-open character range ``[start, end)`` into the decoded original input."""

    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)


class Point(BaseModel):
    """One short point (a challenge, a recommendation, or a summary sentence) and where the input says it."""

    text: str = Field(..., description="The point, list markers stripped.")
    start: int = Field(..., ge=0, description="Character offset into the decoded original input.")
    end: int = Field(..., ge=0, description="End (exclusive) character offset into the decoded original input.")
    score: float | None = Field(None, description="TextRank centrality of the source sentence, when ranked.")
    heading: str | None = Field(None, description="Heading of the section the point comes from, when it has one.")
    sources: list[Span] = Field(default_factory=list, description="Input spans an abstractive point was generated from.")


class EssaySummary(BaseModel):
    """The summary of one essay of a collection."""

    index: int = Field(..., ge=0, description="Position of the essay in the input, from 0.")
    title: str | None = None
    start: int = Field(..., ge=0, description="Offset of the essay's first character in the original input.")
    end: int = Field(..., ge=0)
    chars: int = Field(..., ge=0, description="Characters of the essay's cleaned text.")
    summary: str = Field(..., description="Short overall summary, within the summary_chars budget.")
    summary_sentences: list[Point] = Field(default_factory=list, description="The summary's sentences with offsets.")
    challenges: list[Point] = Field(default_factory=list)
    recommendations: list[Point] = Field(default_factory=list)


class DocumentSummary(BaseModel):
    """The result of summarizing one input document (a single essay or a collection of essays)."""

    source: str | None = Field(None, description="File name or caller-supplied id of the input.")
    encoding: str = Field("utf-8", description="Encoding the input bytes were decoded with ('utf-8' for str input).")
    method: Method = "textrank"
    chars: int = Field(..., ge=0, description="Characters of the decoded original input.")
    removed: dict[str, int] = Field(default_factory=dict, description="Cleaning rule -> characters removed by it.")
    essays: list[EssaySummary]
