"""lefts23a: leftover kinds of the points readers (a heading that names a problem by the question it raises,
``其一…其二…`` items after a sentence that states a problem, …). Texts written for these tests."""

from summarizer import pipeline, points


def _points(text: str) -> dict[str, list[str]]:
    essay = pipeline.analyze(text)[0]
    return {k: [essay.text[p.start:p.end] for p in v] for k, v in essay.points.items()}


# --- a run-in heading that names a problem by its question: 针对X，如何Y的问题 (points.asked_problem) ---------------

_VILLAGE = ("一、针对人口外流，如何留住青年的问题。村里的年轻人大多外出打工，留守的多是老人，村庄日渐冷清。"
            "本地缺少像样的企业，就业岗位很少。\n"
            "二、针对道路失修，如何改善出行条件的问题。通往镇上的公路年久失修，雨天泥泞难行，运输成本居高不下。\n")


def test_question_heading_names_a_problem():
    assert points.asked_problem("针对人口外流，如何留住青年的问题")
    assert points.asked_problem("怎样改善出行条件的问题")
    assert points.section_states_point("针对道路失修，如何改善出行条件的问题")


def test_question_heading_is_a_challenge_point_and_its_body_still_read():
    got = _points(_VILLAGE)["challenge"]
    assert got[0] == "针对人口外流，如何留住青年的问题"
    assert "针对道路失修，如何改善出行条件的问题" in got
    assert any("年久失修" in p for p in got)
    essay = pipeline.analyze(_VILLAGE)[0]
    p = essay.points["challenge"][0]
    assert (p.start, p.end) == (2, 2 + len("针对人口外流，如何留住青年的问题"))


def test_question_that_refers_back_or_names_a_section_is_no_point():
    assert not points.asked_problem("如何解决这些问题")
    assert not points.asked_problem("如何应对上述的难题")
    assert not points.asked_problem("存在的问题")
    assert not points.section_states_point("存在的问题")
    # a question sentence with a question mark is a question, not a noun phrase naming a problem
    assert not points.asked_problem("如何留住青年？")
