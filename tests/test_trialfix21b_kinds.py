"""Kinds of aspect/point fault found by a new user's trial of 16 unseen public documents (newuser21, K3-K7); each test
on a small input written for it (no trial document copied)."""

import summarizer
from summarizer import aspects as asp
from summarizer import points
from summarizer.sentences import Sentence


def _essay(text):
    return summarizer.summarize(text).essays[0]


def _points(essay, aspect):
    return [(p.text, p.start, p.end) for p in getattr(essay, aspect)]


def test_a_measures_paragraph_after_a_causes_paragraph_keeps_its_measures():
    # 根源在于… opens a problems region; the next paragraph opens with a measure and prescribes (K6 #23)
    text = ("社区负担屡减不轻,反复出现。根源不仅在于部分干部责任意识淡薄,更源于考核办法僵化、权责关系错位的机制缺陷。\n"
            "推进整改需精准发力、直抵病灶。当前社区负担的症结在于事项繁杂、考核过多。同时,考核评比必须化繁为简,"
            "坚决取缔各类留痕台账,将评价重点转向居民满意度。")
    essay = _essay(text)
    recs = _points(essay, "recommendations")
    assert ("推进整改需精准发力、直抵病灶", 54, 68) in recs
    assert ("考核评比必须化繁为简,坚决取缔各类留痕台账,将评价重点转向居民满意度", 93, 127) in recs
    assert ("当前社区负担的症结在于事项繁杂、考核过多", 69, 89) in _points(essay, "challenges")


def test_a_paragraph_of_problems_under_a_measure_head_keeps_the_region():
    def group(*texts):
        out, pos = [], 0
        for t in texts:
            out.append(Sentence(len(out), pos, pos + len(t), t, "sentence"))
            pos += len(t)
        return out
    turned = group("推进整改需精准发力、直抵病灶。", "同时,考核评比必须化繁为简,坚决取缔各类留痕台账。")
    assert points._paragraph_turn(turned, asp.CHALLENGE) == asp.RECOMMENDATION
    # (more sentences state problems than measures: the paragraph still argues the region's problems)
    kept = group("推进整改需精准发力、直抵病灶。", "但当前事项繁杂、考核过多。", "台账泛滥,基层干部疲于应付。")
    assert points._paragraph_turn(kept, asp.CHALLENGE) is None
    # (a head that states no measure by its first clause turns nothing)
    assert points._paragraph_turn(group("社区工作千头万绪。", "考核评比必须化繁为简。"), asp.CHALLENGE) is None


def test_problem_headings_under_a_neutrally_named_section_are_points():
    # a paper's part named neutrally (回顾与思考) whose sub-headings state problems (K5 #19)
    text = ("# 2 城市更新工作的回顾与思考\n\n各地推进了大量改造项目，但也要看到由此带来的问题。\n\n"
            "# 2.1 停车难问题没有得到缓解，反而日益突出\n\n老旧小区原本就缺少规划车位。\n\n"
            "# 2.2 低估了居民参与的难度\n\n改造方案多由街道确定。")
    essay = _essay(text)
    found = _points(essay, "challenges")
    assert ("停车难问题没有得到缓解，反而日益突出", 51, 69) in found
    assert ("低估了居民参与的难度", 93, 103) in found
    assert essay.recommendations == []
    # (an announcement of problems to come is no point)
    assert not any(t.startswith("各地推进了大量改造项目") for t, _, _ in found)


def test_a_problem_noun_named_as_the_subject_of_its_predicate_states_the_heading():
    assert points._predicated_cue_noun("停车难问题没有得到缓解，反而日益突出")
    assert points._predicated_cue_noun("资金缺口问题仍未解决")
    # a section's name goes on naming, or a measure names the problem it removes
    assert not points._predicated_cue_noun("存在的问题及原因")
    assert not points._predicated_cue_noun("问题与对策")
    assert not points._predicated_cue_noun("问题的表现")
    assert not points._predicated_cue_noun("聚焦群众痛点，破除顽瘴痼疾")
    assert points.section_states_point("停车难问题没有得到缓解，反而日益突出")
    assert not points.section_states_point("存在的问题")
    # a judgement gone wrong or a burden pushed down is a shortcoming (cues.txt, trialfix21b)
    assert asp.challenge_strength("低估了居民参与的难度") >= 1
    assert asp.challenge_strength("把建设成本转嫁给地方政府") >= 1


