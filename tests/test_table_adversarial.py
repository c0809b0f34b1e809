"""Tables of records given odd columns (break10): a title column whose cells are as long as the bodies, a title
column index out of range or equal to the body column, and a cell longer than the csv module's default field limit.
Tables written for these tests."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.errors import ColumnNotFoundError
from summarizer.readers import read_bytes

BODY = ("老旧小区加装电梯推进缓慢，低楼层住户担心采光和噪声，意见难以统一，部分项目停在协商阶段长达两年。"
        "建议由街道牵头建立协商机制，明确费用分摊办法，并对困难家庭给予补贴，同时简化审批流程，缩短办理时限，加强施工安全监管。")


def _table(title: str) -> bytes:
    rows = ["序号,标题,正文"] + [f'{i},"{title}{i}","{BODY}"' for i in range(3)]
    return ("\n".join(rows) + "\n").encode("utf-8")


def test_long_title_column_does_not_hide_the_body_column():
    title = "关于推进老旧小区加装电梯工作的意见建议" * 6  # 114 characters: a long cell, as the bodies are
    document = read_bytes(_table(title), filename="t.csv")
    assert len(document.records) == 3
    assert document.record_titles == tuple(f"{title}{i}" for i in range(3))
    assert document.text.split("\n") == [BODY] * 3
    assert [essay.title for essay in summarize(document).essays] == [f"{title}{i}" for i in range(3)]


@pytest.mark.parametrize("title_column", [-1, 3, "7"])
def test_title_column_index_out_of_range_is_refused(title_column):
    with pytest.raises(ColumnNotFoundError, match="no title column") as caught:
        read_bytes(_table("标题"), filename="t.csv", csv_title_column=title_column)
    assert caught.value.field == "csv_title_column"


@pytest.mark.parametrize("title_column", [2, "正文"])
def test_title_column_that_is_the_body_column_is_refused(title_column):
    with pytest.raises(ColumnNotFoundError, match="the title column is the body column") as caught:
        read_bytes(_table("标题"), filename="t.csv", csv_title_column=title_column)
    assert caught.value.field == "csv_title_column"


def test_cell_longer_than_the_csv_default_field_limit_is_read():
    body = BODY * 1200  # 130,800+ characters in one cell (the csv module refuses fields over 131,072 by default)
    data = f'标题,正文\n第一篇,"{body}"\n第二篇,"{BODY}"\n'.encode("utf-8")
    document = read_bytes(data, filename="t.csv")
    assert document.text.split("\n") == [body, BODY]
    assert document.record_titles == ("第一篇", "第二篇")


def test_table_header_row_opening_a_text_is_no_title():
    rows = ["问题\t整改措施\t完成时限"] + [f"{BODY[:40]}\t{BODY[40:]}\t年底前" for _ in range(3)]
    essays = summarize("\n".join(rows)).essays
    assert len(essays) == 1
    assert essays[0].title is None
    markdown = "| 问题 | 整改措施 |\n" + "".join(f"| {BODY[:40]} | {BODY[40:]} |\n" for _ in range(3))
    assert summarize(markdown).essays[0].title is None
