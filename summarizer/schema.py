"""Result and option types shared by the library, the CLI and the HTTP API (pydantic v2 models).

Offsets: every ``start``/``end`` is a half-open range of *character* (Unicode code point) offsets into the
decoded original input, i.e. the ``str`` the user gave (or the bytes after decoding). The original slice
``input[start:end]`` with whitespace and removed markup (HTML tags and entities, markdown and LaTeX syntax,
citation marks, an emptied title ``《》``, a keyword line injected between a sentence's commas:
:attr:`summarizer.clean.CleanText.markup`) taken out equals the point's ``text`` with whitespace
removed; a point never spans other text that cleaning cut out (a page marker).
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

Method = Literal["textrank", "seq2seq"]
#: Why a generated text was replaced by its extractive text (see :mod:`summarizer.seq2seq.quality`).
Fallback = Literal["empty", "script", "copy", "repetition", "length", "support"]


class SummarizeOptions(BaseModel):
    """Knobs of :func:`summarizer.summarize`. Units: points are counted, lengths are in characters.

    Strict types, the one check of every caller's options (library keywords, ``options=``, the CLI, batch configs
    and the HTTP API, whose request models inherit it): ``max_points="3"``, ``True`` or ``3.0`` for an integer
    option, or a string for a boolean, raises :class:`pydantic.ValidationError` (a ``ValueError``) naming the field
    and the type it needs, as the HTTP API's 422 does; an integer is accepted for a float option
    (``theme_threshold=1``), as JSON numbers are. Unknown names are refused too (``extra="forbid"``)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    method: Method = Field("textrank", description="'textrank' (extractive, default) or 'seq2seq' (abstractive).")
    max_points: int = Field(30, ge=1, le=50, description=(
        "Most points per aspect and essay; an essay longer than 5,000 characters gets this times its length / "
        "5,000, at most three times this."))
    max_point_chars: int = Field(60, ge=10, le=500, description="Most characters of one point's text.")
    summary_chars: int = Field(200, ge=20, le=5000, description=(
        "Most characters of each essay's summary; a short essay gets 20% of its content characters (at least 60)."))
    aspect_model: bool = Field(True, description="textrank: also take as points the sentences in no aspect region that "
                               "the learned sentence-aspect model (summarizer/resources/aspect_model.json) gives an "
                               "aspect with high probability, and drops a rule's point whose sentence it calls 'none' "
                               "with high probability (on by default; see the README, 'Learned "
                               "sentence aspects').")
    sentence_selector: bool = Field(True, description="textrank: the sentence selector (gradient-boosted trees over "
                                    "every sentence's structural readings and the learned aspect model's "
                                    "probabilities, summarizer/resources/sentence_selector.json) keeps, drops or moves "
                                    "the rules' points and adds sentences, in place of the learned model's own review "
                                    "(on by default). It needs the learned aspect model: with aspect_model off it does "
                                    "nothing and the rules' points stand alone. See the README, 'A sentence selector "
                                    "over every sentence (rank43)'.")
    max_keyphrases: int = Field(10, ge=0, le=50, description="Most keyphrases per essay (TextRank over the word "
                                "graph; 0: none).")
    theme_threshold: float = Field(
        0.3, ge=0.0, le=1.0, description="Collections: cosine similarity (TF-IDF over characters and bigrams, 0.7, "
        "and over topics of a governance vocabulary, 0.3) a point needs with a theme to join it; higher gives more, "
        "narrower themes.")
    model: str | None = Field(
        None, max_length=300, description="seq2seq: the checkpoint. Library and CLI: a directory, a name from "
        "`summarizer models list` or a hub id in the local cache (never downloaded). HTTP API: one of the names the "
        "server configures (SUMMARIZER_SEQ2SEQ_MODELS), never a path.")
    # Generation lengths of method 'seq2seq', in *tokens* of the model's tokenizer (ignored by 'textrank').
    min_length: int | None = Field(
        None, ge=0, le=1024, description="seq2seq: fewest tokens generated per summary window; clamped to half the "
        "window's input tokens (and to the maximum) before generation.")
    max_length: int | None = Field(
        None, ge=1, le=1024, description="seq2seq: most tokens generated per summary window (Hugging Face "
        "max_length); clamped to the window's input tokens. max_new_tokens wins when both are given.")
    max_new_tokens: int | None = Field(
        None, ge=1, le=1024, description="seq2seq: most tokens generated per summary window (default: derived from "
        "summary_chars) and per point (capped by max_point_chars).")

    # Output checks and loop-avoiding decoding of method 'seq2seq' (None: the model's defaults for its family).
    min_support: float | None = Field(
        None, ge=0.0, le=1.0, description="seq2seq: a generated point or summary whose support (share of its "
        "characters in fragments copied from its source) is lower falls back to its extractive text "
        "(fallback 'support'); 0 turns the check off. Default 0.5.")
    no_repeat_ngram_size: int | None = Field(
        None, ge=0, le=10, description="seq2seq: no n-gram of this many tokens is generated twice (0: off). Default "
        "per tokenizer family: 4 for character vocabularies (BART/CPT), 3 otherwise.")
    repetition_penalty: float | None = Field(
        None, ge=1.0, le=2.0, description="seq2seq: >1 discourages repeating generated tokens (1.0: off). Default per "
        "tokenizer family: 1.1 for character vocabularies, 1.2 otherwise.")
    length_penalty: float | None = Field(
        None, ge=0.0, le=2.0, description="seq2seq: beam-search length exponent (>1 favours longer outputs). "
        "Default 1.0.")

    def generation_options_given(self) -> list[str]:
        """The options of method ``seq2seq`` alone (generation lengths in tokens, output checks, decoding) that are
        set (not None), in field order: with ``method="textrank"`` they do nothing, so the CLI and the HTTP API
        refuse them rather than ignore them silently (:data:`GENERATION_OPTIONS`)."""
        return [name for name in GENERATION_OPTIONS if getattr(self, name) is not None]

    @field_validator("max_length", "max_new_tokens")
    @classmethod
    def _not_below_min_length(cls, value: int | None, info: ValidationInfo) -> int | None:
        # A field validator (not a model validator) so that the error names the field (HTTP 422 `field`).
        low = info.data.get("min_length")
        if value is not None and low is not None and low > value:
            raise ValueError(f"min_length ({low}) is larger than {info.field_name} ({value}): unfeasible length "
                             f"constraints; give min_length <= {info.field_name}")
        return value


