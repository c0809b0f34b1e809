"""The seq2seq summarizer on tiny random checkpoints built here (BART + BertTokenizer, T5 + SentencePiece,
PEGASUS + Randeng-style jieba/WordPiece vocabulary): loading, packing by tokens, chunking and merging, span
provenance, determinism, error paths, and cases B22 / B23 of model-service-cases.md."""

from __future__ import annotations

import json
import logging
import re
import warnings
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

import seq2seq_fixtures as F  # noqa: E402

import summarizer  # noqa: E402
from summarizer import ModelNotAvailableError  # noqa: E402
from summarizer.schema import DocumentSummary  # noqa: E402
from summarizer.seq2seq import clear_cache, get_summarizer  # noqa: E402
from summarizer.seq2seq.abstract import essay_windows  # noqa: E402
from summarizer.seq2seq.model import Seq2SeqSummarizer  # noqa: E402
from summarizer.seq2seq.registry import SPEC_FILE  # noqa: E402
from summarizer.seq2seq.tokenization import HFCodec, JiebaWordPieceCodec, tidy_cjk_spaces  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
ELDERLY = (FIXTURES / "essay_elderly_care.txt").read_text(encoding="utf-8")
RIVER = (FIXTURES / "essay_river_chief.txt").read_text(encoding="utf-8")
ESSAY = F.b22_essay()
SHORT = "加强基层治理。"
TARGETS = ["一般性内容", "到2030年基本建成示范区"]
TEXTS = [ELDERLY, RIVER, ESSAY, SHORT, *TARGETS]
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Tiny models: one intra-op thread is faster, and immune to a busy machine's thread oversubscription."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
    clear_cache()


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("seq2seq")
    return {
        "bart": F.build_bart(root / "bart", TEXTS, max_positions=256),
        "bart64": F.build_bart(root / "bart64", TEXTS, max_positions=64, d_model=16),
        "t5": F.build_t5(root / "t5", TEXTS),
        "pegasus": F.build_pegasus(root / "pegasus", TEXTS),
    }


@pytest.fixture(scope="module")
def bart(models) -> Seq2SeqSummarizer:
    return get_summarizer(str(models["bart"]), num_beams=2)


@pytest.fixture(scope="module")
def analysed_b22():
    return summarizer.analyze(ESSAY)


# ---------------------------------------------------------------------------------------------- loading


def test_bart_loads_from_a_directory_with_its_limit_from_the_config(bart, models):
    config = json.loads((models["bart"] / "config.json").read_text(encoding="utf-8"))
    assert bart.family == "bart"
    assert bart.max_input_tokens == config["max_position_embeddings"] == 256
    assert bart.limit_source == "config.max_position_embeddings"
    assert isinstance(bart.codec, HFCodec)
    assert bart.window_tokens == 256 - 2  # [CLS] ... [SEP]
    assert bart.device == "cpu"


def test_limit_follows_the_config_not_a_constant(models):
    small = get_summarizer(str(models["bart64"]), num_beams=1)
    assert small.max_input_tokens == 64 and small.window_tokens == 62
    windows = essay_windows(small, summarizer.analyze(ELDERLY))[0]
    assert len(windows) > 1 and all(w.tokens <= 62 for w in windows)
    assert all(len(ids) <= 64 for ids, _ in small.preprocess([w.text for w in windows]))


def test_summarizer_is_loaded_once_and_shared(models, bart):
    assert get_summarizer(str(models["bart"]), num_beams=2) is bart
    assert get_summarizer(models["bart"]) is bart  # a plain request shares whatever is loaded
    assert get_summarizer(bart) is bart


def test_bert_style_tokenizer_quirks_are_handled(bart):
    tok = bart.codec.tokenizer
    assert "token_type_ids" in tok("加强")  # BertTokenizer makes them; BART must never get them
    assert bart.codec.encode(["加强"], special=True)[0] == [tok.cls_token_id, *tok.convert_tokens_to_ids(["加", "强"]),
                                                             tok.sep_token_id]
    assert tidy_cjk_spaces("北 京 是 首 都 ， GDP growth 到 2030 年") == "北京是首都，GDP growth到2030年"


def test_missing_model_and_bad_options_are_clear_errors(models, tmp_path):
    with pytest.raises(ModelNotAvailableError, match="not a known model name"):
        get_summarizer("no-such-model")
    with pytest.raises(ValueError, match="device"):
        Seq2SeqSummarizer.from_pretrained(models["bart"], device="tpu")
    with pytest.raises(ValueError, match="dtype"):
        Seq2SeqSummarizer.from_pretrained(models["bart"], dtype="int3")
    if not torch.cuda.is_available():
        with pytest.raises(ModelNotAvailableError, match="CUDA"):
            Seq2SeqSummarizer.from_pretrained(models["bart"], device="cuda")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text('{"model_type": "bert", "vocab_size": 10}', encoding="utf-8")
    with pytest.raises(ModelNotAvailableError, match="not an encoder-decoder"):
        Seq2SeqSummarizer.from_pretrained(broken)


