"""weak24: kinds of Parts 21, 15, 3 and the corpus' worst documents (a headline that opens with its topic noun and a
comma, a state said to need changing). Texts written for these tests."""

from summarizer import aspects, pipeline


def _points(text: str) -> dict[str, list[str]]:
    essay = pipeline.analyze(text)[0]
    return {k: [essay.text[p.start:p.end] for p in v] for k, v in essay.points.items()}


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
