"""try54 (a new user's working day with a folder of mixed files): the ``--collection`` Markdown of a folder of
Traditional-Chinese reports had a Simplified ``# 合集：… 个文件`` header and ``## 共性问题/共性建议`` headings above
records labelled 挑戰/建議. Small texts of the test's own."""

from typer.testing import CliRunner

from summarizer.cli import app

_TRADITIONAL = ("關於鄉鎮圖書室運營的調查\n\n一、存在的問題\n藏書更新緩慢，借閱人數逐年下降。\n管理人員多為兼職，開放時間不固定。\n"
                "二、對策建議\n建立縣級圖書流轉機制。\n聘請專職管理員，固定開放時間。\n")
_SIMPLIFIED = ("关于乡镇图书室运营的调查\n\n一、存在的问题\n藏书更新缓慢，借阅人数逐年下降。\n管理人员多为兼职，开放时间不固定。\n"
               "二、对策建议\n建立县级图书流转机制。\n聘请专职管理员，固定开放时间。\n")


def _collection_markdown(paths: list[str]) -> str:
    res = CliRunner().invoke(app, ["summarize", *paths, "--collection", "-q", "--workers", "0", "-f", "markdown"])
    return res.stdout


def test_a_traditional_batch_gets_a_traditional_collection_section(tmp_path):
    (tmp_path / "a.txt").write_bytes(_TRADITIONAL.encode("big5"))
    (tmp_path / "b.txt").write_text(_TRADITIONAL.replace("鄉鎮", "街道"), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    md = _collection_markdown([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")])
    assert md.startswith(f"# 合集：2 個文件，2 篇（另有 1 個文件失敗：{tmp_path / 'c.txt'}）\n\n## 共性問題\n")
    assert "\n## 共性建議\n" in md and "共性问题" not in md and "### 挑戰" in md


def test_a_simplified_batch_keeps_simplified_labels(tmp_path):
    (tmp_path / "a.txt").write_text(_SIMPLIFIED, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(_SIMPLIFIED.replace("乡镇", "街道").encode("gbk"))
    md = _collection_markdown([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert md.startswith("# 合集：2 个文件，2 篇\n\n## 共性问题\n") and "\n## 共性建议\n" in md


def test_a_saved_pages_resource_folder_is_skipped_not_summarized(tmp_path):
    from summarizer.batch import Skipped, expand_inputs
    page = ("<html><head><title>乡镇图书室调查</title></head><body><h1>关于乡镇图书室运营的调查</h1>"
            + "".join(f"<p>{line}</p>" for line in _SIMPLIFIED.splitlines()[2:]) + "</body></html>")
    (tmp_path / "调查.html").write_text(page, encoding="utf-8")
    (tmp_path / "调查_files").mkdir()
    (tmp_path / "调查_files" / "saved_resource.html").write_text("<html><body><script>var a;</script></body></html>")
    (tmp_path / "其他_files").mkdir()  # no page of that name beside it: an ordinary folder, walked
    (tmp_path / "其他_files" / "note.txt").write_text(_SIMPLIFIED, encoding="utf-8")
    files, skipped = expand_inputs([str(tmp_path)])
    assert files == [str(tmp_path / "调查.html"), str(tmp_path / "其他_files" / "note.txt")]
    assert skipped == [Skipped(str(tmp_path / "调查_files") + "/", "page_resources")]
    res = CliRunner().invoke(app, ["summarize", str(tmp_path), "-q", "--workers", "0"])
    assert res.exit_code == 0, res.output  # the framed ad was an empty_input failure, exit 1
