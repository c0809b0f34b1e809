"""Precision by kind on the project's own corpus (issue 8): wrong points of a kind, each on texts written for these
tests."""

from aspect_helpers import points
from summarizer import aspects as asp


PROPOSAL_NOUN = (
    "当前部分委员提案存在的问题包括：一是内容空泛，缺乏调查研究；提案只罗列现象，不分析原因；"
    "建议只反映诉求和困难，不提出解决困难的具体办法；一味追求数量，建议和意见脱离实际。"
    "二是办理流于形式，答复敷衍。"
)


def test_proposal_noun_as_subject_names_a_problem():
    # 建议 as the subject noun (建议只…, 建议和意见…) proposes nothing: the clause is a shortcoming of proposals
    assert not asp.recommends_outright("建议只反映诉求和困难，不提出解决困难的具体办法")
    assert not asp.strong_modal("一味追求数量，建议和意见脱离实际")
    ch, rec = points(PROPOSAL_NOUN)
    assert rec == []
    assert "建议只反映诉求和困难，不提出解决困难的具体办法" in ch
    assert "一味追求数量，建议和意见脱离实际" in ch
    # 建议 the verb still opens a recommendation
    assert asp.recommends_outright("建议增加社区食堂的补贴")
    assert asp.recommends_outright("建议和物业公司共同制定管理公约")  # 建议 the verb, 和 its partner
    assert asp.strong_modal("建议和物业公司共同制定管理公约")
