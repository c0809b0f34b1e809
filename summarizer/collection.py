"""What a collection of essays says as a whole: the challenges and recommendations that recur across essays.

:func:`synthesize` groups the points of each aspect (challenges, recommendations) of several essays into
**themes** and ranks the themes by how many essays share them. It reads finished results
(:class:`~summarizer.schema.EssaySummary`), so it runs after the points stage — on one document's essays
(:func:`summarizer.pipeline.to_summary`) or on every essay of a batch (:func:`synthesize_records`,
``summarizer summarize DIR --collection``).

**Similarity.** Each point is a vector of two blocks, each TF-IDF (IDF ``log(1 + N / df)`` over the aspect's N
points, so what the whole collection repeats weighs little; the characters and bigrams of the collection's topic,
the keyphrases most of its essays share, keep :data:`TOPIC_PHRASE_DISCOUNT` of theirs: :func:`collection_topics`)
and L2-normalised, the row normalised again: the cosine
of two points is ``(1 - TOPIC_WEIGHT) × cos(characters) + TOPIC_WEIGHT × cos(topics)`` (:data:`TOPIC_WEIGHT` 0.3).

* *Characters and bigrams* of the Simplified form of the point's first clause (a point such as
  ``完善疫情防控配套机制,推动…应急管理的专业化`` is about its first clause; the enumeration comma ``、`` lists the
  parts of one clause and ends none: ``台账多、负担重``), with the aspect cue words taken out
  (``不足`` ``缺乏`` ``加强`` ``完善`` ``要`` …: they say *that* something is a problem or a measure, not *what*;
  a shortfall of number, ``数量少`` ``人手少`` of ``resources/theme_predicates.txt``, is such a predicate too:
  ``护理员数量少`` and ``护理人员短缺`` meet on ``护理员`` / ``护理人员``; so is an excess, ``指标繁多`` ``手续繁琐``
  (its ``excess`` group: ``检查繁多`` / ``会议繁多`` share nothing for it); so is a level judged too high or too
  low, ``养育成本高昂`` ``参与意愿较低`` ``监管力量偏弱`` (its ``level`` group: ``养育成本高昂`` / ``育儿成本过高`` meet
  on ``成本``, ``房价太高`` / ``学费太高`` share nothing for it); so is a one-character difficulty
  predicate closing a clause or a list item, ``融资难、融资贵`` ``用工难``: :func:`_difficulty_pattern`), and
  near-synonyms read as one word
  (``resources/theme_synonyms.txt``, :func:`_canonical_words`: ``亲情`` ``关怀`` -> ``关爱``, ``专业人员`` -> ``人才``,
  ``待遇`` ``工资`` -> ``收入``, ``孩子`` -> ``儿童``, ``长者`` -> ``老人``, ``立法`` -> ``法律``), so that two points
  that name one thing in two words share its characters (the label keeps the source's words).
  Characters and bigrams match the short, paraphrased headings of Chinese policy prose
  (``基层治理单位的疫情防控能力不足`` / ``…力量不足``) better than words, which segmentation splits inconsistently.
* *Topics*: the key nouns by which a reader groups points whose words differ (``基层人员不足`` /
  ``社区工作者数量少`` / ``缺乏专业人才``: all *personnel*; ``经费`` / ``资金`` / ``融资``: *funding*; a topic word
  inside the collection's own subject keyphrase, ``干部`` of ``基层干部`` in essays on grassroots cadres, counts
  :data:`OWN_TOPIC_TF` of a topic), from a
  hand-written vocabulary of generic governance and policy words, ``resources/themes.txt`` (:func:`topics`: 31
  topics such as personnel, funding, technology, data, law, supervision, participation, facilities, burden, care:
  ``信息孤岛`` / ``互不联通`` / ``数据共享``: *data*; ``形式主义`` / ``台账`` / ``填表报数`` / ``减负``: *burden*;
  ``亲情缺失`` / ``无人照料`` / ``缺少陪伴``: *care*; its
  ``no_topic`` group, :data:`NO_TOPIC`, holds words read and dropped: ``家庭负担`` ``无法负担``, a household's cost, is
  no burden of the grassroots). A topic
  found in the first clause counts 1, one found only later in the first sentence :data:`TOPIC_TAIL` (0.5:
  ``…，推动…规范化`` says what for, not what). Topics are read with the shortcoming predicates left in (a
  predicate can name the topic: ``形式主义突出``, ``负担重``, ``安全隐患多``); only a measure's opening verb or modal
  is taken out. Two or more parties listed together (``政府、学校和家庭…共同努力``, ``家庭、学校和政府均需承担…责任``:
the ``actor`` group of ``resources/theme_predicates.txt``, :func:`_actor_list_pattern`) carry the *participation*
topic whatever the predicate: a measure asked of several parties is about their acting together.

A first clause that only frames the point — the angle or level it speaks from (``从数据安全的角度来看，…``
``产业生态建设层面，…``), connectives only (``尽管如此，…`` ``相比之下，…``), or a short time (``撤并之后，…``
``疫情发生以来，…``: ``resources/theme_frames.txt``; :func:`frame_end`), how the point is known (``事实证明，…``
``调查显示…``), a concession (``虽然…，``), a purpose (``为解决…，``) or a scope (``在留守儿童中，``:
:func:`_opening_frames`) — is skipped for the characters, bigrams and label of both aspects; its topics count as a
later clause's. So is a first clause of place or circumstance (``在私营房屋市场，`` ``随着人口老龄化加剧，``
``对于农村家庭来说，``: :func:`label_start`, the ``label_frame`` groups of ``resources/theme_frames.txt``) that holds
no cue word, or, one of circumstance, is followed by a clause that holds one: the point names its thing and its fault
or measure after it.

**One generic word is no link.** Two points whose shared characters, bigrams and topics all come from words every
field uses (``投资`` ``发展`` ``问题`` …: the ``generic_link`` group of ``resources/theme_predicates.txt``) on one side
at least are not linked (:func:`_generic_links`: ``化解投资投机带来的空置需求`` / ``统筹投资管理``), unless a point
holds nothing else; a bigram across the word's edge (``作多`` of ``工作多``) is evidence of its own.

**One profile per aspect** (:class:`Profile`, :data:`PROFILES`). Challenges are compared as above, without the
``institution`` topic (机制, 体系, 制度: the generic head of ``数据共享机制缺失`` and ``激励机制不健全`` says
nothing of either), and a challenge whose first clause names its cause after ``由于`` ``因为`` is read from the cause
(``幸福院建成后由于缺少运营经费`` -> ``缺少运营经费``: :func:`cause_start`; :data:`CHALLENGE_PROFILE`), and one
that names it after a verb of showing from what is shown (``工作量凸显了社区人手不足的短板`` -> ``社区人手不足的短板``). Recommendations are phrased as verb + object (``加强/完善/建立`` + X), so they are
compared by their object (:data:`RECOMMENDATION_PROFILE`): the generic verbs and heads of
``resources/theme_generic.txt`` (``加强`` ``推动`` ``力度`` ``水平`` ``机制`` ``体系`` …) are blanked out of the first
clause wherever they stand, the ``institution`` and ``awareness`` topics (机制, 制度; 意识, 理念: generic heads) are no
features, the topics weigh 0.45 and a topic after the first clause 0.25; and a point that opens with its purpose or
setting (``促进农民创业增收，需要拓宽农民筹资渠道``, ``在此基础上，唤醒…``) or with a frame only (``加大投入，改善…``:
:func:`frame_only_clause`) is read from its measure clause (:func:`measure_start`).

**A topic joins no subjects.** Two points of essays on different subjects (essays whose first keyphrases share fewer
than :data:`SUBJECT_SHARED_TERMS` character bigrams: :func:`subject_terms`; ``护理人员`` / ``职业教育`` / ``养老服务``;
one shared bigram, ``队伍`` of ``护理队伍`` / ``教师队伍``, is a generic word, not a subject) are not linked through a topic
when their characters and bigrams alone do not reach the threshold (:func:`_cross_subject_links`): ``加强护理队伍建设``
in an essay on nursing and ``要加强师资培养`` in one on vocational schools both ask for staff, of two kinds; a theme
of both, labelled by one, misled a new user. Essays of one collection on one subject share its terms: nothing
changes there; essays without keyphrases are compared as before.

**Neighbours in one essay.** Two points of one essay that follow each other with fewer than :data:`NEAR_GAP` (30)
characters between them (:func:`adjacent_pairs`: a measure and its sub-items listed in one sentence or paragraph,
``打造…防御体系。其一，搭建…预警平台；其二，搭建…劝阻平台``) share one more feature, of squared weight
:data:`NEAR_WEIGHT` (0.25) in each row, the rows normalised again: their cosine rises by about a fifth, enough to join
two points that already share a topic or a few characters, not two points that share nothing; the renormalisation
lowers a neighbour's cosine with every other point a little (× 0.89 with one neighbour, × 0.82 with two): a point
listed with its neighbours is read with them first. An essay's separate
measures stand a paragraph of reasoning apart and get no such feature. On the tuned gold collections (points the
product finds) 31 of 58 such close pairs are one gold theme, against 126 of 728 pairs of points of one essay.

**Sparse similarity graph.** Cosine similarities are computed only between points sharing a feature, as the sparse
product ``X Xᵀ`` (``scipy.sparse``: an inverted index from feature to points). A feature held by more than
:func:`df_cap` points (``max(200, 2 % of N)``) is left out of the product: its IDF is low, and the work stays at
most ``cap × nnz(X)`` — linear in the number of points — instead of ``N²``. Similarities under a quarter of the
threshold are dropped. The cap applies to topics too: in a collection of thousands of points a topic is held by
more than the cap, and the themes there come from characters and bigrams alone (the topics group the points of
collections up to a few hundred points per topic).

**Clustering: greedy leader clustering over the graph, centroid linkage, then one k-means step.** Points are
visited by decreasing centrality (sum of their similarities of at least ``threshold``; ties by essay, then position); a
point joins the theme, among those of its neighbours already placed (similarity ≥ ``threshold``), whose centroid (sum
of member vectors) has the highest cosine with it, when that is at least ``threshold``; else it starts a theme
(``same_essay_margin``, 0 by default, can ask more of a theme that already holds a point of the same essay). The
centroid cosines come from the similarity row itself (``x · Σ x_j = Σ x · x_j``, the centroid's norm kept up to
date), so no vector is summed. Leader clustering (Hartigan 1975) with centroids avoids the chaining of single linkage
(connected components) and needs no ``N × N`` distance matrix (scipy's hierarchical clustering would need ``N²/2``
distances: 400 MB for 10,000 points). Its result depends on the visiting order: a point placed early in a theme can
fit a theme made later better. One reassignment step (Lloyd's k-means step, :data:`REASSIGN`) then moves each point
to the theme whose centroid is most similar to it (its own theme's centroid without it; at least ``threshold``), one
sparse product ``X Cᵀ``. Then two themes that one theme's wordings left apart join (:func:`_merge_themes`): their
unit centroids reach ``threshold`` and, over the words alone (no topic, no neighbour column),
:data:`MERGE_WORD_SHARE` of it; each theme once, most similar pair first. Every step is deterministic.

**Themes.** Ranked by the number of essays, then of points, then summed centrality, then first appearance. A
member's own label is its first clause (four or more characters; a recommendation from its measure clause, a
challenge from its cause) without the connectives, the modal and the hedging quantifier that open it
(:func:`bare_label`: ``建议加大…力度`` -> ``加大…力度``, ``一些居民分类意识不强`` -> ``居民分类意识不强``) — the
source's own words. A theme's label is a phrase its members share (:func:`theme_label`):
the first clause of its most central members (highest cosine with the final centroid; ties: shorter) that more than
half the members hold, else the one the most hold, else a phrase of such a clause that more than half hold; a member
holds a label when its text holds every content word of it (:func:`label_words`, :func:`label_support`), and the
theme says how many do (``Theme.label_points``; the Markdown line notes it when not all do).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from summarizer import aspects
from summarizer.chars import ASCII_LOWER, CLAUSE_BREAKS
from summarizer.schema import Collection, EssayRef, EssaySummary, Theme, ThemePoint
from summarizer.script import simplified_view, traditional_ratio
from summarizer.errors import ResourceError
from summarizer.lazy import LazyModule
from summarizer.tokenize import _normalize, get_tokenizer

#: ``scipy.sparse``, imported at its first use (:mod:`summarizer.lazy`: about 20 MB a process that never needs it
#: does not hold).
sparse = LazyModule("scipy.sparse")

__all__ = ["ASPECTS", "DEFAULT_THRESHOLD", "SAME_ESSAY_MARGIN", "TOPIC_WEIGHT", "TOPIC_TAIL", "REASSIGN",
           "Profile", "frame_end", "contrast_end", "measure_start", "cause_start", "bare_label", "label_start", "CHALLENGE_PROFILE", "RECOMMENDATION_PROFILE", "PROFILES", "bigrams",
           "features", "weighted_features", "topics", "vectors", "df_cap", "NEAR_WEIGHT", "NEAR_GAP", "adjacent_pairs",
           "synthesize", "synthesize_records",
           "cluster_points", "label_of", "heading_and_clause", "RUN_IN_HEADING_MAX", "label_words", "label_support", "theme_label", "subject_words", "SUBJECT_SHARE", "LABEL_MEMBERS",
           "collection_topics", "subject_terms", "SUBJECT_SHARED_TERMS", "SUBJECT_WORD_SHARE", "remedied_fault", "FAULT_TF",
           "topic_grams", "TOPIC_PHRASE_DISCOUNT",
           "LABEL_CLAUSES", "LABEL_SPAN_WORDS", "markdown_lines", "frame_only_clause", "FRAME_CLAUSES_MAX"]

#: The aspects synthesized, as field names of :class:`~summarizer.schema.EssaySummary`.
ASPECTS = ("challenges", "recommendations")
#: Default cosine threshold (``SummarizeOptions.theme_threshold``).
DEFAULT_THRESHOLD = 0.3
#: Extra cosine a point needs to join a theme that already holds a point of its own essay. 0: an essay often lists
#: the sub-items of one theme apart (``加强专门立法`` / ``完善…法律体系``); a positive margin keeps them apart.
SAME_ESSAY_MARGIN = 0.0
_CLAUSE_BREAKS = CLAUSE_BREAKS


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The aspect cue words that say *that* something is a problem or a measure, not *what*: ``(predicates,
    opening)``. A shortcoming predicate (``不足`` ``缺乏`` ``不健全``: the ``challenge_predicate`` group) is taken out
    wherever it stands, and so are the ``shortfall`` (``数量少``), ``excess`` (``繁多`` ``繁琐``), ``persistence``
    (``屡禁不止`` ``时有发生``: that a fault keeps occurring), ``level``
    (``高昂`` ``较低``: a level judged too high or too low) and ``unmet_need`` (``无法满足``: the need after it is
    blanked too, :func:`_unmet_need_pattern`) words of ``resources/theme_predicates.txt``; a point without one is a measure, and only the modal and the imperative verb that open it
    (``要加强`` ``完善``: the ``modal`` and ``imperative`` groups of ``resources/cues.txt``) are taken out — inside a
    point the same verbs name its topic (``完善监督考核机制``: 监督, 考核; ``监督考核机制不健全``)."""
    modal, imperative = _modal(), aspects.cue_pattern("imperative").pattern
    shortfall = "|".join(re.escape(w) for w in sorted({*_theme_predicates("shortfall"), *_theme_predicates("excess"),
                                                       *_theme_predicates("level"), *_theme_predicates("persistence"),
                                                       *_theme_predicates("unmet_need")},
                                                      key=lambda w: (-len(w), w)))
    return (re.compile(f"{shortfall}|{_difficulty_pattern()}|{aspects.cue_pattern('challenge_predicate').pattern}"),
            re.compile(f"^\\s*(?:{modal}\\s*(?:{imperative})?|(?:{imperative}))"))


def _difficulty_pattern() -> str:
    """A pattern (source text, one group-free unit) of a one-character predicate of ``resources/theme_predicates.txt``'s
    ``difficulty`` group (``难`` ``贵``) that closes a clause or a list item after a content character: ``融资难、融资贵``,
    ``用工难``, ``看病难，看病贵`` say *that* doing the thing is hard or dear, as ``不足`` says that it is short, and
    are taken out like it — two points hard in two things (``融资难`` / ``招工难``) share no feature for it, two points
    hard in one thing meet on the thing. Inside a word (``难度`` ``困难`` ``贵州``) or before more of its clause
    (``难以``) the character is no such predicate. One character and two one-character look-arounds: linear.

    Raises:
        ResourceError: theme_predicates.txt is missing, undecodable or lacks the group.
    """
    chars = "".join(re.escape(w) for w in _theme_predicates("difficulty") if len(w) == 1)
    return f"(?<=[^\\W_])[{chars}](?=[、，,：:；;。！？!?\\s）)」”]|$)"


@lru_cache(maxsize=1)
def _modal() -> str:
    """A pattern (source text, one group-free unit) of a modal of ``resources/cues.txt`` (``要`` ``应当`` ``必须``…)
    that is no part of a word of its ``modal_exclusion`` group: the modal character of ``应急`` ``应用`` ``要素``
    is no modal, and a measure that opens with such a word keeps it (``应急物资储备到位``: ``应急``, not ``急``)."""
    exclusion = aspects.cue_pattern("modal_exclusion").pattern
    return f"(?!{exclusion})(?:{aspects.cue_pattern('modal').pattern})"


@lru_cache(maxsize=None)
def _theme_predicates(group: str) -> tuple[str, ...]:
    """The words of ``group`` of ``resources/theme_predicates.txt``: ``shortfall`` (``数量少`` ``人手少``: read like
    the shortcoming predicates, :func:`_cue_patterns`) or ``cause`` (``由于`` ``因为``: :func:`cause_start`).

    Raises:
        ResourceError: the file is missing, undecodable or lacks the group.
    """
    words = aspects.word_groups("theme_predicates.txt", "theme predicates").get(group)
    if not words:
        raise ResourceError(f"theme_predicates.txt has no [{group}] group")
    return tuple(words)


