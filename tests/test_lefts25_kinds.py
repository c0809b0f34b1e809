"""Failure kinds of Part 26 (913-923) and the Parts 23-24 leftovers of the aspect corpus, each on a text written for
the test (none copies a corpus string).

1. An interpellation's numbered questions laid out as titled items (a question line whose body only asks on:
   ``对于…，当局有无具体的时间表？能否在明年底前全部落成？``) gave the question as a point: an item that holds questions
   only and states no problem asks, as an untitled question item does (:func:`summarizer.points.asks_throughout` in
   ``points._question_items``); a ``能否``/``可否`` question whose act is a verb of explaining (``能否具体说明？``:
   ``information_request_verb`` cue group, :func:`summarizer.points.asks_information`) asks for an account, not a measure.
   An item that answers its question, one that states a problem before asking, and one that proposes (``可否尽快增建
   宿位？``) are read as before.
"""

from __future__ import annotations


from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as pts
from costs import assert_linear

# 1 ---------------------------------------------------------------------------------------------------------------

_ASKED = ("议员书面质询\n\n长者院舍宿位长期不足,轮候时间长达三年,为此本人提出质询如下:\n\n"
          "1. 当局三年前承诺增建两千个宿位,请问各个项目的最新进展为何,能否具体说明?\n\n"
          "2. 对于新院舍的规划,在兴建进度上,当局有无具体的时间表?能否在明年底前全部落成?\n")


def test_items_that_only_ask_give_no_point():
    assert points(_ASKED) == ([], [])


def test_asking_for_an_account_is_no_proposal():
    assert pts.asks_information("请问最新进展为何,能否具体说明?")
    assert pts.asks_information("可否向公众详细交代原因?")
    assert not pts.asks_information("可否及早完成审批?")
    assert not pts.asks_information("政府有无具体的时间表?")


def test_questions_throughout():
    assert pts.asks_throughout("当局有无具体的时间表?能否在明年底前落成?")
    assert pts.asks_throughout("有无时间表?”")
    assert not pts.asks_throughout("当局有无具体的时间表?当局表示将于明年公布。")
    assert not pts.asks_throughout("当局有无具体的时间表")


def test_a_proposing_or_problem_item_is_read_as_before():
    text = ("议员书面质询\n\n为此本人提出质询如下:\n\n1. 院舍宿位严重不足,可否尽快增建宿位?\n\n"
            "2. 院舍的收费是否合理?能否具体解释?\n")
    # (the list marker no longer opens the point: fix42a's pipeline._OPENING_MARKER)
    assert points(text) == (["院舍宿位严重不足"], ["可否尽快增建宿位"])


def test_question_reading_is_linear():
    assert_linear(lambda n: pts.asks_throughout("当局有无时间表?" * n), 12000, "many questions")
    assert_linear(lambda n: pts.asks_information("能否" + "具体" * n), 50000, "one long question")


# 2 ---------------------------------------------------------------------------------------------------------------
# 2. An appeal with 期盼 (``我们诚挚期盼朝野共同协商与沟通``) and one to the parties of a legislature (朝野) were no
#    appeal: 期盼 is a verb of appealing as 期望/盼望 are (``summarizer.aspects._APPEAL`` and its gate; the
#    ``measure_tail_wish`` cue group, which splits a problem from the wish after it), 朝野 an addressee. A reported
#    wish (``他期盼…``) and 期盼 as an adjective (``期盼已久的…``) are none.

def test_appeal_with_qipan_is_a_measure():
    assert points("我们期盼朝野共同协商与沟通。") == ([], ["我们期盼朝野共同协商与沟通"])
    assert points("现时法庭无法运作,必须尽速终结,我们期盼朝野共同协商与沟通。") == (
        ["现时法庭无法运作"], ["必须尽速终结,我们期盼朝野共同协商与沟通"])


def test_wish_after_a_problem_splits_as_with_xiwang():
    assert points("新院舍迟迟未能启用,我们期盼政府尽快检讨轮候安排。") == (
        ["新院舍迟迟未能启用"], ["我们期盼政府尽快检讨轮候安排"])


def test_reported_or_adjectival_qipan_is_no_appeal():
    assert points("他期盼政府尽快检讨轮候安排。") == ([], [])
    assert points("市民期盼已久的新公园终于开放。") == ([], [])


# 3 ---------------------------------------------------------------------------------------------------------------
# 3. A conditional proposal after a clause that sets the scene (``事实上，小区内仍有不少闲置空地，若能加以规划，将其改为
#    停车场，将对居民大有帮助``) inside a paragraph of problems was read as a problem: the condition may follow up to two
#    leading clauses, and ``将对…(大)有帮助`` is a benefit as ``将有助于`` is (``aspects._CONDITIONAL_PROPOSAL``); in a
#    region a sentence that urges a course so states no problem (``points._region_sentence_aspect``). A condition with
#    no ability verb (``若不加以规划…``), one with no benefit after it, and three leading clauses are none.

