"""Points of a short informal post: a netizen's message to an office (领导留言板, 市长信箱), a forum post or reply, a
reader's letter, a Q&A answer of a few hundred characters written in spoken Chinese.

Such a post has no headings and few of the problem nouns and modal verbs the essay rules read: its writer complains
in plain clauses (``饭是夹生的``, ``路灯坏了大半年，没人管``, ``一分钱都没拿到``) and asks in wishes, requests and
questions (``希望街道办先把路灯修好``, ``请公布投诉热线``, ``街道办为什么不能先把路灯修好，这很难做吗？``). The
writer's complaints are its challenges and the actions asked its recommendations; an ask for nothing in particular
(``希望领导重视``, ``给我们老百姓一个说法``) is none, and an office's reply under the message (``您好，您反映的问题…``)
is the office's account, read no further (SOURCES.md, Part 101's judgment calls).

:func:`post_points` reads an essay that :func:`informal_post` takes for a post and returns the clauses of these kinds
the other readers left out. Vocabulary: ``resources/posts.txt``. Every reader here is linear in the essay (a bounded
number of bounded scans per clause; the essays read are short)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.aspects import CHALLENGE, RECOMMENDATION, lexicon, word_trie_alternation
from summarizer.chars import word_groups
from summarizer.news import news_genre, news_opening
from summarizer.tokenize import word_tags

#: Longest essay (non-whitespace characters) read as a post: a longer text is an essay, a report or a thread of posts
#: whose structure the essay rules read.
POST_MAX_CHARS = 1600
#: Fewest spoken markers (``spoken_marker`` of ``resources/posts.txt``) a post holds besides its first person.
POST_MIN_SPOKEN = 2
#: Most points :func:`post_points` adds to one essay on each side.
POST_MAX_ADDED = 6
#: Characters of who asks before an ask opener (``我们强烈要求``, ``业主们要求``, ``恳请``: at most this many).
ASKER_CHARS = 6
#: Fewest content characters of a point :func:`post_points` adds.
POST_POINT_MIN = 4

#: Modals that demand a rule by themselves (不得晚于十点, 必须公开): no verb of action need follow.
_RULE_MODALS = frozenset({"不得", "务必"})
#: A transcript's or an interview's speaker labels and a test paper's task line (记者：, 主持人：, 问：, 主席：, 要求：):
#: a dialogue or an exam, no post.
_TRANSCRIPT = re.compile(r"(?:^|\n)[ \t\u3000]{0,4}(?:记者|主持人|问|答|主席|委员|代表|要求|作答要求)[：:]")
#: A clause that opens with a condition (如果…, 万一…, 一旦…): what it complains of is supposed, not stated.
_CONDITION = re.compile(r"\s{0,2}(?:如果|假如|假若|万一|一旦|要是|倘若|若是|即使|哪怕|只要|如若|以免|避免|防止)")
#: Openers before an ask that leave it the writer's own (所以希望…, 最后恳请…, 那就请…).
_ASK_LEAD = ("所以", "因此", "因而", "最后", "另外", "同时", "此外", "那就", "故", "特", "在此", "再次")
#: What follows 请 when it asks no action of the addressed office (请问, 请你…介绍, 请大家…, 请点赞, 请假, 请勿).
_PLEASE_NOT = ("问", "你", "您", "大家", "各位", "在下", "点", "回", "假", "客", "教", "示", "看", "见", "参", "勿",
               "开启", "注意", "关注", "转发", "收藏", "留言", "登录", "输入", "稍", "予", "使用", "先", "扫", "注册", "下载",
               "朋友", "同学")
_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")
#: An office's reply under a message: from its first line on, the text is the office's account (read no further).
_REPLY = re.compile(r"(?:^|\n)[ \t\u3000]{0,4}(?:[^\n，,。：:]{0,12}(?:回复|答复|回覆|办理结果|处理结果|处理意见)"
                    r"[^\n，,。]{0,8}[：:\n]|您好[，,！!]?\s{0,2}(?:您|你)(?:所)?(?:反映|留言|来信|咨询))"
                    r"|收到您的(?:留言|来信)|(?:您|你)(?:所)?(?:反映|留言)的(?:问题|情况|事项)")
#: Spoken constructions of complaint: 连…都没/不 (连个说法都没有), 都快没, 是不是有点贵, 一点都不,
#: a span of time and a negation (好几个月没人修, 大半年了还没).
_COMPLAINT_FORM = re.compile(
    r"连[^，,；;。！？!?]{1,10}?[都也](?:没|不|看不|找不|拿不)|都快(?:没|不)"
    r"|是不是(?:有点|有些|太)?(?:贵|夸张|过分|不合理|太)|一点(?:都|也)(?:不|没)"
    r"|(?:好几个月|好几年|好几天|大半年|半年多|一年多|好多年|几个月|两年多|三年多)了?[，,]?(?:都|也|还|仍|依然)?(?:没|不|未)")


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    return word_groups("posts.txt", "post vocabulary")


@lru_cache(maxsize=None)
def _pattern(group: str) -> re.Pattern[str]:
    return re.compile(word_trie_alternation(_groups()[group]))


def _count(group: str, text: str) -> int:
    return sum(1 for _ in _pattern(group).finditer(text))


def informal_post(body: str) -> bool:
    """Whether ``body`` (an essay's Simplified text) reads as a short informal post: at most :data:`POST_MAX_CHARS`
    non-whitespace characters, its writer's first person (``first_person``: 我, 本人, 俺, 咱) and at least
    :data:`POST_MIN_SPOKEN` spoken markers (``spoken_marker``: 吧, 啊, 真的, 根本, 尊敬的, 黑乎乎 …), or one spoken marker
    in a text of one clause a line (:func:`clause_lines`); no news report (:func:`summarizer.news.news_opening`,
    :func:`summarizer.news.news_genre`), transcript or exam paper (:data:`_TRANSCRIPT`). Linear in ``body``."""
    # (the non-whitespace characters counted in C: ``str.split()`` splits on exactly the characters ``isspace``
    # reads as whitespace; a body of at most POST_MAX_CHARS characters needs no count; perf49)
    if len(body) > POST_MAX_CHARS and sum(map(len, body.split())) > POST_MAX_CHARS:
        return False
    spoken = _count("spoken_marker", body)
    if not (_pattern("first_person").search(body) is not None and spoken >= POST_MIN_SPOKEN
            or spoken >= 1 and clause_lines(body)):
        return False
    return not (news_opening(body) or news_genre(body) or _TRANSCRIPT.search(body))


#: Fewest lines of a text written one clause a line (:func:`clause_lines`).
CLAUSE_LINES_MIN = 5
#: Longest line (non-whitespace characters) of such a text.
CLAUSE_LINE_CHARS = 20


def clause_lines(body: str) -> bool:
    """Whether ``body`` is written one clause a line, as a WeChat article is (``現在的長輩 ⏎ 很多都不會用手機掃碼, ⏎
    去醫院掛號 ⏎ …``): at least :data:`CLAUSE_LINES_MIN` non-empty lines, four in five of them at most
    :data:`CLAUSE_LINE_CHARS` characters, and more of them ending with a comma or no mark than with a sentence's end
    mark. Linear in ``body``."""
    lines = [x.strip() for x in body.split("\n") if x.strip()]
    if len(lines) < CLAUSE_LINES_MIN:
        return False
    short = sum(1 for x in lines if len(x) <= CLAUSE_LINE_CHARS)
    open_end = sum(1 for x in lines if x[-1] not in "。！？!?；;…")
    return 5 * short >= 4 * len(lines) and 2 * open_end > len(lines)


#: A forum poster's profile field (``来自江苏省``, ``精华 0``, ``注册 2022-2-24``, ``积分 120``, ``UID 9422``): the board's
#: furniture beside a post, never a point of it.
_PROFILE_FIELD = re.compile(r"\s{0,2}[•·\-*]?\s{0,2}(?:来自|來自|精华|精華|注册|註冊|积分|積分|帖子|主题|主題|威望|金钱|金錢|贡献|"
                            r"貢獻|UID|阅读权限|閱讀權限|在线时间|在線時間|最后登录|最後登錄|发帖|發帖)\s{0,2}[：:]?\s{0,2}"
                            r"[^\s，,。；;！？!?的之]{0,10}\s{0,2}")


def profile_field(point: str) -> bool:
    """Whether ``point`` (a point's text) is a forum poster's profile field (:data:`_PROFILE_FIELD`: ``来自江苏省``,
    ``精华 0``, ``注册 2022-2-24``): the board's furniture, no point. Constant work (a bounded full match)."""
    return len(point) <= 24 and _PROFILE_FIELD.fullmatch(point) is not None


def message_end(body: str) -> int:
    """Where the writer's message ends in ``body``: the start of an office's reply under it (:data:`_REPLY`:
    ``回复：``, ``您好，您反映的问题…``, ``收到您的留言``), else ``len(body)``. Linear."""
    m = _REPLY.search(body)
    return m.start() if m else len(body)


def _asks_nothing(rest: str) -> bool:
    """Whether the words of an ask (after its opener) ask for nothing in particular (``generic_ask``: 重视, 说法,
    管一管 …) or hold no verb of action at all."""
    if _pattern("generic_ask").search(rest):
        return True
    # (能, 会 and the verbs of state, thought or outcome ask nothing: 希望能取得好成绩)
    return not _has_action_verb(rest, _AUXILIARIES)


def generic_ask(point: str) -> bool:
    """Whether ``point`` (a recommendation's text, Simplified view) is a post's ask for nothing in particular: an ask
    opener (``ask_opener``) within its first characters, then only an addressee and what asks for attention or an
    answer (``generic_ask``: ``希望有关领导们能重视一下``, ``希望各部门能重视起来，给我们老百姓个说法``, ``请领导
    重视``): no verb of action once those words are left out. Constant work on a bounded text."""
    m = _pattern("ask_opener").search(point, 0, ASKER_CHARS + 4)
    if m is None:
        return False
    rest = point[m.end():]
    if not _pattern("generic_ask").search(rest):
        return False
    bare = _pattern("generic_ask").sub("", rest)
    if _ACTION_AFTER_ASK.search(bare):
        return False  # (希望您能为我们做主，让开发商尽快交房吧: the action asked follows the appeal)
    return not _has_action_verb(bare, _EMPTY_VERBS)


#: What leaves an ask with an action of its own beside its appeal: a causative or a disposal (让开发商…, 把…) or haste
#: (尽快, 早日 …).
_ACTION_AFTER_ASK = re.compile(r"[让使把将][^，,。；;！？!?]{2}|尽快|尽早|早日|及时|马上|赶紧|赶快")
#: Verbs left when a generic ask's words are taken out (能重视起来，给我们…说法 -> 能起来，给我们…): no action.
_EMPTY_VERBS = frozenset({"能", "会", "要", "让", "起来", "给", "一下", "下", "来", "去", "能够", "可以", "有关", "相关"})


#: Auxiliaries that leave an ask's words without an action (希望能…, 会…, 要…, 让…).
_AUXILIARIES = frozenset({"能", "会", "要", "让"})


@lru_cache(maxsize=1)
def _stative() -> frozenset[str]:
    return frozenset(lexicon().words("stative_verb")) | {"是", "有", "在", "说", "想", "觉得"}


def _has_action_verb(text: str, empty: frozenset[str]) -> bool:
    """Whether ``text`` holds a verb of action: a word jieba tags as a verb, an idiom or a set phrase (``v*``, ``i``,
    ``l``: 随身携带 is tagged i, 意见调查 l) that is neither a verb of state, thought or outcome (:func:`_stative`)
    nor one of ``empty`` (the words that ask nothing there). The one test of :func:`_asks_nothing` and
    :func:`generic_ask`. Linear in ``text`` (one tagging pass)."""
    stative = _stative()
    return any((t.startswith("v") or t in ("i", "l")) and w not in stative and w not in empty
               for w, t in word_tags(text))


#: Most characters of whom a wish names before the ability or haste asked (:func:`_asks_of_someone`).
WISHED_CHARS = 10


def _asks_of_someone(rest: str) -> bool:
    """Whether the words after a wish (``wish_opener``) ask an action of someone: the thing acted on first (把…, 将…)
    or one named (not ``not_addressee``: 各位, 大家, 自己, 今后 …) in at most :data:`WISHED_CHARS` characters before a
    word of ability or haste (``wish_ability``: ``希望相关部门能保障…``, ``希望镇里尽快拨款…``). Constant work."""
    rest = rest.lstrip()
    if rest.startswith(("把", "将")):
        return True
    if not rest or _pattern("not_addressee").match(rest):
        return False
    m = _pattern("wish_ability").search(rest, 1, WISHED_CHARS + 2)
    return m is not None and not any(c in "，,。；;" for c in rest[:m.start()])


def _only_askers(prefix: str) -> bool:
    """Whether ``prefix`` (the words before an ask opener) names no one but the writer (``asker``: 我们, 本人, 业主们)
    and adverbs of asking (再次, 强烈), or nothing. Constant work on a bounded prefix."""
    prefix = prefix.strip()
    while prefix:
        m = _pattern("asker").match(prefix)
        if m is None:
            return False
        prefix = prefix[m.end():].lstrip()
    return True


def _addressee(prefix: str) -> bool:
    """Whether ``prefix`` (the words before a 请) names the office or body asked (``addressee_suffix``: 医院请保留…,
    物业请…, 街道办请…): at most :data:`ASKER_CHARS` characters ending in such a word. Constant work."""
    prefix = prefix.strip()
    return 0 < len(prefix) <= ASKER_CHARS and prefix.endswith(_groups()["addressee_suffix"])


def _ask_start(clause: str, question: bool = False, rhetorical_wonder: bool = False) -> int | None:
    """Where the ask of ``clause`` (Simplified view) starts, or None: an ask opener (``ask_opener``) after at most
    :data:`ASKER_CHARS` characters of who asks (the writer only, :func:`_only_askers`), in a ``question`` (the
    clause's sentence ends in a question mark; not one that ends in 呢, ``rhetorical_wonder``) a question ask (``question_ask``) with no first person before it,
    else a demand's modal (``demand_modal``, not one of supposition) — each followed by an action asked for
    (:func:`_asks_nothing` false). Constant work on a bounded clause."""
    head = clause.lstrip()
    head = head[next((len(w) for w in _ASK_LEAD if head.startswith(w)), 0):].lstrip("，, ")
    m = _pattern("ask_opener").search(head, 0, ASKER_CHARS + 4)
    if m is not None and (_only_askers(head[:m.start()]) or m.group() == "请" and _addressee(head[:m.start()])):
        word = m.group()
        after = head[m.end():]
        if "》" in after or "《" in head[:m.start()]:
            pass  # (《请不要给我的孩子减负》: a title that holds the words)
        elif word == "请" and after.startswith(_PLEASE_NOT):
            pass  # (请问, 请你介绍, 请点赞, 请假: no request of an action of the office addressed)
        elif word == "要求" and _pattern("first_person").search(head, 0, m.start()) is None and \
                "强烈" not in head[:m.start()]:
            pass  # (还要求家庭月收入…, 同时要求各幼儿园…: a requirement reported, the writer's own only with 我们)
        elif word in _groups()["wish_opener"] and not _asks_of_someone(after):
            pass  # (希望起到抛砖引玉的作用, 希望藉此帮补生计: the writer's own hope)
        elif not _asks_nothing(after):
            return 0
    if question:
        if rhetorical_wonder:
            return None  # (为什么不能让它倒呢？: a wondering, no request)
        m = _pattern("question_ask").search(clause)
        if m is not None and _pattern("first_person").search(clause, 0, m.start()) is None \
                and not _asks_nothing(clause[m.end():]):
            return 0  # (街道办为什么不能先把路灯修好？: a request put as a question)
        if head.startswith("请问"):
            k = head.find("能", 2)
            if 0 < k <= 12 and not _asks_nothing(head[k + 1:]):
                return 0  # (请问哪个部门能够为…点亮路灯: a request put as a question)
        return None  # (a question's modal asks whether, no demand: 应该怎么办？)
    m = _pattern("demand_modal").search(clause)
    if m is not None and not _pattern("demand_modal_not").match(clause, m.start()) \
            and _pattern("first_person").search(clause, 0, m.start()) is None:
        rest = clause[m.end():]
        if m.group() in _RULE_MODALS and _content(rest) >= 2 and not _pattern("generic_ask").search(rest):
            return 0  # (收摊时间不得晚于十点, 噪音不得高于50分贝: the rule demanded, whatever its predicate)
        if not _asks_nothing(rest):
            return 0
    return None


def _complains(clause: str) -> bool:
    """Whether ``clause`` (Simplified view) states a complaint in spoken words (``complaint``: 太贵, 没法看, 坏了,
    没人管 …; not inside a word of ``complaint_not``) or a spoken construction of complaint (:data:`_COMPLAINT_FORM`).
    Constant work on a bounded clause."""
    if _CONDITION.match(clause) or "是否" in clause or clause.lstrip().startswith(("标题", "题目")):
        return False  # (如果物业财务不透明，…: a supposed case; 查看是否存在漏水: a check; 标题：…: a title)
    if _COMPLAINT_FORM.search(clause):
        return True
    nots = [(m.start(), m.end()) for m in _pattern("complaint_not").finditer(clause)]
    for m in _pattern("complaint").finditer(clause):
        if any(a <= m.start() < b for a, b in nots):
            continue
        if clause.startswith("的", m.end()) and clause[m.end() + 1:].strip():
            continue  # (取消不公平的优惠措施, 排查到不亮的路灯: the word describes a noun, no complaint stated)
        return True
    return False


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(a + m.start(), a + m.end()) for m in _CLAUSE.finditer(text[a:b]) if m.group().strip()]


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "“”\"'「」『』（）()【】[]…—-·•*#>|~"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "“”\"'「」『』（）()【】[]…—-·•*#>|~"):
        b -= 1
    return a, b


