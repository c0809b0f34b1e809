"""Essay counts of pages that hold several short pieces under heads of one shape (collect29), on inputs written for
these tests: a page of columns headed ``author·title``; a council's record of numbered motions or written replies;
short notes run together in one line, each after the column's label and a bracketed title. A single essay whose
sub-sections repeat their headings stays one essay.
"""

from __future__ import annotations

from summarizer.essays import header_bounds, split_essays

_BODY = "这件事情说来话长，各方意见并不一致，政府应当尽快拿出办法，回应市民的关切，不要一拖再拖，让问题越积越多。"


def _titles(text: str) -> list[str | None]:
    return [e.title for e in split_essays(text)]


def test_author_dot_title_lines_head_one_column_each():
    """Three columns, each under ``作者·标题`` over prose, are three essays titled by their head lines."""
    text = ("编辑部时间\n"
            f"王小明·路灯何时修好\n{_BODY}\n"
            f"李大为·菜价为何上涨？\n{_BODY}\n"
            f"王小明·公交站该搬了\n{_BODY}\n")
    assert _titles(text) == ["王小明·路灯何时修好", "李大为·菜价为何上涨？", "王小明·公交站该搬了"]


def test_a_cut_last_column_under_its_head_is_still_a_column():
    """The page's last column, cut after a few words, is an essay of its own under its head."""
    text = f"王小明·路灯何时修好\n{_BODY}\n李大为·菜价为何上涨\n{_BODY}\n陈一鸣·停车难\n停车难的问题由来已久，政府不能"
    assert len(split_essays(text)) == 3


def test_one_author_dot_title_line_splits_nothing():
    """A single such line (a column's own head) leaves the page one essay."""
    assert len(split_essays(f"王小明·路灯何时修好\n{_BODY}\n{_BODY}\n")) == 1


def test_numbered_motions_of_a_council_are_pieces_and_a_short_lead_in_belongs_to_none():
    """Two numbered items naming a motion (``动议``), each with its text: two essays; the record's lead-in, ending
    in a colon, is no essay."""
    text = ("本市议会会议纪要\n会议通过下列两项议案：\n"
            f"（1）由张议员动议，有关改善社区养老服务的议案\n{_BODY}\n"
            f"（2）由赵议员就「协助青年首次置业」动议，经钱议员修正的议案\n{_BODY}\n")
    titles = _titles(text)
    assert len(titles) == 2
    assert titles[0].startswith("（1）由张议员动议")


def test_numbered_written_replies_are_pieces():
    """Two numbered written replies (``函送…书面答复``) of a gazette: two essays."""
    text = ("（一）市政府函送刘委员就公园维护问题所提质询之书面答复\n"
            f"{_BODY}\n一、加强巡查\n{_BODY}\n"
            "（二）市政府函送孙委员就校车安全问题所提质询之书面答复\n"
            f"{_BODY}\n")
    assert len(split_essays(text)) == 2


def test_notes_run_together_in_one_line_split_at_each_label():
    """``总编说:【标题】…`` three times in one line: three essays titled by the bracketed titles."""
    text = "网站名称\n" + "".join(f"总编说:【{t}】{_BODY}" for t in ("路灯", "菜价太贵", "停车难题"))
    assert _titles(text) == ["路灯", "菜价太贵", "停车难题"]


def test_repeated_sub_section_headings_keep_one_essay():
    """One essay whose parts repeat ``一、城区方面 / 二、乡镇方面`` under its problems and its measures stays one
    essay, and gives no head of any shape."""
    text = ("关于全市养老服务的调研报告\n"
            "一、存在的问题\n（一）城区方面\n" + _BODY + "\n（二）乡镇方面\n" + _BODY + "\n"
            "二、对策建议\n（一）城区方面\n" + _BODY + "\n（二）乡镇方面\n" + _BODY + "\n")
    assert header_bounds(text) == []
    assert len(split_essays(text)) == 1


def test_numbered_sections_that_name_a_reply_once_keep_one_essay():
    """An essay one of whose sections speaks of replies (``答复``) once is no record of replies."""
    text = ("关于提升政务服务的建议\n一、群众诉求答复不及时\n" + _BODY + "\n二、加快办理\n" + _BODY + "\n")
    assert len(split_essays(text)) == 1


