"""fix52: kinds of faults a fresh user found (fix51, k122123) and left open, on small texts of the tests' own.

* a journal's running head printed first on the first page of a text copied out of a PDF (``期刊名 · 2024年第3期 栏目``
  over the title, again beside each page number) is furniture, not the essay's title (``clean._ISSUE_HEAD``);
* a two-column PDF page whose columns PDFium reads line by line across the gutter (one text line holding a line of
  each column) is read column by column, and a full column line runs on into the next (``formats.pdf._in_columns``);
* the author's run-in measures after a lead-in (``对此，我们一是A。二是B。``) and a sentence that adds one more
  (``同时，我们将C。``): C is a measure too (``points._list_sequel``, ``aspects.own_plan``).
"""

import shutil
import subprocess

import pytest

import files_fixtures as F
from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document
from summarizer.readers import read_bytes


def _system_has_cjk_font() -> bool:
    """Whether fontconfig knows a Chinese font: without one PDFium merges repeated glyphs of the fixtures'
    non-embedded font (see ``tests/test_readers_pdf.py``)."""
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    return bool(listed.strip())


needs_cjk_font = pytest.mark.skipif(not _system_has_cjk_font(), reason="no CJK font on this system (fonts-noto-cjk)")


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# ---------------------------------------------------------------- a journal's running head printed first

_HEAD = "乡村建设论坛 · 2023年第5期 专题调研"
_COPIED = (f"{_HEAD}\n"
           "山区学校寄宿条件调研报告\n"
           "山区寄宿制学校的住宿条件直接关系学生的身心健康。\n"
           "一、存在的问题\n"
           "一是宿舍拥挤，部分学校一间宿舍住二十多名学生。\n"
           "二是生活老师不足，夜间照护常由任课教师兼任，\n"
           "— 1 —\n"
           f"{_HEAD}\n"
           "工作负担很重。\n"
           "二、对策建议\n"
           "一是扩建宿舍，按标准核定每间宿舍的床位。\n"
           "二是单独核定生活老师编制，\n"
           "— 2 —\n"
           f"{_HEAD}\n"
           "落实夜间值守补贴。\n")


def test_a_journal_head_printed_first_is_not_the_title():
    doc = summarize_document(_COPIED)
    assert doc.essays[0].title == "山区学校寄宿条件调研报告"
    assert not any("乡村建设论坛" in p.text for e in doc.essays for p in e.challenges + e.recommendations)


def test_a_repeated_head_without_an_issue_stays_the_title():
    # (the article's own title repeated as its running head: the first print is the title, as before)
    text = _COPIED.replace(_HEAD, "山区学校寄宿条件调研报告").replace("山区学校寄宿条件调研报告\n山区学校寄宿条件调研报告\n",
                                                         "山区学校寄宿条件调研报告\n")
    assert summarize_document(text).essays[0].title == "山区学校寄宿条件调研报告"


@pytest.mark.parametrize("line,issue", [("中国行政管理 2024年第3期", True), ("某某学报 第12卷 第2期", True),
                                        ("Journal of Rural Studies Vol. 5 No. 2", True),
                                        ("山区学校寄宿条件调研报告", False), ("第三章 基层治理的困境", False)])
def test_issue_head_pattern(line, issue):
    from summarizer.clean import _ISSUE_HEAD
    assert (_ISSUE_HEAD.search(line) is not None) is issue


# ---------------------------------------------------------------- two columns read across the gutter

_PARAS = ["近年来各地推进农村供水工程建设，农村饮水条件明显改善，但与群众期待仍有差距。",
          "一是水源保护薄弱，部分水源地周边仍有养殖场和生活垃圾。",
          "二是管网老化严重，漏损率居高不下，一些村庄季节性缺水。",
          "三是管护责任不清，工程建成后无人管理，设施很快损坏。",
          "对此建议，一是划定水源保护范围，清理周边污染源。",
          "二是实施管网改造，优先更换漏损严重的老旧管道。",
          "三是明确管护主体，将管护经费纳入县级财政预算。"]
_COL = 16  # characters of a column line: 16 x 12 pt = 192 pt


