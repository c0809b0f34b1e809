"""p29rec: Part 29's missed recommendations (a new user's trial), kinds read on small inputs written for these tests."""

from summarizer import points as pts


def _clauses(reader, sentence):
    return [sentence[a:b] for a, b in reader(sentence)]


# Kind 1: a body's or a minister's reported 将-commitments after an opening clause of topic or time
# (针对…问题，部长指出，我国将…; 昨日，某局负责人表示，该局将…), with the plan's 将 said again in a later clause

def test_plan_announced_after_an_opening_clause():
    s = "针对看病难的问题,卫生部门负责人指出,我市将增加基层医生编制,还将推行家庭医生签约,确保群众就近就医。"
    assert _clauses(pts.announced_plan_clauses, s) == ["增加基层医生编制", "将推行家庭医生签约"]
    s = "昨日,区城管局负责人表示,该局将加强夜间巡查,加大处罚力度。"
    assert _clauses(pts.announced_plan_clauses, s) == ["加强夜间巡查", "加大处罚力度"]
    assert pts._opened_speech_frame_end("昨日,区城管局负责人表示,该局将加强夜间巡查。") == 13


def test_no_plan_without_a_frame_or_with_a_trend():
    # negatives: an opening clause with no speaker after it; a forecast (用水需求将持续增加) is no measure; a goal clause
    # (确保…) after the measures is not one more measure
    assert pts.announced_plan_clauses("针对看病难的问题,我们走访了十个社区,居民将信将疑。") == []
    assert pts.announced_plan_clauses("随着人口增长,用水需求将持续增加。") == []
    assert pts._opened_speech_frame_end("随着经济发展,用水需求将持续增加。") == 0
    s = "面对停车难,局长表示,该局将新建停车场,确保车位够用。"
    assert _clauses(pts.announced_plan_clauses, s) == ["新建停车场"]


# Kind 2: a plan's measure and the level it is to raise, said in the next clause (…，将增加医生编制，提升基层服务水平): one
# point (the gold of Parts 28 and 29)

def test_measure_and_its_aim_are_one_point():
    s = "同时,将继续推进公租房建设,提高居民的住房条件。"
    assert _clauses(pts.announced_plan_clauses, s) == ["继续推进公租房建设,提高居民的住房条件"]
    s = "下一步,市卫健委将加大财政投入,提升基层医疗服务水平,加强乡村医生培训。"
    assert _clauses(pts.announced_plan_clauses, s) == ["加大财政投入,提升基层医疗服务水平", "加强乡村医生培训"]


def test_an_aim_that_opens_the_plan_or_follows_a_goal_is_its_own():
    # negatives: 提高 as the plan's first measure is a measure; after a goal clause (确保…) it joins no measure; raising
    # a policy's own figure (提高补助标准) is a measure of its own
    s = "同时,将提高补贴标准,扩大覆盖范围。"
    assert _clauses(pts.announced_plan_clauses, s) == ["提高补贴标准", "扩大覆盖范围"]
    s = "同时,将新建停车场,确保车位够用,提高周转效率。"
    assert _clauses(pts.announced_plan_clauses, s) == ["新建停车场", "提高周转效率"]
    s = "同时,将推行家庭医生签约,提高村医补助标准。"
    assert _clauses(pts.announced_plan_clauses, s) == ["推行家庭医生签约", "提高村医补助标准"]
