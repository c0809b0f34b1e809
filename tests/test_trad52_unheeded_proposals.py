"""Challenges read as recommendations (issue 8, trad52): a sentence that tells of a proposal and then, after a turn
word, that it went unheeded (``有議員建議設立…，至今石沉大海``; ``審計署建議關閉…，惟署方置之不理``; ``希望政府設立援助金，
但政府不做``) is the author's complaint, a challenge; the measure asked for, which the gold counts as a recommendation,
stays one where the rules read it so. Each case on a small text of the test's own, Traditional and Simplified."""

from costs import assert_linear
from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.script import simplified_view


def _points(text: str) -> dict[str, list[str]]:
    doc = summarize_document(text)
    return {side: [p.text for e in doc.essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_unheeded_proposal_reads_the_turn_and_its_verdict():
    yes = ["居民多次要求增设路灯，可惜至今仍未落实",
           "有委员早已提议开放校园球场，至今石沉大海",
           "审计报告建议关闭空置的摊档，惟署方置之不理，亏损已增加至三千万元",
           simplified_view("街坊希望當局加建無障礙通道，但當局不做，令他們十分失望")]
    no = ["建议增设路灯，但至今没有回应，应尽快落实",  # (the author's demand follows: a measure is stated)
          "要加大投入，但资金仍未解决",  # (no proposal told: a measure, then an obstacle)
          "建议增设路灯，但要注意节能",  # (no verdict of its fate)
          "至今石沉大海，居民多次要求增设路灯",  # (the verdict opens no turn after the proposal)
          "路灯长期损坏，至今仍未解决"]  # (no proposal at all: a plain shortfall, read by the other rules)
    assert [asp.unheeded_proposal(s) for s in yes] == [True] * len(yes)
    assert [asp.unheeded_proposal(s) for s in no] == [False] * len(no)
    assert asp.sentence_aspect(yes[1]) == asp.CHALLENGE


def test_unheeded_proposal_is_a_challenge_in_traditional_prose():
    text = ("街市管理的問題與對策\n\n近年多個公眾街市長期虧損，租戶流失嚴重。審計報告早已建議署方關閉部分長期虧損的街市，"
            "惟署方置之不理。有議員亦曾提議引入私營管理，至今石沉大海。\n\n當局應盡快檢討街市的定位，並引入新的營運模式。\n")
    got = _points(text)
    assert any("置之不理" in c and "建議" in c for c in got["challenges"])
    assert any("石沉大海" in c and "提議" in c for c in got["challenges"])
    assert any(r.startswith("當局應盡快檢討") for r in got["recommendations"])  # (the author's own measure stays)


def test_unheeded_request_is_a_challenge_in_simplified_prose():
    text = ("社区路灯问题调查\n\n今年以来，多个小区的路灯长期损坏，居民夜间出行不便。居民多次向物业要求维修路灯，"
            "可惜至今仍未落实。\n\n建议街道督促物业尽快维修路灯，并建立定期巡查制度。\n")
    got = _points(text)
    assert "居民多次向物业要求维修路灯，可惜至今仍未落实" in got["challenges"]
    assert got["recommendations"] == ["建议街道督促物业尽快维修路灯，并建立定期巡查制度"]


def test_news_relayed_advice_that_went_unheeded_is_a_challenge():
    text = ("本報訊（記者陳明）審計署昨日發表報告。報告指出，多個街市的空置率偏高。審計署於兩份報告中重複指出街市的管理問題，"
            "並建議關閉部分長期虧損的熟食市場，惟署方置之不理，虧損金額已增至兩億元。報告又建議署方檢討租金政策。\n")
    got = _points(text)
    assert any(c.startswith("建議關閉") and "置之不理" in c for c in got["challenges"])
    assert any(r.startswith("署方檢討租金政策") for r in got["recommendations"])  # (advice relayed, not unheeded)


def test_unheeded_proposal_is_linear():
    assert_linear(lambda n: asp.unheeded_proposal("有委员建议开放球场，" * n + "至今石沉大海"), 200,
                  "unheeded_proposal over many clauses")
    assert_linear(lambda n: asp.unheeded_proposal("建议" + "开放球场，" * n + "至今石沉大海，亏损增加"), 200,
                  "unheeded_proposal, the verdict last")
