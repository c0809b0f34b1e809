"""glued20: a numbered heading glued to its body inside one line (PDF-to-text and web conversions drop the line
break between them): where the heading ends (structure._glued_heading_ends), and a section number that opens its
line without a space is not joined to the paragraph above (clean.LINE_MARKER_RE)."""

from summarizer.clean import clean
from summarizer.structure import parse

# two sibling headings stand on their own lines: the document's heading style for 1.1 / 1.2 …
_STYLE = ("1.1队伍建设\n社区工作者人数偏少，流动性较大。\n"
          "1.2经费保障\n部分社区经费来源单一，开展活动困难。\n")


def _headings(text: str) -> dict[str, str]:
    st = parse(text)
    return {it.marker: st.heading(it) for it in st.items if it.family == "num2"}


def test_heading_cut_before_a_body_opener():
    text = _STYLE + "1.3完善志愿服务机制近年来志愿者队伍不断壮大，但志愿服务机制尚不健全。活动缺乏持续性。\n"
    st = parse(text)
    item = next(it for it in st.items if it.marker == "1.3")
    assert st.heading(item) == "完善志愿服务机制"
    assert text[item.heading_end:].startswith("近年来志愿者队伍")


def test_heading_cut_where_the_body_repeats_it():
    text = _STYLE + "1.3场地设施多数社区活动用房面积不足，场地设施老化，难以满足居民需求。\n"
    assert _headings(text)["1.3"] == "场地设施"


def test_no_cut_without_evidence_of_the_heading_style():
    # no sibling heading stands on its own line: a heading that runs into a sentence is left whole
    text = ("1.1队伍建设方面，社区工作者人数偏少。\n1.2经费保障方面，经费来源单一。\n"
            "1.3完善志愿服务机制近年来志愿者队伍不断壮大，但机制尚不健全。\n")
    assert _headings(text)["1.3"] == "完善志愿服务机制近年来志愿者队伍不断壮大，但机制尚不健全"


def test_no_cut_in_a_heading_that_is_one_clause():
    # no clause break: a long heading phrase and a glued sentence of one clause cannot be told apart
    text = _STYLE + "1.3完善志愿服务机制近年来志愿者队伍不断壮大。\n"
    assert _headings(text)["1.3"] == "完善志愿服务机制近年来志愿者队伍不断壮大"


def test_no_cut_when_the_body_leaves_the_heading_topic():
    # an opener word inside a two-part heading, and nothing of the first part said again after it: no cut
    text = _STYLE + "1.3认真听取群众建议落实整改，形成长效机制。\n"
    assert _headings(text)["1.3"] == "认真听取群众建议落实整改，形成长效机制"


def test_no_cut_past_the_style_length():
    # the cut would leave a heading far longer than any heading of the family that stands on its own line
    text = _STYLE + "1.3进一步完善社区志愿服务组织管理和激励保障的相关机制近年来社区志愿服务发展较快，机制仍不健全。\n"
    assert _headings(text)["1.3"].startswith("进一步完善社区志愿服务组织管理和激励保障的相关机制近年来")


def test_properly_punctuated_headings_unchanged():
    text = _STYLE + "1.3活动阵地\n活动阵地不足，场地设施老化。\n"
    assert _headings(text) == {"1.1": "队伍建设", "1.2": "经费保障", "1.3": "活动阵地"}


def test_three_level_section_number_not_joined_to_the_paragraph_above():
    # the paragraph above ends with no terminator (a citation mark was removed); the next line opens with 2.1.2 and
    # no space: it is a new unit, not the end of that paragraph
    raw = ("2.1.1人员配置\n基层人员编制偏紧，服务人口多，工作任务重，人员配置与实际需要不相匹配[3]\n\n"
           "2.1.2服务质量\n服务质量有待提高。\n")
    text = clean(raw).text
    assert "不相匹配\n2.1.2服务质量" in text


def test_decimal_at_line_start_still_joined():
    raw = ("这一比例在过去十年间由原来的百分之十左右持续上升到了现在的百分之二十左右，增长了大约\n"
           "2.5倍，远远超过了同期其他地区的增长速度。\n")
    assert "增长了大约2.5倍" in clean(raw).text


def test_heading_cut_where_the_body_names_its_last_words_again():
    text = _STYLE + "1.3何为社区营造社区营造是指居民共同参与改善社区环境，重建邻里关系的过程。\n"
    assert _headings(text)["1.3"] == "何为社区营造"


def test_no_cut_in_a_sentence_heading_alone_on_its_line():
    # the heading is one sentence ending in 。 on its own line, its body on the next line: a body opener inside it
    # (当前) does not end it
    text = _STYLE + "1.3着力解决当前群众反映强烈的解决难题，切实维护群众利益。\n各社区要建立台账。\n"
    assert _headings(text)["1.3"] == "着力解决当前群众反映强烈的解决难题，切实维护群众利益"
