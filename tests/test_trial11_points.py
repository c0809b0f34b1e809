"""Aspect faults a new user's trial found (trial11, issue 8), each tested on a small text written for the test: a
run-in problem item whose heading opens with a word that is both a verb and a noun (``二是发展空间狭小。``), and a
sentence that states problems and then turns to the speaker's measures without a connective
(``…等突出问题，我们应当…``)."""

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


_RUN_IN_PROBLEMS = (
    "基层医生为何留不住\n\n"
    "近年来，不少乡镇卫生院的年轻医生干不了几年就走了。\n\n"
    "一是薪酬偏低，吸引力不足。基层医生的工资与城市医院相差较大。二是发展空间狭小。乡镇卫生院进修机会少，晋升名额有限，"
    "年轻医生看不到希望。三是工作条件艰苦，设备陈旧、药品短缺。\n\n"
    "解决这些问题，需要多方努力。首先，要提高基层医生的薪酬待遇。其次，应当为基层医生提供更多进修机会。\n")


def test_a_run_in_problem_item_that_opens_with_a_noun_use_of_a_verb_is_a_challenge():
    challenges, recommendations = _points(_RUN_IN_PROBLEMS)
    assert challenges == ["薪酬偏低，吸引力不足", "发展空间狭小", "工作条件艰苦，设备陈旧、药品短缺"]
    assert recommendations == ["要提高基层医生的薪酬待遇", "应当为基层医生提供更多进修机会"]


def test_a_dual_use_word_before_a_predicate_of_too_little_room_is_the_subject():
    assert not asp.starts_imperative("发展空间狭小")
    assert not asp.starts_imperative("发展渠道偏窄")
    assert asp.item_vote("发展空间狭小") == asp.CHALLENGE
    assert asp.starts_imperative("发展壮大村集体经济")  # the verb with its object: a measure


def test_a_sentence_that_turns_from_problems_to_the_speakers_measures_gives_both():
    text = "近年来，乡镇卫生院面临人员短缺、设备陈旧等突出问题，我们应当加大财政投入，完善人才引进机制，切实改善就医条件。"
    challenges, recommendations = _points(text)
    assert challenges == ["近年来，乡镇卫生院面临人员短缺、设备陈旧等突出问题"]
    assert recommendations == ["加大财政投入，完善人才引进机制，切实改善就医条件"]


def test_the_resolving_turn():
    sentence = "乡镇卫生院面临人员短缺等问题，各级政府要加大财政投入，完善人才引进机制。"
    turn, measures = points.turn_parts(sentence)
    assert sentence[:turn] == "乡镇卫生院面临人员短缺等问题"
    assert [sentence[a:b] for a, b in measures] == ["加大财政投入，完善人才引进机制"]
    # a frame of the resolution before it states no problem: one measure in its frame
    assert points.turn_parts("面对严峻的人员短缺形势，我们应当加大财政投入。") is None
    assert points.turn_parts("在这种困难的情况下，我们更需要加大财政投入。") is None
    # no shortcoming before the turn, or nothing after the modal
    assert points.turn_parts("乡镇卫生院承担着基本医疗服务，我们应当加大财政投入。") is None
    assert points.turn_parts("乡镇卫生院面临人员短缺等问题，我们应当。") is None
    assert asp.resolves_to_act("我们应当加大投入") == 4
    assert asp.resolves_to_act("我国卫生院人员短缺") is None


def test_a_repeated_problem_clause_set_in_the_present_is_not_glued_to_the_point_before_it():
    clause = "基层医疗机构面临人员短缺、设备陈旧、经费紧张等突出问题"
    text = ("当前，" + clause + "，") * 3 + "我们应当加大财政投入，完善人才引进机制，切实改善就医条件。"
    challenges, recommendations = _points(text * 50)
    assert challenges == [clause]
    assert recommendations == ["加大财政投入，完善人才引进机制，切实改善就医条件"]


def test_the_resolving_turn_is_linear():
    # 10,000 tiny clauses and a 100k-character clause without punctuation
    assert points.turn_parts("，".join(["人员短缺"] * 10_000) + "。") is None
    assert points.turn_parts("短缺" * 50_000 + "，我们应当" + "加强" * 50_000) is not None
