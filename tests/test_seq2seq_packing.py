"""seq2seq parts that need neither torch nor transformers: packing by tokens, merging, the registry, errors,
generation-option validation (B23's 422), and the promise that the default install never imports torch."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pydantic import ValidationError

from summarizer import ModelNotAvailableError, summarize
from summarizer.schema import DocumentSummary, SummarizeOptions
from summarizer.seq2seq import registry
from summarizer.seq2seq.model import GenerationSettings, merge_summaries, require_extra, window_max_new
from summarizer.seq2seq.packing import Unit, join_units, merge_ranges, pack, split_unit


def char_count(texts: list[str]) -> list[int]:
    """A toy tokenizer: one token per non-space character."""
    return [sum(1 for c in t if not c.isspace()) for t in texts]


def units_of(sentences: list[str]) -> list[Unit]:
    out, pos = [], 0
    for s in sentences:
        out.append(Unit(s, pos, pos + len(s), char_count([s])[0]))
        pos += len(s)
    return out


SENTENCES = ["一是加强基层治理。", "二是完善服务体系。", "三是充实人才队伍，加大财政投入力度。", "四是强化监督考核。"]


def test_pack_keeps_order_and_never_exceeds_the_budget():
    units = units_of(SENTENCES * 5)
    windows = pack(units, 20, char_count)
    assert all(w.tokens <= 20 for w in windows)
    assert [u for w in windows for u in w.units] == units  # every unit once, in order, cut only between units
    # Greedy: a window closes only when the next unit does not fit.
    assert all(a.tokens + b.units[0].tokens > 20 for a, b in zip(windows, windows[1:]))


def test_pack_checks_the_joined_window_with_the_tokenizer():
    # A tokenizer that spends one extra token per boundary between two units: the sum of unit counts says a
    # window fits, the real count of its joined text says it does not; pack must move units on.
    def boundary_count(texts: list[str]) -> list[int]:
        return [char_count([t])[0] + t.count("。") for t in texts]

    units = [Unit(u.text, u.start, u.end, char_count([u.text])[0]) for u in units_of(SENTENCES * 3)]
    windows = pack(units, 30, boundary_count)
    assert all(boundary_count([w.text])[0] <= 30 for w in windows)
    assert [u for w in windows for u in w.units] == units


def test_over_long_unit_is_cut_at_a_clause_boundary_within_the_budget():
    text = "加强基层治理能力建设，完善网格化管理服务机制，推动资源下沉到社区一线，提高群众满意度。"
    unit = Unit(text, 100, 100 + len(text), char_count([text])[0])
    pieces = split_unit(unit, 24, char_count)
    assert "".join(p.text for p in pieces) == text
    assert all(p.tokens <= 24 for p in pieces)
    assert all(p.text.endswith(("，", "。")) for p in pieces)  # clause boundaries, not mid-phrase
    assert pieces[0].start == 100 and pieces[-1].end == 100 + len(text)
    assert all(text[p.start - 100:p.end - 100] == p.text for p in pieces)


def test_pack_rejects_an_empty_budget():
    with pytest.raises(ValueError):
        pack(units_of(SENTENCES), 0, char_count)


def test_join_units_puts_a_space_only_between_latin_words():
    assert join_units(units_of(["到2030年。", "基本建成。"])) == "到2030年。基本建成。"
    assert join_units([Unit("GDP", 0, 3, 3), Unit("growth", 4, 10, 6)]) == "GDP growth"


def test_merge_ranges_joins_neighbours_separated_by_whitespace_only():
    source = "一是加强。\n\n二是完善。【注】三是充实。"
    units = [Unit("一是加强。", 0, 5, 5), Unit("二是完善。", 7, 12, 5), Unit("三是充实。", 16, 21, 5)]
    assert merge_ranges(units, source) == [(0, 12), (16, 21)]


def test_merge_summaries_drops_repeats_and_ends_sentences():
    assert merge_summaries(["一般性内容", "一般性内容", "", "到2030年基本建成示范区"]) == "一般性内容。到2030年基本建成示范区"
    assert merge_summaries(["加强治理。", "治理"]) == "加强治理。"


def test_window_share_of_the_summary_budget():
    assert window_max_new(200, 4, cap=128) == 50
    assert window_max_new(200, 40, cap=128) == 16  # floor
    assert window_max_new(2000, 1, cap=128) == 128  # cap


def test_generation_settings_are_validated():
    with pytest.raises(ValueError, match="min_new_tokens"):
        GenerationSettings(min_new_tokens=80, max_new_tokens=40)
    with pytest.raises(ValueError, match="long_input"):
        GenerationSettings(long_input="drop")
    with pytest.raises(ValueError, match="unknown"):
        GenerationSettings().updated(temperature=0.7)
    assert GenerationSettings().updated(num_beams=None).num_beams == 4  # None leaves the default


# ---------------------------------------------------------------------------------------------- B23 validation


def test_b23_min_length_above_max_length_is_rejected_naming_both():
    with pytest.raises(ValidationError) as info:
        SummarizeOptions(method="seq2seq", min_length=80, max_length=40)
    err = info.value.errors()[0]
    assert err["loc"] == ("max_length",)
    assert "min_length" in err["msg"] and "max_length" in err["msg"]
    with pytest.raises(ValidationError, match="max_new_tokens"):
        SummarizeOptions(min_length=80, max_new_tokens=40)
    assert SummarizeOptions(min_length=30, max_length=128).max_length == 128


# ---------------------------------------------------------------------------------------------- registry


def test_registry_lists_the_three_families_with_their_quirks():
    specs = registry.load_registry()
    families = {s.family for s in specs}
    assert {"bart", "pegasus"} <= families and families & {"t5", "mt5"}
    for s in specs:
        assert s.name and s.hub_id and "/" in s.hub_id
        assert s.tokenizer in ("bert", "sentencepiece", "jieba-wordpiece")
        assert s.task in ("summarization", "pretrained")
        assert s.max_input_tokens and s.max_input_tokens >= 256
        assert all({"dataset", "rouge1", "rouge2", "rougeL"} <= set(sc) for sc in s.scores)
    randeng = registry.lookup("IDEA-CCNL/Randeng-Pegasus-238M-Summary-Chinese")
    assert randeng is not None and randeng.tokenizer == "jieba-wordpiece"
    assert registry.lookup("bart-base-chinese").tokenizer == "bert"


def test_unknown_model_name_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotAvailableError, match="not a known model name"):
        registry.resolve("no-such-model")
    with pytest.raises(ModelNotAvailableError, match="no config.json"):
        registry.resolve(tmp_path)


def test_registry_model_not_on_disk_says_how_to_download_once(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARIZER_MODELS_DIR", str(tmp_path))
    monkeypatch.setattr(registry, "_from_cache", lambda hub_id: None)  # whatever this machine's cache holds
    with pytest.raises(ModelNotAvailableError) as info:
        registry.resolve("randeng-pegasus-238m-summary")
    message = str(info.value)
    assert "never downloaded" in message
    assert "hf download IDEA-CCNL/Randeng-Pegasus-238M-Summary-Chinese" in message
    assert str(tmp_path / "randeng-pegasus-238m-summary") in message


def test_hub_id_is_looked_up_in_the_local_cache_only(monkeypatch):
    calls = []

    def fake_snapshot_download(repo_id, **kwargs):
        calls.append((repo_id, kwargs))
        raise OSError("not cached")

    huggingface_hub = pytest.importorskip("huggingface_hub")  # comes with the seq2seq extra

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    with pytest.raises(ModelNotAvailableError, match="local Hugging Face cache"):
        registry.resolve("someone/some-summarizer")
    assert calls == [("someone/some-summarizer", {"local_files_only": True})]


def test_named_local_checkpoint_directory_is_found(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARIZER_MODELS_DIR", str(tmp_path))
    target = tmp_path / "bart-base-chinese"
    target.mkdir()
    (target / "config.json").write_text(json.dumps({"model_type": "bart"}), encoding="utf-8")
    found = registry.resolve("bart-base-chinese")
    assert found.path == target and found.spec is not None and found.spec.family == "bart"


# ---------------------------------------------------------------------------------------------- the extra


def test_missing_extra_is_reported_naming_it(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    with pytest.raises(ModelNotAvailableError, match=r"summarizer\[seq2seq\]"):
        require_extra()
    with pytest.raises(ModelNotAvailableError, match=r"summarizer\[seq2seq\]"):
        summarize("一、存在的问题\n基层治理力量薄弱。", method="seq2seq", model="bart-base-chinese")


def test_seq2seq_without_a_model_is_model_not_available():
    with pytest.raises(ModelNotAvailableError, match="needs a model checkpoint"):
        summarize("加强基层治理。", method="seq2seq")


def test_default_install_never_imports_torch():
    code = ("import sys, summarizer, summarizer.cli, summarizer.commands, summarizer.seq2seq, summarizer.train, "
            "service.app;"
            "summarizer.summarize('一、存在的问题\\n基层治理力量薄弱，人员不足。');"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_textrank_output_has_no_generation_block():
    doc = summarize("一、存在的问题\n基层治理力量薄弱，人员不足。")
    assert doc.method == "textrank" and doc.generation is None
    assert DocumentSummary.model_validate(doc.model_dump()).essays[0].generation is None


def test_select_salient_keeps_the_best_units_in_document_order():
    from summarizer.seq2seq.packing import select_salient

    units = units_of(SENTENCES)
    window = select_salient(units, [0.1, 0.9, 0.5, 0.8], 20, char_count)
    assert [u.text for u in window.units] == [SENTENCES[1], SENTENCES[3]]  # 9 + 9 tokens; the 18-token one won't fit
    assert window.tokens <= 20
    with pytest.raises(ValueError):
        select_salient(units, [1.0], 20, char_count)


def test_hub_id_without_huggingface_hub_is_model_not_available(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "huggingface_hub", None)  # as without the seq2seq extra
    with pytest.raises(ModelNotAvailableError):
        registry.resolve("someone/some-summarizer")
