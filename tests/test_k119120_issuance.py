"""k119120: in the news of a document's issue (``某局印发通知，部署…``) the document's requirements (``通知提出，要…``)
are the report's content, as a meeting report's ``会议要求，…`` is; elsewhere such a sentence is a quoted directive."""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _recs(text):
    return [p.text for e in summarize_document(text).essays for p in e.recommendations]


def test_reports_issuance_reads_issuing_verb_and_document_kind():
    assert asp.reports_issuance(["日前,县教育局下发《关于做好校园食堂管理的实施方案》,明确了分工。"])
    assert asp.reports_issuance(["省林业厅聯合發布通知,部署防火工作。"])  # (Traditional: read in the Simplified view)
    assert not asp.reports_issuance(["我们要认真学习文件精神,把工作做细。"])


def test_document_said_end_is_past_the_speaking_clause():
    assert asp.document_said_end("方案还要求,各校要配齐食品安全管理员。") == 6
    assert asp.document_said_end("该通知明确:严禁使用过期原料。") == 6
    assert asp.document_said_end("专家提出,要加强管理。") == 0


def test_issued_notice_first_requirement_kept():
    text = ("日前,县教育局下发通知,部署春季校园食品安全检查。通知要求,要全面排查学校食堂的进货台账,"
            "督促学校落实陪餐制度,加大对校外供餐单位的抽检力度。同时,要开展食品安全知识进课堂活动。\n")
    recs = _recs(text)
    assert any("全面排查学校食堂的进货台账" in p for p in recs)
    assert not any(p.startswith("通知要求") for p in recs)


def test_quoted_directive_in_essay_still_reported():
    # no issuance narrated: the document's words are quoted by the author, not the essay's own measure
    text = ("基层治理千头万绪。通知提出,要全面排查学校食堂的进货台账,督促学校落实陪餐制度。"
            "笔者认为,关键在于把责任落到人头上。\n")
    assert not any("进货台账" in p for p in _recs(text))