_RUN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def topics() -> dict[str, tuple[str, ...]]:
    """The topic vocabulary of ``resources/themes.txt``: topic name -> its words (Simplified), longest first.

    Raises:
        ResourceError: the file is missing, undecodable or holds no topic.
    """
    return aspects.word_groups("themes.txt", "topic vocabulary")


@lru_cache(maxsize=1)
def _topic_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every topic word (longest first: ``基础设施`` before ``设施``) and word -> topic."""
    owner = {w: name for name, words in topics().items() for w in words}
    words = sorted(owner, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words)), owner


@lru_cache(maxsize=None)
def _generic_pattern(*names: str) -> re.Pattern[str]:
    """One alternation of the generic words of ``resources/theme_generic.txt`` (longest first): of every group, or
    of the groups ``names`` only.

    Raises:
        ResourceError: the file is missing, undecodable or holds no group.
    """
    groups = aspects.word_groups("theme_generic.txt", "generic theme words")
    words = sorted({w for name, ws in groups.items() if not names or name in names for w in ws},
                   key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def _generic_blank_pattern() -> re.Pattern[str]:
    """:func:`_generic_pattern` (every group) with the words of ``resources/cues.txt``'s ``modal_exclusion`` group
    tried first at each position, as the named group ``keep``: a word that only holds a generic word's characters
    (``应急`` ``供应`` ``效应`` ``重要``: not the modal ``应`` ``要``) is kept whole, and the generic words are
    blanked around it (:func:`_blank_unless_kept`). One alternation, so linear."""
    return re.compile(f"(?P<keep>{aspects.cue_pattern('modal_exclusion').pattern})|{_generic_pattern().pattern}")


def _blank_unless_kept(m: re.Match[str]) -> str:
    """The replacement of a :func:`_generic_blank_pattern` match: the word itself when it is a kept word, else a
    space."""
    return m.group() if m.lastgroup == "keep" else " "


#: The group of ``resources/themes.txt`` whose words hold a topic word but name no topic (``租金负担``
#: ``无法负担``: a household's cost, not the grassroots' burden): matched like a topic word, longest first, so that
#: the shorter word inside it is not read, and no feature.
NO_TOPIC = "no_topic"

#: Prefix of a topic feature (cannot occur in a character or a bigram of content characters).
TOPIC_PREFIX = "#"


@dataclass(frozen=True)
class Profile:
    """How the points of one aspect are compared (module docstring).

    Attributes:
        topic_weight: share of the cosine that comes from the topic block, in [0, 1].
        topic_tail: term frequency of a topic found in the first sentence but after the first clause.
        blank_generic: whether the generic words of ``resources/theme_generic.txt`` (``加强`` ``完善`` ``力度``
            ``机制`` …) are blanked out of the first clause before its characters and bigrams are counted.
        skip_topics: topics of :func:`topics` not used as features.
        measure_clause: whether a point that opens with its purpose or its setting and states the measure after a
            modal (``促进农民增收，需要拓宽筹资渠道``) is compared, and labelled, from that clause
            (:func:`measure_start`).
        cause_clause: whether a point whose first clause names a cause after a causal connective
            (``幸福院建成后由于缺少运营经费``) is compared, and labelled, from that cause (:func:`cause_start`).
    """

    topic_weight: float
    topic_tail: float
    blank_generic: bool = False
    skip_topics: frozenset[str] = frozenset()
    measure_clause: bool = False
    cause_clause: bool = False


def features(texts: Sequence[str]) -> list[set[str]]:
    """Features of each point: the content characters (letters, digits, CJK) of the Simplified form of its first
    clause (:func:`label_of`), ASCII lower-cased, and the bigrams of consecutive content characters, after the aspect
    cue words are taken out (:func:`_cue_patterns`: two points that are both ``…不足`` share no topic for that);
    and ``#topic`` for each topic of :func:`topics` one of whose words the point's first sentence (up to 。！？；,
    at most 40 characters; Simplified, cue words out) holds (:func:`weighted_features` gives their weights)."""
    return [set(f) for f in weighted_features(texts)]


#: Term frequency of a topic found in the first sentence but not in the first clause (the main clause names what
#: the point is about; ``…，推动…管理规范化`` after it says what for).
TOPIC_TAIL = 0.5


def weighted_features(texts: Sequence[str], profile: Profile | None = None,
                      phrases: Sequence[str] = ()) -> list[dict[str, float]]:
    """:func:`features` with their term frequencies: 1 for characters, bigrams and the topics of the first clause,
    :data:`TOPIC_TAIL` for a topic found only after it (topics are read in the first :data:`TOPIC_SCOPE` characters
    of the first sentence; clause features, :data:`CLAUSE_PREFIX`, and the fault a measure ends,
    :func:`remedied_fault`, in the whole first sentence). ``phrases``: the collection's topic keyphrases
    (:func:`collection_topics`, comparison form): a topic word inside one of them counts :data:`OWN_TOPIC_TF` of its
    frequency. One Simplified conversion and one cue-word pass over all the texts; linear in the texts' length."""
    profile = profile or CHALLENGE_PROFILE
    # a framing first clause (``从数据安全的角度来看，``) is read for its topics only, as a later clause
    ends = [_frames_end(t) for t in texts]  # (once per text: the frame and where the point is read from)
    frames = [t[:k].replace("\n", " ").replace("\t", " ") for t, k in zip(texts, ends)]
    texts = [_read_from(t, profile, k) for t, k in zip(texts, ends)]
    scope = [_first_sentence(t, limit=len(t)) for t in texts]  # (topics read its first 40 characters)
    heads = [heading_and_clause(t).replace("\n", " ") for t in texts]
    view = simplified_view("\n".join(h + "\t" + w.replace("\n", " ").replace("\t", " ") + "\t" + f
                                      for h, w, f in zip(heads, scope, frames))).translate(ASCII_LOWER)
    predicates, opening = _cue_patterns()
    topic_re, owner = _topic_pattern()
    generic = _generic_blank_pattern() if profile.blank_generic else None
    plain, keep = _generic_pattern(), aspects.cue_pattern("modal_exclusion")
    own = (re.compile("|".join(re.escape(w) for w in sorted(set(phrases), key=lambda w: (-len(w), w)) if w))
           if any(phrases) else None)
    out = []
    unmet = _unmet_need_pattern() if not profile.measure_clause else None
    for line in view.split("\n"):
        head, _, whole = line.partition("\t")
        whole, _, frame = whole.partition("\t")
        if unmet is not None and "满足" in line:  # (the need a challenge's thing falls short of: not compared)
            head, whole = unmet.sub(_blank_need, head), unmet.sub(_blank_need, whole)
        sentence, whole = whole, whole[:TOPIC_SCOPE]
        raw_head_len = len(head)
        stripped = predicates.sub(" ", head)
        head = stripped if stripped != head else opening.sub(" ", head, count=1)
        head_len = len(head)
        head = _canonical_words(head)
        if generic is not None:  # (the callback only where a kept word stands: most heads hold none)
            head = (generic.sub(_blank_unless_kept, head) if keep.search(head) is not None
                    else plain.sub(" ", head))
        grams: dict[str, float] = {}
        for run in _RUN.findall(head):
            grams.update(dict.fromkeys(run, 1.0))
            grams.update(dict.fromkeys((run[i:i + 2] for i in range(len(run) - 1)), 1.0))
        if profile.measure_clause:  # the fault a measure ends, named in a later clause (:func:`remedied_fault`)
            fault = remedied_fault(sentence[raw_head_len:])
            for run in _RUN.findall(_canonical_words(predicates.sub(" ", fault)) if fault else ""):
                grams.update(dict.fromkeys(run, FAULT_TF))
                grams.update(dict.fromkeys((run[i:i + 2] for i in range(len(run) - 1)), FAULT_TF))
        # topics are read with the shortcoming predicates left in: a predicate can name the topic itself
        # (形式主义突出, 负担重, 安全隐患多); only the opening verb or modal of a measure is taken out
        if predicates.search(whole):
            head_len = raw_head_len
        else:
            whole = opening.sub(" ", whole, count=1)
        inside = ([(o.start(), o.end()) for o in own.finditer(whole)] if own is not None else ())
        for m in topic_re.finditer(whole):
            if owner[m.group()] in profile.skip_topics or owner[m.group()] == NO_TOPIC:
                continue
            # a topic word inside the collection's own subject (基层干部 in essays on them) says little
            cut = OWN_TOPIC_TF if inside and any(a <= m.start() and m.end() <= b for a, b in inside) else 1.0
            key = TOPIC_PREFIX + owner[m.group()]
            grams[key] = max(grams.get(key, 0.0), cut * (1.0 if m.start() < head_len else profile.topic_tail))
        # a list of actors (政府、学校和家庭) is a measure asked of several parties: their acting together
        actors = _actor_list_pattern().search(whole)
        if actors is not None and _ACTOR_TOPIC not in profile.skip_topics:
            key = TOPIC_PREFIX + _ACTOR_TOPIC
            grams[key] = max(grams.get(key, 0.0), 1.0 if actors.start() < head_len else profile.topic_tail)
        for m in topic_re.finditer(frame):
            if owner[m.group()] not in profile.skip_topics and owner[m.group()] != NO_TOPIC:
                key = TOPIC_PREFIX + owner[m.group()]
                grams[key] = max(grams.get(key, 0.0), profile.topic_tail)
        if CLAUSE_TF > 0:  # each later clause of the first sentence as one feature (:data:`CLAUSE_PREFIX`)
            for clause in _CLAUSE_SPLIT.split(sentence[raw_head_len:]):
                key = clause_key(clause)
                if CLAUSE_MIN <= len(key) <= CLAUSE_MAX:
                    grams[CLAUSE_PREFIX + key] = CLAUSE_TF
        out.append(grams)
    return out


@lru_cache(maxsize=1)
def _unmet_need_pattern() -> re.Pattern[str]:
    """A predicate of ``theme_predicates.txt``'s ``unmet_need`` group (``无法满足`` ``难以满足``) and, as group
    ``need``, the words after it to the clause's end (Simplified view): the need the thing before it falls short of.
    Bounded by the clause: linear.

    Raises:
        ResourceError: theme_predicates.txt is missing, undecodable or lacks the group.
    """
    words = "|".join(re.escape(w) for w in sorted(_theme_predicates("unmet_need"), key=lambda w: (-len(w), w)))
    return re.compile(f"(?:{words})(?P<need>[^，,：:；;。！？!?\t\n]*)")


def _blank_need(m: re.Match[str]) -> str:
    """An :func:`_unmet_need_pattern` match with its need blanked (as many spaces: offsets kept), the predicate
    kept (it is taken out as a shortcoming predicate)."""
    return m.group()[:m.start("need") - m.start()] + " " * (m.end("need") - m.start("need"))


#: Most characters of a point's first sentence read for its topics (a topic far into a long sentence is what the
#: point leads to, not what it is about); its clauses (:data:`CLAUSE_PREFIX`) are read whole.
TOPIC_SCOPE = 40


@lru_cache(maxsize=1)
def _clause_opener() -> re.Pattern[str]:
    """Modals and adverbs of manner (``resources/theme_predicates.txt``'s ``clause_opener`` group: ``要`` ``切实``
    ``进一步``), any number of them, at the start of a clause (Simplified view)."""
    words = "|".join(re.escape(w) for w in sorted(_theme_predicates("clause_opener"), key=lambda w: (-len(w), w)))
    return re.compile(f"\\s*(?:(?:{words})\\s*)*")


def clause_key(clause: str) -> str:
    """The comparison form of one later clause of a point's first sentence (Simplified view), as a clause feature
    (:data:`CLAUSE_PREFIX`) holds it: its content characters, near-synonyms read as one word
    (:func:`_canonical_words`), without the verdict frame that closes it (:func:`without_verdict`) and without the
    modals and adverbs of manner that open it (:func:`_clause_opener`: ``切实减少重复填报`` and ``减少重复填报`` are one
    clause). Linear in the clause."""
    clause = clause[_clause_opener().match(clause).end():]
    return "".join(_RUN.findall(_canonical_words(without_verdict(clause))))


#: Prefix of the feature that stands for one whole clause of a point's first sentence (:func:`weighted_features`):
#: its content characters without a closing verdict frame (:func:`without_verdict`). A point that lists several
#: faults (``农村教师年龄老化，年轻教师留不住，…``) is compared through its first clause only; the same fault said as a
#: whole clause by points of other essays (``…，年轻教师留不住``) is one theme of theirs, whichever clause says it.
CLAUSE_PREFIX = "="
#: Term frequency of a clause feature (:data:`CLAUSE_PREFIX`); 0 turns them off.
CLAUSE_TF = 6.0
#: Fewest and most content characters of a clause that is a feature (shorter: a word; longer: no two essays write
#: it alike).
CLAUSE_MIN = 5
CLAUSE_MAX = 16
_CLAUSE_SPLIT = re.compile(r"[，,：:；;]")


#: Term frequency of the characters and bigrams of the fault a measure ends (:func:`remedied_fault`): what the
#: measure is against weighs more than its means, by which two measures against one fault differ.
FAULT_TF = 1.0
#: Longest fault, in characters after its verb, that :func:`remedied_fault` reads.
REMEDY_OBJECT_MAX = 12


@lru_cache(maxsize=1)
def _remedy_pattern() -> re.Pattern[str]:
    """A clause that opens with a verb of ``resources/theme_predicates.txt``'s ``remedy`` group (``杜绝`` ``防止``
    ``避免``…) after a clause break, and the fault it names (at most :data:`REMEDY_OBJECT_MAX` characters, to the
    next break: group 1); or one that names the conduct it acts on, ``对`` + the conduct + ``行为`` or ``现象``
    (``，对混装混运行为严肃追责``: group 2). Bounded, so linear.

    Raises:
        ResourceError: theme_predicates.txt is missing, undecodable or lacks the group.
    """
    verbs = "|".join(re.escape(w) for w in sorted(set(_theme_predicates("remedy")), key=lambda w: (-len(w), w)))
    clause = f"[^，,：:；;。！？!?]"
    return re.compile(f"[，,；;]{_clause_opener().pattern}(?:(?:{verbs})({clause}{{2,{REMEDY_OBJECT_MAX}}})(?=[，,：:；;。！？!?]|$)"
                      f"|对({clause}{{2,{REMEDY_OBJECT_MAX}}}?)(?:行为|现象))")


def remedied_fault(tail: str) -> str:
    """The fault a measure says it ends in a later clause of its first sentence: the words after the first
    ``remedy`` verb (``杜绝`` ``防止``…) that opens a clause of ``tail`` (the sentence after its first clause,
    Simplified view, starting at the break: ``，杜绝混装混运`` -> ``混装混运``), or the conduct a later clause acts on
    (``，对混装混运行为严肃追责`` -> ``混装混运``); ``""`` when none does. The first
    clause says how (``建立全流程分类运输体系`` / ``建立全链条监管平台``), this clause what against: two measures against
    one fault are one theme (:func:`weighted_features` compares its characters and bigrams with the first
    clause's). Linear (one bounded search)."""
    m = _remedy_pattern().search(tail)
    return (m.group(1) or m.group(2)) if m else ""


@lru_cache(maxsize=1)
def _synonym_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of the words of ``resources/theme_synonyms.txt`` (longest first) and word -> the word of its
    group (the group's name: ``亲情`` -> ``关爱``, ``专业人员`` -> ``人才``).

    Raises:
        ResourceError: the file is missing, undecodable or holds no group.
    """
    canon = {w: name for name, words in aspects.word_groups("theme_synonyms.txt", "theme synonyms").items()
             for w in words if w != name}
    words = sorted(canon, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words)), canon


def _canonical_words(text: str) -> str:
    """``text`` (Simplified) with each word of ``resources/theme_synonyms.txt`` read as the word of its group
    (:func:`_synonym_pattern`: ``缺少家庭关怀`` -> ``缺少家庭关爱``, ``专业技术人员不足`` -> ``人才不足``): two points
    that name one thing in two words then share its characters and bigrams. One pass of one alternation, linear."""
    pattern, canon = _synonym_pattern()
    return pattern.sub(lambda m: canon[m.group()], text)


#: The topic of :func:`topics` that a list of actors carries (:func:`_actor_list_pattern`).
_ACTOR_TOPIC = "participation"


@lru_cache(maxsize=1)
def _actor_list_pattern() -> re.Pattern[str]:
    """Two or more actors of ``resources/theme_predicates.txt``'s ``actor`` group (``政府`` ``学校`` ``家庭``…)
    listed together, joined by ``、`` ``和`` ``与`` ``及`` ``以及`` (``政府、学校和家庭``; Simplified view): a measure
    asked of several parties at once (``…共同努力`` ``…均需承担应有的责任`` ``…联手解决``) is about their acting
    together, the ``participation`` topic, whatever its predicate says. Each repetition needs one joining word
    between two whole actor words, so the match is linear in the text.

    Raises:
        ResourceError: theme_predicates.txt is missing, undecodable or lacks the group.
    """
    actor = "|".join(re.escape(w) for w in sorted(_theme_predicates("actor"), key=lambda w: (-len(w), w)))
    return re.compile(f"(?:{actor})(?:\\s*(?:以及|[、和与及])\\s*(?:{actor}))+")


_SENTENCE_END = re.compile(r"[。！？!?；;]")


@lru_cache(maxsize=1)
def _modal_clause() -> re.Pattern[str]:
    """A clause of the first sentence that opens with a modal (``，需要…`` ``，就要…`` ``，必须…``)."""
    modal = aspects.cue_pattern("modal").pattern
    return re.compile(f"[，,：:]\\s*(?:就|还|更|则|也|又|首先|同时)?(?:{modal})")


@lru_cache(maxsize=1)
def _opening_modal() -> re.Pattern[str]:
    """A modal at the start of a point (``要…`` ``必须…``)."""
    return re.compile(f"\\s*(?:{aspects.cue_pattern('modal').pattern})")


def measure_start(text: str) -> int:
    """Where the measure of a recommendation starts, in characters of ``text``: 0, unless its first clause opens
    with neither a modal nor an imperative verb (``resources/cues.txt``) and a later clause of its first sentence
    opens with a modal — then that clause (its purpose or setting comes first: ``促进农民创业增收，需要拓宽农民筹资
    渠道`` -> ``需要拓宽农民筹资渠道``; ``首先从制度建设的层面，就要完善…制度`` -> ``就要完善…制度``). First clauses
    that are a frame only (:func:`frame_only_clause`: ``加大投入，改善农村学校办学条件`` -> ``改善农村学校办学条件``) are
    read past before (:func:`_past_frame_clauses`)."""
    view = simplified_view(_first_sentence(text, limit=len(text)))
    start = 0
    m = _CLAUSE_END.search(view)
    if m and _connective_only(view[:m.start()]):
        start = _skip_space(view, m.end())  # a connective clause only: the point starts after it
    start = _past_frame_clauses(view, start)
    if _opening_modal().match(view, start):
        return start
    m = _modal_clause().search(view, start)
    return _skip_space(view, m.start() + 1) if m else start


_CLAUSE_END = re.compile(r"[，,：:]")

#: Characters that only join a frame clause's words (``加大对…的投入``), read as nothing by :func:`frame_only_clause`.
_FRAME_FILLER = str.maketrans("", "", "对的和与及等各更多好")


@lru_cache(maxsize=1)
def _frame_clause_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The generic objects of a measure's frame verb (``theme_predicates.txt``'s ``frame_object`` group: ``投入``
    ``管理`` ``监管``), and one alternation of every word a frame clause may hold besides them: the generic words of
    ``theme_generic.txt`` (its verbs, heads, modals, connectives), the modals of ``cues.txt`` and the single actors of
    ``theme_predicates.txt``'s ``actor`` group (``政府``), longest first. Simplified forms.

    Raises:
        ResourceError: a resource file is missing, undecodable or lacks its group.
    """
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(set(ws), key=lambda w: (-len(w), w)))
    objects = re.compile(alt(_theme_predicates("frame_object")))
    frame = f"{_generic_pattern().pattern}|{aspects.cue_pattern('modal').pattern}|{alt(_theme_predicates('actor'))}"
    return objects, re.compile(frame)


