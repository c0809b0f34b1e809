"""fix40: a collection of plain-text essays, each a title line alone between blank lines over prose, is split at
every title, also one written with quotes, a question mark or a ``专访：`` prefix (not a ``关于…的思考`` shape)."""
from costs import assert_linear

from summarizer.clean import clean
from summarizer.essays import spaced_line_starts, split_essays
from summarizer.pipeline import summarize_document

FIRST = ("城市夜间经济发展的几点观察\n\n"
         "近几年，我区夜间消费增长很快，但问题同样明显。一是夜间公共交通班次少，末班车普遍在晚上十点前结束；"
         "二是街区管理标准不一，占道经营与噪声投诉反复出现；三是业态单一，餐饮占比超过七成，文化消费供给不足。\n\n"
         "为此，应延长重点街区周边公交和地铁的运营时间。要制定统一的夜间街区管理规范，明确摆卖区域和时段。"
         "还应引入书店、剧场等文化业态，丰富夜间消费供给。\n")
SECOND_TITLES = ("从“白天热闹”到“夜晚精彩”", "访谈：夜市怎样留住年轻人？")
SECOND_BODY = ("\n\n商户普遍反映，夜间经营面临的最大困难是租金上涨过快，利润被持续压缩，许多小店难以为继。"
               "与此同时，停车位严重不足，周边居民与游客争抢车位的矛盾十分突出，投诉逐年增多。\n"
               "对此，应建立租金监测机制，及时约谈引导业主。应推动周边机关单位停车场夜间错时开放。\n")


def _split(text: str):
    ct = clean(text)
    return split_essays(ct.text, spaced=spaced_line_starts(text, ct.text, ct.offsets, ct.ends))


def test_second_title_with_quotes_or_question_starts_an_essay():
    for title in SECOND_TITLES:
        essays = _split(FIRST + "\n" + title + SECOND_BODY)
        assert [e.title for e in essays] == [None, title]  # (the first essay's title is read by the pipeline)
        text = clean(FIRST + "\n" + title + SECOND_BODY).text  # (cleaning folds the blank lines)
        assert essays[1].start == text.index("商户") and text[essays[1].marker_start:essays[1].start] == title + "\n"


def test_pipeline_splits_the_collection():
    result = summarize_document(FIRST + "\n" + SECOND_TITLES[1] + SECOND_BODY)
    assert [e.title for e in result.essays] == ["城市夜间经济发展的几点观察", SECOND_TITLES[1]]


def test_spaced_sub_heading_of_one_essay_splits_nothing():
    # a section heading laid out alone (names a section), and a short part: one essay
    text = (FIRST.replace("为此，", "对策建议\n\n为此，"))
    assert len(_split(text)) == 1
    # a news article's cross-head over a part that states no measure: one essay
    part = "\n\n商户普遍反映，夜间经营面临的最大困难是租金上涨过快，许多小店难以为继。停车位严重不足，投诉逐年增多。" * 2
    assert len(_split(FIRST + "\n" + "停车难成夜市之痛" + part)) == 1


def test_spaced_line_starts_reads_the_layout():
    text = "标题一\n\n正文第一段。\n正文第二段。\n \n标题二\n\t\n正文。"
    ct = clean(text)
    starts = spaced_line_starts(text, ct.text, ct.offsets, ct.ends)
    lines = {ct.text[o:ct.text.find("\n", o) if ct.text.find("\n", o) != -1 else len(ct.text)] for o in starts}
    assert "标题一" in lines and "标题二" in lines
    assert "正文第一段。" not in lines and "正文第二段。" not in lines


def test_spaced_titles_linear():
    assert_linear(lambda n: _split((FIRST + "\n") * n), 20, "many spaced essays")
    assert_linear(lambda n: _split("标题\n\n" + "无标点的长行" * n), 2_000, "a long line without punctuation")
