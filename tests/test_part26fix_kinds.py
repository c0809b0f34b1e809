"""Failure kinds left by the Part 26 documents (913-923) of the aspect corpus after corpus24b, each on a text written
for the test (none copies a corpus string).

1. A debunked appearance (``乍看之下，似乎正视问题，但事实上，…``; ``看似…，实则…``): the opener (``appearance_opener`` cue
   group) grants how things look, the clause after the turn is what the author holds. A heeding phrase in the granted
   look (正视问题: ``problem_handling``) made :func:`summarizer.aspects.states_neither` drop the whole sentence; the
   look now is read past (:func:`summarizer.aspects.appearance_main`) and the challenge point starts at the main
   clause (``points._past_concessions``). An appearance with no turn (``似乎存在一些问题。``) and a main clause that
   states nothing are not read so.
2. A hedged proposal with a weak modal before 考虑 (``不易执行的事项，可以考虑公开讨论``, ``我希望…私楼亦都是可以考虑的``:
   ``consider_suggestion`` cue group) in free prose, a note's bullet or a speaker's first-person turn gave no point: it
   is a recommendation (:func:`summarizer.aspects.suggests_consideration` in :func:`summarizer.aspects.prose_aspect`
   and in the first-person reading of :func:`summarizer.aspects.states_background`). ``可以考虑的因素很多`` (a noun
   after 的), ``不可以考虑``, ``政府正在考虑…`` (no modal) and a question are not read so.
3. A prohibition of halting (``改革一刻也不能停留``, ``整改不能停留在口头上``) was read as a challenge: verbs of halting
   or slackening (停留, 停滞, 止步: appended to the ``neglect_verb`` cue group) after 不能/不可 prescribe going on, as a
   forbidden neglect does (:func:`summarizer.aspects.forbids_neglect`). A halt stated (``经济改革长期停滞不前``) stays a
   challenge.
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from costs import assert_linear


# 1 ---------------------------------------------------------------------------------------------------------------

def test_debunked_appearance_gives_its_main_clause():
    assert points("乍看之下，新方案似乎重视问题，但事实上，当局对住户的诉求只字未提。") == (["当局对住户的诉求只字未提"], [])
    assert points("看似回应诉求，实则租金负担仍然过重。") == (["租金负担仍然过重"], [])


def test_debunked_appearance_in_traditional_script():
    assert points("乍看之下，似乎正視問題，但事實上，這套改革依然未曾正面回應租戶的核心訴求。") == (
        ["這套改革依然未曾正面回應租戶的核心訴求"], [])


def test_appearance_main_offsets():
    s = "乍看之下，似乎正视问题，但事实上，这些措施未曾回应诉求"
    assert s[asp.appearance_main(s):] == "这些措施未曾回应诉求"
    assert asp.appearance_main("似乎存在一些问题。但这是另一句") is None  # (no turn before the sentence's end)
    assert asp.appearance_main("政府正视问题，但事实上仍有困难") is None  # (no appearance opener)


def test_appearance_without_a_turn_or_a_stated_problem_gives_none():
    assert points("似乎存在一些问题。") == ([], [])
    assert points("表面上看，政府积极作为，但实际上，我们一定直面问题，认真加以解决。") == ([], [])


def test_appearance_reading_is_linear():
    long_line = lambda n: "乍看之下，" + "似乎" * n + "。"  # noqa: E731
    assert_linear(lambda n: asp.appearance_main(long_line(n)), 12_500, "appearance_main, a long line")
    assert_linear(lambda n: asp.states_neither(long_line(n)), 12_500, "states_neither, a long line")
    assert_linear(lambda n: asp.appearance_main("看似，" + "，" * n), 25_000, "appearance_main, commas")


# 2 ---------------------------------------------------------------------------------------------------------------

def test_hedged_consideration_is_a_measure():
    assert points("不易执行或是常有争议的事项，可以考虑公开讨论。") == ([], ["不易执行或是常有争议的事项，可以考虑公开讨论"])
    assert points("- 会议记录\n    - 不易执行的事项，可以考虑先试行\n") == ([], ["不易执行的事项，可以考虑先试行"])
    assert points("其实一些给年轻人住的小户型，亦都是可以考虑的。") == ([], ["其实一些给年轻人住的小户型，亦都是可以考虑的"])


def test_first_person_hedged_consideration_is_a_measure():
    assert asp.suggests_consideration("我希望不只是公园在那里兴建，其实一些给中产住的楼宇，亦都是可以考虑的")
    assert not asp.states_background("我希望不只是公园在那里兴建，其实一些给中产住的楼宇，亦都是可以考虑的")


def test_consideration_that_proposes_nothing_is_no_measure():
    assert not asp.suggests_consideration("我们可以考虑的因素很多。")
    assert not asp.suggests_consideration("这个方案不可以考虑。")
    assert not asp.suggests_consideration("政府正在考虑延长资助。")
    assert not asp.suggests_consideration("是否可以考虑延长资助？")
    assert not asp.suggests_consideration("可以考虑到成本的因素。")
    assert points("我们可以考虑的因素很多。") == ([], [])
    assert points("政府正在考虑延长资助。") == ([], [])


def test_consideration_reading_is_linear():
    assert_linear(lambda n: asp.suggests_consideration("可以考虑" * n), 6_250, "suggests_consideration, repeated")
    assert_linear(lambda n: asp.suggests_consideration("，" * n + "可以考虑的"), 25_000, "suggests_consideration, commas")
    assert_linear(lambda n: asp.prose_aspect("考虑" * n), 12_500, "prose_aspect")


# 3 ---------------------------------------------------------------------------------------------------------------

def test_forbidden_halt_is_a_measure():
    assert points("改革是发展的动力，政府的税制改革，一刻也不能停留，没有回头路。") == (
        [], ["改革是发展的动力，政府的税制改革，一刻也不能停留，没有回头路"])
    assert points("社区整改绝不能停留在口头上。") == ([], ["社区整改绝不能停留在口头上"])
    assert asp.forbids_neglect("乡村振兴不能止步")


def test_stated_halt_stays_a_challenge():
    assert points("区内旧城改造长期停滞不前。") == (["区内旧城改造长期停滞不前"], [])
    assert not asp.forbids_neglect("旧城改造停滞多年，我们不能止步")