def _column_lines(spaces: bool = False):
    lines = []
    for para in _PARAS:
        first = True
        while para:
            k = _COL - 2 if first else _COL
            # (a paragraph's first line indented two characters: moved right, or two ideographic spaces drawn)
            lines.append((("\u3000\u3000" if first and spaces else "") + para[:k], 24 if first and not spaces else 0))
            para, first = para[k:], False
    return lines


def _two_column_pdf(across: bool, spaces: bool = False) -> bytes:
    """One page: a centred title, two columns of 12 pt lines (left at x=40, right at x=256: a gutter of two
    characters), a centred page number;
    ``across``: the lines drawn row by row, left then right (PDFium reads each row as one line), else column by
    column."""
    lines = _column_lines(spaces)
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:]
    items = [("农村供水问题调研", 196, 800)]
    rows = [(lx, ly) for lx, ly in zip(left, right + [None] * (len(left) - len(right)))]
    drawn = []
    for r, (lt, rt) in enumerate(rows):
        y = 760 - 18 * r
        drawn.append([(lt[0], 40 + lt[1], y)] + ([(rt[0], 256 + rt[1], y)] if rt else []))
    if across:
        items += [it for row in drawn for it in row]
    else:
        items += [row[0] for row in drawn] + [row[1] for row in drawn if len(row) > 1]
    items.append(("1", 241, 40))
    return F.make_pdf_positioned([items])


@needs_cjk_font
@pytest.mark.parametrize("spaces", [False, True])
@pytest.mark.parametrize("across", [True, False])
def test_two_column_page_is_read_column_by_column(across, spaces):
    text = read_bytes(_two_column_pdf(across, spaces), filename="x.pdf").text
    assert text.split("\n") == ["农村供水问题调研", *_PARAS]


@needs_cjk_font
def test_two_column_page_gives_each_measure_as_a_point():
    text = read_bytes(_two_column_pdf(True), filename="x.pdf").text
    ch, rec = _points(text)
    assert any(p.startswith("管网老化严重") for p in ch)
    assert any(p.startswith("实施管网改造") for p in rec)
    assert not any("漏损率" in p and "优先更换" in p for p in ch + rec)  # (no point across the two columns)


def test_a_line_with_a_wide_gap_on_a_one_column_page_stays_whole():
    # (a name and a date far apart on one line, a page of one column: the line is not cut)
    body = [("关于农村供水工程的情况说明", 40, 800), ("填报单位：某县水利局", 40, 760), ("2024年3月", 400, 760)]
    body += [("近年来各地推进农村供水工程建设，农村饮水条件明显改善。", 40, 740 - 18 * k) for k in range(6)]
    text = read_bytes(F.make_pdf_positioned([body]), filename="x.pdf").text
    assert "填报单位：某县水利局 2024年3月" in text


# ---------------------------------------------------------------- 对此，我们一是…。二是…。同时，我们将…

_REPLY = ("关于提高社区食堂服务水平的答复\n\n"
          "社区食堂开办以来，就餐人数逐年增加，群众反映的问题主要有两个。一是菜品单一，口味难以满足不同人群。"
          "二是就餐高峰排队时间长，老年人等候困难。\n\n"
          "对此，我们一是丰富菜品供应，每周更新食谱并增设低盐低糖餐。二是优化就餐流程，增设老年人专用窗口。"
          "同时，我们将建立食堂服务评价制度，每季度公开评价结果。\n\n")


def test_a_measure_added_after_run_in_measures_in_the_same_paragraph():
    _ch, rec = _points(_REPLY)
    assert any("丰富菜品供应" in p for p in rec)
    assert any("优化就餐流程" in p for p in rec)
    assert any("建立食堂服务评价制度" in p for p in rec)


def test_a_measure_added_in_the_next_paragraph():
    _ch, rec = _points(_REPLY.replace("。同时，我们将", "。\n\n同时，我们将"))
    assert any("建立食堂服务评价制度" in p for p in rec)


def _sequels(text):
    from summarizer.pipeline import names_section
    from summarizer.sentences import split_sentences
    from summarizer.structure import parse
    st = parse(text, names_section)
    ss = split_sentences(text, section_name=names_section, table_cells=True)
    layout = pts._layout(st, ss, asp.analyze(st))
    return [(ss[i].text, a) for i in range(len(ss)) if (a := pts._list_sequel(text, ss, i, layout))]


