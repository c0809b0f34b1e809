"""p27c: Part 27 (924-978) leftovers, each kind on texts written for these tests (none copied from the corpus)."""

from summarizer import aspects, pipeline
from aspect_helpers import analyzed_points as _points


# --- a run of run-in items whose bodies narrate a unit's own practice (aspects.narrates_practices) --------------------

_PRACTICE_NOTE = (
    "一是严把选题关。围绕年度重点任务确定调研课题，征求各科室意见，形成课题清单。\n"
    "二是严把调研关。课题组先后组织座谈会六场，走访企业二十家，收集意见建议四十余条。\n"
    "三是严把成果关。调研结束后，课题组相继完成了调研报告，报送局党组审定。\n"
)


def test_narrated_practice_run_gives_no_point():
    pts = _points(_PRACTICE_NOTE)
    assert pts == {"challenge": [], "recommendation": []}


def test_prescribed_run_of_the_same_headings_stays_measures():
    # negative: the bodies prescribe (要…), so the headings are the measures they name
    text = (
        "一是严把选题关。要围绕年度重点任务确定调研课题，避免选题空泛。\n"
        "二是严把调研关。要深入企业一线，多听群众意见，防止走马观花。\n"
        "三是严把成果关。要把调研成果转化为具体措施，防止束之高阁。\n"
    )
    assert _points(text)["recommendation"] == ["严把选题关", "严把调研关", "严把成果关"]


def test_narrates_practices_needs_narration_and_no_modal():
    assert aspects.narrates_practices(["课题组先后组织座谈会六场。", "会后形成课题清单。"])
    # no mark of narration: bare imperative-looking bodies of a work plan stay undecided
    assert not aspects.narrates_practices(["成立工作专班，明确责任分工。", "制定考核办法，定期通报进度。"])
    # a modal word in one body makes the run a prescription
    assert not aspects.narrates_practices(["课题组先后组织座谈会六场。", "要形成课题清单。"])
    # one body with text is too little to judge a run
    assert not aspects.narrates_practices(["课题组先后组织座谈会六场。", "  "])


# --- a study's method, aim and contribution stated about itself (aspects.states_neither: _SURVEY_MODE, _STUDY_AIM,
# --- states_study_contribution) -----------------------------------------------------------------------------------

def test_survey_mode_and_questionnaire_count_are_neither():
    assert aspects.states_neither("采用入户问卷调查的方式，共回收有效问卷812份")
    assert aspects.states_neither("本次调查采取网上问卷形式")
    # negative: a measure that adopts a means is a measure
    assert not aspects.states_neither("采取有效措施，限期完成整改")


def test_study_aim_with_a_means_is_neither():
    assert aspects.states_neither("本次调研旨在通过座谈、走访等方式，了解社区养老服务的现状与困难")
    # negative: a problem statement that holds the word 方式 is no aim
    assert not aspects.states_neither("现有的服务方式单一，难以满足老人需求")


def test_study_contribution_clause_is_neither():
    assert aspects.states_study_contribution("为完善社区养老服务体系提供参考")
    assert aspects.states_study_contribution("这对破解基层减负难题提供了依据。")
    # negatives: a prescribed provision, a benefit that is no guidance, a measure before the clause
    assert not aspects.states_study_contribution("应为企业提供参考")
    assert not aspects.states_study_contribution("为群众提供便利")
    assert not aspects.states_study_contribution("建立数据库，为决策提供依据")


def test_study_contribution_in_an_abstract_gives_no_point():
    text = ("养老服务供给不足，护理人员短缺，服务质量参差不齐。本次调研旨在通过座谈、走访等方式，了解社区养老服务的"
            "现状与困难。政府应加大财政投入，完善护理人员培养机制。为完善社区养老服务体系提供参考。")
    pts = _points(text)
    assert "为完善社区养老服务体系提供参考" not in pts["recommendation"]
    assert not any("旨在" in p for p in pts["challenge"])


# --- a reported group's wish for an action or for more of something (aspects.reported_wish) -----------------------

def test_reported_wish_is_a_recommendation():
    assert aspects.sentence_aspect("不少家长希望学校能延长课后托管时间") == aspects.RECOMMENDATION
    assert aspects.sentence_aspect("受访学生普遍希望得到更多的心理辅导") == aspects.RECOMMENDATION


def test_wishes_that_ask_no_action_are_not_read_so():
    # negatives: a negated wish, a hope to hear, a wish granted before a doubt, a wish with no action
    assert not aspects.reported_wish("多数居民并不希望小区引入收费停车")
    assert not aspects.reported_wish("希望今后能够经常听到基层群众的声音")
    assert not aspects.reported_wish("我们当然希望新规可以减少拥堵，但能否落实还是未知数")
    assert not aspects.reported_wish("他们希望维持现状")


def test_reported_wish_in_a_survey_report_gives_its_point():
    text = ("调查显示，近六成受访学生对就业前景感到担忧，不少学生反映实习机会少。"
            "受访学生普遍希望得到更多的职业指导。")
    assert "受访学生普遍希望得到更多的职业指导" in _points(text)["recommendation"]


# --- a headline glued by a single line break to the first paragraph stays its own line (clean._subheading_line) -----

def test_opening_headline_is_not_run_into_the_first_paragraph():
    from summarizer.clean import clean
    text = ("社区养老服务亟待补短板、强弱项\n"
            "记者近日走访了本市多个社区，发现养老服务站点普遍人手不足，不少老人反映服务时间太短，希望站点能延长开放时间。\n")
    out = clean(text).text
    assert out.startswith("社区养老服务亟待补短板、强弱项\n记者近日走访")
    assert pipeline.analyze(text)[0].title == "社区养老服务亟待补短板、强弱项"


def test_wrapped_first_line_of_a_paragraph_is_still_joined():
    # negative: a hard-wrapped paragraph's first line is as wide as the next one, so it is no headline
    from summarizer.clean import clean
    text = "记者近日走访了本市多个社区，发现养老服务站点普遍\n人手不足，不少老人反映服务时间太短，站点开放时间有限。\n"
    assert clean(text).text.startswith("记者近日走访了本市多个社区，发现养老服务站点普遍人手不足")


# --- an authority's hope for its own policy is reported, neither aspect (aspects.states_official_hope) ---------------

def test_official_hope_is_neither():
    assert aspects.states_neither("当局期望新措施可以带动行业转型，逐步改善服务质素")
    assert aspects.states_neither("局长亦希望计划能在年内完成")
    # negatives: an authority's wish addressed to the public, a citizen's wish that the government act, a strong modal
    assert not aspects.states_official_hope("政府希望市民减少不必要的外出")
    assert not aspects.states_official_hope("居民希望政府增加巴士班次")
    assert not aspects.states_neither("政府必须增加巴士班次")
