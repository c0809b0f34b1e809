"""Document register: essays whose register states no problem and proposes nothing (neg29).

About one document in nine that users bring looks like the genre but has no challenge and no recommendation: a
notice (``……特此通知``), an achievements report (``已培训企业30家次``, ``累计完成……``), the text of a rule
(``第三条 ……应当……``). The sentence rules read their modals (应/须/要/确保) and their measure-like headings
(``强化教育培训``) as points. This module reads the register of the whole essay once and says which points it
takes back:

- an announcing **notice** (a notice formula of ``register_notice_formula``: ``特此通知``, ``通知如下``; no order
  to its addressees, ``register_notice_directive``) or an **achievements
  report** (at least :data:`REPORT_MIN_SENTENCES` sentences, at least :data:`REPORT_SHARE` of them reporting work
  done or figures reached: ``register_report_mark`` words or a figure with its measure word) whose text holds no
  problem framing and no proposal anywhere (no word of ``register_problem_framing``: 问题, 不足, 但是, 建议…):
  every point;
- a **rule text** (at least :data:`MIN_PROVISIONS` lines that open with a numbered provision, ``第三条``): the
  points inside its provisions (a provision's 应当/须/不得 is the rule, not a recommendation), whatever the rest.

Whatever the register, a sentence that narrates what was done rather than stating a problem or a measure gives no
point (:func:`narrated_points`, neg48): how a past event was run (``本次义诊由…联合开展``, :func:`narrates_event`), a
meeting's procedure (``各科室负责人依次汇报了…存在的问题``, :func:`narrates_procedure`, challenges only) and a
commendation's call to learn from those it honours (:func:`commendation_call`, recommendations only).

A genre essay in any of these registers keeps its points as soon as it frames a problem or proposes anything. All
vocabularies are cue groups of ``resources/cues.txt``; every scan is one pass over the essay (linear).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from summarizer import aspects
from summarizer.points import announced_plan_clauses  # (points imports the aspects stage's modules, not this one)
from summarizer.script import simplified_view

#: Numbered provisions (lines opening with ``第X条``) from which an essay is read as a rule text.
MIN_PROVISIONS = 3
#: Sentences (units of at least :data:`_MIN_SENTENCE_CHARS` characters) an achievements report has at least.
REPORT_MIN_SENTENCES = 5
#: Share of those sentences that report work done or figures (``register_report_mark`` or a figure) from which the
#: essay is read as an achievements report.
REPORT_SHARE = 0.5
_MIN_SENTENCE_CHARS = 8

#: A line that opens with a numbered provision: ``第三条``, ``第12條`` (markdown marks and spaces before it), one
#: inserted between two (``第九-A條``, ``第三条之一``), or one quoted, as an amending text quotes the provision it
#: rewrites or adds (``“第九條``; wrong30).
_PROVISION = re.compile(r"(?m)^[ \t\u3000#*]*[“「『\"]?第[一二三四五六七八九十百零〇\d]{1,4}"
                        r"(?:[-－‑][A-Za-z]|之[一二三四五六七八九十])?[条條]")
#: A figure with its measure word (``30家``, ``1200人次``, ``15%``): a tally of work done. A number after 第 is an
#: ordinal (``第3项``, ``第2次``: which one, not how many), no tally (fix37); the digits are read from their first.
_FIGURE = re.compile(r"(?<![第\d])\d+(?:[家个项户名次场件批期所座]|万|亿|%|％|人)")


#: Most characters between a remedy verb and the problem word it removes (``解决群众反映强烈的问题``).
REMEDIED_CHARS = 8
_CLAUSE_MARKS = "，,。；;：:！？!?\n"


@functools.lru_cache(maxsize=1)
def _remedy_re() -> re.Pattern[str]:
    """A remedy verb (cue groups ``remedy``, ``harm_lowering_verb``, ``register_remedy_verb``) ending a window."""
    return re.compile("|".join(aspects.cue_alternation(g) for g in ("remedy", "harm_lowering_verb",
                                                                      "register_remedy_verb")))


def remedied(text: str, start: int) -> bool:
    """Whether the problem word at ``text[start:]`` is the object of a remedy verb in the same clause, at most
    :data:`REMEDIED_CHARS` characters before it (``补短板``, ``排查隐患``, ``解决群众反映强烈的问题``): work done on
    the problem, no problem framed. Bounded window."""
    window = text[max(0, start - REMEDIED_CHARS):start]
    for mark in _CLAUSE_MARKS:
        window = window.rpartition(mark)[2]
    return _remedy_re().search(window) is not None


def frames_problem(text: str) -> bool:
    """Whether ``text`` (an essay's Simplified view) frames a problem or proposes anything anywhere: a word of
    ``register_problem_framing`` (问题, 不足, 但是, 尚未, 建议…) that is not the object of a remedy verb before it
    (:func:`remedied`: 补短板, 排查隐患 are work done). One scan, a bounded window a match: O(len(text))."""
    return any(not remedied(text, m.start()) for m in aspects.cue_pattern("register_problem_framing").finditer(text))


def is_notice(text: str) -> bool:
    """Whether ``text`` is an announcing notice: a notice's formula (``register_notice_formula``: 特此通知,
    现将有关事项通知如下) and no order to its addressees (``register_notice_directive``: 请各…落实, 要加强, 务必: a
    directive notice's orders are the measures it sets). Two scans."""
    return (aspects.cue_pattern("register_notice_formula").search(text) is not None
            and aspects.cue_pattern("register_notice_directive").search(text) is None)


def reports_achievements(sentences: Sequence[str], *, directing: bool = True) -> bool:
    """Whether the sentences (texts of an essay's units, Simplified) read as an achievements report: at least
    :data:`REPORT_MIN_SENTENCES` of them of :data:`_MIN_SENTENCE_CHARS` characters or more, and at least
    :data:`REPORT_SHARE` of those reporting work done (``register_report_mark``: 已, 累计, 截至, 完成…) or a figure
    with its measure word (``30家``, ``15%``); with ``directing=False``, a sentence that directs (:func:`directs`: a
    goal set, no work done) does not count as reporting (the register's reading, :func:`no_point_register`; the learned
    model's feature, :mod:`summarizer.aspect_model`, keeps the reading it was fitted with). O(total characters)."""
    mark = aspects.cue_pattern("register_report_mark")
    long = [s for s in sentences if len(s) >= _MIN_SENTENCE_CHARS]
    if len(long) < REPORT_MIN_SENTENCES:
        return False
    reported = sum(1 for s in long if (mark.search(s) or _FIGURE.search(s)) and (directing or not directs(s)))
    return reported >= REPORT_SHARE * len(long)


def directs(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified) directs rather than reports: it carries a modal of recommendation (the
    ``modal`` cue group: 要, 应, 须, 必须 …; words that only hold a modal character, 重要 and 主要, masked by
    :func:`summarizer.aspects._mask_non_modals`). A report mark in such a sentence names the goal it sets
    (``…要达到规范化要求``, ``实现好维护好…根本利益``) or the praise before a demand (``在肯定…取得的成绩后指出，要…``),
    no work done: a survey team's or a meeting's demands are not an achievements report (Part 143's 8100). Linear."""
    return aspects.has_cue(aspects._mask_non_modals(sentence), "modal")


def provision_spans(text: str) -> list[tuple[int, int]]:
    """The spans (offsets into ``text``) of the numbered provisions of a rule text: from each line that opens with
    ``第X条`` to the next such line (or the end of the text) when ``text`` has at least :data:`MIN_PROVISIONS` of
    them, else ``[]``. One scan."""
    starts = [m.start() for m in _PROVISION.finditer(text)]
    if len(starts) < MIN_PROVISIONS:
        return []
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(text)])]


