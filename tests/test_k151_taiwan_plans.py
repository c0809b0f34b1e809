"""k151 (Part 151): a Taiwan official's plan verbs (研議, 擬) read as recommendations. Texts written for these tests."""

from summarizer.pipeline import summarize_document
from summarizer.points import studied_plan_clauses
from summarizer.script import simplified_view


def _spans(sentence):
    view = simplified_view(sentence)
    return [view[a:b] for a, b in studied_plan_clauses(view)]


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_studied_plan_verb_opens_a_measure():
    assert _spans("衛生局則研議放寬夜間門診的補助門檻,下一步擬增設兩處社區藥局。") == [
        "研议放宽夜间门诊的补助门槛", "拟增设两处社区药局"]
    # after a 、 inside a clause, and with a means before the act
    assert _spans("除擴大試辦範圍外,也將調整票價、研議山區路線改採預約制。") == ["研议山区路线改采预约制"]
    assert _spans("針對離島居民,研議以現有漁船接駁、定點停靠模式,提高就醫便利性。") == [
        "研议以现有渔船接驳、定点停靠模式"]


def test_studied_verb_as_noun_stage_or_premise_is_no_plan():
    assert _spans("該研議立意良善,惟配套不足。") == []
    assert _spans("研議補助民宿改建立意良善,惟成效欠佳,允宜檢討。") == []
    assert _spans("經研議後決定調整收費。") == []
    assert _spans("此案仍在研議中,尚未定案。") == []
    assert _spans("鑑於政府擬修訂相關條例,本會已提出意見。") == []
    assert _spans("以電腦模擬調整後的結果。") == []


def test_official_plan_with_studied_verb_is_a_recommendation():
    ch, rec = _points("記者訪問環保局,談河川污染長年未改善的問題。環保局長表示,將研議提高工廠排放的罰鍰上限;"
                      "也將擴大夜間稽查的範圍。水利處則研議整治下游排水溝渠,下一步擬增設水質監測站。\n")
    assert any("提高工厂排放的罚锾上限" in p or "提高工廠排放的罰鍰上限" in p for p in rec)
    assert any("整治下游排水溝渠" in p for p in rec)
    assert any("增設水質監測站" in p for p in rec)
    assert not any("整治下游排水溝渠" in p for p in ch)


def test_a_plan_studied_for_years_is_a_delay_not_a_plan():
    # (check57: 研議 with how long it has been studied, or the plan judged still not done, states a delay)
    assert _spans("交通部研議多年的客運補貼條例至今仍未送交立法院。") == []
    assert _spans("此一方案已研議已久,遲遲未能定案。") == []
    assert _spans("文化局研議至今仍未提出具體時程。") == []
    # the plan itself still reads
    assert _spans("交通部研議調整客運補貼的計算方式。") == ["研议调整客运补贴的计算方式"]
