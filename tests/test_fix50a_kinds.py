"""fix50a: the faults a fresh user (check50) found in reading, batch runs, titles and the library's messages, each as
the kind it is, on small texts and files of the tests' own.

* a page that declares a single-byte charset (``iso-8859-1``, ``windows-1252``: they decode any bytes) over UTF-8,
  GBK or Big5 bytes is read as what the bytes are, with a ``wrong_charset`` warning; a page truly in Latin-1 stays;
* a folder a batch cannot list (no permission) gets a ``permission_denied`` record and the exit status 1, as an
  unreadable file does; both messages say what to change;
* a pasted slide deck's slide numbers (``幻灯片1``, ``Slide 2``, ``第3张``, ``P1 …``) are no title and no text; a
  proposal's title field (``提案标题：…``, ``案题：…``) is its title, not its number line;
* ``max_chars`` names itself in its error; a misspelt library option says which one was meant.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.pipeline import summarize_document

from costs import assert_linear

# -------------------------------------------------------------------------------- single-byte charsets

_CN_PAGE = ('<html><head><meta charset="{cs}"><title>t</title></head><body><h1>关于改善公共交通的建议</h1>'
            "<p>公交班次不足，市民候车时间过长，换乘也不方便。</p><p>建议增加公交班次，优化换乘线路。</p></body></html>")
_TW_PAGE = ('<html><head><meta charset="{cs}"></head><body><h1>關於改善公共交通的建議</h1>'
            "<p>巴士班次不足，市民候車時間過長。</p><p>建議增加巴士班次。</p></body></html>")
_FR_PAGE = ('<html><head><meta charset="{cs}"></head><body><h1>Les transports publics</h1>'
            "<p>Le réseau de bus est insuffisant et les usagers attendent très longtemps à l'arrêt. Nous proposons "
            "d'élargir le réseau et d'augmenter la fréquence des bus à Montréal, où l'hiver est dur.</p></body></html>")


@pytest.mark.parametrize("declared", ["iso-8859-1", "latin-1", "windows-1252", "ISO-8859-15", "windows-1251"])
@pytest.mark.parametrize("page, codec, read_as", [(_CN_PAGE, "utf-8", "utf-8"), (_CN_PAGE, "gbk", "gb18030"),
                                                  (_TW_PAGE, "big5", "big5")])
def test_a_single_byte_charset_over_chinese_bytes_is_a_wrong_charset(declared, page, codec, read_as):
    from summarizer.readers import read_bytes

    doc = read_bytes(page.format(cs=declared).encode(codec), filename="a.html")
    assert doc.encoding.startswith(read_as) and ("候车" in doc.text or "候車" in doc.text)
    assert [w.type for w in doc.warnings] == ["wrong_charset"]
    assert declared.lower() in doc.warnings[0].message and doc.encoding in doc.warnings[0].message
    summary = summarize_document(doc)
    assert summary.essays[0].title in ("关于改善公共交通的建议", "關於改善公共交通的建議")
    assert [w.type for w in summary.warnings] == ["wrong_charset"]


@pytest.mark.parametrize("declared, codec", [("iso-8859-1", "latin-1"), ("windows-1252", "cp1252"),
                                             ("latin1", "latin-1")])
def test_a_page_truly_in_a_single_byte_charset_keeps_it(declared, codec):
    from summarizer.readers import read_bytes

    doc = read_bytes(_FR_PAGE.format(cs=declared).encode(codec), filename="a.html")
    assert "réseau" in doc.text and "fréquence" in doc.text and doc.warnings == ()
    russian = ('<html><head><meta charset="windows-1251"></head><body><p>Общественный транспорт работает плохо, '
               "автобусы ходят редко. Предлагаем увеличить число рейсов.</p></body></html>")
    doc = read_bytes(russian.encode("cp1251"), filename="a.html")
    assert "автобусы" in doc.text and doc.warnings == ()
    # an ASCII page under any declaration: nothing to doubt
    assert read_bytes(b'<html><head><meta charset="iso-8859-1"></head><body><p>Plain words here.</p></body></html>',
                      filename="a.html").warnings == ()


def test_single_byte_codecs_are_told_from_multi_byte_ones():
    from summarizer.decode import single_byte_codec

    for name in ("latin-1", "iso-8859-1", "windows-1252", "cp1252", "iso-8859-15", "koi8-r", "windows-1251",
                 "mac-roman", "cp437"):
        assert single_byte_codec(name), name
    for name in ("utf-8", "utf-16", "ascii", "gbk", "gb18030", "big5", "big5hkscs", "shift_jis", "euc-kr",
                 "no-such-codec", "rot13", "hex"):
        assert not single_byte_codec(name), name


def test_an_mhtml_part_declaring_latin1_over_utf8_says_so():
    from files_fixtures import mhtml

    from summarizer.readers import read_bytes

    page = _CN_PAGE.replace('<meta charset="{cs}">', "")
    archive = mhtml(page, charset="utf-8").replace(b"text/html; charset=utf-8", b"text/html; charset=iso-8859-1")
    doc = read_bytes(archive, filename="a.mhtml")
    assert "候车时间" in doc.text and [w.type for w in doc.warnings] == ["wrong_charset"]


def test_misdeclared_single_byte_costs_linear_time():
    from summarizer.decode import misdeclared_single_byte

    assert_linear(lambda n: misdeclared_single_byte(("公交班次不足，" * n).encode("utf-8"), "latin-1"), 2_000,
                  "misdeclared_single_byte over UTF-8 text")


# -------------------------------------------------------------------------------- unreadable folders

def _denied(monkeypatch, folder: Path) -> None:
    """Make ``folder`` unlistable for this process, as ``chmod 000`` does for a user who is not root."""
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.abspath(os.fspath(path)) == str(folder.resolve()):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_folder_that_cannot_be_listed_is_an_input_with_its_error(tmp_path, monkeypatch):
    from summarizer.batch import error_record, expand_inputs
    from summarizer.decode import read_file_bytes

    (tmp_path / "ok.txt").write_text("基层负担重。建议减少填表。", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "in.txt").write_text("基层负担重。", encoding="utf-8")
    _denied(monkeypatch, sub)
    for args in ([str(sub), str(tmp_path / "ok.txt")], [str(tmp_path)]):  # named, and met in a walk
        files, skipped = expand_inputs(args)
        assert str(sub) in files and str(tmp_path / "ok.txt") in files and not skipped
    with pytest.raises(PermissionError) as caught:
        read_file_bytes(str(sub))
    record = error_record(str(sub), caught.value)
    assert record["error"]["type"] == "permission_denied"
    message = record["error"]["message"]
    assert message.startswith("permission denied") and message.endswith(f": {sub}")
    assert "cannot list the folder" in message and "permissions" in message
    # a folder that can be listed is still no file
    with pytest.raises(IsADirectoryError):
        read_file_bytes(str(tmp_path))


def test_the_unreadable_file_message_says_what_to_change(tmp_path, monkeypatch):
    from pathlib import Path as _Path

    from summarizer.decode import read_file_bytes

    locked = tmp_path / "locked.txt"
    locked.write_text("基层负担重。", encoding="utf-8")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(_Path, "read_bytes", denied)
    with pytest.raises(PermissionError, match=r"^permission denied \(check the file's permissions, or run as a user "
                                              r"who can read it\): .*locked\.txt$"):
        read_file_bytes(str(locked))


def _as_plain_user() -> list[str] | None:
    """The command prefix that runs a child without root's right to read anything, or None where it cannot."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]


