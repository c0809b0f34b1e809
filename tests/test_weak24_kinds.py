"""weak24: kinds of Parts 21, 15, 3 and the corpus' worst documents (a headline that opens with its topic noun and a
comma, a state said to need changing). Texts written for these tests."""

from summarizer import aspects
from aspect_helpers import analyzed_points as _points


# --- a headline sentence that opens with its topic noun and a comma names no section (aspects._topic_headline) -------

def test_topic_headline_names_no_section():
    assert aspects.heading_aspect("建议,请早点修好路灯", title=True) is None
    assert aspects.heading_aspect("问题，谁来管", title=True) is None
    # a bare section name, a run-in label and a heading with a colon still name their section
    assert aspects.heading_aspect("建议", title=True) == aspects.RECOMMENDATION
    assert aspects.heading_aspect("存在的问题", title=True) == aspects.CHALLENGE
    assert aspects.heading_aspect("建议：加强路灯维护", title=True) == aspects.RECOMMENDATION
    # a comma with too short a tail, or a longer noun phrase before it, is not such a headline
    assert aspects.heading_aspect("建议,好", title=True) == aspects.RECOMMENDATION


_LAMPS = ("晚报数字版\n\n第五版:城事\n\n建议,请早点修好路灯\n\n"
          "每到晚上，小区门口的路灯总是不亮，居民出门很不方便。\n\n"
          "街坊们说，去年就向有关部门反映过，可是一直没有人来修。\n\n"
          "有关部门能不能尽快增设几盏路灯呢，比如先在门口装两盏。\n")


def test_headline_over_an_article_lets_the_article_be_read():
    got = _points(_LAMPS)
    # the headline is no recommendation section swallowing the article: its sentences are read as prose
    assert "建议,请早点修好路灯" not in got["recommendation"]
    assert got["recommendation"] == ["有关部门能不能尽快增设几盏路灯呢"]
    assert got["challenge"] == ["每到晚上，小区门口的路灯总是不亮，居民出门很不方便"]


# --- a state said to need changing is a problem (aspects.needs_change, in aspects.awaits_improvement) ---------------

def test_state_said_to_need_changing_is_a_challenge():
    assert aspects.needs_change("城乡收入悬殊需要改变。")
    assert aspects.needs_change("这种被动局面亟待扭转")
    assert aspects.prose_aspect("城乡收入悬殊需要改变。") == aspects.CHALLENGE


def test_need_to_change_with_an_actor_or_an_object_is_no_problem():
    # the speaker, a public actor, an object after the verb, a clause that opens with the modal
    assert not aspects.needs_change("我们需要改变")
    assert not aspects.needs_change("政府需要改变")
    assert not aspects.needs_change("需要改变工作思路")
    assert not aspects.needs_change("要改变")
    # a reform is a measure, not in the change verbs
    assert not aspects.needs_change("收费制度需要改革")
    assert aspects.prose_aspect("我们需要改变") != aspects.CHALLENGE


# --- an event that exposed a list of faults (points.exposed_problems, points._exposed_list) -------------------------

def _exposed(s: str) -> list[str]:
    from summarizer import points
    return [s[a:b] for a, b in points.exposed_problems(s)]


def test_event_exposing_a_list_gives_one_fault_per_clause():
    s = "这次渗水事故暴露了小区物业管理存在不少漏洞，维修基金长期被挪作他用，利用关系承揽工程，而街道监督也不到位。"
    assert _exposed(s) == ["小区物业管理存在不少漏洞", "维修基金长期被挪作他用", "利用关系承揽工程", "而街道监督也不到位"]


