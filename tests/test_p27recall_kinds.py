"""p27recall: Part 27's missed points, kinds 1 (plain complaints, requests and requirements) and 6 (clause
boundaries). Texts written for these tests."""

from summarizer import aspects, pipeline


def _points(text: str) -> dict[str, list[tuple[str, int, int]]]:
    essay = pipeline.analyze(text)[0]
    return {k: [(essay.text[p.start:p.end], p.start, p.end) for p in v] for k, v in essay.points.items()}


# --- a subject's 要 over the stance it is to act from, then a run of measures (aspects._stance_modal_clause) ---------

def test_stance_modal_run_prescribes():
    s = "各校要从安全第一的高度,全面落实责任,切实抓好整改落实。"
    assert aspects.weak_modal_run(s)
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    assert aspects.weak_modal_run("我们要拿出攻坚克难的劲头,加强统筹,完善机制。")
    text = ("检查组指出:\n食堂卫生较差,台账不全。\n组长强调:\n"
            "各校要从安全第一的高度,全面落实校园安全的各项责任,切实抓好整改落实。")
    got = _points(text)
    assert got[aspects.RECOMMENDATION] == [("各校要从安全第一的高度,全面落实校园安全的各项责任,切实抓好整改落实", 26, 60)]
    assert got[aspects.CHALLENGE] == [("食堂卫生较差,台账不全", 7, 18)]


def test_stance_modal_run_not_reported_or_negated():
    # a subject that reports or wishes, or a negated modal: no stance prescribed by the author
    assert not aspects.weak_modal_run("他说要从长远的角度,研究这件事,加强沟通。")
    assert not aspects.weak_modal_run("各校不要从个人的角度,研究这件事,加强沟通。")
    # a stance clause with no measure after it
    assert not aspects.weak_modal_run("各校要从安全第一的高度,这是大家的共识。")


# --- a resident's vernacular complaints (prose_complaint / challenge_predicate words of disorder, filth, decline) --

def test_vernacular_complaint_words():
    assert aspects.prose_aspect("这条老街一到晚上就黑灯瞎火的,路边的公厕更是狼狈不堪。") == aspects.CHALLENGE
    assert aspects.prose_aspect("老家还是那么落后。") == aspects.CHALLENGE
    # bare 落后 names a topic as often as it complains: not taken without a degree word
    assert aspects.prose_aspect("这里曾是落后地区,如今旧貌换新颜。") is None


# --- a run-on post without full stops: the closing question is its last clause only (points._prose_statement_of)

_RUN_ON = ("新村后街本来就不宽的人行道被一些摊贩占得满满的,推着婴儿车实在不好过有没有人管管呀,还有菜场门口那个垃圾堆"
           "真的是名副其实的垃圾堆,上面全是塑料袋和一次性饭盒有些垃圾都已经堆到路中间,刚铺好的路就这样被垃圾占了,"
           "再有就是菜场旁边那个公厕,简直就是狼狈不堪上个月是我们每家凑钱请人打扫的,可是外面来的人比我们小区的人"
           "多得多,这几天又成了满地的污垢,总不能让我们出钱方便别人吧,好好的一条新街就这样毁于一旦,"
           "请问那些乱扔垃圾的人你在自己家里也是这样吗?")


def test_run_on_post_ending_in_question():
    got = _points(_RUN_ON)[aspects.CHALLENGE]
    assert [(a, b) for _, a, b in got] == [(24, 64), (118, 171)]
    assert got[0][0].startswith("推着婴儿车实在不好过")
    assert got[1][0].startswith("简直就是狼狈不堪")
    # a plain question states nothing
    assert _points("路灯什么时候能修好?")[aspects.CHALLENGE] == []



# --- nouns of disorder (乱象, 怪象) name the problems a lead-in announces; its ；-parts are points (challenge_section) ---

def test_disorder_noun_lead_in_announces_parts():
    assert aspects.lead_in_aspect("市场存在三大乱象:") == aspects.CHALLENGE
    text = ("“乱象”也好,“怪象”也好,都不是凭空而来:小作坊屡查屡开;药价变着法上涨,病人叫苦;"
            "“三无”食品在集市上仍随处可见;河道里的砂石被一挖再挖。")
    assert _points(text)[aspects.CHALLENGE] == [
        ("小作坊屡查屡开", 22, 29), ("药价变着法上涨,病人叫苦", 30, 42),
        ("“三无”食品在集市上仍随处可见", 43, 58), ("河道里的砂石被一挖再挖", 59, 70)]


def test_disorder_noun_remedied_is_no_problem_list():
    # the disorder named as what the measures solve: a lead-in of measures, as with 问题
    assert aspects.lead_in_aspect("解决这些乱象,要做到:") == aspects.RECOMMENDATION
    assert aspects.lead_in_aspect("治理这些乱象,应当做到:") == aspects.RECOMMENDATION


# --- harms done (削弱了, 破坏了, 透支) as a second deficiency word in a long sentence of consequences -----------------

def test_harm_done_is_second_deficit():
    s = "这种风气不仅加剧了邻里之间的攀比心理,还削弱了以互助为基础的乡村人情,成为基层治理的一大难题。"
    assert aspects._prose_deficits(s) == frozenset({"加剧", "削弱了"})
    assert aspects.prose_aspect(s) == aspects.CHALLENGE
    # one deficiency word alone in a long sentence is not enough; bare 削弱 after 防止 is what a measure averts
    assert aspects.prose_aspect(s.replace("削弱了", "影响了").replace("的一大难题", "中需要关注的事情")) is None
    assert aspects._prose_deficits("各地要防止削弱基层组织的作用,坚持把资源下沉到村一级。") == frozenset()


