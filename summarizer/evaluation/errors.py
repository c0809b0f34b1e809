"""Errors raised by :mod:`summarizer.evaluation`.

All are :class:`summarizer.errors.SummarizerError` subclasses (and :class:`ValueError`), so callers that already
handle library errors handle these too. Each carries a stable ``code``; errors about one data item carry its id.
"""

from __future__ import annotations

from summarizer.errors import SummarizerError


class EvaluationError(SummarizerError, ValueError):
    """Base class of the errors of the evaluation harness (bad data, bad configuration, nothing to score)."""

    code = "evaluation_error"


class EmptyReferenceError(EvaluationError):
    """A reference has no content character (empty, whitespace-only or punctuation-only): a *data* error.

    Raised by the single-pair scorers. The corpus scorers collect it per item instead (``errors`` in the result,
    the item left out of every average and counted in ``n_errors``) unless they are called with ``strict=True``.
    """

    code = "empty_reference"

    def __init__(self, item_id: str | None, reference: str = "") -> None:
        self.item_id = item_id
        self.reference = reference
        where = f"item {item_id!r}" if item_id is not None else "reference"
        super().__init__(
            f"{where}: the reference summary has no letter, digit or CJK character "
            f"(got {reference[:40]!r}); this is a data error, the item cannot be scored"
        )


class TokenizerMismatchError(EvaluationError):
    """A tokenizer lost content characters of a text (e.g. a reference with Chinese text tokenized to ``[]``).

    This is the silent failure of rouge-score's default tokenizer on Chinese (eval case B18: it keeps only
    ``[a-z0-9]`` runs). The harness refuses to score with such a tokenizer instead of reporting 0.0 or 1.0.
    """

    code = "tokenizer_mismatch"

    def __init__(self, tokenization: str, text: str, tokens: list[str], item_id: str | None = None) -> None:
        self.tokenization = tokenization
        self.item_id = item_id
        where = f" (item {item_id!r})" if item_id is not None else ""
        super().__init__(
            f"tokenizer {tokenization!r} does not cover the content characters of {text[:40]!r}{where}: "
            f"got tokens {tokens[:10]!r}. Every letter, digit and CJK character must end up in exactly one token; "
            "refusing to score with a tokenizer that does not fit the script"
        )


class DatasetError(EvaluationError):
    """A dataset or gold file cannot be read: bad JSON, a missing or mistyped field (the message gives line numbers)."""

    code = "dataset_error"

    def __init__(self, message: str, *, path: str | None = None, problems: list[str] | None = None) -> None:
        self.path = path
        self.problems = list(problems or [])
        super().__init__(message)
