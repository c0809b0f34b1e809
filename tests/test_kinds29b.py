"""Fault kinds of the session's blind trials (Parts 37-38) fixed as kinds (kinds29b), on inputs written for these tests.

Kinds: numbered items typed inside one line after a space or a comma (``1.车位少 2.收费高``); a chat post's clauses
separated by spaces with no punctuation; a proposal asked with 可不可以/可否 + 考虑 and no question mark; the 盼 of
Hong Kong, Macau and Taiwan news before an addressee.
"""

from __future__ import annotations

from summarizer.clean import clean
from summarizer.structure import find_markers
from tests.aspect_helpers import points


def _num_dots(text: str) -> list[tuple[int, int]]:
    """``(value, run)`` of the ``num_dot`` markers :func:`find_markers` finds in ``text``."""
    return [(it.value, it.run) for it in find_markers(text) if it.family == "num_dot"]


def test_inline_numbers_after_spaces_continue_the_run_of_a_colon_item():
    """``：1.`` opens a run; ``2.`` and ``3.`` typed after a space on the same line are its next items."""
    marks = _num_dots("小区停车的难处：1.车位太少 2.收费太高 3.通道太窄")
    assert [v for v, _ in marks] == [1, 2, 3]
    assert len({r for _, r in marks}) == 1


def test_inline_numbers_after_commas_and_alone_in_a_line_form_a_run():
    """After a comma too; and a line whose 1. follows a space needs its 2. to be a run at all."""
    assert [v for v, _ in _num_dots("问题有三个：1.车位太少，2.收费太高，3.通道太窄。")] == [1, 2, 3]
    assert [v for v, _ in _num_dots("说来简单 1.车位太少 2.收费太高")] == [1, 2]
    assert _num_dots("全区共有 2.车位") == []  # (one number after a space: no run)


def test_an_inline_number_does_not_join_a_run_that_has_it():
    """A 2. inside a line after item 1 whose run already has a 2. on a later line is no item."""
    marks = _num_dots("1.车位太少 2.收费太高\n2.通道太窄\n3.照明不足")
    assert [v for v, _ in marks] == [1, 2, 3]


def test_inline_numbered_problems_are_three_challenges():
    chals, recs = points("小区停车的难处：1.车位太少 2.收费太高 3.通道太窄。建议物业增设临时车位。", aspect_model=False)
    assert chals == ["车位太少", "收费太高", "通道太窄"], chals
    assert any("增设临时车位" in r for r in recs), recs


def test_spaced_clauses_become_a_sentence_of_their_own():
    """A chat line of clauses separated by spaces: the gaps read as commas, the line ends its sentence."""
    text = "每晚放学接孩子经过学府路 路边违停车辆非常多 人行道又被摊贩占满 孩子只能走在车道上\n以上"
    assert clean(text).text.startswith("每晚放学接孩子经过学府路，路边违停车辆非常多，人行道又被摊贩占满，孩子只能走在车道上。\n")


def test_short_or_lone_spaced_lines_are_left_to_the_space_rules():
    """A menu row of four-character labels, and a title with its subtitle alone, keep no commas."""
    assert clean("首页介绍 新闻中心 联系方式 投诉建议\n正文。").text.startswith("首页介绍新闻中心联系方式投诉建议\n")
    assert clean("城市慢行交通 我们还能做什么\n正文第一句。").text.startswith("城市慢行交通我们还能做什么\n")


def test_a_spaced_complaint_and_the_next_lines_asked_proposal_are_two_points():
    text = ("每晚放学接孩子经过学府路 路边违停车辆非常多 人行道又被摊贩占满 导致学府路交通拥堵情况严重\n"
            "交警部门可否考虑在学府路增设护栏 并加强违停执法\n谢谢")
    chals, recs = points(text, aspect_model=False)
    assert any("拥堵情况严重" in c and "交警" not in c for c in chals), chals
    assert any("增设护栏" in r for r in recs), recs


def test_points_of_spaced_clauses_map_to_the_users_text():
    """The commas stand for the user's spaces: the point's offsets cover the original line."""
    import summarizer

    text = ("每晚放学接孩子经过学府路 路边违停车辆非常多 人行道又被摊贩占满 导致学府路交通拥堵情况严重\n"
            "交警部门可否考虑在学府路增设护栏 并加强违停执法\n谢谢")
    point = summarizer.summarize(text, aspect_model=False).essays[0].challenges[0]
    assert text[point.start:point.end].replace(" ", "，") == point.text


def test_a_hope_with_pan_before_an_office_is_a_measure():
    """`居民盼房屋署…` (Hong Kong news: 盼 = 希望) asks the office to act."""
    _, recs = points("屋邨升降機經常故障，長者出入非常不便。居民盼房屋署盡快更換升降機，並加強日常維修。", aspect_model=False)
    assert any("更換升降機" in r for r in recs), recs


def test_a_hope_with_pan_not_before_an_addressee_is_no_measure():
    """`盼` in a wish with no authority asked (`盼望着假期`) asks no one to act."""
    _, recs = points("孩子們天天盼望着暑假快點到來，可以和家人一起去旅行。", aspect_model=False)
    assert recs == [], recs


_LETTER = "本市的公交站台大多没有遮雨棚，雨天候车的市民只能站在雨里，老人和孩子尤其辛苦，希望有关部门尽快加装遮雨设施。"
_LETTER2 = "小区门口的人行道被汽车长期占用，行人只能走在机动车道上，很不安全，建议交警部门加强巡查并设置隔离桩。"


def test_letters_signed_with_bar_fields_are_essays_of_their_own():
    """A readers'-letters page: each letter ends with `place❘name❘trade` and the next one's title follows."""
    from summarizer.essays import split_essays

    text = f"公交站台何时有棚\n{_LETTER}\n江苏南通❘陈某某❘退休教师\n人行道不是停车场\n{_LETTER2}\n浙江宁波❘李某某❘职员"
    assert [e.title for e in split_essays(text)] == [None, "人行道不是停车场"]


def test_posts_under_date_lines_are_essays_of_their_own():
    """A blog's front page: each post under its date line; two date lines or more split it."""
    from summarizer.essays import split_essays

    text = (f"Sunday, July 06, 2008\n站台没有棚\n{_LETTER}\nThursday, May 22, 2008\n人行道不是停车场\n{_LETTER2}\n"
            f"Monday, May 12, 2008\n再说站台\n{_LETTER}")
    assert len(split_essays(text)) == 3


def test_one_date_line_or_a_heading_pair_splits_nothing():
    """A page's own date line, and a section heading with its subheading (no signature), are no piece boundaries."""
    from summarizer.essays import split_essays

    assert len(split_essays(f"2014-03-27\n公交站台何时有棚\n{_LETTER}\n{_LETTER2}")) == 1
    assert len(split_essays(f"一个问题\n{_LETTER}\n另外的情况\n再说一次站台\n{_LETTER2}\n还有情况\n小区人行道\n{_LETTER}")) == 1
