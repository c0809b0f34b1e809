"""The pipeline: the one library call behind the CLI and the HTTP service.

``str | bytes | Document`` -> :func:`as_document` (bytes read by :func:`summarizer.readers.read_bytes`) ->
:mod:`~summarizer.clean` (cleaned text + offset map) -> :mod:`~summarizer.essays` -> one
:class:`~summarizer.document.EssayDoc` per essay, passed through :data:`STAGES` (structure, sentences, aspects,
tokens, TextRank, points, summary, keyphrases, output) -> :func:`to_summary` -> :class:`~summarizer.schema.DocumentSummary`
with offsets into the decoded original input.

Every stage is ``EssayDoc -> EssayDoc``; :func:`run_stages` runs them in one loop and times them.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import os
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import aspects
from summarizer.chars import (CJK, CJK_RE, CN_NUMBER_CHARS, DOCUMENT_MEMO, PROCESS_MEMO, cjk_balance_sign, has_content,
                              is_cjk)
from summarizer.clean import CELL_SEPARATOR, SLIDE_MARKER, clean
from summarizer.collection import synthesize
from summarizer.decode import check_controls
from summarizer.document import DocumentText, EssayDoc
from summarizer.errors import (DecodeError, EmptyInputError, InputTooLargeError, ModelNotAvailableError,
                               TooManyEssaysError, TooManySentencesError)
from summarizer.essays import (essay_title_span, heading_line_levels, issuer_span, separated_line_starts,
                               spaced_line_starts, split_essays,
                               tagged_title_span)
from summarizer.gcpolicy import fewer_collections, release_free_memory
from summarizer.keyphrases import extract_keyphrases
from summarizer.markup import heading_spans
from summarizer import aspect_model
from summarizer import sentence_selector
from summarizer import register
from summarizer.news import NEWS_OPENING_CHARS, lead_picks, news_genre, news_opening, reported_advice, spoken, filler_sentence
from summarizer.points import (RawPoint, cut_off_end, drop_work_done_measures, extract_points, field_line_point,
                               form_field_line, inside_spans,
                               frame_only_point, interview_turns, marker_end, part_label_point, past_speaker_label,
                               field_label_end, purpose_frame_spans, rejected_proposal, reply_start,
                               reply_topic_label, shape, speaker_occasion_point, unheeded_point, unlinked_start,
                               without_link_tail, word_end)
from summarizer.readers import Document, read_bytes, read_path
from summarizer.posts import generic_ask, informal_post, post_points, profile_field
from summarizer.schema import (DocumentSummary, EssaySummary, InputWarning, Keyphrase, Point, Span,
                               SummarizeOptions, unknown_option_message)
from summarizer.script import simplified_view
from summarizer.sentences import (BULLETS, Sentence, count_sentence_ends, first_copies, list_line_starts,
                                  quotation_sentences, split_sentences)
from summarizer.seq2seq import Seq2SeqSummarizer, get_summarizer, require_extra, resolve
from summarizer.seq2seq.registry import checkpoint_problems
from summarizer.seq2seq.abstract import abstract_document
from summarizer.structure import Item, parse
from summarizer.textrank import (DEFAULT_POSITION_BIAS, LEAD_DAMPING, LEAD_POSITION_BIAS, Ranking, content_tokens,
                                 select)
from summarizer.tokenize import Tokenizer, get_tokenizer

__all__ = ["StageTimes", "STAGES", "analyze", "as_document", "check_method", "forget_document_memos", "join_summary",
           "names_section", "run_stages", "summarize", "summarize_document", "summarize_file", "to_summary"]

_SURROGATE = re.compile("[\ud800-\udfff]")

Stage = Callable[[EssayDoc], EssayDoc]


@dataclass
class StageTimes:
    """Seconds spent per stage group, filled by :func:`run_stages` when passed to :func:`summarize`.

    ``decode_clean``: reading, decoding, cleaning, essay splitting; ``structure``: the ``structure``,
    ``sentences`` and ``aspects`` stages; ``tokenize``: ``tokens``; ``rank``: ``textrank``, ``summary``,
    ``points`` and ``keyphrases``; ``output``: ``output``. Any other stage name is counted in ``extra``.
    """

    decode_clean: float = 0.0
    structure: float = 0.0
    tokenize: float = 0.0
    rank: float = 0.0
    output: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)

    #: Stage name -> the field its time is added to.
    GROUPS = {"structure": "structure", "sentences": "structure", "aspects": "structure", "tokens": "tokenize",
              "textrank": "rank", "summary": "rank", "points": "rank", "keyphrases": "rank",
              "output": "output"}

    def add(self, stage: str, seconds: float) -> None:
        """Count ``seconds`` for the stage named ``stage``."""
        group = self.GROUPS.get(stage)
        if group is None:
            self.extra[stage] = self.extra.get(stage, 0.0) + seconds
        else:
            setattr(self, group, getattr(self, group) + seconds)


# ---------------------------------------------------------------------------------------------- the stages


#: Longest bare line of notes that names a section by an aspect word alone (``存在的问题``, ``对策建议``), characters.
NOTES_SECTION_CHARS = 6


def names_section(line: str) -> bool:
    """Whether the bare line ``line`` (no marker, no terminator) of notes names a section: at most
    :data:`NOTES_SECTION_CHARS` characters (a trailing colon not counted), no comma, and an aspect's section name
    (:func:`summarizer.aspects.heading_aspect`: ``存在的问题``, ``对策建议``, ``下一步打算``); the bare lines under it
    are its list (:func:`summarizer.sentences.list_line_starts`)."""
    h = line.strip().rstrip("：:")
    return 0 < len(h) <= NOTES_SECTION_CHARS and not any(ch in h for ch in "，,、") and (
        aspects.heading_aspect(h) is not None)


def structure_stage(doc: EssayDoc) -> EssayDoc:
    """``structure``: enumerated items and heading lines of the essay (:func:`summarizer.structure.parse`; the bare
    lines under a bare section name, :func:`names_section`, are its text); ``issuer``: the span of a 公文 title's
    issuer on its first line (:func:`summarizer.essays.issuer_span`)."""
    doc.structure = parse(doc.body, names_section)
    doc.issuer = issuer_span(doc.body)
    return doc


def sentences_stage(doc: EssayDoc) -> EssayDoc:
    """``sentences``: sentence and heading units (:func:`summarizer.sentences.split_sentences`, with
    :func:`names_section`; a table row read by its cells, its header row left out)."""
    doc.sentences = split_sentences(doc.body, section_name=names_section, table_cells=True)
    return doc


def aspects_stage(doc: EssayDoc) -> EssayDoc:
    """``roles``: aspect and role of every structure item (:func:`summarizer.aspects.analyze`)."""
    doc.roles = aspects.analyze(doc.structure)
    return doc


def tokens_stage(doc: EssayDoc) -> EssayDoc:
    """``tokens``: content tokens of every sentence, one segmentation pass over the essay."""
    doc.tokens = content_tokens(doc.sentences, doc.tokenizer, doc.body)
    return doc


def textrank_stage(doc: EssayDoc) -> EssayDoc:
    """``ranking``: TextRank graph and PageRank scores of the sentences (:class:`summarizer.textrank.Ranking`)."""
    doc.ranking = Ranking.from_tokens(doc.sentences, doc.tokens)
    return doc


#: The essay summary's budget scales with the essay: ``min(summary_chars, max(SUMMARY_MIN_CHARS,
#: SUMMARY_RATIO x content characters))`` (a 300-character essay gets a 60-character summary, not 200).
SUMMARY_RATIO = 0.2
SUMMARY_MIN_CHARS = 60

#: A leading abstract label glued to its text by line joining (``摘要人才资源作为……``, ``【摘要】……``).
_ABSTRACT_LABEL = re.compile(r"[【\[]?(?:内容)?(?:摘\s?要|提\s?要)[】\]]?[:：]?\s*")


def summary_budget(doc: EssayDoc) -> int:
    """Characters the essay's summary may use: ``options.summary_chars`` scaled down for short essays
    (:data:`SUMMARY_RATIO` of the essay's content characters, at least :data:`SUMMARY_MIN_CHARS`)."""
    content = sum(map(len, doc.body.split()))  # the non-whitespace characters (str.split: str.isspace's set)
    return min(doc.options.summary_chars, max(SUMMARY_MIN_CHARS, round(SUMMARY_RATIO * content)))


#: A side note that opens with its label (``备注：以上数据来自……``, ``注：``, ``资料来源：``): about the text, not of it.
_SIDE_NOTE = re.compile(r"[（(【\[]?(?:备注|附注|注释|注|说明|资料来源|数据来源|来源|出处)[）)】\]]?[:：]")
_COLONS = ("：", ":")


#: Marks after which a speaker's reported words follow the verb of saying (``王明表示，…``, ``陈女士说：“…”``).
_SAID_FOLLOWS = "，,：:“「"
#: Marks inside a cut that make it more than a bare speech frame. (These are the marks it has been read with since
#: the merge: its first constant, ``"，,；;：:。！？!?"``, shared the name ``_CLAUSE_MARKS`` with the summary cut's set
#: below, which replaced it at import.)
_SPEECH_FRAME_MARKS = frozenset("；;，,、：:")


def speech_frame_only(body: str, a: int, b: int) -> bool:
    """True when ``body[a:b]`` (essay-local offsets into the Simplified view) is one clause that ends with a verb of
    saying or learning (``news_report_verb``, ``news_mention_verb``, ``speech_frame_verb`` of ``resources/cues.txt``)
    and the reported words follow it in ``body`` after a comma, a colon or a quotation mark: a summary sentence cut
    there (``市卫健委主任王明在发布会上介绍``) holds the speaker and none of what was said. O(b - a)."""
    if b <= a or b >= len(body) or body[b] not in _SAID_FOLLOWS:
        return False
    if any(c in _SPEECH_FRAME_MARKS for c in body[a:b]):
        return False
    lex = aspects.lexicon()
    verbs = lex.words("news_report_verb") + lex.words("news_mention_verb") + lex.words("speech_frame_verb")
    return body[a:b].rstrip().endswith(verbs)


def _acknowledgement(sentence: str) -> bool:
    """Whether ``sentence`` is a reply letter's acknowledgement of what it answers: it ends (its end mark and spaces
    aside) in a word of the ``acknowledgement`` cue group (``您提出的《关于…的提案》收悉。``, ``来信敬悉``): it tells
    that the letter came, no content of the reply, and opens no summary. Constant work (the sentence's last characters)."""
    core = sentence.rstrip().rstrip("。！!．. \u3000")
    return len(core) <= 200 and core.endswith(aspects.lexicon().words("acknowledgement"))


def _summary_candidates(doc: EssayDoc) -> list[int]:
    """Positions of the sentences a summary may use, best kind first: body sentences into which no section
    heading was glued, that are not an item cut from its enumeration (``一是……；二是……`` with no subject:
    a sentence opened by, or holding, a run-in list marker), and, in a Chinese essay, not mostly Latin text (an
    English abstract); else the body sentences without glued headings; else any body sentence; else every unit (a
    text made of headings). Only the last two kinds hold a lead-in that ends in a colon (``存在的问题：``), a sentence that only
    announces the list after it (:func:`summarizer.aspects.announces_list_ahead`: ``问题主要有以下几点。``) or a side
    note (``备注：……``, :data:`_SIDE_NOTE`) or a reply letter's acknowledgement (:func:`_acknowledgement`: ``您提出的
    《…》收悉。``) or a transcript's turn of speech fillers alone (:func:`summarizer.news.filler_sentence`: ``甲：嗯，
    好，那个，就这样吧。``, try55). A list line (:func:`summarizer.sentences.list_line_starts`:
    ``- 队伍老化问题突出`` with no full stop) is the item's whole text, no heading glued to a body: it is a sentence
    of the best kind. In an interview (:func:`summarizer.points.interview_turns`) the sentences of the
    interviewer's turns (questions, thanks) are no candidates while another sentence is."""
    structure, sentences = doc.structure, doc.sentences
    headings = sorted((it.start, it.heading_end) for it in structure.items if it.titled)
    inline = sorted(it.start for it in structure.items if it.family != "line")
    starts = [a for a, _ in headings]
    reach = list(itertools.accumulate((b for _, b in headings), max))  # furthest heading end among the first k

    def glued(s: Sentence) -> bool:  # some heading [a, b) with a < s.end and s.start < b (binary search)
        k = bisect.bisect_left(starts, s.end)
        return k > 0 and reach[k - 1] > s.start

    def enumerated(s: Sentence) -> bool:
        k = bisect.bisect_left(inline, s.start)
        return k < len(inline) and inline[k] < s.end

    cjk_doc = cjk_balance_sign(doc.body[:2000]) > 0

    def latin(s: Sentence) -> bool:
        return cjk_doc and cjk_balance_sign(doc.body[s.start:s.end]) < 0

    listed = list_line_starts(doc.body, names_section)

    title = _title(doc)  # (the output stage reads it again: constant work per essay)
    title_keys = {k for k in (_title_line_key(doc.text), _squeeze_key(title) if title else None) if k and len(k) >= 4}

    def aside(s: Sentence) -> bool:  # a lead-in ending in a colon or in 如下, or a side note, or the title again
        # (or a sentence that only announces the list after it, 问题主要有以下几点。: it summarizes nothing, fix41)
        return (s.text.endswith(_COLONS) or _SIDE_NOTE.match(s.text) is not None or lead_in(s.text)
                or aspects.announces_list_ahead(s.text)
                or _reader_call(s.text) or _acknowledgement(s.text)
                or filler_sentence(doc.body[past_speaker_label(doc.body, s.start, s.end):s.end])
                or bool(title_keys) and len(s.text) <= TITLE_LINE_CHARS + 4 and _squeeze_key(s.text) in title_keys)

    body = [i for i, s in enumerate(sentences) if s.kind == "sentence"]
    # (a sentence the text repeats word for word, a pasted paragraph twice or a refrain, is a candidate once: its
    # first copy; a summary that says the same sentence twice says nothing more, try48)
    body = [i for i, first in zip(body, first_copies([sentences[i].text for i in body])) if first]
    asked = [(t.start, t.end) for t in interview_turns(doc.body) if t.asks]
    if asked:
        # (记者：…有哪些困难？ ⏎ 王教授：… ⏎ 记者：谢谢王教授。: the interviewer's questions and small talk state nothing
        # the interview says; its summary is the answers', fix38)
        ask_starts = [a for a, _ in asked]

        def in_question(s: Sentence) -> bool:
            k = bisect.bisect_right(ask_starts, s.start) - 1
            return k >= 0 and s.start < asked[k][1]

        body = [i for i in body if not in_question(sentences[i])] or body
    clear = [i for i in body if (sentences[i].start in listed or not glued(sentences[i])) and not aside(sentences[i])]
    best = [i for i in clear
            if (sentences[i].start in listed or not enumerated(sentences[i])) and not latin(sentences[i])]
    if 0 < len(best) < STRAY_SUMMARY_SENTENCES and len(body) > len(best) + STRAY_SUMMARY_SENTENCES:
        # (1. 编制…。 ⏎ 2. 推进…。 ⏎ 建立…制度。: the one line a numbered essay left unnumbered is no summary of the
        # essay by itself; its items are read as the body sentences they are)
        return body
    return best or clear or body or list(range(len(sentences)))


#: Fewest sentences of the best kind (:func:`_summary_candidates`) a summary is made of alone: fewer, among more body
#: sentences than that over them (an essay of numbered items with a stray unnumbered line), and every body sentence
#: is a candidate.
STRAY_SUMMARY_SENTENCES = 2


def _reader_call(text: str) -> bool:
    """Whether the sentence ``text`` opens with a post's call to its reader (``建议收藏，转发给需要的朋友！``,
    ``建議轉發``: :data:`_READER_CALLS`, which :mod:`summarizer.aspects` reads as no measure): page furniture, no
    summary sentence while the essay has others (ux36). Constant work (a prefix test)."""
    head = text.lstrip("\"“”「『>*-•·　 ")[:6]
    return head.startswith(_READER_CALLS)


#: A post's call to its reader (the ``建议收藏 …`` words of ``resources/cues.txt``, which the aspect rules read as no
#: measure), Simplified and Traditional.
_READER_CALLS = ("建议收藏", "建议点赞", "建议关注", "建议转发", "建议分享", "建议星标", "建议置顶", "建议先收藏",
                 "建议点个赞", "建议转给", "建議收藏", "建議點贊", "建議點讚", "建議關注", "建議轉發", "建議分享",
                 "建議星標", "建議置頂", "建議先收藏", "建議點個讚", "建議轉給")


#: Longest first line read as the essay's title line by :func:`_title_line_key`, in characters.
TITLE_LINE_CHARS = 60
_KEY_DROP = re.compile(r"[\s。．.！!？?，,、；;：:“”\"'「」『』《》〈〉【】()（）\[\]]+")


def _squeeze_key(text: str) -> str:
    """``text`` without spaces and punctuation: the key two printings of one title share (``关于…的建议`` and
    ``关于…的建议。``, ``【X】`` and ``X``). Linear."""
    return _KEY_DROP.sub("", text)


def _title_line_key(text: str) -> str | None:
    """The :func:`_squeeze_key` of the essay's first non-empty line when it reads as a title line (p29struct, Part
    29's trial kind 8): at most :data:`TITLE_LINE_CHARS` characters, a Chinese character, no full stop or
    exclamation inside or at its end (a question mark may end a headline: ``…應如何定位？``), and a line break after
    it. A body sentence with the same key is the title printed again (a page that prints its title twice, or a
    question headline split as a sentence) and no sentence of the summary, as is one with the key of the essay's
    title (:func:`_title`; its line may be gone from the essay's text). None otherwise; reads one line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start, start + TITLE_LINE_CHARS + 2)
    if end < 0:
        return None
    line = text[start:end].strip()
    if not line or not CJK_RE.search(line) or any(ch in line for ch in "。！!；;"):
        return None
    key = _squeeze_key(line)
    return key if len(key) >= 4 else None


def lead_in(text: str) -> bool:
    """Whether the sentence ``text`` only announces what follows it: it ends (its end marks and spaces aside) with a
    word of the ``summary_lead_in_end`` group of ``resources/cues.txt`` (``现将有关情况报告如下。``), as a lead-in
    ending in a colon does. O(len(text))."""
    return aspects.announces_following(text)


#: Sentences from the essay's start searched for the lead-in of its purpose (:func:`_purpose_span`): a 公文 or report
#: states it in its opening paragraph.
PURPOSE_OPENING_SENTENCES = 8
#: Fewest characters of a purpose clause glued before its lead-in in one sentence (``为…，决定…，现将…如下：``).
_PURPOSE_MIN_CHARS = 8


def _purpose_span(doc: EssayDoc) -> tuple[int, int, int] | None:
    """Essay-local ``(start, end, sentence)`` of the sentence that states what the document is for (``sentence``:
    its position in ``doc.sentences``): in the first
    :data:`PURPOSE_OPENING_SENTENCES` units, the first lead-in (:func:`lead_in`: ``现将有关事项通知如下。``) that
    comes before any section heading; the purpose is the body sentence right before it (``…决定在全县开展…整治
    行动。``, ``…对农村饮水安全工作进行了专题调研。``), or, when the lead-in is glued to it in one sentence, the
    clauses before the lead-in's own (``为…，决定…，现将有关事项通知如下：`` → up to the comma). None when there is
    no such lead-in or no sentence before it, or that sentence is a reply's acknowledgement (:func:`_acknowledgement`). Bounded: O(PURPOSE_OPENING_SENTENCES sentences)."""
    sentences = doc.sentences
    for i, s in enumerate(sentences[:PURPOSE_OPENING_SENTENCES]):
        if i and s.kind == "heading":
            return None  # past the title: the sections have begun
        if s.kind != "sentence" or not lead_in(s.text):
            continue
        cut = max(s.text.rfind("，"), s.text.rfind(","))
        if cut >= _PURPOSE_MIN_CHARS:
            return s.start, s.start + cut, i
        prev = sentences[i - 1] if i else None
        if prev is not None and prev.kind == "sentence" and not lead_in(prev.text) and not _acknowledgement(prev.text):
            return prev.start, prev.end, i - 1
        return None  # (您提出的《…》收悉。现答复如下：: the acknowledgement says no purpose, the reply's sentences rank)
    return None


def _unmarked(doc: EssayDoc, s: Sentence, starts: list[int]) -> int:
    """Start of ``s`` past its leading list marker, unless nothing else is left (``一、``) or the sentence holds
    further markers of its run (``一是…；二是…；三是…``: stripping only the first would read oddly); past a
    leading abstract label (``摘要``) and a speaker's or a column's label (``张教授：``, ``社評：``:
    :func:`summarizer.points.past_speaker_label`) too. ``starts``: the starts of ``doc.structure.items`` (a binary
    search finds the items inside ``s``)."""
    a = marker_end(doc.structure, s.start)
    items = doc.structure.items  # in text order; ``starts``: their starts
    k = bisect.bisect_right(starts, s.start)
    # (a bullet is no numbered run: a sentence opened by one drops it whatever markers follow; the bullet of a
    # markdown list, "- ", stands in the cleaned text as "•", a character the user did not write)
    lead = items[k - 1].family if k and items[k - 1].start == s.start else None
    inner = False
    while lead != "bullet" and k < len(items) and items[k].start < s.end:
        if items[k].family != "line" and items[k].start > s.start:
            inner = True
            break
        k += 1
    a = a if a < s.end and not inner else s.start
    bullet = _OPENING_BULLET.match(doc.body, a, s.end)  # (● ◆ ■ …: no item of the structure; ux34)
    if bullet and bullet.end() < s.end:
        a = bullet.end()
    m = _ABSTRACT_LABEL.match(doc.body, a, s.end)
    a = m.end() if m and m.end() < s.end and m.end() > a else a
    a = field_label_end(doc.body, a, s.end)  # (问题：…, 整改措施：…: the field's label, stripped as the points do; fix47)
    return past_speaker_label(doc.body, a, s.end)  # (张教授：…, 社評：…: who speaks is no part of what is said; fix37)


def _heading_item(doc: EssayDoc, titled: list, heads: list[int], start: int, end: int):
    """The titled item of ``titled`` (``doc.structure``'s titled items in text order; ``heads``: their
    ``content_start``) whose heading holds ``[start, end)`` (essay-local), or None: a point that is a section's
    heading (``（一）供水设施老化严重。``) rather than a sentence of its body. Binary search: O(log items)."""
    j = bisect.bisect_right(heads, start) - 1
    if j >= 0 and end <= titled[j].heading_end:
        return titled[j]
    return None


def _aspect_sentences(doc: EssayDoc, candidates: list[int]) -> dict[str, list[int]]:
    """Per aspect, the candidate sentences that hold one of its points (essay-local offsets), best first. A point
    that is a section's heading (``（一）供水设施老化严重。`` over its body) is stated by its section's body: the
    candidate sentences between the heading's end and the item's end host it (a heading is no summary sentence,
    :func:`summary_stage`)."""
    starts = [doc.sentences[i].start for i in candidates]
    titled = [it for it in doc.structure.items if it.titled]
    heads = [it.content_start for it in titled]
    out: dict[str, list[int]] = {}
    for aspect, points in doc.points.items():
        hits: set[int] = set()
        for p in points:
            k = bisect.bisect_right(starts, p.start) - 1
            if k >= 0 and doc.sentences[candidates[k]].end > p.start:
                hits.add(candidates[k])
                continue
            item = _heading_item(doc, titled, heads, p.start, p.end)
            if item is not None:
                hits.update(candidates[bisect.bisect_left(starts, item.heading_end):
                                       bisect.bisect_left(starts, item.end)])
        out[aspect] = sorted(hits, key=lambda i: -float(doc.ranking.scores[i]))
    return out


#: Fewest content tokens of a sentence that fills the rest of a summary's budget (:func:`_fills`).
FILL_MIN_TOKENS = 3
#: Fewest characters left of the budget for which a summary sentence after the first is cut to fit.
_MIN_CUT_CHARS = 8


#: Marks that end a statement that may fill a summary (:func:`_fills`); closing quotes may follow them, and an ASCII
#: full stop ends one after a Chinese character.
_STATEMENT_ENDS = "。！!；;"


def _enumeration_cut(body: str, a: int, b: int) -> int:
    """The end of the cut summary piece ``body[a:b]`` (essay-local offsets), never inside an enumeration: a cut
    before a ``、`` (``……担当作为不够，形式主义、官僚主义……``) ends at the clause before it (its last ``，``/``；``), when
    there is one; else ``b``. O(b - a)."""
    if b < len(body) and body[b] in "、":
        k = max(body.rfind(mark, a, b) for mark in "，,；;")
        if k > a:
            return k
    return b


#: Marks that end a clause of a cut summary piece (:func:`_unframed_end`), read outside brackets and quotations
#: (``《(博客,微博)》``); a colon is left out (``（报料号：…）``).
_FRAME_CLAUSE_MARKS = frozenset("，,；;。！？")
_FRAME_OPEN, _FRAME_CLOSE = "（(《“「【[", "）)》”」】]"


def ends_inside_clause(body: str, b: int, end: int) -> bool:
    """Whether a summary piece cut to end at ``b`` (essay-local offset into ``body``) out of a sentence that ends at
    ``end`` stops inside a clause: ``b < end`` and the character at ``b`` is no clause or sentence mark
    (:data:`_CLAUSE_MARKS`, :data:`_SUMMARY_ENDS`) nor a closing quote or bracket, so the piece ends on a fragment whose
    predicate or object the cut left out (``其中，全市今年首季合共錄得約九千`` of ``…九千零五十宗…案件…``). Constant work."""
    return b < end and body[b] not in _CLAUSE_MARKS and body[b] not in _SUMMARY_ENDS and body[b] not in _CLOSING


def _unframed_end(body: str, a: int, b: int) -> int:
    """The end of the cut summary piece ``body[a:b]`` (essay-local offsets) without a last clause that only frames
    the words after it (:func:`speech_frame_only`: ``…，他向记者表示``, ``…。据了解``, ``…。值得注意的是``): the piece
    then ends at the clause before (at its ``。`` when a sentence ends there), or at the sentence before when what
    is left of the last sentence is a stub of fewer than :data:`_MIN_CUT_CHARS` characters (``…。近期``); ``a`` (no
    piece) when nothing is left. ``b`` when the last clause is no frame or is the whole piece. Clause marks are read
    outside brackets and quotations. O(b - a)."""
    marks: list[int] = []  # clause marks at depth 0, in order
    depth = 0
    for k in range(a, b):
        ch = body[k]
        if ch in _FRAME_OPEN:
            depth += 1
        elif ch in _FRAME_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _FRAME_CLAUSE_MARKS:
            marks.append(k)
    if not marks or not speech_frame_only(body, marks[-1] + 1, b):
        return b
    c = marks[-1]
    end = c + 1 if body[c] in "。！？" else c
    ends = [k for k in marks[:-1] if body[k] in "。！？"]
    stub = ends[-1] + 1 if ends else a  # where the last sentence left in the piece starts
    if body[c] not in "。！？" and end - stub < _MIN_CUT_CHARS:
        return stub
    return end


#: A concession's turn to its main clause after a comma (``，但``, ``，但是``, ``，然而``, ``，却``; the
#: ``concession_turn`` cue group), with an optional comma and 却/仍 after it left on the main clause. Bounded.
_SUMMARY_TURN = re.compile(r"[，,][ \t\u3000]{0,2}(?:但是|但|然而|可是|不过|却)[，,]?[ \t\u3000]{0,2}")


def concession_cut_start(body: str, a: int, b: int, whole: int) -> int | None:
    """Where a summary piece ``body[a:b]`` (essay-local offsets), cut to fit out of a sentence that ends at ``whole``,
    should start instead when it ends on a concession that the cut left unanswered (``当前，…建设虽然取得一定进展`` of
    ``…虽然取得一定进展，但仍存在…等问题``; the ``concession`` words of ``theme_frames``: 虽然, 尽管, 即使 …, with no
    turn after them inside the piece): the start of the main clause past its turn (:data:`_SUMMARY_TURN`, before
    ``whole``), or with no turn (``即使投入增加，效果仍不明显``) the clause right after the cut's comma, so that the
    summary states what the sentence holds, not what it grants (fix57). ``a`` when the piece should be dropped (nothing
    follows before ``whole``); None when the piece ends on no unanswered concession. Linear in ``whole - a``."""
    if b >= whole:
        return None
    piece = simplified_view(body[a:b])
    k = max((piece.rfind(w) for w in _concession_words()), default=-1)
    if k < 0 or _SUMMARY_TURN.search(piece, k) is not None:
        return None
    m = _SUMMARY_TURN.search(body, b - 1 if b > a else b, whole)
    if m is not None:
        return m.end() if m.end() < whole else a
    return b + 1 if body[b] in "，," and b + 1 < whole else a


@functools.lru_cache(maxsize=1)
def _concession_words() -> tuple[str, ...]:
    """The ``concession`` words of ``resources/theme_frames.txt`` (虽然, 尽管, 即使 …) that open a conceding clause.

    Raises:
        ResourceError: the file is missing or undecodable."""
    return tuple(aspects.word_groups("theme_frames.txt", "theme frames").get("concession", ()))


def _fills(doc: EssayDoc, i: int) -> bool:
    """Whether sentence ``i`` may fill the rest of the summary's budget once the ranked and aspect sentences are
    picked: a statement that ends as one (``。！；``, then closing quotes; not a question: ``那么我们要怎么做呢？``;
    not a fragment that a line or page break cut, ``有的单位对…认识不深刻,没有``, a heading or a link of a list,
    ``•学科教育论文``) with at least :data:`FILL_MIN_TOKENS` content tokens (not ``那么。`` or ``请见谅。``: short
    fillers rank well by their position alone). O(1) per sentence."""
    text = doc.sentences[i].text.rstrip()
    k = len(text)
    while k and text[k - 1] in _CLOSING:
        k -= 1
    ends = k and (text[k - 1] in _STATEMENT_ENDS or text[k - 1] == "." and k > 1 and is_cjk(text[k - 2]))
    return bool(ends) and len(doc.tokens[i]) >= FILL_MIN_TOKENS


def _refers_back(doc: EssayDoc, i: int, chosen) -> bool:
    """Whether sentence ``i`` opens with a back-reference to what the summary leaves out: a word of the
    ``back_reference`` group of ``resources/cues.txt`` (``这些问题…`` ``上述…`` ``此举…``) after the connectives
    :func:`summarizer.points.unlinked_start` drops (``而这只是…``), while the sentence before it is not in
    ``chosen`` (a set of sentence indices: the summary's). The summary's fill prefers sentences that do not: what
    they point back to is not there. O(length of the longest connective)."""
    if i - 1 in chosen:
        return False
    s = doc.sentences[i]
    a = unlinked_start(doc.body, s.start, s.end, doc.tokenizer.cut)
    return doc.body.startswith(_back_references(), a)


@functools.lru_cache(maxsize=1)
def _back_references() -> tuple[str, ...]:
    """The ``back_reference`` words of ``resources/cues.txt`` (``这`` ``上述`` ``此`` …), Simplified."""
    return tuple(aspects.lexicon().words("back_reference"))


def _byline_cleaned(doc: EssayDoc) -> bool:
    """Whether the essay opened with a news dateline or byline that cleaning removed (the ``news_byline`` rule:
    ``新华社北京3月7日电（记者王明）``): :func:`summarizer.news.news_opening` read over the original input from just
    after the last character kept before the essay (the input's start for the first; at most
    :data:`~summarizer.news.NEWS_OPENING_CHARS` before its first kept character) to as many characters past it, in Simplified form. Only when
    that rule removed something; linear in that window."""
    ct = doc.clean
    if not ct.removed.get("news_byline") or doc.essay.end <= doc.essay.start:
        return False
    first = int(ct.offsets[doc.essay.start])
    a = ct.original_end(doc.essay.start) if doc.essay.start > 0 else 0
    a = max(a, first - NEWS_OPENING_CHARS)  # (bounded: a long removed block before the essay is not read whole)
    window = doc.original[a:first + NEWS_OPENING_CHARS]
    # the removed byline lies before the first kept character: the window is read from its start
    return news_opening(simplified_view(window))


#: Non-whitespace characters from which an essay with no sections counts as a long report
#: (:func:`lead_prior_applies`): legal news and commentary run to thousands (lexeval_5_1: 2,600-18,000), the policy
#: essays of the aspect corpora mostly below (of their 146 essays and the seed's, two qualify; one summary
#: changes).
LEAD_PRIOR_MIN_CHARS = 2000


def lead_prior_applies(doc: EssayDoc) -> bool:
    """Whether the essay's summary ranks its sentences with the lead prior (:data:`~summarizer.textrank.LEAD_DAMPING`,
    :data:`~summarizer.textrank.LEAD_POSITION_BIAS`): a long written report, at least :data:`LEAD_PRIOR_MIN_CHARS`
    non-whitespace characters, with no section heading (no titled item of its structure, no heading unit) and not
    speech (:func:`summarizer.news.spoken`: a meeting transcript's opening is greetings and procedure). A report told
    in one run opens with what it is about; an essay in sections states its points under its headings, and its
    summary keeps the default prior. Linear in the essay."""
    body = doc.body
    n = sum(map(len, body.split()))  # the non-whitespace characters (str.split: str.isspace's set)
    if n < LEAD_PRIOR_MIN_CHARS:
        return False
    if any(it.titled for it in doc.structure.items) or any(s.kind == "heading" for s in doc.sentences):
        return False
    return not spoken(body, n)


def summary_stage(doc: EssayDoc) -> EssayDoc:
    """``summary``: :func:`summarizer.textrank.select` (the TextRank of :func:`summarizer.textrank.extract`, with
    its default position bias) within :func:`summary_budget` characters over :func:`_summary_candidates`; then,
    when the essay has challenge or recommendation points and no picked sentence states one, the best-ranked
    candidate sentence holding such a point replaces the lowest-ranked pick (or is added when the budget allows; it
    replaces a lone pick that passes the budget whatever its own length, both being cut at a clause boundary),
    so the summary states the essay's main challenge and recommendation; when every sentence holding an aspect's
    points is an enumeration the summary does not take (``一是…；二是…``), its first point itself is added, with
    the ``；``/``。`` that ends it, when it ends at its clause's mark and fits. List markers and abstract labels are
    stripped; a sentence longer than what is left of the budget is cut at a clause boundary
    (:func:`summarizer.points.shape`), never inside an enumeration (before a ``、``: at the clause before it); a cut
    that still ends inside a clause (:func:`ends_inside_clause`) is left out once the summary holds a piece. An
    essay that opens like a news report (:func:`summarizer.news.news_opening`: a dateline or byline), or is one by its
    genre (:func:`summarizer.news.news_genre`: dated events attributed to sources, no speech), gets its lead
    instead (:func:`summarizer.news.lead_picks`: the first candidates in document order, the budget filled; no
    aspect sentence replaces them): the lead baseline of newswire (Nenkova 2005). A long report with no sections
    (:func:`lead_prior_applies`) is ranked with the stronger lead prior of :data:`~summarizer.textrank.LEAD_DAMPING`
    (its aspect sentences are still added).

    A document that states its purpose before a lead-in (:func:`_purpose_span`: ``…决定在全县开展…行动。现将有关
    事项通知如下。``) opens its summary with that sentence, and the ranked sentences share what it leaves of the
    budget; a lead-in itself (:func:`lead_in`) is no candidate. A point that is a section's heading is stated by its
    section's body (:func:`_aspect_sentences`), never added as a sentence of its own. After the aspect sentences,
    the budget is filled with the next-ranked candidates that fit (``select(..., fill=True)`` from the sentences
    picked; not for a news lead): statements that end as one (:func:`_fills`), first those that read alone, the
    ones that open with a back-reference to a sentence left out (:func:`_refers_back`: ``这些问题…``) only in what
    those leave; when the one sentence picked passes the budget, what its cut at a clause boundary leaves is filled
    so (a report of long sentences: ``事项：公司发布公告`` and a next-ranked statement). A connective that links a
    summary sentence to a sentence the summary leaves out is dropped (:func:`summarizer.points.unlinked_start`:
    ``但乡镇一级…`` → ``乡镇一级…``; the point's offsets start after it). A sentence's clause cut off by the end of a
    stored page (:func:`summarizer.points.cut_off_end`: ``…支持与投入，不``) is left out of it. Runs after the points
    stage."""
    full = budget = summary_budget(doc)
    candidates = _summary_candidates(doc)
    sentences, scores, body = doc.sentences, doc.ranking.scores, doc.body
    starts = [it.start for it in doc.structure.items]

    def size(i: int) -> int:  # characters the sentence adds to the summary (marker and label stripped)
        return sentences[i].end - _unmarked(doc, sentences[i], starts)

    # a news report (by its opening or its genre) keeps its lead, in order, and no aspect sentence displaces it
    news = news_opening(body) or _byline_cleaned(doc) or news_genre(body)
    # the sentence that states what the document is for (…决定开展…。现将有关事项通知如下。) opens the summary; the
    # ranked sentences fill what it leaves of the budget
    purpose = None if news else _purpose_span(doc)
    if purpose is not None and purpose[1] - purpose[0] + 1 > budget:
        purpose = None
    if purpose is not None:
        budget -= purpose[1] - purpose[0] + 1  # (and the 。 that join_summary may add after a cut clause)
        candidates = [i for i in candidates if sentences[i].end <= purpose[0] or sentences[i].start >= purpose[1]]
    lead_prior = lead_prior_applies(doc)
    ranking, bias = ((dataclasses.replace(doc.ranking, damping=LEAD_DAMPING), LEAD_POSITION_BIAS) if lead_prior
                     else (doc.ranking, DEFAULT_POSITION_BIAS))
    selection = select(ranking, budget=budget, eligible=candidates, position_bias=bias) \
        if candidates and budget >= 1 else None
    picked = lead_picks(candidates, lambda i: body[_unmarked(doc, sentences[i], starts):sentences[i].end],
                        budget) if news else [] if selection is None else list(selection.indices)
    if purpose is not None:
        picked = [i for i in picked if size(i) <= budget]  # (select takes its first pick even past the budget)
    hosting = _aspect_sentences(doc, candidates)
    titled = [it for it in doc.structure.items if it.titled]
    heads = [it.content_start for it in titled]
    covering = {i for hosts in hosting.values() for i in hosts}
    own_points: list[tuple[int, int, float]] = []  # (start, end, score) of points stated as they are
    for aspect in () if news else (aspects.CHALLENGE, aspects.RECOMMENDATION):
        hosts = hosting.get(aspect, [])
        if not hosts and doc.points.get(aspect):
            # every sentence stating this aspect is an enumeration (一是…；二是…) the summary does not take whole:
            # its first point, on its own, states it (当前…面临不少困难。+ 居民分类习惯尚未养成，…)
            first = doc.points[aspect][0]
            if _heading_item(doc, titled, heads, first.start, first.end) is not None:
                continue  # a heading is no summary sentence (供水设施老化严重。 with its body not a candidate)
            # with the mark that ends it in the text (；。), so that what follows it in the summary is not glued on; a
            # point that ends inside its clause (数据标准，…) reads as a fragment there and is not taken
            if body[first.end:first.end + 1] not in ("；", ";", "。", "！", "？"):
                continue
            end = first.end + 1
            used = sum(size(i) for i in picked) + sum(b - a for a, b, _ in own_points)
            if used + (end - first.start) <= budget and not any(
                    sentences[i].start <= first.start < sentences[i].end for i in picked):
                own_points.append((first.start, end, first.score))
            continue
        if not hosts or any(i in hosts for i in picked):
            continue
        best = hosts[0]
        used = sum(size(i) for i in picked)
        if used + size(best) <= budget or (not picked and purpose is None):
            picked.append(best)
            continue
        # replace the lowest-ranked pick that states no point, when the host then fits
        free = [i for i in picked if i not in covering]
        if free:
            worst = min(free, key=lambda i: float(scores[i]))
            # (or when the one pick passes the budget itself: cut at a clause either way, the sentence that states
            # the essay's point is the one cut, not a stray one such as the thanks a page cut opens with; trialfix21a)
            if used - size(worst) + size(best) <= budget or (
                    picked == [worst] and size(worst) > budget and purpose is None):
                picked.remove(worst)
                picked.append(best)
    rest = budget - sum(b - a for a, b, _ in own_points)
    if selection is not None and not news and rest >= 1:
        # the budget filled: the next-ranked statements that fit, after the aspect sentences (mmr_select's fill)
        kept = set(picked)
        fillers = [i for i in candidates if i in kept or _fills(doc, i)]
        if len(picked) == 1 and size(picked[0]) > rest and purpose is None:
            # the one pick passes the budget and is cut at a clause boundary below: what its cut leaves is filled
            # with the next-ranked statements that fit there (a report of long sentences: 事项：公司发布公告 + …)
            first = picked[0]
            a, b = shape(body, _unmarked(doc, sentences[first], starts), sentences[first].end, rest)
            room = rest - (_enumeration_cut(body, a, b) - a + 1)  # (and the 。 that join_summary adds after it)
            fit = [i for i in fillers if i != first and size(i) <= room]
            more = select(ranking, budget=room, eligible=fit, position_bias=bias, fill=True).indices \
                if fit and room >= _MIN_CUT_CHARS else []
            picked = [first, *more]
        else:
            filled = select(ranking, budget=rest, eligible=fillers, position_bias=bias, fill=True,
                            chosen=picked).indices
            in_summary = set(filled)
            if any(_refers_back(doc, i, in_summary) for i in filled if i not in kept):
                # a sentence that refers back to one left out filled the budget: the self-contained fillers fill
                # it first, and the others only what they leave (the fill prefers sentences that read alone)
                alone = [i for i in fillers if i in kept or not _refers_back(doc, i, kept)]
                filled = select(ranking, budget=rest, eligible=alone, position_bias=bias, fill=True,
                                chosen=picked).indices
                filled = select(ranking, budget=rest, eligible=fillers, position_bias=bias, fill=True,
                                chosen=filled).indices
            picked = filled
        if purpose is not None:
            picked = [i for i in picked if size(i) <= rest]  # (with none chosen, select's first pick may not fit)
    picked.sort()
    chosen = set(picked) | ({purpose[2]} if purpose is not None else set())

    def opening(i: int) -> int:  # past its marker and label, and past a connective to a sentence left out
        a = _unmarked(doc, sentences[i], starts)
        if i - 1 in chosen:  # (after the sentence it follows, its marker or connective reads as written)
            return a
        a = cut_run_marker_end(body, a, sentences[i].end)  # (二是… with the list it numbers left out: no residue)
        return unlinked_start(body, a, sentences[i].end, doc.tokenizer.cut)

    pieces = sorted([(opening(i), sentences[i].end, float(scores[i])) for i in picked] + own_points
                    + ([] if purpose is None else [(purpose[0], purpose[1], float(scores[purpose[2]]))]))
    out: list[Point] = []
    left = full
    cut = cut_off_end(body, sentences)  # (a last clause cut off by the end of a stored page: …投入，不; trialfix22b)
    for n, (a, b, score) in enumerate(pieces):
        after = body[pieces[n + 1][0]:pieces[n + 1][0] + 1] if n + 1 < len(pieces) else ""
        if b > cut:
            a, b = shape(body, a, cut, max(cut - a, 1)) if cut > a else (a, a)
            if b <= a:
                continue
        if b - a > left:
            if out and left < _MIN_CUT_CHARS:
                continue  # (a filled budget's last character or two: no fragment such as 自 or 薄?)
            whole = b
            a, b = shape(body, a, b, max(left, 1))
            # (a cut at the character limit, no clause mark inside it: at the last word boundary, never inside a
            # word or a noun compound, …宽带网络和第五 → …宽带网络; fix38)
            b = word_end(body, a, b, max(left, 1), doc.tokenizer.cut)
            if speech_frame_only(body, a, b):
                continue  # (王明在发布会上介绍，…: the cut kept the speaker, not the words)
            b = _enumeration_cut(body, a, b)
            b = _unframed_end(body, a, b)
            turn = concession_cut_start(body, a, b, whole)
            if turn is not None:
                # (…虽然取得一定进展 of …虽然…，但仍存在…: what the sentence grants alone is no summary; its main
                # clause is, cut to fit in its turn; fix57)
                if turn <= a:
                    continue
                a, b = shape(body, turn, whole, max(left, 1))
                b = _unframed_end(body, a, _enumeration_cut(body, a, word_end(body, a, b, max(left, 1),
                                                                               doc.tokenizer.cut)))
                if b - a < _MIN_CUT_CHARS:
                    continue
            a = cut_run_marker_end(body, a, b)  # (一是A；二是B cut to 一是A: the 一是 numbers nothing left)
            if out and ends_inside_clause(body, b, whole):
                continue  # (…。其中，全市今年首季合共錄得約九千: a cut inside a clause after whole sentences says nothing: try56)
        if b > a and left > 0:
            out.append(doc.point(a, b, score))
            # the 。 (or the space between two Latin sentences) that join_summary adds when a sentence follows
            left -= b - a + _needs_end(body[a:b]) + _needs_space(body[a:b], after)
    if not out and picked:
        i = picked[0]
        a, b = shape(body, _unmarked(doc, sentences[i], starts), sentences[i].end, full)
        out.append(doc.point(a, b, float(scores[i])))
    doc.summary = out
    return doc


#: A run-in or numbered list marker that opens a summary sentence (``一是``, ``二要``, ``第三，``, ``其二，``, ``首先，``,
#: ``（三）``, ``(3)``, ``3、``, ``3.``, ``③``), with the spaces after it: :func:`cut_run_marker_end`. Anchored, bounded.
#: Its own pattern, not :data:`summarizer.points._ITEM_MARKER` (an inline list after a colon): a summary sentence's
#: marker is stripped, so this one also reads ``一要``, ``再次，`` and numbers with 百/零/两, but ``首先`` only before
#: its comma (``首先要…`` is no marker it strips) and with no spaces inside brackets. Kept apart on purpose.
_RUN_MARKER = re.compile(rf"(?:[{CN_NUMBER_CHARS}]{{1,2}}[是要]|[第其][{CN_NUMBER_CHARS}]{{1,2}}[，,、]|(?:首先|其次|再次|最后)[，,]"
                         rf"|[（(][{CN_NUMBER_CHARS}\d]{{1,3}}[）)]|\d{{1,3}}[、.．](?!\d)|[①-⑳])[ \t\u3000]*")
#: A marker of the same kinds after a mark inside the summary sentence (``；二是``, ``。（二）``): the run goes on.
_RUN_MARKER_INSIDE = re.compile(rf"[；;。，,：:\n][ \t\u3000]*(?:{_RUN_MARKER.pattern})")


def cut_run_marker_end(text: str, start: int, end: int) -> int:
    """``start`` moved past the list marker that opens the summary piece ``text[start:end]`` (:data:`_RUN_MARKER`:
    ``一是``, ``第二，``, ``（三）``, ``3、`` …) when the piece holds no further marker of a run after a mark
    (:data:`_RUN_MARKER_INSIDE`): a sentence ``一是A；二是B`` that the summary budget cut to ``一是A`` keeps no residue
    of the list it was cut from, as a point drops its marker; a piece that still holds ``；二是…`` keeps its first
    marker (:func:`_unmarked`). Unchanged when fewer than 4 characters would be left. Offsets into ``text`` (the
    essay's cleaned text); linear in the piece."""
    m = _RUN_MARKER.match(text, start, end)
    if m is None or end - m.end() < 4 or _RUN_MARKER_INSIDE.search(text, m.end(), end):
        return start
    return m.end()


#: A bullet that opens a point's or a summary sentence's text: the bullets of :data:`summarizer.sentences.BULLETS`
#: (``●`` ``◆`` ``■`` …, which the structure does not read as items) and the middle dot ``·``, with the spaces
#: after it (ux34: ``● 引入市场主体…`` gave the point ``●引入市场主体…``).
_OPENING_BULLET = re.compile(rf"[{BULLETS}·][ \t\u3000]*")
#: Financial numerals of a Taiwan or formal document's top headings (``壹、案由``, ``貳、調查意見``) and the heavenly
#: stems of a sub-list (``甲、``, ``乙、``): list markers as ``一、`` is (left44b).
FINANCIAL_NUMERALS = "壹贰貳叁參肆伍陆陸柒捌玖拾"
CN_STEMS = "甲乙丙丁戊己庚辛壬癸"


#: A list marker that opens a point's text when the structure did not read it as one (a numbered heading of a
#: PDF-to-markdown page whose sequence tables broke: ``# （1）明确…`` ⏎ ``# （4）…``): ``（1）`` ``(2)`` ``〔3〕`` ``①``
#: ``一、`` ``3、``, a number with its dot or half parenthesis before a Han character (``101.开展…``, ``1）设立…``: a
#: number the list's run left out; fix42a), with the spaces after it; or a bullet (:data:`_OPENING_BULLET`).
_OPENING_MARKER = re.compile(rf"(?:[（(〔][{CN_NUMBER_CHARS}\d]{{1,3}}[）)〕]|[①-⑳]|[{CN_NUMBER_CHARS}]{{1,3}}、|\d{{1,2}}、"
                             rf"|[{FINANCIAL_NUMERALS}]{{1,2}}、|[{CN_STEMS}]、"
                             rf"|\d{{1,3}}[.．](?=[ \t\u3000]*[{CJK}])|\d{{1,2}}[)）](?=[ \t\u3000]*[{CJK}])|[{BULLETS}·])[ \t\u3000]*")


def _past_opening_marker(text: str, start: int, end: int) -> int:
    """``start`` moved past a list marker that opens ``text[start:end]`` (:data:`_OPENING_MARKER`), when some text
    is left after it; else ``start`` (the README's promise: a point's text has its list markers stripped)."""
    m = _OPENING_MARKER.match(text, start, end)
    return m.end() if m and m.end() < end else start


def essay_points_key(structure, roles, sentences, scores) -> tuple:
    """What :func:`summarizer.points.extract_points` reads of one essay besides the document's options, tokenizer and
    model (which its essays share), as a hashable value: the cleaned text, every item of the structure (its fields,
    its parent as an index), the items' roles, the sentences and their scores. Two essays of one document with equal
    keys get the same points. Linear in the essay."""
    index = {id(it): k for k, it in enumerate(structure.items)}
    items = tuple((*(getattr(it, f) for f in _ITEM_KEY_FIELDS), index.get(id(it.parent), -1))
                  for it in structure.items)
    return (structure.text, items, tuple(None if r is None else (r.aspect, r.role) for r in roles),
            tuple((s.start, s.end, s.kind, s.text) for s in sentences),
            np.asarray(scores, dtype=np.float64).tobytes())


#: The fields of :class:`summarizer.structure.Item` that :func:`essay_points_key` reads (all but the links, which it
#: reads as the parent's index, and the parser's scratch, which takes no part in comparisons).
_ITEM_KEY_FIELDS = tuple(f.name for f in dataclasses.fields(Item) if f.compare and f.name not in ("parent", "children"))


def _remembered_points(doc: EssayDoc, sentences: list[Sentence], scores,
                       compute: Callable[[], dict[str, list[RawPoint]]]) -> dict[str, list[RawPoint]]:
    """``compute()`` (the essay's :func:`summarizer.points.extract_points`), or a copy of the points of an earlier essay
    of the same document whose :func:`essay_points_key` is the same: a collection that repeats an essay (a page
    pasted twice, a template filled alike; 158 copies of one essay in 100,000 characters took 70 % of their time in
    the points stage, each copy some ten milliseconds with every reading memoised; perf58) reads it once. The
    key is built only for an essay whose cleaned text an earlier one has (:attr:`summarizer.document.DocumentText.
    essay_points`: text -> the first such essay's inputs, key -> points). Each essay's points are fresh copies: the
    later passes move their offsets in place. Linear in the essay."""
    memo = doc.document.essay_points
    text = doc.structure.text
    first = memo.get(text)
    if first is None:
        points = compute()
        memo[text] = [(doc.structure, doc.roles, sentences, scores), points]
        return _copied(points)
    if first[0] is not None:  # (the first essay of this text: its key, now that another one has the text)
        memo[essay_points_key(*first[0])] = first[1]
        first[0] = None
    key = essay_points_key(doc.structure, doc.roles, sentences, scores)
    points = memo.get(key)
    if points is None:
        points = memo[key] = compute()
    return _copied(points)


def _copied(points: dict[str, list[RawPoint]]) -> dict[str, list[RawPoint]]:
    """A copy of the lists and of each point (the lists of later stages are their own)."""
    return {aspect: [dataclasses.replace(p) for p in ps] for aspect, ps in points.items()}


def points_stage(doc: EssayDoc) -> EssayDoc:
    """``points``: challenge and recommendation points (:func:`summarizer.points.extract_points`), read over the
    sentences with a quotation of several sentences split into them (:func:`summarizer.sentences.
    quotation_sentences`: a quoted speech's problem and proposals are points of their own), each part scored as the
    unit it comes from; the summary keeps the whole units."""
    units = quotation_sentences(doc.sentences)
    if len(units) == len(doc.sentences):
        sentences, scores = doc.sentences, doc.ranking.scores
    else:
        sentences = [u for u, _ in units]
        scores = np.asarray([doc.ranking.scores[i] for _, i in units], dtype=float)
    doc.points = _remembered_points(doc, sentences, scores, lambda: extract_points(
        doc.structure, doc.roles, sentences, scores, max_points=doc.options.max_points,
        max_point_chars=doc.options.max_point_chars, aspect_model=_points_model(doc.options), cut=doc.tokenizer.cut))
    # (a notice, an achievements report or a rule text that states no problem: its modals are no points, neg29)
    doc.points = register.keep_points(doc.body, [s.text for s in doc.sentences], doc.points,
                                      spans=[(s.start, s.end) for s in doc.sentences])
    # (what was done told as news: how an event was run, a meeting's procedure, a commendation's call, neg48)
    doc.points = register.narrated_points(doc.body, [(s.start, s.end) for s in doc.sentences], doc.points)
    text = doc.structure.text
    _drop_reported_advice(doc, text)
    _news_advice(doc, text)
    _post_points(doc, text)
    _unheeded_advice(doc, text)
    # (一年来…现总结如下 ⏎ 1、完善科普网络。调整充实了…; 会议指出，…高度重视…，持续推进…: work done, whichever pass
    # read it as a measure, is no recommendation; k161163)
    drop_work_done_measures(doc.sentences, doc.points)
    frames = purpose_frame_spans(text)
    for points in doc.points.values():
        for p in points:
            # (a point cut at the character limit ends at a word boundary, not inside a word: ux34)
            p.end = word_end(text, p.start, p.end, doc.options.max_point_chars, doc.tokenizer.cut)
            p.start = _past_opening_marker(text, p.start, p.end)
            p.end = without_reference_note(text, p.start, p.end)
            # (…改造不彻底，因此 at a list item's end: a last clause of a connective alone opens what is not there, lead56)
            p.end = without_link_tail(text, p.start, p.end)
        # (建议人：张三（市政协委员） after a list: a signature field's value, no point)
        points[:] = [p for p in points if not field_line_point(text, p.start)]
        # (•来自江苏省 ⏎ •精华 0 ⏎ •注册 2022-2-24 under a forum post: its posters' profile fields, no point; Part 101)
        points[:] = [p for p in points if not profile_field(text[p.start:p.end])]
        # (总体要求, 考核方式: a label that names a part of a plan or a syllabus, no point: prec42)
        points[:] = [p for p in points if not part_label_point(text, p.start, p.end)]
        # (需要注意的是 alone: a cleft frame whose statement lies past the point says nothing, lead56)
        points[:] = [p for p in points if not frame_only_point(text[p.start:p.end])]
        # (本着…的目的，现将…梳理如下，以供…: a review's purpose and procedure, no point; k159160)
        points[:] = [p for p in points if not any(a <= p.start < b for a, b in frames)]
        # (由於問題錯綜複雜，本人想藉今天的機會集中討論…: a speech's frame of its topic, no point; k159160)
        points[:] = [p for p in points if not speaker_occasion_point(text[p.start:p.end])]
    # (我们不建议采取任何措施: a proposal declined proposes nothing; 一、关于生活老师配备。 in an office's reply: the
    # topic label of the part that answers it, a heading; fix59b)
    recs = doc.points.get(aspects.RECOMMENDATION)
    problems = doc.points.get(aspects.CHALLENGE)
    if recs:
        _cut_benefit_chains(text, recs)
    if problems:
        # (若运价持续低迷、港口空箱堆积增加，往往是货量不足的体现: what a condition would signal, whichever pass read
        # it as a problem; fix61)
        problems[:] = [p for p in problems if not aspects.reads_sign(text[p.start:p.end])]
    replied = reply_start(text) if recs or problems else len(text)
    if recs:
        recs[:] = [p for p in recs if not rejected_proposal(text[p.start:p.end])
                   and not reply_topic_label(text, p.start, p.end, replied)]
    # (一、关于路灯覆盖不足 in an office's reply: the topic it answers, a heading, no problem stated; check60)
    if problems:
        problems[:] = [p for p in problems if not reply_topic_label(text, p.start, p.end, replied)]
    # (--- ⏎ title: X ⏎ --- ⏎ # X！: the title printed twice, a page's headline under its metadata, names the essay
    # and is no point; fix59c. A title printed once may state the post's problem, [咨询]小区脏乱差, and stays)
    title = _title(doc)
    title_key = _squeeze_key(title) if title else ""
    if len(title_key) >= 4 and sum(1 for line in text.split("\n") if len(line) <= TITLE_LINE_CHARS + 8
                                   and _squeeze_key(line) == title_key) >= 2:
        for points in doc.points.values():
            points[:] = [p for p in points if p.end - p.start > TITLE_LINE_CHARS + 4
                         or _squeeze_key(text[p.start:p.end]) != title_key]
    for points in doc.points.values():
        _drop_nested_points(points)
    _drop_exclaimed_title(doc, text)
    _section_headings(doc)
    # (教育局 ⏎ • 推动国家安全教育工作 ⏎ 保安局 ⏎ • 执法前线守护家园: what each body does, filed under its name, is
    # no proposal; k164168)
    recs = doc.points.get(aspects.RECOMMENDATION)
    if recs:
        recs[:] = register.agency_roles_points(text, recs)
        # (征集须知： ⏎ 1.提供线索要真实可靠: a call for contributions' rules for its readers, no measure; k164168)
        notes_end = register.reader_notes_end(text)
        recs[:] = [p for p in recs if p.start >= notes_end]
    return doc


def _drop_nested_points(points: list) -> None:
    """In place: a point whose span lies inside another point of the same aspect (``人才短缺`` inside ``人才短缺成为制约
    农村电商发展的一个重要因素``; a 申论 essay's clause read by one pass inside the sentence another pass took) is
    dropped: it says nothing the longer point does not, and the reader sees the words twice. Of two points with the
    same span the first stays. Sorted once, one sweep: ``O(n log n)`` in the points (fix61)."""
    if len(points) < 2:
        return
    order = sorted(range(len(points)), key=lambda i: (points[i].start, -points[i].end, i))
    nested, reach = set(), -1
    for i in order:
        if points[i].end <= reach:
            nested.add(i)
        else:
            reach = points[i].end
    if nested:
        points[:] = [p for i, p in enumerate(points) if i not in nested]


#: Fewest characters of a recommendation point left before a chain of goods (:func:`_cut_benefit_chains`).
BENEFIT_CHAIN_HEAD_CHARS = 4


def _cut_benefit_chains(text: str, recs: list) -> None:
    """Recommendation points past the act whose goods a sentence lists as a chain (``…打造一批高品质商圈，有利于A；有利于
    B``: :func:`summarizer.aspects.benefit_chain_end`): a point that is one of the goods is dropped, one that runs into
    them ends before them (Part 173's benefit clauses; fix61)."""
    kept = []
    for p in recs:
        end = aspects.benefit_chain_end(text, p.start, p.end)
        if end == p.end:
            kept.append(p)
            continue
        end = len(text[p.start:end].rstrip(" \u3000，,；;")) + p.start
        if end - p.start >= BENEFIT_CHAIN_HEAD_CHARS:
            p.end = end
            kept.append(p)
    recs[:] = kept


def _drop_exclaimed_title(doc: EssayDoc, text: str) -> None:
    """Drop the point that is the essay's headline written as an exclamation (``别让“数字形式主义”累垮基层干部！``:
    :func:`_exclaimed_headline`, its first line and its title): the headline names the commentary, its call is no
    recommendation the text makes (a question headline is no point for its question mark; fix61b). ``text``: the
    essay's cleaned text, whose offsets the points carry. Reads the first two lines and the points once."""
    cut = text.find("\n", 0, UNMARKED_TITLE_CHARS + 1)
    if cut <= 0:
        return
    first = text[:cut].strip()
    second = text[cut + 1:cut + 2 + cut].split("\n", 1)[0].strip()
    if not _exclaimed_headline(first, second):
        return
    key = _squeeze_key(first.rstrip("！!"))
    for points in doc.points.values():
        points[:] = [p for p in points if p.start >= cut or _squeeze_key(text[p.start:p.end].rstrip("！!")) != key]


#: Most recommendation points :func:`_news_advice` adds to one essay.
NEWS_ADVICE_POINTS = 8


def _news_advice(doc: EssayDoc, text: str) -> None:
    """Add, in a news report (:func:`summarizer.news.news_opening`, a cleaned byline or
    :func:`summarizer.news.news_genre`), the advice it relays from a report, a body or a person
    (:func:`summarizer.news.reported_advice`: ``报告建议港铁…``, ``他建议住户…``, ``报告最后提出多项建议，包括：A，B``) as
    recommendation points: a news page's recommendations are those it reports, which the essay rules leave out as
    other people's words (or read as part of the problem section they follow). A span that overlaps a point already
    found adds nothing; at most :data:`NEWS_ADVICE_POINTS` per essay. ``text``: the essay's cleaned text, whose
    offsets the points carry. Linear in the sentences plus the points."""
    body = doc.body
    if not body or "建" not in body:
        return
    if not (news_opening(body) or _byline_cleaned(doc) or news_genre(body)):
        return
    taken = sorted((p.start, p.end) for ps in doc.points.values() for p in ps)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))  # (the furthest end of the points so far)
    added: list[RawPoint] = []
    for s in doc.sentences:
        if s.kind != "sentence" or "建" not in s.text:
            continue
        view = simplified_view(s.text)
        for a, b in reported_advice(view):
            if aspects.states_rule_or_reaction(view[a:b]):
                continue  # (表示检察建议全部照单认领: the served unit's acceptance reported, no advice; k127128)
            a, b = s.start + a, s.start + b
            k = bisect.bisect_left(starts, b)
            if k > 0 and reach[k - 1] > a:
                continue  # (overlaps a point found: kept as found)
            added.append(RawPoint(aspects.RECOMMENDATION, a, min(b, a + doc.options.max_point_chars), 0.0))
            if len(added) >= NEWS_ADVICE_POINTS:
                break
        if len(added) >= NEWS_ADVICE_POINTS:
            break
    if added:
        recs = doc.points.setdefault(aspects.RECOMMENDATION, [])
        recs.extend(added)
        recs.sort(key=lambda p: p.start)


