"""A news report's interviewed expert is no official speaker (aspects.interviewed_expert, k164168, Part 168), on texts of
the tests' own."""

from summarizer import aspects
from summarizer.pipeline import summarize_document


def test_interviewed_expert_is_an_expert_alone():
    assert aspects.interviewed_expert("受访专家")
    assert aspects.interviewed_expert("有学者")
    assert not aspects.interviewed_expert("政府专家组发言人")  # (a spokesman speaks for the authorities)
    assert not aspects.interviewed_expert("局长")
    assert not aspects.official_speaker("受访专家")
    assert aspects.official_speaker("教育局发言人")


def test_expert_verdict_in_news_gives_its_problem_and_demand():
    text = ("今年市人代会上,多位代表关注社区养老。受访学者指出,社区养老服务站点建设进展明显,但仍处于探索阶段,护理人员流失"
            "较多,须进一步完善护理人员培养机制。\n")
    essays = summarize_document(text).essays
    assert any("护理人员流失较多" in p.text for e in essays for p in e.challenges)
    assert any("完善护理人员培养机制" in p.text for e in essays for p in e.recommendations)
