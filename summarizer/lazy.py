"""Modules imported at their first use, not when the module that names them is imported (mem28, issue 9).

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
from types import ModuleType
from typing import Any

__all__ = ["LazyModule"]


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
