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
from summarizer.pipeline import summarize
from summarizer.schema import DocumentSummary, EssaySummary, Point, Span, SummarizeOptions

__version__ = "0.1.0"


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
