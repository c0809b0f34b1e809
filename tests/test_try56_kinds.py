"""A new user's trial (try56): a point cut after a clause that is a linking word alone, a keyphrase read across a
headline's space.

Every text below is written for the test; none is a corpus document.
"""

import pytest

from summarizer import summarize
from summarizer.pipeline import crosses_word_gap
from summarizer.points import _link_only, shape

HEAD = "街道网格员平均每人要联系五百多户居民"
TAIL = "，入户走访和矛盾调解难以落到实处而群众诉求长期得不到回应。"


@pytest.mark.parametrize("link", ["因此", "从而", "这使得", "此外", "所以", "這使得", "進而"])
def test_cut_ends_before_a_clause_of_a_link_word_alone(link):
    # the cut at 24 characters fell right after ，因此， and the point ended on the link: …五百多户居民，因此
    text = HEAD + "，" + link + TAIL
    a, b = shape(text, 0, len(text), 24)
    assert text[a:b] == HEAD


def test_cut_keeps_a_last_clause_that_says_something():
    text = HEAD + "，工作负担很重" + TAIL
    a, b = shape(text, 0, len(text), 28)
    assert text[a:b] == HEAD + "，工作负担很重"


def test_link_only_reads_the_clause_whole():
    assert _link_only("，因此")
    assert _link_only("这使得")
    assert not _link_only("因此群众不满")
    assert not _link_only("")


def test_word_gap_is_two_words_either_side_of_a_space():
    assert crosses_word_gap("防詐騙案急升 須加強防範", 2, 8)
    assert not crosses_word_gap("我 们 今 天 开 会", 0, 5)  # letter-spaced: one character between spaces
    assert not crosses_word_gap("骗案急升\n须加强防范", 0, 6)  # a line break of a wrapped paragraph
    assert not crosses_word_gap("共 35 个社区", 0, 6)  # a figure between spaces
    assert not crosses_word_gap("騙案急升 須加強防範", 5, 9)  # the slice after the space holds none


NEWS = (
    "騙案急升 須加強防範\n"
    "\n"
    "【本報訊】警方昨日公布，今年首季全港騙案數字按年急升三成，當中網上購物騙案及電話騙案佔大多數。警方表示，不少市民因貪小便宜而墮入陷阱，損失金額屢創新高。\n"
    "\n"
    "有立法會議員指出，現時反詐騙宣傳未能深入社區，長者及學生尤其容易受騙。議員建議政府增撥資源，加強學校及社區中心的防騙教育，並要求銀行加快凍結可疑帳戶。\n"
    "\n"
    "警方呼籲市民提高警覺，切勿向陌生人透露個人資料，如有懷疑應致電防騙熱線查詢。\n"
    "\n"
)


def test_no_keyphrase_across_a_headline_space():
    doc = summarize(NEWS)
    phrases = [k for e in doc.essays for k in e.keyphrases]
    assert phrases
    for k in phrases:
        for o in k.occurrences:
            assert " " not in NEWS[o.start:o.end], (k.text, NEWS[o.start:o.end])


REPORT = (
    "本報訊 本市近年各類網絡騙案頻生，警方昨日再次呼籲市民接到自稱官員的來電時應立即掛線，切勿轉賬。\n"
    "其中，全市今年首季合共錄得約九千零五十宗各類網絡及電話詐騙案件並按年上升四成。"
    "另外，近期也有不少長者接獲冒充親友的電話。警方表示將聯同銀行加強對可疑轉賬的監察，並到各區長者中心舉辦防騙講座。"
    "為打擊騙案，北區警方去年起推行社區防騙聯盟計劃，邀請區內企業和團體參與，至今已有五十間機構加入，"
    "警方共舉辦四十場講座，派發超過十萬張單張。"
)


def test_summary_after_whole_sentences_ends_on_no_fragment():
    # the budget left after the lead cut the next sentence inside its clause: 其中，全市今年首季合共錄得約九千
    sentences = [p.text for e in summarize(REPORT).essays for p in e.summary_sentences]
    assert sentences and sentences[0].startswith("本市近年各類網絡騙案頻生")
    assert not any(s.endswith("九千") for s in sentences), sentences


def test_ends_inside_clause_reads_the_mark_after_the_cut():
    from summarizer.pipeline import ends_inside_clause
    body = "其中，全市錄得九千宗騙案，按年上升四成。"
    assert ends_inside_clause(body, 8, len(body))  # 其中，全市錄得 | 九千…
    assert not ends_inside_clause(body, 12, len(body))  # …騙案 | ，
    assert not ends_inside_clause(body, len(body), len(body))  # the whole sentence


def test_word_gap_of_an_ideographic_space():
    assert crosses_word_gap("騙案急升\u3000須加強防範", 0, 6)
    assert not crosses_word_gap("騙案急升\u3000須加強防範", 0, 4)
