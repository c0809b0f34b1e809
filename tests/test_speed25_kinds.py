"""speed25: speed-ups of a document's first pass that change no output (issue 9, sixth round). Behaviour and
exactness only, never timing: each deferred reading answers as the eager reading it replaces, on essays written
here."""

from __future__ import annotations

import pytest

import summarizer.points as pts
from summarizer import summarize


# --- points._fallback_reading: a sentence's own aspect read only where its region lets it decide ------------------

# (a problems section, then a background section whose prose prescribes: the fallback for the measures passes over
# the problem sentences, which lie in the other aspect's region)
SECTIONED = """关于社区养老服务的调研报告

一、存在的问题
社区养老服务设施不足，许多老人无处活动。护理人员短缺，服务质量不高。部分政策落实不到位，资金使用效率偏低。

二、基本情况
全区共有社区十二个，老年人口约三万人。各社区都设立了服务站，每周开展活动。

政府应当加大投入，完善养老设施。社区要培养专业护理人员。
"""

# (measure items and no problems section: the fallback for the problems reads the sentences inside the items)
ITEMS = """关于改进农村饮水工作的建议

一、加强水源保护，划定保护范围。部分村庄水源受到污染，群众反映强烈。
二、完善供水设施，更新老旧管网。一些管网年久失修，漏损严重。
三、健全管护机制，明确管护责任。
"""

PROSE = """城市交通拥堵问题的思考

近年来，城市交通拥堵日益严重，市民出行困难。公共交通覆盖不足，换乘不便。
应当优化公交线路，增加地铁班次。要加强停车管理，规范路边停车。
"""

NEITHER = """春游记

今天天气很好，我们去公园散步。湖边的柳树发芽了，孩子们在草地上放风筝。傍晚我们回家吃饭。
"""

ESSAYS = [SECTIONED, ITEMS, PROSE, NEITHER]


def _points(text):
    doc = summarize(text).model_dump()
    return [(k, p["text"], p.get("start"), p.get("end")) for e in doc["essays"]
            for k in ("challenges", "recommendations") for p in e[k]]


def _eager(monkeypatch):
    """The fallback as it read before speed25: every reading's own aspect at once."""
    lazy = pts._fallback_reading

    def eager(*args, **kwargs):
        read = lazy(*args, **kwargs)
        if read is not None and read[3] is pts._OWN_UNREAD:
            structure, sentences, i = args[0], args[1], args[2]
            s = sentences[i].text
            from summarizer import aspects as asp
            read = read[:3] + (asp.front_aspect(s) or asp.sentence_aspect(s),)
        return read

    monkeypatch.setattr(pts, "_fallback_reading", eager)


@pytest.mark.parametrize("text", ESSAYS)
def test_the_points_are_those_of_the_eager_reading(text, monkeypatch):
    lazy = _points(text)
    _eager(monkeypatch)
    assert _points(text) == lazy


def test_own_aspect_is_front_then_cue_reading():
    from summarizer import aspects as asp
    for s in ["加强水源保护，划定保护范围。", "社区养老服务设施不足，许多老人无处活动。", "今天天气很好，我们去公园散步。",
              "一些管网年久失修，漏损严重。", ""]:
        assert pts._own_aspect(s) == (asp.front_aspect(s) or asp.sentence_aspect(s))
    assert pts._own_aspect("社区养老服务设施不足，许多老人无处活动。") == asp.CHALLENGE
    assert pts._own_aspect("今天天气很好，我们去公园散步。") is None


def _count(monkeypatch):
    stats = {"unread": 0, "own": 0}
    lazy, own = pts._fallback_reading, pts._own_aspect

    def reading(*args, **kwargs):
        read = lazy(*args, **kwargs)
        stats["unread"] += read is not None and read[3] is pts._OWN_UNREAD
        return read

    def counted(s):
        stats["own"] += 1
        return own(s)

    monkeypatch.setattr(pts, "_fallback_reading", reading)
    monkeypatch.setattr(pts, "_own_aspect", counted)
    return stats


def test_sentences_of_the_other_aspects_region_are_not_read(monkeypatch):
    stats = _count(monkeypatch)
    points = _points(SECTIONED)
    assert stats["unread"] == 3 and stats["own"] == 0  # (the three problem sentences: passed over, never read)
    assert points[0] == ("challenges", "社区养老服务设施不足，许多老人无处活动", 23, 42)
    assert [p[:2] for p in points] == [("challenges", "社区养老服务设施不足，许多老人无处活动"),
                                       ("challenges", "护理人员短缺，服务质量不高"),
                                       ("challenges", "部分政策落实不到位，资金使用效率偏低")]


def test_sentences_inside_items_are_read_when_they_decide(monkeypatch):
    stats = _count(monkeypatch)
    points = _points(ITEMS)
    assert stats["own"] > 0  # (the fallback for the problems reads the items' sentences: not passed over)
    # (what the items state is read as their measures; the problem clauses inside them are no points of their own)
    assert [p[:2] for p in points] == [("recommendations", "加强水源保护，划定保护范围"),
                                       ("recommendations", "完善供水设施，更新老旧管网"),
                                       ("recommendations", "健全管护机制，明确管护责任")]


