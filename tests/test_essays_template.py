"""Collections of reports written from one template (the same outline 一、二、三、 and the same table in every report):
one essay per report, split at each report's title line, never at a repeated section heading or table row.

The reports are written for these tests (not taken from any corpus)."""

from summarizer import summarize
from summarizer.clean import CELL_SEPARATOR, clean
from summarizer.essays import split_essays

TOPICS = [("社区", "垃圾分类", "分类投放准确率不高，督导人员不足"),
          ("乡镇", "文化站建设", "文化站利用率偏低，专职管理员缺乏"),
          ("街道", "老旧小区改造", "改造资金筹集困难，居民意见不统一")]


def report(place: str, topic: str, problem: str, *, title: bool = True, table: str | None = "tab",
           signature: bool = True) -> str:
    """One report of the template: title line, introduction, 一、基本情况 (with a table), 二、存在的问题,
    三、对策建议, signature lines."""
    rows = [["类别", "数量（个）", "覆盖率"], [f"{place}试点", "12", "45%"], [f"{place}其他", "30", "20%"]]
    lines = []
    if title:
        lines += [f"关于{place}{topic}工作情况的调研报告", ""]
    lines += [f"为了解{place}{topic}工作的现状，我们于今年上半年开展了专题调研，走访群众一百余户，召开座谈会六场。现将有关情况报告如下。", "",
              "一、基本情况", "", f"近年来，{place}{topic}工作稳步推进，各项制度逐步建立，群众满意度有所提升。", ""]
    if table == "tab":
        lines += ["表1  试点情况"] + ["\t".join(r) for r in rows] + [""]
    elif table == "markdown":
        lines += ["表1  试点情况", "", "| " + " | ".join(rows[0]) + " |", "|---|---|---|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
    lines += ["二、存在的问题", "", f"（一）基础工作薄弱。{problem}，工作推进缓慢，群众反映强烈。", "",
              f"（二）保障机制不健全。{place}经费投入不足，缺乏稳定的资金来源，日常运转难以为继。", "",
              "三、对策建议", "", f"（一）夯实基础工作。对{topic}中的薄弱环节进行分类整改，建立工作台账，限期解决。", "",
              f"（二）健全保障机制。将{topic}经费纳入年度财政预算，建立稳定的投入机制。", ""]
    if signature:
        lines += ["县调研组", "2024年6月", ""]
    return "\n".join(lines)


def collection(n: int, **kw) -> tuple[list[str], str]:
    parts = [report(*TOPICS[i], **kw) for i in range(n)]
    return parts, "\n\n".join(parts)


def _split(text: str):
    c = clean(text)
    return c, split_essays(c.text, c.breaks, c.bylines)


def _titles(n: int):
    return [f"关于{place}{topic}工作情况的调研报告" for place, topic, _ in TOPICS[:n]]


def test_two_and_three_reports_with_a_table_are_split_at_their_title_lines():
    for n in (2, 3):
        for table in ("tab", "markdown", None):
            _, text = collection(n, table=table)
            c, essays = _split(text)
            assert [e.title for e in essays] == _titles(n), (n, table)
            for e, (place, topic, _) in zip(essays, TOPICS):
                body = c.text[e.start:e.end]
                assert body.startswith(f"为了解{place}{topic}")  # the title line is not in the body
                assert "三、对策建议" in body and body.endswith("2024年6月")  # one whole report, its signature at its end


def test_a_report_is_split_at_its_title_line_even_when_the_title_repeats():
    # the same report twice (a document printed twice): the repeated title starts each essay, the repeated
    # signature and table header do not
    one = report(*TOPICS[0])
    c, essays = _split(one + "\n\n" + one)
    assert [e.title for e in essays] == _titles(1) * 2
    assert [c.text[e.start:e.end] for e in essays] == [c.text[essays[0].start:essays[0].end]] * 2


def test_reports_without_title_lines_split_at_the_repeated_outline_start():
    _, text = collection(3, title=False, signature=False)
    c, essays = _split(text)
    assert len(essays) == 3
    # the first report starts at the text's start; the others at their 一、 (the introduction before it cannot be
    # told from the previous report's last paragraph)
    assert essays[0].start == 0 and essays[0].title is None
    assert [c.text[e.start:e.end].startswith("一、基本情况") for e in essays[1:]] == [True, True]
    assert [e.title for e in essays[1:]] == [None, None]
    assert [c.text[e.start:e.end].count("三、对策建议") for e in essays] == [1, 1, 1]


def test_reports_without_title_lines_start_after_the_previous_reports_signature():
    _, text = collection(3, title=False, signature=True)
    c, essays = _split(text)
    assert [e.title for e in essays] == [None, None, None]  # a signature or date line is no title
    for e, (place, topic, _) in zip(essays, TOPICS):
        body = c.text[e.start:e.end]
        assert body.startswith(f"为了解{place}{topic}") and body.endswith("县调研组\n2024年6月")


def test_a_table_header_row_or_caption_is_never_an_essay_title():
    _, text = collection(2)
    c, essays = _split(text)
    titles = {e.title for e in essays}
    assert not titles & {"表1试点情况", "类别\t数量（个）\t覆盖率", "类别数量（个）覆盖率", "二、存在的问题", "三、对策建议"}


def test_sub_sections_repeating_under_top_level_parts_are_still_one_essay():
    part = ("（一）存在的问题\n{p}基础设施薄弱，公共服务供给不足，群众办事仍需往返奔波，基层干部反映强烈。"
            "部分设施建成后长期闲置，利用率不高。\n（二）对策建议\n要加大投入，补齐设施短板，建立长效管护机制，定期开展评估。")
    text = ("关于城乡公共服务的调研报告\n一、城区方面\n" + part.format(p="城区") + "\n二、乡镇方面\n" + part.format(p="乡镇"))
    c, essays = _split(text)
    assert len(essays) == 1 and essays[0].start == 0


def test_clean_keeps_one_cell_separator_between_table_cells():
    assert clean("表1 情况\n类别\t数量 \t 比例\n试点\t12\t45%\n正文。").text == \
        f"表1 情况\n类别{CELL_SEPARATOR}数量{CELL_SEPARATOR}比例\n试点{CELL_SEPARATOR}12{CELL_SEPARATOR}45%\n正文。"
    # a markdown table of two columns: its rows are next to each other once the rule line is gone
    assert clean("| 类别 | 数量 |\n|---|---|\n| 试点 | 12 |\n\n正文。").text == "类别\t数量\n试点\t12\n正文。"
    # a lone tab inside a line (after a heading number) is no table: removed as before
    assert clean("一、\t基本情况\n正文 内容。").text == "一、基本情况\n正文内容。"


def test_summarize_gives_one_essay_per_report_and_measures_stay_recommendations():
    parts, text = collection(2)
    doc = summarize(text)
    assert [e.title for e in doc.essays] == _titles(2)
    for essay, (place, topic, problem) in zip(doc.essays, TOPICS):
        challenges = " ".join(p.text for p in essay.challenges)
        recommendations = " ".join(p.text for p in essay.recommendations)
        assert "基础工作薄弱" in challenges and "夯实基础工作" in recommendations
        assert "分类整改" not in challenges  # a measure under 三、对策建议 is no challenge
        for p in essay.challenges + essay.recommendations:
            assert "".join(p.text.split()) in "".join(text[p.start:p.end].split())