def test_exposed_list_stops_at_the_remedy_and_needs_two_faults():
    s = "这次渗水事故暴露了物业管理的漏洞，维修基金被挪用，要尽快追责。"
    assert _exposed(s) == ["物业管理的漏洞", "维修基金被挪用"]
    # (a sentence that holds a strong modal is read by none of the exposing readers)
    assert _exposed(s.replace("要尽快", "必须尽快")) == []
    # one fault only: no list (the prose reading takes it); a gloss after the object lists nothing
    assert _exposed("这次渗水事故暴露了物业管理的漏洞。") == []
    assert _exposed("几次事故都暴露出了同样的特点，即一家出事，住户就怀疑所有物业公司。") == []
    # a relative clause (事故暴露的问题) and an object of worth are no list either
    assert _exposed("物业要对事故暴露的问题进行整改，追回挪用的基金，公开维修账目。") == []
    assert _exposed("这次事故凸显了物业管理的重要性，也考验了街道的应对能力。") == []


# --- a ；-list whose items open with a marker of an example (points.prose_parts, points._EXAMPLE_LEAD) ---------------

def test_example_marked_items_after_a_lead_in_are_points_without_the_marker():
    from summarizer import points
    s = ("可是，社区在垃圾分类上常有问题误区：比如，分类投放点设置不合理，居民投放很不方便；"
         "再如，宣传经费不断增加，居民的分类准确率却没有提高。")
    got = [s[a:b] for a, b in points.prose_parts(s, 0, len(s), aspects.CHALLENGE, 60)]
    assert got == ["分类投放点设置不合理，居民投放很不方便", "宣传经费不断增加，居民的分类准确率却没有提高"]


def test_one_example_marker_is_no_list():
    from summarizer import points
    # only the second part opens with a marker: the parts keep their words as before
    s = "分类投放点设置不合理，居民投放很不方便；比如，有的小区只在门口设一个投放点。"
    got = [s[a:b] for a, b in points.prose_parts(s, 0, len(s), aspects.CHALLENGE, 60)]
    assert not any(p.startswith("有的小区") for p in got)


# --- a concession and the turn that answers it (points.persisting_problem, points._conceded_turn) --------------------

def test_persisting_problem_keeps_the_conceded_clause():
    from summarizer import points
    s = "面对周边城市的竞争，市里虽已出台多项引才政策，但是效果仍然有待观察。"
    a, b = points.persisting_problem(s)
    assert s[a:b] == "市里虽已出台多项引才政策，但是效果仍然有待观察"


def test_persisting_problem_without_a_concession_starts_at_the_turn():
    from summarizer import points
    s = "面对周边城市的竞争，市里出台了多项引才政策，但是效果仍然有待观察。"
    a, b = points.persisting_problem(s)
    assert s[a:b] == "效果仍然有待观察"


# --- a count, then a turn to how few of it came out right (aspects.turned_to_few; points.cue_window) -----------------

def test_turn_to_few_after_a_count_is_a_challenge():
    s = "全市共有三百多家养老机构，但目前仅有两家达到国家标准。"
    assert aspects.turned_to_few(s)
    assert aspects.prose_aspect(s) == aspects.CHALLENGE


def test_turn_to_few_needs_a_count_before_it():
    assert not aspects.turned_to_few("大家等了很久，但只有一个人来。")
    assert not aspects.turned_to_few("但目前仅有两家达到国家标准。")


def test_turn_to_few_window_starts_at_the_turn():
    from summarizer import points
    s = ("区里推行社区食堂已满三年，早前的补贴办法也已实施了一年多，民政局长在答复人大代表询问时说，"
         "街道一共登记了一百二十家申请的餐饮单位，但至今只有一家通过验收。")
    assert len(s) > 60
    a, b = points.cue_window(s, 0, len(s), aspects.CHALLENGE, 60)
    assert s[a:b] == "但至今只有一家通过验收"


# --- a reform said to be not A but B, B turning one thing into another (aspects._contrast_course, contrastive_measure)

def test_reform_not_a_but_turning_into_b_is_a_measure():
    s = "学生减负不是“少上课”，而是把“刷题的时间”换成“运动的时间”"
    assert aspects.contrastive_measure(s)
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION


def test_contrast_of_descriptions_or_a_complaint_is_no_measure():
    # a contrast of descriptions; an authority turning one thing into another for others' gain (a complaint)
    assert not aspects.contrastive_measure("这不是技术问题，而是管理问题")
    assert not aspects.contrastive_measure("政府不是帮助农民，而是把土地变成开发商的利润")
