"""theme50: a fresh user's collection themes on five short essays (check50): a shared clause said past the 40th
character of a point, or opened by an adverb, made no theme; a point that names the collection's own subject
(``基层干部`` in essays on grassroots cadres) joined a staffing theme through that word alone; a label kept the hedge
that opens its point (``一些居民分类意识不强``).

Three kinds, fixed as such (texts of our own):

* a later clause is a feature (:data:`summarizer.collection.CLAUSE_PREFIX`) read from the whole first sentence, not
  its first 40 characters (a clause cut there was a fragment no other essay says), without the modals and adverbs of
  manner that open it (:func:`summarizer.collection.clause_key`: ``切实减少重复填报`` is ``减少重复填报``), and weighs
  :data:`summarizer.collection.CLAUSE_TF` (6): the same clause said whole by two essays is one theme;
* a topic word inside the collection's own subject keyphrase (:func:`summarizer.collection.collection_topics`) counts
  :data:`summarizer.collection.OWN_TOPIC_TF` of a topic (what every essay is about names no theme within it);
* a hedging quantifier (``一些`` ``部分`` ``个别`` ``有的``) opens no label (:func:`summarizer.collection.bare_label`).
"""

from __future__ import annotations

import re

from costs import assert_linear
from summarizer import collection
from summarizer.collection import PROFILES, bare_label, clause_key, synthesize, weighted_features
from theme_helpers import essay, themes


def _with_keyphrases(e: dict, *words: str) -> dict:
    e["keyphrases"] = [{"text": w, "score": 1.0, "occurrences": []} for w in words]
    return e


_PAPERWORK = [
    _with_keyphrases(essay(0, ["乡村教师疲于应付各类检查评比"], ["精简各类检查评比，减少重复填报"]), "乡村教师"),
    _with_keyphrases(essay(1, ["学校形式主义问题突出"],
                           ["要统筹各类进校事项，推行一张表格，建立共享的信息平台，实现一次采集、多方使用，切实减少重复填报"]),
                     "乡村教师"),
    _with_keyphrases(essay(2, ["乡村学校教师编制紧缺"], ["适当增加乡村学校教师编制，补充师资力量"]), "乡村教师"),
    _with_keyphrases(essay(3, ["乡村教师待遇偏低"], ["完善乡村教师激励机制，提高乡村教师生活补助"]), "乡村教师"),
]


def test_a_clause_two_essays_say_past_the_40th_character_or_after_an_adverb_is_one_theme():
    coll = synthesize(_PAPERWORK)
    top = themes(coll, "recommendations")[0]
    assert top[:3] == ("减少重复填报", 2, [0, 1])
    assert coll.recommendations[0].label_points == 2
    assert [t.essay_count for t in coll.recommendations[1:]] == [1, 1]


def test_before_the_shared_clause_made_no_theme(monkeypatch):
    # the faults fixed: the second essay's clause opened with 切实 (neither its clause feature nor the fault it ends
    # was read past it), and the clause weighed 4
    remedy = collection._remedy_pattern.__wrapped__
    monkeypatch.setattr(collection, "_clause_opener", lambda: re.compile(""))
    monkeypatch.setattr(collection, "_remedy_pattern", lambda: remedy())
    assert max(t.essay_count for t in synthesize(_PAPERWORK).recommendations) == 1


def test_the_fault_a_measure_ends_is_read_past_an_adverb_and_the_40th_character():
    assert collection.remedied_fault("，切实杜绝重复填报") == "重复填报"
    assert collection.remedied_fault("，要进一步杜绝混装混运") == "混装混运"
    # a remedy verb inside a clause still gives none
    assert collection.remedied_fault("，建立杜绝浪费长效机制") == ""


def test_a_clause_key_drops_the_modals_and_adverbs_that_open_it():
    assert clause_key("切实减少重复填报") == clause_key("减少重复填报") == "减少重复填报"
    assert clause_key("要进一步减少重复填报") == "减少重复填报"
    assert clause_key(" 应当 积极 减少重复填报") == "减少重复填报"
    # the verdict frame that closes it goes too; a clause of other words stays as it is
    assert clause_key("切实减少重复填报的问题十分突出") == "减少重复填报"
    assert clause_key("教师编制紧缺") == "教师编制紧缺"


