"""Keyphrases of one essay: TextRank over the word graph (Mihalcea & Tarau 2004, section 3).

1. **Candidates.** The essay's content tokens (:attr:`EssayDoc.tokens`: one segmentation pass of the pipeline, stopwords,
   punctuation and pure numbers already out) pass a part-of-speech filter: nouns (``n nr ns nt nz nrt nrfg ng``),
   verbal nouns ``vn``, abbreviations ``j``, Latin words ``eng`` (``AI``), adjectives ``a`` (``老旧`` + ``小区``), verbs
   ``v`` (so that ``基层`` + ``治理`` can make a phrase; an adjective or a verb alone is never a keyphrase), and words the dictionary does not know (HMM new words: names, terms) of two or more CJK
   characters (not one of three or more that opens with a conjunction or a particle or ends with a particle:
   ``而远水`` is glued across a clause's edge). Single CJK characters, the shortcoming predicates of the cue lexicon (``不足`` ``不够``) and the
   genre's frame words (``keyphrase_exclude``: ``建议`` ``问题`` ``时间`` ``地点`` …) are out.
2. **Graph.** One vertex per candidate word; an undirected edge, weighted by the number of co-occurrences, joins two
   candidates that co-occur within a window of :data:`WINDOW` (2, the best window of Mihalcea & Tarau 2004) in the
   sentence's filtered token sequence; windows never cross a sentence.
3. **Ranking.** PageRank (damping factor 0.85) by power iteration on the sparse (``scipy.sparse``) transition matrix.
4. **Phrases** (Mihalcea & Tarau 2004's post-processing). The top third of the vertices are keywords; runs of
   keywords adjacent in a sentence's token sequence whose concatenation stands in the sentence's text (so ``基层``
   ``的`` ``治理`` is no phrase: the stopword sat between) are merged into a keyphrase. A phrase's boundaries follow
   the words of the text, not a word count or jieba's cut of a word:

   - a quantifier never opens a phrase and a generic head or an event verb never ends one (``keyphrase_edge`` of
     the cue lexicon: ``个别``, ``工作``, ``发生`` are trimmed off: ``个别党员干部`` -> ``党员干部``); a verb only ends
     a phrase (``基层`` + ``治理``), never opens or joins one;
   - a bound character that jieba cut off a keyword comes with it (:func:`_bound_suffixes`: a single CJK character,
     not a stopword, glued after the keyword in at least two and at least half of its occurrences, tagged as a noun,
     suffix or measure-word morpheme — after a verb, not a free noun — never as a verb, adjective, adverb,
     locative or numeral): ``专职`` ``网格`` ``员`` -> ``专职网格员`` (never ``专职网格``), ``快递`` ``员`` -> ``快递员``
     (a noun, though ``快递`` alone is a verb), but ``数据质量`` ``低`` stays ``数据质量``;
   - a run longer than :data:`MAX_PHRASE_WORDS` words (after the trimming) is split into the chunks of at most that
     many words that stand most often as whole phrases elsewhere in the essay (``基层`` ``医疗机构`` ``药品`` ``供应``
     -> ``基层医疗机构`` + ``药品供应``, not ``基层医疗机构药品`` + ``供应``); a single word scores nothing, ties go
     to fewer chunks, then to the later cuts.

   A phrase's score is the sum of its words' scores (a bound character adds nothing); a phrase needs a noun-like
   word (or a bound character) and, when it has several words, two occurrences; phrases are ranked by score (ties:
   first occurrence), a single word of one or two characters after every longer phrase (a reader marks phrases:
   ``社区``, ``群众`` alone say little). Skipped: a single word inside a phrase already taken (it is that phrase's
   word, however often it also stands alone: ``基层`` after ``基层治理``, as M&T collapse adjacent keywords into
   one); a phrase of several words inside a taken one unless it stands on its own at least as often again
   (``老旧小区`` beside ``老旧小区物业管理``); one that contains a phrase already taken, opens with the same two words
   as a longer one already taken, or holds the same words as one taken in another order (``防控疫情`` after
   ``疫情防控``).

5. **Segmentation repaired on the essay's own words** (:func:`_recut`). A stretch of tokens glued in the text that
   holds a single CJK character is cut again into words the essay uses elsewhere (its tokens of two or more
   characters) when that leaves fewer single characters, ties to fewer words: jieba's dictionary word ``乡长`` cuts
   the Simplified view of Traditional ``偏鄉長照`` into ``偏`` ``乡长`` ``照``, while its HMM finds ``偏乡`` and ``长照``
   in other sentences (only a unit with a single character that makes an essay word with its neighbour's
   characters is scanned: :func:`_may_recut`). (The tokens come from the Simplified analysis view, where the dictionary's words are; this
   fixes what the dictionary lacks there.) A four-character set phrase of the dictionary (tag ``i``/``l``) that
   opens with a noun and ends with a verb or noun (``人才`` + ``流失``) is a noun compound and a candidate.
6. **Short essays** (fewer than :data:`SHORT_ESSAY_TOKENS` candidate tokens). Mihalcea & Tarau's keywords are the
   top third of a graph whose words co-occur often enough to rank apart; in a short essay most words co-occur once
   or twice, the top third is mostly verbs and its runs rarely stand twice, so the rules above give a handful of
   two-character words. There, beside the keyword runs, every pair of candidate words standing glued in the text
   outside the runs' recurring phrases is counted: a pair that stands twice or more is a phrase (``返乡`` +
   ``创业``, though a verb opens it) when one of its words is a noun; a pair that stands once is one when it is a
   compound of two nouns that opens with a noun, not a verbal noun (``创业`` + ``补贴``; not ``培育`` + ``部落``);
   and every dictionary noun of three or more characters is a phrase of its own (``人才流失``, ``村干部``). Such
   a once-standing pair ranks after the phrases that recur and the longer single words, before the one- and
   two-character words; a pair a verb opens whose noun has a content word glued after it wherever the pair stands
   (``推动`` ``信息`` of ``推动信息公开`` / ``推动信息共享``: the verb's object is the compound) is no keyphrase; a single word of one or two characters still needs to be in the top third. The rule
   follows Mihalcea & Tarau's own post-processing (adjacent words of the text make a phrase) with the evidence a
   short text has: co-occurrence in the text itself rather than rank in the graph. An essay of
   :data:`SHORT_ESSAY_TOKENS` candidate tokens or more (every essay of the keyphrase gold) keeps steps 1–4 alone.

**Part of speech, per backend.** jieba's ``posseg`` tagger costs about 5× the segmentation, so the tag of a word is
its tag in jieba's dictionary (``dict.txt``, the same file for both backends): looked up with jieba-rs
(``rjieba.tag``) when the ``rjieba`` package is installed (whatever the segmentation backend), else in
``jieba.posseg``'s word-tag table (loaded once per process, about two seconds). A word the dictionary does not know
has no tag and is kept when it has two or more CJK characters (jieba's HMM tagger would mostly call it a noun).

Cost: linear in the essay's tokens (graph and PageRank over at most as many vertices and edges as tokens; the bound
characters counted in one pass; the re-cut a dynamic programme of :data:`RECUT_MAX_CHARS` steps a character; the
short essay's pairs counted in one pass; a long run split by a dynamic programme over its words, ``MAX_PHRASE_WORDS`` steps a
word), plus one search per kept phrase over the essay's text for the occurrences (at most ``max_keyphrases`` searches).
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from summarizer import aspects
from summarizer.chars import ASCII_LOWER, CJK_RE, char_translator, han_outnumbers_latin_words, process_memo, word_groups
from summarizer.sentences import HALF_WIDTH, Sentence
from summarizer.textrank import affine_step_matrix, power_iteration
from summarizer.tokenize import jieba_module
from summarizer.lazy import LazyModule

#: ``scipy.sparse``, imported at its first use (:mod:`summarizer.lazy`: about 20 MB a process that never needs it
#: does not hold).
sparse = LazyModule("scipy.sparse")

__all__ = ["Keyphrase", "WINDOW", "MAX_PHRASE_WORDS", "NOUN_TAGS", "extract_keyphrases", "word_tag", "word_graph",
           "pagerank_sparse"]

#: Co-occurrence window, in candidate tokens (Mihalcea & Tarau 2004: 2 performed best).
WINDOW = 2
#: Ranked phrases examined per keyphrase returned (each costs one search of the essay's text).
MAX_CANDIDATES_PER_KEYPHRASE = 5
#: Word graphs of at most this many vertices are built and ranked as a dense matrix (at most 1.3 MB).
DENSE_MAX = 400
#: Longest keyphrase, in words (a bound character glued to the last word not counted); longer runs are split.
MAX_PHRASE_WORDS = 3
#: Longest word, in characters, that may be a vertex of the word graph: a longer token is a run the tokenizer could
#: not cut (3,000 ``a`` in a row, a hash), no term (fix42b).
MAX_WORD_CHARS = 24
#: Longest keyphrase, in characters: the longest term of MAX_PHRASE_WORDS words and a bound suffix stays well under.
MAX_KEYPHRASE_CHARS = 32
#: Dictionary tags of noun-like words (a keyphrase must hold one).
NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "j", "eng"})
#: Tags a candidate word may have: nouns and adjectives (Mihalcea & Tarau 2004) and verbs (as
#: ``jieba.analyse.textrank``'s ``allowPOS``); an adjective or a verb alone is never a keyphrase.
CANDIDATE_TAGS = NOUN_TAGS | {"a", "v"}

_TAG_LOCK = threading.Lock()
_NUMBERISH = re.compile(r"[\d.,%+\-:/]+|[一二三四五六七八九十百千万亿零〇两]+")


@dataclass
class Keyphrase:
    """One keyphrase of an essay.

    Attributes:
        text: the phrase as the essay writes it (the user's characters, at its first occurrence).
        score: sum of its words' PageRank scores (the scores of one essay sum to 1 over all candidate words).
        occurrences: essay-local half-open character ranges ``[start, end)`` of every occurrence, in order.
    """

    text: str
    score: float
    occurrences: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _tag_source() -> Any:
    """``word -> tag | None`` from jieba's dictionary: jieba-rs when installed, else jieba.posseg's table."""
    try:
        import rjieba
    except ImportError:
        rjieba = None
    if rjieba is not None:
        @lru_cache(maxsize=1 << 16)  # jieba-rs' dictionary is fixed for the process (it loads no user dictionary)
        def lookup(word: str) -> str | None:
            if not rjieba.has_word(word):  # jieba-rs guesses a tag for new words; the dictionary has none
                return None
            pairs = rjieba.tag(word)
            return pairs[0][1] if len(pairs) == 1 and pairs[0][0] == word and pairs[0][1] != "x" else None
        return lookup
    with _TAG_LOCK:
        jieba_module()  # configured dictionary first
        import jieba.posseg as posseg

        posseg.dt.initialize()
        table = posseg.dt.word_tag_tab
    return table.get


@lru_cache(maxsize=1)
def _predicates() -> frozenset[str]:
    """Shortcoming predicates of the cue lexicon (``不足`` ``不够`` ``滞后`` …): they say that something is a problem,
    not what; and the genre's frame words (``keyphrase_exclude``: 建议, 问题, 时间, 地点 …), which say what kind of
    statement a line is. Never part of a keyphrase."""
    return frozenset(aspects.lexicon().words("challenge_predicate")) | frozenset(
        aspects.lexicon().words("keyphrase_exclude"))


@lru_cache(maxsize=1)
def _edge_words() -> frozenset[str]:
    """Words that may stand inside a keyphrase but neither open nor end one (``keyphrase_edge`` of the cue lexicon:
    quantifiers such as ``个别`` ``相关``, generic heads and event verbs such as ``工作`` ``发生``); and the verbs with
    which a text attributes words to a speaker (``news_report_verb`` of two characters or more: ``认为`` ``表示``
    ``指出``), which ended ``科研人员认为`` ``梁君彥表示`` (themes31): the speaker is the phrase."""
    return frozenset(aspects.lexicon().words("keyphrase_edge")) | frozenset(
        w for w in aspects.lexicon().words("news_report_verb") if len(w) > 1)


def word_tag(word: str) -> str | None:
    """The part-of-speech tag of ``word`` in jieba's dictionary (``n``, ``v``, ``vn`` …), or ``None`` when the
    dictionary does not list it (see the module docstring for the lookup per backend). Latin words (``AI``) are
    tagged ``eng`` by the keyphrase filter itself, as jieba's tagger does."""
    return _tag_source()(word)


@process_memo  # (speed23: a fact of the process, kept across documents: 16,384 words, about 4 MB)
@lru_cache(maxsize=1 << 14)
def _cjk_or_excluded(word: str) -> int:
    """The number of CJK characters of ``word``, or -1 when its form alone excludes it from the word graph (a single
    CJK character, one character, a number, a shortcoming predicate, a word over MAX_WORD_CHARS characters, one
    character repeated three times or more): a property of the word, cached per process."""
    if len(word) > MAX_WORD_CHARS or (len(word) >= 3 and word.count(word[0]) == len(word)):
        return -1  # a run the tokenizer could not cut, or one character repeated (aaaa, 哈哈哈): no term (fix42b)
    cjk = len(CJK_RE.findall(word))
    if cjk < 2 and (cjk == 1 or len(word) < 2) or _NUMBERISH.fullmatch(word) or word in _predicates():
        return -1
    return cjk


@process_memo  # (speed23: a fact of the process, kept across documents: 16,384 words, about 4 MB)
@lru_cache(maxsize=1 << 14)
def _candidate(word: str) -> tuple[bool, str | None]:
    """Whether a content token may be a vertex of the word graph (module docstring, step 1), and its tag (``eng``
    for a Latin word, else its dictionary tag or ``None``): a property of the word (the tag source is fixed for the
    process), cached per process."""
    cjk = _cjk_or_excluded(word)
    if cjk < 0:
        return False, None
    tag = "eng" if word.isascii() and word.isalpha() else word_tag(word)
    if tag in _IDIOM_TAGS and cjk == len(word) == 4 and word_tag(word[:2]) in _COMPOUND_HEAD_TAGS \
            and word_tag(word[2:]) in _COMPOUND_TAIL_TAGS:
        tag = "n"  # a subject-predicate compound the dictionary files as a set phrase (人才+流失): a term, a noun
    if tag is None and cjk >= 3 and (_function_char(word[0], _OPENING_FUNCTION_TAGS)
                                      or _function_char(word[-1], _CLOSING_FUNCTION_TAGS)):
        return False, None  # 而远水, 远水的: a word the HMM glued across a conjunction or a particle, no term (ux30)
    if tag is None and word[0] in _STATE_ADVERBS:
        return False, None  # 已满, 均属: a predicate the HMM glued, an adverb of state before its verb, no term (fix41)
    if tag is None and cjk == len(word) and all(_function_char(ch, _FUNCTION_ONLY_TAGS) for ch in word):
        return False, None  # 这一, 这些年: a word the HMM made of a pronoun, numerals, particles only, no term (themes31)
    if cjk >= 3 and word[-1] in _GLUED_CLOSERS and word_tag(word[:-1]) is not None:
        return False, None  # 扮演着, 现状及: a word and the particle or conjunction after it, which the dictionary
        # files as one entry (tagged a noun), or the HMM glues: no term (themes31)
    return tag in CANDIDATE_TAGS or (tag is None and cjk >= 2), tag


#: Tags (their first letters) of a single character that never opens an unknown word the HMM proposes: conjunctions
#: ``c`` (而, 并, 和), particles ``u`` (的, 了); and that never ends one: particles. (Not prepositions nor adverbs:
#: ``同城化``, ``共治``, ``再就业`` are terms.)
_OPENING_FUNCTION_TAGS = ("c", "u")
_CLOSING_FUNCTION_TAGS = ("u",)
#: Function words that, after a word of the dictionary, make a word of three or more characters a word with its
#: function word glued on: the aspect particles ``着`` ``了`` ``过``, ``的`` and the conjunctions ``及`` ``和`` ``与``
#: ``或`` ``且`` ``并`` (``扮演`` + ``着``, ``现状`` + ``及``, ``检查`` + ``和``): never a candidate, whatever its own tag
#: (the dictionary files ``扮演着`` ``现状及`` as nouns). A closed class, listed: jieba's tags would also take ``所``
#: (tagged a conjunction: ``研究所``) and the prepositions that end words (``费用``, ``师生比``); ``居民参与`` stays
#: (``居民参`` is no word).
#: Tags (their first letters) of the characters that make, all of them, an unknown word with no content morpheme:
#: pronouns ``r`` (这, 那, 此), numerals ``m``, measure words ``q``, conjunctions ``c``, particles ``u``, prepositions
#: ``p``, adverbs ``d`` (``这`` + ``一``: the HMM's ``这一`` of ``这一话题``).
_FUNCTION_ONLY_TAGS = ("r", "m", "q", "c", "u", "p", "d")
#: Adverbs of aspect, negation, scope and degree that open a predicate, never a term: an unknown word the HMM
#: proposes that opens with one (``已满`` of ``垃圾桶已满``, ``均属``, ``尚缺``) is a verb phrase cut out of its clause, so
#: no candidate (a keyphrase ``分类已满`` cut across the words ``分类`` | ``已满``). A closed class, listed: other
#: adverbs open terms (``再就业``, ``共治``).
_STATE_ADVERBS = frozenset("已未尚仍均皆曾都也很太较颇甚亦")
_GLUED_CLOSERS = frozenset("着了过的及和与或且并並與")


def _function_char(ch: str, initials: tuple[str, ...]) -> bool:
    """Whether the CJK character ``ch`` is, in jieba's dictionary, a function word whose tag starts with one of
    ``initials``; constant work (one dictionary lookup)."""
    tag = word_tag(ch) if CJK_RE.match(ch) else None
    return tag is not None and tag.startswith(initials)


#: jieba's tags of set phrases (``i`` idiom, ``l`` 习用语): the dictionary also files noun compounds so (``人才流失``).
_IDIOM_TAGS = frozenset({"i", "l"})
#: Tags of the first two characters that make a four-character set phrase a noun compound (``人才`` of ``人才流失``;
#: not ``严重`` of ``严重不足``, not ``一心`` of ``一心一意``).
_COMPOUND_HEAD_TAGS = frozenset({"n", "nz", "vn", "j"})
#: Tags of the last two characters of such a compound: a verb or a verbal noun (``流失``, ``老化``), not an adjective
#: (``人员不足``) nor a word the dictionary does not know (``价格偏高``) or files as a name (``设备陈旧``).
_COMPOUND_TAIL_TAGS = frozenset({"v", "vn", "n"})


def word_graph(sequences: Sequence[Sequence[int]], n_vertices: int, window: int = WINDOW) -> sparse.csr_matrix:
    """The symmetric co-occurrence matrix of the word graph.

    Args:
        sequences: per sentence, the vertex ids of its candidate tokens in order.
        n_vertices: number of vertices (ids are ``0..n_vertices-1``).
        window: two tokens at most ``window - 1`` positions apart in a sequence co-occur.

    Returns:
        ``(n_vertices, n_vertices)`` CSR matrix of co-occurrence counts, zero diagonal.
    """
    a, b = _cooccurrences(sequences, window)
    rows, cols = np.concatenate((a, b)), np.concatenate((b, a))
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, cols)), shape=(n_vertices, n_vertices))


