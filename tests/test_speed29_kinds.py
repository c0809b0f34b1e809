"""speed29: output-identical speed-ups of the aspect readers and the model's weight sums.

Each fast path is checked against the reading it replaces on small inputs written for the test (no timing):
:func:`summarizer.aspects.has_cue` (one dict read of each group's search), the 在-clause test of
:func:`summarizer.aspects.starts_imperative` (one alternation of the long imperative words), the memos of
``_addresses_fault`` and ``starts_imperative`` (emptied with a document's memos), and
``AspectModel._sum_rows`` (rows gathered by ``take``, the same rows added in the same order, bit for bit).
"""

from __future__ import annotations

import random

import numpy as np

import summarizer.aspects as asp
from summarizer.aspect_model import CLASSES, AspectModel
from summarizer.pipeline import forget_document_memos

_TEXTS = [
    "",
    "在工作中要进一步加强监管。",
    "当前基层治理存在资金不足、人员短缺的问题，应当完善制度。",
    "在推进改革方面，落实责任",
    "在今年的会议上大家发言踊跃",
    "政府应着力破解融资难的难题",
    "abc 123 ，。",
]


def test_has_cue_is_a_word_test_of_the_group():
    """has_cue answers ``any(word in text)`` for every group, whichever group is asked first."""
    groups = ["imperative", "modal", "remedy", "challenge_predicate", "prose_challenge", "no_such_group"]
    for text in _TEXTS:
        for group in groups:
            words = asp.lexicon().words(group)
            assert asp.has_cue(text, group) == any(w in text for w in words), (text, group)


def test_long_imperative_scan_matches_the_substring_test():
    """The 在-clause's first 12 characters hold an imperative word of 2+ characters exactly when one is a substring."""
    verbs = asp.lexicon().words("imperative")
    longer = [v for v in verbs if len(v) >= 2]
    rng = random.Random(29)
    alphabet = list("在工作方面中的了是和，要") + [c for v in longer[:40] for c in v]
    for _ in range(3000):
        clause = "在" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        expected = any(v in clause[:12] for v in longer)
        got = asp._long_imperative_re().search(clause, 0, asp._LOCATIVE_VERB_CHARS) is not None
        assert got == expected, clause


def test_starts_imperative_reads_a_locative_clause():
    """A clause that opens with 在 and holds an imperative verb within 12 characters starts an imperative; one
    without such a verb does not (the reading before speed29)."""
    assert asp.starts_imperative("在城乡结合部加强管理")
    assert not asp.starts_imperative("在今年的会议上大家发言踊跃")


def test_remembered_readers_answer_as_the_function_and_are_emptied_per_document():
    """The memos added by speed29 give the plain function's answer and are among a document's memos."""
    for fn in (asp._addresses_fault, asp.starts_imperative):
        for text in _TEXTS:
            assert fn(text) == fn.__wrapped__(text)
        assert fn.cache_info().currsize > 0
    forget_document_memos()
    assert asp._addresses_fault.cache_info().currsize == 0
    assert asp.starts_imperative.cache_info().currsize == 0


def test_sum_rows_is_bitwise_the_sorted_fancy_index_sum():
    """_sum_rows adds the rows of the distinct known ids in row order: bit for bit what ``coef[sorted(ids)].sum(0)``
    gives; no known id gives zeros."""
    rng = np.random.default_rng(29)
    n = 50
    model = AspectModel(features=[f"f{k}" for k in range(n)], coef=rng.normal(size=(n, len(CLASSES))) * 1e3,
                        intercept=np.zeros(len(CLASSES)))
    for size in (1, 2, 7, 26, 50):
        ids = set(rng.choice(n, size=size, replace=False).tolist())
        expected = model.coef[sorted(ids)].sum(axis=0)
        got = model._sum_rows(set(ids) | {None})
        assert got.tobytes() == expected.tobytes()
    assert model._sum_rows({None}).tolist() == [0.0] * len(CLASSES)
    assert model._sum_rows(set()).tolist() == [0.0] * len(CLASSES)
