"""``summarizer train``: fine-tuning tiny random BART and T5 checkpoints for 2 steps on pairs written here,
then loading the result and scoring it with the evaluation harness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

import seq2seq_fixtures as F  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

import summarizer  # noqa: E402
from summarizer.cli import app as cli_app  # noqa: E402
from summarizer.seq2seq.model import Seq2SeqSummarizer  # noqa: E402
from summarizer.seq2seq.registry import SPEC_FILE  # noqa: E402
from summarizer.train import TrainConfig, fine_tune  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
ESSAY = (FIXTURES / "essay_elderly_care.txt").read_text(encoding="utf-8")
PAIRS = [
    {"id": "1", "text": "当前农村养老服务仍面临不少困难。一是服务设施短缺，二是专业护理人员匮乏。", "summary": "农村养老服务面临困难"},
    {"id": "2", "text": "破解农村养老难题，需要政府、社会和家庭共同发力。一是加大财政投入。", "summary": "破解农村养老难题需共同发力"},
    {"id": "3", "text": "随着人口老龄化程度不断加深，农村养老问题日益受到社会关注。", "summary": "农村养老问题受到关注"},
]


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("train")
    texts = [ESSAY] + [p["text"] + p["summary"] for p in PAIRS]
    train = root / "train.jsonl"
    valid = root / "valid.jsonl"
    train.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PAIRS), encoding="utf-8")
    valid.write_text(json.dumps(PAIRS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    return {"train": train, "valid": valid, "bart": F.build_bart(root / "bart", texts, max_positions=128, d_model=16),
            "t5": F.build_t5(root / "t5", texts), "root": root}


def _run(*args):
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(cli_app, [str(a) for a in args])


def test_train_command_fine_tunes_and_writes_a_loadable_checkpoint(data):
    out = data["root"] / "bart-ft"
    result = _run("train", "--train", data["train"], "--valid", data["valid"], "--model", data["bart"],
                  "--output", out, "--max-steps", "2", "--batch-size", "2", "--learning-rate", "1e-3", "--quiet")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["steps"] == 2 and report["train_pairs"] == 3 and report["valid_pairs"] == 1
    assert report["valid_loss"] is not None and report["valid_loss"] > 0
    assert set(report["rouge"]) == {"rouge1", "rouge2", "rougeL"}  # scored by the evaluation harness
    for name in ("config.json", "generation_config.json", "vocab.txt", SPEC_FILE, "train_report.json"):
        assert (out / name).is_file(), name
    entry = json.loads((out / SPEC_FILE).read_text(encoding="utf-8"))
    assert entry["family"] == "bart" and "fine-tuned from bart" in entry["notes"]
    doc = summarizer.summarize(ESSAY, method="seq2seq", model=str(out))
    assert doc.method == "seq2seq" and doc.generation.model == "bart-ft"
    # The evaluation harness scores the fine-tuned checkpoint like any other method.
    scored = _run("evaluate", data["valid"], "--method", "seq2seq", "--model", out, "--unit", "char",
                  "--resamples", "20", "--quiet", "-o", data["root"] / "eval.json")
    assert scored.exit_code == 0, scored.output
    report = json.loads((data["root"] / "eval.json").read_text(encoding="utf-8"))
    assert report["method"] == "seq2seq" and report["failures"] == [] and report["results"]["char"]["n_scored"] == 1


def test_weights_change_and_training_is_deterministic(data, tmp_path):
    def run(target: Path):
        s = Seq2SeqSummarizer.from_pretrained(data["bart"], num_beams=1)
        before = {k: v.clone() for k, v in s.model.state_dict().items()}
        res = fine_tune(data["train"], None, s, target, TrainConfig(max_steps=2, batch_size=2, learning_rate=1e-3))
        after = s.model.state_dict()
        return res, any(not torch.equal(before[k], after[k]) for k in before), after

    first, changed, weights = run(tmp_path / "a")
    second, _, weights2 = run(tmp_path / "b")
    assert changed and first.steps == 2 and first.rouge is None and first.valid_loss is None
    assert first.train_loss == second.train_loss
    assert all(torch.equal(weights[k], weights2[k]) for k in weights)


def test_t5_sentencepiece_model_trains_two_steps(data, tmp_path):
    res = fine_tune(data["train"], data["valid"], str(data["t5"]), tmp_path / "t5-ft",
                    TrainConfig(max_steps=2, batch_size=3, learning_rate=1e-3, eval_max_new_tokens=8))
    assert res.steps == 2 and res.valid_loss is not None and res.rouge is not None
    assert (tmp_path / "t5-ft" / "spiece.model").is_file()
    tuned = Seq2SeqSummarizer.from_pretrained(tmp_path / "t5-ft", num_beams=1)
    assert tuned.family == "t5" and tuned.summarize_text(ESSAY, max_new_tokens=4).chunks >= 1


def test_labels_are_cut_to_max_target_tokens_keeping_the_end_token(data, tmp_path, monkeypatch):
    import summarizer.train as train_module

    seen = []
    real = train_module._loss

    def spy(model, summ, batch, torch_module):
        seen.extend(len(t) for _, t in batch)
        assert all(t[-1] == summ.codec.tokenizer.sep_token_id for _, t in batch)
        return real(model, summ, batch, torch_module)

    monkeypatch.setattr(train_module, "_loss", spy)
    fine_tune(data["train"], None, str(data["bart"]), tmp_path / "cut",
              TrainConfig(max_steps=1, batch_size=3, max_target_tokens=5, rouge=False))
    assert seen and max(seen) == 5


def test_train_errors_are_reported(data, tmp_path):
    result = _run("train", "--train", data["train"], "--model", "no-such-model", "--output", tmp_path / "x",
                  "--max-steps", "1")
    assert result.exit_code == 1 and "not a known model name" in result.stderr
    result = _run("train", "--train", tmp_path / "missing.jsonl", "--model", data["bart"], "--output", tmp_path / "x")
    assert result.exit_code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "x"}\n', encoding="utf-8")
    result = _run("train", "--train", bad, "--model", data["bart"], "--output", tmp_path / "x", "--max-steps", "1")
    assert result.exit_code == 1 and "line 1" in result.stderr
    with pytest.raises(ValueError):
        TrainConfig(max_steps=0)
