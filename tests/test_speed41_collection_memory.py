"""speed41: the subject terms two essays share are counted once per pair of essays.

:func:`summarizer.collection._cross_subject_links` counted the subject terms of the two essays of every link from
the links' rows of an essays × terms matrix, 50,000 links at a time: two such row blocks and their product held
at once (72 MiB on ``examples/essay.txt`` repeated to 100,000 characters, 158 essays; the document's peak RSS 192 →
143 MiB without it). A table of essays × essays (at most ``_SHARED_TERMS_DENSE`` cells) now gives each link's count
by one look-up: the same counts (sums of 1.0 × 1.0), the same links found. Values on small matrices of the test's
own; never timed.
"""

from __future__ import annotations

import random

import numpy as np
from scipy import sparse

from summarizer import collection as col


def _case(seed: int):
    rng = random.Random(seed)
    n, n_words, n_topics, n_essays = 40, 12, 4, 6
    vocab = {f"词{j}": j for j in range(n_words)}
    vocab.update({f"{col.TOPIC_PREFIX}题{j}": n_words + j for j in range(n_topics)})
    kept = sparse.random(n, n_words + n_topics, density=0.3, random_state=seed, format="lil")
    for i in range(n):  # every point holds a topic, so that topics can make the links
        kept[i, n_words + rng.randrange(n_topics)] = 1.0
    kept = kept.tocsr()
    full = (kept @ kept.T).tocsr()
    full.setdiag(0.0)
    full.eliminate_zeros()
    essays = [i % n_essays for i in range(n)]
    terms = [f"术语{t}" for t in range(8)]
    subjects = [rng.sample(terms, rng.randrange(0, 4)) for _ in range(n_essays)]
    return full, kept, vocab, essays, subjects


def test_shared_terms_table_gives_the_same_links(monkeypatch):
    found = 0
    for seed in range(12):
        full, kept, vocab, essays, subjects = _case(seed)
        table = col._cross_subject_links(full, kept, vocab, essays, subjects, 0.3)
        monkeypatch.setattr(col, "_SHARED_TERMS_DENSE", 0)  # the link-by-link count
        per_link = col._cross_subject_links(full, kept, vocab, essays, subjects, 0.3)
        monkeypatch.undo()
        assert table.shape == per_link.shape == full.shape
        assert (table != per_link).nnz == 0
        assert (table != table.T).nnz == 0
        found += table.nnz
    assert found > 0  # (some links join essays on different subjects through topics)


def test_essays_sharing_their_terms_keep_their_links():
    full, kept, vocab, essays, _ = _case(3)
    same = [["术语1", "术语2", "术语3"]] * 6  # one subject: the topics link as before
    assert col._cross_subject_links(full, kept, vocab, essays, same, 0.3).nnz == 0


def test_the_table_bound_covers_the_service_essay_limit():
    assert col._SHARED_TERMS_DENSE >= 500 ** 2
    assert np.float64(col._SHARED_TERMS_DENSE) * 8 <= 8_000_000  # at most 8 MB
