"""Traditional-Chinese news and letters (issue 8): reporting verbs, quoted speech, demands to the authorities, the
complaint vocabulary of news. Every input here is written for the test (not copied from a corpus document); the
rules read the Simplified view (:func:`summarizer.script.simplified_view`), so inputs are given in Traditional
characters and converted as the pipeline converts them."""

from summarizer import aspects as asp
from summarizer.script import simplified_view

from tests.aspect_helpers import points


def _v(text: str) -> str:
    return simplified_view(text)


# --- reporting verbs: the reported words are read as prose ---------------------------------------------------------

def test_attributed_complaint_is_a_challenge():
    s = _v("街坊代表王太表示，屋邨的升降機經常故障，維修工作一再拖延。")
    assert asp.news_aspect(s) == (True, asp.CHALLENGE)
    assert asp.prose_aspect(s) == asp.CHALLENGE


def test_attributed_words_in_quotation_marks():
    s = _v("居民協會主席李先生說：「小巴班次追不上乘客需求，長者出入十分不便。」")
    assert asp.news_aspect(s) == (True, asp.CHALLENGE)


def test_continued_attribution_with_you_zhi():
    # 她又指，… : a one-character reporting verb counts before a comma
    s = _v("她又指，網上申請系統對長者並不友善，不少人得不到協助。")
    assert asp.news_aspect(s) == (True, asp.CHALLENGE)


def test_attributed_recommendation_with_a_modal():
    s = _v("團體幹事陳先生認為，政府應設立專責小組跟進投訴。")
    assert asp.prose_aspect(s) == asp.RECOMMENDATION


def test_criticism_verb_makes_the_reported_words_a_challenge():
    # no deficiency word at all: 批評 itself judges what follows as wrong
    s = _v("工會批評僱主把工人的假期改為無薪。")
    assert asp.news_aspect(s) == (True, asp.CHALLENGE)
    # …and a clause that opens with 批評 after a comma, with no speaker of its own
    s2 = _v("多個團體今日發表聯合聲明，批評新收費把低收入家庭排除在外。")
    assert asp.news_aspect(s2) == (True, asp.CHALLENGE)


def test_the_authorities_reply_is_neither():
    for text in ("運輸署發言人回應時表示，當局一直密切留意班次的情況。",
                 "房屋局回應指，政府會適時檢討計劃的成效。",
                 "政府表示，所有部門均須節省開支，服務亦不例外。"):
        framed, aspect = asp.news_aspect(_v(text))
        assert framed and aspect is None, text
        assert asp.prose_aspect(_v(text)) is None, text


def test_an_other_voice_the_author_reports_is_neither():
    s = _v("有人認為，這些長者根本不應再從事拾荒工作，政府應加強支援。")
    assert asp.news_aspect(s) == (True, None)


def test_idioms_with_shuo_are_not_attributions():
    # 換句話說 / 一般來說 continue the author's own argument: no speaker is reported
    assert asp.news_aspect(_v("換句話說，政府要協助市民自力更生。")) == (False, None)
    assert asp.news_aspect(_v("一般來說，小型企業的融資渠道較少。")) == (False, None)


def test_words_that_merely_contain_zhi_are_no_frame():
    assert asp.news_aspect(_v("這一指標在去年已經下降。")) == (False, None)


# --- demands made to an authority ----------------------------------------------------------------------------------

def test_demand_to_the_government_is_a_recommendation():
    s = _v("關注組要求政府暫停加價，並成立獨立委員會檢討收費機制。")
    assert asp.news_demand(s)
    assert asp.prose_aspect(s) == asp.RECOMMENDATION


def test_request_to_a_named_department():
    s = _v("本人亦希望渠務署盡快清理區內的淤塞渠道。")
    assert asp.news_demand(s)
    assert asp.prose_aspect(s) == asp.RECOMMENDATION


def test_a_place_word_is_no_addressee():
    # 兩處 ends in 處 but names places, not an office: no demand to an authority
    assert not asp.news_demand(_v("本會亦建議了兩處可供發展的位置，作補足之用。"))


