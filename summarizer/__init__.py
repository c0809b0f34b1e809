"""summarizer: faithful summaries of long, noisy Chinese documents.

The one entry point is :func:`summarize` (``to_summary(analyze(...))``); :func:`analyze` gives the analysed essays
(:class:`~summarizer.document.EssayDoc`) themselves; :func:`summarize_file` reads a file as ``summarizer summarize
FILE`` does and summarizes it. The CLI (``summarizer``) and the HTTP service are thin layers over :func:`summarize`.
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
    TooManyEssaysError,
    UnsupportedFormatError,
)
from summarizer.document import EssayDoc
from summarizer.pipeline import analyze, summarize, summarize_file
from summarizer.schema import DocumentSummary, EssaySummary, Point, Span, SummarizeOptions

__version__ = "0.1.0"


__all__ = [
    "summarize",
    "summarize_file",
    "analyze",
    "EssayDoc",
    "DocumentSummary",
    "EssaySummary",
    "Point",
    "Span",
    "SummarizeOptions",
    "SummarizerError",
    "EmptyInputError",
    "DecodeError",
    "InputTooLargeError",
    "TooManyEssaysError",
    "ModelNotAvailableError",
    "ResourceError",
    "NoTextLayerError",
    "UnsupportedFormatError",
    "__version__",
]
