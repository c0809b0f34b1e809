"""Tokenizer adapters: one small interface over a Hugging Face tokenizer or Randeng's jieba + WordPiece scheme.

The summarizer only needs token ids in and text out, so each family's quirks live here:

* ``bert`` (fnlp/bart-base-chinese): a BertTokenizer; its ``token_type_ids`` are never passed to the model
  (BART has no segment embeddings); its decoding puts spaces between CJK characters and inside numbers
  (``5. 2 %``), removed by :mod:`summarizer.seq2seq.detokenize`, which also restores the source's letter case
  (the vocabulary is lower-cased: ``lowercases``).
* ``sentencepiece`` (T5/mT5/Pegasus-sentencepiece): the checkpoint's own tokenizer; ``</s>`` appended.
* ``jieba-wordpiece`` (IDEA-CCNL Randeng-Pegasus): rebuilt from ``vocab.txt`` (the checkpoints ship Python code,
  ``tokenizers_pegasus.py``, that we do not import): jieba words (HMM off) are kept whole when the vocabulary has
  them, other text goes through BERT's basic tokenizer and greedy longest-match WordPiece; ``[unused1]`` is
  ``</s>``, ``[PAD]`` is ``<pad>``, ``[UNK]`` is ``<unk>``; an input ends with ``</s>`` and has no BOS.

All lengths here are in tokens.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any, Protocol

from summarizer.chars import is_cjk
from summarizer.seq2seq.detokenize import tidy_cjk_spaces, tidy_spaces
from summarizer.tokenize import jieba_module

__all__ = ["Codec", "HFCodec", "JiebaWordPieceCodec", "tidy_cjk_spaces"]


class Codec(Protocol):
    """What the summarizer needs from a tokenizer (all counts in tokens)."""

    pad_token_id: int
    num_special_tokens: int
    lowercases: bool  # the vocabulary is lower-cased: the source's case is restored after decoding

    def encode(self, texts: list[str], *, special: bool = True) -> list[list[int]]: ...

    def decode(self, ids: list[list[int]]) -> list[str]: ...


class HFCodec:
    """A Hugging Face tokenizer behind :class:`Codec`. Only ``input_ids`` are used: ``token_type_ids``
    (BertTokenizer) never reach the model."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        pad = tokenizer.pad_token_id
        if pad is None:
            pad = tokenizer.eos_token_id if tokenizer.eos_token_id is not None else 0
        self.pad_token_id = int(pad)
        self.num_special_tokens = int(tokenizer.num_special_tokens_to_add(pair=False))
        self.lowercases = bool(getattr(tokenizer, "do_lower_case", False))

    def encode(self, texts: list[str], *, special: bool = True) -> list[list[int]]:
        if not texts:
            return []
        out = self.tokenizer(list(texts), add_special_tokens=special, truncation=False, verbose=False)
        return [list(ids) for ids in out["input_ids"]]

    def decode(self, ids: list[list[int]]) -> list[str]:
        texts = self.tokenizer.batch_decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)
        return [tidy_spaces(t) for t in texts]


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


class JiebaWordPieceCodec:
    """Randeng-Pegasus tokenization rebuilt from a BERT-style ``vocab.txt`` (see the module docstring).

    Args:
        vocab_file: the checkpoint's ``vocab.txt`` (one token per line; the line number is the id).
        do_lower_case: lower-case (and strip accents from) words not found whole in the vocabulary.
    """

    MAX_WORD_CHARS = 100

    def __init__(self, vocab_file: str | Path, do_lower_case: bool = True) -> None:
        tokens = Path(vocab_file).read_text(encoding="utf-8").split("\n")
        if tokens and tokens[-1] == "":
            tokens.pop()
        vocab = {tok: i for i, tok in enumerate(tokens)}
        renames = {"[unused1]": "</s>", "[PAD]": "<pad>", "[UNK]": "<unk>", "[unused3]": "<mask_2>",
                   "[unused2]": "<mask_1>"}
        for old, new in renames.items():
            if old in vocab and new not in vocab:
                vocab[new] = vocab.pop(old)
        missing = [t for t in ("</s>", "<pad>", "<unk>") if t not in vocab]
        if missing:
            raise ValueError(f"{vocab_file}: not a Randeng-style vocabulary (no {', '.join(missing)})")
        self.vocab = vocab
        self.ids_to_tokens = {i: t for t, i in vocab.items()}
        self.eos_token_id = vocab["</s>"]
        self.pad_token_id = vocab["<pad>"]
        self.unk_token_id = vocab["<unk>"]
        self.num_special_tokens = 1
        self.do_lower_case = do_lower_case
        self.lowercases = do_lower_case
        self._special_ids = {vocab[t] for t in ("</s>", "<pad>", "<mask_1>", "<mask_2>") if t in vocab}

    def __len__(self) -> int:
        return len(self.vocab)

    # -- tokenizing
    def _basic(self, text: str) -> list[str]:
        """BERT's basic tokenizer: clean, split CJK characters and punctuation off, lower-case, strip accents."""
        chars: list[str] = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\t\n\r":
                continue
            if is_cjk(ch) or _is_punct(ch):
                chars.extend((" ", ch, " "))
            elif ch.isspace():
                chars.append(" ")
            else:
                chars.append(ch)
        words = "".join(chars).split()
        if self.do_lower_case:
            words = ["".join(c for c in unicodedata.normalize("NFD", w.lower()) if unicodedata.category(c) != "Mn")
                     for w in words]
        return [w for w in words if w]

    def _wordpiece(self, word: str) -> list[str]:
        if len(word) > self.MAX_WORD_CHARS:
            return ["<unk>"]
        pieces: list[str] = []
        start = 0
        while start < len(word):
            end = len(word)
            piece = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    piece = sub
                    break
                end -= 1
            if piece is None:
                return ["<unk>"]
            pieces.append(piece)
            start = end
        return pieces

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text`` (no special tokens)."""
        out: list[str] = []
        for word in jieba_module().cut(text, HMM=False):
            if word in self.vocab:
                out.append(word)
            else:
                for w in self._basic(word):
                    out.extend(self._wordpiece(w))
        return out

    def encode(self, texts: list[str], *, special: bool = True) -> list[list[int]]:
        result = []
        for text in texts:
            ids = [self.vocab.get(t, self.unk_token_id) for t in self.tokenize(text)]
            result.append(ids + [self.eos_token_id] if special else ids)
        return result

    def decode(self, ids: list[list[int]]) -> list[str]:
        texts = []
        for seq in ids:
            text = ""
            for i in seq:
                i = int(i)
                if i in self._special_ids:
                    continue
                tok = self.ids_to_tokens.get(i, "<unk>")
                if tok.startswith("##"):
                    text += tok[2:]
                elif text and (len(tok) == 1 and (is_cjk(tok) or _is_punct(tok)) or
                               is_cjk(text[-1]) or _is_punct(text[-1])):
                    text += tok
                else:
                    text += (" " if text else "") + tok
            texts.append(tidy_spaces(text))
        return texts