# --- a poll's quoted options, each introduced by its share, are one list (points._SHARE_JOIN, quoted_list_items) ----

_POLL = ("社区上月做了一次问卷调查,其中有46.2%的居民认为「停车位严重不足」,有21.5%的居民选择「电梯老化频繁故障」,"
         "还有12.3%的居民认为是「物业服务不到位」。")


def test_poll_options_with_shares_are_items():
    assert _points(_POLL)[aspects.CHALLENGE] == [
        ("停车位严重不足", 27, 34), ("电梯老化频繁故障", 48, 56), ("物业服务不到位", 72, 79)]


def test_quotes_without_shares_or_classified_are_no_list():
    # quotations joined by speakers (no share) are each one's words; a run of options the sentence goes on to
    # classify gives none
    from summarizer import points
    assert points.quoted_list_items("居民说「停车位严重不足」,物业经理说「电梯老化频繁故障」,街道说「物业服务不到位」。") == []
    assert points.quoted_list_items(_POLL[13:-1] + ",这三项可归为硬件问题。") == []


# --- a survey's respondents worried or dissatisfied (感到担忧, 不满意): what they worry about is a problem found ---------

def test_respondents_worry_is_problem():
    s = "面对日益激烈的就业市场,近六成的受访居民对自己的养老保障感到担忧。"
    assert aspects._prose_deficits(s) == frozenset({"感到担忧"})
    assert aspects.prose_aspect(s) == aspects.CHALLENGE
    # satisfaction, and a reaction to news (失望), are no problem found
    assert aspects.prose_aspect(s.replace("担忧", "满意")) is None
    assert aspects.prose_aspect("总理宣布新政策后,一些网民感到失望。") is None


# --- a window or a cut that would end on a dangling clause ends before it (points._dangling_clause, shape, cue_window)

_DANGLING = ("然而,由于缺少专人负责,小区里的这些健身器材在后续使用中逐渐损坏,螺丝松动、漆面剥落等问题频发,"
             "而居委会因不是产权单位,无法出资更换。")


def test_cut_ends_before_dangling_clause():
    from summarizer import points
    assert points.shape(_DANGLING, 0, len(_DANGLING), 60) == (0, 47)
    assert _points(_DANGLING)[aspects.CHALLENGE] == [
        ("由于缺少专人负责,小区里的这些健身器材在后续使用中逐渐损坏,螺丝松动、漆面剥落等问题频发", 3, 47)]
    assert points._dangling_clause("而大马在年度报告中", points._states_any)
    assert points._dangling_clause("由于三岁以下托育属于非基本服务", points._states_any)


def test_connective_clause_with_its_own_predicate_is_kept():
    from summarizer import points
    assert not points._dangling_clause("而中西部地区不足20%", points._states_any)
    assert not points._dangling_clause("但很少有人打球", points._states_any)
    assert not points._dangling_clause("而居委会因人手不足", points._states_any)  # (states its problem: 不足)


# --- faults of a rectification done on paper or for show (虚假整改, 书面整改) ---------------------------------------------

def test_sham_rectification_is_problem():
    assert aspects.prose_aspect("复查发现,个别单位仍在搞纸面整改、虚假整改。") == aspects.CHALLENGE
    # forbidden by a measure, or the case a sanction answers: no problem stated
    assert aspects.prose_aspect("各单位要坚决杜绝虚假整改。") != aspects.CHALLENGE
    assert aspects.prose_aspect("对搞虚假整改的,将严肃问责。") is None


# --- a commentator's doubt and resignation (不无疑问, 亦为未知, 只能无奈接受, 脱离社会实际需要) ------------------------

def test_doubt_and_resignation_are_problems():
    assert aspects.prose_aspect("新规能否真正减轻商户负担,还是不无疑问。") == aspects.CHALLENGE
    s = "这套审批流程沿用多年,早已脱离社会实际需要,商户只能无奈接受高昂的费用。"
    assert aspects._prose_deficits(s) == frozenset({"脱离社会实际", "只能无奈"})
    # hope without doubt states nothing
    assert aspects.prose_aspect("我们希望新规能够真正减轻商户负担。") != aspects.CHALLENGE


# --- a resident's wish that someone take charge (希望有人管理管理吧) closes a complaint as a measure asked for ---------

def test_wish_someone_take_charge():
    from summarizer import points
    assert points.measure_tail_clause("还是希望有人管理管理吧")
    got = _points("小区门口的垃圾桶早就满了,臭气熏天,还是希望有人管理管理吧。")
    assert got[aspects.RECOMMENDATION] == [("还是希望有人管理管理吧", 18, 29)]
    assert got[aspects.CHALLENGE] == [("小区门口的垃圾桶早就满了,臭气熏天", 0, 17)]


def test_wish_for_company_is_no_measure():
    from summarizer import points
    assert not points.measure_tail_clause("希望有人陪我一起去看看")
    assert _points("小区门口的垃圾桶早就满了,臭气熏天,希望有人陪我一起去看看。")[aspects.RECOMMENDATION] == []