def _unheeded_advice(doc: EssayDoc, text: str) -> None:
    """Add to the challenges, over every path's recommendations (the rules', the model's, :func:`_news_advice`'s),
    the sentence of one that tells of a proposal that went unheeded (:func:`summarizer.points.unheeded_point`:
    ``有議員建議設立…，至今石沉大海``, ``…希望採取措施，…但物業對此置之不理``): its fate is a complaint, a challenge
    (trad52, issue 8); the measure asked for stays a recommendation, as the gold counts it. Not where a challenge
    already ends within the sentence's last clause. ``text``: the essay's cleaned text, whose offsets the points
    carry. Linear in the points (constant work each, one search of the sorted challenge ends)."""
    recs = doc.points.get(aspects.RECOMMENDATION)
    if not recs:
        return
    challenges = doc.points.setdefault(aspects.CHALLENGE, [])
    ends = sorted(p.end for p in challenges)
    added = []
    for p in recs:
        q = dataclasses.replace(p)
        if not unheeded_point(text, q):
            continue
        k = bisect.bisect_left(ends, q.end - UNHEEDED_END_SLACK)
        if k < len(ends) and ends[k] <= q.end + UNHEEDED_END_SLACK:
            continue  # (a challenge found already ends with the sentence: kept as found)
        added.append(q)
    if added:
        challenges.extend(added)
        challenges.sort(key=lambda p: p.start)


