"""A proposal paragraph (k156, Part 156's kind 2): after a lead and its colon (``为此，笔者建议：``) the writer goes on with
bare measure sentences that hold no modal and no list marker; each is a recommendation, up to the paragraph's end or
the first sentence that is no measure. Texts written for these tests."""


from summarizer.pipeline import summarize_document
from summarizer.points import proposal_continuation
from costs import assert_linear


def _recs(text):
    return [p.text for e in summarize_document(text).essays for p in e.recommendations]


def test_sentences_after_the_lead_are_measures():
    text = ("近年来我区老旧小区加装电梯进展缓慢，不少老人上下楼困难。\n"
            "为此，笔者建议：由街道牵头，统一组织老旧小区电梯加装的意见征集。在每个小区设立加装电梯协调员，"
            "在社区服务中心公布办理流程。将加装电梯工作纳入街道年度考核。\n"
            "去年全区共加装电梯12部。\n")
    recs = _recs(text)
    assert any("设立加装电梯协调员" in p for p in recs)
    assert any("纳入街道年度考核" in p for p in recs)
    assert not any("共加装电梯12部" in p for p in recs)  # (the next paragraph: no part of the proposal)


def test_the_run_stops_at_a_sentence_that_is_no_measure():
    text = ("笔者建议：对全镇桥梁开展一次安全检查。在危桥两端设置限载标志。这些桥梁大多建于上世纪七十年代。"
            "加固桥墩需要大量资金。\n")
    recs = _recs(text)
    assert any("设置限载标志" in p for p in recs)
    assert not any("建于上世纪七十年代" in p for p in recs)
    assert not any("加固桥墩需要大量资金" in p for p in recs)


def test_proposal_continuation():
    assert proposal_continuation("在危桥两端设置限载标志。")
    assert proposal_continuation("将桥梁安全纳入乡镇年度考核。")
    assert not proposal_continuation("去年已在危桥两端设置了限载标志。")  # work done
    assert not proposal_continuation("这些桥梁大多建于上世纪七十年代。")
    assert not proposal_continuation("能否在危桥两端设置限载标志？")


def test_linear_time():
    assert_linear(lambda n: summarize_document("笔者建议：" + "治" * n + "。"), 10_000, "one long sentence")
    assert_linear(lambda n: summarize_document("笔者建议：对桥梁开展检查。" + "在桥头设置标志。" * n), 500,
                  "many action sentences")
    assert_linear(lambda n: summarize_document("好。" * n), 1_000, "tiny sentences")
