"""summarizer: faithful summaries of long, noisy Chinese documents.

The one entry point is :func:`summarize`; the CLI (``summarizer``) and the HTTP service are thin layers over it.
"""

from __future__ import annotations

from summarizer.errors import (
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    ModelNotAvailableError,
    NoTextLayerError,
    ResourceError,
    SummarizerError,
    UnsupportedFormatError,
)
from summarizer.schema import DocumentSummary, EssaySummary, Point, Span, SummarizeOptions

__version__ = "0.1.0"


def summarize(text, **kwargs) -> DocumentSummary:  # noqa: D401 - thin re-export, documented in pipeline
    """Summarize ``text`` (``str`` or ``bytes``); see :func:`summarizer.pipeline.summarize`."""
    from summarizer.pipeline import summarize as _summarize

    return _summarize(text, **kwargs)


__all__ = [
    "summarize",
    "DocumentSummary",
    "EssaySummary",
    "Point",
    "Span",
    "SummarizeOptions",
    "SummarizerError",
    "EmptyInputError",
    "DecodeError",
    "InputTooLargeError",
    "ModelNotAvailableError",
    "ResourceError",
    "NoTextLayerError",
    "UnsupportedFormatError",
    "__version__",
]