#: Characters either side of a sentence's end within which a challenge found counts as ending with it
#: (:func:`_unheeded_advice`).
UNHEEDED_END_SLACK = 4


def _post_points(doc: EssayDoc, text: str) -> None:
    """Add the points of a short informal post (:func:`summarizer.posts.post_points`: a netizen's message, a forum
    post, a reader's letter): its spoken complaints as challenges and its asks (希望…, 请…, ``…为什么不能…？``) as
    recommendations, in the sentences that hold no point found; its asks for nothing in particular
    (:func:`summarizer.posts.generic_ask`: 希望领导重视一下) dropped from the recommendations found. ``text``: the
    essay's cleaned text, whose offsets the points carry (the same offsets as ``doc.body``, read). Linear in the essay
    plus the points."""
    body = doc.body
    if not informal_post(body):
        return
    recs = doc.points.get(aspects.RECOMMENDATION)
    if recs:
        # (希望有关领导们能重视一下, 请领导重视: a post's ask for nothing in particular is no measure; Part 101)
        recs[:] = [p for p in recs if not generic_ask(body[p.start:p.end])]
    taken = [(p.start, p.end) for ps in doc.points.values() for p in ps]
    added = post_points(body, taken, doc.options.max_point_chars)
    if not added:
        return
    for aspect, a, b in added:
        doc.points.setdefault(aspect, []).append(RawPoint(aspect, a, b, 0.0))
    for points in doc.points.values():
        points.sort(key=lambda p: p.start)