def test_an_official_speaker_making_a_demand_is_not_a_news_demand():
    assert not asp.news_demand(_v("局長要求政府部門加快審批工作。"))


# --- complaint vocabulary of news (read through the Simplified view) ----------------------------------------------

def test_news_complaint_words_state_a_challenge():
    for text in ("相關部門互相推卸責任。", "居民的訴求一直被拖延。", "長者往返診所十分不便。", "業主濫收水電費。"):
        assert asp.prose_aspect(_v(text)) == asp.CHALLENGE, text


# --- a whole small news report through the pipeline ----------------------------------------------------------------

NEWS = """---
title: "屋邨升降機經常故障　居民促請房署加快更換"
date: "2026-11-30"
---

# 屋邨升降機經常故障　居民促請房署加快更換

屋邨居民協會今日召開記者會，批評房屋署多年來未有更換殘舊的升降機，居民出入十分不便。

協會主席黃先生表示：「升降機一個月壞三次，維修工作一再拖延，長者被困家中。」

協會要求房屋署在明年內完成更換全部升降機，並在維修期間安排義工協助長者上落。

房屋署發言人回應時表示，署方一直按既定程序進行保養。
"""


def test_small_news_report_points():
    challenges, recommendations = points(NEWS)
    assert any("未有更換殘舊的升降機" in c for c in challenges), challenges
    assert any("維修工作一再拖延" in c for c in challenges), challenges
    assert any("完成更換全部升降機" in r for r in recommendations), recommendations
    # the headline is never a point, and the department's reply is neither aspect
    assert not any("按既定程序" in p for p in challenges + recommendations)
    assert not any(p.startswith("屋邨升降機經常故障") for p in challenges + recommendations)


def test_point_of_a_quoted_sentence_is_the_quoted_words():
    challenges, _ = points(NEWS)
    quoted = next(c for c in challenges if "一再拖延" in c)
    # the speaker, the verb of saying and the quotation marks are no part of the point
    assert quoted == "升降機一個月壞三次，維修工作一再拖延，長者被困家中"


def test_news_said_start_offsets():
    s = _v("協會主席黃先生表示：「升降機經常故障，維修一再拖延。」")
    k = asp.news_said_start(s)
    assert s[k:].startswith("升降机经常故障")
    assert asp.news_said_start(_v("房屋署發言人表示，署方一直按程序保養。")) == 0  # the reply: no point
    assert asp.news_said_start(_v("維修工作一再拖延。")) == 0  # no frame


def test_trim_drops_an_unbalanced_closing_quote_only():
    from summarizer.points import _trim
    t = "維修工作一再拖延。」"
    assert t[slice(*_trim(t, 0, len(t)))] == "維修工作一再拖延"
    t2 = "所謂「先導計劃」"
    assert t2[slice(*_trim(t2, 0, len(t2)))] == "所謂「先導計劃」"  # balanced: kept


def test_how_a_survey_was_made_is_neither():
    # a news report's survey paragraph is background, even when it names a problem word
    assert asp.states_neither(_v("調查於今年五月訪問了二百名租戶，當中三成表示曾因加租問題搬遷"))
    assert asp.states_neither(_v("研究團隊共訪問了120戶家庭，了解他們的開支問題"))
    # …but a finding that states a problem on its own is not this kind
    assert not asp.states_neither(_v("不少租戶因加租被迫搬遷，生活壓力沉重"))


def test_a_document_as_speaker_or_a_narrated_saying_is_no_frame_with_content():
    # an article or commentary that said something is a reported source, and 指出了… narrates what was said
    assert asp.news_aspect(_v("評論文章指出，園區配套缺乏統一規劃。")) == (True, None)
    assert asp.news_aspect(_v("居民代表指出了園區配套的種種不足。")) == (False, None)


def test_a_third_party_wish_is_no_news_demand():
    # 他希望政府… reports another person's wish (as the author's own appeal rule reads it)
    assert not asp.news_demand(_v("他希望政府盡快公布方案。"))
