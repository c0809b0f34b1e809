"""theme43: a challenge said through a verb of showing, and the regional words of Taiwan, Hong Kong, Macau and
Malaysian Chinese for what the mainland names otherwise; and the two fresh gold collections of this round.

``急剧增长的工作量凸显了社区人手不足的短板`` is about the shortage of hands, not about the workload that shows it: the
clause is now read from after the verb of showing (``resources/theme_predicates.txt``, group ``reveal``), as it was
after a causal connective (:func:`summarizer.collection.cause_start`). ``simplified_view`` converts characters only
(``軟體`` -> ``软体``, never ``软件``): the regional words are now read as the mainland's
(``resources/theme_synonyms.txt``; ``津贴`` ``软体`` ``安老`` also carry their topic, ``resources/themes.txt``).
"""

from __future__ import annotations

import re

from costs import assert_linear
from summarizer import collection
from summarizer.collection import cause_start, synthesize
from theme_helpers import essay, held_out_gold, themes


def test_a_challenge_said_through_a_verb_of_showing_is_read_from_what_is_shown():
    for text, rest in (("急剧增长的工作量凸显了社区人手不足的短板", "社区人手不足的短板"),
                       ("物业公司在停电时暴露出了缺乏应急预案的问题", "缺乏应急预案的问题"),
                       ("連日暴雨暴露出排水設施老化的短板", "排水設施老化的短板"),
                       ("由于缺少运营经费", "缺少运营经费")):
        assert text[cause_start(text):] == rest


def test_a_verb_of_showing_without_a_shortcoming_after_it_changes_nothing():
    for text in ("这反映了群众的期待", "矛盾日益凸显", "問題凸顯", "调查结果反映出居民满意度高"):
        assert cause_start(text) == 0


_SHOWN = [
    essay(0, ["急剧增长的工作量凸显了社区人手不足的短板", "老旧小区停车位紧张"]),
    essay(1, ["社区人手不足，难以应对突发任务", "电梯加装推进缓慢"]),
    essay(2, ["持续的防汛压力暴露出社区人手不足的问题", "垃圾清运不及时"]),
]


def test_three_essays_naming_one_shortage_directly_or_through_what_shows_it_make_one_theme():
    top = synthesize(_SHOWN).challenges[0]
    assert top.essays == [0, 1, 2] and top.essay_count == 3
    assert len(top.points) == 3


_REGIONS = [
    essay(0, ["长者安老院舍宿位严重不足", "公共交通班次太少"], ["增加安老院舍宿位"]),
    essay(1, ["养老院舍床位供不应求", "的士司机拒载情况普遍"], ["增加养老院舍床位"]),
    essay(2, ["计程车服务质素参差", "托育名额不足"], ["提升出租车服务质量"]),
    essay(3, ["出租车服务质量下降", "社区活动场地缺乏"], ["改善的士服务质素"]),
]


def test_regional_words_meet_the_mainland_words_for_the_same_thing():
    coll = synthesize(_REGIONS)
    got = {tuple(t[2]) for t in themes(coll, "challenges") if t[1] >= 2}
    assert (0, 1) in got  # 安老院舍 / 养老院舍
    assert (2, 3) in got  # 计程车服务质素 / 出租车服务质量
    rec = {tuple(t[2]) for t in themes(coll, "recommendations") if t[1] >= 2}
    assert (0, 1) in rec and (2, 3) in rec


_PAIRS = [("的士太少", "出租车太少"), ("安老资助偏低", "养老补贴偏低"), ("軟體開發人員短缺", "软件开发人员短缺"),
          ("幼稚園學位不足", "幼儿园学位不足")]


def _cosine(a: str, b: str) -> float:
    _, kept = collection.vectors([a, b], collection.CHALLENGE_PROFILE)
    return float((kept @ kept.T).toarray()[0, 1])


def test_a_regional_word_and_the_mainland_word_are_one_word_for_the_themes():
    for a, b in _PAIRS[:1] + _PAIRS[3:]:
        assert _cosine(a, b) > 0.99
    for a, b in _PAIRS[1:3]:
        assert _cosine(a, b) >= collection.DEFAULT_THRESHOLD


def test_without_the_regional_words_those_points_stayed_apart(monkeypatch):
    # the fault fixed: the synonym table held the mainland words only
    with_them = [_cosine(a, b) for a, b in _PAIRS]
    pattern, canon = collection._synonym_pattern()
    regional = {"安老", "津贴", "软体", "网路", "资讯", "质素", "的士", "计程车", "残障人士", "身心障碍者", "身障者",
                "伤残人士", "残障者", "幼稚园"}
    kept = {w: c for w, c in canon.items() if w not in regional}
    words = sorted(kept, key=lambda w: (-len(w), w))
    monkeypatch.setattr(collection, "_synonym_pattern",
                        lambda: (re.compile("|".join(re.escape(w) for w in words)), kept))
    assert _cosine(*_PAIRS[0]) < collection.DEFAULT_THRESHOLD  # 的士 / 出租车: nothing shared
    assert all(_cosine(a, b) < before - 0.1 for (a, b), before in zip(_PAIRS, with_them))


def test_cause_start_is_linear():
    assert_linear(lambda n: cause_start("凸显了" * n + "不足"), 2_000, "a run of verbs of showing")
    assert_linear(lambda n: synthesize([essay(k, ["持续压力暴露出人手" + "很" * n + "不足"]) for k in range(3)]), 2_000,
                  "one long clause after a verb of showing")


def test_the_fresh_collections_of_this_round_hold_their_gold_points():
    from benchmarks.themes import collection_set
    for name, ids in (("food6", [683, 1661, 2160, 2488, 2444, 3114]),
                      ("heritage6", [1065, 1066, 1267, 2416, 2742, 2743])):
        gold = held_out_gold(name, ids)
        assert gold["fresh"] is True and collection_set(gold) == "fresh"