#: Most characters of a heading line that :func:`reports_study` reads (past its markdown marks and number).
STUDY_HEADING_CHARS = 30
#: A short line's opening markdown marks, spaces and section number (``# 3``, ``2.2 ``, ``（二）``, ``一、``).
_HEADING_NUMBER = re.compile(r"[ \t\u3000#*]{0,8}[(（]?[\d.．一二三四五六七八九十]{0,8}[)）、.．]?[ \t\u3000]{0,4}")


def reports_study(text: str) -> bool:
    """Whether ``text`` (an essay's Simplified view) is an empirical paper that reports what it measured and names no
    problem of its own: a heading line of its results (``register_study_result_heading``, the whole line past its
    number: ``3结果与分析``, ``2结果``), no heading line naming problems or proposals (``register_study_aspect_heading``:
    ``4建议``, ``1主要问题``) and no proposal in its prose (``register_study_proposal``: 建议, 对策, 应当). Such a
    paper's findings (``干旱程度最为严重``, ``呈下降趋势``) and the limits of its method are what it measured, no
    challenge of governance, and its conclusion proposes nothing (Part 70's negatives). Heading lines are those of at
    most :data:`STUDY_HEADING_CHARS` characters past their number; one pass over the lines, linear."""
    if aspects.cue_pattern("register_study_proposal").search(text):
        return False
    results = set(aspects.lexicon().words("register_study_result_heading"))
    named = aspects.cue_pattern("register_study_aspect_heading")
    result = False
    for line in text.split("\n"):
        if len(line) > STUDY_HEADING_CHARS + 16:
            continue
        head = line[_HEADING_NUMBER.match(line).end():].strip()
        if not head or len(head) > STUDY_HEADING_CHARS:
            continue
        if named.search(head):
            return False
        result = result or head in results
    return result