def test_a_run_of_measures_under_one_modal_with_a_means_phrase_is_a_measure():
    # 需要以X推进…，构建…，强化…: the modal governs the comma chain past its means phrase (K6 #24)
    s = "提升乡村教育质量,需要以改革思路推进师资队伍建设,构建城乡教师轮岗交流的长效机制,强化校长的办学责任。"
    assert asp.weak_modal_run(s)
    assert asp.prose_aspect(s) == asp.RECOMMENDATION
    essay = _essay("乡村教育关系千家万户。" + s)
    assert [t for t, _, _ in _points(essay, "recommendations")] == [
        "提升乡村教育质量,需要以改革思路推进师资队伍建设,构建城乡教师轮岗交流的长效机制,强化校长的办学责任"]
    assert asp._past_means("以改革思路推进师资队伍建设", asp.lexicon().words("imperative")) == "推进师资队伍建设"
    # (a 以 that opens no means phrase before a verb: the clause stays as it is, no run of measures)
    assert asp._past_means("以前的台账资料", asp.lexicon().words("imperative")) == "以前的台账资料"
    assert not asp.weak_modal_run("村里需要以前的台账资料,会计也在找,大家都很着急。")


def test_a_long_run_of_measures_under_one_modal_gives_one_point_per_measure():
    s = ("推进乡村振兴,需要以产业思维推进农业结构调整,构建“合作社带动、电商助力、农户参与”的经营体系,强化龙头企业的带动作用,"
         "将村集体经济组织打造成发展“火车头”,通过设立“产业专员+技术顾问”制度,推动科技人员下乡,实现农民持续增收,"
         "某县推行“订单农业”模式,每户年均增收5000元。")
    aspect, items = points.modal_comma_run(s)
    assert aspect == asp.RECOMMENDATION
    assert [s[a:b] for a, b in items] == [
        "以产业思维推进农业结构调整",
        "构建“合作社带动、电商助力、农户参与”的经营体系",
        "强化龙头企业的带动作用,将村集体经济组织打造成发展“火车头”",
        "通过设立“产业专员+技术顾问”制度,推动科技人员下乡",
    ]
    essay = _essay("乡村振兴关系全局。" + s)
    assert [t for t, _, _ in _points(essay, "recommendations")] == [s[a:b] for a, b in items]
    # (a run that gives fewer than three measures before it turns to an example is read as one sentence)
    short = ("推进乡村振兴,需要以产业思维推进农业结构调整,构建合作社带动的经营体系,某县推行“订单农业”模式,"
             "每户年均增收5000元,农民收入明显增长,村集体经济也随之壮大起来。")
    assert points.modal_comma_run(short) == (None, [])


def test_a_causes_paragraph_states_each_distorted_practice_as_a_problem():
    # 把A异化为B / 将A简单等同于B / 遇到矛盾就甩锅: each sentence states its own fault, not only the topic (K6 #43)
    text = ("一、聚焦群众急难愁盼,破除服务壁垒\n社区服务的短板,首先是窗口办事流程繁琐。\n二、剖析问题成因,纠正治理偏差\n"
            "社区治理乱象的背后,是部分街道干部服务意识的缺失。一些干部把“管住群众”简单等同于“治理有效”,把“台账齐全”异化为"
            "“工作到位”,以为只要检查过关就万事大吉。这种“重台账轻服务”的倾向,导致惠民政策“悬在半空”。更有甚者,把社区当作"
            "“任务中转站”,遇到矛盾就甩锅给物业,只派任务不给经费。\n三、完善制度机制,巩固减负成效\n要建立社区事项准入制度。")
    found = _points(_essay(text), "challenges")
    assert ("一些干部把“管住群众”简单等同于“治理有效”,把“台账齐全”异化为“工作到位”,以为只要检查过关就万事大吉",
            80, 133) in found
    assert ("更有甚者,把社区当作“任务中转站”,遇到矛盾就甩锅给物业,只派任务不给经费", 161, 198) in found
    assert asp.challenge_strength("把“台账齐全”异化为“工作到位”") >= 1
    # (a plain equivalence states nothing)
    assert asp.challenge_strength("一公顷等同于十五亩") == 0
    assert asp.prose_aspect("一公顷等同于十五亩。") is None


