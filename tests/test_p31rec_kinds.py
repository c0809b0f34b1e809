"""p31rec: a recommendation whose verb is on no closed list: after a modal (应该/應/必须 …) or a verb of wishing with no
addressee (希望), any action verb with its object is a measure, read off jieba's part-of-speech tags
(aspects.tagged_action), with the guards that keep states, outcomes, counts, questions, causes and negations out.
Texts written for these tests."""

from summarizer import aspects, pipeline

_OTHER = "居民们普遍反映，小区的路灯晚上经常不亮。"


def _points(sentence: str) -> dict[str, list[tuple[str, int, int]]]:
    essay = pipeline.analyze("社区治理的几点思考\n\n" + sentence + "\n\n" + _OTHER + "\n")[0]
    return {k: [(essay.text[p.start:p.end], p.start, p.end) for p in v] for k, v in essay.points.items()}


# --- an action verb and its object after a modal, by its tags (aspects.tagged_action, read by _modal_actions) ---

def test_tagged_action_reads_a_verb_and_its_object():
    for clause in ("公开审计报告", "撤除路口的违章棚架", "人性化改善老街的交通", "按时报送统计报表"):
        assert aspects.tagged_action(clause), clause


def test_tagged_action_refuses_states_outcomes_counts_and_questions():
    for clause in ("取得好成绩", "看到大家的进步", "是一个好办法",  # state, outcome, perception (stative_verb)
                   "分成两大部分", "不会如此", "带领大家走向什么方向",  # a count, a negation, a question
                   "深入剖析的核心论点", "提升，", "以作农业使用为原则", ""):  # a relative clause, no object, a preposition
        assert not aspects.tagged_action(clause), clause


def test_modal_before_any_action_verb_is_a_measure():
    assert aspects._modal_actions("市政府应该定期公开审计报告") == ["应该"]
    assert aspects.prose_aspect("市政府应该定期公开审计报告。") == aspects.RECOMMENDATION
    assert _points("市政府应该定期公开审计报告。")["recommendation"] == [("市政府应该定期公开审计报告", 10, 23)]
    # Traditional script, a word of manner between the modal and its verb
    assert _points("街道办應人性化改善老街的交通。")["recommendation"] == [("街道办應人性化改善老街的交通", 10, 24)]
    assert _points("村委会必须撤除路口的违章棚架。")["recommendation"] == [("村委会必须撤除路口的违章棚架", 10, 24)]


def test_no_measure_from_a_cause_a_negation_a_count_or_a_weak_modal():
    assert aspects._modal_actions("因为必须打败竞争对手，很多小店压低了价格") == []  # what a cause requires
    assert _points("因为必须打败竞争对手，很多小店压低了价格。")["recommendation"] == []
    assert aspects._modal_actions("这份报告应分成两大部分") == []
    assert _points("这份报告应分成两大部分。")["recommendation"] == []
    assert aspects._modal_actions("社区应该不会如此") == []
    # 要/需要/需 also state needs and wants: only their closed verb lists read after them, as before
    assert aspects._modal_actions("我们要公开审计报告") == []


# --- a wish with its action right after the verb of wishing (aspects.reported_wish, aspects._bare_wish_re) ---

def test_wish_for_an_action_with_no_addressee_is_a_measure():
    assert aspects.reported_wish("居民代表希望加装电梯。")
    assert _points("居民代表希望加装电梯。")["recommendation"] == [("居民代表希望加装电梯", 10, 20)]


def test_wish_for_an_outcome_or_about_the_text_is_none():
    assert not aspects.reported_wish("大家希望取得好成绩。")  # a hope of an outcome
    assert _points("大家希望取得好成绩。")["recommendation"] == []
    assert not aspects.reported_wish("希望读者阅读本文。")  # a wish about the text itself
    assert _points("希望读者阅读本文。")["recommendation"] == []
    assert not aspects.reported_wish("他们不希望搬迁工厂。")  # a negated wish


def test_proposal_with_a_permissive_can_before_its_verb():
    # 建议可…: the 可 of a mild proposal stands between the verb of proposing and the action (aspects._BEFORE_VERB_WORDS)
    assert _points("理事长另建议可撤除路口的车阻。")["recommendation"] == [("理事长另建议可撤除路口的车阻", 10, 24)]
    # negative: 可能 is no such 可, and a verb of perception after it prescribes nothing
    assert not aspects.tagged_action("可能看到更多作品")
    assert not aspects.tagged_action("可以看出问题很多")


def test_wish_that_opens_a_later_clause():
    s = "家长们对新建的游乐场充满期待，居民代表希望加装电梯。"
    assert aspects.reported_wish(s)
    assert _points(s)["recommendation"] == [("家长们对新建的游乐场充满期待，居民代表希望加装电梯", 10, 35)]
    # negative: a clause before it that states a shortcoming (the sentence is read by the other readers), an outcome
    assert not aspects.reported_wish("小区停车位严重不足，居民希望增建停车场。")
    assert not aspects.reported_wish("活动办得很热闹，大家希望取得好成绩。")