# --- aspects._prose_deficits: 还/仍/太/没有 … read only in the shape of a reading (_may_find_deficit) -------------

import random  # noqa: E402

import summarizer.aspects as asp  # noqa: E402


def _full_reading(sentence, monkeypatch):
    """:func:`summarizer.aspects._prose_deficits` as it read before speed25 (its literal gate only)."""
    with monkeypatch.context() as m:
        m.setattr(asp, "_may_find_deficit", lambda s: True)
        return asp._prose_deficits.__wrapped__(sentence)


DEFICIT_SENTENCES = [
    "农村学校的师资力量仍很薄弱，覆盖面仍很小。",  # a poor degree that persists
    "服务网点依然偏少，群众办事还很慢。",
    "排队时间太长了，群众意见很大。",  # excess judged a fault
    "这个方案太过复杂了。",
    "既没有回收渠道，亦没有管制措施。",  # a lack stated twice
    "全县还有危房1200户，其中300户未改造。",  # a count of what remains
    "还存在着违法违规征地的现象。",
    "与发达地区相比仍有较大差距。",
    "使得网络暴力治理陷入一定程度的困境。",
    "少年儿童极易掉入水渠。",
    "社会资本投入较少。",
    # negatives: the words alone, not in the shape of a reading
    "我们还去了公园，太阳很好。",
    "他没有来，大家仍在等待。",
    "依然记得那个夏天。",
    "太好了，问题解决了。",  # 太…了 with a clause mark inside: found in no kept clause
    "还有人说没有办法。",
    "今年举办了三场招聘会。",
    "",
]


@pytest.mark.parametrize("sentence", DEFICIT_SENTENCES)
def test_the_shape_gate_answers_as_the_full_reading(sentence, monkeypatch):
    assert asp._prose_deficits.__wrapped__(sentence) == _full_reading(sentence, monkeypatch)


def test_the_shape_gate_values():
    raw = asp._prose_deficits.__wrapped__
    assert raw("服务网点依然偏少，群众办事还很慢。") == frozenset({"依然偏少"})  # (the first poor degree)
    assert raw("排队时间太长了，群众意见很大。") == frozenset({"太长", "太长了"})  # (prose_challenge 太长, and the excess)
    assert raw("全县还有危房1200户。") == frozenset({"仍有"})
    # negative: the words alone hold no shape: nothing read, nothing found
    for s in ("我们还去了公园，太阳很好。", "他没有来，大家仍在等待。", "还有人说没有办法。", "依然记得那个夏天。"):
        assert not asp._may_find_deficit(s), s
        assert raw(s) == frozenset(), s
    # the shapes themselves pass
    for s in ("覆盖面仍很小", "太长了", "没有A没有B", "还有3户", "存在", "差距"):
        assert asp._may_find_deficit(s), s


def test_every_gate_word_embedded_answers_as_the_full_reading(monkeypatch):
    lex = asp.lexicon()
    words = set(asp._DEFICIT_LITERALS)
    for group in ("prose_challenge", "prose_complaint", "remaining_verb", "remaining_negation", "proneness_adverb",
                  "scant_quantity_noun"):
        words.update(lex.words(group))
    for w in sorted(words):
        for s in ("我们" + w + "，这是一个句子。", "全县" + w + "危房1200户。", w + "很少了", "仍很" + w):
            assert asp._prose_deficits.__wrapped__(s) == _full_reading(s, monkeypatch), s


def test_random_texts_answer_as_the_full_reading(monkeypatch):
    """Texts drawn from the characters the readings look at (the shapes' words, clause marks, a cited title, remedy
    and prohibition openers that drop clauses, digits): the gate never hides a word the full reading finds."""
    pieces = ["还", "仍", "仍然", "依然", "依旧", "很", "较", "太", "十分", "少", "小", "低", "慢", "贵", "了", "长",
              "没有", "未有", "并无", "毫无", "人", "问题", "存在", "着", "现象", "行为", "与", "差距", "陷入", "困境",
              "有", "还有", "未", "1200", "3", "户", "，", "。", "；", "：", "《", "》", "解决", "切勿", "不能",
              "要", "加强", "的", "我们", "资金", "投入", "不足", "缺乏", " ", "容易", "滑倒", "面对", "时"]
    rng = random.Random(25)
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert asp._prose_deficits.__wrapped__(s) == _full_reading(s, monkeypatch), s


def test_the_shape_gate_is_linear_on_long_and_many_inputs():
    line = "没有" + "我们还去了公园" * 14_000  # (a 98,000-character line of the shaped words alone, one lack)
    assert not asp._may_find_deficit(line)
    assert asp._prose_deficits.__wrapped__(line) == frozenset()
    assert asp._may_find_deficit("没有" + "太" * 100_000 + "没有")  # (two lacks, 100,000 characters apart)
    assert not asp._may_find_deficit("太" * 100_000)
    assert not asp._may_find_deficit("1" * 100_000)
    assert all(not asp._may_find_deficit(s) for s in ["还好。"] * 10_000)
