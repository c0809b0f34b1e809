"""A copied news page that opens with a site's link bar (``首页 | 评论 | 理论``) and then the first article's title,
its byline and its text keeps that title (bar49): the bar's list of linked headlines ends at a line that a byline
line and a paragraph follow. Small texts written here, nothing timed."""

from __future__ import annotations

import summarizer
from costs import assert_linear
from summarizer.clean import _byline_under_headline, clean

BAR = "首页 | 时政 | 观点\n"
FIRST = ("推动社区养老服务提质增效\n", "当前，不少社区养老服务设施利用率不高，专业护理人员严重不足，老年人就近获得照护的需求难以满足。"
         "究其原因，在于服务供给碎片化，资金保障机制不健全。"
         "应当加大财政投入力度，完善社区养老服务网络，加强护理人才培养，切实提升老年人的获得感。\n")
SECOND = ("让职业教育更好对接产业需求\n", "部分职业院校专业设置滞后，实训条件薄弱，毕业生技能与岗位要求脱节。"
          "究其原因，在于校企合作流于形式，企业参与办学的积极性不高。"
          "要深化产教融合，推动校企共建实训基地，完善职业技能等级认定制度，畅通技能人才成长通道。\n")


def _page(first: str, second: str) -> str:
    return BAR + FIRST[0] + first + "\n" + FIRST[1] + SECOND[0] + second + "\n" + SECOND[1]


def test_a_title_under_a_link_bar_stays_when_an_author_line_and_a_paragraph_follow():
    result = summarizer.summarize(_page("作者：赵敏", "作者：钱亮"))
    assert [essay.title for essay in result.essays] == ["推动社区养老服务提质增效", "让职业教育更好对接产业需求"]
    first = result.essays[0]
    assert any("护理人员严重不足" in point.text for point in first.challenges)
    assert any("养老服务网络" in point.text for point in first.recommendations)


def test_a_title_under_a_link_bar_stays_over_a_source_line_and_a_date_line():
    # (the two articles stay one essay here, as they do with no bar above them: a source and a date line do not
    # part essays; not this kind)
    result = summarizer.summarize(_page("来源：某某日报\n2024年5月8日", "来源：某某晚报\n2024年5月9日"))
    assert result.essays[0].title == "推动社区养老服务提质增效"
    assert result.removed.get("link_list", 0) < len(BAR)  # the bar alone, not the title under it
    assert any("护理人员严重不足" in point.text for point in result.essays[0].challenges)


def test_the_same_page_as_an_html_string_keeps_its_first_article():
    page = ("<html><body><div>首页 | 时政 | 观点</div>"
            + "".join(f"<h2>{title.strip()}</h2><p>作者：{name}</p><p>{body.strip()}</p>"
                    for (title, body), name in ((FIRST, "赵敏"), (SECOND, "钱亮")))
            + "</body></html>")
    result = summarizer.summarize(page)
    assert [essay.title for essay in result.essays] == ["推动社区养老服务提质增效", "让职业教育更好对接产业需求"]
    assert any("护理人员严重不足" in point.text for point in result.essays[0].challenges)


def test_a_list_of_linked_headlines_under_a_bar_still_goes():
    # several short lines and no byline under them: the bar's links, removed with it
    text = BAR + "社区治理有新招\n乡村学校添活力\n夜间经济再升温\n" + FIRST[1]
    cleaned = clean(text).text
    assert "社区治理有新招" not in cleaned and "乡村学校添活力" not in cleaned
    # a short menu item over a byline (four CJK characters) is no headline either
    assert "时政要闻" not in clean(BAR + "时政要闻\n作者：赵敏\n" + FIRST[1]).text


def test_a_byline_line_under_a_headline():
    assert _byline_under_headline("作者：赵敏")
    assert _byline_under_headline("2024-05-08 09:30")
    assert _byline_under_headline("2024年5月8日")
    assert not _byline_under_headline("社区治理有新招")


def test_the_bar_list_stays_linear():
    assert_linear(lambda n: clean(BAR + "社区治理新招\n作者：赵敏\n" * n + FIRST[1]), 500, "bar list over bylines")
    assert_linear(lambda n: clean(BAR + "社" * n), 20_000, "bar over a line without punctuation")