def frame_only_clause(clause: str) -> bool:
    """Whether a measure's ``clause`` (Simplified view) is its frame only: frame verbs, their generic objects and set
    phrases (``theme_predicates.txt``'s ``frame_object`` group), generic words (``theme_generic.txt``), modals, one
    actor and joining characters, and nothing else (``加大投入`` ``政府要加大财政投入`` ``加强管理`` ``加大扶持力度``
    ``完善相关制度`` ``多措并举``): it says what every measure asks, not what this one is about.
    ``加大对农村教育的投入`` names its object and is no frame. Linear in the clause (two alternations, one pass each)."""
    objects, frame = _frame_clause_patterns()
    if _RUN.search(clause) is None:
        return False
    rest = objects.sub(" ", clause)
    rest = frame.sub(" ", rest)
    return not _RUN.search(rest.translate(_FRAME_FILLER))


#: Most clauses of a measure's first sentence that :func:`_past_frame_clauses` reads past.
FRAME_CLAUSES_MAX = 3


def _past_frame_clauses(view: str, start: int) -> int:
    """``start`` moved past the frame-only clauses (:func:`frame_only_clause`, at most :data:`FRAME_CLAUSES_MAX`)
    that open ``view`` (a measure's first sentence, Simplified) there, when a clause that is no frame follows them
    (``加大投入，改善农村学校办学条件`` -> ``改善农村学校办学条件``); else ``start`` (``加大投入，加强管理`` says nothing more,
    and is compared as it stands). Linear in ``view``."""
    k = start
    for _ in range(FRAME_CLAUSES_MAX):
        m = _CLAUSE_END.search(view, k)
        if m is None or not frame_only_clause(view[k:m.start()]):
            return start
        k = _skip_space(view, m.end())
        end = _CLAUSE_END.search(view, k)
        clause = view[k:end.start() if end else len(view)]
        if _RUN.search(clause) and not frame_only_clause(clause):
            return k
    return start


def _skip_space(text: str, k: int) -> int:
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _first_sentence(text: str, limit: int = 40) -> str:
    """The first sentence of ``text`` (up to 。！？；), at most ``limit`` characters."""
    m = _SENTENCE_END.search(text)
    return (text[:m.start()] if m else text)[:limit]


#: Share of the cosine that comes from the topic features (the rest from characters and bigrams).
TOPIC_WEIGHT = 0.3
#: Reassignment (k-means) steps after the leader pass.
REASSIGN = 1

#: Challenges (``X不足`` ``缺乏X``: the predicate is taken out, X is concrete): characters and bigrams weigh most;
#: the ``institution`` topic (机制, 体系: a generic head) is no feature.
CHALLENGE_PROFILE = Profile(topic_weight=TOPIC_WEIGHT, topic_tail=TOPIC_TAIL, skip_topics=frozenset({"institution"}),
                            cause_clause=True)
#: Recommendations are phrased as verb + object (``加强/完善/建立 + X``, ``X机制``): the generic verbs and heads are
#: blanked, the ``institution`` and ``awareness`` topics (机制, 体系, 制度; 意识, 理念, 思想: the generic heads of
#: measures — ``强化安全意识`` is about safety) are not features, a point is read from its measure clause
#: (:func:`measure_start`), and the topic block weighs more (``多元主体参与`` / ``居民自治`` / ``群众积极性``: one theme in different words); a topic
#: after the first clause (``…，推动…规范化``: what for) counts a quarter.
RECOMMENDATION_PROFILE = Profile(topic_weight=0.45, topic_tail=0.25, blank_generic=True,
                                 skip_topics=frozenset({"institution", "awareness"}), measure_clause=True)
#: The profile of each aspect of :data:`ASPECTS`.
PROFILES = {"challenges": CHALLENGE_PROFILE, "recommendations": RECOMMENDATION_PROFILE}


def bigrams(text: str) -> set[str]:
    """:func:`features` of one text."""
    return features([text])[0]


