"""tryleft45: table rows and paper measure headings a new user found (small texts of the tests' own).

* A table row whose named label column gives its point gives no second point from its description cell.
* A measure heading that is a verb and its object is its point alone, never glued to its body's first sentence.
"""

from __future__ import annotations

import pytest


# A table of problems with a label column (问题) and a description column (具体表现): each row states one problem, its
# label as the point (a heading); the description is its body and gives no second point (SOURCES.md: the body of a
# bare heading gives no point beside its heading).
_TABLE_ROWS = [("停车难", "老旧小区车位缺口大，居民只能占道停放"), ("就医难", "社区卫生站医生不足，居民排队时间长"),
               ("养老难", "日间照料中心床位紧张，收费偏高")]


def _points(path):
    from summarizer.pipeline import summarize_file
    out = {"challenges": [], "recommendations": []}
    for essay in summarize_file(path).essays:
        for aspect in out:
            out[aspect] += [p.text for p in getattr(essay, aspect)]
    return out


def test_markdown_table_label_row_gives_one_point(tmp_path):
    rows = "\n".join(f"| {a} | {b} |" for a, b in _TABLE_ROWS)
    path = tmp_path / "t.md"
    path.write_text("# 社区调研\n\n调研发现，社区存在以下问题：\n\n| 问题 | 具体表现 |\n| --- | --- |\n" + rows
                    + "\n\n下一步，要加快补齐社区服务短板。\n", encoding="utf-8")
    assert _points(path)["challenges"] == [a for a, _ in _TABLE_ROWS]


def test_docx_table_label_row_gives_one_point(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("调研发现，社区存在以下问题：")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "问题", "具体表现"
    for a, b in _TABLE_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = a, b
    document.add_paragraph("下一步，要加快补齐社区服务短板。")
    path = tmp_path / "t.docx"
    document.save(str(path))
    assert _points(path)["challenges"] == [a for a, _ in _TABLE_ROWS]


# A paper's measure headings, one glued to its body's first sentence on the same line (``（二）X。应…``): a heading
# that is a verb and its object states the measure whole, so it is the point alone (SOURCES.md: the heading alone when
# it states the measure; never two sentences glued); a topic heading (经费保障) is still completed by its body.
_PAPER = ("社区养老服务的困境与对策\n一、存在的问题\n（一）服务供给不足\n部分社区缺少日间照料场所。\n"
          "二、对策建议\n（一）拓宽筹资渠道\n鼓励社会资本参与社区养老服务。\n"
          "（二）弥合城乡差距。应加大对农村社区养老设施的投入，补齐短板。\n（三）壮大护理队伍\n提高护理人员待遇。\n")


def test_verb_object_heading_glued_to_body_is_heading_alone(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(_PAPER, encoding="utf-8")
    recs = _points(path)["recommendations"]
    assert "弥合城乡差距" in recs
    assert not any("。" in r for r in recs)


def test_verb_object_heading_reader():
    from summarizer.points import verb_object_heading
    assert verb_object_heading("弥合城乡差距")
    assert not verb_object_heading("经费保障")
    assert not verb_object_heading("网格员队伍")
