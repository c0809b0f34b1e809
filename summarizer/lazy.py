"""Modules imported, and patterns compiled, at their first use, not when the module that names them is imported (mem28, issue 9).

``scipy.sparse`` costs a process about 20 MB of resident memory (its package imports much of scipy's
machinery), a sixth of a summarizing process's whole footprint; it is needed only for a document of several essays
(:mod:`summarizer.collection`, the themes of a collection) and for the ``scipy.sparse`` paths of
:mod:`summarizer.keyphrases` (a word graph ranked through scipy's matrices: :func:`~summarizer.keyphrases.
word_graph`, :func:`~summarizer.keyphrases.pagerank_sparse`). A single-essay document never touches it, so its
process need never hold it. ``sparse = LazyModule("scipy.sparse")`` keeps every ``sparse.csr_matrix(...)`` of
those modules as written; the import happens at the first attribute read.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Any

__all__ = ["LazyModule", "LazyPattern"]


class LazyModule:
    """A stand-in for the module ``name``, imported by :func:`importlib.import_module` at the first attribute read
    (then every read is the module's own attribute: ``import_module`` answers from ``sys.modules``, under the
    import system's lock, so threads may race to the first read safely). A dunder name (``__wrapped__``) is read
    without importing (AttributeError), and a stand-in is not callable: code that probes a module's values for
    memos (``callable(value) and value.cache_info``: :func:`summarizer.pipeline.forget_document_memos`) leaves
    it alone.

    Args:
        name: a module's dotted name (``"scipy.sparse"``).

    Raises:
        ImportError: (at the first attribute read) the module cannot be imported; AttributeError: it has no such
            attribute.
    """

    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") and attr.endswith("__"):  # introspection (copy, inspect.unwrap): no import
            raise AttributeError(attr)
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<LazyModule {self._name!r} ({state})>"


class LazyPattern:
    """A regular expression compiled by :func:`re.compile` at its first use, not when its module is imported
    (perf60). The rules of :mod:`summarizer.points`, :mod:`summarizer.aspects`, :mod:`summarizer.clean` and
    :mod:`summarizer.structure` are a thousand patterns over CJK character classes and cue-word alternations;
    compiling them all cost every process about 2.5 s of start-up on a loaded machine, before it could so much as
    report an empty file, and a document reads only some of them. ``_RULE = LazyPattern(r"...")`` keeps every
    ``_RULE.search(text)`` as written: the first read of a pattern attribute (``search``, ``finditer``, ``sub``,
    ``flags`` ...) compiles the pattern and stores that attribute on the stand-in, so every later read is a plain
    attribute read of the compiled pattern's own bound method (no ``__getattr__`` call). ``pattern`` (the source
    text) is answered without compiling, so a rule built from another's source (``rf"{_A.pattern}|..."``) does not
    compile it. A dunder name is read without compiling (AttributeError), and a stand-in is not callable (see
    :class:`LazyModule`). The re module's functions (``re.search(rule, text)``) need the compiled pattern:
    :meth:`compiled`. Threads may race to the first read: each compiles the same pattern (``re.compile`` answers
    from its cache), and either result is equal.

    Args:
        pattern: the regular expression's source (a str).
        flags: :mod:`re` flags, as for :func:`re.compile`.
    """

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled at the first call)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
        return found

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") and attr.endswith("__") or attr.startswith("_"):
            raise AttributeError(attr)
        value = getattr(self.compiled(), attr)
        self.__dict__[attr] = value  # (later reads find it without __getattr__)
        return value

    def __repr__(self) -> str:
        state = "compiled" if "_compiled" in self.__dict__ else "not compiled yet"
        return f"<LazyPattern {self.pattern[:60]!r} ({state})>"