def no_point_register(text: str, sentences: Sequence[str]) -> str | None:
    """The register of an essay that states no problem and proposes nothing, or None: ``"study"`` (an empirical paper
    reporting its measurements, :func:`reports_study`, whose prose may say 问题 or 不足 of what it measured), else
    ``"notice"`` (a notice formula), ``"achievements"`` (:func:`reports_achievements`) or ``"campaign"`` (a news brief
    of a campaign run, :func:`narrates_campaign`) when ``text`` (the essay's
    Simplified view) has no problem framing (:func:`frames_problem`); ``sentences`` are the texts of its units.
    Linear in the essay."""
    if reports_study(text):
        return "study"
    if frames_problem(text):
        return None
    if is_notice(text):
        return "notice"
    if reports_achievements(sentences, directing=False):
        return "achievements"
    if narrates_campaign(sentences):
        return "campaign"
    return None


#: A news report's lead: the time of the report opening its first sentence (``近日，``, ``日前，``, ``11月3日上午，``).
_NEWS_LEAD = re.compile(r"[\s\u3000]{0,4}(?:近日|日前|近期|连日来|近段时间|昨天|昨日|今天|今日|"
                        r"\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?)[，,]")
#: The verbs by which a news lead says a body ran a campaign or an event (``…开展占道经营专项治理行动``).
_EVENT_RUN = re.compile(r"开展")
#: How many of an essay's first long sentences :func:`narrates_campaign` reads for the lead (a headline and a byline
#: line may come before it).
LEAD_SENTENCES = 4


def narrates_campaign(sentences: Sequence[str]) -> bool:
    """Whether the sentences (an essay's units, Simplified view) read as a news brief of a campaign run: one of its
    first :data:`LEAD_SENTENCES` sentences of :data:`_MIN_SENTENCE_CHARS` characters or more opens with a news lead's
    time (:data:`_NEWS_LEAD`: 近日，…) and says a body ran a campaign (:data:`_EVENT_RUN`: 开展), no sentence directs
    (:func:`directs`: no modal anywhere; no leader's demand on subordinates, :func:`summarizer.aspects.directs_subordinates`:
    an inspection's ``同时要求各村进一步压实管护责任`` is its measure) and none holds 将 (a meeting's news that 部署 the next
    year's work, 将…: its plan is its measures). Read only when the essay frames no problem
    (:func:`no_point_register`): ``近日，某执法中队开展占道经营专项治理行动，…采取…的方式，…规范引导；…积极引导经营者…``
    tells the work done, its practices no measure proposed (Part 165's 9420, k165168). Linear."""
    long = [s for s in sentences if len(s) >= _MIN_SENTENCE_CHARS]
    lead = next((s for s in long[:LEAD_SENTENCES] if _NEWS_LEAD.match(s)), None)
    return (lead is not None and _EVENT_RUN.search(lead) is not None
            and not any(directs(s) or "将" in s or aspects.directs_subordinates(s) for s in sentences))


