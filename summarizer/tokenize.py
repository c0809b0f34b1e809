"""Word segmentation: jieba's dictionary segmentation behind a small :class:`Tokenizer`, plus the stopword list.

Two backends cut the same way (jieba 0.42's ``dict.txt``, precise mode, HMM for unknown words):

* ``rjieba`` (jieba-rs, a Rust port; the default when installed, a default dependency): about 15x faster than
  jieba. jieba-rs keeps a run of ASCII letters, digits and ``-._%+#&`` that no dictionary word covers as one
  word (``2018-2020EPS``, ``www.a.com``), where jieba cuts it with its HMM's skip pattern
  (``[a-zA-Z0-9]+(?:\\.\\d+)?%?``) into ``2018`` ``-`` ``2020EPS``; :func:`rjieba_cut` applies jieba's cut to
  those runs, after which the two backends give identical words on every benchmark corpus (``python -m
  benchmarks.tokenizer_agreement``: 8,862 documents, 1.98 million words, 0 differences);
* ``jieba`` (pure Python): the fallback when rjieba is not installed, and the backend whenever a user dictionary
  is given (``Tokenizer(user_dict=FILE)``, ``$SUMMARIZER_USER_DICT``): jieba-rs cannot load jieba's user
  dictionary files.

State lives in one place: each dictionary is loaded at most once per process (under a lock) and the default
:class:`Tokenizer` of each backend is shared (:func:`get_tokenizer`). The backends are imported lazily, so
importing ``summarizer`` stays cheap; the service calls :func:`warm_up` at start-up.

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
import io
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

from summarizer.chars import char_translator, has_content
from summarizer.errors import ResourceError
from summarizer.sentences import HALF_WIDTH

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Backend", "Tokenizer", "get_tokenizer", "default_backend", "load_stopwords", "default_stopwords",
           "warm_up", "jieba_module", "rjieba_cut", "rjieba_installed", "USER_DICT_ENV"]

log = logging.getLogger(__name__)

_JIEBA_LOCK = threading.Lock()
_JIEBA: Any = None  # the configured, initialised jieba module
_TOKENIZER_LOCK = threading.Lock()
_TOKENIZERS: dict[tuple, Tokenizer] = {}  # the shared Tokenizer of each (backend, user dictionary)
_USER_DICTS: dict[tuple, Any] = {}  # (path, size, mtime) -> a jieba.Tokenizer with that user dictionary loaded

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
    """Segmentation backends: ``rjieba`` (jieba-rs; the default when installed) and ``jieba`` (the fallback, and
    the backend of user dictionaries)."""

    jieba = "jieba"
    rjieba = "rjieba"


#: Environment variable naming the default segmentation backend (read by :func:`default_backend`).
BACKEND_ENV = "SUMMARIZER_TOKENIZER"
#: Environment variable naming a jieba user dictionary file used by default (read by :func:`get_tokenizer`).
USER_DICT_ENV = "SUMMARIZER_USER_DICT"
BACKENDS = tuple(b.value for b in Backend)


def rjieba_installed() -> bool:
    """Whether the ``rjieba`` backend can be imported (imports it once)."""
    try:
        _rjieba()
    except ResourceError:
        return False
    return True


def default_backend() -> str:
    """The backend named by ``$SUMMARIZER_TOKENIZER``; when unset, ``rjieba`` if it is installed, else ``jieba``.

    Raises:
        ResourceError: an unknown backend name.
    """
    name = os.environ.get(BACKEND_ENV, "").strip().lower()
    if not name:
        return "rjieba" if rjieba_installed() else "jieba"
    if name not in BACKENDS:
        raise ResourceError(f"{BACKEND_ENV}={name!r}: the tokenizer backend must be one of {', '.join(BACKENDS)}")
    return name


@lru_cache(maxsize=1)
def _rjieba() -> Any:
    try:
        import rjieba
    except ImportError as exc:
        raise ResourceError(
            "the 'rjieba' tokenizer backend is not installed: pip install rjieba (or set "
            f"{BACKEND_ENV}=jieba)"
        ) from exc
    return rjieba


# jieba's cut of a run that its dictionary does not cover: Han runs go to the HMM, the rest is cut by the HMM
# module's skip pattern (jieba/finalseg re_skip); characters outside jieba's word characters (jieba's
# re_han_default) are single words, "\r\n" and other whitespace characters each one word (re_skip_default).
_HAN_CHAR = re.compile("[\u4e00-\u9fd5]")
#: A character neither ASCII nor in :data:`_HAN_CHAR`'s range (one pass of a text finds them all).
_NON_ASCII_NON_HAN = re.compile("[^\x00-\x7f\u4e00-\u9fd5]")
_JIEBA_WORD_RUN = re.compile(r"([a-zA-Z0-9+#&._%\-]+)")
_JIEBA_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def _jieba_split(word: str) -> list[str]:
    """jieba's words of a run without Han characters that no dictionary word covers (see :func:`rjieba_cut`)."""
    out: list[str] = []
    for i, part in enumerate(_JIEBA_WORD_RUN.split(word)):
        if not part:
            continue
        if i % 2:  # a run of jieba's word characters
            out.extend(x for x in _JIEBA_SKIP.split(part) if x)
        else:  # other characters: one word each, "\r\n" kept together
            j = 0
            while j < len(part):
                if part.startswith("\r\n", j):
                    out.append("\r\n")
                    j += 2
                else:
                    out.append(part[j])
                    j += 1
    return out


