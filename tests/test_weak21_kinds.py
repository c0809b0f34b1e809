"""weak21: kinds of the weakest documents (troubles listed after an inclusion word, a prescription against the
contrary practice, remedy and seizing verbs, a definition of a term). Texts written for these tests."""

from summarizer import aspects, points
from costs import assert_linear
from aspect_helpers import analyzed_points as _points


# --- troubles listed after a problem noun and an inclusion word (points.included_problems) ----------------------

def _items(sentence: str) -> list[str]:
    aspect, spans = points.comma_run_items(sentence)
    return [sentence[a:b] for a, b in spans] if aspect == aspects.CHALLENGE else []


def test_inclusion_after_a_trouble_noun_lists_one_problem_per_clause():
    s = "小镇除了上述的内忧，还面对外患，包括邻镇商场的低价竞争，游客人数的持续下滑，老街店铺的大量空置，这种局面令人担忧。"
    assert _items(s) == ["邻镇商场的低价竞争", "游客人数的持续下滑", "老街店铺的大量空置"]
    # the noun may be a heading noun (问题, 困难) in the inclusion word's own clause
    s2 = "村里面临的困难包括道路年久失修，饮水设施老化，卫生室缺少医生。"
    assert _items(s2) == ["道路年久失修", "饮水设施老化", "卫生室缺少医生"]


def test_additive_after_a_topic_of_trouble_lists_its_instances():
    s = "另外，社区治理上的纷扰，不只业委会与物业公司互相指责，居民之间对停车位分配的争执也一直存在。"
    assert _items(s) == ["业委会与物业公司互相指责", "居民之间对停车位分配的争执也一直存在"]


def test_inclusion_that_names_no_run_of_problems_gives_none():
    # one item only (a claim of harm inside the sentence)
    assert _items("外地专家不了解本地情况，会制造更多问题，包括损害居民的利益。") == []
    # no problem noun before the inclusion word: a list of facilities, no problems
    assert _items("社区的服务设施，包括老年食堂，儿童活动室，健身步道，都已投入使用。") == []
    # 包括…在内: a phrase of inclusion inside a noun phrase
    assert _items("多方面的困难，包括资金在内，都要逐一化解，不能拖延，还要及时公开。") == []
    # an additive after a noun of no trouble: the clauses state achievements
    assert _items("社区的活动，不只居民踊跃参加，周边单位也积极支持。") == []
    # an item that prescribes: no run of problems
    assert _items("存在不少隐患，包括电线老化，应尽快更换线路。") == []


def test_included_problems_are_points_of_a_document():
    text = ("老街改造的思考\n\n"
            "老街近年人气低迷。小镇除了上述的内忧，还面对外患，包括邻镇商场的低价竞争，游客人数的持续下滑，"
            "老街店铺的大量空置，这种局面令人担忧。\n")
    got = _points(text)["challenge"]
    for item in ("邻镇商场的低价竞争", "游客人数的持续下滑", "老街店铺的大量空置"):
        assert item in got


# --- a prescription set against the contrary practice (points.prescribed_then_contrary) --------------------------

def test_prescription_then_an_actors_contrary_practice_gives_both():
    s = "当床位不够充足，应优先安排失能老人入住，新开的养老院却把床位留给健康的老人，还收取高额押金。"
    pair = points.prescribed_then_contrary(s)
    assert pair is not None
    (mx, my), (cx, cy) = pair
    assert s[mx:my] == "应优先安排失能老人入住"
    assert s[cx:cy] == "把床位留给健康的老人"


def test_contrary_practice_needs_a_new_subject_and_a_prescription():
    # 却 with no subject of its own: one actor that should and did not, a single complaint
    assert points.prescribed_then_contrary("政府应当及时公开信息，却一再拖延，引发居民不满。") is None
    # no modal that prescribes before the 却 clause
    assert points.prescribed_then_contrary("资金已经到位，施工单位却迟迟没有开工。") is None
    # a counterfactual 本应 narrates what went wrong (modal_exclusion): no measure
    assert points.prescribed_then_contrary("这笔费用本应由开发商承担，业主却被迫自掏腰包。") is None
    # the 却 clause prescribes itself: no practice set against the norm
    assert points.prescribed_then_contrary("学校应减少作业，家长却应多陪伴孩子。") is None


