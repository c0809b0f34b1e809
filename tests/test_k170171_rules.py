"""Rules of helper k170171 (Parts 170 and 171: Hong Kong and Taiwan infrastructure, enterprises and SOEs), each on a
text of the test's own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as P
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# --- a quoted list of problems closed by 等问题 (points.problem_noun_tail, points.straddles_quote_seam) ---------------

def test_problem_noun_tail():
    assert P.problem_noun_tail("等问题和不足。")
    assert P.problem_noun_tail("等突出问题;")
    assert P.problem_noun_tail("等方面的短板")
    assert not P.problem_noun_tail("问题")  # (no 等: the quotations may name anything)
    assert not P.problem_noun_tail("等问题,要求限期整改到位。")  # (the sentence goes on)
    assert not P.problem_noun_tail("等经验做法")


def test_quoted_list_closed_by_problem_nouns():
    s = "审计发现该局存在“预算编制不细,执行进度偏慢”“资产登记不全,账实不符”“采购程序不规范,验收流于形式”等问题。"
    assert [s[a:b] for a, b in P.quoted_list_items(s)] == [
        "预算编制不细,执行进度偏慢", "资产登记不全,账实不符", "采购程序不规范,验收流于形式"]


def test_straddles_quote_seam():
    assert P.straddles_quote_seam("执行进度偏慢”“资产登记不全")
    assert P.straddles_quote_seam("账实不符」「采购程序不规范")
    assert not P.straddles_quote_seam("“预算编制不细”“资产登记不全”")  # (a run of whole quotations)
    assert not P.straddles_quote_seam("资产登记不全,账实不符")


def test_quoted_problems_one_point_each():
    ch, _ = _points("5月8日,市委第三巡察组向市水务集团党委反馈巡察情况。\n巡察组指出,水务集团党委抓改革发展有成效,但也存在"
                    "“预算编制不细,执行进度偏慢”“资产登记不全,账实不符”“采购程序不规范,验收流于形式”等问题。\n")
    assert any("预算编制不细" in p and "执行进度偏慢" in p for p in ch)
    assert any("资产登记不全" in p and "账实不符" in p for p in ch)
    assert not any("”“" in p for p in ch)


def test_quoted_seam_linear():
    assert_linear(lambda n: P.straddles_quote_seam("甲" * n + "”“" + "乙" * n), 2000)
    assert_linear(lambda n: P.problem_noun_tail("等" * n + "问题"), 2000)


# --- a prospectus's risk-factor headings (aspects.risk_factor_heading) --------------------------------------------------

def test_risk_factor_heading():
    assert asp.risk_factor_heading("原材料价格波动的风险")
    assert asp.risk_factor_heading("核心技术人员流失的風險")
    assert not asp.risk_factor_heading("存在的风险")
    assert not asp.risk_factor_heading("防范汇率波动的风险")  # (a measure against a risk)
    assert not asp.risk_factor_heading("企业发展中的主要的风险")  # (a second 的: a topic's analysis)
    assert not asp.risk_factor_heading("原材料价格波动的风险较大,公司将加强采购管理")


def test_risk_factor_headings_are_challenges():
    ch, rec = _points("四、风险因素\n(一)原材料价格波动的风险\n公司主要原材料为铜材和铝材,占生产成本的比重较高。如果原材料价格大幅"
                      "上涨,公司将面临毛利率下降的风险。\n(二)应收账款余额较大的风险\n报告期各期末,公司应收账款余额较大。如果客户"
                      "付款能力下降,公司将面临坏账损失增加的风险。\n")
    assert any("原材料价格波动的风险" in p for p in ch)
    assert any("应收账款余额较大的风险" in p for p in ch)
    assert not any("风险" in p for p in rec)


def test_receivables_hold_no_modal():
    assert not asp.modal_over_shortcomings("应收账款回收的风险")


# --- objections cited as the grounds of a decision (points.cited_objection_spans) ---------------------------------------

_CITED = ("署长表示,有关意见认为新制度的申报手续繁复;不少小型商户未能及时安装电子磅;收集商的车队配置仍未到位等。")


def test_cited_objection_spans():
    spans = P.cited_objection_spans(_CITED, "为此,当局决定延后实施新制度。")
    assert [_CITED[a:b] for a, b in spans] == ["新制度的申报手续繁复", "不少小型商户未能及时安装电子磅", "收集商的车队配置仍未到位"]
    assert P.cited_objection_spans(_CITED, "当局会继续听取各方意见。") == []  # (no decision taken on them: another voice)
    assert P.cited_objection_spans("署长表示,有关意见认为新制度的申报手续繁复,应予简化。", "为此,当局决定延后实施。") == []


def test_cited_objections_are_challenges():
    ch, _ = _points("环境局局长10日表示,当局将押后推行都市固体废物收费。\n" + _CITED + "为此,当局决定延后实施新制度,先加强宣传。\n")
    for item in ("申报手续繁复", "未能及时安装电子磅", "车队配置仍未到位"):
        assert any(item in p for p in ch), item


def test_cited_objections_linear():
    assert_linear(lambda n: P.cited_objection_spans("有关意见认为" + "手续繁复;" * n + "等。", "为此,决定延后。"), 500)
    assert_linear(lambda n: P.cited_objection_spans("有关意见认为" + "治" * n, "为此,决定延后。"), 2000)