def _cooccurrences(sequences: Sequence[Sequence[int]], window: int) -> tuple[np.ndarray, np.ndarray]:
    """Every co-occurrence ``(a, b)`` of two different vertices at most ``window - 1`` positions apart within one
    sequence (``a`` first), once per pair of positions: two ``(m,)`` int64 arrays, vectorised over the sequences."""
    lengths = np.fromiter(map(len, sequences), dtype=np.int64, count=len(sequences))
    flat = np.fromiter(itertools.chain.from_iterable(sequences), dtype=np.int64, count=int(lengths.sum()))
    unit = np.repeat(np.arange(len(sequences)), lengths)
    firsts, seconds = [flat[:0]], [flat[:0]]
    for offset in range(1, window):
        a, b = flat[:-offset], flat[offset:]
        ok = (unit[:-offset] == unit[offset:]) & (a != b)
        firsts.append(a[ok])
        seconds.append(b[ok])
    return np.concatenate(firsts), np.concatenate(seconds)


def pagerank_sparse(weights: sparse.spmatrix | np.ndarray, damping: float = 0.85, max_iter: int = 200,
                    tol: float = 1e-8) -> np.ndarray:
    """Weighted PageRank by power iteration on a sparse matrix (the formula of
    :func:`summarizer.textrank.pagerank`: dangling nodes spread uniformly, converged when the L1 change is below
    ``N · tol``; after ``max_iter`` iterations the last iterate is returned).

    Args:
        weights: ``(N, N)`` non-negative edge weights: a ``scipy.sparse`` matrix, or a dense array (what
            :func:`extract_keyphrases` passes for a word graph of at most :data:`DENSE_MAX` vertices: scipy's
            per-product overhead of tens of microseconds would dominate an essay's whole cost).

    Returns:
        ``(N,)`` scores summing to 1 (empty for ``N = 0``).
    """
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    if isinstance(weights, np.ndarray):
        w = np.asarray(weights, dtype=np.float64)
        out = w.sum(axis=1)
    else:
        w = sparse.csr_matrix(weights, dtype=np.float64)
        out = np.asarray(w.sum(axis=1)).ravel()
    dangling = out == 0
    inv = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out))
    if isinstance(w, np.ndarray) and n <= _PLAIN_MAX:
        return _pagerank_plain_cached(tuple(map(tuple, (w * inv[:, None]).T.tolist())), tuple(dangling.tolist()),
                                      damping, max_iter, tol).copy()
    x = np.full(n, 1.0 / n)
    if isinstance(w, np.ndarray):  # one matrix-vector product per step, on [x, 1]
        step = affine_step_matrix((w * inv[:, None]).T, dangling, x.copy(), damping).dot
        x = power_iteration(step, np.append(x, 1.0), max_iter, n * tol)[1][:n]
        return x / x.sum()
    pt = (sparse.diags(inv) @ w).T.tocsr()
    # x <- d·(Pᵀx + dangling mass / N) + (1 − d)/N, in place: numpy's per-call overhead dominates a small graph
    dangling_ids = np.flatnonzero(dangling) if dangling.any() else None
    teleport = (1.0 - damping) / n
    add, multiply = np.add, np.multiply

    def step(x: np.ndarray, y: np.ndarray) -> None:
        y[...] = pt @ x
        if dangling_ids is not None:
            add(y, add.reduce(x[dangling_ids]) / n, out=y)
        multiply(y, damping, out=y)
        add(y, teleport, out=y)

    x = power_iteration(step, x, max_iter, n * tol)[1]  # (not converged: the last iterate)
    return x / x.sum()


