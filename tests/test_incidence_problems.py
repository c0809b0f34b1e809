"""A problem stated as an incidence (案件高发, 事故多发, 比例居高不下) is a challenge, as 频发 already was (trial14 T7)."""

from summarizer import aspects as asp
from summarizer import summarize

ESSAY = """农村电信诈骗治理的问题与对策

一、存在的问题
当前，农村地区电信网络诈骗案件高发，老年群体受骗比例居高不下。基层反诈宣传形式单一，群众防范意识薄弱。

二、对策建议
一是加强反诈宣传进村入户。二是完善涉诈资金快速止付机制。"""


def test_an_incidence_sentence_in_a_problems_section_is_a_challenge():
    essay = summarize(ESSAY).essays[0]
    assert [p.text for p in essay.challenges] == ["农村地区电信网络诈骗案件高发，老年群体受骗比例居高不下",
                                                  "基层反诈宣传形式单一，群众防范意识薄弱"]
    assert [p.text for p in essay.recommendations] == ["加强反诈宣传进村入户", "完善涉诈资金快速止付机制"]


def test_incidence_words_are_shortcoming_cues():
    for text in ("交通事故多发", "诈骗案件高发", "受骗比例居高不下"):
        assert asp.challenge_strength(text) > 0, text