def _points_model(options) -> Any:
    """The learned component of the points stage for ``options``: none without ``aspect_model``; the model set by
    :func:`summarizer.aspect_model.using` when one is; else the sentence selector (rank43) with
    ``sentence_selector``, else the shipped linear model."""
    model = aspect_model.active(options.aspect_model)
    if model is None or aspect_model.overridden() or not options.sentence_selector:
        return model
    return sentence_selector.load_selector()


def _drop_reported_advice(doc: EssayDoc, text: str) -> None:
    """Drop the recommendation points that start inside a concessive clause reporting another party's assurance
    (:func:`summarizer.aspects.reported_concession_spans`: ``尽管台电强调将持续确保供电稳定，…，以提高机组运转的可靠度，
    但…``), inside a letter's quoted words (:func:`summarizer.aspects.quoted_letter_spans`: ``信中说道“…建言献策！”``)
    or inside a quotation cited with its source (:func:`summarizer.aspects.cited_quote_spans`: ``“…”摘自2004年政府工作
    报告``): the other party's words are no advice of the writer's (w75; k147148). ``text``: the essay's cleaned text, whose offsets the
    points carry. A challenge point inside a cited quotation is dropped the same way (``“…形式主义屡禁不止。”（摘自
    《…》）``: the cited source's words, not the author's problem; fix57). Linear in the text plus the points (a binary
    search each)."""
    recs = doc.points.get(aspects.RECOMMENDATION)
    challenges = doc.points.get(aspects.CHALLENGE)
    if not recs and not challenges:
        return
    view = simplified_view(text)
    cited = aspects.cited_quote_spans(view)
    if challenges and cited:
        cited_starts = [a for a, _ in cited]  # (disjoint, ascending: one scan's matches)
        doc.points[aspects.CHALLENGE] = [p for p in challenges if not inside_spans(cited, cited_starts, p.start)]
    if not recs:
        return
    spans: list[tuple[int, int]] = []
    for a, b in sorted(aspects.reported_concession_spans(view) + aspects.quoted_letter_spans(view) + cited):
        if spans and a < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))  # (overlapping spans merged: one binary search each)
        else:
            spans.append((a, b))
    if not spans:
        return
    starts = [a for a, _ in spans]
    doc.points[aspects.RECOMMENDATION] = [p for p in recs if not inside_spans(spans, starts, p.start)]


#: A bracketed note that sends the reader elsewhere, at a point's end: ``（见附件2）``, ``（详见文件）``, ``(参见第三节)``
#: (a markdown link's text is left inside it once the link is read: ``（见[文件](http://…)）`` -> ``（见文件）``).
_REFERENCE_NOTE = re.compile(r"[（(]\s*(?:详见|参见|另见|见|参阅|see\b)[^（()）\n]{0,30}[）)]\s*$", re.IGNORECASE)


def without_reference_note(text: str, start: int, end: int) -> int:
    """The end of the point ``[start, end)`` (offsets into ``text``, the essay's cleaned text) without a bracketed
    note at its end that only sends the reader elsewhere (:data:`_REFERENCE_NOTE`: ``建立…机制（见文件）`` ->
    ``建立…机制``); ``end`` when it has none or the note is the whole point. Reads at most the note's 36 characters
    before ``end`` (bounded, linear)."""
    window = max(start, end - 36)
    m = _REFERENCE_NOTE.search(text, window, end)
    if m is None or m.start() <= start:
        return end
    return m.start()


#: Longest heading line, and longest run-in heading (``（一）数据壁垒依然突出。…``), that :func:`_section_headings`
#: gives the points of a section's body: a longer one is a statement glued to its item's marker
#: (``（三）多数中学生视上网为最好的休闲方式,可以查看…``), no heading to show.
SECTION_HEADING_CHARS = 30
RUN_IN_HEADING_CHARS = 16


def _section_headings(doc: EssayDoc) -> None:
    """The heading of each point is that of the innermost titled section whose body holds it: a point that no
    reader gave a heading gets it (``一、存在的问题`` over a paragraph of prose: its points said ``heading: null``
    although the README's field is "the heading of the section the point comes from", ux35), and the essay's own
    title line (a plain line at the essay's start that no aspect reads as a section) heads no section: a point
    under it alone has none (the items ``第一，…`` of an untitled paragraph said the essay's title, the
    sentences beside them null). The sections that hold a point are the last item starting before it and its
    ancestors: a binary search and a walk up the (shallow) nesting a point."""
    items = doc.structure.items
    if not items:
        return
    first = items[0]
    role = doc.roles[0] if doc.roles else None
    title = first if (first.start == 0 and first.family == "line" and not (
        role is not None and role.role in ("section", "leaf")
        and role.aspect in (aspects.CHALLENGE, aspects.RECOMMENDATION))) else None
    title_span = (title.content_start, title.heading_end) if title is not None else None
    starts = [it.start for it in items]

    text = doc.structure.text

    def heads(it) -> bool:  # a heading line of at most SECTION_HEADING_CHARS, or a short run-in heading
        if not it.titled or it is title:
            return False
        if form_field_line(text[it.content_start:it.heading_end]):
            return False  # (时间：2023年5月 ⏎ 地点：… over the report's prose: a form's record, no section's heading)
        size = len(text[it.content_start:it.heading_end].strip())
        own_line = it.heading_end >= len(text) or text[it.heading_end] == "\n"
        return 0 < size <= (SECTION_HEADING_CHARS if own_line else RUN_IN_HEADING_CHARS)

    for points in doc.points.values():
        for p in points:
            if p.heading is not None and p.heading != title_span:
                continue
            j = bisect.bisect_right(starts, p.start) - 1
            it = items[j] if j >= 0 else None
            while it is not None and not (heads(it) and it.heading_end <= p.start and p.end <= it.end):
                it = it.parent
            p.heading = (it.content_start, it.heading_end) if it is not None else None
            if it is not None and CELL_SEPARATOR in text[it.content_start:it.heading_end]:
                # (序号 ⏎ 存在问题 ⏎ 整改建议 read as one heading line: a table's header row heads each cell by the
                # header cell over its column, 存在问题 or 整改建议, not by the whole row)
                p.heading = header_cell(text, it.content_start, it.heading_end, p.start)


