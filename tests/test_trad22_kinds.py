"""Failure kinds of the Traditional-Chinese (Hong Kong, Macau, Taiwan) documents of the aspect corpus, each on a
Traditional text written for the test (none copies a corpus string). The pipeline reads a Simplified analysis view of
Traditional text (:func:`summarizer.script.simplified_view`), so the cue words are Simplified; these tests check that
the Traditional inputs reach them.

1. A demand that the authorities reconsider a policy (``當局要反思現行制度是否仍然合適``, ``政府應重新思考…``) gave no
   point: verbs of reconsidering join ``imperative`` (反思, 反省, 重新思考), as 检讨 / 审视 already were. Without a modal
   or a subject that is asked to act (``這次經歷令人反思``) it prescribes nothing.
2. A quality, a bond or an economy that fades (``市民對社區的歸屬感大大減退``, ``投資意欲持續衰退``) stated no problem:
   减退 and 衰退 join ``challenge_predicate`` as 下降 is; 消退 (an epidemic subsiding is relief) does not.
"""

from __future__ import annotations

from aspect_helpers import points

# 1 ---------------------------------------------------------------------------------------------------------------


def test_reconsider_demand_is_a_measure():
    text = "當局要反思現行的公屋輪候制度是否仍然合理。"
    assert points(text) == ([], ["當局要反思現行的公屋輪候制度是否仍然合理"])


def test_rethink_after_modal_is_a_measure():
    text = "政府應重新思考現行的土地供應策略。"
    assert points(text) == ([], ["政府應重新思考現行的土地供應策略"])


def test_reflection_without_modal_is_no_measure():
    assert points("這次旅程的經歷令人反思良久。") == ([], [])


# 2 ---------------------------------------------------------------------------------------------------------------


def test_fading_bond_is_a_problem():
    text = "近年不少居民對這個社區的歸屬感大大減退。"
    assert points(text) == (["近年不少居民對這個社區的歸屬感大大減退"], [])


def test_economic_decline_is_a_problem():
    text = "本地零售業持續衰退，小商戶紛紛結業。"
    assert points(text)[0] == ["本地零售業持續衰退，小商戶紛紛結業"]


def test_subsiding_epidemic_is_no_problem():
    assert points("隨着疫情消退，遊客陸續回到老城區。") == ([], [])


def test_offsets_point_into_the_traditional_input():
    import summarizer

    text = "前言。\n政府應重新思考現行的土地供應策略。近年不少居民對這個社區的歸屬感大大減退。"
    essay = summarizer.summarize(text).essays[0]
    got = [(p.text, text[p.start:p.end]) for p in essay.recommendations + essay.challenges]
    assert got == [("政府應重新思考現行的土地供應策略", "政府應重新思考現行的土地供應策略"),
                   ("近年不少居民對這個社區的歸屬感大大減退", "近年不少居民對這個社區的歸屬感大大減退")]
