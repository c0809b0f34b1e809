"""Errors raised by the library. Every error a caller can cause is a :class:`SummarizerError`.

The HTTP layer maps these to 4xx/5xx JSON answers and the batch CLI records them per input, so each
class carries a stable ``code`` (used as the JSON ``error.type``) and, where one applies, the name of the
offending request ``field``.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class of every error the library raises on purpose."""

    code = "summarizer_error"
    field: str | None = None

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field

    @property
    def message(self) -> str:
        return str(self)


class EmptyInputError(SummarizerError, ValueError):
    """The input has no sentence with a letter, digit or CJK character (empty, whitespace or punctuation only)."""

    code = "empty_input"
    field = "text"


class DecodeError(SummarizerError, ValueError):
    """Bytes that cannot be decoded as text in any supported encoding, or that look binary."""

    code = "decode_error"
    field = "text"


class UnsupportedFormatError(DecodeError):
    """A file format the readers do not handle (an image, an archive, an old binary ``.doc``, a spreadsheet…)."""

    code = "unsupported_format"


class NoTextLayerError(DecodeError):
    """A PDF without a text layer (a scanned document): its pages are images, there is no text to summarize."""

    code = "no_text_layer"


class InputTooLargeError(SummarizerError, ValueError):
    """The input is over a configured limit (characters per document, bytes per body, documents per batch)."""

    code = "input_too_large"
    field = "text"


#: Most essays in one document by default, for the command line (``summarizer summarize --max-essays``) and the
#: service (``SUMMARIZER_MAX_ESSAYS``) alike: about a millisecond of CPU per short essay, so a page of thousands of
#: tiny essays would take seconds to minutes (:func:`summarizer.summarize` itself has no limit unless given one).
DEFAULT_MAX_ESSAYS = 500


class _CountOverLimitError(InputTooLargeError):
    """A document that holds more of some unit (:attr:`unit`: essays, sentences) than a configured limit: the
    ``input_too_large`` code, a message naming the count, the limit and ``setting`` (the name of the limit to raise);
    the count is kept under the unit's plural name (``essays``, ``sentences``), with ``limit`` and ``setting``."""

    #: The unit counted, singular (its plural, ``unit + "s"``, names the count's attribute).
    unit = "item"

    def __init__(self, count: int, limit: int, setting: str) -> None:
        noun = self.unit if count == 1 else self.unit + "s"
        super().__init__(f"the document has {count:,} {noun}; the limit is {limit:,} ({setting})")
        setattr(self, self.unit + "s", count)
        self.limit = limit
        self.setting = setting

    def __reduce__(self):  # (pickled to and from the service's worker processes: rebuilt from its counts)
        return type(self), (getattr(self, self.unit + "s"), self.limit, self.setting), self.__dict__


class TooManyEssaysError(_CountOverLimitError):
    """A document that splits into more essays than a configured limit (``max_essays`` of
    :func:`summarizer.summarize`, ``SUMMARIZER_MAX_ESSAYS`` of the service). The same ``input_too_large`` code;
    ``essays`` and ``limit`` hold the counts, ``setting`` the name of the limit the message gives."""

    unit = "essay"

    def __init__(self, essays: int, limit: int, setting: str = "max_essays") -> None:
        super().__init__(essays, limit, setting)


#: Most sentences in one document by default, for the command line (``summarizer summarize --max-sentences``) and the
#: service (``SUMMARIZER_MAX_SENTENCES``) alike, counted before cleaning (:func:`summarizer.sentences.count_sentence_ends`:
#: runs of 。！？!?, and line breaks after short lines). Each distinct sentence is read by some sixty rules (about 30-90 µs of CPU), so a
#: 100,000-character page of tens of thousands of two-character sentences takes 3 s and more; the longest documents of
#: the project's corpora have at most 1,646 such ends (one per 14 characters; 100,000 characters of that density would
#: have 7,100), the 100,000-character limit at the density of examples/essay.txt 3,324 (perf48).
#: :func:`summarizer.summarize` itself has no limit unless given one.
DEFAULT_MAX_SENTENCES = 10_000


class TooManySentencesError(_CountOverLimitError):
    """A document of more sentence ends than a configured limit (``max_sentences`` of :func:`summarizer.summarize`,
    ``SUMMARIZER_MAX_SENTENCES`` of the service), counted before cleaning. The same ``input_too_large`` code;
    ``sentences`` and ``limit`` hold the counts, ``setting`` the name of the limit the message gives."""

    unit = "sentence"

    def __init__(self, sentences: int, limit: int, setting: str = "max_sentences") -> None:
        super().__init__(sentences, limit, setting)


class ColumnNotFoundError(SummarizerError, ValueError):
    """A CSV/TSV file has no column of the name or 0-based index asked for (``csv_column``, ``--csv-column``)."""

    code = "column_not_found"
    field = "csv_column"


class ResourceError(SummarizerError, OSError):
    """A packaged or user-supplied resource (stopword list, cue lexicon, dictionary) is missing or undecodable."""

    code = "resource_error"


class ModelNotAvailableError(SummarizerError, RuntimeError):
    """The requested method needs an optional extra or a model checkpoint that is not installed/configured."""

    code = "model_not_available"
    field = "method"
