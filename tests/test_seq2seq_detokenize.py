"""Faithful detokenization (case B45): a table of strings encoded and decoded by the three tokenizer families,
built here — BART-BERT (BertTokenizer over a character vocab.txt, lower-cased like fnlp/bart-base-chinese), T5/mT5
(a SentencePiece unigram model, NFKC-normalising like mT5's) and Pegasus-Chinese (Randeng's jieba + WordPiece) —
must come back exactly as the source after :func:`detokenize` with the source."""

from __future__ import annotations

import pytest

from summarizer.seq2seq.detokenize import detokenize, restore_source_forms, tidy_spaces

TABLE = [
    "全年GDP增长5.2%，达到126万亿元。",           # B45
    "采用“1+N”模式，覆盖3.5万户。",                # B45
    "2023年10月1日至2024-01-05期间，上午10:30召开会议。",
    "COVID-19疫情后，PM2.5浓度下降12.3%。",
    "iPhone 15在New York发布，售价999美元。",
    "投入1,200万元建设5G+工业互联网平台（一期）。",
    "O2O和B2B模式的占比为0.5‰，第3.1节另有说明。",
    "推进“互联网+政务服务”，实现“一网通办”。",
]

# What a BERT-vocabulary decoder gives for the table's first rows (spaces and case as fnlp/bart-base-chinese).
BROKEN = [
    ("全 年 gdp 增 长 5. 2 % ， 达 到 126 万 亿 元 。", TABLE[0], "全年gdp增长5.2%，达到126万亿元。"),
    ("采 用 “ 1 + n ” 模 式 ， 覆 盖 3. 5 万 户 。", TABLE[1], "采用“1+n”模式，覆盖3.5万户。"),
    ("2023 年 10 月 1 日 至 2024 - 01 - 05 期 间 ， 上 午 10 : 30 召 开 会 议 。", TABLE[2], TABLE[2]),
    ("covid - 19 疫 情 后 ， pm2. 5 浓 度 下 降 12. 3 % 。", TABLE[3], "covid-19疫情后，pm2.5浓度下降12.3%。"),
    ("iphone 15 在 new york 发 布 ， 售 价 999 美 元 。", TABLE[4], "iphone 15在new york发布，售价999美元。"),
    ("投 入 1, 200 万 元 建 设 5g + 工 业 互 联 网 平 台 （ 一 期 ） 。", TABLE[5], "投入1,200万元建设5g+工业互联网平台（一期）。"),
]


@pytest.mark.parametrize("decoded, source, spaced", BROKEN)
def test_spaces_and_case_of_a_bert_decoder_are_repaired(decoded, source, spaced):
    assert tidy_spaces(decoded) == spaced  # no source: spaces only (case cannot be known)
    assert detokenize(decoded, source, lowercased=True) == source


def test_case_is_restored_only_from_a_matching_source_span_and_only_for_uncased_vocabularies():
    assert restore_source_forms("gdp增长", "全年GDP增长") == "gdp增长"  # a cased vocabulary's output is its own
    assert restore_source_forms("gdp增长", "全年GDP增长", lowercased=True) == "GDP增长"
    assert restore_source_forms("gdpr生效", "全年GDP增长", lowercased=True) == "gdpr生效"  # no such word there
    # a word of the source only inside a longer word is no match: `ai` is not in `mail`
    assert restore_source_forms("ai技术", "发送E-MAIL", lowercased=True) == "ai技术"
    assert restore_source_forms("new york的人口", "New York City的人口", lowercased=True) == "New York的人口"
    assert restore_source_forms("5g网络和gdp", "5G网络，GDP和Gdp", lowercased=True) == "5G网络和GDP"
    assert detokenize("hello , world .") == "hello, world."  # Latin words keep their space


def test_full_width_punctuation_of_the_source_is_restored_after_an_nfkc_tokenizer():
    source = "全年GDP增长5.2%，达到126万亿元；投入1,200万元（一期）：完成了吗？"
    assert detokenize("全年GDP增长5.2%,达到126万亿元;投入1,200万元(一期):完成了吗?", source) == source
    assert detokenize("增长5.2%,达到", "增长5.2%, 达到") == "增长5.2%,达到"  # the source writes it narrow


def _bert_codec(tmp_path):
    from transformers import BertTokenizer

    from summarizer.seq2seq.tokenization import HFCodec

    chars = sorted({c.lower() for t in TABLE for c in t if not c.isspace()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars, *("##" + c for c in chars if c.isascii())]
    (tmp_path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    return HFCodec(BertTokenizer(str(tmp_path / "vocab.txt")))


def _t5_codec(tmp_path):
    import io

    import sentencepiece as spm
    from transformers import T5Tokenizer

    from summarizer.seq2seq.tokenization import HFCodec

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(TABLE * 5), model_writer=model, vocab_size=200, model_type="unigram",
        character_coverage=1.0, pad_id=0, eos_id=1, unk_id=2, bos_id=-1, hard_vocab_limit=False, minloglevel=2,
        num_threads=1)
    (tmp_path / "spiece.model").write_bytes(model.getvalue())
    return HFCodec(T5Tokenizer.from_pretrained(str(tmp_path), extra_ids=0))


def _pegasus_codec(tmp_path):
    import jieba

    from summarizer.seq2seq.tokenization import JiebaWordPieceCodec

    chars = sorted({c.lower() for t in TABLE for c in t if not c.isspace()})
    words = sorted({w for t in TABLE for w in jieba.cut(t, HMM=False) if len(w) > 1 and not w.isascii()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[unused1]", *chars, *words,
             *("##" + c for c in chars if c.isascii())]
    (tmp_path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    return JiebaWordPieceCodec(tmp_path / "vocab.txt")


@pytest.mark.parametrize("family", ["bart-bert", "t5-sentencepiece", "pegasus-chinese"])
def test_round_trip_table_through_each_tokenizer_family(family, tmp_path):
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    codec = {"bart-bert": _bert_codec, "t5-sentencepiece": _t5_codec, "pegasus-chinese": _pegasus_codec}[family](
        tmp_path)
    assert codec.lowercases is (family != "t5-sentencepiece")
    for source in TABLE:
        ids = codec.encode([source], special=False)[0]
        decoded = codec.decode([ids])[0]
        assert detokenize(decoded, source, lowercased=codec.lowercases) == source, (family, decoded)
    if family == "bart-bert":  # the table is not trivial: the tokenizer's own decoding has B45's faults
        raw = codec.tokenizer.decode(codec.encode([TABLE[0]], special=False)[0])
        assert "gdp" in raw and "5. 2 %" in raw
