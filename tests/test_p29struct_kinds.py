"""p29struct: Part 29's structure kinds on small inputs written for the tests.

Kind 9, masked placeholders: a speech or report that hides a name or a number writes ``**`` in its place
(``,**同志通报的情况`` ``十有**不是违法`` ``推进**村``); a lone ``**`` on its line, or a pair that would enclose
punctuation-led text or run past a sentence end, is no markdown emphasis and stays in the text.
"""
from __future__ import annotations


from summarizer import summarize
from summarizer.markup import markup_edits
from costs import assert_linear

SPEECH = ("关于安全生产的讲话\n\n刚才几位局长讲得都很好，**同志介绍的做法也很实在。"
          "但是部分企业安全投入严重不足，事故隐患整改迟缓。每起事故背后十有**是违规操作。\n")


def _removed(text: str) -> list[int]:
    return [start for start, end, repl, rule in markup_edits(text) if text[start:end] == "**"]


def test_a_lone_mask_stays_in_the_summary_and_points():
    essay = summarize(SPEECH).essays[0]
    assert "，**同志介绍的做法也很实在。" in essay.summary
    for point in essay.challenges + essay.recommendations:
        assert SPEECH[point.start:point.end] == point.text
    assert [p.text for p in essay.challenges] == ["部分企业安全投入严重不足，事故隐患整改迟缓"]


def test_which_stars_are_masks():
    assert _removed("讲得很好，**同志介绍") == []            # a lone mask after punctuation
    assert _removed("背后十有**是违规操作。") == []            # a lone mask between Han characters
    assert _removed("**镇党委开展学习") == []                  # a hard-wrapped line opening with a mask
    assert _removed("打造**景观带很美。但是**景观带护栏稀疏") == []  # two masks: the pair runs past a sentence end
    assert _removed("某**，某**两人到场") == []                  # a pair enclosing punctuation-led text


def test_emphasis_is_still_removed():  # negative: real emphasis, a truncated opener, code comments
    assert _removed("我们要**坚持问题导向**，抓住重点") == [3, 11]
    assert _removed("**第一，加强领导。**其次要落实") == [0, 10]
    assert _removed("3. **保障和") == [3]                       # an opener after a space, its partner cut off
    assert _removed("/**\n * 说明\n */") == [1]
    assert summarize("## 标题\n\n我们要**坚持问题导向**，抓好落实。\n").essays[0].summary == "我们要坚持问题导向，抓好落实。"


def test_masks_are_linear():
    text = "十有**是违规。" * 30000 + "\n" + "**要点**" * 30000
    assert len(_removed(text)) == 60000
    assert_linear(lambda n: _removed("十有**是违规。" * n + "\n" + "**要点**" * n), 2000)


# Kind 7, titles: a page's furniture line over the text is no title; a headline after it is
# (pipeline._FURNITURE_SHAPE in _page_furniture_line, _headline_after).
BODY = "小区停车位严重不足，居民反映强烈。建议物业尽快规划新增车位。\n"


def _title(head: str) -> str | None:
    return summarize(head + BODY).essays[0].title


def test_furniture_lines_are_no_title():
    assert _title("【图片】\n") is None                               # a caption marker alone on its line
    assert _title("[color]记者 : 李明[/color]\n") is None              # a BBCode-tagged byline
    assert _title("date 2025-05-06 ◎ 王小明\n") is None                # a date opening a byline
    assert _title("某某市住建局局长 王小明\n2024年5月6日\n") is None   # a speaker line, then a date line
    assert _title("返回顶部\n") is None


def test_a_headline_under_furniture_is_the_title():
    assert _title("首页 > 社区新闻 > 民生\n老旧小区停车难亟待破解\n") == "老旧小区停车难亟待破解"
    assert _title("【图片】\n老旧小区停车难亟待破解\n") == "老旧小区停车难亟待破解"


def test_real_titles_stay():  # negative: a headline with a bracketed column, a colon, a piece number
    assert _title("老旧小区停车难亟待破解\n") == "老旧小区停车难亟待破解"
    assert _title("王代表:破解老旧小区停车难\n") == "王代表:破解老旧小区停车难"
    assert _title("【篇一】\n") is None
    assert _title("首页 > 社区新闻\n阅读:125\n") is None                # a counter line is no headline


def test_furniture_shape_is_bounded():
    from summarizer.pipeline import _page_furniture_line
    assert not _page_furniture_line("甲 " * 50000)
    assert not _page_furniture_line("甲>" * 50000)
    assert not _page_furniture_line("[b]" + "甲" * 100000)
    assert_linear(lambda n: _page_furniture_line("甲 " * n), 50000, "spaced characters")
    assert_linear(lambda n: _page_furniture_line("甲>" * n), 50000, "separators")
    assert_linear(lambda n: _page_furniture_line("[b]" + "甲" * (2 * n)), 50000, "a long line after a tag")


# Kind 8, summaries: the title printed again (or a headline line split as a sentence) is no summary sentence
# (pipeline._summary_candidates' aside, _title_line_key, _squeeze_key).
def test_a_repeated_title_is_no_summary_sentence():
    text = ("首页 > 建议\n关于增设社区食堂的建议\n\n关于增设社区食堂的建议\n\n老旧小区老人就餐不便，子女上班无暇照料。"
            "建议街道增设社区食堂，为老人提供助餐服务。\n")
    essay = summarize(text).essays[0]
    assert essay.title == "关于增设社区食堂的建议"
    assert not essay.summary.startswith("关于增设社区食堂的建议")
    assert "老旧小区老人就餐不便" in essay.summary


def test_a_question_headline_is_no_summary_sentence():
    text = "社区食堂为何难以为继？\n老旧小区老人就餐不便，子女上班无暇照料。街道应当增设社区食堂，为老人提供助餐服务。\n"
    assert summarize(text).essays[0].summary.startswith("老旧小区老人就餐不便")


def test_a_first_sentence_line_stays_in_the_summary():  # negative: a first line that is a sentence, no title
    text = "老旧小区老人就餐不便。\n子女上班无暇照料，街道应当增设社区食堂。\n"
    assert summarize(text).essays[0].summary.startswith("老旧小区老人就餐不便。")