def test_a_remedy_at_a_stated_scope_names_the_problem_it_removes():
    # 要…从源头上破解…困境: the problem noun is the remedy's object, the sentence is a measure (K4 #16)
    s = "要以台账为依托,从根本上化解“上面千条线”困境。"
    assert asp.challenge_strength(s) == 0
    assert asp.opens_with_remedy("从源头上破解“小马拉大车”困境")
    assert asp.opens_with_remedy("在制度层面上解决重复填表问题")
    essay = _essay("社区工作要减负增效。" + s)
    assert essay.challenges == []
    assert [t for t, _, _ in _points(essay, "recommendations")] == ["要以台账为依托,从根本上化解“上面千条线”困境"]
    # (a scope before a stated fault is no remedy)
    assert not asp.opens_with_remedy("在制度上存在漏洞")
    assert asp.challenge_strength("在制度上存在漏洞") >= 1


def test_a_measure_the_author_debunks_or_that_brought_no_result_is_a_problem():
    # 看似是…的举措，实质上却是… / …并没有因此增加: the author's verdict on a government measure (K4 #17)
    text = "其次，放宽申请门槛和增加补贴名额，看似是照顾困难家庭的举措，实质上却是一场“零和游戏”。保障房的总量并没有因此增加一套。"
    essay = _essay(text)
    assert essay.recommendations == []
    assert _points(essay, "challenges") == [
        ("放宽申请门槛和增加补贴名额，看似是照顾困难家庭的举措，实质上却是一场“零和游戏”", 3, 43),
        ("保障房的总量并没有因此增加一套", 44, 59)]
    # a housing scheme named by a verb (保障房) is a subject, no imperative; the verb itself still prescribes
    assert not asp.starts_imperative("保障房的总量并没有增加")
    assert asp.starts_imperative("保障困难群众的基本住房需求")
    # (a measure stated plainly stays one)
    assert asp.prose_aspect("政府应当增加保障房的供应量。") == asp.RECOMMENDATION


def test_an_item_cut_off_after_its_verb_is_no_point():
    # the page ends after 2. 完善: the verb names no measure (K3 #9)
    text = "三、对策建议\n1. 街道应加大对老旧小区改造的投入,确保改造工程按期完工。\n\n2. 完善"
    essay = _essay(text)
    assert _points(essay, "recommendations") == [("街道应加大对老旧小区改造的投入,确保改造工程按期完工", 10, 36)]
    assert points.bare_verb_point("加强")
    assert points.bare_verb_point("进一步完善。")
    # (a verb with its object is a measure)
    assert not points.bare_verb_point("加强监管")
    assert not points.bare_verb_point("完善制度")


def test_a_proposals_filing_line_is_no_point():
    # 提案人：… inside a measures region (the next proposal's header after the last one's 【建议】; K3 #10)
    text = ("【建议】\n一是加快社区养老服务站点建设。二是重视失能老人的心理疏导。\n整合社区养老服务资源\n提案人:民盟某市委员会\n"
            "【案由】\n社区养老服务站点分散,资源重复投入。")
    recs = [t for t, _, _ in _points(_essay(text), "recommendations")]
    assert "提案人:民盟某市委员会" not in recs
    assert "加快社区养老服务站点建设" in recs
    assert asp.is_filing_label_line("承办单位：市卫健委")
    # (a sentence that reports what the proposer asks is no filing line)
    assert not asp.is_filing_label_line("提案人提出应加强监管,完善制度")