def _csr_matvec() -> Any:
    """scipy's own CSR matrix-vector kernel (``_sparsetools.csr_matvec``, what ``csr_matrix @ vector`` calls into a
    zeroed output), or None where this scipy does not expose it. Imports ``scipy.sparse``: only the tests compare
    :func:`_csr_products` with it."""
    try:
        from scipy.sparse import _sparsetools
    except ImportError:  # pragma: no cover - a scipy without the module
        return None
    return getattr(_sparsetools, "csr_matvec", None)


def _csr_products(n: int, rows: np.ndarray, indices: np.ndarray, data: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The ``(n,)`` product of the CSR matrix whose entry ``k`` is ``data[k]`` at ``(rows[k], indices[k])`` (rows
    ascending, CSR order) and ``x``, as scipy's ``csr_matvec`` computes it into a zeroed vector: each row's sum starts
    at 0.0 and adds its entries' products ``data[k] * x[indices[k]]`` in CSR order (``np.bincount`` adds its weights
    in input order), so the same floats to the bit, without importing ``scipy.sparse`` (about 20 MB resident, speed44).
    Linear in ``len(data) + n``."""
    return np.bincount(rows, weights=data * x[indices], minlength=n)


def _word_graph_scores(sequences: Sequence[Sequence[int]], n: int, window: int) -> np.ndarray:
    """:func:`pagerank_sparse` of :func:`word_graph` ``(sequences, n, window)``, to the bit, without scipy's matrix
    objects: the co-occurrence counts are summed in CSR order by one ``np.unique`` (each row's columns ascending, as
    scipy's duplicate sum leaves them); the transition matrix ``(D⁻¹W)ᵀ`` has ``W``'s layout because ``W`` is
    symmetric (its entry ``(j, i)`` is ``w_ij / out_i``, one product as scipy's); each step's product is scipy's CSR
    kernel's sums in its order (:func:`_csr_products`; ``scipy.sparse`` is not imported). A word graph is ranked once
    per essay: scipy's set-up of its matrices (tens of microseconds an operation) and of each of some forty products
    was most of that cost. ``(n,)`` scores summing to 1."""
    a, b = _cooccurrences(sequences, window)
    keys, counts = np.unique(np.concatenate((a * n + b, b * n + a)), return_counts=True)
    rows, indices = np.divmod(keys, n)
    data = counts.astype(np.float64)
    out = np.bincount(rows, weights=data, minlength=n)  # row sums (integers: exact in any order)
    dangling = out == 0
    inv = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out))
    pt_data = data * inv[indices]
    damping = 0.85  # pagerank_sparse's defaults
    dangling_ids = np.flatnonzero(dangling) if dangling.any() else None
    teleport = (1.0 - damping) / n
    add, multiply = np.add, np.multiply

    def step(x: np.ndarray, y: np.ndarray) -> None:  # (pagerank_sparse's step)
        y[:] = _csr_products(n, rows, indices, pt_data, x)
        if dangling_ids is not None:
            add(y, add.reduce(x[dangling_ids]) / n, out=y)
        multiply(y, damping, out=y)
        add(y, teleport, out=y)

    x = power_iteration(step, np.full(n, 1.0 / n), 200, n * 1e-8)[1]
    return x / x.sum()


#: Word graphs of at most this many vertices are ranked in plain Python floats (:func:`_pagerank_plain`).
_PLAIN_MAX = 7


@process_memo  # (speed23: a fact of the process, kept across documents)
@lru_cache(maxsize=4096)
def _pagerank_plain_cached(pt: tuple[tuple[float, ...], ...], dangling: tuple[bool, ...], damping: float,
                           max_iter: int, tol: float) -> np.ndarray:
    """:func:`_pagerank_plain`, remembered (callers copy the array): a pure function of its arguments, and a small
    word graph recurs (a short sentence's chain of co-occurring words has the same transition matrix whatever its
    words) in essay after essay of a collection."""
    return _pagerank_plain([list(r) for r in pt], list(dangling), damping, max_iter, tol)


def _small_graph_scores(sequences: Sequence[Sequence[int]], n: int, window: int) -> list[float]:
    """:func:`pagerank_sparse` of the co-occurrence counts of :func:`_cooccurrences` (both directions) for a word
    graph of at most :data:`_PLAIN_MAX` vertices, counted and normalised in Python floats: the same values as the
    dense numpy path (integer counts, exact row sums, one division per row, one product per entry), without numpy's
    per-call overhead on a few words (most of the cost of a short essay's keyphrases). ``sequences``: per unit, its
    candidate vertex ids in order (ids below ``n``)."""
    counts = [[0.0] * n for _ in range(n)]
    for seq in sequences:
        for offset in range(1, window):
            for a, b in zip(seq, seq[offset:]):
                if a != b:
                    counts[a][b] += 1.0
                    counts[b][a] += 1.0
    out = [sum(row) for row in counts]
    dangling = tuple(o == 0 for o in out)
    inv = [0.0 if d else 1.0 / o for d, o in zip(dangling, out)]
    pt = tuple(tuple(counts[i][j] * inv[i] for i in range(n)) for j in range(n))
    return _pagerank_plain_cached(pt, dangling, 0.85, 200, 1e-8).tolist()  # pagerank_sparse's defaults


def _pagerank_plain(pt: list[list[float]], dangling: list[bool], damping: float, max_iter: int,
                    tol: float) -> np.ndarray:
    """The power iteration of :func:`pagerank_sparse` in Python floats, for a graph of at most :data:`_PLAIN_MAX`
    vertices, where numpy's per-call overhead is most of the cost. The same operations in the same order (each
    row's products summed in column order over the stored entries, as scipy's CSR product; sums of at most 7 terms,
    which numpy adds in order too), so the same scores."""
    n = len(pt)
    rows = [[(j, v) for j, v in enumerate(row) if v != 0.0] for row in pt]
    dangling_ids = [i for i, d in enumerate(dangling) if d]
    x = [1.0 / n] * n
    teleport = (1.0 - damping) / n
    limit = n * tol
    for _ in range(max_iter):
        mass = 0.0
        if dangling_ids:
            for i in dangling_ids:
                mass += x[i]
            mass = mass / n
        y = []
        for row in rows:
            acc = 0.0
            for j, v in row:
                acc += v * x[j]
            if dangling_ids:
                acc += mass
            y.append(acc * damping + teleport)
        err = 0.0
        for a, b in zip(y, x):
            err += abs(a - b)
        x = y
        if err < limit:
            break
    total = 0.0
    for v in x:
        total += v
    return np.array(x) / total


#: :data:`~summarizer.sentences.HALF_WIDTH` then :data:`~summarizer.chars.ASCII_LOWER` as one ``str.translate`` table.
_SEARCHABLE = {**ASCII_LOWER, **{k: ASCII_LOWER.get(v, v) if isinstance(v, int) else v.translate(ASCII_LOWER)
                                 for k, v in HALF_WIDTH.items()}}


_searchable_of = char_translator(_SEARCHABLE)  # text.translate(_SEARCHABLE), faster


def _searchable(text: str) -> str:
    """``text`` with full-width ASCII made half-width and ASCII lower-cased, same length (where content tokens are
    found: they are NFKC and case-folded)."""
    return _searchable_of(text)


def _token_spans(hay: str, s: Sentence, toks: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where each token of ``toks`` (the tokens of sentence ``s``, in order) stands in ``hay`` (essay-local
    ``(start, end)`` within ``[s.start, s.end)``), ``None`` from the first token not found on: one forward scan."""
    spans: list[tuple[int, int] | None] = []
    append, find, end = spans.append, hay.find, s.end
    pos = s.start
    for k, w in enumerate(toks):
        at = find(w, pos, end)
        if at < 0:  # not found: neither is any token after it
            spans.extend([None] * (len(toks) - k))
            break
        pos = at + len(w)
        append((at, pos))
    return spans


def _locate(hay: str, sentences: Sequence[Any], tokens: Sequence[Sequence[str]], sequences: Sequence[Sequence[int]],
            keyword: Sequence[bool]) -> list[list[tuple[int, int] | None] | None]:
    """Per unit, where each content token stands in ``hay`` (essay-local ``(start, end)``, ``None`` once a token is
    not found: one forward scan of the unit), or ``None`` for a unit without a keyword (no phrase starts there)."""
    located: list[list[tuple[int, int] | None] | None] = []
    for s, toks, seq in zip(sentences, tokens, sequences):
        if not any(map(keyword.__getitem__, seq)):
            located.append(None)
            continue
        located.append(_token_spans(hay, s, toks))
    return located


#: Tags a character glued after a noun may have to belong to it: nouns and noun morphemes (``性`` ``化``), suffixes
#: ``k`` (``者`` ``型``), measure-word-tagged ones (``桩`` ``级``) and jieba's rare-character tag ``zg`` (``员`` ``度``);
#: never a verb, adjective, adverb, locative or numeral (``倒`` ``低`` ``难`` ``乱`` ``里`` ``中`` ``多``), which stand
#: after a word on their own (数据质量+低, 客人+倒酒). (Suffixes tagged as verbs, ``率`` ``感``, are left out: jieba's
#: dictionary already holds the common words they make, ``覆盖率`` ``参与感``.)
_SUFFIX_TAG_INITIALS = frozenset("nkzq")
#: Tags of the bound morphemes and measure-word-tagged characters: what a character glued after a verb must be to make
#: a noun of it (``快递`` + ``员``, ``充电`` + ``桩``), where a free noun would open the next word instead (``改用`` +
#: ``铁架``).
_BOUND_TAGS = frozenset({"k", "zg", "ng", "q"})
#: Tags of a single character that modifies only the word glued after it and never stands on its own: jieba's
#: distinguishing words ``b`` (``副`` ``总`` ``男`` ``女``) and prefixes ``h`` (``非`` ``准``). jieba cuts ``副市长`` into
#: ``副`` ``市长`` (its dictionary lacks the compound): a phrase that opened at ``市长`` would start inside the title
#: (``市长张强`` of ``副市长张强``), so such a character glued before a phrase's first word opens the phrase
#: (:func:`extract_keyphrases`).
_PREFIX_TAGS = frozenset({"b", "h"})


def _bound_prefix(toks: Sequence[str], all_ids: Sequence[int], spans: Sequence[tuple[int, int] | None],
                  a: int) -> bool:
    """Whether the token before token ``a`` of a unit (``toks``, their vertex ids ``all_ids``, their spans ``spans``)
    is a bound prefix of it: a single CJK character that is no candidate word, glued to it in the text (no character
    between), tagged :data:`_PREFIX_TAGS` (``副`` of ``副|市长``). Constant work."""
    if a <= 0 or all_ids[a - 1] >= 0 or spans[a - 1] is None or spans[a] is None or spans[a - 1][1] != spans[a][0]:
        return False
    c = toks[a - 1]
    return len(c) == 1 and CJK_RE.match(c) is not None and word_tag(c) in _PREFIX_TAGS


def _bound_suffixes(located: Sequence[list[tuple[int, int] | None] | None], full: Sequence[Sequence[int]],
                    tokens: Sequence[Sequence[str]], keyword: Sequence[bool], verb: Sequence[bool]) -> dict[int, str]:
    """Keywords that jieba cut off a bound character: ``{vertex id: character}`` when a single CJK character (not a
    stopword: a content token) stands glued right after the keyword (no character between them) in at least two of its
    occurrences and at least half of them, and its dictionary tag may be a suffix's (:data:`_SUFFIX_TAG_INITIALS`; after
    a verb, only a bound morpheme's or a measure word's, :data:`_BOUND_TAGS`): jieba segments ``网格员`` as ``网格`` ``员`` because ``网格`` is in its dictionary and ``网格员`` is not. The test is
    in the spirit of the accessor-variety criterion of Chinese word extraction (Feng et al. 2004, Computational
    Linguistics 30(1)): a string whose right context is nearly always the same character is no word boundary there.
    Linear in the units' tokens.

    Args:
        located: per unit, the token spans of :func:`_locate` (``None``: a unit without a keyword).
        full: per unit, every content token's vertex id (-1 for a non-candidate).
        tokens: per unit, its content tokens.
        keyword: per vertex, whether it is a keyword.
        verb: per vertex, whether its dictionary tag is ``v``.

    Returns:
        ``{vertex id: character}`` for the keywords with a bound character."""
    seen: dict[int, int] = {}
    glued: dict[tuple[int, str], int] = {}
    for spans, all_ids, toks in zip(located, full, tokens):
        if spans is None:
            continue
        for k, v in enumerate(all_ids):
            if v < 0 or not keyword[v] or spans[k] is None:
                continue
            seen[v] = seen.get(v, 0) + 1
            if k + 1 < len(toks) and all_ids[k + 1] < 0 and spans[k + 1] is not None \
                    and spans[k + 1][0] == spans[k][1] and len(toks[k + 1]) == 1 and CJK_RE.match(toks[k + 1]):
                glued[v, toks[k + 1]] = glued.get((v, toks[k + 1]), 0) + 1
    out: dict[int, str] = {}
    for (v, c), m in sorted(glued.items(), key=lambda item: (-item[1], item[0])):
        if v in out or m < 2 or 2 * m < seen[v]:
            continue
        tag = word_tag(c)
        if tag in _BOUND_TAGS or not verb[v] and (tag is None or tag[0] in _SUFFIX_TAG_INITIALS):
            out[v] = c
    return out


#: An essay of fewer candidate tokens than this is *short* (about 600 characters of text): its word graph has few
#: co-occurrences, so every candidate is a keyword and a compound of two content words may occur once.
SHORT_ESSAY_TOKENS = 150
#: Longest essay word the re-segmentation (:func:`_recut`) tries, in characters.
RECUT_MAX_CHARS = 6


def _without_span(hay: str, sentences: Sequence[Any], tokens: Sequence[Sequence[str]],
                  span: tuple[int, int]) -> list[Sequence[str]]:
    """``tokens`` (parallel to ``sentences``) without the tokens that stand inside the essay-local ``span`` of
    ``hay`` (located by :func:`_token_spans`; only the units that overlap ``span`` are scanned)."""
    a, b = span
    out: list[Sequence[str]] = []
    for s, toks in zip(sentences, tokens):
        if s.end <= a or s.start >= b:
            out.append(toks)
            continue
        out.append([w for w, at in zip(toks, _token_spans(hay, s, toks)) if at is None or not (a <= at[0] and at[1] <= b)])
    return out


#: The top-level domains of a web address written without its scheme or ``www.`` (``hkcnews.com/aboutus/#subscribe``).
_BARE_TLDS = ("com", "net", "org", "gov", "edu", "info", "hk", "mo", "tw", "cn", "sg", "my")
#: A web address in an essay's searchable text (lower-cased): its scheme or ``www.`` and the printable ASCII after it;
#: or a bare domain, labels of ASCII letters, digits and hyphens ending in one of :data:`_BARE_TLDS`, with its path
#: (themes31: ``月費訂戶網址：hkcnews.com/aboutus/#subscribe`` gave the keyphrase ``aboutus``). Bounded repeats only.
_URL = re.compile(r"(?:https?://|www\.)[!-~]{1,500}|(?<![a-z0-9.@-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}"
                  rf"\.(?:{'|'.join(_BARE_TLDS)})(?![a-z0-9-])(?:/[!-~]{{0,500}})?")
_URL_GATE = ("http", "www.") + tuple(f".{t}" for t in _BARE_TLDS)


def _without_urls(hay: str, sentences: Sequence[Any], tokens: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """``tokens`` (parallel to ``sentences``) without the tokens that stand inside a web address of ``hay``
    (:data:`_URL`: ``http://news.example.sg/News/Local%20News/…`` gave the keyphrases ``news`` and ``http``, p27struct;
    a bare ``hkcnews.com/aboutus/``, themes31):
    a URL's pieces name no topic of the essay. Only the units that overlap an address are scanned, each address found
    by bisection: linear in the text."""
    if not any(g in hay for g in _URL_GATE):
        return list(tokens)
    spans = [m.span() for m in _URL.finditer(hay)]
    if not spans:
        return list(tokens)
    starts = [a for a, _ in spans]
    out: list[Sequence[str]] = []
    for s, toks in zip(sentences, tokens):
        k = max(0, bisect.bisect_right(starts, s.start) - 1)
        inside = [(a, b) for a, b in spans[k:bisect.bisect_left(starts, s.end)] if b > s.start]
        if not inside:
            out.append(toks)
            continue
        # the addresses are in text order and do not overlap: only the last one that starts at or before a token
        # (or the one before it, for a token at an address's very end) can hold it. Scanning every address of the
        # unit for every token was tokens × addresses: 5,000 addresses in one unit took 3 CPU s (ux34)
        inside_starts = [a for a, _ in inside]
        keep = []
        for w, at in zip(toks, _token_spans(hay, s, toks)):
            if at is None:
                keep.append(w)
                continue
            j = bisect.bisect_right(inside_starts, at[0])
            if not any(a <= at[0] and at[1] <= b for a, b in inside[max(0, j - 2):j]):
                keep.append(w)
        out.append(keep)
    return out


def _without_english(hay: str, sentences: Sequence[Any], tokens: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """``tokens`` (parallel to ``sentences``) without the Latin words that stand in English prose of a Chinese essay
    (:func:`~summarizer.chars.han_outnumbers_latin_words` of its first 2,000 characters): a word of a run of
    :data:`ENGLISH_RUN_WORDS` Latin words (:func:`_english_run`) or of a line with no Han character near it
    (:func:`_latin_line`) — the English translation of a journal abstract beside the Chinese one gave the keyphrases
    ``Classification`` ``garbage`` ``should`` (themes31). Left in, such words are vertices that take the candidate
    slots of the Chinese terms; a Latin term inside Chinese text (``AI诈骗``, ``GDP增速``) stays. An English essay
    keeps its words. Only units with an ASCII letter are scanned, constant work per Latin token: linear."""
    if not han_outnumbers_latin_words(hay[:2000]):
        return list(tokens)
    out: list[Sequence[str]] = []
    for s, toks in zip(sentences, tokens):
        if not any(w.isascii() and w.isalpha() for w in toks):
            out.append(toks)
            continue
        out.append([w for w, at in zip(toks, _token_spans(hay, s, toks))
                    if not (w.isascii() and w.isalpha() and at is not None
                            and (_latin_line(hay, *at) or _english_run(hay, *at) or _loose_word(hay, w, *at)))])
    return out


def _beside_han(hay: str, k: int, step: int) -> bool:
    """Whether a Han character stands at ``hay[k]`` or, past one space there, at ``hay[k + step]`` (``step`` ±1)."""
    if 0 <= k < len(hay) and hay[k] == " ":
        k += step
    return 0 <= k < len(hay) and CJK_RE.match(hay[k]) is not None


def _loose_word(hay: str, word: str, a: int, b: int) -> bool:
    """Whether ``word``, at ``[a, b)`` of ``hay`` (a Chinese essay's text), is a Latin word of one letter-case pattern
    (``survey``, ``Recommendation``: all lower case, or a capital and lower case) that no Han character touches on
    either side (at most one space between): a field label (``Problem 1:``), a gloss in brackets (``（Key
    Problems）``), not a term of the Chinese prose. An acronym (``GDPR``), a mixed-case name (``WeChat``) or a word
    written into the Chinese (``用Python编程``, ``使用 Python 语言``) stays. Constant work per occurrence."""
    if not (word.islower() or word.istitle()) or len(word) < 2:
        return False
    return not _beside_han(hay, a - 1, -1) and not _beside_han(hay, b, 1)


def _recut(hay: str, sentences: Sequence[Any], tokens: Sequence[Sequence[str]]) -> list[list[str]]:
    """The content tokens re-segmented where jieba's dictionary cut across the essay's own words: a stretch of tokens
    standing glued in the text that holds a single CJK character (``偏`` ``乡长`` ``照``, the dictionary's ``乡长``
    "village head" inside ``偏乡长照``) is cut again into words the essay uses elsewhere (``偏乡`` ``长照``, found by
    jieba's HMM in ``提高偏乡服务``, ``投入长照工作``) when that leaves fewer single characters (ties: fewer words);
    otherwise it stays as jieba cut it. The essay's vocabulary is its tokens of two or more characters; the cut is a
    dynamic programme over the stretch's characters, :data:`RECUT_MAX_CHARS` steps a character (linear). Traditional
    text is segmented on its Simplified view (``body``), where the dictionary's words are; this fixes what the
    dictionary lacks there (Taiwanese 偏鄉, 長照)."""
    vocabulary = {w for w in set().union(*tokens) if 2 <= len(w) <= RECUT_MAX_CHARS}  # (distinct words first)
    vocabulary |= _glued_completions(hay, sentences, tokens)
    tokens = [_split_doubled_titles(hay, s, toks) for s, toks in zip(sentences, tokens)]
    vocabulary |= {w for toks in tokens for w in toks if 2 <= len(w) <= RECUT_MAX_CHARS}
    heads, tails = {w[:2] for w in vocabulary}, {w[-2:] for w in vocabulary}
    out: list[list[str]] = []
    for s, toks in zip(sentences, tokens):
        if not _may_recut(toks, vocabulary, heads, tails):
            out.append(list(toks))
            continue
        spans = _token_spans(hay, s, toks)
        new: list[str] = []
        k = 0
        while k < len(toks):
            m = k + 1
            while m < len(toks) and spans[m] is not None and spans[m - 1] is not None and spans[m][0] == spans[m - 1][1]:
                m += 1
            singles = sum(1 for w in toks[k:m] if len(w) == 1 and CJK_RE.match(w))
            if m - k >= 2 and singles:
                stretch = hay[spans[k][0]:spans[m - 1][1]]
                cut = _best_cut(stretch, vocabulary)
                if sum(1 for w in cut if len(w) == 1 and CJK_RE.match(w)) < singles:
                    new.extend(cut)
                    k = m
                    continue
            new.extend(toks[k:m])
            k = m
        out.append(new)
    return out


#: Characters of an office's name that its head's title repeats (``卫健局局长``: 卫健局 + 局长; ``财务处处长``, ``派出所所长``):
#: jieba, lacking the office's name, cuts ``局局长`` as one word (:func:`_split_doubled_titles`).
OFFICE_SUFFIXES = "局处科院所站队厅部校委组室庭"


def _split_doubled_titles(hay: str, s: Any, toks: Sequence[str]) -> list[str]:
    """``toks`` with each token that doubles an office's last character before its head's title (``局局长``, ``处处长``:
    a character of :data:`OFFICE_SUFFIXES` twice, then 长) split where the office's name ends: the first character
    goes back onto the token glued before it (``卫健`` + ``局``), the title stands alone (``局长``); a keyphrase is
    then never cut inside the office's name (fix58). One pass over the unit's tokens."""
    if not any(len(w) == 3 and w[0] == w[1] and w[2] == "长" and w[0] in OFFICE_SUFFIXES for w in toks):
        return list(toks)
    spans = _token_spans(hay, s, toks)
    out: list[str] = []
    for k, w in enumerate(toks):
        if (len(w) == 3 and w[0] == w[1] and w[2] == "长" and w[0] in OFFICE_SUFFIXES and k > 0 and out
                and spans[k] is not None and spans[k - 1] is not None and spans[k - 1][1] == spans[k][0]
                and CJK_RE.match(toks[k - 1][-1:])):
            out[-1] = out[-1] + w[0]
            out.append(w[1:])
        else:
            out.append(w)
    return out


#: Fewest occurrences of a word, each followed by the same character, for :func:`_glued_completions` to join them.
GLUED_COMPLETION_MIN = 2


def _glued_completions(hay: str, sentences: Sequence[Any], tokens: Sequence[Sequence[str]]) -> set[str]:
    """Four-character words of the essay that jieba's dictionary cuts one character short (``公序良`` ``俗``): a token of
    three CJK characters that stands at least :data:`GLUED_COMPLETION_MIN` times and, wherever it stands, is followed
    glued by the same single-character token, one that is no function word (:func:`_function_char`), gives that
    token and character as one word for :func:`_recut`'s vocabulary (``公序良俗``: a set phrase of four characters;
    fix58). A word followed by different characters, or once by none, stays as cut; so does a two-character word
    (``生命`` ``题`` is the dictionary's cut across 研究生 命题, not a word one short). Linear in the tokens."""
    follower: dict[str, str | None] = {}
    seen: dict[str, int] = {}
    for s, toks in zip(sentences, tokens):
        if not any(len(w) == 3 for w in toks):
            continue
        spans = _token_spans(hay, s, toks)
        for k, w in enumerate(toks):
            if len(w) != 3:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            glued = bool(nxt) and spans[k] is not None and spans[k + 1] is not None and spans[k][1] == spans[k + 1][0]
            c = nxt if glued and len(nxt) == 1 and CJK_RE.match(nxt) else None
            follower[w] = c if follower.get(w, c) == c else None
            seen[w] = seen.get(w, 0) + 1
    return {w + c for w, c in follower.items()
            if c is not None and seen[w] >= GLUED_COMPLETION_MIN and CJK_RE.match(w)
            and not _function_char(c, ("u", "p", "c", "d", "r", "y", "e", "f", "m", "q"))}


def _cut_inside(toks: Sequence[str], spans: Sequence[tuple[int, int] | None], k: int,
                tags: dict[str, str | None]) -> bool:
    """Whether token ``k`` of a unit opens no phrase because it is cut from inside a numeral expression: a word the
    dictionary does not know, glued in the text after a numeral (``一年`` | ``一遇`` ``标准``: the term is
    一年一遇标准, whole or not at all). Reads the token before ``k`` only. ``tags``: the tag of each candidate word."""
    return (k > 0 and tags.get(toks[k]) is None and spans[k - 1] is not None and spans[k] is not None
            and spans[k - 1][1] == spans[k][0] and word_tag(toks[k - 1]) == "m")


def _crossed(hay: str, last: str, occurrences: Sequence[tuple[int, int]], tails: Sequence[str]) -> bool:
    """Whether every occurrence (``(start, end)`` in ``hay``) of a phrase whose last word is ``last`` is cut from
    inside a longer term: that word opens one of ``tails`` (phrases of several words that open with it: ``瓶装液化气``
    for ``使用瓶装``) right where it stands. One ``startswith`` per occurrence and tail."""
    return bool(tails) and all(any(hay.startswith(t, b - len(last)) for t in tails) for _a, b in occurrences)


def _may_recut(toks: Sequence[str], vocabulary: set[str], heads: set[str] | None = None,
               tails: set[str] | None = None) -> bool:
    """Whether a unit may hold a stretch :func:`_recut` cuts again: a single CJK character token that makes a word of
    ``vocabulary`` with the start of the next token or the end of the previous one (``偏`` + ``乡``长). A few set
    lookups a single character: the position scan is spent only on such units. ``heads``/``tails``: the first and the
    last two characters of every word of ``vocabulary`` (computed when not given): a word can open ``after`` only
    where its first two characters do (and end ``before`` only where its last two do), so most single characters are
    passed over with one lookup each."""
    if heads is None or tails is None:
        heads, tails = {w[:2] for w in vocabulary}, {w[-2:] for w in vocabulary}
    last = len(toks) - 1
    for k, w in enumerate(toks):
        if len(w) != 1 or not CJK_RE.match(w):
            continue
        after = w + toks[k + 1] if k < last else w
        before = toks[k - 1] + w if k else w
        if after[:2] in heads and any(after[:m] in vocabulary for m in range(2, min(len(after), RECUT_MAX_CHARS) + 1)):
            return True
        if before[-2:] in tails and any(
                before[-m:] in vocabulary for m in range(2, min(len(before), RECUT_MAX_CHARS) + 1)):
            return True
    return False


def _best_cut(stretch: str, vocabulary: set[str]) -> list[str]:
    """``stretch`` cut into words of ``vocabulary`` and single characters, fewest single CJK characters first, then
    fewest pieces (ties: the earliest longest word): a dynamic programme, :data:`RECUT_MAX_CHARS` steps a character."""
    n = len(stretch)
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * n  # (single CJK characters, pieces) up to i
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        for size in range(min(RECUT_MAX_CHARS, i), 0, -1):
            piece = stretch[i - size:i]
            prev = best[i - size]
            if prev is None or size > 1 and piece not in vocabulary:
                continue
            option = (prev[0] + (size == 1 and CJK_RE.match(piece) is not None), prev[1] + 1)
            if best[i] is None or option < best[i]:
                best[i], back[i] = option, size
    pieces = []
    i = n
    while i > 0:
        pieces.append(stretch[i - back[i]:i])
        i -= back[i]
    return pieces[::-1]


#: The longest run of adjacent keywords split as one (words); longer runs are cut into pieces of this size first.
LONG_RUN_WORDS = 24


#: Characters read on each side of a Latin keyphrase's occurrence, within its line, by :func:`_latin_line`.
LATIN_LINE_CHARS = 30


def _latin_line(hay: str, a: int, b: int) -> bool:
    """Whether the occurrence ``[a, b)`` of a Latin phrase in ``hay`` (an essay's text) stands where no Chinese is
    written: no Han character within :data:`LATIN_LINE_CHARS` characters on either side in its line (a page's
    navigation, ``Working Reports``, or its header, ``www.…``). Constant work per occurrence (trialfix22b kind L)."""
    lo, hi = max(0, a - LATIN_LINE_CHARS), min(len(hay), b + LATIN_LINE_CHARS)
    left = hay.rfind("\n", lo, a) + 1 or lo
    right = hay.find("\n", b, hi)
    return CJK_RE.search(hay, max(lo, left), hi if right < 0 else right) is None


#: Fewest Latin words of a run read as English words, not a term written in Latin letters (``top of page``, ``share
#: this page`` beside ``AI``, ``GDP``), by :func:`_english_run`.
ENGLISH_RUN_WORDS = 3
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _english_run(hay: str, a: int, b: int) -> bool:
    """Whether the occurrence ``[a, b)`` of a Latin word in ``hay`` (an essay's text) stands in a run of at least
    :data:`ENGLISH_RUN_WORDS` Latin words separated by single spaces, tabs or hyphens (``返回頁首 top of page``,
    ``urban-rural integration``): words of an English phrase, a link's, a gloss's or a translation's, not a term of
    the Chinese text. Reads at most
    :data:`LATIN_LINE_CHARS` characters on each side: constant work per occurrence (ux30)."""
    lo, hi = max(0, a - LATIN_LINE_CHARS), min(len(hay), b + LATIN_LINE_CHARS)
    words = 1
    k = a
    while words < ENGLISH_RUN_WORDS and k - 2 >= lo and hay[k - 1] in " \t-" and hay[k - 2].isascii() \
            and hay[k - 2].isalpha():
        m = k - 2
        while m > lo and hay[m - 1].isascii() and hay[m - 1].isalpha():
            m -= 1
        words, k = words + 1, m
    k = b
    while words < ENGLISH_RUN_WORDS and k + 1 < hi and hay[k] in " \t-" and hay[k + 1].isascii() and hay[k + 1].isalpha():
        m = _LATIN_WORD.match(hay, k + 1, hi)
        words, k = words + 1, m.end()
    return words >= ENGLISH_RUN_WORDS


@lru_cache(maxsize=1)
def _latin_furniture() -> frozenset[str]:
    """The Latin words of a page's furniture (``resources/latin_furniture.txt``: ``top``, ``page``, ``bottom``,
    ``share`` …), lower case: never a Chinese essay's keyphrase."""
    return frozenset(w.lower() for ws in word_groups("latin_furniture.txt", "Latin page furniture").values()
                     for w in ws)


#: Most share of a Chinese text's keyphrases that may be Latin terms (``ETL``, ``pilot``) while Chinese terms rank
#: below them (:func:`extract_keyphrases`): a memo that mixes English words into Chinese prose named ten Latin words
#: and none of its Chinese terms (数据仓库, 报表接口; try53, try55). The Latin terms over it come after the Chinese ones
#: when too few of those rank.
LATIN_KEYPHRASE_SHARE = 0.5


def extract_keyphrases(body: str, text: str, sentences: Sequence[Any], tokens: Sequence[Sequence[str]],
                       max_keyphrases: int = 10, window: int = WINDOW,
                       skip: tuple[int, int] | None = None) -> list[Keyphrase]:
    """The essay's keyphrases, best first (module docstring).

    Args:
        body: the essay's analysis text (the Simplified view; essay-local offsets).
        text: the same slice in the user's characters (same length), where each phrase's text is taken from.
        sentences: the essay's units, each with essay-local ``start``/``end`` (:class:`~summarizer.sentences.Sentence`).
        tokens: content tokens of each unit, parallel to ``sentences`` (:func:`summarizer.textrank.content_tokens`).
        max_keyphrases: most keyphrases returned (0: none).
        window: co-occurrence window in candidate tokens (≥ 2).
        skip: essay-local ``(start, end)`` of a span that is no keyphrase source (a 公文 title's issuer,
            :attr:`summarizer.document.EssayDoc.issuer`): its tokens are left out; None: none.

    Returns:
        Up to ``max_keyphrases`` :class:`Keyphrase` objects with essay-local occurrences; in a Chinese text at most
        :data:`LATIN_KEYPHRASE_SHARE` of them Latin terms ahead of the Chinese ones (more only when too few Chinese
        terms rank).

    Raises:
        ValueError: ``window < 2`` or ``tokens`` not parallel to ``sentences``.
    """
    if window < 2:
        raise ValueError(f"window must be >= 2, got {window}")
    if len(tokens) != len(sentences):
        raise ValueError("tokens must be parallel to sentences")
    if max_keyphrases <= 0:
        return []
    hay = _searchable(body)
    if skip is not None:
        tokens = _without_span(hay, sentences, tokens, skip)
    tokens = _without_urls(hay, sentences, tokens)
    tokens = _without_english(hay, sentences, tokens)
    tokens = _recut(hay, sentences, tokens)
    tags: dict[str, str | None] = {}
    words: list[str] = []
    vertex: dict[str, int] = {}  # each distinct content token -> its vertex id (in order of first occurrence), or -1
    for w in dict.fromkeys(itertools.chain.from_iterable(tokens)):
        ok, tag = _candidate(w)
        if ok:
            vertex[w] = len(words)
            words.append(w)
            tags[w] = tag
        else:
            vertex[w] = -1
    # per unit: every content token's vertex id (-1 for non-candidates), and the candidate vertex ids in order
    full = [list(map(vertex.__getitem__, toks)) for toks in tokens]
    sequences = [[v for v in all_ids if v >= 0] for all_ids in full]
    if not words:
        return []
    n = len(words)
    if n <= _PLAIN_MAX:  # a few words (a short essay): counted and ranked in Python floats, no numpy call
        scores = _small_graph_scores(sequences, n, window)
    elif n <= DENSE_MAX:  # a dense count matrix: cheaper than scipy's sparse construction and products at this size
        a, b = _cooccurrences(sequences, window)  # a·n + b of each co-occurrence, both directions
        cells = np.concatenate((a * n + b, b * n + a))
        counts = np.bincount(cells, minlength=n * n).astype(np.float64).reshape(n, n)
        scores = pagerank_sparse(counts).tolist()
    else:
        scores = _word_graph_scores(sequences, n, window).tolist()  # (pagerank_sparse of word_graph)
    short = sum(map(len, sequences)) < SHORT_ESSAY_TOKENS
    keep = max(1, -(-len(words) // 3))  # top third of the vertices (Mihalcea & Tarau 2004)
    order = sorted(range(len(words)), key=scores.__getitem__, reverse=True)  # (stable: ties by vertex id)
    keyword = [False] * len(words)
    for v in order[:keep]:
        keyword[v] = True

    edge = _edge_words()
    phrases: dict[tuple[int, ...], float] = {}
    first: dict[tuple[int, ...], int] = {}
    count: dict[tuple[int, ...], int] = {}
    verb = [tags[w] == "v" for w in words]
    nounish = [tags[w] in NOUN_TAGS or tags[w] is None for w in words]
    located = _locate(hay, sentences, tokens, sequences, keyword)
    suffix = _bound_suffixes(located, full, tokens, keyword, verb)  # keyword id -> its bound character (网格 -> 员)
    suffix_id: dict[str, int] = {}
    stands: dict[tuple[int, ...], list[int]] = {}  # where the words of each phrase of 2+ words stand
    def trimmed(all_ids: Sequence[int], a: int, b: int) -> tuple[int, int]:
        """``[a, b]`` less the edge words at both ends (a quantifier does not open a phrase, a generic head or an
        event verb does not end one)."""
        while a <= b and words[all_ids[a]] in edge:
            a += 1
        while b >= a and words[all_ids[b]] in edge:
            b -= 1
        return a, b

    def register(toks: Sequence[str], all_ids: Sequence[int], spans: Sequence[tuple[int, int] | None], i: int,
                 j: int) -> int:
        """Count the phrase of tokens ``i..j`` (trimmed); returns the index of its last token (its suffix's)."""
        a, b = trimmed(all_ids, i, j)
        key = tuple(all_ids[a:b + 1])
        # the phrase starts where the word starts: a bound prefix glued before its first word comes with it
        # (副+市长+张强 -> 副市长张强, never 市长张强: the phrase would open inside the title)
        if key and _bound_prefix(toks, all_ids, spans, a):
            if toks[a - 1] not in suffix_id:
                suffix_id[toks[a - 1]] = len(words)
                words.append(toks[a - 1])
            key = (suffix_id[toks[a - 1]],) + key
            a -= 1
        # the phrase ends where the word ends: a bound character glued to its last word comes with it and makes
        # a noun of it (专职+网格+员 -> 专职网格员, never 专职网格; 快递+员 -> 快递员)
        glued = suffix.get(key[-1]) if key else None
        if (glued is not None and b + 1 < len(toks) and toks[b + 1] == glued and spans[b + 1] is not None
                and spans[b + 1][0] == spans[b][1]):
            if glued not in suffix_id:
                suffix_id[glued] = len(words)
                words.append(glued)
            key += (suffix_id[glued],)
            j = max(j, b + 1)
        else:
            glued = None
        if key and (glued is not None or any(nounish[v] for v in key if v < n)):
            if len(key) > 1:
                stands.setdefault(key, []).extend(
                    spans[t][0] for t in range(a, b + 1 + (glued is not None)) if spans[t] is not None)
            count[key] = count.get(key, 0) + 1
            if key not in phrases:
                phrases[key] = float(sum(scores[v] for v in key if v < n))
                first[key] = spans[a][0]
        return j

    long_runs: list[tuple[Sequence[str], Sequence[int], Sequence[tuple[int, int] | None], int, int]] = []
    for s, toks, all_ids, seq, spans in zip(sentences, tokens, full, sequences, located):
        if spans is None:
            continue  # no keyword: no phrase starts here
        i = 0
        run_end = -1  # end of the run of adjacent keywords that token i is in (found once per run: linear)
        while i < len(all_ids):
            if all_ids[i] < 0 or not keyword[all_ids[i]] or spans[i] is None:
                i += 1
                continue
            if i > run_end:
                run_end = i  # extend while the next token is a keyword standing right after this one in the text
                while (run_end + 1 < len(all_ids) and all_ids[run_end + 1] >= 0 and keyword[all_ids[run_end + 1]]
                       and spans[run_end + 1] is not None and spans[run_end + 1][0] == spans[run_end][1]):
                    run_end += 1
            j = run_end
            # a verb only ends a phrase (基层+治理, 疫情+防控), never opens or joins one (取得+零星…); the rest of a
            # numeral expression opens none (一年|一遇+标准)
            if j > i and (verb[all_ids[i]] or _cut_inside(toks, spans, i, tags)):
                i += 1
                continue
            for k in range(i + 1, j):
                if verb[all_ids[k]]:
                    j = k
                    break
            a, b = trimmed(all_ids, i, j)
            if b - a < MAX_PHRASE_WORDS:
                j = register(toks, all_ids, spans, i, j)
            else:  # too long for one phrase: split once every run's phrases are counted
                long_runs.append((toks, all_ids, spans, a, b))
            i = j + 1
    # a run of more than MAX_PHRASE_WORDS keywords (基层+社会+疫情+防控) is split where the text itself splits it: into
    # the chunks that stand most often as whole phrases of their own (基层社会 + 疫情防控), never cut at a word count
    # (基层社会疫情 + 防控); a single word scores nothing, ties go to fewer chunks, then to the later cuts
    # (a run longer than LONG_RUN_WORDS, which only degenerate text has, is split into pieces of that many words
    # first: the search below is quadratic in the run)
    pieces = []
    for toks, all_ids, spans, i, j in long_runs:
        for lo in range(i, j + 1, LONG_RUN_WORDS):
            pieces.append((toks, all_ids, spans, lo, min(j, lo + LONG_RUN_WORDS - 1)))
    for toks, all_ids, spans, i, j in pieces:
        length = j - i + 1
        best: list[tuple[int, int, list[int]]] = [(0, 0, [])] + [(-1, 0, [])] * length  # (score, -chunks, cuts)
        for end in range(1, length + 1):
            for size in range(1, min(MAX_PHRASE_WORDS, end) + 1):
                score, chunks, cuts = best[end - size]
                a, b = trimmed(all_ids, i + end - size, i + end - 1)
                gain = count.get(tuple(all_ids[a:b + 1]), 0) if b > a else 0
                option = (score + gain, chunks - 1, cuts + [end])
                if option[:2] > best[end][:2] or option[:2] == best[end][:2] and option[2] > best[end][2]:
                    best[end] = option
        lo = i
        for cut in best[length][2]:
            register(toks, all_ids, spans, lo, i + cut - 1)
            lo = i + cut
    # a short essay (fewer than SHORT_ESSAY_TOKENS candidate tokens) has a word graph of few co-occurrences: most
    # words stand once or twice, the top third is mostly verbs and its runs rarely recur, so M&T's keywords give few
    # phrases. There every pair of candidate words standing glued in the text outside the recurring phrases of the
    # keyword runs is counted too, and every dictionary noun of three or more characters there is a phrase of its own
    # (人才流失, 村干部; not a verb, 留下来, nor a new word of jieba's HMM, 一人要, that a short text cannot confirm)
    extra: set[tuple[int, ...]] = set()
    glued_next: set[int] = set()  # where a content token starts glued to the token before it (short essays)
    if short:
        covered = {at for key, where in stands.items() if count[key] >= 2 for at in where}
        # every unit with a candidate, located (the units with a keyword already are: the same spans)
        located_all = [spans if spans is not None else _token_spans(hay, s, toks) if seq else None
                       for s, toks, seq, spans in zip(sentences, tokens, sequences, located)]
        for toks, all_ids, spans in zip(tokens, full, located_all):
            if spans is None:
                continue
            glued_next.update(spans[k][0] for k in range(1, len(spans)) if spans[k] is not None
                              and spans[k - 1] is not None and spans[k - 1][1] == spans[k][0])
            for k, v in enumerate(all_ids):
                if v < 0 or spans[k] is None or words[v] in edge or spans[k][0] in covered:
                    continue  # (a word of a recurring keyword-run phrase is that phrase's: 小区+充电 of 小区充电桩)
                if len(words[v]) >= 3 and tags[words[v]] in NOUN_TAGS and (v,) not in phrases:  # a dictionary noun
                    phrases[v,] = scores[v]
                    first[v,] = spans[k][0]
                    count[v,] = 1
                u = all_ids[k + 1] if k + 1 < len(all_ids) else -1
                if (u < 0 or u == v or spans[k + 1] is None or spans[k + 1][0] != spans[k][1] or words[u] in edge
                        or spans[k + 1][0] in covered or _cut_inside(toks, spans, k, tags)
                        or _bound_prefix(toks, all_ids, spans, k)):  # (主任+李红 of 副主任李红: inside the title)
                    continue
                key = (v, u)
                if key in phrases and key not in extra:
                    continue  # a phrase of the keyword runs: counted there
                extra.add(key)
                count[key] = count.get(key, 0) + 1
                if key not in phrases:
                    phrases[key] = scores[v] + scores[u]
                    first[key] = spans[k][0]

    # a pair that recurs is a phrase (偏乡+长照 three times, 返乡+创业 twice, a verb opening it: the two stand as one
    # term); a pair that stands once is one when it is a compound of two content words that opens with a noun, not a
    # verbal noun or a verb (创业+补贴, 高价+彩礼; 培育+部落, 建设+统一 are a verb and its object), and it comes after
    # the phrases that recur and the single words of three or more characters
    def once(k: tuple[int, ...]) -> bool:
        return (k in extra and count[k] == 1 and nounish[k[1]] and nounish[k[0]] and tags[words[k[0]]] != "vn")

    def allowed(k: tuple[int, ...]) -> bool:
        if len(k) == 1:
            return True
        if k in extra:
            return (count[k] >= 2 and (nounish[k[0]] or nounish[k[1]])) or once(k)
        return count[k] >= 2

    # a phrase of several words must recur; a phrase around one already taken adds nothing, and one inside a taken
    # phrase only when it stands on its own at least as often again (老旧小区 beside 老旧小区物业管理)
    # a single word of one or two characters (社区, 群众) comes after every longer phrase: a reader marks phrases
    # (in a short essay a pair that stands once comes after every phrase that recurs and every longer single word)
    ranked = sorted((k for k in phrases if allowed(k)),
                    key=lambda k: (len(k) == 1 and len(words[k[0]]) <= 2, len(k) > 1 and count[k] == 1,
                                   -phrases[k], first[k], k))
    out: list[Keyphrase] = []
    taken: list[tuple[str, int]] = []
    # the ranked phrases of several words by their first word: a phrase that a verb opens and whose last word opens
    # one of them wherever it stands is cut from inside that term (使用瓶装 of 使用瓶装液化气 beside 瓶装液化气): none
    heads: dict[int, list[str]] = {}
    for key in ranked[:MAX_CANDIDATES_PER_KEYPHRASE * max_keyphrases]:
        if len(key) > 1:
            heads.setdefault(key[0], []).append("".join(words[v] for v in key))
    chinese = han_outnumbers_latin_words(hay[:2000])  # (a Chinese abstract beside its English translation too)
    # (a Chinese text's Latin terms, ETL, DAG, pilot, take at most LATIN_KEYPHRASE_SHARE of the slots while Chinese
    # terms rank below them; the rest wait in ``deferred`` and fill the slots no Chinese term takes: try55)
    latin_cap, latin_taken, deferred = int(LATIN_KEYPHRASE_SHARE * max_keyphrases), 0, []
    word_sets: set[frozenset[int]] = set()  # the words of each phrase taken, in any order
    prefixes: set[tuple[int, ...]] = set()  # two-word openings of the longer phrases taken (网络暴力 + 治理/信息/…)
    for key in ranked[:MAX_CANDIDATES_PER_KEYPHRASE * max_keyphrases]:  # bounded: one search of the text each
        needle = "".join(words[v] for v in key)
        if len(needle) > MAX_KEYPHRASE_CHARS:
            continue  # (fix42b: a keyphrase is a term, never a run of text)
        if (any(t in needle for t, _ in taken) or (len(key) > 2 and key[:2] in prefixes)
                or (len(key) > 1 and frozenset(key) in word_sets)):  # 防控疫情 after 疫情防控
            continue
        occurrences = []
        pos = hay.find(needle)
        while pos >= 0:
            occurrences.append((pos, pos + len(needle)))
            pos = hay.find(needle, pos + len(needle))
        if not occurrences or any(needle in t and (len(key) == 1 or len(occurrences) < 2 * n) for t, n in taken):
            continue  # a single word inside a phrase taken is that phrase's word (基层 after 基层治理): never again
        if chinese and needle.isascii() and (all(_latin_line(hay, a, b) or _english_run(hay, a, b) for a, b in occurrences)
                                             or needle.lower() in _latin_furniture()):
            # Working Reports, www (a page's navigation or header line), top of page, bottom (a link's words):
            # furniture, no topic (trialfix22b, ux30)
            continue
        if len(key) > 1 and key[-1] < n and key[0] < n and verb[key[0]] and (
                _crossed(hay, words[key[-1]], occurrences, heads.get(key[-1], ()))
                or (nounish[key[-1]] and all(b in glued_next for _a, b in occurrences))):
            # a verb and the first noun of its object, the object's next word glued after it wherever the pair
            # stands (推动|信息|公开, 推动|信息|共享): the phrase cuts the object's compound (theme36): none
            continue
        taken.append((needle, len(occurrences)))
        word_sets.add(frozenset(key))
        if len(key) > 2:
            prefixes.add(key[:2])
        a, b = occurrences[0]
        phrase = Keyphrase(text=text[a:b], score=phrases[key], occurrences=occurrences)
        if chinese and needle.isascii() and latin_taken >= latin_cap:
            deferred.append(phrase)  # (a Chinese memo's tenth Latin word after its Chinese terms: try55)
            continue
        latin_taken += chinese and needle.isascii()
        out.append(phrase)
        if len(out) == max_keyphrases:
            break
    return out + deferred[:max_keyphrases - len(out)]