def rjieba_cut(text: str) -> list[str]:
    """The words of ``text`` (lossless: they concatenate to ``text``) as jieba's ``lcut(text)`` gives them, cut by
    jieba-rs (``rjieba.cut``, HMM on).

    jieba-rs returns a run of ASCII letters, digits and ``-._%+#&`` (or of other non-Han characters) that no
    dictionary word covers as one word; such a word is cut again as jieba cuts it (:func:`_jieba_split`). Words of
    the dictionary (``C++``, ``AT&T``) and words with a Han character are kept as they are.

    Raises:
        ResourceError: rjieba is not installed.
    """
    rj = _rjieba()
    words = rj.cut(text)
    out = None
    for i, w in enumerate(words):
        if len(w) > 1 and not w.isalnum() and not _HAN_CHAR.search(w) and not rj.has_word(w):
            if out is None:
                out = words[:i]
            out.extend(_jieba_split(w))
        elif out is not None:
            out.append(w)
    if out is None:
        # only runs that are alphanumeric but not Han (Korean, Greek words) could still differ: rare, cheap check
        # (such a word holds a non-ASCII alphanumeric character outside the Han range: a text without one has none)
        if not any(c.isalnum() for c in set(_NON_ASCII_NON_HAN.findall(text))):
            return words
        for i, w in enumerate(words):  # (a word opening with a Han character holds one: no search needed)
            if len(w) > 1 and not w.isascii() and not ("\u4e00" <= w[0] <= "\u9fd5" or _HAN_CHAR.search(w)) \
                    and not rj.has_word(w):
                return words[:i] + [x for v in words[i:] for x in
                                    (_jieba_split(v) if len(v) > 1 and not _HAN_CHAR.search(v)
                                     and not rj.has_word(v) else (v,))]
        return words
    return out


