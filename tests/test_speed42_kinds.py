"""speed42: the near-duplicate index tries the kept point the last repeat matched first, four heading readers of the
aspects stage are remembered per document, and issue 9's remaining list shapes grow linearly."""

from __future__ import annotations

from collections import Counter

from costs import assert_linear

import summarizer
from summarizer import aspects as asp
from summarizer.points import _KeptIndex, _KeptText


def _every_kept(index: _KeptIndex, a: str) -> bool:
    """The value :meth:`_KeptIndex.repeats` must give: any kept point repeated by ``a``, all of them tested."""
    return a in index.exact or any(k.repeated_by(a, Counter(a), index.threshold) for k in index.texts)


def test_repeats_with_last_hit_equals_testing_every_kept_point():
    texts = ["加强基层治理队伍建设", "完善社区服务设施", "加强基层治理队伍建设工作", "完善社区服务设施建设",
             "加强基层治理队伍的建设", "提高公共服务水平", "加强基层治理队伍建设工作", "完善农村服务设施",
             "1.加强治理", "2.加强治理", "12.加强治理", "提高公共服务的水平", "加强基层治理队伍建设"]
    text = "".join(texts)
    index = _KeptIndex(Counter(text))
    answers = []
    for t in texts:
        expected = _every_kept(index, t)
        got = index.repeats(t, Counter(t))
        assert got == expected, t
        answers.append(got)
        if not got:
            index.add(_KeptText(t))
    # (完善农村服务设施 differs from 完善社区服务设施 in its middle: a parallel point, kept)
    assert answers == [False, False, True, True, True, False, True, False, False, True, True, True, True]
    assert [k.text for k in index.texts] == ["加强基层治理队伍建设", "完善社区服务设施", "提高公共服务水平", "完善农村服务设施",
                                            "1.加强治理"]


def test_last_hit_outside_the_candidates_fails_and_the_candidates_still_answer():
    index = _KeptIndex(Counter("加强基层治理队伍建设完善社区服务设施"))
    for t in ("加强基层治理队伍建设", "完善社区服务设施"):
        index.add(_KeptText(t))
    assert index.repeats("加强基层治理队伍的建设", Counter("加强基层治理队伍的建设"))
    assert index.last_hit is index.texts[0]
    # the last hit is no candidate of this text: the answer comes from the other kept point
    assert index.repeats("完善社区服务的设施", Counter("完善社区服务的设施"))
    assert index.last_hit is index.texts[1]
    assert not index.repeats("提高公共服务水平", Counter("提高公共服务水平"))


def test_remembered_heading_readers_give_the_unremembered_values():
    for fn in (asp._transition_aspect, asp._modal_vote, asp._modal_actor, asp._actor_modal):
        assert callable(fn.cache_info) and fn.__wrapped__ is not fn
    heads = ["政府应加大投入力度", "教育机构应开设相关课程", "加强基层治理", "要破解上述难题，需要多方协同发力",
             "造成这种现象的原因，大致分为两种", "人员不足"]
    for h in heads:
        for fn in (asp._transition_aspect, asp._modal_vote, asp._modal_actor, asp._actor_modal):
            assert fn(h) == fn.__wrapped__(h) == fn(h), (fn.__name__, h)
    assert asp._modal_vote("政府应加大投入力度") == asp.RECOMMENDATION
    assert asp._modal_actor("政府应加大投入力度") == "政府"
    assert asp._actor_modal("教育机构应开设相关课程") is True
    assert asp._actor_modal("加强基层治理") is False
    assert asp._transition_aspect("要破解上述难题，需要多方协同发力") == asp.RECOMMENDATION
    assert asp._transition_aspect("人员不足") is None


_NUMS = "一二三四五六七八九十"


def test_issue9_list_shapes_grow_linearly():
    summarizer.summarize("加强基层治理。当前存在短板问题。建议完善制度。")  # warm: dictionaries loaded
    assert_linear(lambda n: summarizer.summarize("".join(f"{i}. 要加强人才建设{i}\n" for i in range(1, n + 1))), 150,
                  "numbered lines N. 要加强人才建设N")
    assert_linear(lambda n: summarizer.summarize("".join(f"{_NUMS[i % 10]}是加强基层治理{i}。\n" for i in range(n))),
                  150, "一是…十是 lines")
    assert_linear(lambda n: summarizer.summarize("".join(f"（{_NUMS[i % 10]}）加强基层治理{i}\n" for i in range(n))),
                  150, "（一）… heading lines")
    assert_linear(lambda n: summarizer.summarize("①②③" * n), 800, "one line of ①②③ markers")


def test_a_repeated_essay_grows_linearly():
    essay = ("基层治理面临的问题与对策\n一、存在的问题\n（一）人员不足。基层干部任务重，人手紧张。\n"
             "（二）经费紧张。部分社区经费保障不到位。\n二、对策建议\n（一）充实队伍。要加大人员招录力度。\n"
             "（二）加大投入。建议建立稳定的经费保障机制。\n")
    assert_linear(lambda n: summarizer.summarize(essay * n), 8, "an essay repeated")
