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


# --- 其一…其二…其三 inside the paragraph of a sentence that states a problem (aspects.analyze,
# _parts_of_stated_problem) ----------------------------------------------------------------------------------------

_OLD_TOWN = ("旧城改造\n\n旧城改造推进多年，但改造模式的弊端日益显现。{items}\n")
_PARTS = "其一，老街的商铺被整体迁走；其二，新建小区入住率很高；其三，街坊邻里各奔东西。"


def test_ordinal_parts_of_a_stated_problem_are_its_problems():
    got = _points(_OLD_TOWN.format(items=_PARTS))["challenge"]
    assert got == ["旧城改造推进多年，但改造模式的弊端日益显现", "老街的商铺被整体迁走", "新建小区入住率很高",
                   "街坊邻里各奔东西"]
    # 一是…二是… after the same sentence reads the same
    shi = _PARTS.replace("其一，", "一是").replace("其二，", "二是").replace("其三，", "三是")
    assert _points(_OLD_TOWN.format(items=shi))["challenge"][1:] == got[1:]
    essay = pipeline.analyze(_OLD_TOWN.format(items=_PARTS))[0]  # (offsets into the essay's cleaned text)
    p = essay.points["challenge"][2]
    assert (p.start, p.end) == (essay.text.index("新建小区"), essay.text.index("新建小区") + len("新建小区入住率很高"))


def test_ordinal_parts_need_a_problem_stated_before_them_in_their_paragraph():
    neutral = "旧城改造\n\n旧城改造推进多年，居民普遍支持。" + _PARTS + "\n"
    assert _points(neutral)["challenge"] == []
    # a new paragraph after the problem sentence opens its own topic
    apart = _OLD_TOWN.format(items="\n" + _PARTS)
    assert _points(apart)["challenge"] == ["旧城改造推进多年，但改造模式的弊端日益显现"]


def test_ordinal_items_that_prescribe_are_no_parts_of_the_problem():
    measures = "其一，统一各区拆迁补偿标准；其二，新建小区要同步建设学校；其三，保留老街的商铺。"
    got = _points(_OLD_TOWN.format(items=measures))
    assert got["challenge"] == ["旧城改造推进多年，但改造模式的弊端日益显现"]
    assert "新建小区要同步建设学校" in got["recommendation"]


# --- 其一，…；其二，… after a sentence that prescribes: the measures it announces, as 一是…二是… are
# (aspects.analyze, _prescribing_lead, _refers_back_ordinal) ----------------------------------------------------------

_MEASURES = ("旧城改造\n\n旧城改造推进多年，但改造模式的弊端日益显现，拆迁补偿标准不一。{lead}"
             "其一，设立统一的补偿基金，公开补偿标准；其二，新建小区同步建设学校和诊所；其三，保留老街的特色商铺。\n")


def test_refers_back_ordinals_after_a_prescribing_sentence_are_its_measures():
    got = _points(_MEASURES.format(lead="对此，政府应当多管齐下。"))["recommendation"]
    assert got == ["设立统一的补偿基金，公开补偿标准", "新建小区同步建设学校和诊所", "保留老街的特色商铺"]


def test_refers_back_ordinals_after_a_plain_statement_are_not_read_as_measures():
    got = _points(_MEASURES.format(lead="改造工作分三个阶段完成。"))["recommendation"]
    assert "新建小区同步建设学校和诊所" not in got and "保留老街的特色商铺" not in got