def test_a_batch_with_an_unreadable_folder_fails_for_it(tmp_path):
    prefix = _as_plain_user()
    if prefix is None:
        pytest.skip("running as root without setpriv: no folder is unreadable")
    (tmp_path / "ok.txt").write_text("基层干部负担过重，填表任务繁多。建议精简填表任务。", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "in.txt").write_text("基层干部负担过重。", encoding="utf-8")
    sub.chmod(0)
    try:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        done = subprocess.run([*prefix, sys.executable, "-m", "summarizer.cli", "summarize", "sub", "ok.txt", "-o",
                               "x.jsonl"], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300)
    finally:
        sub.chmod(0o755)
    if "Operation not permitted" in done.stderr and "setpriv" in done.stderr:
        pytest.skip("setpriv cannot drop capabilities here")
    assert done.returncode == 1, done.stderr
    records = [line for line in (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert len(records) == 2 and '"permission_denied"' in records[0] + records[1]
    assert "summarized 1 of 2 inputs; 1 failed (permission_denied: 1)" in done.stderr


# -------------------------------------------------------------------------------- titles

_DECK = ("{m1}\n社区养老服务体系建设汇报\n\n{m2}\n现状\n- 60岁以上老人占比23%\n- 社区日间照料中心12个\n\n"
         "{m3}\n主要问题\n- 服务供给不足\n- 专业护理人员短缺\n- 资金来源单一\n\n"
         "{m4}\n工作建议\n- 扩大日间照料中心覆盖面\n- 加强护理人员职业培训\n- 引导社会资本参与\n")


@pytest.mark.parametrize("word", ["幻灯片{}", "幻燈片{}", "投影片 {}", "Slide {}", "第{}张", "第{}页", "P{}"])
def test_a_slide_decks_numbers_are_neither_title_nor_text(word):
    """Each slide number (alone on its line) is dropped as a page number is: the deck's title and points are those of
    the same deck without them (``第2张`` was glued to the slide above as a wrapped line's last characters)."""
    summary = summarize_document(_DECK.format(**{f"m{k}": word.format(k) for k in range(1, 5)}))
    bare = summarize_document(_DECK.format(**{f"m{k}": "" for k in range(1, 5)}).lstrip("\n")).essays[0]
    assert len(summary.essays) == 1
    essay = summary.essays[0]
    assert essay.title == bare.title == "社区养老服务体系建设汇报"
    assert [p.text for p in essay.challenges] == [p.text for p in bare.challenges] == ["服务供给不足", "专业护理人员短缺",
                                                                                     "资金来源单一"]
    assert [p.text for p in essay.recommendations] == [p.text for p in bare.recommendations]
    assert "扩大日间照料中心覆盖面" in [p.text for p in essay.recommendations]


@pytest.mark.parametrize("sep", [" ", "：", ". ", "\u3000"])
def test_a_slide_number_before_the_title_on_its_line_is_no_title_text(sep):
    text = (f"P1{sep}智慧社区建设汇报\n\nP2{sep}存在问题\n- 平台功能分散\n- 数据共享不足\n\n"
            f"P3{sep}工作建议\n- 整合平台功能\n- 推进数据共享\n")
    essay = summarize_document(text).essays[0]
    assert essay.title == "智慧社区建设汇报"


def test_words_that_only_look_like_slide_numbers_stay():
    from summarizer.clean import SLIDE_MARKER, SLIDE_NUMBER_LINE

    for line in ("P2P网络借贷风险研究", "Page3of", "第3张照片显示", "幻灯片制作技巧", "第一张"):
        assert SLIDE_NUMBER_LINE.fullmatch(line) is None, line
    assert SLIDE_MARKER.match("P2P网络借贷风险研究") is None
    assert summarize_document("P2P网络借贷风险研究\n\n平台监管不足。建议加强平台监管。").essays[0].title == "P2P网络借贷风险研究"
    assert_linear(lambda n: SLIDE_MARKER.match("P1" + " " * 8 + "x" * n), 10_000, "SLIDE_MARKER on a long line")


_PROPOSAL = ("{number}\n{label}关于加快老旧小区加装电梯的建议\n提案人：张某\n类别：城乡建设\n\n"
             "目前老旧小区加装电梯存在业主意见难以统一的问题，审批流程也较为繁琐。\n\n"
             "建议简化审批流程，设立专项补助资金。\n")


@pytest.mark.parametrize("number", ["第0123号提案", "提案编号：0456", "2024年第12号建议", ""])
@pytest.mark.parametrize("label", ["提案标题：", "标题：", "题目：", "案题：", "议案题目："])
def test_a_proposals_title_field_is_its_title(number, label):
    essay = summarize_document(_PROPOSAL.format(number=number, label=label)).essays[0]
    assert essay.title == "关于加快老旧小区加装电梯的建议"


def test_a_title_field_below_a_title_line_or_a_sentence_is_not_read():
    from summarizer.pipeline import _title_field

    text = "第0123号提案\n提案人：张某\n案题：关于加装电梯的建议\n正文。"
    start, end = _title_field(text)
    assert text[start:end] == "关于加装电梯的建议"
    # a title line of its own opens the text: its header is not a field block
    assert _title_field("老旧小区加装电梯调研\n题目：关于加装电梯的建议\n正文。") is None
    # a value that is a sentence (an exam question) is no title
    assert _title_field("题目：请根据给定资料，概括主要问题。要求全面。\n") is None
    assert_linear(lambda n: _title_field("提案人：" + "张" * n), 10_000, "_title_field on a long first line")


def test_two_field_lines_are_never_joined_as_a_wrapped_line():
    from summarizer.clean import clean

    text = "提案标题：关于加快推进城市老旧小区加装电梯的建议\n提案人：张某\n类别：城乡建设\n\n正文第一句。"
    assert clean(text).text.split("\n")[:3] == ["提案标题：关于加快推进城市老旧小区加装电梯的建议", "提案人：张某",
                                                "类别：城乡建设"]
    # a hard-wrapped paragraph still joins (its lines hold commas)
    wrapped = ("近年来，我市老旧小区加装电梯工作取得了一定进展，但仍存在不少困难，主要表现\n"
               "在：业主意见难以统一，审批流程繁琐，资金分摊缺乏统一标准。")
    assert "\n" not in clean(wrapped).text


# -------------------------------------------------------------------------------- the library's messages

def test_max_chars_names_itself():
    import summarizer
    from summarizer.errors import InputTooLargeError

    with pytest.raises(InputTooLargeError, match=r"^text has 2,000 characters; the limit is 50 \(max_chars\)$"):
        summarizer.summarize("问题。建议。" * 333 + "问题", max_chars=50)


@pytest.mark.parametrize("wrong, meant", [("max_point", "max_points"), ("maxpoints", "max_points"),
                                          ("max_char", "max_chars"), ("summary_char", "summary_chars")])
def test_a_misspelt_library_option_says_which_was_meant(wrong, meant):
    import summarizer

    with pytest.raises(TypeError, match=rf"^unknown option {wrong} \(did you mean {meant}\?\)$"):
        summarizer.summarize("基层负担重。建议减负。", **{wrong: 3})
    with pytest.raises(TypeError, match=r"^unknown option zzz_unrelated$"):
        summarizer.summarize("基层负担重。建议减负。", zzz_unrelated=1)


def test_the_service_and_the_library_suggest_from_one_place():
    from service import errors as service_errors
    from summarizer.schema import close_option

    assert close_option("max_point") == "max_points" and close_option("max_points") is None
    assert close_option("txt", ("text", "source")) == "text"
    assert service_errors._close_field("maxpoints") == "max_points"
    assert not hasattr(service_errors, "get_close_matches")
