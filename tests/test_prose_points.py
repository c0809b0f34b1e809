"""Aspect points stated in plain prose, outside any aspect section, list or lead-in region (issue 8)."""

import pytest

import summarizer
from summarizer import aspects as asp


@pytest.mark.parametrize("sentence, aspect", [
    # a short sentence with one predicate of deficiency states a challenge
    ("乡镇物流网点布局不合理。", asp.CHALLENGE),
    ("山区学校的音乐教师严重短缺。", asp.CHALLENGE),
    # a long one needs two different predicates: one cue word in a long sentence is often incidental
    # ...except a scene set by a trend, the progress granted, then 但 turning to what persists (仍然…不够): k154155's
    # scene-then-turn reading (fiftieth session) states the problem; before it this sentence gave None
    ("近年来该县的旅游收入逐年增长，游客人数屡创新高，但景区之间的交通衔接仍然不够顺畅，影响了游客的体验和停留时间。", asp.CHALLENGE),
    ("近年来该县的旅游收入逐年增长，但景区之间的交通衔接不畅，停车配套设施缺乏统一规划，游客体验受到影响。", asp.CHALLENGE),
    # a modal followed by an action verb prescribes a measure
    ("各级政府应加大对乡村图书室的投入。", asp.RECOMMENDATION),
    ("社区必须进一步完善垃圾分类的督导机制。", asp.RECOMMENDATION),
    ("要建立旧衣回收的长效机制。", asp.RECOMMENDATION),
    # 要 alone is weak evidence in a long sentence (it also states needs and purposes)
    ("要让老旧小区的居民住得舒心，关键在于把加装电梯、改造管网和增设停车位这些具体事项一件一件落到实处。", None),
    # a modal character inside another word is no modal: 重要, 主要, 供应
    ("志愿者队伍是社区应急体系的重要保障力量。", None),
    ("粮油的供应保障了节日期间的市场稳定。", None),
    # a measure that names a deficiency it fixes is neither (the two cues disagree)
    ("应尽快补上农村养老服务人员不足的缺口。", None),
    # reported speech, the text itself, a definition, an achievement, a question, a lead-in, a condition
    ("市委的工作报告指出要加快建设智慧社区。", None),
    ("本文分析了社区养老服务供给不足的原因。", None),
    ("所谓网格化管理，是指把社区划成若干网格并配备网格员。", None),
    ("几年来，该镇的人居环境整治取得了显著成效，但仍有短板。", None),
    ("如何解决停车位不足的问题？", None),
    ("当前农村电商发展主要存在以下不足：", None),
    ("如果监管不到位，补贴资金就会被挪用。", None),
])
def test_prose_aspect(sentence, aspect):
    assert asp.prose_aspect(sentence) == aspect


ESSAY = (
    "关于县域冷链物流发展的思考\n"
    "县域冷链物流连接着田间地头和城市餐桌。近年来，各地在冷库建设上投入了不少资金。\n"
    "当前县域冷链物流存在以下问题：一是冷库分布零散，二是运输车辆老旧。\n"
    "此外，冷链物流的专业人才严重匮乏。\n"
    "县域冷链物流是乡村振兴的重要一环，值得各方持续关注。\n"
)


def test_a_prose_problem_sentence_joins_the_listed_challenges():
    """A sentence outside the list and outside any section that states a deficiency is a challenge point too;
    background and closing sentences are not."""
    essay = summarizer.summarize(ESSAY).essays[0]
    texts = [p.text for p in essay.challenges]
    assert texts == ["冷库分布零散", "运输车辆老旧", "冷链物流的专业人才严重匮乏"]
    point = essay.challenges[2]
    assert ESSAY[point.start:point.end] == point.text
    assert essay.recommendations == []


SECTIONED = (
    "关于社区食堂的几点建议\n"
    "一、存在的问题\n"
    "社区食堂的菜品种类单一。\n"
    "二、对策建议\n"
    "（一）丰富菜品种类。\n"
    "（二）引入社会资本。\n"
    "此外，街道要建立食堂的价格监督机制。\n"
)


def test_prose_after_a_measures_section_adds_nothing_to_it():
    """An aspect that has a section of its own takes its points from that section: a prose sentence after it
    elaborates; it is not one more point."""
    essay = summarizer.summarize(SECTIONED).essays[0]
    assert [p.text for p in essay.recommendations] == ["丰富菜品种类", "引入社会资本"]


def test_a_copula_opener_is_a_point_and_its_region_ends_at_a_plain_measure():
    """``……面临的首要问题是X`` states X (a challenge point) as well as opening a region of problems; the region ends at
    a sentence that plainly proposes (``对此，应当……``), which is a recommendation (new-user trial: both were lost);
    the linking ``对此，`` is no part of the point."""
    import summarizer

    text = ("社区养老机构面临的首要问题是护理人员短缺，持证护理员严重不足。"
            "对此，应当提高护理员薪酬待遇，完善职业晋升通道。")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["社区养老机构面临的首要问题是护理人员短缺，持证护理员严重不足"]
    assert [p.text for p in essay.recommendations] == ["应当提高护理员薪酬待遇，完善职业晋升通道"]


def test_a_measure_that_opens_with_its_subject_is_found_in_unstructured_prose():
    """News prose names who should act first (``学者建议，政府应当提高…``, ``县里应…``): the sentence fallback reads
    it as the prose path does (new-user trial: such recommendations were missed)."""
    import summarizer

    text = "偏远乡镇的居家照护服务长期短缺，照护人员流失严重。学者建议，政府应当提高照护人员的薪资保障。"
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.challenges] == ["偏远乡镇的居家照护服务长期短缺，照护人员流失严重"]
    assert [p.text for p in essay.recommendations] == ["学者建议，政府应当提高照护人员的薪资保障"]
