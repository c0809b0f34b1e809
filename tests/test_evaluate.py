"""Dataset loading and the `summarizer evaluate` command (summarizer.evaluation.datasets / cli)."""

from __future__ import annotations

import json
import types
from pathlib import Path

import pytest
from conftest import shared_data_dir
import typer
from typer.testing import CliRunner

from summarizer.evaluation import cli as evaluation_cli
from summarizer.evaluation.cli import evaluate
from summarizer.evaluation.datasets import Record, load_gold, load_jsonl
from summarizer.evaluation.errors import DatasetError


def _data_dir() -> Path | None:
    return shared_data_dir()


def _write_jsonl(path: Path, rows: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    app.command("evaluate")(evaluate)

    @app.command("noop")
    def noop() -> None:  # a second command keeps `evaluate` a sub-command, as in summarizer.cli
        pass

    return app


# ------------------------------------------------------------------------------------------ datasets


def test_load_jsonl_reads_records_in_order_with_line_numbers(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_bytes(
        "\ufeff".encode() + b"".join(
            (json.dumps(r, ensure_ascii=False) + "\n").encode()
            for r in [{"id": "a", "text": "正文一。", "summary": "摘要一", "human_label": 3},
                      {"id": 7, "text": "正文二。", "summary": ""}]
        ) + b"\n   \n"
    )
    records = load_jsonl(path)
    assert records == [Record("a", "正文一。", "摘要一", 1), Record("7", "正文二。", "", 2)]
    assert records[0].extra == {"human_label": 3}
    assert load_jsonl(path, limit=1) == records[:1]


def test_load_jsonl_reports_every_bad_line_with_its_number(tmp_path):
    path = _write_jsonl(tmp_path / "bad.jsonl", [
        {"id": "a", "text": "正文", "summary": "摘要"},
        '{"id": "b", "text": "正文", ',
        {"id": "c", "text": "正文"},
        [1, 2],
        {"id": "a", "text": "正文", "summary": "摘要"},
        {"text": "正文", "summary": "摘要"},
    ])
    with pytest.raises(DatasetError) as info:
        load_jsonl(path)
    msg = str(info.value)
    for n in (2, 3, 4, 5, 6):
        assert f"line {n}:" in msg
    assert "line 1:" not in msg
    assert len(info.value.problems) == 5
    assert "invalid JSON" in msg and "summary" in msg and "already used on line 1" in msg


def test_load_jsonl_rejects_non_utf8_lines(tmp_path):
    path = tmp_path / "gbk.jsonl"
    path.write_bytes(json.dumps({"id": "a", "text": "正文", "summary": "摘要"}, ensure_ascii=False).encode("gbk"))
    with pytest.raises(DatasetError, match="line 1: not UTF-8"):
        load_jsonl(path)


def test_load_gold_reports_json_position(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text('{"essays": [\n  {"id": "篇二",}\n]}', encoding="utf-8")
    with pytest.raises(DatasetError, match="line 2"):
        load_gold(path)


def test_shipped_datasets_load():
    root = _data_dir()
    if root is None:
        pytest.skip("shared datasets not present")
    for path in sorted(root.glob("*/*.jsonl")):
        records = load_jsonl(path, limit=50)
        assert records and all(r.id and r.text for r in records), path


# ------------------------------------------------------------------------------------------ CLI: rouge


ROWS = [
    {"id": "r1", "text": "推进基层治理现代化。其他内容很多。", "summary": "推进基层治理现代化"},
    {"id": "r2", "text": "加强队伍建设2024。这是第二句。", "summary": "加强队伍建设"},
    {"id": "r3", "text": "。。", "summary": "加强基层治理。"},
]


def test_cli_rouge_lead_prints_both_units_and_writes_json(app, tmp_path):
    data = _write_jsonl(tmp_path / "d.jsonl", ROWS)
    out = tmp_path / "out" / "report.json"
    result = CliRunner().invoke(app, ["evaluate", str(data), "--method", "lead", "--sentences", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "tokenization: char" in result.stdout and "tokenization: jieba-word" in result.stdout
    assert "ROUGE-1 [char]" in result.stdout and "ROUGE-1 [jieba-word]" in result.stdout
    assert "empty_hypotheses: 1" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["units"] == ["char", "jieba-word"]
    assert report["budget"]["sentences"] == 1
    char = report["results"]["char"]
    assert char["tokenization"] == "char" and char["n_scored"] == 3 and char["empty_hypotheses"] == 1
    assert char["empty_hypothesis_ids"] == ["r3"]
    assert [item["id"] for item in char["items"]] == ["r1", "r2", "r3"]
    assert char["items"][0]["rouge1"]["f1"] == 1.0
    assert [h["hypothesis"] for h in report["hypotheses"]] == ["推进基层治理现代化。", "加强队伍建设2024。", ""]


def test_cli_rouge_default_budget_is_mean_reference_length(app, tmp_path):
    data = _write_jsonl(tmp_path / "d.jsonl", ROWS)
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["evaluate", str(data), "--method", "lead", "--unit", "char", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    # reference lengths without whitespace: 9, 6, 7 -> mean 7.33 -> 7 characters
    assert report["budget"]["chars"] == 7
    assert "mean reference length" in report["budget"]["note"]
    assert "mean reference length" in result.stderr
    assert report["units"] == ["char"] and list(report["results"]) == ["char"]
    assert [h["hypothesis"] for h in report["hypotheses"]] == ["推进基层治理现", "加强队伍建设2", "。。"]


def test_cli_rouge_reports_empty_reference_and_failing_record_without_crashing(app, tmp_path, monkeypatch):
    calls = []

    def fake_extract(text, k=None, ratio=None, budget_chars=None, tokenizer=None):
        calls.append((k, budget_chars))
        if "炸" in text:
            raise RuntimeError("boom")
        first = text.split("。")[0] + "。"
        return [types.SimpleNamespace(index=0, start=0, end=len(first), text=first, score=1.0)]

    monkeypatch.setattr(evaluation_cli, "extract", fake_extract)
    rows = ROWS[:2] + [
        {"id": "bad-ref", "text": "正文。", "summary": "……"},
        {"id": "fails", "text": "炸了。", "summary": "加强基层治理"},
    ]
    data = _write_jsonl(tmp_path / "d.jsonl", rows)
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["evaluate", str(data), "--budget-chars", "12", "--unit", "char", "-o", str(out)])
    assert result.exit_code == 1, result.output  # scored, but with problems to look at
    assert calls and all(c == (None, 12) for c in calls)
    assert "record 'fails'" in result.stderr and "boom" in result.stderr
    assert "bad-ref" in result.stderr and "empty reference" in result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    char = report["results"]["char"]
    assert report["failures"][0]["id"] == "fails" and report["failures"][0]["line"] == 4
    assert char["n_items"] == 4 and char["n_errors"] == 1 and char["n_scored"] == 3
    assert char["errors"][0]["id"] == "bad-ref"
    assert char["empty_hypothesis_ids"] == ["fails"]  # the failure is scored 0.0, in the denominator
    # r2: 加强队伍建设2024。 vs 加强队伍建设: P = 6/7, R = 1, F1 = 12/13
    assert char["scores"]["rouge1"]["f1"] == pytest.approx((1.0 + 12 / 13 + 0.0) / 3)


def test_cli_rouge_refuses_unusable_input(app, tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    bad = _write_jsonl(tmp_path / "bad.jsonl", ['{"id": 1'])
    result = runner.invoke(app, ["evaluate", str(bad), "--method", "lead"])
    assert result.exit_code == 2 and "line 1" in result.stderr
    all_empty = _write_jsonl(tmp_path / "empty.jsonl", [{"id": "x", "text": "正文。", "summary": ""}])
    result = runner.invoke(app, ["evaluate", str(all_empty), "--method", "lead"])
    assert result.exit_code == 2 and "no item could be scored" in result.stderr
    usage = runner.invoke(app, ["evaluate", str(bad), "--unit", "subword"])
    assert usage.exit_code == 2


def test_cli_rouge_with_real_textrank_on_lcsts(app, tmp_path):
    pytest.importorskip("summarizer.textrank")
    root = _data_dir()
    if root is None:
        pytest.skip("shared datasets not present")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(
        app, ["evaluate", str(root / "lcsts" / "test_hl3.jsonl"), "--limit", "20", "--resamples", "200", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    for unit in ("char", "jieba-word"):
        res = report["results"][unit]
        assert res["n_scored"] == 20
        for t in ("rouge1", "rouge2", "rougeL"):
            lo, hi = res["scores"][t]["ci"]["f1"]
            assert 0.0 <= lo <= res["scores"][t]["f1"] <= hi <= 1.0
        assert res["scores"]["rouge1"]["f1"] > 0.05  # Chinese actually counted (B18)


# ------------------------------------------------------------------------------------------ CLI: aspects


GOLD = {
    "about": "test",
    "essays": [
        {"id": "篇二", "challenges": ["医疗物资储备不足"], "recommendations": ["补足医疗服务领域短板"]},
    ],
}


def _fake_pipeline(monkeypatch, doc_or_exc):
    from summarizer.schema import DocumentSummary  # noqa: F401 - the real result type

    seen = {}

    def fake_summarize(text, *, source=None, options=None, **kw):
        seen.update(text=text, source=source, options=options)
        if isinstance(doc_or_exc, Exception):
            raise doc_or_exc
        return doc_or_exc

    monkeypatch.setattr(evaluation_cli, "summarize", fake_summarize)
    return seen


def test_cli_aspects_scores_the_pipeline_output(app, tmp_path, monkeypatch):
    from summarizer.schema import DocumentSummary, EssaySummary, Point

    def essay(i, ch, rec):
        return EssaySummary(index=i, start=0, end=1, chars=1, summary="",
                            challenges=[Point(text=t, start=0, end=1) for t in ch],
                            recommendations=[Point(text=t, start=0, end=1) for t in rec])

    doc = DocumentSummary(chars=10, essays=[essay(0, ["无关"], []),
                                            essay(1, ["医疗物资储备严重不足"], ["加强宣传", "补足医疗短板"])])
    seen = _fake_pipeline(monkeypatch, doc)
    gold = tmp_path / "dev_gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "seed.txt").write_text("篇一：……", encoding="utf-8")
    out = tmp_path / "a.json"
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--task", "aspects", "--sentences", "4", "-o", str(out)])
    assert result.exit_code == 0, result.output
    # the document is read with summarizer.readers (decoded text) and the Document summarized, as the CLI does
    assert seen["text"].text == "篇一：……" and seen["source"].endswith("seed.txt")
    assert seen["options"].max_points == 4
    report = json.loads(out.read_text(encoding="utf-8"))
    (d,) = report["documents"]
    assert d["mode"] == "by-index" and d["essays_pred"] == 2
    o = report["overall"]
    # challenge recalled (LCS 8 of 8); 补足医疗短板 vs 补足医疗服务领域短板: LCS 6 = 0.6 * 10 -> recalled
    assert o["recall"] == 1.0 and o["references"] == 2
    assert o["precision"] == pytest.approx(2 / 3)  # 加强宣传 matches nothing; essay 0 has no gold
    assert o["points"] == 4 and o["mean_point_chars"] == pytest.approx((2 + 10 + 4 + 6) / 4)
    assert "recall" in result.stdout and f"{tmp_path.name}/seed.txt" in result.stdout


def test_cli_aspects_reports_a_pipeline_failure(app, tmp_path, monkeypatch):
    from summarizer.errors import EmptyInputError

    _fake_pipeline(monkeypatch, EmptyInputError("nothing left after cleaning"))
    gold = tmp_path / "dev_gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("。", encoding="utf-8")
    out = tmp_path / "a.json"
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--task", "aspects", "--input", str(doc), "-o", str(out)])
    assert result.exit_code == 1
    assert "summarize: empty_input" in result.stderr
    (d,) = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert d["error"]["type"] == "empty_input" and d["recall"] == 0.0 and d["references"] == 2


def test_cli_aspects_on_the_seed_with_the_real_pipeline(app, tmp_path):
    pytest.importorskip("summarizer.pipeline")
    root = _data_dir()
    if root is None or not (root / "seed" / "dev_gold.json").is_file():
        pytest.skip("seed data not present")
    out = tmp_path / "a.json"
    # (selon44: the rules and the learned model; with the sentence selector, on by default, precision is 0.85: its
    # seed additions are a fault, test_pipeline.test_seed_dev_points_with_the_sentence_selector_stay_few_and_precise)
    result = CliRunner().invoke(app, ["evaluate", str(root / "seed" / "dev_gold.json"), "--task", "aspects",
                                      "-o", str(out), "--no-sentence-selector"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    (d,) = report["documents"]
    if d["error"]:
        pytest.fail(f"pipeline failed on the seed: {d['error']}")
    o = report["overall"]
    assert o["references"] == 7 + 7 + 4 + 3 + 6 + 6
    # issue 8: the seed's dev essays stay >= 0.95 (today every gold point is found and every point found is gold)
    assert o["recall"] >= 0.95 and o["precision"] >= 0.95, o
    assert o["mean_point_chars"] is not None and d["essays_pred"] >= 6


def test_evaluate_is_registered_in_the_summarizer_cli():
    cli = pytest.importorskip("summarizer.cli")
    names = [c.name or c.callback.__name__ for c in cli.app.registered_commands]
    assert "evaluate" in names


@pytest.mark.parametrize("task", ["rouge", "aspects"])
def test_cli_seq2seq_without_a_model_stops_at_once_with_no_table_of_zeros(app, tmp_path, task):
    if task == "rouge":
        data = _write_jsonl(tmp_path / "d.jsonl", ROWS)
    else:
        data = tmp_path / "dev_gold.json"
        data.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
        (tmp_path / "seed.txt").write_text("一、存在的问题\n一是人员不足。\n", encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["evaluate", str(data), "--task", task, "--method", "seq2seq", "-o", str(out)])
    assert result.exit_code == 2
    assert result.stdout == ""  # no table (of zeros)
    assert "method 'seq2seq' is not available" in result.stderr and "needs a model checkpoint" in result.stderr
    assert not out.exists()
