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
