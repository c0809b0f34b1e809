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