#: :class:`SummarizeOptions` fields read by method ``seq2seq`` only (all default to None).
GENERATION_OPTIONS = ("min_length", "max_length", "max_new_tokens", "min_support", "no_repeat_ngram_size",
                      "repetition_penalty", "length_penalty")


class Span(BaseModel):
    """A half-open character range ``[start, end)`` into the decoded original input."""

    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)


class Point(BaseModel):
    """One short point (a challenge, a recommendation, or a summary sentence) and where the input says it.

    A ``seq2seq`` (abstractive) point's text is generated, not a slice of the input: its ``start``/``end`` is the
    span of its first source, and ``sources`` lists every input span the model was given to write it.
    """

    text: str = Field(..., description="The point, list markers stripped.")
    start: int = Field(..., ge=0, description="Character offset into the decoded original input.")
    end: int = Field(..., ge=0, description="End (exclusive) character offset into the decoded original input.")
    score: float | None = Field(None, description="TextRank centrality of the source sentence, when ranked.")
    heading: str | None = Field(None, description="Heading of the section the point comes from, when it has one.")
    sources: list[Span] = Field(default_factory=list, description="Input spans an abstractive point was generated from.")
    support: float | None = Field(
        None, ge=0.0, le=1.0, description="seq2seq: share of the generated text's characters that lie in fragments "
        "(2+ characters) copied from its sources; null when the text is not generated (extractive or fallback).")
    fallback: Fallback | None = Field(
        None, description="seq2seq: why the generated text was rejected and the extractive text shown instead "
        "(empty, script, copy, repetition, length, support); null when it was not.")


