"""prose20: kinds of challenges and measures stated in free prose with no heading or cue word (issue 8)."""

from summarizer import aspects, points


# --- contrastive measures: 不是A，而是B / 与其A，不如B (aspects.contrastive_measure) ---------------------------------

def test_norm_subject_contrast_proposes_its_second_course():
    # the subject names a norm (思路): B is what ought to be done, though no modal is in it
    s = "乡村振兴的根本思路并不是大拆大建，而是依靠村民自己的力量，让他们参与规划和管理。"
    assert aspects.contrastive_measure(s)
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    assert aspects.sentence_aspect(s) == aspects.RECOMMENDATION


def test_modal_in_the_second_course_makes_it_a_measure():
    # B opens with 而是要 / 而是认为应该 (a ground phrase before the action): the modal prescribes B
    s = "我们不是说要取消所有考核，而是认为应该在减负的前提下，让基层干部把精力放在服务群众上。"
    assert aspects.contrastive_measure(s)
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    assert aspects.contrastive_measure("社区食堂不是要办成高档餐厅，而是要保障老人吃上热饭。")


def test_authority_subject_and_rejected_fault_is_no_challenge():
    # the rejected course names a fault (推诿责任): it is what the author rejects, no shortcoming the sentence states
    s = "一个负责任的当局，不是靠空洞口号去推诿责任，而是靠实际行动去改善居民的生活。"
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION


def test_rather_than_proposes_the_second_course():
    s = "与其年年投入巨资修补旧管网，不如一次性规划建设地下综合管廊。"
    assert aspects.contrastive_measure(s)
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    # 与其说A，不如说B reclassifies, it proposes nothing
    assert not aspects.contrastive_measure("与其说这是一次事故，不如说这是长期管理松懈的结果。")


def test_contrast_of_descriptions_is_no_measure():
    # B is no action, or the contrast describes (no norm, modal or authority): nothing is proposed
    assert not aspects.contrastive_measure("这不是一个技术问题，而是一个管理问题。")
    assert not aspects.contrastive_measure("他们不是在为居民办事，而是为自己的政绩办事。")
    assert not aspects.contrastive_measure("村民不是不愿意搬迁，而是缺乏安置的去处。")
    # a question asks, it proposes nothing by itself here
    assert not aspects.contrastive_measure("出路并不是扩大规模，而是提高质量吗？")


def test_point_of_a_long_contrast_starts_at_the_course_proposed():
    # a sentence longer than the point's limit is cut to B, the course proposed, not to the course it rejects
    s = ("因此我们认为，政府应该做的不是按照规划者心目中的理想图景去人为限定城市的人口规模和用地规模，"
         "而是顺应居民的意愿，让他们自己选择最合适的工作和居住地，并据此建设公共设施。")
    k = aspects.contrast_course_start(s)
    assert s[k:].startswith("顺应居民的意愿")
    a, b = points.cue_window(s, 0, len(s), aspects.RECOMMENDATION, 60)
    assert s[a:b].startswith("顺应居民的意愿")
    assert aspects.contrast_course_start("这不是一个技术问题，而是一个管理问题。") == 0


# --- a reported-speech frame after a linking connective (aspects.prose_aspect) -----------------------------------

def test_linking_connective_before_a_speaker_frames_reported_words():
    s = "但是，王教授还表示，老旧小区改造的思路并不是推倒重建，而是顺应居民的需要，逐栋加装电梯。"
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    # (a conclusion the author draws, 因此，…批评…, stays the author's sentence: no frame)
    assert aspects.prose_aspect("因此，王教授还表示，老旧小区改造的思路并不是推倒重建，而是顺应居民的需要。") is None


# --- measures asked as questions (aspects.asks_for_measure) ------------------------------------------------------

def test_question_with_a_ground_phrase_before_its_action_proposes():
    # 可否 + a phrase of time or place closed by a comma, then the action (past an adverb: 更多 is read before 更)
    s = "可否在旧区重建的第二阶段，更多考虑原区安置、保留街坊网络？"
    assert aspects.asks_for_measure(s)
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    # (a question that asks about a fact proposes nothing)
    assert not aspects.asks_for_measure("可否在旧区重建的第二阶段，居民的数目是多少？")


def test_proposal_question_after_sections_is_kept_as_a_measure():
    # after the essay's first aspect section, prose measures are kept when they prescribe plainly; a question that
    # proposes does (points.extract_points)
    text = ("一、存在的问题\n"
            "（一）人手长期不足。食堂只有两名厨师，高峰时段排队很久。\n"
            "（二）经费来源单一。食堂主要依靠街道拨款维持。\n"
            "二、对策建议\n"
            "（一）加大财政补贴力度。区财政应按就餐人次给予补贴。\n"
            "（二）完善志愿者激励机制。街道应建立服务时长积分制度。\n"
            "三、结语\n"
            "社区食堂办了三年，老人都说方便。可否在下一阶段，更多考虑引入社会力量参与经营？\n")
    from summarizer.pipeline import analyze
    essay = analyze(text)[0]
    got = [essay.body[p.start:p.end] for p in essay.points[aspects.RECOMMENDATION]]
    assert any("引入社会力量参与经营" in g for g in got)


def test_authority_contrast_of_conduct_is_no_measure():
    # an authority set against its conduct with no means or course followed in B complains, it proposes nothing
    assert not aspects.contrastive_measure("政府不是在帮助农民，而是让开发商获利。")
    assert not aspects.contrastive_measure("当局不是保护租户，而是保护业主。")
