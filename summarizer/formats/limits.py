"""Resource limits of the readers: what a small file may make a reader unpack, parse or produce.

A file's size in bytes says little about what reading it costs: a 1 MB ``.docx`` can hold a member that inflates
to 1 GB, a 2 KB ``numbering.xml`` can ask for list number 10,000,000,000 in letters, a 10 KB PDF can make 200
pages share one 5 MB content stream. Each limit below is checked *before* the work it bounds, and each breach
raises :class:`~summarizer.errors.InputTooLargeError` (HTTP 422 ``input_too_large``, field ``file``) whose message
names the limit and its environment variable. List start values and depths are clamped, not refused (Word
itself clamps them).

Every limit is a field of :class:`ReaderLimits`; :meth:`ReaderLimits.from_env` reads the ``SUMMARIZER_*``
variables below (the service and the CLI read files with these defaults):

==========================================  ============  ====================================================
Variable                                    Default       Bounds
==========================================  ============  ====================================================
``SUMMARIZER_MAX_ARCHIVE_MEMBER_BYTES``     100000000     uncompressed size of any one member of a ``.docx``
``SUMMARIZER_MAX_ARCHIVE_TOTAL_BYTES``      250000000     uncompressed size of all members together
``SUMMARIZER_MAX_PDF_PAGES``                5000          pages of a PDF
``SUMMARIZER_MAX_PDF_CONTENT_BYTES``        64000000      decoded content-stream bytes, summed over the pages
                                                          (a stream shared by 200 pages counts 200 times)
``SUMMARIZER_MAX_EXTRACTED_CHARS``          20000000      characters of text a ``.docx`` or PDF reader returns
``SUMMARIZER_MAX_LIST_NUMBER``              32767         a Word list's start value is clamped to this (Word's
                                                          own largest start)
==========================================  ============  ====================================================

List depth is Word's: levels 0-8; a paragraph that names another level gets the nearest one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from summarizer.errors import InputTooLargeError

__all__ = ["ReaderLimits", "too_large", "MAX_LIST_DEPTH"]

#: Deepest list level Word knows (``w:ilvl`` 0..8).
MAX_LIST_DEPTH = 9


@dataclass(frozen=True)
class ReaderLimits:
    """The limits the readers honour (see the module docstring for their meaning and variables).

    Attributes:
        max_archive_member_bytes: largest uncompressed size of one ZIP member (bytes).
        max_archive_total_bytes: largest uncompressed size of all ZIP members together (bytes).
        max_pdf_pages: most pages of a PDF.
        max_pdf_content_bytes: most decoded content-stream bytes over all pages of a PDF (bytes; a stream used
            by several pages counts once per page, since each page's text is extracted from it).
        max_extracted_chars: most characters a ``.docx``/PDF reader returns.
        max_list_number: largest Word list start value; larger ones are clamped to it.
    """

    max_archive_member_bytes: int = 100_000_000
    max_archive_total_bytes: int = 250_000_000
    max_pdf_pages: int = 5_000
    max_pdf_content_bytes: int = 64_000_000
    max_extracted_chars: int = 20_000_000
    max_list_number: int = 32_767

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "ReaderLimits":
        """The defaults, each replaced by its ``SUMMARIZER_<NAME>`` variable when set.

        Raises:
            ValueError: a variable that is not a positive integer (the message names it).
        """
        env = os.environ if environ is None else environ
        values = {}
        for field in fields(cls):
            name = env_name(field.name)
            raw = env.get(name)
            if raw is None or not raw.strip():
                continue
            try:
                value = int(raw.strip().replace("_", ""))
            except ValueError:
                raise ValueError(f"{name}: must be a positive integer, not {raw!r}") from None
            if value <= 0:
                raise ValueError(f"{name}: must be a positive integer, not {raw!r}")
            values[field.name] = value
        return cls(**values)


def env_name(limit: str) -> str:
    """The environment variable of a :class:`ReaderLimits` field: ``max_pdf_pages`` → ``SUMMARIZER_MAX_PDF_PAGES``."""
    return "SUMMARIZER_" + limit.upper()


def too_large(what: str, value: int, limit: str, limits: ReaderLimits, unit: str = "",
              at_least: bool = False) -> InputTooLargeError:
    """The error for ``value`` over the limit ``limit`` (a :class:`ReaderLimits` field name); the message names
    the limit and its variable, e.g. ``… is 1,000,000,000 bytes; the limit is 100,000,000 bytes
    (max_archive_member_bytes, SUMMARIZER_MAX_ARCHIVE_MEMBER_BYTES)``. ``at_least``: counting stopped past the
    limit, ``value`` is a lower bound. Field ``file``."""
    bound = getattr(limits, limit)
    unit = f" {unit}" if unit else ""
    return InputTooLargeError(
        f"{what} is {'at least ' if at_least else ''}{value:,}{unit}; the limit is {bound:,}{unit} ({limit}, {env_name(limit)})", field="file")
