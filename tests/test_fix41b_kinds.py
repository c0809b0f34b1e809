"""fix41b (a new user's tryout on fix40): lines under an explicit problem or measure heading were lost when their
words carry no cue; the measure line after a numbered list's last one-line item was lost (and became the whole
summary); one span was given both aspects; a problem | measure table lost its short problem cells and headed every
point by its header row; a collection's Markdown header left out the failed inputs; a Simplified essay with its
Traditional copy got Traditional labels; limit and empty-text errors of a file did not name it; a markdown link
left ``（见文件）`` in a point. Small texts of the tests' own."""

import json

import pytest
from costs import assert_linear
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.commands import markdown_script
from summarizer.pipeline import summarize_document, without_reference_note
from summarizer.points import short_sentence_list


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


_PROBLEMS = ["社区食堂菜价偏高", "志愿者队伍不稳定，活动难以持续", "助老设施布点分散，步行可达性差"]
_MEASURES = ["设立助餐补贴", "推行志愿服务积分制度", "开展适老化改造需求摸底"]


def test_one_sentence_lines_under_a_problem_heading_are_each_a_point():
    """``一、主要问题`` over three one-sentence lines, one of which carries no problem cue (布点分散 … 差 does, 菜价偏高
    does; the heading decides the line without one): every line is a point."""
    text = ("关于社区养老服务的调研\n\n一、主要问题\n" + "".join(f"{s}。\n" for s in _PROBLEMS)
            + "二、对策建议\n" + "".join(f"{s}。\n" for s in _MEASURES))
    challenges, recommendations = _points(text)
    assert challenges == _PROBLEMS
    assert recommendations == _MEASURES


def test_a_paragraph_of_short_problem_sentences_under_its_heading_gives_each():
    text = ("关于社区养老服务的调研\n\n一、主要问题\n" + "。".join(_PROBLEMS) + "。老年人数字技能薄弱。\n"
            "二、对策建议\n" + "。".join(_MEASURES) + "。\n")
    challenges, recommendations = _points(text)
    assert challenges == _PROBLEMS + ["老年人数字技能薄弱"]
    assert recommendations == _MEASURES


def test_short_sentence_list_needs_the_aspect_in_half_and_none_of_the_other():
    text = "村民收入偏低。乙地道路不通。丙地缺乏资金。"
    assert short_sentence_list(text, 0, len(text), "challenge", 60) == [(0, 6), (7, 13), (14, 20)]
    mixed = "村民收入偏低。应修建乡村道路。丙地缺乏资金。"
    assert short_sentence_list(mixed, 0, len(mixed), "challenge", 60) == []
    plain = "甲地在东边。乙地在西边。丙地在南边。"
    assert short_sentence_list(plain, 0, len(plain), "challenge", 60) == []


@pytest.mark.parametrize("lead", ["", "此外，", "① ", "（1）", "101. "])
def test_a_measure_line_after_the_last_numbered_item_is_a_point(lead):
    text = ("关于社区养老服务的调研\n\n一、存在问题\n1. 社区食堂菜价偏高，老人就餐意愿低。\n2. 志愿者队伍不稳定，活动难以持续。\n"
            f"二、对策建议\n1. 设立助餐补贴。\n2. 推行志愿服务积分制度。\n{lead}建立助老服务评价制度，倒逼服务提质。\n")
    doc = summarize_document(text)
    assert [p.text for p in doc.essays[0].recommendations] == [
        "设立助餐补贴", "推行志愿服务积分制度", "建立助老服务评价制度，倒逼服务提质"]
    # (the stray line alone is no summary of a numbered essay)
    assert doc.essays[0].summary != "建立助老服务评价制度，倒逼服务提质。"


def test_one_span_gets_one_aspect():
    """A problem sentence in a list under ``对策建议`` is a challenge only (its own cue over the section's)."""
    text = ("关于某街道工作的报告\n对策建议\n1. 加强网格员队伍建设。\n2. 存在经费保障不足的问题。\n3. 加强考核督导。\n"
            "4. 存在信息平台不互通的问题。\n")
    doc = summarize_document(text)
    chal = {(p.start, p.end) for p in doc.essays[0].challenges}
    reco = {(p.start, p.end) for p in doc.essays[0].recommendations}
    assert not chal & reco
    assert [p.text for p in doc.essays[0].challenges] == ["存在经费保障不足的问题", "存在信息平台不互通的问题"]
    assert [p.text for p in doc.essays[0].recommendations] == ["加强网格员队伍建设", "加强考核督导"]


