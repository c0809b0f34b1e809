"""News bylines (the reporter in brackets at the head of a paragraph) are cleaned like other bylines."""

import re

from summarizer import summarize
from summarizer.clean import _INLINE_RULES, clean

_NEWS_BYLINE = dict((name, pattern) for name, pattern, _ in _INLINE_RULES)["news_byline"]


def test_traditional_bracket_byline_is_removed_and_the_paragraph_kept():
    ct = clean("偏鄉醫療吃緊\n\n【記者林大同／台東報導】台東縣醫師人力不足，病人要等很久。\n")
    assert ct.text == "偏鄉醫療吃緊\n台東縣醫師人力不足，病人要等很久。"
    assert ct.removed == {"news_byline": len("【記者林大同／台東報導】")}
    start, end = ct.to_original(0, len("偏鄉醫療吃緊"))
    assert (start, end) == (0, 6)


def test_simplified_dateline_and_byline_go_together():
    ct = clean("新华网上海5月2日电（记者 赵一 钱二）今年以来，本市垃圾分类成效明显。")
    assert ct.text == "今年以来，本市垃圾分类成效明显。"
    ct = clean("本报讯（记者孙三）社区食堂开张了。")
    assert ct.text == "社区食堂开张了。"


def test_a_reporter_named_in_the_sentence_is_text():
    for text in ("记者王小明认为问题很多。", "他说（记者问起时）不知道。", "据记者了解，（记者注）情况属实。"):
        assert clean(text).text == text
        assert "news_byline" not in clean(text).removed


def test_byline_left_out_of_keyphrases():
    text = ("長照人力不足\n\n【記者陳小華／台中報導】長照服務員流失嚴重，長照據點招不到人。縣府表示長照服務員薪資偏低，"
            "長照據點也缺少經費。縣府建議提高長照服務員薪資，增加長照據點經費。")
    result = summarize(text)
    phrases = [k.text for e in result.essays for k in e.keyphrases]
    assert phrases and not any("陳小華" in p or "記者" in p for p in phrases)


def test_the_pattern_is_linear_on_a_long_line():
    # a 100,000-character line of each prefix that could start a match: every quantifier is bounded, so each line
    # start is tried once over at most ~80 characters (no timing asserted: the match result and the pattern's shape)
    for line in ("（记者" + "张" * 100_000, "日电" * 50_000 + "（记者", "【" * 100_000, "电（" * 50_000):
        assert _NEWS_BYLINE.search(line) is None
        assert clean(line).text.startswith(line[:10])
    assert not re.search(r"\)[*+]|\)\{", _NEWS_BYLINE.pattern)  # no quantified group: no nested quantifiers