_PARK = ("一、存在的问题\n由于多数居民住在公寓,家中往往无法停放单车。虽然市区设有一些停车场,但现有的车位仍无法应对实际的需求。"
         "这些停车场普遍存在多项问题,例如收费过高、距离太远等。事实上,小区内仍有不少闲置空地,若能加以规划,将其改为停车场,"
         "将对居民大有帮助。\n")


def test_conditional_proposal_after_a_scene_is_no_problem():
    assert points(_PARK) == (["由于多数居民住在公寓,家中往往无法停放单车", "虽然市区设有一些停车场,但现有的车位仍无法应对实际的需求",
                              "这些停车场普遍存在多项问题,例如收费过高、距离太远等"], [])


def test_conditional_proposal_reading():
    assert asp.conditional_proposal("事实上,小区内仍有不少空地,若能加以规划,将其改为停车场,将对居民大有帮助")
    assert asp.conditional_proposal("小区内仍有不少空地,若能加以规划,将对居民有所帮助")
    assert not asp.conditional_proposal("小区内仍有不少空地,若不加以规划,将对居民造成困扰")
    assert not asp.conditional_proposal("若能加以规划,居民将对此不满")
    assert not asp.conditional_proposal("一,二,三,若能加以规划,将有助于提升效率")  # (three leading clauses)


def test_conditional_proposal_is_linear():
    assert_linear(lambda n: asp.conditional_proposal("小区内仍有不少空地," * n + "若能加以规划,将对居民有所帮助"), 10000,
                  "many clauses before the condition")
    assert_linear(lambda n: asp.conditional_proposal("若能" + "加以规划" * n), 30000, "a long condition")


# 4 ---------------------------------------------------------------------------------------------------------------
# 4. A contrast whose turn is a modal (``这不是单一家庭的问题，而必须放在…的角度思考``) was read as a problem when B opens
#    with a verb outside the action groups (放在): a modal turn (``contrast_modal_turn``: 而必须, 而应) prescribes B
#    whatever verb opens it (:func:`summarizer.aspects.contrastive_measure`); not one before a copula (``而应该是整体规划
#    的问题`` says what B is), nor a contrast of descriptions (``不是…而是…``).

def test_modal_turn_prescribes_its_course():
    assert points("人口老化带来的照护压力越来越大。但这不是单一家庭的问题,而必须放在整个社区照护体系的角度思考。") == (
        ["人口老化带来的照护压力越来越大"], ["这不是单一家庭的问题,而必须放在整个社区照护体系的角度思考"])
    assert asp.contrastive_measure("这不是孤立的问题,而应放在更大的角度思考")


def test_copula_after_the_modal_turn_and_descriptions_prescribe_nothing():
    assert points("这不是土地供应的问题,而应该是整体规划的问题。") == (["这不是土地供应的问题,而应该是整体规划的问题"], [])
    assert not asp.contrastive_measure("这不是技术问题,而是管理问题")
    assert not asp.contrastive_measure("这不是土地供应的问题,而应该是整体规划的问题")


# 5 ---------------------------------------------------------------------------------------------------------------
# 5. A colloquial verb of misconduct after 继续 (``它趁着人民的健忘，继续乱搞``) was read as a measure (继续 opens measure
#    clauses): such verbs (乱搞, 胡作非为, 为所欲为: ``prose_verdict`` cue group) are the writer's verdict on the actor
#    (:func:`summarizer.aspects.states_verdict`). 继续 before an action stays a measure.

def test_misconduct_verb_is_a_verdict():
    assert points("接着,它趁着人民的健忘,继续乱搞。") == (["接着,它趁着人民的健忘,继续乱搞"], [])
    assert asp.states_verdict("官员在拆迁中为所欲为")


def test_going_on_with_an_action_is_still_a_measure():
    assert not asp.states_verdict("政府应继续推进旧区改造")
    assert points("政府应继续推进旧区改造。") == ([], ["政府应继续推进旧区改造"])


# 6 ---------------------------------------------------------------------------------------------------------------
# 6. In a document whose problems stand in sections, prose outside them gave no challenge (it mostly previews the
#    sections: ``…作用明显，但仍存在人手不足等问题``), so a release's opening verdict of its own (``但这些措施依然未曾正面
#    回应租户的核心诉求``) was lost: a prose challenge that states a verdict (:func:`summarizer.aspects.states_verdict`)
#    is kept beside the sections (``points.extract_points``). The preview is still dropped.

