"""A collection of pieces by different authors (a heading, then an author byline, per piece)."""

from summarizer.clean import clean
from summarizer.essays import split_essays

_PIECE_A = ("城市停车难的症结在于规划滞后。老旧小区建成时没有预留车位，道路两侧停满车辆，消防通道被长期占用。"
            "物业无权处罚，居民之间矛盾不断，投诉多年得不到解决。") * 3
_PIECE_B = ("应当把闲置地块改建为立体停车场，并由街道牵头统一管理。错时共享机关单位的车位，夜间向周边居民开放。"
            "收费标准向社会公开，收入用于停车设施维护。") * 3


def _collection(author_a: str, author_b: str) -> str:
    return ("# 停车难题，两位市民的看法\n\n编者按：我们请两位读者谈谈身边的停车难题。\n\n"
            f"### 老旧小区无处停车\n\n**作者：{author_a}**\n\n{_PIECE_A}\n\n"
            f"### 盘活闲置车位资源\n\n**作者：{author_b}**\n\n{_PIECE_B}\n")


def test_clean_keeps_where_each_byline_stood_and_does_not_glue_the_heading_to_the_paragraph():
    ct = clean(_collection("退休教师王某", "社区工作者李某"))
    assert [a for _, a in ct.bylines] == ["作者：退休教师王某", "作者：社区工作者李某"]
    assert "作者" not in ct.text
    for offset, _ in ct.bylines:
        # the byline is gone, the heading above it stays a line of its own, the piece's body starts at the offset
        assert ct.text[offset - 1] == "\n"
    assert ct.text[ct.bylines[0][0]:].startswith("城市停车难的症结")
    assert "\n老旧小区无处停车\n" in ct.text
    assert "\n盘活闲置车位资源\n" in ct.text


def test_bylines_of_two_authors_split_the_collection_at_the_headings_above_them():
    ct = clean(_collection("退休教师王某", "社区工作者李某"))
    essays = split_essays(ct.text, ct.breaks, ct.bylines)
    assert [e.title for e in essays] == ["老旧小区无处停车", "盘活闲置车位资源"]
    assert ct.text[essays[0].start:essays[0].end].startswith("城市停车难的症结")
    assert ct.text[essays[0].start:essays[0].end].rstrip().endswith("得不到解决。")
    assert ct.text[essays[1].start:essays[1].end].startswith("应当把闲置地块")


def test_a_repeated_byline_is_no_essay_boundary():
    ct = clean(_collection("本报记者张某", "本报记者张某"))
    assert len(ct.bylines) == 2
    assert len(split_essays(ct.text, ct.breaks, ct.bylines)) == 1


def test_split_essays_without_bylines_is_unchanged():
    ct = clean(_collection("退休教师王某", "社区工作者李某"))
    assert len(split_essays(ct.text, ct.breaks)) == 1


def test_short_pieces_by_two_authors_are_two_essays_however_short():
    """A piece with its own heading and author is an essay even under MIN_ESSAY_CHARS (new-user trial: two
    150-character pieces came back as one essay titled after the first)."""
    short_a, short_b = _PIECE_A[: len(_PIECE_A) // 3], _PIECE_B[: len(_PIECE_B) // 3]
    assert len(short_a) < 200 and len(short_b) < 200
    text = (f"### 老旧小区无处停车\n作者：王某\n\n{short_a}\n\n### 盘活闲置车位资源\n作者：李某\n\n{short_b}\n")
    ct = clean(text)
    essays = split_essays(ct.text, ct.breaks, ct.bylines)
    assert [e.title for e in essays] == ["老旧小区无处停车", "盘活闲置车位资源"]
    assert ct.text[essays[1].start:essays[1].end].strip() == short_b
