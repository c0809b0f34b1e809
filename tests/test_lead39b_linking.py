"""A measure opened by 同时 with no comma (``同时加大…投入``) is a recommendation as ``同时，加大…`` is: 同时 is read past
like the adverbs before an imperative verb (aspects._ADVERBS; a new user's tryout, thirty-first session)."""

import summarizer
from summarizer.aspects import starts_imperative


def test_tongshi_without_comma_opens_an_imperative():
    assert starts_imperative("同时加大农村养老设施投入")
    assert starts_imperative("同时，加大农村养老设施投入")
    assert not starts_imperative("同时存在人员不足的问题")


def test_measure_after_tongshi_is_a_recommendation():
    text = "论农村养老\n\n当前农村养老设施不足，护理人员短缺。要加强护理人员培训。同时加大农村养老设施投入。"
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == ["要加强护理人员培训", "加大农村养老设施投入"]
    assert [p.text for p in essay.challenges] == ["当前农村养老设施不足，护理人员短缺"]
