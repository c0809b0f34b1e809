"""Faults a new user met in the try45 tryout (texts written for these tests, none copied from a corpus document).

* A paper's title line, then the author's name (two or three Han characters) on its own line, then the affiliation
  in brackets or the abstract's label: the name was joined onto the title as a wrapped tail
  (``基层治理现代化的困境与路径张三``), and the essay's title said so.
* A reposted article's first line ``原标题：…``: the field's label was kept in the essay's title.
"""

from __future__ import annotations

import summarizer
from summarizer import clean
from costs import assert_linear

TITLE = "乡村公共服务供给的困境与对策"


def _paper(after: str) -> str:
    return (f"{TITLE}\n王小明\n{after}\n"
            "一、存在的问题\n乡村公共服务供给不足，专业人才匮乏，设施运营经费缺乏保障。\n"
            "二、对策建议\n应当加大财政投入，建立稳定的运营经费保障机制。\n")


def test_author_name_under_title_with_affiliation_stays_its_own_line():
    text = clean.clean(_paper("（某某学院 社会学系，南京 210000）\n摘要：本文讨论乡村公共服务的供给问题。")).text
    assert text.startswith(TITLE + "\n")
    assert TITLE + "王小明" not in text


def test_author_name_under_title_with_abstract_label_stays_its_own_line():
    text = clean.clean(_paper("摘要：本文讨论乡村公共服务的供给问题。")).text
    assert text.startswith(TITLE + "\n")


def test_paper_title_is_the_title_alone():
    doc = summarizer.summarize(_paper("（某某学院 社会学系，南京 210000）\n摘要：本文讨论乡村公共服务的供给问题。"))
    assert doc.essays[0].title == TITLE


def test_short_tail_of_a_wrapped_sentence_still_joins():
    # a wrapped line of prose whose last word falls on the next line is no title over a byline
    text = clean.clean("我们必须加强基层治理能力建设，并且要让群众满意的\n张三\n（某某大学）\n").text
    assert "满意的张三" in text


def test_reposted_article_title_drops_its_label():
    text = ("原标题：社区食堂如何办得长久\n"
            "当前，社区食堂经营困难的问题比较突出，房租和人工成本高，普遍依赖补贴。\n"
            "为此，应当完善运营补贴机制，引入专业餐饮企业参与运营。\n")
    doc = summarizer.summarize(text)
    assert doc.essays[0].title == "社区食堂如何办得长久"


def test_title_over_byline_check_is_linear():
    assert_linear(lambda n: clean.clean(("标题很短\n张三\n（某大学）\n" + "正文一句。\n") * n), 200,
                  "many title, name and affiliation blocks")


def test_call_to_follow_after_any_emoji_is_furniture():
    body = "当前，乡村人才短缺的问题依然突出，青壮年劳动力大量外出务工，乡村发展后继乏人。\n"
    for first in ("🔥🔥点击上方蓝字关注我们！", "✨点击蓝字 关注我们"):
        doc = summarizer.summarize((first + "\n" + body).encode())
        assert "关注我们" not in doc.essays[0].summary
        assert "关注" not in clean.clean(first + "\n" + body).text
