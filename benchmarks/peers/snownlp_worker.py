"""SnowNLP worker: ``SnowNLP(text).summary(k)`` (runs in the snownlp virtual environment).

SnowNLP cuts sentences at commas as well as terminators and returns the clauses without their punctuation,
best-first; they are put back in document order (first occurrence in the text).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _protocol import document_order, serve
from snownlp import SnowNLP


def summarize(text, k, budget):
    return document_order(text, SnowNLP(text).summary(k))


if __name__ == "__main__":
    serve(summarize)