class GenerationInfo(BaseModel):
    """What a seq2seq model was given and made (method ``seq2seq`` only). Units: tokens of the model's tokenizer."""

    model: str | None = Field(None, description="Name of the checkpoint (registry name or directory name).")
    max_input_tokens: int = Field(..., ge=1, description="Tokens one model input may have, special tokens included "
                                  "(read from the model's config).")
    input_tokens: int = Field(..., ge=0, description="Tokens of the text summarized (special tokens not counted).")
    truncated: bool = Field(..., description="True when some of that text was cut off and never reached the model.")
    chunks: int = Field(..., ge=0, description="Windows the text was summarized in (0: too short, left extractive).")
    generated_tokens: int = Field(0, ge=0, description="Tokens generated, summaries and points together.")
    fallback: Fallback | None = Field(
        None, description="Why (part of) the summary is extractive: the first rejected summary window's reason "
        "(in essay order); null when every window's generated text was kept.")
    fallbacks: dict[str, int] = Field(
        default_factory=dict, description="Rejected generated texts by reason, summary windows and points together.")


class Keyphrase(BaseModel):
    """A keyphrase of an essay (TextRank over the word graph, :mod:`summarizer.keyphrases`)."""

    text: str = Field(..., description="The phrase as the input writes it (at its first occurrence).")
    score: float = Field(..., ge=0.0, description="Sum of its words' PageRank scores in the essay's word graph.")
    occurrences: list[Span] = Field(default_factory=list, description="Every occurrence in the decoded original "
                                    "input, in order.")


class EssaySummary(BaseModel):
    """The summary of one essay of a collection."""

    index: int = Field(..., ge=0, description="Position of the essay in the input, from 0.")
    title: str | None = None
    start: int = Field(..., ge=0, description=(
        "Offset of the essay's first character in the original input: in a collection, the first character after "
        "its essay marker or title line (the title is `title`); a single essay starts at its first line."))
    end: int = Field(..., ge=0)
    chars: int = Field(..., ge=0, description="Characters of the essay's cleaned text.")
    summary: str = Field(..., description="Short overall summary, within the summary_chars budget.")
    summary_sentences: list[Point] = Field(default_factory=list, description="The summary's sentences with offsets.")
    challenges: list[Point] = Field(default_factory=list)
    recommendations: list[Point] = Field(default_factory=list)
    keyphrases: list[Keyphrase] = Field(default_factory=list, description="Keyphrases, best first (at most "
                                        "max_keyphrases).")
    generation: GenerationInfo | None = Field(None, description="How the seq2seq summary was made (null for textrank).")


class EssayRef(BaseModel):
    """One essay of a collection: which document and which of its essays."""

    document: str | None = Field(None, description="Id of the document (batch collections); null within one document.")
    essay: int = Field(..., ge=0, description="Index of the essay in its document.")
    title: str | None = None


class ThemePoint(BaseModel):
    """A point of a theme: a challenge or recommendation of one essay."""

    essay: int = Field(..., ge=0, description="Position of its essay in the collection's `essays` list.")
    point: int = Field(..., ge=0, description="Position of the point in that essay's list of this aspect.")
    text: str
    start: int = Field(..., ge=0, description="Character offset into the decoded original input of its document.")
    end: int = Field(..., ge=0)


class Theme(BaseModel):
    """Points of one aspect, from one or more essays, that say the same thing."""

    label: str = Field(..., description="A clause (or a run of words of one) of its most central points that the most "
                       "members hold, in the source's words (summarizer.collection.theme_label).")
    label_points: int | None = Field(None, ge=0, description="How many of its member points hold every content word "
                                     "of the label (summarizer.collection.label_support); null in output of "
                                     "versions before it.")
    essay_count: int = Field(..., ge=1, description="Number of essays it appears in.")
    essays: list[int] = Field(..., description="Positions in the collection's `essays` list, ascending.")
    points: list[ThemePoint] = Field(..., description="Member points, most central first.")


class Collection(BaseModel):
    """What a collection of essays says as a whole: the themes of each aspect, most widely shared first."""

    essays: list[EssayRef] = Field(..., description="The essays synthesized, in order.")
    threshold: float = Field(..., description="The theme_threshold used.")
    challenges: list[Theme] = Field(default_factory=list)
    recommendations: list[Theme] = Field(default_factory=list)


