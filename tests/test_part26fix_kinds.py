"""Failure kinds left by the Part 26 documents (913-923) of the aspect corpus after corpus24b, each on a text written
for the test (none copies a corpus string).

1. A debunked appearance (``乍看之下，似乎正视问题，但事实上，…``; ``看似…，实则…``): the opener (``appearance_opener`` cue
   group) grants how things look, the clause after the turn is what the author holds. A heeding phrase in the granted
   look (正视问题: ``problem_handling``) made :func:`summarizer.aspects.states_neither` drop the whole sentence; the
   look now is read past (:func:`summarizer.aspects.appearance_main`) and the challenge point starts at the main
   clause (``points._past_concessions``). An appearance with no turn (``似乎存在一些问题。``) and a main clause that
   states nothing are not read so.
"""

from __future__ import annotations

import time

from aspect_helpers import points
from summarizer import aspects as asp


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
    long_line = "乍看之下，" + "似乎" * 50_000 + "。"
    t = time.perf_counter()
    asp.appearance_main(long_line)
    asp.states_neither(long_line)
    asp.appearance_main("看似，" + "，" * 100_000)
    assert time.perf_counter() - t < 0.5
