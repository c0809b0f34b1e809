"""Stage 6: aspect points. One short point per enumerated item, or the most central sentences.

* An item of an aspect list gives one point: its heading, or for a run-in item (``一是…。``) its first
  sentence, list marker stripped, cut at a clause boundary to ``max_point_chars``; a very short heading that
  names a part (``经费保障。``) is completed with the first clause of its body, one that states the point by itself
  (``打通数据共享通道。``) is not.
* An aspect section without a list (a ``leaf``), and an essay whose aspects have no structure at all, give
  their most central sentences by TextRank (Mihalcea & Tarau 2004) with MMR redundancy control
  (Carbonell & Goldstein 1998), each cut to the clauses that carry the aspect's cue words.

Points are returned in document order. All positions are offsets into the essay's cleaned text.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial

from summarizer import aspects as asp
from summarizer.script import simplified_view
from summarizer.aspects import ItemRole
from summarizer.chars import (CJK_RE, CLAUSE_BREAKS, CLAUSE_END, CLAUSE_SPLIT, CN_DIGITS, CN_NUMERALS, LEAD_DASHES,
                              SENTENCE_END, cjk_balance_sign, ends_as_lead_in, is_cjk, is_token_colon, word_groups)
from summarizer.clean import _NUMBERED_LABEL  # (an outline's numbered label: one rule for both stages)
from summarizer.essays import titles_both_aspects
from summarizer.sentences import NUMBER_MARKERS, Sentence, row_cells, table_rows
from summarizer.structure import SEQ_WORDS, Structure, line_opens_at
from summarizer.textrank import MMR_POOL, mmr_select, redundancy_matrix
from summarizer.tokenize import WORD_TAGS_CHARS, word_tags  # (the tagger itself loads on its first call)

_CLAUSE_END = CLAUSE_END
_SENT_END = SENTENCE_END
_TRIM = " \n\t，,、；;：:。！？!?…—-\ufffd"  # U+FFFD: a cut-off last character (summarizer.decode)
#: A run-in ordinal written inside prose (``一是``, ``其二``, ``第三``): an alternation of fixed-length words, no
#: group, for the patterns that read an item of a sequence (:data:`_DEMAND_ORDINAL`, :data:`_ORDINAL_OPENER`,
#: :data:`_FINDING_SEQUENCE`). Bounded.
_RUN_IN_ORDINAL = rf"[{CN_NUMERALS}]是|[第其][{CN_NUMERALS}]"
#: A heading shorter than this is completed with the first clause of its body.
MIN_POINT_CHARS = 12
#: Points per aspect drawn from unstructured text (5 measured better than 3, 4, 6, 8 and than a cap growing with
#: the essay's length on the aspect corpora).
SENTENCE_POINTS = 5


@dataclass
class RawPoint:
    """A point before it is mapped to the original input: ``[start, end)`` in the essay's cleaned text."""

    aspect: str
    start: int
    end: int
    score: float = 0.0
    heading: tuple[int, int] | None = None  # span of the parent section's heading, same coordinates
    demand: bool = False  # a finding's demand split from it (problem_then_demand): never widened over the finding
    finding: bool = False  # an audit's counted finding or a notice's lagging item before its request (Part 58): no
    # model veto (counted_finding_spans, _request_demand)
    done_fix: bool = False  # a fix already made, split from its problem in a problems-and-fixes list (done_fix_clause):
    # kept though it tells an action as done
    firm: bool = False  # a measure stated in its aspect's own form at its sentence's opening, in a run (model47,
    # _mark_veto_exempt): the model's veto needs aspect_model.FIRM_VETO


#: Han characters in a row, no punctuation, space or line break among them, beyond which a run is no sentence: the
#: longest such run of the 160 benchmark documents, aspects_dev and the seed is 64 characters (a heading glued to its
#: paragraph); random characters, a text stripped of all its marks, are read as one endless sentence.
UNPUNCTUATED_RUN_CHARS = 200
_HAN_RUN_AFTER = re.compile(rf"[\u3400-\u9fff]{{0,{UNPUNCTUATED_RUN_CHARS + 1}}}")
_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")


def unpunctuated_run(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (offsets into the same text) is Han characters only, inside a run of more than
    :data:`UNPUNCTUATED_RUN_CHARS` of them with no punctuation, space or line break: a line of random characters
    or a text stripped of its marks, where no sentence can be read and a point is noise (lowfix19 F15). Reads at
    most that many characters on each side: O(UNPUNCTUATED_RUN_CHARS + end - start)."""
    if end - start <= 0 or _HAN_ONLY.fullmatch(text, start, end) is None:
        return False
    run = end - start
    k = start
    while k > 0 and run <= UNPUNCTUATED_RUN_CHARS and "\u3400" <= text[k - 1] <= "\u9fff":
        k -= 1
        run += 1
    after = _HAN_RUN_AFTER.match(text, end, end + UNPUNCTUATED_RUN_CHARS + 1)
    return run + after.end() - after.start() > UNPUNCTUATED_RUN_CHARS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    # (a closing quotation mark whose opening one the span leaves out goes too, and the punctuation before it:
    # the point is the quoted words of 李先生表示：「…。」, issue 8)
    opened = None  # the opening marks the span holds, found at the first closing mark at its end (one scan: linear)
    span_end = end
    while end > start:
        ch = text[end - 1]
        if ch not in _TRIM:
            if ch not in _CLOSE_QUOTE:
                break
            if opened is None:
                opened = {q for q in _CLOSE_QUOTE.values() if q in text[start:span_end]}
            if _CLOSE_QUOTE[ch] in opened:
                break
        end -= 1
    if end - start > 1 and text[end - 1] == "." and is_cjk(text[end - 2]):
        end -= 1  # an ASCII full stop after Chinese text ends the sentence (加强人才培养.), never a number's point
    return start, end


#: Closing quotation marks and their opening ones (:func:`_trim`).
_CLOSE_QUOTE = {"」": "「", "”": "“", "』": "『"}


_GENERIC = word_groups("theme_generic.txt", "generic theme words")
#: Connectives that open a sentence and link it to the one before, longest first (:func:`unlinked_start`): the
#: ``connective`` group of ``resources/theme_generic.txt``, the one list the collection's themes also skip
#: (``collection.frame_end``). Read with their comma; the ``linking_connective_bare`` group of ``resources/cues.txt``
#: names those that also link with none.
LINKING_CONNECTIVES = _GENERIC["connective"]
#: Times that frame a point (``目前`` ``近年来``), longest first: the ``time_frame`` group of the same file; with their
#: comma :func:`unlinked_start` drops them from a point (``frames=True``), never from a summary sentence.
TIME_FRAMES = _GENERIC["time_frame"]
_LINKS_AND_FRAMES = tuple(sorted(LINKING_CONNECTIVES + TIME_FRAMES, key=len, reverse=True))


#: Ordering and side markers whose copula (一方面是…, 首先是…) belongs to the marker, not to the point.
_COPULA_MARKERS = tuple(SEQ_WORDS) + ("一方面", "另一方面", "另方面")
#: Fewest characters :func:`unlinked_start` leaves of a span when it drops a connective from its start.
UNLINKED_MIN_CHARS = 4


#: A tokenizer's word cut (:meth:`summarizer.tokenize.Tokenizer.cut`): a text to its words, in order.
WordCut = Callable[[str], list[str]]


@lru_cache(maxsize=1)
def _bare_connectives() -> tuple[str, ...]:
    """The ``linking_connective_bare`` words of ``resources/cues.txt``, longest first (Simplified)."""
    return tuple(sorted(asp.lexicon().words("linking_connective_bare"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _bare_point_connectives() -> tuple[str, ...]:
    """:func:`_bare_connectives` and the ``list_connective_bare`` words of ``resources/cues.txt`` (``如`` ``以及``: a
    clause that goes on the list of the clause before it), longest first (Simplified): what a point drops."""
    words = set(_bare_connectives()) | set(asp.lexicon().words("list_connective_bare"))
    return tuple(sorted(words, key=len, reverse=True))


def unlinked_start(text: str, start: int, end: int, cut: WordCut | None = None, *, frames: bool = False) -> int:
    """``start`` moved past what links the span ``text[start:end]`` to the sentence before it, so that the span reads
    on its own: the one reader of linking connectives, for points (:func:`extract_points`) and for a summary
    sentence whose sentence before the summary leaves out (``pipeline.summary_stage``). Offsets are characters of
    ``text`` (the essay's cleaned Simplified view, ``EssayDoc.body``); returns an offset in ``[start, end]``.

    Dropped, in this order, each with the punctuation and spaces after it:

    * any run of: a word of :data:`LINKING_CONNECTIVES` followed by its comma (``对此，`` ``尽管如此，`` ``其次，``
      ``与此同时，``); with ``frames`` (a point, which states a problem or a measure, not when it holds), a word of
      :data:`TIME_FRAMES` followed by its comma (``目前，`` ``近年来，``); an ordinal with its comma
      (:func:`ordinal_lead_end`: ``第四，``); the copula 是 of the ordering or side marker right before ``start``
      (``一方面是道路建设滞后`` -> ``道路建设滞后``); with ``frames``, a reporting frame and its comma
      (:func:`_finding_frame_end`: ``记者走访社区时发现，``), then a method frame and a cause list's lead
      (:func:`_analysis_lead_end`: ``通过鱼骨图分析，主要原因为``);
    * then at most one connective with no comma, a word of the ``linking_connective_bare`` group of
      ``resources/cues.txt`` (``但`` ``而`` ``同时`` ``所以``), only when ``cut`` (the tokenizer's
      :meth:`summarizer.tokenize.Tokenizer.cut`) reads it as the span's first word (``但乡镇一级…`` -> ``乡镇一级…``,
      ``同时要…`` -> ``要…``). Without ``cut`` only the comma forms above are read;
    * with ``frames``, an additive adverb before the modal that then opens the span (:data:`_ADDITIVE_MODAL`:
      ``还要简化…`` -> ``要简化…``).

    Never dropped: a time frame from a summary sentence (``frames`` false: ``近年来，公司将…`` says when, it links to
    no sentence before); a word that only begins like a connective (``但凡`` ``而是`` ``不过是`` ``另外一个`` ``最后一次``:
    no comma, and not the tokenizer's word); a connective of the comma list without its comma (``长期以来形成的惯性``
    is a subject, ``同时期`` a noun); a second connective with no comma after a first one (``然而与此同时到来的是…``:
    the second is the sentence's own adverb); any step that would leave fewer than :data:`UNLINKED_MIN_CHARS`
    characters. O(length of the longest connective) per step; the steps consume the span, so linear in it."""
    words = _LINKS_AND_FRAMES if frames else LINKING_CONNECTIVES
    start = _comma_leads_end(text, start, end, words)
    if frames:
        start = self_intro_end(text, start, end)  # (我是…的居民，: who writes, fix47)
        start = _comma_leads_end(text, _finding_frame_end(text, start, end), end, words)
        start = _analysis_lead_end(text, start, end)
        start = purpose_link_end(text, start, end)
        start = topic_lead_end(text, start, end)
        start = problem_copula_end(text, start, end)
        start = _example_shortfall_end(text, start, end)
    bare = _bare_point_connectives() if frames else _bare_connectives()
    if cut is not None and text.startswith(bare, start):
        for word in bare:  # longest first
            if text.startswith(word, start) and cut(text[start:min(end, start + 2 * len(word) + 4)])[:1] == [word]:
                if word == "如" and _simile_clause(text, start, end):
                    return start
                k = _skip_trim(text, start + len(word), end)
                # (a comma form may follow the bare word: 但同时，… -> …)
                k = _comma_leads_end(text, k, end, words) if end - k >= UNLINKED_MIN_CHARS else start
                return _additive_modal_end(text, k, end) if frames else k
    return _additive_modal_end(text, start, end) if frames else start


def _example_shortfall_end(text: str, start: int, end: int) -> int:
    """``start`` moved past the example word and its comma that open the point ``text[start:end]`` (:data:`_EXAMPLE_LEAD`:
    ``比如，``, ``例如：``; offsets into ``text``) when the example states a shortcoming
    (:func:`summarizer.aspects.example_shortfall`: ``比如，某大厦…导致停车位紧张`` -> ``某大厦…``, a problem given as an
    example; k7980) and at least :data:`UNLINKED_MIN_CHARS` characters remain; else ``start`` (an example of a
    practice keeps its word, and :func:`summarizer.aspects.states_neither` drops it). Linear in the span."""
    if not text.startswith(_EXAMPLE_WORDS, start) and not text[start:start + 3].lstrip().startswith(_EXAMPLE_WORDS):
        return start
    m = _EXAMPLE_LEAD.match(text, start, end)
    if m is None or end - m.end() < UNLINKED_MIN_CHARS or not asp.example_shortfall(text[start:end]):
        return start
    return m.end()


#: The words that open :data:`_EXAMPLE_LEAD` (a cheap test before the match).
_EXAMPLE_WORDS = ("比如", "再如", "又如", "例如", "譬如", "再比如", "还比如")


#: What opens a point before the problem it states, read as one: a method frame (``通过鱼骨图分析，``, ``经核查，``,
#: ``经过调查，``: how the problem was found; not ``据…统计，``, a figure's source) and a cause list's lead (``主要原因为``, ``根本原因是``, ``原因包括：``: the
#: causes follow), either or both (fix42b). Anchored, bounded: linear.
_ANALYSIS_LEAD = re.compile(r"(?:(?:通过|经过|经)[^，,。；;：:！？!?]{0,12}?(?:分析|调查|排查|核查|调研|检查|评估|研判|梳理)"
                            r"[，,][ \t\u3000]{0,2})?(?:其?(?:主要|根本|直接|深层次?|重要)?原因(?:主要)?(?:为|是|有|包括|在于)"
                            r"[：:，,]?[ \t\u3000]{0,2})?")


def _analysis_lead_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a method frame and a cause list's lead that open the point ``text[start:end]``
    (:data:`_ANALYSIS_LEAD`; offsets into ``text``), when at least :data:`UNLINKED_MIN_CHARS` characters remain;
    else ``start``. Reads a bounded window."""
    m = _ANALYSIS_LEAD.match(text, start, end)
    return m.end() if m.end() > start and end - m.end() >= UNLINKED_MIN_CHARS else start


#: The additive adverb 还 before the modal that opens a measure (``还要简化…``, ``还需…``): it adds the measure to the
#: one before, as ``同时`` does, so a point drops it and keeps the modal as ``同时要…`` -> ``要…`` does (fix42b). Not
#: ``也要…``/``也应该…``/``更要…``: earlier kinds keep those whole (``也应该列入维修计划``, ``也要防止出现新的“形式主义”``:
#: tests/test_corpus17_kinds.py, tests/test_trialfix21b_kinds.py). Anchored, bounded.
#: (Not before a discourse frame, ``还要说的是，``, ``还要指出，``, ``也要看到，``: :data:`aspects.DISCOURSE_FRAME_VERBS`,
#: no measure; fix42c.)
_ADDITIVE_MODAL = re.compile(r"还(?=(?:要|需要|需|应当|应该|应|必须|须)(?!" + asp.DISCOURSE_FRAME_VERBS + "))")


def _additive_modal_end(text: str, start: int, end: int) -> int:
    """``start`` moved past an additive adverb before a modal (:data:`_ADDITIVE_MODAL`) that opens the point
    ``text[start:end]`` (offsets into ``text``), when at least :data:`UNLINKED_MIN_CHARS` characters remain; else
    ``start``. Constant work."""
    m = _ADDITIVE_MODAL.match(text, start, end)
    return m.end() if m is not None and end - m.end() >= UNLINKED_MIN_CHARS else start



def _char_at(text: str, k: int) -> str:
    """``text[k:][:1]`` without the copy of ``text[k:]``: the character at offset ``k`` (``""`` past the end); ``k``
    is an offset into ``text``, at least 0 (speed40)."""
    return text[k:k + 1]


def point_start(text: str, start: int, end: int, cut: WordCut | None = None) -> int:
    """:func:`unlinked_start` of the point ``text[start:end]`` with ``frames`` (offsets into ``text``, the essay's
    cleaned Simplified view; returns an offset in ``[start, end]``), remembered within one :func:`extract_points`
    call for its essay's text and ``cut``: the points stage reads each point past its linking connective in three
    passes (the guards of :func:`_neither_and_flips`, :func:`_adopted_directives` and the final start), and the
    answer depends on the text, the span and ``cut`` alone (speed40: 30,000 readings → 10,000 on 10,000 numbered
    lines). Outside a call, or for another text or cut, it reads afresh."""
    tables = getattr(_ESSAY_TABLES, "tables", None)
    if tables is None:
        return unlinked_start(text, start, end, cut, frames=True)
    entry = tables.get("point_starts")
    if entry is None or entry[0] is not text or entry[1] != cut:
        entry = tables["point_starts"] = (text, cut, {})
    memo = entry[2]
    found = memo.get((start, end))
    if found is None:
        found = memo[(start, end)] = unlinked_start(text, start, end, cut, frames=True)
    return found

#: Longest reporting frame (characters before its comma) that :func:`_finding_frame_end` drops from a point.
FINDING_FRAME_CHARS = 24
_FRAME_CLAUSE_END = re.compile(r"[，,。！？!?；;：:\n]")


@lru_cache(maxsize=1)
def _finding_frame_words() -> tuple[str, ...]:
    """The ``finding_frame_end`` words of ``resources/cues.txt`` (Simplified), longest first."""
    return tuple(sorted(asp.lexicon().words("finding_frame_end"), key=len, reverse=True))


#: Most characters between a self-introduction's opener and its role noun (``我是|幸福小区3号楼的|居民，``).
SELF_INTRO_CHARS = 30


def self_intro_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a writer's self-introduction that opens the span ``text[start:end]`` (offsets into
    ``text``, the essay's cleaned Simplified view): an opener of the ``self_intro_opener`` cue group (我是, 本人是,
    我们是), at most :data:`SELF_INTRO_CHARS` characters with no clause break, a role noun of the ``self_intro_role``
    group (居民, 家长, 职工, 村民, 网友…) and its comma (``我是幸福小区3号楼的居民，路灯坏了…`` -> ``路灯坏了…``): who
    writes is context, the rest is what the sentence states (fix47). Unchanged when the clause ends otherwise, or when
    fewer than :data:`UNLINKED_MIN_CHARS` characters would be left. Reads at most ``SELF_INTRO_CHARS`` + 10
    characters: O(1) per call."""
    lex = asp.lexicon()
    if not text.startswith(lex.words("self_intro_opener"), start):
        return start
    m = _FRAME_CLAUSE_END.search(text, start, min(end, start + SELF_INTRO_CHARS + 8))
    if m is None or text[m.start()] not in "，,":
        return start
    head = text[start:m.start()].rstrip()
    if not head.endswith(lex.words("self_intro_role")):
        return start
    k = _skip_trim(text, m.end(), end)
    return k if end - k >= UNLINKED_MIN_CHARS else start


def _finding_frame_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a reporting frame that opens the point ``text[start:end]``: a first clause of at most
    :data:`FINDING_FRAME_CHARS` characters that ends with a verb of finding or learning (``finding_frame_end`` cue
    group: 发现, 了解到, 注意到) and its comma (``记者近日走访多个社区时发现，不少小区缺乏电梯`` -> ``不少小区缺乏电梯``): who
    found the problem and when is no part of it (titles20; a point's theme label would name the reporter).
    Unchanged when the clause ends otherwise, or when fewer than :data:`UNLINKED_MIN_CHARS` characters would be
    left. Reads at most that many characters: O(FINDING_FRAME_CHARS)."""
    relayed = _relayed_verb_end(text, start, end)
    if relayed > start:
        return relayed
    m = _FRAME_CLAUSE_END.search(text, start, min(end, start + FINDING_FRAME_CHARS + 1))
    if m is None or m.group() not in ("，", ","):
        return start
    clause = text[start:m.start()].rstrip()
    frames = asp.relayed_finding_frames(clause) if not clause.endswith(_finding_frame_words()) else [(0, len(clause))]
    if not frames or frames[-1][1] != len(clause):
        return start  # (报告也提到，…: a report's or an oversight body's frame relays its findings, issue 8)
    k = _skip_trim(text, m.end(), end)
    return k if end - k >= UNLINKED_MIN_CHARS else start


def _relayed_verb_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a verb of saying (``finding_saying_verb``: 认为, 指出 …) and its comma that open the point
    ``text[start:end]`` when the sentence's words before it name the report or oversight body that says it
    right after the body's clause and its comma (``finding_body`` cue group: ``监察院…纠正某县政府，认为该府…流于形式``
    -> ``该府…流于形式``); unchanged otherwise, or when fewer than :data:`UNLINKED_MIN_CHARS` characters would be left. Reads at most :data:`SENTENCE_HEAD_CHARS` characters back: constant work."""
    verbs = _finding_saying_verbs()
    if not text.startswith(verbs, start):
        return start
    verb = next(v for v in verbs if text.startswith(v, start))
    if text.startswith(_VERB_ASPECT_PARTICLES, start + len(verb)):
        return start  # (指出了…等问题: the verb's object, no finding after it)
    head = _sentence_head(text, start)
    if not head.endswith(("，", ",")) or not asp.has_cue(head, "finding_body"):
        return start  # (他认为，…: a speaker's view, no body's finding; the verb opens the clause after the body's)
    k = _skip_trim(text, start + len(verb), end)
    while k < end and text[k] in "，,":
        k = _skip_trim(text, k + 1, end)
    return k if end - k >= UNLINKED_MIN_CHARS else start


#: Particles after a verb of saying that make what follows its object (``指出了…问题``, ``提到的…``), no finding.
_VERB_ASPECT_PARTICLES = ("了", "的", "过", "着")


def relayed_finding_start(sentence: str) -> int:
    """Where the findings that a sentence relays from a report or an oversight body begin (offset into ``sentence``,
    Simplified view): past the first verb of saying (``finding_saying_verb``: 指出, 认为, 提到 …) and its comma that
    opens the second clause after the body's words in the first (``finding_body``: ``监察院今通过调查报告并纠正某县政府，
    认为A，B`` -> A) or closes the sentence's first frame of a body (:func:`summarizer.aspects.relayed_finding_frames`:
    ``预算中心报告指出，A`` -> A; not before 了/的/过/着: ``报告指出了…问题``); 0 when the sentence relays none. Reads its first :data:`SENTENCE_HEAD_CHARS` characters only: constant work."""
    head = sentence[:SENTENCE_HEAD_CHARS]
    if not asp.has_cue(head, "finding_body"):
        return 0
    frames = asp.relayed_finding_frames(head)
    verb_at = frames[0][1] if frames else -1
    for m in _finding_verb_re().finditer(head):
        if head.startswith(_VERB_ASPECT_PARTICLES, m.end()):
            continue  # (报告指出了…的问题: the verb's object names a topic)
        before = head[:m.start()].rstrip()
        first = _REST_START.search(head, 0, m.start())
        if m.end() == verb_at or first is not None and before.endswith(("，", ",")) and (
                first.end() == len(before) and asp.has_cue(before, "finding_body")):
            k = m.end()
            while k < len(sentence) and sentence[k] in "，, \u3000":
                k += 1
            return k if len(sentence) - k >= UNLINKED_MIN_CHARS else 0
    return 0


@lru_cache(maxsize=1)
def _finding_verb_re() -> re.Pattern[str]:
    """Any ``finding_saying_verb`` word (longest first)."""
    return re.compile("|".join(map(re.escape, _finding_saying_verbs())))


@lru_cache(maxsize=1)
def _finding_saying_verbs() -> tuple[str, ...]:
    """The ``finding_saying_verb`` words of ``resources/cues.txt`` (Simplified), longest first."""
    return tuple(sorted(asp.lexicon().words("finding_saying_verb"), key=len, reverse=True))


#: Longest back-referring purpose clause (characters before its comma) that :func:`purpose_link_end` drops.
PURPOSE_LINK_CHARS = 16
_PURPOSE_PREFIXES = ("如果要", "若要", "如要", "要想", "想要", "为了", "而要", "要", "为")


def purpose_link_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a purpose clause that only refers back to the problems named before it and its comma
    (``要解决这个问题，``, ``如果要改善这个情况，``, ``为破解上述难题，``): an optional purpose word (要, 为了, 若要 …), a verb of
    solving (``solution_verb`` cue group) and a back-referring word (这个, 这些, 上述 …: ``aspects._ANAPHORA``) in a first
    clause of at most :data:`PURPOSE_LINK_CHARS` characters. The measure after it is the point (the link names no
    problem of its own; 解决教育公平问题，需要… names one and is kept). Unchanged otherwise, or when fewer than
    :data:`UNLINKED_MIN_CHARS` characters would be left. Reads at most that many characters: O(PURPOSE_LINK_CHARS)."""
    m = _FRAME_CLAUSE_END.search(text, start, min(end, start + PURPOSE_LINK_CHARS + 1))
    if m is None or m.group() not in ("，", ","):
        return start
    clause = text[start:m.start()].strip()
    k = next((len(w) for w in _PURPOSE_PREFIXES if clause.startswith(w)), 0)
    if not clause.startswith(tuple(asp.lexicon().words("solution_verb")), k):
        return start
    if not any(w in clause for w in asp._ANAPHORA):
        return start
    j = _skip_trim(text, m.end(), end)
    return j if end - j >= UNLINKED_MIN_CHARS else start


def topic_lead_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a topic phrase and its comma that open a proposal (``topic_opener`` cue group: ``针对退费
    纠纷多的问题，建议建立…`` -> ``建议建立…``; ``针对上述问题，建议…``) when the clause after it proposes
    (:func:`summarizer.aspects.after_background_turn`) with a bare verb of proposing (``建议…``, no speaker): the phrase
    names what the measure answers, the point is the measure (fix42a). Unchanged
    otherwise, or when fewer than :data:`UNLINKED_MIN_CHARS` characters would be left. Reads at most
    :data:`summarizer.aspects.TOPIC_PHRASE_CHARS` characters for the phrase, then the clause after it."""
    if not text.startswith(asp.lexicon().words("topic_opener"), start):
        return start
    k = asp.after_background_turn(text[start:end])
    if not k:
        return start
    j = _skip_trim(text, start + k, end)
    m = _FRAME_CLAUSE_END.search(text, j, end)
    if not asp._bare_proposal(text[j:m.start() if m else end]):
        return start  # (面对…问题，某代表建议，…: a speaker's proposal keeps its frame, whose topic the gold keeps too)
    return j if end - j >= UNLINKED_MIN_CHARS else start


#: A point's opening lead that names the problem by its noun and a copula (``问题是``, ``主要问题在于``, ``最大的困难
#: 是``): the statement after it is the problem. Not ``症结在于``/``关键在于``: the gold keeps that verdict as part of
#: the point (804). Anchored, bounded.
_PROBLEM_COPULA_LEAD = re.compile(r"(?:主要|最大|突出)?的?(?:问题|困难|难点)(?:主要)?(?:是|在于)[：:，,]?\s{0,2}")


def problem_copula_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a lead that names the problem by its noun and a copula (:data:`_PROBLEM_COPULA_LEAD`:
    ``问题是资金不足`` -> ``资金不足``): the statement after the copula is the point (fix42a). Unchanged otherwise, or
    when fewer than :data:`UNLINKED_MIN_CHARS` characters would be left. One anchored match: constant work."""
    m = _PROBLEM_COPULA_LEAD.match(text, start, end)
    if m is None:
        return start
    return m.end() if end - m.end() >= UNLINKED_MIN_CHARS else start


#: Characters of a clause after 如 read for the end of a simile (:func:`_simile_clause`).
SIMILE_CLAUSE_CHARS = 30
_SIMILE_CLAUSE_END = re.compile(r"[，,。！？；;：:\n]")


def _simile_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause that opens at ``text[start]`` (a 如) ends in a word of the ``simile_end`` group of
    ``resources/cues.txt`` (``如治病一样，…``): 如 means "like", not "such as". Reads at most
    :data:`SIMILE_CLAUSE_CHARS` characters."""
    stop = min(end, start + SIMILE_CLAUSE_CHARS)
    m = _SIMILE_CLAUSE_END.search(text, start, stop)
    clause = text[start:m.start() if m else stop]
    return clause.endswith(tuple(asp.lexicon().words("simile_end")))


def _comma_leads_end(text: str, start: int, end: int, words: tuple[str, ...]) -> int:
    """``start`` moved past a run of the comma forms of :func:`unlinked_start` (:func:`_linked_lead_end`)."""
    while start < end:
        k = _linked_lead_end(text, start, end, words)
        if k == start:
            break
        start = k
    return start


def _linked_lead_end(text: str, start: int, end: int, words: tuple[str, ...]) -> int:
    """``start`` moved past one comma form of :func:`unlinked_start` (a word of ``words``, longest first, with its
    comma; an ordinal with its comma; a marker's copula), or ``start`` when none opens the span or too little would
    be left."""
    if text.startswith(words, start):  # (one test for all of them: most spans open with none)
        for word in words:
            if text.startswith(word, start) and text[start + len(word):start + len(word) + 1] in ("，", ","):
                k = _skip_trim(text, start + len(word) + 1, end)
                return k if end - k >= UNLINKED_MIN_CHARS else start
    if text.startswith("是", start) and end - start > 3 and text[max(0, start - 4):start].endswith(_COPULA_MARKERS):
        return _skip_trim(text, start + 1, end)
    return ordinal_lead_end(text, start, end)


def _skip_trim(text: str, start: int, end: int) -> int:
    """``start`` moved past the punctuation and spaces of :data:`_TRIM` (at most to ``end``)."""
    while start < end and text[start] in _TRIM:
        start += 1
    return start


#: An ordinal of a list written in prose with its comma (``第四，``, ``其五，``): :func:`ordinal_lead_end`.
_ORDINAL_LEAD = re.compile(rf"[第其][{CN_NUMERALS}]{{1,2}}[，,、：:]")
#: A marker of an example and its comma opening each part of a ；-list (``比如，A；再如，B``, ``例如：…；又如：…``): the
#: items of the list, each a point without the marker (:func:`prose_parts`, weak24). Anchored, bounded.
_EXAMPLE_LEAD = re.compile(r"\s{0,2}(?:比如说|比如|再如|又如|例如|譬如|再比如|还比如)\s{0,2}[，,、：:]?\s{0,2}")


#: An item number that opens a ``；``-part of one sentence (``检查一下：1、A；2、B``, ``（2）``, ``②``; not ``2.5亿``):
#: the parts are a numbered list (:func:`prose_parts`, with :data:`_ORDINAL_LEAD`). Anchored, bounded.
_PART_ITEM_NUMBER = re.compile(r"(?:\d{1,2}[、．.)）](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s{0,2}")
#: :data:`_PART_ITEM_NUMBER` or an ordinal with 是 (``第二是A；第三是B``: the ordinal stays in the point).
_PART_ITEM_LEAD = re.compile(rf"{_PART_ITEM_NUMBER.pattern}|[第其][{CN_NUMERALS}]{{1,2}}是")


def _list_part_start(text: str, start: int, end: int) -> int:
    """``start`` moved past the item number (:data:`_PART_ITEM_NUMBER`) or the ordinal and its comma
    (:func:`ordinal_lead_end`) that open the part ``text[start:end]`` of a numbered ``；``-list; unchanged when fewer
    than 4 characters would be left. O(1)."""
    m = _PART_ITEM_NUMBER.match(text, start, end)
    if m is None:
        return ordinal_lead_end(text, start, end)
    return start if end - m.end() < 4 else _trim(text, m.end(), end)[0]


def ordinal_lead_end(text: str, start: int, end: int) -> int:
    """``start`` moved past an ordinal and its comma that open the point ``text[start:end]`` (``第四，要畅通…`` ->
    ``要畅通…``, ``其三，``): the point is read out of the list the ordinal numbered (a list the structure did not
    take as one, or an item cut from it). An ordinal glued to the modal 要 (``第一要加强…``, ``首先要精简…``,
    ``最后要强化…``: :data:`_ORDINAL_MODAL_LEAD`) goes with the modal, as the ``一要…`` marker of the structure does; not
    when 要 opens a noun (``第一要务``, ``首先要求``: :data:`_YAO_NOUN_SECOND`) or a nominal clause (``首先要做的是…``: a 的
    within :data:`_YAO_NOMINAL_CHARS` characters). Unchanged when fewer than 4 characters would be left. O(1)."""
    m = _ORDINAL_LEAD.match(text, start, end)
    if m is None:
        m = _ORDINAL_MODAL_LEAD.match(text, start, end)
        k = m.end() + 1 if m is not None else end
        if (end - k < 4 or text[k] in _YAO_NOUN_SECOND or not is_cjk(text[k])
                or "的" in text[k:k + _YAO_NOMINAL_CHARS]):
            return start
        return k
    if end - m.end() < 4:
        return start
    return _trim(text, m.end(), end)[0]


#: An ordinal glued to the modal 要 that opens a measure of a list written in prose (``第一要``, ``其二要``, ``首先要``,
#: ``其次要``, ``再次要``, ``最后要``): :func:`ordinal_lead_end` (the 要 is the match's next character). Anchored, bounded.
_ORDINAL_MODAL_LEAD = re.compile(rf"(?:[第其][{CN_NUMERALS}]{{1,2}}|首先|其次|再次|最后)(?=要)")
#: Characters that make 要 the first half of a noun or a conjunction, not a modal (要务 要义 要求 要素 要点 要害 要件
#: 要紧 要么 要是 要闻 要职 要员 要领 要旨 要诀 要地 要道 要塞 要案): :func:`ordinal_lead_end` keeps the ordinal then.
_YAO_NOUN_SECOND = frozenset("务义求素点害件紧么是闻职员领旨诀地道塞案務義點緊麼聞職員領訣")
#: Characters after an ordinal's 要 searched for a 的 that makes the clause a noun (``首先要做的是…``).
_YAO_NOMINAL_CHARS = 4


_QUOTE_OPEN = "“‘「『《"
_QUOTE_CLOSE = "”’」』》"
#: Brackets that :func:`shape` never cuts inside (full and half width).
_BRACKET_OPEN = "（(【["
_BRACKET_CLOSE = "）)】]"


def shape(text: str, start: int, end: int, max_chars: int) -> tuple[int, int]:
    """Trim ``[start, end)`` of punctuation and cut it to at most ``max_chars`` characters, at the last
    clause boundary inside the limit when there is one (never in the middle of a clause when avoidable, nor inside a
    quotation or a bracket: before one the limit would cut, when it opens after the first third of the limit)."""
    start, end = _trim(text, start, end)
    if end - start <= max_chars:
        return start, end
    limit = start + max_chars
    # never inside a quotation (按照“源头减排、管网排放 …”) nor a bracket (个人强保护（消毒、通风、口罩）措施: cut20): a cut
    # is only taken where every opened quote and bracket is closed
    depth, last_open, closed_at = 0, -1, []
    for i in range(start, limit):
        ch = text[i]
        if ch in _QUOTE_OPEN or ch in _BRACKET_OPEN:
            if depth == 0:
                last_open = i
            depth += 1
        elif (ch in _QUOTE_CLOSE or ch in _BRACKET_CLOSE) and depth:
            depth -= 1
        closed_at.append(depth == 0)
    cut = max((i for i in range(start + max_chars // 3, limit)
               if text[i] in _CLAUSE_END + _SENT_END and closed_at[i - start] and not is_token_colon(text, i)),
              default=-1)
    if cut > start:
        # (…问题频发，而村委会因非直接管理方 | ，难以介入维修: a last clause that opens a new statement whose predicate
        # the cut leaves out dangles; the cut moves to the boundary before it, when that keeps a third of the limit)
        before = max((i for i in range(start + max_chars // 3, cut)
                      if text[i] in _CLAUSE_END and closed_at[i - start] and not is_token_colon(text, i)), default=-1)
        if before > start and _dangling_clause(text[before + 1:cut], _states_any):
            cut = before
        return _trim(text, start, cut)
    if depth and last_open > start + max_chars // 3:
        return _trim(text, start, last_open)  # stop before the quotation that the limit would cut
    return _trim(text, start, limit)


#: Characters past a point's end that :func:`word_end` gives the tokenizer, so that it sees the word the cut is in.
WORD_END_CONTEXT_CHARS = 8


def word_end(text: str, start: int, end: int, max_chars: int, cut: WordCut | None) -> int:
    """The end of the point ``text[start:end]`` moved back to a word boundary when :func:`shape` cut it at the
    character limit inside a word (``…提升基层治理能`` -> ``…提升基层治理``): a point of exactly ``max_chars``
    characters whose next character is a Han character or a letter or digit is read with ``cut`` (the tokenizer's word
    cut, :meth:`summarizer.tokenize.Tokenizer.cut`) over ``text[start:end + WORD_END_CONTEXT_CHARS]``, and ends at the
    last word boundary at or before ``end``, when that keeps at least a third of ``max_chars``; else ``end``. Offsets
    are into ``text`` (the essay's cleaned text); ``cut=None`` returns ``end``. Cost: one cut of at most
    ``max_chars + WORD_END_CONTEXT_CHARS`` characters."""
    if cut is None or end - start != max_chars or end >= len(text) or not text[end].isalnum():
        return end
    boundaries = [start]  # word boundaries at or before ``end``
    at = start
    for word in cut(text[start:end + WORD_END_CONTEXT_CHARS]):
        at += len(word)
        if at > end:
            break
        boundaries.append(at)
    # (…频繁出现困难而且 | 信息化…: a joining word left at the end of the cut joins the point to words it no longer
    # holds; the point ends before it, fix37)
    while len(boundaries) >= 3 and text[boundaries[-2]:boundaries[-1]] in _DANGLING_END_WORDS:
        boundaries.pop()
    boundary = _noun_compound_start(text, start, boundaries[-1], end)
    if boundary != boundaries[-1]:
        while len(boundaries) >= 2 and boundaries[-1] > boundary:
            boundaries.pop()
        if boundaries[-1] != boundary:
            boundaries.append(boundary)
        while len(boundaries) >= 3 and text[boundaries[-2]:boundaries[-1]] in _DANGLING_END_WORDS:
            boundaries.pop()
        boundary = boundaries[-1]
    return boundary if boundary - start >= max_chars // 3 else end


#: Part-of-speech tags (jieba's) of the words a noun compound is made of (``专业`` ``技术`` ``人员``): nouns and verbal
#: nouns; a person's name (``nr``) is left out (jieba tags ``建立健全`` so).
_COMPOUND_TAGS = frozenset(("n", "nz", "ng", "nt", "nl", "ns", "vn"))


def _noun_compound_start(text: str, start: int, boundary: int, end: int) -> int:
    """``boundary`` (a word boundary of the point ``text[start:end]`` cut at the character limit, offsets into
    ``text``) moved back to the start of the noun compound it splits: while the word before it and the word after it
    are both nouns (:data:`_COMPOUND_TAGS`, :func:`summarizer.tokenize.word_tags` over the point's last characters
    and :data:`WORD_END_CONTEXT_CHARS` characters after it), the compound goes on across the cut (``…长效机制和专业 |
    技术人员培训体系``: ``专业`` alone is no object of its own), and the point ends before it (fix38). ``boundary``
    when the tagger's words do not meet it. One tagging of the bounded window."""
    window = max(start, end + WORD_END_CONTEXT_CHARS - WORD_TAGS_CHARS)  # (the tagger reads that many characters)
    tags = word_tags(text[window:end + WORD_END_CONTEXT_CHARS])
    ends = list(itertools.accumulate(len(w) for w, _t in tags))
    k = bisect.bisect_left(ends, boundary - window)
    if k >= len(ends) or ends[k] != boundary - window or k + 1 >= len(tags):
        return boundary
    # (tags[k] ends at the boundary, tags[k + 1] opens after it)
    while k >= 1 and tags[k][1] in _COMPOUND_TAGS and tags[k + 1][1] in _COMPOUND_TAGS:
        k -= 1
    return window + ends[k]


#: Words that join a clause to the words after it (conjunctions, verbs of consequence, particles): a point cut at
#: the character limit does not end with one (:func:`word_end`).
_DANGLING_END_WORDS = frozenset(("而且", "并且", "並且", "以及", "而", "并", "並", "且", "和", "与", "與", "及", "或",
                                 "或者", "跟", "同", "的", "地", "但", "但是", "导致", "導致", "使得", "造成", "致使",
                                 "从而", "從而", "进而", "進而", "同时", "同時", "对", "對", "在", "把", "将", "將",
                                 "为", "為", "由于", "由於", "因为", "因為", "以", "以便", "让", "讓"))


#: A sentence end (:data:`_SENT_END`) or a line break: where :func:`_first_sentence_end` stops.
_SENT_END_OR_BREAK = re.compile(f"[{re.escape(_SENT_END)}\n]")


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Offset of the first sentence end or line break in ``text[start:end]``, else ``end`` (one regex scan: the
    per-character loop it replaces cost a collection of short essays about 5 % of its time)."""
    m = _SENT_END_OR_BREAK.search(text, start, max(start, end))
    return m.start() if m else end


def item_point(structure: Structure, item, aspect: str, max_chars: int) -> tuple[int, int]:
    """The span of the point an enumerated item gives (see the module docstring).

    A titled item gives its heading; a run-in item (一是…) its first sentence, or, when that sentence is
    longer than ``max_chars``, the clauses of it that carry the aspect's cue (:func:`cue_window`). A
    heading shorter than :data:`MIN_POINT_CHARS` is completed with the first clause of its body when that
    clause carries the aspect's cue too (``网格员队伍。专职网格员数量不足``, ``经费保障。要建立稳定的经费保障机制``) and is its own: a
    clause that opens the body of several items (``要明确责任分工`` after each measure) says nothing of this one. A heading
    that is a whole sentence stating the aspect by itself (:func:`_whole_statement`: ``打通数据共享通道。``) is the
    point as it stands: the body after its full stop (``建议由市级层面统一制定数据标准…``) spells it out."""
    text = structure.text
    start, end = _trim(text, item.content_start, item.heading_end)
    if aspect == asp.RECOMMENDATION and not item.titled:
        cut = _carried_measure_end(structure, item, start, end)
        if cut is not None:
            return start, cut  # 二是政府改变大屋邨的做法，市区内外有众多的官地…: the measure, not the facts after it
    if end - start > max_chars and not item.titled:
        if aspect == asp.RECOMMENDATION and (_topic_clause(text, start, end) or _named_measure(text, start, end)):
            return shape(text, start, end, max_chars)  # 四是密切与代表的联系，要充分发挥…: the item opens with its measure
        return cue_window(text, start, end, aspect, max_chars)
    start, end = shape(text, start, end, max_chars)
    if end - start < MIN_POINT_CHARS and (item.titled or aspect != asp.CHALLENGE or text[end:end + 1] not in _SENT_END) \
            and not _whole_statement(text, start, end, aspect):
        # (a run-in problem's first sentence, 一是居民意见难统一。, is whole: the sentences after it give evidence)
        j, k = _opening_clause(text, end, item.end)
        body = text[j:k]
        cue = asp.challenge_strength(body) if aspect == asp.CHALLENGE else asp.modal_strength(body)
        # a clause that opens a list or announces one (要从两个方面入手：首先是…) is no part of the heading
        starts_list = any(j <= ch.start <= k for ch in item.children) or text[k:k + 1] in ("：", ":")
        if k > j and cue and not starts_list and k - start <= max_chars and text[end:j].strip(_TRIM) == "" \
                and _opening_clauses(structure)[body] < 2:
            end = k
        elif aspect == asp.RECOMMENDATION and end - start <= BARE_TOPIC_CHARS and not item.children \
                and not asp.cue_pattern("imperative").search(text, start, end):
            # (a run-in item, 其次是经费。, ends with its sentence: its body is the rest of the paragraph)
            stop = item.end if item.titled else text.find("\n", end, end + BODY_MEASURE_CHARS)
            measure = _body_measure_clause(text, end, stop if stop > 0 else min(len(text), end + BODY_MEASURE_CHARS))
            if measure is not None:
                return shape(text, measure[0], measure[1], max_chars)
    return start, end


#: Most characters of a measure item's heading that only names the topic its body treats (``其次是经费。``): such a
#: heading, with no verb of the ``imperative`` cue group in it (``经费保障`` names a measure), is no measure; the body's
#: first prescribing clause is (:func:`_body_measure_clause`).
BARE_TOPIC_CHARS = 3
#: Most characters of the body :func:`_body_measure_clause` reads after such a heading.
BODY_MEASURE_CHARS = 240


def _body_measure_clause(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` offsets in ``text`` of the first clause after ``pos`` (the end of a bare topic heading,
    :data:`BARE_TOPIC_CHARS`), within ``end`` and :data:`BODY_MEASURE_CHARS` characters, that opens with a modal
    (``modal`` cue group) and its action (:func:`summarizer.aspects.modal_strength`; a list of nouns, 设备配备、普及推广,
    opens with none: ``其次是经费。样样都需要不菲的资金。《通知》提出，要积极拓展资金来源
    渠道，…`` gives ``要积极拓展资金来源渠道``), or None: a body that states no measure (only the problem the topic
    has) leaves the heading as it is. One pass over at most :data:`BODY_MEASURE_CHARS` characters: linear."""
    stop = min(end, pos + BODY_MEASURE_CHARS)
    j = pos
    while j < stop:
        while j < stop and text[j] in _TRIM:
            j += 1
        k = j
        while k < stop and text[k] not in "，,；;：:。！？!?\n":
            k += 1
        if k >= stop:
            return None  # (a clause cut by the window is not read whole)
        clause = text[j:k]
        if clause.startswith(asp.lexicon().words("modal")) and asp.modal_strength(clause) \
                and not asp.challenge_strength(clause):
            return j, k
        j = k + 1
    return None


#: Most characters of the opening clause of a run-in measure item read as the measure it names (:func:`_topic_clause`).
TOPIC_CLAUSE_CHARS = 20


def _topic_clause(text: str, start: int, end: int) -> bool:
    """Whether the run-in measure item ``[start, end)`` opens with a short clause (at most :data:`TOPIC_CLAUSE_CHARS`
    characters) that prescribes after its subject (``各金融机构要主动承担相应的风险防控责任``: a subject, then a modal,
    :func:`summarizer.aspects._actor_modal_any`): it states no shortcoming, is no lead-in and no purpose or condition,
    so the item's point starts there, not at the first clause that opens with a modal or an imperative verb
    (:func:`cue_window`)."""
    m = _CLAUSE_SPLIT.search(text, start, end)
    if m is None:
        return False
    clause = text[start:m.start()].strip()
    return (0 < len(clause) <= TOPIC_CLAUSE_CHARS and not asp.challenge_strength(clause)
            and not clause.startswith(asp.lexicon().words("prose_opener")) and not asp.opens_condition(clause)
            and text[m.start()] not in "：:" and asp._actor_modal_any(clause))


def _named_measure(text: str, start: int, end: int) -> bool:
    """Whether the run-in measure item ``[start, end)`` opens with a short clause (at most
    :data:`TOPIC_CLAUSE_CHARS` characters) that names its measure without a modal (``密切与代表的联系``,
    ``织密基层防汛责任网``) and the clause after it spells the measure out with a modal (``要充分发挥…``, ``应…``): the
    name is the item's point, the modal clause its explanation. A clause that states a shortcoming or a modal itself,
    or opens a frame, a purpose or a condition (``resolve_frame`` and ``prose_opener`` cue groups: ``在资金方面``,
    ``关于调研视察活动``, :func:`summarizer.aspects.opens_condition`) names none. Reads two clauses."""
    m = _CLAUSE_SPLIT.search(text, start, end)
    if m is None or text[m.start()] not in "，,":
        return False
    clause = text[start:m.start()].strip()
    after = text[m.end():end].lstrip()
    lex = asp.lexicon()
    return (2 <= len(clause) <= TOPIC_CLAUSE_CHARS and after.startswith(lex.words("modal"))
            and not asp.modal_strength(clause) and not asp.strong_modal(clause) and not asp.challenge_strength(clause)
            and not clause.startswith(lex.words("prose_opener")) and not clause.startswith(lex.words("resolve_frame"))
            and not asp.opens_condition(clause))


def _whole_statement(text: str, start: int, end: int, aspect: str) -> bool:
    """Whether the heading ``[start, end)`` of ``text`` ends at a sentence end and states ``aspect`` by its own cue
    words (:func:`_states_aspect`: ``打通数据共享通道。``, an imperative sentence; ``护理人员短缺。``, a shortcoming; for a
    challenge also a negated predicate, :func:`ends_negated`: ``利益分配机制不顺。``; for a recommendation also an
    imperative opened by an adverb of :data:`HEADING_ADVERBS`, :func:`summarizer.aspects.starts_imperative`:
    ``持续优化营商环境。``): a whole point that
    :func:`item_point` does not complete with its body's first clause."""
    if text[end:end + 1] not in _SENT_END:
        return False
    heading = text[start:end]
    # (持续优化营商环境。: an adverb of :data:`HEADING_ADVERBS` before the imperative verb; try47)
    bare = heading.lstrip()
    bare = bare[len(next((w for w in HEADING_ADVERBS if bare.startswith(w)), "")):]
    return _states_aspect(heading, aspect) or (aspect == asp.CHALLENGE and ends_negated(heading)) or (
        aspect == asp.RECOMMENDATION and (verb_object_heading(heading) or (
            len(bare) < len(heading.lstrip()) and asp.starts_imperative(bare) and not asp.challenge_strength(heading))))


#: Adverbs of manner that open a work report's measure heading before its imperative verb (``持续优化营商环境。``,
#: ``扎实推进共同富裕。``): read past by :func:`_whole_statement` only (try47).
HEADING_ADVERBS = ("持续", "扎实", "稳步", "深入", "主动", "认真")


def verb_object_heading(heading: str) -> bool:
    """Whether ``heading`` (a measure item's heading, its text) is a verb and its object and nothing before the verb:
    its first word is tagged a verb (``v``, at least two characters, no ``stative_verb``: 是, 成为) and the next one a
    noun (tag ``n…``): ``弥合数字鸿沟``, ``夯实基层基础``, whatever the verb (no list of verbs). Such a heading states
    its measure whole (SOURCES.md: the heading alone when it states the measure; never two sentences glued), unlike a
    topic (``经费保障``, ``网格员队伍``: a noun first; jieba's ``vn`` nouns of action are not read as verbs). Constant
    work (the heading's first :data:`summarizer.tokenize.WORD_TAGS_CHARS` characters)."""
    words = word_tags(heading.strip(_TRIM)[:WORD_TAGS_CHARS])
    if len(words) < 2:
        return False
    (verb, tag), (_noun, ntag) = words[0], words[1]
    return (tag == "v" and len(verb) >= 2 and ntag.startswith("n")
            and verb not in asp.lexicon().words("stative_verb"))


#: Most Chinese characters of the predicate that a negation ends a heading with (不顺, 不联通, 留不住).
NEGATED_PREDICATE_CHARS = 2


def ends_negated(heading: str) -> bool:
    """Whether ``heading`` (punctuation at its ends ignored) ends in a negated predicate: a ``negation`` word of
    ``resources/cues.txt`` (不, 未, 没有) followed by at most :data:`NEGATED_PREDICATE_CHARS` Chinese characters
    that end it (``利益分配机制不顺``, ``信息系统互不联通``, ``基层人才留不住``): a sentence that says what is not so, a
    shortcoming stated whole when it heads a problem item. Reads only the heading's last few characters."""
    s = heading.strip(_TRIM)
    negations = tuple(asp.lexicon().words("negation"))
    for k in range(1, NEGATED_PREDICATE_CHARS + 1):
        if len(s) > k and all(is_cjk(ch) for ch in s[-k:]) and s[:-k].endswith(negations) and len(s) - k > 1:
            return True
    return False


#: Fewest lines of an unmarked line list inside a point's body (:func:`line_list`).
LINE_LIST_MIN = 3
#: Longest run-in label (``尊重农户意愿：…``) taken as a line's point, in characters.
LABEL_CHARS = 16


#: What 建议 (the only aspect cue of such a heading, at its start) proposes must be at least this long, in characters.
PROPOSAL_MIN_CHARS = 4
#: Most characters of a table cell that is a label (``助餐服务`` under ``问题类型``): a named column of such cells only
#: names kinds, and is not read by its column (:func:`_table_column_points`).
TABLE_LABEL_CELL_CHARS = 6
#: Fewest characters of a cell under a column its header names the aspect of (``问题 | 对策``) for the cell to be a
#: point: a three-character problem (``停车难``, ``就医难``) states it whole (fix42a).
TABLE_CELL_MIN_CHARS = 3
#: Fewest characters (punctuation trimmed) of any point: a shorter one is an item cut off by the end of the text
#: (``一是…。二是小``), never a statement (``缺钱``, ``断层`` have two).
POINT_MIN_CHARS = 2


def proposes(heading: str) -> bool:
    """Whether ``heading`` opens with the verb 建议 and goes on to what it proposes (``建议国家对项目进行分级管理``,
    ``建议压缩铝罐``): 建议 is then no section noun (``对策建议``, ``政策建议`` end with it) but a proposal."""
    h = heading.strip(_TRIM)
    cues = asp.heading_cues(h[:40])
    return (h.startswith("建议") and bool(cues) and all(end <= 2 for end, _ in cues)
            and len(h) >= 2 + PROPOSAL_MIN_CHARS)


#: Longest heading of a section (an item over a list of points) that may state a point itself, in characters.
SECTION_POINT_CHARS = 30


#: A finding quoted inside a heading (``在“落实主体责任不够有力”方面``): 4 to 60 characters between quotation marks.
_QUOTED_FINDING = re.compile(r"[“「]([^“”「」\n]{4,60})[”」]")


#: Fewest characters of the statement after a section's aspect label (``矛盾一：`` + at least this many).
LABELLED_STATEMENT_CHARS = 2


def labelled_statement(heading: str) -> int:
    """Offset in ``heading`` of the statement after a label that numbers an aspect (commentary: ``矛盾一：贫富恶化
    扶贫欠目标``, ``问题二：…``, ``建议三：…``; :func:`summarizer.aspects.run_in_label` naming a challenge or a
    recommendation), when that statement is at least :data:`LABELLED_STATEMENT_CHARS` characters and names no section
    itself; else 0. The label names the aspect, the text after it states the point."""
    found = asp.run_in_label(heading)
    if not found or found[1] not in (asp.CHALLENGE, asp.RECOMMENDATION):
        return 0
    rest = heading[found[0]:].strip(_TRIM)
    if len(rest) < LABELLED_STATEMENT_CHARS or len(rest) > SECTION_POINT_CHARS:
        return 0
    named = asp.heading_aspect(rest)
    if named and (named != found[1] or _names_part(rest)):
        return 0  # 矛盾一：主要问题 (a section's name; 安老服务不足 states the problem)
    return found[0]


def section_states_point(heading: str) -> bool:
    """Whether the heading of a section (over its list, or a leaf over its text) states a point of its own: a statement
    (``立足实际，因地施策``: two clauses; ``产业结构单一、持续性不强``: a shortcoming predicate; ``加强…``: an
    imperative opening) rather than the name of a part (``服务主体``, ``筹资机制``, ``主动健康的执行者与受益方``).
    A heading that names an aspect (``存在的问题``), also after a label and its colon (``事实描述：…政策的现况与挑战``),
    or is longer than :data:`SECTION_POINT_CHARS` (a heading glued to its body) states none. A ``conduct_fault`` word
    (``部门之间推诿``) states a problem as a shortcoming predicate does."""
    h = heading.strip(_TRIM)
    if labelled_statement(h):
        return True  # 矛盾一：贫富恶化，扶贫欠目标
    if _labelled_part(h):
        return False  # 事实描述：…政策的现况与挑战: a label over the name of a part (corpus21)
    if h and len(h) <= SECTION_POINT_CHARS and _predicated_cue_noun(h):
        return True  # 地下水超采问题没有得到减缓，反而愈演愈烈: the cue noun is the subject of what the heading states
    colon = max(h.rfind("："), h.rfind(":"))
    if 0 < colon and len(h) <= SECTION_POINT_CHARS and _quoted_kind(h[colon + 1:].strip(_TRIM)):
        return True  # 支付与财政：长照的「社福化」盲点: a dimension's label over the problem it names (part14fix21)
    if h and len(h) <= SECTION_POINT_CHARS and asked_problem(h):
        return True  # 针对人力凋敝，如何引人留人的问题: the problem named by the question it raises (lefts23a)
    if h and len(h) <= SECTION_POINT_CHARS and turned_problem_heading(h):
        return True  # 政府说要改革，却不敢碰最核心的问题: a charge, 问题 the object of its turn (lefts25)
    if not h or len(h) > SECTION_POINT_CHARS or asp.heading_aspect(h) and not proposes(h):
        return False
    if proposes(h):
        return True
    clauses = [c for c in re.split(r"[，,；;]", h) if c.strip()]
    # (部门之间推诿: a department's faulty conduct named, a problem with no deficiency word; k9192)
    return len(clauses) >= 2 or bool(asp.challenge_strength(h)) or asp.starts_imperative(h) or asp.has_cue(
        h, "conduct_fault")


#: Words that open the turned clause of a charge (``政府说要改革，却不敢碰最核心的问题``): what was said or done, then
#: what it fails to do (:func:`turned_problem_heading`).
_CHARGE_TURNS = ("却", "但却", "可是却", "然而却")


def turned_problem_heading(heading: str) -> bool:
    """Whether a section heading (characters) states a charge rather than naming a part: two clauses or more, a later
    one opening with a turn of :data:`_CHARGE_TURNS` (``却``) whose words state a shortcoming (a negation, a deficiency
    word: :func:`summarizer.aspects.challenge_strength`, :func:`summarizer.aspects.states_verdict`, or 不/未/没 before
    a verb: ``政府说体育班要转型，却不敢碰最核心的压迫问题``). A heading that names the problems
    (``存在的问题``) has no such turn. Linear in the heading."""
    clauses = [c.strip() for c in re.split(r"[，,；;]", heading) if c.strip()]
    for c in clauses[1:]:
        if c.startswith(_CHARGE_TURNS):
            rest = c[1:] if c.startswith("却") else c
            if asp.challenge_strength(rest) or asp.states_verdict(rest) or re.search(r"[不未没]", rest):
                return True
    return False


@lru_cache(maxsize=1)
def _asked_problem_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(asp.lexicon().words("how_question"), key=len, reverse=True))
    # (an optional 针对X， that names the situation, then the question and 的问题/难题 closing the heading)
    return re.compile(r"(?:针对[^，,；;。：:]{2,12}[，,]\s{0,2})?(?:" + words + r")(?![^，,；;。]{0,16}(?:这些|这个|这一|上述|以上|此类))"
                      r"[^，,；;。：:？?]{2,16}的(?:问题|难题)")


def asked_problem(heading: str) -> bool:
    """Whether ``heading`` (a heading, at most :data:`SECTION_POINT_CHARS` characters) names a problem by the question
    it raises: ``如何引人留人的问题``, ``针对设施短缺，如何补足基础设施短板的问题`` (an optional ``针对X，`` naming the
    situation, then a word of the ``how_question`` cue group, a verb phrase of 2-16 characters and 的问题 or
    的难题 ending the heading). Such a heading states a problem of its own, not the name of a section (``存在的问题``);
    a question that refers back (``如何应对上述的难题``, ``如何解决这些问题``: 这些, 上述 … in its verb phrase, or no
    的问题 after it) is none. One anchored match: linear in the heading (lefts23a)."""
    return _asked_problem_re().fullmatch(heading.strip(_TRIM)) is not None


#: Most characters of the label before a subhead's colon and of the verdict after it (:func:`label_verdict`).
LABEL_VERDICT_CHARS = 16


def label_verdict(heading: str) -> tuple[int, int] | None:
    """Offsets in ``heading`` (a bare subhead line, at most :data:`SECTION_POINT_CHARS` characters) of the verdict a
    commentary's subhead states after the label of an affair (``公交票价调整：定价机制的缺陷``, ``投诉处理：行政效率的挑战``):
    one colon between a label and a noun phrase ``X的Y`` of at most :data:`LABEL_VERDICT_CHARS` characters each, no
    clause break, the head Y a word of the ``verdict_head_noun`` cue group (a deficiency named as a noun: 缺陷, 疏漏,
    挑战, 离地) and the modifier X at least three characters that name what failed (not 存在/面临…, the
    ``announce_verb`` words of a section's name, ``当前面临的挑战``), with no coordination in the verdict (``现况与挑战``
    names a part: :func:`_labelled_part`). Else None. Linear in the heading (part15fix21)."""
    h = heading.rstrip()
    if len(h) > SECTION_POINT_CHARS:
        return None
    colons = [i for i, ch in enumerate(h) if ch in "：:"]
    if len(colons) != 1:
        return None
    k = colons[0]
    label, verdict = h[:k].strip(), h[k + 1:].strip()
    if not (2 <= len(label) <= LABEL_VERDICT_CHARS and 4 <= len(verdict) <= LABEL_VERDICT_CHARS):
        return None
    if _CLAUSE_SPLIT.search(label) or _CLAUSE_SPLIT.search(verdict) or any(
            w in verdict for w in ("与", "及", "和", "或", "暨")):
        return None
    d = verdict.rfind("的")
    if d < 3 or verdict[d + 1:] not in asp.lexicon().words("verdict_head_noun"):
        return None
    if asp.has_cue(verdict[:d], "announce_verb"):
        return None  # 当前面临的挑战: a section's name
    a = h.index(verdict, k + 1)
    return a, a + len(verdict)


def label_named_cause(heading: str) -> tuple[int, int] | None:
    """Offsets in ``heading`` (a bare subhead line, at most :data:`SECTION_POINT_CHARS` characters) of a label of
    failings that the text after its colon names as the cause of trouble (``制度失衡与监督缺位：乱象的根源``): one colon, a
    label of at most :data:`LABEL_VERDICT_CHARS` characters that states a shortcoming
    (:func:`summarizer.aspects.challenge_strength`), and after the colon a noun phrase ``X的Y`` with X ending in a
    ``verdict_head_noun`` word (乱象, 问题) and Y a ``cause_head_noun`` word (根源, 病根). The label is the challenge;
    ``原因分析：问题的根源`` (a label that states nothing) gives None. Linear in the heading (part15fix21)."""
    h = heading.rstrip()
    if len(h) > SECTION_POINT_CHARS:
        return None
    colons = [i for i, ch in enumerate(h) if ch in "：:"]
    if len(colons) != 1:
        return None
    k = colons[0]
    label, named = h[:k].strip(), h[k + 1:].strip()
    if not 2 <= len(label) <= LABEL_VERDICT_CHARS or _CLAUSE_SPLIT.search(label) or _CLAUSE_SPLIT.search(named):
        return None
    d = named.rfind("的")
    if d < 2 or named[d + 1:] not in asp.lexicon().words("cause_head_noun") or not named[:d].endswith(
            asp.lexicon().words("verdict_head_noun")):
        return None
    if not asp.challenge_strength(label):
        return None
    a = h.index(label)
    return a, a + len(label)


def _labelled_part(heading: str) -> bool:
    """Whether ``heading`` is a label, its colon and the name of a part that names an aspect (``事实描述：长照政策的现况
    与挑战``: :func:`summarizer.aspects.heading_aspect` and :func:`_names_part` of the text after the last colon): a
    section's name, no statement (corpus21). Linear."""
    colon = max(heading.rfind("："), heading.rfind(":"))
    rest = heading[colon + 1:].strip(_TRIM) if colon > 0 else ""
    return bool(rest) and bool(asp.heading_aspect(rest)) and _names_part(rest) and not _quoted_kind(rest)


def _quoted_kind(rest: str) -> bool:
    """Whether the last section cue noun of ``rest`` follows a quoted term right before it (``长照的「社福化」盲点``,
    ``“重建轻管”问题``): the quotation names which problem, so the words state a finding rather than name a part
    (``…的现况与挑战``; part14fix21). Linear in ``rest``."""
    pattern, _words = asp._section_pattern()
    last = None
    for last in pattern.finditer(rest):
        pass
    return last is not None and last.start() > 0 and rest[last.start() - 1] in "」”』\""


#: Words that open the rest of a heading after its cue noun as more of a name, not a predicate (问题及原因, 问题与对策,
#: 问题的表现); a word of study (问题分析, 问题研究: the ``analysis_tail`` cue group, as in
#: :func:`summarizer.aspects.study_label_core`) goes on naming as well (:func:`_name_goes_on`).
_NAME_GOES_ON = ("的", "及", "与", "和", "以及", "、")


@lru_cache(maxsize=1)
def _name_goes_on() -> tuple[str, ...]:
    """:data:`_NAME_GOES_ON` and the words of study (``analysis_tail`` cue group)."""
    return _NAME_GOES_ON + asp.lexicon().words("analysis_tail")


#: ``challenge_section`` words that are also shortfall predicates (``客源不足``, ``监管乏力``, ``机制失灵``): after a
#: subject noun they state the shortcoming; after a name's link (``存在的不足``, ``问题与不足``) they name a section.
_PREDICATE_SECTION_WORDS = ("不足", "不力", "乏力", "失灵", "滞后", "缺失")
#: Characters that, ending what stands before a :data:`_PREDICATE_SECTION_WORDS` word, make it a name's head noun
#: (``存在的不足``, ``问题与不足``, ``主要不足``, ``几点不足``, ``自身不足``) rather than a predicate.
_NAME_LINK_ENDS = tuple("的之与和及、在要些个种点方身项大") + ("主要", "存在", "明显", "突出")
#: Fewest Han characters of the subject before the predicate word (``客源``).
SHORTFALL_SUBJECT_CHARS = 2
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _subject_shortfall_head(heading: str, end: int) -> bool:
    """Whether ``heading`` (a section heading, characters) states a shortfall whose cue word, the last of
    :func:`summarizer.aspects.heading_cues` ending at offset ``end``, is a predicate of
    :data:`_PREDICATE_SECTION_WORDS` right after a subject of :data:`SHORTFALL_SUBJECT_CHARS` Han characters or more
    (after the list numbering) that does not end in a name's link (:data:`_NAME_LINK_ENDS`: 存在的不足, 问题与不足),
    and whose rest is empty or a coordinated second shortfall (与/和/及/、 then words that
    :func:`summarizer.aspects.challenge_strength` reads): ``一、客源不足与收支失衡``, ``资金投入不足``. A post's subhead
    written so states its problem; ``存在的不足`` names a section. Linear in the heading."""
    word = next((w for w in _PREDICATE_SECTION_WORDS if heading.endswith(w, 0, end)), None)
    if word is None:
        return False
    lead = asp._HEADING_NUMBERING.match(heading).end()
    subject = heading[lead:end - len(word)].strip()
    if (len(subject) < SHORTFALL_SUBJECT_CHARS or _HAN_RUN.fullmatch(subject) is None
            or subject.endswith(_NAME_LINK_ENDS)):
        return False
    tail = heading[end:].strip(_TRIM)
    if not tail:
        return True
    return tail[0] in "与和及、" and len(tail) > 2 and bool(asp.challenge_strength(tail[1:])) and \
        not tail[1:].startswith(_name_goes_on())


def _predicated_cue_noun(heading: str) -> bool:
    """Whether ``heading`` names a problem noun as the subject of a predicate that states the shortcoming (``地下水超采
    问题没有得到减缓，反而愈演愈烈``, ``资金缺口问题仍未解决``): the text after its last cue noun of the
    ``challenge_section`` group (:func:`summarizer.aspects.heading_cues`) is two characters or more, follows the noun
    with no clause break, the heading opens with no imperative verb (:func:`summarizer.aspects.starts_imperative`),
    and the tail does not go on naming (:func:`_name_goes_on`: 问题及对策, 问题的成因, 问题分析) and states a shortcoming
    or a verdict (:func:`summarizer.aspects.challenge_strength`, :func:`summarizer.aspects.states_verdict`,
    :func:`summarizer.aspects.prose_aspect`). A section's name (存在的问题, 问题与对策) states none. Linear in the
    heading (trialfix21b K5)."""
    cues = asp.heading_cues(heading)
    if not cues or any(aspect != asp.CHALLENGE for _, aspect in cues) or asp.starts_imperative(heading):
        return False  # (聚焦基层负担痛点，破除形式主义顽疾: a measure that names the problem it removes)
    if _subject_shortfall_head(heading, cues[-1][0]):
        return True  # 一、客源不足与收支失衡: 客源 is the subject of 不足, no section's name (Part 77's 4124, 4136)
    tail = heading[cues[-1][0]:]
    if len(tail.strip(_TRIM)) < 2 or tail.startswith(_name_goes_on()) or _CLAUSE_SPLIT.match(tail):
        return False
    return bool(asp.challenge_strength(tail)) or asp.states_verdict(tail) or asp.prose_aspect(tail) == asp.CHALLENGE


_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_SPLIT = CLAUSE_SPLIT  # chars.CLAUSE_SPLIT (a time 10:30, a drive, a URL split nothing)
#: :data:`_CLAUSE_SPLIT` without the enumeration comma 、: the terms of a list stay in one clause.
_LIST_CLAUSE_SPLIT = re.compile(CLAUSE_SPLIT.pattern.replace("、", "", 1))


#: A heading that ends in a short noun (at most four characters) after 的 (``影响工作积极性的消极因素``): the name of a part, not a statement.
_NAMED_HEAD = re.compile(r"的[^，,；;：:的]{1,4}$")


#: A numbered run-in label that opens a heading (``发现一：``, ``问题2：``, ``建议三：``): a word of at most four Han
#: characters, a numeral, a colon. Bounded.
_NUMBERED_RUN_IN = re.compile(r"[\u4e00-\u9fff]{1,4}?[一二三四五六七八九十0-9]{1,2}[ \t]?[：:][ \t]?")


#: Most characters of an outline's label (``核心问题``, ``问题成因``) read by :func:`extract_points` as a part's name.
OUTLINE_LABEL_CHARS = 12
#: An outline label: a short phrase with no clause mark (``强化A，制定B`` over sub-items is a measure's statement).
_OUTLINE_LABEL = re.compile(rf"[^，,；;。！？!?：:、]{{1,{OUTLINE_LABEL_CHARS}}}")


def _bare_label(text: str, item) -> bool:
    """Whether ``item`` is a titled label with no body of its own (nothing but white space between its heading's end
    and its first child or its end): a line of an outline or a table of contents (``2.2核心问题``). O(the gap)."""
    end = item.children[0].start if item.children else item.end
    return bool(item.titled) and not text[item.heading_end:end].strip()


def own_heading_aspect(heading: str) -> str | None:
    """The aspect an item's heading states by itself (:func:`summarizer.aspects.item_vote` of its first clause when
    it runs on past 30 characters: a shortcoming predicate, or an imperative opening), for an item that no section,
    lead-in or vote of its run gave an aspect: None for a heading that names a section (``…面临问题及新思路``), a
    lead-in (``…有以下建议：``), a question, a reviewer's comment or a reference-list entry (a year and a Latin
    period: ``张三.……学报,2016,37``); a challenge for a heading that quotes a finding stating a shortcoming
    (:data:`_QUOTED_FINDING`: ``在“监督作用发挥不足”方面``). A numbered run-in label (:data:`_NUMBERED_RUN_IN`:
    ``发现一：``, ``建议三：``) is read past: its words state the aspect (kinds29)."""
    h = heading.strip(_TRIM + "“”\"'「」")
    if not h or heading.rstrip().endswith(("：", ":", "？", "?")) or asp.is_commentary(h) or _labelled_part(h):
        return None
    numbered = _NUMBERED_RUN_IN.match(h)
    if numbered and numbered.end() < len(h):
        h = h[numbered.end():]  # (发现一：A有限，B存在差异: the numbered label names the item; its words state it, kinds29)
    if _YEAR.search(h) and re.search(r"[.．]", h):
        return None
    quoted = _QUOTED_FINDING.search(heading)
    if quoted and asp.challenge_strength(quoted.group(1)):
        # a rectification report's heading that quotes the inspectors' finding (在“贯彻落实…不够有力”方面): the
        # finding is a shortcoming however its words open (贯彻 reads as a measure's verb)
        return asp.CHALLENGE
    head = _CLAUSE_SPLIT.split(h, 1)[0] if len(h) > 30 else h
    if proposes(head):
        return asp.RECOMMENDATION  # 建议新开发土地
    vote = asp.item_vote(head)
    named = asp.heading_aspect(h)  # (read once: the test below and the section test after the vote both need it)
    if vote is None and not named and not _NAMED_HEAD.search(head) and "是否" not in head:
        # a subhead written as a sentence of commentary (政府应带头支付…, 回归后营生环境一直受损): read as prose is read
        # (not a name that ends in a noun after 的, 影响积极性的消极因素, nor an embedded question, 是否应当…)
        vote = asp.prose_aspect(head)
    if vote not in (asp.CHALLENGE, asp.RECOMMENDATION):
        return None
    # a cue noun that ends a subject-predicate statement (公共空间严重不足) states the point; one in a noun phrase
    # (存在的问题与不足, 主要问题, 面临问题及新思路) names a section
    if named and (named != vote or _names_part(h)):
        return None  # (a statement ends with its predicate: 低风险人群 names a group)
    return vote


#: Fewest characters of body under a :func:`problem_subtitle` line (a subhead over a paragraph, not a bare label).
PROBLEM_SUBTITLE_BODY_CHARS = 10
#: Most characters of a heading that :func:`labels_its_list` reads as a label (a word and a part noun).
PART_LABEL_CHARS = 4


#: Modal words that open a short label as a measure of its own (``要抓重点``: a measure, no part's name).
_LABEL_MODALS = ("要", "应", "須", "须", "需", "必须")


def part_label_point(text: str, start: int, end: int) -> bool:
    """Whether the point ``text[start:end]`` (offsets into ``text``, the essay's cleaned text, any script: read in
    its Simplified view) only names a part of a document: at most :data:`PART_LABEL_CHARS` characters once trimmed,
    no clause mark inside, ending with a ``part_noun`` or ``part_label_noun`` cue word (``总体要求``, ``指导思想``,
    ``组织架构``, ``考核方式``), not opened by a modal (:data:`_LABEL_MODALS`: ``要抓重点`` is a measure) and stating no
    aspect by its own words (:func:`own_heading_aspect`). As :func:`labels_its_list` reads such a heading over its
    list, a label alone, with prose or nothing under it, states no point either (prec42: a syllabus's ``考核方式``,
    a plan's ``总体要求``). Reads at most ``4 * PART_LABEL_CHARS`` characters: bounded."""
    if end - start > 4 * PART_LABEL_CHARS:
        return False
    label = simplified_view(text[start:end]).strip(_TRIM)
    if not 2 <= len(label) <= PART_LABEL_CHARS or _CLAUSE_SPLIT.search(label) or label.startswith(_LABEL_MODALS):
        return False
    lex = asp.lexicon()
    if not label.endswith(tuple(lex.words("part_noun")) + tuple(lex.words("part_label_noun"))):
        return False
    return own_heading_aspect(label) is None


#: Most characters of a bare noun item of an inline enumeration (:func:`inline_noun_item`: ``一是电梯，``).
INLINE_NOUN_CHARS = 6


def topic_over_own_label(structure: Structure, item, aspect: str) -> bool:
    """Whether ``item``'s heading only names the topic of a problem that the line under it states after a field
    label of the same aspect (``1. 住房问题`` ⏎ ``问题：房价持续上涨，许多居民…`` ⏎ ``解答：…``, a Q&A explainer's or a
    report's labelled fields): ``aspect`` is CHALLENGE, the item is titled, its heading (trimmed) ends with a
    ``problem_topic_noun`` cue word (问题, 难题, 矛盾 …: a noun phrase; 不足 and 困难 may be predicates) and its body
    opens with a challenge label (:func:`summarizer.aspects.body_field_label_aspect`). The labelled line is the point
    (:func:`_label_led_entries`), the heading none (p28p). A heading that states the problem (``资源分配不均`` ⏎
    ``- 挑战描述：…``) and one over a label of the other aspect (``设备老化`` ⏎ ``整改措施：…``) stay points. Constant work
    beyond the heading."""
    if aspect != asp.CHALLENGE or not item.titled:
        return False
    head = structure.heading(item).strip(_TRIM)
    return (head.endswith(asp.lexicon().words("problem_topic_noun"))
            and asp.body_field_label_aspect(structure.text, item) == asp.CHALLENGE)


def inline_noun_item(structure: Structure, item) -> bool:
    """Whether ``item`` (a run-in item of a :class:`summarizer.structure.Structure`) belongs to an enumeration of bare
    nouns inside one sentence (``感觉最急需的一是电梯，二是停车位，结果这两个都没改…``): it is untitled and it, or the item
    of its run right before it, has a first clause of at most :data:`INLINE_NOUN_CHARS` characters that ends at a
    comma, and no sentence end lies between them. Such an item's heading runs on into the rest of the sentence, which
    states the point of the whole sentence, not of the item (trialfix21b K3). Constant work per item."""
    if item.titled or item.parent is None and item.run < 0:
        return False
    text = structure.text
    siblings = item.parent.children if item.parent is not None else [
        it for it in structure.items if it.parent is None and it.run == item.run]
    k = next((i for i, it in enumerate(siblings) if it is item), -1)
    if k <= 0:
        return False
    prev = siblings[k - 1]
    between = text[prev.content_start:item.start]
    if any(ch in between for ch in "。！？!?；;\n"):
        return False
    first = _CLAUSE_SPLIT.split(between.strip(), 1)[0]
    return 0 < len(first) <= INLINE_NOUN_CHARS and between.rstrip().endswith(("，", ",", "、"))


def labels_its_list(heading: str, item) -> bool:
    """Whether ``heading``, the heading of ``item`` (a :class:`summarizer.structure.Item`), only labels the list of
    sub-items under it: the item has sub-items, and the heading is at most :data:`PART_LABEL_CHARS` characters that
    end with a ``part_noun`` cue word (``整治重点``, ``工作要求``, ``实施步骤``): the word before the noun modifies it,
    and a heading alone states no point when items follow (its items are the points)."""
    h = heading.strip(_TRIM)
    return bool(item.children) and len(h) <= PART_LABEL_CHARS and h.endswith(asp.lexicon().words("part_noun"))


#: Most characters of a short titled item's heading that a measure sibling's form decides (:func:`parallel_measure_item`).
PARALLEL_HEADING_CHARS = 10


def parallel_measure_item(structure: Structure, item, votes_of: dict | None = None) -> bool:
    """Whether ``item`` (a titled :class:`summarizer.structure.Item`) whose heading states no aspect by itself is a
    measure by the form of its siblings: its parent only labels its list (:func:`labels_its_list`: ``一、整治重点``,
    ``二、主要任务``), its heading is one phrase of at most :data:`PARALLEL_HEADING_CHARS` characters (no punctuation
    inside), and of the titled siblings of its run at least one heading states a measure (:func:`own_heading_aspect`:
    ``整治占道经营``) and none a problem; a notice's parts list measures in one form (``清理乱堆乱放``, ``治理污水横流``
    open with verbs the vocabulary need not hold). A list of bare targets (``占道经营``, ``垃圾清运``) has no measure
    sibling and stays out. ``votes_of`` (a dict the caller keeps over one structure) holds each run's votes once, so
    that reading every item of a run stays linear in the number of items."""
    parent = item.parent
    if parent is None or not labels_its_list(structure.heading(parent), parent):
        return False
    h = structure.heading(item).strip(_TRIM)
    if not 2 < len(h) <= PARALLEL_HEADING_CHARS or _CLAUSE_SPLIT.search(h) or any(ch in _SENT_END for ch in h):
        return False
    key = (id(parent), item.run)
    votes = (votes_of or {}).get(key)
    if votes is None:
        votes = {own_heading_aspect(structure.heading(sib)) for sib in parent.children
                 if sib.run == item.run and sib.titled}
        if votes_of is not None:
            votes_of[key] = votes
    return asp.RECOMMENDATION in votes and asp.CHALLENGE not in votes


#: Most and fewest characters of a bare subheading line that states a measure (:func:`_measure_subheading`).
SUBHEADING_CHARS = 24
MIN_SUBHEADING_CHARS = 8
_QUOTE_OPENERS = tuple("“「『\"'")
#: Characters that cannot end a heading: a line that ends with one was broken mid-phrase.
_OPEN_ENDINGS = tuple("之的和与及或在对把将为被从向")


def _measure_subheading(structure: Structure, item) -> bool:
    """Whether ``item``, a bare line (family ``line``: no list marker) over a body of its own, is a column's
    subheading that states a measure or a problem by itself (``积极解决本地医疗人手不足`` between two paragraphs of
    commentary; ``…的本质——中央设计，地方买单的治理错位`` after an analysis's opening, part14fix21): from
    :data:`MIN_SUBHEADING_CHARS` to :data:`SUBHEADING_CHARS` characters, no sentence end inside it, not quoted, not
    ending mid-phrase (:data:`_OPEN_ENDINGS`), right after a paragraph that ends a sentence and is no exam prompt
    (``exam_prompt`` cue group, 字数: a 申论 essay's title follows its prompt), and its heading opens with an imperative
    verb (:func:`own_heading_aspect` reads it as a recommendation) or states a shortcoming (it reads it as a
    challenge). Other bare lines (a title, a narrated line, a heading that names a topic) stay outside the points, as
    before."""
    if not item.titled:
        return False
    h = structure.heading(item).strip(_TRIM)
    if not MIN_SUBHEADING_CHARS <= len(h) <= SUBHEADING_CHARS or any(ch in _SENT_END for ch in h):
        return False
    if h.startswith(_QUOTE_OPENERS):
        return False  # (### “鼓励生育，不是惩罚…”: a quoted slogan, someone's words)
    if h.endswith(_OPEN_ENDINGS):
        return False  # (建立青年科研人员与资深科研人员之: a line a PDF broke mid-phrase)
    # (right after a paragraph that ends a sentence, and not after an exam's prompt: no title, table cell or page
    # furniture)
    before = structure.text[max(0, item.start - SUBHEADING_CHARS * 4):item.start].rstrip()
    last = before[before.rfind("\n") + 1:]
    return (before.endswith(tuple("。！？!?")) and not (asp.has_cue(last, "exam_prompt") or "字数" in last)
            and own_heading_aspect(h) in (asp.RECOMMENDATION, asp.CHALLENGE))


def _names_part(h: str) -> bool:
    """Whether a heading ``h`` that holds a section cue (:func:`summarizer.aspects.heading_aspect`) uses it in a
    noun phrase that names a part (``存在的问题与不足``, ``主要问题``, ``面临问题及新思路``) rather than as the predicate
    that ends a subject-predicate statement (``公共空间严重不足``)."""
    if len(h) <= 4 or any(w in h for w in ("的", "与", "及", "和", "、")):
        return True
    cues = asp.heading_cues(h[:40])
    return not cues or cues[-1][0] != len(h)  # (no cue noun: a section named otherwise, 实施（Do）: fix42b)


#: A bibliographic reference: ``期刊,2015,37(2):46-50`` / ``学报,2015,(9):46-50`` (year, volume or issue in brackets),
#: or ``…,2007:79-81`` (year and page range).
_REFERENCE = re.compile(r"(?:19|20)\d\d\s*[,，]\s*\d*\s*[(（]\s*\d+\s*[)）]|(?:19|20)\d\d\s*[,，:：]\s*\d+\s*[-–—]\s*\d+")
#: Characters of a point's line read by :func:`is_reference` (a reference entry is one short line).
REFERENCE_SPAN = 240


def is_reference(text: str, start: int) -> bool:
    """Whether the line of ``text`` that holds ``start`` (from ``start``, at most :data:`REFERENCE_SPAN` characters) is
    an entry of a reference list (``张三,李四.……问题探析.农村经济,2015,(9):46-50.``): a citation's year, volume and
    pages. Such an entry names a problem in its title but states nothing of the essay's own."""
    end = text.find("\n", start, start + REFERENCE_SPAN)
    return _REFERENCE.search(text, start, end if end != -1 else min(len(text), start + REFERENCE_SPAN)) is not None


def line_list(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Points of an unmarked list that opens the body ``[start, end)`` of a titled point: at least
    :data:`LINE_LIST_MIN` consecutive lines, each one short sentence (no sentence end before its last
    character, at most ``max_chars`` characters, or a run-in label of at most :data:`LABEL_CHARS` characters
    before a colon). Each line gives one point: its label when it has one (``尊重农户意愿：政策变更需……``),
    else the line, shaped to ``max_chars``. A body written as paragraphs (a line of several sentences first)
    gives none. Offsets are in ``text``; one pass over the body (linear)."""
    spans: list[tuple[int, int]] = []
    for a, b, _stop in _body_lines(text, start, end):  # (blank lines skipped)
        line = text[a:b]
        colon = next((i for i, ch in enumerate(line) if ch in "：:"), -1)
        if 2 <= colon <= LABEL_CHARS and not any(ch in _SENT_END for ch in line[:colon]):
            spans.append(_trim(text, a, a + colon))
            continue
        if len(line) > max_chars or any(ch in _SENT_END for ch in line):
            break  # a paragraph: the list (if any) ended
        spans.append((a, b))
    return spans if len(spans) >= LINE_LIST_MIN else []


def semicolon_parts(structure: Structure, item, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """Points of a run-in item whose whole text is one sentence of ``；``-separated parts (``①创新发展：龙头城市带动能力
    有待增强；部分城市创新能力不足，路径依赖严重；``): at least two parts that each state ``aspect`` by their own cue
    words give one point each (:func:`prose_parts`); ``[]`` for an item of several sentences (a point and its
    explanation) or one whose parts do not each state the aspect. Offsets are in the structure's text; linear in the
    item."""
    text = structure.text
    if any(ch.run >= 0 for ch in item.children):
        return []
    a, b = _trim(text, item.content_start, item.end)
    if b <= a or any(ch in _SENT_END or ch == "\n" for ch in text[a:b]):
        return []
    depth, parts, colons = 0, 0, []
    for i in range(a, b):
        ch = text[i]
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE and depth:
            depth -= 1
        elif ch in _PART_END:
            if depth:
                return []  # the parts of a quotation (“…；…”): reported speech, not the author's list
            parts += 1
        elif ch in "：:" and not depth and not is_token_colon(text, i):  # (not 10:30, C:\\, http://)
            colons.append(i)
    if parts < 1 or len(colons) > 1:
        return []
    if colons:
        colon = colons[0]
        if colon - a > LABEL_CHARS or _CLAUSE_SPLIT.search(text[a:colon]):
            return []  # a statement before the colon (缺乏细化的办法，影响了效率：由于…；…): the parts explain it
        a = colon + 1  # past the item's label (教育：): the parts are the points
    spans = prose_parts(text, a, b, aspect, max_chars)
    return spans if len(spans) >= 2 else []


def _states_aspect(sentence: str, aspect: str) -> bool:
    """Whether ``sentence`` carries the cue of ``aspect`` by itself: a shortcoming predicate
    (:func:`summarizer.aspects.challenge_strength`) for a challenge, a measure (:func:`_states_measure`: a modal or
    imperative opening, or a strong modal after its subject) with no shortcoming for a recommendation."""
    if aspect == asp.CHALLENGE:
        return bool(asp.challenge_strength(sentence))
    return _states_measure(sentence) and not asp.challenge_strength(sentence)


def _body_lines(text: str, start: int, end: int):
    """The non-blank lines of ``text[start:end]``: ``(a, b, stop)`` per line, ``[a, b)`` the line trimmed
    (:func:`_trim`) and ``stop`` its line end (a ``"\\n"`` or ``end``). One pass (linear)."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = _trim(text, pos, stop)
        pos = stop + 1
        if b > a:
            yield a, b, stop


def paragraph_list(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """Points of a body ``[start, end)`` written as a list of one-sentence paragraphs: at least
    :data:`LINE_LIST_MIN` non-blank lines, each a single sentence (its only sentence end is its last character), and
    more than half of them stating ``aspect`` by their own cue words (:func:`_states_aspect`). Each line gives one
    point, cut to its cue clauses (:func:`cue_window`). A body with a line of several sentences (paragraphs of
    argument and evidence) gives none. Offsets are in ``text``; one pass over the body (linear)."""
    lines: list[tuple[int, int]] = []
    for a, b, _stop in _body_lines(text, start, end):
        if any(ch in _SENT_END for ch in text[a:b]):
            return []  # a line of several sentences (the trimmed line keeps no end of its own)
        lines.append((a, b))
    if len(lines) < LINE_LIST_MIN or sum(_states_aspect(text[a:b], aspect) for a, b in lines) * 2 <= len(lines):
        return []
    spans = [cue_window(text, a, b, aspect, max_chars) for a, b in lines]
    return [(a, b) for a, b in spans if b > a]


def labelled_lines(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[str, int, int]]:
    """Points of the other aspect in a point's body ``[start, end)`` that a run-in label opens a line with
    (:func:`summarizer.aspects.run_in_label`): a rectification report states each problem with its measure under
    it (``1.设备老化。…… ⏎ 整改措施：分两年更新设备…``). ``(aspect, a, b)`` per line whose label names the aspect other
    than ``aspect``: ``[a, b)`` the line's first sentence after the label, cut to ``max_chars`` (:func:`shape`).
    Offsets are in ``text``; one pass over the body (linear)."""
    out: list[tuple[str, int, int]] = []
    for a, b, _stop in _body_lines(text, start, end):
        label = asp.run_in_label(text[a:min(b, a + 2 * asp.ASPECT_LABEL_CHARS)])
        if label is None or label[1] not in (asp.CHALLENGE, asp.RECOMMENDATION) or label[1] == aspect:
            continue
        pa, pb = shape(text, a + label[0], _first_sentence_end(text, a + label[0], b), max_chars)
        if pb > pa:
            out.append((label[1], pa, pb))
    return out


def label_body_statement(text: str, item, point: tuple[int, int], aspect: str, max_chars: int) -> tuple[int, int] | None:
    """The statement of a marked point item whose heading line is a short label (``1. 劳动关系模糊 ⏎ 外卖员与平台之间…，
    部分平台通过劳务派遣…规避…``; ``2. 优化工作制度 ⏎ 平台应优化工作制度，合理安排…``): the body's first sentence, cut
    to its cue clauses (:func:`cue_window`), when it states ``aspect`` by its own words: a shortcoming predicate for a
    challenge (:func:`_states_aspect`), a strong modal after its actor for a recommendation
    (:func:`summarizer.aspects.strong_modal`: ``政府应…``, not a bare imperative ``提高待遇…`` that only spells the
    label out). The label names the point, the sentence says it: two points.

    ``None`` when the heading's point ``point`` has :data:`MIN_POINT_CHARS` characters or more (a statement already)
    or reaches into the body (:func:`item_point` completed a short heading with the body's first clause); for an
    unmarked heading line (family ``line``: its body gives evidence, Part 13), a question heading (its body answers
    it: the heading is the point) or a heading that runs on into its body
    on the same line (``(二)加强管理。延长开放时间…``); when the item has sub-items (they are its points), or its body
    is empty, opens with a run-in label, or its first sentence announces a list (a colon) or states nothing. ``point``, the returned span and ``text`` share one
    coordinate system (the essay's cleaned text); reads only the body's first sentence (linear)."""
    a, b = point
    if item.family == "line" or item.children or b - a >= MIN_POINT_CHARS or b > item.heading_end:
        return None
    sa, stop = _trim(text, item.heading_end, item.end)
    if stop <= sa or "\n" not in text[b:sa] or "？" in text[b:sa] or "?" in text[b:sa]:
        return None
    se = _first_sentence_end(text, sa, stop)
    sentence = text[sa:se]
    if se <= sa or "：" in sentence or ":" in sentence or asp.run_in_label(sentence[:2 * asp.ASPECT_LABEL_CHARS]):
        return None
    if not (asp.challenge_strength(sentence) if aspect == asp.CHALLENGE
            else asp.strong_modal(sentence) and _states_aspect(sentence, aspect)):
        return None
    ca, cb = cue_window(text, sa, se, aspect, max_chars)
    return (ca, cb) if cb > ca else None


#: Most body sentences after the first that :func:`label_body_problems` reads.
LABEL_BODY_SENTENCES = 8


def label_body_problems(text: str, item, point: tuple[int, int], max_chars: int, *,
                        any_problem: bool = True) -> list[tuple[int, int]]:
    """The problems that the later sentences of a marked challenge item's body state (issue 8, Part 62: a causes
    section's ``2. 考核方式单一 ⏎ 目前，实习考核大多只看实习报告。这种考核方式容易导致学生只顾写报告，而忽视了实际操作能力。
    部分学生为了交差，不惜编造实习经历，严重影响了实习风气。``): after the body's first sentence (which
    :func:`label_body_statement` reads), each of at most :data:`LABEL_BODY_SENTENCES` sentences that the strict prose
    reading takes as a challenge (:func:`summarizer.aspects.prose_aspect`), cut to its cue clauses (:func:`cue_window`).
    The label names the cause, those sentences state what it does: points of their own. With ``any_problem`` false
    (the item under no causes heading, :func:`_under_causes`) only a sentence that names a harm done
    (a word of the ``harm_done`` cue group: ``…源头治理不到位，导致信访问题反复出现``): under a problems heading the gold mostly takes the
    label alone for the rest of its body. The same guards as
    :func:`label_body_statement` (a short marked label on its own line, no sub-items, no question); ``[]`` otherwise.
    Offsets are in ``text`` (the essay's cleaned text); reads a bounded number of sentences (linear)."""
    a, b = point
    if item.family == "line" or item.children or b - a >= MIN_POINT_CHARS or b > item.heading_end:
        return []
    sa, stop = _trim(text, item.heading_end, item.end)
    if stop <= sa or "\n" not in text[b:sa] or "？" in text[b:sa] or "?" in text[b:sa]:
        return []
    return _body_problem_spans(text, _first_sentence_end(text, sa, stop) + 1, stop, max_chars,
                               lambda sentence: any_problem or asp.has_cue(sentence, "harm_done"))


#: Fewest ``；``-separated parts of the body sentence that :func:`semicolon_body_problems` reads as a list of faults.
SEMICOLON_BODY_PARTS = 3


def semicolon_body_problems(text: str, item, point: tuple[int, int], max_chars: int) -> list[tuple[int, int]]:
    """The faults that the body of a short problem label lists in one sentence of ``；``-separated parts (issue 8,
    Part 63: a work summary's ``二是组织生活不实。支部活动时间常被业务工作挤占，存在被动应付现象；以业务会议代替支部会议；
    制度落实不到位，流于形式。``): the label names the fault, each part states one instance of it. When that sentence
    is the item's whole body (on the label's line or the next), has at least :data:`SEMICOLON_BODY_PARTS` parts and no
    colon (a lead-in), and at least half of its parts state a shortcoming by their own cue words
    (:func:`summarizer.aspects.challenge_strength`), each part is a point (shaped to ``max_chars``, :func:`shape`).
    ``[]`` otherwise: for an item with sub-items, a point ``point`` of :data:`MIN_POINT_CHARS` characters or more (a
    statement, not a label), one that stops inside its sentence (no full stop or line break after it), or a body of
    more sentences (parts that set out a practice or views the body then sums up). Offsets are in ``text`` (the
    essay's cleaned text); reads the item's body once (linear)."""
    a, b = point
    if item.children or b - a >= MIN_POINT_CHARS:
        return []
    pos = b
    while pos < item.end and text[pos] in _TRIM:
        pos += 1
    if not any(ch in _SENT_END or ch == "\n" for ch in text[b:pos]):
        return []  # the point stops inside its sentence (a cut statement, or 标签，…): no label of its own
    sa, stop = _trim(text, pos, item.end)
    if stop <= sa:
        return []
    se = _first_sentence_end(text, sa, stop)
    rest_a, rest_b = _trim(text, se, stop)
    if rest_b > rest_a:
        return []  # (more sentences follow: the parts set out a practice or views that the body then sums up)
    sentence = text[sa:se]
    if len(_PART_RE.findall(sentence)) + 1 < SEMICOLON_BODY_PARTS or _first_colon(text, sa, se) >= 0:
        return []
    bounds = [sa] + [m.end() for m in _PART_RE.finditer(text, sa, se)] + [se]
    parts = [(x, y) for p, q in zip(bounds, bounds[1:]) for x, y in (_trim(text, p, q),) if y > x]
    if len(parts) < SEMICOLON_BODY_PARTS or 2 * sum(
            asp.challenge_strength(text[x:y]) > 0 for x, y in parts) < len(parts):
        return []
    return [span for x, y in parts for span in (shape(text, x, y, max_chars),) if span[1] > span[0]]


def _body_problem_spans(text: str, pos: int, stop: int, max_chars: int,
                        accept=lambda sentence: True) -> list[tuple[int, int]]:
    """The challenge spans of the at most :data:`LABEL_BODY_SENTENCES` sentences of ``text[pos:stop]``: each sentence
    with no colon (a lead-in) that ``accept`` admits and the strict prose reading takes as a challenge
    (:func:`summarizer.aspects.prose_aspect`), cut to its cue clauses (:func:`cue_window`). Shared by
    :func:`label_body_problems` and :func:`run_in_body_problems`; offsets in ``text``; bounded (linear)."""
    spans: list[tuple[int, int]] = []
    for _ in range(LABEL_BODY_SENTENCES):
        while pos < stop and text[pos] in _TRIM:
            pos += 1
        if pos >= stop:
            break
        se = _first_sentence_end(text, pos, stop)
        sentence = text[pos:se]
        if (sentence and "：" not in sentence and ":" not in sentence and accept(sentence)
                and asp.prose_aspect(sentence) == asp.CHALLENGE):
            ca, cb = cue_window(text, pos, se, asp.CHALLENGE, max_chars)
            if cb > ca:
                spans.append((ca, cb))
        pos = se + 1
    return spans


def run_in_body_problems(text: str, item, point: tuple[int, int], max_chars: int) -> list[tuple[int, int]]:
    """The problems that the later sentences of a run-in challenge paragraph opened by a sequence word state
    (``首先，核心技术的突破仍然是制约产业发展的关键因素之一。尽管…取得了显著进步，但动力电池的…等问题仍未完全解决。目前主流的
    锂离子电池在低温环境下性能下降明显，…。``; Part 60's 3080): after the sentence that holds the item's point
    ``point`` (its topic sentence), each of at most :data:`LABEL_BODY_SENTENCES` sentences that the strict prose
    reading takes as a challenge (:func:`summarizer.aspects.prose_aspect`), with no colon (a lead-in), cut to its cue
    clauses (:func:`cue_window`). The topic sentence sums the paragraph up; the sentences after it state the
    problems themselves, each a point of the essay's gold. The caller reads it for a ``首先/其次`` paragraph (family
    ``seq``) only: a ``一是/第一`` paragraph opened by a short label keeps the label alone, as the seed's dev gold does.
    Offsets are in ``text`` (the essay's cleaned text); reads a bounded number of sentences (linear)."""
    a, b = point
    stop = item.end
    pos = _first_sentence_end(text, a, stop) + 1
    if pos < b:
        return []
    return _body_problem_spans(text, pos, stop, max_chars)


def run_in_heading_body_problems(text: str, item, point: tuple[int, int], max_chars: int) -> list[tuple[int, int]]:
    """The shortfalls that the body of a marked challenge heading run on into its body on the same line states, when
    the heading names its shortfall only as work still to do (``pending_heading`` cue group: 有待, 仍需, 不够到位 …)
    (Part 89's assessment reports: ``(二)应急物资储备有待进一步充实。通过检查发现，个别社区未配备…，存在台账不全…等问题。``):
    the heading names the shortfall in general (the region's aspect), each later sentence of the body that the strict
    prose reading takes as a challenge (:func:`summarizer.aspects.prose_aspect`), or the reading of a sentence inside a
    region when it opens with a part of a group that falls short (:func:`_names_failing_part`: 个别镇…, 部分企业…), and
    that names who or what falls short by its own shortcoming words (:func:`summarizer.aspects.challenge_strength`) is a point of its own, cut to its cue clauses
    (:func:`cue_window`); a sentence's ``；``-separated parts are read one by one (each states one shortfall), at
    most twice :data:`LABEL_BODY_SENTENCES` parts. ``[]`` for an unmarked line
    (family ``line``), an item with sub-items, a heading point ``point`` that reaches into the body, a heading on a line of its own (:func:`label_body_problems` reads that), or a
    question heading. Offsets are in ``text`` (the essay's cleaned text); reads a bounded number of sentences
    (linear)."""
    a, b = point
    if item.family == "line" or item.children or not item.titled or b > item.heading_end:
        return []
    if not asp.has_cue(text[a:b], "pending_heading"):
        # (二)管理力量不足。物业缺位的小区无人管理停车秩序…: a heading that states its shortfall itself is the point,
        # its body the support (the gold rules' heading-alone reading); only a heading that names the shortfall as work
        # still to do (有待加强, 仍需深化) leaves the concrete shortfalls to its body
        return []
    sa, stop = _trim(text, item.heading_end, item.end)
    gap = text[b:sa]
    if stop <= sa or "\n" in gap or "？" in gap or "?" in gap or not any(ch in _SENT_END for ch in gap):
        return []
    spans: list[tuple[int, int]] = []
    pos = sa
    for _ in range(2 * LABEL_BODY_SENTENCES):
        while pos < stop and text[pos] in _TRIM:
            pos += 1
        if pos >= stop:
            break
        m = _BODY_PART_END.search(text, pos, stop)
        se = m.start() if m else stop
        part = text[pos:se]
        # (each ；-separated part of a body sentence states one shortfall: 个别镇只限于…，仍不够到位；一些企业…)
        if (part and "：" not in part and ":" not in part and asp.challenge_strength(part) > 0
                and (asp.prose_aspect(part) == asp.CHALLENGE
                     or (asp.sentence_aspect(part) == asp.CHALLENGE and _names_failing_part(part)))):
            ca, cb = cue_window(text, pos, se, asp.CHALLENGE, max_chars)
            if cb > ca:
                spans.append((ca, cb))
        pos = se + 1
    return spans


#: Most characters before the word of a part of a group (个别, 部分, 一些) that opens an inspection's instance (the
#: word itself may run four more).
FAILING_PART_CHARS = 12


def _names_failing_part(part: str) -> bool:
    """Whether ``part`` (one part of a run-in heading's body) opens, within :data:`FAILING_PART_CHARS` characters, with
    a word of a part of a group (``failing_part`` cue group: 个别, 部分, 一些, 有的 …): ``个别镇(街)…仍不够到位``, ``部分
    施工企业…基础较为薄弱``, the instances an assessment report gives of the shortfall its heading names."""
    return asp.has_cue(part[:FAILING_PART_CHARS + 4], "failing_part")


#: Where a part of a run-in heading's body ends (:func:`run_in_heading_body_problems`): a sentence end, a semicolon or a
#: line break (the aspects stage's body breaks, :data:`summarizer.aspects.BODY_BREAK_CHARS`).
_BODY_PART_END = asp._STATUS_BODY_BREAK


def _under_causes(structure: Structure, item) -> bool:
    """Whether ``item``'s parent is a titled section whose heading names causes (``cause_opener`` cue group:
    ``二、课设成为毕业生死符的原因``, ``成因分析``): its items are causes, each argued by its body."""
    parent = item.parent
    return parent is not None and parent.titled and asp.has_cue(structure.heading(parent), "cause_opener")


def bare_line_list(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Points of a section text ``[start, end)`` made only of bare lines (no sentence end anywhere, each at most
    ``max_chars`` characters: ``站点人手紧缺 ⏎ 设备维护滞后``, notes without full stops): one per line, trimmed; ``[]``
    when some line is prose. Offsets are in ``text``; one pass (linear)."""
    spans: list[tuple[int, int]] = []
    for a, b, stop in _body_lines(text, start, end):
        if b - a > max_chars or any(ch in _SENT_END for ch in text[a:stop]):
            return []
        if field_or_note_line(text[a:b]):
            continue  # (联系人：赵六 / 2023年5月6日 under the list: a signature or a note, no item)
        spans.append((a, b))
    return spans


#: Longest sentence, in characters, of a section body that :func:`short_sentence_list` reads as a list in prose.
SHORT_LIST_SENTENCE_CHARS = 32
#: Most sentences of such a list: a longer body of short sentences is prose (and its cues are not read one by one).
SHORT_LIST_MAX_SENTENCES = 40


def _own_cue_aspect(sentence: str) -> str | None:
    """The aspect ``sentence`` states by its own cue words, read as a list item, a sentence and prose are read
    (:func:`summarizer.aspects.front_aspect`, :func:`summarizer.aspects.sentence_aspect`,
    :func:`summarizer.aspects.prose_aspect`, first that reads one); ``None`` when none does."""
    return asp.front_aspect(sentence) or asp.sentence_aspect(sentence) or asp.prose_aspect(sentence)


#: A form field line's label and colon (``联系人：``, ``电话：``, ``问题反映人：``, ``责任单位：``, ``完成时间：``): a signature,
#: contact or form field, no statement (the label names a person, a contact channel, a date or a unit). Bounded.
_FIELD_LABEL = re.compile(
    r"[ \t\u3000]{0,8}(?:[\u4e00-\u9fff]{0,4}(?:联系|建议|反映|负责|责任|提案|填报|审核|签发|经办|报告|执笔|撰稿|申请|举报|投诉|记录"
    r"|主持|调研|访谈)人"
    r"|[\u4e00-\u9fff]{0,4}(?:电话|手机|邮箱|地址|日期|时间|单位|职务|邮编|传真|姓名|地点)"
    r"|(?:参加|参会|出席|列席|调研|走访|访谈)人员|(?:调研|访谈|调查|走访)对象)[ \t\u3000]{0,4}[：:]")
#: A list of bare names: items of 2-3 characters joined by ``、`` (``张三、李四、王五``), no predicate.
_BARE_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+[等]?")
#: A note that sends the reader elsewhere (``详见附件``, ``参见表2``) or closes the list by referring back to it as a
#: whole (``以上建议供参考``, ``上述问题亟待解决``, ``综上所述``): no item of the list.
_NOTE_LINE = re.compile(r"[ \t\u3000]{0,8}(?:详见|参见|另见|参阅|见附件|以上|上述|综上|特此)")


#: Fewest characters of a form field's value read as a statement of its own (:func:`_field_value_states`).
FIELD_STATEMENT_CHARS = 8
#: Characters of a form field's value read for its statement (:func:`_field_value_states`): bounded.
FIELD_STATEMENT_READ = 120


def _field_value_states(value: str) -> bool:
    """Whether ``value`` (what follows a form field's label and colon, ``时间：审批周期太长，一个项目要跑半年``) is a
    statement of its own rather than the field's record (``2023年5月``, ``张三``, ``城东社区``): at least
    :data:`FIELD_STATEMENT_CHARS` characters, a clause or sentence mark inside it, and a challenge or a
    recommendation stated by its own cue words (:func:`_own_cue_aspect`). Such a line uses the label as a topic
    (the time it takes, the place), and states its point. Reads at most :data:`FIELD_STATEMENT_READ` characters."""
    v = value[:FIELD_STATEMENT_READ].strip(_TRIM)
    if len(v) < FIELD_STATEMENT_CHARS or not any(ch in v for ch in "，,；;。！!"):
        return False
    return _own_cue_aspect(v) in (asp.CHALLENGE, asp.RECOMMENDATION)


def field_or_note_line(sentence: str) -> bool:
    """Whether ``sentence`` (one sentence or line, trimmed) is no item of a list but a form field (``联系人：赵六``,
    ``建议人：张三（市政协委员）``: :data:`_FIELD_LABEL`), a line mostly of digits (a date ``2023年5月6日``, a phone
    number), a list of bare names (``张三、李四、王五``: :data:`_BARE_NAMES`) or a reference or closing note
    (``详见附件``, ``以上建议供参考``: :data:`_NOTE_LINE`). Reads the sentence once (linear)."""
    s = sentence.strip(_TRIM)
    if not s:
        return False
    field = _FIELD_LABEL.match(s)
    if field and not _field_value_states(s[field.end():]) or _NOTE_LINE.match(s) or _BARE_NAMES.fullmatch(s):
        return True  # (时间：审批周期太长，一个项目要跑半年: a label used as a topic over a statement is no field; left43)
    digits = sum(ch.isdigit() for ch in s)
    return digits * 2 >= len(s)


def form_field_line(line: str) -> bool:
    """Whether ``line`` (a heading line's text) is a form field (``时间：2023年5月``, ``地点：城东社区``, ``参加人员：…``,
    ``主持人：张三``: :data:`_FIELD_LABEL` opens it): it records when, where or who, and heads no section of the
    points after it (:func:`summarizer.pipeline._section_headings`). One anchored match (bounded)."""
    return _FIELD_LABEL.match(line) is not None


def field_line_point(text: str, start: int) -> bool:
    """Whether a point starting at ``start`` (an offset into ``text``) is the value of a form field line
    (``建议人：张三（市政协委员）``, ``问题反映人：李四，联系电话…``: :data:`_FIELD_LABEL` opens its line and the point
    starts at most 2 characters past its colon, the label included): a signature or contact field, no point. Reads
    at most 40 characters before ``start`` and 24 after (bounded)."""
    lo = max(0, start - 40)
    k = text.rfind("\n", lo, start)
    if k < 0 and lo > 0:
        return False
    m = _FIELD_LABEL.match(text, k + 1, min(len(text), start + 24))
    if m is None or start > m.end() + 2:
        return False
    line_end = text.find("\n", m.end(), m.end() + FIELD_STATEMENT_READ)
    return not _field_value_states(text[m.end():line_end if line_end >= 0 else m.end() + FIELD_STATEMENT_READ])


def short_sentence_list(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """Points of a section body ``[start, end)`` (offsets into ``text``) under a heading that names ``aspect``
    (``一、主要问题``) written as a list of short sentences, on lines of their own or run together in one paragraph
    (``窗口人员业务不熟练。办事指南不清晰，群众反复跑腿。部门数据不共享，重复提交材料。``): at least
    :data:`LINE_LIST_MIN` and at most :data:`SHORT_LIST_MAX_SENTENCES` sentences, each at most
    :data:`SHORT_LIST_SENTENCE_CHARS` characters (and ``max_chars``),
    none stating the other aspect by its own cue words and at least half stating ``aspect`` (:func:`_own_cue_aspect`).
    The heading says what they are, so each sentence is a point, also one whose words carry no cue
    (``部门数据不共享``). Form fields, dates, names and closing notes (:func:`field_or_note_line`) and hypotheticals
    (a ``condition`` word: ``但如果资金投入不足，…就难以保障``) are no list lines; a label line (``具体要求:``) turns the
    section, so the body is no flat list. ``[]`` otherwise. One pass over the body (linear)."""
    spans: list[tuple[int, int]] = []
    agreeing = 0
    pos = start
    limit = min(SHORT_LIST_SENTENCE_CHARS, max_chars)
    while pos < end:
        m = _SENT_END_OR_BREAK.search(text, pos, end)
        stop = m.start() if m else end
        a, b = _trim(text, pos, stop)
        pos = stop + 1
        if b <= a:
            continue
        if text[a:stop].rstrip().endswith((":", "：")):
            return []  # (具体要求: ⏎ …: a label line turns the section, whose lines are no flat list; p27prec)
        if asp.condition_at(text, a, b) >= 0:
            continue  # (但如果资金投入不足，服务质量就难以保障: a hypothetical, no statement of the heading's aspect)
        if field_or_note_line(text[a:b]):
            continue  # (联系人：赵六 / 2023年5月6日 / 张三、李四、王五 / 以上建议供参考: a signature or a note, no item)
        if b - a > limit or len(spans) >= SHORT_LIST_MAX_SENTENCES:
            return []
        own = _own_cue_aspect(text[a:b])
        if own is not None and own != aspect and own in (asp.CHALLENGE, asp.RECOMMENDATION):
            return []
        agreeing += own == aspect
        spans.append((a, b))
    if len(spans) < LINE_LIST_MIN or agreeing * 2 < len(spans):
        return []
    return spans


#: Characters a heading's run-in full stop or colon may be followed by before its statement (spaces).
_RUN_IN_HEAD_END = "。.：:"


def heading_statement(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """The one point of a section body ``[start, end)`` (offsets into ``text``) under a heading that names ``aspect``
    (``存在的问题``, ``对策建议``) when the body opens with one short sentence that is the heading's own statement:
    the sentence run in on the heading's line after its full stop or colon (``（一）存在的问题。小微企业融资难融资贵。``,
    whatever follows on the lines after it), or the body's only sentence (``一、存在的问题 ⏎ 招聘信息不对称，高校毕业生
    就业难。``). The heading says what it is, so its words need no cue (fix42a). At most
    :data:`SHORT_LIST_SENTENCE_CHARS` characters (and ``max_chars``); not a hypothetical (``condition`` word), a form
    field or note (:func:`field_or_note_line`), a lead-in closed by a colon, a sentence that opens with a topic or a
    scene-setting phrase, one that states the other aspect by its own cue words (:func:`_own_cue_aspect`), nor a
    linking phrase (:func:`linking_point`). ``[]`` otherwise. Reads the first sentence and the body's first line
    break: linear in the body."""
    if start >= end:
        return []
    run_in = text[start] in _RUN_IN_HEAD_END
    pos = start + 1 if run_in else start
    while pos < end and text[pos] in (" \t\u3000" if run_in else " \t\u3000\r\n"):
        pos += 1
    if run_in and (pos >= end or text[pos] == "\n"):
        return []
    m = _SENT_END_OR_BREAK.search(text, pos, end)
    stop = m.start() if m else end
    a, b = _trim(text, pos, stop)
    if b <= a or b - a > min(SHORT_LIST_SENTENCE_CHARS, max_chars) or b - a < POINT_MIN_CHARS:
        return []
    if not run_in and text[stop + 1:end].strip():
        return []  # (a body of several sentences or lines: the lists and the prose readers decide)
    if text[pos:stop].rstrip().endswith(("：", ":")):
        return []  # (（一）存在的问题。主要有以下几点： ⏎ …: a lead-in, the lines after it are the points)
    sentence = text[a:b]
    if (asp.condition_at(text, a, b) >= 0 or field_or_note_line(sentence) or linking_point(sentence)
            or sentence.startswith(_TOPIC_OPENERS) or sentence.startswith(asp.lexicon().words("background_opener"))):
        return []
    own = _own_cue_aspect(sentence)
    if own is not None and own != aspect:
        return []
    return [(a, b)]


def trailing_item_lines(structure: Structure, item, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """Points of the lines that follow the last item of a run of one-line items (``1. 编制…。 ⏎ 2. 推进…。 ⏎
    建立“好差评”制度，倒逼服务改进。``, or the line opened by ``此外，``, ``①``, ``（1）`` or a number that does not
    continue the run): the list went on with a line its numbering left out, which the structure reads as the last
    item's body. When every earlier item of the run is its heading line alone and each body line of ``item`` is one
    sentence of at most ``max_chars`` characters that states ``aspect`` by its own cue words
    (:func:`_own_cue_aspect` and :func:`_states_aspect`, past a linking connective: not the list's closing words,
    ``通过上述措施的落实，希望…``), each line is a point; else ``[]``. Offsets are in the structure's text; linear in the
    run and the body."""
    text = structure.text
    if item.run < 0 or not item.titled or item.children or item.parent is None:
        return []
    if id(item) not in _one_line_run_ends(structure):
        return []
    spans: list[tuple[int, int]] = []
    for a, b, _stop in _body_lines(text, item.heading_end, item.end):
        m = _STRAY_MARKER.match(text, a, b)
        if m is not None:
            a = m.end()  # (101. 建立…: a number that does not continue the run marks the line all the same)
        if b - a > max_chars or any(ch in _SENT_END for ch in text[a:b]):
            return []
        u = unlinked_start(text, a, b)  # (此外，建立…: past its connective)
        if _own_cue_aspect(text[u:b]) != aspect or not _states_aspect(text[u:b], aspect):
            return []  # (通过上述措施的落实，希望… / 请各支部对照问题立行立改: the list's closing words, no item)
        spans.append((a, b))
    return spans


def _one_line_run_ends(structure: Structure) -> set[int]:
    """The ids of the last items of the runs (``(parent, run)``) of at least two items whose every earlier item is its
    heading line alone (no body, no sub-items): :func:`trailing_item_lines` reads the lines after them. Computed once
    per structure (one pass over its items) and kept on it."""
    ends = getattr(structure, "_one_line_run_ends", None)
    if ends is None:
        text = structure.text
        last: dict[tuple[int, int], object] = {}
        count: dict[tuple[int, int], int] = {}
        bodied: set[tuple[int, int]] = set()
        for it in structure.items:
            if it.run < 0 or it.parent is None:
                continue
            key = (id(it.parent), it.run)
            prev = last.get(key)
            if prev is not None:
                a, b = _trim(text, prev.heading_end, prev.end)
                if b > a or prev.children:
                    bodied.add(key)  # (an item with a body of its own: the lines after the last one are its body too)
            last[key] = it
            count[key] = count.get(key, 0) + 1
        ends = {id(it) for key, it in last.items() if count[key] >= 2 and key not in bodied}
        structure._one_line_run_ends = ends  # type: ignore[attr-defined]
    return ends


#: A list marker opening a line the numbering of its run left out (:func:`trailing_item_lines`): ``101.``, ``①``,
#: ``（1）``, ``-``.
_STRAY_MARKER = re.compile(r"[ \t\u3000]{0,8}(?:\d{1,4}[、.．)）]|[（(]\d{1,4}[)）]|[\u2460-\u2473]|[-*•·●▪◆■])[ \t\u3000]{0,8}")


def stray_marked_measure(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` (offsets into the essay's text) opens its line with a list marker that
    the structure read as no item (:data:`_STRAY_MARKER`: ``1）``, ``101.``, ``(3)``: a number its list's run left
    out) and then a measure verb (:func:`summarizer.aspects.starts_imperative`: ``1）设立企业诉求快速响应平台。``): in a
    measures region it is a measure of the list although no cue word of its own says so (fix42a). Constant work past
    the marker; the imperative test reads the sentence's first clauses."""
    if not line_opens_at(text, start):
        return False
    m = _STRAY_MARKER.match(text, start, end)
    return m is not None and m.end() > start and asp.starts_imperative(text[m.end():end])


def _opening_clause(text: str, pos: int, end: int) -> tuple[int, int]:
    """The clause that opens the body after a heading ending at ``pos``: past the punctuation and spaces after
    the heading (not a line break), up to the first clause end (a colon included) or line break, within ``end``."""
    j = pos
    while j < end and text[j] in _TRIM and text[j] != "\n":
        j += 1
    k = j
    while k < end and text[k] not in "，,；;：:。！？!?\n":
        k += 1
    return j, k


def _run_modal_actors(structure: Structure) -> dict:
    """Per run of run-in items (``(id(parent), run)``), the actors before a strong modal in the first clauses of its
    items (:func:`summarizer.aspects._modal_actor`: ``政府`` of ``一是政府大可在短期内将…``), computed once per structure
    and kept on it."""
    actors = getattr(structure, "_run_modal_actors", None)
    if actors is None:
        actors = {}
        for it in structure.items:
            if it.run >= 0 and not it.titled:
                a = asp._modal_actor(structure.heading(it))
                if a:
                    actors.setdefault((id(it.parent), it.run), set()).add(a)
        structure._run_modal_actors = actors  # type: ignore[attr-defined]
    return actors


def _carried_measure_end(structure: Structure, item, start: int, end: int) -> int | None:
    """Where the measure of the run-in recommendation ``item`` (its first sentence ``[start, end)``) ends when it
    carries a sibling's modal (trialfix20; :func:`summarizer.aspects._carried_modal_votes`): its first clause opens
    with the actor that a sibling item prescribes to with a modal (``一是政府大可…``, then ``二是政府改变大屋邨的做法，``)
    and names the measure with no modal, and the clause after it prescribes nothing (no modal, no imperative opening:
    ``市区内外有众多的官地…``, the facts the measure answers): the end of that first clause; else None. Reads two
    clauses."""
    text = structure.text
    m = _CLAUSE_SPLIT.search(text, start, end)
    if m is None or text[m.start()] not in "，,":
        return None
    actors = _run_modal_actors(structure).get((id(item.parent), item.run))
    clause = text[start:m.start()].strip()
    actor = next((a for a in actors if clause.startswith(a)), None) if actors else None
    if actor is None or len(clause) - len(actor) < 2 or asp.strong_modal(clause) or asp.modal_strength(clause) \
            or asp.challenge_strength(clause):
        return None
    n = _CLAUSE_SPLIT.search(text, m.end(), end)
    after = text[m.end():n.start() if n else end]
    if asp.modal_strength(after) or asp.strong_modal(after):
        return None
    return m.start()


def _opening_clauses(structure: Structure) -> Counter:
    """How many items' bodies open with each clause (:func:`_opening_clause`), counted once per structure and
    kept on it."""
    counts = getattr(structure, "_opening_clauses", None)
    if counts is None:
        text = structure.text
        counts = Counter()
        for it in structure.items:
            j, k = _opening_clause(text, it.heading_end, it.end)
            if k > j:
                counts[text[j:k]] += 1
        structure._opening_clauses = counts  # type: ignore[attr-defined]
    return counts


def cue_window(text: str, start: int, end: int, aspect: str, max_chars: int) -> tuple[int, int]:
    """The clauses of the sentence ``[start, end)`` that carry the cue of ``aspect``, within ``max_chars``.

    A sentence's first clause often names the subject or a cause; the cue clause states the problem or the
    measure (for a measure: a clause that opens with a modal or imperative verb, or carries a strong modal after
    its subject, :func:`_states_measure`).
    A sentence that fits in ``max_chars`` is kept whole; a longer one is cut to a window that starts at
    its first cue clause (or the sentence start) and grows clause by clause; when that clause is part of a cause
    (``由于…``) and a later clause states the result (``因而…``, ``因此…``) with the cue, the window starts there."""
    if len(text[start:end].strip(_TRIM)) <= max_chars:
        return _trim(text, start, end)
    bounds = [start]
    depth = 0  # (no clause ends inside a bracket: 个人强保护（消毒、通风、口罩）措施 is one clause; cut20)
    for i in range(start, end):
        ch = text[i]
        if ch in _BRACKET_OPEN:
            depth += 1
        elif ch in _BRACKET_CLOSE and depth:
            depth -= 1
        elif ch in _CLAUSE_END and not depth and not is_token_colon(text, i):  # (a colon of 10:30 ends no clause)
            bounds.append(i + 1)
    bounds.append(end)
    clauses = list(zip(bounds, bounds[1:]))
    score = _problem_clause if aspect == asp.CHALLENGE else _measure_clause
    first = next((i for i, (a, b) in enumerate(clauses) if score(text[a:b])), None)
    if aspect == asp.RECOMMENDATION and asp._APPEAL_GATE.search(text, start, end) is not None:
        # (…，学校希望老师和同学们养成…，积极乐观地生活，…: the wish addressed to the audience opens the measure, not the
        # first imperative clause after it; p30rec)
        wish = next((i for i, (a, b) in enumerate(clauses[:first]) if asp.audience_wish(text[a:b])), None)
        first = wish if wish is not None else first
    if first is None and aspect == asp.CHALLENGE:
        # no clause holds a challenge predicate: the window starts at the first clause that names a deficiency as
        # prose does (优点是…，缺点是容易引起…、经济代价大: the downside, not the merits the sentence opens with), when
        # the words before it name none (a clause cut at a 、 inside a quotation may hide its own: 存在着“…、…”的错误观念)
        first = next((i for i, (a, b) in enumerate(clauses) if asp._prose_deficits(text[a:b].strip(_TRIM))), None)
        if first is not None and asp._prose_deficits(text[start:clauses[first][0]]):
            first = None
    if first is None and aspect == asp.CHALLENGE and "恐" in text[start:end]:
        # …都未及…年成长率，恐影响长照服务永续性: no clause states a shortfall; the window starts at the harm the
        # sentence warns of (an audit finding's 恐影响…: aspects.audit_finding_aspect; hk35)
        first = next((i for i, (a, b) in enumerate(clauses) if asp.warns_of_harm(text[a:b])), None)
    if first is None and aspect == asp.CHALLENGE and asp.turned_to_few(text[start:end]):
        # …识别了1,098宗个案，但至今只有一宗遭到检控: the window starts at the turn to the few (weak24)
        first = next((i for i, (a, b) in enumerate(clauses) if asp._TURNED_FEW.match("，" + text[a:b].lstrip())), None)
        if first is None:
            # 161个停车场中，只有28个设有充电设施: the window starts at the whole's clause before the few (p60)
            first = next((i for i, (a, b) in enumerate(clauses)
                          if asp._PARTITIVE_FEW.search(text, a, clauses[i + 1][1] if i + 1 < len(clauses) else b)
                          and text[a:b].rstrip(_TRIM).endswith("中")), None)
    if first is None and aspect == asp.RECOMMENDATION:
        # no clause prescribes as a measure does: the window starts at a demand to an authority (…，显示市民对公屋的需求
        # 相当大，希望政府进一步完善…), not at the sentence's first clause, the problem the demand answers
        first = next((i for i, (a, b) in enumerate(clauses)
                      if asp.news_demand(text[a:b]) or asp._appeal(text[a:b])), 0)
    first = first or 0
    if first and aspect == asp.CHALLENGE and _bare_verdict(text[clauses[first][0]:clauses[first][1]]):
        first -= 1  # ……还不断出售资助房屋，火上加油。: the verdict alone judges the clause before it
    elif first and aspect == asp.CHALLENGE and _attribute_shortfall(text, clauses[first - 1], clauses[first]):
        first -= 1  # 政府设立…基金以税收作为主要财源，稳定性不足: the attribute is the clause before it's (Part 56)
    if any(text[a:b].lstrip().startswith(_CAUSE_OPENERS) for a, b in clauses[:first + 1]):
        # 由于 A，因而 B: the clauses of a cause (A) lead to what the sentence states (B: the problem, or the measure
        # in 由于 A，因此应 B), after its result connective, when B carries the aspect's cue
        result = next((i for i in range(first, len(clauses))
                       if text[clauses[i][0]:clauses[i][1]].lstrip().startswith(_RESULTS)
                       and score(text[clauses[i][0]:clauses[i][1]])), None)
        if result is not None:
            first = result
            ca, cb = clauses[first]
            clauses[first] = (ca + len(text[ca:cb]) - len(text[ca:cb].lstrip()), cb)
            word = next(w for w in _RESULTS if text.startswith(w, clauses[first][0]))
            clauses[first] = (clauses[first][0] + len(word), cb)
    course = asp.contrast_course_start(text[start:end]) if aspect == asp.RECOMMENDATION else 0
    if course:
        # 政府应该做的不是A，而是顺应…，让…: the measure is the course proposed, B (the window starts at its first word)
        first = next((i for i, (ca, cb) in enumerate(clauses) if ca <= start + course < cb), first)
        clauses[first] = (start + course, clauses[first][1])
    if aspect == asp.RECOMMENDATION:
        first = _consequent_clause(text, clauses, first)
    elif first:
        first = _inferred_finding_start(text, clauses, first, max_chars)
    a = clauses[_enumeration_start(text, clauses, first, max_chars)][0]  # (the whole list the cue clause ends)
    b = clauses[first][1]
    last = None  # the last clause the window took after its first
    for na, nb in clauses[first + 1:]:
        clause = text[na:nb].strip(_TRIM)
        # the window ends where the sentence turns to a consequence or to the other aspect, or sets a new statement
        # in the present (…等突出问题，当前，…: the clause opens the next statement)
        # (a word that only opens with a modal's character, 要求…, 应对…, turns to nothing: trial19 F2)
        # (a measure's reason after it, …，因为…, is no part of the measure: cut20)
        if nb - a > max_chars or clause.startswith(_TURNS) or asp._PRESENT.fullmatch(clause) or (
                aspect == asp.CHALLENGE and asp._mask_non_modals(clause).startswith(asp.lexicon().words("modal"))) or (
                aspect == asp.RECOMMENDATION and clause.startswith(_CAUSE_OPENERS)) or (
                aspect == asp.RECOMMENDATION and _measure_ends_at(clause)):
            if nb - a > max_chars:
                b = _before_bracket(text, na, nb, a + max_chars, b)
                if b == na and last is not None and _dangling_clause(text[last[0]:last[1]], score):
                    # (…等问题频发，而村委会因非直接管理方 | ，难以有效介入维修: the last clause taken opens a new
                    # statement whose predicate lies past the cut; the window ends before it; p27recall, Part 27 945)
                    b = last[0]
            break
        b = nb
        last = (na, nb)
    return shape(text, a, b, max_chars)


#: Openers of a subordinate clause (由于…, 如果…): cut off from the main clause after it, such a clause dangles.
_SUBORDINATE_OPENERS = ("由于", "因为", "如果", "假如")
#: Connectives that open a new statement (而…, 但…): such a clause dangles when it stops at a frame of place or time
#: (而大马在…报告中) or at its cause (而村委会因非直接管理方) before its predicate (:func:`_dangling_clause`).
_STATEMENT_OPENERS = ("而且", "而", "并且", "且", "同时", "但是", "但", "却", "可是")
#: The end of a frame of place or time (…报告中, …之际, …的过程中) or a cause marker (因…) inside a clause: what comes
#: before a predicate, not one. Bounded.
_FRAME_END = re.compile(r"(?:中|时|之时|之际|期间|以来|方面|情况下|前提下)$")
_CAUSE_MARK = re.compile(r"因(?![此而为素应])")


def _states_any(clause: str) -> bool:
    """Whether ``clause`` states a problem (:func:`_states_problem`) or a measure (:func:`_measure_clause`)."""
    return _states_problem(clause) or _measure_clause(clause)


def _dangling_clause(clause: str, score) -> bool:
    """Whether ``clause``, the last clause a window took before the next one passed its limit, dangles: a
    subordinate clause (:data:`_SUBORDINATE_OPENERS`: 由于3岁以下托育属于…范围) whose main clause is cut off, or a
    clause that opens a new statement (:data:`_STATEMENT_OPENERS`) and stops at a frame of place or time or at its
    cause (:data:`_FRAME_END`, :data:`_CAUSE_MARK`: 而大马在…报告中, 而村委会因非直接管理方) before its predicate; in
    either case stating no cue of the window's aspect by itself (``score``: :func:`_states_problem`,
    :func:`_measure_clause`). A connective's clause with a predicate of its own (但很少有人打球, 而中西部地区不足20%)
    is kept. Constant work per clause (anchored tests and one cue test)."""
    c = clause.strip(_TRIM)
    if score(c):
        return False
    if c.startswith(_SUBORDINATE_OPENERS):
        return True
    return c.startswith(_STATEMENT_OPENERS) and (_FRAME_END.search(c) is not None
                                                 or _CAUSE_MARK.search(c, 1) is not None)


#: Words of a concession (虽已…，但…; 尽管…，却…) and the turns that answer one at a clause's start.
_CONCESSION = re.compile(r"虽然|虽已|虽|尽管")
_CONCEDED_TURNS = ("但是", "但", "可是", "然而", "却")


def _conceded_turn(text: str, before: tuple[int, int], clause: tuple[int, int], max_chars: int) -> bool:
    """Whether the cue clause ``clause`` (offsets into ``text``) opens with a turn (:data:`_CONCEDED_TURNS`) that answers
    a concession in the clause ``before`` it (:data:`_CONCESSION`: ``港府虽已开始部署…策略，但是效果仍然有待观察``) and the
    two fit in ``max_chars``: the problem is the shortfall of what the concession grants, stated by both clauses
    (a 虽然…但… contrast; weak24). O(length of the two clauses)."""
    a, b = before
    ca, cb = clause
    return (text[ca:cb].lstrip().startswith(_CONCEDED_TURNS) and _CONCESSION.search(text, a, b) is not None
            and len(text[a:cb].strip(_TRIM)) <= max_chars)


def _measure_ends_at(clause: str) -> bool:
    """Whether a measure's window ends before ``clause`` (trimmed, one clause of the sentence after the measure): the
    clause judges the size of a problem or denies one (``停远点走几步其实问题不大``: :func:`summarizer.aspects.
    _denied_problem_re`), an aside that argues for the measure, no part of it (lefts24: trial23 G1/N1/L, a measure
    window grown to ``max_chars`` over the clauses after it). One bounded search of the clause."""
    return asp._denied_problem_re().search(clause) is not None


def _before_bracket(text: str, start: int, end: int, limit: int, default: int) -> int:
    """Where a window may end inside the clause ``[start, end)`` that would take it past ``limit``: just before the
    bracket the clause opens (``如在国家层面设置域名转化白名单（如将…网站纳入白名单…）``: the words before it are whole, the
    bracket only glosses them) when that bracket opens before ``limit`` after at least :data:`MIN_POINT_CHARS`
    characters of the clause; else ``default``. One scan of the clause up to ``limit``."""
    for i in range(start, min(end, limit)):
        if text[i] in _BRACKET_OPEN:
            return i if len(text[start:i].strip(_TRIM)) >= MIN_POINT_CHARS else default
    return default


#: Most characters into a clause where a condition word (如果, 若, 既然 …) may stand after the clause's subject
#: (``你们既然…``, ``政府若…``) for :func:`_consequent_clause`.
CONDITION_LEAD_CHARS = 12
#: Most clauses after the first cue clause that :func:`_consequent_clause` looks at for the condition.
CONDITION_CLAUSES = 3


def _consequent_clause(text: str, clauses: list[tuple[int, int]], first: int) -> int:
    """The index of the clause that states a measure after its condition, or ``first``: when one of the clauses from
    ``first`` on (at most :data:`CONDITION_CLAUSES` of them) sets a condition or a given (``condition`` and
    ``given_opener`` cue groups, within its first :data:`CONDITION_LEAD_CHARS` characters: ``你们既然对…失望透顶``,
    ``如果要解决…``) and a later clause opens with a consequent word (``consequent_opener``: 那就, 那么, 就 …), the
    measure is that consequent (``…，在这次选举也做出了惩罚的选择，| 那就干脆自己组政党``), not the clauses that
    lead to it. ``clauses``: consecutive ``(start, end)`` ranges of ``text``. Linear in the clauses."""
    cues = asp.lexicon()
    given, consequent = cues.words("given_opener"), cues.words("consequent_opener")
    for k in range(first, min(first + CONDITION_CLAUSES + 1, len(clauses))):
        a, b = clauses[k]
        lead = text[a:min(b, a + CONDITION_LEAD_CHARS)]
        if asp.condition_at(lead) < 0 and not any(w in lead for w in given):
            continue
        for j in range(k + 1, len(clauses)):
            if text[clauses[j][0]:clauses[j][1]].lstrip().startswith(consequent):
                return j
        return first
    return first


def _enumeration_start(text: str, clauses: list[tuple[int, int]], first: int, max_chars: int) -> int:
    """The index of the clause where the enumeration that clause ``first`` of ``clauses`` (consecutive ``(start,
    end)`` ranges of ``text``) belongs to begins: a window never opens inside a list of terms that 、 joins
    (``部分城市存在发展耗能较高、生态空间面积较小等问题``: the cue 问题 stands after the last term, the subject before the
    first). Moves back over the clauses that end with 、 and quote nothing (one step a clause: linear; a list of
    quoted words, ``“…”、“…”等观点``, is no subject to complete); ``first`` itself when the list
    from its start to the end of clause ``first`` is longer than ``max_chars`` characters (a list of quoted views:
    the window would lose its cue clause)."""
    k = first
    while k and text[clauses[k][0] - 1:clauses[k][0]] == "、" and not any(
            ch in _QUOTE_OPEN or ch in _QUOTE_CLOSE for ch in text[clauses[k - 1][0]:clauses[k][0]]):
        k -= 1
    return k if clauses[first][1] - clauses[k][0] <= max_chars else first


#: Most content characters of a clause that holds only a verdict (``火上加油``, ``实在令人担忧``): it judges the clause
#: before it (:func:`cue_window`).
BARE_VERDICT_CHARS = 8


def _states_problem(clause: str) -> bool:
    """Whether a clause states a shortcoming: a predicate of the ``challenge_predicate`` cue group
    (:func:`summarizer.aspects.challenge_strength`) or a verdict phrase (:func:`summarizer.aspects.states_verdict`:
    ``成效不彰``, ``力不从心``)."""
    return bool(asp.challenge_strength(clause)) or asp.states_verdict(clause)


def _problem_clause(clause: str) -> bool:
    """Whether a clause carries the cue of a problem as :func:`cue_window` reads one: :func:`_states_problem`, an
    adversative 却 that turns to a lack (:func:`summarizer.aspects.turns_to_lack`: ``地方政府承担了主要事权却没有足够的
    财政支持``) or a resource that dwindles (:func:`summarizer.aspects.dwindles`: ``文化能人不断减少``; weak26)."""
    return _states_problem(clause) or asp.turns_to_lack(clause) or asp.dwindles(clause)


#: Most clauses read back from a problem window's first cue clause for the finding verb that opens its statement.
FINDING_LOOKBACK_CLAUSES = 2


def _inferred_finding_start(text: str, clauses: list[tuple[int, int]], first: int, max_chars: int) -> int:
    """Index of the clause a problem window starts at when one of the :data:`FINDING_LOOKBACK_CLAUSES` clauses before
    its first cue clause ``first`` opens with a verb that draws a finding from the figures before it
    (``survey_result_verb``, ``finding_inference_verb``: 显示, 表明, 反映出, 说明 …) and the words from after that verb
    through the cue clause fit ``max_chars``: ``…逐年减少为264亿余元，显示长照基金财源高度仰赖…收入，易受…影响，财源
    稳定性不足`` states its problem from ``长照基金财源`` on, where a window at ``财源稳定性不足`` kept its last words
    only (Part 56's audit findings). That clause is cut to start after the verb (``clauses`` is changed in place);
    ``first`` is returned unchanged when no clause so opens. Constant work: a bounded look-back."""
    words = tuple(sorted(set(asp.lexicon().words("survey_result_verb"))
                         | set(asp.lexicon().words("finding_inference_verb")), key=len, reverse=True))
    for j in range(first - 1, max(-1, first - 1 - FINDING_LOOKBACK_CLAUSES), -1):
        ca, cb = clauses[j]
        body = text[ca:cb].lstrip(_TRIM)
        verb = next((w for w in words if body.startswith(w)), None)
        if verb is None:
            continue
        start = cb - len(text[ca:cb].lstrip(_TRIM)) + len(verb)
        start += len(text[start:cb]) - len(text[start:cb].lstrip(_TRIM))
        if len(text[start:clauses[first][1]].strip(_TRIM)) > max_chars or cb - start < 4:
            return first
        clauses[j] = (start, cb)
        return j
    return first


#: Most characters of a clause that is only an attribute noun and its shortfall (``稳定性不足``, ``透明度不高``).
ATTRIBUTE_SHORTFALL_CHARS = 6
#: An attribute noun's suffix then a short predicate of shortfall (a negation or a word of lowness: ``稳定性不足``,
#: ``积极性不高``, ``覆盖面窄``, ``覆盖度下降``, ``医护压力沉重``; not the adverb of ``通过大力整治``), the whole clause: the quality of a
#: subject the clause does not name. Anchored, bounded: constant work.
_ATTRIBUTE_SHORTFALL = re.compile(r"\s{0,2}[^，,；;。：:\s]{1,3}[性度率力面感](?:[不低差弱欠缺偏较过难窄小沉薄]|有待|下降|下滑|降低|减少|减弱|萎缩)"
                                  r"[^，,；;。：:\s]{0,3}[，,；;。]?\s{0,2}")


def _attribute_shortfall(text: str, before: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the clause ``clause`` (offsets into ``text``) is only an attribute noun and its shortfall
    (:data:`_ATTRIBUTE_SHORTFALL`, at most :data:`ATTRIBUTE_SHORTFALL_CHARS` characters trimmed, a shortfall cue:
    ``稳定性不足``) and the clause ``before`` it names what has the attribute, stating no problem of its own and
    ending in a comma (not a lead-in's colon): ``政府设立长照基金以税收作为主要财源，稳定性不足`` has its problem in
    both, and a window that started at ``稳定性不足`` kept a predicate without its subject (Part 56's 2853)."""
    a, b = clause
    c = text[a:b].strip(_TRIM)
    if len(c) > ATTRIBUTE_SHORTFALL_CHARS or not _ATTRIBUTE_SHORTFALL.fullmatch(text, a, b):
        return False
    if not asp.challenge_strength(c):
        return False
    prev = text[before[0]:before[1]].rstrip()
    return prev.endswith(("，", ",")) and len(prev.strip(_TRIM)) >= 4


def _bare_verdict(clause: str) -> bool:
    """Whether ``clause`` is a verdict phrase and little else (at most :data:`BARE_VERDICT_CHARS` characters once
    trimmed, no ``challenge_predicate`` word): ``火上加油``, ``令人担忧``."""
    c = clause.strip(_TRIM)
    return len(c) <= BARE_VERDICT_CHARS and asp.states_verdict(c) and not asp.challenge_strength(c)


def _states_measure(clause: str) -> bool:
    """Whether a clause states a measure: it opens with a modal or an imperative verb (要加快…, 加强…), or its
    subject is followed by a strong modal (居民应主动做到…, 家庭成员间应加强…), or it opens with a frame that
    states a measure (``prose_measure_frame`` cue group: 更重要的是要…, 当务之急是…)."""
    return (bool(asp.modal_strength(clause)) or asp.strong_modal(clause)
            or clause.lstrip().startswith(asp.lexicon().words("prose_measure_frame")))


#: Most characters of the object fronted by 对 before the verb of a measure (``对农村集体土地转为国有土地 | 加强规范``).
FRONTED_OBJECT_CHARS = 24


@lru_cache(maxsize=1)
def _fronted_measure_re() -> re.Pattern[str]:
    verbs = asp.cue_alternation("imperative")
    return re.compile(rf"\s{{0,2}}(?:要|应|应当|必须)?(?:对|对于)[^，,；;。了]{{2,{FRONTED_OBJECT_CHARS}}}?(?:{verbs})"
                      rf"[^，,；;。了]{{0,12}}[，,；;。]?\s{{0,2}}$")


def _measure_clause(clause: str) -> bool:
    """Whether a clause states a measure as :func:`cue_window` reads one: :func:`_states_measure`, or a measure whose
    object 对 fronts before its verb, ending the clause (``对农村集体所有土地转为国有土地加强规范``, ``对违规发卡的银行
    加大处罚力度``): the verb opens no clause, so the modal and imperative tests miss it. Bounded: linear."""
    return _states_measure(clause) or _fronted_measure_re().match(clause) is not None


def _marker_starts(structure: Structure) -> dict[int, int]:
    """Start offset -> content start of every list marker of ``structure`` (built once per structure)."""
    index = getattr(structure, "_marker_index", None)
    if index is None:
        index = {}
        for it in structure.items:
            if it.family != "line":
                index.setdefault(it.start, it.content_start)
        structure._marker_index = index  # type: ignore[attr-defined]
    return index


def marker_end(structure: Structure, start: int) -> int:
    """``start`` moved past a list marker that begins there (``（一）``, ``首先，``), else ``start``."""
    j = _marker_starts(structure).get(start)
    if j is None:
        return start
    while j < len(structure.text) and structure.text[j] in " ，,、":
        j += 1
    return j


def _covered(n: int, spans) -> list[bool]:
    """``covered[pos]`` for ``pos`` in ``[0, n)``: whether some half-open span of ``spans`` contains it (offsets,
    clipped to ``[0, n)``; O(n + spans log spans)): the spans sorted and merged, each merged run set by one slice
    assignment (in C: no Python step a character; speed29b: an essay with no span, most often, costs one list, where
    the running sum of numpy's ``add.at`` cost about 30 µs whatever the essay's size)."""
    out = [False] * n
    lo = hi = 0
    for a, b in sorted((max(a, 0), min(b, n)) for a, b in spans if b > a):
        if a > hi:  # (a gap: the run before it is complete)
            out[lo:hi] = [True] * (hi - lo)
            lo = a
        hi = max(hi, b)
    if hi > lo:
        out[lo:hi] = [True] * (hi - lo)
    return out


_TOPIC_OPENERS = ("针对", "对于", "关于", "为了", "通过", "随着", "面对", "如何")
_TURNS = ("因此", "所以", "因而", "从而", "进而", "此外", "同时", "对此", "为此", "但是", "然而", "而且")
#: Openers of a cause clause (由于…) and the result connectives that turn to what it causes (因而…): see cue_window.
_CAUSE_OPENERS = ("由于", "因为")
_RESULTS = ("因而", "因此", "所以", "以致", "致使")


def near_duplicate(a: str, b: str, threshold: float = 0.8) -> bool:
    """True when two point texts are the same point (difflib ratio of the characters ≥ ``threshold``)."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold


#: Fewest characters each of two near-duplicate points must differ by, past their shared frame, to be two points.
DISTINCT_MIDDLE_CHARS = 2
#: Most difflib ratio of those differing middles for them to be two points (``愿意回`` / ``回得去``).
DISTINCT_MIDDLE_RATIO = 0.5
_FRAME_MARKS = " \t\u3000，,、；;：:。！？!?"


def distinct_middles(a: str, b: str) -> bool:
    """Whether two point texts that :func:`near_duplicate` finds alike are parallel points of one frame rather than
    one point twice: past their common prefix and common suffix, each differs by at least
    :data:`DISTINCT_MIDDLE_CHARS` characters (marks and spaces not counted) and the two middles are unlike (difflib
    ratio below :data:`DISTINCT_MIDDLE_RATIO`): ``振兴乡村，要让人愿意回`` / ``振兴乡村，要让人回得去`` (a 申论's parallel
    claims, trial22 O, trialfix22a). A point repeated with a mark or a word changed (``，``/``,``, ``的``) is still one.
    Linear in the texts (difflib on the middles, short points only)."""
    middles = _differing_middles(a, b)
    return middles is not None and _parallel_middles(a, b, middles)


#: :data:`_FRAME_MARKS` deleted by ``str.translate``.
_FRAME_MARKS_DELETED = str.maketrans("", "", _FRAME_MARKS)


def _differing_middles(a: str, b: str) -> tuple[str, str] | None:
    """The parts of ``a`` and ``b`` past their common prefix and common suffix, marks and spaces
    (:data:`_FRAME_MARKS`) deleted, when each holds at least :data:`DISTINCT_MIDDLE_CHARS` characters; else None (the
    two are no parallel points: :func:`distinct_middles`). Linear in the texts."""
    k = 0
    n = min(len(a), len(b))
    while k < n and a[k] == b[k]:
        k += 1
    j = 0
    while j < n - k and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    ca = a[k:len(a) - j].translate(_FRAME_MARKS_DELETED)
    cb = b[k:len(b) - j].translate(_FRAME_MARKS_DELETED)
    if len(ca) < DISTINCT_MIDDLE_CHARS or len(cb) < DISTINCT_MIDDLE_CHARS:
        if k >= SUBSTITUTED_NOUN_FRAME and _substituted_nouns(ca, cb):
            return ca, cb
        return None
    return ca, cb


def _parallel_middles(a: str, b: str, middles: tuple[str, str]) -> bool:
    """Whether the point texts ``a`` and ``b``, alike past their shared frame, with differing ``middles``
    (:func:`_differing_middles`) are two parallel points: the middles are unlike (difflib ratio below
    :data:`DISTINCT_MIDDLE_RATIO`), or the texts differ only where one topic noun stands for another, each time
    the same one (:func:`topic_noun_swapped`). Linear in the texts up to difflib on the two middles."""
    if difflib.SequenceMatcher(None, *middles, autojunk=False).ratio() < DISTINCT_MIDDLE_RATIO:
        return True
    return topic_noun_swapped(a, b)


#: Fewest times one topic noun must stand for another in two points for :func:`topic_noun_swapped`.
SWAPPED_TOPIC_TIMES = 2
#: Most characters of a swapped topic noun (``社区治理``, ``数字政府``), and most characters of it read back before
#: the two texts' first difference (``安全生产`` / ``安全监管`` differ past their shared ``安全``).
SWAPPED_TOPIC_CHARS = 6
_FIGURE_RUN = re.compile(r"[0-9０-９][0-9０-９.,，%％]*")


def topic_noun_swapped(a: str, b: str) -> bool:
    """Whether point texts ``a`` and ``b`` (Simplified) differ only by one noun put for another, the same pair at
    least :data:`SWAPPED_TOPIC_TIMES` times, figures aside (``就业领域存在投入不足…基层就业服务能力薄弱，缺口813人``
    / ``教育领域存在投入不足…基层教育服务能力薄弱，缺口585人``): a report's sections that state their points in one
    frame about different fields state different points, not one point twice (fix42a). The nouns are Han words of
    at most :data:`SWAPPED_TOPIC_CHARS` characters, neither inside the other nor made of function characters only,
    the first standing where the two texts first differ. Bounded: at most (SWAPPED_TOPIC_CHARS + 1) ×
    SWAPPED_TOPIC_CHARS² replacements of the texts, each linear."""
    a, b = _FIGURE_RUN.sub("0", a), _FIGURE_RUN.sub("0", b)
    if a == b:
        return False
    n = min(len(a), len(b))
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    for back in range(min(k, SWAPPED_TOPIC_CHARS) + 1):
        at = k - back
        for lx in range(back + 1, SWAPPED_TOPIC_CHARS + 1):
            x = a[at:at + lx]
            if len(x) < lx or not all("\u4e00" <= c <= "\u9fff" for c in x) or a.count(x) < SWAPPED_TOPIC_TIMES:
                break
            if all(c in _FUNCTION_CHARS for c in x):
                continue
            for ly in range(back + 1, SWAPPED_TOPIC_CHARS + 1):
                y = b[at:at + ly]
                if len(y) < ly or not all("\u4e00" <= c <= "\u9fff" for c in y):
                    break
                if x in y or y in x or all(c in _FUNCTION_CHARS for c in y):
                    continue
                if len(a) + a.count(x) * (ly - lx) == len(b) and a.replace(x, y) == b:
                    return True
    return False


#: Fewest shared leading characters (the point's verb: 加强, 完善) before a one-character substitution for the two
#: points to be parallel points of one frame (:func:`_substituted_nouns`); a substitution inside the verb itself
#: (加强 / 加大, 提高 / 提升) is one point said twice.
SUBSTITUTED_NOUN_FRAME = 2
#: Characters of function words, degree words and modals: a middle made only of them is a wording change of one point
#: (``的``, ``和``/``与``, ``要``/``应``), not a different noun.
_FUNCTION_CHARS = frozenset("的地得之和与及并或等了也都还再更要应需须将把被对在于以其所各该此这那个项类些一")


def _substituted_nouns(ca: str, cb: str) -> bool:
    """Whether two differing middles (:func:`_differing_middles`, marks deleted) shorter than
    :data:`DISTINCT_MIDDLE_CHARS` on one side are a substitution of one content word for another in one frame
    (``完善小学教育`` / ``完善中学教育``, ``加强大气污染治理`` / ``加强水污染治理``): both non-empty, Han characters only, no
    character in common and neither made only of function characters (:data:`_FUNCTION_CHARS`). A word inserted or
    dropped (one middle empty) or a function word changed stays one point. Linear in the middles."""
    if not ca or not cb or set(ca) & set(cb):
        return False
    for m in (ca, cb):
        if not all("\u4e00" <= c <= "\u9fff" for c in m) or all(c in _FUNCTION_CHARS for c in m):
            return False
    return True


#: Most distinct points of one aspect of one essay that the near-duplicate test keeps (in text order: the first
#: ones survive; later points of that aspect are not read at all). Each new point is tested against the points kept
#: before it, and an input whose points all differ by digits only (``1.加强治理`` … ``40000.加强治理``) passes every
#: character-count filter of :class:`_KeptIndex`: its kept set grew with the input and the test was quadratic
#: (bounds32: 10k → 40k lines, x8.8 time). The cap bounds the test to ``DEDUP_MAX_KEPT`` candidates a point, so linear
#: in the points; the output keeps at most :func:`essay_points_cap` (≤ 3 × 50) of them by score. Measured: no essay
#: of the aspect corpus, aspects_dev or the seed comes near it (``benchmarks.output_hashes``: every output identical).
DEDUP_MAX_KEPT = 200


class _KeptText:
    """A kept point's text for :func:`near_duplicate` tests against later points: its difflib matcher (``b``, its
    character index built once) and its character counts."""

    __slots__ = ("text", "matcher", "counts", "size")

    def __init__(self, text: str, counts: Counter | None = None):
        self.text = text
        self.matcher = None  # built when a pair first passes the quick bounds (most never do)
        self.counts = Counter(text) if counts is None else counts  # (``counts``: ``Counter(text)`` when known)
        self.size = len(text)

    def same_point(self, a: str, a_counts: Counter, threshold: float = 0.8) -> bool:
        """``near_duplicate(a, text)``, the same value: the ratio's two upper bounds (difflib's
        ``real_quick_ratio``: the lengths, and ``quick_ratio``: the characters in common, counted once per
        character of ``a``) reject most pairs before the matching blocks are computed."""
        return self._may_be_same(a, a_counts, threshold) and self._ratio_reaches(a, threshold)

    def repeated_by(self, a: str, a_counts: Counter, threshold: float = 0.8) -> bool:
        """Whether ``a`` (``a_counts``: ``Counter(a)``) states this kept point again: ``same_point(a, a_counts,
        threshold) and not distinct_middles(a, text)``, the same value. Past the ratio's upper bounds the differing
        middles are read before the whole texts' ratio: a parallel point (``1.加强治理`` … ``99.加强治理``, 振兴乡村，
        要让人愿意回 / …回得去) is told apart on its short middles, with no matching blocks of the whole texts
        (speed34)."""
        if not self._may_be_same(a, a_counts, threshold):
            return False
        middles = _differing_middles(a, self.text)
        if middles is not None and _parallel_middles(a, self.text, middles):
            return False  # (distinct_middles: two parallel points of one frame)
        return self._ratio_reaches(a, threshold)

    def _may_be_same(self, a: str, a_counts: Counter, threshold: float) -> bool:
        """False when the ratio's two upper bounds already fall below ``threshold`` (see :meth:`same_point`)."""
        total = len(a) + self.size
        if not total:  # two empty texts: difflib's ratio is 1.0
            return 1.0 >= threshold
        if 2.0 * min(len(a), self.size) / total < threshold:
            return False
        counts = self.counts
        common = sum(min(k, counts[c]) for c, k in a_counts.items() if c in counts)
        return 2.0 * common / total >= threshold

    def _ratio_reaches(self, a: str, threshold: float) -> bool:
        """Whether difflib's ratio of ``a`` and the kept text reaches ``threshold`` (the matcher of the kept text,
        built once)."""
        if self.matcher is None:
            self.matcher = difflib.SequenceMatcher(None, "", self.text, autojunk=False)
        self.matcher.set_seq1(a)
        return self.matcher.ratio() >= threshold


class _KeptIndex:
    """The points kept so far (:class:`_KeptText`, in the order kept) and an inverted index that finds, for a new
    point, the only kept ones that can pass :meth:`_KeptText.same_point`: a prefix filter of an all-pairs similarity
    join (Bayardo et al. 2007; Xiao et al. 2008, PPJoin) on the texts' characters. The other kept points fail that
    test for certain, so the answer is the same as testing every kept point, for far fewer tests (dedup31: 10,000
    numbered lines of distinct points compared each with every point kept before it).

    The bound. ``same_point(a, b)`` holds only if ``2·common / (|a| + |b|) ≥ t`` (difflib's ``quick_ratio``, an upper
    bound of its ratio; ``t`` the threshold, ``0 < t ≤ 1``), where ``common`` is the size of the intersection of the
    two texts' character multisets. Read each text as a set of tokens ``(c, j)``: the ``j``-th occurrence of character
    ``c`` (``j`` from 0); ``common`` is then the size of the intersection of the two token sets. As ``|b| ≥ common``,
    ``common ≥ t·(|a| + common)/2``, so ``common ≥ t·|a|/(2 − t)`` (2/3 of ``|a|`` at ``t`` = 0.8), and the same for
    ``|b|``: each text needs at least ``o(n) = ⌈t·n/(2 − t)⌉`` tokens in common with any text that can pass. Order
    all tokens one fixed way (rarest character of the essay first, then the character, then ``j`` descending); the
    *prefix* of a text of ``n`` tokens is its first ``n − o(n) + 1`` tokens in that order. If two texts share at
    least ``o`` tokens, their first shared token ``x`` has at least ``o`` tokens of each text at or after it, so it
    lies in both prefixes: a pair whose prefixes share no token cannot pass. Scanning the new text's prefix in
    order, a kept text is first met at that token ``x`` (at place ``i`` of ``a``'s order, ``j`` of ``b``'s) when the
    pair can pass, and all shared tokens lie at or after it: ``common ≤ min(|a| − i, |b| − j)``, which must reach
    ``t·(|a| + |b|)/2`` (PPJoin's positional filter), or the pair fails. The length bound of ``real_quick_ratio``
    (``2·min(|a|, |b|) / (|a| + |b|) ≥ t``, so ``t·|a|/(2 − t) ≤ |b| ≤ (2 − t)·|a|/t``) skips more. Both bounds
    are widened by 1e-6 of a character against floating-point rounding (only more pairs tested, never fewer).

    Cost: sorting each point's characters once (O(m log m) for ``m`` characters) and the postings of the new point's
    prefix tokens, in place of one test per kept point. A threshold outside (0, 1] (or an empty text) tests every
    kept point, as before."""

    __slots__ = ("texts", "freq", "threshold", "postings", "empties", "exact", "last_hit")

    def __init__(self, freq: Counter, threshold: float = 0.8):
        self.texts: list[_KeptText] = []
        self.freq = freq  # (characters of the essay → their counts: the token order, rarest first)
        self.threshold = threshold
        #: token → (kept index, its length, the token's place in its order) of each kept text with it in its prefix
        self.postings: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
        self.empties: list[int] = []  # kept empty texts (never indexed: every one is a candidate)
        self.exact: set[str] = set()  # the kept texts themselves (a text kept again repeats one: ratio 1.0)
        #: the kept text that the last repeated point repeated (tested first: a list's parallel items repeat one)
        self.last_hit: _KeptText | None = None

    def _prefix(self, counts: Counter, n: int) -> list[tuple[str, int]]:
        """The first ``n − o(n) + 1`` tokens ``(c, j)`` of a text of ``n`` characters (``counts``: its character
        counts) in the fixed token order (see the class docstring)."""
        t = self.threshold
        least = max(1, -int(-(t * n / (2.0 - t) - 1e-6) // 1))  # o(n), widened (a ceiling of the float)
        freq = self.freq
        # (the characters sorted once, each one's tokens j = k-1 … 0 in a row: the order of sorting every token by
        # (freq, c, -j), for a sort of the distinct characters only; speed35)
        take = n - least + 1
        tokens: list[tuple[str, int]] = []
        for c in sorted(counts, key=lambda c: (freq.get(c, 0), c)):
            tokens.extend((c, j) for j in range(counts[c] - 1, -1, -1))
            if len(tokens) >= take:
                break
        return tokens[:take]

    def add(self, kept: _KeptText) -> None:
        """Keep ``kept`` (after every point kept before it) and index its prefix tokens."""
        i = len(self.texts)
        self.texts.append(kept)
        self.exact.add(kept.text)
        if not kept.size or not 0.0 < self.threshold <= 1.0:
            self.empties.append(i)
            return
        for pos, tok in enumerate(self._prefix(kept.counts, kept.size)):
            self.postings.setdefault(tok, []).append((i, kept.size, pos))

    def repeats(self, a: str, a_counts: Counter) -> bool:
        """Whether some kept point is repeated by ``a`` (``a_counts``: ``Counter(a)``): :meth:`_KeptText.repeated_by`
        of any :meth:`candidates`, the same value. A text equal to a kept one repeats it (difflib's ratio is 1.0 and
        there are no differing middles) and is answered by one set look-up, with no candidates read: a list whose
        items say the same words (``1.加强治理`` … ``9999.加强治理``, the numbers read as markers) costs one look-up
        an item."""
        if a in self.exact and self.threshold <= 1.0:
            return True
        # (speed42: the kept text the last repeated point repeated is tried first, with no candidates read: the
        # answer is an ``any`` over pure tests, the same in any order, and a kept text outside the candidates fails
        # its test for certain; items of one list repeat the same kept point one after another)
        last = self.last_hit
        if last is not None and last.repeated_by(a, a_counts, self.threshold):
            return True
        for k in self.candidates(a, a_counts):
            if k is not last and k.repeated_by(a, a_counts, self.threshold):
                self.last_hit = k
                return True
        return False

    def candidates(self, a: str, a_counts: Counter) -> list[_KeptText]:
        """The kept points that may pass ``same_point(a, a_counts, threshold)``, in the order kept: every other kept
        point fails it for certain (the class docstring's bound)."""
        t = self.threshold
        if not a or not 0.0 < t <= 1.0:
            return list(self.texts)
        n = len(a)
        low, high = t * n / (2.0 - t) - 1e-6, (2.0 - t) * n / t + 1e-6
        seen: dict[int, bool] = {}  # kept index → whether a candidate (decided where first met)
        postings = self.postings
        for pos_a, tok in enumerate(self._prefix(a_counts, n)):
            for i, size, pos_b in postings.get(tok, ()):
                if i not in seen:  # (first met at the first shared token: at most what is left after it is shared)
                    seen[i] = (low <= size <= high
                               and min(n - pos_a, size - pos_b) >= t * (n + size) / 2.0 - 1e-6)
        found = [i for i, ok in seen.items() if ok] + self.empties
        return [self.texts[i] for i in sorted(found)]


#: Region of the text of a section that has a list: the list gives the section's points.
SECTION_BODY = "body:"
_CONCLUSION = ("总之", "综上", "总而言之", "总的来说", "总体而言", "由此可见", "结语", "结论", "最后，我们", "让我们")
#: A paragraph whose first sentence has at most this many characters states its point there (申论 style:
#: ``完善科技型中小企业公司治理。一方面……另一方面……``).
TOPIC_SENTENCE_CHARS = 32


#: A sentence that defines or characterises its subject (``X是指…``, ``X具有…等特点``) or opens with a premise (``既然…``).
_DEFINITION = re.compile(r"是指|具有[^，,。；;]{0,24}?(?:特点|特征|属性)|^既然")
#: A sentence that defines a term as a kind of phenomenon or notion (``X线是地理学家针对…不平衡，提出的一种典型现象``,
#: ``所谓X，是…的一种说法``): a copula, at most 40 characters of one sentence, then 的一种, at most 8, and a noun of the
#: ``defined_kind`` cue group (现象, 概念, 说法 …) closing it. Bounded (weak21).
_NAMED_KIND_LEAD = re.compile(r"是[^。；;！？!?]{0,40}?的一种")
#: Most characters between 的一种 and the kind noun that ends a definition (``的一种典型现象``).
NAMED_KIND_CHARS = 8


def names_a_kind(sentence: str) -> bool:
    """Whether ``sentence`` defines its subject as a kind of phenomenon or notion (:data:`_NAMED_KIND_LEAD` and a
    ``defined_kind`` noun at its end, after at most :data:`NAMED_KIND_CHARS` characters and no comma, quotation and
    end marks aside; the subject is a term, not a demonstrative:
    ``“胡焕庸线是地理学家针对东西部发展不平衡，提出的一种典型现象。”``): a definition, which states no problem and
    proposes nothing even when it names a problem (不平衡) as what the term describes. Bounded: one search of at most
    60 characters per 是 (weak21)."""
    s = sentence.strip().strip("“”「」『』\"").rstrip("。.！!").strip("“”「」『』\"")
    kinds = asp.lexicon().words("defined_kind")
    if not s.endswith(kinds):
        return False
    reach = NAMED_KIND_CHARS + max(len(k) for k in kinds)
    # (the subject names a term: 这是…的一种不良现象 refers back to a problem just stated, a verdict on it)
    return any(len(s) - m.end() <= reach and not any(c in s[m.end():] for c in "，,")
               and len(s[:m.start()].strip()) >= 2 and not s.startswith(("这", "此", "那"))
               for m in _NAMED_KIND_LEAD.finditer(s))


def defines(sentence: str) -> bool:
    """Whether ``sentence`` defines or characterises its subject rather than stating a problem or a measure: a
    one-clause copula (``智库的资金是支撑其运作的基础资金``, ``网络诽谤、网络侮辱是典型的网络暴力行为``: an enumeration
    with ``、`` is one clause), ``X是指…``, ``X具有…等特点``, or a premise (``既然…``). Inside a point's body such a
    sentence opens the explanation of the heading: it is no point of its own."""
    s = sentence.strip()
    return bool(_DEFINITION.search(s)) or asp._thesis(s.replace("、", ""))


def _paragraphs(text: str, sentences: list[Sentence]) -> list[list[int]]:
    """Indices of ``sentences`` grouped by the line (paragraph) they are on, in text order (offsets into ``text``).
    Built once per essay (:func:`_essay_table`: five passes ask, speed37); the lists are shared, never changed."""
    return _essay_table(text, sentences, "paragraphs", _line_groups)


def _line_groups(text: str, sentences: list[Sentence]) -> list[list[int]]:
    """:func:`_paragraphs`, built: one forward scan of ``text`` for the line breaks. Linear."""
    groups: list[list[int]] = []
    line_start = -1
    last_nl, pos = -1, 0  # the newline before ``pos``, found by scanning forward once
    for i, s in enumerate(sentences):
        nl = text.rfind("\n", pos, s.start)
        if nl != -1:
            last_nl = nl
        pos = max(pos, s.start)
        ls = last_nl + 1
        if ls != line_start:
            groups.append([])
            line_start = ls
        groups[-1].append(i)
    return groups


#: An adversative that opens a sentence (``但是，…``, ``可是…``): after a report of a document's measures, the turn to
#: the writer's own verdict on them (:func:`sentence_regions`). Anchored, bounded.
_REPORT_TURN = re.compile(r"\s{0,2}(?:但是|可是|然而|不过|但(?!凡|愿))")


#: A subtitle line under a paper's title: a dash (``——``, ``—``, ``--``) then a case or scope named (``——以昭化区为例``,
#: ``——基于某县的调查``); it continues the title and opens no region.
_SUBTITLE = re.compile(r"\s{0,3}(?:[—－]{1,2}|-{2})\s{0,2}[^—\n]")


def sentence_regions(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None], *,
                     openers: bool = True) -> list[str | None]:
    """The aspect region each sentence lies in, or None.

    A region is opened by an item whose role carries an aspect (a section heading, a leaf section, a list
    item: the item's whole span), or by an opener sentence (a lead-in such as ``造成……的原因，大致分为两种。``
    or ``解决这些问题，……需要……``), which holds for the sentences after it until another opener, a section of
    its own aspect, a conclusion (``总之``, ``综上``) or the end of the essay. Innermost item spans win. The
    text of a section whose own list gives its points lies in the region :data:`SECTION_BODY` + its aspect
    (``"body:challenge"``): there only topic sentences that state the section's aspect are points.
    With ``openers=False`` only item spans open regions."""
    text = structure.text
    spans = []
    for it, role in zip(structure.items, roles):
        if role and role.aspect == asp.OTHER and it.titled and _SUBTITLE.match(structure.heading(it)):
            continue  # (a paper's subtitle line, ``——以某区为例``, under its title: no section of other matter; w67)
        if role and role.aspect:
            # a section whose list gives its points: the rest of its text is elaboration, not more points
            aspect = SECTION_BODY + role.aspect if role.role == "section" and role.aspect in (
                asp.CHALLENGE, asp.RECOMMENDATION) else role.aspect
            # (a section resets an opener's region like a heading does, titled or run-in: 第一，要……问题。…… 第二，……)
            spans.append((it.start, it.end, aspect, it.titled or role.role in ("section", "leaf")))
        elif role and role.role == "none" and it.titled and it.children:
            spans.append((it.start, it.end, None, True))
    # status sections (一、现状: :func:`summarizer.aspects.names_status_section`), whose prose may turn to problems
    status = sorted((it.start, it.end) for it, role in zip(structure.items, roles)
                    if role and role.aspect == asp.OTHER and it.titled
                    and asp.names_status_section(structure.heading(it))) if openers else []
    status_starts = [a for a, _ in status]
    # the first items of lists of neither aspect under a short label (优势：(1)…; :func:`summarizer.aspects._other_label`)
    other_lists = sorted(it.start for it, role in zip(structure.items, roles)
                         if role and role.aspect == asp.OTHER and role.role == "other" and it.value == 1)
    # prose sections headed by both aspects (二、存在的不足和下一步打算): their problems first, then their plans (left44b)
    mixed = set(_mixed_sections(structure, roles))
    mixed_turned: set[tuple[int, int]] = set()
    out: list[str | None] = []
    region: str | None = None
    j = 0
    active: list[tuple[int, int, str | None, bool]] = []
    paragraph_of = {g[0]: g for g in _paragraphs(text, sentences)} if openers else {}
    turned: tuple[int, str] | None = None  # (end of the item span, aspect) after a label line turned its body
    for si, s in enumerate(sentences):
        while j < len(spans) and spans[j][0] <= s.start:
            active.append(spans[j])
            if spans[j][3]:
                region = None  # a new section starts: an opener's region does not run into it
            j += 1
        active = [sp for sp in active if sp[1] > s.start]
        owner = active[-1][2] if active else None
        if owner is None and other_lists:
            k = bisect.bisect_right(other_lists, s.start)
            if k < len(other_lists) and other_lists[k] < min(s.end, s.start + asp.OTHER_LABEL_CHARS + 6) \
                    and asp._other_label(text[s.start:other_lists[k]]):
                # 优势：(1)减少…；(2)…: the sentence that opens with the label holds the list's items, no point (p60)
                owner = asp.OTHER
        if turned is not None and s.start < turned[0]:
            out.append(turned[1])
            continue
        turned = None
        if openers and owner in (asp.CHALLENGE, asp.RECOMMENDATION) and _label_line_turn(text, s, owner):
            # 五、车辆安全 ⏎ …缺少校车标识。⏎ 具体要求： ⏎ …开出整改通知单，限期整改。: a label line of the other
            # aspect, alone on its line, turns the rest of the item's body (the last item of a list runs on past
            # it: p27prec)
            turned = (active[-1][1], asp.RECOMMENDATION if owner == asp.CHALLENGE else asp.CHALLENGE)
            out.append(None)
            continue
        if owner is None and si in paragraph_of and region in (asp.CHALLENGE, asp.RECOMMENDATION) and \
                s.kind == "sentence" and _paragraph_turn([sentences[k] for k in paragraph_of[si]], region):
            # an opener's region ends at a paragraph of prose that argues the other aspect (根源在于…。若…便会…。 ⏎
            # 落实需精准发力。…要以清单为抓手…。同时，…必须化繁为简…): the paragraph is read as free prose, as it
            # would be on its own (trialfix21b K6)
            region = None
        body = text[s.start:s.end].strip()
        if body.startswith(_CONCLUSION):
            region = None
        # a title names the essay's topic (……的思考及建议): only a heading line that ends in a colon opens a region
        # (a lead-in that ends in a dash, 有三大因素——, announces only the list right after it, in running prose)
        opener = asp.opener_aspect(body) if openers and (s.kind == "sentence" or body.endswith(("：", ":"))) and not \
            body.rstrip().endswith(LEAD_DASHES) else None
        if owner is None and region in (asp.CHALLENGE, asp.RECOMMENDATION) and not opener and s.kind == "sentence":
            # an opener's region ends at a sentence that plainly states the other aspect (对此，应当…): it and what
            # follows lie in that aspect's region
            own = asp.prose_aspect(body)
            if own is None and region == asp.CHALLENGE and asp.weak_modal_measure(body, actor=True):
                own = asp.RECOMMENDATION  # (…等问题。未来，中央可通过…方式，给予…: a public actor's suggestion turns it)
            if own in (asp.CHALLENGE, asp.RECOMMENDATION) and own != region:
                region = own
        if owner is None and region == asp.OTHER and not opener and s.kind == "sentence" \
                and _REPORT_TURN.match(body) and asp.sentence_aspect(body) == asp.CHALLENGE:
            # 《报告》公布了若干措施，包括…。但是，这些措施都不能回答…最关注的问题: commentary turns from the document
            # (or the measures) it reports to its own verdict; the region ends there and what follows is free prose
            # (Part 56)
            region = None
        if owner == asp.OTHER and s.kind == "sentence" and status and asp.announces_problems(body):
            k = bisect.bisect_right(status_starts, s.start) - 1
            if k >= 0 and s.start < status[k][1]:
                # 1.1.2 当今现状 ⏎ 目前，大学生在申请…时遇到了诸多问题。⏎ 1) 时间安排。…: a status section's prose that
                # announces problems turns the rest of the section to them (p60, Part 60's 3095)
                turned = (min(status[k][1], active[-1][1]), asp.CHALLENGE)
                out.append(None)
                continue
        if owner == asp.OTHER and s.kind == "sentence" and openers and announces_own_problems(body):
            # 一、2025年工作回顾 ⏎ …成效。⏎ 同时，我们也清醒认识到，工作中还存在不少问题：A；B。: the difficulties
            # paragraph that closes a section of work done is the report's own problems; it and the rest of its
            # paragraph are read as free prose (Part 70's 3684, 3685)
            end = text.find("\n", s.end)
            turned = (min(active[-1][1], len(text) if end < 0 else end), None)
            out.append(None)
            continue
        if owner == asp.OTHER and s.kind == "sentence" and asp.run_in_label_aspect(body):
            # 案例一 ⏎ 问题描述：某社区…突出。: inside a case, a run-in label that names an aspect states its point
            out.append(asp.run_in_label_aspect(body))
            continue
        if mixed and owner == asp.RECOMMENDATION and s.kind == "sentence" and active[-1][:2] in mixed \
                and active[-1][:2] not in mixed_turned:
            own = mixed_section_aspect(body)
            if own != asp.RECOMMENDATION:
                # (回顾一年的工作，自己在理论学习上还不够深入: a problem the heading names first; a sentence of neither
                # aspect stays in the section's region, no free prose)
                out.append(own or owner)
                continue
            mixed_turned.add(active[-1][:2])  # (下一步，我将加强理论学习: the plans, to the section's end)
        out.append(owner if owner is not None else region)
        if opener:
            region = opener
            # the opener itself is no point, unless it states one through a copula (……的首要问题是师资失衡)
            # (……的首要问题是师资失衡), or names its problem and the measure (解决教育公平问题，需要改革资源配置模式。: a
            # run-in heading of the 申论 paragraph it opens)
            out[-1] = owner if owner is not None else (
                opener if asp.states_after_cue(body) or asp.run_in_measure(body) else None)
    return out


def _mixed_sections(structure: Structure, roles: list[ItemRole | None]) -> list[tuple[int, int]]:
    """(start, end) of the titled prose sections (role ``leaf``) read as recommendation sections whose heading names the
    problems and then the plans (:func:`summarizer.aspects.names_both_aspects`: ``二、存在的不足和下一步打算``): their
    sentences are read by :func:`mixed_section_aspect` until the turn to the plans (left44b). Linear in the items."""
    return [(it.start, it.end) for it, role in zip(structure.items, roles)
            if role and role.aspect == asp.RECOMMENDATION and role.role == "leaf" and it.titled
            and asp.names_both_aspects(structure.heading(it))]


def mixed_section_aspect(sentence: str) -> str | None:
    """Aspect of a sentence of a prose section whose heading names the problems and then the plans
    (:func:`summarizer.aspects.names_both_aspects`: ``存在的不足和下一步打算``, ``存在问题及整改措施``), read before the
    section turns to its plans: a recommendation when it opens with a turn word (``mixed_section_turn`` cue group:
    ``下一步，我将…``, ``针对上述问题，…``) or states a measure (:func:`_region_sentence_aspect`), and the section's
    sentences after it are measures; a challenge when it states a shortcoming by a shortfall predicate
    (:func:`summarizer.aspects.challenge_strength`: ``业务创新意识不强，工作方法较为单一。``); else None (a sentence
    of review, ``回顾一年的工作，…``, that states neither). A work report's section names its shortcomings before its
    plans (left44b). Linear in the sentence."""
    body = sentence.strip()
    lead = body.lstrip(_TRIM + "一二三四五六七八九十是")
    if lead.startswith(asp.lexicon().words("mixed_section_turn")):
        return asp.RECOMMENDATION
    own = _region_sentence_aspect(body)
    if own == asp.RECOMMENDATION:
        return own
    if announces_own_problems(body):
        return None  # (但也存在一些问题和不足: the sentence announces the problems its next ones name)
    return asp.CHALLENGE if own == asp.CHALLENGE and asp.challenge_strength(body) else None


def announces_own_problems(sentence: str) -> bool:
    """Whether ``sentence`` announces that problems exist (:func:`summarizer.aspects.announces_problems`), as a whole
    (``同时，我们也清醒地看到，发展中还存在不少问题。``: its next sentences name them) or in its words before a colon
    that lists them (``我们也清醒认识到，工作中还存在不少问题：A；B``). Linear in the sentence."""
    body = sentence.rstrip("。！!；;")
    colon = next((i for i, ch in enumerate(body) if ch in "：:"), -1)
    return asp.announces_problems(body) or (colon > 0 and asp.announces_problems(body[:colon]))


def _label_line_turn(text: str, s: Sentence, owner: str) -> bool:
    """Whether the sentence ``s`` of ``text`` is a label line of the aspect other than ``owner`` (the aspect of the
    item span it lies in): it stands alone on its line, ends in a colon and announces that aspect
    (:func:`summarizer.aspects.lead_in_aspect`: ``具体要求：``, ``存在问题：``), at most :data:`LABEL_LINE_CHARS`
    characters. O(length of the sentence) (p27prec)."""
    body = text[s.start:s.end].strip()
    if not body.endswith(("：", ":")) or len(body) > LABEL_LINE_CHARS:
        return False
    # (bounded: an indent of at most 8 characters on either side of the label, then the line's break or the text's end)
    lo = max(0, s.start - 8)
    before = text[lo:s.start].rstrip(" \t\u3000")
    if not (before.endswith("\n") or not before and lo == 0):
        return False
    after = text[s.end:s.end + 8].lstrip(" \t\u3000")
    if not (after.startswith("\n") or not after and s.end + 8 >= len(text)):
        return False
    aspect = asp.lead_in_aspect(body)
    return aspect in (asp.CHALLENGE, asp.RECOMMENDATION) and aspect != owner


#: Most characters of a label line that turns an item's body (:func:`_label_line_turn`: ``具体要求：``).
LABEL_LINE_CHARS = 12


def _paragraph_turn(group: list[Sentence], region: str) -> str | None:
    """The other aspect when a paragraph of prose argues it against an opener's ``region``, else None: its first
    sentence states the other aspect by its first clause (:func:`summarizer.aspects.front_aspect`; ``落实需精准发力、
    直抵病灶。``) but not as prose (:func:`summarizer.aspects.prose_aspect`, which turns the region to the other aspect
    itself), and at least as many of its sentences state the other aspect as the
    region's (:func:`_region_sentence_aspect`). Linear in the paragraph's length."""
    other = asp.RECOMMENDATION if region == asp.CHALLENGE else asp.CHALLENGE
    head = group[0].text.strip()
    if head.startswith(_CONCLUSION) or asp.front_aspect(head) != other or asp.prose_aspect(head) is not None:
        return None  # (a head that states the other aspect as prose turns the region itself: :func:`sentence_regions`)
    votes = Counter(_region_sentence_aspect(s.text) for s in group if s.kind == "sentence")
    return other if votes[other] >= max(1, votes[region]) else None


@dataclass
class _Layout:
    """Where each sentence of an essay stands, computed once per essay for every points path: ``regions`` (per
    sentence, :func:`sentence_regions`), ``in_point`` / ``in_heading`` (per character of the essay's text: inside an
    item whose role is a point / inside a titled item's heading) and ``markers`` (sorted start offsets of the list
    markers)."""

    regions: list[str | None]
    in_point: list[bool]
    in_heading: list[bool]
    markers: list[int]
    problem_items: list[int] = field(default_factory=list)  # sorted starts of the items that are challenge points
    meeting_report: bool = False  # the essay reports a meeting (:func:`summarizer.aspects.reports_meeting`)


def _layout(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None]) -> _Layout:
    n = len(structure.text)
    return _Layout(
        regions=sentence_regions(structure, sentences, roles),
        in_point=_covered(n, [(it.start, it.end) for it, role in zip(structure.items, roles)
                              if role and role.role == "point"]),
        in_heading=_covered(n, [(it.start, it.heading_end) for it in structure.items if it.titled]),
        markers=sorted(_marker_starts(structure)),
        problem_items=sorted(it.start for it, role in zip(structure.items, roles)
                             if role and role.aspect == asp.CHALLENGE and role.role == "point"),
        meeting_report=asp.reports_meeting([s.text for s in sentences[:asp.MEETING_REPORT_SENTENCES]]),
    )


def _meeting_said(layout: _Layout, sentence: str) -> int:
    """Where the words of a meeting report's own meeting begin in ``sentence`` (``会议要求，`` of ``会议要求，各单位
    要…``; :func:`summarizer.aspects.meeting_said_end`), or 0 when the essay reports no meeting or the sentence
    quotes another speaker: what the reported meeting found and required is the report's content (corpus21)."""
    return asp.meeting_said_end(sentence) if layout.meeting_report else 0


def _region_sentence_aspect(sentence: str) -> str | None:
    """Aspect a sentence of an aspect region states by its own words: a turn to the measures that names the problem
    it solves and then prescribes (:func:`summarizer.aspects.run_in_measure`: ``为解决这种困境，我们应从A、B等方面
    综合施策。``) is a measure, although its purpose clause opens with a problem noun that
    :func:`summarizer.aspects.front_aspect` reads as a stated shortcoming; else the first clause's aspect
    (:func:`summarizer.aspects.front_aspect`) or the sentence's cue words (:func:`summarizer.aspects.sentence_aspect`)."""
    if asp.run_in_measure(sentence):
        return asp.RECOMMENDATION
    if asp.conditional_proposal(sentence):
        return asp.RECOMMENDATION  # …仍有不少闲置空间，若能加以改造，将对…有帮助: a course urged by its good (lefts25)
    return asp.front_aspect(sentence) or asp.sentence_aspect(sentence)


@lru_cache(maxsize=1)
def _modal_remedy_re() -> re.Pattern[str]:
    """A modal (``modal`` cue group) and, later in its clause, a verb of solving (``solution_verb``): a remedy
    prescribed for the problem it names (要定期研究解决…新问题, 应彻底消除…隐患); built on first use."""
    return re.compile(f"(?:{asp.cue_pattern('modal').pattern})[^，,；;。！？!?\n]{{0,20}}?"
                      f"(?:{asp.cue_pattern('solution_verb').pattern})")


def modal_remedy(sentence: str) -> bool:
    """True when ``sentence`` holds a modal (要, 应, 必须 …: ``modal`` cue group) followed in the same clause (no
    ，；。 between) by a verb of solving (解决, 消除, 化解 …: ``solution_verb``): it prescribes the remedy of the
    problem it names, a measure although its problem words read as a shortcoming. Reads the cue words as the rules
    do (Simplified; the pipeline folds Traditional text first). One regex search with a bounded gap (at most 20
    characters between the two words): linear in the sentence."""
    return _modal_remedy_re().search(sentence) is not None


#: A verb's perfective 了 between two CJK characters (印发了值班表, 组织了两期), not 了 of a word (为了, 除了, 了解,
#: 受不了) or a sentence-final 了.
_PERFECTIVE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除罢])了(?![解如结却得])(?=[\u4e00-\u9fff])")


def reports_work(body: str) -> bool:
    """Whether the text under a heading (``body``, Simplified view) reports work done: a completion mark
    (:func:`summarizer.aspects.narrates_done`) or results (:func:`summarizer.aspects.narrates_results`), or a verb's
    perfective 了 (``年初印发了值班表``) with no strong modal (:func:`summarizer.aspects.strong_modal`). One regex
    search and the cue tests: linear in ``len(body)``."""
    if asp.narrates_done(body) or asp.narrates_results(body):
        return True
    return _PERFECTIVE.search(body) is not None and not asp.strong_modal(body)


def _run_reports_work(structure: Structure, item, roles: list[ItemRole | None]) -> bool:
    """Whether the run of titled list items ``item`` belongs to (its siblings of the same ``run``) is a work summary's
    list of what was done: at least two items, and the bodies of more than half of them (each read up to
    :data:`summarizer.aspects.NARRATED_BODY_CHARS` characters) report work done (:func:`reports_work`). Computed
    once per run and kept on the structure: linear in the run's bodies."""
    memo = structure.__dict__.setdefault("_run_reports_work", {})
    key = (id(item.parent), item.run)
    if key not in memo:
        text = structure.text
        siblings = [ch for ch in (item.parent.children if item.parent is not None else structure.items)
                    if ch.parent is item.parent and ch.run == item.run and ch.titled]
        done = sum(reports_work(text[ch.heading_end:min(ch.end, ch.heading_end + asp.NARRATED_BODY_CHARS)])
                   for ch in siblings)
        memo[key] = len(siblings) >= 2 and done * 2 > len(siblings)
    return memo[key]


def _paragraph_points(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None],
                      layout: _Layout, scores, max_chars: int) -> dict[str, list[RawPoint]]:
    """Points of the paragraphs that lie in an aspect region but hold no list item.

    A paragraph whose first sentence is short states its point there (the topic sentence); in a longer
    paragraph each sentence whose own cue words agree with the region gives its cue clauses."""
    text = structure.text
    out: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    regions, in_point, in_heading, markers = layout.regions, layout.in_point, layout.in_heading, layout.markers

    def free(s: Sentence) -> bool:
        return s.kind == "sentence" and not in_point[s.start] and not in_heading[s.start]

    def holds_marker(s: Sentence) -> bool:  # a list marker starts inside the sentence (after its first character)
        k = bisect.bisect_right(markers, s.start)
        return k < len(markers) and markers[k] < s.end

    def region_aspect(i: int) -> str | None:
        r = regions[i]
        return r[len(SECTION_BODY):] if r and r.startswith(SECTION_BODY) else r

    body_topics: dict[int, list[RawPoint]] = {}  # section start -> topic sentences of its paragraphs
    uncued_topics: dict[int, list[RawPoint]] = {}  # section start -> topic sentences that carry no cue word
    run_in_leaves = {it.start for it, role in zip(structure.items, roles)
                     if role and role.role == "leaf" and not it.titled}
    sections = [(it.start, it.end) for it, role in zip(structure.items, roles) if role and role.role == "section"]
    # (the body of a problem item headed by a bare label, 考核与激励: its problems are read by _label_body_problems)
    label_bodies = sorted((it.heading_end, it.end) for it, role in zip(structure.items, roles)
                          if role and role.aspect == asp.CHALLENGE and role.role == "point" and it.titled
                          and asp.states_no_problem(structure.heading(it)))
    label_starts = [la for la, _ in label_bodies]
    label_reach = list(itertools.accumulate((lb for _, lb in label_bodies), max))  # (the furthest end so far)

    def in_label_body(pos: int) -> bool:
        k = bisect.bisect_right(label_starts, pos) - 1
        return k >= 0 and label_reach[k] > pos
    intro_spans = _section_intros(structure, roles)
    # (a section headed by both aspects states its problems, then its plans: no topic over the rest; left44b)
    mixed = sorted(_mixed_sections(structure, roles))
    mixed_starts = [ma for ma, _ in mixed]
    mixed_reach = list(itertools.accumulate((mb for _, mb in mixed), max))  # (the furthest end so far)

    def in_mixed(pos: int) -> bool:
        k = bisect.bisect_right(mixed_starts, pos) - 1
        return k >= 0 and mixed_reach[k] > pos
    groups = _paragraphs(text, sentences)
    last_paragraph = groups[-1] if groups else []
    item_starts = [it.start for it in structure.items]
    for group in groups:
        # a paragraph that holds a list item still has a topic sentence before it (困境。一是…二是…)
        head = sentences[group[0]]
        first_free = group[0] if head.kind == "sentence" and not in_heading[head.start] else None
        idx = [i for i in group if free(sentences[i]) and region_aspect(i) in out]
        topic_only = first_free is not None and first_free not in idx and region_aspect(first_free) in out
        if topic_only and _line_heading_body(structure, item_starts, sentences[first_free].start):
            continue  # 接通率低与渠道不畅 ⏎ 热线电话常因…: a bare heading line states the point, its body elaborates
        if topic_only:  # inside a point's body: only its topic sentence may be a point of its own
            idx = [first_free] + idx
        if not idx or asp.is_commentary(sentences[group[0]].text):
            continue  # a reviewer's comment on the essay states nothing of the essay's own
        first = sentences[idx[0]]
        aspect = region_aspect(idx[0])
        in_body = bool(regions[idx[0]] and regions[idx[0]].startswith(SECTION_BODY))
        a, b = _trim(text, marker_end(structure, first.start), first.end)
        if first.start in _marker_starts(structure) and first.start not in run_in_leaves:
            # the paragraph opens with a list item: the item is the point (a run-in leaf section, 第三，要压实责任。……
            # in a speech, opens its paragraph with its topic: its sentences are read as a section's)
            continue
        if topic_only and holds_marker(first):
            continue  # a lead-in that opens a list inside a point's body (以下几点建议：第一，…): its items are the points
        own_first = asp.front_aspect(text[a:b]) or asp.sentence_aspect(text[a:b])
        agreeing = sum(1 for i in idx[1:] if (asp.front_aspect(sentences[i].text)
                                               or asp.sentence_aspect(sentences[i].text)) == aspect)
        # a paragraph of several problem (or measure) sentences is a list in prose, not a topic and its body; but one
        # that opens by naming its problem and the measure (解决X问题，需要Y。) is a run-in heading over its argument
        run_in = idx[0] == group[0] and len(group) > 1 and aspect == asp.RECOMMENDATION and asp.run_in_measure(text[a:b])
        # (a bare imperative heading, 引入金融衍生工具，运用资产证券化手段。, heads its paragraph however many measure
        # sentences argue it)
        bare = aspect == asp.RECOMMENDATION and asp.starts_imperative(text[a:b]) and not asp.has_cue(text[a:b], "modal")
        # (a sentence that only announces problems, 工作中存在不少缺点和不足。, heads no argument: the sentences after it
        # state what it announces, each its own point)
        # (two sentences that each state the aspect by their own words, the second opening on a new subject, not a
        # connective or a word that refers back, are a list in prose: 部分居民分类意识淡薄。收运设施配置不足。)
        # (not after a bare imperative, the 申论 paragraph's topic sentence over its elaboration, 规范企业财务管理。企业应…;
        # nor after an opener, whose sentence is the point the next one supports: 之所以…，根本原因在于…。)
        pair = (len(group) == 2 and agreeing == 1 and not in_body and idx == list(group) and not bare
                and not sentences[group[1]].text.startswith(asp.CONNECTIVES + asp._ANAPHORA + LINKING_CONNECTIVES)
                and asp.opener_aspect(text[a:b]) is None)
        topic = run_in or (idx[0] == group[0] and 4 <= b - a <= TOPIC_SENTENCE_CHARS and len(group) > 1
                           and (agreeing < 2 or bare) and not pair and not text[a:b].startswith(asp.CONNECTIVES)
                           and not asp.announces_problems(text[a:b])
                           and (own_first == aspect if in_body else own_first in (aspect, None))
                           and not (topic_only and own_first is None and defines(text[a:b]))
                           and not (own_first is None and _closing_paragraph(sentences, group, last_paragraph))
                           # (…考核与激励 ⏎ 良好的考核机制能激励员工。…然而，…尚未建立: under a label the opening sets
                           # out the practice, no problem)
                           and not (own_first is None and in_label_body(first.start))
                           and not in_mixed(first.start))
        if in_body:
            # (the section's introduction, before its list, may state a point of its own: …我们不仅需要…，还需要…)
            out[aspect].extend(_section_intro_points(structure, sentences, idx, intro_spans, aspect, scores,
                                                     max_chars))
        if topic and in_body:
            owner = max((sa for sa, sb in sections if sa <= first.start < sb), default=-1)  # sections: few
            body_topics.setdefault(owner, []).append(RawPoint(aspect, a, b, float(scores[idx[0]])))
            continue
        if in_body and not topic and own_first is None and _uncued_topic(text[a:b], idx[0] == group[0], len(group)):
            # a topic that states the section's aspect by no cue word of its own (AI诈骗治理技术要求较高。): kept when
            # its sibling paragraphs' topics state the aspect (below)
            owner = max((sa for sa, sb in sections if sa <= first.start < sb), default=-1)
            uncued_topics.setdefault(owner, []).append(RawPoint(aspect, a, b, float(scores[idx[0]])))
            continue
        if topic:
            out[aspect].append(RawPoint(aspect, a, b, float(scores[idx[0]])))
            if run_in:
                # the argument under a run-in heading may turn to the other aspect (解决X问题，需要增加投入。我国教育经费
                # 投入不足，……): a sentence where the region turned (:func:`sentence_regions`) states its own point
                # (and a later sentence that opens with an ordinal or an adding word and prescribes a measure of its
                # own, 解决这个问题，首先要A。其次要B。同时要C。还要D。, is the heading's sibling in a list in prose, not its
                # argument: its own point, :func:`_sibling_measure`; try45, runin45)
                # (adding words, 同时要B。还要C。, only after a heading that points back to the problem it solves,
                # 解决这个问题，要A。: one that names it, 解决X问题，需要Y。, labels its paragraph like its siblings'
                # and what it adds argues the label)
                refers_back = _HEADING_REFERS_BACK.match(text, a, b) is not None
                for i in idx[1:]:
                    s = sentences[i]
                    own = asp.front_aspect(s.text) or asp.sentence_aspect(s.text)
                    sibling = (regions[i] == aspect and own in (aspect, None)
                               and _sibling_measure(s.text, own == aspect, refers_back))
                    own = aspect if sibling else own
                    if (regions[i] != aspect and own == regions[i] or sibling) and not holds_marker(s):
                        pa, pb = cue_window(text, marker_end(structure, s.start), s.end, own, max_chars)
                        if pb > pa:
                            out[own].append(RawPoint(own, pa, pb, float(scores[i])))
            continue
        if in_body:
            continue
        if topic_only:
            idx = idx[1:]
        for i in idx:
            s = sentences[i]
            if s.text.startswith(_TOPIC_OPENERS):
                continue
            if holds_marker(s):
                continue  # the sentence opens a list: its items are the points
            # (a subject before its modal, 政府应尽早检讨…, is read as prose reads it when the cue words decide nothing)
            own = _region_sentence_aspect(s.text) or asp.prose_aspect(s.text)
            if own == asp.CHALLENGE and regions[i] == asp.RECOMMENDATION and modal_remedy(s.text):
                own = asp.RECOMMENDATION  # 要定期研究解决…出现的新问题: in a measures section, the remedy of a problem
            if own is None and regions[i] == asp.RECOMMENDATION and asp.subject_prescribes(s.text):
                # a measures section written as prose paragraphs: 政府宜参考外地做法，…, X作为主办单位，理应在…公布…
                # prescribe by a subject's modal whatever verb follows it
                own = asp.RECOMMENDATION
            elif own is None and regions[i] == asp.RECOMMENDATION and asp.weak_modal_measure(s.text):
                own = asp.RECOMMENDATION  # 政府可采取两头补贴的方式: a weak modal's suggestion, inside a measures region
            elif own is None and regions[i] == asp.RECOMMENDATION and stray_marked_measure(text, s.start, s.end):
                own = asp.RECOMMENDATION  # 1）设立企业诉求快速响应平台。: a list line its run left out (fix42a)
            if own == regions[i] == asp.CHALLENGE or own == regions[i] and _in_place_list(text, s.start, s.end, own):
                # (cut as prose is: its ；-parts, a lead-in's list, a run of terse problems in chunks; cut20; and a
                # measure sentence that lists its items after a listing word, 并列出11项措施，包括A；B；C: Part 65's 3381)
                for pa, pb in _sentence_parts(structure, marker_end(structure, s.start), s.end, own, max_chars):
                    out[own].append(RawPoint(own, pa, pb, float(scores[i])))
            elif own == regions[i]:
                # (a measure's ；-parts are read by _semicolon_measure_points, which drops their lead: 为此，建议…)
                pa, pb = cue_window(text, marker_end(structure, s.start), s.end, own, max_chars)
                if pb > pa:
                    out[own].append(RawPoint(own, pa, pb, float(scores[i])))
    # a section laid out as several paragraphs, each opening with its topic (法律法规滞后。一是…二是… / 缺乏行业合力。…):
    # the topics are its sub-headings; a single such paragraph only sums up its list
    # (inside such a section a paragraph's topic is a sub-heading too when it states the aspect by no cue word, the
    # section's own announcement and its siblings say what it is: 法律法规滞后。… 缺乏行业合力。… 技术要求较高。…)
    for owner, topics in body_topics.items():
        if len(topics) >= 2:
            for p in topics + uncued_topics.get(owner, []):
                out[p.aspect].append(p)
    return out


def _section_intros(structure: Structure, roles: list[ItemRole | None]) -> list[tuple[int, int, frozenset[str]]]:
    """Sorted ``(start, end, bigrams)`` of the introductions of the titled aspect sections whose own list gives their
    points: ``[start, end)`` (offsets into the essay's text) runs from the end of the section's heading to its first
    sub-item (``三、治理措施 ⏎ 构建…是一项系统性工程。我们不仅需要…，还需要… ⏎ （一）…``); ``bigrams``: the Han
    character pairs of the headings of its sub-items (:func:`_han_bigrams`). Empty spans are left out."""
    spans = []
    for it, role in zip(structure.items, roles):
        if role and role.role == "section" and role.aspect in (asp.CHALLENGE, asp.RECOMMENDATION) and it.titled \
                and it.children:
            a, b = it.heading_end, it.children[0].start
            if b > a:
                grams = frozenset().union(*(_han_bigrams(structure.heading(ch)) for ch in it.children))
                spans.append((a, b, grams))
    spans.sort(key=lambda sp: sp[0])
    return spans


#: Fewest Han character pairs an introduction's sentence shares with the headings of its section's sub-items to
#: preview them (:func:`_section_intro_points`): ``法律法规建设仍存在滞后性问题`` before ``（一）法律法规滞后``.
INTRO_PREVIEW_BIGRAMS = 3


def _han_bigrams(text: str) -> frozenset[str]:
    """The pairs of adjacent Han characters of ``text`` (``法律法规`` -> 法律, 律法, 法规). Linear."""
    return frozenset(m.group()[k:k + 2] for m in _HAN_ONLY.finditer(text) for k in range(len(m.group()) - 1))


def _section_intro_points(structure: Structure, sentences: list[Sentence], idx: list[int],
                          intro_spans: list[tuple[int, int, frozenset[str]]], aspect: str, scores,
                          max_chars: int) -> list[RawPoint]:
    """Points of the sentences ``idx`` (indices into ``sentences``, one paragraph in the body region of an ``aspect``
    section) that lie in the section's introduction (``intro_spans``, :func:`_section_intros`: before its first
    sub-item) and state the section's aspect as prose does (:func:`summarizer.aspects.prose_aspect`: ``我们不仅需要
    从宣传教育着手，还需要建立…监督机制``) but neither open the list (:func:`summarizer.aspects.opener_aspect`:
    ``破解…难，需要多方协同发力``), a problem by a deficiency or a verdict of its own (not only the announcement of
    its causes: ``…有其深层次的原因，既有…又有…``), nor share a paragraph with the list (``基层力量薄弱。一是…二是…``: the topic the
    run-in items spell out) nor preview a sub-item (:data:`INTRO_PREVIEW_BIGRAMS` character pairs
    shared with the sub-items' headings), each cut to its cue clauses (:func:`cue_window`). The section's list gives
    its points; its introduction may state one more of the same aspect before the list (weakb20). One binary search
    per sentence."""
    text = structure.text
    starts = [sp[0] for sp in intro_spans]
    points = []
    for i in idx:
        s = sentences[i]
        k = bisect.bisect_right(starts, s.start) - 1
        if k < 0 or s.end > intro_spans[k][1] or s.text.startswith(_TOPIC_OPENERS):
            continue
        if "\n" not in text[s.end:intro_spans[k][1]]:
            continue  # (存在的问题 ⏎ 基层力量薄弱。一是…二是…: the topic its run-in list spells out, in one paragraph)
        if asp.prose_aspect(s.text) != aspect or asp.opener_aspect(s.text):
            continue  # (破解…难，需要多方协同发力。: a turn that opens the list, no point of its own)
        if aspect == asp.CHALLENGE and not (asp._prose_deficits(s.text) or asp.states_verdict(s.text)):
            continue  # (…难以提高有其深层次的原因，既有…又有…: it announces the causes its list states)
        if len(_han_bigrams(s.text) & intro_spans[k][2]) >= INTRO_PREVIEW_BIGRAMS:
            continue  # (法律法规建设仍存在滞后性问题 before （一）法律法规滞后: it previews the list, whose item is the point)
        pa, pb = cue_window(text, s.start, s.end, aspect, max_chars)
        if pb > pa:
            points.append(RawPoint(aspect, pa, pb, float(scores[i])))
    return points


def _line_heading_body(structure: Structure, item_starts: list[int], pos: int) -> bool:
    """Whether offset ``pos`` (into ``structure.text``) lies in the body of a bare heading line: an item of family
    ``line`` (a short line with no list marker over its paragraph, ``接通率低与渠道不畅`` ⏎ ``热线电话常因…``) is the
    deepest item holding ``pos`` (``item_starts``: the starts of ``structure.items``, in document order). Such a
    heading states its point; its body's findings (figures, examples, its first sentence too) are not points beside
    it (rule of 701 and 712). One bisection and a walk up the parents: logarithmic in the items, plus the depth."""
    items = structure.items
    k = bisect.bisect_right(item_starts, pos) - 1
    it = items[k] if k >= 0 else None
    while it is not None and not it.start <= pos < it.end:
        it = it.parent
    return it is not None and it.titled and it.family == "line"


def _closing_paragraph(sentences: list[Sentence], group: list[int], last: list[int]) -> bool:
    """Whether the paragraph ``group`` (indices into ``sentences``, :func:`_paragraphs`) closes the essay: it is the
    last paragraph (``last``) and follows a paragraph of prose, not a heading of its own. An essay closes with a
    slogan and an exhortation (``养老无小事。只有把…放在心上，才能…``), which a measures region opened earlier
    (``破解…难题，需要多方协同发力。一是…``) does not make a measure when no cue word of its own states one
    (trial14 T5); a last paragraph under its own heading is that section's text (a page cut after it)."""
    return bool(group) and group is last and group[0] > 0 and sentences[group[0] - 1].kind == "sentence"


def _uncued_topic(sentence: str, opens_paragraph: bool, paragraph_sentences: int) -> bool:
    """Whether ``sentence`` (trimmed, no list marker), a sentence of an aspect section's body that states no aspect by
    its own cue words, has the shape of the paragraph's topic sentence: it opens a paragraph of two or more sentences,
    is 4 to :data:`TOPIC_SENTENCE_CHARS` characters long, and opens with no connective
    (:data:`summarizer.aspects.CONNECTIVES`), announces no list (:func:`summarizer.aspects.announces_problems`) and
    defines nothing (:func:`defines`). :func:`_paragraph_points` keeps it as a point only when two or more sibling
    paragraphs of the same section open with topics that do state the section's aspect."""
    return (opens_paragraph and paragraph_sentences > 1 and 4 <= len(sentence) <= TOPIC_SENTENCE_CHARS
            and not sentence.startswith(asp.CONNECTIVES) and not asp.announces_problems(sentence)
            and not defines(sentence))


#: Characters of essay text per prose point (:func:`_prose_points`): the cap per aspect grows with the essay.
PROSE_CHARS_PER_POINT = 300
#: Most prose points per aspect of one essay (as many as the unstructured fallback's :data:`FALLBACK_POINTS`: a long
#: interview or commentary states a prose problem every few paragraphs, and 8 cut the later ones; the per-character
#: cap above still keeps a short essay's prose to a few points).
PROSE_POINTS = 12
#: Most points per aspect the unstructured fallback gives an essay written as prose (at least
#: :data:`SENTENCE_POINTS`; more when more of its sentences state the aspect as prose does).
FALLBACK_POINTS = 12
#: Points read loosely (:func:`_fallback_reading`: a cue word, an imperative opening) that the unstructured fallback
#: keeps room for beyond its prose statements, once these pass :data:`SENTENCE_POINTS` - LOOSE_POINTS.
LOOSE_POINTS = 2


def _prose_statement(sentence: str, before_list: bool = False) -> str | None:
    """:func:`_prose_statement_of`, remembered for a sentence of at most ``asp._MEMO_CHARS`` characters (the prose, the
    fallback and the ranking paths ask about each sentence; a pure function of its arguments: speed21b)."""
    if len(sentence) <= asp._MEMO_CHARS:
        return _remembered_statement(sentence, before_list)
    return _prose_statement_of(sentence, before_list)


def _prose_statement_of(sentence: str, before_list: bool = False) -> str | None:
    """:func:`summarizer.aspects.prose_aspect` of a prose sentence, or challenge for one that states that a problem
    exists (:func:`summarizer.aspects.states_existence`: ``还存在着违法违规征地的现象``), the 申论 way of stating a
    problem without a predicate of deficiency; not ``before_list`` (the sentence right before a list of problems:
    ``不少食堂存在“开张热闹、经营冷清”的现象。从走访情况看，一是…``, where it sums up the problems the list states)."""
    if names_a_kind(sentence):
        return None  # “X线是…针对…不平衡，提出的一种典型现象。”: a definition names what a term describes (weak21)
    question = asp.question_lead(sentence)
    if question:
        # (…能不能再提高些呢，比如…: a question that ends with 呢 mid-sentence is read as one with a question mark; a
        # proposal asked so is a measure; a question that opens the sentence states nothing, the statement after it
        # is read; lefts23a)
        if asp.asks_for_measure(question):
            return asp.RECOMMENDATION
        # (one question read past, once: the rest is read as it stands, never searched for another question)
        sentence = sentence[asp.question_lead_end(sentence):]
    aspect = asp.prose_aspect(sentence)
    if aspect is None and not before_list and asp.states_existence(sentence):
        return asp.CHALLENGE
    if aspect is None and len(sentence) > RUN_ON_QUESTION_CHARS and sentence.rstrip().endswith(("？", "?")):
        # (大路沟的路被商贩占的满满的,…,简直就是狼狈不堪…,请问…你在你家也是这样乱扔垃圾?: a forum post run on
        # without full stops ends in a question that is only its last clause; the clauses before it state their own
        # complaints, read as prose without it; p27recall, Part 27 932)
        k = max(sentence.rfind(c) for c in "，,；;")
        if k > 0:
            return asp.prose_aspect(sentence[:k])
    return aspect


#: Fewest characters of a sentence that ends in a question mark for it to be read as a run-on post whose question is
#: only its last clause (:func:`_prose_statement_of`): a plain question is shorter. Linear: one backward scan per mark.
RUN_ON_QUESTION_CHARS = 120


@asp._remembered
def _statement_in_prose(sentence: str) -> str | None:
    """:func:`_prose_statement_of` of a sentence read with no list after it, remembered per document."""
    return _prose_statement_of(sentence, False)


@asp._remembered
def _statement_before_list(sentence: str) -> str | None:
    """:func:`_prose_statement_of` of a sentence read before a list, remembered per document."""
    return _prose_statement_of(sentence, True)


def _remembered_statement(sentence: str, before_list: bool = False) -> str | None:
    """:func:`_prose_statement_of` remembered per document: two text memos (``aspects._remembered``: a dict per value
    of ``before_list``, keyed by the sentence alone, mem43) in place of one ``lru_cache`` keyed by both arguments
    (whose entries each cost a link and a key tuple). ``cache_info()`` sums the two; ``cache_clear()`` empties both."""
    return (_statement_before_list if before_list else _statement_in_prose)(sentence)


def _statement_memo_info():
    a, b = _statement_in_prose.cache_info(), _statement_before_list.cache_info()
    return type(a)(a.hits + b.hits, a.misses + b.misses, a.maxsize, a.currsize + b.currsize)


def _statement_memo_clear() -> None:
    _statement_in_prose.cache_clear()
    _statement_before_list.cache_clear()


_remembered_statement.cache_info = _statement_memo_info  # type: ignore[attr-defined]
_remembered_statement.cache_clear = _statement_memo_clear  # type: ignore[attr-defined]
_remembered_statement.__wrapped__ = _prose_statement_of  # type: ignore[attr-defined]


def _before_list(sentences: list[Sentence], i: int, markers: list[int]) -> bool:
    """Whether an item that starts at one of ``markers`` (sorted offsets: :attr:`_Layout.problem_items`) opens or
    stands inside the sentence after ``sentences[i]``."""
    if i + 1 >= len(sentences):
        return False
    nxt = sentences[i + 1]
    k = bisect.bisect_left(markers, nxt.start)
    return k < len(markers) and markers[k] < nxt.end


def _announced_prose(text: str, sentences: list[Sentence], points: list[RawPoint]) -> list[RawPoint]:
    """The prose challenge ``points`` (:func:`_prose_points`) that lie in the sentence right after one that announces
    problems without naming them (:func:`summarizer.aspects.announces_problems`: ``我们还认识到，机关工作中存在不少
    缺点和不足。``) in the same paragraph: the announced problems are stated there, so they are the author's points even
    in an essay whose problems section has already given its own. Linear: one binary search per point."""
    starts = [s.start for s in sentences]
    kept = []
    for p in points:
        k = bisect.bisect_right(starts, p.start) - 1
        if k < 1:
            continue
        prev, cur = sentences[k - 1], sentences[k]
        if (prev.kind == "sentence" and "\n" not in text[prev.end:cur.start]
                and asp.announces_problems(prev.text.rstrip("。！!；;"))):
            kept.append(p)
    return kept


def _prose_points(structure: Structure, sentences: list[Sentence], layout: _Layout, scores,
                  max_chars: int) -> dict[str, list[RawPoint]]:
    """Points stated in plain prose that lies in no aspect region, list item or heading.

    A sentence there is a candidate when :func:`summarizer.aspects.prose_aspect` finds that it states a deficiency
    (challenge) or prescribes a measure (recommendation). Per aspect, at most ``len(text) //
    PROSE_CHARS_PER_POINT`` (1 to :data:`PROSE_POINTS`) of them are kept, the best by TextRank score with MMR
    redundancy control (:func:`_rank_pick`), each cut to its cue clauses (:func:`cue_window`)."""
    text = structure.text
    out: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    regions, in_point, in_heading, markers = layout.regions, layout.in_point, layout.in_heading, layout.markers
    cands: dict[str, list] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    for i, (s, region) in enumerate(zip(sentences, regions)):
        if s.kind != "sentence" or region is not None or in_point[s.start] or in_heading[s.start]:
            continue
        k = bisect.bisect_right(markers, s.start)
        if k < len(markers) and markers[k] < s.end:
            continue  # the sentence opens a list: its items are the points
        if k < len(markers) and markers[k] - s.end <= 40 and asp.neutral_lead_in(text[s.end:markers[k]]):
            continue  # 存在…的现象。从走访情况看，一是…: the list after a neutral lead-in states it item by item
        said = _meeting_said(layout, s.text)
        if asp.quotes_directive(s.text) and not said:
            continue  # 《…意见》指出，要…: a quoted directive the author reports, in prose outside any list (issue 8)
        if asp.announces_list_ahead(s.text):
            continue  # 对此，建议从以下方面发力。: it announces the measures after it and states none (fix40b)
        aspect = _prose_statement(text[max(marker_end(structure, s.start), s.start + said):s.end],
                                  _before_list(sentences, i, layout.problem_items))
        if aspect in cands and (not asp.opener_aspect(s.text) or asp.run_in_measure(s.text)
                                or aspect == asp.RECOMMENDATION and asp.framed_remedy(s.text) is not None
                                or aspect == asp.CHALLENGE and asp.states_before_announcing(s.text)):
            # a lead-in or a turn to the measures opens points; a turn that names its problem is one (解决X问题，需要…)
            cands[aspect].append((i, s))
        elif aspect is None:
            listed = _listing_aspect(text, s.start, s.end)
            if listed in cands:  # 面对不少问题，包括：A；B；C。 — the lead-in and its items in one sentence
                cands[listed].append((i, s))
        elif aspect in cands and _in_place_list(text, s.start, s.end, aspect):
            # (议员建议…，并列出11项措施，包括A；B；C: a lead-in whose items follow its listing word in the same
            # sentence, no colon: it opens no region, its items are its points; Part 65's 3381)
            cands[aspect].append((i, s))
    cap = max(1, min(PROSE_POINTS, len(text) // PROSE_CHARS_PER_POINT))
    for aspect, found in cands.items():
        out[aspect] = _rank_pick(structure, found, scores, aspect, max_chars, cap)
    return out


#: A strong modal before a copula or a verb of state (应是, 还应包含, 必须具备, 应适用, 应该期望, 还应能): what something
#: should be or hold, not an action the author proposes. A negated one (不应是…) rejects a practice, as a prohibition
#: does, and stays a measure.
_STATIVE_MODAL = re.compile(r"(?<!不)(?:应该|应当|必须|应)[还也更都]?(?:是|能够|能|包含|包括|具备|具有|适用|期望|只有)")


def _blank(match: re.Match) -> str:
    """The matched text replaced by as many spaces (offsets keep their meaning)."""
    return " " * len(match.group())


def _counter_points(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None], scores,
                    max_chars: int) -> dict[str, list[RawPoint]]:
    """Measures the author proposes inside the body of a problem item (``第二，续租权只有四年，不足以……。……故此，
    续租权应再增加多两年``): a sentence of a challenge point's body that recommends (a strong modal: 应/必须/建议…)
    and states no shortcoming is a recommendation point."""
    text = structure.text
    out: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    role_of = {id(it): role for it, role in zip(structure.items, roles)}  # children are looked up by item
    bodies = [(it.heading_end, it.end) for it, role in zip(structure.items, roles)
              if role and role.role == "point" and role.aspect == asp.CHALLENGE
              and not any(role_of.get(id(ch)) for ch in it.children)]
    in_body = _covered(len(text), bodies)
    for i, s in enumerate(sentences):
        if s.kind != "sentence" or not in_body[s.start]:
            continue
        body = text[s.start:s.end]
        if asp.has_cue(body, "lead_in") or body.rstrip().endswith(("：", ":")):
            # 必须用好以下几招 / 应当包括… / 对策建议：: it announces or lists what follows, it is no measure of its own
            continue
        # (a modal inside quoted words is the view the sentence reports, “没有必要进行健康体检”等观点仍然存在; one after
        # a third party's verb of saying or thinking, 被访者普遍认为…是有必要的, is theirs: weak22)
        plain = _QUOTED_SPAN.sub(_blank, _STATIVE_MODAL.sub(_blank, body))
        if _third_party_view(plain):
            continue
        if asp.strong_modal(plain) and not asp.challenge_strength(body):
            # (a modal before a copula or a verb of state, 企业智库应是…机构 / 队伍还应包含… / 必须具备两类人才, says what
            # something should be: a definition or a standard, not a measure)
            a, b = cue_window(text, s.start, s.end, asp.RECOMMENDATION, max_chars)
            if b > a:
                out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, float(scores[i])))
    return out


#: Words in quotation marks, at most :data:`QUOTED_SPAN_CHARS` characters (no line break, no nested mark): read by
#: :func:`_counter_points`, where a modal inside them (“平时不需要体检”) is the quoted view's, not the author's.
QUOTED_SPAN_CHARS = 40
_QUOTED_SPAN = re.compile(r"[“「『][^“「『”」』\n]{1,%d}[”」』]" % QUOTED_SPAN_CHARS)
#: The first person, whose verb of saying or thinking (我们认为…应…) frames the author's own measure.
_FIRST_PERSON = ("我", "笔者", "本文", "本人", "作者")


def _third_party_view(sentence: str) -> bool:
    """Whether ``sentence`` reports what someone other than the author says or thinks: a verb of saying or thinking
    (:data:`_TAIL_SAYING`: 认为, 表示, 指出 …) with no first person (:data:`_FIRST_PERSON`) before it (``被访者普遍认为
    …是有必要的``; ``我们认为应…`` is the author's). One scan: linear (weak22)."""
    m = _TAIL_SAYING.search(sentence)
    return m is not None and not any(w in sentence[:m.start()] for w in _FIRST_PERSON)


#: A question that proposes (可否及早完成审批？ 能否减少会议？): the measure asked for is a recommendation.
_PROPOSAL_QUESTION = re.compile(r"(?:可否|能否|是否可以|是否能够|可不可以|能不能)")
_QUESTION_ENDS = "？?"
_QUESTION_END_TUPLE = tuple(_QUESTION_ENDS)  # (for ``str.endswith``, built once: speed39)
#: A quoted question and nothing after its closing mark but the asker and a verb of asking (``“…该如何解决呢？”记者
#:随即追问。``, ``“…是什么？”小记者问道``): an interview's question turn, which asks as a bare question does
#: (:func:`asks_in_quotes`; corpus22b). Bounded: linear.
_QUOTED_QUESTION_TURN = re.compile(
    r"[？?][”」』\"]\s{0,2}(?:[^，,。；;：:！？!?“”「」『』\"]{0,16}?(?:问道|提问|追问|发问|反问|问))?[。.！!]?\s*$")


def asks_in_quotes(sentence: str) -> bool:
    """True when ``sentence`` (characters) is a quoted question, closed by its quotation mark and followed at most by
    its asker and a verb of asking (:data:`_QUOTED_QUESTION_TURN`: ``“您认为最大的困难是什么？”记者问道。``): the
    interviewer's turn, read as a question (no point). Not a quotation that states and then asks (a question mark
    inside, a statement after its close: ``“…吗？”他说，问题在于…``). Linear in the sentence."""
    return _QUOTED_QUESTION_TURN.search(sentence.rstrip()) is not None


def _ancestors(item):
    """The items ``item`` is nested in, innermost first."""
    p = item.parent
    while p is not None:
        yield p
        p = p.parent


def _question_items(structure: Structure) -> dict[int, str]:
    """``id(item) -> "question" | "proposal"`` for the items of runs that are lists of questions: a run (items of
    one enumeration) at least half of whose items open with a sentence ending in ``？`` (``（1）突破性感染率是多少？
    （2）……研发进展如何？``). In such a list 问题 means *questions*, not problems: an item asking for information is
    neither aspect ("question"); one asking whether a measure can be taken (``可否``/``能否``/``是否可以``…) proposes
    it ("proposal"). Items of a run that state something, and titled items (a heading question whose body answers
    it: ``（一）为何基层减负越减越重？⏎……``), are left to the other rules. Linear in the items' first sentences."""
    text = structure.text
    runs: dict[int, list] = {}
    for it in structure.items:
        if it.run >= 0:
            runs.setdefault(it.run, []).append(it)
    out: dict[int, str] = {}
    for items in runs.values():
        if len(items) < 2:
            continue
        firsts = []
        for it in items:
            e = _first_sentence_end(text, it.content_start, it.end)
            firsts.append((text[it.content_start:e], e < len(text) and text[e] in _QUESTION_ENDS))
        if sum(q for _, q in firsts) * 2 < len(items):
            continue
        for it, (first, q) in zip(items, firsts):
            # (a titled item's body answers its question: the rules for headings decide; but one whose body only asks
            # on, 政府有无具体的时间表？⏎能否在换届前完成？, answers nothing: it asks as an untitled item does; a titled
            # one that proposes, …容易滑倒，建议可否在渠盖面补上…？, or states a problem is left to the heading rules)
            # (a Macau or Hong Kong written question's 请问当局会否考虑增设…？ asks for a measure as 可否 does: a
            # ``proposal_question`` word before an action, :func:`summarizer.aspects.asks_for_measure`; issue 8)
            proposal = ((_PROPOSAL_QUESTION.search(first) is not None or q and asp.asks_for_measure(first + "？"))
                        and not asks_information(first))
            if q and not it.titled:
                out[id(it)] = "proposal" if proposal else "question"
            elif q and not proposal and asks_throughout(text[it.content_start:it.end]) and not (
                    asp.challenge_strength(first) or asp.states_verdict(first)):
                # (…承诺至今未有进展，请问…能否说明？ states the problem it asks about: the heading rules read it)
                out[id(it)] = "question"
            elif q and proposal and asks_throughout(text[it.content_start:it.end]) and asp.has_cue(
                    first[:PROPOSAL_OPENING_CHARS], "proposal_question") and not (
                    asp.challenge_strength(first) or asp.states_verdict(first)):
                # (a written question's numbered items, 2、当局会否研究增加…班次，并开设…？ on a line of its own with no
                # answer under it: it proposes as an untitled item does, whatever its verb; issue 8)
                out[id(it)] = "proposal"
    return out


#: How far into a titled question item its proposing word (``proposal_question`` cue group) may stand for the item
#: to be read as one proposal (``请问当局会否研究…？``: the asker and the addressee before it); a later one follows a
#: clause of its own (``…容易滑倒，建议可否…？``), which the heading rules read (:func:`_question_items`).
PROPOSAL_OPENING_CHARS = 8


def asks_throughout(item: str) -> bool:
    """True when the text of a list item (characters, marker excluded) holds questions only: it ends with a question
    mark and no sentence in it ends with a full stop or an exclamation mark (``政府有无具体的时间表？能否在换届前完成
    这一目标？``), so no body of its answers the heading's question. Linear in the item."""
    body = item.strip().rstrip("".join(_TRIM_CLOSERS))
    return bool(body) and body[-1] in _QUESTION_ENDS and not any(c in body for c in "。！!；;")


#: Closing quotation marks and brackets a question may end inside (``…吗？”``), stripped before its last character is
#: read (:func:`asks_throughout`).
_TRIM_CLOSERS = "”」』\"）)"


def asks_information(question: str) -> bool:
    """True when a question that asks whether something can be done (``能否``/``可否``: :data:`_PROPOSAL_QUESTION`) asks
    for an account rather than a measure: a verb of explaining or telling (``information_request_verb`` cue group:
    说明, 解释, 交代, 告知) follows the proposing word within :data:`INFORMATION_VERB_GAP` characters (``请问…进展
    情况为何，能否具体说明？``); ``可否及早完成审批？`` proposes. Bounded search: linear in the question."""
    m = _PROPOSAL_QUESTION.search(question)
    if m is None:
        return False
    return asp.has_cue(question[m.end():m.end() + INFORMATION_VERB_GAP], "information_request_verb")


#: A question that asks how a measure will be taken (``未来如何进一步丰富该区…？``, ``当局如何加快优化…？``): 如何, then an
#: action past at most two adverbs (:func:`summarizer.aspects._opens_action`); 情况如何 asks for information.
_HOW_WORD = "如何"


def proposes_by_question(question: str) -> bool:
    """Whether ``question`` (one sentence, Simplified view, ending with its question mark) asks for a measure: a
    question of considering a measure (:func:`summarizer.aspects.asks_for_measure`: ``会否考虑设置…？``), a proposing
    word right before an action (:data:`_PROPOSAL_QUESTION`: ``能否加快吸引更多商户入驻？``; not ``能否在明年底前全部
    落成？``, which asks for a schedule) or 如何 right before an action (``未来如何进一步丰富…？``); and it asks for no
    account (:func:`asks_information`) and states no shortcoming. Linear in the question."""
    q = question.strip()
    if asp.challenge_strength(q) or asks_information(q):
        return False
    if asp.asks_for_measure(q):
        return True
    lex = asp.lexicon()
    verbs = tuple(lex.words("imperative")) + tuple(lex.words("prose_action")) + tuple(lex.words("solution_verb"))
    # (能否加快…？ asks for an action; 能否在明年底前全部落成？ asks when a work is done, a schedule, no measure:
    # tests/test_lefts25_kinds.py)
    m = _PROPOSAL_QUESTION.search(q)
    if m is not None and asp._opens_action(q[m.end():], verbs):
        return True
    k = q.find(_HOW_WORD)
    return k >= 0 and asp._opens_action(q[k + len(_HOW_WORD):], verbs)


def later_proposal_questions(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """The spans (offsets into ``text``) of the questions after the first of a list item ``[start, end)`` (its content,
    marker excluded) that each ask for a measure (:func:`proposes_by_question`): a written question's item asks
    several questions in turn (``1、…请问当局现时招商情况如何？能否加快吸引更多商户入驻？未来如何进一步丰富该区
    餐饮…？``), and each that proposes is a point of its own; the question mark left out. One pass over the item."""
    out: list[tuple[int, int]] = []
    a, first = start, True
    for k in range(start, end):
        ch = text[k]
        if ch not in _QUESTION_ENDS and ch not in "。！!\n":
            continue
        if not first and ch in _QUESTION_ENDS and proposes_by_question(text[a:k + 1]):
            x, y = _trim(text, a, k)
            if y - x >= POINT_MIN_CHARS:
                out.append(shape(text, x, y, max_chars))
        first, a = False, k + 1
    return out


#: Most characters between a proposing question word and a verb of explaining that makes it ask for an account
#: (:func:`asks_information`: ``能否具体说明``, ``可否向公众详细交代``).
INFORMATION_VERB_GAP = 8


#: Characters of an essay's text up to which ``max_points`` caps each aspect's points as given; a longer essay's cap
#: grows in proportion to its length (:func:`essay_points_cap`). A long work report or plan states one task every
#: 150-200 characters (Part 70: 50-104 gold recommendations in 9,900-16,600 characters) and a cap of 30 cut them.
LONG_ESSAY_CHARS = 5000

#: Most times ``max_points`` a long essay's cap grows to (:func:`essay_points_cap`).
LONG_ESSAY_CAP_FACTOR = 3


def essay_points_cap(max_points: int, essay_chars: int) -> int:
    """The most points of one aspect kept for an essay of ``essay_chars`` characters (its cleaned text): ``max_points``
    up to :data:`LONG_ESSAY_CHARS`, beyond it ``max_points`` times the essay's length over :data:`LONG_ESSAY_CHARS`
    (rounded down), at most :data:`LONG_ESSAY_CAP_FACTOR` times ``max_points``. O(1)."""
    if essay_chars <= LONG_ESSAY_CHARS:
        return max_points
    return min(max_points * LONG_ESSAY_CAP_FACTOR, max_points * essay_chars // LONG_ESSAY_CHARS)


#: Most characters looked back, on an inline item's line, for the lead-in that announces its list
#: (:func:`inline_announced_item`).
INLINE_LEAD_CHARS = 400


def inline_announced_item(text: str, item) -> bool:
    """Whether the list item ``item`` (a :class:`summarizer.structure.Item`; offsets into ``text``) stands on the line
    of a lead-in that announces recommendations before a colon (``我提几点意见：第一，…；第二，…``, ``建议如下：一是…``;
    :func:`summarizer.aspects.lead_in_aspect`): the lead-in names the items measures, so the learned model's veto,
    which reads the one long sentence that holds the lead-in and every item, does not drop them (try43: a chair's
    three directions in a meeting record were all vetoed). The lead-in is the sentence ending at the last colon
    before the item, within :data:`INLINE_LEAD_CHARS` characters of its line, and its words before the colon (and
    before a 如下) end in a noun of measures (``recommendation_section`` cue group). Bounded work per item."""
    lo = max(text.rfind("\n", 0, item.start) + 1, item.start - INLINE_LEAD_CHARS)
    prefix = text[lo:item.start]
    k = max(prefix.rfind("："), prefix.rfind(":"))
    if k < 0 or prefix[k + 1:].strip() and item.value == 1:
        return False  # (the first item opens right after the colon)
    lead_start = max(prefix.rfind(c, 0, k) for c in "。！？!?\n") + 1
    lead = prefix[lead_start:k + 1]
    core = lead[:-1].rstrip()
    core = (core[:-2] if core.endswith(("如下", "如次")) else core).rstrip("，, ")
    final = asp._final_section_noun(core)
    # (the announcement ends in its noun of measures, 几点意见：, 建议如下：; not a report's outline, 现将…整改措施及成效报告
    # 如下：一、…, nor a survey's classes, 可将…建言方式概括为以下五类：第一，…)
    return (final is not None and final[1] == asp.RECOMMENDATION
            and asp.lead_in_aspect(lead) == asp.RECOMMENDATION)


def extract_points(structure: Structure, roles: list[ItemRole | None], sentences: list[Sentence], scores, *,
                   max_points: int, max_point_chars: int, aspect_model=None,
                   cut: WordCut | None = None) -> dict[str, list[RawPoint]]:
    """Challenge and recommendation points of one essay.

    Args:
        structure: the essay's structure (offsets in its cleaned text).
        roles: :func:`summarizer.aspects.analyze` output for ``structure`` (parallel to ``structure.items``).
        sentences: the essay's sentences (same coordinates), ``scores`` their TextRank scores.
        max_points: most points per aspect (the best-scored are kept, shown in document order); an essay longer than
            :data:`LONG_ESSAY_CHARS` keeps more (:func:`essay_points_cap`).
        max_point_chars: most characters of a point's text.
        aspect_model: an optional learned sentence-aspect model (:class:`summarizer.aspect_model.AspectModel`): its
            points of the free sentences the rules gave no aspect are added after every rule's, under the rules' guards
            and only into the room the rules leave below ``max_points`` (``None``: rules only).
        cut: the tokenizer's word cut (:meth:`summarizer.tokenize.Tokenizer.cut`), with which a point's start is read
            past a linking connective with no comma too (:func:`unlinked_start`; ``None``: only one with its comma).

    Returns:
        ``{"challenge": [...], "recommendation": [...]}``, each list in document order.
    """
    text = structure.text
    cap = essay_points_cap(max_points, len(text))
    out: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    _ESSAY_TABLES.tables = {}  # (this essay's sentence tables, :func:`_distinct_sentences`; dropped on return)

    starts = [s.start for s in sentences]

    def sentence_score(pos: int) -> float:
        k = bisect.bisect_right(starts, pos) - 1
        return float(scores[k]) if k >= 0 and pos < sentences[k].end else 0.0

    role_of = {id(it): role for it, role in zip(structure.items, roles)}
    asked = _question_items(structure)
    # runs of challenge items where some heading states a shortcoming: (parent, run) keys
    stating = {(id(it.parent), it.run) for it, role in zip(structure.items, roles)
               if role and role.aspect == asp.CHALLENGE and asp.challenge_strength(structure.heading(it))}
    # points of items whose own heading states them (:func:`own_heading_aspect`): added after the paths below, which
    # read an aspect with no structured point as unstructured text
    stated: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    layout = _layout(structure, sentences, roles)

    region_of: dict[int, str | None] = {}  # (pos -> its region: the passes ask about each point's start, some ten each)

    def region_at(pos: int) -> str | None:
        if pos in region_of:
            return region_of[pos]
        k = bisect.bisect_right(starts, pos) - 1
        region = region_of[pos] = layout.regions[k] if k >= 0 and pos < sentences[k].end else None
        return region

    before_measures = _problems_before_measures(structure, roles)
    run_votes: dict = {}  # (parallel_measure_item: each run's sibling votes, read once)
    for it, role in zip(structure.items, roles):
        ask = asked.get(id(it))
        verdict = None
        # (the one character after the item's first sentence: no copy of the essay's rest per item; speed40)
        if it.run >= 0 and not any(ch.run >= 0 for ch in it.children) and (ask is not None or _char_at(
                text, _first_sentence_end(text, it.content_start, it.end)) in _QUESTION_ENDS):
            # (1、…请问当局现时招商情况如何？能否加快吸引更多商户入驻？未来如何进一步丰富…？: in an item of a list that
            # asks, each later question that asks for a measure is a proposal of its own; Part 65's 3408)
            for qa, qb in later_proposal_questions(text, it.content_start, it.end, max_point_chars):
                stated[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, qa, qb, sentence_score(qa)))
        if it.family == "line" and it.titled and (role is None or role.aspect in (None, asp.CHALLENGE)):
            ha, hb = _trim(text, it.content_start, it.heading_end)
            verdict = label_verdict(text[ha:hb]) or label_named_cause(text[ha:hb]) if hb > ha else None
            if verdict:
                # 公交票价调整：定价机制的缺陷 ⏎ (narration) ⏎ …: the subhead's verdict is a challenge (part15fix21)
                stated[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, ha + verdict[0], ha + verdict[1],
                                                      sentence_score(ha + verdict[0])))
        if id(it) in before_measures:
            role = ItemRole(asp.CHALLENGE, "point")  # 一、…漏洞 二、…突出 三、…新型逃避监管形式 四、对策建议
        if (not verdict and role and role.role == "none" and role.aspect is None and ask is None
                and it.family == "line" and it.start > 0 and it.end - it.heading_end >= PROBLEM_SUBTITLE_BODY_CHARS
                and asp.problem_subtitle(structure.heading(it))):
            # 医委会投诉机制：行政效率的挑战 ⏎ …: a commentary's subhead that names its topic, then the problem its
            # paragraph argues (trialfix21c, trial21b K3): the subhead is a challenge; its body is read as prose still
            a, b = _trim(text, it.content_start, it.heading_end)
            if b > a:
                stated[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, sentence_score(a)))
        if (not verdict and role and role.role == "none" and role.aspect is None and ask is None
                and it.family == "line" and it.titled and it.end - it.heading_end >= PROBLEM_SUBTITLE_BODY_CHARS):
            # 发现一：A有限，B存在差异 ⏎ 调查发现，…: a report's numbered finding (or problem, or proposal) heading over
            # its paragraph states the point after its label (kinds29)
            ha, hb = _trim(text, it.content_start, it.heading_end)
            numbered = _NUMBERED_RUN_IN.match(text, ha)
            own = own_heading_aspect(text[ha:hb]) if numbered and numbered.end() < hb else None
            if own:
                a, b = shape(text, numbered.end(), hb, max_point_chars)
                stated[own].append(RawPoint(own, a, b, sentence_score(a)))
                continue
        if role and role.role == "none" and role.aspect is None and ask is None and (
                it.family != "line" or _measure_subheading(structure, it)) and not any(
                role_of.get(id(anc)) and role_of[id(anc)].aspect == asp.OTHER for anc in _ancestors(it)):
            # an item of a list that no section, lead-in or vote gave an aspect (a run mixing problems and measures:
            # 3) 回归后营生环境一直受损 … 7) 检讨住屋政策): a heading that states a shortcoming or a measure by itself
            # (a run-in item inside an aspect region opened by a topic or lead-in sentence is the region's to read:
            # 完善公司治理。一方面，…另一方面，加强… elaborates its topic)
            own = own_heading_aspect(structure.heading(it)) if it.titled or region_at(it.start) not in out else None
            if own and verdict:
                own = None  # 公交票价调整：定价机制的缺陷: its verdict is the point, taken above
            if own and topic_over_own_label(structure, it, own):
                own = None  # 住房问题 ⏎ 问题：房价持续上涨…: the labelled line states the point, the heading names it (p28p)
            if own and inline_noun_item(structure, it):
                own = None  # 最急需的一是电梯，二是停车位，结果…: the items are nouns, the sentence states the point
            if own and labels_its_list(structure.heading(it), it):
                own = None  # 一、整治重点 ⏎ （一）…（二）…: the heading names the part its items fill (trial16 A9)
            if own is None and it.titled and parallel_measure_item(structure, it, run_votes):
                own = asp.RECOMMENDATION  # 一、整治重点 ⏎ （一）清理乱堆乱放 （二）整治占道经营: the same form as its sibling
            body = text[it.heading_end:min(it.end, it.heading_end + asp.NARRATED_BODY_CHARS)] if (
                own == asp.RECOMMENDATION and it.titled) else ""
            if body and (asp.narrates_done(body) or asp.narrates_results(body)):
                # 一、提高政治站位，扎实推进整改工作 ⏎ 局党组召开…已整改完成15个: a report of work done (or of its
                # results, …减少了…，提高了…: part15fix21)
                own = None
            if own:
                a, b = item_point(structure, it, own, max_point_chars)
                if b > a:
                    stated[own].append(RawPoint(own, a, b, sentence_score(a)))
            continue
        if role and role.role in ("section", "leaf") and role.aspect in out and it.titled:
            # a section whose heading states a measure or a problem over its own list (3.1 立足实际，因地施策 /
            # （1）…（2）…) or its own text (建议压缩纸箱后再投放 ⏎ …): the heading is a point, and so is each point of
            # the list or the text
            ha, hb = _trim(text, it.content_start, it.heading_end)
            states_point = hb > ha and section_states_point(text[ha:hb])
            if states_point:
                ha += labelled_statement(text[ha:hb])  # (the point is the statement after 矛盾一：)
                a, b = shape(text, ha, hb, max_point_chars)
                out[role.aspect].append(RawPoint(role.aspect, a, b, sentence_score(a)))
            if role.role == "leaf":
                # a section whose text is a list of bare lines (存在问题 ⏎ 站点人手紧缺 ⏎ 设备维护滞后: notes without
                # full stops): each line is a point
                spans = (bare_line_list(text, it.heading_end, it.end, max_point_chars) or short_sentence_list(
                    text, it.heading_end, it.end, role.aspect, max_point_chars))
                if not spans and not it.children and not states_point and it.marker.strip():
                    # (（一）存在的问题。小微企业融资难融资贵。 / 一、存在的问题 ⏎ 招聘信息不对称，毕业生就业难。: the
                    # heading's own statement, whatever its words; fix42a. Only under a numbered heading, and not one
                    # that states its own point: under 公园管理：当前面临的挑战, a bare heading line of a column, the body
                    # is prose and the column's other paragraphs are read as prose too)
                    spans = heading_statement(text, it.heading_end, it.end, role.aspect, max_point_chars)
                for la, lb in spans:
                    out[role.aspect].append(RawPoint(role.aspect, la, lb, sentence_score(la)))
            continue
        if ask == "proposal" and (not role or role.aspect is None) and not any(
                role_of.get(id(anc)) and role_of[id(anc)].aspect == asp.OTHER for anc in _ancestors(it)):
            role = ItemRole(asp.RECOMMENDATION, "point")  # a list of 可否…？ proposals outside any aspect section
        if role is None and ask is None and (_sub_item_aspect(structure, it, role_of)
                                             or _opening_sub_measure(structure, it, role_of)):
            role = ItemRole(asp.RECOMMENDATION, "point")  # an item spelling out a titled point's heading
        if not role or role.aspect not in out or role.role != "point":
            continue
        aspect = role.aspect
        if aspect == asp.RECOMMENDATION and it.titled and it.run >= 0 and _run_reports_work(structure, it, roles):
            continue  # 一、健全值班制度。年初印发了值班表… 二、…: a work summary's run of what was done, no measures
        if ask == "question":
            continue  # a list of questions (…是多少？…如何？) asks; it states no problem and proposes nothing
        kids = [ch for ch in it.children if ch.run >= 0]
        if kids and sum(id(ch) in asked for ch in kids) * 2 >= len(kids):
            continue  # the heading over a list of questions names their topic (一、服务资金 （1）能否…？): not a point
        if ask == "proposal":
            aspect = asp.RECOMMENDATION  # 可否/能否…？ in a list of questions proposes a measure
        if (kids and _bare_label(text, it) and _OUTLINE_LABEL.fullmatch(structure.heading(it).strip()) is not None
                and all(_bare_label(text, ch) and _OUTLINE_LABEL.fullmatch(structure.heading(ch).strip()) is not None
                        for ch in kids) and own_heading_aspect(structure.heading(it)) is None):
            # 2.2核心问题 ⏎ 2.2.1信息不对称 ⏎ 2.2.2…: an outline's label that states nothing by itself over bare
            # sub-labels names a part (kinds29; 3.2加强队伍建设 ⏎ - 增加…, states its measure)
            continue
        if aspect == asp.CHALLENGE and (
                it.run >= 0 and (id(it.parent), it.run) not in stating and asp.topic_label(structure.heading(it))
                or it.titled and asp.states_no_problem(structure.heading(it))):
            # 一、存在的问题 ⏎ 1.项目目标 ⏎ …: the headings name sub-sections, their bodies state the problems (so does a
            # label among headings that state problems, 2.3.3 信息化建设 ⏎ … 2.3.4 考核与激励 ⏎ …): the label is no
            # point; its body's short lines or one-sentence paragraphs are, as under any heading, else the sentences
            # that turn to or state its problem (cut20)
            body_end = it.children[0].start if it.children else it.end
            lines = [] if not it.titled or any(role_of.get(id(ch)) for ch in it.children) else (
                line_list(text, it.heading_end, it.end, max_point_chars)
                or paragraph_list(text, it.heading_end, it.end, aspect, max_point_chars))
            out[aspect].extend(RawPoint(aspect, la, lb, sentence_score(la)) for la, lb in lines)
            if it.titled:
                for other, la, lb in labelled_lines(text, it.heading_end, body_end, aspect, max_point_chars):
                    out[other].append(RawPoint(other, la, lb, sentence_score(la)))
            if not lines:
                out[aspect].extend(_label_body_problems(structure, it, sentences, starts, scores, max_point_chars))
            continue
        if aspect == asp.RECOMMENDATION and it.titled and dimension_label(structure.heading(it)) and not any(
                role_of.get(id(ch)) for ch in it.children):
            # 二、对策建议 ⏎ （一）人才方面 ⏎ 要加大…。同时，建立…: the heading names the dimension, no measure; its body
            # states the measures (bodies20)
            out[aspect].extend(_label_body_measures(structure, it, sentences, starts, scores, max_point_chars))
            continue
        a, b = item_point(structure, it, aspect, max_point_chars)
        if aspect == asp.RECOMMENDATION and not any(role_of.get(id(ch)) for ch in it.children) and \
                _topic_body_measures(structure, it, sentences, starts, layout.in_heading):
            # a bare topic over the measures it sums up (一是完善政策。制定…。建立…。): the topic alone is the item's point
            a, b = _trim(text, it.content_start, _first_sentence_end(text, it.content_start, it.end))
        parts = semicolon_parts(structure, it, aspect, max_point_chars) if not it.titled else []
        turned = run_in_problem_turn(structure, it, max_point_chars) if aspect == asp.CHALLENGE and not parts else None
        if turned is not None:
            # 其二，根本原因是…供应不足，因此建议当局加快…。: the run-in problem item turns to its remedy (in its first
            # sentence, or a later one); the problem is the item's point, the remedy a recommendation (council32)
            problem, measures = turned
            if problem is not None:
                a, b = problem
            for ma, mb in measures:
                out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, ma, mb, sentence_score(ma)))
        if parts:
            # a run-in item packed with several problems (or measures), one per ；-separated part (①创新发展：A…；B…；)
            for pa, pb in parts:
                out[aspect].append(RawPoint(aspect, pa, pb, sentence_score(pa)))
        elif b > a:
            parent = it.parent
            heading = None
            if parent is not None and parent.titled:
                ha, hb = _trim(text, parent.content_start, parent.heading_end)
                heading = (ha, hb) if hb > ha else None
            if not topic_over_own_label(structure, it, aspect):
                # (1. 住房问题 ⏎ 问题：房价持续上涨… ⏎ 解答：…: the heading only names the topic its labelled line states)
                out[aspect].append(RawPoint(aspect, a, b, sentence_score(a), heading,
                                            finding=aspect == asp.RECOMMENDATION and inline_announced_item(text, it)))
            # (a problem's measure under it, 整改措施：…, or the other way round: its own body, not its sub-items')
            for other, la, lb in labelled_lines(text, it.heading_end, it.children[0].start if it.children else it.end,
                                                aspect, max_point_chars):
                out[other].append(RawPoint(other, la, lb, sentence_score(la), (a, b)))
            # (1. 编制… ⏎ 2. 推进… ⏎ 建立…制度。: a measure line after the run's last one-line item is the list's own)
            trailing = trailing_item_lines(structure, it, aspect, max_point_chars)
            for la, lb in trailing:
                out[aspect].append(RawPoint(aspect, la, lb, sentence_score(la), heading))
            if not trailing and it.titled and not any(role_of.get(id(ch)) for ch in it.children):
                # a heading over a list of short lines (农户意愿不强烈：⏎农户对……理解有限。⏎……): each line is a point
                # (or over paragraphs of one sentence each that state its aspect: 检察机关应当… ⏎ 检察机关应当…)
                listed = (line_list(text, it.heading_end, it.end, max_point_chars)
                          or paragraph_list(text, it.heading_end, it.end, aspect, max_point_chars))
                for la, lb in listed:
                    out[aspect].append(RawPoint(aspect, la, lb, sentence_score(la), (a, b)))
                if not listed:
                    # (议员建议…，并列出11项措施，包括A；B；C under a heading that sums them up: the items are points
                    # of their own; Part 65's 3381)
                    for la, lb in in_place_list_items(text, it.heading_end, it.end, aspect, max_point_chars):
                        out[aspect].append(RawPoint(aspect, la, lb, sentence_score(la), (a, b)))
                    span = label_body_statement(text, it, (a, b), aspect, max_point_chars)
                    if span is not None:
                        out[aspect].append(RawPoint(aspect, span[0], span[1], sentence_score(span[0]), (a, b)))
                    if aspect == asp.CHALLENGE:
                        # (and the later sentences of the label's body that state a problem, under a causes heading,
                        # or a harm it does elsewhere: 3235, Part 62)
                        out[aspect].extend(RawPoint(aspect, la, lb, sentence_score(la), (a, b))
                                           for la, lb in label_body_problems(
                                               text, it, (a, b), max_point_chars,
                                               any_problem=_under_causes(structure, it)))
            if aspect == asp.CHALLENGE and it.titled and not it.children:
                # ((二)X有待进一步充实。通过检查发现，…存在…等问题。: a run-in heading's body sentences that state the
                # shortfalls themselves; Part 89's assessment reports)
                out[aspect].extend(RawPoint(aspect, la, lb, sentence_score(la), (a, b))
                                   for la, lb in run_in_heading_body_problems(text, it, (a, b), max_point_chars))
            if aspect == asp.CHALLENGE and not it.children:
                # (二是组织生活不实。A；B；C。: a short label whose body lists its faults in one ；-separated sentence;
                # Part 63's work summaries)
                out[aspect].extend(RawPoint(aspect, la, lb, sentence_score(la), (a, b))
                                   for la, lb in semicolon_body_problems(text, it, (a, b), max_point_chars))
            if aspect == asp.CHALLENGE and it.family == "seq" and not it.titled and not it.children:
                # (首先，核心技术的突破仍然是制约…的关键因素之一。尽管…，但…等问题仍未完全解决。…: the later
                # sentences of a run-in 首先/其次 paragraph that state problems; Part 60's 3080. Not for a 一是/第一
                # paragraph opened by a short label (一是执法队伍薄弱。执法人员不足，…, Parts 93 and 95's gold): the seed's
                # dev gold and the older tests take such a label alone, and reading its body took the seed's dev
                # precision from 0.850 to 0.655; which convention holds is left to the team, tests/test_k9396_kinds.py)
                out[aspect].extend(RawPoint(aspect, la, lb, sentence_score(la), (a, b))
                                   for la, lb in run_in_body_problems(text, it, (a, b), max_point_chars))

    out[asp.RECOMMENDATION].extend(_body_measures(structure, sentences, roles, layout, scores, max_point_chars))
    out[asp.RECOMMENDATION].extend(_problem_body_measures(structure, sentences, layout, max_point_chars))
    out[asp.RECOMMENDATION].extend(_titled_body_measures(structure, sentences, roles, layout, max_point_chars))
    out[asp.RECOMMENDATION].extend(_need_clause_measures(structure, sentences, layout, max_point_chars))
    for aspect, points in _paragraph_points(structure, sentences, roles, layout, scores, max_point_chars).items():
        out[aspect].extend(points)
    for aspect, points in _counter_points(structure, sentences, roles, scores, max_point_chars).items():
        out[aspect].extend(points)

    # prose outside any region adds to an aspect that has structured points; one with none at all takes the
    # fallback below, which reads every sentence
    # (an aspect counts as found when one of its points survives the precision guards: a benefit, 这样也能提高…, or a
    # report found so far leaves the aspect to the prose and fallback paths)
    found = {aspect: any(_kept_by_guards(text, p, aspect, cut) for p in points) for aspect, points in out.items()}
    prose_found = _prose_points(structure, sentences, layout, scores, max_point_chars)
    for aspect, points in prose_found.items():
        sectioned = any(role and role.aspect == aspect and role.role in ("section", "leaf") for role in roles)
        if found[aspect] and not sectioned:
            out[aspect].extend(points)
        elif found[aspect] and aspect == asp.CHALLENGE:
            # a further group of problems that the author announces in prose after the sections (…还认识到，工作中存在
            # 不少缺点和不足。A，B，C。): the sentence right after the announcement states them
            out[aspect].extend(_announced_prose(text, sentences, points))
            # (prose outside the sections mostly previews them, …但仍存在供给不足等问题; but a verdict of the author's
            # own, 这三项措施依然未曾正面回答…, 对…只字未提, judges with no list to preview: lefts25)
            out[aspect].extend(p for p in points if asp.states_verdict(text[p.start:p.end]))
        elif found[aspect] and aspect == asp.RECOMMENDATION:
            # after the essay's first aspect section, a prose sentence that prescribes with a strong modal (应/必须/
            # 宜…) is the author's measure too (news puts measures between and after its sections); one with only
            # 要/需要 mostly states a need or a purpose, and before the sections the opening states the thesis
            first_section = min((it.start for it, role in zip(structure.items, roles) if role
                                 and role.aspect in out and role.role in ("section", "leaf")), default=len(text))
            # (so does one that forbids or appeals with no subject: 不能…, 期望政府…, :func:`summarizer.aspects.prescribes`;
            # and a question that proposes, 可否在…，更多考虑…？: prose reads it so only by its proposing word)
            # (nor before it, inside a topic section of its own: 一、土地供應 ⏎ …癥結在於缺乏熟地。政府有必要採取積極措施，… ⏎
            # 建議 — the paragraph under a numbered topic heading closes on the measure the 建議 list then details;
            # the essay's opening before any heading stays its thesis; weak25)
            first_heading = min((it.start for it in structure.items if it.titled and it.family != "line"),
                                default=len(text))  # (a numbered heading: a title line is no topic section)
            out[aspect].extend(p for p in points
                               if (p.start > first_section or p.start > first_heading)
                               and (asp.prescribes(text[p.start:p.end])
                                                               or asp.has_cue(text[p.start:p.end], "proposal_question")))

    # unstructured fallback for an aspect that found no point at all
    read: dict[int, tuple[bool, str, str | None, str | None] | None] = {}  # _fallback_reading of each sentence
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        if found[aspect] or any(_kept_by_guards(text, p, aspect, cut) for p in out[aspect]):
            continue
        if aspect == asp.CHALLENGE and any(it.titled and asp.quoted_problem_heading(structure.heading(it))
                                           for it in structure.items):
            # a rectification report whose headings quote the inspectors' findings (针对“…”的问题 ⏎ 整改措施：…):
            # those findings are its problems (its headings' own points, added below); the rest of its prose
            # tells the work done, with problem words in it (围绕反馈的18个问题制定措施), no problem of its own (try48)
            continue
        listed = _colon_list(text, sentences, aspect, max_point_chars, scores)
        if listed:
            out[aspect].extend(listed)
            continue
        # inside the other aspect's list items, motivation clauses state problems too ("干部能力有待提高，
        # 因此必须…"): they count when the essay has no structure at all for this aspect
        in_point = layout.in_point
        # (not the opening sentence of a run-in measure item: 三是直面现实问题，解决瓶颈短板。 is the measure)
        measure_items = {it.start for it, role in zip(structure.items, roles) if role and role.role == "point"
                         and role.aspect == asp.RECOMMENDATION and not it.titled}
        # (nor, the other way round, a problem item's own heading a measure: 三是项目杂、发展后劲小。 opens with no verb)
        problem_items = {it.start for it, role in zip(structure.items, roles) if role and role.role == "point"
                         and role.aspect == asp.CHALLENGE and not it.titled}
        # (nor a titled problem item's heading: - 居民分好了，环卫车一车拉走，打击积极性 under ## 问题 states a problem
        # whatever verb it holds; the sentence opens at the marker or just after it)
        problem_items |= {pos for it, role in zip(structure.items, roles) if role and role.role == "point"
                          and role.aspect == asp.CHALLENGE and it.titled for pos in (it.start, it.content_start)}
        measure_sorted = sorted(measure_items)
        worked_items = {pos for it, role in zip(structure.items, roles) if role and role.role == "point"
                        and role.aspect == asp.RECOMMENDATION and it.titled and it.run >= 0
                        and _run_reports_work(structure, it, roles) for pos in (it.start, it.content_start)}
        worked_bodies = sorted((it.heading_end, it.end) for it, role in zip(structure.items, roles) if role
                               and role.role == "point" and role.aspect == asp.RECOMMENDATION and it.titled
                               and it.run >= 0 and not it.children and _run_reports_work(structure, it, roles))
        cands = []
        strong = 0  # candidates that state the aspect as prose does (:func:`summarizer.aspects.prose_aspect`)
        strong_cands = []
        strong_texts: set[str] = set()
        for i, (s, region) in enumerate(zip(sentences, layout.regions)):
            if s.kind != "sentence" or region == asp.OTHER:
                continue
            inside_item = in_point[s.start]
            if i not in read:  # (both aspects read a sentence alike up to here)
                read[i] = _fallback_reading(structure, sentences, i, layout, region is None and not inside_item)
            if read[i] is None:
                continue
            if aspect == asp.CHALLENGE and s.start in measure_items:
                continue  # 二是盘活闲置设施。: a measure item's own heading, whatever problem word its object holds
            if aspect == asp.CHALLENGE and _holds_start(measure_sorted, s.start, s.end):
                continue  # 建议：一是…；二是…: a sentence that lays out measure items is none of the problems
            if aspect == asp.RECOMMENDATION and s.start in problem_items:
                continue  # 三是项目杂、发展后劲小。: a problem item's own heading, whatever verb its words open with
            if aspect == asp.RECOMMENDATION and s.start in worked_items:
                continue  # 一、健全值班制度。年初印发了…: a work summary's heading of work done (:func:`_run_reports_work`)
            k = bisect.bisect_right(worked_bodies, (s.start, len(text))) - 1
            if k >= 0 and worked_bodies[k][1] > s.start:
                continue  # (…督促整改隐患一百余处。: its body reports what was put right, no problem and no measure)
            question, body, prose, own = read[i]
            if question and not (aspect == asp.RECOMMENDATION and _PROPOSAL_QUESTION.search(s.text)):
                continue  # a question states no problem (as :func:`summarizer.aspects.prose_aspect` reads prose)
            if not (region in (aspect, None) or inside_item):
                continue  # (the other aspect's region: the sentence's own aspect is not read for it, speed25)
            if own is _OWN_UNREAD:
                own = _own_aspect(s.text)
                read[i] = (question, body, prose, own)
            if own == aspect and (
                    not asp.opener_aspect(s.text) or asp.run_in_measure(s.text)):
                cands.append((i, s))
                if prose == aspect or _measure_sentence(body, aspect):
                    # (a statement the text repeats word for word — a document pasted twice — counts once)
                    strong += s.text not in strong_texts
                    strong_texts.add(s.text)
                    strong_cands.append((i, s))
        # an essay written as prose (commentary, a letter) may state more points than the fallback's floor, densely
        # (a point every few sentences): each sentence that states the aspect as prose does counts, up to
        # FALLBACK_POINTS (measured on the aspect corpora: a cap per characters of text cut recall and precision),
        # with room for LOOSE_POINTS more read loosely (a 申论's thesis, 健全…体系，走好…之路, beside its four
        # measures; trial19 F1: the fifth-ranked measure was crowded out; measured +3 recall, +2 true points)
        k = max(SENTENCE_POINTS, min(strong + LOOSE_POINTS, FALLBACK_POINTS))
        if strong > SENTENCE_POINTS:
            # more sentences state the aspect as prose does than the floor: they are the points, before any
            # sentence that states it by a looser reading (a better-ranked loose one does not crowd a statement out;
            # below the floor the loose ones fill it, ranked with the statements)
            cands = strong_cands
        out[aspect].extend(_rank_pick(structure, cands, scores, aspect, max_point_chars, k, front_bonus=True))
        out[aspect].extend(_prose_left_out(prose_found[aspect], out[aspect]))

    for aspect, points in stated.items():
        out[aspect].extend(points)
    _summed_points(text, sentences, layout, scores, out, max_point_chars)
    review = review_start(text, sentences)
    if review < len(text):
        for aspect in out:
            out[aspect] = [p for p in out[aspect] if p.start < review]
    _interview_labels(text, out)
    _council_answers(text, out)
    _split_enumerations(text, out, max_point_chars)
    _plan_points(text, sentences, out, max_point_chars, review)
    _slogan_points(text, out, review)
    _turn_points(text, sentences, out, max_point_chars, review, region_at)
    _own_proposal_points(text, sentences, out, max_point_chars, review)
    _speaker_wish_points(text, sentences, out, max_point_chars, review)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, speaker_proposal)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, counted_proposals)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, proposed_clause_list)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, proposed_modal_list)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, quoted_proposals)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, question_pleas)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, speakers_demands)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, demand_after_reply)
    _problem_then_appeal_points(text, sentences, out, max_point_chars, review)
    _problem_fix_points(structure, sentences, out, max_point_chars)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.CHALLENGE, reported_concerns)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.CHALLENGE, enumerated_lacks)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.CHALLENGE, back_referred_problem_run)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.RECOMMENDATION, benefactive_proposals)
    _judged_course_points(text, sentences, out, max_point_chars, review)
    _noticed_fault_points(text, sentences, out, max_point_chars, review)
    _negated_condition_points(text, sentences, out, max_point_chars, review)
    _averted_condition_points(text, sentences, out, max_point_chars, review)
    _framed_problem_points(text, sentences, out, max_point_chars, review, region_at)
    _sentence_spans_points(text, sentences, out, max_point_chars, review, asp.CHALLENGE, verdict_failings)
    _focus_frame_points(text, sentences, out, max_point_chars, review)
    _past_fault_frame_points(text, sentences, out, max_point_chars, review)
    _discussed_problem_points(text, sentences, out, max_point_chars, review)
    _persisting_points(text, sentences, out, max_point_chars, review, region_at)
    _distributive_run_points(text, sentences, out, max_point_chars, review, region_at)
    _status_points(structure, sentences, roles, layout, out, max_point_chars, review)
    _announced_paragraph_points(text, sentences, layout, out, max_point_chars, review)
    _adversative_problem_points(text, sentences, layout, out, max_point_chars, review)
    _additive_problem_points(text, sentences, out, max_point_chars, review)
    _rest_of_sentence_problems(text, sentences, out, max_point_chars)
    _turned_shortfall_points(text, sentences, out, max_point_chars, review)
    _contrary_run_points(text, sentences, out, max_point_chars, review)
    _quoted_list_points(text, sentences, out, max_point_chars, review)
    _quoted_imbalance_points(text, sentences, out, max_point_chars, review)
    _assigned_agent_points(text, sentences, out, max_point_chars, review)
    _rest_of_sentence_measures(text, sentences, out, max_point_chars)
    _leading_measure_points(text, sentences, out, max_point_chars, review)
    _reported_clause_points(text, sentences, out, max_point_chars, review)
    _pronoun_demand_points(text, sentences, out, max_point_chars, review)
    _motion_ground_points(text, sentences, out, max_point_chars, review)
    _final_deficit_points(text, sentences, out, max_point_chars, review, region_at)
    _result_clause_points(text, sentences, out, max_point_chars, review)
    _omission_points(text, sentences, out, max_point_chars, review, region_at)
    _consequence_harm_points(text, sentences, out, max_point_chars, review, region_at)
    _hazard_list_points(text, sentences, out, max_point_chars, review)
    _paired_advice_points(text, sentences, out, max_point_chars, review)
    _duty_heading_points(text, sentences, out, max_point_chars, review)
    _adopted_directives(text, out, region_at, cut)
    if layout.meeting_report:
        _meeting_words(text, out, cut)
        _meeting_pledges(sentences, out)
        _meeting_continued_measures(text, sentences, out, max_point_chars)
    _praise_before_turn(sentences, out)
    _label_led_entries(text, sentences, out, max_point_chars, review)
    _labelled_points(text, out)
    _outline_label_points(text, sentences, out, max_point_chars, review)
    _sibling_problem_items(structure, out, max_point_chars, review)
    _table_column_points(text, out, review)
    _table_cells(text, out)  # (before the guards: a row's count or deadline cell is no report of work done)
    _neither_and_flips(text, out, cut)
    _prohibited_course_points(text, out, max_point_chars)
    _caution_example_points(text, out, max_point_chars)
    _parallel_run_in_bodies(text, sentences, layout.markers, out, _heading_line_starts(structure))
    _parallel_opener_points(text, sentences, out, max_point_chars, review)
    _split_comma_run_ins(text, structure, out)
    _manifest_clause_points(text, sentences, out, max_point_chars, review)
    _manifest_lead_in_points(text, sentences, out, max_point_chars, review)
    _run_on_problem_points(text, sentences, out, max_point_chars, review)
    _measure_tail_points(text, sentences, layout, out, max_point_chars, review)
    _contrary_practice_points(text, sentences, out, max_point_chars, review)
    _announced_enumeration_points(text, sentences, out, max_point_chars, review)
    _analysis_basis_points(text, sentences, out, max_point_chars, review)
    _comma_run_points(text, sentences, out, max_point_chars, review)
    _semicolon_measure_points(text, sentences, out, max_point_chars, review)
    _measure_list_body_points(text, sentences, layout, out, max_point_chars, review)
    _colon_comma_points(text, sentences, out, max_point_chars, review)
    _short_modal_head_points(text, sentences, out, max_point_chars, review, layout.markers)
    _short_verdict_head_points(text, sentences, out, max_point_chars, review, layout.markers)
    _factor_line_points(text, out, max_point_chars, review)
    _exposed_problem_points(text, sentences, out, max_point_chars, review, region_at)
    # (after the guards of _neither_and_flips: a window over the survey's figures, 据调查，…，这意味着…, states
    # neither and is dropped there; its finding is the point)
    _survey_finding_points(text, sentences, out, max_point_chars, review)
    _relayed_finding_points(text, sentences, out, max_point_chars, review)
    out[asp.CHALLENGE].extend(_status_shortfalls(structure, sentences, roles, layout, max_point_chars,
                                                 out[asp.CHALLENGE]))
    out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE] if not fails_challenge_guards(text, p.start, p.end)]
    for aspect in out:  # (the passes after _neither_and_flips read no reported view: 有言论…；进而主张应该…, lefts22)
        out[aspect] = [p for p in out[aspect] if not asp.reports_scholar_view(text, p.start, p.end)]
    _rejected_course_points(text, sentences, out, max_point_chars, review)
    _past_concessions(text, sentences, out, max_point_chars)
    _paper_background_points(text, out)
    _figure_result_points(text, out)
    _mark_veto_exempt(text, sentences, out, layout.regions)
    if aspect_model is not None:
        # learned27: the model's veto/flip of the rules' points (AspectModel.review; a no-op unless the model sets them)
        # (one feature pass for both; with rule features the adding pass reads the rules' points before the veto)
        # (speed29b: none for an essay the model does not read, reads_essay: review and points return before reading
        # them, and the features' essay-wide sweeps cost a short note more than its rules' work)
        model_feats = aspect_model.essay_features(structure, sentences, layout, out) if aspect_model.reads_essay(
            structure, sentences) else None
        out = aspect_model.review(structure, sentences, layout, out, model_feats)
        # learned: sentences in no region that no rule took, read after every rule (prose22: read before the passes
        # above, a model point kept a later rule's point of the same sentence out), under the rules' guards
        # (learnon27: none past the review's start, the rules' challenge guards, fails_challenge_guards, and no
        # challenge in a sentence that praises results, praises_result; not reports_scholar_view nor a paper's
        # background (_paper_background_points): measured, the model's points there, 蔡天喜致词时说，… / 图书馆应考虑…,
        # are gold points, Parts 13-31), and only into the room the rules' points leave below max_points (the cap below keeps
        # the best-scored: a model point crowded a rule's out)
        for aspect, points in aspect_model.points(structure, sentences, layout, scores, max_point_chars, out,
                                                  model_feats).items():
            # (wrong30: nor a point of the register of work or study, asp.frames_work_or_study: a study's angle, an
            # inspection narrated, a tally, a section's name, a guiding formula; 30 of 224 wrong points of Parts 37-38
            # were the model's. All of asp.states_neither there cost ~80 gold points of Parts 1-40 for ~70 wrong ones:
            # the model's whole sentences hold the openers, reports and scenes states_neither reads in a clause)
            # (wrong31: nor a sentence whose last clause judges what it tells worth praise, asp.praise_verdict_end:
            # …都有所突破，值得肯定, a plan's provision already made)
            # (w63: nor an official's promise of how the problems it names will be dealt with, asp.promises_handling:
            # 对有条件解决的问题，将集中力量予以尽快解决；…, Part 63's 3284)
            # (w69: nor a cited study's view in a literature review, asp.reports_reviewed_study: 目前学界关于…的研究
            # 较多。例如，张某…认为A是主要问题, Part 69's 3636)
            # (nor a report's ceremony, asp.is_ceremony: thanks, 欢迎广大干部群众…进行监督; the model refitted on ids <= 5319
            # added that closing invitation as a measure, 2026-12-06)
            # (off37: nor a recommendation that opens with a measure verb in the perfective, asp.opens_perfective:
            # 建立完善了…文件 narrates a measure taken; Part 54's 2979)
            kept = [p for p in points if p.start < review and not asp.frames_work_or_study(text[p.start:p.end])
                    and not asp.praise_verdict_end(text[p.start:p.end]) and not asp.is_ceremony(
                        text[p.start:p.end]) and not asp.promises_handling(
                        text[p.start:p.end]) and not asp.reports_reviewed_study(text, p.start, p.end) and (
                not (fails_challenge_guards(text, p.start, p.end) or praises_result(text, sentences, p.start))
                if aspect == asp.CHALLENGE else not (asp.assures_outcome(text[p.start:p.end])
                                                     or asp.opens_perfective(text[p.start:p.end])))]
            out[aspect].extend(kept[:max(0, cap - len(out[aspect]))])
        # (prec41: an aspect stated once, in a sentence the model does not read as that aspect, is not the essay's)
        out = aspect_model.lone_points(structure, sentences, layout, out, model_feats)
    _additive_challenges(text, sentences, out, max_point_chars, review)
    # (k81: no point of an illustrative case's story, asp.narrates_case: 小明是个初二学生。…亲子冲突也愈演愈烈, Part
    # 81's 4355; after the model's veto of an aspect stated once, lone_points: the story illustrates the problem the
    # essay states, so the essay does state it more than once)
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        out[aspect] = [p for p in out[aspect] if not asp.narrates_case(text, p.start, p.end)
                       and not asp.in_review_section(text, p.start)]  # (and none of a literature review's section)
    # (prec34: a recommendation that only announces proposals made, 并提出完善建议, is none; also the model's)
    # (and one that names a measure's standing, an authority's decision or deployment or the concrete act of a line:
    # 改善农村人居环境是党中央作出的一项重大决策, …就是贯彻…的具体行动)
    out[asp.RECOMMENDATION] = [p for p in out[asp.RECOMMENDATION] if not announces_proposals(text[p.start:p.end])
                               and not names_decision(text[p.start:p.end])]
    _official_reply_points(text, sentences, out)
    _office_statement_points(text, sentences, out)
    _reply_paragraph_points(text, out)
    _discussed_topic_points(text, sentences, out)
    _hotline_points(text, sentences, out, max_point_chars)
    _joined_demand_points(text, out)
    # (after the model's review and the guards: a resident's quoted words are his, no scholar's view nor a reply; w612)
    _quoted_complaint_points(text, sentences, out, max_point_chars, review)
    _quoted_speech_points(text, sentences, out, max_point_chars, review)
    _qa_page_points(text, sentences, out, sentence_score)
    _drop_appeal_crossheads(structure, out)
    cut_end = _cut_off_end(text, sentences)
    if cut_end < len(text):  # (a clause cut off by the end of the stored text states nothing whole, rule of 683)
        for aspect in out:
            for p in out[aspect]:
                if p.end > cut_end:
                    p.start, p.end = _trim(text, p.start, min(p.end, cut_end)) if p.start < cut_end else (p.start, p.start)
            out[aspect] = [p for p in out[aspect] if p.end > p.start]
        _cut_list_lead_in(text, sentences, out, cut_end, max_point_chars)
    reviewed = review_paragraphs(text)
    if reviewed:  # (评析：… ⏎ 第一段：…: a reviewer's paragraphs between the essay's own, weak23)
        starts_r = [a for a, _ in reviewed]
        for aspect in out:
            out[aspect] = [p for p in out[aspect] if not inside_spans(reviewed, starts_r, p.start)]
    summaries = _summary_sentences(structure, roles, sentences)
    if summaries:  # (a thesis that names the problems the headed items after it state: the items are the points)
        ends = [s.end for s in sentences]
        out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE]
                              if sentences[min(bisect.bisect_right(ends, p.start), len(sentences) - 1)].start
                              not in summaries]
    chinese = any(out.values()) and cjk_balance_sign(text) > 0  # (one pass over the essay, only when it has points)
    char_freq = Counter(text)  # (the token order of the near-duplicate index: rarest character first)
    epigraph = epigraph_speech_spans(text)  # (at most EPIGRAPH_LINES spans)
    for aspect, points in out.items():
        points.sort(key=lambda p: p.start)
        kept: list[RawPoint] = []
        kept_texts = _KeptIndex(char_freq)
        for k, p in enumerate(points):
            if len(kept) >= DEDUP_MAX_KEPT:
                break  # (bounds32: the first DEDUP_MAX_KEPT distinct points in text order are all that compete)
            # (not over the clause of the point before: 减少 A，让 B: both are points of their own; nor, for a
            # finding's demand, over the finding: A不足，| 宜检讨改善, problem_then_demand, kinds29)
            if not p.demand:
                p.start, p.end = subject_clause_start(text, p.start, p.end, max_point_chars,
                                                      points[k - 1].end if k else 0)
            if aspect == asp.CHALLENGE:
                p.start, p.end = subject_clause_start(text, p.start, p.end, max_point_chars,
                                                      points[k - 1].end if k else 0, "continuation_opener")
            p.start = point_start(text, p.start, p.end, cut)
            p.start = _past_outline_label(text, p.start, p.end)
            p.start = past_speaker_label(text, p.start, p.end)
            p.end = _without_lead_in_tail(text, p.start, p.end)
            p.end = _without_summing_tail(text, p.start, p.end)
            if aspect == asp.RECOMMENDATION:
                p.end = _without_reason_tail(text, p.start, p.end)
            if p.end <= p.start:
                continue  # 要提高办理质量，⏎一方面…: the clause announces the next paragraph, it is no point
            ptext = text[p.start:p.end]
            topics = asp.topic_narration_start(ptext)
            if topics is not None:
                # (议员关心设置停车场、标线等议题: who cares about which topics, no problem stated; a problem stated
                # before the narration, 欠缺具体的目标规划，某某将持续关心上述议题, is the point: prec39)
                kept_head = _stated_before_topics(ptext, topics) if aspect == asp.CHALLENGE else 0
                if not kept_head:
                    continue
                p.end = p.start + kept_head
                ptext = text[p.start:p.end]
            pcounts = Counter(ptext)
            if is_reference(text, p.start) or kept_texts.repeats(ptext, pcounts):
                continue  # an entry of a reference list, or the same point again
            if epigraph and any(a <= p.start < b for a, b in epigraph):
                continue  # 某某指出：“要坚持…” at the essay's head: a cited motto, no point of the author's (fix48)
            if len(ptext.strip(_TRIM)) < POINT_MIN_CHARS or bare_connective_point(ptext) or bare_verb_point(ptext):
                continue  # 二是小（the text ends）/ 2. 加强（the text ends）: an item cut off states nothing
            if linking_point(ptext):
                continue  # 针对上述问题 / 应当采取以下措施: a link to the problems before or the measures after
            if aspect == asp.RECOMMENDATION and exhortation_point(ptext):
                continue  # 同志们，…让我们共同努力: a speech's closing appeal to its audience, no measure (fix42b)
            if aspect == asp.RECOMMENDATION and bare_remedy_point(ptext):
                continue  # …等问题，需要我们进一步努力解决: a need to solve what was named, no act of its own (corpus21b)
            if asp.reads_page_instruction(ptext):
                continue  # 扫描下方“二维码”，点击“我要留言”: the page speaks to its visitor (prec39)
            if aspect == asp.RECOMMENDATION and asp.rejects_reported_proposal(text, p.start, p.end):
                continue  # 有人建议A，这种做法不可取 / …的建议值得商榷: a proposal the author rejects, none of his own (nu40)
            if aspect == asp.RECOMMENDATION and asp.calls_joint_effort(ptext):
                continue  # 需要政府、企业和每一位公民共同努力: the actors named, no act proposed (prec39)
            if aspect == asp.CHALLENGE and (asp.claims_role(ptext) or asp.names_task(ptext)):
                continue  # 组屋政策却起到了调节作用, …是一项重要的任务: a role played, a task weighed, no problem (prec39)
            if unpunctuated_run(text, p.start, p.end):
                continue  # a point cut from a long run of Han characters with no mark at all: no sentence, noise
            if cut_off_item(text, p.start, p.end):
                continue  # 3. 保障和 (the text ends): an item cut off by the end of a stored page (trialfix22b)
            if chinese and not CJK_RE.search(ptext):
                continue  # xyzab0 w2 W9 D0 m+S: a Chinese essay's point with no Han character (a forum's anti-copy
                #           garbage, a code or a bare name) says nothing the reader can use (newuser28b, Part 34)
            kept.append(p)
            kept_texts.add(_KeptText(ptext, pcounts))
        kept = _without_joined_points(kept)
        if len(kept) > cap:
            best = sorted(range(len(kept)), key=lambda i: (-kept[i].score, i))[:cap]
            kept = [kept[i] for i in sorted(best)]
        _first_copies(text, kept)
        out[aspect] = kept
    _one_aspect_per_span(text, out)
    _ESSAY_TABLES.tables = None
    return out


def _first_copies(text: str, kept: list[RawPoint]) -> None:
    """Move each point of ``kept`` (one aspect's points, in text order, offsets into ``text``) whose exact words
    occur earlier in its own paragraph (no line break between) and after every point kept before it, as a clause of
    their own (the same character before and after both copies), to the first such copy, in place (the list stays
    in text order): a sentence a paste repeated (``A。A。A。``) is read from its first occurrence. Cost: at most
    :data:`_COPY_TRIES` ``str.find`` calls over the paragraph before each point (linear in the text for the bounded
    points of an essay)."""
    low = 0  # end of the points before (as kept: a copy overlapping one is not taken)
    for p in kept:
        start, end = p.start, p.end
        words = text[start:end]
        para = text.rfind("\n", 0, start) + 1
        before = text[start - 1] if start else ""
        after = text[end:end + 1]
        at = text.find(words, max(para, low), start) if words else -1
        for _ in range(_COPY_TRIES):
            if at < 0:
                break
            if (text[at - 1] if at else "") == before and text[at + len(words):at + len(words) + 1] == after:
                p.start, p.end = at, at + len(words)
                break
            at = text.find(words, at + 1, start)
        low = max(low, end)


#: Earlier copies of a point's words :func:`_first_copies` looks at (each a ``str.find`` over a paragraph).
_COPY_TRIES = 4


def _one_aspect_per_span(text: str, out: dict[str, list[RawPoint]]) -> None:
    """Give a span that is both a challenge and a recommendation point (the same ``[start, end)``, offsets into
    ``text``: ``存在培训不足的问题`` in a list under ``对策建议``) one aspect, in place: the one its own cue words state
    (:func:`_own_cue_aspect`, confirmed by :func:`_states_aspect` for that aspect and not the other), over the one of
    the section it lies in; when its words decide nothing, or a run-in label opens it (``刚性要求:明确…``: the cue
    words misread such statements), both stay.
    One pass over each list (a set of the recommendation spans: linear)."""
    chal, reco = out[asp.CHALLENGE], out[asp.RECOMMENDATION]
    if not chal or not reco:
        return
    by_span = {(p.start, p.end) for p in reco}
    shared = {(p.start, p.end) for p in chal if (p.start, p.end) in by_span}
    if not shared:
        return
    drop: dict[str, set[tuple[int, int]]] = {asp.CHALLENGE: set(), asp.RECOMMENDATION: set()}
    for a, b in shared:
        span = text[a:b]
        if any(ch in "：:" for ch in span[:LABEL_CHARS + 1]):
            continue  # (刚性要求:明确…不低于40%: a run-in label over its statement, whose words the cues misread)
        own = _own_cue_aspect(span)
        if own not in (asp.CHALLENGE, asp.RECOMMENDATION) or not _states_aspect(span, own) or _states_aspect(
                span, asp.RECOMMENDATION if own == asp.CHALLENGE else asp.CHALLENGE):
            continue  # (存在…: its words decide nothing, and the section's reading may be either)
        if own == asp.CHALLENGE and (_states_measure(span) or asp.starts_imperative(span)
                                     or asp.opens_prohibition(span)):
            continue  # (学校应…强化…，期能消弭…差距 / 建构…环境，落实… / 不能再让临时工顶替…: a modal, an imperative or
            # a subjectless prohibition proposes the remedy, whatever fault it names)
        if asp.has_cue(span, "appeal_addressee"):
            continue  # (请县府加紧…，以舒缓…窘境: a plea to an office, whatever shortcoming it names as its purpose)
        if own == asp.CHALLENGE:
            drop[asp.RECOMMENDATION].add((a, b))
        elif own == asp.RECOMMENDATION:
            drop[asp.CHALLENGE].add((a, b))
    for aspect, spans in drop.items():
        if spans:
            out[aspect] = [p for p in out[aspect] if (p.start, p.end) not in spans]


def _stated_before_topics(point: str, start: int) -> int:
    """The end (an offset into ``point``) of the clauses before a narration of topics that opens at ``start``
    (:func:`summarizer.aspects.topic_narration_start`) when they state a problem (:func:`summarizer.aspects.
    sentence_aspect` reads a challenge: ``对于公有地的开发也欠缺具体的目标规划，某某将持续关心上述议题``), its
    comma left out; 0 when the narration opens the point, or the clauses before it are shorter than
    :data:`TOPIC_HEAD_MIN_CHARS` or state no problem. Linear in the point."""
    cut = max(point.rfind(c, 0, start) for c in _COMMAS)
    if cut < TOPIC_HEAD_MIN_CHARS:
        return 0
    head = point[:cut].rstrip()
    return len(head) if asp.sentence_aspect(head) == asp.CHALLENGE else 0


#: Fewest characters of the clauses before a narration of topics kept as the point (:func:`_stated_before_topics`):
#: a shorter head names a topic with a comment (``交通问题多，议员关心…等议题``), no problem stated in its own right.
TOPIC_HEAD_MIN_CHARS = 8


#: Characters that never end a phrase: a conjunction or a particle that joins it to words the text no longer holds.
_DANGLING_POINT_END = frozenset("和与及或并的、跟同")
#: Longest point read as a cut-off item by :func:`cut_off_item`, in characters.
CUT_ITEM_CHARS = 12
#: Most characters (spaces, marks) after a cut-off item before the end of the text.
CUT_ITEM_TAIL_CHARS = 8
#: Marks that close a sentence as its writer ended it: no page end cut an item they follow (:func:`cut_off_item`).
_FULL_STOPS = frozenset("。！？!?")


def cut_off_item(text: str, start: int, end: int) -> bool:
    """Whether the point ``[start, end)`` (offsets into the essay's cleaned ``text``) is a short item cut off by the end
    of a stored page (``3. 保障和`` as the last line): at most :data:`CUT_ITEM_CHARS` characters, ending in a
    conjunction or particle (:data:`_DANGLING_POINT_END`), and nothing but at most :data:`CUT_ITEM_TAIL_CHARS` spaces
    or marks after it in the text, none of them a full stop (``三是引导社会资本参与。``: the writer closed the item, and
    its last character is a word's, 参与, no dangling 与; fix40c). O(the point)."""
    if end - start > CUT_ITEM_CHARS:
        return False
    if len(text) - end > CUT_ITEM_TAIL_CHARS or text[end:].strip(_TRIM + "*"):
        return False
    if any(c in _FULL_STOPS for c in text[end:]):
        return False
    if text[start:end].rstrip(_TRIM)[-1:] in _DANGLING_POINT_END:
        return True
    return cut_off_heading(text, start, end)


#: Most characters of a last list line's words that :func:`cut_off_heading` reads as a heading cut by the end.
CUT_HEADING_CHARS = 3


def cut_off_heading(text: str, start: int, end: int) -> bool:
    """Whether the point ``[start, end)`` (offsets into the essay's cleaned ``text``, nothing but marks after it) is a
    numbered heading cut off by the end of a stored page (``三、化解矛``, ``1. 提高自`` as the last line): its line opens
    with a list marker (:data:`_LIST_LINE`), holds at most :data:`CUT_HEADING_CHARS` characters of words and no mark
    after the marker, and the text before it writes sentence ends (prose, not a note of bullets). O(the line and the
    text before it)."""
    line = text.rfind("\n", 0, start) + 1
    m = _LIST_LINE.match(text, line)
    if m is None or m.end() > start:
        return False
    words = text[m.end():end].strip(_TRIM + "*")
    if not words or len(words) > CUT_HEADING_CHARS or any(not is_cjk(c) for c in words):
        return False
    return any(c in SENTENCE_END for c in text[:line])


#: A count or a kind before the noun a linking phrase refers to (``上述三个``, ``以下几点``, ``如下两方面``).
_LINK_COUNT = r"(?:[一二两三四五六七八九十几\d]{1,2}[个個项項点點条條类類种種大]?|[个個项項点點条條类類种種])?(?:方面)?(?:的)?"
#: A point that only links the text's parts (fix37): a reference back to the problems already named, after a
#: preposition of concern (``针对上述问题``, ``对于以上几个方面的问题``, ``鉴于这些情况``), a clause that announces the
#: measures after it (``应当采取以下措施``, ``提出如下几点建议``, ``要从以下三个方面入手``), or a lead that ends in its
#: copula (``基层治理面临的问题是``). It names no problem and proposes no act: the words or the list after it do.
#: Anchored at both ends, bounded (the lead's subject at most 16 characters, lazily): linear.
_LINKING_POINT = re.compile(
    r"(?:(?:针对|針對|对于|對於|面对|面對|鉴于|鑒於|就|对|對|关于|關於|围绕|圍繞|为解决|為解決|为了解决|為了解決|解决|解決)"
    r"(?:上述|以上|前述|上面|前面|这些|這些|这个|這個|这一|這一|这类|這類|此类|此類|这|這|该|該)" + _LINK_COUNT +
    r"(?:问题|問題|情况|情況|困难|困難|不足|挑战|挑戰|短板|现象|現象|矛盾)"
    r"|(?:我们|我們|政府|各地|有关部门|有關部門)?(?:应当|應當|应该|應該|必须|必須|需要|建议|建議|应|應|需|要|可以|可)?"
    r"(?:采取|採取|提出|给出|給出|做好|抓好|落实|落實|从|從|有)?"
    r"(?:以下|如下|下列|下面|下述)" + _LINK_COUNT +
    r"(?:措施|举措|舉措|建议|建議|对策|對策|办法|辦法|做法|方面|几点|幾點|工作|途径|途徑|路径|路徑)(?:入手|着手|著手|努力|展开|展開)?"
    # (a lead whose copula the cut left without its complement: 基层治理面临的问题是, 主要困难在于)
    r"|[^，,。；;：:！？!?\n]{0,16}?(?:面临|面臨|存在|遇到|出现|出現)?的?(?:主要|最大|突出|核心)?的?"
    r"(?:问题|問題|困难|困難|挑战|挑戰|不足|短板|难点|難點)(?:主要)?(?:是|在于|在於|包括|有))"
)


def linking_point(point: str) -> bool:
    """Whether the point text ``point`` (marks at its ends ignored) is nothing but a link between the text's parts
    (:data:`_LINKING_POINT`: ``针对上述问题``, ``应当采取以下措施``): it refers back to the problems or announces the
    measures, stating neither, so it is no point (fix37). O(length of the point)."""
    return _LINKING_POINT.fullmatch(point.strip(_TRIM)) is not None


def bare_connective_point(point: str) -> bool:
    """Whether the point text ``point`` (Simplified) is nothing but a linking connective or a time frame
    (:data:`LINKING_CONNECTIVES`, :data:`TIME_FRAMES`, the bare connectives of :func:`_bare_point_connectives`) with
    its punctuation: ``也就是说`` left when the clause after it was cut off by the end of a stored page
    (:func:`_cut_off_end`) states no content, so it is no point (trialfix20b). O(length of the point)."""
    core = point.strip(_TRIM + "，,：:")
    return bool(core) and (core in _LINKS_AND_FRAMES or core in _bare_point_connectives())


#: A speech's closing appeal (``同志们，…，让我们共同努力，确保…``, ``朋友们！让我们携手…``): the audience addressed
#: by a vocative, then 让我们 ("let us") in the same sentence (:func:`exhortation_point`). Anchored, bounded.
_EXHORTATION = re.compile(r"(?:同志们|朋友们|同学们|同胞们|各位[\u4e00-\u9fff]{0,4}|女士们[，,、]?先生们)[，,！!：:]"
                          r"[^。！？!?]{0,80}?让我们")


def exhortation_point(point: str) -> bool:
    """Whether the point text ``point`` (Simplified) is a speech's appeal to its audience (:data:`_EXHORTATION`:
    a vocative, then 让我们 in the same sentence): it rallies the listeners and names no measure. Bounded work."""
    return _EXHORTATION.match(point.lstrip(_TRIM)) is not None


def bare_verb_point(point: str) -> bool:
    """Whether the point text ``point`` (Simplified) is nothing but a measure's verb, past a modal or an adverb
    (``加强``, ``要完善``, ``进一步优化``), with its punctuation: an item cut off by the end of a stored page after its verb
    names no measure (trialfix21b K3); a bracketed gloss after the verb (``实施（Do）``: :data:`_TRAILING_GLOSS`) adds
    none (a PDCA report's phase heading, fix42b). O(length of the point)."""
    core = point.strip(_TRIM + "，,：:")
    gloss = _TRAILING_GLOSS.search(core)
    if gloss is not None and gloss.start() > 0:
        core = core[:gloss.start()].strip(_TRIM + "，,：:")  # 实施（Do）: a phase heading's verb and its gloss (fix42b)
    if not core or len(core) > BARE_VERB_CHARS:
        return False
    verbs = _imperative_set()
    for lead in ("",) + asp._ADVERBS:
        if core.startswith(lead) and core[len(lead):] in verbs:
            return True
    return False


@lru_cache(maxsize=1)
def _imperative_set() -> frozenset[str]:
    # (and the verbs of starting or carrying out work, 启动, 施工: 污水处理项目即将启动 cut to its verb; trialfix23b F)
    return frozenset(asp.lexicon().words("imperative") + asp.lexicon().words("bare_act_verb"))


#: A bracketed gloss that ends a point (``实施（Do）``, ``处理（Act）``, ``检查(Check)``): a heading's translation or
#: abbreviation, no object of the verb before it (:func:`bare_verb_point`). Bounded, anchored at the end: linear.
_TRAILING_GLOSS = re.compile(r"[（(][^（()）]{1,16}[)）]$")
#: Longest point (characters) :func:`bare_verb_point` reads: a modal or adverb and a verb (进一步加强).
BARE_VERB_CHARS = 6


#: A need to solve or heed, with no object (``需要我们进一步努力解决``, ``有待加以改进``, ``值得深思``): what closes a
#: sentence of problems, naming no act. Anchored at both ends of the point, a bounded run of adverbs: linear.
_BARE_REMEDY = re.compile(r"(?:还|仍|则|都|也)?(?:需要|需|有待|亟待|亟需|亟须|值得|要)(?:我们|大家|各方|各级|有关部门|相关部门)?"
                          r"(?:进一步|继续|认真|努力|切实|加以|予以|去|来|共同){0,3}"
                          r"(?:解决|改进|改善|重视|研究|探讨|思考|深思|关注|破解)"
                          # (必须采取有效措施，努力推进解决: measures named by the bare noun, then a bare 解决; trialfix22a)
                          r"|(?:还|仍|则|都|也)?(?:必须|需要|要|应|应当)(?:采取|拿出|制定)(?:有效|有力|切实|得力|切实有效)?的?"
                          r"(?:措施|举措|办法|对策)(?:[，,]?(?:努力|积极|切实|认真|尽快|加快){0,2}(?:推进|加以|予以|逐步)?"
                          r"(?:解决|改进|改善|化解))?"
                          # (下一步在这方面还要继续努力工作: an official's pledge of effort on what he just named, no act of
                          # its own; Part 77's 4111. 还需在…上付出更多努力 names its domain and stays)
                          r"|(?:下一步|今后|接下来)?[，,]?(?:在这方面|在这些方面|在此方面|对此)?(?:还|仍|则|都|也)?"
                          r"(?:需要|需|要|应|将)(?:继续|进一步|更加|加倍){1,2}努力(?:工作|奋斗)?")


def bare_remedy_point(point: str) -> bool:
    """Whether the point text ``point`` (Simplified) is only a need to solve or heed what the sentence named, with no
    object or act of its own (:data:`_BARE_REMEDY`: ``需要我们进一步努力解决``; not ``需要进一步解决农产品销路问题``): the
    clause after a list of problems, no recommendation (corpus21b). O(length of the point)."""
    return _BARE_REMEDY.fullmatch(point.strip(_TRIM + "，,。；;！!")) is not None


#: Fewest characters after an outline label or a bracketed list number for :func:`_past_outline_label` to move a point
#: past it (``（1）加强`` keeps its number: too little follows). Not :data:`LABELLED_STATEMENT_CHARS` (a section's aspect
#: label, ``问题二：停车难``, where two characters already state the point: left44).
OUTLINE_STATEMENT_CHARS = 4


@lru_cache(maxsize=1)
def _english_field_label() -> re.Pattern[str]:
    """An English field label that opens a point of a Chinese text (``Problem 1:``, ``Recommendation II：``,
    ``Measures:``): a word of the cue groups ``english_challenge_label`` / ``english_recommendation_label``
    (``resources/cues.txt``, any letter case), an optional number (digits, Roman or Chinese numerals) and a colon,
    with the spaces after it. Anchored, bounded (no nested quantifier)."""
    words = sorted({w for g in ("english_challenge_label", "english_recommendation_label")
                    for w in asp.lexicon().words(g)}, key=lambda w: (-len(w), w))
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")[ \t]{0,2}"
                      r"(?:\d{1,2}|[IVXivx]{1,4}|[一二三四五六七八九十]{1,2})?[ \t]{0,2}[:：][ \t\u3000]{0,3}", re.I)


def _past_outline_label(text: str, start: int, end: int) -> int:
    """``start`` moved past a numbered label of an essay's outline that opens the point ``[start, end)`` (``论点 1：``,
    ``分论点二：``: :data:`summarizer.clean._NUMBERED_LABEL`, the rule that keeps such a heading on a line of its own)
    when at least :data:`OUTLINE_STATEMENT_CHARS` characters follow it: the label numbers the argument, the words
    after it state the point (trialfix20); or past a bracketed list number (:data:`_BRACKET_NUMBER`: ``（1）``) that no
    list item took. Constant time (the label is anchored and bounded)."""
    m = _english_field_label().match(text, start, end)
    if m is not None and end - m.end() >= OUTLINE_STATEMENT_CHARS:
        return m.end()  # (Problem 1: 物流成本高企, Measures: …: an English field label, like 问题一：; fix48)
    m = _NUMBERED_LABEL.match(text, start, end)
    if m is None or end - m.end() < OUTLINE_STATEMENT_CHARS or text[m.end():m.end() + 1].isdigit():
        # (（1）明确流域的最大耗水量: a bracketed number that no list item took, under a markdown heading, is a list
        # marker all the same; trialfix21b K5)
        b = _BRACKET_NUMBER.match(text, start, end)
        if b is not None and end - b.end() >= OUTLINE_STATEMENT_CHARS:
            return b.end()
        return start  # (截至12:30…: a time of day, no label)
    return m.end()


#: A speaker's or a column's label that opens a point (fix37): a name of at most three characters and a title
#: (``张教授：``, ``李主任：``, ``陈议员：``), or the name of a newspaper's column (``社評：``, ``短评：``, ``编者按：``),
#: or an interview's answer label (``答：``, fix38), then a colon. A meeting record's speaker may add his role in brackets
#: (``李经理（物业公司）：``, ``王阿姨（居民代表）：``; try43). Who speaks or which column runs the text is no part of what is said; a field label that names
#: what follows (``问题：``, ``经费不足：``, ``建议：``) is none of these and stays. Anchored, bounded.
_SPEAKER_OR_COLUMN_LABEL = re.compile(
    r"(?:[\u3400-\u9fff]{1,3}(?:教授|副教授|主任|副主任|书记|書記|局长|局長|市长|市長|县长|縣長|院长|院長|校长|校長|所长|所長|"
    r"部长|部長|主席|委员|委員|议员|議員|代表|先生|女士|老师|老師|博士|研究员|研究員|专家|專家|经理|經理|董事长|董事長|"
    r"总监|總監|处长|處長|科长|科長|镇长|鎮長|村长|村長|厅长|廳長|司长|司長|阿姨|大爷|大爺|大妈|大媽|师傅|師傅|同志)"
    r"(?:[（(][^（）()：:\n]{1,12}[）)])?"
    r"|社评|社評|社论|社論|短评|短評|时评|時評|快评|快評|述评|述評|编者按|編者按|答)[ \t]{0,2}[：:][ \t]{0,2}")
#: Fewest characters after a speaker's label for the label to be read past (:func:`past_speaker_label`).
SPEAKER_STATEMENT_CHARS = 4


def past_speaker_label(text: str, start: int, end: int) -> int:
    """``start`` moved past a speaker's or a column's label that opens the point ``[start, end)``
    (:data:`_SPEAKER_OR_COLUMN_LABEL`: ``张教授：``, ``社評：``) when at least :data:`SPEAKER_STATEMENT_CHARS`
    characters follow it: the words after the label are the point (fix37). Offsets into ``text``; constant time."""
    m = _SPEAKER_OR_COLUMN_LABEL.match(text, start, end)
    return m.end() if m is not None and end - m.end() >= SPEAKER_STATEMENT_CHARS else start


#: A bracketed list number that opens a point (（1）, (2), （三）, 〔4〕) and the spaces after it.
_BRACKET_NUMBER = re.compile(r"[（(〔]\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}[）)〕]\s{0,2}")


#: How many following points :func:`_without_joined_points` compares with each point (bounds the scan: linear).
JOINED_SCAN = 8


#: Most characters between two points read as end to end (the ``；`` or ``，`` between two clauses' points).
JOINED_GAP_CHARS = 2


def _without_joined_points(points: list[RawPoint]) -> list[RawPoint]:
    """``points`` (one aspect's; offsets into the essay text) without a point whose span holds two
    or more other points of the list: it joins them (``A不牢固，B困难；C不强，D偏低`` beside ``A不牢固，B困难`` and
    ``C不强，D偏低``, or a merged ``一方面…另一方面…`` beside its halves), and each of them is the point already; nor a
    point that two or more others starting inside it cover end to end (at most :data:`JOINED_GAP_CHARS` characters
    apart), the last one running on past its end: a window across a ``；`` beside both halves' points. Each
    point is compared with at most :data:`JOINED_SCAN` points after it: linear in the points."""
    order = sorted(range(len(points)), key=lambda i: (points[i].start, -points[i].end))
    drop = set()
    for n, i in enumerate(order):
        p, inside, parts, covered = points[i], 0, 0, points[i].start
        for j in order[n + 1:n + 1 + JOINED_SCAN]:
            q = points[j]
            if q.start >= p.end:
                break
            if q.end <= p.end and (q.start, q.end) != (p.start, p.end):
                inside += 1
            if (q.start, q.end) != (p.start, p.end) and q.start <= covered + JOINED_GAP_CHARS:
                parts += 1
                covered = max(covered, q.end)
        # (or two points or more cover it end to end, the last running on past it: A不强；B薄弱，C偏低 beside A不强 and
        # B薄弱，C偏低，D不牢固: a window across the semicolon; trialfix22b kind P)
        if inside >= 2 or parts >= 2 and covered >= p.end:
            drop.add(i)
    return [p for i, p in enumerate(points) if i not in drop]


def _prose_left_out(prose: list[RawPoint], picked: list[RawPoint]) -> list[RawPoint]:
    """The points of ``prose`` (:func:`_prose_points` of an aspect the fallback reads) that overlap none of ``picked``
    (what the fallback chose): a sentence that states the aspect as prose does is a point even where the fallback's
    own reading of the essay's sentences passes it by. n log n in the points."""
    spans = sorted((p.start, p.end) for p in picked)
    starts = [a for a, _ in spans]
    longest = max((b - a for a, b in spans), default=0)
    out = []
    for p in prose:
        j, k = bisect.bisect_left(starts, p.start - longest), bisect.bisect_left(starts, p.end)
        if not any(b > p.start for _, b in spans[j:k]):
            out.append(p)
    return out


def _fallback_reading(structure: Structure, sentences: list[Sentence], i: int, layout: _Layout,
                      in_prose: bool) -> tuple[bool, str, str | None, str | None] | None:
    """What the unstructured fallback of :func:`extract_points` reads in sentence ``i`` whatever the aspect it looks
    for: ``None`` for a sentence it passes over, else ``(ends as a question, its body: the text after an opening
    list marker, its prose aspect (:func:`_prose_statement`; ``None`` unless ``in_prose``: in no region nor list item),
    its own aspect)``. Pure, so the two aspects' passes share it. The own aspect is :data:`_OWN_UNREAD` where it is
    the sentence's own cue reading (:func:`_own_aspect`), which the caller reads only where it decides (speed25)."""
    s = sentences[i]
    text = structure.text
    if (s.text.startswith(_TOPIC_OPENERS) and not asp.after_background_turn(s.text) or asp.is_commentary(s.text)
            or asp.is_ceremony(s.text)):
        return None  # "针对…问题，…" names a topic or a purpose; it states no problem and proposes nothing
        # (随着…，…，但是，当前…面临…等问题: a scene-setting opener that turns to a statement is read past;
        # a report's thanks and its credit for achievements state nothing either)
    if len(s.text.strip(_TRIM)) < PROPOSAL_MIN_CHARS:
        return None  # a bare lead-in word (要求：) names nothing; the text after it states the points
    if asp.announces_following(s.text):
        return None  # 为…，确保…风险平稳可控，现就有关工作通知如下。: an announcement states none of what follows (trial19 F3)
    if asp.announces_list_ahead(s.text):
        return None  # 对此，建议从以下方面发力。: a lead-in closed by a full stop announces the items after it (fix40b)
    if names_a_kind(s.text):
        return None  # “X线是…针对…不平衡，提出的一种典型现象。”: a definition names what a term describes (weak21)
    if ends_as_lead_in(s.text) and asp._announces_ahead(s.text):
        return None  # 本人向政府提出以下质询，并要求…给予答复：: a lead-in announces the items after it (weak21)
    if asp.narrates_meeting(s.text):
        return None  # 某某主持召开…恳谈会，听取意见建议，解决企业…问题: the meeting's narration and purpose (trial19 F5)
    if asp.accounts_for_conduct(s.text):
        return None  # 公司随后解释成本上涨是加价的主因: the actor's account, narration (lefts22)
    if in_prose and asp.official_report(s.text):
        return None  # 内政部次长某某致词表示，政府持续…，全面落实居住正义: the authorities' own words (Part 56)
    if in_prose and asp.reports_platform(s.text):
        return None  # 候选人提出三项托育政策：增设…、提高…: another party's proposals reported for review (k9192)
    said = _meeting_said(layout, s.text)
    if in_prose and asp.quotes_directive(s.text) and not said:
        return None  # 会议强调，要…: a quoted directive in prose outside any list or region is reported (issue 8)
    question = s.text.rstrip().endswith(_QUESTION_END_TUPLE) or asks_in_quotes(s.text)
    # prose in no region is read as :func:`_prose_points` reads it; a region or an item's body already
    # speaks of an aspect, and there the sentence's own cue words decide
    # (prose in no region that prose_aspect reads, 相关部门应制定…, is of that aspect whatever cue word it holds)
    # (read past a list marker that opens the sentence: 二、不能再让… opens with its prohibition)
    body = text[max(marker_end(structure, s.start), s.start + said):s.end]
    prose = _prose_statement(body, _before_list(sentences, i, layout.problem_items)) if in_prose else None
    case = asp.case_clause_end(body.strip())
    if case and not prose:
        # (对整改不到位造成事故的，严肃追责: the faults are the case a rule addresses; the rest says what it states)
        return question, body, prose, asp.prose_aspect(body.strip()[case:])
    # (政府应当提高…: subject first; read when the caller needs it, :func:`_own_aspect`)
    return question, body, prose, prose or _OWN_UNREAD


#: The own aspect of a :func:`_fallback_reading` not yet read (:func:`_own_aspect` of the sentence): most sentences
#: of a section of the other aspect are passed over before it matters (speed25: about a third of the readings).
_OWN_UNREAD = object()


def _own_aspect(sentence: str) -> str | None:
    """The aspect the unstructured fallback reads in a sentence that states none as prose: its first clause's
    (:func:`summarizer.aspects.front_aspect`: ``政府应当提高…``, subject first), else its cue words'
    (:func:`summarizer.aspects.sentence_aspect`)."""
    return asp.front_aspect(sentence) or asp.sentence_aspect(sentence)


def _table_column_points(text: str, out: dict[str, list[RawPoint]], review: int) -> None:
    """The body cells of a table whose header row (:func:`summarizer.sentences.table_rows`: its first row of label
    cells over more rows) names an aspect per column (``存在问题 | 对策建议``, ``序号 | 问题 | 整改措施``, each header
    cell's :func:`summarizer.aspects.heading_aspect`): every later row of as many cells gives the cell under a
    challenge column as a challenge and the one under a recommendation column as a recommendation, whatever the
    cell's own words; a point of the other aspect inside such a cell goes (ux37: a .docx table of problems and
    measures gave its problems only); the header names their aspect, so no model veto (``finding``). A column whose
    every cell is a label of at most :data:`TABLE_LABEL_CELL_CHARS` characters (``问题类型``: ``助餐服务``) is not read
    so: it names kinds, the next column states them; unless a cell states the column's aspect by its own cue words
    (``整改措施``: ``落实晨检制度``, a short measure) and no cell of the next column is longer (``责任单位``). Offsets into
    ``text``; rows before ``review`` only. O(n log n) in the rows and points."""
    rows = table_rows(text)
    if not rows:
        return
    columns: list[str | None] | None = None
    columns_at = -1  # (the header row's start: a table's columns are (columns_at, index))
    added: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    by_column: dict[tuple[int, int], list[RawPoint]] = {}
    widest: dict[tuple[int, int], int] = {}  # (the longest cell of each table's column, named or not)
    row_of: dict[int, tuple[int, int]] = {}  # (a column cell's start: its row's line)
    for start in sorted(rows):
        line_start, line_end, units = rows[start]
        cells = row_cells(text, line_start, line_end)
        if not units:
            aspects = [asp.heading_aspect(text[a:b].strip()) for a, b in cells]
            named = {a for a in aspects if a in (asp.CHALLENGE, asp.RECOMMENDATION)}
            columns, columns_at = (aspects if named else None), line_start
            continue
        if columns is None or len(cells) != len(columns) or line_start >= review:
            if len(cells) != len(columns or ()):
                columns = None  # another table, or a row that cannot be read by its columns: the header's end
            continue
        if _NAME_ROW_LABEL.fullmatch(text[cells[0][0]:cells[0][1]].strip()):
            continue  # (| 名称 | 王大难 | 无 |: a row of names, whatever its cells end in; fix42c)
        for j, ((a, b), aspect) in enumerate(zip(cells, columns)):
            a, b = _trim(text, a, b)
            widest[(columns_at, j)] = max(widest.get((columns_at, j), 0), b - a)
            if aspect in added:
                if b - a >= TABLE_CELL_MIN_CHARS or aspect == asp.CHALLENGE and shortfall_cell(text[a:b]):
                    by_column.setdefault((columns_at, j), []).append(RawPoint(aspect, a, b, finding=True))
                    row_of[a] = (line_start, line_end)
    for (table, j), column in by_column.items():
        # (问题类型 | 具体表现: a named column whose every cell is a short label, 助餐服务, names the kind of problem;
        # the content is in the next column, and the points read there stay)
        # (更换过期器材 | 落实晨检制度 under 整改措施 before 责任单位: a column of short measures, one stating its
        # aspect by its own cue words, with no longer text in the next column to name, is no column of labels)
        # (停车难 | 看病贵 under 问题: short cells that each state a shortfall by their own ending are no labels of
        # kinds, whatever the next column holds)
        if any(p.end - p.start > TABLE_LABEL_CELL_CHARS for p in column) or (
                widest.get((table, j + 1), 0) <= TABLE_LABEL_CELL_CHARS
                and any(_own_cue_aspect(text[p.start:p.end]) == p.aspect for p in column)) or (
                column[0].aspect == asp.CHALLENGE and all(shortfall_cell(text[p.start:p.end]) for p in column)):
            added[column[0].aspect].extend(column)
    cells = sorted(((p.start, p.end, aspect) for aspect, points in added.items() for p in points))
    if not cells:
        return
    cell_starts = [a for a, _, _ in cells]  # (cells: disjoint)

    def read_by_columns(q: RawPoint, aspect: str) -> bool:
        """Whether ``q`` overlaps a named column's cell and is no part of one cell of its own aspect (a point
        across a row's two cells, 问题 ⇥ 对策, or one of the other aspect inside a cell): the cells replace it."""
        k = bisect.bisect_left(cell_starts, q.end) - 1
        if k < 0 or cells[k][1] <= q.start:
            return False  # (no cell overlaps the point: cells are disjoint, in text order)
        a, b, column = cells[k]
        return not (a <= q.start and q.end <= b and column == aspect)

    # tryleft45: a row whose named column gives its point (融资难 under 问题) states that one problem; the text of
    # its other cells (the 具体表现 cell) describes it, as a body under its heading: no second point of that aspect
    stated = {(row_of[a], aspect) for a, _b, aspect in cells}
    row_starts = sorted({row for row, _aspect in stated})
    row_begins = [a for a, _ in row_starts]

    def described_in_row(q: RawPoint, aspect: str) -> bool:
        """Whether ``q`` lies within a row one of whose named cells already gives a point of ``aspect``."""
        k = bisect.bisect_right(row_begins, q.start) - 1
        return k >= 0 and q.end <= row_starts[k][1] and (row_starts[k], aspect) in stated

    for aspect in list(out):
        out[aspect] = [q for q in out[aspect] if not read_by_columns(q, aspect) and not described_in_row(q, aspect)]
    for aspect, points in added.items():
        if not points:
            continue
        have = sorted(out.setdefault(aspect, []), key=lambda q: q.start)
        have_starts = [q.start for q in have]
        reach = list(itertools.accumulate((q.end for q in have), max))  # the furthest end of the points so far
        for p in points:
            k = bisect.bisect_left(have_starts, p.end) - 1  # the points that start before this cell ends
            if k < 0 or reach[k] <= p.start:
                out[aspect].append(p)  # no point of the aspect overlaps the cell yet


#: A table row's label cell that says its cells are names of a person, unit or thing (``名称``, ``姓名``, ``责任单位``,
#: ``联系人``): such a row states no problem or measure, whatever its cells end in (``王大难``; fix42c).
_NAME_ROW_LABEL = re.compile(r"(?:[^\s|]{0,4}?)(?:名称|姓名|名字|人名|单位|责任人|负责人|联系人|联系方式|电话|地址)")


#: Fewest characters of a table cell that states a shortfall by its ending alone (:func:`shortfall_cell`: 停车难).
SHORTFALL_CELL_MIN_CHARS = 3


def shortfall_cell(cell: str) -> bool:
    """Whether a table cell (its text, trimmed) states a shortfall by itself: at least :data:`SHORTFALL_CELL_MIN_CHARS`
    characters, no clause break, ending in an adjective of difficulty or of a small or poor degree (the
    ``difficulty_adjective_end`` and ``shortfall_adjective_end`` cue groups: ``停车难``, ``看病贵``, ``床位紧张``), not in a
    word that only looks so (``shortfall_end_lookalike``: ``成本降低``). A label of a kind (``助餐服务``) ends in a noun.
    Constant time past one strip (the endings are short)."""
    c = cell.strip().rstrip("。；;")
    if len(c) < SHORTFALL_CELL_MIN_CHARS or any(ch in c for ch in _CLAUSE_MARKS):
        return False
    lex = asp.lexicon()
    if c.endswith(lex.words("shortfall_end_lookalike")):
        return False
    if c.endswith("一般") and len(re.findall(r"[\u4e00-\u9fff]", c[:-2])) < 2:
        return False  # (a rating among options, C.一般, 满意/一般: no subject judged mediocre; k7984)
    return c.endswith(lex.words("difficulty_adjective_end")) or c.endswith(lex.words("shortfall_adjective_end"))


def _table_cells(text: str, out: dict[str, list[RawPoint]]) -> None:
    """A point taken from a table row (:func:`summarizer.sentences.table_rows`) is the body cell it overlaps (the
    problem or measure a row states, not its serial number, count, deadline or lead unit): its span is cut to that
    cell; a point on a table's header row (``序号 | 问题 | 涉及企业``), or on label cells only, is no point."""
    rows = table_rows(text)
    if not rows:
        return
    starts = sorted(rows)
    for aspect, points in out.items():
        kept = []
        for p in points:
            i = bisect.bisect_right(starts, p.start) - 1
            row = rows[starts[i]] if i >= 0 else None
            if row is None or p.start >= row[1]:
                kept.append(p)
                continue
            cells = [(max(a, p.start), min(b, p.end)) for a, b in row[2] if a < p.end and b > p.start]
            if cells:
                p.start, p.end = cells[0]
                kept.append(p)
            elif p.finding and p.start >= row[0] and p.end <= row[1] and "\t" not in text[p.start:p.end]:
                # (部分学校消防器材过期失效 under 存在问题: a short cell the header row names the aspect of is a point
                # though it reads like a label; _table_column_points took it as that cell)
                kept.append(p)
        out[aspect] = kept


_COMMAS = "，,"


#: Words that refer back to the clauses before a summing predicate (``…，这些都是亟待解决的问题``).
_SUMMING_REFERENTS = ("这些", "以上", "上述", "此等", "凡此种种", "凡此")


def _without_summing_tail(text: str, start: int, end: int) -> int:
    """The end of the point ``[start, end)`` (offsets into ``text``) without a last clause that only sums up the
    clauses before it as problems or measures (``拆建比例过高，原住民外迁，这些都是亟待解决的问题``: after its last comma,
    an optional referent, :data:`_SUMMING_REFERENTS`, then a bare summing predicate, :func:`_bare_summing_tail`, whose
    noun names an aspect): the point is what it sums up (trial16 A6). ``end`` unchanged for any other point, or when
    nothing would be left, or when the words before the comma end in a topic noun (``copula_topic`` cue group:
    ``停车难的背后，是…的问题``; 根源, 症结, 关键 …), which is the copula's subject and sums nothing. Linear in the point."""
    cut = max(text.rfind("，", start, end), text.rfind(",", start, end))  # (the last of _COMMAS; no generator, speed40)
    if cut <= start:
        return end
    tail = text[cut + 1:end].strip()
    if text[start:cut].rstrip().endswith(asp.lexicon().words("copula_topic")):
        return end  # (停车难的背后，是规划建设滞后的问题: the copula's subject is the topic before the comma; try43)
    for w in _SUMMING_REFERENTS:
        if tail.startswith(w):
            tail = tail[len(w):]
            break
    m = _SUMMED_TAIL.match(tail.rstrip("。！!；;"))
    if not _bare_summing_tail(tail) or m is None:
        return end
    cues = asp.heading_cues(m.group("what").rstrip())
    if not cues or cues[-1][1] not in (asp.CHALLENGE, asp.RECOMMENDATION):
        return end
    new_end = _trim(text, start, cut)[1]
    return new_end if new_end - start >= MIN_POINT_CHARS // 2 else end


def _without_reason_tail(text: str, start: int, end: int) -> int:
    """The end of the recommendation ``[start, end)`` (offsets into ``text``, the Simplified view) without the
    reasons that follow its measure (``所有学校都应设立阅读时间，这是因为：一、…``: from the comma that
    :func:`summarizer.aspects.reason_tail_start` finds); ``end`` unchanged when the point gives no reasons. Linear
    in the point."""
    cut = asp.reason_tail_start(text[start:end])
    return _trim(text, start, start + cut)[1] if cut > 0 else end


def _without_lead_in_tail(text: str, start: int, end: int) -> int:
    """The end of the point ``[start, end)`` (offsets into ``text``) without the clause that closes its paragraph
    with a comma: a paragraph that ends in ``，`` leads into the next one (``…有直接关系，要提高办理质量，⏎一方面要…``,
    :func:`summarizer.clean._join_lines` keeps such a break), so its last clause announces what follows and states
    nothing of its own. ``start`` when the whole point is that clause; ``end`` unchanged for any other point.
    Looks at the characters after ``end`` up to the line's end and back to the last comma (linear in the point)."""
    j = end
    while j < len(text) and text[j] in _COMMAS:
        j += 1
    if j == end and not text[start:end].endswith(tuple(_COMMAS)):
        return end
    if text[j - 1] not in _COMMAS or j >= len(text) or text[j] != "\n":
        return end
    cut = max(text.rfind(c, start, end - 1 if text[end - 1] in _COMMAS else end) for c in _COMMAS + "；;")
    return cut if cut > start else start


def _holds_start(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in ``[start, end)``. O(log n)."""
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _kept_by_guards(text: str, point: RawPoint, aspect: str, cut: WordCut | None = None) -> bool:
    """Whether :func:`_neither_and_flips` keeps ``point`` in ``aspect`` (or moves it there); ``cut``: the
    tokenizer's word cut, with which the point is read past its linking connective (:func:`unlinked_start`)."""
    ptext = text[point_start(text, point.start, point.end, cut):point.end]
    if asp.states_neither(ptext) or asp.opens_mid_clause(ptext) or asp.frame_only(ptext):
        return False
    if aspect == asp.RECOMMENDATION and (asp.states_no_measure(ptext) or asp.awaits_improvement(ptext)):
        return False
    if aspect == asp.CHALLENGE and (asp.states_no_problem(ptext)
                                    or measure_target(text, point.end - len(ptext), point.end)):
        return False
    return aspect == asp.RECOMMENDATION or not asp.recommends_outright(ptext)


#: A paper's abstract line (``摘要…``, ``【摘要】…``, ``摘 要：…``; a PDF converter may glue the label to its text) and
#: its keyword line (``关键词…``, ``【关键词】``, ``Key words``) at a line's start.
_PAPER_ABSTRACT_LINE = re.compile(r"(?m)^[ \t\u3000]{0,4}[【\[［]?[ \t]{0,2}(?:内容)?(?:摘[ \t]{0,2}要|提[ \t]{0,2}要)[ \t]{0,2}[】\]］]?[ \t]{0,2}[:：]?")
_PAPER_KEYWORD_LINE = re.compile(r"(?m)^[ \t\u3000]{0,4}[【\[［]?[ \t]{0,2}(?:关[ \t]{0,2}键[ \t]{0,2}[词字]|Key[ \t]{0,2}words?)", re.I)
#: A paper's introduction heading: a section number (``1``, ``1.``, ``一、``, ``（一）``) or none, then 引言/前言/绪论/
#: 研究背景/问题的提出 alone on its line. What it opens is background, not the paper's own findings or proposals.
_PAPER_INTRO_HEADING = re.compile(
    r"(?m)^[ \t\u3000]{0,4}(?:#{1,6}[ \t]{0,2})?(?:\d{1,2}[.．、]?|[一二三][、.．]|[（(][一二三1-3][)）])?[ \t]{0,2}"
    r"(?:引[ \t]?言|前[ \t]?言|绪[ \t]?论|研究背景|背景|问题的提出)[ \t]*$")
#: A paper's closing heading: 结语/结论/结束语 alone on its line (not ``结论与建议``, which proposes): the closing
#: section restates what the body found and proposed.
_PAPER_CLOSING_HEADING = re.compile(
    r"(?m)^[ \t\u3000]{0,4}(?:#{1,6}[ \t]{0,2})?(?:\d{1,2}[.．、]?|[一二三四五六七八九十]{1,2}[、.．])?[ \t]{0,2}"
    r"(?:结[ \t]?语|结[ \t]?论|结束语)[ \t]*$")
#: A numbered section heading line after the introduction (``2节水灌溉…``, ``2.1 …``, ``二、…``): where the
#: introduction ends. At most :data:`PAPER_HEADING_CHARS` characters and no sentence-final mark.
_PAPER_NEXT_HEADING = re.compile(r"(?m)^[ \t\u3000]{0,4}(?:#{1,6}[ \t]{0,2})?(?:\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、]?|[一二三四五六七八九十]{1,2}、)[ \t]{0,2}[^\s\d.．、][^\n。；！？]{1,40}$")
PAPER_HEADING_CHARS = 40
#: Fewest points of an aspect a paper's body (outside its abstract and introduction) must state for the background's
#: points of that aspect to be dropped: a paper whose body states none keeps what its abstract says.
PAPER_BODY_POINTS = 2


def paper_background_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` offsets in ``text`` (an essay's cleaned text) of a journal paper's background: its abstract
    (from the abstract line to the end of its keyword line), its introduction section (from a 引言/前言/绪论/研究背景
    heading line to the next numbered section heading) and its closing section (a 结语/结论/结束语 heading line to the
    next numbered heading or the end: it restates the body). Empty unless ``text`` is a paper: an abstract line AND a
    keyword line after it, each at a line's start (a PDF->markdown conversion of a journal paper keeps both). The
    abstract previews and the introduction motivates; the problems and measures the paper states are in its body
    sections (Swales' CARS model of research-article introductions: establishing a territory, not the findings).
    Linear: each pattern is searched once from a position, with bounded quantifiers."""
    m = _PAPER_ABSTRACT_LINE.search(text)
    if m is None:
        return []
    k = _PAPER_KEYWORD_LINE.search(text, m.end())
    if k is None:
        return []
    line_end = text.find("\n", k.end())
    spans = [(m.start(), len(text) if line_end < 0 else line_end)]
    h = _PAPER_INTRO_HEADING.search(text, spans[0][1])
    if h is not None:
        nxt = _PAPER_NEXT_HEADING.search(text, h.end())
        spans.append((h.start(), len(text) if nxt is None else nxt.start()))
    c = _PAPER_CLOSING_HEADING.search(text, spans[-1][1])
    if c is not None:
        nxt = _PAPER_NEXT_HEADING.search(text, c.end())
        spans.append((c.start(), len(text) if nxt is None else nxt.start()))
    return spans


def _paper_background_points(text: str, out: dict[str, list[RawPoint]]) -> None:
    """Drops the points of a paper's abstract and introduction (:func:`paper_background_spans`) of each aspect whose
    body states at least :data:`PAPER_BODY_POINTS` points outside them; a kept abstract point loses a glued abstract
    label (``摘要水资源危机…`` -> ``水资源危机…``). In place; one pass over the points."""
    spans = paper_background_spans(text)
    if not spans:
        return
    def inside(p: RawPoint) -> bool:
        return any(a <= p.start < b for a, b in spans)
    for aspect, points in out.items():
        body = sum(1 for p in points if not inside(p))
        if body >= PAPER_BODY_POINTS:
            out[aspect] = [p for p in points if not inside(p)]
        else:
            for p in points:
                lab = _PAPER_ABSTRACT_LINE.match(text, p.start)
                if lab is not None and lab.end() > p.start and lab.end() < p.end:
                    p.start = lab.end()


#: A citation of a table or a figure in a sentence (``（表2）``, ``(图 3)``, ``如表1所示``): the sentence reports what the
#: data show. Bounded: O(1) a position.
_FIGURE_CITE = re.compile(r"[（(]\s?见?\s?[表图]\s?\d{1,2}(?:[-–.．]\d{1,2})?\s?[)）]|如[表图]\s?\d{1,2}所示")


def _figure_result_points(text: str, out: dict[str, list[RawPoint]]) -> None:
    """Drops the challenge points that cite a table or a figure (:data:`_FIGURE_CITE`) and state no shortcoming
    (:func:`summarizer.aspects.challenge_strength` 0): a research paper's result (``…评估方法得出不同的结果（表2）``)
    read in a problem section is no problem of its own; one that states a shortcoming (``地下水位持续下降（图2）``)
    stays. In place; one search a point."""
    out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE]
                          if not (_FIGURE_CITE.search(text, p.start, p.end)
                                  and not asp.challenge_strength(text[p.start:p.end]))]


#: A reviewer's run-in label opening a line of a 申论 page that interleaves its comments with the essay's paragraphs
#: (``评析：开篇先提及…``, ``点评：``, ``第一段：开篇点题。重要性+问题。``, ``【名师点评】：``): at most eight spaces
#: before it, one optional bracket around it. Anchored at a line start and bounded: linear.
_REVIEW_LABEL = re.compile(r"(?m)^[ \t\u3000]{0,8}【?[ \t]?(?:评析|点评|名师点评|文章点评|范文点评|(?P<para>第[一二三四五六七八九十\d]{1,2}段"
                           r"|首段|尾段|结尾段))[ \t]?】?[ \t]?[：:]")


#: Fewest reviewer-labelled lines (:data:`_REVIEW_LABEL`) that make a page one commenting paragraph by paragraph.
REVIEW_LINES = 2


def review_paragraphs(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``text``, sorted) of the lines that a reviewer's run-in label opens
    (:data:`_REVIEW_LABEL`: ``评析：``, ``点评：``, ``第一段：``): a 申论 page that comments on the model essay paragraph
    by paragraph puts such a line after each of the essay's; the line reviews how the essay is written (``成就+问题+
    观点，引出自然``, ``本段分析部分过于简单``) and states no point of its own (trial22b P; weak23). ``[]`` when fewer
    than :data:`REVIEW_LINES` lines are so labelled and none names a paragraph (a lone ``点评：`` under a cartoon is
    its author's comment; a lone ``第一段：`` reviews). Unlike
    :func:`review_start`, the essay goes on after it. Linear in ``len(text)``."""
    spans = []
    names_paragraph = False
    for m in _REVIEW_LABEL.finditer(text):
        end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if end < 0 else end))
        names_paragraph = names_paragraph or m.group("para") is not None
    # (one such line is a page's own comment, a cartoon's 点评：… under its caption: the author's words; a reviewer
    # comments on two paragraphs or more, or names the paragraph, 第一段：, which no author's own comment does)
    return spans if len(spans) >= REVIEW_LINES or names_paragraph else []


def inside_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether offset ``pos`` lies in one of ``spans`` (``[start, end)`` offsets into one text, sorted and disjoint;
    ``starts`` their start offsets, built once by the caller for many lookups): one bisect, O(log n)."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


def _drop_appeal_crossheads(structure: Structure, out: dict[str, list[RawPoint]]) -> None:
    """Drops the challenge points inside a news crosshead that reports an appeal (:func:`summarizer.aspects.
    appeal_crosshead`: ``吁缩小城乡收入差距``): the problem noun it names is the object of the appeal, which the paragraph
    under it tells (trialfix23a P). In place; one pass over the line items, a bisection a point."""
    spans = [(it.content_start, it.heading_end) for it in structure.items
             if it.family == "line" and it.start > 0 and asp.appeal_crosshead(structure.heading(it))]
    if not spans:
        return
    heads = [a for a, _ in spans]  # (the items are in text order and the lines do not overlap: a bisection a point)

    def inside(p: RawPoint) -> bool:
        k = bisect.bisect_right(heads, p.start) - 1
        return k >= 0 and p.end <= spans[k][1]

    out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE] if not inside(p)]


#: Most characters of a Q&A page's label before its verb (``市民陈女士``, ``市住房和城乡建设局``), :func:`_qa_blocks`.
QA_LABEL_CHARS = 24
#: Fewest characters of a complaint clause read from a resident's block (:func:`_qa_page_points`).
QA_POINT_MIN_CHARS = 6


@lru_cache(maxsize=1)
def _qa_label_re() -> re.Pattern[str]:
    """A Q&A page's label line: a name, a label verb (``qa_ask_label`` or ``qa_reply_label``
    cue group) and a colon, alone on its line (``市民陈女士反映:``, ``市城投公司答复：``). Group ``ask`` or ``reply`` names
    the side. Anchored at a line start, bounded by :data:`QA_LABEL_CHARS`."""
    lex = asp.lexicon()
    ask = "|".join(map(re.escape, sorted(lex.words("qa_ask_label"), key=len, reverse=True)))
    reply = "|".join(map(re.escape, sorted(lex.words("qa_reply_label"), key=len, reverse=True)))
    return re.compile(rf"(?m)^[ \t]*[^\s，,。；;：:！？!?]{{1,{QA_LABEL_CHARS}}}?(?:(?P<ask>{ask})|(?P<reply>{reply}))"
                      rf"[ \t]*[:：][ \t]*$")


def _qa_blocks(text: str) -> list[tuple[str, int, int]]:
    """The blocks of a Q&A page (a city's 市民反映 / 部门答复 column): ``(side, start, end)`` in ``text`` for the text
    under each label line (:func:`_qa_label_re`) up to the next one, side ``"ask"`` or ``"reply"``; empty unless the
    page holds both a resident's label and an office's label after it. One scan of the text."""
    labels = [("ask" if m.group("ask") else "reply", m.start(), m.end())
              for m in _qa_label_re().finditer(text)] if any(
        w in text for w in asp.lexicon().words("qa_reply_label")) else []
    sides = [side for side, _, _ in labels]
    if "ask" not in sides or "reply" not in sides[sides.index("ask"):]:
        return []
    return [(side, end, labels[k + 1][1] if k + 1 < len(labels) else len(text))
            for k, (side, _start, end) in enumerate(labels)]


#: A resident's self-introduction that opens a complaint (``我是裕安苑小区1幢住户，``): no part of the problem.
_QA_INTRO = re.compile(r"我是[^，,。；;！？!?\n]{1,30}[，,]")


def _qa_page_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], score) -> None:
    """Points of a Q&A page (:func:`_qa_blocks`, trialfix23a C): an office's reply tells what it did or will do, no
    point (every point starting in a reply block is dropped); a resident's block states the complaint and the wish:
    a point there loses a self-introduction lead (:data:`_QA_INTRO`), and each of its sentences with no point of its
    own gives one: a wish (``qa_wish_opener`` opener: ``希望采取相关措施改善水质``) a recommendation, a statement a
    challenge from its last turn (``qa_turn_word``: ``…正在整治，但目前水质仍然较差`` → ``目前水质仍然较差``) or,
    with none, from a clause opening with a time adverb (``qa_time_adverb``: ``…有一条道路，最近路边堆放了…``),
    else the whole; a question (``…何时开始施工？``), an introduction (``我是…的住户。``) and a clause of fewer than
    :data:`QA_POINT_MIN_CHARS` characters give none. ``score(pos)`` is the sentence score at ``pos``. In place; one
    pass over the points and the sentences."""
    blocks = _qa_blocks(text)
    if not blocks:
        return
    bounds = [start for _side, start, _end in blocks]

    def block_at(pos: int) -> tuple[str, int, int] | None:
        k = bisect.bisect_right(bounds, pos) - 1
        return blocks[k] if k >= 0 and pos < blocks[k][2] else None

    for aspect in out:
        kept = []
        for p in out[aspect]:
            block = block_at(p.start)
            if block is not None and block[0] == "reply":
                continue  # 近期，这条河道正在进行整治…: the office's account of its work
            if block is not None and len(text[p.start:p.end].strip(_TRIM)) < QA_POINT_MIN_CHARS:
                continue  # 启动: a word cut from the complaint's sentence, which is read below
            if block is not None:
                m = _QA_INTRO.match(text, p.start)
                if m is not None and m.end() < p.end:
                    p.start = m.end()
            kept.append(p)
        out[aspect] = kept
    lex = asp.lexicon()
    wishes, turns, times = (lex.words("qa_wish_opener"), lex.words("qa_turn_word"),
                            lex.words("qa_time_adverb"))
    taken = sorted((p.start, p.end) for points in out.values() for p in points)
    starts = [a for a, _ in taken]
    for s in sentences:
        block = block_at(s.start)
        if block is None or block[0] != "ask" or s.kind != "sentence":
            continue
        k = bisect.bisect_left(starts, s.end) - 1  # (the last point that starts before the sentence ends)
        if k >= 0 and taken[k][1] > s.start:
            continue  # (a rule's point of this sentence already)
        a, b = _trim(text, s.start, s.end)
        body = text[a:b]
        if not body or text[s.start:s.end].rstrip()[-1:] in ("？", "?") or body.startswith("我是") and not _QA_INTRO.match(body):
            continue  # 该项目何时开始施工？ / 我是景馨花园小区的住户。
        if body.startswith(wishes):
            out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, score(a)))
            continue
        m = _QA_INTRO.match(text, a, b)
        if m is not None:
            a = m.end()
        clauses = [a] + [a + i + 1 for i, ch in enumerate(text[a:b]) if ch in "，,"]
        start = next((c for c in reversed(clauses) if text.startswith(turns, c)), None)
        if start is None:
            start = next((c for c in clauses[1:] if text.startswith(times, c)), a)
        else:
            start += next(len(w) for w in sorted(turns, key=len, reverse=True) if text.startswith(w, start))
        a, b = _trim(text, start, b)
        if b - a >= QA_POINT_MIN_CHARS and not text.startswith(wishes, a):
            out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, score(a)))


#: A sentence that announces a template which follows (``以下是一份通用的…报告模板``, ``以下为…范本``, ``…模板如下``):
#: what follows is a form to fill in, not the writer's account (k82). The template is what 以下是 names: its noun
#: ends the clause (or ``供…参考`` follows it); ``以下是我单位参照县里下发的模板形成的自查报告`` names a report written
#: after one, the writer's own account (try44b). Bounded alternatives: linear.
_TEMPLATE_ANNOUNCED = re.compile(r"以下(?:是|为)[^。！？!?\n]{0,40}?(?:模板|模版|范本)(?=$|[，,。：:；;！!？?\s（(]|供)"
                                 r"|(?:模板|模版|范本)如下")


def review_start(text: str, sentences: list[Sentence]) -> int:
    """Offset in ``text`` where a reviewer's comment on the essay begins (a 申论 model-essay page ends with one:
    ``文章从……开篇，引出……``, ``全文结构完整……``), or ``len(text)`` when there is none: the first paragraph in the
    second half of the essay whose opening sentence is a comment (:func:`summarizer.aspects.is_commentary`). What
    follows it reviews the essay (it quotes the essay's problems and measures) and states no point of its own; a
    comment cannot open the essay itself. A page that announces a template for the reader to fill in
    (:data:`_TEMPLATE_ANNOUNCED`: ``以下是一份…报告模板，供…参考``) states no point of its own after that sentence either (its example causes
    and checklist questions are the form's, k82: Part 82's 4409): the end of the first such sentence, if earlier, or 0
    when it stands in the text's first third (the page exists to present the form: what leads to it is framing). One
    pass over the sentences and one over the paragraphs."""
    for s in sentences:
        if s.kind == "sentence" and ("模" in s.text or "范本" in s.text) and _TEMPLATE_ANNOUNCED.search(s.text):
            return 0 if s.start < len(text) // 3 else s.end  # (a page that opens by presenting it: all framing)
    for group in _paragraphs(text, sentences):
        s = sentences[group[0]]
        if s.start >= len(text) // 2 and s.kind == "sentence" and asp.is_commentary(s.text):
            return s.start
    return len(text)


#: Longest speaker label of an interview turn (``记者：``, ``主持人：``, a name, a medium's name), in characters.
SPEAKER_CHARS = 6
#: Fewest turns each of two labels must open for a text to be read as an interview (a run-in label opens one line).
SPEAKER_TURNS = 2
#: Longest label of an asking speaker named by the medium (``▲新华社记者：``, ``中央电视台记者：``), in characters.
MEDIUM_ASKER_CHARS = 10
# (a press conference marks each question with a bullet: ▲新华社记者：…; trialfix22b kind E)
_SPEAKER_LABEL = re.compile(r"(?m)^[ \t\u3000]{0,8}[▲△■□●○◆◇★☆]?[ \t\u3000]{0,2}([\u3400-\u9fffA-Za-z]{1,%d})"
                            r"[ \t]{0,2}[：:]" % MEDIUM_ASKER_CHARS)
#: Labels that always ask (问/答 interviews, a reporter, a host).
ASKING_LABELS = ("问", "记者", "主持人", "采访者", "Q")
#: Endings of a label that names an asking speaker by the medium (``新华社记者``, ``凤凰卫视主持人``): one asker,
#: whichever medium asks (a press conference gives each question to another reporter).
_ASKER_ENDINGS = ("记者", "主持人")


@dataclass(frozen=True)
class Turn:
    """One turn of an interview: ``[start, end)`` in the essay's cleaned text, the speaker label ``[start,
    content_start)`` (``梁建章：``), and whether the speaker asks (the interviewer)."""

    start: int
    content_start: int
    end: int
    label: str
    asks: bool


def interview_turns(text: str) -> list[Turn]:
    """The turns of ``text`` when it is an interview, else ``[]``.

    A speaker label is a line-initial name of at most :data:`SPEAKER_CHARS` characters before a colon (bold markup
    already removed: ``**记者：**`` reads ``记者：``; a bullet before it, ``▲``, is no part of it), or a reporter or
    a host named by the medium (at most :data:`MEDIUM_ASKER_CHARS` characters ending in :data:`_ASKER_ENDINGS`:
    ``▲新华社记者：``, read as the one asker ``记者``); ``text`` is an interview when at least two labels each open
    :data:`SPEAKER_TURNS` lines or more. A turn runs from its label to the next speaker's label. A speaker asks when
    the label is one of :data:`ASKING_LABELS` or at least half of the speaker's turns end with a question mark (the
    interviewer). Linear in ``len(text)``."""
    found = []
    for m in _SPEAKER_LABEL.finditer(text):
        label = m.group(1)
        if label.endswith(_ASKER_ENDINGS):
            label = next(w for w in _ASKER_ENDINGS if label.endswith(w))  # ▲新华社记者： / ▲经济日报记者：: 记者
        elif len(label) > SPEAKER_CHARS:
            continue
        found.append((m.start(), m.end(), label))
    if len(found) < 2 * SPEAKER_TURNS:
        return []  # (too few labels for two speakers)
    counts = Counter(label for *_, label in found)
    speakers = {label for label, n in counts.items() if n >= SPEAKER_TURNS}
    if len(speakers) < 2:
        return []
    marks = [f for f in found if f[2] in speakers]
    raw = []
    for i, (a, b, label) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        raw.append((a, b, end, label))
    questions = Counter(label for a, b, end, label in raw if text[b:end].rstrip().endswith(("？", "?")))
    asks = {label for label in speakers if label in ASKING_LABELS or 2 * questions[label] >= counts[label]}
    if asks == speakers:
        return []  # every speaker asks: no interview (a list of questions)
    return [Turn(a, b, end, label, label in asks) for a, b, end, label in raw]


# a future or modal marker that several measures share (我市将继续坚持A，着力推进B; 全市上下要增强…，筑牢…，激发…)
_PLAN_MARKER = re.compile(r"必将|将")
# adverbs of effort or aim before a measure's verb (力争实现…, 千方百计促进…), besides summarizer.aspects' adverbs
_PLAN_ADVERBS = ("千方百计", "力争", "全力", "继续", "进一步", "着力", "切实", "努力", "大力", "积极", "不断", "全面", "加快",
                 "持续", "深入", "扎实", "稳步", "坚决", "认真", "逐步", "同时", "并", "再度", "再次")
# a plan's time opener: a year, the next year, the next step (2015年，…; 下一步，…; 新的一年，…)
_PLAN_OPENER = re.compile(r"[ \t\u3000]{0,8}(?:(?:19|20)\d{2}年|明年|今后|下一步|新的一年|下半年|未来一个时期|未来几年|今年下半年)")
#: Fewest measure clauses after one shared marker for a sentence to be read as a plan (one point per clause).
PLAN_CLAUSES = 2


def _plan_clause_opens(clause: str) -> bool:
    """Whether a clause opens with a measure's verb, past at most two adverbs of :data:`_PLAN_ADVERBS`
    (``继续着力推进…``, ``持续优化…``); the clause is tried as it stands before each adverb is stripped, so a word
    of the imperative vocabulary that also reads as an adverb opens a measure. Linear in ``len(clause)``."""
    c = clause.strip()
    imperative = asp.lexicon().words("imperative") + asp.lexicon().words("plan_verb")
    for _ in range(2):  # 继续着力推进…: at most two adverbs
        if asp._opens_with_verb(c, imperative):
            return True
        adv = next((a for a in _PLAN_ADVERBS if c.startswith(a) and len(c) > len(a) + 1), None)
        if adv is None:
            return False
        c = c[len(adv):]
    return asp._opens_with_verb(c, imperative)


#: The opener of a plan's measure clause that states its action after a preposition (``对整改不到位的学校予以通报批评``,
#: ``并将检查结果纳入年度考核``, ``为农村老人提供上门服务``) or a co-verb (``plan_coverb``: ``会同各区建立…``): a measure
#: in a plan announced after a speech frame (:func:`announced_plan_clauses`). Not 对此/为此 (a link), but 把此次… (a
#: determiner: part18fix22). Bounded: linear.
_PLAN_PREPOSITION = re.compile(r"\s{0,2}(?:并|同时|还|也|另外)?[，,]?\s{0,2}(?:对|把|将|为|向)(?!于|来|近|要|会|是|此(?!次)|其)[^，,。；;]{2,40}?"
                               r"(?:予以|给予|进行|实行|实施|纳入|列入|提供|开展|作出|加以|采取)")


def _announced_clause_opens(clause: str) -> bool:
    """Whether a clause of an announced plan opens a measure: as :func:`_plan_clause_opens` does, or by a preposition
    and its object before the action (:data:`_PLAN_PREPOSITION`), or by a co-verb of ``plan_coverb`` (``会同``,
    ``联合``) and a measure's verb right after its object. Linear in ``len(clause)``."""
    c = clause.strip()
    if _plan_clause_opens(c) or _PLAN_PREPOSITION.match(c):
        return True
    m = asp.cue_pattern("plan_coverb").match(c)
    if m is None:
        return False
    imperative = asp.lexicon().words("imperative") + asp.lexicon().words("plan_verb")
    return any(asp._opens_with_verb(c[k:], imperative) for k in range(m.end() + 1, min(len(c), m.end() + 9)))


#: A link word that opens a later clause of an announced plan (``并将…``, ``同时引导…``): no part of its point.
_ANNOUNCED_LINK = re.compile(r"\s{0,2}(?:同时|另外|此外|并且|并|还|也)[，,]?\s{0,2}")
#: Longest subject (characters) between a speech frame and the 将 of an announced plan (``市住建局将…``).
ANNOUNCED_SUBJECT_CHARS = 12
_ANNOUNCED_PLAN = re.compile(rf"\s{{0,2}}(?P<when>下一步|下一阶段|今后|接下来|下阶段)?[，,]?\s{{0,2}}"
                             rf"(?P<who>[^，,。；;：:！？!?「」“”]{{0,{ANNOUNCED_SUBJECT_CHARS}}}?)(?:还|也|并|则|亦)?将(?:会(?!同))?")


#: The plan's future marker said again at the opening of a later clause (``…，将进一步深化教育改革``, ``…，还将深化医改``):
#: the clause after it is one more measure of the same plan (p29rec). Anchored, bounded.
_REPEATED_PLAN_MARKER = re.compile(r"\s{0,2}(?:同时|并且|并|还|也|亦)?将(?:会(?!同))?(?=\S)")


#: The opening of a clause that states the level a plan's measure is to raise (``…，提升基层医疗服务水平``, ``…，提高居民的
#: 住房条件``): the aim of the measure clause right before it, one point with it (the gold of Parts 28 and 29; p29rec).
#: Only a level (水平, 质量, 能力 …) at the clause's end: 提高村医补助标准 raises a policy's own figure, a measure of its own.
_PLAN_AIM = re.compile(r"\s{0,2}(?:以|从而|进而)?(?:提高|提升|增强)[^，,。；;！？!?]{0,20}"
                       r"(?:水平|质量|能力|效率|条件|素质|竞争力|意识|获得感|满意度|幸福感)$|\s{0,2}(?:以|从而|进而)?满足")


def _plan_marker_end(clause: str) -> int:
    """Offset in ``clause`` past a repeated future marker at its opening (:data:`_REPEATED_PLAN_MARKER`), or 0."""
    m = _REPEATED_PLAN_MARKER.match(clause)
    return m.end() if m is not None else 0


#: k82 (Part 82): a Hong Kong or Macau briefing of the government's coming measures says "will" with 会, not 将, and
#: needs no verb of saying (``政府会延长…申请期``, ``首先，政府也会减收…``, ``此外，当局会加快审批…``): the sentence opens,
#: past at most one ordinal or additive connective, with the government or the authorities as the subject and 会 (not
#: 会否 "whether", 会同 "jointly with"), or with a topic (``食肆发牌方面，政府会…``) or a purpose (``而为减轻营商压力，政府
#: 会…``) of at most 16 characters before them; read as an announced plan (:func:`announced_plan_clauses`) when a measure's
#: verb follows. Anchored, bounded.
_GOVERNMENT_WILL = re.compile(r"\s{0,2}(?:(?:首先|其次|再者|此外|另外|同时|最后|第[一二三四五六七八九十]{1,2})[，,]?)?\s{0,2}"
                              r"(?:[^，,。；;：:！？!?]{1,16}方面[，,]|而?为[^，,。；;：:！？!?]{2,16}[，,])?\s{0,2}"
                              r"(?:特区|本港|香港|澳门|市|县|省)?(?:政府|当局)(?:还|也|并|亦|则|同时)?会(?!否|同|不会)")


def announced_plan_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each measure clause of a plan announced in a speech frame, or
    ``[]``: a news report of a body's statement (``某局表示，将加大巡查频次，对…予以通报批评，并将…纳入考核``; ``他还表示，
    市住建局将会同各区建立协调机制``) reports what the body will do, and by the project's gold rule (SOURCES.md, whose
    statement is the document's content) each measure is a recommendation. The words after the speaker and the verb
    of saying (:func:`_speech_frame_end`) open, past an optional time (下一步) and a subject of at most
    :data:`ANNOUNCED_SUBJECT_CHARS` characters, with 将/将会 and a measure (:func:`_announced_clause_opens`); that
    clause and each later ``，``-clause that opens a measure are the points (one is enough: the frame says it is a
    plan). A news report may announce an official body's plan with no verb of saying (:func:`_bodys_plan`:
    ``下一步，督察组将…``, ``今后将…``): read the same way from the sentence's start. Linear in the sentence."""
    if "将" not in sentence and "会" not in sentence:
        return []  # (_ANNOUNCED_PLAN and _LINKED_PLAN end with 将, _GOVERNMENT_WILL with 会: before the frame's scan, speed26)
    m = None
    if "将" in sentence:  # (no 将: neither _ANNOUNCED_PLAN nor _bodys_plan matches, no frame to scan for)
        k = _speech_frame_end(sentence) or _opened_speech_frame_end(sentence)
        m = (_ANNOUNCED_PLAN.match(sentence, k) if k else None) or _bodys_plan(sentence)
    if m is None:
        m = _GOVERNMENT_WILL.match(sentence)
    if m is None or not _announced_clause_opens(sentence[m.end():m.end() + 30]):
        return []
    out, a = [], m.end()
    for j in range(m.end(), len(sentence) + 1):
        if j == len(sentence) or sentence[j] in "，,；;。！？!?":
            clause = sentence[a:j]
            if out and out[-1][1] == a - 1 and sentence[a - 1] in "，," and _PLAN_AIM.match(clause):
                out[-1] = (out[-1][0], j)  # (将增加医疗资源投入，提升基层医疗服务水平: the measure and its aim, one point)
            elif clause.strip() and (a == m.end() or not _DEMAND_GOAL.match(clause) and (
                    _announced_clause_opens(clause) or _announced_clause_opens(clause[_plan_marker_end(clause):]))):
                lead = _ANNOUNCED_LINK.match(sentence, a, j)
                out.append((lead.end() if lead and lead.end() < j else a, j))
            a = j + 1
    return out


#: Longest addressee (characters) between a narrated meeting's 要求 and the first demanded act (``各地各部门``,
#: ``全市各级各部门``).
DEMAND_ADDRESSEE_CHARS = 12
#: A clause that closes a chain of demands with its aim or result (``确保…``, ``使…``, ``为…提供保障``): no separate
#: demand (the gold rule of 724).
_DEMAND_GOAL = re.compile(r"\s{0,2}(?:确保|使|让|以便|以免|从而|进而|为)")
#: A last clause that states the chain's purpose with a bare 以 (``…，并协助地区业者，以提振地区经济。``; not 以及, 以上,
#: 以后 …, nor 以X为Y, a manner): no separate demand (kinds31; :func:`_chain_acts`, the sentence's last clause only).
_PURPOSE_TAIL = re.compile(r"\s{0,2}以(?![及上下后前来外内为此致至便免往])")
#: A clause that turns the chain to a question or a rejected course (``…，是否有闲置情形``, ``…，而非揽着公家资源``): it
#: and what follows are no demands of the chain (kinds31).
_CHAIN_TURN = re.compile(r"\s{0,2}(?:是否|而非|而不是|并非)")


@lru_cache(maxsize=1)
def _meeting_demand_re() -> re.Pattern[str]:
    alt = asp.cue_alternation
    return re.compile(rf"(?:{alt('meeting_held_verb')})[^，,。；;：:！？!?]{{0,{asp.MEETING_NAME_CHARS}}}?"
                      rf"(?:{alt('meeting_noun')})[^，,。；;：:！？!?]{{0,12}}[，,]\s{{0,2}}(?:并|会议|会上|会议上)?要求")


def _chain_acts(sentence: str, a: int, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``out`` extended with each ``，``-clause of ``sentence`` from offset ``a`` on (``[start, end)`` offsets into
    ``sentence``, leading spaces and a linking 并/并且/同时 left out, not the 并 of 并未/并非…), up to an empty clause, a clause that closes the chain with its aim
    (:data:`_DEMAND_GOAL`: ``确保…``, ``为…提供保障``) or the sentence's end; ``[]`` when fewer than
    :data:`PLAN_CLAUSES` acts result. The walk shared by :func:`meeting_demand_clauses` and
    :func:`occasion_exhortation_clauses`. Linear in the sentence."""
    for j in range(a, len(sentence) + 1):
        if j == len(sentence) or sentence[j] in "，,；;。！？!?":
            clause = sentence[a:j]
            if not clause.strip() or _DEMAND_GOAL.match(clause) or _CHAIN_TURN.match(clause) or (
                    _PURPOSE_TAIL.match(clause) and "为" not in clause and not sentence[j + 1:].strip(" 。！!")):
                break
            lead = _ADDED_ACTION.match(clause)
            skip = lead.end() if lead and lead.end() < len(clause) and not clause.startswith(
                _LINKED_NEGATION, lead.end()) else len(clause) - len(clause.lstrip())
            out.append((a + skip, j))  # (…，并强化督导: the act is 强化督导, its linking 并 no part of it)
            if j < len(sentence) and sentence[j] in "。！？!?":
                break
            a = j + 1
    return out if len(out) >= PLAN_CLAUSES else []


def meeting_demand_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each act a narrated meeting demands, or ``[]``: an institutional
    report narrates that a meeting was held and what it required in one sentence (``5月8日召开市政府常务会议进行专题
    部署，要求各区各部门提高思想认识，压紧压实责任，完善长效机制，扎实推进整改。``); by the project's gold rule (Part 18,
    780; rules of 724/728) each demanded act is one recommendation. The meeting's clause (a ``meeting_held_verb``, at
    most :data:`summarizer.aspects.MEETING_NAME_CHARS` characters of its name, a ``meeting_noun`` and at most 12
    characters of what it did, with no modal before the verb in its clause: ``要召开…`` is itself a measure, read
    elsewhere) is followed by ``，要求`` and an addressee of at most :data:`DEMAND_ADDRESSEE_CHARS` characters; the first
    demanded act opens with a measure (:func:`_announced_clause_opens`) right after the addressee; each later
    ``，``-clause up to the sentence's end is one more demand unless it closes the chain with an aim
    (:data:`_DEMAND_GOAL`: ``确保…``, ``为…``). At least :data:`PLAN_CLAUSES` demands. Linear in the sentence."""
    m = _meeting_demand_re().search(sentence)
    if m is None:
        return []
    clause_start = max(sentence.rfind(c, 0, m.start()) for c in "，,。；;") + 1
    if asp.has_cue(asp._mask_non_modals(sentence[clause_start:m.start()]), "modal"):
        return []  # (要召开…会议，要求…: a measure that holds a meeting)
    first_end = len(sentence)
    for j in range(m.end(), len(sentence)):
        if sentence[j] in "，,；;。！？!?":
            first_end = j
            break
    start = next((k for k in range(m.end(), min(first_end, m.end() + DEMAND_ADDRESSEE_CHARS + 1))
                  if _announced_clause_opens(sentence[k:first_end])), None)
    if start is None:
        return []
    return _chain_acts(sentence, first_end + 1, [(start, first_end)])


#: A body's demand on named addressees (``巡察组要求，被巡察的3个村要A，B，C``, ``会议要求，各部门要…``): at most
#: :data:`DEMANDER_CHARS` characters of the clause's subject before 要求 (no modal, no negation among them, not ending
#: in 的: ``《通知》的要求，包括…`` names a document's requirements, reported), then an addressee of at most
#: :data:`DEMANDED_ADDRESSEE_CHARS` characters (no quotation, not 包括/是…) and a modal, whose act opens the chain
#: (corpus23).
#: Bounded: linear from each 要求.
DEMANDER_CHARS = 12
DEMANDED_ADDRESSEE_CHARS = 20
#: An ordinal that opens the first of numbered demands (``郭福提出要求，一是要…；二是要…``, ``会议要求：第一，…``): the items
#: are a list, one recommendation each, no chain of acts of one addressee (Part 68's 3564). A lookahead's alternation,
#: wider than :data:`_ITEM_MARKER` on purpose (``第一`` with no comma, ``一、``, ``1)``: anything that opens numbered
#: demands after 要求 vetoes the one-addressee chain) and narrower (no ``①``, ``其次``, ``最后``: a first item only).
_DEMAND_ORDINAL = rf"{_RUN_IN_ORDINAL}|首先|[（(]?[{CN_NUMERALS}\d]{{1,2}}[、．.）)]"
_ADDRESSED_DEMAND = re.compile(rf"(?:^|(?<=[，,。；;\s]))[^，,。；;：:！？!?\s要应须不没]{{0,{DEMANDER_CHARS - 1}}}[^，,。；;：:！？!?\s要应须不没的之]"
                               rf"要求[，,：:]?\s{{0,2}}(?!包括|是|有|为|如|{_DEMAND_ORDINAL})"
                               rf"[^，,。；;：:！？!?“”「」]{{1,{DEMANDED_ADDRESSEE_CHARS}}}?(?:要|应当|应该|应|必须|务必)")


def addressed_demand_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each act a body demands of named addressees, or ``[]``: an
    inspection group, a meeting or a leader demands (:data:`_ADDRESSED_DEMAND`: ``巡察组要求，被巡察的3个村要认真落实
    主体责任，增强…，提高…，采取切实措施，提高整改实效``); the first act opens right after the addressee's modal with a
    measure (:func:`_announced_clause_opens`), each later ``，``-clause is one more act up to a clause that closes the
    chain with its aim (:data:`_DEMAND_GOAL`) or the sentence's end (the gold rule of 724/728: one recommendation per
    demanded act). At least :data:`ADDRESSED_DEMAND_CLAUSES` acts. Linear in the sentence."""
    m = _ADDRESSED_DEMAND.search(sentence) if "要求" in sentence else None  # (every match holds it: speed24)
    if m is None:
        return []
    clause_start = max(sentence.rfind(c, 0, m.start()) for c in "，,。；;") + 1
    if asp.has_cue(sentence[clause_start:m.start() + DEMANDER_CHARS + 2], "condition"):
        return []  # (如果出版商要求图书馆…，图书馆应…: a condition, not a demand)
    first_end = next((j for j in range(m.end(), len(sentence)) if sentence[j] in "，,；;。！？!?"), len(sentence))
    if not _announced_clause_opens(sentence[m.end():first_end]):
        return []
    start = m.end() + len(sentence[m.end():first_end]) - len(sentence[m.end():first_end].lstrip())
    acts = _chain_acts(sentence, first_end + 1, [(start, first_end)])
    return acts if len(acts) >= ADDRESSED_DEMAND_CLAUSES else []


#: Fewest acts of an addressed demand for :func:`addressed_demand_clauses` to read them one by one: two acts
#: (``该局要认真抓好整改，建立长效机制``) stay one point, as the reading of a meeting's demands gives them (corpus21).
ADDRESSED_DEMAND_CLAUSES = 3


#: 需要 as the modal of a chain of measures (``完善…的配套制度，首先需要完善A，落实B，…``): not a noun (``的需要``,
#: ``有需要``, ``所需要``) and not after a negation. Bounded lookbehind.
#: A bare 需 opens such a chain too where a link or an adverb of degree stands right before it (``为此，需进一步完善A以
#: 提升…，加强B以夯实…，健全C以…``: a paper's abstract that sums up its measures; part77) or right after a clause mark;
#: not 需求, 需知 (nouns), nor 所需, 无需, 必需, 急需的 (no demand: 急需 is read as a lack elsewhere).
_NEED_CHAIN = re.compile(r"(?<![的有所不无])(?:首先|其次|再次|最后|还|更|则|就)?需要"
                         r"|(?:(?:为此|因此|对此|据此)[，,]\s{0,2}(?:还|更|则|仍)?|(?<=[，,；;。])\s{0,2}(?:还|更|则|仍)?)需(?![要求知])")


def need_chain_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each measure of a chain after 需要, or ``[]``: ``…，首先需要完善
    财政补助政策，落实医保支付对…的补偿，政府建立…专项资金，完善…补偿政策，保障…切实有效``: the clause right after 需要 opens
    with a measure's verb (:func:`_plan_clause_opens`), and each later ``，``-clause that opens with one, or with a public
    actor and one (``政府建立…``), is one more measure, up to a clause that does neither (a goal: 保障…有效, 使…) or the
    sentence's end (the gold rule: one recommendation per measure of a chain). At least :data:`NEED_CHAIN_CLAUSES`
    measures. Only the sentence's first 需要 that is no noun (or bare 需 after a link or a clause mark) is read. Linear in the sentence (corpus23)."""
    if "需" not in sentence:
        return []  # (every match of _NEED_CHAIN holds it: one C scan, speed24)
    for m in _NEED_CHAIN.finditer(sentence):
        out: list[tuple[int, int]] = []
        a = m.end()
        for k in range(m.end(), len(sentence) + 1):
            if k == len(sentence) or sentence[k] in "，,；;。！？!?":
                clause = sentence[a:k]
                c = clause.lstrip()
                if not c or not (_plan_clause_opens(c) or _actor_measure_opens(c)) or _DEMAND_GOAL.match(c):
                    break
                out.append((a + len(clause) - len(c), k))
                if k < len(sentence) and sentence[k] in "。！？!?":
                    break
                a = k + 1
        return out if len(out) >= NEED_CHAIN_CLAUSES else []
    return []


#: Fewest measures after one 需要 for :func:`need_chain_clauses` to read them one by one.
NEED_CHAIN_CLAUSES = 3
#: A public actor that may open a measure clause of a chain before its verb (``政府建立…``, ``各地完善…``). Anchored.
_CHAIN_ACTOR = re.compile(r"\s{0,2}(?:政府|各级政府|各地|各部门|有关部门|相关部门|国家|社会|学校|社区|企业)")


def _actor_measure_opens(clause: str) -> bool:
    """Whether ``clause`` opens with a public actor (:data:`_CHAIN_ACTOR`) and then a measure's verb. Constant work."""
    m = _CHAIN_ACTOR.match(clause)
    return m is not None and _plan_clause_opens(clause[m.end():])


#: A modal and the occasion or lever a chain of exhortations is to use (``全体干部要以此次督查为契机，``, ``应以…为抓手，``):
#: the clause names no act of its own; the clauses after it are the acts (part18fix22). Bounded.
_OCCASION_EXHORTATION = re.compile(r"(?:要|应|应当|必须|务必)以[^，,。；;：:！？!?]{1,20}?为(?:契机|抓手|载体|突破口|切入点)[，,]")


def occasion_exhortation_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each act of an exhortation that opens with the occasion it is
    to seize (:data:`_OCCASION_EXHORTATION`: ``全体干部职工要以此次检查为契机，认真查找…，切实增强…，真正做到…，为…提供
    保障``), or ``[]``: after the occasion clause each ``，``-clause is one recommendation (the frame says they are
    acts: 认真查找…, 真正做到… open with verbs no list of imperatives holds), up to a clause that closes the chain with
    its aim (:data:`_DEMAND_GOAL`: ``为…提供保障``, ``确保…``) or the sentence's end. At least :data:`PLAN_CLAUSES` acts (the gold
    rule of Part 18's 789 and of 724: a chain's goal is not separate). Linear in the sentence."""
    m = _OCCASION_EXHORTATION.search(sentence)
    if m is None:
        return []
    return _chain_acts(sentence, m.end(), [])


#: An additive connective and 将 with no subject between them that open a sentence (``同时，将…``, ``此外，还将…``): the
#: plan of the body the report is about, added to what it did (part18fix22). Anchored, bounded.
_LINKED_PLAN = re.compile(r"\s{0,2}(?:同时|此外|另外)[，,]\s{0,2}(?:还|也|并)?将(?:会(?!同))?")


def _bodys_plan(sentence: str) -> re.Match[str] | None:
    """The :data:`_ANNOUNCED_PLAN` match at the start of ``sentence`` when it opens with a time to come (下一步, 今后)
    and its subject is none or ends with an official body of the ``plan_body`` cue group (``下一步，督察组将…``,
    ``今后，市住建局将…``, ``今后将…``; not ``今后，市民将…``), else None: the plan of the body the report is about,
    announced without a verb of saying. A sentence that adds a plan to what the body reports with an additive
    connective and no subject (:data:`_LINKED_PLAN`: ``同时，将把检查结果纳入年度考核``, ``此外，还将…``) announces the
    same body's plan (part18fix22). Bounded: linear."""
    linked = _LINKED_PLAN.match(sentence)
    if linked is not None:
        return linked
    m = _ANNOUNCED_PLAN.match(sentence)
    if m is None or m.group("when") is None:
        return None
    who = m.group("who").strip()
    return m if not who or who.endswith(asp.lexicon().words("plan_body")) else None


def plan_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each measure clause of a plan sentence, or ``[]``.

    A work summary closes with what is to be done, several measures after one shared future or modal marker
    (``我市将继续坚持A，着力推进B``; ``全市上下要增强…信心，筑牢A，激发B，推动C，共同…``): after the first 将/要 that
    a measure's verb follows (past adverbs such as 继续/着力/力争/千方百计), each ``，``-separated clause that opens
    with an imperative verb is a measure; the others (``使…``, a goal) are not. At least :data:`PLAN_CLAUSES`
    measures, and a marker never inside a word (将来, 要求: the verb test fails on them). Linear in the sentence."""
    for m in _PLAN_MARKER.finditer(sentence):
        basis = _PLAN_BASIS.match(sentence, m.end())
        first = basis.end() if basis is not None else m.end()  # (将按照…要求和目标，A，B: the acts follow the basis)
        rest = sentence[first:]
        if not _plan_clause_opens(rest[:30]):
            continue
        out, a = [], first
        for k in range(first, len(sentence) + 1):
            if k == len(sentence) or sentence[k] in "，,；;。！？!?":
                clause = sentence[a:k]
                if (a == first or _plan_clause_opens(clause)) and clause.strip():
                    out.append((a, k))
                a = k + 1
        return out if len(out) >= PLAN_CLAUSES else []
    return []


#: The basis a plan follows, right after its 将 (``我局将按照上级和市委有关…的各项要求和目标，``, ``将根据…部署，``): a
#: clause that names what the plan answers to and no act of its own, closed by a noun of what it follows (要求, 目标,
#: 部署, 精神…); the measures are the clauses after it (corpus23). Anchored, bounded.
_PLAN_BASIS = re.compile(r"\s{0,2}(?:按照|根据|依照|依据|对照|遵照|围绕)[^，,。；;！？!?：:]{1,40}?"
                         r"(?:要求|目标|部署|精神|安排|规定|标准|意见|任务)[，,]")


#: Longest opening clause (characters, its comma included) that may stand before a plan's speech frame (``针对教育公平
#: 问题，部长指出，我国将…``; ``昨日，某局负责人表示，该局将…``).
FRAME_OPENER_CHARS = 30


def _opened_speech_frame_end(sentence: str) -> int:
    """Offset in ``sentence`` past a speech frame (:func:`_speech_frame_end`) that follows one opening clause of at most
    :data:`FRAME_OPENER_CHARS` characters, or 0: a news report sets the topic or the time before its speaker
    (``针对教育公平问题，教育部部长指出，我国将持续加大…``, ``昨日，某局相关负责人表示，该局将加强巡查``, ``面对…的问题，
    主任强调，…``); the opening clause holds no 将 and no frame of its own (the first comma alone is tried). Read by
    :func:`announced_plan_clauses` (p29rec: a minister's or a body's reported 将-commitments, the gold rule of Parts
    28 and 29). Bounded: one match on the text after the first comma."""
    comma = next((j for j in range(min(len(sentence), FRAME_OPENER_CHARS)) if sentence[j] in "，,"), -1)
    if comma <= 0 or "将" in sentence[:comma]:
        return 0
    m = asp._news_frame_re().match(sentence[comma + 1:])
    return comma + 1 + m.end() if m is not None and m.group("verb") is not None else 0


#: A group's demand that lists its acts after the verb, with no addressee or the authorities as one (``协会又要求增加夜间
#: 班次，在新市镇设立小巴总站，并建议政府…``): the speaker (at most :data:`summarizer.aspects.NEWS_SPEAKER_CHARS`
#: characters) at a clause's start, perhaps 又/亦/也/还, the verb, perhaps 政府/当局. Bounded: linear per clause start.
#: The verbs of such a demand, one list for the chain's opener, its later demand and the substring gate before them.
_DEMAND_CHAIN_VERBS = ("要求", "促请", "吁请", "敦促", "建议", "呼吁")
#: ``search`` for any of :data:`_DEMAND_CHAIN_VERBS` (one scan for the gate of :func:`demand_chain_clauses`; speed40).
_DEMAND_CHAIN_VERB_SEARCH = re.compile("|".join(_DEMAND_CHAIN_VERBS)).search
_DEMAND_CHAIN = re.compile(rf"(?:^|(?<=[，,。；;]))\s{{0,2}}[^，,。；;：:！？!?“”「」]{{1,{asp.NEWS_SPEAKER_CHARS}}}?"
                           rf"(?:又|亦|也|还)?(?:{'|'.join(_DEMAND_CHAIN_VERBS)})(?:特区政府|政府|当局)?")
#: A later clause of such a chain that makes a second demand (``…，并建议政府研究…``): one act to the sentence's end.
_DEMAND_CHAIN_NEXT = re.compile(rf"\s{{0,2}}(?:并且|并|同时|另|亦|又)(?:{'|'.join(_DEMAND_CHAIN_VERBS)})")
#: Fewest acts of such a chain for :func:`demand_chain_clauses` to read them one by one.
DEMAND_CHAIN_ACTS = 3


#: Most characters of the place or field between 在/于 and the act of a demanded measure (``在新市镇设立小巴总站``).
PLACED_ACT_CHARS = 12


def _placed_act(clause: str) -> bool:
    """Whether ``clause`` (stripped) opens with 在/于, a place or field of at most :data:`PLACED_ACT_CHARS` characters
    and an imperative verb (``在北部新区订立单位最低面积``: the act where it is to be done). Bounded: at most
    :data:`PLACED_ACT_CHARS` anchored tests."""
    if not clause.startswith(("在", "于")):
        return False
    return any(asp.starts_imperative(clause[k:]) for k in range(2, min(len(clause) - 1, PLACED_ACT_CHARS + 2)))


def demand_chain_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each act a group's demand lists (:data:`_DEMAND_CHAIN`:
    ``工会又要求增加夜间班次，在新市镇设立小巴总站，并建议政府研究引入电动巴士，为营办商提供补贴``), or ``[]``: each
    ``，``-clause after the verb is one act if it opens with a measure (:func:`_announced_clause_opens`,
    :func:`_placed_act`; one that does not gives ``[]``), and a clause that makes a second demand (:data:`_DEMAND_CHAIN_NEXT`: ``并建议…``) is one act
    to the sentence's end (its own clauses detail it) and closes the list: a list no second demand closes (``代表建议
    增设A，并加强B，提高C``) is one demand, ``[]``. At least :data:`DEMAND_CHAIN_ACTS` acts (demands33).
    Linear in the sentence."""
    m = _DEMAND_CHAIN.search(sentence) if _DEMAND_CHAIN_VERB_SEARCH(sentence) is not None else None
    if m is None:
        return []
    acts: list[tuple[int, int]] = []
    a = m.end()
    for j in range(a, len(sentence) + 1):
        if j < len(sentence) and sentence[j] not in "，,；;。！？!?":
            continue
        clause = sentence[a:j]
        lead = len(clause) - len(clause.lstrip())
        if acts and _DEMAND_CHAIN_NEXT.match(clause):
            end = next((k for k in range(j, len(sentence)) if sentence[k] in "。！？!?"), len(sentence))
            acts.append((a + lead, end))
            return acts if len(acts) >= DEMAND_CHAIN_ACTS else []
        if not clause.strip() or not (_announced_clause_opens(clause) or _placed_act(clause.strip())):
            return []
        acts.append((a + lead, j))
        if j == len(sentence) or sentence[j] in "。！？!?":
            break
        a = j + 1
    return []  # (代表建议增设A，并加强B，提高C: no second demand closes the list, one demand read whole)


def _speech_frame_end(sentence: str) -> int:
    """Offset in ``sentence`` past the speaker and the verb of saying that open it (:func:`summarizer.aspects.
    news_aspect`'s frame: ``王明表示，``, ``局长又指出：``), or 0 when none does: a plan reported in the news (``王明表示，
    下一步，我市将…``) opens its time after the frame (trial16 A11). Bounded: linear."""
    m = asp._news_frame_re().search(sentence)
    return m.end() if m is not None and m.group("verb") is not None else 0


#: A quoted line of slogans (a press release's subtitle: ``「床位纳入监管 人均面积必须计⏎制定起始租金 安置政策要妥善」``):
#: an opening quote, 2 to :data:`SLOGAN_MAX` phrases of :data:`SLOGAN_CHARS` characters with no punctuation, split by
#: spaces or line breaks (cleaning drops a space between two Chinese characters: a line may hold two slogans), and the
#: closing quote. Bounded quantifiers, none nested ambiguously: linear.
SLOGAN_CHARS = (4, 16)
SLOGAN_MAX = 6
_SLOGAN_LINE = re.compile(rf"[「“\"]((?:[^\s，,。；;：:！？!?、「」“”\"]{{{SLOGAN_CHARS[0]},{SLOGAN_CHARS[1]}}}[ \t\u3000\n]{{1,3}})"
                          rf"{{1,{SLOGAN_MAX - 1}}}[^\s，,。；;：:！？!?、「」“”\"]{{{SLOGAN_CHARS[0]},{SLOGAN_CHARS[1]}}})[」”\"]")
#: Modals one of which a slogan phrase that opens with no action holds (``人均面积必须计``, ``安置政策要妥善``).
_SLOGAN_MODALS = ("必须", "必需", "要", "应", "须", "需")


def _slogan_phrase(phrase: str) -> bool:
    """Whether one phrase of a slogan line demands an act: it opens with an imperative verb (``制定起始租金``), holds a
    modal of :data:`_SLOGAN_MODALS` (``安置政策要妥善``) or an imperative verb after its object (``床位纳入监管``:
    a word of the ``imperative`` cue group past the phrase's first two characters). Bounded: the phrase is short."""
    return (asp.starts_imperative(phrase) or any(m in phrase for m in _SLOGAN_MODALS)
            or any(asp.starts_imperative(phrase[k:]) for k in range(2, len(phrase) - 1)))


def _slogan_points(text: str, out: dict[str, list[RawPoint]], review: int) -> None:
    """In place: each phrase of a quoted line of slogans (:data:`_SLOGAN_LINE`) before ``review`` is one
    recommendation when every phrase demands an act (:func:`_slogan_phrase`): a group's demands as its press release
    puts them in its subtitle (demands33). Recommendations overlapping the line are replaced. Linear in the text
    (one scan for the opening quotes)."""
    recs = out[asp.RECOMMENDATION]
    for m in _SLOGAN_LINE.finditer(text, 0, review):
        phrases = [(p.start() + m.start(1), p.end() + m.start(1)) for p in re.finditer(r"\S+", m.group(1))]
        if not all(_slogan_phrase(text[a:b]) for a, b in phrases):
            continue
        recs[:] = [p for p in recs if not (p.start < m.end() and p.end > m.start())]
        recs.extend(RawPoint(asp.RECOMMENDATION, a, b, 0.0) for a, b in phrases)


def _plan_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                 review: int) -> None:
    """In place: a work summary's plan sentence, one that opens with a time to come (:data:`_PLAN_OPENER`: ``2015年，``,
    ``下一步，``) and states several measures after 将 (:func:`plan_clauses`), gives one recommendation per measure
    clause instead of the window it gave (if any). Sentences of a reviewer's comment (from ``review``) give none."""
    recs = out[asp.RECOMMENDATION]
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        sentence = text[s.start:s.end]  # (sliced once for the readers below: speed39)
        clauses = plan_clauses(sentence)
        if clauses and not _PLAN_OPENER.match(text, s.start, s.end) and not _PLAN_OPENER.match(
                text, s.start + _speech_frame_end(sentence), s.end):
            clauses = []
        announced = announced_plan_clauses(sentence)
        if len(announced) > len(clauses):
            clauses = announced  # (某局表示，将A，对…予以B，并将…C: the statement of a plan, every measure of it)
        demanded = meeting_demand_clauses(sentence)
        if len(demanded) > len(clauses):
            clauses = demanded  # (召开…会议…，要求各部门A，B，C: the meeting's demands, one per act; part18fix22)
        seized = occasion_exhortation_clauses(sentence)
        if len(seized) > len(clauses):
            clauses = seized  # (要以…为契机，A，B，C: the exhortation's acts, one each; part18fix22)
        addressed = addressed_demand_clauses(sentence)
        if len(addressed) > len(clauses):
            clauses = addressed  # (巡察组要求，各村要A，B，C: the demanded acts, one each; corpus23)
        needed = need_chain_clauses(sentence)
        if len(needed) > len(clauses):
            clauses = needed  # (…，首先需要完善A，落实B，政府建立C: the chain's measures, one each; corpus23)
        chained = demand_chain_clauses(sentence)
        if len(chained) > len(clauses) and any(p.start < s.end and p.end > s.start for p in recs):
            clauses = chained  # (工会要求A，B，并建议C: a demand read already, one point per act; demands33)
        if not clauses:
            continue
        overlapping = [p for p in recs if p.start < s.end and p.end > s.start]
        score = max((p.score for p in overlapping), default=0.0)
        recs[:] = [p for p in recs if not (p.start < s.end and p.end > s.start)]
        for a, b in clauses:
            pa, pb = shape(text, s.start + a, s.start + b, max_chars)
            if pb > pa:
                recs.append(RawPoint(asp.RECOMMENDATION, pa, pb, score))


#: Fewest characters of the items of a framed enumeration on average: a list of two-word labels (``黑客攻击、后门漏洞、
#: 数据泄露等风险``, ``供给不足、供给无效等问题``) names kinds of problems, items that state one each are longer.
FRAMED_ITEM_MEAN = 5


@lru_cache(maxsize=1)
def _problem_noun_tail_re() -> re.Pattern[str]:
    nouns = asp.cue_pattern("challenge_section").pattern
    # (等问题, 的发展瓶颈, 等突出矛盾: at most four characters of a modifier before the noun that ends the clause)
    # (the modifier holds no 等/的, so the match starts after the last item: …的保护等问题 is cut at 等)
    return re.compile(f"(?:(?:等等|等)(?:的|之)?|的|之)?[^、，,；;。等的之]{{0,4}}?(?:{nouns})$")


#: What ends a clause that :func:`framed_problems` reads (found by one regex scan, not a loop over characters).
_FRAMED_CLAUSE_END = re.compile("[，,；;。！？!?：:\n]")


def framed_problems(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the items of a ``、`` enumeration of problems framed by a
    verb and named by a problem noun (``社区组织仍然面临A、B、C等问题``; ``长期以来面临着A、B、C的发展瓶颈``; ``仍存在A、B
    以及C等问题``), one per item, or ``[]``.

    The clause holds a ``problem_frame_verb`` (面临, 存在 …), then at least two items separated by ``、`` (or 以及 before
    the last one), each of :data:`ENUM_ITEM_CHARS` characters or more, and ends with a problem noun of the
    ``challenge_section`` cue group after an optional 等/的 and a modifier of at most four characters. The first frame
    verb of each clause is read; a clause whose words before it name the exam paper or its given material
    (``exam_frame_source`` cue group: ``试卷通过给定资料展现了…存在的A、B等问题``) retells the exam's problems and gives
    none. Linear in the sentence."""
    out: list[tuple[int, int]] = []
    if "、" not in sentence and "，" not in sentence and "," not in sentence:
        return out  # (no item separator: no clause holds an enumeration)
    a = 0
    ends = [m.start() for m in _FRAMED_CLAUSE_END.finditer(sentence)] + [len(sentence)]
    skip_to = -1
    for i, k in enumerate(ends):
        if k <= skip_to:
            a = k + 1
            continue
        m = asp.cue_pattern("problem_frame_verb").search(sentence, a, k)
        if m is not None and asp.has_cue(sentence[a:m.start()], "exam_frame_source"):
            m = None  # (试卷通过给定资料展现了…存在的A、B等问题: the exam's problems, retold; weak22)
        if m is not None and sentence.count("、", m.end(), k) >= 1:
            # (当前工作中存在的A、B等问题: the 的 after the verb makes the frame attributive; the first item starts after
            # it; userfix19 F10)
            b0 = m.end() + 1 if sentence.startswith("的", m.end()) else m.end()
            tail = _problem_noun_tail_re().search(sentence, b0, k)
            if tail is not None:
                body = sentence[b0:tail.start()]
                last = body.rfind("以及")
                cuts = [i for i, c in enumerate(body) if c == "、"]
                if last > (cuts[-1] if cuts else -1):
                    cuts.append(last)
                bounds = [(0, cuts[0])] if cuts else []
                for x, y in zip(cuts, cuts[1:] + [len(body)]):
                    bounds.append((x + (2 if body.startswith("以及", x) else 1), y))
                items = split_counted_last(sentence, [(b0 + x, b0 + y) for x, y in bounds])
                if (len(items) >= 2 and all(y - x >= ENUM_ITEM_CHARS for x, y in items)
                        and sum(y - x for x, y in items) >= FRAMED_ITEM_MEAN * len(items)):
                    # (存在诸如A、B、C等缺陷: the example lead opens the list, no part of its first item; p31struct)
                    items[0] = _past_example_lead(sentence, *items[0])
                    out.extend(items)
            elif not sentence[max(a, m.start() - 1):m.start()] in ("不", "没", "无", "未"):
                out.extend(_stated_shortfall_items(sentence, b0, k))
        elif m is not None and not sentence[max(a, m.start() - 1):m.start()] in ("不", "没", "无", "未"):
            b0 = m.end() + 1 if sentence.startswith("的", m.end()) else m.end()
            items = _comma_framed_items(sentence, b0, ends, i)
            if items:
                out.extend(items)
                skip_to = items[-1][1]
        a = k + 1
    return out or subject_list_problems(sentence)


#: Most characters between the copula and the frame verb of a predicate that names its subjects as problems
#: (``是发展我国校园足球所面临的问题``: ``发展我国校园足球所``).
SUBJECT_LIST_PREDICATE_CHARS = 24
#: Most items of a subject list of problems (a longer run is a paragraph's argument).
SUBJECT_LIST_MAX_ITEMS = 6


@lru_cache(maxsize=1)
def _subject_list_predicate_re() -> re.Pattern[str]:
    """The predicate that closes a sentence whose subject lists problems (:func:`subject_list_problems`): 是 (not 不是),
    at most :data:`SUBJECT_LIST_PREDICATE_CHARS` characters of the field (no clause mark), a ``problem_frame_verb`` (面临,
    存在 …) and 的, a modifier of at most four characters and a problem noun (``challenge_section`` cue group), maybe
    之一, then the sentence's end. Anchored at the end, bounded gaps: linear."""
    verbs = asp.cue_pattern("problem_frame_verb").pattern
    nouns = asp.cue_pattern("challenge_section").pattern
    return re.compile(rf"(?<!不)是[^，,；;。：:！？!?]{{0,{SUBJECT_LIST_PREDICATE_CHARS}}}?(?:{verbs})的"
                      rf"[^，,；;。：:！？!?的]{{0,4}}?(?:{nouns})(?:之一)?[。！!]?\s*$")


#: What separates the items of a subject list of problems: a comma, a ``、`` or 以及/及 between two items.
_SUBJECT_LIST_CUT = re.compile(r"[，,、]|以及")


def subject_list_problems(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``, Simplified view) of the problems a sentence lists as its
    subject before a predicate that names them so (``A不良，B薄弱以及C不足是发展校园足球所面临的问题``: issue 8, the
    enumeration of :func:`framed_problems` turned round, subjects before the frame): the subject runs from the
    sentence's start (or its last ``；``/``：``) to the 是 of :func:`_subject_list_predicate_re`, cut at ``，``, ``、``
    and 以及 into two to :data:`SUBJECT_LIST_MAX_ITEMS` items, each of :data:`ENUM_ITEM_CHARS` characters or more and
    each stating a shortfall (:func:`_shortfall_item`); one leading item shorter than that (a time word: ``目前，``) is
    no item. Else ``[]``. Linear in the sentence (one anchored search, one split)."""
    if "是" not in sentence or not asp.has_cue(sentence, "problem_frame_verb"):
        return []
    m = _subject_list_predicate_re().search(sentence)
    if m is None:
        return []
    a = max(sentence.rfind(ch, 0, m.start()) for ch in "；;：:\n") + 1
    cuts = [a] + [x for c in _SUBJECT_LIST_CUT.finditer(sentence, a, m.start()) for x in (c.start(), c.end())]
    bounds = list(zip(cuts[0::2], cuts[1::2] + [m.start()]))
    items = [_trim(sentence, x, y) for x, y in bounds]
    if items and items[0][1] - items[0][0] < ENUM_ITEM_CHARS:
        items = items[1:]  # (目前，A，B是…面临的问题: a leading time word)
    if not 2 <= len(items) <= SUBJECT_LIST_MAX_ITEMS or any(
            y - x < ENUM_ITEM_CHARS or not _shortfall_item(sentence[x:y]) for x, y in items):
        return []
    return items


#: Most clauses a ``，``-separated list of problems framed by a verb may run over (:func:`_comma_framed_items`).
COMMA_FRAMED_MAX_ITEMS = 5
#: Most characters of one item of such a list: a short statement, not a clause of prose.
COMMA_FRAMED_ITEM_MAX_CHARS = 16


def _comma_framed_items(sentence: str, b0: int, ends: list[int], i: int) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the items of a problems list framed by a verb whose items
    are separated by ``，`` instead of ``、`` (``尚存在诸如A，B等许多不足``): the first item runs from ``b0`` (after the
    frame verb) to the clause end ``ends[i]``, and each later clause, joined by a comma, is an item, up to the one that
    ends with 等 and a problem noun (:func:`_problem_noun_tail_re`; the 等 is required: a comma alone does not close a
    list) — at most :data:`COMMA_FRAMED_MAX_ITEMS` items, none holding ``、`` nor naming its problem with 的 (``…的问题``),
    each of :data:`ENUM_ITEM_CHARS` to :data:`COMMA_FRAMED_ITEM_MAX_CHARS` characters, at least half of them stating a
    shortfall (:func:`_shortfall_item`); otherwise ``[]``. ``ends``: the clause ends of :func:`framed_problems`.
    Reads at most that many clauses: linear in them."""
    def names_problem(x: int, k: int) -> bool:  # (…的问题: a clause that names its problem closes, no item)
        tail = _problem_noun_tail_re().search(sentence, x, k)
        return tail is not None and sentence.startswith(("的", "之"), tail.start())

    if names_problem(b0, ends[i]):
        return []
    bounds = [(b0, ends[i])]
    for j in range(i + 1, min(len(ends), i + COMMA_FRAMED_MAX_ITEMS)):
        x, k = ends[j - 1], ends[j]
        if sentence[x] not in "，,":
            return []
        tail = _problem_noun_tail_re().search(sentence, x + 1, k)
        if tail is not None and sentence.startswith("等", tail.start()):
            bounds.append((x + 1, tail.start()))
            break
        if names_problem(x + 1, k):
            return []
        bounds.append((x + 1, k))
    else:
        return []
    items = [(x + len(sentence[x:y]) - len(sentence[x:y].lstrip()), y) for x, y in bounds]
    items[0] = _past_example_lead(sentence, *items[0])
    if any("、" in sentence[x:y] or not ENUM_ITEM_CHARS <= y - x <= COMMA_FRAMED_ITEM_MAX_CHARS for x, y in items):
        return []
    if 2 * sum(_shortfall_item(sentence[x:y]) for x, y in items) < len(items):
        return []  # (面临停车难问题，业委会多次协调，解决…等问题: clauses of a story, most of them stating no shortfall)
    return items


def _shortfall_item(item: str) -> bool:
    """Whether one item of a framed enumeration with no problem noun states a shortfall on its own: a clause of a
    turned run of shortfalls (:func:`_shortfall_clause`: ``检测配套少``, ``意识弱``) or one that ends in a word of
    difficulty (``difficulty_adjective_end`` cue group: ``运行维护难``, ``看病难``) after a subject of at least two
    characters. Bounded by the item."""
    c = item.strip(_TRIM)
    if _shortfall_clause(c):
        return True
    ends = [w for w in asp.lexicon().words("difficulty_adjective_end") if c.endswith(w)]
    return bool(ends) and len(c) - max(map(len, ends)) >= 2 and not asp.modal_strength(c)


def _stated_shortfall_items(sentence: str, b0: int, k: int) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the items of a framed ``、`` enumeration that no problem
    noun closes (``但依旧面临A标准低、B配套少、C维护难。``; p28recall): the items run from ``b0`` (after the frame verb)
    to ``k`` (the clause's end), which must be the sentence's end (a ``。``/``！`` or nothing but space after it: an
    enumeration that goes on in the next clause is some other construction), at least two of them, each of
    :data:`ENUM_ITEM_CHARS` characters or more and each stating a shortfall (:func:`_shortfall_item`); otherwise
    ``[]``. None when an 等 closes the list (a noun follows that names it) or a question frames it (``是否``/``有无``
    within 12 characters before the items). Linear in the clause."""
    if sentence[k:].strip(" \t\u3000。！!") or sentence.count("、", b0, k) < 1 or "等" in sentence[b0:k]:
        return []  # (…、C等不良倾向: an 等 closes the list with a noun the problem-noun reading did not know)
    if "是否" in sentence[max(0, b0 - 12):b0] or "有无" in sentence[max(0, b0 - 12):b0]:
        return []  # (是否存在A、B: an inspection's question, not a finding)
    cuts = [b0 - 1] + [i for i in range(b0, k) if sentence[i] == "、"] + [k]
    items = [(x + 1, y) for x, y in zip(cuts, cuts[1:])]
    if all(y - x >= ENUM_ITEM_CHARS and _shortfall_item(sentence[x:y]) for x, y in items):
        return items
    return []


#: Most characters before a focus frame in its clause (``现在最棘手的是``, ``而更严重的是``): a short adverb of time or a
#: connective (:func:`focus_framed_problem`).
FOCUS_LEAD_CHARS = 4


@lru_cache(maxsize=1)
def _focus_frame_re() -> re.Pattern[str]:
    """A ``problem_focus_frame`` word (最棘手的是, 首要注意的是, 更严重的是 …) after at most :data:`FOCUS_LEAD_CHARS`
    characters of its clause (no clause mark among them). Anchored at a clause start, bounded."""
    words = sorted(asp.lexicon().words("problem_focus_frame"), key=len, reverse=True)
    return re.compile(r"\s{0,2}[^，,；;。：:！？!?]{0,%d}?(?P<frame>%s)" % (FOCUS_LEAD_CHARS,
                                                                          "|".join(map(re.escape, words))))


def focus_framed_problem(sentence: str) -> tuple[int, int] | None:
    """``[start, end)`` (offsets into ``sentence``) of the problem a frame of worry or difficulty singles out
    (``problem_focus_frame`` cue group: ``面对高龄少子现象，首要注意的是世代冲突``; ``现在最棘手的是政府以为，光靠A就能
    应付B``; ``更严重的是…``), or ``None``: the frame opens a clause (at the sentence start or after a comma, past at
    most :data:`FOCUS_LEAD_CHARS` characters: :func:`_focus_frame_re`); the problem runs from after it to the end of
    its clause, and on through the next clause when that one ends with a verb of believing (``news_report_verb``-like
    ``belief_verb`` cue group: 以为, 认为: the belief is what the next clause holds). None for a question, or when the
    clause after the frame prescribes (a modal) or is shorter than two characters. Linear in the sentence (one bounded
    match per clause; weak21)."""
    if sentence.rstrip().endswith(("？", "?")):
        return None
    starts = [0] + [m.end() for m in _REST_START.finditer(sentence)]
    for x in starts:
        m = _focus_frame_re().match(sentence, x)
        if m is None:
            continue
        end = _REST_START.search(sentence, m.end())
        y = end.start() if end else len(sentence)
        if sentence[m.end():y].rstrip("。！!… ").endswith(asp.lexicon().words("belief_verb")) and end is not None:
            nxt = _REST_START.search(sentence, end.end())
            y = nxt.start() if nxt else len(sentence)
        a, b = _trim(sentence, m.end(), y)
        if b - a < 2 or asp.modal_strength(sentence[a:b]) or asp.strong_modal(sentence[a:b]):
            return None
        return m.start("frame"), b  # (the frame names what kind of problem it is: part of the point)
    return None


#: A sentence that opens by naming the past faults a practice answers (``针对以往…``, ``针对过去…``, ``针对此前…``),
#: past leading spaces. Anchored: O(1).
_PAST_FAULT_FRAME = re.compile(r"\s{0,4}针对(?:以往|过去|此前|以前|原来|原先|长期以来)")


def past_fault_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the past faults a sentence names before the practice that
    answers them (``针对以往各单位职责梳理不够清晰、职责界定模糊，造成工单派发不精准，大量工单…来回流转，区里建立了…``):
    after :data:`_PAST_FAULT_FRAME`, each clause (split at ``，,；;``) that states a shortcoming
    (:func:`summarizer.aspects.challenge_strength` or a deficit of prose, :func:`summarizer.aspects._prose_deficits`)
    is one, and so is a clause after one that opens with a consequence (:data:`_CONSEQUENCE_OPEN`: 导致, 致使 …), up to
    the first clause that states none (the practice: ``区里建立了首接负责制``); ``[]`` when the sentence
    does not open so (``针对群众反映强烈的停车难问题，…``: a present problem named as a topic, read as before).
    The faults are the problems a practice news item reports (part14fix21). Linear in the sentence."""
    m = _PAST_FAULT_FRAME.match(sentence)
    if m is None:
        return []
    out = []
    a = m.end()
    for brk in itertools.chain(_REST_START.finditer(sentence, a), [None]):
        b = brk.start() if brk is not None else len(sentence.rstrip(_SENT_END + " \n"))
        clause = sentence[a:b]
        if not clause.strip() or not (asp.challenge_strength(clause) or asp._prose_deficits(clause)
                                      or out and _CONSEQUENCE_OPEN.match(clause.lstrip())):
            break
        out.append(_trim(sentence, a, b))
        if brk is None:
            break
        a = brk.end()
    return out


def _past_fault_frame_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int) -> None:
    """In place: the past faults a sentence names before the practice that answers them (:func:`past_fault_clauses`)
    are challenge points, one per clause (:func:`_add_items`); sentences of a reviewer's comment (from ``review``)
    give none."""
    added: list[tuple[int, int]] = []
    frames: list[tuple[int, int]] = []  # (sentence start, where its faults start) of each sentence that names them
    for s in sentences:
        if s.kind == "sentence" and s.start < review:
            spans = [(s.start + a, s.start + b) for a, b in past_fault_clauses(text[s.start:s.end]) if b > a]
            if spans:
                added.extend(spans)
                frames.append((s.start, spans[0][0]))
    # (a window that another reading opened at the frame, 针对以往A…, starts at the faults: the frame is no problem)
    starts = [a for a, _ in frames]
    for p in out[asp.CHALLENGE]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.start < frames[k][1] < p.end:
            p.start = frames[k][1]
    _add_items(text, out, asp.CHALLENGE, added, max_chars)


#: Most characters of the subject before 就 in a sentence narrating a discussion (``会上，各单位就…``).
DISCUSSED_SUBJECT_CHARS = 12
#: A discussion narrated with its topic (``会上，各单位就A责任不明确，屡屡出现B的情况开展了充分讨论``): a short subject, 就,
#: the topic (4 to 160 characters, no sentence end), then a verb of holding a discussion. Lazy topic bounded by the
#: sentence: linear per sentence start (anchored).
_DISCUSSED_TOPIC = re.compile(r"[^。；;！？!?]{0,%d}?就(?P<topic>[^。；;！？!?]{4,160}?)(?:开展|进行|展开|作)了?"
                              r"(?:充分|深入|热烈|认真|广泛)?的?(?:讨论|研讨|交流|会商|协商)" % DISCUSSED_SUBJECT_CHARS)


def discussed_problem_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the problems a narrated discussion names as its topic
    (:data:`_DISCUSSED_TOPIC`): each clause of the topic (split at ``，,``) that states a shortcoming
    (:func:`summarizer.aspects._prose_deficits`, or :func:`summarizer.aspects.challenge_strength` with no bare problem
    noun, ``bare_problem_noun``: 问题, 困难 …), or ``[]``. A topic
    stated with its verdicts is the problem (``…工单责任不明确，屡屡出现互相推诿的情况``; the Part 14 gold rule of 728),
    one that only names problem nouns (``就相关问题进行了讨论``, :func:`narrates_discussion`) gives none. Linear in the
    sentence."""
    m = _DISCUSSED_TOPIC.match(sentence)
    if m is None:
        return []
    out = []
    a, end = m.start("topic"), m.end("topic")
    for brk in itertools.chain(_COMMA_BREAK.finditer(sentence, a, end), [None]):
        b = brk.start() if brk is not None else end
        clause = sentence[a:b]
        if asp._prose_deficits(clause) or asp.challenge_strength(clause) and not asp.has_cue(clause, "bare_problem_noun"):
            out.append(_trim(sentence, a, b))
        if brk is None:
            break
        a = brk.end()
    return out


_COMMA_BREAK = re.compile("[，,]")


def _discussed_problem_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                              review: int) -> None:
    """In place: the problems a narrated discussion names as its topic (:func:`discussed_problem_clauses`) are challenge
    points, one per clause (:func:`_add_items`); sentences of a reviewer's comment (from ``review``) give none."""
    added: list[tuple[int, int]] = []
    for s in sentences:
        if s.kind == "sentence" and s.start < review:
            added.extend((s.start + a, s.start + b) for a, b in discussed_problem_clauses(text[s.start:s.end]) if b > a)
    _add_items(text, out, asp.CHALLENGE, added, max_chars)


def _focus_frame_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                        review: int) -> None:
    """In place: a sentence whose frame of worry or difficulty singles out a problem (:func:`focus_framed_problem`)
    gives it as a challenge where no challenge lies over it yet (:func:`_add_items`). Sentences of a reviewer's
    comment (from ``review``) give none. Linear in the sentences."""
    added: list[tuple[int, int]] = []
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or not asp.has_cue(s.text, "problem_focus_frame"):
            continue
        span = focus_framed_problem(s.text)
        if span is not None:
            added.append((s.start + span[0], s.start + span[1]))
    _add_items(text, out, asp.CHALLENGE, added, max_chars)


#: Most characters of the subject before a verb of finding or inference (``调查证实``, ``上述数据显示``, ``这意味着``):
#: :func:`survey_finding_clauses`.
FINDING_SUBJECT_CHARS = 10


@lru_cache(maxsize=1)
def _survey_finding_re() -> re.Pattern[str]:
    """A clause that opens with at most :data:`FINDING_SUBJECT_CHARS` characters of a subject (no clause mark among
    them) and a verb that reports what a survey, a figure or a fact shows (``survey_result_verb`` and
    ``finding_inference_verb`` cue groups: 发现, 显示, 证实, 意味着, 展现出 …), then an optional comma or colon. Anchored at
    a clause start, bounded."""
    words = sorted(set(asp.lexicon().words("survey_result_verb")) | set(asp.lexicon().words("finding_inference_verb")),
                   key=len, reverse=True)
    return re.compile(r"\s{0,2}(?P<lead>[^，,；;。：:！？!?\n]{0,%d}?)(?:%s)(?P<colon>\s{0,2}[，,：:])?"
                      % (FINDING_SUBJECT_CHARS, "|".join(map(re.escape, words))))


#: A finding's lead that makes its verb no report of a finding: a negation (未发现, 没有发现), a modal or a task (要及时
#: 发现, 善于发现), or a purpose (为了发现). Read at the end of the lead, anchored there: O(1).
_FINDING_LEAD_BLOCK = re.compile(r"(?:未|没有|没|不|难以|无法|要|应|需|需要|应当|应该|必须|及时|善于|为了|以便|便于|可以|能够|能|可)\s*$")


def survey_finding_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the problems a sentence reports as what a survey, its
    figures or a fact show (``据调查，…经常遭受暴力，这意味着 | 相当比例的儿童面临严峻的监护不当``; ``调查证实 | 儿童自初中起
    心理健康状况急剧恶化，…``; ``上述数据显示，| 青少年的焦虑问题已经相当严重``): at a clause start (the sentence start or
    after ``，,；;``), a short subject and a verb of finding or inference (:func:`_survey_finding_re`); the finding is the
    rest of that clause, or the next clause when a comma or colon follows the verb; not when the frame opens the
    sentence and the finding ends it (``调研发现，A仍然薄弱。``: a thesis, read by the other paths or kept out of prose
    points by ``prose_exclude``), nor a copula's subject (``发现隐患是…的生命线``). A finding is one only when it
    states a shortcoming (:func:`summarizer.aspects.challenge_strength` or a deficit of prose,
    :func:`summarizer.aspects._prose_deficits`) and prescribes nothing (no modal); never after a negated, modal or
    purposive lead (:data:`_FINDING_LEAD_BLOCK`: ``未发现问题``, ``要及时发现…``), before 的 or a conjunction (``发现的问题``,
    ``发现和解决…``), nor in a question. The frame is what was done to find it, no part of the point (the gold of
    Part 28's 994 and 999: survey figures stated as findings; ``prose_exclude`` keeps the whole sentence out of
    prose points). Linear in the sentence (one bounded match per clause start)."""
    if sentence.rstrip().endswith(("？", "?")) or not _FINDING_GATE.search(sentence):
        return []
    out: list[tuple[int, int]] = []
    n = len(sentence)
    starts = [0] + [m.end() for m in _REST_START.finditer(sentence)]
    for i, x in enumerate(starts):
        m = _survey_finding_re().match(sentence, x)
        if m is None or _FINDING_LEAD_BLOCK.search(m.group("lead")):
            continue
        a = m.end()
        if m.group("colon") is not None and m.group("colon").strip() in ("，", ","):
            brk = _REST_START.search(sentence, a)
        else:
            if sentence.startswith(("的", "和", "并", "及", "与", "了的", "或"), a):
                continue
            brk = _REST_START.search(sentence, a)
        if sentence[a:a + 1] in _CLOSING_MARKS:
            continue  # (「多年沉疴再发现」: the verb ends a quoted phrase, it frames nothing)
        if sentence.startswith(("了", "虽然", "虽", "尽管"), _skip_trim(sentence, a, n)):
            continue  # (揭示了A的真相: names what the work revealed, a topic; 这表明，虽然…: a concession)
        b = brk.start() if brk is not None else n
        a, b = _trim(sentence, a, b)
        clause = sentence[a:b]
        if b - a < 4 or _ANNOUNCED_FINDING.search(clause) or sentence[b:b + 1] in ("：", ":"):
            continue  # (发现存在以下问题：… announces the list after it)
        if not (asp._prose_deficits(clause)
                or asp.challenge_strength(clause) and not asp.has_cue(clause, "bare_problem_noun")):
            continue  # (发现了一些问题, 表明了解决问题的决心: a problem noun names no finding)
        if asp.modal_strength(clause) or asp.strong_modal(clause) or asp.has_cue(clause, "belief_verb"):
            continue  # (a finding prescribes nothing; 85%的受访干部认为…: a poll of views, no finding of fact)
        if out and a < out[-1][1]:
            continue
        if _COPULA_SUBJECT.match(clause):
            continue  # (发现隐患是安全检查的生命线: the verb and its object are a copula's subject, a maxim)
        if i == 0 and not sentence[b:].strip(_TRIM + _SENT_END):
            continue  # (调研发现，乡村卫生室的服务能力仍然薄弱。: the whole sentence is the finding, a thesis other paths read)
        out.append((a, b))
    return out


#: A short noun phrase and the copula 是 opening a finding (``隐患是…的生命线``): the verb before it has that noun as its
#: object, and the two are the subject of a copula. Anchored, bounded.
_COPULA_SUBJECT = re.compile(r"[^，,；;。是]{1,6}是")


_CLOSING_MARKS = frozenset("」』”’）)】》>")
#: A finding that only announces what follows (``存在以下问题``, ``如下不足``): bounded, searched in one clause.
_ANNOUNCED_FINDING = re.compile("以下|如下|下列|这些|一些问题")
_FINDING_GATE = re.compile("发现|表明|显示|证实|揭示|意味|展现|反映出|证明|說明|说明")


def _survey_finding_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                           review: int) -> None:
    """In place: the problems a sentence reports as a survey's or its figures' findings
    (:func:`survey_finding_clauses`) are challenge points where no challenge lies over them yet (:func:`_add_items`);
    sentences of a reviewer's comment (from ``review``) give none. Linear in the sentences."""
    added: list[tuple[int, int]] = []
    taken = sorted(p.start for points in out.values() for p in points)
    for s in sentences:
        if s.kind == "sentence" and s.start < review and not _holds_start(taken, s.start, s.end):
            added.extend((s.start + a, s.start + b) for a, b in survey_finding_clauses(text[s.start:s.end]))
    _add_items(text, out, asp.CHALLENGE, added, max_chars)


def relayed_finding_span(sentence: str) -> tuple[int, int] | None:
    """``[start, end)`` (offsets into ``sentence``, Simplified view) of the findings a sentence relays from a report or
    an oversight body (:func:`relayed_finding_start`: ``预算中心报告指出，A，B。``, ``监察院…纠正某部，认为A，B，应检讨改进``):
    from past the frame to the clause before the first that prescribes (a modal: the demand is a recommendation of its
    own), when those clauses state a shortcoming (:func:`summarizer.aspects.sentence_aspect` reads a challenge) and
    not only narration (:func:`summarizer.aspects.states_neither`); else None. A question relays none. Linear in the
    sentence (one scan over its clauses)."""
    a = relayed_finding_start(sentence)
    if a == 0 or sentence.rstrip().endswith(("？", "?")):
        return None
    b = a
    for m in itertools.chain(_REST_START.finditer(sentence, a), (None,)):
        end = m.start() if m is not None else len(sentence)
        clause = sentence[b:end]
        if asp.modal_strength(clause) or asp.strong_modal(clause):
            break
        b = end
        if m is None or m.group().strip() not in ("，", ","):
            break  # (the findings end with their sentence, or a clause closed by ；/：)
    rest_of_sentence = sentence[a:]
    a, b = _trim(sentence, a, b)
    rest = sentence[a:b]
    if b - a < UNLINKED_MIN_CHARS or asp.states_neither(rest) or asp.CHALLENGE not in (
            asp.sentence_aspect(rest), asp.sentence_aspect(rest_of_sentence)):
        return None  # (…财源多以举债为主，且规避…，…不得超过…，使…逐年攀升: the sentence's later clauses may name it)
    return a, b


def _relayed_finding_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                            review: int) -> None:
    """In place: the findings a sentence before ``review`` relays from a report or an oversight body
    (:func:`relayed_finding_span`: a news item's ``报告指出，A，B``, a correction's ``监察院…认为A``) are a challenge point
    where no challenge lies over them yet (:func:`_add_items`): the document states them as the problems it reports
    (issue 8, Part 59). Linear in the sentences."""
    added: list[tuple[int, int]] = []
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        span = relayed_finding_span(text[s.start:s.end])
        if span is not None:
            added.append((s.start + span[0], s.start + span[1]))
    if added:
        # (a fragment of the findings found so far, 公共建设规模逐渐下降 of …下降，并以…支应，影响…健全, gives way to them)
        starts = [a for a, _ in added]
        def inside(p: RawPoint) -> bool:
            k = bisect.bisect_right(starts, p.start) - 1
            return k >= 0 and p.end <= added[k][1] and (p.start, p.end) != added[k]
        out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE] if not inside(p)]
    _add_items(text, out, asp.CHALLENGE, added, max_chars, give_way=False)


#: A clause that turns to what persists (``却仍…``, ``可…依旧是…``, ``但依然…``): an adversative, at most
#: :data:`PERSIST_SUBJECT_CHARS` characters of a subject (and the comma after it), then an adverb of persistence.
#: Anchored, bounded.
PERSIST_SUBJECT_CHARS = 16
_PERSIST_TURN = re.compile(r"\s{0,2}(?:但是|可是|然而|却|但|可)[^，,；;。：:！？!?]{0,%d}?(?:[，,]\s{0,2})?"
                           r"(?P<still>仍然|依然|依旧|仍旧|仍)" % PERSIST_SUBJECT_CHARS)


#: The words without which :data:`_PERSIST_TURN` matches nothing (:func:`persisting_problem`'s gate, speed21b): an
#: adverb of persistence (仍然, 仍旧 hold 仍) and an adversative (但是 holds 但, 可是 可).
_PERSIST_GATE = re.compile("仍|依然|依旧")
_PERSIST_TURN_GATE = re.compile("但|可|然而|却")


#: The adversatives :data:`_PERSIST_TURN` opens with, longest first (read past for the subject).
_PERSIST_OPENERS = ("但是", "可是", "然而", "却", "但", "可")


def persisting_problem(sentence: str) -> tuple[int, int] | None:
    """``[start, end)`` (offsets into ``sentence``) of what a turn says persists after a change (``如今已迈入超高龄
    社会，却仍固守税收制财源，造成…的双轨制度``; ``路面重新铺了一遍，可楼下的路面，依旧是坑坑洼洼``), or ``None``: a clause
    opens with an adversative and an adverb of persistence (:data:`_PERSIST_TURN`), and states a deficiency itself
    (:func:`summarizer.aspects._prose_deficits`), a state of disrepair (``disrepair`` cue group) or an outdated
    practice (``persisting_wrong`` cue group: 固守, 沿用, 坑坑洼洼 …), with no modal (``但仍要继续努力`` is a measure,
    ``但仍保持增长`` no problem). The point runs from the persistence adverb (the subject before it when the clause opens
    with one: ``可楼下的路面，依旧是…`` keeps 楼下的路面) to the end of its clause, and through the next clause when
    that one states its consequence (造成, 导致); it runs from the clause before when that clause concedes what the turn
    answers (``港府虽已开始部署…策略，但是效果仍然有待观察``: :func:`_conceded_turn`, weak24). Linear in the sentence (one
    bounded match per clause; weak21)."""
    if _PERSIST_GATE.search(sentence) is None or _PERSIST_TURN_GATE.search(sentence) is None:
        return None  # (every match holds an adverb of persistence and an adversative: speed21b)
    starts = [0] + [m.end() for m in _REST_START.finditer(sentence)]
    for i, x in enumerate(starts):
        m = _PERSIST_TURN.match(sentence, x)
        if m is None:
            continue
        end = _REST_START.search(sentence, m.end())
        y = end.start() if end else len(sentence)
        clause = sentence[m.end("still"):y]
        if (asp.modal_strength(clause) or asp.strong_modal(clause)
                or not (asp._prose_deficits(clause) or asp.has_cue(clause, "disrepair")
                        or asp.has_cue(clause, "persisting_wrong"))):
            continue
        a = m.start("still")
        sa = x + len(sentence[x:a]) - len(sentence[x:a].lstrip(" \u3000"))
        opener = next((w for w in _PERSIST_OPENERS if sentence.startswith(w, sa)), "")
        sa += len(opener)
        if len(sentence[sa:a].strip(" \u3000，,")) >= 2:
            a = sa  # (可楼下的路面，依旧是…: the subject names what persists)
        if end is not None and _CONSEQUENCE.match(sentence, end.end()):
            nxt = _REST_START.search(sentence, end.end())
            y = nxt.start() if nxt else len(sentence)
        if i and _conceded_turn(sentence, (starts[i - 1], x), (x, y), PERSIST_CONCEDED_CHARS):
            a = starts[i - 1]  # (港府虽已开始部署…策略，但是效果仍然有待观察: what the concession grants, weak24)
        return _trim(sentence, a, y)
    return None


#: Most characters of a concession clause and the turn that answers it read as one persisting problem
#: (:func:`persisting_problem`, :func:`_conceded_turn`).
PERSIST_CONCEDED_CHARS = 60


def _persisting_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                       review: int, region_at) -> None:
    """In place: in prose of no region (``region_at``: a section's body has its points from its headings), what a turn
    says persists after a change (:func:`persisting_problem`) is a challenge where none lies over it yet
    (:func:`_add_items`). Sentences of a reviewer's comment (from ``review``) give none, and none is read in a
    document with a region of problems: its prose outside the regions (an abstract, an introduction: ``…作用明显，但仍
    存在供给不足、人员短缺等问题。``) previews what the sections state (lead21)."""
    added: list[tuple[int, int]] = []
    if any(region_at(s.start) == asp.CHALLENGE for s in sentences):
        return
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or region_at(s.start) is not None:
            continue
        span = persisting_problem(s.text)
        if span is not None:
            added.append((s.start + span[0], s.start + span[1]))
    _add_items(text, out, asp.CHALLENGE, added, max_chars)


#: Most characters of the factors between 受 and 等因素 that :func:`constraint_items` reads (bounded: linear).
CONSTRAINT_BODY_CHARS = 120


@lru_cache(maxsize=1)
def _constraint_re() -> re.Pattern[str]:
    verbs = asp.cue_pattern("constraint_verb").pattern
    return re.compile(r"受到?(?P<body>[^，,；;。！？!?：:\n]{4,%d}?)等(?:诸多|多种|多方面)?(?:不利)?因素(?:的)?(?:%s)"
                      % (CONSTRAINT_BODY_CHARS, verbs))


def constraint_items(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the factors a passive frame names as what holds the
    subject back (``我县农村经济受农业基础设施薄弱、农牧民整体素质不高等因素制约``: 受/受到, a ``、`` enumeration of at
    most :data:`CONSTRAINT_BODY_CHARS` characters, 等(不利)因素(的) and a ``constraint_verb`` cue word), one per item of
    :data:`ENUM_ITEM_CHARS` characters or more, or ``[]`` (fewer than two items, or a shorter one: 受历史、地理等不利因素
    的制约 names places of origin, no problem). Linear in the sentence (bounded lazy span per 受)."""
    out: list[tuple[int, int]] = []
    for m in _constraint_re().finditer(sentence):
        a = m.start("body")
        body = m.group("body")
        cuts = [i for i, c in enumerate(body) if c == "、"]
        bounds = list(zip([0] + [i + 1 for i in cuts], cuts + [len(body)]))
        if len(bounds) >= 2 and all(y - x >= ENUM_ITEM_CHARS for x, y in bounds):
            out.extend((a + x, a + y) for x, y in bounds)
    return out


#: A list marker opening a sentence of a status section (``(1)、``, ``1.``, ``（一）``): the section's listed traits.
_STATUS_ITEM_MARK = re.compile(r"\s{0,4}(?:[(（][0-9一二三四五六七八九十]{1,2}[)）]、?|[0-9]{1,2}[、.．]|[一二三四五六七八九十]{1,2}是)")


def _status_points(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None], layout: _Layout,
                   out: dict[str, list[RawPoint]], max_chars: int, review: int) -> None:
    """In place: the problems stated in the prose of a status section (``一、xx县农村经济发展现状``:
    :func:`summarizer.aspects.names_status_section`, a section of neither aspect) and in prose of no region: the factors
    a sentence names as constraints (:func:`constraint_items`), and, inside the status section, a sentence that states
    a shortcoming as prose does (:func:`summarizer.aspects.prose_aspect`: ``…农村经济发展滞后``), cut to its cue
    clauses (:func:`cue_window`); not one that reports figures (:func:`summarizer.aspects.reports_figures`: 共发现…问题199条,
    已整改92条). The section's achievements state none. n log n in the sentences."""
    text = structure.text
    status = sorted((it.start, it.end) for it, role in zip(structure.items, roles)
                    if role and role.aspect == asp.OTHER and it.titled
                    and asp.names_status_section(structure.heading(it)))
    status_starts = [a for a, _ in status]
    added: list[tuple[int, int]] = []
    for s, region in zip(sentences, layout.regions):
        if s.kind != "sentence" or s.start >= review or layout.in_heading[s.start]:
            continue
        k = bisect.bisect_right(status_starts, s.start) - 1
        in_status = region == asp.OTHER and k >= 0 and s.start < status[k][1]
        if region is not None and not in_status:
            continue
        items = constraint_items(text[s.start:s.end])
        added.extend((s.start + a, s.start + b) for a, b in items)
        if in_status and not items and (asp.prose_aspect(text[s.start:s.end]) == asp.CHALLENGE or (
                _STATUS_ITEM_MARK.match(text, s.start) is not None
                and asp.sentence_aspect(text[s.start:s.end]) == asp.CHALLENGE)) and not \
                asp.reports_figures(text[s.start:s.end]):
            # (or a marked item of the section that states a shortcoming by the looser reading: ``一、基本情况和主要
            # 特点`` ⏎ ``(1)、信访总量高位运行，…信访形势仍十分严峻。``, Part 58's 2970; w612)
            a, b = cue_window(text, s.start, s.end, asp.CHALLENGE, max_chars)
            mark = _STATUS_ITEM_MARK.match(text, a)
            if mark is not None and mark.end() < b:
                a = mark.end()  # (the item's marker, ``(1)、``, is no part of the point)
            while a < b and text[a] in "、，, ":
                a += 1
            if b > a:
                out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0))
    _add_items(text, out, asp.CHALLENGE, added, max_chars)


def _sentence_spans_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                           review: int, aspect: str, read, region_at=None) -> None:
    """In place: every sentence before ``review`` (a reviewer's comment gives none) and, when ``region_at`` is given,
    in no aspect region, gives the spans ``read(sentence_text)`` returns (``[start, end)`` offsets into the sentence)
    as points of ``aspect``, added by :func:`_add_items`. The one loop of the per-sentence passes below. Linear in
    the sentences (``read`` is a pure function of the sentence's text: a text that repeats is read once per call,
    speed27; the sentences are grouped by text once per essay, :func:`_distinct_sentences`, speed37)."""
    found: list[tuple[int, int, list[tuple[int, int]]]] = []  # (sentence index, its start, its spans)
    for sentence, places in _distinct_sentences(text, sentences, review):
        if region_at is not None:
            places = [(i, start) for i, start in places if region_at(start) is None]
            if not places:
                continue
        spans = read(sentence)
        if spans:
            found.extend((i, start, spans) for i, start in places)
    found.sort(key=lambda hit: hit[0])  # (text order, as the sentences come)
    _add_items(text, out, aspect, [(start + a, start + b) for _, start, spans in found for a, b in spans], max_chars)


#: The tables of the essay that :func:`extract_points` reads in this thread (:func:`_essay_table`): name ->
#: ``(sentences, text, table)``; ``None`` outside a call.
_ESSAY_TABLES = threading.local()


def _essay_table(text: str, sentences: list[Sentence], name, build):
    """``build(text, sentences)``, built once per essay within :func:`extract_points` and shared by the passes that
    ask for ``name`` (outside a call, or for other sentences or text, built on each call). The table is shared: the
    callers read it and never change it. Linear in what ``build`` is (speed37)."""
    tables = getattr(_ESSAY_TABLES, "tables", None)
    entry = tables.get(name) if tables is not None else None
    if entry is not None and entry[0] is sentences and entry[1] is text:
        return entry[2]
    table = build(text, sentences)
    if tables is not None:
        tables[name] = (sentences, text, table)
    return table


def _distinct_sentences(text: str, sentences: list[Sentence], review: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """The sentences of ``sentences`` (kind ``sentence``) that start before ``review``, grouped by their text (offsets
    into ``text``): ``[(sentence text, [(index in sentences, start offset)])]``, each text once, in order of its first
    sentence. Built once per essay (:func:`_essay_table`: the twenty-odd passes of :func:`_sentence_spans_points`
    each read every sentence, and the slicing and the kind test were a third of their cost, speed37). Linear in the
    sentences."""
    def build(text: str, sentences: list[Sentence]) -> list[tuple[str, list[tuple[int, int]]]]:
        groups: dict[str, list[tuple[int, int]]] = {}
        for i, s in enumerate(sentences):
            if s.kind == "sentence" and s.start < review:
                groups.setdefault(text[s.start:s.end], []).append((i, s.start))
        return list(groups.items())

    return _essay_table(text, sentences, ("distinct_sentences", review), build)


#: A lead that counts the proposals a speaker or a report makes and lists them in place (``并提出5大建议，包括A、B，以及
#: C``, ``提出三点意见，分别是…``; read in the Simplified view): a verb of making proposals, an optional count (numeral and
#: measure word), at most four characters of a modifier, the proposal noun (建议, 意见 …; not 措施 or 方案: 政府提出六项
#: 措施，包括… reports an authority's own plan), then the listing word (包括, or 如/例如 of examples: ``家长提出了一些
#: 宝贵的建议，如希望A、B、C等``, the wish verb after it left out; w66, Part 66's 3475). Bounded: linear.
_COUNTED_PROPOSAL_LEAD = re.compile(
    r"(?:提出|提出了|提供|给出|列出|归纳出|归纳了|总结出)\s{0,2}(?:[0-9０-９一二三四五六七八九十两几多]{1,3}\s{0,2}"
    r"(?:大|项|点|个|条|个方面|方面)?)?[^，,。；;：:！？!?、]{0,4}?(?:(?:对策|意见)和?建议|建议|对策|倡议|诉求|意见)"
    r"[，,]?\s{0,2}(?:包括|包含|分别是|分别为|当中包括|其中包括|例如|比如|诸如|譬如|如(?![果何此今同下上前后]))[：:]?"
    r"(?:希望|要求)?")
#: The conjunctions that join the last item of such a list after a comma (``…、D，以及E``).
_LIST_LAST_JOIN = re.compile(r"[，,]\s{0,2}(?:以及|及|和|还有|并|与)")
#: Most characters of one item of a counted proposal list (a longer run is prose, not an item).
COUNTED_PROPOSAL_ITEM_CHARS = 40


def counted_proposals(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the proposals a counted lead lists in place
    (:data:`_COUNTED_PROPOSAL_LEAD`: ``某智库…并提出4大建议，包括擴大A、增設B、加強C，以及完善D。``): the ``、`` items
    after the listing word, and the one item a comma and a conjunction (:data:`_LIST_LAST_JOIN`: ``，以及``) join after
    them; a trailing 等 left out. News of a think tank's or a council's report gives its suggestions so, and the
    sentence is read for its first clause only (Part 56's 2850). ``[]`` when fewer than two items, or any item is
    shorter than :data:`ENUM_ITEM_CHARS` or longer than :data:`COUNTED_PROPOSAL_ITEM_CHARS` characters. Linear."""
    if "、" not in sentence:
        return []
    view = simplified_view(sentence)
    m = None
    for m in _COUNTED_PROPOSAL_LEAD.finditer(view):
        pass
    if m is None:
        return []
    end = len(sentence.rstrip().rstrip("。！!；;"))
    k = m.end()
    stop = k
    while stop < end and (sentence[stop] not in "，,；;。！？!?\n"
                          or sentence[stop] == "," and sentence[stop - 1:stop].isdigit()
                          and sentence[stop + 1:stop + 2].isdigit()):  # (配额至7,000个: a figure's comma)
        stop += 1
    items = enumeration_spans(sentence, k, stop)
    if len(items) < 2 or sentence[stop:stop + 1] in ("；", ";"):
        return []  # (包括：A，并B；C；D: a list of clauses, no 、 list; read by the semicolon readers)
    x, y = items[-1]
    join = sentence.find("以及", x, y)
    if join >= 0 and join - x >= ENUM_ITEM_CHARS and y - join - 2 >= ENUM_ITEM_CHARS:
        items[-1:] = [(x, join), (join + 2, y)]  # 包括A、B、C以及D等方面: 以及 joins the last item (Part 55's 2789)
    if stop < end:
        join = _LIST_LAST_JOIN.match(view, stop)
        if join is not None:
            last_end = join.end()
            while last_end < end and sentence[last_end] not in "，,；;。！？!?\n":
                last_end += 1
            x, y = _trim(sentence, join.end(), last_end)
            tail = _ENUM_TAIL.search(sentence, x, y) if y > x else None
            items.append((x, tail.start() if tail and tail.start() > x else y))
    if len(items) < 2 or any(not ENUM_ITEM_CHARS <= y - x <= COUNTED_PROPOSAL_ITEM_CHARS for x, y in items):
        return []
    return items


#: A clause that refers back to the problems just named (``而这些问题必将影响…``, ``上述现象…``): an optional
#: conjunction, a demonstrative, a noun of problems. Anchored at the clause's start, bounded.
_BACK_REFERRED_PROBLEMS = re.compile(r"\s{0,2}(?:而且|而|但|且|然而|可是)?\s{0,2}(?:这些|上述|以上|这类|此类|这种种|凡此种种)"
                                     r"(?:问题|现象|弊端|乱象|短板|情况)")
#: A turn word that opens the first clause of a run of problems (``然而今天的农村秸秆焚烧带来了…``): left out of it.
_RUN_TURN = re.compile(r"\s{0,2}(?:然而|但是|可是|不过|但|却|而)")
#: Fewest clauses in a run of problem clauses before a back-reference (:func:`back_referred_problem_run`).
BACK_REFERRED_RUN_CLAUSES = 3
#: Most characters of one clause of such a run (a longer one is prose, not an item).
PROBLEM_RUN_CLAUSE_CHARS = 30


def back_referred_problem_run(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the clauses of a comma run of problems that a later clause
    of the same sentence refers back to as problems (:data:`_BACK_REFERRED_PROBLEMS`: ``然而今天的农村秸秆焚烧带来了空气
    的污染，农药滥用影响了土壤质量，垃圾乱丢影响了村庄的整洁，而这些问题必将直接影响…``): the back-reference names the
    clauses before it problems, each its own (a 申论 essay writes its problems so; Part 55's 2784). The run is the
    clauses right before the back-reference that each state a completed effect (a 了) or a shortcoming
    (:func:`summarizer.aspects.challenge_strength`), hold no modal, and run to at most
    :data:`PROBLEM_RUN_CLAUSE_CHARS` characters; a turn word opening the first is left out. ``[]`` when fewer than
    :data:`BACK_REFERRED_RUN_CLAUSES` clauses. Linear in the sentence."""
    if "，" not in sentence and "," not in sentence:
        return []
    bounds = [0] + [k + 1 for k, c in enumerate(sentence) if c in "，,"]
    clauses = [(a, (b - 1) if i + 1 < len(bounds) else len(sentence.rstrip().rstrip("。！!；;")))
               for i, (a, b) in enumerate(zip(bounds, bounds[1:] + [len(sentence) + 1]))]
    for j, (a, _) in enumerate(clauses):
        if j < BACK_REFERRED_RUN_CLAUSES or not _BACK_REFERRED_PROBLEMS.match(sentence, a):
            continue
        run: list[tuple[int, int]] = []
        for x, y in reversed(clauses[:j]):
            clause = sentence[x:y]
            if not 0 < y - x <= PROBLEM_RUN_CLAUSE_CHARS or asp.modal_strength(clause) or not (
                    "了" in clause or asp.challenge_strength(clause)):
                break
            run.append((x, y))
        if len(run) < BACK_REFERRED_RUN_CLAUSES:
            return []
        run.reverse()
        turn = _RUN_TURN.match(sentence, run[0][0])
        if turn is not None:
            run[0] = (turn.end(), run[0][1])
        return [_trim(sentence, x, y) for x, y in run]
    return []


#: Most characters of the comma-joined measures put forward before 等 + a noun of measures (:func:`proposed_clause_list`).
PROPOSED_CLAUSES_CHARS = 160
#: 提出 (or a means' 通过) opening the sentence's clause, the comma-joined measures, 等, at most six characters of
#: modifier and a noun of measures that closes the clause (``据此提出将A与B相结合，并调动C的积极性等建议。``,
#: ``通过重塑乡村文化，丰富农村养老资源，提升村民积极性等措施，推动…``). Bounded: linear.
_PROPOSED_CLAUSES = re.compile(
    r"(?:^|[，,。；;：:])\s{0,2}(?:[^，,。；;：:！？!?]{0,8}?提出了?|通过)(?P<list>[^。；;！？!?：:]{8,%d}?)"
    r"等[^，,。；;：:、！？!?]{0,6}?(?:对策建议|建议|对策|措施|举措|路径|途径)(?=[，,。；;]|$)" % PROPOSED_CLAUSES_CHARS)
#: A conjunction that opens a later measure of such a list (``，并调动…``): left out of it.
_CLAUSE_LIST_JOIN = re.compile(r"\s{0,2}(?:以及|并且|并|和|同时|还要|还)")


def proposed_clause_list(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the measures an abstract puts forward as comma-joined
    clauses closed by 等 and a noun of measures (:data:`_PROPOSED_CLAUSES`: ``据此提出将村容建设与地方文化特色相结合，
    并调动村民参与环境治理的积极性等建议``, ``提出构建…机制以破解目标困境，引入社会资本以破解行动困境等优化路径``;
    Part 55's 2791, 2804): each clause one measure, a joining conjunction left out. The items are read only when at
    least two clauses (not ``、`` items, read by :func:`counted_proposals` and the enumeration readers) and none holds
    a modal (:func:`summarizer.aspects.strong_modal`) or states a shortcoming; ``[]`` otherwise. Linear in the
    sentence."""
    if "等" not in sentence or ("提出" not in sentence and "通过" not in sentence):
        return []
    pos = 0
    while True:
        m = _PROPOSED_CLAUSES.search(sentence, pos)
        if m is None:
            return []
        a, b = m.span("list")
        proposed = "提出" in sentence[m.start():a]
        if "提出" in sentence[a:b] or not proposed and "了" in sentence[a:b]:
            # (通过梳理…，结合…，提出了A，B等建议: the later 提出 opens the list; 通过A，成功构建了B，通过C等措施，使…:
            # work done)
            pos = a
            continue
        break
    if not proposed and (asp.reports_means_done(sentence)
                         or asp.cue_pattern("achieved_result").search(sentence, m.end())):
        return []  # (近年来，通过加大投入，完善设施等措施，有效提升了…: work done and its result, no measure urged)
    items = []
    for x, y in _clause_spans(sentence, a, b):
        join = _CLAUSE_LIST_JOIN.match(sentence, x) if x > a else None
        x, y = _trim(sentence, join.end() if join else x, y)
        clause = sentence[x:y]
        if not ENUM_ITEM_CHARS <= y - x <= COUNTED_PROPOSAL_ITEM_CHARS or asp.strong_modal(clause) or \
                asp.challenge_strength(clause) and not asp.remedies_problem(clause):
            return []
        items.append((x, y))
    return items if len(items) >= 2 else []


#: Most characters of one ``；``-parted measure an abstract puts forward after 提出, and most measures after the first
#: (:func:`proposed_modal_list`).
PROPOSED_MODAL_ITEM_CHARS = 80
PROPOSED_MODAL_ITEMS = 12
#: 提出 (perhaps 了) in a clause of its own, what the measures are for, then the ``；``-parted measures that each open
#: with a modal (要, 应, 应当, 必须, 需要), closed by 的, at most eight characters of modifier and a noun of measures at the
#: clause's end (``提出了乡镇文化站提质增效要盘活“两类场地”，提高…；要办好“四季活动”，…；要配强…，…的对策建议``).
#: Bounded: linear.
_PROPOSED_MODALS = re.compile(
    r"提出了?(?P<list>[^。！？!?；;]{8,%d}(?:[；;]\s{0,2}(?:要|应当|应|必须|需要)[^。！？!?；;]{4,%d}){1,%d})"
    r"的[^，,。；;：:、！？!?]{0,8}?(?:对策建议|路径建议|意见建议|建议|对策|措施|举措|路径|途径|思路)(?=[，,。；;]|$)"
    % (PROPOSED_MODAL_ITEM_CHARS, PROPOSED_MODAL_ITEM_CHARS, PROPOSED_MODAL_ITEMS))
_MODAL_OPENING = re.compile(r"\s{0,2}(?:要|应当|应|必须|需要)")


def proposed_modal_list(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the measures an abstract reports it puts forward as
    ``；``-parted clauses that each open with a modal, the last closed by 的 and a noun of measures
    (:data:`_PROPOSED_MODALS`: ``提出了县级党校提质增效要研究“三个规律”，全面夯实发展基础；要着力“三个精准”，科学筹划
    培训班次；…的路径建议``; Part 67's 3507): each clause one measure, from its modal on (the first clause's topic
    before 要 left out). Read only when every ``；`` part opens with a modal (the first: holds one) and there are two
    or more; ``[]`` otherwise. Linear in the sentence."""
    if "提出" not in sentence or ("；" not in sentence and ";" not in sentence):
        return []
    m = _PROPOSED_MODALS.search(sentence)
    if m is None:
        return []
    a, b = m.span("list")
    cuts = [a] + [k + 1 for k in range(a, b) if sentence[k] in "；;"] + [b + 1]
    items = []
    for n, (x, y) in enumerate(zip(cuts, cuts[1:])):
        y -= 1
        if n == 0:
            first = _MODAL_OPENING.search(sentence, x, y)
            if first is None:
                return []
            x = first.start()
        elif _MODAL_OPENING.match(sentence, x) is None:
            return []
        x, y = _trim(sentence, x, y)
        if y - x < ENUM_ITEM_CHARS:
            return []
        items.append((x, y))
    return items


#: A summary's report of which concerns came up most (``其中对我县A、B等方面的意见比较集中``, ``其中A、B的问题反映较为
#: 强烈``): 其中, an optional 对/反映 and a possessive place (我县, 我市 …), the list (at most
#: :data:`REPORTED_CONCERN_CHARS` characters of no sentence break), an optional 等/等方面 and 的, the noun of concern,
#: an optional 反映, a degree word and a word of concentration. Bounded: linear.
REPORTED_CONCERN_CHARS = 80
_REPORTED_CONCERNS = re.compile(
    r"其中\s{0,2}(?:对于|对|反映)?\s{0,2}(?:我(?:省|市|县|区|镇|乡|村))?"
    r"(?P<list>[^。；;！？!?：:]{4,%d}?)(?:等方面|等)?的?(?:意见|问题|呼声|诉求)?(?:反映|呼声)?"
    r"(?:比较|较为|最为|尤为|十分|相对)(?:集中|强烈|突出)" % REPORTED_CONCERN_CHARS)


def reported_concerns(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the concerns a summary reports as the ones raised most
    (:data:`_REPORTED_CONCERNS`: a CPPCC office's intake summary, ``60件提案中，…，其中对我县停车位紧张、老旧小区管网
    老化等方面的意见比较集中``; Part 55's 2794): the members' problems, each its own. The list splits at ``、`` and ``，``
    (:func:`enumeration_spans`); an item that states no shortcoming (:func:`summarizer.aspects.challenge_strength`,
    :func:`_shortfall_clause`: ``县城人居环境``, an area named) is left out. ``[]`` when no item states one. Linear in the sentence."""
    if "其中" not in sentence:
        return []
    m = _REPORTED_CONCERNS.search(sentence)
    if m is None:
        return []
    items: list[tuple[int, int]] = []
    a, b = m.span("list")
    for x, y in [(x, y) for x, y in _clause_spans(sentence, a, b)]:
        items.extend(enumeration_spans(sentence, x, y))
    return [(x, y) for x, y in items if y - x >= ENUM_ITEM_CHARS and (
        asp.challenge_strength(sentence[x:y]) or _shortfall_clause(sentence[x:y]))]


def _clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated pieces of ``text[start:end]`` (offsets into ``text``), untrimmed. One pass."""
    cuts = [start] + [k + 1 for k in range(start, end) if text[k] in "，,"] + [end + 1]
    return [(x, y - 1) for x, y in zip(cuts, cuts[1:])]


#: A run of quoted proposals after a verb of proposing and before the noun that names them (``并就问题症结提出「设立A」、
#: 「扩大B」、「建设C」四项建议``, ``提出「协助…」、…、「建立…」九大解方``, ``居民们提出的“A”、“B”等建议``; Simplified
#: view): the verb (perhaps 的), one quoted item (parted by :func:`quoted_proposals` where it lists several) or more (「」 or “”, each of at most :data:`QUOTED_PROPOSAL_CHARS` characters, no quote mark inside) joined by ``、``,
#: a comma or a conjunction, an optional 等 and count, then the proposal noun. The quoted item's own characters exclude
#: its quote marks, so each repetition starts at one mark: linear.
QUOTED_PROPOSAL_CHARS = 60
_QUOTED_PROPOSALS = re.compile(
    r"(?:提出|提出了|提供|给出|归纳出|建议|倡议|呼吁|主张)(?:的)?\s{0,2}[:：]?\s{0,2}"
    r"(?P<run>(?:(?:「[^「」\n]{2,%d}」|“[^“”\n]{2,%d}”)\s{0,2}(?:、|，|,|以及|及|和|与)?\s{0,2}){1,})"
    r"(?:等)?\s{0,2}(?:[0-9０-９一二三四五六七八九十两几多]{1,3}\s{0,2}(?:大|项|点|个|条)?)?[^，,。；;：:！？!?、「」“”]{0,4}?"
    r"(?:建议|对策|解方|解决方案|方案|措施|举措|主张|诉求|倡议|建言|意见|办法|策略)" % (QUOTED_PROPOSAL_CHARS, QUOTED_PROPOSAL_CHARS))
_QUOTED_PROPOSAL_ITEM = re.compile(r"「([^「」\n]{2,%d})」|“([^“”\n]{2,%d})”" % (QUOTED_PROPOSAL_CHARS, QUOTED_PROPOSAL_CHARS))
#: The proposal noun and a verb of inclusion before a list of quoted proposals (``校长们表达了多样的意见，包括：「A」、
#: 「B」等``, ``提出多项建议，如“A”、“B”``; Simplified view): the noun, at most two characters, an optional comma, the
#: verb (包括, 如, 例如 …) and an optional colon. The quoted items follow up to the clause run's end (w66). Bounded.
_LISTED_PROPOSALS_LEAD = re.compile(r"(?:建议|对策|措施|举措|主张|诉求|倡议|建言|意见|办法)[^，,。；;：:！？!?、「」“”\n]{0,2}"
                                    r"[，,]?\s{0,2}(?:包括|例如|比如|诸如|譬如|如)\s{0,2}[:：]?\s{0,2}(?=[「“”\"])")
#: A quoted item of such a list: 「…」, “…” or "…" (a closing ” also opens, as converted pages print English items), at most
#: :data:`LISTED_ITEM_CHARS` characters (an item longer than :data:`QUOTED_PROPOSAL_CHARS` is passed over).
LISTED_ITEM_CHARS = 400
_LISTED_PROPOSAL_ITEM = re.compile(r"「([^「」\n]{2,%d})」|[“”]([^“”\n]{2,%d})”|\"([^\"\n]{2,%d})\""
                                   % (LISTED_ITEM_CHARS, LISTED_ITEM_CHARS, LISTED_ITEM_CHARS))
_LISTED_PROPOSAL_GAP = re.compile(r"\s{0,2}(?:、|，|,|以及|及|和|与)?\s{0,2}")


#: Most characters of a quoted complaint's words (:func:`quoted_complaints`) and of its speaker.
QUOTED_COMPLAINT_CHARS = 120
COMPLAINT_SPEAKER_CHARS = 10
#: The verbs that relay a quoted resident's words (``…”村民王女士说``, ``林女士称``, ``业主抱怨道：“…”``).
_RELAY_VERB = r"(?:还|也|又|则|就|无奈地|气愤地)?(?:说|称|表示|反映|抱怨|诉苦|告诉记者)(?:道)?"
#: A quotation and its speaker after it (``“…。”村民王女士说``) or before it (``业主张先生说：“…”``): the quoted words
#: (no quotation mark inside, at most :data:`QUOTED_COMPLAINT_CHARS` characters) and the speaker (at most
#: :data:`COMPLAINT_SPEAKER_CHARS` characters of no clause mark). Each match starts at a quotation mark or a
#: speaker's first character and is bounded: linear.
_QUOTE_THEN_SPEAKER = re.compile(
    r"[“「](?P<said>[^“”「」\n]{4,%d})[”」]\s{0,2}(?:[，,]\s{0,2})?(?P<who>[^，,。；;：:！？!?“”「」\s]{1,%d}?)%s"
    % (QUOTED_COMPLAINT_CHARS, COMPLAINT_SPEAKER_CHARS, _RELAY_VERB))
_SPEAKER_THEN_QUOTE = re.compile(
    r"(?:^|[，,。；;\s])(?P<who>[^，,。；;：:！？!?“”「」\s]{1,%d}?)%s\s{0,2}[：:，,]?\s{0,2}"
    r"[“「](?P<said>[^“”「」\n]{4,%d})[”」]" % (COMPLAINT_SPEAKER_CHARS, _RELAY_VERB, QUOTED_COMPLAINT_CHARS))


#: A verb of raising a matter with an office (``这并不是我第一次留言反映问题``): the quotation tells of the complaint
#: made, not of what is wrong; its 问题 is no shortcoming stated (:func:`quoted_complaints`).
_RAISING_MATTERS = re.compile(r"反映|留言|投诉|举报|咨询|来电|来信")


def lay_complainant(who: str) -> bool:
    """Whether the speaker ``who`` (Simplified view) of a quotation is a lay person: it ends in a word of the
    ``lay_complainant`` or ``person_honorific`` cue group (``村民王女士``, ``业主``, ``陈大伯``) and holds no word of an
    office or a staff post (``lay_complainant_exclusion``: ``村委会主任李先生``) nor of the authorities
    (:func:`summarizer.aspects.official_speaker`). O(1) in a short speaker."""
    words = asp.lexicon().words("lay_complainant") + asp.lexicon().words("person_honorific")
    return (who.endswith(words) and not asp.has_cue(who, "lay_complainant_exclusion")
            and not asp.official_speaker(who))


def quoted_complaints(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``, Simplified view) of the quoted words of a lay speaker
    (:func:`lay_complainant`: a resident, a villager, ``王女士``) that state what troubles him: a news report of
    residents' complaints quotes them (``“一到做饭就没水，二楼根本上不去水，只能拎桶接。”村民王女士说``; Part 61's
    3170), and the gold keeps the complainant's problem as a challenge. The quotation (:data:`_QUOTE_THEN_SPEAKER`,
    :data:`_SPEAKER_THEN_QUOTE`) gives its first sentence, kept when it states a shortcoming
    (:func:`summarizer.aspects.challenge_strength`), a hardship (:func:`summarizer.aspects.states_hardship`) or a
    failing supply (``supply_failure`` cue group: 没水, 停电, 不正常), and states no wish (its 希望… is a demand,
    read elsewhere); a quotation that tells of raising the matter (:data:`_RAISING_MATTERS`: ``…留言反映问题``) states
    no problem by its 问题. An official's or a staff member's quoted reply gives none. Linear: each match is bounded."""
    if "“" not in sentence and "「" not in sentence:
        return []
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for pattern in (_QUOTE_THEN_SPEAKER, _SPEAKER_THEN_QUOTE):
        for m in pattern.finditer(sentence):
            if not lay_complainant(m.group("who")):
                continue
            a, b = m.span("said")
            stop = re.search(r"[。！？!?]", sentence[a:b])
            if stop is not None:
                b = a + stop.start()
            said = sentence[a:b]
            if len(said) < 6 or asp.has_cue(said, "appeal_after_problem"):
                continue
            if asp.has_cue(said, "supply_failure") or (
                    (asp.challenge_strength(said) or asp.states_hardship(said))
                    and _RAISING_MATTERS.search(said) is None) and (a, b) not in seen:
                seen.add((a, b))
                out.append((a, b))
    return out


#: Most characters of the object of one lack in a run of enumerated lacks (:func:`enumerated_lacks`).
LACK_OBJECT_CHARS = 8
#: Most characters read back from such a run to the start of its clause (a longer lead: the run alone).
LACK_LEAD_CHARS = 30
_LACK_ORDINAL = r"(?:[一二三四五六]是|其[一二三四五六]是?|第[一二三四五六]是?)"
_LACK_VERB = r"(?:缺乏|缺少|欠缺|短缺|缺|没有|没)"
#: A run of at least two short lacks, each after an ordinal of the 一是 kind (``一是缺钱，二是缺人``, ``一是缺资金；二是
#: 缺技术；三是缺人才``): the ordinal, a lack verb and a short object with no clause mark, joined by a comma or a
#: semicolon. Each repetition starts at an ordinal: linear.
_ENUMERATED_LACKS = re.compile(
    r"%s\s{0,2}%s[^，,。；;：:！？!?、\s]{1,%d}(?:\s{0,2}[，,；;、]\s{0,2}%s\s{0,2}%s[^，,。；;：:！？!?、\s]{1,%d}){1,5}"
    % (_LACK_ORDINAL, _LACK_VERB, LACK_OBJECT_CHARS, _LACK_ORDINAL, _LACK_VERB, LACK_OBJECT_CHARS))


def enumerated_lacks(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of a run of short enumerated lacks (:data:`_ENUMERATED_LACKS`:
    ``她认为，出现这种情况一是缺钱，二是缺人。``; Part 61's 3178), from the start of the clause it opens in (its subject
    or the situation it explains, ``出现这种情况``) to the end of its last item: one challenge, the reasons a speaker or
    a report gives for a problem, each a want of means (a clause lead longer than :data:`LACK_LEAD_CHARS`: the run
    alone). The run must end its clause (a clause mark or the sentence's end
    after it: ``一是缺钱的问题…`` names topics). Linear in the sentence."""
    out: list[tuple[int, int]] = []
    for m in _ENUMERATED_LACKS.finditer(sentence):
        tail = sentence[m.end():m.end() + 1]
        if tail and tail not in "，,。；;！？!?\n ":
            continue
        lo = max(0, m.start() - LACK_LEAD_CHARS)
        mark = max(sentence.rfind(c, lo, m.start()) for c in "，,。；;：:！？!?\n")
        out.append((mark + 1 if mark >= 0 or lo == 0 else m.start(), m.end()))
    return out


#: Characters read past a sentence's end for the speaker of a quotation it closes (``…。”`` ⏎ ``林女士称，…``: the
#: sentence reader cuts after the closing mark; :func:`_quoted_complaint_points`).
SPEAKER_LOOKAHEAD_CHARS = COMPLAINT_SPEAKER_CHARS + 12


def _quoted_complaint_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int) -> None:
    """In place: the quoted complaints of lay speakers (:func:`quoted_complaints`) that open in a sentence before
    ``review`` become challenges (added by :func:`_add_items`); the quotation's speaker may follow the sentence's end
    (at most :data:`SPEAKER_LOOKAHEAD_CHARS` characters read past it: ``“…冲冲厕所。”`` ⏎ ``林女士称，…``). Linear in
    the sentences (each read once, with a bounded look past its end)."""
    added: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        if text.find("“", s.start, s.end) < 0 and text.find("「", s.start, s.end) < 0:
            continue
        window = text[s.start:min(len(text), s.end + SPEAKER_LOOKAHEAD_CHARS)]
        for a, b in quoted_complaints(window):
            span = (s.start + a, s.start + b)
            if a < s.end - s.start and span not in seen:
                seen.add(span)
                added.append(span)
    _add_items(text, out, asp.CHALLENGE, sorted(added), max_chars)


#: Most characters of a quoted speaker's description (``中国农业大学经济管理学院教授卢凤君``; its posts may be parted
#: by 、) and of one quotation read as a speaker's words (:func:`quoted_speech`).
QUOTED_SPEAKER_CHARS = 48
QUOTED_SPEECH_CHARS = 200
#: The verbs that attribute a quotation to a speaker in a news report of a symposium or an interview (``…”王教授说。``,
#: ``…认为：“…”``, ``…”卢教授这么认为``): a verb of saying, thinking or proposing, perhaps after 这么/这样/如是.
_SPEECH_VERB = (r"(?:这么|这样|如是|也|还|则|又|就|进一步|特别)?(?:说|称|表示|认为|指出|建议|强调|坦言|直言|呼吁|谈到|提到|"
                r"介绍|解释|补充|分析|谈道|感慨)(?:道|说)?")
#: A quotation that opens its sentence and the speaker and verb that close it (``“建议每年…平台。”王教授说。``), or a
#: speaker and verb that open the sentence and the quotation that closes it (``李社长认为：“…。”``). Each match is
#: anchored at the sentence's start and bounded: linear.
_QUOTE_BEFORE_SPEAKER = re.compile(
    r"\s{0,2}[“「](?P<said>[^“”「」\n]{4,%d})[”」]\s{0,2}[，,]?\s{0,2}(?P<who>[^，,。；;：:！？!?“”「」\n]{1,%d}?)%s"
    r"\s{0,2}[。.！!]?\s*$" % (QUOTED_SPEECH_CHARS, QUOTED_SPEAKER_CHARS, _SPEECH_VERB))
_SPEAKER_BEFORE_QUOTE = re.compile(
    r"\s{0,2}(?P<who>[^。；;：:！？!?“”「」\n]{1,%d}?)%s\s{0,2}[：:]\s{0,2}[“「](?P<said>[^“”「」\n]{4,%d})[”」]"
    % (QUOTED_SPEAKER_CHARS, _SPEECH_VERB, QUOTED_SPEECH_CHARS))
#: A word of a clause before the speaker that sets a scene or turns (``数字虽有点耸人听闻，但某某对记者说``, ``谈到学校见闻
#: 时``): the words before the quotation are no speaker's description (:func:`quoted_speech`).
_SPEECH_SETTING = re.compile(r"[但却虽而]|时[，,]?$|时候")
#: A clause that opens with a subject of at most eight characters (no pronoun, no negation) and a modal of a speaker's
#: proposal (``大会主题可以有所侧重``, ``营商环境需要制度供给来支持``; 可以, 需要, 应该 …, not 可以看到): in quoted
#: speech it proposes (:func:`quoted_speech`). Anchored at a clause's start, bounded.
_SPEECH_MODAL = re.compile(r"[^，,。；;：:！？!?我你他她这那不没]{0,8}?(?:可以|需要|应该|应当|必须)(?!看到|看出|说|想象|发现|预见)")


def quoted_speech(sentence: str) -> list[tuple[str, int, int]]:
    """``[(aspect, start, end)]`` (offsets into ``sentence``, Simplified view) of what a quoted speaker proposes
    (the aspect is always the recommendation: a quotation's problems so read measured worse than none), when the sentence is a quotation and its attribution (:data:`_QUOTE_BEFORE_SPEAKER`:
    ``“建议每年固定时间召开人才大会，把它打造成…平台。”王教授说。``; :data:`_SPEAKER_BEFORE_QUOTE`: ``李社长认为：“…”``):
    a symposium's or an interview's news gives each speaker's proposals so, and they are the item's points (Part 66's
    3444, 3448). Each sentence of the quotation (parted at 。！；) is read as a free-standing sentence
    (:func:`summarizer.aspects.sentence_aspect`); a quoted question or a lay speaker's words (:func:`lay_complainant`:
    their complaints are read by :func:`quoted_complaints`) give none, nor a marked list item's (``（二）县文化局局长
    指出：“…”``: an essay's section item that reports speech); a sentence that no cue reads, with a modal of
    proposing (:data:`_SPEECH_MODAL`: ``大会主题可以有所侧重``) and no shortcoming, is a recommendation. ``[]`` for no
    such sentence. Linear in the sentence."""
    if "”" not in sentence and "」" not in sentence:
        return []
    m = _QUOTE_BEFORE_SPEAKER.match(sentence) or _SPEAKER_BEFORE_QUOTE.match(sentence)
    if m is None:
        return []
    who = m.group("who")
    if lay_complainant(who) or _SPEECH_SETTING.search(who) or _FINDING_MARKER.match(who.lstrip()).end():
        return []  # (（二）局长指出：“…”: a list item of an essay's section that reports speech is no point of its own)
    out: list[tuple[str, int, int]] = []
    a0, b0 = m.span("said")
    pos = a0
    while pos < b0:
        stop = re.compile(r"[。！!；;？?]").search(sentence, pos, b0)
        end = stop.start() if stop is not None else b0
        if stop is None or sentence[end] not in "？?":
            a, b = _trim(sentence, pos, end)
            said = sentence[a:b]
            aspect = asp.sentence_aspect(said) if b - a >= POINT_MIN_CHARS else None
            if aspect is None and _SPEECH_MODAL.match(said) and not asp.challenge_strength(said):
                aspect = asp.RECOMMENDATION  # (大会主题可以有所侧重: a speaker's 可以/需要 proposes)
            if aspect == asp.RECOMMENDATION:
                out.append((aspect, a, b))
        pos = end + 1
    return out


def _quoted_speech_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int) -> None:
    """In place: what quoted speakers propose (:func:`quoted_speech`) in sentences before
    ``review`` become points of that aspect (added by :func:`_add_items`). Linear in the sentences."""
    added: dict[str, list[tuple[int, int]]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    for i, s in enumerate(sentences):
        if s.kind != "sentence" or s.start >= review:
            continue
        end = s.end
        if s.text.rstrip().endswith(("”", "」")) and i + 1 < len(sentences):
            tag = sentences[i + 1]  # (“…。”⏐上海市…张代表说。: a long speech tag the splitter parts from its quotation)
            if tag.start - s.end <= 2 and len(tag.text) <= QUOTED_SPEAKER_CHARS + 8 and "\n" not in text[s.end:tag.start]:
                end = tag.end
        for aspect, a, b in quoted_speech(simplified_view(text[s.start:end])):
            added[aspect].append((s.start + a, s.start + b))
    for aspect, spans in added.items():
        _add_items(text, out, aspect, spans, max_chars)


def quoted_proposals(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the proposals a verb of proposing names as quoted items and
    a proposal noun closes (:data:`_QUOTED_PROPOSALS`: ``工总白皮书…提出「协助产业度过疫情难关」、「均衡产业结构」…九大
    解方``): each item's text inside its quote marks (a quote nested in it, ``『…』``, kept). A federation's white paper
    or a report named in the news gives its remedies so, each a recommendation; without the noun after them the quoted
    words may be slogans or titles and give nothing. A single quotation that lists several proposals parted by 、
    (``提出“构建区、镇、社区‘三位一体’…网络、强化政府公益性投入、进行物管业主自治”等建议``) gives each part
    (:func:`_enumeration_parts`). ``[]`` for no such run or a single proposal. Linear in the sentence."""
    if "」" not in sentence and "”" not in sentence:
        return []
    view = simplified_view(sentence)
    out: list[tuple[int, int]] = []
    for m in _QUOTED_PROPOSALS.finditer(view):
        items = []
        for q in _QUOTED_PROPOSAL_ITEM.finditer(view, m.start("run"), m.end("run")):
            g = 1 if q.group(1) is not None else 2
            items.append((q.start(g), q.end(g)))
        if len(items) == 1:
            # 提出“构建A网络、强化B投入、进行C自治”等建议: one quotation listing the proposals, parted by 、 outside
            # any inner quote (‘三位一体’), each part a clause of at least QUOTED_PART_CHARS characters
            items = _enumeration_parts(view, *items[0])
        out.extend(items)
    # (校长们表达了多样的意见，包括：「A」、「B」、「C」等: the noun before the quoted list; each item of Han words, an
    # English one skipped; w66, Part 66's 3483)
    for m in _LISTED_PROPOSALS_LEAD.finditer(view):
        if out and m.start() < out[-1][1]:
            continue
        pos, listed = m.end(), []
        while (q := _LISTED_PROPOSAL_ITEM.match(view, pos)) is not None:
            g = next(k for k in (1, 2, 3) if q.group(k) is not None)
            if (len(q.group(g)) <= QUOTED_PROPOSAL_CHARS
                    and sum(1 for ch in q.group(g) if "\u4e00" <= ch <= "\u9fff") >= QUOTED_PART_CHARS):
                listed.append((q.start(g), q.end(g)))
            pos = _LISTED_PROPOSAL_GAP.match(view, q.end()).end()
        if len(listed) >= 2:
            out.extend(listed)
    return out if len(out) >= 2 else []


#: Fewest characters of each 、-separated part of a single quoted proposal list (:func:`_enumeration_parts`): a part
#: shorter than this is a noun of a series (区、镇、社区), not a proposal.
QUOTED_PART_CHARS = 6


def _enumeration_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-separated parts of ``text[start:end]`` (offsets into ``text``), a 、 inside an inner quote (‘…’, 『…』)
    or joining parts shorter than :data:`QUOTED_PART_CHARS` characters (a series of nouns, 区、镇、社区) not cutting;
    ``[]`` unless every part has at least that many characters and there are two or more. One pass."""
    cuts = [start]
    depth = 0
    for k in range(start, end):
        ch = text[k]
        if ch in "‘『":
            depth += 1
        elif ch in "’』":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0 and k - cuts[-1] >= QUOTED_PART_CHARS:
            cuts.append(k + 1)
    parts = [(a, b - 1) for a, b in zip(cuts, cuts[1:])] + [(cuts[-1], end)]
    if len(parts) < 2 or any(b - a < QUOTED_PART_CHARS for a, b in parts):
        return []
    return parts


#: A plea put as a question at a clause's start, its subject left out (``什么时候也能来修修…之路？``, ``能不能在搞形象
#: 工程的同时也来搞搞民生工程？``, ``（1）可否统一提供…保险？``; Simplified view): the clause opens the sentence or
#: follows a comma, colon or list marker, then the asking words, at least four characters of the course asked for and
#: the question mark. Bounded.
_QUESTION_PLEA = re.compile(r"(?:^|(?<=[，,：:）)]))\s{0,2}(?P<plea>(?P<ask>能不能|可不可以|可否|什么时候(?:也|才)?能|"
                            r"何时(?:才)?能|啥时候(?:才)?能)[^，,。；;：:！？!?\n]{4,40})\s{0,2}[？?]")


def question_pleas(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the pleas a complaint puts as questions with no subject of
    their own (:data:`_QUESTION_PLEA`: ``什么时候也能来修修上千户老百姓的出行之路？``): the asking words and the course,
    the question mark left out. A question with its subject before it (``这些政策能否落地？``) asks whether something
    can be, no plea; nor does one whose asked words open with a ``measure_tail_exclusion`` word, after a manner
    adverb (``可否这样理解？`` asks about a reading, no act: as :func:`_asked_measure` reads a question's act). Linear
    in the sentence."""
    if "？" not in sentence and "?" not in sentence:
        return []
    view = simplified_view(sentence)
    no_act = asp.lexicon().words("measure_tail_exclusion")
    return [(m.start("plea"), m.end("plea")) for m in _QUESTION_PLEA.finditer(view)
            if not asp._strip_manner(m.group("plea")[len(m.group("ask")):].lstrip(" \u3000")).startswith(no_act)]

#: A sentence that opens with a pronoun speaker (他/她/他们/她们), at most two adverbs, then a verb of demanding
#: (``她要求市府…``, ``他亦促请当局…``): read by :func:`pronoun_demand`. Anchored, bounded.
_PRONOUN_DEMAND = re.compile(r"\s{0,2}[他她]们?(?:也|亦|还|更|并|则|又|再|同时|随即|进一步){0,2}"
                             r"(?=要求|促请|吁请|敦促|建议|建请|呼吁)")
#: Most sentences before a pronoun's demand read for its antecedent (:func:`pronoun_demand`).
PRONOUN_ANTECEDENT_SENTENCES = 3


def pronoun_demand(sentence: str, before: Sequence[str]) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of a demand that a pronoun speaker makes of the authorities
    (``她要求市府提出扩增公托的明确时程``: :data:`_PRONOUN_DEMAND`, then :func:`summarizer.aspects.news_demand` of the
    words from the verb), when the person the pronoun stands for is a council member, a deputy or a body the story is
    about: of the sentences ``before`` it (nearest last, at most :data:`PRONOUN_ANTECEDENT_SENTENCES` read), the
    nearest that names a speaker names a ``proposing_person`` (议员, 委员, 立委 …), not an official in its opening
    clause (``news_official``: ``局长回应，…。他要求…`` relays the official). Else ``[]``: a third party's wish stays reported
    (``reported_source``). O(sentence + the sentences read)."""
    m = _PRONOUN_DEMAND.match(sentence)
    if m is None or not asp.news_demand(sentence[m.end():]):
        return []
    for prev in reversed(before[-PRONOUN_ANTECEDENT_SENTENCES:]):
        if asp.has_cue(prev, "proposing_person"):
            a, b = _trim(sentence, m.end(), len(sentence))
            return [(a, b)] if b > a else []
        if asp.has_cue(_CLAUSE_SPLIT.split(prev, 1)[0], "news_official"):
            return []  # (局长回应，…。他要求…: the official speaks in the sentence's opening clause)
    return []


@lru_cache(maxsize=1)
def _reply_frame_re() -> re.Pattern[str]:
    """Reporting verbs of a reply (``局长在回应时表示``, ``部长回应指``), the ``reply_verb`` cue group that
    :func:`summarizer.aspects.reports_scholar_view` reads too: with an official speaker, the authorities answer."""
    return re.compile("|".join(map(re.escape, sorted(asp.lexicon().words("reply_verb"), key=len, reverse=True)))
                      or "(?!)")


#: A run-in heading whose first clause points back to the problem it solves (``解决这个问题，…``, ``破解这一难题，…``,
#: ``针对上述问题，…``): an anaphor (:data:`summarizer.aspects._ANAPHORA`) within its first clause. Anchored, bounded.
_HEADING_REFERS_BACK = re.compile(r"\s{0,2}[^，,。；;：:！？!?]{0,12}?(?:%s)"
                                  % "|".join(a for a in asp._ANAPHORA if a != "其"))


@lru_cache(maxsize=1)
def _sibling_opener_re() -> re.Pattern[str]:
    """A sentence's opening ordinal (一是, 其二) or adding word (``sibling_opener`` cue group: 同时, 此外, 还要, 也应…),
    then an optional comma, then an optional modal (group ``modal``: the sentence prescribes however short it is).
    Anchored, bounded."""
    words = asp.cue_alternation("sibling_opener") or "(?!)"
    return re.compile(r"\s{0,2}(?:(?P<ordinal>%s|首先|其次|再次|最后)|%s)[，,]?\s{0,2}"
                      r"(?P<modal>(?:还|也|更)?(?:必须|应当|应该|需要|要|应|需|须))?" % (_RUN_IN_ORDINAL, words))


def _sibling_measure(sentence: str, prescribes: bool = False, adding: bool = True) -> bool:
    """Whether ``sentence`` opens as one more measure of a list in prose (``同时要加强培训。``, ``其次，应当…``,
    ``还要健全激励机制。``): an ordinal or adding word (:func:`_sibling_opener_re`) and either a modal, right after
    it or as the opener itself (还要, 也应), or ``prescribes`` (the caller read the sentence as a measure by its own
    words: ``其次，加强本土人才培养，…``). Elaboration, examples and reasons (``这是因为…``, ``例如…``,
    ``同时，这也说明…``) open with neither. With ``adding`` false only an ordinal (首先, 其次, 最后, 二是) opens a
    sibling: an adding word after a heading that names its own problem (解决X问题，需要Y。…另外，Z。) adds to the
    heading's argument. Constant cost (anchored match on the sentence's opening)."""
    m = _sibling_opener_re().match(sentence)
    if m is None or not (adding or m.group("ordinal")):
        return False
    if m.group("modal") or prescribes:
        return True
    opener = m.group(0).strip(" \u3000\t，,")
    return opener.endswith(("要", "应", "應", "需", "須", "须", "必须", "应当", "需要"))


@lru_cache(maxsize=1)
def _additive_opener_re() -> re.Pattern[str]:
    """An additive connective (``additive_opener`` cue group) and its comma opening a sentence. Bounded."""
    return re.compile(r"\s{0,2}(?:%s)[，,]\s{0,2}" % (asp.cue_alternation("additive_opener") or "(?!)"))


def _additive_challenges(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                         review: int) -> None:
    """In place: a sentence opened by an additive connective (``additive_opener`` cue group: 此外，同时，另外，再者，
    加之，) right after a sentence that holds a challenge point, in the same paragraph, that holds no point itself and
    describes a state, not a measure (no remedy vote, modal or prescription: :func:`summarizer.aspects.item_vote`,
    :func:`summarizer.aspects.strong_modal`, :func:`summarizer.aspects.prose_aspect`), adds one more problem to the
    one before it: it becomes a challenge point, its text past the connective (``…问题是后端处理能力不足。同时，部分
    收运车辆仍然混装混运…``; fix40b). Sentences before ``review`` (offset into ``text``) only; the challenge guards
    apply. Linear in the sentences and points."""
    challenges = out[asp.CHALLENGE]
    if not challenges:
        return
    opener = _additive_opener_re()
    taken = sorted((p.start, p.end) for ps in out.values() for p in ps)
    taken_starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))
    chal = sorted((p.start, p.end) for p in challenges)
    chal_starts = [a for a, _ in chal]
    chal_reach = list(itertools.accumulate((b for _, b in chal), max))
    held = False  # the sentence before holds a challenge point (or was added as one)
    added: list[RawPoint] = []
    prev_end = -1
    for s in sentences:
        k = bisect.bisect_left(chal_starts, s.end)
        own = bool(k and chal_reach[k - 1] > s.start)
        m = opener.match(text, s.start, s.end) if s.kind == "sentence" else None
        if (m is not None and not own and held and s.start < review and "\n" not in text[prev_end:s.start]):
            k = bisect.bisect_left(taken_starts, s.end)
            body = text[m.end():s.end].rstrip(_TRIM + "。！!；;")
            if (not (k and reach[k - 1] > s.start) and len(body) >= PROPOSAL_MIN_CHARS
                    and not text[s.start:s.end].rstrip().endswith(_QUESTION_END_TUPLE)
                    and asp.item_vote(body) != asp.RECOMMENDATION and not asp.strong_modal(body)
                    and asp.prose_aspect(body) != asp.RECOMMENDATION and asp.sentence_aspect(body) is None
                    and not fails_challenge_guards(text, m.end(), m.end() + len(body))
                    and not praises_result(text, sentences, m.end())):
                a, b = m.end(), m.end() + min(len(body), max_chars)
                added.append(RawPoint(asp.CHALLENGE, a, b))
                own = True
        held = own
        prev_end = s.end
    if added:
        challenges.extend(added)
        challenges.sort(key=lambda p: (p.start, p.end))


def _official_reply_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]]) -> None:
    """In place: no point starts in a sentence that reports an official's reply (:func:`summarizer.aspects.news_aspect`
    reads a speaker of ``news_official`` and a verb of replying, :func:`_reply_frame_re`, stands in the frame before the
    reported words: ``林局长在回应时表示，…期间不断积极改善交通问题…``): the authorities' answer to the people a story
    speaks for is neither their problem nor their demand (Part 50's bureau and minister replies; council32). Linear in
    the sentences and points."""
    starts = [s.start for s in sentences]
    reply_re = _reply_frame_re()
    for aspect in out:
        kept = []
        for p in out[aspect]:
            k = bisect.bisect_right(starts, p.start) - 1
            s = sentences[k] if k >= 0 else None
            if s is not None and s.kind == "sentence" and reply_re.search(s.text[:asp.NEWS_SPEAKER_CHARS + 8]):
                framed, aspect_read = asp.news_aspect(s.text)
                frame = asp._news_frame_re().search(s.text.strip())
                head = s.text.strip()[:frame.end()] if frame is not None else ""
                reply = reply_re.search(head)
                if framed and aspect_read is None and reply is not None and asp.has_cue(
                        (frame.group("who") or "") + (frame.group("verb") or ""), "news_official") and \
                        not asp.strong_modal(head[:reply.start()]):
                    continue  # (not 《施政报告》应正面回应这些忧虑: a modal before the verb prescribes the reply)
            kept.append(p)
        out[aspect] = kept


#: Characters of a page's opening read for an office's thanks (:data:`_OFFICE_THANKS`).
OFFICE_THANKS_CHARS = 120
#: The opening of an office's own statement (Simplified view): the office's name (at most 24 characters, ending in a
#: noun of an office: 办公室, 局, 署, 当局 …), a verb of thanking, the public, and within 40 characters its attention or
#: views (``运输基建办公室感谢社会各界对轻轨项目的关注``, ``交通事务局感谢市民的意见``): a government press reply.
_OFFICE_THANKS = re.compile(r"\s{0,4}(?P<office>[^，,。！？!?：:\n“”「」]{0,20}?(?:办公室|办|局|署|处|当局|政府|委员会|部门|中心))"
                            r"(?:衷心|诚挚地?)?(?:感谢|多谢)(?:社会各界|各界|市民|公众|社会|大众|居民|传媒)"
                            r"[^。！？!?\n]{0,40}?(?:关注|关心|意见|支持)")
#: A sentence that opens, past a short connective (``与此同时，``), with a word for the authorities speaking of
#: themselves (局方, 当局, 本局 …) or an office's short name (at most five characters and 办/局/署), then an adverb or
#: an aspect word (亦, 将, 会, 一直 …): the office's account of its own work or plans. Bounded.
_OFFICE_SELF_SUBJECT = re.compile(r"\s{0,4}(?:[^，,。！？!?\n]{1,6}[，,])?(?:局方|署方|当局|本局|本署|本办|该局|该署|该办"
                                  r"|[\u4e00-\u9fff]{1,5}?(?:办|局|署))(?:亦|也|还|更|将|会|正|已|一直|在|于|并|持续)")


def _office_statement_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]]) -> None:
    """In place: on a page that opens with an office thanking the public for its attention or views
    (:data:`_OFFICE_THANKS`: ``运输基建办公室感谢社会各界对轻轨项目的关注，…并将开展相关的跟进工作``), a government's press
    reply, no point starts in a sentence whose subject is that office (its name) or an office's short name or a word
    of the authorities for themselves before an adverb or an aspect (:data:`_OFFICE_SELF_SUBJECT`: ``运建办亦会``,
    ``局方一直``, ``当局亦引入``), past a short connective: what the office has done and will do is its account, neither a problem nor a
    measure the page proposes (Part 65's 3422; issue 8). Offsets into ``text``; linear in the sentences and points."""
    m = _OFFICE_THANKS.match(simplified_view(text[:OFFICE_THANKS_CHARS]))
    if m is None:
        return
    office = m.group("office").strip()
    names = {office}
    starts = [s.start for s in sentences]
    own: dict[int, bool] = {}

    def office_speaks(p: RawPoint) -> bool:
        k = bisect.bisect_right(starts, p.start) - 1
        if k < 0 or p.start >= sentences[k].end:
            return False
        if k not in own:
            view = simplified_view(text[sentences[k].start:sentences[k].start + 40])
            head = view.lstrip(" \t\u3000")
            lead = re.match(r"[^，,。！？!?\n]{1,6}[，,]", head)
            body = head[lead.end():] if lead else head
            own[k] = (_OFFICE_SELF_SUBJECT.match(view) is not None
                      or any(body.startswith(n) or head.startswith(n) for n in names))
        return own[k]

    for aspect in out:
        out[aspect] = [p for p in out[aspect] if not office_speaks(p)]


#: The opening of a paragraph that reports an answering office's reply or account (Simplified and Traditional
#: views): a reply verb and a verb of saying (``对此，区住建局回复称，``, ``市建委11月25日反馈办理结果，``), an office's
#: staff explaining (``…”梅山自然村相关负责人表示，``, after a quotation of theirs) or the reporter learning from the
#: office (``近日，记者从恩平市住房和城乡建设局了解到，``). At most :data:`REPLY_OPENING_CHARS` characters before the
#: verb, within the paragraph's first sentence (a quotation that opens it skipped). Bounded.
REPLY_OPENING_CHARS = 40
_REPLY_OPENING = re.compile(
    r"[ \t\u3000]{0,8}(?:[“「][^”」\n]{0,160}[”」])?[^。！？!?\n“”「」]{0,%d}?(?:"
    r"(?:回复|回覆|答复|答覆|回应|回應|反馈|反饋)(?:称|稱|说|說|表示|指出|道|[:：]|办理结果|辦理結果)"
    r"|(?:负责人|負責人|工作人员|工作人員)(?:表示|称|稱|解释|解釋|介绍|介紹|回应|回應)"
    r"|(?:记者|記者)(?:从|從)[^，,。！？!?\n]{2,30}?(?:了解到|获悉|獲悉))" % REPLY_OPENING_CHARS)
#: A word of what an office plans or wishes (将, 下一步, 希望; not 其将 of 要求其将…): read from the start of a point's
#: sentence (at most :data:`REPLY_PLAN_CHARS` characters back) to :data:`REPLY_PLAN_SPAN_CHARS` characters into the
#: point in a reply paragraph, it keeps the point (:func:`_reply_paragraph_points`).
REPLY_PLAN_CHARS = 120
#: Characters of the point itself read for the word of plan (:data:`_REPLY_PLAN`).
REPLY_PLAN_SPAN_CHARS = 6
_REPLY_PLAN = re.compile(r"(?<!其)(?:将|將)|下一步|希望|计划|計劃|拟|擬|今后|今後")
_SENTENCE_STOP = re.compile(r"[。！？!?]")
#: A complaint's verb (a resident's report, message or appeal: 反映, 留言, 投诉): a page that holds one before a reply
#: paragraph is a complaint-and-reply page (:func:`_reply_paragraph_points`).
_COMPLAINT_VERB = re.compile(r"反映|反應|留言|投诉|投訴|来信|來信|求助|来电|來電")


def _discussed_topic_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]]) -> None:
    """In place: no challenge point starts in a sentence that narrates a discussion held on a topic
    (:func:`summarizer.aspects.narrates_discussion` of its Simplified view: ``…大家针对当前村级医疗卫生事业建设中存在的共性
    问题和亟待解决的…等问题进行了交流``): a research visit's news names the problems talked about, states none (Part 61's
    3152), whichever clause of the sentence the point was cut from; nor a recommendation that is a demand made of the
    study's own team (:func:`summarizer.aspects.instructs_study_team`: ``要求调研组要…尽早完成调研报告``). One pass over
    the points, a bisection each; each sentence read once."""
    starts = [s.start for s in sentences]
    read: dict[int, bool] = {}
    kept = []
    for p in out[asp.CHALLENGE]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and sentences[k].kind == "sentence":
            if k not in read:
                s = sentences[k]
                read[k] = asp.narrates_discussion(simplified_view(text[s.start:s.end]))
            if read[k]:
                continue  # (大家围绕…等问题进行了交流和探讨: the topic discussed)
        kept.append(p)
    out[asp.CHALLENGE] = kept
    out[asp.RECOMMENDATION] = [p for p in out[asp.RECOMMENDATION]
                               if not asp.instructs_study_team(simplified_view(text[p.start:p.end]))]


def _reply_paragraph_points(text: str, out: dict[str, list[RawPoint]]) -> None:
    """In place: on a page that reports a complaint (:data:`_COMPLAINT_VERB` in an earlier paragraph: ``网友留言称，
    …``) no point starts in a later paragraph that opens by reporting the answering office's reply or account
    (:data:`_REPLY_OPENING`: ``对此，区住建局回复称，收到留言后…目前排水沟已疏通完毕``): what the office checked, did,
    asked the property company to do, or the cause it explains is neither the complainant's problem nor their plea
    (Part 61's gold rule: 3162, 3163, 3171); a point with a word of plan or wish in its sentence before it or at its start
    (:data:`_REPLY_PLAN`: ``该局将加强巡查``, ``同时希望市民…``) stays, the office's plans being read as measures (Part
    29's 1155). Paragraphs are the lines of ``text``; offsets into ``text``. One pass
    over the lines, a bisection a point."""
    spans: list[tuple[int, int]] = []
    complained = False
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        if complained and _REPLY_OPENING.match(text, pos, min(end, pos + 240)):
            spans.append((pos, end))
        elif not complained and _COMPLAINT_VERB.search(text, pos, end):
            complained = True
        pos = end + 1
    if not spans:
        return
    heads = [a for a, _ in spans]

    def replied(p: RawPoint) -> bool:
        k = bisect.bisect_right(heads, p.start) - 1
        if k < 0 or p.start >= spans[k][1]:
            return False
        # (该局将加强巡查…；同时希望市民…: what the office plans or asks of the public is read as any prose)
        lo = max(spans[k][0], p.start - REPLY_PLAN_CHARS)
        stop = _SENTENCE_STOP.search(text[lo:p.start][::-1])  # (from the sentence's start: 该局将加强巡查，督促…，增加…)
        if stop is not None:
            lo = p.start - stop.start()
        return _REPLY_PLAN.search(text, lo, min(p.end, p.start + REPLY_PLAN_SPAN_CHARS)) is None

    for aspect in out:
        out[aspect] = [p for p in out[aspect] if not replied(p)]


#: A hotline or letters column's caller and the colon before what they report (``市民李先生来电：``, ``读者王女士来信
#: 反映：``; Simplified view): a word for a member of the public, at most eight characters of name and place, a verb of
#: calling or writing in, then a colon. Bounded.
_CALLER_LEAD = re.compile(r"(?:市民|读者|居民|村民|业主|家长|群众|网友|乘客|消费者)[^，,。；;：:！？!?\n]{0,8}?"
                          r"(?:来电|来信|致电|打来电话|打进热线|拨打热线|留言)(?:称|说|反映|投诉|求助)?\s{0,2}[：:]")
#: The caller's own whereabouts that open the report (``他在新区某小区居住，``, ``她住在…，``, ``家住…，``): the setting,
#: no problem. Anchored, bounded.
_CALLER_HOME = re.compile(r"\s{0,2}(?:他|她|其|我)?(?:家住|住在|在[^，,。；;！？!?\n]{1,24}?(?:居住|住|上班|工作))"
                          r"[^，,。；;！？!?\n]{0,24}?[，,]")
#: A reply that speaks to the caller of what they reported (``您反映的道路维修问题，工业园已安排…``, ``李先生，记者将您
#: 反映的情况…``): the answer, neither the caller's problem nor their demand.
_REPLY_TO_CALLER = re.compile(r"(?:您|你)(?:所|们)?(?:来电|来信|留言)?(?:反映|反应|投诉)(?:的|之)|楼主所?(?:指|说|反映|提到)的?")
#: A hotline digest's or a message board's turn label for a member of the public at a line's start (``来电人：``,
#: ``网友“明天会更好”：``, ``市民王女士：``; Simplified view): a word for the caller or writer (``来电人``, ``留言人`` …) or for
#: a member of the public followed by at most twelve characters of a name (no clause mark), then a colon. What follows
#: is their report, as after :data:`_CALLER_LEAD`; a name that addresses someone (您, 朋友: a reply's greeting) or a
#: label that ends in a verb of proposing or saying (``读者某某建言：``, ``网友爆料：``) is none. Anchored at a line's start
#: (past spaces), bounded.
_CALLER_LABEL = re.compile(r"(?m)^[ \t\u3000]{0,4}(?:(?:来电|来信|留言|投诉|求助|诉求|反映)人|(?:网友|市民|村民|居民|业主|读者)"
                           r"[^，,。；;：:！？!?\n您你]{0,12}?)(?<!朋友)(?<!们)"
                           r"(?<!建言)(?<!建议)(?<!爆料)(?<!提问)(?<!表示)(?<!认为)(?<!说)(?<!问)(?<!答)(?<!称)[：:]")
#: Most characters of a caller's report read after the lead (a longer run is no hotline item's report).
CALLER_REPORT_CHARS = 200
_REPORT_END = re.compile(r"[。！？!?\n]")
#: A clause of a caller's report that asks for the fix (``建议增加路灯的数量``, ``村民们都希望相关部门能尽快清理``,
#: ``请相关部门处理``): at most six characters of a subject with no negation or clause mark, then a verb of asking. The
#: clauses before it are the complaint. Anchored at the clause's start, bounded.
_CALLER_REQUEST = re.compile(r"[^，,。；;：:！？!?\n不没未别无]{0,6}?(?:建议|希望|要求|恳请|请求|呼吁|盼望|期盼|期望|请)")


def caller_request_start(report: str) -> int:
    """Where the request of a caller's report starts (offset into ``report``, Simplified view: the start of the first
    clause after a comma that asks for the fix, :data:`_CALLER_REQUEST`: ``A距离较远，建议增加B`` -> the offset of
    ``建议``; ``A长期浑浊，多次反映无果，请相关部门处理`` -> of ``请``), or -1 when no clause after the first asks (the
    report is the complaint only). Linear in the report."""
    for m in re.finditer(r"[，,]\s{0,2}", report):
        if _CALLER_REQUEST.match(report, m.end()) is not None:
            return m.end()
    return -1


def _hotline_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int) -> None:
    """In place: a newspaper hotline's or a letters column's item. The report after a caller's lead
    (:data:`_CALLER_LEAD`: ``市民李先生来电：``) up to its sentence's end, past an opening clause that only says where
    the caller lives (:data:`_CALLER_HOME`), is the complaint: one challenge (added by :func:`_add_items`) unless the
    report opens with a question or thanks (咨询, 询问, 感谢, 表扬). A point that speaks to the caller of what they
    reported, or a forum reply that speaks of the first poster's post (:data:`_REPLY_TO_CALLER`: ``记者将您反映的
    情况，反映给了…``, ``经了解，楼主所指工地为…``), from its sentence's start to the point's end, is the reply or the
    reporter's relay, and is dropped from both sides. Linear in the text and the points (after sorting)."""
    view = simplified_view(text)
    starts = [s.start for s in sentences]
    spoken = [m.start() for m in _REPLY_TO_CALLER.finditer(view)]  # (one scan; each point then one bisect)

    def replies(p: RawPoint) -> bool:  # (the reply's words from its sentence's start to the point's end)
        k = bisect.bisect_right(starts, p.start) - 1
        j = bisect.bisect_left(spoken, sentences[k].start if k >= 0 else p.start)
        return j < len(spoken) and spoken[j] < p.end

    for aspect in out:
        out[aspect] = [p for p in out[aspect] if not replies(p)]
    added: list[tuple[int, int]] = []
    requests: list[tuple[int, int]] = []  # (the report's request, 建议增加…: a recommendation; w66)
    asked: list[tuple[int, int]] = []  # (the complaints before a request)
    leads: list[tuple[int, int]] = []  # (lead start, report start) of each report taken
    labels = {m.start() for m in _CALLER_LABEL.finditer(view)}
    calls = sorted({m.start(): m for m in (*_CALLER_LABEL.finditer(view), *_CALLER_LEAD.finditer(view))}.values(),
                   key=lambda m: m.start())
    for i, m in enumerate(calls):
        a = m.end()
        if a <= (leads[-1][1] if leads else -1):
            continue  # (a label over a lead: 网友留言： read once)
        bound = min(a + CALLER_REPORT_CHARS, calls[i + 1].start() if i + 1 < len(calls) else len(view))
        stop = _REPORT_END.search(view, a, bound)  # (the report ends at its sentence's end or the next caller)
        end = stop.start() if stop is not None else bound
        if stop is not None and view[stop.start()] in "？?":
            continue  # (网友：请问…？ a question, no report)
        labelled = m.start() in labels and _CALLER_LEAD.match(view, m.start()) is None
        if labelled and (stop is None or view[stop.start()] == "\n") and not re.search("[，,]", view[a:end]):
            continue  # (网友：燕子 ⏎, 来信人：某某 ⏎: a form's name field, no report)
        home = _CALLER_HOME.match(view, a, end)
        if home is not None:
            a = home.end()
        a, b = _trim(text, a, end)
        if b - a >= POINT_MIN_CHARS and not re.match(r"\s{0,2}(?:咨询|询问|感谢|表扬|点赞)", view[a:b]):
            # (来电人：A距离较远，建议增加B: the complaint is A, the request a recommendation; w66, Part 66's 3482)
            r = 0 if _CALLER_REQUEST.match(view, a) is not None else caller_request_start(view[a:b])
            if r < 0 and labelled and not asp.challenge_strength(view[a:b]):
                continue  # (a bare label's report with no request is a complaint only when it states a shortcoming)
            if r >= 0:  # (希望…: a report that opens with its request is the request only)
                requests.append((a + r, b))
                b = _trim(text, a, a + r)[1] if r else a
                if b - a >= POINT_MIN_CHARS:
                    asked.append((a, b))
            if b - a >= POINT_MIN_CHARS:
                added.append((a, b))
            leads.append((m.start(), a))
    if not leads:
        return
    lead_starts = [x for x, _ in leads]

    def holds_lead(p: RawPoint) -> bool:  # (市民某某来电：他在…居住，…: the caller and their home are no problem)
        k = bisect.bisect_right(lead_starts, p.end) - 1
        return k >= 0 and p.start < leads[k][1] and p.end > leads[k][0]

    for aspect in out:
        out[aspect] = [p for p in out[aspect] if not holds_lead(p)]
    if requests:  # (a point that runs from the complaint into the request gives way to the two)
        _end_at_spans(out[asp.CHALLENGE], asked)
        _start_at_spans(out[asp.RECOMMENDATION], requests)
        _add_items(text, out, asp.RECOMMENDATION, requests, max_chars)
    _add_items(text, out, asp.CHALLENGE, added, max_chars)

#: Fewest characters of a challenge point's part before a joined demand (:func:`_joined_demand_points`).
JOINED_PROBLEM_CHARS = 4
#: Fewest characters after the demand's verb (its addressee and measure: not ``，并要求高``).
JOINED_DEMAND_CHARS = 6


@lru_cache(maxsize=1)
def _joined_demand_re() -> re.Pattern[str]:
    """A comma, then a ``turn_joiner`` conjunction right before a ``turn_proposal_verb`` (``，并建议…``, ``，同时呼吁…``;
    the verb stays after the match)."""
    return re.compile(f"[，,]\\s{{0,2}}(?:{asp.cue_alternation('turn_joiner')})"
                      f"(?=(?:{asp.cue_alternation('turn_proposal_verb')}))")


def _joined_demand_points(text: str, out: dict[str, list[RawPoint]]) -> None:
    """In place: a challenge point that runs on from the problem into the speaker's demand joined to it
    (:func:`_joined_demand_re`: ``批评政府的育儿目标失败，并建议劳动部参考外国经验，研拟弹性工时``) ends before the
    joiner (at least :data:`JOINED_PROBLEM_CHARS` characters), and the demand, when it prescribes (a ``modal`` cue or a
    measure as prose states one, at least :data:`JOINED_DEMAND_CHARS` characters after its verb) and no recommendation
    point overlaps it, becomes a recommendation (offsets into ``text``). Beside :func:`problem_then_demand` (a finding
    and its subjectless fix: ``A不足，应…``), this reads a reported speaker's demand. Linear in the points' characters."""
    pattern = _joined_demand_re()
    added: list[RawPoint] = []
    for p in out.get(asp.CHALLENGE, []):
        m = pattern.search(text, p.start, p.end)
        if m is None or m.start() - p.start < JOINED_PROBLEM_CHARS:
            continue
        tail = text[m.end():p.end]
        verb = asp.cue_pattern("turn_proposal_verb").match(tail)
        if verb is None or len(tail) - verb.end() < JOINED_DEMAND_CHARS or not (
                asp.has_cue(tail, "modal") or asp.prose_aspect(tail) == asp.RECOMMENDATION):
            continue
        a, b = _trim(text, m.end(), p.end)
        p.start, p.end = _trim(text, p.start, m.start())
        if b > a and not any(q.start < b and q.end > a for q in out.get(asp.RECOMMENDATION, [])):
            added.append(RawPoint(asp.RECOMMENDATION, a, b, p.score, p.heading))
    if added:
        out.setdefault(asp.RECOMMENDATION, []).extend(added)
        out[asp.RECOMMENDATION].sort(key=lambda q: q.start)


def _pronoun_demand_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                           review: int) -> None:
    """In place: a council member's demand that a pronoun opens (:func:`pronoun_demand`, read against the sentences
    before it) gives one recommendation (:func:`_add_items`); sentences of a reviewer's comment (from ``review``) give
    none. Linear in the sentences."""
    added: list[tuple[int, int]] = []
    texts: list[str] = []
    for s in sentences:
        if s.kind != "sentence":
            texts.append("")
            continue
        sentence = text[s.start:s.end]
        if s.start < review:
            added.extend((s.start + a, s.start + b) for a, b in pronoun_demand(sentence, texts))
        texts.append(sentence)
    _add_items(text, out, asp.RECOMMENDATION, added, max_chars)


def speaker_wish(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of a person's wish in minutes or a transcript: the sentence
    opens (past spaces) with a person's speaker label (:func:`speaker_label_end`: ``居民张女士：``) and the turn after
    it with a wish or a proposal (``qa_wish_opener`` cue group: 希望, 建议, 恳请 …): the turn from the opener to the
    sentence's end; else ``[]`` (p28recall). A question gives none. O(label) past one strip."""
    x = len(sentence) - len(sentence.lstrip())
    k = speaker_label_end(sentence, x, len(sentence))
    if not k or not sentence.startswith(tuple(asp.lexicon().words("qa_wish_opener")), k):
        return []
    if sentence.rstrip().endswith(("？", "?")):
        return []
    return [(k, len(sentence.rstrip()))]


def _speaker_wish_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                         review: int) -> None:
    """In place: every sentence before ``review`` that is a person's wish in a speaker's turn (:func:`speaker_wish`:
    ``居民张女士：希望加强小区绿化，增加休闲设施。``) gives a recommendation unless one found so far overlaps it
    (:func:`_add_items`), wherever the sentence stands (minutes put the residents' turns under a section heading of
    their own). Linear in the sentences."""
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.RECOMMENDATION, speaker_wish)


#: A first clause that is a speaker (at most :data:`summarizer.aspects.PROPOSAL_SPEAKER_CHARS` characters) and a proposal
#: verb (建议, 提议, 呼吁, 倡议), then its comma or colon (``某委员建议，``; ``邵某建議：``) or straight the action
#: (``某协会呼吁增加…``, ``工党建议政府扩大…``: recall31; :func:`speaker_proposal` asks that the words after it open
#: with an action): no mark inside the speaker; not after a negation or 的 (不建议, 他的建议 name no proposal made).
#: Anchored, bounded.
_SPEAKER_PROPOSAL = re.compile(r"\s{0,4}(?P<who>[^，,；;。！？!?：:、\n「」“”\"]{1,%d}?)(?<![不未没無无的之])"
                               r"(?:建议|建議|提议|提議|呼吁|呼籲|倡议|倡議)(?P<mark>\s{0,2}[，,：:])?" % asp.PROPOSAL_SPEAKER_CHARS)


#: A "speaker" that is only a list marker (``（四）``, ``• ``, ``3.``): the proposal verb opens a list item.
_MARKER_ONLY = re.compile(r"[\s•·\-*（）()\[\]【】〔〕0-9０-９一二三四五六七八九十第、.．]*")
#: The marks that end a speaker's proposal sentence (a head line has none; a question is no proposal).
_PROPOSAL_END = ("。", "！", "!", "；", ";", "”", "」")
#: A quoted sentence: an end mark right before a closing quotation mark (``“…孤寂。”``), which a quoted term has not.
_QUOTED_SENTENCE = re.compile("[。！？!?][”」]")


def speaker_proposal(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of a speaker's proposal that a news report or minutes give as
    the speaker, a proposal verb and its comma (``王委员建议，完善A制度，构建B体系。``; ``某董事长建議：鼓勵企業…``; or no
    comma, ``某协会呼吁增加…``): the words after the verb (and its comma) to the sentence's end, when the sentence read whole prescribes
    (:func:`summarizer.aspects.prose_aspect` is a recommendation: the proposal opens with an action); else ``[]``.
    Such a sentence is a recommendation wherever it stands, also under a crosshead or after a lead-in that names
    problems (a story's problems, then what a deputy proposes of them: kinds30). A question gives none. O(speaker)
    past one aspect reading of the sentence."""
    m = _SPEAKER_PROPOSAL.match(sentence)
    if m is None or m.group("mark") is None and _MARKER_ONLY.fullmatch(m.group("who")):
        return []  # (（四）建议增加…, • 呼吁完善…: a list item's marker before the verb is no speaker)
    a = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip())
    line_end = sentence.find("\n", a)
    body = sentence[:line_end if line_end >= 0 else len(sentence)].rstrip()
    said = body[a:]
    if not body.endswith(_PROPOSAL_END) or any(c in said[:len(said.rstrip("”」\"’")) - 1] for c in "。！？!?") \
            or _QUOTED_SENTENCE.search(said):
        # (a head line, 某代表建议：为…做好保障, with no end mark: the story's body gives the proposals; a question; two
        # sentences, or a head line the cleaner ran into the quoted sentence that opens the story, …保障“随着…孤寂。”)
        return []
    # (the verb's own clause after the comma opens with an action, maybe after its actor, 政府推动…: 报告有以下建议：第一，…
    # names a list, proposes nothing)
    clause = sentence[a:_clause_end(sentence, a)]
    v = m.end("who")
    if asp._mask_non_modals(sentence[:v + 2])[v:v + 2].strip() != sentence[v:v + 2]:
        return []  # (高质量的代表建议，既体现在…: 代表建议, 以下建议 name proposals, the modal_exclusion group)
    if not (asp._modal_actions("建议" + clause) or _asks_action(clause)) or asp.prose_aspect(body) == asp.CHALLENGE \
            or asp._prose_deficits(clause):
        return []
    if len(body) - a < ENUM_ITEM_CHARS:
        return []
    return _proposal_measures(body, a) if len(body.rstrip("".join(_PROPOSAL_END))) - a > PROPOSAL_SPLIT_CHARS \
        else [(a, len(body))]


#: The verbs of a member's demand in a report of several members' turns (:func:`speakers_demands`); after the
#: verbs of proposing (:data:`_PROPOSING_VERBS`) and of saying (促请, 呼吁: :data:`summarizer.aspects._SAYING_OPENER`)
#: the demand starts past the verb, after the others at it (``要求交通局…`` keeps the verb, as the gold does).
_TURN_DEMAND_VERBS = ("要求", "促请", "吁请", "敦促", "恳请", "呼吁", "希望", "建请", "建议", "提议", "倡议")
_PROPOSING_VERBS = ("建议", "提议", "倡议")
#: Most characters of the speaker that opens a turn (``陈贵忠``, ``王议员``, ``民建联议员李某``).
TURN_SPEAKER_CHARS = 8
#: A clause that opens a speaker's turn: past spaces, a speaker of two to :data:`TURN_SPEAKER_CHARS` characters (CJK
#: letters or a middle dot; no modal, negation, 的, 被 or conjunction among them), an optional adverb (则, 也, 亦, 另, 更),
#: then a demand verb (``王议员要求…``, ``张议员则建议…``). Anchored, bounded.
_TURN_OPENER = re.compile(r"\s{0,2}[^\W\d_要应须需不没未无的之和与及并或被在对将把为从向以]"
                          r"[^\W\d_要应须需不没未无的之和与及并或被]{1,%d}?(?:则|也|亦|另|更|还)?(?P<verb>%s)"
                          % (TURN_SPEAKER_CHARS - 1, "|".join(_TURN_DEMAND_VERBS)))
#: A later clause of a turn that opens with its demand (``…，要求工务部门…``, ``…，也呼吁…``). Anchored, bounded.
_TURN_DEMAND = re.compile(r"\s{0,2}(?:则|也|亦|另|更|还|并)?(?P<verb>%s)" % "|".join(_TURN_DEMAND_VERBS))
#: A proposal's object moved before its verb with 将/把 after 可 (``建议可将航程延后二小时``): an act proposed.
_DISPOSAL_PROPOSAL = ("可将", "可把", "可以将", "可以把")
#: Words that open a clause as a list's ordinal, not a speaker (``一是希望…``, ``其次要求…``).
_ORDINAL_OPENER = re.compile(rf"\s{{0,2}}(?:{_RUN_IN_ORDINAL}|首先|其次|再次|最后|此外|另外|同时)")
_TURN_CLAUSE_END = re.compile(r"[，,；;。！!]|$")
#: Fewest demand turns of :func:`speakers_demands`.
SPEAKERS_TURNS = 2
#: The marks of :data:`_TURN_CLAUSE_END` that end a sentence (not a clause): a sentence whose first mark is one of
#: them has one clause, so one turn (:func:`speakers_demands`).
_ONE_CLAUSE_END = ("。", "！", "!")


def _noun_of_verb(sentence: str, v0: int, v1: int) -> bool:
    """Whether the verb ``sentence[v0:v1]`` is part of a longer word that is no modal or verb of demand (``代表建议的``,
    ``检察建议``: the ``modal_exclusion`` group blanks it together with a character next to it; the bare 要求, which
    the group blanks alone, stays a verb). Bounded: four characters around the verb."""
    w0 = max(0, v0 - 4)
    masked = asp._mask_non_modals(sentence[w0:v1 + 4])
    if masked[v0 - w0:v1 - w0] == sentence[v0:v1]:
        return False
    before = v0 > w0 and masked[v0 - w0 - 1] == " " and not sentence[v0 - 1].isspace()
    after = v1 < len(sentence) and v1 - w0 < len(masked) and masked[v1 - w0] == " " and not sentence[v1].isspace()
    return before or after


#: A clause that turns against what was said before it: a comma, an adversative (不过, 但是, 然而 …) and its optional
#: comma. Bounded.
_REPLY_TURN = re.compile(r"[，,]\s{0,2}(?:不过|但是|然而|可是|只是|但)[，,]?")
#: Words of saying or stating a position (an official's reply before the turn: ``局长强调有兴建需要``).
_REPLY_VERBS = ("强调", "表示", "指出", "认为", "回应", "答复", "说明", "坦言", "解释", "称")
#: ``search`` for the leftmost of :data:`_REPLY_VERBS` in a text (:func:`demand_after_reply`).
_REPLY_VERB_SEARCH = re.compile("|".join(map(re.escape, _REPLY_VERBS))).search


#: The speaker's demand after the turn (:func:`demand_after_reply`): as :data:`_TURN_OPENER`, but the speaker may be
#: one character, a surname the report uses after its first mention (``不过，郭要求…``). Anchored, bounded.
_REPLY_DEMANDER = re.compile(r"\s{0,2}[^\W\d_要应须需不没未无的之和与及并或被在对将把为从向以]"
                             r"[^\W\d_要应须需不没未无的之和与及并或被]{0,%d}?(?:则|也|亦|另|更|还)?(?P<verb>%s)"
                             % (TURN_SPEAKER_CHARS - 1, "|".join(_TURN_DEMAND_VERBS)))


def demand_after_reply(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``, Simplified view) of a speaker's demand that turns against the
    position stated before it in the same sentence (``交通局长强调有兴建需要，不过，郭要求局长为自己的政策负责``:
    council news, issue 8, Part 59's 3039): a clause opened by an adversative (:data:`_REPLY_TURN`) whose speaker
    opens with a demand verb (:data:`_TURN_OPENER`: 要求, 促请, 建议 …) and asks for an act (:func:`_asks_action` or a
    modal), after words of saying (:data:`_REPLY_VERBS`: the reply the demand answers); the demand runs from its
    speaker to the sentence's end. ``[]`` otherwise, and for a question. Linear in the sentence (one bounded match
    per adversative)."""
    body = sentence.rstrip()
    if body.endswith(("？", "?")):
        return []
    said_at = _REPLY_VERB_SEARCH(body)  # (the leftmost verb: the smallest of the verbs' first offsets; speed40)
    if said_at is None:
        return []
    said = said_at.start()
    for m in _REPLY_TURN.finditer(body, said):
        x = _skip_trim(body, m.end(), len(body))
        end = _TURN_CLAUSE_END.search(body, x)
        opener = _REPLY_DEMANDER.match(body, x, end.start() if end else len(body))
        if opener is None:
            continue
        obj = body[opener.end("verb"):opener.end("verb") + FINDING_DEMAND_FIX_CHARS].lstrip("，,：: ")
        if len(obj) < UNLINKED_MIN_CHARS or obj.startswith(("的", "是")):
            continue  # (但王议员要求的是…: the demand named, not made)
        if opener.group("verb") in _PROPOSING_VERBS + ("希望",) and not (_asks_action(obj) or asp.holds_modal(obj)):
            continue  # (但他希望大家理解: a wish that asks for no act)
        a, b = _trim(body, x, len(body.rstrip("。！!")))
        return [(a, b)] if b > a else []
    return []


def speakers_demands(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each speaker's demand when one sentence of a report gives the
    turns of several speakers (``陈某要求校长遴选作业要严谨；张某倡议单位主管要多拜会；李某以某路为例，要求工务部门
    强化审图``; ``王议员要求…，李议员促请…，张议员则建议…``), or ``[]`` (kinds32, Part 47's council news).

    A turn starts at the sentence start, after each ``；`` and at each ``，``-clause that a speaker opens with a demand
    verb (:data:`_TURN_OPENER`); its demand is its first clause that a speaker opens with such a verb or that opens
    with the verb (:data:`_TURN_DEMAND`: ``…，也呼吁要…``), and runs from the verb (past it and its comma for a verb
    of proposing or of saying, :data:`_TURN_DEMAND_VERBS`) to the turn's end. At least :data:`SPEAKERS_TURNS` turns with a demand,
    one of them opened by a speaker (not a list's ordinal, ``一是希望…``); a demand whose verb is part of a noun
    (``代表建议的质量``) or whose words after the verb name no act and prescribe nothing (:func:`_asks_action`,
    :func:`summarizer.aspects.holds_modal`, ``可将…``) is none; a question gives none. Linear in the
    sentence."""
    if sentence.rstrip().endswith(("？", "?")):
        return []
    if _TURN_CLAUSE_END.search(sentence).group() in _ONE_CLAUSE_END:
        return []  # (the sentence ends at its first clause: one turn, fewer than SPEAKERS_TURNS; speed40)
    clauses = []  # (start, end, follows a semicolon)
    a, semi = 0, True
    for m in _TURN_CLAUSE_END.finditer(sentence):
        clauses.append((a, m.start(), semi))
        semi = m.group() in "；;"
        a = m.end()
        if m.group() not in "，,；;":
            break  # (the sentence's end mark, or its end)
    turns: list[list[tuple[int, int, re.Match | None, bool]]] = []
    for x, y, semi in clauses:
        opener = _TURN_OPENER.match(sentence, x, y) if not _ORDINAL_OPENER.match(sentence, x, y) else None
        if semi or opener is not None or not turns:
            turns.append([])
        turns[-1].append((x, y, opener or _TURN_DEMAND.match(sentence, x, y), opener is not None))
    out: list[tuple[int, int]] = []
    spoken = False
    for turn in turns:
        first = next((c for c in turn if c[2] is not None), None)
        if first is None:
            continue
        verb = first[2]
        start = verb.start("verb")
        if verb.group("verb") in _PROPOSING_VERBS or asp._SAYING_OPENER.match(verb.group("verb")):
            # (促请…, 呼吁… alone read as a report whose speaker the span left out: the demand starts past them)
            start = verb.end("verb")
            while start < turn[-1][1] and sentence[start] in "，,：: ":
                start += 1
        end = turn[-1][1]
        v0, v1 = verb.start("verb"), verb.end("verb")
        if _noun_of_verb(sentence, v0, v1):
            continue  # (代表建议的质量, 检察建议: the verb's word is a noun, the modal_exclusion group)
        after = sentence[v1:_clause_end(sentence, v1)].lstrip("，,：: ")
        if not (_asks_action(after) or asp.holds_modal(after) or after.startswith(_DISPOSAL_PROPOSAL)):
            continue  # (…的建议内容: the words after the verb name no act and prescribe nothing)
        if end - start >= ENUM_ITEM_CHARS:
            out.append((start, end))
            spoken = spoken or first[3]
    return out if spoken and len(out) >= SPEAKERS_TURNS else []


#: A speaker's proposal longer than this (characters, the default longest point) is read measure by measure
#: (:func:`_proposal_measures`): one point would be cut and lose its last measures (kinds31).
PROPOSAL_SPLIT_CHARS = 60
_SEMI = re.compile("[；;]")
#: Connectives that open a later measure of a proposal (``…，同时加大…``, ``…，并在…给予…``).
_PROPOSAL_LINK = re.compile(r"\s{0,2}(?:同时还|同时|并且|并|还要|还|也要|也|另外|此外)?\s{0,2}")


def _proposal_measures(body: str, a: int) -> list[tuple[int, int]]:
    """The measures of a long proposal (``body[a:]``, after a speaker's ``建议，``): ``[start, end)`` offsets into
    ``body``, one per ``，``-clause that opens with a measure (past a connective, :data:`_PROPOSAL_LINK`:
    :func:`_run_measure`), a clause that does not (``让更多人了解…``) going on with the measure before it, up to a
    clause of the chain's aim (:data:`_DEMAND_GOAL`, :data:`_PURPOSE_TAIL`) or the end; the whole proposal,
    ``[(a, len(body))]``, when fewer than two measures result or the proposal holds a ``；`` (its parts are the
    measures). Linear in the proposal."""
    spans: list[list[int]] = []
    if _SEMI.search(body, a):
        return [(a, len(body))]  # (A，B；C，D: its ；-parts are the measures, read by the ；-part readers)
    for m in re.finditer(r"[^，,]+", body[a:]):
        x, y = a + m.start(), a + m.end()
        clause = body[x:y]
        if spans and (_DEMAND_GOAL.match(clause) or _PURPOSE_TAIL.match(clause) and "为" not in clause):
            break
        rest = clause[_PROPOSAL_LINK.match(clause).end():]
        if not spans or _run_measure(rest):
            spans.append([x, y])
        else:
            spans[-1][1] = y
    if len(spans) < 2:
        return [(a, len(body))]
    return [_trim(body, x, y) for x, y in spans]


#: Most characters between the benefactive 为 and its verb (``为农村供水工程建设和运行管护提供…``).
BENEFACTIVE_OBJECT_CHARS = 20


@lru_cache(maxsize=1)
def _benefactive_clause_re() -> re.Pattern[str]:
    """A clause that opens with a benefactive 为 and its beneficiary, then a ``benefactive_verb`` (提供, 创造, 搭建 …):
    ``为小型供水工程提供政策支持``. Anchored, bounded."""
    verbs = "|".join(map(re.escape, sorted(asp.lexicon().words("benefactive_verb"), key=len, reverse=True)))
    return re.compile(r"\s{0,2}为[^，,。；;：:！？!?为]{2,%d}?(?:%s)" % (BENEFACTIVE_OBJECT_CHARS, verbs))


#: A proposal verb that introduces a chain of measures after its comma or colon (``X建议，为A提供B，为C提供D。``).
#: Not after 的 (the noun: 拒绝考虑民间团体的倡议，为…).
_PROPOSAL_LEAD = re.compile(r"(?<![的之])(?:建议|建議|提议|提議|呼吁|呼籲|倡议|倡議)[，,：:]")


def benefactive_proposals(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the measures a proposer puts as benefactive clauses
    (``曹代表建议，为农村供水工程提供稳定资金来源，为小型工程运行提供政策支持。``: a proposal verb with its comma or
    colon, then clauses each opening with 为, a beneficiary and a ``benefactive_verb``: :func:`_benefactive_clause_re`),
    one per clause, from the first clause after the verb to the first clause of another shape; ``[]`` when the first
    clause is not one (p28recall). A question gives none. Linear in the sentence (one search, then one bounded match
    per clause)."""
    if sentence.rstrip().endswith(("？", "?")):
        return []
    m = _PROPOSAL_LEAD.search(sentence)
    if m is None:
        return []
    out: list[tuple[int, int]] = []
    pos = m.end()
    while pos < len(sentence) and _benefactive_clause_re().match(sentence, pos):
        end = _clause_end(sentence, pos)
        out.append((pos, end))
        if end >= len(sentence) or sentence[end] not in "，,；;":
            break
        pos = end + 1
    return out


#: A clause that turns from a problem to the fix asked for it (``…做得不够到位，建议增加绿化植被``; ``…，并建议扩大…``;
#: ``…，呼吁加强…``): a comma, an optional additive adverb, an ``appeal_after_problem`` verb. Bounded.
_APPEAL_TURN_LEAD = re.compile(r"[，,]\s{0,2}(?:并且|并|还|也|同时)?")
#: Openings of a lead-in clause before an appeal (针对上述问题，建议…; 为此，…): it names no problem of its own.
_APPEAL_LEAD_INS = ("针对", "对于", "对此", "为此", "鉴于", "面对", "围绕", "关于", "就")
#: Nouns that open a clause which only counts problems (问题很多, 困难不少): it states none of its own.
_PROBLEM_COUNT_NOUNS = ("问题", "困难", "矛盾", "毛病")
#: Reporting verbs after which a resident's problem starts in a narrated turn (``另一位代表提到A不够到位``).
_PROBLEM_REPORT_VERBS = ("提到", "反映", "指出", "表示", "说", "就指", "又指", "亦指", "更指", "并指", "並指",
                         "认为", "認為", "批评", "批評")


#: Verbs that end a speaker's frame before a colon (``网友留言：``, ``居民反映：``, ``王女士称：``): the words after the colon are
#: what the speaker says, not the body of a run-in label (:func:`_speaker_colon`).
_SPEAKER_COLON_VERBS = _PROBLEM_REPORT_VERBS + ("說", "留言", "称", "稱", "来信", "來信", "投诉", "投訴", "写道", "寫道")
#: Most characters before a colon that :func:`_speaker_colon` reads for the speaker's verb (past spaces).
SPEAKER_COLON_SCAN = 4


def _speaker_colon(body: str, colon: int) -> bool:
    """Whether the colon at ``body[colon]`` closes a speaker's frame: the text before it ends (within
    :data:`SPEAKER_COLON_SCAN` characters, spaces ignored) with a verb of :data:`_SPEAKER_COLON_VERBS` (``网友留言：``,
    ``有居民反映：``). Constant work."""
    head = body[max(0, colon - SPEAKER_COLON_SCAN - 2):colon].rstrip(" \u3000")
    return head.endswith(_SPEAKER_COLON_VERBS)


def _last_report_end(chain: str) -> int:
    """Offset in ``chain`` just past the last reporting verb of :data:`_PROBLEM_REPORT_VERBS` in it that is a word of
    its own (not ``说`` inside ``说明``, ``小说``: :func:`aspects.inside_word`; wrong32), or -1 when none is. Linear in
    the chain (each verb's occurrences are visited once, from the end)."""
    best = -1
    for w in _PROBLEM_REPORT_VERBS:
        i = chain.rfind(w)
        while i >= 0 and asp.inside_word(w, chain[max(0, i - 1):i], chain[i + len(w):i + len(w) + 1]):
            i = chain.rfind(w, 0, i)
        if i >= 0:
            best = max(best, i + len(w))
    return best


#: Adversatives that turn a chain to its finding (``A已研究，但B不足，建议…``: the finding starts after the turn).
_FINDING_TURNS = ("但是", "但", "可是", "然而", "不过", "不過", "惟", "只是")
#: A comma and the adversative that opens the clause after it (:func:`_after_last_turn`). Bounded.
_FINDING_TURN_RE = re.compile(r"[，,]\s{0,2}(?:%s)" % "|".join(_FINDING_TURNS))


def _after_last_turn(chain: str) -> int:
    """Offset in ``chain`` (clauses split by ``，``/``,``) just past the adversative (:data:`_FINDING_TURNS`) that opens
    the last of its clauses after the first to open with one (``虽然A取得进展，但B仍然薄弱`` -> the offset of B), or 0
    when none does. Linear in the chain (one forward scan)."""
    last = 0
    for m in _FINDING_TURN_RE.finditer(chain):
        last = m.end()
    return last


def _finding_chain_start(chain: str) -> int:
    """Where the problem starts in ``chain`` (the clauses before an appeal, from the sentence's start or its last
    ``；``/``：``; an offset into it, past a list marker or a bare sequence marker, 一方面，…, and from the last clause
    that turns, 但…: :data:`_FINDING_TURNS`), or -1 when the chain is no
    finding: more than :data:`FINDING_DEMAND_CLAUSES` clauses or :data:`FINDING_DEMAND_CHARS` characters (a
    paragraph's argument), or a clause of it that prescribes (a modal, an imperative), opens a condition, an example,
    a purpose (为…) or a lead-in (针对…), or frames a thought (``finding_demand_frame``). One clause is always a finding
    candidate (the caller tests that it states a shortfall). Linear in the chain."""
    def clauses(x: str) -> list[str]:  # (split at the full-width comma, or at the ASCII one where it has none)
        return x.split("，") if "，" in x else x.split(",")

    a = _FINDING_MARKER.match(chain).end()  # (a marker holds no comma: the chain's clauses are split as its rest's)
    parts = clauses(chain[a:])
    if len(parts) > 1 and parts[0].strip(_TRIM) in _COPULA_MARKERS:
        a += len(parts[0]) + 1
        parts = parts[1:]
    t = _after_last_turn(chain[a:])  # (…研究，但院舍需要土地，…: the finding is what the turn states)
    if t:
        a += t
        parts = clauses(chain[a:])
    if len(parts) == 1:
        return a
    if len(parts) > FINDING_DEMAND_CLAUSES or len(chain) - a > FINDING_DEMAND_CHARS:
        return -1
    for x in (y.strip(_TRIM) for y in parts):
        if (not x or asp.modal_strength(x) or asp.strong_modal(x) or asp.starts_imperative(x)
                or x.startswith(_APPEAL_LEAD_INS + _COPULA_MARKERS + ("为", "當", "当")) or _FINDING_SEQUENCE.match(x)
                or asp.opens_condition(x) or asp.has_cue(x, "example") or asp.has_cue(x, "finding_demand_frame")):
            return -1
    return a


#: A bare 望 that opens a clause after a comma (``…，存在安全隐患，望相关部门能给予解决``): a plea as 希望 is, read by
#: :func:`problem_then_appeal` only there (in a word, 失望, 展望, 望着, it is none), its act read as any plea's.
_CLAUSE_PLEA = ("望",)


def problem_then_appeal(sentence: str) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """A sentence that states a problem and then asks for its fix in the next clause (``另一位代表提到A做得不够到位，
    建议增加B``; ``A年久失修，并建议C``): ``(problem, fix)`` spans (offsets into ``sentence``; ``problem`` None when
    the clause before only reports a problem with no shortfall of its own stated: ``有居民提出A不足的问题，并建议B``),
    or None (p28recall). The fix is the clause chain after the first comma that opens (past 并/还/也/同时) with an
    ``appeal_after_problem`` verb (建议, 呼吁, 希望 …) whose first clause opens with an imperative verb, maybe after an
    actor of at most :data:`OWN_ACTOR_CHARS` characters (``政府优化…``; not a means: 希望以再次发声回报社会), to the
    sentence's end (from the verb on for 希望/要求 or an actor after the verb: ``建议政府优化…``); the problem runs
    from the last reporting verb of the clauses before it (from the sentence's start or its last ``；``/``：``) or,
    with none, is the one clause before it (more clauses give the fix alone), and the clause before the appeal must
    state a shortfall (:func:`_shortfall_clause`, :func:`_states_problem`)
    or end with a reported problem noun (…的问题); its problem starts after a reporting verb when one stands in it
    (提到, 反映 …). None for a question, or when the clause before prescribes (a modal). Linear in the sentence."""
    body = sentence.rstrip()
    if body.endswith(("？", "?")):
        return None
    if not asp.has_cue(body, "appeal_after_problem") and "望" not in body:
        return None  # (the fix opens with such a verb: one scan before the walk over the commas, speed26)
    verbs = asp.longest_first("appeal_after_problem") + _CLAUSE_PLEA
    for m in _APPEAL_TURN_LEAD.finditer(body):
        if not body.startswith(verbs, m.end()):
            continue
        v = next(w for w in verbs if body.startswith(w, m.end()))
        k = m.end() + len(v)
        if asp.inside_word(v, body[:m.end()], body[k:]):
            continue  # (…，冀鲁豫陕晋5省有…: the 冀 of Hebei, no plea)
        k += 1 if body.startswith(("，", ",", "：", ":"), k) else 0
        c0 = max(body.rfind(ch, 0, m.start()) for ch in "，,；;：:") + 1
        clause = body[c0:m.start()]
        c1 = max(body.rfind(ch, 0, m.start()) for ch in "；;：:\n") + 1
        chain = body[c1:m.start()]
        first = body[k:_clause_end(body, k)].strip()
        if (not (actor_then_act(first) or hedged_act(first) or asp.news_demand(v + first))
                or asp.modal_strength(clause) or asp.strong_modal(clause)):
            return None  # (the fix's first clause opens with an imperative verb, maybe after an actor: 政府优化…)
        # (the problem runs from the last reporting verb, 有市民反映，A单一 -> A单一, or from the chain's start)
        j = _last_report_end(chain)
        if j < 0 and c1 and body[c1 - 1] in "：:" and not _speaker_colon(body, c1 - 1):
            # (after a run-in label, 路灯问题：A，B，希望C: one clause only,
            # the label's reader keeps the rest; a label is never in a point; not after a speaker's colon,
            # 网友留言：A，B，希望C, whose words are the chain: Part 61's 3140)
            j = c0 - c1 if c0 == c1 else -1
        elif j < 0:  # (no reporting verb: the problem is the chain of finding clauses before the appeal, mixed31)
            j = _finding_chain_start(chain)
            if j >= 0 and c0 != c1 and problem_then_demand(body) is not None:
                return None  # (走访发现，A不及时，建议B: a finding and its demand, read by problem_then_demand)
        problem = chain[j:].strip(_TRIM)
        if problem.startswith(_APPEAL_LEAD_INS) or any(w in problem for w in ("上述", "以上", "这些", "此类")):
            return None  # (针对上述问题，建议…: a lead-in that points back, no problem of its own)
        # (the verb stays with a wish, 希望拓宽…, and before an actor, 建议政府优化…; it goes before a bare
        # imperative, 建议增加绿化植被 -> 增加绿化植被)
        keep = v in ("希望", "要求", "望") or not asp.starts_imperative(body[k:_clause_end(body, k)].lstrip())
        fix = (m.end() if keep else k, len(body.rstrip(_TRIM + "。！!")))
        last = clause.strip(_TRIM)
        if (j >= 0 and len(problem) >= ENUM_ITEM_CHARS and not problem.startswith(_PROBLEM_COUNT_NOUNS)
                and (_shortfall_clause(last) or _states_problem(last))):
            lead = len(chain[j:]) - len(chain[j:].lstrip(_TRIM))
            return (c1 + j + lead, c1 + j + len(chain[j:].rstrip(_TRIM))), fix
        if clause.rstrip().endswith(("的问题", "等问题", "的困难")):
            return None, fix
        if asp.news_demand(v + first):
            # (…，会影响学生接受教育的质素，希望教育局确保…: a wish addressed to an authority is the fix asked for
            # whether or not the clause before states a shortfall by its cue words; w71, Part 71's 3754)
            return None, fix
        return None
    return None


#: A closing copula clause that names the measures before it as someone's duty (``…，是政府必须要进行的事情``, ``…，是
#:当局应该做的工作``): 是, at most 12 characters of an actor, a modal, at most 8 characters of its verb, 的 and a noun of
#: a task, at the sentence's end. Bounded.
_DUTY_TAIL = re.compile(r"\s{0,2}是[^，,。；;：:！？!?]{0,12}?(?:必须|应当|应该|需要|亟需|亟须|务必|应|要)"
                        r"[^，,。；;：:！？!?]{0,8}?的(?:事情|事|工作|任务|责任)\s*$")


def problem_then_duty(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A sentence that states a problem, then the measures against it with no modal of their own, and closes by naming
    them someone's duty (:data:`_DUTY_TAIL`: ``现时车辆总数已超出道路承载能力，大量尾气排放亦产生严重的环保问题，持续优化
    路面，鼓励居民使用公交，是政府必须要进行的事情``; Part 59's 3055): ``(problem, fix)`` spans (offsets into ``sentence``,
    Simplified view), or None. The problem runs from the sentence's start (or its last ``；``/``：``) to its last clause
    that states a problem (:func:`_shortfall_clause`, :func:`_problem_clause`), at most :data:`FINDING_DEMAND_CLAUSES`
    clauses and :data:`FINDING_DEMAND_CHARS` characters, none of them prescribing; the fix is every clause after it to
    the sentence's end, the duty clause included, at least one measure clause and at most
    :data:`FINDING_DEMAND_FIX_CHARS` characters before the duty clause, none stating a problem. Linear in the sentence."""
    body = sentence.rstrip().rstrip("。！!")
    if not body.endswith(("事情", "事", "工作", "任务", "责任")):
        return None
    k = max(body.rfind("，"), body.rfind(","))
    if k <= 0 or not _DUTY_TAIL.match(body, k + 1):
        return None
    start = max(body.rfind(ch, 0, k) for ch in "；;：:\n") + 1
    spans: list[tuple[int, int]] = []  # the clauses before the duty clause
    pos = start
    while pos < k:
        end = min(_clause_end(body, pos), k)
        spans.append((pos, end))
        pos = end + 1
    last = -1  # index of the last clause that states a problem
    for i, (a, b) in enumerate(spans):
        c = body[a:b].strip(_TRIM)
        if _shortfall_clause(c) or _problem_clause(c):
            last = i
    if last < 0 or last + 1 >= len(spans) or last + 1 > FINDING_DEMAND_CLAUSES:
        return None
    a0 = spans[0][0] + len(body[spans[0][0]:spans[0][1]]) - len(body[spans[0][0]:spans[0][1]].lstrip(_TRIM))
    a0 = _FINDING_MARKER.match(body, a0).end()
    p_end = spans[last][1]
    if p_end - a0 > FINDING_DEMAND_CHARS or any(asp.modal_strength(body[a:b].strip(_TRIM))
                                                or asp.strong_modal(body[a:b]) for a, b in spans[:last + 1]):
        return None
    f0 = spans[last + 1][0]
    f0 += len(body[f0:k]) - len(body[f0:k].lstrip(_TRIM))
    if k - f0 > FINDING_DEMAND_FIX_CHARS or any(_problem_clause(body[a:b].strip(_TRIM)) for a, b in spans[last + 1:]):
        return None
    return (a0, len(body[:p_end].rstrip(_TRIM))), (f0, len(body.rstrip(_TRIM)))


def _problem_then_appeal_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                                max_chars: int, review: int) -> None:
    """In place: a sentence before ``review`` that states a problem and asks for its fix in one breath
    (:func:`problem_then_appeal`), or names the measures against it someone's duty (:func:`problem_then_duty`), or a
    finding and the demand it makes (:func:`problem_then_demand`; that demand's
    point is marked :attr:`RawPoint.demand`, never widened back over its finding), gives the fix as a recommendation
    and the problem as a challenge (:func:`_add_items`: a point of either aspect that lumps both gives way; a
    challenge that runs on into the fix ends with the problem). Linear in the sentences."""
    fixes: list[tuple[int, int]] = []
    problems: list[tuple[int, int]] = []
    demands: set[int] = set()  # (starts of the fixes problem_then_demand found)
    requested: set[int] = set()  # (starts of the findings before a request, 请以上责任单位加快…: Part 58)
    for s in sentences:
        if s.start >= review or "，" not in s.text and "," not in s.text:
            continue
        # (a heading only as a finding with its demand: a budget centre's or an audit's headline list, 一、A執行率偏低，
        # 允宜檢討B, whose every item is a line with no end mark; oversight33)
        found = problem_then_appeal(s.text) if s.kind == "sentence" else None
        if found is not None:
            demands.add(s.start + found[1][0])
        if found is None:
            found = problem_then_demand(s.text) or (problem_then_duty(s.text) if s.kind == "sentence" else None)
            if found is not None:
                demands.add(s.start + found[1][0])
                if s.text.startswith("请", found[1][0]):
                    requested.add(s.start + found[0][0])
        if found is None:
            continue
        if found[0] is not None:
            problems.append((s.start + found[0][0], s.start + found[0][1]))
        fixes.append((s.start + found[1][0], s.start + found[1][1]))
    # (a measure found so far that runs from the problem into the fix, 有市民反映，A单一，希望B, starts at the fix)
    _start_at_spans(out[asp.RECOMMENDATION], fixes)
    _add_items(text, out, asp.RECOMMENDATION, fixes, max_chars)
    for p in out[asp.RECOMMENDATION] if demands else ():
        p.demand = p.demand or p.start in demands
    if problems:
        # (a challenge found so far that runs from the reporter into the problem, 另一位代表提到A不够到位, starts at it;
        # one that runs on from the finding into its demand, A不足，宜检讨改善, ends with the finding: kinds29)
        _start_at_spans(out[asp.CHALLENGE], problems)
        _end_at_spans(out[asp.CHALLENGE], problems)
        _add_items(text, out, asp.CHALLENGE, problems, max_chars)
        for p in out[asp.CHALLENGE] if requested else ():
            p.finding = p.finding or p.start in requested


#: The frame of what an inspecting body found, right before the finding in its sentence (try46): ``…履职中发现，``,
#: ``检查发现：``, or a sentence that opens with ``经查，`` / ``经调查，`` / ``经核查，`` (a 检察建议书, an audit, a
#: supervision notice states its findings so). Matched on at most the 16 characters before the point: bounded.
_FOUND_BEFORE = re.compile(r"(?:发现|經查|经查|经调查|經調查|经核查|經核查|经检查|經檢查|经审计|經審計)[，,：:]\s{0,2}$")
#: A paper's or a scholar's finding (研究发现，…): their view, no inspection (left to the model's review).
_STUDY_FINDING = re.compile(r"研究|学者|學者|文献|文獻|报道|報導")


#: Fewest characters of a prose sentence (a sentence, not a heading, that ends with :data:`_FIRM_ENDS`) whose point
#: :func:`_mark_veto_exempt` may mark ``firm``: a title line or a short slogan (``推动经济发展``, ``明确责任``) is left to
#: the model's veto, which drops such rule points mostly rightly (model47: with the shipped model, 60 of 73 points the
#: mark kept on ids < 5680 were wrong before this bound).
FIRM_SENTENCE_CHARS = 15
#: Fewest characters of a point :func:`_mark_veto_exempt` may mark ``firm`` (``改革后`` opening a sentence is no measure).
FIRM_POINT_CHARS = 8
#: The end marks of a prose sentence (:data:`FIRM_SENTENCE_CHARS`).
_FIRM_ENDS = ("。", "！", "!", "；", ";")


def _mark_veto_exempt(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                      regions: list[str | None] | None = None) -> None:
    """Keep from the learned model's veto the points whose own sentence says what they are, in one pass over the
    points (one sentence lookup each; the veto reads the ``finding`` and ``demand`` flags):

    - a challenge that follows, in its sentence, an inspecting body's frame of finding (:data:`_FOUND_BEFORE`:
      ``本院在履职中发现，A``, ``经调查，B``; try46) is a ``finding``: what an inspection states it found is the
      document's problem, however plain its words. A study's finding (``研究发现，``) is not marked;
    - a point whose sentence opens (past a list marker, :data:`_FINDING_MARKER`) with a run-in label naming the point's
      own aspect (:func:`summarizer.aspects.run_in_label`: ``整改措施：A``, ``存在问题：B``) that ends where the point
      starts is a ``demand`` (a recommendation) or a ``finding`` (a challenge): the author named the entry's aspect, as
      a self-inspection's fields do (:func:`_problem_fix_field`, whose entries are kept so already), wherever the entry
      stands (a rectification report's ``整改措施：`` under a numbered problem; the model refitted on ids <= 5319 vetoed
      such a measure, 2026-12-06).

    And it marks ``firm`` (the veto then needs :data:`summarizer.aspect_model.FIRM_VETO`, a model very sure) a point
    that opens its sentence (past a list marker, :data:`_FINDING_MARKER`), a prose sentence of at least
    :data:`FIRM_SENTENCE_CHARS` characters that ends with an end mark, and states its aspect in that aspect's own
    form (model47: the model refitted on ids <= 5319 vetoed six of seven subjectless 申论 measure sentences):

    a recommendation that opens as an imperative measure (:func:`summarizer.aspects.prescribes_measure`:
    ``建立健全…机制，…``, ``要加大…``), in no problems region (``regions``: :func:`sentence_regions`, per sentence), of at
    least :data:`FIRM_POINT_CHARS` characters and in a run: the sentence before or after it holds such a point too
    (申论 prose lists its measures sentence after sentence; a lone imperative sentence in a news report or a title-like
    line is left to the model, which vetoes such points mostly rightly: with the shipped model, 36 of the 42 points
    kept on ids < 5680 without the run were wrong). A stated problem in a problems section (a shortcoming word,
    :func:`summarizer.aspects.challenge_strength`, in a run) was measured too and is left to the model: with the
    shipped file it kept four wrong points on ids < 5680 and no gold one, with the refit on ids <= 5319 nothing moved
    on ids 5320-5679 (the refit's faults on prose problems were the sentence selector's veto, model47).

    ``text``: the essay's cleaned text, which the points' and sentences' offsets index. O(points × log sentences),
    each test on at most 16 characters (the frame) or ``2 * ASPECT_LABEL_CHARS`` (the label), and the point's first
    clause or its text (the firm forms)."""
    starts = [s.start for s in sentences]
    limit = 2 * asp.ASPECT_LABEL_CHARS
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        stated: dict[int, list[RawPoint]] = {}  # (sentence index -> the points stated in the aspect's form there)
        for p in out[aspect]:
            if p.demand or p.finding:
                continue
            i = bisect.bisect_right(starts, p.start) - 1
            if i < 0:
                continue
            s0 = sentences[i].start
            if (regions is not None and p.start - s0 <= 8 and sentences[i].kind == "sentence"
                    and len(sentences[i].text) >= FIRM_SENTENCE_CHARS and sentences[i].text.endswith(_FIRM_ENDS)
                    and p.end - p.start >= FIRM_POINT_CHARS
                    and _FINDING_MARKER.match(text, s0, p.start).end() == p.start):
                region = regions[i] if i < len(regions) else None
                if (aspect == asp.RECOMMENDATION and not (region is not None and region.endswith(asp.CHALLENGE))
                        and asp.prescribes_measure(simplified_view(text[p.start:p.end]))):
                    stated.setdefault(i, []).append(p)
            if p.start <= s0:
                continue
            if aspect == asp.CHALLENGE:
                before = text[max(s0, p.start - 16):p.start]
                if _FOUND_BEFORE.search(before) and not _STUDY_FINDING.search(before):
                    p.finding = True
                    continue
            if p.start - s0 > limit + 8:
                continue
            label = _run_in_label_at(text, s0, p.end)
            if label is None or label[0] != aspect or text[label[1]:p.start].strip():
                continue
            if aspect == asp.RECOMMENDATION:
                p.demand = True
            else:
                p.finding = True
        for i, points in stated.items():  # (a run: the sentence before or after states one of the same form)
            if i - 1 in stated or i + 1 in stated:
                for p in points:
                    p.firm = True


def problem_fix_section(heading: str) -> bool:
    """Whether a section ``heading`` (its marker excluded, Simplified view) names the problems found and then what is
    done about them (a self-inspection's ``存在问题及整改情况``, ``存在的问题及整改措施``): at most
    :data:`PROBLEM_FIX_HEADING_CHARS` characters, a challenge section noun (:func:`summarizer.aspects.heading_cues`)
    joined (:data:`_PROBLEM_FIX_JOINT`: 及, 与, a comma) to a word of the ``rectification_section`` cue group (整改,
    整改情况) that ends the heading. Not an essay's ``困境与对策``, whose sections argue at length, nor a statement
    (``严格问题整改``, ``部分问题整改不彻底``). Constant work (a bounded heading)."""
    h = heading.strip().rstrip(_TRIM)
    if len(h) > PROBLEM_FIX_HEADING_CHARS:
        return False
    first = next((e for e, a in asp.heading_cues(h) if a == asp.CHALLENGE), None)
    if first is None:
        return False
    m = _PROBLEM_FIX_JOINT.match(h, first)
    return m is not None and h[m.end():] in asp.lexicon().words("rectification_section")


#: What joins a problems noun to the rectification noun after it in a section heading (``存在问题及整改情况``,
#: ``存在问题，整改情况``, ``问题与整改``). Anchored, bounded.
_PROBLEM_FIX_JOINT = re.compile(r"\s{0,2}(?:及其|以及|及|与|和|暨|、|，|,|和相关|及相应的?)\s{0,2}")


#: Most clauses of a problem that :func:`problem_then_fix` reads before its fix.
PROBLEM_FIX_CLAUSES = 3


#: Adverbs of completion that open a clause reporting a fix already made (``已安排专业培训``, ``现已整改``).
_DONE_FIX_OPENERS = ("目前已", "现已", "均已", "已经", "已")


def done_fix_clause(clause: str) -> bool:
    """True when ``clause`` (one clause, stripped, Simplified view) reports a fix already made: it opens with an adverb
    of completion (:data:`_DONE_FIX_OPENERS`: 已, 已经, 现已) and what follows states no shortcoming
    (:func:`summarizer.aspects.challenge_strength`, :func:`summarizer.aspects.states_shortfall`: ``已无法满足需求``,
    ``已严重老化`` go on stating the problem). In a self-inspection's problems-and-fixes list (``部分教师的专业技能有待
    提升，已安排专业培训；``) such a clause is the item's fix, split from its problem (Part 63's 3297). Linear in
    ``len(clause)``."""
    opener = next((w for w in _DONE_FIX_OPENERS if clause.startswith(w)), None)
    if opener is None:
        return False
    rest = clause[len(opener):].lstrip()
    if len(rest) < 2 or not ("\u4e00" <= rest[0] <= "\u9fff"):
        return False
    return not (asp.challenge_strength(rest) or asp.states_shortfall(rest) or asp._prose_deficits(rest))


def problem_then_fix(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``(problem, fix)`` spans (offsets into ``sentence``, Simplified view) of an item of a problems-and-fixes
    section (:func:`problem_fix_section`) that states the problem and the fix in one sentence with no modal
    (``(一)宿舍卫生较差,加强宿管员培训,每天检查评比。``): the problem is the clauses (at most
    :data:`PROBLEM_FIX_CLAUSES`, past a list marker) before the first clause that opens with an imperative verb
    (:func:`summarizer.aspects.starts_imperative`: 加强, 完善), none of them prescribing (a modal or an imperative);
    the fix runs from that clause to the sentence's end. None when the sentence opens with the fix, holds no such
    clause or is a question. Linear in the sentence (one scan over its clauses)."""
    body = sentence.rstrip()
    if body.endswith(("？", "?")):
        return None
    a = _FINDING_MARKER.match(body).end()
    pos, clauses = a, 0
    while pos < len(body):
        end = _clause_end(body, pos)
        c = body[pos:end].strip()
        if clauses and body[pos - 1] in "，," and (asp.starts_imperative(c) or done_fix_clause(c)):
            lead = len(body[pos:end]) - len(body[pos:end].lstrip())
            core = body[a:pos - 1].rstrip(_TRIM)
            fix_end = len(body.rstrip(_TRIM + "。！!"))
            if len(core) < ENUM_ITEM_CHARS or fix_end <= pos + lead:
                return None
            return (a, a + len(core)), (pos + lead, fix_end)
        if end < len(body) and body[end] not in "，," or not c or asp.starts_imperative(c) \
                or asp.modal_strength(c) or asp.strong_modal(c):
            return None  # (a problem of one clause chain only; one that prescribes has no problem before its fix)
        clauses += 1
        if clauses > PROBLEM_FIX_CLAUSES:
            return None
        pos = end + 1
    return None


def _problem_fix_points(structure: Structure, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                        max_chars: int) -> None:
    """In place: under a section heading that names the problems and their fixes (:func:`problem_fix_section`: a
    self-inspection's ``二、存在问题及整改情况``), each sentence that states a problem and then its fix
    (:func:`problem_then_fix`) gives the problem as a challenge and the fix as a recommendation, a point that lumped
    both ending with the problem or starting at the fix (p60, Part 60's 3114); the heading itself names the section
    and is no point. n log n in the sections, sentences and points."""
    text = structure.text
    sections = [(it.heading_end, it.end, it.start) for it in structure.items
                if it.end > it.heading_end and problem_fix_section(structure.heading(it))]
    sections += _problem_fix_heading_sentences(text, sentences)
    if not sections:
        return
    starts = [s.start for s in sentences]
    problems: list[tuple[int, int]] = []
    fixes: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []
    fields: list[tuple[int, int]] = []  # (the entries after a field label, 问题：… / 整改措施：…)
    done: set[int] = set()  # (the starts of fixes told as done, 已安排专业培训)
    for a, b, head in sections:
        heads.append((head, a))
        k = bisect.bisect_left(starts, a)
        while k < len(sentences) and sentences[k].start < b:
            s = sentences[k]
            k += 1
            if s.kind != "sentence":
                continue
            field = _problem_fix_field(text, s.start, min(s.end, b))
            if field is not None:
                (problems if field[0] == asp.CHALLENGE else fixes).append(field[1:])
                fields.append(field[1:])
                continue
            found = problem_then_fix(text[s.start:min(s.end, b)])
            if found is not None:
                problems.append((s.start + found[0][0], s.start + found[0][1]))
                fixes.append((s.start + found[1][0], s.start + found[1][1]))
                if done_fix_clause(text[fixes[-1][0]:fixes[-1][1]]):
                    done.add(fixes[-1][0])
    heads.sort()
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        out[aspect] = [p for p in out[aspect] if not _overlaps_any(heads, p.start, p.end, inside=True)]
    if not fixes:
        return
    problems = sorted(set(problems))  # (a section read both as a structure item and as a heading sentence)
    fixes = sorted(set(fixes))
    fields = sorted(set(fields))
    field_starts = {a for a, _ in fields}
    _end_at_spans(out[asp.CHALLENGE], problems)
    _start_at_spans(out[asp.RECOMMENDATION], fixes)
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION) if fields else ():
        _start_at_spans(out[aspect], fields)  # (1.问题：A: a point that holds the label starts at its entry)
    _add_items(text, out, asp.RECOMMENDATION, fixes, max_chars)
    _add_items(text, out, asp.CHALLENGE, problems, max_chars)
    # (the report's own field labels name each entry's aspect: no model veto, and a fix is never widened back
    # over its problem, as a finding's demand is not)
    for p in out[asp.RECOMMENDATION] if fields else ():
        p.demand = p.demand or p.start in field_starts
    for p in out[asp.CHALLENGE] if fields else ():
        p.finding = p.finding or p.start in field_starts
    for p in out[asp.RECOMMENDATION] if done else ():
        p.done_fix = p.done_fix or p.start in done


def _problem_fix_field(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """``(aspect, a, b)`` of a sentence ``text[start:end]`` of a problems-and-fixes section that opens with a field
    label naming an aspect (:func:`summarizer.aspects.run_in_label`), past a list marker (:data:`_FINDING_MARKER`):
    a self-inspection states each item as its fields, ``1.问题：A。整改措施：B。`` on one line or ``问题：A。`` and
    ``整改措施：B。`` run on, and each field is a point of the aspect its label names (``[a, b)``: the entry after the
    label to the sentence's end, end marks trimmed; offsets into ``text``). None for another sentence or an entry of
    fewer than :data:`LABEL_ENTRY_MIN_CHARS` characters. Bounded: an anchored marker and label."""
    label = _run_in_label_at(text, start, end)
    if label is None:
        return None
    pa, pb = _trim(text, label[1], end)
    if pb - pa < LABEL_ENTRY_MIN_CHARS:
        return None
    return label[0], pa, pb


def _run_in_label_at(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``(aspect, entry start)`` of a run-in field label naming an aspect (:func:`summarizer.aspects.run_in_label`:
    ``整改措施：``, ``存在问题：``) that opens ``text[start:end]`` past a list marker (:data:`_FINDING_MARKER`); the entry
    start is the offset into ``text`` just past the label. None when no such label opens the span. The one reading of
    an entry's label for :func:`_problem_fix_field` and :func:`_mark_veto_exempt`. Bounded: an anchored marker and at
    most ``2 * ASPECT_LABEL_CHARS`` characters."""
    a = _FINDING_MARKER.match(text, start, end).end()
    label = asp.run_in_label(text[a:min(end, a + 2 * asp.ASPECT_LABEL_CHARS)])
    if label is None or label[1] not in (asp.CHALLENGE, asp.RECOMMENDATION):
        return None
    return label[1], a + label[0]


#: A section heading's numbering at a sentence's start (``二、``, ``（二）``, ``2.``), by kind: the next sentence that
#: opens with numbering of the same kind ends the section. The list-line reader's patterns
#: (:data:`summarizer.sentences.NUMBER_MARKERS`). Anchored, bounded.
_SECTION_NUMBERING = re.compile(r"\s{0,3}(?:" + "|".join(f"(?P<{family}>{pattern})"
                                                       for family, pattern in NUMBER_MARKERS.items()) + ")")
#: Most sentences a problems-and-fixes heading sentence (:func:`_problem_fix_heading_sentences`) reads on.
PROBLEM_FIX_SENTENCES = 12
#: Most characters of such a heading past its numbering.
PROBLEM_FIX_HEADING_CHARS = 24


def _problem_fix_heading_sentences(text: str, sentences: list[Sentence]) -> list[tuple[int, int, int]]:
    """``(body start, body end, heading start)`` of each problems-and-fixes section whose heading is a numbered
    sentence of its own (``…汇总如下:一、自查情况:…。二、存在问题,整改情况。(一)…`` run on in one paragraph, where no
    structure item is read; :func:`problem_fix_section`): the body runs over the sentences after it up to the next
    heading line, the next sentence numbered as the heading is (``三、``) or :data:`PROBLEM_FIX_SENTENCES` sentences.
    Linear in the sentences (each read once as a heading and at most that many times as a body)."""
    found = []
    for i, s in enumerate(sentences):
        m = _SECTION_NUMBERING.match(text, s.start, s.end)
        if m is None:
            continue
        head = text[m.end():s.end].strip(_TRIM)
        if not head or len(head) > PROBLEM_FIX_HEADING_CHARS or not problem_fix_section(head):
            continue
        end = s.end
        for t in sentences[i + 1:i + 1 + PROBLEM_FIX_SENTENCES]:
            n = _SECTION_NUMBERING.match(text, t.start, t.end)
            if t.kind == "heading" or n is not None and n.lastgroup == m.lastgroup:
                break
            end = t.end
        if end > s.end:
            found.append((s.end, end, s.start))
    return found


#: Most characters of the finding before the demand that :func:`problem_then_demand` reads (a longer chain is a
#: paragraph's argument, not one finding with its demand).
FINDING_DEMAND_CHARS = 90
#: Most clauses of that finding, and most characters of its demand (a longer run is a paragraph's argument or a page
#: whose items run on with no sentence end).
FINDING_DEMAND_CLAUSES = 4
#: An ordinal that opens an item of a sequence (``一是…``, ``第二，``, ``其三``): a measure's or an argument's item,
#: no finding. Bounded.
_FINDING_SEQUENCE = re.compile(rf"(?:{_RUN_IN_ORDINAL})")
FINDING_DEMAND_FIX_CHARS = 60
#: A list marker before a finding (``•六、``, ``（三）``, ``2.``): not part of the finding's point. Bounded.
_FINDING_MARKER = re.compile(r"[•·●○◆◇■□▪▶►*\-\s]{0,3}(?:[（(]?[一二三四五六七八九十0-9]{1,3}[）)、.．][^\S\n]{0,2})?")


#: Most characters after a need cue within which a 的 makes it a relative clause (``亟待解决的问题``), not a demand.
NEED_RELATIVE_CHARS = 6


def _need_demand(clause: str) -> bool:
    """True when ``clause`` (one clause, stripped) opens with a ``finding_need_modal`` cue (需, 亟待, 还需 …) and an
    imperative verb right after it (``需进一步促进…``, ``亟待补齐…``), or a public body it is asked of and a verb
    (:data:`_NEED_AGENT`: ``亟待主管机关盘点…``, ``亟待政府正视…``): a demand with no subject of its own, not a need
    stated as a fact (``需要大量资金``) nor a relative clause (``亟待解决的问题``: a 的 within
    :data:`NEED_RELATIVE_CHARS` characters of the cue). Bounded: a few ``startswith`` tests and one bounded verb test."""
    v = next((w for w in asp.longest_first("finding_need_modal") if clause.startswith(w)), None)
    if v is None or "的" in clause[len(v):len(v) + NEED_RELATIVE_CHARS]:
        return False  # (亟待解决的问题, 需要关注的群体: a relative clause names a problem, it demands nothing)
    if asp.starts_imperative(clause[len(v):len(v) + 40]):
        return True
    # (亟待主管机关盘点需求, 亟待政府正视并因应: the authority it is asked of, then what it is asked to do, whatever
    # the verb; not 需要政府的支持, a need stated)
    agent = _NEED_AGENT.match(clause, len(v))
    rest = clause[agent.end():agent.end() + 2] if agent is not None else ""
    return len(rest) == 2 and not rest.startswith(("的", "之")) and all("\u4e00" <= ch <= "\u9fff" for ch in rest)


#: The authority a need is asked of right after its cue (``亟待卫生主管机关``, ``亟待政府``, ``需要相关部门``): at most
#: six characters before a word naming a public body. Bounded.
_NEED_AGENT = re.compile(r"[^，,。；;：:！？!?的\s]{0,6}?(?:机关|機關|部门|部門|政府|当局|當局|单位|單位|机构|機構)")


#: A public body that opens a demand's clause as its subject (``政府相关部门允宜…``, ``主管机关应…``): at most six
#: characters before a word naming a body, as long as it goes (greedy). Bounded.
_DEMAND_BODY = re.compile(r"[^，,。；;：:！？!?的\s]{0,6}(?:机关|機關|部门|部門|政府|当局|當局|单位|單位|机构|機構)")


#: A request addressed to the bodies that must act (``请以上责任单位``, ``请各相关部门``): 请, at most eight characters
#: (no clause mark, no 的) and a word naming a public body. Bounded.
_REQUEST_ADDRESSEE = re.compile(r"请[^，,；;：:！？!?的\s]{0,8}?(?:机关|機關|部门|部門|政府|单位|單位|机构|機構"
                                r"|乡镇|鄉鎮|街道|企业|企業)")


def _request_demand(clause: str) -> bool:
    """Whether ``clause`` (stripped, Simplified view) is a supervision notice's request to the bodies it names (``请以上责任单位加快工作
    节奏``, ``请各相关部门抓紧整改``; Part 58): :data:`_REQUEST_ADDRESSEE`, then two Han characters of a verb (not 的):
    a demand after a finding as a modal's is. Bounded."""
    m = _REQUEST_ADDRESSEE.match(clause)
    rest = clause[m.end():m.end() + 2] if m is not None else ""
    return len(rest) == 2 and not rest.startswith(("的", "之")) and all("\u4e00" <= ch <= "\u9fff" for ch in rest)


def _opens_with_demand_modal(clause: str, modals: tuple[str, ...]) -> bool:
    """Whether ``clause`` (stripped) opens with a ``finding_demand_modal`` cue as a modal (``modals``, longest first:
    ``宜检讨改善``), also after a public body as its subject (:data:`_DEMAND_BODY`: ``政府相关部门允宜研谋…``;
    oversight33, a budget centre's headlines). Bounded."""
    if clause.startswith(modals) and asp.modal_strength(clause):
        return True
    body = _DEMAND_BODY.match(clause)
    rest = clause[body.end():] if body is not None else ""
    return rest.startswith(modals) and bool(asp.modal_strength(rest))


#: Fewest characters of a programme's name (``推动城乡特色产业园区发展计画``) before its plan noun (:func:`_named_plan_finding`).
PLAN_NAME_MIN_CHARS = 4


def _named_plan_finding(clause: str) -> bool:
    """Whether ``clause`` (stripped), which opens with an imperative verb, is a finding on a programme named by its
    verb phrase rather than a demand: a ``plan_name_noun`` (计画, 方案, 项目 …) ends the name after at least
    :data:`PLAN_NAME_MIN_CHARS` characters and what follows it states a shortfall (:func:`_shortfall_clause`,
    :func:`_problem_clause`): ``推动城乡特色产业园区发展计画预算执行率未如预期`` (a budget review's finding on the
    plan 推动…计画; Part 59's 3059), not ``推动产业园区计画`` (a demand: nothing stated after the name). Bounded by
    the clause: one scan per plan noun."""
    best = -1
    for w in asp.lexicon().words("plan_name_noun"):
        k = clause.find(w, PLAN_NAME_MIN_CHARS)
        if k != -1 and (best == -1 or k + len(w) < best):
            best = k + len(w)
    if best == -1:
        return False
    rest = clause[best:].strip(_TRIM)
    return len(rest) >= 2 and (_shortfall_clause(rest) or _problem_clause(rest))


def problem_then_demand(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A sentence that states a finding and then demands its fix of the same subject after a comma, with no subject of
    its own (``部分机构采购比率未达目标值，应积极谋求改善``; ``专科医师不足，恐不利业务拓展，宜检讨改善``; audit and
    inspection reports, kinds29): ``(problem, fix)`` spans (offsets into ``sentence``, Simplified view), or None. The
    fix is the first clause that opens with a ``finding_demand_modal`` cue (应, 宜, 必须 …; a modal, not a lookalike:
    :func:`summarizer.aspects.modal_strength`) or a need with its verb (:func:`_need_demand`: 需进一步促进…) up to
    the sentence's end, at most :data:`FINDING_DEMAND_FIX_CHARS`
    characters; the problem runs from the sentence's start (or its last ``；``/``：`` before the fix; past a list
    marker, :data:`_FINDING_MARKER`) to the comma before it: at most :data:`FINDING_DEMAND_CLAUSES` clauses and
    :data:`FINDING_DEMAND_CHARS` characters, a clause of it states a shortfall (:func:`_shortfall_clause`,
    :func:`_problem_clause`), and none of its clauses prescribes (a modal, an imperative, a prohibition), opens a
    condition, an example or a purpose (为…), or frames a thought (``example`` and ``finding_demand_frame`` cue
    groups). None for a question. Linear in the sentence (one scan over its clauses)."""
    body = sentence.rstrip()
    if body.endswith(("？", "?")) or not (asp.has_cue(body, "finding_demand_modal")
                                         or asp.has_cue(body, "finding_need_modal") or "请" in body):
        return None
    modals = asp.longest_first("finding_demand_modal")
    c1 = pos = relayed_finding_start(body)  # (监察院…纠正某县政府，认为A，应检讨改进: the finding is A, issue 8)
    clauses: list[str] = []
    while pos < len(body):
        end = _clause_end(body, pos)
        clause = body[pos:end]
        lead = len(clause) - len(clause.lstrip())
        c = clause.strip()
        if clauses and body[pos - 1] in "，," and (
                _opens_with_demand_modal(c, modals)
                and not asp._prose_deficits(c)  # (提案质量参差不齐，建议缺乏可操作性: 建议 the subject of a fault, kinds30)
                or _need_demand(c) or _request_demand(c)):
            a = c1 + len(body[c1:pos]) - len(body[c1:pos].lstrip(_TRIM))
            a = _FINDING_MARKER.match(body, a).end()
            a += _after_last_turn(body[a:pos - 1])  # (虽然A取得进展，但B仍然薄弱，仍需…: the finding is B, mixed31)
            core = body[a:pos - 1].rstrip(_TRIM)
            fix_end = len(body.rstrip(_TRIM + "。！!"))
            if (ENUM_ITEM_CHARS <= len(core) <= FINDING_DEMAND_CHARS and len(clauses) <= FINDING_DEMAND_CLAUSES
                    and fix_end - pos - lead <= FINDING_DEMAND_FIX_CHARS
                    and any(_shortfall_clause(x) or _problem_clause(x.strip(_TRIM)) for x in clauses)
                    and not any(w in core for w in ("上述", "以上", "这些", "此类"))
                    and not any(x.startswith(_APPEAL_LEAD_INS + _COPULA_MARKERS + ("为", "當", "当"))
                                or _FINDING_SEQUENCE.match(x) or asp.opens_condition(x)
                                or asp.starts_imperative(x) and not _named_plan_finding(x)
                                for x in (y[_FINDING_MARKER.match(y).end():] for y in clauses))
                    and not asp.has_cue(core, "prose_prohibition") and not asp.has_cue(core, "example")
                    and not asp.has_cue(core, "finding_demand_frame")):
                return (a, a + len(core)), (pos + lead, fix_end)
            return None
        if end < len(body) and body[end] in "；;：:\n" or not clauses and c in _COPULA_MARKERS:
            c1, clauses = end + 1, []  # (一方面，A有待平衡，需…: the finding starts after a bare sequence marker)
        elif (asp.modal_strength(c) and not _named_plan_finding(c[_FINDING_MARKER.match(c).end():])
              or asp.strong_modal(c)):
            return None  # (the chain already prescribes: no finding before the demand; 推动…计画执行率偏低 is a finding)
        else:
            clauses.append(c)
        pos = end + 1
    return None


def _end_at_spans(points: list[RawPoint], spans: list[tuple[int, int]]) -> None:
    """In place: a point that starts inside one of ``spans`` (sorted (start, end) offsets into the text) and ends past
    it ends at that span's end (a finding's point that ran on into its demand). O(len(points) log len(spans))."""
    for p in points if spans else ():
        k = bisect.bisect_right(spans, (p.start, float("inf"))) - 1
        if k >= 0 and spans[k][0] <= p.start < spans[k][1] < p.end:
            p.end = spans[k][1]


def _start_at_spans(points: list[RawPoint], spans: list[tuple[int, int]]) -> None:
    """In place: a point that starts before the next of ``spans`` (sorted (start, end) offsets into the text) and ends
    inside it starts at that span's start. O(len(points) log len(spans))."""
    for p in points if spans else ():
        k = bisect.bisect_right(spans, (p.start, float("inf")))
        if k < len(spans) and p.start < spans[k][0] < p.end <= spans[k][1] + 1:
            p.start = spans[k][0]


def _framed_problem_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                           review: int, region_at) -> None:
    """In place: a sentence of no region or of the problems' region (``region_at``) that frames an enumeration of
    problems (:func:`framed_problems`) gives one challenge per item that no challenge found so far overlaps; a
    challenge that lumps two items or more gives way to them. Sentences of a reviewer's comment (from ``review``) give
    none. In the problems' region only an enumeration longer than a point (from its first item's start to its last
    item's end, more than ``max_chars`` characters: :func:`long_framed_problems`) is split: one point cut at
    ``max_chars`` would lose its last items, while a shorter one already holds every item (kinds31)."""
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.CHALLENGE, framed_problems, region_at)

    def outside_problems(pos: int) -> str | None:  # (a sentence of the problems' region reads as one of no region)
        return None if region_at(pos) == asp.CHALLENGE else "other"

    _sentence_spans_points(text, sentences, out, max_chars, review, asp.CHALLENGE,
                           partial(long_framed_problems, max_chars=max_chars), outside_problems)


#: The verdict clause that closes an oversight body's list of failings (Control Yuan corrections, audit and ombudsman
#: findings: ``…未依规定通报、调查作业未尽周延，均有违失。``, ``…舆情蒐处未周，皆有未当``, ``海大也核有疏失``): a
#: subject of at most eight characters, an adverb of scope or judgment, 有/属 and a noun of fault, then the
#: sentence's end (Simplified view). Anchored at the end, bounded.
_FAULT_VERDICT = re.compile(r"[，,]\s{0,2}[^，,。；;：:！？!?]{0,8}?(?:均|皆|俱|核|显|洵|殊|确|实)?(?:有|属)(?:重大|严重|明显)?"
                            r"(?:违失|疏失|未当|不当|违误|怠失|失职)[。！!]?\s*$")
#: Most characters of the list of failings before such a verdict (a longer run is a paragraph's argument).
FAULT_LIST_CHARS = 400
#: A character that marks a failing in a piece of such a list (未…, 不足, 违反, 疑…, 欠…, 缺…, 却…, 迟至…): the list's
#: first piece without one is its context (``某校知悉该校教师涉嫌…``), no failing.
_FAULT_MARK = re.compile(r"[未不违疑欠缺失却迟无没漏延怠]")
#: Words that open a failing by turning against what was done (``然迄今各工程处仍各行其是``, ``惟测考单位…``, ``竟于…``):
#: a piece of the list that opens with one is a failing though it holds no :data:`_FAULT_MARK` (issue 8).
_FAULT_TURNS = ("然", "惟", "但", "竟", "却")
#: Words that open what a failing led to (``致多座桥梁…未能及早发现``): after a failing, such a piece goes on with it.
_FAULT_CONSEQUENCES = ("以致", "导致", "造成", "致使", "致", "危及")
#: A concession inside a piece (``该部虽于108年间订定检测作业手册``): what was done, the context of the failing after it.
_CONCESSION_MARK = re.compile(r"虽|尽管")


#: The verdict that closes an inspection's list of hazards (``检查发现，部分企业A、B、C、D，存在较大安全隐患``; Simplified
#: view): a comma, an optional adverb, a verb of existing and at most twelve characters of a modifier before 隐患 or
#: 风险. Bounded.
_HAZARD_VERDICT = re.compile(r"[，,]\s{0,2}(?:均|都|皆|仍|还|普遍)?(?:存在|存有|留有)(?:着|了)?[^，,。；;：:！？!?、]{0,12}?(?:隐患|风险)")
#: The finding of an inspection before such a list (检查发现, 查出, 排查中发现 …): the list is what it found.
_HAZARD_FINDING = re.compile(r"发现|查出|查实|检查|排查|暗访|抽查|督查|巡查")
#: Most characters of the list of hazards before such a verdict, and of one hazard in it.
HAZARD_LIST_CHARS = 200
HAZARD_ITEM_CHARS = 30


def verdict_hazards(sentence: str) -> list[tuple[int, int]]:
    """The hazards (``[start, end)`` offsets into ``sentence``) that an inspection finds and lists in one ``、`` run
    closed by its verdict (:data:`_HAZARD_VERDICT`: ``检查发现，部分企业灭火器配置不齐全、应急照明灯损坏、电线乱拉乱接、
    疏散通道堵塞，存在严重的消防隐患``): the run from the comma or colon before the verdict (or past a finding verb in
    it: ``发现``) to the verdict's comma, cut at each ``、``. The words before the run must report the finding
    (:data:`_HAZARD_FINDING`: 检查, 发现 …). ``[]`` for no verdict, no finding, fewer than two items, an item shorter
    than :data:`ENUM_ITEM_CHARS` or longer than :data:`HAZARD_ITEM_CHARS` characters, or a run over
    :data:`HAZARD_LIST_CHARS`. Each hazard is a challenge of its own (as an inspection news item's gold lists them).
    Linear in the sentence."""
    if "、" not in sentence:
        return []
    view = simplified_view(sentence)
    m = _HAZARD_VERDICT.search(view)
    if m is None:
        return []
    a = max(view.rfind(ch, 0, m.start()) for ch in "，,：:。；;") + 1
    if m.start() - a > HAZARD_LIST_CHARS:
        return []
    f = None
    for f in _HAZARD_FINDING.finditer(view, a, m.start()):
        pass
    if f is not None and view.startswith("发现", f.start()):
        a = f.end()  # (检查发现部分企业A、B: the list starts past the finding verb)
    elif _HAZARD_FINDING.search(view, max(0, a - 40), a) is None:
        return []
    pieces: list[tuple[int, int]] = []
    k = a
    for i in range(a, m.start() + 1):
        if i == m.start() or view[i] == "、":
            x, y = k, i
            while x < y and view[x] in _TRIM:
                x += 1
            pieces.append((x, y))
            k = i + 1
    if len(pieces) < 2 or any(not ENUM_ITEM_CHARS <= y - x <= HAZARD_ITEM_CHARS for x, y in pieces):
        return []
    return pieces

def _hazard_list_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                        review: int) -> None:
    """In place: each sentence before ``review`` whose inspection finding lists hazards before a verdict
    (:func:`verdict_hazards`) gives one challenge a hazard (added by :func:`_add_items`: a window lumping them gives
    way), and a challenge that starts at the verdict itself (``存在较大安全隐患，一旦发生火灾…``) is dropped: it only
    sums up the hazards listed. Linear in the sentences."""
    added: list[tuple[int, int]] = []
    verdicts: list[tuple[int, int]] = []
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        spans = verdict_hazards(text[s.start:s.end])
        if spans:
            added.extend((s.start + a, s.start + b) for a, b in spans)
            verdicts.append((s.start + spans[-1][1], s.end))
    if not added:
        return
    _add_items(text, out, asp.CHALLENGE, added, max_chars)
    starts = [a for a, _ in verdicts]

    def at_verdict(p: RawPoint) -> bool:
        k = bisect.bisect_right(starts, p.start) - 1
        return k >= 0 and p.start < verdicts[k][1]

    out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE] if not at_verdict(p)]

#: A paragraph's run-in advice heading that pairs what to do with what not to do (``讲成绩要实，不搞虚空飘浮。``,
#: ``找根源要深，不搞隔靴搔痒。``; Simplified view): a topic of at most eight characters, 要 and a short standard, a
#: comma, then a verb of refusal (不搞, 不做, 防止, 切忌 …) and the course refused, the whole sentence. Anchored at
#: both ends, bounded.
_PAIRED_ADVICE = re.compile(
    r"\s{0,2}[^，,。；;：:！？!?\s]{1,8}要[^，,。；;：:！？!?\s]{1,6}[，,]\s{0,2}"
    r"(?:不搞|不做|不当|不图|不走|不求|不要|不能|不可|防止|杜绝|切忌|莫)[^，,。；;：:！？!?\s]{2,10}[。！!；;]?\s*")


def paired_advice(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``) of the sentence itself when it is a run-in advice heading of the
    form ``X要A，不搞B`` (:data:`_PAIRED_ADVICE`): a commentary's parallel headings name its advice, the refused course
    B a foil of the advice, no challenge of the essay's own. ``[]`` otherwise. Linear in the sentence."""
    view = simplified_view(sentence)
    if _PAIRED_ADVICE.fullmatch(view) is None:
        return []
    a, b = _trim(sentence, 0, len(sentence))
    return [(a, b)] if b > a else []


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` opens its line: only blanks (spaces, tabs, ideographic spaces) stand
    between it and the line break before it, or the text's start. Linear in those blanks."""
    k = start
    while k > 0 and text[k - 1] in " \t\u3000":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _paired_advice_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int) -> None:
    """In place: a sentence before ``review`` that opens its paragraph (a line's first sentence) and is a paired
    advice heading (:func:`paired_advice`: ``摆数据要准，不搞估算凑数。``) gives a recommendation, added by
    :func:`_add_items` (a challenge over it, read from the refused course, is dropped); two such headings in the essay
    at least, as a commentary's parallel headings come (one alone may be a maxim in passing). Linear in the
    sentences."""
    added: list[tuple[int, int]] = []
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        if not _opens_paragraph(text, s.start):
            continue
        added.extend((s.start + a, s.start + b) for a, b in paired_advice(text[s.start:s.end]))
    if len(added) >= 2:
        _add_items(text, out, asp.RECOMMENDATION, added, max_chars)

#: A paragraph's run-in heading of two four-character phrases that name a duty (``遵纪守法，廉洁奉公。``, ``信守承诺，
#: 接受监督。``; Simplified view), the whole sentence. Anchored at both ends, bounded.
_DUTY_HEADING = re.compile(r"\s{0,2}[\u4e00-\u9fff]{4}[，,、]\s{0,2}[\u4e00-\u9fff]{4}[。！!；;]?\s*")
#: Fewest such headings in an essay (one alone may be a set phrase in passing).
DUTY_HEADINGS = 2


def duty_heading(sentence: str, body: str) -> bool:
    """Whether ``sentence``, the first sentence of its paragraph, is a run-in heading of paired four-character phrases
    (:data:`_DUTY_HEADING`: ``坚持原则，公道正派。``) that names a duty: it states no shortcoming
    (:func:`summarizer.aspects.challenge_strength`) and ``body``, the rest of its paragraph, prescribes (a modal word
    as a modal, :func:`summarizer.aspects.holds_modal_word`, or a strong modal: ``…在亲情与原则面前，应该坚持原则``).
    A village cadre's or a commentator's parallel headings so name the advice each paragraph argues; a work summary's
    (``加强学习，提高素质。`` over ``一年来，我认真学习…``) narrates what was done and holds no modal. Linear in the
    lengths."""
    view = simplified_view(sentence)
    if _DUTY_HEADING.fullmatch(view) is None or asp.challenge_strength(view):
        return False
    return asp.holds_modal_word(body) or asp.strong_modal(body)


def _duty_heading_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                         review: int) -> None:
    """In place: a sentence before ``review`` that opens its paragraph (a line's first sentence) and is a duty heading
    (:func:`duty_heading`, read with the rest of its line: ``遵纪守法，廉洁奉公。现阶段，…所以，遵纪守法…也应成为…``)
    gives a recommendation, added by :func:`_add_items`; :data:`DUTY_HEADINGS` such headings in the essay at least, as
    parallel headings come (Part 63's 3305). Linear in the sentences and the text (each line's rest read once)."""
    added: list[tuple[int, int]] = []
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or s.end - s.start > 16:
            continue
        if not _opens_paragraph(text, s.start):
            continue
        line_end = text.find("\n", s.end)
        body = text[s.end:line_end if line_end >= 0 else len(text)]
        if body.strip() and duty_heading(text[s.start:s.end], simplified_view(body)):
            a, b = _trim(text, s.start, s.end)
            if b > a:
                added.append((a, b))
    if len(added) >= DUTY_HEADINGS:
        _add_items(text, out, asp.RECOMMENDATION, added, max_chars)
        starts = {a for a, _ in added}
        for p in out[asp.RECOMMENDATION]:
            p.demand = p.demand or p.start in starts  # (the headings' parallel form names them: no model veto)


def verdict_failings(sentence: str) -> list[tuple[int, int]]:
    """The failings (``[start, end)`` offsets into ``sentence``) that an oversight body lists in one sentence closed by
    its verdict of fault (:data:`_FAULT_VERDICT`: ``某校未依法通报、且故意将事件通报为…、调查作业未尽周延公允；教育处
    沟通不足致生争端，均有违失。``): the run from the sentence's start (or past its last reporting verb: ``监委指出，``;
    or its last colon) to the verdict's comma, cut at each ``、``, ``，`` and ``；``; every piece of at least
    :data:`ENUM_ITEM_CHARS` characters is a failing, except a first piece with no mark of one (:data:`_FAULT_MARK`,
    :data:`_FAULT_TURNS`: the context the list opens with), a concession with no mark and the unmarked clauses after
    its commas (:data:`_CONCESSION_MARK`: ``该部虽于…订定手册，并办理相关讲习``: what was done), and a clause of what a
    failing led to after its comma (:data:`_FAULT_CONSEQUENCES`: ``…，致…未能及早发现，危及用路人安全``), which goes on
    with that failing (a correction's comma chain, issue 8, Part 59's 3051). ``[]`` for no such verdict, a run over :data:`FAULT_LIST_CHARS` characters or a
    single piece (a one-clause finding is read as any sentence is). Linear in the sentence."""
    view = simplified_view(sentence)
    m = _FAULT_VERDICT.search(view)
    if m is None:
        return []
    c1 = max(view.rfind(ch, 0, m.start()) for ch in "：:") + 1
    j = _last_report_end(view[c1:m.start()])
    a = c1 + j if j >= 0 else c1
    if m.start() - a > FAULT_LIST_CHARS:
        return []
    pieces: list[tuple[int, int]] = []
    k = a
    conceded = False  # (inside a concession's clauses: 该部虽于…订定手册，并办理相关讲习，| 然迄今…)
    for i in range(a, m.start() + 1):
        if i == m.start() or view[i] in "、，,；;":
            x, y = k, i
            while x < y and view[x] in _TRIM:
                x += 1
            after_comma = k > a and view[k - 1] in "，,"
            marked = _FAULT_MARK.search(view, x, y) is not None or view.startswith(_FAULT_TURNS, x)
            if not marked and _CONCESSION_MARK.search(view, x, y) is not None:
                conceded = True  # (a concession names what was done, the context of the failing after it)
            elif not marked and (conceded and after_comma or not pieces and k == a):
                pass  # (the list's opening context: 某校知悉该校教师涉嫌…)
            elif not marked and view.endswith(asp.lexicon().words("time_frame_end"), x, y):
                pass  # (a clause that only sets the time, 一、该部推动长照2.0以来，…: context after the item's number; try44)
            elif pieces and after_comma and view.startswith(_FAULT_CONSEQUENCES, x) and not conceded:
                pieces[-1] = (pieces[-1][0], y)  # (…流于形式，致…未能及早发现，危及用路人安全: what it led to, issue 8)
            elif y - x >= ENUM_ITEM_CHARS:
                pieces.append((x, y))
                conceded = False
            k = i + 1
    return pieces if len(pieces) >= 2 else []


def long_framed_problems(sentence: str, max_chars: int) -> list[tuple[int, int]]:
    """The items of each enumeration :func:`framed_problems` reads (``[start, end)`` offsets into ``sentence``) that
    runs over more than ``max_chars`` characters from its first item's start to its last item's end (``存在A、B、C、D等
    问题`` too long for one point); the items of shorter ones are left out. One enumeration's items follow each other
    with at most a ``、`` or 以及 between them. Linear in the sentence."""
    groups: list[list[tuple[int, int]]] = []
    for a, b in framed_problems(sentence):
        if groups and a - groups[-1][-1][1] <= len("以及"):
            groups[-1].append((a, b))
        else:
            groups.append([(a, b)])
    return [item for g in groups if g[-1][1] - g[0][0] > max_chars for item in g]


def _rejected_course_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                            review: int) -> None:
    """In place: a contrastive measure of the form 与其A，不如B (:func:`summarizer.aspects.contrastive_measure`) whose
    rejected course A states what goes wrong with it (``与其每个范畴都要照顾，却投资不足，摊子大但无一能完工，不如痛下
    决心，先把…解决``: a deficiency predicate or a verdict, :func:`summarizer.aspects._prose_deficits`,
    :func:`summarizer.aspects.states_verdict`) gives a challenge point for A (its cue window, :func:`cue_window`) beside
    the measure B (its cue window from the turn on), both added by :func:`_add_items` (a measure window over the
    whole sentence gives way to them). A contrast with
    不是A，而是B names a course rejected, no shortcoming: not read here. Sentences of a reviewer's comment (from
    ``review``) give none. Linear: one bounded search per sentence."""
    spans: list[tuple[int, int]] = []
    courses: list[tuple[int, int]] = []  # B of each such sentence: its measure, after A's challenge
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or "与其" not in s.text:
            continue
        lead = s.text.strip()
        shift = len(s.text) - len(s.text.lstrip())
        m = asp._contrast_re().search(lead)
        if m is None or m.group("rather") is None or not asp.contrastive_measure(lead):
            continue
        turn = lead.rfind("不如", m.start(), m.end())
        turn = lead.rfind("毋宁", m.start(), m.end()) if turn < 0 else turn
        a_text = lead[m.end("rather"):turn]
        if not (asp._prose_deficits(a_text) or asp.states_verdict(a_text)):
            continue
        a = s.start + shift + m.end("rather")
        b = s.start + shift + turn
        while b > a and text[b - 1] in "，,；; 倒还则":
            b -= 1
        wa, wb = cue_window(text, a, b, asp.CHALLENGE, max_chars)
        ra, rb = cue_window(text, s.start + shift + m.end(), s.end, asp.RECOMMENDATION, max_chars)
        if wb > wa and rb > ra:
            spans.append((wa, wb))
            courses.append((ra, rb))
    _add_items(text, out, asp.CHALLENGE, spans, max_chars)  # (a measure window over the whole sentence gives way)
    _add_items(text, out, asp.RECOMMENDATION, courses, max_chars)


#: A concession clause inside a sentence (``…，虽能自觉学习…，``): its connective opens a clause after a comma, and the
#: clause ends at the next comma (bounded: at most 40 characters).
_INNER_CONCESSION = re.compile(r"[，,]\s*(?:虽然|虽说|虽|尽管)[^，,。；;！？!?]{1,40}[，,]\s*(?:但是|但|可是|然而|不过|却)?\s*")


#: The adversative after which a challenge point's problem follows a clause granting that things go well
#: (``…总体平稳，但部分企业…``): a comma, the connective (not 但凡), an optional comma. Bounded.
_PRAISE_TURN = re.compile(r"[，,]\s*(?:但是|但(?!凡)|可是|然而|不过)[，,]?\s*")


def _states_granted(granted: str) -> bool:
    """Whether ``granted``, the words of a challenge point up to the end of a concession clause inside it, states a
    shortcoming of its own: some clause of it does (:func:`summarizer.aspects.challenge_strength`) that does more than
    announce problems (:func:`only_announces`: ``该政策推行中却面临多项挑战，以居家服务为例，虽然…，但…`` announces the
    problems and names its example; the finding follows the concession, part14fix21). Linear in ``granted``."""
    return any(asp.challenge_strength(c) and not only_announces(c) for c in _CLAUSE_SPLIT.split(granted) if c.strip())


def _past_concessions(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int) -> None:
    """In place: a challenge point whose words grant something in a concession clause after their subject before they
    state the problem (``我校领导班子在理论学习上，虽能自觉学习…，在一定程度上存在着学风不实…的问题``: a report's item,
    no 但 after the concession) starts after the concession, when the granted part before it states no shortcoming
    and the rest does (:func:`summarizer.aspects.challenge_strength`); its end is read again from there to the sentence
    end, within ``max_chars`` (:func:`shape`). A concession that opens the point is read by
    :func:`summarizer.aspects.concession_main`; a debunked appearance that opens it (``乍看之下，似乎…，但事实上，…``:
    :func:`summarizer.aspects.appearance_main`) is cut off when the main clause states a shortcoming: the look granted
    is no statement of the author's, whatever it names (part26fix). An overall verdict that things go well, granted
    before an adversative (``今年以来全市安全生产形势总体平稳，但部分企业主体责任落实不到位``: cue groups
    ``overall_positive``, ``praised_result``; :data:`_PRAISE_TURN`; not work reported done, ``已整改到位，但仍有…未…``,
    whose turn to what remains is the point whole, trialfix24b), is cut off the same way when the
    rest states a shortcoming (lead28). Linear: one bounded search per point."""
    starts = [s.start for s in sentences]
    for p in out[asp.CHALLENGE]:
        main = asp.appearance_main(text[p.start:p.end]) if ("似" in text[p.start:p.start + 20] or "看" in text[
            p.start:p.start + 20] or "表面" in text[p.start:p.start + 20]) else None
        if main is not None:
            rest = text[p.start + main:p.end]
            if asp.challenge_strength(rest) or asp.states_verdict(rest):
                p.start += main  # 乍看之下，似乎…，但事实上，这些措施未曾回应…: the debunked look granted is no point
                continue
        m = _INNER_CONCESSION.search(text, p.start, p.end)
        if m is None:
            t = _PRAISE_TURN.search(text, p.start, p.end)
            if t is not None and t.start() - p.start >= 4:
                granted, rest = text[p.start:t.start()], text[t.end():p.end]
                if ((asp.has_cue(granted, "overall_positive") or asp.has_cue(granted, "praised_result"))
                        and not _states_granted(granted)
                        and asp.challenge_strength(rest)):
                    p.start = t.end()  # 形势总体平稳，但部分企业…不到位: the verdict granted is no part of the problem
            continue
        k = bisect.bisect_right(starts, p.start) - 1
        if k < 0 or m.end() >= sentences[k].end:
            continue
        granted, rest = text[p.start:m.end()], text[m.end():sentences[k].end]
        if _states_granted(granted) or not asp.challenge_strength(rest):
            continue
        a, b = shape(text, m.end(), sentences[k].end, max_chars)
        if b > a:
            p.start, p.end = a, b


#: A clause break inside a sentence (a comma, an enumeration comma, a semicolon): a sentence cut after one is cut mid-way.
#: A line that opens with a list marker (a bullet, ``1、``, ``（2）``, ``三、``): a note's item, written with no full stop.
_LIST_LINE = re.compile(r"[ \t\u3000]{0,8}(?:[-*•·●▪◆■]|\d{1,2}[、.．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")
_INNER_BREAK = re.compile(r"[，,、；;]")


def _cut_off_end(text: str, sentences: list[Sentence]) -> int:
    """Where the clause cut off by the end of ``text`` starts (an offset into ``text``), or ``len(text)`` when the text
    ends whole. A page stored as its opening stops mid-sentence (``…要消除对老化的标签和歧视，政府应在人口``): the text
    ends with a Han character or an enumeration comma, no sentence end after it, and its last sentence holds a clause
    break before that end; the clause after the last break is cut, and no point may reach into it. A last line with
    no break (a heading, a byline, ``编辑 刘佳妮``), a list line (:data:`_LIST_LINE`: ``- 配备…，限定收摊时间``), a table
    row (a tab or an opening ``|`` on the last line: its cells close no sentence) and a text that writes no sentence end
    before its last sentence (a note of bullets) end whole. Linear in the text."""
    body = text.rstrip()
    if not body or not sentences or not (is_cjk(body[-1]) or body[-1] == "、"):
        return len(text)
    last = sentences[-1]
    if last.start >= len(body):
        return len(text)
    line = text.rfind("\n", 0, last.start) + 1
    if _LIST_LINE.match(text, line) or not any(c in SENTENCE_END for c in text[:last.start]):
        return len(text)  # (notes and bullets end with no full stop: a text that writes none, or a list line, ends whole)
    row = text.rfind("\n", 0, len(body)) + 1
    if "\t" in text[row:len(body)] or text.startswith("|", row):
        return len(text)  # (停车难 ⇥ … ⇥ 挖潜增设停车位，推行错时共享停车: a table's last row, its cells no sentences; fix42a)
    breaks = [m.end() for m in _INNER_BREAK.finditer(text, last.start, len(body) - 1)]
    return breaks[-1] if breaks else len(text)


def cut_off_end(text: str, sentences: list[Sentence]) -> int:
    """Where the clause cut off by the end of ``text`` (an essay's cleaned text, ``sentences`` its sentences) starts,
    or ``len(text)`` when the text ends whole: :func:`_cut_off_end`, for the summary stage (trialfix22b). Linear."""
    return _cut_off_end(text, sentences)


#: Most characters of a list lead-in clause read by :func:`_cut_list_lead_in` (before its colon, in its sentence).
CUT_LEAD_IN_CHARS = 40


def _cut_list_lead_in(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], cut_end: int,
                      max_chars: int) -> None:
    """In place: when the stored text is cut inside the list a prescribing lead-in announces (``因此，主管部门应提出
    具体改善方案：一，改``: the text ends in the list's first item, ``cut_end`` < ``len(text)``, :func:`_cut_off_end`),
    the lead-in clause before the colon is the measure the text still states (part14fix21; rule of 683 for the cut
    item itself): a recommendation from the lead-in's clause start to its colon, when that clause prescribes
    (:func:`summarizer.aspects.prescribes`), is at most :data:`CUT_LEAD_IN_CHARS` characters, and no recommendation
    point lies after the colon; a recommendation that runs from the lead-in over the colon into the cut item
    (``…改善方案：一``) is cut back to the colon instead. Offsets into ``text``; bounded: reads the last sentence only."""
    if not sentences:
        return
    last = sentences[-1]
    colon = max(text.rfind("：", last.start, cut_end), text.rfind(":", last.start, cut_end))
    if colon < 0:
        return
    spanning = [p for p in out[asp.RECOMMENDATION] if p.start < colon < p.end]
    if spanning:  # (the lead-in read as a measure with the cut item's number after its colon: the lead-in alone; p31rec)
        for p in spanning:
            p.start, p.end = _trim(text, p.start, colon)
        return
    if any(p.end > colon for p in out[asp.RECOMMENDATION]):
        return
    breaks = [m.end() for m in _CLAUSE_SPLIT.finditer(text, max(last.start, colon - CUT_LEAD_IN_CHARS), colon)]
    a, b = _trim(text, breaks[-1] if breaks else last.start, colon)
    if b - a >= MIN_POINT_CHARS and b - a <= CUT_LEAD_IN_CHARS and asp.prescribes(text[a:b]):
        a, b = shape(text, a, b, max_chars)
        out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))


#: Fewest problem items of one run after a sentence for :func:`_summary_sentences` to read the sentence as their summary.
SUMMARY_RUN_ITEMS = 3


def _summary_sentences(structure: Structure, roles: list[ItemRole | None], sentences: list[Sentence]) -> frozenset[int]:
    """Starts of the sentences that sum up a list of problem items right after them: for each run of at least
    :data:`SUMMARY_RUN_ITEMS` titled items read as challenge points (a Q&A answer's ``接通率低与渠道不畅`` ⏎ … headings), the
    last sentence that ends before the run's first item, when it frames an enumeration of two problems or more
    (:func:`framed_problems`: ``…仍存在电话难打通、派单不精准、…等突出短板，…``): a thesis that names the problems the
    headings then state (rule of 712). It gives no challenge of its own: the items are the points. n log n in the
    items and sentences, plus one reading of each such sentence."""
    runs: dict[tuple[int, int], list] = {}
    for it, role in zip(structure.items, roles):
        if role and role.aspect == asp.CHALLENGE and role.role == "point" and it.titled:
            # (bare heading lines are each a run of their own: siblings of the family ``line`` are read as one run)
            runs.setdefault((id(it.parent), it.run if it.run >= 0 else it.family), []).append(it)
    ends = [s.end for s in sentences]
    out = set()
    for run in runs.values():
        if len(run) < SUMMARY_RUN_ITEMS:
            continue
        first = min(it.start for it in run)
        k = bisect.bisect_right(ends, first) - 1
        while k >= 0 and sentences[k].kind != "sentence":
            k -= 1
        if k >= 0 and len(framed_problems(sentences[k].text)) >= 2:
            out.add(sentences[k].start)
    return frozenset(out)


def distributive_run_spans(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of a run of faults told one subject a ``；``-part
    (``部分地区存在…的现象：有的地方把A当成B；有的干部C，导致D；有的部门E，这些问题反映出…：一是…``), one per part, or
    ``[]``.

    The parts open with a distributive subject (``distributive_subject`` cue group: 有的, 有些; the first part after
    the lead-in's colon), at least :data:`DISTRIBUTIVE_RUN_PARTS` of them; a part ends before a clause that refers
    back to them (这些问题…, :func:`summarizer.aspects.refers_back_to_problems`) or a colon (the sentence goes on to a
    list of its own). At least one part states a problem (:func:`_part_states_problem`) and none prescribes (a modal):
    a run of what some do well, or of what each should do, is no run of faults. One pass over the sentence."""
    opener = asp.cue_pattern("distributive_subject")
    bounds = [0] + [m.end() for m in _PART_RE.finditer(sentence)] + [len(sentence)]
    spans = []
    for x, y in zip(bounds, bounds[1:]):
        x, y = _trim(sentence, x, y)
        if not spans:
            colon = _first_colon(sentence, x, y)
            if colon >= 0 and opener.match(sentence, colon + 1):
                x = colon + 1
        if y <= x or not opener.match(sentence, x):
            if spans:
                break  # the run ends at the first part told of no such subject
            continue
        end = y
        for m in _COMMA_RE.finditer(sentence, x, y):
            if asp.refers_back_to_problems(sentence[m.end():min(y, m.end() + 12)]):  # (the opening only: linear)
                end = m.start()
                break
        colon = _first_colon(sentence, x, end)
        if colon >= 0:
            end = colon
        spans.append(_trim(sentence, x, end))
    if len(spans) < DISTRIBUTIVE_RUN_PARTS:
        return []
    parts = [sentence[a:b] for a, b in spans]
    if not any(_part_states_problem(p) for p in parts) or any(asp.modal_strength(p) for p in parts):
        return []
    return spans


#: Most characters of the subject before a group's verb of discontent (:func:`discontent_run_spans`: 中产人士不满…).
DISCONTENT_SUBJECT_CHARS = 6


@lru_cache(maxsize=1)
def _discontent_part_re() -> re.Pattern[str]:
    """A ``；``-part that opens with a short subject (at most :data:`DISCONTENT_SUBJECT_CHARS` characters, no clause
    mark) and a ``discontent_verb`` word (不满, 抱怨)."""
    verbs = "|".join(map(re.escape, sorted(asp.lexicon().words("discontent_verb"), key=len, reverse=True)))
    return re.compile(r"[^，,；;：:、。！？!?\s]{1,%d}?(?:%s)" % (DISCONTENT_SUBJECT_CHARS, verbs))


def discontent_run_spans(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of a run of groups' discontents told one group a ``；``-part
    (``青年不满就业前景；老人不满医疗排队太久；小店东主不满租金高昂``), one per part, or ``[]``: at least
    :data:`DISTRIBUTIVE_RUN_PARTS` consecutive parts, each opening with a short subject and a ``discontent_verb``
    word (:func:`_discontent_part_re`; the first part may follow a lead-in's colon), none prescribing (a modal). What
    each group is dissatisfied with is a problem the commentary names, whatever words name it (现状, 入不敷支). One
    pass over the sentence (part15fix21)."""
    part = _discontent_part_re()
    bounds = [0] + [m.end() for m in _PART_RE.finditer(sentence)] + [len(sentence)]
    spans: list[tuple[int, int]] = []
    for x, y in zip(bounds, bounds[1:]):
        x, y = _trim(sentence, x, y)
        if not spans:
            colon = _first_colon(sentence, x, y)
            if colon >= 0 and part.match(sentence, colon + 1):
                x = colon + 1
        if y <= x or not part.match(sentence, x):
            if len(spans) >= DISTRIBUTIVE_RUN_PARTS:
                break
            spans = []
            continue
        spans.append((x, y))
    if len(spans) < DISTRIBUTIVE_RUN_PARTS or any(asp.modal_strength(sentence[a:b]) for a, b in spans):
        return []
    return spans


#: A clause that opens with a counted subject of an audit's or inspection's tally (``有46个县``, ``还有2.4亿元``,
#: ``有5400多户``, ``有2.1萬戶``): 有 (after 还/另/也), a number (digits or Chinese numerals, maybe 多/余 and 万/亿) and a
#: measure word or a currency unit. Bounded.
_COUNTED_SUBJECT = re.compile(
    r"(?:还|還|另|也)?有(?:\d+(?:\.\d+)?|[一二三四五六七八九十两兩百千]{1,4})(?:多|余|餘)?(?:万|萬|亿|億)?(?:多|余|餘)?"
    r"(?:家|个|個|户|戶|所|名|人|项|項|起|笔|筆|座|条|條|处|處|批|宗|件|间|間|辆|輛|份|元|美元|万元|萬元|亿元|億元)"
    # (w68, Part 68: a sampling report's failing samples, one counted sample a clause with no 有: 一个韭菜样本腐霉利残留
    # 超标；一个奶油蛋糕样本菌落总数超标; the sample noun within 16 characters of the count)
    r"|(?:(?<=[，,；;：:。 \n])|^)(?:\d+|[一二三四五六七八九十两兩]{1,3})(?:个|個|款|批|件|批次)[^，,；;：:。]{0,16}?(?:样本|样品|產品|产品)")
#: Words whose presence lets a sentence hold a counted clause (:data:`_COUNTED_SUBJECT`): a cheap gate.
_COUNTED_GATE = ("有", "样本", "样品", "产品")
#: Fewest counted clauses of a sentence for it to be a tally of findings (:func:`counted_finding_spans`).
COUNTED_FINDING_CLAUSES = 2
#: What ends a counted clause: a clause mark or a sentence end.
_COUNTED_CLAUSE_END = re.compile("[，,；;：:。！？!?\n]")


def counted_finding_spans(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``, Simplified view) of the findings of an audit's or an
    inspection's tally (``审计发现，有46个县少安排配套资金3.2亿元；有1800多户…违规享受补助；还有2.4亿元…被滞留…``; Part
    58's audit reports), one per clause, or ``[]``: the sentence holds at least :data:`COUNTED_FINDING_CLAUSES` clauses
    that open with a counted subject (:data:`_COUNTED_SUBJECT`, right after a clause mark or the sentence's start; or a
    counted sample, ``一个韭菜样本…超标``, w68), and
    each such clause that names an irregularity (``counted_finding_fault`` cue group: 违规, 挪用, 未落实 …) or states a
    shortcoming (:func:`_part_states_problem`) and prescribes nothing (a modal) is one span, from its 有 to the next
    clause mark. A tally of what was achieved (``有36家企业获得补贴``) names no irregularity and gives none. One scan over
    the sentence."""
    opens = [m for m in _COUNTED_SUBJECT.finditer(sentence)
             if m.start() == 0 or sentence[m.start() - 1] in "，,；;：:。 \n"]
    if len(opens) < COUNTED_FINDING_CLAUSES:
        return []
    spans = []
    for m in opens:
        end = _COUNTED_CLAUSE_END.search(sentence, m.end())
        y = end.start() if end is not None else len(sentence)
        clause = sentence[m.start():y]
        if (asp.has_cue(clause, "counted_finding_fault") or _part_states_problem(clause)) \
                and not asp.modal_strength(clause):
            spans.append((m.start(), y))
    return spans


def _distributive_run_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int, region_at) -> None:
    """In place: a sentence of no region or of the problems' region or section (``region_at``) that tells a run of faults one
    subject a part (:func:`distributive_run_spans`) gives one challenge per part that no challenge found so far lies
    over (a lead-in that ends in a colon, or a sentence that goes on to a list, gives none through the prose path).
    Sentences of a reviewer's comment (from ``review``) give none. One pass over the sentences."""
    added: list[tuple[int, int]] = []
    counted: list[tuple[int, int]] = []
    opener = asp.cue_pattern("distributive_subject")
    for s in sentences:
        region = region_at(s.start)
        if s.kind != "sentence" or s.start >= review or region and region.removeprefix(SECTION_BODY) != asp.CHALLENGE:
            continue
        body = text[s.start:s.end]
        if "不满" in body or "抱怨" in body or "埋怨" in body:
            # 青年不满…；老人不满…: a run of groups' discontents (part15fix21; the gate holds every discontent_verb)
            added.extend((s.start + a, s.start + b) for a, b in discontent_run_spans(body))
        if any(w in body for w in _COUNTED_GATE):
            # 审计发现，有N家…；有N个…；还有N亿元…: an audit's tally of findings, one per counted clause (Part 58)
            counted.extend((s.start + a, s.start + b) for a, b in counted_finding_spans(body))
        if opener.search(body) is None:
            continue
        added.extend((s.start + a, s.start + b) for a, b in distributive_run_spans(body))
    if counted:
        # (a challenge read over two findings of a tally, or a finding and the lead-in before it, gives way to the
        # findings one each: 刘家义说，抽查的…中，有5400多户…，有2.1万户…)
        starts = [a for a, _ in counted]
        out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE]
                              if not _overlaps_other(counted, starts, p.start, p.end)]
        have = {(p.start, p.end) for p in out[asp.CHALLENGE]}
        for x, y in counted:
            a, b = shape(text, x, y, max_chars)
            if (a, b) not in have and b - a >= ENUM_ITEM_CHARS:
                out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0, finding=True))
    _add_uncovered(text, out, asp.CHALLENGE, added, max_chars, ENUM_ITEM_CHARS)


def _overlaps_other(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, disjoint; ``starts`` their starts) without being
    it: a point read over a span and more. Binary search: logarithmic in the spans."""
    k = bisect.bisect_left(starts, end)
    return k > 0 and spans[k - 1][1] > start and spans[k - 1] != (start, end)


def _announced_paragraph_points(text: str, sentences: list[Sentence], layout: _Layout, out: dict[str, list[RawPoint]],
                                max_chars: int, review: int) -> None:
    """In place: the problems stated right after a sentence that announces problems without naming them
    (:func:`summarizer.aspects.announces_problems`: ``……我们也清醒看到面临的问题和挑战。``): the rest of its paragraph,
    or the next paragraph when the announcement ends its own. Each sentence there that states a shortcoming by its own
    words (:func:`summarizer.aspects.sentence_aspect`: ``群众就业增收面临压力。``, ``一些地方基层财政困难。``) and lies in
    no region, list item or heading is a challenge point (cut to its cue clauses, :func:`cue_window`), up to the first
    sentence that turns to measures (:func:`summarizer.aspects.prose_aspect`), opens a region, speaks of the text
    itself (``prose_exclude`` cue group: 本文…), names measures with a section noun (``分析…带来的挑战，研究其对策，
    是…``: the essay's plan; not measures that fall short, :func:`measures_fall_short`: ``治理措施需要进一步加强``) or
    is no sentence: a
    work report lists its problems this way, one short sentence each, many with no predicate that prose alone trusts.
    Sentences of a reviewer's comment (from ``review``) give none. Linear in the sentences (each is read at most
    twice)."""
    n = len(sentences)
    i = 0
    while i < n:
        s = sentences[i]
        i += 1
        if s.kind != "sentence" or s.start >= review or not asp.announces_problems(s.text.rstrip("。！!；;")):
            continue
        # (the announcement ends its paragraph: the next one states the problems)
        breaks = 0 if i < n and "\n" in text[s.end:sentences[i].start] else 1
        j = i
        while j < n:
            t = sentences[j]
            if "\n" in text[sentences[j - 1].end:t.start]:
                breaks += 1
                if breaks > 1:
                    break
            body = t.text
            if (t.kind != "sentence" or t.start >= review or asp.prose_aspect(body) == asp.RECOMMENDATION
                    or asp.opener_aspect(body) or asp.has_cue(body, "prose_exclude")
                    or (any(aspect == asp.RECOMMENDATION for _, aspect in asp.heading_cues(body))
                        and not measures_fall_short(body))):
                break  # (本文对…存在的问题…进行综述 / 分析…带来的挑战，研究其对策: the text turns to itself or its plan)
            if (layout.regions[j] is None and not layout.in_point[t.start] and not layout.in_heading[t.start]
                    and asp.sentence_aspect(body) == asp.CHALLENGE):
                # (a run of problem clauses too long for one point gives its chunks: problem_run_chunks)
                for a, b in (problem_run_chunks(text, t.start, t.end, asp.CHALLENGE, max_chars)
                             or [cue_window(text, t.start, t.end, asp.CHALLENGE, max_chars)]):
                    if b > a:
                        out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0))
            j += 1
        i = max(i, j)


def measures_fall_short(sentence: str) -> bool:
    """Whether every clause of ``sentence`` that names measures with a section noun (:func:`summarizer.aspects.
    heading_cues` of the recommendation: 措施, 对策) states that they fall short (a shortfall at its end,
    :func:`summarizer.aspects.states_shortfall`, or a shortcoming predicate): ``治理措施需要进一步加强``, ``防控措施不到位``
    state a problem, not the essay's plan (``研究其对策``). At least one such clause. Linear in the sentence."""
    named = [c for c in _CLAUSE_SPLIT.split(sentence)
             if any(aspect == asp.RECOMMENDATION for _, aspect in asp.heading_cues(c))]
    return bool(named) and all(asp.states_shortfall(c) or asp.challenge_strength(c) for c in named)


#: Most further problems one sentence gives after its last challenge point (:func:`_rest_of_sentence_problems`).
REST_PROBLEMS = 2
#: Most characters of the rest of a sentence read for one further problem (:func:`_rest_of_sentence_problems`).
REST_READ_CHARS = 120
_REST_START = re.compile(r"[，,；;]")
#: A clause that states a consequence of the problem before it (进而出现…, 造成了…浪费, 阻碍…生长, 对…造成阻碍), not a
#: problem of its own.
_CONSEQUENCE = re.compile(r"^\s{0,2}(?:进而|从而|并|也|还|更)?(?:导致|造成|致使|以致|使得|阻碍|影响|严重影响|出现)|造成")


#: Most characters inside quotation marks that quote a term (“两张皮”, “重量轻质”) rather than someone's words.
QUOTED_TERM_CHARS = 8
# (no opening quote inside: each attempt stops at the next one, so a run of opening quotes is scanned in linear time)
_QUOTED_WORDS = re.compile(f"[“「『][^“「『”」』]{{{QUOTED_TERM_CHARS + 1},}}[”」』]")


def _quotes_words(span: str) -> bool:
    """Whether ``span`` (a would-be point, at most a point's length) holds someone's quoted words: a quotation of more
    than :data:`QUOTED_TERM_CHARS` characters (``老人们反映“服务内容与需求脱节，收费太贵”``), or the close of one it
    does not open (``……会被认为不作为”（被访人员：M6）``)."""
    return _QUOTED_WORDS.search(span) is not None or any(
        span.count(close) > span.count(open_) for open_, close in (("“", "”"), ("「", "」"), ("『", "』")))


#: An additive connective that opens a sentence adding to what the sentence before it stated (``而且，…``, ``此外，…``).
_ADDITIVE_OPENER = re.compile(r"\s{0,2}(?:而且|并且|此外|另外|再者|况且)[，,]\s{0,2}")


def _additive_problem_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int) -> None:
    """In place: a sentence that opens with an additive connective (:data:`_ADDITIVE_OPENER`: ``而且，本人对…理解不深，
    有时也会犯经验主义错误``) right after a sentence that gave a challenge point, in the same paragraph, adds more
    shortcomings to that one (a self-review's or a report's item of several sentences: ``首先，在思想上，…不够准确。而且，
    …``; Part 18's 783): when no point covers it and its cue window states a problem (:func:`cue_window`,
    :func:`_states_problem`) with no modal (a measure), the window is one more challenge
    (:func:`_rest_of_sentence_problems`, run after this, reads the rest of the sentence). Offsets into ``text``; one
    pass over the sentences and the points (part18fix22)."""
    covered = sorted((p.start, p.end) for aspect in out for p in out[aspect])
    starts = [a for a, _ in covered]
    sentence_starts = [s.start for s in sentences]
    with_challenge = {bisect.bisect_right(sentence_starts, p.start) - 1 for p in out[asp.CHALLENGE]}
    added: list[RawPoint] = []
    for k in range(1, len(sentences)):
        s, before = sentences[k], sentences[k - 1]
        if s.kind != "sentence" or s.start >= review or "\n" in text[before.end:s.start]:
            continue
        m = _ADDITIVE_OPENER.match(text, s.start, s.end)
        if m is None:
            continue
        i = bisect.bisect_right(starts, s.end) - 1
        if i >= 0 and covered[i][1] > s.start:
            continue  # (a point already reads it)
        if k - 1 not in with_challenge:
            continue  # (the sentence before gave no challenge)
        a, b = cue_window(text, m.end(), s.end, asp.CHALLENGE, max_chars)
        clause = text[a:b]
        if b > a and _states_problem(clause) and not asp.modal_strength(clause):
            added.append(RawPoint(asp.CHALLENGE, a, b, 0.0))
    out[asp.CHALLENGE].extend(added)


def _rest_of_sentence_problems(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                               max_chars: int) -> None:
    """In place: a challenge point cut from a longer sentence (its cue window, :func:`cue_window`) leaves the rest of
    the sentence unread, from the clause after the last point in it; a long sentence of a report or a paper often strings several problems with commas, each with
    its own subject and predicate (``政府职能转变滞后，一些工作落实不够，……，一些工作人员弄虚作假、奢侈浪费``). The rest
    gives up to :data:`REST_PROBLEMS` more points, each a cue window (:func:`cue_window`) whose first clause itself
    states a deficiency as prose does (:func:`summarizer.aspects._prose_deficits`: not the bare nouns 问题/风险), with no
    modal (a measure), no consequence of the problem before it (:data:`_CONSEQUENCE`: 进而导致…) and no one's quoted
    words (:func:`_quotes_words`). The rest is a list of parallel clauses: a clause that states no deficiency
    (``外来车辆占用消防通道的现象时有发生``) is passed over alone and the next is read on its own (a window found after
    such a clause holds no modal clause at all); a clause that leads to a consequence (``leads_to`` cue group: 必然会导致…)
    or quotes someone ends the reading. Linear: each window is read in at most :data:`REST_READ_CHARS` characters
    (to the next clause end) and the reading moves on by at least one clause each time."""
    starts = [s.start for s in sentences]
    last: dict[int, tuple[int, float]] = {}  # per sentence, where its challenge points end last, and their score
    for p in out[asp.CHALLENGE]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.end <= sentences[k].end:
            end, score = last.get(k, (0, 0.0))
            last[k] = (max(end, p.end), max(score, p.score))
    added: list[RawPoint] = []
    for k, (end, score) in last.items():
        s = sentences[k]
        # (the rest starts at the next clause: 面临A、B、C等问题，… — the point ends inside an enumeration)
        m = _REST_START.search(text, end, s.end)
        pos = m.end() if m else s.end
        found, skipped = 0, False
        while found < REST_PROBLEMS and pos < s.end:
            # (each window is read in at most REST_READ_CHARS characters, cut at a clause end: linear)
            m = _REST_START.search(text, min(s.end, pos + REST_READ_CHARS), s.end)
            hi = m.end() if m else s.end
            if not _problem_clause(text[pos:hi]):
                pos = hi  # (…，地方政府承担了主要事权却没有足够的财政支持，…: a lack that 却 turns to states one too; weak26)
                continue
            a, b = cue_window(text, pos, hi, asp.CHALLENGE, max_chars)
            if b <= pos:
                break
            first = _CLAUSE_SPLIT.split(text[a:b], 1)[0]
            # (the deficit may be stated after a list of terms, A、B的…问题: the list is read as one clause for it)
            listed = _LIST_CLAUSE_SPLIT.split(text[a:b], 1)[0]
            if (asp.cue_pattern("leads_to").search(text[pos:a]) or _CONSEQUENCE.search(first)
                    or _quotes_words(text[a:b])):
                break  # (the clauses after a consequence go on with it: 必然会导致A，在B上缺乏C)
            if (asp._prose_deficits(listed) and not asp.modal_strength(first) and not asp.strong_modal(first)
                    and not (skipped and asp.modal_strength(text[a:b]))):
                added.append(RawPoint(asp.CHALLENGE, a, b, score))
                found += 1
                pos = b
            elif asp.cue_pattern("leads_to").search(first):
                break  # (必然会导致A，在B上缺乏C: the clauses after a consequence go on with it)
            else:
                skipped = True
                # a list of parallel clauses: the clause that failed is passed over alone, the next is read on its own
                nxt = _REST_START.search(text, a, b)
                pos = max(pos + 1, nxt.end() if nxt else b)
    out[asp.CHALLENGE].extend(added)


def _adversative_problem_points(text: str, sentences: list[Sentence], layout: _Layout,
                                out: dict[str, list[RawPoint]], max_chars: int, review: int) -> None:
    """In place: inside a problems section or its body (region challenge or :data:`SECTION_BODY` + challenge), a
    sentence that opens with an adversative (``adversative`` cue group: ``然而，过去十年中，科学的项目遴选机制尚未形成，
    循证决策不足``) turns from the background the paragraph gave to the problem: when it states a deficiency as prose
    does (:func:`summarizer.aspects._prose_deficits`), with no modal and no condition (:func:`summarizer.aspects.
    condition_at`: ``但假若…``), and no point of either aspect lies in it yet, its cue window is a challenge point.
    Sentences of a reviewer's comment (from ``review``) give none. Linear in the sentences."""
    turns = tuple(asp.lexicon().words("adversative"))
    regions = (asp.CHALLENGE, SECTION_BODY + asp.CHALLENGE)
    taken = sorted((p.start, p.end) for points in out.values() for p in points)
    ends = [b for _, b in taken]
    for i, s in enumerate(sentences):
        if (s.kind != "sentence" or s.start >= review or layout.regions[i] not in regions or layout.in_heading[s.start]
                or layout.in_point[s.start]):
            continue  # (the body of a problem item elaborates its heading: 但… there argues, it adds no problem)
        body = s.text.lstrip()
        if not body.startswith(turns):
            continue
        k = bisect.bisect_right(ends, s.start)  # the first point that ends after the sentence starts
        if k < len(taken) and taken[k][0] < s.end:
            continue  # a point lies in it already
        if (asp.modal_strength(body) or asp.strong_modal(body) or asp.condition_at(body) >= 0
                or not asp._prose_deficits(body)):
            continue
        a, b = cue_window(text, s.start, s.end, asp.CHALLENGE, max_chars)
        if b > a:
            out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0))


#: Fewest shortfall clauses after the turn (:func:`turned_shortfalls`): one clause after 但 is a concession's tail,
#: a run of them is the body's findings.
TURNED_SHORTFALLS = 2
#: Fewest when no challenge point lies in the sentence yet (:func:`_turned_shortfall_points`): the run alone must
#: say the sentence is a finding.
TURNED_SHORTFALLS_ALONE = 3
#: Most characters of one shortfall clause after the turn (a longer clause argues, it does not list a finding).
TURNED_CLAUSE_CHARS = 40
#: Fewest characters of one (a bare noun after the turn, ``但存在短板``, announces; it states no finding).
TURNED_CLAUSE_MIN_CHARS = 3
@lru_cache(maxsize=1)
def _turn_consequence_re() -> re.Pattern[str]:
    """A clause that draws the consequence of conditions (``贫困地区就不能…``): a short subject, then a word of the
    ``turn_condition_consequence`` cue group and a negation, a modal or a verb of ability (one bounded match at a clause's
    start)."""
    return re.compile(r"[^，,]{0,6}?(?:" + asp.cue_pattern("turn_condition_consequence").pattern + r")(?:不|没|难|无|会|要|能|可)")


#: Fewest clauses of a run of contrary outcomes (:func:`contrary_run`).
CONTRARY_RUN_CLAUSES = 2
#: Most characters of one clause of such a run.
CONTRARY_CLAUSE_CHARS = 30
#: A clause whose outcome runs contrary to its action (文件精简却催生“白头通知”, 平台反成“指尖”负担): a subject of at
#: least two characters, then 却/反而/反倒/反成/反被 (no clause break before it), within a clause's length
#: (:data:`CONTRARY_CLAUSE_CHARS`: bounded, so linear wherever it is tried).
_CONTRARY = re.compile(r"[^，,；;。！？!?：:]{2,%d}?(?:却|反而|反倒|反成|反被|倒成了)" % CONTRARY_CLAUSE_CHARS)


def contrary_run(sentence: str) -> tuple[str | None, list[tuple[int, int]]]:
    """``("challenge", spans)`` for a run of comma-joined clauses each of whose outcome runs contrary to its action
    (``文件精简却催生“白头通知”，会议数量压缩却把时间拖长，数字化便捷平台反成“指尖”负担``: :data:`_CONTRARY`, at most
    :data:`CONTRARY_CLAUSE_CHARS` characters, no modal), at least :data:`CONTRARY_RUN_CLAUSES` of them in a row, one
    span (offsets into ``sentence``) per clause; else ``(None, [])``. Each clause states a fault of its own, the way a
    list does (trialfix21b K6). A sentence with a colon or a ``；`` gives none (the list readers read it). Linear in
    the sentence."""
    if _LIST_MARK.search(sentence) or not any(w in sentence for w in ("却", "反")):
        return None, []
    clauses = []
    a = 0
    for m in _REST_START.finditer(sentence + "，"):
        if m.start() > a:
            clauses.append(_trim(sentence, a, m.start()))
        a = m.end()
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for x, y in clauses:
        c = sentence[x:y]
        if (0 < y - x <= CONTRARY_CLAUSE_CHARS and _CONTRARY.match(c) and _quotes_closed(c)
                and not asp.modal_strength(c) and not asp.strong_modal(c)):
            run.append((x, y))
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return (asp.CHALLENGE, best) if len(best) >= CONTRARY_RUN_CLAUSES else (None, [])


def _contrary_run_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                         review: int) -> None:
    """In place: the clauses of a run of contrary outcomes (:func:`contrary_run`) are challenge points where none lies
    over them; a point of either aspect that holds two of them or more is replaced by them. Sentences of a reviewer's
    comment (from ``review``) give none. Linear in the sentences and the points."""
    for s, aspect, spans in _run_spans(text, sentences, review, contrary_run):
        for name in out:
            out[name] = [p for p in out[name] if sum(p.start < y and x < p.end for x, y in spans) < 2]
        _add_uncovered(text, out, aspect, spans, max_chars, ENUM_ITEM_CHARS)


#: Most clauses of plain fact read past, one stretch, inside a run of shortfalls (:func:`turned_shortfalls`).
CONTEXT_CLAUSES = 2
#: Most characters of a clause of plain fact read past inside a run of shortfalls (:func:`_context_clause`).
CONTEXT_CLAUSE_CHARS = 12


def _context_clause(clause: str) -> bool:
    """Whether one clause (no end punctuation) inside a run of shortfalls after a turn only states a plain fact that
    gives the next clause its subject (``全村有党员二十名``, ``现有教师十五人``): at most
    :data:`CONTEXT_CLAUSE_CHARS` characters, with 有 and a figure (an Arabic or a Chinese numeral), no modal, no
    problem, no turn, no consequence. Bounded by the clause."""
    c = clause.strip(_TRIM)
    if not c or len(c) > CONTEXT_CLAUSE_CHARS or "有" not in c:
        return False
    if not re.search(r"[0-9０-９]|[一二两三四五六七八九十百千万][一二三四五六七八九十百千万]*[名个人户家所座位项条台辆间]", c):
        return False
    return not (asp.modal_strength(c) or asp.strong_modal(c) or _states_problem(c) or asp._prose_deficits(c)
                or _CONSEQUENCE.search(c) or asp.has_cue(c, "adversative"))


def _shortfall_clause(clause: str) -> bool:
    """Whether one clause (no end punctuation) of a run after an adversative turn states a shortfall of its
    subject: a shortcoming or a deficiency as prose states it (:func:`_states_problem`, :func:`summarizer.aspects.
    _prose_deficits`), a standard not met (``unmet_standard`` cue group: 均达不到要求), an ending of a small, few or
    poor degree (``shortfall_adjective_end``: 厕所蹲位少, 操场面积小; not ``shortfall_end_lookalike``: 差距缩小) after
    a subject of at least two characters, or an opening lack (``lack_opening``: 没有…, 无…, 缺少…; not
    ``lack_opening_lookalike``: 无论…). A clause with a modal prescribes and is none. Bounded by the clause."""
    c = clause.strip(_TRIM)
    if not c or len(c) > TURNED_CLAUSE_CHARS or asp.modal_strength(c) or asp.strong_modal(c):
        return False
    if _states_problem(c) or asp._prose_deficits(c) or asp.has_cue(c, "unmet_standard"):
        return True
    tail = c[-4:]
    end = asp.cue_pattern("shortfall_adjective_end").search(tail)
    if end and end.end() == len(tail) and not any(tail.endswith(w) for w in asp.lexicon().words(
            "shortfall_end_lookalike")):
        # (the adjective ends the clause, after a subject: 操场面积小; the longest word ending it is the one matched)
        ends = [w for w in asp.lexicon().words("shortfall_adjective_end") if c.endswith(w)]
        if ends and len(c) - max(map(len, ends)) >= 2:
            return True
    return (c.startswith(asp.lexicon().words("lack_opening"))
            and not c.startswith(asp.lexicon().words("lack_opening_lookalike")) and len(c) >= 3)


def turned_shortfalls(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each clause of a run of shortfalls after an adversative turn,
    or ``[]``: a sentence that first states what is in order (``布局合理，设施齐全``: clauses before the turn that
    state no problem, :func:`_shortfall_clause`), then turns at a clause that opens with an adversative
    (``adversative`` cue group: 但, 但是, 然而) to a run of comma-joined clauses each stating a shortfall
    (:func:`_shortfall_clause`: ``但A均达不到要求，B少，C小，没有D``). The run is read from the turn to the first clause
    that states none (or the sentence's end); it gives a list of at least :data:`TURNED_SHORTFALLS` clauses, the
    first without its adversative and a frame (``turn_frame`` group: ``但仍存在A`` gives ``A``). A sentence with a
    colon gives none (the list readers read it). Linear in the sentence."""
    if _LIST_MARK.search(sentence.replace("；", "，").replace(";", ",")):
        return []
    clauses = []
    a = 0
    for m in _REST_START.finditer(sentence + "，"):
        if m.start() > a:
            clauses.append((a, m.start()))
        a = m.end()
    turns = asp.lexicon().words("adversative")
    frames = asp.lexicon().words("turn_frame")
    for i, (x, y) in enumerate(clauses):
        body = sentence[x:y].lstrip(" \u3000")
        turn = next((w for w in turns if body.startswith(w)), None)
        if turn is None:
            continue
        if i == 0 or any(_shortfall_clause(sentence[p:q]) for p, q in clauses[:i]):
            return []  # (no achievements before the turn, or problems before it: not this shape)
        x = y - len(body) + len(turn)
        rest = sentence[x:y].lstrip("，, \u3000")
        x = y - len(rest)
        frame = next((w for w in frames if rest.startswith(w)), "")
        if frame and len(rest) - len(frame) >= 2:
            x += len(frame)
        run = []
        rest_clauses = [(x, y)] + clauses[i + 1:]
        stretch, resumed = 0, False  # (clauses of plain fact read past; whether the run went on after them)
        for j, (p, q) in enumerate(rest_clauses):
            c = sentence[p:q].strip(_TRIM)
            if _turn_consequence_re().match(c):
                return []  # (没有A，没有B，贫困地区就不能…: the clauses after the turn are conditions)
            if (not _shortfall_clause(c) or len(c) < TURNED_CLAUSE_MIN_CHARS or asp.announces_problems(c)
                    or c.startswith(asp.lexicon().words("turn_run_end")) or _CONSEQUENCE.search(c)
                    or asp.cue_pattern("leads_to").search(c)):
                if run and not resumed and stretch < CONTEXT_CLAUSES and _context_clause(c):
                    # (…较弱；个体经济发展一般；全村有党员二十名，党员平均年龄偏大: a short stretch of plain fact
                    # that gives the next shortfall its subject is read past, once a run; k7984)
                    k = next((k for k in range(j + 1, min(j + 1 + CONTEXT_CLAUSES - stretch, len(rest_clauses)))
                              if not _context_clause(sentence[rest_clauses[k][0]:rest_clauses[k][1]])), None)
                    if k is not None and _shortfall_clause(sentence[rest_clauses[k][0]:rest_clauses[k][1]]):
                        stretch += 1
                        continue
                break  # (存在短板，如…: an announcement, an example or a consequence ends the run)
            resumed = resumed or stretch > 0
            run.append(_trim(sentence, p, q))
        return run if len(run) >= TURNED_SHORTFALLS else []
    return []


def _turned_shortfall_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int) -> None:
    """In place: a sentence that turns from achievements to a run of shortfalls (:func:`turned_shortfalls`) gives one
    challenge per clause of the run, in place of the points of either aspect over the run (a window that began with
    the achievements and stopped at the point's length; an item read as a measure; a challenge point inside one
    clause of the run is kept and that clause gives no other); it does so when a challenge point lies in the sentence already
    or the run has at least :data:`TURNED_SHORTFALLS_ALONE` clauses. Sentences of a reviewer's comment (from
    ``review``) give none. Linear in the sentences and points."""
    taken = sorted((p.start, p.end) for p in out[asp.CHALLENGE])
    ends = [b for _, b in taken]
    runs: list[tuple[int, int, list[tuple[int, int]]]] = []  # (lo, hi, clause spans) of each run, in text order
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or not asp.has_cue(s.text, "adversative"):  # (one scan, speed24)
            continue
        run = turned_shortfalls(text[s.start:s.end])
        if not run:
            continue
        k = bisect.bisect_right(ends, s.start)
        held = k < len(taken) and taken[k][0] < s.end
        if not held and len(run) < TURNED_SHORTFALLS_ALONE:
            continue
        spans = [(s.start + a, s.start + b) for a, b in run]
        runs.append((spans[0][0], spans[-1][1], spans))
    if not runs:
        return
    # the points over a run go (a measure's window over the run misread it: the run holds no modal), but a challenge
    # point that lies inside one clause of the run is kept; the runs lie in distinct sentences, so one pass over the
    # points with a binary search of the runs (sorted, disjoint) decides each point: linear in points and runs
    his = [hi for _, hi, _ in runs]

    def kept_point(p: RawPoint) -> bool:
        j = bisect.bisect_right(his, p.start)
        while j < len(runs) and runs[j][0] < p.end:
            if not (p.aspect == asp.CHALLENGE and any(a <= p.start and p.end <= b for a, b in runs[j][2])):
                return False
            j += 1
        return True

    for aspect in out:
        out[aspect] = [p for p in out[aspect] if kept_point(p)]
    inside: list[list[tuple[int, int]]] = [[] for _ in runs]  # the challenge points kept inside each run
    for p in out[asp.CHALLENGE]:
        j = bisect.bisect_right(his, p.start)
        if j < len(runs) and runs[j][0] <= p.start:
            inside[j].append((p.start, p.end))
    for (lo, hi, spans), kept in zip(runs, inside):
        out[asp.CHALLENGE].extend(RawPoint(asp.CHALLENGE, *shape(text, a, b, max_chars), 0.0)
                                  for a, b in spans if not any(a <= x and y <= b for x, y in kept))


#: Most characters inside the quotation marks of a named imbalance (:func:`quoted_imbalance`).
IMBALANCE_QUOTE_CHARS = 40
_IMBALANCE_QUOTE = re.compile(r"[“「『]([^“”「」『』。！？!?\n]{4,%d})[”」』]" % IMBALANCE_QUOTE_CHARS)
_IMBALANCE_SPLIT = re.compile(r"[，,、；;]")
_IMBALANCE_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")


def quoted_imbalance(sentence: str) -> list[tuple[int, int]]:
    """Spans (offsets into ``sentence``, inside the quotation marks) of the quotations that name an imbalance as a
    syndrome (weakb20): ``往往表现出“岸上指挥多、俯下身子干事少，眼光向上多，心系群众少”`` (clauses that alternate too much
    of one thing, ending in 多, with too little of another, ending in 少, each at least
    :data:`summarizer.aspects.SHORTFALL_SUBJECT_CHARS` characters: the 多…少 pair of
    :func:`summarizer.aspects.states_shortfall`). A quotation is at most :data:`IMBALANCE_QUOTE_CHARS` characters.
    Unquoted, a pair is often a past or a good state (``由过去的干得多，想得少``) and is left to the other readers; a
    quoted 重X轻Y (``“重建轻管”现象值得警惕``) mostly names the phenomenon a list after it states, and gives none.
    Linear in the sentence."""
    out = []
    for m in _IMBALANCE_QUOTE.finditer(sentence):
        body = m.group(1)
        sides = [c.strip() for c in _IMBALANCE_SPLIT.split(body)]
        if len(sides) >= 2 and len(sides) % 2 == 0 and all(
                len(c) >= asp.SHORTFALL_SUBJECT_CHARS and c.endswith("少" if k % 2 else "多")
                and not c.endswith(("不少", "至少", "多少", "减少", "不多", "增多", "更多", "最多"))
                for k, c in enumerate(sides)):
            out.append(m.span(1))
    return out


def _quoted_imbalance_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int) -> None:
    """In place: each named imbalance in quotation marks (:func:`quoted_imbalance`) is a challenge, in place of a
    measure point over it (its 多/少 read as neither aspect's cue); a challenge point that already overlaps it keeps
    it, and a quotation in a lead-in whose clause ends in a colon names what the list after it states. Sentences of a
    reviewer's comment (from ``review``) give none. Linear in the sentences; the points are scanned once per sentence
    that holds such a quotation (rare)."""
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or "少" not in s.text:
            continue
        for a, b in quoted_imbalance(s.text):
            mark = _IMBALANCE_CLAUSE_END.search(s.text, b + 1)
            if mark is not None and mark.group() in "：:":
                continue  # (存在“重留痕轻落实”的现象：有的…，有的…: the name of what the list after it states)
            a, b = s.start + a, s.start + b
            if any(p.start < b and a < p.end for p in out[asp.CHALLENGE]):
                continue
            out[asp.RECOMMENDATION] = [p for p in out[asp.RECOMMENDATION] if not (p.start < b and a < p.end)]
            x, y = shape(text, a, b, max_chars)
            if y > x:
                out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, x, y, 0.0))


#: Fewest quoted items of a list read item by item (:func:`quoted_list_items`).
QUOTED_LIST_ITEMS = 3
#: Most characters of one quoted item (a longer quotation is someone's words, not an item of a list).
QUOTED_ITEM_CHARS = 24
# one quoted item: an opening mark, at most QUOTED_ITEM_CHARS characters with no mark inside, its closing mark
_QUOTED_ITEM = re.compile(r"[“「]([^“”「」。！？!?\n]{1,%d})[”」]" % QUOTED_ITEM_CHARS)
#: What may join two quoted items of a list (``“A”、“B”及“C”``).
_QUOTED_JOIN = frozenset(["、", "，", ",", "及", "和", "与", "以及", ""])
#: A poll's share clause between two quoted options (``“A”，有15.8%的网友投给“B”``, ``「A」,還有9.4%的網友認為是「B」``): a
#: comma, at most 20 characters with a percentage and no clause mark or quotation: each option a poll names with its
#: share is an item of one list (p27recall; Part 27 939). Anchored at both ends, bounded.
_SHARE_JOIN = re.compile(r"[，,；;]\s{0,2}[^，,。；;：:“”「」]{0,12}?\d+(?:\.\d+)?\s?[%％][^，,。；;：:“”「」]{0,12}")


def quoted_list_items(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of the content of each quoted item of a list that ends the
    sentence, or ``[]``: at least :data:`QUOTED_LIST_ITEMS` quotations (“”, 「」) of at most
    :data:`QUOTED_ITEM_CHARS` characters each, joined by :data:`_QUOTED_JOIN` (``、``, ``及``), the last followed only
    by 等/等等 and end punctuation (``其下依序为：“A”、“B”、“占用骑楼、道路或车位”。``: a poll's complaints, each
    one item, a 、 inside a quotation no break). A run followed by more words (``“A”、“B”及“C”可归类于…``) classifies
    its items and gives none. Linear: one scan of the quotations."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _QUOTED_ITEM.finditer(sentence):
        if runs and (sentence[last_end:m.start()].strip() in _QUOTED_JOIN
                     or _SHARE_JOIN.fullmatch(sentence, last_end, m.start()) is not None):
            runs[-1].append((m.start(1), m.end(1)))
        else:
            runs.append([(m.start(1), m.end(1))])
        last_end = m.end()
    if not runs or len(runs[-1]) < QUOTED_LIST_ITEMS:
        return []
    tail = sentence[runs[-1][-1][1] + 1:].strip().lstrip("等").rstrip("。；;！!… ")
    return runs[-1] if tail in ("", "等") else []


def poll_answers(sentence: str, items: list[tuple[int, int]]) -> bool:
    """Whether the quoted items ``items`` (offsets into ``sentence``, :func:`quoted_list_items`) are a poll's answers
    rather than its complaints: a share (a percentage) stands between them (the options of a poll each named with
    its share, :data:`_SHARE_JOIN`) and fewer than half of them state a shortcoming (:func:`summarizer.aspects.
    challenge_strength`, :func:`summarizer.aspects._prose_deficits`): ``29%认为自己是“城里人”，24%认为是“外地人”，
    8%表示“说不清”`` names who the respondents think they are, not what troubles them; ``58%认为“费用负担沉重”，16%投给
    “照顾人力不足”`` stays a list of complaints (p27recall). Linear in the sentence."""
    if len(items) < 2 or not re.search(r"\d\s?[%％]", sentence[items[0][1]:items[-1][0]]):
        return False
    stating = sum(1 for a, b in items if asp.challenge_strength(sentence[a:b]) or asp._prose_deficits(sentence[a:b]))
    return stating * 2 < len(items)


def prescribed_list_lead(lead: str) -> bool:
    """Whether ``lead`` (the sentence up to the opening quotation mark of a quoted list, :func:`quoted_list_items`) ends
    in a clause that prescribes what the list names: a modal and an action verb (:func:`summarizer.aspects._modal_actions`:
    ``《通知》提出要完善“…”“…”``, ``文件强调应建立“…”“…”``), not a verb that removes a problem (``remedy`` cue group:
    解决, 整治 …: ``群众要求解决“停车难”“看病难”`` names the problems). The items are measures demanded, none a
    complaint (trial22 C, trialfix22a). Linear in the lead's last clause."""
    clause = _COMMA_CLAUSE_SPLIT.split(lead.rstrip("“「『\"' "))[-1]
    if not clause or not asp._modal_actions(clause):
        return False
    return not asp.has_cue(clause, "remedy")


def _quoted_list_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                        review: int) -> None:
    """In place: a sentence that ends with a list of quoted items (:func:`quoted_list_items`) and holds a challenge
    point already (the list is of complaints or problems) gives one challenge per item, in place of the challenge
    points over the list (a window over its first items). Sentences of a reviewer's comment (from ``review``) give
    none. Linear in the sentences and points."""
    taken = sorted((p.start, p.end) for p in out[asp.CHALLENGE])
    ends = [b for _, b in taken]
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or ("“" not in s.text and "「" not in s.text):
            continue
        k = bisect.bisect_right(ends, s.start)
        if not (k < len(taken) and taken[k][0] < s.end):
            continue
        items = quoted_list_items(text[s.start:s.end])
        if not items:
            continue
        lo, hi = s.start + items[0][0], s.start + items[-1][1]
        out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE] if not (p.start < hi and lo < p.end)]
        if prescribed_list_lead(text[s.start:s.start + items[0][0]]):
            continue  # 《通知》提出要完善“A”“B”“C”: the measures a document demands, no complaints (trialfix22a)
        if poll_answers(text[s.start:s.end], items):
            continue  # 24%认为是“本地人”，20%认为是“外地人”，8%表示“不清楚”: a poll's answers, no complaints (p28p)
        out[asp.CHALLENGE].extend(RawPoint(asp.CHALLENGE, *shape(text, s.start + a, s.start + b, max_chars), 0.0)
                                  for a, b in items)


#: Most characters of the agent between 由 and the verb of an assigned measure (``由国发会严格管控…``).
AGENT_CHARS = 10


def assigned_agent_clause(clause: str) -> int:
    """Offset (characters into ``clause``) where an assigned measure starts, or -1: after an opener that adds a
    measure (``agent_assign_opener`` cue group: 同时, 并; a bare ``由`` clause, ``减免租金，由街道提供用房``, says how
    the measure before it is done), the clause opens with a preposition that names who is to act
    (``agent_assign``: 由, 交由; not ``agent_assign_lookalike``: 由于), then an agent of at most :data:`AGENT_CHARS` characters and an imperative verb
    (:func:`summarizer.aspects.starts_imperative`, also after 负责: ``同时由国发会严格管控处理进度``,
    ``并由民政局负责统筹协调``). The measure starts at the opener's end (the preposition and the agent are part of it).
    Bounded: at most :data:`AGENT_CHARS` positions are tried."""
    c = clause.lstrip(" \u3000")
    lead = len(clause) - len(c)
    opener = next((w for w in asp.lexicon().words("agent_assign_opener") if c.startswith(w)), "")
    if not opener:
        return -1  # (减免租金，由街道提供用房: a bare 由 clause says how the measure before it is done)
    rest = c[len(opener):]
    if rest.startswith(asp.lexicon().words("agent_assign_lookalike")):
        return -1  # (由于资金不足: because, no agent)
    prep = next((w for w in asp.longest_first("agent_assign")
                 if rest.startswith(w)), "")
    if not prep:
        return -1
    body = rest[len(prep):]
    for k in range(1, min(AGENT_CHARS, len(body) - 2) + 1):
        v = body[k:]
        if asp.starts_imperative(v) or v.startswith("负责") and asp.starts_imperative(v[2:]):
            return lead + len(opener)
    return -1


def _assigned_agent_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                           review: int) -> None:
    """In place: in a sentence of measures, a clause inside a recommendation point (after its first clause) or right
    after it that assigns a further measure to an agent (:func:`assigned_agent_clause`: ``建议A，责成B，同时由国发会
    严格管控进度与时程``) is a recommendation of its own, to its clause's end; a point that held it ends before it.
    Nothing is added where another recommendation starts in that clause already. Sentences of a reviewer's comment
    (from ``review``) give none. Linear: the clauses of each point and one after it are read once."""
    starts = [s.start for s in sentences]
    mstarts = sorted(p.start for p in out[asp.RECOMMENDATION])
    added = []
    for p in out[asp.RECOMMENDATION]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k < 0 or p.end > sentences[k].end or p.start >= review:
            continue
        s = sentences[k]
        pos = p.start
        while True:
            m = _REST_START.search(text, pos, min(s.end, p.end + 1))
            if m is None:
                break
            pos = m.end()
            nxt = _REST_START.search(text, pos, s.end)
            end = nxt.start() if nxt else s.end
            at = assigned_agent_clause(text[pos:end])
            if at < 0:
                continue
            j = bisect.bisect_left(mstarts, pos)
            if j < len(mstarts) and mstarts[j] < end:
                break  # a measure starts there already
            a, b = shape(text, pos + at, end, max_chars)
            if b - a >= POINT_MIN_CHARS:
                if p.end > pos:
                    p.end = _trim(text, p.start, pos)[1]
                added.append(RawPoint(asp.RECOMMENDATION, a, b, p.score))
            break
    out[asp.RECOMMENDATION].extend(added)


def _rest_of_sentence_measures(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                               max_chars: int) -> None:
    """In place: a sentence that states problems and then turns, after its subject, to what must be done
    (``……仍面临一些突出矛盾和困难，全市上下要进一步增强信心，筑牢经济发展基础，激发市场主体活力``): from the first clause
    after its last challenge point that names an actor before a modal (:func:`summarizer.aspects._actor_modal_any`) and
    an imperative verb right after the modal (:func:`summarizer.aspects.starts_imperative`: 要进一步增强…; not
    需要从…方面展开), and reports no one's view (认为…), the
    rest from that clause gives one recommendation point (cut to a point's length, :func:`shape`), when no
    recommendation lies there.
    Linear: each sentence is read once after its last point."""
    starts = [s.start for s in sentences]
    last: dict[int, int] = {}
    for p in out[asp.CHALLENGE]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.end <= sentences[k].end:
            last[k] = max(last.get(k, 0), p.end)
    measures = sorted(p.start for p in out[asp.RECOMMENDATION])
    for k, end in last.items():
        s = sentences[k]
        pos = end
        while True:
            m = _REST_START.search(text, pos, s.end)
            if m is None:
                break
            nxt = _REST_START.search(text, m.end(), s.end)
            clause = text[m.end():nxt.start() if nxt else s.end]
            modal = asp.cue_pattern("modal").search(asp._mask_non_modals(clause))
            if (asp._actor_modal_any(clause) and modal is not None and asp.starts_imperative(clause[modal.end():])
                    and not asp.challenge_strength(clause)
                    and not asp._SAYING_OPENER.search(clause)):  # (某某等人认为应该…: a view the author reports)
                j = bisect.bisect_left(measures, m.end())
                if j < len(measures) and measures[j] < s.end:
                    break
                a, b = shape(text, m.end(), s.end, max_chars)
                if b > a:
                    out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))
                break
            pos = m.end()

def _leading_measure_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                            max_chars: int, review: int) -> None:
    """In place: a sentence that opens with a measure and then turns to the problem it answers
    (``香港应尽快重检…政策，现时…普遍存在就业问题，…，政府应…``): its challenge point starts after the opening clause and
    the measure before it was left unread. When the sentence's first clause (up to the first ``，；``) names an actor
    before a modal and an imperative verb right after the modal (the test of :func:`_rest_of_sentence_measures`:
    ``香港应尽快重检…``; not ``需要从…方面展开``), states no shortcoming and reports no one's view (认为…), and no
    recommendation point starts before the sentence's first challenge point, the clauses before that point give one
    recommendation point (its cue window, :func:`cue_window`). Sentences of a reviewer's comment (from ``review``)
    give none. Linear: each sentence is read once, up to its first challenge point."""
    starts = [s.start for s in sentences]
    first: dict[int, int] = {}  # per sentence, where its first challenge point starts
    for p in out[asp.CHALLENGE]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.end <= sentences[k].end:
            first[k] = min(first.get(k, p.start), p.start)
    measures = sorted(p.start for p in out[asp.RECOMMENDATION])
    for k, pos in first.items():
        s = sentences[k]
        if s.start >= review or s.kind != "sentence":
            continue
        a, _b = _trim(text, s.start, pos)
        m = _REST_START.search(text, a, pos)
        if m is None:
            continue  # the challenge point opens the sentence: nothing before it
        clause = text[a:m.start()]
        modal = asp.cue_pattern("modal").search(asp._mask_non_modals(clause))
        if not (asp._actor_modal_any(clause) and modal is not None and asp.starts_imperative(clause[modal.end():])
                and not asp.challenge_strength(clause) and not asp._SAYING_OPENER.search(clause)):
            continue
        j = bisect.bisect_left(measures, s.start)
        if j < len(measures) and measures[j] < pos:
            continue  # a measure is read there already
        wa, wb = cue_window(text, a, m.start(), asp.RECOMMENDATION, max_chars)
        if wb > wa:
            out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, wa, wb, 0.0))


#: Most characters read after a point's start for the clause that turns it into a measure
#: (:func:`_measure_tail_points`).
TAIL_READ_CHARS = 200


@lru_cache(maxsize=1)
def _measure_tail_words() -> dict[str, tuple[str, ...]]:
    """The ``measure_tail*`` cue groups of the cue lexicon by their suffix (``""``, ``wish``, ``wish_verb``, ``need``,
    ``actor``, ``adverb``, ``exclusion``), each longest first (``需要`` is tried before ``需``)."""
    out = {}
    for part in ("", "wish", "wish_verb", "wish_time", "need", "actor", "adverb", "exclusion"):
        group = "measure_tail_" + part if part else "measure_tail"
        out[part] = tuple(sorted(asp.lexicon().words(group), key=len, reverse=True))
    return out


@lru_cache(maxsize=1)
def _measure_tail_cue() -> re.Pattern[str]:
    """Every word one of which a clause :func:`measure_tail_clause` accepts holds (a strong modal, a wish, a need, or
    the modal after a short actor, :data:`_TAIL_ACTOR_MODAL`) as one alternation: a text where it finds nothing
    holds no measure tail (a necessary condition, tested once before the clause-by-clause reading)."""
    w = _measure_tail_words()
    words = set(w[""] + w["wish"] + w["need"] + _TAIL_ACTOR_MODALS + ("应",))  # (应: :data:`_TAIL_ACTOR_BARE_YING`)
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda s: (-len(s), s)))))


#: A setting phrase before a measure tail's adverb (``在新农村建设中还需要…``): 在, at most 12 characters, 中/上/里/方面.
_TAIL_SETTING = re.compile(r"在[^，,；;。]{1,12}?(?:中|上|里|方面)")
#: A short actor (at most four characters) before a strong modal (``物业应该…``, ``政府必须…``); not a connective
#: (``所以必须…``: a reason and its measure are one point).
#: Also an urgent need (``土地资源亟需合理利用``) and the bare 须 of formal and Hong Kong prose (``港府須設法減輕…``), not
#: after a negation or 所/必 (无须, 毋須, 不须, 所须; trialfix22c, trial22b E).
_TAIL_ACTOR_MODALS = ("应该", "应当", "必须", "亟需", "亟须", "须", "須")
_TAIL_ACTOR_MODAL = re.compile(r"(?!所以|因此|因而|于是|那么|而且|并且)[^，,；;。\s就则才而]{1,4}?(?<![无無毋不所必])("
                               + "|".join(_TAIL_ACTOR_MODALS) + ")")
#: A short actor (at most four characters, perhaps 又/亦/也/还; perhaps after a verb of asking, ``询问政府会否…``) and a
#: word of asking whether (``政府会否…``, ``当局可否…``, ``能否``), perhaps with 考虑 after it (Simplified view):
#: :func:`_asked_measure` then wants an action.
_TAIL_ACTOR_ASK = re.compile(r"(?P<asked>询问|追问|质询|查询)?(?!所以|因此|因而|于是|那么|而且|并且)"
                             r"[^，,；;。\s就则才而]{1,4}?(?:又|亦|也|还)?"
                             r"(?P<ask>会否|可否|可不可以|是否可以|会不会|能否)(?:认真|积极)?(?P<consider>考虑)?")


def _asked_measure(clause: str) -> bool:
    """Whether ``clause`` (stripped, no clause mark inside) asks whether a named actor will take an action, a plea
    asked as a question (``政府会否考虑设立一个预警机制``, ``当局可否增加班次``: :data:`_TAIL_ACTOR_ASK`, then an action
    of the ``imperative`` or ``solution_verb`` cue groups, perhaps past a manner adverb, or anything after 考虑 or
    after a verb of asking, 询问政府会否设计…, but a ``measure_tail_exclusion`` word): the measure tail of a
    complaint a legislator or a resident puts to the authorities (demands33). Constant work (anchored matches)."""
    m = _TAIL_ACTOR_ASK.match(clause)
    if m is None:
        return False
    rest = asp._strip_manner(clause[m.end():].lstrip(" \u3000"))
    lex = asp.lexicon()
    if len(rest) < 2 or rest.startswith(lex.words("measure_tail_exclusion")):
        return False  # (政府会否考虑这样理解: no act to take)
    # (会否考虑设计…: to consider is the act asked for, whatever verb follows, as asks_for_measure reads it)
    return (m.group("consider") is not None or m.group("asked") is not None
            or rest.startswith(lex.words("imperative") + lex.words("solution_verb")))


#: The words up to the first mark of a clause or a colon (the act a bare 应 governs; 应知道如何规划：在…必须提供… holds no
#: act of its own before the colon).
_BARE_YING_ACT = re.compile(r"[^，,；;。：:！？!?]*")
#: A short actor (at most four characters, perhaps 也/还/更/则/都) and the bare 应 of formal prose (``政府应重视…``,
#: ``当局也应检讨…``): :func:`measure_tail_clause` takes it only before an imperative verb. Not after a character that
#: makes 应 part of a word (供应, 回应, 反应, 适应, 响应, 相应, 效应, 答应, 顺应, 感应, 对应, 呼应, 照应, 理应 aside) nor
#: after a negation (不应 forbids: the prohibition readers take it).
_TAIL_ACTOR_BARE_YING = re.compile(r"(?!所以|因此|因而|于是|那么|而且|并且)[^，,；;。\s就则才而]{1,4}?"
                                   r"(?<![供回反适响相效答顺感对呼照内外接因不无未])(?:也|还|更|则|都)?应(?![该当对用有])")
#: A short speaker (at most four characters, perhaps 亦/也/还) before a wish (``陈希望…``, ``议员亦希望…``): not a connective.
_TAIL_WISHER = re.compile(r"(?!所以|因此|因而|于是|那么|而且|并且)[^，,；;。\s就则才而]{1,4}?(?:亦|也|还|更)?(希望|期望|期盼|盼望)")
#: Most characters of a wish's actor before its 能/尽快 (``希望物业管理处能…``) and of a short need clause (``需修复``).
TAIL_WISH_ACTOR_CHARS = 6
TAIL_SHORT_NEED_CHARS = 6


#: Most characters of the actor named after a clause-opening 应由 (``应由社福体系提供…``) before its action verb.
YING_YOU_ACTOR_CHARS = 8
#: A clause that opens with the bare 应 and names the remedy's main means (``应以照顾津贴为主``, ``应以预防为优先``):
#: 应以, at most twelve characters of one clause, then 为主/为优先/为核心/为重点. Anchored, bounded.
_YING_MEANS_MAIN = re.compile(r"应以[^，,；;。！？!?]{1,12}?为(?:主|优先|核心|重点)")


def _subjectless_ying_measure(clause: str) -> bool:
    """Whether ``clause`` (stripped, no clause mark inside) opens with the bare 应 of formal prose and no subject, the
    subject being the group the sentence has just described (``第一层为独居的长者，…，应由社福体系提供紧急安置``): 应由, an
    actor of at most :data:`YING_YOU_ACTOR_CHARS` characters and an imperative verb (:func:`summarizer.aspects.
    starts_imperative`), or 应以…为主 (:data:`_YING_MEANS_MAIN`). The remedy a needs ladder or a typology names for
    each kind it describes. Bounded: at most that many tests of a prefix."""
    if clause.startswith("应以"):
        return _YING_MEANS_MAIN.match(clause) is not None
    if not clause.startswith("应由"):
        return False
    return any(asp.starts_imperative(clause[k:]) for k in range(3, min(len(clause) - 1, 2 + YING_YOU_ACTOR_CHARS) + 1))


def measure_tail_clause(clause: str) -> bool:
    """Whether ``clause`` (one clause of a sentence, no clause mark inside) turns a complaint into what should be done
    about it (``…已掉皮，需修复``, ``…坏了半年，希望物业能尽快更换路灯``, ``…基础薄弱，还需要我们争取…``). After an
    optional setting (``在…中``) and at most one adverb (``measure_tail_adverb``: 也, 还), the clause opens with a
    strong modal (``measure_tail``: 应该, 必须; also after a short actor, ``物业应该…``), a wish (``measure_tail_wish``:
    希望) followed within :data:`TAIL_WISH_ACTOR_CHARS` characters by 能/尽快 (``measure_tail_wish_verb``) or by an
    imperative verb (past a time to come, ``measure_tail_wish_time``: ``希望今后多加注意``; corpus22), maybe after the
    one asked to act (:func:`actor_then_act`: ``希望物业重新划线``; wrong32), or a need (``measure_tail_need``: 需要, 需) followed by an actor (``measure_tail_actor``) or
    ending within :data:`TAIL_SHORT_NEED_CHARS` characters; what follows is at least two characters and no
    continuation of ``measure_tail_exclusion`` (需要时间, 需求, 必须引起重视). Constant work per clause."""
    w = _measure_tail_words()
    c = clause.strip(" \u3000")
    m = _TAIL_SETTING.match(c)  # (在…建设中还需要…: a setting before the adverb)
    c = c[m.end():] if m else c
    c = c[len(next((a for a in w["adverb"] if c.startswith(a)), "")):]
    word = next((x for x in w[""] + w["wish"] + w["need"] if c.startswith(x)), None)
    if word is None:
        m = _TAIL_ACTOR_BARE_YING.match(c)
        if m is not None and asp.starts_imperative(_BARE_YING_ACT.match(c, m.end()).group()):
            # (…仍缺乏解决方案，政府应重视…: a named actor and the bare 应 of formal prose before an imperative verb;
            # 应 alone is too common a character, 供应/回应/应对, so only after an actor and before an act; lefts26)
            return len(c) - m.end() >= 2
        if _subjectless_ying_measure(c):
            return True  # (第二层为…家庭，属于「请不起」，应以照顾津贴为主: the described group's remedy; issue 8)
        m = _TAIL_ACTOR_MODAL.match(c)  # (物业应该加强巡查: a short actor before a strong modal)
        if m is None and _asked_measure(c):
            return True  # (…生活困难，政府会否考虑设立预警机制: a plea asked as a question; demands33)
        if m is None:
            m = _TAIL_WISHER.match(c)  # (陈希望未来政府能积极推动…: a short speaker before a wish; trialfix21c)
            if m is None or m.group(1) not in w["wish"]:
                return False
        word, c = m.group(1), c[m.start(1):]
    rest = c[len(word):].lstrip(" \u3000")
    actor = next((a for a in w["actor"] if rest.startswith(a)), "")
    if len(rest) < 2 or rest.startswith(w["exclusion"]) or rest[len(actor):].lstrip("认真切实").startswith(w["exclusion"]):
        return False
    if word in w["wish"]:
        head = rest[:TAIL_WISH_ACTOR_CHARS + 2]
        # (希望今后多加注意: a time to come before the act, corpus22)
        acts = rest[len(next((t for t in w["wish_time"] if rest.startswith(t)), "")):]
        # (希望物业重新划线: the one asked, at most OWN_ACTOR_CHARS characters, before the act; wrong32)
        return (any(v in head for v in w["wish_verb"]) or asp.starts_imperative(acts) or _someone_to_act(acts)
                or actor_then_act(acts))
    if word in w["need"]:
        # (…差距还很大，需要构建更加先进的产业体系: a need whose clause opens with an imperative verb prescribes that act,
        # as 还需要我们… does; trialfix24b, trial24 K1)
        return bool(actor) or len(rest) <= TAIL_SHORT_NEED_CHARS or asp.starts_imperative(rest)
    return True


#: Someone wished to take charge (``希望有人管理管理吧``, ``希望有人来管管``): 有人, perhaps 来/出来/出面/能, then a verb
#: of taking charge (``someone_act_verb`` cue group: 管, 管理, 清理 …). Anchored, bounded.
@lru_cache(maxsize=1)
def _someone_act_re() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, sorted(asp.lexicon().words("someone_act_verb"), key=len, reverse=True)))
    return re.compile(r"有人(?:来|出来|出面|能|可以)?(?:%s)" % verbs)


def _someone_to_act(rest: str) -> bool:
    """Whether a wish's object ``rest`` (the words after 希望) asks that someone take charge (:func:`_someone_act_re`:
    ``有人管理管理吧``): a resident's plea to whoever is responsible, a measure asked for (p27recall; Part 27 932).
    Constant work (one anchored match)."""
    return _someone_act_re().match(rest) is not None


#: A verb of saying in the clauses before a measure tail (``局长回应说如果人手不足，应该…``): the measure is reported.
#: (one-character verbs fenced: not 说 in 说明, 称 in 名称; aspects.verb_alternation, wrong32)
_TAIL_SAYING = re.compile(asp.verb_alternation(("说", "説", "說", "称", "稱", "回应", "回應", "表示", "指出", "认为", "認為",
                                                "强调", "強調", "告诉我们", "提醒我们", "启示我们")))
#: A tail that announces the writer's own proposals (``亟需从…出发，提出…的对策建议``): what the text will do, no measure.
_TAIL_ANNOUNCES = re.compile(r"提出[^。；;！？!?]{0,30}?(?:对策|建议|思路|路径)")


#: Openers of a scene-setting clause before a measure (``面对当前严峻的就业形势，…``): read by :func:`_tail_guarded`,
#: where one such clause alone before a measure tail is the measure's frame, no complaint. Not 针对 (``针对…存在的
#: 短板，应该…`` names the problem the measure addresses: Part 11 693's gold counts it).
_FACING_FRAMES = ("面对", "面臨", "面临", "面對")


def _tail_guarded(before: str, tail: str) -> bool:
    """Whether the clauses ``before`` a measure tail and the ``tail`` (to the sentence end) hold something that makes
    the split wrong: a verb of saying or a moral's frame before it (:data:`_TAIL_SAYING`), a quotation it opens and
    does not close (someone's words), a remedy that opens it after a connective (``所以解决民生问题，必须…``), a
    condition or a purpose that opens one of its clauses (``要想根治雾霾，就必须…``: the goal of the measure, no
    problem), clauses that open with the text as their subject (``text_self`` cue group: ``因此，本文想要探讨…，并在
    结语说明笔者观点，希望…``: the text's plan, whose wish is its aim; wrong32), or a tail that announces the writer's own
    proposals (:data:`_TAIL_ANNOUNCES`)."""
    lead = before.lstrip(" \u3000").removeprefix("所以").removeprefix("因此").removeprefix("而")
    opened = any(before.count(o) > before.count(c) for o, c in (("“", "”"), ("「", "」"), ("『", "』")))
    clauses = [c.lstrip(" \u3000") for c in _REST_START.split(before)]
    # (面对当前严峻的就业形势，我们应积极采取措施…: one clause that only sets the scene the measure answers; lefts26)
    facing = len([c for c in clauses if c.strip(_TRIM)]) == 1 and lead.startswith(_FACING_FRAMES)
    return bool(_TAIL_SAYING.search(before) or asp.opens_with_remedy(lead) or _TAIL_ANNOUNCES.search(tail)
                or opened or facing
                or lead.lstrip(_TRIM).startswith(asp.lexicon().words("text_self"))
                or any(asp.opens_condition(c) or c.startswith(asp._PURPOSE_OPENERS) for c in clauses))


def _states_disrepair(clause: str) -> bool:
    """Whether ``clause`` names a facility's disrepair (``disrepair`` cue group: 掉皮, 破烂, 坏了) or states a
    deficiency as prose does (:func:`_states_problem`)."""
    return any(w in clause for w in asp.lexicon().words("disrepair")) or _states_problem(clause)


def _tail_split(text: str, start: int, end: int) -> int:
    """The start of the first clause after the first one in ``text[start:end]`` that opens a measure tail
    (:func:`measure_tail_clause`), or -1. Reads at most :data:`TAIL_READ_CHARS` characters: linear."""
    end = min(end, start + TAIL_READ_CHARS)
    m = _REST_START.search(text, start, end)
    if m is None or _measure_tail_cue().search(text, m.end(), end) is None:
        return -1  # (no clause after the first opens with a measure tail's word: nothing to test clause by clause)
    while m is not None:
        nxt = _REST_START.search(text, m.end(), end)
        if measure_tail_clause(text[m.end():nxt.start() if nxt else end]):
            return m.end()
        m = nxt
    return -1


#: Most characters of a measure tail's action, past its need word and a manner adverb, that is only a verb
#: (``需修复``, ``需尽快更换``): :func:`bare_tail`.
BARE_TAIL_CHARS = 2


def bare_tail(tail: str) -> bool:
    """Whether a measure tail (:func:`measure_tail_clause`, to the sentence end) is a need and a bare verb with no
    object (``需修复``, ``需尽快更换``: at most :data:`BARE_TAIL_CHARS` characters past the need word of
    ``measure_tail_need`` and a manner adverb); its point then starts at the clause before, which names what is to be
    repaired (trial17 F3). Bounded: reads the words at the tail's start."""
    c = tail.strip(_TRIM)
    word = next((w for w in asp.lexicon().words("measure_tail_need") if c.startswith(w)), None)
    if word is None:
        return False
    rest = asp._strip_manner(c[len(word):].strip(_TRIM))
    return len(rest) <= BARE_TAIL_CHARS


def _measure_tail_points(text: str, sentences: list[Sentence], layout: _Layout, out: dict[str, list[RawPoint]],
                         max_chars: int, review: int) -> None:
    """In place: a complaint and what should be done about it in one sentence (``外墙已掉皮，需修复``; ``经济基础薄弱，
    还需要争取上级的支持``; ``路灯坏了半年，晚上出行不便，希望物业能尽快更换路灯``): the clauses before the measure tail
    (:func:`measure_tail_clause`) are a challenge, the tail to the sentence end a recommendation. Three readings:
    a challenge point that runs into (or stops before) such a tail, with a disrepair or a deficiency and no strong
    modal before it, is cut before it and the tail is added as a recommendation; a recommendation point whose
    clauses before the tail state a problem (:func:`_states_disrepair`) with no modal gives those clauses as a
    challenge and starts at the tail; a sentence with no point in it, outside a reviewer's comment (from
    ``review``), whose clauses before the tail state a disrepair or a deficiency and which holds no reported saying,
    gives both; a sentence of news that opens with a participant's frame (:func:`summarizer.aspects.news_person_frame`:
    ``委员某某表示，A困难，…，希望能…``) is read past the frame (the participant's words are the report's content). None where :func:`_tail_guarded`. Linear: each point and sentence is read once, at most
    :data:`TAIL_READ_CHARS` characters."""
    starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> Sentence | None:
        k = bisect.bisect_right(starts, pos) - 1
        return sentences[k] if k >= 0 and pos < sentences[k].end else None

    def tail(at: int, s: Sentence, lead: int | None = None) -> RawPoint | None:
        # (a bare need and its verb, 需修复, names its object in the clause before: the point starts there)
        a, b = shape(text, lead if lead is not None and bare_tail(text[at:s.end]) else at, s.end, max_chars)
        return RawPoint(asp.RECOMMENDATION, a, b, 0.0) if b - a >= POINT_MIN_CHARS else None

    added: dict[str, list[RawPoint]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    measures = [(p.start, p.end) for p in out[asp.RECOMMENDATION]]
    for p in out[asp.CHALLENGE]:
        s = sentence_of(p.start)
        if s is None or p.start >= review:
            continue
        at = _tail_split(text, p.start, s.end)
        if at < 0 or at - p.start < POINT_MIN_CHARS + 1:
            continue
        if any(a < s.end and b > at for a, b in measures):
            continue  # (…等突出问题，我们应当加大…: the turn was read already, its measure is a point)
        rec = tail(at, s, p.start)
        before = text[p.start:at]
        if (rec is None or asp.strong_modal(before) or not _states_disrepair(before)
                or _tail_guarded(before, text[at:s.end])):
            continue
        p.end = min(p.end, _trim(text, p.start, at - 1)[1])
        added[asp.RECOMMENDATION].append(rec)
    for p in out[asp.RECOMMENDATION]:
        s = sentence_of(p.start)
        if s is None or p.start >= review:
            continue
        at = _tail_split(text, p.start, p.end)
        lo = p.start
        if at < 0 and p.start > s.start and _tail_split(text, s.start, s.end) == p.start:
            # (…法案仍停滞不前，…，陈希望未来政府能积极推动立法: a point cut to the tail leaves the complaint before it
            # unread; it is read as if the point ran from the sentence start, trialfix21c)
            lo, at = s.start, p.start
            label = asp.run_in_label(text[lo:at])  # (卫生问题：A，希望物业…: the label is no part of the problem; wrong32)
            lo += label[0] if label is not None else 0
        grown = None
        if at < 0:
            # (…失业率接近8%，员工处于水深火热之中，政府会否考虑设计…: a point that stops right before its sentence's
            # measure tail states the complaint; the tail, cut off, is the measure; demands33)
            later = _tail_split(text, p.start, s.end)
            if later >= p.end and not text[p.end:later].strip(_TRIM):
                grown = tail(later, s)
                at = later if grown is not None else -1
        before = text[lo:at] if at > lo else ""
        if (at < 0 or len(before) <= POINT_MIN_CHARS or asp.modal_strength(before) or asp.strong_modal(before)
                or asp.opens_prohibition(before)
                or not _states_disrepair(before) or _tail_guarded(before, text[at:s.end])):
            continue  # (不能只按本子办事，需要灵活处理: a prohibition with no subject prescribes too, no complaint; weak25)
        a, b = _trim(text, lo, at - 1)
        added[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, p.score))
        if grown is not None:
            p.start, p.end = grown.start, grown.end
        elif not bare_tail(text[at:s.end]):
            p.start = at  # (需尽快更换 alone names nothing: the point keeps the facility it is about)
    taken = sorted((p.start, p.end) for points in out.values() for p in points)
    ends = [b for _, b in taken]
    for i, s in enumerate(sentences):
        if s.kind != "sentence" or s.start >= review:
            continue  # (a sentence read as a titled item's heading, 3栋的外墙已掉皮，需修复, is still read)
        k = bisect.bisect_right(ends, s.start)
        if k < len(taken) and taken[k][0] < s.end:
            continue  # a point lies in it already
        at = _tail_split(text, s.start, s.end)
        if at < 0:
            continue
        # (a participant's words in meeting news, 委员某某表示，A困难，…，希望能…: past the speaker's frame)
        frame = asp.news_person_frame(s.text)
        lo = s.start + frame.end() if frame is not None and frame.start() == 0 and s.start + frame.end() < at \
            else s.start
        before = text[lo:at]
        if (not _states_disrepair(before) or asp.modal_strength(before) or asp.strong_modal(before)
                or _tail_guarded(before, text[at:s.end]) or asp.news_said_start(s.text) > 0):
            continue
        rec = tail(at, s, lo)
        a, b = _trim(text, lo, at - 1)
        if rec is None or b - a < POINT_MIN_CHARS:
            continue
        added[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0))
        added[asp.RECOMMENDATION].append(rec)
    for aspect, points in added.items():
        out[aspect].extend(points)


#: Most characters of the subject between the start of a clause and its 却 in :func:`prescribed_then_contrary`
#: (``「长照三‧０」却…``, ``有关部门却…``).
CONTRARY_SUBJECT_CHARS = 12
#: A clause that prescribes: at most four characters of a subject, then a modal of the ``contrary_norm_modal`` cue
#: group (应, 应该, 应当, 理应) and an action (no 该 of 应该 read as an object). Anchored, bounded.
_NORM_CLAUSE_CHARS = 4


@lru_cache(maxsize=1)
def _norm_clause_re() -> re.Pattern[str]:
    words = sorted(asp.lexicon().words("contrary_norm_modal"), key=len, reverse=True)
    return re.compile(r"\s{0,2}[^，,。；;：:！？!?「」“”]{0,%d}?(?:%s)" % (_NORM_CLAUSE_CHARS, "|".join(map(re.escape, words))))


def prescribed_then_contrary(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``(measure, problem)`` spans (offsets into ``sentence``) of a sentence that prescribes a course and then sets
    what an actor does against it with 却 (``当资源不够充分，应优先照顾重度需求者，新方案却让服务员到轻症家庭做家事``):
    the clause that opens with a modal of what ought to be done (after at most :data:`_NORM_CLAUSE_CHARS` characters of
    a subject, :func:`_norm_clause_re`: 应, 应该, 理应) is a measure, the clause right after it whose 却 comes after at
    most :data:`CONTRARY_SUBJECT_CHARS` characters of a new subject is the complaint, from after 却 to its clause's
    end. ``None`` when no such pair is found, when the modal clause is a condition or a question, when the 却 clause
    holds a modal itself (``却应…``) or when 却 opens the clause with no subject of its own (``应当A，却B``: one actor
    that should and did not, a single complaint). Linear in the sentence (weak21: an editorial's norm and the
    government's contrary practice)."""
    if "却" not in sentence and not asp.has_cue(sentence, "contrary_emphasis"):
        return None
    clauses = []
    a = 0
    for m in _REST_START.finditer(sentence + "，"):
        if m.start() > a:
            clauses.append((a, m.start()))
        a = m.end()
    masked = asp._mask_non_modals(sentence)  # (相对应, 供应, 适宜: no modal)
    for i in range(len(clauses) - 1):
        x, y = clauses[i]
        norm = _norm_clause_re().match(masked, x, y)
        if norm is None or y - norm.end() < 2:
            continue
        p, q = clauses[i + 1]
        k = sentence.find("却", p, min(q, p + CONTRARY_SUBJECT_CHARS + 3))
        if k >= 0 and sentence.startswith("却步", k):
            k = -1
        start = k + 1
        if k < 0:
            # (应由物业来管理，部门人员根本无权管理，也不专业: a subject, then an emphatic negation states the fact
            # against the norm; the practice runs from the subject on, through clauses that add to it with 也/又)
            e = _contrary_emphasis_re().match(sentence, p, q)
            if e is None:
                continue
            k, start = e.start("emph"), p + len(sentence[p:q]) - len(sentence[p:q].lstrip(" \u3000"))
            for r, t in clauses[i + 2:]:
                if not sentence[r:t].lstrip(" \u3000").startswith(_ADDED_CLAUSE_OPENERS):
                    break
                q = t
        if not sentence[p:k].strip(" \u3000"):
            continue
        clause = sentence[x:y]
        if (asp.opens_condition(clause) or "？" in sentence[x:q] or "?" in sentence[x:q]
                or asp.modal_strength(sentence[k + 1:q])):
            return None
        mx = x + len(clause) - len(clause.lstrip(" \u3000"))
        return _trim(sentence, mx, y), _trim(sentence, start, q)
    return None


#: Openings of a clause that adds to the practice before it (``…根本无权管理，也不专业``).
_ADDED_CLAUSE_OPENERS = ("也", "又", "亦", "更", "还")


@lru_cache(maxsize=1)
def _contrary_emphasis_re() -> re.Pattern[str]:
    """A subject of at most :data:`CONTRARY_SUBJECT_CHARS` characters, then an emphatic adverb of the
    ``contrary_emphasis`` cue group (根本, 完全, 压根) right before a negation (不, 没, 无, 未, 并非): the fact stated
    against a norm. Anchored at the clause start, bounded."""
    words = sorted(asp.lexicon().words("contrary_emphasis"), key=len, reverse=True)
    return re.compile(r"\s{0,2}[^，,；;。：:！？!?]{1,%d}?(?P<emph>%s)(?:不|没|无|未|并非)"
                      % (CONTRARY_SUBJECT_CHARS, "|".join(map(re.escape, words))))


def _contrary_practice_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                              review: int) -> None:
    """In place: a sentence that prescribes and then sets an actor's practice against it (:func:`prescribed_then_contrary`)
    gives its prescription as a recommendation and the practice as a challenge; the points that lay over the
    prescription (a challenge window from the sentence start, read as one complaint) are replaced. Sentences of a
    reviewer's comment (from ``review``) are not read. Linear in the sentences (each point is compared once per
    sentence with such a pair; such sentences are few)."""
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or not ("却" in s.text or asp.has_cue(s.text, "contrary_emphasis")):
            continue
        pair = prescribed_then_contrary(s.text)
        if pair is None:
            continue
        (mx, my), (cx, cy) = pair
        mx, my, cx, cy = s.start + mx, s.start + my, s.start + cx, s.start + cy
        for aspect in out:
            out[aspect] = [p for p in out[aspect] if not (p.start < my and p.end > mx)]
        for aspect, (x, y) in ((asp.RECOMMENDATION, (mx, my)), (asp.CHALLENGE, (cx, cy))):
            a, b = shape(text, x, y, max_chars)
            if b - a >= POINT_MIN_CHARS and not any(p.start < b and p.end > a for p in out[aspect]):
                out[aspect].append(RawPoint(aspect, a, b, 0.0))


#: Most characters of a lead-in's end that the aspect noun announcing an enumeration stands in (``…提出了意见建议：``).
ANNOUNCED_CUE_CHARS = 6


def announced_enumeration(text: str, start: int, end: int) -> tuple[str | None, list[tuple[int, int]]]:
    """The aspect and the items of a ``、`` enumeration that a lead-in announces with its colon inside the sentence
    ``text[start:end]`` (``报告从八个方面提出了意见建议：A、B、C、D``; ``调查组提出以下建议：A、B、C``; ``存在以下问题：A、
    B、C``), or ``(None, [])``. The lead-in (from the sentence start to its first colon, no quotation after the colon)
    ends, within :data:`ANNOUNCED_CUE_CHARS` characters, with a noun of the aspect (:func:`summarizer.aspects.
    heading_cues`: 建议, 问题); after the colon the sentence holds no ``；`` (those lists are read by ``_colon_list``)
    and at least two ``、``; each item has :data:`ENUM_ITEM_CHARS` characters or more (a short last item cut off by the
    end of the text is dropped; a trailing ``等`` is no part of an item), and more than half of them state the aspect
    themselves (a measure: a modal or an imperative opening; a problem: a shortcoming or a deficiency). A lead-in that
    narrates its action (提出了) does not stop the reading: the items are the report's content. Linear in the sentence."""
    colon = _first_colon(text, start, end)
    if colon < 0:
        aspect, items = proposed_enumeration(text, start, end)
        return (aspect, items) if aspect is not None else included_enumeration(text, start, end)
    included = _INCLUDED_LIST.search(text, start, colon)
    if included is not None:
        # (…主要原因有6点，包括A、B、C等，兹分别详述如下：: the list before a colon that announces what follows)
        aspect, items = included_enumeration(text, start, colon)
        if aspect is not None:
            return aspect, items
    if text[colon + 1:colon + 2] in "“「『\"'" or any(ch in "；;" for ch in text[colon:end]):
        return None, []
    cues = asp.heading_cues(text[max(start, colon - ANNOUNCED_CUE_CHARS - 6):colon])
    if not cues or cues[-1][0] < len(text[max(start, colon - ANNOUNCED_CUE_CHARS - 6):colon]) - ANNOUNCED_CUE_CHARS:
        return None, []
    aspect = cues[-1][1]
    if aspect not in (asp.CHALLENGE, asp.RECOMMENDATION) or text.count("、", colon, end) < 2:
        return None, []
    items = enumeration_spans(text, colon + 1, end)
    if items and items[-1][1] - items[-1][0] < ENUM_ITEM_CHARS and end >= len(text.rstrip()):
        items.pop()  # (…、强化网 — the text ends inside the last item)
    if len(items) < 2 or any(y - x < ENUM_ITEM_CHARS for x, y in items):
        return None, []
    if aspect == asp.RECOMMENDATION:
        stating = sum(_states_measure(text[x:y]) or asp.starts_imperative(text[x:y]) for x, y in items)
    else:
        stating = sum(bool(asp.challenge_strength(text[x:y]) or asp._prose_deficits(text[x:y])) for x, y in items)
    return (aspect, items) if 2 * stating > len(items) else (None, [])


#: Most characters of the lead before :func:`included_enumeration`'s ``，包括`` that are read for the aspect.
INCLUDED_LEAD_CHARS = 24
#: The word that opens a ``、`` list of what the lead names, in a clause of its own (``…主要有五点，包括A、B、C等``).
_INCLUDED_LIST = re.compile(r"[，,]\s{0,2}(?:主要)?包括(?:了|有)?(?![：:])")
_CLAUSE_CLOSE = re.compile(r"[，,。；;！？!?：:]")
#: A lead that counts the causes of a problem (``主要原因有6点``, ``其成因主要有五个``): the items it includes are the
#: causes, each a challenge whatever its words (``食品产业结构之巨变``). Bounded.
_COUNTED_CAUSES = re.compile(r"(?:原因|成因|根源|症结)(?:主要)?(?:有|包括|在于)?[0-9０-９一二三四五六七八九十两几]{1,2}"
                             r"(?:点|个|项|方面|大类)[，,]?$")
#: Most characters between a word of success and the cause noun it is the cause of (``脱贫成功的主要原因``).
SUCCESS_CAUSE_GAP = 4


@lru_cache(maxsize=1)
def _success_cause_re() -> re.Pattern[str]:
    """A word of the ``success_cause_subject`` cue group (成功, 成效, 好转 …), at most :data:`SUCCESS_CAUSE_GAP`
    characters of no clause mark, then 原因/成因/因素: the causes of a success. Bounded: linear."""
    return re.compile(r"(?:%s)[^，,。；;：:！？!?]{0,%d}?(?:原因|成因|因素)"
                      % (asp.cue_alternation("success_cause_subject"), SUCCESS_CAUSE_GAP))


def _success_causes(lead: str) -> bool:
    """Whether the cause count in ``lead`` (:data:`_COUNTED_CAUSES`) counts the causes of a success
    (``该村脱贫成功的原因主要有三点``): its items (``领导重视、群众支持、资金到位``) are what went right, each a
    problem only when it states one itself (try44b). Linear."""
    return _success_cause_re().search(lead) is not None


#: A comma and a conjunction before a list's last item (``…、C，以及D``).
_LAST_ITEM_AFTER_COMMA = re.compile(r"[，,]\s{0,2}(?:以及|及|还有)")


def included_enumeration(text: str, start: int, end: int) -> tuple[str | None, list[tuple[int, int]]]:
    """The aspect and the items of a ``、`` list that a lead announces with ``，包括`` and no colon inside the sentence
    ``text[start:end]`` (``其成因主要有五点，包括A、B、C、D等，下文分别说明``; ``面临的困难不少，包括A、B、C``), or
    ``(None, [])``: the lead (the last :data:`INCLUDED_LEAD_CHARS` characters before the comma, read as a lead-in
    with a colon, :func:`summarizer.aspects.lead_in_aspect`) announces challenges; the list runs to the end of its
    clause and holds at least two ``、`` (three items; a trailing ``等`` left out; a last item after ``，以及``
    is one more, :data:`_LAST_ITEM_AFTER_COMMA`) of :data:`ENUM_ITEM_CHARS` characters or more, more than half of
    which state a shortcoming themselves (any, after a lead that counts causes, :data:`_COUNTED_CAUSES`). One point
    per item: a cause list written in one sentence states one problem per cause (Part 83's 4486); a colon after the
    list (``…等，兹分别详述如下：``) announces what follows and leaves it to be read (:func:`announced_enumeration`). Linear in the sentence (one search, one clause read)."""
    m = _INCLUDED_LIST.search(text, start, end)
    if m is None:
        return None, []
    lead = text[max(start, m.start() - INCLUDED_LEAD_CHARS):m.start()]
    if asp.lead_in_aspect(lead + "：") != asp.CHALLENGE:
        return None, []
    close = _CLAUSE_CLOSE.search(text, m.end(), end)
    stop = close.start() if close is not None else end
    if text.count("、", m.end(), stop) < 2:
        return None, []  # (包括A、B与C三大压力: a summary of topics, one point; at least three items before any 以及)
    items = enumeration_spans(text, m.end(), stop)
    last = _LAST_ITEM_AFTER_COMMA.match(text, stop, end)
    if last is not None and items:
        # (包括A、B、C，以及D: the last item joined after a comma; Part 42's 2680 kind)
        close = _CLAUSE_CLOSE.search(text, last.end(), end)
        items.append(_trim(text, last.end(), close.start() if close is not None else end))
        tail = _ENUM_TAIL.search(text, *items[-1])
        if tail is not None and tail.start() > items[-1][0]:
            items[-1] = (items[-1][0], tail.start())
    if len(items) < 3 or any(y - x < ENUM_ITEM_CHARS for x, y in items):
        return None, []
    if _COUNTED_CAUSES.search(lead) and not _success_causes(lead):
        return asp.CHALLENGE, items  # (成因主要有五点，包括…: each cause counted is a problem the lead names)
    stating = sum(bool(asp.challenge_strength(text[x:y]) or asp._prose_deficits(text[x:y])) for x, y in items)
    return (asp.CHALLENGE, items) if 2 * stating > len(items) else (None, [])


@lru_cache(maxsize=1)
def _proposed_list_re() -> re.Pattern[str]:
    """A verb of putting forward (``提出``, ``提出了``), then a ``、`` list in one clause closed by ``等`` (or ``的``:
    ``提出了完善A、加强B、深化C的对策``, abstract34), at most eight
    characters and a noun of the aspect (``建议``, ``思路``, ``对策``, ``问题``: the ``recommendation_section`` and
    ``challenge_section`` cue groups) before the clause ends (:func:`proposed_enumeration`). Bounded: the list is at
    most :data:`PROPOSED_LIST_CHARS` characters."""
    nouns = "|".join(sorted({re.escape(w) for g in ("recommendation_section", "challenge_section")
                             for w in asp.lexicon().words(g)} | set(PROPOSED_WAY_NOUNS), key=len, reverse=True))
    return re.compile(r"提出了?(?P<list>[^，,。；;：:！？!?]{%d,%d}?)(?:等|的)[^，,。；;：:！？!?、]{0,8}?(?:%s)"
                      r"(?=[，,。；;！？!?]|$)"
                      % (2 * ENUM_ITEM_CHARS, PROPOSED_LIST_CHARS, nouns))


@lru_cache(maxsize=1)
def _analysed_list_re() -> re.Pattern[str]:
    """A verb of analysis (``analysis_verb`` cue group: 分析了, 剖析了, 揭示了, 梳理了 …), then a ``、`` list in one clause
    closed by ``等``, at most eight characters and a noun of the challenge aspect (``challenge_section`` cue group:
    难题, 困境, 问题) before the clause ends (``分析了A的单一性、B的片面性、C的随意性等社区协商难题``: an abstract names
    the problems it studies; Part 90's 4927, :func:`proposed_enumeration`). Bounded: the list is at most
    :data:`PROPOSED_LIST_CHARS` characters."""
    nouns = "|".join(sorted({re.escape(w) for w in asp.lexicon().words("challenge_section")}, key=len, reverse=True))
    return re.compile(r"(?:%s)(?P<list>[^，,。；;：:！？!?]{%d,%d}?)等[^，,。；;：:！？!?、]{0,8}?(?:%s)"
                      r"(?=[，,。；;！？!?]|$)"
                      % (asp.cue_alternation("analysis_verb"), 2 * ENUM_ITEM_CHARS, PROPOSED_LIST_CHARS, nouns))


@lru_cache(maxsize=1)
def _around_list_re() -> re.Pattern[str]:
    """A ``、`` list after ``围绕`` (or ``就``, ``针对``) closed by ``等`` and at most four characters (``方面``, ``问题``),
    then in the same sentence, within twelve characters, a verb of putting forward (``提出``) and within sixteen more a
    noun of the aspect (``…等方面，提出了很多具体的意见和建议``: a meeting's proposals on the listed topics; trialfix20b,
    :func:`proposed_enumeration`). Bounded: the list is at most :data:`PROPOSED_LIST_CHARS` characters."""
    nouns = "|".join(sorted({re.escape(w) for g in ("recommendation_section", "challenge_section")
                             for w in asp.lexicon().words(g)}, key=len, reverse=True))
    return re.compile(r"(?:围绕|圍繞|针对|針對)(?P<list>[^，,。；;：:！？!?]{%d,%d}?)等[^，,。；;：:！？!?、]{0,4}?[，,]?"
                      r"[^。；;！？!?]{0,12}?提出了?(?P<tail>[^。；;！？!?]{0,16}?(?:%s))(?=[，,。；;！？!?]|$)"
                      % (2 * ENUM_ITEM_CHARS, PROPOSED_LIST_CHARS, nouns))


@lru_cache(maxsize=1)
def _from_levels_list_re() -> re.Pattern[str]:
    """A ``、`` list after 从 closed by a count of levels or sides (``三个层面``, ``两个方面``) or by 等 and such a noun,
    then in the same sentence, within twelve characters, a verb of putting forward (``提出``) and within sixteen more a
    noun of the aspect (``从A、B和C三个层面提出对策和建议``: an abstract's measures; kinds32, :func:`proposed_enumeration`).
    The list group ends with the count, which :func:`enumeration_spans` leaves out of the last item. Bounded: the list
    is at most :data:`PROPOSED_LIST_CHARS` characters."""
    nouns = "|".join(sorted({re.escape(w) for g in ("recommendation_section", "challenge_section")
                             for w in asp.lexicon().words(g)}, key=len, reverse=True))
    return re.compile(r"从(?P<list>[^，,。；;：:！？!?]{%d,%d}?(?:[两二三四五六七八九十]个?|等)(?:方面|层面|维度|角度))"
                      r"(?:入手|出发|着手)?[，,]?[^。；;！？!?]{0,12}?提出了?(?P<tail>[^。；;！？!?]{0,16}?(?:%s))"
                      r"(?=[，,。；;！？!?]|$)" % (2 * ENUM_ITEM_CHARS, PROPOSED_LIST_CHARS, nouns))


@lru_cache(maxsize=1)
def _focus_list_re() -> re.Pattern[str]:
    """A modal (要, 需要, 应, 必须 …) and a verb of seizing or focusing on (抓住, 抓好, 把握, 聚焦, 突出, 注重 …), then a
    ``、`` list in one clause closed by 等 (maybe a count: 四个) and a noun of focus (关键点, 重点, 着力点, 环节 …) before
    the clause ends (``特别是要抓住优化A、推进B、重视C等关键点``: an abstract's remedies named as the points to seize;
    Part 69's 3628, :func:`proposed_enumeration`). Bounded: the list is at most :data:`PROPOSED_LIST_CHARS` characters."""
    return re.compile(r"(?:需要|需|要|应当|应该|应|必须|务必)(?:紧紧|牢牢|重点)?(?:抓住|抓牢|抓好|把握|聚焦|突出|注重|着力于?)"
                      r"(?P<list>[^，,。；;：:！？!?]{%d,%d}?)等(?:[两二三四五六七八九十几]个)?"
                      r"(?:关键点|关键环节|关键|重点|着力点|着眼点|突破口|环节)(?=[，,。；;！？!?]|$)"
                      % (2 * ENUM_ITEM_CHARS, PROPOSED_LIST_CHARS))


#: Longest ``、`` list read after 提出 (:func:`proposed_enumeration`), in characters.
PROPOSED_LIST_CHARS = 160
#: Nouns of topics after 等 (``提出了A、B等方面的建议``): the items name what the proposals are about, not measures.
_TOPIC_NOUNS = ("方面", "领域", "问题", "议题", "话题")
#: Nouns of a way forward that name a list put forward after 提出 as measures (``提出了A、B、C等优化途径``: an abstract's
#: measures; kinds32) though no heading is a recommendation section by them (``融资途径单一`` names a shortcoming).
PROPOSED_WAY_NOUNS = ("途径",)


def proposed_enumeration(text: str, start: int, end: int) -> tuple[str | None, list[tuple[int, int]]]:
    """The aspect and the items of a ``、`` list named as the points a measure must seize (:func:`_focus_list_re`:
    ``要抓住A、B、C等关键点``: recommendations), else of a ``、`` list put forward as the object of 提出 in the sentence ``text[start:end]``
    and named after it (``委员们…提出了完善招商体制机制、培育消费热点、实施文化引领战略等方面的思路``: a meeting's proposals;
    ``…提出了A、B、C等问题``; the list before it: ``围绕A、B、C等方面，提出了…意见和建议``, :func:`_around_list_re`, trialfix20b;
    ``从A、B和C三个层面提出对策``, :func:`_from_levels_list_re`, kinds32),
    or ``(None, [])`` (trialfix20): the list (:func:`_proposed_list_re`) has at least three
    items of :data:`ENUM_ITEM_CHARS` characters or more, the noun after 等 names the aspect (:func:`summarizer.aspects.
    heading_aspect`; or a way noun, ``等优化途径``: :data:`PROPOSED_WAY_NOUNS`), and more than half of the items state
    it themselves, as with a colon (:func:`announced_enumeration`). A list of measures named right after its 等
    (``提出了设立A、共建B、招聘C等建议``: no topic noun, :data:`_TOPIC_NOUNS`, between) needs one item that states a measure
    and none that states a problem: the noun says what the items are (kinds32). Linear in the sentence (one bounded
    search)."""
    if "等" in text[start:end]:
        f = _focus_list_re().search(text, start, end)
        if f is not None:
            # 特别是要抓住A、B、C等关键点: the points to seize, each a measure when most of them state one (Part 69)
            items = enumeration_spans(text, f.start("list"), f.end("list"))
            if len(items) >= 2 and all(y - x >= ENUM_ITEM_CHARS for x, y in items) and 2 * sum(
                    _states_measure(text[x:y]) or asp.starts_imperative(text[x:y]) for x, y in items) > len(items):
                return asp.RECOMMENDATION, items
    m = _proposed_list_re().search(text, start, end)
    analysed = False
    if m is None and "了" in text[start:end]:
        # 分析了A、B、C等社区协商难题: the problems an abstract names as analysed (Part 90's 4927)
        m = _analysed_list_re().search(text, start, end)
        analysed = m is not None
    noun_from = m.end("list") if m is not None else 0
    after_list = m is not None
    if m is None and "提出" in text[start:end]:
        m = _around_list_re().search(text, start, end)  # 围绕A、B、C等方面，提出了…意见和建议 (trialfix20b)
        if m is None and "从" in text[start:end]:
            m = _from_levels_list_re().search(text, start, end)  # 从A、B和C三个层面提出对策 (kinds32)
        noun_from = m.start("tail") if m is not None else 0
    if m is None or "、" not in text[m.start("list"):m.end("list")]:
        return None, []  # (the three items are counted below: 从A、B和C三个层面 splits its last one at 和)
    aspect = asp.heading_aspect(text[noun_from:m.end()])
    if aspect is None and text.endswith(PROPOSED_WAY_NOUNS, noun_from, m.end()):
        aspect = asp.RECOMMENDATION  # 提出了A、B、C等优化途径 (kinds32)
    if aspect not in (asp.CHALLENGE, asp.RECOMMENDATION) or (analysed and aspect != asp.CHALLENGE):
        return None, []
    items = split_joined_last(text, enumeration_spans(text, m.start("list"), m.end("list")), aspect)
    if len(items) < 3 or any(y - x < ENUM_ITEM_CHARS for x, y in items):
        return None, []
    if analysed and not any(w in text[noun_from:m.end()] for w in _TOPIC_NOUNS):
        return aspect, items  # 分析了A、B、C等难题: a noun of trouble (not 问题, a topic as often) names the items problems
    if aspect == asp.RECOMMENDATION:
        stating = sum(_states_measure(text[x:y]) or asp.starts_imperative(text[x:y]) for x, y in items)
        if stating and after_list and not any(w in text[noun_from:m.end()] for w in _TOPIC_NOUNS) and not any(
                asp.challenge_strength(text[x:y]) or asp._prose_deficits(text[x:y]) for x, y in items):
            return aspect, items  # 提出了设立A、共建B、招聘C等建议: the noun right after 等 names the items measures
    else:
        stating = sum(bool(asp.challenge_strength(text[x:y]) or asp._prose_deficits(text[x:y])) for x, y in items)
    return (aspect, items) if 2 * stating > len(items) else (None, [])


#: Verbs that name a list of consequences as problems (``将造成A、B及C等问题``): what the clause's subject causes.
_CONSEQUENCE_VERBS = ("造成", "导致", "引发", "引起", "带来", "衍生", "产生")
#: Words right before a consequence verb that make the consequences ones to avert (``避免造成A、B等问题``: a measure's aim).
_AVERTED_LEAD = ("避免", "防止", "以免", "以防", "免得", "减少", "不会", "不致", "杜绝", "预防")


#: Most characters of one item of a consequence list (:func:`consequence_enumeration`): a noun phrase, not a clause.
CONSEQUENCE_ITEM_CHARS = 24


@lru_cache(maxsize=1)
def _consequence_list_re() -> re.Pattern[str]:
    """A verb of consequence (:data:`_CONSEQUENCE_VERBS`), then a ``、`` list in one clause closed by ``等`` and at most
    four characters and a noun of the challenge aspect (``challenge_section`` cue group: 问题, 困境) before the clause
    ends (``高龄化的持续，将造成A、B及C等问题``; :func:`consequence_enumeration`). Bounded: the list is at most
    :data:`PROPOSED_LIST_CHARS` characters."""
    nouns = "|".join(sorted({re.escape(w) for w in asp.lexicon().words("challenge_section")}, key=len, reverse=True))
    return re.compile(r"(?:%s)了?(?P<list>[^，,。；;：:！？!?]{%d,%d}?)等[^，,。；;：:！？!?、]{0,4}?(?:%s)"
                      r"(?=[，,。；;！？!?]|$)"
                      % ("|".join(_CONSEQUENCE_VERBS), 2 * ENUM_ITEM_CHARS, PROPOSED_LIST_CHARS, nouns))


def consequence_enumeration(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a ``、`` list of consequences named as problems in ``text[start:end]`` (:func:`_consequence_list_re`:
    ``X的持续，将造成A、B及C等问题``: each item a problem the text states; the last item split at a conjunction when both
    halves state one, :func:`split_joined_last`), or ``[]``: two items or more of :data:`ENUM_ITEM_CHARS` characters or
    more and at most :data:`CONSEQUENCE_ITEM_CHARS` (what the verb causes, named as problems by the noun after 等:
    ``劳动力萎缩``, ``教育体制冲击`` need no cue word of their own), and no word of averting right before the
    verb (:data:`_AVERTED_LEAD`: ``避免造成…等问题`` names what a measure prevents). Offsets into ``text`` (a Simplified
    view). Linear in the span (one bounded search)."""
    m = _consequence_list_re().search(text, start, end)
    if m is None or "、" not in text[m.start("list"):m.end("list")]:
        return []
    if any(w in text[max(start, m.start() - 4):m.start()] for w in _AVERTED_LEAD):
        return []
    items = split_joined_last(text, enumeration_spans(text, m.start("list"), m.end("list")), asp.CHALLENGE)
    if len(items) < 2 or any(y - x < ENUM_ITEM_CHARS for x, y in items):
        return []
    return items if all(y - x <= CONSEQUENCE_ITEM_CHARS for x, y in items) else []


def _announced_enumeration_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                                  max_chars: int, review: int) -> None:
    """In place: a sentence whose lead-in announces a ``、`` enumeration of the aspect with its colon
    (:func:`announced_enumeration`) gives one point per item; the points that lay after the colon (the whole list as
    one point, or a part of it) are replaced, and so is an other-aspect reading there. A literature review's reported
    list (:func:`summarizer.aspects.reports_scholar_view`) and a reviewer's comment (from ``review``) give none.
    Linear in the sentences (binary search over the points)."""
    spans: list[tuple[int, int]] = []  # ([lo, hi) of each list read: the points there are replaced)
    added: list[RawPoint] = []
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or "、" not in s.text:
            continue
        aspect, items = announced_enumeration(text, s.start, s.end)
        if aspect == asp.RECOMMENDATION and any(w in s.text for w in _CONSEQUENCE_VERBS):
            # (将造成A、B及C等问题，县府爰提出D、E及F等对策: the consequences before the measures are problems the
            # sentence states; Part 98's 5387)
            consequences = consequence_enumeration(text, s.start, items[0][0])
            if consequences:
                spans.append((consequences[0][0], items[0][0]))
                for x, y in consequences:
                    a, b = shape(text, x, y, max_chars)
                    if b > a:
                        added.append(RawPoint(asp.CHALLENGE, a, b, 0.0))
        if aspect is None or asp.reports_scholar_view(text, items[0][0], items[-1][1]):
            continue
        hi = s.end
        if aspect == asp.CHALLENGE and "提出" in text[items[-1][1]:s.end]:
            # (分析了A、B等问题，提出了要C；要D的路径建议: the proposals after the problem list are the sentence's other
            # points, kept; the list's clause alone is replaced)
            m = _COMMA_CLAUSE_SPLIT.search(text, items[-1][1], s.end)  # (where the list's clause ends)
            hi = m.start() if m is not None else s.end
        spans.append((items[0][0], hi))
        for x, y in items:
            a, b = shape(text, x, y, max_chars)
            if b > a:
                added.append(RawPoint(aspect, a, b, 0.0))
    if not spans:
        return
    # (one pass over the points, a binary search each: the sentences' spans are disjoint and in order; w69 — a
    # filter per sentence was quadratic on 10,000 lines that each hold such a list)
    los = [lo for lo, _ in spans]

    def replaced(p: RawPoint) -> bool:
        k = bisect.bisect_right(los, p.start) - 1
        if k >= 0 and p.start < spans[k][1]:
            return True  # (lo <= p.start < hi)
        k += 1
        return k < len(los) and p.start < los[k] < p.end  # (a point across the list's start)

    for a in out:
        out[a] = [p for p in out[a] if not replaced(p)]
    for p in added:
        out[p.aspect].append(p)



#: Verbs of study that open an abstract's basis clause (``在分析…存在的A、B等问题的基础上，提出…``).
_BASIS_STUDY = re.compile(r"在(?:深入)?(?:分析|剖析|梳理|探讨|总结|研究|考察|调查|调研|揭示|阐述|厘清|归纳|探究)")
#: The close of a basis clause's problem list, up to 基础上 (``…等问题的基础上``): at most this many characters.
_BASIS_CLOSE = re.compile(r"等(?:诸多|一系列|突出|主要)?(?:问题|困境|难题|不足|短板|障碍|弊端|矛盾)的?\Z")
#: Most characters between the study verb of a basis clause and the verb of being (存在/面临) that opens its list.
BASIS_STUDY_CHARS = 60
#: Verbs of being that open the problem list of a basis clause (``存在的A、B``, ``面临着的A、B``).
_BASIS_BEING = ("存在", "面临", "出现", "暴露")
#: Most characters of the measure X inside ``以X为Y`` (:func:`role_measure_run`).
ROLE_MEASURE_CHARS = 30


@lru_cache(maxsize=1)
def _role_measure_re() -> re.Pattern[str]:
    """``以X为Y`` at a position (:func:`re.Pattern.match`): X of 2 to :data:`ROLE_MEASURE_CHARS` characters of one
    clause, Y a role noun of the ``measure_role`` cue group (核心, 保障, 支撑, 抓手, 关键 …). Bounded: O(1) a try."""
    return re.compile(r"以(?P<x>[^、，,。；;！？!?：:]{2,%d}?)为(?:%s)" % (ROLE_MEASURE_CHARS,
                                                                     asp.cue_alternation("measure_role")))


def role_measure_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a run of measures each stated as the role it plays (``以X为核心、以Y为保障、以Z为抓手``), the run
    starting at ``start`` and lying inside ``text[:end]``, or ``[]`` when fewer than two items follow one another
    there (joined by ``、`` or ``，``): ``[start, end)`` offsets into ``text``, one per ``以…为…``. Linear in the run
    (one anchored match per item)."""
    pattern = _role_measure_re()
    items: list[tuple[int, int]] = []
    k = start
    while k < end:
        m = pattern.match(text, k, end)
        if m is None:
            break
        items.append((m.start(), m.end()))
        k = m.end()
        if text[k:k + 1] not in ("、", "，", ","):
            break
        k += 1
    return items if len(items) >= 2 else []


def analysis_basis(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The problems and the measures of an abstract's basis clause in the sentence ``text[start:end]``: ``在分析…存在的
    A、B、C以及D等问题的基础上，提出以X为核心、以Y为保障…来…`` gives the items A … D (the last split at its one
    conjunction when the half before it states a problem) and the measures ``以X为核心``, ``以Y为保障``
    (:func:`role_measure_run`, after 提出 within a few characters of 基础上). Either list may be empty; the problems
    need a study verb (:data:`_BASIS_STUDY`) at most :data:`BASIS_STUDY_CHARS` characters before the list's verb of
    being and two items or more of :data:`ENUM_ITEM_CHARS` characters, more than half of them stating a problem. Offsets into ``text``. Linear in the sentence: bounded windows around each 基础上."""
    problems: list[tuple[int, int]] = []
    measures: list[tuple[int, int]] = []
    k = text.find("基础上", start, end)
    while k >= 0:
        close = _BASIS_CLOSE.search(text, max(start, k - 8), k)
        if close is not None:
            lo = max(start, close.start() - PROPOSED_LIST_CHARS)
            being = max((text.rfind(w, lo, close.start()) for w in _BASIS_BEING), default=-1)
            opener = _BASIS_STUDY.search(text, max(start, being - BASIS_STUDY_CHARS), being) if being >= 0 else None
            if opener is not None and "、" in text[being:close.start()]:
                x0 = being + 2
                while text[x0:x0 + 1] in ("的", "着"):
                    x0 += 1
                items = enumeration_spans(text, x0, close.start())
                if len(items) >= 2:
                    a, b = items[-1]
                    joins = list(_LAST_ITEM_JOIN.finditer(text, a, b))
                    if len(joins) == 1:
                        halves = [_trim(text, a, joins[0].start()), _trim(text, joins[0].end(), b)]
                        if all(y - x >= ENUM_ITEM_CHARS for x, y in halves) and _item_states_problem(
                                text[halves[0][0]:halves[0][1]]):
                            items[-1:] = halves  # (…运行机制不健全以及产权主体行为能力低下: the first half a clause)
                    stating = sum(_item_states_problem(text[x:y]) for x, y in items)
                    if all(y - x >= ENUM_ITEM_CHARS for x, y in items) and 2 * stating > len(items):
                        problems.extend(items)
        after = k + 3
        verb = text.find("提出", after, min(end, after + 8))
        if verb >= 0:
            run_at = verb + 2 + (text[verb + 2:verb + 3] == "了")
            measures.extend(role_measure_run(text, run_at, end))
        k = text.find("基础上", k + 3, end)
    return problems, measures


#: Most conjunctions tried in the last item of a list (:func:`split_joined_last`).
JOINED_LAST_TRIES = 4


def split_joined_last(text: str, items: list[tuple[int, int]], aspect: str | None) -> list[tuple[int, int]]:
    """``items`` (``[start, end)`` offsets into ``text`` of a ``、`` list's items, in order) with the last item split
    in two at a conjunction (:data:`_LAST_ITEM_JOIN`: 及, 以及, 和, 与) when both halves are items of the list's kind
    on their own: each opens with a verb of a measure (``推行A、完善B及加强C等对策``: ``完善B | 加强C``; the last two
    items of a Chinese list are joined by a conjunction as often as by ``、``) for ``aspect`` recommendation, each
    states a problem (``A、B短缺及C不便等问題``) for challenge; both halves of :data:`ENUM_ITEM_CHARS` characters or
    more. The first conjunction that gives such halves splits (``完善B及加强C与D的衔接``: the 与 inside the second
    item is no join). ``items`` unchanged when fewer than two, or no conjunction qualifies (Part 99's 5442, Part 98's
    5387). Linear in the last item (at most :data:`JOINED_LAST_TRIES` conjunctions, each half read once)."""
    if len(items) < 2 or aspect not in (asp.CHALLENGE, asp.RECOMMENDATION):
        return items
    x, y = items[-1]
    if aspect == asp.RECOMMENDATION:
        def fits(a: int, b: int) -> bool:
            return asp.starts_imperative(text[a:b])
    else:
        def fits(a: int, b: int) -> bool:
            return _item_states_problem(text[a:b])
    for n, j in enumerate(_LAST_ITEM_JOIN.finditer(text, x, y)):
        if n >= JOINED_LAST_TRIES:
            break
        left, right = _trim(text, x, j.start()), _trim(text, j.end(), y)
        if (left[1] - left[0] >= ENUM_ITEM_CHARS and right[1] - right[0] >= ENUM_ITEM_CHARS
                and fits(*right) and (aspect == asp.RECOMMENDATION or fits(*left))):
            return items[:-1] + [left, right]
    return items


def _item_states_problem(item: str) -> bool:
    """Whether ``item`` (one item of a list) states a problem itself: a challenge cue or a deficiency."""
    return bool(asp.challenge_strength(item) or asp._prose_deficits(item))


def _analysis_basis_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                           max_chars: int, review: int) -> None:
    """In place: a sentence holding an abstract's basis clause (:func:`analysis_basis`: ``在分析…存在的A、B等问题的
    基础上，提出以X为核心、以Y为保障…``) gives one challenge per problem and one recommendation per measure; the points
    that lay over the clause's span (one point holding the problem list, cut by the window) are replaced. Linear in the
    sentences (one bounded reading each, gated on 基础上)."""
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or "基础上" not in s.text:
            continue
        problems, measures = analysis_basis(text, s.start, s.end)
        if not problems and not measures:
            continue
        lo = min(x for x, _ in problems + measures)
        hi = max(y for _, y in problems + measures)
        lo = min(lo, s.start) if problems else lo
        for a in out:
            out[a] = [p for p in out[a] if not (p.start < hi and lo < p.end)]
        for aspect, items in ((asp.CHALLENGE, problems), (asp.RECOMMENDATION, measures)):
            for x, y in items:
                a, b = shape(text, x, y, max_chars)
                if b > a:
                    out[aspect].append(RawPoint(aspect, a, b, 0.0))

#: Most characters of the actor that opens a clause of a run of measures (``政府加大…``, ``学校丰富…``).
RUN_ACTOR_CHARS = 3
#: Fewest items of a comma run (:func:`comma_run_items`).
RUN_ITEMS = 2
#: A keywords label (``关键词：``, ``【关键词】``, ``Key words:``): the line is a paper's keyword list, never a point.
_KEYWORDS_LABEL = re.compile(r"【?(?:关键词|关键字|Key ?words?)】?", re.I)


#: What a verb of finding names when it states a method, not findings (``通过调研发现问题，找到矛盾点``).
_BARE_FOUND = frozenset({"问题", "矛盾", "不足", "短板", "差距", "症结"})


def _run_measure(clause: str) -> bool:
    """Whether ``clause`` opens with an imperative verb, after at most :data:`RUN_ACTOR_CHARS` characters of an actor
    (``政府加大对…的投入``), or states a measure (:func:`_states_measure`)."""
    c = clause.strip(" \u3000")
    return _states_measure(c) or any(asp.starts_imperative(c[k:]) for k in range(RUN_ACTOR_CHARS + 1))


def _announced_findings(found: str) -> bool:
    """Whether ``found``, what a verb of finding names in its own clause, only announces findings: a vague quantity
    (``announce_quantifier`` cue group: 一些, 不少, 以下, 几个) and a bare problem noun (:data:`_BARE_FOUND`), with an
    optional ``方面的``/``的`` between (``一些问题``, ``不少方面的不足``), not a finding of its own. Bounded."""
    f = found.strip(" \u3000")
    for q in asp.lexicon().words("announce_quantifier") + ("以下", "如下"):
        if f.startswith(q):
            rest = f[len(q):]
            for link in ("方面的", "的", ""):
                if rest.startswith(link) and rest[len(link):] in _BARE_FOUND:
                    return True
    return False


#: A colon or a ``；`` (:func:`comma_run_items` leaves such a sentence to the list readers).
_LIST_MARK = re.compile("[；;：:]")


@lru_cache(maxsize=1)
def _joint_call_re() -> re.Pattern[str]:
    """A clause that calls on several listed actors (:func:`joint_call`): at most 24 characters, a list mark (、, 和,
    及, 与), at most 12 more, a ``joint_call_quantifier`` word and a ``joint_call_modal`` word (optionally after
    进一步/更). Anchored at the clause start and bounded: linear."""
    q = asp.cue_pattern("joint_call_quantifier").pattern
    m = asp.cue_pattern("joint_call_modal").pattern
    return re.compile(r"\s{0,2}[^，,。；;]{1,24}?[、和及与][^，,。；;]{1,12}?(?:" + q + r")(?:进一步|更)?(?:" + m + ")")


def joint_call(clause: str) -> bool:
    """Whether ``clause`` (one clause) calls on several listed actors to act (``家庭、学校和政府均需要承担应有的责任``,
    ``法制、家庭、学校等各方面需要进一步努力``): a list of actors, a quantifier over them (``joint_call_quantifier``:
    均, 都, 等各方面) and a need or duty (``joint_call_modal``: 需要, 应当), with something after it. Bounded."""
    m = _joint_call_re().match(clause)
    return m is not None and len(clause.strip()) - m.end() >= 2


def _purpose_measure(clause: str) -> bool:
    """Whether ``clause`` states a measure as what it creates for those it serves: it opens with 为, and a
    ``joint_purpose_verb`` (创造, 营造, 提供 …) follows within 12 characters (``为他们健康成长创造一个适宜的环境``).
    Bounded."""
    c = clause.strip(" \u3000")
    return c.startswith("为") and asp.cue_pattern("joint_purpose_verb").search(c, 1, 14) is not None


#: The cue groups of a lead that :func:`comma_run_items` reads a run after (a sentence without a word of one gives
#: no run).
RUN_LEAD_GROUPS = ("joint_effort", "finding_lead", "joint_call_quantifier", "inclusion_lead", "additive_lead")


@lru_cache(maxsize=1)
def _run_lead_re() -> re.Pattern[str]:
    """Any word of the :data:`RUN_LEAD_GROUPS` cue groups, in one scan: a text holds one exactly when
    ``has_cue(text, group)`` holds for one of the groups (the same test as the five searches, speed24). Linear."""
    words = sorted({w for g in RUN_LEAD_GROUPS for w in asp.lexicon().words(g)}, key=lambda w: (-len(w), w))
    return re.compile(asp.word_trie_alternation(words) if words else r"(?!)")


def comma_run_items(sentence: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The aspect and the items (offsets into ``sentence``) of a run of comma-joined findings or measures after a
    lead that introduces them, or ``(None, [])``. After a verb of finding (``finding_lead`` cue group: 发现了, 主要
    表现在), the clauses that state a problem (a shortcoming, :func:`summarizer.aspects.challenge_strength`, or a
    deficiency), open with no remedy and hold no modal are challenges, the first taken from after the verb
    (``我们发现了留守儿童成绩问题悬而未决，辍学情况加重，心理问题突出``); after a clause that calls for everyone's
    effort (``joint_effort`` group: 需要…的共同努力), the clauses that open with an imperative after at most a short
    actor (:func:`_run_measure`: ``政府加大…，学校丰富…``) are recommendations; a clause that calls on several
    listed actors (:func:`joint_call`: ``家庭、学校和政府均需要承担应有的责任``) is a recommendation itself, and so is each
    clause after it that opens with an imperative or states what it creates (:func:`_purpose_measure`), when they are
    at least half of the clauses after it. A sentence with a colon or a ``；``
    gives none (the list readers read it), but for such a call in its part after the last one; a verb of finding with only a bare noun after it (:data:`_BARE_FOUND`:
    发现问题) states a method and gives none, and one that only announces them (:func:`_announced_findings`:
    发现了一些问题，A，B) is no item itself. At least :data:`RUN_ITEMS` items, and more than half of the clauses
    after the lead. Linear in the sentence."""
    if _LIST_MARK.search(sentence):
        # (具体表现为：A；B；C — a colon's or a ；-list is read by the list readers; but a call on listed actors in the
        # part after the last mark, 问题突出；…，家庭、学校等各方面需要进一步努力，为…创造…, is read there)
        k = max(m.start() for m in _LIST_MARK.finditer(sentence)) + 1
        if asp.has_cue(sentence[k:], "joint_call_quantifier"):
            aspect, items = comma_run_items(sentence[k:])
            if aspect == asp.RECOMMENDATION and items and joint_call(sentence[k + items[0][0]:k + items[0][1]]):
                return aspect, [(k + x, k + y) for x, y in items]
        return None, []
    if _run_lead_re().search(sentence) is None:
        return None, []  # (no lead anywhere in the sentence: none in any of its clauses; one scan, speed24)
    clauses = []
    a = 0
    for m in _REST_START.finditer(sentence + "，"):
        if m.start() > a:
            clauses.append((a, m.start()))
        a = m.end()
    included = included_problems(sentence, clauses)
    if included:
        return asp.CHALLENGE, included
    for i, (x, y) in enumerate(clauses[:-1]):
        clause = sentence[x:y]
        if asp.has_cue(clause, "joint_effort"):
            rest = clauses[i + 1:]
            items = [(p, q) for p, q in rest if _run_measure(sentence[p:q])]
            if len(items) >= RUN_ITEMS and 2 * len(items) > len(rest):
                return asp.RECOMMENDATION, items
            return None, []
        if joint_call(clause):
            # (家庭、学校和政府均需要承担应有的责任，…，采取…，为…创造…: the call is a measure, and so is each clause
            # after it that opens with an imperative or states what it creates for those it serves)
            rest = clauses[i + 1:]
            items = [(p, q) for p, q in rest if _run_measure(sentence[p:q]) or _purpose_measure(sentence[p:q])]
            if 2 * len(items) >= len(rest):
                return asp.RECOMMENDATION, [_trim(sentence, x, y)] + items
            return None, []
        m = asp.cue_pattern("finding_lead").search(clause)
        if m is not None:
            if clause[m.end():].strip(" \u3000了") in _BARE_FOUND:
                return None, []  # (通过调研发现问题，找到矛盾点，…: a method, not a list of findings)
            after = m.end() + (clause[m.end():].startswith("了"))
            # (发现了一些问题，A，B: the count announces the findings, the clauses after it are they)
            rest = ([] if _announced_findings(clause[after:]) else [(x + after, y)]) + clauses[i + 1:]
            rest = [(p, q) for p, q in rest if q - p >= ENUM_ITEM_CHARS]
            items = [(p, q) for p, q in rest
                     if (asp.challenge_strength(sentence[p:q]) or asp._prose_deficits(sentence[p:q]))
                     and not asp.opens_with_remedy(sentence[p:q]) and not asp.modal_strength(sentence[p:q])]
            if len(items) >= RUN_ITEMS and 2 * len(items) > len(rest):
                return asp.CHALLENGE, items
            return None, []
    return None, []


def _problem_noun_ends(text: str) -> bool:
    """Whether ``text`` ends with a problem noun: a challenge noun of a section heading
    (:func:`summarizer.aspects.heading_cues`: 问题, 挑战, 困难, 隐患 …) or a word of the ``included_problem_noun`` cue
    group (外患, 内忧, 乱象, 威胁), its spaces aside. Bounded (the last few characters are read)."""
    t = text.rstrip(" \u3000")[-8:]
    if t.endswith(asp.lexicon().words("included_problem_noun")):
        return True
    cues = asp.heading_cues(t)
    return bool(cues) and cues[-1][1] == asp.CHALLENGE and cues[-1][0] == len(t)


def included_problems(sentence: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items (offsets into ``sentence``) of a comma run of problems that a problem noun and an inclusion word
    announce (``inclusion_lead`` cue group: 包括, 包含, 诸如; or an additive that opens the clause after the noun's,
    ``additive_lead``: ``政治上的纷扰，不只A，B也…``), or ``[]``: ``还加上了外患，包括两岸情势的对峙，区域组织的
    排挤，盟友的剥离，这种情势实非…`` gives one challenge per clause from the one the inclusion word opens (the first item
    taken from after the word), up to a clause that refers back to them (``back_reference`` cue group: 这种, 这些,
    上述) or the sentence's end. The noun (:func:`_problem_noun_ends`) ends the text right before the inclusion word,
    in its clause or, when the word opens its clause, in the clause before; the items name the problems whatever
    their words (no cue word is asked of them: the lead says what they are), but each is at least
    :data:`ENUM_ITEM_CHARS` characters, holds no modal and opens with no remedy. At least :data:`RUN_ITEMS` items, all
    the clauses before the referring one (``…更多问题，包括侵犯居民利益。``: one item, none; ``包括A在内的…``: a phrase
    of inclusion, none). ``clauses``: the sentence's ``[start, end)`` clause spans (cut at commas and ``；``). Linear in
    the sentence (weak21: a column's troubles listed after 外患，包括).
    """
    back = asp.longest_first("back_reference")
    for i, (x, y) in enumerate(clauses):
        m = asp.cue_pattern("inclusion_lead").search(sentence, x, y)
        if m is None:
            m = asp.cue_pattern("additive_lead").match(sentence, x + len(sentence[x:y]) - len(sentence[x:y].lstrip()), y)
            if m is None:
                continue
        before = sentence[x:m.start()].strip(" \u3000")
        if before.endswith("其中"):
            before = before[:-2]
        lead = before if before else (sentence[clauses[i - 1][0]:clauses[i - 1][1]] if i else "")
        if not lead or not _problem_noun_ends(lead) or asp._INCLUSION.match(sentence, m.start()):
            return []
        rest = [(m.end(), y)] + clauses[i + 1:]
        items = []
        for p, q in rest:
            clause = sentence[p:q].strip(" \u3000")
            if clause.startswith(back):
                break  # (这种内外情势的险峻与复杂: the clause sums up the items)
            if (q - p < ENUM_ITEM_CHARS or asp.modal_strength(clause) or asp.opens_with_remedy(clause)
                    or "：" in clause or ":" in clause):
                return []
            items.append(_trim(sentence, p, q))
        return items if len(items) >= RUN_ITEMS else []
    return []


#: Fewest clauses of a run of measures after one modal (:func:`modal_comma_run`).
MODAL_RUN_ITEMS = 4
#: Most clauses before the modal's (a connective, a frame: ``因此，从…等角度看，应…``) in :func:`modal_comma_run`.
MODAL_RUN_FRAMES = 2
#: A run of measures under one modal is read item by item only in a sentence longer than this (characters): half again
#: the default longest point (60), where one point would lose its last measures (:func:`modal_comma_run`); a shorter run
#: stays one point (measured: at 60 the aspects_dev precision fell 0.877 -> 0.857).
MODAL_RUN_CHARS = 90
_MODAL_RUN_LEAD = re.compile(r"\s{0,2}(?:应当|应该|必须|需要|亟需|要|应)(?:进一步|切实|大力|着力|积极)?")
#: A frame that names the urgent task as what follows (``短期急务是…``, ``当务之急是…``, ``首要任务在于…``): it leads a run of
#: measures as a modal does (:func:`modal_comma_run`; part15fix21).
_URGENT_TASK_LEAD = re.compile(r"\s{0,2}[^，,。；;：:！？!?]{0,4}?(?:急务|首要任务|当务之急|首要之务|第一要务)(?:就是|在于|是)")


#: A character every lead of :func:`modal_comma_run` holds: its modals (:data:`_MODAL_RUN_LEAD`, :data:`_ACTOR_MODAL`:
#: 应当, 应该, 应, 必须, 需要, 亟需, 要) and its frames of the urgent task (:data:`_URGENT_TASK_LEAD`: 急务, 当务之急,
#: 首要任务, 首要之务, 第一要务): its exact gate (speed26).
_MODAL_RUN_GATE = re.compile("[应必需要务]")


def modal_comma_run(sentence: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The measures (offsets into ``sentence``) of a long run of comma-joined clauses under one modal (``因此，应实施
    人才兴业工程，实施智慧养老工程，探索…模式，推进医养结合，创新…模式``: the modal opens the first clause, each later
    clause opens with an imperative verb, :func:`_run_measure`), one item per clause, the first from after the modal
    (trialfix20b: such a sentence is longer than a point and was cut, losing its last measures); ``(None, [])`` unless
    the sentence is longer than :data:`MODAL_RUN_CHARS`, the run has at least :data:`MODAL_RUN_ITEMS` clauses,
    no clause after the modal's has a modal of its own or an unclosed quotation (:func:`_quotes_closed`), and the
    sentence holds no colon or ``；`` (the list readers read those). A connective clause before the modal (``因此，``)
    is no item; the modal's verb may follow a means phrase (``需要以系统思维推进…``,
    :func:`summarizer.aspects._past_means`). Each later clause that opens with its verb (past a means phrase) or states
    a measure is an item; a clause of the disposal construction (``将…打造成…``) goes on with the item before it, and a
    means clause (``通过建立…体系，``) with the clause after it; the run ends at the first other clause (an example
    with its own actor, ``某市推行…``, or an outcome, ``实现…``) and needs three items (trialfix21b K6). A chain of
    requirements with an actor each (``反馈要求，被巡察党组织要坚持…，…，领导班子要履行好…``: :func:`_actor_modal_clause`)
    is a run too, from its first actor's clause, when every clause is an item, and a closing purpose clause (``…，确保整改取得实效``,
    :data:`_RUN_PURPOSE`) is no item (part14fix21). A run of tasks after a frame that names them (``短期急務是将…，…，…``:
    :data:`_URGENT_TASK_LEAD`) is read at any length, every clause a task until the run turns away (part15fix21).
    Linear in the sentence."""
    if _MODAL_RUN_GATE.search(sentence) is None or sentence.count("，") + sentence.count(",") < 2:
        return None, []  # (every lead holds 应/必/需/要/务, and three items need two commas: one C scan, speed26)
    if len(sentence) <= MODAL_RUN_CHARS and _URGENT_TASK_LEAD.search(sentence) is None or _LIST_MARK.search(sentence):
        return None, []  # (a shorter run stays one point: it fits; a run of tasks after 急务是 is read at any length)
    clauses = []
    a = 0
    for m in _REST_START.finditer(sentence + "，"):
        if m.start() > a:
            clauses.append((a, m.start()))
        a = m.end()
    verbs = asp.lexicon().words("imperative")
    first = None
    chain = False  # (a chain of requirements with an actor each: every clause must be an item, part14fix21)
    framed = False  # (a run of tasks after a frame that names them: every clause is a task until the run turns away)
    for k, (x, y) in enumerate(clauses[:MODAL_RUN_FRAMES + 1]):
        m = _MODAL_RUN_LEAD.match(sentence, x, y)
        task = _URGENT_TASK_LEAD.match(sentence, x, y) if m is None else None
        if task is not None and sentence[task.end():y].strip().startswith(_DISPOSAL + ("对",)):
            clauses = clauses[k:]  # 短期急务是将…梳理好，…: the frame names the tasks, the disposal clause is the first
            first, framed = task.end(), True  # (part15fix21)
            break
        # (需要以系统思维推进…: the modal's verb may follow a means phrase, :func:`summarizer.aspects._past_means`)
        if m is not None and asp.starts_imperative(asp._past_means(sentence[m.end():y], verbs)):
            clauses = clauses[k:]  # (因此，从…角度看，应…: the connective and the frame are no items)
            first = m.end()
            break
        if _actor_modal_clause(sentence, x, y):
            clauses = clauses[k:]  # (反馈要求，被巡察党组织要坚持…: the actor's clause is the first item, part14fix21)
            first, chain = x, True
            break
    if first is None:
        return None, []
    if len(clauses) > MODAL_RUN_ITEMS and sentence[clauses[-1][0]:clauses[-1][1]].lstrip().startswith(_RUN_PURPOSE):
        clauses = clauses[:-1]  # (…，确保整改取得实效: the run's goal, no measure of its own; part14fix21)
    if len(clauses) < (3 if framed else MODAL_RUN_ITEMS):  # (a framed run: three tasks, checked below, suffice)
        return None, []
    x, y = clauses[0]
    if not all(_quotes_closed(sentence[p:q]) for p, q in clauses) or _QUOTED_COMMA.search(sentence, x) or any(
            _MODAL_RUN_LEAD.match(sentence, p, q) is not None and not _actor_modal_clause(sentence, p, q)
            for p, q in clauses[1:]):
        return None, []  # (要解决…，必须强化…: a purpose, then the modal of its own; a comma inside a quotation)
    spans = [[first, y]]
    means = False  # (the clause before was a means phrase, 通过建立…体系: it and this clause are one measure)
    for p, q in clauses[1:]:
        clause = sentence[p:q].strip(" \u3000")
        if means or (clause.startswith(_DISPOSAL) and len(spans) > 1):
            spans[-1][1] = q  # (强化…作用，将基层党组织打造成…: the disposal clause goes on with its measure)
        elif _actor_modal_clause(sentence, p, q) or not clause.startswith(_OUTCOME_VERBS) and (
                _states_measure(clause) or asp.starts_imperative(asp._past_means(_past_manner_idiom(clause), verbs))
                or framed and not clause.startswith(_TASK_RUN_TURN)):
            spans.append([p, q])  # (the modal governs a clause that opens with the verb: 某市推行…制度 has its own actor)
        elif chain:
            return None, []  # (各级党委和政府要统筹规划，…，改变政出多门，各自为战的现象: a clause no item, no chain)
        else:
            break  # (…推动党员下沉网格，某市推行…制度，每名党员联系10户: the run of measures ends at an example)
        means = clause.startswith(asp._MEANS_PREPOSITION)
    if len(spans) < 3:
        return None, []
    return asp.RECOMMENDATION, [_trim(sentence, a, b) for a, b in spans]


#: Openings of a clause that turns away from a run of tasks named by :data:`_URGENT_TASK_LEAD` (…，而不是…; …，以…).
_TASK_RUN_TURN = ("而", "不是", "并非", "但", "却", "以", "才", "从而", "进而", "否则")
#: Verbs of the outcome a run of measures reaches (…，推动党员下沉网格，实现民情收集“一站式”解决): no measure of its own.
_OUTCOME_VERBS = ("实现", "达到", "达成", "形成")
#: A clause of the disposal construction (将…打造成…, 把…纳入…) that goes on with the measure before it.
_DISPOSAL = ("将", "把")


def _quotes_closed(clause: str) -> bool:
    """Whether every quotation ``clause`` opens it also closes (``构建“党建引领、科技支撑”的治理共同体``): a comma inside
    a quotation would cut it into false clauses. Linear in the clause."""
    return all(clause.count(a) == clause.count(b) for a, b in ("“”", "「」", "『』")) and clause.count('"') % 2 == 0


#: Openings of a run's last clause that state the goal of the measures before it (``…，确保巡察整改取得实效``).
_RUN_PURPOSE = ("确保", "以确保", "从而", "进而", "以便", "以期")
#: A quotation that holds a clause comma (``“坚持，再坚持”``): a run's commas inside it split no clauses. Bounded by the
#: quotation's closing mark: linear.
_QUOTED_COMMA = re.compile(r"[“「『\"][^“”「」『』\"]*?[，,][^“”「」『』\"]*?[”」』\"]")


def _actor_modal_clause(sentence: str, x: int, y: int) -> bool:
    """Whether ``sentence[x:y]``, a clause of a run, opens with its own actor and a modal (:data:`_ACTOR_MODAL`, at
    most :data:`ACTOR_MODAL_CHARS` characters of actor: ``党组织领导班子要…``) before an imperative verb or a verb of
    taking up a duty (``duty_verb`` cue group: 履行好…责任), past the adverbs :data:`_MODAL_RUN_LEAD` allows: a measure of a chain of requirements with an actor each (part14fix21).
    Bounded: one anchored match."""
    lead = x + len(sentence[x:y]) - len(sentence[x:y].lstrip(" \u3000"))
    m = _ACTOR_MODAL.match(sentence, lead, y)
    if m is None:
        return False
    adverb = _RUN_ADVERB.match(sentence, m.end(), y)
    action = sentence[adverb.end():y]
    return asp.starts_imperative(action) or action.startswith(asp.lexicon().words("duty_verb"))


_RUN_ADVERB = re.compile(r"(?:进一步|切实|大力|着力|积极)?")


def _past_manner_idiom(clause: str) -> str:
    """``clause`` past an idiom of manner that opens it (``manner_idiom`` cue group: ``坚定不移推进…`` -> ``推进…``),
    when a verb is left after it; else ``clause``. Bounded by the group's words."""
    c = clause.lstrip(" \u3000")
    for word in asp.lexicon().words("manner_idiom"):
        if c.startswith(word) and len(c) > len(word) + 1:
            return c[len(word):]
    return clause


def _comma_or_modal_run(sentence: str) -> tuple[str | None, list[tuple[int, int]]]:
    """:func:`comma_run_items`, or where it reads none :func:`modal_comma_run`."""
    aspect, items = comma_run_items(sentence)
    return (aspect, items) if aspect is not None else modal_comma_run(sentence)


#: The lead of a sentence of measures before its first ``；``-part (``为此，建议…``, ``对此，我们建议…``, ``因此，要…``,
#: a speaker's plan ``我们将…`` past the speaker's label ``王某：``: fix42b), and of each later part (``；应当加强…``, ``；同时还要加强…``).
_SEMICOLON_LEAD = re.compile(r"\s{0,2}(?:[\u4e00-\u9fff]{1,6}[：:]\s{0,2})?(?:为此|因此|对此|同时|此外|所以|故此)?[，,]?\s{0,2}(?:我们(?:还|也|更)?将(?:会(?!同))?"
                             r"|(?:我们|笔者|本人)?(?:还|也|更)?)(?:建议|提议|应当|应该|必须|需要|要|应)?[，,：:]?\s{0,2}")


#: Most characters of a part's first clause when the measure's verb opens its second one (``丰富服务内容，引入…``).
SHORT_PART_CLAUSE = 8


#: A part of ``；``-joined measures that names its own actor before its modal (``街道要整合闲置用房``, ``互联网平台要充分
#:运用…``, ``相关主体要进一步健全…``; mid20): at most :data:`ACTOR_MODAL_CHARS` characters of actor (no clause mark, not
#: a connective or a pronoun of the writer), then the modal.
ACTOR_MODAL_CHARS = 8
_ACTOR_MODAL = re.compile(r"(?!所以|因此|因而|于是|那么|而且|并且|如果|只有|我们|笔者|本人)[^，,；;。：:、\s]{2,%d}?"
                          r"(?:应当|应该|必须|需要|要|应)" % ACTOR_MODAL_CHARS)


def actor_modal_opens(clause: str) -> bool:
    """Whether ``clause`` (the first clause of a ``；``-part) opens with a short actor and a modal, then a measure's
    verb (:func:`_plan_clause_opens`, or past the adverbs :func:`summarizer.aspects._opens_action` reads: ``互联网平台要
    充分运用…``): ``社会组织要发挥专业优势…``. The actor and the
    modal are :data:`_ACTOR_MODAL`; the verb decides (``群众要求…``, ``企业需要资金`` open with no measure's verb).
    Constant work (the actor is bounded)."""
    c = clause.strip()
    m = _ACTOR_MODAL.match(c)
    if m is None:
        return False
    verbs = tuple(asp.lexicon().words("imperative")) + tuple(asp.lexicon().words("plan_verb"))
    return _plan_clause_opens(c[m.end():]) or asp._opens_action(c[m.end():], verbs)  # (要充分运用…: a manner adverb)


def semicolon_measures(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of the ``；``-parts of a sentence of measures, or ``[]``: past the
    lead (:data:`_SEMICOLON_LEAD`: ``为此，建议``), each part opens with a measure (a measure's verb opens its first
    clause, :func:`_plan_clause_opens`, or its second one after a first of at most :data:`SHORT_PART_CLAUSE`
    characters: ``丰富服务内容，引入…``) and its first clause states no problem. Two parts at least. Linear in the
    sentence."""
    if "；" not in sentence and ";" not in sentence:
        return []
    out, a = [], 0
    for k in range(len(sentence) + 1):
        if k < len(sentence) and sentence[k] not in "；;。！？!?":
            continue
        x = _SEMICOLON_LEAD.match(sentence, a, k).end()
        x += len(sentence[x:k]) - len(sentence[x:k].lstrip())
        part = sentence[x:k]
        if part.strip(_TRIM):
            clauses = _CLAUSE_SPLIT.split(part, 2)
            opens = _plan_clause_opens(clauses[0]) or actor_modal_opens(clauses[0]) or (
                len(clauses) > 1 and len(clauses[0].strip()) <= SHORT_PART_CLAUSE
                and (_plan_clause_opens(clauses[1]) or actor_modal_opens(clauses[1])))
            if not opens or asp.challenge_strength(clauses[0]):
                return []
            out.append((x, k))
        a = k + 1
        if k < len(sentence) and sentence[k] not in "；;":
            break
    return out if len(out) >= 2 else []


def _semicolon_measure_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                              review: int) -> None:
    """In place: the one recommendation point that lies over two parts or more of a sentence of ``；``-joined measures
    (:func:`semicolon_measures`: ``为此，建议加大A，对…给予B；丰富C，引入D；拓宽E，鼓励F``) is replaced by one point per
    part: a window cut at the point length kept two measures and lost the third (trial17 F13). A sentence whose
    parts are points already (list items, ``一是…；二是…``) is left as it is. Sentences of a reviewer's comment (from
    ``review``) are not read. Linear in the sentences (the points are read once per sentence that has a part list)."""
    recs = out[asp.RECOMMENDATION]
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        parts = semicolon_measures(s.text)
        if not parts:
            continue
        over = [p for p in recs if p.start < s.end and p.end > s.start]
        # the parts are disjoint and in order: the parts a point lies over are one index range [j, k) of them, found
        # by bisection (a sentence of thousands of parts and points stays n log n)
        starts, ends = [x for x, _ in parts], [y for _, y in parts]
        spans = [(bisect.bisect_right(ends, p.start - s.start), bisect.bisect_left(starts, p.end - s.start))
                 for p in over]
        held = [max(0, k - j) for j, k in spans]
        if len(over) == 1 and held[0] >= 2:
            recs[:] = [p for p in recs if p is not over[0]]  # (one point over two parts or more: replaced by the parts)
            missing = parts
        elif len(over) >= 2 and all(h == 1 for h in held):
            # (parts read already one point each, 一是…；二是…, or the modal-led parts of 应当A；应当B；同时还要C: the
            # parts no point lies over are added)
            covered = {j for j, k in spans if k > j}
            missing = [part for i, part in enumerate(parts) if i not in covered]
        else:
            continue
        for x, y in missing:
            a, b = shape(text, s.start + x, s.start + y, max_chars)
            if b - a >= POINT_MIN_CHARS:
                recs.append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))


#: Fewest ``；``-parts of measures that make a sentence under a measures heading a list of measures in prose
#: (:func:`_measure_list_body_points`).
MEASURE_LIST_PARTS = 3

_SEMICOLONS = re.compile(r"[；;]")
#: A sum of money with its unit (``投入212.96亿元``, ``統籌資金9.95億元``): a part of a ``；``-list that tallies one
#: reports money spent or secured (:func:`measure_list_parts`). Bounded digits, read from a run's first: linear.
_MONEY_SUM = re.compile(r"(?<![\d.．])\d{1,12}(?:[.．]\d{1,6})?[ \t]?[亿億万萬]元")


def measure_list_parts(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of the ``；``-parts of a sentence that lists measures, or ``[]``:
    at least :data:`MEASURE_LIST_PARTS` parts, no part's first clause states a problem, and at least two parts in three
    (and :data:`MEASURE_LIST_PARTS`) open a measure in their first or second clause (:func:`_announced_clause_opens`:
    a measure's verb, ``对…给予…``, ``会同…建立…``; ``优选…区域，建设…``), unless half the parts or more tally a sum
    of money (:data:`_MONEY_SUM`: ``聚焦…，投入212.96亿元…``) and the sentence holds no modal word: money spent or
    secured, a report's achievements (w70b). Unlike :func:`semicolon_measures` a part
    may name its actors or its ground first (``经济、金融等多部门协同，围绕…制定配套政策``). Linear in the sentence."""
    bounds, a = [], 0
    for m in _SEMICOLONS.finditer(sentence):
        bounds.append((a, m.start()))
        a = m.end()
    bounds.append((a, len(sentence.rstrip("。！!"))))
    parts = [(x, y) for x, y in bounds if sentence[x:y].strip(_TRIM)]
    if len(parts) < MEASURE_LIST_PARTS:
        return []
    opening = tallied = 0
    for x, y in parts:
        clauses = _CLAUSE_SPLIT.split(sentence[x:y], 2)
        if asp.challenge_strength(clauses[0]):
            return []
        opening += any(_announced_clause_opens(c) for c in clauses[:2])
        tallied += _MONEY_SUM.search(sentence, x, y) is not None
    if 2 * tallied >= len(parts) and not asp.holds_modal_word(sentence):
        return []  # (聚焦…，投入212.96亿元…；聚焦…，统筹资金9.95亿元…: money spent, a report's achievements; w70b)
    return parts if opening >= MEASURE_LIST_PARTS and 3 * opening >= 2 * len(parts) else []


def _measure_list_body_points(text: str, sentences: list[Sentence], layout: _Layout, out: dict[str, list[RawPoint]],
                              max_chars: int, review: int) -> None:
    """In place: inside a measures section or item (region recommendation, or its :data:`SECTION_BODY`: the body of a
    measure item too), a sentence outside headings that lists measures (:func:`measure_list_parts`) and that no
    recommendation point lies over gives each part as a point (its lead, ``为此，建议``, left out): a paper's
    countermeasure item lists its measures this way under its heading, and each is a measure of its own (Part 70's
    3687, 3692). Sentences of a reviewer's comment (from ``review``) are not read. Linear in the sentences, n log n in
    the points (one sort, a binary search a sentence)."""
    recs = out[asp.RECOMMENDATION]
    spans = sorted((p.start, p.end) for p in recs)
    keys = [x for x, _ in spans]
    reach = list(itertools.accumulate((y for _, y in spans), max))
    added = []
    for i, s in enumerate(sentences):
        region = layout.regions[i]
        if (s.kind != "sentence" or s.start >= review or not region
                or region.removeprefix(SECTION_BODY) != asp.RECOMMENDATION or layout.in_heading[s.start]):
            continue
        if "；" not in s.text and ";" not in s.text:
            continue
        k = bisect.bisect_left(keys, s.end) - 1
        if k >= 0 and reach[k] > s.start:
            continue  # (a point lies over the sentence: _semicolon_measure_points reads its parts)
        parts = measure_list_parts(s.text)
        for n, (x, y) in enumerate(parts):
            if n == 0:
                x = _SEMICOLON_LEAD.match(s.text, x, y).end()
            pa, pb = shape(text, s.start + x, s.start + y, max_chars)
            if pb - pa >= POINT_MIN_CHARS:
                added.append(RawPoint(asp.RECOMMENDATION, pa, pb, 0.0))
    recs.extend(added)


def _comma_run_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                      review: int) -> None:
    """In place: the items of a comma run of findings or measures (:func:`comma_run_items`) are points of their
    aspect where no point of that aspect lies over them yet; a point of the aspect that holds two items or more is
    replaced by them, and a challenge point that runs on into a run of measures ends before it. A literature
    review's reported run and a reviewer's comment (from ``review``) give none. Then
    the points on a keywords line (``关键词：A、B、C``) or under one as their heading are dropped, unless a sentence's
    end mark lies between that line and the point (an abstract after the keyword line: its prose, not the list): a
    paper's keyword list is no point and no section. Linear in the sentences (binary search over the points' starts
    and the end marks)."""
    for s, aspect, spans in _run_spans(text, sentences, review, _comma_or_modal_run):
        kept = []
        # (the run's items are disjoint and in order, so their starts and ends both ascend: the items a point
        # overlaps are counted by two binary searches, not one test an item; fix41: 5,000 第N要 items of one
        # sentence were 25M tests)
        span_starts = [x for x, _ in spans]
        span_ends = [y for _, y in spans]
        for p in out[aspect]:
            inside = max(0, bisect.bisect_left(span_starts, p.end) - bisect.bisect_right(span_ends, p.start))
            if inside >= 2 or inside == 1 and s.start <= p.start < spans[0][0] < p.end:
                continue  # (the whole run, or its lead with the first item, as one point: replaced by its items)
            kept.append(p)
        out[aspect] = kept
        if aspect == asp.RECOMMENDATION:
            # (a problem's window that runs on into the run, …等特点，法制、家庭等各方面需要…: cut before it)
            for p in out[asp.CHALLENGE]:
                if p.start < spans[0][0] < p.end:
                    p.end = _trim(text, p.start, spans[0][0])[1]
            out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE] if p.end - p.start >= POINT_MIN_CHARS]
        _add_uncovered(text, out, aspect, spans, max_chars, ENUM_ITEM_CHARS)
    def keywords_at(pos: int) -> bool:
        while pos < len(text) and text[pos] in " \t\u3000":
            pos += 1
        return _KEYWORDS_LABEL.match(text, pos) is not None

    # (a keyword line above an abstract is no heading of the abstract's points: a point with a sentence's end mark
    # between the keyword line and itself lies in prose, not in the keyword list; kinds32, Part 46's 2243)
    ends = [m.start() for m in _SENTENCE_END_MARK.finditer(text)]

    def under_keywords(p: RawPoint) -> bool:
        if not (p.heading and keywords_at(p.heading[0])):
            return False
        k = bisect.bisect_left(ends, p.heading[1])
        return not (k < len(ends) and ends[k] < p.start)

    for aspect in out:
        out[aspect] = [p for p in out[aspect] if not keywords_at(p.start) and not under_keywords(p)]


#: A sentence's end mark (:func:`_comma_run_points`: prose between a keyword line and a point).
_SENTENCE_END_MARK = re.compile("[。！？!?]")
#: Fewest characters two comma items share at their start to count as a parallel run (``制度化增建…，制度化拨款…``).
PARALLEL_PREFIX_CHARS = 2
_COLON_LEAD_START = re.compile(r"[；;。！？!?]")
_RUN_TAIL = re.compile(r"(?:……|…|等等|等)+$")
#: An item that opens with a list marker (``（1）…``, ``1.``, ``①``, ``一是…``): an inline list, read by the list readers.
#: Not :data:`summarizer.pipeline._RUN_MARKER` (which strips a summary sentence's marker and so also reads ``一要``,
#: ``再次，``, numbers with 百/零/两, but no spaces inside brackets) nor :data:`_DEMAND_ORDINAL` (a first demand's
#: ordinal): each reads the markers its stage must tell apart; a merge would change what they match.
_ITEM_MARKER = re.compile(rf"\s{{0,2}}(?:[（(]\s{{0,2}}[0-9{CN_NUMERALS}]{{1,3}}\s{{0,2}}[）)]|[0-9]{{1,2}}[.．、]|[①-⑳]"
                          rf"|[{CN_NUMERALS}]是|其[{CN_NUMERALS}]|第[{CN_NUMERALS}]{{1,3}}[，,、]|首先|其次|最后)")


#: Words that open a clause linked to the one before it (a time, a purpose, a consequence, a concession): a comma
#: run after a colon whose clauses open so is one sentence, no list of items (:func:`colon_comma_items`).
_LINKED_CLAUSE_OPENERS = ("当", "去", "因此", "因而", "所以", "从而", "以致", "进而", "于是", "结果", "以便", "如果", "虽然",
                          "尽管", "但是", "但", "然而", "可是")


#: The openers of :data:`_LINKED_CLAUSE_OPENERS` that state a consequence: the point before them ends there.
_CONSEQUENCE_OPENERS = ("因此", "因而", "所以", "从而", "以致", "进而", "于是", "结果")


def colon_comma_items(sentence: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The aspect and the items (offsets into ``sentence``) of a comma run that a lead-in ending with a colon announces,
    or ``(None, [])``: ``应对之道，不外乎“制度”两个大字：制度化增建华小，制度化拨款华小，…，制度化设计课程……``.

    The lead-in is the text from the last ``；``/sentence end before the first colon up to it; it names the aspect
    (:func:`summarizer.aspects.lead_in_aspect`) or the way out of a problem (``way_lead`` cue group: 应对之道, 出路 →
    recommendation). After the colon, up to the end, the sentence holds no ``；`` and splits at ``，``/``,`` into at
    least :data:`PROBLEM_RUN_CLAUSES` items (a trailing ``……``/``等`` dropped) of 2 to :data:`RUN_CLAUSE_CHARS`
    characters (under a problem lead, those before the first later clause that is a measure tail,
    :func:`measure_tail_clause`); the items state the aspect (at least half of them: a shortcoming, :func:`_states_problem`, or a
    measure, :func:`_run_measure`) or are parallel (all open with the same :data:`PARALLEL_PREFIX_CHARS` characters).
    A colon before a quotation introduces speech and gives none, one before a list marker (:data:`_ITEM_MARKER`:
    ``主要策略：（1）…``, ``…新问题：一是…``) an inline list the list readers read; a run one of whose clauses opens
    with a linking word (:data:`_LINKED_CLAUSE_OPENERS`: ``当…，…，去…，因此…``) is one sentence: its one item runs from
    the first clause that states the aspect up to a consequence (:data:`_CONSEQUENCE_OPENERS`). Linear in the
    sentence."""
    colon = _first_colon(sentence, 0, len(sentence))
    if colon < 0 or sentence[colon + 1:colon + 2] in "“「『\"'":
        return None, []
    lead_start = max((m.end() for m in _COLON_LEAD_START.finditer(sentence, 0, colon)), default=0)
    lead = sentence[lead_start:colon + 1]
    aspect = asp.lead_in_aspect(lead)
    if aspect not in (asp.CHALLENGE, asp.RECOMMENDATION):
        aspect = asp.RECOMMENDATION if asp.has_cue(lead, "way_lead") else None
    if aspect is None or _PART_RE.search(sentence, colon + 1) is not None:
        return None, []
    label = sentence[ordinal_lead_end(sentence, lead_start, colon):colon].strip(" ，,")
    if aspect == asp.CHALLENGE and asp._prose_deficits(label) and not asp.names_aspect_section(label, aspect) \
            and not asp.has_cue(label, "announce_verb"):
        # (第三，反馈机制缺失：居民的意见往往石沉大海，缺乏回应，…: a run-in label that states its problem, the clauses
        # after it its explanation, one point with the label; trialfix21c, trial21b K13)
        return None, []
    bounds = [colon + 1] + [m.end() for m in _COMMA_RE.finditer(sentence, colon + 1)] + [len(sentence)]
    items = []
    for x, y in zip(bounds, bounds[1:]):
        x, y = _trim(sentence, x, y)
        tail = _RUN_TAIL.search(sentence, x, y)
        if tail is not None and tail.start() > x:
            y = _trim(sentence, x, tail.start())[1]
        if y > x:
            items.append((x, y))
    if aspect == asp.CHALLENGE:
        # (停车问题：A不足，B模糊，希望物业重新划线: the run of problems ends before the measure tail that asks for
        # their fix, read by _measure_tail_points as a recommendation; wrong32)
        items = items[:next((i for i, (x, y) in enumerate(items) if i and measure_tail_clause(sentence[x:y])),
                            len(items))]
    if len(items) < PROBLEM_RUN_CLAUSES or any(not 2 <= y - x <= RUN_CLAUSE_CHARS for x, y in items):
        return None, []
    if _ITEM_MARKER.match(sentence, colon + 1):
        return None, []  # (主要策略：（1）…，…: an inline list after the colon, read by the list readers)
    stated = _states_problem if aspect == asp.CHALLENGE else _run_measure
    if any(sentence.startswith(_LINKED_CLAUSE_OPENERS, x) for x, _ in items):
        # (…的问题：当人口不断增加，…都缺乏足够准备，去应对…，因此也引出…: one sentence whose clauses link, no list;
        # its point runs from the first clause that states the aspect to the clause before a consequence)
        first = next((i for i, (x, y) in enumerate(items) if stated(sentence[x:y])), None)
        if first is None:
            return None, []
        last = first
        while last + 1 < len(items) and not sentence.startswith(_CONSEQUENCE_OPENERS, items[last + 1][0]):
            last += 1
        return aspect, [(items[first][0], items[last][1])]
    prefix = sentence[items[0][0]:items[0][0] + PARALLEL_PREFIX_CHARS]
    parallel = all(sentence.startswith(prefix, x) for x, _ in items)
    if not parallel and 2 * sum(1 for x, y in items if stated(sentence[x:y])) < len(items):
        return None, []
    return aspect, items


def _colon_comma_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                        review: int) -> None:
    """In place: the items of a comma run announced by a colon lead-in (:func:`colon_comma_items`) are points of their
    aspect; a point of either aspect that holds two items or more is replaced by them (the run read as one sentence,
    or under the other aspect because its lead names a problem), and so is one of the sentence that runs from before
    a linked run's one item into it (its lead and a time clause are no part of it). A literature review's reported run and a reviewer's
    comment (from ``review``) give none. Linear in the sentences and the points."""
    for sent, aspect, spans in _run_spans(text, sentences, review, colon_comma_items):
        if labelled_line_item(text, sent.start):
            continue  # 经费不足：经费有限，难以…，导致… among sibling labelled lines: one item, its label and body
        one = spans[0] if len(spans) == 1 else None  # (a linked run's one point: colon_comma_items)
        for asp_name in out:
            out[asp_name] = [p for p in out[asp_name] if sum(p.start < y and x < p.end for x, y in spans) < 2
                             and not (one and p.start < one[0] < p.end and sent.start <= p.start)]
        _add_uncovered(text, out, aspect, spans, max_chars, 1)


#: Most characters of the label of a labelled line (``治理能力不足：``) that :func:`labelled_line_item` reads.
LINE_LABEL_CHARS = 10
# (no match starts inside a run of spaces: a search would rescan the run from each of its positions)
_LINE_LABEL = re.compile(rf"(?<![ \t\u3000])[ \t\u3000]*[^\s，,。；;：:！？!?、]{{2,{LINE_LABEL_CHARS}}}[：:]")


def labelled_line_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` (an offset into ``text``) opens a line with a short label and a colon
    (``经费不足：…``: at most :data:`LINE_LABEL_CHARS` characters, no clause mark) and the line before or after it opens
    with a topic label (one that names no aspect and no report field, :func:`summarizer.aspects.run_in_label` reads
    none: ``人手短缺：``): one item of a list of labelled lines (``人手短缺：… ⏎ 经费不足：… ⏎ 参与度低：…``), whose label
    names the item and whose comma-joined body explains it; the body is no run of items the label announces, and the
    label is part of the point. (A report's ``存在问题：… ⏎ 整改措施：…`` are field labels: not such a list.) Reads the
    two neighbouring lines' openings only: constant work past finding their starts (bounded by the lines' lengths)."""
    if start > 0 and text[start - 1] != "\n" or not _LINE_LABEL.match(text, start):
        return False

    def topic_label(a: int, b: int) -> bool:
        m = _LINE_LABEL.match(text, a, b)
        # (问题：… ⏎ 解答：…: an answer's field label, ``answer_field_label``, names no topic either)
        return m is not None and asp.run_in_label(text[a:min(b, m.end() + 2)]) is None and \
            text[a:m.end() - 1].strip(" \t\u3000") not in asp.lexicon().words("answer_field_label")

    prev_end = start - 1
    if prev_end > 0 and topic_label(text.rfind("\n", 0, prev_end) + 1, prev_end):
        return True
    nxt = text.find("\n", start)
    # (a label holds no space or line break: its bounded window is enough)
    return nxt >= 0 and topic_label(nxt + 1, min(len(text), nxt + 1 + 2 * LINE_LABEL_CHARS))


def _run_spans(text: str, sentences: list[Sentence], review: int, reader):
    """``(sentence, aspect, spans)`` of each sentence before ``review`` whose run ``reader`` reads (``reader(sentence
    text) -> (aspect or None, item offsets into it)``: :func:`comma_run_items`, :func:`colon_comma_items`), the item
    spans as offsets into ``text``; not a literature review's reported run. Linear in the sentences."""
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        aspect, items = reader(s.text)
        if aspect is None:
            continue
        spans = [(s.start + x, s.start + y) for x, y in items]
        if not asp.reports_scholar_view(text, spans[0][0], spans[-1][1]):
            yield s, aspect, spans


def _add_uncovered(text: str, out: dict[str, list[RawPoint]], aspect: str, spans: list[tuple[int, int]],
                   max_chars: int, min_chars: int) -> None:
    """In place: each span (offsets into ``text``) that no point of ``aspect`` lies over yet is a point of it, shaped
    (:func:`shape`) and at least ``min_chars`` characters long. Binary search over the points' starts."""
    starts = sorted((p.start, p.end) for p in out[aspect])
    for x, y in spans:
        k = bisect.bisect_left(starts, (y, y))
        if k and starts[k - 1][1] > x:
            continue  # a point of the aspect lies over the item already
        a, b = shape(text, x, y, max_chars)
        if b - a >= max(1, min_chars):
            out[aspect].append(RawPoint(aspect, a, b, 0.0))


#: Most characters before the verb of a clause that only announces problems (``但督察也``; learnon27: a subject and a
#: setting, ``目前基层社会治理工具的选择与使用仍``, ``我国在基层社会新冠疫情治理中仍``).
ANNOUNCE_LEAD_CHARS = 20
#: Most characters of the subject before 就/围绕 or a verb of inquiry in a clause that narrates a discussion
#: (:func:`narrates_discussion`; the bound before learnon27 widened :data:`ANNOUNCE_LEAD_CHARS`).
DISCUSSION_LEAD_CHARS = 16
#: Most characters of a framing clause before an announcing clause (``随着疫情在全世界各地的迅速蔓延，``, learnon27).
ANNOUNCE_FRAME_CHARS = 30


@lru_cache(maxsize=1)
def _only_announces_re() -> re.Pattern[str]:
    alt = asp.cue_alternation
    noun = f"(?:{alt('bare_problem_noun')})"
    # learnon27: an optional opener (然而，) and framing clause (随着…，/面对…，); a vague quantity or a word of size
    # (announce_degree: 巨大, 严峻: 仍面临严峻挑战 names no problem either)
    frame = rf"(?:[^，,。；;：:！？!?]{{1,4}}[，,])?(?:(?:{alt('announce_frame_opener')})[^，,。；;：:！？!?]{{1,{ANNOUNCE_FRAME_CHARS}}}[，,])?"
    amount = rf"(?:(?:{alt('announce_quantifier')})(?:方面)?|(?:{alt('announce_degree')}))"
    return re.compile(rf"{frame}[^，,。；;：:！？!?]{{0,{ANNOUNCE_LEAD_CHARS}}}?(?:{alt('announce_verb')})(?:着|了)?"
                      rf"{amount}(?:的)?{noun}(?:(?:和|与|及|、|以及){noun}){{0,3}}")


def fails_challenge_guards(text: str, start: int, end: int) -> bool:
    """Whether the would-be challenge point ``text[start:end]`` (offsets into an essay's cleaned text) states no
    problem by the guards every challenge point passes, the rules' and the learned model's alike (learnon27): it only
    announces problems (:func:`only_announces`), narrates a discussion (:func:`narrates_discussion`), is a copula's
    lead-in (:func:`copula_lead_in`), names a topic (:func:`names_problem_topic`), says how to regard problems named
    (:func:`heeds_named_problems`), describes a group (:func:`summarizer.aspects.describes_group`), opens with a
    time frame and states nothing (:func:`time_frame_point`), is a bare question (:func:`bare_question_point`),
    only frames its subject as a test (:func:`frames_as_test`) or judges the studies before the paper's own
    (:func:`judges_prior_research`).
    Bounded: each guard reads the point with one anchored match or a cue scan."""
    point = text[start:end]
    return (only_announces(point) or narrates_discussion(point) or copula_lead_in(text, start, end)
            or names_problem_topic(point) or heeds_named_problems(point) or asp.describes_group(point)
            or time_frame_point(point) or bare_question_point(text, start, end) or frames_as_test(point)
            or judges_prior_research(point))


#: A research gap (``现有研究多集中于…，缺乏全方位的综合性研究``): the studies before the paper's own (现有研究, 已有文献 …),
#: then within one sentence of at most :data:`RESEARCH_GAP_CHARS` characters a word of their narrowness or lack.
RESEARCH_GAP_CHARS = 40
_RESEARCH_GAP = re.compile(r"(?:现有|已有|既有|以往|前人|国内外|学界|学术界)(?:的|相关)?(?:研究|文献|成果)"
                           r"[^。；;！？!?]{0,%d}?(?:集中|较少|鲜有|少有|缺乏|不足|不够|尚未|忽视|忽略|局限)"
                           % RESEARCH_GAP_CHARS)


def judges_prior_research(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point, Simplified view) judges the studies before the paper's own
    (:data:`_RESEARCH_GAP`: ``现有研究多集中于中医药政策的某一特定领域，缺乏全方位的综合性研究``): a paper's research
    gap, the reason for its study, no problem of its subject (Part 69's 3657). Bounded: one search of bounded gaps."""
    return ("研究" in point or "文献" in point or "成果" in point) and _RESEARCH_GAP.search(point) is not None


@lru_cache(maxsize=1)
def _test_framing_re() -> re.Pattern[str]:
    return re.compile(rf"[^，,。；;！？!?]{{0,{ANNOUNCE_FRAME_CHARS}}}[，,]?是对[^，,。；;！？!?]{{1,{ANNOUNCE_FRAME_CHARS + 10}}}的"
                      rf"(?:一次|一场|一个)?(?:{asp.cue_alternation('announce_degree')}|严重|重大)?的?"
                      rf"(?:{asp.cue_alternation('test_framing_noun')})")


def frames_as_test(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point) only frames its subject as a test of something (``X是对Y的
    一次大考``, ``…是对治理能力的严峻考验``: ``test_framing_noun`` cue group: 大考, 考验, 检验, 试金石), up to its end:
    it names what is tested, no shortcoming (learnon27; the seed's ``这次新冠肺炎疫情危机，是对国家基层危机治理体系
    和治理能力的一次大考``). Bounded: one anchored match of bounded quantifiers."""
    return _test_framing_re().fullmatch(point.strip(_TRIM)) is not None


def states_shortcoming(point: str) -> bool:
    """Whether ``point`` states a shortcoming by any of the rules' readings: a challenge cue
    (:func:`summarizer.aspects.challenge_strength`), a deficiency predicate (:func:`summarizer.aspects._prose_deficits`),
    a verdict (:func:`summarizer.aspects.states_verdict`) or a count of what remains
    (:func:`summarizer.aspects.counts_remaining`). Bounded: cue scans."""
    return bool(asp.challenge_strength(point) or asp._prose_deficits(point) or asp.states_verdict(point)
                or asp.counts_remaining(point))


def praises_result(text: str, sentences: list[Sentence], start: int) -> bool:
    """Whether the sentence of ``sentences`` that holds offset ``start`` (into ``text``, an essay's cleaned text)
    praises results (``praised_result`` or ``achievement`` cue group: 卓有成效, 取得了, 成效显著) and states no
    shortcoming (:func:`states_shortcoming`): ``山东省于1月24日启动I级响应，并充分发挥制度优势，应对措施切实有力、疫情
    防控卓有成效`` narrates a measure that worked; the learned model adds no challenge there (learnon27). Bounded:
    one bisect and cue scans of one sentence."""
    k = bisect.bisect_right([s.start for s in sentences], start) - 1 if sentences else -1
    if k < 0:
        return False
    body = text[sentences[k].start:sentences[k].end]
    return (asp.has_cue(body, "praised_result") or asp.has_cue(body, "achievement")) and not states_shortcoming(body)


def only_announces(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point) only announces problems: after at most
    :data:`ANNOUNCE_LEAD_CHARS` characters, a verb of finding or having (``announce_verb`` cue group: 发现, 存在, 面临),
    a vague quantity (``announce_quantifier``: 一些, 不少) or a word of size (``announce_degree``: 巨大, 严峻), and
    problem nouns that name none (``bare_problem_noun``: 问题, 不足, 困难, 挑战, 短板), up to its end: ``但督察也发现
    一些问题和不足``, ``还存在不少困难和问题``, ``目前…仍存在一些短板``, ``我国…仍面临巨大挑战``; a short opener and a
    framing clause may open it (``announce_frame_opener``: ``然而，随着疫情迅速蔓延，我省仍面临严峻挑战``, at most
    :data:`ANNOUNCE_FRAME_CHARS` characters, learnon27). The problems it announces follow; it is none itself. A problem
    noun with content of its own (``存在反弹的风险``, ``存在资金不足的问题``) or with no quantity (``民生领域存在短板``)
    is no announcement. Bounded: one anchored match."""
    p = point.strip(_TRIM)
    m = _only_announces_re().match(p)
    if (m is not None and m.end() == len(p)) or _forward_announce_re().search(p) is not None:
        return True
    # a framing clause of any shape before the announcement (对照新形势新要求，基层治理仍然存在一些短板): the last
    # clause alone announces, and the clauses before it name no problem (lead, nineteenth session)
    k = max(p.rfind("，"), p.rfind(","))
    if k <= 0:
        return False
    last, head = p[k + 1:], p[:k]
    m = _only_announces_re().match(last)
    return (m is not None and m.end() == len(last)
            and not (asp.challenge_strength(head) or asp._prose_deficits(head) or asp.states_verdict(head)))


@lru_cache(maxsize=1)
def _forward_announce_re() -> re.Pattern[str]:
    """A point that ends by pointing forward to the problems listed after it (lead, nineteenth session): a verb of
    having (``announce_verb``), 以下/如下/下列 and problem nouns that name none, after a subject of any length
    (``从中也可以看出我国城市社区治理在应对…的过程中还存在着以下突出问题``): what follows is the list."""
    alt = asp.cue_alternation
    noun = f"(?:{alt('bare_problem_noun')})"
    return re.compile(rf"(?:{alt('announce_verb')})(?:着|了)?(?:以下|如下|下列|下面)"
                      rf"(?:(?:[一二两三四五六七八九十几]|\d{{1,2}})(?:个|点|类|种|大)?(?:方面)?|一些)?(?:的)?(?:突出|主要|明显|重大|严重)?(?:的)?{noun}(?:(?:和|与|及|、|以及){noun}){{0,3}}$")


#: Most characters of a time frame clause (``在花了8年多时间研究…这一古老数学难题后``) :func:`time_frame_point` reads.
TIME_FRAME_CHARS = 40
_TIME_FRAME = re.compile(r"(?:在|当|自从|自)[^，,；;。！？!?]{2,%d}?(?:之后|以后|后|之前|以前|前|之时|时|之际|期间|过程中)"
                         r"[，,]" % TIME_FRAME_CHARS)


def time_frame_point(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point) opens with a time frame clause (在/当/自从 … 后/时/之际/期间, at
    most :data:`TIME_FRAME_CHARS` characters, then a comma) and the rest states no shortcoming
    (:func:`summarizer.aspects.challenge_strength`, :func:`summarizer.aspects._prose_deficits`, a verdict): ``在花了8年多
    时间研究庞加莱猜想这一古老数学难题后，2002年11月11日`` sets the time of a case narrated; its 难题 names what was
    studied, no problem of the text's (trial22 C, trialfix22a). ``在推进改革的过程中，仍存在资金不足的问题`` goes on to
    state one. Bounded: one anchored match and cue scans of the rest."""
    p = point.strip(_TRIM)
    m = _TIME_FRAME.match(p)
    if m is None:
        return False
    rest = p[m.end():]
    return not (asp.challenge_strength(rest) or asp._prose_deficits(rest) or asp.states_verdict(rest)
                or asp.counts_remaining(rest))


@lru_cache(maxsize=1)
def _heed_opening_re() -> re.Pattern[str]:
    alt = asp.cue_alternation
    noun = f"(?:{alt('discussed_problem_noun')})"
    return re.compile(rf"(?:对|对于|面对|针对)(?:{alt('referring_modifier')}){noun}(?:(?:和|与|及|、){noun})?[，,]?")


def heeds_named_problems(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point) only says how to regard problems already named: it opens with
    对/对于/面对 and a referring word before a problem noun (``referring_modifier``, ``discussed_problem_noun`` cue groups:
    ``对上述问题``, ``对于这些困难``), and the rest holds a word of heeding (``heed_attitude`` cue group: 掉以轻心, 忽视,
    回避, 高度重视 …) and no deficiency predicate of its own (``对上述问题，我们都不能掉以轻心``: the closing formula
    of a work report's problem paragraph; trial22 C, trialfix22a). Bounded: one anchored match and cue scans of the
    point."""
    p = point.strip(_TRIM)
    m = _heed_opening_re().match(p)
    if m is None:
        return False
    rest = p[m.end():]
    return asp.has_cue(rest, "heed_attitude") and not asp._prose_deficits(rest) and not asp.states_verdict(rest)


#: A point that says where the problem lies and names only a topic (``更关键的问题在于长照的财政定位``): a short
#: qualifier, 问题/关键/症结 + 在于 (not 是: ``但问题是这样正好中了…`` goes on with a clause), then at most 16 characters to the point's end (:func:`names_problem_topic`).
_PROBLEM_TOPIC = re.compile(r"[^，,；;。]{0,6}?(?:问题|关键|症结|核心)(?:就|便|则)?在于(?P<topic>[^，,；;。！？!?]{2,16})")


def names_problem_topic(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point, one clause) says where the problem lies and names only its topic
    (:data:`_PROBLEM_TOPIC`: ``更关键的问题在于长照的财政定位``): the words after 在于 state no shortcoming
    (:func:`summarizer.aspects.challenge_strength`, :func:`summarizer.aspects._prose_deficits`) and prescribe nothing;
    the next sentence states the problem (part14fix21). ``问题在于缺乏稳定的资金来源`` states it. Bounded: one anchored
    match."""
    p = point.strip(_TRIM)
    m = _PROBLEM_TOPIC.fullmatch(p)
    if m is None:
        return False
    topic = m.group("topic")
    return not (asp.challenge_strength(topic) or asp._prose_deficits(topic) or asp.modal_strength(topic)
                or asp.states_verdict(topic))


#: The copulas that end a clause announcing what follows its colon (``…的一个小问题是：``, ``症结在于：``).
_ANNOUNCING_COPULAS = ("是", "在于", "如下", "包括")


def copula_lead_in(text: str, start: int, end: int) -> bool:
    """Whether the point ``text[start:end]`` is a clause that names a problem noun (``bare_problem_noun`` cue group:
    问题, 困难, 症结) and ends with a copula of announcing (:data:`_ANNOUNCING_COPULAS`: ``与上述问题相关联的一个小
    问题是``) right before a colon (``：``/``:``, past spaces): it announces what the text after the colon states,
    and states nothing itself (as :func:`only_announces` reads ``还存在不少困难和问题``). Offsets are in ``text``;
    bounded (reads the point and the characters after it up to the colon)."""
    p = text[start:end].rstrip(_TRIM)
    if not p.endswith(_ANNOUNCING_COPULAS) or not asp.has_cue(p, "bare_problem_noun"):
        return False
    k = end
    while k < len(text) and k < end + 3 and text[k] in " \u3000":
        k += 1
    return text.startswith(("：", ":"), k)


#: Most characters of a discussion's topic phrase after 就/围绕 (``企业所遇困境以及发展前景``).
DISCUSSION_TOPIC_CHARS = 32
#: Most clauses of a point read for the verb of discussing (``…围绕…困境…，广开言论，…``).
DISCUSSION_CLAUSES = 3


@lru_cache(maxsize=1)
def _discussion_topic_re() -> re.Pattern[str]:
    nouns = asp.cue_alternation("discussed_problem_noun")
    return re.compile(rf"[^，,。；;：:！？!?]{{0,{DISCUSSION_LEAD_CHARS}}}?(?:就|围绕|围绕着|针对)"
                      rf"(?P<topic>[^，,。；;：:！？!?]{{0,{DISCUSSION_TOPIC_CHARS}}}?(?:{nouns})[^，,。；;：:！？!?]{{0,12}})")


@lru_cache(maxsize=1)
def _inquiry_topic_re() -> re.Pattern[str]:
    verbs = asp.cue_alternation("inquiry_verb")
    nouns = asp.cue_alternation("discussed_problem_noun")
    return re.compile(rf"[^，,。；;：:！？!?]{{0,{DISCUSSION_LEAD_CHARS}}}?(?:{verbs})"
                      rf"(?P<topic>[^，,。；;：:！？!?]{{0,{DISCUSSION_TOPIC_CHARS}}}?(?:{nouns})"
                      rf"(?:[^，,。；;：:！？!?]{{0,{DISCUSSION_TOPIC_CHARS}}}?(?:{nouns}))?)(?=$|[，,。；;])")


def narrates_discussion(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point) only narrates that people spoke about problems it does not name:
    after a short subject (at most :data:`DISCUSSION_LEAD_CHARS` characters), 就/围绕, a topic phrase whose only
    problem words are nouns (``discussed_problem_noun`` cue group: 问题, 困境 …) that a referring modifier names without
    naming a problem (``referring_modifier``: 相关, 遇到的, 所遇 …; no deficiency, no other shortcoming predicate), and a verb of discussing (``discussion_word``: 发言, 讨论, 广开言论 …) in its first
    :data:`DISCUSSION_CLAUSES` clauses: ``委员王某就相关问题作了发言``, ``与会企业家围绕企业所遇困境以及发展前景，广开言论``;
    or a visit's inquiry into such problems, the first clause ending with them (``inquiry_verb`` cue group: 了解, 听取
    …: ``重点了解企业在发展中遇到的困难和急需解决的问题，…``).
    A topic that names the problems (``就…产能过剩、税费过重等方面作了汇报``) is no such narration. Not
    :func:`summarizer.aspects.narrates_discussion`, its namesake (a point that ends with a discussion of named problem
    nouns, the model's points too), nor :func:`summarizer.aspects.topic_narration_start`: the three read different
    shapes for different stages (see the latter). Bounded: one anchored match and a scan of a bounded prefix."""
    p = point.strip(_TRIM)
    if asks_counted_questions(p):
        return True  # 现场共有8家媒体提出10多个问题，其中不少涉及…: questions put at a briefing, counted (corpus23)
    if "问题" in p and means_questions(p):
        return True  # 部分问卷问题由队员为老人讲解, 填写各项内容后提交问题: questions asked, no problem (p30prec)
    m = _inquiry_topic_re().match(p)
    if m is None:
        m = _purpose_inquiry(p)
    if m is None:
        m = _discussion_topic_re().match(p)
        if m is None:
            return False
        head = "，".join(_CLAUSE_SPLIT.split(p)[:DISCUSSION_CLAUSES])
        if not asp.has_cue(head, "discussion_word"):
            return False
    # every problem noun of the topic is named only by a referring modifier (相关问题, 遇到的困难, 所遇困境): then the
    # topic names none; the rest of it states no shortcoming either
    topic = _referred_problem_re().sub(lambda x: " " * len(x.group()), m.group("topic"))
    topic = _listed_topics_close(topic)
    if asp.cue_pattern("discussed_problem_noun").search(topic):
        return False
    return not asp.challenge_strength(topic) and not asp._prose_deficits(topic)


#: The 等-noun that closes a list of topics (``通用机场建设、降低工商业用电成本、…等问题``): the noun refers to the listed
#: topics (:func:`_listed_topics_close`). Bounded.
_LIST_CLOSE = re.compile(r"等(?:方面的?)?(?:问题|难题|矛盾)")
#: Most characters of the list before its 等-noun that :func:`_listed_topics_close` reads.
LISTED_TOPICS_CHARS = 64
#: An item of such a list that names a shortcoming by a bare adjective or a negation (看病难, 看病贵, 工资拖欠,
#: 监管不力): the list then names problems, and the discussion of them is no mere narration.
_SHORTFALL_ITEM = re.compile(r"[难贵乱差低少慢弱缺短旧窄险堵脏]$|不|未|无|没|缺|欠|乏")
_CLAUSE_MARKS = "，,。；;：:！？!?"


def _listed_topics_close(topic: str) -> str:
    """``topic`` (a discussed topic phrase, characters) with the 等-noun closing a list of topics (:data:`_LIST_CLOSE`
    after at most :data:`LISTED_TOPICS_CHARS` characters of ``、``-separated items in the same clause) blanked (same
    length) when no item of the list names a shortcoming (:data:`_SHORTFALL_ITEM`: 看病难, 工资拖欠, 监管不力): the noun
    then refers to the topics listed and names no problem (``双方就通用机场建设、降低工商业用电成本等问题进行了深入交流``:
    p30prec, Parts 29-30). Linear in ``len(topic)``: one search, a bounded window before it."""
    m = _LIST_CLOSE.search(topic)
    if m is None:
        return topic
    a = max(0, m.start() - LISTED_TOPICS_CHARS)
    head = topic[a:m.start()]
    cut = max(head.rfind(c) for c in _CLAUSE_MARKS)
    items = [x.strip() for x in head[cut + 1:].split("、")]
    if len(items) < 2 or any(not x or _SHORTFALL_ITEM.search(x) for x in items):
        return topic
    k = m.start()
    return topic[:k] + " " * (m.end() - k) + topic[m.end():]


#: 问题 in the sense of *questions* (p30prec, Parts 29-30): a questionnaire's or a survey's questions (问卷问题, 调查问题,
#: 问卷中的问题), questions read out one by one (一个一个问题念给她听), a verb of putting, submitting or answering before
#: them (提交问题, 解答…问题, 回答问题, 咨询问题) or an answer after them (问题得到…解答). Bounded.
_QUESTION_SENSE = re.compile(r"(?:问卷|调查|调研|访谈|测试|考试|面试)(?:中的|里的|上的)?问题"
                             r"|(?:一个一个|一个个|逐个|逐一|每一个|每个)问题"
                             r"|(?:提交|解答|回答|答复|提问|咨询|询问|追问|问及)了?[^，,。；;：:！？!?问]{0,6}?问题"
                             r"|问题[^，,。；;：:！？!?]{0,4}?(?:念给|得到[^，,。；;：:！？!?]{0,8}?(?:解答|回答|答复))")


def means_questions(point: str) -> bool:
    """Whether every 问题 of ``point`` (Simplified view, a would-be challenge) means *questions* (:data:`_QUESTION_SENSE`:
    ``部分问卷问题由实践队成员为老人们讲解``, ``进入留言页面，填写各项内容后提交问题``, ``我就一个一个问题念给她听``) and the
    point, with those blanked, names no other problem noun and no shortcoming (:func:`summarizer.aspects.challenge_strength`,
    deficiency words): a survey's or a help page's procedure, neither aspect (p30prec, Parts 29-30). Linear in
    ``len(point)``."""
    if _QUESTION_SENSE.search(point) is None:
        return False
    rest = _QUESTION_SENSE.sub(lambda x: " " * len(x.group()), point)
    if asp.cue_pattern("discussed_problem_noun").search(rest):
        return False
    return not (asp.challenge_strength(rest) or asp._prose_deficits(rest) or asp.has_cue(rest, "prose_challenge"))


#: A count of questions put or answered (``8家媒体提出10多个问题``, ``共回答了17家媒体记者提出的22个问题``, ``答记者问3个
#: 问题``): 问题 are questions there, not problems. A verb of asking or answering, at most 16 characters, a number or a
#: word of quantity and 个问题. Bounded.
_COUNTED_QUESTIONS = re.compile(r"(?:提出|提了|提问|问了|问及|回答|答复|解答|回应)了?[^，,。；;：:！？!?]{0,16}?"
                                r"(?:\d+|[一二三四五六七八九十两几多数若干百]+)\s{0,2}(?:多|余)?\s{0,2}个问题")


def asks_counted_questions(point: str) -> bool:
    """Whether ``point`` opens with a count of questions put or answered (:data:`_COUNTED_QUESTIONS` in its first
    clause: ``现场共有8家媒体提出10多个问题``, ``发言人共回答了17家媒体记者提出的22个问题``) and goes on, if at all, only
    about those questions (a clause opening with 其中 or 涉及): the narration of a
    press conference or a briefing, neither aspect (corpus23). Bounded: the first clauses of the point."""
    clauses = _COMMA_CLAUSE_SPLIT.split(point)
    if not _COUNTED_QUESTIONS.search(clauses[0]):
        return False
    rest = [c.strip() for c in clauses[1:] if c.strip()]
    return all(c.startswith(("其中", "涉及", "内容涉及", "话题涉及")) for c in rest)


_COMMA_CLAUSE_SPLIT = re.compile(r"[，,；;]")
#: Most clauses before the purpose clause of a survey (``我们对…进行了深入调研，旨在…``) that :func:`_purpose_inquiry` reads.
PURPOSE_INQUIRY_CLAUSES = 3


def _purpose_inquiry(point: str) -> re.Match[str] | None:
    """The inquiry match (:func:`_inquiry_topic_re`, its ``topic`` group) of the last clause of ``point`` when that
    clause states the purpose of a survey or a visit (``purpose_inquiry_opener`` cue group: 旨在, 目的是, 以期 …; then an
    ``inquiry_verb``: ``我们对多个地区的基层机构进行了深入调研，旨在全面了解其运作现状、存在问题及改进方向``) and the
    clauses before it, at most :data:`PURPOSE_INQUIRY_CLAUSES`, state no shortcoming (what was done to learn about
    problems names none: trial22 C, trialfix22a). ``None`` otherwise. Bounded: the point's clauses, one anchored match."""
    clauses = _COMMA_CLAUSE_SPLIT.split(point)  # (a topic list, 现状、存在问题及改进方向, stays one clause)
    if len(clauses) < 2 or len(clauses) > PURPOSE_INQUIRY_CLAUSES + 1:
        return None
    last = clauses[-1]
    opener = next((w for w in asp.lexicon().words("purpose_inquiry_opener") if last.startswith(w)), None)
    if opener is None:
        return None
    before = "，".join(clauses[:-1])
    if asp.challenge_strength(before) or asp._prose_deficits(before):
        return None
    m = _purpose_inquiry_re().fullmatch(last[len(opener):])
    return m if m is not None and asp.cue_pattern("discussed_problem_noun").search(m.group("topic")) else None


@lru_cache(maxsize=1)
def _purpose_inquiry_re() -> re.Pattern[str]:
    verbs = asp.cue_alternation("inquiry_verb")
    return re.compile(rf"[^，,。；;：:！？!?]{{0,6}}?(?:{verbs})(?P<topic>[^，,。；;：:！？!?]{{2,{2 * DISCUSSION_TOPIC_CHARS}}})")


@lru_cache(maxsize=1)
def _referred_problem_re() -> re.Pattern[str]:
    alt = asp.cue_alternation
    noun = f"(?:{alt('discussed_problem_noun')})"
    return re.compile(rf"(?:{alt('referring_modifier')}){noun}(?:(?:和|与|及|、|以及)(?:{alt('referring_modifier')})?{noun})?")


#: Most characters of the frame before a run-in requirement (``会议要求，``), verb and comma included.
HEAD_FRAME_CHARS = 8


@lru_cache(maxsize=1)
def _head_frame_re() -> re.Pattern[str]:
    verbs = asp.cue_alternation("head_frame")
    return re.compile(rf"[^，,。；;：:！？!?]{{0,{HEAD_FRAME_CHARS - 3}}}(?:{verbs})[，,：:]")


def short_modal_head(sentence: str) -> tuple[int, int] | None:
    """The span (offsets into ``sentence``) of a short run-in requirement, or None: after an optional frame of at most
    :data:`HEAD_FRAME_CHARS` characters (``head_frame`` cue group: ``会议要求，``), the rest is at most
    :data:`RUN_IN_TOPIC_CHARS` characters once trimmed, opens with a modal of the ``head_modal`` cue group and states
    a measure (:func:`_states_measure`): ``要压实整改责任。``, ``会议要求，要细化推进措施。``. Bounded: linear."""
    m = _head_frame_re().match(sentence)
    a, b = _trim(sentence, m.end() if m else 0, len(sentence))
    rest = sentence[a:b]
    if not 0 < b - a <= RUN_IN_TOPIC_CHARS or not rest.startswith(asp.lexicon().words("head_modal")):
        return None
    return (a, b) if _states_measure(rest) else None


def short_modal_heads(text: str, sentences: list[Sentence], paragraph: list[int]) -> list[tuple[int, int, int]]:
    """``(sentence index, head start, head end)`` of the run-in requirements of one paragraph (``paragraph``: indices
    into ``sentences``, in order), offsets into ``text``: at least two sentences that are short run-in requirements
    (:func:`short_modal_head`), each followed by at least one sentence of its own before the next one or the
    paragraph's end (its body: ``要压实整改责任。党组书记…负总责。其他班子成员…。要细化推进措施。…``); ``[]`` otherwise
    (a list of short measures with no bodies is read sentence by sentence). Linear in the paragraph."""
    heads = []
    for i in paragraph:
        s = sentences[i]
        span = short_modal_head(s.text) if s.kind == "sentence" else None
        if span is not None:
            heads.append((i, s.start + span[0], s.start + span[1]))
    if len(heads) < 2:
        return []
    nexts = [i for i, _, _ in heads[1:]] + [paragraph[-1] + 1]
    if any(j - i < 2 for (i, _, _), j in zip(heads, nexts)):
        return []
    return heads


def _short_modal_head_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int, markers: list[int]) -> None:
    """In place: the run-in requirements of a paragraph (:func:`short_modal_heads`) are recommendation points, and the
    points inside their bodies are dropped (the gold rule for run-in items: the head is the point, its body explains
    it), except a point that opens a list item of a body (a marker at most :data:`BODY_MARKER_CHARS` characters
    before it; ``markers``: sorted marker starts). Sentences of a reviewer's comment (from ``review``) give none.
    Linear in the sentences and the points (after sorting)."""
    bodies: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []
    for paragraph in _paragraphs(text, sentences):
        found = short_modal_heads(text, sentences, paragraph)
        if not found or sentences[found[0][0]].start >= review:
            continue
        nexts = [sentences[i].start for i, _, _ in found[1:]] + [sentences[paragraph[-1]].end]
        for (i, a, b), stop in zip(found, nexts):
            heads.append((a, b))
            bodies.append((sentences[i].end, stop))
    if not heads:
        return
    bstarts = [a for a, _ in bodies]
    hstarts = [a for a, _ in heads]
    for aspect in out:
        kept = []
        for p in out[aspect]:
            h = bisect.bisect_left(hstarts, p.end) - 1  # (the last head that starts before the point ends)
            if _body_elaboration(p, bodies, bstarts, markers) or h >= 0 and heads[h][1] > p.start:
                continue
            kept.append(p)
        out[aspect] = kept
    for a, b in heads:
        a, b = shape(text, a, b, max_chars)
        if b > a:
            out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))


#: Most characters of a run-in verdict that opens its line (``学习的要求和动力不够。``), its connective not counted.
VERDICT_HEAD_CHARS = 16
#: A connective before a run-in verdict (``一方面，``, ``其次，``): it links the verdict, it is no part of it.
_VERDICT_LINK = re.compile(r"(?:一方面|另一方面|首先|其次|再次|最后|此外|另外|同时)[，,]\s{0,2}")


def opens_with_modal(point: str) -> bool:
    """Whether ``point`` (a point's text, Simplified view) prescribes as a measure does from its first word: a strong
    modal (:func:`summarizer.aspects.prescribes`: 建议/应当/必须…), or a first clause that opens with a modal word of
    the ``modal`` cue group (要/需要…, :func:`summarizer.aspects.modal_strength`; not a word built on one, 要求不够高,
    应对).
    Such a sentence after a run-in verdict is the paragraph's remedy, no elaboration of the verdict
    (:func:`_short_verdict_head_points`). Linear in the point."""
    s = point.strip()
    if asp.prescribes(s):
        return True
    clause = _CLAUSE_BREAK.split(s, 1)[0]
    modals = asp.lexicon().words("modal")
    return (clause.startswith(modals) and asp._mask_non_modals(clause).startswith(modals)
            and asp.modal_strength(clause) > 0)


_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:]")


def short_verdict_head(sentence: str) -> tuple[int, int] | None:
    """The span (offsets into ``sentence``) of a short run-in verdict, or None: after an optional connective
    (:data:`_VERDICT_LINK`: ``一方面，``), at most :data:`VERDICT_HEAD_CHARS` characters once trimmed that state a
    shortcoming as prose does (:func:`summarizer.aspects.prose_aspect`: ``学习的要求和动力不够。``, ``动力不足，缺乏
    学习的主动性。``) and hold no colon (a lead-in or an interview's speaker). Bounded: linear."""
    m = _VERDICT_LINK.match(sentence)
    a, b = _trim(sentence, m.end() if m else 0, len(sentence))
    rest = sentence[a:b]
    if not 0 < b - a <= VERDICT_HEAD_CHARS or "：" in rest or ":" in rest:
        return None  # (a lead-in, 主要表现在：, or a speaker's turn, 某某：这完全是一个误区。, is no verdict head)
    if paired_advice(rest):
        return None  # (讲成绩要实，不搞虚空飘浮。: advice paired with the course it refuses, no verdict; Part 57)
    return (a, b) if asp.prose_aspect(rest) == asp.CHALLENGE else None


#: A factor line: a short label naming a factor, a colon, then its explanation (``地方财力: 地方政府必须自筹资金…``);
#: group ``body`` is the explanation. The label holds no clause break (it is a noun phrase, no sentence).
_FACTOR_LINE = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*(?P<label>[^\s:：，,。；;！？!?]{2,20})[ \t\u3000]*[:：][ \t\u3000]*(?P<body>\S[^\n]*)")
#: Most lines read under a lead-in for its factor lines (the run stops at the first line of another shape).
FACTOR_LINES = 12
#: Most characters of a line that may head the lead-in's paragraph (a section heading, no paragraph of prose).
FACTOR_HEADING_CHARS = 40


def factor_line_bodies(text: str) -> list[tuple[int, int, int]]:
    """``(lead_line_start, body_start, body_end)`` of each factor line of ``text`` (offsets into ``text``, the essay's
    Simplified view): a line that ends with a colon after a lead-in announcing factors below it (``…而是高度依赖以下
    因素：``: 以下/下列/如下 and a ``factor_lead_noun`` word in its last clause), then up to :data:`FACTOR_LINES`
    consecutive lines of the shape ``label: explanation`` (:data:`_FACTOR_LINE`). The explanation is what the line
    claims; the label only names the factor. Linear: each line is read once."""
    out: list[tuple[int, int, int]] = []
    if "以下" not in text and "下列" not in text and "如下" not in text:
        return out  # (speed: no lead-in can announce factors)
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        a, b = lines[i]
        stripped = text[a:b].rstrip()
        i += 1
        if not stripped.endswith((":", "：")):
            continue
        last = re.split(r"[，,；;。！？!?]", stripped)[-1]
        if not any(w in last for w in ("以下", "下列", "如下")) or not asp.has_cue(last, "factor_lead_noun"):
            continue
        j = i
        while j < len(lines) and j - i < FACTOR_LINES:
            x, y = lines[j]
            m = _FACTOR_LINE.fullmatch(text, x, y)
            if m is None:
                break
            out.append((a, m.start("body"), m.end("body")))
            j += 1
        i = j
    return out


def _factor_line_points(text: str, out: dict[str, list[RawPoint]], max_chars: int, review: int) -> None:
    """In place: the explanations of factor lines (:func:`factor_line_bodies`) under a section the essay states as
    a problem become challenges (:func:`_add_items`: a point over the whole line, label and all, of the other aspect
    gives way). The section states a problem when a challenge found so far starts in the lead-in's line or in the
    line before it, a short heading (at most :data:`FACTOR_HEADING_CHARS` characters): ``1. 土地与硬件：基础建设的卸责``
    over ``…高度依赖以下因素：`` and ``地方财力: 地方政府必须自筹资金…`` gives the burden ``地方政府必须自筹资金…``, whatever
    modal it holds. Factor lines under no such section give nothing here. Lines of a reviewer's comment (from
    ``review``) give none. n log n in the points."""
    bodies = [f for f in factor_line_bodies(text) if f[1] < review]
    if not bodies:
        return
    starts = sorted(p.start for p in out[asp.CHALLENGE])

    def holds(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, a)
        return k < len(starts) and starts[k] < b

    spans: list[tuple[int, int]] = []
    for lead, a, b in bodies:
        end = text.find("\n", lead)
        end = len(text) if end < 0 else end
        before = text.rfind("\n", 0, max(lead - 1, 0)) + 1 if lead > 0 else -1
        stated = holds(lead, end) or (0 <= before < lead and lead - 1 - before <= FACTOR_HEADING_CHARS
                                      and holds(before, lead))
        if stated:
            spans.append((a, b))
    if not spans:
        return
    # (a point over the whole line, label and all, gives way to the explanation: the label only names the factor)
    lumped = [(text.rfind("\n", 0, a) + 1, a) for a, _ in spans]  # (line start, explanation start), in text order

    def lumps(p: RawPoint) -> bool:
        k = bisect.bisect_right(lumped, (p.start, len(text))) - 1  # the last factor line starting at or before p
        return k >= 0 and lumped[k][0] <= p.start < lumped[k][1] < p.end

    for aspect in out:
        out[aspect] = [p for p in out[aspect] if not lumps(p)]
    _add_items(text, out, asp.CHALLENGE, spans, max_chars)


def _short_verdict_head_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                               review: int, markers: list[int]) -> None:
    """In place: lines that each open with a short run-in verdict (:func:`short_verdict_head`) followed by sentences
    of their own on the same line (``学习的要求和动力不够。对学习的要求不够高，…。⏎动力不足，缺乏学习的主动性。…``),
    at least two such lines in the essay, are run-in problem items: each verdict is a challenge point and the points
    inside its body are dropped (the gold rule for run-in items, as :func:`_short_modal_head_points` reads run-in
    requirements; corpus21: a self-review's shortcomings), except a point that opens a list item of a body
    (``markers``: sorted marker starts; a line whose first sentence holds a marker is a list item, no verdict head),
    and a measure of the body's opening run of sentences that prescribe (:func:`opens_with_modal`: ``…床位紧张。建议加大
    …。``): a paragraph that pairs its problem with its measure keeps the measure, however many such paragraphs the
    essay holds (para42: from three on, every measure went). Lines of a reviewer's comment (from ``review``) give none. Linear in the sentences and the points
    (after sorting)."""
    found: list[tuple[int, int, int, int]] = []  # (head start, head end, body start, body end)
    remedies: list[int] = []  # (parallel to found: the end of the body's opening run of measures)
    for paragraph in _paragraphs(text, sentences):
        first = sentences[paragraph[0]]
        if len(paragraph) < 2 or first.kind != "sentence" or first.start >= review:
            continue
        k = bisect.bisect_left(markers, first.start)
        if k < len(markers) and markers[k] < first.end:
            continue  # (一是…。 / 二是补足…短板。…: a list item the structure reads, not a run-in verdict)
        if "\t" in text[first.end:sentences[paragraph[1]].start]:
            continue  # a table row's cells (问题 ⇥ 措施) are its columns, no verdict and its body (ux37)
        span = short_verdict_head(first.text)
        if span is not None:
            found.append((first.start + span[0], first.start + span[1], first.end, sentences[paragraph[-1]].end))
            # (the body's opening run of sentences that prescribe, 建议…。要…。: the remedy the paragraph pairs with
            # its problem; its end, or the body's start when the body opens otherwise)
            run_end = first.end
            for k in paragraph[1:]:
                if not opens_with_modal(sentences[k].text):
                    break
                run_end = sentences[k].end
            remedies.append(run_end)
    if len(found) < 2:
        return
    heads = [(a, b) for a, b, _, _ in found]
    bodies = [(c, d) for _, _, c, d in found]
    bstarts = [a for a, _ in bodies]
    hstarts = [a for a, _ in heads]
    for aspect in out:
        kept = []
        for p in out[aspect]:
            h = bisect.bisect_left(hstarts, p.end) - 1
            if h >= 0 and heads[h][1] > p.start:
                continue
            if _body_elaboration(p, bodies, bstarts, markers) and not (
                    aspect == asp.RECOMMENDATION and p.end <= remedies[bisect.bisect_right(bstarts, p.start) - 1]):
                # (a measure of the body's opening run, 建议…/应当…/要…, is the remedy the paragraph pairs with its
                # problem; one after the body's narration, …必须提供…才能受理, is no remedy of the author's)
                continue
            kept.append(p)
        out[aspect] = kept
    for a, b in heads:
        a, b = shape(text, a, b, max_chars)
        if b > a:
            out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0))


#: Most characters of a quoted proposal (``促请政府要「…」``), and most characters between the proposal verb and the
#: first quote (``政府要``).
OWN_QUOTE_CHARS = 80
OWN_QUOTE_LEAD = 8
#: Most characters of an actor between a proposal verb and the action it asks for (``要求政府善用土地``).
OWN_ACTOR_CHARS = 4
_QUOTE_PAIRS = {"「": "」", "“": "”", "『": "』"}
_QUOTE_JOINER = re.compile(r"[、，,\s]{0,3}(?:以及|及|和|与|同|并)?[、，,\s]{0,3}")
#: A clause that adds one more measure to a proposal (``同时要严打…``, ``并应…``).
_ADDED_MEASURE = re.compile(r"\s{0,2}(?:同时|并且|并|亦|也)\s{0,2}(?:要|应|须|应该|应当)")
#: A conjunction that adds an action with no modal (``…，并协助…``, ``…，同时推动…``): read before an imperative verb.
_ADDED_ACTION = re.compile(r"\s{0,2}(?:并且|并|同时)\s{0,2}")
#: What after a linking 并 negates (``并未``, ``并非``, ``并不``): 并 is then an adverb of the negation, part of the clause.
_LINKED_NEGATION = ("不", "未", "没", "无", "非")


@lru_cache(maxsize=1)
def _own_speaker_re() -> re.Pattern[str]:
    excl = "".join(re.escape(w) for w in asp.lexicon().words("own_speaker_exclusion"))
    return re.compile(f"(?<!自)(?:{asp.cue_pattern('own_speaker').pattern})(?![{excl}])")


@lru_cache(maxsize=1)
def _own_verb_re() -> re.Pattern[str]:
    return re.compile(f"(?<![的嘅之])(?:{asp.cue_pattern('own_proposal_verb').pattern})(?![的嘅了过])")


def _clause_end(sentence: str, k: int) -> int:
    """Offset of the first clause end (``，；。`` …) at or after ``k`` in ``sentence``, or its length."""
    m = re.compile(r"[，,；;。！？!?：:\n]").search(sentence, k)
    return m.start() if m else len(sentence)


def _asks_action(obj: str) -> bool:
    """Whether the object of a proposal verb states an action: it opens with an imperative verb, maybe after an actor
    of at most :data:`OWN_ACTOR_CHARS` characters (``政府善用土地``), or with a means (``透过立法将…``)."""
    o = obj.strip()
    if o.startswith(asp.lexicon().words("proposal_means")) and len(o) >= 6:
        return True
    return actor_then_act(o)


def actor_then_act(obj: str) -> bool:
    """Whether ``obj`` opens with an imperative verb, maybe after an actor of at most :data:`OWN_ACTOR_CHARS`
    characters (``政府善用土地``, ``物业重新划线``; not a means, ``以再次发声回报社会``). O(:data:`OWN_ACTOR_CHARS`)."""
    return any(asp.starts_imperative(obj[i:]) for i in range(min(OWN_ACTOR_CHARS, len(obj) - 2) + 1))


#: What may stand between the actor a plea addresses and the act it asks for: a word of time to come and a modal of
#: ability (``冀社署未来可改进…``, ``盼市府尽快增设…``, ``希望当局能够检讨…``; issue 8). Anchored, bounded.
_PLEA_HEDGE = re.compile(r"(?:未来|日后|今后|将来|尽快|尽早|早日|及早)?(?:可以|能够|可|能|会)?")


def hedged_act(obj: str) -> bool:
    """Whether ``obj`` opens, after an actor of at most :data:`OWN_ACTOR_CHARS` characters, with a hedge of time or
    ability (:data:`_PLEA_HEDGE`: 未来可, 尽快, 能够) and then an imperative verb (``社署未来可改进更新资讯的速度``): the act
    a plea asks of its addressee, as :func:`actor_then_act` reads it with no hedge. O(:data:`OWN_ACTOR_CHARS`)."""
    for i in range(min(OWN_ACTOR_CHARS, len(obj) - 2) + 1):
        k = _PLEA_HEDGE.match(obj, i).end()
        if k > i and asp.starts_imperative(obj[k:]):
            return True
    return False


def judged_courses(sentence: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` (offsets into ``sentence``, Simplified view) of the course a sentence urges as the best or a
    good way (:func:`summarizer.aspects.judged_course`: ``更理想的做法，是当局加强支援长者北上安老，即时纾缓…的问题`` -> from
    ``当局`` to the sentence's end), or ``[]``; a frame cut off by a comma (``我认为更快捷、更理想的做法，是``) is no part of
    the measure, one in the course's own clause is (``真正有效的办法是引入竞争``: from ``真正``). O(sentence)."""
    k = asp.judged_course(sentence) if "的" in sentence else -1
    if k < 0:
        return []
    c = max(sentence.rfind(ch, 0, k) for ch in "，,；;：:") + 1
    if len(sentence[c:k].strip(" \u3000")) > JUDGED_FRAME_SLACK:
        k = c  # (真正有效的办法是引入竞争: the frame shares the course's clause and stays with it)
    a, b = _trim(sentence, k, len(sentence))
    return [(a, b)] if b - a >= ENUM_ITEM_CHARS else []


def _judged_course_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int) -> None:
    """In place: the course a sentence before ``review`` urges as a good way (:func:`judged_courses`) is a
    recommendation; a recommendation found so far that starts before the course and reaches the frame's end (the
    frame cut at its comma, ``我认为更快捷、更理想的做法``, or the whole sentence lumped) gives way to it. Linear in the
    sentences and points."""
    frames = []  # (start of the sentence, start of its course's point)
    for s in sentences:
        if s.kind == "sentence" and s.start < review and "的" in s.text:
            spans = judged_courses(text[s.start:s.end])
            if spans and spans[0][0] > 0:
                frames.append((s.start, s.start + spans[0][0]))
    if frames:
        starts = [x for x, _ in frames]

        def lumps_frame(p: RawPoint) -> bool:
            i = bisect.bisect_right(starts, p.start) - 1
            return i >= 0 and p.start < frames[i][1] and p.end >= frames[i][1] - JUDGED_FRAME_SLACK

        out[asp.RECOMMENDATION] = [p for p in out[asp.RECOMMENDATION] if not lumps_frame(p)]
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.RECOMMENDATION, judged_courses)


#: Most characters between the end of a point and the start of the course it frames (a comma, the copula, spaces).
JUDGED_FRAME_SLACK = 4


def own_proposals(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the proposals a speaker puts forward as his own, or ``[]``.

    A speech, a motion or a letter restates what its speaker proposed (``我经已促请政府要「A」，以及「B」、「C」等等``;
    ``我亦喺报章撰文，提议透过立法将…规范化``; ``我注意到…，因此建议调整…，同时要严打…``): after a first-person speaker
    (``own_speaker`` cue group, never 我国/我市: ``own_speaker_exclusion``) comes a proposal verb (``own_proposal_verb``:
    促请, 建议, 提议, 要求 …; not a noun: 我的建议, 提出嘅政策), and its object is a list of quoted proposals (each quote
    one span) or a clause that asks for an action (:func:`_asks_action`); the clauses that follow it and open with an
    imperative verb extend it, one that adds a measure (``同时要…``) is one more span. Proposals that the speaker only
    reports of others (a ``reported_source`` word between the speaker and the verb: 我注意到委员建议…) give none.
    Linear in the sentence: each verb is read from where the previous proposal ended."""
    speakers = [m.start() for m in _own_speaker_re().finditer(sentence)]
    if not speakers:
        return []
    reported = asp.lexicon().words("reported_source")
    out: list[tuple[int, int]] = []
    pos = 0
    for v in _own_verb_re().finditer(sentence, speakers[0]):
        if v.start() < pos:
            continue
        s0 = speakers[bisect.bisect_right(speakers, v.start()) - 1]
        if s0 >= v.start() or any(w in sentence[s0:v.start()] for w in reported):
            continue
        k = v.end()
        end = _clause_end(sentence, k)
        q = next((j for j in range(k, min(end, k + OWN_QUOTE_LEAD + 1)) if sentence[j] in _QUOTE_PAIRS), -1)
        if q >= 0:
            j, found = q, []
            while j < len(sentence) and sentence[j] in _QUOTE_PAIRS:
                close = sentence.find(_QUOTE_PAIRS[sentence[j]], j + 1, j + 2 + OWN_QUOTE_CHARS)
                if close < 0:
                    break
                found.append((j + 1, close))
                j = _QUOTE_JOINER.match(sentence, close + 1).end()
            if found:
                out.extend(found)
                pos = j
                continue
        if end - k < ENUM_ITEM_CHARS or not _asks_action(sentence[k:end]):
            continue
        a, b = k, end
        while b < len(sentence) and sentence[b] in "，,":
            nxt = _clause_end(sentence, b + 1)
            clause = sentence[b + 1:nxt]
            added = _ADDED_MEASURE.match(clause)
            if added is None:
                # (…安排，并协助…落户: a conjunction before an imperative verb adds a measure as 同时要 does)
                joined = _ADDED_ACTION.match(clause)
                added = joined if joined and asp.starts_imperative(clause[joined.end():]) else None
            if added and nxt - b - 1 - added.end() >= 4:
                out.append((a, b))
                a = b + 1 + added.end()
            elif not asp.starts_imperative(clause):
                break
            b = nxt
        out.append((a, b))
        pos = b
    rest = sentence.rstrip()
    if out and not rest.endswith(tuple(SENTENCE_END)) and out[-1][1] < len(rest):
        out.pop()  # 我亦倡议利用…的土地，加快旧区、市 (the text ends): the last proposal is cut off by the end of the text
    return out


#: Most characters of a condition's subject between the condition word and its negation (``如果政府一天不…``).
CONDITION_SUBJECT_CHARS = 8
#: Fewest characters of a negated action that make it a measure (``如果不及时，…`` negates no action).
NEGATED_ACTION_CHARS = 4
#: Words after 不 that make no negation of an action (不是 "if it were not", 不论/不管 "whatever", 不仅, 不断, 不少).
_NOT_NEGATION = "是论管仅但同少断过久然如单光止妨"


@lru_cache(maxsize=1)
def _condition_negation_re() -> re.Pattern[str]:
    # (the look-ahead guards a bare 不 only: 没有同步改善… negates 有 whatever follows)
    words = "|".join(re.escape(w) + (f"(?![{_NOT_NEGATION}])" if w == "不" else "")
                     for w in sorted(asp.lexicon().words("condition_negation"), key=len, reverse=True))
    return re.compile(f"(?:{words})")


#: Connectives of addition before a further action of a negated condition's run (并加强…, 同时…).
_RUN_LINKS = ("并且", "并", "同时", "以及", "及", "和")


def negated_conditions(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the actions a negative condition names, or ``[]``.

    ``如果我们不及早正视和处理这个问题，只会令问题越变越大`` argues for the action it negates: a clause that opens with a
    condition (:func:`summarizer.aspects.condition_at`, after at most :data:`CONDITION_SUBJECT_CHARS` characters of
    subject), then at most that many characters of subject and a ``condition_negation`` word (不, 没有, 未能 …; not
    不是/不论/不断); the action runs from after the negation to the clause's end (a trailing 的话 dropped), and each
    next clause that opens with such a negation (``…，不作出通盘的策略的话``) is one more action. They count only when
    the clause after them states a consequence (``condition_consequence``: 只会, 只能, 就会 …); an action shorter than
    :data:`NEGATED_ACTION_CHARS` names none. Linear in the sentence: each clause is read once."""
    if not asp.has_cue(sentence, "condition") or not asp.has_cue(sentence, "condition_consequence"):
        return []  # (a condition word and a consequence word are both needed below: two scans rule most sentences out)
    bounds = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(sentence)] + [len(sentence) + 1]
    clauses = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    neg = _condition_negation_re()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(clauses):
        a, b = clauses[i]
        lead = a + len(sentence[a:b]) - len(sentence[a:b].lstrip())
        c = asp.condition_at(sentence, lead, min(b, lead + CONDITION_SUBJECT_CHARS + 2))
        if c < 0:
            i += 1
            continue
        m = neg.search(sentence, c + 1, min(b, c + 2 + CONDITION_SUBJECT_CHARS))
        if m is None:
            i += 1
            continue
        spans = [(m.end(), b)]
        j = i + 1
        while j < len(clauses):
            x, y = clauses[j]
            lead_x = x + len(sentence[x:y]) - len(sentence[x:y].lstrip())
            n = neg.match(sentence, lead_x)
            if n is None:
                # (…若不及早介入，厘清政策安排，并加强社会教育，恐怕会…: an action clause with no negation of its own,
                # opening with an imperative verb past 并, goes on with the negated run; trialfix21c, trial21b K4)
                k = lead_x + next((len(w) for w in _RUN_LINKS if sentence.startswith(w, lead_x)), 0)
                if k < y and asp.starts_imperative(sentence[k:y]) and not asp.has_cue(
                        sentence[x:y], "condition_consequence"):
                    spans.append((k, y))
                    j += 1
                    continue
            if n is None or n.end() >= y:
                break
            spans.append((n.end(), y))
            j += 1
        if j < len(clauses) and asp.has_cue(sentence[clauses[j][0]:clauses[j][1]], "condition_consequence"):
            for x, y in spans:
                if sentence.endswith(("的话", "的話"), x, y):
                    y -= 2
                # (the action past a manner adverb: 如果不及早化解 names no object, 化解 alone is no point)
                if len(asp._strip_manner(sentence[x:y].strip())) >= NEGATED_ACTION_CHARS:
                    out.append((x, y))
        i = j
    return out


#: Most clauses read after a condition for the consequence it averts (:func:`averted_conditions`).
AVERTED_CLAUSES = 4


def averted_conditions(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans (offsets into ``sentence``) of the actions a positive condition names when the clause
    after them says the harm would not happen, or ``[]``.

    ``若有关方面采取温和手法，不去激化矛盾，而是做出合理安排，反而不会让…发生`` argues for the actions it supposes: a
    clause that opens with a condition (:func:`summarizer.aspects.condition_at`, after at most
    :data:`CONDITION_SUBJECT_CHARS` characters of subject) and holds no negation right after it (that is
    :func:`negated_conditions`' shape), then, within :data:`AVERTED_CLAUSES` clauses, a clause that opens with an
    averted consequence (``averted_consequence`` cue group: 反而不会, 就不会, 就能避免 …). The action runs from after the
    condition word (or, when its clause only sets a frame, ``condition_frame_end``: 若在…而言, from the next clause) to
    the end of the clause before the consequence; one shorter than :data:`NEGATED_ACTION_CHARS` names none. Linear in
    the sentence: each clause is read a bounded number of times."""
    if not asp.has_cue(sentence, "condition") or not asp.has_cue(sentence, "averted_consequence"):
        return []
    bounds = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(sentence)] + [len(sentence) + 1]
    clauses = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    neg = _condition_negation_re()
    averted = tuple(asp.lexicon().words("averted_consequence"))
    frame_end = tuple(asp.lexicon().words("condition_frame_end"))
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(clauses):
        lead = a + len(sentence[a:b]) - len(sentence[a:b].lstrip())
        c = asp.condition_at(sentence, lead, min(b, lead + CONDITION_SUBJECT_CHARS + 2))
        if c < 0 or neg.search(sentence, c + 1, min(b, c + 2 + CONDITION_SUBJECT_CHARS)):
            continue
        for j in range(i + 1, min(len(clauses), i + 1 + AVERTED_CLAUSES)):
            x, y = clauses[j]
            if not sentence[x:y].lstrip().startswith(averted):
                continue
            start = asp._condition_re().match(sentence, c).end()
            if sentence[a:b].rstrip().endswith(frame_end) and j > i + 1:
                start = clauses[i + 1][0]
            end = clauses[j - 1][1]
            if len(sentence[start:end].strip()) >= NEGATED_ACTION_CHARS:
                out.append((start, end))
            break
    return out


def _averted_condition_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                              review: int) -> None:
    """In place: a sentence whose positive condition names the actions that would avert a harm
    (:func:`averted_conditions`) gives them as one recommendation (:func:`_add_items`); sentences of a reviewer's
    comment (from ``review``) give none."""
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.RECOMMENDATION, averted_conditions)


def _negated_condition_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                              review: int) -> None:
    """In place: a sentence whose negative condition names an action and its consequence (:func:`negated_conditions`)
    gives one recommendation per action (:func:`_add_items`); sentences of a reviewer's comment (from ``review``)
    give none."""
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.RECOMMENDATION, negated_conditions)


#: A first-person speaker's verb of noticing (``我注意到``, ``我们看到``) that opens what the speaker found wrong.
_NOTICED = re.compile(r"(?:我们|我|本人)(?:亦|也|还|早已|已经)?(?:注意到|看到|发现|观察到)[，,]?\s{0,2}")
#: The link from the fault noticed to the speaker's own proposal (``，因此建议…``, ``，所以要…``).
_NOTICED_TO_PROPOSAL = re.compile(r"[，,]\s{0,2}(?:因此|所以|故此|因而|于是)[，,]?\s{0,2}(?:我|我们|本人)?(?:亦|也|便|就)?"
                                  r"(?:建议|提议|促请|要求|要|应|必须)")
#: An adverb of excess before a verb of favouring (``过分偏重…``, ``过于依赖…``): with a consequence after it, a fault.
_EXCESS = re.compile(r"(?:过分|过份|过于|过度)(?:偏重|依赖|强调|追求|集中|注重|侧重)")
#: A consequence the fault leads to (``，导致…``).
_LEADS_TO = re.compile(r"导致|致使|造成|以致")


def noticed_fault(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of the fault a speaker noticed before putting forward his own
    proposal (``我注意到学校过分偏重考试成绩，导致学生缺乏实践能力，因此建议增加实践课程``: :data:`_NOTICED`, then the
    fault, then :data:`_NOTICED_TO_PROPOSAL`), or ``[]``: the words between state a problem (:func:`_states_problem`)
    or criticise a policy by its excess and its consequence (:data:`_EXCESS` and :data:`_LEADS_TO`: ``政府过分偏重
    兴建出租公屋，导致…``). The proposals themselves are read by :func:`own_proposals` (the gold rule of Part 19's 791;
    part18fix22). Bounded: two searches."""
    m = _NOTICED.search(sentence)
    if m is None:
        return []
    t = _NOTICED_TO_PROPOSAL.search(sentence, m.end())
    if t is None:
        return []
    a, b = _trim(sentence, m.end(), t.start())
    part = sentence[a:b]
    if b - a < MIN_POINT_CHARS or not (_states_problem(part) or _EXCESS.search(part) and _LEADS_TO.search(part)):
        return []
    return [(a, b)]


def _noticed_fault_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int) -> None:
    """In place: the fault a speaker noticed before his own proposal (:func:`noticed_fault`) gives one challenge.
    Sentences of a reviewer's comment (from ``review``) give none."""
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.CHALLENGE, noticed_fault)


def _own_proposal_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                         review: int) -> None:
    """In place: a sentence in which the speaker puts forward his own proposals (:func:`own_proposals`) gives one
    recommendation per proposal (:func:`_add_items`: the other readings keep theirs, except a window that lumps two
    proposals or more). Sentences of a reviewer's comment (from ``review``) give none."""
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.RECOMMENDATION, own_proposals)


#: The ``；``-parts of a sentence: each may open with a speaker of its own (``…；另外，他亦称…``).
_SEMICOLON_PART = re.compile(r"[^；;]+")
#: Clauses of reported words: ended by ``，；;`` or a comma that is no thousands separator (``2,721个个案`` is one clause).
_REPORTED_CLAUSE = re.compile(r"(?:[^，；;,]|(?<=\d),(?=\d))+")
#: Openings of the clause after a pledge that states what the pressing is for (…监督政府，让…更透明; …，确保公帑…;
#: …施政绩效，提高服务市民的效率): part of the pledge's point.
_PLEDGE_PURPOSE = ("让", "使", "令", "确保", "保证", "提高", "提升", "以便", "以免", "避免")


@lru_cache(maxsize=1)
def _pledge_re() -> re.Pattern[str]:
    """A speaker's pledge to keep pressing the authorities: an adverb of continuing (``pledge_adverb``: 继续, 持续) right
    before a verb of pressing (``pledge_verb``: 监督, 跟进, 争取 …): ``他承诺以后会继续监督政府``."""
    return re.compile(f"(?:{asp.cue_pattern('pledge_adverb').pattern})(?:{asp.cue_pattern('pledge_verb').pattern})")


@lru_cache(maxsize=1)
def _relay_verb_re() -> re.Pattern[str]:
    """The reporting verbs of two characters or more (``news_report_verb``: 认为, 质疑, 表示 …; not 指 or 说, which
    stand inside other words): a clause of reported words that holds one relays a further party's words."""
    words = sorted((w for w in asp.lexicon().words("news_report_verb") if len(w) > 1), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=1)
def _frame_verb_re() -> re.Pattern[str]:
    """Any ``news_report_verb`` or ``news_mention_verb`` word: every frame of
    :func:`summarizer.aspects.news_person_frame` holds one (its ``verb`` group), so a sentence without one has none
    (speed21)."""
    words = set(asp.lexicon().words("news_report_verb")) | set(asp.lexicon().words("news_mention_verb"))
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))) or "(?!)")


#: Most clauses of problems named before the bare remedy clause that takes them as its object (:func:`reported_clauses`).
TOPIC_REMEDY_CLAUSES = 3


def reported_clauses(sentence: str) -> list[tuple[str, int, int]]:
    """``(aspect, start, end)`` spans (offsets into ``sentence``) of the points a news report attributes to a person or
    a group it speaks for, one per clause of the reported words, or ``[]``.

    A report of a legislator's or a group's press conference packs several statements into one sentence after its
    speaker and verb of saying (``他又提及，A法滞后危及公帑，…，但第一阶段依然未见踪影，所以他会继续监督政府，…``;
    ``某某则指出，…，望政府加强监督，…；另外，他亦称…审批程序过慢，…``): the gold of the project's news documents counts
    each as the article's point (SOURCES.md: reported statements of the people a report speaks for are its content).
    Each ``；``-part that opens (past a connective) with such a speaker (:func:`summarizer.aspects.news_person_frame`)
    is read clause by clause: a clause that states a problem or prescribes a measure as prose does
    (:func:`summarizer.aspects.prose_aspect`), or in which the speaker pledges to keep pressing the authorities
    (:func:`_pledge_re`: ``会继续监督政府``), is a point (with the clause after it that states the pledge's purpose,
    :data:`_PLEDGE_PURPOSE`); a problem needs a deficiency predicate (``prose_challenge``: not a complaint noun such as
    危机, which names a topic in a clause cut from its sentence) or a verdict in the clause itself
    (:func:`summarizer.aspects.states_verdict`), and one a clause names as what a measure removes (``remedy`` cue group: ``有助解决…的
    问题``) is none. The words of a further party the speaker relays
    (``有很多市民质疑…，认为…``: a clause with a reporting verb of its own) end the reading of the part. A question
    (``为什么这么多人认为政府做得不够好？``) asks about the view: none. One pass over the sentence (each clause read
    once)."""
    out: list[tuple[str, int, int]] = []
    if _frame_verb_re().search(sentence) is None:
        return out  # (no part can open with a speaker's frame: one scan turns most sentences away, speed21)
    if sentence.rstrip().endswith(_QUESTION_END_TUPLE):
        return out  # (为什么这么多人认为政府做得不够好？: the author asks about the view, no speaker's point; lefts22)
    report = _relay_verb_re()
    for part in _SEMICOLON_PART.finditer(sentence):
        pa = part.start()
        lead = asp._LEADING_LINKS.match(sentence, pa)
        k = lead.end() if lead and lead.start() == pa else pa
        while k < part.end() and sentence[k].isspace():
            k += 1
        frame = asp.news_person_frame(sentence[k:part.end()])
        if frame is None:
            continue
        clauses = [_trim(sentence, c.start(), c.end())
                   for c in _REPORTED_CLAUSE.finditer(sentence, k + frame.end(), part.end())]
        bare = next((i for i in range(1, min(len(clauses), TOPIC_REMEDY_CLAUSES + 1))
                     if asp.bare_remedy_clause(sentence[clauses[i][0]:clauses[i][1]])), None)
        if bare is not None:
            # (社评表示，…暴露的系统问题，以及制度的缺失，要切实根治，…: the problems named first are the object of the
            # bare remedy clause after them, one recommendation up to it; w71, Part 72's 3817)
            out.append((asp.RECOMMENDATION, clauses[0][0], clauses[bare][1]))
            clauses = clauses[bare + 1:]
        pledged = -1  # the end of the last pledge, while the clause after it may state its purpose
        for a, b in clauses:
            clause = sentence[a:b].strip(asp._QUOTES)
            if len(clause) < 4:
                continue
            relay = report.search(clause)
            if relay is not None and relay.start() == 0:
                # (…，形容香港人口结构是「倒三角」，…: a verb of saying with no subject of its own goes on with the
                # speaker's words; the words after the verb are read as his)
                a += len(sentence[a:b]) - len(sentence[a:b].lstrip(asp._QUOTES)) + relay.end()
                while a < b and sentence[a] in "：: " + asp._QUOTES:
                    a += 1
                clause = sentence[a:b].strip(asp._QUOTES)
                if len(clause) < 4:
                    continue
            elif relay is not None:
                break  # (有很多市民质疑…，认为…: the words of others the speaker relays)
            colon = _COLON_RE.search(sentence, a, b)
            if colon is not None and asp.lead_in_aspect(sentence[a:colon.end()]) in (asp.CHALLENGE, asp.RECOMMENDATION):
                # (温家宝说，政府工作还存在不少缺点：A；B: the lead-in announces the items, the first item is the point;
                # trialfix21c)
                a = colon.end()
                clause = sentence[a:b].strip(asp._QUOTES)
                if len(clause) < 4:
                    continue
            aspect = asp.prose_aspect(clause)
            if pledged >= 0 and aspect is None and clause.startswith(_PLEDGE_PURPOSE):
                out[-1] = (asp.RECOMMENDATION, out[-1][1], b)  # (…会继续监督政府，确保公帑的有效运用: its purpose)
                pledged = -1
                continue
            pledged = -1
            pledge = _pledge_re().search(sentence, a, b) if aspect is None else None
            if pledge is not None:
                aspect, a, pledged = asp.RECOMMENDATION, pledge.start(), b  # (所以他以后会继续监督…: from 继续)
            elif aspect == asp.CHALLENGE and (_names_remedy(clause) or not (
                    asp.has_cue(clause, "prose_challenge") and asp._prose_deficits(clause)
                    or asp.states_verdict(clause))):
                continue  # (…有助解决合约太短的问题: a benefit names the problem a measure removes; a clause cut from
                #          its sentence states a problem only with a deficiency predicate or a verdict of its own)
            if aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
                out.append((aspect, a, b))
    return out


def _names_remedy(clause: str) -> bool:
    """Whether ``clause`` names a remedy (``remedy`` cue group: 解决, 改善 …; ``…有助解决合约太短的问题``: a benefit) outside
    its deficiency words (:func:`summarizer.aspects._prose_deficits`): ``机构品质等问题也亟需解决`` states problems that
    need solving, its 解决 inside the deficit phrase (part14fix21). Linear in the clause (each deficit word removed
    once)."""
    rest = clause
    for word in asp._prose_deficits(clause):
        rest = rest.replace(word, "\u25a1")
    return asp.has_cue(rest, "remedy")


def _reported_clause_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                            review: int) -> None:
    """In place: the points a news report attributes to the people it speaks for (:func:`reported_clauses`), one per
    clause, added per aspect by :func:`_add_items` (a window that lumps two of them gives way); sentences of a
    reviewer's comment (from ``review``) give none; nor do words the author questions right after (the next sentence
    turns and asks, ``doubt_turn`` cue group: ``…蔡主席也谈到「政府要负起责任，不能…」可是政府如何负起这个责任？``:
    another party's demand the author doubts, no measure of the text's; trial22 C, trialfix22a)."""
    turns = asp.lexicon().words("doubt_turn")
    doubted = {s.start for s, t in zip(sentences, sentences[1:])
               if t.text.startswith(turns) and t.text.rstrip().endswith(_QUESTION_END_TUPLE)}
    if doubted:
        # (no point at all over the doubted report: its words are the other party's, whichever path read them)
        gone = [(s.start, s.end) for s in sentences if s.start in doubted and reported_clauses(s.text)]
        for aspect in out:
            out[aspect] = [p for p in out[aspect] if not any(a <= p.start < b for a, b in gone)]
    added = _sentence_spans(text, [s for s in sentences if s.start not in doubted] if doubted else sentences, review,
                            reported_clauses)
    for aspect in (asp.RECOMMENDATION, asp.CHALLENGE):  # (a problem window that lumps a demand gives way to it)
        spans = added[aspect]
        # (a point cut from inside one of the spans, the purpose clause of a pledge, is that span's point)
        out[aspect] = [p for p in out[aspect] if not any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end)
                                                         for a, b in spans)]
        _add_items(text, out, aspect, spans, max_chars)


@lru_cache(maxsize=1)
def _ground_turn() -> re.Pattern[str]:
    """An adversative turn inside a motion's ground (``…，政府理应…，可是，政府却…``; ``adversative`` cue group, longest
    word first): the text after it is a ground of its own."""
    words = "|".join(map(re.escape, asp.lexicon().words("adversative")))
    return re.compile(rf"[，,]\s{{0,2}}(?:{words})\s{{0,2}}[，,]?")


def motion_grounds(sentence: str) -> list[tuple[str, int, int]]:
    """``(aspect, start, end)`` spans (offsets into ``sentence``) of the grounds a motion's preamble states before its
    request, or ``[]``.

    A council motion (Hong Kong LegCo, a district council) states its grounds as ``；``-separated parts of one sentence
    that ends by asking the government to act (``…日趋严重，政府理应…，可是，政府却贸然推行…；同时，政府更打算推行备受
    争议的…；这些措施不但令…；政府的做法，无疑漠视…；有鉴于此，本会促请政府：``; ``motion_request`` cue group: 本会促请,
    本局要求 …). Before the request, each part, cut again at an adversative turn (:func:`_ground_turn`), is read on
    its own: one that prescribes with a strong modal (:func:`summarizer.aspects.strong_modal`: the mover's own
    ``理应…``) is a recommendation from the clause that holds the modal; one that states a deficiency, a complaint or a
    verdict (:func:`summarizer.aspects._prose_deficits`, :func:`summarizer.aspects.states_verdict`) is a challenge; a
    part whose subject refers back (``这些措施不但令…``: :data:`summarizer.aspects._ANAPHORA`) states a consequence
    and is neither. Linear in the sentence."""
    request = asp.cue_pattern("motion_request").search(sentence)
    if request is None:
        return []
    out: list[tuple[str, int, int]] = []
    for part in _SEMICOLON_PART.finditer(sentence, 0, request.start()):
        turns = list(_ground_turn().finditer(sentence, part.start(), part.end()))
        for x, y in zip([part.start()] + [m.end() for m in turns], [m.start() for m in turns] + [part.end()]):
            a, b = _trim(sentence, x, y)
            lead = asp._LEADING_LINKS.match(sentence, a)
            body = sentence[lead.end() if lead and lead.start() == a else a:b].lstrip("“「\"")
            if len(body) < 6 or body.startswith(asp._ANAPHORA):
                continue  # (这些措施不但令…: a consequence of the grounds before it)
            modal = next((c for c in _REPORTED_CLAUSE.finditer(body) if asp.strong_modal(c.group())), None)
            if modal is not None:  # (…日趋严重，政府理应…: the measure runs from the clause of its modal)
                out.append((asp.RECOMMENDATION, b - len(body) + modal.start(), b))
            elif asp._prose_deficits(body) or asp.states_verdict(body):
                out.append((asp.CHALLENGE, a, b))
    return out


def _motion_ground_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int) -> None:
    """In place: the grounds of a motion's preamble (:func:`motion_grounds`) give one point each, added per aspect by
    :func:`_add_items` (a window that lumps two grounds gives way); sentences of a reviewer's comment (from
    ``review``) give none."""
    added = _sentence_spans(text, sentences, review, motion_grounds)
    for aspect in (asp.RECOMMENDATION, asp.CHALLENGE):
        _add_items(text, out, aspect, added[aspect], max_chars)


def _sentence_spans(text: str, sentences: list[Sentence], review: int,
                    reader: Callable[[str], list[tuple[str, int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """Aspect -> the ``(start, end)`` spans (offsets into ``text``, in text order) that ``reader`` gives on each
    sentence before ``review`` (:func:`reported_clauses`, :func:`motion_grounds`: ``(aspect, start, end)`` offsets
    into the sentence)."""
    added: dict[str, list[tuple[int, int]]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    for s in sentences:
        if s.kind == "sentence" and s.start < review:
            for aspect, a, b in reader(text[s.start:s.end]):
                added[aspect].append((s.start + a, s.start + b))
    return added


#: Most characters of a clause that ends with its deficiency predicate (:func:`final_deficit_clause`).
FINAL_DEFICIT_CHARS = 30
#: An A-not-A question (够不够, 足不足): it asks, it states no shortcoming.
_A_NOT_A = re.compile(r"(.)不\1")


def final_deficit_clause(sentence: str) -> tuple[int, int] | None:
    """``[start, end)`` (offsets into ``sentence``) of the clause of a long prose sentence that ends with its one
    deficiency predicate (``…，黑帮冷血猖狂，为了钱无恶不作，…``; ``…当中很多个案是因为政府审批程序过慢，令…``), or None.

    A prose sentence over :data:`summarizer.aspects.PROSE_SHORT_CHARS` with one deficiency predicate states no problem
    as a whole (one cue in a long sentence is often incidental); but where the predicate ends a short clause of its
    own (at most :data:`FINAL_DEFICIT_CHARS` characters, the predicate last: a subject and what is wrong with it), that
    clause states the problem. Not a clause that opens with a condition, holds a modal or a remedy verb (``需要…来弥补
    …的不足``), names the shortfall as what work examines (``认真查找自身存在的不足``:
    :func:`summarizer.aspects.addressed_problem_spans`; corpus22)
    or asks (``够不够``: :data:`_A_NOT_A`), nor any in a sentence that prescribes or reports an official's or a
    document's words (:func:`summarizer.aspects.news_aspect` framed with no person speaking). Linear in the sentence."""
    s = sentence
    if len(s.strip()) <= asp.PROSE_SHORT_CHARS or asp.prose_aspect(s.strip()) is not None:
        return None
    if len(asp._prose_deficits(s)) != 1:  # (first: the test that turns most sentences away)
        return None
    if asp._modal_actions(s) or asp.strong_modal(s) or asp.news_person_frame(s.strip()) is None and \
            asp.news_aspect(s.strip())[0]:
        return None
    pat = asp.cue_pattern("prose_challenge")
    for c in _REPORTED_CLAUSE.finditer(s):
        a, b = _trim(s, c.start(), c.end())
        clause = s[a:b]
        if not 6 <= len(clause) <= FINAL_DEFICIT_CHARS:
            continue
        m = None
        for m in pat.finditer(clause):
            pass
        if m is None:
            # (…，中国父母在小孩教育方面投入太多了，…: an excess or a poor degree read by pattern, not by a cue word, ends
            # the clause as a predicate does; weak25)
            m = asp.degree_deficit(clause)
        if m is None or clause[m.end():].strip("了的 ") or asp.opens_condition(clause) or _A_NOT_A.search(clause):
            continue  # (…，够不够: a question, no verdict)
        masked = asp._mask_non_modals(clause)
        if any(w in masked for w in asp._PROSE_MODALS) or asp.has_cue(clause, "remedy"):
            continue  # (需要…来弥补…的不足: the shortcoming is what a measure removes)
        if asp.addressed_problem_spans(clause):
            continue  # (认真查找自身存在的不足: the shortfall is what the work examines; corpus22)
        return a, b
    return None


#: Most characters between an authority (``omission_subject`` cue group) and the negation of what it did
#: (``omission_negation``) inside one clause (:func:`omission_clause`: ``政府对幼儿教育的态度一直都不…``).
OMISSION_GAP = 12


@lru_cache(maxsize=1)
def _omission_re() -> re.Pattern[str]:
    subject = asp.cue_pattern("omission_subject").pattern
    negation = asp.cue_pattern("omission_negation").pattern
    return re.compile(f"(?:{subject})[^，,；;。！？!?]{{0,{OMISSION_GAP}}}?(?:{negation})")


#: Most characters of the object phrase before the negation of a clause whose subject an earlier clause named
#: (``…矫正署于…前后，对办理律师接见业务实际承办人未进行说明``).
CARRIED_OBJECT_CHARS = 24
#: Most characters of the clause naming the subject that a point of a carried omission starts with
#: (``台中市政府对黎明自办市地重划区费用，未建立审查机制``). (20: the value it has been read with since the merge, when a
#: second module constant of the old name, :data:`SUBJECT_CLAUSE_CHARS` = 20, replaced the first one's 24.)
CARRIED_SUBJECT_CHARS = 20


#: Characters after 未 that make a word of it (未来, 未必, 未免, 未尝, 未知, 未婚, 未成年), not the negation.
_NOT_NEGATION_AFTER = "来必免尝知婚成"


@lru_cache(maxsize=1)
def _carried_omission_re() -> re.Pattern[str]:
    negation = asp.cue_pattern("omission_negation").pattern
    return re.compile(f"(?:[亦也并且均都仍却但又还]{{0,2}})(?:对[^，,；;。]{{1,{CARRIED_OBJECT_CHARS}}}?)?(?:{negation})")


def omission_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each clause in which an authority or a body
    (``omission_subject`` cue group: 政府, 部门, 干部, 该署) is said not to have done or known something
    (``omission_negation``: 没有, 未, 不懂得; ``政府不懂得因时制宜修改政策``, ``较多的乡镇干部没有农村生活经历``): the
    author's verdict in plain prose with no deficiency word (issue 8). A clause whose subject an earlier clause of the
    same ``；``-part named opens with the negation (past 亦/也/并 and an object phrase ``对…``: ``…矫正署于…前后，对…
    承办人未进行说明或讲习，亦未实地了解…``): it is an omission of that subject too, and starts at the subject's clause
    when that one states nothing else (``台中市政府对…费用，未建立审查机制案``). A clause that opens with 或 right after an
    omission states its alternative and joins it (:data:`_ALTERNATIVE_OPENERS`). Not a clause of what the subject has no
    right or room to do (``omission_exclusion``: ``政府没有权利强制…``), a circumstance (``在未有充分咨询下``), a
    condition, nor any in a sentence that asks, prescribes (a modal) or states an aspect by its cue words
    (:func:`summarizer.aspects.prose_aspect`: other paths read it) — a closing bare verdict (:func:`_bare_verdict`:
    ``…，其实为德不卒``) left out, as it judges only the clause before it. Linear in the sentence (bounded searches per
    clause)."""
    s = sentence.rstrip()
    if not (asp.has_cue(s, "omission_subject") and asp.has_cue(s, "omission_negation")):
        return []  # (every omission, carried or not, needs both words: the cheap test first)
    if s.endswith(_QUESTION_END_TUPLE):
        return []
    # (a closing bare verdict, …，却未将A纳入给付，只对B提供补助，其实为德不卒, judges only the clause before it: the
    # omission before that is a finding of its own, read on the sentence without the verdict; lefts22)
    head = s.rstrip("".join(SENTENCE_END))
    cut = max(head.rfind(c) for c in "，,；;")
    if cut > 0 and _bare_verdict(head[cut + 1:]):
        head = head[:cut]
    # (the sentence-wide exclusions, prose_aspect and the modals, are read after the clause walk and only when it
    # found an omission: the walk is pure and cheap, and 39 of 4,237 sentences over 90 documents give one; speed26)
    pat, carried = _omission_re(), _carried_omission_re()
    out: list[tuple[int, int]] = []
    subject: tuple[int, int] | None = None  # the last clause of this ；-part that names an authority (no omission)
    subject_used = False  # whether a point already starts at that clause
    previous_end = -1  # the end of the clause before (an omission that a 或-clause goes on)
    for c in _REPORTED_CLAUSE.finditer(s):
        a, b = _trim(s, c.start(), c.end())
        clause = s[a:b]
        if out and out[-1][1] == previous_end and clause.startswith(_ALTERNATIVE_OPENERS):
            out[-1] = (out[-1][0], b)  # 干部没有农村生活经历，或在农村生活的时间较短: the other half of one omission
            previous_end = b
            continue
        previous_end = b
        m = pat.search(clause)
        start = a
        if m is None and subject is not None:
            m = carried.match(clause)
            if m is not None and not subject_used and subject[1] - subject[0] <= CARRIED_SUBJECT_CHARS:
                start = subject[0]
        if m is not None and clause[m.end():m.end() + 1] in _NOT_NEGATION_AFTER and clause[m.end() - 1] == "未":
            m = None  # 未来, 未必, 未免: a word, not the negation
        if m is None or _excluded_omission(clause[m.end():]) or asp.opens_condition(clause) or (
                clause.startswith("在") and clause.endswith("下")):  # (在未有充分咨询下: a circumstance)
            if m is None and asp.has_cue(clause, "omission_subject"):
                # (past a label that ends in a colon: 纠正案3案：台中市政府对…费用)
                subject, subject_used = (a + max(clause.rfind("："), clause.rfind(":")) + 1, b), False
        else:
            out.append((start, b))
            subject_used = subject_used or start != a  # (亦未…: the next omission of that subject starts at itself)
        if c.end() < len(s) and s[c.end()] in "；;":
            subject = None
    if out and (asp.prose_aspect(head) is not None or asp._modal_actions(s) or asp.strong_modal(s)):
        return []  # (a sentence that states an aspect by its cue words or prescribes: other paths read it)
    return out


def _excluded_omission(rest: str) -> bool:
    """Whether the words ``rest`` after the negation of an omission clause name what its subject has no right, room or
    duty to do (``omission_exclusion`` cue group: ``没有权利强制…``, ``没有…义务``), not a duty it failed to fulfil: a verb
    of fulfilling (``omission_fulfil_verb``: ``未按照…尽到必要的审查义务``, ``没有履行监管职责``) makes the clause an
    omission again. Bounded by the clause."""
    return asp.has_cue(rest, "omission_exclusion") and not asp.has_cue(rest, "omission_fulfil_verb")


#: Words that open a clause stating the alternative of the one before (``…没有农村生活经历，或在农村生活的时间较短``): the
#: two are one point (:func:`omission_clauses`).
_ALTERNATIVE_OPENERS = ("或者", "或是", "或")


def omission_clause(sentence: str) -> tuple[int, int] | None:
    """The first of :func:`omission_clauses`, or None."""
    spans = omission_clauses(sentence)
    return spans[0] if spans else None


def _omission_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                     review: int, region_at) -> None:
    """In place: an authority's omission stated in a prose sentence outside any aspect region and list item
    (:func:`omission_clause`) is a challenge, added by :func:`_add_items`; sentences of a reviewer's comment (from
    ``review``) give none."""
    added = []
    for s in sentences:
        if s.kind == "sentence" and s.start < review and region_at(s.start) is None:
            added.extend((s.start + a, s.start + b) for a, b in omission_clauses(text[s.start:s.end]))
    _add_items(text, out, asp.CHALLENGE, added, max_chars, give_way=False)


def _final_deficit_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int, region_at) -> None:
    """In place: the clause of a long prose sentence outside any aspect region that ends with its one deficiency
    predicate (:func:`final_deficit_clause`) is a challenge, added by :func:`_add_items`; sentences of a reviewer's
    comment (from ``review``) give none."""
    added = []
    for s in sentences:
        if s.kind == "sentence" and s.start < review and region_at(s.start) is None:
            span = final_deficit_clause(text[s.start:s.end])
            if span:
                added.append((s.start + span[0], s.start + span[1]))
    _add_items(text, out, asp.CHALLENGE, added, max_chars)


#: Most characters of the clause of a cause kept before its consequence (:func:`consequence_harms`: ``协议规定的改变，
#: 又造成了…``); a longer clause is background and the point starts at the consequence word.
CAUSE_CLAUSE_CHARS = 16
#: Most characters from a clause's start to a consequence word inside it (its subject: ``三大关卡令…``).
CAUSE_SUBJECT_CHARS = 10
#: Most clauses after the consequence clause that continue the harm (``令…日益繁重，衍生很多问题``).
HARM_MORE_CLAUSES = 2
#: What may stand between a clause start and a consequence word that opens the clause (又造成, 从而导致, 结果令到).
_CONSEQUENCE_LEAD = ("又", "也", "亦", "更", "还", "从而", "进而", "因而", "继而", "结果", "最终", "往往", "都", "均")
#: :data:`_CONSEQUENCE_LEAD`, longest first (sorted once).
_CONSEQUENCE_LEAD_LONGEST = tuple(sorted(_CONSEQUENCE_LEAD, key=len, reverse=True))
_CLAUSES = re.compile(r"[^，,；;。！？!?\n]+")
#: A clause whose consequence word follows a preposition of its object (``对社会秩序造成…``: the cause lies elsewhere)
#: or a word that averts or denies the consequence (``以免造成…``, ``不会导致…``): no harm done is stated.
_AVERTED_OR_OBJECT = re.compile(r"(?:对于|对|给|向|为)|.{0,10}?(?:以免|以防|避免|防止|免得|不会|不致|不至于|没有|未)")


def _harm_clause(clause: str) -> bool:
    """Whether a clause of a consequence states a harm: a word of deficiency or complaint as prose states one
    (:func:`summarizer.aspects._prose_deficits`) or of the ``consequence_harm`` cue group (繁重, 被排拒, 收入减少)."""
    return bool(asp._prose_deficits(clause)) or asp.has_cue(clause, "consequence_harm")


def consequence_harms(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each consequence the sentence states as a harm its cause did,
    or ``[]``: a word of the ``harm_consequence`` cue group (令, 令到, 导致, 造成 …) that opens a clause (after
    :data:`_CONSEQUENCE_LEAD` adverbs: 又造成了…) or follows the clause's short subject (at most
    :data:`CAUSE_SUBJECT_CHARS` characters: ``三大关卡令…``), whose clause states a harm (:func:`_harm_clause`), up to
    :data:`HARM_MORE_CLAUSES` more clauses that go on stating harm. The point holds the cause: the clause before when
    the word opens its clause and that clause is short (at most :data:`CAUSE_CLAUSE_CHARS`), else the subject.
    Hypothetical, averted and prescribed consequences are no finding, nor is a lead-in that announces a list
    (:func:`summarizer.aspects.announces_list`: ``导致…流失有三大因素——``, whose items state the causes): none in a question, a sentence that opens with a
    condition (``如果…，就会导致…``) or holds a strong modal, a clause with a modal or a word that averts the consequence
    (``以免造成…``, :data:`_AVERTED_OR_OBJECT`), nor one whose consequence follows a preposition (``对…造成…``); 令 after a lookalike character is a noun
    (命令, 法令: ``harm_consequence_lookalike``), and a consequence after a long cause framed as one (``harm_cause_frame``:
    由于…，导致…) is none. The bare word is loose (a fact and its consequence, issue 8): the harm
    must be stated in the consequence's own clause. Linear in the sentence (each clause read a bounded number of
    times)."""
    s = sentence.rstrip()
    if not asp.has_cue(s, "harm_consequence"):
        return []  # (every consequence opens at such a word: one scan turns most sentences away, speed21)
    if s[-1] in "？?" or asp.opens_condition(s.lstrip()) or asp.strong_modal(s) or asp.announces_list(s):
        # (a lead-in, 导致…流失有三大因素——, names what the causes it announces lead to: its items are the findings)
        return []
    words = asp.lexicon().words("harm_consequence")
    lookalike = "".join(asp.lexicon().words("harm_consequence_lookalike"))
    clauses = [(m.start(), m.end()) for m in _CLAUSES.finditer(s)]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(clauses):
        a, b = clauses[k]
        lead = a + len(s[a:b]) - len(s[a:b].lstrip())
        at = -1
        j = lead
        for w in _CONSEQUENCE_LEAD_LONGEST:
            if s.startswith(w, j):
                j += len(w)
                break
        if s.startswith(words, j):
            at = j
        else:
            for i in range(lead + 2, min(b, lead + CAUSE_SUBJECT_CHARS + 1)):
                if s.startswith(words, i) and s[i - 1] not in lookalike and not (
                        s[i] == "令" and s.startswith("令人", i)):
                    at = i
                    break
        if at < 0 or s[at] == "令" and at > lead and s[at - 1] in lookalike:
            k += 1
            continue
        word = next(w for w in words if s.startswith(w, at))
        if not _harm_clause(s[at + len(word):b]) or _AVERTED_OR_OBJECT.match(s, lead, at) or asp._modal_actions(
                s[a:b]):
            k += 1
            continue
        end, m = b, k + 1
        while m < len(clauses) and m <= k + HARM_MORE_CLAUSES and _harm_clause(s[clauses[m][0]:clauses[m][1]]) \
                and not asp.has_cue(s[clauses[m][0]:clauses[m][1]], "harm_consequence"):
            end = clauses[m][1]
            m += 1
        start = lead
        if at == j and k > 0:  # (the word opens its clause: the cause is the clause before, when short)
            pa, pb = clauses[k - 1]
            cause = s[pa:pb].strip()
            if len(cause) > CAUSE_CLAUSE_CHARS and cause.startswith(asp.lexicon().words("harm_cause_frame")):
                k = m
                continue  # (由于A的…及其…性，导致B: a long account of how B came about, no finding of its own)
            if cause and len(cause) <= CAUSE_CLAUSE_CHARS and not asp.opens_condition(cause):
                start = pa + len(s[pa:pb]) - len(s[pa:pb].lstrip())
        out.append((start, end))
        k = m
    return out


def _consequence_harm_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int, region_at) -> None:
    """In place: a consequence stated as a harm in a prose sentence outside any aspect region
    (:func:`consequence_harms`) is a challenge, added by :func:`_add_items`, unless a point of either aspect lies in
    the sentence already (the consequence then goes on with the problem or the measure read there: ``…的培养方式往往
    使大学生…不能适应…，从而导致其…失业``); sentences of a reviewer's comment (from ``review``) give none. n log n in
    the points and sentences."""
    taken = sorted((p.start, p.end) for points in out.values() for p in points)
    ends = [b for _, b in taken]
    added = []
    for s in sentences:
        k = bisect.bisect_right(ends, s.start)  # the first point that ends after the sentence starts
        if k < len(taken) and taken[k][0] < s.end:
            continue
        if s.kind == "sentence" and s.start < review and region_at(s.start) is None:
            added.extend((s.start + a, s.start + b) for a, b in consequence_harms(text[s.start:s.end]))
    _add_items(text, out, asp.CHALLENGE, added, max_chars, give_way=False)


#: Adverbs that may stand before a verb of exposing at a clause's start (进一步凸显…, 更凸显…, 也突显…).
_EXPOSING_LEAD = ("进一步", "更加", "再次", "充分", "更", "也", "亦", "又", "均", "都")


def exposed_problems(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``, Simplified view) of each clause in which what the clauses before
    it report is said to expose something (``…更确认总统为最高首长，进一步凸显行政权集中``): a clause, not the
    sentence's first, that opens (after at most one :data:`_EXPOSING_LEAD` adverb) with an ``exposing_verb`` (凸显,
    突显, 暴露 …). Such a verdict names a problem whatever its object's words (an author exposes no virtue), except an
    object of worth (``exposed_worth`` cue group: 凸显了…的重要性, 优势, 决心) — that stresses a value, no problem — and
    an announcement of problems named later (:func:`summarizer.aspects.announces_problems`: 暴露出…的一系列问题). The
    span runs from the adverb to the clause's end. None in a question or a sentence that holds a strong modal
    (``更要凸显…`` prescribes). Linear in the sentence: each clause is read once."""
    s = sentence.rstrip()
    if not s or not asp.has_cue(s, "exposing_verb"):
        return []  # (speed: every such clause holds the verb)
    if s[-1] in "？?" or asp.strong_modal(s):
        return []
    verbs = asp.longest_first("exposing_verb")
    clauses = [(m.start(), m.end()) for m in _CLAUSES.finditer(s)]
    listed = _exposed_list(s, clauses, verbs)
    if listed:
        return listed
    out: list[tuple[int, int]] = []
    for a, b in clauses[1:]:
        lead = a + len(s[a:b]) - len(s[a:b].lstrip())
        j = lead + next((len(w) for w in _EXPOSING_LEAD if s.startswith(w, lead)), 0)
        verb = next((v for v in verbs if s.startswith(v, j)), None)
        if verb is None or b - (j + len(verb)) < 2 or asp.has_cue(s[j:b], "exposed_worth"):
            continue
        if asp.announces_problems(s[j:b]):
            continue  # 暴露出基层治理的一系列问题: announces the problems the text goes on to name
        out.append(_trim(s, lead, b))
    return out


#: Most characters of the subject before a verb of exposing that opens a sentence (``这场大火暴露了…``: the event).
EXPOSER_CHARS = 20
#: Most clauses read as the faults such a verb lists (:func:`_exposed_list`).
EXPOSED_CLAUSES = 6
#: Words that open a clause of a list of exposed faults without being part of it (而, 并, 也 …: the link).
_EXPOSED_LINKS = "而并且也还又"
#: Words that open a gloss or an example of the exposed object (即…, 也就是…, 比如…): no list of faults follows.
_EXPOSED_GLOSS = ("即", "也就是", "就是", "比如", "例如", "譬如", "如")


def _exposed_list(s: str, clauses: list[tuple[int, int]], verbs: tuple[str, ...]) -> list[tuple[int, int]]:
    """The faults a sentence that opens with an event and a verb of exposing lists (``这场大火暴露了A存在很多疏漏，B…组成
    贪腐链条，利用…垄断…合约，在施工时使用…材料，而…监管有缺失``): the first clause is a subject of at most
    :data:`EXPOSER_CHARS` characters with no modal, an ``exposing_verb`` ending in 了 or 出 (a finite verb, not the
    relative clause of ``大火暴露的问题``) and its object (the first fault); each clause after it, up
    to :data:`EXPOSED_CLAUSES` in all, is one more fault, whatever its words (the verb says what they are), until a
    clause that turns to a remedy (it opens with a modal or holds a strong one) or is shorter than four characters (an object
    that announces problems, ``A存在很多疏漏``, is the first of them here, as the clauses after it state them). ``[]``
    unless two faults or more are read so, when the object is one of worth (``exposed_worth``) or a clause after it
    glosses it (:data:`_EXPOSED_GLOSS`: ``…暴露出了同样的特点，即…``);
    :func:`exposed_problems` then reads as before (weak24).
    ``[start, end)`` offsets into ``s``. Linear: each clause is read once."""
    if len(clauses) < 2:
        return []
    a, b = clauses[0]
    head = s[a:b]
    finite = tuple(v for v in verbs if v.endswith(("了", "出")))  # (大火暴露的问题: a relative clause, no list)
    k = next((i for i in range(min(len(head), EXPOSER_CHARS + 1)) if head.startswith(finite, i)), None)
    if k is None or k < 2 or asp.has_cue(head[:k], "modal"):
        return []
    verb = next(v for v in finite if head.startswith(v, k))
    obj = a + k + len(verb)
    obj += s.startswith("了", obj)  # (暴露出了…)
    if b - obj < 4 or asp.has_cue(s[obj:b], "exposed_worth"):
        return []
    out = [_trim(s, obj, b)]
    modals = asp.lexicon().words("modal")
    for a, b in clauses[1:EXPOSED_CLAUSES]:
        clause = s[a:b].strip()
        opening = clause.lstrip(_EXPOSED_LINKS)
        if clause.startswith(_EXPOSED_GLOSS):
            return []  # 暴露出了同样的特点，即…: the clauses explain one feature, they list no faults
        if len(clause) < 4 or opening.startswith(modals) or asp.has_cue(clause, "strong_modal"):
            break  # (a clause that opens with a verb, 利用围标垄断合约, is a fault as the verb's list has it)
        out.append(_trim(s, a, b))
    return out if len(out) >= 2 else []


def _exposed_problem_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                            review: int, region_at) -> None:
    """In place: a clause in which what a sentence reports exposes a problem (:func:`exposed_problems`) is a
    challenge, added by :func:`_add_items` (a point of the same aspect over it keeps its place), unless its sentence
    lies in a region of recommendations or a reviewer's comment (from ``review``). Linear in the sentences."""
    _sentence_spans_points(text, sentences, out, max_chars, review, asp.CHALLENGE, exposed_problems,
                           lambda pos: region_at(pos) if region_at(pos) == asp.RECOMMENDATION else None)


def _add_items(text: str, out: dict[str, list[RawPoint]], aspect: str, added: list[tuple[int, int]],
               max_chars: int, give_way: bool = True) -> None:
    """In place: each span of ``added`` (offsets into ``text``, in text order) becomes a point of ``aspect`` unless a
    point of that aspect found so far overlaps it; a point of ``aspect`` that overlaps two spans or more (one window
    lumping several items) gives way to them, and a point of the other aspect that overlaps an added point is
    dropped. n log n in the points and spans."""
    if not added:
        return
    other = asp.CHALLENGE if aspect == asp.RECOMMENDATION else asp.RECOMMENDATION
    by_start = sorted(range(len(added)), key=lambda i: added[i][0])
    starts = [added[i][0] for i in by_start]

    def hits(p: RawPoint) -> list[int]:
        j = bisect.bisect_left(starts, p.start - max_chars - 1)
        k = bisect.bisect_left(starts, p.end)
        return [by_start[i] for i in range(j, k) if added[by_start[i]][1] > p.start]

    kept = [p for p in out[aspect] if not give_way or len(hits(p)) < 2]
    taken = {i for p in kept for i in hits(p)}
    score: dict[int, float] = {}
    for ps in out.values():
        for p in ps:
            for i in hits(p):
                score[i] = max(score.get(i, 0.0), p.score)
    new: list[RawPoint] = []
    for i, (a, b) in enumerate(added):
        if i in taken:
            continue
        pa, pb = shape(text, a, b, max_chars)
        if pb > pa:
            new.append(RawPoint(aspect, pa, pb, score.get(i, 0.0)))
    out[aspect] = kept + new
    if new and other in out:
        new_starts = [p.start for p in new]
        left: list[RawPoint] = []
        for p in out[other]:
            over = [q for q in new[bisect.bisect_left(new_starts, p.start - max_chars - 1):
                                   bisect.bisect_left(new_starts, p.end)] if q.start < p.end and q.end > p.start]
            if not over:
                left.append(p)
                continue
            # (长照人员处于高压、缺乏尊重的状态，制度若没有同步改善劳动条件，只是在加速耗损: the other aspect's window
            # that runs on into the clause of an added item keeps its clauses before it, when they state its aspect
            # themselves; weak21)
            cut = _clauses_before(text, p.start, min(q.start for q in over))
            if cut - p.start >= POINT_MIN_CHARS and _states_own_aspect(text[p.start:cut], other):
                p.end = cut
                left.append(p)
        out[other] = left


def _clauses_before(text: str, start: int, at: int) -> int:
    """End (an offset into ``text``) of the clauses of ``text[start:at]`` that end before the clause ``at`` lies in:
    the last clause mark (``，；``) before ``at`` and after ``start``, trimmed; ``start`` when there is none.
    Linear in ``at - start``."""
    k = max(text.rfind(c, start, at) for c in "，,；;")
    return _trim(text, start, k)[1] if k > start else start


def _states_own_aspect(clauses: str, aspect: str) -> bool:
    """Whether ``clauses`` state ``aspect`` by their own words: a problem (a cue of
    :func:`summarizer.aspects.challenge_strength` or a prose deficiency) and no modal for a challenge, a modal for a
    recommendation."""
    if aspect == asp.CHALLENGE:
        return bool(asp.challenge_strength(clauses) or asp._prose_deficits(clauses)) and not asp.modal_strength(clauses)
    return bool(asp.modal_strength(clauses))


#: Most characters of the items of one ``通过A、B等措施`` phrase.
MEANS_CHARS = 120


#: A comma that may turn a sentence from its problems to the speaker's measures (:func:`turn_parts`).
_CLAUSE_COMMA = re.compile(r"[，,]\s{0,2}")


@lru_cache(maxsize=1)
def _measure_turn_re() -> re.Pattern[str]:
    """A ``measure_turn`` connective after a clause mark, then a comma (``，为此，``) or, with no comma, a verb of proposing
    (``turn_proposal_verb`` cue group: ``，因此建议当局…``; the verb stays after the match: the measure opens with it)."""
    words = "|".join(re.escape(w) for w in sorted(asp.lexicon().words("measure_turn"), key=len, reverse=True))
    verbs = asp.cue_alternation("turn_proposal_verb")
    return re.compile(f"[，,；;]\\s{{0,2}}(?:{words})\\s{{0,2}}(?:[，,]|(?=(?:{verbs})))")


@lru_cache(maxsize=1)
def _means_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in sorted(asp.lexicon().words("means_noun"), key=len, reverse=True))
    # (the items are bounded: MEANS_CHARS characters at most, so a clause of many 通过 costs linear time)
    return re.compile(f"通过(?P<items>[^，,；;。]{{3,{MEANS_CHARS}}}?)(?:等等|等)(?:{nouns})")


def turn_parts(sentence: str) -> tuple[int, list[tuple[int, int]]] | None:
    """A sentence that states problems and then turns to the measures in its middle (``作者认为，A数量有限，为此，政府应
    B，立法会可通过C、D等措施完善E。``): ``(turn, measures)`` with ``turn`` the offset of the turn's punctuation (the
    problems lie before it) and ``measures`` the ``[start, end)`` spans (offsets into ``sentence``) of the measures
    after it, or None.

    The turn is a ``measure_turn`` connective (为此, 因此, 对此 …) between commas (or right before a verb of proposing:
    ``，因此建议…``); the part before it states a shortcoming (:func:`summarizer.aspects.challenge_strength`, or a
    deficiency as prose states one: ``这显然是不公平的``) and the part after prescribes (a modal, or a measure as prose
    states one: :func:`summarizer.aspects.prose_aspect`). Each ``，``-separated clause after the turn that prescribes is
    a measure; a ``通过A、B等措施`` phrase in it gives its items instead (``means_noun`` cue group). Without such a
    connective, the first comma after which the speaker resolves to act (:func:`summarizer.aspects.resolves_to_act`:
    ``当前，A面临B等问题，我们应当C，D，E。``) is the turn, and the rest of the sentence after the modal is one measure
    (the modal governs every clause after it). Linear in the sentence."""
    m = _measure_turn_re().search(sentence)
    if m is None:
        return (_resolving_turn(sentence) or _causal_turn(sentence) or _means_turn(sentence)
                or _verdict_turn(sentence) or _demand_turn(sentence))
    before, after = sentence[:m.start()], sentence[m.end():]
    if not (asp.challenge_strength(before) or asp._prose_deficits(before)) or not (asp.has_cue(after, "modal")
                                                   or asp.prose_aspect(after) == asp.RECOMMENDATION):
        return None
    spans: list[tuple[int, int]] = []
    a = m.end()
    for k in range(m.end(), len(sentence) + 1):
        if k < len(sentence) and sentence[k] not in "，,；;。！？!?":
            continue
        clause = sentence[a:k]
        means = _means_re().search(clause)
        if means and "、" in means.group("items"):
            x = a + means.start("items")
            for piece in means.group("items").split("、"):
                if len(piece.strip()) >= ENUM_ITEM_CHARS:
                    spans.append((x, x + len(piece)))
                x += len(piece) + 1
        elif clause.strip() and (asp.has_cue(clause, "modal") or asp.prose_aspect(clause) == asp.RECOMMENDATION):
            spans.append((a, k))
        a = k + 1
    return (m.start(), spans) if spans else None


@lru_cache(maxsize=1)
def _means_turn_re() -> re.Pattern[str]:
    """A clause that opens (after a comma) with a bare modal and 通过, then at least two measures separated by ``、`` or
    ``；`` (a measure may then carry its aim after a comma) and a word that names them as means (``means_noun`` cue group) after 等 or a count (``可通过A；B；C这3项举措``,
    ``可以通过A、B等途径``). The items are bounded by :data:`MEANS_CHARS`: linear."""
    nouns = "|".join(re.escape(w) for w in sorted(asp.lexicon().words("means_noun"), key=len, reverse=True))
    return re.compile(r"[，,]\s{0,2}(?:可|可以|应|应当|应该|需|需要|要|宜|亟需|亟须|必须)通过"
                      f"(?P<items>[^。！？!?]{{3,{MEANS_CHARS}}}?)"
                      r"(?:等等|(?:等|这)?[两二三四五六七八九十2-9](?:项|个|条|种|大|方面)(?:重要|主要|关键|具体|有效)?|等)"
                      f"(?:{nouns})")


def _means_turn(sentence: str) -> tuple[int, list[tuple[int, int]]] | None:
    """:func:`turn_parts` of a sentence that names problems and then, after a comma and no connective, the means to
    solve them (``…面临A、B等困境，可通过C；D；E这3项举措推动…``, :func:`_means_turn_re`): ``(comma offset, [spans of
    the items of at least ENUM_ITEM_CHARS characters])``, or None when the part before the comma states no shortcoming
    (:func:`summarizer.aspects.challenge_strength`) or fewer than two items are listed. Linear in the sentence."""
    m = _means_turn_re().search(sentence)
    if m is None or not asp.challenge_strength(sentence[:m.start()]):
        return None
    last = sentence.rfind("，", 0, m.start()) + 1 or sentence.rfind(",", 0, m.start()) + 1
    if sentence[last:m.start()].lstrip().startswith(_TOPIC_OPENERS + ("为",)):
        return None  # (为缩小…差距，可通过A、B等措施…: the clause before is the measures' purpose, no problem stated)
    items = m.group("items")
    if "；" in items or ";" in items:
        pieces = re.split("[；;]", items)  # (A，推动B；C，营造D；E这3项举措: each measure with its aim)
    elif "，" in items or "," in items:
        return None  # (the clauses of the sentence, not a list of means)
    else:
        pieces = items.split("、")
    spans: list[tuple[int, int]] = []
    x = m.start("items")
    for piece in pieces:
        if len(piece.strip()) >= ENUM_ITEM_CHARS:
            spans.append((x, x + len(piece)))
        x += len(piece) + 1
    return (m.start(), spans) if len(spans) >= 2 else None


def run_in_problem_turn(structure: Structure, item,
                        max_chars: int) -> tuple[tuple[int, int] | None, list[tuple[int, int]]] | None:
    """A run-in problem item (not titled) whose sentences turn from the problem to its remedy (:func:`turn_parts`:
    ``其二，根本原因是楼价太高以及供应不足，因此建议当局加快收回闲置土地。``): ``(problem, measures)``, ``problem`` the span
    before the turn of its first sentence (None when that sentence has no turn: the item's point stands) and
    ``measures`` the ``[start, end)`` spans after the turns of every sentence of its own text (before its first
    sub-item: ``…这显然是不公平的，因此建议政府将…纳入考虑。``), each shaped to ``max_chars`` characters (offsets into
    ``structure.text``); None for a titled item or one with no such turn. Linear in the item's own text."""
    if item.titled:
        return None
    text = structure.text
    stop = item.children[0].start if item.children else item.end
    problem: tuple[int, int] | None = None
    measures: list[tuple[int, int]] = []
    start = item.content_start
    while start < stop:
        end = _first_sentence_end(text, start, stop)
        found = turn_parts(text[start:end])
        if found is not None:
            turn, spans = found
            if start == item.content_start:
                a, b = shape(text, start, start + turn, max_chars)
                problem = (a, b) if b > a else None
            measures.extend(m for m in (shape(text, start + x, start + y, max_chars) for x, y in spans) if m[1] > m[0])
        start = end + 1
    return (problem, measures) if measures else None


def _resolving_turn(sentence: str) -> tuple[int, list[tuple[int, int]]] | None:
    """:func:`turn_parts` of a sentence whose turn is the speaker resolving to act after a comma
    (:func:`summarizer.aspects.resolves_to_act`), the part before it stating a shortcoming: ``(comma offset, [(start of
    the action, end of the sentence before its end mark)])``, or None. The clause right before the turn must not be
    the frame of the resolution (``resolve_frame`` cue group: ``面对严峻的就业形势，我们应…``, ``在这种情况下，我们更需要…``):
    then the sentence states one measure in its frame, not a problem and a measure. Linear in the sentence."""
    if asp._RESOLVING_GATE.search(sentence) is None or asp._RESOLVING_MODAL_GATE.search(sentence) is None:
        return None  # (a resolution's subject and modal stand in the sentence: speed21b)
    body = len(sentence.rstrip("。！？!?；; \n"))
    previous = 0  # where the clause before the comma starts
    for c in _CLAUSE_COMMA.finditer(sentence, 0, body):
        act = asp.resolves_to_act(sentence[c.end():c.end() + RESOLVE_CHARS])
        if act is not None:
            if (c.end() + act >= body or not asp.challenge_strength(sentence[:c.start()])
                    or sentence[previous:c.start()].lstrip().startswith(asp.lexicon().words("resolve_frame"))):
                return None
            return c.start(), [(c.end() + act, body)]
        previous = c.end()
    return None


def _verdict_turn(sentence: str) -> tuple[int, list[tuple[int, int]]] | None:
    """:func:`turn_parts` of a sentence that states a challenge and then ends by judging the actions it names most
    important (``…，给乡镇应急工作带来很大挑战，加强应急队伍建设，提高处置突发事件的能力显得尤为重要。``:
    :func:`summarizer.aspects.urgent_measure`): ``(comma offset, [(start of the first action, end of the verdict)])``,
    or None. The actions are the run of ``，``-separated clauses right before the verdict that each open with an
    imperative verb (:func:`summarizer.aspects.starts_imperative`); the part before the run must state a shortcoming
    (:func:`summarizer.aspects.challenge_strength`). Linear in the sentence (one scan for the verdict, one pass over
    its clauses)."""
    # (only an importance verdict: an urgency verdict's sentence, ``上述数据表明，…问题已经相当严重，留住教师迫在眉睫``,
    # keeps its finding as the challenge through the readings it had before w64; tests/test_p28r_kinds.py)
    if asp.cue_pattern("urgency_verdict").search(sentence) or not asp.urgent_measure(sentence):
        return None
    verdict = asp.cue_pattern("importance_verdict").search(sentence)
    commas = [c for c in _CLAUSE_COMMA.finditer(sentence, 0, verdict.start())]
    start, turn = None, None
    for c in reversed(commas):  # (the clause after each comma, walking back from the verdict's own)
        clause = sentence[c.end():(start if start is not None else verdict.start())]
        if not asp.starts_imperative(clause.strip()):
            break
        start, turn = c.end(), c.start()
    if turn is None or not asp.challenge_strength(sentence[:turn]):
        return None
    start += len(sentence[start:]) - len(sentence[start:].lstrip())
    return turn, [(start, verdict.end())]


#: Most characters of the subject before a verb of demanding after a comma (``检查组现场``, ``市消防救援支队``): see
#: :func:`_demand_turn`.
DEMAND_SUBJECT_CHARS = 10
#: Fewest characters of the demanded act after the verb (``要求立即整改``: 4).
DEMAND_ACT_CHARS = 4
#: Words in the subject part that make the verb of demanding the noun "requirement" (按照…要求, 不符合…要求, 达到…要求) or
#: its object the subject (被要求): no demand made.
_DEMAND_NOUN_FRAME = ("按照", "根据", "依照", "对照", "符合", "满足", "达到", "达不到", "不符", "未按", "没有按", "被", "的")


#: A finding reported before the demand (``检查发现…``, ``督查中发现…``, ``檢查發現…``): what it found is the fault the
#: demand is to fix, whatever words state it (消防器材过期). Read by :func:`_demand_turn`.
_FOUND_FRAME = re.compile(r"(?:发现|發現|查出|排查出)(?![的之])")
#: Fewest characters of what a finding (:data:`_FOUND_FRAME`) found.
FOUND_CHARS = 6
#: The end of the demanded act's clause (:func:`_demand_turn`).
_DEMAND_ACT_END = re.compile(r"[，,；;：:。！？!?\n]")


@lru_cache(maxsize=1)
def _demand_turn_re() -> re.Pattern[str]:
    """After a comma: a subject of at most :data:`DEMAND_SUBJECT_CHARS` characters (no clause break) and a verb of
    demanding (``turn_demand_verb`` cue group: 要求, 责令, 督促 …), the verb in group ``verb``. Anchored at the comma's
    end, bounded: linear over the sentence's commas."""
    verbs = asp.cue_alternation("turn_demand_verb")
    return re.compile(rf"[^{CLAUSE_BREAKS}\n]{{0,{DEMAND_SUBJECT_CHARS}}}?(?P<verb>{verbs})")


def _demand_turn(sentence: str) -> tuple[int, list[tuple[int, int]]] | None:
    """:func:`turn_parts` of a sentence that reports a finding or a complaint and then, after a comma, the demand made
    to fix it (``检查发现个别单位消防设施不全、安全通道不畅，检查组现场提出整改意见，要求存在隐患的单位于3日内整改到位``;
    ``…垃圾长期无人清理，居民要求街道尽快清运``): ``(comma offset, [(start of the verb of demanding, end of the sentence
    before its end mark)])``, or None. The turn is the first comma after which a short subject and a verb of demanding
    (:func:`_demand_turn_re`) open a clause whose act, past the verb, is at least :data:`DEMAND_ACT_CHARS` characters
    and holds an action (``imperative`` or ``remedy`` cue groups, or a verb of setting right: ``rectify_verb``); not a
    requirement named as a noun (:data:`_DEMAND_NOUN_FRAME`: 按照…要求, 被要求; 要求的…, 要求是…). The part before
    the turn must state a shortcoming (:func:`summarizer.aspects.challenge_strength`) or follow a finding
    (:data:`_FOUND_FRAME`: 检查发现…), not open with a topic or case (针对…, 对于…的), hold no modal nor a verb of
    proposing (``turn_proposal_verb``), and the demand must not be one made before (:data:`_PAST_DEMAND`: 已要求) nor a
    meeting's directive (the clause before it holds a ``meeting_held_verb``: 召开…会议，要求…); a
    demand followed by a clause that opens with an imperative verb (``要求各地提高政治站位，压紧压实责任``) starts a
    run of directives that other readers split, no turn. The clauses after the demand run on in its measure. Its
    verb groups stay apart from ``regulator_order_verb``/``ordered_remedy_verb`` of
    :func:`summarizer.aspects.orders_remedy` (an order with its remedy in reach, no finding before it): see cues.txt.
    Linear in the sentence (one anchored, bounded match per comma)."""
    if not asp.has_cue(sentence, "turn_demand_verb"):
        return None
    body = len(sentence.rstrip("。！？!?；; \n"))
    pattern = _demand_turn_re()
    x = 0  # where the clause before the comma starts
    for c in _CLAUSE_COMMA.finditer(sentence, 0, body):
        m = pattern.match(sentence, c.end())
        if m is None:
            x = c.end()  # (the comma's match took the spaces after it)
            continue
        who = sentence[c.end():m.start("verb")]
        end = _DEMAND_ACT_END.search(sentence, m.end(), body)
        act = sentence[m.end():end.start() if end else body]
        if (any(w in who for w in _DEMAND_NOUN_FRAME) or act.startswith(("的", "是", "下", "高", "严"))
                or len(act) < DEMAND_ACT_CHARS or not (asp.has_cue(act, "imperative") or asp.has_cue(act, "remedy")
                                                       or asp.has_cue(act, "rectify_verb"))):
            x = c.end()  # (the comma's match took the spaces after it)
            continue
        before = sentence[:c.start()]
        if before.lstrip().startswith(_TOPIC_OPENERS + ("对",)) or sentence.startswith(_TOPIC_OPENERS + ("对",), x):
            return None  # (针对发现的问题，…要求…整改; 对于不能立即整改的，责令…: the faults name the demand's topic or case)
        if asp.has_cue(sentence[x:c.start()], "meeting_held_verb"):
            return None  # (…召开常务会议进行专题研究部署，要求各地各部门…: a meeting's directives, no finding's fix)
        if any(w in who for w in _PAST_DEMAND):
            return None  # (立法会数年前已要求政府检讨，惟一直没有下文: a demand made before, the neglect is the fault)
        found = _FOUND_FRAME.search(before)
        if not (asp.challenge_strength(before) or found is not None and c.start() - found.end() >= FOUND_CHARS) \
                or asp.holds_modal_word(before) or asp.has_cue(before, "turn_proposal_verb"):
            return None  # (…要及时了解…存在的问题，督促落实整改; 爰建请…成立…: the demand goes on a measure already made)
        if end is not None and end.group() in "，," and asp._opens_with_verb(
                sentence[end.end():end.end() + DEMAND_CLAUSE_PEEK].lstrip(), asp.lexicon().words("imperative")):
            return None  # (要求各地提高政治站位，压紧压实责任，…: a run of demanded acts, one point each as directives)
        return c.start(), [(m.start("verb"), body)]  # (one measure: the clauses after the demand run on in it)
    return None


#: Characters of the clause after a demand's act that :func:`_demand_turn` reads for an imperative verb.
DEMAND_CLAUSE_PEEK = 16
#: Words in the subject part of a demand that make it one made before (已要求, 曾要求, 早前要求): narrated, no turn.
_PAST_DEMAND = ("已", "曾", "早前", "此前", "先前", "以前")


#: Most characters of a resolving subject and its modal after a comma (``我们应当``, ``各级党委要``): see
#: :func:`_resolving_turn`.
RESOLVE_CHARS = 12
#: Most characters of the main clause's subject before its modal after a causal clause (``乡镇政权在精准扶贫中应该``):
#: see :func:`_causal_turn`.
CAUSAL_SUBJECT_CHARS = 14
#: A causal clause opening a sentence, after at most a short connective clause (``最后，由于…``, ``因为…``).
_CAUSAL_OPEN = re.compile(r"(?:[^，,。；;！？!?\s]{0,6}[，,][ \u3000]{0,2})?(?:由于|因为)")
@lru_cache(maxsize=1)
def _main_modal() -> re.Pattern[str]:
    """The main clause's subject (no clause break, at most :data:`CAUSAL_SUBJECT_CHARS` characters) and a modal of duty
    (``duty_modal`` cue group: ``乡镇政权…应该``, ``政府必须``)."""
    words = "|".join(map(re.escape, asp.lexicon().words("duty_modal")))
    return re.compile(rf"[^{CLAUSE_BREAKS}]{{0,{CAUSAL_SUBJECT_CHARS}}}?(?:{words})")


def _causal_turn(sentence: str) -> tuple[int, list[tuple[int, int]]] | None:
    """:func:`turn_parts` of a sentence that opens with a causal clause naming problems and whose main clause prescribes
    (``最后，由于精英治理存在“精英俘获”等问题，乡镇政权在精准扶贫中应该积极转变…理念，向…转变。``): ``(comma offset,
    [(start of the main clause, end of the sentence before its end mark)])``, or None. The turn is the first comma after
    the causal clause (``由于``/``因为``, :data:`_CAUSAL_OPEN`) after which a subject of at most
    :data:`CAUSAL_SUBJECT_CHARS` characters and a modal of duty follow (:func:`_main_modal`); the part before it must
    state a shortcoming (:func:`summarizer.aspects.challenge_strength`). The main clause, its subject included, is the
    measure (the modal governs the clauses after it). Linear in the sentence."""
    opened = _CAUSAL_OPEN.match(sentence, len(sentence) - len(sentence.lstrip()))
    if opened is None:
        return None
    body = len(sentence.rstrip("。！？!?；; \n"))
    masked = asp._mask_non_modals(sentence)  # (主要, 重要, 应对: no modal; same length)
    for c in _CLAUSE_COMMA.finditer(sentence, opened.end(), body):
        if _main_modal().match(masked, c.end()) is None:
            continue
        if not asp.challenge_strength(sentence[:c.start()]) or asp.modal_strength(sentence[:c.start()]):
            return None
        start = c.end() + len(sentence[c.end():]) - len(sentence[c.end():].lstrip())
        return (c.start(), [(start, body)]) if start < body else None
    return None


def _turn_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                 review: int, region_at) -> None:
    """In place: a prose sentence that turns from its problems to the measures (:func:`turn_parts`) gives its problems
    (:func:`prose_parts` of the part before the turn, as challenges) and one recommendation per measure after it,
    instead of the points it gave (if any). A sentence inside a section of either aspect is the section's to read
    (``region_at``: the sentence's region); sentences of a reviewer's comment (from ``review``) give none."""
    for s in sentences:
        if s.kind != "sentence" or s.start >= review:
            continue
        region = region_at(s.start)
        if region and region.removeprefix(SECTION_BODY) in (asp.CHALLENGE, asp.RECOMMENDATION):
            continue
        found = turn_parts(text[s.start:s.end])
        if found is None:
            continue
        turn, measures = found
        score = max((p.score for ps in out.values() for p in ps if p.start < s.end and p.end > s.start), default=0.0)
        for aspect in out:
            out[aspect] = [p for p in out[aspect] if not (p.start < s.end and p.end > s.start)]
        for a, b in prose_parts(text, s.start, s.start + turn, asp.CHALLENGE, max_chars):
            out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, score))
        for a, b in measures:
            pa, pb = shape(text, s.start + a, s.start + b, max_chars)
            if pb > pa:
                out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, pa, pb, score))


def _split_enumerations(text: str, out: dict[str, list[RawPoint]], max_chars: int) -> None:
    """In place, over every path's points: a point that holds a ``、`` of an enumeration whose items are each a point
    (:func:`enumeration_items`, read over the point's sentence) and that ends before the enumeration's last item (a
    ``max_chars`` window cut it off) is replaced by those items. Linear in the points' sentences."""
    for aspect in out:
        new: list[RawPoint] = []
        for p in out[aspect]:
            if "、" not in text[p.start:p.end]:
                new.append(p)
                continue
            s0 = p.start
            while s0 > 0 and text[s0 - 1] not in "。！？!?\n":
                s0 -= 1
            s1 = p.end
            while s1 < len(text) and text[s1] not in "。！？!?\n":
                s1 += 1
            items = enumeration_items(text, s0, s1, aspect, max_chars)
            # only an enumeration that the point's window cut off: its last item ends past the point
            if len(items) < 2 or items[0][0] >= p.end or items[-1][1] <= p.end:
                new.append(p)
                continue
            new.extend(RawPoint(aspect, a, b, p.score, p.heading) for a, b in items)
        out[aspect] = new


def _split_comma_run_ins(text: str, structure: Structure, out: dict[str, list[RawPoint]]) -> None:
    """In place: a point that starts in a run-in list item and runs on over the markers of the next items of the same
    run, each joined to the one before by a comma (``一是人员不足，二是经费紧张，三是设施陈旧``: one clause per item, a
    prose paragraph's list), is replaced by one point per item, markers and commas left out. A point that holds items
    of another run (a heading over its sub-items) or a marker after another mark (``；二是``, ``。二是``) stays whole.
    Binary search over the items' starts: O(points · log items + the items inside the points)."""
    inline = [it for it in structure.items if it.family != "line" and it.run >= 0]
    starts = [it.start for it in inline]
    for aspect in out:
        new: list[RawPoint] = []
        for p in out[aspect]:
            j = bisect.bisect_right(starts, p.start) - 1
            k = j + 1
            inner = []
            while k < len(inline) and inline[k].start < p.end:
                inner.append(inline[k])
                k += 1
            first = inline[j] if j >= 0 else None
            if (not inner or first is None or not first.content_start <= p.start < first.heading_end
                    or any(it.run != first.run or text[it.start - 1:it.start] not in ("，", ",") for it in inner)):
                new.append(p)
                continue
            bounds = [p.start] + [it.content_start for it in inner]
            ends = [it.start - 1 for it in inner] + [p.end]
            parts = [_trim(text, a, b) for a, b in zip(bounds, ends)]
            if any(b - a < POINT_MIN_CHARS for a, b in parts):
                new.append(p)
                continue
            new.extend(RawPoint(aspect, a, b, p.score, p.heading) for a, b in parts)
        out[aspect] = new


#: Fewest comma-separated clauses of a manifestation list (:func:`manifest_clauses`).
MANIFEST_CLAUSES = 3
#: Most characters of one clause of a manifestation list: a longer one is an argument, not an item of the list.
MANIFEST_CLAUSE_CHARS = 30
#: A list marker inside a manifestation list (一是, 第一, (1), 1., ①): the list is read by the list paths instead.
_LISTED = re.compile(r"[一二三四五六七八九十][是要]|第[一二三四五六七八九十]|[(（]\s*[\d一二三四五六七八九十]|\d[.．、)）]|[①-⑩]")


#: A clause that only sets the time or occasion of the next one (``当窗口排队人多时``, ``遇到群众反复询问时``,
#: ``每当任务重的时候``): an opening 当/每当/遇到/碰到/在 and a closing 时/时候/之时, or any clause closing with 的时候.
#: Not an adverb of time that ends a clause of its own (没有及时, 未能按时: no opening word). Anchored, constant work.
_TIME_CLAUSE = re.compile(r"(?:(?:每当|当|遇到|碰到|遇上|面对)[^，,。；;]{1,24}?(?:时候|之时|时)|[^，,。；;]{1,24}?的时候)$")


def _join_time_clauses(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (offsets into ``sentence``, in order) with each clause that only sets the time of the next one
    (:data:`_TIME_CLAUSE`: ``当手头工作稍多时``) joined to that next clause (``当手头工作稍多时，就容易出错`` is one
    manifestation, the time clause alone no point; k8587, Part 87's 4735). One pass."""
    out: list[tuple[int, int]] = []
    pending = -1
    for x, y in spans:
        if pending >= 0:
            x, pending = pending, -1
        if _TIME_CLAUSE.fullmatch(sentence, x, y) is not None and y - x <= MANIFEST_CLAUSE_CHARS:
            pending = x
            continue
        out.append((x, y))
    if pending >= 0:
        out.append((pending, spans[-1][1]))
    return out


def manifest_clauses(sentence: str, after_problem: bool = False) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of each clause of a list of how a problem shows itself, or ``[]``:
    a lead-in of the ``manifest_lead_in`` cue group ending in a colon (``具体表现在：``, ``主要表现为：``), then, to the
    sentence's end, at least :data:`MANIFEST_CLAUSES` clauses joined by commas (no semicolon, no list marker:
    :data:`_LISTED`), each of at most :data:`MANIFEST_CLAUSE_CHARS` characters, most of them stating a shortcoming
    (:func:`_states_problem`) unless ``after_problem`` (what the list shows stated a problem: the sentence before,
    or the words before the lead-in): after ``理论学习不够深入。``, ``具体表现在：学习不系统，内容以文件为主，形式单一，
    专题研讨少`` gives four problems. Linear."""
    m = asp.cue_pattern("manifest_lead_in").search(sentence)
    if m is None:
        return []
    k = m.end()
    while k < len(sentence) and k - m.end() < 4 and sentence[k] not in "：:，,。":
        k += 1  # (表现在 | 以下几个方面 …: a few characters before the colon)
    if k >= len(sentence) or sentence[k] not in "：:":
        return []
    rest_start = k + 1
    rest = sentence[rest_start:]
    if any(ch in rest for ch in "；;") or _LISTED.search(rest):
        return []
    out, a = [], rest_start
    for j in range(rest_start, len(sentence) + 1):
        if j == len(sentence) or sentence[j] in "，,。！？!?":
            if j > a:
                out.append(_trim(sentence, a, j))
            a = j + 1
    out = _join_time_clauses(sentence, [(x, y) for x, y in out if y > x])
    if len(out) < MANIFEST_CLAUSES or any(y - x > MANIFEST_CLAUSE_CHARS for x, y in out):
        return []
    if not (after_problem or _states_problem(sentence[:m.start()])) and 2 * sum(
            1 for x, y in out if _states_problem(sentence[x:y])) < len(out):
        return []
    return out


#: The frame of a finding that opens such a sentence (``但也发现``, ``检查中还发现``): a link, at most six characters
#: with no clause mark, 发现. Anchored, bounded.
_FINDING_FRAME = re.compile(r"\s{0,2}(?:但是|但|同时|而)?[^，,。；;：:]{0,6}?发现[，,]?")
#: The problem noun that closes such a clause (``…的问题``, ``…等现象``): read without it, the clause must still state
#: the problem (``面临的挑战和存在的问题`` names only nouns: they are blanked wherever they stand).
_PROBLEM_NOUN_END = re.compile(r"(?:等|的)?(?:问题|情况|现象|不足|挑战|困难|短板)$"
                               r"|(?:面临|存在|遇到)(?:的|着)?(?:问题|挑战|困难|不足)")
#: A cause or a turn that opens such a sentence (``由于…``, ``然而，由于…``): the lead-in then explains, it sums up nothing.
_CAUSE_OPENER = re.compile(r"\s{0,2}(?:然而|但是|但|而)?[，,]?\s{0,2}(?:由于|因为|鉴于)")
#: Words that announce the list instead of naming a problem (``存在以下问题``, ``有如下几点不足``).
_ANNOUNCING_WORDS = re.compile(r"以下|如下|下列|几个方面|几点|这样几")
#: The lead-in of a list of manifestations closing a clause that names the problem (``…的问题，具体表现为：``).
_MANIFEST_AFTER_PROBLEM = re.compile(r"[，,]\s{0,2}(?:具体|主要|突出|集中)?表现(?:为|在)[：:]")


def _manifest_lead_in_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                             review: int) -> None:
    """In place: a sentence that states a problem and then announces how it shows itself (``但也发现少数职工存在
    纪律松散、服务意识不强的问题，具体表现为：A；B；C``: :data:`_MANIFEST_AFTER_PROBLEM`) gives the problem it states as
    a challenge when no point covers it: it sums up the listed manifestations and is a point of its own (the gold rule of
    Part 18's 789; part18fix22). A bare announcement (``主要存在以下问题，具体表现为：``) states no problem
    (:func:`_states_problem`, :func:`summarizer.aspects.only_announces`-like lead-ins give none). Offsets into
    ``text``; one pass over the sentences and the points."""
    covered = sorted((p.start, p.end) for aspect in out for p in out[aspect])
    starts = [a for a, _ in covered]
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or "表现" not in s.text:
            continue
        m = _MANIFEST_AFTER_PROBLEM.search(text, s.start, s.end)
        if m is None:
            continue
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and covered[i][1] > s.start:
            continue  # (a point already reads it)
        a, b = _trim(text, s.start, m.start())
        if b - a > max_chars or _CAUSE_OPENER.match(text, a, b):
            continue  # (然而，由于A，缺乏B，具体表现为：: a long cause that leads to the list sums nothing up)
        found = _FINDING_FRAME.match(text, a, b)
        if found is not None:
            a = found.end()  # (但也发现…: the finding's frame is no part of the problem)
        core = _PROBLEM_NOUN_END.sub("", text[a:b])  # (…不强的问题: the problem is stated before its noun)
        if b > a and _states_problem(core) and not only_announces(text[a:b]) \
                and _ANNOUNCING_WORDS.search(text, a, b) is None:
            out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0))


def _manifest_clause_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                            review: int) -> None:
    """In place: a sentence that lists how a problem shows itself (:func:`manifest_clauses`) gives one challenge
    per clause, in place of the points of either aspect that overlap its list (a window over several clauses, or one
    of them; the lead-in read with its list as a measure). Sentences of a reviewer's comment (from ``review``) give
    none. Linear in the sentences."""
    for i, s in enumerate(sentences):
        if s.kind != "sentence" or s.start >= review or not asp.has_cue(s.text, "manifest_lead_in"):
            continue
        before = sentences[i - 1].text if i else ""
        clauses = manifest_clauses(text[s.start:s.end], bool(before) and _states_problem(before)
                                   and asp.sentence_aspect(before) != asp.RECOMMENDATION)
        if not clauses:
            continue
        lo, hi = s.start + clauses[0][0], s.start + clauses[-1][1]
        for aspect in out:
            out[aspect] = [p for p in out[aspect] if not (p.start < hi and lo < p.end)]
        out[asp.CHALLENGE].extend(RawPoint(asp.CHALLENGE, *shape(text, s.start + a, s.start + b, max_chars), 0.0)
                                  for a, b in clauses)


#: Most characters of a question a challenge point may be (:func:`bare_question_point`): a short "what is X" asked.
BARE_QUESTION_CHARS = 20
_QUESTION_MARK_AFTER = re.compile(r"[ \t]{0,2}[？?](?=[^\s？?])")


def bare_question_point(text: str, start: int, end: int) -> bool:
    """Whether the would-be challenge point ``text[start:end]`` is a short question (at most
    :data:`BARE_QUESTION_CHARS` characters, a question mark right after it and another question after that on the same
    line: ``「基层运动发展」是什么？是增加设备？``, a release's doubts listed under ``我们最强烈的质疑是：``; a question
    heading over a body that answers it, ``为何助餐点越办越冷清？⏎…``, is a heading like any other) that states no shortcoming itself (:func:`_states_problem`)
    and is no rhetorical complaint (:func:`summarizer.aspects.prose_aspect` of the question): it asks what a measure
    means, the problem is in the statements around it. O(length of the point)."""
    if end - start > BARE_QUESTION_CHARS or not _QUESTION_MARK_AFTER.match(text, end):
        return False
    point = text[start:end]
    return not _states_problem(point) and asp.prose_aspect(point + "？") != asp.CHALLENGE


#: Fewest characters of a run-on sentence (:func:`run_on_problem_clauses`): a speaker's or a chair's opening that goes
#: on with commas only, well past what one point holds.
RUN_ON_CHARS = 240
#: Fewest clauses that each state a problem for a run-on sentence to be read clause by clause.
RUN_ON_PROBLEMS = 4
#: A run-on sentence narrates with its problems sparse: at most one clause in this many states one (a denser comma run
#: is a list of findings, which the comma-run readers take, or list items glued into one line).
RUN_ON_SHARE = 4
#: Most characters of one clause of a run-on sentence read as a point (a longer one narrates).
RUN_ON_CLAUSE_CHARS = 48
_RUN_ON_BREAK = re.compile(r"[，,]")
#: A number marker inside a sentence (``…复杂度提升2、云海…``): a page's numbered heading glued to the text before it.
_GLUED_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,2}[、．]")


def run_on_problem_clauses(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``) of the problem clauses of a run-on sentence, or ``[]``: a sentence of
    at least :data:`RUN_ON_CHARS` characters joined by commas only, on one line (no ``；`` or colon, no list marker: the
    list readers read those; no line break or number marker ``2、``: lines glued into one sentence are items of a page,
    not clauses), in which at least :data:`RUN_ON_PROBLEMS` comma clauses of at most :data:`RUN_ON_CLAUSE_CHARS`
    characters each state a shortcoming (:func:`_states_problem`, or read alone as prose states one:
    :func:`summarizer.aspects.prose_aspect`; at most one clause in :data:`RUN_ON_SHARE`: a denser run is a list
    glued into one line, or a run of findings the comma-run readers take) and prescribe nothing (no modal: :func:`summarizer.aspects.modal_strength`),
    ask nothing and report no one's complaint (a ``news_criticism_verb`` word: 质疑, 批评 …): a hearing chair's or a speaker's opening (``从实施以来，
    居民生计都非常困难，同样也因为措施相当混乱而觉得痛苦，…把关有待改进，…造成冲击，…``) states one problem per
    clause, and one window over it holds one or two. Linear in the sentence (one split, a bounded reading per clause)."""
    if (len(sentence) < RUN_ON_CHARS or any(ch in sentence for ch in "；;：:\n") or _LIST_MARK.search(sentence)
            or _GLUED_NUMBER.search(sentence)):
        return []
    out, a, n = [], 0, 0
    for m in _RUN_ON_BREAK.finditer(sentence + "，"):
        x, y = _trim(sentence, a, m.start())
        a = m.end()
        n += 1
        if not 0 < y - x <= RUN_ON_CLAUSE_CHARS:
            continue
        clause = sentence[x:y]
        if clause.endswith(("？", "?")) or "?" in clause or "？" in clause:
            continue
        if asp.modal_strength(clause) or asp.has_cue(clause, "news_criticism_verb"):
            continue
        if _states_problem(clause) or asp.prose_aspect(clause) == asp.CHALLENGE:
            out.append((x, y))
    return out if len(out) >= RUN_ON_PROBLEMS and RUN_ON_SHARE * len(out) <= n else []


def _run_on_problem_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                           review: int) -> None:
    """In place: the problem clauses of a run-on sentence (:func:`run_on_problem_clauses`) are challenges, in place of
    the challenge points that lie over two of them or more (one window over the run); a reviewer's comment (from
    ``review``) gives none. Linear in the sentences."""
    for s in sentences:
        if s.kind != "sentence" or s.start >= review or s.end - s.start < RUN_ON_CHARS:
            continue
        spans = [(s.start + x, s.start + y) for x, y in run_on_problem_clauses(text[s.start:s.end])]
        if not spans:
            continue
        out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE]
                              if sum(p.start < y and x < p.end for x, y in spans) < 2]
        _add_uncovered(text, out, asp.CHALLENGE, spans, max_chars, ENUM_ITEM_CHARS)


#: A line-initial speaker label of a council's record (``林健锋议员：``, ``行政长官：``, ``邱委员文彦：``, ``立法会主席梁君彦
#: 议员：``): at most :data:`COUNCIL_LABEL_CHARS` Han characters before a colon (:func:`council_answer_turns`).
COUNCIL_LABEL_CHARS = 12
_COUNCIL_LABEL = re.compile(r"(?m)^[ \t\u3000]{0,8}([\u3400-\u9fff]{2,%d})[ \t]{0,2}[：:]" % COUNCIL_LABEL_CHARS)


def council_answer_turns(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``text``) of the officials' answers in a council's question record, or ``[]``.

    A record of a legislature's questions (a Q&A session's transcript, an interpellation) labels each turn with its
    speaker at a line's start (:data:`_COUNCIL_LABEL`): a member asks (a label with a ``council_member_title`` word:
    议员, 委员), an official answers (a label with an ``answering_official_title`` word: 行政长官, 院长, 部长 …; read in
    the Simplified view). When both speak, the member's question is the record's content and an official's answer,
    from its label to the next label, is the government's reply, neither aspect (as a Q&A page's office answers).
    A record of officials only (a briefing) gives none. Linear in ``len(text)``."""
    labels = []
    for m in _COUNCIL_LABEL.finditer(text):
        label = m.group(1)
        member = asp.has_cue(label, "council_member_title")
        official = not member and asp.has_cue(label, "answering_official_title")
        if member or official:
            labels.append((m.start(), m.end(), official))
    if not any(o for *_, o in labels) or all(o for *_, o in labels):
        return []
    return [(a, labels[i + 1][0] if i + 1 < len(labels) else len(text))
            for i, (a, _, o) in enumerate(labels) if o]


def _council_answers(text: str, out: dict[str, list[RawPoint]]) -> None:
    """In place: drop the points that start inside an official's answer of a council's question record
    (:func:`council_answer_turns`). Binary search over the turns' starts."""
    turns = council_answer_turns(text)
    if not turns:
        return
    starts = [a for a, _ in turns]
    for aspect in out:
        out[aspect] = [p for p in out[aspect]
                       if (i := bisect.bisect_right(starts, p.start) - 1) < 0 or p.start >= turns[i][1]]


def _interview_labels(text: str, out: dict[str, list[RawPoint]]) -> None:
    """In place: in an interview (:func:`interview_turns`), drop the points inside the interviewer's turns (a question
    is never a point) and start a point that begins with a speaker label after the label."""
    turns = interview_turns(text)
    if not turns:
        return
    starts = [t.start for t in turns]
    for aspect in out:
        keep = []
        for p in out[aspect]:
            i = bisect.bisect_right(starts, p.start) - 1
            if i >= 0 and p.start < turns[i].end:
                t = turns[i]
                if t.asks:
                    continue
                if p.start < t.content_start:
                    p.start = t.content_start
                    while p.start < p.end and text[p.start].isspace():
                        p.start += 1
                    if p.start >= p.end:
                        continue
            keep.append(p)
        out[aspect] = keep


def _adopted_directives(text: str, out: dict[str, list[RawPoint]], region_at, cut: WordCut | None = None) -> None:
    """In place: a recommendation point in the author's own measures region (``region_at(offset)``, the region of
    the sentence at an offset into ``text``) that opens by quoting a directive (``会议强调，要…``:
    :func:`summarizer.aspects.directive_said_end`) is the directive the author adopts: it starts past the quoting
    clause, so that :func:`_neither_and_flips` does not read it as a report (issue 8). ``cut``: as for
    :func:`unlinked_start`, which reads each point past its linking connective first. One pass over the points."""
    for p in out[asp.RECOMMENDATION]:
        start = point_start(text, p.start, p.end, cut)
        if region_at(start) != asp.RECOMMENDATION:
            continue
        said = asp.directive_said_end(text[start:p.end])
        if said and _trim(text, start + said, p.end)[1] > _trim(text, start + said, p.end)[0]:
            p.start = start + said


def _meeting_words(text: str, out: dict[str, list[RawPoint]], cut: WordCut | None = None) -> None:
    """In place, in the report of a meeting (:func:`summarizer.aspects.reports_meeting`): a point that opens with the
    meeting speaking (``会议要求，各单位要…``: :func:`summarizer.aspects.meeting_said_end`) starts past that clause;
    the meeting's words are the point (corpus21). ``cut``: as for :func:`unlinked_start`. One pass over the points."""
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        for p in out[aspect]:
            start = point_start(text, p.start, p.end, cut)
            said = asp.meeting_said_end(text[start:min(p.end, start + 16)])
            if said and _trim(text, start + said, p.end)[1] > _trim(text, start + said, p.end)[0]:
                p.start = _trim(text, start + said, p.end)[0]


#: A pledge in a meeting's report (``被巡察单位负责人一致表示，将…``, ``企业代表纷纷表示将…``): a speaker of at most 30
#: characters with no clause break, an optional 一致/纷纷/均/都, 表示 or 表态, and 将 (what the speaker will do). Anchored,
#: bounded.
_PLEDGE_FRAME = re.compile(r"[^，,。；;：:！？!?]{1,30}?(?:一致|纷纷|均|都)?(?:表示|表态)[，,：:]?\s{0,2}将")


#: A connective that carries a meeting's requirements on into the next sentence (``会议要求，…。同时，明确…``).
_MEETING_CONTINUED = re.compile(r"\s{0,2}(?:同时|此外|另外|并且|还)[，,]\s{0,2}")


def _meeting_continued_measures(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]],
                                max_chars: int) -> None:
    """In place, in a meeting's report: a sentence right after one that gives the meeting's requirements
    (:func:`summarizer.aspects.meeting_said_end`: ``会议要求，各单位必须…。``) that opens with a connective carrying them on
    (:data:`_MEETING_CONTINUED`: ``同时，``) and then an imperative verb (``明确…，以…确定单位责任，建立…长效机制``) is the
    meeting's requirement too: a recommendation from past the connective (within ``max_chars``, :func:`shape`) when no
    recommendation covers it yet; a challenge point inside it (a problem noun in the measure's object, ``…问题的投诉
    工单``) is dropped (part14fix21). Linear in the sentences."""
    for prev, s in zip(sentences, sentences[1:]):
        if s.kind != "sentence" or not asp.meeting_said_end(prev.text):
            continue
        m = _MEETING_CONTINUED.match(text, s.start, s.end)
        if m is None or not asp.starts_imperative(text[m.end():s.end]):
            continue
        if any(p.start < s.end and p.end > m.end() for p in out[asp.RECOMMENDATION]):
            continue
        a, b = shape(text, m.end(), s.end, max_chars)
        if b - a < MIN_POINT_CHARS:
            continue
        out[asp.CHALLENGE] = [p for p in out[asp.CHALLENGE] if not (p.start < b and p.end > a)]
        out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))


def _meeting_pledges(sentences: list[Sentence], out: dict[str, list[RawPoint]]) -> None:
    """In place, in the report of a meeting (:func:`summarizer.aspects.reports_meeting`): points inside a sentence in
    which an attendee pledges what he will do (:data:`_PLEDGE_FRAME`: ``…负责人一致表示，将深化认识，…制定整改方案，…``)
    are dropped. The pledge is the meeting's 表态, narrated; the report's measures are what the meeting required
    (corpus21: an inspection's feedback meeting). Linear in the sentences and the points (after sorting)."""
    spans = [(s.start, s.end) for s in sentences if s.kind == "sentence" and _PLEDGE_FRAME.match(s.text.strip())]
    if not spans:
        return
    starts = [a for a, _ in spans]
    for aspect in out:
        kept = []
        for p in out[aspect]:
            k = bisect.bisect_right(starts, p.start) - 1
            if k >= 0 and p.start < spans[k][1]:
                continue
            kept.append(p)
        out[aspect] = kept


#: A sentence that turns to the problems after what was done well (``但对照上级要求，还存在一些共性问题：``, ``然而仍
#: 存在不少短板。``): an adversative, at most 24 characters, then a verb of existence before a problem noun. Anchored,
#: bounded.
_TURN_TO_PROBLEMS = re.compile(r"\s{0,2}(?:但是|但|然而|不过)[，,]?[^。；;！？!?]{0,24}?(?:还|仍|也|依然|仍然)(?:存在|有)"
                               # corpus22: a turn to the few who fall short (但是，个别干部职工对待工作不认真…;
                               # 但也发现个别同志存在…): the sentence before praises the many
                               r"|\s{0,2}(?:但是|但|然而|不过)[，,]?(?:也|仍|还)?(?:发现)?(?:个别|少数|部分|一些|有的)")

#: corpus22: a sentence's closing clause that reports what the work attained, in the perfective or as continuing
#: progress (``…，全面完成了上半年工作任务``, ``…，推动…工作不断取得新成绩``, ``…有了新定位、新使命，取得了新成效``).
_ATTAINED_CLOSE = re.compile(r"(?:取得|完成|奠定|实现|打下|迈上|开创|赢得|交出)了|不断取得|取得新(?:成绩|成效|进展|突破|成果)"
                             r"|有了新")
#: corpus22: a goal word before such a verb (``确保取得实效``, ``力争实现…``): the clause aims, it reports nothing.
_ATTAINED_GOAL = re.compile(r"确保|力争|争取|以期|为了|旨在")
#: corpus22: an opening that frames the sentence in a period up to now (``近年来，``, ``今年上半年以来，``, ``党的十八大以来，``):
#: at most 12 characters before 以来, no clause break.
_PAST_PERIOD_OPENER = re.compile(r"\s{0,2}(?:近年来|近几年来|近些年来|多年来|[^，,。；;：:！？!?]{1,12}?以来)[，,]")


def narrates_work_done(sentence: str) -> bool:
    """True when ``sentence`` narrates work done rather than prescribing: it holds no modal word
    (:func:`summarizer.aspects.holds_modal_word`) and either opens in a period up to now (:data:`_PAST_PERIOD_OPENER`:
    ``今年上半年以来，沅陵镇…以…为统领，紧扣…思路``) or closes with the result attained (:data:`_ATTAINED_CLOSE` in its
    last clause, with no goal word there, :data:`_ATTAINED_GOAL`: ``…坚持…，努力推进…，全面完成了上半年工作任务，为…奠定
    了坚实的基础``, ``近年来，…努力以…履职，推动…不断取得新成绩``). Its verbs (坚持, 推进, 深入贯彻) open clauses as imperatives
    would, but it tells a work report's achievements, no measure (corpus22: Part 18's 781, 786, 785). Linear in the
    sentence (one scan per pattern)."""
    s = sentence.strip()
    if "了" not in s and "来" not in s and "取得" not in s:
        return False  # (every match of _PAST_PERIOD_OPENER holds 来, every one of _ATTAINED_CLOSE 了 or 取得: speed24)
    if asp.holds_modal_word(s) or asp.urgent_measure(s):
        return False  # (…，加强…显得尤为重要: a verdict that the actions it names matter prescribes them; w64)
    if _PAST_PERIOD_OPENER.match(s):
        return True
    last = re.split(r"[，,；;：:]", s.rstrip("。！!？?；; "))[-1]
    return _ATTAINED_CLOSE.search(last) is not None and _ATTAINED_GOAL.search(last) is None


def _praise_before_turn(sentences: list[Sentence], out: dict[str, list[RawPoint]]) -> None:
    """In place: recommendation points inside a sentence that holds no modal (:func:`summarizer.aspects.holds_modal_word`;
    its verbs, 坚持/强化/落实, may still open its clauses as imperatives would) and is followed by a sentence that turns to the problems
    (:data:`_TURN_TO_PROBLEMS`: ``被巡察党组织坚持…，强化履职尽责，认真落实…责任。但对照上级要求，还存在一些…问题：``;
    ``大多数干部职工积极性强，能切实负起责任。但是，个别干部职工…``) are dropped: its verb phrases tell what was done well, the
    praise before the findings, not measures (corpus21: an inspection's feedback). So are those inside a sentence that
    narrates work done (:func:`narrates_work_done`: a work report's achievements; corpus22). Linear in the sentences
    and the points (after sorting)."""
    spans = [(a.start, a.end) for a, b in zip(sentences, sentences[1:] + [None])
             if a.kind == "sentence"
             and ((b is not None and _TURN_TO_PROBLEMS.match(b.text) and not asp.holds_modal_word(a.text))
                  or narrates_work_done(a.text))]
    if not spans:
        return
    starts = [a for a, _ in spans]
    kept = []
    for p in out[asp.RECOMMENDATION]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.start < spans[k][1]:
            continue
        kept.append(p)
    out[asp.RECOMMENDATION] = kept


#: Fewest characters of an entry after its field label (``问题清单：`` + at least this many) read as a point.
LABEL_ENTRY_MIN_CHARS = 6


def _label_led_entries(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                       review: int) -> None:
    """In place: a sentence that opens a line with a field label naming an aspect (a rectification report's
    ``问题清单：负责人解读存在全文照抄情况。`` ⏎ ``整改情况：…``, ``存在问题：…`` / ``整改措施：…``;
    :func:`summarizer.aspects.run_in_label`) states a point of that aspect after the label, whatever cue words its
    entry holds (a problem stated as a fact: ``多数意见征集时限未达到30天``): its first sentence after the label (at
    least :data:`LABEL_ENTRY_MIN_CHARS` characters, no question; under a problem label no entry that asks for a
    measure, :func:`summarizer.aspects.strong_modal` or a ``measure_tail_wish`` word: ``外墙维修问题：希望物业…``; one
    that runs on into a measure tail, :func:`_tail_split`, gives the clauses before it as the problem and the tail as
    a recommendation: ``卫生问题：A，希望物业加强保洁``) joins the points by :func:`_add_items` when no
    point holds it yet. Not a label among topic-labelled sibling lines (:func:`labelled_line_item`: ``人手短缺：…`` ⏎
    ``经费不足：…``, the label names the item), nor a sentence of a reviewer's comment (from ``review``). One pass over
    the sentences, O(label) each (trialfix22b kind A)."""
    added: dict[str, list[tuple[int, int]]] = {asp.CHALLENGE: [], asp.RECOMMENDATION: []}
    for s in sentences:
        a = s.start
        if s.kind != "sentence" or a >= review or (a > 0 and text[a - 1] != "\n"):
            continue
        label = asp.run_in_label(text[a:min(s.end, a + 2 * asp.ASPECT_LABEL_CHARS)])
        if label is None or label[1] not in added or labelled_line_item(text, a):
            continue
        if label[1] == asp.RECOMMENDATION and asp.reported_label(text[a:a + label[0]]):
            continue  # 专家有以下建议：第一，…: another party's proposals, not the report's own measures (merge19)
        b = _first_sentence_end(text, a + label[0], s.end)
        if b - a - label[0] < LABEL_ENTRY_MIN_CHARS or text[b:b + 1] in ("？", "?"):
            continue
        entry = text[a + label[0]:b].strip()
        if label[1] == asp.CHALLENGE and (asp.strong_modal(entry) or entry.startswith(
                asp.lexicon().words("measure_tail_wish"))):
            continue  # 外墙维修问题：希望物业…: a topic's problem label over an entry that asks for a measure
        at = _tail_split(text, a + label[0], b) if label[1] == asp.CHALLENGE else -1
        if at > 0 and not _tail_guarded(text[a + label[0]:at], text[at:b]):
            # (卫生问题：楼道垃圾两三天才清理一次，希望物业加强保洁: the label makes the clauses before the measure tail a
            # problem, the tail asks for its fix; wrong32)
            added[asp.CHALLENGE].append(_trim(text, a + label[0], at - 1))
            added[asp.RECOMMENDATION].append((at, b))
            continue
        added[label[1]].append((a + label[0], b))
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        _add_items(text, out, aspect, added[aspect], max_chars, give_way=False)


#: Most characters of a speaker label before its colon (``居民张女士``, ``村民代表王大爷``).
SPEAKER_LABEL_CHARS = 8


@lru_cache(maxsize=1)
def _speaker_label_re() -> re.Pattern[str]:
    """A person's speaker label that opens a turn of minutes or a transcript: at most :data:`SPEAKER_LABEL_CHARS`
    characters with no clause mark, ending in a ``person_honorific`` cue word (女士, 先生, 大爷 …), then a colon and
    optional spaces. Anchored, bounded."""
    words = sorted(asp.lexicon().words("person_honorific"), key=len, reverse=True)
    return re.compile(r"[^，,。；;：:！？!?\s“”「」]{0,%d}?(?:%s)[：:][ \t\u3000]{0,2}"
                      % (SPEAKER_LABEL_CHARS - 2, "|".join(map(re.escape, words))))


def speaker_label_end(text: str, start: int, end: int) -> int:
    """The offset into ``text`` just past a person's speaker label that opens ``text[start:end]`` (``居民张女士：希望
    加强…`` -> the offset of ``希望``; :func:`_speaker_label_re`), or 0 when none opens it or fewer than
    :data:`UNLINKED_MIN_CHARS` characters would be left (p28recall). O(:data:`SPEAKER_LABEL_CHARS`)."""
    m = _speaker_label_re().match(text, start, min(end, start + SPEAKER_LABEL_CHARS + 4))
    if m is None or end - m.end() < UNLINKED_MIN_CHARS:
        return 0
    return m.end()


#: Most characters of a list marker (and the spaces around it) between a line's start and a field label.
LINE_MARKER_CHARS = 8


def _after_line_marker(text: str, pos: int) -> bool:
    """Whether only a list marker (:data:`_FINDING_MARKER`: ``1.``, ``（二）``, ``•``) stands between the start of
    the line and offset ``pos`` of ``text``: a field label after it (``1.问题：…``) opens the line's entry as one at
    the line's start does. O(:data:`LINE_MARKER_CHARS`)."""
    lo = max(0, pos - LINE_MARKER_CHARS)
    k = text.rfind("\n", lo, pos)
    if k < 0 and lo > 0:
        return False
    k += 1
    return k < pos and _FINDING_MARKER.fullmatch(text, k, pos) is not None


def _field_label(label: str) -> bool:
    """Whether a run-in label (``label``: its words, colon and spaces optional) is a bare field label, its first
    cue word naming an aspect and opening it (``问题``, ``整改措施``, ``建议``, ``解决方案``), not a topic's label whose words
    before the cue name the item (``食材问题``, ``人员不足``). Constant work (a bounded label)."""
    s = label.strip().rstrip("：:").strip()
    cues = asp.heading_cues(s)
    return bool(cues) and cues[0][1] in (asp.CHALLENGE, asp.RECOMMENDATION) and asp._cue_start(s, cues[0][0]) == 0


def field_label_end(text: str, start: int, end: int) -> int:
    """``start`` moved past a bare field label that opens ``text[start:end]`` (:func:`summarizer.aspects.run_in_label`
    read as a field label by :func:`_field_label`, after a ``field_label_qualifier`` cue word: ``问题：``,
    ``整改措施：``, ``存在问题：``; not a topic's label, ``治理能力不足：``, which names its item), as the points read past
    it (:func:`_labelled_points`), when at least :data:`UNLINKED_MIN_CHARS` characters follow; else ``start``. For a
    summary sentence (fix47): the label names the field, the words after it are the sentence. Offsets into ``text``;
    O(label) work (a bounded label)."""
    label = asp.run_in_label(text[start:min(end, start + asp.ASPECT_LABEL_CHARS + 8)])
    if label is None:
        return start
    words = text[start:start + label[0]].strip()
    for qualifier in sorted(asp.lexicon().words("field_label_qualifier"), key=len, reverse=True):
        if words.startswith(qualifier):
            words = words[len(qualifier):]  # (存在问题： -> 问题：, 主要措施： -> 措施：)
            break
    if not _field_label(words):
        return start  # 治理能力不足：…: a topic's label names the item, part of the sentence
    k = start + label[0]
    return k if end - k >= UNLINKED_MIN_CHARS else start


def _labelled_points(text: str, out: dict[str, list[RawPoint]]) -> None:
    """In place, over every path's points: a point that opens a line (or a sentence) with a run-in label
    (:func:`summarizer.aspects.run_in_label`: a report's ``整改措施：``, ``存在问题：``, ``整改情况：``) starts after the
    label, and a label that names the other aspect moves it there (``整改措施：`` heads a measure, ``存在问题：`` a
    problem, whatever path found the line). The label stays in ``text``: offsets still point into it. A person's
    speaker label opening the point the same way (:func:`speaker_label_end`: ``居民张女士：``) is dropped too, the
    aspect kept. O(label) per point (the look-back to the line start stops at the first non-space character)."""
    moved: list[RawPoint] = []
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        keep = []
        for p in out[aspect]:
            j = p.start
            while j > 0 and text[j - 1] in " \t\u3000":
                j -= 1
            opens = j == 0 or text[j - 1] in "\n" + _SENT_END
            label = asp.run_in_label(text[p.start:p.end]) if opens or _after_line_marker(text, j) else None
            if label is not None and not opens and (label[1] not in out or not _field_label(
                    text[p.start:p.start + label[0]])):
                label = None  # (1. 食材问题：…, - 人员不足：…: after a marker a topic label names its item, kept)
            if label is not None and labelled_line_item(text, j):
                label = None  # 经费不足：… among topic-labelled sibling lines (人手短缺：…): the label names the item
            if label is None:
                k = speaker_label_end(text, p.start, p.end) if j == 0 or text[j - 1] in "\n" + _SENT_END else 0
                if k:
                    p.start = k  # (居民张女士：希望…: a minutes' speaker turn; the point is what the speaker asks)
                keep.append(p)
                continue
            p.start += label[0]
            if label[1] in out and label[1] != aspect:
                p.aspect = label[1]
                moved.append(p)
            else:
                keep.append(p)
        out[aspect] = keep
    for p in moved:
        out[p.aspect].append(p)


def _overlaps_any(spans: list[tuple[int, ...]], start: int, end: int, inside: bool = False) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, disjoint ``(a, b, …)`` tuples whose first two items
    are offsets; ``inside``: lies within one). O(log n) by bisection."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for j in (k, k + 1):
        if 0 <= j < len(spans):
            a, b = spans[j][0], spans[j][1]
            if (a <= start and end <= b) if inside else (a < end and start < b):
                return True
    return False


#: Most claims of an essay outline (分论点一…十) or of a run of parallel paragraph openers: more are a log or a
#: pasted list (and would crowd the near-duplicate test with thousands of points).
PARALLEL_CLAIMS_MAX = 10
#: Most characters before an essay outline's label in its sentence (``丨思路提纲丨中心论点…``: a page's tag line).
OUTLINE_LABEL_LEAD_CHARS = 12
#: Fewest numbered sub-argument labels (分论点一/二/三) that make a text an essay outline.
OUTLINE_LABELS = 2


@lru_cache(maxsize=1)
def _outline_label_re() -> re.Pattern[str]:
    alt = asp.cue_alternation
    # (the sub-argument's colon is required: 分论点一的写法… names the label; the thesis label may run into its text)
    return re.compile(rf"[^，,。；;！？!?\n]{{0,{OUTLINE_LABEL_LEAD_CHARS}}}?(?:(?P<thesis>{alt('thesis_label')})"
                      rf"(?![的是])\s*[：:]?"
                      rf"|(?P<sub>{alt('sub_argument_label')})(?P<num>[一二三四五六七八九十1-9１-９])\s*[：:])\s*")


def outline_labels(sentence: str) -> tuple[str, int] | None:
    """``("thesis" | "sub", offset after the label)`` when ``sentence`` opens (past at most
    :data:`OUTLINE_LABEL_LEAD_CHARS` characters of a tag line) with an essay outline's label: the thesis
    (``thesis_label`` cue group: 中心论点, 总论点 …) or a numbered sub-argument (``sub_argument_label``: 分论点一, 分观点二 …),
    the thesis's colon optional; else ``None``. Bounded: one anchored match."""
    m = _outline_label_re().match(sentence)
    if m is None:
        return None
    return ("thesis" if m.group("thesis") else "sub"), m.end()


def _outline_label_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int) -> None:
    """In place: an essay outline (a 申论 model answer's 思路提纲: ``中心论点…。分论点一：党员干部要站出来，当好领头羊。
    分论点二：…``, at least :data:`OUTLINE_LABELS` numbered sub-argument labels, :func:`outline_labels`) states its
    measures one per sub-argument: each sub-argument that prescribes (a modal or an imperative,
    :func:`summarizer.aspects.holds_modal_word`, :func:`summarizer.aspects.modal_strength`) is a recommendation, the text
    after its label, in place of any point over it; the thesis, which sums them up, is no point (trial22 D,
    trialfix22a). Sentences of a reviewer's comment (from ``review``) give none. Linear in the sentences and points."""
    if "论点" not in text and "观点" not in text:
        return
    found = []
    for s in sentences:
        if s.start >= review or s.kind != "sentence":
            continue
        label = outline_labels(s.text)
        if label is not None:
            found.append((s, label))
    if not OUTLINE_LABELS <= sum(kind == "sub" for _, (kind, _) in found) <= PARALLEL_CLAIMS_MAX:
        return  # (more labels than an outline has are a log or a pasted list, no outline)
    spans = []
    for s, (kind, k) in found:
        a, b = _trim(text, s.start + k, s.end)
        spans.append((s.start, s.end))
        if kind == "sub" and b > a and (asp.holds_modal_word(text[a:b]) or asp.modal_strength(text[a:b])):
            spans[-1] = (s.start, s.end, a, b)
    for aspect in out:
        out[aspect] = [p for p in out[aspect] if not _overlaps_any(spans, p.start, p.end)]
    for sp in spans:
        if len(sp) == 4:
            a, b = shape(text, sp[2], sp[3], max_chars)
            out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))


#: The run-in enumerator families whose runs :func:`_sibling_problem_items` reads (首先/其次/最后, 第一/第二).
SIBLING_FAMILIES = frozenset(("seq", "di", "shi"))
#: Fewest items of such a run, and fewest of them that hold a challenge point, for its other items to be read as theirs.
SIBLING_RUN_ITEMS = 3
SIBLING_STATED_ITEMS = 2


def _sibling_problem_items(structure: Structure, out: dict[str, list[RawPoint]], max_chars: int, review: int) -> None:
    """In place: in a run of run-in sequence items (:data:`SIBLING_FAMILIES`: ``首先，…其次，…最后，…``) of at least
    :data:`SIBLING_RUN_ITEMS` items, where all but one item hold a challenge point (at least
    :data:`SIBLING_STATED_ITEMS`) and none holds a recommendation, the item with no point states its problem in words no
    cue knows (``最后，小区物业长期收取外来广告费用，却从不向业主公示``): its first sentence is a challenge, unless it
    prescribes (a modal, :func:`summarizer.aspects.holds_modal_word`), asks, or reads as a measure
    (:func:`summarizer.aspects.sentence_aspect`). A complaint lists its faults so, one per step (trial22 D,
    trialfix22a). Items of a reviewer's comment (from ``review``) give none. Linear in the items and points."""
    text = structure.text
    runs: dict[tuple[int, int], list] = {}
    for it in structure.items:
        if it.family in SIBLING_FAMILIES and it.run >= 0 and not it.titled and it.start < review:
            runs.setdefault((id(it.parent), it.run), []).append(it)
    if not runs:
        return
    cs = sorted((p.start, p.end) for p in out[asp.CHALLENGE])
    rs = sorted((p.start, p.end) for p in out[asp.RECOMMENDATION])

    def holds(spans: list[tuple[int, int]], a: int, b: int) -> bool:
        k = bisect.bisect_left(spans, (a, -1))
        if k > 0 and spans[k - 1][1] > a:
            return True
        return k < len(spans) and spans[k][0] < b

    for items in runs.values():
        if len(items) < SIBLING_RUN_ITEMS:
            continue
        spans = [(it.content_start, it.end) for it in items]
        if any(holds(rs, a, b) for a, b in spans):
            continue
        bare = [it for it, (a, b) in zip(items, spans) if not holds(cs, a, b)]
        if len(bare) != 1 or len(items) - 1 < SIBLING_STATED_ITEMS:
            continue
        it = bare[0]
        a, b = _trim(text, it.content_start, _first_sentence_end(text, it.content_start, it.end))
        sentence = text[a:b]
        if (b <= a or sentence.endswith(_QUESTION_END_TUPLE) or "？" in text[b:b + 1] or "?" in text[b:b + 1]
                or asp.holds_modal_word(sentence) or asp.sentence_aspect(sentence) == asp.RECOMMENDATION):
            continue
        a, b = shape(text, a, b, max_chars)
        if b > a:
            out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, a, b, 0.0))


#: A clause that states a consequence (``…，致大楼发生外墙脱落等缺失``): 致/致使/以致/导致 opening it (not 致力, 致富 …).
_CONSEQUENCE_OPEN = re.compile(r"(?:以致|致使|导致|致)(?![力富辞敬谢函电])")
#: A clause that states a failure to act (``未切实依约办理查验``, ``没有按时验收``): a negated verb opening it.
_FAILURE_OPEN = re.compile(r"(?:未能|未|没有|没能|不按|不予)")
#: How far back (characters) the failing clause before a consequence is looked for.
FAILING_CLAUSE_CHARS = 60


def failing_before(text: str, start: int) -> tuple[int, int] | None:
    """The span (offsets into ``text``) of the clause before a point at ``start`` that opens with a consequence
    (``…，未切实依约办理监造及工程查验，致大楼发生外墙石材脱落等多项缺失``: the point ``致…`` gives the span of
    ``未切实依约…查验``) when that clause states the failing itself: it opens with a negated action (未/没有/未能 …) or
    names a shortcoming (:func:`summarizer.aspects.challenge_strength`). A problem is stated by the failing, its
    consequence is what the failing led to. None otherwise. Looks back at most :data:`FAILING_CLAUSE_CHARS` characters."""
    if not _CONSEQUENCE_OPEN.match(text, start):
        return None
    j = start
    while j > 0 and text[j - 1] in " \t\u3000":
        j -= 1
    if j == 0 or text[j - 1] not in "，,":
        return None
    end = j - 1
    lo = max(0, end - FAILING_CLAUSE_CHARS)
    a = max(text.rfind(c, lo, end) for c in "，,。；;！？!?：:\n") + 1
    if a <= lo and lo > 0:
        return None  # no clause start within reach
    while a < end and text[a].isspace():
        a += 1
    clause = text[a:end]
    if len(clause) >= POINT_MIN_CHARS and (_FAILURE_OPEN.match(clause) or asp.challenge_strength(clause) > 0):
        return a, end
    return None


#: Most characters of the clause that opens a parallel run-in (``“学”的敏感性还不够强烈。``, ``要进一步凝聚合力，以…``).
RUN_IN_CLAUSE_CHARS = 16
#: Fewest run-ins that open with the same words at the same place for them to be parallel, and the most characters
#: from one to the next.
PARALLEL_RUN_INS = 3
PARALLEL_GAP_CHARS = 400
#: Most characters from a list marker to the point it opens (``二是要加快…``: the marker and a sequence word).
BODY_MARKER_CHARS = 8
_RUN_IN_GRAM = 3
# a character that ends a run-in's opening clause
_RUN_IN_CLAUSE_END = re.compile("[，,；;：:。！？!?\n]")


def parallel_run_ins(text: str, starts: list[int]) -> list[list[int]]:
    """Groups of parallel run-ins among the candidate clause starts ``starts`` (offsets into ``text``, sorted): the
    clause at each start (up to the first clause end, at most :data:`RUN_IN_CLAUSE_CHARS` characters) and at least
    :data:`PARALLEL_RUN_INS` - 1 others hold the same :data:`_RUN_IN_GRAM` CJK characters at the same place
    (``“学”的敏感性还不够强烈`` / ``“研”的融合性还不够敏感`` / ``“查”的覆盖性还不够广泛``: 性还不 at 6; ``要进一步提高站位`` /
    ``要进一步凝聚合力``: 要进一 at 0), each within :data:`PARALLEL_GAP_CHARS` characters of the one before, and no two
    of the clauses the same (a repeated clause, ``解决教育公平问题，需要…``, is the topic of each paragraph): the heads
    of one list written as run-in sentences, whose bodies elaborate them. Each group is sorted; a start lies in one
    group at most (the longest). Linear in the starts (a bounded number of keys each)."""
    buckets: dict[tuple[int, str], list[int]] = {}
    clause: dict[int, str] = {}
    for a in starts:
        stop = _RUN_IN_CLAUSE_END.search(text, a, a + RUN_IN_CLAUSE_CHARS + 1)
        k = stop.start() if stop else min(len(text), a + RUN_IN_CLAUSE_CHARS + 1)
        if k - a > RUN_IN_CLAUSE_CHARS or k - a < _RUN_IN_GRAM + 1:
            continue
        clause[a] = text[a:k]
        han = [is_cjk(c) for c in clause[a]]  # (each character tested once, not once per gram that holds it)
        for off in range(0, k - a - _RUN_IN_GRAM + 1):
            gram = text[a + off:a + off + _RUN_IN_GRAM]
            if all(han[off:off + _RUN_IN_GRAM]):
                bucket = buckets.setdefault((off, gram), [])
                if not bucket or bucket[-1] != a:
                    bucket.append(a)
    groups: list[list[int]] = []
    for members in buckets.values():
        run = [members[0]]
        for a in members[1:] + [None]:
            if a is not None and a - run[-1] <= PARALLEL_GAP_CHARS:
                run.append(a)
                continue
            # (heads that repeat one clause name the topic, 解决教育公平问题，需要A。…需要B。: each paragraph is a point
            # of its own, with more in its body)
            if len(run) >= PARALLEL_RUN_INS and len({clause[x] for x in run}) == len(run):
                groups.append(run)
            if a is not None:
                run = [a]
    groups.sort(key=len, reverse=True)
    used: set[int] = set()
    out: list[list[int]] = []
    for g in groups:
        if not used.intersection(g):
            used.update(g)
            out.append(g)
    return sorted(out)


def _heading_line_starts(structure: Structure) -> list[int]:
    """Sorted starts (offsets into the structure's text) of its titled items that open their line: the headings
    of its sections and sub-sections (``（一）存在的问题``). Linear in the items."""
    text = structure.text
    return sorted(it.start for it in structure.items if it.titled and line_opens_at(text, it.start))


def _parallel_run_in_bodies(text: str, sentences: list[Sentence], markers: list[int],
                            out: dict[str, list[RawPoint]], headings: list[int] = ()) -> None:
    """In place: a point inside the body of a parallel run-in (:func:`parallel_run_ins` over the starts of the
    points) is dropped: a paragraph or a sentence that opens with a run-in head (``“学”的敏感性还不够强烈。``) goes on
    to explain it, and the head is the point (the gold rule for run-in items). The body of a run-in runs from the end
    of its sentence to the next run-in of its group, the last one's to the end of its paragraph. A point that opens a
    list item of the body (a marker at most :data:`BODY_MARKER_CHARS` characters before it, ``markers``: sorted
    marker starts: ``一是…二是…`` nested under the head) stays; a point that starts after a comma heads no run-in.
    A body ends at the next heading line (``headings``: sorted starts, :func:`_heading_line_starts`): parallel
    sections (``（二）对策建议。建议加大就业领域…`` ⏎ ``二、教育领域`` ⏎ ``（一）存在的问题。…``) hold the heads, and the
    sections after a head are no elaboration of it (fix42a). Linear in the sentences and points (after sorting)."""
    # (a head opens a sentence or a paragraph: a point that starts after a comma, 路灯坏了，希望物业…, is a clause of
    # its sentence, however like its siblings it opens; wrong32)
    cands = sorted({p.start for points in out.values() for p in points
                    if text[max(0, p.start - 2):p.start].rstrip(" \u3000")[-1:] not in ("，", ",")})
    groups = parallel_run_ins(text, cands)
    if not groups:
        return
    ends = [s.end for s in sentences]
    bodies: list[tuple[int, int]] = []
    for g in groups:
        for i, a in enumerate(g):
            k = bisect.bisect_right(ends, a)
            start = ends[k] if k < len(ends) else len(text)
            if i + 1 < len(g):
                stop = g[i + 1]
            else:
                nl = text.find("\n", start)
                stop = len(text) if nl < 0 else nl
            h = bisect.bisect_left(headings, start)
            if h < len(headings):
                stop = min(stop, headings[h])  # (the next section's heading ends the body)
            if stop > start:
                bodies.append((start, stop))
    bodies.sort()
    heads = {a for g in groups for a in g}
    bstarts = [a for a, _ in bodies]
    for aspect in out:
        kept = []
        for p in out[aspect]:
            if p.start not in heads and _body_elaboration(p, bodies, bstarts, markers):
                continue  # (an elaboration of the run-in head before it)
            kept.append(p)
        out[aspect] = kept


#: Fewest and most characters of the first clause of a parallel paragraph opener (``乡村振兴富农``, ``生态兴村``).
OPENER_CLAUSE_CHARS = (3, 8)
#: Characters of the gram that parallel openers share at one place of their first clause (``兴村`` at 2).
OPENER_GRAM = 2
#: Most characters of a parallel opener sentence (a 申论 paragraph's claim, ``乡村振兴美景，让人回得去``).
OPENER_SENTENCE_CHARS = 20


def _opener_shape(sentence: str) -> tuple[int, int, frozenset[tuple[int, str]]] | None:
    """The shape of a paragraph's opening sentence for :func:`_parallel_opener_points`: (length of its first clause,
    number of its clauses, the CJK grams of :data:`OPENER_GRAM` characters of the first clause with their offsets), or
    ``None`` when the first clause is not :data:`OPENER_CLAUSE_CHARS` long. Bounded: the clause is short."""
    body = sentence.rstrip("。！!；; ")
    clauses = _COMMA_CLAUSE_SPLIT.split(body)
    first = clauses[0]
    if not OPENER_CLAUSE_CHARS[0] <= len(first) <= OPENER_CLAUSE_CHARS[1]:
        return None
    grams = frozenset((k, first[k:k + OPENER_GRAM]) for k in range(len(first) - OPENER_GRAM + 1)
                      if all(is_cjk(c) for c in first[k:k + OPENER_GRAM]))
    return len(first), len(clauses), grams


def _parallel_opener_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                            review: int) -> None:
    """In place: paragraphs in a row (at least :data:`PARALLEL_RUN_INS`, each within :data:`PARALLEL_GAP_CHARS`
    characters of the one before) whose opening sentences are built alike (:func:`_opener_shape`: first clauses of one
    length sharing a gram at one place, as many clauses, each sentence at most :data:`OPENER_SENTENCE_CHARS`
    characters, no two the same) are a 申论's claims, one per paragraph, written with no modal (``生态兴村，让村庄
    更绿。…`` ⏎ ``产业兴村，让村民更富。…`` ⏎ ``文化兴村，让乡风更美。…``; ``乡村振兴富农，让人愿意回``): when none of
    them states a problem (:func:`summarizer.aspects.challenge_strength`, :func:`summarizer.aspects._prose_deficits`) or
    asks, each is a recommendation, in place of any point inside it (trial22 O, trialfix22a). Sentences of a reviewer's
    comment (from ``review``) give none. Linear in the sentences and points."""
    openers: list[tuple[Sentence, tuple]] = []
    for i, s in enumerate(sentences):
        if s.kind != "sentence" or s.start >= review or len(s.text) > OPENER_SENTENCE_CHARS:
            continue
        if i and "\n" not in text[sentences[i - 1].end:s.start]:
            continue
        if not s.text.rstrip().endswith(("。", "！", "!")):
            continue  # (a line with no full stop, •教育理论论文, is a menu or a heading, no claim)
        shape_ = _opener_shape(s.text)
        if shape_ is not None and shape_[1] >= 2:  # (a claim: a frame and what it brings, 生态兴村，让村庄更绿)
            openers.append((s, shape_))
    if len(openers) < PARALLEL_RUN_INS:
        return
    runs: list[list[Sentence]] = []
    shared: frozenset = frozenset()
    last_shape = None
    for s, sh in openers:
        if runs and last_shape is not None and sh[:2] == last_shape[:2] and s.start - runs[-1][-1].start <= \
                PARALLEL_GAP_CHARS and (shared & sh[2]):
            runs[-1].append(s)
            shared = shared & sh[2]
        else:
            runs.append([s])
            shared = sh[2]
        last_shape = sh
    for run in runs:
        if not PARALLEL_RUN_INS <= len(run) <= PARALLEL_CLAIMS_MAX or len({s.text for s in run}) < len(run):
            continue  # (more paragraphs alike than an essay has claims: a log or a table, no claims)
        if any(s.text.rstrip().endswith(_QUESTION_END_TUPLE) or asp.challenge_strength(s.text)
               or asp._prose_deficits(s.text) for s in run):
            continue
        spans = [_trim(text, s.start, s.end) for s in run]
        for aspect in out:
            out[aspect] = [p for p in out[aspect] if not _overlaps_any(spans, p.start, p.end, inside=True)]
        for a, b in spans:
            a, b = shape(text, a, b, max_chars)
            if b > a:
                out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))


def _body_elaboration(p: RawPoint, bodies: list[tuple[int, int]], bstarts: list[int], markers: list[int]) -> bool:
    """Whether point ``p`` lies inside one of the run-in ``bodies`` (sorted ``(start, end)`` spans; ``bstarts``: their
    starts) and opens no list item of it (a marker at most :data:`BODY_MARKER_CHARS` characters before it;
    ``markers``: sorted marker starts): an elaboration of the run-in head before it. Binary search: logarithmic."""
    k = bisect.bisect_right(bstarts, p.start) - 1
    m = bisect.bisect_right(markers, p.start) - 1
    listed = m >= 0 and p.start - markers[m] <= BODY_MARKER_CHARS
    return not listed and k >= 0 and p.start >= bodies[k][0] and p.end <= bodies[k][1]


#: A prohibition of a way of handling or judging (``不能照搬``, ``不应套用``, ``不能怪罪``, ``不能单从``): a negated modal,
#: an optional 再 / 一味, then a ``prohibited_course`` cue word right after it (:func:`prohibited_course`).
@lru_cache(maxsize=1)
def _prohibited_course_re() -> re.Pattern[str]:
    return re.compile(r"(?:决不能|绝不能|切不可|不能|不应该|不应|不可|不该|不宜|切勿)(?:再|一味)?(?:"
                      + asp.cue_pattern("prohibited_course").pattern + ")")


def prohibited_course(clause: str) -> bool:
    """Whether ``clause`` (one clause, Simplified view) forbids a way of handling or judging something: a negated modal
    right before a verb of copying, applying, blaming or judging from one side (``prohibited_course`` cue group:
    ``外国的经验不能照搬到本地``, ``市场化的逻辑不能套用在托育服务上``, ``这些警讯不能怪罪家长``, ``不能单从老人谈老人
    问题``). The author prescribes (the rule of 718/719: a prescriptive 不能 is a measure), though 不能 also states an
    inability (``许多家庭不能负担…``: no such verb after it). Linear: one search."""
    return _prohibited_course_re().search(clause) is not None


#: A point that ends by announcing proposals made (``并提出完善建议``, ``就…提出意见和建议``, ``并提出针对性改革建议，为…提供
#:参考``): 提出, at most 16 characters of their kind, a noun of proposals, and at most a closing purpose clause of the
#: reference it offers (为/以期…参考/借鉴/依据/支持/基础).
_ANNOUNCED_PROPOSALS = re.compile(
    r"提出了?[^，,。；;：:“”「」！？!?\n]{0,16}?(?:意见和建议|意見和建議|意见建议|意見建議|建议意见|建議意見|意见|意見|建议|建議"
    r"|对策|對策|策略|解决方案|解決方案)"
    r"(?:[，,][^，,。；;]{0,4}?(?:为|為|以期|以便|供)[^，,。；;]{0,40}?(?:参考|參考|借鉴|借鑒|依据|依據|支持|基础|基礎)[^，,。；;]{0,8})?"
    r"[。；;]?\s*$")


def announces_proposals(point: str) -> bool:
    """Whether ``point`` (a recommendation's text) only announces that proposals were or will be made, without
    stating them: it ends with 提出 + a noun of proposals (``就进一步完善报告提出意见建议``, ``并提出完善建议``, an
    abstract's ``并提出相应的解决策略，以期为…提供理论支持``). A point that goes on to the proposal (``他提出4点建议，
    一是…``, ``提出建议，希望在规划中增加…``) is not. Nor does one that announces its proposals as following
    (:data:`_PROPOSALS_FOLLOWING`: ``基金会提出以下政策框架，共九个建议，希望…``) with no colon after, where the list
    itself would begin. Bounded windows: linear in ``len(point)``."""
    if _ANNOUNCED_PROPOSALS.search(point) is not None:
        return True
    m = _PROPOSALS_FOLLOWING.search(point)
    return m is not None and "：" not in point[m.end():] and ":" not in point[m.end():]


#: Proposals announced as following (``提出以下政策框架``, ``提出如下幾點建議``): 提出, 以下/如下/下列, at most
#: :data:`FOLLOWING_PROPOSAL_CHARS` characters, a noun of measures or of a plan. Bounded, lazy: linear.
FOLLOWING_PROPOSAL_CHARS = 12
_PROPOSALS_FOLLOWING = re.compile(
    r"提出了?(?:以下|如下|下列)[^。；;！？!?，,：:\n]{0,%d}?(?:对策|對策|建议|建議|措施|框架|方案|举措|舉措|意见|意見)"
    % FOLLOWING_PROPOSAL_CHARS)


#: A measure's standing told, not urged: an authority's decision or deployment (``是党中央作出的一项重大决策``,
#: ``对…做出全面部署``, ``的重要战略部署``) or the concrete act of carrying out a line (``就是贯彻…的具体行动``).
_DECISION_NAMED = re.compile(r"(?:作出|做出)了?的?(?:一项|一項)?[^，,。；;]{0,6}?(?:决策|決策|部署)"
                             r"|的(?:具体|具體)(?:行动|行動)|的(?:重要|重大)(?:战略|戰略)部署")


def names_decision(point: str) -> bool:
    """Whether ``point`` (a recommendation's text) names a measure's standing instead of urging it: an authority's
    decision or deployment (``改善农村人居环境是党中央作出的一项重大决策``, ``对…做出全面部署``, ``…是…的重要战略部署``)
    or the concrete act of a line (``施行垃圾分类，就是贯彻…的具体行动``): a report of policy, no proposal of the
    writer's. One search, bounded windows: linear in ``len(point)``."""
    return _DECISION_NAMED.search(point) is not None


def _later_prohibition(text: str, start: int, end: int) -> int | None:
    """Offset (into ``text``) of the forbidding modal of the first forbidden course (:func:`prohibited_course`) in
    ``text[start:end]`` (the clauses of a point after its first), or None. Linear: one search."""
    m = _prohibited_course_re().search(text, start, end)
    return m.start() if m else None


def _prohibited_course_points(text: str, out: dict[str, list[RawPoint]], max_chars: int) -> None:
    """In place: a challenge point whose first clause forbids a way of handling or judging (:func:`prohibited_course`)
    gives that clause as a recommendation; the point keeps the rest of its words when they state a shortcoming
    (:func:`summarizer.aspects.challenge_strength`, or a complaint read as prose is,
    :func:`summarizer.aspects.prose_aspect`: ``…不能怪罪家长不懂政策，而是主管部门忽视了家长的真实感受``: the 而是 clause is the problem; part14fix21) and is
    dropped otherwise (``…不能照搬到本地，而是在…``; one whose 而是 clause keeps a modal, ``…不能照搬到本地，而是要结合
    实际``, is a contrastive measure already, :func:`summarizer.aspects.contrastive_measure`, whole). Offsets into ``text``; linear in the points' lengths."""
    kept = []
    for p in out[asp.CHALLENGE]:
        m = _CLAUSE_SPLIT.search(text, p.start, p.end)
        first_end = m.start() if m else p.end
        if not prohibited_course(text[p.start:first_end]):
            later = _later_prohibition(text, first_end, p.end) if m else None
            if later is not None and not asp.challenge_strength(text[p.start:later]):
                # 旅游业升级转型，不能只靠市场无形之手: the clauses before the forbidden course state no shortcoming,
                # they name what it is about; the point is the prescription (prec34)
                out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, p.start, p.end, p.score))
                continue
            kept.append(p)
            continue
        a, b = _trim(text, p.start, first_end)
        if b - a >= MIN_POINT_CHARS:
            out[asp.RECOMMENDATION].append(RawPoint(asp.RECOMMENDATION, a, b, p.score))
        if m is None:
            continue
        rest = m.end()
        for link in ("而是", "而应", "却"):
            if text.startswith(link, rest):
                rest += len(link)
                break
        ra, rb = _trim(text, rest, p.end)
        if rb > ra and (asp.challenge_strength(text[ra:rb]) or asp.prose_aspect(text[ra:rb]) == asp.CHALLENGE) \
                and not asp.prescribes(text[ra:rb]):
            p.start, p.end = ra, rb
            kept.append(p)
    out[asp.CHALLENGE] = kept


#: An example of faulty cases after a caution (``，比如有的社区…``, ``，例如一些单位…``): a comma, an example word, a
#: partial subject (some, a few) that names the cases. Bounded.
_CAUTION_EXAMPLE = re.compile(r"[，,]\s{0,2}(?:比如|例如|譬如|比方说)[，,]?\s{0,2}(?=有的|有些|一些|个别|某些|少数)")
#: Fewest characters of the caution and of the example, each, for the point to be split (``别搞形式主义`` has 6).
CAUTION_MIN_CHARS = 6
#: The words of a caution (don't, avoid, beware) in the measure before such an example.
_CAUTION_WORD = re.compile(r"别|不要|不能|不可|避免|防止|切忌|谨防|警惕|切勿|勿")


def _caution_example_points(text: str, out: dict[str, list[RawPoint]], max_chars: int) -> None:
    """In place: a recommendation that warns against a fault and then gives an example of the cases that commit it
    (``不过要注意别搞形式主义，比如有的单位每月开十次会，结果议题都重复，反而让人烦了``: :data:`_CAUTION_EXAMPLE` after a
    clause holding a :data:`_CAUTION_WORD`) is the caution only; the example of the faulty cases is the problem it
    observes, one challenge (the gold rule of Part 19's 800; part18fix22). An example of good practice (``比如广州有个
    社区…``: no partial subject of faulty cases) stays in the point. Offsets into ``text``; linear in the points'
    lengths."""
    for p in out[asp.RECOMMENDATION]:
        m = _CAUTION_EXAMPLE.search(text, p.start, p.end)
        if m is None or _CAUTION_WORD.search(text, p.start, m.start()) is None:
            continue
        ca, cb = shape(text, m.end(), p.end, max_chars)
        ra, rb = _trim(text, p.start, m.start())
        if rb - ra < CAUTION_MIN_CHARS or cb - ca < CAUTION_MIN_CHARS:
            continue  # (别乱来，比如有的…: too short a caution to stand alone)
        p.start, p.end = ra, rb
        out[asp.CHALLENGE].append(RawPoint(asp.CHALLENGE, ca, cb, p.score))


#: The modal or adverb of resolve that opens the measure after a target phrase (:func:`measure_target`).
_TARGET_MEASURE = re.compile(r"[，,]\s{0,2}(?:一律|坚决|及时|要|应|须|必须|务必|一经查实|将)")


def measure_target(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a would-be challenge point) is only the 对-phrase that names what a measure acts
    on: it opens with 对, holds no clause mark, and the text right after it is a comma and the measure's modal or
    adverb of resolve (:data:`_TARGET_MEASURE`: ``对不符合要求和质量不高等建议，要拿掉``; ``对整改不到位的单位，一律通报``).
    The faults it names are the case the measure handles, no problem the author reports. Constant work (weak22)."""
    span = text[start:end].strip()
    if not span.startswith("对") or any(ch in span for ch in "，,；;。！？!?：:"):
        return False
    return _TARGET_MEASURE.match(text, end) is not None


#: Most characters read back from a point's start to the start of its sentence (:func:`_sentence_head`).
SENTENCE_HEAD_CHARS = 80


def _sentence_head(text: str, start: int) -> str:
    """The text of ``text`` from the start of the sentence that holds offset ``start`` (past the last 。！？ or line
    break before it, at most :data:`SENTENCE_HEAD_CHARS` characters back; offsets into ``text``) to ``start``, stripped.
    Bounded: constant work."""
    a = max(0, start - SENTENCE_HEAD_CHARS)
    # (one rfind a character: a greedy ``(?s:.*)[…]`` match did the same but is quadratic when searched, which the
    # regex audit of tests/test_speed27_kinds.py flags)
    last = max(text.rfind(ch, a, start) for ch in _SENTENCE_END_CHARS)
    return text[last + 1 if last >= 0 else a:start].strip()


#: Most characters read back from a point to the 一是 that opens its run in the same paragraph (:func:`_item_of_done_run`).
DONE_RUN_LOOKBACK = 400
#: Characters of a reply's lead-in line read back from its colon for the ``reply_lead_in`` words (现答复如下：).
LEAD_CLAUSE_CHARS = 12


#: Most characters read after a would-be recommendation for the audit finding that checks it
#: (:func:`checked_criterion`): the rest of its line or sentence and the next sentence's opening.
CHECK_REACH_CHARS = 200
#: A sentence that reports an audit check's finding that the criterion is met (``经查本校自筹款占比为12%，符合规定``;
#: ``經查…符合規定`` in the Simplified view): a checking opener, then within its sentence a verdict of conformity.
#: Bounded.
_CHECKED_CONFORMS = re.compile(r"\s{0,4}(?:经查|经查核|经核查|经检查|经审查|经审核|经核对|查核|核查)[^。；;！？!?\n]{0,120}?"
                               r"。?\s{0,2}(?:符合规定|符合要求|符合标准|符合相关规定|均符合|无异常|尚无不符)")


def checked_criterion(text: str, end: int) -> bool:
    """Whether the point that ends at ``end`` (an offset into ``text``, Simplified view) is a criterion of an audit
    checklist that the next sentence finds met (``1.1 自筹款占补助款比例应不低于10%`` ⏎ ``经查本校自筹款占比为12%，符合
    规定。``: :data:`_CHECKED_CONFORMS`, within :data:`CHECK_REACH_CHARS` characters, past the end of the point's
    sentence, line or table cell: a checklist's row ``1.1 …应≧10% ⇥ 经查…=12% ⇥ 符合规定``): the standard checked against, no measure the report urges (Part 68's 3591, an internal audit
    report that finds nothing). Bounded: constant work per point."""
    window = text[end:end + CHECK_REACH_CHARS]
    cut = 0
    while cut < len(window) and window[cut] not in "。；;！？!?\n\t|":
        cut += 1
    return _CHECKED_CONFORMS.match(window, cut + 1) is not None if cut < len(window) else False


def _item_of_done_run(text: str, start: int) -> bool:
    """Whether the point at ``start`` (an offset into ``text``, Simplified view) is in an inline run of items (``一是…。
    二是…。``) whose first item, in the same paragraph and at most :data:`DONE_RUN_LOOKBACK` characters back, follows a
    sentence that reports work done (:func:`summarizer.aspects.narrates_done`: a ``done_marker`` or ``achievement``
    word and no strong modal: ``该问题已完成整改。一是…``): a rectification report's or work summary's list of what was
    done, no measure proposed (not one that announces demands or proposals, :func:`summarizer.aspects.lead_in_aspect`:
    ``姚明提出了几点要求。一是要…``); or in a run whose first item opens a line right under a reply letter's lead-in
    (``reply_lead_in`` cue group: ``经研究办理，现答复如下：`` ⏎ ``一是…下发…通知``): what the office did. The prose of a
    reply (its problems, 下一步，我们将…) is read as any prose. Bounded: constant work per point (two look-backs over a
    window)."""
    lo = max(0, start - DONE_RUN_LOOKBACK)
    window = text[lo:start]
    line = window.rfind("\n")
    k = window.rfind("一是")
    opens = window.rfind("\n", 0, k) if k > 0 else -1
    if opens >= 0 and not window[opens + 1:k].strip():
        # 现答复如下： ⏎ 一是…下发… ⏎ 二是…: a reply letter's list of what the office did, each item a line: the line
        # before the run ends with the reply's lead-in (``reply_lead_in`` cue group)
        before = window[:opens].rstrip()
        return before.endswith(("：", ":")) and asp.has_cue(before[-LEAD_CLAUSE_CHARS:], "reply_lead_in")
    if k < 0 or k < line:
        return False
    head = window[max(line + 1, 0):k]
    if not head.rstrip().endswith(tuple(SENTENCE_END)):
        return False  # (一是 inside a sentence, 主要措施：一是…: the lead-in announces the run)
    ends = list(_SENTENCE_END_RE.finditer(head.rstrip()[:-1]))
    lead = head.rstrip()[ends[-1].end() if ends else 0:]
    # (就下一步工作，姚明提出了几点要求。一是要…: a sentence that announces the demands made is no work done, Part 58)
    return bool(lead.strip()) and asp.narrates_done(lead) and asp.lead_in_aspect(lead) != asp.RECOMMENDATION


#: A line that names the cited document the lines under it excerpt (``文件來源：某省委給縣委的信（1928年3月）``,
#: ``**文件出處：…**``): a history column's or an anthology's table of quoted documents. Anchored at a line start,
#: bounded. And a line that names the source of any material (``以上資料來源：《…》``, ``資料來源：…``), which ends an
#: excerpt.
_CITED_DOCUMENT_LINE = re.compile(r"^[ \t\u3000*>]*(?:文件|文獻|文献)(?:來源|来源|出處|出处)[:：]", re.M)
_SOURCE_LINE = re.compile(r"^[ \t\u3000*>]*[\u3400-\u9fff]{0,4}(?:來源|来源|出處|出处)[:：]", re.M)
#: Fewest cited-document lines that make a page's excerpts quotations (one may be a byline), and the most lines an
#: excerpt runs under its line (to a blank line or the next source line first).
CITED_DOCUMENTS_MIN = 2
CITED_EXCERPT_LINES = 16


@lru_cache(maxsize=8)
def cited_excerpt_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of ``text`` (offsets into it) that quote cited documents: the lines under each line naming
    a cited document (:data:`_CITED_DOCUMENT_LINE`: ``文件來源：…``), to the first blank line, the next line naming a
    source (:data:`_SOURCE_LINE`: ``以上資料來源：…``) or :data:`CITED_EXCERPT_LINES` lines, when the text holds at
    least :data:`CITED_DOCUMENTS_MIN` such lines. A directive quoted from a 1927 resolution (``內容摘要：應當儘量發動
    群眾…``) is the document's, not the author's recommendation (Part 73's negative 3874). Linear: one scan of the
    lines."""
    heads = [m.start() for m in _CITED_DOCUMENT_LINE.finditer(text)]
    if len(heads) < CITED_DOCUMENTS_MIN:
        return ()
    spans = []
    for h in heads:
        nl = text.find("\n", h)
        if nl < 0:
            continue
        pos, lines = nl + 1, 0
        while pos < len(text) and lines < CITED_EXCERPT_LINES:
            end = text.find("\n", pos)
            end = end if end >= 0 else len(text)
            if not text[pos:end].strip() or _SOURCE_LINE.match(text, pos, end):
                break
            pos, lines = end + 1, lines + 1
        if pos > nl + 1:
            spans.append((nl + 1, min(pos, len(text))))
    return tuple(spans)


#: Fewest consecutive paragraphs wholly in quotation marks, none attributed, that make a block quotation.
BLOCK_QUOTE_PARAGRAPHS = 3
_BLOCK_QUOTE_OPENERS = ("「", "“", "『")
_BLOCK_QUOTE_CLOSERS = ("」", "”", "』")


@lru_cache(maxsize=8)
def block_quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of ``text`` (offsets into it) of block quotations: runs of at least
    :data:`BLOCK_QUOTE_PARAGRAPHS` consecutive non-blank lines each wholly inside quotation marks (opening with ``「``
    or ``“`` and ending with the closing mark, a full stop at most after it: no speaker named after the quotation, as
    ``「…」他說。`` has), blank lines between them allowed, and no lead-in before the run (a line ending in a colon,
    ``他坦诚地指出了几个关键问题：``: the quotations are the list it announces, the speaker's points) unless that lead-in
    cites a titled document (``…《…指引》內容，重點包括：``). A report's guidance quoted paragraph after paragraph (the UN
    guidance a watchdog report cites, ``「必須在別無選擇的情況下，才使用…」``: Part 73's 3870) is the quoted text's, no
    point of the page. Linear: one scan of the lines."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    announced = False  # (whether a lead-in of a speaker's list stands before the run: 他指出了几个关键问题：)

    def close() -> None:
        if len(run) >= BLOCK_QUOTE_PARAGRAPHS and not announced:
            spans.append((run[0][0], run[-1][1]))
        run.clear()

    pos = 0
    previous = ""
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = nl if nl >= 0 else len(text)
        line = text[pos:end].strip()
        if line:
            body = line.rstrip("。.")
            if line.startswith(_BLOCK_QUOTE_OPENERS) and body.endswith(_BLOCK_QUOTE_CLOSERS):
                if not run:
                    # (a lead-in that cites a titled document, ``…《…指引》內容，重點包括：``, announces its text)
                    announced = previous.endswith(("：", ":")) and "《" not in previous
                run.append((pos, end))
            else:
                close()
            previous = line
        if nl < 0:
            break
        pos = nl + 1
    close()
    return tuple(spans)


#: Non-blank lines at an essay's head read for an epigraph (:func:`epigraph_speech_spans`): a title, then the quote.
EPIGRAPH_LINES = 3
#: Most characters of an epigraph's attribution before its colon (``习近平总书记在…时指出``).
EPIGRAPH_SPEAKER_CHARS = 30
#: Most characters of a title line above an epigraph.
EPIGRAPH_TITLE_CHARS = 40


@lru_cache(maxsize=8)
def epigraph_speech_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of ``text`` (an essay's text; offsets into it) of its epigraph: a line among its first
    :data:`EPIGRAPH_LINES` non-blank lines, after nothing but a title (lines of at most
    :data:`EPIGRAPH_TITLE_CHARS` characters with no sentence end) or other epigraph lines, that is wholly a
    speaker's quoted words: an attribution of at most :data:`EPIGRAPH_SPEAKER_CHARS` characters ending in a verb of
    saying (cue group ``epigraph_speech_verb``: ``指出``, ``强调``), a colon, and the quotation to the line's end
    (``某某指出：“要坚持…。”``; a markdown ``>`` block quote reads so once cleaned). An essay sets a leader's or a
    classic's words at its head as a motto: they are cited, not the author's own point (fix48). Constant work past
    the first lines (bounded)."""
    verbs = tuple(asp.lexicon().words("epigraph_speech_verb"))
    spans: list[tuple[int, int]] = []
    pos, seen = 0, 0
    while pos < len(text) and seen < EPIGRAPH_LINES:
        nl = text.find("\n", pos)
        end = nl if nl >= 0 else len(text)
        line = text[pos:end].strip()
        if line:
            seen += 1
            body = line.rstrip("。.")
            colon = min((k for k in (line.find("："), line.find(":")) if k >= 0), default=-1)
            if (0 < colon <= EPIGRAPH_SPEAKER_CHARS and line[:colon].endswith(verbs)
                    and not any(c in line[:colon] for c in "。！？“”「」")
                    and line[colon + 1:].lstrip().startswith(_BLOCK_QUOTE_OPENERS)
                    and body.endswith(_BLOCK_QUOTE_CLOSERS)):
                spans.append((pos, end))
            elif len(line) > EPIGRAPH_TITLE_CHARS or any(c in line for c in "。！？!?") or spans:
                break  # (prose, or a line after the epigraph: the essay has begun)
        if nl < 0:
            break
        pos = nl + 1
    return tuple(spans)


def in_cited_excerpt(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` falls in a quoted document's excerpt (:func:`cited_excerpt_spans`), in a
    block quotation (:func:`block_quote_spans`) or in an essay's epigraph of someone's words
    (:func:`epigraph_speech_spans`)."""
    for quoted in (block_quote_spans(text), epigraph_speech_spans(text)):
        k = bisect.bisect_right(quoted, (start, len(text) + 1)) - 1
        if k >= 0 and quoted[k][0] <= start < quoted[k][1]:
            return True
    spans = cited_excerpt_spans(text)
    k = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= start < spans[k][1]


def _neither_and_flips(text: str, out: dict[str, list[RawPoint]], cut: WordCut | None = None) -> None:
    """In place, over every path's points: drop those that state neither aspect
    (:func:`summarizer.aspects.states_neither`: a cited reference, a report of another party's words, an example,
    text about the text, narration of an event or achievement …) and the recommendations that propose no action
    (:func:`summarizer.aspects.states_no_measure`: a benefit, 要认识到…; :func:`summarizer.aspects.labels_work_done`:
    a label over narration of work done; :func:`summarizer.aspects.procedural_wish`: 希望大家踊跃发言) and the challenges that name only a topic
    (:func:`summarizer.aspects.states_no_problem`: 考核与激励), and move a challenge point that opens by
    recommending (``建议…``, ``严禁…``: :func:`summarizer.aspects.recommends_outright`) to the recommendations."""
    moved = []
    flipped = []  # recommendation points that state a shortcoming (:func:`summarizer.aspects.awaits_improvement`)
    for aspect in (asp.CHALLENGE, asp.RECOMMENDATION):
        keep = []
        for p in out[aspect]:
            ptext = text[point_start(text, p.start, p.end, cut):p.end]
            if asp.states_neither(ptext) or aspect == asp.RECOMMENDATION and asp.states_no_measure(ptext) \
                    and not p.done_fix and asp.concession_main(ptext) is None:
                continue  # (尽管采取了…措施，但却出现了…不降反增的情况: the concession's main clause is read below)
            if asp.told_proceedings(_sentence_head(text, p.start)):
                continue  # 刚才…讲得都非常全面和透彻，希望大家认真抓好落实，确保取得实效: a speech's opening formula (trialfix23b B)
            if aspect == asp.RECOMMENDATION and (asp.labels_work_done(ptext) or asp.procedural_wish(ptext)):
                continue  # 成立工作小组：我单位成立了…: a label over work done; 希望大家踊跃发言: a chair's procedure
            if aspect == asp.RECOMMENDATION and asp.reports_deed_done(ptext) and asp.concession_main(ptext) is None:
                continue  # …松辽委强化组织管理，成立了工作协调小组: a deed reported as done, no measure (prec40); a
                # concession's main clause (尽管采取了…措施，但却出现了…的情况) is read below
            if aspect == asp.RECOMMENDATION and _item_of_done_run(text, p.end - len(ptext)):
                continue  # 该问题已完成整改。一是…，今年已印发…: a run of items under a report of work done (p28prec)
            if aspect == asp.RECOMMENDATION and checked_criterion(text, p.end):
                continue  # 1.1 自筹款比例应不低于10% ⏎ 经查…为12%，符合规定: an audit checklist's criterion, checked (w68)
            if aspect == asp.RECOMMENDATION and _restriction_item(text, p.end, ptext):
                continue  # 设有三大关卡：1）申请人须先通过…审查: a rule listed as a barrier prescribes nothing
            if titles_both_aspects(ptext):
                continue  # …县巡察工作面临的问题困难及对策建议: a title (glued to the page's navigation), no point
            if asp.inside_quoted_testimony(text, p.end - len(ptext)):
                continue  # 以下观点具有代表性：“…其实经费是不足的，…”: testimony quoted as evidence (false20)
            if in_cited_excerpt(text, p.end - len(ptext)):
                continue  # 文件来源：…（1927年11月） ⏎ 内容摘要：应当…: a cited document's directive, quoted (w73)
            if asp.argues_no_point(ptext):
                continue  # 再看算法管理。/ 这种担心有一定道理，但… / 工会大有可为: a move of the argument
            if asp.reports_scholar_view(text, p.end - len(ptext), p.end):
                continue  # 有学者…认为当前政府仍然面临着A、B等困局: a literature review reports another's view
            if asp.inside_definition(text, p.end - len(ptext), p.end):
                continue  # X，又称…，是指…，增加就业，…的企业: the clauses of a definition (trialfix20)
            if aspect == asp.CHALLENGE and measure_target(text, p.end - len(ptext), p.end):
                continue  # 对不符合要求和质量不高等建议，要拿掉: the faults name what the measure acts on (weak22)
            if aspect == asp.CHALLENGE and _solved_by_measure(text, p, ptext):
                # …，为我所用，是化解矛盾、解决问题的捷径: a measure, its outcome names the problem (not a count of work
                # done whose outcome is the problem solved, 截至目前共交办工单179件，其中25件难题迎刃而解: corpus21)
                mtext = text[point_start(text, p.start, p.end, cut):p.end]
                if not (asp.states_neither(mtext) or asp.states_no_measure(mtext)
                        and asp.copula_solution_end(mtext) is None):  # (X是解决…的好方法 names no act, X is one)
                    moved.append(p)
                continue
            if asp.continues_work_done(text[max(0, p.end - len(ptext) - asp.DONE_CLAUSE_CHARS):p.end - len(ptext)],
                                       ptext):
                continue  # …加大了财政投入，进一步减轻居民负担: what work already done achieved
            if asp.opens_mid_clause(ptext) or asp.frame_only(ptext):
                continue  # …，是关系…的重大问题: a span cut after its subject states nothing on its own
            failing = failing_before(text, p.end - len(ptext)) if aspect == asp.CHALLENGE else None
            if failing is not None:
                p.start, p.end = failing  # …，未依约办理查验，致…发生缺失: the failing, not what it led to
                keep.append(p)
                continue
            if aspect == asp.RECOMMENDATION and asp.praise_verdict_end(ptext):
                continue  # …在社区医疗方面都有所突破，值得肯定: what a plan already does, judged worth praise
            if aspect == asp.CHALLENGE and (asp.states_no_problem(ptext) or asp.states_praise(ptext)
                                            or asp.states_relief(ptext)):
                continue  # a bare topic label (考核与激励): the problem is in its body; praise (这个建议非常好); the
                # relief a measure brings (一是可以缓解高考压力)
            if asp.praises_report(ptext):
                continue  # 总结成绩实事求是，分析问题深入透彻，部署工作措施有力: a meeting's praise of a report (trialfix20b)
            if aspect == asp.RECOMMENDATION and asp.examines_scope(ptext + _rest_of_sentence(text, p.end)):
                continue  # 采取听汇报…等方式，检查《条例》的…建设等情况: an inspection's scope, narrated (the point may
                # stop before the 情况 that ends its object: the rest of the sentence is read; corpus23)
            if aspect == asp.RECOMMENDATION and asp.significance_of(ptext, _rest_of_sentence(text, p.end)):
                continue  # 对于…，加强班子建设，提高凝聚力，具有重要意义: the clauses are what the verdict is about
            main = asp.concession_main(ptext) if aspect == asp.RECOMMENDATION else None
            if main is not None and not asp.holds_modal(ptext[main:]) and not asp.states_neither(ptext[main:]):
                # 尽管采取了…措施，但却出现了…: the measure granted was taken already; what went wrong despite it
                # (the main clause, which prescribes nothing itself) is the point, a shortcoming
                p.start = p.end - (len(ptext) - main)
                p.aspect = asp.CHALLENGE
                flipped.append(p)
                continue
            if aspect == asp.RECOMMENDATION and asp.awaits_improvement(ptext):
                p.aspect = asp.CHALLENGE  # 风险防范工作还需要加强: a shortcoming, stated as work still to be done
                flipped.append(p)
                continue
            if aspect == asp.CHALLENGE and asp.announces_sanction(ptext):
                p.aspect = asp.RECOMMENDATION  # 对整改不力的县区，还将实施问责: the faults are the sanction's target (p28prec)
                moved.append(p)
                continue
            if aspect == asp.CHALLENGE and asp.recommends_outright(ptext) and not asp.lists_restrictions(
                    text, p.end - len(ptext)) and not asp.faces_challenge_pair(ptext):
                # (设有三大关卡：1）申请人须年满七十岁；…: a rule listed as a barrier; 既面临…，也要应对…的挑战: what
                # lies ahead, its 也要 the parallel of 面临, k8384)
                if asp.states_no_measure(ptext):
                    continue  # 家家户户都必须面对养老的问题: its modal proposes nothing, the guard of a measure drops it
                p.aspect = asp.RECOMMENDATION
                moved.append(p)
                continue
            keep.append(p)
        out[aspect] = keep
    out[asp.RECOMMENDATION].extend(moved)
    out[asp.CHALLENGE].extend(flipped)


# an inline item's number before its words (1）, （2）, 3., ①)
_ITEM_NUMBER = re.compile(r"(?:[（(]?[0-9０-９]{1,2}[）).．、]|[①-⑳])\s*")


def _restriction_item(text: str, end: int, ptext: str) -> bool:
    """Whether a recommendation point ending at ``end`` in ``text`` (``ptext``: its text) is an item of an inline list
    whose lead-in names restrictions (:func:`summarizer.aspects.lists_restrictions`: ``申领照顾券设有三大关卡：1）申请人
    须年满七十岁；2）申请人须先通过家庭收入审查``), the point's lead-in and colon included or not: the item's 须/应
    (also before an adverb of order, ``须先``) words the rule the author holds to be a barrier, it prescribes nothing.
    An item that opens with an imperative or a remedy verb (``取消年龄门槛``) still proposes. Bounded: one look-back of
    :data:`summarizer.aspects.RESTRICTION_LOOKBACK` characters."""
    if not asp.lists_restrictions(text, end):
        return False
    item = ptext[max(ptext.rfind("："), ptext.rfind(":")) + 1:].lstrip()
    m = _ITEM_NUMBER.match(item)
    item = item[m.end():] if m else item
    return not (asp.starts_imperative(item) or asp.opens_with_remedy(item))


def _solved_by_measure(text: str, p: RawPoint, ptext: str) -> bool:
    """Whether the challenge point ``p`` (``ptext``: its text without a leading connective) is a measure whose last
    clause, in the point or in the rest of its sentence, says the problem is solved by it
    (:func:`summarizer.aspects.solution_outcome_at`: ``借鉴其他地方的先进经验和做法，为我所用，是化解矛盾、解决问题的
    捷径``). If so, ``p`` becomes a recommendation, cut before that outcome clause when the point holds it. Linear in
    the point and the bounded rest of its sentence."""
    rest = _rest_of_sentence(text, p.end)
    cut = asp.solution_outcome_at(ptext + rest)
    if cut is None:
        way = asp.copula_solution_end(ptext)
        if way is None:
            return False
        # 平台化是化解该困境的有效途径; 把空置的房屋改造或许是一个解决…问题的好方法，值得想想: its subject is the way to
        # solve the problem, a measure; the point ends with that clause (p27prec)
        p.aspect = asp.RECOMMENDATION
        p.end = p.end - len(ptext) + way
        return True
    p.aspect = asp.RECOMMENDATION
    if cut <= len(ptext):
        p.end = p.end - len(ptext) + cut - 1  # (at the comma before the outcome clause)
    return True


#: Most characters read after a point for the rest of its sentence (:func:`_rest_of_sentence`).
REST_OF_SENTENCE_CHARS = 120
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}\n]")
#: The characters :data:`_SENTENCE_END_RE` matches, each one sentence end (:func:`_sentence_head`).
_SENTENCE_END_CHARS = SENTENCE_END + "\n"


def _rest_of_sentence(text: str, end: int) -> str:
    """The text from offset ``end`` of ``text`` to the end of its sentence (。！？ or a line break, excluded), at most
    :data:`REST_OF_SENTENCE_CHARS` characters (bounded: a point's guard reads a constant window)."""
    window = text[end:end + REST_OF_SENTENCE_CHARS]
    m = _SENTENCE_END_RE.search(window)
    return window[:m.start()] if m else window


def _colon_list(text: str, sentences: list[Sentence], aspect: str, max_chars: int, scores=None) -> list[RawPoint]:
    """Items of an unmarked list announced by a lead-in inside one sentence: ``存在以下问题：物流成本高；人才匮乏；
    品牌意识薄弱。`` gives one point per ``；``-separated item after the colon, each scored as its sentence (``scores``,
    parallel to ``sentences``: the TextRank centrality the README promises; 0.0 when not given)."""
    out: list[RawPoint] = []
    for k, s in enumerate(sentences):
        colon = _first_colon(text, s.start, s.end)
        if colon < 0 or text[colon + 1:colon + 2] in "“「『\"'":
            continue  # a colon before a quotation introduces speech, not a list
        lead = text[s.start:colon + 1]
        # the lead-in must announce a list (以下/如下…): "…提出了相关指示：" followed by a quotation does not
        if not asp.has_cue(lead, "lead_in") or asp.lead_in_aspect(lead) != aspect:
            continue
        a = colon + 1
        for i in range(colon + 1, s.end + 1):
            if i == s.end or text[i] in "；;":
                pa, pb = shape(text, a, i, max_chars)
                if pb > pa:
                    out.append(RawPoint(aspect, pa, pb, float(scores[k]) if scores is not None else 0.0))
                a = i + 1
    return out


def _rank_pick(structure: Structure, cands, scores, aspect: str, max_chars: int, k: int, front_bonus: bool = False) -> list[RawPoint]:
    """The ``k`` best-scored candidate sentences (MMR over their character bigrams), as cue windows.

    With ``front_bonus``, a sentence whose first clause carries the aspect's cue (a heading glued to its
    paragraph puts the cue up front: ``社区工作队伍单薄,…``) counts three times, one that states the aspect as
    prose does (:func:`summarizer.aspects.prose_aspect`) ten times (measured better than three on the aspect
    corpora)."""
    if not cands:
        return []
    if len(cands) == 1:  # one candidate: MMR picks it (weights and redundancy decide nothing)
        i, s = cands[0]
        return [RawPoint(aspect, a, b, float(scores[i]))
                for a, b in _sentence_parts(structure, marker_end(structure, s.start), s.end, aspect, max_chars)
                if not (aspect == asp.RECOMMENDATION and asp.narrates_diligent_work(structure.text[a:b]))]
    weights = [float(scores[i]) * ((10.0 if _prose_statement(s.text) == aspect else
                                    3.0 if asp.front_aspect(s.text) == aspect else 1.0) if front_bonus else 1.0)
               for i, s in cands]
    if len(cands) > MMR_POOL:  # MMR compares the best-weighted MMR_POOL candidates (ties by position)
        keep = sorted(sorted(range(len(cands)), key=lambda j: (-weights[j], j))[:MMR_POOL])
        cands, weights = [cands[j] for j in keep], [weights[j] for j in keep]
    token_lists = [[s.text[j:j + 2] for j in range(len(s.text) - 1)] or [s.text] for _, s in cands]
    sim = redundancy_matrix(token_lists)
    picked = mmr_select(weights, sim, k=min(k, len(cands)))
    out = []
    for j in picked:
        i, s = cands[j]
        for a, b in _sentence_parts(structure, marker_end(structure, s.start), s.end, aspect, max_chars):
            if aspect == asp.RECOMMENDATION and (asp.opens_perfective(structure.text[a:b])
                                                 or asp.narrates_diligent_work(structure.text[a:b])):
                continue  # (建立完善了…文件，推动…: a clause that narrates a measure taken is no advice; Part 54's 2979;
                # 中心积极与…沟通协调，…，确保…: an actor's diligent work told, k8384)
            out.append(RawPoint(aspect, a, b, float(scores[i])))
    return out


def _sentence_parts(structure: Structure, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """:func:`prose_parts` of ``structure.text``, remembered per structure (the prose and the fallback paths of
    :func:`extract_points` pick the same sentence for the same aspect); the list is shared: read it, do not change
    it."""
    memo = getattr(structure, "_parts_memo", None)
    if memo is None:
        memo = structure._parts_memo = {}  # type: ignore[attr-defined]
    key = (start, end, aspect, max_chars)
    parts = memo.get(key)
    if parts is None:
        parts = memo[key] = prose_parts(structure.text, start, end, aspect, max_chars)
    return parts


def in_place_list_items(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """The items (offsets into ``text``) of each sentence of the body ``[start, end)`` that lists items of ``aspect``
    after a listing word and no colon (:func:`_in_place_list`: ``议员建议…，并列出11项措施，包括A；B；C。``), cut as
    prose is (:func:`prose_parts`); a sentence that gives fewer than two gives none. The body is split at sentence
    ends and line breaks; each sentence is read a bounded number of times: linear."""
    out: list[tuple[int, int]] = []
    a = start
    for k in range(start, end + 1):
        if k < end and text[k] not in _SENT_END and text[k] != "\n":
            continue
        if k - a > 1 and _in_place_list(text, a, k, aspect):
            spans = prose_parts(text, a, k, aspect, max_chars)
            if len(spans) >= 2:
                out.extend(spans)
        a = k + 1
    return out


def _in_place_list(text: str, start: int, end: int, aspect: str) -> bool:
    """Whether the sentence ``text[start:end]`` holds no colon and lists items of ``aspect`` after a listing word
    (:func:`_listing_aspect` over :func:`_list_lead_end`: ``议员建议…，并列出11项措施，包括A；B；C``). Linear."""
    return _first_colon(text, start, end) < 0 and _listing_aspect(text, start, end) == aspect


def _listing_aspect(text: str, start: int, end: int) -> str | None:
    """The aspect of a prose sentence ``[start, end)`` that is a lead-in and its list at once: a lead that names the
    aspect and announces a list (:func:`summarizer.aspects.lead_in_aspect`: ``外判工面对不少问题，包括：``), a
    colon, then at least two ``；``-separated items. None for any other sentence (a colon before a quotation
    introduces speech)."""
    colon = _list_lead_end(text, start, end)
    if colon < 0 or text[colon + 1:colon + 2] in "“「『\"'" and not _QUOTED_LABELS.match(text, colon + 1, end):
        return None
    if _PART_RE.search(text, colon + 1, end) is None:
        return None
    aspect = asp.lead_in_aspect(text[start:colon + 1])
    return aspect if aspect in (asp.CHALLENGE, asp.RECOMMENDATION) else None


#: Short quoted labels separated by ；, the whole rest of a sentence after a lead-in's colon (``三个主要病因，分别是：
#: 「有目标、没方法」；「想努力、无重点」。``): a list of named items, not a quoted speech (corpus21b). At most
#: :data:`QUOTED_LABEL_CHARS` characters a label; anchored at both ends, bounded: linear.
QUOTED_LABEL_CHARS = 20
_QUOTED_LABELS = re.compile(r"\s{0,2}(?:[“「『][^“”「」『』\n]{1,%d}[”」』]\s{0,2}[；;]\s{0,2})+"
                            r"[“「『][^“”「」『』\n]{1,%d}[”」』]\s{0,2}[。.！!]?\s*$" % (QUOTED_LABEL_CHARS, QUOTED_LABEL_CHARS))


#: Marks that separate the parts of one prose sentence that each state a point (；, and the colon after a lead-in).
_PART_END = "；;"
_PART_RE = re.compile(f"[{_PART_END}]")
_COLON_RE = re.compile("[：:]")


def _first_colon(text: str, start: int, end: int) -> int:
    """Offset of the first ``：``/``:`` of ``text[start:end]``, or -1 (one C-level scan)."""
    m = _COLON_RE.search(text, start, end)
    return m.start() if m else -1


#: A listing word right after a clause's comma that opens a ``；``-list in place of a colon (``…并列出11项措施，包括A；
#: B；C``, ``…面临不少问题，包含A；B``). Bounded: linear.
_COMMA_LISTING_WORD = re.compile(r"[，,]\s{0,2}(?:其中包括|当中包括|包括|包含|分别是|分别为)(?=[^：:\s])")


def _list_lead_end(text: str, start: int, end: int) -> int:
    """Offset of the last character of the lead of an unmarked list inside the sentence ``text[start:end]``: its
    first colon (:func:`_first_colon`), or, where it has none, the listing word after a comma
    (:data:`_COMMA_LISTING_WORD`: ``…并列出11项措施，包括A；B；C``) when a ``；`` follows that word in the sentence
    (a news item lists a speaker's proposals so, the listing word standing for the colon: Part 65's 3381); else -1.
    The items start right after the offset. Linear (two C-level scans)."""
    colon = _first_colon(text, start, end)
    if colon >= 0:
        return colon
    view = simplified_view(text[start:end])  # (same length: 包括 of 包括, 分別 read as 分别)
    m = _COMMA_LISTING_WORD.search(view) if "包" in view or "分别" in view else None
    if m is None or _PART_RE.search(text, start + m.end(), end) is None:
        return -1
    return start + m.end() - 1


def prose_parts(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """The point spans of one prose sentence ``[start, end)`` of ``aspect``.

    News and 申论 prose pack several problems (or measures) into one sentence, one per ``；``-separated part
    (``监管部门众多，责任不清晰；缺乏公众参与的监督机制，……``), often after a lead-in that names them
    (``外判工面对不少问题，包括：没有休息地方；设备不齐全；……``). When at least two parts each carry the aspect's
    cue (a shortcoming predicate, :func:`summarizer.aspects.challenge_strength`, or a measure,
    :func:`_states_measure`), each such part is a point (cut to its cue clauses, :func:`cue_window`); after a
    lead-in that names the aspect (:func:`summarizer.aspects.lead_in_aspect`) every part is. A problem sentence longer
    than ``max_chars`` whose parts joined by a connective of addition (:data:`_PROBLEM_JOIN`: ，并且…) each state a
    problem gives one point per part. Otherwise the sentence gives one point, its cue window. One pass over the
    sentence."""
    start += asp.news_said_start(text[start:end])  # 李先生指出，…: the point is the reported words (issue 8)
    question = asp.question_lead(text[start:end])
    if question:
        # (如何才能…呢，关键是要…: the question ends at its 呢 as at a question mark; a proposal asked so is the point,
        # else the statement after a question that opens the sentence is; lefts23a)
        if aspect == asp.RECOMMENDATION and asp.asks_for_measure(question):
            qa, qb, _qc = asp.question_clause(text[start:end])
            a, b = _trim(text, start + qa, start + qb)
            return [shape(text, a, b, max_chars)] if b > a else []
        start += asp.question_lead_end(text[start:end])
    a0 = start
    colon = _list_lead_end(text, start, end)
    listed = False
    if colon >= 0 and text[colon + 1:colon + 2] not in "“「『\"'":
        lead = text[start:colon + 1]
        # (经费不足：… among sibling labelled lines is an item with its label, no lead-in: labelled_line_item)
        if asp.lead_in_aspect(lead) == aspect and not labelled_line_item(text, start):
            a0, listed = colon + 1, True
    if not listed and colon >= 0 and aspect == asp.CHALLENGE and asp.cue_pattern("distributive_subject").match(text, colon + 1):
        # (部分地方存在…的现象：有的单位A；有的干部B；…: the lead-in sums up the run of faults after it, which states them
        # one subject a part; userfix19 F10)
        after = [colon + 1] + [m.end() for m in _PART_RE.finditer(text, colon + 1, end)] + [end]
        if _distributive_run(text, [_trim(text, x, y) for x, y in zip(after, after[1:])]):
            a0 = colon + 1
    bounds = [a0] + [m.end() for m in _PART_RE.finditer(text, a0, end)] + [end]
    parts = [(x, y) for x, y in zip(bounds, bounds[1:]) for ta, tb in (_trim(text, x, y),) if tb > ta]
    ordinals = len(parts) >= 2 and all(_ORDINAL_LEAD.match(text, _trim(text, x, y)[0])
                                       or _PART_ITEM_LEAD.match(text, _trim(text, x, y)[0]) for x, y in parts[1:])
    if ordinals:
        # (第一，A；第二，B；第三，C in one sentence: a list the ordinals number; each part that states the aspect is a
        # point, else the first part alone: never one window across the next ordinal; lefts23a; so are item numbers,
        # ``检查一下：1、A；2、B``, and ordinals with 是, ``第二是A；第三是B``: w66b, Part 66's 3480, 3454)
        parts = [(_list_part_start(text, *_trim(text, x, y)), y) for x, y in parts]
        x, y = parts[0]
        colon_at = _first_colon(text, x, y)
        if colon_at >= 0 and _PART_ITEM_NUMBER.match(text, colon_at + 1, y):
            # (检查一下：1、A；2、B: the first item opens after the lead's colon, the lead is no part of it)
            parts[0] = (_list_part_start(text, colon_at + 1, y), y)
    elif len(parts) >= 2 and all(_EXAMPLE_LEAD.match(text, _trim(text, x, y)[0]) for x, y in parts):
        # (…常有问题误区：比如，A；再如，B。 a list whose items each open with a marker of an example: the item is the
        # point, the marker no part of it; weak24)
        parts = [(_EXAMPLE_LEAD.match(text, _trim(text, x, y)[0]).end(), y) for x, y in parts]
    if len(parts) >= 2 and (listed or ordinals or not asp.excludes_prose(text[start:end])):
        # (a sentence that reports what others said, 某某指出了…；…, stays one window)
        score = _part_states_problem if aspect == asp.CHALLENGE else _states_measure
        # (each part of a run of reports opens with its own speaker, 有企业反映，A；有企业反映，B；还有企业提出，…: the part
        # is the reported words, read as prose too; trial19 F5)
        framed = [(x, x + _reported_words_start(text[x:y]), y) for x, y in parts]
        # (a run of faults each told of a different subject, 有的地方…；有的干部…；有的部门…: every part of the run is a
        # problem, though its own words may only describe the practice; userfix19 F10)
        run = _distributive_run(text, parts) if aspect == asp.CHALLENGE else set()
        stated = [(w, y) for x, w, y in framed if listed or x in run or score(text[w:y])
                  or w > x and asp.prose_aspect(text[w:y]) == aspect]
        # (two parts or more with a speaker of their own are separate reports: one that states the aspect is a point
        # of its own, no window across the ；into the next report)
        reports = sum(w > x for x, w, _y in framed) >= 2
        if ordinals and len(stated) < 2 and not reports:
            stated = stated or parts[:1]
        if len(stated) >= 2 or reports and stated or ordinals:
            spans = [span for x, y in stated
                     for span in (problem_run_chunks(text, x, y, aspect, max_chars)
                                  or _with_overflow(text, _whole_items(text, x, y, aspect, max_chars), y, aspect,
                                                    max_chars, True))]
            return [(x, y) for x, y in spans if y > x]
    if aspect == asp.CHALLENGE and end - a0 > max_chars:
        # (…面临着A、B等问题，并且一些小区的后续管理不到位，导致…: two problems joined past the longest point, one
        # point each, or the cut drops the second one's words; trialfix21b K7)
        # (不仅…，而且…: one statement in two correlated clauses, no second problem)
        cuts = [] if _CORRELATIVE_OPENER.search(text, a0, end) else [
            m.start() for m in _PROBLEM_JOIN.finditer(text, a0, end)]
        segs = [_trim(text, x, y) for x, y in zip([a0] + cuts, cuts + [end])]
        if len(segs) >= 2 and all(b > a and _states_problem(text[a:b]) for a, b in segs):
            return [w for a, b in segs
                    for w in _with_overflow(text, _whole_items(text, a, b, aspect, max_chars), b, aspect, max_chars)]
    chunks = problem_run_chunks(text, start, end, aspect, max_chars)
    if chunks:
        return chunks
    return _with_overflow(text, _whole_items(text, start, end, aspect, max_chars), end, aspect, max_chars)


#: A comma and a connective that adds a second statement (，并且…, ，而且…, ，同时…, ，此外…): where a long sentence
#: of two problems is cut into two points (:func:`prose_parts`).
_PROBLEM_JOIN = re.compile(r"(?<=[，,])\s{0,2}(?:并且|而且|同时|此外|另外)")
#: The first word of a correlative pair (不仅…而且…): a sentence that holds one is not cut at :data:`_PROBLEM_JOIN`.
_CORRELATIVE_OPENER = re.compile(r"不仅|不但|不只|不光|不单")


def _with_overflow(text: str, window: tuple[int, int], end: int, aspect: str, max_chars: int,
                   in_run: bool = False) -> list[tuple[int, int]]:
    """``[window]`` and the :func:`overflow_windows` of the rest of its sentence up to ``end``; ``[]`` for an empty
    window. ``in_run``: the sentence is a ``；``-run of problems (:func:`prose_parts`)."""
    a, b = window
    return [(a, b)] + overflow_windows(text, b, end, aspect, max_chars, in_run) if b > a else []


#: Most further points :func:`overflow_windows` takes from the rest of one sentence.
OVERFLOW_POINTS = 2


def overflow_windows(text: str, start: int, end: int, aspect: str, max_chars: int,
                     in_run: bool = False) -> list[tuple[int, int]]:
    """The cue windows (:func:`cue_window`) of the rest ``[start, end)`` of a prose sentence whose first window ended
    at ``start`` (offsets into ``text``) because the sentence is longer than ``max_chars``: a clause after the window
    that states the aspect again opens a point of its own, up to :data:`OVERFLOW_POINTS` of them; ``[]`` when no clause
    of the rest does. For a measure the clause carries a strong modal (:func:`summarizer.aspects.strong_modal`:
    ``…在总结各地好的经验做法基础上，| 中央各有关部门应尽早研究出台相关政策``); a problem's rest is read only when
    ``in_run``, inside a part of a ``；``-run of problems (``…公共房屋供应量不足，兴建进度遥遥无期，| 城市总体规划迟迟未有
    出台；交通问题…``), where the clause states a problem (:func:`_states_problem`). Each window starts after the last: linear in
    the sentence."""
    if aspect != asp.RECOMMENDATION and not in_run:
        return []
    score = asp.strong_modal if aspect == asp.RECOMMENDATION else _states_problem
    out: list[tuple[int, int]] = []
    while len(out) < OVERFLOW_POINTS:
        a0, b0 = _trim(text, start, end)
        if b0 - a0 < MIN_POINT_CHARS:
            break
        bounds = [a0] + [i + 1 for i in range(a0, b0) if text[i] in _CLAUSE_END and not is_token_colon(text, i)] + [b0]
        first = next((x for x, y in zip(bounds, bounds[1:]) if score(text[x:y])), None)
        if first is None:
            break
        a, b = cue_window(text, first, b0, aspect, max_chars)
        if b <= a:
            break
        out.append((a, b))
        start = b
    return out


#: Fewest ``；``-parts opening with a distributive subject (``有的…；有的…``) that make a run of faults.
DISTRIBUTIVE_RUN_PARTS = 2


def _distributive_run(text: str, parts: list[tuple[int, int]]) -> set[int]:
    """Start offsets (into ``text``) of the ``；``-parts of one prose sentence that open with a distributive subject
    (``distributive_subject`` cue group: ``有的地方把A当成B；有的干部C；有的部门D``) when at least
    :data:`DISTRIBUTIVE_RUN_PARTS` parts do, else an empty set. 申论 prose lists faults this way, one subject a part,
    each part one problem (the subject is the point's, so the part is kept whole). Linear in the parts."""
    opener = asp.cue_pattern("distributive_subject")
    run = {x for x, y in parts if opener.match(text, _trim(text, x, y)[0])}
    return run if len(run) >= DISTRIBUTIVE_RUN_PARTS else set()


def _reported_words_start(part: str) -> int:
    """Offset in ``part`` (one ``；``-part of a prose sentence) where its reported words begin when it opens with a
    speaker and a reporting verb of its own that is no authority's (:func:`summarizer.aspects.news_aspect` framed,
    :func:`summarizer.aspects.news_frame_end`: ``有企业反映，园区周边道路拥堵…``), else 0."""
    return asp.news_frame_end(part)


#: Fewest comma-joined clauses of a run of problems that :func:`problem_run_chunks` cuts into chunks.
PROBLEM_RUN_CLAUSES = 3
#: Most characters of one clause of such a run (a finding a clause: ``财政收支矛盾较大``).
RUN_CLAUSE_CHARS = 20


def problem_run_chunks(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """The chunks of a run of terse comma-joined problem clauses too long for one point, or ``[]``.

    A work report or an inspection's findings state one problem a clause and join them with commas
    (``经济增长内生动力仍需增强，部分行业产能过剩严重，一些企业生产经营困难较多，…，经济金融风险隐患不容忽视``): a window
    of ``max_chars`` characters (:func:`cue_window`) keeps only some of them. When ``aspect`` is the challenge, the
    span ``[start, end)`` (offsets into ``text``) is longer than ``max_chars`` once trimmed, holds no colon, and splits
    at ``，``/``,`` into at least :data:`PROBLEM_RUN_CLAUSES` clauses of at most :data:`RUN_CLAUSE_CHARS` characters
    each, none opening a cause (``由于…``), of which at least half state a problem (:func:`_states_problem`, or a
    shortfall at the clause's end, :func:`summarizer.aspects.states_shortfall`: ``…能力有待提升``; a consequence,
    :data:`_CONSEQUENCE`, states none) and none that states none opens with a modal, an imperative or a remedy verb,
    the clauses from the first that states a problem on (a setting before it, ``从调研情况看``, is left out) are grouped
    in order into chunks of at most ``max_chars`` characters each; a chunk none of whose clauses states a problem is
    left out. One pass over the span: linear."""
    if aspect != asp.CHALLENGE:
        return []
    a0, b0 = _trim(text, start, end)
    if b0 - a0 <= max_chars or _first_colon(text, a0, b0) >= 0:
        return []
    bounds = [a0] + [m.end() for m in _COMMA_RE.finditer(text, a0, b0)] + [b0]
    clauses = [_trim(text, x, y) for x, y in zip(bounds, bounds[1:])]
    clauses = [(x, y) for x, y in clauses if y > x]
    if len(clauses) < PROBLEM_RUN_CLAUSES or any(
            y - x > RUN_CLAUSE_CHARS or text.startswith(_CAUSE_OPENERS, x) for x, y in clauses):
        return []  # (a finding a clause is terse; a long clause narrates, reports or argues; 由于…，导致…: one argument)
    states = [(_states_problem(text[x:y]) or asp.states_shortfall(text[x:y])) and not _CONSEQUENCE.search(text[x:y])
              for x, y in clauses]
    if 2 * sum(states) < len(clauses) or any(
            not stated and (asp.modal_strength(text[x:y]) or asp.opens_with_remedy(text[x:y]))
            for (x, y), stated in zip(clauses, states)):
        return []  # (统筹…仍有差距 opens with a verb and states a problem: still one of the run)
    lead = states.index(True)  # (从调研情况看，…: a setting before the first problem is no part of a chunk)
    clauses, states = clauses[lead:], states[lead:]
    chunks, first, stated = [], clauses[0][0], False
    for k, (x, y) in enumerate(clauses):
        if k and y - first > max_chars:
            if stated:
                chunks.append(shape(text, first, clauses[k - 1][1], max_chars))
            first, stated = x, False
        stated = stated or states[k]
    if stated:
        chunks.append(shape(text, first, clauses[-1][1], max_chars))
    return [(x, y) for x, y in chunks if y > x]


_COMMA_RE = re.compile("[，,]+")


def _part_states_problem(part: str) -> bool:
    """Whether one ``；``-separated part of a prose sentence states a problem: a shortcoming predicate
    (:func:`summarizer.aspects.challenge_strength`), or commentary's verdict words (a set-phrase verdict,
    :func:`summarizer.aspects.states_verdict`: ``君不见，公营医疗千疮百孔…；君不见，…荡然无存``)."""
    return bool(asp.challenge_strength(part)) or asp.states_verdict(part)


#: Verbs after which a clause lists its items with ``、`` (``存在的问题包括A、B、C等``).
_LISTING_VERB = re.compile(r"包括|包含|涵盖|主要有|主要是|主要表现为|表现为|集中在")
#: Fewest characters of one ``、`` item split off as a point of its own (``人力、物力`` are no points).
ENUM_ITEM_CHARS = 4
_ENUM_TAIL = re.compile(r"(?:等等|等)(?:问题|方面|现象|情况|困难|短板|不足|措施|举措|建议)?$")


#: A count that closes a ``、`` list and names its items (``…与C三个方面的困境``, ``…和C两大难题``, ``…等四点建议``): an
#: optional 等, a numeral of two to ten, a measure word, an optional 的 and at most six characters of the noun. Bounded;
#: matched at the end of the list's last item (:func:`counted_tail`).
_COUNTED_TAIL = re.compile(r"(?:等)?(?P<n>[两二三四五六七八九十2-9])(?:个方面|方面|个层面|层面|个|大|点|项|类|种|重)的?"
                           r"(?P<noun>[^、，,。；;：:！？!?\s]{0,6})$")
_NUMERALS = CN_DIGITS | {"两": 2} | {str(i): i for i in range(2, 10)}
#: The conjunctions that join the last two items of a counted list (``A、B与C三个方面``).
_LAST_ITEM_JOIN = re.compile("以及|和|与|及|跟|與")


def counted_tail(text: str, x: int, y: int) -> tuple[int, int, str] | None:
    """``(count, tail_start, noun)`` of the count that ends the list item ``text[x:y]`` (:data:`_COUNTED_TAIL`:
    ``设备用不好与群众信不过三个方面的困境`` -> ``(3, offset of 三, "困境")``), or None when the item ends in no count
    or the count takes the whole item. Offsets into ``text``. Linear in the item."""
    m = _COUNTED_TAIL.search(text[max(x, y - 16):y])
    if m is None:
        return None
    tail = max(x, y - 16) + m.start()
    return (_NUMERALS[m.group("n")], tail, m.group("noun")) if tail > x else None


def enumeration_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``、``-separated items of ``text[start:end]``, each trimmed of punctuation and white space, a trailing ``等``
    (``等问题``, :data:`_ENUM_TAIL`) left out: offsets into ``text``. A count that closes the list (``A、B与C三个方面的
    困境``: :func:`counted_tail`) is left out too, and when it counts one item more than the ``、`` give, the last item
    is split at its one conjunction (``B与C``: :data:`_LAST_ITEM_JOIN`; kinds32). One pass over the span."""
    bounds = [start] + [k + 1 for k in range(start, end) if text[k] == "、"] + [end + 1]
    items = []
    for x, y in zip(bounds, bounds[1:]):
        x, y = _trim(text, x, y - 1)
        tail = _ENUM_TAIL.search(text, x, y) if y > x else None
        if tail and tail.start() > x:
            y = tail.start()
        items.append((x, y))
    return split_counted_last(text, items)


def split_counted_last(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``items`` (``[start, end)`` offsets into ``text`` of a ``、`` list's items, in order) with the count that closes
    the list left out of the last one (:func:`counted_tail`: ``…与C三个方面的困境``), and the last item split at its one
    conjunction (:data:`_LAST_ITEM_JOIN`: ``B与C``) when the count names one item more than ``items`` holds; ``items``
    unchanged when fewer than two or no count closes them (kinds32). Linear in the last item."""
    counted = counted_tail(text, *items[-1]) if len(items) >= 2 else None
    if counted is None:
        return items
    items = list(items)
    x, y = items[-1][0], counted[1]
    joins = list(_LAST_ITEM_JOIN.finditer(text, x, y))
    items[-1] = _trim(text, x, y)
    if counted[0] == len(items) + 1 and len(joins) == 1:
        j = joins[0]
        items[-1:] = [_trim(text, x, j.start()), _trim(text, j.end(), y)]
    return items


def _past_example_lead(text: str, x: int, y: int) -> tuple[int, int]:
    """The first item ``[x, y)`` of a ``、`` enumeration (offsets into ``text``) without the words before and including
    an example lead that opens the list (``enumeration_example_lead`` cue group: ``存在诸如操作性不强、手段不多等缺陷``
    -> ``操作性不强``): the lead and what stands before it belong to the frame every item shares, as the trailing 等
    does. The last lead in the item counts; an item of fewer than :data:`ENUM_ITEM_CHARS` characters after it keeps
    the item whole. Linear in the item (p31struct, Part 31 kind U)."""
    item = text[x:y]
    cut = max((item.rfind(w) + len(w) for w in asp.lexicon().words("enumeration_example_lead") if w in item),
              default=-1)
    if cut < 0 or y - (x + cut) < ENUM_ITEM_CHARS:
        return x, y
    return _trim(text, x + cut, y)


def enumeration_items(text: str, start: int, end: int, aspect: str, max_chars: int) -> list[tuple[int, int]]:
    """The items of a ``、`` enumeration in the clause of ``[start, end)`` that holds the most ``、``, one point each,
    or ``[]``.

    A prose sentence may pack several problems or measures into one clause, separated by ``、``
    (``……存在的问题包括A有待提升、缺少B、C不明晰等``; ``慈善组织要规范内部治理、做好信息公开、增强公众沟通``): read as one
    window it is cut at ``max_chars`` and loses its last items. The clause is split when it has at least two
    ``、`` items of :data:`ENUM_ITEM_CHARS` characters or more and either a listing verb (:data:`_LISTING_VERB`)
    after a cue of the aspect comes before the first item (every item is then a point, the list starting after the
    verb), or a count closes the list that counts its items and names the aspect (``面临着A、B与C三个方面的困境``:
    :func:`counted_tail`), or every item states the aspect itself (a shortcoming predicate; a measure: a modal or an
    imperative opening; the first item may hold the subject and the modal the items share). A trailing ``等``
    (``等问题``) is no part of the last item. One pass over the span."""
    # the clause with the most 、 (clauses end at ，；：。)
    best, best_n, a = None, 0, start
    for k in range(start, end + 1):
        if k == end or text[k] in "，,；;：:。！？!?\n":
            n = text.count("、", a, k)
            if n > best_n:
                best, best_n = (a, k), n
            a = k + 1
    if best is None or best_n < 1:
        return []
    ca, cb = best
    first = text.find("、", ca, cb)
    lead = text[ca:first]
    m = None
    for m in _LISTING_VERB.finditer(lead):
        pass
    listed = False
    if m is not None:
        head = text[start:ca + m.end()]
        listed = any(cue == aspect for _, cue in asp.heading_cues(head[-40:]))
        if listed:
            ca = ca + m.end()
    items = enumeration_spans(text, ca, cb)
    if len(items) >= 2:
        items[0] = _past_example_lead(text, *items[0])
    if any(y - x < ENUM_ITEM_CHARS for x, y in items):
        return []
    if len(items) < 2:
        return []
    counted = counted_tail(text, ca, cb)
    if counted is not None and counted[0] == len(items) and any(
            cue == aspect for _, cue in asp.heading_cues(counted[2])):
        listed = True  # (面临着A、B与C三个方面的困境: the count and its noun say what every item is; kinds32)
    # (应从A、B、C等方面着手: a modal before the first item and a 方面 frame after the last govern every item)
    framed = False
    if aspect == asp.RECOMMENDATION and asp.has_cue(text[items[0][0]:items[0][1]], "modal"):
        x, y = items[-1]
        k = min((i for i in (text.find(f, x, y) for f in _ASPECTS_FRAME) if i > x), default=-1)
        if k - x >= ENUM_ITEM_CHARS:
            items[-1], framed = (x, k), True  # (the last item ends at the frame: 厚植内生领导力|等方面寻求破解之道)
    if not listed and not framed:
        for n, (x, y) in enumerate(items):
            item = text[x:y]
            if aspect == asp.CHALLENGE and not asp.challenge_strength(item):
                return []
            # (the first item may carry the subject and the modal that all items share: 慈善组织要规范内部治理、做好…)
            if aspect == asp.RECOMMENDATION and not (_states_measure(item) or asp.starts_imperative(item)
                                                     or n == 0 and asp.has_cue(item, "modal")):
                return []
    return [shape(text, x, y, max_chars) for x, y in items]


#: The frame after the last item of an enumeration of the directions a measure takes (``应从A、B、C等方面寻求破解之道``).
_ASPECTS_FRAME = ("等方面", "等几个方面", "等多个方面", "几个方面", "等维度")


#: The predicate that sums up a ``、`` enumeration before it (``A、B、C……都是他们提出过的一些具体建议``): an optional
#: ``等``/ellipsis, an optional 都/均/皆, a copula, then at most 24 characters ending the clause (the aspect noun is
#: read off them: :func:`summed_enumeration`).
_SUMMED_TAIL = re.compile(r"(?:等等|等|…{1,6}|\.{3,6})?\s{0,2}(?:都|均|皆|全)?(?:是|属于|为)(?P<what>[^，,。；;！？!?、]{1,24})$")
#: Fewest ``、`` items of an enumeration that a summing predicate turns into points.
SUMMED_ITEMS = 3


def summed_enumeration(text: str, start: int, end: int, max_chars: int) -> tuple[str | None, list[tuple[int, int]]]:
    """``(aspect, item spans)`` of a sentence ``[start, end)`` (offsets into ``text``) that opens with a ``、``
    enumeration and then sums it up as problems or as measures (``取消A、取消B、扩大C……都是他们提出过的具体建议``;
    ``A、B、C等都是当前面临的突出问题``), else ``(None, [])``.

    The enumeration is the sentence's first clause, up to :data:`_SUMMED_TAIL` (a copula, 都是/均为…, whose last
    words name the aspect as a section heading's noun does: :func:`summarizer.aspects.heading_cues`); it needs
    :data:`SUMMED_ITEMS` items of :data:`ENUM_ITEM_CHARS` characters or more, and most of them must state the aspect
    themselves (an imperative opening for measures, :func:`summarizer.aspects.starts_imperative` or a modal; a
    shortcoming predicate for problems): the predicate names what the list is, the items say it. One pass over the
    sentence."""
    k = start
    while k < end and text[k] not in "，,；;：:。！？!?\n":
        k += 1
    clause_end = k
    m = _SUMMED_TAIL.search(text, start, clause_end)
    if m is None or text.count("、", start, m.start()) < SUMMED_ITEMS - 1:
        return None, []
    what = m.group("what").rstrip()
    cues = asp.heading_cues(what)
    aspect = cues[-1][1] if cues and cues[-1][0] == len(what) else None  # the aspect noun ends the clause
    if aspect not in (asp.CHALLENGE, asp.RECOMMENDATION):
        return None, []
    bounds = [start] + [j + 1 for j in range(start, m.start()) if text[j] == "、"] + [m.start() + 1]
    items = []
    for x, y in zip(bounds, bounds[1:]):
        x, y = _trim(text, x, y - 1)
        if y - x < ENUM_ITEM_CHARS:
            return None, []
        items.append((x, y))
    if aspect == asp.RECOMMENDATION:
        stating = sum(1 for x, y in items if asp.starts_imperative(text[x:y]) or _states_measure(text[x:y]))
    else:
        stating = sum(1 for x, y in items if asp.challenge_strength(text[x:y]))
    if stating * 2 <= len(items):
        return None, []
    return aspect, [shape(text, x, y, max_chars) for x, y in items]


def _bare_summing_tail(sentence: str) -> bool:
    """True when ``sentence`` is only the predicate that sums up an enumeration before it (``都是亟待解决的问题。``,
    ``均为当前的突出短板``): :data:`_SUMMED_TAIL` from its first character (an optional ``等``, 都/均/皆, a copula, one
    clause), its end mark aside. O(len(sentence))."""
    s = sentence.strip().rstrip("。！!；;")
    m = _SUMMED_TAIL.match(s)
    return m is not None and m.end() == len(s) and s[:1] in "都均皆全是属为等…."


def _summed_points(text: str, sentences: list[Sentence], layout: _Layout, scores, out: dict[str, list[RawPoint]],
                   max_chars: int) -> None:
    """In place: a sentence outside list items and headings that sums up its own enumeration
    (:func:`summed_enumeration`) gives one point per item, in place of the points any path took from it. One pass
    over the sentences."""
    for i, s in enumerate(sentences):
        if s.kind != "sentence" or layout.in_point[s.start] or layout.in_heading[s.start] or "、" not in s.text:
            continue
        end = s.end
        if text[s.start:end].rstrip().endswith(("…", "...")) and i + 1 < len(sentences):
            end = sentences[i + 1].end  # A、B、C…… ⏎ 都是…建议。: the splitter cut the sentence at the ellipsis
        aspect, items = summed_enumeration(text, s.start, end, max_chars)
        if aspect is None:
            if end > s.end and _bare_summing_tail(text[sentences[i + 1].start:end]):
                # A、B、C…… ⏎ 都是亟待解决的问题。 whose items are not taken one by one: the tail, a predicate with no
                # subject of its own, names what the list is and states no point of its own
                t0 = sentences[i + 1].start
                for a in out:
                    out[a] = [p for p in out[a] if not (p.start >= t0 and p.end <= end)]
            continue
        for a in out:
            out[a] = [p for p in out[a] if not (p.start < end and p.end > s.start)]
        out[aspect].extend(RawPoint(aspect, a, b, float(scores[i])) for a, b in items if b > a)


def _whole_items(text: str, start: int, end: int, aspect: str, max_chars: int) -> tuple[int, int]:
    """:func:`cue_window` of ``[start, end)``, started at the clause that holds its first cue: a window that would
    open inside an enumeration (``…法律法规还存在不具体、不完善、惩处力度不够等问题``: the cue 不完善 follows a ``、``)
    starts where the enumeration's clause starts, so that the point keeps its subject and every item."""
    a, b = cue_window(text, start, end, aspect, max_chars)
    if a <= start or text[a - 1] != "、":
        return a, b
    k = a - 1
    while k > start and text[k - 1] not in "，,；;：:。！？!?\n":
        k -= 1
    return shape(text, k, b, max_chars)



#: Most points :func:`_body_measures` takes from the body of one item.
BODY_POINTS = 3
#: A run-in item whose first sentence has at most this many characters opens with a bare topic (``一是加强政策制定。``)
#: that its body spells out.
RUN_IN_TOPIC_CHARS = 12
#: Fewest characters of the one body sentence of a bare-topic run-in item that opens with a proposal word
#: (:data:`_BODY_PROPOSAL_OPENERS`: ``一是完善设施布局。建议民政部门统筹利用闲置校舍，改建…。``) for it to be a measure of its own.
BODY_PROPOSAL_CHARS = 16
#: Words a body sentence opens with to propose a measure in its own right (建议…, 要…, 应当…; not a bare 应, which
#: opens 应急物资储备… as often): a speech's or a proposal's item names its measure (``一是加快立法步伐。``), then
#: proposes it in full to named actors (``建议有关部门…``).
_BODY_PROPOSAL_OPENERS = ("建议", "建議", "应当", "應當", "应该", "應該", "需要", "必须", "必須")
#: A bare 要 opens such a sentence only in an inline run (a speech's paragraph, ``她提出三点建议，一是A。建议…。二是B。
#: 要…。``); items a line each (``一是严把选题关。要围绕…`` ⏎ ``二是…``) are headings their 要 bodies elaborate.
_INLINE_BODY_OPENERS = ("要",)


def _topic_body_measures(structure: Structure, item, sentences: list[Sentence], starts: list[int],
                         in_heading: list[bool]) -> list[tuple[int, Sentence]]:
    """``(index, sentence)`` of the measures in the body of a run-in measure item that opens with a bare topic of at
    most :data:`RUN_IN_TOPIC_CHARS` characters (``一是完善政策。制定专项扶持办法，明确补贴标准。建立评价指标体系。``):
    the body sentences that open with an imperative verb (:func:`summarizer.aspects.starts_imperative`, first clause)
    and state no shortcoming, when there are at least two of them; else the first body sentence when it has at least
    :data:`BODY_PROPOSAL_CHARS` characters and opens with a proposal word (:data:`_BODY_PROPOSAL_OPENERS`, or 要 in an
    item that shares its line: ``一是完善设施布局。建议民政部门统筹利用闲置校舍，改建…。``, a speech's or proposal's item
    proposing in full: Part 61).
    Empty for a titled item, a longer first sentence (the whole measure, argued by its body) or a single short
    imperative sentence (it completes the topic: ``引捐赠。鼓励乡贤出资。``, see :func:`item_point`). ``starts``: the sentences' start offsets; ``in_heading``: per character, inside a titled item's heading."""
    text = structure.text
    if item.titled:
        return []
    body_start = _first_sentence_end(text, item.content_start, item.end) + 1
    if body_start - item.content_start > RUN_IN_TOPIC_CHARS + 1:
        return []
    out = []
    for i in range(bisect.bisect_left(starts, body_start), len(sentences)):
        s = sentences[i]
        if s.start >= item.end:
            break
        body = text[s.start:s.end]
        if s.kind != "sentence" or in_heading[s.start] or body.startswith(_TOPIC_OPENERS):
            continue
        if (asp.starts_imperative(_CLAUSE_SPLIT.split(body, 1)[0]) and not asp.challenge_strength(body)
                and not body.rstrip().endswith(("：", ":"))):
            out.append((i, s))
    if len(out) >= 2:
        return out
    # 一是完善设施布局。建议民政部门统筹利用闲置校舍，改建一批村级互助养老点。: a single body sentence that proposes in
    # full with its own proposal word is a measure of its own (Part 61's 3158); a short one completes the topic
    # (引捐赠。鼓励乡贤出资。)
    i = bisect.bisect_left(starts, body_start)
    if i >= len(sentences) or sentences[i].start >= item.end or sentences[i].kind != "sentence" \
            or in_heading[sentences[i].start]:
        return []
    body = text[sentences[i].start:sentences[i].end].strip()
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.start)
    inline = bool(text[line_start:item.start].strip()) or text[item.end:line_end if line_end >= 0 else len(text)].strip()
    openers = _BODY_PROPOSAL_OPENERS + (_INLINE_BODY_OPENERS if inline else ())
    if (body.startswith(openers) and len(body) >= BODY_PROPOSAL_CHARS and not asp.challenge_strength(body)
            and not body.endswith(("：", ":"))):
        return [(i, sentences[i])]  # (the first body sentence only: 首先是场地。许多社区…。要把…: a topic noun argued)
    return []


def _body_measures(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None], layout: _Layout,
                   scores, max_chars: int) -> list[RawPoint]:
    """Recommendation points stated by the body sentences of run-in measure items that open with a bare topic
    (:func:`_topic_body_measures`): at most :data:`BODY_POINTS` per item, the best by TextRank score with MMR
    redundancy control, each cut to its cue clauses (:func:`prose_parts`). Items whose children carry a role give
    their points through them. Linear in the items' sentences."""
    out: list[RawPoint] = []
    role_of = {id(it): role for it, role in zip(structure.items, roles)}
    starts = [s.start for s in sentences]
    for it, role in zip(structure.items, roles):
        if not (role and role.role == "point" and role.aspect == asp.RECOMMENDATION):
            continue
        if any(role_of.get(id(ch)) for ch in it.children):
            continue
        cands = _topic_body_measures(structure, it, sentences, starts, layout.in_heading)
        out.extend(_rank_pick(structure, cands, scores, asp.RECOMMENDATION, max_chars, BODY_POINTS))
        if not cands and _PERSPECTIVE_FRAME.search(structure.text, it.heading_end, it.end):
            # a body that takes the heading's measure by actor (从政府层面来讲，需要…；从农民层面来看，…): each
            # side's measures are points of their own, as under a dimension label (paper21)
            for p in _label_body_measures(structure, it, sentences, starts, scores, max_chars):
                frame = _PERSPECTIVE_FRAME.match(structure.text, p.start)
                if frame is not None and frame.end() < p.end:
                    p.start = frame.end()  # (the frame names whose measure it is: not part of the measure)
                out.append(p)
    return out


#: A sentence that opens with an actor's or a level's perspective (``从政府层面来讲，``, ``从企业角度看，``,
#: ``就农民方面而言，``; the level noun 层面/角度/方面/视角 is required): a body so framed divides its heading's measure among actors. Bounded: O(1) a position.
_PERSPECTIVE_FRAME = re.compile(r"(?:^|(?<=[。；！？\n]))[ \t\u3000]{0,2}(?:从|就|对于)[\u4e00-\u9fff]{1,10}?"
                                r"(?:层面|角度|方面|视角)(?:来讲|来看|来说|而言|看|上看)[，,]")


#: A heading that opens with a year (``1982一1993年为…阶段``, ``2013年开始为…``): an item of a period, history.
_PERIOD_HEADING = re.compile(r"\s{0,2}(?:19|20)\d{2}")


@lru_cache(maxsize=1)
def _status_turn_re() -> re.Pattern[str]:
    """An adversative turn (``adversative`` cue group: 但, 但是, 然而 …) that opens a sentence or follows a comma or a
    semicolon, with the spaces and the comma after it. Bounded alternatives: linear."""
    words = sorted(asp.lexicon().words("adversative"), key=len, reverse=True)
    return re.compile(r"(?:^|[，,；;])\s{0,2}(?:" + "|".join(map(re.escape, words)) + r")\s{0,2}[，,]?")


def _status_shortfalls(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None],
                       layout: _Layout, max_chars: int, found: list[RawPoint]) -> list[RawPoint]:
    """Challenge points stated inside a status section (``二、…基本情况``, ``现状``: an item of :data:`~summarizer.aspects.
    OTHER` whose heading names the status, :func:`summarizer.aspects.names_status_section`, and its sub-items): a
    sentence of that section that turns with an adversative (``…呈现稳中有降的趋势，但…信访问题依然突出``, ``但部分复杂
    疑难案件…处理周期较长``) to a clause that states a shortcoming (:func:`summarizer.aspects.challenge_strength`) and
    prescribes nothing; the point is the text after the turn, cut to its cue clauses (:func:`cue_window`). The
    section's figures and achievements before the turn are no point (corpus20: a 调研报告's situation section), nor
    is a turn inside an item of a dated period (``（3）1982一1993年为…阶段``: history), nor a sentence that a challenge
    point ``found`` by the other paths already overlaps. Linear in the text."""
    text = structure.text
    spans = [(it.start, it.end) for it, role in zip(structure.items, roles)
             if role and role.aspect == asp.OTHER and it.titled and asp.names_status_section(structure.heading(it))]
    if not spans:
        return []
    inside = _covered(len(text), spans)
    # (an item of a period, ``（3）1982一1993年为…阶段``, narrates history: what its text turns to is no present problem)
    dated = _covered(len(text), [(it.start, it.end) for it in structure.items
                                 if _PERIOD_HEADING.match(structure.heading(it))])
    taken = _covered(len(text), [(p.start, p.end) for p in found])
    out: list[RawPoint] = []
    for s, region in zip(sentences, layout.regions):
        if region != asp.OTHER or s.kind != "sentence" or not inside[s.start] or layout.in_heading[s.start] \
                or dated[s.start] or any(taken[s.start:s.end]):
            continue
        start = marker_end(structure, s.start)
        # (searched in the sentence's own text: a search from an offset into ``text`` reads no ``^`` there, and a turn
        # that opens the sentence, 然而，地区发展不均衡问题依然突出, is the commonest: weak23)
        m = _status_turn_re().search(text[start:s.end])
        if m is None or start + m.end() >= s.end:
            continue
        tail = text[start + m.end():s.end]
        if asp.announces_problems(tail):
            continue  # 但也要看到，…还有不少问题有待解决。一是…: a lead-in to the problems that follow, no point of its own
        if asp.challenge_strength(tail) and not asp.modal_strength(tail):
            a, b = cue_window(text, start + m.end(), s.end, asp.CHALLENGE, max_chars)
            if b > a:
                out.append(RawPoint(asp.CHALLENGE, a, b, 0.0))
    return out


#: Most points :func:`_label_body_problems` takes from the body of one labelled item.
LABEL_BODY_POINTS = 2
#: Fewest shortcoming cues (:func:`summarizer.aspects.challenge_strength`) of a body sentence that does not open with a
#: turn (``然而``, ``但``) for :func:`_label_body_problems` to read it as the item's problem (one cue word may only
#: name a topic: ``存在问题和建议等``).
LABEL_BODY_STRENGTH = 2
#: A body sentence that quotes someone's words (``…反映出如下问题：“…``) or opens with a quotation or a bracket (an
#: interviewee's tag, ``（M18）…``): the author relays, no point of the item's own (:func:`_label_body_problems`).
_LABEL_BODY_QUOTED = re.compile(r"[：:]\s{0,2}[“「『\"]|^\s{0,2}[“「『\"（(]")


def _label_body_problems(structure: Structure, item, sentences: list[Sentence], starts: list[int], scores,
                         max_chars: int) -> list[RawPoint]:
    """Challenge points of the body of a problem item whose heading only names its topic (:func:`summarizer.aspects.
    states_no_problem`: ``考核与激励``, ``项目内容``): the heading states nothing, the body's sentences that state a
    shortcoming (:func:`summarizer.aspects.sentence_aspect`; not one that quotes others' words,
    :data:`_LABEL_BODY_QUOTED`) and open with an ``adversative`` word or hold :data:`LABEL_BODY_STRENGTH` shortcoming
    cues do. A report sets out the practice first and turns to its problem (``…。然而，…机制尚未形成``): a sentence
    that opens with a turn ranks first, then by the number of its shortcoming cues, then by position; at most
    :data:`LABEL_BODY_POINTS`, each cut to its cue clauses (:func:`prose_parts`). The body ends at the item's first
    sub-item (sub-items give their own points). ``starts``: the sentences' start offsets. Linear in the body's
    sentences (one bisect)."""
    text = structure.text
    end = item.children[0].start if item.children else item.end
    k = bisect.bisect_left(starts, item.heading_end)
    turns = asp.lexicon().words("adversative")
    cands = []
    while k < len(sentences) and sentences[k].start < end:
        s = sentences[k]
        body = text[s.start:s.end]
        if s.kind == "sentence" and s.end <= end and asp.sentence_aspect(body) == asp.CHALLENGE \
                and not _LABEL_BODY_QUOTED.search(body):
            turn, strength = body.lstrip().startswith(turns), asp.challenge_strength(body)
            if turn or strength >= LABEL_BODY_STRENGTH:
                cands.append((not turn, -strength, k, s))
        k += 1
    out = []
    for *_, k, s in sorted(cands)[:LABEL_BODY_POINTS]:
        out.extend(RawPoint(asp.CHALLENGE, a, b, float(scores[k]))
                   for a, b in _sentence_parts(structure, s.start, s.end, asp.CHALLENGE, max_chars))
    return out


#: Most points :func:`_titled_body_measures` takes from the body of one measure item.
TITLED_BODY_POINTS = 5
#: Share of the heading's characters (in order, difflib's matching blocks) that a body point may repeat and still
#: state a measure of its own; at or above it, the point restates the heading (:func:`restates_heading`).
RESTATED_HEADING = 0.5
#: Most characters of a heading and of a body text that :func:`restates_heading` compares.
RESTATE_SCAN_CHARS = 200
#: Share of the heading's characters that the whole rest of a body sentence, from its measure on, may repeat: at or
#: above it the sentence names the heading's aim again (``此外，搭建交流平台，…，营造…良好的科研氛围`` under
#: ``营造良好的科研氛围``), its measure is a way to the heading's, an elaboration (:func:`_titled_body_measures`).
RESTATED_HEADING_WHOLE = 0.75
#: Most clauses before the clause of a body sentence that prescribes (a purpose, ``为了…``, a target, ``针对…``, a
#: time, ``当前``): :func:`body_prescriptions` reads no further.
BODY_LEAD_CLAUSES = 2
#: Most characters of the subject before the modal of a body sentence's prescribing clause.
BODY_SUBJECT_CHARS = 10


@lru_cache(maxsize=1)
def _body_modal_re() -> re.Pattern[str]:
    """A clause that opens with a subject of at most :data:`BODY_SUBJECT_CHARS` characters (none too) and then a
    strong modal (``strong_modal`` cue group: 应当, 建议, 必须 …) or an added weak one (``added_modal`` cue group:
    还可, 也要, 还需 …), not right after 就/才 (``…就必须拥有``: a condition's consequence, no prescription) nor
    negated (不应, 无须), nor the tail of a longer modal (须 of 必须). Bounded: linear."""
    modals = asp.cue_alternation("strong_modal") + "|" + asp.cue_alternation("added_modal")
    return re.compile(rf"[^{CLAUSE_BREAKS}]{{0,{BODY_SUBJECT_CHARS}}}?(?<![就才不无毋必亟])(?:{modals})")


def _prescribing_clause(masked: str, pos: int) -> bool:
    """Whether the clause of ``masked`` at ``pos`` opens with :func:`_body_modal_re` and prescribes an action: not a
    quality (``应当是…``, ``应具备…``: :data:`summarizer.aspects._STATIVE`), and at least two characters of action
    follow the modal in its clause."""
    m = _body_modal_re().match(masked, pos)
    if m is None:
        return False
    if asp._STATIVE.match(masked, m.end() - 2) is not None or asp._STATIVE.match(masked, m.end() - 1) is not None:
        return False
    return len(_CLAUSE_SPLIT.split(masked[m.end():m.end() + 3], 1)[0]) >= 2


#: A copula that judges the action it follows (``开展普法宣传也是…的有效手段``, ``建立…是关键``): not 是 inside 是否, 于是,
#: 但是, 还是, 凡是, 总是, 只是, 而是, 或是, 即是.
_JUDGING_COPULA = re.compile(r"(?<![于但还凡总只而或即])是(?!否)")


@lru_cache(maxsize=1)
def _added_link_re() -> re.Pattern[str]:
    """A linking word of addition (``added_measure_link`` cue group: 同时, 此外, 另外 …) that opens a sentence or a
    ``；``-part, with the comma after it. Bounded: linear."""
    return re.compile(rf"(?:^|[；;])\s{{0,2}}(?:{asp.cue_alternation('added_measure_link')})[，,]?\s{{0,2}}")


def body_prescriptions(sentence: str, *, opening: bool = True, proposal: bool = True) -> list[int]:
    """Offsets (characters into ``sentence``, ascending) where a body sentence of a measure item states a measure:
    (1) the clause that prescribes by a subject's modal (:func:`_body_modal_re`), past a leading connective (因此,
    此外 …) and at most :data:`BODY_LEAD_CLAUSES` clauses of purpose, target or time (``因此，为了从根源上防止…，
    我们应当…``, ``针对X，检察机关应当…``); ``opening`` False: only such a clause after lead clauses that each open
    with a frame of the resolution (``resolve_frame`` cue group: 为了, 针对, 面对 …; the author turns from the argument
    to a further measure for its own aim or target), or, with ``proposal``, one that opens with a proposal verb
    (``proposal_verb`` cue group: ``建议立法机关…``); (2) with ``opening``, a sentence or ``；``-part
    that opens with a linking word of addition (``added_measure_link``: ``同时，建立干部轮岗交流机制``) and then an
    imperative verb, past a subject of at most two characters: the offset after the link. Not a sentence that
    relays someone's words (``…总书记强调指出，…应…``: :func:`_speech_frame_end`) or gives an example, nor a part
    that defines (:func:`defines`) or judges (``此外，开展宣传也是…的有效手段``: :data:`_JUDGING_COPULA`). Bounded
    work per clause: linear."""
    if sentence.lstrip().startswith(asp.lexicon().words("example")) or _speech_frame_end(sentence):
        return []
    masked = asp._mask_non_modals(sentence)
    out: list[int] = []
    pos = len(masked) - len(masked.lstrip())
    link = asp._LEADING_LINKS.match(masked, pos)
    if link is not None:
        pos = link.end()
    for lead in range(BODY_LEAD_CLAUSES + 1):
        if _prescribing_clause(masked, pos):
            if opening or lead or proposal and masked.startswith(asp.lexicon().words("proposal_verb"), pos):
                out.append(pos)
            break
        if not opening and not masked.startswith(asp.lexicon().words("resolve_frame"), pos):
            break  # (a clause that states a fact, 该业务属于…，经营该业务应当遵守…: no frame of the measure after it)
        c = _CLAUSE_COMMA.search(masked, pos)
        if c is None:
            break
        pos = c.end()
    if not opening:
        return out
    verbs = asp.lexicon().words("imperative")
    for m in _added_link_re().finditer(masked):
        at = m.end()
        if out and at <= out[-1] or at >= len(masked):
            continue
        part_end = _PART_RE.search(masked, at)
        part = masked[at:part_end.start() if part_end else len(masked)]
        clause = _CLAUSE_SPLIT.split(part, 1)[0]
        if any(asp._opens_with_verb(asp._without_adverbs(clause[k:]), verbs) for k in range(3)) \
                and not defines(part) and not _JUDGING_COPULA.search(clause):
            out.append(at)
    return sorted(set(out))


def restates_heading(point: str, heading: str, share: float = RESTATED_HEADING) -> bool:
    """Whether a body point restates its item's heading rather than stating a measure of its own: at least ``share``
    of the heading's characters recur in the point in order (difflib's matching blocks: ``营造良好的科研氛围`` /
    ``中科院更应该维护好这一良好的氛围``). Each text is read up to :data:`RESTATE_SCAN_CHARS` characters: bounded
    work (difflib is quadratic in the lengths)."""
    heading, point = heading[:RESTATE_SCAN_CHARS], point[:RESTATE_SCAN_CHARS]
    if not heading:
        return False
    blocks = difflib.SequenceMatcher(None, heading, point, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) >= share * len(heading)


def _titled_body_measures(structure: Structure, sentences: list[Sentence], roles: list[ItemRole | None],
                          layout: _Layout, max_chars: int) -> list[RawPoint]:
    """Recommendation points of the body of a titled measure item (``（二）协同共治：…`` ⏎ paragraphs) where the body,
    after its argument, turns to a further measure for an aim or a target of its own (:func:`body_prescriptions`
    with ``opening`` False: ``为了…，我们应当采取以公权力为主导的法律救济机制``, ``针对X，检察机关应当建议…建立监管
    制度``), or proposes one past its first sentence (``建议立法机关…``; the body's opening restates the heading): the
    heading is the item's point, such a clause adds one. A point that restates the heading (:func:`restates_heading`),
    or a sentence whose rest names the heading's aim again (:data:`RESTATED_HEADING_WHOLE`), only elaborates it; a
    heading that is a dimension label leaves its body to :func:`_label_body_measures`. At most
    :data:`TITLED_BODY_POINTS` per item, in order, each cut to its cue clauses (:func:`prose_parts`); score 0 (the
    headings rank first when an aspect has more points than it may keep). Items whose children carry a role give their
    points through them; a sentence that quotes others' words relays them (:data:`_LABEL_BODY_QUOTED`). Measured
    (bodies20): an opening modal clause or an added link in such a body mostly elaborates the heading in the gold
    (seed, aspects_dev 13, 118), so neither counts here. Linear in the items' sentences (one bisect per item)."""
    text = structure.text
    role_of = {id(it): role for it, role in zip(structure.items, roles)}
    starts = [s.start for s in sentences]
    out: list[RawPoint] = []
    for it, role in zip(structure.items, roles):
        if not (role and role.role == "point" and role.aspect == asp.RECOMMENDATION and it.titled):
            continue
        if any(role_of.get(id(ch)) for ch in it.children):
            continue
        end = it.children[0].start if it.children else it.end
        ha, hb = _trim(text, it.content_start, it.heading_end)
        heading = text[ha:hb]
        if dimension_label(heading):
            continue  # (its body's measures are the item's points: _label_body_measures)
        taken = 0
        first = True  # (the body's first sentence that proposes, 建议…, restates the heading in full)
        k = bisect.bisect_left(starts, it.heading_end)
        while k < len(sentences) and sentences[k].start < end and taken < TITLED_BODY_POINTS:
            s = sentences[k]
            k += 1
            if s.kind != "sentence" or s.end > end or layout.in_heading[s.start]:
                continue
            body = text[s.start:s.end]
            ats = [] if _LABEL_BODY_QUOTED.search(body) else body_prescriptions(body, opening=False,
                                                                                  proposal=not first)
            first = False
            for at, until in zip(ats, ats[1:] + [len(body)]):
                if restates_heading(body[at:until], heading, RESTATED_HEADING_WHOLE):
                    continue
                for a, b in _sentence_parts(structure, s.start + at, s.start + until, asp.RECOMMENDATION, max_chars):
                    if b > a and not restates_heading(text[a:b], heading):
                        out.append(RawPoint(asp.RECOMMENDATION, a, b, 0.0))
                        taken += 1
    return out


def dimension_label(heading: str) -> bool:
    """Whether a measure item's heading only names the dimension its body treats (``人才方面``, ``制度层面``,
    ``技术领域``): a topic label (:func:`summarizer.aspects.topic_label`: short, one clause, no imperative opening, no
    shortcoming) whose head noun is a dimension noun (``dimension_head`` cue group), with no modal. A label with a
    verbal noun (``经费保障``, ``人才队伍建设``) names the measure itself and stays the item's point."""
    h = heading.strip().rstrip("。；;：:")
    return (asp.topic_label(h) and h.endswith(asp.lexicon().words("dimension_head"))
            and not asp.modal_strength(h))


#: Most points :func:`_label_body_measures` takes from the body of one labelled measure item.
LABEL_BODY_MEASURES = 3


def _label_body_measures(structure: Structure, item, sentences: list[Sentence], starts: list[int], scores,
                         max_chars: int) -> list[RawPoint]:
    """Recommendation points of the body of a measure item headed by a dimension label (:func:`dimension_label`:
    ``（一）人才方面`` ⏎ ``要加大人才引进力度。同时，建立轮岗交流机制。``): the label is no point; each body sentence
    that states a measure (:func:`summarizer.aspects.sentence_aspect`, an imperative opening,
    :func:`_measure_sentence`) gives its cue clauses (:func:`prose_parts`), and so does each further measure it adds
    (:func:`body_prescriptions`: ``同时，建立…``, ``此外，还要…``); at most :data:`LABEL_BODY_MEASURES`, in order. Not a
    sentence that quotes others' words (:data:`_LABEL_BODY_QUOTED`). The body ends at the item's first sub-item.
    ``starts``: the sentences' start offsets. Linear in the body's sentences (one bisect)."""
    text = structure.text
    end = item.children[0].start if item.children else item.end
    out: list[RawPoint] = []
    k = bisect.bisect_left(starts, item.heading_end)
    while k < len(sentences) and sentences[k].start < end and len(out) < LABEL_BODY_MEASURES:
        s = sentences[k]
        k += 1
        body = text[s.start:s.end]
        if s.kind != "sentence" or s.end > end or _LABEL_BODY_QUOTED.search(body):
            continue
        ats = body_prescriptions(body)
        opening = len(body) - len(body.lstrip())
        link = asp._LEADING_LINKS.match(body, opening)
        opening = link.end() if link else opening  # (同时，建立…: the measure opens past its link)
        first = _LIST_CLAUSE_SPLIT.split(body[opening:], 1)[0]
        if (asp.sentence_aspect(body) == asp.RECOMMENDATION or asp.starts_imperative(first)
                or _measure_sentence(body, asp.RECOMMENDATION)) and not asp.challenge_strength(body):
            ats = sorted({opening, *ats})
        for at, until in zip(ats, ats[1:] + [len(body)]):
            out.extend(RawPoint(asp.RECOMMENDATION, a, b, float(scores[k - 1]))
                       for a, b in _sentence_parts(structure, s.start + at, s.start + until, asp.RECOMMENDATION,
                                                   max_chars) if b > a)
    return out[:LABEL_BODY_MEASURES]


def _problem_body_measures(structure: Structure, sentences: list[Sentence], layout: _Layout,
                           max_chars: int) -> list[RawPoint]:
    """Recommendation points stated inside the body of a problem item (issue 8: Hong Kong and Taiwan commentary
    argues each problem and prescribes in the same paragraph, ``(4)…政府对幼儿教育的态度一直都不正确。…漏洞必须要填补。``,
    or closes its last problem section with its demand, ``同时，政府亦应设立社会地产及社工队，…``): a sentence of a
    challenge region inside a list item that :func:`summarizer.aspects.prose_aspect` reads as a recommendation and that
    prescribes plainly (:func:`summarizer.aspects.prescribes`: a strong modal, a prohibition or an appeal, not the weak
    要/需要 that also state needs), each cut to its cue clauses (:func:`prose_parts`); or, read part by part, the
    ``；``-parts of such a sentence that prescribe so (k82: a rectification report's run of bare directives under a
    problem section, ``所有餐饮店必须安装…；厨房废水严禁直排…``, in the section's body as well as in a list item). One
    pass over the sentences and their characters."""
    out: list[RawPoint] = []
    for s, region in zip(sentences, layout.regions):
        if region != asp.CHALLENGE or s.kind != "sentence" or layout.in_heading[s.start]:
            continue
        body_start = marker_end(structure, s.start)
        body = structure.text[body_start:s.end]
        # (k82: a ；-run of bare directives, 所有餐饮店必须安装…；排烟管道要定期清洗；废水严禁直排…: each part that
        # prescribes is a point of its own when two or more do)
        runs, a = [], body_start
        for k in range(body_start, s.end + 1):
            if k == s.end or structure.text[k] in "；;":
                part = structure.text[a:k]
                if k > a and asp.prose_aspect(part) == asp.RECOMMENDATION and (
                        asp.prescribes(part) or asp.has_cue(part, "prose_prohibition")):
                    runs.append((a, k))  # (…；养殖废水严禁直排河道；…: a prohibition after its subject forbids too)
                a = k + 1
        if len(runs) < 2:  # (a speaker's proposal, 王委员建议，完善…, is read by its own pass, past the speaker: not here)
            runs = [(body_start, s.end)] if (asp.prose_aspect(body) == asp.RECOMMENDATION and asp.prescribes(body)
                                             and not speaker_proposal(body)) else []
        for ra, rb in runs:
            out.extend(RawPoint(asp.RECOMMENDATION, pa, pb, 0.0)
                       for pa, pb in _sentence_parts(structure, ra, rb, asp.RECOMMENDATION, max_chars))
    return out


#: Fewest characters of the action after a need opener (``有待`` ``进一步`` | ``深化对外经贸关系``): a shorter one
#: (``有待提高``, ``亟待加强``) names no action, it judges the clause's subject.
NEED_ACTION_CHARS = 4
#: Most characters of the action a need clause names.
NEED_CLAUSE_CHARS = 40


@lru_cache(maxsize=1)
def _need_clause_re() -> re.Pattern[str]:
    openers = "|".join(map(re.escape, asp.lexicon().words("need_opener")))
    # (not an object fronted by 对 whose verb follows in the next clause: 亟须对…根源性问题，进行…)
    return re.compile(rf"(?:^|(?<=[，,；;：:]))\s{{0,2}}(?:{openers})(?:进一步)?(?!对)"
                      rf"[^，,。；;：:！？!?\s]{{{NEED_ACTION_CHARS},{NEED_CLAUSE_CHARS}}}(?=$|[，,。；;！!])")


def need_clauses(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets in ``sentence`` of its clauses that open with an urgent need (``need_opener`` cue
    group: 亟待, 有待, 亟需, 亟须; then optionally 进一步) and name the action needed in :data:`NEED_ACTION_CHARS` to
    :data:`NEED_CLAUSE_CHARS` characters up to the clause's end: ``有待进一步深化对外经贸关系``, ``亟待通过创新驱动引领绿色
    转型发展``. A clause that only judges (``有待提高``) or that opens with the need's subject (``监管有待加强``) is
    none. Bounded repetitions, one pass: linear in the sentence."""
    return [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in _need_clause_re().finditer(sentence)]


def _need_clause_measures(structure: Structure, sentences: list[Sentence], layout: _Layout,
                          max_chars: int) -> list[RawPoint]:
    """Recommendation points stated inside a problem statement as what it urgently needs (issue 8: a research report
    sums up each weakness and the action it calls for in one run-in item, ``④开放发展：城市间差距明显，…，有待进一步
    深化对外经贸关系，拓展开放合作空间；``): the :func:`need_clauses` of the sentences of a challenge region (a problems
    section, its body or its items), each its own point. One pass over the sentences."""
    out: list[RawPoint] = []
    text = structure.text
    for s, region in zip(sentences, layout.regions):
        if region not in (asp.CHALLENGE, SECTION_BODY + asp.CHALLENGE) or layout.in_heading[s.start]:
            continue
        for a, b in need_clauses(text[s.start:s.end]):
            pa, pb = shape(text, s.start + a, s.start + b, max_chars)
            if pb > pa:
                out.append(RawPoint(asp.RECOMMENDATION, pa, pb, 0.0))
    return out


def _measure_sentence(sentence: str, aspect: str) -> bool:
    """Whether ``sentence`` is a 申论 measure sentence with no subject and no modal, however long: it opens (past a
    connective) with an imperative verb after a manner adverb, or with two imperative clauses
    (:func:`summarizer.aspects._imperative_opening`: ``建立健全培训机制，通过职业培训，提高……``), and states no
    shortcoming. Such a sentence counts toward the fallback's point budget as a measure that
    :func:`summarizer.aspects.prose_aspect` reads does (an essay that states six measures this way keeps six)."""
    return (aspect == asp.RECOMMENDATION and asp._imperative_opening(sentence)
            and not asp.challenge_strength(sentence))


#: Fewest problem items that must precede an item of no role in its run for :func:`_problems_before_measures`.
RUN_PROBLEM_ITEMS = 2


def _problems_before_measures(structure: Structure, roles: list[ItemRole | None]) -> set[int]:
    """``id`` of the titled items that a run lays out as its last problem before its measures: an item no rule gave
    an aspect (its heading names the problem with no deficiency word: ``三、有组织性收贩卡、虚拟账户层层隐蔽交易，资金渠道
    衍生新型逃避监管形式``) whose earlier siblings in the run are all challenge points, at least
    :data:`RUN_PROBLEM_ITEMS` of them, and whose next sibling opens the recommendations (a section or leaf of that
    aspect: ``四、对策建议``). The run's order says what the item is: the problems, then the measures. One pass over the
    items."""
    role_of = {id(it): role for it, role in zip(structure.items, roles)}
    runs: dict[tuple[int, int], list] = {}
    for it in structure.items:
        if it.run >= 0:
            runs.setdefault((id(it.parent), it.run), []).append(it)
    out: set[int] = set()
    for items in runs.values():
        problems = 0  # leading challenge points of the run so far
        for k, it in enumerate(items):
            role = role_of.get(id(it))
            if role and role.role == "point" and role.aspect == asp.CHALLENGE:
                problems += 1
                continue
            if (problems >= RUN_PROBLEM_ITEMS and it.titled and role is not None and role.role == "none"
                    and role.aspect is None and k + 1 < len(items)):
                nxt = role_of.get(id(items[k + 1]))
                if nxt and nxt.aspect == asp.RECOMMENDATION and nxt.role in ("section", "leaf"):
                    out.add(id(it))
            break  # only the item right after the run's leading problems
    return out


def _sub_item_aspect(structure: Structure, item, role_of: dict) -> str | None:
    """The aspect of a run-in item that no rule gave a role, when it is one of an inline enumeration after a colon
    inside the body of a titled measure item (``（三）重视数据开发模式 ⏎ ……建议允许多元主体参与开发：一是政府单独开发，
    免费开放；二是……；三是……。``): the parent's heading names the measure in general and the enumeration, one
    sentence whose items end in ``；``, spells it out item by item, so each item is a measure too. None otherwise:
    items that are sentences of their own (``建议…：第一，建立…机制。可依托…。第二，…。``) elaborate the heading (the
    seed's gold takes only the heading there), and under a problem heading an enumeration mostly lists what a remedy
    does or the steps of a technique."""
    if not _under_titled_measure(item, role_of):
        return None
    parent = item.parent
    text = structure.text
    first = min((ch for ch in parent.children if ch.run == item.run), key=lambda ch: ch.start)
    if not text[:first.start].rstrip().endswith(("：", ":")):
        return None
    # the whole enumeration is one sentence (items end in ；): items that are sentences of their own (第一，…。第二，…。)
    # give the heading's reasons and steps, not more measures
    sentence_end = _first_sentence_end(text, first.content_start, parent.end)
    a, b = _trim(text, item.content_start, item.end)
    return asp.RECOMMENDATION if a < b <= sentence_end and \
        _trim(text, first.content_start, first.end)[1] < sentence_end else None


def _under_titled_measure(item, role_of: dict) -> bool:
    """Whether ``item`` is an untitled run-in item (one of an inline enumeration) whose parent is a titled item that
    :func:`summarizer.aspects.analyze` made a measure point (``role_of``: ``{id(item): ItemRole}``)."""
    parent = item.parent
    if item.titled or item.run < 0 or parent is None or not parent.titled:
        return False
    role = role_of.get(id(parent))
    return bool(role and role.role == "point" and role.aspect == asp.RECOMMENDATION)


def _opening_sub_measure(structure: Structure, item, role_of: dict) -> bool:
    """Whether a run-in item that no rule gave a role is one of an enumeration that opens the body of a titled
    measure item right after its run-in heading, in the same paragraph, and states a measure itself (``（一）建立人员
    培养机制，稳定服务队伍。一是加强与职业院校的合作，定向培养护理人员。二是提高护理员待遇，建立岗位补贴制度。``): the
    heading names the measure in general and the body, starting at once with 一是…, gives the concrete measures one by
    one (the gold takes each). Items that follow a lead-in sentence of the body (``…。调研发现，一是…``), items of a
    list on the lines under a heading line, and items that state no measure (``一是护理员年龄偏大``) are not taken.
    Bounded by the gap before the run and the item's first sentence: linear."""
    if not _under_titled_measure(item, role_of):
        return False
    parent = item.parent
    text = structure.text
    # (the children are in document order: the run's first is found at once when the enumeration opens the body)
    first = next(ch for ch in parent.children if ch.run == item.run)
    gap = text[parent.heading_end:first.start]
    if "\n" in gap or gap.strip(_TRIM + "。.；;*"):
        # a lead-in sentence between the heading and the enumeration; or a heading line over its own list of steps
        # (（一）加强家校协同 ⏎ （1）建立联系制度。（2）明确职责分工。: they elaborate the heading)
        return False
    a, b = _trim(text, item.content_start, item.end)
    return a < b and _measure_clause(text[a:_first_sentence_end(text, a, b)])


#: Most characters (trimmed) of the clause before a subjectless point that :func:`subject_clause_start` joins to it.
SUBJECT_CLAUSE_CHARS = 20

#: Where the clause before a subjectless point begins (:func:`subject_clause_start`): a clause or sentence end other
#: than 、, or a line break.
_SUBJECT_CLAUSE_STOPS = "，,；;：:" + _SENT_END + "\n"


def subject_clause_start(text: str, start: int, end: int, max_chars: int, floor: int = 0,
                         openers: str = "subjectless_opener") -> tuple[int, int]:
    """``(start, end)`` of a point that opens mid-sentence with no subject of its own (``subjectless_opener`` cue group:
    理应, 应, 难以, 令, 让 …; not a word that only holds one, ``modal_exclusion``: 应急, 应用), widened to the short
    clause before it in the same sentence, which names its subject, its scope or the problem it follows from
    (``香港政府作为最大雇主，| 理应以身作则``, ``在垃圾的转运处理上，| 应实行城乡一体化``, ``教师的行政担子沉重，|
    难以照顾个别学生``): the point is the whole statement. Unchanged when the clause
    before is longer than :data:`SUBJECT_CLAUSE_CHARS`, opens a condition, cause, purpose or concession
    (``subject_clause_exclusion`` group), or starts before ``floor`` (the end of the previous
    point: a clause that is a point of its own), or when the widened span, cut to ``max_chars`` (:func:`shape`), would
    lose a clause with a strong modal (:func:`summarizer.aspects.strong_modal`: the measure the point states,
    ``…理应以身作则，我们建议…，| 应加入…的预算``). Offsets into
    ``text`` (the Simplified view); looks back at most :data:`SUBJECT_CLAUSE_CHARS` + a few characters: O(1) per point.
    ``openers``: the cue group of the opening words (a problem's point also widens over a ``continuation_opener``,
    ``…长期亏损，| 进而陷入恶性循环``, ``…续短约，| 至今仍未有任何讯息``: the clause goes on from the one before)."""
    cues = asp.lexicon()
    if not text.startswith(cues.words(openers), start) or text.startswith(
            cues.words("modal_exclusion"), start):
        return start, end  # (应急物资储备不足 opens with a noun, not the modal 应: modal_exclusion)
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] not in "，,":
        return start, end
    k = j - 1
    limit = max(0, k - SUBJECT_CLAUSE_CHARS - 4)
    stops = _SUBJECT_CLAUSE_STOPS  # (not 、: a list of terms, 年龄偏大、人手紧张, is one clause)
    while k > limit and text[k - 1] not in stops:
        k -= 1
    if k > 0 and k == limit and text[k - 1] not in stops:
        return start, end  # the clause before is longer than the limit
    a, b = _trim(text, k, j - 1)
    clause = text[a:b]
    if not clause or len(clause) > SUBJECT_CLAUSE_CHARS or a < floor or clause.startswith(
            cues.words("subject_clause_exclusion")):
        return start, end
    a, b = shape(text, a, end, max_chars)
    if b < end and asp.strong_modal(text[b:end]):
        return start, end  # (widened past max_chars, the cut would drop the measure the point states: cut20)
    return a, b


def result_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` (offsets into ``text``) of the result that the sentence ``text[start:end]`` concludes with after
    its causes: the text after a ``result_conclusion`` word (这使得, 才使得, 凸显 …) that opens a clause, up to the
    sentence end (``…难以通过银行的风险评估，这使得 | 企业获取银行贷款十分困难。``); None when the sentence has none or
    the result is shorter than :data:`POINT_MIN_CHARS`. The first such word counts. Linear in the sentence (one scan
    per clause start)."""
    words = asp.lexicon().words("result_conclusion")
    for i in range(start, end):
        if text[i] in "，,；;":
            j = i + 1
            while j < end and text[j] in " \t":
                j += 1
            if text.startswith(words, j):
                word = next(w for w in words if text.startswith(w, j))
                a, b = _trim(text, j + len(word), end)
                return (a, b) if b - a >= POINT_MIN_CHARS else None
    return None


def _result_clause_points(text: str, sentences: list[Sentence], out: dict[str, list[RawPoint]], max_chars: int,
                          review: int) -> None:
    """In place: the sentence of a challenge point that goes on, after the point, to the result its causes led to
    (:func:`result_clause`: ``…，这使得企业获取贷款十分困难``) gives that result as a challenge too, unless a point of
    either aspect covers it already or the sentence lies in a reviewer's comment (from ``review``). n log n in the
    points and sentences."""
    starts = [s.start for s in sentences]
    taken = sorted((p.start, p.end) for points in out.values() for p in points)
    taken_starts = [a for a, _ in taken]
    added = []
    seen = set()
    for p in out[asp.CHALLENGE]:
        k = bisect.bisect_right(starts, p.start) - 1
        if k < 0 or k in seen or p.end > sentences[k].end or sentences[k].start >= review:
            continue
        seen.add(k)
        span = result_clause(text, max(p.end - 1, sentences[k].start), sentences[k].end)
        if span is None:
            continue
        a, b = shape(text, span[0], span[1], max_chars)
        # (points are at most max_chars long: only those starting that far before the result can reach it)
        i = bisect.bisect_left(taken_starts, b)
        if any(qb > a for _, qb in taken[bisect.bisect_left(taken_starts, a - max_chars):i]):
            continue  # (a point of either aspect holds the result already)
        added.append((a, b))
    _add_items(text, out, asp.CHALLENGE, sorted(added), max_chars)

