"""coll59: a fresh user saw a recommendation theme's count inflated, ``加大投入 — 4/4``: four essays' measures that
open with the same frame verb and a generic object (``加大投入，…`` ``加强管理，…``) and then say what they are about, each
about a different thing, were one theme through the frame alone.

A first clause that is only a frame verb and its generic object (``theme_predicates.txt``'s ``frame_object`` group;
:func:`summarizer.collection.frame_only_clause`) is read past when a later clause of the sentence says more
(:func:`summarizer.collection.measure_start`): the measure is compared and labelled by its content. Texts of our own.
"""

from __future__ import annotations

from costs import assert_linear
from summarizer import collection
from summarizer.collection import frame_only_clause, measure_start, synthesize
from theme_helpers import essay, themes

# four essays on four subjects; every measure opens with 加大投入 or 加强管理, then names its own object
_FRAMED = [
    essay(0, ["农村学校办学条件较差"], ["加大投入，改善农村学校办学条件", "加强管理，规范校车运营"]),
    essay(1, ["社区养老床位紧张"], ["加大资金投入，增加社区养老床位", "加强管理，整治农贸市场占道经营"]),
    essay(2, ["中小企业研发能力弱"], ["政府要加大投入，支持中小企业研发创新", "加强科研项目管理，提高经费使用效率"]),
    essay(3, ["公交线路覆盖不足"], ["加大财政投入，增开偏远乡镇公交线路", "加强管理，治理共享单车乱停乱放"]),
]


def test_measures_that_share_only_a_frame_verb_and_a_generic_object_are_no_theme():
    coll = synthesize(_FRAMED)
    got = themes(coll, "recommendations")
    assert [essays for _, _, essays, _ in got] == [[0], [0], [1], [1], [2], [2], [3], [3]]
    assert sorted(label for label, _, _, _ in got) == sorted([
        "改善农村学校办学条件", "规范校车运营", "增加社区养老床位", "整治农贸市场占道经营", "支持中小企业研发创新",
        "加强科研项目管理", "增开偏远乡镇公交线路", "治理共享单车乱停乱放"])


def test_before_the_frame_alone_made_themes_of_four_and_three_essays(monkeypatch):
    # the fault fixed: the frame clause was the compared clause, so 投入 and 管理 were all the measures shared
    monkeypatch.setattr(collection, "_past_frame_clauses", lambda view, start: start)
    got = themes(synthesize(_FRAMED), "recommendations")
    assert got[0][:3] == ("加大投入", 4, [0, 1, 2, 3])
    assert got[1][:3] == ("加强管理", 3, [0, 1, 3])


def test_measures_that_share_their_content_under_different_frames_stay_one_theme():
    coll = synthesize([
        essay(0, ["乡村学校办学条件差"], ["加大投入，改善乡村学校办学条件"]),
        essay(1, ["乡村学校校舍老旧"], ["加强管理，改善乡村学校办学条件"]),
        essay(2, ["乡村学校缺少图书"], ["改善乡村学校办学条件，配齐图书仪器"]),
        essay(3, ["城市停车难"], ["加大投入，建设立体停车场"]),
    ])
    got = themes(coll, "recommendations")
    assert got[0][:3] == ("改善乡村学校办学条件", 3, [0, 1, 2])
    assert [essays for _, _, essays, _ in got[1:]] == [[3]]


def test_set_phrases_of_how_a_measure_is_pursued_make_no_theme_either():
    texts = ["改善农村学校办学条件", "增加社区养老床位", "增开偏远乡镇公交线路"]
    for frame in ("多措并举", "加强组织领导", "强化责任落实", "完善相关制度"):
        coll = synthesize([essay(k, ["问题"], [f"{frame}，{t}"]) for k, t in enumerate(texts)])
        assert [(label, essays) for label, _, essays, _ in themes(coll, "recommendations")] == [
            (t, [k]) for k, t in enumerate(texts)], frame