_RELEASE = ("区议会新闻稿\n{opening}\n我们的质疑如下:\n一、当局说要改革,却不敢碰最核心的问题\n租金持续上涨,租户求助无门。\n"
            "二、当局成立新部门,却从未交代资源从何而来\n新部门的人手严重不足。\n")


def test_opening_verdict_is_kept_beside_problem_sections():
    text = _RELEASE.format(opening="当局宣布三项改革,但这些措施依然未曾正面回应租户的核心诉求。")
    assert points(text) == (["当局宣布三项改革,但这些措施依然未曾正面回应租户的核心诉求", "当局说要改革,却不敢碰最核心的问题",
                             "租金持续上涨,租户求助无门", "当局成立新部门,却从未交代资源从何而来"], [])


def test_opening_preview_is_still_dropped():
    text = _RELEASE.format(opening="当局推出三项改革,作用明显,但仍存在人手不足等问题。")
    assert points(text) == (["当局说要改革,却不敢碰最核心的问题", "租金持续上涨,租户求助无门",
                             "当局成立新部门,却从未交代资源从何而来"], [])


# 7 ---------------------------------------------------------------------------------------------------------------
# 7. A section heading that states a charge with 问题 as the object of its turn (``当局说要改革，却不敢碰最核心的问题``)
#    was read as a heading that names the problems (``存在的问题``) and gave no point: a heading of two clauses whose
#    later clause opens with 却 and states a shortcoming or a negation is a statement
#    (:func:`summarizer.points.turned_problem_heading` in :func:`summarizer.points.section_states_point`).

def test_charge_heading_states_its_point():
    assert pts.turned_problem_heading("当局说要改革,却不敢碰最核心的问题")
    assert pts.turned_problem_heading("投入很大,却收效甚微")
    assert pts.section_states_point("当局说要改革,却不敢碰最核心的问题")


def test_names_and_turns_to_no_shortcoming_are_no_charge():
    assert not pts.turned_problem_heading("存在的问题")
    assert not pts.turned_problem_heading("条件艰苦,却坚持下来")
    assert not pts.section_states_point("存在的问题")


# 8 ---------------------------------------------------------------------------------------------------------------
# 8. A judgment of what the thing just said is (``这应该是建立新社会契约的精神所在``) was read as a measure by its modal:
#    a demonstrative subject, an epistemic 应该 and the copula, then a noun of worth ending the sentence
#    (``judgment_essence_noun`` cue group) prescribe no course (``aspects._demonstrative_judgment_re`` in
#    :func:`summarizer.aspects.prose_aspect`). An actor's modal (``政府应该建立…``) is a measure still.

def test_demonstrative_judgment_is_no_measure():
    assert asp.prose_aspect("这应该是建立新社会契约的精神所在。") is None
    assert asp.prose_aspect("这也应是改革的意义所在") is None
    assert points("这应该是建立新社会契约的精神所在。") == ([], [])
    assert points("在大国较劲的格局里,新加坡人必须保持团结,共同抵御外来压力。这应该是建立新社会契约的精神所在。") == (
        [], ["在大国较劲的格局里,新加坡人必须保持团结,共同抵御外来压力"])


def test_an_actors_modal_is_still_a_measure():
    assert asp.prose_aspect("政府应该尽快建立新的社会契约") == asp.RECOMMENDATION
    assert points("政府应该尽快建立新的社会契约。") == ([], ["政府应该尽快建立新的社会契约"])


# 9 ---------------------------------------------------------------------------------------------------------------
# 9. A wealth gap or a poverty that persists, stated as the predicate (``贫富悬殊``, ``生活还是一样贫困``, ``多数人还是生活在
#    贫困中``), was no shortcoming in prose: the phrases join the ``prose_challenge`` cue group. 贫困 alone (``帮助贫困
#    家庭``: whom a measure serves) is none.

def test_persisting_poverty_and_wealth_gap_are_problems():
    assert asp.prose_aspect("多数人还是生活在贫困中,贫富悬殊") == asp.CHALLENGE
    assert points("六十年过去了,乡区的路是四通八达了,但生活还是一样贫困,多数人还是生活在贫困中,贫富悬殊。") == (
        ["生活还是一样贫困", "多数人还是生活在贫困中", "贫富悬殊"], [])


def test_poverty_as_whom_a_measure_serves_is_no_problem():
    assert not asp.has_cue("政府应帮助贫困家庭脱贫", "prose_challenge")
    assert asp.prose_aspect("政府应帮助贫困家庭脱贫") != asp.CHALLENGE