def test_list_sequel_reads_the_added_measure_only():
    assert _sequels(_REPLY) == [("同时，我们将建立食堂服务评价制度，每季度公开评价结果。", asp.RECOMMENDATION)]
    # (no adding opener: prose reads it, not the list)
    assert _sequels(_REPLY.replace("同时，我们将建立", "我们将建立")) == []
    # (a measure after a list of problems adds no problem to it)
    problems_only = _REPLY.replace("对此，我们一是丰富菜品供应，每周更新食谱并增设低盐低糖餐。二是优化就餐流程，增设老年人专用窗口。", "")
    assert _sequels(problems_only.replace("老年人等候困难。\n\n", "老年人等候困难。")) == []


@pytest.mark.parametrize("sentence,plan", [
    ("同时，我们将建立食堂服务评价制度。", True),
    ("我们还将进一步完善食堂服务评价制度。", True),
    ("此外，我们要加快建设社区食堂。", True),
    ("我们将以更大的干劲做好各项工作。", False),  # (no act of its own: a pledge)
    ("我们将看到更多变化。", False),
    ("我市将建立食堂服务评价制度。", False),  # (an office's plan, not the author's side: read elsewhere)
])
def test_own_plan(sentence, plan):
    assert asp.own_plan(sentence) is plan


@pytest.mark.parametrize("close", ["我们将继续努力，把社区食堂办成群众满意的民生工程。",
                                   "社区食堂关系千家万户，我们将持续用力，让老年人吃得放心。"])
def test_a_closing_pledge_after_the_added_measure_is_no_point(close):
    _ch, rec = _points(_REPLY + close + "\n")
    assert any("建立食堂服务评价制度" in p for p in rec)
    assert not any("继续努力" in p or "持续用力" in p for p in rec)


def test_a_form_of_keys_and_values_keeps_its_rows():
    # (two columns of short cells, none filling its side: a form's rows, read row by row as before)
    keys = ["项目名称", "建设单位", "建设地点", "建设规模", "总投资额", "建设工期"]
    values = ["某县农村供水改造工程", "某县水利局", "某县五个乡镇", "管网一百二十公里", "三千万元", "十八个月"]
    items = [("农村供水工程基本情况表", 200, 800)]
    for r, (k, v) in enumerate(zip(keys, values)):
        items += [(k, 60, 760 - 20 * r), (v, 320, 760 - 20 * r)]
    text = read_bytes(F.make_pdf_positioned([items]), filename="x.pdf").text
    for k, v in zip(keys, values):
        assert f"{k} {v}" in text


# ------------------------------------------------ a measure added after a list run in after its sentence's own lead

_RUN_IN = ("关于社区食堂运营情况的汇报\n"
           "社区食堂开办一年来，就餐人数稳步增长，但仍存在菜品单一、高峰期排队时间长等问题。\n"
           "下一步，我们要重点做好三件事：一是丰富菜品供应，每周更新食谱；二是优化就餐流程，增设老年人专用窗口；"
           "三是加强食品安全管理，落实每日留样制度。同时，我们将建立食堂服务评价制度，每季度公开评价结果。\n")


def test_a_measure_added_after_a_list_run_in_after_a_colon():
    # (try52: the list opens inside the sentence, after `…三件事：`; the sentence before the sequel starts outside
    # its items, so the item that ends it gives the aspect)
    ch, rec = _points(_RUN_IN)
    assert any("建立食堂服务评价制度" in p for p in rec)
    assert not any("建立食堂服务评价制度" in p for p in ch)
    assert sum(("丰富菜品供应" in p) + ("优化就餐流程" in p) + ("落实每日留样制度" in p) for p in rec) == 3
    assert _sequels(_RUN_IN) == [("同时，我们将建立食堂服务评价制度，每季度公开评价结果。", asp.RECOMMENDATION)]


def test_no_sequel_read_after_a_run_in_list_of_problems():
    # (a list of problems run in after a colon: an added measure is no further problem of it)
    text = ("关于社区食堂运营情况的汇报\n"
            "经过走访，我们发现食堂主要存在三个问题：一是菜品单一，老人吃不惯；二是高峰期排队时间长；三是留样制度执行不严。"
            "同时，我们将建立食堂服务评价制度，每季度公开评价结果。\n")
    assert _sequels(text) == []