#: A rule's title or article (《议事规则》, 第9条, 第二十二(1)條) before a verb that lays down (``register_rule_lays_down``)
#: in one sentence: the sentence reports what the rule requires.
_RULE_CITED = re.compile(r"《[^《》\n]{1,40}》|第[一二三四五六七八九十百零〇\d]{1,4}(?:\(\d{1,2}\))?[条條款章]")


@functools.lru_cache(maxsize=1)
def _rule_opening_re() -> re.Pattern[str]:
    """A sentence's first clause that names a rule as the subject of what follows (:func:`reports_rule`): at most
    :data:`RULE_SUBJECT_CHARS` characters (no modal, no 按照/依照: ``用人单位应严格按照法律规定，…`` is a demand) ending in
    a ``register_rule_noun`` (新制, 条例, 法规 …) right before a verb of
    ``register_rule_lays_down`` (规定, 订明), or a lead-in by a rule (``register_rule_by``: 按照, 根据 …, at most
    :data:`RULE_SUBJECT_CHARS` more characters, then 规定 or a ``register_rule_noun``), then a comma or a colon.
    Anchored at the sentence start, bounded."""
    clause = r"[^，,。；;：:！？!?\n]"
    subject = r"[^，,。；;：:！？!?\n应須须需要按依照据遵]"  # (用人单位应严格按照法律规定，…: a demand, no rule's subject)
    nouns = aspects.cue_alternation("register_rule_noun")
    return re.compile(
        rf"\s{{0,2}}(?:{subject}{{0,{RULE_SUBJECT_CHARS}}}?(?:{nouns})(?:{aspects.cue_alternation('register_rule_lays_down')})"
        rf"|(?:{aspects.cue_alternation('register_rule_by')}){clause}{{0,{RULE_SUBJECT_CHARS}}}?(?:规定|{nouns}))"
        r"\s{0,2}[，,：:]")


#: Most characters of a rule's name before its verb or after the lead-in that cites it (``新制规定，``, ``该条例规定，``,
#: ``根据水利署制定的标准，``).
RULE_SUBJECT_CHARS = 12


#: Most characters before the verb of :func:`_laid_down_re` (``新法在总则部分还是明确规定了``).
LAID_DOWN_LEAD_CHARS = 30


@functools.lru_cache(maxsize=1)
def _laid_down_re() -> re.Pattern[str]:
    """A sentence or one of its ``；``-segments that opens, within :data:`LAID_DOWN_LEAD_CHARS` characters holding no
    modal, no proposal, no negation, no making of a rule and no sentence break (no 应/须/需/要/建/宜, 无/没/未/不/缺:
    ``目前尚无明确规定，应当尽快立法`` proposes; nor 立/制/研/修/订/拟: ``立法规定总承判商须…`` proposes a law), with a verb of ``register_rule_lays_down`` (明确规定, 规定了; not the noun: ``法律规定的义务应当
    落实到位``, ``相关规定应当尽快出台`` demand) and holds a modal at least two characters after it:
    ``新法在总则部分还是明确规定了县级以上人民政府应当建立…``, ``明确规定公安机关…应当确定专门机构…`` (k165168). Anchored, the
    lead bounded; the modal's search runs to the sentence's end once: linear."""
    lead = r"[^。；;：:！？!?\n应應须須需要建宜无無没沒未不缺立制研修订訂拟擬]"
    return re.compile(rf"\s{{0,2}}(?P<lead>{lead}{{0,{LAID_DOWN_LEAD_CHARS}}}?)(?:{aspects.cue_alternation('register_rule_lays_down')})"
                      r"了?(?![的之])[^。；;！？!?\n]{2,}?(?:应当|應當|应该|應該|必须|必須|须|須|应|應)")


def _names_rule_or_none(lead: str) -> bool:
    """Whether the words before a verb of laying down (:func:`_laid_down_re`) are none (``明确规定…``: the segment goes on
    with the rule named before it) or name a law or a rule (法, ``register_rule_noun``: ``新法在总则部分还是``): not a
    proposal's own clause (``同时，为华小量身设定…资格，规定…须…``). Constant work on a bounded lead."""
    lead = lead.strip(" \t\u3000，,")
    return not lead or "法" in lead or aspects.has_cue(lead, "register_rule_noun")


