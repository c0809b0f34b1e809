"""Rules of helper k161163 (Parts 161 and 163's kinds, read in general): work done is no recommendation (a meeting's
praise of a body's attention to the work, a work summary's numbered items whose bodies tell what was done), a
breakdown of messages by category states nothing, a fault's explained cause is a challenge, an official's pledges of
prompt handling are recommendations and a closing hope that only rallies is none. Texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects
from summarizer.pipeline import summarize_document
from summarizer.points import (_credits_attention, admits_own_error, conditional_motto, done_item_heading,
                               explained_causes, exhortation_point, narrates_work_done, pledged_clauses)


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_credited_attention_opens_work_done():
    assert _credits_attention("会议认为,市委、市政府高度重视养老服务工作,持续加大投入,扩大机构床位供给。")
    assert _credits_attention("近两年区政府一直十分重视农村公路养护,落实专项资金,改造危桥十二座。")
    assert narrates_work_done("会议认为,市委、市政府高度重视养老服务工作,持续加大投入,扩大机构床位供给。")
    # (an attention alone, no clause of what was done after it: left to the other rules)
    assert not _credits_attention("领导高度重视。")
    # (an attention found wanting is a problem, no praise)
    assert not _credits_attention("有的单位重视不够,推进缓慢,群众意见较大。")
    # (a modal: the attention demanded, a measure)
    assert not narrates_work_done("各级各部门要高度重视养老服务工作,持续加大投入,扩大床位供给。")


def test_meeting_praise_of_work_done_is_no_recommendation():
    text = ("近日,市政协召开养老服务专题协商会,委员们围绕社区养老提出意见建议。\n"
            "会议认为,市委、市政府高度重视养老服务工作,持续加大财政投入,扩大养老机构床位供给,推动全市养老服务水平稳步提升。"
            "下一步,要对委员们提出的意见逐条研究,抓紧制定社区嵌入式养老服务设施建设方案。\n")
    _, recs = _points(text)
    assert not any("扩大养老机构床位供给" in p for p in recs)
    assert any("逐条研究" in p for p in recs)


def test_done_item_heading():
    assert done_item_heading("2、改善阅读环境。", "为八个村级农家书屋更换书架二十组,新增座椅四十张。")
    assert done_item_heading("(三)加强队伍建设", "举办管理员培训班两期,培训了八十余人。")
    # (a plan's item: its tally is a target)
    assert not done_item_heading("2、改善阅读环境。", "明年计划为八个村级农家书屋更换书架二十组。")
    assert not done_item_heading("2、改善阅读环境。", "各村要为农家书屋更换书架,新增座椅。")
    # (no numbered marker, or a heading that demands)
    assert not done_item_heading("改善阅读环境。", "为八个村级农家书屋更换书架二十组。")
    assert not done_item_heading("2、要改善阅读环境。", "为八个村级农家书屋更换书架二十组。")
    # (为了 is a purpose, no perfective)
    assert not done_item_heading("2、改善阅读环境。", "为了方便群众借阅,书屋延长开放时间。")


def test_work_summary_done_items_are_no_recommendations():
    text = ("镇文化站2024年工作总结\n\n一年来,镇文化站围绕群众文化需求,认真开展各项工作。现总结如下:\n\n"
            "一、完善设施,改善服务条件\n\n1、改善阅读环境。为八个村级农家书屋更换书架二十组,新增座椅四十张。\n\n"
            "2、充实图书资源。争取县图书馆配送新书三千册,建立了图书流转登记制度。\n")
    _, recs = _points(text)
    for k in ("改善阅读环境", "充实图书资源", "完善设施"):
        assert not any(k in p for p in recs), k


def test_category_breakdown_states_nothing():
    assert aspects.tallies_categories("其中,来电咨询18件,求助9件,意见建议4件,已全部办结")
    assert aspects.tallies_categories("表扬3条,批评7条")
    # (one count alone is no breakdown; a clause of its own is a statement)
    assert not aspects.tallies_categories("其中建议4件")
    assert not aspects.tallies_categories("其中,求助9件,建议4件,反映物业服务问题较多")
    text = ("3月份“局长信箱”办理情况\n3月份,“局长信箱”共收到来信31件。其中,来电咨询18件,求助9件,意见建议4件,已全部办结。\n")
    ch, recs = _points(text)
    assert not any("求助9件" in p for p in ch + recs)


def test_explained_cause():
    s = "对此,县供电公司工作人员解释称,该事件是由于线路检修时操作失误所致。"
    spans = explained_causes(s)
    assert [s[a:b] for a, b in spans] == ["该事件是由于线路检修时操作失误所致"]
    assert explained_causes("这一情况系因暴雨冲毁路基造成的,目前正在抢修。") == [(0, 15)]
    assert explained_causes("由于天气原因,航班延误。") == []  # (no subject referring back to a fault told)
    assert admits_own_error("该事件是由于线路检修时操作失误所致")
    assert not admits_own_error("这一情况系因暴雨冲毁路基造成的")


def test_explained_cause_after_a_complaint_is_a_challenge():
    text = ("近日,有居民反映某小区连续两晚停电,却未收到任何停电通知。\n"
            "对此,县供电公司工作人员解释称,该事件是由于线路检修时操作失误所致。目前已恢复供电,并向居民致歉。\n")
    ch, _ = _points(text)
    assert any("操作失误所致" in p for p in ch)


def test_pledged_clauses():
    s = "张局长表示,大家反映的问题很实在,会后属于交通局的事项会尽快落实,属于其他单位的会及时转交办理。"
    assert [s[a:b] for a, b in pledged_clauses(s)] == ["属于交通局的事项会尽快落实", "属于其他单位的会及时转交办理"]
    # (no verb of saying or pledging before the clause: a narration)
    assert pledged_clauses("社区会及时清运垃圾,保持环境整洁。") == []
    # (a pledge in the sentence's modal frame is left to the demand rules)
    assert pledged_clauses("他表示,要尽快落实。") == []


def test_officials_pledge_is_a_recommendation_and_rallying_hope_none():
    text = ("6月3日,区交通局到街道召开出行难问题座谈会,居民代表反映了公交线路少、末班车太早、站点距离远等问题。\n"
            "张局长最后表示,大家反映的问题很实在,会后属于交通局的事项会尽快落实,属于其他单位的会及时转交办理。"
            "希望大家携手努力,共建美好家园。\n")
    _, recs = _points(text)
    assert any("属于交通局的事项会尽快落实" in p for p in recs)
    assert not any("携手努力" in p for p in recs)


def test_rallying_hope():
    assert exhortation_point("希望大家坚定信心,共克时艰")
    assert exhortation_point("希望各单位齐心协力,把好事办好")
    assert not exhortation_point("希望大家加强身体锻炼")
    assert not exhortation_point("希望大家发挥优势,积极参与,扎实做好调研工作")


def test_conditional_motto():
    assert conditional_motto("没有乡村文化的振兴,就难以实现乡村的全面振兴,难以满足群众需求")
    assert conditional_motto("如果没有稳定的经费保障,便无法留住专业人才,也无法开展活动")
    assert conditional_motto("沒有穩定的經費保障,就難以留住專業人才,難以開展活動")  # (read on the Simplified view)
    # (one consequence: it may state a real lack)
    assert not conditional_motto("没有稳定的场地来源,就无法持续开展活动")
    # (a lack stated as a fact, with its consequence: a problem)
    assert not conditional_motto("不少村文化室没有专人管理,群众借书难")
    assert not conditional_motto("村里没有专职管理员")


def test_conditional_motto_is_no_challenge_but_the_gap_is():
    text = ("没有乡村文化的繁荣,就难以实现乡村的全面振兴,难以满足农民群众的精神需求。\n"
            "调查显示,全县一半以上的村级文化活动室常年闭门,图书陈旧,活动器材闲置。\n")
    ch, _ = _points(text)
    assert not any("难以实现乡村的全面振兴" in p for p in ch)
    assert any("常年闭门" in p for p in ch)


def test_leader_directive_named_in_an_earlier_clause():
    text = ("总书记在座谈会上作出加强基层文化建设的重要部署,强调:“推动文化资源向基层倾斜,不断满足群众精神文化需求。”"
            "本文认为,县级文化馆必须加快总分馆制建设,把服务延伸到村。")
    i = text.index("推动文化资源")
    assert aspects.inside_attributed_quote(text, i) and aspects.quotes_national_leader(text, i)
    # (a deputy who is a Party secretary proposes: his quoted words are no leader's directive)
    deputy = "市委书记李明代表表示:“要推动文化资源向基层倾斜,不断满足群众精神文化需求。”"
    assert not aspects.quotes_national_leader(deputy, deputy.index("要推动"))
    # (a deputy's quoted proposal names no leader: his words stay)
    other = "会上,张代表提出意见,强调:“推动文化资源向基层倾斜,不断满足群众精神文化需求。”"
    assert not aspects.inside_attributed_quote(other, other.index("推动文化资源"))
    _, recs = _points(text)
    assert not any("推动文化资源向基层倾斜" in p for p in recs)
    assert any("加快总分馆制建设" in p for p in recs)


def test_new_rules_linear():
    assert_linear(lambda n: _credits_attention("会议指出," + "重" * n + "重视,推进"), 5000, "credits attention run")
    assert_linear(lambda n: done_item_heading("1、" + "好" * 20, "了" * n + "三处"), 5000, "done item body")
    assert_linear(lambda n: aspects.tallies_categories("投诉3件," * n), 2000, "category counts")
    assert_linear(lambda n: explained_causes("此事是由于" + "误" * n), 5000, "explained cause run")
    assert_linear(lambda n: pledged_clauses("他表示," + "会尽快办理," * n), 2000, "pledge clauses")
    assert_linear(lambda n: pledged_clauses("表示" + "尽" * n), 5000, "pledge run")
    assert_linear(lambda n: conditional_motto("没有" + "好" * n + ",就难以"), 5000, "motto run")
    assert_linear(lambda n: conditional_motto("没有好,就难以" + "好" * n), 5000, "motto consequence run")