def df_cap(n: int) -> int:
    """Most points a bigram may be shared by and still enter the similarity product: ``max(200, 2 % of n)``."""
    return max(200, n // 50)


#: Weight of the adjacency feature two neighbouring points of one essay share (:func:`adjacent_pairs`): the squared
#: norm it adds to each of the two rows before they are normalised again (their cosine gains about this much).
NEAR_WEIGHT = 0.25
#: Most characters between the end of one point and the start of the next for the two to be neighbours.
NEAR_GAP = 30


def adjacent_pairs(essays: Sequence[int], spans: Sequence[tuple[int, int]],
                   gap: int = NEAR_GAP) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of points of one essay that follow each other in its text with fewer than ``gap``
    characters between the end of ``i`` and the start of ``j`` (``spans``: ``(start, end)`` character offsets of
    each point in its document, parallel to ``essays``). A measure and its sub-items listed in one sentence or
    paragraph (``打造…防御体系。其一，搭建…平台；其二，搭建…平台``) stand this close; the separate measures of an
    essay stand a paragraph of reasoning apart. O(n log n) in the number of points."""
    if len(spans) != len(essays):
        raise ValueError("spans must be parallel to essays")
    order = sorted(range(len(spans)), key=lambda i: (essays[i], spans[i][0], spans[i][1], i))
    return [(a, b) for a, b in zip(order, order[1:]) if essays[a] == essays[b] and spans[b][0] - spans[a][1] < gap]


def vectors(texts: Sequence[str], profile: Profile | None = None, *, essays: Sequence[int] | None = None,
            spans: Sequence[tuple[int, int]] | None = None,
            vocab: dict[str, int] | None = None,
            topics: Sequence[str] = ()) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """The L2-normalised TF-IDF matrix of the :func:`features` of ``texts`` (one row per text) and the same matrix
    restricted to the features within :func:`df_cap` (for the similarity product). Both ``(len(texts), F)`` CSR.

    With ``essays`` and ``spans`` (each point's essay and its ``(start, end)`` character offsets), each pair of
    :func:`adjacent_pairs` shares one more feature of weight ``sqrt(NEAR_WEIGHT)`` in both rows (appended as a
    column of its own, always in the product), and the rows are normalised again (before the product's columns are
    chosen: a row of ``kept`` is ``m``'s row without the too-common features, as without neighbours).

    The topic block of a point whose topics are common in the collection is shorter than its weight
    (:func:`topic_norm_floor`): one shared common topic links two points less than a rare one.

    ``vocab``: an empty dict to fill with feature -> column (the caller's view of the columns), or ``None``.

    ``topics``: the collection's topic keyphrases (:func:`collection_topics`, comparison form): the characters and
    bigrams of them weigh :data:`TOPIC_PHRASE_DISCOUNT` × their IDF (what every essay is about says little about
    which theme within it a point belongs to: ``疫情防控能力不足`` / ``疫情防控数字化工具不足``).

    Raises:
        ValueError: ``spans`` given without ``essays`` or not parallel to them.
    """
    vocab = {} if vocab is None else vocab
    rows: list[int] = []
    cols: list[int] = []
    tf: list[float] = []
    profile = profile or CHALLENGE_PROFILE
    column = vocab.setdefault
    rows_grams = weighted_features(texts, profile, topics if OWN_TOPIC_WORDS else ())
    # a clause feature counts where points of two or more essays say the clause (alone it only lengthens a row)
    clause_essays: dict[str, set[int]] = {}
    for i, grams in enumerate(rows_grams):
        for g in grams:
            if g.startswith(CLAUSE_PREFIX):
                clause_essays.setdefault(g, set()).add(essays[i] if essays is not None else i)
    lone = {g for g, ks in clause_essays.items() if len(ks) < 2}
    for i, grams in enumerate(rows_grams):
        keys = sorted(g for g in grams if g not in lone) if lone else sorted(grams)  # (each row's features in sorted order; a new feature takes the next column)
        rows.extend([i] * len(keys))
        cols.extend([column(g, len(vocab)) for g in keys])
        tf.extend(map(grams.__getitem__, keys))
    n = len(texts)
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(vocab)) if cols else np.zeros(0)
    idf = np.log1p(n / np.maximum(df, 1))
    if topics:
        for g in topic_grams(topics):
            j = vocab.get(g)
            if j is not None:
                idf[j] *= TOPIC_PHRASE_DISCOUNT
    # (the features in column order: vocab keeps its insertion order, column j is its j-th key)
    is_topic = np.fromiter((g.startswith(TOPIC_PREFIX) for g in vocab), dtype=bool, count=len(vocab))
    if spans is not None and essays is None:
        raise ValueError("spans need essays")
    if n * len(vocab) <= DENSE_CELLS:
        return _dense_vectors(n, rows, cols, tf, idf, is_topic, df <= df_cap(n), profile,
                              adjacent_pairs(essays, spans) if spans is not None else [])
    m = sparse.csr_matrix((np.asarray(tf, dtype=np.float64), (rows, cols)), shape=(n, len(vocab)))
    m = _times_diagonal(m, idf)
    # each block (characters and bigrams; topics) L2-normalised and weighted, then the row normalised again: the
    # cosine of two points that have both blocks is (1 - TOPIC_WEIGHT) × cos(characters) + TOPIC_WEIGHT × cos(topics)
    blocks = []
    for mask, weight, floor in ((~is_topic, 1.0 - profile.topic_weight, 0.0),
                                (is_topic, profile.topic_weight, topic_norm_floor(n))):
        b = _times_diagonal(m, mask.astype(np.float64))
        bn = np.sqrt(np.asarray(b.multiply(b).sum(axis=1)).ravel())
        scale = np.where(bn > 0, math.sqrt(weight) / np.where(bn > 0, bn, 1.0), 0.0)
        if floor > 0:  # (a factor of exactly 1.0 where the block is long enough: the values as before)
            stored = np.repeat(np.arange(n), np.diff(b.indptr))
            idf_norm = np.sqrt(np.bincount(stored, weights=idf[b.indices] ** 2, minlength=n))
            scale = scale * np.minimum(1.0, idf_norm / floor)
        blocks.append(_diagonal_times(scale, b))
    m = (blocks[0] + blocks[1]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    m = _diagonal_times(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0), m)
    in_product = df <= df_cap(n)
    if spans is not None:
        pairs = adjacent_pairs(essays, spans)
        if pairs:  # the pair columns come last and are always in the product
            m = _with_adjacency(m, pairs)
            in_product = np.concatenate([in_product, np.ones(len(pairs), dtype=bool)])
    kept = _times_diagonal(m, in_product.astype(np.float64)) if m.shape[1] else m
    return m, sparse.csr_matrix(kept)


#: Share of the IDF of a topic standing in one point only (``log(1 + n)``) under which a point's topic block is no
#: longer scaled to full length (:func:`topic_norm_floor`).
TOPIC_IDF_FLOOR = 0.5


def topic_norm_floor(n: int) -> float:
    """Least IDF norm of a point's topics (among ``n`` points) for its topic block to keep its full length
    ``sqrt(topic_weight)`` (:func:`vectors`): ``TOPIC_IDF_FLOOR × log(1 + n)``. A point whose topics are common in
    the collection (the L2 norm of their IDFs below this: one topic that more than about √n of the points carry)
    keeps a block that much shorter (the block times IDF norm / floor; term frequencies play no part), so that two
    points sharing one such topic and no word are no longer as similar as two sharing a rare one (theme36:
    ``运用智慧监管手段`` and ``健全考核评价体系，强化结果运用`` met through ``#supervision`` alone, the topic of most
    points of a collection on oversight). A rarer topic, or several, keep the full block as before. 0 for ``n < 1``.
    """
    return TOPIC_IDF_FLOOR * math.log1p(n) if n >= 1 else 0.0


#: Whether a topic word that stands inside one of the collection's topic keyphrases (:func:`collection_topics`:
#: ``基层干部`` in essays on grassroots cadres, ``社区工作者`` in essays on community workers) counts only
#: :data:`OWN_TOPIC_TF` of a topic (:func:`weighted_features`): what every essay is about says little about which
#: theme within it a point belongs to (theme50: ``…，基层干部疲于应付`` joined a staffing theme through 干部).
OWN_TOPIC_WORDS = True
#: Term frequency factor of such a topic (1: counted as any other).
OWN_TOPIC_TF = 0.5
#: Share of its IDF that a character or bigram of the collection's topic keyphrases keeps (:func:`vectors`).
TOPIC_PHRASE_DISCOUNT = 0.3


def topic_grams(topics: Sequence[str]) -> set[str]:
    """The character and bigram features (:func:`weighted_features`) of the collection's topic keyphrases
    ``topics`` (comparison form): their content characters and the bigrams of consecutive ones."""
    grams: set[str] = set()
    for phrase in topics:
        for run in _RUN.findall(_canonical_words(phrase)):
            grams.update(run)
            grams.update(run[i:i + 2] for i in range(len(run) - 1))
    return grams


#: A collection's points whose feature matrix has at most this many cells (points × features) are weighted in a dense
#: array (:func:`_dense_vectors`): scipy's per-operation set-up, not arithmetic, is most of the cost at this size.
DENSE_CELLS = 200_000


def _unit_rows(a: np.ndarray) -> np.ndarray:
    """``a`` (``(n, F)``) with each nonzero row divided by its L2 norm, in place; returns ``a``."""
    norms = np.sqrt(np.einsum("ij,ij->i", a, a))
    a *= np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0)[:, None]
    return a


def _dense_vectors(n: int, rows: Sequence[int], cols: Sequence[int], tf: Sequence[float], idf: np.ndarray,
                     is_topic: np.ndarray, in_product: np.ndarray, profile: Profile,
                     pairs: Sequence[tuple[int, int]]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """:func:`vectors` of ``n`` points computed in a dense ``(n, F)`` array and stored as CSR once: the same TF-IDF
    weighting, block weights, L2 normalisations and neighbour columns; the values equal but for the last bits (other
    summation orders), each row's entries stored in column order. ``rows``/``cols``/``tf``: the features'
    coordinates and term frequencies; ``idf``, ``is_topic``, ``in_product``: per feature; ``pairs``:
    :func:`adjacent_pairs`."""
    m = np.zeros((n, len(idf)))
    m[np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)] = tf
    m *= idf
    out = np.zeros_like(m)
    for mask, weight, floor in ((~is_topic, 1.0 - profile.topic_weight, 0.0),
                                (is_topic, profile.topic_weight, topic_norm_floor(n))):
        b = m * mask
        short = (np.minimum(1.0, np.sqrt(((b != 0) * idf ** 2).sum(axis=1)) / floor) if floor > 0 else None)
        b = _unit_rows(b)
        b *= math.sqrt(weight)
        if short is not None:  # (a factor of exactly 1.0 where the block is long enough: the values as before)
            b *= short[:, None]
        out += b
    _unit_rows(out)
    if pairs:  # the pair columns come last and are always in the product
        extra = np.zeros((n, len(pairs)))
        extra[np.asarray([i for pair in pairs for i in pair], dtype=np.int64),
              np.repeat(np.arange(len(pairs)), 2)] = math.sqrt(NEAR_WEIGHT)
        out = _unit_rows(np.hstack([out, extra]))
        in_product = np.concatenate([in_product, np.ones(len(pairs), dtype=bool)])
    return _csr_of_dense(out), _csr_of_dense(out * in_product)


def _csr_of_dense(a: np.ndarray) -> sparse.csr_matrix:
    """``scipy.sparse.csr_matrix(a)`` of a 2-D float array ``a`` as scipy builds it — the nonzero values in row-major
    order, each row's columns ascending, ``int32`` indices and ``indptr`` (the index type scipy picks for a matrix of
    fewer than 2³¹ stored values and columns), ``float64`` data — found through a boolean mask and one flat index
    (``np.nonzero`` of a float matrix and scipy's detour through a COO matrix are most of the cost at a collection's
    size). Falls back to scipy for a matrix too large for ``int32`` indices."""
    n, f = a.shape
    flat = np.flatnonzero(a != 0)  # (the positions np.nonzero gives, row-major: a boolean mask first is far cheaper)
    if max(len(flat), f, n) >= np.iinfo(np.int32).max or f == 0:
        return sparse.csr_matrix(a)
    r = flat // f
    c = flat - r * f
    indptr = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(r, minlength=n), out=indptr[1:])
    return sparse.csr_matrix((a.ravel()[flat].astype(np.float64, copy=False), c.astype(np.int32), indptr), shape=(n, f))


def _with_adjacency(m: sparse.csr_matrix, pairs: Sequence[tuple[int, int]]) -> sparse.csr_matrix:
    """``m`` (CSR ``(n, F)``) with one column per pair of ``pairs`` holding ``sqrt(NEAR_WEIGHT)`` in both of its rows,
    each row L2-normalised again (a row with no stored value stays empty)."""
    n = m.shape[0]
    rows = np.asarray([i for pair in pairs for i in pair], dtype=np.int64)
    cols = np.repeat(np.arange(len(pairs), dtype=np.int64), 2)
    extra = sparse.csr_matrix((np.full(len(rows), math.sqrt(NEAR_WEIGHT)), (rows, cols)), shape=(n, len(pairs)))
    out = sparse.hstack([m, extra], format="csr")
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    return _diagonal_times(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0), out)


def _times_diagonal(a: sparse.csr_matrix, d: np.ndarray) -> sparse.csr_matrix:
    """``a @ scipy.sparse.diags(d)`` (``a``: CSR ``(n, F)``, ``d``: ``(F,)``) as scipy computes it — the same
    ``indptr``, ``indices`` and ``data``: each stored value times ``d`` of its column, zero products dropped, each row's
    entries in reverse order (scipy's CSR product lists a row's columns from the last one touched) — without building
    the diagonal matrix and the general product (most of the cost for the few points of a collection)."""
    return _reversed_rows(a, a.data * d[a.indices])


def _diagonal_times(d: np.ndarray, a: sparse.csr_matrix) -> sparse.csr_matrix:
    """``scipy.sparse.diags(d) @ a`` (``d``: ``(n,)``, ``a``: CSR ``(n, F)``) as scipy computes it (see
    :func:`_times_diagonal`): each stored value times ``d`` of its row, zero products dropped, rows reversed."""
    rows = np.repeat(np.arange(a.shape[0]), np.diff(a.indptr))
    return _reversed_rows(a, d[rows] * a.data)


def _reversed_rows(a: sparse.csr_matrix, values: np.ndarray) -> sparse.csr_matrix:
    """The CSR matrix of ``a``'s shape holding ``values`` (parallel to ``a.data``) at ``a``'s positions, zeros dropped,
    each row's entries in reverse stored order; ``float64`` data, indices of ``a``'s index type."""
    n = a.shape[0]
    rows = np.repeat(np.arange(n), np.diff(a.indptr))
    keep = values != 0
    rows, cols, vals = rows[keep], a.indices[keep], values[keep].astype(np.float64, copy=False)
    indptr = np.zeros(n + 1, dtype=a.indices.dtype)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    target = indptr[rows] + indptr[rows + 1] - 1 - np.arange(len(rows))  # row start + (row end - 1 - position)
    indices = np.empty(len(rows), dtype=a.indices.dtype)
    data = np.empty(len(rows), dtype=np.float64)
    indices[target] = cols
    data[target] = vals
    return sparse.csr_matrix((data, indices, indptr), shape=a.shape)


#: Rounding tolerance of every comparison with the threshold: a cosine that equals it (two points that share one
#: topic and nothing else reach exactly TOPIC_WEIGHT, the default threshold) passes, whatever the float rounding.
_EPS = 1e-9
#: Similarities below this share of the threshold are dropped from the centroid arithmetic.
_LOW = 0.25
def cluster_points(texts: Sequence[str], essays: Sequence[int], threshold: float = DEFAULT_THRESHOLD,
                   same_essay_margin: float = SAME_ESSAY_MARGIN, profile: Profile | None = None,
                   spans: Sequence[tuple[int, int]] | None = None,
                   topics: Sequence[str] = (),
                   subjects: Sequence[Iterable[str]] | None = None
                   ) -> tuple[list[list[int]], np.ndarray, list[np.ndarray]]:
    """Themes of one aspect's points (module docstring).

    Args:
        texts: the points' texts.
        essays: the essay of each point (ties, and the same-essay margin), parallel to ``texts``.
        threshold: cosine a point needs with a theme's centroid (and with one member) to join it, in [0, 1].
        same_essay_margin: extra cosine needed to join a theme that holds a point of the same essay.
        profile: how points are compared (:data:`PROFILES`); ``None``: :data:`CHALLENGE_PROFILE`.
        spans: each point's ``(start, end)`` character offsets in its document, parallel to ``texts``: neighbouring
            points of one essay share a feature (:func:`adjacent_pairs`); ``None``: no such feature.
        topics: the collection's topic keyphrases (:func:`collection_topics`), discounted (:func:`vectors`).
        subjects: per essay (indexed by the values of ``essays``), the words that say what it is about
            (:func:`subject_terms`): two points of essays that share fewer than :data:`SUBJECT_SHARED_TERMS` are not
            linked by topics alone
            (:func:`_cross_subject_links`); ``None``: no such test.

    Returns:
        ``(clusters, centrality, cosines)``: clusters as lists of point positions (most central member first, in
        no particular cluster order), each point's centrality, and per cluster the cosine of each member (in the
        cluster's order) with the final centroid.

    Raises:
        ValueError: ``threshold`` outside [0, 1], or ``essays`` or ``spans`` not parallel to ``texts``.
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    if len(essays) != len(texts) or (spans is not None and len(spans) != len(texts)):
        raise ValueError("essays and spans must be parallel to texts")
    n = len(texts)
    if n == 0:
        return [], np.zeros(0), []
    vocab: dict[str, int] = {}
    x, kept = vectors(texts, profile, essays=essays, spans=spans, vocab=vocab, topics=topics)
    full = (kept @ kept.T).tocsr()
    row_of = np.repeat(np.arange(n), np.diff(full.indptr))
    full.data[row_of == full.indices] = 0.0  # the diagonal (dropped below; what setdiag(0) and the drop leave)
    full.data[full.data < threshold * _LOW] = 0.0  # tiny similarities barely move a centroid: dropped
    full.eliminate_zeros()
    # a link through one generic word only (投资, 发展, 问题) is no link (:func:`_generic_links`)
    generic = _generic_links(full, texts, profile, kept, vocab,
                             adjacent_pairs(essays, spans) if spans is not None else [])
    if subjects is not None:  # a topic shared by essays on two subjects is no link (:func:`_cross_subject_links`)
        cross = _cross_subject_links(full, kept, vocab, essays, subjects, threshold)
        if cross.nnz:
            generic = ((generic + cross) != 0).astype(np.float64).tocsr()
    if generic.nnz:
        full = (full - full.multiply(generic)).tocsr()
        full.eliminate_zeros()
    strong = full.data >= max(threshold - _EPS, 1e-12)
    centrality = np.bincount(np.repeat(np.arange(n), np.diff(full.indptr))[strong], weights=full.data[strong],
                             minlength=n)
    self_dot = np.asarray(kept.multiply(kept).sum(axis=1)).ravel()  # |x_i|² over the features in the product
    central = centrality.tolist()  # Python floats: the same values, compared without numpy scalars
    order = sorted(range(n), key=lambda i: (-central[i], essays[i], i))
    theme_of = _leader(full, self_dot, order, threshold, essays, same_essay_margin)
    order_rank = np.empty(n, dtype=np.int64)
    order_rank[np.asarray(order, dtype=np.int64)] = np.arange(n)
    members: list[list[int]] = [[] for _ in range(int(theme_of.max()) + 1)]
    for i in order:
        members[theme_of[i]].append(i)
    # a point whose features are all too common for the product (its row in ``kept`` is empty, but for the
    # columns of its neighbour pairs, which come last) has no neighbour: it joins the theme of the first point with
    # exactly the same features (the same words)
    content = x.shape[1] - (len(adjacent_pairs(essays, spans)) if spans is not None else 0)
    in_content = kept.indices < content
    content_dot = np.bincount(np.repeat(np.arange(n), np.diff(kept.indptr))[in_content],
                              weights=kept.data[in_content] ** 2, minlength=n)
    first_of: dict[tuple[int, ...], int] = {}
    x_indptr, x_indices, no_product = x.indptr.tolist(), x.indices.tolist(), (content_dot == 0).tolist()
    for i in range(n):
        key = tuple(sorted(c for c in x_indices[x_indptr[i]:x_indptr[i + 1]] if c < content))
        j = first_of.setdefault(key, i)
        if j != i and no_product[i] and len(members[theme_of[i]]) == 1 and key:
            t, old_t = theme_of[j], theme_of[i]
            members[old_t] = []
            members[t].append(i)
            theme_of[i] = t
    members, theme_of = _without_empty_themes(members, theme_of)
    for _ in range(REASSIGN):
        # k-means step: each point moves to the theme whose centroid (its own point left out) is most similar
        t_n = len(members)
        member = sparse.csr_matrix((np.ones(n), (theme_of, np.arange(n))), shape=(t_n, n))
        cent = (member @ kept).tocsr()
        c2 = np.asarray(cent.multiply(cent).sum(axis=1)).ravel()
        dots = (kept @ cent.T).tocsr()  # x_i · Σ_{j in t} x_j
        own = np.asarray(kept.multiply(cent[theme_of]).sum(axis=1)).ravel()
        own_norm2 = c2[theme_of] - 2 * own + self_dot
        stay = np.where(own_norm2 > 1e-12, (own - self_dot) / np.sqrt(np.maximum(own_norm2, 1e-12)), 0.0)
        row = np.repeat(np.arange(n), np.diff(dots.indptr))
        score = dots.data / np.sqrt(np.maximum(c2[dots.indices], 1e-12))
        # a move needs the threshold and more than staying; ties keep the point where it is
        ok = (dots.indices != theme_of[row]) & (score >= threshold - _EPS) & (score > stay[row] + _EPS)
        if generic.nnz:  # nor to a theme it reaches only through generic links (none of them kept in ``full``)
            through_generic = np.asarray((generic @ member.T).tocsr()[row, dots.indices]).ravel() > 0
            linked = np.asarray(((full != 0).astype(np.float64) @ member.T).tocsr()[row, dots.indices]).ravel() > 0
            ok &= ~through_generic | linked
        new_of = theme_of.copy()
        if ok.any():
            r, t, sc = row[ok], dots.indices[ok], score[ok]
            pick = np.lexsort((t, -sc, r))  # per row: highest score, then lowest theme number
            first = np.ones(len(pick), dtype=bool)
            first[1:] = r[pick][1:] != r[pick][:-1]
            new_of[r[pick][first]] = t[pick][first]
        if (new_of == theme_of).all():
            break
        theme_of = new_of
        ordered = sorted(range(n), key=lambda i: order_rank[i])
        members = [[] for _ in range(t_n)]
        for i in ordered:
            members[theme_of[i]].append(i)
        members, theme_of = _without_empty_themes(members, theme_of)
    # themes that one theme's wordings left apart: their centroids reach the threshold (:func:`_merge_themes`)
    words = np.arange(kept.shape[1]) < content
    for g, c in vocab.items():
        if g.startswith(TOPIC_PREFIX) and c < content:
            words[c] = False
    members, theme_of = _merge_themes(members, theme_of, kept, threshold, order_rank, words, full)
    # a point that opens with a fault another essay's point states as a clause of its own: one theme
    # (:func:`_adopt_stated_heads`)
    members, theme_of = _adopt_stated_heads(members, theme_of, texts, essays, profile or CHALLENGE_PROFILE,
                                            order_rank)
    # each member's cosine with its theme's final centroid: x_i · (Σ_j x_j) / |Σ_j x_j|, one sparse product
    member = sparse.csr_matrix((np.ones(n), (theme_of, np.arange(n))), shape=(len(members), n))
    cent = (member @ x).tocsr()
    cnorm = np.sqrt(np.asarray(cent.multiply(cent).sum(axis=1)).ravel())
    dots = np.asarray(x.multiply(cent[theme_of]).sum(axis=1)).ravel()
    cos_all = dots / np.where(cnorm[theme_of] > 0, cnorm[theme_of], 1.0)
    cosines = [cos_all[ms] for ms in members]
    return members, centrality, cosines


#: Share of the join threshold that two themes' centroids must reach over their words alone (topics and neighbour
#: columns left out) for :func:`_merge_themes` to join them.
MERGE_WORD_SHARE = 0.5


def _unit_cosines(rows: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine of rows ``a[k]`` and ``b[k]`` of ``rows`` for each k (0 where a row is empty)."""
    norm = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
    unit = sparse.csr_matrix(sparse.diags(1.0 / np.where(norm > 0, norm, 1.0)) @ rows)
    return np.asarray(unit[a].multiply(unit[b]).sum(axis=1)).ravel()


def _merge_themes(members: list[list[int]], theme_of: np.ndarray, kept: sparse.csr_matrix, threshold: float,
                  order_rank: np.ndarray, words: np.ndarray, links: sparse.csr_matrix
                  ) -> tuple[list[list[int]], np.ndarray]:
    """One pass that joins two themes whose centroids are as similar as a point must be to its theme's centroid.

    The leader pass lets a point join a theme only through its own words, so one theme said in several wordings
    can end up as two themes whose members, summed, share what no two of them share alone (a tuned collection's
    measures on farmers' land: one theme on their land rights, another on compensation for land taken, both of
    one gold theme). The unit centroids (sum
    of the members' rows of ``kept``, normalized) are compared; a pair joins when its cosine reaches ``threshold``,
    its cosine over the words alone (``words``: not the topics, which one common topic would carry alone (theme36),
    nor the neighbour columns, which two lists of the same measures share) reaches ``MERGE_WORD_SHARE ×
    threshold``, two of its points are linked directly (``links``: not through a generic word alone) and one of
    the two themes holds two or more points (two single points were compared by the leader pass). Most similar
    pair first, each theme at most once per pass (no chains: a joined theme is not compared again).

    Args:
        members: point positions per theme (in ``order_rank`` order).
        theme_of: each point's theme (``members`` inverted).
        kept: the points' feature rows as the clustering compares them (:func:`vectors`).
        threshold: cosine in [0, 1] (the clustering's join threshold).
        order_rank: each point's rank in the leader order (members keep it).
        words: boolean per column of ``kept``: a character or bigram feature (not a topic, not a neighbour column).
        links: the point pairs the clustering may join (its similarity graph, links through generic words alone
            taken out: :func:`_generic_links`).

    Returns:
        ``(members, theme_of)`` after the joins, empty themes dropped. Sparse products over the themes, then
        O(pairs log pairs + n log n).
    """
    n, t_n = len(theme_of), len(members)
    if t_n < 2:
        return members, theme_of
    member = sparse.csr_matrix((np.ones(n), (theme_of, np.arange(n))), shape=(t_n, n))
    cent = (member @ kept).tocsr()
    norm = np.sqrt(np.asarray(cent.multiply(cent).sum(axis=1)).ravel())
    unit = (sparse.diags(1.0 / np.where(norm > 0, norm, 1.0)) @ cent).tocsr()
    sim = (unit @ unit.T).tocoo()
    sizes = np.fromiter((len(m) for m in members), dtype=np.int64, count=t_n)
    ok = (sim.row < sim.col) & (sim.data >= threshold - _EPS) & (np.maximum(sizes[sim.row], sizes[sim.col]) >= 2)
    if not ok.any():
        return members, theme_of
    a, b, v = sim.row[ok], sim.col[ok], sim.data[ok]
    keep = _unit_cosines((cent @ sparse.diags(words.astype(np.float64))).tocsr(), a, b) >= (
        MERGE_WORD_SHARE * threshold - _EPS)
    member_links = (member @ (links != 0).astype(np.float64) @ member.T).tocsr()
    keep &= np.asarray(member_links[a, b]).ravel() > 0
    a, b, v = a[keep], b[keep], v[keep]
    target = np.arange(t_n)
    used = np.zeros(t_n, dtype=bool)
    for k in np.lexsort((b, a, -v)).tolist():  # most similar first; ties by theme numbers (deterministic)
        if used[a[k]] or used[b[k]]:
            continue
        used[a[k]] = used[b[k]] = True
        target[b[k]] = a[k]
    new_of = target[theme_of]
    out: list[list[int]] = [[] for _ in range(t_n)]
    for i in sorted(range(n), key=lambda i: order_rank[i]):
        out[new_of[i]].append(i)
    return _without_empty_themes(out, new_of)


def statement_keys(texts: Sequence[str], profile: Profile) -> tuple[list[str], list[list[str]], list[set[str]]]:
    """Each point's head clause and the clauses of its first sentence, as :func:`_adopt_stated_heads` compares them.

    A point is read where its profile reads it (:func:`_read_from`: past a framing clause, from a measure clause);
    each clause of its first sentence is taken in its comparison form (:func:`clause_key`: content characters, no
    closing verdict frame such as ``的问题依然突出``, no opening modal). The head clause is the first; a key shorter
    than :data:`CLAUSE_MIN` or longer than :data:`CLAUSE_MAX` content characters is ``""`` (a head) or left out
    (the clauses): a word, or a clause no two essays write alike. A clause that lists (``、``: ``服务观念不强、办事效率
    不高``) states several faults: its key is also in the third list, whose keys are compared whole only.

    Returns:
        ``(heads, clauses, listed)``, parallel to ``texts``. Linear in the texts' length.
    """
    heads: list[str] = []
    clauses: list[list[str]] = []
    listed: list[set[str]] = []
    for text in texts:
        sentence = simplified_view(_first_sentence(_read_from(text, profile), limit=120)).translate(ASCII_LOWER)
        parts = _CLAUSE_SPLIT.split(sentence)
        keys = [clause_key(c) for c in parts]
        keys = [k if CLAUSE_MIN <= len(k) <= CLAUSE_MAX else "" for k in keys]
        heads.append(keys[0] if keys else "")
        clauses.append([k for k in dict.fromkeys(keys) if k])
        listed.append({k for k, c in zip(keys, parts) if k and "、" in c})
    return heads, clauses, listed


#: Most points :func:`_adopt_stated_heads` keeps per stated clause (the most central first): a clause that many
#: points state is looked up in bounded time.
STATED_BUCKET = 32


def _adopt_stated_heads(members: list[list[int]], theme_of: np.ndarray, texts: Sequence[str],
                        essays: Sequence[int], profile: Profile, order_rank: np.ndarray
                        ) -> tuple[list[list[int]], np.ndarray]:
    """Moves into another essay's theme each point whose head clause that theme's point states as a whole clause.

    Chinese problem statements open with the fault, then elaborate it (``基层负担过重的问题依然突出，文件多、会议多、
    检查考核多，…``); another essay may state the same fault as one clause of a longer point
    (``…，台账报表名目繁多，基层负担过重，…``). The elaboration dilutes the cosine of the two points, so the leader pass
    can leave the first alone in a theme of its own essay while its fault is the other's theme. A point joins such a
    theme when its head clause (:func:`statement_keys`) equals a clause of a member of another essay, or one of the
    two is the other with modifiers before it (a Chinese phrase ends in its head: ``农村人才流失严重`` states
    ``人才流失严重``; not a list, ``服务观念不强、办事效率不高``: several faults), both of at least :data:`CLAUSE_MIN`
    content characters. Only a point whose theme holds no
    other essay's point moves (a theme of several essays already has its shared words), never into a theme that holds
    a point of its own essay; among several themes the one of most essays, then most points, then the first. Points
    are taken in the leader order (``order_rank``); a theme that has taken a point no longer gives one away.

    Args:
        members: point positions per theme (in ``order_rank`` order).
        theme_of: each point's theme (``members`` inverted).
        texts: the points' texts; ``essays``: each point's essay, parallel.
        profile: how the points are read (:data:`PROFILES`).
        order_rank: each point's rank in the leader order.

    Returns:
        ``(members, theme_of)`` after the moves, empty themes dropped. Each key's suffixes of :data:`CLAUSE_MIN` to
        :data:`CLAUSE_MAX` characters are looked up once, each holding at most :data:`STATED_BUCKET` points: linear
        in the texts' length.
    """
    n = len(texts)
    if len(members) < 2:
        return members, theme_of
    heads, clauses, listed = statement_keys(texts, profile)
    whole: dict[str, list[int]] = {}  # clause -> points that state it as a whole clause
    tail: dict[str, list[int]] = {}  # a clause's proper suffix (the clause less modifiers before it) -> its points
    for i in sorted(range(n), key=lambda i: order_rank[i]):  # (the most central points kept in a full bucket)
        for k in clauses[i]:
            bucket = whole.setdefault(k, [])
            if len(bucket) < STATED_BUCKET:
                bucket.append(i)
            for s in range(1, 0 if k in listed[i] else len(k) - CLAUSE_MIN + 1):  # (a list: no modifiers)
                bucket = tail.setdefault(k[s:], [])
                if len(bucket) < STATED_BUCKET and (not bucket or bucket[-1] != i):
                    bucket.append(i)
    theme_essays = [set() for _ in members]
    for t, ms in enumerate(members):
        theme_essays[t].update(essays[i] for i in ms)
    size = [len(ms) for ms in members]  # (a point moved away stays in its former list until the end: no rebuild a move)
    moved = False
    for i in sorted(range(n), key=lambda i: order_rank[i]):
        h = heads[i]
        own = int(theme_of[i])
        if not h or theme_essays[own] != {essays[i]}:
            continue
        found: list[int] = list(tail.get(h, ()))  # points whose clause is the head with modifiers before it
        for s in range(0, 1 if h in listed[i] else len(h) - CLAUSE_MIN + 1):  # a whole clause: the head or its tail
            found.extend(whole.get(h[s:], ()))
        best: tuple[int, int, int] | None = None
        for j in found:
            t = int(theme_of[j])
            if t == own or essays[j] == essays[i] or essays[i] in theme_essays[t]:
                continue
            key = (-len(theme_essays[t]), -size[t], t)
            if best is None or key < best:
                best = key
        if best is None:
            continue
        t = best[2]
        members[t].append(i)
        theme_of[i] = t
        size[t] += 1
        size[own] -= 1
        theme_essays[t].add(essays[i])
        theme_essays[own] = {essays[i]} if size[own] else set()  # (own held points of i's essay alone)
        moved = True
    if not moved:
        return members, theme_of
    now = theme_of.tolist()
    members = [sorted((p for p in ms if now[p] == t), key=lambda p: order_rank[p]) for t, ms in enumerate(members)]
    return _without_empty_themes(members, theme_of)


#: What stands for each character of a generic word read away (:func:`_generic_links`): no content character, no
#: space and no clause break, so that the clauses keep their lengths (a first clause of four characters stays one).
_BLANK = "・"


@lru_cache(maxsize=1)
def _generic_link_pattern() -> re.Pattern[str]:
    """One alternation of ``resources/theme_predicates.txt``'s ``generic_link`` words (``投资`` ``发展`` ``问题``…)
    and of the longer topic and synonym words that hold one (``工作者`` ``工作人员`` ``工作力量``: personnel), longest
    first: a match that is no generic word (:func:`_generic_links` keeps it) is a whole word of its own.

    Raises:
        ResourceError: the file is missing, undecodable or lacks the group.
    """
    generic = set(_theme_predicates("generic_link"))
    longer = {w for words in topics().values() for w in words} | set(_synonym_pattern()[1])
    words = sorted(generic | {w for w in longer if len(w) > 2 and any(g in w for g in generic)},
                   key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


def _generic_links(full: sparse.csr_matrix, texts: Sequence[str], profile: Profile | None,
                   kept: sparse.csr_matrix, vocab: Mapping[str, int],
                   pairs: Sequence[tuple[int, int]]) -> sparse.csr_matrix:
    """The links of ``full`` (the similarity graph, CSR ``(n, n)``) that rest on generic words only: a symmetric 0/1
    CSR ``(n, n)`` matrix holding 1 at each such pair. A pair ``(i, j)`` is such a link when point ``i`` holds a
    ``generic_link`` word of ``resources/theme_predicates.txt`` (:func:`_generic_link_pattern`: ``投资`` ``发展``
    ``问题``…) and more than such words (a character feature is left when they are blanked), and none of its
    features left with them blanked (its :func:`weighted_features` read again with each such word's characters
    replaced by :data:`_BLANK`: the word's characters, the bigrams that hold them and a topic found only through
    it are gone; a bigram across the word's edge, ``作多`` of ``工作多``, stays: the phrase goes on) is a feature ``j`` holds in the product outside its own such words (``kept``; ``vocab``: feature
    -> column; a lone character counts a quarter, a bigram or a topic one, and the pair needs 1): every feature
    the two share comes from such a word on one side at least (``解决投资投机带来的非住家
    需求`` / ``规划投资管理``: 投资; / ``抓好流动资金管理``: the *funding* topic, which 投资 carries on one side). A
    point that holds nothing but such words is about them: all its features count. Neighbours (``pairs``, :func:`adjacent_pairs`) keep theirs. One pass of one
    alternation over the texts, one :func:`weighted_features` pass over the points that hold such a word, and one
    sparse product of those points' rows: linear in the points and their links."""
    n = full.shape[0]
    pattern = _generic_link_pattern()
    views = simplified_view("\n".join(t.replace("\n", " ") for t in texts)).split("\n")
    rows = [i for i, v in enumerate(views) if pattern.search(v) is not None]
    empty = sparse.csr_matrix((n, n))
    if not rows or full.nnz == 0:
        return empty
    generic = frozenset(_theme_predicates("generic_link"))
    rows = [i for i in rows if any(m.group() in generic for m in pattern.finditer(views[i]))]
    if not rows:
        return empty
    blanked = [pattern.sub(lambda m: _BLANK * len(m.group()) if m.group() in generic else m.group(), views[i])
               for i in rows]
    width = kept.shape[1]
    has = (kept != 0).astype(np.float64).tocsr()
    r_rows: list[int] = []
    r_cols: list[int] = []
    name = list(vocab)  # (column -> feature: vocab keeps its insertion order)
    for i, grams in zip(rows, weighted_features(blanked, profile)):
        own = set(has.indices[has.indptr[i]:has.indptr[i + 1]].tolist())
        cols = [vocab[g] for g in grams if g in vocab and vocab[g] in own]
        # a bigram across the edge of a generic word (作多 of 工作多) is the phrase going on: it stays
        inner = {m.group()[k:k + 2] for m in pattern.finditer(views[i]) if m.group() in generic
                 for k in range(len(m.group()) - 1)}
        cols.extend(c for c in own if c < len(name) and len(name[c]) == 2 and not name[c].startswith(TOPIC_PREFIX)
                    and name[c] not in inner and name[c] not in grams)
        # a whole clause (:data:`CLAUSE_PREFIX`) with content beyond its generic words stays: the blanking rewrote
        # its feature (``年轻教师留不住的问题十分突出``: 问题 is generic), not what the clause says
        cols.extend(c for c in own if c < len(name) and name[c].startswith(CLAUSE_PREFIX)
                    and len(pattern.sub("", name[c][1:])) >= 4
                    and name[c] not in grams)
        if not any(not g.startswith(TOPIC_PREFIX) for g in grams if g in vocab and vocab[g] in own):
            continue  # nothing but generic words: the point is about them
        r_rows.extend([i] * len(cols))
        r_cols.extend(cols)
    apply = sorted(set(r_rows))
    if not apply:
        return empty
    # a lone character weighs 1/2 on each side (a quarter when shared): a link needs a shared bigram or topic
    # outside the generic words, or four lone characters (投 of 投机 and of 投资 is none)
    weight = np.ones(width)
    for g, col in vocab.items():
        if col < width and len(g) == 1:
            weight[col] = 0.5
    rest = sparse.csr_matrix((weight[np.asarray(r_cols, dtype=np.int64)], (r_rows, r_cols)), shape=(n, width))
    keep = np.ones(n)
    keep[apply] = 0.0
    every = (sparse.diags(keep) @ (has @ sparse.diags(weight)) + rest).tocsr()  # without the generic words
    shared = (rest @ every.T).tocsr()  # (i, j): what both hold outside their generic words
    shared.data[shared.data < 1.0 - _EPS] = 0.0
    shared.eliminate_zeros()
    sel = np.zeros(n)
    sel[apply] = 1.0
    linked = sparse.diags(sel) @ (full != 0).astype(np.float64)
    bad = (linked - linked.multiply(shared != 0)).tocsr()
    if pairs:
        near = sparse.csr_matrix((np.ones(2 * len(pairs)), ([a for a, b in pairs] + [b for a, b in pairs],
                                                            [b for a, b in pairs] + [a for a, b in pairs])),
                                 shape=(n, n))
        bad = (bad - bad.multiply(near != 0)).tocsr()
    bad.eliminate_zeros()
    return ((bad + bad.T) != 0).astype(np.float64).tocsr()


#: Fewest subject terms (:func:`subject_terms`) two essays share to be of one subject (:func:`_cross_subject_links`):
#: one or two are a generic word (``服务`` of ``护理服务`` / ``养老服务``); chosen on the tuned collections (1: 0.785,
#: 2: 0.783, 3: 0.791, 4: 0.774).
SUBJECT_SHARED_TERMS = 3
#: Share of the threshold that the words alone (characters and bigrams, no topic) of two points of essays on two
#: subjects must reach for :func:`_cross_subject_links` to keep their link (theme40: ``护理人员数量少`` /
#: ``护理员队伍不稳定`` share 护理 and 人员's topic; at the whole threshold the link was cut). Chosen on the tuned rows
#: (0.33–0.5 equal, 0.25 and 1.0 lower).
SUBJECT_WORD_SHARE = 0.4
#: Pairs of points :func:`_cross_subject_links` compares at once (its memory is this many pairs' rows).
_PAIR_CHUNK = 50_000
#: Most cells (essays × essays, 8 bytes each) of the table of shared subject terms of :func:`_cross_subject_links`:
#: 1,000,000 covers 1,000 essays (the service's ``max_essays`` is 500); past it the terms are compared link by link.
_SHARED_TERMS_DENSE = 1_000_000


def _cross_subject_links(full: sparse.csr_matrix, kept: sparse.csr_matrix, vocab: Mapping[str, int],
                         essays: Sequence[int], subjects: Sequence[Iterable[str]],
                         threshold: float) -> sparse.csr_matrix:
    """The links of ``full`` (the similarity graph, CSR ``(n, n)``) that join two essays on different subjects
    through topics: a symmetric 0/1 CSR ``(n, n)`` matrix holding 1 at each pair ``(i, j)`` whose characters and
    bigrams alone do not reach :data:`SUBJECT_WORD_SHARE` × ``threshold`` (the cosine of the product's rows, ``kept``, over its columns without
    the ``#topic`` ones, named by ``vocab``: the topics gave the link) and whose essays (``essays[i]``, indices
    into ``subjects``) share fewer than :data:`SUBJECT_SHARED_TERMS` subject terms (:func:`subject_terms`). A topic
    is a category of the field (*personnel*, *funding*): in an essay on nursing ``加强护理队伍建设`` and in one
    on vocational schools ``加强师资培养`` both ask for staff, but for two different things, and a theme of both,
    labelled by one, misleads; in one collection on one subject the essays share its terms and the topic links as
    before. An essay without subject terms shares with every essay. Row-wise products over the links of points of
    two essays, :data:`_PAIR_CHUNK` at a time: linear in the links, memory bounded by the chunk."""
    n = full.shape[0]
    empty = sparse.csr_matrix((n, n))
    has_terms = np.zeros(len(subjects), dtype=bool)
    term_col: dict[str, int] = {}
    s_rows: list[int] = []
    s_cols: list[int] = []
    for k, terms in enumerate(subjects):
        for t in set(terms):
            s_rows.append(k)
            s_cols.append(term_col.setdefault(t, len(term_col)))
            has_terms[k] = True
    if full.nnz == 0 or has_terms.sum() < 2:
        return empty
    topic_col = np.zeros(kept.shape[1])
    for g, c in vocab.items():
        if c < kept.shape[1] and g.startswith(TOPIC_PREFIX):
            topic_col[c] = 1.0
    if not topic_col.any():
        return empty
    # the candidate pairs first (each link once, two essays that both have terms), then, chunk by chunk, those whose
    # essays share too few terms, then those whose words alone do not reach the threshold
    coo = sparse.triu(full, k=1).tocoo()
    ess = np.asarray(essays, dtype=np.int64)
    ei, ej = ess[coo.row], ess[coo.col]
    keep = (ei != ej) & has_terms[ei] & has_terms[ej]
    rows, cols, ei, ej = coo.row[keep], coo.col[keep], ei[keep], ej[keep]
    if len(rows) == 0:
        return empty
    terms_of = sparse.csr_matrix((np.ones(len(s_rows)), (s_rows, s_cols)), shape=(len(subjects), len(term_col)))
    words = _times_diagonal(kept, 1.0 - topic_col)
    words.eliminate_zeros()
    norm = np.sqrt(np.asarray(words.multiply(words).sum(axis=1)).ravel())
    bad = np.zeros(len(rows), dtype=bool)
    # the terms two essays share, counted once per pair of essays (a dense essays × essays table of at most
    # _SHARED_TERMS_DENSE cells) rather than once per link from each link's two rows of terms: the same counts
    # (sums of 1.0 × 1.0), no chunk of 50,000 links × an essay's terms held twice over (speed41: 72 MiB on the
    # 158 essays of examples/essay.txt repeated to 100,000 characters)
    shared = ((terms_of @ terms_of.T).toarray() if len(subjects) ** 2 <= _SHARED_TERMS_DENSE else None)
    for a in range(0, len(rows), _PAIR_CHUNK):
        b = slice(a, a + _PAIR_CHUNK)
        if shared is not None:
            common = shared[ei[b], ej[b]]
        else:
            common = np.asarray(terms_of[ei[b]].multiply(terms_of[ej[b]]).sum(axis=1)).ravel()
        apart = np.flatnonzero(common < SUBJECT_SHARED_TERMS) + a
        if len(apart) == 0:
            continue
        dot = np.asarray(words[rows[apart]].multiply(words[cols[apart]]).sum(axis=1)).ravel()
        cos = dot / np.maximum(norm[rows[apart]] * norm[cols[apart]], 1e-12)
        bad[apart] = cos < SUBJECT_WORD_SHARE * threshold - _EPS
    if not bad.any():
        return empty
    out = sparse.csr_matrix((np.ones(int(bad.sum())), (rows[bad], cols[bad])), shape=(n, n))
    return ((out + out.T) != 0).astype(np.float64).tocsr()


def _without_empty_themes(members: list[list[int]], theme_of: np.ndarray) -> tuple[list[list[int]], np.ndarray]:
    """``(members, theme_of)`` with the themes that lost every member dropped and the others renumbered in order
    (``members``: each theme's point positions; ``theme_of``: ``(n,)`` int64, each point's theme); both returned as
    they are when no theme is empty."""
    if all(members):
        return members, theme_of
    renumber = np.cumsum([bool(ms) for ms in members]) - 1
    return [ms for ms in members if ms], renumber[theme_of]


def _leader(sim: sparse.csr_matrix, self_dot: np.ndarray, order: Sequence[int], threshold: float,
            essays: Sequence[int], same_essay_margin: float) -> np.ndarray:
    """Leader clustering with centroid linkage over a sparse similarity graph (module docstring): the theme of each
    unit (row of ``sim``), numbered in order of creation. ``self_dot``: each unit's squared norm over the features
    in the product; ``order``: the visiting order; ``essays``: each unit's essay (the same-essay margin)."""
    if sim.nnz > _LEADER_PLAIN_NNZ:
        return _leader_numpy(sim, self_dot, order, threshold, essays, same_essay_margin)
    n = sim.shape[0]
    theme_of = [-1] * n
    theme_essays: list[set[int]] = []
    norms2: list[float] = []  # |Σ x_j|² of each theme, kept up to date from the similarity rows
    # Python floats and lists: numpy's per-call overhead would dominate a row of a few neighbours. The per-theme sums
    # add the row's entries in stored order from 0.0, as np.bincount does, so every value is the same.
    indptr, indices, data = sim.indptr.tolist(), sim.indices.tolist(), sim.data.tolist()
    dot_of = self_dot.tolist()
    limit = threshold - _EPS
    for i in order:
        dots: dict[int, float] = {}  # x_i · Σ_{j in t} x_j for every theme t of a neighbour
        linked: set[int] = set()  # themes with a member at least threshold-similar
        for k in range(indptr[i], indptr[i + 1]):
            t = theme_of[indices[k]]
            if t >= 0:
                w = data[k]
                dots[t] = dots.get(t, 0.0) + w
                if w >= limit:
                    linked.add(t)
        best, best_cos, best_dot = -1, -1.0, 0.0
        for t in sorted(linked):
            cos = dots[t] / math.sqrt(norms2[t]) if norms2[t] > 0 else 0.0
            if essays[i] in theme_essays[t]:  # the essay lists this point apart from one already there
                cos -= same_essay_margin
            if cos > best_cos + 1e-12 or (abs(cos - best_cos) <= 1e-12 and t < best):
                best, best_cos, best_dot = t, cos, dots[t]
        if best < 0 or best_cos < limit:
            best, best_dot = len(norms2), 0.0
            theme_essays.append(set())
            norms2.append(0.0)
        theme_essays[best].add(essays[i])
        norms2[best] += 2.0 * best_dot + dot_of[i]
        theme_of[i] = best
    return np.asarray(theme_of, dtype=np.int64)


#: Similarity graphs with more stored entries than this are clustered by :func:`_leader_numpy` (long rows: numpy's
#: per-row work is cheaper than Python's per-entry work, and the graph is not copied into Python lists).
_LEADER_PLAIN_NNZ = 20_000


def _leader_numpy(sim: sparse.csr_matrix, self_dot: np.ndarray, order: Sequence[int], threshold: float,
                  essays: Sequence[int], same_essay_margin: float) -> np.ndarray:
    """:func:`_leader` with numpy per row (the same themes: each theme's sum by ``np.bincount`` in stored order).

    A row's sums are counted over the theme numbers themselves while there are few themes for the row's length (at
    most :data:`_DIRECT_BINS` per stored entry, plus 64), else over the row's distinct themes (``np.unique``: a sort
    a row); either way each row costs O(its entries + the bins counted), linear in the graph's entries overall. The
    themes the row reaches at the threshold are then compared in Python floats, in ascending theme number."""
    n = sim.shape[0]
    theme_of = np.full(n, -1, dtype=np.int64)
    theme_essays: list[set[int]] = []
    norms2: list[float] = []
    indptr, indices, data = sim.indptr.tolist(), sim.indices, sim.data
    dot_of = self_dot.tolist()
    limit = threshold - _EPS
    for i in order:
        lo, hi = indptr[i], indptr[i + 1]
        th = theme_of[indices[lo:hi]]
        placed = th >= 0
        best, best_cos, best_dot = -1, -1.0, 0.0
        if placed.any():
            th, w = th[placed], data[lo:hi][placed]
            if len(norms2) <= _DIRECT_BINS * len(th) + 64:  # themes numbered 0 … len(norms2) - 1
                dots = np.bincount(th, weights=w, minlength=len(norms2)).tolist()
                linked = np.unique(th[w >= limit]).tolist()  # (ascending theme numbers)
            else:
                themes, inverse = np.unique(th, return_inverse=True)
                sums = np.bincount(inverse, weights=w).tolist()
                numbers = themes.tolist()
                dots = dict(zip(numbers, sums))
                linked = [numbers[k] for k in np.unique(inverse[w >= limit]).tolist()]
            for t in linked:
                cos = dots[t] / math.sqrt(norms2[t]) if norms2[t] > 0 else 0.0
                if essays[i] in theme_essays[t]:
                    cos -= same_essay_margin
                if cos > best_cos + 1e-12 or (abs(cos - best_cos) <= 1e-12 and t < best):
                    best, best_cos, best_dot = t, cos, dots[t]
        if best < 0 or best_cos < limit:
            best, best_dot = len(norms2), 0.0
            theme_essays.append(set())
            norms2.append(0.0)
        theme_essays[best].add(essays[i])
        norms2[best] += 2.0 * best_dot + dot_of[i]
        theme_of[i] = best
    return theme_of


#: Bins per stored entry of a row up to which :func:`_leader_numpy` counts a row's sums over every theme number.
_DIRECT_BINS = 4


def label_of(text: str) -> str:
    """A theme label from a point's text: its first clause when that has four or more characters, else the text.
    A clause is ended by ``，,；;：:。！？!?`` — not by the enumeration comma ``、``, which lists the parts of one
    clause (``与工商、网信、网安等多部门建立…``)."""
    for k, ch in enumerate(text):
        if ch in _CLAUSE_BREAKS:
            head = text[:k].strip()
            return head if len(head) >= 4 else text.strip()
    return text.strip()


#: Most characters of a run-in heading (``观念引领：加强道德规范`` ``主体认定：…``) that :func:`heading_and_clause`
#: reads together with the first clause after it.
RUN_IN_HEADING_MAX = 8


def heading_and_clause(text: str) -> str:
    """The clause of ``text`` whose words a point is compared by: :func:`label_of`'s first clause, and, when that
    clause is a short run-in heading ended by a colon (at most :data:`RUN_IN_HEADING_MAX` characters:
    ``观念引领：加强道德规范，开展…`` ``协同共治：平台治理为主…``), the heading and the first clause after it (``观念引领
    加强道德规范``): the heading names the point's kind in a few words, its clause says what it is. Linear in the
    characters read (two clauses at most)."""
    head = label_of(text)
    n = len(head)
    k = len(text) - len(text.lstrip()) + n
    if n > RUN_IN_HEADING_MAX or head == text.strip() or k >= len(text) or text[k] not in "：:":
        return head
    rest = text[k + 1:]
    return head + " " + label_of(rest) if rest.strip() else head


#: A first clause that only frames the point — the angle or the level it speaks from, ending in 角度 视角 层面 方面
#: 维度 (``从数据安全的角度来看，…`` ``产业生态建设层面，…`` ``就制度层面而言，…``): it names no problem or measure.
#: Without an opening preposition (从 在 就 站在 对) the frame is short (at most 10 characters before its frame
#: word): ``期刊围绕管理、创新等方面，为业界提供…`` is a clause with its own verb.
_FRAME = re.compile(r"\s*(?:(?:从|在|就|站在|对于|对)[^，,：:；;。！？!?]{0,22}?|[^，,：:；;。！？!?]{0,10}?)"
                    r"(?:角度|视角|层面|方面|维度)(?:上|来看|看来|来说|而言|讲|看)?\s*[，,：:]")


def frame_end(text: str) -> int:
    """Where a point starts after a first clause that only frames it, in characters of ``text``: an angle or a level
    (:data:`_FRAME`), a short time (:func:`_time_frame`: ``撤并之后，`` — two points that open with the same time
    are not one theme for it, and the time is no label), or connectives only (:func:`_connective_only`, at most
    :data:`_CONNECTIVE_CLAUSE_MAX` characters: ``尽管如此，`` ``相比之下，`` ``长期以来，`` ``也就是说，`` — a
    concession, contrast, time span or restatement that links the point to what came before and says nothing of
    it), or an opening of evidence, concession, purpose or scope (:func:`_opening_frames`: ``事实证明，``
    ``这表明…`` ``虽然…，`` ``为解决…，`` ``在受访者中，``); 0 when its first clause is none of these or nothing follows
    it. Reads the first 40 characters (Simplified view)."""
    view = simplified_view(text[:40])
    m = _FRAME.match(view) or _time_frame().match(view) or _opening_frames().match(view)
    if m is None:
        c = _CLAUSE_END.search(view, 0, _CONNECTIVE_CLAUSE_MAX + 1)
        m = c if c is not None and _connective_only(view[:c.start()]) else None
    return _skip_space(text, m.end()) if m and _RUN.search(text, m.end()) else 0


@lru_cache(maxsize=1)
def _label_frame_pattern() -> re.Pattern[str]:
    """A first clause that opens with a word of ``resources/theme_frames.txt``'s ``label_frame`` group (``在``
    ``随着`` ``对于``…) and ends at its clause break (``，,：:；;``), at most :data:`_LABEL_FRAME_MAX` characters;
    Simplified view, bounded, so linear.

    Raises:
        ResourceError: the file is missing, undecodable or lacks the group.
    """
    words = aspects.word_groups("theme_frames.txt", "theme frames").get("label_frame")
    if not words:
        raise ResourceError("theme_frames.txt has no [label_frame] group")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(f"\\s*(?:{alternation})[^，,：:；;。！？!?]{{1,{_LABEL_FRAME_MAX}}}?[，,：:；;]")


_CLAUSE_BREAK_RE = re.compile(r"[，,：:；;。！？!?]")
@lru_cache(maxsize=1)
def _label_frame_initials() -> frozenset[str]:
    """The first characters of the ``label_frame`` words (:func:`label_start` reads no further without one)."""
    return frozenset(w[0] for w in aspects.word_groups("theme_frames.txt", "theme frames").get("label_frame") or ())


@lru_cache(maxsize=1)
def _label_frame_parts() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """What :func:`label_start` reads with: :func:`_label_frame_pattern`; one alternation of the cue words of
    ``resources/cues.txt`` (shortcoming predicates, modals, imperative verbs: :func:`_cue_patterns`); the
    ``label_frame_end`` words of ``resources/theme_frames.txt``.

    Raises:
        ResourceError: a file is missing, undecodable or lacks a group.
    """
    predicates, _ = _cue_patterns()
    cue = re.compile(f"{predicates.pattern}|{_modal()}|{aspects.cue_pattern('imperative').pattern}")
    circumstance = aspects.word_groups("theme_frames.txt", "theme frames").get("label_frame_end")
    if not circumstance:
        raise ResourceError("theme_frames.txt has no [label_frame_end] group")
    return _label_frame_pattern(), cue, tuple(circumstance)


#: Longest first clause of place or circumstance, in characters after its opening word, that :func:`label_start`
#: skips.
_LABEL_FRAME_MAX = 24


def label_start(text: str, view: str | None = None) -> int:
    """Where a theme's label starts in a point's ``text`` (characters): past first clauses of place or circumstance
    — one opening with a ``label_frame`` word (``在私营房屋市场，`` ``随着…，`` ``对于…来说，``:
    :func:`_label_frame_pattern`) that holds no cue word of ``resources/cues.txt`` (no shortcoming predicate, modal
    or imperative verb: :func:`_cue_patterns`; ``在资金上投入不足，`` is the point itself), or one of circumstance
    that does (opening or ending with a ``label_frame_end`` word: ``随着老龄化加剧，`` ``在贫富悬殊加剧底下，``) when
    the clause after it holds a cue word too — when four or more
    content characters follow; else 0. A label names the thing and its fault or measure (``闲置的单位不少``), not
    where or when it holds. At most two such clauses are skipped; reads the first 60 characters (Simplified view;
    ``view``: that of ``text``, when the caller has it)."""
    view = simplified_view(text[:60]) if view is None else view[:60]
    frame, cue, circumstance = _label_frame_parts()
    if view[_skip_space(view, 0):][:1] not in _label_frame_initials():
        return 0
    k = 0
    for _ in range(2):
        m = frame.match(view, k)
        if m is None:
            break
        clause = view[k:m.end()]
        rest = _skip_space(view, m.end())
        if len("".join(_RUN.findall(view[rest:]))) < 4:
            break
        if cue.search(clause):  # a circumstance (``随着…加剧，`` ``在…底下，``) is skipped for a cued clause after it
            body = clause.strip().rstrip("，,：:；;").strip()
            nxt = _CLAUSE_BREAK_RE.search(view, rest)
            if not (any(body.startswith(w) or body.endswith(w) for w in circumstance)
                    and cue.search(view[rest:nxt.start() if nxt else len(view)])):
                break
        k = rest
    return k


@lru_cache(maxsize=1)
def _verdict_pattern() -> re.Pattern[str]:
    """``的`` + a ``verdict_head`` noun + an optional ``verdict_degree`` adverb + a ``verdict`` word of
    ``resources/theme_frames.txt`` at the end of a clause (``的问题十分突出``); Simplified view, no unbounded
    repetition, so linear.

    Raises:
        ResourceError: the file is missing, undecodable or lacks a group.
    """
    groups = aspects.word_groups("theme_frames.txt", "theme frames")
    parts = []
    for name in ("verdict_head", "verdict_degree", "verdict"):
        words = groups.get(name)
        if not words:
            raise ResourceError(f"theme_frames.txt has no [{name}] group")
        parts.append("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    return re.compile(f"的(?:{parts[0]})(?:{parts[1]})?(?:{parts[2]})\\s*$")


def without_verdict(clause: str) -> str:
    """``clause`` without the verdict frame that closes it (:func:`_verdict_pattern`: ``年轻教师留不住的问题十分突出``
    -> ``年轻教师留不住``): the frame judges the point, the words before it are the point. Offsets in ``clause``
    (Simplified view, one character for one); the clause as it is when the frame is absent or fewer than four
    content characters would be left. One anchored search, linear."""
    m = _verdict_pattern().search(simplified_view(clause))
    if m is None or len("".join(_RUN.findall(clause[:m.start()]))) < 4:
        return clause
    return clause[:m.start()]


def bare_label(label: str) -> str:
    """A theme label without the connectives and the modal that open it (``同时，要加大…培训`` ``建议加大…力度`` ->
    ``加大…培训`` ``加大…力度``) and without a hedging quantifier after them (:func:`_hedge`: ``一些居民分类意识不强``
    -> ``居民分类意识不强``): they say how the source links or proposes the point, or how many hold it, not what it
    is. A modal
    character inside a word (``应急物资储备不足``, ``要素市场``: ``resources/cues.txt``'s ``modal_exclusion``) is kept;
    so is the label when fewer than four content characters would be left. Offsets in the label, linear."""
    view = simplified_view(label)
    connective, modal = _generic_pattern("connective", "time_frame"), _opening_modal()
    exclusion = aspects.cue_pattern("modal_exclusion")
    k = 0
    while True:
        k = _skip_punct(view, k)
        m = connective.match(view, k)
        if m is None and exclusion.match(view, k) is None:
            m = modal.match(view, k)
        if m is None or m.end() == k:
            break
        k = m.end()
    k = _skip_punct(view, k)
    h = _hedge().match(view, k)
    if h is not None and len("".join(_RUN.findall(view[h.end():]))) >= 4:
        k = h.end()  # 一些居民分类意识不强 -> 居民分类意识不强: how many hold the fault is no part of it
    rest = without_verdict(label[k:])
    return rest if len("".join(_RUN.findall(rest))) >= 4 else label


@lru_cache(maxsize=1)
def _hedge() -> re.Pattern[str]:
    """A hedging quantifier of ``resources/theme_frames.txt``'s ``hedge`` group (``一些`` ``部分`` ``个别`` ``有的``)
    that is not the start of a word of its ``hedge_exclusion`` group (``有的放矢`` ``少数民族``), with the spaces
    after it; Simplified view. Bounded alternations: linear.

    Raises:
        ResourceError: theme_frames.txt is missing, undecodable or lacks the ``hedge`` group.
    """
    groups = aspects.word_groups("theme_frames.txt", "theme frames")
    if not groups.get("hedge"):
        raise ResourceError("theme_frames.txt has no [hedge] group")
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(set(ws), key=lambda w: (-len(w), w)))
    exclusion = groups.get("hedge_exclusion") or ()
    guard = f"(?!{alt(exclusion)})" if exclusion else ""
    return re.compile(f"{guard}(?:{alt(groups['hedge'])})\\s*")


def _skip_punct(text: str, k: int) -> int:
    """``k`` moved past spaces and clause punctuation (``，,：:、``) in ``text``."""
    while k < len(text) and (text[k].isspace() or text[k] in "，,：:、"):
        k += 1
    return k


#: Longest concessive first clause, in characters after its opening word, that :func:`frame_end` skips.
_CONCESSION_CLAUSE_MAX = 20


@lru_cache(maxsize=1)
def _opening_frames() -> re.Pattern[str]:
    """The openings of ``resources/theme_frames.txt`` that :func:`frame_end` skips besides angles and times, matched
    at the start of a Simplified view (bounded, so linear): an ``evidence`` opening, with or without its comma or
    colon (``事实证明，…`` ``这表明农村…``: how the point is known, or that it is an example); a concessive first
    clause (a ``concession`` word, at most :data:`_CONCESSION_CLAUSE_MAX` characters, its comma: ``虽然同是住屋问题，``)
    or one of purpose (a ``purpose`` opening likewise: ``为解决这种困境，``: what the point is for, not what it is);
    a ``scope`` clause (``在`` + at most :data:`_TIME_CLAUSE_MAX` characters + a ``scope`` word, its comma:
    ``在留守儿童中，``: among whom the point holds).

    Raises:
        ResourceError: the file is missing, undecodable or lacks one of the groups.
    """
    groups = aspects.word_groups("theme_frames.txt", "theme frames")
    alt = {}
    for name in ("evidence", "concession", "purpose", "scope"):
        if not groups.get(name):
            raise ResourceError(f"theme_frames.txt has no [{name}] group")
        alt[name] = "|".join(re.escape(w) for w in sorted(groups[name], key=lambda w: (-len(w), w)))
    clause = "[^，,：:；;。！？!?\\s]"
    return re.compile(f"\\s*(?:(?:{alt['evidence']})\\s*[，,：:]?"
                      f"|(?:{alt['concession']}|{alt['purpose']}){clause}{{1,{_CONCESSION_CLAUSE_MAX}}}\\s*[，,]"
                      f"|在{clause}{{1,{_TIME_CLAUSE_MAX}}}?(?:{alt['scope']})\\s*[，,：:])")


#: Longest first clause, in characters before its time word, that :func:`frame_end` reads as a time frame.
_TIME_CLAUSE_MAX = 10


@lru_cache(maxsize=1)
def _time_frame() -> re.Pattern[str]:
    """A short first clause that only sets a time, ending in a word of ``resources/theme_frames.txt``'s ``time``
    group (``撤并之后，`` ``疫情发生以来，``: at most :data:`_TIME_CLAUSE_MAX` characters before it), with its comma
    or colon. Matched at the start of a Simplified view; bounded, so linear.

    Raises:
        ResourceError: the file is missing, undecodable or has no ``time`` group.
    """
    words = aspects.word_groups("theme_frames.txt", "theme frames").get("time")
    if not words:
        raise ResourceError("theme_frames.txt has no [time] group")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(f"\\s*[^，,：:；;。！？!?\\s]{{1,{_TIME_CLAUSE_MAX}}}?(?:{alternation})\\s*[，,：:]")


#: Longest first clause, in characters, that :func:`frame_end` reads as connectives only.
_CONNECTIVE_CLAUSE_MAX = 8


def _connective_only(clause: str) -> bool:
    """Whether ``clause`` (Simplified) holds nothing but the connectives and time frames of
    ``resources/theme_generic.txt`` (``在此基础上`` ``同时`` ``尽管如此`` ``长期以来`` …; its ``connective`` and
    ``time_frame`` groups), spaces and punctuation."""
    return not _RUN.search(_generic_pattern("connective", "time_frame").sub(" ", clause))


def _frames_end(text: str) -> int:
    """Where a point is read from, in characters of ``text``: past a framing first clause (:func:`frame_end`), then
    past first clauses of place or circumstance (:func:`label_start`: ``在私营房屋市场，`` ``随着老龄化加剧，``)."""
    k = frame_end(text)
    return k + label_start(text[k:], simplified_view(text[k:k + 60]))


#: Most central members of a theme whose clauses are label candidates (:func:`theme_label`).
LABEL_MEMBERS = 5
#: Clauses of a member's first sentence read as label candidates (:func:`theme_label`).
LABEL_CLAUSES = 3
#: Longest run of words tried as a shared phrase (:func:`theme_label`).
LABEL_SPAN_WORDS = 6
#: What may stand between two words of one shared phrase (:func:`theme_label`): nothing, or a listing mark.
_SPAN_JOINS = frozenset({"", "、", "和", "与", "及"})


def _blank_same_length(m: re.Match[str]) -> str:
    """A match replaced by as many spaces (offsets kept), or kept whole when it is a kept word (``keep`` group of
    :func:`_generic_blank_pattern`)."""
    return m.group() if m.lastgroup == "keep" else " " * (m.end() - m.start())


#: A run of blanked characters or of other characters (:func:`_label_tokens`).
_BLANK_OR_NOT = re.compile(r" +|[^ ]+")


@lru_cache(maxsize=4096)
def _label_tokens(label: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The words of a theme label with a content form (the shared tokenizer's: stopwords, punctuation and numbers
    are none), ``(start, end, word, content)``: offsets in ``label`` (characters), ``word`` in comparison form
    (Simplified, NFKC, case-folded), ``content`` false for a word that says *that* something is a problem or a
    measure or how much, not what — an aspect cue word (a shortcoming predicate, else the modal and imperative verb
    that open a measure: :func:`_cue_patterns`), a generic verb, head or connective of
    ``resources/theme_generic.txt``, a word every field uses or a degree word (the ``generic_link`` and ``degree``
    groups of ``resources/theme_predicates.txt``: ``问题`` ``严重``) — unless the shortcoming predicate is all the
    label says (``形式主义突出``: ``形式主义``). Linear in the label."""
    source = simplified_view(label).translate(ASCII_LOWER)
    predicates, opening = _cue_patterns()
    stripped = predicates.sub(_blank_same_length, source)
    view = stripped if stripped != source else opening.sub(_blank_same_length, source, count=1)
    view = _generic_blank_pattern().sub(_blank_same_length, view)
    tokenizer, plain = get_tokenizer(), _plain_words()
    tokens: list[list[Any]] = []
    pos = 0
    for piece in tokenizer.tokens(source):
        start = source.find(piece, pos)
        pos = start + len(piece)
        if tokenizer.content_form(piece) is None:
            continue
        # a word that holds a cue word and more (``严重不足`` ``人员不足`` as one token) is read as its parts
        for m in _BLANK_OR_NOT.finditer(view, start, pos):
            word = tokenizer.content_form(source[m.start():m.end()])
            if word is not None:
                tokens.append([m.start(), m.end(), word, word not in plain and not m.group().isspace()])
    if not any(t[3] for t in tokens):  # the predicate is all the label says: its words count
        for t in tokens:
            t[3] = t[2] not in plain and stripped[t[0]:t[1]].isspace()
    return tuple((s, e, w, bool(c)) for s, e, w, c in tokens)


def label_words(label: str) -> tuple[tuple[int, int, str], ...]:
    """The content words of a theme label, ``(start, end, word)`` (:func:`_label_tokens`: offsets in ``label``,
    ``word`` in comparison form); one-character words only when the label has no longer one. Empty when nothing is
    left (``进一步加强``)."""
    words = [(s, e, w) for s, e, w, c in _label_tokens(label) if c]
    longer = [t for t in words if len(t[2]) >= 2]
    return tuple(longer or words)


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """The ``generic_link`` and ``degree`` words of ``resources/theme_predicates.txt`` (``问题`` ``发展``; ``严重``
    ``依然``), Simplified: no content word of a label."""
    return frozenset(_theme_predicates("generic_link")) | frozenset(_theme_predicates("degree"))


def _member_view(text: str) -> str:
    """A member point's text as :func:`label_words` compares it: Simplified, NFKC, case-folded."""
    return _normalize(simplified_view(text).translate(ASCII_LOWER))


def label_support(label: str, texts: Sequence[str]) -> int:
    """How many of ``texts`` (a theme's member points) hold every content word of ``label`` (:func:`label_words`)
    as written (Simplified view: a Traditional point holds a Simplified label's words): the members that say what the
    label says. A label with no content word (``进一步加强``) is held by the texts that hold its content characters
    as one string. Linear in the texts."""
    return _held(label, list(map(_member_view, texts)))


def _held(label: str, views: Sequence[str]) -> int:
    """:func:`label_support` over texts already read by :func:`_member_view`."""
    words = {w for _, _, w in label_words(label)} or {"".join(_RUN.findall(_member_view(label)))}
    return sum(all(w in v for w in words) for v in views)


@lru_cache(maxsize=1)
def _granted_clause() -> re.Pattern[str]:
    """A granted first clause, at most :data:`_CONCESSION_CLAUSE_MAX` characters, with its comma and the
    ``contrast`` word of ``resources/theme_frames.txt`` that opens the clause after it (``城市社区养老服务发展较快，
    但``), matched at the start of a Simplified view; bounded, so linear.

    Raises:
        ResourceError: theme_frames.txt is missing, undecodable or has no ``contrast`` group.
    """
    words = aspects.word_groups("theme_frames.txt", "theme frames").get("contrast")
    if not words:
        raise ResourceError("theme_frames.txt has no [contrast] group")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(f"\\s*[^，,：:；;。！？!?\\s]{{1,{_CONCESSION_CLAUSE_MAX}}}[，,]\\s*(?:{alternation})\\s*")


def contrast_end(text: str) -> int:
    """Where a label is read from in a point of the form "X，但Y": past the granted clause X and the contrast word
    (:func:`_granted_clause`), 0 when the point has no such opening or nothing follows it. In "X，但Y" the writer
    grants X (good news: ``城市社区养老服务近年来发展较快，但仍存在供需错位的问题``) and states the point in Y, so a
    theme's label names Y. Only labels read past it: the themes still compare the whole point. Reads the first 40
    characters (Simplified view)."""
    m = _granted_clause().match(simplified_view(text[:40]))
    return m.end() if m and _RUN.search(text, m.end()) else 0


def _label_clauses(text: str, profile: Profile) -> list[str]:
    """A member's label candidates: its label as a theme of its own (:func:`_label`), then the other clauses of its
    first sentence, read where its profile reads it, each without its opening connectives and modal
    (:func:`bare_label`), of four or more content characters; at most :data:`LABEL_CLAUSES`, in order."""
    read = _read_from(text, profile)
    read = read[contrast_end(read):]
    out = [bare_label(label_of(read))]  # (= _label(text, profile))
    read = _first_sentence(read, limit=120)
    for clause in re.split(r"[，,：:；;]", read):
        if len(out) >= LABEL_CLAUSES:
            break
        raw = clause.strip()
        clause = bare_label(raw)  # (its verdict frame too: :func:`_states_point` reads the clause with it)
        if len("".join(_RUN.findall(clause))) >= 4 and clause not in out and (_states_point(clause) or _states_point(raw)):
            out.append(clause)
    return out


def _plain_clauses(text: str, profile: Profile) -> list[str]:
    """A member's later clauses that :func:`_label_clauses` leaves out because they hold no cue (``乡村医生招不来``):
    each without its opening connectives, modal and verdict frame (:func:`bare_label`), of :data:`CLAUSE_MIN` to
    :data:`CLAUSE_MAX` content characters, in order, at most :data:`LABEL_CLAUSES`. Such a clause labels a theme
    only when more than half its members say it whole (:func:`theme_label`): the fault they share."""
    read = _first_sentence(_read_from(text, profile), limit=120)
    out: list[str] = []
    for clause in re.split(r"[，,：:；;]", read)[1:]:
        if len(out) >= LABEL_CLAUSES:
            break
        raw = clause.strip()
        clause = bare_label(raw)
        if CLAUSE_MIN <= len("".join(_RUN.findall(clause))) <= CLAUSE_MAX and not _states_point(raw):
            out.append(clause)
    return out


def _states_point(clause: str) -> bool:
    """Whether a later clause of a point states a problem or a measure, so that it may label its theme: it holds a
    shortcoming predicate, opens with a modal or an imperative verb (:func:`_cue_patterns`) or holds a generic verb
    of measures (``resources/theme_generic.txt``: ``加强`` ``推动``). A clause of scope, setting or consequence
    (``在留守儿童中`` ``随农村劳动力涌入城市而产生``) does not."""
    view = simplified_view(clause)
    predicates, opening = _cue_patterns()
    return bool(predicates.search(view) or opening.match(view) or _generic_pattern("verb").search(view))


#: Share of an aspect's points past which a word is the collection's own subject (``留守儿童`` in a collection on
#: left-behind children): a phrase of such words only labels no theme (:func:`theme_label`).
SUBJECT_SHARE = 1 / 3
#: Most points :func:`subject_words` counts a word in (every k-th point past it).
SUBJECT_SAMPLE = 2000


def subject_words(views: Sequence[str], topics: Sequence[str] = ()) -> Callable[[str], bool]:
    """A test of whether a word (comparison form) is the subject of a collection whose points of one aspect read
    ``views`` (:func:`_member_view`): it occurs at least :data:`SUBJECT_SHARE` × their number times (occurrences,
    counted in one joined string: C-speed, each word counted once; past :data:`SUBJECT_SAMPLE` points in every
    k-th point only, so that a word costs at most a fixed amount and the whole stays linear in the points; never
    for fewer than six points), or it is a word of at least two characters inside one of ``topics``, the
    collection's topic keyphrases in comparison form (:func:`collection_topics`: ``疫情防控`` in a collection of
    essays on epidemic control, whatever share of the points says it)."""
    step = -(-len(views) // SUBJECT_SAMPLE) if views else 1
    sample = views[::step]
    joined = "\n".join(sample)
    bar = SUBJECT_SHARE * len(sample)
    topic_joined = "\n".join(topics)
    seen: dict[str, bool] = {}

    def test(word: str) -> bool:
        if word not in seen:
            seen[word] = (len(views) >= 6 and joined.count(word) >= bar
                          or len(word) >= 2 and word in topic_joined)
        return seen[word]
    return test


#: Share of a collection's essays (and at least :data:`TOPIC_MIN_ESSAYS`) among whose first
#: :data:`TOPIC_KEYPHRASES` keyphrases a phrase must be to be the collection's topic (:func:`collection_topics`).
TOPIC_ESSAY_SHARE = 0.5
#: Fewest essays that make a keyphrase the collection's topic.
TOPIC_MIN_ESSAYS = 3
#: Keyphrases per essay read for the collection's topic.
TOPIC_KEYPHRASES = 10


def collection_topics(essays: Sequence[EssaySummary | Mapping[str, Any]]) -> tuple[str, ...]:
    """The collection's topic: the keyphrases (comparison form, :func:`_member_view`) that at least
    :data:`TOPIC_ESSAY_SHARE` of ``essays`` — and at least :data:`TOPIC_MIN_ESSAYS` — have among their first
    :data:`TOPIC_KEYPHRASES` (``疫情防控`` ``基层治理`` in seven essays on grassroots epidemic control). What every
    essay is about names no theme within the collection (:func:`theme_label`). Linear in the essays; empty for an
    essay without keyphrases (JSON data written without them)."""
    counts: dict[str, int] = {}
    for e in essays:
        seen = {_member_view(_get(k, "text") or "") for k in (_get(e, "keyphrases") or [])[:TOPIC_KEYPHRASES]}
        for text in seen:
            if text:
                counts[text] = counts.get(text, 0) + 1
    bar = max(TOPIC_MIN_ESSAYS, TOPIC_ESSAY_SHARE * len(essays))
    return tuple(sorted(t for t, c in counts.items() if c >= bar))


def theme_label(texts: Sequence[str], profile: Profile, *, views: Sequence[str] | None = None,
                subject: Callable[[str], bool] | None = None) -> tuple[str, int]:
    """A theme's label and how many of its members hold it (:func:`label_support`), from its member points'
    ``texts``, most central first.

    The label is a phrase the members share, in the source's words: among the clauses of the
    :data:`LABEL_MEMBERS` most central members (:func:`_label_clauses`: the first is the point's own label), the
    first (the more central member, then the earlier clause) that more than half the members hold — the most central
    point's own label when it is so held —, else the one the most members hold (ties likewise); a later clause is a candidate when it states a problem or a measure
    (:func:`_states_point`). When no clause is held by more than half the members, a phrase of one of those clauses
    that more than half hold is the label instead: at most :data:`LABEL_SPAN_WORDS` words (:func:`_label_tokens`)
    side by side or listed (``、`` ``和``), two or more content words among them or one of four or more characters,
    never cut before a content word that follows it (a Chinese phrase ends in its head: ``提供上门`` of
    ``提供上门照料服务`` is none; its left modifiers may go: ``学校教师流失`` of ``乡村学校教师流失``), cut from the
    clause as written (most members, then the longer, then the more central member): the medoid's
    ``吸引返乡人才，缓解人才流失`` that two of three members never say gives way to ``人才流失`` when all three say
    it. Else the label stays the best clause and its count says how few hold it. A theme of one
    point is labelled by :func:`_label` and held by its point.

    ``views``: the texts as :func:`_member_view` reads them, when the caller has them; ``subject``: the test of
    :func:`subject_words` over the aspect's points — a phrase of the collection's own subject words alone
    (``留守儿童`` in a collection on left-behind children, which many themes would share) is no label.

    Cost: at most :data:`LABEL_MEMBERS` × :data:`LABEL_CLAUSES` clauses segmented, each checked against every member
    (substring tests of its few words): linear in the members.
    """
    if len(texts) == 1:
        return _label(texts[0], profile), 1
    views = [_member_view(t) for t in texts] if views is None else views
    n = len(views)
    best: tuple[tuple[int, int, int], str] | None = None
    spans_of: list[tuple[int, int, str, tuple[tuple[int, int, str], ...]]] = []
    for rank, text in enumerate(texts[:LABEL_MEMBERS]):
        for pos, clause in enumerate(_label_clauses(text, profile)):
            words = label_words(clause)
            if not words:
                continue
            distinct = {w for _, _, w in words}
            held = sum(all(w in v for w in distinct) for v in views)
            # a clause more than half the members hold is as good as any other (the more central first); else the
            # more members hold it the better
            key = (-n if 2 * held > n else -held, rank, pos)
            if best is None or key < best[0]:
                best = (key, clause)
            spans_of.append((rank, pos, clause, words))
        for pos, clause in enumerate(_plain_clauses(text, profile), start=LABEL_CLAUSES):
            distinct = {w for _, _, w in label_words(clause)}
            held = sum(all(w in v for w in distinct) for v in views) if distinct else 0
            key = (-n, rank, pos)
            if 2 * held > n and (best is None or key < best[0]):  # (a clause without a cue: held by most)
                best = (key, clause)
    if best is None:
        label = _label(texts[0], profile)
        return label, _held(label, views)
    label = best[1]
    held = _held(label, views)
    if 2 * held <= n:
        span_best: tuple[tuple[int, int, int, int, int], str] | None = None
        for rank, pos, clause, _ in spans_of:
            tokens = _label_tokens(clause)
            # per member, which of the clause's words it holds (a bit each): a run is held by a member that holds
            # all of its words (its cue words too: 学校教师流失 is held where 流失 is said)
            index = {w: b for b, w in enumerate(dict.fromkeys(t[2] for t in tokens))}
            masks = [sum(1 << b for w, b in index.items() if w in v) for v in views]
            for i in range(len(tokens)):
                need, content = 0, 0
                for j in range(i, min(len(tokens), i + LABEL_SPAN_WORDS)):
                    if j > i and clause[tokens[j - 1][1]:tokens[j][0]] not in _SPAN_JOINS:
                        break  # a phrase of words side by side (or listed: 自治、法治、德治), no particle between
                    need |= 1 << index[tokens[j][2]]
                    content += tokens[j][3]
                    if not (content >= 2 or content == 1 and len(tokens[j][2]) >= 4 and tokens[j][3]
                            or content == 1 and any(t[3] and len(t[2]) >= 4 for t in tokens[i:j + 1])):
                        continue
                    if (j + 1 < len(tokens) and tokens[j + 1][3] and tokens[j + 1][0] == tokens[j][1]):
                        continue  # it would cut a phrase before its head (提供上门|照料服务)
                    if subject is not None and all(subject(t[2]) for t in tokens[i:j + 1] if t[3]):
                        continue  # the collection's own subject names no theme of it
                    count = sum((m & need) == need for m in masks)
                    key = (-count, -(tokens[j][1] - tokens[i][0]), rank, pos, i)
                    if 2 * count > n and count > held and (span_best is None or key < span_best[0]):
                        span_best = (key, clause[tokens[i][0]:tokens[j][1]])
        if span_best is not None:
            label = span_best[1]
    return label, _held(label, views)


def _label(text: str, profile: Profile) -> str:
    """A theme's label from its most central point's ``text`` (module docstring): read where its profile reads it
    (:func:`_read_from`: past its framing clauses and those of place or circumstance), its first clause
    (:func:`label_of`) without its opening connectives and modal (:func:`bare_label`)."""
    read = _read_from(text, profile)
    return bare_label(label_of(read[contrast_end(read):]))


def _read_from(text: str, profile: Profile, frame: int | None = None) -> str:
    """``text`` from where its profile reads it: after a framing first clause (:func:`frame_end`; ``frame``: its
    value when the caller has it), then from its measure clause (:func:`measure_start`) when the profile says so."""
    text = text[_frames_end(text) if frame is None else frame:]
    if profile.cause_clause:
        text = text[cause_start(text):]
    return text[measure_start(text):] if profile.measure_clause else text


@lru_cache(maxsize=1)
def _cause_pattern() -> re.Pattern[str]:
    """The causal connectives and verbs of showing of ``resources/theme_predicates.txt`` (``由于`` ``因为``; its
    ``reveal`` group: ``凸显了`` ``暴露出``), longest first."""
    words = _theme_predicates("cause") + _theme_predicates("reveal")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


@lru_cache(maxsize=1)
def _cause_openers() -> frozenset[str]:
    """The first characters of :func:`_cause_pattern`'s words (a quick test before the Simplified view)."""
    return frozenset(w[0] for w in _theme_predicates("cause") + _theme_predicates("reveal"))


def cause_start(text: str) -> int:
    """Where a challenge's cause starts, in characters of ``text``: right after the first causal connective
    (``resources/theme_predicates.txt``: ``由于`` ``因为``) of its first clause when a shortcoming predicate
    (:func:`_cue_patterns`) follows it in that clause (``村级互助幸福院建成后由于缺少运营经费，不少处于闲置状态`` ->
    ``缺少运营经费，…``: the shortfall is the challenge, the subject and time before it its setting), or after the
    first verb of showing (its ``reveal`` group: ``凸显了`` ``暴露出``; ``急剧增长的工作量凸显了社区人手不足的短板`` ->
    ``社区人手不足的短板``: what is shown is the challenge, what shows it its occasion), or after a verb of showing
    in the second clause when the first states no shortcoming (a setting: :func:`_later_reveal`); else 0. Reads the
    first clause of the first 40 characters and the clause after it within :data:`REVEAL_HEAD` (Simplified view;
    :func:`label_of`'s clause breaks); offsets into ``text``."""
    head = text[:REVEAL_HEAD]
    if not any(c in head for c in _cause_openers()):  # (the first characters read the same in both scripts:
        return 0                                       # 由於, 因為, 凸顯, 暴露, 反映; most points hold none)
    view = simplified_view(head)
    end = next((k for k, ch in enumerate(view) if ch in _CLAUSE_BREAKS), len(view))
    end = min(end, 40)
    m = _cause_pattern().search(view, 0, end)
    if m is None or _cue_patterns()[0].search(view, m.end(), end) is None:
        m = _later_reveal(view, end)
        if m is None:
            return 0
    start = _skip_space(text, m.end())
    return start if _RUN.search(text, start) else 0


#: How far :func:`cause_start` reads, in characters: a setting clause and the clause that shows the challenge.
REVEAL_HEAD = 80


@lru_cache(maxsize=1)
def _reveal_pattern() -> re.Pattern[str]:
    """The verbs of showing of ``resources/theme_predicates.txt`` (its ``reveal`` group), longest first."""
    words = _theme_predicates("reveal")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def _later_reveal(view: str, end: int) -> re.Match[str] | None:
    """The verb of showing of the clause right after a first clause that states no shortcoming (``view[:end]``, a
    setting: ``从而使社区成为了防疫的第一线，急剧增长的工作量凸显了社区工作队伍力量薄弱的短板``), when a shortcoming
    predicate follows it in that clause; else ``None``. A first clause that states one is the challenge itself
    (``社区人手不足，暴露出…``); a cause (``由于``) in a later clause is not read (``设备老化，由于缺少经费``)."""
    if end >= len(view) or view[end] not in _CLAUSE_BREAKS or _cue_patterns()[0].search(view, 0, end) is not None:
        return None
    nxt = next((k for k in range(end + 1, len(view)) if view[k] in _CLAUSE_BREAKS), len(view))
    m = _reveal_pattern().search(view, end + 1, nxt)
    if m is None or _cue_patterns()[0].search(view, m.end(), nxt) is None:
        return None
    return m


#: type -> whether it is a :class:`Mapping` (the abstract-class test, once per type: :func:`_get` runs per point).
_IS_MAPPING: dict[type, bool] = {}


def _get(obj: Any, name: str) -> Any:
    kind = type(obj)
    mapping = _IS_MAPPING.get(kind)
    if mapping is None:
        if len(_IS_MAPPING) >= 64:  # (bounded: a few types pass here, an essay model and its JSON data)
            _IS_MAPPING.clear()
        mapping = _IS_MAPPING[kind] = isinstance(obj, Mapping)
    return obj.get(name) if mapping else getattr(obj, name)


def synthesize(essays: Sequence[EssaySummary | Mapping[str, Any]], *, documents: Sequence[str | None] | None = None,
               threshold: float = DEFAULT_THRESHOLD) -> Collection:
    """The themes of each aspect across ``essays``.

    Args:
        essays: finished essays (:class:`~summarizer.schema.EssaySummary` or its JSON data), in collection order;
            their ``challenges``/``recommendations`` are the points grouped.
        documents: the document id of each essay (batch collections); ``None``: one document.
        threshold: ``SummarizeOptions.theme_threshold`` — cosine in [0, 1].

    Returns:
        :class:`~summarizer.schema.Collection`: ``essays`` lists the essays (position = the ``essay`` of each theme
        point), and per aspect every theme (single-essay themes too), most widely shared first.

    Raises:
        ValueError: ``threshold`` outside [0, 1] or ``documents`` not parallel to ``essays``.
    """
    if documents is not None and len(documents) != len(essays):
        raise ValueError("documents must be parallel to essays")
    refs = [EssayRef(document=documents[k] if documents is not None else None, essay=_get(e, "index"),
                     title=_get(e, "title")) for k, e in enumerate(essays)]
    out: dict[str, list[Theme]] = {}
    topics = collection_topics(essays)
    subjects = [subject_terms(e) for e in essays]
    for aspect in ASPECTS:
        where: list[tuple[int, int]] = []  # (essay position, point position)
        points: list[Any] = []
        for k, e in enumerate(essays):
            for p_i, p in enumerate(_get(e, aspect) or []):
                where.append((k, p_i))
                points.append(p)
        texts = [_get(p, "text") for p in points]
        spans = [(_get(p, "start"), _get(p, "end")) for p in points]
        clusters, centrality, cosines = cluster_points(texts, [k for k, _ in where], threshold,
                                                     profile=PROFILES[aspect], spans=spans, topics=topics,
                                                     subjects=subjects)
        views = [_member_view(t) for t in texts]
        subject = subject_words(views, topics)
        traditional = [_traditional(t) for t in texts]
        majority = None if 2 * sum(traditional) == len(traditional) else 2 * sum(traditional) > len(traditional)

        def labelled(ms: Sequence[int], cos: np.ndarray) -> tuple[list[int], str, int]:
            rank = sorted(range(len(ms)), key=lambda r: (-round(float(cos[r]), 9), len(texts[ms[r]]), ms[r]))
            ordered = [ms[r] for r in rank]
            label, held = theme_label([texts[i] for i in ordered], PROFILES[aspect],
                                      views=[views[i] for i in ordered], subject=subject)
            return ordered, label_in_script(label, [texts[i] for i in ordered], [traditional[i] for i in ordered],
                                            majority), held

        groups = [(list(ms), np.asarray(cos)) for ms, cos in zip(clusters, cosines)]
        done = _one_theme_per_label(groups, labelled)
        themes = []
        for ms, (ordered, label, held) in done:
            essay_set = sorted({where[i][0] for i in ms})
            themes.append((
                (-len(essay_set), -len(ms), -round(float(centrality[ms].sum()), 9), min(ms)),
                Theme(label=label, label_points=held, essay_count=len(essay_set), essays=essay_set,
                      points=[ThemePoint(essay=where[i][0], point=where[i][1], text=texts[i],
                                         start=_get(points[i], "start"), end=_get(points[i], "end"))
                              for i in ordered]),
            ))
        out[aspect] = [t for _, t in sorted(themes, key=lambda item: item[0])]
    return Collection(essays=refs, threshold=threshold, **out)


def _one_theme_per_label(groups: list[tuple[list[int], np.ndarray]],
                         labelled: Callable[[Sequence[int], np.ndarray], tuple[list[int], str, int]]
                         ) -> list[tuple[list[int], tuple[list[int], str, int]]]:
    """Each theme with its label (``labelled``: members and their cosines -> ``(ordered members, label, held)``),
    themes of one label joined: two themes a reader sees under one name are one problem or one measure to them (the
    clustering can leave one fault's points apart when their wordings differ, and both labels then quote the fault).
    A joined theme is labelled again (its members ranked by their cosines with their former centroids); joining
    stops when no two labels are equal.

    The joins are those of passes over the themes in order: in a pass each theme joins the theme a label it holds
    was first met at in that pass (a theme's own label when the pass reached it, or a joined theme's new label,
    each kept from when it was met); passes go on until one joins nothing. Each pass is played from its joins
    alone, not theme by theme: a theme joins only when an earlier theme held its label at the pass's start (a
    label group of several themes) or a join of the pass met its label first, so the themes that join are taken in
    order from a heap and each pass costs O(joins log n). Each join removes a theme: O(n log n) overall, besides
    one labelling per join and the copying of the joined members."""
    n = len(groups)
    out = [(ms, labelled(ms, cos)) for ms, cos in groups]
    cos_of = [cos for _, cos in groups]
    label_at = [label for _, (_, label, _) in out]  # each theme's label at the start of the pass
    by_label: dict[str, set[int]] = {}  # label -> the themes holding it at the start of the pass
    for k, label in enumerate(label_at):
        by_label.setdefault(label, set()).add(k)
    gained = set(by_label)  # labels whose group may hold two themes
    while True:
        joining = [k for label in gained if len(by_label.get(label, ())) > 1 for k in sorted(by_label[label])[1:]]
        if not joining:
            return [item for item in out if item[0]]
        heapq.heapify(joining)
        first_of: dict[str, int] = {}  # label -> its first theme at the pass's start (n: none)
        met_by_join: dict[str, tuple[int, int]] = {}  # label -> (when a join met it first, the joined theme)

        def first_holder(label: str) -> int:
            g = first_of.get(label)
            if g is None:
                g = first_of[label] = min(by_label.get(label) or (n,))
            return g

        changed: set[int] = set()
        while joining:
            k = heapq.heappop(joining)
            g, met = first_holder(label_at[k]), met_by_join.get(label_at[k])
            j = g if g < k and (met is None or g < met[0]) else met[1] if met is not None else k
            if j == k:
                continue  # (no theme met k's label before it: unreachable, each theme taken has one)
            ms_j = out[j][0] + out[k][0]
            cos_of[j] = np.concatenate([cos_of[j], cos_of[k]])
            out[j] = (ms_j, labelled(ms_j, cos_of[j]))
            out[k], cos_of[k] = ([], ([], "", 0)), None  # (k's points are j's now: no copy of them kept)
            changed.update((j, k))
            new = out[j][1][1]
            if first_holder(new) > k and new not in met_by_join:  # (first met here: later holders join j)
                met_by_join[new] = (k, j)
                if first_of[new] < n:
                    heapq.heappush(joining, first_of[new])
        gained = set()
        for c in changed:
            old = by_label[label_at[c]]
            old.discard(c)
            if not old:
                del by_label[label_at[c]]
            if out[c][0]:
                label_at[c] = out[c][1][1]
                by_label.setdefault(label_at[c], set()).add(c)
                gained.add(label_at[c])


def subject_terms(essay: EssaySummary | Mapping[str, Any]) -> frozenset[str]:
    """What ``essay`` is about, as words to compare with another essay's (:func:`_cross_subject_links`): the
    character bigrams of its first :data:`TOPIC_KEYPHRASES` keyphrases (comparison form, :func:`_member_view`):
    ``养老服务`` and ``养老服务体系`` share ``养老`` ``老服`` ``服务``; ``职业教育`` and ``养老服务`` share nothing. Empty for an essay without
    keyphrases (JSON data written without them): such an essay shares with every essay."""
    out: set[str] = set()
    for k in (_get(essay, "keyphrases") or [])[:TOPIC_KEYPHRASES]:
        for run in _RUN.findall(_member_view(_get(k, "text") or "")):
            out.update(run[i:i + 2] for i in range(len(run) - 1))
    return frozenset(out)


#: Share of a text's Han characters written differently in Simplified Chinese from which the text is Traditional
#: (:func:`summarizer.script.traditional_ratio`; the command line's Markdown labels read the same share).
TRADITIONAL_SHARE = 0.1


def _traditional(text: str) -> bool:
    """Whether ``text`` (a point) is written in Traditional Chinese (:data:`TRADITIONAL_SHARE`)."""
    return traditional_ratio(text) >= TRADITIONAL_SHARE


def label_in_script(label: str, texts: Sequence[str], traditional: Sequence[bool],
                    collection_traditional: bool | None) -> str:
    """A theme's ``label`` in the script of most of its members (``texts``, ``traditional[i]`` whether ``texts[i]``
    is Traditional; on a tie, the script of most of the aspect's points, ``collection_traditional``, and on a tie
    there too, None, the label as the member chosen writes it): a collection
    of Big5 and Simplified files labels a theme of Simplified points in Simplified, however central its Traditional
    member (ux37). A label in the other script is taken from the first member of the majority's script that says it
    (the same characters in :func:`summarizer.script.simplified_view`, which keeps every offset: that member's own
    words), else it is made Simplified (for a Simplified majority) or left as it is (no Traditional form is
    guessed). Linear in the members' characters."""
    n_traditional = sum(traditional)
    if 2 * n_traditional == len(traditional):
        if collection_traditional is None:
            return label
        want = collection_traditional
    else:
        want = 2 * n_traditional > len(traditional)
    if _traditional(label) == want:
        return label
    view = simplified_view(label)
    for text, trad in zip(texts, traditional):
        if trad == want:
            k = simplified_view(text).find(view)
            if k >= 0:
                return text[k:k + len(label)]
    return label if want else view


def synthesize_records(records: Iterable[Mapping[str, Any]], *, threshold: float = DEFAULT_THRESHOLD) -> Collection:
    """:func:`synthesize` over every essay of a batch's result records (``{"id", …, "essays": [...]}``, as
    ``summarizer summarize`` writes them); error records are skipped. Each essay's ``document`` is its record's
    ``id``."""
    essays: list[Mapping[str, Any]] = []
    documents: list[str | None] = []
    for record in records:
        if record.get("error"):
            continue
        for e in record.get("essays") or []:
            essays.append(e)
            documents.append(None if record.get("id") is None else str(record.get("id")))
    return synthesize(essays, documents=documents, threshold=threshold)


#: Shared themes shown per aspect in the Markdown output.
MARKDOWN_THEMES = 10
#: Essays named on one Markdown theme line, then "等" (a theme of a 400-essay batch named all 400 on one line).
MARKDOWN_ESSAYS_NAMED = 12
_MARKDOWN_HEADINGS = (("challenges", "共性问题"), ("recommendations", "共性建议"))
#: The same headings and the empty line's mark in Traditional Chinese (a record written with 挑戰/建議 labels).
_MARKDOWN_HEADINGS_TRADITIONAL = (("challenges", "共性問題"), ("recommendations", "共性建議"))


def _held_note(held: int | None, members: int, traditional: bool = False) -> str:
    """The note of a Markdown theme line when not every member point holds the label (:func:`label_support`):
    ``；4 条中 2 条含此语`` (``；4 條中 2 條含此語``); empty when all do or the count is unknown (a record of an
    earlier version)."""
    if held is None or held >= members:
        return ""
    return f"；{members} 條中 {held} 條含此語" if traditional else f"；{members} 条中 {held} 条含此语"


def markdown_lines(collection: Mapping[str, Any] | Collection, limit: int = MARKDOWN_THEMES, *,
                   traditional: bool = False) -> list[str]:
    """The "共性问题 / 共性建议" section of the Markdown output: per aspect, the themes shared by two or more essays
    (at most ``limit``), most widely shared first, one line each: ``- label — 4/7 篇（第 2、5、6、7 篇）`` (a batch
    collection names each essay as ``id#n``; past :data:`MARKDOWN_ESSAYS_NAMED` essays the line ends ``… 等``; when
    some member points do not hold the label, how many do: ``（第 1、3 篇；4 条中 2 条含此语）``, :func:`_held_note`);
    ``- （无）`` when no theme is shared. ``traditional``: the headings in Traditional Chinese (共性問題, 共性建議,
    （無）), for a record whose other labels are (``summarizer.commands.markdown_script``)."""
    data = collection.model_dump() if isinstance(collection, Collection) else collection
    refs = data.get("essays") or []
    lines: list[str] = []
    for key, heading in _MARKDOWN_HEADINGS_TRADITIONAL if traditional else _MARKDOWN_HEADINGS:
        lines += [f"## {heading}", ""]
        shared = [t for t in data.get(key) or [] if t["essay_count"] >= 2][:limit]
        if not shared:
            lines.append("- （無）" if traditional else "- （无）")
        for t in shared:
            names = [f"{refs[k]['document']}#{refs[k]['essay'] + 1}" if refs[k].get("document") is not None
                     else str(refs[k]["essay"] + 1) for k in t["essays"][:MARKDOWN_ESSAYS_NAMED]]
            where = "、".join(names)
            where = f"第 {where} 篇" if all(refs[k].get("document") is None for k in t["essays"]) else where
            where += " 等" if len(t["essays"]) > MARKDOWN_ESSAYS_NAMED else ""  # the JSON lists every one
            where += _held_note(t.get("label_points"), len(t.get("points") or []), traditional)
            lines.append(f"- {t['label']} — {t['essay_count']}/{len(refs)} 篇（{where}）")
        lines.append("")
    return lines
