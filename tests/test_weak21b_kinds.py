"""weak21b: kinds of the next weakest documents (a headline that names its remedy after its agent, the cause after a
之所以 clause, a modal's attributive clause, an occasion between a modal and its action, the bare modal 需, trouble
fallen into, a gap to a standard). Texts written for these tests."""

from summarizer import aspects, pipeline


def _points(text: str) -> dict[str, list[tuple[str, int, int]]]:
    essay = pipeline.analyze(text)[0]
    return {k: [(essay.text[p.start:p.end], p.start, p.end) for p in v] for k, v in essay.points.items()}


# --- a headline that names its agent or manner, then the remedy of its problem (aspects.headline_remedy) -----------

def test_headline_remedy_after_its_agent_names_no_problem():
    assert aspects.headline_remedy("多方合力破解停车难题")
    assert aspects.headline_remedy("部门协同化解信访问题")
    # the heading then names what a measure removes: neither a section of problems nor a stated shortcoming
    assert aspects.heading_aspect("社区主导化解邻里难题") is None
    assert aspects.sentence_aspect("社区主导化解邻里难题") is None
    assert aspects.item_vote("社区主导化解邻里难题") is None


def test_headline_that_fails_to_remedy_or_states_a_fault_is_no_remedy():
    assert not aspects.headline_remedy("基层无法解决群众难题")  # an inability before the verb
    assert not aspects.headline_remedy("办事人员解决不了实际问题")  # negated after the verb
    assert not aspects.headline_remedy("干部解决问题的能力不足")  # the verb in a noun phrase (的)
    assert not aspects.headline_remedy("城市交通拥堵问题")  # no remedy verb
    assert not aspects.headline_remedy("政府主导，解决停车难题，居民满意，商户配合")  # not a short all-Chinese phrase
    assert aspects.sentence_aspect("基层无法解决群众难题") == aspects.CHALLENGE


def test_measure_paragraph_under_a_headline_remedy_heading_is_a_point():
    text = ("去年全区新增机动车三万辆，停车位只增加了两千个。\n"
            "多方合力破解停车难题\n"
            "挖掘存量空间，改造老旧小区闲置用地，增加公共停车泊位。附近居民晚上回家常常要绕好几圈。\n")
    recs = _points(text)["recommendation"]
    assert recs == [("挖掘存量空间，改造老旧小区闲置用地，增加公共停车泊位", 36, 62)]


# --- the cause stated after a clause that asks why (aspects.states_after_cue) --------------------------------------

def test_cause_after_a_why_clause_states_the_point():
    s = "老街的空置问题之所以严重，根本原因在于租金过高。"
    assert aspects.opener_aspect(s) == aspects.CHALLENGE
    assert aspects.states_after_cue(s)
    # the opener is a point itself, not only the start of a region
    assert _points(s + "周边居民也很少来逛。\n")["challenge"] == [("老街的空置问题之所以严重，根本原因在于租金过高", 0, 23)]
    # without the cause noun and its copula the clause asks nothing the next one answers
    assert not aspects.states_after_cue("老街的商铺之所以冷清，是因为租金过高。")
    # a first clause without 之所以 is read as before: its cause noun is in the second clause
    assert not aspects.states_after_cue("老街的空置问题很严重，根本原因在于租金过高。")


# --- a modal in an attributive clause prescribes nothing (aspects._modal_actions) ----------------------------------

def test_modal_in_a_relative_clause_prescribes_nothing():
    assert aspects._modal_actions("外卖包装是治理塑料污染必须考虑的重点。") == []
    assert aspects.prose_aspect("外卖包装是治理塑料污染必须考虑的重点。") is None
    # a 的 that closes the clause affirms the action (是…的), and one after the object is no relative clause
    assert aspects._modal_actions("这种收费办法是需要改进的。") == ["需要"]
    assert aspects._modal_actions("要加强对网约车平台的监管。") == ["要"]


# --- an occasion between a modal and its action (aspects._modal_actions) -------------------------------------------

def test_occasion_closed_by_a_comma_before_the_action_prescribes():
    assert aspects._modal_actions("市政府应趁预算审议，至少订出公交线路的调整时间表。") == ["应"]
    assert aspects.prose_aspect("市政府应借此契机，加快完善公交线网。") == aspects.RECOMMENDATION
    # no action after the occasion, or a verb of 借 that is no occasion
    assert aspects._modal_actions("市民要借钱，买房子。") == []
    assert aspects._modal_actions("政府应趁早收手。") == []


# --- the bare modal 需 (aspects._modal_actions) --------------------------------------------------------------------

def test_bare_need_before_an_action_prescribes_weakly():
    assert aspects._modal_actions("区政府需加大投入。") == ["需"]
    assert aspects.prose_aspect("区政府需加大投入。") == aspects.RECOMMENDATION
    # no need, a need as a noun, what is needed: no modal
    assert aspects._modal_actions("区政府无需加大投入。") == []
    assert aspects._modal_actions("所需资金缺口较大。") == []
    assert aspects._modal_actions("供给无法满足需求。") == []


# --- trouble fallen into (aspects._prose_deficits) -----------------------------------------------------------------

def test_trouble_fallen_into_is_a_deficiency():
    assert "陷入" in aspects._prose_deficits("小微企业陷入了恶性循环。")
    assert aspects.prose_aspect("小微企业陷入了恶性循环。") == aspects.CHALLENGE
    assert "陷入" in aspects._prose_deficits("这使得老旧小区改造陷入一定程度的僵局。")
    # a state of mind is no trouble
    assert aspects._prose_deficits("老人陷入沉思。") == frozenset()


# --- a gap to a standard that exists (aspects._GAP_BEHIND) ---------------------------------------------------------

def test_existing_gap_to_a_standard_is_a_deficiency():
    s = "本市养老服务水平与居民期待还存在较大差距。"
    assert "差距" in aspects._prose_deficits(s)
    assert aspects.prose_aspect(s) == aspects.CHALLENGE
    assert aspects.prose_aspect("乡村教师待遇与城市相比仍有明显差距。") == aspects.CHALLENGE
    # narrowing the gap is a measure; a gap named without a standard states nothing here
    assert "差距" not in aspects._prose_deficits("要缩小与发达地区的差距。")
    assert "差距" not in aspects._prose_deficits("两者之间有差距。")


def test_gap_after_an_enumeration_of_problems_is_a_point():
    text = "本区养老服务面临床位不足、护理人员短缺等问题，服务质量与群众期待还存在较大差距。\n"
    chal = [t for t, _, _ in _points(text)["challenge"]]
    assert "床位不足" in chal and "护理人员短缺" in chal
    assert any("服务质量与群众期待还存在较大差距" in t for t in chal)


# --- resources tilted toward the weak (aspects._TILT_TOWARD) --------------------------------------------------------

def test_tilt_toward_the_weak_names_whom_a_measure_favours():
    s = "同时，使资金、人才等向薄弱学校倾斜，加快补齐乡村教育短板。"
    assert aspects.challenge_strength(s) == 0
    assert aspects._prose_deficits(s) == frozenset()
    assert aspects.sentence_aspect(s) == aspects.RECOMMENDATION
    # the weakness stated outside the tilt, or a tilt judged excessive, still counts
    assert aspects._prose_deficits("乡村学校师资力量薄弱。") == frozenset({"薄弱"})
    assert "薄弱" in aspects._prose_deficits("资源过度向城区倾斜，乡村学校师资力量薄弱。")