def header_cell(text: str, start: int, end: int, pos: int) -> tuple[int, int] | None:
    """The cell of a table's header row ``text[start:end]`` (cells separated by ``CELL_SEPARATOR``) over the column of
    the body cell at ``pos`` (offsets into ``text``; the column is the number of separators between the start of
    ``pos``'s line and ``pos``): ``(a, b)``, trimmed; ``None`` when the header row has no such column or the cell is
    blank. Linear in the two lines."""
    line = text.rfind("\n", 0, pos) + 1
    column = text.count(CELL_SEPARATOR, line, pos)
    a = start
    for _ in range(column):
        k = text.find(CELL_SEPARATOR, a, end)
        if k < 0:
            return None
        a = k + 1
    k = text.find(CELL_SEPARATOR, a, end)
    b = end if k < 0 else k
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else None


def keyphrases_stage(doc: EssayDoc) -> EssayDoc:
    """``keyphrases``: TextRank over the essay's word graph (:func:`summarizer.keyphrases.extract_keyphrases`),
    from the content tokens of the ``tokens`` stage; at most ``options.max_keyphrases``. The span of a 公文 title's
    issuer (``doc.issuer``, set by the structure stage) is no keyphrase source."""
    doc.keyphrases = extract_keyphrases(doc.body, doc.text, doc.sentences, doc.tokens,
                                        max_keyphrases=doc.options.max_keyphrases, skip=doc.issuer)
    return doc


#: Longest line read as a date line (:data:`_DATE_LINE`; the bound keeps the match constant-time).
DATE_LINE_CHARS = 40
#: A line that is only a date (``星期五 , 27 11 月 2020``, ``2020年11月27日 星期五``, ``date 2025-09-01``): weekday words,
#: digits, date units and separators, and at most a ``date`` label. Anchored, bounded by the line.
# (also a page's metadata label before the date, ``回答时间 : 2024-08-07``, ``发布时间：…``: trialfix22b F)
# (and a time of day, ``会议时间:2023年3月15日下午2:00``: a meeting record's field line, p28d)
_DATE_LINE = re.compile(r"\s*(?:date|Date|日期[:：]?|[\u3400-\u9fff]{1,6}[ \t]*[:：])?[\s,，.\-/:：0-9０-９年月日号號]*"
                        r"(?:(?:星期|周|週|禮拜|礼拜)[一二三四五六日天])?[\s,，.\-/:：0-9０-９年月日号號]*"
                        r"(?:(?:上午|下午|中午|晚上)[\s.\-:：0-9０-９时時点點分]*)?")


#: A newspaper page's edition line (``第A4版:评论``, ``第03版：要闻``): page furniture, never a title.
_EDITION_LINE = re.compile(r"第[A-Za-z]?\d{1,3}版[ \t]*[:：]")
#: Longest line read as the headline under a page's furniture line (:func:`_headline_after`), in characters.
FURNITURE_HEADLINE_CHARS = 80


#: Most characters (spaces squeezed out) of a short line that a ``page_furniture_ender`` word ends (a site's name,
#: ``群英资讯网``; a sidebar box's label, ``理事会成员简介``): a longer line is a headline that happens to end so.
FURNITURE_ENDER_LINE_CHARS = 12


#: Shapes of a page's furniture line (:func:`_page_furniture_line`, p29struct; Part 29's trial, kind 7): a short
#: label wholly in brackets, of at most three characters or naming a picture, video or page (a caption marker
#: ``【资料图】``, ``[图]``, ``【第1頁第2頁】``; ``【社区食堂调查】`` is a title); a BBCode-tagged line
#: (``[highlight]作者 : 争鸣[/highlight]``); a breadcrumb, short segments joined by ``>`` ``›`` ``»`` (``新闻中心 >
#: 县乡人大``, ``> 新闻中心 > 县乡人大``); a line opening with a full date and then a time, a space or a mark before a
#: byline or site name (``date 2026-02-23 ◎ 某某``, ``2023-02-04 11:18:01 某某网``); a speaker line, an office ending
#: in 长/主任/书记 and the speaker's two- or three-character name (``某某市审计局局长 张某某``; cleaning drops the space).
#: Anchored at the line start; every repeat is bounded (the breadcrumb's segments at most 16 characters, 7 of them),
#: so a match attempt at any offset costs a bounded look-ahead.
_FURNITURE_SHAPE = re.compile(
    r"[ \t]{0,8}(?:[【\[](?:[^【】\[\]\n]{1,3}|[^【】\[\]\n]{0,6}[图圖照片频頻页頁])[】\]][ \t]{0,8}$"
    r"|\[(?P<bb>[a-zA-Z]{1,12})\][^\[\n]{0,200}\[/(?P=bb)\][ \t]{0,8}$"
    r"|(?:[>›»]{1,2}[ \t]{0,4})?[^>›»\s。，,；;！？!?][^>›»\n。，,；;！？!?]{0,15}"
    r"(?:[>›»]{1,2}[ \t]{0,4}[^>›»\s。，,；;！？!?][^>›»\n。，,；;！？!?]{0,15}){1,6}$"
    r"|(?:date[ \t]{0,4})?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]{1,4}\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \t]{1,8}|[ \t]{0,8}[◎|｜])\S"
    r"|[\u4e00-\u9fff]{2,20}(?:局长|局長|主任|书记|書記|厅长|廳長|处长|處長|部长|部長|区长|區長|县长|縣長|市长|市長)"
    r"[ \t\u3000]{0,4}[\u4e00-\u9fff]{2,3}[ \t]{0,8}$)")


#: A slide's or a page's number opening a line (``幻灯片1``, ``P1 智慧社区建设汇报``): no title text (check50).
_SLIDE_MARKER = SLIDE_MARKER


#: A mail header field that opens a line (``收件人：县政府办公室``, ``From: 李明``, ``抄送：…``): its label and colon.
_MAIL_HEADER_FIELD = re.compile(r"(?<![ \t])[ \t]*(?:收件人|發件人|发件人|寄件人|抄送|密送|主送|收件|发送时间|發送時間|寄件日期|"
                                r"To|From|Cc|CC|Bcc|Sent|Date)[ \t]*[:：]")
#: The subject field among them (``主题：关于…的汇报``, ``Subject: …``): its label and colon.
_MAIL_SUBJECT_FIELD = re.compile(r"(?<![ \t])[ \t]*(?:主题|主題|邮件主题|郵件主題|Subject)[ \t]*[:：][ \t]*")
#: Most lines of an e-mail's header block read for its subject (:func:`_mail_subject`).
MAIL_HEADER_LINES = 8