def test_dtype_is_applied(models):
    s = Seq2SeqSummarizer.from_pretrained(models["bart64"], device="cpu", dtype="bfloat16", num_beams=1)
    assert s.model.dtype == torch.bfloat16
    assert s.generate(["加强基层治理，完善服务体系，充实人才队伍。"], max_new_tokens=4)[0].output_tokens <= 4


# ---------------------------------------------------------------------------------------------- B22


def test_b22_windows_are_cut_on_sentences_by_tokens_and_cover_the_essay(bart, analysed_b22):
    assert 5500 <= len(ESSAY) <= 6500 and ESSAY.count("2030") == 1
    from summarizer.sentences import split_sentences

    windows = essay_windows(bart, analysed_b22)[0]
    assert len(windows) > 10
    sentences = [s.text for s in split_sentences(ESSAY)]
    assert [u.text for w in windows for u in w.units] == sentences  # cut between whole sentences only, in order
    for w in windows:
        assert w.tokens <= bart.window_tokens
        assert len(bart.preprocess([w.text])[0][0]) <= bart.max_input_tokens
    assert "2030" in windows[-1].text and all("2030" not in w.text for w in windows[:-1])


def test_b22_long_essay_is_chunked_and_reports_tokens_truncation_chunks(bart, analysed_b22):
    windows = essay_windows(bart, analysed_b22)[0]
    doc = summarizer.summarize(ESSAY, method="seq2seq", model=bart)
    assert doc.method == "seq2seq"
    info = doc.generation
    assert info is not None and info.truncated is False
    assert info.chunks == len(windows) and info.max_input_tokens == 256
    assert info.input_tokens == sum(bart.count_tokens([u.text for w in windows for u in w.units]))
    assert info.input_tokens > bart.max_input_tokens * 10
    essay = doc.essays[0]
    assert essay.generation is not None and essay.generation.chunks == info.chunks
    assert len(essay.summary_sentences) <= info.chunks
    # The last window (the one with 四、结语：到2030年…) was summarized: a summary point is sourced from it (from the
    # whole window for a generated sentence; from its own sentences inside the window for an extractive fallback,
    # which the tiny random model's output mostly is: lead54)
    assert "2030" in windows[-1].text
    a, b = analysed_b22[0].to_original(windows[-1].start, windows[-1].end)
    assert any(a <= s.start and s.end <= b for p in essay.summary_sentences for s in p.sources)


def test_b22_truncate_mode_says_so(models):
    s = get_summarizer(str(models["bart"]), num_beams=2, long_input="truncate")
    doc = summarizer.summarize(ESSAY, method="seq2seq", model=s)
    assert doc.generation.truncated is True and doc.generation.chunks == 1
    assert all("2030" not in ESSAY[src.start:src.end] for p in doc.essays[0].summary_sentences for src in p.sources)


def test_b22_fine_tuned_model_writes_2030_only_when_chunked(models, analysed_b22, tmp_path):
    """Teach a tiny model (with the public training loop) to answer the last window with its fact and every
    other window with filler: then 2030 reaches the output only if the last section reaches the model."""
    from summarizer.train import TrainConfig, fine_tune

    s = Seq2SeqSummarizer.from_pretrained(models["bart64"], num_beams=1)
    windows = essay_windows(s, analysed_b22)[0]
    pairs = [(w.text, TARGETS[1] if "2030" in w.text else TARGETS[0]) for w in windows]
    pairs += [p for p in pairs if "2030" in p[1]] * 8  # the one positive window, seen as often as the rest
    result = fine_tune(pairs, None, s, tmp_path / "b22", TrainConfig(
        max_steps=40, batch_size=len(pairs), learning_rate=1e-2, warmup_ratio=0.0, rouge=False))
    assert result.steps == 40 and result.train_loss[-1] < result.train_loss[0]
    chunked = summarizer.summarize(ESSAY, method="seq2seq", model=s)
    assert chunked.generation.truncated is False and chunked.generation.chunks == len(windows)
    assert "2030" in chunked.essays[0].summary
    fact = next(p for p in chunked.essays[0].summary_sentences if "2030" in p.text)
    assert any("2030" in ESSAY[src.start:src.end] for src in fact.sources)
    truncated = summarizer.summarize(ESSAY, method="seq2seq", model=s._with_settings(
        s.settings.updated(long_input="truncate")))
    assert truncated.generation.truncated is True and "2030" not in truncated.essays[0].summary


