"""The analysed document passed from stage to stage (after spaCy's ``Doc``).

:class:`DocumentText` is what every essay of one input shares: the decoded original, its
:class:`~summarizer.clean.CleanText` and the Simplified analysis view. :class:`EssayDoc` is one essay of it;
the stages of :mod:`summarizer.pipeline` each take an ``EssayDoc``, fill their fields and hand it on.

Four texts, and which one an offset is into:

* **original**: ``DocumentText.original``, the decoded input the user gave. Every offset of a result
  (:class:`~summarizer.schema.Point`, :class:`~summarizer.schema.EssaySummary`) is into this text.
* **cleaned**: ``DocumentText.clean.text``; ``EssayDoc.essay`` (:class:`~summarizer.essays.EssaySpan`) is a
  range of it.
* **view**: ``DocumentText.view``, the same-length Simplified copy of the cleaned text that the analysis reads
  (cue words, segmentation); every cleaned offset is a view offset too.
* **essay-local**: ``EssayDoc.body`` (the essay's slice of the view) and ``EssayDoc.text`` (the same slice of the
  cleaned text, the user's own characters). Structure items, sentences, ranking and raw points are in these
  coordinates; :meth:`EssayDoc.to_original` is the one conversion from them to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from typing import Any

import numpy as np

from summarizer.aspects import ItemRole
from summarizer.chars import CONTROL, INVISIBLE
from summarizer.clean import EMOJI_DROP, FACE_COMMA, GLUED_FOOTNOTE, CleanText
from summarizer.essays import EssaySpan
from summarizer.keyphrases import Keyphrase
from summarizer.points import RawPoint
from summarizer.schema import EssaySummary, Point, SummarizeOptions
from summarizer.sentences import Sentence
from summarizer.structure import Structure
from summarizer.textrank import Ranking
from summarizer.tokenize import Tokenizer

__all__ = ["DocumentText", "EssayDoc"]

# what exact_end ignores when it compares an original slice with its cleaned text (what cleaning removes inside a
# line: spaces, invisible format characters and control characters, and the emoji clean.emoji_edits takes out of a
# line, fix42c)
_VISIBLE_DROP = re.compile(f"(?:[\\s{INVISIBLE}{CONTROL}©]|{EMOJI_DROP})+")


def _same_but_footnotes(original: str, piece: str) -> bool:
    """Whether the original slice ``original`` is the cleaned ``piece`` once the footnote numbers cleaning cuts out of
    Han text (:data:`summarizer.clean.GLUED_FOOTNOTE`: ``短板²。``) and the characters
    :data:`_VISIBLE_DROP` matches are removed on both sides: a point may span such a number (its text holds none).
    Linear in the slice."""
    if not GLUED_FOOTNOTE.search(original):
        return False
    return _VISIBLE_DROP.sub("", GLUED_FOOTNOTE.sub("", original)) == _VISIBLE_DROP.sub("", piece)


def _has_face_comma(original: str, a: int, b: int, piece: str) -> bool:
    """Whether ``original[a:b]`` holds a face emoji (:data:`summarizer.clean.FACE_COMMA`) and the cleaned ``piece``
    a comma, so cleaning may have put the comma for the face (``停车难😡物业不管`` -> ``停车难，物业不管``). Linear."""
    return "，" in piece and FACE_COMMA.search(original, a, b) is not None


@dataclass(frozen=True, eq=False)
class DocumentText:
    """One input document, decoded and cleaned; shared by its essays.

    Attributes:
        original: the decoded original input (characters); every result offset points into it.
        clean: the cleaned text and its offset map into ``original``.
        view: the Simplified analysis copy of ``clean.text`` (same length, so offsets are shared).
        encoding: the codec the input bytes were decoded with (``"utf-8"`` for ``str`` input).
        format: the format it was read from (``"text"``, ``"html"``, ``"docx"``, ``"pdf"``; ``None`` for ``str``).
        source: file name or caller-supplied id, echoed in the result.
        shared_titles: essay titles that more than one essay carries (a collection's label, not a title).
        warnings: what reading the input replaced or noticed (:class:`summarizer.decode.DecodeWarning`, e.g. a
            cut-off last character), reported in the result's ``warnings``.
    """

    original: str
    clean: CleanText
    view: str
    encoding: str = "utf-8"
    format: str | None = None
    source: str | None = None
    shared_titles: frozenset[str] = frozenset()
    warnings: tuple[Any, ...] = ()

    @cached_property
    def essay_points(self) -> dict:
        """The points stage's memo of this document's essays (:func:`summarizer.pipeline.points_stage`: an essay that
        repeats an earlier one, its text and every other input of the points stage alike, takes a copy of its
        points); empty until the stage fills it, gone with the document."""
        return {}

    @cached_property
    def markup_before(self) -> np.ndarray | None:
        """``markup_before[i]``: how many characters of ``original[:i]`` cleaning marked as markup
        (:attr:`CleanText.markup`), ``(len(original) + 1,)`` int64 (computed once per document); ``None`` when it
        marked none."""
        mask = self.clean.markup
        if mask is None:
            return None
        out = np.zeros(len(mask) + 1, dtype=np.int64)
        np.cumsum(mask, out=out[1:])
        return out


@dataclass(eq=False)
class EssayDoc:
    """One essay, analysed stage by stage. The stages fill the fields after ``tokenizer`` in order.

    Attributes:
        document: the input this essay belongs to.
        essay: the essay's span in the cleaned text (see :class:`~summarizer.essays.EssaySpan`).
        options: the summary options (budgets in characters, point counts).
        tokenizer: the segmenter used for TextRank.
        structure: enumerated items and heading lines (essay-local offsets).
        issuer: essay-local ``(start, end)`` of the issuer that opens a 公文 title line (``XX市人民政府办公室`` of
            ``XX市人民政府办公室关于…的通知``; :func:`summarizer.essays.issuer_span`), None when the essay has none;
            set with ``structure``. It names who wrote the document, not what it is about.
        sentences: sentence and heading units (essay-local offsets).
        roles: the aspect role of each item, a list parallel to ``structure.items``.
        tokens: content tokens of each sentence, parallel to ``sentences``.
        ranking: the TextRank graph and PageRank scores of ``sentences``.
        points: challenge and recommendation points before mapping (essay-local offsets), keyed by aspect.
        summary: the summary sentences, mapped (original offsets), in document order.
        keyphrases: the essay's keyphrases, best first (essay-local occurrences; :mod:`summarizer.keyphrases`).
        title: the essay's title (user's characters), or None.
        result: the finished :class:`~summarizer.schema.EssaySummary` (original offsets).
    """

    document: DocumentText
    essay: EssaySpan
    options: SummarizeOptions
    tokenizer: Tokenizer
    structure: Structure | None = None
    issuer: tuple[int, int] | None = None
    sentences: list[Sentence] | None = None
    roles: list[ItemRole | None] | None = None
    tokens: list[list[str]] | None = None
    ranking: Ranking | None = None
    points: dict[str, list[RawPoint]] | None = None
    summary: list[Point] | None = None
    keyphrases: list[Keyphrase] | None = None
    title: str | None = None
    result: EssaySummary | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ texts

    @property
    def original(self) -> str:
        """The decoded original input of the whole document."""
        return self.document.original

    @property
    def clean(self) -> CleanText:
        """The cleaned text of the whole document with its offset map."""
        return self.document.clean

    @property
    def view(self) -> str:
        """The Simplified analysis copy of the whole cleaned text."""
        return self.document.view

    @cached_property
    def body(self) -> str:
        """The essay's analysis text (its slice of :attr:`view`): what the stages read; essay-local offsets (sliced
        once per essay: the stages read it many times)."""
        return self.document.view[self.essay.start:self.essay.end]

    @cached_property
    def text(self) -> str:
        """The essay's cleaned text in the user's own characters (same length and offsets as :attr:`body`; sliced
        once per essay)."""
        return self.document.clean.text[self.essay.start:self.essay.end]

    # ------------------------------------------------------------------ offsets

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The half-open range of the original input that the essay-local range ``[start, end)`` came from.

        Raises:
            ValueError: the range is empty or outside the essay.
        """
        if not 0 <= start < end <= self.essay.end - self.essay.start:
            raise ValueError(f"range [{start}, {end}) outside the essay of length {self.essay.end - self.essay.start}")
        return self.document.clean.to_original(self.essay.start + start, self.essay.start + end)

    @property
    def span(self) -> tuple[int, int]:
        """The essay's own range in the original input."""
        return self.to_original(0, self.essay.end - self.essay.start)

    def exact_as_is(self, start: int, end: int, a: int, b: int) -> bool:
        """Whether the original slice ``[a, b)`` (:meth:`to_original` of the essay-local ``[start, end)``) is the
        cleaned text ``[start, end)`` character for character with no markup inside: then :meth:`exact_end` of
        ``(start, end)`` is ``end`` (its first comparison holds: the offset map is non-decreasing, so the cleaned
        characters map inside ``[a, b)``), found with one string comparison and two lookups."""
        if self.document.original[a:b] != self.text[start:end]:
            return False
        before = self.document.markup_before
        return before is None or before[b] == before[a]

    def exact_end(self, start: int, end: int) -> int:
        """The largest ``e`` in ``(start, end]`` such that the original slice of essay-local ``[start, e)`` holds
        exactly its cleaned text once whitespace, invisible format characters (zero-width space, soft hyphen…)
        and markup (:attr:`CleanText.markup`: tags, entities, markdown
        syntax) are removed on both sides — cleaning removed nothing else inside, e.g. no page marker ``· ·54``
        cut out of the middle; ``start + 1`` when none does."""
        text, original = self.text, self.document.original
        clean = self.document.clean
        mask = clean.markup
        base = self.essay.start
        while end > start + 1:
            a, b = self.to_original(start, end)
            if mask is None:
                piece = text[start:end]
                same = (original[a:b] == piece or _VISIBLE_DROP.sub("", original[a:b]) == _VISIBLE_DROP.sub("", piece)
                        or (_has_face_comma(original, a, b, piece)
                            and _VISIBLE_DROP.sub("", FACE_COMMA.sub("，", original[a:b])) == _VISIBLE_DROP.sub("", piece))
                        or _same_but_footnotes(original[a:b], piece))
            else:
                # (the characters outside the markup picked by itertools.compress from the negated mask, read as
                # Python booleans in one call each: indexing the array, or a generator, per character is slow)
                kept = (~mask[a:b]).tolist()
                cleaned = (~mask[clean.offsets[base + start:base + end]]).tolist()
                orig, piece = "".join(compress(original[a:b], kept)), "".join(compress(text[start:end], cleaned))
                same = (_VISIBLE_DROP.sub("", orig) == _VISIBLE_DROP.sub("", piece)
                        or (_has_face_comma(orig, 0, len(orig), piece)
                            and _VISIBLE_DROP.sub("", FACE_COMMA.sub("，", orig)) == _VISIBLE_DROP.sub("", piece))
                        or _same_but_footnotes(orig, piece))
            if same:
                return end
            end -= 1
        return start + 1

    def point(self, start: int, end: int, score: float | None = None,
              heading: tuple[int, int] | None = None) -> Point:
        """A :class:`~summarizer.schema.Point` for the essay-local range ``[start, end)`` (``heading``: the
        essay-local range of its section heading): text sliced from :attr:`text` up to :meth:`exact_end`,
        ``start``/``end`` into the original input, widened over both marks of a markup pair it holds one of at its
        edge (:meth:`~summarizer.clean.CleanText.balanced`)."""
        head = self.text[heading[0]:heading[1]] if heading else None
        if self.document.clean.markup is None or end > start:  # (exact_end's first test, its range mapped once)
            a, b = self.to_original(start, end)
            if self.exact_as_is(start, end, a, b):  # (no markup inside: no pair to balance)
                return Point(text=self.text[start:end], start=a, end=b, score=score, heading=head)
        used = self.exact_end(start, end)
        a, b = self.document.clean.balanced(*self.to_original(start, used))
        return Point(text=self.text[start:used], start=a, end=b, score=score, heading=head)