def _mail_subject(text: str, pos: int) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (an essay's cleaned text) of the subject of an e-mail whose header block opens at
    ``pos`` (a line that :data:`_MAIL_HEADER_FIELD` opens: ``收件人：…``): the value of the first
    :data:`_MAIL_SUBJECT_FIELD` line (``主题：关于…的汇报``) among the header's consecutive field lines (at most
    :data:`MAIL_HEADER_LINES`, each a field line), else None. A report pasted from an e-mail opens with its
    addressees, not its title; its subject names it (try49). Reads at most :data:`MAIL_HEADER_LINES` lines of
    :data:`TITLE_LINE_CHARS` characters (bounded)."""
    for _ in range(MAIL_HEADER_LINES):
        end = text.find("\n", pos, pos + TITLE_LINE_CHARS * 2)
        end = len(text) if end < 0 and len(text) - pos <= TITLE_LINE_CHARS * 2 else end
        if end < 0:
            return None
        m = _MAIL_SUBJECT_FIELD.match(text, pos, end)
        if m is not None:
            value = text[m.end():end].strip()
            return (m.end(), m.end() + len(value)) if value and CJK_RE.search(value) else None
        if _MAIL_HEADER_FIELD.match(text, pos, end) is None:
            return None
        pos = end + 1
    return None


def _page_furniture_line(line: str) -> bool:
    """Whether ``line`` (an essay's first line, stripped) is a page's furniture, never its title: a whole line of
    the ``page_furniture_line`` cue group (spaces squeezed out: ``跳過導航``, ``今天``, ``详细介绍``), a line opening
    with a ``page_furniture_opener`` word (``站点出售QQ:…``, ``关怀版 无障碍``), a newspaper edition line
    (:data:`_EDITION_LINE`) or a short line (at most :data:`FURNITURE_ENDER_LINE_CHARS`) that a
    ``page_furniture_ender`` word ends (``某某资讯网``, a site's name; ``作者简介``, a sidebar box's label; p28p), or
    a slide's or page's number alone (:data:`_SLIDE_MARKER`: ``幻灯片1``, ``Slide 2``, ``第3张``, ``P4``).
    Constant work beyond squeezing the line."""
    lex = aspects.lexicon()
    squeezed = "".join(line.split())
    if _SLIDE_MARKER.fullmatch(line) is not None:
        return True  # 幻灯片1 ⏎ 社区养老服务体系建设汇报: a pasted slide deck's slide number, no title (check50)
    if _FURNITURE_SHAPE.match(line) is not None and _PIECE_MARKER.fullmatch(line) is None:
        return True  # 【资料图】 / [highlight]作者:…[/highlight] / 新闻中心>县乡人大 / date 2026-02-23 ◎ 某某 (p29struct)
    return (squeezed in lex.words("page_furniture_line") or squeezed.startswith(lex.words("page_furniture_opener"))
            or _EDITION_LINE.match(squeezed) is not None
            or len(squeezed) <= FURNITURE_ENDER_LINE_CHARS and squeezed.endswith(lex.words("page_furniture_ender")))


#: A field with a count (``瀏覽人次:3693 回應:0``, ``阅读:125``): a page's counter line, no headline (p29struct).
_COUNTER_FIELD = re.compile(r"[:：][ \t]*\d")


#: Most characters of a paper's author name, and most Han characters of its whole byline line (:func:`_byline_line`).
BYLINE_NAME_CHARS = 4
BYLINE_LINE_CHARS = 12
# the names of a byline as the user typeset them: whitespace, commas or 、 between them (linear split)
_BYLINE_SEPARATORS = re.compile(r"[ \t\u3000,，、]+")


def _byline_line(document: DocumentText, start: int, line: str) -> bool:
    """Whether ``line`` (an essay's first line, cleaned, at document-level cleaned offset ``start``) is a paper's
    byline, never its title: in the original text the line is names alone (``刘 毅``, ``金石 景馨銳``, ``周 航,崔 宇,
    韓 君(長春大學…)``): whitespace-, comma- or 、-separated runs of 1 to :data:`BYLINE_NAME_CHARS` Han characters, at
    most :data:`BYLINE_LINE_CHARS` in all, the first run and every run of two or more opening with a ``common_surname``
    (a letter-spaced given name, ``刘 毅``, is a run of one); and the
    paper's front matter follows: an affiliation in brackets on the same line or the next (``(华东政法大学,上海
    200042)``), or a next line opening with a ``paper_front_matter_opener`` word (``作者簡介:``, ``【摘要】``); or,
    with no front matter, the line is two or more full names of 2 or 3 characters in a comma or 、 list
    (``何艺轩,王郁芳``, p31struct). Journal
    pages give the byline where the title was lost (Part 30's trial kind 5: 1172-1174, 1215, 1216). Reads the line
    and the next original line, at most :data:`TITLE_LINE_CHARS` characters each: constant work."""
    squeezed = "".join(line.split())
    if not 2 <= len(squeezed) <= BYLINE_LINE_CHARS + 2:
        return False
    a, b = document.clean.to_original(start, start + len(line))
    original = document.original
    end = original.find("\n", b, b + TITLE_LINE_CHARS)
    end = min(len(original), b + TITLE_LINE_CHARS) if end < 0 else end
    head = original[a:end]
    paren = min((k for k in (head.find("("), head.find("（")) if k >= 0), default=len(head))
    names, rest = head[:paren].strip(), head[paren:]
    runs = [r for r in _BYLINE_SEPARATORS.split(names) if r]
    if not runs or sum(map(len, runs)) > BYLINE_LINE_CHARS or any(
            len(r) > BYLINE_NAME_CHARS or not all(is_cjk(ch) for ch in r) for r in runs):
        return False
    lex = aspects.lexicon()
    surnames = lex.words("common_surname")
    if runs[0][0] not in surnames or any(len(r) >= 2 and r[0] not in surnames for r in runs):
        return False  # (王家村 调查: a run that opens with no surname is a title's word)
    if rest:
        return True  # 周 航,崔 宇,韓 君(長春大學,吉林 長春 130022): the affiliation on the byline's own line
    if len(runs) >= 2 and any(ch in names for ch in ",，、") and all(2 <= len(r) <= 3 for r in runs):
        return True  # 何艺轩,王郁芳 ⏎ 《2016年…》显示…: two or more full names in a comma list are authors (p31struct)
    openers = lex.words("paper_front_matter_opener")
    nxt = "".join(original[end:end + TITLE_LINE_CHARS].split())  # (摘 要: a label letter-spaced)
    # the cleaned next line too: a reading note the cleaning removed (作者簡(jiǎn)介) hides the label in the original
    cleaned = "".join(document.clean.text[start + len(line):start + len(line) + TITLE_LINE_CHARS].split())
    return nxt[:1] in "(（" or nxt.lstrip("【[〔").startswith(openers) or cleaned.lstrip("【[〔").startswith(openers)


#: Most lines of marks alone, blank lines or short furniture lines (``加入最愛``, ``|``, ``会员中心``) read past between a
#: furniture line and the headline (:func:`_headline_after`; p31struct).
FURNITURE_RUN_LINES = 6


#: Most characters (spaces squeezed out) of a site's banner line over a breadcrumb (:func:`_banner_over_crumb`).
BANNER_LINE_CHARS = 16
#: Most non-empty lines read after a banner line for its breadcrumb (:func:`_banner_over_crumb`).
BANNER_CRUMB_LINES = 3


def _crumb_line(piece: str) -> bool:
    """Whether ``piece`` (a stripped line) is a breadcrumb: :data:`_FURNITURE_SHAPE`'s segments joined by ``>``
    (``位置:首頁 > 行政範文 > 調查報告``, ``当前位置:主页 >> 申论资料 >> 申论指导``)."""
    return any(ch in piece for ch in ">›»") and _FURNITURE_SHAPE.match(piece) is not None


def _banner_over_crumb(document: DocumentText, start: int, line: str) -> bool:
    """Whether ``line`` (an essay's first line, cleaned, at document-level cleaned offset ``start``) is a site's
    furniture that the cleaning left when it removed the page's breadcrumb: in the original text either (a) a short
    line (at most :data:`BANNER_LINE_CHARS` characters, no sentence mark) with a breadcrumb among the next
    :data:`BANNER_CRUMB_LINES` non-empty lines and only furniture lines (``网站地图 设为首页 加入收藏``) between: the
    site's banner (``範文齋`` ⏎ ``位置:首頁 > 行政範文 > 調查報告``); or (b) the breadcrumb's last segment repeated right
    under it (``首页 > 专委会工作 > 提案委`` ⏎ ``提案委``): the section's name. The headline after it is the title
    (:func:`_headline_after`). Reads at most that many original lines of :data:`FURNITURE_HEADLINE_CHARS` characters
    and the line before (bounded). p31struct, Part 31 kind G."""
    squeezed = "".join(line.split())
    if not squeezed or len(squeezed) > BANNER_LINE_CHARS or any(ch in squeezed for ch in "。！？!?；;，,"):
        return False
    a, b = document.clean.to_original(start, start + len(line))
    original = document.original
    before = original[max(0, a - FURNITURE_HEADLINE_CHARS):a].rstrip().rsplit("\n", 1)[-1].strip()
    if _crumb_line(before) and "".join(re.split(r"[>›»]", before)[-1].split()) == squeezed:
        return True  # (b)
    pos = b
    for _ in range(BANNER_CRUMB_LINES):
        nl = original.find("\n", pos)
        if nl < 0:
            return False
        pos = nl + 1
        while pos < len(original) and original[pos] in " \t\r\n\u3000":
            pos += 1
        end = original.find("\n", pos, pos + FURNITURE_HEADLINE_CHARS + 1)
        piece = original[pos:end if end >= 0 else pos + FURNITURE_HEADLINE_CHARS].strip()
        if _crumb_line(piece):
            return True  # (a)
        if not _page_furniture_line(piece):
            return False
    return False


#: Most lines of a header block without a Chinese character passed over for the headline below it
#: (:func:`_latin_block_end`).
LATIN_HEADER_LINES = 8
#: Longest such header line, in characters.
LATIN_HEADER_CHARS = 200


def _latin_block_end(text: str, pos: int) -> int:
    """Offset in ``text`` of the last character before the newline that ends the run of non-empty lines without a
    Chinese character starting at the line of ``pos`` (``Report-ID: GOV-17`` ⏎ ``Date: 2024-05-01``): the headline
    below them is read from there by :func:`_headline_after`. Blank lines inside the run are passed over; at most
    :data:`LATIN_HEADER_LINES` lines of :data:`LATIN_HEADER_CHARS` characters are read (bounded)."""
    end = text.find("\n", pos, pos + LATIN_HEADER_CHARS + 1)
    if end < 0:
        return pos
    last = end - 1 if end > pos else pos
    for _ in range(LATIN_HEADER_LINES - 1):
        start = end + 1
        while start < len(text) and text[start] == "\n":
            start += 1
        nl = text.find("\n", start, start + LATIN_HEADER_CHARS + 1)
        if nl < 0 or not text[start:nl].strip() or CJK_RE.search(text, start, nl) is not None:
            break
        last, end = nl - 1, nl
    return last


def _headline_after(text: str, pos: int) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (an essay's cleaned text) of the first non-empty line after offset ``pos`` when it
    reads as a headline: 4 to :data:`FURNITURE_HEADLINE_CHARS` characters, a Chinese character, no sentence mark,
    no bullet or bracket-less list opener, no furniture line itself, no lead-in ending in a colon, no counter field
    (``回應:0``) nor date line; None otherwise. Up to :data:`FURNITURE_RUN_LINES` blank lines, lines of marks alone
    (``:::``), breadcrumbs (``評論 > 投書``) or lines of the ``page_furniture_line`` / ``page_furniture_opener`` words
    (``加入最愛``, ``会员中心``) before it are passed over. Reads at most
    :data:`FURNITURE_RUN_LINES` + 1 lines of :data:`FURNITURE_HEADLINE_CHARS` characters (bounded)."""
    start = text.find("\n", pos)
    if start < 0:
        return None
    start += 1
    lex = aspects.lexicon()
    furniture, openers = lex.words("page_furniture_line"), lex.words("page_furniture_opener")
    for _ in range(FURNITURE_RUN_LINES):
        # past a line of marks alone (`:::`, a government page's accessibility anchor; p30struct), or a short
        # furniture line of its own (登入 ⏎ 加入最愛 ⏎ headline, 联系我们 ⏎ | ⏎ 会员中心 ⏎ headline: p31struct)
        nl = text.find("\n", start, start + FURNITURE_HEADLINE_CHARS + 1)
        if nl < 0:
            break
        piece = "".join(text[start:nl].split())
        if (any(ch.isalnum() for ch in piece) and piece not in furniture and not piece.startswith(openers)
                and not _crumb_line(piece)):
            break  # (a date line or a byline is no menu line: the headline is not read past it; a breadcrumb is)
        start = nl + 1
    end = text.find("\n", start, start + FURNITURE_HEADLINE_CHARS + 2)
    end = len(text) if end < 0 and len(text) - start <= FURNITURE_HEADLINE_CHARS else end
    if end < 0:
        return None
    line = text[start:end].strip()
    if (len(line) < 4 or not CJK_RE.search(line) or any(ch in line for ch in "。！？!?；;")
            or line[0] in "•·●○■□◆◇▪-*" or _page_furniture_line(line) or _COUNTER_FIELD.search(line)
            or line.endswith((":", "："))  # 华体会hth官网入口: a lead-in, never a headline (p31struct)
            or len(line) <= DATE_LINE_CHARS and _DATE_LINE.fullmatch(line)):
        return None
    at = text.find(line, start)
    return at, at + len(line)


#: A 范文 page's piece number alone on a line (``【篇一】``, ``第二篇:``): no title (:func:`_title`, p27struct).
_PIECE_MARKER = re.compile(r"[【\[]?[ \t]{0,4}(?:篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)[ \t]{0,4}[】\]]?[ \t]{0,4}[:：]?")
#: Longest title read from a repeated first line or a bracketed opening (:func:`_unmarked_title`), in characters.
UNMARKED_TITLE_CHARS = 40
#: The label of a title field that opens its line (``标题: 吐槽物业都成了日常``, ``题目：…``, a reposted article's ``原标题：…``,
#: try45): no part of the title.
# (also a survey report's topic field, ``调查课题：银耳的现状调查``, ``调研题目：…``: p28p)
# (also a proposal's or motion's title field, ``提案标题：…``, ``案题：…``, ``议案题目：…``: check50)
_TITLE_LABEL = re.compile(r"(?<![ \t])[ \t]*(?:(?:调查|調查|调研|調研|研究|报告|報告|原|提案|议案|議案|建议|建議)?"
                          r"(?:标题|標題|题目|題目|主题|主題|课题|課題)|案[题題]|案由标题)"
                          r"[ \t]*[:：][ \t]*(?=\S)")
#: Most lines of a proposal's or report's header block read for its title field (:func:`_title_field`).
TITLE_FIELD_LINES = 6
#: Longest header line (a number line, a ``label：value`` field) read there, and longest title value, in characters.
TITLE_FIELD_CHARS = 60
#: A header field line (``提案人：民进市委会``, ``提案编号：0456``, ``类别：城乡建设``): a label of one to eight characters
#: with no space or sentence mark, a colon, then a short value.
_HEADER_FIELD = re.compile(r"(?<![ \t])[ \t]*[^\s:：。，,；;！？!?]{1,8}[ \t]*[:：]")
#: A document number line (``第0123号提案``, ``第 45 号``, ``2024年第12号建议``): digits and 号, then at most a few
#: characters naming the kind.
_NUMBER_LINE = re.compile(r"[^\n。，,；;！？!?]{0,20}[0-9０-９]{1,8}[ \t]*[号號][\u4e00-\u9fff]{0,6}[ \t]*$")


def _title_field(text: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (an essay's cleaned text) of the value of a title field (:data:`_TITLE_LABEL`:
    ``提案标题：关于…的建议``, ``案题：…``, ``题目：…``) in the header block a proposal, a motion or a form opens with:
    the first :data:`TITLE_FIELD_LINES` non-empty lines, each a number line (``第0123号提案``) or a header field
    (``提案人：…``, ``提案编号：…``) of at most :data:`TITLE_FIELD_CHARS` characters, up to the title field; its value
    at most that long, with a Chinese character and no sentence mark. None when the text opens otherwise (a title
    line, a sentence: the field is no header's). Reads a bounded prefix (constant work)."""
    pos = 0
    for _ in range(TITLE_FIELD_LINES):
        while pos < len(text) and text[pos] in " \t\r\n\u3000":
            pos += 1
        end = text.find("\n", pos, pos + TITLE_FIELD_CHARS + 2)
        end = len(text) if end < 0 and len(text) - pos <= TITLE_FIELD_CHARS else end
        if end < 0 or pos >= end:
            return None
        line = text[pos:end].rstrip()
        label = _TITLE_LABEL.match(line)
        if label:
            value = line[label.end():].strip()
            if not value or not CJK_RE.search(value) or any(ch in value for ch in "。！？!?；;"):
                return None
            at = text.find(value, pos + label.end())
            return at, at + len(value)
        if _HEADER_FIELD.match(line) is None and _NUMBER_LINE.match(line) is None:
            return None
        pos = end + 1
    return None
#: A bracketed headline that opens the text and runs into its first paragraph (``【基层机构调研报告】在当前…``).
_BRACKET_TITLE = re.compile(rf"(?<![ \t])[ \t]*【([^【】\n]{{4,{UNMARKED_TITLE_CHARS}}})】(?=[^\n])")


#: The end of a news report's dateline (电头): a day and 电/電 (``中新社北京十二月三日電``, ``新华社北京3月5日电``).
_DATELINE = re.compile(r"[一二三四五六七八九十廿卅〇○\d]{1,3}日[电電]$")


def _unmarked_title(text: str) -> tuple[int, int] | None:
    """``[start, end)`` in ``text`` (an essay's cleaned text) of a title that no heading line gives: the first line
    when the next repeats it word for word (a page that prints its title twice or three times, ``是誰要為…買單?
    長照2.0…``: a question mark keeps it from reading as a heading), or a bracketed headline of at least four
    characters that opens the text and runs on into the first paragraph (``【基层机构调研报告】在当前背景下…``);
    None otherwise. Reads the first two lines' first :data:`UNMARKED_TITLE_CHARS` characters: constant work
    (trialfix22b F)."""
    m = _BRACKET_TITLE.match(text)
    if m:
        # 【中新社北京十二月三日電】…: a news report's bracketed dateline (电头) names no essay (p28d)
        return None if _DATELINE.search(m.group(1)) else (m.start(1), m.end(1))
    cut = text.find("\n", 0, UNMARKED_TITLE_CHARS + 1)
    if cut <= 0:
        return None
    first = text[:cut].strip()
    second = text[cut + 1:cut + 2 + len(text[:cut])].split("\n", 1)[0].strip()
    if len(first) >= 4 and first == second and CJK_RE.search(first):
        start = text.find(first)
        return start, start + len(first)
    if _question_headline(first, second) or _exclaimed_headline(first, second):
        # 預付卡“糟心卡”怎麼破? ⏎ 事前誘惑多多…: a headline asked as a question (also a Markdown `# …?`) is the
        # title; the structure reads no heading in a line that ends with a question mark (p31struct, Part 31 kind G)
        start = text.find(first)
        return start, start + len(first)
    return None


#: Fewest characters of a question headline (:func:`_question_headline`): ``怎麼辦?`` alone is a rhetorical opening.
QUESTION_HEADLINE_CHARS = 6
#: A dialogue's or an interview's question label that opens a line (``问:``, ``Q:``, ``记者:``): a question asked in
#: the text, no headline.
_QUESTION_LABEL = re.compile(r"(?:[问問答]|提问|提問|记者|記者|[QqAa])\s*[:：.、]")


def _question_headline(first: str, second: str) -> bool:
    """Whether ``first`` (an essay's first line, stripped, at most :data:`UNMARKED_TITLE_CHARS` characters) is a
    headline asked as a question (``預付卡“糟心卡”怎麼破?``, ``非遗传承人老龄化调查:平均68岁,技艺传承如何留住年轻人?``):
    at least :data:`QUESTION_HEADLINE_CHARS` characters with a Chinese character, one question mark and it at the
    end, no other sentence mark, no dialogue label (``问:``), and a next line ``second`` (stripped) that is text and
    no question itself (a list of questions, a quiz, is no headline). Constant work (two short lines)."""
    if (len(first) < QUESTION_HEADLINE_CHARS or not first.endswith(("?", "？")) or not CJK_RE.search(first)
            or sum(first.count(ch) for ch in "?？") != 1 or any(ch in first for ch in "。！!；;…")
            or _QUESTION_LABEL.match(first) is not None):
        return False
    return bool(second) and not second.endswith(("?", "？")) and CJK_RE.search(second) is not None


def _exclaimed_headline(first: str, second: str) -> bool:
    """Whether ``first`` (an essay's first line, stripped, at most :data:`UNMARKED_TITLE_CHARS` characters) is a
    headline written as an exclamation (``别让“数字形式主义”累垮基层干部！``, also a Markdown ``# …！``): a commentary's
    headline calls out as a question headline asks (:func:`_question_headline`), and the structure reads no heading
    in it for its closing mark. At least :data:`QUESTION_HEADLINE_CHARS` characters with a Chinese character, its
    exclamation marks at the end only, no other sentence or clause mark (``同志们，朋友们！`` opens a speech) and no
    dialogue label, over a next line ``second`` that is text and no exclamation itself (a string of slogans is no
    headline; fix61b). Constant work (two short lines)."""
    bare = first.rstrip("！!")
    if (len(first) < QUESTION_HEADLINE_CHARS or bare == first or not CJK_RE.search(bare)
            or any(ch in bare for ch in "。！!？?；;…，,、：:") or _QUESTION_LABEL.match(first) is not None):
        return False
    return bool(second) and not second.endswith(("!", "！")) and CJK_RE.search(second) is not None


#: A research or report title (``农村养老问题研究``, ``关于…的调研报告``): :func:`summarizer.aspects.title_shaped`, read by
#: the aspect stage too (such a first line heads no challenge section over the essay).
_title_shaped = aspects.title_shaped


def _title(doc: EssayDoc) -> str | None:
    """The essay's title in the user's characters: its marker line's title, or its own first line when it has
    none or when every essay carries the same label (the collection's, not its own); never a line without a
    Chinese character over a Chinese essay, nor a table row (cells a tab separates)."""
    essay, structure = doc.essay, doc.structure
    first = structure.roots[0] if structure.roots else None
    own_line = first is not None and first.family == "line" and first.start == 0
    if essay.title and own_line and essay.title in doc.document.shared_titles:
        line = doc.text[first.content_start:first.heading_end].strip()
        return _user_spacing(doc.document, essay.start + doc.text.find(line, first.content_start), line) if line \
            else essay.title
    if essay.title:
        pos = doc.view.find(essay.title, essay.marker_start, essay.start)
        return _user_spacing(doc.document, pos, doc.clean.text[pos:pos + len(essay.title)]) if pos >= 0 \
            else essay.title
    if (first is None or first.family == "line" or first.start > 0) and (
            headline := essay_title_span(doc.text)) is not None:
        # 某省考试申论范文:回归乡村 振兴乡村 ⏎ 回归乡村 振兴乡村 / 丨原创范文丨 ⏎ 聚众力 振乡村: the page's title line
        # stands above the essay's own title, which is the title (lefts23b)
        return _user_spacing(doc.document, essay.start + headline[0], doc.text[headline[0]:headline[1]])
    if (tagged := tagged_title_span(doc.text)) is not None:
        # a `title|tag` headline under a site name or greeting line (the page's furniture) is the title (titles20)
        return _user_spacing(doc.document, essay.start + tagged[0], doc.text[tagged[0]:tagged[1]])
    if (field := _title_field(doc.text)) is not None:
        # 第0123号提案 ⏎ 提案标题：关于…的建议 ⏎ 提案人：…: a proposal's title field names it, not its number (check50)
        return _user_spacing(doc.document, essay.start + field[0], doc.text[field[0]:field[1]])
    if own_line:
        role = doc.roles[structure.items.index(first)] if doc.roles else None
        line = doc.text[first.content_start:first.heading_end].strip()
        if (role is not None and role.role in ("section", "leaf")
                and role.aspect in (aspects.CHALLENGE, aspects.RECOMMENDATION) and not _title_shaped(line)
                and not aspects.topic_section_title(line)):
            return None  # the document opens straight with a section (存在的问题 ⏎ 1.…): it has no title line
        # a line with no Chinese character heading a Chinese essay is residue (`module.exports = {`), not its title;
        # a block of such lines (`Report-ID: …` ⏎ `Author: …` ⏎ `Date: …`, an export's header) may stand over the
        # essay's headline, which is the title (try53)
        if line and not CJK_RE.search(line) and cjk_balance_sign(doc.body[:2000]) > 0:
            head = _headline_after(doc.text, _latin_block_end(doc.text, first.content_start))
            return _user_spacing(doc.document, essay.start + head[0], doc.text[head[0]:head[1]]) if head else None
        if CELL_SEPARATOR in line:
            return None  # a table row (the header 问题 ⇥ 措施 of a table the essay opens with) names no essay
        if len(line) <= DATE_LINE_CHARS and _DATE_LINE.fullmatch(line):
            return None  # 星期五,27 11 月 2020: a page's date line names no essay (trialfix21c, trial21b K7)
        if _MAIL_HEADER_FIELD.match(line) is not None:
            # 收件人：县政府办公室 ⏎ 抄送：… ⏎ 主题：关于…的汇报: an e-mail's header; its subject is the title (try49)
            subject = _mail_subject(doc.text, first.content_start)
            return _user_spacing(doc.document, essay.start + subject[0], doc.text[subject[0]:subject[1]]) \
                if subject else None
        if _page_furniture_line(line) or _banner_over_crumb(
                doc.document, essay.start + doc.text.find(line, first.content_start), line):
            # 跳過導航 / 站点出售QQ:… / 第A4版:评论 ⏎ headline: the page's furniture line stands over the headline,
            # which is the title when the next line is one; else the essay has none (p28d); 範文齋 ⏎ 位置:首頁 > 行政範文
            # > 調查報告 ⏎ headline: a site's banner over a breadcrumb is furniture too (p31struct)
            head = _headline_after(doc.text, first.heading_end)
            return _user_spacing(doc.document, essay.start + head[0], doc.text[head[0]:head[1]]) if head else None
        if line.strip("【】[] ") in aspects.lexicon().words("section_label_title") or line.startswith(
                aspects.lexicon().words("navigation_title_opener")):
            return None  # 引言 ⏎ … / 点击进入专题: a section's label or a page's link opens the text (trialfix22b F)
        if _byline_line(doc.document, essay.start + doc.text.find(line, first.content_start), line):
            return None  # 刘 毅 ⏎ (华东政法大学,上海 200042): a paper's byline over its front matter (p30struct)
        if _PIECE_MARKER.fullmatch(line):
            return None  # 【篇一】 ⏎ …: a 范文 page's piece number names no essay (p27struct)
        label = _TITLE_LABEL.match(line)
        if label:
            line = line[label.end():]  # 标题: 吐槽物业都成了日常: the field's label is no part of the title
        marker = _SLIDE_MARKER.match(line)
        if marker:
            line = line[marker.end():]  # P1 智慧社区建设汇报: the slide's number is no part of the title (check50)
        if line.endswith(("】", "]")) and not any(ch in line for ch in "【["):
            line = line[:-1].rstrip()  # 大学生社会调查报告3000字】: a bracket whose opening the page lost (p27struct)
        return _user_spacing(doc.document, essay.start + doc.text.find(line, first.content_start), line) if line \
            else None
    unmarked = _unmarked_title(doc.text) if first is None or first.start > 0 or first.family != "line" else None
    if unmarked is not None:
        return _user_spacing(doc.document, essay.start + unmarked[0], doc.text[unmarked[0]:unmarked[1]])
    return None


def _user_spacing(document: DocumentText, start: int, title: str) -> str:
    """``title`` (the cleaned text at document-level cleaned offset ``start``) with the spaces the user put between
    the phrases of a one-line headline given back (``劏房租務管制實施一年 團體批評執法不足``,
    ``长照制度上路多年\u3000基层人力仍是最大隐忧``): cleaning removes spaces between Chinese characters, which in
    body text are PDF letter-spacing. A separator is given back only when every phrase it separates has at least two
    characters (``社 区 食 堂`` is letter-spacing, glued); one character per run, U+3000 where the run holds one, else
    U+0020. A title broken over lines, or whose original slice differs from it by more than whitespace (a page
    marker, markup cut out), is returned unchanged. Linear in the slice (characters)."""
    if not title:
        return title
    a, b = document.clean.to_original(start, start + len(title))
    original = document.original[a:b]
    if original == title or "\n" in original:  # a title broken over lines (PDF, hard wrap): its spaces are layout
        return title
    out: list[str] = []
    cuts: list[tuple[int, str]] = []  # (position in out, separator) of whitespace runs inside the line
    i = j = 0
    n, m = len(title), len(original)
    while j < m:
        c = original[j]
        if i < n and title[i] == c:
            out.append(c)
            i += 1
            j += 1
        elif c.isspace():
            k = j
            while k < m and original[k].isspace():
                k += 1
            run = original[j:k]
            if i < n and title[i] == " ":  # a space cleaning kept (between Latin words)
                out.append(" ")
                i += 1
            elif out and k < m:
                cuts.append((len(out), "\u3000" if "\u3000" in run else " "))
            j = k
        else:
            return title
    if i != n:
        return title
    bounds = [0] + [pos for pos, _ in cuts] + [len(out)]
    if not cuts or any(y - x < 2 for x, y in zip(bounds, bounds[1:])):
        return title
    for pos, sep in reversed(cuts):
        out.insert(pos, sep)
    return "".join(out)


#: Keyphrase occurrences of an essay up to which they are mapped one by one (more: in one numpy gather).
_FEW_OCCURRENCES = 12
#: Fewest Chinese characters on each side of a space for it to part two words (:func:`crosses_word_gap`).
WORD_GAP_SIDE_CHARS = 2
#: A run of spaces, tabs or ideographic spaces inside a line (bounded: a longer run is read in pieces, whose inner
#: ends touch no Chinese character).
_WORD_GAP = re.compile("[ \t\u3000]{1,64}")


def crosses_word_gap(original: str, a: int, b: int) -> bool:
    """Whether ``original[a:b]`` (a keyphrase occurrence's slice of the input, offsets into ``original``) holds a
    space, a tab or an ideographic space that parts two Chinese words: at least :data:`WORD_GAP_SIDE_CHARS` CJK
    characters stand right before it and right after it in ``original`` (the headline ``騙案急升 須加強防範`` writes a
    pause with a space, as a chat post does; cleaning removes it, so a phrase read there, ``騙案急升須``, is no term of
    the input). A letter-spaced title (``我 们 今 天``: one character between spaces) and a line break (a hard-wrapped
    paragraph) part no words. Linear in ``b - a``; raises nothing."""
    side = WORD_GAP_SIDE_CHARS
    for m in _WORD_GAP.finditer(original, a, b):
        g, k = m.span()
        if (g >= side and k + side <= len(original) and all(is_cjk(c) for c in original[g - side:g])
                and all(is_cjk(c) for c in original[k:k + side])):
            return True
    return False


def _keyphrases(doc: EssayDoc) -> list[Keyphrase]:
    """The essay's keyphrases with their occurrences mapped into the original input; an occurrence across text that
    cleaning cut out (a page marker) is left out, as a point never spans one (:meth:`EssayDoc.exact_end`), and so is
    one across a space that parts two Chinese words in the input (:func:`crosses_word_gap`: a headline's
    ``騙案急升 須…`` gives no ``騙案急升須``); a keyphrase with no occurrence left is dropped."""
    keyphrases = doc.keyphrases or []
    occurrences = [o for k in keyphrases for o in k.occurrences]
    if not occurrences:
        return []
    # every occurrence mapped at once; one whose original slice is its cleaned text is exact as it is, any other is
    # checked by exact_end (what cleaning removed inside it)
    n = doc.essay.end - doc.essay.start
    if any(not 0 <= s < e <= n for s, e in occurrences):
        raise ValueError(f"a keyphrase occurrence lies outside the essay of length {n}")
    offsets, base = doc.clean.offsets, doc.essay.start
    if len(occurrences) <= _FEW_OCCURRENCES:  # (a short essay's few: numpy's set-up would cost more)
        firsts = [int(offsets[base + s]) for s, _ in occurrences]
        lasts = [doc.clean.original_end(base + e) for _, e in occurrences]
    else:
        bounds = np.asarray(occurrences, dtype=np.int64) + base
        firsts, lasts = offsets[bounds[:, 0]].tolist(), doc.clean.original_ends(bounds[:, 1]).tolist()
    plain = doc.clean.markup is None
    text, original = doc.text, doc.original
    out = []
    i = 0
    for k in keyphrases:
        spans = []
        for s, e in k.occurrences:
            a, b = firsts[i], lasts[i]
            i += 1
            if (plain and original[a:b] == text[s:e]) or (
                    (doc.exact_as_is(s, e, a, b) or doc.exact_end(s, e) == e) and not crosses_word_gap(original, a, b)):
                spans.append(Span(start=a, end=b))
        if spans:
            out.append(Keyphrase(text=k.text, score=round(k.score, 6), occurrences=spans))
    return out


#: Marks after which a summary sentence reads as ended (closing quotes and brackets after them allowed).
_SUMMARY_ENDS = frozenset("。！？!?….．")  # (a unit the splitter ended at a half-width . needs no 。 after it: p30struct)
#: Clause marks that cannot end a summary sentence: replaced by 。 (``……加快审批；`` as a last sentence).
_CLAUSE_MARKS = frozenset("；;，,、：:")
_CLOSING = frozenset("”’」』）)】]》\"'")


def _needs_end(text: str) -> bool:
    """Whether the summary sentence ``text`` ends in no sentence end mark (closing quotes and brackets skipped)."""
    body = text.rstrip()
    k = len(body)
    while k and body[k - 1] in _CLOSING:
        k -= 1
    return k > 0 and body[k - 1] not in _SUMMARY_ENDS


def _needs_space(text: str, following: str) -> bool:
    """Whether the summary sentence ``text``, ending in a half-width ``.`` ``!`` ``?`` (closing quotes and brackets
    skipped), is followed by ``following`` starting with an ASCII letter or digit: two Latin sentences, which
    :func:`join_summary` separates by a space (``housing. Build``, never ``housing.Build``)."""
    body = text.rstrip()
    if len(body) < len(text):
        return False  # (it ends in its own whitespace)
    k = len(body)
    while k and body[k - 1] in _CLOSING:
        k -= 1
    head = following[:1]
    return k > 0 and body[k - 1] in ".!?" and head.isascii() and head.isalnum()


def join_summary(texts: list[str]) -> str:
    """The summary string of the summary sentences ``texts`` (each the original text of its span): their
    concatenation, where a sentence that ends in a clause mark (``；，、：``, a point cut from its list) has it
    replaced by ``。``, and a sentence followed by another that ends in no sentence end mark (``。！？…``, before any
    closing quote or bracket: a list line or a heading of notes, ``队伍老化问题突出``) is followed by ``。``, so no
    two sentences are glued; a Latin sentence ended by a half-width mark and followed by one that opens with an ASCII
    letter or digit gets a space after it (:func:`_needs_space`). ``"".join(texts)`` when every sentence ends in a
    sentence end mark and none is such a Latin pair; never longer than it by more than the number of sentences before
    the last that need an end or a space (the summary stage reserves that)."""
    out = []
    for k, text in enumerate(texts):
        body = text.rstrip()
        if body and body[-1] in _CLAUSE_MARKS:
            out.append(body[:-1] + "。")
        elif k + 1 < len(texts) and _needs_end(text):
            out.append(body + "。")
        else:
            out.append(text)
        if k + 1 < len(texts) and _needs_space(out[-1], texts[k + 1]):
            out.append(" ")
    return "".join(out)


def output_stage(doc: EssayDoc) -> EssayDoc:
    """``title`` and ``result``: the :class:`~summarizer.schema.EssaySummary` with original offsets."""
    doc.title = _title(doc)
    start, end = doc.span

    def mapped(aspect: str) -> list[Point]:
        # (a point whose exact text holds no letter, digit or Han states nothing: a table's cell rule ``|`` where the
        # cleaned point ran over a row's bars, which the original spells with spaces, p27struct)
        points = [doc.point(p.start, p.end, round(p.score, 6), p.heading) for p in doc.points[aspect]]
        return [p for p in points if any(ch.isalnum() for ch in p.text)]

    doc.result = EssaySummary(
        index=doc.essay.index,
        title=doc.title,
        start=start,
        end=end,
        chars=doc.essay.end - doc.essay.start,
        summary=join_summary([p.text for p in doc.summary]),
        summary_sentences=doc.summary,
        challenges=mapped(aspects.CHALLENGE),
        recommendations=mapped(aspects.RECOMMENDATION),
        keyphrases=_keyphrases(doc),
    )
    return doc


#: The stages, in order: ``(name, EssayDoc -> EssayDoc)``.
STAGES: list[tuple[str, Stage]] = [
    ("structure", structure_stage),
    ("sentences", sentences_stage),
    ("aspects", aspects_stage),
    ("tokens", tokens_stage),
    ("textrank", textrank_stage),
    ("points", points_stage),
    ("summary", summary_stage),
    ("keyphrases", keyphrases_stage),
    ("output", output_stage),
]


def run_stages(doc: EssayDoc, timings: StageTimes | None = None) -> EssayDoc:
    """Run :data:`STAGES` on ``doc`` in order; with ``timings``, add each stage's seconds to it.

    Raises:
        TypeError: a stage returned something other than an :class:`EssayDoc`.
    """
    for name, stage in STAGES:
        t0 = time.perf_counter()
        doc = stage(doc)
        if timings is not None:
            timings.add(name, time.perf_counter() - t0)
        if not isinstance(doc, EssayDoc):
            raise TypeError(f"stage {name!r} returned {type(doc).__name__}, not EssayDoc")
    return doc


# ---------------------------------------------------------------------------------------------- front door


#: The keyword arguments of :func:`summarize` and :func:`summarize_file` besides the options: a misspelt option
#: may be one of them (``max_char`` -> ``max_chars``), so the suggestion looks among them too.
_CALL_KEYWORDS = ("source", "options", "max_chars", "tokenizer", "timings", "model", "user_dict", "max_essays",
                  "max_sentences", "format", "max_bytes", "csv_column", "csv_title_column")


def _options(options: SummarizeOptions | None, overrides: dict) -> SummarizeOptions:
    """``options`` with the keyword ``overrides`` applied, validated as :class:`SummarizeOptions`.

    Raises:
        TypeError: a keyword that names no option (``max_point=3``): ``unknown option max_point (did you mean
            max_points?)``, the suggestion from :func:`summarizer.schema.close_option`, as the service's.
        pydantic.ValidationError: an option's value out of range or of the wrong type.
    """
    unknown = [name for name in overrides if name not in SummarizeOptions.model_fields]
    if unknown:
        raise TypeError("; ".join(unknown_option_message(name, _CALL_KEYWORDS) for name in unknown))
    if options is None:
        return SummarizeOptions(**overrides)
    if overrides:
        return options.model_copy(update=SummarizeOptions(**{**options.model_dump(), **overrides}).model_dump())
    return options


def as_document(text: str | bytes | Document, *, source: str | None = None) -> Document:
    """The one place input types are coerced (after spaCy's ``Language._ensure_doc``).

    Args:
        text: a ``str`` (taken as it is: ``format`` ``None``, ``encoding`` ``"utf-8"``); ``bytes`` of any
            supported file format, read by :func:`summarizer.readers.read_bytes` (plain text decoded by
            :func:`summarizer.decode.decode_bytes`; HTML, ``.docx`` and PDF bytes read as such); or a
            :class:`~summarizer.readers.Document` already read.
        source: file name or id to report; overrides the document's own when given.

    Raises:
        TypeError: another type; a ``source`` that is neither ``None``, a ``str`` nor a path (a path is taken as
            its string).
        DecodeError: binary or undecodable bytes (:class:`~summarizer.errors.UnsupportedFormatError`,
            :class:`~summarizer.errors.NoTextLayerError` for files no reader handles or a scanned PDF); a
            ``str`` with lone surrogates, or more than :data:`summarizer.decode.MAX_CONTROL_RATIO` of its characters
            control characters (:func:`summarizer.decode.check_controls`, as for a decoded file).
        EmptyInputError: an HTML page with no main content.
    """
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if source is not None and not isinstance(source, str):
        # said before any work (ux34): ``source=5`` was a pydantic error naming DocumentSummary once the whole
        # document had been summarized
        raise TypeError(f"source must be a str (a file name or id) or None, not {type(source).__name__}")
    if isinstance(text, Document):
        document = text if source is None else dataclasses.replace(text, source=source)
    elif isinstance(text, (bytes, bytearray, memoryview)):
        document = read_bytes(bytes(text), source=source)
    elif isinstance(text, str):  # the file rule for control characters (summarizer.chars.CONTROL) holds for str too
        # (a str with no content character at all, only controls, spaces or marks, is empty input, not binary)
        document = Document(check_controls(text) if has_content(text) else text, None, "utf-8", source)
    else:
        raise TypeError(f"text must be str, bytes or Document, not {type(text).__name__}")
    bad = _SURROGATE.search(document.text)
    if bad:
        raise DecodeError(f"text holds a lone surrogate code point U+{ord(bad.group()):04X} at character {bad.start()}:"
                          " it is not valid Unicode text (decode the bytes with errors='replace' first)")
    return document


_NO_MODEL = ("method 'seq2seq' needs a model checkpoint: pass a local checkpoint directory or a name from "
             "`summarizer models list` (and install the optional extra: pip install 'summarizer[seq2seq]')")


def check_method(options: SummarizeOptions | None = None, model: Any = None) -> None:
    """Say now, before any input is read, whether ``options.method`` can run here: for ``seq2seq``, that a model is
    given (``model``, else ``options.model``), the extra is installed and the checkpoint is on this machine. Cheap:
    nothing is loaded (the CLI and ``summarizer evaluate`` call it once, instead of failing every input).

    Raises:
        ModelNotAvailableError: no model given, the extra missing, the checkpoint not found (the message says
            how to get it), or a directory that cannot serve as a seq2seq checkpoint by its files and
            ``config.json`` (a decoder-only model, no weights, no tokenizer files:
            :func:`summarizer.seq2seq.registry.checkpoint_problems`).
    """
    opts = options if options is not None else SummarizeOptions()
    if opts.method != "seq2seq":
        return
    model = model if model is not None else opts.model
    if model is None:
        raise ModelNotAvailableError(_NO_MODEL)
    if not isinstance(model, Seq2SeqSummarizer):
        require_extra()
        resolved = resolve(model)
        problems = checkpoint_problems(Path(resolved.path), resolved.spec)
        if problems:
            raise ModelNotAvailableError(
                f"model {resolved.name!r} cannot be used as a seq2seq checkpoint ({resolved.path}): "
                + "; ".join(problems))


def _seq2seq_model(opts: SummarizeOptions, model: Any) -> Seq2SeqSummarizer:
    """The loaded seq2seq summarizer for ``method="seq2seq"`` (torch/transformers imported here, lazily)."""
    if model is None:
        model = opts.model
    if model is None:
        raise ModelNotAvailableError(_NO_MODEL)
    return get_summarizer(model)  # torch and transformers are imported here, when a model is loaded


def _check_limits(**limits: int | None) -> None:
    """Raise ``ValueError`` for a limit (``max_chars``, ``max_essays``, ``max_sentences``) that is given but under 1: a limit of 0 would
    refuse every document, which is never what a caller means (``None`` is no limit)."""
    for name, value in limits.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise ValueError(f"{name} must be a whole number of at least 1, or None for no limit (got {value!r})")


def _prepare(text: str | bytes | Document, source: str | None, options: SummarizeOptions | None,
             max_chars: int | None, overrides: dict,
             max_essays: int | None = None,
             max_sentences: int | None = None) -> tuple[SummarizeOptions, Document]:
    """The validated options and the coerced document, within ``max_chars`` characters and ``max_sentences``
    sentence ends (:func:`summarizer.sentences.count_sentence_ends`, counted before cleaning; ``max_essays`` is
    checked here as a value; the essays are counted after the split)."""
    opts = _options(options, overrides)
    document = as_document(text, source=source)
    _check_limits(max_chars=max_chars, max_essays=max_essays, max_sentences=max_sentences)
    if max_chars is not None and len(document.text) > max_chars:
        raise InputTooLargeError(f"text has {len(document.text):,} characters; the limit is {max_chars:,} (max_chars)")
    if max_sentences is not None:
        ends = count_sentence_ends(document.text)
        if ends > max_sentences:
            raise TooManySentencesError(ends, max_sentences)
    return opts, document


def _tokenizer(tokenizer: Tokenizer | str | None, user_dict: Any) -> Tokenizer:
    """``tokenizer`` (a :class:`Tokenizer`, or a backend name such as ``"jieba"``, read as the batch API reads
    it), else the shared one of ``user_dict`` (:func:`summarizer.tokenize.get_tokenizer`).

    Raises:
        TypeError: both are given; ``tokenizer`` is neither a :class:`Tokenizer` nor a backend name.
        ResourceError: an unknown backend name; the user dictionary cannot be read.
    """
    if tokenizer is not None and user_dict is not None:
        raise TypeError("give tokenizer= or user_dict=, not both (Tokenizer(user_dict=...) holds its dictionary)")
    if isinstance(tokenizer, str):
        return get_tokenizer(backend=tokenizer)
    if tokenizer is not None and not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"tokenizer must be a summarizer.tokenize.Tokenizer (e.g. Tokenizer(backend='jieba')) or "
                        f"a backend name ('jieba', 'rjieba'), not {type(tokenizer).__name__}")
    return tokenizer or get_tokenizer(user_dict=user_dict)


def _heading_lines(document: Document) -> tuple[tuple[int, int, int], ...]:
    """``(start, end, level)`` of the headings of ``document.text``: those its reader marked
    (:attr:`Document.headings`: a page's ``<h1>``-``<h6>``, a ``.docx`` heading style), else, for text (a markdown
    file, a ``str``), its markdown ``#`` lines and HTML heading elements (:func:`summarizer.markup.heading_spans`)."""
    if document.headings or document.format not in ("text", None):
        return document.headings
    return heading_spans(document.text)


def _record_titles(document: Document, ct) -> list[str]:
    """The title of each record of the cleaned text ``ct`` (:attr:`CleanText.records`): that of the reader's
    record (:attr:`Document.record_titles`) its first character comes from; ``[]`` when the reader gave none."""
    if not document.record_titles or not ct.records:
        return []
    return [document.record_titles[max(0, bisect.bisect_right(document.records, int(ct.offsets[r])) - 1)]
            for r in ct.records]


def _analyze(document: Document, opts: SummarizeOptions, tokenizer: Tokenizer | None,
             timings: StageTimes | None, t0: float, max_essays: int | None = None) -> list[EssayDoc]:
    """Clean, split into essays and run :data:`STAGES` on each; ``t0``: when decoding started (for timings).
    Raises :class:`TooManyEssaysError` before any essay is analysed when the split gives more than ``max_essays``."""
    if not has_content(document.text):
        raise EmptyInputError("text is empty: it has no letter, digit or CJK character")
    ct = clean(document.text, document.records)
    # analysis runs on a same-length Simplified view (Traditional input); output is sliced from ct.text
    view = simplified_view(ct.text)
    spaced = frozenset() if ct.breaks or ct.records else spaced_line_starts(document.text, ct.text, ct.offsets, ct.ends)
    separated = frozenset() if ct.breaks or ct.records else separated_line_starts(
        document.text, ct.text, ct.offsets, ct.ends)
    levels = {} if ct.breaks or ct.records else heading_line_levels(
        document.text, ct.text, ct.offsets, ct.ends, _heading_lines(document))
    spans = split_essays(view, ct.breaks, ct.bylines, ct.records, _record_titles(document, ct), spaced, levels,
                         separated)
    if max_essays is not None and len(spans) > max_essays:
        raise TooManyEssaysError(len(spans), max_essays)
    titles = Counter(e.title for e in spans if e.title)
    shared = DocumentText(document.text, ct, view, document.encoding, document.format, document.source,
                          frozenset(t for t, n in titles.items() if n > 1), document.warnings)
    if timings is not None:
        timings.decode_clean += time.perf_counter() - t0
    tok = tokenizer or get_tokenizer()
    # a collection of many essays: fewer garbage collections over the analysed essays (the same output)
    with fewer_collections() if len(spans) > 1 else nullcontext():
        # (the pieces of a collection are read by the learned model by the whole document's length: split48)
        token = aspect_model.COLLECTION_CHARS.set(len(view) if len(spans) > 1 else 0)
        try:
            essays = [run_stages(EssayDoc(shared, span, opts, tok), timings) for span in spans]
        finally:
            aspect_model.COLLECTION_CHARS.reset(token)
    essays = [e for e in essays if e.sentences]
    if not essays:
        raise EmptyInputError("text is empty after removing boilerplate: no sentence is left to summarize")
    if len(essays) > 1 and any(e.essay.start > e.essay.marker_start for e in essays):
        for e in essays:
            _start_past_title_line(e)
    return essays


def _start_past_title_line(doc: EssayDoc) -> None:
    """In a collection whose later essays start past their title lines (:func:`summarizer.essays.split_essays`: the
    title is in ``title``), an essay whose title is its own first line (the collection's first essay, which the
    split starts at the text's start) starts past that line too: its result's ``start`` (an offset into the
    original input) moves to the first character of the next line, as the README's ``start`` says. Its analysis is
    unchanged. Reads the first line once (linear in it)."""
    if doc.result is None or not doc.title or doc.essay.start > doc.essay.marker_start:
        return
    text = doc.text
    nl = text.find("\n")
    if nl < 0:
        return
    line = _squeeze_key(text[:nl])
    if not line or _squeeze_key(doc.title) not in line:
        return
    k = nl
    while k < len(text) and text[k].isspace():
        k += 1
    if k < len(text):
        doc.result.start = doc.to_original(k, k + 1)[0]


def analyze(
    text: str | bytes | Document,
    *,
    source: str | None = None,
    options: SummarizeOptions | None = None,
    max_chars: int | None = None,
    tokenizer: Tokenizer | str | None = None,
    timings: StageTimes | None = None,
    user_dict: Any = None,
    max_essays: int | None = None,
    max_sentences: int | None = None,
    **option_overrides: Any,
) -> list[EssayDoc]:
    """Analyse one document: every essay with every stage's output (the extractive method).

    Args: as :func:`summarize`.

    Returns:
        One :class:`~summarizer.document.EssayDoc` per essay with a sentence, in document order; they share one
        :class:`~summarizer.document.DocumentText`.

    Raises:
        As :func:`summarize` (not :class:`ModelNotAvailableError`).
    """
    t0 = time.perf_counter()
    tokenizer = _tokenizer(tokenizer, user_dict)
    opts, document = _prepare(text, source, options, max_chars, option_overrides, max_essays, max_sentences)
    return _analyze(document, opts, tokenizer, timings, t0, max_essays)


def to_summary(essays: list[EssayDoc]) -> DocumentSummary:
    """The :class:`~summarizer.schema.DocumentSummary` of analysed essays (one document's, from :func:`analyze`):
    essays re-indexed from 0, offsets into the decoded original input.

    Raises:
        ValueError: ``essays`` is empty or its essays come from different documents.
    """
    fields, threshold = _summary_fields(essays)
    return DocumentSummary(**fields, collection=_collection(fields["essays"], threshold))


def _summary_fields(essays: list[EssayDoc]) -> tuple[dict[str, Any], float]:
    """The fields of :func:`to_summary`'s :class:`~summarizer.schema.DocumentSummary` but its collection, and the
    theme threshold (cosine) the collection is synthesised with: what is left of the analysed ``essays`` once
    they are summarized (:func:`summarize` frees the analysis before the collection's themes, mem29).

    Raises:
        ValueError: as :func:`to_summary`.
    """
    if not essays:
        raise ValueError("no essay to summarize")
    shared = essays[0].document
    if any(e.document is not shared for e in essays):
        raise ValueError("the essays come from different documents")
    # (an essay already at its index is taken as it is: a copy per essay costs a collection's many essays time)
    results = [e.result if e.result.index == i else e.result.model_copy(update={"index": i})
               for i, e in enumerate(essays)]
    return (dict(source=shared.source, encoding=shared.encoding, format=shared.format, method="textrank",
                 chars=len(shared.original), removed=shared.clean.removed, essays=results,
                 warnings=[InputWarning(type=w.type, message=w.message) for w in shared.warnings]),
            essays[0].options.theme_threshold)


def _collection(results: list[EssaySummary], threshold: float):
    """The :class:`~summarizer.schema.Collection` of a document's essays (:func:`summarizer.collection.synthesize`),
    or None for a single essay."""
    return synthesize(results, threshold=threshold) if len(results) >= 2 else None


#: Memos of one document's analysis: the functools LRU memos of at least this many entries in the library's modules
#: (the per-sentence answers of the aspects and points stages). Smaller and unbounded caches hold compiled patterns
#: and lexicons and are kept for the life of the process, as are the memos marked by :func:`summarizer.chars.
#: process_memo` (a word's keyphrase candidacy, a character's Simplified form, a position prior: speed23).
DOCUMENT_MEMO_MIN_SIZE = 128
_document_memos: list | None = None
_MEMO_LOCK = threading.Lock()


def forget_document_memos() -> None:
    """Empty the memos of a document's analysis (:data:`DOCUMENT_MEMO_MIN_SIZE`), as :func:`summarize` does after
    every call: the questions they answer repeat within one document; kept across documents they only hold memory
    (a process that summarized the long-document benchmark sets peaked at 164 MiB with them kept, 132 MiB with them
    emptied after each document). Memos marked by :func:`summarizer.chars.process_memo` are kept: their keys (words,
    characters, graph shapes) recur across documents; those marked by :func:`summarizer.chars.document_memo` (a few
    whole texts each, perf51) are emptied too. The output does not change: the memoised functions are pure. The memos
    are gathered once, from the ``summarizer`` modules loaded at the first call; O(number of memos) afterwards."""
    global _document_memos
    if _document_memos is None:
        with _MEMO_LOCK:
            if _document_memos is None:
                found = []
                for name, module in list(sys.modules.items()):
                    if module is None or not (name == "summarizer" or name.startswith("summarizer.")):
                        continue
                    for value in list(vars(module).values()):
                        # (a memo is callable: a summarizer.lazy.LazyModule, which is not, is never imported here)
                        info = getattr(value, "cache_info", None) if callable(value) else None
                        if callable(info) and callable(getattr(value, "cache_clear", None)):
                            size = info().maxsize
                            if ((size is not None and size >= DOCUMENT_MEMO_MIN_SIZE
                                 or getattr(value, DOCUMENT_MEMO, False))  # (chars.document_memo: a text's, perf51)
                                    and value not in found
                                    and not getattr(value, PROCESS_MEMO, False)):  # (chars.process_memo: kept)
                                found.append(value)
                _document_memos = found
    for memo in _document_memos:
        memo.cache_clear()


def summarize(
    text: str | bytes | Document,
    *,
    source: str | None = None,
    options: SummarizeOptions | None = None,
    max_chars: int | None = None,
    tokenizer: Tokenizer | str | None = None,
    timings: StageTimes | None = None,
    model: Any = None,
    user_dict: Any = None,
    max_essays: int | None = None,
    max_sentences: int | None = None,
    **option_overrides: Any,
) -> DocumentSummary:
    """Summarize one document: a single essay or a collection of essays. ``to_summary(analyze(...))``, then,
    for ``method="seq2seq"``, the abstractive rewrite of the analysed essays.

    Args:
        text: the document: a ``str``; ``bytes`` of a text, HTML, ``.docx`` or PDF file (read by
            :func:`summarizer.readers.read_bytes`; text decoded with :func:`summarizer.decode.decode_bytes`:
            UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, others by detection); or a
            :class:`~summarizer.readers.Document` (its source, encoding and format are reported).
        source: a file name or id echoed in the result.
        options: :class:`~summarizer.schema.SummarizeOptions`; keyword overrides (``max_points=5``) are
            validated the same way.
        max_chars: refuse documents longer than this many characters (None: no limit).
        tokenizer: the word segmenter of TextRank: a :class:`~summarizer.tokenize.Tokenizer`, or a backend name
            (``"jieba"``, ``"rjieba"``); ``None``: :func:`summarizer.tokenize.get_tokenizer` (backend
            from ``$SUMMARIZER_TOKENIZER``, else rjieba when installed, else jieba; a user dictionary from
            ``user_dict`` or ``$SUMMARIZER_USER_DICT``).
        timings: when given, filled with the seconds spent in each stage (:class:`StageTimes`).
        model: for ``method="seq2seq"``: a loaded :class:`summarizer.seq2seq.Seq2SeqSummarizer`, or a local
            checkpoint directory / registry name / cached hub id to load (never downloaded; loaded once per
            process). ``None``: ``options.model``. A ``model`` with no method given selects
            ``method="seq2seq"``, as the CLI's ``--model`` and the HTTP field do.
        user_dict: a jieba user dictionary file (``str`` or path; UTF-8, ``word [frequency] [tag]`` a line): its
            words are kept whole by the segmentation (jieba backend; loaded once per process and file version).
            Not together with ``tokenizer`` (``Tokenizer(user_dict=...)`` carries its own).
        max_essays: refuse a document that splits into more essays than this (None: no limit), after cleaning
            and the essay split and before any essay is analysed: the analysis costs about a millisecond of CPU
            per short essay, so a 100,000-character document of thousands of tiny essays is the one input of that
            size that needs seconds (the service's ``SUMMARIZER_MAX_ESSAYS``).
        max_sentences: refuse a document of more sentence ends than this (None: no limit): runs of ``。！？!?``,
            and line breaks after short lines, counted in the text before cleaning (:func:`summarizer.sentences.count_sentence_ends`,
            a few milliseconds on 100,000 characters), before any work: each distinct sentence is read by some
            sixty rules, so a page of tens of thousands of tiny sentences takes seconds (the service's
            ``SUMMARIZER_MAX_SENTENCES``, the command line's ``--max-sentences``:
            :data:`summarizer.errors.DEFAULT_MAX_SENTENCES`, 10,000).

    Returns:
        :class:`~summarizer.schema.DocumentSummary`; every ``start``/``end`` is a character offset into the
        decoded original input (for HTML, ``.docx`` and PDF: into the extracted text).

    Raises:
        EmptyInputError: no sentence with a letter or digit is left after cleaning.
        DecodeError: ``bytes`` that are binary, of an unsupported format or cannot be decoded; a ``str`` with
            lone surrogates.
        InputTooLargeError: the document is longer than ``max_chars`` characters; :class:`TooManyEssaysError`
            (a subclass) when it holds more than ``max_essays`` essays; :class:`TooManySentencesError` (a subclass)
            when it has more than ``max_sentences`` sentence ends.
        ModelNotAvailableError: ``method="seq2seq"`` without the ``[seq2seq]`` extra or a configured model.
        TypeError: ``text`` is not ``str``, ``bytes`` or ``Document``; both ``tokenizer`` and ``user_dict``;
            ``tokenizer`` neither a :class:`~summarizer.tokenize.Tokenizer` nor a backend name; a keyword that
            names no option (``unknown option max_point (did you mean max_points?)``).
        ValueError: ``model`` given together with an explicit non-seq2seq ``method``; ``max_chars``, ``max_essays``
            or ``max_sentences`` under 1.
        pydantic.ValidationError: an option out of range.
        ResourceError: the user dictionary cannot be read or parsed; an unknown tokenizer backend name.
    """
    t0 = time.perf_counter()
    tokenizer = _tokenizer(tokenizer, user_dict)
    opts, document = _prepare(text, source, options, max_chars, option_overrides, max_essays, max_sentences)
    if model is not None and opts.method != "seq2seq":
        # a model asks for the abstractive method, as --model and the HTTP field do; with an explicit
        # method="textrank" it would be ignored silently
        if "method" in option_overrides or (options is not None and "method" in options.model_fields_set):
            raise ValueError(f"model={model!r} is used only with method='seq2seq', not method={opts.method!r}")
        opts = opts.model_copy(update={"method": "seq2seq"})
    abstractive = _seq2seq_model(opts, model) if opts.method == "seq2seq" else None
    try:
        with fewer_collections():  # (:mod:`summarizer.gcpolicy`: the same output, less time in the garbage collector)
            essays = _analyze(document, opts, tokenizer, timings, t0, max_essays)
            if abstractive is None:
                # the analysis (sentences, tokens, graphs) and the document's memos are freed before a collection's
                # themes are synthesised from the finished essays: its peak no longer adds to theirs (mem29)
                fields, threshold = _summary_fields(essays)
                essays = None
                forget_document_memos()
                result = DocumentSummary(**fields, collection=_collection(fields["essays"], threshold))
                del fields
            else:
                result = to_summary(essays)
    finally:
        forget_document_memos()
    if abstractive is not None:
        result = abstract_document(abstractive, result, essays, opts)
        # the themes of the generated points (data flows one way: synthesis reads the finished essays)
        result = result.model_copy(update={"collection": _collection(result.essays, opts.theme_threshold)})
    chars = len(document.text)
    del essays, document  # (the analysis is freed before its memory is handed back: gcpolicy, mem28)
    release_free_memory(chars)
    return result


def summarize_document(document: Document, *, options: SummarizeOptions | None = None,
                       max_chars: int | None = None, tokenizer: Tokenizer | str | None = None,
                       max_essays: int | None = None, max_sentences: int | None = None,
                       **overrides: Any) -> DocumentSummary:
    """:func:`summarize` of a :class:`~summarizer.readers.Document` read by :func:`~summarizer.readers.read_bytes`
    or :func:`~summarizer.readers.read_path`: offsets into ``document.text``, its source, encoding and format
    reported. Raises as :func:`summarize`."""
    return summarize(document, options=options, max_chars=max_chars, tokenizer=tokenizer, max_essays=max_essays,
                     max_sentences=max_sentences, **overrides)


def summarize_file(path: str | os.PathLike[str], *, format: str | None = None,  # noqa: A002 - the CLI's name
                   max_bytes: int | None = None, csv_column: str | int | None = None,
                   csv_title_column: str | int | None = None, **kwargs: Any) -> DocumentSummary:
    """Summarize a file as ``summarizer summarize FILE`` does: :func:`~summarizer.readers.read_path` (bytes decoded
    by :func:`summarizer.decode.decode_bytes`: a BOM removed, line endings and whitespace kept as they are; HTML,
    ``.docx`` and PDF read as such; a ``.csv``/``.tsv`` table's column of essay bodies read as one essay a record,
    titled from its title column), then :func:`summarize` of the :class:`~summarizer.readers.Document` read. The
    command's worker (:func:`summarizer.batch.process_task`), ``summarizer evaluate --task aspects`` and the
    service's ``POST /v1/summarize/file`` make these same two calls, so their points are this function's.

    ``summarize(open(path).read())`` is not the same call: Python's text mode turns ``\r\n`` and ``\r`` into
    ``\n`` and keeps a UTF-8 BOM as ``\ufeff`` (so its offsets differ from the file's, the points do not), reads
    only UTF-8 (a GBK or UTF-16 file raises ``UnicodeDecodeError``) and reads a table as plain text.

    Args:
        path: the file (``str`` or path); reported as the summary's ``source`` unless ``source=`` is given.
        format: ``"text"``, ``"html"``, ``"docx"``, ``"pdf"`` to skip detection (the CLI's ``--input-format``;
            ``None``/``"auto"``: detect).
        max_bytes: refuse a larger file (the CLI's ``--max-bytes``; ``None``: no limit).
        csv_column, csv_title_column: a table's body and title columns (the CLI's ``--csv-column``,
            ``--csv-title-column``; a header name or a 0-based index).
        **kwargs: as :func:`summarize` (``options``, option overrides, ``max_chars``, ``tokenizer``, ``source``…).

    Returns:
        :class:`~summarizer.schema.DocumentSummary`; every offset points into the text read (``summarizer extract
        FILE`` prints it).

    Raises:
        As :func:`~summarizer.readers.read_path` (``OSError`` for a file that cannot be opened, ``DecodeError``,
        ``UnsupportedFormatError``, ``InputTooLargeError`` over ``max_bytes``…) and as :func:`summarize`.
    """
    document = read_path(path, max_bytes=max_bytes, format=format, csv_column=csv_column,
                         csv_title_column=csv_title_column)
    return summarize(document, **kwargs)
