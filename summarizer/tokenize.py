"""Word segmentation: jieba behind a small :class:`Tokenizer`, plus the stopword list.

State lives in one place: jieba's dictionary is loaded at most once per process (under a lock) and the
default :class:`Tokenizer` is shared (:func:`get_tokenizer`). jieba is imported lazily, so importing
``summarizer`` stays cheap; the service calls :func:`warm_up` at start-up.

jieba is kept quiet and safe when several processes start at once:

* its ``jieba`` logger gets level WARNING and loses the stderr handler jieba installs at import
  (a :class:`logging.NullHandler` replaces it, so records still reach the application's handlers, and
  Python's last-resort stderr handler is not used);
* jieba caches its prefix dictionary with ``marshal`` under ``tempfile.gettempdir()/jieba.cache``, a file
  shared by every user of the machine (and ``marshal`` data must not come from another user). We point it at
  a per-user cache directory instead (``$SUMMARIZER_CACHE_DIR`` as given, else the first writable one we own
  of ``$XDG_CACHE_HOME/summarizer``, ``~/.cache/summarizer`` and a ``0700`` directory ``summarizer-<uid>`` in
  the temp dir) with a file name tied to the jieba version and the dictionary's size and mtime. jieba writes
  the cache with ``mkstemp`` in the same directory and ``os.rename`` — an atomic replace on POSIX — so
  concurrent first starts each build the dictionary and the last rename wins; a reader never sees a
  half-written file (and a corrupt file is rebuilt by jieba). If the directory is read-only an existing cache
  is loaded and nothing is written; with no cache directory at all the dictionary is built in memory on every
  start. Neither case prints anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
import threading
import unicodedata
from enum import Enum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence, TYPE_CHECKING, Any

from summarizer.chars import has_content
from summarizer.errors import ResourceError
from summarizer.sentences import HALF_WIDTH

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Backend", "Tokenizer", "get_tokenizer", "default_backend", "load_stopwords", "default_stopwords",
           "warm_up", "jieba_module"]

log = logging.getLogger(__name__)

_JIEBA_LOCK = threading.Lock()
_JIEBA: Any = None  # the configured, initialised jieba module
_TOKENIZER_LOCK = threading.Lock()
_TOKENIZERS: dict[str, Tokenizer] = {}  # the shared default Tokenizer of each backend

_NUMBER_RE = re.compile(r"[+\-]?\d+(?:[.,]\d+)*%?")


def load_stopwords(path: str | os.PathLike[str] | Traversable) -> frozenset[str]:
    """Read a stopword list: UTF-8 (a BOM is allowed), one word per line, ``#`` starts a comment line.

    Every line is stripped (so a BOM, ``\\r`` of CRLF files and stray spaces are gone); blank lines and
    lines starting with ``#`` are skipped. The file is decoded with an explicit ``encoding="utf-8-sig"``,
    never with the locale default, so the result is the same under ``LANG=C`` or a GBK Windows locale (B15).

    Args:
        path: a filesystem path, or an ``importlib.resources`` Traversable.

    Returns:
        The words as written (not normalised; :class:`Tokenizer` normalises them).

    Raises:
        ResourceError: the file is missing or unreadable, is not valid UTF-8, or holds no entry at all.
            There is never a silent fallback to an empty set.
    """
    name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else str(path)
    try:
        data = path.read_bytes() if hasattr(path, "read_bytes") else Path(path).read_bytes()
    except OSError as exc:
        raise ResourceError(f"cannot read stopword list {name!r}: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ResourceError(f"stopword list {name!r} is not valid UTF-8 (byte {exc.start}); save it as UTF-8") from exc
    words = set()
    for line in text.splitlines():
        word = line.strip().lstrip("\ufeff").strip()
        if word and not word.startswith("#"):
            words.add(word)
    if not words:
        raise ResourceError(f"stopword list {name!r} has no entries")
    return frozenset(words)


@lru_cache(maxsize=1)
def default_stopwords() -> frozenset[str]:
    """The packaged list ``summarizer/resources/stopwords.txt`` (loaded once). Raises :class:`ResourceError`."""
    return load_stopwords(resources.files("summarizer").joinpath("resources", "stopwords.txt"))


def _normalize(token: str) -> str:
    """Comparison form of a token: NFKC (full-width Latin/digits to ASCII) and case-folded."""
    if token.isascii():
        return token.lower()
    return unicodedata.normalize("NFKC", token).casefold()


def _cache_dir_candidates() -> list[Path]:
    out = []
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        out.append(Path(xdg) / "summarizer")
    with contextlib.suppress(RuntimeError, KeyError):  # no home directory
        out.append(Path.home() / ".cache" / "summarizer")
    uid = os.getuid() if hasattr(os, "getuid") else os.getpid()
    out.append(Path(tempfile.gettempdir()) / f"summarizer-{uid}")
    return out


def _writable_cache_dir() -> Path | None:
    """The cache directory for jieba's dictionary, or ``None`` when there is none.

    ``$SUMMARIZER_CACHE_DIR`` is used as given when it exists or can be created, even read-only (a cache baked
    into an image is then loaded, and nothing is written). Otherwise the first candidate that exists (or can be
    made, mode 0700), belongs to this user and is writable.
    """
    explicit = os.environ.get("SUMMARIZER_CACHE_DIR")
    if explicit:
        with contextlib.suppress(OSError):
            Path(explicit).mkdir(mode=0o700, parents=True, exist_ok=True)
        if Path(explicit).is_dir():
            return Path(explicit)
    for d in _cache_dir_candidates():
        try:
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
            st = d.stat()
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                continue  # someone else's directory (a shared temp dir): do not load their marshal file
            if os.access(d, os.W_OK | os.X_OK):
                return d
        except OSError:
            continue
    return None


def _configure_jieba(jieba: Any) -> None:
    """Quiet logging and a per-user cache file; called once, before the dictionary loads."""
    jieba.setLogLevel(logging.WARNING)
    jlog = logging.getLogger("jieba")
    console = getattr(jieba, "log_console", None)
    if console is not None:
        jlog.removeHandler(console)
    if not any(isinstance(h, logging.NullHandler) for h in jlog.handlers):
        jlog.addHandler(logging.NullHandler())
    dt = jieba.dt
    if dt.initialized:
        return  # someone loaded it already: nothing to redirect
    cache_dir = _writable_cache_dir()
    try:
        st = os.stat(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"))
        stamp = f"{st.st_size}-{st.st_mtime_ns}"
    except OSError:
        stamp = "default"
    key = hashlib.sha256(f"{jieba.__version__}|{dt.dictionary}|{stamp}".encode()).hexdigest()[:16]
    if cache_dir is None:
        log.info("no writable cache directory; jieba's dictionary is built in memory on each start")
        # A path under the null device can neither exist nor be written: jieba finds no cache, builds the
        # dictionary, and its failed dump is swallowed (see _jieba).
        dt.cache_file = os.path.join(os.devnull, f"jieba-{key}.cache")
    else:
        dt.tmp_dir = str(cache_dir)
        dt.cache_file = str(cache_dir / f"jieba-{key}.cache")


def _jieba() -> Any:
    """The jieba module, configured and with its dictionary loaded (once per process, thread-safe)."""
    global _JIEBA
    if _JIEBA is not None:
        return _JIEBA
    with _JIEBA_LOCK:
        if _JIEBA is None:
            import jieba

            _configure_jieba(jieba)
            jlog = logging.getLogger("jieba")
            level = jlog.level
            jlog.setLevel(logging.CRITICAL + 1)  # a failed cache dump is not worth an ERROR traceback
            try:
                jieba.dt.initialize()
            finally:
                jlog.setLevel(level)
            _JIEBA = jieba
    return _JIEBA


def jieba_module() -> Any:
    """The jieba module, configured (quiet, dictionary cache in ``$SUMMARIZER_CACHE_DIR`` or a user cache) and loaded,
    once per process; for segmenters built on jieba (``summarizer.seq2seq.tokenization``)."""
    return _jieba()


class Backend(str, Enum):
    """Segmentation backends: ``jieba`` (default) and ``rjieba`` (jieba-rs, the optional ``fast`` extra)."""

    jieba = "jieba"
    rjieba = "rjieba"


#: Environment variable naming the default segmentation backend (the fallback of :func:`default_backend`).
BACKEND_ENV = "SUMMARIZER_TOKENIZER"
BACKENDS = tuple(b.value for b in Backend)


def default_backend() -> str:
    """The backend named by ``$SUMMARIZER_TOKENIZER`` (``jieba`` when unset).

    Raises:
        ResourceError: an unknown backend name.
    """
    name = os.environ.get(BACKEND_ENV, "jieba").strip().lower() or "jieba"
    if name not in BACKENDS:
        raise ResourceError(f"{BACKEND_ENV}={name!r}: the tokenizer backend must be one of {', '.join(BACKENDS)}")
    return name


@lru_cache(maxsize=1)
def _rjieba() -> Any:
    try:
        import rjieba
    except ImportError as exc:
        raise ResourceError(
            "the 'rjieba' tokenizer backend is not installed: pip install 'summarizer[fast]' (or unset "
            f"{BACKEND_ENV} to use jieba)"
        ) from exc
    return rjieba


def _cutter(backend: str):
    """``text -> list of words`` (lossless: the words joined give ``text``) for a backend."""
    if backend == "rjieba":
        return _rjieba().cut  # jieba-rs: the same dictionary (jieba's dict.txt) and HMM, in Rust
    return _jieba().lcut


def warm_up(backend: str | None = None) -> None:
    """Load the segmentation dictionary now (jieba: about a second the first time, less from the cache), not at
    the first request."""
    _cutter(backend or default_backend())("预热")


class Tokenizer:
    """Chinese word segmentation with jieba (precise mode, HMM for unknown words) and stopword filtering.

    Args:
        stopwords: words to drop in :meth:`content_tokens`; ``None`` uses :func:`default_stopwords`.
            Entries are compared in normalised form (NFKC, case-folded), like the tokens.
        backend: ``"jieba"`` (default) or ``"rjieba"`` (jieba-rs: the same dictionary and HMM, about 15x faster;
            ``pip install 'summarizer[fast]'``); ``None`` reads ``$SUMMARIZER_TOKENIZER``.

    Raises:
        ResourceError: ``stopwords`` is ``None`` and the packaged list cannot be loaded.
    """

    def __init__(self, stopwords: frozenset[str] | None = None, backend: str | None = None) -> None:
        self.backend = backend or default_backend()
        if self.backend not in BACKENDS:
            raise ResourceError(f"unknown tokenizer backend {self.backend!r}; use one of {', '.join(BACKENDS)}")
        raw = default_stopwords() if stopwords is None else stopwords
        self.stopwords: frozenset[str] = frozenset(_normalize(w) for w in raw if w and not w.isspace())

    def __repr__(self) -> str:
        return f"Tokenizer(backend={self.backend!r}, stopwords=<{len(self.stopwords)} words>)"

    def tokens(self, text: str) -> list[str]:
        """All words of ``text`` in order, as jieba cuts them (``jieba.lcut``), whitespace-only tokens dropped (B09).

        jieba only groups ASCII letters and digits into words, so it cuts a width-normalised copy of the text
        (:data:`summarizer.sentences.HALF_WIDTH`, same length) and the tokens are then sliced from ``text``:
        ``ＧＤＰ`` stays one token and every token is a substring of ``text``. Punctuation tokens are kept.
        """
        if not text:
            return []
        out = []
        pos = 0
        for piece in _cutter(self.backend)(text.translate(HALF_WIDTH)):
            tok = text[pos : pos + len(piece)]
            pos += len(piece)
            if tok and not tok.isspace():
                out.append(tok)
        return out

    def _content(self, token: str) -> str | None:
        w = _normalize(token)
        if w in self.stopwords or not has_content(w) or _NUMBER_RE.fullmatch(w):
            return None
        return w

    def content_tokens_by_span(self, text: str, spans: Sequence[tuple[int, int]]) -> list[list[str]]:
        """:meth:`content_tokens` of each ``text[start:end]`` for sorted, non-overlapping character spans,
        with one jieba pass over the whole ``text`` (per-call overhead dominates on many short sentences).
        A word belongs to the span its first character falls in."""
        out: list[list[str]] = [[] for _ in spans]
        if not spans:
            return out
        j = 0
        pos = 0
        for piece in _cutter(self.backend)(text.translate(HALF_WIDTH)):
            start = pos
            pos += len(piece)
            while j < len(spans) and spans[j][1] <= start:
                j += 1
            if j == len(spans):
                break
            if start < spans[j][0] or piece.isspace():
                continue
            w = self._content(text[start:pos])
            if w is not None:
                out[j].append(w)
        return out

    def content_tokens(self, text: str) -> list[str]:
        """The words used for similarity and keywords: :meth:`tokens` in normalised form (NFKC, case-folded),
        minus stopwords, punctuation/symbol-only tokens and pure numbers (``2021``, ``3.5``, ``10%``)."""
        return [w for w in map(self._content, self.tokens(text)) if w is not None]


def get_tokenizer(backend: str | None = None) -> Tokenizer:
    """The shared :class:`Tokenizer` of ``backend`` (packaged stopwords), created once per backend, thread-safe.

    Args:
        backend: ``"jieba"`` or ``"rjieba"``; ``None``: :func:`default_backend` (``$SUMMARIZER_TOKENIZER``, read at
            each call, else jieba). Callers that choose a backend (the CLI's ``--tokenizer``, the service's
            ``Settings.tokenizer``) pass it here or build their own :class:`Tokenizer`.

    The segmentation dictionary itself loads on first use or at :func:`warm_up`.

    Raises:
        ResourceError: an unknown backend name.
    """
    name = backend or default_backend()
    found = _TOKENIZERS.get(name)
    if found is None:
        with _TOKENIZER_LOCK:
            found = _TOKENIZERS.get(name)
            if found is None:
                found = _TOKENIZERS[name] = Tokenizer(backend=name)
    return found
