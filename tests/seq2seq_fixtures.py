"""Tiny random seq2seq checkpoints built inside the tests (no network) and the B22 long essay.

* :func:`build_bart` — BART (Lewis et al. 2020) with a BertTokenizer over a ``vocab.txt`` of the test texts'
  characters (the fnlp/bart-base-chinese layout: ``[CLS] ... [SEP]``, ``token_type_ids``);
* :func:`build_t5` — T5 (Raffel et al. 2020) with a SentencePiece unigram model trained here on the test texts;
* :func:`build_pegasus` — PEGASUS (Zhang et al. 2020) with a Randeng-style ``vocab.txt`` (jieba words + characters,
  ``[unused1]`` as ``</s>``) and no Hugging Face tokenizer files.

Sizes: d_model 16-32, one layer each side: a model builds in well under a second.
"""

from __future__ import annotations

from pathlib import Path

SPECIAL_BERT = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[unused1]", "[unused2]", "[unused3]"]

_TOPICS = ["基层治理", "社区服务", "数字政府", "公共安全", "乡村振兴", "生态保护", "营商环境", "社会保障", "城市更新",
           "应急管理", "养老服务", "教育公平"]
_ACTIONS = ["要进一步完善", "应当着力加强", "需要持续推进", "必须切实落实", "可以积极探索", "还要统筹抓好"]
_OBJECTS = ["工作机制", "制度体系", "协同平台", "考核办法", "人才队伍", "资金保障", "信息共享", "监督评价"]
_TAILS = ["形成上下联动的良好局面", "让群众有更多获得感", "推动各项任务落地见效", "提升治理效能和服务水平",
          "夯实高质量发展的基础", "做到权责清晰运转高效"]
SECTIONS = ["一、总体形势", "二、存在的问题", "三、对策建议"]
B22_FACT = "四、结语：到2030年基本建成某某示范区。"


def _sentence(i: int) -> str:
    return (f"{_TOPICS[i % len(_TOPICS)]}{_ACTIONS[(i // 3) % len(_ACTIONS)]}{_OBJECTS[(i // 5) % len(_OBJECTS)]}，"
            f"{_TAILS[(i // 7) % len(_TAILS)]}。")


def b22_essay(section_chars: int = 1950) -> str:
    """A synthetic governance essay of about 6,000 characters: three sections of ``section_chars`` characters
    each, then ``四、结语：到2030年基本建成某某示范区。`` — the only place 2030 appears (case B22)."""
    parts = ["关于推进基层治理现代化的若干思考", ""]
    i = 0
    for heading in SECTIONS:
        body = ""
        while len(body) < section_chars:
            body += _sentence(i)
            i += 1
        parts += [heading, body, ""]
    parts.append(B22_FACT)
    return "\n".join(parts) + "\n"


def _chars(texts: list[str]) -> list[str]:
    seen = sorted({ch for t in texts for ch in t if not ch.isspace()})
    return seen


def build_bart(directory: Path, texts: list[str], *, max_positions: int = 1024, d_model: int = 32,
               seed: int = 0) -> Path:
    """A tiny random BartForConditionalGeneration + BertTokenizer (vocab: every character of ``texts``)."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration, BertTokenizer

    directory.mkdir(parents=True, exist_ok=True)
    chars = sorted({c.lower() for c in _chars(texts)})  # BertTokenizer lower-cases
    vocab = SPECIAL_BERT + chars + ["##" + c for c in chars if c.isascii() and c.isalnum()]
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok = BertTokenizer(str(directory / "vocab.txt"))
    cfg = BartConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=2 * d_model, decoder_ffn_dim=2 * d_model,
        max_position_embeddings=max_positions, pad_token_id=0, bos_token_id=2, eos_token_id=3,
        decoder_start_token_id=3, forced_eos_token_id=3, dropout=0.0, attention_dropout=0.0,
    )
    torch.manual_seed(seed)
    BartForConditionalGeneration(cfg).save_pretrained(directory)
    tok.save_pretrained(directory)
    return directory


def build_t5(directory: Path, texts: list[str], *, vocab_size: int = 400, d_model: int = 16, seed: int = 0) -> Path:
    """A tiny random T5ForConditionalGeneration + a SentencePiece unigram model trained on ``texts``' lines."""
    import io

    import sentencepiece as spm
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    directory.mkdir(parents=True, exist_ok=True)
    lines = [ln for t in texts for ln in t.replace("。", "。\n").splitlines() if ln.strip()]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines * 3), model_writer=model, vocab_size=vocab_size, model_type="unigram",
        character_coverage=1.0, pad_id=0, eos_id=1, unk_id=2, bos_id=-1, hard_vocab_limit=False,
        minloglevel=2, num_threads=1,
    )
    (directory / "spiece.model").write_bytes(model.getvalue())
    tok = T5Tokenizer.from_pretrained(str(directory), extra_ids=0)
    cfg = T5Config(vocab_size=len(tok), d_model=d_model, d_ff=2 * d_model, d_kv=8, num_layers=1,
                   num_decoder_layers=1, num_heads=2, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
                   dropout_rate=0.0)
    torch.manual_seed(seed)
    T5ForConditionalGeneration(cfg).save_pretrained(directory)
    tok.save_pretrained(directory)
    return directory


def build_pegasus(directory: Path, texts: list[str], *, max_positions: int = 256, d_model: int = 16,
                  seed: int = 0) -> Path:
    """A tiny random PegasusForConditionalGeneration with a Randeng-style vocab.txt and no HF tokenizer files."""
    import jieba
    import torch
    from transformers import PegasusConfig, PegasusForConditionalGeneration

    directory.mkdir(parents=True, exist_ok=True)
    words = sorted({w for t in texts for w in jieba.cut(t, HMM=False) if len(w) > 1 and not w.isspace()})
    vocab = SPECIAL_BERT + list(dict.fromkeys(_chars(texts) + words))
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    pad, eos = vocab.index("[PAD]"), vocab.index("[unused1]")
    cfg = PegasusConfig(vocab_size=len(vocab), d_model=d_model, encoder_layers=1, decoder_layers=1,
                        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=2 * d_model,
                        decoder_ffn_dim=2 * d_model, max_position_embeddings=max_positions, pad_token_id=pad,
                        eos_token_id=eos, decoder_start_token_id=pad, forced_eos_token_id=eos, dropout=0.0)
    torch.manual_seed(seed)
    PegasusForConditionalGeneration(cfg).save_pretrained(directory)
    return directory
