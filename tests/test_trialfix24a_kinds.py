"""trialfix24a: Part 27's structure kinds (inputs written for these tests, not copied from the corpus)."""
import summarizer
from summarizer import aspects, structure


def _points(text):
    essay = summarizer.summarize(text).essays[0]
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


# Kind 4: a heading that only names a topic titles its paragraph; the paragraph states the points.
TOPIC_LIST = ("检查中发现各村卫生室存在以下问题。\n一、药房及药品存放\n有一个卫生室用纸箱代替药柜,有的药房通风较差。\n"
              "二、值班及门诊\n个别卫生室的值班记录不完整。\n")


def test_topic_label_headings_hand_over_to_their_body():
    ch, rec = _points(TOPIC_LIST)
    texts = [t for t, _, _ in ch]
    assert "药房及药品存放" not in texts and "值班及门诊" not in texts
    assert ("有一个卫生室用纸箱代替药柜,有的药房通风较差", 28, 50) in ch
    assert ("个别卫生室的值班记录不完整", 60, 73) in ch
    for t, s, e in ch:
        assert TOPIC_LIST[s:e] == t


def test_topic_label_item_reads_heading_words():
    st = structure.parse(TOPIC_LIST)
    items = [it for it in st.items if it.titled]
    assert [aspects.topic_label_item(st, it) for it in items] == [True, True]


def test_heading_that_states_a_problem_stays_the_point():
    # negative: 人手紧缺 / 设备老化 state the problem (a predicate), so the heading is the point as before
    text = ("调查发现各村卫生室存在以下问题。\n一、人手紧缺\n多数卫生室只有一名医生,既要看病又要管药,长期超负荷运转。\n"
            "二、设备老化\n很多卫生室的血压计和消毒柜已用了十多年,早该更换。\n")
    st = structure.parse(text)
    items = [it for it in st.items if it.titled]
    assert [aspects.topic_label_item(st, it) for it in items] == [False, False]
    ch, _ = _points(text)
    assert ("人手紧缺", 19, 23) in ch


def test_topic_label_without_body_is_not_taken():
    # negative: a label line with no paragraph under it (a list of fields) is not a section title
    text = "本次调查分以下部分。\n一、药房及药品存放\n二、值班及门诊\n"
    st = structure.parse(text)
    assert not any(aspects.topic_label_item(st, it) for it in st.items)


def test_topic_label_linear_on_long_input():
    text = "存在以下问题。\n" + "".join(f"{i}、药房存放\n有的药房通风较差,药品受潮。\n" for i in range(1, 2000))
    st = structure.parse(text)
    assert sum(aspects.topic_label_item(st, it) for it in st.items) > 0


# Kind 5: page furniture. An ad slot's label line is no title and no boundary; a listing page of a column's pieces
# (【社论】title ⏎ prose, repeated) holds one essay per piece.
COLUMN_PAGE = ("- Advertisement -\n"
               "【评论】停车难题,亟需统筹规划\n老城区车位严重不足,居民每晚绕圈找车位,占道停车随处可见。\n"
               "【评论】夜市噪音扰民\n夜市营业到凌晨两点,附近居民长期无法安睡,投诉多年没有回音。\n"
               "- Advertisement -\n"
               "【评论】公交班次太少\n郊区公交每小时仅一班,上班族只能打车,交通成本居高不下。\n")


def test_ad_label_lines_are_removed():
    from summarizer import clean
    cleaned = clean.clean(COLUMN_PAGE).text
    assert "Advertisement" not in cleaned and cleaned.startswith("【评论】停车难题")
    # negative: a sentence that mentions an advertisement stays
    kept = clean.clean("这条广告牌挡住了路口的视线,司机看不到来车。\n").text
    assert "广告牌" in kept
    titles = [e.title for e in summarizer.summarize(COLUMN_PAGE).essays]
    assert not any(t and "Advertisement" in t for t in titles)


def test_column_title_lines_split_a_listing_page():
    essays = summarizer.summarize(COLUMN_PAGE).essays
    assert len(essays) == 3
    assert [e.title for e in essays[1:]] == ["【评论】夜市噪音扰民", "【评论】公交班次太少"]


def test_one_column_title_or_mixed_labels_split_nothing():
    # negative: a single 【评论】 title is the page's title; bracketed labels of different kinds (【案例】/【评论】) and
    # labels outside the column words (【案例】 twice) are sections of one essay
    one = "【评论】停车难题,亟需统筹规划\n老城区车位严重不足,居民每晚绕圈找车位。\n政府应尽快规划立体停车场。\n"
    assert len(summarizer.summarize(one).essays) == 1
    cases = ("社区治理的几点思考\n老旧小区问题很多。\n【案例】加装电梯\n加装电梯协调难,低层住户反对。\n"
             "【案例】垃圾分类\n垃圾分类推进慢,居民参与度低。\n")
    assert len(summarizer.summarize(cases).essays) == 1
    from summarizer import essays as essays_mod
    assert essays_mod._column_title_bounds(cases) == []


def test_column_title_bounds_linear():
    from summarizer import essays as essays_mod
    text = "".join("【社论】标题\n正文一句话,说的是问题。\n" for _ in range(5000))
    assert len(essays_mod._column_title_bounds(text)) == 5000