def test_letters_signed_with_a_place_and_a_name_run_together():
    """Three letters, each signed ``地名+姓名`` on a line of its own after its last sentence and followed by the next
    letter's title (a question too): three essays."""
    text = (f"公交为何总晚点\n{_BODY}\n新竹王大明\n"
            f"菜价为何上涨？\n{_BODY}\n台中林美玲\n"
            f"学校门口太乱\n{_BODY}\n")
    assert _titles(text) == [None, "菜价为何上涨？", "学校门口太乱"]


def test_unnumbered_section_headings_are_no_signatures():
    """An essay's unnumbered section heading over a sub-heading (``存在问题`` / ``人才队伍不足``) after a closed
    paragraph is no signature: one essay."""
    text = (f"关于社区治理的思考\n{_BODY}\n存在问题\n人才队伍不足\n{_BODY}\n"
            f"对策建议\n加强人才培养\n{_BODY}\n")
    assert len(split_essays(text)) == 1


def test_a_byline_after_a_bracketed_photo_credit_titles_no_piece():
    """``（某某面书）`` closing the lead paragraph, then ``作者李国豪``: the byline of the same article, one essay."""
    text = f"大臣建议兴建组屋\n大臣日前到访邻国，参观了建屋局。（张大臣面书）\n作者李国豪\n{_BODY}\n{_BODY}\n"
    assert len(split_essays(text)) == 1


def test_letters_under_a_reply_header_split_like_the_signed_one():
    """A letters page whose letters carry ``回应“…”`` under their titles: the letter whose signature has no bar field
    starts at its title like the one signed ``地名❘姓名❘职业``."""
    text = (f"读者来信\n路灯何时修好\n{_BODY}\n网友❘老王\n"
            f"菜价为何上涨\n回应“菜篮子调查”\n2020年1月2日本报专题\n{_BODY}\n"
            f"停车难何时解决\n回应“城市停车报告”\n2020年1月9日本报专题\n{_BODY}\n广东广州❘陈一鸣❘教师\n"
            f"学校门口太乱\n回应“校园周边整治”\n2020年1月16日本报专题\n{_BODY}\n")
    assert _titles(text) == [None, "菜价为何上涨", "停车难何时解决", "学校门口太乱"]


def test_repeated_direction_headings_are_no_signatures():
    """``努力方向`` / ``发展方向`` end in a would-be surname and name (方 向) but name no person: one essay."""
    text = (f"关于社区治理的思考\n{_BODY}\n努力方向\n加快人才培养\n{_BODY}\n"
            f"工作重点\n加强人才培养\n{_BODY}\n发展方向\n提升服务水平\n{_BODY}\n")
    assert len(split_essays(text)) == 1


def test_a_document_sites_blurb_before_the_first_title_is_no_essay():
    """``下面是小编整理的…，仅供参考`` before ``…的自查报告1`` and its report: one essay, titled by the report's title."""
    text = ("时间过得真快，转眼之间一个学期的工作已经告一段落了，回想这段时间的工作，取得了成绩，也存在着问题，让我们一起"
            "来学习写自查报告吧。那么大家知道正规的自查报告应该怎么写吗？下面是小编精心整理的学校自查报告，仅供参考，"
            "希望能够帮助到大家。\n"
            f"关于学校办学条件的自查报告1\n{_BODY}\n{_BODY}\n{_BODY}\n")
    assert _titles(text) == ["关于学校办学条件的自查报告1"]


def test_topic_dot_section_lines_keep_one_essay():
    """``乡村振兴·产业篇`` / ``乡村振兴·人才篇``: the sections of one essay under its topic, no columns by authors."""
    text = f"乡村振兴·产业篇\n{_BODY}\n乡村振兴·人才篇\n{_BODY}\n乡村振兴·文化篇\n{_BODY}\n"
    assert len(split_essays(text)) == 1


def test_short_numbered_sections_about_replies_keep_one_essay():
    """``（一）及时书面答复代表建议`` / ``（二）认真办理群众复函``: short section headings of one report, no council items."""
    text = (f"关于建议办理工作的报告\n{_BODY}\n（一）及时书面答复代表建议\n{_BODY}\n"
            f"（二）认真办理群众复函\n{_BODY}\n")
    assert len(split_essays(text)) == 1
