"""Faults fixed by the lead in the twenty-first session (each with its right value)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from summarizer.aspect_model import __doc__ as aspect_model_doc
from summarizer.cli import app
from summarizer.schema import SummarizeOptions

BODY = ("基层治理存在的问题。一是人手不足，社区工作者流失严重。二是经费保障不到位。\n"
        "对策建议。一是充实基层力量。二是建立稳定的经费保障机制。\n")


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


def test_generation_options_with_an_extractive_method_are_a_usage_error(tmp_path):
    # `--max-new-tokens 64` (or --min-support) on a textrank run did nothing, silently
    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    for extra, named in ((["--max-new-tokens", "64"], "--max-new-tokens applies"),
                         (["--min-support", "0.3"], "--min-support applies"),
                         (["--max-new-tokens", "8", "--min-support", "0"], "--max-new-tokens and --min-support apply"),
                         (["--method", "textrank", "--min-support", "0.3"], "--min-support applies")):
        r = _runner().invoke(app, ["summarize", str(essay), *extra])
        flat = " ".join(r.output.replace("│", " ").split())
        assert r.exit_code == 2 and named in flat and "to --method seq2seq only" in flat, flat
    ok = _runner().invoke(app, ["summarize", str(essay), "--workers", "0", "--quiet"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["essays"][0]["challenges"]


def test_the_aspect_model_option_is_documented_as_on_by_default():
    # the option's help (CLI --help, HTTP schema) said "off by default" while its default was True
    field = SummarizeOptions.model_fields["aspect_model"]
    assert field.default is True
    assert "on by default" in field.description and "off by default" not in field.description
    assert "**on by default**" in aspect_model_doc and "**off by default**" not in aspect_model_doc


def test_evaluate_given_a_document_instead_of_gold_says_what_it_reads(tmp_path):
    # `summarizer evaluate --task aspects essay.txt` answered "invalid JSON at line 1, column 1"
    from summarizer.evaluation.corpus import load_corpus
    from summarizer.evaluation.datasets import DatasetError

    essay = tmp_path / "essay.txt"
    essay.write_text(BODY, encoding="utf-8")
    try:
        load_corpus(essay)
    except DatasetError as exc:
        message = str(exc)
    assert "not a gold file" in message and "corpus directory (gold.json + docs/)" in message
    assert f"summarizer summarize {essay}" in message
    broken = tmp_path / "gold.json"
    broken.write_text('{"essays": [\n  {"id": 1,,}]}', encoding="utf-8")  # JSON with a fault inside stays precise
    try:
        load_corpus(broken)
    except DatasetError as exc:
        message = str(exc)
    assert "invalid JSON at line 2, column 12" in message
    r = _runner().invoke(app, ["evaluate", "--task", "aspects", str(essay)])
    flat = " ".join(r.output.replace("│", " ").split())
    assert r.exit_code != 0 and "not a gold file" in flat, flat


def test_aspects_table_does_not_repeat_per_source_as_leave_one_source_out(tmp_path):
    # with nothing refit, the leave-one-source-out table was the "Per source" table printed a second time
    from summarizer.evaluation.corpus import evaluate_corpora

    corpus = tmp_path / "mini"
    (corpus / "docs").mkdir(parents=True)
    (corpus / "docs" / "a.txt").write_text(BODY, encoding="utf-8")
    gold = {"essays": [{"id": "mini/a", "file": "a.txt", "source": "https://example.org/a",
                        "challenges": ["人手不足"], "recommendations": ["充实基层力量"]}]}
    (corpus / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    lines = evaluate_corpora([corpus]).table().splitlines()
    loso = [i for i, ln in enumerate(lines) if ln.startswith("Leave-one-source-out")]
    assert len(loso) == 1 and "nothing refit" in lines[loso[0]] and 'row of "Per source"' in lines[loso[0]]
    assert loso[0] == len(lines) - 1  # no second table after it
    assert sum("example.org/a" in ln for ln in lines) == 1


def test_a_numbered_purpose_clause_before_a_demand_is_no_finding():
    # kinds29's finding-then-demand split read `1.为了减轻…压力，应给予…` as a finding (its purpose check saw `1.为了`)
    from summarizer.points import problem_then_demand

    assert problem_then_demand("1.为了减轻食堂的经营压力，应给予适当的水电费补贴。") is None
    assert problem_then_demand("（2）为减少群众排队时间，应增设窗口。") is None
    text = "1.部分医院药品采购比率未达目标值，应积极谋求改善。"
    spans = problem_then_demand(text)
    assert spans is not None
    (a, b), (c, d) = spans
    assert text[a:b] == "部分医院药品采购比率未达目标值" and text[c:d] == "应积极谋求改善"
