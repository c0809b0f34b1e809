"""Where a measures region of prose ends, and what a list right after a turn to the measures is (issue 8; trial14 T5):
an essay's closing slogan is no point, and the list after ``破解…难题，需要…`` is the list of measures."""

from summarizer.pipeline import analyze

# a 申论-style essay written for these tests: problems after a turn, an opener of the measures with its 一是…三是
# list in the same paragraph, and a closing paragraph (a slogan, then an exhortation)
CANTEEN = (
    "让社区食堂办得长久\n\n"
    "近年来，许多城市开办社区食堂，为老人提供就餐便利，受到居民欢迎。\n\n"
    "然而，社区食堂的运营仍面临不少困难。首先，场地租金偏高，不少食堂入不敷出。其次，厨师流动频繁，菜品质量难以稳定。\n\n"
    "破解社区食堂经营难题，需要多方协同发力。一是减免场地租金，由街道提供闲置用房。二是引入专业餐饮企业连锁经营，"
    "统一培训员工。三是开通送餐上门服务，照顾行动迟缓的老人。\n\n"
    "吃饭无小事。只有把老人的一日三餐放在心上，才能让老人吃得安心。\n"
)


def _points(text: str) -> dict[str, list[str]]:
    (essay,) = analyze(text)
    t = essay.structure.text
    return {aspect: [t[p.start:p.end] for p in points] for aspect, points in essay.points.items()}


def test_the_closing_slogan_of_an_essay_is_no_point():
    points = _points(CANTEEN)
    assert not any("无小事" in p or "一日三餐" in p for ps in points.values() for p in ps)


def test_the_list_after_a_turn_to_the_measures_is_the_list_of_measures():
    points = _points(CANTEEN)
    assert points["recommendation"] == ["减免场地租金，由街道提供闲置用房", "引入专业餐饮企业连锁经营，统一培训员工",
                                        "开通送餐上门服务，照顾行动迟缓的老人"]
    assert points["challenge"] == ["场地租金偏高，不少食堂入不敷出", "厨师流动频繁，菜品质量难以稳定"]


def test_a_last_paragraph_under_its_own_heading_is_still_read():
    # a page cut after a measures heading: its one paragraph is the section's text, not an essay's closing
    text = ("社区食堂的问题与对策\n\n一、存在的问题\n\n场地租金偏高，不少食堂入不敷出。厨师流动频繁，菜品质量难以稳定。\n\n"
            "二、对策建议\n\n减免场地租金。街道可以提供闲置用房，引入专业餐饮企业连锁经营。\n")
    points = _points(text)
    assert "减免场地租金" in points["recommendation"]
