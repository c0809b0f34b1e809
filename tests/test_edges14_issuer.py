"""The issuer of a 公文 title is marked by its offsets where the title line is read (the structure stage) and the
keyphrase stage leaves that span out by offset (issue 8, edges14): the keyphrase stage knows no issuer rule."""

import summarizer
from summarizer.document import EssayDoc
from summarizer.essays import issuer_span
from summarizer.keyphrases import extract_keyphrases
from summarizer.sentences import split_sentences
from summarizer.textrank import content_tokens
from summarizer.tokenize import get_tokenizer


def test_issuer_span_is_an_offset_range_of_the_first_line():
    text = "\n  ZZ市卫生健康委员会关于做好夏季食品安全工作的通知\n正文。"
    a, b = issuer_span(text)
    assert text[a:b] == "ZZ市卫生健康委员会"
    assert issuer_span("关于做好夏季食品安全工作的通知\n正文。") is None  # no issuer before 关于
    assert issuer_span("夏季食品安全的几点思考\n正文。") is None  # no 公文 title
    assert issuer_span("") is None and issuer_span("\n\n\n") is None


def test_issuer_span_is_linear_on_long_inputs():
    assert issuer_span("\n" * 100_000 + "治" * 100_000) is None
    assert issuer_span("治" * 100_000 + "通知") is None


def test_the_essay_carries_the_issuer_and_its_keyphrases_skip_it():
    text = ("ZZ市卫生健康委员会关于做好夏季食品安全工作的通知\n"
            "一、存在的问题\n1．餐饮单位冷链管理不规范。部分餐饮单位冷藏设施不足，食材储存温度不达标。\n"
            "2．食品安全抽检覆盖不全。农村集市的食品安全抽检次数偏少。\n"
            "二、工作要求\n1．加强冷链食材管理。餐饮单位要配齐冷藏设施，每日记录储存温度。\n"
            "2．扩大食品安全抽检范围。各区要把农村集市纳入食品安全抽检计划。\n")
    docs = summarizer.analyze(text)
    (doc,) = docs
    assert isinstance(doc, EssayDoc)
    a, b = doc.issuer
    assert doc.text[a:b] == "ZZ市卫生健康委员会"
    words = "".join(k.text for k in doc.keyphrases)
    assert "卫生" not in words and "委员会" not in words and "冷链" in words


def test_extract_keyphrases_skips_the_tokens_inside_a_span_only():
    body = "甲乙公司环境治理报告\n环境治理需要资金投入。环境治理需要公司参与。资金投入决定环境治理成效。"
    sentences = split_sentences(body)
    tokens = content_tokens(sentences, get_tokenizer(), body)
    plain = [k.text for k in extract_keyphrases(body, body, sentences, tokens, max_keyphrases=10)]
    skipped = [k.text for k in extract_keyphrases(body, body, sentences, tokens, max_keyphrases=10, skip=(0, 4))]
    assert "甲乙公司" in plain  # (the title's 甲乙 公司 make a phrase)
    assert not any("甲乙" in w for w in skipped) and skipped[:2] == plain[:2] == ["环境治理", "资金投入"]
