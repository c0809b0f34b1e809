"""Degenerate seq2seq output and the support score (case B24): the checks on their own, then every fallback shown
end to end with a tiny BART whose ``generate`` is forced to write a chosen text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.seq2seq.quality import FALLBACKS, assess, find_loop, foreign_scripts, support

B24 = "要加强监督，要落实责任，要加强监督，要落实责任，要加强监督，要落实责任，要加强监督"
# A spoken-style transcript with near-identical clauses (B24's input): each clause at most twice.
B24_SOURCE = ("同志们，今天开这个会，主要是讲监督。要加强监督，要落实责任，这是第一条。各单位要把制度建起来，要把台账建起来，"
              "要把考核跟上去。要加强监督，不能走过场；要落实责任，不能推给别人。基层同志辛苦，但是监督这个事情不能松。"
              "下一步，要抓好整改，要抓好问责，要抓好宣传，把工作做实做细。")
FIXTURES = Path(__file__).parent / "fixtures"
ELDERLY = (FIXTURES / "essay_elderly_care.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------- the checks


def test_b24_loop_is_flagged_with_and_without_its_source():
    assert find_loop(B24) == "要加强监督，要落实责任，"
    assert find_loop(B24, B24_SOURCE) == "要加强监督，要落实责任，"
    verdict = assess(B24, B24_SOURCE)
    assert verdict.fallback == "repetition" and verdict.detail == "要加强监督，要落实责任，"
    assert find_loop("好" * 12) == "好好好好"
    assert find_loop("监督检查监督检查监督检查，要落实") == "监督检查"


def test_loop_at_the_end_of_a_summary_is_flagged():
    text = "养老服务体系建设取得积极进展，但仍存在人才不足等问题，需要" + "加强队伍建设，" * 4
    assert find_loop(text, ELDERLY) == "加强队伍建设，"


def test_parallel_clauses_and_phrases_the_source_repeats_are_not_loops():
    parallel = ("将信息技术与教师的学习目标相结合，提升教师教研的精准性，将信息技术与教师操作相结合，提升教师信息技术的应用水平，"
                "将信息技术与教育研究结合，精选优质教育资源，提升教师教育科研能力。")
    assert find_loop(parallel) == ""
    source = "基层治理是国家治理的基石。推进基层治理现代化，要完善基层治理体系，提升基层治理能力，夯实基层治理基础。"
    summary = "基层治理体系、基层治理能力、基层治理基础。"
    assert find_loop(summary) == "基层治理"  # three times, 60 % of the text: a loop by itself...
    assert find_loop(summary, source) == ""  # ...but the source says it four times


def test_human_reference_summaries_are_not_flagged_as_loops(tmp_path):
    """Regression guard against false alarms: no human reference summary of the shared CFBenchmark and VCSum sets
    (long multi-clause summaries) is a loop by :func:`find_loop` against its source."""
    from conftest import shared_data_dir

    data = shared_data_dir()
    files = [data / "cfbenchmark_summary" / "test.jsonl", data / "vcsum_seg" / "dev.jsonl"] if data else []
    if not files or not all(f.is_file() for f in files):
        pytest.skip("shared data sets not found")
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("summary") and r.get("text")]
    assert len(rows) > 700
    assert [r["summary"][:40] for r in rows if find_loop(r["summary"], r["text"])] == []


def test_support_is_fragment_coverage():
    source = "一是服务设施短缺，许多乡镇敬老院床位空置与服务不足并存；二是专业护理人员匮乏。"
    assert support("专业护理人员匮乏，服务设施短缺。", source) == 1.0  # reordered clauses: fully supported
    assert support("一般性内容", source) == 0.0
    assert support("服务设施充足", source) == pytest.approx(4 / 6)  # 服务设施 copied, 充足 not
    assert support("务服施设", source) == 0.0  # characters of the source, picked one by one: no support
    assert support("GDP增长", "全年gdp增长") == 1.0  # case-folded
    assert support("农村养老服务资源不足", "農村養老服務資源明顯不足") == 1.0  # Simplified output, Traditional source
    assert support("，。", source) is None


def test_script_copy_length_empty_and_support_checks():
    assert foreign_scripts("养老Привет服务", ELDERLY) == "Пвеирт"
    assert foreign_scripts("养老服务ありがとう", ELDERLY) == "あうがとり"
    assert foreign_scripts("推进GDP和PM2.5监测", ELDERLY) == ""  # Latin abbreviations are Chinese usage
    assert foreign_scripts("乱码\ufffd", ELDERLY) == "\ufffd"
    assert assess("养老Привет服务", ELDERLY).fallback == "script"
    assert assess("服务设施短缺。服务设施短缺。", ELDERLY).fallback == "copy"
    assert assess("服务设施短缺，许多乡镇敬老院床位空置", ELDERLY, max_chars=8).fallback == "length"
    assert assess(ELDERLY[:200], ELDERLY[:150]).fallback == "length"  # not shorter than its input
    assert assess("  。，", ELDERLY).fallback == "empty"
    low = assess("一般性内容", ELDERLY, min_support=0.5)
    assert low.fallback == "support" and low.support == 0.0
    ok = assess("农村养老服务资源明显不足，需要政府、社会和家庭共同发力。", ELDERLY, min_support=0.5, max_chars=60)
    assert ok.fallback is None and ok.support == 1.0


# ---------------------------------------------------------------------------------------------- end to end

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import seq2seq_fixtures as F  # noqa: E402

import summarizer  # noqa: E402
from summarizer.seq2seq.model import Seq2SeqSummarizer  # noqa: E402

B45 = "全年GDP增长5.2%，达到126万亿元。采用“1+N”模式，覆盖3.5万户。"
VOCAB_TEXTS = [ELDERLY, B24, B24_SOURCE, B45, "养老の服务", "一般性内容"]


@pytest.fixture(scope="module")
def bart_dir(tmp_path_factory) -> Path:
    torch.set_num_threads(1)
    return F.build_bart(tmp_path_factory.mktemp("quality") / "bart", VOCAB_TEXTS, max_positions=256)


@pytest.fixture
def forced(bart_dir, monkeypatch):
    """A tiny BART whose ``model.generate`` writes ``make(source)`` for every input; the generation configs it
    received are kept in ``model.configs``."""

    def build(make, **settings):
        s = Seq2SeqSummarizer.from_pretrained(bart_dir, num_beams=1, short_input_chars=10, **settings)
        cfg = s.model.config
        configs = []

        def generate(input_ids, attention_mask, generation_config):
            configs.append(generation_config)
            rows = []
            for ids, mask in zip(input_ids.tolist(), attention_mask.tolist()):
                source = s.codec.decode([[i for i, m in zip(ids, mask) if m]])[0]
                rows.append([cfg.decoder_start_token_id, *s.codec.encode([make(source)], special=False)[0],
                             cfg.eos_token_id])
            width = max(map(len, rows))
            return torch.tensor([r + [s.codec.pad_token_id] * (width - len(r)) for r in rows])

        monkeypatch.setattr(s.model, "generate", generate)
        s.configs = configs
        return s

    return build


def _first_clause(source: str) -> str:
    return re.split("[，。；]", source)[0] + "。"


# What the forced model writes for each input (a summary window of ~100-200 characters, or a point's item of
# 25-60): outputs are cut at the input's length in tokens, as real generation is.
MAKERS = {
    "empty": lambda source: "",
    "script": lambda source: "养老の服务",  # kana: BERT's basic tokenizer keeps it a word of its own
    "copy": lambda source: _first_clause(source) * 2,
    "repetition": lambda source: B24 if len(source) > 100 else "要加强监督，" * 3,
    "length": lambda source: source,
    "support": lambda source: "一般性内容",
}


@pytest.mark.parametrize("kind", FALLBACKS)
def test_each_degenerate_output_falls_back_to_the_extractive_text_and_says_so(kind, forced):
    s = forced(MAKERS[kind])
    extractive = summarizer.summarize(ELDERLY, summary_chars=20)
    doc = summarizer.summarize(ELDERLY, method="seq2seq", model=s, summary_chars=20, max_new_tokens=128)
    essay, old = doc.essays[0], extractive.essays[0]
    assert doc.generation.fallback == kind and essay.generation.fallback == kind
    assert essay.summary_sentences and all(p.fallback == kind and p.support is None
                                           for p in essay.summary_sentences)
    for p in essay.summary_sentences:  # the window's extractive sentence, never the generated text
        assert "".join(p.text.split()) in "".join(ELDERLY[p.start:p.end].split())
        # sourced to its own sentences, not to the whole window it stands for (try53's fault)
        assert "".join("".join(ELDERLY[x.start:x.end].split()) for x in p.sources) == "".join(p.text.split())
    assert "监督" not in essay.summary and "の" not in essay.summary and "一般性内容" not in essay.summary
    rewritten = [p for a in ("challenges", "recommendations") for p in getattr(essay, a) if p.fallback == kind]
    # 7: the rules' six and the learned model's (on by default) 农村老年人口比重高于城市，而养老服务资源却明显不足
    assert len(rewritten) == len(old.challenges) + len(old.recommendations) == 7
    assert [p.text for p in rewritten] == [p.text for p in old.challenges + old.recommendations]
    assert all(p.support is None for p in rewritten)
    assert doc.generation.fallbacks == {kind: len(essay.summary_sentences) + len(rewritten)}


def test_faithful_output_is_kept_with_its_support(forced):
    s = forced(lambda source: source[:12])
    doc = summarizer.summarize(ELDERLY, method="seq2seq", model=s, max_new_tokens=128)
    essay = doc.essays[0]
    assert doc.generation.fallback is None and doc.generation.fallbacks == {}
    points = essay.summary_sentences + essay.challenges + essay.recommendations
    assert all(p.fallback is None and p.support == 1.0 for p in points)
    assert all(len(p.text) == 12 for p in points)  # the generated text, not the extractive one


def test_support_threshold_is_a_request_option(forced):
    s = forced(lambda source: "一般性内容")
    doc = summarizer.summarize(ELDERLY, method="seq2seq", model=s, min_support=0.0)
    points = doc.essays[0].summary_sentences + doc.essays[0].challenges
    assert doc.generation.fallback is None and all(p.text == "一般性内容" and p.support == 0.0 for p in points)


def test_decoding_defaults_per_family_and_per_request_overrides_reach_generate(forced, bart_dir, tmp_path):
    s = forced(lambda source: source[:12])
    assert (s.settings.no_repeat_ngram_size, s.settings.repetition_penalty, s.settings.length_penalty) == (4, 1.1, 1.0)
    summarizer.summarize(ELDERLY, method="seq2seq", model=s)
    assert {(c.no_repeat_ngram_size, c.repetition_penalty) for c in s.configs} == {(4, 1.1)}
    s.configs.clear()
    summarizer.summarize(ELDERLY, method="seq2seq", model=s, no_repeat_ngram_size=2, repetition_penalty=1.3)
    assert {(c.no_repeat_ngram_size, c.repetition_penalty) for c in s.configs} == {(2, 1.3)}
    explicit = Seq2SeqSummarizer.from_pretrained(bart_dir, num_beams=1, no_repeat_ngram_size=5)
    assert explicit.settings.no_repeat_ngram_size == 5 and explicit.settings.repetition_penalty == 1.1
    pegasus = Seq2SeqSummarizer.from_pretrained(F.build_pegasus(tmp_path / "peg", VOCAB_TEXTS), num_beams=1)
    assert (pegasus.settings.no_repeat_ngram_size, pegasus.settings.repetition_penalty) == (3, 1.2)


def test_b45_generated_copy_keeps_numbers_and_case_through_generate(forced):
    s = forced(lambda source: "全年GDP增长5.2%。采用“1+N”模式")
    (g,) = s.generate([B45], max_new_tokens=64)
    assert g.text == "全年GDP增长5.2%。采用“1+N”模式" and g.fallback is None and g.support == 1.0
    raw = s.codec.tokenizer.decode(s.codec.encode(["全年GDP增长5.2%"], special=False)[0])
    assert "gdp" in raw and "5. 2 %" in raw  # what the model's own decoding gives


def test_min_support_is_a_command_line_option(bart_dir, tmp_path):
    from typer.testing import CliRunner

    from summarizer.cli import app
    from summarizer.seq2seq import clear_cache

    essay = tmp_path / "essay.txt"
    essay.write_text(ELDERLY, encoding="utf-8")
    runs = {}
    for value in ("0.5", "0"):
        result = CliRunner().invoke(app, ["summarize", str(essay), "--model", str(bart_dir), "--workers", "0",
                                          "--min-support", value, "--quiet"])
        assert result.exit_code == 0, result.output
        runs[value] = json.loads(result.stdout)["generation"]["fallbacks"]
    clear_cache()
    assert runs["0.5"].get("support", 0) > 0  # a random model's text has no support in its source...
    assert "support" not in runs["0"]  # ...and is kept when the check is off
    assert CliRunner().invoke(app, ["summarize", str(essay), "--model", str(bart_dir), "--min-support", "2"]
                              ).exit_code == 2