def _segment_starts(sentence: str) -> list[int]:
    """Offsets in ``sentence`` where it and each of its ``；``-segments start (a law's provisions listed in one sentence:
    ``…明确规定了…应当…；明确规定…应当…``). Linear."""
    return [0] + [m.end() for m in re.finditer(r"[；;]\s{0,2}", sentence)]


def reports_rule(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) reports what a rule lays down: a rule's title or article
    (:data:`_RULE_CITED`) and, after it, a verb of ``register_rule_lays_down`` (规定, 订明), or a first clause that
    names a rule as its subject or cites it (:func:`_rule_opening_re`: ``新制规定，初次考照者须…``; ``根据水利署制定的
    标准，淤积率达25%以上的水库…应立即…``: news describing a rule or a standard, k131), or an opening that lays down
    before any modal and a modal after it (:func:`_laid_down_re`: ``新法明确规定了…应当…``, k165168; its ``；``-segments
    read in turn up to the first that proposes, a modal in it and no rule laid down), and no proposal of the writer
    (``建议``). Linear."""
    if "建议" in sentence:
        return False
    if _rule_opening_re().match(sentence) is not None:
        return True
    starts = _segment_starts(sentence)
    for k, end in zip(starts, starts[1:] + [len(sentence)]):
        m = _laid_down_re().match(sentence, k)
        if m is not None and _names_rule_or_none(m.group("lead")):
            return True  # (新法…明确规定了县级以上人民政府应当建立…；明确规定…应当…: what the law lays down; k165168)
        if aspects.holds_modal_word(sentence[k:end]):
            break  # (教育部应该制定条例，…；规定要到华小就读学生须…: a proposal's segment, the later ones propose too)
    cited = _RULE_CITED.search(sentence)
    if cited is None:
        return False
    return aspects.cue_pattern("register_rule_lays_down").search(sentence, cited.end()) is not None


#: Most characters between an event's demonstrative (``本次``) and its arrangement (the event's noun: ``义诊``,
#: ``专项督查``), and within the arrangement's clause (``由…联合开展``: the bodies listed, a news brief may name a dozen;
#: ``采取…方式``: the manner).
EVENT_NOUN_CHARS = 8
EVENT_ARRANGED_CHARS = 160
EVENT_MANNER_CHARS = 30
#: Most characters between ``号召`` and the call's verb, and of a call's object.
COMMENT_CHARS = 16
CALL_CHARS = 40


@functools.lru_cache(maxsize=1)
def _event_re() -> re.Pattern[str]:
    """A sentence that opens with an event's demonstrative and tells how the event was run (:func:`narrates_event`).
    Bounded runs with no clause mark in them: linear."""
    clause = r"[^，,。；;！？!?：:\n]"
    return re.compile(
        rf"[^\w]{{0,3}}(?:{aspects.cue_alternation('register_event_this')})[\u4e00-\u9fff]{{0,{EVENT_NOUN_CHARS}}}?"
        rf"(?:由(?!于){clause}{{0,{EVENT_ARRANGED_CHARS}}}?(?:{aspects.cue_alternation('register_event_arranged')})"
        rf"|(?:采取|采用){clause}{{0,{EVENT_MANNER_CHARS}}}?(?:方式|形式)"
        rf"|以{clause}{{0,{EVENT_MANNER_CHARS}}}?(?:方式|形式)(?:开展|进行|举行))")


def narrates_event(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) narrates how a past event was run: it opens (past at most three marks
    or spaces) with a demonstrative of the event (``register_event_this``: 本次, 此次, 这次…) and, within
    :data:`EVENT_NOUN_CHARS` characters of the event's name, says who ran it (``由…联合开展``, ``由…主办``:
    ``register_event_arranged``; not ``由于``) or how (``采取…的方式``, ``以…形式开展``). A news brief of an event
    (``本次义诊由内科、儿科联合开展，采取现场咨询与免费检测结合的方式开展``) or an inspection's method
    (``此次督查采取明察与暗访相结合的方式``) tells what was done, no measure and no problem of the writer's (neg48).
    An event's purpose or nature told the same way (:func:`_event_purpose_re`: ``本次“民营经济圆桌会”的目的就是要帮助…
    解决…困难``, ``本次会议是贯彻落实…要求的具体举措``) names what the event was for, no problem nor measure of the
    writer's (Part 148's 8396). Linear (bounded runs)."""
    return _event_re().match(sentence) is not None or _event_purpose_re().match(sentence) is not None