# ---------------------------------------------------------------------------------------------- B23


def test_b23_short_input_is_returned_unchanged_without_length_warnings(bart, caplog):
    caplog.set_level(logging.WARNING)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = summarizer.summarize(SHORT, method="seq2seq", model=bart, max_length=128, min_length=30)
    summary = doc.essays[0].summary
    assert summary == SHORT
    assert len(summary) <= len(SHORT)
    assert not set(CJK.findall(summary)) - set(SHORT)
    assert doc.generation.chunks == 0 and doc.generation.generated_tokens == 0
    assert not [w for w in caught if "length" in str(w.message).lower()]
    assert not [r for r in caplog.records if "length" in r.getMessage().lower()]


def test_b23_lengths_are_clamped_to_the_input_before_generation(bart, caplog):
    caplog.set_level(logging.WARNING)
    text = "加强基层治理，完善服务体系。"
    n = bart.count_tokens([text])[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gens = bart.generate([text, text], max_new_tokens=128, min_new_tokens=30)
    assert all(g.output_tokens <= n for g in gens)
    assert not caught and not [r for r in caplog.records if "length" in r.getMessage().lower()]


def test_output_is_never_longer_than_a_short_input(bart):
    for text in ("加强基层治理，完善服务体系。", "一是人员不足，二是经费紧张。", "破解农村养老难题需要各方共同发力。"):
        result = bart.summarize_text(text, short_input_chars=0, max_new_tokens=64)
        assert result.chunks == 1
        assert len(result.text) <= len(text)


def test_generation_options_reach_the_model(bart):
    text = ELDERLY
    short = bart.summarize_text(text, max_new_tokens=3)
    assert short.output_tokens <= 3 * short.chunks
    assert short.input_tokens == sum(bart.count_tokens([s for s in [text] if s]))


# ---------------------------------------------------------------------------------------------- provenance


def test_every_abstractive_point_keeps_its_source_spans(bart):
    extractive = summarizer.summarize(ELDERLY)
    # a random model writes text with no support in its source: the support check is off to see it kept
    s = bart._with_settings(bart.settings.updated(short_input_chars=10, min_support=0.0))
    doc = summarizer.summarize(ELDERLY, method="seq2seq", model=s)
    DocumentSummary.model_validate(doc.model_dump())  # schema unchanged
    for old, new in zip(extractive.essays, doc.essays):
        assert len(new.challenges) == len(old.challenges) and len(new.recommendations) == len(old.recommendations)
        for aspect in ("challenges", "recommendations"):
            for p_old, p_new in zip(getattr(old, aspect), getattr(new, aspect)):
                assert p_new.sources, p_new
                assert (p_new.start, p_new.end) == (p_new.sources[0].start, p_new.sources[0].end)
                assert all(new.start <= sp.start < sp.end <= new.end for sp in p_new.sources)
                # the extractive point lies inside what the model was given
                assert any(sp.start <= p_old.start and p_old.end <= sp.end for sp in p_new.sources)
                assert p_new.heading == p_old.heading and p_new.score == p_old.score
        for p in new.summary_sentences:
            assert p.sources and (p.start, p.end) == (p.sources[0].start, p.sources[0].end)
    generated = [p for e in doc.essays for p in e.challenges + e.recommendations
                 if p.text not in {q.text for e2 in extractive.essays for q in e2.challenges + e2.recommendations}]
    assert generated, "short_input_chars=10 lets the model rewrite the points"
    assert all(len(p.text) <= 60 for p in generated)  # max_point_chars


def test_same_input_same_output(bart):
    first = summarizer.summarize(RIVER, method="seq2seq", model=bart).model_dump()
    second = summarizer.summarize(RIVER, method="seq2seq", model=bart).model_dump()
    assert first == second


def test_generate_keeps_input_order_across_batches(bart):
    texts = [ELDERLY[i * 40:(i + 1) * 40] for i in range(5)]
    small = bart._with_settings(bart.settings.updated(batch_size=2))
    gens = small.generate(texts, max_new_tokens=5)
    assert len(gens) == 5
    one_by_one = [small.generate([t], max_new_tokens=5)[0].input_tokens for t in texts]
    assert [g.input_tokens for g in gens] == one_by_one


# ---------------------------------------------------------------------------------------------- T5 / PEGASUS


def test_t5_sentencepiece_checkpoint_truncates_by_tokens_not_characters(models):
    t5 = get_summarizer(str(models["t5"]), num_beams=1, max_input_tokens=32)
    assert t5.family == "t5" and isinstance(t5.codec, HFCodec)
    assert t5.model_limit == 512 and t5.limit_source == "default"  # relative positions: no limit in the config
    assert t5.max_input_tokens == 32 and t5.window_tokens == 31  # one </s>
    ids, cut = t5.preprocess([ESSAY])[0]
    assert cut and len(ids) == 32 and ids[-1] == t5.codec.tokenizer.eos_token_id
    kept = t5.codec.decode([ids])[0]
    assert len(kept) > 31  # SentencePiece pieces hold several characters: 31 tokens are more than 31 characters
    doc = summarizer.summarize(RIVER, method="seq2seq", model=t5)
    assert doc.generation.chunks >= 1 and doc.generation.max_input_tokens == 32


def test_t5_task_prefix_comes_from_the_model_entry(models, tmp_path):
    import shutil

    target = tmp_path / "t5-prefixed"
    shutil.copytree(models["t5"], target)
    (target / SPEC_FILE).write_text(json.dumps({"name": "t5-prefixed", "family": "t5", "prefix": "摘要：",
                                                "tokenizer": "sentencepiece"}, ensure_ascii=False), encoding="utf-8")
    t5 = Seq2SeqSummarizer.from_pretrained(target, num_beams=1, max_input_tokens=32)
    prefix_ids = t5.codec.encode(["摘要："], special=False)[0]
    assert t5.prefix == "摘要：" and prefix_ids
    assert t5.window_tokens == 31 - len(prefix_ids)
    ids, _ = t5.preprocess(["加强基层治理。"])[0]
    assert ids[:len(prefix_ids)] == prefix_ids


def test_pegasus_randeng_style_vocabulary_uses_jieba_wordpiece(models):
    peg = get_summarizer(str(models["pegasus"]), num_beams=1)
    assert peg.family == "pegasus" and isinstance(peg.codec, JiebaWordPieceCodec)
    vocab = (models["pegasus"] / "vocab.txt").read_text(encoding="utf-8").split("\n")
    ids = peg.codec.encode(["加强基层治理。"])[0]
    assert ids[-1] == vocab.index("[unused1]")  # </s>, no BOS
    tokens = peg.codec.tokenize("加强基层治理。到2030年")
    assert any(len(t) > 1 for t in tokens if not t.isascii())  # jieba words kept whole when in the vocabulary
    assert peg.codec.decode([ids])[0] == "加强基层治理。"
    assert peg.max_input_tokens == 256
    doc = summarizer.summarize(ELDERLY, method="seq2seq", model=peg)
    assert doc.method == "seq2seq" and doc.essays[0].summary_sentences[0].sources


def test_summarize_text_is_the_benchmark_entry_point(models):
    s = get_summarizer(str(models["bart64"]))
    result = s.summarize_text(ELDERLY, max_new_tokens=8)
    assert result.chunks == len(result.windows) > 1
    assert result.input_tokens == sum(s.count_tokens([w for w in result.windows]))
    assert result.output_tokens <= 8 * result.chunks and result.seconds > 0
    assert result.truncated is False and result.text


def test_extract_mode_feeds_the_most_central_sentences_in_one_window(models):
    s = get_summarizer(str(models["bart"]), num_beams=1, long_input="extract")
    doc = summarizer.summarize(ESSAY, method="seq2seq", model=s)
    assert doc.generation.truncated is True and doc.generation.chunks == 1
    point = doc.essays[0].summary_sentences[0]
    fed = sum(s.count_tokens([ESSAY[sp.start:sp.end] for sp in point.sources]))
    assert fed <= s.window_tokens
    assert len(point.sources) > 1  # picked across the essay, not one leading run of sentences
    result = s.summarize_text(ESSAY, max_new_tokens=4)
    assert result.truncated and result.chunks == 1 and s.count_tokens(result.windows)[0] <= s.window_tokens


def test_traditional_chinese_input_is_abstracted_too(bart):
    opencc = pytest.importorskip("opencc")
    traditional = opencc.OpenCC("s2t").convert(ELDERLY)
    assert traditional != ELDERLY
    doc = summarizer.summarize(traditional, method="seq2seq", model=bart)
    assert doc.generation.chunks >= 1 and all(e.generation.chunks >= 1 for e in doc.essays)
    windows = essay_windows(bart, summarizer.analyze(traditional))[0]
    assert "".join(w.text for w in windows).replace("\n", "") in traditional.replace("\n", "")  # the user's script
    for p in doc.essays[0].challenges:
        assert p.sources and all(0 <= s.start < s.end <= len(traditional) for s in p.sources)