def test_a_papers_method_and_result_is_no_measure():
    # 利用…数据，结合…，得到了… / 采用…方法建立的…关系表明…: the authors' method, reported (K3 #11)
    text = ("当前城市内涝治理存在不少问题。利用暴雨洪水管理模型SWMM模拟的小时尺度径流数据，结合土地利用分布，得到了研究区的"
            "综合径流系数为0.62。采用多元回归分析方法建立的降雨、径流和内涝深度间的关系表明，不透水面积是主要影响因素。")
    assert _essay(text).recommendations == []
    assert asp.reports_method_result("采用多元回归分析方法建立的降雨与径流的关系表明，不透水面积是主要因素")
    # (a measure that uses a means prescribes; a modal before the verb of using keeps it a measure)
    assert not asp.reports_method_result("利用大数据平台精准识别困难群众，建立动态帮扶台账")
    assert not asp.reports_method_result("要利用遥感数据，得出各地的用水总量")
    assert asp.prose_aspect("要利用大数据平台精准识别困难群众，建立动态帮扶台账。") == asp.RECOMMENDATION


def test_a_problem_word_inside_a_cited_title_and_a_call_to_think_state_no_point():
    # 《关于…解决…问题…的报告》: the title's words; 需要思考一个问题，为什么…: a question raised (K3 #12)
    text = ("去年年底,一份名为《关于着力解决群众急难愁盼问题推动社区服务提质增效情况的报告》,摆在了与会同志的案头。"
            "但我们也需要思考一个问题,为什么还有不少居民不满意。")
    essay = _essay(text)
    assert essay.challenges == [] and essay.recommendations == []
    assert asp.challenge_strength("一份名为《关于着力解决群众反映强烈问题的报告》的文件") == 0
    # (the same words outside the title state the problem)
    assert asp.challenge_strength("群众反映强烈的问题仍未解决") >= 1
    assert asp.states_no_measure("我们也需要思考一个问题,为什么还有不少居民不满意")


def test_an_exhortation_and_a_conceded_clause_are_no_measures():
    # 确保年底…交出满意答卷: a goal urged on the audience; 整治…虽好，但也要…: the conceded clause (K3 #13, #39)
    assert _essay("同志们,时间过半,各项工作进展如何,大家都要心中有数,确保年底向全区群众交出满意答卷。").recommendations == []
    essay = _essay("有基层干部受访时称,整治“形式主义”虽好,但也要防止出现新的“形式主义”。")
    assert [t for t, _, _ in _points(essay, "recommendations")] == ["也要防止出现新的“形式主义”"]
    assert asp.states_no_measure("加装电梯虽好")
    assert asp.states_no_measure("初衷固然是好的")
    # (a measure that only names a good aim stays one)
    assert not asp.states_no_measure("要加快推进老旧小区加装电梯，让居民住得更好")


def test_an_inline_enumeration_of_nouns_gives_no_point_of_its_last_item():
    # 一是场地，二是充电桩，结果…: the items are nouns; the sentence states the point, once (K3 #14)
    text = "感觉最缺的一是场地,二是充电桩,结果这两个都没改,改造体验严重不如预期。"
    assert _points(_essay(text), "challenges") == [
        ("感觉最缺的一是场地,二是充电桩,结果这两个都没改,改造体验严重不如预期", 0, 35)]
    # (items that state their own problems stay points)
    listed = _points(_essay("存在两方面问题:一是资金投入不足,二是专业人才缺乏,导致服务质量不高。"), "challenges")
    assert [t for t, _, _ in listed] == ["资金投入不足", "专业人才缺乏,导致服务质量不高"]


def test_a_linked_sentence_after_a_problem_colon_is_one_point_not_its_clauses():
    # …的问题：当…，…都缺乏…，去应对…，因此也…: the clauses link, they are no list of items (K3 #38)
    text = ("这则新闻印证了城市化的问题:当外来人口不断增加,不论是政府、社区甚至是居民都缺乏足够准备,去应对“膨胀”的需求,"
            "因此也引出接踵而至的治理难题待解。")
    assert _points(_essay(text), "challenges") == [
        ("不论是政府、社区甚至是居民都缺乏足够准备,去应对“膨胀”的需求", 24, 55)]
    # (a colon's run of parallel problems is still one item per clause)
    s = "调研发现以下问题:资金投入不足,专业人才缺乏,服务设施陈旧,管理制度不健全。"
    aspect, items = points.colon_comma_items(s)
    assert aspect == asp.CHALLENGE
    assert [s[a:b] for a, b in items] == ["资金投入不足", "专业人才缺乏", "服务设施陈旧", "管理制度不健全"]