#: Most characters of a speaker before the verb of saying that may open an event's purpose (``王某表示，本次…``).
EVENT_SPEAKER_CHARS = 12
#: Most characters of a quoted event name after its demonstrative (``本次“民营经济圆桌会”``).
EVENT_QUOTED_NAME_CHARS = 16


@functools.lru_cache(maxsize=1)
def _event_purpose_re() -> re.Pattern[str]:
    """A sentence that opens (past a speaker and a verb of saying, at most :data:`EVENT_SPEAKER_CHARS` characters before
    it: ``王某表示，本次…``) with an event's demonstrative, its name (at most :data:`EVENT_NOUN_CHARS` Han characters,
    or a quoted name of at most :data:`EVENT_QUOTED_NAME_CHARS`) and then its purpose (``的目的/宗旨/用意…是``) or its
    nature after a meeting noun (``本次会议是贯彻…``, ``此次活动是为了…``) (:func:`narrates_event`). Anchored, bounded:
    linear."""
    return re.compile(
        rf"[^\w]{{0,3}}(?:[^，,。；;：:！？!?\n]{{1,{EVENT_SPEAKER_CHARS}}}?(?:表示|说|指出|介绍|强调)[，,：:]\s{{0,2}})?"
        rf"(?:{aspects.cue_alternation('register_event_this')})"
        rf"(?:[“「\"][^“”「」\"\n]{{1,{EVENT_QUOTED_NAME_CHARS}}}[”」\"]|[\u4e00-\u9fff]{{0,{EVENT_NOUN_CHARS}}}?)"
        rf"(?:的(?:目的|宗旨|用意|初衷)(?:就|便|正|也)?是"
        rf"|(?<=[会议动坛])(?:就|便|正|也)?是(?:贯彻|落实|为了|为))")


def narrates_procedure(point: str) -> bool:
    """Whether the challenge ``point`` (its text, Simplified view) narrates a meeting's or a review's procedure:
    a procedure verb told as done (``register_procedure_verb``: 汇报了, 听取了, 通报了, 逐一点评…) or a reviewer's
    act on problems it does not name (:func:`summarizer.aspects.comments_on_problems`: ``对存在的问题提出要求``,
    ``对存在的不足提出改进建议``). Such a clause, in a
    news report of a meeting (``各科室负责人依次汇报了全年任务完成情况、存在的问题与下步打算``), names what was
    reported on, no shortfall (neg48). Two scans: linear."""
    return (aspects.cue_pattern("register_procedure_verb").search(point) is not None
            or aspects.comments_on_problems(point))


@functools.lru_cache(maxsize=1)
def _call_re() -> re.Pattern[str]:
    """``号召…学习/向…精神/榜样`` (:func:`commendation_call`). Bounded: linear."""
    return re.compile(rf"号召[^，,。；;]{{0,{COMMENT_CHARS}}}?(?:学习|向)[^。；;！？!?]{{0,{CALL_CHARS}}}?"
                      rf"(?:{aspects.cue_alternation('register_exemplar')})")


def commendation_call(sentence: str) -> bool:
    """Whether ``sentence`` (Simplified view) is a commendation's closing call to learn from those it honours
    (``号召全体干部职工学习他们吃苦耐劳的精神``, ``号召…向先进典型学习``: ``register_exemplar``): the decision's
    formula, no measure (neg48). Linear (bounded runs)."""
    return _call_re().search(sentence) is not None


