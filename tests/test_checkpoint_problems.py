"""A directory that cannot serve as a seq2seq checkpoint is found from its files and ``config.json`` alone, once,
before any input is read (``registry.checkpoint_problems`` through ``pipeline.check_method``): a decoder-only model
or a checkpoint without tokenizer files is one usage error of the CLI (exit 2), not an error record per input
(try53's open faults, lead54)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app as cli_app
from summarizer.errors import ModelNotAvailableError
from summarizer.seq2seq import registry
from summarizer.seq2seq.registry import checkpoint_problems, is_encoder_decoder


def _checkpoint(directory: Path, config: dict, *, weights: bool = True, tokenizer: str | None = "vocab.txt") -> Path:
    directory.mkdir(parents=True)
    (directory / "config.json").write_text(json.dumps(config), encoding="utf-8")
    if weights:
        (directory / "model.safetensors").write_bytes(b"\x00" * 64)
    if tokenizer:
        (directory / tokenizer).write_text("[PAD]\n[UNK]\n", encoding="utf-8")
    return directory


@pytest.mark.parametrize("config, expected", [
    ({"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"]}, False),  # save_pretrained leaves the flag out
    ({"model_type": "qwen2", "architectures": ["Qwen2ForCausalLM"]}, False),
    ({"model_type": "bert", "architectures": ["BertForMaskedLM"]}, False),
    ({"model_type": "t5"}, True),  # a family known to be encoder-decoder, no flag written
    ({"model_type": "somebart", "architectures": ["SomeBartForConditionalGeneration"]}, True),
    ({"architectures": ["MarianMTModel"]}, True),
    ({"model_type": "bart", "is_encoder_decoder": False}, False),  # the written flag wins
    ({"model_type": "mystery"}, None),  # nothing tells: the loader decides
])
def test_is_encoder_decoder_reads_the_flag_the_family_then_the_architectures(config, expected):
    assert is_encoder_decoder(config) is expected


def test_checkpoint_problems_name_each_missing_part(tmp_path):
    good = _checkpoint(tmp_path / "good", {"model_type": "bart"})
    assert checkpoint_problems(good) == []
    decoder_only = _checkpoint(tmp_path / "gpt", {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"]},
                               tokenizer="vocab.json")
    assert checkpoint_problems(decoder_only) == [
        "config.json: model type 'gpt2' is not an encoder-decoder (seq2seq) model"]
    no_tokenizer = _checkpoint(tmp_path / "notok", {"model_type": "t5"}, tokenizer=None)
    problems = checkpoint_problems(no_tokenizer)
    assert len(problems) == 1 and problems[0].startswith("tokenizer: none of tokenizer.json")
    bare = _checkpoint(tmp_path / "bare", {"model_type": "pegasus"}, weights=False, tokenizer=None)
    assert [p.split(":")[0] for p in checkpoint_problems(bare)] == ["weights", "tokenizer"]
    # verify_checkpoint (``summarizer models verify``) reports the same, checksums aside
    assert registry.verify_checkpoint(decoder_only) == checkpoint_problems(decoder_only)


def _run(*args: object):
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(cli_app, [str(a) for a in args])


@pytest.mark.parametrize("kind", ["decoder-only", "no-tokenizer"])
def test_cli_refuses_an_unusable_checkpoint_once_before_reading_inputs(kind, tmp_path):
    pytest.importorskip("torch")  # check_method first asks for the seq2seq extra
    pytest.importorskip("transformers")
    if kind == "decoder-only":
        model = _checkpoint(tmp_path / "chat-model", {"model_type": "qwen2", "architectures": ["Qwen2ForCausalLM"]},
                            tokenizer="tokenizer.json")
        said = "not an encoder-decoder"
    else:
        model = _checkpoint(tmp_path / "t5-no-tokenizer", {"model_type": "t5"}, tokenizer=None)
        said = "tokenizer: none of"
    inputs = []
    for i in range(3):
        path = tmp_path / f"essay{i}.txt"
        path.write_text("一、存在的问题\n基层治理力量薄弱。\n二、对策建议\n充实基层力量。\n", encoding="utf-8")
        inputs.append(path)
    result = _run("summarize", *inputs, "--model", model, "--workers", "0")
    assert result.exit_code == 2
    assert result.stdout == ""
    flat = re.sub(r"[\s│╭╮╰╯─]+", "", result.stderr)  # the message as rich's error box wraps it
    assert flat.count(said.replace(" ", "")) == 1  # one usage error, not one error record per input
    assert "cannotbeusedasaseq2seqcheckpoint" in flat


def test_check_method_raises_model_not_available_for_a_decoder_only_directory(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from summarizer.pipeline import check_method
    from summarizer.schema import SummarizeOptions

    model = _checkpoint(tmp_path / "gpt", {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"]})
    with pytest.raises(ModelNotAvailableError, match="not an encoder-decoder"):
        check_method(SummarizeOptions(method="seq2seq", model=str(model)))
    good = _checkpoint(tmp_path / "bart", {"model_type": "bart"})
    check_method(SummarizeOptions(method="seq2seq", model=str(good)))  # no error: nothing is loaded yet