def _content(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


def post_points(body: str, taken: list[tuple[int, int]], max_chars: int) -> list[tuple[str, int, int]]:
    """The points of a short informal post (:func:`informal_post`) that the other readers left out: ``(aspect, start,
    end)`` with offsets into ``body`` (an essay's Simplified text), in document order.

    In each sentence of the writer's message (before an office's reply, :func:`message_end`) that overlaps no span
    of ``taken`` (the points found, offsets into ``body``): the clauses from the first that asks for an action
    (:func:`_ask_start`) to the sentence's end, less a rhetorical tag (``question_tag``: ``…，这很难做吗？``), are a
    recommendation; else the clauses from the first to the last that complain (:func:`_complains`) are a challenge.
    At most :data:`POST_MAX_ADDED` per side, each at most ``max_chars`` characters. None when ``body`` is no post.
    Linear in ``body`` plus ``taken``."""
    if not informal_post(body):
        return []
    end = message_end(body)
    spans = sorted(taken)
    out: list[tuple[str, int, int]] = []
    added = {CHALLENGE: 0, RECOMMENDATION: 0}
    k = 0
    first = True
    for m in _SENTENCE.finditer(body, 0, end):
        sa, sb = m.start(), m.end()
        if first:
            first = False
            if body.find("\n", sa, sb) < 0 and sb < len(body) and body[sb:sb + 1] == "\n" and \
                    body[sb - 1:sb] not in "。！？!?":
                continue  # (the first line with no end mark: the post's title)
        while k < len(spans) and spans[k][1] <= sa:
            k += 1
        if k < len(spans) and spans[k][0] < sb:
            continue  # (a sentence that holds a point found: read as found)
        clauses = _clauses(body, sa, sb)
        if not clauses:
            continue
        points = []
        tail = body[sa:sb].rstrip()
        question = tail[-1:] in ("？", "?")
        wonder = question and tail.rstrip("？?")[-1:] == "呢"
        ask = next((i for i, (ca, cb) in enumerate(clauses) if _ask_start(body[ca:cb], question, wonder) is not None),
                   len(clauses))
        hits = [i for i, (ca, cb) in enumerate(clauses[:ask]) if _complains(body[ca:cb])]
        if hits:
            points.append((CHALLENGE, clauses[hits[0]][0], clauses[hits[-1]][1]))
        if ask < len(clauses):
            last = len(clauses)
            while last - 1 > ask and _pattern("question_tag").search(body, *clauses[last - 1]):
                last -= 1  # (…，这很难做吗？: the rhetorical tag closes the ask, no part of it)
            points.append((RECOMMENDATION, clauses[ask][0], clauses[last - 1][1]))
        for aspect, a, b in points:
            a, b = _trimmed(body, a, b)
            b = min(b, a + max_chars)
            if _content(body[a:b]) < POST_POINT_MIN or added[aspect] >= POST_MAX_ADDED:
                continue
            added[aspect] += 1
            out.append((aspect, a, b))
    return out