def test_a_topic_word_inside_the_collections_subject_counts_less():
    profile = PROFILES["challenges"]
    own = weighted_features(["乡村教师疲于应付各类检查评比"], profile, ("乡村教师",))[0]
    plain = weighted_features(["乡村教师疲于应付各类检查评比"], profile)[0]
    assert plain["#personnel"] == 1.0 and own["#personnel"] == collection.OWN_TOPIC_TF < 1.0
    assert own["#supervision"] == plain["#supervision"] == 1.0
    # the same topic named by a word of its own (编制) counts whole
    staff = weighted_features(["乡村学校教师编制紧缺"], profile, ("乡村学校",))[0]
    assert staff["#personnel"] == 1.0


_COMMUNITY = [
    _with_keyphrases(essay(0, ["社区工作者疲于应付各类会议，台账报表越来越多"]), "社区工作者"),
    _with_keyphrases(essay(1, ["街道形式主义问题突出，留痕要求过多"]), "社区工作者"),
    _with_keyphrases(essay(2, ["社区工作者手机里装满各种政务软件，指尖上的形式主义加重负担"]), "社区工作者"),
    _with_keyphrases(essay(3, ["社区人手紧缺，一人身兼数职"]), "社区工作者"),
    _with_keyphrases(essay(4, ["社区工作者薪酬偏低，流失严重"]), "社区工作者"),
]


def test_a_point_naming_the_collections_subject_joins_no_staffing_theme_through_it():
    by_point = {p: t[1] for t in themes(synthesize(_COMMUNITY), "challenges") for p in t[3]}
    assert by_point["社区工作者疲于应付各类会议，台账报表越来越多"] == 1
    assert by_point["社区人手紧缺，一人身兼数职"] == 2


def test_before_the_subjects_word_made_the_meetings_a_staffing_theme(monkeypatch):
    monkeypatch.setattr(collection, "OWN_TOPIC_WORDS", False)
    top = themes(synthesize(_COMMUNITY), "challenges")[0]
    assert top[2] == [0, 3, 4]


def test_a_hedge_opens_no_label():
    assert bare_label("一些居民分类意识不强") == "居民分类意识不强"
    assert bare_label("部分年轻干部思想不稳定") == "年轻干部思想不稳定"
    assert bare_label("同时，个别单位落实不到位") == "单位落实不到位"
    assert bare_label("有的村庄垃圾随意堆放") == "村庄垃圾随意堆放"
    # a word that only opens with a hedge's characters, or too little left: kept
    assert bare_label("有的放矢开展帮扶") == "有的放矢开展帮扶"
    assert bare_label("少数民族地区师资短缺") == "少数民族地区师资短缺"
    assert bare_label("一些问题") == "一些问题"
    # Traditional script: read in the Simplified view, cut at the same offset
    assert bare_label("一些居民分類意識不強") == "居民分類意識不強"


def test_a_theme_of_hedged_points_is_labelled_without_the_hedge():
    coll = synthesize([essay(0, ["一些居民分类意识不强，随手乱扔"]), essay(1, ["部分居民分类意识不强"]),
                       essay(2, ["分类收运车辆不足"])])
    top = coll.challenges[0]
    assert (top.label, top.essay_count, top.label_points) == ("居民分类意识不强", 2, 2)


def test_clause_keys_hedges_and_subject_words_stay_linear():
    def run(k: int) -> None:
        text = "乡村教师" + "，".join(["切实减少重复填报"] * k) + "。" + "村" * (40 * k)
        weighted_features([text, "切实" * k + "，" + "填" * (40 * k), "建立平台，" + "切实" * k + "杜绝浪费"],
                          PROFILES["recommendations"], ("乡村教师", "村村"))
        clause_key("切实" * k + "填报")
        bare_label("一些" * k + "居民")

    assert_linear(run, 200, "clause keys, hedges and the collection's subject words")
