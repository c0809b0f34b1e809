"""Faults found on the held-out keyphrase essays (themes31), each as a test of the right value; small inputs written
here, no network, nothing timed."""

from __future__ import annotations

import summarizer
from summarizer.chars import han_outnumbers_latin_words

# a Chinese abstract with its English translation after it (a journal page): the English half has more letters than
# the Chinese half has Han characters, fewer words than it has Han characters
ABSTRACT = (
    "农村污水治理的困境与出路\n"
    "Dilemmas and Solutions of Rural Sewage Treatment\n"
    "通过对多个县农村污水治理实践的调查，发现农村污水治理仍存在设施运维资金不足、村民参与治理意愿不强、"
    "污水管网建设滞后等困境。应完善农村污水治理的运维资金保障，建立村民参与治理的激励机制，"
    "加快污水管网建设，提高农村污水治理设施的运行效率。农村污水治理要因地制宜，分类推进。\n"
    "Based on field surveys of rural sewage treatment in several counties, this paper finds that rural sewage "
    "treatment still faces the dilemmas of insufficient funds for operation and maintenance, weak willingness of "
    "villagers to participate, and lagging construction of sewage pipe networks. We should improve the guarantee of "
    "funds for operation, establish incentive mechanisms for villagers to participate in treatment, speed up the "
    "construction of sewage networks, and raise the efficiency of treatment facilities in rural-urban areas.\n")


def test_a_chinese_text_beside_its_english_translation_is_chinese():
    body = ABSTRACT
    assert han_outnumbers_latin_words(body)
    assert not han_outnumbers_latin_words("Rural sewage treatment in 农村 areas still faces many problems today.")
    assert not han_outnumbers_latin_words("")


def test_the_english_translation_of_an_abstract_gives_no_keyphrase():
    phrases = [k.text for k in summarizer.summarize(ABSTRACT).essays[0].keyphrases]
    assert not [p for p in phrases if p.isascii()], phrases
    assert "农村污水治理" in phrases, phrases


def test_an_english_essay_keeps_its_english_keyphrases():
    text = ("Rural sewage treatment\n" + ABSTRACT.split("\n")[4] + "\n" + ABSTRACT.split("\n")[4] + "\n")
    phrases = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert any(p.isascii() for p in phrases), phrases


def test_a_journal_pages_download_formats_give_no_keyphrase():
    text = ("城市社区养老服务的困境与对策\n"
            ",PDF, HTML, XML,下载:51 浏览:103\n"
            "关键词:社区养老 服务供给 护理人员\n"
            + "社区养老服务设施不足，护理人员短缺，社区养老服务供给不能满足老人需求。" * 2
            + "\n应完善社区养老服务设施，加强护理人员培训，扩大社区养老服务供给。\n")
    phrases = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert not {"PDF", "HTML", "XML"} & set(phrases), phrases
    assert "社区养老服务" in phrases, phrases


def test_a_word_with_its_particle_or_conjunction_glued_on_is_no_keyphrase():
    from summarizer.keyphrases import _candidate

    # the dictionary files 扮演着 and 现状及 as nouns: a word and the function word after it
    assert _candidate("扮演着")[0] is False
    assert _candidate("现状及")[0] is False
    # words that end in such a character, or in 所 地 比 用, stay
    for word in ("居民参与", "研究所", "水源地", "师生比", "费用", "现状"):
        assert _candidate(word)[0] is True, word


def test_a_speaker_and_the_verb_of_saying_make_no_keyphrase():
    text = ("社区养老服务调查\n"
            "东区居民反映，社区养老服务中心护理人员不足。南区居民反映，社区养老服务供给跟不上老人需求。"
            "西区居民反映，社区食堂价格偏高。\n"
            "议员吴添泉表示，应增加社区养老服务中心的护理人员。吴添泉表示，政府应完善社区养老服务供给。\n")
    phrases = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert not [p for p in phrases if p.endswith(("表示", "反映"))], phrases  # (居民反映, 吴添泉表示 before)
    assert {"社区养老服务", "吴添泉", "护理人员"} <= set(phrases), phrases


def test_a_word_made_of_a_pronoun_and_a_numeral_is_no_keyphrase():
    from summarizer.keyphrases import _candidate

    assert _candidate("这一")[0] is False  # the HMM's word of 这一话题, 这一现象: no content morpheme
    assert _candidate("话题")[0] is True
    text = ("建筑垃圾的再生利用\n"
            + "建筑垃圾这一难题困扰城市，建筑垃圾再生利用率低。" * 3
            + "\n这一现象说明，要提高建筑垃圾再生利用率，推广再生砖。这一做法值得推广。\n")
    phrases = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert not [p for p in phrases if p.startswith("这")], phrases
    assert "建筑垃圾" in phrases, phrases


def test_a_web_address_without_its_scheme_gives_no_keyphrase():
    from summarizer.keyphrases import _URL

    assert [m.group() for m in _URL.finditer("月费订户网址：hkcnews.com/aboutus/#subscribe")] == [
        "hkcnews.com/aboutus/#subscribe"]
    assert not list(_URL.finditer("u.s. policy 1.5com"))
    signoff = "\n原文刊于笔者专栏\n月费订户网址：hkcnews.com/aboutus/#subscribe\n"
    text = ("公屋轮候时间创新高\n"
            "公屋轮候时间升至六年，私人楼宇供应短缺，楼价再创新高。" + signoff
            + "政府应加快收回私人土地，增加公营房屋供应，缩短公屋轮候时间。" + signoff)
    phrases = [k.text for k in summarizer.summarize(text).essays[0].keyphrases]
    assert not {"aboutus", "hkcnews", "subscribe", "com"} & set(phrases), phrases
    assert "公屋轮候" in phrases, phrases
