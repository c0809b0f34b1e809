"""Failure kinds found by the blind Part 19 documents (790-800) of the aspect corpus: texts other than mainland
institutional prose (a 微博 post, a LegCo speech, HK and Macau news features, an interview, Macau and Taiwan
commentary, speeches). Each test runs on a text written for it (none copies a corpus string).

1. A leading purpose clause (``为了提高效率，政府必须简化审批程序``) kept the sentence from being read as a point at all
   (为了 is a ``prose_opener``): the first clause after the purpose that prescribes with a modal right after a short
   subject is read as the statement (:func:`summarizer.aspects.after_background_turn`, ``aspects._after_purpose``;
   ``purpose_opener`` cue group). Hong Kong and Macau ``有需要`` + a verb prescribes as ``有必要`` does
   (``modal_compound``), not as the weak 需要 a long sentence needs two of.
2. Vocabulary (``# corpus22b:`` blocks at the end of cues.txt): a commentator's verdicts with no listed deficiency word
   (``情况不理想``, ``透明度低``, ``暴力执法``, ``管不好``) are ``prose_challenge`` predicates.
3. An interviewer's quoted question closed by the asker and a verb of asking (``“…该如何解决呢？”记者追问。``) was read
   as a problem (its 问题/困难 words): it is a question turn (:func:`summarizer.points.asks_in_quotes`).
4. A speaker's quoted answer of several sentences (``某某回答：“…我的建议有以下几个方面，一是…。二是…。”``) hid its
   list (markers inside quotation marks never counted) and its lead-in began with the speaker's frame: markers inside
   such an answer count (``structure._spoken_answer_mask``) and the lead-in is read past ``回答：“``
   (``aspects._past_speech_open``), so the items are the speaker's measures.
5. A news feature's subhead of a question and a phrase between blank lines (``物业难找人做? 政府应加强监管``) was joined
   to the paragraph below (its question mark made it read as prose): it stands alone
   (``clean._question_subheading``).
6. A discourse connective that opens with an imperative opener (``进一步而言，根据…推估，…``) made a sentence of figures
   a measure: such connectives join ``verb_noun`` (no imperative use of 进一步).
"""

from __future__ import annotations


import summarizer.aspects as asp
import summarizer.points as pts
from summarizer.clean import clean
from summarizer.pipeline import summarize
from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# 1. a purpose clause before a prescribing clause

def test_purpose_clause_then_modal_is_a_measure():
    s = "为了提高审批效率，街道办必须简化证明材料。"
    assert asp.after_background_turn(s) == s.index("街道办")
    assert asp.prose_aspect(s) == asp.RECOMMENDATION


def test_purpose_running_over_several_commas():
    s = "为了让居民真正满意，感受到服务的温度，社区有需要优化办事流程，开辟线上预约渠道。"
    assert asp.after_background_turn(s) == s.index("社区")
    assert asp.prose_aspect(s) == asp.RECOMMENDATION


def test_purpose_clause_before_narration_is_no_point():
    s = "为了提高审批效率，街道办去年简化了证明材料。"  # work done, no modal
    assert asp.after_background_turn(s) == 0
    assert asp.prose_aspect(s) is None


def test_you_xuyao_prescribes_but_not_people_in_need():
    assert asp._modal_actions("当局有需要检讨现行的资助制度。") == ["有需要"]
    assert asp._modal_actions("有需要的长者可以向中心申请送餐服务。") == []


def test_purpose_sentence_in_an_essay_gives_the_measure():
    text = ("社区养老的几点思考\n近年来社区养老服务有所改善，但设施不足、人员缺乏等问题仍然存在。"
            "为了让老人就近就医，社区卫生站应当引入家庭医生签约服务。")
    challenges, recommendations = _points(text)
    assert any("引入家庭医生签约服务" in r for r in recommendations)
    assert not any("家庭医生" in c for c in challenges)


# 2. vocabulary of verdicts

def test_verdicts_without_a_listed_deficiency_word():
    assert "不理想" in asp._prose_deficits("物业向业主解释收费的情况不理想。")
    assert "透明度低" in asp._prose_deficits("维修基金的透明度低。")
    assert asp.prose_aspect("维修基金透明度低，物业解释收费的情况不理想。") == asp.CHALLENGE
    s = "一边是街头暴力执法，一边是执法人员也受伤，说明现行的管理办法根本管不好街道秩序。"
    assert {"暴力执法", "管不好"} <= asp._prose_deficits(s)


def test_ideal_words_that_are_no_verdict():
    assert asp._prose_deficits("这次改造的效果很理想。") == frozenset()
    assert asp._prose_deficits("政府公开了维修基金的账目，透明度高。") == frozenset()


# 3. an interviewer's quoted question