class InputWarning(BaseModel):
    """Something reading the input replaced or noticed; the result is still made (an error would stop it).

    ``type``: ``truncated_character`` (the last character of the bytes was cut off; it reads as U+FFFD),
    ``invalid_bytes`` (a few byte sequences that are not valid in the file's encoding read as U+FFFD; the message
    names their lines), ``cp1252_punctuation`` (single-byte Windows-1252 curly quotes or dashes inside GBK text,
    read as the punctuation they stand for), ``doubtful_encoding`` (no encoding reads the bytes as Chinese text;
    the best reading is summarized and may be garbled) or ``wrong_charset`` (an HTML page's or MHTML part's declared
    charset does not decode its bytes: they were read in the encoding detection found, which the message names).
    """

    type: str = Field(..., description="What happened: 'truncated_character', 'invalid_bytes', "
                                       "'cp1252_punctuation', 'doubtful_encoding' or 'wrong_charset'.")
    message: str = Field(..., description="Where (line, byte offset) and what was done about it.")


class DocumentSummary(BaseModel):
    """The result of summarizing one input document (a single essay or a collection of essays)."""

    source: str | None = Field(None, description="File name or caller-supplied id of the input.")
    encoding: str = Field("utf-8", description="Encoding the input bytes were decoded with ('utf-8' for str input).")
    format: str | None = Field(
        None,
        description="Format the text was read from: 'text', 'html', 'docx' or 'pdf' (null when the caller gave a "
        "str; bytes are read as a file). For html/docx/pdf the offsets point into the extracted text "
        "(`summarizer extract FILE` prints it).",
    )
    method: Method = "textrank"
    chars: int = Field(..., ge=0, description="Characters of the decoded original input.")
    removed: dict[str, int] = Field(default_factory=dict, description="Cleaning rule -> characters removed by it.")
    essays: list[EssaySummary]
    generation: GenerationInfo | None = Field(None, description="Totals over the essays (null for textrank).")
    collection: Collection | None = Field(None, description="Themes shared across the essays (only for two or more "
                                          "essays).")
    warnings: list[InputWarning] = Field(
        default_factory=list, description="What decoding the input replaced (a cut-off last character, invalid "
        "bytes: each U+FFFD in the text); empty when the input decoded cleanly.")


#: How close (:func:`difflib.get_close_matches`' ratio) a misspelt name must be to an option's to be suggested.
CLOSE_OPTION_CUTOFF = 0.8
#: Longest name compared (a longer one is no misspelling; bounds the comparison's cost).
CLOSE_OPTION_CHARS = 64


def close_option(name: str, extra: Iterable[str] = ()) -> str | None:
    """The option whose name ``name`` most likely misspells (``max_point`` -> ``max_points``, ``maxpoints`` ->
    ``max_points``, ``summary_char`` -> ``summary_chars``): the closest of the fields of :class:`SummarizeOptions`
    and ``extra`` (a caller's own names: the library's ``max_chars``, ``source``; the service's ``text``) at a ratio
    of :data:`CLOSE_OPTION_CUTOFF` or more; ``None`` when none is that close, when ``name`` is itself one of them,
    or when it is longer than :data:`CLOSE_OPTION_CHARS` characters. The one place that suggests a name, for the
    library (:func:`summarizer.summarize`'s ``unknown option …`` error) and the service (its 422 message)."""
    names = [*SummarizeOptions.model_fields, *extra]
    found = get_close_matches(name, names, n=1, cutoff=CLOSE_OPTION_CUTOFF) if len(name) <= CLOSE_OPTION_CHARS else []
    return found[0] if found and found[0] != name else None


def unknown_option_message(name: str, extra: Iterable[str] = ()) -> str:
    """``unknown option NAME`` and, when :func:`close_option` finds one, `` (did you mean CLOSE?)``."""
    close = close_option(name, extra)
    return f"unknown option {name}" + (f" (did you mean {close}?)" if close else "")