def _user_jieba(path: str) -> Any:
    """A ``jieba.Tokenizer`` with jieba's dictionary and the user dictionary ``path`` loaded (once per file version).

    Raises:
        ResourceError: the file is missing, unreadable, not UTF-8, or a line is not ``word [freq] [tag]``.
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        raise ResourceError(f"cannot read user dictionary {path!r}: {exc.strerror or exc}") from exc
    key = (os.path.abspath(path), st.st_size, st.st_mtime_ns)
    found = _USER_DICTS.get(key)
    if found is not None:
        return found
    jieba = _jieba()  # configured and loaded: the new tokenizer reuses its cache directory
    with _JIEBA_LOCK:
        found = _USER_DICTS.get(key)
        if found is None:
            try:
                data = Path(path).read_bytes()
                data.decode("utf-8-sig")
            except OSError as exc:
                raise ResourceError(f"cannot read user dictionary {path!r}: {exc.strerror or exc}") from exc
            except UnicodeDecodeError as exc:
                raise ResourceError(f"user dictionary {path!r} is not valid UTF-8 (byte {exc.start}); "
                                    "save it as UTF-8") from exc
            dt = jieba.Tokenizer()
            dt.tmp_dir, dt.cache_file = jieba.dt.tmp_dir, jieba.dt.cache_file
            jlog = logging.getLogger("jieba")
            level = jlog.level
            jlog.setLevel(logging.CRITICAL + 1)
            try:
                dt.initialize()
                dt.load_userdict(io.BytesIO(data))
            except (ValueError, TypeError) as exc:
                raise ResourceError(f"user dictionary {path!r}: {exc} (one entry a line: word [frequency] "
                                    "[part-of-speech tag])") from exc
            finally:
                jlog.setLevel(level)
            found = _USER_DICTS[key] = dt
    return found


def _cutter(backend: str, user_dict: str | None = None):
    """``text -> list of words`` (lossless: the words joined give ``text``) for a backend."""
    if user_dict is not None:
        return _user_jieba(user_dict).lcut
    if backend == "rjieba":
        return rjieba_cut
    return _jieba().lcut


def warm_up(backend: str | None = None, user_dict: str | None = None) -> None:
    """Load the segmentation dictionary now (jieba: about a second the first time, less from the cache; rjieba:
    a tenth of that), not at the first request. Raises :class:`ResourceError` as :class:`Tokenizer`."""
    _cutter(backend or default_backend(), user_dict)("预热")


#: ``text.translate(HALF_WIDTH)``, faster (:func:`summarizer.chars.char_translator`).
_half_width = char_translator(HALF_WIDTH)
#: A value no cache holds (:meth:`Tokenizer.content_tokens_by_span`'s lookup of a word not seen yet).
_MISSING = object()


class Tokenizer:
    """Chinese word segmentation with jieba's dictionary (precise mode, HMM for unknown words) and stopword
    filtering.

    Args:
        stopwords: words to drop in :meth:`content_tokens`; ``None`` uses :func:`default_stopwords`.
            Entries are compared in normalised form (NFKC, case-folded), like the tokens.
        backend: ``"rjieba"`` (jieba-rs, the same words as jieba, :func:`rjieba_cut`) or ``"jieba"``; ``None``:
            :func:`default_backend` (``$SUMMARIZER_TOKENIZER``, else rjieba when installed, else jieba).
        user_dict: a jieba user dictionary file (UTF-8, one ``word [frequency] [tag]`` a line, as
            ``jieba.load_userdict``): its words are added to jieba's dictionary for this tokenizer only. A user
            dictionary needs the ``jieba`` backend (chosen when ``backend`` is ``None``).

    Raises:
        ResourceError: an unknown backend; ``backend="rjieba"`` with a ``user_dict``; ``stopwords`` is ``None``
            and the packaged list cannot be loaded; the user dictionary cannot be read or parsed (checked here,
            so a bad file fails at once, not at the first text).
    """

    #: Most distinct words whose content form :meth:`content_tokens` remembers (the cache is cleared when full).
    CACHE_WORDS = 200_000

    def __init__(self, stopwords: frozenset[str] | None = None, backend: str | None = None,
                 user_dict: str | os.PathLike[str] | None = None) -> None:
        self.user_dict = os.fspath(user_dict) if user_dict is not None else None
        if self.user_dict is not None:
            if backend not in (None, "jieba"):
                raise ResourceError(f"a user dictionary needs the jieba backend, not {backend!r} (jieba-rs cannot "
                                    "load jieba's user dictionary files)")
            backend = "jieba"
        self.backend = backend or default_backend()
        if self.backend not in BACKENDS:
            raise ResourceError(f"unknown tokenizer backend {self.backend!r}; use one of {', '.join(BACKENDS)}")
        raw = default_stopwords() if stopwords is None else stopwords
        self.stopwords: frozenset[str] = frozenset(_normalize(w) for w in raw if w and not w.isspace())
        self._content_cache: dict[str, str | None] = {}
        if self.user_dict is not None:
            _user_jieba(self.user_dict)

    def __repr__(self) -> str:
        extra = f", user_dict={self.user_dict!r}" if self.user_dict is not None else ""
        return f"Tokenizer(backend={self.backend!r}{extra}, stopwords=<{len(self.stopwords)} words>)"

    def cut(self, text: str) -> list[str]:
        """Every word of ``text`` (whitespace and punctuation included; they concatenate to ``text``), as
        ``jieba.lcut(text)`` with this tokenizer's dictionary cuts it. Raises :class:`ResourceError` when the
        backend is not installed."""
        return _cutter(self.backend, self.user_dict)(text)

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
        for piece in self.cut(_half_width(text)):
            tok = text[pos : pos + len(piece)]
            pos += len(piece)
            if tok and not tok.isspace():
                out.append(tok)
        return out

    def _content(self, token: str) -> str | None:
        """The comparison form of ``token``, or ``None`` for a stopword, punctuation or a number (remembered)."""
        cache = self._content_cache
        try:
            return cache[token]
        except KeyError:
            pass
        w = _normalize(token)
        if w in self.stopwords or not has_content(w) or _NUMBER_RE.fullmatch(w):
            w = None
        if len(cache) >= self.CACHE_WORDS:
            cache.clear()
        cache[token] = w
        return w

    def content_form(self, token: str) -> str | None:
        """The comparison form of one ``token`` (NFKC, case-folded), or ``None`` for a stopword, punctuation or a
        pure number: what :meth:`content_tokens` keeps of it."""
        return self._content(token)

    def content_tokens_by_span(self, text: str, spans: Sequence[tuple[int, int]]) -> list[list[str]]:
        """:meth:`content_tokens` of each ``text[start:end]`` for sorted, non-overlapping character spans,
        with one jieba pass over the whole ``text`` (per-call overhead dominates on many short sentences).
        A word belongs to the span its first character falls in."""
        out: list[list[str]] = [[] for _ in spans]
        if not spans:
            return out
        n = len(spans)
        j = 0
        lo, hi = spans[0]
        cur = out[0]
        pos = 0
        content = self._content
        known = self._content_cache.get  # (the cache lookup of _content inlined: one call less a token)
        missing = _MISSING
        for piece in self.cut(_half_width(text)):
            start = pos
            pos += len(piece)
            if start >= hi:
                j += 1
                while j < n and spans[j][1] <= start:
                    j += 1
                if j == n:
                    break
                lo, hi = spans[j]
                cur = out[j]
            if start < lo:
                continue
            token = text[start:pos]
            w = known(token, missing)
            if w is missing:
                w = content(token)  # whitespace has no content: None
            if w is not None:
                cur.append(w)
        return out

    def content_tokens(self, text: str) -> list[str]:
        """The words used for similarity and keywords: :meth:`tokens` in normalised form (NFKC, case-folded),
        minus stopwords, punctuation/symbol-only tokens and pure numbers (``2021``, ``3.5``, ``10%``)."""
        return [w for w in map(self._content, self.tokens(text)) if w is not None]


def get_tokenizer(backend: str | None = None, user_dict: str | os.PathLike[str] | None = None) -> Tokenizer:
    """The shared :class:`Tokenizer` of ``backend`` and ``user_dict`` (packaged stopwords), created once per
    process for each, thread-safe.

    Args:
        backend: ``"rjieba"`` or ``"jieba"``; ``None``: :func:`default_backend` (``$SUMMARIZER_TOKENIZER``, read
            at each call, else rjieba when installed, else jieba). Callers that choose a backend (the CLI's
            ``--tokenizer``, the service's ``Settings.tokenizer``) pass it here or build their own
            :class:`Tokenizer`.
        user_dict: a jieba user dictionary file (see :class:`Tokenizer`); ``None``: ``$SUMMARIZER_USER_DICT``
            when set; ``""`` (or an empty variable): none. A user dictionary implies the jieba backend.

    The segmentation dictionary itself loads on first use or at :func:`warm_up` (a user dictionary: here).

    Raises:
        ResourceError: an unknown backend name; ``rjieba`` with a user dictionary; an unreadable user dictionary.
    """
    if user_dict is None:
        user_dict = os.environ.get(USER_DICT_ENV, "").strip() or None
    path = (os.fspath(user_dict) or None) if user_dict is not None else None
    name = "jieba" if path is not None and backend is None else (backend or default_backend())
    key = (name, os.path.abspath(path) if path is not None else None)
    found = _TOKENIZERS.get(key)
    if found is None:
        with _TOKENIZER_LOCK:
            found = _TOKENIZERS.get(key)
            if found is None:
                found = _TOKENIZERS[key] = Tokenizer(backend=name, user_dict=path)
    return found


#: Most characters :func:`word_tags` tags at once (the caller passes a clause's opening; longer text is cut there).
WORD_TAGS_CHARS = 24


@lru_cache(maxsize=4096)
def word_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words of ``text`` with their part-of-speech tags (``v`` verb, ``vn`` verbal noun, ``n`` noun …; jieba's
    ICTCLAS tag set), for the first :data:`WORD_TAGS_CHARS` characters only: ``(("公开", "ad"), ("报告", "n"))``.
    Tagged by jieba-rs (``rjieba.tag``) when it is installed, else by jieba's ``posseg`` (same dictionary and tags).
    Read by the aspect readers to see whether a verb opens a clause (:func:`summarizer.aspects.tagged_action`).
    Constant work per call (the text is bounded); memoised.

    Raises:
        ResourceError: neither backend can be imported."""
    text = text[:WORD_TAGS_CHARS]
    if not text:
        return ()
    if rjieba_installed():
        return tuple((w, t) for w, t in _rjieba().tag(text))
    import jieba.posseg as posseg  # (only where jieba-rs is missing: posseg's tag table costs a second to load)

    _jieba()
    return tuple((p.word, p.flag) for p in posseg.lcut(text))
