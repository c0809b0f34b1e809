"""Aspect faults a new user's trial found (trial11, issue 8), each tested on a small text written for the test: a
run-in problem item whose heading opens with a word that is both a verb and a noun (``二是发展空间狭小。``)."""

from summarizer import aspects as asp
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
