"""A headline standing alone between blank lines is the essay's title, never glued to the paragraph below it, and
a title repeated as a heading is not a section of the aspect its words name (new-user trial 6)."""
import summarizer
from summarizer.clean import clean

BODY = ("近年来，各地大力整治形式主义，基层减负取得了一定成效。但在一些地方，文山会海依然存在，考核检查名目繁多。\n\n"
        "当前存在的问题主要有：一是会议文件过多；二是考核检查频繁。\n\n"
        "对此，建议精简会议文件，改进督查考核方式。\n")


def test_a_headline_with_a_comma_over_a_blank_line_stands_alone():
    text = "推进基层减负，让干部把精力用在干事创业上\n\n" + BODY
    cleaned = clean(text).text
    assert cleaned.split("\n")[0] == "推进基层减负，让干部把精力用在干事创业上"
    essay = summarizer.summarize(text).essays[0]
    assert essay.title == "推进基层减负，让干部把精力用在干事创业上"
    assert not essay.summary.startswith("推进基层减负")


def test_a_wrapped_line_without_a_blank_line_after_it_is_still_joined():
    # a hard-wrapped paragraph (no blank line between its lines) is one sentence again
    text = "近年来，各地大力整治形式主义，基层\n减负取得了一定成效。\n"
    assert clean(text).text == "近年来，各地大力整治形式主义，基层减负取得了一定成效。"


def test_a_field_line_with_a_colon_keeps_the_old_rule():
    # `label：value` lines are left to the prose rules (a comma and 15+ characters make prose): joined as before
    text = "材料：主体为防锈金属，踏板厚度二毫米以上\n\n功能：可用脚踩压扁市售铝罐。\n"
    assert "\n" not in clean(text).text


def test_a_title_repeated_as_a_heading_is_not_a_section_of_challenges():
    # the page's title line, then the same title as the article's heading: the words 查找不足 name no section
    from summarizer import aspects
    from summarizer.structure import parse
    title = "政府抗疫，查找不足"
    text = (f"{title}\n\n{title}\n\n抗疫一年，市民对政府的表现多有议论。官员们在记者会上介绍了过去一年的工作安排。"
            "政府应尽快检讨检测策略，并增加对安老院舍的资助。\n")
    body = clean(text).text
    structure = parse(body)
    roles = aspects.analyze(structure)
    lines = [(structure.heading(it), r.aspect) for it, r in zip(structure.items, roles) if it.family == "line"]
    assert lines == [(title, None), (title, None)]
    assert summarizer.summarize(text).essays[0].title == title


def test_a_model_without_a_method_asks_for_seq2seq_and_with_textrank_is_refused(tmp_path):
    # new-user trial 6: summarize(text, model=...) ran TextRank and ignored the model silently
    import pytest
    from summarizer.errors import ModelNotAvailableError
    text = "基层治理面临人手不足的问题。建议加强基层队伍建设。"
    missing = tmp_path / "no-such-checkpoint"
    with pytest.raises(ModelNotAvailableError):
        summarizer.summarize(text, model=str(missing))
    with pytest.raises(ValueError, match="method='seq2seq'"):
        summarizer.summarize(text, method="textrank", model=str(missing))
    assert summarizer.summarize(text).method == "textrank"


def test_unicode_line_separators_break_lines_like_newline():
    # new-user trial 6: text copied with U+2028 between lines lost its title line
    lines = ["推进基层减负工作的思考", "", "当前基层负担依然较重，会议文件过多。", "", "建议精简会议文件。"]
    plain = summarizer.summarize("\n".join(lines)).essays[0]
    for sep in ("\u2028", "\u2029", "\u0085", "\r\n"):
        got = summarizer.summarize(sep.join(lines)).essays[0]
        assert got.title == plain.title == "推进基层减负工作的思考"
        assert [p.text for p in got.challenges] == [p.text for p in plain.challenges]
    assert clean("第一行\u2028第二行。\x0c第三行。").text.count("\n") >= 1


def test_a_purpose_clause_with_a_modal_over_a_short_approach_turns_to_the_measures():
    # 为X，必须标本兼治。 announces the measures: the first item of the 首先/其次/再次 run after it is a measure too
    from summarizer import aspects
    assert aspects.opener_aspect("为基层减负，必须标本兼治。") == aspects.RECOMMENDATION
    assert aspects.opener_aspect("要破解这一难题，需要多方协同发力。") == aspects.RECOMMENDATION
    # a purpose clause over a measure with its own object is a measure point, not an announcement
    assert aspects.opener_aspect("为提高服务效率，应当建立统一的数据共享平台。") is None
