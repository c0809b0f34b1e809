"""learnon27: the learned sentence model on by default, safely: the guards every challenge point passes (the rules'
and the model's), the model's cost (featurize and score only the sentences it reads), and the switch.

Inputs are small texts written for these tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from summarizer import points as P


# ---------------------------------------------------------------------------------- announcements (only_announces)

@pytest.mark.parametrize("point", [
    "目前城市社区的治理工具仍存在一些短板",          # a long subject, 仍, a vague quantity
    "我国在乡村教育领域仍面临巨大挑战",              # a word of size instead of a quantity
    "本市水务管理仍面临严峻的挑战",
    "然而，随着人口加速流动，我市公共服务仍面临严峻挑战",  # an opener and a framing clause
    "该项目还存在一些缺陷与不足",                    # more bare nouns
])
def test_only_announces_widened(point):
    assert P.only_announces(point)


@pytest.mark.parametrize("point", [
    "社区养老存在短板",                              # no quantity: names its domain, a point
    "与上级要求还有很大差距",                          # a gap of a size: a statement
    "国内疫情也存在反弹的风险",                        # the noun has content of its own
    "仍存在资金不足的问题",
    "由于资金匮乏，农村学校仍面临严峻挑战",            # 由于 opens a cause, not a frame: a point
])
def test_only_announces_negative(point):
    assert not P.only_announces(point)


# ---------------------------------------------------------------------------------- a test framed (frames_as_test)

def test_frames_as_test():
    assert P.frames_as_test("这场洪灾，是对城市应急体系和处置能力的一次大考")
    assert P.frames_as_test("持续干旱是对农田水利设施的严峻考验")
    assert not P.frames_as_test("人口老龄化是对养老体系的严峻挑战")     # names a problem (aging) as a challenge
    assert not P.frames_as_test("这次检验发现了不少隐患")


def test_fails_challenge_guards_reads_every_guard():
    text = "这场洪灾，是对城市应急体系和处置能力的一次大考。还存在不少困难和问题。供水管网老化严重。"
    a = text.index("这场")
    b = text.index("。")
    assert P.fails_challenge_guards(text, a, b)
    a = text.index("还存在")
    assert P.fails_challenge_guards(text, a, text.index("。", a))
    a = text.index("供水")
    assert not P.fails_challenge_guards(text, a, text.index("。", a))


# ---------------------------------------------------------------------------------- praise of results (praises_result)

def test_praises_result():
    from summarizer.sentences import split_sentences
    text = "我市于三月启动应急响应，各项措施切实有力，防控工作卓有成效。部分社区物资储备不足，工作卓有成效的经验未推广。"
    sents = split_sentences(text)
    assert P.praises_result(text, sents, 0)
    assert not P.praises_result(text, sents, text.index("部分"))   # states a shortcoming too


# ---------------------------------------------------------------------------------- cost: read only what is needed

def _essay(text):
    from summarizer import pipeline
    from summarizer.points import _layout
    ed = next(iter(pipeline.analyze(text)))
    return ed, _layout(ed.structure, ed.sentences, ed.roles)


def test_essay_features_are_sentence_features_and_lazy():
    from summarizer import aspect_model as am
    text = "一、存在的问题\n（一）供水管网老化严重。\n部分居民反映水压不足。\n二、对策建议\n（一）加快改造老旧管网。\n我们要加强巡查。"
    ed, layout = _essay(text)
    rules = {"challenge": [], "recommendation": []}
    ef = am.EssayFeatures(ed.structure, ed.sentences, layout, rules)
    assert not ef._done  # nothing read yet
    first = ef[1]
    assert list(ef._done) == [1]
    assert first == am.sentence_features(ed.structure, ed.sentences, layout, rules)[1]
    assert list(ef) == am.sentence_features(ed.structure, ed.sentences, layout, rules)


def test_essay_probabilities_equal_probabilities():
    import numpy as np
    from summarizer import aspect_model as am
    text = "我市于三月启动应急响应。部分社区物资储备不足。部分社区物资储备不足。应当建立储备仓库。"
    ed, layout = _essay(text)
    m = am.load()
    ef = m.essay_features(ed.structure, ed.sentences, layout, {"challenge": [], "recommendation": []})
    idx = list(range(len(ed.sentences)))
    am.document_sums.cache_clear()  # (perf54: the sums are kept on the model for the document, not on the essay)
    np.testing.assert_allclose(m.essay_probabilities(ef, idx), m.probabilities(list(ef)), atol=1e-12)
    # a repeated sentence text is summed once (kept per distinct text and feature families)
    by_text, _ = m._sums
    assert len(by_text) == len({(ef.families, ef.body(i)) for i in idx}) == 3


def test_model_reads_only_free_sentences_and_point_sentences():
    """Count, not time: the model featurizes the free sentences and those holding a rule's point (the veto);
    a section heading that holds no point is not read."""
    from summarizer import aspect_model as am, summarize, SummarizeOptions
    seen, sizes, texts = [], [], []
    orig = am.EssayFeatures.text_reading  # (speed28: what essay_probabilities reads of a sentence's text)

    def spy(self, i):
        seen.append(i)
        sizes.append(len(self.sentences))
        texts.append(self.sentences[i].text)
        return orig(self, i)
    am.EssayFeatures.text_reading = spy
    try:
        body = "".join(f"（{k}）第{k}项措施要加快落实。" for k in range(1, 41))
        summarize("城市供水面临新情况。居民用水需求持续增长。\n一、对策建议\n" + body,
                  options=SummarizeOptions(aspect_model=True, sentence_selector=False))
    finally:  # (rank43: the linear model alone; the sentence selector reads every sentence by design)
        am.EssayFeatures.text_reading = orig
    assert len(set(seen)) < sizes[0]
    assert not any("对策建议" in t for t in texts)


# ---------------------------------------------------------------------------------- a short note: the rules' points stand

def test_shipped_model_leaves_a_short_notes_points_to_the_rules():
    """An essay under MIN_ESSAY_CHARS characters: the shipped model neither vetoes nor adds (its points are the
    rules'), whatever its probabilities; a built model (min_chars 0) still acts there."""
    from summarizer import aspect_model as am, summarize, SummarizeOptions
    m = am.load()
    assert m.min_chars == am.MIN_ESSAY_CHARS == 250
    text = "社区卫生服务站反映：\n一、存在的问题\n夜间无人值守。\n二、建议\n增设夜间门诊。\n延长药房开放时间。"
    assert len(text) < am.MIN_ESSAY_CHARS

    def pts(on):
        doc = summarize(text, options=SummarizeOptions(aspect_model=on))
        return ([("challenge", p.text) for e in doc.essays for p in e.challenges]
                + [("recommendation", p.text) for e in doc.essays for p in e.recommendations])
    assert pts(True) == pts(False)
    assert ("recommendation", "增设夜间门诊") in pts(True)
    built = am.AspectModel.from_dict(m.to_dict())
    assert built.min_chars == 250  # (to_dict carries it)
    built.min_chars = 0
    assert am.AspectModel.from_dict(built.to_dict()).min_chars == 0
