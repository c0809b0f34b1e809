"""k139141: a counted harm's rise told by its figure is a challenge (aspects.figured_rise_count), 以下 after a quantity
announces nothing, and a heading of results joined to measures (成效及措施) names work done. Texts written for these tests."""

import pytest

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


@pytest.mark.parametrize("text", [
    "今年上半年全市錄得電話騙案1,520宗,較去年同期上升28%",
    "被害人数由3万2,000人增加至4万1,500人",
    "每日平均在囚人口增幅為12%,創八年新高",
    "乡镇债务余额由八亿元暴增至二十亿元",
    "校园欺凌个案近三年有上升趋势",
    "网络诈骗案件数量显著上升",
])
def test_harm_rise_by_figure_counts(text):
    assert asp.figured_rise_count(asp_view(text)) >= 1
    assert asp.challenge_strength(asp_view(text)) >= 1
    assert not asp.reports_statistic(asp_view(text))


@pytest.mark.parametrize("text", [
    "今年全市破获电信诈骗案件860宗,同比上升15%",      # police work counted: a result
    "法院全年受理刑事案件3200件,同比增加9%",           # a court's caseload handled
    "全市刑事案件同比下降12%,破案率上升5个百分点",      # the harm falls
    "力争到年底吸毒人数减少至500人以下",               # a target
    "全县财政收入同比增长8%",                          # no harm counted
    "家暴个案没有增加至去年的水平",                    # the rise denied
])
def test_no_harm_rise(text):
    assert asp.figured_rise_count(asp_view(text)) == 0


def asp_view(text):
    from summarizer.script import simplified_view
    return simplified_view(text)


def test_neutral_statistic_still_a_finding():
    assert asp.reports_statistic("全县财政收入同比增长8%")


def test_below_a_quantity_announces_nothing():
    assert not asp._announces_ahead("被捕的21岁以下青少年由去年的185人增至264人。")
    assert not asp.announces_list_only("受助的18岁以下儿童有300名。")
    assert asp.announces_list_only("主要存在以下几个问题。")
    assert asp._announces_ahead("存在以下三个方面的问题：")


@pytest.mark.parametrize("heading, aspect", [
    ("(一)工作成效及措施", asp.OTHER),
    ("二、主要成绩和做法", asp.OTHER),
    ("三、工作成效及下一步措施", asp.RECOMMENDATION),   # the measures ahead stay proposals
    ("四、成效与建议", asp.RECOMMENDATION),
    ("五、存在问题及措施", asp.RECOMMENDATION),
    ("工作措施", asp.RECOMMENDATION),
])
def test_results_and_measures_heading(heading, aspect):
    assert asp.heading_aspect(heading) == aspect


def test_rising_harm_figures_come_out_as_challenges():
    text = ("本區青少年罪行概況\n"
            "據警方統計,去年全年錄得少年犯干犯的盜竊案410宗,較前年上升19%。"
            "18歲以下被捕吸毒者由前年的120人增至173人。當局已加強巡邏。\n")
    ch = [p.text for e in summarize_document(text).essays for p in e.challenges]
    assert any("上升19%" in p for p in ch)
    assert any("增至173人" in p for p in ch)


def test_recent_undertaking_done_is_narration():
    # work done lately (近日已…进行), its purpose before it and its appeal after it: neither aspect
    assert asp.narrates_activity("为提升长者防骗意识,警务处近日已联同社福机构在各区举办讲座,呼吁市民提高警觉")
    assert asp.states_neither("为提升长者防骗意识,警务处近日已联同社福机构在各区举办讲座,呼吁市民提高警觉")
    # a proposal with no recent work done stays a measure
    assert not asp.narrates_activity("警务处应联同社福机构在各区举办讲座,提高长者防骗意识")
    # a recent time with a harm, no undertaking: not narration of work
    assert not asp.narrates_activity("近日已有多名长者受骗,损失逾百万元")
