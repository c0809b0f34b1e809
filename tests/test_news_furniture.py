"""News furniture glued to the text (issue 9): a byline closed by ``…报道``, credit lines, stripped empty titles,
a player's placeholder and a ``（完）`` end mark are removed in cleaning, the offset map kept right."""

import re

from summarizer import summarize
from summarizer.clean import _NEWS_FURNITURE, clean


def test_a_byline_glued_to_the_first_words_goes_and_the_offsets_stay_right():
    text = "城市夜市\n本报见习记者周一鸣苏州报道入夜后，老街的夜市又热闹起来。摊主们说生意比去年好。"
    ct = clean(text)
    assert ct.text == "城市夜市\n入夜后，老街的夜市又热闹起来。摊主们说生意比去年好。"
    assert ct.removed == {"news_byline": len("本报见习记者周一鸣苏州报道")}
    i = ct.text.index("入夜后")
    assert ct.to_original(i, i + 3) == (text.index("入夜后"), text.index("入夜后") + 3)
    # a site's address in brackets before it, two reporters, Traditional script
    assert clean("（www.example.com.cn）记者吴二郑三杭州报道“我们等了三年。”他说。").text == "“我们等了三年。”他说。"
    assert clean("記者林小文花蓮報導颱風過後，道路已經搶通。").text == "颱風過後，道路已經搶通。"


def test_a_sentence_about_a_report_is_text():
    for text in ("记者张某报道称，此事仍在调查。", "记者们报道了这场比赛。", "记者王小明认为问题很多。", "他说记者李四杭州报道过此事。"):
        assert clean(text).text == text


def test_empty_titles_left_by_a_stripped_name_go():
    ct = clean("据《》报道，《》记者走访了三个村。\n【】（记者钱五）村里通了公交。")
    assert ct.text == "据报道，记者走访了三个村。\n村里通了公交。"
    assert ct.removed["page_furniture"] == 6 and ct.removed["news_byline"] == len("（记者钱五）")
    assert clean("书名号《红楼梦》不空。").text == "书名号《红楼梦》不空。"


def test_credit_lines_go_when_their_last_name_ends_for_sure():
    assert clean("记者丨孟小东编辑丨许可“这条路修了十年。”村民说。").text == "“这条路修了十年。”村民说。"
    assert clean("特约记者/丁一 本刊记者/卫二\n小镇的集市每逢五开市。").text == "小镇的集市每逢五开市。"
    assert clean("记者陶大宝《》记者尹小2021年3月2日，县法院开庭审理此案。").text == "2021年3月2日，县法院开庭审理此案。"
    assert clean("视频剪辑成小美3次调解都没有结果。").text == "3次调解都没有结果。"
    # where the last name ends is not known ("李四本周"?): the line is left as it is
    assert clean("记者：张三编辑：李四本周，全市降温。").text == "记者：张三编辑：李四本周，全市降温。"
    # one reporter without a separator is a sentence's subject
    assert clean("记者张三“暗访”了工地。").text == "记者张三“暗访”了工地。"


def test_a_player_placeholder_and_an_end_mark_go():
    ct = clean("视频加载中...大桥今天通车。打开APP，查看更多精彩图片车流平稳。\n全线通车。（完）")
    assert ct.text == "大桥今天通车。车流平稳。\n全线通车。"
    assert ct.removed == {"page_furniture": len("视频加载中...打开APP，查看更多精彩图片（完）")}
    assert clean("任务（完）成了一半。").text == "任务（完）成了一半。"


def test_the_summary_opens_with_the_report_not_its_credits():
    text = ("本报记者严小方南京报道视频剪辑宋小雨视频加载中...3月5日，南京地铁新线开通运营。新线全长三十公里，设站二十座。"
            "市交通局表示，新线将缓解城东的通勤压力。据了解，首日客流超过十万人次。乘客李女士告诉记者，通勤时间少了半小时。")
    result = summarize(text)
    summary = result.essays[0].summary
    assert "记者严小方" not in summary and "视频" not in summary
    assert "3月5日，南京地铁新线开通运营" in summary


def test_the_patterns_are_linear_on_long_lines_and_many_tiny_ones():
    # every quantifier is bounded and every pattern anchored at a line start or a fixed string: each line start is
    # tried over at most ~120 characters (no timing asserted: results and the patterns' shape)
    lines = ("记者" * 50_000, "本报记者" + "张" * 100_000, "记者丨" * 33_000, "记者张三" * 25_000, "视频剪辑" * 25_000,
             "（字" * 50_000, "《字" * 50_000, "\n".join(["记者张三编辑李四说。"] * 10_000))
    for line in lines:
        assert len(clean(line).text) > 0
    assert clean("\n".join(["记者张三编辑李四说。"] * 10_000)).removed == {}
    for _name, pattern in _NEWS_FURNITURE:
        assert not re.search(r"\)[*+]", pattern.pattern)  # no group repeated without a bound


def test_a_sentence_with_an_emptied_title_inside_is_kept_whole_in_the_output():
    # the removed 《》 stands inside the sentence's original span like a removed tag: the summary sentence is the
    # whole sentence, its offsets cover the original with the marks in it
    text = "老人对《》记者说，桥修好了。三年前，这座桥被洪水冲断，村民只能绕行十公里去镇上赶集。"
    result = summarize(text)
    first = result.essays[0].summary_sentences[0]
    assert first.text == "老人对记者说，桥修好了。"
    assert (first.start, first.end) == (0, len("老人对《》记者说，桥修好了。"))
    assert clean(text).markup is not None and clean(text).markup[3:5].all() and not clean(text).markup[5:].any()


def test_a_photo_credit_between_two_sentences_goes():
    ct = clean("工地上到处是钢筋。本报记者华小川/摄影2021年5月，项目停工。")
    assert ct.text == "工地上到处是钢筋。2021年5月，项目停工。"
    assert ct.removed == {"news_credit": len("本报记者华小川/摄影")}
    # a photographer named in a sentence is text
    assert clean("工地上到处是钢筋。记者华小川/摄影师也来了。").text == "工地上到处是钢筋。记者华小川/摄影师也来了。"