def test_quoted_question_with_its_asker_is_a_question():
    assert pts.asks_in_quotes("“对于这些困难，您觉得应该如何解决呢？”记者随即追问。")
    assert pts.asks_in_quotes("“最大的问题是什么?”小记者问道")
    assert pts.asks_in_quotes("“这样做合理吗？”")


def test_quotation_that_goes_on_after_its_question_is_no_turn():
    assert not pts.asks_in_quotes("“这样做合理吗？”他说，问题在于监管缺位。")
    assert not pts.asks_in_quotes("资金不足的问题怎么解决？")  # a bare question: read by its own test
    assert not pts.asks_in_quotes("他说：“资金不足是最大的困难。”")


def test_interview_question_turn_gives_no_point():
    text = ("加装电梯的难题\n近年来老旧小区加装电梯成为民生热点。记者就此采访了居民代表李华。"
            "“您认为加装电梯最大的困难是什么？”记者问道。“主要是资金不足，低层住户意见难统一。”李华说。"
            "“对于这样的问题，该如何解决呢？”记者追问。李华表示，政府应加大财政补贴。")
    challenges, recommendations = _points(text)
    assert not any("记者问道" in c or "记者追问" in c for c in challenges)
    assert any("资金不足" in c for c in challenges)
    assert "政府应加大财政补贴" in recommendations


# 4. a list inside a speaker's quoted answer

def test_list_inside_a_quoted_answer_is_the_speakers_measures():
    text = ("当前学校食堂还存在一些问题，例如价格偏高，卫生条件差，缺少监管等问题。校长回答：“针对这些问题，我的建议有"
            "以下几个方面，一是建立价格公示制度。二是加强日常卫生检查。三是对家庭困难的学生发放餐费补助。"
            "四是将食堂纳入年度考核。”")
    challenges, recommendations = _points(text)
    assert recommendations == ["建立价格公示制度", "加强日常卫生检查", "对家庭困难的学生发放餐费补助", "将食堂纳入年度考核"]
    assert not any("餐费补助" in c or "校长回答" in c for c in challenges)


def test_quoted_phrase_inside_a_sentence_keeps_its_markers_quoted():
    from summarizer.structure import find_markers
    text = "上级提出“一是抓学习，二是抓整改”的要求，各单位认真落实。"
    assert find_markers(text) == []
    answer = "他回答：“一是抓学习。二是抓整改。”"
    assert [it.value for it in find_markers(answer)] == [1, 2]


def test_speech_frame_is_no_part_of_the_lead_in():
    lead = "王主任回答：“针对上述问题，我的建议有以下几个方面，"
    assert asp._past_speech_open(lead) == "针对上述问题，我的建议有以下几个方面，"
    assert asp.lead_in_aspect(asp._past_speech_open(lead)) == asp.RECOMMENDATION
    assert asp._past_speech_open("我的建议有以下几个方面：") == "我的建议有以下几个方面："


# 5. a question-and-phrase subhead between blank lines

def test_question_subhead_stands_alone():
    text = ("居民反映电梯老化，维修资金不足。\n\n物业难找人做? 政府应加强监管\n\n"
            "他认为，现时维修基金透明度低，业主难以监督，居民多次投诉仍未解决。")
    assert "物业难找人做?政府应加强监管\n他认为" in clean(text).text


def test_wrapped_question_inside_a_paragraph_is_still_joined():
    # a line that goes on after its question with a comma clause is prose cut by a line break
    text = "居民反映电梯老化，维修资金不足。\n\n物业为何不管? 因为收费太低，\n\n维修费用又逐年增加，业主难以承担。"
    assert "因为收费太低，维修费用" in clean(text).text


# 6. a discourse connective is no imperative

def test_further_connective_is_no_measure():
    s = "进一步而言，按照统计处的推估，二〇三〇年每三名劳动人口就要负担一名长者。"
    assert not asp.starts_imperative(s)
    assert asp.sentence_aspect(s) != asp.RECOMMENDATION  # (负担 may read as a burden; no measure either way)
    assert asp.sentence_aspect("进一步完善长者社区照顾服务。") == asp.RECOMMENDATION


# linear cost

def test_new_readers_are_linear():
    from summarizer.structure import find_markers

    assert_linear(lambda n: asp._after_purpose("为了" + "，" * (2 * n) + "居民" * n), 6_000, "_after_purpose")
    assert_linear(lambda n: pts.asks_in_quotes("“" + "问" * n + "？”记者问道"), 25_000, "one long question")
    assert_linear(lambda n: asp._past_speech_open("回答：“" * n), 5_000, "_past_speech_open")
    # nested openings of one unclosed quotation: each position scanned once
    assert_linear(lambda n: find_markers("他回答：“一是。" * n), 2_500, "find_markers")
    assert_linear(lambda n: clean("物业难找人做? 政府应加强监管\n\n" * n), 500, "clean")
    assert_linear(lambda n: pts.asks_in_quotes("“好吗？”他问。" * n), 2_500, "many quoted questions")
