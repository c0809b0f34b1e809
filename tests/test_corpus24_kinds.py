"""Failure kinds found by the blind Part 25 documents (902-912) of the aspect corpus, each on a text written for the
test (none copies a corpus string).

1. A page's date line and source line under a title that opens a region of recommendations (``【协会倡议书】`` ⏎
   ``2021-03-05`` ⏎ ``新闻来源: 某市物流协会``) were read as measures: a bare date, or a source label (``source_label``
   cue group: 新闻来源, 信息来源…) with a colon and a short value, is page chrome (``aspects._DATE_LINE`` and
   :func:`summarizer.aspects.is_source_line` in :func:`summarizer.aspects.is_page_label_line`).
2. A numbered heading cut off by the end of a stored page (``三、完善机`` as the last line) was kept as a point: a last
   list line of at most three Han characters after its marker, in a prose text, is cut
   (:func:`summarizer.points.cut_off_heading` in :func:`summarizer.points.cut_off_item`). A whole text ending with a
   longer heading, and a note of bullets with no sentence end, keep theirs.
3. A post's duties described (``他们负责排查小区消防隐患``, ``本人分管工会、信访和困难职工帮扶工作``) were read as a problem
   (隐患, 困难) or a measure: a short holder, a verb of the ``post_duty_verb`` cue group and its tasks, with no modal and
   no negation or assignment in the holder, state neither (:func:`summarizer.aspects.states_duty` in
   :func:`summarizer.aspects.states_neither`); a noun built on 困难 that names people in need (困难职工, 困难群众) names
   no shortcoming (``challenge_exclusion``). ``由街道负责…``, ``要明确专人负责…``, ``无人负责…`` and ``负责人``/``分管领导``
   are no such duty.
4. A hotline's or a letters office's count by category (``咨询类820件,建议类95件,投诉类310件``) was read as advice: 建议类
   names a category of calls counted (``modal_exclusion``), the line is a statistic. ``建议加强…`` stays advice.
5. A self-inspection's area heading over its ``一是…`` items (``(一)在带头遵守财经纪律、厉行节约方面。``) was read as a
   problem: ``在…方面`` with no deficiency named inside frames the items, it states nothing (``aspects._AREA_HEADING`` in
   :func:`summarizer.aspects.states_neither`); an area that quotes its problem (``在“经费管理不够规范”方面``) keeps it.
6. A burden judged heavy with 包袱 (``老工业基地的历史包袱沉重``, ``企业转型的包袱很重``) was no shortcoming, as 压力很大
   is: the phrases join ``challenge_predicate``; ``甩掉包袱`` names none.
7. A profile's praise of the roles a worker plays (``邻里纠纷的调解员,安全隐患的排查员,社情民意的收集员``) was read as
   problems (纠纷, 隐患): clauses that each name a role by the field it serves, ``X的Y员``, state no problem
   (:func:`summarizer.aspects.names_roles` in :func:`summarizer.aspects.states_neither`).
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P
from costs import assert_linear

# 1 ---------------------------------------------------------------------------------------------------------------

_APPEAL = ("【物流协会倡议书】\n\n2021-03-05\n新闻来源: 某市物流协会\n浏览次数:886\n\n倡议书\n\n各会员单位:\n\n"
           "近期快递旺季来临,为做好行业安全工作,现发出倡议如下:\n\n"
           "一、守底线,保安全。各会员单位要落实安全生产责任,定期排查仓库消防隐患。\n\n"
           "二、重服务,树形象。要规范快递员服务用语,及时处理用户投诉。")


def test_date_and_source_lines_under_an_appeal_title_are_no_points():
    ch, rec = points(_APPEAL)
    assert rec[0] == "守底线,保安全" and len(rec) == 2 and rec[1].startswith("重服务,树形象")
    assert not any("2021" in p or "来源" in p or "浏览" in p for p in ch + rec)


def test_date_and_source_line_readers():
    assert asp.is_page_label_line("2021-03-05")
    assert asp.is_page_label_line("2021年3月5日")
    assert asp.is_page_label_line("2021/3/5 09:30")
    assert asp.is_page_label_line("新闻来源: 某市物流协会")
    assert asp.is_source_line("信息来源:某县数据资源管理局")
    # not chrome: a measure that names a date, a source clause of a sentence, a figure
    assert not asp.is_page_label_line("2021年3月起全面推行垃圾分类")
    assert not asp.is_source_line("来源于基层的经验要及时总结,推广到全市")
    assert not asp.is_page_label_line("2021")


# 2 ---------------------------------------------------------------------------------------------------------------

_CUT = ("社区养老服务调查\n一、存在的问题\n目前社区养老服务设施不足,护理人员流失严重。\n"
        "二、对策建议\n1. 加大财政投入\n政府要增加对社区养老的财政补贴。\n2. 稳定护理队伍\n"
        "要提高护理人员工资待遇。\n三、完善机")


def test_a_short_heading_cut_by_the_end_is_no_point():
    ch, rec = points(_CUT)
    assert not any(p.startswith("完善机") for p in rec)
    assert "加大财政投入" in rec and "稳定护理队伍" in rec


def test_cut_off_heading_reader():
    text = "目前设施不足。\n三、完善机"
    start = text.index("完善机")
    assert P.cut_off_heading(text, start, len(text))
    # a longer last heading is kept; a note of bullets with no sentence end keeps its last item
    whole = "目前设施不足。\n三、完善运行机制"
    assert not P.cut_off_heading(whole, whole.index("完善"), len(whole))
    notes = "- 设施不足\n- 缺人手"
    assert not P.cut_off_heading(notes, notes.index("缺人手"), len(notes))
    # a last line without a list marker is no heading
    plain = "目前设施不足。\n完善机"
    assert not P.cut_off_heading(plain, plain.index("完善机"), len(plain))


def test_new_readers_are_linear():
    def cut_off(n):
        text = "设施不足。" * n + "\n三、完善机"
        return P.cut_off_heading(text, len(text) - 3, len(text))

    assert_linear(lambda n: asp.is_page_label_line("新闻来源:" + "某" * n), 100_000, "a long label line")
    assert_linear(lambda n: asp.is_page_label_line("2021-" * n), 20_000, "a run of dates")
    assert_linear(cut_off, 10_000, "cut_off_heading")
    assert_linear(lambda n: asp.states_duty("他们负责" + "排查" * n), 50_000, "states_duty")


# 3 ---------------------------------------------------------------------------------------------------------------

_DUTIES = ("楼长工作体会\n楼长是小区治理的末梢。他们负责排查小区消防隐患,登记流动人口,调解邻里纠纷。"
           "本人分管工会、信访和困难职工帮扶工作。\n当前的问题是楼长待遇偏低,队伍不稳定。"
           "下一步要提高楼长补贴,完善考核办法。")


def test_duties_described_are_no_points():
    ch, rec = points(_DUTIES)
    assert not any("负责排查" in p or "分管工会" in p for p in ch + rec)
    assert any("楼长待遇偏低" in p for p in ch)
    assert any("提高楼长补贴" in p for p in rec)


def test_duty_reader():
    assert asp.states_duty("他们负责排查小区消防隐患,登记流动人口")
    assert asp.states_duty("本人分管工会、信访和困难职工帮扶工作")
    assert asp.states_duty("负责将各项政策传达给居民")
    # an assignment, a demand, a problem, a noun's head: no duty described
    assert not asp.states_duty("由街道负责排查消防隐患")
    assert not asp.states_duty("要明确专人负责排查消防隐患")
    assert not asp.states_duty("无人负责小区的消防设施")
    assert not asp.states_duty("负责人对消防隐患重视不够")
    assert not asp.states_duty("分管领导要履行一岗双责")
    assert not asp.states_duty("社区工作人员少,却要负责排查全部隐患")
    assert not asp.states_duty("加强消防设施建设")


def test_needy_people_name_no_shortcoming():
    assert asp.challenge_strength("慰问困难职工三十户") == 0
    assert asp.challenge_strength("困难群众就医难问题突出") > 0


# 4 ---------------------------------------------------------------------------------------------------------------

_COUNTS = ("热线工作总结\n一、受理情况\n全年共受理来电5210件,其中咨询类820件,建议类95件,投诉类310件,按时办结率100%。\n"
           "二、存在问题\n部分承办单位回复不及时,群众满意度不高。\n三、下一步打算\n建议加强对承办单位的督办考核。")


def test_a_count_by_category_is_no_advice():
    ch, rec = points(_COUNTS)
    assert not any("建议类" in p for p in ch + rec)
    assert any("加强对承办单位的督办考核" in p for p in rec)
    assert any("回复不及时" in p for p in ch)
    assert asp.recommends_outright("建议加强对承办单位的督办考核")
    assert not asp.recommends_outright("建议类95件,投诉类310件")


# 5 ---------------------------------------------------------------------------------------------------------------

_AREAS = ("个人对照检查材料\n一、存在的问题\n(一)在带头遵守财经纪律、厉行节约方面。一是报销把关不严。对个别票据审核不细,"
          "留下了隐患。二是公务接待控制不够。有时超出标准安排陪餐。\n(二)在改进工作作风方面。一是调查研究不深。"
          "下基层次数偏少。二是服务意识不强。对群众来信回复不及时。")


def test_an_area_heading_is_no_problem():
    ch, rec = points(_AREAS)
    assert not any(p.startswith("在带头遵守财经纪律") or p.startswith("在改进工作作风") for p in ch + rec)
    assert "报销把关不严" in ch and "公务接待控制不够" in ch


def test_area_heading_reader():
    assert asp.states_neither("在带头遵守财经纪律、厉行节约方面")
    assert asp.states_neither("在改进工作作风方面。")
    assert not asp.states_neither("在“经费管理不够规范”方面")
    assert not asp.states_neither("在资金使用方面存在挪用现象")


# 6 ---------------------------------------------------------------------------------------------------------------


def test_a_heavy_burden_is_a_shortcoming():
    assert asp.challenge_strength("老工业基地的历史包袱沉重") > 0
    assert asp.challenge_strength("企业转型的包袱很重") > 0
    assert asp.challenge_strength("要甩掉包袱,轻装上阵") == 0
    ch, _ = points("我市是老工业城市,人口多、底子薄,企业转型的包袱很重,财政收支的压力很大。下一步要加快转型。")
    assert any("包袱很重" in p for p in ch)


# 7 ---------------------------------------------------------------------------------------------------------------


def test_a_list_of_roles_is_no_problem():
    assert asp.names_roles("邻里纠纷的调解员,安全隐患的排查员,社情民意的收集员")
    assert asp.states_neither("邻里纠纷的调解员,安全隐患的排查员")
    # one role, or a clause that states something of the role, is no list of roles
    assert not asp.names_roles("邻里纠纷的调解员")
    assert not asp.names_roles("邻里纠纷的调解员严重不足,安全隐患的排查员流失严重")
    assert_linear(lambda n: asp.names_roles("纠纷的调解员," * n), 5_000, "many roles")
