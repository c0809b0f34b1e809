"""Traditional Chinese input: a same-length Simplified view of the text for analysis.

The cue lexicon, the stopword list and jieba's dictionary are Simplified Chinese. A Traditional-Chinese
document (``問題與對策``) is therefore *analysed* through a Simplified copy in which every character is
converted on its own with OpenCC's ``t2s`` table (Character conversion only, so the copy has exactly the
same length and every offset stays valid), while every point, summary and heading is still sliced from
the user's own text: the output keeps the user's characters.

OpenCC (``opencc`` on PyPI, the maintained binding of BYVoid's OpenCC) is a dependency; if it cannot be
imported the view is the text itself, and Traditional input is analysed as it is (segmentation still
works, cue words match less).
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        log.warning("opencc is not installed: Traditional Chinese is analysed without conversion")
        return None
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    conv = _converter()
    if conv is None or ch.isascii():
        return ch
    with _LOCK:
        out = conv.convert(ch)
    return out if len(out) == 1 else ch


def simplified_view(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form, same length (characters).

    Characters whose conversion is not exactly one character are kept as they are."""
    if text.isascii():
        return text
    return "".join(map(_char, text))
