"""left47: toneless ASCII pinyin notes after Han characters (``空(kong)置``) in spam copies, and an excess degree said
with 偏 (``年龄偏大``, ``费用偏高``) as a shortfall predicate. Small texts of the tests' own."""

from costs import assert_linear

from summarizer.clean import clean, strip_pinyin_notes
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_toneless_pinyin_notes_dropped_when_the_text_holds_several():
    text = "社(she)区食堂的菜(cai)价偏(pian)高,老(lao)人就餐并不方便。"
    assert clean(text).text == "社区食堂的菜价偏高,老人就餐并不方便。"


def test_a_lone_bracketed_syllable_or_latin_word_is_kept():
    assert clean("发展人工智能(ai)产业。").text == "发展人工智能(ai)产业。"
    assert clean("增长(GDP)与(a)项、应用(app)和(b)类").text == "增长(GDP)与(a)项、应用(app)和(b)类"


def test_strip_pinyin_notes_reads_toneless_notes():
    assert strip_pinyin_notes("菜(cai)价偏(pian)高") == "菜价偏高"
    assert strip_pinyin_notes("增长(GDP)与(a)项") == "增长(GDP)与(a)项"


def test_toneless_pinyin_text_gives_its_problem():
    text = ("其二(er),社(she)区卫生站医(yi)生数量偏(pian)少,老(lao)人看病排(pai)队时间偏长。"
            "住在街(jie)口的李阿姨说,她上个月去了三次。\n")
    ch, _ = _points(text)
    assert any("医生数量偏少" in p for p in ch)


def test_pian_da_and_pian_gao_state_a_shortfall():
    ch, _ = _points("这个街道的网格员年龄普遍偏大,社区活动场地的租金偏高。居民们说,周末常常找不到地方开展活动。\n")
    assert any("年龄普遍偏大" in p for p in ch)


def test_toneless_pinyin_rule_is_linear():
    assert_linear(lambda n: clean("关(guan)" * n), 2_000, "many toneless notes")
    assert_linear(lambda n: clean("关(" * n), 10_000, "open brackets after Han characters")
    assert_linear(lambda n: strip_pinyin_notes("(zhuang" * n), 10_000, "unclosed syllables")


def test_record_keeping_verb_after_a_modal_is_a_measure():
    _, rec = _points("网格员应当每周走访独居老人。老人反映的就医、助餐等需求,都要登记备案。这样老人心里更踏实。\n")
    assert any("都要登记备案" in p for p in rec)


def test_record_keeping_verb_without_a_modal_is_no_measure():
    ch, rec = _points("登记在册的流动人口有三千多人,公示期内没有收到异议。\n")
    assert not rec


def test_role_to_fill_after_a_modal_is_a_resolution():
    text = ("刚到社区报到,我给自己定了两个目标:\n一是要当好调解员。邻里之间有了矛盾,第一时间上门听听双方怎么说。\n"
            "二是要当好联络员。把居民的难处记下来,及时向街道反映。\n")
    _, rec = _points(text)
    assert any("当好调解员" in p for p in rec) and any("当好联络员" in p for p in rec)


def test_role_filled_in_narration_is_no_measure():
    _, rec = _points("去年,老王当好了村里的调解员,邻里纠纷少了一半。\n")
    assert not rec