def test_a_measure_that_says_nothing_but_its_frame_keeps_it():
    # 加大投入 said alone, or followed by another frame only, is what the point says: two essays that say it share it
    coll = synthesize([essay(0, ["经费不足"], ["加大投入"]), essay(1, ["人手不足"], ["加大投入，加强管理"]),
                       essay(2, ["场地不足"], ["新建社区活动中心"])])
    got = themes(coll, "recommendations")
    assert got[0][:3] == ("加大投入", 2, [0, 1])
    assert measure_start("加大投入，加强管理。") == 0


def test_frame_only_clauses():
    assert frame_only_clause("加大投入")
    assert frame_only_clause("政府要加大财政投入")
    assert frame_only_clause("进一步加强监管")
    assert frame_only_clause("加大扶持力度")
    assert not frame_only_clause("加大对农村教育的投入")  # names its object
    assert not frame_only_clause("加强科研项目管理")
    assert not frame_only_clause("加大治安隐患排查")  # no generic object
    assert not frame_only_clause("加大宣传力度")  # a kind of measure: publicity is what is done
    assert frame_only_clause("完善相关制度")  # generic words only
    assert frame_only_clause("多措并举") and frame_only_clause("加强组织领导")  # how, not what
    assert not frame_only_clause("加强基层组织建设") and not frame_only_clause("压实主体责任")
    assert not frame_only_clause("")
    assert measure_start("加大投入，改善农村学校办学条件。") == 5
    assert measure_start("要加强管理，规范校車運營。") == 6  # Traditional: read through its Simplified view
    assert measure_start("加大对农村教育的投入，改善办学条件。") == 0


def test_reading_past_frame_clauses_is_linear():
    assert_linear(lambda n: measure_start("加大投入" * n + "，改善" + "条件" * n), 2_000, "a long frame clause")
    assert_linear(lambda n: measure_start("加大投入，" * n + "改善条件"), 2_000, "many frame clauses")
    assert_linear(lambda n: frame_only_clause("加" * n), 5_000, "a clause without punctuation")


# --- the need a challenge's thing falls short of (``X无法满足…的需要``) is not what the challenge is about

def _cosines(texts: list[str]) -> list[list[float]]:
    m, _ = collection.vectors(texts, collection.PROFILES["challenges"])
    return (m @ m.T).toarray().round(3).tolist()


_NEEDS = ["卫生院设备陈旧", "卫生院设备无法满足偏远山区留守老人就近看病的需要",
          "乡村公交班次难以满足偏远山区留守老人就近出行的需要", "乡村学校图书数量不足"]


def test_two_things_that_fail_one_need_share_nothing_and_the_thing_short_is_compared():
    sim = _cosines(_NEEDS)
    assert sim[1][2] == 0.0  # clinics' equipment and bus runs: only the need was shared
    assert sim[0][1] > 0.7  # the equipment short, said two ways
    coll = synthesize([essay(k, [t]) for k, t in enumerate(_NEEDS)])
    assert [essays for _, _, essays, _ in themes(coll, "challenges")] == [[0, 1], [2], [3]]
    assert themes(coll, "challenges")[0][0] == "卫生院设备"


def test_before_the_need_linked_two_things_and_diluted_the_thing(monkeypatch):
    import re
    monkeypatch.setattr(collection, "_unmet_need_pattern", lambda: re.compile(r"(?!)(?P<need>)"))
    sim = _cosines(_NEEDS)
    assert sim[1][2] >= collection.DEFAULT_THRESHOLD
    assert sim[0][1] < 0.7


def test_the_need_is_blanked_to_its_clause_end_only():
    pattern = collection._unmet_need_pattern()
    text = "床位数量难以满足老人入住需求，护理人员不足"
    m = pattern.search(text)
    assert m.group() == "难以满足老人入住需求"
    assert pattern.sub(collection._blank_need, text) == "床位数量难以满足      ，护理人员不足"
    assert_linear(lambda n: pattern.sub(collection._blank_need, "无法满足" + "需" * n), 20_000, "a need without end")
    assert_linear(lambda n: pattern.sub(collection._blank_need, "无法满足，" * n), 5_000, "many short needs")
