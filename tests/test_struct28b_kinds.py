"""Essay boundaries of signed collections and page furniture (struct28b): a readers' letters page whose letters are
signed without a slash or at their last paragraph's end, a page cut inside a letter before the column's label, a
photo credit that signs nothing, and an e-paper's pager lines printed around each article."""
from summarizer.clean import clean
from summarizer.essays import split_essays
from summarizer.script import simplified_view

_BODY_A = "最近小区门口的路灯坏了快一个月，晚上行人经过非常不便，老人和孩子摔倒的事情时有发生。希望有关部门尽快派人修理，并建立定期巡查制度，别让小问题拖成大隐患。"
_BODY_B = "我们村的公交车每天只有两班，村民进城看病、办事都很不方便，年轻人也不愿意留在村里。建议交通部门根据实际需求增加班次，并在农忙时节适当调整发车时间。"
_BODY_C = "学校周边的小摊贩卖的零食来历不明，很多学生放学后都去购买，家长们十分担心食品安全。希望市场监管部门加强检查，学校也要多做宣传，引导学生养成健康习惯。"


def _essays(text: str):
    ct = clean(text)
    return ct, split_essays(simplified_view(ct.text), ct.breaks, ct.bylines, ct.records)


def test_letters_signed_without_slash_on_their_own_lines():
    text = (f"读者来信\n路灯何时能亮\n{_BODY_A}\n（南京鼓楼张明退休教师）\n村里的公交太少\n{_BODY_B}\n"
            f"（安徽六安李强农民）\n孩子的零食谁来管\n{_BODY_C}\n（杭州西湖王芳家长）\n")
    _ct, essays = _essays(text)
    assert [e.title for e in essays] == [None, "村里的公交太少", "孩子的零食谁来管"]


def test_signature_closing_a_paragraph_ends_it_and_splits_letters():
    text = f"路灯何时能亮\n{_BODY_A}(南京/张明)\n村里的公交\n太少\n{_BODY_B}(六安/李强)\n"
    ct, essays = _essays(text)
    assert "(南京/张明)\n村里的公交" in ct.text  # (the signature ends the paragraph: the next title is not run on)
    assert len(essays) == 2 and essays[1].title == "村里的公交"


def test_page_cut_inside_a_letter_before_the_column_label():
    text = (f"{_BODY_C}\n◆【读者来函】◆\n路灯何时能亮\n{_BODY_A}（南京/张明）\n村里的公交太少\n{_BODY_B}\n")
    _ct, essays = _essays(text)
    assert [e.title for e in essays] == [None, "路灯何时能亮", "村里的公交太少"]


def test_photo_credit_signs_no_piece():
    text = f"路灯何时能亮\n{_BODY_A}\n（记者张明摄）\n村里的公交太少\n{_BODY_B}\n"
    _ct, essays = _essays(text)
    assert len(essays) == 1


def test_numbered_section_after_a_bracketed_source_is_no_new_piece():
    text = f"路灯何时能亮\n{_BODY_A}\n（南京鼓楼张明退休教师）\n二、存在的问题\n{_BODY_B}\n"
    _ct, essays = _essays(text)
    assert len(essays) == 1


def test_pager_lines_are_removed_and_split_nothing():
    text = (f"第A3版：声音\n3上一版下一版4\n·路灯何时能亮\n·村里的公交太少\n3上一篇下一篇4\n路灯何时能亮\n{_BODY_A}\n"
            f"{_BODY_B}\n3上一篇下一篇4\n收藏打印\n← 上一页 | 下一页 →\n")
    ct, essays = _essays(text)
    assert "上一篇" not in ct.text and "下一页" not in ct.text
    assert len(essays) == 1


def test_a_bracketed_caption_line_is_no_signature():
    """(图片说明) / （视频截图） name a picture or a caption, not a writer: no piece ends there (lefts23b's blog page)."""
    from summarizer.essays import _SIGNATURE_LINE

    for line in ("(图片说明)", "（视频截图）", "（资料来源网络）", "（记者某某摄）"):
        assert not _SIGNATURE_LINE.search(line), line
    assert _SIGNATURE_LINE.search("（陕西咸阳何原公务员）")