def test_a_manner_verb_that_modifies_a_noun_opens_no_measure():
    # 依法征收的款项来自…: 依法 + verb + 的 describes the money (K3 #40)
    assert not asp.starts_imperative("依法征收的款项主要来自房产税及契税。")
    assert asp.prose_aspect("依法征收的款项主要来自房产税及契税。") is None
    # (the manner verb before its own verb and object prescribes; a plain verb before 的 + noun too)
    assert asp.starts_imperative("依法查处违规的企业")
    assert asp.starts_imperative("加强社区的管理")


def test_a_course_the_author_concludes_for_is_a_measure():
    # 少开几个会，才是最实在的真减负: the author's conclusion names the course (K6 #42)
    essay = _essay("上级部门不能把检查任务推给社区。少开几个会,才是最实在的真减负。")
    assert ("少开几个会,才是最实在的真减负", 16, 31) in _points(essay, "recommendations")
    assert asp.commends_course("把钱花在刀刃上,才是真正的为民办事。")
    # (a group named as the one that suffers, or a measure called the problem, commends nothing)
    assert not asp.commends_course("多数居民,才是真正的受害者。")
    assert not asp.commends_course("加强监管,才是问题所在。")
    assert not asp.commends_course("这才是问题的关键。")


def test_two_problems_joined_past_the_longest_point_are_two_points():
    # …等问题，并且一些小区的后续管理不到位，导致…: the cut at 60 characters lost the second problem (K7 #30)
    text = ("二、存在的问题\n问题和挑战:部分社区在改造过程中面临着资金短缺、专业人员不足以及居民意见分歧等问题,并且一些小区的"
            "后续管理不到位,导致了改造成果难以巩固。")
    assert _points(_essay(text), "challenges") == [
        ("部分社区在改造过程中面临着资金短缺、专业人员不足以及居民意见分歧等问题", 14, 49),
        ("一些小区的后续管理不到位,导致了改造成果难以巩固", 52, 76)]
    # (不仅…，而且…: one statement; a short sentence stays one point)
    s = ("残留的有害物质不仅在土壤里难以降解，而且能杀死土壤中的微生物，破坏土壤的结构，阻碍植物根系的生长和发育，"
         "严重影响农作物生长，导致粮食减产。")
    assert len(points.prose_parts(s, 0, len(s), asp.CHALLENGE, 60)) == 1
    short = "社区面临资金短缺等问题,并且后续管理不到位。"
    assert points.prose_parts(short, 0, len(short), asp.CHALLENGE, 60) == [(0, len(short) - 1)]


def test_a_speakers_frame_that_turns_to_the_problems_is_no_part_of_the_point():
    # 但也要看到，少数项目推进迟缓…: the frame ends before its comma (K6 #27)
    text = "今年以来各项工作总体平稳。但也要看到，少数项目推进迟缓，这其中固然有客观原因，但主观上的问题更加突出。"
    assert [t for t, _, _ in _points(_essay(text), "challenges")] == [
        "少数项目推进迟缓，这其中固然有客观原因，但主观上的问题更加突出"]
    # (a first clause that is no frame stays)
    assert points._finding_frame_end("看到群众排长队，干部却无动于衷", 0, 15) == 0


def test_a_residents_colloquial_complaint_is_a_problem():
    # 停车位更是一动没动，下班晚都找不到车位: nothing done, nothing to be found (K6 #28)
    text = "小区改造后大家意见很大。停车位更是一动没动,下班晚都找不到车位,很多小破树可以砍了改停车位,但是没有动。"
    found = _points(_essay(text), "challenges")
    assert len(found) == 1 and found[0][0].startswith("停车位更是一动没动,下班晚都找不到车位")
    assert asp.prose_aspect("路灯坏了半年没人修,晚上出门很不方便。") == asp.CHALLENGE
    # (finding a way is no complaint)
    assert asp.prose_aspect("大家终于找到了解决办法。") is None


