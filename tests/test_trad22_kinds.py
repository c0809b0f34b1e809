"""Failure kinds of the Traditional-Chinese (Hong Kong, Macau, Taiwan) documents of the aspect corpus, each on a
Traditional text written for the test (none copies a corpus string). The pipeline reads a Simplified analysis view of
Traditional text (:func:`summarizer.script.simplified_view`), so the cue words are Simplified; these tests check that
the Traditional inputs reach them.

1. A demand that the authorities reconsider a policy (``當局要反思現行制度是否仍然合適``, ``政府應重新思考…``) gave no
   point: verbs of reconsidering join ``imperative`` (反思, 反省, 重新思考), as 检讨 / 审视 already were. Without a modal
   or a subject that is asked to act (``這次經歷令人反思``) it prescribes nothing.
2. A quality, a bond or an economy that fades (``市民對社區的歸屬感大大減退``, ``投資意欲持續衰退``) stated no problem:
   减退, 衰退 and 下滑 join ``challenge_predicate`` as 下降 is; 消退 (an epidemic subsiding is relief) does not, and a
   burden that slides (``營運成本明顯下滑``) is progress (下滑 joins ``shrink_verb``).
3. Hong Kong news glues a pronoun's one-character verb of saying to the words it reports (``他指當局要檢討…``,
   ``她稱政府必須…``): with no comma after 指/稱 the sentence was read as the author's, and its clauses were lost.
   A personal pronoun as the whole speaker now frames the words (``aspects._PRONOUN_SAID`` in
   ``aspects._news_frame_re``), each clause read as the speaker's point (:func:`summarizer.points.reported_clauses`);
   not 他指着… (a gesture), 他指的是… nor 他稱得上… (other words).
4. A gap that keeps widening (``差距愈來愈大``, the 愈來愈 form besides 越來越; ``差距不斷擴大``) and a low willingness
   (``意欲低``, ``意願不高``) stated no problem in prose: phrases of ``prose_challenge``. A gap shrinking
   (``差距逐步縮小``) and a measure that raises a willingness (``提高…參與意願``) stay what they were.
5. 高企 of Hong Kong and Macau prose (= 居高不下: ``樓價長期高企``) stated no problem: ``challenge_predicate`` takes it
   after a price, a rent, a rate or a cost (价/金/率/本) or an adverb of duration; bare 高企 is inside 提高企业.
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


def test_sliding_workforce_is_a_problem_and_sliding_cost_is_not():
    assert points("本地的勞動人口持續下滑。") == (["本地的勞動人口持續下滑"], [])
    assert points("企業的營運成本明顯下滑。") == ([], [])


def test_subsiding_epidemic_is_no_problem():
    assert points("隨着疫情消退，遊客陸續回到老城區。") == ([], [])


def test_offsets_point_into_the_traditional_input():
    import summarizer

    text = "前言。\n政府應重新思考現行的土地供應策略。近年不少居民對這個社區的歸屬感大大減退。"
    essay = summarizer.summarize(text).essays[0]
    got = [(p.text, text[p.start:p.end]) for p in essay.recommendations + essay.challenges]
    assert got == [("政府應重新思考現行的土地供應策略", "政府應重新思考現行的土地供應策略"),
                   ("近年不少居民對這個社區的歸屬感大大減退", "近年不少居民對這個社區的歸屬感大大減退")]


# 3 ---------------------------------------------------------------------------------------------------------------

_GLUED = "某團體代表表示，歡迎當局成立專責小組。他指當局要檢討現行的資助制度是否仍然合適，不同地區之間的差距愈來愈大。"


def test_pronoun_glued_to_said_words_frames_them():
    import summarizer

    essay = summarizer.summarize(_GLUED).essays[0]
    got = [(p.text, _GLUED[p.start:p.end]) for p in essay.recommendations + essay.challenges]
    assert got == [("當局要檢討現行的資助制度是否仍然合適", "當局要檢討現行的資助制度是否仍然合適"),
                   ("不同地區之間的差距愈來愈大", "不同地區之間的差距愈來愈大")]


def test_pronoun_frame_leaves_the_speaker_out():
    assert points("她稱政府必須增加安老院舍的名額。") == ([], ["政府必須增加安老院舍的名額"])
    assert points("他們又指當局應盡快公布時間表。") == ([], ["當局應盡快公布時間表"])


def test_pronoun_gesture_or_other_word_is_no_frame():
    from summarizer import aspects as asp
    from summarizer.script import simplified_view

    for text in ("他指着地圖說這個社區欠缺休憩空間", "他指的是去年推出的新政策", "他稱得上是本地最有經驗的社工"):
        assert asp.news_person_frame(simplified_view(text)) is None
    assert asp.news_person_frame(simplified_view("他指當局要檢討制度")).end() == 2
    assert points("他指的是去年推出的新政策。") == ([], [])


# 4 ---------------------------------------------------------------------------------------------------------------


def test_widening_gap_is_a_problem():
    assert points("階層之間的差距愈來愈大。") == (["階層之間的差距愈來愈大"], [])
    assert points("城鄉差距不斷擴大，基層市民苦不堪言。")[0] == ["城鄉差距不斷擴大，基層市民苦不堪言"]


def test_low_willingness_is_a_problem():
    assert points("公屋住戶向上流動的意欲低。") == (["公屋住戶向上流動的意欲低"], [])


def test_shrinking_gap_and_raising_willingness_are_not_problems():
    assert points("近年城鄉差距逐步縮小。") == ([], [])
    assert points("政府要提高市民的參與意願。") == ([], ["政府要提高市民的參與意願"])


# 5 ---------------------------------------------------------------------------------------------------------------


def test_prices_staying_high_is_a_problem():
    assert points("近年本港租金高企。") == (["近年本港租金高企"], [])
    assert points("市區商舖的租金長期高企。") == (["市區商舖的租金長期高企"], [])


def test_raising_enterprises_is_no_high_price():
    assert points("要提高企业的创新能力。") == ([], ["要提高企业的创新能力"])