def narrated_points(text: str, spans: Sequence[tuple[int, int]], points: dict[str, list]) -> dict[str, list]:
    """``points`` (aspect -> points with essay-local ``start``/``end`` into ``text``, the essay's Simplified view)
    less those that narrate what was done rather than state a problem or a measure (neg48): every point whose
    sentence (``spans``: the sentences' ``(start, end)`` in ``text``, in order; the one that holds the point's start)
    narrates how an event was run (:func:`narrates_event`), a challenge that narrates a meeting's procedure
    (:func:`narrates_procedure`, read on the point's own text) and a recommendation in a commendation's call
    (:func:`commendation_call`). Returns a new dict; ``points`` is not changed. Linear in the sentences read (each
    at most once per test) plus a binary search per point."""
    starts = [a for a, _ in spans]
    memo: dict[int, tuple[bool, bool]] = {}

    def sentence_reads(pos: int) -> tuple[bool, bool]:
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0 or pos >= spans[k][1]:
            return False, False
        if k not in memo:
            s = text[spans[k][0]:spans[k][1]]
            memo[k] = (narrates_event(s), commendation_call(s))
        return memo[k]

    def narrated(p, aspect: str) -> bool:
        event, call = sentence_reads(p.start)
        if event:
            return True
        if aspect == aspects.CHALLENGE:
            return narrates_procedure(text[p.start:p.end])
        return aspect == aspects.RECOMMENDATION and call

    return {aspect: [p for p in ps if not narrated(p, aspect)] for aspect, ps in points.items()}


