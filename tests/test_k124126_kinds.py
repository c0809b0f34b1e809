"""k124126: the kinds of Parts 124 and 126 fixed in general (texts of the tests' own, paraphrasing the shapes):

* a demand to an authority before a long sentence's first modal clause opens the recommendation's window
  (``工会促请政府订立…条例，包括A、B，以及应由…``: :func:`summarizer.points._demand_clause_before`);
* pay stated below a reference with no problem word (``时薪比行业的平均还要低``, ``领取的只是最低工资``:
  :func:`summarizer.aspects._low_pay_re`), also inside a ``以…为例，`` scope (:func:`summarizer.aspects.scoped_example_shortfall`);
* a label over coordinated shortfalls (``服务跟不上：名额不足与轮候漫长``) and a conceded crosshead (``名额不少 惟等候逾一年``:
  :func:`summarizer.aspects.conceded_crosshead`);
* a call for suggestions (``请您就A，B方面提出您的宝贵意见``: :func:`summarizer.aspects.invites_opinions`) and others' proposals
  given as examples (``大家都提出…建议，例如A；B``: :func:`summarizer.aspects.reports_exemplified_proposals`) state no measure;
* an official's reply after the day's scene (``…昨开会讨论…，署长表明，…``: :func:`summarizer.aspects.official_report`).
"""

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_demand_clause_opens_window_before_modal_clause():
    s = ("渔民协会促请政府订立休渔期的收入补偿办法，包括停航期间发放生活津贴、船员获优先培训，"
         "以及应由渔护署按渔获统计决定补偿是否延长。")
    a, b = pts.cue_window(s, 0, len(s) - 1, asp.RECOMMENDATION, 60)
    assert a == 0 and s[a:b].startswith("渔民协会促请政府订立")
    # a bare 望 inside a name is no demand: the window stays at the modal clause
    t = ("市中医院望江分院骨科主任李某认为，推行分级诊疗，首先要落实的是基层首诊的保障措施和转诊通道，"
         "以及应该把基层诊疗量列为考核指标之一。")
    a2, _b2 = pts.cue_window(t, 0, len(t) - 1, asp.RECOMMENDATION, 40)
    assert not t[a2:].startswith("市中医院望江分院")


def test_demand_list_kept_whole_in_pipeline():
    # (before: only the last clause, 應由政府評估風後路面情況,決定保障是否延長, came out)
    _ch, rec = _points("颱風過後,多條巴士線停駛,大批上班族在站頭苦等。職工會主席批評政府未有及早宣佈停工。職工會促請政府"
                       "訂立惡劣天氣下的勞工保障條例,包括遲到不得扣薪、當值者獲額外津貼,以及應由政府評估風後路面情況,"
                       "決定保障是否延長。\n")
    assert any("勞工保障條例" in p and "不得扣薪" in p for p in rec)


def test_low_pay_against_a_reference_is_a_deficit():
    for s in ("外判清洁工的时薪比行业的平均还要低。", "护理员的月薪远低于市场中位数。", "他们每月拿到的只是最低工资。"):
        assert asp.prose_aspect(s) == asp.CHALLENGE, s
    for s in ("今年的失业率比去年低。", "政府应确保外判工人的工资不低于行业平均水平。", "工资增幅高于通胀。"):
        assert asp.prose_aspect(s) != asp.CHALLENGE, s


def test_example_scope_that_states_a_shortfall_is_no_mere_example():
    assert not asp.states_neither("以保洁业为例，承办商工人的时薪比行业的平均还要低")
    assert asp.states_neither("以某市为例，该市去年推行了垃圾分类积分制度")
    ch, _rec = _points("在商场做夜更的清洁工，大多受聘于外判公司。自从法定最低工资实施以后，他们拿到的只是最低工资。"
                       "以保洁业为例，外判工人的时薪比行业的平均还要低。很少顾客会留意她们已经站了十个小时。\n")
    assert any("只是最低工资" in p for p in ch) and any("平均还要低" in p for p in ch)


def test_label_over_coordinated_shortfalls_states_a_point():
    assert pts.section_states_point("护理人手跟不上：床位不足与轮候漫长")
    assert pts.section_states_point("床位不足与轮候漫长")
    for h in ("事实描述：长照政策的现况与挑战", "客源不足与对策", "存在的不足与改进方向", "资金不足与发展路径"):
        assert not pts.section_states_point(h), h


def test_conceded_crosshead():
    assert asp.conceded_crosshead("社区药房数目不少 惟夜间无人当值")
    assert asp.conceded_crosshead("轮椅名额有所增加 但轮候仍长")
    assert not asp.conceded_crosshead("投资增加但应加强监管")
    assert not asp.conceded_crosshead("不但成本增加，而且")
    ch, _rec = _points("一、护理人手跟不上：床位不足与轮候漫长\n不少院友要靠家人每日探望喂饭。区内护养院的床位有限，"
                       "轮候的人越来越多。\n社区药房数目不少 惟夜间无人当值\n街坊表示，药房虽然延长了营业时间，但深夜"
                       "发烧仍要到急症室排队，部分长者因而延误求医。\n")
    assert any("床位不足与轮候漫长" in p for p in ch) and any("夜间无人当值" in p for p in ch)


def test_call_for_suggestions_states_no_measure():
    assert asp.invites_opinions("请您就优化公交线网、增加夜班车班次方面提出您的宝贵意见")
    assert not asp.invites_opinions("政府应就优化公交线网提出具体方案")
    ch, rec = _points("为广泛听取民意，现将本年度交通建议征集议题公布如下。诚挚欢迎广大市民积极参与。请您就优化公交线网,"
                      "增加夜班车班次,加强非机动车道建设,推进停车收费电子化方面提出您的宝贵意见,谢谢!\n")
    assert not ch and not rec


def test_exemplified_proposals_of_others_are_reported():
    assert asp.reports_exemplified_proposals("看几位委员的修正，大家都提出很具体的建议，例如拨款设立基金；增加巡逻警力等")
    assert not asp.reports_exemplified_proposals("我们提出以下建议，例如增加巡逻警力")
    _ch, rec = _points("主席:\n支持社区治安工作,我们没有理由反对。\n看几位委员提出的修正,大家都提出很具体的建议,例如拨款"
                       "20亿设立防盗基金,资助旧楼安装闭路电视;增加巡逻警力,增设夜间报案中心等。这些措施,不少是上届政府"
                       "已经推出的。\n现在有同事希望再多设报案中心,但当局有否评估过现有中心的使用率?\n")
    assert not any("报案中心" in p or "防盗基金" in p for p in rec)


def test_official_reply_after_the_days_scene_is_reported():
    assert asp.official_report("交通事务小组昨开会讨论渡轮服务问题，运输署助理署长表明，现有航线有其存在价值，"
                               "可以为离岛居民提供交通。")
    assert not asp.official_report("交通事务小组昨开会讨论渡轮服务问题，多名议员批评航线班次太少。")
    ch, _rec = _points("交通事务小组昨开会讨论渡轮服务问题,运输署助理署长表明,现有航线有其存在价值,可以为离岛居民"
                       "提供交通,政府的方针是确保航班安全。\n多名议员批评署方的说法等同放任营办商,要求署方公开各航线的"
                       "载客数字,并定出改善时间表。\n")
    assert not any("存在价值" in p for p in ch)
