"""oversight33: a finding and its demand in one line of a budget centre's or an audit's headline list (``一、A執行率
偏低，允宜檢討B``; ``…，亟待主管機關盤點…``): the finding a challenge, the demand a recommendation, whether the line
ends with a full stop or is a heading with none; Traditional and Simplified."""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import _need_demand, problem_then_demand

from costs import assert_linear


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


# oversight33 (2): an oversight body's failings listed in one sentence closed by its verdict (監察院 corrections:
# ``…未依規定通報、調查程序未盡公正；教育處督導不周，均有違失``): one challenge per failing, none a recommendation.

from summarizer.points import verdict_failings  # noqa: E402


def test_verdict_failings_traditional_list():
    s = "某國中知悉教師體罰學生,未依規定通報主管機關、調查程序未盡公正;縣教育處督導不周、與家長溝通不足,均有違失。"
    got = [s[a:b] for a, b in verdict_failings(s)]
    assert got == ["未依規定通報主管機關", "調查程序未盡公正", "縣教育處督導不周", "與家長溝通不足"]


def test_verdict_failings_simplified_after_reporting_verb():
    s = "审计署指出，部分县市社宅用地取得延宕、兴建进度落后、租金补贴核发迟缓，核有未当。"
    got = [s[a:b] for a, b in verdict_failings(s)]
    assert got == ["部分县市社宅用地取得延宕", "兴建进度落后", "租金补贴核发迟缓"]


def test_verdict_failings_needs_a_verdict_and_a_list():
    assert verdict_failings("会议认为，各项工作稳步推进、成效显著，均有目共睹。") == []
    assert verdict_failings("该署督办不足，显有未当。") == []  # (one failing: read as any sentence is)
    assert verdict_failings("应加强督导、完善通报机制，以利改善。") == []


def test_verdict_list_gives_challenges_not_recommendations():
    ch, rec = _points("監察院糾正案\n案由:某縣立國中未依規定通報主管機關、調查程序未盡公正,"
                      "且陳訴事項未予處理;縣政府教育處督導不周,皆有未當。")
    assert ch == ["某縣立國中未依規定通報主管機關", "調查程序未盡公正", "且陳訴事項未予處理", "縣政府教育處督導不周"]
    assert not rec


def test_verdict_failings_linear_on_a_long_line():
    s = "、".join(["某单位未依规定办理"] * 5000) + "，均有违失。"
    assert verdict_failings(s) == []  # (longer than FAULT_LIST_CHARS: a paragraph, not one finding's list)
    assert_linear(lambda n: verdict_failings("、".join(["某单位未依规定办理"] * n) + "，均有违失。"), 500,
                  "a long list before a fault verdict")


def test_demand_after_a_public_body_subject():
    s = "部分村庄垃圾清运不及时，乡镇政府应增加清运频次。"
    (a, b), (c, d) = problem_then_demand(s)
    assert (s[a:b], s[c:d]) == ("部分村庄垃圾清运不及时", "乡镇政府应增加清运频次")
    s = "偏鄉醫療站服務執行率偏低,衛生主管機關允宜檢討補助方式"
    (a, b), (c, d) = problem_then_demand(s)
    assert (s[a:b], s[c:d]) == ("偏鄉醫療站服務執行率偏低", "衛生主管機關允宜檢討補助方式")
    assert problem_then_demand("部分村庄垃圾清运不及时，乡镇政府的清运车辆老旧。") is None


def test_ombudsman_release_wait_and_room_for_improvement():
    # (an ombudsman's release: a wait with a degree adverb, and room for improvement with a quantity, are findings)
    ch, rec = _points("市民對專科門診需求殷切，病人的平均輪候時間極長。")
    assert ch == ["市民對專科門診需求殷切，病人的平均輪候時間極長"] and not rec
    ch, rec = _points("公署认同该局有作出努力，但门诊预约安排仍有不少改善空间。")
    assert any("仍有不少改善空间" in p for p in ch) and not rec


def test_still_awaits_and_room_to_raise_are_findings_before_a_demand():
    s = "二、列為已完工之公共托育中心逾半數仍待完成驗收,且社區據點使用率容有提升空間,允宜積極研謀改善"
    (a, b), (c, d) = problem_then_demand(s)
    assert s[a:b] == "列為已完工之公共托育中心逾半數仍待完成驗收,且社區據點使用率容有提升空間"
    assert s[c:d] == "允宜積極研謀改善"
    s = "部分县市资讯系统整合进度尚待改善，宜检讨改进。"
    (a, b), (c, d) = problem_then_demand(s)
    assert (s[a:b], s[c:d]) == ("部分县市资讯系统整合进度尚待改善", "宜检讨改进")