def test_prescription_and_practice_are_points_of_a_document():
    text = ("养老床位的分配\n\n"
            "本市养老床位长期紧张。当床位不够充足，应优先安排失能老人入住，新开的养老院却把床位留给健康的老人，"
            "还收取高额押金。\n")
    got = _points(text)
    assert any(p.endswith("应优先安排失能老人入住") for p in got["recommendation"])
    assert "把床位留给健康的老人" in got["challenge"]


# --- remedy and seizing verbs (cue groups remedy, modal_keep_action) -------------------------------------------

def test_a_proposal_to_seize_a_chance_and_crack_a_problem_is_a_measure():
    s = "委员建议，当下应该抓住产业转移的机遇，破题区域发展不平衡。"
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    assert aspects.prose_aspect("我们要把握政策窗口期，攻克技术难关。") == aspects.RECOMMENDATION
    # without a modal, 抓住 narrates (read only after a modal)
    assert aspects.prose_aspect("他们抓住了机遇，企业发展很快。") is None


# --- a definition that names its term a kind of phenomenon (points.names_a_kind) --------------------------------

def test_definition_of_a_term_as_a_phenomenon_states_no_problem():
    assert points.names_a_kind("“数字鸿沟是学者针对城乡信息不平等，提出的一种典型现象。”")
    assert points.names_a_kind("潮汐车道是交通管理中应对早晚高峰拥堵的一种概念。")
    # a verdict that refers back to a problem just stated is no definition
    assert not points.names_a_kind("这是社会转型中的一种不良现象。")
    # a clause after the kind noun goes on to state something
    assert not points.names_a_kind("数字鸿沟是城乡发展中的一种现象，亟需缩小。")
    # no kind noun at the end
    assert not points.names_a_kind("数字鸿沟是城乡发展不平衡的一种表现形式和结果。")