def test_a_run_of_contrary_outcomes_gives_one_problem_per_clause():
    # 台账精简却催生…，会议数量压缩却把时长拖长，便民平台反成…负担 (K6 #25)
    text = "若整改不力,这些矛盾便会催生“以检查应付检查”的怪圈,台账精简却催生“电子台账”,会议数量压缩却把时长拖长,便民平台反成“指尖”负担。"
    assert _points(_essay(text), "challenges") == [
        ("台账精简却催生“电子台账”", 27, 40), ("会议数量压缩却把时长拖长", 41, 53), ("便民平台反成“指尖”负担", 54, 66)]
    # (one contrary clause is no run; a clause that prescribes is none)
    assert points.contrary_run("政策初衷很好,执行中却走了样。") == (None, [])
    assert points.contrary_run("有的部门却应加强监管,有的单位却要主动作为。") == (None, [])


def test_a_cause_stated_through_an_adverb_and_its_copula_is_a_point():
    # 根源不仅在于A，更源于B: the opener states the causes itself (K6 #25b)
    text = ("社区负担屡减不轻,反复出现。根源不仅在于部分干部责任意识淡薄的思想问题,更源于考核办法僵化、权责关系错位的体制弊端。"
            "若整改不力,矛盾便会愈演愈烈。")
    assert ("根源不仅在于部分干部责任意识淡薄的思想问题,更源于考核办法僵化、权责关系错位的体制弊端", 14, 57) in _points(
        _essay(text), "challenges")
    assert asp.states_after_cue("原因主要在于经费投入不足。")
    # (an adverb with no copula after it states nothing)
    assert not asp.states_after_cue("问题还没有讨论完。")


def test_a_question_whether_a_cut_burden_came_back_is_a_problem():
    # 纸质台账少了，“电子台账”有没有增加？: the concern that the burden returned in another form (K6 #26)
    assert asp.prose_aspect("会议场次减少了,“视频会”是否又增多了?") == asp.CHALLENGE
    assert asp.doubts_reduction("取消的检查不见了,但是不是又换成其他形式上门?")
    essay = _essay("基层减负要防止反弹。纸质台账少了,“电子台账”有没有增加?")
    assert _points(essay, "challenges") == [("纸质台账少了,“电子台账”有没有增加", 10, 28)]
    # (a question about a reduction that asks nothing of a return is none; a plain question is none)
    assert not asp.doubts_reduction("会议场次减少了,大家满意吗?")
    assert not asp.doubts_reduction("有没有增加预算?")


def test_time_squeezed_away_in_the_passive_is_a_problem():
    # 直面群众的时间被严重挤压: the passive squeeze states the fault (K6)
    assert asp.prose_aspect("社区干部整天忙于填表,入户走访的时间被严重挤占。") == asp.CHALLENGE
    assert asp.challenge_strength("休息时间被挤压") >= 1
    # (squeezing out water is no complaint)
    assert asp.challenge_strength("把海绵里的水挤压出来") == 0


def test_a_problem_term_defined_by_its_problems_states_them():
    # 所谓“落地难题”，指的是…存在A、B、C等问题: the definition of a problem term states the problems (K5 #22)
    text = ("所谓“落地难题”,指的是政策从制定、宣传、执行到评估的全过程中,存在宣传解读不到位、执行标准不统一、评估机制不健全等问题,"
            "导致政策红利难以真正惠及群众。")
    assert [t for t, _, _ in _points(_essay(text), "challenges")] == ["宣传解读不到位", "执行标准不统一", "评估机制不健全"]
    # (a neutral term's definition still states nothing)
    d = "中小企业,又称小微企业,是指规模较小、人员不多、经营灵活的企业,有利于增加就业。"
    assert asp.inside_definition(d, d.index("有利于"), len(d) - 1)


def test_a_bracketed_list_number_no_item_took_is_no_part_of_the_point():
    # # （1）明确…。: the markdown heading's list number stays out of the point's text (K5 #20, README: markers stripped)
    text = "# 4对策和建议\n\n# （1）明确流域的最大农业耗水量。灌溉水利用效\n\n率的提高减少了取水量。"
    assert _points(_essay(text), "recommendations") == [("明确流域的最大农业耗水量", 15, 27)]
    assert points._past_outline_label("（2）加强队伍建设，提高服务水平", 0, 16) == 3
    # (a year in brackets is no list number; a number with too little after it stays)
    assert points._past_outline_label("(2020)年度报告显示资金缺口较大", 0, 18) == 0
    assert points._past_outline_label("（1）加强", 0, 5) == 0