def plan_spans(sentences: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (``spans``' entries, in order) of the sentences that announce a body's plan of measures
    (:func:`summarizer.points.announced_plan_clauses`: ``王明强调，下一步，我县将进一步压实…``, ``今后，市住建局将…``);
    ``spans`` are parallel to ``sentences``. Only a sentence holding 将 (將) is read (each plan's frame needs it or 会).
    Linear in the sentences' characters."""

    views = ((span, simplified_view(s)) for span, s in zip(spans, sentences) if "将" in s or "將" in s)
    return [span for span, view in views if announced_plan_clauses(view)]


def keep_points(text: str, sentences: Sequence[str], points: dict[str, list], *,
                spans: Sequence[tuple[int, int]] = ()) -> dict[str, list]:
    """``points`` (aspect -> points with essay-local ``start``/``end`` into ``text``) less those the register takes
    back: all of them in a notice or an achievements report with no problem framing (:func:`no_point_register`),
    those inside a rule text's provisions (:func:`provision_spans`) and the recommendations inside a sentence that
    reports what a rule lays down (:func:`reports_rule`; ``spans`` are the sentences' ``(start, end)`` in ``text``,
    parallel to ``sentences``, in order). An achievements report keeps the recommendations inside a sentence that
    announces a body's plan (:func:`plan_spans`: ``下一步，我县将进一步…，积极…``): the work done, then what comes next,
    is the shape of a work report or a meeting's news, whose plan is its measures (Part 148's 8388). Returns a new
    dict; ``points`` is not changed."""
    register = no_point_register(text, sentences)
    if register == "achievements" and spans:
        plans = plan_spans(sentences, spans)
        if plans:
            plan_starts = [a for a, _ in plans]

            def planned(p) -> bool:
                k = bisect.bisect_right(plan_starts, p.start) - 1
                return k >= 0 and p.end <= plans[k][1]

            return {aspect: [p for p in ps if aspect == aspects.RECOMMENDATION and planned(p)]
                    for aspect, ps in points.items()}
    if register is not None:
        return {aspect: [] for aspect in points}
    provisions = provision_spans(text)
    rules = [span for span, s in zip(spans, sentences) if reports_rule(s)]
    if not provisions and not rules:
        return points
    starts = [a for a, _ in provisions]
    rule_starts = [a for a, _ in rules]

    def inside(p, aspect: str) -> bool:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.end <= provisions[k][1]:
            return True
        k = bisect.bisect_right(rule_starts, p.start) - 1
        return aspect == aspects.RECOMMENDATION and k >= 0 and p.end <= rules[k][1]

    return {aspect: [p for p in ps if not inside(p, aspect)] for aspect, ps in points.items()}


#: A heading that is the bare name of a public body (``教育局``, ``律政司``, ``衛生處``, ``民政及青年事务局``,
#: ``公务员学院``, ``市发改委``): two to twelve CJK characters (``及``, ``和``, ``、`` inside) ending in an organ's
#: suffix, at least two characters before it. Anchored at both ends and one bounded class: linear.
_AGENCY_HEADING = re.compile(r"[\u4e00-\u9fff、]{2,10}(?:委员会|委員會|办公室|辦公室|学院|學院|法院|检察院|檢察院"
                             r"|局|司|处|處|署|厅|廳|委|办|辦)")
#: Endings of the same shape that name no body (``不足之处``, ``工作部署``, ``怎么办``, ``新格局``): a word, not an organ.
_NOT_AGENCY_ENDINGS = ("之处", "之處", "部署", "怎么办", "怎麼辦", "格局", "布局", "佈局", "大局", "全局", "结局", "結局",
                       "难处", "難處", "好处", "好處", "用处", "用處", "公司")
#: Distinct agency-name headings over recommendation points from which an essay reads as a division of work
#: (:func:`agency_roles_points`).
AGENCY_ROLE_HEADINGS = 2


def agency_heading(heading: str) -> bool:
    """Whether ``heading`` (a section heading's text) is the bare name of a public body (:data:`_AGENCY_HEADING`:
    ``教育局``, ``警察局``, ``公务员学院``), not a word of the same ending (:data:`_NOT_AGENCY_ENDINGS`: ``不足之处``,
    ``工作部署``). Constant work on a heading of at most twelve characters."""
    h = heading.strip().rstrip("：:")
    return (len(h) <= 12 and _AGENCY_HEADING.fullmatch(h) is not None
            and not h.endswith(_NOT_AGENCY_ENDINGS))


def agency_roles_points(text: str, recommendations: list) -> list:
    """The recommendation points that remain once a page's list of what each public body does is taken back: where
    at least :data:`AGENCY_ROLE_HEADINGS` distinct sections headed by a body's bare name (:func:`agency_heading`:
    ``教育局`` ⏎ ``• 推动国家安全教育工作``, ``警察局`` ⏎ ``• 设置护童站``) hold recommendation points, those points
    describe each body's role or work done, the way a government page or a division-of-work table files them under
    its name, and propose nothing (Part 166's agencies' roles page). A point under such a heading that carries a
    strong modal (应/必须/建议) stays a proposal addressed to that body. ``text``: the essay's text, whose offsets
    the points' ``heading`` spans carry. Linear in the points (each heading read once, at most twelve characters)."""
    named = {}
    for p in recommendations:
        if p.heading is not None and p.heading not in named:
            named[p.heading] = agency_heading(text[p.heading[0]:p.heading[1]])
    if sum(named.values()) < AGENCY_ROLE_HEADINGS:
        return recommendations
    return [p for p in recommendations if not (p.heading is not None and named[p.heading]
                                               and not aspects.strong_modal(text[p.start:p.end]))]


#: A line of its own that heads notes to the reader (``征集须知：``, ``投稿須知``, ``报名须知``): at most eight CJK
#: characters before 须知, no list marker before them (a menu's ``• 投稿須知`` is a link).
_READER_NOTES_HEADING = re.compile(r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{0,8}[须須]知[ \t\u3000]*[:：]?[ \t\u3000]*$")
#: A line that opens with a list marker (``1.``, ``2、``, ``(3)``, ``（四）``, ``一、``, ``•``, ``-``): an item.
_ITEM_LINE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．]|[(（][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[•·\-*])")


def reader_notes_end(text: str) -> int:
    """Where the last notes to the reader of ``text`` end (0 where it has none): a line that heads them
    (:data:`_READER_NOTES_HEADING`: ``征集须知：``), then the run of item lines under it (:data:`_ITEM_LINE`). A call
    for contributions (a column's clue collection, a paper's call for submissions) states, before and in its 须知,
    what a contribution must be (``提供线索要真实可靠``, ``对于问题的反映要真实准确``): rules for its readers, no
    measure of the essay's own (Part 167's clue-collection notice). One pass over the lines: linear."""
    end = 0
    for m in _READER_NOTES_HEADING.finditer(text):
        pos = m.end() + 1
        stop = pos
        while pos < len(text):
            nl = text.find("\n", pos)
            line_end = len(text) if nl < 0 else nl
            if not _ITEM_LINE.match(text, pos, line_end):
                break
            stop = line_end
            pos = line_end + 1
        end = max(end, stop)
    return end
