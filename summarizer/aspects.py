"""Stage 5: aspects. Which parts of an essay state its challenges, which its recommendations.

Aspects are read from the structure first, the way a reader of a Chinese policy essay does:

1. A *section* heading names its aspect with a head noun: ``存在的问题`` / ``面临的挑战`` (challenge),
   ``对策建议`` / ``措施建议`` / ``提升路径`` (recommendation), ``主要做法`` / ``重要作用`` / ``为例``
   (other: what was done, background, praise). When a heading has several cue nouns the one nearest its
   end wins (Chinese noun phrases are head-final: ``应对社会治理短板的对策及建议`` is about 对策).
2. The items of a list inside a section take the section's aspect.
3. A list under no section takes the aspect its lead-in sentence announces (``存在如下问题：``,
   ``建议如下：``), or else the aspect most of its item headings show: shortcoming predicates
   (``不足``, ``缺位``, ``参差不齐``) or imperative openings (``加强…``, ``坚持…``, ``补足…``).
4. Text with no such structure is classified sentence by sentence (see :func:`sentence_aspect`), inside
   regions opened by glued headings or lead-ins.

The cue words live in ``resources/cues.txt``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from contextvars import ContextVar
from functools import lru_cache, wraps

from summarizer.lazy import LazyPattern  # (module rules compile at first use: perf60)
from summarizer.chars import (rfind_any, CJK, CJK_RE, CLAUSE_BREAKS, CLAUSE_SPLIT, SENTENCE_END, TERMINATORS,
                              document_memo, ends_as_lead_in, is_cjk, required_strings, text_memo, word_groups,
                              ASCII_QUOTES, BLOCK_QUOTE_CLOSERS, BLOCK_QUOTE_OPENERS)
from summarizer.errors import ResourceError
from summarizer.script import simplified_view
from summarizer.structure import Item, Structure, find_markers, line_opens_at
from summarizer.tokenize import WORD_TAGS_CHARS, word_tags

CHALLENGE = "challenge"
RECOMMENDATION = "recommendation"
OTHER = "other"

#: Sentences whose aspect cues are remembered (the points stage asks about each sentence several times); bounded.
#: The stages read an essay's sentences in text order, one pass after another: an LRU memo smaller than the essay's
#: sentences keeps none of them for the next pass (each pass evicts what the next one asks first), so the size covers
#: the 10,000 sentences of the largest inputs timed (issue 9; speed40b: 8192 gave 0 hits on 10,000 distinct lines).
#: The memos are emptied after each document (:func:`summarizer.pipeline.forget_document_memos`).
_MEMO_SIZE = 16384
#: Longest text (characters) a memo of :func:`_remembered` keeps: a longer one is read again at each call (rare in
#: prose), so that each such memo holds at most about ``_MEMO_SIZE × _MEMO_CHARS`` characters.
_MEMO_CHARS = 400
#: Texts each memo of :func:`_remembered` holds: the repeated questions come within one essay (the aspects stage, then
#: the points stage), as many as :data:`_MEMO_SIZE` for the same reason (2048 gave 0 hits on 10,000 distinct
#: sentences); a memo holds only the texts asked of it within one document.
_REMEMBERED_SIZE = _MEMO_SIZE


def _remembered(fn):
    """``fn``, a pure function of one string (and of the packaged lexicon, loaded once), with its answers remembered
    in a memo of at most :data:`_REMEMBERED_SIZE` texts of at most :data:`_MEMO_CHARS` characters (the aspects stage
    and the points stage ask about each sentence several times); a longer text goes straight to ``fn``. The answers
    are shared by the callers: ``fn`` returns an immutable value. ``__wrapped__`` is ``fn``; ``cache_info()`` (hits,
    misses, maxsize, currsize) and ``cache_clear()`` as on an ``lru_cache``.

    The memo is a plain dict emptied when full (mem43), not an ``lru_cache``: an LRU entry costs a link object besides
    its dict slot (about 110 bytes against 40: 1.8 MiB against 0.6 MiB for 16,384 sentences, times the twenty-odd
    memos), and its order buys nothing here (the stages read an essay's sentences in text order, pass after pass, so
    an LRU memo smaller than the essay keeps none of them for the next pass: emptying when full keeps as many).
    The answers do not change (``fn`` is pure); each call costs O(1) amortized (one dict look-up; each text is
    stored once before the next emptying)."""
    return _text_memo(fn, _MEMO_CHARS)


def _text_memo(fn, max_chars: int | None):
    """:func:`summarizer.chars.text_memo` around ``fn`` for texts of at most ``max_chars`` characters (``None``: any
    length), at most :data:`_REMEMBERED_SIZE` texts (read at each store), emptied when full.

    A miss costs one dict read, the call and one store (speed46: the misses are counted as the stores, the texts
    now held plus those emptied, not one by one; the hits one by one): on a document of distinct short sentences every
    memo misses (``han_soup_100k``: some eighteen misses a sentence)."""
    return text_memo(fn, max_chars, lambda: _REMEMBERED_SIZE)


def _remembered_any_length(fn):
    """:func:`_remembered` without its length bound: ``fn``'s answers for at most :data:`_MEMO_SIZE` texts of any
    length, in a dict emptied when full (in place of an ``lru_cache(maxsize=_MEMO_SIZE)``, whose entries cost a
    link object each: mem43)."""
    return _text_memo(fn, None)


_CLAUSE_SPLIT = CLAUSE_SPLIT  # chars.CLAUSE_SPLIT (a time 10:30, a drive, a URL split nothing)
_ADVERBS = ("同时", "进一步", "要", "应", "应当", "必须", "切实", "努力", "继续", "大力", "积极", "着力", "全面", "不断", "务必", "加快")


class _Groups(dict):
    """A lexicon's groups (group name -> words): a dict whose missing group reads as no words (``()``, nothing
    stored), so that :meth:`Lexicon.words` can be its C-level ``__getitem__``."""

    def __missing__(self, group: str) -> tuple[str, ...]:
        return ()


@dataclass(frozen=True)
class Lexicon:
    """Cue word groups read from ``resources/cues.txt`` (group name -> words, longest first)."""

    groups: dict[str, tuple[str, ...]]

    def __post_init__(self) -> None:
        # (``words`` is asked some 40 times a sentence: the groups' own C-level look-up bound on the instance, no
        # Python frame per call; the same dict, so ``groups`` and ``words`` never disagree; perf49)
        groups = self.groups if isinstance(self.groups, _Groups) else _Groups(self.groups)
        object.__setattr__(self, "groups", groups)
        object.__setattr__(self, "words", groups.__getitem__)

    def words(self, group: str) -> tuple[str, ...]:
        """The words of ``group``, longest first; ``()`` for a group the lexicon does not have."""
        return self.groups.get(group, ())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged cue lexicon ``resources/cues.txt`` (loaded once).

    Raises:
        ResourceError: if the file is missing, undecodable or has no groups.
    """
    return Lexicon(word_groups("cues.txt", "cue lexicon"))


_SECTION_GROUPS = ((CHALLENGE, "challenge_section"), (RECOMMENDATION, "recommendation_section"), (OTHER, "other_section"))


@lru_cache(maxsize=1)
def _section_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """The section cue nouns (longest first) as one alternation, and each noun's aspect (looked up by the matched
    text: no capture group per noun, whose marks the regex engine would save and reset at every attempt)."""
    words = {}
    for aspect, group in _SECTION_GROUPS:
        for word in lexicon().words(group):
            words.setdefault(word, aspect)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    # the look-ahead on the words' first characters skips, in one test, the positions where no word can start
    first = "".join(sorted({w[0] for w in ordered}))
    pattern = re.compile(f"(?=[{re.escape(first)}])(?:" + word_trie_alternation(ordered) + ")")  # (speed23)
    return pattern, words


def heading_cues(heading: str) -> list[tuple[int, str]]:
    """(end offset, aspect) of every section cue noun in ``heading`` (longest match first), in text order."""
    pattern, words = _section_pattern()
    return [(m.end(), words[m.group()]) for m in pattern.finditer(heading)]


def _final_section_noun(text: str) -> tuple[int, str] | None:
    """(start offset in ``text``, aspect) of the last section cue noun that :func:`heading_cues` finds in ``text``
    when that noun ends ``text`` (``面临的主要问题`` -> (5, challenge)), else None. Linear in ``len(text)`` (one scan of
    the alternation)."""
    pattern, words = _section_pattern()
    last = None
    for m in pattern.finditer(text):
        last = m
    return None if last is None or last.end() != len(text) else (last.start(), words[last.group()])


#: Brackets of a note appended to a heading (``…对照检查材料（含案例）``, ``对策建议（讨论稿）``): opener -> closer.
_NOTE_BRACKETS = {"(": ")", "（": "）", "[": "]", "【": "】", "〔": "〕"}
#: What may stand before a heading's first words: list numbering, its brackets and spaces (``二、``, ``（三）``).
_HEADING_NUMBERING = LazyPattern(r"[\s\d一二三四五六七八九十、.．()（）〔〕]*")
#: Character that replaces a masked note (no cue word holds it).
_MASK = "\u25a1"


def _mask_annotations(heading: str) -> str:
    """``heading`` with every bracketed note that follows its words masked (same length, offsets kept): a note
    qualifies the heading (``民主生活会对照检查材料（含案例）`` says the material includes cases) and does not name its
    section, so its cue words (案例) must not decide the heading's aspect. A bracket that opens the heading (after its
    numbering: ``（一）存在的问题``, ``【对策建议】``) is the heading itself and is kept. Linear in the heading."""
    lead = _HEADING_NUMBERING.match(heading).end()
    if not any(ch in _NOTE_BRACKETS for ch in heading[lead + 1:]):
        return heading
    out = list(heading)
    closer = None
    for k in range(lead + 1, len(heading)):
        ch = heading[k]
        if closer is None:
            if ch in _NOTE_BRACKETS:
                closer = _NOTE_BRACKETS[ch]
        elif ch == closer:
            closer = None
        else:
            out[k] = _MASK
    return "".join(out)


def _mask_compounds(text: str) -> str:
    """``text`` with the words of the ``challenge_exclusion`` cue group blanked, same length: compounds built on a
    problem noun that name a tool or a method (问题清单, 问题导向, 风险防控), not a problem."""
    if not has_cue(text, "challenge_exclusion"):
        return text
    for w in lexicon().words("challenge_exclusion"):
        text = text.replace(w, _MASK * len(w))
    return text


def _remedied_cue(heading: str, cue: tuple[int, str]) -> bool:
    """Whether the challenge cue noun ``cue`` (end offset, aspect: :func:`heading_cues`) of ``heading`` is the object
    of a remedy verb that opens its clause (:func:`opens_with_remedy`: ``聚焦重点领域，着力解决突出问题``) or of a
    headline's remedy (:func:`headline_remedy`: ``政府主导解决雾霾难题``): the heading then names what a measure removes,
    not a section of problems. Bounded by the heading (at most 40 characters)."""
    end, aspect = cue
    if aspect != CHALLENGE:
        return False
    start = rfind_any(heading, "，,；;：:。、", 0, end) + 1
    # (聚焦“难点”求突破: a verb of aiming the work, ``aim_verb``, opens the clause before the noun; lefts24)
    # (强化问题发现与上报: an imperative verb whose object holds the noun, :func:`works_on_problem`; left46)
    return (opens_with_remedy(heading[start:end]) or headline_remedy(heading[start:end])
            or heading[start:end].lstrip().startswith(lexicon().words("aim_verb"))
            or works_on_problem(_CLAUSE_SPLIT.split(_HEADING_NUMBERING.sub("", heading[start:], 1), 1)[0]))


#: A heading that ends by naming the main or salient things that exist (``自查中存在的主要题目``, ``当前存在的突出
#: 矛盾``): 存在(着)的, then 主要/突出, then a noun of at most four characters and the heading's end. Whatever that noun
#: (a doc site's spun synonym, 题目 for 问题), what a report says exists and singles out as main is its problems.
#: Anchored at the end, bounded.
_EXISTING_MAIN = LazyPattern(r"存在(?:着)?的(?:几个|若干|一些)?(?:主要|突出|较大)[\u4e00-\u9fff]{1,4}[\s：:。]*$")


#: Head nouns of the ``other_section`` words that name how an inspection, a campaign or a hotline works (w74b: 检查过程,
#: 整治范围, 诉求渠道, 办理流程 …): after an imperative verb (畅通投诉渠道) such a noun is what a measure acts on.
_DESCRIPTION_HEADS = ("过程", "流程", "程序", "步骤", "领域", "范围", "内容", "类型", "分类", "渠道", "结果")


#: Longest heading (characters) read as a PDCA phase (:data:`_PDCA_ACTION_PHASE`).
PDCA_HEADING_CHARS = 20
#: The phases of a PDCA cycle's report (计划 Plan, 实施 Do, 检查 Check, 处理 Act: the quality-improvement report of
#: hospitals and firms) that hold its measures, named by their gloss in brackets (``实施（Do）``, ``处理（Act）``,
#: ``执行(D)``): the Do phase lists the measures taken, the Act phase those kept as standing rules (fix42b). The Plan
#: phase's causes and the Check phase's results are read as any section. Bounded: linear.
_PDCA_ACTION_PHASE = LazyPattern(r"[(（][ \t]{0,2}(?:Do|DO|do|D|Act|ACT|act|A|Action|ACTION)[ \t]{0,2}[)）]")


#: A rectification report's heading over the measures taken on one finding of an inspection: a topic preposition
#: (针对, 关于, 对, 就), the finding quoted (4 to 60 characters), then 问题 and at most a word of rectification
#: (``针对“基层党组织建设薄弱”的问题``, ``关于“选人用人不规范”问题的整改情况``). Anchored at both ends, bounded.
_QUOTED_PROBLEM_HEADING = LazyPattern(
    r"[ \t\u3000]{0,4}(?:针对|針對|关于|關於|对于|對於|对|對|就)[“「]([^“”「」\n]{4,60})[”」](?:的|等|方面的?)?(?:问题|問題)"
    r"(?:的?(?:整改|整改情况|整改情況|整改落实情况|整改落實情況|整改进展情况|整改進展情況|整改措施|整改情况及成效))?"
    r"[ \t\u3000。.：:]{0,3}")


def quoted_problem_heading(heading: str) -> str | None:
    """The finding a rectification report's section heading quotes (``针对“基层党组织建设薄弱”的问题`` ->
    ``基层党组织建设薄弱``), when the whole heading is that frame (:data:`_QUOTED_PROBLEM_HEADING`) and the quoted
    words state a shortcoming (:func:`challenge_strength`); else None. Such a heading names no section of problems:
    its body tells the measures taken (``整改措施：一是…``) and the results; the quoted finding is the problem (try48)."""
    m = _QUOTED_PROBLEM_HEADING.fullmatch(heading)
    if m is None or not challenge_strength(m.group(1)):
        return None
    return m.group(1)


def _rectification_status_tail(tail: str) -> bool:
    """Whether ``tail``, what a heading holds after its last problem noun, is 的 (optional) and a word of the
    ``rectification_status`` cue group, closing punctuation aside (``的整改情况``, ``整改落实情况：``)."""
    return tail.lstrip("的").rstrip(" \t\u3000：:。") in lexicon().words("rectification_status")


def reports_rectification(heading: str) -> bool:
    """Whether ``heading`` (a section heading, numbering allowed) names how the problems found were put right: a
    problem noun, 的 (optional), then a word of the ``rectification_status`` cue group and nothing else
    (``三、审计查出问题的整改情况``, ``上次巡察反馈问题的整改落实情况``, ``问题处理及整改情况``). As an item's own heading
    it states no problem (:func:`item_vote`, try49); as a section heading it still names its problem noun's aspect
    (:func:`heading_aspect`: a 巡察 report's ``反馈问题的整改情况`` section holds the quoted findings). Linear in the
    heading."""
    first = _mask_annotations(colon_label(heading) if len(heading) <= 30 else _CLAUSE_SPLIT.split(heading, 1)[0])
    cues = heading_cues(first[:40])
    return bool(cues) and cues[-1][1] == CHALLENGE and _rectification_status_tail(first[cues[-1][0]:])


#: A 申论 page's label of one numbered piece of its exam material (``材料1``, ``资料二``, ``给定材料3``, ``【材料4】``):
#: the problems and policies under it are the exam's, no point of the page (the gold rules: exam material is neither).
#: Bare 材料 is no label (in governance text it is the papers handed in: 提交材料): only with its number.
EXAM_MATERIAL_LABEL = LazyPattern(r"[【\[]?(?:给定|給定)?(?:材料|资料|資料)[ \t]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[】\]]?[:：]?")


def heading_aspect(heading: str, *, title: bool = False) -> str | None:
    """Aspect named by a section heading: the cue noun nearest the heading's end, or None.

    Only the heading's first clause is read when the heading runs on into body text. A ``title`` (an
    essay or sub-essay title line) names an aspect only when it is short and names one aspect only.
    Remembered per heading (:func:`_remembered`, one memo for headings and one for titles, perf54: the stages ask
    about each heading once per sentence under it and once per essay, some 1 ms each; a collection of essays that
    share their headings asked the same ones thousands of times); :func:`_heading_aspect` computes it.
    """
    return (_title_aspect if title else _section_heading_aspect)(heading)


def _heading_aspect(heading: str, *, title: bool = False) -> str | None:
    """:func:`heading_aspect` of ``heading`` computed, not remembered."""
    if not title and quoted_problem_heading(heading) is not None:
        return None  # 针对“基层党组织建设薄弱”的问题 ⏎ 整改措施：…: the finding is the heading's point, the body its measures (try48)
    if not title and len(heading) <= PDCA_HEADING_CHARS and _PDCA_ACTION_PHASE.search(heading):
        return RECOMMENDATION  # 二、实施（Do）/ 四、处理（Act）: a PDCA report's phases of measures (fix42b)
    if not title and heading.startswith(lexicon().words("topic_opener")) and _after_topic(heading):
        return None  # 针对退费纠纷多的问题，政府应当建立…: a topic phrase, then a proposal; no section's name (fix42a)
    if EXAM_MATERIAL_LABEL.fullmatch(heading.strip()):
        return OTHER  # 材料1 / 资料二 / 给定材料3: a 申论 page's numbered exam material, the exam's problems (Part 123's 6889)
    first = _CLAUSE_SPLIT.split(heading, 1)[0] if len(heading) > 30 else heading if title else colon_label(heading)
    first = _mask_annotations(first)
    cues = [c for c in heading_cues(_mask_compounds(first[:40])) if not _remedied_cue(first, c)]
    if (not cues or cues[-1][1] == OTHER) and not title and _EXISTING_MAIN.search(first[:40]):
        return CHALLENGE  # 二、自查中存在的主要题目 (a doc site's synonym for 问题): what exists, the main ones (Part 63)
    if not cues:
        # 一、落实整改主体责任情况: a report's section on how a task went, done work under its own verb (k130132)
        return OTHER if not title and reports_task_status(first) else None
    if model_answer_label(first):
        return None  # 【解析参考】 / 【公选王解析参考】: the model answer follows, not a reviewer's comment (p31struct)
    if title:
        kinds = {a for _, a in cues}
        if len(first) > 20:
            return None
        if len(kinds) > 1:
            # 困境与对策 / 挑战及对策建议: a title that names both aspects; but in 困境的破解路径 the first noun only
            # modifies the head noun, and the heading names its head's aspect
            other = max(e for e, a in cues if a != cues[-1][1])
            between = first[other:cues[-1][0] - 1]
            if any(w in between for w in ("及", "与", "和", "、", "暨", "并", "以及", "&")) or "的" not in between:
                return None
    end, aspect = cues[-1]
    if (aspect == RECOMMENDATION and not title and len(cues) > 1 and cues[-2][1] == OTHER
            and first[:end].endswith(_TAKEN_MEASURE_NOUNS)
            and first[cues[-2][0]:end - 2].strip() in _HEADING_CONJUNCTIONS):
        # (一)工作成效及措施: results joined to the measures that won them, a work summary's account of what was done,
        # as 工作措施及成效 is (k139141; Part 139's 7843)
        return OTHER
    if aspect == RECOMMENDATION and first[end:end + 1] in ("书", "書"):
        return None  # 检察建议书 / 司法建议书 / 整改建议书: the name of the document (a letter of advice), no section (try46)
    if aspect == CHALLENGE and first[end:].strip(" \t\u3000：:。，,") in lexicon().words("solution_verb"):
        # 二、治理效能的瓶颈突破 / 难题破解 / 短板补齐: the problem noun, then a verb of overcoming it as the heading's
        # last word: the section tells how it is overcome, its measures (Part 61's 3168)
        return RECOMMENDATION
    if title and len(cues) == 1 and _topic_headline(first, end):
        return None  # 建议,请回复得快点 / 问题,谁来管: a headline sentence that names its topic first, no section
    if aspect == RECOMMENDATION and any(first[end:end + 3].startswith(w) for w in lexicon().words("negation")):
        return CHALLENGE  # 建议没设立「起始租金」: the proposal lacks something, a shortcoming
    if aspect == RECOMMENDATION and cue_pattern("section_noun_shortfall").match(first, end) is not None:
        return CHALLENGE  # 安全措施还需不断加强 / 防范措施不到位: the measures fall short, a shortcoming (nested33)
    if aspect == RECOMMENDATION and _other_place_measures(first, end):
        return OTHER  # 一、发达国家乡村振兴的实施路径: another place's practices, told as experience (wrong32)
    if aspect == OTHER and cue_pattern("section_noun_shortfall").match(first, end) is not None:
        # corpus23b: 计画初办成效不佳 / 防治成效亟待加强: the results noun is the subject of a shortfall, a statement of a
        # problem, not the name of an achievements section (成效 ⏎ …)
        return None
    if (aspect == OTHER and not title and first[:end].endswith(_DESCRIPTION_HEADS)
            and _opens_with_verb(first.lstrip(), lexicon().words("imperative"))):
        # 畅通投诉渠道 / 优化办理流程 / 规范检查流程: an imperative verb acts on the noun that would name a description
        # section (投诉渠道, 办理流程: w74b's other_section words): a measure heading, not such a section
        return None
    return aspect


#: The nouns of measures taken that a results noun before them (成效及措施) turns into an account of work done
#: (:func:`_heading_aspect`); 建议, 对策 and 下一步措施 stay proposals.
_TAKEN_MEASURE_NOUNS = ("措施", "举措", "舉措", "做法")
#: What joins two nouns of one heading (成效及措施, 成绩和做法).
_HEADING_CONJUNCTIONS = ("及", "与", "與", "和", "、", "暨", "以及", "并", "並")


_section_heading_aspect = _remembered(lambda heading: _heading_aspect(heading))
_title_aspect = _remembered(lambda heading: _heading_aspect(heading, title=True))


#: Most characters of a heading read by :func:`reports_task_status` (past its numbering).
TASK_STATUS_HEADING_CHARS = 24
#: Fewest characters of the task's object between the verb and the noun of its state (:func:`reports_task_status`).
TASK_OBJECT_CHARS = 2


def reports_task_status(heading: str) -> bool:
    """Whether ``heading`` (a section heading, numbering allowed) names how a task went: past its numbering it opens
    with a verb of a measure (``imperative`` cue group) and ends with a noun of its state (``task_status_end`` cue
    group: 情况, 进展情况, 完成情况) with at least :data:`TASK_OBJECT_CHARS` characters of object between them, at most
    :data:`TASK_STATUS_HEADING_CHARS` characters: ``一、落实整改主体责任情况``,
    ``二、推进重点任务完成情况``. A progress report's section of work done (k130132: Part 132's rectification progress
    notice), as ``工作开展情况`` is (``work_progress`` words); its verb names the task, it urges nothing. Constant work
    (a bounded heading)."""
    head = heading[_HEADING_NUMBERING.match(heading).end():].strip(" \t\u3000：:。.")
    if not head or len(head) > TASK_STATUS_HEADING_CHARS:
        return False
    ends = lexicon().words("task_status_end")
    verbs = lexicon().words("imperative")
    # (perf54: one C-level test of the whole group first, ``str.endswith``/``startswith`` of a tuple: a heading that
    # opens with no verb or ends with no state noun, nearly every one, is answered without the ordered scans below)
    if not (head.endswith(ends) and head.startswith(verbs)):
        return False
    end = next((w for w in sorted(ends, key=len, reverse=True) if head.endswith(w)), None)
    verb = next((v for v in verbs if head.startswith(v)), None)
    # (一、整治情况: a bare verb over its state heads a report's findings as often as its work; the task's object
    # between the verb and the state noun, 落实整改主体责任情况, makes it a task's progress)
    return end is not None and verb is not None and len(head) - len(end) - len(verb) >= TASK_OBJECT_CHARS


#: Conjunctions that join a heading's problem noun to its plan noun (``存在的不足和下一步打算``, ``问题与对策``).
_BOTH_JOINERS = ("以及", "及", "与", "和", "、", "暨", "并", "&")


def names_both_aspects(heading: str) -> bool:
    """Whether ``heading`` (a section heading, numbering allowed: ``二、存在的不足和下一步打算``) names the problems
    and then, joined by a conjunction (:data:`_BOTH_JOINERS`), the plans or measures: a challenge cue noun
    (:func:`heading_cues`) right before the joiner and a recommendation cue noun as the heading's last cue
    (``问题与对策``, ``存在问题及整改措施``, ``存在的问题及下一步工作开展情况``). :func:`heading_aspect` reads such a
    heading as a recommendation section; its prose states the problems first (left44b). Reads the first 40
    characters of the heading's first clause: bounded."""
    first = _CLAUSE_SPLIT.split(heading, 1)[0] if len(heading) > 30 else colon_label(heading)
    first = _mask_annotations(first)[:40]
    cues = heading_cues(_mask_compounds(first))
    if len(cues) < 2 or cues[-1][1] != RECOMMENDATION:
        return False
    return any(a == CHALLENGE and first.startswith(_BOTH_JOINERS, end) and any(
        e > end and b == RECOMMENDATION for e, b in cues) for end, a in cues)


#: Recommendation cue nouns that draw lessons for the essay's own place from another's (``国外经验的启示``).
_LESSON_NOUNS = ("启示", "借鉴", "启发")


def _other_place_measures(first: str, end: int) -> bool:
    """Whether the heading ``first``, whose last recommendation cue noun ends at offset ``end``, opens (past its
    numbering) with a place other than the essay's own (``other_place_subject`` cue group: 发达国家, 国外, 美国 …):
    ``发达国家乡村振兴的实施路径`` names that place's practices, no measures of the author's; not when the noun draws
    lessons (:data:`_LESSON_NOUNS`: ``国外经验及启示``) or the heading names the essay's own country (我国, 中国).
    O(len(first))."""
    head = first[_HEADING_NUMBERING.match(first).end():end].strip()
    return (head.startswith(lexicon().words("other_place_subject")) and not head.endswith(_LESSON_NOUNS)
            and not any(w in head for w in ("我国", "中国", "对我", "为我")))


#: Longest label line read as a model answer's label (:func:`model_answer_label`), in characters.
MODEL_ANSWER_LABEL_CHARS = 12


def model_answer_label(line: str) -> bool:
    """Whether ``line`` (a heading or label line) is the label that introduces an exam page's model answer or essay:
    at most :data:`MODEL_ANSWER_LABEL_CHARS` characters once brackets, bars and spaces are taken out, equal to a
    ``model_essay_label`` word (``【范文】``, ``【解析参考】``) or ending in one of four characters or more after a site's
    name (``【公选王解析参考】``). A 解析 there is the answer, not a reviewer's comment (the ``other_section`` 解析,
    点评). Part 31 kind L (p31struct). Constant work (a short line)."""
    label = "".join(line.split()).strip("丨|｜【】[]〖〗:：")
    if not label or len(label) > MODEL_ANSWER_LABEL_CHARS:
        return False
    words = lexicon().words("model_essay_label")
    return label in words or label.endswith(tuple(w for w in words if len(w) >= 4))


#: Fewest characters of the clause after a headline's topic noun and comma (``建议,请回复得快点``).
TOPIC_HEADLINE_TAIL = 3


def _topic_headline(first: str, end: int) -> bool:
    """Whether the title line ``first`` is a headline sentence whose aspect noun, ending at offset ``end`` (characters
    into ``first``), is its opening topic, set off by a comma before a clause of at least :data:`TOPIC_HEADLINE_TAIL`
    characters (``建议,请回复得快点``, ``问题，谁来管``): the line addresses someone about the noun and names no
    section. Only numbering and spaces may stand before the noun (``二、建议,…`` is as bare). O(len(first)). weak24."""
    if end >= len(first) or first[end] not in ",，":
        return False
    tail = first[end + 1:].strip()
    if len(tail) < TOPIC_HEADLINE_TAIL:
        return False
    head = first[_HEADING_NUMBERING.match(first).end():end].strip()
    return len(head) <= 2 and heading_cues(head) != []


#: Fewest characters after a heading's colon that make them a body (a run-in item's explanation), not a subtitle
#: (``抗疫下半场：12个基本问题``, ``坦言集：房屋问题``).
RUN_IN_BODY_CHARS = 12


def colon_label(heading: str) -> str:
    """The run-in label of ``heading`` when its first clause ends in a colon followed by a body (``党建业务融合不够：
    少数支部未能有效结合学科特点设计特色活动``: the label before the colon is the heading, the words after it explain
    it, and their nouns, 特点 here, name no section); else ``heading`` unchanged. A body is at least
    :data:`RUN_IN_BODY_CHARS` characters or holds a clause mark of its own; a shorter tail is a subtitle. A colon inside
    a token (``10:30``) ends no clause (:data:`chars.CLAUSE_SPLIT`). Linear in ``len(heading)``."""
    m = _CLAUSE_SPLIT.search(heading)
    if m is None or m.group() not in "：:":
        return heading
    body = heading[m.end():].strip()
    if len(body) < RUN_IN_BODY_CHARS and not _CLAUSE_SPLIT.search(body):
        return heading
    return heading[:m.start()]


#: The most characters between a 的 and the section noun that ends a heading (``…的主要问题``).
SECTION_NOUN_GAP = 2


def names_aspect_section(heading: str, aspect: str) -> bool:
    """Whether ``heading`` is a noun phrase naming a section of ``aspect``: it ends with a section cue noun of that
    aspect (the ``*_section`` cue groups) with a 的 at most :data:`SECTION_NOUN_GAP` characters before the noun
    (``关于“…不够到位”的问题``, ``面临的主要问题``), not a statement whose predicate is a cue word (``设施不到位``).
    Reads the heading's last 40 characters: O(1) in its length."""
    h = heading.strip().rstrip("：:")[-40:]
    if study_label_core(h) is not None:
        return analysed_section(heading) == aspect
    last = _final_section_noun(h)
    if last is None or last[1] != aspect:
        return False
    return "的" in h[max(0, last[0] - 1 - SECTION_NOUN_GAP):last[0]]


def study_label_core(label: str) -> str | None:
    """The part of a section label before the word of study that ends it (the ``analysis_tail`` cue group:
    ``主要挑战分析`` -> ``主要挑战``, ``存在问题剖析`` -> ``存在问题``, ``对策研究`` -> ``对策``), or None when no such word
    ends it (a label holding only the word gives ``""``). The caller drops white space and a trailing colon first
    (``label.strip().rstrip("：:")``); the part is ``label[:start of the word]``. The one reader of such labels for
    :func:`analysed_section`, :func:`names_aspect_section`, :func:`section_phrase` and :func:`neutral_part`. Searches
    the label's last 6 characters: O(1) in its length."""
    cut = _tail_word(label, "analysis_tail")
    return None if cut is None else label[:cut]


#: Most characters of such a label before its word of study: a noun phrase, not a sentence.
ANALYSED_SECTION_CHARS = 16


def analysed_section(heading: str) -> str | None:
    """The aspect a section label names when it is an aspect noun phrase followed by a word of study
    (:func:`study_label_core`: ``主要挑战分析``, ``行业问题分析``, ``对策研究``), else None: one clause of at most
    :data:`ANALYSED_SECTION_CHARS` characters before the word of study whose last cue noun
    (:func:`heading_aspect`) ends it and that states no shortcoming of its own (:func:`challenge_strength` at most 1:
    the section noun itself; ``资金不足问题分析`` states one and is no bare label). ``heading`` is read in the
    Simplified view; constant work (weak23: a report's ``1.2.1主要挑战分析`` heads the paragraph that states them)."""
    h = study_label_core(heading.strip().rstrip("：:"))
    if h is None:
        return None
    h = h.rstrip("的与及和")
    if not h or len(h) > ANALYSED_SECTION_CHARS or _CLAUSE_SPLIT.search(h):
        return None
    last = _final_section_noun(h)
    if last is None:
        return None
    aspect = last[1]
    if aspect == CHALLENGE and challenge_strength(h) > 1:
        return None
    return aspect if aspect in (CHALLENGE, RECOMMENDATION) else None


#: A qualifier that may stand before a section noun with no 的 (``主要挑战``, ``突出问题``, ``当前困境``).
_SECTION_QUALIFIER = LazyPattern(r"[\s\d一二三四五六七八九十、.．()（）]*(?:当前|目前|现阶段|新时期)?(?:面临|存在|遇到)?(?:的)?"
                                r"(?:主要|突出|核心|关键|重点|若干|几点|几个|诸多|多重|深层)?")


def _tail_word(h: str, group: str) -> int | None:
    """Start of the word of cue group ``group`` that ends ``h`` (searched in its last 6 characters), or None."""
    pat = cue_pattern(group)
    m = pat.search(h, max(0, len(h) - 6))
    while m is not None and m.end() != len(h):
        m = pat.search(h, m.start() + 1)
    return None if m is None else m.start()


def _section_core(heading: str) -> tuple[str, bool]:
    """``heading`` (its last 40 characters) without a trailing analysis noun (``主要挑战分析`` -> ``主要挑战``:
    ``analysis_tail``) and without a noun of neither aspect joined to it by 与/和/及/、 (``挑战与机遇`` ->
    ``挑战``: ``paired_neutral_noun``); and whether such a pair was cut. O(1) in the heading's length."""
    h = heading.strip().rstrip("：:")[-40:]
    core = study_label_core(h)
    h = h if core is None else core
    cut = _tail_word(h, "paired_neutral_noun")
    if cut is not None and cut > 0 and h[cut - 1] in "与和及、":
        return h[:cut - 1], True
    return h, False


def section_phrase(heading: str, aspect: str) -> bool:
    """Whether ``heading`` names a section of ``aspect`` as a noun phrase (:func:`names_aspect_section`), also when an
    analysis noun follows the section noun (``主要挑战分析``, ``存在问题剖析``: the ``analysis_tail`` cue group)
    or a noun of neither aspect is paired with it (``行业面临的挑战与机遇``: ``paired_neutral_noun`` after 与/和/及),
    or only a qualifier stands before it (``主要挑战``, ``当前困境``). A heading that states a shortcoming
    (``设施维护不到位``) is no such phrase. Reads the heading's last 40 characters: O(1) in its length."""
    h = _section_core(heading)[0]
    if not h:
        return False
    if names_aspect_section(h, aspect):
        return True
    last = _final_section_noun(h)
    if last is None or last[1] != aspect:
        return False
    return _SECTION_QUALIFIER.fullmatch(h[:last[0]]) is not None


def neutral_part(parent: str, heading: str) -> bool:
    """Whether ``heading`` names the neither-aspect half of its ``parent`` section heading that pairs a section noun
    with such a noun (``1.2 行业面临的挑战与机遇`` ⏎ ``1.2.2 发展机遇分析``): the subsection is about the opportunities,
    no point of the problems. ``heading`` ends with a ``paired_neutral_noun`` noun (an analysis noun after it
    allowed) and holds no section noun of either aspect (``机遇与挑战并存`` does). O(1) in the headings' lengths
    (their last 40 characters)."""
    core, paired = _section_core(parent)
    if not paired or not section_phrase(parent, CHALLENGE):
        return False
    h = heading.strip().rstrip("：:")[-40:]
    core = study_label_core(h)
    h = h if core is None else core
    return len(h) <= 20 and _tail_word(h, "paired_neutral_noun") is not None and not heading_cues(h)


def status_subsection(heading: str, *, line: bool, sub: bool) -> str | None:
    """The aspect whose section a status section's titled subsection ``heading`` names (一、…现状分析 ⏎ 1.2 行业面临的
    挑战与机遇 ⏎ 1.2.1 主要挑战分析), else None. One rule of two readings: a heading that is no bare ``line`` and names
    the problems' section as a noun phrase (:func:`section_phrase`: lefts23b) names it, over items of its own or a
    paragraph; over items of its own (``sub``), a heading whose last cue noun (:func:`heading_aspect`) names either
    aspect and that states no shortcoming besides it (:func:`challenge_strength` at most 1, no
    :func:`_prose_deficits`: weak23) names that aspect. O(1) in the heading's length beyond :func:`heading_aspect`'s
    first clause."""
    if not line and section_phrase(heading, CHALLENGE):
        return CHALLENGE
    if not sub:
        return None
    named = heading_aspect(heading)
    if named in (CHALLENGE, RECOMMENDATION) and challenge_strength(heading) <= 1 and not _prose_deficits(heading):
        return named
    return None


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(text) if c.strip()]


@_remembered  # asked of a sentence by the aspects and points stages and the model's cue readings (speed29)
def starts_imperative(text: str) -> bool:
    """True when a clause of ``text`` opens with an imperative verb (加强…, 进一步完善…, 倒逼…)."""
    if not has_cue(text, "imperative"):
        return False  # (every reading below needs such a verb in the text: one scan, speed21)
    verbs = lexicon().words("imperative")
    for clause in _clauses(text)[:3]:
        c = clause.strip()
        if _STATUS_LABEL.match(c):
            continue  # 执行情形, 落实情况: a record's field label names the state of a task, it asks for nothing
        for adv in _ADVERBS if c.startswith(_ADVERBS) else ():
            if c.startswith(adv) and len(c) > len(adv) + 1:
                c = c[len(adv):]
                break
        if (_opens_with_verb(c, verbs) or c.startswith("在")
                and _long_imperative_re().search(c, 0, _LOCATIVE_VERB_CHARS) is not None):
            return True
    return False


#: A whole clause that is only a verb and a noun of a task's state (``执行情形``, ``落实情况``, ``推进进度``): a record's
#: or a report's field label, no imperative (:func:`starts_imperative`; council31, Part 47's motion records). Anchored
#: at both ends, bounded.
_STATUS_LABEL = LazyPattern(r"[\u4e00-\u9fff]{1,4}(?:情况|情形|状况|进度|进展|概况|成效)[：:]?$")

#: Characters after its opening 在 within which a clause of :func:`starts_imperative` may hold its imperative verb.
_LOCATIVE_VERB_CHARS = 12


@lru_cache(maxsize=1)
def _long_imperative_re() -> re.Pattern[str]:
    """The ``imperative`` cue group's words of two or more characters as one alternation: :func:`starts_imperative`
    asks whether one stands in the first :data:`_LOCATIVE_VERB_CHARS` characters of a clause that opens with 在
    (``在…方面加强…``), one scan instead of a substring test a word (speed29). A literal alternation: linear."""
    longer = list(dict.fromkeys(v for v in lexicon().words("imperative") if len(v) >= 2))
    return re.compile(word_trie_alternation(longer) if longer else r"(?!)")


#: The perfective 了 right after an opener or after the verb that follows it (取消了人工窗口, 进一步落实了…): it narrates
#: what was done, no imperative (了解 is a verb of its own: 加强了解…).
_PERFECTIVE = LazyPattern(r"[^，,。；;了]{0,2}了(?!解)")


#: A sentence that opens with a named actor (2 to 8 characters) and an adverb of diligence or of work done
#: (``中心积极与…沟通协调``, ``市妇联主动…``, ``我局先后…``): :func:`narrates_diligent_work`. Anchored, bounded.
_DILIGENT_OPENING = LazyPattern(r"(?P<who>[^，,。；;：:！？!?、\s“”「」]{2,8}?)(?:积极|主动|认真|及时|先后|多次|已经|均已|已)"
                               r"(?=[\u4e00-\u9fff])")
#: Characters whose presence in the actor makes it no plain subject (a modal, a future, a wish: 政府要, 我们将, 希望).
_ACTOR_NOT_PLAIN = frozenset("要应须需将会可能该请望拟")


def narrates_diligent_work(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) narrates what a named actor did (:data:`_DILIGENT_OPENING`:
    ``中心积极与辖区居委会沟通协调，组织…，确保…``): an actor of 2 to 8 characters with no modal, future or wish in it and
    that opens with no imperative verb (``鼓励社会各界积极参与`` proposes), an adverb of diligence or of work done, and no
    modal word or strong modal anywhere (``政府要积极…``, ``必须…``), and no regulator's order of a fix
    (:func:`orders_remedy`: ``食安中心已要求店家停售…``, read as a measure, w68). A work summary's or a news item's account of
    measures taken: the 确保/组织 clauses after it are no advice (Part 83's 4469, 4468). Linear: one anchored match and
    the modal scans."""
    m = _DILIGENT_OPENING.match(sentence.lstrip())
    if m is None:
        return False
    who = m.group("who")
    if not _ACTOR_NOT_PLAIN.isdisjoint(who) or starts_imperative(who):
        return False
    return not (holds_modal_word(sentence) or strong_modal(sentence) or orders_remedy(sentence))


def opens_perfective(clause: str) -> bool:
    """Whether ``clause`` (Simplified view) opens with a verb of the ``imperative`` cue group in the perfective, past at
    most two characters (:data:`_PERFECTIVE`: ``建立完善了…文件``, ``出台了…``): it narrates a measure taken, no
    advice. Reads the verbs that share the clause's first character only: O(verbs of that character)."""
    for v in _by_first_char(lexicon().words("imperative")).get(clause[:1], ()):
        if clause.startswith(v) and _PERFECTIVE.match(clause, len(v)) is not None:
            return True
    return False


#: A 是 after which the clause before it is a subject (``推进乡村振兴是一项系统性工程`` frames a section, it prescribes
#: nothing): not the 是 of an adverb or a conjunction (特别是, 尤其是, 还是, 就是, 或是, 但是, 而是, 总是, 凡是, 于是, 只是,
#: 更是, 正是, 即是, 也是, 都是, 不是, 若是, 便是, 真是, 才是, 乃是, 要是), nor 是否. One character class, one look-behind:
#: linear.
_SUBJECT_COPULA = LazyPattern(r"(?<![别其还就或但而总凡于只更正即也都不若便真才乃要倒硬])是(?!否)")
#: The openings of a second clause that make the first its subject (``加强干群联系，是…的一剂良药``).
_COPULA_OPENINGS = ("是", "就是", "才是", "正是", "乃是", "也是", "更是", "则是", "便是", "都是")


def prescribes_measure(text: str) -> bool:
    """Whether ``text`` (a point's text, Simplified view) opens as an imperative measure sentence of 申论 prose or a
    list of measures: its first clause (split at :data:`_CLAUSE_SPLIT`) opens with an imperative verb, past at most an
    adverb of manner or a modal (:func:`starts_imperative` on that clause alone: ``切实维护…``, ``建立健全…``,
    ``要加大…``), or with a word of the ``modal`` cue group then two Han characters (:func:`_opening_modal`:
    ``应当完善…``, ``需要加强…``); not a verb in the perfective (:func:`opens_perfective`: ``加强了…`` narrates a measure
    taken) and no clause that is the subject of a 是 (:data:`_SUBJECT_COPULA`: ``推进…是一项系统性工程``; or a second
    clause that opens with one, :data:`_COPULA_OPENINGS`: ``加强…，是…的良药``). Read by
    :func:`summarizer.points._mark_veto_exempt` (model47: the refitted learned model vetoed whole subjectless measure
    sentences). Linear in the first clause."""
    first, *rest = _CLAUSE_SPLIT.split(text.strip(), 1)
    first = first.strip()
    if (len(first) < 3 or opens_perfective(first) or _SUBJECT_COPULA.search(first) is not None
            or rest and rest[0].lstrip().startswith(_COPULA_OPENINGS)):
        return False
    return starts_imperative(first) or _opening_modal(first) is not None


def _opens_with_verb(clause: str, verbs: tuple[str, ...]) -> bool:
    """Whether ``clause`` opens with one of ``verbs`` (longest first) used as an imperative: not followed by the
    perfective 了 (:data:`_PERFECTIVE`: ``取消了人工窗口``, ``进一步落实了…`` narrate), nor by 的 (``完善的计划``: a
    modifier), nor the subject of a complaint (:func:`dual_use_subject`) or of a passive (:func:`passive_subject`), nor
    the start of a noun (``verb_noun`` cue
    group: ``立法会…``, ``研究所…``), nor the subject of a causative in the same clause (:data:`_CAUSATIVE_AFTER` within
    :data:`CAUSAL_SUBJECT_CHARS`: ``扩大磁吸效应使得…依赖…`` states a cause), nor a manner verb (:data:`_MANNER_VERBS`)
    followed by two characters and 的 (:data:`_MODIFIER_AFTER`: ``依法征收的款项`` describes the money), nor an opener
    (进一步) before a verb that makes a consequence evident or worse (``further_consequence_verb`` cue group:
    ``进一步凸显权力集中``, ``进一步加剧…``: a verdict on what happened, no act)."""
    for v in _by_first_char(verbs).get(clause[:1], ()):  # (the words of ``verbs`` that may open it, in order)
        if clause.startswith(v):
            if clause.startswith(lexicon().words("verb_noun")):
                return False  # 立法会…, 研究所…: a noun that opens with the verb
            if clause.startswith(lexicon().words("resource_shrink_verb"), len(v)):
                return False  # 补贴退坡冲击, 投入减少: the verb-like noun is the subject of a decline (Part 77's 4124)
            if clause.startswith(lexicon().words("further_consequence_verb"), len(v)):
                return False  # 进一步凸显权力集中: an adverb of degree over a consequence made evident, no act (part15fix21)
            # (also after an adverb that the lexicon lists as an opener: 进一步落实了…)
            # (a verb right before 的 modifies a noun: 完善的租金津贴计划 is "a complete scheme", no imperative)
            # (nor before 类, a category: 咨询类诉求解答效率低 is "consultation requests", no imperative)
            return (_PERFECTIVE.match(clause, len(v)) is None and not clause.startswith(("的", "类", "類"), len(v))
                    and not (v in _MANNER_VERBS and _MODIFIER_AFTER.match(clause, len(v)) is not None)
                    and not dual_use_subject(clause, v) and not passive_subject(clause, v)
                    and _TOPIC_COPULA_AFTER.match(clause, len(v)) is None
                    and _CAUSATIVE_AFTER.search(clause[len(v):len(v) + CAUSAL_SUBJECT_CHARS]) is None)
    return False


#: A copula right after an opening verb, past at most two adverbs (融合|也还是传统的融合, 落实|才是关键, 改革|是…): the
#: verb is the clause's topic noun that the copula predicates, no imperative (lefts24). Anchored, bounded.
_TOPIC_COPULA_AFTER = LazyPattern(r"(?:也|还|都|就|仍|仍然|只|更|才|又|总|正|亦){0,2}是(?!否)")
#: A verb of two characters and 的 right after an opening manner verb (依法|征收的款项, 依规|设立的机构): the words modify
#: the noun after 的, a description (trialfix21b K3), no imperative.
_MODIFIER_AFTER = LazyPattern(r"[^\W\d_a-zA-Z的了，,。；;：:！？!?、]{2}的")
#: Verbs of the imperative group that say how an action is done (依法查处): before :data:`_MODIFIER_AFTER` they modify.
_MANNER_VERBS = ("依法", "依规", "依约", "依章", "依纪", "依规依纪", "依法依规")


#: Most characters after an opening verb within which a causative verb makes the verb phrase the subject of a cause
#: (``扩大磁吸效应使得本地经济越加依赖…``: what a party's policy does, stated; trialfix20b, :func:`_opens_with_verb`).
CAUSAL_SUBJECT_CHARS = 16
_CAUSATIVE_AFTER = LazyPattern(r"使得|导致|致使|造成|導致")


#: What may follow a governance noun that is the subject of a passive (``补贴在公共政策上又被讽刺为…``, ``补贴在民间被…``,
#: ``监管常常被架空``): a short place phrase (在…), an adverb or two of frequency or time, then the passive marker.
_PASSIVE_AFTER = LazyPattern(r"(?:在[^，,。；;：:！？!?]{1,12}?)?(?:又|也|还|常|常常|往往|一直|总是|屡屡|经常|已经|已|曾经|曾|竟|却){0,2}"
                            r"(?:被|遭到|遭受|饱受)")


def passive_subject(clause: str, verb: str) -> bool:
    """True when ``clause`` opens with ``verb``, a word of the ``dual_use`` cue group (补贴, 监管, 考核 …: a verb and a noun
    of governance), as the subject of a passive (:data:`_PASSIVE_AFTER`: ``补贴在公共政策上又被讽刺为廉价的偷懒``,
    ``监管常常被架空``): the clause says what is done to that thing, it orders nothing (trial19 F6). An imperative verb
    that is no such noun is not read so (``加强被执行人…`` governs a noun that opens with 被). Bounded: one anchored
    match of at most about 30 characters."""
    return verb in lexicon().words("dual_use") and _PASSIVE_AFTER.match(clause, len(verb)) is not None


#: Longest span (characters) of a dual-use noun's modifiers before the complaint predicate (``考核检查名目繁多``).
DUAL_USE_SPAN = 8


def dual_use_subject(clause: str, verb: str) -> bool:
    """True when ``clause`` opens with ``verb``, a word of the ``dual_use`` cue group (考核, 监管, 评估, 保障 …: a verb
    and a noun of governance), used as the *noun* subject of a complaint: what follows it in the clause is at most
    :data:`DUAL_USE_SPAN` characters of nouns and then a predicate of complaint (``complaint_predicate`` cue group:
    ``考核检查名目繁多``, ``考核繁琐``, ``监管缺位``, ``评估流于形式``; not a complaint noun, which can be the object:
    ``整治乱象``, ``检查漏洞``). Such a word is an imperative only where it governs an object in an action frame (``加强考核``,
    ``考核干部要看实绩``); a modal in the rest (``监管部门要履职``) keeps the action frame. Bounded: linear."""
    if verb not in lexicon().words("dual_use"):
        return False
    rest = clause[len(verb):DUAL_USE_SPAN + len(verb) + 8]
    if has_cue(_mask_non_modals(rest), "modal"):
        return False
    head = rest[:DUAL_USE_SPAN + 1]
    m = cue_pattern("complaint_predicate").search(rest)
    return bool(m) and m.start() <= DUAL_USE_SPAN and not _CLAUSE_SPLIT.search(head[:m.start()])


#: A trie node where a word ends and none goes on (:func:`word_trie_alternation`).
_LEAF = {"": None}


def word_trie_alternation(words: Sequence[str]) -> str:
    """A regular expression that matches what ``"|".join(map(re.escape, longest_first))`` matches, the same span
    at every position, for distinct non-empty ``words``: their alternation factored by shared prefixes into a trie
    (``治理|治安|治`` -> ``治[安理]?``), each node trying its longer continuations before it ends. Every word that
    matches at one position is a prefix of the text there, so those words lie on one path of the trie and both
    forms try them longest first, whatever pattern embeds them (the backtracking order is the same). The regex
    engine tests a trie's branches by their first characters, so a search of a large group tries a few branches at
    a position instead of every word (speed23). Words with an ASCII letter keep the plain alternation (a
    case-insensitive pattern that embeds them could match two words of different branches at one position).
    Linear in the words' total length."""
    if not words or any(c.isascii() and c.isalpha() for w in words for c in w):
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = None

    def branches(node: dict, top: bool = False) -> list[str]:
        # (the children open with distinct characters, so at most one branch can match at a position: their order
        # is free, and the children that end a word there and go no further are one character class — but not at
        # the top level: a class there hides the branches' first characters from the engine's scan, and a search
        # of a text holding none of the words costs a hundred times as much, 却 and 冇 among the literals of
        # _deficit_literal_re: the lead, on merge)
        longer = [re.escape(c) + alternation(child) for c, child in sorted(node.items()) if c and child != _LEAF]
        last = sorted(c for c, child in node.items() if c and child == _LEAF)
        if len(last) == 1 or top:
            longer.extend(map(re.escape, last))
        elif last:
            longer.append("[" + "".join(map(re.escape, last)) + "]")
        return longer

    def alternation(node: dict) -> str:
        found = branches(node)
        if not found:
            return ""
        if len(found) == 1 and (len(found[0]) == 1 or found[0].startswith("[") and found[0].endswith("]")
                                or "" not in node):
            return found[0] + ("?" if "" in node else "")
        return "(?:" + "|".join(found) + (")?" if "" in node else ")")

    # (a top level of words that share no prefix is the plain alternation: no group around it)
    return "|".join(branches(trie, top=True))


@lru_cache(maxsize=None)
def cue_alternation(group: str) -> str:
    """The words of the cue group ``group`` as one regular-expression alternation (escaped, longest word first, ties
    in the group's order, factored by shared prefixes: :func:`word_trie_alternation`), for the bounded patterns that
    embed a group's words (``(?:召开|举行)…``); ``""`` for an empty group."""
    return word_trie_alternation(lexicon().words(group))


class _CuePattern:
    """A cue group's pattern (:func:`cue_pattern`): its methods (``search``, ``match``, ``finditer`` …) are those of
    the plain alternation of the words, longest first, which the regex engine scans for by the words' first
    characters (a charset prefix it builds for an alternation of literals: about twice as fast as a lookahead on
    them, which it tries at every position); ``pattern`` is the same alternation behind a lookahead on the first
    characters, for the patterns that embed it (where the lookahead fails fast at a position no word opens). Both
    match the same spans: the lookahead only asserts what the alternation needs."""

    __slots__ = ("pattern", "_plain", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, plain: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._plain = plain
        self.search, self.match, self.fullmatch = plain.search, plain.match, plain.fullmatch
        self.finditer, self.findall, self.sub, self.subn, self.split = (plain.finditer, plain.findall, plain.sub,
                                                                        plain.subn, plain.split)

    def __getattr__(self, name: str):
        return getattr(self._plain, name)


@lru_cache(maxsize=None)
def longest_first(group: str) -> tuple[str, ...]:
    """The words of the cue group ``group``, longest first (``sorted(..., key=len, reverse=True)``: a stable sort, so
    words of one length keep the lexicon's order), built once per group for the process: the readers that try a
    group's words in turn with ``startswith``/``endswith`` sorted them at every call (speed26). Raises nothing: an
    unknown group gives ``()``."""
    return tuple(sorted(lexicon().words(group), key=len, reverse=True))


@lru_cache(maxsize=None)
def cue_pattern(group: str) -> _CuePattern | re.Pattern[str]:
    """One pattern that finds any word of the cue group ``group``, longest word first (a quick test before counting
    each word; also what other modules strip or match a group's words with: ``.pattern`` to embed it)."""
    words = lexicon().words(group)
    if not words:
        return re.compile(r"(?!)")
    first = "".join(sorted({w[0] for w in words}))
    alternation = word_trie_alternation(words)  # (the same spans as the plain alternation of the words, speed23)
    return _CuePattern(f"(?=[{re.escape(first)}])(?:" + alternation + ")", re.compile(alternation))


#: Most tuples :func:`_same_tuple_memo` remembers by identity before it starts again (the lexicon's groups asked
#: are a dozen; a tuple built anew for each call only fills it).
_SAME_TUPLE_MAX = 64


def _same_tuple_memo(fn):
    """``fn`` (a pure function of one tuple of words) remembered by value (``lru_cache``) and, in front of that, by
    the identity of the tuple: hashing a tuple of a few hundred words costs several µs at every call (a tuple does not
    keep its hash), a lookup by ``id`` a tenth of a µs. An entry keeps its tuple alive, so an id it holds is never
    another tuple's; a tuple built anew is found by value as before (speed24). ``__wrapped__`` is ``fn``."""
    by_value = lru_cache(maxsize=None)(fn)
    by_id: dict[int, tuple[tuple[str, ...], object]] = {}

    @wraps(fn)
    def memo(words: tuple[str, ...]):
        hit = by_id.get(id(words))
        if hit is not None and hit[0] is words:
            return hit[1]
        out = by_value(words)
        if len(by_id) >= _SAME_TUPLE_MAX:
            by_id.clear()
        by_id[id(words)] = (words, out)
        return out

    return memo


@_same_tuple_memo
def _by_first_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first character, each group in the order of ``words`` (a word can only open or
    occur at a position holding its first character: the lookups below test those words alone)."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:1], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


@_same_tuple_memo
def _by_prefix(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first two characters (a one-character word: by itself): a word occurs in a text
    only where that prefix does."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:2], []).append(w)
    return {p: tuple(ws) for p, ws in out.items()}


#: Each cue group's ``search`` (of :func:`cue_pattern`), looked up by :func:`has_cue` in one dict read: the memo call
#: and the attribute read it saves were a fifth of a has_cue call, asked some 600 times an essay (speed29).
_CUE_SEARCH: dict[str, Callable[[str], re.Match[str] | None]] = {}


def has_cue(text: str, group: str) -> bool:
    """True when ``text`` holds a word of the cue group ``group`` (``any(w in text for w in words)``, in one scan)."""
    # (not :func:`presence_search`: over the calls of 30 cfbenchmark excerpts and the seed a split of the groups of
    # 64 first characters or more cost as much as the one alternation, 38.5 against 37.1 ms; speed30)
    search = _CUE_SEARCH.get(group)
    if search is None:
        search = _CUE_SEARCH[group] = cue_pattern(group).search
    return search(text) is not None


def _cue_search(group: str):
    """``search`` of :func:`cue_pattern` for ``group`` (built once a group): the leftmost word of the group in a text,
    a match object or ``None``."""
    search = _CUE_SEARCH.get(group)
    if search is None:
        search = _CUE_SEARCH[group] = cue_pattern(group).search
    return search


#: Fewest distinct first characters of a word list that :func:`presence_search` splits into several alternations.
PRESENCE_SPLIT_FIRSTS = 64
#: About how many first characters each alternation of a split :func:`presence_search` covers.
PRESENCE_BUCKET_FIRSTS = 64


class _PresenceSearch:
    """The ``search`` of :func:`presence_search`: a match of one word of the list (a match object) or None."""

    __slots__ = ("pattern", "searches", "search")

    def __init__(self, pattern: str, searches: tuple[Callable[[str], re.Match[str] | None], ...]) -> None:
        self.pattern = pattern
        self.searches = searches
        self.search = searches[0] if len(searches) == 1 else self._search_any

    def _search_any(self, text: str) -> re.Match[str] | None:
        for search in self.searches:
            m = search(text)
            if m is not None:
                return m
        return None


def literal_gate(patterns: Sequence[re.Pattern[str]], words: Sequence[str] = ()) -> Callable[[str], object]:
    """A necessary condition of a guard, read once from what it matches (perf53): the ``search`` of a pattern (a
    C-level call; ``None`` or a match object) that finds nothing in a text only when the text holds none of the
    strings one of which every match of each of ``patterns`` holds (:func:`summarizer.chars.required_strings`, read
    from the parsed pattern) and none of ``words`` (a guard's vocabulary, read with ``startswith`` or
    :func:`has_cue`). A guard that answers True only where one of ``patterns`` matches inside the text (or a part of
    it) or one of ``words`` stands in it may return False at once when the gate finds nothing: the same value, for
    one scan of a literal alternation in place of the guard's clause splits and anchored matches. A pattern whose
    required strings are unknown (``None``: a case-insensitive pattern, one of open classes only) gives a gate that
    always finds something (no skip); no pattern and no word, one that never does. Callers keep the gate they build
    (a zero-argument :func:`functools.lru_cache` function each). The gate is linear in the text's length."""
    need: set[str] = {w for w in words if w}
    for pattern in patterns:
        strings = required_strings(pattern)
        if strings is None or "" in strings:
            return re.compile("").search  # (nothing every match holds is known: the empty match, never a skip)
        need.update(strings)
    if not need:
        return re.compile("(?!)").search
    return presence_search(tuple(sorted(need, key=lambda w: (-len(w), w)))).search


@lru_cache(maxsize=64)
def presence_search(words: tuple[str, ...]) -> _PresenceSearch:
    """Whether a text holds any of ``words`` (distinct, non-empty), for the tests that only ask that: ``search(text)``
    is None exactly when none occurs (else a match of one of them, not necessarily the leftmost); ``pattern`` is the
    one alternation of them all (:func:`word_trie_alternation`, longest first) for patterns that embed it. A list of
    at least :data:`PRESENCE_SPLIT_FIRSTS` distinct first characters is searched as several alternations, each of
    the words of about :data:`PRESENCE_BUCKET_FIRSTS` of those characters: the engine scans for an alternation's first
    characters, then at each position holding one tries its branches one by one (one test a branch: 274 for
    :func:`_deficit_literal_re`), so a position costs a fraction of that in the one alternation it may open, and the
    text is scanned once more per alternation (the 1,875 sentences :func:`_prose_deficits` read in 30 cfbenchmark
    excerpts, the seed and 5 lexeval documents: 24.2 → 7.1 ms, five alternations; speed30). Linear."""
    alternation = word_trie_alternation(words)
    firsts = sorted({w[0] for w in words})
    if len(firsts) < PRESENCE_SPLIT_FIRSTS:
        return _PresenceSearch(alternation, (re.compile(alternation).search,))
    k = -(-len(firsts) // PRESENCE_BUCKET_FIRSTS)
    buckets = [set(firsts[i::k]) for i in range(k)]
    return _PresenceSearch(alternation, tuple(re.compile(word_trie_alternation([w for w in words if w[0] in b])).search
                                               for b in buckets))


_REMEDY_SPLIT = LazyPattern(r"[,，;；:：。！？!?]")
#: Adverbs and modals that may stand before a remedy verb (持续整治…, 要进一步解决…).
_REMEDY_ADVERBS = _ADVERBS + ("持续", "深入", "坚决", "认真", "全力", "逐步", "有效", "集中", "重点", "着重", "必须", "需要",
                                # (又要摒弃形式主义, 就是尽快补齐…: a modal of addition, an adverb of promptness; w71)
                                "又要", "也要", "还要", "更要", "尽快",
                                # (才能从根本上消除隐患, 从源头上杜绝…, 彻底解决…: the depth of the remedy; k8384)
                                "从根本上", "从源头上", "根本上", "彻底")
#: What may stand before a remedy verb in prose besides :data:`_REMEDY_ADVERBS` (``可以减少浪费``, ``也能降低成本``,
#: ``同时还要减少…``): possibility, addition and linking words; the words of the only way (``唯有打破部门壁垒``,
#: ``只有消除…隐患``: the condition named, k8384).
_PROSE_REMEDY_PREFIX = LazyPattern(r"^\s{0,2}(?:同时|而且|并且|此外|另外)?[，,]?\s{0,2}(?:只有|唯有|惟有)?(?:也|还|更|就|才|又)?"
                                  r"(?:可以|可|能够|能|会|要|还要)?")


_REMEDY_ADVERBS_LONGEST = tuple(sorted(_REMEDY_ADVERBS, key=len, reverse=True))


#: A short quoted name at a clause's start (``“一事一案一班”``, ``“一站式”``): before an adverb it names a method, the
#: manner of the action that follows (:func:`_without_adverbs`).
_QUOTED_MANNER = LazyPattern(r"[“「\"][^”」\"，,。；;]{1,12}[”」\"]")


@lru_cache(maxsize=1)
def _remedy_adverbs() -> tuple[str, ...]:
    """:data:`_REMEDY_ADVERBS` and the ``remedy_adverb`` and ``order_adverb`` cue groups (尽量, 妥善, 先 …), longest
    first."""
    return tuple(sorted(set(_REMEDY_ADVERBS_LONGEST + lexicon().words("remedy_adverb") + lexicon().words("order_adverb")
                            + lexicon().words("remedy_lead_verb")), key=len, reverse=True))


def _without_adverbs(clause: str) -> str:
    """``clause`` without at most two leading adverbs or modals of :data:`_REMEDY_ADVERBS` or the ``remedy_adverb``
    cue group (``持续整治…`` -> ``整治…``, ``要尽量减少…`` -> ``减少…``), and without a quoted name before such an adverb
    (:data:`_QUOTED_MANNER`: ``“一事一案一班”妥善化解…`` -> ``化解…``)."""
    c = clause.lstrip()
    quoted = _QUOTED_MANNER.match(c)
    if quoted and c[quoted.end():].startswith(_remedy_adverbs()):
        c = c[quoted.end():]  # “一事一案一班”妥善化解…: a named method before the adverb is its manner (trial19 F3)
    for _ in range(2):
        adverb = next((a for a in _by_first_char(_remedy_adverbs()).get(c[:1], ()) if c.startswith(a)), None)
        if adverb is None:
            break
        c = c[len(adverb):]
    return c


#: Most characters between a share noun and its "only" in :func:`_figure_shortfall_re` (``比例也仅为``).
FIGURE_SHORTFALL_GAP = 4
#: Characters before a share noun read for a rate that is bad when high (``figure_bad_rate``: 失业率).
FIGURE_BAD_RATE_CHARS = 4


@lru_cache(maxsize=1)
def _figure_shortfall_re() -> re.Pattern[str]:
    """A share or rate stated as only a figure (``比例仅为12%``, ``覆盖率只有四成``, ``占比仅占三成``; kinds29): a
    ``figure_share_noun`` (比例, 占比, …率), at most :data:`FIGURE_SHORTFALL_GAP` characters of no clause mark, a
    ``figure_only_limiter`` (仅为, 只有 …), then a digit or a numeral. Bounded: linear."""
    return re.compile(rf"(?:{cue_alternation('figure_share_noun')})[^，,。；;：:！？!?]{{0,{FIGURE_SHORTFALL_GAP}}}?"
                      rf"(?:{cue_alternation('figure_only_limiter')})\s{{0,2}}[0-9０-９一二三四五六七八九两半百千几]")


def figure_shortfall_count(text: str) -> int:
    """Number of shares or rates ``text`` (Simplified view) states as only a figure (:func:`_figure_shortfall_re`:
    ``农村学校心理教师的比例仅为12%``): the author's verdict that the figure falls short, read as a shortcoming by
    :func:`challenge_strength` (kinds29: figures stated as problems); not a rate that is bad when high
    (``figure_bad_rate``: ``失业率仅为1.9%`` is good news). Linear in the text."""
    if not has_cue(text, "figure_only_limiter"):
        return 0
    bad = lexicon().words("figure_bad_rate")  # (失业率仅为1.9%: a rate that is bad when high; only a little is good news)
    return sum(1 for m in _figure_shortfall_re().finditer(text)
               if not any(w in text[max(0, m.start() - FIGURE_BAD_RATE_CHARS):m.end()] for w in bad))


#: Most characters of a degree adverb between an attribute noun and its adjective (``能力也较弱``, ``水平普遍偏低``).
ATTRIBUTE_DEGREE_CHARS = 3


@lru_cache(maxsize=1)
def _attribute_shortfall_re() -> re.Pattern[str]:
    """An attribute that can be more or less stated low or poor with a bare adjective at its clause's end (``抗灾能力差``,
    ``建设标准低``, ``服务水平较低``, ``技能匹配度低``; recall30): an ``attribute_noun`` (能力, 水平, 标准 …) or a Han
    character and an ``attribute_suffix`` (匹配度, 稳定性, 执行力: a measurable quality), at most
    :data:`ATTRIBUTE_DEGREE_CHARS` characters of ``attribute_degree`` words (较, 偏, 普遍 …), an
    ``attribute_shortfall`` adjective (低, 差, 弱), then a clause mark or the end of the text (not ``、``: ``强度高、工资低的
    工作`` qualifies a noun, the list's last item is a predicate only at its clause's end; not ``低于``, ``差异``,
    ``弱化``; ``能力不差`` names no degree word: no match); or a cost stated high the same way (``attribute_cost_noun``
    then ``attribute_excess``: ``运营成本高``, ``准入门槛偏高``, ``维修费用太大``). Bounded: linear."""
    degree = cue_alternation("attribute_degree")
    suffix = "".join(lexicon().words("attribute_suffix"))
    return re.compile(rf"(?:(?P<noun>{cue_alternation('attribute_noun')}|[\u4e00-\u9fff][{suffix}])"
                      rf"(?:{degree}){{0,{ATTRIBUTE_DEGREE_CHARS}}}(?:{cue_alternation('attribute_shortfall')})"
                      rf"|(?:{cue_alternation('attribute_cost_noun')})(?:{degree}){{0,{ATTRIBUTE_DEGREE_CHARS}}}"
                      rf"(?:{cue_alternation('attribute_excess')}))(?=[，,。；;：:！!？?）)\s]|$)")


def attribute_shortfall_count(text: str) -> int:
    """Number of attributes ``text`` (Simplified view) states low or poor at a clause's end
    (:func:`_attribute_shortfall_re`: ``防洪工程标准低，抗灾能力差`` counts 2): a shortcoming stated with a bare
    adjective, which no ``challenge_predicate`` word names; read by :func:`challenge_strength` (recall30, issue 8:
    a missed point's kind "no cue the rules know"). Linear in the text."""
    if not (has_cue(text, "attribute_shortfall") or has_cue(text, "attribute_excess")):
        return 0
    known = cue_pattern("challenge_predicate")  # (收入偏低: 偏低 is counted already, as a challenge_predicate word)
    bad = lexicon().words("attribute_bad_when_high") + lexicon().words("figure_bad_rate")
    # (失业率低, 难度低, 危险性低: an attribute that is bad when high, low is good news)
    return sum(1 for m in _attribute_shortfall_re().finditer(text) if not known.search(text, m.start(), m.end())
               and not (m.group("noun") and text.endswith(bad, 0, m.end("noun"))))


#: The cue groups one of whose words each reading of :func:`challenge_strength` needs before it counts anything
#: (:func:`_challenge_strength`: a predicate, a burden growing, a dual-use noun; :func:`figure_shortfall_count`: an
#: "only" limiter; :func:`attribute_shortfall_count`: a low or a high adjective). The readings only blank characters
#: before they look (a cited title, a denied problem): none finds a word the text does not hold.
CHALLENGE_GATE_GROUPS = ("challenge_predicate", "grow_verb", "dual_use", "figure_only_limiter", "attribute_shortfall",
                         "attribute_excess")


@lru_cache(maxsize=1)
def _challenge_gate() -> _PresenceSearch:
    """Whether a text holds a word of any :data:`CHALLENGE_GATE_GROUPS` group, in one scan (:func:`presence_search`)."""
    words = {w for group in CHALLENGE_GATE_GROUPS for w in lexicon().words(group)}
    return presence_search(tuple(sorted(words, key=lambda w: (-len(w), w))))


@_remembered_any_length  # asked several times per sentence; a pure function of it
def challenge_strength(text: str) -> int:
    """Number of shortcoming predicates (plus :func:`figure_shortfall_count` and :func:`attribute_shortfall_count`)
    in ``text``; see :func:`_challenge_strength`. A text with no word of :data:`CHALLENGE_GATE_GROUPS` counts 0 after
    one scan (speed31: about seven in ten of the texts asked hold none; their six scans were a third of the
    function's time)."""
    if _challenge_gate().search(text) is None and _figured_rise_gate().search(text) is None:
        return 0
    return _challenge_strength(text) + figure_shortfall_count(text) + attribute_shortfall_count(text)


def _challenge_strength(text: str) -> int:
    """Number of shortcoming predicates (不足, 缺乏, 短板 …) in ``text``: the non-overlapping occurrences of each
    word of the ``challenge_predicate`` group, summed over the words, in the clauses that do not open with a
    remedy verb (``remedy`` group: 弥补, 缓解, 解决 …), plus the clauses that complain about a dual-use noun
    (``考核繁琐``: :func:`dual_use_subject`) and the burdens stated growing (:func:`burden_growth_count`). Not counted: the ``challenge_exclusion`` words, a problem denied
    (:func:`_denied_problem_re`) and a burden growing smaller (:func:`improvement_spans`; a whole sentence of progress
    is :func:`reports_progress`), nor the words of a title in 《》 (:func:`cited_titles_blanked`)."""
    if "《" in text:
        text = _cited_title_re().sub(_blanked, text)  # (一份名为《关于解决…问题的报告》: the title's words state nothing)
    if not cue_pattern("challenge_predicate").search(text):
        if cue_pattern("grow_verb").search(text) or _figured_rise_gate().search(text):  # (a burden growing: as below)
            text = "，".join(c for c in _REMEDY_SPLIT.split(text) if not _addresses_fault(c) and not opens_condition(c))
            return burden_growth_count(text) + (_dual_use_complaints(text) if cue_pattern("dual_use").search(text) else 0)
        return _dual_use_complaints(text) if cue_pattern("dual_use").search(text) else 0
    if has_cue(text, "challenge_exclusion"):  # (one scan: most texts hold none of its words, speed21)
        for w in lexicon().words("challenge_exclusion"):
            text = text.replace(w, " " * len(w))  # 适老化 (age-friendly) holds 老化 without stating it
    text = _denied_problem_re().sub(_blanked, text)  # 本身没有问题: a problem the author denies states none
    if "突出" in text:
        text = _PROMINENCE_VERB.sub(_blanked, text)  # 突出工作重点: the verb "bring out" opening a clause (fix42b)
    if "对" in text:
        text = _treated_topic_re().sub(_blanked, text)  # 对有条件解决的问题，将…解决: problems sorted, none stated
    if "不足" in text:
        text = _FEWER_THAN_FIGURE.sub(_blanked, text)  # 全县人口不足3万人: "fewer than" a figure, no shortage stated
    if "的问题" in text or "的問題" in text:
        # 讨论修订…的问题: the matter of a measure, its noun blanked (a shortcoming inside the phrase still counts; lefts24)
        text = _measure_matter_re().sub(lambda m: m.group()[:-2] + "  ", text)
    text = _CIRCUMSTANCE_RE.sub(_blanked, text)  # 在超高龄社会的挑战之下，打造…: the setting of an aim (corpus21)
    for a, b in improvement_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]  # 城乡收入差距逐步缩小: progress, no shortcoming
    for a, b in addressed_problem_spans(text) + solved_problem_spans(text, done=False):
        text = text[:a] + " " * (b - a) + text[b:]  # 对发现的问题紧盯到底: a problem worked on, a measure's object
    if "倾斜" in text:
        text = _TILT_TOWARD.sub(_blanked, text)  # 使财力向薄弱环节倾斜: the weak named as whom a measure favours
    if "方面" in text:
        # (在查找问题方面，要防止人云亦云: the field a measure is about, framed by 在…方面, names its problem noun as a
        # topic; trialfix21c, trial21b K3)
        text = "，".join(c for c in _REMEDY_SPLIT.split(text) if not _SCOPE_FRAME.fullmatch(c.strip()))
    clauses = _REMEDY_SPLIT.split(text)  # (not at 、: 缓解充电难、排队久的问题 is one remedied object)
    if any(map(_addresses_fault, clauses)):
        # 弥补执法力量不足 / 缓解师资短缺 / 持续整治形式主义 / 政府应着力破解融资难的难题: a shortcoming named as what a
        # measure removes is not stated as one; nor is the case of a condition the measure answers (一旦发生金融风险，
        # 妥善化解…: trial19 F3)
        text = "，".join(c for c in clauses if not _addresses_fault(c) and not opens_condition(c))
    # (each word of the group that occurs, counted by str.count: a word absent counts 0; the words present found in
    # one scan, not by the text's two-character grams against the words' prefixes, speed30)
    return sum(map(text.count, _present_words(text, "challenge_predicate"))) + (
        _dual_use_complaints(text) if cue_pattern("dual_use").search(text) else 0) + burden_growth_count(text)


#: 突出 opening a clause (the text's start, after a clause mark, a list marker's 、 or a modal) before an object that
#: is no problem noun: the verb "bring out, give prominence to" (``突出工作重点``, ``要突出产业特色``), never the
#: shortcoming ``问题突出`` (its subject goes before it) nor ``突出问题``/``突出矛盾`` (fix42b). Bounded lookarounds.
_PROMINENCE_VERB = LazyPattern(r"(?:(?<![^，,。；;：:、！？!?\s])|(?<=要|应|须|并|和|更))突出"
                              r"(?=[\u4e00-\u9fff])(?!问题|矛盾|短板|难题|困难|隐患|弱项|表现|的|地|了|性|在|于)")


#: Most characters of a measure's phrase before 的问题 in :func:`_measure_matter_re`.
MEASURE_MATTER_CHARS = 30


@lru_cache(maxsize=1)
def _measure_matter_re() -> re.Pattern[str]:
    """The matter of a measure discussed (``委员会昨日讨论修订有关…法律制度的问题``, ``现在所要讨论的，是健全…质询制度的
    问题``): a verb of discussing (``discussion_word`` cue group) or 是, an optional 了, a measure's verb (``imperative``
    group) opening at most :data:`MEASURE_MATTER_CHARS` characters of no clause mark, then 的问题: 问题 is "the question
    of doing it", no shortcoming (lefts24, Part 23's 896). :func:`challenge_strength` blanks the noun only (讨论了监管
    不到位的问题 still states 不到位). Bounded: linear."""
    return re.compile(rf"(?:{cue_alternation('discussion_word')}|是)了?(?:{cue_alternation('imperative')})"
                      rf"[^，,。；;：:！？!?]{{0,{MEASURE_MATTER_CHARS}}}?的(?:问题|問題)")


#: 不足 before a figure (``人口不足3万人``, ``占比不足一成``, ``不足两年``): "fewer than", a quantity, no shortage stated
#: (trialfix21c, trial21b K11); 不足 before anything else (经费不足，人手不足三人 too) is read as before. Bounded.
_FEWER_THAN_FIGURE = LazyPattern(r"不足(?=\s{0,2}(?:[0-9０-９]|[一二三四五六七八九十两半百千几][^足]?[0-9０-９一二三四五六七八九十百千万亿成个年月天人户元所家项%％倍分]))")


#: A clause that only frames the field of what follows (``在查找问题方面``, ``在风险防控方面``): 在, at most 12
#: characters, 方面. Its problem noun names a topic (:func:`challenge_strength`). Anchored, bounded.
_SCOPE_FRAME = LazyPattern(r"在[^，,。；;：:！？!?]{1,12}?方面")


#: A challenge named as the setting of what is done in it (``政府希望在超高龄社会的挑战之下，务实地打造三大目标``):
#: 在, at most 20 characters with no clause break, a noun of pressure, 之下 or 下; or as what a response answers
#: (针对…挑战的…回应/对策/举措). It states no problem of its own (corpus21; 面临…挑战 still does). Bounded.
_CIRCUMSTANCE_RE = LazyPattern(r"在[^，,。；;：:！？!?在]{0,20}?(?:挑战|压力)(?:之下|下)"
                              # …乃是政府针对全龄老化挑战的一项重要回应: the challenge a response answers (corpus21)
                              r"|针对[^，,。；;：:！？!?针]{0,20}?(?:挑战|问题|困境|难题)的[^，,。；;：:！？!?]{0,8}?"
                              r"(?:回应|对策|举措|措施|应对)"
                              # 面临着怎样的现实困境 / 存在哪些问题: the problem asked about, none stated (Part 55's 2816)
                              # (not in a question: 存在什么问题？ is a heading its body answers)
                              r"|(?:怎样|怎么样|什么样|何种)的[^，,。；;：:！？!?“”]{0,8}?"
                              r"(?:问题|困境|挑战|困难|难题|短板|瓶颈|障碍)(?![^。；;！!]{0,40}[？?])"
                              # 这些都是必须思考的问题: a matter to think about, no shortcoming (Part 55's 2816)
                              r"|(?:必须|需要|值得|应当|应该|有待)(?:思考|探讨|研究|回答|思索|深思|反思)的(?:问题|课题)")

#: Resources tilted toward the weak (``使政策、财力向薄弱环节倾斜``, ``向困难群众倾斜``): 向, at most 16 characters of
#: no clause mark, 倾斜. What it says of its object (薄弱, 困难) names whom a measure favours, no shortcoming; a tilt
#: judged excessive (过度向城市倾斜) is not taken. Bounded.
_TILT_TOWARD = LazyPattern(r"(?<!过度)(?<!过于)(?<!过分)(?<!过多)向[^，,。；;：:！？!?]{1,16}?倾斜")


#: Most characters between a burden noun and the verb that shrinks it (差距 | 进一步 | 缩小).
IMPROVEMENT_GAP = 12
#: What may stand between a burden noun and the verb that grows it: a word of its measure, an adverb of time, an
#: adverb of pace (老龄化 | 程度 | 不断 | 加深, 独居老人 | 数量 | 还在 | 不断增加); no other words (老年人满意度不断上升 grows
#: no burden).
_GROWTH_GAP = (r"(?:程度|规模|数量|人数|总量|比重|比例|占比|数|量)?(?:还在|仍在|仍然|依然|正在|将|也|还|仍)?"
               r"(?:不断|持续|日益|日趋|逐年|逐步|进一步|明显|大幅|快速|迅速)?")


@lru_cache(maxsize=None)
def _growth_re() -> re.Pattern[str]:
    predicates = set(lexicon().words("challenge_predicate"))
    nouns = sorted({w for w in lexicon().words("burden_noun") + lexicon().words("growing_burden_noun")
                    if w not in predicates}, key=len, reverse=True)
    verbs = sorted(lexicon().words("grow_verb"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, nouns))}){_GROWTH_GAP}(?:{'|'.join(map(re.escape, verbs))})")


#: Most characters between a counted harm and the rise of its figure (:func:`figured_rise_count`): the count itself
#: and a comparison base (騙案2,310宗,較去年同期 | 上升37%; 還押在囚人口由二零二一年的2 316人 | 上升至…).
FIGURED_RISE_GAP = 40
#: Words inside a harm's rise that turn it into a fall, a target or a plan (犯罪率下降，破案率上升; 力争…减少): no rise of
#: the harm stated (:func:`figured_rise_count`).
_FIGURED_RISE_TURN = LazyPattern(r"下降|减少|回落|下跌|降低|降至|减至|要|应|力争|计划|目标|争取|确保|避免|防止|遏制|控制在")


@lru_cache(maxsize=1)
def _figured_rise_re() -> re.Pattern[str]:
    """A counted harm (``counted_harm`` and ``burden_noun`` cue groups, less 问题: a tally of problems found is an
    audit's finding), at most :data:`FIGURED_RISE_GAP` characters of no sentence end, then its rise told by a figure or
    a record: a ``figured_rise_verb`` before a figure (``上升37%``, ``增加至9萬5,663人``, ``暴增至六四八億``), a
    ``figured_rise_rate`` noun before one (``增幅為15%``, ``成長率達52%``), 创…新高, a rising trend (``有上升趋势``) or
    a marked rise (``显著上升``, ``急速增加``). One bounded lazy gap per noun start: linear."""
    nouns = sorted((set(lexicon().words("counted_harm")) | set(lexicon().words("burden_noun"))) - {"问题", "問題"},
                   key=len, reverse=True)
    verbs = sorted(lexicon().words("figured_rise_verb"), key=len, reverse=True)
    rates = sorted(lexicon().words("figured_rise_rate"), key=len, reverse=True)
    figure = r"[0-9０-９一二两三四五六七八九十百千]"
    return re.compile(
        rf"(?:{'|'.join(map(re.escape, nouns))})[^。；;！？!?\n]{{0,{FIGURED_RISE_GAP}}}?"
        rf"(?:(?:{'|'.join(map(re.escape, verbs))})了?(?:至|到|为|為)?[^\S\n]?(?:约|近|超过|逾|达到?|達到?)?"
        rf"[^\S\n]?{figure}"
        rf"|(?:{'|'.join(map(re.escape, rates))})(?:为|為|达到?|達到?|是|约|近|高达)?[^\S\n]?{figure}"
        r"|创[^，,。；;！？!?\n]{0,8}?新高|上升趋势"
        r"|(?:显著|明显|急速|急剧|大幅|持续|不断|日益|逐年)(?:上升|增加|增长|攀升))")


@lru_cache(maxsize=1)
def _figured_rise_gate() -> _PresenceSearch:
    """Whether a text holds a word of the rise :func:`_figured_rise_re` needs (a ``figured_rise_verb`` or
    ``figured_rise_rate`` word, 新高), in one scan."""
    words = set(lexicon().words("figured_rise_verb")) | set(lexicon().words("figured_rise_rate")) | {"新高"}
    return presence_search(tuple(sorted(words, key=lambda w: (-len(w), w))))


def figured_rise_count(text: str) -> int:
    """Number of places where ``text`` states a counted harm rising by its figure or to a record (:func:`_figured_rise_re`:
    ``網上購物騙案2,310宗,較去年同期上升37%``, ``被害人數由7萬5,438人增加至9萬5,663人``, ``還押在囚人口…增幅為15%，再創10年
    歷史新高``, ``債務餘額由兩百億暴增至六四八億``): a problem stated with no problem word (k139141; Parts 139-141). Not
    where the span holds a fall, a target or a plan (:data:`_FIGURED_RISE_TURN`), a ``remaining_negation`` word, or an
    ``enforcement_count_verb`` (``破獲詐騙案…同比上升15%``: police or court work counted, a result). Linear."""
    if _figured_rise_gate().search(text) is None:
        return 0
    negations = lexicon().words("remaining_negation")
    enforcement = lexicon().words("enforcement_count_verb")
    n = 0
    for m in _figured_rise_re().finditer(text):
        span = m.group()
        if _FIGURED_RISE_TURN.search(span) or any(w in span for w in negations):
            continue
        # the enforcement verb may stand just before the noun (破获诈骗案件…上升)
        if any(w in text[max(0, m.start() - 6):m.end()] for w in enforcement):
            continue
        n += 1
    return n


def burden_growth_count(text: str) -> int:
    """Number of places where ``text`` states a burden growing: a noun of the ``burden_noun`` or
    ``growing_burden_noun`` cue groups that is no shortcoming predicate itself (成本, 事故, 老年人口, 独居老人 …), at most a
    word of its measure and an adverb of time (:data:`_GROWTH_GAP`), then a ``grow_verb`` (持续增长, 不断增加, 攀升 …): ``运营成本持续上升``,
    ``独居老年人不断增加`` state a pressure on the subject, the mirror of a burden growing smaller
    (:func:`improvement_spans`). Not when a ``remaining_negation`` word stands between them (``事故没有增多``). A noun
    that is a predicate (压力, 风险) already counts in :func:`challenge_strength`. Fixed words between: linear."""
    figured = figured_rise_count(text)  # (騙案…較去年同期上升37%: a harm's rise told by its figure, k139141)
    if not cue_pattern("grow_verb").search(text):
        return figured
    negations = lexicon().words("remaining_negation")
    # (the larger of the two readings: 事故逐年增多，成本持续上升 is read by both, two burdens, not three)
    return max(figured, sum(1 for m in _growth_re().finditer(text) if not any(w in m.group() for w in negations)))


@lru_cache(maxsize=None)
def _improvement_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in sorted(lexicon().words("burden_noun"), key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in sorted(lexicon().words("shrink_verb"), key=len, reverse=True))
    return re.compile(f"(?:{nouns})[^，,。；;：:！？!?]{{0,{IMPROVEMENT_GAP}}}?(?:{verbs})")


def improvement_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that state a burden growing smaller: a ``burden_noun`` (差距, 压力, 发病率 …), at most
    :data:`IMPROVEMENT_GAP` characters in the same clause, then a ``shrink_verb`` (缩小, 下降, 减轻 …), as in
    ``城乡收入差距逐步缩小`` or ``负面影响越来越小``: progress, whose words of shortcoming (差距, 下降) state none. Not
    when a remedy or a modal opens the clause (``要缩小差距`` is a measure; its reading is the caller's), nor when a
    ``remaining_negation`` word stands between them (``矛盾无法及时化解``, ``差距未能缩小``: no progress). Linear (a
    bounded gap, one pass)."""
    if not cue_pattern("shrink_verb").search(text):
        return []
    negations = lexicon().words("remaining_negation")
    # 矛盾无法及时化解 / 差距未能缩小: the burden does not shrink (a negation between the noun and the verb)
    return [m.span() for m in _improvement_re().finditer(text) if not any(w in m.group() for w in negations)]


#: Most characters between 对 and the problem noun, and between the noun and the verb that works on it.
ADDRESSED_OBJECT_CHARS = 16
ADDRESSED_GAP_CHARS = 8


#: Most characters between a verb of explaining and the harm it explains (``阐明占道经营对交通、环境卫生及居民生活造成的
#: 不良影响``: :func:`_addressed_re`).
EXPLAINED_HARM_CHARS = 30


@lru_cache(maxsize=None)
def _addressed_re() -> re.Pattern[str]:
    def alt(group: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lexicon().words(group), key=len, reverse=True))
    nouns, verbs, done = alt("addressed_noun"), alt("addressed_verb"), alt("addressed_done")
    remedies = alt("remedy")
    brk = "[^，,。；;：:！？!?]"
    return re.compile(
        rf"(?:对于|对){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns}){brk}{{0,3}}?(?:{verbs})(?![不未没难慢])"
        rf"|(?:{nouns}){brk}{{0,{ADDRESSED_GAP_CHARS}}}?(?:{done})到位"
        rf"|(?<![不没未])(?<!没有)(?:去|来)(?:{remedies}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns})"
        # the means said to remedy it (平台化是化解该困境的有效途径: _means_copula_re; corpus22)
        rf"|(?<!不)是(?:{remedies}|{alt('solution_verb')}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns})"
        # (or the purpose said to be remedying it: 咨询的用意，首要一条是为了解决难题; lefts24)
        rf"|(?<!不)是为了(?:{remedies}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns})"
        # a problem noun heading the compound of the work on it (风险防范, 隐患排查; not 矛盾化解难, 排查不彻底)
        # (with the 突出 that grades it: 突出问题专项整治 names the campaign, no problem stated; k144146)
        rf"|(?:突出)?(?:{alt('work_compound_noun')})(?:{alt('work_compound_verb')})(?![不未没难慢])"
        # a problem noun assigned to whoever handles it (执行中的问题，由市发改委协调: who settles the matters arising)
        rf"|(?:{nouns})[，,]?\s{{0,2}}由(?![于此来])[^，,。；;：:！？!?]{{1,{ADDRESSED_OBJECT_CHARS}}}?(?:{alt('assigned_handling_verb')})"
        # a problem noun as what is examined or found (查摆…存在的问题, 分析问题产生的原因, 把问题说清说透; corpus21b)
        rf"|(?<!缺乏)(?<!没有)(?<![不没未])(?:{alt('examine_problem_verb')}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns})(?![不未没难])"
        rf"|把(?:{nouns}){brk}{{0,3}}?(?:{alt('examine_problem_result')})"
        # the problems an inspector points out named only by where they lie (一一指出各站存在的问题，并要求…; not 指出A、
        # B等问题, which states them; k152153, Part 153's 8695)
        rf"|(?:{alt('pointed_problem_verb')}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?存在的(?:{nouns})(?=[，,。；;并]|$)"
        # a shortfall one is told to look for (认真查找自身存在的不足, 找准工作中的短板; corpus22): 的 right before it
        rf"|(?<!缺乏)(?<!没有)(?<![不没未])(?:{alt('examine_problem_verb')}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?的"
        rf"(?:{alt('examined_shortfall_noun')})(?![不未没难])"
        # (or right after the verb, no 的: 查找差距，补齐短板; 找准短板; off36)
        rf"|(?<!缺乏)(?<!没有)(?<![不没未])(?:{alt('examine_problem_verb')})(?:{alt('examined_shortfall_object')})"
        rf"(?![不未没难大小])"
        # (or after a one-character verb of finding or mending it: 查短板要…, 补短板也要…, 找弱项; k9192)
        rf"|(?<![不没未])(?:{alt('examined_shortfall_short_verb')})(?:{alt('examined_shortfall_object')})"
        rf"(?![不未没难大小])"
        # a problem noun made the focus of the work (以巡察发现的共性问题为抓手, 把群众反映强烈的问题作为整改重点: the
        # object fronted by 以/把/将 before 为/作为 and a ``measure_focus_noun``; lefts24)
        rf"|(?:以|把|将){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:作为|为)"
        rf"{brk}{{0,{ADDRESSED_GAP_CHARS}}}?(?:{alt('measure_focus_noun')})"
        # the problem a letter or a meeting raised, standing as a reply's topic clause (您反映的问题，我局…; reported28)
        # (fronted by a topic word or addressed to the writer: 对…提出的问题，; 您反映的问题，; not 群众反映的问题，至今…)
        rf"|(?:对于|对|关于|针对|就|接到|收到|您|你|贵)[^，,。；;：:！？!?]{{0,{ADDRESSED_OBJECT_CHARS}}}?"
        rf"(?:{alt('raised_problem_verb')})(?:的|之)(?:{nouns})(?=[，,：:]|$)"
        # (or fronted as the object of a subject's modal: 居民反馈的问题社区要跟进督促…; reported28)
        rf"|(?:{alt('raised_problem_verb')})(?:的|之)(?:{nouns})(?=[^，,。；;：:！？!?]{{1,8}}?(?:要|应|必须|需要|将))"
        # a problem made to get solved (确保问题得到尽快解决: the aim of the work; not 问题没有得到解决)
        rf"|(?:{nouns})得到(?:尽快|及时|有效|切实|妥善|彻底|真正)?(?:{remedies})"
        # a problem a means is taken to remedy (尽快采取措施解决…的用水难题, 想方设法化解矛盾; reported28)
        rf"|(?:{alt('remedy_means')})(?:{remedies}){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns})"
        # a problem a measure is proposed for, the remedy verb after it (…延后二小时，为夜航争议问题解套; not 因为, 作为,
        # 成为, 认为, 以为; council31, Part 47's question news)
        rf"|(?<![因作成认以称视较])为{brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns}){brk}{{0,2}}?(?:{remedies}|解套)"
        # a problem reported put in hands already (其余隐患已安排专人跟踪督促整改, 受理的问题已移交至相关部门, 部分问题
        # 正在处理中): an inspection or a hotline news tells the handling done, no shortcoming stated (k165168)
        rf"|(?:{nouns}){brk}{{0,3}}?(?:已经|已|均已|正在)(?:{alt('handed_problem_verb')})"
        # the harm explained to those an enforcement or a publicity drive addresses (向经营者宣传…法规，阐明占道经营对
        # 交通…造成的不良影响): the content of the publicity told, no shortcoming the writer states (k165168)
        rf"|(?<![不没未])(?:{alt('explained_harm_verb')}){brk}{{0,{EXPLAINED_HARM_CHARS}}}?(?:{alt('explained_harm_noun')})")


#: Most characters of a clause before the problem reported curbed for good (``…的局面得到根本扭转``: :func:`_solved_re`).
SOLVED_CLAUSE_CHARS = 24


@lru_cache(maxsize=None)
def _solved_re() -> re.Pattern[str]:
    """:func:`solved_problem_spans`' pattern: a purpose word (``purpose_tail_opener`` cue group, or 以 not in 难以, 得以,
    可以, 足以, 所以, 予以, 加以) right before a ``solution_verb``, or a ``solution_verb`` then 了 (not after 不/没/未/没有),
    then at most :data:`ADDRESSED_OBJECT_CHARS` characters of the clause and a ``solved_problem_noun``; or such a noun
    then 已(经)/均已, perhaps 得到 and a manner word, and a ``solution_verb`` (``相关问题已经得到解决``: reported over),
    not asked (``…解决吗？``). Bounded: linear."""
    def alt(group: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lexicon().words(group), key=len, reverse=True))
    brk = "[^，,。；;：:！？!?]"
    solve, nouns = alt("solution_verb"), alt("solved_problem_noun")
    return re.compile(rf"(?:(?P<aim>{alt('purpose_tail_opener')}|(?<![难得可足所予加])以)(?:{solve})"
                      rf"|(?<![不没未])(?<!没有)(?:{solve})了){brk}{{0,{ADDRESSED_OBJECT_CHARS}}}?(?:{nouns})"
                      # (the problem named first, then reported solved: 相关问题已经得到解决, 积水问题均已解决; w612,
                      # Part 61's 3162: the complainant's or the office's report that it is over, no shortcoming)
                      rf"|(?P<over>(?:{nouns})(?:已经|已|均已|都已|全部|基本)(?:得到|获得)?(?:妥善|圆满|彻底|有效)?"
                      rf"(?:{solve})"
                      # (or reported curbed or turned round for good, a manner word required: 文山会海问题得到有效遏制,
                      # 混乱局面得到根本扭转; left45: an achievement; 确保问题得到解决 stays the aim it is)
                      # (the clause's words before the noun with it: 脏乱差的局面得到根本扭转 names the problem that is over)
                      rf"|{brk}{{0,{SOLVED_CLAUSE_CHARS}}}?(?:{nouns}|局面|状况|现象|势头|态势)(?:得到|获得)(?:有效|根本|彻底|妥善|圆满|明显|较好|初步|切实|全面)"
                      rf"(?:{solve}|遏制|纠正|整治|根除|好转))(?!了?[吗么？?])")


def solved_problem_spans(text: str, *, done: bool = True) -> list[tuple[int, int]]:
    """Spans of ``text`` where a problem noun (``solved_problem_noun`` cue group: 弊端, 瓶颈, 难题 …) is what a solution
    verb (``solution_verb``: 突破, 解决, 破解 …) aims at after a purpose word (``以突破网格化管理的弊端``, ``以便解决群众的
    难题``) or has removed, in the perfective (``各地…突破了传统网格化管理的弊端``): an aim or an achievement, no
    shortcoming stated (weak25). Not ``难以突破瓶颈`` (a difficulty) nor ``没有解决了…问题``. ``done=False`` leaves out the
    perfective (read by :func:`_prose_deficits` only: in a list item's heading, ``…，解决了“怎么做”的问题`` names what a
    part of a scheme answers, and :func:`challenge_strength` keeps reading it as before), not the problem reported
    solved (``相关问题已经得到解决``: its noun states no shortcoming either way; w612). Linear (:func:`_solved_re`)."""
    if not cue_pattern("solved_problem_noun").search(text) and "得到" not in text and "获得" not in text:
        return []
    return [m.span() for m in _solved_re().finditer(text)
            if (done or m.group("aim") is not None or m.group("over") is not None)
            and not (m.group("over") is not None and _denied_cause(text, m.start(), m.end()))]


#: A negated causative before a problem reported solved (``并未使…问题得到根本解决``, ``没能让…得到有效解决``,
#: ``無法使…得到根本解決``): the clause says the problem was NOT solved (try45b). Bounded gap: linear.
_DENIED_CAUSE = LazyPattern(r"(?:未能|未|没能|沒能|没有|沒有|没|沒|不能|不会|不會|不曾|无法|無法|难以|難以|无力|無力|不足以)"
                           r"[^，,。；;：:！？!?]{0,4}?(?:使|让|讓|令|促使)")


def _denied_cause(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text`` holding ``text[start:end]`` (a problem reported solved, :func:`_solved_re`'s
    ``over`` group) puts a negated causative before it (``多年投入并未使…问题得到根本解决``: not solved). Looks back
    at most :data:`SOLVED_CLAUSE_CHARS` + 8 characters, to the clause's break: bounded, so linear over the matches."""
    lo = max(0, start - SOLVED_CLAUSE_CHARS - 8)
    head = text[lo:end]
    cut = rfind_any(head, "，,。；;：:！？!?", 0, start - lo)
    return bool(_DENIED_CAUSE.search(head, cut + 1))


def addressed_problem_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` where a problem noun (``addressed_noun`` cue group: 问题, 隐患) is the object of work done on
    it: fronted by 对 before a verb that works on it (``addressed_verb``: ``对发现的问题紧盯到底``; not ``整改不力``), done
    to the full (``addressed_done`` + 到位: ``确保所有问题按期整改到位``, ``反馈问题调查分析到位``), or the aim of a means
    (去/来 + a ``remedy`` verb: ``靠实际行动去解决民生问题``; not after 不/没/未/没有: ``没有去解决…问题``). Such a clause states a measure; its
    problem noun states no shortcoming (:func:`challenge_strength`). So is a problem noun that heads the compound of
    the work on it (``work_compound_noun`` + ``work_compound_verb``: ``确保风险防范全覆盖``, ``将风险排查与日常管理结合``;
    not before a negation or a word of difficulty: ``矛盾化解难``; trial19 F3), the problem a letter raised named as a
    reply's topic clause (a topic word or the writer addressed, then ``raised_problem_verb`` + 的: ``您反映的问题，
    我局…``, or fronted before a subject's modal: ``居民反馈的问题社区要跟进…``; not ``群众反映的问题，至今没有得到
    解决``), one made to get solved (``确保问题得到
    尽快解决``) or remedied by a means taken (``remedy_means``: ``尽快采取措施解决…难题``; reported28), and one assigned to whoever handles it
    (由 + at most :data:`ADDRESSED_OBJECT_CHARS` characters + an ``assigned_handling_verb``: ``执行中的问题，由市发改委
    协调``: a notice's rule for matters arising), and a shortfall after a verb of examining and 的 (``认真查找自身存在的
    不足``; ``examined_shortfall_noun``, corpus22) or right after such a verb with no 的 (``查找差距``, ``找准短板``;
    ``examined_shortfall_object``, off36), and the problems an inspector points out named only by where they lie
    (``pointed_problem_verb`` + ``…存在的问题`` ending its clause: ``一一指出各站存在的问题，并要求…``). Bounded gaps,
    one pass: linear."""
    if not (cue_pattern("addressed_noun").search(text) or cue_pattern("work_compound_noun").search(text)
            or cue_pattern("examined_shortfall_noun").search(text) or cue_pattern("explained_harm_verb").search(text)):
        return []
    return [m.span() for m in _addressed_re().finditer(text)]


#: A short subject and a prescriptive modal before a clause's verb (政府应…, 我们必须…): at most 8 characters, no clause
#: break. Not 要/需要, which also state a task or a need (下一步要重点解决…的问题 names the problem still to be solved).
_SUBJECT_MODAL = LazyPattern(r"[^，,。；;：:！？!?]{0,8}?(?:应当|应该|必须|亟需|亟须|务必|应|须)")


#: A clause that names the target of a sanction or a measure by its fault (``对工作不力的单位进行约谈``, ``县督查室对整改
#:不到位的学校予以通报``): at most eight characters of a subject, 对, the fault of at most 30 characters, 的, the target of
#: at most eight, then the measure's verb. The fault it names is whom the measure addresses, not a report of it.
_SANCTION_TARGET = LazyPattern(r"\s{0,2}[^，,。；;：:！？!?]{0,8}?对[^，,。；;：:！？!?]{1,30}?的[^，,。；;：:！？!?的]{0,8}?"
                              r"(?:进行|予以|给予|实行|依法|严肃|一律|坚决|严格)")


def works_on_problem(clause: str) -> bool:
    """Whether ``clause`` (one clause, Simplified view) names a problem only as what the measure it opens works on: it
    opens with an imperative verb (:func:`_opens_with_verb`, ``imperative`` cue group: 建立, 确保, 强化 …) followed
    right away by a bare problem noun (``worked_on_problem_noun`` cue group: 问题, 风险, 隐患 …) and then by more of the
    object (``建立问题跟踪台账``, ``确保问题按时办结``, ``强化问题发现与上报``): "problems" in general, what the measure
    handles, no shortcoming stated. Not when the noun ends the clause (``发展问题``: a field's problem named) or 的 or a
    copula follows it, nor when a verb of existence (``problem_existence_verb`` cue group: ``充满挑战``), a perfective
    了 (narrated work) or a shortcoming predicate (``challenge_predicate`` words other than those nouns:
    ``完善问题整改不到位``) stands in the clause. Left46 (Part 90's 4906). Bounded: a few scans of the clause."""
    c = clause.strip()
    if len(c) < 5 or "了" in c or not _opens_with_verb(c, lexicon().words("imperative")):
        return False
    verb = next(v for v in _by_first_char(lexicon().words("imperative")).get(c[:1], ()) if c.startswith(v))
    noun = next((w for w in lexicon().words("worked_on_problem_noun") if c.startswith(w, len(verb))), None)
    if noun is None:
        return False
    after = c[len(verb) + len(noun):]
    if not after[:1] or not "\u4e00" <= after[0] <= "\u9fff" or after.startswith(_NOT_MORE_OBJECT):
        return False
    if has_cue(c, "problem_existence_verb"):
        return False
    return all(w in lexicon().words("worked_on_problem_noun") for w in _present_words(c, "challenge_predicate"))


#: What may follow the problem noun of :func:`works_on_problem` when it is no modifier of more object: 的 (``问题的
#: 提出``), a copula or an adverb of degree (``问题是``, ``问题很多``, ``问题较多``) or a word of amount (``问题多``).
_NOT_MORE_OBJECT = ("的", "是", "很", "较", "比较", "多", "少", "大", "严重", "突出", "仍", "还", "也", "都", "已")


@_remembered  # asked for each clause of each text challenge_strength reads, half of them read before (speed29)
def _addresses_fault(clause: str) -> bool:
    """Whether ``clause`` names a shortcoming only as what a measure addresses: it opens with a remedy
    (:func:`opens_with_remedy`) or names a sanction's target by its fault (:data:`_SANCTION_TARGET`:
    ``对工作不力的单位进行约谈``; trial17 F7), asks an authority to act on it (:func:`requests_action`:
    ``她希望相关部门清理…不合理门槛``; trial19) or deliberates on its remedy (:func:`deliberates_remedy`). Bounded: linear."""
    return (opens_with_remedy(clause) or _SANCTION_TARGET.match(clause) is not None or requests_action(clause)
            or deliberates_remedy(clause) or headline_remedy(clause) or works_on_problem(clause)
            or aims_at_remedy(clause))


def aims_at_remedy(clause: str) -> bool:
    """True when ``clause`` opens with a connective of aim or result (:data:`_PURPOSE_LINKS`: 以, 用以, 从而) before a
    remedy (:func:`opens_with_remedy`): ``以堵住跨界偷排的漏洞``, ``从而化解…风险``, the aim of the measure before it; the
    fault it names is what that measure removes, no shortcoming the clause states (k9396b, Part 95's 5217). Read only
    where shortcomings are counted (:func:`challenge_strength`), not where clauses are split. Bounded: linear."""
    c = clause.lstrip()
    link = next((w for w in _PURPOSE_LINKS if c.startswith(w)), None)
    # (not a harm averted, 以避免同类问题再次发生: read by the averted-consequence rules, trialfix21c)
    return link is not None and not c.startswith(("避免", "防止", "防范", "杜绝"), len(link)) and opens_with_remedy(
        c[len(link):])


def deliberates_remedy(clause: str) -> bool:
    """True when ``clause`` opens with a verb of deliberation (``remedy_frame_verb`` cue group: 研究, 部署 …) whose
    object opens with a remedy (:func:`opens_with_remedy`): ``研究防范化解金融风险和隐性债务风险等工作``, a meeting's
    agenda. The risk it names is the object of the work, not a shortcoming it states (trial19 F7); the clause
    prescribes nothing either (a narrated agenda), so it is read only where shortcomings are counted. Bounded."""
    c = clause.lstrip()
    words = lexicon().words("remedy_frame_verb")
    if not c.startswith(words):
        return False  # (no such verb opens it: one test instead of a word-by-word scan, speed22)
    frame = next((w for w in words if c.startswith(w)), None)
    return frame is not None and opens_with_remedy(c[len(frame):])


@_remembered  # asked several times per sentence (prose_aspect, sentence_aspect …); a pure function of it (speed26)
def requests_action(clause: str) -> bool:
    """True when ``clause`` opens with a request made to an authority: a short speaker, a verb of
    ``news_demand_verb`` (希望, 呼吁, 建议 …) and an addressee (相关部门, 政府, 运输署 …) followed by an action
    (:func:`_news_demand_re`: ``她希望相关部门清理参保中的不合理门槛``, ``居民呼吁物业尽快修复破损路面``). A shortcoming the
    clause names is the object of the action it asks for, not one it states (trial19 F2); whose wish it is (the
    author's or a person the report quotes) does not matter here. Not a denied demand (``我们不是建议…``), a 望 inside
    another word (``失望``), nor an addressee followed by a reporting verb (``要求政府表示…``). Bounded: linear."""
    if not has_cue(clause, "news_demand_verb"):
        return False  # (every match holds such a verb: one scan, speed22)
    m = _news_demand_re().match(clause.strip())
    if m is None:
        return False
    if m.group("who").endswith(_DENIED_DEMAND) or inside_word(m.group("verb"), m.group("who")) \
            or _bare_heed(m.group("verb"), clause.strip()[m.end("to"):]):
        return False
    return not (has_cue(m.group("act"), "news_report_verb")
                and not m.group("act").startswith(lexicon().words("imperative")))


def opens_with_request(heading: str) -> bool:
    """True when ``heading`` opens with the verb of a request made to an authority, with no speaker before it
    (:func:`requests_action` with an empty speaker: ``要求运输署于筲箕湾道增设过路灯号``, ``促请政府改善…设施``): the
    title of a council motion or a demand, not a sentence that reports who asks (``企业反映没有要求承担…``).
    Bounded: linear in ``heading``."""
    if not requests_action(heading):
        return False
    m = _news_demand_re().match(heading.strip())
    return m is not None and m.group("who") == ""


#: A short subject and a copula of aim before a remedy (``这些措施的目的是缓解…困难``, ``该计划旨在纾缓…压力``): the
#: problem after it is what the measures remove (:func:`opens_with_remedy`; trial21b K6). Anchored, bounded.
_PURPOSE_COPULA = LazyPattern(r"[^，,。；;：:！？!?]{0,16}?(?:的目的|目的|用意)(?:是|在于|就是)|"
                             r"[^，,。；;：:！？!?]{0,16}?(?:旨在|为的是)")


#: Prepositions of means that may open a remedy clause (``用…弥补``, ``以…补齐``, ``靠…解决``).
_MEANS_PREPOSITIONS = ("借助", "依靠", "运用", "用", "以", "靠")
#: Most characters of what a means uses before its remedy verb (``用道德品行弥补…``: 4).
MEANS_OBJECT_CHARS = 8
#: Copulas that may open a clause whose predicate is the remedy (``眼前最急切的工作，就是尽快补齐…的短板``, ``…，是解决问题、
#: 优化机制的过程``): what the subject before them is, a remedy; the shortcoming is its object (w71: Part 72's 3837, 3827).
_REMEDY_COPULAS = ("也就是", "就是", "便是", "正是", "乃是", "是")
#: Words right after a copula's remedy verb that make it a failure to remedy (``最大的难题是解决不了…``): a shortcoming.
_REMEDY_FAILED = ("不", "没", "难", "得")
#: Most characters between 把 and the remedy verb of a disposal clause (``把短板补齐``, ``把风险在源头化解``).
BA_OBJECT_CHARS = 24
#: Where the window of a disposal clause ends: a clause break or the copula 是 (:func:`opens_with_remedy`).
_BA_WINDOW_END = LazyPattern(r"[,，;；:：。！？!?]|是")



#: The scope or level a remedy works at, before its verb (从源头上, 从根本上, 在制度层面上, 从机制上): at most six
#: characters between 从/在 and 上.
_REMEDY_SCOPE = LazyPattern(r"(?:从(?![未来])|在)[^，,。；;：:！？!?]{1,6}?上")  # (not 从未/从来: a negation, corpus23b)


@lru_cache(maxsize=1)
def _opening_remedies() -> tuple[str, ...]:
    """The verbs a remedy clause may open with: the ``remedy`` and ``handling_remedy`` cue groups (the latter read only
    with :func:`handles_fault`)."""
    return tuple(dict.fromkeys(lexicon().words("remedy") + lexicon().words("handling_remedy")))


@lru_cache(maxsize=1)
def _awaited_actor_re() -> re.Pattern[str]:
    """:func:`awaits_actor_measure`'s pattern: a word of awaiting opening a clause, at most 14 characters of a body's
    name ending in a noun of an authority or a party, at most three adverbs or coverbs of manner (尽快, 牵头), then an
    ``imperative`` cue word. Bounded windows: linear."""
    return re.compile(
        r"(?:^|(?<=[，,；;。]))\s*(?:仍|还|尚|则|更|这|此)?(?:有待|尚待|仍待|亟待|亟需|有赖)"
        r"[^，,。；;：:！？!?、]{0,14}(?:部门|政府|单位|机关|当局|机构|各方|各界|组织|委员会|议会|法院|检察院|"
        r"局|署|厅|委|办|我们|大家)"
        r"(?:尽快|及早|早日|进一步|切实|认真|积极|共同|妥善|妥为|妥|牵头|加快|着力|从速|从严|来|去){0,3}"
        r"(?:%s)" % (cue_alternation("imperative") or "(?!)"))


#: Most characters between an urgent need's verb and a 的 that makes the verb's phrase a noun's modifier
#: (``亟待建立的机制``): within them the need is no demand (:func:`urgent_need_as_modal`).
URGENT_NEED_RELATIVE_CHARS = 3


@lru_cache(maxsize=1)
def _urgent_need_re() -> re.Pattern[str]:
    """:func:`urgent_need_as_modal`'s pattern: a clause opening (the text's start or a clause mark), an optional
    connective of conclusion (``urgent_need_connective`` cue group: 综上, 因此 …) and adverb, a word of urgent need
    that states a shortfall where it ends a clause (亟待, 急待, 急需; group ``need``), at most two adverbs of manner,
    then an ``imperative`` cue word (group ``verb``) and at least two characters of object. Bounded: linear."""
    return re.compile(
        r"(?:^|(?<=[，,；;。！？!?：:]))\s{0,2}(?:%s)?[，,]?(?:更|还|仍|则|也|都|就)?(?P<need>亟待|急待|急需)"
        r"(?:尽快|尽早|及早|早日|进一步|切实|加快|从速|抓紧){0,2}(?P<verb>%s)(?=[^，,。；;：:！？!?]{2})"
        % (cue_alternation("urgent_need_connective") or "(?!)", cue_alternation("imperative") or "(?!)"))


def urgent_need_as_modal(sentence: str) -> str:
    """``sentence`` with each urgent need that opens a clause over a measure's verb and its object (``综上亟待建立
    流浪未成年人临时监护衔接机制``, ``因此急需出台…办法``: :func:`_urgent_need_re`) written as the modal 亟需 (same
    length, so offsets hold): "it urgently awaits setting up X" is the author's demand, as 亟需建立X is, not the
    shortfall ``业务水平亟待提高`` states (the need after its subject, the verb ending the clause). Not a remedy verb
    (``亟待解决…问题`` names the problem said to need solving) nor a verb whose phrase a 的 turns into a modifier within
    :data:`URGENT_NEED_RELATIVE_CHARS` characters (``亟待建立的机制``). Unchanged when none. Linear in the sentence."""
    if "亟待" not in sentence and "急待" not in sentence and "急需" not in sentence:
        return sentence
    remedies = lexicon().words("remedy")
    parts: list[str] = []
    at = 0
    for m in _urgent_need_re().finditer(sentence):
        if m.group("verb").startswith(remedies):
            continue
        tail = sentence[m.end():m.end() + URGENT_NEED_RELATIVE_CHARS]
        cut = min((tail.find(ch) for ch in "，,。；;：:！？!?" if ch in tail), default=len(tail))
        if "的" in tail[:cut]:
            continue
        parts += [sentence[at:m.start("need")], "亟需"]  # (joined once at the end: linear in many matches)
        at = m.end("need")
    return "".join(parts) + sentence[at:] if parts else sentence


def awaits_actor_measure(sentence: str) -> bool:
    """True when a clause of ``sentence`` (Simplified view) opens with a word of awaiting whose subject is a named body
    and whose verb prescribes (:func:`_awaited_actor_re`: ``有待县级环保部门尽快牵头制定流域联防方案``, ``有待政府有关
    单位妥善制定整治计划``): "it awaits the department's drawing up…", the author's call on that body, not the shortfall
    ``业务水平有待提升`` states (no body before its verb). Linear in ``len(sentence)``."""
    if "待" not in sentence and "赖" not in sentence and "需" not in sentence:
        return False
    return _awaited_actor_re().search(sentence) is not None


#: Connectives that open a measure's clause of purpose or result before its remedy verb (``制定…方案，以堵住…的漏洞``,
#: ``用以弥补…不足``, ``从而化解…风险``; :func:`aims_at_remedy`): the shortcoming after the verb is what the measure
#: removes (k9396b).
_PURPOSE_LINKS = ("用以", "借以", "藉以", "从而", "進而", "进而", "以")


#: What may stand before the remedy verb of a clause that tells the good a system or a measure does (``一方面其弥补了…的
#: 漏洞``, ``另一方面能化解…矛盾``, ``这也能减少…``): a side of a pair, a pronoun subject, an adverb of addition and a
#: modal of ability, each optional (:func:`opens_with_remedy`). Anchored, each part a fixed word: linear.
_BENEFIT_LEAD = LazyPattern(r"(?:(?P<side>一方面|另一方面)[，,]?)?(?P<who>其|它|这|此举)?(?:也|还|更)?(?P<able>能够|能)?")


#: A side of a pair of goods, or a pronoun subject, before what a system or a measure named before it does
#: (``一方面其…``, ``另一方面…``, ``其…``): read by :func:`_benefit_side`. Anchored, fixed words: linear.
_BENEFIT_SIDE = LazyPattern(r"\s{0,2}(?P<who>(?:一方面|另一方面)[，,]?(?:其|它|此举)?|其|它|此举)?(?:也|还|更)?")
#: The ability 能 before a verb (not 能力, 能否, 能源 …).
_BARE_ABILITY = LazyPattern(r"\s{0,2}(?:能够|能)(?![力否源耗量级效手])")
#: Where a part of a sentence read by :func:`tells_benefit` ends.
_BENEFIT_PART_END = LazyPattern(r"[；;。！!]")


def _benefit_side(clause: str, *, bare: bool) -> bool:
    """Whether ``clause`` tells a good done: a side of a pair or a pronoun subject (:data:`_BENEFIT_SIDE`; optional when
    ``bare``) before the ability 能 and a remedy or an imperative verb (``另一方面能拯救婚姻危机``), or before a remedy
    verb in the perfective (``一方面其弥补了…的漏洞``). Bounded: reads the clause's opening."""
    side = _BENEFIT_SIDE.match(clause)
    if not side.group("who") and not bare:
        return False
    rest = clause[side.end():]
    ability = _BARE_ABILITY.match(rest)
    if ability is not None:
        rest = rest[ability.end():]
        return opens_with_remedy(rest) or starts_imperative(rest)
    if not side.group("who"):
        return False
    verb = cue_pattern("remedy").match(rest)
    return verb is not None and rest.startswith("了", verb.end())


def tells_benefit(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) tells the good that a system or a measure named before it does and holds
    no modal word of its own (:func:`holds_modal_word`, :func:`strong_modal`): each of its ``；``-separated parts
    opens, or goes on after a comma, with a side of a pair or a pronoun subject and an ability or a remedy done
    (:func:`_benefit_side`: ``…具有重要作用，一方面其弥补了现有制度的漏洞，…；另一方面能拯救婚姻危机，化解…的矛盾，增强…``;
    Part 153's 8687), or the sentence opens with a bare 能 before a remedy or an imperative verb (the pair's side cut off
    before it). Neither a measure (the verbs follow the ability 能, no prescription) nor a problem (what it removes is
    its object). Linear in the sentence: each clause's opening read once."""
    if "能" not in sentence and "了" not in sentence:
        return False
    if holds_modal_word(sentence) or strong_modal(sentence) or challenge_strength(sentence):
        return False  # (其解决了部分问题，但仍存在不足: a shortcoming stated beside the good)
    if _benefit_side(sentence, bare=True):
        return True
    parts = [p for p in _BENEFIT_PART_END.split(sentence) if p.strip()]
    return bool(parts) and all(any(_benefit_side(c, bare=False) for c in _REMEDY_SPLIT.split(p)) for p in parts)


def _remedy_failed(rest: str, remedies: tuple[str, ...]) -> bool:
    """Whether the remedy verb that opens ``rest`` is followed by a word of failure (:data:`_REMEDY_FAILED`:
    ``解决不到…问题``, ``化解不了``): the remedy denied, the problem stands. Constant work."""
    verb = next((w for w in remedies if rest.startswith(w)), "")
    return bool(verb) and rest.startswith(_REMEDY_FAILED, len(verb))


@_remembered  # asked several times per sentence; a pure function of it
def opens_with_remedy(clause: str) -> bool:
    """True when ``clause`` opens with a remedy verb (``remedy`` cue group: 解决, 破解, 缓解 …), past at most two adverbs
    (``着力破解…``) or a scope of the remedy (:data:`_REMEDY_SCOPE`: ``从源头上破解…困境``) and, optionally, a short
    subject and a prescriptive modal before them (:data:`_SUBJECT_MODAL`:
    ``政府应着力破解融资难的难题``), or after the 为/为了 of a purpose (``lead_in_purpose`` cue group: ``为削减…压力``): the
    shortcoming it names is what a measure removes. A remedy verb that modifies a noun
    (``需要解决的问题很多``: 的 right after it) or heads a noun compound (``防范意识薄弱``: a ``remedy_as_noun`` word right
    after it) opens no remedy, nor a subject's modal and remedy verb that end a ``challenge_predicate`` word
    (``…等问题也亟须解决``: the problem said to need solving, lead21). Bounded: linear."""
    if not has_cue(clause, "remedy") and not has_cue(clause, "handling_remedy"):
        return False  # (the verb it opens with is a remedy word: one scan, speed21)
    remedies = _opening_remedies()
    c = clause.lstrip()
    lead = _BENEFIT_LEAD.match(c)
    if (lead.group("side") or lead.group("who") or lead.group("able")) and c[lead.end():].startswith(remedies) \
            and not _remedy_failed(c[lead.end():], remedies):
        c = c[lead.end():]  # 一方面其弥补了…的漏洞, 另一方面能化解…矛盾: the good a system does (k152153, Part 153's 8687)
    purpose = next((w for w in lexicon().words("lead_in_purpose") if c.startswith(w)), None)
    if purpose and c[len(purpose):].startswith(remedies):
        c = c[len(purpose):]  # 为削减公屋轮候压力: a purpose whose verb removes the burden (trialfix20)
    elif "目的" in c or "旨在" in c or "用意" in c or "为的是" in c:
        frame = _PURPOSE_COPULA.match(c)  # 这些措施的目的是缓解市民的经济困难: the aim stated (trialfix21c)
        if frame is not None and _without_adverbs(c[frame.end():]).startswith(remedies):
            c = c[frame.end():]
    elif c.startswith(_REMEDY_COPULAS):
        copula = next(w for w in _REMEDY_COPULAS if c.startswith(w))
        after = _without_adverbs(c[len(copula):])
        verb = next((w for w in _by_first_char(remedies).get(after[:1], ()) if after.startswith(w)), None)
        if verb is not None and not after.startswith(_REMEDY_FAILED, len(verb)):
            c = after  # 就是尽快补齐…的短板: the copula's predicate is the remedy (w71)
    rest = _without_adverbs(c)
    if rest.startswith("把"):
        # (把短板补齐, 把风险在源头化解: the disposal's object is what the remedy verb after it removes; w71)
        # the window ends at a clause break or a copula: 把闲置的厂房改建成公寓或许是一个缓解…的好方法 makes the disposal
        # the subject of a judgement, and the remedy verb after 是 is not what 把's object undergoes
        window = _BA_WINDOW_END.split(rest[1:1 + BA_OBJECT_CHARS], 1)[0]
        m = cue_pattern("remedy").search(window, 1)
        if m is not None and not window.startswith(("了", "过", "的", "不"), m.end()):
            return True
    if not rest.startswith(remedies):
        frame = _REMEDY_SCOPE.match(rest)  # (从源头上破解…困境, 从根本上解决…: the scope of the remedy, trialfix21b)
        if frame is not None and _without_adverbs(rest[frame.end():]).startswith(remedies):
            rest = _without_adverbs(rest[frame.end():])
    if not rest.startswith(remedies) and c.startswith(_MEANS_PREPOSITIONS):
        # (用道德品行弥补不足, 以制度建设补齐短板: a means, then the remedy; the shortcoming is its object, trialfix21c)
        prep = next(len(w) for w in _MEANS_PREPOSITIONS if c.startswith(w))
        for k in range(prep + 1, min(len(c), prep + MEANS_OBJECT_CHARS + 1)):
            if c[k - 1] in "，,。；;：:！？!?":
                break
            if c.startswith(remedies, k):
                # (not inside a noun phrase: …依靠自身力量解决自身问题的一个重要方法 names a method)
                rest = "" if "的" in c[k:] else c[k:]
                break
    subject = False
    if not rest.startswith(remedies):
        m = _SUBJECT_MODAL.match(c)
        rest = _without_adverbs(c[m.end():]) if m else ""
        subject = m is not None
    verb = next((w for w in _by_first_char(remedies).get(rest[:1], ()) if rest.startswith(w)), None)
    if verb is not None and subject:
        verb_end = len(c) - len(rest) + len(verb)
        if any(m.end() == verb_end for m in cue_pattern("challenge_predicate").finditer(c, 0, verb_end)):
            return False  # (…等问题也亟须解决: a shortcoming predicate that ends with the verb states the problem; lead21)
    if verb is not None and verb in lexicon().words("handling_remedy") and not handles_fault(rest, verb):
        return False  # (处理不当, 处理污水的设施严重老化: no fault is the handling verb's object; side42)
    # (防范意识薄弱, 整治工作不到位: the verb heads a noun compound, the subject of a shortcoming, not a remedy)
    return (verb is not None and not rest.startswith("的", len(verb))
            and not rest[len(verb):].startswith(lexicon().words("remedy_as_noun")))


def handles_fault(clause: str, verb: str) -> bool:
    """True when ``clause``, which opens with the handling verb ``verb`` (``handling_remedy`` cue group: 治理, 处理 …),
    is that verb and its object, the object ending the clause with a ``handled_fault`` noun (``处理乱停乱放现象``,
    ``治理水污染问题``): the fault is what the measure removes. Not when a negation follows the verb (``处理不当``) or
    the clause ends with anything else (``处理污水的设施严重老化`` states what is wrong with the noun the verb
    modifies). Linear in ``len(clause)``."""
    body = clause[len(verb):].rstrip("。！!；;，, ")
    return (bool(body) and not body.startswith(("不", "难", "了", "过"))
            and body.endswith(lexicon().words("handled_fault")) and "的" not in body[-8:-2])


#: Most characters of a headline clause that names its remedy after its manner (``政府主导解决雾霾难题``).
HEADLINE_REMEDY_CHARS = 14
#: Fewest and most characters of the manner or agent before the remedy verb of such a clause (政府主导, 多方合力).
HEADLINE_MANNER_CHARS = (2, 6)
#: Words before the remedy verb that make the clause a failure to remedy, a shortcoming (无法解决…, 难以破解…).
_UNABLE = ("不", "没", "未", "无", "难", "非")
_ALL_CJK = LazyPattern(r"[\u4e00-\u9fff]+")


def headline_remedy(clause: str) -> bool:
    """True when ``clause`` is a headline phrase that names an agent or manner and then the remedy of a problem it
    ends with (``政府主导解决雾霾难题``, ``多方合力破解停车难题``; a 申论 title's second half, ``政府主导 解决雾霾难题``,
    whose space the cleaner drops between Chinese characters): all Chinese, at most :data:`HEADLINE_REMEDY_CHARS`
    characters; a ``remedy`` verb after :data:`HEADLINE_MANNER_CHARS` characters that hold no negation or inability
    (:data:`_UNABLE`: 无法解决…难题 states a failure) and no shortcoming predicate; the verb heads no noun (a
    ``remedy_as_noun`` word after it), is not negated after it (解决不了…问题), no 的 follows it (…解决问题的能力不足)
    and a challenge section noun (难题, 问题, 困境) ends the clause. Bounded by :data:`HEADLINE_REMEDY_CHARS`."""
    c = clause.strip()
    if len(c) > HEADLINE_REMEDY_CHARS or not _ALL_CJK.fullmatch(c):
        return False
    lo, hi = HEADLINE_MANNER_CHARS
    by_first = _by_first_char(lexicon().words("remedy"))
    for k in range(lo, min(hi, len(c) - 2) + 1):
        verb = next((w for w in by_first.get(c[k], ()) if c.startswith(w, k)), None)
        if verb is None:
            continue
        pre, rest = c[:k], c[k + len(verb):]
        if any(u in pre for u in _UNABLE) or cue_pattern("challenge_predicate").search(pre):
            return False
        if "的" in rest or rest.startswith(("不", "没") + lexicon().words("remedy_as_noun")):
            return False
        cues = heading_cues(rest)
        return bool(cues) and cues[-1] == (len(rest), CHALLENGE)
    return False


@lru_cache(maxsize=1)
def _subject_modal_re() -> re.Pattern[str]:
    """A clause that opens with a subject of 1 to :data:`MODAL_SUBJECT_CHARS` characters (no clause break: 区住建局,
    各级政府有关部门) and then a modal of the ``strong_modal`` cue group (longest first) not negated by 无/毋/不 (无须, 毋须: no need)."""
    modals = sorted(lexicon().words("strong_modal"), key=len, reverse=True)
    return re.compile(r"[^，,。；;：:！？!?]{1,%d}?(?<![无毋不])(?:%s)"
                      % (MODAL_SUBJECT_CHARS, "|".join(map(re.escape, modals))))


@_remembered_any_length
def subject_prescribes(sentence: str) -> bool:
    """True when ``sentence``'s predicate is a subject's prescriptive modal and an action, the way the paragraphs of a
    measures section written as prose state their measures (``政府宜参考外地做法，…``, ``当局须检讨…``,
    ``贸发局作为主办单位，理应在开幕前公布…``): its first clause (or, after a clause naming the subject's role, the
    ``role_clause`` cue group: 作为…, 身为…, the second) opens with a short subject (:func:`_subject_modal_re`) and
    a strong modal (``strong_modal`` cue group; words that only hold a modal's character, 适宜/响应, are masked),
    not of a state (:data:`_STATIVE`: 应是…, 必须具备…); the sentence opens with no
    condition (:func:`opens_condition`) and states no deficiency (:func:`_prose_deficits`). Weaker evidence than
    :func:`prose_aspect` asks for (no action verb from a list): meant for sentences already inside a measures
    section. Bounded work per sentence (two clause splits and an anchored match): linear."""
    s = sentence.strip()
    if not s or opens_condition(s):
        return False
    m, rest = _subject_modal_match(s)
    return m is not None and len(rest) >= 2 and not _prose_deficits(s)


def _subject_modal_match(s: str) -> tuple[re.Match | None, str]:
    """The match of :func:`_subject_modal_re` on the clause of ``s`` (stripped, Simplified view) that
    :func:`subject_prescribes` reads (the first, or the second after a ``role_clause``), and that clause's words after
    the modal (``(None, "")`` when it opens with no subject's strong modal). Bounded: two clause splits and one
    anchored match."""
    clauses = re.split(r"[，,]", _STATIVE.sub(_blanked, _mask_non_modals(s)), maxsplit=2)
    clause = clauses[1] if len(clauses) > 1 and has_cue(clauses[0], "role_clause") else clauses[0]
    m = _subject_modal_re().match(clause.lstrip())
    return (m, clause.lstrip()[m.end():]) if m is not None else (None, "")


def prescribes_past_problem_words(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) is a subject's prescription (:func:`subject_prescribes`: ``政府必须坐言
    起行，推出措施，…解决这个深层次矛盾``, ``一个健康的社会应该以照顾最弱势群体的需要为…出发点，而非将他们视为…负担``)
    whose subject states no shortcoming itself (:func:`challenge_strength` of the words before the modal is 0), which
    proposes an act (not :func:`states_no_measure`, nor a ``stative_verb`` or ``acknowledge_verb`` after the modal:
    ``我们必须承认，…``, ``必须清楚地认识到…``) and whose modal is no part of 可能: the
    problem words that :func:`sentence_aspect` counts lie in what the measure acts on or rejects, and the sentence
    is a recommendation, though no clause opens with a modal (a subject stands before it; trad51, issue 8: Hong Kong
    and Taiwan commentary states its measures so, ``港府须…``, ``当局应…``). Bounded as :func:`subject_prescribes`."""
    s = sentence.strip()
    if not subject_prescribes(s) or states_no_measure(s):
        return False  # (我们必须承认，…有差距的: a call to recognise, no act)
    m, rest = _subject_modal_match(s)
    if m is None or challenge_strength(m.group()) or not "\u4e00" <= rest[:1] <= "\u9fff" or (
            m.group().endswith("可") and rest.startswith("能")):
        return False  # (很大可能给…造成…问题: 可能, no modal; 七个必须：…: a title)
    act = _without_adverbs(_strip_manner(rest))
    lex = lexicon()
    # (我们必须承认，…; 必须清楚地认识到…: a call to recognise what the problem words state, no act)
    return not act.startswith(lex.words("stative_verb") + lex.words("acknowledge_verb") + ("认识", "意识", "清楚"))


#: A linking word that opens a sentence (同时，…): it adds the sentence to the ones before it.
_LINKING_OPENER = LazyPattern(r"(?:同时|此外|另外|其次|再次|最后|首先|其一|其二|其三)[，,]\s{0,2}")
#: A clause of means that opens a measure (通过…, 依托…, 借助…, 以…为抓手): how the remedy after it is to be reached.
_MEANS_OPENER = LazyPattern(r"\s{0,2}(?:要|应|应当|需要|可以|可)?(?:通过|依托|借助|利用|运用|以[^，,。；;]{1,20}?为(?:抓手|突破口|切入点|载体|牵引))")


#: Most characters of the subject before 是 in a clause that names the means of a remedy (:func:`_means_copula_re`).
MEANS_COPULA_SUBJECT_CHARS = 24
#: Most characters between the remedy verb and the 的 before the means noun (``化解该困境``, ``解决农民增收难题``).
MEANS_COPULA_OBJECT_CHARS = 30


@lru_cache(maxsize=1)
def _means_copula_re() -> re.Pattern[str]:
    """A clause that names its subject as the means of a remedy: a subject of at most :data:`MEANS_COPULA_SUBJECT_CHARS`
    characters, 是 (not 不是), a ``remedy`` verb, its object (at most :data:`MEANS_COPULA_OBJECT_CHARS` characters), 的, an
    optional adjective and a ``means_copula_noun`` (途径, 出路, 关键 …) that ends the clause (``平台化是化解该困境的有效
    途径``, ``发展特色产业是解决农民增收难题的根本出路``): the clause recommends the subject; the problem it names is what
    the means removes (corpus22: Part 18's 788). Bounded gaps: linear."""
    # (the verbs of overcoming that open the measures too, 突破…困境, 走出…困局: solution_verb; elab33, Part 49)
    remedies = cue_alternation("remedy") + "|" + cue_alternation("solution_verb")
    nouns = cue_alternation("means_copula_noun")
    brk = "[^，,。；;：:！？!?]"
    return re.compile(rf"\s{{0,2}}{brk}{{1,{MEANS_COPULA_SUBJECT_CHARS}}}?(?<!不)是(?:{remedies})"
                      rf"{brk}{{1,{MEANS_COPULA_OBJECT_CHARS}}}?的"
                      rf"(?:有效|重要|根本|关键|唯一|主要|必然|最佳|必由|可行)?(?:{nouns})(?={brk}{{0,2}}(?:[，,。；;！!？?]|$))")


#: A harm predicted in a clause (``减少补助将造成极大冲击``, ``削减经费会加剧人手短缺``): a word of likelihood, then a
#: verb of harm. What opens such a clause with a remedy verb (减少, 削减) is the cause of the harm, no measure
#: (:func:`remedies_problem`). Bounded alternatives: linear (weak23; Part 21 G).
_PREDICTED_HARM = LazyPattern(r"(?:将会|将|会|恐将|恐怕|恐|可能)(?:造成|导致|带来|引发|引起|排挤|冲击|削弱|加剧|拖累|恶化)")


#: A counterfactual "should have" that opens a clause (``原本应缓解经济压力的补贴，反而…``, ``本应保护…的法规，却…``): the
#: remedy after it is what the thing was meant to do, told as failed; no measure (:func:`remedies_problem`). The
#: ``modal_exclusion`` cue group keeps the same words from counting as modals.
_COUNTERFACTUAL_OPENERS = ("原本应", "原本应该", "原本该", "原本要", "本应", "本应该", "本该", "原应", "本来应", "本来应该", "本来该")


@_remembered  # asked several times per sentence; a pure function of it
def remedies_problem(sentence: str) -> bool:
    """True when ``sentence`` is a measure that names the problem it removes: a clause that opens with a remedy verb
    (:func:`opens_with_remedy`: ``着力破解乡村教师待遇偏低的难题``, ``政府应着力破解…``) after a clause of means
    (:data:`_MEANS_OPENER`: ``通过建立城乡教师交流机制，缓解…的矛盾``) or opening the sentence. The remedy is the measure;
    the shortcoming is its object, stated by no predicate of the sentence. So is a first clause that names its subject
    as the means of the remedy (:func:`_means_copula_re`: ``平台化是化解该困境的有效途径``; corpus22).
    Not narration: no 了/过 right after the verb (``有效缓解了看病难的问题`` reports a result) and no achievement cue.
    Linear in ``len(sentence)``."""
    if not (has_cue(sentence, "remedy") or has_cue(sentence, "solution_verb") or has_cue(sentence, "handling_remedy")):
        return False  # (opens_with_remedy needs a remedy word, the means copula one of either group: speed21)
    s = _LINKING_OPENER.sub("", sentence.strip(), count=1)
    clauses = _REMEDY_SPLIT.split(s.rstrip("。！!；;"))
    if has_cue(s, "achievement") or has_cue(s, "difficulty_verdict"):
        return False  # (治理…乱象，却不是一件容易的事: the remedy judged hard, no measure; side42)
    if _means_copula_re().match(clauses[0]):
        return True  # 平台化是化解该困境的有效途径: the subject is the means of the remedy it names (corpus22)
    if not has_cue(sentence, "remedy") and not has_cue(sentence, "handling_remedy"):
        return False
    k = 1 if len(clauses) > 1 and _MEANS_OPENER.match(clauses[0]) else 0
    if clauses[k].lstrip().startswith(_COUNTERFACTUAL_OPENERS):
        return False  # 原本应缓解经济压力的补贴，反而使…: what the thing should have done, it failed (issue 8, 3426)
    lead = _BENEFIT_LEAD.match(clauses[k].lstrip())
    if not opens_with_remedy(clauses[k]) or lead.group("side") or lead.group("who") or lead.group("able"):
        return False  # (另一方面能化解…矛盾, 其弥补了…漏洞: the good a system does, no measure; k152153)
    if _PURPOSE_COPULA.match(clauses[k]) is not None and not strong_modal(clauses[k]):
        return False  # 这些措施的目的是缓解…困难: the aim of measures named before, no measure of its own (trialfix21c)
    if _PREDICTED_HARM.search(clauses[k]) is not None:
        return False  # 减少补助将造成极大冲击: a cut named with the harm it will do, no remedy proposed (weak23)
    verb = cue_pattern("remedy").search(clauses[k]) or cue_pattern("handling_remedy").search(clauses[k])
    return not clauses[k].startswith(("了", "过"), verb.end())  # 缓解了…: a result reported


def _dual_use_complaints(text: str) -> int:
    """Number of clauses of ``text`` whose subject is a dual-use noun of a complaint (:func:`dual_use_subject`:
    ``考核繁琐``, ``评估流于形式``) and whose complaint predicate is no ``challenge_predicate`` word already counted."""
    n = 0
    for c in _clauses(text):
        c = c.strip()
        m = cue_pattern("dual_use").match(c)
        if m and dual_use_subject(c, m.group()) and not cue_pattern("challenge_predicate").search(c):
            n += 1
    return n


#: A clause that opens with 要/需要 and is no modal clause: a condition (``要做的话，可以很多``: "if one is to do it")
#: or a noun of those who need (``需要扶助者众``: "those needing help are many"); a few characters between.
_MODAL_LOOKALIKE_OPENING = LazyPattern(r"(?:需要|要)[^，,。；;：:！？!?]{1,6}?(?:的话|的話|者)")


#: 应该是/应是 before an amount or an estimate (``应该是多撑一个礼拜左右``, ``应该是三成上下``): the epistemic "probably",
#: no modal of a measure (trial21b K11). Anchored, bounded.
_ESTIMATE_OPENING = LazyPattern(r"应(?:该|当)?是\s{0,2}(?:[0-9０-９一二三四五六七八九十两几半]"
                               r"|[^，,。；;：:！？!?]{0,12}?(?:左右|上下|之间|前后)(?:[，,。；;！？!?]|$))")


def _modal_lookalike(clause: str) -> bool:
    """Whether ``clause`` opens with a 要/需要 that is no modal (:data:`_MODAL_LOOKALIKE_OPENING`); not when 者 ends a
    noun that is the object of an imperative verb right after the modal (``要畅通劳动者的申诉渠道``, ``要保护消费者``:
    the verb, then two characters or more before 者; ``需要扶持者`` stays a noun). Bounded: linear (the match is at
    most nine characters)."""
    if clause.startswith("应") and _ESTIMATE_OPENING.match(clause) is not None:
        return True  # 应该是多撑一个礼拜左右: "probably", an estimate (trialfix21c)
    m = _MODAL_LOOKALIKE_OPENING.match(clause)
    if m is None or not m.group().endswith("者"):
        return m is not None
    k = 2 if clause.startswith("需要") else 1
    verbs = lexicon().words("imperative")
    v = next((w for w in _by_first_char(verbs).get(clause[k:k + 1], ()) if clause.startswith(w, k)), None)
    return v is None or m.end() - 1 - (k + len(v)) < 2


@_remembered  # asked of each clause by points._states_measure and of each sentence by sentence_aspect (speed40)
def modal_strength(text: str) -> int:
    """Number of clauses of ``text`` that open with a modal (要/应/必须/建议…), also past a conjunction of contrast or
    addition (``modal_link`` cue group: ``而要…``, ``并要…``), or an imperative verb; a clause that
    opens with a condition or a noun built on 要/需要 (:data:`_MODAL_LOOKALIKE_OPENING`: 要做的话, 需要扶助者众) opens
    with none."""
    if not has_cue(text, "modal") and not has_cue(text, "imperative"):
        return 0  # (every clause counted opens with such a word: two scans, speed21)
    modals = lexicon().words("modal")
    verbs = lexicon().words("imperative")
    links = lexicon().words("modal_link")
    count = 0
    for c in _clauses(text):
        c = c.strip()
        if c.startswith(links):
            # (…，不能陷溺于…，而要加码提出…: a conjunction of contrast or addition before the modal, which opens the
            # clause still)
            rest = c[next(len(w) for w in sorted(links, key=len, reverse=True) if c.startswith(w)):]
            if (rest.startswith(modals) and not _modal_lookalike(rest) and _mask_non_modals(rest).startswith(modals)
                    and not (len(c) - len(rest) > 1 and rest.startswith(lexicon().words("proposal_verb")))):
                # (a connective of consequence before a verb of proposing (``proposal_verb``) frames the speaker's
                # own proposal, 因此建议调整…: the proposal readers take the words after the verb; read as a modal
                # clause, the point kept the frame)
                c = rest
        if (c.startswith(modals) and not _modal_lookalike(c)
                and _mask_non_modals(c).startswith(modals)):  # (masked only when it opens with a modal: cheaper)
            count += 1
        elif _opens_with_verb(c, verbs):
            count += 1
    return count


def holds_modal_word(text: str) -> bool:
    """True when ``text`` holds a word of the ``modal`` cue group as a modal (要, 应, 必须 …; not inside 重要, 供应:
    ``_mask_non_modals``), wherever it stands; unlike :func:`holds_modal`, an imperative verb opening a clause (坚持…,
    强化…) is no modal. Linear."""
    return has_cue(_mask_non_modals(text), "modal")


#: A closing courtesy and nothing else (``谢谢！``, ``谢谢大家``, ``感谢聆听``, ``謝謝觀看``, ``Thank you``, ``THE END``): the
#: last line of a slide deck or a talk, of a letter to an office (lead50). A sentence that thanks someone for something
#: (``感谢各位对…的支持``) is not one.
_CLOSING_COURTESY = LazyPattern(
    r"(?:(?:谢谢|謝謝|感谢|感謝|多谢|多謝)(?:大家|各位|您|你们|你們)?的?(?:聆听|聆聽|倾听|傾聽|观看|觀看|收看|阅读|閱讀|关注|關注|"
    r"指导|指導|批评指正|批評指正)?|(?:Thank you|Thanks|THANK YOU|THANKS|THE END|The End)(?: for (?:your )?"
    r"(?:listening|watching|attention))?)[^\S\n]{0,3}[！!。.~～…]{0,3}")


def is_ceremony(sentence: str) -> bool:
    """True for a sentence of a work report's or a speech's ceremony (``ceremony`` cue group): thanks (``向…表示衷心
    的感谢``) or the credit for achievements (``这些成绩的取得来之不易，是…正确领导的结果``), or a closing courtesy
    alone (:data:`_CLOSING_COURTESY`: ``谢谢！`` closing a slide deck). It states neither aspect, whatever verbs of
    governance (监督, 支持) it holds."""
    return has_cue(sentence, "ceremony") or (len(sentence) <= 40 and _CLOSING_COURTESY.fullmatch(sentence.strip()) is not None)


@lru_cache(maxsize=1)
def _meeting_held_re() -> re.Pattern[str]:
    alt = cue_alternation
    return re.compile(rf"(?:{alt('meeting_held_verb')})[^，,。；;：:！？!?]{{0,{MEETING_NAME_CHARS}}}?(?:{alt('meeting_noun')})"
                      r"[^，,。；;：:！？!?]{0,4}?(?:[，,]|$)")


#: Most characters of a meeting's name between the verb that holds it and its noun (``召开吉安市第五十三期（商会专场）
#: 亲清连心政企恳谈会``).
MEETING_NAME_CHARS = 40
#: Most characters before the clause that narrates the meeting (a date, a place, who chaired it).
MEETING_LEAD_CHARS = 40


def narrates_meeting(sentence: str) -> bool:
    """True when ``sentence`` opens by narrating that a meeting was held (``8月22日，市政协主席某某主持召开…恳谈会，与企业
    家面对面座谈交流，听取意见建议，解决企业…问题，不断优化…``): within its first :data:`MEETING_LEAD_CHARS` characters
    (a date, who chaired it), a ``meeting_held_verb`` (召开, 举行, 主持召开 …) with no modal before it, the meeting's name
    and a ``meeting_noun`` (会, 会议, 座谈会 …) ending its clause. The clauses after it tell what the meeting did or was
    for: the report narrates, it states no problem and prescribes nothing (trial19 F5). Not ``要召开…会议``, a measure.
    Bounded: one search over the sentence's opening."""
    opening = sentence[:MEETING_LEAD_CHARS + MEETING_NAME_CHARS + 16]
    m = _meeting_held_re().search(opening)
    if m is None or m.start() > MEETING_LEAD_CHARS or (m.end() == len(opening) < len(sentence)):
        return False  # (a match that ends where the opening is cut ends no clause)
    clause_start = rfind_any(sentence, "，,。；;", 0, m.start()) + 1
    return not has_cue(_mask_non_modals(sentence[clause_start:m.start()]), "modal")


#: How many of an essay's first sentences :func:`reports_meeting` reads for the meeting it narrates.
MEETING_REPORT_SENTENCES = 3
#: The meeting itself as the speaker of a directive that opens a sentence (``会议要求，``, ``会上强调，``, ``反馈指出，``),
#: or of its view (``会议认为，部分村庄供水设施老化失修…``: the meeting's finding in the report of it; try55): no
#: person, leader or document before the verb (corpus21). Anchored, bounded.
_MEETING_SAID = LazyPattern(r"(?:会议|会上|会议上|反馈|反馈会上|座谈会上)(?:还|也|又|同时|进一步|明确)?"
                           r"(?:指出|强调|要求|提出|明确|认为)[：:，,]")


#: A meeting named as where something was done (``在反馈会上传达了…``, ``在座谈会上``): 在, at most 20 characters of the
#: meeting's name with no clause break, a ``meeting_noun`` ending in 上. Bounded.
_MEETING_AT = LazyPattern(r"在[^，,。；;：:！？!?]{0,20}?会上")


def reports_meeting(sentences: Sequence[str]) -> bool:
    """True when an essay is the report of a meeting: one of its first :data:`MEETING_REPORT_SENTENCES` sentences
    narrates that the meeting was held (a ``meeting_held_verb`` and a ``meeting_noun`` ending its clause, no modal
    before the verb in its clause: ``3月26日，某局组织…召开了…协调会。``, wherever the verb stands, unlike
    :func:`narrates_meeting`), opens with 会上, names the meeting where something was done (``在反馈会上传达了…``) or its first sentence
    opens with the meeting speaking (``会议指出，…``, :data:`_MEETING_SAID`). In such a report what the meeting found and required (``会议要求，
    各单位要…``) is the report's content, not a directive the author quotes (corpus21; the gold rule of Part 7's
    inspection notice and Part 11's meeting news). Linear in the sentences read."""
    for k, sentence in enumerate(list(sentences)[:MEETING_REPORT_SENTENCES]):
        s = sentence.strip().rstrip("。；;！!")  # (the meeting's clause may end the sentence)
        if s.startswith(("会上", "会议上")) or "会上" in s and _MEETING_AT.search(s) or not k and _MEETING_SAID.match(s):
            return True  # (an essay that opens with ``会议指出，…``: the meeting speaks, so the essay reports it; a
            #             later ``会议强调，…`` after other prose may quote a directive: corpus21)
        m = _meeting_held_re().search(s)
        if m is None:
            continue
        clause_start = rfind_any(s, "，,。；;", 0, m.start()) + 1
        if not has_cue(_mask_non_modals(s[clause_start:m.start()]), "modal"):
            return True
    return False


def reports_written_question(sentences: Sequence[str]) -> bool:
    """True when an essay is a council member's written question: one of its sentences (Simplified view) holds the
    question's asking frame (``written_question_frame`` cue group: ``就此，政府可否告知本会：``, ``请问当局``). Linear in
    the sentences read."""
    return any(has_cue(s, "written_question_frame") for s in sentences)


#: A view reported without a speaker that opens a sentence (``有意见认为，``, ``亦有意见认为，``, ``此外，有意见认为，``,
#: ``另有声音指出，``): an optional connective and comma, an optional 亦/也/另/又/还, 有 and an unnamed voice (意见,
#: 声音, 观点, 评论), a verb of holding or saying, a comma or colon. Anchored, bounded.
_UNNAMED_VIEW_SAID = LazyPattern(r"(?:此外|另外|同时|而且)?[，,]?(?:亦|也|另|又|还)?有(?:意见|声音|观点|评论)"
                                r"(?:认为|指出|表示|提出|称)[：:，,]")


def unnamed_view_said_end(sentence: str) -> int:
    """Offset (characters into ``sentence``, Simplified view) just past an opening frame that reports a view without
    a speaker (:data:`_UNNAMED_VIEW_SAID`: ``有意见认为，`` of ``有意见认为，现行罚则阻吓力不足``), or 0. In a council
    member's written question (:func:`reports_written_question`) the member states the question's premise so: the
    problem the view names is the question's challenge, the course it urges its recommendation, where in an essay
    ``有意见认为`` sets another voice against the author's (``news_official``). Constant time."""
    m = _UNNAMED_VIEW_SAID.match(sentence.strip())
    return m.end() + len(sentence) - len(sentence.lstrip()) if m else 0


def meeting_said_end(sentence: str) -> int:
    """Offset (characters into ``sentence``, Simplified view) just past an opening clause in which the meeting itself
    speaks (:data:`_MEETING_SAID`: ``会议要求，`` of ``会议要求，各单位要…``), or 0. Constant time."""
    m = _MEETING_SAID.match(sentence.strip())
    return m.end() + len(sentence) - len(sentence.lstrip()) if m else 0


@lru_cache(maxsize=1)
def _issuance_re() -> re.Pattern[str]:
    """A sentence narrating that a body issued a document (``issuance_verb`` cue group: 印发, 出台 …; then at most 40
    characters with no sentence break, then a ``document_kind`` word: ``联合发布通知``, ``印发《关于…的实施方案》``).
    Bounded, built on first use."""
    return re.compile(rf"(?:{cue_alternation('issuance_verb')})了?[^。；;！？!?]{{0,40}}?"
                      rf"(?:{cue_alternation('document_kind')})")


@lru_cache(maxsize=1)
def _document_said_re() -> re.Pattern[str]:
    """The issued document itself as the speaker that opens a sentence (``通知提出，``, ``方案还要求：``, ``该意见
    明确，``): an optional 该/这份/此, a ``document_kind`` word, an optional adverb, a verb of saying, a comma or
    colon. Anchored, bounded."""
    return re.compile(rf"(?:该|这份|此|这一)?(?:{cue_alternation('document_kind')})(?:还|也|又|同时|进一步|明确)?"
                      r"(?:指出|强调|要求|提出|明确)[：:，,]")


def reports_issuance(sentences: Sequence[str]) -> bool:
    """True when an essay is the news of a document's issue: one of its first :data:`MEETING_REPORT_SENTENCES`
    sentences (Simplified view) narrates that a body issued a notice, an opinion, a plan … (:func:`_issuance_re`:
    ``近日，市应急管理局印发通知，部署…``). In such a report what the document requires (``通知提出，要…``) is the
    report's content, as a meeting report's ``会议要求，…`` is (:func:`reports_meeting`), not a directive the author
    quotes (k119120: Part 119's notice news). Linear in the sentences read."""
    return any(_issuance_re().search(simplified_view(s)) is not None
               for s in list(sentences)[:MEETING_REPORT_SENTENCES])


def document_said_end(sentence: str) -> int:
    """Offset (characters into ``sentence``) just past an opening clause in which the issued document speaks
    (:func:`_document_said_re`: ``通知提出，`` of ``通知提出，要…``), or 0. Constant time."""
    m = _document_said_re().match(simplified_view(sentence.strip()))
    return m.end() + len(sentence) - len(sentence.lstrip()) if m else 0


#: A length the exam prompt sets (``1000-1200字``, ``800字``): digits, then 字. Bounded, linear.
_PROMPT_LENGTH = LazyPattern(r"[0-9０-９]{2,5}[ \t]{0,2}字")


def exam_prompt(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified or Traditional) is a 申论 exam's prompt: it holds a word of the
    ``exam_prompt`` cue group (给定资料, 自拟题目, 为题 …), or the order to write (``exam_prompt_write``: 写一篇) in a
    sentence that also asks the candidate, names the material or the length (``exam_prompt_ask``: 请, 材料, 自拟 …,
    or :data:`_PROMPT_LENGTH`: ``800字``). A plan to write one (``每季度撰写一篇理论文章``) is none (try49). Linear."""
    if has_cue(sentence, "exam_prompt"):
        return True
    return has_cue(sentence, "exam_prompt_write") and (
        has_cue(sentence, "exam_prompt_ask") or _PROMPT_LENGTH.search(sentence) is not None)


@_remembered  # asked several times per sentence; a pure function of it
def is_commentary(sentence: str) -> bool:
    """True for a reviewer's comment on the essay itself (``文章在首段即提出了……总论点``, ``全文结构完整，层次分明``):
    it opens with the essay as its subject (``commentary`` cue group) and speaks of how it is written
    (``commentary_topic``); or the exam question itself (``exam_prompt``: ``请参考给定材料……自拟题目``). Such a
    sentence is neither a challenge nor a recommendation."""
    s = sentence.lstrip()
    lex = lexicon()
    if exam_prompt(s):
        return True  # the exam question (请参考给定材料……自拟题目……)
    return s.startswith(lex.words("commentary")) and has_cue(s[:60], "commentary_topic")


#: Most characters between a report or oversight body and its verb of saying in a relayed finding's frame
#: (``预算中心报告也指出``, ``监察院并指出``: :func:`relayed_finding_frames`).
FINDING_FRAME_GAP_CHARS = 8


@lru_cache(maxsize=1)
def _relayed_finding_re() -> re.Pattern[str]:
    """A report or an oversight body (``finding_body`` cue group: 报告, 监察院, 预算中心, 审计署 …), at most
    :data:`FINDING_FRAME_GAP_CHARS` characters of one clause, then a verb of saying (``finding_saying_verb``: 指出,
    提到, 认为 …). Bounded gap: linear."""
    body = cue_alternation("finding_body") or "(?!)"
    verb = cue_alternation("finding_saying_verb") or "(?!)"
    return re.compile(f"(?:{body})[^，,。；;：:！？!?\n]{{0,{FINDING_FRAME_GAP_CHARS}}}?(?:{verb})")


def relayed_finding_frames(text: str) -> list[tuple[int, int]]:
    """Spans (offsets into ``text``, Simplified view) of the frames that relay a report's or an oversight body's
    findings (:func:`_relayed_finding_re`: ``报告指出``, ``预算中心报告也提到``, ``监察院并指出``): what follows them is
    the finding, which a news item or a correction states as the document's problem (issue 8, Part 59: 3020's
    relayed budget-center findings, 3032's and 3051's Control Yuan corrections), not another party's words. Linear."""
    if not has_cue(text, "finding_body"):
        return []
    return [m.span() for m in _relayed_finding_re().finditer(text)]


@_remembered  # asked several times per sentence; a pure function of it
def excludes_prose(text: str) -> bool:
    """True when ``text`` holds a word of the ``prose_exclude`` cue group (本文, 指出, 强调, 取得了 …: text about the
    text, reported words, praise of what was achieved) that is not part of a ``prose_exclude_lookalike`` word (一味强调,
    片面强调: an over-emphasis the author criticises, no report) nor of a frame that relays a report's findings
    (:func:`relayed_finding_frames`: 报告指出，A: the finding is the document's). Linear in ``len(text)``."""
    if not has_cue(text, "prose_exclude"):
        return False
    if has_cue(text, "prose_exclude_lookalike"):
        for w in lexicon().words("prose_exclude_lookalike"):
            text = text.replace(w, " " * len(w))
    frames = relayed_finding_frames(text)
    if frames:
        text = "".join(text[b:a] if k % 2 == 0 else " " * (a - b)
                       for k, (b, a) in enumerate(_alternate_spans(frames, len(text))))
    return has_cue(text, "prose_exclude")


def _alternate_spans(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """``spans`` (sorted, disjoint, inside ``[0, n]``) with the gaps around them: gap, span, gap, …, gap."""
    out, at = [], 0
    for a, b in spans:
        out += [(at, a), (a, b)]
        at = b
    out.append((at, n))
    return out


@_remembered  # asked several times per sentence; a pure function of it
def _mask_non_modals(text: str) -> str:
    """``text`` with the words that contain a modal character without being a modal (响应, 适应, 供应, 重要, 适宜: the
    ``modal_exclusion`` group) blanked with spaces, same length (offsets keep their meaning); a word of the
    ``modal_exclusion_keep`` group (理应有, 更应有: a modal over 有) not followed by 的 or 之 is left as it is."""
    if not has_cue(text, "modal_exclusion"):
        return text  # (one scan for the whole group: most texts hold none of its words)
    original = text
    for w in words_present(text, "modal_exclusion"):  # (the group's words in its order, those in the text: speed23)
        text = text.replace(w, " " * len(w))
    if has_cue(original, "modal_exclusion_keep"):
        # (我们理应有自身的追求, 政府更应有担当: a modal over 有, no 应有 "due" of 应有的责任; Part 65's 3382)
        pieces, at = [], 0
        for m in cue_pattern("modal_exclusion_keep").finditer(original):
            if original[m.end():m.end() + 1] not in ("的", "之"):  # (理应有的尊重: 应有 "due" still)
                pieces += [text[at:m.start()], m.group()]
                at = m.end()
        text = "".join(pieces) + text[at:]  # (one splice per kept word, joined once: linear)
    return text


@lru_cache(maxsize=None)
def _word_starts(group: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A zero-width pattern that captures, at each position, the longest word of the cue group ``group`` that opens
    there, and each word's prefixes that are words of the group (itself included), in the group's order."""
    words = lexicon().words(group)
    order = {w: i for i, w in enumerate(words)}
    prefixes = {w: tuple(sorted((w[:k] for k in range(1, len(w) + 1) if w[:k] in order), key=order.__getitem__))
                for w in words}
    first = "".join(sorted({w[0] for w in words}))
    return re.compile(f"(?=[{re.escape(first)}])(?=({word_trie_alternation(words)}))" if words else "(?!)"), prefixes


def _present_words(text: str, group: str) -> set[str]:
    """The set of the words of the cue group ``group`` that occur in ``text`` (overlapping occurrences included): at
    each position :func:`_word_starts` captures the longest word that opens there, whose prefixes in the group are
    every word opening there. One scan, linear in the text."""
    pattern, prefixes = _word_starts(group)
    found: set[str] = set()
    for m in pattern.finditer(text):  # (not findall: its list holds every occurrence of a long text at once)
        found.update(prefixes[m.group(1)])
    return found


def words_present(text: str, group: str) -> list[str]:
    """The words of the cue group ``group`` that occur in ``text`` (overlapping occurrences included), in the group's
    order (longest first): what ``[w for w in words if w in text]`` gives, in one scan of ``text`` instead of one
    per word (every word that occurs opens where the longest word opening there does, and is a prefix of it).
    Blanking these words in this order with spaces is blanking every word of the group so, as no word holds a
    space: a word absent from the text cannot appear once others are blanked (speed23). Linear in the text."""
    found = _present_words(text, group)
    order = lexicon().words(group)
    return [w for w in order if w in found] if len(found) > 8 else sorted(found, key=order.index)


@_remembered  # asked of each clause with modal_strength by points._states_measure (speed40)
def strong_modal(text: str) -> bool:
    """True when a clause of ``text`` carries a strong modal of recommendation (应/应该/必须/建议…, the
    ``strong_modal`` cue group), the way an author states a measure inside an argument."""
    lex = lexicon()
    if text.lstrip().startswith(lex.words("example")):
        return False  # an example narrates what someone did or should have done elsewhere
    return has_cue(_mask_non_modals(text), "strong_modal")


#: Most characters between a topic frame (``topic_frame``: 围绕, 就) and its topic noun, and between a verb of
#: attention (``topic_attention``) and the topic noun that ends the point (:func:`narrates_topics`).
TOPIC_SPAN_CHARS = 40
#: Most characters between the topic noun and the act of discussion after it (``…等问题上提出了相关建议``).
TOPIC_ACT_CHARS = 8
#: Most characters of a meeting's agenda between its verb (聚焦, 围绕) and ``等`` (:func:`topic_narration_start`).
AGENDA_SPAN_CHARS = 80


@lru_cache(maxsize=1)
def _topic_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The four shapes of :func:`narrates_topics`: a verb of attention then a topic noun that ends the text; a
    topic frame, its topics, a topic noun and an act of discussion after it; a discussion said to centre on its
    topics (``议题围绕在…等问题上``); a meeting's agenda (an ``agenda_meeting`` noun, then 研究了/讨论了/审议了, or
    聚焦/围绕 and within :data:`AGENDA_SPAN_CHARS` characters ``等`` and a topic noun, 工作 or 事项: ``会议聚焦…等问题``,
    ``会议还研究了…``). Bounded gaps, no sentence mark inside."""
    noun = cue_alternation("topic_noun")
    attention = re.compile(r"(?:%s)(?P<gap>[^，,。；;！？!?]{0,%d}?)(?:%s)\s*$" % (
        cue_alternation("topic_attention"), TOPIC_SPAN_CHARS, noun))
    discussion = re.compile(r"(?:%s)[^。；;！？!?「」“”]{0,%d}?(?:%s)上?[^，,。；;！？!?]{0,%d}?(?:提出|进行|進行|展开|展開)"
                            r"了?[^，,。；;！？!?]{0,4}?(?:%s)" % (
                                cue_alternation("topic_frame"), TOPIC_SPAN_CHARS, noun, TOPIC_ACT_CHARS,
                                cue_alternation("topic_discussion")))
    # (上半场质询议题围绕在民生、交通等问题上: a discussion's topics said to centre on areas, a report's summary)
    centred = re.compile(r"(?:议题|議題|质询|質詢|讨论|討論)[^，,。；;！？!?]{0,4}?(?:围绕|圍繞)在?[^，,。；;！？!?]{0,%d}?"
                         r"(?:%s)上" % (TOPIC_SPAN_CHARS, noun))
    # (会议聚焦企业关心的融资成本、用工短缺等问题; 会议还研究了关于…若干措施、…等工作: a meeting's agenda, its topics
    # named as business, no problem or measure stated; k147148, Part 148's 8396 and 8381)
    agenda = re.compile(r"(?:%s)(?:上|中)?(?:还|還|也|重点|重點|主要|专门|專門|集中)?(?:(?:研究|讨论|討論|审议|審議)了"
                        r"|(?:聚焦|围绕|圍繞)[^。；;！？!?「」“”]{0,%d}?等(?:%s|工作|事项|事項))" % (
                            cue_alternation("agenda_meeting"), AGENDA_SPAN_CHARS, noun))
    return attention, discussion, centred, agenda


def narrates_topics(point: str) -> bool:
    """Whether ``point`` narrates topics (:func:`topic_narration_start` is not ``None``)."""
    return topic_narration_start(point) is not None


def topic_narration_start(point: str) -> int | None:
    """Where (an offset into ``point``, a point's text) a narration of the topics someone cares about or discussed
    opens, naming them without stating a problem or proposing a measure; ``None`` for none. Three shapes: a topic
    noun that ends the point after a verb of attention (``议员关心设置停车场、标线等议题``, ``她最为关注的是偏远地区
    学生的乘车问题``), a topic frame and the discussion reported after its topics (``委员们围绕农村养老问题展开深入
    讨论``, ``就如何改善老旧小区环境等问题提出建议``), a discussion said to centre on areas (``质询议题围绕在治安、
    环卫等问题上``). None when too little attention is the problem stated (``得不到关注的问题``, ``关注度低``:
    :data:`_TOPIC_GAP_DEFICIT`), when a modal or a wish before it asks for the attention (``要高度关注饮水安全问题``:
    :func:`strong_modal`, ``modal``) or when the topics are quoted statements (``针对「午餐菜色单调」等议题提出质询``:
    the quotes state the problems). A meeting report's or a member's narration (prec39: 15 wrong points of all seen
    files, none right). One of three readers of a narrated discussion, each kept for its own use: this one gives an
    offset, so ``points`` keeps a problem stated before the narration (``…欠缺规划，某某将持续关心上述议题``);
    :func:`narrates_discussion` (here) drops a whole point that ends with the discussion of named problem nouns, the
    model's points too (:func:`frames_work_or_study`); :func:`summarizer.points.narrates_discussion` drops a would-be
    challenge whose topic names problems only by a referring modifier (``就相关问题作了发言``). Their cue words and
    spans differ; merging them changes outputs. Linear: bounded gaps after each cue word."""
    attention, discussion, centred, agenda = _topic_patterns()
    m = attention.search(point) or discussion.search(point) or centred.search(point) or agenda.search(point)
    if m is None:
        return None
    if m.re is attention and (_TOPIC_GAP_DEFICIT.search(m.group("gap"))
                              or _TOPIC_GAP_DEFICIT.search(point, max(0, m.start() - TOPIC_DEFICIT_BEFORE), m.start())):
        return None  # (留守儿童长期得不到关注的问题, 关注度低的问题: too little attention is the problem stated)
    before = point[:m.start()]
    if strong_modal(before) or has_cue(before, "modal") or "希望" in before:
        return None
    return m.start()


#: Characters before a verb of attention read for a deficit (``得不到关注``, ``缺乏关注``).
TOPIC_DEFICIT_BEFORE = 3
#: A deficit between a verb of attention and its topic noun (``关注不够的问题``, ``关注度低``): the point states the lack
#: of attention as its problem (:func:`narrates_topics`).
_TOPIC_GAP_DEFICIT = LazyPattern(r"[不没沒缺少低弱欠未无無]|度")


#: Most characters between a verb of a role (``role_verb``) and the role noun that ends the point
#: (:func:`claims_role`), and between a need (``joint_need``) and the joint effort that ends it
#: (:func:`calls_joint_effort`).
ROLE_SPAN_CHARS = 24
JOINT_SPAN_CHARS = 40


@lru_cache(maxsize=1)
def _role_and_joint_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ends of :func:`claims_role` (a verb of a role, at most :data:`ROLE_SPAN_CHARS` characters with no clause
    mark, the role noun) and :func:`calls_joint_effort` (a need, at most :data:`JOINT_SPAN_CHARS` characters with no
    sentence mark, a joint effort, optionally 解决). Anchored at the end, bounded gaps."""
    role = re.compile(r"(?:%s)了?[^，,；;。！？!?]{0,%d}(?:%s)\s*$" % (
        cue_alternation("role_verb"), ROLE_SPAN_CHARS, cue_alternation("role_noun")))
    # (the need is no noun's last character: 扩大内需，推动消费和投资协同发力 names a measure, left44b's 协同发力 ending)
    joint = re.compile(r"(?<![内內必所军軍])(?:%s)[^。；;！？!?]{0,%d}?(?:%s)(?:解决|解決)?\s*$" % (
        cue_alternation("joint_need"), JOINT_SPAN_CHARS, cue_alternation("joint_effort_end")))
    return role, joint


def claims_role(point: str) -> bool:
    """Whether ``point`` (a challenge point's text) ends by crediting something with a role (``组屋政策却起到了调节
    作用``, ``对改善退休保障有一定作用``, ``在阶段性任务中发挥重要作用``): its last clause ends on a role noun
    (``role_noun``) after a verb of a role (``role_verb``) and holds no denial or harm (``role_denial``: ``未能起到首诊
    分流作用``, ``无法发挥应有的作用``, ``消极损害作用`` state problems). A role played is no problem (prec39: 8 wrong
    points of all seen files, none right). Linear: one anchored pattern with a bounded gap, one cue scan."""
    m = _role_and_joint_patterns()[0].search(point)
    if m is None:
        return False
    clause = rfind_any(point, "，,；;", 0, m.start()) + 1
    return not has_cue(point[clause:], "role_denial")


def calls_joint_effort(point: str) -> bool:
    """Whether ``point`` (a recommendation point's text) only calls for a joint effort of actors it names
    (``需要政府、社会、学校、家庭等多个方面的共同努力``, ``离不开各方的共同参与``): it ends on a joint effort
    (``joint_effort_end``; not the wider ``joint_effort``: ``需要党政部门联动、齐抓共管`` names how to act) after a
    need (``joint_need``), at most :data:`JOINT_SPAN_CHARS` characters before. Who should act, no act proposed
    (prec39: 5 wrong points of all seen files against 1 right). Linear: one anchored pattern."""
    return _role_and_joint_patterns()[1].search(point) is not None


#: Characters after a recommendation point read for the verdict of a short sentence that rejects it (``有人建议A。这种
#:做法不可取。``): :func:`rejects_reported_proposal`.
REJECTION_AFTER_CHARS = 24
#: Characters at a point's start within which its reported proposer opens (after a connective or a mark).
PROPOSER_OPEN_CHARS = 4
_REJECTION_NEXT_END = LazyPattern(r"[。！!？?\n]")
#: Most characters before a point within which the sentence that reports a proposal opens (:func:`rejects_reported_proposal`).
PROPOSER_BACK_CHARS = 12
#: Marks after which a sentence (or a clause list's item) opens, read back from a point for its proposer.
_PROPOSER_SENTENCE_ENDS = ("。", "！", "!", "？", "?", "\n", "；", ";")


def rejects_reported_proposal(text: str, start: int, end: int) -> bool:
    """Whether the recommendation point ``text[start:end]`` (offsets into the essay's cleaned ``text``) is a proposal
    the author reports from another voice and rejects: it opens, within :data:`PROPOSER_OPEN_CHARS` characters, with
    a ``reported_proposer`` (``有人建议…``, ``也有观点认为应当…``, ``有专家提出…``) and a ``rejection_verdict`` of
    ``resources/cues.txt`` closes it (``…，这种做法不可取``, ``…，笔者不敢苟同``, ``…的建议值得商榷``) or the sentence
    after it, when that sentence ends within :data:`REJECTION_AFTER_CHARS` characters (``…。此举并不可取。``). The
    rejected proposal is no measure of the author's. The proposer may stand before the point too, opening its sentence
    at most :data:`PROPOSER_BACK_CHARS` characters before it (``有人建议全面取消…，这种做法不可取``, the point cut after
    ``建议``; fix40c). Bounded: the point and fixed windows before and after it."""
    found = cue_pattern("reported_proposer")
    proposer = found.search(text, start, start + PROPOSER_OPEN_CHARS + 3)
    if proposer is None or proposer.start() > start + PROPOSER_OPEN_CHARS:
        back = max(0, start - PROPOSER_BACK_CHARS)
        opening = max(back, *(text.rfind(c, back, start) + 1 for c in _PROPOSER_SENTENCE_ENDS))
        proposer = found.search(text, opening, min(start, opening + PROPOSER_OPEN_CHARS + 3))
        if proposer is None or proposer.start() > opening + PROPOSER_OPEN_CHARS or opening >= start:
            return False
    verdict = cue_pattern("rejection_verdict")
    if verdict.search(text, max(start, proposer.end()), end):
        return True
    after = text[end:end + REJECTION_AFTER_CHARS + 1]
    k = 1 if after[:1] in ("。", "；", ";", "，", ",") else 0
    stop = _REJECTION_NEXT_END.search(after, k)
    return stop is not None and verdict.search(after, k, stop.start()) is not None


#: Most characters between 的 and the task noun that ends a point (:func:`names_task`: ``的一项重大任务``).
TASK_MODIFIER_CHARS = 8


@lru_cache(maxsize=1)
def _task_end() -> re.Pattern[str]:
    """的, at most :data:`TASK_MODIFIER_CHARS` characters with no clause mark, a ``weighed_task_noun`` at the end."""
    return re.compile(r"的[^，,；;。！？!?]{0,%d}(?:%s)\s*$" % (TASK_MODIFIER_CHARS,
                                                          cue_alternation("weighed_task_noun")))


def names_task(point: str) -> bool:
    """Whether ``point`` (a challenge point's text) ends by naming a task (``weighed_task_noun`` after 的 and at most
    :data:`TASK_MODIFIER_CHARS` characters: ``减轻基层负担是一项重要的任务``, ``已成为…亟待解决的重要任务``, ``将面临
    …的艰巨任务``): it weighs what must be done, it states no problem of its own (prec39: 5 wrong points of all seen
    files, none right; ``落实任务`` names no task so). Not when its last clause denies or doubts (``role_denial``:
    ``难以应对日益繁重的服务任务`` states a problem). Linear: one pattern anchored at the end, a bounded gap."""
    m = _task_end().search(point)
    if m is None:
        return False
    clause = rfind_any(point, "，,；;", 0, m.start()) + 1
    return not has_cue(point[clause:], "role_denial")  # (难以应对日益繁重的服务任务: a task beyond reach, a problem)


#: A web page's button named after a click (``点击“我要留言”``) or a site's address (``www.example.cn``): what a page
#: tells its visitor (:func:`reads_page_instruction`).
_PAGE_CLICK_OR_SITE = LazyPattern(r"(?:点击|點擊)[“「\"『]|www\.[A-Za-z0-9-]{1,63}\.[A-Za-z]{2,}")


def reads_page_instruction(point: str) -> bool:
    """Whether ``point`` (a point's text) holds a web page's instruction to its visitor or its site's furniture: a
    word of ``web_page_instruction`` (``扫描下方“二维码”``, ``下载本文档``, ``继续免费阅读``), a button named after a
    click (``点击“我要留言”``) or a site's address (``www.…``). The page speaks, the essay states no problem and
    proposes nothing (prec39: 5 wrong points of all seen files, none right; no gold point holds one). Linear: one
    cue scan, one pattern with bounded repeats."""
    return has_cue(point, "web_page_instruction") or _PAGE_CLICK_OR_SITE.search(point) is not None


#: Fewest characters of the subject before a "still needs" modal and of each side of a 多…少 pair.
SHORTFALL_SUBJECT_CHARS = 3
#: Where the sides of a 多…少 pair split: a comma or a semicolon, full or half width, or a line break.
_PAIR_SPLIT = LazyPattern(r"[，,；;\n]")


_SHORTFALL_END_GROUPS = ("awaiting_adverb", "awaiting_modal", "further_adverb", "awaiting_verb")


@lru_cache(maxsize=None)
def _shortfall_end_re() -> re.Pattern[str]:
    """The end of a clause that states work still to be done (:func:`shortfall_end`): an optional adverb of "still"
    (``awaiting_adverb``, group ``still``), a word of need (``awaiting_modal``, group ``modal``), optionally an adverb
    of ``further_adverb`` (进一步, 继续 …), then a verb of improvement (``awaiting_verb``, group ``verb``) that ends
    the clause. Anchored at the end of the clause: one bounded attempt per position, linear."""
    def alt(group: str) -> str:
        return cue_pattern(group).pattern
    return re.compile(f"(?P<still>{alt('awaiting_adverb')})?(?P<modal>{alt('awaiting_modal')})"
                      f"(?:{alt('further_adverb')})?(?P<verb>{alt('awaiting_verb')})$")


@lru_cache(maxsize=None)
def _shortfall_end_chars() -> int:
    """Most characters a match of :func:`_shortfall_end_re` spans (the longest word of each of its groups)."""
    return sum(max(map(len, lexicon().words(g)), default=0) for g in _SHORTFALL_END_GROUPS)


def shortfall_end(clause: str) -> re.Match[str] | None:
    """The match of a "still needs improving" ending of ``clause`` (one clause, no end punctuation): an optional
    adverb of "still", a word of need, an optional 进一步/继续 …, and a verb of improvement with no object after it
    (``服务质量还亟待加强``, ``法治素养仍需进一步提高``, ``业务水平有待提升``; :func:`_shortfall_end_re`, groups
    ``still`` (None when absent), ``modal`` and ``verb``); None when the clause does not end so. ``match.start()`` is
    the length (characters) of the subject before it. The one definition read by :func:`states_shortfall` (item
    headings) and :func:`awaits_improvement` (points), each with its own conditions on top. O(1): only the clause's
    last :func:`_shortfall_end_chars` characters are searched."""
    return _shortfall_end_re().search(clause, max(0, len(clause) - _shortfall_end_chars()))


@_remembered_any_length
def states_shortfall(text: str) -> bool:
    """True when a clause of ``text`` (Simplified view; clauses split at commas and semicolons) states a shortfall of
    its subject without a deficiency predicate, as reports' problem items do:

    * the clause *ends* in work still to be done (:func:`shortfall_end`: a word of need, an optional adverb such as
      进一步, and a verb of improvement) after a subject of at least :data:`SHORTFALL_SUBJECT_CHARS` characters, the
      need either after an adverb of "still" or a word that states a need alone (``shortfall_modal`` cue group: 需,
      有待 …; 要 alone prescribes) (``村庄规划覆盖率需进一步提升``, ``便民措施仍需进一步落实``, ``业务水平有待提升``);
      a clause that *opens* with the verb (``需进一步加强监管``) prescribes and is not read;
    * two clauses weigh too much of one thing against too little of another (``听取汇报多，深入基层少``: the
      三多三少 of a self-criticism), each of at least :data:`SHORTFALL_SUBJECT_CHARS` characters.

    Linear in ``len(text)``: one split, one end-anchored match of bounded length per clause."""
    body = text.strip().rstrip("。！？!?…")
    alone = lexicon().words("shortfall_modal")
    for c in _CLAUSE_SPLIT.split(body):
        c = c.strip()
        m = shortfall_end(c)
        if (m and m.start() >= SHORTFALL_SUBJECT_CHARS and (m.group("still") or m.group("modal") in alone)
                and not starts_imperative(c)):
            return True
    previous = ""
    for c in _PAIR_SPLIT.split(body):  # (a 多…少 pair's sides may hold a 、 list: 思考给县委、政府当参谋少)
        c = c.strip()
        if (len(previous) >= SHORTFALL_SUBJECT_CHARS and len(c) >= SHORTFALL_SUBJECT_CHARS
                and previous.endswith("多") and c.endswith("少")):
            return True
        previous = c
    return False


#: Item headings whose vote (:func:`item_vote`) is remembered: the aspects stage and the points stage each ask about
#: every heading of an essay, a whole essay apart, so the memo holds more headings than a 100,000-character document
#: can have lines of them (a smaller one, filled in order, would drop each before the second question); bounded.
_HEADING_MEMO_SIZE = 32768


#: The writer's opinion frame opening a lead or a heading (``我觉得``, ``笔者认为，``, ``个人以为``): what follows is read
#: as the heading (:func:`item_vote`; fix42b). Anchored, bounded.
_OPINION_FRAME = LazyPattern(r"[ \t\u3000]{0,2}(?:我|笔者|本人|个人)(?:觉得|认为|以为)[，,]?[ \t\u3000]{0,2}")


@lru_cache(maxsize=_HEADING_MEMO_SIZE)  # a pure function of the heading
def item_vote(heading: str) -> str | None:
    """The aspect an item's own heading suggests when its list has no section heading or lead-in (a shortfall that
    :func:`states_shortfall` reads counts as a shortcoming predicate; a harm that a verb of the heading lowers,
    :func:`_remedied_object_re`, counts as none; a heading that opens with a request to an authority,
    :func:`opens_with_request`, is a recommendation whatever problem it names; the writer's opinion frame that opens
    it, ``我觉得``, is read past: :data:`_OPINION_FRAME`)."""
    opinion = _OPINION_FRAME.match(heading)
    if opinion is not None and len(heading) - opinion.end() >= 4:
        heading = heading[opinion.end():]  # 我觉得要解决这个问题：: the writer's opinion frame, then the lead (fix42b)
    if reports_rectification(heading):
        return None  # 三、审计查出问题的整改情况: a report of the problems put right, no problem stated (try49)
    if hardship_head(heading):
        return CHALLENGE  # 征地拆迁难，主要是补偿标准低 (trialfix20b)
    if opens_with_request(heading):
        # 要求运输署于…增设过路灯号, 促请房署加强监察…高空掷物问题: a motion's title asks an authority to act; the
        # problem it names is what the action removes (council31, Part 47's agenda lists)
        return RECOMMENDATION
    if names_subject_as_cause(heading):
        return CHALLENGE  # 首先，考核机制的单一化是主要诱因: the subject named a cause, whatever verb-like noun (考核) opens it (k9192)
    imperative = starts_imperative(heading)
    if not imperative and declining_subject(heading):
        return CHALLENGE  # 二、补贴退坡冲击: a governance noun that declines, a shortfall (Part 77's 4124)
    # (a harm named as what a remedy verb inside the heading removes, 以健康风险评估及早减低患病风险, 复康服务减慢慢性病
    # 恶化: a service that lowers it, no shortcoming; weak22)
    said = _remedied_object_re().sub(_blanked, heading) if cue_pattern("harm_lowering_verb").search(heading) else heading
    # (a heading that asserts a problem exists, 监管存在盲区, 服务存在漏洞, states it whatever verb-like noun opens it:
    # its subject is no imperative; not one that removes it or prescribes, 解决存在问题, 要正视存在问题; fix37)
    exists = states_existence(said) and not any(has_cue(said, g) for g in ("remedy", "solution_verb", "modal"))
    weak = challenge_strength(said) or states_shortfall(said) or exists
    if imperative and exists:
        return CHALLENGE
    if imperative and not weak:
        return RECOMMENDATION
    if weak and not imperative:
        return CHALLENGE
    return None


def declining_subject(heading: str) -> bool:
    """Whether ``heading`` (a heading, characters) opens, past its list numbering, with a word of the ``imperative``
    cue group used as a noun (补贴, 投入) that a ``resource_shrink_verb`` word (退坡, 减少, 下滑 …) follows right away:
    ``补贴退坡冲击``, ``投入减少``: the subject of a decline, a shortfall, not an act. Bounded: the words that open it."""
    c = heading[_HEADING_NUMBERING.match(heading).end():].lstrip()
    return any(c.startswith(lexicon().words("resource_shrink_verb"), len(v))
               for v in _by_first_char(lexicon().words("imperative")).get(c[:1], ()) if c.startswith(v))


#: Most characters between a remedy verb inside a heading and the harm it removes (``减低 | 患病 | 风险``).
REMEDIED_OBJECT_CHARS = 8


@lru_cache(maxsize=1)
def _remedied_object_re() -> re.Pattern[str]:
    """A ``harm_lowering_verb`` cue word (not negated or judged hard before it: 未减少, 没有降低, 难以缓解; not negated after
    it: 减少不了, nor a cut done, 减少了投入) and, within :data:`REMEDIED_OBJECT_CHARS` characters of no clause mark
    and no verb of consequence (减少投入导致资金不足 states the shortage it caused), a ``challenge_predicate``
    word: the harm a measure or a service removes (``及早减低患病风险``, ``减慢慢性病恶化``), blanked by
    :func:`item_vote`. Bounded gap, literal alternations: linear (weak22)."""
    negations = "".join(f"(?<!{w})" for w in ("没有", "尚未", "未能", "没能", "不能", "无法", "难以", "不会", "不去", "不再"))
    return re.compile(rf"(?<![不没未难无]){negations}(?:{cue_alternation('harm_lowering_verb')})(?!不|了|得了)"
                      rf"(?:(?!导致|造成|致使|使得|以致|令|让)[^，,。；;：:！？!?\n]){{0,{REMEDIED_OBJECT_CHARS}}}?"
                      rf"(?:{cue_alternation('challenge_predicate')})")


#: Most characters of what is hard before the 难 of a hardship head (:data:`_HARDSHIP_HEAD`).
HARDSHIP_HEAD_CHARS = 12
#: A clause that says a task is hard (…难) and a clause right after it that gives its cause (主要是, 原因是):
#: ``征地拆迁难，主要是补偿标准低``, ``维护社会稳定难，主要是历史欠债多``; an ordinal (一是) may open it. Anchored, bounded.
_HARDSHIP_HEAD = LazyPattern(r"(?:[一二三四五六七八九十]是)?[^，,。；;：:！？!?难]{2,%d}难[，,]\s{0,2}"
                            r"(?:主要是|主要因为|主要原因是|原因是|主要在于|在于|根源在于)" % HARDSHIP_HEAD_CHARS)


def hardship_head(heading: str) -> bool:
    """True when ``heading`` (Simplified view) opens by saying a task is hard and goes on with its cause
    (:data:`_HARDSHIP_HEAD`: ``一是征地拆迁难，主要是补偿标准低``): a problem, whatever imperative verb opens the task
    (维护, 推进; trialfix20b). Bounded: one anchored match."""
    return _HARDSHIP_HEAD.match(heading.strip()) is not None


@_remembered  # asked of every item heading of a run, then again of its siblings' (speed42); a pure function of it
def _modal_vote(heading: str) -> str | None:
    """The vote of an item heading that prescribes after its subject (``乡村建筑必须体现现代性``, ``建设时宜发挥…``:
    :func:`_actor_modal`) and states no shortcoming: recommendation; else None. Read only where :func:`item_vote`
    gives none, in the vote of a run under no section or lead-in. A label that ends with its noun (``第一建议``) names
    a proposal and votes none."""
    clause = re.split(r"[，,；;：:。！？!?]", heading.strip(), maxsplit=1)[0]
    m = cue_pattern("strong_modal").search(_mask_non_modals(clause))
    return RECOMMENDATION if (_actor_modal(heading) and m is not None and len(clause) - m.end() >= 2
                              and not challenge_strength(heading)) else None


@_remembered  # asked of every heading of a run by _carried_modal_votes (speed42); a pure function of it
def _modal_actor(heading: str) -> str | None:
    """The actor before the strong modal of ``heading``'s first clause (``政府`` of ``政府大可在短期内将…``: at least two
    characters, :func:`_actor_modal`), or None."""
    clause = re.split(r"[，,；;：:。！？!?]", heading.strip(), maxsplit=1)[0]
    if not _actor_modal(heading):
        return None
    m = cue_pattern("strong_modal").search(_mask_non_modals(clause))
    return clause[:m.start()] if m is not None else None


def _carried_modal_votes(heads: list[str], votes: list[str | None]) -> list[str | None]:
    """``votes`` (one per item heading of a run under no section or lead-in, :func:`item_vote` or
    :func:`_modal_vote`) with the modal of a prescribing item carried over to its parallel siblings (trialfix20): an
    item whose first clause opens with the same actor as an item that votes recommendation by its actor and modal
    (``一是政府大可在短期内将…；二是政府改变大屋邨的做法，…官地闲置几十年``: 政府), then goes on with no modal and states
    no shortcoming in that clause, prescribes too; the shortcoming after it is what the measure answers. Linear in
    the headings (each first clause read once)."""
    actors = {a for h, v in zip(heads, votes) if v == RECOMMENDATION and (a := _modal_actor(h))}
    if not actors:
        return votes
    out = list(votes)
    for k, (h, v) in enumerate(zip(heads, votes)):
        if v == RECOMMENDATION:
            continue
        clause = re.split(r"[，,；;：:。！？!?]", h.strip(), maxsplit=1)[0]
        actor = next((a for a in actors if clause.startswith(a)), None)
        rest = clause[len(actor):] if actor else ""
        if actor and len(rest) >= 2 and not challenge_strength(clause) and not states_shortfall(clause) and \
                not has_cue(rest[:2], "modal"):
            out[k] = RECOMMENDATION
    return out


#: Fewest characters after the opening modal of a demand item (``要`` then ``备足抢险物资``) for the modal to carry.
OPENING_MODAL_REST_CHARS = 2


def _opening_modal(clause: str) -> str | None:
    """The longest word of the ``modal`` cue group that ``clause`` (an item's first clause, stripped, its ordinal
    already cut: ``要备足抢险物资`` of ``三是要备足抢险物资，…``) opens with, when at least
    :data:`OPENING_MODAL_REST_CHARS` Han characters follow it and the opening is no word that only holds a modal
    character (``modal_exclusion`` group: 应对, 应用); else None. Constant time (one ``startswith`` per word)."""
    if _mask_non_modals(clause[:4])[:1].isspace():
        return None
    # (the words that open with its first character, longest first as the group's: the first that opens it is the
    # longest; perf52, one look-up instead of a test of every modal word)
    m = next((w for w in _by_first_char(lexicon().words("modal")).get(clause[:1], ()) if clause.startswith(w)), None)
    if m is None:
        return None
    rest = clause[len(m):len(m) + OPENING_MODAL_REST_CHARS]
    return m if len(rest) == OPENING_MODAL_REST_CHARS and all("\u4e00" <= ch <= "\u9fff" for ch in rest) else None


def _shared_modal_votes(heads: list[str], votes: list[str | None]) -> list[str | None]:
    """``votes`` (one per item heading of a run under no section or lead-in) with the opening modal of a leader's
    demand list carried over its parallel items (Part 58: ``要求一是要逐段排查…；二是要落实…责任人；三是要备足…``): an
    item whose first clause opens with a modal (:func:`_opening_modal`: 要, 应, 必须) that an item voting
    recommendation opens with too, and states no shortcoming in that clause, demands as that item does, whatever its
    verb (排查, 备足 need not be in the vocabulary). Linear in the headings (each first clause read once)."""
    clauses = [re.split(r"[，,；;：:。！？!?]", h.strip(), maxsplit=1)[0] for h in heads]
    modals = [_opening_modal(c) for c in clauses]
    shared = {m for m, v in zip(modals, votes) if m is not None and v == RECOMMENDATION}
    if not shared:
        return votes
    return [RECOMMENDATION if v is None and m in shared and not challenge_strength(c) and not states_shortfall(c)
            else v for c, m, v in zip(clauses, modals, votes)]


def announces_list(lead: str) -> bool:
    """True when ``lead`` (the text just before a list) announces it: it ends in a colon, names the list
    (以下、如下、几点、三方面…), or turns to solving a problem (解决这个问题，…)."""
    s = lead.strip()
    if not s:
        return False
    if ends_as_lead_in(s) or has_cue(s, "lead_in"):
        return True
    return s.startswith(lexicon().words("solution_verb")) and has_cue(s, "solution_object")


#: A speaker's view frame opening a lead-in (``专家认为，``, ``有学者指出，``): a short subject, a verb of stating a
#: view and its comma. Anchored, bounded.
_SPEAKER_VIEW_FRAME = LazyPattern(r"[^，,。：:；;！？!?\n]{1,12}?(?:认为|指出|表示|强调|坦言)[，,]")


def lead_in_aspect(sentence: str, *, announce: bool = True) -> str | None:
    """Aspect announced by a lead-in sentence (``存在如下问题：``, ``建议如下：``), or None.

    A list that the author only reports (``报告有以下建议：``, ``《通知》提出了以下措施：``) is :data:`OTHER`: other
    people's proposals are neither challenges nor recommendations of the essay; but a council member's or a deputy's
    (``proposing_person`` cue group: ``委员们提出了具体整改建议：一是…``) are recommendations, as a report lists them
    (kinds31). A sentence that ends by announcing
    that problems exist without naming them (:func:`announces_problems`: ``…但也暴露出一些亟待解决的问题。``) is a
    lead-in of challenges (with ``announce``: of a list right after it; such a sentence opens no region of prose,
    see :func:`opener_aspect`); one that announces the year's tasks (:func:`announces_tasks`: ``今年主要做好以下几方面
    工作。``) a lead-in of recommendations, as is one whose problem noun is the object of a verb of solving followed by a
    modal (:func:`_transition_aspect`: ``破解这些难题，要做到：``) and a bare announcement that prescribes with a strong
    modal, names no aspect and an action after its announcement (:func:`announces_list_only`, ``lead_in_action`` cue
    group: ``对此，应当从以下几方面着手：``); a proposal verb or a count of proposals before a comma announces
    recommendations as a colon would (:data:`_PROPOSAL_COMMA_TAIL`: ``王芳代表建议，一是…``). Shortcomings announced
    of research (``research_subject`` cue group:
    ``已有研究存在以下不足：``, ``这些研究路径存在一定的不足：``) are a literature review's: :data:`OTHER`. The writer's
    opinion frame that opens it (:data:`_OPINION_FRAME`: ``我觉得要解决这个问题：``) is read past."""
    s = sentence.strip()
    opinion = _OPINION_FRAME.match(s)
    if opinion is not None and len(s) - opinion.end() >= 4:
        s = s[opinion.end():]  # (我觉得 | 要解决这个问题：: the lead after the frame announces the list; fix42b)
    if announce and announces_problems(s):
        return CHALLENGE
    tail = _PROPOSAL_COMMA_TAIL.search(s) if s.endswith(("，", ",")) else None
    if tail is not None:
        # 王芳代表建议，一是…；二是…: a proposal verb (or a count of proposals) and its comma announce the list as a
        # colon would (kinds31); whose they are is read as for a colon
        head = s[:tail.start()]
        return OTHER if _reported_proposals(head) else RECOMMENDATION
    if _EMPHASIS_COUNT_TAIL.search(s) is not None and not _reported_proposals(s):
        return RECOMMENDATION  # 副县长在讲话中强调三点：一是…: a leader's count of points stressed, his demands (k4748)
    if not (ends_as_lead_in(s) or _announces_ahead(s)):
        return None
    count = _PROPOSAL_COUNT_COLON_TAIL.search(s)
    if count is not None:
        # …普遍关注安居…等问题，并归纳为四点书面意见，包括：一、…: the last clause announces a count of proposals
        # made; the problems named before it are what they answer, not what the list is (council31). Whose they are
        # is read as for a colon
        head = s[:count.start()]
        return OTHER if _reported_proposals(head) else RECOMMENDATION
    example = _EXAMPLE_TAIL.search(s)
    if example is not None:
        # 这套策略应能考虑到…各地实际，如：⏎（1）…（2）…: the list gives instances of what the clauses before 如 state;
        # its aspect is theirs as prose reads them, not that of a cue noun of their subject (策略)
        return context_aspect(s[:example.start()])
    if opens_purpose(s) and _announces_ahead(_last_clause(s)):
        # 为认真落实…，确保我区金融风险…平稳可控，现就有关工作通知如下。: the purpose clauses name what the announced
        # items aim at (a risk kept under control), not what the list is; its announcing clause alone says that
        s = _last_clause(s)
    if announces_tasks(s):
        return RECOMMENDATION
    if directs_list(s) and not any(a == CHALLENGE for _, a in heading_cues(_last_clause(s))):
        return RECOMMENDATION  # 区政协副主席…最后强调：一是…; 他强调，下半年工作仍要围绕…进行：(Part 63)
    if _MODAL_COLON_TAIL.search(s):
        # 如果你所在的小区充电桩不足，可以：⏎- 向物业反馈…: a last clause of only a modal and its colon announces
        # what to do; the clauses before it name the case the measures answer, not the list's aspect (p27prec)
        return RECOMMENDATION
    # (具体表现在：A，B，带着问题…少。: a lead-in that holds its items names what it announces before its colon; one
    # that ends in its colon announces with its last clause, 本会促请政府：（一）…，并透过以下措施：)
    head = s if ends_as_lead_in(s) else s[:inline_items_start(s)]
    masked = _mask_basis_clauses(_mask_announced_subject(head))
    cues = [c for c in heading_cues(masked) if c[1] != OTHER]
    if not cues:
        # 导致出生人口下滑有三大因素——: a lead-in that announces causes (:func:`_transition_aspect`) lists problems
        if _transition_aspect(s) == CHALLENGE:
            return CHALLENGE
        if announces_traits(s) or names_model_practice(s):
            return OTHER  # 一般有以下特质：/ 主要做法如下：the list gives traits or practice, neither aspect
        # 对此，应当从以下几方面着手：: a bare announcement that prescribes (a strong modal) an action announces measures
        # (应从以下几个角度来考虑：announces perspectives)
        cue = _LIST_ANNOUNCEMENT.search(s)
        return RECOMMENDATION if announces_list_only(s) and prescribes(s) and has_cue(
            s[cue.end():], "lead_in_action") else None
    view = _SPEAKER_VIEW_FRAME.match(s)
    if cues[-1][1] == CHALLENGE and (_transition_aspect(s) == RECOMMENDATION or view is not None
                                     and _transition_aspect(s[view.end():]) == RECOMMENDATION):
        # 破解这些难题，要做到：… the problem noun is what the measures solve; so after a speaker's view frame
        # (专家认为，破解…难题，需要多方合力：: whose view it is leaves what the list is unchanged; fix58b)
        return RECOMMENDATION
    if cues[-1][1] == CHALLENGE and _framed_problem_prescribed(masked, cues[-1][0]):
        return RECOMMENDATION  # 针对上述问题，应当从以下几个方面着手。 the framed problem is what the measures answer
    proposal = _PROPOSAL_COLON_TAIL.search(s) if cues[-1][1] == CHALLENGE else None
    if proposal is not None:
        # …指出A、B等问题，并提出了整改意见：… the last clause announces the remedies; the problems named before it are
        # what they answer (Part 58). Whose they are is read as for a colon
        return OTHER if _reported_proposals(s[:proposal.start()]) else RECOMMENDATION
    if cues[-1][1] == RECOMMENDATION and takes_measures_done(s[:_cue_start(masked, cues[-1][0])], s):
        return OTHER  # 政府采取了一系列措施，包括：… the measures taken, listed: a record, no advice (Part 64's 3349; neg38)
    if cues[-1][1] == RECOMMENDATION and _reported_proposals(s[:_cue_start(masked, cues[-1][0])]) \
            and not _chair_requirements(s[:_cue_start(masked, cues[-1][0])], masked[:cues[-1][0]]):
        return OTHER  # (the words before the cue noun: 解决方案 names no document, 《方案》提出以下措施 does)
    if cues[-1][1] == CHALLENGE and has_cue(_after_survey_result(s[:cues[-1][0]]), "research_subject"):
        return OTHER  # 这些研究路径存在一定的不足：… the limits of studies (a literature review), not of the subject
    return cues[-1][1]


#: The longest topic frame (针对/对于/面对/关于 … up to its comma) whose problem noun a list's lead-in answers with a
#: modal (:func:`_framed_problem_prescribed`), in characters.
FRAMED_PROBLEM_CHARS = 40


def _framed_problem_prescribed(lead: str, cue_at: int) -> bool:
    """True when ``lead`` (a list's lead-in, Simplified view) opens with a topic frame (``frame_topic_opener`` cue
    group: 针对, 对于, 面对, 关于; at most :data:`FRAMED_PROBLEM_CHARS` characters up to its first comma) that holds its
    last challenge cue (at ``cue_at``), and the clauses after that comma prescribe (:func:`prescribes`: 应当, 必须; or
    open with a modal, :func:`modal_strength`: 要从…着手)
    and name no shortcoming (no challenge cue of :func:`heading_cues`): ``针对当前农村养老存在的问题，应当从以下几个方面
    着手。`` announces measures, the problem being what they answer, as ``破解这些难题，要做到：`` does
    (:func:`_transition_aspect`). ``面对这些问题，我们存在以下不足：`` names a shortcoming after its frame and stays a
    lead-in of challenges; ``关于存在的问题，主要有以下几点：`` prescribes nothing. Linear in ``len(lead)``."""
    s = lead.lstrip()
    shift = len(lead) - len(s)
    if not s.startswith(lexicon().words("frame_topic_opener")):
        return False
    comma = min((i for i in (s.find("，"), s.find(",")) if i >= 0), default=-1)
    if comma < 0 or comma > FRAMED_PROBLEM_CHARS or cue_at - shift > comma:
        return False
    if any(ch in s[:comma] for ch in "。；;：:！？!?"):
        return False
    rest = s[comma + 1:]
    return bool(prescribes(rest) or modal_strength(rest)) and not any(a == CHALLENGE for _, a in heading_cues(rest))


#: A verb of adopting measures in the perfective (采取了, 实施了, 出台了), the verb whose object a lead-in's measure noun
#: then is. Not 进行了 or 开展了 (``委员们对报告进行了讨论，并提出了…建议：`` proposes). Bounded.
_TAKEN_VERBS = "采取|採取|实施|實施|出台|推出|制定|推行|启动|部署"
_TAKEN_MEASURE_VERB = LazyPattern(r"(?:%s)了" % _TAKEN_VERBS)


def takes_measures_done(head: str, sentence: str = "") -> bool:
    """Whether ``head`` (a lead-in's words before its recommendation cue noun, Simplified view) narrates the measures
    as taken: its last clause holds a verb of adopting them in the perfective (:data:`_TAKEN_MEASURE_VERB`: 采取了,
    实施了, 出台了), and ``head`` holds no modal of the author's (:func:`prescribes`, :func:`holds_modal_word`) nor a
    turn to what went wrong (:data:`_TURN`). ``面对疫情，中国政府采取了一系列严厉措施，包括：⏎- 建立…系统`` lists what was
    done, a history or a work report, no measure the essay proposes (neg38); ``委员们…进行了讨论，并提出了具体整改建议：``
    proposes. Also when ``sentence`` (the whole lead-in, Simplified view) ends in such a verb, a measure noun and a
    listing word or colon (:data:`_TAKEN_MEASURES_TAIL`: ``近年来出台了多项政策，包括``; w645, Part 64's 3349), a modal
    before it or not. Linear in ``len(head) + len(sentence)``."""
    if sentence and _TAKEN_MEASURES_TAIL.search(sentence):
        return True
    last = rfind_any(head, "，,；;：:。") + 1
    return (_TAKEN_MEASURE_VERB.search(head, last) is not None and _TURN.search(head) is None
            and not (prescribes(head) or holds_modal_word(head)))


def _after_survey_result(prefix: str) -> str:
    """The part of ``prefix`` (a lead-in's text before its problem cue) after its last verb that reports what a study
    found (``survey_result_verb`` cue group: ``…采取…的研究方法，在对十个城市调查后，发现当前…面临的突出风险…：``): the
    problem after such a verb is what the study found of its subject, so a research word before the verb (研究方法) is
    not the subject that falls short (:func:`lead_in_aspect`, ``research_subject``); ``prefix`` whole when it holds no
    such verb. Linear in ``prefix`` (one scan of the cue group's pattern)."""
    last = None
    for last in cue_pattern("survey_result_verb").finditer(prefix):
        pass
    return prefix if last is None else prefix[last.end():]


#: A demand made (``提出要求``, ``提出三点要求``, ``提出了以下工作要求``: :data:`_DEMAND_MADE`) directs as 强调 does
#: (:data:`_DIRECTING_END`) and announces a list after its comma as 建议 does (:data:`_PROPOSAL_COMMA_TAIL`; Part 68).
_DEMAND_MADE = (r"提出了?(?:[两二三四五六七八九十几多\d]{1,2}(?:条|点|项)|以下|如下|几点|具体|明确)?"
                r"(?:工作|整改|具体)?要求")

#: A lead-in that ends in a proposal verb or a count of proposals and a comma (``王芳代表建议，``, ``提了两条建议，``,
#: ``村民的意见是，``) before the list it announces (:func:`lead_in_aspect`; kinds31). Not 的建议 (a noun phrase
#: that goes on). Anchored at the end, bounded.
_PROPOSAL_COMMA_TAIL = LazyPattern(r"(?:(?<![的之])(?:建议|提议)|[两二三四五六七八九十几多\d]{1,2}(?:条|点|项|个)(?:建议|意见)"
                                  r"|意见(?:是|为)|" + _DEMAND_MADE + r")\s{0,2}[，,]\s*$")

#: A lead-in's last clause that counts the points a speaker stresses (``副县长在讲话中强调三点：``, ``书记就做好…讲了四点
#:意见，``): a verb of stressing or speaking, a count of 点, perhaps 意见/要求, then the colon or comma; the items that
#: follow (``一是思想上再重视。二是措施再细化。``) are his demands (:func:`lead_in_aspect`; Part 107's speeches, k4748).
#: Anchored at the end, bounded: linear.
_EMPHASIS_COUNT_TAIL = LazyPattern(r"(?:强调|讲了?|谈了?)\s{0,2}[两二三四五六七八九十几\d]{1,2}点(?:意见|要求|希望)?"
                                  r"\s{0,2}[：:，,]\s*$")

#: A lead-in's last clause that makes a count of proposals and announces them with its colon (``提出四点建议，包括：``,
#: ``并归纳为四点书面意见，包括：``, ``提了三条意见：``): a verb of making proposals, a count, at most six characters
#: (书面), 建议/意见/诉求/建言 (k134136: a union's ``提出四项建言：``, Part 136's 7680), then the colon or 包括/如下 and
#: the colon (:func:`lead_in_aspect`; council31). Anchored at
#: the end, bounded: linear.
_PROPOSAL_COUNT_COLON_TAIL = LazyPattern(
    r"(?:提出|提了|提交|归纳为|归纳成|归纳出|总结为|总结出)[^，,。；;：:]{0,3}?[两二三四五六七八九十几多\d]{1,3}(?:条|点|项|个)"
    r"[^，,。；;：:]{0,6}?(?:建议|意见|诉求|建言)\s{0,2}(?:[，,]?\s{0,2}(?:包括|如下|分别是|分别为))?\s{0,2}[：:]\s*$")

#: A lead-in's last clause that narrates measures already taken and lists them (``面对疫情，政府采取了一系列严厉措施，
#: 包括：``, ``近年来出台了多项政策，包括``): a verb of taking or issuing measures in the perfective, at most fourteen
#: characters of count and modifier, the measure noun, then the listing word or the colon. What was done is no advice
#: (:func:`lead_in_aspect`: :data:`OTHER`; Part 64's 3349). Anchored at the end, bounded: linear.
_TAKEN_MEASURES_TAIL = LazyPattern(
    r"(?:%s)了[^，,。；;：:！？!?]{0,14}?(?:措施|举措|政策|办法|行动)"
    r"[，,]?\s{0,2}(?:包括|主要有|主要包括|如下)?\s{0,2}[：:]?\s*$" % _TAKEN_VERBS)
#: A lead-in's last clause that makes proposals or demands with no count and announces them with its colon
#: (``…等问题，并提出了整改意见：``, ``提出以下要求：``; Part 58's inspection news): a verb of making them, at most six
#: characters (以下, 整改), 建议/意见/要求, then the colon (or 如下 and the colon); the problems named before it are what
#: they answer (:func:`lead_in_aspect`). Anchored at the end, bounded: linear.
_PROPOSAL_COLON_TAIL = LazyPattern(
    r"(?:提出|提了)了?[^，,。；;：:]{0,6}?(?:建议|意见|要求)\s{0,2}(?:[，,]?\s{0,2}(?:如下|分别是|分别为))?\s{0,2}[：:]\s*$")

#: A lead-in's last clause that is only a modal of what to do and its colon (``…不足，可以：``, ``遇到这种情况，应该：``,
#: ``…时，建议：``): the list after it gives measures (:func:`lead_in_aspect`). Anchored at the end, bounded.
_MODAL_COLON_TAIL = LazyPattern(r"[，,]\s{0,2}(?:我们|你|您|大家)?\s{0,2}(?:可以|应该|应当|需要|不妨|建议|最好)\s{0,2}[：:]\s*$")

#: A speaker's verb of directing (强调, 要求 …) that ends a lead-in (``…副主席杨鉴岐最后强调：``), or that opens its last
#: clause before a modal (``他强调，下半年工作仍要围绕…进行：``). Bounded.
#: 要求 only after a pronoun or 并/还 (``他要求：``, ``并要求：``): a bare ``要求：`` labels an exam's or a form's
#: requirements (字数1000~1200字), no speaker's directions. A meeting's decision verbs after 会议/会上/研究 (``会议决定：``,
#: ``经研究决定：``, ``会议要求：``) end the lead-in of a minutes' decided items, each a measure (left44b).
_DIRECTING_END = LazyPattern(r"(?:强调|指示|叮嘱|(?<=[他她并还])要求|" + _DEMAND_MADE
                            + r"|(?<=会议)(?:决定|议定|要求|明确|确定)|(?<=会上)(?:决定|议定|明确)|(?<=研究)(?:决定|议定))"
                            r"(?:说|指出|道)?\s{0,2}[：:—-]*\s*$")
_DIRECTING_FRAME = LazyPattern(r"(?:强调|指示|叮嘱|(?<=[他她并还])要求)\s{0,2}[，,：:]")
#: Most characters between a directing verb's comma and the modal of the clause it frames.
DIRECTED_MODAL_CHARS = 16


#: A meeting's lead-in of its decided items (``会议议定：``, ``会议决定如下：``, ``经研究决定：``, ``会上明确：``): the
#: meeting or a study as the subject, a verb of deciding, an optional 如下, the colon ending the line (try55). Anchored
#: at the end, bounded.
_MEETING_DECIDED = LazyPattern(r"(?:会议|会上|研究|会议研究)(?:决定|议定|确定|明确)(?:了)?(?:如下|以下事项|以下几点)?"
                              r"[ \t]{0,2}[：:][ \t]{0,2}$")


#: Minutes' label line of their decided items (``议定事项：``, ``二、会议议定事项``, ``决定事项如下：``): the minutes'
#: standard section of what the meeting agreed, each item under it a measure however worded (an assignment
#: ``由…牵头，…前完成``, a deadline, a disbursement; check60). Matched on the whole (short) line.
_DECIDED_ITEMS_LABEL = LazyPattern(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?[ \t]{0,2}"
                                  r"(?:会议)?(?:议定|决定|商定)(?:的)?事项(?:如下)?[ \t]{0,2}[：:]?")
#: Most characters of a label line of decided items (:data:`_DECIDED_ITEMS_LABEL`).
DECIDED_LABEL_CHARS = 16


def meeting_decision_lead(line: str) -> bool:
    """Whether ``line`` (one line of minutes, Simplified view) is a meeting's lead-in of the items it decided
    (:data:`_MEETING_DECIDED`: ``会议议定：``, ``经研究决定：``) or the minutes' label line of them
    (:data:`_DECIDED_ITEMS_LABEL`: ``议定事项：``): each item after it is a measure the meeting decided,
    whatever its own words (``第一，由民政科牵头，在三月底前完成新服务站选址；``; try55). Constant work (the line's
    last characters)."""
    s = line.strip()
    if len(s) <= DECIDED_LABEL_CHARS and _DECIDED_ITEMS_LABEL.fullmatch(s):
        return True
    return _MEETING_DECIDED.search(line[-24:]) is not None


#: A sentence that opens with a meeting's decision and its mark (``会议议定：区城管局要…；供热公司要…``, ``会议决定，
#: 由…牵头…``, ``经研究决定：``): minutes state what the meeting agreed so, inline after what it noted (会议指出，…).
#: Anchored at the sentence's start, bounded.
_DECISION_OPENING = LazyPattern(r"[ \t\u3000]{0,2}经?(?:会议|会上|会议研究|研究)(?:决定|议定|商定|明确|确定)(?:如下)?"
                               r"[ \t]{0,2}[：:，,][ \t\u3000]{0,2}")


def meeting_decision_opening(sentence: str) -> int:
    """The end of the meeting's decision lead that opens ``sentence`` (Simplified view; :data:`_DECISION_OPENING`:
    ``会议议定：``, ``会议决定，``), 0 when none. Each clause after it is a measure the meeting decided, whatever the
    problem words of its object (``对老化管段限期更换``): minutes' decisions are recommendations only (check60).
    Constant work (the sentence's opening)."""
    m = _DECISION_OPENING.match(sentence[:24])
    return m.end() if m else 0


def directs_list(lead: str) -> bool:
    """Whether the lead-in ``lead`` (ending in its colon, or announcing the list ahead and ending in its full stop:
    :func:`lead_in_aspect` reads only such; Simplified view) frames the list after it as what a speaker
    directs: it ends with a verb of directing (:data:`_DIRECTING_END`: ``区政协副主席杨鉴岐最后强调：``), or such a
    verb and its comma (:data:`_DIRECTING_FRAME`) open its last sentence part and a modal word follows within
    :data:`DIRECTED_MODAL_CHARS` characters (``他强调，下半年工作仍要围绕产量、成本…进行：``). A meeting report lists its
    chair's or a leader's directions as its recommendations, whatever shape the items take (``一是6#连铸机投建前的流程
    梳理及准备工作``). Not the reporting verbs 指出, 表示 (a finding or a view may follow). Bounded: the last
    :data:`DIRECTED_MODAL_CHARS` characters after the frame are read."""
    s = lead.rstrip().rstrip("。！!")
    if _DIRECTING_END.search(s) or (len(s) <= DECIDED_LABEL_CHARS and _DECIDED_ITEMS_LABEL.fullmatch(s)):
        return True  # (议定事项：: the minutes' label of its decided items; check60)
    frame = None
    for frame in _DIRECTING_FRAME.finditer(s):
        pass
    if frame is None or any(ch in s[frame.end():] for ch in "。；;！？!?"):
        return False
    return holds_modal_word(s[frame.end():frame.end() + DIRECTED_MODAL_CHARS])


#: A lead-in's last clause that is only a word opening examples and its colon (``…，如：``, ``…，例如：``): the list
#: after it gives instances (:func:`lead_in_aspect`). Anchored at the end, bounded.
_EXAMPLE_TAIL = LazyPattern(r"[，,]\s{0,2}(?:例如|比如|譬如|诸如|如)\s{0,2}[：:]\s*$")


#: A clause that opens with a preposition of basis (根据, 按照, 依据 …) up to its comma: it names what the announced
#: list rests on, a plan or the party's proposals (``根据省委规划《建议》，…这里概述几个方面。``), not what the list is.
#: Bounded to 60 characters: linear.
_BASIS_CLAUSE = LazyPattern(r"(?:^|(?<=[，,。；;]))\s{0,2}(?:根据|按照|依据|依照|遵照|參照|参照|根據|依據)[^，,。；;：:]{1,60}[，,]")


def _mask_basis_clauses(sentence: str) -> str:
    """``sentence`` with every clause that opens with a preposition of basis and ends in a comma blanked (same length,
    offsets kept, :data:`_BASIS_CLAUSE`): a lead-in's ``根据省委规划《建议》，…这里概述几个方面`` announces the plan's
    parts, and the proposal noun of its basis names no proposals of its list (Part 70's 3683: the 十五五 tasks read
    as another party's proposals). Linear in the sentence."""
    if "根" not in sentence and "按" not in sentence and "依" not in sentence and "遵" not in sentence \
            and "参" not in sentence and "參" not in sentence:
        return sentence
    return _BASIS_CLAUSE.sub(lambda m: _MASK * len(m.group()), sentence)


def _mask_announced_subject(sentence: str) -> str:
    """``sentence`` with the subject that a notice's announcement names blanked (same length, offsets kept): in a
    sentence that only announces what follows (:func:`announces_following`: ``现就有关问题通知如下：``,
    ``现将相关问题说明如下。``) a problem noun right after a word of the ``announced_subject_qualifier`` cue group
    (有关, 相关, 若干) names the matters the notice settles, as 事项 does, not problems: the items under it keep their
    own reading. (``现将存在的问题报告如下：`` keeps its problems.) Linear in the sentence."""
    if not announces_following(sentence):
        return sentence
    pattern = _announced_subject_pattern()
    return pattern.sub(lambda m: _MASK * len(m.group()), sentence)


@lru_cache(maxsize=1)
def _announced_subject_pattern() -> re.Pattern[str]:
    """A qualifier of the ``announced_subject_qualifier`` cue group followed by a noun of the
    ``announced_subject_noun`` group (有关问题, 相关问题): one alternation per group, no backtracking."""
    quals = sorted(lexicon().words("announced_subject_qualifier"), key=len, reverse=True)
    nouns = sorted(lexicon().words("announced_subject_noun"), key=len, reverse=True)
    if not quals or not nouns:
        return re.compile(r"(?!)")
    return re.compile("(?:" + "|".join(map(re.escape, quals)) + ")(?:" + "|".join(map(re.escape, nouns)) + ")")


def announces_following(text: str) -> bool:
    """Whether the sentence ``text`` only announces what follows it: it ends (its end marks and spaces aside) with a
    word of the ``summary_lead_in_end`` cue group (``现将有关情况报告如下。``, ``现就有关工作通知如下。``), as a lead-in
    ending in a colon does. Such a sentence states no point (its problem words name what the items aim at). The one
    reader of that group (``pipeline.lead_in``, ``points._fallback_reading``). Not :func:`announces_list_ahead`, which
    reads the other shape on purpose: 如下/以下/下列 followed by what the list gives (``提出如下建议。``), in a short
    sentence only; this one reads a sentence of any length whose last word is the announcing one (``…通知如下。``),
    so neither reads what the other does. O(len(text))."""
    return text.rstrip(_LEAD_IN_END).endswith(lexicon().words("summary_lead_in_end"))


#: (:func:`announces_list_ahead` reads the longest bare announcement of a list, :data:`ANNOUNCEMENT_CHARS`, defined
#: once below with the other announcement readers: a second binding here of 30 was shadowed by it.)

#: An announcement of the list ahead inside a sentence's last clause (:func:`announces_list_ahead`): 如下/以下/下列, an
#: optional count (几点, 三个), then what the list gives (方面, 建议, 措施, 问题…) closing the clause. Bounded: linear.
_LIST_AHEAD = LazyPattern(r"(?:如下|以下|下列|下面)(?:[几两三四五六七八九十\d]{1,2}[个点条项大]?)?"
                         r"(?:方面|层面|建议|措施|对策|举措|意见|问题|思考|路径|途径|方向|重点|工作|几点|点)"
                         r"(?:的?(?:建议|措施|对策|问题|工作|努力|着手|入手|发力|推进|用力|探索|改进|思考))?"
                         r"(?:[着入]手|发力|推进|用力|努力|做起|改进|加强|展开|阐述|分析|探讨)?$")


def announces_list_ahead(text: str) -> bool:
    """Whether the sentence ``text``, though it ends in a full stop (。！), only announces the list after it, as a
    lead-in ending in a colon does: it is short (at most :data:`ANNOUNCEMENT_CHARS` characters) and its last clause
    closes with 如下/以下/下列, an optional count and what the list gives (``建议从以下方面发力。``,
    ``对此提出如下建议。``, ``存在以下几方面问题。``). It states none of the points it announces (fix40b). The
    sentence that ends with the announcing word itself (``现将有关事项通知如下。``) is :func:`announces_following`'s,
    read at any length. O(len(text))."""
    s = text.strip().rstrip("。！!.")
    if not s or len(s) > ANNOUNCEMENT_CHARS or ends_as_lead_in(s):
        return False
    last = _CLAUSE_SPLIT.split(s)[-1].strip()
    return _LIST_AHEAD.search(last) is not None


#: End marks and spaces stripped before :func:`announces_following` reads a sentence's last word.
_LEAD_IN_END = "。：:；;！!. \t\u3000"


def opens_purpose(sentence: str) -> bool:
    """True when ``sentence`` opens with a purpose clause: a word of the ``lead_in_purpose`` cue group (为了, 为:
    ``为认真落实…``, ``为了做好…``) that is no word of ``lead_in_purpose_exclusion`` (为此, 为何, 为主 …) and is
    followed by a comma later in the sentence (the purpose ends there). Constant work past one ``find``."""
    s = sentence.lstrip()
    if not s.startswith(lexicon().words("lead_in_purpose")) or s.startswith(lexicon().words("lead_in_purpose_exclusion")):
        return False
    return "，" in s or "," in s


#: Fewest CJK characters after the colon of a lead-in for it to hold its own items (``具体表现在：A，B，C。``)
#: rather than end in its colon before the list (``主要存在以下问题：``).
INLINE_ITEM_CHARS = 8


def inline_items_start(sentence: str) -> int:
    """Where the items of a lead-in that holds them itself start (``具体表现在：学习不系统、不深入，…，带着问题研究
    讨论少。``: after its first colon, full or half width, followed by at least :data:`INLINE_ITEM_CHARS` CJK
    characters and no list marker right after the colon, :func:`summarizer.structure.find_markers`), else ``len(sentence)``. The lead-in names what it announces
    before that colon: a cue noun among the items (带着问题…) is a word of an item, not the lead-in's. (Items that open
    with a marker, ``主要表现在：一是…；二是…``, are a list the structure reads, and the lead-in keeps its reading.)
    Linear in the sentence."""
    k = min((i for i in (sentence.find("："), sentence.find(":")) if i >= 0), default=-1)
    if k < 0:
        return len(sentence)
    j = k + 1
    while j < len(sentence) and sentence[j].isspace():
        j += 1
    if any(m.start == 0 for m in find_markers(sentence[j:])):
        return len(sentence)  # (a marker is one of a run: the rest of the sentence is read for the next one)
    n = 0
    for c in sentence[k + 1:]:
        if is_cjk(c):
            n += 1
            if n >= INLINE_ITEM_CHARS:
                return k + 1
    return len(sentence)


def announces_traits(sentence: str) -> bool:
    """True when the last clause of a lead-in ``sentence`` (``高质量的建议，…。一般有以下特质：``, ``主要做法如下：``)
    announces its list with a word of the ``lead_in`` cue group (以下, 如下) and names what the list gives with a noun
    of the ``other_section`` cue group (特质, 特点, 做法, 成效: traits, practice, achievements) and no noun of either
    aspect: the list states neither challenges nor recommendations; so does a report of inspection results
    (``就自查情况汇报如下：``, the ``inspection_results`` words of ``other_section``: what is in place; its problems come
    under their own headings); a report of its work's progress (``现将工作开展情况报告如下：``) does not. (A bare
    label, ``（一）背景：``, announces nothing: the text under it may state problems.) Linear in the sentence."""
    last = _CLAUSE_SPLIT.split(sentence.strip().rstrip("：:—- "))[-1]
    # (现将工作开展情况报告如下：a report's progress, the ``work_progress`` words, announces the whole report: its
    # problems and plans follow too; w67)
    return has_cue(last, "lead_in") and {a for _, a in heading_cues(last)} == {OTHER} and not has_cue(
        last, "work_progress")


#: The last clause of a lead-in that names a model's or a body's practice as what its list gives (``这一模式的主要做法是：``,
#: ``其创新之处在于：``, ``该市的经验有：``): at most 12 characters of its subject (group 1), a practice noun, an optional
#: copula and the colon, nothing after. Bounded, anchored at both ends: linear.
_MODEL_PRACTICE_LEAD = LazyPattern(r"([^，,。；;：:！？!?]{0,12}?)(?:主要|基本|典型|创新|成功|有益)?"
                                   r"(?:做法|创新之处|创新点|亮点|经验|成功之处)(?:主要)?(?:是|有|在于|为|包括)?\s{0,2}[：:]\s*")
#: Words of a lead-in's subject that judge or urge a course (``正确的做法是：``, ``可借鉴的经验有：``): the list then
#: gives what to do, a recommendation's business, not a practice reported (a modal, :func:`modal_strength`, too); so
#: does 具体 (``建议推行…。具体做法是：一是…``: the details of a proposal just made).
_URGED_COURSE_WORDS = ("正确", "理想", "可行", "合理", "有效", "好的", "借鉴", "学习", "推广", "建议", "不妨", "最好", "具体")


def names_model_practice(sentence: str) -> bool:
    """True when the last clause of a lead-in ``sentence`` names a model's or a body's practice as what its list gives
    (:data:`_MODEL_PRACTICE_LEAD`: ``这一模式的主要做法是：``, ``这一模式的创新之处在于：``): a feature or a work summary
    reports how another city's model works, or what departments did, one ``一是…二是…`` item a practice; the items
    are practice done, neither challenges nor recommendations (by the gold rules: Part 172's 9824, k169172). A subject
    that judges or urges the course (:data:`_URGED_COURSE_WORDS`, a modal: ``正确的做法是：``, ``应借鉴的经验有：``)
    names what to do, and does not count. Linear in the sentence."""
    last = _CLAUSE_SPLIT.split(sentence.strip().rstrip("：:—- "))[-1]
    m = _MODEL_PRACTICE_LEAD.fullmatch(last + "：")
    return m is not None and not any(w in m.group(1) for w in _URGED_COURSE_WORDS) and not modal_strength(m.group(1))


def _announces_ahead(sentence: str) -> bool:
    """True when ``sentence`` holds a word of the ``lead_in`` cue group that points ahead: not one right after a
    demonstrative of the ``back_reference`` group (``这两个方面，政府都有能力解决，却解决不力。`` looks back at the two
    aspects already named; ``存在以下两个方面的问题`` looks ahead), nor 包括 closed by 在内 (:data:`_INCLUSION`).
    Linear in the sentence."""
    back = longest_first("back_reference")
    return any(not sentence[:m.start()].endswith(back) and not _INCLUSION.match(sentence, m.start())
               and not _APPOSITION.match(sentence, m.start())
               and not (m.group().startswith("以下") and _BELOW_QUANTITY.search(sentence, max(0, m.start() - 6),
                                                                             m.start()))
               for m in cue_pattern("lead_in").finditer(sentence))


#: A quantity right before 以下 (``21岁以下青少年``, ``5万元以下``, ``60分以下``): "under" a figure, no lead-in of what
#: follows (k139141; Part 141's 7962 ``21歲以下的人數…上升8%``). Read on the six characters before 以下, to their end.
_BELOW_QUANTITY = LazyPattern(r"[0-9０-９一二两兩三四五六七八九十百千万萬亿億][^\S\n]?"
                             r"(?:周岁|週歲|岁|歲|人|元|万元|萬元|米|公里|分|度|级|級|年|个月|個月|%|％|成|吨|噸|亩|畝|小时|小時|天|名|户|戶|家)?$")


#: 包括 in a subject's apposition (corpus21b): its clause closed by a comma and the predicate's adverb of scope right
#: after (``整个社会、政府管治班子，包括新一届立法会，均需要认真检讨…``, ``各部门，包括区议会，都应…``): the items belong to
#: the subject of the sentence, which goes on to its own predicate; it announces nothing ahead. Anchored, bounded.
_APPOSITION = LazyPattern(r"包括[^，,。；;：:！？!?]{1,20}?[，,]\s{0,2}(?:均|都|皆|全都|也都|亦)")


#: The items of 包括 named in place (corpus21): right after the word, a `、` list in its own clause that the sentence
#: goes on past (``…，策略包括增强个案管理、出院后的照顾衔接，还有…，希望…。``): the sentence holds what it names and
#: announces nothing ahead. A colon after the word announces (``包括：``). Anchored, bounded (at most 40 characters
#: to the first 、, then a clause break before the sentence's end).
_ITEMS_IN_PLACE = LazyPattern(r"(?<=包括)[^，,。；;：:！？!?、]{1,40}、[^，,。；;：:！？!?]{0,60}[，,；;][^。！？!?]")


#: 包括 closed by 在内 in its clause (``包括不少大学生在内的年轻人…``: "young people, students among them"): a phrase of
#: inclusion inside a noun phrase, no lead-in of a list (trialfix20). Anchored, bounded.
_INCLUSION = LazyPattern(r"包括[^，,。；;：:！？!?]{1,20}?在内")


#: Where :func:`_last_clause` cuts: a comma, a semicolon or a colon, full or half width (not 、, which joins the items
#: of a list inside one clause), and a sentence end (a span of two sentences ends in the second one's last clause).
_CLAUSE_MARKS = CLAUSE_BREAKS
#: What :func:`_last_clause` strips from the end of a sentence: its end marks, an ellipsis, clause marks and spaces.
_SENTENCE_TAIL = "…" + _CLAUSE_MARKS + " \t\n\u3000"
#: The last character of :data:`_CLAUSE_MARKS` in a text (a mark with no other one after it; linear: each mark's match
#: reads on to the next mark only).
_LAST_CLAUSE_MARK = LazyPattern(f"[{re.escape(_CLAUSE_MARKS)}][^{re.escape(_CLAUSE_MARKS)}]*\\Z")


def _last_clause(sentence: str) -> str:
    """The last clause of ``sentence``: the text after its last comma, semicolon, colon or sentence end (:data:`_CLAUSE_MARKS`),
    once its end punctuation, an ellipsis and trailing clause marks are stripped (:data:`_SENTENCE_TAIL`), surrounding
    space stripped (``如果学生动手能力差……`` -> itself, ``…需求不同；如果学生动手能力差。`` -> ``如果学生动手能力差``).
    The one reader of a last clause (:func:`announces_problems`, :func:`ends_in_condition`,
    :func:`awaits_improvement` …). Linear in ``len(sentence)``."""
    body = sentence.strip().rstrip(_SENTENCE_TAIL)
    last = _LAST_CLAUSE_MARK.search(body)  # (the last mark: none of them after it)
    return body[(last.start() if last else -1) + 1:].strip()


#: Longest clause (characters) read by :func:`announces_problems` (an announcement is a short clause).
ANNOUNCE_CHARS = 32


#: A clause that counts the problems an inspection found (``共发现问题3项``, ``发现合规问题4大类17项``, ``查出安全隐患12处``,
#: ``发现3个方面的问题``):
#: a verb of finding, an optional kind, then the count (a number and a measure word) before or after a problem noun,
#: at the clause's end. Anchored at the end, bounded.
_FOUND_PROBLEM_COUNT = LazyPattern(
    r"(?:发现|查出|查找出|排查出|查摆出|梳理出|检查出|找出|查摆)了?(?:各类|各种|主要|突出|存在的?)?"
    r"(?:(?P<before>[0-9０-９]{1,4}|[一二三四五六七八九十两百几]{1,4})(?:项|个|处|条|类|起|大)(?:方面)?的?)?"
    r"(?:[\u4e00-\u9fff]{0,6}?)(?:问题|隐患|不足|短板|薄弱环节)"
    r"(?:(?P<after>[0-9０-９]{1,4}|[一二三四五六七八九十两百]{1,4})(?:大类|项|个|处|条|类|起)"
    r"(?:[0-9０-９]{1,4}(?:项|个|处|条))?)?$")
#: A last clause that only says the details follow (``具体情况如下``, ``现汇报如下``, ``具体情况及整改措施如下``). Anchored,
#: bounded.
_DETAILS_FOLLOW = LazyPattern(r"(?:具体|详细|主要|现将|分别|逐一)?[\u4e00-\u9fff]{0,10}如下$")


#: A last clause that only addresses a report to its reader (``特向教育总支汇报``, ``现向局党组报告如下``, ``特此向上级反映``):
#: a unit's report to its superior names the superior after the announcement. Anchored, bounded.
_REPORT_FRAME = LazyPattern(r"(?:特此|特|现|谨|兹)?(?:向|給|给)[\u4e00-\u9fff]{1,16}?(?:汇报|匯報|报告|報告|反映|呈报|呈報)(?:如下)?$")


def counts_found_problems(sentence: str) -> bool:
    """True when ``sentence`` (a lead-in, Simplified view) ends by counting the problems an inspection found
    (:data:`_FOUND_PROBLEM_COUNT`: ``…通过…等方式开展全面排查，共发现问题3项``), read in its last clause or, when that clause
    only says the details follow (:data:`_DETAILS_FOLLOW`: ``具体情况如下``), in the clause before it. A
    self-inspection's or an audit's lead-in so announces its findings, whatever work its earlier clauses narrate
    (``组织…开展…自查工作``: no tasks announced). Linear in ``len(sentence)``."""
    body = sentence.strip().rstrip(_SENTENCE_TAIL)
    clause = _last_clause(body)
    if clause and _DETAILS_FOLLOW.search(clause) and len(clause) < len(body):
        clause = _last_clause(body[:len(body) - len(clause)])
    if not clause or len(clause) > ANNOUNCE_CHARS:
        return False
    m = _FOUND_PROBLEM_COUNT.search(clause)
    return m is not None and (m.group("before") is not None or m.group("after") is not None)


#: A shortfall noun and 之处 (``不足之处``, ``欠缺之处``): the noun itself, where an announcement ends (left44b).
_SHORTFALL_PLACES = ("不足之处", "欠缺之处", "薄弱之处", "缺陷之处")


@_remembered_any_length  # asked several times per sentence; a pure function of it
def announces_problems(sentence: str) -> bool:
    """True when ``sentence`` ends by announcing that problems exist without naming any (``……但也暴露出一些亟待解决
    的问题``, ``乡村文化振兴仍面临不少现实困境``, ``条例执行存在多项漏洞``): its last clause (at most
    :data:`ANNOUNCE_CHARS` characters) holds a verb of existence (``announce_verb`` cue group: 存在, 面临, 暴露出 …),
    then a vague quantifier (``announce_quantifier``: 一些, 不少, 诸多, 多项 …), and ends with a challenge noun of a
    section heading (问题, 困难和挑战, 困境), or with such a noun and then a signal that it is one (``problem_signal``
    cue group: ``还有不少民生问题有待解决``). Such a sentence is a lead-in, not a point: the problems it announces
    follow it. Linear in the clause."""
    if ("发现" in sentence or "查" in sentence) and counts_found_problems(sentence):
        return True  # …等方式开展全面排查，共发现问题3项，具体情况如下：(Part 63's 3304)
    clause = _last_clause(sentence)
    body = sentence.strip().rstrip(_SENTENCE_TAIL)
    if clause and len(clause) < len(body) and _REPORT_FRAME.match(clause):
        # …发现了一些问题，特向教育总支汇报：the clause that addresses the report to its reader announces nothing
        # itself: the announcement is the clause before it (Part 74's 3949)
        clause = _last_clause(body[:len(body) - len(clause)])
    signal = cue_pattern("problem_signal").search(clause)
    if signal is not None and signal.end() == len(clause):
        clause = clause[:signal.start()]  # ……问题有待解决: the noun before the signal ends the announcement
    if clause.endswith(_SHORTFALL_PLACES):
        clause = clause[:-2]  # (但也存在一些问题和不足之处: 不足之处 is the noun 不足; left44b)
    if not clause or len(clause) > ANNOUNCE_CHARS:
        return False
    if _quantity_announcement(clause) or _acknowledged_problems(clause):
        return True
    verb = cue_pattern("announce_verb").search(clause)
    if verb is None:
        return False
    quantifier = cue_pattern("announce_quantifier").search(clause, verb.end())
    if quantifier is None:
        # (…，不独是新加坡面对的问题: the clause's subject is the problem, told by the copula before the verb)
        return (verb.group() in _BARE_ANNOUNCE_VERBS and not _COPULA_BEFORE.search(clause, 0, verb.start())
                and _bare_problem_announcement(clause[verb.end():]))
    rest = clause[quantifier.end():]
    cues = heading_cues(rest)
    if bool(cues) and cues[-1][1] == CHALLENGE and cues[-1][0] == len(rest):
        return True
    # 仍有不少制约因素 | 影响治理效能: what the problems hold back names none (the verb may stand inside the noun,
    # 制约因素: each later verb is tried; a verb's object is bounded, so only the last few characters are)
    hinder = _hinder_tail_re().search(rest, 1)
    while hinder is not None:
        cues = heading_cues(rest[:hinder.start()])
        if cues and cues[-1][1] == CHALLENGE and cues[-1][0] == hinder.start():
            return True
        hinder = _hinder_tail_re().search(rest, hinder.start() + 1)
    return False


#: A copula before a bare announcement's verb (``…是新加坡面对的问题``, ``成为…普遍存在的问题``): the subject is the
#: problem, stated (:func:`announces_problems`).
_COPULA_BEFORE = LazyPattern(r"是|成为|成為|为|為")
#: The verbs of existence a bare announcement of problems opens with (:func:`announces_problems`).
_BARE_ANNOUNCE_VERBS = ("存在",)
#: The generic problem nouns a bare announcement ends with (:func:`_bare_problem_announcement`); a named kind of fault
#: (漏洞, 短板, 隐患, 盲区, 差距) states the point itself.
_BARE_PROBLEM_NOUNS = ("问题", "問題")


@lru_cache(maxsize=1)
def _hindering_noun_lead_re() -> re.Pattern[str]:
    """What a problem noun is told by in a bare announcement (``存在制约民营经济发展的问题``): at most four characters,
    a ``hinder_verb``, its object (at most :data:`HINDER_OBJECT_CHARS` characters, no 的), 的 (:func:`_bare_problem_announcement`).
    Anchored at both ends, bounded: linear."""
    return re.compile(rf"[^，,；;。！？!?]{{0,4}}?(?:{cue_pattern('hinder_verb').pattern})[^，,；;。！？!?的]{{1,{HINDER_OBJECT_CHARS}}}的$")


def _bare_problem_announcement(rest: str) -> bool:
    """Whether ``rest``, what follows a verb of existence at the end of an announcing clause (``announce_verb``: 存在 …),
    is only the generic noun 问题 (:data:`_BARE_PROBLEM_NOUNS`: ``销售部存在问题``; not ``存在的问题``, a noun phrase
    that names a section) or that noun told only by what it hinders (``还存在制约民营经济发展的问题``: a ``hinder_verb``, its
    object, 的): the problems are announced, none is named (k130132: Part 132's 7428, 7435). Constant work (bounded)."""
    if not rest.endswith(_BARE_PROBLEM_NOUNS) or rest.startswith("的"):
        # (制度存在漏洞, 应急准备存在短板: a named kind of fault is the point itself; 三、存在的问题, 当前存在的主要问题:
        # a noun phrase, a section's name, no predication)
        return False
    head = rest[:len(rest) - 2]
    return not head or _hindering_noun_lead_re().match(head) is not None


@lru_cache(maxsize=1)
def _hinder_tail_re() -> re.Pattern[str]:
    """The end of an announcing clause after its problem noun: a ``hinder_verb`` (影响, 制约 …), optionally 着, and at
    most :data:`HINDER_OBJECT_CHARS` characters of object (``影响治理效能``). Anchored at the end: linear."""
    return re.compile(f"(?:{cue_pattern('hinder_verb').pattern})着?[^，,；;。！？!?]{{1,{HINDER_OBJECT_CHARS}}}$")


#: Most characters of the object after a ``hinder_verb`` that ends an announcement (:func:`_hinder_tail_re`).
HINDER_OBJECT_CHARS = 20


@lru_cache(maxsize=None)
def _quantity_end_re() -> re.Pattern[str]:
    adverbs = sorted(lexicon().words("announce_adverb"), key=len, reverse=True)
    amounts = sorted(lexicon().words("quantity_predicate"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, adverbs)) + ")?(?:" + "|".join(map(re.escape, amounts)) + ")$")


def _quantity_announcement(clause: str) -> bool:
    """True when ``clause`` announces problems in the second form, the problem noun as subject and a vague amount as
    its predicate (``摆在我们面前的困难还很多``, ``造成这一现象的原因很多``, ``存在的问题仍然不少``): it ends with a word
    of the ``quantity_predicate`` cue group, before it at most one adverb of ``announce_adverb``, and right before
    that a challenge noun of a section heading (:func:`heading_cues`). Linear in the clause (the pattern is anchored
    at the end and its words are short)."""
    amount = _quantity_end_re().search(clause)
    if amount is None or amount.start() == 0:
        return False
    subject = clause[:amount.start()]
    cues = heading_cues(subject)
    return (bool(cues) and cues[-1][1] == CHALLENGE and cues[-1][0] == len(subject)
            and not _names_kind_of_problem(subject))


def _names_kind_of_problem(subject: str) -> bool:
    """Whether ``subject``, a phrase that ends with a challenge noun of a section heading (:func:`heading_cues`), names
    which problem it means: a noun of the ``named_hazard`` cue group (隐患, 风险 …) with a noun compounded straight
    onto it (``安全隐患较多``, ``车辆老化，安全隐患较多``: a statement of a problem), rather than only pointing at
    problems (a container noun, ``学校困难不少``; a bare noun, ``隐患还很多``; or one after ``的``, a conjunction, a
    quantifier or a demonstrative: ``存在的隐患仍然不少``, ``这些风险还很多`` announce them). Linear in the subject
    (one alternation search)."""
    last = _final_section_noun(subject)
    if last is None or last[0] == 0 or subject[last[0]:] not in lexicon().words("named_hazard"):
        return False
    before = subject[:last[0]]
    if before.endswith(("的", "和", "与", "及", "、", "或")) or before.endswith(lexicon().words("announce_quantifier")):
        return False
    return is_cjk(before[-1]) and not before.endswith(_ANAPHORA + ("各种", "种种", "各类", "许多", "很多", "这", "那"))


#: Most characters of the problem nouns that end an acknowledgement (问题和挑战, 困难和不足): :func:`_acknowledged_problems`.
ACKNOWLEDGED_NOUN_CHARS = 8


def _acknowledged_problems(clause: str) -> bool:
    """True when ``clause`` announces problems in the third form, as what the author faces up to, with no quantifier
    (``我们也清醒看到面临的问题和挑战``, ``要正视发展中存在的困难``): a verb of the ``acknowledge_verb`` cue group, later
    a verb of existence (``announce_verb``: 面临, 存在 …; not 解决/破解) made a modifier by ``的``, and after it only
    challenge nouns of section headings (``challenge_section`` cue group) and the words joining them, at most
    :data:`ACKNOWLEDGED_NOUN_CHARS` characters, ending the clause. Linear in the clause."""
    verb = cue_pattern("acknowledge_verb").search(clause)
    if verb is None:
        return False
    rest = clause[verb.end():]
    exist = None
    for m in cue_pattern("announce_verb").finditer(rest):
        if rest.startswith("的", m.end()) and m.group() not in lexicon().words("solution_verb"):
            exist = m
    if exist is None:
        return False
    nouns = rest[exist.end() + 1:]
    # (only challenge nouns and the words joining them: 面临的机遇和挑战 names a chance too)
    return (0 < len(nouns) <= ACKNOWLEDGED_NOUN_CHARS
            and not cue_pattern("challenge_section").sub("", nouns).strip("和与及、并"))


def announces_tasks(lead: str) -> bool:
    """True for a lead-in that announces the tasks to be done (``今年主要做好以下几方面工作``, ``重点抓好以下几项
    任务：``): a verb of carrying out (``task_verb`` cue group: 做好, 抓好 …) and a noun of tasks (``task_noun``: 工作,
    任务) after it; in a lead-in that ends in a colon or dash also a verb of carrying forward (``task_verb_colon``:
    ``从下面四个层面推动相关工作：``). In a work report, a speech or a proposal the tasks are its measures. The title of
    a document the lead-in cites (:func:`cited_titles_blanked`) announces no task, nor does a verb with the perfective
    了 or 过 (``积极开展了一系列重点工作``: work done). Linear in the lead."""
    lead = cited_titles_blanked(lead)  # (学习…关于开展评估工作的实施意见，…汇报如下：a title's 开展…工作 is no task)
    # (a verb with the perfective 了 or 过 narrates work done, ``积极开展了一系列重点工作，取得了…成绩，现将情况总结如下：``:
    # a work summary's lead-in announces what was done, not tasks; corpus21b)
    verb = next((m for m in cue_pattern("task_verb").finditer(lead) if not lead.startswith(("了", "过"), m.end())),
                None)
    if verb is None and ends_as_lead_in(lead):  # 从下面四个层面推动相关工作：
        verb = next((m for m in cue_pattern("task_verb_colon").finditer(lead)
                     if not lead.startswith(("了", "过"), m.end())), None)
    return verb is not None and has_cue(lead[verb.end():], "task_noun")


#: Most characters of a cited document's title between 关于 and its kind (``关于开展…评估工作的实施意见``).
CITED_TITLE_CHARS = 60


@lru_cache(maxsize=1)
def _cited_title_re() -> re.Pattern[str]:
    kinds = cue_alternation("document_kind")
    return re.compile(rf"《[^《》\n]{{1,{CITED_TITLE_CHARS}}}》|关于[^，,。；;：:！？!?《》]{{1,{CITED_TITLE_CHARS}}}?的(?:{kinds})")


def cited_titles_blanked(text: str) -> str:
    """``text`` with the titles of the documents it cites blanked with spaces (same length: offsets keep their
    meaning): a title in 《》, or 关于 … 的 and a kind of document (``document_kind`` cue group: 通知, 实施意见, 方案 …) within
    :data:`CITED_TITLE_CHARS` characters (``市教育局关于开展办学条件评估工作的实施意见``). What a title names (开展…工作)
    is the document's subject, not the text's own statement. Bounded gaps, one pass: linear."""
    if "关于" not in text and "《" not in text:
        return text
    return _cited_title_re().sub(_blanked, text)


def _cue_start(heading: str, end: int) -> int:
    """Start offset in ``heading`` of the section cue noun that :func:`heading_cues` reports ending at ``end`` (the
    longest cue noun ending there; ``end`` itself when none does). Linear in the heading."""
    pattern, _ = _section_pattern()
    return next((m.start() for m in pattern.finditer(heading) if m.end() == end), end)


def _reported(s: str) -> bool:
    """True when ``s`` (the words before a lead-in's cue) names a document or another party as the speaker."""
    if has_cue(s, "author_self"):
        return False
    return has_cue(s, "reported_source")


def _chair_requirements(head: str, announced: str) -> bool:
    """Whether a lead-in that announces ``announced`` (its text up to the cue noun's end) and names its speaker in
    ``head`` (the words before the cue) lists a chair's requirements: the noun is 要求, and the only reported source
    in ``head`` is a person's pronoun (他, 她: ``她在总结时…并对今年工作提出了以下几点要求：``), who stands for the
    meeting's chair named before, as a name would (``李主席…提出了以下几点要求：``). A meeting report lists its chair's
    requirements as its recommendations (Part 63's 3269). Linear in the lengths."""
    if not announced.endswith("要求") or ("他" not in head and "她" not in head) or "他们" in head or "她们" in head:
        return False  # (他们提出以下要求: a group's demands, reported)
    return not has_cue(head.replace("他", "").replace("她", ""), "reported_source")


def _reported_proposals(s: str) -> bool:
    """True when the proposals a lead-in announces are another party's (:func:`_reported` of ``s``, the words before
    its cue), unless that party is a council member or a deputy (``proposing_person`` cue group: ``委员们提出了具体
    整改建议：``), whose proposals a report lists as its recommendations (kinds31). Read by :func:`lead_in_aspect`."""
    return _reported(s) and not has_cue(s, "proposing_person")


#: The opening of a sentence that reports another party's proposals before a colon (``候选人提出三项托育政策：…``): at
#: most 16 characters of speaker, a verb of putting forward, at most 12 characters of count and noun, the colon.
#: Anchored, bounded gaps that stop at a clause mark: linear.
_REPORTED_PLATFORM = LazyPattern(r"(?P<who>[^，,。；;：:！？!?]{1,16}?)(?:提出|推出|公布|主张|提了)了?[^，,。；;：:！？!?]{0,12}?[：:]")


#: Others' proposals exemplified (``看几位议员提出的修订，大家都提出很具体的建议，例如拨款…；增加…等``): a proposer of at
#: most 12 characters in its clause, 提出 and at most 10 characters, a noun of proposals, a clause mark, then an example
#: word (例如/比如/譬如). Bounded: linear.
_EXEMPLIFIED_PROPOSALS = LazyPattern(r"(?:^|[，,；;：:])(?P<who>[^，,。；;：:！？!?]{0,12}?)(?:提出|提出了|提了)"
                                    r"[^，,。；;：:！？!?]{0,10}?(?:建议|意见|修订|修正|方案|诉求)[，,：:]\s{0,2}(?:例如|比如|譬如)")


def reports_exemplified_proposals(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) gives the proposals another party made as examples
    (:data:`_EXEMPLIFIED_PROPOSALS`: ``大家都提出很具体的建议，例如拨款…设立康复基金；增加社区护理站等``): the speaker
    reports what others asked for, to weigh it, no measure of the text's own (the gold rules' whose statement; Part
    124's 6964). Not the author's own (``own_speaker``: 我们提出以下建议，例如…). Linear (one gated search)."""
    if "提" not in sentence:
        return False
    m = _EXEMPLIFIED_PROPOSALS.search(sentence)
    return m is not None and not has_cue(m.group("who"), "own_speaker")


def reports_platform(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) opens by reporting the proposals of another party as a colon's lead
    (:data:`_REPORTED_PLATFORM`: ``候选人提出三项托育政策：增设…、提高…``) whose speaker is a reported source
    (:func:`_reported_proposals`: not a council member, whose proposals a report lists as its own): a review's account of
    what it then judges, no measure of the author's (k9192, Part 92). Read by the unstructured fallback of
    :func:`summarizer.points.extract_points`."""
    m = _REPORTED_PLATFORM.match(sentence.strip())
    return m is not None and _reported_proposals(m.group("who"))


#: A count as a number and a measure word (1200户, 3.2万人, 5575万, 30%, 12个): :data:`_DONE_COUNT`'s shape, a share too
#: (read from the start of its digit run, at most 12 digits: linear on a long run of digits).
_COUNT = r"(?<![\d.])\d{1,12}(?:\.\d{1,6})?(?:多|余)?(?:[万亿]|千?(?:%|％|成|个|处|项|座|所|家|户|条|台|套|人|名|亩|间|栋|位|种|起|件|村))"


@lru_cache(maxsize=1)
def _remaining_re() -> re.Pattern[str]:
    """A count after a verb of what is still there (``remaining_verb``: 仍有危房1200户, 尚有1.2万名…) or before what it is
    still without (``remaining_negation``: 2000人无人监护, 300户未改造; 未 not in 未来), in one clause. Bounded: linear."""
    verbs = "|".join(re.escape(w) for w in lexicon().words("remaining_verb")) or "(?!)"
    negs = "|".join(re.escape(w) for w in lexicon().words("remaining_negation")) or "(?!)"
    return re.compile(rf"(?:{verbs})[^，,。；;！？!?\d]{{0,8}}?{_COUNT}|{_COUNT}[^，,。；;！？!?\d]{{0,6}}?(?:{negs})(?!来|必)")


#: Connectives after which 还有 adds an item (此外还有…), no remaining count.
#: Fewest counts (:data:`_COUNT`) in a sentence that :func:`reports_figures` reads as a report of figures.
FIGURE_COUNTS = 2


def reports_figures(sentence: str) -> bool:
    """True when ``sentence`` reports figures: it holds :data:`FIGURE_COUNTS` or more counts with their units
    (:data:`_COUNT`: ``共发现…等方面问题199条,已整改92条``). In a status section such a sentence gives statistics of the
    work (problems found and put right), not the author's own statement of a problem. Linear in the sentence."""
    return sum(1 for _ in itertools.islice(re.finditer(_COUNT, sentence), FIGURE_COUNTS)) >= FIGURE_COUNTS


_ADDING = ("此外", "另外", "同时", "其次", "再次", "以及")
#: A decimal digit (``\d``: any Unicode decimal digit, as :data:`_COUNT` reads one): every count holds one.
_ANY_DIGIT = LazyPattern(r"\d")


@_remembered  # asked several times per sentence; a pure function of it
def counts_remaining(sentence: str) -> bool:
    """True when ``sentence`` counts how much of a problem remains (``全县仍有危房1200户``, ``其中2000人无人监护``,
    ``尚有3.2万贫困人口未脱贫``): a count right after a verb of what is still there or right before what the counted
    are still without (:func:`_remaining_re`). Such a figure states a challenge, unlike a count of what was done
    (``已完成改造560户``) or of what exists (``共有小区86个``). A sentence that opens by adding an item (``此外还有…``)
    does not count. Linear in ``len(sentence)``."""
    s = sentence.strip()
    if _ANY_DIGIT.search(s) is None:
        return False  # (every match holds a count, and so a digit: one scan, speed22)
    return not s.startswith(_ADDING) and _remaining_re().search(s) is not None


#: Most characters between the copula and the challenge noun of :func:`names_task_as_challenge` (``是文献传递工作面临的``).
TASK_CHALLENGE_CHARS = 16


@lru_cache(maxsize=1)
def _task_challenge_re() -> re.Pattern[str]:
    # (\A: the pattern is only ever fullmatched; a search would try the unbounded subject at every position, 40 s
    # on a 100,000-character line: benchmarks/regex_audit.py, speed27)
    return re.compile(rf"\A[^，,。；;：:！？!?]{{2,}}?是[^，,。；;：:！？!?是]{{0,{TASK_CHALLENGE_CHARS}}}?"
                      rf"(?:{cue_alternation('task_challenge_noun')})")


#: Most characters of what is faced in :data:`_FACED_THEN_MET` (the opportunity, then the challenge's content).
FACED_PAIR_CHARS = 40
#: A pair of clauses that names what a subject faces and then what it must meet (``既面临难得机遇，也要应对A、B的严峻
#: 挑战``; ``面临…的机遇，又要经受…的考验``): 面临/面对, a clause, a clause mark, an adverb of addition and a weak modal, a verb
#: of meeting and, within the clause, a noun of a hard task at its end. Bounded: linear.
_FACED_THEN_MET = LazyPattern(r"(?:面临|面对)[^，,。；;！？!?]{1,%d}[，,]\s{0,2}(?:也|还|又|更|同时也)(?:要|需要|得|必须)"
                             r"(?:应对|面对|面临|经受|迎接|承受)(?P<what>[^，,。；;！？!?]{2,%d})" % (FACED_PAIR_CHARS,
                                                                                      FACED_PAIR_CHARS))


def faces_challenge_pair(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) names the challenge its subject must meet beside what it faces
    (:data:`_FACED_THEN_MET`: ``社区治理既面临难得机遇，也要应对人口老化加速、服务需求激增的严峻挑战``): the 也要 is the
    parallel of 面临, a statement of what lies ahead, no measure; the sentence states a challenge (Part 84's 4536).
    The met clause ends with a ``task_challenge_noun`` word (挑战, 考验, 难题 …). Linear: one search."""
    if "面" not in sentence:
        return False
    return any(m.group("what").rstrip().endswith(lexicon().words("task_challenge_noun"))
               for m in _FACED_THEN_MET.finditer(sentence))


def names_task_as_challenge(sentence: str) -> bool:
    """Whether ``sentence`` (one clause, end punctuation aside) names a task and calls it a challenge by a copula:
    a subject, 是, at most :data:`TASK_CHALLENGE_CHARS` characters (面临的, 当前的最大 …) and a noun of a hard task at its
    end (``task_challenge_noun`` cue group: 挑战, 难题, 难点 …: ``提高满足率、缩短获取时滞是文献传递工作面临的重大挑战``).
    The imperative verbs of the subject (提高…, 缩短…) name what is hard to do, no measure prescribed; the sentence
    states a challenge (trial22 H, trialfix22a). Bounded: one anchored match of the sentence."""
    s = sentence.strip().rstrip("。！!；;")
    if "是" not in s or not s.endswith(lexicon().words("task_challenge_noun")):
        return False  # (the pattern ends with a task_challenge_noun word at the end of ``s``: one C test, speed24)
    if _ATTENDED_NOUN.search(s[-12:]):
        return False  # 四是教育是委员们关注的难点: the topic members raise most, its problems named after (Part 55)
    if _task_challenge_re().fullmatch(s) is not None:
        return True
    # (厨余占堆填区弃置物近四成，是废物管理中最大的挑战: the fact stated in its own clause is the subject the copula
    # clause after its comma calls the challenge; one subject clause, the copula opening the last clause; k154155,
    # Part 154's 8761)
    k = max(s.rfind("，"), s.rfind(","))
    if k <= 0 or not s.startswith("是", k + 1) or _CLAUSE_SPLIT.search(s, 0, k) is not None:
        return False
    return _task_challenge_re().fullmatch(s[:k] + s[k + 1:]) is not None


#: Most characters between 克服 and the obstacle noun that ends the clause (:func:`needs_to_overcome`).
OVERCOME_OBJECT_CHARS = 30


@lru_cache(maxsize=1)
def _overcome_re() -> re.Pattern[str]:
    # (anchored at the end of the last clause, a bounded object between: one search of a short clause)
    return re.compile(rf"(?:{cue_alternation('overcome_modal')})克服[^，,。；;：:！？!?]{{0,{OVERCOME_OBJECT_CHARS}}}?"
                      rf"(?:{cue_alternation('obstacle_noun')})\Z")


def needs_to_overcome(sentence: str) -> bool:
    """Whether the last clause of ``sentence`` says that obstacles must be overcome (``overcome_modal`` cue group, 需要
    / 必须 / 得, then 克服, at most :data:`OVERCOME_OBJECT_CHARS` characters and a noun of an obstacle at the clause's
    end, ``obstacle_noun``: 障碍, 关卡, 难关, 阻力): ``要让各部门数据彼此打通，需要克服格式与权责上的层层关卡``. The clause names
    what stands in the way, no measure (a plan to overcome them would say how); the sentence states a challenge
    (Part 88's 4805). Not a fault of conduct to overcome (``要克服畏难情绪``: no obstacle noun). Linear: one search of
    the last clause."""
    if "克服" not in sentence:
        return False
    clause = _last_clause(sentence.strip().rstrip("。！!；;"))
    return bool(clause) and _overcome_re().search(clause) is not None


def judges_task_hard(sentence: str) -> bool:
    """Whether the last clause of ``sentence`` (Simplified view) closes on a verdict that a task is very hard or
    impossible (``hard_task_end`` cue group: 很难, 是非常困难的, 几乎不可能, at the clause's end past a final 的 and
    closing punctuation), so that no later clause follows it: ``所以要在有限的名额录用到懂手语的教师是非常困难的``,
    ``目前本区的中学要有懂手语的老师很难``. The 要 before such a task is "for X to happen", no demand: the sentence
    states what the writer cannot achieve, a challenge (Part 136's 7681). Not ``谈何容易`` (``difficulty_verdict``:
    a rhetorical verdict on a task the writer goes on to propose, which prescribes nothing and states nothing).
    Linear: one ``endswith`` test of the stripped sentence."""
    body = sentence.strip().rstrip("。！!；;…. ")
    if body.endswith("的"):
        body = body[:-1]
    return bool(body) and body.endswith(lexicon().words("hard_task_end"))


def unheeded_proposal(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) tells of a proposal that went unheeded: a clause opens with a turn word
    (``unheeded_turn`` cue group: 惟, 但, 可惜, 至今 …) and ends with a verdict that nothing came of it
    (``unheeded_verdict``: 置之不理, 石沉大海, 仍未解决, 不做 …), and the text before that clause holds a proposal
    (``appeal_after_problem`` group: 建议, 希望, 要求 …; ``unheeded_request``: 提议, 反映, 争取 …), with no modal word
    in the clauses after it (:func:`holds_modal_word`: …，至今没有回应，应尽快落实 demands; what the neglect led to,
    …，亏损金额已增加至…, does not):
    ``有议员建议从速设立特别法庭，至今石沉大海``, ``建议关闭亏损的街市，惟署方置之不理``, ``希望政府设立援助金，但政府不做，
    令他们感到失望``. The proposal is reported, the complaint that it was ignored is the author's: a challenge (gold
    rules: a proposal the author only reports is no recommendation; trad52, issue 8). Linear: one pass over the
    clauses, a few ``startswith``/``endswith`` tests each."""
    if not has_cue(sentence, "unheeded_verdict") or not (has_cue(sentence, "appeal_after_problem")
                                                          or has_cue(sentence, "unheeded_request")):
        return False
    turns = longest_first("unheeded_turn")
    verdicts = longest_first("unheeded_verdict")
    parts = _clauses(sentence.strip().rstrip("。！!；;"))
    for i, part in enumerate(parts):
        c = part.strip()
        if i and c.startswith(turns) and c.rstrip(_CLOSE_QUOTES).endswith(verdicts):
            head = "".join(parts[:i])
            return ((has_cue(head, "appeal_after_problem") or has_cue(head, "unheeded_request"))
                    and not any(holds_modal_word(x) for x in parts[i + 1:]))
    return False


#: Closing quotes and brackets a clause may end with after its last word (``…「不了了之」``).
_CLOSE_QUOTES = BLOCK_QUOTE_CLOSERS + ASCII_QUOTES + "）)"


#: A noun of a hard task as what a group attends to (``是委员们关注的难点``, ``是群众关心的焦点``): the topic a report
#: counts among the concerns raised, no problem stated by it. Bounded.
_ATTENDED_NOUN = LazyPattern(r"(?:关注|关心|聚焦|反映)的(?:难点|焦点|热点|重点)$")


#: Most characters of a described group's description (``缺乏能力买「上车盘」的人士``) before its 的.
DESCRIBED_GROUP_CHARS = 24


@lru_cache(maxsize=1)
def _described_group_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{cue_alternation('group_intro')})(?P<group>[^，,。；;：:！？!?]{{2,{DESCRIBED_GROUP_CHARS}}}?的"
                      rf"(?:{cue_alternation('people_noun')}))(?=[，,。；;！？!?]|$)")


def mask_described_groups(sentence: str) -> str:
    """``sentence`` with each group of people it names as a target described by its hardship blanked by spaces (same
    length): after a word that introduces or serves a group (``group_intro`` cue group: 第二是, 照顾, 资助 …), a
    description, 的 and a noun of people (``people_noun``: 人士, 市民, 家庭 …) that ends its clause (``应集中照顾两种人士
    的需求：第一是居住条件恶劣的基层市民；第二是缺乏能力买「上车盘」的人士``). Who a measure serves is no problem the
    sentence states (trial22 H, trialfix22a); ``缺乏照顾的老人越来越多`` goes on and is kept. Linear (one bounded
    pattern, gated by a scan for the people nouns)."""
    if not has_cue(sentence, "people_noun") or not has_cue(sentence, "group_intro"):
        return sentence
    return _described_group_re().sub(lambda m: m.group(0)[:m.start("group") - m.start()]
                                     + " " * (m.end("group") - m.start("group")), sentence)


def describes_group(point: str) -> bool:
    """Whether ``point`` (a would-be challenge point) is only a group of people described by a hardship: a description
    that holds a deficiency word (:func:`_prose_deficits`, :func:`challenge_strength`), 的 and a noun of people
    (``people_noun`` cue group) up to its end with no clause break and no verb frame (把/被/给/让/将:
    ``把床位留给健康的老人`` is a clause): ``缺乏能力买「上车盘」的人士`` names whom a measure serves, no problem (trial22 H,
    trialfix22a). Bounded: one anchored match and cue scans of the point."""
    p = point.strip(" \t\n\u3000。，,；;：:")
    if _DESCRIBED_GROUP_ONLY().fullmatch(p) is None or any(c in p for c in "把被给让将"):
        return False  # (把床位留给健康的老人: a clause of its own that ends with its object)
    return bool(_prose_deficits(p) or challenge_strength(p))


@lru_cache(maxsize=1)
def _DESCRIBED_GROUP_ONLY() -> re.Pattern[str]:
    return re.compile(rf"[^，,。；;：:！？!?]{{2,{DESCRIBED_GROUP_CHARS}}}?的(?:{cue_alternation('people_noun')})")


#: Most characters of a sufficient condition (:data:`_SUFFICIENT_CONDITION`) from 只要 to its 就.
SUFFICIENT_CONDITION_CHARS = 60
#: A sufficient condition and the assurance that follows it (``只要把点位建好，加快串珠成链，就能得到提升``): 只要, at most
#: :data:`SUFFICIENT_CONDITION_CHARS` characters with no sentence end, a comma, 就 and a word of ability or outcome
#: (能, 会, 可以, 一定…), then the rest of that clause (the outcome, at most as many characters). The acts in the condition
#: are what would bring the outcome, said to assure, not prescribed, and the outcome (就能带动…) is no act either
#: (trial23 B4); blanked by :func:`sentence_aspect`. Bounded: linear.
_SUFFICIENT_CONDITION = LazyPattern(r"只要[^。；;！？!?]{0,%d}?[，,]\s{0,2}就(?:能够|能|会|可以|可|一定|必然|必将|必定)"
                                   r"[^，,。；;！？!?]{0,%d}" % (SUFFICIENT_CONDITION_CHARS, SUFFICIENT_CONDITION_CHARS))


def assures_outcome(point: str) -> bool:
    """Whether ``point`` (a would-be recommendation point, characters) opens with a sufficient condition and its
    assurance (:data:`_SUFFICIENT_CONDITION`: ``只要坚持…，就一定能够走出一条…新路子``, an essay's closing flourish): the
    acts in the condition are said to assure, not prescribed, so it is no measure (the rules blank it in
    :func:`sentence_aspect`; the learned model's added points are read with this, lead, nineteenth session).
    Bounded: one search of at most about 120 characters from the point's start."""
    m = _SUFFICIENT_CONDITION.search(point, 0, 2 + 2 * SUFFICIENT_CONDITION_CHARS + 8)
    return m is not None and m.start() <= 2


#: The outcome of a necessary condition (``…，民主生活会才能真正达到…效果``; ``…，才能让他们…``): a clause that opens, past at
#: most :data:`NECESSARY_OUTCOME_LEAD_CHARS` characters (its subject), with 才 and a positive word of ability or
#: outcome (才能, 才可以, 才会 …; not 才无法 / 才不会), to the end of the sentence. Bounded: one lazy gap, then a run.
NECESSARY_OUTCOME_LEAD_CHARS = 12
_NECESSARY_OUTCOME = LazyPattern(r"(?<=[，,])[^，,。；;！？!?]{0,%d}?才(?:能够|能|可以|可能|会|有望|有希望|得以)(?![不没])"
                                % NECESSARY_OUTCOME_LEAD_CHARS)
#: Words that name the condition before a necessary outcome as the only way (唯有…，才能…; 但只有…，才能…), opening a clause
#: past at most three characters (a connective).
_ONLY_WAY = LazyPattern(r"(?:^|[，,])[^，,。；;]{0,3}?(?:唯有|惟有|只有)")


def necessary_condition(sentence: str) -> tuple[int, bool] | None:
    """(offset in ``sentence`` where the outcome of a necessary condition starts, whether the condition is named as
    the only way: 唯有/惟有/只有 opening one of its clauses) when ``sentence`` closes on such an outcome
    (:data:`_NECESSARY_OUTCOME`: ``问题准、原因清、措施明，民主生活会才能真正达到…效果``; ``…，唯有真正为基层松绑减负，…，才能让
    他们把更多时间投入到…解难题上``) and the condition before it states no shortcoming (:func:`_prose_deficits`); else
    None. The outcome is the good a condition brings, so the problem nouns it holds (解难题) state no problem, and the
    condition is a required state or, named as the only way, a measure. Not a condition that states a fault
    (``由于资金不足，项目才能拖到今天``) nor an outcome negated (``才无法推进``). Linear in the sentence (one search, then
    the deficits of the condition)."""
    m = _NECESSARY_OUTCOME.search(sentence)
    if m is None:
        return None
    condition = sentence[:m.start()]
    if _prose_deficits(condition):
        return None
    return m.start(), _ONLY_WAY.search(condition) is not None


#: Characters of who wishes before a reported wish (部分市民, 他们普遍, 有居民: :func:`_reported_wish_re`).
WISHER_CHARS = 8
#: Verbs of witnessing after a wish's 能 (``希望今后能够持续听到…的声音``): a hope to see or hear, no action asked.
_WITNESS_VERBS = ("听到", "看到", "见到", "听见", "看见", "感受到", "见证")


@lru_cache(maxsize=1)
def _reported_wish_re() -> re.Pattern[str]:
    """A wish that opens a sentence's first clause (p27c): at most :data:`WISHER_CHARS` characters of who wishes
    (部分市民, 他们普遍, 有居民), 希望/期望/盼望/期盼, then either the wish for an action that :func:`_wish_for_action_re`
    reads (at most :data:`WISHED_ACTOR_CHARS` characters of whom it asks, a ``wished_ability`` word and an
    ``imperative`` verb: ``希望热线能增加更多功能``; a hope of an outcome, ``希望能够取得好成绩``, is none) or a verb of
    receiving and 更多 (``希望获得更多的实习机会``). One reading of a wish for both readers (the lead's fold of p27c's
    and weak26's patterns). Bounded alternatives: linear."""
    return re.compile(r"(?P<who>[^，,。；;：:！？!?“”「」\s]{0,%d}?)(?P<wish>希望|期望|盼望|期盼)"
                      r"(?:[^，,。；;：:！？!?]{0,%d}?(?:%s)(?:%s)|(?:获得|得到|拥有|享有|有)更多)"
                      % (WISHER_CHARS, WISHED_ACTOR_CHARS, cue_alternation("wished_ability"),
                         cue_alternation("imperative")))


@lru_cache(maxsize=1)
def _bare_wish_re() -> re.Pattern[str]:
    """The opening of a wish whose action follows the verb of wishing with no addressee and no 能 (``议员希望整合单一
    窗口``, ``居民希望加装电梯``): at most :data:`WISHER_CHARS` characters of who wishes and 希望/期望/盼望/期盼;
    :func:`reported_wish` then wants an action verb and its object right after it (:func:`tagged_action`: not
    ``希望取得好成绩``, a hope of an outcome). Anchored, bounded: linear."""
    return re.compile(r"(?P<who>[^，,。；;：:！？!?“”「」\s]{0,%d}?)(?P<wish>希望|期望|盼望|期盼)" % WISHER_CHARS)


#: Most later clauses (after a comma) :func:`reported_wish` reads for a wish that opens one.
WISH_CLAUSES = 3
_WISH_CLAUSE_COMMA = LazyPattern(r"[，,]")


def reported_wish(sentence: str, *, later: bool = False) -> bool:
    """Whether ``sentence`` (Simplified view) opens with a wish for an action or for more of something
    (:func:`_reported_wish_re`: ``部分市民希望热线能增加更多功能``, ``他们普遍希望获得更多的实习机会和职业指导``): what a group
    the text reports asks for, a measure by the gold rule that news and survey reports count the people they report
    (p27c; Parts 17, 27). Not a negated wish (不希望, 并不希望: the wisher's who ends in a negation), nor one whose first
    clause states a shortcoming, nor a wish that only the listeners speak (:func:`procedural_wish`). A wish may open
    one of the first :data:`WISH_CLAUSES` later clauses when the clauses before it state no shortcoming (``家长充满期待，
    某某反映希望整合单一窗口``; p31rec; ``later``: the call that reads such a clause). Constant work beyond the first
    clauses' readings (bounded anchored matches)."""
    s = sentence.strip()
    if not later:
        starts = [c.end() for c in itertools.islice(_WISH_CLAUSE_COMMA.finditer(s), WISH_CLAUSES)]
        if any(reported_wish(s[k:], later=True) and not _prose_deficits(s[:k]) and not challenge_strength(s[:k])
               for k in starts if "望" in s[k:k + WISHER_CHARS + 2]):
            return True  # (家长充满期待，某某反映希望整合单一窗口: the wish opens a later clause; p31rec)
    m = _reported_wish_re().match(s)
    if m is None:
        m = _bare_wish_re().match(s)  # (议员希望整合单一窗口: the wished action right after the verb; p31rec)
        if m is None or not tagged_action(s[m.end():]) or excludes_prose(s):
            return False  # (希望考生阅读本文: a wish about the text itself, no measure)
    if m.group("who").endswith(("不", "并不", "没有", "未")):
        return False
    if s[m.end():].lstrip("持续继续更多经常").startswith(_WITNESS_VERBS):
        return False  # (希望今后能够持续听到…的声音: a hope to see or hear, no action asked)
    if _TURN.search(s, m.end()):
        return False  # (我们当然希望车队制可以提升…，但能否…还是不无疑问: a wish granted before a doubt)
    first = _CLAUSE_SPLIT.split(s, maxsplit=1)[0]
    return not (challenge_strength(first) or _prose_deficits(first) or procedural_wish(s))


def proposer_wish(sentence: str, who: str = "") -> bool:
    """Whether ``sentence`` (Simplified view) opens with a deputy's or member's wish for an action: at most
    :data:`WISHER_CHARS` characters of who wishes naming a member of a congress or council (``proposing_person``:
    代表, 委员, 议员 …; or ``who``, the speaker of a news frame around a sentence that opens with the wish:
    ``赵代表表示，希望在省级层面研究出台…方案``), 希望/期望/盼望/期盼 (no negation before it), an optional comma, then
    words that hold an imperative verb (``imperative``: 给予, 出台, 支持 …) and whose first clause states no
    shortfall, no hope to witness (``希望今后能听到…``) and no turn to a doubt (``…，但…``). A proposer's hope is how
    news of the two sessions reports a proposal (``希望国家能对…给予政策扶持``): a recommendation, as a resident's wish
    in a survey is not (Parts 141 and 143: hope-framed proposals). Bounded: one anchored match, linear scans."""
    s = sentence.strip()
    m = _bare_wish_re().match(s)
    if m is None or s.endswith(("？", "?")) or not has_cue(m.group("who") or who, "proposing_person"):
        return False
    if m.group("who").endswith(("不", "并不", "没有", "未")):
        return False
    rest = s[m.end():].lstrip("，, ")
    if not rest or rest.lstrip("今后持续继续更多经常能够可以").startswith(_WITNESS_VERBS) or _TURN.search(s, m.end()):
        return False
    first = _CLAUSE_SPLIT.split(rest, maxsplit=1)[0]
    return has_cue(rest, "imperative") and not (challenge_strength(first) or _prose_deficits(first))


#: A wish set off by a comma before the public actor it addresses (``我们期望，特区政府…``, ``本会希望,当局…``): at most
#: :data:`WISHER_CHARS` characters of who wishes (no negation before the verb), the verb, a comma, then the actor of the
#: ``weak_modal_actor`` cue group (政府, 当局, 部门 …) within :data:`WISHED_ACTOR_CHARS` characters. Anchored, bounded.
@lru_cache(maxsize=1)
def _framed_wish_re() -> re.Pattern[str]:
    return re.compile(r"\s{0,2}(?P<who>[^，,。；;：:！？!?“”「」\s]{0,%d}?)(?<![不没未])(?:希望|期望|盼望|期盼)[，,]\s{0,2}"
                      r"[^，,。；;：:！？!?“”「」]{0,%d}?(?:%s)" % (WISHER_CHARS, WISHED_ACTOR_CHARS,
                                                           cue_alternation("weak_modal_actor")))


#: A forum named before its participants' hope (``与会的表演团体期待…``, ``…举办的座谈会，…界热烈发言，期待…``): a
#: meeting of discussion, where what the participants hope for is what the forum asks (k166fix).
_FORUM_WORD = LazyPattern(r"与会|座谈会|座谈|论坛|研讨会|圆桌|公听会|听证会|讨论会")
#: A clause that hopes for an act: at most :data:`WISHER_CHARS` characters of who hopes (no clause break), then 期待,
#: 期盼, 期望, 盼望 or 希望 (perhaps 能 or 能够) right before the act. Anchored at a clause start, bounded: linear.
_FORUM_HOPE = LazyPattern(r"\s{0,2}(?P<who>[^，,。；;：:！？!?“”「」\s]{0,%d}?)(?<![不没未])(?:期待|期盼|期望|盼望|希望)(?:能够|能)?"
                         % WISHER_CHARS)


#: A clause that names its subject as a cause of a problem (``学校端也是造成学用落差的原因之一``, ``…是技高学生人数
#: 下滑的主因``): 是, a verb of causing (perhaps), at most 30 characters of no clause break, 的, then the cause noun.
#: Bounded: linear (k166fix).
_NAMED_CAUSE_CLAUSE = LazyPattern(r"是(?:造成|导致|引起|形成|引发)?[^，,。；;：:！？!?]{1,30}?的"
                                 r"(?:主要原因|重要原因|根本原因|原因之一|主因|主因之一|成因之一|原因)(?=\s{0,2}[，,])")
#: The measure clause after it: at most :data:`CAUSE_MEASURE_SUBJECT_CHARS` characters of its own subject (and time),
#: then a modal of duty (就应, 应该, 应当, 必须 …). Anchored at the clause start, bounded.
CAUSE_MEASURE_SUBJECT_CHARS = 10
_CAUSE_MEASURE_CLAUSE = LazyPattern(r"\s{0,2}[^，,。；;：:！？!?]{0,%d}?(?:就应该|就应当|就应|就必须|应该|应当|必须|理应|应)"
                                   r"(?=[^，,。；;：:！？!?]{2})" % CAUSE_MEASURE_SUBJECT_CHARS)


def cause_then_measure(sentence: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``(cause, measure)`` spans (offsets into ``sentence``, Simplified view) of a sentence that names a cause of the
    problem and then, in its next clause, what should be done about it (``学校端也是造成学用落差的原因之一，学生在校期间
    就应有到业界实习的机会，…``): the cause clause (:data:`_NAMED_CAUSE_CLAUSE`, from its clause's start) is a
    challenge, the next clause, its own subject and a modal of duty (:data:`_CAUSE_MEASURE_CLAUSE`), a measure of its
    own; read as one point the measure is lost inside the challenge (k166fix, Part 166's 9460). None otherwise (a
    question, no cause clause, no modal right after it). Linear in the sentence."""
    if sentence.rstrip().endswith(("？", "?")):
        return None
    m = _NAMED_CAUSE_CLAUSE.search(sentence)
    if m is None:
        return None
    comma = _CLAUSE_SPLIT.search(sentence, m.end())
    if comma is None or comma.group() not in ("，", ","):
        return None
    measure = _CAUSE_MEASURE_CLAUSE.match(sentence, comma.end())
    if measure is None:
        return None
    start = max((sentence.rfind(c, 0, m.start()) for c in "，,。；;：:！？!?\n"), default=-1) + 1
    start += len(sentence[start:m.start()]) - len(sentence[start:m.start()].lstrip())
    end = _CLAUSE_SPLIT.search(sentence, measure.end())
    b = end.start() if end is not None else len(sentence.rstrip("。！!"))
    a = comma.end() + len(sentence[comma.end():b]) - len(sentence[comma.end():b].lstrip())
    return (start, m.end()), (a, b)


def forum_hope(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) reports a forum's hope for an act: a forum word (:data:`_FORUM_WORD`:
    与会, 座谈会, 论坛 …) in or before the clause that opens with the hope (:data:`_FORUM_HOPE`: ``与会的表演团体期待成立
    一个「联盟」，以…``; ``…座谈会，…表演艺术界热烈发言，期待成立…``), the hoped act opening with an ``imperative``
    verb (成立, 建立, 设立 …) and its clause stating no shortfall. A record of a forum or round table states what its
    participants ask this way: the forum's recommendation, as a member's hope is a proposal (:func:`proposer_wish`);
    a resident's wish in a survey names no forum. Not a question. Linear in the sentence (each clause start tried
    once, anchored)."""
    s = sentence.strip()
    forum = _FORUM_WORD.search(s)
    if forum is None or s.endswith(("？", "?")):
        return False
    starts = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(s)]
    for k in starts:
        m = _FORUM_HOPE.match(s, k)
        if m is not None and forum.start() <= m.end() and _hoped_act(s, m.end()):
            return True
    return False


def _hoped_act(s: str, at: int) -> bool:
    """Whether the words of ``s`` from ``at`` (right after a verb of hoping) open with an ``imperative`` verb and
    their clause states no shortfall. Linear in the clause."""
    end = _CLAUSE_SPLIT.search(s, at)
    first = s[at:end.start() if end is not None else len(s)]
    return first.startswith(tuple(lexicon().words("imperative"))) and not (
        challenge_strength(first) or _prose_deficits(first))


def hopes_for_act(clause: str) -> bool:
    """Whether ``clause`` (Simplified view) opens with a hope for an act (:data:`_FORUM_HOPE`, then an ``imperative``
    verb: ``期待成立一个「联盟」``): where :func:`summarizer.points.cue_window` starts a forum's hope
    (:func:`forum_hope`). Anchored: linear in the clause."""
    m = _FORUM_HOPE.match(clause)
    return m is not None and _hoped_act(clause, m.end())


def framed_wish(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) opens with a wish set off by a comma and addressed to a public actor
    (:func:`_framed_wish_re`: ``我们期望，特区政府认真聆听中小企业面对的种种困难，并增拨资源协助它们转型``): the writer's
    or a group's ask, whose difficulties and problems are what it asks the actor to heed, so a recommendation however
    many shortcoming words follow (k109113, Part 113's statements). Not a question. Bounded: one anchored match."""
    s = sentence.strip()
    return not s.endswith(("？", "?")) and _framed_wish_re().match(s) is not None


#: A first clause that announces what its subject will do (``另外，医管局在下季起会增加人手处理…``): an optional linking
#: opener, a subject and a time of at most 16 characters with no clause break, and the future 会 (not 不会/也会 …) before
#: the verb; :func:`announced_plan` checks the verb. Bounded: linear.
_ANNOUNCED_PLAN = LazyPattern(r"\s{0,2}(?:另外|此外|同时|而且|至于)?[，,]?\s{0,2}(?P<subject>[^，,。；;：:！？!?“”「」]{2,16}?)"
                             r"(?<![不也都还亦才就])会(?=[^，,。；;：:！？!?])")


def announced_plan(sentence: str) -> bool:
    """True when ``sentence`` opens by announcing what its subject will do (:data:`_ANNOUNCED_PLAN`: a subject, the
    future 会, then an ``imperative`` verb: ``医管局在下季起会增加人手处理申请，确保流程畅顺``) and holds no modal word
    (:func:`holds_modal_word`: 应, 必须, 要 …). A news report of an agency's own plans or an official's reply so states
    what it will do, no measure urged on anyone; a purpose clause after it (确保…) is the plan's aim, no imperative,
    and a problem noun it names (处理这方面的问题) is the work's object (:func:`sentence_aspect` reads it so when no
    deficiency word is stated; Part 56's 2870). Linear in ``len(sentence)``."""
    m = _ANNOUNCED_PLAN.match(sentence)
    if m is None or holds_modal_word(sentence) or has_cue(m.group("subject"), "modal"):
        return False
    rest = _without_adverbs(sentence[m.end():])
    return _opens_with_verb(rest, lexicon().words("imperative"))


#: The author's own side saying what it will do (``同时，我们将…``, ``我们还将…``, ``此外，我们要…``): an optional adding
#: opener, the first person of the plural (我们, 我哋; not 我国/我市: no possessive), at most two adverbs of addition
#: or time, and a future or modal word; :func:`own_plan` checks the verb after it. Anchored, bounded: linear.
_OWN_PLAN = LazyPattern(r"\s{0,2}(?:同时|此外|另外|而且|另一方面)?[，,]?\s{0,2}(?:我们|我哋)"
                       r"(?:还|也|亦|都|则|同时|今后|下一步|随后)?(?:还|也|亦|都)?"
                       r"(?:将会|将要|将|会|要|需要|应当|应该|应|必须)(?=[^，,。；;：:！？!?])")


def own_plan(sentence: str) -> bool:
    """True when ``sentence`` opens with the author's own side saying what it will do or must do (:data:`_OWN_PLAN`:
    ``同时，我们将建立服务质量评价制度``, ``我们还将加快…``) and the verb after that is an ``imperative`` one
    (:func:`_opens_with_verb`, past the remedy adverbs: ``进一步完善…``, ``持续推进…``). In a section or a paragraph
    of the author's measures (``对此，我们一是…。二是…。同时，我们将…``) such a sentence adds one more measure; read
    alone it may be a quoted official's plan, so only the region readers use it (``points._region_sentence_aspect``;
    fix52). Linear in ``len(sentence)``."""
    m = _OWN_PLAN.match(sentence)
    if m is None:
        return False
    rest = _without_adverbs(sentence[m.end():])
    return _opens_with_verb(rest, lexicon().words("imperative"))


#: A sentence that opens with the problems it takes up as its topic (``对有条件解决的问题，``, ``对于群众反映的困难，``:
#: 对/对于/针对, at most 40 characters with no clause break, ending in a ``solved_problem_noun``) and goes on, past an
#: optional subject of at most 8 characters and an adverb (也, 还, 都, 一定), with the future 将/会 (not 不会): a promise
#: of what the speaker's side will do with them (:func:`_promised_handling_re`). Bounded: linear.
@lru_cache(maxsize=1)
def _promised_handling_re() -> re.Pattern[str]:
    return re.compile(r"\s{0,2}(?:对于|针对|对)[^，,。；;：:！？!?]{1,40}?(?:%s)[，,]\s{0,2}"
                      r"[^，,。；;：:！？!?]{0,8}?(?<![不也都还亦才就])(?:也|还|都|均|亦|一定|必将)?(?:将会|将|会)"
                      r"(?=[^，,。；;：:！？!?])" % cue_alternation("solved_problem_noun"))


#: A sentence's first part, up to its first semicolon. Linear.
_FIRST_PART = LazyPattern(r"[^；;]*")


def promises_handling(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) is a promise of how the speaker's side will deal with the problems it
    names as its topic (:func:`_promised_handling_re`: ``对有条件解决的问题，将集中力量予以尽快解决``, ``对因条件所限暂时难以
    解决的问题，也将拟订出计划，逐步予以解决``), read up to its first semicolon (a run of such promises, one per kind of
    problem, is read by its first), with no modal word (:func:`holds_modal_word`) nor strong modal and no
    deficiency stated after the topic (:func:`_prose_deficits`). An official's reply in meeting news so closes: the
    problems are the promise's object, no shortcoming of the essay's own, and the promise urges no measure on anyone
    (Part 63's 3284, a negative). Linear in ``len(sentence)``."""
    sentence = _FIRST_PART.match(sentence).group()
    if "将" not in sentence and "会" not in sentence:
        return False
    m = _promised_handling_re().match(sentence)
    if m is None or holds_modal_word(sentence) or strong_modal(sentence):
        return False
    return not _prose_deficits(sentence[m.end():])


@lru_cache(maxsize=_MEMO_SIZE)
def _reported_plan(sentence: str, weak: bool) -> bool:
    """True when ``sentence`` (Simplified view) announces what its subject will do (:func:`announced_plan`), read at
    its start or past a person's news frame (:func:`news_frame_end`: ``李某表示，医管局在第四季起会增加人手处理…``: the
    official quoted announces the agency's plan; Part 56's 2870), and, when ``weak`` (the sentence reads as a
    challenge by its cue words), states no deficiency of its own in those words (:func:`_prose_deficits`; a harm the
    plan says it will not cause, ``不会造成混乱``, is none: :func:`_denied_problem_re`). Bounded: one frame search and
    the linear readers."""
    plan = sentence
    if not announced_plan(plan):
        k = news_frame_end(sentence)
        if not k:
            return False
        plan = sentence[k:]
        if not announced_plan(plan):
            return False
    return not (weak and _prose_deficits(plan))


#: w612 (Part 62's 3225): a load judged too heavy (``学习时间甚长``, ``课业负担过重``, ``工作压力很大``): a noun of load,
#: at most four characters, a degree word and an adjective of size. Bounded: linear.
_HEAVY_LOAD = LazyPattern(r"(?:时间|负担|压力|工作量|课业|功课|作业)[^，,。；;]{0,4}?"
                         r"(?:甚|很|太|过于|过|非常|十分|相当|极为|越来越)(?:繁重|沉重|长|重|大|多)")
#: The correlative that stacks what the people under that load must do (``不但需要做家课，更要出席补习班``): 不但/不仅/
#: 不只, a modal within :data:`BURDEN_MODAL_CHARS` characters, then within :data:`BURDEN_CHAIN_CHARS` characters a
#: clause opening with 更/还/也/而且 and a modal. Anchored at the correlative; bounded.
BURDEN_MODAL_CHARS = 8
BURDEN_CHAIN_CHARS = 40
_BURDEN_CHAIN = LazyPattern(r"(?:不但|不仅|不只)[^，,。；;]{0,%d}?(?:需要|要|得|须|必须)[^。；;]{1,%d}?[，,]\s{0,2}"
                           r"(?:更|还|也|而且)(?:需要|要|得|须|必须)" % (BURDEN_MODAL_CHARS, BURDEN_CHAIN_CHARS))
#: Most characters between the load judged heavy and the correlative after it.
BURDEN_LEAD_CHARS = 30


def stacked_burden(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) tells what a load judged heavy (:data:`_HEAVY_LOAD`: ``学生的学习时间
    甚长``) makes its bearers do, stacked by a correlative of obligation (:data:`_BURDEN_CHAIN`: ``放学后不但需要做家课，
    更要出席补习班``) at most :data:`BURDEN_LEAD_CHARS` characters after it: the 要 there says what they must bear, a
    problem the author describes, not a measure (Part 62's 3225; ``我们不仅要…，更要…`` with no heavy load before it
    stays a measure). Linear: one search per correlative, each bounded."""
    for m in re.finditer(r"不但|不仅|不只", sentence):
        if _BURDEN_CHAIN.match(sentence, m.start()) is None:
            continue
        if _HEAVY_LOAD.search(sentence, max(0, m.start() - BURDEN_LEAD_CHARS), m.start()) is not None:
            return True
    return False


#: A cause stated as a relation (``这与社区团购的兴起有着很大关系``, ``…还与房租的上涨有着很大一部分关系``, ``與…有密切關係``):
#: 与/和/跟, at most 40 characters of one clause, 有/有着, a degree (很大/极大/较大/密切/直接/莫大/一定), then 关系.
_CAUSE_RELATION = LazyPattern(r"(?:与|和|跟|與)[^，,。；;！？!?]{2,40}?有着?(?:很大|极大|较大|密切|直接|莫大|一定|極大|較大)"
                              r"(?:的|一部分|一部分的)?(?:关系|關係)")
#: A word by which the sentence asks why or names the causes (``为何…``, ``唯一的原因``): what the relation explains
#: is a trouble.
_CAUSE_ASKED = LazyPattern(r"为何|为什么|為何|為什麼|怎么会|怎麼會|原因|缘故|緣故")
#: Words of success: a relation that explains a success (``取得这些成绩，与…有着密切关系``) states no problem.
_SUCCESS_WORDS = LazyPattern(r"成功|成绩|成績|成效|成就|优势|優勢|好评|好評|进步|進步|繁荣|繁榮|兴旺|興旺")


def states_cause_relation(sentence: str) -> bool:
    """Whether ``sentence`` gives the cause of a trouble as a relation (:data:`_CAUSE_RELATION`: ``不可否认，这与社区
    团购的兴起有着很大关系，但这不是唯一的原因，…还与铺面租金的上涨有着很大关系``): an essay that asks why something
    fails or names the causes (:data:`_CAUSE_ASKED`) and answers with what the trouble is related to; the causes are
    its challenges (the gold's 原因). Not a relation that explains a success (:data:`_SUCCESS_WORDS`), nor one with a
    modal (a measure's reason). Linear: bounded scans (Part 173's 9893; fix61)."""
    return (_CAUSE_RELATION.search(sentence) is not None and _CAUSE_ASKED.search(sentence) is not None
            and _SUCCESS_WORDS.search(sentence) is None and not holds_modal_word(sentence))


#: The main clause of a condition that reads a sign (``若…，往往是外贸货量不足的体现``): an optional 这/则/就 and
#: 往往/通常/多半/一般/常常, then 是/为 and at most 30 characters of one clause before 的体现/表现/信号/征兆/迹象/反映.
_SIGN_READING = LazyPattern(r"[，,]\s{0,2}(?:这|则|就|这就)?(?:往往|通常|多半|一般|大多|常常|多)?(?:是|为|即是)"
                            r"[^，,。；;！？!?]{1,30}?的(?:体现|表现|信号|征兆|迹象|反映|體現|表現|訊號|徵兆|跡象)")


def reads_sign(sentence: str) -> bool:
    """Whether ``sentence`` opens with a condition (:func:`opens_condition`: 若/如果/一旦 …) and its main clause reads
    what the condition would be a sign of (:data:`_SIGN_READING`: ``若海运价格持续低迷，往往是货量不足的体现``): an
    indicator the writer explains, a hypothetical, no problem the text states as found nor a measure (Part 173's
    conditional signals; fix61). Linear: one anchored match and one bounded scan."""
    return opens_condition(sentence) and _SIGN_READING.search(sentence) is not None


@_remembered_any_length  # asked of each sentence by the points stage, the linear model and the selector (speed45)
def sentence_aspect(sentence: str) -> str | None:
    """Aspect of a free-standing sentence from its cue words: challenge when it states a shortcoming (or counts how
    much of a problem remains, :func:`counts_remaining`) and recommends nothing, recommendation when it is made of
    modal/imperative clauses or removes a problem it names (:func:`remedies_problem`), else None. A topic phrase
    before a speaker's proposal (``针对这些问题，委员们建议，…``: :func:`_after_topic`) names what the proposal
    addresses: the sentence is read from the proposal on."""
    sentence = mask_described_groups(sentence)  # (…应集中照顾…：第二是缺乏能力买…的人士: whom the measure serves)
    sentence = urgent_need_as_modal(sentence)  # (综上亟待建立…机制: the author's demand, as 亟需建立; k100102)
    if reads_sign(sentence):
        return None  # (若海运价格持续低迷，往往是货量不足的体现: what a condition would signal, a hypothetical; fix61)
    if "关系" in sentence and states_cause_relation(sentence):
        return CHALLENGE  # (小店为何难做，这与社区团购的兴起有着很大关系: a cause of the trouble; fix61)
    if _reasoned_measure(sentence, sentence_aspect):
        return RECOMMENDATION  # 每位代表都应深入选区，这是因为：: the measure, its reasons after it (left44)
    if tells_benefit(sentence):
        return None  # 另一方面能拯救婚姻危机，化解…矛盾，增强…: the good a system can do, no measure (k152153)
    if announces_merits(sentence):
        return None  # 应对人口老龄化，本市有几个优势。: it announces the strengths listed next (Part 78's 4202)
    if "只要" in sentence:
        sentence = _SUFFICIENT_CONDITION.sub(_blanked, sentence)  # (只要把点位建好，…，就能…: an assurance; lefts24)
    if needs_to_overcome(sentence):
        return CHALLENGE  # 要实现…，需要克服…的层层关卡: the obstacles in the way, no measure (Part 88)
    if judges_task_hard(sentence):
        return CHALLENGE  # 要在有限的名额录用到…教师是非常困难的: the task the writer cannot achieve (Part 136's 7681)
    if unheeded_proposal(sentence):
        return CHALLENGE  # 有议员建议设立…，至今石沉大海: a reported proposal that went unheeded (trad52)
    if names_task_as_challenge(sentence) or faces_challenge_pair(sentence):
        return CHALLENGE  # 提高满足率、缩短获取时滞是…面临的重大挑战: the task named hard (trialfix22a); 既面临…，也要应对…挑战
    if ("不但" in sentence or "不仅" in sentence or "不只" in sentence) and stacked_burden(sentence):
        return CHALLENGE  # 学习时间甚长，放学后不但需要做家课，更要出席补习班: what a heavy load makes them do (w612)
    only_way = False
    if "才" in sentence:
        cond = necessary_condition(sentence)
        if cond is not None:
            # (问题准、原因清，…才能达到…效果: a required state and the good it brings, no problem stated; weak25)
            cut, only_way = cond
            if not only_way:
                return RECOMMENDATION if modal_strength(sentence[:cut]) else None
    if sentence.startswith(lexicon().words("topic_opener")):
        k = _after_topic(sentence)
        if k and (proposal_frame_end(sentence[k:]) or _bare_proposal(_TOPIC_END.split(sentence[k:], 1)[0])):
            # (针对退费纠纷多的问题，建议建立…: the problem the topic phrase names is what the proposal answers; fix42a)
            return sentence_aspect(sentence[k:])
    if sentence.startswith(lexicon().words("target_opener")) and targeted_measure(sentence):
        return RECOMMENDATION  # 面对人手不足的困境，街道要加强队伍建设: the trouble named is what it answers (side42)
    if contrastive_measure(sentence):
        return RECOMMENDATION  # (不是A，而是要B: what A names is the course rejected, no shortcoming stated)
    if "的" in sentence and judged_course(sentence) >= 0:
        return RECOMMENDATION  # (更理想的做法，是当局加强…，纾缓…的问题: the course urged; issue 8)
    if "有" in sentence and benefit_frame_measure(sentence):
        return RECOMMENDATION  # (加大财政投入将有利于缓解看病难: the act urged by its good; the problem it eases; weak25)
    if ("不" in sentence and warned_prohibition(sentence)):
        return RECOMMENDATION  # 政府不能真搞成…，那样…就会退化: a prohibition argued by its harm (trialfix22a)
    if ("不" in sentence or "勿" in sentence) and forbids_conduct(sentence):
        return RECOMMENDATION  # 绝不能安于现状，不愿奋斗: the fault named is the conduct forbidden (side42)
    if "不" in sentence and forbids_neglect(sentence):
        return RECOMMENDATION  # 我们绝对不能忽视舆论的影响力: neglect forbidden, heeding prescribed (corpus24b)
    if has_cue(sentence, "heed_plea_verb") and pleads_heeding(sentence):
        return RECOMMENDATION  # 请赖总统正视这个危机: the problem named is what the plea asks to face (corpus24b)
    if framed_remedy(sentence) is not None:
        return RECOMMENDATION  # 为了解决这个问题，我们可以…: the writer's remedy for the problem just stated (w72)
    if topicalized_remedy(sentence):
        return RECOMMENDATION  # …暴露的系统问题，以及制度的缺失，要切实根治: the problems are the remedy's object (w71)
    purpose = purpose_clause_end(sentence) if sentence.lstrip().startswith(_PURPOSE_GATE) else 0
    if purpose:
        # 此外，为了减轻…负担，政府…应调高…: the purpose names what the measure relieves (trialfix22a)
        rest = sentence[purpose:]
        return prose_aspect(rest) or (None if challenge_strength(rest) else RECOMMENDATION)
    if hardship_head(sentence):
        return CHALLENGE  # 二是维护社会稳定难，主要是历史欠债多 (trialfix20b)
    if ("只" in sentence or "仅" in sentence or "缺" in sentence) and turned_to_few(sentence) and not (
            holds_modal_word(sentence) or strong_modal(sentence)):
        # 续方窗口通常只有一两个，开放时间集中在…: too few, whatever verb a later clause opens with (开放, 集中: no
        # measure proposed without a modal word; p60)
        return CHALLENGE
    if "望" in sentence and reported_wish(sentence):
        return RECOMMENDATION  # 部分市民希望热线能增加更多功能: what a reported group asks for (p27c)
    if "望" in sentence and framed_wish(sentence):
        return RECOMMENDATION  # 我们期望，特区政府认真聆听…面对的种种困难，并增拨资源…: the difficulties are what it asks to heed
    weak = challenge_strength(sentence) or int(counts_remaining(sentence)) or int(states_verdict(sentence))
    strong = modal_strength(sentence) or int(remedies_problem(sentence))
    proposing = opens_proposal(sentence)
    if proposing:
        strong = max(strong, 1)  # (同时建议…: the proposal verb after an adverb of addition opens a measure still)
    if weak and weak <= strong and proposing and not reports_means_done(sentence):
        # 也建议物业定期检查，在早期发现问题时及时维修，以免扩大损害: a sentence that opens by proposing names the problem
        # its measure finds or averts, no shortcoming stated (Part 79's advice read on the challenge side; k7980)
        return RECOMMENDATION
    if weak and orders_remedy(sentence):
        return RECOMMENDATION  # 香港食安中心已要求有关店家停售…有问题食品: the ordered fix, its object the fault (w68)
    if weak and promises_handling(sentence):
        return None  # 对有条件解决的问题，将集中力量予以尽快解决: an official's promise, its topic the problems (Part 63)
    if (strong or weak) and "会" in sentence and _reported_plan(sentence, bool(weak)):
        # 医管局在下季起会增加人手处理这方面的问题，确保…: an agency's own plan reported, no measure urged, and the
        # problem it names is the object of the planned work, no shortcoming stated (Part 56)
        return None
    if not (weak or strong) and ("盼" in sentence or "荷" in sentence) and _CLOSING_REQUEST.search(sentence):
        return RECOMMENDATION  # 希冀上级能协助我们争取专项资金解决为盼: a unit's request to its superior (Part 74's 3949)
    plea = appeal_start(sentence) if weak and not strong else -1
    if plea >= 0:  # 我们只能恳请法院，千万不可纵放嫌犯，让人民感到法律制约的松散: the plea (trialfix20b)
        weak, strong = challenge_strength(sentence[:plea]), 1
    if weak and strong:
        weak = challenge_strength(_without_forbidding(sentence))  # (要规划…，不能“一撤了之”，要保障…: trial16 A7)
    elif weak and strong_modal(sentence):
        # (…制度必须具备更严谨的监管机制，以避免类似问题重演: a subject's modal, then the harm the measure averts, which
        # states no shortcoming; trialfix21c)
        rest = _without_forbidding(sentence)
        if len(rest) < len(sentence.rstrip("。！!；; ")) and not challenge_strength(rest) and strong_modal(rest):
            weak, strong = 0, 1
    if weak and weak >= strong and prescribes_past_problem_words(sentence):
        return RECOMMENDATION  # 政府必须坐言起行，推出措施，…解决这个深层次矛盾: the problem is the measure's object (trad51)
    if weak and weak >= strong and "。" not in sentence.rstrip("。！!；; ") and calls_on_public(sentence):
        return RECOMMENDATION  # 同时，鼓励居民通过热线反映占道问题: the problems are what the public is asked to report
    if weak and weak >= strong:
        return None if only_way else CHALLENGE  # (唯有…，才能…解难题: the outcome's problem noun states none; weak25)
    if strong and (not weak or opens_proposal(sentence)) and not reports_means_done(sentence):
        # (建议行政院通令各部会提报…不便民的措施，责成…: a sentence that opens by proposing and prescribes more than it
        # complains names its shortcomings as what the measures address)
        return RECOMMENDATION
    return None



@lru_cache(maxsize=1)
def _public_call_re() -> re.Pattern[str]:
    return re.compile(rf"\s{{0,2}}(?:(?:同时|此外|另外|并且|并|还|也|同時|並)[，,]?\s{{0,2}})?(?:积极|大力|广泛|積極|廣泛)?"
                      rf"(?:{cue_alternation('public_call_verb')})(?:广大|廣大|全体|全體|辖区|轄區|社区|社區)?"
                      rf"(?:{cue_alternation('lay_complainant')})")


def calls_on_public(sentence: str) -> bool:
    """Whether ``sentence`` opens, past at most an additive link (同时, 此外, 并), with a call on the public: a verb of
    the ``public_call_verb`` cue group (鼓励, 倡导, 号召 …) right before a lay addressee (``lay_complainant``: 市民,
    居民, 家长 …): ``鼓励市民积极参与监督，发现问题及时举报``, ``同时，鼓励居民通过热线反映占道问题``. The closing measure
    of a notice or an enforcement news; the problems it names are what the public is asked to report or watch, no
    shortcoming stated (k165168). Anchored, bounded: constant work."""
    return _public_call_re().match(sentence[:40]) is not None


#: Most characters of the closing clause of :func:`topicalized_remedy` (``要切实根治``, ``必须尽快解决好``).
TOPICALIZED_REMEDY_CHARS = 12
#: A prescriptive modal that opens that clause (not the 需要/亟待/有待 of a need, which states the shortfall).
_TOPICALIZED_MODAL = LazyPattern(r"(?:也|还|更|就|则|都|均)?(?:应当|应该|必须|务必|要|应|须)")


def topicalized_remedy(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) names its problems first and closes with a clause that is only a
    prescriptive modal and a remedy verb (:data:`_TOPICALIZED_MODAL`, adverbs, a ``remedy`` word, at most ``好``/``掉``
    after it: ``宏福苑大火所暴露的系统问题，以及制度的缺失，要切实根治``, ``这些积弊必须尽快解决好``): the problems are
    the object the measure removes, moved before it, and the sentence a recommendation (w71, Part 72's 3817). Not a
    need (``…等问题亟待解决``, ``仍需要解决``: a shortfall stated), a closing clause of more than
    :data:`TOPICALIZED_REMEDY_CHARS` characters, nor a sentence of one clause. Bounded: reads the last clause only."""
    body = sentence.rstrip("。！!；; \n")
    k = rfind_any(body, "，,；;：:")
    return k > 0 and bare_remedy_clause(body[k + 1:])


def bare_remedy_clause(clause: str) -> bool:
    """Whether ``clause`` is only a prescriptive modal and a remedy verb with no object after it (at most ``好``/``掉``:
    ``要切实根治``, ``必须尽快解决好``): its object is what the clauses before it named (:func:`topicalized_remedy`).
    At most :data:`TOPICALIZED_REMEDY_CHARS` characters; constant work."""
    last = clause.strip()
    if len(last) > TOPICALIZED_REMEDY_CHARS or not has_cue(last, "remedy"):
        return False
    m = _TOPICALIZED_MODAL.match(last)
    if m is None:
        return False
    rest = _without_adverbs(last[m.end():])
    verb = next((w for w in _by_first_char(lexicon().words("remedy")).get(rest[:1], ()) if rest.startswith(w)), None)
    return verb is not None and rest[len(verb):] in ("", "好", "掉")


#: Most characters after a regulator's order verb within which the remedy it orders must come (``责令其限期整改``;
#: ``已跟进不合格样本，包括指令有关商户停售``).
ORDER_REACH_CHARS = 40
#: What may stand right before the order verb of :func:`orders_remedy`: a clause's start, or an adverb of a done or
#: prompt act (已, 已经, 并, 立即, 当场, 依法 …); not 按/未/不 (``未按要求整改`` states a fault).
_ORDER_LEAD = LazyPattern(r"(?:^|[，,；;：:]\s{0,2}|已经|已|并|立即|当场|当即|依法|随即|及时|均|分别|亦|也|则|还|同时)$")
#: A short topic phrase opened by 对/针对 up to the next comma (``对检查中发现的不规范行为，``): the faults it names are
#: the object of the order, no shortcoming stated. Not a list of faults (、) nor a clause with an adverb of its own
#: (``对于公有地的开发与拨用也欠缺…``, ``针对体育班学生不当体罚及性平通报失灵、…``: a finding stated), nor a longer one.
ORDER_TOPIC_CHARS = 20
_ORDER_TOPIC = LazyPattern(r"(?:针对|对于|对)[^，,；;。、也还仍却又均都]{0,%d}(?:[，,]|$)" % ORDER_TOPIC_CHARS)


def orders_remedy(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) reports a regulator's order or done follow-up after a check: an order
    verb (``regulator_order_verb`` cue group: 责令, 指令, 要求, 跟进 …) that opens a clause or follows an adverb of a done
    or prompt act (:data:`_ORDER_LEAD`: 已, 并, 立即 …), a remedy (``ordered_remedy_verb``: 整改, 停售, 销毁, 更换 …)
    within :data:`ORDER_REACH_CHARS` characters after it, and nothing before the verb that states a shortcoming once
    its 对-topic phrases are read past (``香港食安中心已要求有关店家停售及销毁有问题食品``; ``执法人员对检查中发现的不规范
    行为，责令食堂立即整改``). The problem words then name what the fix removes: a recommendation, as gold reads a done or
    ordered fix (Part 63, Part 68). ``检查发现…维保记录不全，责令整改`` reports its finding first (发现 before the verb,
    outside a topic phrase): False; so does ``召开了整改工作会议，督促被审计单位认真整改…``, work narrated in the
    perfective before the order (a rectification report's own steps, no fix ordered after a check), and
    ``已督促相关学校完成整改`` (完成 before the remedy: the fix reported complete). Its verb groups are its own, not
    ``turn_demand_verb``/``rectify_verb`` of :func:`summarizer.points._demand_turn` (a finding, then a demand after a
    comma): the lists overlap but differ in what each reading needs, and a merge changes outputs. Linear: one
    scan of the order verbs, each checked once."""
    if not has_cue(sentence, "regulator_order_verb"):
        return False
    remedy = cue_pattern("ordered_remedy_verb")
    for m in cue_pattern("regulator_order_verb").finditer(sentence):
        if not _ORDER_LEAD.search(sentence[max(0, m.start() - 4):m.start()]):
            continue
        fix = remedy.search(sentence, m.end(), m.end() + ORDER_REACH_CHARS)
        if fix is None:
            continue
        if "完成" in sentence[m.end():fix.start()]:
            return False  # 已督促相关学校完成整改: the fix reported complete, work done (no order after a check)
        before = _ORDER_TOPIC.sub("", sentence[:m.start()])
        return not ("发现" in before or "了" in before or challenge_strength(before) or _prose_deficits(before) or states_verdict(before))
    return False

#: Most characters before the 通过 of a means that opens a report of work done (``近年来，市里通过…``).
MEANS_LEAD_CHARS = 24
_DONE_MEANS_OPENER = LazyPattern(r"[^。；;！？!?]{0,%d}?通过" % MEANS_LEAD_CHARS)


def reports_means_done(sentence: str) -> bool:
    """True when ``sentence`` reports what was done and what it achieved rather than prescribing: it opens (within
    :data:`MEANS_LEAD_CHARS` characters, no sentence or ``；`` break) with the means, ``通过``, its verb phrases
    (完善…，加大…力度) standing as the means' objects, and a later clause states the result in the perfective
    (``achieved_result`` cue group: 提升了, 增强了 …), with no modal anywhere (``近年来，市里通过不断完善考核制度，加大
    培训力度，…，有效提升了干部的服务能力``: a news report's or a work report's achievement; userfix19 F8). Linear:
    the opener is bounded, the rest one scan per cue group."""
    s = sentence.strip()
    m = _DONE_MEANS_OPENER.match(s)
    if m is None or cue_pattern("achieved_result").search(s, m.end()) is None:
        return False
    return not strong_modal(s) and not has_cue(_mask_non_modals(s), "modal")


def refers_back_to_problems(clause: str) -> bool:
    """True when ``clause`` opens (past at most two characters: 而这些, 凡此) by referring back to problems already
    named (:data:`_BACK_REFERENCE`: ``这些问题反映出…``, ``上述现象说明…``). Bounded: reads the opening only."""
    m = _BACK_REFERENCE.search(clause[:12])
    return m is not None and m.start() <= 2


#: Adverbs of addition that may stand before a verb of proposing that opens a sentence (``也建议…``, ``同时建议…``,
#: ``此外还建议…``): the sentence opens by proposing still (:func:`opens_proposal`). Longest first.
_PROPOSAL_ADVERBS = ("此外还", "另外还", "同时也", "同时还", "此外", "另外", "同时", "也", "还", "并", "更")


def opens_proposal(sentence: str) -> bool:
    """True when ``sentence`` opens with a verb of proposing (``proposal_verb`` cue group: 建议, 提议 …) used as a verb
    (:func:`recommends_outright`'s reading: not the noun ``建议只…``, not ``建议没设立…``): the author proposes.
    Bounded: reads the opening only."""
    s = sentence.strip()
    lead = next((w for w in _PROPOSAL_ADVERBS if s.startswith(w)), "")
    if lead and s.startswith(lexicon().words("proposal_verb"), len(lead)):
        s = s[len(lead):]  # 也建议物业…, 同时建议…: an adverb of addition before the author's own proposal (k7980)
    return s.startswith(lexicon().words("proposal_verb")) and recommends_outright(s)


def _without_forbidding(sentence: str) -> str:
    """``sentence`` without its clauses (split at commas and semicolons) that open by forbidding, with no subject
    (:data:`_OPENING_PROHIBITION`: ``不能“一撤了之”``, ``也不要…``): beside a modal such a clause tells what not to do, and
    its 不能 states no shortcoming. Read only for a sentence that prescribes (:func:`sentence_aspect`); after a
    shortfall with no modal, ``资金不到位，不能按时开工`` goes on stating one. Nor the clauses that open with the harm
    the measure averts (``averted_purpose`` cue group: ``…制度必须具备更严谨的监管机制，以避免类似问题重演``: the
    problem named after 以避免 is what the measure prevents, no shortcoming stated; trialfix21c). Linear."""
    averted = lexicon().words("averted_purpose")
    return "，".join(c for c in re.split(r"[，,；;]", sentence)
                    if not _OPENING_PROHIBITION.match(c) and not c.lstrip().startswith(averted))


#: Adverbs that may stand between a modal and its verb (应进一步加强, 必须切实落实).
_MODAL_ADVERBS = ("进一步", "切实", "大力", "积极", "着力", "努力", "不断", "尽快", "全面", "认真", "更加", "也", "还", "更",
                  "尽早", "及早", "尽速")  # (尽早/尽速: Taiwan's 儘早/儘速 in the Simplified view)
#: Modals of a measure in prose, strongest first (要 and 需要 also state needs and conditions: they count only with
#: an action verb right after them, like the others).
#: (不妨: commentary's mild suggestion, 政府不妨考虑放宽门槛, counts like 宜 when an action follows it)
#: (提议: an association's proposal, 本会还向行政长官提议实施…, counts like 建议; trialfix21c)
_PROSE_MODALS = ("应当", "应该", "必须", "建议", "提议", "务必", "亟需", "亟须", "有必要", "需要", "不妨", "应", "宜", "须", "要")
#: The modals of :data:`_PROSE_MODALS` that are verbs of proposing: a comma or a colon may stand between one and the action
#: it proposes (``某委员建议，完善…制度，构建…体系``; ``建議：鼓勵企業…``), the way a news report gives a deputy's or a member's
#: proposal; after 应/要 such a mark ends the clause (kinds30).
_PROPOSAL_MODALS = ("建议", "提议")
_PROPOSAL_MARKS = "，,：:"
#: A character before 建议/提议 that makes it a noun, the object of a verb or one of several (指教和建议，让…; 这些建议，;
#: 提出“某银行”建议，协助…: a quoted name before it):
#: no proposal then runs on past its comma. The empty string: the text's start, where the verb may stand.
_PROPOSAL_NOUN_BEFORE = ("和", "与", "及", "、", "的", "些", "条", "项", "点", "种", "份", "或", "”", "」", "\"")
#: Most characters of the speaker before a proposal verb and its comma (:func:`_proposal_speaker`).
PROPOSAL_SPEAKER_CHARS = 40
#: Characters that make the words before 建议 in its clause a verb's object or a description, no speaker (收集到了一批
#: 宝贵建议，…; 听取他的建议，…; 把建议，…).
_NOT_SPEAKER_CHARS = "了的之到得把被"


def _proposal_speaker(text: str, at: int) -> bool:
    """Whether the words of ``text`` before a proposal verb at ``at`` in its clause (at most
    :data:`PROPOSAL_SPEAKER_CHARS` characters back to a clause mark or the text's start) can be its speaker: none of
    :data:`_NOT_SPEAKER_CHARS` among them (``王委员建议，``, ``全国人大代表、某公司董事长某某建议，``, or none at all).
    Bounded: reads at most that many characters."""
    lo = max(0, at - PROPOSAL_SPEAKER_CHARS)
    seg = text[lo:at]
    marks = [mm.end() for mm in _CLAUSE_MARK.finditer(seg)]
    if marks:
        seg = seg[marks[-1]:]
    elif lo > 0:
        return False  # (a clause longer than a speaker before the verb)
    return not any(c in seg for c in _NOT_SPEAKER_CHARS)


#: Any of :data:`_PROSE_MODALS` but 要, in one scan (a text holds a match exactly when it holds one of them; speed24).
_PROSE_MODAL_NOT_YAO = LazyPattern("|".join(map(re.escape, _PROSE_MODALS[:-1])))


#: A prose sentence at most this long (characters) is a point with one cue; a longer one needs stronger evidence
#: (two deficiency predicates, or a strong modal): long sentences mostly narrate, and one cue word in them is
#: often incidental.
PROSE_SHORT_CHARS = 40
#: Modals that also state needs and purposes (要提高质量，必须…; 就是要…): weak evidence of a measure.
_WEAK_MODALS = ("要", "需要", "需")


@lru_cache(maxsize=1)
def _modal_action_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words :func:`_modal_actions` reads after a modal, built once (speed22: they were joined at every call):
    the verbs that open an action (``imperative``, ``prose_action`` and ``modal_keep_action`` cue groups, in that
    order) and the adverbs that may stand before one (:data:`_MODAL_ADVERBS`; an idiom of manner stands where an
    adverb does: 要因地制宜发展…, ``manner_idiom``; an adverb of manner, 要科学规划…, ``manner_adverb``; an adverb of
    order, 应先厘清…，再提出…, ``order_adverb``)."""
    verbs = lexicon().words("imperative") + lexicon().words("prose_action") + lexicon().words("modal_keep_action")
    adverbs = (_MODAL_ADVERBS + lexicon().words("manner_idiom") + lexicon().words("manner_adverb")
               + lexicon().words("order_adverb"))
    return verbs, adverbs


@lru_cache(maxsize=1)
def _closing_manner_idioms() -> frozenset[str]:
    """The four-character idioms of the ``manner_idiom`` cue group (因地制宜, 多管齐下, 循序渐进 …): an idiom that
    may stand as a modal's whole predicate (``服务设计应因地制宜``), where an adverb (进一步, 审慎) or 设法 may not; not
    one that announces several measures to follow (``announcing_manner_idiom``: ``对此，政府应当多管齐下。``, a lead-in
    whose list holds the points)."""
    announcing = set(lexicon().words("announcing_manner_idiom"))
    return frozenset(w for w in lexicon().words("manner_idiom") if len(w) == 4 and not w.endswith("地")
                     and w not in announcing)


def _modal_actions(text: str) -> list[str]:
    """The modals of :data:`_PROSE_MODALS` in ``text`` that are followed, past adverbs, by an imperative verb
    (应加强, 必须进一步完善, 要建立) or another opener of an action (``prose_action`` cue group: 应把…, 应将…,
    亦应要求…): the shape of a prescribed measure. Modal characters inside other words (响应, 重要, 主要: the
    ``modal_exclusion`` group) do not count; the action after a modal is read in the unmasked text, so a verb the
    mask blanks (应要求…) still opens one."""
    if _prose_modal_re().search(text) is None and "还要" not in text:
        return []  # (no modal at all: blanking words with spaces makes none, speed21)
    masked = _mask_non_modals(text)
    verbs, adverbs = _modal_action_words()
    out = []
    # (还要 before an action verb is the modal 要 again, not the comparative 比…还要高 the mask blanks)
    for m in itertools.chain(_prose_modal_re().finditer(masked), _ADDED_MODAL.finditer(text)):
        tail = text[m.end():m.end() + 12]
        if m.group() in _PROPOSAL_MODALS and tail[:1] in _PROPOSAL_MARKS and text[m.start() - 1:m.start()] not in \
                _PROPOSAL_NOUN_BEFORE and _proposal_speaker(text, m.start()):
            tail = text[m.end() + 1:m.end() + 13].lstrip(" \u3000")  # (委员建议，完善…: the verb's comma, kinds30)
        window = len(tail)
        idiom = False
        for _ in range(2):  # at most two adverbs: 应进一步切实加强
            adverb = next((a for a in adverbs if tail.startswith(a)), None) if tail.startswith(adverbs) else None
            if adverb is None:
                break
            idiom = adverb in _closing_manner_idioms()
            tail = tail[len(adverb):]
            if tail.startswith("地") and len(adverb) > 1:
                tail = tail[1:]  # (an adverb with its 地: 必须积极地正视…, 应认真地检讨…)
        if idiom and (not tail or tail[0] in CLAUSE_BREAKS + TERMINATORS + "、\n"):
            # (服务设计应因地制宜。, 治理要多管齐下，…: an idiom of manner that ends the modal's clause is its predicate,
            # the course prescribed; Part 67's 3522)
            out.append(m.group())
            continue
        # (a copula may stand between the modal and the action it names: 目标模式应当是建立…, 关键应是加强…)
        if tail.startswith(verbs) or tail.startswith("是") and tail[1:].startswith(verbs):
            if _attributive_action(tail, verbs):
                continue  # 汽车是解决雾霾问题必须考虑的重中之重: the modal's clause describes a noun, prescribes nothing
            if m.group() == "需" and _objectless_action(tail, verbs):
                continue  # 治理能力还需提升，: the subject is what falls short (有待提升), no act prescribed (lead21)
            out.append(m.group())
        elif tail.startswith(("在", "于")):
            # (a phrase of time may stand there too: 政府大可在短期内将…, 应于年底前完成…; trialfix20)
            at = m.end() + window - len(tail)
            when = _TIME_PHRASE.match(text, at)
            if when is not None and text.startswith(verbs, when.end()):
                out.append(m.group())
            elif m.group() != "需" and (where := _PLACE_PHRASE.match(text, at)) is not None \
                    and text.startswith(verbs + _PLACED_VERBS, where.end()):
                # (or a phrase of the place or domain the act is done in: 政府应该在照顾者的定义及评估工具中加入…,
                # 应在制度层面明确…; k8587, Part 86's 4678; not the weak bare 需: 这些因素需在对比中予以考虑 weighs)
                out.append(m.group())
        elif tail.startswith(_OCCASION_WORDS):
            # (an occasion the actor is to seize, closed by a comma: 政府应趁施政报告，至少订出…, 应借此契机，加快…)
            at = m.end() + window - len(tail)
            occasion = _OCCASION_PHRASE.match(text, at)
            if occasion is not None:
                action = text[occasion.end():occasion.end() + 12]
                for _ in range(2):
                    adverb = next((a for a in adverbs + _OCCASION_ADVERBS if action.startswith(a)), None)
                    if adverb is None:
                        break
                    action = action[len(adverb):]
                if action.startswith(verbs):
                    out.append(m.group())
        elif tail.startswith(_OBJECT_PREPOSITIONS) and _prepositional_action(text, m.end() + window - len(tail)):
            # (and a prepositional object: 要对…进行改革, 更要为…提出解决方法, 应向…说明; corpus21b)
            out.append(m.group())
        elif (m.group() not in _WEAK_MODALS and not text[max(0, m.start() - 1):m.start()] in _NEGATIONS
              and not _CAUSE_BEFORE.search(text, max(0, m.start() - CAUSE_LOOKBACK_CHARS), m.start())
              and tagged_action(text[m.end() + window - len(tail):])):
            # (any verb with its object, by jieba's tags: 政府应该公开审计报告, 政府應人性化改善交通; the verb lists above
            # are closed, the duties a modal prescribes are not; p31rec)
            out.append(m.group())
    return out


#: Most characters before a modal that :data:`_CAUSE_BEFORE` looks back over.
CAUSE_LOOKBACK_CHARS = 12
#: A cause clause open before a modal (因为必须打败竞争者，…): the modal states what the cause requires, not a measure
#: the text prescribes. Read only for the verbs :func:`tagged_action` admits; no clause mark between it and the modal.
_CAUSE_BEFORE = LazyPattern(r"(?:因为|因為|由于|由於)[^，,。；;！？!?]*$")
#: Particles right after a verb that make it no prescribed action with an object (公开的…: a relative clause;
#: 提交了: done; 做得…: a complement of manner).
_AFTER_VERB_PARTICLES = ("的", "了", "着", "过", "得")
#: Words that may stand between a modal and its verb besides jieba's adverbs (tag ``d``): the 要 of 应该要, the 去 of
#: 必须认真去研究, the 可 of 建议可撤除 (not 能: 应能考虑到 tells what a thing should be able to do).
_BEFORE_VERB_WORDS = ("要", "去", "可", "可以")


def tagged_action(clause: str) -> bool:
    """Whether ``clause`` (the text right after a modal or a verb of proposing or wishing, Simplified view) opens
    with an action verb and its object, read off jieba's part-of-speech tags (:func:`summarizer.tokenize.word_tags`)
    rather than a list of verbs: past at most two adverbs (tag ``d``), words of manner ending in 化 (人性化) or
    :data:`_BEFORE_VERB_WORDS`, a verb of at least two characters (tag ``v`` or ``vn``; an adverb-adjective, ``ad``,
    when a noun follows it: 公开审计报告) that is no verb of state, thought or outcome (``stative_verb`` cue group:
    是, 成为, 取得, 看到, 认为 …) and is followed in its clause by a word that is no particle
    (:data:`_AFTER_VERB_PARTICLES`: 公开的, 提交了). ``撤除单侧车阻``, ``公开审计报告``, ``人性化改善交通`` yes;
    ``取得好成绩`` (an outcome), ``提升，`` (no object), ``有更多`` no. Constant work (the clause's first
    :data:`summarizer.tokenize.WORD_TAGS_CHARS` characters up to a clause mark). Source: jieba's ICTCLAS tags."""
    end = _CLAUSE_OR_SENTENCE_END.search(clause, 0, WORD_TAGS_CHARS)
    if end is not None and end.group() == "、" and _coordinated_actions(clause[:WORD_TAGS_CHARS]):
        return True  # 还须提速、提效和提质: bare verbs of action joined by 、 prescribe each (Part 67's 3509)
    words = word_tags(clause[:end.start() if end else WORD_TAGS_CHARS])
    k = 0
    while k < len(words) and k < 2 and (words[k][1] == "d" or words[k][0] in _BEFORE_VERB_WORDS
                                        or len(words[k][0]) > 2 and words[k][0].endswith("化")):
        k += 1
    if k + 1 >= len(words):
        return False
    (verb, tag), (nxt, ntag) = words[k], words[k + 1]
    if len(verb) < 2 or verb in lexicon().words("stative_verb") or verb.startswith(_NEGATIONS + _PREPOSITION_CHARS):
        return False
    if not (tag in ("v", "vn") or tag == "ad" and ntag.startswith("n")):
        return False
    if ntag in ("m", "c") or ntag.startswith("v") and k + 2 < len(words) and words[k + 2][0].startswith("的"):
        return False  # (分成两部分, 负担1人: a count; 参与和…: a list of verbs; 深入剖析的论点: a relative clause)
    if any(w.startswith(_QUESTION_WORDS) for w, _ in words[k + 1:]):
        return False  # (应带领香港走向什么方向: a question, no measure)
    return not nxt.startswith(_AFTER_VERB_PARTICLES) and not ntag.startswith("u")


#: Most verbs of a coordinated run (``提速、提效和提质``) that :func:`_coordinated_actions` reads.
COORDINATED_ACTIONS = 4


def _coordinated_actions(clause: str) -> bool:
    """Whether ``clause`` (the text right after a modal, Simplified view) opens with a run of two or more bare verbs
    of two characters joined by 、, 和 or 及 and closing its clause (``提速、提效和提质``, ``整合、共享``), each tagged a
    verb by jieba (``v``; the last may be tagged a noun, ``vn`` or ``n``, as 提质 is) and none a verb of state:
    coordinated actions the modal prescribes, no object needed. Constant work (the clause is at most
    :data:`summarizer.tokenize.WORD_TAGS_CHARS` characters)."""
    end = _CLAUSE_END_NO_LIST.search(clause)
    words = word_tags(clause[:end.start() if end else len(clause)])
    if not 3 <= len(words) <= 2 * COORDINATED_ACTIONS - 1:
        return False
    stative = lexicon().words("stative_verb")
    verbs = words[0::2]
    if any(w not in ("、", "和", "及") for w, _ in words[1::2]) or len(words) % 2 == 0:
        return False
    return all(len(w) == 2 and w not in stative and not w.startswith(_NEGATIONS)
               and (t == "v" or k == len(verbs) - 1 and t in ("vn", "n") and k > 0)
               for k, (w, t) in enumerate(verbs))


#: The end of a clause or sentence, a list's 、 not counted (:func:`_coordinated_actions`).
_CLAUSE_END_NO_LIST = LazyPattern(r"[，,。；;：:！？!?“”「」\n]")


#: Prepositions jieba may glue to the next character as one "verb" (以作, 为此, 像是): no action opens there.
_PREPOSITION_CHARS = ("以", "为", "為", "像")
#: Words that open a negated verb (不会, 没有, 未能, 别再): a modal before them prescribes no act.
_NEGATIONS = ("不", "没", "未", "别", "勿", "非", "無", "无")
#: Words of a question (什么, 哪里, 如何 …, Simplified and Traditional): the clause asks, it prescribes nothing.
_QUESTION_WORDS = ("什么", "什麼", "哪", "如何", "怎么", "怎麼", "怎样", "怎樣", "吗", "嗎", "是否", "为何", "為何")


#: The end of a clause or sentence (the text :func:`tagged_action` tags stops there).
_CLAUSE_OR_SENTENCE_END = LazyPattern(r"[，,。；;：:、！？!?“”「」\n]")


#: Prepositions of an occasion or a means between a modal and its action (``应趁…，``, ``应借此契机，``).
_OCCASION_WORDS = ("趁", "借", "藉", "乘")
#: Such an occasion: its preposition, at most ten characters of no clause mark, the comma that closes it. Anchored,
#: bounded.
_OCCASION_PHRASE = LazyPattern(r"[趁借藉乘][^，,。；;：:、！？!?]{1,10}[，,]\s?")
#: Adverbs of degree that may open the action after an occasion (``至少订出…``).
_OCCASION_ADVERBS = ("至少", "起码", "首先", "尽快")


def _objectless_action(tail: str, verbs: tuple[str, ...]) -> bool:
    """Whether the action verb that opens ``tail`` (the text after the bare modal 需 and its adverbs) ends its clause
    with no object (``政府公共服务和依法治理能力还需提升，``, ``政风行风还需进一步改进，``): the subject before 需 is
    what is to be improved, a shortcoming stated as 有待提升 states it, no act prescribed; ``政府需加大投入`` has its
    object. Reads the longest verb of ``verbs`` that opens ``tail``: O(len(verbs))."""
    longest = max((len(v) for v in verbs if tail.startswith(v)), default=0)
    return longest > 0 and (len(tail) == longest or tail[longest] in CLAUSE_BREAKS + TERMINATORS + "\n")


def _attributive_action(tail: str, verbs: tuple[str, ...]) -> bool:
    """Whether the action verb that opens ``tail`` (the text after a modal and its adverbs) is followed right away by
    the 的 of a relative clause and its noun (``必须考虑的重中之重``, ``应关注的重点``): the modal phrase then describes
    the noun and prescribes no action; a 的 that closes the clause (``这种制度是需要改善的。``) affirms the action.
    Reads the longest verb of ``verbs`` that opens ``tail``: O(len(verbs))."""
    if "的" not in tail:
        return False
    longest = max((len(v) for v in verbs if tail.startswith(v)), default=0)
    if longest > 0 and tail.startswith(_FACTIVE_NOUNS, longest + 1) and tail[:longest] not in _FACING_VERBS:
        return False  # (揭示了复习策略需要调整的现实: the noun states that the action is needed, a finding's advice; part77)
    return longest > 0 and tail.startswith("的", longest) and len(tail) > longest + 1 and is_cjk(tail[longest + 1])


#: Nouns of fact a relative clause may stand in apposition to (``…需要调整的现实``, ``…亟须改进的事实``, ``…应当加强的
#: 必要性``): the modal phrase states what the fact is, that the action is needed, and so prescribes it
#: (:func:`_attributive_action`); not after a verb of facing (``必须正视的现实`` names a problem to face, no measure).
_FACTIVE_NOUNS = ("现实", "事实", "必要性", "紧迫性", "迫切性")
_FACING_VERBS = frozenset(("正视", "面对", "面临", "接受", "承认", "重视", "关注", "注意", "思考", "考虑", "警惕"))


#: Prepositions that put the object of a prescribed action before its verb (``要对违规企业进行整治``, ``应向市民说明``,
#: ``须就此作出交代``, ``要同业界协商``); 为, 与, 给, 把, 将 already open an action as words of the ``prose_action`` group.
_OBJECT_PREPOSITIONS = ("对", "向", "就", "同")
#: Verbs that close such a prepositional phrase besides the ``imperative`` cue group: the light verbs of Chinese
#: measures (``进行``, ``提出``, ``作出``, ``做出``, ``加以``, ``予以``).
_LIGHT_VERBS = ("进行", "提出", "作出", "做出", "加以", "予以")
#: Most characters of the prepositional object between the preposition and its verb.
PREPOSITIONAL_OBJECT_CHARS = 20


def _prepositional_action(text: str, at: int) -> bool:
    """Whether ``text`` at offset ``at`` (a character of :data:`_OBJECT_PREPOSITIONS`, right after a modal and its
    adverbs) opens a prepositional phrase whose verb is an action: within :data:`PREPOSITIONAL_OBJECT_CHARS`
    characters and before any clause mark, an ``imperative`` cue word or a light verb (:data:`_LIGHT_VERBS`) not
    followed by 的 (``要对…进行改革`` yes; ``要对改革的态度…`` no; ``要为此负责`` no: 负责 is no imperative). Linear:
    one bounded scan."""
    verbs = lexicon().words("imperative") + _LIGHT_VERBS
    stop = min(len(text), at + 1 + PREPOSITIONAL_OBJECT_CHARS)
    for k in range(at + 2, stop):
        ch = text[k]
        if ch in "，,。；;：:、！？!?“”「」\n":
            return False
        if text.startswith(verbs, k):
            end = next((k + len(v) for v in verbs if text.startswith(v, k)), k)
            return not text.startswith(("的", "了"), end)
    return False


#: A phrase of time between a modal and its action (``在短期内``, ``于年底前``, ``在三年之内``): a preposition, at most
#: eight characters, a word that closes a span of time. Anchored, bounded.
_TIME_PHRASE = LazyPattern(r"(?:在|于)[^，,。；;：:、]{1,8}?(?:之内|之前|以内|以前|期间|内|前)")
#: A phrase of the place or domain an act is done in, between a modal and its verb (``在照顾者的定义及评估工具中``,
#: ``在制度层面``, ``于规划上``): 在/于, at most 16 characters with no clause mark, a word of location. Bounded, anchored.
#: Verbs of putting a thing into a text or a scheme that close such a phrase besides the ``imperative`` cue group
#: (``在…中加入…``, ``在条例中列入…``, ``在合约上订明…``): not imperative openers of their own (加入世贸后 narrates).
_PLACED_VERBS = ("加入", "列入", "写入", "订明", "注明", "载明")
_PLACE_PHRASE = LazyPattern(r"(?:在|于)[^，,。；;：:、！？!?\n]{1,16}?(?:之中|当中|层面|方面|领域|中|上|里)")


@lru_cache(maxsize=1)
def _prose_modal_re() -> re.Pattern[str]:
    """The modals :func:`_modal_actions` reads: the ``modal_compound`` cue group (Hong Kong and Taiwan prose:
    必须要, 是时候要; longest first, so the compound is taken whole) before :data:`_PROSE_MODALS` (in their order)."""
    compounds = sorted(lexicon().words("modal_compound"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, compounds + list(_PROSE_MODALS))) + "|" + _BARE_NEED)


#: The bare modal 需 (``政府需加大投入``, ``各地市也需进一步拉近…``), read after every modal of :data:`_PROSE_MODALS` (需要
#: is taken whole) and only by :func:`_modal_actions`, which wants an action verb after it (所需资金, 需求 name no
#: action); not after a negation (无需, 毋需, 不需: no need) nor in 必需 (necessary). Weak, as 需要 is
#: (:data:`_WEAK_MODALS`).
_BARE_NEED = "(?<![无毋不必所])需"


#: 要 after 还 (还要加强监督): counted as 要 when an action follows it.
_ADDED_MODAL = LazyPattern(r"(?<=还)要")


#: Most characters between the copula and the noun of worth of a demonstrative judgment
#: (:func:`_demonstrative_judgment_re`).
_DEMONSTRATIVE_JUDGMENT_CHARS = 30


@lru_cache(maxsize=1)
def _demonstrative_judgment_re() -> re.Pattern[str]:
    """A judgment of what the thing just said is (``这应该是建立新社会契约的精神所在``, ``这也应是…的意义所在``): a
    demonstrative subject, an epistemic 应该/应 and the copula, then a noun of worth or essence (``judgment_essence_noun``
    cue group) ending the sentence: no course prescribed (:func:`prose_aspect`). Anchored, bounded: linear."""
    nouns = cue_alternation("judgment_essence_noun")
    return re.compile(r"(?:这|此|这也|这就|这才|这些)[也就才]?(?:应该|应当|应)(?:就)?是[^，,。；;！？!?]{1,%d}?(?:%s)[。！!]?$"
                      % (_DEMONSTRATIVE_JUDGMENT_CHARS, nouns))


#: Fewest characters of a measure before its reasons (:func:`reason_tail_start`).
REASON_HEAD_MIN_CHARS = 6


@lru_cache(maxsize=1)
def _reason_tail_re() -> re.Pattern[str]:
    """A comma, optional blanks and a word of the ``reason_tail`` cue group (``，这是因为``). Bounded: linear."""
    return re.compile(rf"[，,][ \t\u3000]{{0,2}}(?:{cue_alternation('reason_tail')})")


def reason_tail_start(sentence: str) -> int:
    """Offset in ``sentence`` of the comma that opens its reasons (``所有学校都应设立阅读时间，这是因为：一、…``;
    ``…都應…，這是因為…`` read in the Simplified view: the first comma followed by a word of the ``reason_tail``
    cue group), when at least :data:`REASON_HEAD_MIN_CHARS` characters stand before it; ``-1`` when there is none.
    What the clauses before the comma urge is the point, the reasons after it its support. One scan: linear."""
    if "因" not in sentence and "由" not in sentence and "理" not in sentence:
        return -1
    m = _reason_tail_re().search(sentence)
    if m is None or len(sentence[:m.start()].strip()) < REASON_HEAD_MIN_CHARS:
        return -1
    return m.start()


def _reasoned_measure(sentence: str, read: Callable[[str], str | None]) -> bool:
    """Whether ``sentence`` urges a measure and then gives its reasons (:func:`reason_tail_start`): the clauses
    before the reasons carry a strong modal (:func:`strong_modal`: 都应, 必须; not 要, which also states a need: 中国
    要维持…的更替水平是2.2，…，这是因为…) and ``read`` (an aspect reader) of them is a recommendation."""
    cut = reason_tail_start(sentence)
    return cut > 0 and strong_modal(sentence[:cut]) and read(sentence[:cut] + "。") == RECOMMENDATION


@lru_cache(maxsize=1)
def _weighted_frame_re() -> re.Pattern[str]:
    """``最重要的是，`` / ``最要紧的，是`` (a ``weighted_measure_frame`` word, 的, then 是 and a comma in either order)
    (:func:`weighted_measure`). Literal-led, bounded: linear."""
    return re.compile(r"(?:%s)的(?:是[，,]|[，,]是)\s{0,2}" % cue_alternation("weighted_measure_frame"))


def weighted_measure(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) states a measure as what matters most: a frame of the
    ``weighted_measure_frame`` group closed by a comma (:func:`_weighted_frame_re`: ``招商工作最重要的是，讲诚信守承诺``,
    ``公共事务最要紧的是，凝聚共识``) and an action opening the clause after it (:func:`tagged_action` or an
    ``imperative`` word). Not a person or a state after it (``最重要的是，他个人十分愿意聆听…``, ``最重要的是，社会越富裕…``:
    no action opens the clause). Part 148's 8405 (k147148). Linear (one search, then constant work)."""
    if "的" not in sentence:
        return False
    m = _weighted_frame_re().search(sentence)
    if m is None:
        return False
    rest = sentence[m.end():]
    return starts_imperative(rest) or tagged_action(rest)


#: Most readings :func:`prose_aspect` nests inside one another (each reads what follows a frame it strips: a reported
#: speaker inside a reported speaker, ``A表示，B指出，C认为，…``, a turn, a case clause). Real sentences nest two or three;
#: an endless chain of frames (``住户反映，`` two thousand times, one sentence) would recurse past Python's stack and
#: remember every remainder (memory quadratic in the sentence). A reading nested deeper than this is neither aspect.
PROSE_NESTING_MAX = 12
_PROSE_DEPTH: ContextVar[int] = ContextVar("prose_aspect_depth", default=0)


@_remembered_any_length
def prose_aspect(sentence: str) -> str | None:
    """Aspect of a prose sentence that stands in no aspect section, list or lead-in region, or None.

    Stricter than :func:`sentence_aspect`, which reads sentences inside a region that already names the aspect:

    * challenge: the sentence holds a predicate of deficiency (``prose_challenge`` cue group: 缺乏, 不合理, 滞后,
      不到位 …; not the bare nouns 问题/风险 that in prose mostly name a topic) and no modal at all; two
      different such predicates when it is longer than :data:`PROSE_SHORT_CHARS`;
    * recommendation: a modal followed by an action verb (``应加强``, ``必须进一步完善``) and no deficiency
      predicate; with only 要/需要 (``要建立``), when it is at most :data:`PROSE_SHORT_CHARS` long or prescribes
      two actions so (``同时要…，还要…``);
    * neither: a question, a lead-in ending in a colon, a sentence about the text, research or exam itself
      (``prose_exclude``: 本文, 课题组, 自拟题目 …), one that opens with a purpose, condition or example
      (``prose_opener``: 为了, 例如 …; :func:`opens_condition`: 如果, 一旦 …), or a reviewer's comment (:func:`is_commentary`).

    The thresholds were read off the project's aspect corpora (precision of each cue on prose sentences). A reading
    nested more than :data:`PROSE_NESTING_MAX` deep inside another (frames stripped one by one) is None: cost and stack
    depth stay bounded on any sentence.
    """
    depth = _PROSE_DEPTH.get()
    if depth >= PROSE_NESTING_MAX:
        return None
    token = _PROSE_DEPTH.set(depth + 1)
    try:
        return _read_prose_aspect(sentence)
    finally:
        _PROSE_DEPTH.reset(token)


def _read_prose_aspect(sentence: str) -> str | None:
    """:func:`prose_aspect`'s reading, one level (it calls :func:`prose_aspect` on the remainders it strips)."""
    s = mask_described_groups(sentence.strip())  # (whom a measure serves, 缺乏能力买…的人士, states no problem)
    s = urgent_need_as_modal(s)  # (综上亟待建立…机制: the author's demand, as 亟需建立; k100102)
    if invites_opinions(s):
        return None  # 请您就A，B方面提出您的宝贵建议: a call for suggestions prompts topics (Part 124's 6946)
    if "关系" in s and states_cause_relation(s):
        return CHALLENGE  # 小店为何难做，不可否认这与社区团购的兴起有着很大关系: a cause of the trouble (fix61)
    if _reasoned_measure(s, prose_aspect):
        return RECOMMENDATION  # 所有学校都应设立阅读时间，这是因为：: the measure, its reasons after it (left44)
    if _demonstrative_judgment_re().match(s):
        return None  # 这应该是建立新社会契约的精神所在: what the thing just said is judged to be, no course (lefts25)
    if promises_handling(s):
        # 对有条件解决的问题，将集中力量予以尽快解决；对不能全部解决的问题，将…: an official's promise, item by item
        # of the problems it takes up; none a shortcoming (Part 63's 3284)
        return None
    if needs_to_overcome(s):
        return CHALLENGE  # 要实现…，需要克服…的层层关卡: the obstacles in the way, no measure (Part 88)
    if judges_task_hard(s):
        return CHALLENGE  # 目前本区的中学要有懂手语的老师很难: the task the writer cannot achieve (Part 136's 7681)
    if names_task_as_challenge(s):
        return CHALLENGE if not modal_strength(s) else None  # (提高…是…面临的重大挑战: a task named hard, no measure)
    if faces_challenge_pair(s):
        return CHALLENGE  # 既面临难得机遇，也要应对…的严峻挑战: what lies ahead, no measure (k8384)
    if (s.endswith(("？", "?")) or "能不能" in s or "考虑" in s) and asks_for_measure(s):
        return RECOMMENDATION  # 康健中心可否走出此固有的模式…？: a rhetorical proposal
    if awaits_reform(s) and not _prose_deficits(s):
        return RECOMMENDATION  # 我们期待一场关于公共服务文化的深刻变革: the change the writer calls for (issue 8, 3385)
    if "该" in s and time_to_act(s):
        return RECOMMENDATION  # 学校门口是该管理一下了！: it is time to act, a proposal (trialfix23b E)
    if s.endswith(("？", "?")) and rhetorical_complaint(s):
        return CHALLENGE
    if s.endswith(("？", "?")) and fears_outcome(s) and not modal_strength(s):
        return CHALLENGE  # 如此多人口同时入住，会否塞爆车站？: a concern put as a question (k154155, Part 155's 8811)
    if s.endswith(("！", "!", "？", "?")) and indignant_question(s):
        return CHALLENGE  # 凭什么每次亏损都要用户来埋单！！！: the writer's protest at what is imposed (k9192)
    if s.endswith(("？", "?")) and doubts_reduction(s):
        return CHALLENGE  # 红头文件少了，“白头”的通知有没有增加？: a concern that the burden came back (trialfix21b)
    if s.endswith(("？", "?")) and names_faced_problem(s) and not modal_strength(s):
        return CHALLENGE  # 本市面对一个很大的问题，就是人手从何而来？: the problem named, posed as a question (p24b)
    if not s or s.endswith(("：", ":", "？", "?")):
        return None
    if necessary_condition_measure(s):
        return RECOMMENDATION  # 只有深化改革，才能…: the condition named as the only way is the measure
    if "要求" in s and directs_subordinates(s):
        return RECOMMENDATION  # …同时要求区县进一步提高认识，…完成各项工作任务: a leader's demand (k162151)
    if conditional_proposal(s):
        return RECOMMENDATION  # 若政府可以效法…，那才能帮助…: a course urged by the good it would bring (trialfix21c)
    if "有" in s and benefit_frame_measure(s):
        return RECOMMENDATION  # 废除户籍制度，实现…显然有助于提升…: an act urged by the good it does (weak25)
    if warned_prohibition(s):
        return RECOMMENDATION  # 政府不能真搞成…，那样…就会退化: the course forbidden, argued by its harm (trialfix22a)
    if "不" in s and forbids_neglect(s):
        return RECOMMENDATION  # 政府不可漠视民意: neglect forbidden, heeding prescribed (corpus24b)
    if has_cue(s, "heed_plea_verb") and pleads_heeding(s):
        return RECOMMENDATION  # 请赖总统正视这个危机: the problem named is what the plea asks to face (corpus24b)
    if "考虑" in s and suggests_consideration(s):
        return RECOMMENDATION  # 不易执行的事项，可以考虑公开讨论: a hedged proposal (part26fix)
    if framed_remedy(s) is not None:
        return RECOMMENDATION  # 为了解决这个问题，我们可以…: the writer's remedy for the problem just stated (w72)
    if topicalized_remedy(s):
        return RECOMMENDATION  # …暴露的系统问题，以及制度的缺失，要切实根治: the problems are the remedy's object (w71)
    purpose = purpose_clause_end(s)
    if purpose:
        return prose_aspect(s[purpose:])  # 为了减轻…负担，政府应调高…: the measure; the burden is what it relieves
    defied = defied_prohibition(s) if "但" in s or "然而" in s or "可是" in s or "不过" in s else None
    if defied is not None and prose_aspect(s[defied:]) == CHALLENGE:
        return CHALLENGE  # 上级多次发文严禁公款吃喝，但顶风违纪现象仍时有发生: the fault that persists (fix43)
    if has_cue(s, "concession_opener"):
        k = concession_main(s)
        if k is not None and prose_aspect(s[k:]) == CHALLENGE:
            return CHALLENGE  # 虽然政府一直强调其政策是要…，但是…负担却一直为人诟病: the main clause states the problem; what
            # the concession grants (a policy's aim, its modal) prescribes nothing (concess27)
    if s.startswith(lexicon().words("background_opener")) and not s.startswith(lexicon().words("prose_opener")):
        # (近年来，随着…的推进，村容村貌得到了明显的改观，但依然存在着…的现象: a time that sets the scene, the progress
        # granted, then the adversative turn to what persists; the turn states the problem as after 随着 alone; k154155,
        # Part 154's 8744)
        turn = after_background_turn(s)
        if turn and _turn_re().search(s) is not None and prose_aspect(s[turn:]) == CHALLENGE:
            return CHALLENGE
    if s.startswith(lexicon().words("prose_opener")) or opens_condition(s):
        turn = after_background_turn(s)
        if not turn and "反而" in s and perverse_outcome(s, own_clause=True) and not modal_strength(s):
            return CHALLENGE  # 如果把…当成节省的水量…，反而会恶化…问题: the perverse result warned of (lefts26)
        return prose_aspect(s[turn:]) if turn else None
    if orders_remedy(s):
        return RECOMMENDATION  # 大队已责令…更换应急照明: a regulator's order or done follow-up after a check (w68)
    case = case_clause_end(s)
    if case:
        return prose_aspect(s[case:])  # 对整改不到位的，严肃追责: the faults name the case a rule addresses
    if ("期" in s or "望" in s) and forum_hope(s):
        return RECOMMENDATION  # 与会的表演团体期待成立一个「联盟」，以…: a forum's participants ask (k166fix)
    if "望" in s and (framed_wish(s) or proposer_wish(s)):
        # 覃某希望，国家能对…给予政策扶持 / 张代表希望国家能对…给予扶持: a proposer's ask (Part 143's 8094, 8087)
        return RECOMMENDATION
    framed, reported = news_aspect(s)
    link = None if framed else _LINKED_FRAME.match(s)
    if link is not None:
        framed, reported = news_aspect(s[link.end():])  # 但是，黄文政还表示，…: the connective links, the speaker frames
    if framed:
        return reported  # 李先生指出，…: the reported words, read as prose (or neither for the authorities' reply)
    if proposal_aspect(s):
        return RECOMMENDATION  # 某董事长建议，在主要河道建设…: a proposal whose verb follows a preposition
    head = _TOPIC_END.split(s, 1)[0]
    if _bare_proposal(head) and head[2:3] not in _PROPOSAL_SUBJECT_NEXT and not _prose_deficits(s):
        return RECOMMENDATION  # 建议立足人口变化趋势，促进…: the author proposes, whatever verb opens the action (kinds30)
    pronoun = _PRONOUN_PROPOSER.match(head)
    if pronoun is not None:
        own = head[pronoun.end():]
        if _bare_proposal(own) and own[2:3] not in _PROPOSAL_SUBJECT_NEXT and not _prose_deficits(s):
            return RECOMMENDATION  # (张主任说，)他也建议街道把服务站搬到…: the speaker just named proposes (fix43)
    if has_cue(s, "figure_report_frame") and turned_to_few(s) and not excludes_prose(
            cue_pattern("figure_report_frame").sub(lambda m: " " * len(m.group()), s)):
        return CHALLENGE  # 调查发现，…停车场中，只有7.5%车位有充电设备: the figures a finding reports state the shortfall (p60)
    if "有" in s and _OBSERVED_FRAME.match(s) and parallel_instances(s) and not _modal_actions(s):
        return CHALLENGE  # 笔者近日…看到，有些…；有的…: the faults the writer saw, told in parallel (k159160)
    # (a verdict holds no excluded word of its own: 成效不彰 is no praise of 成效)
    if excludes_prose(cue_pattern("prose_verdict").sub("", s)) or is_commentary(s):
        return None
    if contrastive_measure(s):
        return RECOMMENDATION  # 思路不是扩大规模，而是顺应…: the course proposed (the rejected one states no shortcoming)
    if commends_course(s):
        return RECOMMENDATION  # 少点折腾，才是最有力的真减负: the course the author concludes for (trialfix21b)
    if awaits_improvement(s):
        return CHALLENGE  # 部分村庄供水、供电等设施尚需改善: the thing named, then "still needs improving" (weak23)
    if "有" in s and parallel_instances(s) and not _modal_actions(s):
        return CHALLENGE  # 有的街道为迎接考核，让网格员连夜补写台账；有的乡镇…: instances of a fault, told in parallel (k9192)
    if states_absent_plan(s) and not _modal_actions(s):
        return CHALLENGE  # 只是延续现有做法，无具体的财源规划: a plan or a commitment stated missing (k9192)
    if awaits_actor_measure(s) and not challenge_strength(s):
        return RECOMMENDATION  # 有待县环保部门尽快制定联防方案: the author's call on a named body (k9396b)
    if turned_to_few(s):
        return CHALLENGE  # 识别了1,098宗个案，但至今只有一宗遭到检控: the figures state the shortfall (weak24)
    short = len(s) <= PROSE_SHORT_CHARS
    s = _without_purpose(s)
    deficits = _prose_deficits(s)
    modals = _modal_actions(s)
    if (has_cue(s, "prose_measure_frame") or weighted_measure(s)
            or (_prohibition_re().search(s) and not prohibition_names_faulted_thing(s)) or _names_measure(s) or urgent_measure(s)
            or remedies_problem(s) or suggests_means(s)
            or _OPENING_PROHIBITION.match(s) or _appeal(s) or news_demand(s) or calls_for_plan(s)):
        modals.append("frame")  # 这需要的是… / 当务之急是… / 不应再… / 不能… / 期望政府… prescribe as a strong modal does
    elif _imperative_opening(s) and not deficits:
        modals.append("要")  # 严厉查处…: a clause with no subject that opens with an imperative verb, weak evidence
    if len(modals) <= 1 and all(m in _WEAK_MODALS for m in modals) and not deficits and weak_modal_run(s):
        # 要深入开展A，推进B，引导C: one 要 over a run of measures prescribes each (trial19 F1)
        modals.extend(["要"] * (2 - len(modals)))
    if modals:
        # (a long sentence that prescribes two actions with 要/需要, 同时要…，还要…, states measures as two deficiency
        # predicates state a problem: measured +recall at the same precision on the aspect corpora)
        if deficits or not (short or any(m not in _WEAK_MODALS for m in modals)
                            or sum(m in _WEAK_MODALS for m in modals) >= 2):
            return None
        return RECOMMENDATION
    masked = _mask_non_modals(s)  # (应付, 供应, 重要: no modal)
    if _PROSE_MODAL_NOT_YAO.search(masked) or strong_modal(s):  # (one scan for the modals but 要, speed24)
        return None
    if deficits and (short or len(deficits) >= 2 or "反而" in s and perverse_outcome(s) or conceded_lack(s)) \
            or _states_cause(s) or _names_listed_problems(s) \
            or states_verdict(s) or short and states_hardship(s) or authority_contrary(s) or weighs_more_than_less(s) \
            or part_neglects(s) or superlative_fault(s) or names_faced_problem(s) or persisting_fault(s) \
            or reports_waste_heaped(s):
        return CHALLENGE
    return None


def reports_waste_heaped(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) reports waste heaped or thrown anyhow (``waste_heaped_anyhow`` cue group:
    ``生活垃圾随意堆在河边和路旁``, ``对生活垃圾乱扔乱放``): the disorder itself is the fault an inspection or a survey
    reports, with no word of deficiency (k154155, Part 154's 8746 and 8747). Read by :func:`prose_aspect` as the
    sentence's statement when it prescribes nothing (its modals and prohibitions are read first: ``严禁随意堆放``), not
    as a deficiency word of a clause (:func:`_prose_deficits`), so a list of parallel problems keeps its own reading
    (debt59). Not when the heaping is reported curbed or over (``村内垃圾乱堆乱放的问题得到有效遏制``: an achievement,
    :func:`solved_problem_spans`; left45's convention). One scan each: linear."""
    if not has_cue(sentence, "waste_heaped_anyhow"):
        return False
    solved = solved_problem_spans(sentence)  # (in order and apart: a cue is inside the last span that starts before it)
    starts = [a for a, _ in solved]
    for m in cue_pattern("waste_heaped_anyhow").finditer(sentence):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= solved[k][1]:
            return True
    return False


#: A clause that turns to the opposite of what was meant (反而, 却反而, 反倒), after a clause mark or 却/但/而; not one
#: that says the harm would not happen (``averted_consequence`` cue group: 反而不会…). Read by :func:`perverse_outcome`.
_PERVERSE_TURN = LazyPattern(r"(?:^|[，,；;：:]\s{0,2}|[却卻但而])(?:反而|反倒)")
_PERVERSE_CLAUSE_END = LazyPattern(r"[，,；;。！？!?：:]")


def perverse_outcome(sentence: str, *, own_clause: bool = False) -> bool:
    """Whether ``sentence`` (Simplified view) turns to a perverse result (``…，真正需要陪伴的人，反而容易在缝隙中被遗落``;
    ``许多不公不但没有改善，反而…被进一步放大``; ``如果…，反而会恶化…问题``): a clause opened by 反而/反倒
    (:data:`_PERVERSE_TURN`) that is no averted harm (``averted_consequence``: 反而不会…) in a sentence that names a
    deficiency (:func:`_prose_deficits`) — in the 反而 clause itself when ``own_clause`` (a condition's consequence).
    The turn is one more sign that the sentence states a problem, as a second predicate of deficiency is in a long
    sentence (:func:`prose_aspect`); a turn to something better (``反而提高了效率``) names none. Linear: one search
    and one clause read."""
    m = _PERVERSE_TURN.search(sentence)
    if m is None:
        return False
    rest = sentence[m.end() - 2:]
    if rest.startswith(lexicon().words("averted_consequence")):
        return False
    end = _PERVERSE_CLAUSE_END.search(rest)
    clause = rest[:end.start() if end else len(rest)]
    return bool(_prose_deficits(clause) if own_clause else _prose_deficits(sentence))


#: A clause's "too little" side of a 多…少 pair marked as a shortfall: a turn before it (但/却/而) or a degree of too
#: little (较少, 偏少, 太少 …) — not a plain ``收入多，支出少``, which may be praise.
_SHORT_SIDE = LazyPattern(r"^(?:但是?|却|而|可)|(?:较|偏|太|过|很|极|甚)少$")


def weighs_more_than_less(sentence: str) -> bool:
    """Whether ``sentence`` weighs too much of one thing against too little of another in prose, as a self-criticism's
    三多三少 does (``参加集中学习多，但自学相对较少``; ``学得多，用得少；讲得多，做得少``): a clause of at least
    :data:`SHORTFALL_SUBJECT_CHARS` characters ending in 多 followed by one ending in 少, the latter marked as a shortfall
    (:data:`_SHORT_SIDE`), or two such pairs in the sentence. Linear in ``len(sentence)`` (trialfix22c, trial22b R)."""
    if "多" not in sentence or "少" not in sentence:
        return False
    previous, pairs = "", 0
    for c in _PAIR_SPLIT.split(sentence.strip().rstrip("。！？!?…")):
        c = c.strip()
        if (len(previous) >= SHORTFALL_SUBJECT_CHARS and len(c) >= SHORTFALL_SUBJECT_CHARS
                and previous.endswith("多") and c.endswith("少")):
            if _SHORT_SIDE.search(c):
                return True
            pairs += 1
        previous = c
    return pairs >= 2


#: A rhetorical question word (为何, 为什么, 怎么, 如何, 难道, 岂): the question reproaches rather than asks.
_RHETORICAL = LazyPattern(r"为何|为什么|怎么|如何|难道|岂")


#: The first clause of a commended course that opens with more or less of an action (少点折腾, 多听意见, 少开几个会):
#: not 多数/少数 (a part of a group).
_MORE_OR_LESS = LazyPattern(r"(?:少|多)(?!数)(?:点|些|一些|一点)?[^\s，,。；;：:！？!?]{1,10}$")
#: Most characters of the course clause of :func:`commends_course`.
COURSE_CLAUSE_CHARS = 16


def commends_course(sentence: str) -> bool:
    """Whether ``sentence`` is two clauses that commend a course as the right one (``少点折腾，才是最有力的真减负``;
    ``把钱花在刀刃上，才是真正的为民办事``): the first, at most :data:`COURSE_CLAUSE_CHARS` characters, opens with an
    imperative verb (:func:`starts_imperative`), with 把/将, or with more or less of an action (:data:`_MORE_OR_LESS`),
    and the second opens with 才是 and states no shortcoming (:func:`_prose_deficits`, :func:`challenge_strength`:
    ``加强监管，才是问题所在`` names the problem). The author's conclusion names
    the measure (trialfix21b K6). Linear in the sentence."""
    if "才是" not in sentence:
        return False  # (the second clause opens with it: one scan, speed22)
    parts = [p for p in _CLAUSE_SPLIT.split(sentence.strip().rstrip("。！!")) if p.strip()]
    if len(parts) != 2:
        return False
    first, second = parts[0].strip(), parts[1].strip()
    if not second.startswith("才是") or len(first) > COURSE_CLAUSE_CHARS or _prose_deficits(second) or \
            challenge_strength(second):
        return False
    return starts_imperative(first) or first.startswith(("把", "将")) or _MORE_OR_LESS.match(first) is not None


#: A clause that tells of a burden reduced (红头文件少了, 报表取消了, 会议场次减少了).
_REDUCED = LazyPattern(r"(?:少了|减少了|不见了|取消了|压缩了|精简了|砍掉了|取消的|减少的)")
#: A question that the burden comes back in another form (有没有增加, 是否又增多, 是不是又换成, 会不会反弹).
_COMES_BACK = LazyPattern(r"(?:有没有|是否|是不是|会不会|有无)[^，,。；;？?]{0,8}?(?:增加|增多|变多|换成|回潮|反弹|冒出|出现)")


def doubts_reduction(sentence: str) -> bool:
    """Whether the question ``sentence`` voices the concern that a burden cut came back in another form (``红头文件少了，
    “无头”的通知有没有增加？``; ``会议场次减少了，“套会”是否又增多了？``): a clause before the last tells of the
    reduction (:data:`_REDUCED`) and the last clause asks whether the burden grew back (:data:`_COMES_BACK`), or one
    clause does both (``明令取消的报表不见了，但是不是又换成其他形式上报？``). A reproach, a problem (trialfix21b K6).
    Linear in the sentence."""
    s = sentence.rstrip()
    if not s.endswith(("？", "?")):
        return False
    cut = rfind_any(s, "，,；;")
    if cut <= 0:
        return False
    return _REDUCED.search(s, 0, cut) is not None and _COMES_BACK.search(s, cut) is not None


#: The words of an indignant question (凭什么, 凭啥): the writer protests at a burden or a treatment, he asks nothing.
_INDIGNANT = LazyPattern(r"凭什么|凭啥")


def indignant_question(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified) protests as an indignant question (``凭什么每次亏损都要用户来埋单！！！``): it
    ends with an exclamation or a question mark, holds an indignant question word (:data:`_INDIGNANT`) and prescribes
    no action with a modal (:func:`_modal_actions`). A rant's complaint, a challenge (k9192, Part 92). Linear."""
    s = sentence.rstrip()
    if not s.endswith(("！", "!", "？", "?")) or _INDIGNANT.search(s) is None:
        return False
    return not _modal_actions(s)


#: A question that fears an outcome (``如此多人口同时入住，会否塞爆车站？``, ``各有各做会否造成资源重叠？``, ``标准统一后
#: 又会否有保安问题？``): a word of asking whether it will happen (会否, 会不会, 是否会), at most two adverbs' characters,
#: then a verb of harm or of overload, or 有/出现 and, within the clause, a noun of trouble. Bounded gaps: linear.
_FEARED_OUTCOME = LazyPattern(
    r"(?:会否|会不会|是否会)(?:再|又|因此|进一步|更)?"
    r"(?:造成|导致|引致|引发|加剧|加重|恶化|影响|拖慢|拖累|延误|浪费|塞爆|逼爆|挤爆|爆满|超负荷|不胜负荷|重叠|重复|失控|流失|违反|有违|"
    r"(?:有|出现|产生|带来|构成)[^，,。；;：:！？!?]{0,12}?(?:问题|风险|隐患|漏洞|危机|困难|压力|负担|冲突|混乱|争议))")


def fears_outcome(sentence: str) -> bool:
    """Whether the question ``sentence`` fears an outcome of what it states (:data:`_FEARED_OUTCOME`: ``…同时入住，会否
    塞爆车站？``): a concern put as a question, a challenge by the gold rules (Parts 57, 124 and 155's ``会否造成资源重叠``,
    ``会否有保安问题``, ``会否塞爆…港铁站``). Not a question that proposes (:func:`asks_for_measure`, read before: ``会否
    考虑增加…``), and only a sentence that ends with its question mark. Linear in the sentence (one bounded search)."""
    s = sentence.rstrip().rstrip("」”』\"")
    return s.endswith(("？", "?")) and _FEARED_OUTCOME.search(s) is not None


def rhetorical_complaint(sentence: str) -> bool:
    """Whether the question ``sentence`` reproaches a fault it states (``浪费大量人力物力，让外行去干不相干的事，这又是
    为何？``): it ends with a question mark, its last clause holds a rhetorical question word (:data:`_RHETORICAL`), and
    the clauses before that one state a shortcoming (:func:`_prose_deficits`) or a verdict (:func:`states_verdict`)
    and hold no question word themselves (``为什么…一再令人失望，以及如何…？`` asks about the fault). A question
    that proposes (:func:`asks_for_measure`) is read before. Linear in the sentence."""
    s = sentence.rstrip()
    if not s.endswith(("？", "?")):
        return False
    cut = rfind_any(s, "，,；;")
    if cut <= 0 or not _RHETORICAL.search(s, cut):
        return False
    stated = s[:cut]
    if _RHETORICAL.search(stated):
        return False  # (值得深思的问题是：为什么…一再令人失望，以及如何…？: the fault is what the question asks about)
    return bool(_prose_deficits(stated)) or states_verdict(stated)


#: The clause of the outcome after a necessary condition (…，才能…; …，我们才有希望…): 才 within its first characters.
_ONLY_THEN = LazyPattern(r"[，,；;][^，,；;。]{0,6}?才")


#: A condition that an actor could act (``若香港政府可以效法…``, ``政府若能推动…``): at most 12 characters, a word of
#: condition, at most 16 characters of actor, a verb of ability; then, in a later clause, the good it would bring
#: (``那才能帮助…``, ``将有助于…``, ``就能…``). Anchored, bounded: each gap stops at a clause mark.
_CONDITIONAL_PROPOSAL = LazyPattern(
    r"(?:[^，,。；;：:！？!?]{0,20}[，,]){0,2}"
    r"[^，,。；;：:！？!?]{0,12}?(?:如果|倘若|假如|若是|若)[^，,。；;：:！？!?]{0,16}?(?:可以|能够|能(?![力源否])|肯)(?P<act>[^，,。；;：:！？!?]{2,40})"
    r"(?:[，,][^，,。；;：:！？!?]{1,40}){0,3}?[，,]\s{0,2}(?:那么|那|则|就|便)?(?:才能|才可以|就能|便能|将能|必能|定能|将有助|有助|就可以|便可"
    r"|将对[^，,。；;：:！？!?]{1,12}?(?:皆|都|均|大)?有(?:所)?(?:帮助|助益|益处|裨益))")


def conditional_proposal(sentence: str) -> bool:
    """True when ``sentence`` urges a course by the good it would bring (:data:`_CONDITIONAL_PROPOSAL`:
    ``若香港政府可以效法新加坡政府，以…做首期，那才能帮助到更多市民上车``; ``政府若能推动制度改革，将有助于提升效率``): the
    conditioned action is not negated and no shortcoming is stated up to the benefit. A condition
    with no ability verb (``如果学生动手能力差，…``) or no benefit after it is none. Bounded: one anchored match."""
    m = _CONDITIONAL_PROPOSAL.match(sentence.strip())
    return (m is not None and not m.group("act").lstrip().startswith(("不", "没", "未", "无", "再"))
            and not _prose_deficits(sentence[:m.end()]))


#: Most characters of the act named as the subject of a benefit (``废除户籍制度，实现真正的城市化显然有助于…``).
BENEFIT_SUBJECT_CHARS = 40
#: An act and the good it does (:func:`benefit_frame_measure`): at most :data:`BENEFIT_SUBJECT_CHARS` characters with no
#: sentence end (the act, an optional adverb), then 有助于/有利于/有益于 (not 不利于, 无助于: no literal match). Anchored.
_BENEFIT_FRAME = LazyPattern(r"(?P<act>[^。；;！？!?：:]{4,%d}?)(?:显然|无疑|必然|势必|将会|将|会|也|更|都|则)?"
                            r"(?:有助于|有利于|有益于|有助於|有利於)" % BENEFIT_SUBJECT_CHARS)
#: A framing phrase that may open the sentence before the act (``从这个角度来说，``, ``长远而言，``): at most 12 characters
#: that end with 来说/而言/来讲/来看 and a comma.
_VIEW_FRAME = LazyPattern(r"[^，,。；;！？!?]{0,12}?(?:来说|而言|来讲|来看|來說|來看)[，,]\s{0,2}")


_BENEFIT_WORD = LazyPattern(r"有助于|有利于|有益于|有助於|有利於")


#: A clause that opens with the good an act does (``，有利于改善消费环境``, ``；也有助于…``): a clause break, an optional
#: 也/还/更/将/则/从而/进而, then 有利于/有助于/有益于 (:func:`benefit_chain_end`).
_BENEFIT_CLAUSE = LazyPattern(r"[，,；;]\s{0,2}(?:也|还|更|将|则|从而|进而)?(?:有助于|有利于|有益于|有助於|有利於|有益於)")
#: Most characters read either side of a point for the sentence that holds it (:func:`benefit_chain_end`).
BENEFIT_CHAIN_WINDOW = 200


def benefit_chain_end(text: str, start: int, end: int) -> int:
    """Where a recommendation point ``text[start:end]`` should end when its sentence sets out the goods of an act as a
    chain of clauses (``因此，通过改造提升打造一批高品质商圈，有利于A；有利于B；有利于C``): two clause-opening benefits or
    more (:data:`_BENEFIT_CLAUSE`) in the sentence make them its significance, no measure. A point that opens with a
    benefit of the chain gets ``start`` (nothing left: drop it); one that runs into the chain ends before its first
    benefit; any other point keeps ``end``. A single benefit (``建立…模型，有助於減緩偏見``) is the measure's own
    reason and stays (Part 173's benefit clauses; fix61). Linear: the sentence is read within
    :data:`BENEFIT_CHAIN_WINDOW` characters either side."""
    a = max(0, start - BENEFIT_CHAIN_WINDOW)
    for k in range(start - 1, a - 1, -1):
        if text[k] in "。！？!?\n":
            a = k + 1
            break
    b = min(len(text), end + BENEFIT_CHAIN_WINDOW)
    for k in range(end, b):
        if text[k] in "。！？!?\n":
            b = k
            break
    clauses = [m.start() for m in _BENEFIT_CLAUSE.finditer(text, max(a, 0), b)]
    if len(clauses) < 2:
        return end
    head = text[start:end].lstrip(" \u3000，,；;")
    if _BENEFIT_WORD.match(_LEADING_BENEFIT_ADVERB.sub("", head, count=1)):
        return start
    inside = [k for k in clauses if start < k < end]
    return inside[0] if inside else end


_LEADING_BENEFIT_ADVERB = LazyPattern(r"^(?:也|还|更|将|则|从而|进而)")


@_remembered  # asked several times per sentence (prose_aspect, sentence_aspect …); a pure function of it (speed26)
def benefit_frame_measure(sentence: str) -> bool:
    """True when ``sentence`` urges an act by the good it does (``废除户籍制度，实现真正的城市化显然有助于提升外来人口
    安居乐业``; ``加大财政投入将有利于缓解看病难的问题``): past a framing phrase (:data:`_VIEW_FRAME`), the act opens
    with an imperative verb (:func:`starts_imperative`, in the perfective not: 取消了… narrates), then 有助于/有利于/有益于
    (:data:`_BENEFIT_FRAME`), and the act states no shortcoming (:func:`_prose_deficits`); what the good removes
    (缓解…压力) is no problem the sentence states. Not a noun subject (``这项政策有助于…``: a report of a policy's
    effect), nor a harm (不利于), nor a benefit that opens a clause of its own or is one of a chain (``推动农民创业增收，有利于
    A，有利于B``: the significance of a task, an essay's background). Linear: two anchored matches and one scan (weak25)."""
    s = _LEADING_LINKS.sub("", sentence.strip(), count=1)
    frame = _VIEW_FRAME.match(s)
    if frame is not None:
        s = s[frame.end():]
    m = _BENEFIT_FRAME.match(s)
    if m is None:
        return False
    act = m.group("act")
    if act.rstrip().endswith(("，", ",")) or len(_BENEFIT_WORD.findall(s)) > 1:
        return False  # (推动农民创业增收，有利于A，有利于B: the significance of a task, set out as a chain of goods)
    return starts_imperative(_CLAUSE_SPLIT.split(act, 1)[0]) and not _prose_deficits(act)


#: A short first clause that leads to the only way (``这些实践表明，``, ``由此可见，``, ``我们认为，``): at most
#: :data:`ONLY_WAY_LEAD_CHARS` characters and a comma before 只有/唯有/惟有 (:func:`necessary_condition_measure`).
ONLY_WAY_LEAD_CHARS = 10
_ONLY_WAY_AFTER_LEAD = LazyPattern(r"[^，,。；;：:！？!?]{1,%d}[，,]\s{0,2}(?=只有|唯有|惟有)" % ONLY_WAY_LEAD_CHARS)


#: Fewest characters of each action of a condition listed with 、 (:func:`_listed_actions`: ``降低收费门槛``).
LISTED_ACTION_CHARS = 4


def _listed_actions(condition: str) -> bool:
    """Whether ``condition`` (the words between 唯有/只有 and 才) lists two actions or more with 、, each of at least
    :data:`LISTED_ACTION_CHARS` characters and opening with an imperative verb (:func:`starts_imperative`:
    ``降低托位收费门槛、延长晚间托管时段``): several measures, as a comma between them makes (k109113, Part 109's
    ``唯有A、B，才能C``), not one slogan. Linear in the condition."""
    parts = condition.strip().split("、")
    return len(parts) >= 2 and all(len(x.strip()) >= LISTED_ACTION_CHARS and starts_imperative(x.strip())
                                   for x in parts)


def necessary_condition_measure(sentence: str) -> bool:
    """Whether ``sentence`` names measures as the only way to an outcome (``只有解放思想，转变观念，我们才有希望赶上``;
    ``只有深化改革，扩大开放，才能激发活力``): it opens with 只有, 唯有 or 惟有 (past a short lead clause that states no fault,
    :data:`_ONLY_WAY_AFTER_LEAD`, or a leading connective), a later clause holds 才
    within its first characters (:data:`_ONLY_THEN`), and the condition before it lays out two clauses or more, opens
    with an imperative verb past adverbs (:func:`starts_imperative`, or the ``condition_imperative`` cue group) and
    states no shortcoming (:func:`_prose_deficits`). A condition of one action (``只有夯实基层治理，才能实现…``) mostly
    closes an essay as its slogan and is not read so (measured on the aspect corpora: such sentences were no gold
    measure, and a summary took the slogan for the essay's measure). Linear in the sentence."""
    body = _LEADING_LINKS.sub("", sentence.strip(), count=1)
    if not body.startswith(("只有", "唯有", "惟有")):  # (唯有打破部门壁垒，搭建…，才能…: the same only way; k8384)
        lead = _ONLY_WAY_AFTER_LEAD.match(body)
        if lead is None or _prose_deficits(body[:lead.end()]):
            return False
        body = body[lead.end():]  # (这些实践表明，唯有…，…，才能…: a short lead that concludes, stating no fault; k8384)
    then = _ONLY_THEN.search(body, 2)
    if then is None:
        return False
    condition = body[2:then.start()]
    if not _PAIR_SPLIT.search(condition) and not _listed_actions(condition):
        return False  # (只有夯实基层治理，才能…: one action before 才 mostly closes an essay as its slogan)
    opening = _without_adverbs(condition.lstrip()).lstrip("地")  # (不断地解放思想)
    return ((starts_imperative(condition) or opening.startswith(lexicon().words("condition_imperative")))
            and not _prose_deficits(condition))


def weak_modal_measure(sentence: str, *, actor: bool = False) -> bool:
    """True when ``sentence`` suggests a measure with a weak modal before a verb of means (``weak_modal_means`` cue
    group: ``中央可通过确定分担比例等方式…``, ``政府可采取两头补贴的方式``, ``可以考虑设立…``) within its first
    :data:`WEAK_MODAL_LEAD_CHARS` characters (a linking word, a short subject), and is no question and states no
    shortcoming. Weak evidence: inside a measures region any such sentence is read as a measure
    (:func:`summarizer.points._paragraph_points`); it turns a problems region to the measures
    (:func:`summarizer.points.sentence_regions`, ``actor=True``) only when a public actor of the ``weak_modal_actor``
    group is named before the modal (``政府可采取…``; not ``企业可以通过技术手段实现…``, ``这样可以通过…降低成本``:
    what someone can do, a benefit). Free prose outside any region is not
    read so (:func:`prose_aspect`): there such sentences mostly report what a party or a technique can do. O(length)."""
    s = sentence.strip()
    if not s or s.endswith(("？", "?")):
        return False
    m = cue_pattern("weak_modal_means").search(s)
    if m is None or m.start() > WEAK_MODAL_LEAD_CHARS or any(ch in s[:m.start()] for ch in "。；;"):
        return False
    if actor and not has_cue(s[:m.start()], "weak_modal_actor"):
        return False
    return not _prose_deficits(s)


#: Most characters before a weak modal's verb of means in a suggestion (:func:`weak_modal_measure`: ``未来，中央``).
WEAK_MODAL_LEAD_CHARS = 12


#: A sentence's last clause that asks whether someone can dispose of a thing (``…，我们的车能不能把校门口让开。``): a
#: subject of at most eight characters, 能不能, a disposal or causative marker (把/将/让) and the act, then the sentence's
#: end with no question mark (forum prose; trialfix23b E). Bounded pieces, tried after each comma: linear.
_ASKED_DISPOSAL = LazyPattern(r"(?:^|[，,])\s{0,2}[^，,。；;！？!?]{0,8}?能不能(?:把|将|让)[^，,。；;！？!?]{2,30}[。！!]?$")


#: A clause that says it is time to act (``X是该管理一下了``, ``早该好好整治了``): 是该/早该/也该/真该, at most two
#: adverbs of manner (好好, 认真, 彻底, 严加), the act (two to eight characters) and a closing 一下了/一番了/了 at the
#: sentence's end. Bounded, anchored at the end: linear.
_TIME_TO_ACT = LazyPattern(r"(?:是该|早该|也该|真该|实在该)(?:好好|认真|彻底|严加|狠狠){0,2}(?P<act>[^，,。；;！？!?、]{2,8}?)"
                          r"(?:一下|一番)?了[！!。.]?$")
#: Verbs of putting a place or a practice in order that :func:`time_to_act` reads besides the ``imperative`` and
#: ``solution_verb`` cue groups (管理, 整顿, 清理: an everyday demand of forum prose).
_ORDERING_VERBS = ("管理", "管管", "整顿", "清理", "治治", "整改", "改改", "规范", "疏导")


#: A wish for a change as the sentence's end (``我们期待一场关于公共服务文化的深刻变革。``, ``社会期盼一次真正的税制改革``):
#: a verb of awaiting, a counted event (一场, 一次, 一轮) and at most 24 characters of one clause, then a noun of reform.
#: An editorial's closing call, its recommendation. Anchored at the end, one bounded gap: linear.
_AWAITED_REFORM = LazyPattern(r"(?:期待|期望|期盼|盼望|呼唤|需要)(?:着)?(?:新)?(?:一场|一次|一轮)[^，,。；;！？!?]{0,24}?"
                             r"(?:变革|改革|革新|转型)[。！!.]?$")


def awaits_reform(sentence: str) -> bool:
    """True when ``sentence`` (the Simplified view) ends by wishing for a reform (:data:`_AWAITED_REFORM`: ``我们期待一场
    关于公共服务文化的深刻变革。``): the writer's call for a change, a recommendation. Linear in the sentence."""
    s = sentence.strip()
    return ("一场" in s or "一次" in s or "一轮" in s) and _AWAITED_REFORM.search(s) is not None


def time_to_act(sentence: str) -> bool:
    """True when ``sentence`` ends by saying it is time to act on its subject (:data:`_TIME_TO_ACT`: ``实验小学门口
    是该管理一下了！``, ``菜市场的卫生早该好好整治了。``), the act opening with an action verb (``imperative``,
    ``solution_verb`` cue groups or :data:`_ORDERING_VERBS`): a proposal put as an exclamation (trialfix23b E).
    ``他是该休息了`` names no act of the kind. Linear in the sentence."""
    m = _TIME_TO_ACT.search(sentence.strip())
    if m is None:
        return False
    lex = lexicon()
    return m.group("act").startswith(lex.words("imperative") + lex.words("solution_verb") + _ORDERING_VERBS)


def past_opening_condition(sentence: str) -> str:
    """``sentence`` past its opening condition clause (:func:`opens_condition`: ``若地方执行能量不足，中央能否…？`` →
    ``中央能否…？``), or ``sentence`` itself when its first clause sets no condition or it has no second clause.
    Linear: one clause split."""
    k = min((i for i in (sentence.find("，"), sentence.find(",")) if i >= 0), default=-1)
    if k < 0 or not opens_condition(sentence[:k]):
        return sentence
    return sentence[k + 1:]


def asks_for_measure(sentence: str) -> bool:
    """True when ``sentence`` is a question that proposes a measure (commentary's rhetorical proposal:
    ``康健中心可否走出此固有的模式，…？``, ``当局会否将口头警告的次数增加，…？``): it ends with a question mark, and a word
    of the ``proposal_question`` cue group is followed, past at most two adverbs, by an action (``imperative``,
    ``prose_action`` or ``solution_verb`` cue groups); it states no deficiency (:func:`_prose_deficits`: a question
    that complains, ``政府可否不再漠视…？``, is no proposal; a deficiency in an opening condition clause,
    ``若地方执行能量不足，中央能否主动协助？``, is the case asked about: :func:`past_opening_condition`). Without the question mark, a ``proposal_question`` word
    right before 考虑 still asks for a measure (``市政府可不可以考虑加设…``: a forum post's proposal). Linear in the
    sentence (one test per word of the cue group)."""
    s = sentence.rstrip()
    # (若据点无力自行购车，县府能否提供…？: the shortfall of an opening condition is the case the question is asked
    # for, no complaint: the deficiencies are read past it; Part 121)
    judged = past_opening_condition(s)
    if not s.endswith(("？", "?")) and "能不能" in s and _ASKED_DISPOSAL.search(s) is not None:
        return not _prose_deficits(judged)  # 我们的车能不能把校门口让开。: a proposal asked without its question mark
    if not s.endswith(("？", "?")) and "考虑" in s and any(w + "考虑" in s for w in lexicon().words("proposal_question")):
        return not _prose_deficits(judged)  # 市政府可不可以考虑加设…，我相信…: a post asks to consider a measure, no ？ (kinds29b)
    if not s.endswith(("？", "?")) or not has_cue(s, "proposal_question"):
        return False
    lex = lexicon()
    verbs = lex.words("imperative") + lex.words("prose_action") + lex.words("solution_verb")
    for m in cue_pattern("proposal_question").finditer(s):
        if m.group().startswith(_ABILITY_ASKS) and not _asks_authority(s, m.start()):
            continue  # (这些政策究竟能否落地？: a thing's ability doubted, no actor asked to act)
        tail = s[m.end():m.end() + 12]
        for _ in range(2):
            adverb = next((a for a in _MODAL_ADVERBS if tail.startswith(a)), None)
            if adverb is None:
                break
            tail = tail[len(adverb):]
        # (可否在抗疫的下半场，更多考虑安定民生…？: a first clause that only sets a time, place or ground, then the action)
        if (tail.startswith(verbs) or _DISPOSAL_ACT.match(tail) is not None
                or _ground_then_action(s[m.end():m.end() + 40], verbs)
                or _stance_then_disposal(s[m.end():m.end() + 40])):
            return not _prose_deficits(judged)
    return False


#: A disposal marker that opens the act a question asks for (``当局是否能够将长者乘车优惠与通胀率挂钩…？``,
#: ``可否把闲置校舍改作安老院舍？``): 将/把 and its object, then the verb at the clause's end. Not 将会/将来/将近/将要 (the
#: future or "nearly"), nor 把握/把关/把脉 (verbs of their own). Anchored, constant work.
_DISPOSAL_ACT = LazyPattern(r"(?:将(?!会|来|近|要|于|在|是|成为)|把(?!握|关|脉|持|控|守))[^，,。；;！？!?]{2,}")


#: The ``proposal_question`` words that ask about an ability (can X…?), a proposal only when they ask an actor
#: (:func:`_asks_authority`).
_ABILITY_ASKS = ("能否", "是否能")
#: Most characters between the start of an ability question's clause and its word (``请问行政当局``).
ASKED_ACTOR_CHARS = 10


def _asks_authority(s: str, at: int) -> bool:
    """Whether the ability question word at offset ``at`` of ``s`` asks an actor: it opens its clause (the actor left
    out, ``…？能否加快…？``; perhaps after 请问) or the at most :data:`ASKED_ACTOR_CHARS` characters of its clause before
    it hold an ``asked_authority`` cue word (``请问行政当局是否能够…``). Constant work (one bounded look back)."""
    k = at
    while k > 0 and at - k <= ASKED_ACTOR_CHARS and s[k - 1] not in "，,。；;：:！？!?\n":
        k -= 1
    before = s[k:at].strip()
    if before.removeprefix("请问") == "":
        return True  # (it opens its clause, perhaps after 请问; 请问当局… is read below: 当局 asks an authority)
    return len(before) <= ASKED_ACTOR_CHARS and any(w in before for w in lexicon().words("asked_authority"))


def _stance_then_disposal(tail: str) -> bool:
    """Whether ``tail`` (the words after a ``proposal_question`` word) opens with one short clause (at most 16
    characters: ``回应民间多年诉求，``) and the next clause opens with a disposal act (:data:`_DISPOSAL_ACT`:
    ``…，将养老金与最低维生指数挂钩，以确保…？``): an inquiry's question that names the act in its second clause.
    Constant work on a bounded tail."""
    parts = _CLAUSE_SPLIT.split(tail, 1)
    return len(parts) > 1 and len(parts[0]) <= 16 and _DISPOSAL_ACT.match(parts[1].lstrip()) is not None


#: Most characters of the clause of a question that ends with 呢 and a comma mid-sentence (:func:`question_clause`).
QUESTION_CLAUSE_CHARS = 40
#: How far into a sentence such a question may end (characters): the 呢 of a longer sentence's later clauses is not
#: looked at (a bound on the scan, O(1) per sentence).
QUESTION_SCAN_CHARS = 200
#: Most characters before such a question for it to open its sentence (``那么，``, ``可是，``: a connective).
QUESTION_OPENER_CHARS = 4
_QUESTION_CLAUSE_MARKS = "，,；;：:。！？!?“”「」"


@lru_cache(maxsize=1)
def _question_words() -> tuple[str, ...]:
    return tuple(sorted(set(lexicon().words("question_word") + lexicon().words("proposal_question")),
                        key=len, reverse=True))


def question_clause(sentence: str) -> tuple[int, int, int]:
    """``(a, b, c)`` for the first clause of ``sentence`` that asks a question and ends with 呢 and a comma
    (``那么，如何才能把年轻人留在乡村呢，关键是要…``, ``…，但相关部门的办理效率能不能再提高些呢，比如…``): the clause is
    ``sentence[a:b]`` (up to and with its 呢), the text after its comma starts at ``c``; ``(0, 0, 0)`` when there is none.
    The clause has at most :data:`QUESTION_CLAUSE_CHARS` characters and holds a question word (the
    ``question_word`` or ``proposal_question`` cue groups); a 呢 that only marks a topic (``师资呢，多达41所…``,
    ``另一部分呢，则是…``: no question word) asks none, and some text must follow the comma. Such a question ends at its
    comma as one with a question mark does (lefts23a). Only a 呢 in the first :data:`QUESTION_SCAN_CHARS` characters
    is looked at, each looking back one bounded clause: O(1) in the sentence."""
    words = _question_words()
    pos = sentence.find("呢", 0, QUESTION_SCAN_CHARS)
    while 0 <= pos < QUESTION_SCAN_CHARS:
        c = pos + 1
        while c < len(sentence) and sentence[c] in " \t":
            c += 1
        if c < len(sentence) and sentence[c] in "，,":
            a = pos
            while a > 0 and pos - a < QUESTION_CLAUSE_CHARS and sentence[a - 1] not in _QUESTION_CLAUSE_MARKS:
                a -= 1
            clause = sentence[a:pos]
            rest = sentence[c + 1:].strip()
            if (a == 0 or sentence[a - 1] in _QUESTION_CLAUSE_MARKS) and rest and any(w in clause for w in words):
                return a, pos + 1, c + 1
        pos = sentence.find("呢", pos + 1)
    return 0, 0, 0


def question_lead_end(sentence: str) -> int:
    """Offset in ``sentence`` just past the comma of the question :func:`question_clause` finds when that question opens
    the sentence (at most :data:`QUESTION_OPENER_CHARS` characters before it: ``那么，如何…呢，关键是…``), else 0: what
    follows is a statement of its own."""
    a, b, c = question_clause(sentence)
    return c if b and len(sentence[:a].strip(" ，,")) <= QUESTION_OPENER_CHARS else 0


def question_lead(sentence: str) -> str:
    """The question :func:`question_clause` finds in ``sentence``, written with a question mark in place of its comma
    (``相关部门的办理效率能不能再提高些呢？``), or ``""``."""
    a, b, _c = question_clause(sentence)
    return sentence[a:b].strip() + "？" if b else ""


@lru_cache(maxsize=1)
def _action_adverbs() -> tuple[str, ...]:
    """The adverbs :func:`_opens_action` reads past (modal, remedy, manner and order adverbs, :data:`_CONTRAST_ADVERBS`),
    longest first (更多 before 更)."""
    return tuple(sorted(set(_MODAL_ADVERBS + _REMEDY_ADVERBS + _CONTRAST_ADVERBS + lexicon().words("manner_adverb")
                            + lexicon().words("order_adverb")), key=lambda a: (-len(a), a)))


def _opens_action(clause: str, verbs: tuple[str, ...]) -> bool:
    """Whether ``clause`` opens, past at most two adverbs (:func:`_action_adverbs`; an adverb's 地 with it), with one
    of ``verbs``. Constant work."""
    adverbs = _action_adverbs()
    for _ in range(2):
        adverb = next((a for a in adverbs if clause.startswith(a)), None)
        if adverb is None:
            break
        clause = clause[len(adverb):].removeprefix("地")
    return clause.startswith(verbs)


def _ground_then_action(tail: str, verbs: tuple[str, ...]) -> bool:
    """Whether ``tail`` (the words after a modal or a proposing word) opens with a clause that only sets a time, place
    or ground (``measure_preposition`` cue group: 在…，从…，对…，) and the next clause opens with an action
    (:func:`_opens_action`): ``在公平的基础上，让民众…``, ``在抗疫的下半场，更多考虑…``. Constant work on a bounded tail."""
    parts = _CLAUSE_SPLIT.split(tail, 1)
    return (len(parts) > 1 and tail.startswith(lexicon().words("measure_preposition"))
            and _opens_action(parts[1].lstrip(), verbs))


#: Most characters of the rejected course A between the rejecting word and the turn to B (``不是…，而是…``).
CONTRAST_SPAN_CHARS = 60
#: The clause breaks before a contrast's rejecting word (its subject is the last clause before it).
_SUBJECT_SPLIT = LazyPattern(r"[，,；;：:]")
#: Adverbs of B's action besides the modal and remedy adverbs (而是真正落实…, 而是直接补贴…, 不如一次性规划…).
_CONTRAST_ADVERBS = ("真正", "主动", "直接", "一次性", "实实在在地", "实实在在", "踏踏实实地", "踏实", "更多地", "更多")


@lru_cache(maxsize=1)
def _contrast_re() -> re.Pattern[str]:
    """The rejecting word (``contrast_reject`` cue group), at most :data:`CONTRAST_SPAN_CHARS` characters of A with no
    sentence break, a clause break (``，``/``；``), then the turn to B (``contrast_turn``: 而是, 而应 …); or 与其 (not
    与其说, which reclassifies) … 不如/倒不如/还不如/毋宁 (not 不如说). Bounded span: linear in the sentence."""
    return re.compile(
        rf"(?P<reject>{cue_alternation('contrast_reject')})[^。！？!?]{{1,{CONTRAST_SPAN_CHARS}}}?[，,；;]\s{{0,2}}"
        rf"(?P<turn>{cue_alternation('contrast_turn')})"
        rf"|(?P<rather>与其)(?!说)[^。！？!?]{{1,{CONTRAST_SPAN_CHARS}}}?[，,；;]\s{{0,2}}(?:倒|还|则)?(?:不如|毋宁)(?!说)")


def _contrast_course(course: str) -> tuple[bool, bool]:
    """``(action, modal)`` of the course B that a contrast proposes: past a frame of saying (``contrast_frame``: 而是说,
    而是认为), a modal (要/应/应该/需要/须/必须/宜: ``modal`` True) and adverbs, whether B opens with an action
    (``imperative``, ``prose_action``, ``solution_verb`` or ``contrast_course`` cue groups: 顺应…, 靠…去…, 让…), or
    its first clause only sets a place or ground and the next one opens with an action (:func:`_ground_then_action`:
    而是认为应该在公平的基础上，让民众…), or B turns one thing into another (:data:`_DISPOSAL_CHANGE`: 而是把A换成B).
    Constant work: reads B's first 40 characters only."""
    lex = lexicon()
    tail = course.lstrip()[:40]
    frame = next((w for w in longest_first("contrast_frame") if tail.startswith(w)), "")
    tail = tail[len(frame):]
    modal = next((m for m in ("应该", "应当", "需要", "必须", "要", "应", "须", "宜") if tail.startswith(m)), "")
    tail = tail[len(modal):]
    verbs = (lex.words("imperative") + lex.words("prose_action") + lex.words("solution_verb")
             + lex.words("contrast_course"))
    return (_opens_action(tail, verbs) or _ground_then_action(tail, verbs)
            or _DISPOSAL_CHANGE.match(tail) is not None), bool(modal)


#: A course stated as a disposal that turns one thing into another (``把“应付上级的精力”换成“服务群众的心力”``, ``将…
#: 转化为…``): 把/将, an object of at most 20 characters, a verb of turning into (weak24). Anchored, bounded.
_DISPOSAL_CHANGE = LazyPattern(r"(?:把|将)[^，,。；;！？!?]{1,20}?(?:换成|变成|转化为|转变为|转化成|化为|变为|用在|用到|放在|落到)")


#: A course judged not enough, then the turn to what is needed instead (``光修补表面是不够的，需要的是彻底的改革``,
#: ``单靠补贴是远远不够的，还要…``): the insufficient course is rejected as 不是…而是… rejects A (part15fix21). The
#: copula 是 makes it a judgment of a course (``人手不够，需要…`` states a problem); the turn: a measure frame or modal
#: right after the clause break; B is read from it (:func:`insufficient_course_start`).
_INSUFFICIENT_TURN = LazyPattern(r"是(?:远远|还|并|仍然|仍)?不够(?:的)?[，,；;]\s{0,2}(?:而|但)?(?:还|更|则)?"
                                r"(?=需要的是|要做的是|需要|必须|要)")


def insufficient_course_start(sentence: str) -> int:
    """Offset (characters into ``sentence``) of the course B after a course judged not enough (:data:`_INSUFFICIENT_TURN`:
    ``光表面改变是不够的，需要的是彻底的改变``), or 0: B opens with a measure frame or a modal, its first clause states no
    shortcoming (:func:`_prose_deficits`), the clause before the turn holds no other shortcoming word, and the sentence
    is no question. Linear in the sentence (one search)."""
    s = sentence.rstrip()
    if not s or s.endswith(("？", "?")) or "够" not in s:
        return 0
    m = _INSUFFICIENT_TURN.search(s)
    if m is None:
        return 0
    course = s[m.end():]
    first = _CLAUSE_SPLIT.split(course, 1)[0]
    if _prose_deficits(first) or challenge_strength(first):
        return 0
    before = s[:m.start()]
    if _prose_deficits(before) or challenge_strength(before):
        return 0  # (设施不足，人手不够，需要…: the clause before states its own problem)
    return m.end()


#: A course judged the best or a good one, then the copula that names it (``更理想的做法，是…``, ``真正有效的办法是…``,
#: ``最好的出路在于…``): what follows is the course the writer or speaker urges (issue 8). Bounded.
_JUDGED_COURSE = LazyPattern(r"(?:好|理想|有效|可行|快捷|根本|合理|妥善|稳妥|务实)的(?:做法|办法|方法|出路|方案|之道|方式|途径)"
                            r"[，,]?\s{0,2}(?:就是|应是|应该是|在于|莫过于|是)")
#: Most characters of the actor between such a copula and the act it names (``是政府把握时间…``, ``是当局加强…``).
JUDGED_COURSE_ACTOR_CHARS = 4


def judged_course(sentence: str) -> int:
    """Offset in ``sentence`` (Simplified view) of the course it urges as the best or a good way (:data:`_JUDGED_COURSE`:
    ``我认为更快捷、更理想的做法，是当局加强支援长者北上安老，即时纾缓…的问题`` -> the offset of ``当局``; ``真正有效的办法是引入
    竞争``), or -1: after the copula, an actor of at most :data:`JUDGED_COURSE_ACTOR_CHARS` characters and an imperative
    verb. The problem the course eases (…的问题) is no shortcoming the sentence states (issue 8, a HK council speech).
    Bounded: one search, a few anchored tests."""
    m = _JUDGED_COURSE.search(sentence)
    if m is None:
        return -1
    k = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip(" \u3000"))
    rest = sentence[k:]
    ok = any(starts_imperative(rest[i:]) for i in range(min(JUDGED_COURSE_ACTOR_CHARS, max(0, len(rest) - 2)) + 1))
    return k if ok else -1


#: What B of a forbidding contrast opens with when it names no act: a copula (而应该是…的讨论 says what B is) or a quote
#: (而要“一把钥匙开一把锁”, a figure of speech).
_CONTRAST_NOT_ACT = frozenset("是为属“「『\"'‘《")


def _forbids_course(m: re.Match) -> bool:
    """Whether the contrast ``m`` (a match of :func:`_contrast_re`) rejects A with a negated modal (``contrast_forbid``
    cue group: 不能, 不应, 不宜 …): A is conduct forbidden, not a description rejected. Constant work."""
    return bool(m.group("reject")) and m.group("reject").startswith(lexicon().words("contrast_forbid"))


@_remembered  # asked several times per sentence (prose_aspect, sentence_aspect …); a pure function of it (speed26)
def contrastive_measure(sentence: str) -> bool:
    """Whether ``sentence`` proposes a course by rejecting another (``城市化的基本思路并不是主动扩大城市规模，而是顺应
    人们的选择，…``; ``我们不是说要人为扩大城市规模，而是认为应该…让民众…选择``; ``与其大建新城，不如改造旧区``): a
    rejecting word and a turn to B (:func:`_contrast_re`), B's first clause opens with an action (:func:`_contrast_course`)
    and states no shortcoming (:func:`_prose_deficits`), the sentence is no question, and the contrast is normative:
    B has a modal (而是要…, 而应…), or the subject before the rejecting word names a norm (``contrast_norm_subject`` cue
    group: 思路, 职责, 出路 …) or holds a modal (政府应该做的不是…), or an authority of the ``omission_subject`` group
    is its subject and B opens with a means or a course it follows (``contrast_course`` cue group: 一个有担当的政府，
    不是靠…，而是靠实际行动去解决…; not 政府不是帮助农民，而是让开发商获利, a complaint), or it is 与其…不如…, or A is forbidden by a negated modal (:func:`_forbids_course`: 不能只是…，而是要…) and B keeps a
    modal and opens with an act. What A names is the
    course rejected, no shortcoming the sentence states; a contrast of descriptions (这不是技术问题，而是管理问题; 他们
    不是在为人民服务，而是为人民币服务) proposes nothing. Linear in the sentence (one bounded search)."""
    s = sentence.strip()
    if not s or s.endswith(("？", "?")):
        return False
    if insufficient_course_start(s):
        return True  # 光表面改变是不够的，需要的是彻底的改变: the course judged not enough is rejected (part15fix21)
    m = _contrast_re().search(s)
    if m is None:
        return False
    course = s[m.end():]
    action, modal = _contrast_course(course)
    if _forbids_course(m):
        # (不能只是一阵风似的…，而是要多方发力…: A forbidden, B ordered by its modal, whatever B's first word; not
        # 不能…，而是在…, which goes on describing, nor 而要“一把钥匙开一把锁”, a quoted figure, no act named; side41)
        modal = modal or has_cue(m.group("turn"), "contrast_modal_turn")
        b = course.lstrip()
        b = b[next((len(w) for w in ("应该", "应当", "需要", "必须", "要", "应", "须") if b.startswith(w)), 0):]
        return bool(modal and (action or (b[:1] and b[0] not in _CONTRAST_NOT_ACT))
                    and not _prose_deficits(_CLAUSE_SPLIT.split(course, 1)[0]))
    # (a modal turn, 而必须放在…角度思考, prescribes B whatever verb opens it; not one before a copula, 而应该是…的讨论,
    # which says what B is: lefts25)
    action = action or (bool(m.group("turn")) and has_cue(m.group("turn"), "contrast_modal_turn")
                        and not course.lstrip().startswith(("是", "为", "属")))
    # (与其A，不如B prefers B whatever opens it: a subject before its verb, 不如几个村联合建一个中心, 不如大家联合起来做大,
    # prescribes as 不如改造旧区 does; not a B that is a copula's complement, 不如是…; k120122)
    action = action or (bool(m.group("rather")) and _rather_course(course))
    if not action or _prose_deficits(_CLAUSE_SPLIT.split(course, 1)[0]):
        return False
    if m.group("rather") or modal or has_cue(m.group("turn"), "contrast_modal_turn"):
        return True
    # the subject: the words before the rejecting word in its clause, or the clause before when it opens one
    clauses = [c.strip() for c in _SUBJECT_SPLIT.split(s[:m.start()])]
    subject = clauses[-1] or (clauses[-2] if len(clauses) > 1 else "")
    subject = subject.rstrip("也都则就并其实从来").strip()
    if has_cue(subject, "omission_subject"):
        # (an authority's conduct set against another is a measure only when B is a means or a course it follows:
        # 政府不是靠口号，而是靠行动去…; 政府不是帮助农民，而是让开发商获利 complains about what it does)
        return _opens_action(course.lstrip(), lexicon().words("contrast_course"))
    return (subject.endswith(lexicon().words("contrast_norm_subject"))
            or any(x in _mask_non_modals(subject) for x in ("应该", "应当", "要做", "该做", "需要做", "必须")))


#: A clause of B after 与其A，不如 that opens with a copula or a saying (不如说, 不如是…), or with a verb of discussing
#: (还不如来讨论是不是有…: a turn of the argument, no course; 2802), or holds no Han character names no course
#: (:func:`_rather_course`).
_RATHER_NOT_COURSE = LazyPattern(r"\s{0,2}(?:是|为|属|说|(?:来|去|再)?(?:讨论|討論|探讨|探討|争论|爭論|谈谈|談談|想想|看看))"
                                r"|[^\u4e00-\u9fff]*$")


def _rather_course(course: str) -> bool:
    """Whether the text ``course`` after 与其A，不如 opens a course of action: its first clause (to the first clause
    or sentence break, at most 40 characters read) holds a Han character and does not open with a copula, a saying or
    a verb of discussing (:data:`_RATHER_NOT_COURSE`). 与其…不如… is the construction of preference, so B is what the writer would have done
    whatever word opens it (``不如几个村联合建一个文化中心``, a subject before the verb). Constant work."""
    first = _CLAUSE_SPLIT.split(course[:40], 1)[0]
    return _RATHER_NOT_COURSE.match(first) is None


def contrast_course_start(sentence: str) -> int:
    """Offset (characters into ``sentence``) of the course B that a contrastive measure proposes (:func:`contrastive_measure`:
    the character after 而是/而应/不如 …, a frame of saying after it left in), or 0 when ``sentence`` is none. A point
    cut from a long such sentence starts there: the measure is B, not the course A it rejects. Linear."""
    if not contrastive_measure(sentence):
        return 0
    k = insufficient_course_start(sentence.strip())
    if k:
        return k + len(sentence) - len(sentence.lstrip())  # (offsets into ``sentence``, past its leading space)
    m = _contrast_re().search(sentence)
    # (a forbidding contrast keeps A: 不能只靠突击，而要…长效 names the conduct to avoid with the order; side41)
    return m.end() if m is not None and not _forbids_course(m) else 0


@_remembered  # asked several times per sentence; a pure function of it
def states_verdict(sentence: str) -> bool:
    """Whether ``sentence`` judges its subject as failing with a set phrase of the ``prose_verdict`` cue group
    (``新政推行三年，成效不彰``, ``基层人手不够，力不从心``), in a clause that does not open with a remedy verb or a
    prohibition (``着力扭转头痛医头的做法``, ``切忌一刀切`` name what a measure removes or forbids), and not after a
    condition (:func:`condition_at`, or an ``condition_otherwise`` word opening a clause: ``如果…，那会适得其反``,
    ``政府若强推，只会适得其反`` and ``…，否则只会适得其反`` are hypothetical). One phrase is enough
    in a sentence of any length: it is a verdict, not an attribute or a topic. Linear in the sentence."""
    m = cue_pattern("prose_verdict").search(sentence)
    if not m or condition_at(sentence, 0, m.start()) >= 0 or _otherwise_re().search(sentence, 0, m.start()):
        return False  # (如果演变成强制，那会适得其反; …，否则只会适得其反: a hypothetical consequence)
    # (a clause with no verdict phrase holds none: the clause filter of :func:`_stating_clauses` is asked only of the
    # clauses that hold one, the same answer; speed24)
    return any(_verdict_in(c) and _may_state(c) for c in _REMEDY_SPLIT.split(sentence))


#: A turn to how few of a counted whole came out right (``…识别了1,098宗个案，但至今只有一宗遭到检控``): an adversative
#: opening a clause, at most eight characters, 只有/仅有/只/仅/才 and a count of one to a few with its measure word.
#: Bounded: linear.
_TURNED_FEW = LazyPattern(r"(?:^|[，,；;])\s{0,2}(?:但是|但|可是|然而|却)[^，,。；;！？!?]{0,8}?(?:只有|仅有|只|仅|才)"
                         r"(?:区区)?(?:一|两|二|三|几|寥寥|个别|极少数)[^，,。；;！？!?]{0,2}?[个宗家件名位人所项例起次份条宗成]")
#: A count before such a turn: a figure in digits or a Chinese number of tens or more (``1,098宗``, ``三百多家``).
_COUNTED_WHOLE = LazyPattern(r"[0-9０-９]|[十百千万亿]")


#: The few of a whole named as its part (``161个停车场中，只有28个设有充电设施``, ``在政府停车场中，只有7.5%车位…``): the
#: whole's clause ending in 中, its comma, 只有/仅有/仅 and a figure. Bounded: linear.
_PARTITIVE_FEW = LazyPattern(r"(?:中|当中|之中)[，,]\s{0,2}(?:只有|仅有|仅)(?:区区)?\s{0,2}[0-9０-９一二三四五六七八九两几]")
#: A vague small count that ends its clause after "only" (``续方窗口通常只有一两个，``, ``这样的学校仅有寥寥几所。``): the
#: writer's verdict that there are too few. Bounded: linear.
_VAGUE_FEW_END = LazyPattern(r"(?:只有|仅有|只剩|仅剩)(?:一两|两三|寥寥几|寥寥无几|屈指可数的?几)[个家名位所台条座间处辆人]?"
                            r"(?=[，,。；;！!]|$)")
#: A negation in the clause of the few (``只有3个未达标``: few failed, good news), read up to its clause mark.
_FEW_NEGATED = LazyPattern(r"[^，,。；;！？!?]{0,30}?[未没不无]")
#: A figure that only comes to a fraction of the reference it is measured against (``循环使用率仅为欧洲的一半``,
#: ``单方水产出仅为世界平均水平的1/3``, ``只相当于全省平均的三分之一``): 仅/只 and a verb of amounting, at most 16
#: characters of reference up to its 的, then a half or a fraction below one. Bounded: linear (k137138).
_FRACTION_OF_REFERENCE = LazyPattern(r"(?:仅|只)(?:为|是|占|有|及|相当于|达到?)[^，,。；;！？!?的]{1,16}的(?:一半|"
                                    r"[一二三四五六七八九十]{1,2}分之[一二三四五六七八九]|[0-9０-９]{1,3}/[0-9０-９]{1,3})")
#: A shortage stated by its size (``正常年份缺水约500亿立方米``, ``护理员缺口达3000人``): a noun or verb of shortage, perhaps a
#: word of amount, then a figure. Bounded: linear (k137138).
_SIZED_SHORTAGE = LazyPattern(r"(?:缺口|缺水|缺電|缺电|缺糧|缺粮|短缺)(?:约为|约|達到|达到|達|达|高達|高达|超过|超過|近|逾|多达|多達)?"
                             r"[0-9０-９一二三四五六七八九十百千万萬两兩几幾]")


#: A rate or a share stated below its mark (``新生注册率不足六成``, ``注册率也不满九成``, ``出席率低于50%``): a rate noun,
#: at most two adverbs, a word of falling short (不足, 不满, 不到, 未达, 低于, 跌破) and a figure (digits, or a number of
#: 成). Not one followed by 的 or 者, a criterion naming whom a rule reaches (``注册率未达六成的学校，将被要求…``).
#: Bounded: linear (k166fix, Part 166's 9476).
_RATE_BELOW_MARK = LazyPattern(r"(?:率|比例|比率|占比)[也仍均都只仅还更]{0,2}(?:不足|不满|不到|未达|未满|低于|跌破)\s{0,2}"
                              r"(?:[0-9０-９]{1,6}(?:[.．][0-9０-９]{1,4})?\s{0,2}[%％成]?|[一二三四五六七八九两半]成)"
                              r"(?![0-9０-９.．%％成]|的|者)")


#: A counted failure to recruit (``198个系所招不到学生``, ``全市有12所学校招不满一个班``): a figure and its measure word,
#: at most 16 characters of the same clause, then 招不到 or 招不满. Bounded: linear (k166fix, Part 166's 9476).
_COUNTED_RECRUIT_FAILURE = LazyPattern(r"[0-9０-９一二三四五六七八九十百千两几]{1,8}\s{0,2}[个所家间名位座]"
                                      r"[^，,。；;：:！？!?\n]{0,16}?招不(?:到|满)")
#: One clause of prose (no clause mark inside): the unit :func:`figure_shortfall_spans` reads.
_FIGURE_CLAUSE = LazyPattern(r"[^，,。；;！？!?\n]+")


def figure_shortfall_spans(sentence: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``sentence``, Simplified view) of each clause that states a shortfall by its
    figures alone: a rate below its mark (:data:`_RATE_BELOW_MARK`: ``17所高校新生注册率不足六成``) or a counted failure
    to recruit (:data:`_COUNTED_RECRUIT_FAILURE`: ``198个系所招不到学生``). A news report on enrolment or staffing states
    its problems so, one figure a clause, with no word of deficiency (k166fix, Part 166's 9476, 9477). Not a clause
    that opens a condition (:func:`opens_condition`: ``如果注册率低于六成``). Linear in the sentence (one scan)."""
    spans = []
    for m in _FIGURE_CLAUSE.finditer(sentence):
        clause = m.group()
        if (_RATE_BELOW_MARK.search(clause) is None and _COUNTED_RECRUIT_FAILURE.search(clause) is None) or (
                opens_condition(clause.strip())):
            continue
        a = m.start() + len(clause) - len(clause.lstrip())
        spans.append((a, m.end()))
    return spans


def turned_to_few(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) counts a whole and then turns to how few of it came out right (``差饷
    物业估价署识别了1,098宗个案，但至今只有一宗业主遭到检控``, ``全市有三百多家养老机构，但仅有两家达标``: :data:`_TURNED_FEW`
    after a count, :data:`_COUNTED_WHOLE`), or names the few as the part of the whole (``房委会辖下的161个停车场中，只有
    28个设有充电设施``, an inspection's finding: :data:`_PARTITIVE_FEW`, no negation in the few's clause, ``只有3个未达标``
    being good news; p60), or ends a clause on a vague small count (:data:`_VAGUE_FEW_END`: ``窗口通常只有一两个，``): the
    shortfall is the problem the figures state (rule of 843 in the aspects corpus); so does a figure that only comes
    to a fraction of its reference (:data:`_FRACTION_OF_REFERENCE`: ``仅为世界平均水平的1/3``) and a shortage stated by
    its size (:data:`_SIZED_SHORTAGE`: ``缺水约500亿立方米``; Part 138), and a rate stated below its mark
    (:data:`_RATE_BELOW_MARK`: ``新生注册率不足六成``; Part 166). Not a
    turn with no count before it (``但只有一个人来``). Linear in the sentence (weak24)."""
    m = _TURNED_FEW.search(sentence)
    if m is not None and _COUNTED_WHOLE.search(sentence, 0, m.start()) is not None:
        return True
    m = _PARTITIVE_FEW.search(sentence)
    if m is not None and _FEW_NEGATED.match(sentence, m.end()) is None:
        return True
    if _FRACTION_OF_REFERENCE.search(sentence) is not None or _SIZED_SHORTAGE.search(sentence) is not None:
        return True  # 循环使用率仅为欧洲的一半, 缺水约500亿立方米: the figures alone state the shortfall (k137138)
    if _RATE_BELOW_MARK.search(sentence) is not None:
        return True  # 新生注册率不足六成: a rate stated below its mark (k166fix)
    return _VAGUE_FEW_END.search(sentence) is not None


def states_hardship(sentence: str) -> bool:
    """Whether ``sentence`` states a hardship by what its subject cannot do and the only course left (``不少老人不会操作，
    只能在大厅里干等``): a word of the ``inability`` cue group, then a word of the ``forced_alternative`` group in a
    later clause (after a ``，``/``；`` mark), and no condition before the inability (:func:`condition_at`: ``如果不会操作，
    只能…`` is hypothetical). Neither word alone is a cue (``无法`` also states limits of a method, ``只能`` a rule).
    Linear in the sentence (two pattern searches and one clause-mark search)."""
    m = cue_pattern("inability").search(sentence)
    if m is None or condition_at(sentence, 0, m.start()) >= 0:
        return False
    mark = _PAIR_SPLIT.search(sentence, m.end())
    return mark is not None and cue_pattern("forced_alternative").search(sentence, mark.end()) is not None


#: Most characters between an authority and the 却 that sets its conduct against what was expected (政府却…, 当局
#: 事后却…): :func:`authority_contrary`.
CONTRARY_GAP_CHARS = 4


@lru_cache(maxsize=1)
def _authority_contrary_re() -> re.Pattern[str]:
    """An authority or body of the ``omission_subject`` cue group (longest first), at most
    :data:`CONTRARY_GAP_CHARS` characters of the same clause, then 却 (not the word 却步, to hold back)."""
    words = sorted(lexicon().words("omission_subject"), key=len, reverse=True)
    return re.compile("(?:%s)[^%s]{0,%d}?却(?!步)" % ("|".join(map(re.escape, words)), CLAUSE_BREAKS, CONTRARY_GAP_CHARS))


def authority_contrary(sentence: str) -> bool:
    """Whether ``sentence`` sets an authority's conduct against what the situation called for with 却
    (``市民被劝减少聚会，政府却举办大型宣誓仪式``, ``居民一再反映，当局却置之不理``): the author's complaint, though no
    word of deficiency is in it (:func:`_authority_contrary_re`); not after a condition (:func:`condition_at`).
    Linear in the sentence (a bounded pattern)."""
    m = _authority_contrary_re().search(sentence)
    return m is not None and condition_at(sentence, 0, m.start()) < 0


#: Most characters between a part of a group (有些, 部分 …) and the negated verb of heeding it governs (有些 | 学校就完全 |
#: 不怎么理会): :func:`part_neglects`.
PART_NEGLECT_GAP_CHARS = 12


@lru_cache(maxsize=1)
def _part_neglect_re() -> re.Pattern[str]:
    """A part of a group (``neglecting_part`` cue group: 有些, 有的, 部分, 个别 …), at most
    :data:`PART_NEGLECT_GAP_CHARS` characters of the same clause holding no first person (我), a negation (不, 没, 没有,
    未, 从不), an optional adverb of manner (怎么, 太, 愿意 …), then a verb of heeding or cooperating (``heeding_verb`` cue
    group: 理会, 配合, 考虑, 意识 …). Bounded: linear."""
    return re.compile(rf"(?:{cue_alternation('neglecting_part')})[^{CLAUSE_BREAKS}我]{{1,{PART_NEGLECT_GAP_CHARS}}}?"
                      rf"(?:从来不|從來不|从不|從不|没有|沒有|不|没|沒|未)"
                      rf"(?:怎么|怎麼|太|大|愿意|願意|肯|主动|主動|去)?(?:{cue_alternation('heeding_verb')})")


def part_neglects(sentence: str) -> bool:
    """Whether ``sentence`` states that part of a group fails to heed, cooperate or take account (``有些学校就完全不
    怎么理会接送的车辆``, ``还有部分家长没意识配合学校的安排``, ``个别商户从不遵守规定``): a complaint about some of the
    actors though no word of deficiency is in it (:func:`_part_neglect_re`); not after a condition (:func:`condition_at`:
    ``如果有些家长不配合，…`` is hypothetical), and not a modal's object (``不必``, ``不用`` hold no heeding verb right
    after the negation). Linear in the sentence (one bounded search; source: how 申论 answers and forum posts state a
    part's neglect, Part 24's 893)."""
    m = _part_neglect_re().search(sentence)
    return m is not None and condition_at(sentence, 0, m.start()) < 0


@lru_cache(maxsize=1)
def _condition_re() -> re.Pattern[str]:
    """The words of the ``condition`` and ``condition_lookalike`` cue groups in one alternation, longest first: a
    scan from the left meets a lookalike that holds a condition word (若干, 置若罔闻, 主要是, 三万一千) before or
    with the word inside it, and takes it whole."""
    lex = lexicon()
    words = sorted(set(lex.words("condition")) | set(lex.words("condition_lookalike")), key=lambda w: (-len(w), w))
    first = "".join(sorted({w[0] for w in words}))
    return re.compile(f"(?=[{re.escape(first)}])(?:" + word_trie_alternation(words) + ")")  # (factored: speed23)


@lru_cache(maxsize=1)
def _condition_lookalikes() -> frozenset[str]:
    return frozenset(lexicon().words("condition_lookalike"))


def condition_at(text: str, start: int = 0, end: int | None = None) -> int:
    """Offset into ``text`` of the first word of the ``condition`` cue group (如果, 假如, 倘若, 一旦, 若 …) in
    ``text[start:end]``, or -1 when there is none. A word inside a ``condition_lookalike`` word is no condition:
    ``若干部门``, ``置若罔闻``, ``原因主要是…`` and ``三万一千户`` hold none, ``政府若强推`` and ``市民若把…`` hold one
    (a condition may follow its clause's subject). One left-to-right scan: linear in the span."""
    lookalikes = _condition_lookalikes()
    for m in _condition_re().finditer(text, start, len(text) if end is None else end):
        if m.group() not in lookalikes:
            return m.start()
    return -1


def opens_condition(clause: str) -> bool:
    """True when ``clause`` (leading white space ignored) opens with a word of the ``condition`` cue group that is no
    part of a ``condition_lookalike`` word: ``若要根治…``, ``万一发生险情`` do; ``若干部门…`` (several), ``主要是…`` do
    not. See :func:`condition_at`."""
    s = clause.lstrip()
    m = _condition_re().match(s)
    return m is not None and m.group() not in _condition_lookalikes()


@lru_cache(maxsize=1)
def _otherwise_re() -> re.Pattern[str]:
    """A word of the ``condition_otherwise`` cue group (否则, 反之, 不然; also 要不然) where it opens a clause: the
    start of the text or after a clause break (``其实不然`` inside a clause means "not so")."""
    words = "|".join(map(re.escape, lexicon().words("condition_otherwise")))
    return re.compile(f"(?:^|(?<=[，,；;：:。！？!?\\s]))要?(?:{words})")


def _stating_clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence`` (split at :data:`_REMEDY_SPLIT`) that may state a shortcoming: not one that opens
    with a remedy verb past adverbs (``remedy`` cue group: ``着重解决征地规模过大…`` names what a measure removes) or
    with a prohibition (``切勿…办成形象工程`` names what must not be done), nor one that asks an authority to act
    (:func:`requests_action`). Linear in the sentence."""
    return [c for c in _REMEDY_SPLIT.split(sentence) if _may_state(c)]


def _may_state(clause: str) -> bool:
    """Whether ``clause`` (one clause of :data:`_REMEDY_SPLIT`) may state a shortcoming, as :func:`_stating_clauses`
    keeps it (a pure function of the clause alone)."""
    c = clause
    return (not _without_adverbs(_PROSE_REMEDY_PREFIX.sub("", c, count=1)).startswith(lexicon().words("remedy"))
            and not _OPENING_PROHIBITION.match(c) and not _prohibition_re().match(c)
            and not _SANCTION_TARGET.match(c)  # (对工作不力的单位进行约谈: the fault names whom a measure addresses)
            and not requests_action(c)  # (她希望相关部门清理…不合理门槛: the object of the action asked for, trial19)
            and not opens_with_remedy(c))  # (就是尽快补齐…的短板, 把短板补齐: as challenge_strength reads it; w71)


def _verdict_in(clause: str) -> bool:
    """Whether a phrase of the ``prose_verdict`` group in ``clause`` is said of something, not used as an attribute
    (``苦不堪言的市民`` describes the people it names: 的 right after the phrase; a 的 that closes the clause is the
    是…的 of an assertion, ``…等状况也是经常发生的``, and no attribute)."""
    return any(not clause.startswith("的", m.end()) or not clause[m.end() + 1:].strip(_CLOSING_MARKS)
               for m in cue_pattern("prose_verdict").finditer(clause))


#: Marks that may close a clause after its last word (a 是…的 assertion's 的 before them ends the clause).
_CLOSING_MARKS = " \t\u3000。！？!?…”」』）)"


#: Longest span (characters) between a verb of existence and the ``等`` that closes its list of problems.
LISTED_PROBLEMS_SPAN = 80


@lru_cache(maxsize=None)
def _listed_problems_re() -> re.Pattern[str]:
    verbs = sorted(lexicon().words("announce_verb"), key=len, reverse=True)
    nouns = sorted(lexicon().words("challenge_section"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, verbs)) + f")([^，,。；;：:！？!?]{{2,{LISTED_PROBLEMS_SPAN}}}?)等"
                      "(?:" + "|".join(map(re.escape, nouns)) + ")(?=[，,。；;！？!?]|$)")


def _names_listed_problems(sentence: str) -> bool:
    """True when a clause of ``sentence`` names the problems it says exist as a list (``当前合作社仍面临管理松散、
    参与热情不高、融资渠道较窄等问题``): a verb of existence (``announce_verb`` cue group: 面临, 存在 …), then within
    :data:`LISTED_PROBLEMS_SPAN` characters of the same clause items joined by ``、`` and closed by ``等`` and a
    challenge noun of a section heading (问题, 困境 …) that ends the clause. Unlike a bare announcement
    (:func:`announces_problems`), the sentence states the problems itself. Linear: the span after each verb is bounded."""
    return any("、" in m.group(1) for m in _listed_problems_re().finditer(sentence))



@lru_cache(maxsize=None)
def _turn_re() -> re.Pattern[str]:
    words = sorted(lexicon().words("adversative"), key=len, reverse=True)
    return re.compile(r"[，,；;]\s{0,2}(?:" + "|".join(map(re.escape, words)) + r")\s{0,2}[，,]?")


#: Most characters of the subject before a warned prohibition's 不能 (``政府不能…``, ``基层干部不能…``).
WARNED_SUBJECT_CHARS = 8
_WARNED_PROHIBITION = LazyPattern(r"[^，,；;。！？!?]{1,%d}?(?:也|还|更|就|再|都|绝|决)?(?:不能|不可|不要|不应|切不可|千万不能)"
                                 r"(?:真|再|只|一味|总|光|随意|轻易)?[^，,；;。！？!?]{2,}[，,；;]" % WARNED_SUBJECT_CHARS)


#: Most characters of the subject before a strong prohibitive modal (``政府不能再…``, ``经贸布局不可失衡``:
#: :func:`forbids_conduct`).
FORBIDDING_SUBJECT_CHARS = 8
#: Most characters of a subject with 的 before a normative-only negated modal (``留守老人的困境不该被忽视``: k7980).
NORMATIVE_SUBJECT_CHARS = 12
#: A first clause that forbids: a short subject (no 的, no comma), then a strong prohibitive modal (an intensified or
#: repeated negated modal, 勿, 不应, 不宜) or a first-person subject's 不能/不要; or a subject of at most
#: :data:`NORMATIVE_SUBJECT_CHARS` characters, 的 allowed, before a modal that only forbids (不应/不该/不宜: never an
#: inability, unlike 不能) with a passive 被 or a limiting 只/仅/再/一味 after it (Part 79's ``他們的困境不該被忽視``,
#: ``定义不应只看分数``; not ``这种现象不应该出现`` nor ``养老金不该这么低``: a complaint that it does, that it is; k7980).
#: Bounded pieces: one anchored match.
_FORBIDDING_HEAD = LazyPattern(
    rf"(?:[^，,。；;！？!?：:的]{{0,{FORBIDDING_SUBJECT_CHARS}}}?(?:也|还|更|就|都|并)?"
    r"(?:绝不能|决不能|绝不可|决不可|切不可|千万不能|千万不要|万万不能|切勿|切莫|切忌|不应该|不应当|不应|不宜|不能再|不要再|不可再|勿)"
    r"|(?:我们|咱们|大家|各方|我们绝|我们决)(?:也|还|更|就|都)?(?:不能|不要|不可)"
    rf"|[^，,。；;！？!?：:]{{0,{NORMATIVE_SUBJECT_CHARS}}}?(?:也|还|更|就|都)?(?:不应该|不应当|不应|不该|不宜)"
    r"(?:被|只|仅|再|一味))")
#: Fewest characters of a forbidding first clause (``不要脸`` is an insult, no prohibition).
FORBIDDING_CLAUSE_CHARS = 5
#: How a short later clause goes on with the conduct forbidden (``…，不愿奋斗``, ``…，更不能…``).
_GOES_ON_FORBIDDING = ("不", "也不", "更不", "又不", "勿", "没有", "没")
#: Most characters of a clause after a forbidding first clause that goes on naming the conduct (``绝不能安于现状，不愿
#: 奋斗，畏惧困难``) rather than stating a shortcoming of its own.
FORBIDDEN_CONDUCT_CHARS = 8


def forbids_conduct(sentence: str) -> bool:
    """Whether ``sentence`` forbids a conduct whose fault it names: its first clause opens by forbidding, either with no
    subject (:func:`opens_prohibition`: ``不能被形式主义束缚手脚``) or after a short subject with a strong prohibitive modal
    (:data:`_FORBIDDING_HEAD`: ``政府不能再把资源投入…``, ``布局不可失衡``, ``我们不能丢了…``), and each later clause either
    goes on naming the conduct (at most :data:`FORBIDDEN_CONDUCT_CHARS` characters, opening with a negation or stating no
    shortcoming of its own) or, all together, states no shortcoming
    (:func:`challenge_strength`). The fault words are the object of the prohibition: a prescription, no shortcoming
    stated. An inability (``老人不能享受…服务``: a subject's plain 不能; ``不能及时就医``) is none. Linear."""
    clauses = re.split(r"[，,；;]", sentence.strip().rstrip("。！!？?"))
    first = clauses[0].strip()
    if len(first) < FORBIDDING_CLAUSE_CHARS or "?" in sentence or "？" in sentence:
        return False  # (不要脸; 能不能再…？: an insult, a question)
    head = _FORBIDDING_HEAD.match(first)
    if not (opens_prohibition(first) or head):
        return False
    opening = first[:FORBIDDING_SUBJECT_CHARS + 6]
    if any(w in opening for w in lexicon().words("prohibition_idiom")) or "能不能" in opening or "可不可" in opening:
        return False  # (不可否认，…; 我们不得不…: a set phrase, no prohibition; 肩膀能不能再硬些: a question)
    if modal_strength(first):
        return False  # (不能只…，要…: a modal elsewhere in the clause is read by the modal rules)
    rest = [c.strip() for c in clauses[1:] if c.strip()]
    return all(len(c) <= FORBIDDEN_CONDUCT_CHARS and (c.startswith(_GOES_ON_FORBIDDING) or not challenge_strength(c))
               for c in rest) or not challenge_strength("，".join(rest))


def warned_prohibition(sentence: str) -> bool:
    """Whether ``sentence`` forbids a course and then warns of what it would bring: a first clause with a short subject
    (at most :data:`WARNED_SUBJECT_CHARS` characters), 不能/不可/不要 and a course, then a clause that opens with a word
    of warning (``warning_consequence`` cue group: 那样, 否则, 不然, 长此以往 …) and holds 会/将 (``政府不能真搞成“无限责任
    政府”，那样社会的很多能力就会退化``): the 不能 is deontic, the sentence prescribes (trial22 R/H, trialfix22a). A bare
    inability with a result (``很多家长不能陪伴孩子，孩子的心理问题就会加重``) has no word of warning and is none.
    Bounded: one anchored match and a prefix test of the next clause."""
    s = sentence.strip()
    m = _WARNED_PROHIBITION.match(s)
    if m is None:
        return False
    rest = s[m.end():].lstrip()
    warn = next((w for w in lexicon().words("warning_consequence") if rest.startswith(w)), None)
    if warn is None:
        return False
    clause = re.split(r"[，,；;。！？!?]", rest[len(warn):].lstrip("，, "), maxsplit=1)[0]
    return "会" in clause or "将" in clause or "势必" in clause


@lru_cache(maxsize=1)
def _heeding_plea_re() -> re.Pattern[str]:
    """A plea or a modal, at most :data:`HEED_ACTOR_CHARS` characters of addressee, a verb of heeding (``heed_plea_verb``
    cue group: 正视, 重视, 直面 …) not followed by 的, then its object to the clause's end (at least two characters).
    Bounded pieces: linear."""
    return re.compile(r"(?:请|恳请|吁请|促请|呼吁|敦促|应当|应该|必须|务必|应|须|要)"
                      rf"[^，,。；;！？!?：:]{{0,{HEED_ACTOR_CHARS}}}?(?:{cue_alternation('heed_plea_verb')})(?!的)"
                      r"(?P<obj>[^，,。；;！？!?：:]{2,})")


#: Most characters of the addressee between a plea and its verb of heeding (``请赖总统正视…``: 赖总统).
HEED_ACTOR_CHARS = 8


def pleads_heeding(sentence: str) -> bool:
    """Whether ``sentence`` asks someone to heed a problem (:func:`_heeding_plea_re`: ``请赖总统正视这个危机``, ``呼吁
    政府重视留守儿童问题``, ``政府应正视住房困难``) and, with that plea and its object blanked, states no shortcoming
    (:func:`challenge_strength`, :func:`states_verdict`): the problem named is what the plea asks to be faced, the
    sentence prescribes. ``需要重视的是…`` (what needs heeding is …, 的 after the verb) and a sentence that states a
    problem besides are not read. Linear: one pattern scan and the sentence's cue readings."""
    m = _heeding_plea_re().search(sentence)
    if m is None:
        return False
    rest = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
    return not challenge_strength(rest) and not states_verdict(rest)


@lru_cache(maxsize=1)
def _forbidden_neglect_re() -> re.Pattern[str]:
    """A prohibition of neglect: 不能/不可/不应/切勿 … (an adverb of degree before it allowed: 绝对, 决, 万万, 千万; 再 or
    有丝毫 after it), then a verb of the ``neglect_verb`` cue group not followed by 的 (``不可忽视的问题`` is a problem
    named unignorable). Bounded alternatives: linear."""
    return re.compile(r"(?:绝对|决|绝|万万|千万|更|也|都)?(?:不能|不可|不应该|不应|不要|不得|切不可|切勿|切莫)"
                      rf"(?:再|有丝毫|有任何)?(?:{cue_alternation('neglect_verb')})(?!的)")


@lru_cache(maxsize=1)
def _suggested_consideration_re() -> re.Pattern[str]:
    """A suggestion to consider a course (``consider_suggestion`` cue group: 可以考虑, 不妨考虑, 亦可考虑), not negated
    (不/否 before it), then 的 at its clause's end (``…亦都是可以考虑的``) or the course's first character (a Han
    character that is no 到/的/过: ``可以考虑公开讨论``; 考虑到 takes a fact into account). Bounded: linear."""
    return re.compile(rf"(?<![不否没])(?:{cue_alternation('consider_suggestion')})(?:一下)?"
                      r"(?:的\s*(?=$|[，,。；;！!])|(?=[\u4e00-\u9fff])(?![到的过]))")


def suggests_consideration(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) suggests a course to consider (:func:`_suggested_consideration_re`:
    ``不易执行的事项，可以考虑公开讨论``, ``私人楼宇亦都是可以考虑的``) in a clause that states no shortcoming
    (:func:`_prose_deficits` of that comma clause) and is no question: a meeting note's or a speaker's hedged proposal
    (part26fix; Part 26 922, 923). ``可以考虑的因素很多`` (a noun after 的), ``不可以考虑…``, ``考虑到…`` (a fact taken
    into account) and ``政府正在考虑…`` (no modal) are not read. Linear: one pattern scan and one clause's cue reading."""
    s = sentence.strip()
    if not s or s.endswith(("？", "?")):
        return False
    m = _suggested_consideration_re().search(s)
    if m is None:
        return False
    a = rfind_any(s, "，,。；;：:", 0, m.start()) + 1
    ends = [k for k in (s.find(c, m.end()) for c in "，,。；;") if k >= 0]
    clause = s[a:min(ends) if ends else len(s)]
    return not _prose_deficits(clause)


@_remembered  # asked several times per sentence (prose_aspect, sentence_aspect …); a pure function of it (speed26)
def forbids_neglect(sentence: str) -> bool:
    """Whether ``sentence`` forbids neglecting a matter (:func:`_forbidden_neglect_re`: ``我们绝对不能忽视舆论的影响力``,
    ``政府不可漠视民意``, ``切勿掉以轻心``) and, with that prohibition blanked, states no shortcoming
    (:func:`challenge_strength`, :func:`states_verdict`, no neglect verb outside it): the 不能 is deontic, the sentence prescribes heeding, and the
    neglect verb names no neglect that happened. ``不容忽视`` and ``不可忽视的…`` (a problem named grave) are not read,
    nor a sentence that states a fault besides (``政府漠视民意，我们不能忽视``). Linear: one pattern scan and the
    sentence's cue readings."""
    m = _forbidden_neglect_re().search(sentence)
    if m is None:
        return False
    rest = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
    return not challenge_strength(rest) and not states_verdict(rest) and not cue_pattern("neglect_verb").search(rest)


#: First characters of a sentence :func:`purpose_clause_end` can read (为了/为使…, or a linking connective before
#: one): a cheap gate before the cue scans.
_PURPOSE_GATE = ("为", "此外", "同时", "另外", "另一方面", "再者", "其次", "还有", "而且", "并且")


@lru_cache(maxsize=1)
def _purpose_openings() -> tuple[str, ...]:
    """The words one of which opens every sentence :func:`purpose_clause_end` reads (``purpose_link`` and
    ``purpose_clause_opener`` cue groups): its exact gate (speed26)."""
    return lexicon().words("purpose_link") + lexicon().words("purpose_clause_opener")


def purpose_clause_end(sentence: str) -> int:
    """Offset in ``sentence`` of the clause after its opening purpose clause (``purpose_clause_opener`` cue group: 为了, 为使 …;
    past a linking connective first, ``linking_connective``-like 此外/同时/另外: ``此外，为了减轻不同阶层市民的负担，政府在
    未来一个年度应调高各类现有免税额`` -> the offset of ``政府``) when that clause prescribes with a strong modal right
    after its subject (:func:`_after_topic`, as a topic phrase is read), else 0. The burden the purpose names is what
    the measure relieves, no problem the sentence states (trial22 H, trialfix22a). Linear in the sentence."""
    s = sentence.lstrip()
    if not s.startswith(_purpose_openings()):
        return 0  # (a link or an opener must open it: one startswith before the word loops, speed26)
    lead = len(sentence) - len(s)
    link = next((w for w in lexicon().words("purpose_link") if s.startswith(w)), None)
    if link is not None:
        k = len(link)
        while k < len(s) and s[k] in "，, ":
            k += 1
        s, lead = s[k:], lead + k
    if not s.startswith(lexicon().words("purpose_clause_opener")):
        return 0
    k = _after_topic(s)
    return lead + k if k else 0


def after_background_turn(sentence: str) -> int:
    """Offset in ``sentence`` of what follows its first adversative turn (``adversative`` cue group after a comma:
    ``随着城市发展，社区组织日益重要，但是，当前…仍面临…等问题`` -> the offset of ``当前``) when the sentence opens
    with a scene-setting word (``background_opener`` cue group: 随着, 近年来 …); 0 when it does not open so or has no
    turn (then the opener keeps it from being read as a point); for a topic opener (对于, 针对 …), the offset
    :func:`_after_topic` finds. Linear in the sentence."""
    if sentence.startswith(lexicon().words("topic_opener")):
        return _after_topic(sentence)
    if sentence.startswith(lexicon().words("purpose_opener")):
        return _after_purpose(sentence)
    if not sentence.startswith(lexicon().words("background_opener")):
        return 0
    m = _turn_re().search(sentence)
    if m is not None and m.end() < len(sentence):
        return m.end()
    return _setting_main(sentence)


#: Most characters of a scene-setting clause (``随着人口急剧老化，``) before the comma that closes it.
SETTING_CLAUSE_CHARS = 40
_SETTING_END = LazyPattern(r"[，,]")
#: Fewest shortcoming predicates (:func:`challenge_strength`) of the main clause after a setting for it to be read: one
#: alone is often the trend itself told on (``…的弊端不断显现``, ``…总费用持续增长``; measured: one added 5 points, 1
#: right, two added 3, all right).
SETTING_MAIN_STRENGTH = 2


def _setting_main(sentence: str) -> int:
    """Offset in ``sentence`` (opened by a ``background_opener``: 随着, 近年来 …, with no adversative turn) of the main
    clause after its scene-setting clause, when that main clause states a shortcoming (:func:`challenge_strength` at
    least :data:`SETTING_MAIN_STRENGTH`) and prescribes nothing (no strong modal): ``随着人口老化，养老服务供给严重
    不足、质量参差不齐`` -> the offset of ``养老``; 0 otherwise (``随着城市发展，社区组织日益重要``: the scene only).
    The trend sets the scene; the clause after it is the writer's statement (w75: Part 75's 3988, ``随着照顾者的负担
    越来越重，…居家安老政策日益难以为继``). The setting clause ends at the first comma within
    :data:`SETTING_CLAUSE_CHARS` characters. Linear in the sentence."""
    m = _SETTING_END.search(sentence, 0, SETTING_CLAUSE_CHARS + 1)
    if m is None or m.end() >= len(sentence):
        return 0
    rest = sentence[m.end():]
    return m.end() if challenge_strength(rest) >= SETTING_MAIN_STRENGTH and not strong_modal(rest) else 0


#: The words that close a viewpoint frame (``对于基层家庭来说，``, ``对企业而言，``): :func:`_after_topic`.
_VIEWPOINT_ENDS = ("来说", "而言", "来讲")
#: Most characters of a topic phrase (``对于香港医疗服务的困境``) before the comma that closes it.
TOPIC_PHRASE_CHARS = 30
_TOPIC_END = LazyPattern(r"[，,]")


def targeted_measure(sentence: str) -> bool:
    """True when ``sentence`` opens with a phrase naming a target (``target_opener`` cue group: 面对; at most
    :data:`TOPIC_PHRASE_CHARS` characters up to its comma) and the clause after it is read as a recommendation on its own
    (:func:`sentence_aspect`) and states no shortcoming (:func:`challenge_strength`): ``面对人手不足的困境，街道要加强
    队伍建设`` prescribes, the trouble named being what the measure answers. Not when the rest opens with another target
    phrase (one level only: linear in ``len(sentence)``)."""
    openers = lexicon().words("target_opener")
    m = _TOPIC_END.search(sentence, 0, TOPIC_PHRASE_CHARS + 1)
    if m is None or not sentence.startswith(openers) or m.end() >= len(sentence):
        return False
    rest = sentence[m.end():]
    return (not rest.lstrip().startswith(openers) and not challenge_strength(rest)
            and sentence_aspect(rest) == RECOMMENDATION)


def _after_topic(sentence: str) -> int:
    """Offset in ``sentence`` of the clause after its opening topic phrase (``topic_opener`` cue group: 对于…，针对…，)
    when that clause prescribes with a strong modal right after its subject (``对于香港医疗服务的困境，政府应尽早落实…``
    -> the offset of ``政府``; :func:`_modal_actions`, not the weak 要/需要), else 0 (the topic phrase keeps the sentence
    from being read as a point). The phrase is at most :data:`TOPIC_PHRASE_CHARS` characters; linear."""
    m = _TOPIC_END.search(sentence, 0, TOPIC_PHRASE_CHARS + 1)
    if m is None or m.end() >= len(sentence):
        return 0
    clause = sentence[m.end():]
    head = _TOPIC_END.split(clause, 1)[0]
    if sentence[:m.start()].endswith(_VIEWPOINT_ENDS):
        # 对于受剥削的基层家庭来说，此等执法效率必然无法接受: a viewpoint frame (对于/对…来说/而言) names whose view the
        # statement is, no topic that the clause merely addresses: the clause is read as a sentence (weak23)
        return m.end()
    if proposal_frame_end(clause) or _bare_proposal(head):
        # 针对这些问题，委员们建议，…/ 针对上述问题，建议政府…: the proposals the topic phrase frames
        return m.end()
    return m.end() if any(x not in _WEAK_MODALS for x in _modal_actions(head)) else 0


#: Most characters of a leading purpose phrase (``为了让市民切实认同…，深刻感受…，``) before the clause that prescribes
#: for it (:func:`_after_purpose`).
PURPOSE_PHRASE_CHARS = 60
#: A clause whose modal follows a short subject (``政府有需要优化…``, ``社区应当引入…``, ``必须简化…``): it prescribes.
_PURPOSE_MAIN = LazyPattern(r"[^，,。；;：:]{0,12}?(?:有需要|必须|务必|应当|应该|亟需|亟须|需要|应|须|要)")


def _after_purpose(sentence: str) -> int:
    """Offset in ``sentence`` of the first clause after its leading purpose phrase (``purpose_opener`` cue group:
    ``为了提高效率，政府必须简化审批程序`` -> the offset of ``政府``) that prescribes with a modal right after a short
    subject (:data:`_PURPOSE_MAIN`, and :func:`_modal_actions` finds an action after it) or proposes
    (:func:`_bare_proposal`), among the clauses that start within :data:`PURPOSE_PHRASE_CHARS` characters (a purpose
    may run over several commas: ``为了让…，深刻感受…，政府有需要…``); 0 when there is none (the purpose keeps the
    sentence from being read as a point: ``为了…，我们开展了…`` narrates). Each clause is read up to its own comma:
    linear in the sentence (corpus22b)."""
    for m in _TOPIC_END.finditer(sentence, 0, PURPOSE_PHRASE_CHARS + 1):
        nxt = _TOPIC_END.search(sentence, m.end())
        head = sentence[m.end():nxt.start() if nxt is not None else len(sentence)]
        if _bare_proposal(head) or _PURPOSE_MAIN.match(head) and _modal_actions(head):
            return m.end() if m.end() < len(sentence) else 0
    return 0


#: What right after a sentence's opening 建议/提议 makes it the subject noun of a statement, or one of a list of nouns
#: (``建议会越受重视``, ``建议、看法中出现过的错误``, ``建议已转交``): the sentence proposes nothing (:func:`prose_aspect`).
_PROPOSAL_SUBJECT_NEXT = ("、", "会", "能", "可", "也", "都", "就", "被", "已", "还", "仍", "将", "不", "没", "未")
#: A personal pronoun (and an adverb of addition) as the subject of a verb of proposing that opens a clause
#: (``他也建议街道把…``, ``她还提议…``): the speaker a sentence before named, or the author (:func:`prose_aspect` reads
#: the proposal as a bare one). Anchored, bounded.
_PRONOUN_PROPOSER = LazyPattern(r"(?:他们|她们|他|她)(?:也|还|又|亦|同时)(?=建议|提议|倡议)")
#: Fewest characters of the action after a bare verb of proposing (``建议政府加大投入`` after a topic phrase).
BARE_PROPOSAL_CHARS = 4
#: What right after a verb of proposing makes it a noun or a lead-in, not a proposal of an action (建议的…, 建议是…,
#: 建议如下, 建议中…).
_PROPOSAL_NOUN_NEXT = "的是中书稿案：:如和与及"


def _bare_proposal(clause: str) -> bool:
    """True when the comma-free ``clause`` opens with a verb of the ``proposal_verb`` cue group and no speaker, followed
    by an action of at least :data:`BARE_PROPOSAL_CHARS` characters (``建议政府进一步优化政策支持``) — the author's
    own proposal after a topic phrase (``针对上述问题，建议…``), as ``对此，建议…`` is. Not when the verb is a noun or
    announces a list (:data:`_PROPOSAL_NOUN_NEXT`: ``建议的内容…``, ``建议如下``). Constant work past the prefix test."""
    verbs = lexicon().words("proposal_verb")
    if not clause.startswith(verbs):
        return False
    verb = max((v for v in verbs if clause.startswith(v)), key=len)
    rest = clause[len(verb):].strip()
    return len(rest) >= BARE_PROPOSAL_CHARS and rest[0] not in _PROPOSAL_NOUN_NEXT


@lru_cache(maxsize=1)
def _proposal_frame_re() -> re.Pattern[str]:
    verbs = cue_alternation("proposal_verb")
    return re.compile(rf"[^，,。；;：:！？!?「」“”『』]{{1,{NEWS_SPEAKER_CHARS}}}?(?<![的和与及、条项些个])"
                      rf"(?:又|亦|也|还|则|并)?(?:{verbs})[，,：:]?\s{{0,2}}[「“]?")


def proposal_frame_end(sentence: str) -> int:
    """Offset (characters into ``sentence``) where the proposal begins in a sentence that opens with a speaker of at
    most :data:`NEWS_SPEAKER_CHARS` characters and a verb of proposing (``proposal_verb`` cue group: 建议, 提议, 倡议),
    as a news report of a meeting puts a participant's words (``委员们建议，加大…``, ``某董事长建议，在…建设…``,
    ``我建议，在…``); 0 when it does not open so, when the verb is a noun (after 的/和/条/项…: ``代表的建议很好``) or when
    fewer than four characters follow. Bounded: one anchored match."""
    m = _proposal_frame_re().match(sentence)
    return m.end() if m is not None and len(sentence) - m.end() >= 4 else 0


def proposal_aspect(sentence: str) -> str | None:
    """RECOMMENDATION when ``sentence`` opens with a speaker's verb of proposing (:func:`proposal_frame_end`) and the
    proposal opens with a preposition of place, object or means (``measure_preposition`` cue group: 在, 对, 从, 将 …)
    and asks nothing and names no deficiency (``某董事长建议，在主要河道建设更多船闸``): a measure whose verb the
    preposition keeps from opening it. None otherwise (the caller reads the sentence as prose)."""
    k = proposal_frame_end(sentence)
    if not k:
        return None
    rest = sentence[k:]
    if (rest.startswith(lexicon().words("measure_preposition")) and not rest.rstrip("。.").endswith(("？", "?"))
            and not _prose_deficits(rest)):
        return RECOMMENDATION
    return None


#: How many characters a news report's speaker (``关注组干事陈小姐``, ``社联代表李先生``) may have before the reporting verb.
NEWS_SPEAKER_CHARS = 16


class _StartOrAfterComma:
    """A compiled pattern whose every match starts at the string's start (a branch opened by ``^``) or right after a
    comma (a branch opened by ``(?<=[，,])``), with a :meth:`search` that tries those positions alone: the same match
    as ``pattern.search`` (the leftmost; the same match at each position, the whole string seen by ``^`` and the
    lookbehind), without a step of the regex engine at every other position. Other attributes are the pattern's."""

    _COMMA = re.compile("[，,]")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        # (the pattern's own readers as attributes, found without a call of __getattr__ each time; speed40)
        self.match, self.fullmatch, self.finditer = pattern.match, pattern.fullmatch, pattern.finditer

    def search(self, string: str, *span: int) -> re.Match[str] | None:
        """``pattern.search(string)``: a match at 0, else the first one right after a comma. Linear in the commas'
        attempts (each bounded by the pattern). With ``pos``/``endpos``: the pattern's own search."""
        if span:
            return self._pattern.search(string, *span)
        match = self._pattern.match
        m = match(string)
        if m is not None:
            return m
        for comma in self._COMMA.finditer(string):
            m = match(string, comma.end())
            if m is not None:
                return m
        return None

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)


#: A personal pronoun as the whole speaker of a one-character verb of saying glued to the reported words, with no
#: comma between (Hong Kong news: ``他指当局要检讨…``, ``她称政府…``, ``他们又指…``; trad22): the pronoun stands for the
#: person the report quotes, so the words after 指/称 are his. Not before a character that makes 指/称 part of another
#: word or a gesture (``他指着…``, ``他指的是…``, ``他称得上…``, ``他称赞…``: :data:`_PRONOUN_SAID_NOT`). Fixed-width
#: lookbehinds at the string's start: constant work.
_PRONOUN_SAID_NOT = "的着了向导定挥引标数令示控望南点名责使派赞得为作号呼"
_PRONOUN_SAID = (r"(?:(?<=^[他她][指称])|(?<=^[他她]们[指称])|(?<=^[他她][又亦也更则还并][指称])"
                 rf"|(?<=^[他她]们[又亦也更则还并][指称]))(?![{_PRONOUN_SAID_NOT}，,。；;：:！？!?\s])")


@lru_cache(maxsize=None)
def _news_frame_re() -> _StartOrAfterComma:
    """A speaker at the start of a sentence (at most :data:`NEWS_SPEAKER_CHARS` characters, no punctuation or quote),
    an optional 又/亦/也/更/则/还, a reporting verb (``news_report_verb``; not before 了, ``指出了…的不足`` narrates
    what was said, nor before a complement 出, ``担心出事``, but with it where the pair infers, ``inference_verb``: ``这反映出…``; a one-character one only before a comma, colon or quotation mark), then the reported words; or a clause that opens with a verb of criticism
    (``news_criticism_verb``: ``…发表报告，批评条例存在漏洞``) with no speaker of its own (not one of time or a noun,
    ``批评时隔靴搔痒``, ``批评的``: trialfix21c). Bounded: linear. Searched
    at the string's start and after each comma alone (:class:`_StartOrAfterComma`)."""
    words = sorted(lexicon().words("news_report_verb"), key=len, reverse=True)
    long_ = "|".join(re.escape(w) for w in words if len(w) > 1) or "(?!)"
    # (and the verbs of mentioning, ``news_mention_verb``: 他又提及，… reports; 麦某提到今届的工作 narrates a topic)
    short = "|".join(re.escape(w) for w in sorted(
        [w for w in words if len(w) == 1] + list(lexicon().words("news_mention_verb")), key=len, reverse=True)) or "(?!)"
    crit = "|".join(re.escape(w) for w in sorted(lexicon().words("news_criticism_verb"), key=len, reverse=True))
    # (a reporting verb's complement 出 where the pair is a verb of inference, ``inference_verb``: 这反映出… frames what
    # follows as 反映 does, the 出 with it; any other 出 after the verb, 担心出事, is no frame)
    compl = "|".join(rf"(?<={re.escape(w[:-1])})" for w in lexicon().words("inference_verb")
                     if w.endswith("出") and w[:-1] in words)
    compl = f"(?:(?:{compl})出)?" if compl else ""
    # (what may stand right after the speaker: an adverb or a verb's first character; a lookahead that every match
    # passes, so that each of the speaker's lengths tries the verbs only where one can start: the same matches)
    after = "".join(sorted(set("又亦也更则还并") | {w[0] for w in words}
                           | {w[0] for w in lexicon().words("news_mention_verb")}))
    return _StartOrAfterComma(re.compile(
        # (two or three speakers joined by 、, each of at most NEWS_SPEAKER_CHARS characters: 临沧市市长何某代表、宁蒗县县长
        # 杨某代表认为，…; each joined part ends at its 、, so one way to read it: linear; Part 143's 8096)
        rf"(?:^(?P<who>(?:[^，,。；;：:！？!?「」“”『』、]{{1,{NEWS_SPEAKER_CHARS}}}、){{0,2}}"
        rf"[^，,。；;：:！？!?「」“”『』]{{1,{NEWS_SPEAKER_CHARS}}}?)(?=[{re.escape(after)}])(?:又|亦|也|更|则|还|并)?"
        rf"(?P<verb>(?:{long_}){compl}(?![了出]){_VERDICT_CAUSER}|(?:{short})(?:(?=[，,：:「“])|{_PRONOUN_SAID}))"
        rf"|(?<=[，,])\s{{0,2}}(?:又|亦|也|更|并)?(?P<crit>{crit or '(?!)'})(?![时的者中]))[：:，,]?\s{{0,2}}"))


#: A causative before a verb of feeling that modifies a noun (``令人担忧的是，…``, ``一个让人担心的议题``): the sentence's
#: own verdict, no speaker who reports (trialfix23b F1: the frame cut left ``的是，…``); checked after a two-character
#: verb (``交通问题更是令人忧虑，…`` before a comma still frames what follows). Fixed-width lookbehinds: linear.
_VERDICT_CAUSER = "(?!(?:(?<=令人..)|(?<=让人..)|(?<=使人..)|(?<=叫人..)|(?<=教人..))的)"
_QUOTES = BLOCK_QUOTE_OPENERS + BLOCK_QUOTE_CLOSERS + ASCII_QUOTES  # (not ‘’: they nest inside a quotation)
#: An adversative or additive connective and its comma before a news frame's speaker (``但是，黄文政还表示，…``,
#: ``同时，他指出，…``; not 因此/所以: they draw the author's own conclusion from what is reported).
_LINKED_FRAME = LazyPattern(r"(?:但是|但|不过|然而|同时|此外|另外|而且)[，,]\s{0,2}")


def _accounts_for_conduct(m: re.Match[str]) -> bool:
    """Whether a news frame's match ``m`` (:func:`_news_frame_re`) gives an actor's account of its own conduct: a
    verb of explaining or defending (``news_defence_verb``: 解释, 辩称, 澄清 …) or a speaker that ends with an adverb of
    sequence (``news_sequel_adverb``: 随后, 其后 …: the next step of an event told in order)."""
    verb = m.group("verb")
    return verb is not None and (has_cue(verb, "news_defence_verb")
                                 or (m.group("who") or "").rstrip().endswith(lexicon().words("news_sequel_adverb")))


def accounts_for_conduct(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) opens with a speaker who accounts for his own conduct (``公司随后解释
    成本上涨是加价的主因，…``, ``局方辩称…``, ``校方其后表示…``): what follows is narration of the actor — what it did and
    said — and states neither a challenge nor a recommendation of the author's, whatever deficiency or cause words the
    account holds (a subhead's body narrating the event under it; lefts22). Bounded: one frame match
    (:func:`_news_frame_re`, at the start only)."""
    s = sentence.strip()
    m = _news_frame_re().match(s)  # (search's first try: only a frame at the start counts)
    return m is not None and _accounts_for_conduct(m)


#: A document or research noun of ``news_official`` that modifies a person's post (``研究主管周某指出``, ``调查主任表示``):
#: the speaker is that person, a think tank's or a survey's officer, no reported document (Part 56's 2851).
_POST_OF_STUDY = LazyPattern(r"(?:研究|调查|报告)(?:部|中心|团队|小组)?(?:主管|主任|总监|负责人|经理|召集人)")


#: The ``news_official`` words that name an expert a report interviews (``受访专家表示``, ``有学者指出``), not an
#: authority.
_EXPERT_WORDS = ("专家", "学者")


def interviewed_expert(who: str) -> bool:
    """True when every ``news_official`` word in the speaker ``who`` (Simplified view) is an expert's
    (:data:`_EXPERT_WORDS`: ``受访专家``, ``有关学者``): a news report relays an expert it asked for a verdict on the
    problem and a way out (``受访专家表示，…仍处于爬坡阶段，还面临一些短板弱项，须进一步…``), the report's own
    content the way a think tank's researcher's is, not the authorities' reply (k164168, Part 168). Bounded: the
    speaker is short."""
    if not any(w in who for w in _EXPERT_WORDS):
        return False
    rest = who
    for w in _EXPERT_WORDS:
        rest = rest.replace(w, "|")
    return not has_cue(rest, "news_official")


def official_speaker(who: str) -> bool:
    """True when the speaker ``who`` (Simplified view) is the authorities or a reported document (``news_official``:
    ``房屋局发言人``, ``报告``, ``研究``), not when every such word is part of a person's post (:data:`_POST_OF_STUDY`:
    ``研究主管周某``: a think tank's head of research speaks for its report). Bounded: the speaker is short."""
    if not has_cue(who, "news_official"):
        return False
    if interviewed_expert(who):
        return False
    if "研究" not in who and "调查" not in who and "报告" not in who:
        return True
    return has_cue(_POST_OF_STUDY.sub(_blanked, who), "news_official")


def audit_finding_aspect(said: str) -> str | None:
    """Aspect of the words an auditor or oversight body is reported to say (``audit_body`` speaker: ``审计部说，…，显示
    长照基金财源…稳定性不足``; ``said`` is the Simplified view after the frame): a finding of a review states the
    shortcoming it found, so a single deficiency predicate makes it a challenge (:func:`sentence_aspect`, not the
    stricter :func:`prose_aspect` that a reported person's words need); a course it urges (``应检讨改善``) is a
    recommendation; a harm the finding warns of (:data:`_FEARED_HARM`: ``恐影响…``) is a challenge; a figure or an
    account with neither is None. Bounded: the cue readers are linear."""
    said = said.strip().strip(_QUOTES)
    if len(said) < 4:
        return None
    aspect = prose_aspect(said) or sentence_aspect(said)
    if aspect is None and warns_of_harm(said):
        return CHALLENGE  # …都未及…基金用途年成长率，恐影响长照服务永续性: the harm the finding warns of
    return aspect


#: A harm an auditor's finding warns of (``恐影响长照服务永续性``, ``恐难以因应支出需求``, ``恐将造成资源浪费``): 恐, an
#: optional 将/会/怕, then a verb of harming or of failing. Bounded alternatives: linear.
_FEARED_HARM = LazyPattern(r"恐(?:将|会|怕)?(?:影响|造成|导致|难以|无法|不利|冲击|拖累|加剧|衍生|排挤|损及|延误)")


def warns_of_harm(text: str) -> bool:
    """True when ``text`` (Simplified view) warns of a harm with 恐 (:data:`_FEARED_HARM`: ``恐影响长照服务永续性``).
    One scan: linear."""
    return "恐" in text and _FEARED_HARM.search(text) is not None


@_remembered_any_length
def news_aspect(sentence: str) -> tuple[bool, str | None]:
    """Aspect of a news report's sentence that attributes words to a speaker: ``(framed, aspect)``.

    ``framed`` is True when ``sentence`` opens with a speaker and a reporting verb (:func:`_news_frame_re`:
    ``社联代表李先生指出，…``, ``她又指，…``, ``陈小姐表示：「…」``) or holds a clause opening with a verb of criticism
    (``…，批评条例存在漏洞，…``). In a news report the problems and demands of the people it speaks for are the article's
    content (the gold convention of the project's Hong Kong news documents), so the reported words, quotation marks
    removed, are read as prose (:func:`prose_aspect`); words after a verb of criticism (``news_criticism_verb``:
    批评, 质疑, 不满 …) that prescribe nothing are a challenge even with no deficiency word. ``aspect`` is None for
    the authorities' reply or a reported official statement (``news_official`` in the speaker: ``房屋局发言人表示…``,
    ``当局回应指…``, ``报告指出…``), and for an actor's account of its own conduct (a ``news_defence_verb``: 解释,
    辩称, 澄清 …) or a speaker told as the next step of an event (``news_sequel_adverb`` ending the speaker: ``公司随后
    表示…``): neither aspect, narration of what the actor did. ``(False, None)`` when the sentence is not so framed."""
    s = sentence.strip()
    m = _news_frame_re().search(s)
    if m is None:
        return False, None
    who = m.group("who") or ""
    if m.group("verb") is not None and s[:m.end("verb")].endswith(lexicon().words("news_not_speaker")):
        return False, None  # 换句话说，… / 一般来说，…: the author's own argument goes on
    if m.group("verb") is not None and has_cue(who, "audit_body"):
        return True, audit_finding_aspect(s[m.end():])
    if m.group("verb") is not None and requirement_series(s[m.end():]):
        return True, RECOMMENDATION  # 会议强调，要A；要B: a body's requirements at its own meeting (k127128, Part 127)
    if official_speaker(who):
        return True, None if has_cue(who, "cited_leader") else leader_directive_aspect(m.group("verb"), s[m.end():])
    if _accounts_for_conduct(m):
        return True, None  # 公司随后解释成本上涨是主因: narration of the actor, neither aspect (lefts22)
    if m.group("crit") is not None:
        said = s[m.end():]
        critical = True
    else:
        said = s[m.end():]
        critical = has_cue(m.group("verb"), "news_criticism_verb")
    said = said.strip().strip(_QUOTES).replace("「", "").replace("」", "").replace("“", "").replace("”", "")
    if len(said) < 4:
        return True, None
    aspect = prose_aspect(said)
    if aspect is None and "望" in said[:2] and proposer_wish(said, who):
        aspect = RECOMMENDATION  # 赵代表表示，希望在省级层面研究出台…方案: the deputy's wish is the proposal (Part 143)
    if aspect is None and critical and not strong_modal(said) and not _modal_actions(said):
        aspect = CHALLENGE
    if aspect is None and m.group("verb") is not None and who.strip() in lexicon().words("author_self"):
        # 我指出现时A不足，B困难，C不足，…: the author speaks in the first person; words that the reported reading finds
        # no aspect in are his own prose, read as the sentence without the frame is (corpus20)
        return False, None
    return True, aspect


#: One ``；``-part of a meeting's requirements (:func:`requirement_series`): an optional ordinal (一, 二 …), at most
#: eight characters of actor (各单位, 党员干部), a modal (要, 应, 必须, 务必, 须) and a verb's first character (no 求:
#: 要求 is a demand reported). Anchored, bounded.
_REQUIREMENT_PART = LazyPattern(r"\s{0,2}[一二三四五六七八九十]?[^，,；;。：:\s]{0,8}?(?:要|应当|应|必须|务必|须)(?!求|是|有|点)"
                               r"[\u4e00-\u9fff]")


def requirement_series_start(said: str) -> int:
    """Where a series of requirements joined by ``；`` begins in ``said`` (Simplified view: the words after a
    speaker's frame), or -1: at least two parts up to the sentence's end, each opening with an actor and a modal
    (:data:`_REQUIREMENT_PART`: ``各单位要A，…；要B，…；要C``, ``一要…；二要…``); past a colon in the first part, whose
    lead-in announces them (``希望大家…把下半年工作做好：一要…；二要…``). Linear in ``len(said)``."""
    end = len(said)
    for k, ch in enumerate(said):
        if ch in "。！!？?":
            end = k
            break
    first = min((k for k in (said.find("；", 0, end), said.find(";", 0, end)) if k >= 0), default=-1)
    if first < 0:
        return -1
    colon = max(said.rfind("：", 0, first), said.rfind(":", 0, first))
    start = colon + 1 if colon >= 0 else 0
    parts = [p for p in re.split(r"[；;]", said[start:end]) if p.strip()]
    if len(parts) >= 2 and all(_REQUIREMENT_PART.match(p) for p in parts):
        return start
    return -1


#: A speaker's one requirement for the body's future course (:func:`future_requirement`): at most eight characters of
#: actor, a time ahead (今后, 下一步, 下阶段, 明年), at most four characters and a modal. Anchored, bounded.
_FUTURE_REQUIREMENT = LazyPattern(r"\s{0,2}[^，,；;。：:\s]{0,8}?(?:今后|下一步|下阶段|下一阶段|明年|新的一年)[^，,；;。：:]{0,4}?"
                                 r"(?:要|应当|应|必须|务必)(?!求|是|有)[\u4e00-\u9fff]")


def future_requirement(said: str) -> bool:
    """True when ``said`` (Simplified view: the words after a speaker's frame) opens with one requirement for the
    body's course ahead (``公司今后要把…纳入年度考核``: :data:`_FUTURE_REQUIREMENT`): in news of a body's own meeting,
    a leader's proposal for its future is the report's recommendation (k127128, Part 127's workers' congress news).
    Constant work (anchored, bounded)."""
    return _FUTURE_REQUIREMENT.match(said) is not None


#: Verbs with which meeting news relays a leader's directive (``局长强调，要…``, ``部长要求，要…``): not 表示 / 回应 /
#: 指出, with which the authorities reply or state a position.
_DIRECTIVE_VERBS = ("强调", "要求", "強調")
#: The opening of a directive's words: an optional actor of at most eight characters (各单位, 各地各部门), then a
#: modal of obligation (要, 必须, 务必, 一定要) before a verb, not 要求 / 要是 / 要有 / 要看到 (a demand reported, a
#: condition, a possession, a view). Anchored, bounded.
_DIRECTIVE_OPENING = LazyPattern(r"\s{0,2}[“「]?(?:[^，,；;。：:！？!?\s]{1,8}?)?(?:一定要|必须|务必|要)(?!求|是|有|看|点|素)"
                                r"(?!(?:深刻|清醒|充分|清楚|正确)?(?:认识|看到|意识|认清))[\u4e00-\u9fff]")


def leader_directive_aspect(verb: str | None, said: str) -> str | None:
    """Aspect of an official speaker's words in news of a body's own meeting: ``recommendation`` when a leader's
    directive verb (:data:`_DIRECTIVE_VERBS`: ``局长强调，``, ``部长出席会议并强调，``) relays words that open with a
    modal of obligation (:data:`_DIRECTIVE_OPENING`: ``要认真贯彻落实…，深入开展…，大力整治…``) and read as a measure
    (:func:`prose_aspect`): mainland meeting news gives its leader's demands so, and they are the report's measures
    (Part 156's transport meetings); None otherwise, the authorities' reply or stated position (HK news: ``当局强调，
    政府一直…``) being neither aspect. Bounded: one anchored match and the prose reading of ``said``."""
    if verb is None or verb not in _DIRECTIVE_VERBS:
        return None
    if _DIRECTIVE_OPENING.match(said) is None:
        return None
    said = said.strip().strip(_QUOTES)
    # (要…，有力遏制事故多发频发势头: the harm a directive sets out to curb makes no challenge of the directive)
    return RECOMMENDATION if prose_aspect(said) is not None else None


#: A leader's demand told with its addressee and no modal (``同时要求区县进一步提高认识，…完成各项工作任务``, ``要求各乡镇
#:切实加强巡山护林``): 要求 (not after 按/照/符合/达到 …: a standard met or missed; nor after 已/曾: a demand
#: already made, work done), at most ten characters of
#: addressee, then an adverb of directive (进一步, 切实, 务必, 加快 …) before a verb. Bounded: linear.
_SUBORDINATE_DEMAND = LazyPattern(r"(?<![按照的合符达足定到将已经曾])要求(?P<to>[^，,。；;：:！？!?“「”」]{1,10}?)"
                                 r"(?:进一步|切实|务必|认真|加快|尽快|全力|持续|继续|严格|抓紧|扎实|着力|坚决|立即"
                                 r"|迅速|全面|深入|积极|主动|及时|高度重视)[\u4e00-\u9fff]")
#: A distributive subject (一些, 有的, 个别 …) in the clause before 要求: some bodies' demands told as a fault
#: (``一些地方个别单位要求…必须由内部审计部门进行结算审计``), no leader's directive. Bounded.
_DEMAND_BY_SOME = LazyPattern(r"(?:一些|有些|有的|部分|个别|少数)[^，,。；;：:！？!?]{0,12}$")


def directs_subordinates(sentence: str) -> bool:
    """True when a clause of ``sentence`` (Simplified view) tells a leader's demand on the bodies under him with its
    addressee and an adverb of directive, no modal (:data:`_SUBORDINATE_DEMAND`: ``王局长充分肯定了…成效，同时要求区县
    进一步提高认识，克服一切困难按照时间节点完成各项工作任务``): mainland inspection and meeting news gives its leader's
    demands so as well as by ``强调，要…`` (:func:`leader_directive_aspect`), and they are the report's measures (Part
    162's 9234, k162151), unless what follows the addressee states a shortcoming (:func:`challenge_strength`) or the
    demand is some bodies' (:data:`_DEMAND_BY_SOME`: ``一些地方个别单位要求…``, a fault told). Bounded:
    one search and the reading of the demand's clause."""
    if "要求" not in sentence:
        return False
    m = _SUBORDINATE_DEMAND.search(sentence)
    if m is None or has_cue(m.group("to"), "news_official") and m.group("to").endswith(("表示", "说")):
        return False
    if _DEMAND_BY_SOME.search(sentence[max(0, m.start() - 14):m.start()]):
        return False
    if paperwork_demand(sentence[m.end("to"):]):
        return False
    return not challenge_strength(sentence[m.end("to"):])


#: A clause that asks only for the demander's own paperwork: sorting out, writing or handing in the materials, the
#: report, the summary (``认真梳理调研材料``, ``尽早完成调研报告``, ``按时报送工作总结``). Bounded: linear.
_PAPERWORK_CLAUSE = LazyPattern(r"[^，,；;]{0,8}?(?:梳理|整理|完成|撰写|形成|起草|上报|报送|提交|汇总)"
                               r"[^，,；;]{0,10}?(?:材料|报告|总结|纪要|汇报|简报)[^，,；;]{0,4}")


def paperwork_demand(demand: str) -> bool:
    """True when every clause of ``demand`` (Simplified view: the words of a demand up to its sentence's end) asks only
    for paperwork (:data:`_PAPERWORK_CLAUSE`: ``要求课题组认真梳理调研材料，尽早完成调研报告``): a research visit's or a
    meeting's procedural task on its own report, no measure on the matter governed (newuser36a's research-visit news,
    kept by the fifty-first session's lead against k162151's :func:`directs_subordinates`). A demand with one clause
    of substance (``切实加强巡山护林，并于月底前上报工作总结``) is no such demand. Linear: one pass over the clauses."""
    end = min((i for i in (demand.find("。"), demand.find("！"), demand.find("!")) if i >= 0), default=len(demand))
    clauses = [c for c in re.split(r"[，,；;]", demand[:end]) if c.strip()]
    return bool(clauses) and all(_PAPERWORK_CLAUSE.fullmatch(c.strip()) for c in clauses)


def leader_directs(part: str, frame: re.Match[str]) -> bool:
    """True when ``frame`` (a match in ``part``, Simplified view, that ends with a speaker's verb and its mark) is a
    leader's directive verb (:data:`_DIRECTIVE_VERBS`: ``部长李某出席会议并强调，``) and the words after it open with a
    modal of obligation (:data:`_DIRECTIVE_OPENING`: ``要深入开展…``): the demands mainland meeting news relays from
    its leader are the report's measures, not another party's view reported (Part 156). Bounded: one anchored
    match."""
    verb = frame.group().rstrip("，,：:“「")
    return verb.endswith(_DIRECTIVE_VERBS) and _DIRECTIVE_OPENING.match(part, frame.end()) is not None


def requirement_series(said: str) -> bool:
    """True when ``said`` (Simplified view: the words after a speaker's frame) holds a series of requirements
    (:func:`requirement_series_start`). A leader's or a meeting's requirements in news of a body's own meeting are its
    recommendations (k127128: Part 127's 公文 news), whatever the official frame. Linear in ``len(said)``."""
    return requirement_series_start(said) >= 0


#: A speaker that is a share of a survey's respondents (``约有25%认为…``, ``三成市民认为…``): a finding, not a person.
_SHARE_OF_RESPONDENTS = LazyPattern(r"[\d％%]|[一二三四五六七八九十几]成")


#: The date a news report gives its speaker's words (``某某今（2）日表示``, ``某某2日表示``, ``某某3月2日指出``): no share
#: of respondents, though it holds a digit (part14fix21). Bounded: linear.
_SPEAKER_DATE = LazyPattern(r"(?:\d{1,4}年)?(?:\d{1,2}月)?[今昨前]?[（(]?\d{1,2}[）)]?日")


def news_person_frame(part: str) -> re.Match[str] | None:
    """The frame of a news report's sentence (or ``；``-part) in which a person or a group the report speaks for is
    the speaker (``立法会议员某某又表示，…``, ``他又指出，…``, ``某某则指出，…``): the :func:`_news_frame_re` match of its
    speaker and reporting verb at the start of ``part`` (its ``end()`` is where the reported words begin), or None when
    there is none, when the speaker is the authorities, a document or an unnamed other voice (``news_official``,
    ``directive_source``), the author (``author_self``: 我们认为，… is the author's own prose) or a share of a survey's respondents (:data:`_SHARE_OF_RESPONDENTS`), when the words are an idiom of the author's own argument (``news_not_speaker``) or the author's
    own ``应当指出`` (``pointing_out_modal`` cue group), or when only a verb of criticism opens a later clause."""
    m = _news_frame_re().search(part)
    if m is None or m.group("verb") is None:
        return None
    who = m.group("who") or ""
    if (part[:m.end("verb")].endswith(lexicon().words("news_not_speaker"))
            or who.endswith(lexicon().words("pointing_out_modal"))):
        return None
    if (official_speaker(who) or has_cue(who, "directive_source") or has_cue(who, "author_self")
            or _SHARE_OF_RESPONDENTS.search(_SPEAKER_DATE.sub("", who))):
        return None
    return m


#: A speaker (at most 10 characters) and the setting of his words as a clause of its own before the verb of saying
#: (``局长在答问大会上，``, ``特首在施政报告中，``): :func:`official_report` reads the speaker with the verb after it.
#: Anchored, two bounded gaps that stop at a clause mark: linear.
_SPEAKER_SETTING = LazyPattern(r"(?P<who>[^，,。；;：:！？!?\s]{1,10}?)在[^，,。；;：:！？!?]{1,20}?(?:上|中|时|期间|里|后)"
                              r"[，,]\s?")


#: A news item's opening clause that sets the day's scene (``屋宇事务小组昨日开会讨论天台屋问题，``): at most ten
#: characters, a word of a recent day (昨日, 日前, the bare 昨 of Hong Kong news: 昨开会 …), at most twenty more, a
#: comma. Anchored, bounded.
_NEWS_DAY_SCENE = LazyPattern(r"[^，,。；;“”「」]{0,10}?(?:昨日|昨天|昨早|昨晚|昨|前日|日前)[^，,。；;：:“”「」]{0,20}[，,]\s{0,2}")


#: A speaker (at most :data:`NEWS_SPEAKER_CHARS` characters, no punctuation) and 表明 before a comma or colon
#: (``副局长某某表明，…``): read by :func:`official_report` alone. Anchored, bounded.
_AVOWAL_FRAME = LazyPattern(r"(?P<who>[^，,。；;：:！？!?「」“”『』]{1,%d}?)(?P<verb>表明)(?=[，,：:])" % NEWS_SPEAKER_CHARS)


def official_reply_after_scene(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) opens with a clause that sets the day's scene (:data:`_NEWS_DAY_SCENE`:
    ``房屋事务委员会昨开会讨论劏房问题，``) and goes on with the authorities' reply as :func:`official_report` reads it
    (``副局长某某表明，劏房有存在价值，…``): the scene's topic word (问题) states no problem of the item's, and the
    reply is the other side's (the gold rules' whose statement; Part 126's 7060). Bounded: one anchored match, then
    :func:`official_report` of the rest."""
    s = sentence.strip()
    scene = _NEWS_DAY_SCENE.match(s)
    return scene is not None and official_report(s[scene.end():])


def official_report(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) opens with a news frame whose speaker is the authorities or a
    reported document (:func:`official_speaker`: ``内政部常务次长某某致词表示，…``, ``房屋局回覆议员…时强调，…``), not
    a document, a study or an unnamed voice (``reported_document_voice``: ``研究认为要…``, ``有人认为…``), and
    :func:`news_aspect` reads no aspect in it: the authorities' own plans, reply or speech as reported, which the
    sentence's cue words alone (:func:`sentence_aspect`: ``…全面落实居住正义``) must not make a point of (Part 56's
    2875, 2883). A setting clause between the speaker and the verb (``局长在答问大会上，一再强调…，说…``:
    :data:`_SPEAKER_SETTING`) is read past (k9192, Part 92: an op-ed's paraphrase of the official it argues against),
    and so is a first clause that sets the day's scene (:data:`_NEWS_DAY_SCENE`: ``小组昨日开会讨论…问题，房屋署助理署长
    表明，…``; k124126); an official's ``表明，`` frames the reply as ``表示，`` does (:data:`_AVOWAL_FRAME`, here alone).
    Bounded: one frame search (two with a setting clause or a scene)."""
    setting = _SPEAKER_SETTING.match(sentence.strip()) if "在" in sentence else None
    if setting is not None:
        sentence = setting.group("who") + sentence.strip()[setting.end():]
    if official_reply_after_scene(sentence):
        return True  # 小组昨日开会讨论…，房屋署助理署长表明，…: the day's scene, then the official's reply (k124126)
    avowal = _AVOWAL_FRAME.match(sentence.strip()) if "表明" in sentence else None
    if avowal is not None:
        # (房屋署助理署长表明，…: an official's 表明 before its comma frames the reply as 表示 does; not a general frame
        # verb, 研究表明，… relays a finding; k124126)
        sentence = avowal.group("who") + "表示" + sentence.strip()[avowal.end("verb"):]
    framed, aspect = news_aspect(sentence)
    if not framed or aspect is not None:
        return False
    m = _news_frame_re().search(sentence.strip())
    if m is None or m.start() > 0 or m.group("verb") is None:
        return False
    who = m.group("who") or ""
    return official_speaker(who) and not has_cue(who, "reported_document_voice")


#: Most sentences before a news sentence read for the title of the person it names bare (:func:`official_named_before`).
OFFICIAL_NAME_SENTENCES = 6
#: Endings of the ``news_official`` words that are an official's post (局长, 次长, 官员, 发言人 …): the titles
#: :func:`official_named_before` reads beside a name (not 回应议员某某, 某某调查指出: a verb, a document).
_POST_TITLE_ENDS = ("长", "官员", "发言人", "特首", "总理", "书记", "领导")
#: A bare name as a news frame's speaker: two to four Han characters.
_BARE_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,4}")


@_remembered  # (asked of each sentence by several readers: the fallback, the reported clauses, the two models)
def bare_name_speaker(sentence: str) -> str:
    """The speaker of the news frame that opens ``sentence`` (Simplified view) when it is a bare name: two to four Han
    characters (:data:`_BARE_NAME`) naming no official nor council member (``王某某指出，…`` → ``王某某``), else
    ``""``. Bounded: one frame search."""
    m = _news_frame_re().search(sentence.strip())
    if m is None or m.start() > 0 or m.group("verb") is None:
        return ""
    who = (m.group("who") or "").strip()
    if not _BARE_NAME.fullmatch(who) or has_cue(who, "news_official") or has_cue(who, "proposing_person"):
        return ""
    return who


def official_named_before(sentence: str, before: Sequence[str]) -> bool:
    """True when ``sentence`` (Simplified view) opens with a news frame whose speaker is a bare name (two to four Han
    characters: ``王某某指出，…须将…检讨…``) that one of the sentences ``before`` it (nearest last, at most
    :data:`OFFICIAL_NAME_SENTENCES` read) gave right after or right before an official's title (``news_official``:
    ``公路局副局长王某某表示，…``, ``王某某局长…``: :data:`_POST_TITLE_ENDS`; not a verb of answering, ``回应议员某某``,
    nor a document, ``监委调查指出``), when one of those
    sentences names a council member (``proposing_person``: the official answers a councillor's question or petition;
    a premier's report in a news item, ``总理某某…。某某说，…``, is its content): the answering official
    speaks again, and his reply is no point of the item (the authorities' words, as :func:`official_report` reads
    them when the title is repeated; Part 121's 6782). Bounded: one frame search and a scan of the sentences read."""
    who = bare_name_speaker(sentence)
    if not who:
        return False
    read = list(before)[-OFFICIAL_NAME_SENTENCES:]
    if not any(has_cue(prev, "proposing_person") for prev in read):
        return False  # (no council member asked before: 总理某某…。某某说，…: the report's own content, Part 121's 6788)
    titles = tuple(w for w in lexicon().words("news_official") if w.endswith(_POST_TITLE_ENDS))
    for prev in reversed(read):
        at = prev.find(who)
        while at >= 0:
            # (the titles before the name, from the clause's start: 市人大代表、…党委书记某某 is a deputy, who asks)
            run = prev[rfind_any(prev, "，,。；;：:！？!?", 0, at) + 1:at]
            if has_cue(run, "proposing_person"):
                return False
            if prev[:at].endswith(titles) or prev.startswith(titles, at + len(who)):
                return True
            at = prev.find(who, at + len(who))
    return False


def news_said_start(sentence: str) -> int:
    """Offset (characters into ``sentence``) where the reported words of a news sentence begin, past its speaker,
    reporting verb and opening quotation mark (``陈小姐表示：「医疗券…」`` → the offset of ``医``), when
    :func:`news_aspect` reads the sentence as framed and finds an aspect in those words; 0 otherwise. A point cut
    from such a sentence starts there: the speaker and the verb of saying are no part of the problem or demand."""
    framed, aspect = news_aspect(sentence)
    if not framed or aspect is None:
        return 0
    lead = len(sentence) - len(sentence.lstrip())
    m = _news_frame_re().search(sentence.strip())
    k = lead + m.end()
    while k < len(sentence) and sentence[k] in _QUOTES:
        k += 1
    return k


def news_frame_end(part: str) -> int:
    """Offset (characters into ``part``) just past the speaker and reporting verb that open it (:func:`_news_frame_re`:
    ``有企业反映，``, ``有居民表示，``), when :func:`news_aspect` reads it as framed by a speaker who is no authority
    (``news_official``: an authority's reply is no report of the people's problems) and the frame opens it as a clause
    of its own (a comma, a colon or a quotation mark after it); 0 otherwise. Unlike :func:`news_said_start`, the reported words need not state an aspect. Bounded: one search."""
    s = part.lstrip()
    m = _news_frame_re().search(s)
    if m is None or m.start() > 0 or m.group("crit") is not None or official_speaker(m.group("who") or ""):
        return 0
    if m.group("verb") is not None and s[:m.end("verb")].endswith(lexicon().words("news_not_speaker")):
        return 0
    if not s[:m.end()].rstrip().endswith(("，", ",", "：", ":")) and not s.startswith(_QUOTES, m.end()):
        return 0  # (这些措施令机构忧虑未来发展…: a verb inside the clause, no frame of its own)
    k = len(part) - len(s) + m.end()
    while k < len(part) and part[k] in _QUOTES:
        k += 1
    return k


@lru_cache(maxsize=None)
def _news_demand_re() -> re.Pattern[str]:
    """A clause whose speaker (at most :data:`NEWS_SPEAKER_CHARS` characters) asks an authority to act: a verb of
    ``news_demand_verb`` (要求, 促请, 呼吁, 希望 …), then the addressee: 政府/当局/特区政府, a name of at most eight
    characters ending in 局/署/部门/委员会/议会/政府/当局 (``运输署``, ``医管局``, ``中央政府``) or in a person or body
    asked to act (``demand_addressee_end`` cue group: ``官员``, ``物业``, ``选委会``; reported28), or a ministry of at most
    six characters ending in 部 (``卫福部``; not ``干部``, ``全部``, ``内部``…, ``部分``, ``部长``). Bounded: linear."""
    verbs = "|".join(re.escape(w) for w in sorted(lexicon().words("news_demand_verb"), key=len, reverse=True))
    return re.compile(rf"(?:^|[，,；;])\s{{0,2}}(?P<who>[^，,。；;：:「“]{{0,{NEWS_SPEAKER_CHARS}}}?)(?P<verb>{verbs or '(?!)'})"
                      r"(?P<to>政府|当局|特区政府|[^，,。；;：:「“]{0,8}?(?:局|署|部门|委员会|议会|政府|当局"
                      # (a person or body asked to act: 官员, 物业, 选委会 …; reported28)
                      rf"|{cue_alternation('demand_addressee_end')})"
                      # a ministry (卫福部, 教育部; not 干部, 全部, 内部 …, 部分, 部长)
                      r"|[^，,。；;：:「“]{1,6}?(?<![干全内外局大各细一基底顶总])部(?![分门长位队属]))"
                      r"(?P<act>[^，,。；;：:]{2})")


#: Characters before a bare 望 that make it part of another word (失望, 绝望, 展望, 观望, 渴望, 声望, 有望 …): no demand.
_WANG_WORDS = tuple("失绝展观渴声威名仰眺看探瞭无有指")
#: (the same characters keep the bare 望 of :data:`_APPEAL` from matching inside those words)
_WANG_LOOKBEHIND = "".join(_WANG_WORDS)
#: Characters before a bare 请 that make it part of another word (申请, 邀请, 聘请, 宴请, 报请, 呈请, 提请 …): no demand
#: (kinds31: 请县府… asks the county government to act; 申请政府补助 applies for a grant).
_QING_WORDS = tuple("申邀聘宴延约报呈提声敬有")


#: Characters before a bare 冀 that make it a place (京津冀, 晋冀鲁豫: Hebei), no wish (kinds31).
_JI_WORDS = tuple("京津晋鲁豫蒙辽")
#: Characters after a bare 冀 that make it the place (冀鲁豫, 冀东, 冀南: Hebei and its parts), no wish
#: (issue 8; not 中 or 北: 冀中央政府…, 冀北京…).
_JI_PLACE_AFTER = "鲁豫晋蒙辽东南"


#: What is left of a clause after 请 and its addressee that only asks for attention (``请县领导重视。``): a plea with no
#: action and no object, no demand (kinds31). Anchored, bounded.
_BARE_HEED = LazyPattern(r"\s{0,2}(?:高度|多加|多多|予以|加以)?(?:重视|关注|关心|留意|注意|正视)\s{0,2}(?:[。！!，,；;]|$)")


def _bare_heed(verb: str, rest: str) -> bool:
    """Whether a 请 demand only asks its addressee to heed (``rest``, the text after the addressee, is
    :data:`_BARE_HEED`: ``请县领导重视。``). O(1)."""
    return verb == "请" and _BARE_HEED.match(rest) is not None


#: wrong32: characters before (first) and after (second) a one-character verb of saying that make it part of another
#: word, no saying: 小说, 学说, 游说, 解说, 传说, 演说; 说明, 说法, 说服, 说辞, 说教 (not 据说 or 听说: hearsay reports);
#: 名称, 简称, 职称, 对称, 堪称, 俗称, 统称; 称号, 称呼, 称赞, 称职, 称谓, 称之为, 称为 (a name, no words reported).
_SAYING_WORDS = {"说": ("小学游解传演邪胡", "明法服辞教"), "称": ("名简职对堪俗统昵尊谦", "号呼赞职谓之为")}
_SAYING_WORDS.update({"說": _SAYING_WORDS["说"], "稱": _SAYING_WORDS["称"]})
#: Every one-character verb a match may catch inside another word: characters before it, characters after it.
_ONE_CHAR_WORDS = {"望": ("".join(_WANG_WORDS), ""), "请": ("".join(_QING_WORDS), ""),
                   "冀": ("".join(_JI_WORDS), _JI_PLACE_AFTER),
                   **_SAYING_WORDS}


def inside_word(verb: str, before: str, after: str = "") -> bool:
    """Whether a one-character ``verb`` (望, 请, 冀, 说/說, 称/稱: :data:`_ONE_CHAR_WORDS`) is part of another word
    (``失望``, ``申请``, ``京津冀``; ``小说``, ``说明``; ``名称``, ``称号``), given the text ``before`` it and the text
    ``after`` it (only their last and first characters are read). False for any other verb (a longer one is its own
    word). O(1)."""
    lead, tail = _ONE_CHAR_WORDS.get(verb, ("", ""))
    return bool(before) and before[-1] in lead or bool(after) and after[0] in tail


def verb_alternation(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` (longest first) in which each one-character verb of :data:`_ONE_CHAR_WORDS`
    is fenced by lookarounds that keep it from matching inside another word (``说`` -> ``(?<![小学…])说(?![明法…])``:
    :func:`inside_word` as a pattern); ``(?!)`` for no words. Bounded lookarounds: linear matching."""
    def one(w: str) -> str:
        lead, tail = _ONE_CHAR_WORDS.get(w, ("", "")) if len(w) == 1 else ("", "")
        return ((f"(?<![{lead}])" if lead else "") + re.escape(w) + (f"(?![{tail}])" if tail else ""))
    return "|".join(one(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"



#: A negation right before the verb of a demand (``我们不是建议…``, ``并非要求政府…``): the speaker denies making it.
_DENIED_DEMAND = ("不是", "并非", "并不是", "不")


def news_demand(sentence: str) -> bool:
    """True when a clause of ``sentence`` is a demand made to an authority (:func:`_news_demand_re`: ``团体要求政府暂停
    削减整笔拨款``, ``本人亦希望运输署检讨该路线的班次``) by a speaker who is not itself the authorities or a document
    (``news_official``) nor a third party the author reports (``reported_source``: ``他希望政府…``), and the
    addressee is followed by an action, not by a reporting verb (``要求政府表示…``), and the verb is not denied
    (:data:`_DENIED_DEMAND`: ``我们不是建议医管局削减…``), the speaker is not the one asked (``…被要求…``) and a person
    addressed (``demand_addressee_end``) is not thanked in a courtesy (``courtesy_wish_verb`` within
    :data:`COURTESY_WISH_CHARS` characters: ``希望各位委员一如既往地支持…``)."""
    if not has_cue(sentence, "news_demand_verb"):
        return False  # (every match holds such a verb: one scan, speed22)
    s = sentence.strip()
    for m in _news_demand_re().finditer(s):
        if has_cue(m.group("who"), "news_official") or has_cue(m.group("who"), "reported_source"):
            continue  # (他希望政府…: a named third party's wish is reported, as for :func:`_appeal`)
        if (m.group("to").endswith(lexicon().words("demand_addressee_end"))
                and has_cue(s[m.end("to"):m.end("to") + COURTESY_WISH_CHARS], "courtesy_wish_verb")):
            continue  # (希望各位代表和委员一如既往地支持…: a courtesy to an audience, asks no action; reported28)
        if m.group("who").endswith("被"):
            continue  # (他被要求给…建议: the speaker is asked, he demands nothing; reported28)
        if m.group("who").endswith(_DENIED_DEMAND):
            continue  # (我们不是建议医管局削减…: a demand the speaker denies making)
        if inside_word(m.group("verb"), m.group("who")) or _bare_heed(m.group("verb"), s[m.end("to"):]):
            continue  # (市民失望政府…, 展望政府…, 申请政府补助: 望 or 请 inside another word asks nothing; 请…重视。)
        if has_cue(m.group("act"), "news_report_verb") and not m.group("act").startswith(lexicon().words("imperative")):
            continue
        return True
    return False

#: A sentence with no subject that opens by forbidding (``不能出于个人意愿…``, ``不要越俎代庖``, ``同时也不能…``): the
#: reader is told what not to do. (With a subject, ``农民不能享受…`` states an inability: a shortcoming.) Not 不能不
#: (must: ``不能不重视``), but a prohibition of a failing (``更不能不敢作为``, ``不能不作为``: 不能 + 不敢/不愿/不作为 …;
#: trial19 F6) is one.
_OPENING_PROHIBITION_RE = LazyPattern(r"(?:同时|而且|并且|此外|另外)?[，,]?\s{0,2}(?:也|还|更|就|再|都)?"
                                     r"(?:不能|不要|不可|不应|决不能|绝不能|切不可|千万不要|不能再|不要再)"
                                     r"(?![够以得]|不(?!敢|愿|作为|担当|负责))")


class _OpeningProhibition:
    """:data:`_OPENING_PROHIBITION_RE`, less an inability told by the manner of the thing that fails (``不能正常亮灯``,
    ``不能按时完工``, ``不能及时就医``: 不能 + an ``inability_manner`` word states what does not work, a shortcoming, no
    prohibition; issue 8's wrong side, reported28). ``match`` answers as ``re.Pattern.match`` does (a match or None)."""

    @staticmethod
    def match(text: str) -> re.Match[str] | None:
        m = _OPENING_PROHIBITION_RE.match(text)
        if m is not None and text.startswith(lexicon().words("inability_manner"), m.end()):
            return None
        if (m is not None and not text.startswith("不", m.end())
                and ends_inside_idiom(text, m.end(), lexicon().words("prohibition_idiom"))):
            # (不可否认，…; 不可避免地…: a set phrase that opens with the modal forbids nothing; fix61. A 不 after the
            # modal is the pattern's own reading: 不能不重视 excluded, 更不能不敢担当 a prohibition of a failing)
            return None
        return m


def ends_inside_idiom(text: str, end: int, idioms) -> bool:
    """Whether a match ending at ``end`` stops inside one of ``idioms`` written across it (``不可`` of ``不可否认``: the
    set phrase, not the modal, is what the writer wrote). Bounded: each idiom is looked for in a window of twice its
    length around ``end``."""
    for w in idioms:
        j = text.find(w, max(0, end - len(w)), end + len(w))
        if j != -1 and j < end < j + len(w):
            return True
    return False


#: (an object with the pattern's ``match``; see :class:`_OpeningProhibition`)
_OPENING_PROHIBITION = _OpeningProhibition()
def opens_prohibition(text: str) -> bool:
    """Whether ``text`` opens, with no subject, by forbidding (:data:`_OPENING_PROHIBITION`: ``不能只按本子办事``,
    ``也不要…``): it tells what not to do, a prescription, not an inability (``农民不能享受…`` has a subject).
    Bounded: one anchored match (weak25)."""
    return _OPENING_PROHIBITION.match(text.strip()) is not None


#: Connectives that may open a prescribing sentence before its verb (``同时，严厉查处…``, ``此外，还要…``).
_LEADING_LINKS = LazyPattern(r"(?:同时|此外|另外|其次|再次|最后|首先|因此|所以|故此|为此|对此|而且|并且|还有)[，,]?\s{0,2}")


def prescribes(text: str) -> bool:
    """True when ``text`` prescribes as plainly as a strong modal does: a strong modal (:func:`strong_modal`:
    应/必须/建议…), or, with no subject, a prohibition that opens it (``不能…``, ``不要…``: :data:`_OPENING_PROHIBITION`)
    or an appeal to the authorities (``期望政府…``: :func:`_appeal`)."""
    s = text.strip()
    return strong_modal(s) or _OPENING_PROHIBITION.match(s) is not None or _appeal(s)


def _imperative_opening(sentence: str) -> bool:
    """True when ``sentence`` (past a leading connective, :data:`_LEADING_LINKS`) opens with an imperative verb of the
    ``imperative`` cue group with no perfective 了 after it (:func:`_opens_with_verb`), and either an adverb of manner
    stands before the verb (``严厉查处拖欠补偿费的行为``, ``切实维护农民的合法权益``) or a second clause opens with a modal
    or an imperative verb too (``实行最严格的耕地保护制度，同时还要做好占补平衡``): a measure stated with no subject
    and no modal. A bare verb-initial sentence is not enough (``回收物料有九成…``: the verb is a noun there)."""
    if not has_cue(sentence, "imperative"):
        return False  # (every clause read must open with such a verb: one scan, speed21)
    body = _LEADING_LINKS.sub("", sentence.strip(), count=1)
    clause = _CLAUSE_SPLIT.split(body, 1)[0]
    if len(clause) < 4:
        return False
    verbs = lexicon().words("imperative")
    bare = _without_adverbs(_strip_manner(clause))
    if bare != clause and _opens_with_verb(bare, verbs):
        return True
    if not _opens_with_verb(clause, verbs):
        return False
    later = _CLAUSE_SPLIT.split(body)[1:]
    return any(_opens_with_verb(_without_adverbs(_PROSE_REMEDY_PREFIX.sub("", c, count=1)), verbs) for c in later)


def weak_modal_run(sentence: str) -> bool:
    """True when a clause of ``sentence`` (past a leading connective, :data:`_LEADING_LINKS`) opens with 要 or 需要
    and, past adverbs, an imperative verb (``imperative`` cue group), and a later clause opens with an imperative verb
    too (``要深入开展法治宣传教育，推进公共法律服务向农村延伸，引导村民依法表达诉求``; ``德治是基础，要深入挖掘…，修订完善
    村规民约``): one modal over a run of measures, each of them prescribed. Not a modal inside a clause (``村民说要修路，
    修了三年``). Linear in the sentence (the first such clause decides)."""
    if "要" not in sentence or not has_cue(sentence, "imperative"):
        return False  # (a 要 and an imperative verb are both needed: speed21)
    body = _LEADING_LINKS.sub("", sentence.strip(), count=1)
    clauses = _CLAUSE_SPLIT.split(body)
    verbs = lexicon().words("imperative")
    for i, clause in enumerate(clauses[:-1]):
        modal = next((m for m in ("需要", "要") if clause.startswith(m)), None)
        if modal is not None and _opens_with_verb(_past_means(_without_adverbs(clause[len(modal):]), verbs), verbs):
            return any(_opens_with_verb(_without_adverbs(_PROSE_REMEDY_PREFIX.sub("", c, count=1)), verbs)
                       for c in clauses[i + 1:])
        if i == 0 and modal is None and _stance_modal_clause(clause):
            # 区委办要从讲政治的高度，全面认领问题，切实抓好…: a subject's 要 over the stance it is to take, then the run
            # of measures the stance governs (p27recall; Part 27 937)
            return any(_opens_with_verb(_without_adverbs(_PROSE_REMEDY_PREFIX.sub("", c, count=1)), verbs)
                       for c in clauses[1:])
    return False


#: A first clause that is only a subject, 要/需要 and the stance the subject is to act from (``区委办要从讲政治的高度``,
#: ``我们要站在全局的角度``, ``各单位要拿出抓铁有痕的劲头``): at most 8 characters of subject with no clause mark, the
#: modal, then a ``stance_frame_open`` word, at most :data:`STANCE_PHRASE_CHARS` characters and a ``stance_frame_noun``
#: ending the clause. Anchored, bounded.
STANCE_PHRASE_CHARS = 16


@lru_cache(maxsize=1)
def _stance_modal_re() -> re.Pattern[str]:
    opens = "|".join(map(re.escape, sorted(lexicon().words("stance_frame_open"), key=len, reverse=True)))
    nouns = "|".join(map(re.escape, sorted(lexicon().words("stance_frame_noun"), key=len, reverse=True)))
    return re.compile(r"(?P<subject>[^，,。；;：:！？!?、“”「」\s]{0,8}?)(?:需要|要)(?:始终|切实|真正|进一步)?(?:%s)"
                      r"[^，,。；;：:！？!?]{1,%d}?(?:%s)(?:出发|着眼|入手|着手)?\s*$" % (opens, STANCE_PHRASE_CHARS, nouns))


def _stance_modal_clause(clause: str) -> bool:
    """Whether ``clause`` is a subject's modal over the stance it is to act from (:func:`_stance_modal_re`), its
    subject holding no verb of saying or wishing (``stance_subject_exclusion`` cue group: 说, 认为, 希望 …: ``他说要从
    长计议`` reports, ``我不想要…`` wishes) nor a negation. Constant work: the clause is read once, anchored."""
    m = _stance_modal_re().match(clause.strip())
    if m is None:
        return False
    subject = m.group("subject")
    return not any(w in subject for w in lexicon().words("stance_subject_exclusion"))


#: A means phrase before the verb it qualifies (需要以系统思维推进…, 要以清单为抓手破解…, 需要通过立法明确…): the
#: preposition, then at most :data:`MEANS_PHRASE_CHARS` characters of no clause break.
_MEANS_PREPOSITION = ("以", "通过", "依托", "借助", "运用", "依靠")
MEANS_PHRASE_CHARS = 12


def _past_means(clause: str, verbs: tuple[str, ...]) -> str:
    """``clause`` past a leading means phrase (:data:`_MEANS_PREPOSITION` and its object, at most
    :data:`MEANS_PHRASE_CHARS` characters) when a verb of ``verbs`` follows it (``以系统思维推进体制机制创新`` ->
    ``推进体制机制创新``; ``通过建立…体系`` -> ``建立…体系``); else ``clause`` unchanged. At most
    :data:`MEANS_PHRASE_CHARS` starts are tried: constant work per clause (trialfix21b K6)."""
    prep = next((p for p in _MEANS_PREPOSITION if clause.startswith(p)), None)
    if prep is None:
        return clause
    # (以 takes a noun of two characters or more, 以改革思路推进 -> 推进; 通过 may take the verb itself, 通过建立…)
    for k in range(len(prep) + (2 if prep == "以" else 0), min(len(clause), len(prep) + MEANS_PHRASE_CHARS + 1)):
        if _opens_with_verb(clause[k:], verbs):
            return clause[k:]
    return clause


#: Manner adverbs of a prescribed action (严厉查处, 坚决打击, 尽快出台) that :data:`_REMEDY_ADVERBS` does not list.
_MANNER = ("严厉", "严格", "坚决", "尽快", "尽早", "及早", "适时", "依法", "主动", "切实", "更好地", "更加", "大力", "着重")


def _strip_manner(clause: str) -> str:
    for word in _MANNER:
        if clause.startswith(word) and len(clause) > len(word) + 1:
            return clause[len(word):]
    return clause


#: The author (or a party writing in the first person) asking the authorities to act (``期望政府先致力…``,
#: ``我们促请当局…``, ``期待我们能…``): the verb of asking, then its addressee, at most six characters before it.
#: (a bare 望 is Hong Kong and Macau news' 希望, ``望政府加强监督``; not inside 失望, 展望, 观望, 有望 …)
_APPEAL = LazyPattern(r"(?:^|[，,；;])\s{0,2}(?P<who>[^，,。；;：:“「]{0,6}?)(?:期望|希望|期待|期盼|促请|吁请|敦促|恳请|呼吁"
                     rf"|(?<![{_WANG_LOOKBEHIND}])望)"
                     r"(?:政府|当局|特区政府|有关部门|相关部门|有关当局|社会各界|各方|我们|大家|立法会|市民|法院|法官|司法机关|检察机关|主管机关|主管部门"
                     # (the parties of a legislature, 期盼朝野共同协商: lefts25)
                     r"|朝野"
                     # (a letter's addressee in the second person, 我希望您们能够加强…; trialfix23b K)
                     r"|您们|你们|贵单位|贵部门|贵局)")

#: What every match of :data:`_APPEAL` holds: one of its verbs (期望 and 希望 hold 望). A text without one holds no
#: appeal (speed22: one scan instead of the pattern's, which opens with an optional clause mark and is tried at every
#: position). A verb added to :data:`_APPEAL` needs its word here (``tests/test_speed22_kinds.py`` checks).
_APPEAL_GATE = LazyPattern("望|期待|期盼|促请|吁请|敦促|恳请|呼吁|为盼|是盼|为荷|為盼|為荷")

#: Most characters of a request read back from its closing formula (:data:`_CLOSING_REQUEST`).
CLOSING_REQUEST_CHARS = 80
#: A unit's request to its superior in the petition register: a clause that opens with a verb of hoping or asking
#: (希冀, 恳请, 敬请, 请求, 希望, 望, 请; at most six characters of asker before it) and a sentence that ends in the closing
#: formula of such a request (``…为盼``, ``…是盼``, ``…为荷``: "it is hoped that"): ``希冀我们的教育总支能协助我们学校，
#: 争取危改专项资金解决为盼`` asks for what it names, whoever it addresses (Part 74's 3949). The request is at most
#: :data:`CLOSING_REQUEST_CHARS` characters long and tried only at a clause's start: linear.
_CLOSING_REQUEST = LazyPattern(r"(?:^|[，,；;])\s{0,2}(?P<who>[^，,。；;：:“「]{0,6}?)(?:希冀|冀望|恳请|懇請|恳求|敬请|敬請|请求|請求"
                              r"|希望|期望|盼望|望|请|請)"
                              rf"[^。！!？?]{{0,{CLOSING_REQUEST_CHARS}}}?(?:为盼|是盼|为荷|為盼|為荷)[。！!]?\s{{0,2}}$")


@lru_cache(maxsize=1)
def _addressed_appeal_re() -> re.Pattern[str]:
    """:data:`_APPEAL`'s verbs of asking before an addressee of the ``appeal_addressee`` cue group: the central
    government, a county or city government and its head, a council, the units in charge (``希望中央支持澳门…``,
    ``希望县府对离岛投入更多关注``, ``吁请中央或州团提升…``, ``希望议会…提供…服务``; kinds28). A demand to such an
    addressee is a recommendation as one to 政府 is. Bounded alternatives: linear."""
    return re.compile(r"(?:^|[，,；;])\s{0,2}(?P<who>[^，,。；;：:“「]{0,6}?)(?:期望|希望|期待|期盼|促请|吁请|敦促|恳请|呼吁)"
                      rf"(?:{cue_alternation('appeal_addressee')})")


def _appeal_matches(sentence: str):
    """The matches of :data:`_APPEAL` and :func:`_addressed_appeal_re` in ``sentence``, each pattern's in text order."""
    return itertools.chain(_APPEAL.finditer(sentence), _addressed_appeal_re().finditer(sentence),
                           _CLOSING_REQUEST.finditer(sentence))


#: Most characters of the addressee of a wish for an action (:func:`_wish_for_action_re`: ``希望热线能…``).
WISHED_ACTOR_CHARS = 8


@lru_cache(maxsize=1)
def _wish_for_action_re() -> re.Pattern[str]:
    """A clause that opens with a wish (希望, 期望, 期盼; at most six characters of wisher before it) that someone
    (at most :data:`WISHED_ACTOR_CHARS` characters, maybe none) be able to or soon take an action: a word of the
    ``wished_ability`` cue group (能, 能够, 尽快 …), then an ``imperative`` verb (``部分市民希望热线能增加更多功能``,
    ``希望物业能尽快更换路灯``, ``希望能够提高薪酬``; weak26). Not a hope of an outcome (``希望能够取得好成绩``: no
    imperative verb). Bounded alternatives: linear."""
    return re.compile(r"(?:^|[，,；;])\s{0,2}(?P<who>[^，,。；;：:“「]{0,6}?)(?:希望|期望|期盼)"
                      rf"[^，,。；;：:“「]{{0,{WISHED_ACTOR_CHARS}}}?(?:{cue_alternation('wished_ability')})"
                      rf"(?:{cue_alternation('imperative')})")


#: Characters after a speech's addressee that :func:`audience_wish` reads for a courtesy (``一如既往地支持``).
COURTESY_WISH_CHARS = 16


@lru_cache(maxsize=1)
def _audience_wish_re() -> re.Pattern[str]:
    """A clause that opens with a wish (希望, 期望, 期盼, 盼望; at most six characters of wisher before it: 我衷心, 学校)
    addressed to a speech's audience named right after it (``wished_audience`` cue group: 同学们, 每一位, 老师和…):
    ``我希望同学们志存高远``, ``学校希望老师和同学们养成…``. The group ``rest`` is the clause's words after the addressee, at
    most :data:`COURTESY_WISH_CHARS` of them (p30rec). Bounded alternatives: linear."""
    return re.compile(r"(?:^|[，,；;])\s{0,2}(?P<who>[^，,。；;：:“「]{0,6}?)(?:希望|期望|期盼|盼望)"
                      rf"(?:{cue_alternation('wished_audience')})(?P<rest>[^，,。；;：:！？!?]{{0,{COURTESY_WISH_CHARS}}})")


def audience_wish(sentence: str) -> bool:
    """Whether a clause of ``sentence`` (Simplified view) is a wish addressed to a speech's audience
    (:func:`_audience_wish_re`: ``我衷心希望每一位同学…能够刻苦勤奋``, ``希望同学们、老师们继往开来``): the speaker asks the
    listeners to act, a recommendation by the gold of speeches (Parts 25, 29, 30; p30rec). Not said by a named third
    party (``reported_source``), not a question, and not a courtesy: the words after the addressee ask for no support,
    understanding or liking (``courtesy_wish_verb`` cue group: ``希望大家一如既往地支持…``, ``希望大家喜欢``). A wish that
    only names the listeners after a verb (``希望能给大家带来帮助``, ``希望对大家有所帮助``) addresses none. Linear: one
    scan, bounded matches."""
    s = sentence.strip()
    if s.endswith(("？", "?")):
        return False
    return any(not has_cue(m.group("who"), "reported_source") and not has_cue(m.group("rest"), "courtesy_wish_verb")
               for m in _audience_wish_re().finditer(s))


def _appeal(sentence: str) -> bool:
    """True when a clause of ``sentence`` opens with an appeal to the authorities or to the readers (:data:`_APPEAL`:
    ``期望政府先致力…``, ``政府是平衡社会利益的角色，期望政府…``), a wish that someone act (:func:`_wish_for_action_re`:
    ``部分市民希望热线能增加更多功能``) or a wish addressed to a speech's audience (:func:`audience_wish`: ``我希望同学们
    志存高远``; p30rec), said by no named third party (a reported demand, ``他希望政府…``, ``工会表示…``,
    is read elsewhere: ``prose_exclude``)."""
    if _APPEAL_GATE.search(sentence) is None:
        return False  # (one scan, speed22)
    s = sentence.strip()
    return any(not has_cue(m.group("who"), "reported_source") and not asks_forbearance(s, m.end())
               for m in itertools.chain(_appeal_matches(s), _wish_for_action_re().finditer(s))) or audience_wish(s)


#: What may stand between an appeal and the verb of forbearance it asks for (``希望市民多多体谅``, ``能够谅解``).
_FORBEARANCE_LEAD = LazyPattern(r"\s{0,2}(?:大家|各位|公众)?(?:能够|能|可以|会)?(?:多多|多加|多些|多一些|多一点|多|予以|给予)?")


def asks_forbearance(sentence: str, pos: int) -> bool:
    """Whether the appeal that ends at ``pos`` (an offset into ``sentence``, Simplified view) asks only for patience or
    understanding (``forbearance_verb`` cue group: ``希望市民体谅，…候诊时间有时会较长``; ``敬请见谅``): an official's
    plea to bear with a strain, no measure urged (Part 83's 4477). Constant work past ``pos``."""
    m = _FORBEARANCE_LEAD.match(sentence, pos)
    return sentence.startswith(lexicon().words("forbearance_verb"), m.end() if m is not None else pos)


def appeal_start(sentence: str) -> int:
    """Offset in ``sentence`` where its first appeal to the authorities by the author opens (:func:`_appeal`,
    :data:`_APPEAL`: ``我们只能再次恳请法院，千万不可纵放嫌犯，让人民感到…松散``), or -1. What follows the appeal is what it
    asks for and what it would avoid: a recommendation, whose harms name no shortcoming of their own; a shortcoming
    stated before it is the ground (trialfix20b, :func:`sentence_aspect`). Linear in the sentence."""
    return min((m.start("who") for m in _appeal_matches(sentence) if not has_cue(m.group("who"), "reported_source")
                and not asks_forbearance(sentence, m.end())), default=-1)


#: A clause that says a named wrong exists (``还存在着违法违规征地的现象``, ``存在“短视”的行政行为``, ``存在着错误的就业观念``):
#: 存在 (着), at least two characters that name it, and a head noun of a wrong; bounded, so linear.
_EXISTING_WRONG = LazyPattern(r"存在着?(?P<what>[^，,。；;：:！？!?]{2,30}?)(?:的)?(?:现象|行为|观念|误区|倾向|弊端|乱象)")


#: A phrase of time that names a circumstance (``再度面对危机时``, ``遇到困难的时候``): the problem noun in it is when
#: something happens, no problem the sentence states (weak21). Bounded.
_CIRCUMSTANCE_TIME = LazyPattern(r"(?:面对|面临|遇到|遭遇|碰到)[^，,。；;：:！？!?]{0,12}?(?:之时|的时候|时)")

#: Words of :func:`_prose_deficits`' readings outside its cue groups: every match of :data:`_EXISTING_WRONG`,
#: :data:`_LACK`, :data:`_STILL_POOR`, :func:`_too_much_re`, :data:`_GAP_BEHIND` and :func:`_fallen_into_re` holds one of
#: them (a reading added there needs its word here).
_DEFICIT_LITERALS = ("存在", "没有", "未有", "并无", "毫无", "仍", "依然", "依旧", "还", "太", "差距", "陷入", "却", "任何",
                     "虽", "尽管", "固然")  # (concess27: a concession's turn to a lack, _conceded_lack_pattern)


@lru_cache(maxsize=1)
def _deficit_literal_re() -> _PresenceSearch:
    """Any word without which :func:`_prose_deficits` finds nothing: a ``prose_challenge``, ``prose_complaint``,
    ``remaining_verb``, ``remaining_negation``, ``proneness_adverb``, ``scant_quantity_noun`` or ``pay_noun`` word or one
    of :data:`_DEFICIT_LITERALS`.
    (Each reading there matches such a word inside one clause of the sentence; dropping clauses, joining them with
    ``，`` and blanking words with spaces create none, as no such word holds a clause break or a space.) One scan,
    linear (speed21)."""
    words = set(_DEFICIT_LITERALS)
    for group in ("prose_challenge", "prose_complaint", "remaining_verb", "remaining_negation", "proneness_adverb",
                  "scant_quantity_noun", "pay_noun"):
        words.update(lexicon().words(group))
    # (plain alternations of literals: the engine scans for their first characters, :class:`_CuePattern`; several,
    # :func:`presence_search`: the callers ask whether one occurs, speed30)
    return presence_search(tuple(sorted(words, key=lambda w: (-len(w), w))))  # (factored: speed23)


#: The words of :data:`_DEFICIT_LITERALS` that :func:`_may_find_deficit` reads in the shape of their readings, not
#: alone: 仍/依然/依旧/还 (and 太 as its degree) only in :data:`_STILL_POOR`, 太 in :func:`_too_much_re`, and
#: 没有/未有/并无/毫无 only twice over (:data:`_LACK`). Alone they let most prose through (还 and 没有 narrate): of
#: 1,228 sentences read in full over 60 long documents, 952 found nothing; 711 of them hold no shape (speed25).
_SHAPED_LITERALS = ("仍", "依然", "依旧", "还", "太", "没有", "未有", "并无", "毫无", "却", "任何", "虽", "尽管", "固然")
#: The words of :data:`_LACK`, without its lookahead: a text whose kept clauses hold two lacks holds two of these.
_LACK_WORD = LazyPattern(r"没有|未有|并无|毫无")


@lru_cache(maxsize=1)
def _deficit_word_re() -> _PresenceSearch:
    """A ``prose_challenge``, ``prose_complaint``, ``proneness_adverb``, ``scant_quantity_noun`` or ``pay_noun`` word,
    or a word of :data:`_DEFICIT_LITERALS` but the :data:`_SHAPED_LITERALS` (a plain alternation of literals, factored: one scan,
    linear; speed25)."""
    words = set(_DEFICIT_LITERALS) - set(_SHAPED_LITERALS)
    for group in ("prose_challenge", "prose_complaint", "proneness_adverb", "scant_quantity_noun", "pay_noun"):
        words.update(lexicon().words(group))
    return presence_search(tuple(sorted(words, key=lambda w: (-len(w), w))))  # (only asked whether one occurs, speed30)


@lru_cache(maxsize=1)
def _deficit_shape_re() -> re.Pattern[str]:
    """The shapes of the readings of the :data:`_SHAPED_LITERALS` but a lack: a poor degree that persists
    (:data:`_STILL_POOR` less the clause end it looks ahead to: a clause the reading keeps may end where the sentence
    went on, past a dropped clause) or 太 and 了 one to four characters apart (:func:`_too_much_re`; the characters
    between may be blanked in the kept clauses, so any). Bounded alternatives: linear (speed25). (A pattern apart
    from :func:`_deficit_word_re`: joined to that alternation, the engine loses its scan for first characters, and a
    sentence costs four times as much.)"""
    still_poor = re.sub(r"\(\?=[^()]*\)$", "", _STILL_POOR.pattern)
    # (and 却 before the lack it turns to, :func:`_contrary_lack_re` less its lookahead: weak26)
    # (and a negated verb before 任何, :func:`_none_at_all_re` less its lookaheads: p29chal)
    return re.compile(still_poor + r"|太[\s\S]{1,4}了|" + _contrary_lack_pattern(lookahead=False)
                      + "|" + _none_at_all_pattern(lookahead=False))


def _may_find_deficit(sentence: str) -> bool:
    """Whether a reading of :func:`_prose_deficits` may find a word in ``sentence``: it holds a word of
    :func:`_deficit_word_re`, a shape of :func:`_deficit_shape_re`, two words of a lack (:data:`_LACK_WORD`,
    non-overlapping; all of two characters, so the leftmost are the most), or a digit and a ``remaining_verb`` or
    ``remaining_negation`` word (:func:`counts_remaining`: a count). Each reading matches inside one clause that
    :func:`_prose_deficits` keeps, a slice of the sentence blanked in place: the same characters at the same distances
    stand in the sentence. False proves that every reading finds nothing (tested against the reading itself,
    ``tests/test_speed25_kinds.py``). Linear in the sentence."""
    if _deficit_word_re().search(sentence) is not None or _deficit_shape_re().search(sentence) is not None:
        return True
    if len(_LACK_WORD.findall(sentence)) >= 2:
        return True
    return _ANY_DIGIT.search(sentence) is not None and (has_cue(sentence, "remaining_verb")
                                                        or has_cue(sentence, "remaining_negation"))


#: Most characters between a verdict of absence's negation and the plan it says is missing (``无具体的财源规划``).
ABSENT_PLAN_GAP_CHARS = 14
#: Most characters of the nouns that qualify the missing plan after its 的 or qualifier (``无具体的财源规划``: 财源).
ABSENT_PLAN_NOUN_CHARS = 4


@lru_cache(maxsize=None)
def _absent_plan_re() -> re.Pattern[str]:
    """A plan or a commitment (``absent_plan_noun``: 规划, 承诺, 时间表 …) stated missing at its clause's end: after an
    ``absent_plan_negation`` (没有, 尚无 …; or a bare 无 that opens a clause) and either nothing, an
    ``absent_plan_qualifier`` (具体, 明确 …) or at most :data:`ABSENT_PLAN_GAP_CHARS` characters of one clause ending
    in 的, then at most :data:`ABSENT_PLAN_NOUN_CHARS` characters of its nouns (``无具体的财源规划``, ``没有很好的规划``;
    not ``没有花到预算``, a verb's object); or after an
    ``absent_plan_verb_negation`` (未提出, 并未制定 …) and at most :data:`ABSENT_PLAN_GAP_CHARS` characters of one clause
    (``未提出照顾偏远地区家庭的政见``). Bounded gaps: linear."""
    words = lexicon().words
    neg = word_trie_alternation(words("absent_plan_negation"))
    qual = word_trie_alternation(words("absent_plan_qualifier"))
    verb = word_trie_alternation(words("absent_plan_verb_negation"))
    noun = word_trie_alternation(words("absent_plan_noun"))
    gap = rf"[^，,。；;：:！？!?\s]{{0,{ABSENT_PLAN_GAP_CHARS}}}?"
    return re.compile(rf"(?P<neg>(?:{neg})|(?:^|(?<=[，,；;：:\s]))无)(?:(?:{qual}|{gap}的)[^，,。；;：:！？!?\s]{{0,{ABSENT_PLAN_NOUN_CHARS}}}?)?(?:{noun})(?=[，,。；;！!？?）)]|$)"
                      rf"|(?:{verb}){gap}(?:{noun})(?=[，,。；;！!？?）)]|$)")


#: The opening of one of a run of parallel instances (``有的…；有的…``, ``还有的…``, ``更有甚者…``), past an adverb.
_INSTANCE_OPENING = LazyPattern(r"\s{0,2}(?:还|更|甚至|也|另)?(?:有的|有些)|\s{0,2}更有甚者")


def parallel_instances(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) tells parallel instances: at least two ``；``-parts, the first two opening
    with 有的/有些 (:data:`_INSTANCE_OPENING`: ``有的街道为迎接考核，让网格员连夜补写走访台账；有的乡镇为凸显亮点，逼着
    村干部摆拍照片``), none praised (``praise_end`` cue group: ``有些是…推广文化，我觉得很好；…``). How 申论 and commentary
    give the instances of a fault they then judge (k9192, Part 91); read as a challenge when no modal prescribes in it.
    Linear: one split."""
    if "；" not in sentence and ";" not in sentence:
        return False
    parts = [p for p in re.split(r"[；;]", sentence.strip().rstrip("。！!")) if p.strip()]
    if len(parts) < 2:
        return False
    first = _OBSERVED_FRAME.match(parts[0])  # (笔者近日在几个乡镇走访发现，有些…；有的…: the writer saw them; k159160)
    if not (_INSTANCE_OPENING.match(parts[0][first.end() if first else 0:]) and _INSTANCE_OPENING.match(parts[1])):
        return False
    return not has_cue(sentence, "praise_end")


#: A writer's clause of observation before the first of a run of instances (``笔者近日在某地农村看到，有些…；有的…``):
#: at most 30 characters of one clause ending in a verb of seeing or finding, and its comma. Anchored, bounded.
_OBSERVED_FRAME = LazyPattern(r"[^，,。；;！？!?]{0,30}?(?:看到|看见|发现|了解到|注意到|观察到|见到)[，,]")


#: A word of condition before a missing plan in its clause (``如果没有具体的计划，…``): a case supposed, no verdict.
_ABSENT_PLAN_CONDITION = LazyPattern(r"如果|假如|倘若|若|要是|一旦|如无|如没有")


def states_absent_plan(sentence: str) -> bool:
    """Whether a clause of ``sentence`` (Simplified) ends by stating a plan or a commitment missing (:func:`_absent_plan_re`:
    ``只是延续现有做法，无具体的财源规划``, ``也未有调高保母薪资的承诺``): a reviewer's verdict of absence, a challenge
    (k9192, Part 92). Not when the sentence opens a condition (:func:`opens_condition`) or a word of condition stands
    before the negation in its clause (``一份总结如果没有具体的计划，…``: :data:`_ABSENT_PLAN_CONDITION`), nor after a
    plain negation an act not done (``政府一直没有公布具体的时间表``: an imperative verb opens the words after 没有, the
    omission :func:`summarizer.points.omission_clauses` reads). Linear: each
    match's clause head is read once, the clause heads do not overlap."""
    if opens_condition(sentence):
        return False
    last_end = 0
    for m in _absent_plan_re().finditer(sentence):
        head_start = max(last_end, rfind_any(sentence, "，,。；;：:！？!?", last_end, m.start()) + 1)
        last_end = m.end()
        if m.group("neg") is not None and starts_imperative(sentence[m.end("neg"):m.end()]):
            continue  # (政府一直没有公布具体的时间表: an act not done, an omission read by its own path)
        if _ABSENT_PLAN_CONDITION.search(sentence, head_start, m.start()) is None:
            return True
    return False


@lru_cache(maxsize=None)
def _short_verb_shortfall_re() -> re.Pattern[str]:
    """A shortfall noun (``examined_shortfall_object``: 短板, 弱项, 差距 …) right after a one-character verb of finding or
    mending it (``examined_shortfall_short_verb``: 查, 找, 补 …) that no negation precedes (``查短板要立足本职``, ``补短板也要
    对症施策``): the object of the work advised, no shortfall stated (:func:`_prose_deficits` blanks it; k9192). Fixed
    words, no repetition: linear."""
    verbs = word_trie_alternation(lexicon().words("examined_shortfall_short_verb"))
    nouns = word_trie_alternation(lexicon().words("examined_shortfall_object"))
    return re.compile(rf"(?<![不没未])(?:{verbs})(?:{nouns})(?![不未没难大小])")


@_remembered  # asked several times per sentence (aspects, then points); a pure function of it
def _prose_deficits(sentence: str) -> frozenset[str]:
    """The distinct words of deficiency and complaint that ``sentence`` states (``prose_challenge`` and
    ``prose_complaint`` cue groups), read only in the clauses that do not open with a remedy verb (``remedy`` group,
    past adverbs: ``着重解决征地规模过大…`` names what a measure removes) or with a prohibition (``切勿…办成形象工程``
    names what must not be done), plus ``存在`` when a clause says a named
    wrong exists (:data:`_EXISTING_WRONG`; not a vague announcement, :func:`announces_problems`) and ``仍有`` when it
    counts how much of a problem remains (:func:`counts_remaining`). Linear in the sentence. Remembered per sentence
    (:func:`_remembered`): a frozenset, shared by the callers."""
    if _deficit_literal_re().search(sentence) is None:
        return frozenset()  # (no word any reading below needs: most sentences, at the cost of one scan)
    if not _may_find_deficit(sentence):
        return frozenset()  # (还, 没有 … alone, not in the shape of a reading: speed25)
    kept = "，".join(_stating_clauses(sentence))
    if "《" in kept:
        kept = _cited_title_re().sub(_blanked, kept)  # (a cited title's words state nothing: challenge_strength)
    if has_cue(kept, "challenge_exclusion"):  # (one scan: most texts hold none of its words, speed21)
        for w in lexicon().words("challenge_exclusion"):
            kept = kept.replace(w, " " * len(w))  # (职业伤害保障 names a scheme: as challenge_strength reads it)
    kept = _denied_problem_re().sub(_blanked, kept)  # (并没有犯太大的错误: a fault denied states none)
    if "对" in kept:
        kept = _treated_topic_re().sub(_blanked, kept)  # (对…的问题，将…解决: as challenge_strength reads it)
    if "不足" in kept:
        kept = _FEWER_THAN_FIGURE.sub(_blanked, kept)  # (人口不足3万人: fewer than a figure, as challenge_strength reads it)
    kept = _CIRCUMSTANCE_TIME.sub(_blanked, kept)  # (是国家再度面对危机时所必需的条件: a time, no problem stated)
    if "倾斜" in kept:
        kept = _TILT_TOWARD.sub(_blanked, kept)  # (向薄弱环节倾斜: the weak named as whom a measure favours)
    for a, b in solved_problem_spans(kept):
        kept = kept[:a] + " " * (b - a) + kept[b:]  # (以突破…的弊端, 突破了…的弊端: an aim, an achievement; weak25)
    for a, b in addressed_problem_spans(kept):
        # (把…作为重点，查找存在的不足和隐患: the shortfalls a measure examines are its object, as challenge_strength
        # reads them; k137138)
        kept = kept[:a] + " " * (b - a) + kept[b:]
    if has_cue(kept, "examined_shortfall_object"):
        kept = _short_verb_shortfall_re().sub(_blanked, kept)  # (查短板要…, 补短板也要…: the work's object; k9192)
    found = set(cue_pattern("prose_challenge").findall(kept)) | set(cue_pattern("prose_complaint").findall(kept))
    for m in _EXISTING_WRONG.finditer(kept):
        if not m.group("what").lstrip("着").startswith(lexicon().words("announce_quantifier")):
            found.add("存在")
            break
    if len(_LACK.findall(kept)) >= 2:
        found.add("没有")  # 既没有回收渠道，亦没有管制: a lack stated twice over
    m = _STILL_POOR.search(kept) or _too_much_re().search(kept)
    if m:
        found.add(m.group())
    m = _scant_quantity_re().search(kept)
    if m:
        found.add(m.group())  # 师资也较少, 社会资本投入较少: too little of a resource (weak23)
    m = _low_pay_re().search(kept)
    if m:
        found.add(m.group())  # 工资比行业的平均还要低, 领取的只是最低工资: pay below a reference (k124126)
    if "差距" in kept and _GAP_BEHIND.search(kept):
        found.add("差距")  # 政府治理数字化水平与现代化要求还存在一定差距: a standard not yet met
    if "陷入" in kept and _fallen_into_re().search(kept):
        found.add("陷入")  # 使得网络暴力治理陷入一定程度的困境: a state of trouble the subject has fallen into
    if "任何" in kept and _none_at_all_re().search(kept):
        found.add("任何")  # 辖区内未加装任何充电桩, 多次反馈并没有得到任何回复: none at all of what was owed (p29chal)
    if turns_to_lack(kept):
        found.add("却")  # 地方政府承担了主要事权却没有足够的财政支持: an outcome that falls short of its cause (weak26)
    if counts_remaining(kept):
        found.add("仍有")  # 全县仍有危房1200户: how much of a problem remains
    if prone_to_harm(kept):
        found.add("容易")  # 少年儿童极易掉入水渠: a proneness to harm (weakb20)
    return frozenset(found)


#: Most characters between 连 and the 都/也 that closes its phrase after 却 (``却连一户平价住宅都买不起``).
CONTRARY_LACK_EVEN_CHARS = 10
#: Most characters of the verb before a potential complement's negation (``却拿不到``, ``却用不了``).
CONTRARY_LACK_VERB_CHARS = 3


def _contrary_lack_pattern(lookahead: bool = True) -> str:
    """The pattern of :func:`_contrary_lack_re`; without the lookbehind for a subject and the lookahead that refuses a
    ``contrary_lack_lookalike`` word when ``lookahead`` is false (the gate of :func:`_may_find_deficit`, which must
    admit every match)."""
    adverbs = cue_alternation("contrary_turn_adverb")
    lacks = cue_alternation("contrary_turn_lack")
    even = r"连[^，,。；;：:！？!?]{1,%d}?(?:都|也)" % CONTRARY_LACK_EVEN_CHARS
    potential = r"[^，,。；;：:！？!?不]{1,%d}?不(?:起|到|了|上|出|动|着)" % CONTRARY_LACK_VERB_CHARS
    ahead = f"(?!有?(?:{cue_alternation('contrary_lack_lookalike')}))" if lookahead else ""  # (没|没有: either)
    # (a subject of two characters at least before 却 in its clause: a bare 却-clause goes on the clause before it,
    # …政府…，却未将A纳入补助, whose omission points.omission_clauses reads)
    behind = r"(?<=[^，,。；;：:！？!?\s]{2})" if lookahead else ""
    # (or the main clause of a concession, 虽然…，但…: :func:`_conceded_lack_pattern`, concess27)
    return (f"{behind}却(?:{adverbs}){{0,2}}(?:{even})?(?:{lacks}|{potential}){ahead}"
            f"|{_conceded_lack_pattern(lookahead)}")


#: Most characters of the conceded clauses between a concession word and the turn that answers it
#: (``虽然我国各地制定了环境卫生专业规划，但…``; several clauses may be granted: ``本港虽然有公屋制度，…，构建了…，但…``).
CONCEDED_CHARS = 60
#: Most characters between the lack and a lookalike word that makes it none (``仍存在发展潜力``).
CONCEDED_LOOKALIKE_GAP = 4
#: Most characters of the subject between the turn and the lack (``但在管理职能上没有…``, ``但是有些出租车没有…``).
CONCEDED_SUBJECT_CHARS = 12


def _conceded_lack_pattern(lookahead: bool = True) -> str:
    """A concession (``concession_opener`` cue group: 虽然, 尽管, 固然 …), at most :data:`CONCEDED_CHARS` characters
    of what it grants (no sentence end), a comma, a turn that answers it (``concession_turn`` group: 但, 但是, 然而,
    可是, 却 …), at most :data:`CONCEDED_SUBJECT_CHARS` characters of the main clause's subject, at most two
    ``contrary_turn_adverb`` words and a ``contrary_turn_lack`` word (没有, 未能, 无法, 难以 …) or a potential
    complement's negation (``买不起``), not before a ``contrary_lack_lookalike`` word (concess27): ``虽然各地制定了专业
    规划，但在管理职能上没有延伸``, ``虽然有出租车停车位，但是有些出租车没有开进去``: what the concession grants falls
    short where the main clause says; the turn after a concession states a lack the way 却 does (:func:`_contrary_lack_re`).
    ``lookahead`` false drops the lookahead (the gate's pattern). Bounded: linear in the text."""
    adverbs = cue_alternation("contrary_turn_adverb")
    # (not 不能/只能 after 但: 但不能因此失去信心 forbids, a modal, where 却不能 states an inability)
    lacks = "|".join(re.escape(w) for w in sorted((set(lexicon().words("contrary_turn_lack")) - {"不能", "只能"})
                                                   | set(lexicon().words("conceded_shortfall")),
                                                   key=lambda w: (-len(w), w)))
    potential = r"[^，,。；;：:！？!?不]{1,%d}?不(?:起|到|了|上|出|动|着)" % CONTRARY_LACK_VERB_CHARS
    # (the lookalike may stand a few characters on: 但行业仍存在发展潜力, 但大家没有轻易放弃)
    ahead = (f"(?![^，,。；;：:！？!?]{{0,{CONCEDED_LOOKALIKE_GAP}}}?(?:{cue_alternation('contrary_lack_lookalike')}"
             f"|{cue_alternation('conceded_shortfall_lookalike')}))" if lookahead else "")
    return (f"(?:{cue_alternation('concession_opener')})[^。；;！？!?]{{1,{CONCEDED_CHARS}}}?[，,]\\s{{0,2}}"
            f"(?:{cue_alternation('concession_turn')})[，,]?\\s{{0,2}}[^，,。；;：:！？!?没未不无]{{0,{CONCEDED_SUBJECT_CHARS}}}?"
            f"(?:{adverbs}){{0,2}}(?:{lacks}|{potential}){ahead}")


#: Most characters of the verb between a negation and 任何 in :func:`_none_at_all_re` (``未加装任何``).
NONE_AT_ALL_VERB_CHARS = 4


def _none_at_all_pattern(lookahead: bool = True) -> str:
    """The pattern of :func:`_none_at_all_re`; without the lookaheads that refuse a ``harmless_none_verb`` or a
    ``harmless_none_noun`` word when ``lookahead`` is false (the gate of :func:`_may_find_deficit`, which must admit
    every match)."""
    # (not 有 after the negation: 没有造成任何… is 没有 before a harmless verb, never 没 before 有造成)
    verbs = f"(?!有|{cue_alternation('harmless_none_verb')})" if lookahead else ""
    nouns = (f"(?!{cue_alternation('harmless_none_noun')}|{cue_alternation('denied_fault_noun')}"
             f"|{cue_alternation('unmissed_noun')})") if lookahead else ""
    neg = r"(?:并没有|並沒有|没有|沒有|并未|並未|从未|從未|从来没有|從來沒有|未曾|未|没|沒)"
    return (rf"{neg}{verbs}[^，,。；;：:！？!?\s任]{{1,{NONE_AT_ALL_VERB_CHARS}}}?任何{nouns}")


@lru_cache(maxsize=1)
def _none_at_all_re() -> re.Pattern[str]:
    """A negated verb of at most :data:`NONE_AT_ALL_VERB_CHARS` characters before 任何 (p29chal): ``辖区内未加装任何
    充电桩``, ``停业前未发布任何通知``, ``多次反馈并没有得到任何回复``, ``未提供任何成本明细``: none at all of what a
    resident, a customer or the public was owed, a complaint stated absolutely (Parts 23, 28, 29). Not after a
    ``harmless_none_verb`` (未发现任何问题, 没有造成任何影响, 未收取任何费用: nothing bad found or done), nor before a
    ``harmless_none_noun``, a ``denied_fault_noun`` or an ``unmissed_noun`` (未受到任何损失, 没有犯任何错误): an
    absence that is no loss. ``没有任何`` with no verb between is the ``prose_challenge`` word. Bounded alternatives
    within one clause: linear."""
    return re.compile(_none_at_all_pattern())


@lru_cache(maxsize=1)
def _contrary_lack_re() -> re.Pattern[str]:
    """An adversative 却 after a subject (two characters at least of its clause) that turns to a lack or a failure
    (weak26): at most two adverbs of the
    ``contrary_turn_adverb`` cue group (始终, 一直, 仍, 迟迟 …), an optional 连…都 phrase (at most
    :data:`CONTRARY_LACK_EVEN_CHARS` characters), then a word of the ``contrary_turn_lack`` group (没有, 未能, 不见,
    难以, 只能, 沦为, 忽视 …) or a potential complement's negation (``拿不到``, ``买不起``: at most
    :data:`CONTRARY_LACK_VERB_CHARS` characters of verb), not before a ``contrary_lack_lookalike`` word (``却没有
    阻挡``, ``却不能忽视``: a resolve or a caution). ``地方政府承担了主要事权却没有足够的财政支持``, ``补助却只能择一``,
    ``很多小老百姓却连一户平价住宅都买不起``: what the subject gets falls short of what it bears or was promised.
    Bounded alternatives within one clause: linear."""
    return re.compile(_contrary_lack_pattern())


@lru_cache(maxsize=1)
def _conceded_lack_re() -> re.Pattern[str]:
    """:func:`_conceded_lack_pattern` compiled (with its lookahead)."""
    return re.compile(_conceded_lack_pattern())


def conceded_lack(text: str) -> bool:
    """Whether ``text`` (a sentence, Simplified view) grants something in a concession and states a lack in the main
    clause that answers it (:func:`_conceded_lack_pattern`: ``虽然各地制定了专业规划，但在管理职能上没有延伸``): the
    author grants the effort to say where it falls short, a problem stated by one lack even in a long sentence
    (concess27). Linear in the text."""
    return has_cue(text, "concession_opener") and _conceded_lack_re().search(text) is not None


def turns_to_lack(text: str) -> bool:
    """Whether ``text`` (a clause or a few, in the Simplified view) holds an adversative 却 that turns to a lack or a
    failure (:func:`_contrary_lack_re`: ``地方政府承担了主要事权却没有足够的财政支持``, ``补助却只能择一``): a problem the
    author states with no word of deficiency (weak26). Linear in the text."""
    return (("却" in text or has_cue(text, "concession_opener"))  # (concess27: or a concession's turn)
            and _contrary_lack_re().search(text) is not None)


#: Most characters between an adverb of proneness and the harm it names (``容易在缝隙中被遗落``).
PRONE_HARM_CHARS = 8


@lru_cache(maxsize=None)
def _prone_re() -> re.Pattern[str]:
    """A ``proneness_adverb`` word, then within :data:`PRONE_HARM_CHARS` characters of its clause a
    ``proneness_harm`` word (bounded: linear)."""
    # (not after a negation: 不容易滑倒, 没那么容易出错, 不会容易受骗)
    return re.compile(f"(?<![不没未])(?<!不太)(?<!不那么)(?<!没那么)(?<!不会)(?:{cue_alternation('proneness_adverb')})"
                      f"[^，,。；;：:！？!?]{{0,{PRONE_HARM_CHARS}}}?(?:{cue_alternation('proneness_harm')})")


def prone_to_harm(text: str) -> bool:
    """Whether a clause of ``text`` says that someone or something is prone to a harm (weakb20): an adverb of proneness
    (``proneness_adverb`` cue group: 容易, 极易 …) and, within :data:`PRONE_HARM_CHARS` characters of the same clause, a
    verb that causes a harm or a harm that befalls (``proneness_harm``: 引发, 导致, 滑倒, 落水, 被忽视 …):
    ``少年儿童极易掉入水渠``, ``雨天驾驶者容易滑倒``, ``缺点是容易引起防疫倦怠``. An ease names no harm (``容易理解``,
    ``易于操作``, ``容易被接受``), nor does a negated proneness (``使行人不容易滑倒``: what a measure achieves).
    Linear in the text."""
    return has_cue(text, "proneness_adverb") and _prone_re().search(text) is not None


#: A negated existence (没有/未有/并无): one alone mostly narrates (没有人来), two in a sentence state a lack.
_LACK = LazyPattern(r"(?:没有|未有|并无|毫无)(?!人|什么|关系|问题|办法)")
#: A poor degree that persists (``覆盖面仍很小``, ``参与度依然偏低``, ``进展还很慢``): still, a degree adverb, then a
#: small/low/slow adjective that ends the clause.
_STILL_POOR = LazyPattern(r"(?:仍|仍然|依然|依旧|还)(?:很|较|偏|太|十分|比较|非常|相当)(?:小|少|低|弱|差|慢|窄|贵|短|高)(?=$|[，,。；;！!])")
@lru_cache(maxsize=1)
def _scant_quantity_re() -> re.Pattern[str]:
    """A resource (``scant_quantity_noun`` cue group: 投入, 师资, 人手 …), an optional adverb of "also" or
    "still", an optional degree, then 少 ending the clause (``师资也较少``, ``社会资本投入较少``, ``人手少``): too
    little of what the work needs, stated as a fact. Not 减少 or 少于 (a change, a comparison: the clause must end at
    少). Bounded alternatives: linear (weak23)."""
    nouns = sorted(lexicon().words("scant_quantity_noun"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, nouns)) + r")(?:也|还|仍|都|亦)?(?:较|偏|很|太|过|极|甚|相对|比较)?少"
                      r"(?=$|[，,。；;！!])")


#: Most characters between a pay noun and the comparison that puts it below a reference (``时薪 | 比 | 行业…``), and of
#: the reference itself (``比 | 行业的平均 | 还要低``): :func:`_low_pay_re`.
LOW_PAY_GAP_CHARS = 12
LOW_PAY_REFERENCE_CHARS = 16


@lru_cache(maxsize=1)
def _low_pay_re() -> re.Pattern[str]:
    """What a worker is paid (``pay_noun`` cue group: 工资, 时薪, 收入 …) stated below a reference, with no problem word:
    the pay, at most :data:`LOW_PAY_GAP_CHARS` characters of no clause mark, then ``低于`` or ``不及`` (``时薪远低于市场
    中位数``) or ``比``/``较``, a reference of one to :data:`LOW_PAY_REFERENCE_CHARS` characters and ``低`` ending the
    clause or before a measure of the gap (``工资水平较行业的平均还要低``, ``收入比十年前低了``); or pay at the legal
    floor and no more (``领取的只是最低工资``, ``仅得最低工资``). A deprivation stated as a figure or a comparison
    (Part 126's columns on outsourced cleaners and guards). Not ``工资较低`` (no reference: the ``prose_challenge`` words
    read a low degree), not a rise (``工资增幅高于…``). Bounded alternatives: linear."""
    pay = cue_alternation("pay_noun")
    gap = r"[^，,。；;：:！？!?]{0,%d}?" % LOW_PAY_GAP_CHARS
    reference = r"[^，,。；;：:！？!?]{1,%d}?" % LOW_PAY_REFERENCE_CHARS
    low_end = r"低(?=$|[，,。；;！!？?]|了|得多|很多|许多|不少|一截|一半|约|近|逾|\d)"
    return re.compile(rf"(?:{pay}){gap}(?:(?<![不未])(?:远|更|还|仍|亦|也|都)?(?<![不未])(?:低于|不及)"
                      rf"|(?:比|较){reference}(?:还要|还|更|都|也|亦|要)?{low_end})"
                      r"|(?:只|仅)(?:是|有|得|能)?(?:领取?|拿|获)?(?:法定)?最低(?:工资|时薪|薪金|薪酬)")


def dwindles(text: str) -> bool:
    """Whether a clause of ``text`` (in the Simplified view) says that a resource dwindles
    (:func:`_shrinking_resource_re`: ``文化能人不断减少``, ``耕地面积逐渐减少``; weak26). Linear in the text."""
    return _shrinking_resource_re().search(text) is not None


#: What may stand between a dwindling resource and the verb of its shrinking (:func:`_shrinking_resource_re`): a word
#: of its measure, an adverb of "also" or "but", an adverb of pace or time (耕地 | 面积 | 逐渐 | 减少, 新生儿人口 | 却 |
#: 近乎每年 | 递减); no other words (收入没有减少 is no loss). Each part optional and bounded.
_SHRINK_GAP = (r"(?:面积|数量|人数|总量|规模|比例|占比|人口)?(?:也|还|仍|却|亦|都|更)?(?:近乎|几乎)?"
               r"(?:不断|持续|日益|日渐|逐渐|逐年|每年|连年|逐步|进一步|明显|大幅|快速|迅速|急剧|严重)?")


@lru_cache(maxsize=1)
def _shrinking_resource_re() -> re.Pattern[str]:
    """A resource that dwindles (weak26): a word of the ``scant_quantity_noun`` or ``shrinking_resource_noun`` cue
    groups (投入, 师资, 劳动人口, 能人, 耕地, 兴趣 …), :data:`_SHRINK_GAP`, then a ``resource_shrink_verb`` (减少,
    递减, 减弱, 萎缩 …) ending its clause (an optional 了): ``文化能人不断减少``, ``新生儿人口却近乎每年递减``,
    ``年轻一代对传统文化的兴趣逐渐减弱`` — less of what a place or a work needs, the mirror of a burden growing
    (:func:`burden_growth_count`). Not a burden shrinking (``贫困人口不断减少``: a ``burden_noun`` is no resource) nor a
    shrinking prescribed (``要减少…``: the verb must end the clause after the noun). Bounded alternatives: linear."""
    nouns = cue_alternation("scant_quantity_noun") + "|" + cue_alternation("shrinking_resource_noun")
    return re.compile(f"(?:{nouns}){_SHRINK_GAP}(?:{cue_alternation('resource_shrink_verb')})了?"
                      r"(?=$|[，,。；;！!？?])")


@lru_cache(maxsize=1)
def _too_much_re() -> re.Pattern[str]:
    """Excess judged as a fault (``民进党还是太轻敌了``, ``排队时间太长了``): 太, at most four characters, then 了 ending
    the clause; not 太 before a word of praise (``praise_degree`` cue group: ``生意太好了``, ``风景太美了``, ``服务太周到了``
    exclaim a good thing; try44b). Bounded: linear."""
    praise = cue_alternation("praise_degree")
    return re.compile(rf"太(?!{praise})[^，,。；;！？!?了]{{1,4}}了(?=$|[，,。；;！？!?])")


def degree_deficit(clause: str) -> re.Match[str] | None:
    """The first deficiency that ``clause`` states by a degree rather than by a cue word, as :func:`_prose_deficits`
    reads it: an excess judged a fault (:func:`_too_much_re`: ``投入太多了``), a poor degree that persists
    (:data:`_STILL_POOR`: ``覆盖面仍很小``) or too little of a resource (:func:`_scant_quantity_re`: ``师资也较少``); else
    None. Linear in the clause (three bounded searches)."""
    return _too_much_re().search(clause) or _STILL_POOR.search(clause) or _scant_quantity_re().search(clause)


#: A gap to a standard or a peer that exists (``…水平与现代化要求还存在一定差距``, ``与发达地区相比仍有较大差距``):
#: 与 (or 离/距: ``离我们的目标还有一定差距``; fix61), at most 30 characters of no clause mark, 存在/有, an optional
#: degree, 差距. Bounded; a clause that narrows the gap (缩小与…的差距) opens with a remedy verb and is not read
#: (:func:`_stating_clauses`).
_GAP_BEHIND = LazyPattern(r"(?:与|离|距离|距)[^，,。；;：:！？!?]{1,30}?(?:还|仍|仍然|依然|尚)?(?:存在|有)着?"
                         r"(?:一定|较大|很大|明显|不小|巨大|较明显|不少)?的?差距")


#: Most characters between 陷入 and the trap noun that ends what it falls into (``陷入一定程度的困境``).
FALLEN_INTO_CHARS = 12


@lru_cache(maxsize=1)
def _fallen_into_re() -> re.Pattern[str]:
    """A subject fallen into trouble: 陷入 (了), at most :data:`FALLEN_INTO_CHARS` characters of no clause mark, a word of
    the ``trap_noun`` cue group (困境, 恶性循环, 僵局 …; ``陷入沉思`` names no trouble). Bounded."""
    return re.compile(r"陷入了?[^，,。；;：:！？!?]{0,%d}?(?:%s)" % (FALLEN_INTO_CHARS, cue_alternation("trap_noun")))


#: Openers of a purpose clause (要确保…，/ 要想…，/ 若要…，): the clause states the goal; the measure, if any, follows.
_PURPOSE_OPENERS = ("要想", "若要", "而要", "要使", "要让", "要", "想要")


def _without_purpose(sentence: str) -> str:
    """``sentence`` without a leading purpose clause (``要确保农村贫困人口如期脱贫，精准扶贫是根本``: the goal, then
    what serves it): a first clause that opens with 要/要想/若要… and ends at a comma is dropped when the rest of
    the sentence has a modal or a copula of its own (…，高校需…, …，…是根本), so that only the rest is read. A
    single clause (``要建立旧衣回收的长效机制``) or a run of measures (``要加强监管，完善制度``) is kept whole."""
    if not sentence.startswith(_PURPOSE_OPENERS):
        return sentence
    m = re.search(r"[，,]", sentence)
    if m is None:
        return sentence
    rest = sentence[m.end():]
    # (not a clause that fronts the cases a measure addresses, whose 需 or 要 is inside its object: 要科学规划学校布局，
    # 对确需保留的村小，不能…，要保障…: a run of measures, trial16 A7)
    if re.match(r"[^，,。；;]{0,12}?(?:是|需|须|应|必须|要|就要|关键)", rest) and not rest.startswith("对"):
        return rest
    return sentence


@lru_cache(maxsize=None)
def _plan_re() -> re.Pattern[str]:
    nouns = cue_alternation("plan_noun")
    # (not 只要有/主要有/想要有/将要有/首要/不需要有: a condition, a listing or a want, no modal)
    return re.compile(r"(?<![只主想将首紧不])(?:要|应该|应当|必须|需要|宜|须)(?:先|尽快|尽早|始终|至少)?有"
                      r"[^，,。；;！？!?]{0,24}?(?:%s)" % nouns)


def calls_for_plan(sentence: str) -> bool:
    """Whether ``sentence`` says that a plan must exist (``香港的房屋政策始终要有一个远景目标``, ``适宜有一个多管齐下的
    对策``): a modal, then 有 and within a few characters a noun of the ``plan_noun`` cue group. With no action verb
    after the modal, this is how commentary prescribes a plan it wants the authorities to make. Linear in the
    sentence (one bounded pattern search)."""
    if "有" not in sentence:
        return False  # (every match holds 有: the pattern, tried at every position, is not searched; speed22)
    return _plan_re().search(sentence) is not None


def _names_measure(sentence: str) -> bool:
    """True for a run-in measure of 申论 prose that names its role (``健全食品安全法律法规是加强食品安全的关键``,
    ``……是……的重要保障``): a first clause that opens with an imperative verb and ends with ``是…的`` + a noun of the
    ``prose_measure_role`` cue group."""
    if "是" not in sentence:
        return False  # (the first clause must hold 是: no split of a sentence without one, speed22)
    first = _CLAUSE_SPLIT.split(sentence.strip(), 1)[0]
    if not first.startswith(lexicon().words("imperative")) or "是" not in first:
        return False
    tail = first[first.rindex("是"):]
    return "的" in tail and any(m.end() == len(tail) for m in cue_pattern("prose_measure_role").finditer(tail))


#: What may follow an importance verdict's 的 when the verdict is the predicate (``…是至关重要的。``).
_VERDICT_END = frozenset("。！？!?，,；;\n")
#: Connectives read past before the subject of an urgency verdict (然而，推出…仍是刻不容缓的…).
_URGENCY_LEAD = LazyPattern(r"^(?:然而|但是|但|可是|不过|因此|所以|因而|故此|而|总之|可见)?[，,]?\s{0,2}")


#: Most characters of the subject (and a frame of thought: 团队成员们认为) before a suggestive 可/可以.
SUGGESTIVE_SUBJECT_CHARS = 12


@lru_cache(maxsize=1)
def _suggested_means_re() -> re.Pattern[str]:
    """A clause that suggests a means with 可/可以 (``政府可借鉴…经验``, ``团队认为可以充分利用各类媒体…``, ``可參照…``):
    at most :data:`SUGGESTIVE_SUBJECT_CHARS` characters of subject after the clause's start (no clause mark), an
    optional adverb of addition (亦, 也, 还, 则), 可以 or 可 (not after 不, 无, 是, 否, 许, 认: 不可, 是否可以, 许可, 认可),
    at most one adverb (充分, 适当, 先, 积极), then a verb of adopting a means (``suggested_means_verb`` cue group:
    借鉴, 参照, 采用, 运用, 利用, 引入 …). Anchored at the clause start, bounded: linear."""
    verbs = cue_alternation("suggested_means_verb")
    return re.compile(r"(?:^|[，,；;：:])\s{0,2}[^，,。；;：:！？!?]{0,%d}?(?<![不无是否许认])(?:亦|也|还|则)?(?:可以|可)"
                      r"(?:充分|适当|先|积极|考虑)?(?:%s)" % (SUGGESTIVE_SUBJECT_CHARS, verbs))


def suggests_means(sentence: str) -> bool:
    """True when a clause of ``sentence`` (Simplified view) suggests a means with 可/可以 (:func:`_suggested_means_re`:
    ``可借鉴上海…的经验``, ``可以充分利用各类媒体大力宣传…``): the mild proposal of commentary and of a survey's
    findings, which names what to adopt; not in a question (``可否…？`` is read by :func:`asks_for_measure`) nor when
    the verb's object is a relative clause (``可以利用的资源很少``: 的 right after the verb) or a place of use
    (``可以运用于多个领域``: what a thing can do). Linear in the sentence."""
    if "可" not in sentence or sentence.rstrip().endswith(("？", "?")):
        return False
    for m in _suggested_means_re().finditer(sentence):
        if sentence[m.end():m.end() + 1] not in ("的", "了", "于", "在", "到", "，", ",", "。", ""):
            return True
    return False


def urgent_measure(sentence: str) -> bool:
    """True when a clause of ``sentence`` judges an action urgent with the action as its subject (``然而，推出有效方案
    来解决住屋问题仍是刻不容缓的待办事项``, ``鼓励生育已经刻不容缓``): an ``urgency_verdict`` word (刻不容缓, 迫在眉睫,
    势在必行 …; or an ``importance_verdict`` word, 显得尤为重要, 至关重要) in a clause whose words before it open with an imperative verb (:func:`starts_imperative`, past a
    leading connective or quotation mark) that is no remedy verb. The subject is the author's measure; an urgency
    said of a problem (``人口问题迫在眉睫``) or of removing one (``解决人口问题迫在眉睫``) prescribes nothing. Linear in the sentence."""
    m = cue_pattern("urgency_verdict").search(sentence)
    urgency = m is not None
    m = m or cue_pattern("importance_verdict").search(sentence)
    if m is None:
        return False
    if not urgency and sentence[m.end():m.end() + 1] == "的" and sentence[m.end() + 1:m.end() + 2] not in _VERDICT_END | {""}:
        return False  # (…具有至关重要的意义: the verdict qualifies a noun of worth, it is no predicate over an action)
    start = rfind_any(sentence, "，,；;：:。！？!?", 0, m.start()) + 1
    subject = _URGENCY_LEAD.sub("", sentence[start:m.start()].strip(), count=1)
    if not subject and start > 0:  # 然而，推出…，仍是刻不容缓的: the subject is the clause before
        prev = rfind_any(sentence, "，,；;：:。！？!?", 0, start - 1) + 1
        subject = _URGENCY_LEAD.sub("", sentence[prev:start - 1].strip(), count=1)
    subject = subject.lstrip(_QUOTES)
    if subject and urgency and not starts_imperative(subject):
        # (the importance of a noun, 党组织的引领作用尤为重要, is its worth: only an urgency takes X的设立 as an action)
        # (我认为博物馆的设立刻不容缓: an action named as a noun, X的设立, after the author's own frame; trialfix21c)
        nominal = _NOMINAL_ACTION.fullmatch(_AUTHOR_FRAME.sub("", subject, count=1))
        if nominal is not None and starts_imperative(nominal.group(1)):
            subject = nominal.group(1)
    # (a subject that only removes a problem, 解决人口问题已经迫在眉睫, names the problem, not a measure)
    return (bool(subject) and starts_imperative(subject) and not _prose_deficits(subject)
            and not _without_adverbs(subject).startswith(lexicon().words("remedy")))


#: An action named as a noun, its object first: at most 16 characters, 的, a verb of at most four characters, perhaps
#: 工作 (``博物馆的设立``, ``新制度的推行``); the verb is group 1 (:func:`urgent_measure`). Anchored, bounded.
_NOMINAL_ACTION = LazyPattern(r"[^，,。；;：:！？!?的]{1,16}的([^，,。；;：:！？!?的]{2,4}?)(?:工作)?(?:更|已|已经|实在|真是|确实)?(?:是)?")
#: The author's own frame before a verdict (我认为, 本人认为, 笔者以为): read past. Anchored, bounded.
_AUTHOR_FRAME = LazyPattern(r"^(?:我|我们|本人|笔者|本会)(?:认为|以为|觉得|相信)[，,]?\s{0,2}")


@lru_cache(maxsize=None)
def _prohibition_re() -> re.Pattern[str]:
    """A clause that forbids (``prose_prohibition`` cue group: 不应…, 切勿…), at most 8 characters of subject
    before the word (``政府不应再…``), or that opens with a word of the ``clause_prohibition`` group (written Cantonese
    ``唔好…``); the subject is bounded, so the scan stays linear."""
    words = "|".join(re.escape(w) for w in sorted(lexicon().words("prose_prohibition"), key=len, reverse=True))
    # (``clause_prohibition`` words only where they open the clause: 唔好因为… forbids, 市况唔好 judges)
    opening = "|".join(re.escape(w) for w in sorted(lexicon().words("clause_prohibition"), key=len, reverse=True))
    # (never a set phrase that opens with such a word and forbids nothing: 不得不…, 不得而知, 不可否认; left43)
    idioms = "|".join(re.escape(w) for w in sorted(lexicon().words("prohibition_idiom"), key=len, reverse=True))
    unless = f"(?!{idioms})" if idioms else ""
    return re.compile(f"(?:^|[，,；;：:])\\s*(?:(?:[^，,；;：:。]{{0,8}}?){unless}(?:{words})|{unless}(?:{opening}))" if words
                      else r"(?!)")


#: Most characters between a prohibition word and the 的 that makes its phrase a noun's modifier (严禁烟火的牌子).
ATTRIBUTIVE_PROHIBITION_CHARS = 8
#: Clause marks of a prohibition's clause (what :func:`prohibition_names_faulted_thing` reads within).
_PROHIBITION_CLAUSE_MARKS = "，,；;：:。！？!?"


@lru_cache(maxsize=None)
def _attributive_prohibition_re() -> re.Pattern[str]:
    """A prohibition word (``prose_prohibition`` or ``clause_prohibition`` cue groups, 严禁/禁止/不得…) followed within
    its clause by at most :data:`ATTRIBUTIVE_PROHIBITION_CHARS` characters and 的: the forbidding phrase modifies a
    noun (``严禁烟火的牌子``). Bounded quantifiers only, so a scan is linear."""
    m = _PROHIBITION_CLAUSE_MARKS
    return re.compile(f"(?:{_prohibition_word_re().pattern})[^{m}的]{{1,{ATTRIBUTIVE_PROHIBITION_CHARS}}}的(?=[^{m}的])")


@lru_cache(maxsize=None)
def _prohibition_word_re() -> re.Pattern[str]:
    """A word of a written prohibition (:data:`_PROHIBITIONS`: 禁止, 严禁, 不得, 切勿…), not where a set phrase opens
    (``prohibition_idiom`` cue group: 不得要领 forbids nothing; the weaker 不应/别 of prose are left out, as 供不应求
    holds 不应). Unanchored; an alternation with a bounded lookahead, linear to scan."""
    words = "|".join(re.escape(w) for w in sorted(set(_PROHIBITIONS), key=len, reverse=True))
    idioms = "|".join(re.escape(w) for w in sorted(lexicon().words("prohibition_idiom"), key=len, reverse=True))
    return re.compile(f"(?!{idioms})(?:{words})" if idioms else f"(?:{words})")


def prohibition_names_faulted_thing(sentence: str) -> bool:
    """True when a prohibition in ``sentence`` (Simplified view) only modifies a noun by 的 and the rest of its clause
    states a fault of that thing (``严禁烟火的牌子形同虚设``: the sign with the prohibition is a dead letter; also a set
    phrase that opens with a prohibitive word and forbids nothing, ``不得要领的培训让基层干部疲于应付``): nothing is
    forbidden by the writer, the clause is a shortcoming (:func:`challenge_strength` of what follows the 的 > 0).
    Linear in ``len(sentence)``."""
    done = 0  # (one reading per clause, its first such phrase: each clause's rest is scanned once)
    for m in _attributive_prohibition_re().finditer(sentence):
        if m.start() < done:
            continue
        end = stop = m.end()
        while stop < len(sentence) and sentence[stop] not in _PROHIBITION_CLAUSE_MARKS:
            stop += 1
        done = stop
        if challenge_strength(sentence[end:stop]) > 0:
            return True
    return False


#: The turn (但/但是/然而/可是/不过/却) that opens a clause after a narrated directive (:func:`defied_prohibition`).
_DIRECTIVE_TURN = LazyPattern(r"[，,；;]\s{0,2}(?:但是|但|然而|可是|不过)[，,]?")


def defied_prohibition(sentence: str) -> int | None:
    """Offset (characters into ``sentence``, Simplified view) of the clause after a turn that states a fault persisting
    despite a prohibition already issued (``过去几年，上级多次发文严禁公款吃喝，但顶风违纪现象仍时有发生`` → the offset of
    ``顶风违纪…``), or None. The prohibition is narrated: a word of the ``issued_directive`` cue group (发文, 明令, 多次,
    早已) stands before the prohibition word in the part before the turn, and no modal of the writer's own prescribes
    there. The caller reads the part after the turn. Linear in ``len(sentence)``."""
    turn = _DIRECTIVE_TURN.search(sentence)
    if turn is None:
        return None
    head = sentence[:turn.start()]
    found = _prohibition_word_re().search(head)
    if found is None or not has_cue(head[:found.end()], "issued_directive"):
        return None
    return turn.end()


def _states_cause(sentence: str) -> bool:
    """True when a clause of ``sentence`` states the cause or crux of a problem (``prose_cause`` cue group): the
    noun followed by a copula (``问题症结是…``, ``主要原因在于…``), or a clause that names its subject as one
    (``……是造成……的重要原因``: the noun ends the clause after 是, or after 既有/也有: ``既有体制上的原因，也有…的原因``)."""
    if not has_cue(sentence, "prose_cause"):
        return False  # (each clause is a part of the sentence: no cause noun in it, none in a clause; speed22)
    for clause in _CLAUSE_SPLIT.split(sentence):
        for m in cue_pattern("prose_cause").finditer(clause):
            after = clause[m.end():].lstrip()
            if after.startswith(_CAUSE_COPULAS):
                return True
            # (…，是…犯罪断而不绝的重要原因之一 / …，就是破坏营生环境的表面原因: one of the causes, 就是 as the copula)
            if after in _CAUSE_NOUN_TAILS and (_COPULA_SHI.search(clause, 0, m.start())
                                               or _HAS_CAUSE.search(clause, 0, m.start())
                                               or clause.lstrip().startswith(_CAUSE_LEADING_COPULAS)):
                return True
    return False


#: The end of a heading or sentence that names its subject as a cause (``…是主要诱因。``, ``…是根源之一``): 是, at most
#: 8 characters of degree words, a ``prose_cause`` noun (read by :func:`names_subject_as_cause`), perhaps 之一, the end.
_CAUSE_TAIL_CHARS = 8


def names_subject_as_cause(heading: str) -> bool:
    """Whether the last clause of ``heading`` (Simplified view) names its subject as a cause with a copula and a cause
    noun that ends it (``考核机制的单一化是主要诱因``, ``审批链条过长是根源之一``): a cause, a challenge, whatever
    verb-like noun opens the subject (考核, 管理). Not a clause that holds a modal (``要找准主要原因``). Bounded: the
    last clause's tail."""
    s = heading.strip().rstrip("。！!；;")
    s = s[rfind_any(s, "，,；;：:") + 1:]
    if s.endswith("之一"):
        s = s[:-2]
    k = s.rfind("是", max(0, len(s) - _CAUSE_TAIL_CHARS - 3))
    if k <= 0 or holds_modal_word(s):
        return False
    tail = s[k + 1:]
    return len(tail) <= _CAUSE_TAIL_CHARS and tail.endswith(lexicon().words("prose_cause"))


#: What may end a clause after the cause noun it names its subject as (…的重要原因之一).
_CAUSE_NOUN_TAILS = ("", "之一")
#: A copula that opens the clause naming the clause before it as a cause (…，就是破坏…的表面原因): 就是/正是 open it,
#: where :data:`_COPULA_SHI` reads no copula inside a clause (就是说).
_CAUSE_LEADING_COPULAS = ("就是", "正是", "也正是", "便是")


#: 有 after an adverb of listing (既有…的原因，也有…的原因): the clause names a cause its noun ends.
_HAS_CAUSE = LazyPattern(r"(?:既|也|又|还|更)有")


#: 是 as a copula (…也是造成…的重要原因), not inside 不是/但是/还是/就是/只是/于是/可是/凡是/总是/是否, nor the idiom
#: 实事求是 (``也要实事求是地向大家讲明原因``: a manner, no cause named; neg37).
_COPULA_SHI = LazyPattern(r"(?<![不但还就只于可凡总])(?<!事求)是(?!否)")
#: What follows a cause noun that states the cause (症结在于…, 原因是…).
_CAUSE_COPULAS = ("是", "在于", "就是", "正是", "正在于", "乃是", "出在", "主要是", "主要在于")


CONNECTIVES = _CONNECTIVES = ("通过", "针对", "其中", "由于", "因为", "然而", "但是", "但", "而", "如果", "虽然", "尽管", "因此", "所以",
                "从", "在", "对于", "关于", "为了", "随着", "面对", "当前", "目前", "这", "其", "我们", "本文")


@_remembered_any_length
def opener_aspect(sentence: str) -> str | None:
    """Aspect of a region that ``sentence`` opens, or None.

    Two shapes open a region: a lead-in (``还存在着以下突出问题。``, ``有以下几个方面的改进建议。``), and a
    section heading glued to its paragraph by PDF extraction (``基层社区在疫情防控工作中的突出问题新型冠状
    病毒…``): a noun phrase ``…的<cue noun>`` within the first 20 characters that does not open with a
    connective or preposition, and whose last cue noun no adverb of the ``cue_noun_predicate_adverb`` cue group
    follows (``少子化的问题与挑战日益严峻`` states its problem: the nouns are a subject, not a heading)."""
    if holds_one_included_item(sentence):
        return None  # 会带来更多问题，包括侵犯居民利益。: the one item it announces is inside it, none follows (weak21)
    lead = lead_in_aspect(sentence, announce=False)
    if lead and not names_items_in_place(sentence):
        return lead
    s = sentence.strip()
    opened = _transition_aspect(s)
    if opened:
        return opened
    if s.startswith(_CONNECTIVES):
        return None
    first = _CLAUSE_SPLIT.split(s, 1)[0]
    cues = heading_cues(first[:20])
    if cues and first[cues[-1][0]:].startswith(lexicon().words("cue_noun_predicate_adverb")):
        return None  # 少子化的问题与挑战日益严峻: the cue nouns are the subject of a predicate, no glued heading
    for end, aspect in cues:
        if first[end:].startswith(lexicon().words("cue_noun_predicate_adverb")):
            return None  # 现在的住房问题主要源于…不足: this cue noun is a subject too (trialfix22a)
        word_start = end - 1
        while word_start > 0 and heading_cues(first[word_start - 1:end]) and word_start > end - 4:
            word_start -= 1
        if "的" in first[max(0, word_start - 8):word_start + 1] and len(first) > end:
            if _modal_actions(first):
                return None  # 短期要对…的深层次问题进行改革: the cue noun is the object of a prescribed act (corpus21b)
            return aspect
    return None


#: Fewest CJK characters after an inclusion word (``inclusion_lead`` cue group) for a sentence to hold what it includes
#: (``…更多问题，包括侵犯居民利益。``); fewer (``包括：``, ``包括以下几点``) announce what follows.
INCLUDED_ITEM_CHARS = 4


def holds_one_included_item(sentence: str) -> bool:
    """True when ``sentence`` ends by naming the one thing it includes after an inclusion word (``inclusion_lead`` cue
    group: 包括, 包含, 诸如) in its last clause: ``会制造更多问题，包括侵犯马来人利益。``. No other word of the ``lead_in``
    group points ahead, the sentence does not end as a lead-in (a colon, a dash), and the text after the inclusion
    word is one item (at least :data:`INCLUDED_ITEM_CHARS` CJK characters, no ``、``, no clause mark, no lead-in
    word), and the clauses before the inclusion word state no shortcoming of their own (:func:`states_before_announcing`:
    a column's verdicts before ``其中包括了…`` open a region still). Such a sentence opens no region of the sentences
    after it (:func:`opener_aspect`): the list it announces ends with it (weak21: a reported claim of harms, then
    paragraphs of praise and background). Linear in the sentence."""
    if not has_cue(sentence, "inclusion_lead"):
        return False  # (the last inclusion word must be found in the sentence: one scan, speed22)
    s = sentence.strip().rstrip("。！!…")
    if ends_as_lead_in(s):
        return False
    last = None
    for m in cue_pattern("inclusion_lead").finditer(s):
        last = m
    if last is None:
        return False
    inclusion = set(lexicon().words("inclusion_lead"))
    if any(m.group(0) not in inclusion for m in cue_pattern("lead_in").finditer(s)):
        return False  # (存在以下问题，包括…: 以下 announces what follows)
    item = s[last.end():]
    if any(c in item for c in "、，,；;：:") or _INCLUSION.match(s, last.start()):
        return False
    if states_before_announcing(sentence):
        return False  # (…能力不足，…缺乏协调，其影响十分深远，其中包括了…: a column's verdicts open a region; corpus20)
    return sum(1 for c in item if is_cjk(c)) >= INCLUDED_ITEM_CHARS


def names_items_in_place(sentence: str) -> bool:
    """True when every word of the ``lead_in`` cue group in ``sentence`` is 包括 whose items the sentence names in
    place (:data:`_ITEMS_IN_PLACE`: a ``、`` list right after it, in a clause the sentence goes on past:
    ``…，策略包括增强个案管理、出院后的照顾衔接，还有整合连续性的服务，希望…。``). Such a sentence holds what it
    names: it opens no region over the sentences after it (:func:`opener_aspect`; corpus21: a government plan
    reported before a critic's verdicts). Linear in the sentence."""
    found = False
    for m in cue_pattern("lead_in").finditer(sentence):
        if not _ITEMS_IN_PLACE.match(sentence, m.end()):
            return False
        # the aspect's cue noun is the subject of 包括 in its own clause (策略包括…), not a word elsewhere
        clause = sentence[max(0, m.start() - 30):m.start()]
        clause = clause[rfind_any(clause, CLAUSE_BREAKS) + 1:]
        if not heading_cues(clause):
            return False
        found = True
    return found


def states_before_announcing(sentence: str) -> bool:
    """True when ``sentence``, which a word of the ``lead_in`` cue group makes announce what follows it (其中包括, 以下,
    如下 …: :func:`opener_aspect`), states a shortcoming in the clauses before that word and does not end as a lead-in
    (``这种做法显示我们的国力不足，…负面影响是深远的，其中包括了…``): the sentence states its problems and holds what it
    announces, a point itself, not only the start of a region (corpus20: a column's verdicts). Linear in the sentence."""
    s = sentence.strip()
    if ends_as_lead_in(s):
        return False
    back = longest_first("back_reference")
    for m in cue_pattern("lead_in").finditer(s):
        if not s[:m.start()].endswith(back):
            return bool(_prose_deficits(s[:m.start()]))
    return False


#: What follows the cue noun of a sentence that states its point (``……的首要问题是``, ``……的症结在于``).
_COPULAS = ("是", "在于", "主要是", "主要在于", "就是", "表现在", "表现为", "集中在", "集中于")


#: The word of a clause that states a fact as what its cause explains (``雾霾之所以严重，…原因在于…``).
_WHY_CLAUSE = "之所以"


def states_after_cue(sentence: str) -> bool:
    """True when the first clause of ``sentence`` names an aspect's cue noun and then states it through a copula
    (``乡村学校面临的首要问题是师资结构失衡``, ``……最大的短板在于人手不足``): such an opener is a point itself, not
    only the start of a region. After a first clause that states a fact whose cause it asks
    (``A之所以严重，根本原因在于B``: :data:`_WHY_CLAUSE`) the second clause is read: it names the cause noun and states
    the cause."""
    parts = _CLAUSE_SPLIT.split(sentence.strip(), 2)
    first = parts[1] if len(parts) > 1 and _WHY_CLAUSE in parts[0] else parts[0]
    for end, _ in heading_cues(first[:24]):
        # (根源不仅在于…，更源于…: an adverb of degree may stand before the copula; trialfix21b)
        end += next((len(a) for a in _COPULA_ADVERBS if first.startswith(a, end)), 0)
        copula = next((c for c in sorted(_COPULAS, key=len, reverse=True) if first.startswith(c, end)), None)
        if copula is None:
            continue
        stated = first[end + len(copula):].rstrip("。！!；;")
        if stated.endswith(_TOPIC_PROBLEM) and not _prose_deficits(stated):
            continue  # 香港现时最大的问题是房屋问题: a topic named as the problem, stated by what follows (trialfix20)
        return True
    return False


@lru_cache(maxsize=1)
def _superlative_fault_re() -> re.Pattern[str]:
    """A superlative (最大, 最严重, 首要 …), an optional 的, a noun of fault (``verdict_head_noun`` cue group: 问题, 失误,
    弊端 …) or of difficulty (``difficulty_head_noun``: 困难, 难题, 障碍 …), an optional adverb, a copula (是, 在于):
    ``特区政府近年最大的失误是…``, ``…要走向自主经营的最大困难就是缺乏…`` (an abstract's verdict, Part 121). Bounded:
    linear."""
    return re.compile(r"(?:最大|最严重|最嚴重|最突出|最根本|最致命|最主要|首要|最明显|最明顯)的?"
                      rf"(?:{cue_alternation('verdict_head_noun')}|{cue_alternation('difficulty_head_noun')})"
                      r"(?:就|正|恰恰|恰好)?(?:在于|在於|是)")


@lru_cache(maxsize=1)
def _persisting_fault_re() -> re.Pattern[str]:
    """A noun of fault (``verdict_head_noun`` and ``persisting_problem_noun`` cue groups: 问题, 隐患, 现象, 矛盾 …), an
    adverb of persistence (仍, 仍然, 依然, 还 …), an optional degree (较, 比较, 十分 …) and a predicate of salience or
    existence (突出, 存在, 明显, 严重 …) that closes its clause (``…执行不严的问题仍较突出``, ``…的现象依然存在``).
    Bounded: linear."""
    nouns = cue_alternation("verdict_head_noun") + "|" + cue_alternation("persisting_problem_noun")
    return re.compile(rf"(?:{nouns})(?:也|都|则)?(?:仍然|仍旧|依然|依旧|仍|还|尚)(?:较为|比较|十分|相当|非常|较|很)?"
                      r"(?:突出|存在|明显|严重|普遍|凸显|多发|频发|较多)(?=[，,。；;！!？?]|$)")


def persisting_fault(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) says that a fault it names persists: a clause that closes with a noun of
    fault, an adverb of persistence and a predicate of salience (:func:`_persisting_fault_re`: ``总体来看，…有所提高，
    但制度执行不严的问题仍较突出``), whatever the words that name the fault before the noun (``执行不严`` holds no
    deficiency cue of its own), not after a condition (:func:`condition_at`: ``如果…的问题仍然存在，…``) and in a clause
    with no modal (``要正视…的问题仍然存在`` prescribes). The noun and its predicate are the writer's verdict that a
    problem remains (fix50b). Linear in the sentence."""
    m = _persisting_fault_re().search(sentence)
    if m is None or condition_at(sentence, 0, m.start()) >= 0:
        return False
    a = rfind_any(sentence, "，,；;。！!？?", 0, m.start()) + 1
    clause = sentence[a:m.end()]
    return not (modal_strength(clause) or strong_modal(clause) or opens_with_remedy(clause.strip()))


def superlative_fault(sentence: str) -> bool:
    """Whether ``sentence`` states its subject's worst fault through a copula (``当局近年最大的失误是做事拖拉，不够果断``,
    ``这项政策最严重的弊端在于只顾眼前``): what the copula introduces is the problem stated (:func:`_superlative_fault_re`),
    a verdict though its own words may hold no word of deficiency. Not after a condition (:func:`condition_at`), not a
    question, and not a topic named as the problem whose clause states nothing (``最大的问题是房屋问题``: the
    problem is stated by what follows, :data:`_TOPIC_PROBLEM`). Linear in the sentence (one bounded search)."""
    s = sentence.strip()
    if not s or s.endswith(("？", "?")):
        return False
    m = _superlative_fault_re().search(s)
    if m is None or condition_at(s, 0, m.start()) >= 0:
        return False
    end = _SENTENCE_END_AFTER.search(s, m.end())
    if end is not None and end.group() in "？?":
        return False  # a question quoted inside the sentence (``“…最大的困难是什么？”记者问道。``): it asks, states nothing
    stated = _CLAUSE_SPLIT.split(s[m.end():], 1)[0].rstrip("。！!；;")
    if stated.startswith(_INTERROGATIVE_OPENERS):
        return False
    return bool(stated.strip()) and not (stated.endswith(_TOPIC_PROBLEM) and not _prose_deficits(stated))


#: The first sentence end after a point of a sentence (one character; a plain search: linear).
_SENTENCE_END_AFTER = LazyPattern(r"[。！!？?]")
#: Interrogative words that open a clause that asks rather than states (``最大的困难是什么``, ``…是哪些``).
_INTERROGATIVE_OPENERS = ("什么", "什麼", "哪", "怎么", "怎麼", "如何", "为何", "為何")


#: Most characters of the words qualifying the problem noun a subject faces (一个 | 很大的 | 问题).
FACED_PROBLEM_GAP_CHARS = 10

#: A problem the subject faces, named and then stated after a copula in the next clause (``本市现在面对一个很大的问题，
#: 就是交通拥堵``, ``我们面临一项严峻的挑战，那就是人才流失``): a verb of facing, one (一个, 一项 …: a problem counted,
#: not 面对问题，就是最好的办法, facing problems in general), at most
#: :data:`FACED_PROBLEM_GAP_CHARS` characters of no clause mark, a problem noun, a comma, 就是/那就是/便是/即是.
#: Bounded: linear.
_FACED_PROBLEM = LazyPattern(r"(?:面对|面對|面临|面臨|遇到|碰到)(?:着|著|了)?(?:一个|一個|一项|一項|一大|一种|一種|一道)"
                            r"[^，,。；;：:！？!?]{0,%d}?"
                            r"(?:问题|問題|挑战|挑戰|难题|難題|危机|危機|困难|困難)[，,]\s{0,2}(?:那就是|就是|便是|即是)"
                            % FACED_PROBLEM_GAP_CHARS)


def names_faced_problem(sentence: str) -> bool:
    """Whether ``sentence`` names a problem its subject faces and states it after a copula (:data:`_FACED_PROBLEM`:
    ``本市现在面对一个很大的问题，就是交通拥堵``): what follows the copula is the challenge, though its own words may
    hold no word of deficiency (``…，就是人手从何而来？``: the problem stated as the question it poses, the question mark
    the embedded question's). Not after a condition (:func:`condition_at`: ``如果面对这样的问题，就是…``), and not when
    nothing follows the copula in its clause. Linear in the sentence (one
    bounded search; source: a legislator's spoken question in a council transcript, Part 26's 923)."""
    s = sentence.strip()
    if not s:
        return False
    m = _FACED_PROBLEM.search(s)
    if m is None or condition_at(s, 0, m.start()) >= 0:
        return False
    return bool(_CLAUSE_SPLIT.split(s[m.end():], 1)[0].strip("。！!；; "))


#: Adverbs that may stand between a cue noun and its copula (根源不仅在于, 原因主要在于, 症结恰恰在于).
_COPULA_ADVERBS = ("不仅仅", "不仅", "不只", "恰恰", "正是", "主要", "就", "正", "更", "还", "也")


#: The noun that ends a problem named only by its topic after a copula (``最大的问题是房屋问题``).
_TOPIC_PROBLEM = ("问题", "难题")


#: Words that refer back to problems already named (这些问题, 上述难题): a turn to the measures that opens with one
#: links two parts of the essay; one that names its problem itself (解决教育公平问题，需要…) is a run-in point.
_ANAPHORA = ("这些", "上述", "以上", "此类", "这一", "这个", "这类", "该", "此", "其")


#: A first clause that names the cases a rule addresses (``对整改不到位造成事故的，…``, ``对拒不执行的，…``: 对, then
#: at most 40 characters, then 的 closing the clause): the faults it names are the rule's condition, not a report.
_CASE_CLAUSE = LazyPattern(r"对[^，,。；;：:！？!?]{1,40}的[，,]")


def case_clause_end(sentence: str) -> int:
    """End of a first clause of ``sentence`` that names the cases a rule addresses (``对整改不到位造成事故的，``:
    :data:`_CASE_CLAUSE`), its comma included, in characters into ``sentence``; 0 when it opens with none. The faults
    such a clause names are the rule's condition, not a report of them: the sentence states what the rest states.
    Linear (the clause is at most 42 characters)."""
    m = _CASE_CLAUSE.match(sentence)
    return m.end() if m else 0


@_remembered_any_length
def run_in_measure(sentence: str) -> bool:
    """True for a turn to the measures that is itself a point (``解决教育公平问题，需要改革资源配置模式。``): its first
    clause names the problem to solve without referring back, and the rest of the sentence prescribes a measure as
    prose does (:func:`prose_aspect`); or its first clause refers back (``这些/上述…``) and the rest prescribes a
    concrete measure (:func:`concrete_after_link`: ``要改善这个情况，必须扩大社区健康中心的服务``; the point leaves the link
    out, :func:`summarizer.points.purpose_link_end`), not only an approach (``要破解上述难题，需要多方协同发力`` only
    links)."""
    s = sentence.strip()
    if _transition_aspect(s) != RECOMMENDATION:
        return False
    parts = re.split(r"[，,]", s, maxsplit=1)
    if len(parts) < 2:
        return False
    if any(w in parts[0] for w in _ANAPHORA):
        # (要解决这个问题，必须扩大社区医疗服务: the link refers back, but a concrete measure follows it; the point
        # leaves the link out, points.purpose_link_end; p28r)
        return concrete_after_link(parts[1])
    return prose_aspect(parts[1]) == RECOMMENDATION


def concrete_after_link(rest: str) -> bool:
    """Whether ``rest`` (a sentence after its back-referring purpose clause: ``要破解上述难题，| …``) prescribes a concrete
    measure as prose does (:func:`prose_aspect`), not only an approach: clauses of at most :data:`APPROACH_CHARS` + 2
    characters each (``需要多方协同发力``, ``必须标本兼治``) or a 既…也… pair of the parties' efforts (``既需要企业自身努力，
    也需要改善融资环境``) only announce the measures that follow. Bounded by ``rest``."""
    body = rest.strip().rstrip("。！!；; ")
    clauses = _CLAUSE_SPLIT.split(body)
    if body.startswith("既") or all(len(c.strip()) <= APPROACH_CHARS + 2 for c in clauses):
        return False  # (既需要企业自身努力，也需要改善融资环境: the parties' efforts, an approach in two short clauses)
    return prose_aspect(rest) == RECOMMENDATION


@_remembered  # asked of the lead-in of every run of items, mostly the same few (speed42); a pure function of it
def _transition_aspect(s: str) -> str | None:
    """A sentence that turns the essay to causes (``造成……的原因，大致分为两种。``: challenge) or to the measures
    (``解决这些问题，……既需要……也需要……``, ``要破解上述难题，需要多方协同发力``: recommendation)."""
    lex = lexicon()
    head = s[:40]
    verb = cue_pattern("cause_verb").search(head)
    if (has_cue(head, "cause_opener") or verb is not None and has_cue(head[verb.end():], "cause_factor")) and has_cue(
            s, "cause_quantifier") and not names_cause(s):
        return CHALLENGE
    body = s
    for prefix in ("要想", "要", "为了", "为", "而要", "若要", "如何"):
        if body.startswith(prefix):
            body = body[len(prefix):]
            break
    first = _CLAUSE_SPLIT.split(body, 1)[0]
    # (not a verdict that the task is hard: 要解决香港的问题确实是一个不可能的任务 turns to no measures)
    if (first.startswith(lex.words("solution_verb")) and has_cue(first, "solution_object")
            and (modal_strength(s) or has_cue(s, "modal")) and not has_cue(s, "difficulty_verdict")):
        return RECOMMENDATION
    # 为基层减负，必须标本兼治。 / 要破解难题，需要多方协同发力。: a purpose clause, then a strong modal over a short
    # phrase of approach (no object of its own): the measures follow (also a purpose clause with no 要/为 that opens
    # with a verb of solving: 破解乡村学生上学难，需要多方协同发力。, trial16 A8)
    if (body is not s or first.startswith(lex.words("solution_verb"))) and len(first) <= 12:
        rest = s[s.find(first) + len(first):].lstrip("，,")
        clauses = _CLAUSE_SPLIT.split(rest.rstrip("。！!；;"))
        if (len(clauses) == 1 and rest.startswith(lex.words("strong_modal") + ("需要",))
                and len(clauses[0]) <= APPROACH_CHARS):
            return RECOMMENDATION
    return None


#: The longest modal + phrase of approach (必须标本兼治, 需要多方协同发力) that announces the measures after a purpose
#: clause (characters).
APPROACH_CHARS = 8


@_remembered_any_length
def front_aspect(sentence: str) -> str | None:
    """Aspect carried by a sentence's first clause alone: an imperative opening (``加强落实社区基层自治制度,``)
    or a stated shortcoming (``社区工作队伍单薄,``); not a first clause that only sets the time (``time_frame_end``:
    ``改革开放以来，``) or opens a condition (:func:`opens_condition`: ``一旦发生金融风险，``), nor one that names a class of problems as the topic of
    the treatment announced for it (:func:`_treated_topic_re`: ``对有条件解决的问题，将…``). Headings put their cue up
    front; used to rank key sentences of unstructured text."""
    stripped = sentence.strip()
    if stripped.startswith(_CONNECTIVES):
        return None
    if topicalized_remedy(stripped):
        return RECOMMENDATION  # (…的系统问题，以及制度的缺失，要切实根治: the first clause is the remedy's object; w71)
    first = _FIRST_CLAUSE_SPLIT(stripped, 1)[0]
    if first.endswith(lexicon().words("time_frame_end")) or opens_condition(first):
        # 改革开放以来，…: a time frame (``time_frame_end``) opens no measure, whatever verb it holds; 一旦发生金融风险，…:
        # a condition states no shortcoming (the case the rest answers; trial19 F3)
        return None
    if promises_handling(sentence):
        return None  # 对有条件解决的问题，将集中力量…解决: the problems the promise takes up, no shortcoming (Part 63)
    if opens_with_findings(first):
        # 研究结果表明，…但…需进一步完善: a study's findings frame (研究 is a verb only in look), no measure; the
        # clauses after it carry the aspect (Part 69's 3658)
        return None
    imperative = starts_imperative(first)
    if imperative and not challenge_strength(first):
        return RECOMMENDATION
    if first.startswith("对") and _treated_topic_re().match(stripped):
        return None  # 对有条件解决的问题，将…予以解决: problems sorted by the treatment announced, none stated (neg37)
    if not imperative and challenge_strength(first):
        return CHALLENGE
    return None


#: ``split`` of a sentence at its first clause break (:func:`front_aspect`), compiled once (speed39).
_FIRST_CLAUSE_SPLIT = LazyPattern(r"[，,；;。！？!?]").split


@dataclass(slots=True)
class ItemRole:
    """What an item is for aspect extraction: a ``section`` whose children are points, a ``point``, a
    ``leaf`` section (an aspect section with no list: its sentences are ranked), ``other``, ``none``, or ``title``
    (the essay's title line again under a list marker: no point)."""

    aspect: str | None
    role: str


@_remembered  # asked by _modal_vote and _modal_actor of the same headings (speed42); a pure function of it
def _actor_modal(heading: str) -> bool:
    """Whether the first clause of ``heading`` names an actor and then a strong modal (``教育机构应开设…``,
    ``媒体等宣传机构应主动…``): a subject of two or more characters before 应/应当/必须…, not a clause that opens
    with the modal."""
    clause = re.split(r"[，,；;：:。！？!?]", heading.strip(), maxsplit=1)[0]
    if not clause or clause.startswith(lexicon().words("modal")):
        return False
    # (the modal's one search before the imperative's cascade, a conjunction of pure tests: most clauses hold no
    # strong modal, and their imperative reading is not asked; perf55)
    m = cue_pattern("strong_modal").search(_mask_non_modals(clause))
    return m is not None and m.start() >= 2 and not starts_imperative(clause)


def _actor_modal_any(clause: str) -> bool:
    """Whether ``clause`` names an actor of two or more characters and then any modal of the ``modal`` cue group
    (``各金融机构要主动承担…``, ``居民应主动做到…``): :func:`_actor_modal` with the weak modals (要, 需要) too."""
    c = clause.strip()
    if not c or c.startswith(lexicon().words("modal")):
        return False
    m = cue_pattern("modal").search(_mask_non_modals(c))  # (before the imperative's cascade, as _actor_modal; perf55)
    return m is not None and m.start() >= 2 and not starts_imperative(c)


#: Longest label before a colon (``主要策略：``, ``存在问题：``) read as announcing a list, in characters.
ASPECT_LABEL_CHARS = 8


def _aspect_label(lead: str) -> str | None:
    """The aspect a short label ending in a colon names (``主要策略：`` → recommendation, ``存在问题：`` → challenge):
    at most :data:`ASPECT_LABEL_CHARS` characters before the colon, one clause, its aspect read as a heading's
    (:func:`heading_aspect`); None for anything else."""
    s = lead.strip()
    if not s.endswith(("：", ":")):
        return None
    label = s[:-1].strip()
    if not label or len(label) > ASPECT_LABEL_CHARS or _CLAUSE_SPLIT.search(label):
        return None
    return heading_aspect(label) or list_label_aspect(label)


def list_label_aspect(label: str) -> str | None:
    """The aspect of the entries under a label (the words before a colon, no colon) that names a list of them
    (``aspect_list_label`` cue group: 问题清单, 整改清单, 问题台账): challenge when the list's first word is one of
    the ``challenge_list_label`` group (问题), else recommendation; recommendation for a rectification report's field
    of the measures taken (``measure_field_label``: 整改情况); None for another label. A rectification report
    states each problem after ``问题清单：`` (the compound names a tool in a heading, 建立问题清单, and is masked
    there: ``challenge_exclusion``; trialfix22b kind A). Constant work (a bounded label)."""
    if label.endswith(lexicon().words("measure_field_label")):
        return RECOMMENDATION  # 整改情况：…: what a rectification report does about the problem above it
    if not label.endswith(lexicon().words("aspect_list_label")):
        return None
    return CHALLENGE if label.startswith(lexicon().words("challenge_list_label")) else RECOMMENDATION


#: A run-in label (``整改措施：``, ``存在问题：``): two to :data:`ASPECT_LABEL_CHARS` Chinese characters and a colon.
#: A bullet may stand before it (``• 应对措施：…``, ``- 挑战描述：…``, a generated explainer's labelled bullets; p28prec).
_RUN_IN_LABEL = LazyPattern(rf"[^\S\n]{{0,4}}(?:[•·●○◆◇■□▪▶►*\-][^\S\n]{{0,2}})?([{CJK}]{{2,{ASPECT_LABEL_CHARS}}})[：:]"
                           rf"[^\S\n]{{0,4}}")


def run_in_label(text: str) -> tuple[int, str | None] | None:
    """The run-in label that opens ``text`` (a point's text, Simplified view), as reports put one at the head of a
    line (整改报告: ``整改措施：建立…``, ``存在问题：…``, ``整改情况：已完成…``): ``(end, aspect)``, ``end`` the offset
    into ``text`` just past the colon (and the spaces after it), ``aspect`` the aspect the label names read as a
    heading's (:func:`_aspect_label`: 措施 → recommendation, 问题 → challenge, 做法 → other) or None for a label that
    names none but ends in a ``label_noun`` cue word (整改情况, 完成时限). None when no such label opens ``text``
    or nothing follows it. O(:data:`ASPECT_LABEL_CHARS`): the pattern is anchored and bounded."""
    m = _RUN_IN_LABEL.match(text)
    if not m or m.end() >= len(text.rstrip()):
        return None
    label = m.group(1)
    aspect = _aspect_label(label + "：")
    if aspect is None and not label.endswith(lexicon().words("label_noun")):
        return None
    if aspect == CHALLENGE and topic_problem_label(label, text[m.end():]):
        return m.end(), None  # (应急演练问题：加大演练频次…: the label names the topic, the body is the measure; 6648)
    return m.end(), aspect


def topic_problem_label(label: str, body: str) -> bool:
    """Whether a run-in ``label`` that names a challenge (``应急演练问题``, ``物资储备短板``: a word of the
    ``challenge_section`` cue group ending it) only names the topic its ``body`` (the text after the colon, Simplified
    view) answers with a measure: at least two characters of topic before the cue word, a topic that is no qualifier
    of a problems label (``problem_label_qualifier`` cue group: 存在问题, 主要问题, 突出问题 name the aspect, not a
    topic), and a body that opens as an imperative measure (:func:`prescribes_measure`: ``加大演练频次，…``) with no
    shortcoming word in its first clause (:func:`challenge_strength`; a later ``共同应对…挑战`` is the measure's aim). An inspection's or a rectification plan's analysis items
    (``2、应急演练问题：加大演练频次，每季度组织…``) put the topic in the label and the measure in the body.
    Constant work past the body's measure tests (the label is bounded)."""
    cue = next((w for w in sorted(lexicon().words("challenge_section"), key=len, reverse=True)
                if label.endswith(w)), None)
    if cue is None:
        return False
    topic = label[:-len(cue)]
    if len(topic) < 2 or topic.rstrip("的") in lexicon().words("problem_label_qualifier"):
        return False
    body = body.strip()
    return bool(body) and prescribes_measure(body) and not challenge_strength(_CLAUSE_SPLIT.split(body, 1)[0])


def topic_label_end(text: str) -> int:
    """The offset into ``text`` (a sentence or a heading, Simplified view, its list marker already past) just after a
    run-in label that only names the topic of the measure after it (:func:`topic_problem_label`:
    ``应急演练问题：加大演练频次，…`` → 7), else 0: readers of the sentence's aspect read past such a label, whose
    问题 names no problem of the sentence's. Constant work past the body's measure tests (a bounded label)."""
    label = run_in_label(text[:2 * ASPECT_LABEL_CHARS + 2])
    if label is None or label[1] is not None:
        return 0
    head = text[:label[0]].strip().rstrip("：: \t\u3000")
    return label[0] if topic_problem_label(head, text[label[0]:label[0] + 80]) else 0


#: Characters of an item's body read for a report of work done (:func:`narrates_done`).
NARRATED_BODY_CHARS = 300


#: Fewest perfective measure verbs (:func:`_done_verb_re`: 减少了, 提高了) that make a body a report of results.
DONE_RESULTS = 2


def narrates_results(body: str) -> bool:
    """Whether ``body`` (the text under an item's heading, Simplified view) reports results of work done: at least
    :data:`DONE_RESULTS` verbs of a measure in the perfective (:func:`_done_verb_re`: ``减少了贫困人口``,
    ``提高了他们的生活水平``) and no modal (:func:`modal_strength`, :func:`strong_modal`) nor deficiency
    (:func:`_prose_deficits`). A work summary's item (``扶贫工作：积极落实…。通过…，减少了…，提高了…``) then narrates
    an achievement whatever verb its heading opens with, no measure proposed. Only the body's first line is read (a
    lead-in after the item, ``为做好工作，建议：``, is the next list's). Linear in ``len(body)`` (part15fix21)."""
    body = body.lstrip()
    cut = body.find("\n")
    body = body if cut < 0 else body[:cut]
    found = 0
    for _ in _done_verb_re().finditer(body):
        found += 1
        if found >= DONE_RESULTS:
            break
    return found >= DONE_RESULTS and not (modal_strength(body) or strong_modal(body) or _prose_deficits(body))


#: Fewest bodies with text of their own that :func:`narrates_practices` reads for a run's narration.
PRACTICE_BODIES = 2


def narrates_practices(bodies: Sequence[str]) -> bool:
    """Whether the bodies of a run of run-in items (``bodies``: the text under each item's heading, Simplified view)
    narrate a unit's own practice rather than propose any (p27c): at least :data:`PRACTICE_BODIES` of them hold text,
    none holds a modal word as a modal (:func:`holds_modal_word`: 要, 应, 须, 需要 …; an imperative verb opening a
    clause, 明确…, 制定…, is none) nor a strong modal, and at least one narrates: a verb of a measure in the
    perfective (:func:`_done_verb_re`: ``完善了…``), a mark of completion (``done_marker``) or an adverb of a
    narrated sequence (``narrated_sequence`` cue group: 相继, 先后, 会后). An experience note's
    ``一是严把主题关。…二是严把筹备关。召开…前，制定…。三是严把质量关。班子成员在会上相继作对照检查…`` reports what the
    unit did, whatever imperative verb its headings open with; a commentary's ``一是严把谈心谈话关 ⏎ …既要谈理想…``
    prescribes (its bodies hold 要). Linear in the bodies' length."""
    texts = [b for b in (b.strip() for b in bodies) if b]
    if len(texts) < PRACTICE_BODIES:
        return False
    if any(holds_modal_word(b) or strong_modal(b) for b in texts):
        return False
    return any(_done_verb_re().search(b) or has_cue(b, "done_marker") or has_cue(b, "narrated_sequence")
               for b in texts)


def _plan_vote(heading: str) -> str | None:
    """The vote of an item heading that states a planned measure (``计划新建雨水泵站``, ``拟增设两处避险点``): a word
    of the ``plan_opening`` cue group (计划, 拟, 准备, 打算) opens its first clause, then an imperative or plan verb
    (:func:`starts_imperative`, ``plan_verb`` cue group: 新建, 投入; past one preposition or time word: ``拟于年内新建``),
    and no shortcoming (:func:`challenge_strength`): recommendation; else None. A bureau's reply to a proposal lists its plans
    so (``一是计划新建…。拟在…；二是…``; 6655), however much done work its bodies also report (``目前已完成选址``); a noun
    such as 计划生育 or 计划单列 is no plan (the verb test). Constant work (the first clause, bounded words)."""
    clause = re.split(r"[，,；;：:。！？!?]", heading.strip(), maxsplit=1)[0]
    word = next((w for w in lexicon().words("plan_opening") if clause.startswith(w)), None)
    if word is None:
        return None
    rest = clause[len(word):]
    rest = rest[2:] if rest.startswith(("年内", "今年", "明年")) else rest[1:] if rest.startswith(("于", "将")) else rest
    verb = starts_imperative(rest) or rest.startswith(lexicon().words("plan_verb"))
    return RECOMMENDATION if verb and not challenge_strength(clause) else None


def narrates_done(body: str) -> bool:
    """Whether ``body`` (the text under a heading, Simplified view) reports work done rather than proposing any: it
    holds a mark of completion (``done_marker`` cue group: 截至目前, 已整改完成; or an ``achievement`` word: 取得了)
    and no strong modal (:func:`strong_modal`: 应, 必须, 建议). A report's heading over such a body
    (``一、提高政治站位，扎实推进整改工作`` ⏎ ``局党组召开专题会议…已整改完成15个``) names work done, not a measure.
    k134136: also 目前…已 right before a verb of an undertaking (:func:`_done_perfect_re`: ``目前全区已开通六条学生定制
    专线``, a reply's item over its label ``增加学生专线数量``; Part 134's 7555), not after a negation (尚未).
    Linear in ``len(body)``."""
    return (has_cue(body, "done_marker") or has_cue(body, "achievement")
            or _done_perfect_re().search(body) is not None) and not strong_modal(body)


@lru_cache(maxsize=1)
def _done_perfect_re() -> re.Pattern[str]:
    """目前/当前/现, at most 8 characters of scope (全区, 我局), then 已 (or 已经) right before a verb of an undertaking
    (``done_activity_verb`` cue group: 开通, 建成, 完成 …), not after 尚/未/不 (:func:`narrates_done`): where things stand
    now, the office's own work done. Not 已 alone (``不少国家早已实施生活工资``: others' practice cited under a
    proposal's heading, Part 38's 205). One alternation, bounded."""
    return re.compile(r"(?:目前|当前|现)[^，,。；;：:！？!?]{0,8}?(?<![尚未不])已(?:经)?(?:%s)"
                      % cue_alternation("done_activity_verb"))


def _run_states(heads: list[str], aspect: str) -> bool:
    """Whether a run of enumerated sub-items (their headings ``heads``) states points of ``aspect``.

    A measure is often a bare verb phrase (建平台、设基金), so a run of recommendation sub-items only must not
    name shortcomings instead (fewer than half of them vote challenge); a run of problem sub-items must
    name shortcomings (有待、不足、过长…, or a shortfall: :func:`states_shortfall`) in at least half of its items: a
    run that explains or defines its parent (``一是路径锁定，即沿用旧的做法；二是观念锁定，即…``) states no problem
    of its own."""
    if aspect == CHALLENGE:
        return sum(1 for h in heads if challenge_strength(h) or states_shortfall(h)) * 2 >= len(heads)
    return sum(1 for h in heads if item_vote(h) == CHALLENGE) * 2 < len(heads)


#: The most characters read back from a list for its lead-in (a longer "lead-in" is a paragraph, not a lead-in; the
#: bound keeps the per-list look-back constant on a line that never ends a sentence).
LEAD_IN_MAX_CHARS = 200


#: Most characters of a bare label line (``解决方案：``, ``存在问题：``) that :func:`_label_lead_aspect` reads.
LABEL_LEAD_CHARS = 8


def _label_lead_aspect(lead: str) -> str | None:
    """The aspect that a bare label line before a list names (``解决方案：``, ``对策建议：``, ``存在问题：``: at most
    :data:`LABEL_LEAD_CHARS` characters before its colon, full or half width, no clause mark, markdown emphasis
    already gone), else None: such a label announces the list under it whatever section holds it (a case's
    ``问题描述 / 解决方案``); not a label that names a document or another party as the speaker (``报告有以下建议：``,
    :func:`_reported`). Constant work (a bounded label)."""
    s = lead.strip()
    if not s.endswith(("：", ":")):
        return None
    label = s[:-1].strip()
    if not 0 < len(label) <= LABEL_LEAD_CHARS or any(ch in label for ch in CLAUSE_BREAKS + "、。"):
        return None
    aspect = heading_aspect(label) or list_label_aspect(label)
    if aspect == RECOMMENDATION and reported_label(label):
        return None  # 报告有以下建议：…: another party's proposals (the words before the cue noun: 解决方案 names none)
    return aspect if aspect in (CHALLENGE, RECOMMENDATION) else None


def reported_label(label: str) -> bool:
    """Whether a run-in label (``专家有以下建议：``, ``报告提出的建议``; colon and spaces optional) names a document or
    another party as the speaker of the measures under it: the words before its last measure cue noun are reported
    (:func:`_reported`); read for a bare label line (:func:`_label_lead_aspect`) and a run-in one
    (``points._label_led_entries``). ``解决方案：``, ``整改措施：`` name none.
    Constant work (a bounded label)."""
    s = label.strip().rstrip("：:").strip()
    cues = heading_cues(s)
    return bool(cues) and _reported(s[:_cue_start(s, cues[-1][0])])


def run_in_label_aspect(sentence: str) -> str | None:
    """The aspect that the run-in label of ``sentence`` names (``问题描述：某社区外来人口多，治安状况差。``,
    ``解决方案：建立…制度。``): a label of at most :data:`LABEL_LEAD_CHARS` characters before the sentence's first colon
    (:func:`_label_lead_aspect`), followed by a body of at least :data:`RUN_IN_BODY_CHARS` characters; else None.
    Read where a case or background section holds the sentence (``points.sentence_regions``). Constant work past
    one ``find`` (a bounded label)."""
    k = min((i for i in (sentence.find("："), sentence.find(":")) if i >= 0), default=-1)
    if k <= 0 or k > LABEL_LEAD_CHARS + 1 or len(sentence.strip()) - k - 1 < RUN_IN_BODY_CHARS:
        return None
    return _label_lead_aspect(sentence[:k + 1])


#: A bracketed aside that ends a list's lead-in, the list's first number glued right after it (``…中出现的错误
#: (大家看议案表)1、…``): bounded, read at the lead's end only.
_TRAILING_ASIDE = LazyPattern(r"[(（][^()（）\n]{1,20}[)）]$")


def _lead_in(text: str, start: int) -> str:
    """The text from the last sentence end (or line break) before ``start`` up to it: the lead-in of a list that
    starts at ``start``; at most :data:`LEAD_IN_MAX_CHARS` characters. A list whose first number is glued right after a
    bracketed aside that ends its lead (``…中出现的错误(大家看议案表)1、一个议案…2、…``) is announced as after a colon:
    the lead is read without the aside and with a colon (lefts23b)."""
    k, j = _lead_in_span(text, start)
    lead = text[k:j]
    if j == start and lead.endswith((")", "）")) and text[start:start + 1].isdigit():
        m = _TRAILING_ASIDE.search(lead, max(0, len(lead) - 22))
        if m is not None and m.start() > 0:
            return lead[:m.start()] + "："
    return lead


#: A speaker's quoted answer opening after a colon (``某某回答：“…``): the answer's own words start after the mark.
_SPEECH_QUOTE_OPEN = LazyPattern(r"[：:][ \t]{0,2}[“「]")


#: Most characters read back from a proposal lead-in for the person its pronoun stands for (:func:`_pronoun_proposer`).
PRONOUN_PROPOSER_CHARS = 300
#: A third-person pronoun (他, 她, 他们 …): a reported source only as the person it stands for is.
_PERSON_PRONOUN = LazyPattern(r"[他她]们?")


def _pronoun_proposer(text: str, lead_start: int, lead: str) -> bool:
    """True when the proposals a lead-in reports (``她提出四点建议，``, a list's lead-in starting at offset
    ``lead_start`` of ``text``) are a pronoun's whose person, named in the :data:`PRONOUN_PROPOSER_CHARS` characters
    before the lead-in, is a deputy or a council member (``proposing_person`` or ``proposing_office`` cue group:
    ``市政协副主席、民盟市委主委傅绍平…``): without the pronoun the lead names no other reported source. Bounded
    window: linear in it."""
    if not _PERSON_PRONOUN.search(lead) or _reported(_PERSON_PRONOUN.sub("", lead)):
        return False
    window = text[max(0, lead_start - PRONOUN_PROPOSER_CHARS):lead_start]
    return has_cue(window, "proposing_person") or has_cue(window, "proposing_office")


def _past_speech_open(lead: str) -> str:
    """``lead`` (a list's lead-in, :func:`_lead_in`) from past its last quoted answer's opening (``齐某回答：“针对这些
    问题，我的建议有以下几个方面，`` -> ``针对这些问题，我的建议有以下几个方面，``): the speaker and the verb that frame
    an interview's answer are no part of the lead-in its list follows (corpus22b). Linear in the lead-in."""
    last = None
    for last in _SPEECH_QUOTE_OPEN.finditer(lead):
        pass
    return lead[last.end():] if last is not None else lead


def _lead_in_span(text: str, start: int) -> tuple[int, int]:
    """``[k, j)`` of :func:`_lead_in` in ``text`` (bounded look-back: constant per list)."""
    j = start
    while j > 0 and text[j - 1] in " \n":
        j -= 1
    floor = max(j - LEAD_IN_MAX_CHARS, 0)
    if j - 1 <= floor:
        return max(j - 1, 0), j
    # (the lead starts past the last sentence end in text[floor:j - 1], else at floor: one rfind per mark, in C)
    end = rfind_any(text, _LEAD_IN_ENDS, floor, j - 1)
    return (end + 1 if end >= 0 else floor), j


#: The marks that end the sentence before a list's lead-in (:func:`_lead_in_span`).
_LEAD_IN_ENDS = "。！？!?；;\n"


#: A lead-in that frames what follows as seen from somewhere (``从调研情况看，``, ``从企业反映的情况来看，``).
_VIEWPOINT = LazyPattern(r"^(?:[^，,。；;]{0,4}?)从[^，,。；;：:]{1,16}?(?:看|来看|分析|而言)[，,：:]?$")


def neutral_lead_in(lead: str) -> bool:
    """True for a lead-in that announces a list but names no aspect: ``主要表现在：``, ``具体表现为：`` (the
    ``manifest_lead_in`` cue group: how what the sentence before named shows itself) or a viewpoint frame ``从调研情况看，``. Such a list states what the sentence
    before it stated (:func:`context_aspect`)."""
    s = lead.strip()
    if not s or len(s) > 40 or any(a != OTHER for _, a in heading_cues(s)):
        return False
    # (a bare label, 注释：, announces nothing; 参见下列报道 names its list's own kind)
    return has_cue(s, "manifest_lead_in") or _VIEWPOINT.match(s) is not None


@lru_cache(maxsize=None)
def _example_lead_re() -> re.Pattern[str]:
    words = sorted(lexicon().words("example"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")说?\\s{0,2}[：:，,]?")


def _example_lead_in(lead: str) -> bool:
    """True for a lead-in that is only a word that opens an example (``example`` cue group) and a colon or comma
    (``困难还很多。比如：一是…二是…``): the list gives instances of what the sentence before it stated. When that
    sentence only announces problems (:func:`announces_problems`), the instances are the problems; when it states
    a point of its own (``似应提供必要的政策工具。例如：…``), that sentence stays the point."""
    return _example_lead_re().fullmatch(lead) is not None


#: Longest lead-in (characters) read by :func:`_method_lead_in`.
METHOD_LEAD_CHARS = 16


#: Most characters of a bare label before its colon that names a section of neither aspect (:func:`_other_label`).
OTHER_LABEL_CHARS = 8


def _other_label(lead: str) -> bool:
    """True for a lead-in that is only a short label and its colon (at most :data:`OTHER_LABEL_CHARS` characters
    before it) ending in the name of a survey's method (``method_label`` cue group: ``调研方法：``, ``研究方法：``): the
    list after it tells how the survey was made, no problem and no measure (trialfix20b; a label of background,
    ``现状：``, may well list problems), or in the name of a thing's strengths (``merit_label`` cue group: ``优势：``,
    ``好处：``): the list after it tells what the thing does well, no measure, though its items open with a verb of
    gain (``(1)减少末端配送费用``; p60). Bounded: reads the label only."""
    s = lead.strip()
    if not s.endswith((":", "：")) or not 2 <= len(s) - 1 <= OTHER_LABEL_CHARS:
        return False
    label = s[:-1].strip()
    return label.endswith(lexicon().words("method_label")) or label.endswith(lexicon().words("merit_label"))


#: Most characters of the last clause of a lead-in that announces strengths (:func:`announces_merits`).
MERIT_LEAD_CHARS = 16
#: A count word before the strengths a lead-in announces (``几个优势``, ``三大长处``, ``以下优点``, ``不少有利条件``).
_MERIT_COUNT = LazyPattern(r"(?:几|[两二三四五六七八九十\d]{1,2})(?:个|大|项|点|方面的?)|以下|如下|下列|不少|许多|一些|诸多")


def announces_merits(lead: str) -> bool:
    """Whether ``lead`` (a list's lead-in, Simplified view) announces strengths: its last clause, at most
    :data:`MERIT_LEAD_CHARS` characters once its end mark is off, ends in a ``merit_label`` word (优势, 长处,
    有利条件 …) after a count (:data:`_MERIT_COUNT`: ``本市有几个优势。``, ``具有以下优点：``). The items after it state what
    goes well (``一是没有城乡…的巨大差距``, ``二是…避免…困难``), no problem and no measure, whatever shortfall words they
    negate. Bounded: reads the last clause only."""
    s = lead.strip().rstrip("。：:；;，,！!")
    cut = rfind_any(s, "，,。；;：:")
    clause = s[cut + 1:].strip()
    if not clause or len(clause) > MERIT_LEAD_CHARS or not clause.endswith(lexicon().words("merit_label")):
        return False
    # (应发挥三大优势：, 打造以下优势：: strengths to build or use, the list under it is measures)
    return (_MERIT_COUNT.search(clause) is not None and not holds_modal_word(s)
            and _MERIT_USE.search(clause) is None)


#: Verbs of a discourse frame after a modal (``还要说的是，``, ``还要指出，``, ``也要看到，``, ``需要强调的是，``): the writer
#: announces what he says next, no measure (fix42c).
DISCOURSE_FRAME_VERBS = "说|指出|看到|强调|补充|提醒|提一下|谈"
_DISCOURSE_FRAME = LazyPattern(r"\s{0,2}(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．）)]\s{0,2}|第[一二三四五六七八九十]{1,3}[，,、]\s{0,2})?"
                              r"(?:[还也更]|同时|另外|此外)?(?:要|需要|必须|应当|应该)(?:" + DISCOURSE_FRAME_VERBS
                              + r")(?:一下|一点)?(?:的是)?[，,：:]")


def frames_shortfall(item: str) -> bool:
    """Whether ``item`` (a list item or sentence, Simplified view) opens, past its ordinal, with a discourse frame
    (:data:`_DISCOURSE_FRAME`: ``还要说的是，``, ``还要指出，``, ``也要看到，``) before a clause that states a shortcoming
    (:func:`sentence_aspect` is challenge): ``3. 还要说的是，物业收费太高。`` states a challenge under a list of measures,
    not a measure. Anchored, bounded frame; linear in ``item``."""
    m = _DISCOURSE_FRAME.match(item)
    return m is not None and sentence_aspect(item[m.end():]) == CHALLENGE


#: A turn inside a listed strength to what falls short (``区位优越，但交通短板明显``).
_MERIT_TURN = LazyPattern(r"[，,；;]\s{0,2}(?:但是?|却|然而|不过|可是)")


def merit_turns_to_shortfall(item: str) -> bool:
    """Whether ``item`` (an item of a list of strengths, :func:`announces_merits`, Simplified view) turns after a
    clause mark with 但/却/然而/不过/可是 to a clause that states a shortcoming (:func:`sentence_aspect` of the text
    after the last turn is challenge): ``一是区位优越，但交通短板明显。`` states its challenge; a strength that negates a
    shortfall word (``没有城乡差距``) does not. Linear in ``item``."""
    last = None
    for last in _MERIT_TURN.finditer(item):
        pass
    return last is not None and sentence_aspect(item[last.end():]) == CHALLENGE


#: Verbs of building or using strengths (``发挥三大优势``, ``打造以下优势``): a lead-in with one prescribes.
_MERIT_USE = LazyPattern(r"发挥|利用|用好|打造|形成|培育|强化|巩固|扩大|放大|转化|把握|抓住")


def _method_lead_in(lead: str) -> bool:
    """True for a short lead-in (at most :data:`METHOD_LEAD_CHARS` characters) that opens with a word of the
    ``method_lead`` cue group (``方法并不复杂，``, ``具体办法是：``) and names no problem (``方法上存在不足`` does): the
    list after it gives the steps of what the sentence before it stated."""
    s = lead.strip()
    return (0 < len(s) <= METHOD_LEAD_CHARS and s.startswith(lexicon().words("method_lead"))
            and not any(a == CHALLENGE for _, a in heading_cues(s)))


def context_aspect(sentence: str) -> str | None:
    """The aspect a sentence gives the list announced right after it by a lead-in that names none
    (:func:`neutral_lead_in`): challenge when it announces problems (:func:`announces_problems`), states one as
    prose does (:func:`prose_aspect`), signals one (``problem_signal`` cue group: ``……现象值得警惕``, ``不容忽视``),
    or ends by saying that a phenomenon exists (``……存在“上热下冷”的现象``); recommendation when it prescribes."""
    s = sentence.strip()
    if not s:
        return None
    if announces_problems(s) or has_cue(s, "problem_signal"):
        return CHALLENGE
    clause = _last_clause(s)
    if clause.endswith("现象") and has_cue(clause, "announce_verb"):
        return CHALLENGE
    aspect = prose_aspect(s)
    return aspect if aspect in (CHALLENGE, RECOMMENDATION) else None


#: Longest opening sentence (characters) of a speech's 第一，… paragraph read as the heading of a section.
DIRECTIVE_CHARS = 40


def _directive_aspect(heading: str) -> str | None:
    """The aspect of the opening sentence of a speech's numbered paragraph (``要清醒认识当前存在的突出问题``: the cue
    noun nearest its end; ``要突出重点，抓好几项关键改革``: addressed to the audience with a modal, a measure; else
    :func:`item_vote`)."""
    h = heading.strip().rstrip("。；;：:")
    named = heading_aspect(h)
    if named in (CHALLENGE, RECOMMENDATION):
        return named
    if h.startswith(lexicon().words("modal")):
        return RECOMMENDATION
    return item_vote(h)


#: A first line at most this long that names an aspect (主要问题, 存在的问题, 对策建议) over a list is a section
#: heading, not the document's title.
SECTION_NAME_CHARS = 8
#: Longest numbered heading (characters) read as the section after a background heading line that nests it
#: (``aspects`` ``_sections_after_background``): a heading, not a sentence.
BACKGROUND_NEXT_SECTION_CHARS = 30
#: A heading line that labels an essay's opening background (``引言``, ``引言：督查通报的制度定位``, ``背景``, ``前言``,
#: ``研究背景与意义``): what follows it is motivation, its own numbered sections are not. Anchored, bounded.
_BACKGROUND_LABEL = LazyPattern(r"(?:#{1,6}\s{0,2})?(?:引言|前言|导言|導言|绪论|緒論|背景|研究背景|问题的提出|問題的提出)"
                               r"(?:与意义|與意義|及意义|及意義)?(?:\s{0,2}[:：].{0,40})?$")
#: Longest topic label and one-sentence body (characters) of a status section's item read as a problem found.
STATUS_LABEL_CHARS = 12
STATUS_BODY_CHARS = 150
#: The characters that end a sentence or a ；-part of an item's body, or break its line (:data:`_STATUS_BODY_BREAK`,
#: :data:`_BODY_SENTENCE_END`, :data:`summarizer.points._BODY_PART_END`).
BODY_BREAK_CHARS = "。！？!?；;\n"
#: A sentence end or line break inside a status item's body: a body of more than one sentence.
_STATUS_BODY_BREAK = LazyPattern(f"[{BODY_BREAK_CHARS}]")
#: A series of bare heading lines that :func:`analyze` reads as one list of problem or measure headings (corpus20): at
#: least SERIES_MIN_HEADINGS of them in a row, each SERIES_HEADING_MIN_CHARS to SERIES_HEADING_CHARS characters long
#: with no punctuation, each over a body of at least SERIES_BODY_CHARS characters (to the next item).
SERIES_MIN_HEADINGS = 3
SERIES_HEADING_MIN_CHARS = 4
SERIES_HEADING_CHARS = 16
SERIES_BODY_CHARS = 20


#: Characters that may stand between a titled item's heading and its first sub-item when the item holds nothing else
#: (:func:`_bare_outline`): the heading's end punctuation and spaces.
_HEADING_GAP = frozenset("。．.：:；;，, \t\u3000")


#: A first line that names a column, then the piece's topic (``坦言集：房屋问题``, ``时评：住房问题``): two to six
#: characters of CJK, a colon, then the topic. Such a line is the title even when its topic ends in a section's noun.
_COLUMN_TITLE = LazyPattern(rf"[{CJK}]{{2,6}}[：:][^\S\n]{{0,2}}[{CJK}]{{2,{SECTION_NAME_CHARS}}}")


#: The separators of a page title's parts (``杜骏飞｜抗疫下半场：12个基本问题``: the author, then the piece's title).
_TITLE_PART_SPLIT = LazyPattern(r"[｜|丨]")
#: Fewest characters of a title part that a line must repeat to be the title again (:func:`repeats_title`).
TITLE_PART_CHARS = 8
#: Most characters besides the repeated title part on a line that is the title again (a byline's name glued to it).
TITLE_BYLINE_CHARS = 6


def repeats_title(line: str, title: str) -> bool:
    """Whether the heading ``line`` (stripped) is the essay's ``title`` line again: the same text, or a line that
    opens or closes with one ``｜``-separated part of the title of at least :data:`TITLE_PART_CHARS` characters and
    holds at most :data:`TITLE_BYLINE_CHARS` characters more (a page's ``作者｜标题`` title, then the piece's own
    title line with its byline glued on: ``抗疫下半场：12个基本问题杜骏飞``). Such a line names the topic, as the title
    does, not a section of problems (``…12个基本问题``). Linear in the lengths."""
    if line == title:
        return True
    for part in _TITLE_PART_SPLIT.split(title):
        part = part.strip()
        if (len(part) >= TITLE_PART_CHARS and len(part) < len(title) and len(line) - len(part) <= TITLE_BYLINE_CHARS
                and (line.startswith(part) or line.endswith(part))):
            return True
    return False


#: What may stand under a heading line that heads nothing (:data:`_HEADING_GAP`: its end punctuation, spaces; and
#: line breaks).
_HEADING_GAP_CHARS = "".join(sorted(_HEADING_GAP)) + "\n"


#: Fewest characters of a heading with nothing under it that states a point (:func:`_bodiless_statement`).
BODILESS_STATEMENT_CHARS = 12
#: Fewest items of a numbered run of such headings read as a findings list (:func:`analyze`, corpus23b).
BODILESS_RUN_MIN_ITEMS = 3
#: Most white space between a list of points and a list in other markers right after it that goes on with it
#: (:func:`analyze`; fix40b).
LIST_GAP_CHARS = 8


#: What may stand after a numbered heading with nothing under it besides :data:`_HEADING_GAP_CHARS`: nothing, or the
#: conjunction before a list's last item (``1. 建议增设…；及 ⏎ 2. …``; :func:`_bodiless_statement`).
_LIST_ITEM_TAILS = ("", "及", "以及", "和", "与", "或")


def _bodiless_statement(structure: Structure, item: Item, aspect: str) -> bool:
    """Whether ``item`` is a numbered heading of at least :data:`BODILESS_STATEMENT_CHARS` characters with no sub-item
    and no text under it (only its end punctuation, a list's 及 and spaces before the next item) that states ``aspect``
    as a sentence does (its clause punctuation or its predicate, :func:`names_aspect_section` false:
    ``食品衛生管理工作缺失頻傳,督導成效不佳``, not ``存在的主要问题``): a findings list typed as headings (corpus23b), or
    a list of one-line proposals among which the long ones are no headings glued to a body (``1. 建议增设接驳巴士，并对
    营办商加强监管，保障居民的权益；``, a bare proposal: :func:`_bare_proposal`; council32). Linear in the heading and its
    gap to the next item."""
    if item.children or item.family == "line" or not item.titled:
        return False
    text = structure.text
    if text[item.heading_end:item.end].strip(_HEADING_GAP_CHARS) not in _LIST_ITEM_TAILS:
        return False  # (only its end punctuation, or a list's 及 before the last item: 1. 建议…；及 ⏎ 2. …; council32)
    head = structure.heading(item).strip()
    if len(head) < BODILESS_STATEMENT_CHARS or names_aspect_section(head, aspect) or run_in_label(head) is not None:
        return False  # (•应对措施：组织…。: a run-in label's item is read past its label, not whole)
    # (建议入伙安排中加入「长者登记制度」，要求…: a proposal verb with no speaker opens the author's proposal, whatever
    # words its action holds: :func:`_bare_proposal` of its first clause)
    return item_vote(head) == aspect or aspect == RECOMMENDATION and _bare_proposal(_CLAUSE_SPLIT.split(head, 1)[0])


def bare_topic_line(structure: Structure, item: Item) -> bool:
    """Whether ``item`` is a line with no sub-item and no text under it (only its end punctuation and spaces before the
    next item) whose cue noun does not open it (``c.家居策略、社区服务体系`` ⏎ ``d.医疗资源优先供给``: a topic label among
    others, here the fields a question lists): such a line heads no section, whatever aspect its noun names. A line
    that opens with its cue (``建议压缩铝罐及塑料`` ⏎ a picture line) proposes and is read as before. Bounded: the
    line's gap to the next item and its heading's first 40 characters."""
    if item.children or item.family != "line" or structure.text[item.heading_end:item.end].strip(_HEADING_GAP_CHARS):
        return False
    cues = heading_cues(_mask_compounds(structure.heading(item).strip()[:40]))
    return not cues or cues[0][0] > 2


def _bare_outline(text: str, item: Item, first: Item) -> bool:
    """Whether ``first`` (a titled sub-item of the titled ``item``) follows ``item``'s heading with nothing but its end
    punctuation between (``三、聚焦重点攻坚。（一）建立清单机制。（二）聚焦关键领域。``): the item's body is its list of
    sub-headings, an outline written inline, and each sub-item is a point as it would be on a line of its own.
    Bounded by the gap (at most a few characters are read)."""
    if not (item.titled and first.titled) or not item.start <= item.heading_end <= first.start:
        return False
    gap = first.start - item.heading_end
    return gap <= 3 and all(ch in _HEADING_GAP for ch in text[item.heading_end:first.start])


#: A subhead of a topic, a colon and a short tail (``医委会投诉机制：行政效率的挑战``): the topic 2-16 characters, the tail
#: 2-12, neither holding a clause mark. Anchored, bounded.
_SUBTITLE_SPLIT = LazyPattern(r"([^，,。；;：:！？!?\s]{2,16})[：:]\s{0,2}([^，,。；;：:！？!?]{2,12})")


def appeal_crosshead(heading: str) -> bool:
    """Whether a heading line is a news crosshead that reports an appeal (``吁正视阶级和薪资差距``, ``呼吁缩小薪资差距``,
    ``籲政府檢討…``): it opens with a verb of appealing (``appeal_opener`` cue group) and holds no clause
    mark. Such a line sums up the paragraph under it, whose speaker the story reports; the problem noun it names
    (差距) heads no section of problems, and the measures and problems below are read as prose (trialfix23a P).
    Bounded: a heading of at most 30 characters is read."""
    h = heading.strip()
    return (0 < len(h) <= 30 and h.startswith(lexicon().words("appeal_opener"))
            and not any(ch in h for ch in "，,。；;：:"))


#: A news feature's conceded crosshead (``独居长者支援不少 惟覆盖不到三分一``, ``中心名额不少 惟等候逾一年``): what is
#: granted (2-16 characters, no clause mark) ending in a word of plenty or of gain (``conceded_grant`` cue group:
#: 不少, 增加, 有所改善 …), a space or none, then 惟/但/却/可惜 and the shortfall the paragraph argues (3-16
#: characters). Anchored, bounded.
@lru_cache(maxsize=1)
def _conceded_crosshead_re() -> re.Pattern[str]:
    grants = cue_alternation("conceded_grant")
    return re.compile(r"[^，,。；;：:！？!?]{1,14}?(?:%s)[ \t\u3000]{0,2}(?:惟|唯|但|却|可惜)(?!是)"
                      r"[^，,。；;：:！？!?]{3,16}" % grants)


def conceded_crosshead(heading: str) -> bool:
    """Whether a heading line (Simplified view) grants a good and turns to the shortfall (:func:`_conceded_crosshead_re`:
    ``独居长者支援不少 惟覆盖不到三分一``): the turn states the problem the feature's paragraph argues, with or without a
    problem word (Part 126's 7074), and prescribes nothing (no strong modal after the turn). One anchored match:
    linear in the heading."""
    h = heading.strip().rstrip("。.！!")
    return _conceded_crosshead_re().fullmatch(h) is not None and not strong_modal(h)


#: A short heading that states a risk of its subject (``硒鼓留存有风险``, ``管理不严有隐患``, ``随意外印犯大忌``): two to ten
#: characters of subject (no 的: ``存在的风险`` names a section), then a verb of having and a risk noun, or 犯大忌.
#: Anchored, bounded.
_RISK_STATEMENT = LazyPattern(r"[\u4e00-\u9fff]{2,10}?(?:有|存|藏|暗藏|埋)(?:风险|風險|隐患|隱患)|[\u4e00-\u9fff]{2,8}犯大忌")
#: Subjects of a risk heading that name a section of risks, not a risk (``存在风险``, ``潜在风险``).
_RISK_SECTION_WORDS = ("存在", "潜在", "潛在", "面临", "面臨", "主要", "可能", "哪些", "什么", "甚麼", "什麼")


#: A prospectus's risk-factor heading: the risk named by what may happen, then 的风险 (``应收账款回收的风险``,
#: ``客户集中的风险``); bounded, anchored at both ends (:func:`risk_factor_heading`).
_RISK_FACTOR = LazyPattern(r"([\u4e00-\u9fff、]{2,18})的(?:风险|風險)")
#: Verbs that open a measure against a risk (``防范…的风险``, ``化解…的风险``): such a heading names no risk factor.
_RISK_REMEDY_OPENERS = ("防范", "防範", "防止", "化解", "应对", "應對", "规避", "規避", "降低", "控制", "管控", "警惕", "避免")


def risk_factor_heading(heading: str) -> bool:
    """Whether ``heading`` (markers aside) names one risk factor as a prospectus or an annual report heads it: what may
    go wrong, then 的风险 (``(一)应收账款回收的风险``, ``技术更新换代的风险``): the heading is the risk, a challenge point
    of its own, over the paragraph that explains it (Part 171's 9780, 9790; k170171). Not a section's name (``存在的风险``,
    ``主要的风险``: :data:`_RISK_SECTION_WORDS`), a measure against a risk (``防范…的风险``: :data:`_RISK_REMEDY_OPENERS`)
    or a phrase holding a second 的 (``…发展的…的风险``: a topic's analysis). Constant work (an anchored, bounded match)."""
    m = _RISK_FACTOR.fullmatch(heading.strip().rstrip("：:。.！! "))
    if m is None:
        return False
    what = m.group(1)
    return not what.startswith(_RISK_SECTION_WORDS + _RISK_REMEDY_OPENERS) and "的" not in what


def risk_statement(heading: str) -> bool:
    """Whether ``heading`` (a crosshead, markers aside) states a risk of its subject (:data:`_RISK_STATEMENT`:
    ``硒鼓留存有风险``, ``管理不严有隐患``): a news item's or a tip sheet's crosshead over the paragraph that explains
    the risk, a challenge point of its own; not a section's name (``存在的风险``, ``主要风险``, ``存在风险``:
    :data:`_RISK_SECTION_WORDS`). Constant work (an anchored, bounded match)."""
    h = heading.strip().rstrip("：:。！!")
    return (len(h) <= 12 and _RISK_STATEMENT.fullmatch(h) is not None and "的" not in h
            and not h.startswith(_RISK_SECTION_WORDS)) or risk_factor_heading(h)


def problem_subtitle(heading: str) -> bool:
    """Whether a heading line (Simplified view) names a topic and, after its colon, the problem the paragraph under it
    argues (``医委会投诉机制：行政效率的挑战``, ``物流署采购风波：监管机制的疏漏``, ``殓房收费：政策设计的离地``): the tail
    after the colon (:data:`_SUBTITLE_SPLIT`) ends with a challenge noun after 的 (:func:`names_aspect_section`)
    or states a shortcoming (``prose_challenge`` words: :func:`_prose_deficits`), and proposes
    nothing. A subtitle that names measures (``…：改革的方向``) or a bare topic (``抗疫下半场：12个基本问题``: no 的
    before its noun) is none. A conceded crosshead with no colon (:func:`conceded_crosshead`: ``中心名额不少 惟等候逾
    一年``) states its problem too. Bounded (one anchored match on the heading)."""
    m = _SUBTITLE_SPLIT.fullmatch(heading.strip())
    if m is None:
        return conceded_crosshead(heading)  # 中心名额不少 惟等候逾一年: the shortfall after a granted good (k124126)
    tail = m.group(2).strip()
    if re.search(r"[一二三四五六七八九十0-9０-９]$", m.group(1)):
        return False  # 矛盾一：贫富恶化: a numbered label, its statement read as a labelled section's (points.labelled_statement)
    if strong_modal(tail) or heading_aspect(tail) == RECOMMENDATION:
        return False
    if has_cue(tail, "announce_verb"):
        return False  # 公园管理：当前面临的挑战: the name of a section of problems, no problem stated (lead21)
    # (a deficiency predicate, not a bare cue noun: 房屋问题 names a topic)
    return names_aspect_section(tail, CHALLENGE) or bool(_prose_deficits(tail))



#: Fewest characters of body under a subsection heading named by its aspect noun for it to be a section of its own
#: (:func:`analyze`), not a point over a line of notes.
SECTION_BODY_CHARS = 40


#: Most characters of a heading read as a bare topic label (:func:`topic_label_item`).
TOPIC_HEADING_MAX_CHARS = 12
#: Fewest characters of body (after the heading, up to the item's end) under a topic label for the body to be read.
TOPIC_LABEL_BODY_CHARS = 12
#: Most characters of body under a topic label for the body to be read instead of the label (a short paragraph or two).
TOPIC_LABEL_BODY_MAX_CHARS = 400
#: Characters that make a short heading a predicate rather than a bare topic noun phrase: negations, degree and
#: quantity adjectives, modals, aspect and result particles, 化 (沙化, 老龄化) (trialfix24a).
_TOPIC_LABEL_PREDICATE = LazyPattern(r"[不无未没非难缺欠低高大小多少差弱慢快重轻乱难要应需须该宜待仍尚化了着过与和加强以]|"
                                    r"纳入|争取|推进|完善|建立|健全|提升|提高|优化|疏远|平衡|均衡|严重|困难|问题|挑战|对策|建议|"
                                    r"污染|风险|隐患|矛盾|压力|短板|瓶颈|漏洞|危机|弊端|障碍|冲突|为何|为什么|怎么|如何|吗|呢|[？?]")
#: Characters a topic label may end with (its end punctuation), none of them a clause mark.
_TOPIC_LABEL_END = " \t\u3000.。"
#: Most characters of a run-in topic label closed by its own full stop (``1) 时间安排。…``) read as a topic label.
RUN_IN_TOPIC_CHARS = 6


def topic_label_item(structure: Structure, item: Item) -> bool:
    """Whether ``item`` is a titled item with no list of its own whose heading only names a topic (at most
    :data:`TOPIC_HEADING_MAX_CHARS` characters, no clause mark inside, no predicate of either aspect: :func:`item_vote`,
    :func:`_modal_vote`, :func:`sentence_aspect`, :func:`section_phrase` and the aspect-section words all give none —
    ``一、伙房及食品留样``, ``### 1.1 订单分配``, ``2) 道路收費制度的豁免收費者``) on a line of its own over a body of
    :data:`TOPIC_LABEL_BODY_CHARS` to :data:`TOPIC_LABEL_BODY_MAX_CHARS` characters that holds a full stop: the heading is a section title and its body's
    sentences state the points (role ``leaf``), not the label (trialfix24a). A heading that states a problem or a
    measure (``收入不稳定``, ``加强监管``) is read as before; so is any heading of a measures section (``充实服务队伍``,
    ``经费保障``: a verb-object phrase or a measure noun the imperative readers miss), so :func:`analyze` asks this of
    a problems section's items only. Bounded: the heading's first characters and the body's
    first :data:`SECTION_BODY_CHARS` * 4 characters."""
    if item.family == "line" or any(ch.run >= 0 for ch in item.children):
        return False
    head = structure.heading(item).strip().rstrip(_TOPIC_LABEL_END)
    if not 2 <= len(head) <= TOPIC_HEADING_MAX_CHARS or re.search(r"[，,；;：:！？!?、「」“”\"]", head):
        return False
    if item.end - item.heading_end > TOPIC_LABEL_BODY_MAX_CHARS:
        return False  # (a paper's long subsection, # 2.2项目内容 over pages of prose: its label stands for it as before)
    gap = structure.text[item.heading_end:min(item.end, item.heading_end + SECTION_BODY_CHARS * 4)]
    body = gap.strip()
    run_in = "\n" not in gap[:len(gap) - len(gap.lstrip(_TOPIC_LABEL_END + "\r\n"))]
    if run_in and not (len(head) <= RUN_IN_TOPIC_CHARS
                       and structure.text[item.heading_end - 1:item.heading_end] in "。.:："):
        # (a run-in heading, （三）运营经费紧张。站点…: its own sentence states the point; not a bare topic of a few
        # characters closed by its own full stop, 1) 时间安排。各中心的窗口通常只有一两个…: p60)
        return False
    if not item.titled and not run_in:
        return False
    if len(body) < TOPIC_LABEL_BODY_CHARS or not re.search(r"[。！？!?；;]", body):
        return False
    if topic_label(head) and not run_in:
        return False  # (人才方面, 技术层面: a dimension label, whose body's turn points.py reads already)
    bare = _mask_non_modals(head)  # (材料要求, 主要内容: a word that holds 要 without being a modal; p60)
    if _TOPIC_LABEL_PREDICATE.search(bare) or starts_imperative(head) or cue_pattern("modal").search(bare) \
            or cue_pattern("challenge_predicate").search(head):
        return False  # (工作量大, 效率仍需提升, 邻里关系疏远, 土地沙化, 争取合理价格: a predicate, not a bare topic)
    if item_vote(head) or _modal_vote(head) or sentence_aspect(head) in (CHALLENGE, RECOMMENDATION):
        return False
    return not (names_aspect_section(head, CHALLENGE) or names_aspect_section(head, RECOMMENDATION)
                or section_phrase(head, CHALLENGE) or section_phrase(head, RECOMMENDATION))


def reports_findings(lead: str) -> bool:
    """True when ``lead`` (the text before a list's first item) ends by reporting what a study found (``findings_lead``
    cue group: 研究发现, 调查表明 …, then at most a colon or a comma and spaces: ``…的优化路径，研究发现：``): the items after it
    are findings, each of its own aspect (corpus22). Bounded: reads the end of the lead."""
    tail = lead.rstrip().rstrip(":：,，").rstrip()
    return tail.endswith(lexicon().words("findings_lead"))


#: Most characters before a ``findings_lead`` word (研究结果表明: 研究结果 is its subject) in a sentence that opens by
#: reporting what a study found (:func:`opens_with_findings`).
FINDINGS_OPENING_CHARS = 6


def opens_with_findings(clause: str) -> bool:
    """True when ``clause`` (a sentence's first clause) opens by reporting what a study found: a ``findings_lead`` word
    (研究发现, 结果表明, 调查显示 …) within its first :data:`FINDINGS_OPENING_CHARS` characters plus the word
    (``研究结果表明大湾区…``, ``研究发现，``): a frame over findings, no imperative opening (研究 reads as a verb). Reads
    a bounded opening: constant work."""
    head = clause.lstrip()[:FINDINGS_OPENING_CHARS + 4]
    # (the leftmost word found is the smallest of the words' first offsets: one search, not a find a word; speed40)
    found = _cue_search("findings_lead")(head)
    return found is not None and found.start() <= FINDINGS_OPENING_CHARS


def body_field_label_aspect(text: str, item: Item) -> str | None:
    """The aspect (CHALLENGE or RECOMMENDATION) of the field label that opens the body of ``item`` (in ``text``, the
    structure's text) on the line after its heading (:func:`run_in_label`: ``问题清单：…``, ``存在问题：…``,
    ``整改措施：…``, ``问题：…``); None when the body opens otherwise (on the heading's line, with no label, or with a
    label of neither aspect). Reads the heading's end and at most twice :data:`ASPECT_LABEL_CHARS` characters of the
    body: constant work."""
    a = item.heading_end
    while a < item.end and text[a] in " \t\u3000：:":
        a += 1
    if a >= item.end or text[a] != "\n":
        return None
    while a < item.end and text[a] in " \t\u3000\n":
        a += 1
    label = run_in_label(text[a:min(item.end, a + 2 * ASPECT_LABEL_CHARS)])
    return label[1] if label is not None and label[1] in (CHALLENGE, RECOMMENDATION) else None


def _field_labelled_body(text: str, item: Item) -> bool:
    """Whether the body of ``item`` (in ``text``, the structure's text) opens, on the line after its heading, with a
    field label that names an aspect (:func:`body_field_label_aspect`): a rectification report's item, whose labelled
    lines state its problem and its measure. Constant work."""
    return body_field_label_aspect(text, item) is not None


def _problem_sections_before_measures(structure: Structure, run: list[Item],
                                      own: list[str | None]) -> list[str | None]:
    """``own`` (the aspect each section of ``run`` names) with every untyped section that stands after a problems
    section and before the measures section that ends the problems (一、工作压力与时间限制 ⏎ 二、收入不稳定与成本负担 ⏎
    三、交通安全与工作环境 ⏎ 四、…解决方案) read as a problems section: the genre analyses its difficulties section by
    section, each named by its topic, then turns to the measures (p27struct kind 4). Only a section named by a bare
    topic is carried (at most :data:`TOPIC_HEADING_MAX_CHARS` characters, no clause mark, no vote of a measure:
    ``企业智库的发展要把…作为核心竞争力`` argues a measure, ``理论基础：…`` labels a part of a paper, and no plan's part
    named by a ``topic_head`` noun, :func:`topic_label`: ``理论框架``, ``目标设定``). A section after the
    measures, or before the first problems section (引言, 现状), keeps its own reading; a background (OTHER) section
    between stops the carry. One pass over the run: linear."""
    def topic(it: Item) -> bool:
        head = structure.heading(it).strip().rstrip(_TOPIC_LABEL_END)
        return (it.titled and 2 <= len(head) <= TOPIC_HEADING_MAX_CHARS
                and not re.search(r"[，,；;：:！？!?「」“”\"]", head)
                and item_vote(head) != RECOMMENDATION and not _modal_vote(head) and not starts_imperative(head)
                and not topic_label(head) and not head.startswith(lexicon().words("topic_head")))

    out = list(own)
    k = 0
    while k < len(out):
        if out[k] != CHALLENGE:
            k += 1
            continue
        j = k + 1
        while j < len(out) and out[j] is None and topic(run[j]):
            j += 1
        if j < len(out) and j > k + 1 and out[j] == RECOMMENDATION:
            for m in range(k + 1, j):
                out[m] = CHALLENGE
        k = j
    return out


#: How a research or report title ends or opens (``农村养老问题研究``, ``关于…的调研报告``, ``浅析…``), Simplified and
#: Traditional: a first line so written is the essay's title even when it names an aspect (问题) and a list follows.
_TITLE_SHAPE_ENDS = ("研究", "调研报告", "調研報告", "调查报告", "調查報告", "探析", "浅析", "淺析", "初探", "刍议",
                     "芻議", "思考", "研究报告", "研究報告", "探讨", "探討")
_TITLE_SHAPE_OPENS = ("关于", "關於", "浅析", "淺析", "浅谈", "淺談", "试论", "試論", "略论", "略論")
#: Fewest Chinese characters of the topic a title-shaped line names besides its shape word.
TITLE_SHAPE_TOPIC_CJK = 4
#: Most characters of a title-shaped line.
TITLE_SHAPE_CHARS = 40


def title_shaped(line: str) -> bool:
    """Whether ``line`` (an essay's stripped first line) is written as a research or report title: it opens or ends
    with a :data:`_TITLE_SHAPE_OPENS`/:data:`_TITLE_SHAPE_ENDS` word around a topic of at least
    :data:`TITLE_SHAPE_TOPIC_CJK` Chinese characters, with no sentence or clause mark, colon or list number
    (``存在的问题`` and ``一、问题研究`` are sections; ``农村养老问题研究`` is a title: ux36). Such a line names the
    essay's topic, never a section: :func:`analyze` gives it no aspect even over a list (fix36b). O(len(line))."""
    if not line or len(line) > TITLE_SHAPE_CHARS or any(ch in line for ch in "。！？!?；;，,:：、\t"):
        return False
    for word in _TITLE_SHAPE_ENDS:
        if line.endswith(word):
            return len(CJK_RE.findall(line[:-len(word)])) >= TITLE_SHAPE_TOPIC_CJK
    for word in _TITLE_SHAPE_OPENS:
        if line.startswith(word):
            return len(CJK_RE.findall(line[len(word):])) >= TITLE_SHAPE_TOPIC_CJK
    return False


#: Most characters of a first line that names its topic and then one section (``基层治理存在的问题``) over a list
#: of its own: :func:`topic_section_title`.
TOPIC_SECTION_TITLE_CHARS = 24


def topic_section_title(line: str) -> bool:
    """Whether ``line`` (an essay's stripped first line) is a title that names its topic and then one section:
    longer than :data:`SECTION_NAME_CHARS` and at most :data:`TOPIC_SECTION_TITLE_CHARS` characters, no sentence
    or clause mark or colon, ending with a section noun (``基层治理存在的问题``, ``做好社区养老工作的几点建议``) after
    at least one character of topic, and naming one aspect only (``…存在的问题与对策`` names two, a research title
    :func:`title_shaped` none). Such a line is the essay's title and heads the list under it as that section (ux37:
    the list of ``基层治理存在的问题 ⏎ 1.人员不足 ⏎ 2.经费紧张`` gave only the items that state a problem on their
    own). O(len(line))."""
    if (not SECTION_NAME_CHARS < len(line) <= TOPIC_SECTION_TITLE_CHARS
            or any(ch in line for ch in "。！？!?；;，,:：、\t") or title_shaped(line)):
        return False
    final = _final_section_noun(line)
    if final is None or final[0] == 0 or final[1] not in (CHALLENGE, RECOMMENDATION):
        return False
    return {aspect for _, aspect in heading_cues(line)} == {final[1]}


#: A heading that opens with a short label and its number before a colon or a list comma (``问题一：``, ``对策2:``,
#: ``建议三、``): a numbered section of a series; the label's words say which aspect (:func:`heading_aspect`).
_NUMBERED_ASPECT_LABEL = LazyPattern(r"[^\W\d_]{1,4}?(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s{0,2}[：:、.．]")


#: What may close a bare section name after its noun (``存在问题：``, ``【对策建议】``).
_SECTION_NAME_CLOSERS = " \t\u3000：:】]）)"


#: Where a sentence of an item's body ends (:func:`analyze`'s check of a run's bodies): one split, linear.
_BODY_SENTENCE_END = LazyPattern(f"(?<=[{BODY_BREAK_CHARS}])")


def analyze(structure: Structure) -> list[ItemRole | None]:
    """The aspect and role of every item of ``structure``: a list parallel to ``structure.items``."""
    roles: dict[int, ItemRole] = {}  # keyed by id(item) while the tree is walked

    def heading_of(it: Item) -> str:
        return structure.heading(it)

    def _body_states_measure(it: Item) -> bool:
        # 首先，纪要往往拖到会后很久才整理。为了解决这个问题，我们可以…: an item whose body turns to the author's own
        # measure is a problem-and-remedy pair, not a bare problem; the run is not announced as problems alone, and
        # each sentence keeps its own reading (test_newuser39c's first-person remedies). One pass over the body.
        body = structure.text[it.heading_end:it.end]
        return any(sentence_aspect(x) == RECOMMENDATION for x in _BODY_SENTENCE_END.split(body) if x.strip())

    # the essay's own first line (its title); a line repeating it further down (a page's title, then its markdown
    # `# title` heading) is the title again, not a section named by the words of the title (…，查找不足)
    first = structure.items[0] if structure.items else None
    title_head = heading_of(first).strip() if first is not None and first.family == "line" and first.start == 0 \
        else None

    def _topic_label_over_measure(it: Item) -> bool:
        # 2、应急演练问题：加大演练频次，…: a heading that names a problem's topic over a body that opens with the
        # measure (_topic_problem_label) names no problems section; the body keeps its own reading (6648)
        return it.titled and topic_label_end(structure.text[it.content_start:min(it.end, it.content_start + 120)]) > 0

    def _is_title(it: Item) -> bool:
        return it.family == "line" and (it.start == 0 or (title_head is not None
                                                          and repeats_title(heading_of(it).strip(), title_head)))

    def _opens_with_section(it: Item) -> bool:
        # a document that opens straight with a section (存在的问题 ⏎ 1.… ⏎ 对策建议 ⏎ 1.…) has no title line: a short
        # heading that is only a section name, over a list of its own, is that section
        head = heading_of(it).strip()
        if _NUMBERED_ASPECT_LABEL.match(head) and heading_aspect(head) in (CHALLENGE, RECOMMENDATION):
            # 问题一：人员不足 ⏎ 社区工作者只有五个人…: a numbered aspect label (问题一, 对策2) opens the first of a
            # series of sections, never a title, which names the essay's topic and numbers nothing (left43)
            return True
        if title_shaped(head):
            return False  # 农村养老问题研究 ⏎ 一是…二是… ⏎ 为此，建议…: a research title names the topic (fix36b)
        if _COLUMN_TAG.fullmatch(head):
            # a 申论 record that opens with its exam material (【背景材料】, 【给定资料】): a column tag is never a title
            return heading_aspect(head) is not None
        if _COLUMN_TITLE.fullmatch(head):
            return False  # 坦言集：房屋问题: a column's name, then the piece's topic: the title (userfix19 F9)
        if len(head) > SECTION_NAME_CHARS:
            # 基层治理存在的问题 ⏎ 1.人员不足 ⏎ 2.经费紧张: a title naming its topic and one section heads the list
            # that is its whole body, right under it (topic_section_title; ux37)
            # of short items: an item with a body of its own (a sub-list, a factor lead-in and its lines) is read
            # by its own words, as under any title (托育服務的地方化困境 ⏎ 1. 場地與人力:… ⏎ 中央只訂標準,…以下因素:)
            kids = it.children
            return (topic_section_title(head) and bool(kids) and kids[0].run >= 0
                    and all(ch.run == kids[0].run and not ch.children
                            and not structure.text[ch.heading_end:ch.end].strip() for ch in kids)
                    and not structure.text[it.heading_end:kids[0].start].strip())
        # (a short headline whose aspect noun a predicate follows, 养老问题不能再拖 / 养老难题如何破解, is the title that
        # names the topic: a section's name ends with its noun; try44)
        return (any(ch.run >= 0 for ch in it.children)
                and heading_aspect(head) in (CHALLENGE, RECOMMENDATION)
                and _final_section_noun(head.rstrip(_SECTION_NAME_CLOSERS)) is not None)

    def visit(children: list[Item], inherited: str | None) -> None:
        if inherited is None:
            _heading_line_series(children)
        runs: dict[int, list[Item]] = {}
        order: list[int] = []
        for ch in children:
            key = ch.run if ch.run >= 0 else -id(ch)
            if key not in runs:
                runs[key] = []
                order.append(key)
            runs[key].append(ch)
        previous: str | None = None  # aspect of the last list of points at this level
        previous_family: str | None = None  # the marker family of that list
        inherited_family: str | None = None  # the marker family of the last list read as the section's (fix38)
        previous_end = -1  # where that list of points ends (offset into structure.text)
        for key in order:
            run = runs[key]
            if all(id(it) in roles for it in run):
                continue  # (a series of bare heading lines read as one list: _heading_line_series)
            # the line that opens an essay is its title (关于基层治理问题的思考): it names the topic, not a section
            # an item right after a lead-in's colon (…以下问题：一.…二.…) is run-in whatever its marker: no section
            # so is a list line with no body after a lead-in (主要问题：⏎- 设备维护长期滞后 ⏎- …: notes without full stops)
            # (a subhead that names its topic and then the problem its paragraph argues, 医委会投诉机制：行政效率的挑战,
            # heads no section: it is a point, its paragraph free prose; points.extract_points, trialfix21c)
            own = [None if (_is_title(it) and not _opens_with_section(it)) or not it.titled
                   or ends_as_lead_in(_lead_in(structure.text, run[0].start))
                   and (not line_opens_at(structure.text, run[0].start) or _bare_line_item(it))
                   or it.family == "line" and it.start > 0 and problem_subtitle(heading_of(it))
                   or it.family == "line" and it.start > 0 and appeal_crosshead(heading_of(it))
                   or _topic_label_over_measure(it)
                   else heading_aspect(heading_of(it), title=it.family == "line") for it in run]
            # a run whose headings name different aspects (一、存在的问题 / 二、对策建议) is a run of sections
            # wherever it stands, never a list of points of an enclosing aspect
            sections = (len({a for a in own if a}) >= 2 or _names_other_section(run, own, inherited)
                        or inherited == OTHER and _sections_after_background(run, own))
            if inherited in (CHALLENGE, RECOMMENDATION) and not sections:
                run_aspect = _run_lead_aspect(run[0], inherited)
                if run_aspect == inherited and _other_aspect_run(run, inherited, inherited_family):
                    run_aspect = RECOMMENDATION if inherited == CHALLENGE else CHALLENGE
                inherited_family = run[0].family if run[0].run >= 0 else inherited_family
                parent_head = heading_of(run[0].parent) if run[0].parent is not None else ""
                for it in run:
                    sub = [ch for ch in it.children if ch.run >= 0]
                    head = heading_of(it)
                    if it.titled and neutral_part(parent_head, head):
                        # 1.2 行业面临的挑战与机遇 ⏎ 1.2.2 发展机遇分析: the opportunities' half of the section (lefts23b)
                        roles[id(it)] = ItemRole(OTHER, "other")
                        visit(it.children, OTHER)
                        continue
                    head = _CLAUSE_SPLIT.split(head, 1)[0] if len(head) > 30 else head  # a heading glued to its body
                    if it.titled and (len(sub) >= 2 or _nested_single(it, sub)) and (
                            item_vote(head) != run_aspect or names_aspect_section(head, run_aspect)):
                        # a heading that names a part (主动健康的卫生服务主体) over a list of its own: the list
                        # items are the points
                        roles[id(it)] = ItemRole(run_aspect, "section")
                        visit(it.children, run_aspect)
                    elif (it.titled and not sub and it.family != "line" and section_phrase(head, run_aspect)
                          and it.end - it.heading_end >= SECTION_BODY_CHARS
                          and not (run_aspect == CHALLENGE and risk_factor_heading(head))):
                        # 1.2 参与意愿与能力不足的深层原因 ⏎ …时间成本高：…。参与效能感低：…: a subsection named by its aspect
                        # noun over a paragraph: the paragraph states the points, the heading none (trialfix21c, K13)
                        roles[id(it)] = ItemRole(run_aspect, "leaf")
                    elif run_aspect == CHALLENGE and topic_label_item(structure, it):
                        # ### 1.1 订单分配 ⏎ 一些骑手反映,订单分配存在歧视现象…: a heading that only names a topic over a
                        # paragraph titles it; the paragraph states the points (trialfix24a)
                        roles[id(it)] = ItemRole(run_aspect, "leaf")
                    else:
                        # 1. 遭遇困難：… 2. 因應對策：訂定…: an item whose own run-in field label names the other
                        # aspect states that aspect, not the run's (a plan report's labelled fields; Part 78's 4174)
                        label = run_in_label(head)
                        own_aspect = label[1] if label is not None and label[1] in (CHALLENGE, RECOMMENDATION) \
                            else run_aspect
                        if run_aspect == CHALLENGE and _topic_label_over_measure(it):
                            own_aspect = RECOMMENDATION  # (具体问题分析 ⏎ 2、医疗资源配置问题：加大医疗投入…; 6648)
                        roles[id(it)] = ItemRole(own_aspect, "point")
                        _sub_points(it, own_aspect)
                continue
            if inherited == OTHER and not sections:
                parent = run[0].parent
                if ((len(run) >= 2 or topic_label_item(structure, run[0]))
                        and announces_problems(_lead_in(structure.text, run[0].start))
                        and not (parent is not None and has_cue(heading_of(parent), "exam_material"))):
                    # a 现状 section that turns from achievements to problems (但应看到，…还有不少问题有待解决。
                    # 一是…二是…): the list its lead-in announces states the essay's problems (not in exam material)
                    for it in run:
                        if topic_label_item(structure, it):
                            # 遇到了诸多问题。⏎ 1) 时间安排。各中心的窗口…: a topic label over the problem its body
                            # states (trialfix24a; p60)
                            roles[id(it)] = ItemRole(CHALLENGE, "leaf")
                            continue
                        roles[id(it)] = ItemRole(CHALLENGE, "point")
                        _sub_points(it, CHALLENGE)
                    continue
                label = _label_lead_aspect(_lead_in(structure.text, run[0].start))
                if label is not None and not (parent is not None and has_cue(heading_of(parent), "exam_material")):
                    # 案例一 ⏎ 问题描述：… ⏎ 解决方案： ⏎ - … : inside a case (or other background section) a bare
                    # label line that names an aspect (解决方案：, 存在问题：) announces the list right after it
                    for it in run:
                        roles[id(it)] = ItemRole(label, "point")
                        _sub_points(it, label)
                    continue
                status = parent is not None and names_status_section(heading_of(parent))
                for it in run:
                    named = sub = None
                    if status and it.titled:
                        sub = any(ch.run >= 0 for ch in it.children)
                        named = status_subsection(heading_of(it), line=it.family == "line", sub=sub)
                    if named is not None:
                        # 一、…现状分析 ⏎ 1.2 行业面临的挑战与机遇 ⏎ 1.2.1 主要挑战分析 ⏎ …: a status section's subsection
                        # that names an aspect's section heads that section (over items of its own) or is its leaf
                        # (over a paragraph); its own headings and paragraphs state the points (lefts23b, weak23)
                        roles[id(it)] = ItemRole(named, "section" if sub else "leaf")
                        visit(it.children, named)
                        continue
                    if status and it.titled and not it.children and _status_item_states_shortfall(it):
                        # (三)逾期办理情况。3月份有10件逾期，其中…各1件: a bulletin's status item labelled by its topic
                        # whose one sentence states a fault found is a problem, as its counts are not (Part 74's 3936)
                        roles[id(it)] = ItemRole(CHALLENGE, "leaf")
                        continue
                    if status and it.titled and item_vote(heading_of(it)) == CHALLENGE:
                        # (一)自然条件恶劣…，农村生产、生活条件极差 under 一、…发展现状: a status section's item whose
                        # heading states a shortcoming is a problem of the essay, as its achievement items are not
                        roles[id(it)] = ItemRole(CHALLENGE, "point")
                        _sub_points(it, CHALLENGE)
                        continue
                    roles[id(it)] = ItemRole(OTHER, "other")
                    visit(it.children, OTHER)
                continue
            if sections or sum(1 for a in own if a) * 2 >= len(run) and not _announced_list(run, own) or any(
                    _names_section(it, a) for it, a in zip(run, own)):
                # a run of section headings (一、存在的问题 / 二、对策建议): each names its own aspect
                own = _problem_sections_before_measures(structure, run, own) if sections else own
                for it, aspect in zip(run, own):
                    if aspect in (CHALLENGE, RECOMMENDATION) and bare_topic_line(structure, it):
                        # c.家居策略、社区服务体系 ⏎ d.…: a line with no text under it heads no section (a topic
                        # label among others, a question's list of fields)
                        roles[id(it)] = ItemRole(None, "none")
                    elif aspect in (CHALLENGE, RECOMMENDATION) and _bodiless_statement(structure, it, aspect):
                        # corpus23b: 二、食品衛生管理工作缺失頻傳,督導成效不佳 ⏎ 三、… (a report's findings as a list of
                        # headings with nothing under them): a heading that states its aspect heads no section, it is
                        # the point
                        roles[id(it)] = ItemRole(aspect, "point")
                    elif aspect == CHALLENGE and not it.children and risk_statement(heading_of(it)):
                        # 硒鼓留存有风险 ⏎ 硒鼓内置的芯片…: a news crosshead that states a risk of its subject is the
                        # point its paragraph explains, no section named (k159160)
                        roles[id(it)] = ItemRole(aspect, "point")
                    elif aspect in (CHALLENGE, RECOMMENDATION):
                        roles[id(it)] = ItemRole(aspect, "section" if it.children else "leaf")
                        visit(it.children, aspect)
                    elif aspect == OTHER:
                        roles[id(it)] = ItemRole(OTHER, "other")
                        visit(it.children, OTHER)
                    elif not it.children and len(heading_of(it)) >= 10 and item_vote(heading_of(it)) in (CHALLENGE, RECOMMENDATION) \
                            and not (item_vote(heading_of(it)) == RECOMMENDATION and _over_work_done(it)):
                        # a section whose heading itself states a measure (3 企业智库的发展要把行业模式研究作为核心竞争力)
                        # or a shortcoming (一、……资金渠道监管存在漏洞): the heading is the point its section argues
                        roles[id(it)] = ItemRole(item_vote(heading_of(it)), "point")
                    elif not it.children and it.end > it.heading_end and risk_statement(heading_of(it)):
                        roles[id(it)] = ItemRole(CHALLENGE, "point")  # (随意外印犯大忌: a risk crosshead; k159160)
                    else:
                        roles[id(it)] = ItemRole(None, "none")
                        visit(it.children, None)
                continue
            run_aspect = None
            merit_run = False  # (a run a lead-in of strengths announces, announces_merits)
            # first/then/finally (首先/其次/最后) orders the steps of one argument: it marks points only
            # inside a section that names its aspect, never through a lead-in or a vote
            # (a run that goes on with ordinals, 首先…第二…第三, is a numbered list)
            if run[0].family not in ("line", "seq", "side") or any(it.family == "di" for it in run):
                lead = _past_speech_open(_lead_in(structure.text, run[0].start))
                if len(run) >= 2 and reports_findings(lead):
                    # corpus22: 研究发现：第一，…并未…，反而挤占了…；第二，平台化是…有效途径；第三，…需要…: each finding states
                    # its own aspect (a problem found, a remedy found), read from its own sentence; no vote spreads the
                    # aspect of two items over the third (Part 18's 788)
                    for it in run:
                        aspect = sentence_aspect(heading_of(it))
                        if aspect in (CHALLENGE, RECOMMENDATION):
                            roles[id(it)] = ItemRole(aspect, "point")
                            _sub_points(it, aspect)
                        else:
                            roles[id(it)] = ItemRole(None, "none")
                            visit(it.children, None)
                    continue
                run_aspect = lead_in_aspect(lead)
                if run_aspect == OTHER and len(run) >= 2 and _pronoun_proposer(
                        structure.text, _lead_in_span(structure.text, run[0].start)[0], lead):
                    # 傅绍平…在协商发言中认为…。她提出四点建议，一是…: the pronoun stands for the deputy or council
                    # member the news item is about, whose proposals count as a member's do (Part 61's 3158)
                    run_aspect = RECOMMENDATION
                if run_aspect is None and _other_label(lead):
                    run_aspect = OTHER  # 调研方法： ⏎ - 实地考察：…: how the survey was made (trialfix20b)
                if run_aspect in (None, RECOMMENDATION) and announces_merits(lead):
                    run_aspect = OTHER  # 本市有几个优势。一是没有…差距…: the strengths it lists, no problem (Part 78's 4202)
                    merit_run = True
                if run_aspect is None and neutral_lead_in(lead):
                    # 主要表现在：/ 从调研情况看，: the list shows what the sentence before it stated
                    before = _lead_in_span(structure.text, run[0].start)[0]
                    run_aspect = context_aspect(_lead_in(structure.text, before)) if before > 0 else None
                elif run_aspect is None and _example_lead_in(lead.strip()):
                    # 困难还很多。比如：一是…: the instances of the problems an announcement before it named
                    before = _lead_in_span(structure.text, run[0].start)[0]
                    if before > 0 and announces_problems(_lead_in(structure.text, before)):
                        run_aspect = CHALLENGE
                elif run_aspect is None and _method_lead_in(lead):
                    # 政府应订出中期目标。方法并不复杂，一是…二是…: the steps of the measure the sentence before prescribes
                    before = _lead_in_span(structure.text, run[0].start)[0]
                    prev = _lead_in(structure.text, before) if before > 0 else ""
                    if prev and (context_aspect(prev) == RECOMMENDATION or strong_modal(prev)):
                        run_aspect = RECOMMENDATION
                if run_aspect is None and len(run) >= 2 and _prescribing_lead(lead, run):
                    # 于是，香港的主要政策便应以此为首要重心。一是…二是…三是…: the items spell out the priority the
                    # sentence before them prescribes (corpus20)
                    run_aspect = RECOMMENDATION
                if run_aspect is None and len(run) >= 2 and _transition_aspect(lead.strip()) == RECOMMENDATION:
                    # 破解…难题，需要多方协同发力。一是…二是…: the list right after a turn to the measures is the list of
                    # the measures, whatever problem words its items' objects hold (减免场地租金, 照顾行动迟缓的老人)
                    run_aspect = RECOMMENDATION
                if run_aspect is None and len(run) >= 2 and _parts_of_stated_problem(lead, run):
                    # …但自由行的弊端不断积累。其一，…其二，…其三，…: ordinals inside the paragraph of a sentence that
                    # states a problem spell out its parts, each a problem whatever words it holds (lefts23a)
                    run_aspect = CHALLENGE
                if run_aspect is None and len(run) >= 2:
                    votes = [a if a in (CHALLENGE, RECOMMENDATION) else item_vote(heading_of(it))
                             or _modal_vote(heading_of(it)) or _plan_vote(heading_of(it)) for it, a in zip(run, own)]
                    votes = _carried_modal_votes([heading_of(it) for it in run], votes)
                    if run[0].family == "shi":
                        # 一是要…；二是要…；三是要…: a demand list's shared opening modal (Part 58)
                        votes = _shared_modal_votes([heading_of(it) for it in run], votes)
                    votes = [None if v == RECOMMENDATION and narrates_results(structure.text[
                        it.heading_end:min(it.end, it.heading_end + NARRATED_BODY_CHARS)]) else v
                        for it, v in zip(run, votes)]  # 扶贫工作：积极落实… ⏎ …减少了…，提高了…: results reported
                    if run[0].family == "shi" and RECOMMENDATION in votes and narrates_practices(
                            [structure.text[it.heading_end:min(it.end, it.heading_end + NARRATED_BODY_CHARS)]
                             for it in run]) and not any(_plan_vote(heading_of(it)) for it in run):
                        # 一是严把主题关。明确…。三是严把质量关。班子成员在会上相继作对照检查…: a unit's own practice
                        # narrated, no measure proposed, neither its headings nor its bodies (p27c; Part 27 958)
                        for it in run:
                            roles[id(it)] = ItemRole(OTHER, "other")
                            visit(it.children, OTHER)
                        continue
                    if not any(votes):
                        # headings that only name a topic (家居药物回收): their own lists say what they are
                        votes = [_children_vote(it) for it in run]
                    n_rec, n_ch = votes.count(RECOMMENDATION), votes.count(CHALLENGE)
                    if n_rec > n_ch and n_rec * 5 >= len(run) * 3:
                        run_aspect = RECOMMENDATION
                    elif n_ch > n_rec and n_ch * 5 >= len(run) * 3:
                        run_aspect = CHALLENGE
            elif run[0].family in ("seq", "side") and len(run) >= 2:
                # …却遭遇种种障碍：首先是…其次是…最后是… : a lead-in that names the aspect and ends in a colon right
                # before the first item announces the run; it is a list, not the steps of an argument
                lead = _lead_in(structure.text, run[0].start)
                if ends_as_lead_in(lead):
                    aspect = lead_in_aspect(lead)
                    # (OTHER too: 这些研究存在一定的不足：一方面…另一方面… lists the limits of studies, neither aspect)
                    run_aspect = aspect if aspect in (CHALLENGE, RECOMMENDATION, OTHER) else None
                elif announces_problems(lead) and not any(
                        item_vote(heading_of(it)) == RECOMMENDATION or _modal_vote(heading_of(it)) for it in run) \
                        and not any(_body_states_measure(it) for it in run):
                    # 但重新开放其实存在不少难处。首先，…。其次，…: a sentence that announces problems without naming
                    # them, right before 首先/其次, announces the run as a colon would; the items are the problems,
                    # whatever words they hold (Part 90's 4920)
                    run_aspect = CHALLENGE
                elif run[0].family == "side" and opener_aspect(lead.strip()) == CHALLENGE and not any(
                        item_vote(heading_of(it)) == RECOMMENDATION or _modal_vote(heading_of(it)) for it in run):
                    # 香港现时最大的问题是房屋问题。一方面是…以来抑压公营房屋的发展…另方面资金涌入…: the two sides of the
                    # problem the sentence before names are its parts, stated by them (trialfix20)
                    run_aspect = CHALLENGE
            if (run_aspect is None and previous in (CHALLENGE, RECOMMENDATION) and run[0].family != previous_family
                    and 0 <= previous_end <= run[0].start <= previous_end + LIST_GAP_CHARS
                    and not structure.text[previous_end:run[0].start].strip()
                    and run[0].run >= 0 and run[0].family not in ("line", "seq", "side")
                    and not any(it.children or it.titled for it in run) and not any(
                        (item_vote(heading_of(it)) or _modal_vote(heading_of(it))) not in (None, previous)
                        for it in run)):
                # 存在以下问题： ⏎ 1. … ⏎ 2. … ⏎ ① … ⏎ ② …: a list right after a list of points, with no lead-in of its
                # own, that names no other aspect goes on with that list whatever its markers (fix40b)
                run_aspect = previous
            if run_aspect is None and len(run) >= 2 and previous == CHALLENGE and run[0].family == previous_family \
                    and run[0].family not in ("seq", "side") and not any(
                    item_vote(heading_of(it)) == CHALLENGE for it in run):
                # the genre states the problems first and the measures after them: a second enumeration that
                # follows a list of problems and names none is the list of measures (第一…第五 then 第一…第四)
                run_aspect = RECOMMENDATION
            if run_aspect is None and _speech_sections(run):
                # 第一，要清醒认识……问题。…… 第二，要……改革。…… : each paragraph of a speech is a section of its own aspect
                for it in run:
                    aspect = _directive_aspect(heading_of(it))
                    if aspect in (CHALLENGE, RECOMMENDATION):
                        roles[id(it)] = ItemRole(aspect, "section" if any(ch.run >= 0 for ch in it.children) else "leaf")
                        visit(it.children, aspect)
                    else:
                        roles[id(it)] = ItemRole(None, "none")
                        visit(it.children, None)
                continue
            if run_aspect and len(run) >= 2 and all(it.titled and _field_labelled_body(structure.text, it)
                                                    for it in run):
                # 一、政策解读 ⏎ 问题清单：… ⏎ 整改情况：… (a rectification report): each item's labelled lines state its
                # problem and its measure (points._label_led_entries); the headings name topics (trialfix22b kind A)
                for it in run:
                    roles[id(it)] = ItemRole(None, "none")
                    visit(it.children, None)
                continue
            if run_aspect == OTHER and _other_label(lead):
                # 优势：(1)减少…费用；(2)缩短…时间 / 调研方法：- 实地考察…: a list of neither aspect, its items' sentences
                # read as no free prose either (p60)
                for it in run:
                    roles[id(it)] = ItemRole(OTHER, "other")
                    visit(it.children, OTHER)
                continue
            if run_aspect:
                previous, previous_family = run_aspect, run[0].family
                previous_end = run[-1].end
                for it in run:
                    if merit_run and merit_turns_to_shortfall(heading_of(it)):
                        # 一是区位优越，但交通短板明显。: a strength the item turns from to its shortfall (fix42c)
                        roles[id(it)] = ItemRole(CHALLENGE, "point")
                        _sub_points(it, CHALLENGE)
                        continue
                    if run_aspect == RECOMMENDATION and frames_shortfall(heading_of(it)):
                        # 我觉得要解决这个问题：… 3. 还要说的是，物业收费太高。: a framed shortfall, no measure; read as
                        # prose, its own sentence's aspect (fix42c)
                        roles[id(it)] = ItemRole(None, "none")
                        visit(it.children, None)
                        continue
                    if run_aspect == CHALLENGE and _topic_label_over_measure(it):
                        # 发现以下问题： ⏎ 2、医疗资源配置问题：加大医疗投入，…: the label names the problem's topic,
                        # the item's words are the measure that answers it (6648)
                        roles[id(it)] = ItemRole(RECOMMENDATION, "point")
                        _sub_points(it, RECOMMENDATION)
                        continue
                    if run_aspect == CHALLENGE and topic_label_item(structure, it):
                        # 存在以下问题。⏎ 一、伙房及食品留样 ⏎ 有的伙房卫生较差。: a topic label over its paragraph
                        # (trialfix24a)
                        roles[id(it)] = ItemRole(run_aspect, "leaf")
                        continue
                    roles[id(it)] = ItemRole(run_aspect, "point")
                    _sub_points(it, run_aspect)
                continue
            if _bodiless_findings(run):
                # corpus23b: 一、…成效不佳,宜儘速檢討加強 ⏎ 二、…缺失頻傳 ⏎ … ⏎ 九、政府宜歸還… (a report's findings typed as
                # numbered headings with nothing under them, problems and measures mixed, no vote for either): each
                # heading states its own aspect, as a finding does (the reports_findings reading above)
                for it in run:
                    head = heading_of(it)
                    aspect = (item_vote(head) or _modal_vote(head) or sentence_aspect(head) or prose_aspect(head)) \
                        if len(head.strip()) >= BODILESS_STATEMENT_CHARS else None
                    roles[id(it)] = ItemRole(aspect, "point") if aspect in (CHALLENGE, RECOMMENDATION) \
                        else ItemRole(None, "none")
                continue
            for it in run:
                roles[id(it)] = ItemRole(None, "none")
                visit(it.children, None)

    run_sizes: dict[int, int] = {}
    for it in structure.items:
        if it.run >= 0:
            run_sizes[it.run] = run_sizes.get(it.run, 0) + 1

    def _bodiless_findings(run: list[Item]) -> bool:
        # a numbered run of at least BODILESS_RUN_MIN_ITEMS headings in all (a report's section lines may split it
        # among their parents) whose items here have no sub-item and no text under them, and at least two of which are
        # statements (BODILESS_STATEMENT_CHARS): a findings list typed as headings (corpus23b)
        if run[0].run < 0 or run_sizes.get(run[0].run, 0) < BODILESS_RUN_MIN_ITEMS or not run[0].titled:
            return False
        text = structure.text
        if any(it.children or text[it.heading_end:it.heading_end + 1] not in ("", "\n")
               or text[it.heading_end:it.end].strip(_HEADING_GAP_CHARS) for it in run):
            return False  # (an item that ends its sentence, 1. 经济影响：…。, is prose: the sentence reading takes it)
        return sum(1 for it in run if len(heading_of(it).strip()) >= BODILESS_STATEMENT_CHARS) >= min(2, len(run))

    def _heading_line_series(children: list[Item]) -> None:
        # corpus20: bare heading lines with no marker, each short and over a body of its own (接通率低与渠道不畅 ⏎ 热线
        # 电话常因… ⏎ 派单机制粗放低效 ⏎ 过度依赖…), that follow one another at a level under no section are one list
        # though each is a run of its own: voted as a numbered run is (item_vote, three in five), their headings are
        # the points and the bodies their evidence (a Q&A answer's problem headings). Not a run of section names
        # (特点 / 面临的困境 / 破解路径: heading_aspect names a section for two of them, or an OTHER one).
        series: list[list[Item]] = [[]]
        for it in children:
            head = heading_of(it).strip()
            if it.family == "line" and it.run < 0 and not any(is_cjk(c) for c in head):
                continue  # (a stray list dash on a line of its own between the headings)
            if (it.family == "line" and it.run < 0 and not _is_title(it)
                    and SERIES_HEADING_MIN_CHARS <= len(head) <= SERIES_HEADING_CHARS
                    and not any(c in head for c in "，,；;：:。！？!?*#")
                    and it.end - it.heading_end >= SERIES_BODY_CHARS):
                series[-1].append(it)
            elif series[-1]:
                series.append([])
        for run in series:
            if len(run) < SERIES_MIN_HEADINGS:
                continue
            named = [heading_aspect(heading_of(it), title=True) for it in run]
            if OTHER in named or len([a for a in named if a]) >= 2:
                continue
            votes = [item_vote(heading_of(it)) or _modal_vote(heading_of(it)) for it in run]
            n_rec, n_ch = votes.count(RECOMMENDATION), votes.count(CHALLENGE)
            aspect = (CHALLENGE if n_ch > n_rec and n_ch * 5 >= len(run) * 3
                      else RECOMMENDATION if n_rec > n_ch and n_rec * 5 >= len(run) * 3 else None)
            if aspect is None:
                continue
            for it in run:
                roles[id(it)] = ItemRole(aspect, "point")
                _sub_points(it, aspect)

    def _prescribing_lead(lead: str, run: list[Item]) -> bool:
        # the sentence right before a run ends in a clause that prescribes with a strong modal (…便应以此为首要重心。)
        # and no item of the run states a shortcoming or is a question: the run lists what the sentence prescribes
        # (only a run of 一是…二是… whose lead is a whole sentence: a table's rows, a letter's numbered proposals or
        # 应分成两大部分，一是… that divides a topic are no such run)
        # (so is a run of 其一，…；其二，… inside the lead's paragraph: 其 refers back to what the sentence before
        # prescribes, "of it, the first"; lefts23a)
        if any(it.family != "shi" and not _refers_back_ordinal(it) for it in run) \
                or not lead.rstrip().endswith(("。", "！", "!")):
            return False
        last = _last_clause(lead.strip().rstrip("。！!；;"))
        if not last or not strong_modal(last) or challenge_strength(last):
            return False
        heads = [heading_of(it) for it in run]
        return not any(item_vote(h) == CHALLENGE or challenge_strength(h) or h.rstrip().endswith(("？", "?"))
                       for h in heads)

    def _refers_back_ordinal(it: Item) -> bool:
        # 其一，/其二是 (not 第一，) inside a paragraph: the ordinal counts the parts of what the sentence before it said
        return it.family == "di" and it.marker.startswith("其") and not line_opens_at(structure.text, it.start)

    def _parts_of_stated_problem(lead: str, run: list[Item]) -> bool:
        # lefts23a: a run of 其一/第一/一是 ordinals that goes on inside the paragraph of the whole sentence right before
        # it (…的弊端不断积累。其一，…；其二，…), when that sentence states a problem (sentence_aspect) and prescribes
        # nothing, and no item prescribes or asks: the items are the parts of the problem it names (the genre's
        # 其一/其二 refer back: "of it, the first"). Not across a line break (a new paragraph opens its own topic).
        if any(it.family not in ("di", "shi") for it in run) or line_opens_at(structure.text, run[0].start):
            return False
        s = lead.strip()
        if not s.endswith(("。", "！", "!")) or sentence_aspect(s) != CHALLENGE or strong_modal(s):
            return False
        heads = [heading_of(it) for it in run]
        return not any(item_vote(h) == RECOMMENDATION or _modal_vote(h) or holds_modal_word(h)
                       or prose_aspect(h) == RECOMMENDATION or h.rstrip().endswith(("？", "?")) for h in heads)

    def _shortfall_run(heads: list[str], family: str) -> bool:
        # (also when at least half of them state a shortfall, 覆盖率需进一步提升 or 汇报多，调研少, and none prescribes:
        # 一是部分企业无法办理证照。二是审查流程复杂，时间较长。; not a 首先…其次… run, which orders the steps of one
        # argument: each of its steps must state a shortcoming of its own)
        short = [bool(challenge_strength(h) or states_shortfall(h)) for h in heads]
        return all(short) or (family not in ("seq", "side") and sum(short) * 2 >= len(heads)
                              and not any(item_vote(h) == RECOMMENDATION for h, s in zip(heads, short) if not s))

    def _other_aspect_run(run: list[Item], inherited: str, before_family: str | None) -> bool:
        # (存在的问题 ⏎ （一）…不足。⏎ （二）…不强。⏎ 1. 加强…。⏎ 2. 提升…。: a second list of another marker family
        # after the section's own list, every one-line entry of it voting the other aspect, is that aspect's list
        # with its heading left out; fix38)
        if before_family is None or run[0].family == before_family or len(run) < 2:
            return False
        other = RECOMMENDATION if inherited == CHALLENGE else CHALLENGE
        return all(it.titled and not it.children and item_vote(heading_of(it)) == other for it in run)

    def _run_lead_aspect(first: Item, inherited: str) -> str:
        """The aspect of a run inside a section of ``inherited``: the other aspect when a lead-in ending in a colon
        right before the run announces it with a ``lead_in`` cue word (一、存在的问题 … 对此，应当从以下几方面着手：一是…
        二是…: measures), or announces causes (``其原因可归纳为两大主因：``: problems)."""
        lead = _lead_in(structure.text, first.start)
        if not lead.rstrip().endswith(("：", ":")):
            return inherited
        if not has_cue(lead, "lead_in"):
            label = _aspect_label(lead)
            if label in (CHALLENGE, RECOMMENDATION):
                # 五、存在的主要问题及改进情况 ⏎ 存在问题： ⏎ 1.… ⏎ 改进措施： ⏎ 1.加强业务培训。…: an annual report's
                # section that names both aspects splits them by short label lines, each naming the aspect of the
                # list under it (k159160)
                return label
            # (…也能照顾到各地实际，如：gives examples of what the section says; but 其原因可归纳为两大主因：其一，… under a
            # letter's 事由：…的建议 announces the causes, each a problem: :func:`_transition_aspect`; council32)
            turn = _transition_aspect(lead.strip())
            view = _SPEAKER_VIEW_FRAME.match(lead.strip())
            if turn is None and view is not None:
                turn = _transition_aspect(lead.strip()[view.end():])
            # (专家认为，破解…难题，需要多方合力：⏎ 一是… under a heading the tables miss: a purpose clause that solves the
            # problems and a modal turn to the measures; fix58b)
            return turn if turn in (CHALLENGE, RECOMMENDATION) else inherited
        aspect = lead_in_aspect(lead, announce=False)
        return aspect if aspect in (CHALLENGE, RECOMMENDATION) else inherited

    def _over_work_done(item: Item) -> bool:
        # a report's heading over a narrative of what was done (一、提高政治站位，扎实推进整改工作 ⏎ 局党组召开…已整改完成)
        return narrates_done(structure.text[item.heading_end:min(item.end, item.heading_end + NARRATED_BODY_CHARS)])

    def _nested_single(item: Item, sub: list[Item]) -> bool:
        # one sub-item of another marker family on a line of its own under a titled item (2. 清运 ⏎ - 环卫公司按类别
        # 分车清运…: a nested notes list of one entry): the sub-item states the point as a list of two would
        return (len(sub) == 1 and item.titled and sub[0].titled and sub[0].family != item.family
                and line_opens_at(structure.text, sub[0].start))

    def _bare_line_item(item: Item) -> bool:
        # a marked item that is one line with no terminator and no text under it (- 设备维护长期滞后): at most a
        # lead-in line of the next list follows it in its region
        return (item.family != "line" and not item.children
                and not any(ch in TERMINATORS for ch in structure.text[item.start:item.end]))

    def _speech_sections(run: list[Item]) -> bool:
        # a run of 第一，/第二，… paragraphs, each opening with a short directive (要…), at least two of which name an
        # aspect: the parts of a speech or a work plan, not a list of points of one aspect
        if len(run) < 2 or any(it.family != "di" or not line_opens_at(structure.text, it.start) for it in run):
            return False
        heads = [heading_of(it) for it in run]
        if any(len(h) > DIRECTIVE_CHARS for h in heads):
            return False
        return sum(1 for h in heads if _directive_aspect(h) in (CHALLENGE, RECOMMENDATION)) >= 2

    def _names_other_section(run: list[Item], own: list[str | None], inherited: str | None) -> bool:
        # inside a section of one aspect, a numbered heading that names the other aspect's section over a list of its
        # own (问题 ⏎ 1.1 … 1.2 … ⏎ 2 推进…的对策 ⏎ 2.1 … ⏎ 3 结语, the section number of the first heading lost) is
        # a section of that aspect, not a point of the enclosing one
        if inherited not in (CHALLENGE, RECOMMENDATION):
            return False
        for it, a in zip(run, own):
            if a not in (CHALLENGE, RECOMMENDATION, OTHER) or a == inherited or not it.titled or it.family == "line":
                continue
            if a == OTHER and item_vote(heading_of(it)) is not None:
                continue  # (加强…的重要作用 states a measure: a point of the enclosing section, not a part of neither)
            # (so is one naming a part of neither, 一、了解的基本情况 ⏎ 1、责任落实到位… under a page titled 存在问题和困难情况:
            # what was found in place, no problems; neg38)
            if len(heading_of(it)) <= 20 and line_opens_at(structure.text, it.start) and any(
                    sum(1 for ch in it.children if ch.run == r) >= 2 for r in {ch.run for ch in it.children if ch.run >= 0}):
                return True
        return False

    def _status_item_states_shortfall(it: Item) -> bool:
        # a short topic label (逾期办理情况) over a body of one sentence that votes a challenge (有10件逾期)
        head = heading_of(it)
        body = structure.text[it.heading_end:it.end].strip().strip("。.，,：: ")
        # (not a body that turns, 多数老人表示满意，但仍有个别食堂…: the turn's own rules take the part after it)
        return (len(head) <= STATUS_LABEL_CHARS and item_vote(head) is None and 0 < len(body) <= STATUS_BODY_CHARS
                and not _STATUS_BODY_BREAK.search(body) and not _TURN.search(body) and item_vote(body) == CHALLENGE)

    def _sections_after_background(run: list[Item], own: list[str | None]) -> bool:
        # an unnumbered background heading line (引言：…的制度定位, 背景) that the structure nests a numbered section
        # under (背景 ⏎ … ⏎ 一、…问题分析 ⏎ 1.1 …): a numbered heading line that names an aspect is the essay's next
        # section, a sibling of the background the page wrote at its level, not a part of it (Part 74's 3922)
        parent = run[0].parent
        if (parent is None or parent.family != "line" or parent.parent is not None
                or not _BACKGROUND_LABEL.match(heading_of(parent))):
            return False
        return any(a in (CHALLENGE, RECOMMENDATION) and it.titled and it.family != "line"
                   and line_opens_at(structure.text, it.start) and len(heading_of(it)) <= BACKGROUND_NEXT_SECTION_CHARS
                   for it, a in zip(run, own))
    def _announced_list(run: list[Item], own: list[str | None]) -> bool:
        # 当前仍存在以下问题： ⏎ 1. 审批事项多、流程长… ⏎ 2. 涉企检查频繁…问题突出: a lead-in that names an aspect and ends in
        # a colon right before the run announces it; the items are its points, one whose own words name no aspect
        # included (a short run's half that names the aspect is no run of section headings). Not a run whose items
        # head lists of their own or name the other aspect (fix40b)
        lead = _lead_in(structure.text, run[0].start)
        if not ends_as_lead_in(lead) or any(ch.run >= 0 for it in run for ch in it.children):
            return False
        aspect = lead_in_aspect(_past_speech_open(lead))
        return aspect in (CHALLENGE, RECOMMENDATION) and all(a in (None, aspect) for a in own)

    def _names_section(item: Item, aspect: str | None) -> bool:
        # a heading line that names an aspect (艺术振兴乡村的策略与途径) over a list of its own (two or more items)
        # heads a section even when its sibling headings name none (1 背景, 2 现状, 3 …的策略, 4 结语): a noun phrase,
        # not a measure or a shortcoming stated in the heading itself
        if aspect not in (CHALLENGE, RECOMMENDATION) or not item.titled or item.family == "line":
            return False
        head = heading_of(item)
        if len(head) > 20 or not line_opens_at(structure.text, item.start) or item_vote(head) is not None:
            return False
        sizes: dict[int, int] = {}
        for ch in item.children:
            if ch.run >= 0:
                sizes[ch.run] = sizes.get(ch.run, 0) + 1
        return any(n >= 2 for n in sizes.values())

    def _children_vote(item: Item) -> str | None:
        kids = [item_vote(heading_of(ch)) for ch in item.children if ch.run >= 0]
        n_rec, n_ch = kids.count(RECOMMENDATION), kids.count(CHALLENGE)
        if n_rec > n_ch and n_rec * 2 > len(kids):
            return RECOMMENDATION
        if n_ch > n_rec and n_ch * 2 > len(kids):
            return CHALLENGE
        return None

    def _sub_points(item: Item, aspect: str) -> None:
        # an enumeration inside a point that the point announces (重点采取三方面措施：（1）建平台（2）设基金…)
        # states its parts: each is a point too; an unannounced one only elaborates its point
        runs: dict[int, list[Item]] = {}
        for c in item.children:
            if c.run >= 0 and id(c) not in roles:
                runs.setdefault(c.run, []).append(c)
        for run in runs.values():
            if len(run) < 2 and not _nested_single(item, run):
                continue
            first = run[0]
            lead = _lead_in(structure.text, first.start)
            # under a heading, an outline of sub-headings (lines of their own) or a list its body names
            # (具体建议如下：（1）…（2）…) lists parts; under a run-in point, a list that the point announces
            # (also any list whose items open their own lines under a titled point, whatever its marker)
            outline = (line_opens_at(structure.text, first.start) if first.titled
                       else item.titled and all(line_opens_at(structure.text, ch.start) for ch in run))
            # (so is a run that follows its titled point's heading with no body between, in one paragraph: 三、聚焦重点
            # 攻坚。（一）…（二）…, an outline written inline)
            outline = outline or _bare_outline(structure.text, item, first)
            full = [heading_of(ch) for ch in run]
            heads = [_CLAUSE_SPLIT.split(h, 1)[0] if len(h) > 30 else h for h in full]
            # under a run-in point, parallel items that each state a point of the aspect on their own
            # (一方面，规范…需要…；另一方面，…需要整合…) are its parts even unannounced
            votes = [item_vote(h) for h in heads]
            parallel = not item.titled and votes.count(aspect) * 2 >= len(votes) and all(v in (aspect, None) for v in votes)
            # under a heading, items that each assign the measure to their own actor (教育机构应…；媒体应…；
            # 体育部门应…) are distinct measures, not the heading's elaboration
            parallel = parallel or aspect == RECOMMENDATION and all(_actor_modal(h) for h in full)
            # under a heading of a problem, items that each state a shortcoming of their own (首先，…缺乏…机制；其次，…
            # 存在…顾虑) are further problems, not the heading's evidence
            parallel = parallel or aspect == CHALLENGE and _shortfall_run(full, first.family)
            # under a heading, a label that names the aspect and ends in a colon right before the list (主要策略：（1）…,
            # 存在问题：一是…) announces it as words like 以下/如下 do (a sentence before a colon, 建议进一步完善…机制：
            # 第一…, restates the heading and goes on with its steps)
            announced = (has_cue(lead, "lead_in") or _aspect_label(lead) == aspect) if item.titled \
                else announces_list(lead)
            if not (outline or parallel or announced):
                continue
            # a sub-item that names a part (首先是场地。一靠…二靠…) over a list of its own: that list gives the points
            parts = [sum(1 for g in ch.children if g.run >= 0) >= 2 and item_vote(h) != aspect
                     for ch, h in zip(run, heads)]
            if not _run_states([h for h, part in zip(full, parts) if not part], aspect):
                continue
            for ch, part in zip(run, parts):
                roles[id(ch)] = ItemRole(aspect, "section" if part else "point")
                _sub_points(ch, aspect)

    visit(structure.roots, None)
    if title_head is not None and len(structure.items) > 1:
        # 标题 ⏎ (二)标题 ⏎ …: the essay's title line again under a list marker (an HTML page's <title> put first,
        # then the body's own numbered copy of it) names the topic as the title does: no point, no section (lefts23b)
        it = structure.items[1]
        role = roles.get(id(it))
        if (it.family != "line" and it.titled and not any(ch.run >= 0 for ch in it.children)
                and (role is None or role.role == "none") and heading_of(it).strip() == title_head):
            roles[id(it)] = ItemRole(None, "title")
    _mixed_section_items(structure, roles)
    return [roles.get(id(it)) for it in structure.items]


def _mixed_section_items(structure: Structure, roles: dict[int, ItemRole]) -> None:
    """In place: the items of a section whose heading names the shortcomings and then the plans
    (:func:`names_both_aspects`: ``二、存在的不足与努力方向`` ⏎ ``一是…不够。二是…有待提升。三是加大…``), read as the
    section's measures by the heading's last noun, are its problems until the first that turns to the plans: an item
    before the turn that states a shortcoming (:func:`challenge_strength`, :func:`item_vote`) and opens with no measure
    (:func:`starts_imperative`, a ``mixed_section_turn`` word) is a challenge point (left45). Linear in the items."""
    turn = lexicon().words("mixed_section_turn")
    for it in structure.items:
        role = roles.get(id(it))
        if role is None or role.aspect != RECOMMENDATION or role.role != "section" or not it.titled \
                or not names_both_aspects(structure.heading(it)):
            continue
        for ch in it.children:
            own = roles.get(id(ch))
            if own is None or own.role != "point" or own.aspect != RECOMMENDATION:
                break
            head = structure.heading(ch).strip()
            if head.startswith(turn) or starts_imperative(head) or not (challenge_strength(head) or item_vote(head) == CHALLENGE):
                break
            roles[id(ch)] = ItemRole(CHALLENGE, "point")


# --- points that state neither aspect (precision guards; see :func:`states_neither`) ---------------------------

#: A bibliography entry (GB/T 7714: ``作者.题名.刊名,年,卷(期):页码.``, or a ``[J]``/``[M]`` type mark): a title
#: with 问题/对策 in it is cited, not stated.
_REFERENCE_ENTRY = LazyPattern(r"\d{4}\s{0,2}[,，]\s{0,2}(?:\d{1,4}\s{0,2})?[(（]\s{0,2}\d{1,4}\s{0,2}[)）]\s{0,2}[:：]"
                              r"\s{0,2}\d|\[[JMNDCRSP]\]")
#: A column tag that opens a news or blog page's author blurb (``【某某专栏】某某是…``).
_COLUMN_TAG = LazyPattern(r"【[^】\n]{1,20}】")
#: A sentence that opens with a date narrates what happened then (``2019年新增经费…``, ``在2020年底…``,
#: ``某某学校于2016年访问了…``, ``20世纪90年代中期以来…``, ``过去一年，…``).
_DATE_OPENER = LazyPattern(r"(?:[^，,。；;]{0,12}?[在于])?\s{0,2}(?:(?:19|20)\d{2}\s{0,2}年|(?:\d{2}\s{0,2})?世纪\s{0,2}\d0\s{0,2}年代|"
                          r"(?:过去|去年|上年|前些年|一年来|几年来|五年来)(?:[一二三四五六七八九十几]年)?[，,])")
#: A news report's day at a sentence's start, after at most ten characters of its subject (``昨日下午，…``, ``他们昨早
#: 与…会晤后``, ``《某报》日前发起…``): with an event verb (``news_day_event_verb`` cue group) it narrates the event
#: (:func:`narrates_news_day`). Anchored, bounded.
_NEWS_DAY_OPENER = LazyPattern(r"[^，,。；;“”「」]{0,10}?(?:昨日|昨天|昨早|昨晚|前日|日前)")
#: ``以某某为例，…`` opens an example, like the ``example`` cue group's words.
_EXAMPLE_OPENER = LazyPattern(r"以[^，,。；;]{1,10}为例")
#: A speaker, then a verb of saying and a colon, comma or quotation (``习近平总书记指出：“…”``, ``报告明确指出：…``).
_REPORTED_SPEECH = LazyPattern(r"([^，,。：:；;！？!?“”「」]{1,28}?)(?:指出|强调|表示|认为|提出|宣布)[：:，,“「]|"
                              r"([^，,。：:；;！？!?]{1,20}?)(?:一语道破|告诉我们)")
#: A finding reported from a study, survey or data (``有研究显示…``, ``资料亦显示，…``, ``调查表明…``), or an inference
#: the author draws from what came before (``不难看出，…``, ``由此可见，…``): background unless it names a deficiency.
_FINDING = LazyPattern(r"[^，,。；;]{0,12}?(?:研究|调查|资料|数据|统计|报告)[^，,。；;]{0,3}?(?:显示|表明|发现)|"
                      r"(?:不难看出|可以看出|由此可见|由此看来)")
#: A meeting's proceedings (``会议听取了…的汇报``, ``全会审议通过了…``, ``座谈会上，…``): narration of the meeting,
#: neither a shortcoming nor the author's measure.
_MEETING_NARRATION = LazyPattern(r"[^，,。；;：:]{0,16}?(?:(?:会议|全会|常委会|座谈会|研讨会|会)上[，,]|"
                                r"(?:会议|全会|常委会|座谈会|研讨会)\s{0,2}(?:先后|还|并|集中|认真)?"
                                r"(?:听取|审议|传达|学习|研究了|讨论了|通报了|通过了))")
#: The proceedings a speech or a report narrates (trialfix23b B): a speech's opening formula on what was said before it
#: (``刚才XX同志…进行了安排部署，讲得都非常全面…，希望大家…``) and a body that told someone the findings (``巡察组向…
#: 负责人通报了…突出问题``, ``…向…反馈了…情况``): what was done at the meeting, no problem or measure of the text.
#: Anchored, bounded: linear.
_TOLD_PROCEEDINGS = LazyPattern(r"^(?:刚才[^。；;！？!?]{0,30}?(?:讲得|讲了|作了|做了|进行了|通报了|介绍了)"
                               r"|[^，,。；;：:！？!?]{1,16}?向[^，,。；;：:！？!?]{1,30}?(?:通报了|反馈了|汇报了|传达了))")
def told_proceedings(head: str) -> bool:
    """True when ``head`` (Simplified view: the words of a sentence up to a point cut from it) opens with the
    proceedings a speech or a report narrates (:data:`_TOLD_PROCEEDINGS`: ``刚才XX同志…讲得都非常全面…``, ``巡察组向…
    通报了…``): a point cut from a later clause of such a sentence (``…，希望大家认真抓好落实，确保取得实效``) belongs
    to the formula, no measure of the speech. Anchored, bounded: linear."""
    return bool(head) and _TOLD_PROCEEDINGS.match(head.strip()) is not None


#: A label that names a section or an enumerated field, no statement (trialfix23b F): an analysis section's name
#: (``问题分析``, ``原因剖析``) or ``第二个领域是立法会`` (an ordinal field and its name, at most ten characters, before
#: what the author says of it; not ``第二个问题是…``, which states one). Anchored, bounded: linear.
_SECTION_NAME_LABEL = LazyPattern(r"^(?:(?:问题|原因|成因|现状|对策|形势|背景|现况)(?:分析|剖析|探析|梳理|概述|解析)"
                                 r"|第[一二三四五六七八九十0-9]{1,3}个?(?:领域|方面|层面|部分|范畴|板块|环节|范畴)是"
                                 r"[^，,。；;：:！？!?]{1,10})[。.！!]?$")
#: Most characters of one clause of a guiding formula (:func:`states_guiding_formula`).
GUIDING_CLAUSE_CHARS = 60


@lru_cache(maxsize=1)
def _guiding_clause_re() -> re.Pattern[str]:
    """One clause of a guiding formula (:func:`states_guiding_formula`): an adverb at most (全面, 深入), a verb of
    following (``guiding_formula_verb``: 贯彻, 落实, 践行, 以), at most :data:`GUIDING_CLAUSE_CHARS` characters and an
    end of ``guiding_formula_end`` (精神, 思想, 重要指示批示, 为指导). Used with ``fullmatch`` on one clause: bounded."""
    verb = cue_alternation("guiding_formula_verb") or "(?!)"
    end = cue_alternation("guiding_formula_end") or "(?!)"
    return re.compile(r"(?:全面|深入|认真|坚决|切实|持续|始终)?(?:" + verb + r")[^，,；;。]{1,%d}?(?:%s)"
                      % (GUIDING_CLAUSE_CHARS, end))


@lru_cache(maxsize=1)
def _guiding_formula_gate() -> Callable[[str], object]:
    """:func:`literal_gate` of :func:`states_guiding_formula` (perf53): every clause's match of
    :func:`_guiding_clause_re` holds one of the pattern's required strings."""
    return literal_gate((_guiding_clause_re(),))


def states_guiding_formula(point: str) -> bool:
    """True when every clause of ``point`` (Simplified view) is a guiding formula (wrong30): the 指导思想 a work plan
    or a report opens with (``全面贯彻党的二十大精神，深入贯彻习近平生态文明思想``, ``以…为指导``;
    :func:`_guiding_clause_re`): whom the plan follows, no measure of its own. A clause of work after the formula
    (``深入贯彻…精神，加快推进…建设``) keeps the point. Linear in ``len(point)`` (one clause split, one bounded match
    a clause)."""
    if _guiding_formula_gate()(point) is None:
        return False  # (every clause's match holds a required string of the pattern; perf53)
    clauses = [c for c in _CLAUSE_MARK.split(point.strip()) if c.strip()]
    return bool(clauses) and all(_guiding_clause_re().fullmatch(c.strip()) for c in clauses)


#: Most characters of a point read by :func:`names_section_only`.
SECTION_ONLY_CHARS = 14


@lru_cache(maxsize=1)
def _section_only_re() -> re.Pattern[str]:
    """A point that is a section's name only (:func:`names_section_only`): words of ``section_only_modifier`` (相应的,
    改进, 主要, 存在的, 带来的, 严重, 会议 …) and 的/、/与/及/和 only, then a noun of ``section_only_noun`` (建议, 对策,
    问题, 后果, 决议) at the end. Used on at most :data:`SECTION_ONLY_CHARS` characters: bounded."""
    mods = cue_alternation("section_only_modifier") or "(?!)"
    nouns = cue_alternation("section_only_noun") or "(?!)"
    # (wrong31: or after the field the section covers, 资金层面问题, 技术方面的挑战: a parent heading whose subheadings
    # name the problems; at most six characters of the field, bounded)
    return re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:层面|方面))?(?:" + mods + r"|[的、与及和]){0,10}(?:" + nouns + r")")


def names_section_only(point: str) -> bool:
    """True when ``point`` (Simplified view) is only the name of a section or of what it holds (wrong30): at most
    :data:`SECTION_ONLY_CHARS` characters once its list marker, spaces and end marks are taken out, a noun of the
    ``section_only_noun`` cue group (建议, 对策, 问题, 后果, 决议) after modifiers of ``section_only_modifier`` only
    (``相应的改进建议``, ``问题带来的严重后果``, ``会议决议``, ``存在的主要问题``), also after the field it covers
    (``资金层面问题``, ``技术方面的主要挑战``: wrong31): it names an aspect or a part, no problem and no measure.
    ``投入不足问题`` (a deficiency) and ``建立预警机制`` are no such name. Bounded."""
    s = point.strip().strip("：:。.；;，,！!")
    s = _HEADING_NUMBERING.sub("", s, count=1).replace(" ", "").replace("\u3000", "")
    if not s or len(s) > SECTION_ONLY_CHARS:
        return False
    return _section_only_re().fullmatch(s) is not None


#: An area heading that frames the items under it (``在带头增强党性、严守纪律、砥砺作风方面``: a self-inspection's area over
#: its ``一是…`` items): 在, at most 60 characters with no sentence mark, then 方面/层面/领域 and the end. Read with no
#: deficiency named between 在 and 方面 (``在“…不够有力”方面`` names the problem: :func:`states_neither`). Anchored, bounded.
_AREA_HEADING = LazyPattern(r"^在[^。；;：:！？!?]{2,60}(?:方面|层面|领域)[。.！!]?$")


#: Narration of what a named party did before or goes on to do (``此前，他已经进行了多场公众咨询，…咨询活动将更加
#: 密集``): a time adverb of the story (此前, 早前, 之前), a pronoun or a subject of at most eight characters, and
#: 已经/已/曾 (trialfix23b B). Anchored, bounded: linear.
_EARLIER_DONE = LazyPattern(r"^(?:此前|早前|之前|先前)[，,]?\s{0,2}(?:他们|她们|他|她|[^，,。；;：:！？!?]{2,8}?)(?:已经|已|曾经|曾)")


#: A policy named as a decision of the leadership (``加强和创新社会管理，是党中央…部署的重大战略任务``): the background
#: of a paper or a speech, why the topic matters, no measure of its own (trialfix23b B). Anchored, bounded: linear.
_POLICY_ORIGIN = LazyPattern(r"^[^，,。；;：:！？!?]{2,20}[，,]?\s{0,2}是(?:党中央|中央|党和国家|国家|省委|市委|县委)"
                            r"[^。；;！？!?]{0,60}?(?:战略任务|战略部署|战略决策|重大决策|重大部署|科学判断|历史任务)")
#: ``据专家介绍，…``, ``据统计，…``: a fact reported from a source.
#: How a survey or study was made, as news reports it (``调查于今年九月至十月访问了三百名长者``, ``研究团队共访问了120户``,
#: ``问卷调查成功访问了…``): the survey, at most 12 characters, a verb of surveying, then a number. Background, not a point.
_SURVEY_METHOD = LazyPattern(r"[^，,。；;]{0,6}?(?:调查|研究|问卷|统计|普查)[^，,。；;]{0,12}?"
                            r"(?:访问|访谈|探访|收集|抽样|访问了|访谈了|成功访问|共访问)了?[^，,。；;]{0,4}?[0-9０-９一二三四五六七八九十百千万两几]")
#: How a survey was made, as its report states it (p27c): the mode adopted (``采取网络调查方式``, ``采用问卷调查的方法``:
#: 采取/采用/通过, at most 12 characters, 调查 or 问卷, at most four, 方式/方法/形式) or the count of questionnaires
#: (``共回收有效问卷4368份``, ``共4368份有效问卷``: 共, at most 12 characters, then 问卷 after 份 or a number). Anchored,
#: bounded: background, never a point.
_SURVEY_MODE = LazyPattern(r"(?:本次|此次|该)?(?:调查|调研)?(?:采取|采用|通过)[^，,。；;]{0,12}?(?:调查|问卷)[^，,。；;]{0,4}?"
                          r"(?:方式|方法|形式)|[^，,。；;]{0,8}?共[^，,。；;]{0,12}?(?:份|[0-9０-９]\s{0,2})[^，,。；;]{0,4}?问卷")
#: What a study contributes, stated as its last clause (``为进一步完善…提供参考``, ``这对化解…困境提供了依据``,
#: ``为推进…提供理论参考与实践方向``; p27c): an optional 这/此/从而/进而 and 对/为, at most 60 characters, 提供 (了), at
#: most 12 characters, then a noun of guidance (``study_guidance_noun`` cue group: 参考, 借鉴, 依据 …) closing the point.
_STUDY_CONTRIBUTION = LazyPattern(r"(?:这|此|从而|进而|以期|以)?(?:对|为)[^。；;！？!?]{2,60}?提供了?[^。，,；;]{0,12}?$")
_REPORTED_FACT = LazyPattern(r"据[^，,。；;]{0,12}(?:介绍|报道|统计|显示|了解|调查)")
#: A bare demonstrative subject, an adverb at most, and a copula (``这是…``, ``这才是…``, ``这完全是…``, ``此乃…``).
_DEMONSTRATIVE_COPULA = LazyPattern(r"\s{0,2}(?:这|此|那)(?:才|完全|就|便|也|正|恰恰|其实|实际上|无疑|显然)?(?:是|乃)")
#: Longest verdict (characters) that :func:`refers_back` reads as one on the sentence before it.
VERDICT_CHARS = 20


def refers_back(point: str) -> bool:
    """True when ``point`` is a short verdict on what the sentence before it said: one clause of at most
    :data:`VERDICT_CHARS` characters whose subject is a bare demonstrative before a copula (``这才是经济前景不明朗的主因``,
    ``这完全是一个误区``, ``此乃问题所在``). What it judges (the cause, the mistake) is in that sentence, not in the point,
    so the point states neither aspect by itself. A longer or several-clause sentence (``这就是陋习，也是阻碍发展的
    桎梏``) says more than a verdict. Constant time past the length test."""
    s = point.strip().rstrip("。！？!?；;")
    return len(s) <= VERDICT_CHARS and _DEMONSTRATIVE_COPULA.match(s) is not None and not _CLAUSE_SPLIT.search(s)


#: A sentence that opens by referring back to the problems already named (这些问题, 上述困难, 以上短板).
_BACK_REFERENCE = LazyPattern(r"(?:这些|上述|以上|前述|这几个|这类|此类)(?:问题|困难|短板|矛盾|难题|不足|挑战|现象)"
                             r"|(?:这|此|上述|以上)(?:句|番|段)话")  # (这句话本身就揭示了…: a comment on a quotation; false20)
#: What may stand before a back-reference (:data:`_BACK_REFERENCE`): a short speaker and a verb of saying, then a
#: preposition of topic (``温家宝说，对以上问题``, ``针对上述问题``). Matches the empty string too. Anchored, bounded.
_BACK_REFERENCE_LEAD = LazyPattern(r"(?:[^，,。；;：:！？!?]{1,12}?(?:说|表示|指出|强调)[，,：:]\s{0,2})?"
                                  r"(?:对于|对|针对|关于|就)?")
#: A point that opens with a verb of saying: its speaker stands before the span (``协会……指出条例执行存在…``).
_SAYING_OPENER = LazyPattern(r"(?:指出|表示|批评|强调|声称|宣称|促请|呼吁|认为)")
#: The verbs of appeal among :data:`_SAYING_OPENER`'s (a press release's or a news item's demand opens with them).
_APPEAL_OPENER = ("促请", "呼吁")


def opens_with_demand(point: str) -> bool:
    """Whether ``point`` (Simplified view, one point's span) opens with a verb of appeal (:data:`_APPEAL_OPENER`:
    促请, 呼吁) that asks an authority to act (:func:`news_demand`: ``呼吁劳动部尽速将草案送交立法院``, ``促请政府增拨
    资源``): the demand itself, the recommendation a group's press release or a news item makes, not a report whose
    speaker the span left out (``指出…``). Linear in the point (one bounded match)."""
    s = point.lstrip()
    return s.startswith(_APPEAL_OPENER) and news_demand(s)


#: ``……关系到A，关系到B``, ``…是关系…的重大问题``: a statement of what is at stake (significance), not a
#: shortcoming or a measure.
_STAKE = LazyPattern(r"(?:关系到|关系着|事关)[^。；;！？!?]{0,40}?(?:关系到|关系着|事关)|"
                    r"是(?:关系到|关系着|关系|事关|关乎)[^，,。；;！？!?]{1,40}?的(?:重大|重要|根本|全局性?|战略性?)?(?:问题|课题|大事)|"
                    r"之所以(?:重要|关键|必要|要紧)")  # (…的认知之所以重要，就是因为…: why it matters; false20)

#: A point that ends by stating what something is worth (``坚持和强化这一制度，对于…，具有非常重要的意义``, ``…有着
#:重要价值``): a statement of significance, not a measure, whatever imperative verb opens its subject. Anchored at the
#: end, bounded: linear.
_SIGNIFICANCE_END = LazyPattern(r"(?:具有|有着|具备)[^，,。；;！？!?]{0,12}?(?:意义|价值|作用)[。！!]?$|"
                               # …，积极的养育观念非常重要: a clause that only says how important something is
                               r"(?:^|[，,；;])[^，,；;。！？!?]{1,20}?(?:非常|十分|尤为|尤其|极为|至关|特别|更为|最为|极其)"
                               r"重要[。！!]?$|"
                               # …是促进…协调发展的应有之义: what a goal necessarily includes, a statement of worth
                               r"是[^，,。；;！？!?]{1,40}?的(?:题中)?应有之义[。！!]?$|"
                               # …促进人口长期均衡发展意义重大而深远: the verdict of significance as the predicate
                               # (trialfix20b)
                               r"(?:意义|作用|影响)(?:十分|非常|尤为|极为|特别|更加|更为)?(?:重大|深远)(?:而深远|而重大)?"
                               r"[。！!]?$|"
                               # …是…发展的必然要求, 检察建议是…的重要抓手: what a policy is to a larger aim, the
                               # background an essay argues from (done32: Parts 41-48)
                               r"的(?:必然要求|内在要求|重要抓手|必然选择)[。！!]?$")

#: A clause that ends with a verb of saying before a comma, colon, quotation mark or 要 (要求 alone): its ``who`` is the speaker
#: (``中共中央、国务院《关于…的意见》指出，``, ``会议强调：``, ``习近平总书记指出“``).
# (the speaker may open with a quoted short title: “十四五”规划纲要指出，要…; Part 142's 8037)
_DIRECTIVE_SAID = LazyPattern(r"(?:^|(?<=[，,；;。]))(?P<who>(?:[“「][^，,。；;：:！？!?“”「」]{1,8}[”」])?"
                             r"[^，,。；;：:！？!?“”「」]{1,40}?)"
                             r"(?:明确|进一步|也|还|又|曾|再次|多次|反复|一再|均|都){0,2}"
                             # …再次强调要“…”, 十九大报告明确要求推进…: the quoted word may follow 要 or 要求 at once (done32)
                             r"(?:指出|强调|要求|提出|部署|表示)(?:[：:，,“「]|要(?=[\u4e00-\u9fff“「])|"
                             r"(?<=要求)(?=[\u4e00-\u9fff]))")
#: The verbs of :data:`_DIRECTIVE_SAID`, one of which each of its matches holds (a verb added there needs its word
#: here: ``tests/test_speed22_kinds.py`` checks).
_DIRECTIVE_VERB_GATE = LazyPattern("指出|强调|要求|提出|部署|表示")


@_remembered  # asked several times per sentence; a pure function of it
def quotes_directive(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view, one whole sentence) quotes a policy document, a meeting or a leader
    (``directive_source`` cue group, or a title in ``《…》``) before a verb of saying: ``《…意见》指出，要…``,
    ``会议强调，要…``, ``习近平总书记指出，…``. What follows is their word, which the author reports, unless the
    author's own list or measures section adopts it (the callers read only prose outside any list or region).
    The author's own ``笔者认为`` (``author_self`` cue group) is no quotation. The check is on the whole sentence,
    before a point is cut after the speaker. Linear in ``len(sentence)`` (each clause tried once, 40 characters
    at most)."""
    if _DIRECTIVE_VERB_GATE.search(sentence) is None:
        return False  # (every match holds one of its verbs: one scan, speed22)
    for m in _DIRECTIVE_SAID.finditer(sentence):
        who = m.group("who")
        if has_cue(who, "author_self"):
            continue
        if "《" in who or has_cue(who, "directive_source"):
            return True
    return False


def directive_said_end(point: str) -> int:
    """Offset (characters into ``point``, Simplified view) just past the quoting clause that opens ``point``
    (``会议强调，`` of ``会议强调，要…``; a speaker of :func:`quotes_directive`), or 0 when it opens with none.
    Constant time (the opening clause, 40 characters at most)."""
    m = _DIRECTIVE_SAID.match(point)
    if m is None or has_cue(m.group("who"), "author_self"):
        return 0
    who = m.group("who")
    return m.end() if "《" in who or has_cue(who, "directive_source") else 0


#: What announces a list in a sentence: 以下/如下/下列, or a count of aspects or points (三个方面, 几点; not 两条主线).
#: (Not 以下 after a figure or its unit, 21岁以下青少年, 5万元以下: "under" a quantity, :data:`_BELOW_QUANTITY`; k139141.)
_LIST_ANNOUNCEMENT = LazyPattern(r"(?<![0-9０-９岁歲人元分度级級年%％成吨噸亩畝名户戶])以下|如下|下列"
                                r"|(?:几|[两二三四五六七八九十\d])个?(?:方面|点)")
#: A frame clause before an announcement (对此，/ 为此，/ 针对上述问题，/ 要解决这些问题，): it links, it states nothing.
_FRAME_CLAUSE = LazyPattern(r"(?:对此|为此|因此|鉴于此|基于此|有鉴于此|据此|针对|对于|面对|为了|要想?|解决|破解|应对)")
#: Longest sentence (characters) read as a bare announcement of a list.
ANNOUNCEMENT_CHARS = 40


#: The document's own act of announcing, as its last clause (``现对第四批7个典型案例进行集中公开通报``, ``现将结果反馈给您``,
#: ``现就有关情况答复如下``): 现 and 对/将/就/把, at most 30 characters of what is announced, a verb of announcing
#: (通报, 公布, 反馈, 答复 …), perhaps 给您/如下. Anchored at a clause start, bounded (p30prec).
_OWN_ANNOUNCEMENT = LazyPattern(r"(?:^|(?<=[，,；;]))\s{0,2}(?:特|现|今|兹)(?:对|将|就|把)[^，,。；;：:]{0,30}?"
                               r"(?:通报|公布|公示|反馈|答复|回复|函复|报告|说明|通知|公告|告知)(?:给您|给你们?|如下|于后)?\s{0,2}"
                               r"(?=$|[：:])")
#: A reply's mention of what the asker raised (``接到您反映的问题``, ``关于网友提出的问题``): it names no problem.
_ASKER_RAISED = LazyPattern(r"(?:您|你|网友|市民|群众|来信人|留言人)[^，,。；;]{0,4}?(?:反映|提出|咨询|反馈|留言)的(?:问题|情况|事项)")
#: Longest text (characters) before the document's own announcement (:data:`_OWN_ANNOUNCEMENT`) read as its frame.
OWN_ANNOUNCEMENT_LEAD_CHARS = 60


def announces_own_act(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) ends by announcing the document's own act (:data:`_OWN_ANNOUNCEMENT`:
    ``为发挥警示作用，切实推动问题整改，现对第四批7个典型案例进行集中公开通报``, ``接到您反映的问题，…高度重视，迅速责令
    相关部门研究调查，现将结果反馈给您：…``; what the asker raised names no problem: :data:`_ASKER_RAISED`) after at most :data:`OWN_ANNOUNCEMENT_LEAD_CHARS` characters of a purpose or
    a reply's frame, and neither the frame nor what follows a colon after it names a shortcoming
    (:func:`challenge_strength`, ``prose_challenge``): the notice's or the reply's own lead-in, no point; the cases
    or the findings after it are (p30prec, Parts 29-30). Linear in ``len(sentence)``."""
    s = sentence.strip().rstrip("。；;！!")
    k = s.find("：")
    k = s.find(":") if k < 0 else k
    head, tail = (s, "") if k < 0 else (s[:k], s[k + 1:])
    m = _OWN_ANNOUNCEMENT.search(head, max(0, len(head) - OWN_ANNOUNCEMENT_LEAD_CHARS - 40))
    if m is None or m.start() > OWN_ANNOUNCEMENT_LEAD_CHARS or head[m.end():].strip():
        return False
    frame = _ASKER_RAISED.sub(_blanked, head[:m.start()] + " " + tail)
    return not (challenge_strength(frame) or has_cue(frame, "prose_challenge"))


#: A notice's act of making its cases public, as a sentence's last clause (``自然资源部集中公开通报56个违法违规重大典型问题``,
#: ``曝光67个耕地保护督察发现违法违规重大典型问题``, ``决定公开通报其中15个典型问题``): a verb of making public, at most 30
#: characters, a count and a measure word, at most 30 characters, then the cases' noun (问题, 案例, 案件) ending the clause.
#: Read on a clause of at most :data:`CASES_NOTICE_CLAUSE_CHARS` characters: bounded.
_CASES_NOTICE = LazyPattern(r"(?:通报|曝光|公布)了?[^，,。；;：:！？!?]{0,30}?(?:\d+|[一二三四五六七八九十百两]{1,5})"
                           r"(?:个|起|件|批|宗|项)[^，,。；;：:！？!?]{0,30}?(?:问题|案例|案件)$")
#: Longest last clause (characters) read as a notice's act of making its cases public (:data:`_CASES_NOTICE`).
CASES_NOTICE_CLAUSE_CHARS = 80


def announces_cases_notice(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) tells a notice's act of making its cases public (:data:`_CASES_NOTICE`:
    ``9月8日，自然资源部集中公开通报56个违法违规重大典型问题``, ``为发挥警示作用，省自然资源厅决定公开通报其中15个典型
    问题``) and what stands before that clause is a date, a source or a purpose (``为…``), naming no shortcoming
    (:func:`challenge_strength`, ``prose_challenge``): the act is news of the notice, neither a problem nor a measure; the
    cases it names are the points (Part 162's 督察 notices, k162151). Linear in ``len(sentence)``."""
    s = sentence.strip().rstrip("。；;！!")
    if "通报" not in s and "曝光" not in s and "公布" not in s:
        return False
    k = s.rfind("，")
    k = max(k, s.rfind(","))
    head, last = s[:max(k, 0)], s[k + 1:]
    if len(last) > CASES_NOTICE_CLAUSE_CHARS or _CASES_NOTICE.search(last) is None:
        return False
    return head.lstrip().startswith(("为", "為")) or not (challenge_strength(head) or has_cue(head, "prose_challenge"))


#: A sanction an enforcement office imposed, told as done (``计裁罚176万``, ``合计裁处24万8,360元``, ``各处罚锾1200元``,
#: ``当场开罚``, ``已告发处分``, ``立刻劝导阻止``): a verb of fining before an amount within eight characters, a verb of
#: sanction or of stopping after an adverb of the moment or of completion, or 告发处分. Bounded quantifiers: linear.
_SANCTION_IMPOSED = LazyPattern(r"(?:裁罚|裁处|罚锾|罚款|罚处|开罚)[^，,。；;！？!?]{0,8}?\d"
                               r"|(?:当场|立即|立刻|已|及|并|即)(?:开罚|告发|裁罚|罚款|劝导|取缔)|告发处分")
#: Words that make a report of sanctions no report of work done: sanctions too light, too few, or none (``仅罚款5万元``,
#: ``稽查及裁罚作为均过于消极``, ``毫无开罚动作``: a problem), or a fine still to come (``将依法开罚…``, ``可处…罚锾``,
#: ``可能面临罚款``: a rule, a measure or a risk).
_SANCTION_NOT_DONE = ("仅", "只", "才", "过轻", "偏低", "过低", "太低", "消极", "毫无", "未依法", "面临", "可能", "恐",
                      "将", "可处", "得处", "以下罚")


def reports_sanction_imposed(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) reports the sanctions an enforcement office imposed after its checks
    (:data:`_SANCTION_IMPOSED`: ``查获8家违反空气污染防制法，违规样态包括…，计裁罚176万，后续已要求限期改善``, ``…各查获擅自
    燃烧稻草及废弃木材，当场开罚``) with no word that finds the sanctions wanting or puts them still to come
    (:data:`_SANCTION_NOT_DONE`: ``将依法开罚…``, ``可处…罚锾`` are a measure or a rule) and no modal: the office's work done, told
    by its page or a news report, neither a problem nor a measure; the violations it names are what it acted on (Part
    151's 环保局 pages and news, k162151). Linear: bounded searches and word scans."""
    s = sentence.strip()
    if _SANCTION_IMPOSED.search(s) is None:
        return False
    if any(w in s for w in _SANCTION_NOT_DONE):
        return False
    return not strong_modal(s) and not has_cue(_mask_non_modals(s), "modal")


#: Other countries an essay of the corpus's home regions (the mainland, Taiwan, Hong Kong, Macau) compares itself with, as
#: the subject of a sentence: a country by name or a set of them (``有些国家``, ``欧洲国家``). The United States is left out
#: (its tariffs and laws act on the home region, a challenge there: ``美国对等关税的不确定性``), and so is Singapore (a home of
#: the corpus's essays: ``新加坡人口老龄化的步伐已经加速`` is its own problem).
_FOREIGN_COUNTRY = (r"(?:德国|俄罗斯|日本|韩国|南韩|英国|法国|瑞典|芬兰|丹麦|挪威|荷兰|意大利|义大利|西班牙|加拿大|澳洲|澳大利亚"
                    r"|新西兰|纽西兰|以色列|(?:有些|某些|部分|其他|欧洲|欧美|北欧|西方|先进|已开发)国家)")
#: A sentence whose subject is another country (:data:`_FOREIGN_COUNTRY`): at its start, after a short lead clause
#: (``放眼国外，德国…``, ``事实上，…``) or a word of comparison (``问题严重者如德国、俄罗斯``, ``反观日本``), or as the head of
#: its first clause (``人口早已严重老化的日本，…``). Anchored by match, each part bounded.
_FOREIGN_SUBJECT = LazyPattern(r"(?:[^，,。；;：:！!？?]{1,8}[，,])?(?:[^，,。；;：:]{0,8}(?:如|像|反观|至于|而))?"
                              + _FOREIGN_COUNTRY
                              + r"|[^，,。；;：:！!？?]{0,24}的" + _FOREIGN_COUNTRY + r"[，,]")
#: Words that bring the essay's own country, region or people into a sentence (``我国``, ``台湾``, ``本港``, ``我们``): a
#: comparison that names them (``台湾人口老化的速度，一点也不输日本``) is about home.
_HOME_MARKERS = ("我国", "我们", "台湾", "本港", "香港", "澳门", "本澳", "国内", "本地", "本市", "本县", "我县",
                 "我市", "我省", "本省", "全国", "中国", "两岸")


def describes_foreign_case(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) tells another country's condition as a comparison for the essay's own
    (:data:`_FOREIGN_SUBJECT`: ``放眼国外，德国自1970年代起生育率持续走低…``, ``俄罗斯人口老化与总人口减少的问题，则更形恶化``,
    ``人口早已严重老化的日本，…每年人口自然减少约30万人``) and names nothing of home (:data:`_HOME_MARKERS`): an editorial or a
    report that looks abroad (放眼国外, 反观, 问题严重者如…) gives background, not a challenge or a measure of its own; the
    essay's problems are its home's (Part 151's 少子化 editorials). Linear: one anchored, bounded match and word scans."""
    s = sentence.strip()
    if _FOREIGN_SUBJECT.match(s) is None:
        return False
    return not any(w in s for w in _HOME_MARKERS)


def announces_list_only(sentence: str) -> bool:
    """True when ``sentence`` only announces the list after it (``对此，应当从以下几方面着手：``, ``主要存在以下几个
    问题。``, ``针对上述问题，建议从三个方面加以改进``): at most :data:`ANNOUNCEMENT_CHARS` characters, at most two
    clauses, the last of which announces a list (:data:`_LIST_ANNOUNCEMENT`) and the first of which, if any, is a
    frame (:data:`_FRAME_CLAUSE`: 对此, 为此, 针对…). Such a lead-in is no point: the items after it are. A sentence that
    holds its items (``建议如下：加大投入``) is more than an announcement. Linear in ``len(sentence)``."""
    s = sentence.strip().rstrip("。：:；;！!")
    if not s or len(s) > ANNOUNCEMENT_CHARS or _LIST_ANNOUNCEMENT.search(s) is None:
        return False  # (the last clause's announcement holds one of the pattern's required strings; perf53)
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(s) if c.strip()]
    if not clauses or len(clauses) > 2 or not _LIST_ANNOUNCEMENT.search(clauses[-1]):
        return False
    return len(clauses) == 1 or _FRAME_CLAUSE.match(clauses[0]) is not None


#: Longest clause read as a lead-in that only announces a comparison or an example (:data:`_ANALOGY_LEAD`).
ANALOGY_LEAD_CHARS = 16
#: A clause that only announces a comparison or an example, whole (``打个不恰当的比喻``, ``打個比方來說``, ``举个例子``,
#: ``做一个形象的比喻``): no point of its own (:func:`states_neither`). Anchored by fullmatch, bounded.
_ANALOGY_LEAD = LazyPattern(r"(?:我们?|我們|让我们|讓我們)?(?:再|不妨)?(?:打|做|作|举|舉)(?:一?个|一?個|一)?"
                           r"[^\s，,。；;]{0,6}(?:比喻|比方|例子)(?:来说|來說|说|說|吧)?")
#: Most characters of each part of a page's metadata line (出版：更新：, 来源： 作者： 阅读：).
PAGE_LABEL_CHARS = 4
_LABEL_COLON = LazyPattern(r"[:：]")


@lru_cache(maxsize=1)
def _page_label_gate() -> Callable[[str], object]:
    """:func:`literal_gate` of :func:`is_page_label_line` (perf53): its readings need :data:`_LISTING_COUNT` or
    :data:`_DATE_LINE` to match in the point, or a colon of :data:`_LABEL_COLON` (the label's) or of
    :data:`_FILING_VALUE` (a source line's)."""
    return literal_gate((_LISTING_COUNT, _DATE_LINE, _LABEL_COLON, _FILING_VALUE))


def is_page_label_line(point: str) -> bool:
    """True when ``point`` is a page's metadata line cut into a would-be point (``出版:更新``, ``来源: 作者: 阅读``,
    ``撰文: 评论编辑室``): at least two colon-separated parts, each of at most :data:`PAGE_LABEL_CHARS` characters
    (spaces ignored), the first a label of the ``page_label`` cue group (出版, 来源, 撰文 …); or a listed article's tag and
    view count (:data:`_LISTING_COUNT`: ``业内关注 43725``). A note-style point whose label is no page label
    (``原因：投入不足``) is not one. Linear in ``len(point)``."""
    if _page_label_gate()(point) is None:
        return False  # (each reading below matches one of the gate's patterns in the point; perf53)
    if _LISTING_COUNT.match(point.strip()):
        return True  # 业内关注 43725“…”: a listed article's tag and view count, then the next title (corpus23)
    if _DATE_LINE.fullmatch(point.strip()) or is_source_line(point):
        return True  # 2020-01-29 / 新闻来源：某协会: a page's date or source line under its title (corpus24)
    parts = [p.replace(" ", "").replace("\u3000", "") for p in _LABEL_COLON.split(point.strip())]
    if len(parts) < 2 or any(len(p) > PAGE_LABEL_CHARS for p in parts):
        return False
    return parts[0] in lexicon().words("page_label")


#: A listed article's tag and its count of views or replies, all that is left of a page's list of other articles in
#: a would-be point (``业内关注 43725``, ``业界评论 121756``) that opens it, the next listed title perhaps glued after
#: it: two to six CJK characters, whitespace, three to eight digits, then the end, an opening quote or bracket, or a
#: space before no unit (``建议政府注资 500 亿元`` is a figure of a measure, ``截至 2015 年`` a date). Anchored, bounded.
_LISTING_COUNT = LazyPattern(r"[\u4e00-\u9fff]{2,6}[ \t\u3000]{1,4}\d{3,8}"
                            r"(?=\s{0,4}$|[“\"「《【]|\s{1,4}[^\s\d年月日号時时分秒万萬亿億千百元個个人次%％])")


#: A page's bare date line, all a would-be point holds (``2020-01-29``, ``2022/1/3 15:46``, ``2020年1月29日``): digits
#: joined by date separators, perhaps a clock time after a space. Anchored by ``fullmatch``, bounded.
_DATE_LINE = LazyPattern(r"(?:19|20)\d{2}\s{0,2}(?:[-/.．年]\s{0,2}\d{1,2}\s{0,2}(?:[-/.．月]\s{0,2}\d{1,2}\s{0,2}日?)?)"
                        r"(?:\s{1,4}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")


def is_source_line(point: str) -> bool:
    """True when ``point`` is a page's source or byline line (``新闻来源：贵州省汽车流通协会``, ``信息来源：某局``): a
    label of the ``source_label`` cue group right at its start, a colon, and a value of at most
    :data:`FILING_VALUE_CHARS` characters with no clause mark, as a filing line (:func:`is_filing_label_line`). It names
    who published the page, no point (corpus24). Linear in ``len(point)``."""
    s = point.strip()
    labels = lexicon().words("source_label")
    if not s.startswith(labels):
        return False  # (one test of all the labels before the first one that opens ``s`` is looked for)
    label = next(w for w in labels if s.startswith(w))
    return _FILING_VALUE.match(s, len(label)) is not None


#: Most characters of the value after a filing label (提案人：民盟某市委员会; 承办单位：市卫健委).
FILING_VALUE_CHARS = 30
#: A filing label line: a label of the ``filing_label`` cue group, a colon, then a short value with no clause mark.
_FILING_VALUE = LazyPattern(r"\s{0,2}[:：]\s{0,2}[^，,。；;！？!?]{0,%d}\s{0,2}$" % FILING_VALUE_CHARS)


def is_filing_label_line(point: str) -> bool:
    """True when ``point`` is a proposal's or a motion's filing line (``提案人：致公党某市委员会``, ``承办单位：市卫健委``,
    ``案号：第0123号``): a label of the ``filing_label`` cue group right at its start, a colon, and a value of at most
    :data:`FILING_VALUE_CHARS` characters with no clause mark. It names who filed or handles the text, no point
    (trialfix21b K3). Linear in ``len(point)``."""
    s = point.strip()
    labels = lexicon().words("filing_label")
    if not s.startswith(labels):
        return False  # (one test of all the labels before the first one that opens ``s`` is looked for)
    label = next(w for w in labels if s.startswith(w))
    return _FILING_VALUE.match(s, len(label)) is not None


#: The clause marks and list numbering between the items of an agenda field's value (:func:`is_agenda_field_line`).
_AGENDA_ITEM_SPLIT = LazyPattern(r"[，,；;。]\s{0,2}(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]?\s{0,2})?")
#: Most characters of an agenda field's label before its colon (``会议主要内容：``).
_AGENDA_LABEL_MAX = 6


#: A council motion's procedural formula (``辦法 審議通過後，請縣府積極研議辦理``, ``大會審議通過後，送請市府儘速研處``,
#: ``審查意見 原案通過``, ``大會決議 照案通過``): the form's fields route the motion, they are no point of it (k131: Part
#: 131's county council motions, whose requests are the 案由's items). Simplified view; bounded.
_MOTION_PROCEDURE = LazyPattern(r"审议通过后\s{0,2}[，,]?\s{0,2}送?请|(?:照案|原案)通过")


def is_agenda_field_line(point: str) -> bool:
    """True when ``point`` is a notice's agenda field (``会议内容：通报近期检查发现的问题，部署下一阶段整改工作``): a label of
    the ``agenda_label`` cue group at its start, a colon, and a value each of whose clauses (split at clause marks and
    list numbers) opens with a verb of the ``agenda_verb`` cue group (通报, 部署, 传达, 学习). The field lists the business
    of a meeting: the problems it will hear about or the work it will plan are no point of the text. Linear in
    ``len(point)``."""
    s = point.strip()
    if not s.startswith(lexicon().words("agenda_label")):
        return False
    colon = min((k for k in (s.find("："), s.find(":")) if k >= 0), default=-1)
    if colon < 2 or colon > _AGENDA_LABEL_MAX or s[:colon] not in lexicon().words("agenda_label"):
        return False
    value = s[colon + 1:].lstrip()
    value = re.sub(r"^[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]?\s{0,2}", "", value, count=1)
    items = [c for c in _AGENDA_ITEM_SPLIT.split(value) if c.strip()]
    verbs = lexicon().words("agenda_verb")
    return bool(items) and all(c.lstrip().startswith(verbs) for c in items)


#: A sentence that turns the argument to its next topic (``先看工伤保障``, ``再看算法管理``, ``还要看劳动者的休息权``): a
#: verb of looking (看) after an order word, then the topic, with no clause of its own. It names a topic, no point.
_TOPIC_TURN = LazyPattern(r"\s{0,2}(?:先|再|还要|还得|接着|然后|最后|下面|接下来|其次)(?:来)?看(?:看)?[^，,。；;：:！？!?]{1,16}"
                         r"[。！!]?\s{0,2}$")
#: A conclusion drawn from examples just told (``这些探索说明，…``, ``上述做法表明…``): the author generalizes from them.
_EXAMPLE_CONCLUSION = LazyPattern(r"\s{0,2}(?:这些|上述|以上|这类|此类)[^，,。；;！？!?]{0,6}?(?:说明|表明|证明|告诉我们)")
#: An open question the author sets as the crux (``问题在于，这些原则如何落地``, ``关键是怎样落实``): the crux, no problem.
_OPEN_CRUX = LazyPattern(r"\s{0,2}(?:问题|关键|难点|难题|要害)(?:就|正|还)?(?:在于|是)[，,：:]?[^。；;！？!?]{0,24}?"
                        r"(?:如何|怎样|怎么|能否|是否)")


#: A letter's statement of its purpose (``现就屋邨设施问题向贵署投诉``, ``特就…一事向贵局反映``): 就, the matter, 向, the
#: addressee, a verb of complaining or reporting. It names the letter's subject; its complaints follow.
_LETTER_PURPOSE = LazyPattern(r"(?:^|[，,]\s{0,2})(?:现|特|今|谨|兹)?就[^，,。；;！？!?]{1,30}?向[^，,。；;！？!?]{1,12}?"
                             r"(?:投诉|反映|求助|陈情|举报|提出|反应|申诉)")


#: A topic sentence that compares how many problems a subject faces (``农村老人养老面临的困难比城市更多``): it announces
#: the problems the paragraph goes on to state and states none itself.
_COMPARED_PROBLEMS = LazyPattern(r"\s{0,2}[^，,。；;！？!?]{0,16}?(?:面临|遇到|存在|碰到)的(?:困难|问题|难题|挑战|困境|矛盾)"
                                r"(?:比|较)[^，,。；;！？!?]{1,12}?(?:更多|更大|更突出|更复杂|更严峻|还多|多得多)[。！!]?\s{0,2}$")


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def argues_no_point(point: str) -> bool:
    """Whether ``point`` (a point's text) is a move of the argument rather than a problem or a measure: a turn to the
    next topic (:data:`_TOPIC_TURN`), a conclusion from examples (:data:`_EXAMPLE_CONCLUSION`) that names no only way
    to an outcome (:func:`necessary_condition_measure`), an open question set
    as the crux (:data:`_OPEN_CRUX`), or a phrase of the ``argument_move`` cue group (a concession, ``有一定道理``; an
    outlook, ``大有可为``; patience, ``不可能一蹴而就``; an exhortation that something be present, ``不能缺位``), or a
    letter's statement of its purpose (:data:`_LETTER_PURPOSE`: ``现就…问题向贵署投诉``; trial17 F5), or a topic
    sentence that compares how many problems a subject faces (:data:`_COMPARED_PROBLEMS`; trial17 F15).
    Commentary without headings is read by regions that run on from one paragraph to the next, and these sentences
    open paragraphs (trial17 F11, F12). Bounded: linear."""
    return bool(_TOPIC_TURN.match(point) or _OPEN_CRUX.match(point)
                # (这些实践表明，唯有A，B，才能…: the conclusion names the only way, a measure; k8384)
                or _EXAMPLE_CONCLUSION.match(point) and not necessary_condition_measure(point)
                or cue_pattern("argument_move").search(point) or _LETTER_PURPOSE.search(point)
                or _COMPARED_PROBLEMS.match(point) or closing_slogan(point))


#: Most characters before a closing set phrase in its clause (a subject, a modal, a connective: ``农村养老工作``,
#: ``总之必须``); and most characters of the clause's end searched for the phrase.
SLOGAN_LEAD_CHARS = 8
_SLOGAN_WINDOW = 16
#: One clause that names the stake before a slogan (:func:`closing_slogan`): a short subject, 是, and what it is
#: (``数字经济是新一轮科技革命的主战场``), no modal. Anchored, bounded: linear.
_SLOGAN_FRAMING = LazyPattern(r"[^，,。；;！？!?是]{1,12}是[^，,。；;！？!?]{2,24}$")
#: Most characters of a clause that is only a connective (``总之``, ``因此``) beside the slogan.
SLOGAN_CONNECTIVE_CHARS = 3


@lru_cache(maxsize=1)
def _closing_slogan_re() -> re.Pattern[str]:
    return re.compile(r"(?:%s)[。！!…]*$" % (cue_alternation("closing_slogan") or "(?!)"))


def closing_slogan(point: str) -> bool:
    """Whether ``point`` (a point's text, Simplified or Traditional) is only a closing slogan: every clause of it
    (split at :data:`summarizer.chars.CLAUSE_SPLIT`) ends with a set phrase of the ``closing_slogan`` cue group
    (``久久为功``, ``任重而道远``, ``功成不必在我``) after at most :data:`SLOGAN_LEAD_CHARS` characters (a subject, a
    modal: ``农村养老任重而道远，必须久久为功``); a clause of at most :data:`SLOGAN_CONNECTIVE_CHARS` characters (a
    connective, ``总之``) is passed over. Such a phrase has no object of action: perseverance or an outlook, no
    measure; ``必须久久为功，持续完善养老服务体系`` names one and is kept (fix36b). Linear in the point."""
    pattern = _closing_slogan_re()
    found = False
    framing: str | None = None
    for clause in CLAUSE_SPLIT.split(point):
        clause = clause.strip(" \t\"“”「」『』")
        if len(clause) <= SLOGAN_CONNECTIVE_CHARS:
            continue  # 总之，…; 因此，…: a connective names no act
        m = pattern.search(clause, max(0, len(clause) - _SLOGAN_WINDOW))
        if m is None or m.start() > SLOGAN_LEAD_CHARS:
            if framing is None and _SLOGAN_FRAMING.match(clause) and not strong_modal(clause):
                framing = clause  # 数字经济是新一轮科技革命的主战场，必须…乘势而上: the stake named, then the call (fix40b)
                continue
            return False
        found = True
    return found


#: Problems as the object of speaking or facing them (``讲问题和不足``, ``坦诚面对突出问题``, ``直面短板``): a verb of
#: speaking or facing (``problem_candour_verb`` cue group), at most four characters (no 的: ``面对的问题`` are the
#: problems faced) and a problem noun, perhaps a second one after 和/与/及. Bounded.
_PROBLEM_CANDOUR_FORM = r"(?:%s)了?[^，,。；;：:！？!?的]{0,4}?(?:问题|不足|短板|差距)(?:(?:和|与|及)(?:问题|不足|短板|差距|困难))?"
#: ...or as the topic of a meeting's act of commenting on them (``对存在的不足提出改进建议``, ``针对存在问题作了点评``,
#: k4748): 对/针对, at most six characters, a problem noun, a verb of giving and at most four characters before an
#: opinion noun (``problem_comment_noun`` cue group: 建议, 意见, 点评 …): the proceedings, narrated, name no problem.
_PROBLEM_COMMENT_FORM = (r"(?:针对|对)[^，,。；;：:！？!?]{0,6}?(?:问题|不足|短板|差距)(?:提出|作出|做出|作了|做了|进行|给予|给出)"
                         r"了?[^，,。；;：:！？!?]{0,4}?(?:%s)")


@lru_cache(maxsize=1)
def _problem_candour_re() -> re.Pattern[str]:
    return re.compile(_PROBLEM_CANDOUR_FORM % (cue_alternation("problem_candour_verb") or "(?!)") + "|"
                      + _PROBLEM_COMMENT_FORM % (cue_alternation("problem_comment_noun") or "(?!)"))


@lru_cache(maxsize=1)
def _problem_comment_re() -> re.Pattern[str]:
    return re.compile(_PROBLEM_COMMENT_FORM % (cue_alternation("problem_comment_noun") or "(?!)"))


def comments_on_problems(point: str) -> bool:
    """Whether ``point`` (Simplified view) narrates a comment given on problems it does not name
    (:data:`_PROBLEM_COMMENT_FORM`: ``局长逐一点评，对存在的不足提出改进建议``, ``针对存在问题作了点评``): the
    proceedings of a meeting or a review, no problem stated. Read by :func:`speaks_of_problems` (with the
    candour form) and by :func:`summarizer.register.narrates_procedure` (k4748, neg48). Linear in ``len(point)``."""
    return _problem_comment_re().search(point) is not None


def speaks_of_problems(point: str) -> bool:
    """True when ``point`` (Simplified view) speaks of problems or faces them as such, and says nothing else of
    them: the object of a verb of speaking or facing (:data:`_PROBLEM_CANDOUR_FORM`: ``政府工作报告讲成绩，也讲问题和
    不足``, ``坦诚面对突出问题，更能获得民众的认可``) or the topic of a comment given (:data:`_PROBLEM_COMMENT_FORM`:
    ``局长逐一点评，对存在的不足提出改进建议``) is no problem the text states, and with those spans blanked the
    point names no shortcoming (:func:`challenge_strength`, ``prose_challenge`` cue group) and prescribes nothing
    (:func:`strong_modal`, :func:`modal_strength`): praise of candour (trialfix24b, trial24 K2). Linear in
    ``len(point)``."""
    rx = _problem_candour_re()
    if rx.search(point) is None:
        return False
    rest = rx.sub(_blanked, point)
    return not (challenge_strength(rest) or has_cue(rest, "prose_challenge") or _prose_deficits(rest)
                or strong_modal(rest) or modal_strength(rest))  # (rest: 提出改进建议's noun blanked with its span)


#: Fewest characters after the example word for :func:`example_shortfall` to read an example stated.
EXAMPLE_SHORTFALL_CHARS = 4


def example_shortfall(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view), which opens with an ``example`` cue word (比如, 例如 …), gives a
    shortcoming as its example: the text after the word and its comma or colon states one
    (:func:`challenge_strength`) and prescribes nothing (no modal clause, no strong modal). A survey's or a
    report's problems are often given so (``设施容量不足。比如，某大厦…导致停车位、电梯紧张``): each is a challenge of
    its own (Part 80's 4317, 4285; k7980), while an example of a practice elsewhere (``比如，某市推行了…``) states
    none. Linear in ``len(sentence)``."""
    s = sentence.lstrip()
    word = next((w for w in longest_first("example") if s.startswith(w)), "")
    rest = s[len(word):].lstrip("，,：:、 \u3000")
    if not word or len(rest) < EXAMPLE_SHORTFALL_CHARS or rest.startswith("等"):
        return False  # (例如等问题: no example given, the word stands in a list's frame)
    return bool(challenge_strength(rest)) and not modal_strength(rest) and not strong_modal(rest)


#: The reader asked for opinions (``…方面提出您的宝贵意见``, ``欢迎留下你的建议``, ``敬请提出宝贵建议``): a verb of giving,
#: the second person or the courtesy 宝贵, then 意见/建议/看法. A call for suggestions lists topics it prompts, no
#: measure of its own (the gold rules: prompts are neither; Part 124's 6946). Bounded: linear.
_INVITED_OPINION = LazyPattern(r"(?:提出|提供|发表|留下|分享|提)(?:您|你|您们|你们)?(?:的)?(?:宝贵)(?:的)?(?:意见|建议|看法)"
                              r"|(?:提出|提供|发表|留下|分享)(?:您|你|您们|你们)的?(?:意见|建议|看法)")


def invites_opinions(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) asks its reader for opinions (:data:`_INVITED_OPINION`: ``请您就改善…，
    扩大…方面提出您的宝贵意见``, ``欢迎留下你的建议``): a call for suggestions, whose topics are prompts, neither a
    problem nor a measure of the text. Linear (one gate, one bounded search)."""
    return ("意见" in sentence or "建议" in sentence or "看法" in sentence) and _INVITED_OPINION.search(sentence) is not None


def scoped_example_shortfall(rest: str) -> bool:
    """Whether ``rest``, what follows a ``以某某为例`` opener (:data:`_EXAMPLE_OPENER`; Simplified view), states a
    shortcoming of the scope the opener names and prescribes nothing: ``以清洁业为例，外判工人的工资水平较行业的平均
    还要低`` states the problem for one trade (a challenge word, :func:`challenge_strength`, or a deficiency prose
    states, :func:`_prose_deficits`), where ``以某市为例，该市推行了…`` describes a practice. At least
    :data:`EXAMPLE_SHORTFALL_CHARS` characters after the opener's comma; linear in ``len(rest)``."""
    rest = rest.lstrip("，,：:、 \u3000")
    if len(rest) < EXAMPLE_SHORTFALL_CHARS:
        return False
    return bool(challenge_strength(rest) or _prose_deficits(rest)) and not modal_strength(rest) and not strong_modal(rest)


@_remembered_any_length  # asked several times per sentence; a pure function of it
def states_neither(point: str) -> bool:
    """True when the text of a would-be point (Simplified view, one point's span) states neither a challenge nor a
    recommendation of the essay, whatever region it stands in:

    * a bibliography entry (:data:`_REFERENCE_ENTRY`), a column's author blurb opening with a ``【…】`` tag or a page's
      metadata line (:func:`is_page_label_line`: ``出版:更新``) or a proposal's filing line (:func:`is_filing_label_line`:
      ``提案人：…``), or a council motion's procedural formula (:data:`_MOTION_PROCEDURE`: ``审议通过后，请县府…办理``);
    * text about the text (``meta_text`` cue group: 如前所述, 下面主要探讨, 以上仅对…述评, 第二段论述了), a caveat on
      the study's own data or scope (:func:`study_scope_caveat`: ``本次调查数据不包括在校学生``), a
      reviewer's comment (:func:`is_commentary`) or a report's ceremony (:func:`is_ceremony`: thanks, 欢迎…监督), or
      advice on writing a document (:func:`advises_writing`: 写对策建议要突出重点);
    * a report of what another party said (``某某指出：“…”``, ``某理论告诉我们…``, ``据专家介绍，…``; the author's own ``笔者认为`` is
      not a report: ``author_self`` cue group);
    * an example (``比如：``, ``以某某为例，``), unless the example states a shortcoming (:func:`example_shortfall`,
      :func:`scoped_example_shortfall`);
    * a statement of significance (``关系到…，关系到…``) or a question (ending in 呢/吗);
    * an announcement that problems exist (:func:`announces_problems`) with no deficiency named before it, a
      sentence about the problems already named (``这些问题相互交织…``, not their cause: ``这些问题的根源在于…``), a
      one-clause verdict on the sentence before it (:func:`refers_back`: ``这才是…的主因``), or a
      promise to face them (``problem_handling`` cue group: 直面问题, 认真加以解决, 不能回避);
    * a report whose speaker the point leaves out (it opens with the verb of saying: ``指出…``, ``批评…``), or the
      proceedings of a meeting (``会议听取了…``, ``座谈会上，…``: :data:`_MEETING_NARRATION`);
    * a lead-in that only announces the list after it (:func:`announces_list_only`: ``对此，应当从以下几方面着手``);
    * narration of an event or an achievement (opening with a date, or ``取得了``/``作出了…贡献``: the
      ``achievement`` cue group) or of an activity done (:func:`narrates_activity`), a reported finding
      (``有研究显示…``, ``资料显示…``) or an inference from what came before (``不难看出，…``) that names no
      deficiency (``prose_challenge`` cue group);
    * a statistic or a count of what was done, with no plan or shortcoming around it (:func:`reports_statistic`);
    * a report of progress (``收入稳步增长``, ``差距逐步缩小``: :func:`reports_progress`);
    * a point that ends in a condition cut from its consequence (:func:`ends_in_condition`);
    * a speech's opening formula or a body's report of findings (:data:`_TOLD_PROCEEDINGS`: ``刚才…讲得都很全面``,
      ``巡察组向…通报了…问题``), a policy named as the leadership's decision (:data:`_POLICY_ORIGIN`), what a party did
      before (:data:`_EARLIER_DONE`: ``此前，他已经…``) naming no deficiency, or a section's or field's label
      (:data:`_SECTION_NAME_LABEL`: ``问题分析``, ``第二个领域是立法会``) (trialfix23b), or an area heading naming no
      deficiency (:data:`_AREA_HEADING`: ``在带头严守政治纪律方面``, corpus24);
    * background, a definition, another party's view or the author's own narration (:func:`states_background`);
    * (p27prec) a news report's event of the day (:func:`narrates_news_day`), a worry denied (:func:`denies_worry`:
      又不用担心电费的问题).

    Linear in ``len(point)`` (each pattern is anchored or bounded)."""
    s = point.strip()
    if not s:
        return False
    if "似" in s or "看" in s or "表面" in s:  # (a cheap gate before the opener's pattern)
        k = appearance_main(s)
        if k is not None:
            return states_neither(s[k:])  # 乍看之下，似乎正视问题，但事实上，…: the debunked look is no statement
    if _REFERENCE_ENTRY.search(s) or _COLUMN_TAG.match(s) or is_page_label_line(s) or is_filing_label_line(s)\
            or is_agenda_field_line(s) or _MOTION_PROCEDURE.search(s):
        return True
    if len(s) <= ANALOGY_LEAD_CHARS and _ANALOGY_LEAD.fullmatch(s):
        return True  # 打个不恰当的比喻 / 举个例子: the clause that announces a comparison or an example (p28d)
    if has_cue(s, "meta_text") or is_commentary(s) or is_ceremony(s):
        return True
    if study_scope_caveat(s):
        return True  # 需要注意的是，本次调查数据不包括在校学生: a caveat on the study's own data (fix57)
    if advises_writing(s):
        return True  # 写问题短板要突出“要点”: how to write a report's parts, no point of a subject (trialfix20)
    m = _REPORTED_SPEECH.match(s)
    if m and not has_cue(m.group(1) or m.group(2) or "", "author_self") and not requirement_series(s[m.end():]):
        # (会议强调，要A；要B: a meeting's requirements in news of the body's own meeting are its measures; k127128)
        frames = relayed_finding_frames(s[:m.end()])
        if (frames and frames[-1][1] == m.end() - 1 and m.end() < len(s)
                and not strong_modal(s[m.end():])):
            return states_neither(s[m.end():])  # 报告指出，A: a report's finding relayed, A is read (issue 8; not
            # a directive it quotes, 工作报告明确指出：必须加快…)
        return True
    if _REPORTED_FACT.match(s) and not figured_rise_count(s):
        return True  # (据警方统计，…盗窃案410宗，较前年上升19%: the source of the figures the author's problem rests on; k139141)
    if invites_opinions(s):
        return True  # 请您就改善…，扩大…方面提出您的宝贵意见: the topics a call for suggestions prompts (k124126)
    m = _EXAMPLE_OPENER.match(s)
    if m and not scoped_example_shortfall(s[m.end():]):
        return True
    if s.startswith(lexicon().words("example")) and not example_shortfall(s):
        return True
    if s.startswith(lexicon().words("saying_opener")):
        # 俗话说，要想富，先修路 / 常言道：“…”，光给钱解决不了问题: the saying quoted is neither aspect; what the author says
        # after a closing quotation mark is read on its own (left43)
        close = max(s.rfind("”"), s.rfind("」"), s.rfind('"'))
        rest = s[close + 1:].strip("，,。；;：:！!？? ") if close >= 0 else ""
        return not rest or states_neither(rest)
    if _EARLIER_DONE.match(s) and not has_cue(s, "prose_challenge"):
        return True  # 此前，他已经进行了多场公众咨询: what a party did before, narrated
    if _SECTION_NAME_LABEL.match(s):
        return True  # 问题分析, 第二个领域是立法会: a label over what follows, no statement of its own
    if frames_work_or_study(s):
        return True  # 以某省为例进行实证研究, 检查企业120家次, 督导组采用…方式重点督导…, 相应的改进建议, 全面贯彻…精神
    if _AREA_HEADING.match(s) and not challenge_strength(s.rstrip("。.！!")[1:-2].strip("“”\"「」『』")):
        return True  # 在带头增强党性、严守纪律方面: the area of the 一是… items under it, naming none (corpus24)
    if _MEETING_NARRATION.match(s) or _TOLD_PROCEEDINGS.match(s) or _POLICY_ORIGIN.match(s):
        return True  # 会议听取了…的汇报, 座谈会上，…, 刚才…讲得很好: the proceedings of a meeting, narrated
    if _SURVEY_METHOD.match(s):
        return True  # 调查于九月访问了三百名长者，…: how a survey was made (a news report's background)
    if ("问卷" in s or "方式" in s or "方法" in s or "形式" in s) and _SURVEY_MODE.match(s):
        return True  # 采取网络调查方式，共4368份有效问卷: how a survey was made, as its report states it (p27c)
    if names_study_parts(s):
        return True  # …的实践成效、现存问题与优化研究: a study's title or outline, the parts it treats (done32)
    if "提供" in s and states_study_contribution(s):
        return True  # 为进一步完善…提供参考: what a study contributes, no problem and no measure (p27c)
    if topic_frame_only(s):
        return True  # 针对这些隐患: a topic frame whose main clause was cut away, naming no deficiency (wrong29)
    if ("望" in s[:12] or "期待" in s[:12]) and states_official_hope(s):
        return True  # 政府期望的士车队可以起示范作用: an authority's hope for its own policy, reported (p27c)
    if _STAKE.search(s) or s.endswith(("呢", "吗")) and not asks_for_measure(s + "？"):
        return True  # significance; a question (…的住户呢), unless it proposes (物业为什么不把…封起来呢: weak19)
    if _SIGNIFICANCE_END.search(s) and not urgent_measure(s):
        # (…，提高处置突发事件的能力显得尤为重要: the worth of an action as its subject prescribes it; w64)
        return True  # 坚持…制度，对于…，具有非常重要的意义: what something is worth, not a measure
    if praises_undertaking(s):
        return True  # …开展的大讨论活动，是市委、市政府作出的重要部署: what an undertaking is worth (trialfix20)
    if states_rule_or_reaction(s):
        return True  # 应写明…全称, 提出四条工作建议, 建议全部照单认领, 更是…的有效举措: a template's rule, a count of
        # suggestions, their acceptance or praise of the event, narrated (k127128, Part 128)
    if announces_problems(s) and not has_cue(s[:s.rfind(_last_clause(s))], "prose_challenge"):
        return True  # it only announces problems (…但也暴露出一些亟待解决的问题): the points follow it
    if _BACK_REFERENCE.match(s) and not _states_cause(s):
        return True  # 这些问题相互交织，…: it speaks of the problems already named, it names none
    if "以上" in s or "这些" in s or "上述" in s or "前述" in s:
        lead = _BACK_REFERENCE_LEAD.match(s).end()
        ref = _BACK_REFERENCE.match(s, lead) if lead else None
        if ref is not None and not s[ref.end():].strip("，,。；; "):
            return True  # 温家宝说，对以上问题: a speaker and the topic of what he goes on to say, no point (trialfix21c)
    if refers_back(s):
        return True  # 这才是前景不明朗的主因: a verdict on the sentence before it, whose content it lacks
    if ("问题" in s or "不足" in s) and speaks_of_problems(s):
        return True  # 报告讲成绩，也讲问题和不足; 坦诚面对突出问题，更能获得认可: candour praised, no problem named
    if promises_facing(s):
        return True  # 我们一定直面问题，认真加以解决: a promise to face the problems, no problem and no measure
    if _SAYING_OPENER.match(s) and not opens_with_demand(s):
        return True  # 指出条例执行存在多项漏洞…: a report whose speaker the point's span left out
    if announces_list_only(s):
        return True  # 对此，应当从以下几方面着手: a lead-in, its items are the points
    if describes_foreign_case(s):
        return True  # 放眼国外，德国…: another country's condition, a comparison for home (k151155)
    if reports_sanction_imposed(s):
        return True  # 查获8家…，计裁罚176万: an enforcement office's checks and the fines it imposed, work done (k162151)
    if announces_cases_notice(s):
        return True  # 自然资源部集中公开通报56个…典型问题: the notice's act of making its cases public (k162151)
    if "现" in s and announces_own_act(s):
        return True  # 为发挥警示作用，现对7个典型案例进行集中公开通报: the notice's own act, its cases are the points (p30prec)
    narrates = _DATE_OPENER.match(s) or has_cue(s, "achievement") or _FINDING.match(s)
    if narrates and not has_cue(s, "prose_challenge") and not _turns_to_shortfall(s) and not (
            "有" in s and necessary_condition_measure(s)) and not (  # (由此可见，唯有A，B，才能…: the measure inferred; k8384)
            ("只" in s or "仅" in s) and turned_to_few(s)):  # (只有35%的农田实现了…，仅为…的一半: too few achieved; k137138)
        return True
    if narrates_recent_event(s):
        return True  # 近日，…; 昨日下午，市行评办与5家单位进行对接: a recent event or the day's, narrated (p27prec, p28p)
    if "担心" in s or "发愁" in s or "操心" in s:
        if denies_worry(s):
            return True  # 又不用担心电费的问题: a worry a measure removes, a benefit, no problem stated (p27prec;
            # the gate holds the last word of every worry_denied entry)
    if narrates_activity(s):
        return True  # …等问题进行了调研，征集到…建议: what someone did, narrated
    if states_duty(s):
        return True  # 他们负责排查社区安全隐患, 分管党务、信访等工作: a post's duties, no problem and no measure (corpus24)
    if names_roles(s):
        return True  # 矛盾纠纷的调解员，平安建设的组织员: the roles a worker is praised for, no problem (corpus24)
    if remedies_done(s):
        return True  # 整改了…不规范问题，解决了…实事: problems put right, narrated (false20)
    if reports_statistic(s) or reports_progress(s):
        return True
    if ends_in_condition(s):
        return True  # …，如果高校培养出的学生动手能力差: the consequence that states the point was cut away
    return states_background(s)


@lru_cache(maxsize=1)
def _writing_advice_re() -> re.Pattern[str]:
    """Advice on how to write a document (:func:`advises_writing`): at most three characters of connective, a verb of
    writing (``writing_verb`` cue group: 写, 写好, 撰写), at most 12 characters holding a part of a document
    (``document_part``: 问题, 对策建议, 计划打算), a modal (要, 应, 须) in the same clause; or a part of a named kind of
    document (``document_genre``: 调研报告的核心部分, 报告的问题部分). Bounded."""
    verb = cue_alternation("writing_verb") or "(?!)"
    part = cue_alternation("document_part") or "(?!)"
    genre = cue_alternation("document_genre") or "(?!)"
    return re.compile(r"^[^，,。；;：:]{0,3}?(?:" + verb + r")(?!字)[^，,。；;：:]{0,12}?(?:" + part + r")[^，,。；;：:]{0,12}?"
                      r"(?:要|应|须|需|必须|应当)"
                      r"|(?:" + genre + r")的[^，,。；;：:]{0,6}?部分")


def advises_writing(point: str) -> bool:
    """True when ``point`` (Simplified view) advises how to write a document or speaks of a part of one (``写问题短板要突出
    要点``, ``写好计划打算要坚持…``, ``存在的问题可以说是调研报告的核心部分``: :func:`_writing_advice_re`): a how-to on writing
    names the parts of a report (问题, 对策建议) without stating a problem or a measure of any subject (trialfix20).
    Linear in ``len(point)``."""
    return _writing_advice_re().search(point) is not None


@lru_cache(maxsize=1)
def _drafting_rule_re() -> re.Pattern[str]:
    """A drafting rule (:func:`states_drafting_rule`): a modal (应, 应当, 必须, 须), at most four characters of the same
    clause (简要, 明确), and a verb of setting down in writing or the statute's 下列 (``drafting_verb`` cue group: 写明,
    记明, 载明, 下列). Bounded by the clause (a bare 写明 with no modal, ``既要求实，写明“干货”``, is a writer's advice that
    the gold keeps: Part 68's 3827)."""
    verb = cue_alternation("drafting_verb") or "(?!)"
    return re.compile(r"(?:应当|应该|应|必须|须)[^，,。；;：:]{0,4}?(?:" + verb + ")")


def states_drafting_rule(point: str) -> bool:
    """True when ``point`` (Simplified view) states a rule of how a document is drafted or what a quoted statute
    requires (``送达对象：应写明接收单位的全称``, ``尾部应写明发函日期``, ``起诉状应当记明下列事项``, ``起诉必须符合下列
    条件``: :func:`_drafting_rule_re`): a template's description or a law cited for reference prescribes no measure of
    the essay's own (k127128: Part 128's document template and a judge's article quoting the civil procedure law).
    Linear in ``len(point)``."""
    return _drafting_rule_re().search(point) is not None


@lru_cache(maxsize=1)
def _suggestions_made_re() -> re.Pattern[str]:
    """A narration that a body put forward a count of suggestions (:func:`narrates_suggestions_made`): 提出 (了), a
    count (三, 4, 几) and a classifier (条, 项, 点), at most eight characters, 建议 or 意见, in one clause. Bounded."""
    return re.compile(r"提出了?[一二三四五六七八九十两几\d]{1,3}(?:条|项|点)[^，,。；;：:]{0,8}?(?:建议|意见)")


#: Words after a count of suggestions that open or hold their items (``提出4点建议，一是…``, ``…，包括建议取消…``):
#: the point then states the suggestions, not only their number (:func:`narrates_suggestions_made`).
_SUGGESTION_ITEM_WORDS = ("一是", "包括", "：", ":", "希望", "建议", "如下", "即")


def narrates_suggestions_made(point: str) -> bool:
    """True when ``point`` (Simplified view) narrates that suggestions were put forward by count (``调研组协助常委会提出
    四条工作建议，督促…整改落实``: :func:`_suggestions_made_re`) with no modal before it (``各部门要提出三条建议`` asks),
    no problem named before it and no item after it (:data:`_SUGGESTION_ITEM_WORDS`): the items are the
    recommendations, the narration of their number is none (k127128: Part 128's 人大 survey news). Linear in
    ``len(point)``."""
    m = _suggestions_made_re().search(point)
    if m is None:
        return False
    before, after = point[:m.start()], point[m.end():]
    if strong_modal(before) or any(c in "要应须需" for c in before) or challenge_strength(before):
        return False  # (…存在饮用水困难等问题，并提出了7条建议: the problem named before is the point)
    return not any(w in after for w in _SUGGESTION_ITEM_WORDS)  # (提出4点建议，一是…: the items follow in the point)


def accepts_recommendation(point: str) -> bool:
    """True when ``point`` (Simplified view) reports a served unit's acceptance of a recommendation (``表示检察建议全部
    照单认领，立行立改``: an ``acceptance_verb`` cue word) with no modal in it (``对反馈问题要照单全收`` asks for acceptance
    and stays a measure): a reaction reported in news of a recommendation served, neither aspect (k127128, Part 128).
    Linear in ``len(point)``."""
    m = cue_pattern("acceptance_verb").search(point)
    if m is None:
        return False
    rest = point[:m.start()].replace("建议", "").replace("意见", "")  # (the noun accepted, no modal: 检察建议全部照单认领;
    # 持续整改提升 after the verb is the unit's own)
    return not strong_modal(rest) and not any(c in "要应须需" for c in rest)  # (要…，诚恳接受监督: a requirement)


@lru_cache(maxsize=1)
def _event_worth_re() -> re.Pattern[str]:
    """A sentence praising the event just narrated (:func:`praises_event`), its subject left out or a demonstrative of
    the event: an optional 此次/这次/本次/此举 subject of at most 30 characters, an adverb (更, 也, 正), 是, at most 80
    characters and 的, an adjective of weight and a noun of worth (``undertaking_worth`` cue group) at the end.
    Anchored, bounded."""
    noun = cue_alternation("undertaking_worth") or "(?!)"
    return re.compile(r"^(?:(?:此次|这次|本次|此举|这一做法|该做法|这一举措|该举措)[^是。；;！？!?]{0,30})?"
                      r"(?:更|也|亦|正|无疑|则|就)?是[^。；;！？!?]{1,80}?的(?:重大|重要|有力|有效|根本|具体)(?:"
                      + noun + r")[。！!]?$")


def praises_event(point: str) -> bool:
    """True when ``point`` (Simplified view) praises the event a news report narrates, its subject left out of the
    span or a demonstrative of the event (``更是…推动溯源治理的有效举措``, ``此次公开宣告送达，是…的有效举措``:
    :func:`_event_worth_re`): the news's verdict on what was done, no measure (k127128, Part 128). A measure praised
    by its worth names itself as the subject (``建立…制度是…的重要保障``) and is not read here. Linear in
    ``len(point)``."""
    return _event_worth_re().match(point.strip()) is not None


def states_rule_or_reaction(point: str) -> bool:
    """True when ``point`` (Simplified view) is a drafting rule or a quoted statute's requirement
    (:func:`states_drafting_rule`), a narration of how many suggestions were put forward
    (:func:`narrates_suggestions_made`), a served unit's acceptance of them (:func:`accepts_recommendation`) or the
    news's praise of the event (:func:`praises_event`): neither aspect, read by :func:`states_neither` and as a guard
    of the aspect model's points (k127128, Part 128). Linear in ``len(point)``."""
    return states_drafting_rule(point) or narrates_suggestions_made(point) or accepts_recommendation(point) \
        or praises_event(point)


@lru_cache(maxsize=1)
def _undertaking_worth_re() -> re.Pattern[str]:
    """A sentence that says what its subject is worth (:func:`praises_undertaking`): the subject up to its first 是,
    then at most 80 characters and 的, an adjective of weight (重大, 重要, 有力, 有效, 根本) and a noun of worth
    (``undertaking_worth`` cue group: 举措, 部署, 保障), perhaps a second one after 和, at the end. Anchored, bounded."""
    noun = cue_alternation("undertaking_worth") or "(?!)"
    worth = r"(?:重大|重要|有力|有效|根本)?(?:" + noun + ")"
    return re.compile(r"^(?P<subject>[^是。；;！？!?]{2,60})是[^。；;！？!?]{1,80}?的(?:重大|重要|有力|有效|根本)(?:"
                      + noun + r")(?:和" + worth + r")?[。！!]?$")


def praises_undertaking(point: str) -> bool:
    """True when ``point`` (Simplified view) says what an undertaking is worth (``在全市深入开展的…大讨论活动，是市委、
    市政府作出的重要部署``, ``…是…的重大举措和重要保证``: :func:`_undertaking_worth_re`) and its subject names an undertaking,
    no measure: a noun phrase with 的 that ends with a noun of a campaign (``undertaking_noun`` cue group: 活动, 行动) and
    holds no strong modal (``完善食品安全监管制度建设是加强食品安全的重要保障`` names a measure by its worth and stays a
    point). Praise of a campaign is the background of a report (trialfix20). Linear in
    ``len(point)``."""
    m = _undertaking_worth_re().match(point.strip())
    if m is None:
        return False
    subject = m.group("subject").strip("，, ")
    return "的" in subject and subject.endswith(lexicon().words("undertaking_noun")) and not strong_modal(subject)


@lru_cache(maxsize=1)
def _remedied_done_re() -> re.Pattern[str]:
    """A verb that works on a problem, in the perfective (``addressed_verb``/``addressed_done`` cue groups, and the
    ``remedied_done`` group: 化解, 破解, 扭转), then the rest of its clause, and a next clause of examples opening with
    an ``example`` word (``，如小区房产证办理难、…等问题``): the object of work done (:func:`remedies_done`). Bounded
    by the clause."""
    verbs = "|".join(re.escape(w) for w in sorted(set(lexicon().words("addressed_verb") + lexicon().words("addressed_done")
                                                      + lexicon().words("remedied_done")), key=len, reverse=True))
    examples = "|".join(re.escape(w) for w in lexicon().words("example")) or "(?!)"
    return re.compile(rf"(?:{verbs or '(?!)'})了[^，,。；;]*(?:[，,](?:{examples})[^，,。；;]*)?")


def remedies_done(point: str) -> bool:
    """True when ``point`` narrates problems put right (``整改了8个项目中的程序不规范问题，解决了15件民生实事，如…办理难
    等问题``, ``…，化解了养猪产业崩盘的危机``): a verb of remedy in the perfective (:func:`_remedied_done_re`), no
    deficiency word (``prose_challenge`` cue group) outside the objects of those verbs, no modal and no adversative
    turn. Work done, an achievement: neither aspect. Linear in ``len(point)``."""
    rx = _remedied_done_re()
    if rx.search(point) is None or has_cue(point, "adversative") or modal_strength(point) or strong_modal(point):
        return False
    return not has_cue(rx.sub(_blanked, point), "prose_challenge")


def narrates_news_day(point: str) -> bool:
    """True when ``point`` (Simplified view) narrates a news report's event of the day: it opens with a relative day
    after at most ten characters of its subject (:data:`_NEWS_DAY_OPENER`: ``昨日下午，…``, ``他们昨早与…``,
    ``《某报》日前发起…``), holds an event verb (``news_day_event_verb`` cue group: 举办, 会晤, 对接, 发起) and no
    deficiency predicate (``prose_challenge``), adversative turn or strong modal (:func:`strong_modal`; 坚持 is no bar): what a party did that day, neither aspect
    (``昨天小区的路灯又坏了`` names no event verb and stays a complaint). Linear in ``len(point)`` (p27prec)."""
    s = point.strip()
    if not _NEWS_DAY_OPENER.match(s) or not has_cue(s, "news_day_event_verb"):
        return False
    return not (has_cue(s, "prose_challenge") or has_cue(s, "adversative") or strong_modal(s))


def narrates_recent_event(point: str) -> bool:
    """True when ``point`` (Simplified view) narrates a recent event, as a news lead does, the one reader of the two
    ways a news report dates it: a recent time that opens the sentence (:data:`_RECENT_EVENT`: ``最近…``, ``近日…``,
    ``日前…``, ``上个月…``), narration unless it names a deficiency (``prose_challenge`` cue group) or the author
    draws a verdict from the event (:func:`infers_verdict`: ``近日的新闻，足以显示房屋问题持续恶化``); or a news day
    after its subject with an event verb (:func:`narrates_news_day`: ``昨日下午，市行评办与5家单位进行对接``). Neither
    aspect. :func:`states_neither` asks it first, and :func:`states_background` answers with it for a sentence opened
    by a recent time. Linear in ``len(point)`` (p28p: p27prec's news day and the older
    recent-event opener of :func:`states_background` folded into one reader)."""
    s = point.strip()
    if _RECENT_EVENT.match(s):
        return not (has_cue(s, "prose_challenge") or infers_verdict(s))
    return narrates_news_day(s)


def denies_worry(point: str) -> bool:
    """True when ``point`` (Simplified view) opens, past at most six characters of a subject or linking adverb, with a
    worry denied (``worry_denied`` cue group: ``又不用担心电费的问题``, ``居民再也不必发愁买菜的事``): what a measure spares
    people is a benefit, the problem it names none the text states; no deficiency nor adversative turn may follow in
    a later clause (:func:`challenge_strength`, ``prose_challenge``, ``adversative`` over the rest). Linear in ``len(point)`` (p27prec)."""
    s = point.strip()
    m = cue_pattern("worry_denied").search(s, 0, min(len(s), 6 + 5))
    if m is None or any(ch in s[:m.start()] for ch in "，,；;。"):
        return False
    rest = s[m.end():]
    cut = min((k for k in (rest.find("，"), rest.find(","), rest.find("；")) if k >= 0), default=len(rest))
    later = rest[cut:]
    return not (challenge_strength(later) or has_cue(later, "prose_challenge") or has_cue(later, "adversative"))


def narrates_activity(point: str) -> bool:
    """True when ``point`` narrates an activity as done, in the perfective (``activity_done`` cue group: ``围绕…等问题
    进行了调研，征集到80多条建议``, ``社区开展了一次入户走访``), with no deficiency predicate (``prose_challenge``), no
    modal and no adversative turn (``虽然开展了多轮整治，但…依然突出`` states its problem after the turn): a report of
    what someone did, neither aspect. A modal only in a purpose frame before the clause of the activity (``为进一步密切
    党群关系，促进…，我镇在全镇范围内开展了一次…调查活动``: what the activity was for) does not make it a measure
    (false20). The perfective may be an adverb of completion before a verb of action and its object instead
    (:func:`_done_adverb_re`: ``各地已经组织开展三轮夜间检查``, k4748). Linear in ``len(point)``."""
    recent = None
    m = cue_pattern("activity_done").search(point) or _done_adverb_re().search(point)
    if m is None:
        m = recent = _RECENT_DONE.search(point)
    if m is None and examines_scope(point):
        return True  # 采取听汇报、实地查看等方式，检查《条例》的宣传学习贯彻…等情况: an inspection's scope (corpus23)
    if m is None or has_cue(point, "prose_challenge") or has_cue(point, "adversative") or strong_modal(point):
        return False
    if not modal_strength(point) or recent is not None:
        # (为加强…意识，交通总部近日已联同…进行宣传教育，呼吁市民…: work done lately, its purpose and its appeal
        # with it; k139141)
        return True
    k = m.start()
    for _ in range(3):  # the doer's clause is one of the three clauses that end at the activity's verb
        k = rfind_any(point, "，,", 0, k)
        if k <= 0 or modal_strength(point[k:]):
            return False
        if _ACTIVITY_SUBJECT.match(point, k + 1):
            return True
    return False


#: A post's duties at the start of a point: at most four characters of a holder (他们, 本人, 网格员, 该中心), a duty
#: verb (``post_duty_verb`` cue group: 负责, 分管, 主管…), then the tasks (see :data:`_DUTY_NOUN_HEADS`).
_DUTY_HOLDER_CHARS = 4
#: Characters after a duty verb that make it the head of a noun (负责人, 负责制, 负责任, 负责同志, 分管领导, 主管部门,
#: 主管单位, 主管机关, 负责方): no duty stated.
_DUTY_NOUN_HEADS = frozenset("人制任的同方领部单机")


#: The public an authority's wish may address (``政府希望市民配合…``: an appeal, left to the readers of appeals).
_HOPE_ADDRESSEES = ("市民", "民众", "民眾", "大家", "各界", "社会", "社會", "公众", "公眾", "居民", "国民", "國民", "家长")


def states_official_hope(point: str) -> bool:
    """True when ``point`` (Simplified view) opens with an authority (``news_official`` cue group: 政府, 总理, 局长 …;
    perhaps after 特区/该/本) as the subject of a wish (期望, 希望, 期待, 寄望, 盼望; perhaps after 也/还/亦): the
    authority's hope for its own policy (``政府期望的士车队可以起示范作用``, ``总理还希望回复到原点``), reported, neither a
    problem nor a measure of the essay (p27c; Part 27 943, 950: the trial's "other parties' hopes"). Not a wish
    addressed to the public (``政府希望市民配合…``, :data:`_HOPE_ADDRESSEES`), an appeal. O(1): a bounded head."""
    s = point.strip()
    s = s[2:] if s.startswith(("特区", "特區")) else s[1:] if s[:1] in ("该", "本") else s
    who = next((w for w in lexicon().words("news_official") if s.startswith(w)), None)
    if who is None:
        return False
    rest = s[len(who):]
    rest = rest[1:] if rest[:1] in ("也", "还", "亦", "更", "则") else rest
    wish = next((w for w in ("期望", "希望", "期待", "寄望", "盼望") if rest.startswith(w)), None)
    return wish is not None and not rest[len(wish):].startswith(_HOPE_ADDRESSEES)


#: A study's title or its abstract's list of parts, opening a point (``…厕所革命的实践成效、现存问题与系统优化研究``,
#: ``作用机制、现实困境与优化路径``, ``现状、问题和对策``, ``指出了其中存在的问题和改进的建议``): a noun of the state or the
#: problem joined by 、/与/和/及, within one clause, to a noun of the remedy or the study. It names the parts a paper
#: treats, no problem and no measure (done32: Parts 41-48). Anchored, bounded (24 + 16 characters).
_STUDY_PARTS = LazyPattern(r"[^，,。；;：:]{0,24}?(?:现状|现存问题|问题|困境|挑战|成效|机制|原因)[、与和及]"
                          r"[^，,。；;]{0,16}?(?:对策|路径|策略|研究|建议|出路)")


def names_study_parts(point: str) -> bool:
    """True when ``point`` (Simplified view) opens by naming the parts a study treats (:data:`_STUDY_PARTS`:
    ``数字乡村的作用机制、现实困境与优化路径``, ``养老服务的现状、问题和对策``): a title or an abstract's outline, read
    as neither a challenge nor a recommendation; not where a modal prescribes (:func:`holds_modal`: ``要就欠薪问题与
    有关部门研究解决`` asks). Linear (one anchored match over at most 40 characters, then the modal test)."""
    p = point.strip()
    return _STUDY_PARTS.match(p) is not None and not holds_modal(p)


def states_study_contribution(point: str) -> bool:
    """True when ``point`` (Simplified view) states what a study contributes (p27c): the whole point is a clause of
    benefit (:data:`_STUDY_CONTRIBUTION`: ``为进一步完善…提供参考``, ``这对化解…困境提供了依据``) ending in a noun of
    guidance (``study_guidance_noun`` cue group: 参考, 借鉴, 依据, 启示 …), with no modal word
    (:func:`holds_modal_word`: ``应为企业提供参考`` prescribes). An abstract's closing clause, after its findings and
    proposals: neither a problem nor a measure. Linear in ``len(point)`` (one anchored bounded match)."""
    s = point.strip().rstrip("。.！!；; ")
    if holds_modal_word(s):
        return False
    if _STUDY_CONTRIBUTION.match(s) is not None and s.endswith(lexicon().words("study_guidance_noun")):
        return True
    # (构建…分析模型，以期为…提供借鉴; 本报告旨在为…提供参考依据，同时也为…; …得到一些相关数据，希望能对…提供参考和
    # 依据: the study's purpose after its work, read to the end of the purpose's own clause; p29prec, Part 29)
    m = _STUDY_PURPOSE.search(s)
    if m is None:
        return False
    end = _CLAUSE_MARK.search(s, m.end())
    clause = s[m.end():end.start() if end else len(s)]
    return _STUDY_CONTRIBUTION.match(clause) is not None and clause.endswith(lexicon().words("study_guidance_noun"))


#: A purpose word before a study's contribution (``以期为…提供借鉴``, ``旨在为…提供参考``, ``希望能对…提供参考``): the
#: contribution follows right after it (a wish only with no addressee: ``希望政府能为…`` asks someone to act).
_STUDY_PURPOSE = LazyPattern(r"(?:以期|旨在|意在|力求|希望(?:能够|能|可以)?)(?=[对为])")
#: The end of a clause (:func:`states_study_contribution` reads a purpose's clause to it).
_CLAUSE_MARK = LazyPattern(r"[，,；;。！？!?]")


#: A figure of a tally (:func:`tallies_work`): digits, or a template's blank standing for them (``*家次``, ``xx个``,
#: ``××起``: a 范文 template's placeholder is a figure all the same; wrong29).
_TALLY_FIGURE = r"(?:\d+(?:\.\d+)?|[*＊]{1,3}|[xX×Ｘｘ]{1,3})"
#: The unit counted after a tally's figure (家次, 人次, 处, 起, 万元 …).
_TALLY_UNIT = r"[^\S\n]?(?:多|余)?(?:万|亿)?(?:家次|人次|车次|个|处|项|座|所|家|户|条|台|套|人|名|次|件|案|份|起|场|期|批|元)"
#: Words around tallies that frame them as a period's total (截至目前累计…, 今年以来共…): no statement of their own.
#: k149150 (Part 149's 8447): also a dated period's end (``截至5月20日``, ``截至2023年底``), the field a tally is of
#: (``非煤矿山方面：``, at most 10 characters before 方面 and a colon) and the deadline given to fix what was found
#: (``限期整改3条``: 限期 before the counted 整改).
_TALLY_FRAME = LazyPattern(r"截[至止](?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?|截[至止]\d{4}年(?:底|末)"
                          r"|[^，,。；;：:！？!?\s]{1,10}方面[：:]|限期"
                          r"|截至目前|截止目前|今年以来|全年|累计|共计|共|已|均|分别")


@lru_cache(maxsize=1)
def _tally_re() -> re.Pattern[str]:
    """One tally of work done (:func:`tallies_work`): a verb of work (``tally_verb`` cue group: 检查, 排查, 培训, 处罚),
    at most 16 characters of object with no figure, a figure (:data:`_TALLY_FIGURE`) and its unit. Bounded: linear."""
    verb = cue_alternation("tally_verb") or "(?!)"
    return re.compile("(?:" + verb + r")出?[^，,。；;！？!?\d*＊xX×Ｘｘ]{0,16}?" + _TALLY_FIGURE + _TALLY_UNIT)


#: Content characters (letters, digits, CJK) a tally point may hold besides its tallies and their frame: a subject
#: (我县, 全市各部门) at most.
TALLY_REST_CHARS = 8


@lru_cache(maxsize=1)
def _bare_count_re() -> re.Pattern[str]:
    """A point that is only a counted finding of an inspection (:func:`tallies_work`): an optional grade (一般, 重大,
    较大, 各类), a ``tally_object`` cue word (隐患, 问题隐患, 案件), a figure and its unit, and an optional full stop
    (``隐患27条``, ``隱患1649項`` in the Simplified view; k149150). Used with ``fullmatch``: bounded."""
    return re.compile(r"(?:一般|重大|较大|各类)?(?:" + (cue_alternation("tally_object") or "(?!)") + ")"
                      + _TALLY_FIGURE + _TALLY_UNIT + r"[。；;]?")


#: k161163: one clause of a breakdown by category (``投诉33件``, ``咨询24件``, ``建议3件``): at most six Han characters
#: naming the category, then a figure and its unit, the whole clause. Anchored, bounded.
_CATEGORY_COUNT = LazyPattern(r"\s{0,2}[\u4e00-\u9fff]{1,6}" + _TALLY_FIGURE + _TALLY_UNIT + r"\s{0,2}")
#: A clause that frames or closes such a breakdown (``其中``, ``分别为``, ``均已按时办结``, ``已全部回复``): its total's
#: frame or the handling reported, no statement of its own.
_CATEGORY_FRAME = LazyPattern(r"\s{0,2}(?:其中|分别为|分别是|包括|具体为|具体如下"
                             r"|(?:均|已|均已|全部|已全部|均已全部)(?:按时|按期|及时)?(?:办结|答复|回复|处理|受理|转办|办理完毕))"
                             r"\s{0,2}[。；;]?")
#: Fewest category counts that make a breakdown.
CATEGORY_COUNTS_MIN = 2


def tallies_categories(point: str) -> bool:
    """True when ``point`` (Simplified view) is a breakdown of a total by category: at least
    :data:`CATEGORY_COUNTS_MIN` clauses each a category and its count (:data:`_CATEGORY_COUNT`: ``投诉33件``,
    ``建议3件``) and every other clause its frame or the handling reported (:data:`_CATEGORY_FRAME`: ``其中``,
    ``均已办结``). A mailbox's or a hotline's month (``其中，投诉21件，咨询19件，建议5件，均已按时办结``) counts what came in:
    the category ``建议`` names the messages, no advice, and the breakdown states no problem (Part 163's 9294).
    Linear in ``len(point)``."""
    clauses = [c for c in re.split(r"[，,；;、。]", point) if c.strip()]
    counts = sum(1 for c in clauses if _CATEGORY_COUNT.fullmatch(c))
    return counts >= CATEGORY_COUNTS_MIN and all(_CATEGORY_COUNT.fullmatch(c) or _CATEGORY_FRAME.fullmatch(c)
                                                 for c in clauses)


def tallies_work(point: str) -> bool:
    """True when ``point`` (Simplified view) is a tally of work done (wrong29): one or more clauses each of a verb of
    work, its object and a count (:func:`_tally_re`: ``我县检查各类企业120家次，排查安全隐患35条，立案处罚6起``, a
    template's ``已培训企业*家次``), and besides them at most :data:`TALLY_REST_CHARS` content characters (a subject, a
    period's frame: 截至目前累计…), no modal, future or remaining word (:data:`_STAT_EXEMPT`: 要, 将, 仍, 尚, 未) and
    no shortcoming (:func:`challenge_strength`). The hazard or offence the work dealt with (排查隐患, 查处违法行为) is its
    object, no problem the point states: a work report's results, neither aspect. Linear in ``len(point)``."""
    s = point.strip()
    if _bare_count_re().fullmatch(s) is not None:
        return True  # (隐患27条: a count of what an inspection found cut from its tally, no problem stated; k149150)
    rest = _tally_re().sub("，", s)
    if rest == s or _STAT_EXEMPT.search(_mask_non_modals(s)):
        return False
    rest = _TALLY_FRAME.sub("", rest)
    if sum(ch.isalnum() for ch in rest) > TALLY_REST_CHARS:
        return False
    return not challenge_strength(rest)


@lru_cache(maxsize=1)
def _study_method_re() -> re.Pattern[str]:
    """A study's own work (:func:`states_study_method`): a case or sample the study takes (``以福建省为例进行实证研究``,
    ``以…为样本分析``), or a tool used to study an effect (``采用合成控制法分析…改革对…的影响``: 采用/运用/利用/借助/基于,
    at most 16 characters ending in 法 or 模型, a verb of study, at most 40 characters, 的 and a noun of effect), or an
    evaluation's tools applied to its object at a clause's end (``运用熵值法和综合指数法对…进行评价``: a clause opening
    with such a verb, a name ending in 法 or 模型, at most 40 characters, 进行/开展 and a verb of evaluation), or a
    survey's instruments designed and returned (``设计出…等五种投诉情境模拟``, ``编拟成结构式问卷``, ``回收率70%``).
    Bounded: linear."""
    return re.compile(r"以[^，,。；;]{1,12}?为(?:例|样本|研究对象|案例)[，,]?(?:进行|开展)?(?:实证)?(?:研究|分析|检验)"
                      # k81 (Part 81's 4379, 4346): a structured abstract's method line or a study's method stated
                      # (方法：采用问卷调查法，…; 研究采用半结构式访谈法…): an optional method label, the study's self
                      # reference, a verb of adopting, at most 16 characters and a research method's name ending in 法
                      r"|^(?:(?:研究|材料与|对象与|资料与)?方法\s{0,2}[:：]\s{0,2})?(?:本文|本研究|研究者?|该研究|文章)?"
                      r"(?:主要)?(?:采用|采取|运用|使用)了?[^，,。；;]{0,16}?(?:调查|访谈|问卷|文献|案例|个案|实验|观察|"
                      r"统计|比较|行动研究|叙事|内容分析|德尔菲|扎根)(?:研究|分析)?法"
                      r"|^(?:本文|本研究|文章)?(?:采用|运用|利用|借助|基于)[^，,。；;]{1,16}?(?:法|模型)[^，,。；;]{0,4}?"
                      r"(?:分析|检验|测算|评估|考察)[^，,。；;]{1,40}?的(?:影响|效应|作用|差异|关系)"
                      # issue 8 (Part 62, w62): an evaluation's tools applied to its object (运用熵值法和综合指数法对
                      # 某省…能力进行评价; 运用灰色关联度法、综合指数法两种方法，对…进行全面而综合的评价)
                      r"|(?:^|[，,])(?:本文|本研究|文章)?(?:采用|运用|利用|借助|基于|使用)[^，,。；;]{1,30}?(?:法|模型)"
                      r"[^。；;]{0,40}?(?:进行|开展)了?[^，,。；;]{0,8}?(?:评价|测度|测算|评估|分析|检验|考察)(?=[，,。；;]|$)"
                      # ...a survey's instruments designed (设计出如「…」等五种不同的投诉情境模拟; 编制成结构式问卷) and its
                      # returns (共回收210份问卷, 回收率70%)
                      r"|设计(?:出|了)?[^。；;]{0,60}?(?:情境|情景|问卷|量表)(?:模拟)?(?=[，,。；;]|$)"
                      r"|(?:编拟|编制|编制成|编拟成)[^，,。；;]{0,12}?(?:问卷|量表)|回收率[为达约]?\s{0,2}\d"
                      r"|(?:回收|发放)[^，,。；;]{0,8}?份?问卷"
                      # ...and its question (进一步分析其…机制是否能有效缩短…: whether, not what should be done)
                      r"|^(?:本文|本研究|文章)?(?:进一步)?(?:分析|探讨|探究|考察|检验|评估)[^。；;！？!?]{1,40}?是否")


#: The angles a study works from (``从战略逻辑、竞争逻辑等方面论述了…``: 从, at most 30 characters ending in
#: 方面/角度/逻辑, a verb of study) or the summing up after an abstract's analysis (``并在此基础上，总结出…建议``): the
#: opening of a point that announces what the paper does (:func:`states_study_method`; wrong30). Anchored, bounded.
_STUDY_ANGLE = LazyPattern(r"(?:本文|本研究|文章)?从[^，,。；;]{1,30}?(?:方面|角度|维度|层面|逻辑|视角)[，,]?"
                          r"(?:论述|阐述|阐释|分析|探讨|梳理|考察)了?"
                          r"|并?在此基础上[，,]?(?:总结|归纳|提炼)出?"
                          # wrong31: the paper names its own act on its topic (本文将针对…的常见问题、成因以及改进措施
                          # 进行深入探讨; 笔者从剖析…存在的问题入手; 对…制度运行效能及其存在问题进行分析，并提出相应改革
                          # 建议): what it will discuss, announced, no problem or measure of the subject stated
                          r"|(?:本文|本研究|文章|笔者)[^，,。；;]{0,4}?(?:针对|对|就|从)[^。；;]{1,60}?"
                          r"(?:(?:进行|展开|作|做)了?(?:深入|系统|初步|全面)?的?(?:探讨|分析|研究|论述|剖析|探析)|入手)"
                          r"|对[^，,。；;]{1,60}?进行(?:分析|探讨|研究|剖析|思考|反思|梳理)[，,]并?提出[^，,。；;]{0,20}?(?:建议|对策)"
                          # issue 8 (Part 62, w62): a study's aim stated (本研究目的在于探讨…; 本文的主要目的是…)
                          r"|(?:本研究|本文|本论文|本课题|本计划)的?(?:主要)?(?:研究)?目的(?:在于|是|为|主要是)"
                          # ...and its theoretical angle (研究以政策执行为理论视角，以…为依据，解析…)
                          r"|(?:本研究|本文|研究|文章|本课题)以[^，,。；;]{1,30}?为(?:理论|分析)?(?:视角|框架|切入点)")


#: A study's results announced as a list (``研究结论如下：一、…``; issue 8, Part 62): the lead-in opening a point.
_RESULTS_LEAD = LazyPattern(r"(?:本研究|本文|研究)?的?(?:主要)?(?:研究)?(?:结论|结果|发现)如下\s{0,2}[:：]?")


@lru_cache(maxsize=1)
def _study_method_gate() -> Callable[[str], object]:
    """:func:`literal_gate` of :func:`states_study_method` (perf53): each of its readings that answers True needs
    :data:`_RESULTS_LEAD`, :data:`_STUDY_ANGLE`, :func:`_study_method_re` or :data:`_SPEAKER_TOPIC` to match in the
    point, or a word of ``study_self_reference`` or ``study_verb`` to open it (or its part after 本文)."""
    words = lexicon().words("study_self_reference") + lexicon().words("study_verb")
    return literal_gate((_RESULTS_LEAD, _STUDY_ANGLE, _study_method_re(), _SPEAKER_TOPIC), words)


#: Most characters before a :func:`study_scope_caveat`'s subject word (``需要注意的是，本次调查数据…``).
STUDY_CAVEAT_LEAD_CHARS = 12


def study_scope_caveat(point: str) -> bool:
    """True when ``point`` (Simplified or Traditional) is a caveat about the study's own data or scope: a
    ``study_data_subject`` word (本次调查, 本研究, 样本, 以上数据 …) within its first :data:`STUDY_CAVEAT_LEAD_CHARS`
    characters (past spaces) and a ``study_scope_verb`` after it (不包括, 仅限于, 来源于, 截至 …): ``本次调查数据不包括
    在校学生``, ``本研究样本仅限于城镇户籍青年``; no verb of finding after the subject (``study_finding_verb``:
    ``本次调查数据显示，截至…仍有三成…未纳入…`` reports a finding). How the writer's numbers were gathered is neither a
    problem of the subject nor a measure, whatever caution frames it (``需要注意的是，…``; fix57). Linear in
    ``len(point)``: three cue scans."""
    s = point.lstrip()
    m = _cue_search("study_data_subject")(s[:STUDY_CAVEAT_LEAD_CHARS + 8])
    if m is None or m.start() > STUDY_CAVEAT_LEAD_CHARS:
        return False
    rest = s[m.end():]
    return has_cue(rest, "study_scope_verb") and not has_cue(rest, "study_finding_verb")


def states_study_method(point: str) -> bool:
    """True when ``point`` (Simplified view) states how or why a paper studies its subject (wrong29; a journal
    abstract's method and aim): an opening that announces the study's angle or sums it up (:data:`_STUDY_ANGLE`,
    the rest holding no modal but the noun 建议: ``从…等方面，阐述构建…``, ``并在此基础上，总结出…的发展建议``;
    wrong30), a results list's lead-in over a finding that states no shortfall and prescribes nothing
    (:data:`_RESULTS_LEAD`: ``研究结论如下：一、…会有不同之归因认知``; Part 62), a case, sample or tool of the study
    (:func:`_study_method_re`), or an opening verb of
    study (``study_verb`` cue group: 分析, 探讨, 考察; after 本文/本研究 at most) with a word of the study's aim
    (``study_aim``: 以期, 作用机制, 影响因素, 实证研究) later: ``分析当前…存在的共性问题，以期寻求…路径``, or an
    opening where the text refers to itself (``study_self_reference``: 本文, 本研究, 本报告) with no verb of finding
    soon after it (``study_finding_verb``: 认为, 发现; prec39: ``本文陈述了…的现状``, ``本文尝试探讨…``). With no
    modal word (:func:`holds_modal_word`: ``应深入分析…的影响因素`` prescribes). Neither a problem nor a measure of
    the subject. Linear in ``len(point)`` (anchored or bounded patterns, one cue scan)."""
    s = point.strip()
    if _study_method_gate()(s) is None:
        return False  # (each reading that answers True matches one of its patterns or opens with a listed word)
    lead = _RESULTS_LEAD.match(s)
    if lead is not None:  # 研究结论如下：一、…: the study's finding, unless it states a shortfall or prescribes
        rest = s[lead.end():]
        return not (holds_modal_word(rest) or challenge_strength(rest))
    angle = _STUDY_ANGLE.match(s)
    if angle is not None:  # 从…等方面，阐述…; 在此基础上，总结出…建议: the paper's own angle, its proposals' name
        return not holds_modal_word(s[angle.end():].replace("建议", ""))
    if holds_modal_word(s):
        return False
    if _study_method_re().search(s) is not None:
        return True
    if s.startswith(lexicon().words("study_self_reference")) and not has_cue(
            s[:STUDY_FINDING_CHARS], "study_finding_verb"):
        return True  # (本文陈述了…的现状, 本文尝试探讨…, 本研究由治疗师…进行…介入: the paper's own work; prec39)
    if _SPEAKER_TOPIC.match(s) is not None:
        return True  # (今日我集中讨论…的问题: the talk's or the text's topic, no problem stated of its own; left45)
    lead = next((len(w) for w in ("本研究", "本文", "文章") if s.startswith(w)), 0)
    return s.startswith(lexicon().words("study_verb"), lead) and has_cue(s, "study_aim")


#: A speaker's or an author's statement of what the talk or text takes up (``今日我集中讨论…的问题``, ``下面我们
#:重点谈谈…``, ``本节主要分析…``, a column's ``本周，我专门谈谈…的问题``): a time (of a talk or a column's issue), place or
#: part of the text and/or the speaker, then at most three adverbs
#: of focus or intent, then a verb of discussing (:func:`states_study_method`; left45). Anchored, bounded.
_TOPIC_WHEN = "(?:今日|今天|今晚|本周|本月|本期|今期|这期|这一期|本次|这次|今次|本篇|下面|接下来|本讲|本节|本章|这里|此处|在此)"
_TOPIC_WHO = "(?:我们|我|笔者|本人)"
_TOPIC_FOCUS = "(?:集中|主要|重点|着重|简要|专门|想|将|来|试|拟|尝试|仅|先|再)"
_SPEAKER_TOPIC = LazyPattern(
    rf"(?={_TOPIC_WHEN}|{_TOPIC_WHO}{_TOPIC_FOCUS}{{0,3}}(?:讨论|探讨|谈谈|谈一谈|论述|说说|聊聊|阐述))"
    rf"{_TOPIC_WHEN}?[，,]?{_TOPIC_WHO}?{_TOPIC_FOCUS}{{0,3}}"
    r"(?:讨论|探讨|谈谈|谈一谈|分析|论述|研究|说说|聊聊|阐述)(?!发现|表明|显示|认为|得出|结果)")


#: Characters after a study's reference to itself (``本文``) read for a verb of finding (``study_finding_verb``:
#: ``本文认为…``, ``本研究发现…`` report the study's finding, which may state a problem).
STUDY_FINDING_CHARS = 12


#: Most characters before an inspecting body that opens a point (``各``, ``市防办``, ``第三``): its owner or number.
INSPECTION_OWNER_CHARS = 6


@lru_cache(maxsize=1)
def _inspection_re() -> re.Pattern[str]:
    """What an inspection did, narrated (:func:`narrates_inspection`): a point opening with an inspecting body
    (``inspection_body`` cue group: 督导组, 检查组, 巡察组; at most :data:`INSPECTION_OWNER_CHARS` characters of owner
    before it), one opening with a verb of inspection in the past (``inspection_verb``, ``inspection_act`` and 了: ``查找了``,
    ``核查了``), or a clause that is only an inspection's object and act (``对…进行抽查``, at most 40 characters
    between, in the past: ``对…进行了抽查``; ``对重点企业进行检查`` may be a plan's measure). Anchored, bounded: linear."""
    body = cue_alternation("inspection_body") or "(?!)"
    verb = "|".join(filter(None, (cue_alternation("inspection_verb"), cue_alternation("inspection_act")))) or "(?!)"
    return re.compile(r"(?P<body>[^，,。；;：:]{0,%d}?(?:%s))" % (INSPECTION_OWNER_CHARS, body)
                      # (or that verb after the inspection's time and a manner adverb: 检查中重点查看了…, 督查时逐一
                      #核查了…; neg37: an inspection news report's checks)
                      + r"|(?:在)?(?:" + verb + r")(?:中|时|过程中)[，,]?(?:重点|主要|逐一|仔细|认真|详细)?(?:" + verb + r")了"
                      + r"|(?:" + verb + r")了"
                      + r"|对[^，,。；;！？!?]{2,40}?(?:进行|开展)了(?:" + verb + r")[。；;，,]?$")


def narrates_inspection(point: str) -> bool:
    """True when ``point`` (Simplified view) narrates what an inspection did (wrong30; a news report of a supervision
    or spot check): it opens with the inspecting body (``督导组一行采用“四不两直”的形式抽查了…``, ``各督导组采用听取汇报、
    现场查看等方式重点督导…``), with a verb of inspection in the past (``查找了…存在的问题隐患，就…进行了评估``), or is
    only the object and act of one done (``对各单位的隐患排查整治工作情况进行了抽查``) (:func:`_inspection_re`); with no modal
    (:func:`holds_modal_word`) and no word by which the body reports a finding or demands (``inspection_report_verb``:
    要求, 指出, 发现, 强调 — ``督导组要求各地要…`` states the measures, ``检查组发现部分水库…`` the problems), and,
    opening with the body, a verb of its act after it (``inspection_verb``, ``inspection_act``, ``inspection_frame``:
    ``巡视组自身建设`` names a topic) and no deficiency (``prose_challenge``: ``执法检查组人员过多，层层陪同`` is the body's
    fault). The
    hazards it checked are its object, no problem stated; its method no measure. Linear in ``len(point)``."""
    s = point.strip()
    m = _inspection_re().match(s)
    if m is None or holds_modal_word(s) or has_cue(s, "inspection_report_verb"):
        return False
    if m.group("body") is None:
        return True
    rest = s[m.end():]  # the body's act: 巡视组自身建设 names a topic, 执法检查组人员过多 the body's own fault
    acts = any(has_cue(rest, g) for g in ("inspection_verb", "inspection_act", "inspection_frame"))
    return acts and not has_cue(s, "prose_challenge")


#: A research gap (issue 8, Part 62: a thesis's or a paper's motivation): studies, literature or discussion of a
#: subject said to be lacking or few, at most two degree adverbs between (``有关…的研究却相对缺乏``, ``相关文献较少``,
#: ``此方面的探讨仍十分有限``; not ``基础研究投入还不足``, ``研究深度不足``: a thing of research lacking, which may be
#: the subject's own problem). Bounded: linear.
_RESEARCH_GAP = LazyPattern(r"(?:研究|文献|探讨|论述|实证分析)(?:成果)?"
                           r"(?:尚|仍|还|相对|较为|却|则|比较|仍然|依然|十分|非常|极为|都|更为|也|目前){0,2}"
                           r"(?:缺乏|匮乏|较少|很少|鲜见|少见|不多|空白|欠缺|不足|有限|缺失)")


def states_research_gap(point: str) -> bool:
    """True when ``point`` (Simplified view) says that studies of its subject are lacking (:data:`_RESEARCH_GAP`:
    ``…的研究却相对缺乏，有待更多的研究投入``): a paper's motivation, no problem of the subject (the gold rule of Part
    62: a research gap is no challenge). Linear in ``len(point)``."""
    return _RESEARCH_GAP.search(point) is not None


#: A size standard's criterion (issue 8, Part 62: a thesis's definitions): a modal, 满足 or 符合, and a threshold
#: figure (``中型企业须同时满足从业人员300人及以上，营业收入3000万元及以上``). Bounded: linear.
_CRITERION_VERB = LazyPattern(r"(?:须|需|应|必须|需要)(?:同时)?(?:满足|符合)")
_CRITERION_FIGURE = LazyPattern(r"\d[\d.,]{0,12}\s{0,2}[\u4e00-\u9fff]{0,3}?(?:及以上|以上|及以下|以下|以内)")


def states_criterion(point: str) -> bool:
    """True when ``point`` (Simplified view) states a standard's criterion: a modal with 满足 or 符合
    (:data:`_CRITERION_VERB`) and at least two threshold figures (:data:`_CRITERION_FIGURE`: ``300人及以上``,
    ``1.5亿元以下``). What a class is defined by, no measure the author urges (``物业中型企业须同时满足从业人员300人及以上，
    营业收入3000万元及以上``). Linear in ``len(point)``."""
    return (_CRITERION_VERB.search(point) is not None
            and sum(1 for _ in zip(range(2), _CRITERION_FIGURE.finditer(point))) >= 2)


def promises_facing(point: str) -> bool:
    """True when ``point`` (Simplified view) promises to face the problems already named and names none of its own
    (``problem_handling`` cue group: 直面问题, 认真加以解决, 不能回避; no ``prose_challenge`` word): ``对此，我们一定高度
    重视，认真加以解决`` closes a work report's paragraph of problems, neither a problem nor a measure. One of the
    readings of :func:`states_neither`; not one the learned model's points are held to (measured, try47: the model's
    whole sentences, ``…必须直面问题、对症下药，在…增设充电桩``, hold the measure after the vow). Linear in
    ``len(point)``."""
    return (has_cue(point, "problem_handling") and not has_cue(point, "prose_challenge")
            and not demands_facing_pair(point))


#: A run-in demand heading that pairs facing the problems with another act (``一是要直面问题、紧盯关键``): an optional
#: ordinal, a modal, two phrases of 2-8 characters joined by 、 (:func:`demands_facing_pair`).
_FACING_PAIR = LazyPattern(r"\s{0,2}(?:[一二三四五六七八九十]是)?(?:要|必须|务必|需要)"
                           r"(?P<first>[^、，,。；;：:]{2,8})、(?P<second>[^、，,。；;：:]{2,8})(?:[。；;，,]|$)")


def demands_facing_pair(point: str) -> bool:
    """Whether ``point`` is a leader's demand heading that pairs facing the problems with another act
    (:data:`_FACING_PAIR`: ``一是要直面问题、紧盯关键``): a demand of a meeting's list, the heading of its measures, not
    a vow to face the problems named before (:func:`promises_facing`; Part 173's 9896; fix61). One anchored match."""
    m = _FACING_PAIR.match(point)
    return (m is not None and has_cue(m.group("first"), "problem_handling")
            and not has_cue(m.group("second"), "problem_handling"))


def frames_work_or_study(point: str) -> bool:
    """True when ``point`` (Simplified view) is of the register of work or study, which states neither aspect however
    its sentence reads: a study's own method, aim or angle (:func:`states_study_method`, wrong29/wrong30), a tally of
    work done (:func:`tallies_work`, wrong29) or a breakdown by category (:func:`tallies_categories`: ``其中，投诉21件，
    建议5件``; k161163), an inspection narrated (:func:`narrates_inspection`), a section's name
    (:func:`names_section_only`) or a guiding formula (:func:`states_guiding_formula`) (wrong30), a research gap
    (:func:`states_research_gap`) or a standard's criterion (:func:`states_criterion`) (issue 8, Part 62). One of the readings
    of :func:`states_neither`, and the only ones the learned model's points pass (``points.extract_points``: the rest
    of :func:`states_neither`, its readers of openers, reports and scenes, drop the model's whole sentences the gold
    takes: measured, about 80 gold points of Parts 1-40 lost for about 70 wrong ones). Linear in ``len(point)``."""
    return (names_section_only(point) or states_guiding_formula(point) or states_study_method(point)
            or tallies_work(point) or tallies_categories(point) or narrates_inspection(point) or states_research_gap(point)
            or states_criterion(point) or narrates_discussion(point))


#: A clause that ends by narrating a discussion held on a topic (``大家围绕…存在的共性问题和亟待解决的…等问题进行了
#: 交流和探讨``; Simplified view): a topic frame (围绕, 就, 针对), at most :data:`DISCUSSED_TOPIC_CHARS` characters of
#: the topic ending in a topic noun (问题, 课题, 议题 …: the problems only named; not ``就…责任不明确，屡屡出现互相推诿的
#: 情况开展了充分讨论``, a situation described, Part 14's 728), a verb of holding (进行, 展开, 开展) and a verb of
#: discussing, at the point's end. Bounded: linear.
DISCUSSED_TOPIC_CHARS = 80
_DISCUSSION_END = LazyPattern(
    r"(?:围绕|就|针对)[^。！？!?；;]{1,%d}?(?:问题|课题|议题|话题|事宜|主题)(?:进行|展开|开展)了?(?:深入|充分|认真|热烈|广泛)?的?"
    r"(?:交流|探讨|讨论|研讨|座谈|沟通|协商)(?:(?:和|与|、)(?:交流|探讨|讨论|研讨|座谈|沟通|协商))?[。；;!！]?$"
    % DISCUSSED_TOPIC_CHARS)


#: A demand made of a study's own team (``要求调研组要结合…，认真做好此课题``, ``希望课题组尽早完成调研报告``; Simplified
#: view): at most 12 characters of speaker, a verb of asking, then the team's name. Anchored, bounded.
_STUDY_TEAM_DEMAND = LazyPattern(r"\s{0,2}[^，,。；;！？!?]{0,12}?(?:要求|希望|叮嘱|嘱咐|勉励)(?:调研组|课题组|调研小组|课题小组|"
                                r"调研团队|课题团队|研究团队|调研组全体成员|调研组成员)")


def instructs_study_team(point: str) -> bool:
    """True when ``point`` (Simplified view) is a demand a leader makes of the team doing a study
    (:data:`_STUDY_TEAM_DEMAND`: ``要求调研组要…认真做好此课题，争取尽早完成调研报告``): how the study is to be done, no
    measure for the matter studied (Part 61's research-visit news 3152). Linear in ``len(point)``."""
    return _STUDY_TEAM_DEMAND.match(point) is not None


def narrates_discussion(point: str) -> bool:
    """True when ``point`` (Simplified view) narrates that a meeting discussed a topic (:data:`_DISCUSSION_END`:
    ``调研组与县教育局座谈，大家围绕当前乡村学校存在的共性问题…进行了交流和探讨``): the problems it names are what was
    talked about, not stated as the author's (Part 61's research-visit news 3152). Not with a modal or a word by which
    the speakers report a finding (``inspection_report_verb``: 指出, 发现). Not :func:`summarizer.points.narrates_discussion`,
    its namesake (a would-be challenge's topic named only by a referring modifier), nor :func:`topic_narration_start`
    (an offset where the narration opens): see there. Linear in ``len(point)``."""
    s = point.strip()
    if len(s) > 4 * DISCUSSED_TOPIC_CHARS:
        s = s[-4 * DISCUSSED_TOPIC_CHARS:]
    return (_DISCUSSION_END.search(s) is not None and not holds_modal_word(s)
            and not has_cue(s, "inspection_report_verb"))


@lru_cache(maxsize=1)
def _duty_gate() -> Callable[[str], object]:
    """:func:`literal_gate` of :func:`states_duty` (perf53): it answers True only where a ``post_duty_verb`` word stands
    in the point's head."""
    return literal_gate((), lexicon().words("post_duty_verb"))


def states_duty(point: str) -> bool:
    """True when ``point`` states a post's duties (``他们负责排查社区安全隐患``, ``本人分管党务、信访等方面工作``,
    ``负责将国家的各项政策传达给居民``): it opens with at most :data:`_DUTY_HOLDER_CHARS` characters of a holder, no
    clause break, then a verb of the ``post_duty_verb`` cue group (not the head of a noun: 负责人, 分管领导, 主管部门);
    the point holds no modal and the holder's words no negation, assignment or future marker (``由街道负责…``,
    ``要明确专人负责…``, ``无人负责``, ``无力承担…`` and ``将分管…`` are a measure or a problem:
    ``post_duty_exclusion``). A description of what a post does, neither aspect (the gold rule of Part 25: duties
    described are neither), nor when a 却 turns the duty to a lack (:func:`_contrary_lack_re`). Linear in
    ``len(point)``."""
    s = point.strip()
    head = s[:_DUTY_HOLDER_CHARS + 4]
    if _duty_gate()(head) is None:
        return False  # (no verb of the post's duty in the head: none is found below; perf53)
    if turns_to_lack(s):
        return False  # 地方政府承担了主要事权却没有足够的财政支持: the duty is borne without the means (weak26)
    for verb in lexicon().words("post_duty_verb"):
        k = head.find(verb)
        if k < 0 or k > _DUTY_HOLDER_CHARS:
            continue
        holder, after = s[:k], s[k + len(verb):k + len(verb) + 2]
        if not after or after[:1] in _DUTY_NOUN_HEADS:
            return False  # 负责人, 负责同志, 分管领导, 主管部门: the verb heads a noun
        if any(c in holder for c in "，,；;：:。、") or holds_modal_word(s) or has_cue(holder, "post_duty_exclusion"):
            return False
        return True
    return False


#: One clause that names a role by what it serves (``矛盾纠纷的调解员``, ``民情信息的收集员``, ``群众的贴心人``): at most
#: twelve characters of a field, 的, then at most four characters ending in an agent suffix. Anchored, bounded.
_ROLE_CLAUSE = LazyPattern(r"[^，,、；;。的]{1,12}的[\u4e00-\u9fff]{0,3}[员者手人]")
#: Fewest role clauses in a point that :func:`names_roles` reads as a list of roles.
ROLE_CLAUSES = 2


def names_roles(point: str) -> bool:
    """True when every clause of ``point`` (split at ``，,、；;``, at least :data:`ROLE_CLAUSES` of them) names a role by
    what it serves (:data:`_ROLE_CLAUSE`: ``矛盾纠纷的调解员，平安建设的组织员，民情信息的收集员``): a profile's praise of
    what a worker is; a problem noun there (矛盾纠纷) is the field of the role, no problem stated (corpus24). Linear in
    ``len(point)``."""
    if "的" not in point:
        return False  # (every role clause holds 的: :data:`_ROLE_CLAUSE`; perf53)
    clauses = [c.strip() for c in re.split(r"[，,、；;]", point.strip().rstrip("。.！!")) if c.strip()]
    return len(clauses) >= ROLE_CLAUSES and all(_ROLE_CLAUSE.fullmatch(c) for c in clauses)


def examines_scope(point: str) -> bool:
    """True when ``point`` narrates what an inspection or a survey looked at: a verb of examining
    (``inspection_verb`` cue group: 检查, 督查, 视察, 察看…) whose object, at most
    :data:`EXAMINED_OBJECT_CHARS` characters with no clause break, ends in 情况, the verb either in the perfective
    (``重点检查了人民警察依法履职…情况``) or after the narration of the visit or its method in the same sentence
    (``inspection_frame``: ``采取听汇报、实地查看等方式，检查…等情况``, ``深入到…实地察看…情况``); with no
    modal, no deficiency predicate and no adversative turn. Neither aspect: the scope of a visit, not a problem or a
    measure (``定期检查各项制度落实情况`` has no such narration and stays a measure). Linear in ``len(point)``: the
    bounded object is read from each verb (corpus23)."""
    if (not has_cue(point, "inspection_verb") or has_cue(point, "modal") or has_cue(point, "prose_challenge")
            or has_cue(point, "adversative")):
        return False
    frame = cue_pattern("inspection_frame").search(point)
    for m in cue_pattern("inspection_verb").finditer(point):
        end = m.end()
        done = point.startswith("了", end)
        if not done and (frame is None or frame.start() >= m.start()):
            continue
        obj = _EXAMINED_OBJECT.match(point, end + done)
        if obj is not None:
            return True
    return False


#: Most characters of the object of a verb of examining before its 情况 (:func:`examines_scope`).
EXAMINED_OBJECT_CHARS = 80
#: That object: no clause break, then 情况 ending its clause (bounded: linear from each verb).
_EXAMINED_OBJECT = LazyPattern(rf"[^，,。；;！!？?：:\n]{{1,{EXAMINED_OBJECT_CHARS}}}?情况(?=$|[，,。；;\s])")


@lru_cache(maxsize=1)
def _done_adverb_re() -> re.Pattern[str]:
    """An adverb of completion (``done_adverb`` cue group: 已经, 业已 …), an optional adverb of manner or sequence
    (组织, 先后, 陆续 …), a verb of an undertaking (``done_activity_verb`` cue group: 开展, 组织, 出台 …; not one of
    change, 发展到, 加速, 减少: a state reached, often the problem) and at least two characters of its object in the same
    clause (``各地已经组织开展三轮夜间检查``: work done, narrated). One alternation and a bounded tail: linear."""
    verbs = cue_alternation("done_activity_verb")
    return re.compile(rf"(?:{cue_alternation('done_adverb')})(?:组织|先后|陆续|相继|全面|多次|普遍)?(?:{verbs})"
                      r"了?[^，,。；;：:！？!?\s]{2}")


#: An undertaking done lately (k139141; Part 141's 7978, 7982): a recent time (近日, 日前, 早前 …), 已, at most 16
#: characters of its partners or place in the same clause, then a verb of an undertaking or of issuing rules
#: (``交通总部近日已联同运输署在各区进行宣传教育``, ``交通大队已于今年三月订定…规定`` is read by the issuance rules): work
#: done, narrated (:func:`narrates_activity`). Bounded lazy gap: linear.
_RECENT_DONE = LazyPattern(r"(?:近日|日前|早前|近期|此前|先前|上周|上月|早已)已(?:经)?[^，,。；;：:！？!?]{0,16}?"
                          r"(?:进行|开展|展开|举办|推出|发出|实施|部署|采取|订定|制定|修订|印发|出台)")


#: The clause of an activity done opens with its doer (``我镇在全镇范围内``, ``我们``, ``市政协``, ``本会``, ``各地``): the clauses
#: before it frame the activity (:func:`narrates_activity`).
_ACTIVITY_SUBJECT = LazyPattern(r"\s{0,2}(?:我|本|该|市|县|区|镇|乡|村|省|各(?:级|地|部门|单位|有关|相关)|全[国省市县区镇乡村])")


# a measured change or result (同比下降4.7%, 比上年增加21万亩, 收入完成58.2亿元, 投资金额达5800万元; not 长达/高达
# 25年: a length or an amount that tells how bad something is); web text often sets one space between a CJK word and
# a figure (投诉量下降 70%, 3200 余件; userfix19 F5)
_STAT_FIGURE = LazyPattern(r"同比|环比|比上年|比去年|较上年|较去年|上年同期|"
                          r"(?:增长|下降|减少|增加|提高|降低|上升|回落|下滑|降幅|增幅)了?[^\S\n]?(?:约|近|超过|达到?)?[^\S\n]?\d"
                          r"|(?:完成|(?<![长高多])达到?)[^\S\n]?\d"
                          # (实现生产总产值5666.8亿元: a result reached, told by its figure; false20)
                          r"|实现[^，,。；;：:\d]{1,8}?\d")
# a count of things done, ending its clause (建设沼气工程109处, 新建和改造饮水工程355处; k130132: a sum paid out or an
# event held, 举办招聘会46场, 开办培训班12期; a sum paid out is _paid_sum_re's; a rectification report's
# count of people and cases dealt with: 给予政务处分0人；诫勉2人, 召开专题会议3次, 办结信访8件; an oversight body's
# count of cases and papers: 提出调查报告计4案，成立纠正案3案, 收回问卷87份, 提交提案4份)
_DONE_COUNT = LazyPattern(r"\d(?:\.\d+)?[^\S\n]?(?:多|余)?(?:万|亿)?(?:个|处|项|座|所|家|户|条|台|套|人|名|次|件|案|份|场|期|批)(?=[，。；,;、）)]|$)")


@lru_cache(maxsize=1)
def _paid_sum_re() -> re.Pattern[str]:
    """A sum paid out, ending its clause: a ``disburse_verb`` (返还, 发放, 拨付 …), at most 16 characters of its object,
    then the amount in 元 (``为参保企业返还失业保险费1.2亿元``, ``发放创业担保贷款3.5亿元``): work done, counted
    (:func:`reports_statistic`; k130132). A sum without such a verb (``加价销售药品5.37亿元``) may be the fault itself.
    Bounded: linear."""
    return re.compile(rf"(?:{cue_alternation('disburse_verb')})[^，,。；;：:！？!?]{{0,16}}?\d(?:\.\d+)?[^\S\n]?(?:多|余)?"
                      r"(?:万|亿)?元(?=[，。；,;、）)]|$)")
# what turns a figure into a plan, a target or a shortcoming (要/应/力争/计划/将…; 不足/难以/仅/尚/未…; a deadline:
# 6月底前完成3个小区的改造)
_STAT_EXEMPT = LazyPattern(r"要|应|需|须|建议|必须|力争|计划|拟|争取|将|可以|能够|希望|不能|难以|不足|缺|仅|只有|还|尚|未|[底末]前")


#: ``不足`` before a figure as a modifier (由五年前的不足百家增加到860家, 从不足10%提高到…): "fewer than", a quantity in a
#: report of change, not a shortcoming. As the predicate of its clause (专职人员不足5人, 受过培训的不足三成) it states a
#: shortfall and is kept.
_FEWER_THAN = LazyPattern(r"(?<=[由从的])不足(?=[\d一二两三四五六七八九十百千万半])")
#: An opening clause that names the problem a count of work addressed (针对整改中发现的漏洞，…), blanked by
#: :func:`reports_statistic`. Bounded: linear.
_STAT_TOPIC = LazyPattern(r"^\s{0,2}针对[^，,。；;！？!?]{1,40}[，,]")
#: An audit's or an inspection's count of what it found and proposed, or the amount its findings involve (``共查出问题
#: 330项``, ``反馈问题60个``, ``提出整改意见建议83条``, ``涉及违规金额2377.2万元``): the findings counted, no problem
#: stated (the problems are listed after it) and no measure (its 建议 is a count of proposals made), blanked by
#: :func:`reports_statistic` before its exemptions and its test of a shortcoming, and a figure of a count by itself
#: (p29prec; Part 29 1069 1078). Bounded: at most 12 characters between the verb and its noun, linear.
_FOUND_COUNT = LazyPattern(r"(?:查出|发现|反馈|梳理出?|查摆出?|排查出?|指出|移送|提出)[^，,。；;！？!?\d]{0,12}?"
                          r"(?:问题|建议|意见)(?:线索)?[^\S\n]?(?:共计?)?\d+[^\S\n]?(?:多|余)?(?:个|项|条|处|件|类|起)"
                          r"|(?:涉及)?[^，,。；;！？!?\d]{0,8}?金额[^\S\n]?(?:达|共计?)?\d+(?:\.\d+)?[^\S\n]?(?:多|余)?(?:万|亿)?元")


def ends_in_condition(point: str) -> bool:
    """True when ``point`` ends in a condition whose consequence it leaves out: its last clause opens with a word of
    the ``condition`` cue group (:func:`opens_condition`: ``不同岗位需求不同，如果高校培养出的学生动手能力差``; not
    若干, several) or the point ends with 的话 (``要是不想面对…的话``). The consequence after it (…，就难以就业) states the problem or
    the measure; the cut point states neither. Linear in ``len(point)``."""
    s = point.strip()
    if s.rstrip("。！？!?… ").endswith(("的话", "的話")):
        return True
    return opens_condition(_last_clause(s))


@lru_cache(maxsize=1)
def _progress_pattern() -> re.Pattern[str]:
    """A clause of progress: adverbs of the ``progress_adverb`` cue group (one to four), a ``progress_verb`` word (or a
    ``steady_adverb`` before a ``betterment_verb``: 持续改善, 不断完善; never before a verb of growth), and
    optionally 态势/势头/趋势 and a sentence-final 了, ending its clause (``继续保持快速增长态势，``, ``差距逐步缩小。``). A verb with an object
    after it (``进一步提高农民收入``) is a measure's, not a report's."""
    lex = lexicon()
    adverbs = "|".join(re.escape(w) for w in lex.words("progress_adverb"))
    verbs = "|".join(re.escape(w) for w in lex.words("progress_verb"))
    steady = "|".join(re.escape(w) for w in lex.words("steady_adverb")) or "(?!)"
    better = "|".join(re.escape(w) for w in lex.words("betterment_verb")) or "(?!)"
    # (or a steady adverb, 持续/不断, before a verb of bettering only: 民生福祉持续改善; 医疗开支不断增长 is a burden; p30prec)
    return re.compile(f"(?:(?:{adverbs}){{1,4}}(?:{verbs})|(?:{steady})(?:{better}))(?:的?(?:态势|势头|趋势))?了?(?=[，,。；;、）)]|$)")


#: What may follow a clause of progress: a clause break or the end.
_CLAUSE_END = frozenset("，,。；;、）)！!")


def _burden_shrinks(point: str) -> bool:
    """Whether a clause of ``point`` ends with a burden growing smaller (:func:`improvement_spans`:
    ``城乡收入差距逐步缩小。``, ``投诉数量明显下降``, ``负面影响越来越小了``), the other way to report progress. Linear in ``len(point)``."""
    return any(b == len(point) or point[b] in _CLAUSE_END
               or point[b] == "了" and (b + 1 == len(point) or point[b + 1] in _CLAUSE_END)  # (越来越小了。)
               for _, b in improvement_spans(point))


@lru_cache(maxsize=1)
def _done_verb_re() -> re.Pattern[str]:
    """A verb of the ``imperative`` cue group right before the perfective 了 (not 了解): ``加大了``, ``加强了``, ``整改了``."""
    verbs = sorted(lexicon().words("imperative"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, verbs))})了(?!解)")


#: The last clause of a text that ends with a comma (the clause right before a point cut mid-sentence).
_LAST_CLAUSE_BEFORE = LazyPattern(r"([^，,。；;！？!?：:\n]{1,60})[，,]\s{0,2}$")
#: How far back (characters) :func:`continues_work_done` looks for the clause before a point.
DONE_CLAUSE_CHARS = 64


#: Most characters of a label before its colon (:func:`labels_work_done`).
WORK_LABEL_CHARS = 20
_WORK_LABEL = LazyPattern(r"^[^：:，,。；;！？!?\n]{2,%d}[：:]" % WORK_LABEL_CHARS)


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def labels_work_done(point: str) -> bool:
    """True when ``point`` is a short label before a colon (at most :data:`WORK_LABEL_CHARS` characters, no clause
    break: ``成立工作小组：``) over narration of that work as done: the text after the colon holds a verb of a measure
    in the perfective (:func:`_done_verb_re`: ``我单位成立了…``, ``组织了…``), no modal, no strong modal and no
    deficiency (:func:`_prose_deficits`). A report's step (what was done first), not a measure; the label's own verb
    (成立…, 开展…) reads as an imperative only without its body. Linear in ``len(point)``."""
    s = point.strip()
    m = _WORK_LABEL.match(s)
    if m is None:
        return False
    body = s[m.end():]
    return bool(_done_verb_re().search(body)) and not (modal_strength(body) or strong_modal(body)
                                                       or _prose_deficits(body))


#: prec40: the perfective 了 after a verb with its object still to come (``成立了工作小组``, ``提供了新视角``,
#: ``填补了…空白``, ``取得了…成效``): not 为了/除了/不了/罢了/算了/受了, nor 得了 unless 取得了/获得了/赢得了, not 了解, and not
#: a sentence-final particle (``…了吧``, a clause that ends at 了 is a change of state, not a deed done); k134136: also
#: before a counted object (``今年我局优化了2条公交线路``: a reply's deed done, Part 134's 7555). Bounded: two
#: characters before, one after.
_PERFECTIVE_DEED = LazyPattern(r"(?<![为除不罢算受])(?<![^取获赢]得)了(?![解不却吧呢啊嘛])(?=[\u4e00-\u9fff“「《0-9０-９])")
#: prec40: words that make a perfective clause a goal, a condition or an appeal rather than a report (``确保…``,
#: ``只有…才能``, ``若…``, ``可考虑…``, ``希望…``, ``尽快…``): the point then prescribes or argues; k134136: nor a member's
#: proposals counted (``她带来了3个提案，…主题是破解…``: their content follows, Part 13's 684).
_DEED_NOT_REPORTED = LazyPattern(r"确保|力争|争取|以期|为了|旨在|如果|若|只有|才能|才会|否则|假如|倘|可考虑|可以|希望"
                                r"|建议|促请|呼吁|尽快|赶快|提案|议案")


@_remembered  # (asked of every recommendation point's text by points._neither_and_flips)
def reports_deed_done(point: str) -> bool:
    """True when ``point`` (Simplified view) reports a deed already done rather than proposing one: it holds a verb
    in the perfective before its object (:data:`_PERFECTIVE_DEED`: ``松辽委…成立了工作协调小组``, ``…为…提供了新视角``,
    ``…，填补了…的空白``), no modal word as a modal (:func:`holds_modal_word`: 要, 应, 须 …), no strong modal
    (:func:`strong_modal`) and no word of a goal, a condition or an appeal (:data:`_DEED_NOT_REPORTED`). News of
    what an office did, a work report's achievements and a paper's contribution read so; their verbs (成立, 建立,
    推进) open clauses as a measure's would, but nothing is proposed (prec40); a leader's demand after them
    (:func:`directs_subordinates`) is. Linear in ``len(point)``."""
    return (_PERFECTIVE_DEED.search(point) is not None and not holds_modal_word(point) and not strong_modal(point)
            and _DEED_NOT_REPORTED.search(point) is None
            # (…听取了汇报，同时要求乡镇进一步…: the leader's demand after the deeds narrated is the point; k162151)
            and not ("要求" in point and directs_subordinates(point)))


#: Most characters between a wish and the word of speaking it asks for (:func:`procedural_wish`: ``希望企业家们踊跃发言``).
PROCEDURAL_WISH_CHARS = 10


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def procedural_wish(point: str) -> bool:
    """True when a clause of ``point`` (Simplified view) opens with a wish (``measure_tail_wish`` cue group: 希望,
    期望) whose next :data:`PROCEDURAL_WISH_CHARS` characters ask the listeners to speak at the meeting itself
    (``speaking_word`` group: ``希望大家畅所欲言``, ``希望企业家们踊跃发言``): a chair's procedure, no measure. A wish
    that asks for work (``希望委员们深入调研，提出…提案``) is not one. Linear in ``len(point)``."""
    wishes = lexicon().words("measure_tail_wish")
    for c in _CLAUSE_SPLIT.split(point):
        c = c.strip(" \u3000“”「」\"")
        if c.startswith(wishes) and has_cue(c[:PROCEDURAL_WISH_CHARS + 2], "speaking_word"):
            return True
    return False


#: Most characters of a last clause that only praises (``值得肯定``, ``确实难能可贵``): see :func:`states_praise`.
PRAISE_VERDICT_CHARS = 8


#: A copula that opens a last clause of verdict (``这也是``, ``这是``, ``这都是``): read past by :func:`states_praise`.
_THIS_IS = LazyPattern(r"^(?:这|此|这些)(?:也|都|正|确实)?是")


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def praise_verdict_end(point: str) -> bool:
    """True when the last clause of ``point`` (after its last comma or semicolon; quotation marks and end punctuation
    stripped) is a praise verdict of at most :data:`PRAISE_VERDICT_CHARS` characters (``praise_verdict`` cue group,
    after a degree adverb or a copula: ``…，迅速整治，值得肯定``, ``…都有所突破，这是值得肯定的``) and some clause
    stands before it: the point judges what was told before it worth praise, conduct or a plan's provision already
    made, neither a problem nor a measure. O(len(point))."""
    s = point.strip().rstrip("。！!”」』\"’ ")
    last = s[max(s.rfind("，"), s.rfind(","), s.rfind("；"), s.rfind(";")) + 1:].strip()
    verdict = _THIS_IS.sub("", last, count=1)  # (…的诚意，这也是大家乐见的: the copula before the verdict, p27prec)
    return (0 < len(s) - len(last) and len(verdict) <= PRAISE_VERDICT_CHARS
            and verdict.lstrip("很十分非常确实实在也更都").startswith(lexicon().words("praise_verdict")))


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def states_praise(point: str) -> bool:
    """True when ``point`` (Simplified view) ends, past quotation marks and end punctuation, in praise (``praise_end``
    cue group: ``你这个建议非常好``, ``报告很务实``) and names no deficiency (:func:`challenge_strength`,
    :func:`_prose_deficits`) and no negation right before the praise (``做得不够好`` is none of these words): an
    official's praise of a proposal in meeting news, no problem. A last clause of at most :data:`PRAISE_VERDICT_CHARS`
    characters that is a praise verdict (``praise_verdict`` cue group: ``…，迅速整治，值得肯定``) makes the
    point praise whatever negated faults it names. O(1) beyond the deficiency tests."""
    s = point.strip().rstrip("。！!”」』\"’ ")
    if praise_verdict_end(s):
        # (问题面前，相关部门不回避、不护短，迅速整治，值得肯定: the last clause judges the conduct told before it
        # worth praise; the negated faults, 不护短, are what it praises; trialfix23b B)
        return True
    m = cue_pattern("praise_end").search(s, max(0, len(s) - 6))
    while m is not None and m.end() != len(s):
        m = cue_pattern("praise_end").search(s, m.start() + 1)
    if m is None or s[max(0, m.start() - 1):m.start()] in ("不", "没", "未"):
        return False
    return not (challenge_strength(s) or _prose_deficits(s))


#: Fewest clauses ending in a report's praise (``report_praise`` cue group) that make a point an evaluation.
REPORT_PRAISE_CLAUSES = 2


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def praises_report(point: str) -> bool:
    """True when at least :data:`REPORT_PRAISE_CLAUSES` clauses of ``point`` (Simplified view; split at commas and
    semicolons) end in what a meeting says of a report or a plan it praises (``report_praise`` cue group: ``总结成绩实事
    求是，分析问题深入透彻，部署工作措施有力``) and the point names no deficiency (:func:`challenge_strength`,
    :func:`_prose_deficits`): an evaluation of the report in meeting news, neither a problem nor a measure, whatever
    imperative verb opens a clause (``落实…要求``; trialfix20b). Linear in ``len(point)``."""
    if not has_cue(point, "report_praise"):
        return False  # (each clause counted ends with such a word, a substring of the point: speed21b's gate)
    words = lexicon().words("report_praise")
    clauses = re.split(r"[，,；;。！!]", point)
    if sum(c.strip().endswith(words) for c in clauses if c.strip()) < REPORT_PRAISE_CLAUSES:
        return False
    return not (challenge_strength(point) or _prose_deficits(point))


def continues_work_done(before: str, point: str) -> bool:
    """True when ``point``, cut mid-sentence, continues a clause that narrates work already done: ``before`` (the text
    right before the point, Simplified view) ends with a comma after a clause with a verb of a measure in the
    perfective (:func:`_done_verb_re`: ``…方面加大了财政投入，``) and no turn (:data:`_TURN`, 虽), and the point goes on
    with that clause's subject (it opens with a verb: :func:`starts_imperative`; ``…设置了接待区，基层业务用房紧张的问题也
    逐渐显现`` has its own subject and stays) and names no deficit (:func:`_prose_deficits`, ``prose_challenge``) and holds no strong modal: ``进一步减轻居民负担，改善居民生活品质``
    is what that work achieved, neither aspect. Only the last :data:`DONE_CLAUSE_CHARS` characters of ``before`` are
    read: linear."""
    if not before[-DONE_CLAUSE_CHARS:].rstrip().endswith(("，", ",")) or "了" not in before[-DONE_CLAUSE_CHARS:]:
        return False  # (every match ends with a comma and white space only, its done verb ends in 了: speed21b's gate)
    m = _LAST_CLAUSE_BEFORE.search(before[-DONE_CLAUSE_CHARS:])
    if m is None or not _done_verb_re().search(m.group(1)) or _TURN.search(m.group(1)) or "虽" in m.group(1):
        return False
    return starts_imperative(point) and not (_prose_deficits(point) or has_cue(point, "prose_challenge")
                                             or strong_modal(point))


def reports_progress(point: str) -> bool:
    """True when ``point`` reports progress (a work report's 成绩: ``农民收入继续保持增长，城乡居民收入差距逐步缩小``,
    ``种植结构进一步优化``, ``主要指标全面增长``): a clause that ends with a verb of improvement after adverbs of
    steady change (:func:`_progress_pattern`) or with a burden growing smaller (:func:`improvement_spans`, the one
    definition of that: ``差距逐步缩小``, not ``耕地面积逐步缩小``), and no modal, plan, target, shortcoming word of
    :data:`_STAT_EXEMPT` or aim (``progress_purpose`` cue group: 使差距逐步缩小, 有待进一步增强) anywhere in the point
    (words that only hold a modal character, 主要/重要, are masked first). A problem named in it (差距, 增速下降) is
    what has improved or the ground against which it did: such a point is neither a challenge nor a measure. Linear
    in ``len(point)`` (the adverb run is bounded)."""
    if not (_progress_pattern().search(point) or _burden_shrinks(point)):
        return False
    masked = _mask_non_modals(point)
    # (…有所提高，但制度执行不严的问题仍较突出: the fault that persists after the progress is the point; fix50b)
    return not (_STAT_EXEMPT.search(masked) or has_cue(masked, "progress_purpose") or persisting_fault(point))


@lru_cache(maxsize=1)
def _statistic_gate() -> Callable[[str], object]:
    """:func:`literal_gate` of :func:`reports_statistic` (perf53): it answers True only where :data:`_FOUND_COUNT`,
    :data:`_STAT_FIGURE`, :data:`_DONE_COUNT` or :func:`_paid_sum_re` (a sum paid out, k130132) matches in the point
    once its topic and ``不足…`` spans are blanked with spaces (a blank joins no characters: a string the blanked point
    holds, with no space in it, the point holds too). Every pattern ``reports_statistic`` reads before answering True
    is here: a pattern left out would let the gate skip a point the guard reads."""
    return literal_gate((_FOUND_COUNT, _STAT_FIGURE, _DONE_COUNT, _paid_sum_re()))


def reports_statistic(point: str) -> bool:
    """True when ``point`` reports a statistic or a count of what was done (a work summary's 成绩, a survey's
    figures: ``公共财政预算收入完成58.2亿元，同比下降2.9%``, ``建设大中型沼气工程109处``) and states no plan, target
    or shortcoming around the figure (no modal or future marker such as 要/应/力争/将, no 不足/难以/仅/尚/未): such a
    point is a finding, neither a challenge nor a recommendation. A point that also names a shortcoming in the
    ``challenge_predicate`` vocabulary besides the change it reports (:func:`challenge_strength`:
    ``财政收入同比下降12%，收支矛盾突出``) states a problem with its figure and is kept, as does a count of what
    remains (:func:`counts_remaining`: ``目前全县仍有危房1200户``). Linear in ``len(point)``."""
    if _statistic_gate()(point) is None:
        return False  # (a figure, a count or a count of findings holds one of the gate's strings; perf53)
    # (不足百个, 不足三成: "fewer than" a figure, a quantity and no shortcoming; 针对发现的漏洞，新建制度18项: the
    # problem a count of work addressed, named by its opening clause of topic, is no shortcoming the point states)
    point = _STAT_TOPIC.sub(_blanked, _FEWER_THAN.sub(_blanked, point), count=1)
    # (共查出问题330项，涉及违规金额2377.2万元，提出审计建议47条: the findings and proposals counted; p29prec)
    found = ("金额" in point or "问题" in point or "建议" in point or "意见" in point) and _FOUND_COUNT.search(point)
    if found:
        point = _FOUND_COUNT.sub(_blanked, point)
        if not point.strip(" ，,、。；;和及并以共计"):
            return True
    if not (found or _STAT_FIGURE.search(point) or _DONE_COUNT.search(point) or _paid_sum_re().search(point)) \
            or _STAT_EXEMPT.search(_mask_non_modals(point)):
        return False  # (相应下降0.1: 相应, 主要, 重要 only hold a modal's character)
    if counts_remaining(point) or figured_rise_count(point):
        # 仍有危房1200户: how much of a problem remains is a challenge, not a finding; 骗案…较去年同期上升37%: a harm's
        # rise told by its figure (k139141)
        return False
    # (the change the figure reports is not the shortcoming: 同比下降2.9% alone is a finding)
    return not challenge_strength(_STAT_FIGURE.sub(lambda m: " " * len(m.group()), point))


#: Words that open a prohibition: a measure stated in the negative (``不得…``, ``严禁…``), never a shortcoming.
_PROHIBITIONS = ("不得", "不要", "切勿", "切忌", "严禁", "禁止", "杜绝")


@_remembered_any_length  # asked several times per sentence; a pure function of it
def recommends_outright(point: str) -> bool:
    """True when a point's text opens by recommending (``建议新开发土地``, ``严禁…``, ``不得…``): such a point is a
    recommendation even inside a region of challenges. ``建议没设立…`` (a recommendation noun then a negation:
    the ``negation`` cue group) names a shortcoming and is not one, nor does 建议 as the noun (``modal_exclusion``:
    ``建议只反映情况``, ``建议和要求脱离实际``) open a recommendation."""
    s = point.strip()
    if s.startswith(_PROHIBITIONS):
        # (不得要领的培训…, 严禁烟火的牌子形同虚设: a set phrase or a noun's modifier, nothing forbidden; fix43)
        return not (s.startswith(lexicon().words("prohibition_idiom")) or prohibition_names_faulted_thing(s))
    if s.startswith("建议") and _mask_non_modals(s[:8]).startswith("建议"):  # not the noun (建议只…, 建议和…)
        rest = s[2:].lstrip("：:，, ")
        return bool(rest) and not rest.startswith(lexicon().words("negation"))
    return prescribes_only(s) or modal_over_shortcomings(s)


#: Most characters of the subject before an announced sanction's adverb (``市政府还将实施问责``: 市政府).
SANCTION_SUBJECT_CHARS = 8
@lru_cache(maxsize=1)
def _sanction_clause() -> re.Pattern[str]:
    """The last clause of an announced sanction: a short subject (at most :data:`SANCTION_SUBJECT_CHARS` characters),
    an adverb of the future or of resolve, an optional 对-target, then a verb of the ``sanction_verb`` cue group
    (:func:`announces_sanction`). Anchored (used with ``match``) and bounded."""
    return re.compile(
        rf"[^\S\n]{{0,2}}[{CJK}]{{0,{SANCTION_SUBJECT_CHARS}}}?(?:还将|将会|也将|均将|都将|将|一律|一经查实)"
        rf"(?:对[^，,；;。！？!?：:]{{1,16}}?)?(?:予以|进行|实施|严肃|依法|依规|从严|约谈){{0,3}}"
        rf"(?:{cue_pattern('sanction_verb').pattern})")


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def announces_sanction(point: str) -> bool:
    """Whether a would-be challenge ``point`` (Simplified view) announces a sanction on the parties at fault
    (``对整改不力的县区，市政府还将实施问责``; ``督查中发现推进迟缓的情况，将对责任县区下发整改通知``): its last clause is
    an announced sanction (:data:`_SANCTION_CLAUSE`: 将/还将/一律 and a ``sanction_verb``: 问责, 追究, 下发整改通知,
    通报, 约谈) and its first clause names the faults only as the target (it opens with 对) or as what an inspection
    found (发现). The faults are the case the measure handles: the point is the measure (a recommendation), not a
    problem the author reports. A fault stated before a past sanction (``已对3家单位进行了约谈``: no 将) is not read so.
    Constant work past splitting the point's clauses (linear in the point)."""
    clauses = [c for c in _CLAUSE_SPLIT.split(point.strip()) if c.strip()]
    if len(clauses) < 2 or not _sanction_clause().match(clauses[-1]):
        return False
    first = clauses[0].strip()
    return first.startswith("对") or "发现" in first


#: Most characters between a list's lead-in colon and an item of it that :func:`lists_restrictions` looks back over.
RESTRICTION_LOOKBACK = 200


def lists_restrictions(text: str, start: int) -> bool:
    """Whether the point that starts at ``start`` in ``text`` is an item of an inline list whose lead-in names
    restrictions (``restriction_noun`` cue group: ``申领照顾券设有三大关卡：1）申请人须年满七十岁；2）…``): the last
    colon (full or half width) within :data:`RESTRICTION_LOOKBACK` characters before ``start``, with no sentence end
    or line break between it and ``start``, ends a clause that holds such a noun. Such an item states a rule the
    author holds to be a barrier: its 须/应 words the rule, it prescribes nothing. Bounded look-back: linear over the
    points of an essay."""
    lo = max(0, start - RESTRICTION_LOOKBACK)
    colon = max(text.rfind("：", lo, start), text.rfind(":", lo, start))
    if colon < 0 or any(text.find(c, colon, start) >= 0 for c in "。！？!?\n"):
        return False
    clause_start = rfind_any(text, "，,。；;！？!?\n", lo, colon) + 1
    return has_cue(text[max(clause_start, lo):colon], "restriction_noun")


#: Most characters of a clause's subject before its modal (``新一届政府要…``) in :func:`modal_over_shortcomings`.
MODAL_SUBJECT_CHARS = 10


@lru_cache(maxsize=1)
def _clause_modal() -> re.Pattern[str]:
    """A modal of the ``modal`` cue group within :data:`MODAL_SUBJECT_CHARS` characters of a clause's start (要 not
    inside 必要: ``必要信息``; no 建议 after 该/这/此/其/的: ``该建议仍未能…`` names a proposal)."""
    words = "|".join(re.escape(w) for w in lexicon().words("modal"))
    return re.compile(f"[^，,。；;：:！？!?]{{0,{MODAL_SUBJECT_CHARS}}}?(?<![必该这此其的])(?:{words})")


#: Words that open a clause of purpose after a measure (``…，先解决…``, ``…，以缓解…``, ``…，从而化解…``).
_PURPOSE_OPENER = LazyPattern(r"\s{0,2}(?:先|再|以便|以此|借以|藉以|以|从而|进而|来)")


def _needs_in_modifier(clause: str, modal_end: int) -> bool:
    """True when the modal that ends at ``modal_end`` in ``clause`` is 需要 inside a noun's modifier (``对需要夜间照顾
    的老人家帮助有限``: "who need"): a 的 follows it, the clause names no shortcoming between the two and names one
    after the 的. Linear in ``len(clause)``."""
    if not clause.endswith("需要", 0, modal_end):
        return False
    de = clause.find("的", modal_end)
    return de >= 0 and not challenge_strength(clause[modal_end:de]) and bool(challenge_strength(clause[de:]))


def modal_over_shortcomings(point: str) -> bool:
    """True when every shortcoming predicate of ``point`` (:func:`challenge_strength`) stands after a modal that opens
    its clause, past at most :data:`MODAL_SUBJECT_CHARS` characters of subject (``政府要有解决土地供应不足的魄力``,
    ``为基层减负，要精准整治形式主义顽疾``): the shortcoming is the object of a measure, which the point states. A
    shortcoming in a clause without such a modal, or before the modal (``资金不足，要…``), is a problem stated (so is a
    set-phrase verdict, :func:`states_verdict`, in a clause without one: ``高层都不见踪影，要…``), as is one
    after a modal and a remedy verb (``下一步要重点解决…的问题``: the task names the problem still to be solved); a modal
    of a standard (:data:`_STATIVE`: 应是…), inside an indirect question (:data:`_EMBEDDED_QUESTION`) or before a turn
    (:data:`_TURN`) prescribes nothing, nor does a need to overcome obstacles (:func:`needs_to_overcome`:
    ``企业要获得贷款，需要克服抵押物不足等障碍``), nor a task judged too hard (:func:`judges_task_hard`:
    ``目前本区要有懂手语的老师很难``). Linear in ``len(point)`` (each clause read once, the modal bounded)."""
    s = point.strip()
    if _EMBEDDED_QUESTION.search(s) or _TURN.search(s):
        return False
    if needs_to_overcome(s):
        return False  # (小微企业要获得贷款，需要克服…等障碍: the obstacles in the way, as sentence_aspect reads it; try45b)
    if judges_task_hard(s):
        return False  # (目前…要有懂手语的老师很难: the task judged too hard, as sentence_aspect reads it; k134136)
    masked = _mask_non_modals(_STATIVE.sub(_blanked, s))
    found = False
    prescribed = False  # a clause before opened with a modal
    for clause in _REMEDY_SPLIT.split(masked):
        c = clause.lstrip()
        if _clause_modal().match(c) is None and states_verdict(c):
            return False  # (高层都不见踪影，要基层医生出来面对问题: a set-phrase verdict with no modal is a problem stated)
        if prescribed and cue_pattern("challenge_predicate").search(c) and opens_with_remedy(
                _PURPOSE_OPENER.sub("", c, count=1)):
            # 政府大可…，先解决基层的住屋问题: the measure's purpose names the problem it removes (read before the count:
            # challenge_strength already reads a remedy past 先 as naming no shortcoming)
            found = True
            continue
        if not challenge_strength(clause):
            prescribed = prescribed or _clause_modal().match(c) is not None
            continue
        m = _clause_modal().match(c)
        if m is None or challenge_strength(c[:m.end()]) or opens_with_remedy(c[m.end():]):
            return False  # (下一步要重点解决…的问题: a task that names the problem still to be solved)
        if _needs_in_modifier(c, m.end()):
            return False  # 对需要夜间照顾的老人家帮助有限: 需要 is a verb of the noun's modifier, no modal
        found = prescribed = True
    return found


def prescribes_only(point: str) -> bool:
    """True when a point prescribes (:func:`prescribes`: a strong modal, a prohibition, an appeal) and names no
    shortcoming at all (no ``challenge_predicate``, ``prose_challenge``, ``prose_complaint`` or ``existence_object``
    word, no set-phrase verdict of :func:`states_verdict`, no deficit of :func:`_prose_deficits` such as 太少了 or 没有…, no cause) and its modal is not inside an
    indirect question (:data:`_EMBEDDED_QUESTION`: 不知道应如何处理), not stative (:data:`_STATIVE`: 应是…) and not
    followed by a turn (:data:`_TURN`: ……，但多数……):
    ``家中剩余药物应妥善处理`` in a list of problems is a measure. A problem is stated with a predicate of
    deficiency; a modal with nothing wrong named tells what to do."""
    s = point.strip()
    if not prescribes(_STATIVE.sub(_blanked, s)) or _EMBEDDED_QUESTION.search(s) or _TURN.search(s):
        return False
    if challenge_strength(s) or _states_cause(s):
        return False
    if _prose_deficits(s) or has_cue(s, "existence_object"):
        return False  # 回收点太少, 没有…, 随手丢弃的现象: something wrong is named
    # (nor a set-phrase verdict: 高层都不见踪影，要基层医生出来面对…，弄得怨声载道 names what went wrong)
    return not (has_cue(s, "prose_challenge") or has_cue(s, "prose_complaint") or states_verdict(s))


#: A modal of what something should be (``应是…``, ``还应包含…``, ``必须具备…``): a standard or a definition, no action.
_STATIVE = LazyPattern(r"(?<!不)(?:应该|应当|必须|应)[还也更都]?(?:是|能够|能|包含|包括|具备|具有)")
#: A turn (``但…``, ``却…``, ``然而…``): what follows it is what went wrong (``智库应是…，但多数智库依附于…``).
_TURN = LazyPattern(r"[，,；;]\s{0,2}(?:但|却|然而|可是|不过)|[^，,。；;]却")


def _blanked(m: re.Match) -> str:
    return " " * len(m.group())


#: A modal inside an indirect question (``不知道过期药物应如何处理``, ``该去哪里交还``): it asks, it prescribes nothing.
_EMBEDDED_QUESTION = LazyPattern(r"(?:应|应该|应当|须|该|要)(?:如何|怎样|怎么|去哪|向谁|找谁|什么|哪)")


#: A heading longer than this (characters) is not a bare topic label.
TOPIC_LABEL_HEAD_CHARS = 12


def topic_label(heading: str) -> bool:
    """True when an item heading only names a topic or dimension (``项目目标``, ``技术应用实践``, ``本地经济和民生``):
    at most :data:`TOPIC_LABEL_HEAD_CHARS` characters, one clause, no shortcoming predicate, no imperative opening, and it
    ends with a head noun of the ``topic_head`` cue group. Callers use it on a list of problems none of whose
    headings states a shortcoming: there such headings name sub-sections (their bodies hold the problems)."""
    h = heading.strip().rstrip("。；;：:")
    if not h or len(h) > TOPIC_LABEL_HEAD_CHARS or _CLAUSE_SPLIT.search(h.replace("、", "")):
        return False
    if challenge_strength(h) or starts_imperative(h):
        return False
    return h.endswith(lexicon().words("topic_head"))


#: Most characters of a heading that names an effect studied (:func:`studied_effect`).
STUDIED_EFFECT_CHARS = 30
#: ``A对B(的)…<effect noun>`` (``节水对区域水分生产率提高的贡献率``): what A does to B, named as a quantity to study.
_STUDIED_EFFECT = LazyPattern(r"[^，,。；;：:！？!?对]{1,14}对[^，,。；;：:！？!?]{1,20}")


def studied_effect(heading: str) -> bool:
    """True when ``heading`` (Simplified view; a would-be challenge point, a list marker or section number allowed
    before it) only names an effect a study measures: one clause of at most :data:`STUDIED_EFFECT_CHARS` characters
    ``A对B…`` that ends with a ``studied_effect`` noun (贡献率, 影响, 作用 …) and states no shortcoming
    (:func:`challenge_strength`, :func:`_prose_deficits`): a paper's sub-heading ``3.2 节水对区域水分生产率提高的贡献率``
    is the topic of its section, as a topic label is (lefts22). ``…对地下水的不利影响`` states one. Bounded: one
    anchored match."""
    h = re.sub(r"^[#\s]*(?:\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、]?|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?\s*", "",
               heading.strip()).rstrip("。；;：:")
    if not h or len(h) > STUDIED_EFFECT_CHARS or not h.endswith(lexicon().words("studied_effect")):
        return False
    if _STUDIED_EFFECT.fullmatch(h) is None:
        return False
    return not (challenge_strength(h) or _prose_deficits(h) or states_verdict(h))


#: Most characters of a heading that names the facet of a problem its section analyses (:func:`analysis_topic`).
ANALYSIS_TOPIC_CHARS = 24
_ANALYSIS_NUMBER = LazyPattern(r"^[#\s]*(?:\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、]?|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?\s*")


def analysis_topic(heading: str) -> bool:
    """True when a heading (numbering stripped) only names the facet of a problem its section analyses: one clause of
    at most :data:`ANALYSIS_TOPIC_CHARS` characters ending in ``的`` + an ``analysis_facet`` noun (``乡村人才短缺的主要
    表现``, ``问题产生的原因分析``, ``存在问题的成因``). Such a sub-heading is the topic of its section; its items
    state the problems. ``…的原因在于A`` (a predicate after the noun) and ``…还有…的原因`` (a sentence with 有/是) are no
    such heading. Bounded: one anchored match
    and one suffix test."""
    h = _ANALYSIS_NUMBER.sub("", heading.strip(), count=1).rstrip("。；;：:")
    if not h or len(h) > ANALYSIS_TOPIC_CHARS or _CLAUSE_SPLIT.search(h.replace("、", "")) or "有" in h or "是" in h:
        return False  # (雾霾的产生还有…过高等的原因: a sentence that states the cause it names)
    return any(h.endswith("的" + w) and len(h) > len(w) + 2 for w in lexicon().words("analysis_facet"))


@_remembered_any_length  # asked several times per sentence; a pure function of it
def states_no_problem(point: str) -> bool:
    """True when a would-be challenge point only names a topic or a dimension (:func:`topic_label`: ``考核与激励``,
    ``项目目标``, ``资金来源``): a problem is stated with a predicate; a bare label heads the text that states it.
    Used on challenge points only (a measure may be a short verb phrase ending in such a noun). A label may join
    dual-use nouns (``dual_use`` cue group) and topic heads with 与/和/及/、 (``考核与激励``, ``监督和管理``): there
    the first word is a noun, not an imperative. A point whose only shortcoming word is a problem it denies
    (:func:`_denied_problem_re`: ``目标本身没有问题``, ``这并非问题``) states none either. A standard not met
    (``unmet_standard`` cue group: ``床位数量达不到要求``) is a predicate, not a label ending in 要求."""
    if has_cue(point, "unmet_standard"):
        return False
    if topic_label(point) or studied_effect(point) or analysis_topic(point):
        return True
    h = point.strip().rstrip("。；;：:")
    if _denied_problem_re().search(h) and not challenge_strength(_denied_problem_re().sub(_blanked, h)):
        return True  # 八万五本身没有问题，…: the only problem it names is one it denies
    if not h or len(h) > TOPIC_LABEL_HEAD_CHARS or challenge_strength(h):
        return False
    words = set(lexicon().words("dual_use")) | set(lexicon().words("topic_head"))
    parts = [w for w in _COORDINATOR.split(h) if w]
    return len(parts) >= 2 and all(w in words for w in parts)


#: Subjects of a resolution, not of a shortcoming (``我们还要进一步加强``, ``各级还需加强``: the speaker commits to work).
_RESOLVING_SUBJECT = ("我", "你", "咱", "大家", "各级", "全市", "全县", "全区", "全省", "全体", "各地", "各部门", "同志")
#: A resolving subject's modal of duty after at most four characters (``我们应当…``, ``各级党委要…``, ``我们必须…``).
_RESOLVING_MODAL = LazyPattern(r"[^，,。；;：:！？!?]{0,4}?(?:应当|应该|必须|务必|需要|要|应|须)")
#: The words without which :func:`resolves_to_act` finds nothing in a text or its substrings (speed21b's gates): a
#: :data:`_RESOLVING_SUBJECT` word and a :data:`_RESOLVING_MODAL` modal (应当, 应该 hold 应; 必须 须; 需要 要).
_RESOLVING_GATE = LazyPattern("|".join(map(re.escape, _RESOLVING_SUBJECT)))
_RESOLVING_MODAL_GATE = LazyPattern("应|须|务必|要")


def resolves_to_act(clause: str) -> int | None:
    """When ``clause`` opens with the speaker or all the units addressed (:data:`_RESOLVING_SUBJECT`: 我们, 各级, 大家 …)
    and a modal of duty right after (``我们应当加强基层队伍建设``, ``各级要…``): the author turns to what must be done;
    the offset (characters into ``clause``) where the action follows the modal. None otherwise. O(1): a prefix test
    and a bounded match."""
    c = clause.lstrip()
    m = _RESOLVING_MODAL.match(c) if c.startswith(_RESOLVING_SUBJECT) else None
    return None if m is None else len(clause) - len(c) + m.end()


#: A frame that names the problem just stated as the one to solve (``为了解决这个问题，``, ``要破解这一难题，``, ``对此，``,
#: ``针对这种情况，``; simplified or traditional), then its comma: what follows answers that problem (w72).
_REMEDY_FRAME = LazyPattern(
    r"\s{0,2}(?:(?:为了|為了|为|為|要|想要|若要)?(?:解决|解決|应对|應對|改善|破解|克服|处理|處理)好?"
    r"(?:这个|這個|这一|這一|这些|這些|这类|這類|这种|這種|此|该|該|上述|以上)|(?:针对|針對)"
    r"(?:这个|這個|这一|這一|这些|這些|这种|這種|此|上述|以上))(?:问题|問題|难题|難題|困境|矛盾|挑战|挑戰|现象|現象|情况|情況)"
    r"|\s{0,2}(?:对此|對此|为此|為此|据此|據此)")
#: The writer's own side and a modal of what can be done after :data:`_REMEDY_FRAME` (``我们可以…``, ``我们也可以…``,
#: ``大家不妨…``): a remedy offered, which the weak 可以 alone (``我们可以看到…``) does not make.
_FRAMED_WE_CAN = LazyPattern(r"\s{0,2}[，,]\s{0,2}(?:我们|我們|咱们|咱們|大家|我)(?:也|还|還|就|则|則|更|首先|同时|同時){0,2}"
                            r"(?:可以|可|能够|能夠|不妨)")
#: Verbs of seeing or saying after 我们可以 (``我们可以看到…``, ``可以说…``): what the writer observes, no remedy.
_FRAMED_WE_CAN_NOT = ("看", "见", "見", "发现", "發現", "说", "說", "理解", "想象", "想像", "预见", "預見", "得出", "知道",
                      "认为", "認為", "感受", "感到", "从中", "從中", "这样", "這樣", "把握", "归纳", "歸納", "总结", "總結")
#: Fewest characters of the remedy after :data:`_FRAMED_WE_CAN`.
FRAMED_REMEDY_CHARS = 4


def framed_remedy(sentence: str) -> int | None:
    """Offset (characters into ``sentence``) of the remedy when the sentence opens with a frame naming the problem just
    stated as the one to solve (:data:`_REMEDY_FRAME`: ``为了解决这个问题，``, ``对此，``) and goes on with the writer's
    side offering what can be done (:data:`_FRAMED_WE_CAN`: ``我们可以在会议结束当天完成初稿``): the offset where the
    subject (``我们``) starts; None otherwise, or when a verb of seeing or saying follows (``对此，我们可以看到…``) or
    fewer than :data:`FRAMED_REMEDY_CHARS` characters do. O(1): two anchored matches of bounded patterns."""
    frame = _REMEDY_FRAME.match(sentence)
    if frame is None:
        return None
    we = _FRAMED_WE_CAN.match(sentence, frame.end())
    if we is None:
        return None
    rest = sentence[we.end():we.end() + 8].lstrip()
    if rest.startswith(_FRAMED_WE_CAN_NOT) or len(sentence.rstrip("。！!；; \n")) - we.end() < FRAMED_REMEDY_CHARS:
        return None
    comma = sentence.find("，", frame.end(), we.end())
    comma = comma if comma >= 0 else sentence.find(",", frame.end(), we.end())
    return comma + 1 + len(sentence[comma + 1:]) - len(sentence[comma + 1:].lstrip())


#: A concession that opens a sentence (after at most a short reporting clause: ``文章发现，``): 尽管/虽然 … .
_CONCESSION_OPEN = LazyPattern(r"^\s*(?:[^，,。；;！？!?]{0,12}[，,]\s*)?(?:尽管|虽然|虽说|虽)")
#: The main clause after a concession: a comma, then 但/但是/然而/可是/不过 and an optional 却 (or 却 alone).
_CONCESSION_MAIN = LazyPattern(r"[，,]\s*(?:(?:但是|但|然而|可是|不过)\s*却?|却)\s*")


@lru_cache(maxsize=1)
def _appearance_open_re() -> re.Pattern[str]:
    """An opener that grants how a thing looks (``appearance_opener`` cue group: 乍看之下, 看似, 似乎, 表面上), after at
    most one short clause (12 characters and a comma: ``乍看之下，似乎…``), at the point's start. Bounded: linear."""
    return re.compile(rf"^\s*(?:[^，,。；;！？!?]{{0,12}}[，,]\s*)?(?:{cue_alternation('appearance_opener')})")


#: The turn that debunks an appearance: a comma, then 但/但是/然而/可是/不过 with an optional 事实上/实际上/其实/实则, or
#: one of those alone, then an optional comma and 却.
_APPEARANCE_TURN = LazyPattern(r"[，,]\s*(?:(?:但是|但|然而|可是|不过)\s*(?:事实上|实际上|其实|实则|实质上)?|事实上|实际上|其实|"
                              r"实则|实质上)\s*[，,]?\s*却?\s*")


def _main_after_opener(point: str, opener: re.Match[str] | None, turn: re.Pattern[str]) -> int | None:
    """Offset (characters into ``point``) where the main clause starts after an ``opener`` match at ``point``'s start
    (a concession, an appearance granted): the end of the first ``turn`` match after it and before the sentence's end
    (its first 。；;！？!?), when some text follows the turn; None when there is no opener or no such turn. Shared by
    :func:`appearance_main` and :func:`concession_main`. Linear in ``len(point)``."""
    if opener is None:
        return None
    stop = len(point)
    for ch in "。；;！？!?":
        k = point.find(ch, opener.end())
        if k >= 0:
            stop = min(stop, k)
    m = turn.search(point, opener.end(), stop)
    return m.end() if m and m.end() < stop else None


def appearance_main(point: str) -> int | None:
    """Offset (characters into ``point``, Simplified view) of the main clause after a debunked appearance that opens
    ``point`` (``乍看之下，似乎正视问题，但事实上，这些措施依然未曾回应…`` -> the offset of ``这些措施``): the opener
    (:func:`_appearance_open_re`) grants how things look, the turn (:data:`_APPEARANCE_TURN`) says what the author
    holds they are. None when ``point`` opens with no such opener, or no turn follows it before the sentence's end
    (``似乎存在问题。``). What the appearance grants (facing the problem, acting) is no statement of the author's; the
    main clause is (part26fix; Part 26 917). Linear in ``len(point)``."""
    return _main_after_opener(point, _appearance_open_re().match(point), _APPEARANCE_TURN)


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def concession_main(point: str) -> int | None:
    """Offset (characters into ``point``) of the main clause of a concession that opens ``point``
    (``尽管政府采取了多项措施，但却出现了新的问题`` → the offset of ``出现了…``), its connective (但/但是/然而/可是/不过,
    却) skipped; None when ``point`` opens with no concession or has no such main clause in its sentence. The measure
    a concession grants was taken already (narrated, or someone else's); the main clause says what went wrong despite
    it, or what must still be done. Linear in ``len(point)``."""
    return _main_after_opener(point, _CONCESSION_OPEN.match(point), _CONCESSION_MAIN)


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def awaits_improvement(point: str) -> bool:
    """True when ``point`` (Simplified view) states a shortcoming as work still awaiting improvement: its last clause
    names the thing first, then says it still needs improving, the verb ending the clause with no object after it
    (``社会矛盾化解和风险防范工作还需要加强``, ``一些部门的法治素养仍需进一步提高``; :func:`shortfall_end` with its
    adverb of "still"). A work
    report lists such clauses among its problems; they are challenges, though a modal stands in them. A clause with
    the object after the verb (``还需加强监管``) proposes a measure, and one whose subject is the speaker or all the
    units addressed (``我们还要进一步加强``: :data:`_RESOLVING_SUBJECT`) is a resolution: neither is read here.
    Linear in ``len(point)``."""
    if "变" in point or "观" in point or "扭转" in point:
        if needs_change(point):
            return True  # 贫富悬殊需要改变: a state said to need changing is a problem (weak24)
    if not has_cue(point, "awaiting_adverb"):
        return False  # (the clause's adverb of "still" stands in the point: speed21b's gate)
    if starts_imperative(point) or point.lstrip().startswith(lexicon().words("modal")):
        return False  # 要加强监管，队伍建设仍需加强: the point opens by prescribing
    clause = _last_clause(point)
    m = shortfall_end(clause)
    if m is None or m.group("still") is None or m.start() < 2:
        return False  # (还需加强 alone: no subject, the clause only exhorts)
    subject = clause[:m.start()]
    return not subject.startswith(_RESOLVING_SUBJECT)


#: A last clause that names a state and says it needs changing (``贫富悬殊需要改变``, ``这种局面亟待扭转``): the subject
#: (2-16 characters, no clause mark), a word of need, an optional 得到/加以, a ``change_verb`` cue word ending the clause.
_NEEDS_CHANGE = LazyPattern(r"(?P<subject>[^，,。；;：:！？!?]{2,16}?)(?:需要|亟需|亟须|亟待|急需|急待|有待|必须|需)"
                           r"(?:得到|加以|作出|做出)?(?P<verb>[^，,。；;：:！？!?]{2,3})$")


def needs_change(point: str) -> bool:
    """True when the last clause of ``point`` (Simplified view) names a state and says it needs changing, the verb of
    change (``change_verb`` cue group: 改变, 扭转, 改观 …) ending the clause with no object (``贫富悬殊需要改变``,
    ``这种被动局面亟待扭转``): the state is a problem (rule of 736 in the aspects corpus). Not when the subject is the
    speaker or the units addressed (``我们需要改变``: :data:`_RESOLVING_SUBJECT`), a public actor (``政府需要改变``:
    ``weak_modal_actor``), or opens with a modal or an imperative verb (``要改变``). One anchored match on the last
    clause: linear in ``len(point)``. weak24."""
    clause = _last_clause(point)
    m = _NEEDS_CHANGE.fullmatch(clause)
    if m is None or m.group("verb") not in lexicon().words("change_verb"):
        return False
    subject = m.group("subject").strip()
    lex = lexicon()
    return not (subject.startswith(_RESOLVING_SUBJECT) or subject.startswith(lex.words("weak_modal_actor"))
                or subject.startswith(lex.words("modal")) or starts_imperative(subject))


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def opens_mid_clause(point: str) -> bool:
    """True when ``point`` (Simplified view) opens with a word that cannot open a statement (``mid_clause_opener`` cue
    group: the copula 是 with no subject, 却是, 反而是, 使得 …): the span was cut after its subject or the condition it
    follows (``是关系…的重大问题``, ``却是考验政府的能力和勇气``), and what it states belongs to text outside it, so
    the point states neither aspect on its own. ``是否…`` opens a question of its own and is not read here. O(1)
    (a prefix test)."""
    s = point.lstrip()
    return s.startswith(lexicon().words("mid_clause_opener")) and not s.startswith("是否")


#: A point that is only a frame of topic (``在带头强化政治忠诚方面``): 在, at most 40 characters, 方面, nothing after;
#: or only a frame of concurrence, 在, at most 60 characters, 的同时 (``在肯定过去5年…等方面工作的同时``: a report's
#: concession cut from the clause it frames, k134136, Part 135's 7611).
_FRAME_ONLY = LazyPattern(r"在(?:[^，,。；;！？!?：:]{1,40}方面|[^，,。；;！？!?：:]{1,60}的同时)[。；;：:]?$")


@lru_cache(maxsize=1)
def _topic_frame_only_re() -> re.Pattern[str]:
    """A whole point that is one topic frame (:func:`topic_frame_only`): an opener (``frame_topic_opener`` cue group:
    针对, 对于, 面对, 关于), at most 30 characters (group ``content``) and a noun of a matter (``frame_topic_noun``: 问题,
    隐患, 情况) at the end; no comma, colon or stop inside. Anchored at both ends, bounded: linear."""
    topic = cue_alternation("frame_topic_opener") or "(?!)"
    noun = cue_alternation("frame_topic_noun") or "(?!)"
    return re.compile(r"^(?:" + topic + r")(?P<content>[^，,。；;：:！？!?]{0,30}?)(?:" + noun + r")[。.！!]?$")


def topic_frame_only(point: str) -> bool:
    """True when ``point`` (Simplified view) is only a topic frame whose main clause was cut away and whose matter
    names no deficiency (wrong29): ``针对这些隐患``, ``对于这个关系到数万人生计的问题`` (:func:`_topic_frame_only_re`):
    what the sentence says of the matter is in the clause the point left out. A frame whose matter states a
    shortcoming (``关于预算编制不够精准的问题``: :func:`challenge_strength`, ``prose_challenge`` cue group) names the
    problem and is kept, as is any other subordinate clause alone (a concession ``即使薪资提高也无法…``, ``当…问题反复
    出现时``: measured, Parts 24-34, their content is a gold point). Linear in ``len(point)`` (one anchored bounded
    match, one cue scan)."""
    m = _topic_frame_only_re().match(point.strip())
    if m is None:
        return False
    content = m.group("content")
    return not (challenge_strength(content) or has_cue(content, "prose_challenge"))


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def frame_only(point: str) -> bool:
    """True when ``point`` (Simplified view) is only a frame of topic, ``在…方面`` with nothing after it (an outline's
    dimension, ``在带头强化政治忠诚、提高政治能力方面``) or of concurrence, ``在…的同时`` with nothing after (``在肯定过去
    5年…工作的同时``): the problem or the measure in that dimension follows it; the frame states neither. O(len(point)) (one anchored match)."""
    return _FRAME_ONLY.match(point.strip()) is not None


def significance_of(point: str, rest: str) -> bool:
    """True when the sentence that ``point`` begins goes on (``rest``: the text after the point's span up to its
    sentence end, Simplified view) to end by stating what it is worth (:data:`_SIGNIFICANCE_END`: ``坚持…制度，对于
    解决…，加强班子建设，提高凝聚力，具有非常重要的意义``): a point cut from such a sentence is an object of that
    verdict of significance, not a measure proposed. ``rest`` must be bounded by the caller (it is searched once)."""
    tail = rest.strip()
    return bool(tail) and tail[0] in "，,；;、" and _SIGNIFICANCE_END.search(tail) is not None


#: Most characters between a negated verb of finding and the problem noun (``未发现安全隐患问题``: :func:`_denied_problem_re`).
DENIED_FINDING_CHARS = 8
#: Most characters of the topic phrase ``对…问题`` before the treatment announced for it (:data:`_TREATED_TOPIC`).
TREATED_TOPIC_CHARS = 30

@lru_cache(maxsize=1)
def _treated_topic_re() -> re.Pattern[str]:
    """A class of problems named as the topic of the treatment announced for it (``对有条件解决的问题，将集中力量予以
    解决``, ``对排查出的问题，要立即开展整改``): 对/对于, at most :data:`TREATED_TOPIC_CHARS` characters, a noun of
    ``treated_topic_noun``, then a comma and a modal or a future of ``treated_topic_modal`` (将, 要, 予以 …), or with no
    comma a treatment verb (:data:`_TREATMENT_VERBS`, after such a modal or none: ``对未解决的问题转入…``). The
    phrase sorts problems by how they will be handled and states none (neg37: a government's reply, a speech's
    promise, a self-inspection's rectification). Blanked by :func:`challenge_strength` and :func:`_prose_deficits`.
    Bounded window: linear."""
    return re.compile(rf"对于?[^，,。；;：:！？!?“”]{{0,{TREATED_TOPIC_CHARS}}}?(?:{cue_alternation('treated_topic_noun')})"
                      rf"(?=[，,](?:也|还|都|均)?(?:{cue_alternation('treated_topic_modal')})"
                      rf"|(?:{cue_alternation('treated_topic_modal')})?(?:{_TREATMENT_ADVERBS})?(?:{_TREATMENT_VERBS}))")


#: The treatment verbs that may follow the topic ``对…问题`` with no comma (``对未解决的问题转入下一个循环``,
#: ``对发现的问题立即整改``, ``对存在的问题逐一进行整改``: fix42b); the rest of the sentence (``处理不及时``) is read as before.
_TREATMENT_VERBS = "整改|转入|转交|移交|纳入|列入|予以|进行|建立|制定|督促|跟踪|登记"
#: An adverb of how the problems are taken up that may stand before that verb (``对住户反映的问题逐条登记``,
#: ``对发现的问题及时跟踪``: left46).
_TREATMENT_ADVERBS = "逐一|逐条|逐项|逐个|及时|立即|限期|统一|分类"


def _degree_complaints() -> tuple[str, ...]:
    """The complaints of degree: the two-character words of the ``prose_challenge`` and ``challenge_predicate`` cue
    groups that open with 太 (太暗, 太少, 太贵 …), in the groups' order, each once."""
    words = lexicon().words("prose_challenge") + lexicon().words("challenge_predicate")
    return tuple(dict.fromkeys(w for w in words if len(w) == 2 and w[0] == "太"))


#: Most characters between a negated claim and its verb of causing a problem (``人并非老就会造成问题``: :func:`_denied_problem_re`).
DENIED_CAUSE_CHARS = 8

@lru_cache(maxsize=1)
def _denied_problem_re() -> re.Pattern[str]:
    """A problem or a fault denied (``本身没有问题``, ``并不是问题``, ``不存在什么问题``, ``没问题``, ``不成问题``; a fault
    not committed: ``并没有犯太大的错误``, ``未出现大的失误``; the nouns of the ``denied_fault_noun`` cue group; not
    没有问题意识: lacking awareness is one; no hardship that cannot be overcome: ``没有克服不了的困难``, the nouns of
    ``denied_fault_noun`` and ``overcome_hardship_noun``; a lack denied: ``不乏资源``, ``也不是缺乏政策``): a negation, an optional verb of committing (犯, 出, 出现), an optional degree
    (什么, 太大的, 任何), the noun. Blanked by :func:`challenge_strength` and :func:`_prose_deficits`, checked by
    :func:`states_no_problem`. Bounded alternatives: linear."""
    nouns = cue_alternation("denied_fault_noun")
    # (or a cause denied: 人并非老就会造成问题, 这并不一定会带来问题 — a negation of the claim, at most
    # DENIED_CAUSE_CHARS characters, a verb of causing, the noun; corpus20)
    return re.compile(r"(?:没有|不是|并非|并不是|不存在|并不存在|并无|不成|没|未)(?:犯下|犯过|出过|出现过|出现|犯|出)?"
                      rf"(?:什么|任何|太大的?|多大的?|大的|过大的?|重大的?)?(?:{nouns})(?!意识)"
                      rf"|(?:并非|并不是|并不一定|不一定|未必|不会|不致|不至于)[^，,。；;：:！？!?]{{0,{DENIED_CAUSE_CHARS}}}?"
                      rf"(?:造成|带来|引起|构成|产生|导致)(?:什么|任何)?(?:{nouns})(?!意识)"
                      # (or no hardship that cannot be overcome, a speech's encouragement: 没有克服不了的困难, 没有解决
                      # 不了的问题, 没有过不去的难关 — 没有, a verb of at most four characters, 不了/不去, 的, the noun; lefts23a)
                      rf"|(?:没有|没)[^，,。；;：:！？!?不]{{1,4}}?(?:不了|不过去|不去|不过)的"
                      rf"(?:{nouns}|{cue_alternation('overcome_hardship_noun')})"
                      # (or the noun first and its size denied after it: 停远点走几步其实问题不大, 这点问题不算什么 —
                      # the noun, an optional adverb, a predicate of smallness from ``denied_size_predicate``; lefts24)
                      rf"|(?:{nouns})(?:其实|倒|并|也|都|本身)?(?:{cue_alternation('denied_size_predicate')})"
                      # (or a complaint of degree negated: 路灯不算太暗, 人手不算太少, 并不太贵 — a negation of
                      # ``degree_negation`` then a two-character 太-word of the complaint groups; 太暗 alone stays; left44)
                      rf"|(?:{cue_alternation('degree_negation')})(?:{word_trie_alternation(_degree_complaints())})"
                      # (or a lack denied: 香港其实不乏资源，也不是缺乏政策和服务, 我们并不缺少资金 — a negation of
                      # being (不是, 并不, 并非) then a verb of lacking, or 不乏; 不是缺就是剩 names no such verb; p30prec)
                      r"|(?:不是|并不是|并非|并不|也不|绝不是|绝非|从不)(?:缺乏|缺少|欠缺)|不乏"
                      # (or none at all of what nobody misses: 已经没有任何优越感, 毫无后顾之忧 — an absolute
                      # negation and a noun of ``unmissed_noun``, a privilege or a burden whose lack is no loss; lefts24)
                      rf"|(?:没有任何|没有什么|毫无)(?:{cue_alternation('unmissed_noun')})"
                      # (or a finding denied: 经检查，未发现安全隐患问题, 均未查出问题 — a negation, a verb of finding, at
                      # most DENIED_FINDING_CHARS characters, the noun or 隐患: an inspection news report's all-clear; neg37)
                      rf"|(?:没有|未|并未|均未|都未|没)(?:{cue_alternation('finding_verb')})"
                      rf"[^，,。；;：:！？!?]{{0,{DENIED_FINDING_CHARS}}}?(?:{nouns}|隐患){{1,2}}"
                      # (or a complaint refuted by a check's verdict: 经核查，…全部合格，不存在卫生条件差的问题 — a verdict
                      # of checking or of passing, at most REFUTED_SPAN_CHARS characters of its sentence, 不存在/并无, the
                      # complaint as the noun's modifier, 的, the noun: the all-clear of a reply to a complaint; fix58b)
                      rf"|(?:经(?:核查|核实|调查|检查|排查|查)|合格|达标)[^。！？!?\n]{{0,{REFUTED_SPAN_CHARS}}}?"
                      rf"(?:不存在|并不存在|并无)[^，,。；;：:！？!?\n]{{1,{REFUTED_SPAN_CHARS}}}?的(?:{nouns})")
#: Most characters of a check's verdict before its denial, and of the complaint it denies (``经核查，…合格，不存在卫生条件
#: 差的问题``: :func:`_denied_problem_re`).
REFUTED_SPAN_CHARS = 24
#: Coordinators of a noun phrase label (``考核与激励``, ``监督、管理和服务``).
_COORDINATOR = LazyPattern(r"[与和及、]|以及")


#: ``这样也能…``, ``这一模式可以…``: the benefit a measure brings, stated after it.
_BENEFIT = LazyPattern(r"(?:这样|这一|这种|此举|如此)[^，,。；;]{0,10}?(?:可以|能够|能|将|会)")


#: The opening of a relief a measure brings (``一是可以缓解高考压力``, ``这样能够减轻…``, ``有助于化解…``): an optional
#: 这样/ordinal, a modal of ability or a verb of helping, then the remedy verb (``remedy`` cue group) is read after it.
_RELIEF_OPENING = LazyPattern(r"(?:这样)?(?:[一二三四五六七八九十]是)?(?:也|还|更)?(?:可以|能够|有助于|有利于|可)")


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def states_relief(point: str) -> bool:
    """Whether the would-be challenge ``point`` opens with the relief a measure brings (:data:`_RELIEF_OPENING` and a
    remedy verb: ``一是可以缓解高考压力``, ``有助于缓解晚婚晚育现象``): the burden it names is what the measure removes,
    a benefit, no problem the author states (as :func:`opens_with_remedy` reads ``缓解…压力`` with no modal). Bounded:
    one anchored match and a prefix test."""
    p = point.strip()
    m = _RELIEF_OPENING.match(p)
    return m is not None and m.end() > 0 and p[m.end():].startswith(lexicon().words("remedy"))


@_remembered  # (asked of every point's text by points._neither_and_flips; speed38)
def states_no_measure(point: str) -> bool:
    """True when a would-be recommendation point proposes no action: it states the benefit of a measure
    (``这样也能提高…``, ``这一模式可以吸引…``), asks the reader to recognise something (``要认识到…``: the
    ``no_measure`` cue group; or opens with an aside to the reader, ``aside_opener``: ``要知道…``), judges a task hard (``difficulty_verdict``: ``要重建经济，谈何容易``), describes the present practice (:func:`describes_present`), turns to a shortcoming
    (:func:`turns_to_problem`), tells an action as done (:func:`tells_action_done`: ``已组织集中学习五次``), reports a
    paper's method and result (:func:`reports_method_result`), ends in a conceded clause (:data:`_CONCEDED_END`:
    ``整治形式主义虽好``), opens with a hedge and holds no modal (:data:`_HEDGE_OPENERS`: ``应该说谈得比较全面``) or states a thesis (a
    one-clause copula, after any form of address: ``同志们，营商环境就是生产力``). Used on recommendation points only
    (``这一模式可能难以为继`` may state a challenge)."""
    s = _VOCATIVE.sub("", point.strip(), count=1)
    if _FLOOR_CALL.match(s):
        return True  # 请…同志发言, 请与会同志…: a chair's call of the agenda, no measure (Part 96's 5271)
    if (bool(_BENEFIT.match(s)) or has_cue(s, "no_measure") or has_cue(s, "difficulty_verdict") or describes_present(s)
            or turns_to_problem(s) or tells_action_done(s) or reports_method_result(s)
            or _CONCEDED_END.search(s) is not None):
        return True
    if states_recommendation_status(s):
        return True  # 建议已全面落实, 建议不获政府接纳: a status class of recommendations made, no measure (k127128)
    if s.startswith(lexicon().words("aside_opener")) and not any(
            opens_condition(c) for c in _CLAUSE_SPLIT.split(s)[1:]):
        # 要知道要开导抑郁学生，最难的是…: the writer's aside to the reader, no measure (Part 136's 7660); not when a
        # later clause opens a condition (要知道，…天桥多过米铺，要是善加利用建成过渡性房屋，已可解燃眉之急: the
        # course argued for; Part 43's 2391)
        return True
    if s.startswith(_HEDGE_OPENERS) and not (modal_strength(s) or strong_modal(s)):
        return True  # 应该说谈得是比较全面的，比如…: a hedge before a verdict, its 应该 no modal of a measure (p27prec)
    return _thesis(s) and not ("该" in s and time_to_act(s)  # (是该管理一下了 is no copula: trialfix23b E)
                                or has_cue(s, "prose_measure_frame"))  # (当务之急是完善…: the copula names the course)


#: A chairing script's call of the agenda (``先请镇农业服务中心主任周立平同志发言``, ``请分管副镇长同志作工作部署``,
#: ``请与会同志将手机调至静音``): an optional agenda label (``第二项，``), an optional sequence word, 请 or 有请, then
#: within :data:`FLOOR_CALL_CHARS` characters of one clause a comrade (同志) who speaks, or the meeting's participants
#: addressed (与会同志, 各位同志): the procedure of a meeting, no measure of the speech. Bounded quantifiers, no nesting:
#: linear.
FLOOR_CALL_CHARS = 30
_FLOOR_CALL = LazyPattern(
    r"\s{0,2}(?:第[一二三四五六七八九十]{1,2}项[，,:：]?\s{0,2})?(?:先|首先|下面|现在|接下来|然后|最后)?[，,]?\s{0,2}"
    r"(?:请|有请)(?:与会|各位|全体)?(?:[^，,。；;！？!?\n]{0,%d}?同志)(?:发言|讲话|致辞|作|[将把]|[，,])" % FLOOR_CALL_CHARS)

#: A status class of recommendations already made (``建议已全面落实``, ``建议正在考虑或落实中``, ``建议不获政府接纳``,
#: ``建议为政府没有计划在现阶段落实者``): the noun 建议 (after a determiner: 该, 有关, 上述) as the subject of its own
#: implementation, adoption or consideration, or of a 为…者 class: a status list of an implementation page, no measure
#: (:func:`states_no_measure`; k127128, Part 128's 7204). Anchored, bounded.
_RECOMMENDATION_STATUS = LazyPattern(
    r"(?:该|有关|相关|此项|这些|各项|上述|其)?建议(?:(?:已经|均已|已|正在|尚未|未|不获|未获|获|被)[^，,。；;]{0,12}?"
    r"(?:落实|采纳|接纳|考虑|实施|接受)|为[^，,。；;]{0,20}者[。；;]?$)")

def states_recommendation_status(point: str) -> bool:
    """True when ``point`` (either script) names a status class of recommendations already made (``建议已全面落实``,
    ``建議不獲政府接納``: :data:`_RECOMMENDATION_STATUS`): no measure (:func:`states_no_measure`, and a guard of the
    aspect model's recommendation points). Linear in ``len(point)``."""
    s = point.strip()
    return ("建议" in s[:6] or "建議" in s[:6]) and _RECOMMENDATION_STATUS.match(simplified_view(s)) is not None


#: Discourse hedges that open a verdict and hold a modal's characters without being one (``应该说，…``, ``应当说，…``:
#: :func:`states_no_measure`; the ``modal_exclusion`` cue group masks them inside the modal tests).
_HEDGE_OPENERS = ("应该说", "应当说", "可以说")


#: A point that ends in a conceded clause (``整治形式主义虽好``, ``初衷固然是好的``): the clause grants a practice before
#: the author's ``但…``; it proposes nothing (trialfix21b K3).
_CONCEDED_END = LazyPattern(r"(?:虽|虽然|固然|诚然)(?:是|很|挺|也)?(?:好|佳|对|不错|好的|没错|必要|重要)[。！!，,]?\s{0,2}$")


#: A research sentence that opens with its method or data (利用…模型模拟的数据, 采用…分析方法, 基于…遥感数据): a verb
#: of using, then at most :data:`METHOD_RESULT_CHARS` characters before a verb that reports the result (得到了, 得出,
#: 表明, 结果显示, 计算出).
METHOD_RESULT_CHARS = 80
_METHOD_RESULT = LazyPattern(r"\s{0,2}(?:利用|采用|运用|基于|借助|使用|应用)[^。；;！？!?]{2,%d}?(?:得到了|得出了?|求得|计算出|"
                            r"估算出|模拟出|反演出|表明|显示|揭示了)" % METHOD_RESULT_CHARS)


def reports_method_result(point: str) -> bool:
    """True when a would-be recommendation is a paper's report of its method and result (``利用…模型模拟的径流数据，结合
    土地利用分布，得到了…``; ``采用回归分析方法建立的…关系表明…``): it opens with a verb of using and reaches a verb that
    reports a result within :data:`METHOD_RESULT_CHARS` characters (:data:`_METHOD_RESULT`; a modal before the verb of
    using, ``要利用…``, fails the match: anchored at the start). The method is the authors' work done, no measure
    (trialfix21b K3). Bounded: linear."""
    return _METHOD_RESULT.match(point) is not None


#: An action told as done: 已/已经/业已 before the verb, after at most a short subject (``局党组已组织集中学习五次``,
#: ``目前已建立问题清单``); not 已成为/已是/已有/已达 (a state or an amount: ``已成为制约发展的瓶颈``). Bounded: linear.
_DONE_ACTION = LazyPattern(r"^[^，,。；;：:]{0,14}?(?:已经|业已|已)(?!经|成为|是|有|达|超|占|近|逾|成|久|逐)")


#: A point that opens, past at most a short label and its colon (``消防安全：``), with a two-character verb and the
#: aspect particle 了 (``检查了灭火器是否有效，…，确保…``, ``开展了…``): work done, narrated, whatever purpose clause
#: (确保…) follows (kinds32: a self-inspection report's 排查内容). Not 为了, 除了, 成为了, 到了, 算了, nor 了解/了结.
#: Anchored, bounded.
_DONE_VERB_OPENER = LazyPattern(r"^(?:[^，,。；;：:]{1,10}[：:]\s{0,2})?[\u4e00-\u9fff][^\W\d_为除到算成好]了(?![解结])")


#: A named place or a group of places or schools that took a measure, told as its practice (``宁波市采取多种措施，稳定…``,
#: ``部分学校通过实施…等措施，加强…``, ``不少地方已经出台了…办法``): a short subject ending in a place's suffix or
#: naming places or schools collectively, at most three adverbs of time or manner (近日, 已经, 先后, 纷纷), then a verb of
#: adopting a measure. Another place's practice is an example the essay reports, no measure it proposes (p29prec;
#: Part 29 1118 1153). Anchored, bounded: linear.
_PLACE_PRACTICE = LazyPattern(r"^[^，,。；;：:]{0,16}?(?:[市县区省州镇乡村]|各地|多地|一些地方|不少地方|部分地区|部分学校|"
                             r"一些学校|不少学校|各校|省份|城市)(?:近日|日前|近年来|早已|已经|也|还|都|均|先后|率先|纷纷|"
                             r"陆续|积极|主动){0,3}(?:采取了?|通过|出台了?|推出了?|实施了|建立了|开展了|探索了?|立法(?![会院局]))")


#: A verb of carrying out work with the aspect particle 了 anywhere in the point (``对电路线路进行了排查``, ``全面完成了
#: 上半年工作任务``, ``各级政府进行了一系列的探索``, ``全民制定了乡规民约``): the work is narrated as done, in a
#: self-inspection report, a work summary or a meeting's news (done32: Parts 41-48). :func:`tells_action_done` takes it
#: only where no modal prescribes (``要对已开展了的工作进行复查`` still asks). Bounded: one linear search.
_DONE_VERB_LE = LazyPattern(r"(?:进行|進行|完成|开展|開展|召开|召開|制定|作出|做出|采取|採取|举办|舉辦|推出|出台|实施|實施)了(?![解结])")


def tells_action_done(point: str) -> bool:
    """True when a would-be recommendation tells an action as already done (:data:`_DONE_ACTION`: ``已组织集中学习
    五次``, ``已召开专题会议研究部署整改工作``; :data:`_DONE_VERB_OPENER`: ``检查了灭火器是否有效，确保…``) or as a named place's practice (:data:`_PLACE_PRACTICE`: ``宁波市采取
    多种措施，稳定…``; no modal word then, :func:`holds_modal_word`: ``各地要通过…`` prescribes, while the clauses after the
    practice open with its own verbs) and holds no modal (:func:`holds_modal`: ``已建立的制度要严格执行`` prescribes).
    A rectification report or a work summary narrates its steps so, and an essay reports other places' examples so; a
    measure is still to be taken. A regulator's order or follow-up after a check told with 已 (:func:`orders_remedy`:
    ``中心已要求有关店家停售…``) is no work narrated: gold reads the ordered fix as a recommendation (w68); one after
    narrated work in the perfective (``召开了整改工作会议，督促被审计单位认真整改…``) is still work told as done."""
    s = point.strip()
    if (_PLACE_PRACTICE.match(s) is not None and not s.startswith(lexicon().words("imperative"))
            and _TURN.search(s) is None):
        # (宁波市采取多种措施，稳定…，调动…: the clauses after the practice open with its verbs, no modal of the essay's;
        # 鼓励各地积极探索… asks places to act, and …采取了…措施，但却出现了… turns to what went wrong)
        return not (prescribes(s) or holds_modal_word(s))
    opener = _DONE_VERB_OPENER.match(s) is not None
    if opener or _DONE_VERB_LE.search(s) is not None and _TURN.search(s) is None:
        # (检查了…，确保…: the purpose clause's 确保 is no modal of a measure; 要/应 still prescribe. …进行了排查，防止…:
        # the work narrated as done. …采取了…措施，但却出现了… turns to what went wrong, which :func:`turns_to_problem` reads)
        narrated = not (prescribes(s) or has_cue(_mask_non_modals(s), "modal"))
        if opener or narrated:
            return narrated
    return _DONE_ACTION.match(s) is not None and not holds_modal(s) and not orders_remedy(s)


def _turns_to_shortfall(point: str) -> bool:
    """Whether ``point`` turns (:data:`_TURN`: 但/却/然而…) from work done to what is still wrong: a negated
    existence right after the turn (:data:`_TURN_LACK`) or a shortcoming after it (:func:`challenge_strength`):
    ``绝大部分问题已整改到位，但仍有少部分问题未得到有效整改`` states the remaining problem, not an achievement
    (trialfix24b, trial24 K1); or a verdict of a wrong that persists (:func:`states_verdict`:
    ``过去几年，上级多次发文严禁…，但顶风违纪现象仍时有发生``; fix43). Linear in ``len(point)``."""
    m = _TURN.search(point)
    if m is None:
        return False
    after = point[m.start():]
    return bool(_TURN_LACK.search(after) or challenge_strength(after) or states_verdict(point[m.end():]))


def turns_to_problem(point: str) -> bool:
    """True when a would-be recommendation turns (:data:`_TURN`: 但/却/然而…) to a shortcoming and prescribes
    nothing with a strong modal (:func:`prescribes`): ``他们要处理多出两三倍的垃圾，雇主却没有提供额外人手`` narrates
    what is wrong (要 there is "have to"). A measure is not stated through a contrast with what is lacking."""
    s = point.strip()
    m = _TURN.search(s)
    if not m or prescribes(s):
        return False
    after = s[m.start():]
    if _TURN_LACK.search(after):
        return True  # ……，雇主却没有提供…: what was expected is lacking
    return bool(challenge_strength(after) or _prose_deficits(after) or has_cue(after, "prose_complaint"))


#: A turn straight to a lack (``却没有…``, ``但并未…``): after a contrast one negated existence states what is missing.
_TURN_LACK = LazyPattern(r"(?:却|但|然而|可是|不过)[，,]?(?:又|也|还|并|仍|仍然|依然|始终|从来)?(?:没有|未能|并未|未|没)")


#: 是 or 就是 as the copula of a thesis (not inside 不是/但是/还是/只是/于是/可是/凡是/总是/是否).
_THESIS_SHI = LazyPattern(r"(?<![不但还只于可凡总])是(?!否)")
#: A form of address that opens a speaker's sentence (``同志们，``, ``各位代表，``).
_VOCATIVE = LazyPattern(r"^(?:同志们|各位代表|各位委员|各位同事|朋友们|同学们|女士们、先生们)[，,：:！!]\s*")


def _thesis(s: str) -> bool:
    """True for a one-clause copula statement (``营商环境就是生产力``, ``文化是乡村的灵魂``): it says what something is,
    with no modal and no imperative opening; a measure that names its role (``健全法律法规是……的关键``) is no thesis."""
    body = s.rstrip("。！!；; ")
    if not body or _CLAUSE_SPLIT.search(body) or not _THESIS_SHI.search(body):
        return False
    # (a subject's modal before an action, 政府是時候要檢討…: the 是 of 是时候 is no copula, trial17 F15)
    return not (modal_strength(body) or strong_modal(body) or starts_imperative(body) or _names_measure(body)
                or _modal_actions(body))


# --- existence statements of 申论 prose (存在着……等问题) ----------------------------------------------------------

#: Longest span (characters) between the verb of existence and the problem noun it asserts, inside one clause
#: (``仍存在政府职能缺位和错位、滥占耕地以及不重视自主创新和对知识产权的保护等问题``).
EXISTENCE_SPAN = 48


@lru_cache(maxsize=None)
def _existence_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(w) for w in sorted(lexicon().words("existence_verb"), key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in sorted(lexicon().words("existence_object"), key=len, reverse=True))
    if not verbs or not nouns:
        return re.compile(r"(?!)")
    # the verb, not negated or questioned (不存在, 是否存在) and not a modifier (存在的问题: a noun phrase that names a
    # topic or opens a lead-in), then the noun inside the same clause, at (or at most 4 characters before) its end:
    # the noun heads the object (…的错误就业观念), it does not open a clause of its own (存在……问题尚未取得突破)
    return re.compile(f"(?<![不否没无])(?:{verbs})(?!的)[^，,。；;：:！？!?]{{0,{EXISTENCE_SPAN}}}?(?:{nouns})"
                      r"[^，,。；;：:！？!?]{0,4}(?:[，,。；;：:！？!?]|$)")


@_remembered_any_length
def states_existence(sentence: str) -> bool:
    """True when ``sentence`` states that a problem exists (``同时还存在着违法违规征地的现象``, ``农村饮用水还存在着
    氟砷超标、苦咸等问题``, ``毕业生存在着……的错误就业观念``): a verb of existence (``existence_verb`` cue group: 存在,
    存在着, 存有) followed in the same clause by a noun of a problem (``existence_object``: 问题, 现象, 弊端, 误区 …).
    The 申论 way to state a problem without a predicate of deficiency; the nouns alone name topics (see
    :func:`prose_aspect`). Not for a question, a lead-in ending in a colon, a sentence that opens with a purpose,
    condition or example (``prose_opener``, :func:`opens_condition`), one about the text or research (``prose_exclude``), or a negated or
    questioned verb (不存在, 是否存在) or a modifier (存在的问题). The pattern's span is bounded: linear in the sentence."""
    if not has_cue(sentence, "existence_verb"):
        return False  # (every match of the pattern holds such a verb: one scan, speed22)
    s = sentence.strip()
    if not s or s.endswith(("？", "?", "：", ":")) or s.startswith(lexicon().words("prose_opener")) \
            or opens_condition(s):
        return False
    if excludes_prose(s) or is_commentary(s):
        return False
    return _existence_re().search(s) is not None


# --- background, definitions, others' views and the author's narration (issue 8: wrong points kind by kind) --------

#: An indefinite speaker, then a verb of saying or thinking: the author reports a view or a proposal from unnamed
#: others, mostly to weigh or refute it (``有人说…``, ``有很多人认为…``, ``不少人主张…``). (A named speaker or a pronoun
#: is left alone: a news report of a delegate's proposals, ``某委员建议…``, ``他建议…``, states the points the
#: article is about, and the aspect gold keeps them. ``有人涉嫌…`` states a wrong: 涉嫌 is no verb of saying.)
#: Also colleagues counted, not named (``有多位同事提出多项建议``, ``不少议员认为…``), and the public at large with an
#: adverb of how widely it holds a view (``市民普遍认为…``, ``舆论大多认为…``); a call or a doubt of theirs
#: (``有人呼吁…``, ``有人质疑…``) as well (wrong30).
_OTHERS_VIEW = LazyPattern(
    r"^(?:[^，,。；;：:]{0,4}?)(?:(?:也|还|曾)?有(?:很多|许多|不少|一些|些|多位|几位)?(?:人|同事|议员)"
    r"|(?:很多|许多|不少|一些|多位|几位)(?:人|同事|议员)|(?:市民|公众|民众|舆论|外界|坊间)(?:普遍|大多|大都|一致))"
    r"(?:也|还|亦|更|曾|则|就)?(?:说|认为|觉得|提出|建议|表示|主张|呼吁|质疑)")
#: A speaker who reminds or calls on the public (``某医生提醒大家，…``, ``专家呼吁市民…``): advice reported from them.
_REMINDER = LazyPattern(r"^[^，,。；;：:]{1,12}?(?:提醒|呼吁|奉劝|劝告)(?:大家|市民|公众|民众|读者|各位|家长)")
#: The author in the first person singular as the subject (``我居住的小区…``, ``而我写的这封信…``, ``我自己认为，…``):
#: the author narrates or muses; 我国/我省/我市/我们 (the country, the province, "we") are not meant.
_FIRST_PERSON = LazyPattern(r"^(?:而|但|可|其实|只是|不过)?[，,]?我(?![国省市区县们党军校院所镇乡村厅局部委会司处])")
#: The first person singular as an item's subject (``我``, ``我个人``, ``我自己``; not 我国, 我市, 我们, 我单位, 我办, 我园
#: — a body that speaks as "we" —, nor a view,
#: 我认为: :data:`_OWN_VIEW`): :func:`first_person_subject_end`.
_ITEM_FIRST_PERSON = LazyPattern(r"我(?![国省市区县们党军校院所镇乡村厅局部委会司处单办园站队科组社馆行台网刊报厂方州旗盟街团班连营系室中])"
                                r"(?:个人|自己)?(?!认为|觉得|以为|看来|指出|强调)")


def first_person_subject_end(point: str) -> int:
    """The offset in ``point`` just past a first-person singular subject that opens it (``我理论学习不够系统`` -> 1,
    ``我个人要加强学习`` -> 3), or 0 when it opens with none (``我国…``, ``我们…``, ``我单位…``, ``我认为…``, any other
    word). A self-assessment's items (述职, 对照检查, 个人总结: ``一是我理论学习不够系统``, ``二是我要深入基层``) name the
    writer's own shortcomings and measures with this subject; the points stage reads such an item past it, as it reads
    an impersonal one (:func:`states_background` takes a sentence that opens so for the author's narration).
    Constant work (anchored, bounded)."""
    m = _ITEM_FIRST_PERSON.match(point)
    return m.end() if m else 0


#: The author stating a view in the first person (``我认为，…``, ``我觉得…``, ``我指出…``): a claim, not narration.
_OWN_VIEW = LazyPattern(r"^(?:而|但|可|其实|只是|不过)?[，,]?我(?:个人)?(?:认为|觉得|以为|看来|指出|强调)")
#: A definition or a classification of its subject (``X是指…``, ``X指的是…``, ``X是Y的重要组成部分``, ``作为…，具有…
#: 特点``): it says what something is.
_DEFINES = LazyPattern(r"是指|指的是|泛指|通常指|一般指|特指|专指|^[^，,。；;]{1,30}?是[^，,。；;]{0,24}?(?:组成部分|一部分)|具有[^，,。；;]{0,24}?(?:特点|特征|属性)")
#: A definition that opens the point: a short term as its subject, then the verb of defining (``“拖延症”泛指…``,
#: ``形式主义是指…``). Problem words after it define the term; they state no problem of the essay.
_TERM_DEFINED = LazyPattern(r"\s{0,2}[^，,。；;：:\s]{1,12}?(?:是指|泛指|指的是|通常指|一般指|特指|专指)")
#: A maxim or a definition in the classical form (trialfix24b, trial24 K2): ``X…是也`` (``监督与管理是也``: what a word
#: means); a predicate of worth that closes the sentence, ``是…的`` and a noun of a principle's place (``maxim_worth`` cue
#: group: 生命线, 落脚点, 关键所在: ``发现问题是巡察工作的生命线``), which says what something is worth, whatever problem words
#: its subject or object holds; or a general truth, ``历来不可或缺`` (``监管历来不可或缺``). Bounded: each part is capped.
#: Also two such predicates in a row that open the sentence (``发现问题是巡察工作的生命线，解决问题是巡察工作的落脚点，…``:
#: a pair of maxims, whatever the sentence goes on to say of them; p27prec).
_MAXIM_FORM = (r"是也[。！!]?$|历来(?:都)?(?:不可或缺|必不可少)[。！!]?$|是[^。；;！？!?]{0,40}?的(?:%(w)s)(?:之一)?[。！!]?$"
               r"|^[^，,。；;！？!?]{2,16}?是[^，,。；;！？!?]{0,16}?的(?:%(w)s)[，,；;]"
               r"[^，,。；;！？!?]{2,16}?是[^，,。；;！？!?]{0,16}?的(?:%(w)s)(?:[，,。；;！!]|$)")


@lru_cache(maxsize=1)
def _maxim_re() -> re.Pattern[str]:
    """:data:`_MAXIM_FORM` with the ``maxim_worth`` cue group's words (a principle's place: 生命线, 落脚点)."""
    return re.compile(_MAXIM_FORM % {"w": cue_alternation("maxim_worth") or "(?!)"})


#: What something has become, as a status (``X成为…的关键词``, ``…成为社会关注的话题``, ``…成为…的重要载体``,
#: ``成为…的基本形式``): background of the topic.
_STATUS = LazyPattern(r"(?:成为|是)[^，,。；;]{0,24}?(?:关键词|话题|热点|焦点|共识|抓手|主题|热词|载体|依托|基本形式|重要形式|平台|课题)"
                     r"(?:之一)?(?:[，,。；;]|$)")
#: A statement of goals under its label (``近期目标：…``, ``总体目标是…``; not ``以…目标为导向``): what is aimed at, not how.
_GOAL_LABEL = LazyPattern(r"^[^，,。；;：:]{0,6}?目标(?:[：:]|是|为(?!导向))")
#: A sentence that opens with a trend as its setting (``随着…``) sets the scene unless it names a deficiency.
_SETTING = LazyPattern(r"^(?:同时|而且|此外|另外)?[，,]?随着")
#: A trend as a sentence's setting after an optional time of the recent past or the present (``近年来，随着…``), up to
#: the comma that closes the setting (:func:`sets_scene`; try55). Anchored, bounded.
_TIMED_SETTING = LazyPattern(r"(?:(?:近年来|近些年来|近几年来|近几年|近年|多年来|长期以来|一直以来|当前|目前|现阶段|如今|当下)"
                            r"[，,]?)?随着[^，,。；;！？!?]{1,40}[，,]")
#: What the clause after a trend's setting says the topic has become, a matter of attention only (``社区养老服务成为
#: 群众关心的民生大事``, ``…成为社会关注的焦点``): background of the topic (:func:`sets_scene`). Bounded.
_ATTENTION_STATUS = LazyPattern(r"[^，,。；;！？!?]{0,24}?成为[^，,。；;！？!?]{0,24}?(?:大事|焦点|话题|热点|关注点|热词|关键词)"
                               r"(?:之一)?[。！!；;]?")
#: A sentence that opens with a recent time (``最近…``, ``近日…``, ``日前…``) narrates a recent event, as a news lead does.
_RECENT_EVENT = LazyPattern(r"^(?:而|但)?(?:最近|近日|日前|前不久|近来|前些天|前几天|上周|上个月)")
#: A sentence that opens with the present (``现时…``, ``目前…``, ``现在…``, ``当前…``, ``如今…``): it describes how things
#: are done now.
_PRESENT = LazyPattern(r"^(?:而|但)?(?:现时|目前|现在|当前|如今|时下|现阶段)")


def sets_scene(point: str) -> bool:
    """True when ``point`` (Simplified view) opens with a trend as its setting (:data:`_TIMED_SETTING`: ``随着人口老龄化
    程度不断加深，``, after a time such as ``近年来，``) and its one clause after the setting only says what the topic
    has become, a matter of attention (:data:`_ATTENTION_STATUS`: ``社区养老服务成为群众关心的民生大事``), naming no
    deficiency (no ``prose_challenge`` or ``prose_complaint`` cue, no shortcoming predicate,
    :func:`challenge_strength`) and no measure (no strong modal): the backdrop an essay opens with, neither aspect by
    the gold rules (try55). ``随着…，农村空心化问题日益突出`` or ``随着…，越来越多的人开始沉迷于网络`` state a problem
    after the setting (the gold takes such sentences: a rule that dropped every setting without a shortcoming predicate
    lost 8 gold points of the seen pool) and are none. Linear in ``len(point)``."""
    s = point.strip()
    m = _TIMED_SETTING.match(s)
    if m is None or has_cue(s, "prose_challenge") or has_cue(s, "prose_complaint") or strong_modal(s):
        return False
    rest = s[m.end():]
    return _ATTENTION_STATUS.fullmatch(rest) is not None and challenge_strength(rest) == 0


def describes_present(point: str) -> bool:
    """True when a would-be recommendation describes the present practice (``现时对阻街的执法大多是口头警告…``,
    ``目前各区的做法是…``): it opens with the present (:data:`_PRESENT`) and prescribes nothing: no modal
    (:func:`holds_modal`), no imperative opening. ``当前亟须…``, ``目前应尽快…`` prescribe."""
    s = point.strip()
    if not _PRESENT.match(s):
        return False
    return not (holds_modal(s) or starts_imperative(s))


#: Verbs with which a text reports what someone said or listed (``某某痛陈…的弊端``, ``列举了…的表现``, ``坦言…``):
#: the speaker's words, at most a short subject before the verb.
_REPORTING = LazyPattern(r"^[^，,。；;：:]{0,12}?(?:痛陈|列举了|列举出|坦言|直言|透露|披露|援引|转述)")
#: What a document or a speaker mentions (``虽然施政报告有提及增建公屋``, ``局长曾提到…``): reported, unless the point
#: turns to the author's verdict on it (``报告内曾提及…，但却表明难以预防``: :data:`_TURN`).
_MENTIONS = LazyPattern(r"^[^，,。；;：:]{0,12}?(?:有|曾|亦|也)提(?:及|到)")
#: The purpose or root of an undertaking stated as a thesis (``其根本都是为了提升城市形象``, ``目的是为了…``,
#: ``初衷在于…``): it says why something is done, not what is wrong or what to do.
#: The aim of a study or a survey (``本调查旨在全面了解…存在的问题``, ``本文的目的在于分析…``): what it sets out to
#: learn, background however many problem words its object holds.
#: The means may stand between the aim word and its verb (``本次调查旨在通过问卷、访谈等方式，揭示…``; p27c): 通过, at most
#: 30 characters, a noun of method (方式, 方法, 途径, 手段), an optional comma.
_STUDY_AIM = LazyPattern(r"[^，,。；;]{0,20}?(?:旨在|目的是|目的在于|意在)"
                        r"(?:通过[^，,。；;]{1,30}?(?:方式|方法|途径|手段)[，,]?)?(?:全面|深入|系统|进一步)?"
                        r"(?:了解|瞭解|调查|分析|探讨|研究|考察|评估|梳理|摸清|探究|揭示)")  # (瞭解: the Simplified view keeps it)
#: What a study proposes, announced (an abstract: ``本文结合…调研，提出完善…、加强…等对策``): the text as subject
#: (``text_self`` cue group) opening the sentence, then 提出 and a noun of measures within the sentence.
_PROPOSAL_NOUN = LazyPattern(r"提出[^。；;！？!?]{0,80}?(?:对策|建议|措施|路径|思路|举措|办法|策略)")
_PURPOSE_THESIS = LazyPattern(r"(?:根本|目的|初衷|宗旨|出发点)(?:都|就|正|也|无非)?(?:是|在于)(?:为了)?")


def announces_proposals(s: str) -> bool:
    """Whether ``s`` (Simplified view, one sentence) is a study's announcement of what it proposes: it opens with the
    text as subject (``text_self`` cue group: ``本文…``, ``本研究…``) and says that it 提出 measures (``…等对策``,
    ``…的建议``: :data:`_PROPOSAL_NOUN`). Linear in ``len(s)`` (a bounded span after each 提出)."""
    m = cue_pattern("text_self").match(s.lstrip())
    return m is not None and _PROPOSAL_NOUN.search(s) is not None


def _research_critique(s: str) -> bool:
    """Whether the first clause of ``s`` names studies as the subject of a shortcoming (see :func:`states_background`)."""
    first = _CLAUSE_SPLIT.split(s, maxsplit=1)[0]
    m = cue_pattern("research_subject").search(first)
    if not m or m.start() > 12:
        return False
    rest = first[m.end():]
    return rest.startswith(lexicon().words("existence_verb")) or challenge_strength(rest) > 0 or has_cue(
        rest, "prose_challenge")


def infers_verdict(sentence: str) -> bool:
    """Whether ``sentence`` draws the author's verdict from the facts it opens with: a verb of inference
    (``inference_verb`` cue group: 足以显示, 足见, 凸显) followed by a complaint or a set verdict
    (``prose_complaint``, ``prose_verdict`` cue groups: ``近日的新闻，足以显示房屋问题持续恶化``). The event it reports
    is the evidence, the verdict is the point. Linear in the sentence (two pattern searches)."""
    m = cue_pattern("inference_verb").search(sentence)
    if not m:
        return False
    rest = sentence[m.end():]
    return bool(cue_pattern("prose_complaint").search(rest) or cue_pattern("prose_verdict").search(rest))


#: The object of a verb of attention up to the problem noun that ends it (``…关注香港的民生问题``): bounded, one clause.
_ATTENDED_PROBLEM = LazyPattern(r"[^，,。；;！？!?]{0,24}?问题")
_ATTENTION_NEGATION = ("不", "未", "没", "没有", "无")


def holds_modal(clause: str) -> bool:
    """True when ``clause`` holds a modal of obligation or advice, strong or plain (:func:`prescribes`,
    :func:`modal_strength`, a ``modal`` cue word outside the words that only contain one: ``我们要坚持…``,
    ``需要进一步加强``): what :func:`describes_present`, :func:`tells_action_done` and :func:`attends_to_problem`
    read as prescribing. Linear."""
    s = clause.strip()
    return prescribes(s) or bool(modal_strength(s)) or has_cue(_mask_non_modals(s), "modal")


def attends_to_problem(point: str) -> bool:
    """True when ``point`` (Simplified view) reports that someone attends to a problem (``官员已多次关注香港的民生问题``,
    ``早在多年前，民间组织已关注笼屋问题``): a verb of the ``attention_verb`` cue group, not negated, whose object ends
    in 问题, and no deficiency named anywhere (``prose_challenge``, ``prose_complaint`` cue groups; the point's other
    clauses state no shortcoming, :func:`challenge_strength`) and no modal (``要高度关注…问题`` is a measure). The
    problem noun is the object of the attention, it names no problem of its own. Linear in ``len(point)``."""
    s = point.strip()
    if "问题" not in s:
        return False  # (the attended object ends in 问题: :data:`_ATTENDED_PROBLEM`; a gate before the cue scans)
    if has_cue(s, "prose_challenge") or has_cue(s, "prose_complaint") or strong_modal(s):
        return False
    for m in cue_pattern("attention_verb").finditer(s):
        if s[max(0, m.start() - 2):m.start()].endswith(_ATTENTION_NEGATION):
            continue
        if holds_modal(s[max(0, m.start() - 6):m.start()]):
            return False  # 要高度关注…问题: a measure
        obj = _ATTENDED_PROBLEM.match(s, m.end())
        if obj is not None:
            rest = s[:m.start()] + s[obj.end():]
            return challenge_strength(rest) == 0
    return False


#: The authorities at work now on a plan (``当局现正探讨优化…``, ``政府正在研究…``, ``特区政府目前正积极筹备…``): the
#: subject (at most 12 characters, no mark) before an adverb of the present progressive and a verb of planning.
_ONGOING_PLAN = LazyPattern(r"^(?:而|但|另外|此外|同时)?[，,]?(?P<who>[^，,。；;：:！？\s]{1,12}?)(?:现时正|现正|目前正|正在|刻正|正)"
                           r"(?:积极|着手|全力|加紧|逐步)?(?:探讨|研究|研拟|酝酿|考虑|检讨|制定|制订|筹备|规划|草拟|审视|咨询)")


#: Most characters of a concessive clause that reports another party's assurance, from its opener to its turn or to
#: the sentence's end (the turn may open the next paragraph).
CONCESSION_REPORT_CHARS = 300
#: A concessive clause whose subject is reported assuring or explaining (``尽管台电强调将持续确保供电稳定，…，但…``,
#: ``虽然当局表示会加强巡查，却…``): the opener, a speaker of at most 12 characters, a verb of saying, and the turn.
_CONCESSION_REPORT = LazyPattern(
    r"(?:尽管|虽然|虽说)(?P<who>[^，,。；;！？!?：:\s]{1,12}?)(?:一再|一直|多次|再三|也|亦|已)?"
    r"(?:强调|表示|声称|宣称|称|承诺|保证|指出|说明|重申|回应)"
    r"[^。；;！？!?\n]{0,%d}?(?:[，,][ \t\u3000]{0,2}(?:但|却|可是|然而|仍然|依然)|(?=[。；;！？!?\n])|$)"
    % CONCESSION_REPORT_CHARS)


def reported_concession_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``text``, a Simplified view) of every concessive clause that reports another
    party's assurance before the writer's turn (``尽管台电强调将持续确保供电稳定，并会加强机组维护，以提高机组运转的
    可靠度，但…``: from 尽管 to the turn word, or to the sentence's end where the turn comes later): what the party
    says it does is granted, not advised by the writer (Part 75's 4015; the clause after the turn is the writer's);
    not the writer's own (``尽管我们一再强调…``). Each match starts at an opener and reads at most
    :data:`CONCESSION_REPORT_CHARS` characters: linear in the text."""
    return [(m.start(), m.end()) for m in _CONCESSION_REPORT.finditer(text) if not m.group("who").startswith("我")]


#: Most characters of a quoted letter's words (:func:`quoted_letter_spans`).
QUOTED_LETTER_CHARS = 300
#: A letter or notice the writer quotes (``信中说道“毕业了，就别再走了！…”``, ``公开信写道：「…」``): the document
#: (信, 函, 公开信, 倡议书, 通知 …, with 中/里/内 or not), a verb of its saying, and the quotation up to its close.
_QUOTED_LETTER = LazyPattern(
    r"(?:信|函|公开信|倡议书|倡议|通知|通告|告知书)(?:中|里|内|上)?(?:说道|写道|说|写|称|提到|指出|表示|呼吁)[:：]?"
    r"[ \t\u3000]{0,2}[“「『\"][^”」』\"\n]{1,%d}[”」』\"]" % QUOTED_LETTER_CHARS)


def quoted_letter_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``text``, a Simplified view) of every quotation of a letter or notice the writer
    cites (``某县人社局发布了一封信。信中说道“…积极为家乡发展建言献策！”``: from the document's name to the closing
    quotation mark): the appeals are the letter's, reported, no advice of the writer's (Part 75's 3991). Each match
    starts at a document word and reads at most :data:`QUOTED_LETTER_CHARS` characters of quotation: linear."""
    return [(m.start(), m.end()) for m in _QUOTED_LETTER.finditer(text)]


#: A quotation followed by its source (``“当前要抓紧解决…问题。”摘自2004年政府工作报告``, ``「…」——引自…``): the quoted
#: words up to the closing mark, then at most a dash and a ``cited_source_verb`` word. The quotation holds no quotation
#: mark of its own, so each opening mark reads to its own close at most once: linear.
#: Words of citing a source after a quotation (:data:`_CITED_QUOTE`: 摘自, 引自 …, and a bracketed note's 来源：); a text
#: holding none of them holds no match (the gate of :func:`cited_quote_spans`).
_CITED_SOURCE_WORDS = ("摘自", "引自", "出自", "选自", "节选自", "摘录自", "转引自", "来源：", "来源:")
#: Most characters of a bracketed source note after a quotation (``（摘自《基层治理研究》）``, ``（来源：某报评论）``).
CITED_NOTE_CHARS = 60
# fix57: the source may stand in brackets after the quotation (“……。”（摘自《…》）, （引自…）, （来源：…）): the span then
# runs to the bracket's close, so a point that a splitter opened at the note is inside it too
_CITED_QUOTE = LazyPattern(
    r"[“「『][^“”「」『』\n]{1,%d}[”」』][ \t\u3000]{0,2}(?:——|—|－|-)?[ \t\u3000]{0,2}"
    r"(?:[（(](?=%s)[^（()）\n]{1,%d}[)）]|(?=%s))" % (
        QUOTED_LETTER_CHARS, "|".join(_CITED_SOURCE_WORDS), CITED_NOTE_CHARS, "|".join(_CITED_SOURCE_WORDS)))


def cited_quote_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` (offsets into ``text``, a Simplified view) of every quotation the writer cites with its source
    right after it (:data:`_CITED_QUOTE`: ``“当前要抓紧解决克扣和拖欠农民工工资问题。”摘自2004年政府工作报告``): a past
    report's line quoted as the story's frame, the report's words, no advice of the writer's (Part 147's 8342,
    k147148). The source may stand in brackets (``“…。”（摘自《…》）``, ``（引自…）``, ``（来源：…）``): the span then ends at
    the bracket's close (fix57). Linear (a gate, then one scan)."""
    if not any(w in text for w in _CITED_SOURCE_WORDS):
        return []
    return [(m.start(), m.end()) for m in _CITED_QUOTE.finditer(text)]


def reports_ongoing_plan(point: str) -> bool:
    """True when ``point`` (Simplified view) reports what the authorities are doing now (``当局现正探讨优化《医疗补贴
    计划》…``, ``政府正在研究…``): an official subject (:func:`official_speaker`) before a present-progressive adverb
    (现正, 正在) and a verb of planning (探讨, 研究, 酝酿 …). The government's current work as the writer reports it, no
    advice of the writer's (Part 75's 4012), however its verbs (优化, 完善) read. Bounded: one anchored match."""
    m = _ONGOING_PLAN.match(point)
    return m is not None and official_speaker(m.group("who"))


@lru_cache(maxsize=1)
def _background_gate() -> Callable[[str], object]:
    """:func:`literal_gate` of :func:`states_background` (perf53): each of its readings that answers True needs one of
    its patterns to match in the point (:data:`_OTHERS_VIEW` … :data:`_SETTING`, :func:`_maxim_re`,
    :data:`_ONGOING_PLAN` of :func:`reports_ongoing_plan`, :data:`_RECENT_EVENT` before :func:`narrates_recent_event`),
    a ``research_subject`` word (:func:`_research_critique`), a ``text_self`` word (:func:`announces_proposals`) or
    问题 (:func:`attends_to_problem`)."""
    patterns = (_OTHERS_VIEW, _REMINDER, _FIRST_PERSON, _REPORTING, _MENTIONS, _STUDY_AIM, _PURPOSE_THESIS,
                _RECENT_EVENT, _GOAL_LABEL, _TERM_DEFINED, _maxim_re(), _DEFINES, _STATUS, _SETTING, _ONGOING_PLAN)
    words = lexicon().words("research_subject") + lexicon().words("text_self") + ("问题",)
    return literal_gate(patterns, words)


@_remembered_any_length  # asked several times per sentence; a pure function of it
def states_background(point: str) -> bool:
    """True when a would-be point (Simplified view) states neither aspect because of how it is written:

    * it reports a view or proposal of unnamed others: an indefinite speaker before a verb of saying
      (``有人说…政府应该…``, ``有很多人认为…``: :data:`_OTHERS_VIEW`), or someone's advice to the public
      (``某医生提醒大家…``: :data:`_REMINDER`);
    * the author narrates in the first person singular (``我居住的小区…``, ``我自己认为，…``) and recommends
      nothing (no strong modal: ``我认为政府应该…`` stays);
    * it opens by defining a term (``“拖延症”泛指…``: :data:`_TERM_DEFINED`, whatever problem words the definition holds);
    * it defines or classifies (``X是指…``, ``X是…的重要组成部分``, ``具有…特点``), states a status
      (``…成为…的关键词/话题``) or sets the scene (``随着…``), and names no deficiency (``prose_challenge``,
      ``prose_complaint`` cue groups) and no measure (strong modal);
    * (read by :func:`narrates_recent_event`, which :func:`states_neither` asks first: a sentence opened by a recent
      time, ``最近…``, ``近日…``, that names a deficiency is a point, False here);
    * it states goals under their label (``近期目标：…``: :data:`_GOAL_LABEL`) or reports that someone attends to a
      problem (``官员已多次关注民生问题``: :func:`attends_to_problem`);
    * it states the limits of studies (a literature review): its first clause has a subject of the
      ``research_subject`` cue group (已有研究, 这些研究路径, 文献) before a verb of existence or a shortcoming
      (``这些研究路径存在一定的不足：…``, ``已有文献缺乏对…的分析``);
    * it reports what someone said, listed or mentioned (``某某痛陈…的弊端``, ``列举了…``: :data:`_REPORTING`;
      ``施政报告有提及…`` with no turn to a verdict: :data:`_MENTIONS`), or states the
      purpose of an undertaking (``其根本都是为了…``: :data:`_PURPOSE_THESIS`) naming no deficiency and no measure,
      or the aim of a study (``本调查旨在全面了解…存在的问题``: :data:`_STUDY_AIM`) or what it proposes, announced
      (``本文…提出…等对策``: :func:`announces_proposals`).

    Essays state their problems with a predicate of deficiency and their measures with a modal or an imperative
    verb; these sentences carry the topic's background around them. Linear in ``len(point)``."""
    s = point.strip()
    if _background_gate()(s) is None:
        return False  # (each reading below matches one of the gate's patterns or words in the point; perf53)
    if not s:
        return False
    if _OTHERS_VIEW.match(s) or _REMINDER.match(s):
        return True
    if _FIRST_PERSON.match(s):
        # (the author's stated view of a shortcoming is a point: 我认为，…存在…问题)
        # (and the author's appeal to an addressee, 我希望您们能够加强…: a letter's demand, :func:`_appeal`; trialfix23b K)
        return not (strong_modal(s) or _appeal(s) or ("考虑" in s and suggests_consideration(s))
                    or (_OWN_VIEW.match(s) is not None and challenge_strength(s) > 0))
    if _research_critique(s) or _REPORTING.match(s) or _MENTIONS.match(s) and not _TURN.search(s):
        return True
    if _STUDY_AIM.match(s) or announces_proposals(s):
        return True  # 本调查旨在全面了解…存在的问题: what a study sets out to learn; 本文…提出…等对策: what it proposes
    if _PURPOSE_THESIS.search(s):
        return not (challenge_strength(s) or has_cue(s, "prose_challenge") or strong_modal(s))
    if _RECENT_EVENT.match(s):
        # (a recent event is narration unless it names a deficiency or the author draws a verdict from it, 近日的新闻，
        # 足以显示房屋问题持续恶化: the one reader, :func:`narrates_recent_event`; nothing below reads such a sentence)
        return narrates_recent_event(s)
    if _GOAL_LABEL.match(s):
        return not (has_cue(s, "prose_challenge") or strong_modal(s))  # 近期目标：包括…: the goals, no measure
    if attends_to_problem(s):
        return True  # 官员已多次关注民生问题: someone attends to a problem, no problem is named
    if reports_ongoing_plan(s):
        # 当局现正探讨优化…计划: what the authorities are doing now, reported, no advice of the writer's (w75); a
        # shortcoming the writer finds in it (…却迟迟未有结果) is still stated
        return not (challenge_strength(s) or has_cue(s, "prose_challenge"))
    if _TERM_DEFINED.match(s):
        return not strong_modal(s)  # “拖延症”泛指拖延事情不做的行为: a definition, whatever problem words define the term
    if ("是" in s or "历来" in s) and _maxim_re().search(s):
        return not strong_modal(s)  # 发现问题是巡察工作的生命线; 监督与管理是也: a maxim, a definition (trialfix24b)
    opened = _SETTING.match(s)
    if opened is not None and _turn_re().search(s) is not None:
        # (随着…的推进，村容村貌得到了明显的改观，但依然存在着…的现象: the trend and the progress granted set the scene;
        # the adversative turn states what persists, read as :func:`prose_aspect` reads it after 随着; k154155)
        trend = s[opened.end() - 2:]
        turn = after_background_turn(trend)
        if turn and prose_aspect(trend[turn:]) == CHALLENGE:
            return False
    if _DEFINES.search(s) or _STATUS.search(s) or _SETTING.match(s):
        return not (has_cue(s, "prose_challenge") or has_cue(s, "prose_complaint") or strong_modal(s))
    return False


#: Most characters read back from a point to the start of its sentence or ``；``-part for a reported scholar's view
#: (:func:`reports_scholar_view`): a literature review's parts are one or two clauses long.
SCHOLAR_LOOKBACK_CHARS = 80
#: Most characters between a reported scholar and the verb of his view (``有学者从治理生态环境的能力视角出发，认为…``).
SCHOLAR_FRAME_CHARS = 40
_PART_BREAK = LazyPattern(r"[。；;！？!?\n]")
#: Most characters of a relayed office holder's name and occasion between his title and his verb of saying
#: (``部长英兰妮参与辩论时说``), in one clause (:func:`_scholar_view_re`; false20).
OFFICIAL_FRAME_CHARS = 16


@lru_cache(maxsize=1)
def _scholar_view_re() -> re.Pattern[str]:
    """A reported scholar (``reported_scholar`` cue group: 有学者, 一些研究者), at most :data:`SCHOLAR_FRAME_CHARS`
    characters of frame (no sentence or ``；`` break), then a verb of his view (``scholar_verb``: 认为, 提出). Bounded."""
    lex = lexicon()
    who = "|".join(re.escape(w) for w in lex.words("reported_scholar")) or "(?!)"
    verb = "|".join(re.escape(w) for w in lex.words("scholar_verb")) or "(?!)"
    # (false20: a government office holder relayed by a report, ``reported_official`` cue group: his title, at most
    # OFFICIAL_FRAME_CHARS characters of name and occasion in one clause, a verb of saying (``official_verb`` or
    # ``scholar_verb``) and the comma, colon or quotation mark that opens his words: ``部长英兰妮参与辩论时说，…``; not
    # 官员作风漂浮，说一套做一套, where the title is the subject of a problem)
    official = "|".join(re.escape(w) for w in lex.words("reported_official")) or "(?!)"
    said = "|".join(re.escape(w) for w in lex.words("official_verb") + lex.words("scholar_verb")) or "(?!)"
    # (wrong32: an office holder who replies, ``replying_official``, with a verb of saying alone: ``司长…时称，…``)
    replier = "|".join(re.escape(w) for w in lex.words("replying_official")) or "(?!)"
    replied = verb_alternation(lex.words("official_verb"))
    # (and the authorities replying, ``replying_authority`` with a ``reply_verb``: ``政府概括地回复说，…``)
    body = "|".join(re.escape(w) for w in lex.words("replying_authority")) or "(?!)"
    reply = "|".join(re.escape(w) for w in lex.words("reply_verb")) or "(?!)"
    return re.compile(rf"(?:{who})[^。；;！？!?\n]{{0,{SCHOLAR_FRAME_CHARS}}}?(?:{verb})|"
                      rf"(?:{official})[^，,。；;：:！？!?\n]{{0,{OFFICIAL_FRAME_CHARS}}}?(?:{said})[，,：:“「]|"
                      rf"(?:{replier})[^，,。；;：:！？!?\n]{{0,{OFFICIAL_FRAME_CHARS}}}?(?:{replied})[，,：:“「]|"
                      # (no modal in its frame: 政府应对质询作出积极回应，… prescribes the reply, it relays none)
                      rf"(?:{body})[^，,。；;：:！？!?\n应要须需必可]{{0,{OFFICIAL_FRAME_CHARS}}}?(?:{reply})(?:说|称|指|表示)?"
                      r"[，,：:“「]")


@lru_cache(maxsize=1)
def _scholar_gate_re() -> re.Pattern[str]:
    """The words without which :func:`_scholar_view_re` matches nothing: a ``reported_scholar``, a
    ``reported_official``, a ``replying_official`` or a ``reply_verb`` word (speed21b's gate of
    :func:`reports_scholar_view`)."""
    lex = lexicon()
    words = (lex.words("reported_scholar") + lex.words("reported_official") + lex.words("replying_official")
             + lex.words("reply_verb"))  # (the authorities' frame needs its reply verb: rarer than 政府)
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


#: Most characters read back from a point to the lead of the literature review its paragraph opens with
#: (:func:`reports_reviewed_study`).
REVIEW_LOOKBACK_CHARS = 1200
#: A literature review's lead (``国内学者关于茶产业的研究较多``, ``目前学界对…的研究主要集中在``): scholars or the field,
#: then within one clause of at most 30 characters a noun of study. Bounded: linear.
_REVIEW_LEAD = LazyPattern(r"(?:学者|研究者|学界)(?:们)?(?:关于|对于|对|围绕)[^，,。；;！？!?\n]{1,30}?(?:的)?(?:研究|探讨|讨论)")
#: The verbs with which a review reports a cited study's view or finding (``…进行分析，认为…``, ``…研究发现…``).
_REVIEW_VIEW_VERB = LazyPattern(r"认为|研究发现|研究表明|发现|指出")


def reports_reviewed_study(text: str, start: int, end: int) -> bool:
    """Whether the point ``text[start:end]`` (offsets into ``text``, Simplified view) stands in a ``；``-part or
    sentence (from the last break at most :data:`SCHOLAR_LOOKBACK_CHARS` characters back) that reports a cited study's view (:data:`_REVIEW_VIEW_VERB` after a subject of two or
    more characters) inside a paragraph that opens a literature review (:data:`_REVIEW_LEAD` within
    :data:`REVIEW_LOOKBACK_CHARS` characters back, on the point's line), with no word of the author's own
    (``author_self``: 本文, 笔者) in the part. Bounded windows: constant work per point."""
    lo = max(0, start - SCHOLAR_LOOKBACK_CHARS)
    back = max(0, start - REVIEW_LOOKBACK_CHARS)
    nl = text.rfind("\n", back, start)
    para = text[(nl + 1 if nl >= 0 else back):start]
    if "学" not in para and "研究者" not in para:
        return False
    lead = _REVIEW_LEAD.search(para)
    if lead is None:
        return False
    before = text[lo:start]
    breaks = list(_PART_BREAK.finditer(before))
    a = lo + (breaks[-1].end() if breaks else 0)
    if a < (nl + 1 if nl >= 0 else back) + lead.end():
        return False  # (the lead's own sentence: the review's topic, no cited view)
    part = text[a:end]
    m = _REVIEW_VIEW_VERB.search(part)
    return (m is not None and len(part[:m.start()].strip(" ，,")) >= 2
            and not has_cue(part.replace("自我", "").replace("我国", ""), "author_self"))  # (我国: no author)


def reports_scholar_view(text: str, start: int, end: int) -> bool:
    """True when the point ``text[start:end]`` (offsets into ``text``, Simplified view) stands in a part of a sentence
    that reports another scholar's view, as a literature review does (``有学者从…视角出发，认为当前政府仍然面临着A、B
    等困局；有学者提出构建…机制``): from the last sentence end or ``；`` before the point (at most
    :data:`SCHOLAR_LOOKBACK_CHARS` characters back) to the point's end there is a reported scholar and a verb of his view
    (:func:`_scholar_view_re`), and the author does not speak after it (``author_self`` cue group: 笔者认为). The
    problems and measures such a part names are another's, reported: neither aspect of the essay. Linear in the
    window (bounded by the look-back and the point)."""
    lo = max(0, start - SCHOLAR_LOOKBACK_CHARS)
    if reports_reviewed_study(text, start, end):
        return True  # (目前学界关于…的研究较多。例如，张某…认为A是主要问题；王某…研究发现B: Part 69's 3636)
    if _scholar_gate_re().search(text, lo, end) is None:
        return False  # (a reported scholar or official stands in the part, a suffix of text[lo:end]: speed21b's gate)
    before = text[lo:start]
    breaks = list(_PART_BREAK.finditer(before))
    part = text[lo + (breaks[-1].end() if breaks else 0):end]
    if len(breaks) >= 2 and breaks[-1].group() in "；;" and part.lstrip().startswith(
            lexicon().words("reported_continuation")):
        # (…有言论将A归因于B；进而主张应该C: the part goes on with the same speaker's view, lefts22)
        part = text[lo + breaks[-2].end():end]
    elif breaks and breaks[-1].group() in "；;" and part.lstrip().startswith(lexicon().words("reported_continuation")):
        part = text[lo:end]
    m = _scholar_view_re().search(part)
    # (我支持…议员提出的方向，要求…: the author speaks first and takes the view up as his own; false20)
    if m is None:
        return False
    if leader_directs(part, m):
        return False  # (部长李某出席会议并强调，要深入开展…: meeting news relays its leader's directive, Part 156)
    # (自我 "self-" is no first person: 因而造成了自我消耗 is the reported view's words, lefts22)
    after = part[m.end():].replace("自我", "")
    return not has_cue(after, "author_self") and not has_cue(part[:m.start()].replace("自我", ""), "author_self")


#: Most characters read back from a point to the introduction of the person whose story illustrates the essay's
#: problem (:func:`narrates_case`).
CASE_LOOKBACK_CHARS = 2000
#: Most characters read back from a point to the start of its sentence when looking for the person's name.
CASE_SENTENCE_CHARS = 200
#: The introduction of an illustrative case's person at a sentence's start (Simplified view): a pet name (小明, 阿华)
#: or a pupil's name (王同学), an optional 今年/本来, 是, a measure word (个, 一名, 位), at most 12 characters and a noun
#: of person (学生, 孩子, 患者 …), then a sentence or clause mark (``小明是个初二学生。``). Bounded: linear.
_CASE_INTRO = LazyPattern(r"(?:(?<=[。！？!?\n])|^)\s{0,2}([小阿][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}同学)"
                         r"(?:今年|目前|原本|本来)?是(?:一)?[个名位][^，,。；;！？!?\n]{0,12}?"
                         r"(?:学生|孩子|男孩|女孩|男生|女生|少年|少女|患者|病人|员工|老人|职工)[。，,]")
_CASE_GATE = LazyPattern(r"是一?[个名位]")


def narrates_case(text: str, start: int, end: int) -> bool:
    """Whether the point ``text[start:end]`` (offsets into ``text``, Simplified view) tells the story of one person
    that a feature or a reflection uses to illustrate its problem (``小明是个初二学生。上学期…小明的成绩一直没有起色，
    亲子冲突也愈演愈烈``): a person's introduction (:data:`_CASE_INTRO`) stands within :data:`CASE_LOOKBACK_CHARS`
    characters before the point, and either the point's sentence (from the last sentence mark at most
    :data:`CASE_SENTENCE_CHARS` characters back) names that person or no line break stands between the introduction
    and the point (``他上课经常趴睡`` in the same paragraph). The story's events are the case's, no point of the essay
    (Part 81's 4355; the gold rules). Bounded windows: constant work per point."""
    lo = max(0, start - CASE_LOOKBACK_CHARS)
    if _CASE_GATE.search(text, lo, start) is None:
        return False
    last = None
    for last in _CASE_INTRO.finditer(text, lo, start):
        pass
    if last is None:
        return False
    if "\n" not in text[last.end():start]:
        return True
    a = max(last.end(), start - CASE_SENTENCE_CHARS)
    cut = rfind_any(text, "。！？!?\n", a, start)
    return last.group(1) in text[max(a, cut + 1):end]


#: Most characters of a literature review's section (:func:`review_section_spans`) after its heading.
REVIEW_SECTION_CHARS = 6000
#: Longest heading line (stripped) read as a review's heading.
REVIEW_HEADING_CHARS = 40
# a numbered heading that names a review of earlier studies (一、…的相关研究, 1.…的现状研究, （二）文献综述; Simplified
# view): the marker (group 1: Chinese numeral, group 2: Arabic, group 3: bracketed), at most 24 characters of topic
# with no clause mark and no 问题 (问题提出与文献综述 states the author's own problem first), then the review's noun
_REVIEW_HEADING = LazyPattern(r"[ \t#]{0,6}(?:([一二三四五六七八九十]{1,3}[、.．])|(\d{1,2}[、.．]?)(?=[\s\u4e00-\u9fff])|"
                             r"([（(][一二三四五六七八九十]{1,3}[)）]))\s{0,2}(?:(?!问题)[^\n。，,；;：:！？!?]){0,24}?"
                             r"(?:相关研究|研究综述|文献综述|研究现状|现状研究|研究述评|文献述评|文献回顾|研究动态)(?:综述|述评)?[ \t]*")
_NUMERAL_MARK = LazyPattern(r"[ \t#]{0,6}[一二三四五六七八九十]{1,3}[、.．]")
_ARABIC_MARK = LazyPattern(r"[ \t#]{0,6}\d{1,2}(?:[、.．]|\s)")
_BRACKET_MARK = LazyPattern(r"[ \t#]{0,6}[（(][一二三四五六七八九十]{1,3}[)）]")
_REVIEW_GATE = LazyPattern(r"相关研究|研究综述|文献综述|研究现状|现状研究|研究述评|文献述评|文献回顾|研究动态")
#: Characters after a review's heading line within which its body must report on studies (:data:`_REVIEW_BODY_CUE`).
REVIEW_BODY_CHARS = 300
# the words of a review's opening that report others' studies (学者认为, 已有研究, 文献, 指出, a year of publication):
# without one, the heading (一、我市社区养老服务现状研究 ⏎ 调查显示,…) opens the author's own survey, no review (try43b)
_REVIEW_BODY_CUE = LazyPattern(r"学者|研究|文献|综述|认为|指出|提出|探讨|观点|理论|[（(\[]\d{4}|\d{4}[)）\]]|\d{4}年[^。\n]{0,6}[发提指认]")


@document_memo  # (a whole text's: emptied after each document, perf51)
@lru_cache(maxsize=8)
def review_section_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` offsets into ``text`` (Simplified view) of each literature review's section: from a numbered
    heading line that names a review of earlier studies (:data:`_REVIEW_HEADING`: ``一、课后服务的相关研究``, ``1 文献
    回顾``, at most :data:`REVIEW_HEADING_CHARS` characters) to the next line opening with a marker of the same kind
    (``二、``), at most :data:`REVIEW_SECTION_CHARS` characters. A review reports what other scholars found (``有学者
    认为…``, ``…主要表现为…``), neither aspect of the essay (the gold rules; Part 81's 4371). An unnumbered title
    (``…发展与研究现状``, a paper's own) opens no section, nor a heading whose first :data:`REVIEW_BODY_CHARS`
    characters report on no study (``一、我市养老服务现状研究`` ⏎ ``调查显示,…``: the author's survey). One pass over the
    lines: linear."""
    if _REVIEW_GATE.search(text) is None:
        return ()
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    open_at, closer = -1, None
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if open_at >= 0 and (pos - open_at > REVIEW_SECTION_CHARS or closer.match(text, pos, end) is not None):
            spans.append((open_at, pos))
            open_at = -1
        if open_at < 0 and end - pos <= REVIEW_HEADING_CHARS + 8:
            m = _REVIEW_HEADING.fullmatch(text, pos, end)
            if m is not None and _REVIEW_BODY_CUE.search(text, end, end + REVIEW_BODY_CHARS) is not None:
                open_at = pos
                closer = _NUMERAL_MARK if m.group(1) else _ARABIC_MARK if m.group(2) else _BRACKET_MARK
        pos = end + 1
    if open_at >= 0:
        spans.append((open_at, min(n, open_at + REVIEW_SECTION_CHARS)))
    return tuple(spans)


def in_review_section(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` (Simplified view) falls in a literature review's section
    (:func:`review_section_spans`)."""
    spans = review_section_spans(text)
    k = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= start < spans[k][1]


#: Most characters read back from a point to the quotation mark that opens a quoted testimony around it, and read on
#: to the mark that closes it (:func:`inside_quoted_testimony`).
TESTIMONY_CHARS = 400


def inside_quoted_testimony(text: str, start: int) -> bool:
    """True when the point that starts at offset ``start`` of ``text`` stands inside a quotation of prose that a
    lead-in naming views introduces (``以下观点具有一定代表性：“…，其实经费是不足的，…”``, ``受访者的看法较一致：“…，…”``):
    an opening ``“`` or ``「`` right after ``：``/``:`` within :data:`TESTIMONY_CHARS` characters before the point, the
    clause before that colon holding a word of the ``testimony_lead`` cue group (观点, 看法, 心声 …), no closing mark
    between the opening one and the point, a closing one within :data:`TESTIMONY_CHARS` characters after the point's
    start, and a comma or a semicolon inside the quotation. Views quoted as evidence of a study are other people's,
    reported: neither aspect of the essay (the gold rules). A news report's quoted complainant (``黄先生表示：「…」``)
    names no view noun: his words are read by :func:`news_said_start`. Bounded: linear over the points of an essay."""
    lo = max(0, start - TESTIMONY_CHARS)
    for opening, closing in ("“”", "「」"):
        q = text.rfind(opening, lo, start)
        if q < 1 or text.find(closing, q, start) >= 0 or text[q - 1] not in "：:":
            continue
        lead = text[max(rfind_any(text, "，,。；;！？!?\n", lo, q - 1) + 1, lo):q - 1]
        close = text.find(closing, start, start + TESTIMONY_CHARS)
        if close >= 0 and has_cue(lead, "testimony_lead") and any(text.find(c, q, close) >= 0 for c in "，,；;"):
            return True
    return False


#: Most characters read after a quotation's closing mark for the clause that attributes it (``”3月5日，习近平总书记在
#: 参加…审议时如是说。``: :func:`inside_attributed_quote`).
ATTRIBUTION_CHARS = 60
#: The verbs of saying that close a clause attributing the quotation before it (``…时如是说``, ``…时谆谆告诫``,
#: ``总书记强调``), at the end of the attributing clause.
_ATTRIBUTION_END = LazyPattern(r"(?:如是说|说道|说|强调|指出|告诫|嘱托|叮嘱|要求|表示)[。！!]?$")


def inside_attributed_quote(text: str, start: int) -> bool:
    """True when the point that starts at offset ``start`` of ``text`` stands inside a quotation (``“…”``, ``「…」``,
    read back and on at most :data:`TESTIMONY_CHARS` characters, no closing mark between the opening one and the
    point) that a leader, a meeting or a higher document says: the clause right after the closing mark (at most
    :data:`ATTRIBUTION_CHARS` characters, to the sentence's end) names a ``directive_source`` speaker and ends with a
    verb of saying (:data:`_ATTRIBUTION_END`: ``“…必须端牢…。”3月5日，习近平总书记在…时如是说。``), or the clause
    before the opening mark quotes one (:func:`quotes_directive`: ``总书记强调：“…”``), or names a leader in an earlier
    clause than its lone verb of saying (:data:`_LEADER`, :data:`_LEADER_SAID_LAST`: ``总书记…作出…决策，强调：“…”``;
    k161163). The demands inside are the
    speaker's, which the writer reports: no recommendation of the writer's (Part 135's 7611; the gold rules' whose
    statement). A deputy's quoted proposal (``“应该…”，代表张三说``) names no such speaker and stays. Bounded: a few
    ``rfind``/``find`` calls in windows of fixed size."""
    lo = max(0, start - TESTIMONY_CHARS)
    for opening, closing in ("“”", "「」"):
        q = text.rfind(opening, lo, start + 1)
        if q < 0 or text.find(closing, q, start) >= 0:
            continue
        close = text.find(closing, start, start + TESTIMONY_CHARS)
        if close < 0:
            continue
        tail = text[close + 1:close + 1 + ATTRIBUTION_CHARS]
        end = min((i for i in (tail.find(c) for c in "。！!？?\n") if i >= 0), default=-1)
        after = simplified_view(tail[:end + 1] if end >= 0 else "").strip()
        if after and has_cue(after, "directive_source") and _ATTRIBUTION_END.search(after):
            return True
        b = rfind_any(text, "。！!？?\n", max(0, q - ATTRIBUTION_CHARS), q)
        lead = simplified_view(text[b + 1:q]).strip()
        if lead and quotes_directive(lead + opening):
            return True
        if lead and _LEADER_SAID_LAST.search(lead) and _LEADER.search(lead):
            return True  # (总书记在…会议上作出…决策，强调：“…”: the leader named in an earlier clause; k161163)
    return False


def quotes_national_leader(text: str, start: int) -> bool:
    """True when the point that starts at offset ``start`` of ``text`` stands inside a quotation (``“…”``, ``「…」``,
    no closing mark between the opening one and the point) whose lead, the sentence before the opening mark (at most
    :data:`ATTRIBUTION_CHARS` characters), names a national leader (:data:`_LEADER`: 总书记, 国家主席, 总理) and closes
    on a verb of saying (``习近平总书记在…会议上作出…决策，强调：“…”``): the leader's directive the writer reports as
    background (Part 161's 9166; k161163). Bounded: a few ``rfind`` calls in windows of fixed size."""
    lo = max(0, start - TESTIMONY_CHARS)
    for opening, closing in ("“”", "「」"):
        q = text.rfind(opening, lo, start + 1)
        if q < 0 or text.find(closing, q, start) >= 0:
            continue
        b = rfind_any(text, "。！!？?\n", max(0, q - ATTRIBUTION_CHARS), q)
        lead = simplified_view(text[b + 1:q]).strip()
        if lead and _LEADER.search(lead) and (_LEADER_SAID_LAST.search(lead) or _LEADER_SAID.search(lead)):
            return True
    return False


#: k161163: a national leader whose directive a sentence quotes (:func:`inside_attributed_quote`), named in an earlier
#: clause of the lead than its verb of saying (not a meeting's leader: Part 156 reads his quoted demand as a measure) (``习近平总书记在全国宣传思想工作会议上作出…重大决策，强调：“…”``).
_LEADER = LazyPattern(r"总书记|国家主席|总理")
#: The lead's last clause: a verb of saying alone before the quotation (``，强调：``, ``，指出``).
_LEADER_SAID = LazyPattern(r"(?:强调|指出|要求|提出|说|表示)[：:]?$")
_LEADER_SAID_LAST = LazyPattern(r"[，,]\s{0,2}(?:并|还|也|又|同时)?(?:强调|指出|要求|提出|说|表示)[：:]?$")


#: Most characters read back from a point to the start of its sentence for a term defined there
#: (:func:`inside_definition`): a defined term and its other names fit in it.
DEFINITION_LOOKBACK_CHARS = 60
#: The characters that end a sentence for :func:`inside_definition` (each looked for by ``rfind``: speed39):
#: :data:`summarizer.chars.SENTENCE_END` and a line break.
_SENTENCE_BREAK_CHARS = SENTENCE_END + "\n"


def _last_sentence_break(text: str, lo: int, hi: int) -> int:
    """Offset into ``text`` of the last of :data:`_SENTENCE_BREAK_CHARS` in ``text[lo:hi]``, -1 when none: one
    ``rfind`` a character, linear in the window (:func:`inside_definition`; a greedy ``(?s:.*)[…]`` pattern did the same
    with one ``match`` but is quadratic when searched, which the regex audit of ``tests/test_speed27_kinds.py`` flags)."""
    return rfind_any(text, _SENTENCE_BREAK_CHARS, lo, hi)


@lru_cache(maxsize=1)
def _defined_term_re() -> re.Pattern[str]:
    """A sentence's opening that defines a term (:func:`inside_definition`): a short term, then at most two asides
    that give its other names (``term_alias`` cue group: ``，又称中小企``, ``，简称…``), then the verb of defining
    (``是指``, ``指的是``, ``泛指`` …, as :data:`_TERM_DEFINED`). Anchored, bounded."""
    alias = cue_alternation("term_alias") or "(?!)"
    return re.compile(r"\s{0,2}[^，,。；;：:\s]{1,12}?(?:[，,]?(?:" + alias + r")[^，,。；;：:]{1,20}?){0,2}[，,]?"
                      r"(?:是指|泛指|指的是|通常指|一般指|特指|专指)")


def inside_definition(text: str, start: int, end: int) -> bool:
    """True when the point ``text[start:end]`` (offsets into ``text``, Simplified view) lies inside a sentence that
    opens by defining a term (``中小型企业，又称中小企业，是指…有利于满足社会需要，增加就业，…的企业``:
    :func:`_defined_term_re`, the sentence start at most :data:`DEFINITION_LOOKBACK_CHARS` characters before the point)
    and the point holds no strong modal: the clauses of a definition say what the term covers, neither a measure nor a
    problem of the essay (trialfix20). A term that names a problem itself (``所谓“转化难题”，指的是…``: a cue noun of
    the challenge sections) is defined by the problems it stands for: those are stated (trialfix21b). Linear in the window (bounded by the look-back and the point)."""
    lo = max(0, start - DEFINITION_LOOKBACK_CHARS)
    last_break = _last_sentence_break(text, lo, start)  # (the last break before the point)
    if last_break < 0 and lo > 0:
        return False  # (the sentence starts further back: no term defined at its opening is in reach)
    opening = last_break + 1 if last_break >= 0 else lo
    m = _defined_term_re().match(text, opening, end)
    if m is not None and any(aspect == CHALLENGE for _, aspect in heading_cues(m.group())):
        return False  # 所谓“落地难题”，指的是…存在A、B等问题: a problem term, defined by the problems (trialfix21b)
    return m is not None and not strong_modal(text[start:end])


def solution_outcome_at(point: str) -> int | None:
    """Offset (characters into ``point``, Simplified view) of the last clause of ``point`` when that clause says the
    problem is solved by what the clauses before it do (``solution_outcome`` cue group: ``…，为我所用，是化解矛盾、
    解决问题的捷径``, ``…，问题定会迎刃而解``, ``…，同心而治，很容易找到理想的解决办法``), else None. The clauses
    before it are then a measure (its outcome names the problem, it states none); a negated outcome
    (``outcome_negation`` cue group: ``难以找到解决办法``) is a shortcoming and gives None, so does a point of one
    clause. Linear in ``len(point)``."""
    s = point.rstrip("。；;，, ")
    cut = max(s.rfind("，"), s.rfind(","))
    if cut <= 0:
        return None
    last = s[cut + 1:]
    if not has_cue(last, "solution_outcome") or cue_pattern("outcome_negation").search(last):
        return None
    return cut + 1


#: An ordinal or a linking word before a clause (``第二，``, ``其次，``, ``同时``). Anchored, bounded.
_LEADING_ORDINAL = LazyPattern(r"^\s{0,2}(?:第[一二三四五六七八九十]{1,2}|其[一二三四五六次]|首先|最后|同时|因此|所以|可见|总之)?\s{0,2}[，,、]?")

#: A clause that names its subject as the way to solve a problem (``平台化是化解该困境的有效途径``, ``把空置的房屋改造
#: 或许是一个解决房屋土地问题的好方法``): at most 30 characters of subject, an adverb, 是, at most 24 characters and a
#: noun of a way that works (``copula_solution_noun`` cue group: 的好方法, 的有效途径, 的出路). Bounded.
@lru_cache(maxsize=1)
def _copula_solution_re() -> re.Pattern[str]:
    nouns = cue_alternation("copula_solution_noun") or "(?!)"
    return re.compile(r"(?:^|(?<=[，,；;]))\s{0,2}([^，,。；;！？!?]{2,30}?)(?:或许|也许|可能|也|正|就|才|恰恰|无疑)?是"
                      r"(?:一个|一种|一条|一项|一大)?[^，,。；;！？!?]{0,24}?(?:" + nouns + r")")


def copula_solution_end(point: str) -> int | None:
    """End offset (characters into ``point``, Simplified view) of the first clause of ``point`` that names its subject
    as a way to solve a problem (:func:`_copula_solution_re`: ``平台化是化解该困境的有效途径``, ``把空置的房屋改造或许是
    一个解决房屋土地问题的好方法，值得想想``), else None: that clause is a measure, whatever problem word its object
    names. A negated copula (``不是``, ``并非``: ``补贴不是解决问题的好办法``) or a subject that is only a pronoun or a
    deficiency (``prose_challenge`` cue group) gives None, as does a clause after another one of the point (past an
    ordinal or a linking word, :data:`_LEADING_ORDINAL`). Linear in ``len(point)`` (p27prec)."""
    m = _copula_solution_re().search(point)
    if m is None or len(_LEADING_ORDINAL.sub("", point[:m.start(1)], count=1).strip("，,；; ")) > 0:
        return None  # (…加重了基层负担；第二，平台化是…的有效途径: a clause after others is no point of its own here)
    subject = m.group(1).strip()
    if subject.endswith(("不", "并非", "绝非", "未必", "并不")) or subject in ("这", "这也", "那", "它", "此"):
        return None
    if has_cue(subject, "prose_challenge"):
        return None
    return m.end()


def names_status_section(heading: str) -> bool:
    """True when ``heading`` (a section heading, Simplified view) names the status of its subject (``status_section``
    cue group: ``一、xx县农村经济发展现状``, ``基本情况``): a section of neither aspect whose items may still state
    shortcomings in their own headings (``(一)自然条件恶劣…，农村生产、生活条件极差``), unlike a section of achievements
    or practice (成效, 做法). Linear in ``len(heading)``."""
    return has_cue(heading, "status_section")


def names_cause(sentence: str) -> bool:
    """True when ``sentence`` (Simplified view) states the cause itself after a cause noun and its copula
    (``…等问题，根源在于摊位规划滞后``, ``主要原因是投入不足``): the words after the copula, to the end of their clause,
    state a shortcoming (:func:`challenge_strength`, over at most :data:`CAUSE_CONTENT_CHARS`). Such a sentence is a point (a cause counts as a challenge), not a
    lead-in that announces causes (``造成…的原因，大致分为两种``, ``根源在于以下几个方面：``), whose words after the copula
    name none. Linear in ``len(sentence)``."""
    for clause in _COMMA_CLAUSES.split(sentence):
        for m in cue_pattern("prose_cause").finditer(clause):
            after = clause[m.end():].lstrip()
            copula = next((c for c in sorted(_CAUSE_COPULAS, key=len, reverse=True) if after.startswith(c)), None)
            if copula is not None and challenge_strength(after[len(copula):len(copula) + CAUSE_CONTENT_CHARS]):
                return True
    return False


#: Clause breaks for :func:`names_cause`: commas and sentence marks, not the 、 inside an enumeration of causes
#: (根源在于小区基础规划、建设落后).
_COMMA_CLAUSES = LazyPattern(r"[，,；;。！？!?\n]")


#: Most characters read after a cause noun's copula for the cause it names (:func:`names_cause`; bounded, so a clause of
#: many cause nouns is read in linear time).
CAUSE_CONTENT_CHARS = 40
