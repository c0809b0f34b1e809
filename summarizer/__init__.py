"""summarizer: faithful summaries of long, noisy Chinese documents.

The one entry point is :func:`summarize` (``to_summary(analyze(...))``); :func:`analyze` gives the analysed essays
(:class:`~summarizer.document.EssayDoc`) themselves; :func:`summarize_file` reads a file as ``summarizer summarize
FILE`` does and summarizes it. The CLI (``summarizer``) and the HTTP service are thin layers over :func:`summarize`.

Names are imported lazily (PEP 562, as :mod:`summarizer.evaluation` does): ``import summarizer`` (and so
``summarizer version``/``--help``, which read only ``__version__``) does not import the pipeline, its compiled
patterns, numpy, scipy or pydantic (about 0.9 s on a quiet machine, startup26); the first use of a name below
imports its module.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: Public name -> the module (under ``summarizer``) that defines it.
_EXPORTS = {
    "DecodeError": "errors",
    "EmptyInputError": "errors",
    "InputTooLargeError": "errors",
    "ModelNotAvailableError": "errors",
    "NoTextLayerError": "errors",
    "ResourceError": "errors",
    "SummarizerError": "errors",
    "TooManyEssaysError": "errors",
    "TooManySentencesError": "errors",
    "UnsupportedFormatError": "errors",
    "EssayDoc": "document",
    "analyze": "pipeline",
    "summarize": "pipeline",
    "summarize_file": "pipeline",
    "DocumentSummary": "schema",
    "EssaySummary": "schema",
    "Point": "schema",
    "Span": "schema",
    "SummarizeOptions": "schema",
}


def __getattr__(name: str) -> Any:
    """A public name of the package, imported from its module on first use.

    Raises:
        AttributeError: ``name`` is neither a public name nor an imported submodule.
    """
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"summarizer.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


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
    "TooManySentencesError",
    "ModelNotAvailableError",
    "ResourceError",
    "NoTextLayerError",
    "UnsupportedFormatError",
    "__version__",
]
