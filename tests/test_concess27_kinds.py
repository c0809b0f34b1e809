"""concess27: concessive turns (虽然/尽管/固然 …，但/却/然而 …) whose main clause states a lack or what persists, and a
concession that opens a sentence whose main clause states the problem. Texts written for these tests."""

from summarizer import aspects, pipeline
from costs import assert_linear

_OTHER = "居民们普遍反映，小区的路灯晚上经常不亮。"


def _points(sentence: str) -> dict[str, list[tuple[str, int, int]]]:
    essay = pipeline.analyze("社区治理的几点思考\n\n" + sentence + "\n\n" + _OTHER + "\n")[0]
    return {k: [(essay.text[p.start:p.end], p.start, p.end) for p in v] for k, v in essay.points.items()}


# --- a concession's turn to a lack (aspects.conceded_lack, aspects._conceded_lack_pattern, read by turns_to_lack) ---

_SHORT_LACK = "虽然学校修建了新的操场，但在日常管理上没有跟上。"
_LONG_LACK = "虽然我市近年来在各个街道都制定了垃圾分类的实施方案和考核办法，但在具体执行上没有延伸到村一级。"


def test_turn_after_a_concession_to_a_lack_states_a_problem():
    assert aspects.conceded_lack(_SHORT_LACK)
    assert aspects.turns_to_lack(_SHORT_LACK)
    assert "却" in aspects._prose_deficits(_SHORT_LACK)  # (the deficit word of a turn to a lack, as 却…没有 gives)
    assert aspects.prose_aspect(_SHORT_LACK) == aspects.CHALLENGE
    # one lack suffices in a long sentence (47 characters) when a concession grants the effort before it
    assert len(_LONG_LACK) > aspects.PROSE_SHORT_CHARS
    assert aspects.prose_aspect(_LONG_LACK) == aspects.CHALLENGE


def test_conceded_lack_gives_the_sentence_as_a_point():
    got = _points(_LONG_LACK)
    assert got["challenge"] == [
        ("虽然我市近年来在各个街道都制定了垃圾分类的实施方案和考核办法，但在具体执行上没有延伸到村一级", 10, 56),
        ("小区的路灯晚上经常不亮", 66, 77)]
    assert got["recommendation"] == []


def test_resolve_or_prohibition_after_the_turn_is_no_lack():
    # a negated giving-up or forgetting is a resolve; 不能 after 但 forbids (a modal), where 却不能 states an inability
    for s in ("虽然工作很忙，但他没有忘记学习。", "虽然天气很冷，但大家没有放弃。", "虽然天气很冷，但大家没有轻易放弃。",
              "虽然条件艰苦，但不能因此降低标准。", "尽管困难很多，但我们没有辜负大家的期望。"):
        assert not aspects.conceded_lack(s), s
        assert not aspects.turns_to_lack(s), s
    # a negation in the subject is no lack of the main clause (他没有忘记: the subject may not run over 没)
    assert not aspects.conceded_lack("虽然很忙，但他没有忘记。")
    # no concession: a plain 但 with a lack is not this reading (the 却 reading and others stay as they were)
    assert not aspects.conceded_lack("学校修建了新的操场，但在日常管理上没有跟上。")


def test_what_persists_after_the_turn():
    s = "他进一步指出，尽管市政府在各区采取了一系列措施继续为独居老人提供上门探访，但执行层面仍存在改善空间，以更好地照顾长者。"
    assert aspects.conceded_lack(s)
    assert aspects.prose_aspect(s) == aspects.CHALLENGE
    assert _points(s)["challenge"][0] == (
        "尽管市政府在各区采取了一系列措施继续为独居老人提供上门探访，但执行层面仍存在改善空间，以更好地照顾长者", 17, 68)
    # what persists may be no shortfall (潜力, 希望, 信心), a few characters after 仍存在
    assert not aspects.conceded_lack("虽然市场波动，但行业仍存在发展潜力。")
    assert not aspects.conceded_lack("虽然遇到挫折，但仍存在希望。")


def test_gate_admits_the_conceded_lack():
    # the cheap gate of _prose_deficits must let every such sentence through (speed21/speed25)
    assert aspects._deficit_literal_re().search(_LONG_LACK)
    assert aspects._may_find_deficit(_LONG_LACK)


# --- a concession that opens a sentence whose main clause states the problem (prose_aspect via concession_main) ---

def test_modal_inside_the_concession_prescribes_nothing():
    s = "虽然教育部门多年来一再强调各校要致力为每个学生提供适切的个别辅导，但是重病学生家庭的课外负担却一直为人诟病。"
    assert aspects.concession_main(s) == s.index("重病")
    assert aspects.prose_aspect(s) == aspects.CHALLENGE
    # the main clause prescribes: no challenge (the concession's problem is the other side)
    r = "虽然家长负担较重，但学校要为每个学生提供个别辅导。"
    assert aspects.prose_aspect(r) != aspects.CHALLENGE
    # the main clause states no problem: the reading leaves the sentence as it was
    assert aspects.prose_aspect("虽然天气很冷，但大家干劲十足。") is None


# --- linear cost ---------------------------------------------------------------------------------------------------

def test_long_inputs_stay_linear():
    line = ("虽然" + "各地制定了规划" * 20 + "，") * 700  # about 100,000 characters, no turn
    assert not aspects.conceded_lack(line)
    many = "虽然好，但没有。" * 10000
    assert aspects.conceded_lack(many)
    assert_linear(lambda n: aspects.conceded_lack(("虽然" + "各地制定了规划" * 20 + "，") * n), 700, "one long clause")
    assert_linear(lambda n: aspects.conceded_lack("虽然好，但没有。" * n), 10000, "many turns")
    assert_linear(lambda n: aspects._conceded_lack_re().findall("虽然好，但没有。" * n), 10000, "many turns, findall")
