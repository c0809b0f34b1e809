"""Trial13 leftover L6 (issue 8, edges14): keyphrases are whole phrases or none, never a piece cut from inside a
term. Texts written for these tests."""

import summarizer
from summarizer.keyphrases import _crossed

FLOOD = ("城市排涝能力的问题与建议\n一、问题\n1．排水标准偏低。老城区雨水管道多按一年一遇标准建设，暴雨时极易积水。\n"
         "2．泵站能力不足。部分泵站按一年一遇标准设计，抽排能力不够。\n二、建议\n1．提高排水标准。新建管道不得再按一年一遇标准建设。\n"
         "2．扩建排涝泵站。优先改造低洼片区泵站。\n")


def test_no_keyphrase_opens_inside_a_numeral_expression():
    (essay,) = summarizer.summarize(FLOOD).essays
    words = [k.text for k in essay.keyphrases]
    assert words and not any(w.startswith("一遇") for w in words)  # (一年一遇标准: whole or not at all)
    assert "排水标准" in words


def test_a_phrase_whose_last_word_opens_a_longer_term_wherever_it_stands_is_crossed():
    hay = "摊位违规使用瓶装液化气。摊主仍使用瓶装液化气。"
    needle = "使用瓶装"
    occurrences = [(i, i + len(needle)) for i in (hay.find(needle), hay.rfind(needle))]
    assert _crossed(hay, "瓶装", occurrences, ["瓶装液化气"])
    # one occurrence standing whole is enough to keep it
    hay2 = hay + "禁止使用瓶装，改用管道燃气。"
    occurrences2 = occurrences + [(hay2.rfind(needle), hay2.rfind(needle) + len(needle))]
    assert not _crossed(hay2, "瓶装", occurrences2, ["瓶装液化气"])
    assert not _crossed(hay, "瓶装", occurrences, [])
