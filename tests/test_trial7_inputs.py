"""A new user's trial of the command line (trial7): a folder of notes keeps its ``.markdown`` files (the
suffix the command itself writes for ``-o FILE.markdown``), and they are read as text like ``.md``."""

from __future__ import annotations

from pathlib import Path

from summarizer.batch import expand_inputs
from summarizer.readers import read_path

NOTE = ("# 调研笔记：老旧小区改造\n\n## 发现的问题\n- 加装电梯协调难，低层住户反对意见大\n- 改造资金缺口大，居民出资意愿低\n\n"
        "## 建议\n- 建立协商议事机制，由社区牵头组织居民充分协商\n- 探索多元筹资模式\n")


def test_a_folder_walk_takes_markdown_files_of_both_suffixes_and_skips_others(tmp_path: Path):
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.markdown").write_text(NOTE, encoding="utf-8")
    (tmp_path / "C.MARKDOWN").write_text(NOTE, encoding="utf-8")
    (tmp_path / "d.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    files, skipped = expand_inputs([str(tmp_path)])
    assert [Path(f).name for f in files] == ["C.MARKDOWN", "a.md", "b.markdown"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [("d.png", "suffix")]


def test_a_markdown_file_is_read_as_text_unchanged(tmp_path: Path):
    path = tmp_path / "note.markdown"
    path.write_bytes(NOTE.encode("gb18030"))
    doc = read_path(str(path))
    assert (doc.format, doc.encoding, doc.text) == ("text", "gb18030", NOTE)