def test_a_problem_measure_table_gives_each_cell_under_its_column_heading():
    """A table (cells separated by tabs, as a .docx table is read) whose header names the aspects: each short problem
    cell is a challenge, each measure cell a recommendation, headed by its column's header cell."""
    text = ("关于农贸市场环境整治情况的报告\n经检查，现将发现的问题及整改建议列表如下。\n序号\t存在问题\t整改建议\n"
            "1\t排水沟堵塞发臭\t立即清淤疏通排水沟，落实每日保洁\n2\t摊位占道经营，通道拥堵狭窄\t划定经营区域，安排专人巡查劝导\n"
            "3\t消防通道被占用\t清理消防通道杂物，设置禁停标识\n")
    doc = summarize_document(text)
    essay = doc.essays[0]
    assert [p.text for p in essay.challenges] == ["排水沟堵塞发臭", "摊位占道经营，通道拥堵狭窄", "消防通道被占用"]
    assert [p.text for p in essay.recommendations][:2] == ["立即清淤疏通排水沟，落实每日保洁", "划定经营区域，安排专人巡查劝导"]
    assert len(essay.recommendations) == 3
    assert {p.heading for p in essay.challenges} == {"存在问题"}
    assert {p.heading for p in essay.recommendations} == {"整改建议"}


def test_a_reference_note_at_a_point_end_is_cut():
    text = "建立心理辅导机制（见文件）"
    assert without_reference_note(text, 0, len(text)) == 8
    assert without_reference_note("（见文件）", 0, 5) == 5  # (the note is the whole point: kept)
    assert without_reference_note("建立机制（试行）", 0, 8) == 8  # (no note that sends elsewhere)
    md = "# 会议纪要\n\n## 下一步建议\n\n* 提高乡村教师生活补助\n* 改善学校办学条件\n* 建立留守儿童心理辅导机制（见[文件](http://example.com/x)）\n"
    doc = summarize_document(md, source="note.md")
    texts = [p.text for e in doc.essays for p in e.recommendations]
    assert "建立留守儿童心理辅导机制" in texts and not any("见文件" in t for t in texts)


def test_labels_follow_the_majority_script():
    simplified = {"title": "关于加强社区养老服务的思考", "summary": "社区养老服务设施不足，护理人员短缺。",
                  "challenges": [{"text": "养老服务设施不足"}], "recommendations": [{"text": "加强护理人员培训"}]}
    traditional = {"title": "關於加強社區養老服務的思考", "summary": "社區養老服務設施不足，護理人員短缺。",
                   "challenges": [{"text": "養老服務設施不足"}], "recommendations": [{"text": "加強護理人員培訓"}]}
    assert markdown_script({"essays": [simplified, traditional]}) == "simplified"
    assert markdown_script({"essays": [traditional]}) == "traditional"
    assert markdown_script({"essays": [simplified, traditional, dict(traditional)]}) == "traditional"


def test_file_errors_name_the_file_and_the_collection_header_says_what_failed(tmp_path):
    runner = CliRunner()
    essay = ("关于社区养老服务的调研\n\n一、主要问题\n社区食堂菜价偏高。\n志愿者队伍不稳定。\n助老设施布点分散。\n"
             "二、对策建议\n设立助餐补贴。\n推行志愿服务积分制度。\n")
    (tmp_path / "a.txt").write_text(essay, encoding="utf-8")
    (tmp_path / "b.txt").write_text(essay.replace("社区", "街道"), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("\ufeff".encode("utf-8"))
    res = runner.invoke(app, ["summarize", str(tmp_path / "c.txt"), "-f", "jsonl", "-q", "--workers", "0"])
    record = json.loads(res.stdout.splitlines()[0])
    assert record["error"]["type"] == "empty_input" and record["error"]["message"].startswith(str(tmp_path / "c.txt"))
    res = runner.invoke(app, ["summarize", str(tmp_path / "a.txt"), "--max-chars", "10", "-f", "jsonl", "-q",
                              "--workers", "0"])
    record = json.loads(res.stdout.splitlines()[0])
    assert record["error"]["message"].startswith(f"{tmp_path / 'a.txt'}: text has")
    res = runner.invoke(app, ["summarize", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
                              "--collection", "-q", "--workers", "0", "-f", "markdown"])
    assert res.stdout.startswith(f"# 合集：2 个文件，2 篇（另有 1 个文件失败：{tmp_path / 'c.txt'}）\n")


def test_the_new_readers_stay_linear():
    assert_linear(lambda n: short_sentence_list("社区食堂菜价偏高。" * n, 0, 9 * n, "challenge", 60), 2000,
                  "short_sentence_list")
    assert_linear(lambda n: summarize_document("一、主要问题\n" + "设施不足。\n" * n), 300, "lines under a heading")
    assert_linear(lambda n: summarize_document("二、对策建议\n" + "".join(f"{i}. 加强培训。\n" for i in range(1, n + 1))
                                               + "建立考核制度。\n"), 300, "numbered lines and a stray line")
