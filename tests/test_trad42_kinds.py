"""Kinds of Traditional-script (Hong Kong, Macau, Taiwan) writing fixed by trad42, each on a small text of the test's
own: the adverbs of timing and degree that stand between a modal and its verb (``應適時增開…``, ``宜確實執行…``),
Taiwan's word for a shortage of workers (``缺工``) and the headings of a Taiwan review's faults and measures
(``待改進事項``, ``策進作為``, ``精進作為``). The cue lexicon is Simplified; these texts are read in its view."""

import pytest

from costs import assert_linear
from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    doc = summarize_document(text)
    return {side: [p.text for e in doc.essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


@pytest.mark.parametrize("adverb", ["適時", "即時", "適度", "確實", "徹底", "妥為", "適切", "全力", "早日", "廣泛", "彈性"])
def test_timing_and_degree_adverb_between_modal_and_verb(adverb):
    text = f"假日期間巴士站上車難的問題持續，影響旅客體驗。巴士公司應{adverb}增開班次，並延長服務時間。"
    pts = _points(text)
    assert pts["recommendations"] == [f"巴士公司應{adverb}增開班次，並延長服務時間"]
    assert pts["challenges"] == ["假日期間巴士站上車難的問題持續，影響旅客體驗"]
    assert _points(f"近年物價上漲，基層家庭負擔加重。當局宜{adverb}檢討綜援金額。")["recommendations"] == [
        f"當局宜{adverb}檢討綜援金額"]


def test_adverb_without_a_modal_prescribes_nothing():
    # 確實 as "indeed" in a statement of what was done: no modal before it, no measure
    pts = _points("近年物價上漲，基層家庭負擔加重。政府確實加強了監管，但成效有限。")
    assert pts["recommendations"] == []
    assert asp._modal_actions("这些问题确实存在") == []
    assert asp._modal_actions("巴士公司应适时增开班次") == ["应"]


def test_shortage_of_workers_is_a_shortcoming():
    assert asp.has_cue("农村普遍缺工", "challenge_predicate")
    # not a prose_challenge word: in a long argument it is mostly a topic noun (面對產業高喊的缺工危機, 缺工本身就是…)
    assert not asp.has_cue("农村普遍缺工", "prose_challenge")
    pts = _points("台灣農村近年人口外流，留在農村的多是長者。每逢收成時節，果園普遍缺工，農民只能高價聘請臨時工。"
                  "政府應擴大農業移工試辦計畫。\n")
    assert pts["challenges"] == ["每逢收成時節，果園普遍缺工，農民只能高價聘請臨時工"]
    assert pts["recommendations"] == ["政府應擴大農業移工試辦計畫"]


def test_review_headings_of_faults_and_measures():
    assert asp.heading_aspect("一、待改进事项") == "challenge"
    assert asp.heading_aspect("二、策进作为") == "recommendation"
    assert asp.heading_aspect("检讨与策进") == "recommendation"
    assert asp.heading_aspect("作为") is None  # (作为 alone is the verb "as")
    body = "本署於上年度辦理轄區道路養護業務查核，相關情形說明如下。\n"
    items = ("（一）部分路段坑洞修補逾期完成。\n（二）巡查紀錄填寫不完整。\n", "（一）訂定修補時限並列管追蹤。\n（二）辦理巡查人員教育訓練。\n")
    for faults, measures in (("待改進事項", "策進作為"), ("問題分析", "精進作為")):
        pts = _points(f"{body}一、{faults}\n{items[0]}二、{measures}\n{items[1]}")
        assert pts["challenges"] == ["部分路段坑洞修補逾期完成", "巡查紀錄填寫不完整"]
        assert pts["recommendations"] == ["訂定修補時限並列管追蹤", "辦理巡查人員教育訓練"]


def test_adverb_reading_stays_linear():
    assert_linear(lambda n: asp._modal_actions("应适时" * n), 2_000, "modal adverb run")
    assert_linear(lambda n: asp._modal_actions("应" + "适" * n), 20_000, "modal long run")
