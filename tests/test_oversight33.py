"""oversight33: a finding and its demand in one line of a budget centre's or an audit's headline list (``一、A執行率
偏低，允宜檢討B``; ``…，亟待主管機關盤點…``): the finding a challenge, the demand a recommendation, whether the line
ends with a full stop or is a heading with none; Traditional and Simplified."""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import _need_demand, problem_then_demand


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_yunyi_is_a_modal_of_duty():
    assert asp.modal_strength("允宜檢討補助方式並強化資訊揭露") == 1
    assert asp.modal_strength("亟宜研谋改善对策") == 1
    assert asp.modal_strength("允许商户延长营业时间") == 0


def test_finding_then_yunyi_demand_split_in_a_sentence():
    s = "部分县市公车补助执行率偏低，且营运资料未公开，允宜检讨补助方式。"
    (a, b), (c, d) = problem_then_demand(s)
    assert s[a:b] == "部分县市公车补助执行率偏低，且营运资料未公开"
    assert s[c:d] == "允宜检讨补助方式"


def test_need_asked_of_a_public_body_is_a_demand():
    assert _need_demand("亟待衛生主管機關盤點需求並優先布建")
    assert _need_demand("亟待政府正视并预为因应")
    assert not _need_demand("需要政府的大力支持")  # (a need stated, 的 after the body)
    assert not _need_demand("亟待解决的问题")


def test_headline_list_items_split_traditional():
    ch, rec = _points("一一三年度預算評估報告\n"
                      "一、偏遠地區醫療站巡迴服務執行率偏低,且服務紀錄未公開,允宜檢討補助方式並強化資訊揭露\n"
                      "二、托育據點分布不均,部分鄉鎮仍無公共托嬰中心,亟待主管機關盤點需求並優先布建\n")
    assert "偏遠地區醫療站巡迴服務執行率偏低,且服務紀錄未公開" in ch
    assert "允宜檢討補助方式並強化資訊揭露" in rec
    assert "托育據點分布不均,部分鄉鎮仍無公共托嬰中心" in ch
    assert "亟待主管機關盤點需求並優先布建" in rec
    assert not any("執行率偏低" in p for p in rec)


def test_headline_list_items_split_simplified():
    ch, rec = _points("审计报告要点\n"
                      "一、部分学校营养午餐补助核发延迟，且账目不清，允宜研谋改善\n"
                      "二、校舍耐震补强进度落后，亟宜加速办理\n")
    assert "部分学校营养午餐补助核发延迟，且账目不清" in ch
    assert "允宜研谋改善" in rec
    assert "亟宜加速办理" in rec
