"""sumy worker: one of its extractive summarizers on Chinese text (runs in the sumy virtual environment).

``python sumy_worker.py --algorithm lexrank|textrank|lsa|luhn``. As sumy documents it: ``PlaintextParser`` with
``Tokenizer("chinese")`` (sentences by the regex ``[^　！？。]*[！？。]``, words by jieba), ``Stemmer("chinese")``
and sumy's Chinese stop words; ``summarizer(parser.document, k)`` returns sentences in document order. Text
after the last 。！？ is not a sentence for sumy's Chinese tokenizer and is never selected (as published).
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _protocol import serve
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.utils import get_stop_words

ALGORITHMS = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--algorithm", choices=sorted(ALGORITHMS), required=True)
    args = ap.parse_args()
    module, cls = ALGORITHMS[args.algorithm]
    summarizer = getattr(__import__(module, fromlist=[cls]), cls)(Stemmer("chinese"))
    summarizer.stop_words = get_stop_words("chinese")
    tokenizer = Tokenizer("chinese")

    def summarize(text, k, budget):
        parser = PlaintextParser.from_string(text, tokenizer)
        return [str(s) for s in summarizer(parser.document, k)]

    serve(summarize)


if __name__ == "__main__":
    main()
