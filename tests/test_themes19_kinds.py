"""themes19: kinds of first clause and word the collection themes read past or keep (issue 14).

Small collections written for these tests (not copied from a corpus document); each asserts the themes, their
labels and their essay counts, or the exact offsets where a point is read from."""

import pytest

from summarizer.collection import (RECOMMENDATION_PROFILE, frame_end, measure_start, synthesize,
                                   weighted_features)


def _essay(index, challenges=(), recommendations=()):
    def points(texts):
        return [{"text": t, "start": 200 * j, "end": 200 * j + len(t)} for j, t in enumerate(texts)]
    return {"index": index, "title": None, "challenges": points(challenges),
            "recommendations": points(recommendations)}


def _themes(collection, aspect):
    return [(t.label, t.essay_count, t.essays) for t in getattr(collection, aspect)]


@pytest.mark.parametrize("text, start", [
    ("事实证明，社区食堂的运营经费难以为继", 5),          # an evidence opening with its comma
    ("调查显示社区食堂的运营经费难以为继", 4),            # ... glued to the point
    ("這表明鄉村教師的流失十分嚴重", 3),                  # Traditional: read in its Simplified view
    ("君不見，街頭的劏房越來越多", 4),                    # a rhetorical opening
    ("很可惜，乡村公交的班次越来越少", 4),                # a stance opening
    ("值得注意的是，部分地区的投入不升反降", 7),          # an opening that only introduces the point
    ("虽然补贴逐年增加，乡村教师依然留不住", 9),          # a concessive first clause
    ("即便设施建成，使用率也很低", 7),
    ("为解决这一困境，增设社区托育点", 8),                # a first clause of purpose
    ("为了减轻基层负担，要精简会议文件", 9),
    ("在受访老人中，多数反映看病不便", 7),                # a scope clause: among whom
])
def test_a_first_clause_of_evidence_concession_purpose_or_scope_is_read_past(text, start):
    assert frame_end(text) == start


@pytest.mark.parametrize("text", [
    "为留守儿童创造好的学习条件，提供更多关爱",          # 为 + beneficiary: the measure itself
    "可见度低的路段事故多发",                              # 可见 inside a word is no evidence opening
    "在农村垃圾的处理上，应实行城乡一体化",                # 在…上 names what the point is about
    "比如",                                                # nothing follows the opening
    "虽然补贴逐年增加",                                    # a concession with no clause after it
])
def test_a_first_clause_that_is_the_point_is_kept(text):
    assert frame_end(text) == 0


def test_themes_are_labelled_past_evidence_and_concession_openings():
    essays = [_essay(0, ["事实证明，社区养老床位严重不足", "护理人员流失严重"]),
              _essay(1, ["调查显示，社区养老床位供给不足"]),
              _essay(2, ["虽然投入逐年增加，社区养老床位依然短缺"])]
    c = synthesize(essays)
    assert _themes(c, "challenges") == [("社区养老床位严重不足", 3, [0, 1, 2]), ("护理人员流失严重", 1, [0])]


def test_recommendations_are_labelled_past_a_clause_of_purpose():
    essays = [_essay(0, recommendations=["为解决这一困境，增加社区养老床位"]),
              _essay(1, recommendations=["为了缓解床位紧张，要增加养老床位供给"]),
              _essay(2, recommendations=["加强护理人员培训"])]
    c = synthesize(essays)
    assert _themes(c, "recommendations") == [("养老床位", 2, [0, 1]), ("加强护理人员培训", 1, [2])]
    assert [p.text for p in c.recommendations[0].points] == ["为解决这一困境，增加社区养老床位",
                                                              "为了缓解床位紧张，要增加养老床位供给"]


def test_a_word_that_holds_a_modal_or_generic_character_is_not_blanked():
    # recommendations blank the generic words (加强, 完善, 要, 应, 机制) wherever they stand, but not the 应 of
    # 应急 供应 相应: those are other words
    feats = weighted_features(["加强应急物资储备", "要加强供应保障", "完善相应机制"], RECOMMENDATION_PROFILE)
    assert {"应急", "应", "急"} <= set(feats[0]) and "加强" not in feats[0] and "强应" not in feats[0]
    assert {"供应", "应保"} <= set(feats[1]) and "加" not in feats[1]
    assert sorted(k for k in feats[2] if not k.startswith("#")) == ["应", "相", "相应"]


def test_two_emergency_measures_meet_on_their_object():
    # a guard (main groups these too): keeping 应急 whole does not split two measures of one object, nor join a third
    essays = [_essay(0, recommendations=["加强应急物资储备"]), _essay(1, recommendations=["完善应急物资储备制度"]),
              _essay(2, recommendations=["提高社区医生待遇"])]
    c = synthesize(essays)
    assert _themes(c, "recommendations") == [("加强应急物资储备", 2, [0, 1]), ("提高社区医生待遇", 1, [2])]


def test_the_measure_clause_after_a_purpose_is_unchanged():
    # measure_start (a purpose clause, then a modal clause) still finds the measure
    assert measure_start("促进农民增收，需要拓宽筹资渠道") == 7