def test_linear_on_long_inputs():
    # n = 5,000 here; the full-size inputs (n = 20,000: 100,000-character lines) ran in the same way
    cases = {
        "comma_run_items, included": lambda n: points.comma_run_items("外患，包括" + "道路失修，" * n),
        "comma_run_items, not only": lambda n: points.comma_run_items("另外的纷扰，不只" + "互相指责，" * n),
        "prescribed_then_contrary": lambda n: points.prescribed_then_contrary("应加强管理，" * (n // 2) + "他却不管。"),
        "names_a_kind, a long line": lambda n: points.names_a_kind("是" * (5 * n) + "的一种现象"),
        "names_a_kind, tiny sentences": lambda n: points.names_a_kind("这是一种现象。" * (n // 2)),
        "focus_framed_problem, commas": lambda n: points.focus_framed_problem("，" * (5 * n) + "首要注意的是冲突"),
        "focus_framed_problem, frames": lambda n: points.focus_framed_problem("最棘手的是" * n),
        "holds_one_included_item": lambda n: aspects.holds_one_included_item("问题，包括" * n),
        "_prose_deficits": lambda n: aspects._prose_deficits("面对" + "危机" * (5 * n // 2) + "时"),
        "prescribed_then_contrary, duty": lambda n: points.prescribed_then_contrary("应由部门负责，" * (n // 2)
                                                                                    + "他根本不管。"),
        "persisting_problem, commas": lambda n: points.persisting_problem("但" + "，" * (5 * n) + "仍固守"),
        "persisting_problem, clauses": lambda n: points.persisting_problem("可是楼道，" * n),
    }
    for what, run in cases.items():
        assert_linear(run, 1_250, what)


# --- a lead-in that ends in its colon is no point of the fallback (points._fallback_reading) ----------------------

def test_a_lead_in_announcing_questions_is_no_measure():
    text = ("关于路面井盖的书面质询\n\n"
            "近年本区道路不断开挖，井盖与路面高低不平，车辆经过时声响很大，影响居民休息。"
            "基于此，本人向政府提出以下质询，并要求以清晰、明确、连贯和完整的方式适时给予本人答复：\n"
            "一、井盖维修后为何仍然高低不平？\n二、居民投诉后多久才会处理？\n")
    got = _points(text)["recommendation"]
    assert not any("答复" in p or "以下质询" in p for p in got)


# --- a sentence that names its one included item opens no region (aspects.holds_one_included_item) ---------------

def test_one_included_item_inside_the_sentence_opens_no_region():
    s = "外地专家不了解本地情况，会制造更多问题，包括损害居民的利益。"
    assert aspects.holds_one_included_item(s)
    assert aspects.opener_aspect(s) is None
    # a list after the inclusion word, a colon, or another lead-in word: the sentence still announces
    assert not aspects.holds_one_included_item("会制造更多问题，包括损害居民利益、增加财政负担。")
    assert not aspects.holds_one_included_item("目前存在的问题包括：")
    assert not aspects.holds_one_included_item("存在以下问题，包括资金短缺。")
    # too short to be an item of its own
    assert not aspects.holds_one_included_item("问题很多，包括这些。")


def test_paragraphs_after_an_included_claim_are_no_problems():
    text = ("向邻市取经\n\n"
            "有议员认为，外地专家不了解本地情况，会制造更多问题，包括损害居民的利益。\n"
            "邻市的公共住房向来受到好评，当年不少城市都派人前去参观学习。\n"
            "邻市在这方面无疑是全国典范，其住房政策对社会民生有重大影响。\n"
            "邻市的住房设计及公共配套均可满足居民的生活所需。\n")
    got = _points(text)["challenge"]
    assert not any("参观学习" in p or "全国典范" in p or "生活所需" in p for p in got)


# --- a frame of worry or difficulty singles out the problem after it (points.focus_framed_problem) ---------------

def test_focus_frame_singles_out_its_problem():
    s = "面对人口老化，首要注意的是照护人力断层。"
    a, b = points.focus_framed_problem(s)
    assert s[a:b] == "首要注意的是照护人力断层"
    # a verb of believing ends its clause: the belief in the next clause is the problem too
    s2 = "现在最棘手的是主管部门以为，光靠增加床位就能满足照护需求，事实上家属仍要自己请看护。"
    a, b = points.focus_framed_problem(s2)
    assert s2[a:b] == "最棘手的是主管部门以为，光靠增加床位就能满足照护需求"


def test_focus_frame_gives_none_for_a_measure_a_question_or_a_neutral_frame():
    assert points.focus_framed_problem("最棘手的是要尽快补足照护人力。") is None  # (a modal: a measure)
    assert points.focus_framed_problem("更严重的是谁来负责？") is None
    assert points.focus_framed_problem("值得注意的是，今年的入学人数有所回升。") is None  # (no frame of worry)
    # the frame must open its clause: inside a longer clause it is no frame
    assert points.focus_framed_problem("他们在会上讨论了大家眼中最棘手的是什么。") is None


def test_focus_framed_problem_is_a_point_of_a_document():
    text = ("照护的隐忧\n\n"
            "本市老年人口逐年增加。面对人口老化，首要注意的是世代冲突。\n")
    # (a noun phrase no cue word marks as a problem: only the frame makes it one; 断层 is a prose_challenge word
    # since corpus21, whose prose reading takes the whole sentence)
    assert "首要注意的是世代冲突" in _points(text)["challenge"]


# --- an added item keeps the other aspect's clauses before it (points._add_items) ---------------------------------

def _raw(aspect, text, part):
    a = text.index(part)
    return points.RawPoint(aspect, a, a + len(part), 0.0)


def test_added_measure_cuts_the_complaint_window_before_its_clause():
    text = "护理人员长期处于低薪、缺乏尊重的状态，制度扩张若没有同步改善劳动条件，只是在加速耗损。"
    out = {aspects.CHALLENGE: [_raw(aspects.CHALLENGE, text, text[:-1])], aspects.RECOMMENDATION: []}
    a = text.index("同步改善劳动条件")
    points._add_items(text, out, aspects.RECOMMENDATION, [(a, a + len("同步改善劳动条件"))], 60)
    assert [text[p.start:p.end] for p in out[aspects.RECOMMENDATION]] == ["同步改善劳动条件"]
    assert [text[p.start:p.end] for p in out[aspects.CHALLENGE]] == ["护理人员长期处于低薪、缺乏尊重的状态"]


def test_added_item_drops_a_window_whose_earlier_clauses_state_nothing():
    # the clauses before the added item state no problem of their own: the window is dropped, as before
    text = "去年市里开了一次会，各区若没有同步改善劳动条件，只是在加速耗损。"
    out = {aspects.CHALLENGE: [_raw(aspects.CHALLENGE, text, text[:-1])], aspects.RECOMMENDATION: []}
    a = text.index("同步改善劳动条件")
    points._add_items(text, out, aspects.RECOMMENDATION, [(a, a + len("同步改善劳动条件"))], 60)
    assert out[aspects.CHALLENGE] == []


def test_emphatic_negation_against_the_norm_is_the_complaint():
    s = "路灯和绿化的养护，应由市政部门负责，街道干部根本无权处理，也缺少专业工具。"
    (mx, my), (cx, cy) = points.prescribed_then_contrary(s)
    assert s[mx:my] == "应由市政部门负责"
    assert s[cx:cy] == "街道干部根本无权处理，也缺少专业工具"
    # a word that only holds 应 (相对应, 供应) is no norm
    assert points.prescribed_then_contrary("硬件规模迅速扩大，而相对应的课程建设滞后，有的专业根本无法衔接市场。") is None
    # an emphatic negation with no subject of its own is no contrary fact
    assert points.prescribed_then_contrary("我们应当加强宣传，根本不能松懈。") is None


# --- a circumstance of time names no problem; continuity adverbs and verbs of building up (aspects) ---------------

def test_modal_of_building_up_with_a_circumstance_of_time_is_a_measure():
    s = "邻里之间的信任必须持续累积，这是社区将来再度面对危机时所必需的条件。"
    assert aspects._prose_deficits(s) == frozenset()
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    # the problem stated outside the phrase of time is still a problem
    assert aspects._prose_deficits("面对危机时，有关部门反应迟缓，信息也不透明。")
    # a problem noun with no phrase of time around it is still read
    assert "危机" in aspects._prose_deficits("社区正陷入信任危机。")


def test_affordability_is_no_burden():
    assert aspects.prose_aspect("邻市的住房价格是可负担的，政府还提供津贴供家庭购买。") is None
    assert aspects.challenge_strength("市民负担得起的房屋") == 0
    # a burden stated is still one
    assert aspects.prose_aspect("高昂的租金令基层家庭负担沉重。") == aspects.CHALLENGE


def test_a_modal_inside_a_denial_of_intent_prescribes_nothing():
    assert aspects.prose_aspect("市政府有意借鉴邻市经验，并不是意味要将那一套全盘照收。") is None
    assert aspects.modal_strength("并非要取消所有补贴") == 0
    # the course a contrast proposes keeps its modal
    assert aspects.prose_aspect("我们不是说要取消所有考核，而是认为应该在减负的前提下，让基层干部把精力放在服务群众上。") == \
        aspects.RECOMMENDATION


# --- what a turn says persists after a change (points.persisting_problem) ----------------------------------------

def test_persisting_practice_after_a_change_is_a_problem():
    s = "如今本市已进入老龄社会，却仍沿用二十年前的养老补贴标准，造成不少老人入不敷出。"
    a, b = points.persisting_problem(s)
    assert s[a:b] == "仍沿用二十年前的养老补贴标准，造成不少老人入不敷出"
    s2 = "小区里的路面重新铺了一遍，可小区门口的人行道，依旧是坑坑洼洼。"
    a, b = points.persisting_problem(s2)
    assert s2[a:b] == "小区门口的人行道，依旧是坑坑洼洼"


def test_persistence_of_what_is_good_or_a_call_to_go_on_is_no_problem():
    assert points.persisting_problem("经济增速放缓，但仍保持增长。") is None
    assert points.persisting_problem("工作取得了成绩，但仍要继续努力。") is None  # (a modal: a measure)
    assert points.persisting_problem("他已经七十岁了，却仍坚持每天锻炼。") is None
    assert points.persisting_problem("仍沿用旧标准。") is None  # (no turn)


def test_persisting_problem_is_a_point_in_prose_only():
    text = ("养老补贴的思考\n\n"
            "如今本市已进入老龄社会，却仍沿用二十年前的养老补贴标准，造成不少老人入不敷出。\n")
    # (the final shaping may take the clause of change before it as the subject's setting)
    assert any(p.endswith("仍沿用二十年前的养老补贴标准，造成不少老人入不敷出") for p in _points(text)["challenge"])
