"""Post subheads that state a problem without a problem word of their own (Part 77's kinds, w77b): a subject before a
shortfall word that is also a section noun (``客源不足与收支失衡``), and a verb-like noun before a decline verb
(``补贴退坡冲击``)."""

from costs import assert_linear
from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize_document


def test_subject_before_shortfall_word_states_the_point():
    assert points.section_states_point("一、场地不足与人手失衡")
    assert points.section_states_point("资金投入不足")
    # a section's name: the shortfall word after a name's link, or before a measure noun
    assert not points.section_states_point("存在的不足")
    assert not points.section_states_point("问题与不足")
    assert not points.section_states_point("主要不足")
    assert not points.section_states_point("动力不足及对策")


def test_verb_like_noun_before_decline_is_a_shortfall():
    assert asp.declining_subject("三、补贴退坡压力")
    assert asp.item_vote("补贴退坡压力") == asp.CHALLENGE
    assert not asp.starts_imperative("补贴减少")
    assert asp.item_vote("加强补贴") == asp.RECOMMENDATION


def test_post_subheads_become_challenges():
    text = ("这两年乡镇书店接连歇业。\n\n一、读者不足与租金失衡\n\n很多书店一天进不了十个人,营业额连房租都付不起。\n\n"
            "二、补助退坡压力\n\n扶持补助一年比一年少,店主只能减少进货。\n")
    res = summarize_document(text)
    ch = [p.text for e in res.essays for p in e.challenges]
    rec = [p.text for e in res.essays for p in e.recommendations]
    assert "读者不足与租金失衡" in ch
    assert "补助退坡压力" in ch
    assert not any("补助退坡" in p for p in rec)


def test_heading_readers_stay_linear():
    assert_linear(lambda n: points.section_states_point("甲" * n + "不足与乙失衡"), 2000, "subject shortfall head")
    assert_linear(lambda n: asp.declining_subject("补助退坡" + "甲" * n), 2000, "declining subject")
