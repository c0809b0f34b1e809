"""textrank4zh worker: ``TextRank4Sentence`` used as its README shows (runs in the textrank4zh virtual environment).

``analyze(text, lower=True, source="all_filters")`` then ``get_key_sentences(num=k)`` (its default minimum sentence
length, 6 characters, applies). The picks come back best-first; they are put back in document order with their
``index`` field. textrank4zh drops the terminator of each sentence; nothing is added back.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _protocol import serve
from textrank4zh import TextRank4Sentence

_TR = TextRank4Sentence()


def summarize(text, k, budget):
    _TR.analyze(text=text, lower=True, source="all_filters")
    items = sorted(_TR.get_key_sentences(num=k), key=lambda it: it["index"])
    return [it["sentence"] for it in items]


if __name__ == "__main__":
    serve(summarize)
