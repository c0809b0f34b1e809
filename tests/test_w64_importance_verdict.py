"""An importance verdict over actions (``…，加强…建设，提高…能力显得尤为重要``) prescribes them, after a challenge in
the same sentence too; a bracketed author line's research field is the author's, not a point (w64, Part 64 kinds)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.clean import clean
from summarizer.pipeline import summarize_document
from summarizer.points import narrates_work_done, turn_parts


def _points(text):
    d = summarize_document(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


def test_importance_verdict_over_actions_is_a_measure():
    assert asp.urgent_measure("健全社区应急预案体系至关重要。")
    assert asp.urgent_measure("完善网格员培训制度，提升网格员履职能力显得尤为重要。")


def test_importance_verdict_over_a_thing_is_no_measure():
    assert not asp.urgent_measure("积极的养育观念尤为重要。")
    assert not asp.urgent_measure("社区党组织的引领作用显得尤为重要。")
    # (the verdict qualifying a noun of worth is no predicate over the action: 具有至关重要的意义)
    assert not asp.urgent_measure("做好基层党建工作，对于巩固执政基础具有至关重要的意义。")
    assert asp.urgent_measure("加强基层应急队伍建设是至关重要的。")


def test_challenge_then_verdict_splits_at_the_actions():
    s = "老旧小区设施老化，物业服务缺位，居民矛盾增多，完善业主委员会制度，提升物业服务水平显得尤为重要。"
    turn, spans = turn_parts(s)
    assert s[:turn] == "老旧小区设施老化，物业服务缺位，居民矛盾增多"
    assert [s[a:b] for a, b in spans] == ["完善业主委员会制度，提升物业服务水平显得尤为重要"]
    ch, rec = _points(s)
    assert rec == ["完善业主委员会制度,提升物业服务水平显得尤为重要"] or rec == ["完善业主委员会制度，提升物业服务水平显得尤为重要"]
    assert not any("完善业主委员会" in p for p in ch)


def test_period_opener_with_verdict_is_no_work_report():
    assert not narrates_work_done("近年来，基层矛盾纠纷明显增多，健全多元调解机制显得尤为重要。")
    assert narrates_work_done("近年来，我镇坚持多元调解，推动矛盾纠纷化解不断取得新成绩。")


def test_bracketed_author_line_and_research_field_are_cut():
    text = "【作者简介】李某，某学院副教授。研究方向为社区治理、应急管理。\n基层应急能力仍然薄弱。\n"
    cleaned = clean(text).text
    assert "研究方向" not in cleaned and "副教授" not in cleaned
    assert "基层应急能力仍然薄弱" in cleaned


def test_research_field_outside_an_author_line_stays():
    assert "研究方向" in clean("课题组调整了研究方向，转向社区治理。\n").text


def test_verdict_turn_is_linear():
    assert_linear(lambda n: turn_parts("设施老化，" * n + "加强管理，" * n + "显得尤为重要。"), 500,
                  "a long run of clauses before an importance verdict")
    assert_linear(lambda n: clean("作者简介】" + "甲" * n + "。研究方向" * n), 2_000, "many research-field words")
