"""weak22: kinds of the next weakest documents (a measure item whose heading only names its topic, a modal inside
quoted words or after a third party's verb of saying in a problem item's body). Texts written for these tests."""

from summarizer import pipeline, points
from aspect_helpers import analyzed_points as _points


# --- a measure item whose heading only names its topic (points.item_point, points._body_measure_clause) ------------

_LIBRARY = ("社区图书室的建设\n\n"
            "一、存在的问题\n\n社区图书室利用率低，藏书陈旧，管理松散。\n\n二、对策建议\n\n"
            "首先是场地。许多社区的图书室设在偏僻的楼层，居民很难找到。要把图书室搬到一楼临街的位置，方便居民借阅。"
            "其次是人员。图书室的管理员多由社区干部兼任，开放时间很不固定。街道提出，要招募退休教师担任志愿管理员，"
            "延长开放时间。\n")


def test_bare_topic_measure_item_gives_its_bodys_first_modal_clause():
    got = _points(_LIBRARY)
    assert got["recommendation"] == ["要把图书室搬到一楼临街的位置", "要招募退休教师担任志愿管理员"]
    # the topic words alone are no point
    assert "场地" not in got["recommendation"] and "人员" not in got["recommendation"]
    # offsets: the point is the clause as the text has it
    essay = pipeline.analyze(_LIBRARY)[0]
    p = essay.points["recommendation"][1]
    assert p.start == essay.text.index("要招募退休教师") and p.end - p.start == len("要招募退休教师担任志愿管理员")


def test_body_measure_clause_reads_only_clauses_that_open_with_a_modal():
    text = "其次是设备。设备配备、普及推广、展示交流都需要钱。社区提出，要向企业募集旧电脑，逐台检修。"
    pos = text.index("。") + 1
    a, b = points._body_measure_clause(text, pos, len(text))
    assert text[a:b] == "要向企业募集旧电脑"
    # a list of nouns that opens with an imperative verb (普及推广) is no measure; a body with no modal clause gives none
    plain = "其次是设备。设备配备、普及推广、展示交流都需要钱，社区一直很拮据。"
    assert points._body_measure_clause(plain, plain.index("。") + 1, len(plain)) is None


def test_bare_topic_item_with_no_measure_in_its_body_keeps_its_heading():
    text = _LIBRARY.replace("街道提出，要招募退休教师担任志愿管理员，延长开放时间。", "退休教师多半愿意来帮忙。")
    got = _points(text)["recommendation"]
    assert "要招募退休教师担任志愿管理员" not in got
    assert got[0] == "要把图书室搬到一楼临街的位置"


# --- a problem item's body: quoted views and a third party's words are no measure (points._counter_points) --------

def test_third_party_view_reads_verbs_of_saying_not_the_first_person():
    assert points._third_party_view("多数受访居民普遍认为，设立夜间门诊是有必要的")
    assert not points._third_party_view("我们认为，应当设立夜间门诊")
    assert not points._third_party_view("街道应当设立夜间门诊")


_CLINIC = ("社区卫生服务的短板\n\n"
           "一、存在的问题\n\n"
           "（一）居民健康意识薄弱。“平时不需要体检”、“小病必须硬扛过去”等观念在老年居民中仍然普遍。\n\n"
           "（二）夜间服务缺失。社区卫生站晚上六点关门，居民夜间就医很不方便。受访居民普遍认为，延长开放时间是有必要的。"
           "卫生站应增设夜间值班医生。\n\n"
           "二、对策建议\n\n（一）开展健康讲座，普及体检知识。\n\n（二）延长卫生站开放时间，增设夜间值班。\n")


def test_quoted_views_and_reported_opinions_in_a_problem_body_are_no_measures():
    got = _points(_CLINIC)["recommendation"]
    assert not any("硬扛" in p or "体检”" in p for p in got)
    assert not any("受访居民" in p for p in got)
    # the author's own measure in the same body stays one
    assert "卫生站应增设夜间值班医生" in got


# --- the exam's problems retold by an essay's introduction (points.framed_problems, exam_frame_source) -------------

def test_framed_problems_retold_from_the_exam_material_are_none():
    s = "今年的申论试题通过给定资料呈现了社区养老中存在的床位供给不足、护理人员流失严重、服务收费偏高等问题，本文试作分析。"
    assert points.framed_problems(s) == []
    # the same enumeration stated by the author is three problems
    s2 = "当前社区养老中存在床位供给不足、护理人员流失严重、服务收费偏高等问题。"
    assert [s2[a:b] for a, b in points.framed_problems(s2)] == ["床位供给不足", "护理人员流失严重", "服务收费偏高"]
    # 材料 alone is no exam word: 原材料 names a supply
    s3 = "原材料供应环节存在价格波动剧烈、运输成本偏高、库存积压严重等问题。"
    assert [s3[a:b] for a, b in points.framed_problems(s3)] == ["价格波动剧烈", "运输成本偏高", "库存积压严重"]


# --- a list item whose harm word is what its verb lowers (aspects.item_vote, aspects._remedied_object_re) ----------

def test_item_vote_reads_a_lowered_harm_as_no_shortcoming():
    from summarizer import aspects
    assert aspects.item_vote("通过定期体检及早降低患病风险") is None
    assert aspects.item_vote("社区康复训练减缓老人失能恶化") is None
    # a risk assessment is work done on the risk
    assert aspects.item_vote("以健康风险评估及早降低患病风险") is None
    # negated or failed lowering, a cut done, a harm stated: still a shortcoming
    assert aspects.item_vote("康复服务未能降低患病风险") == aspects.CHALLENGE
    assert aspects.item_vote("服务减少不了照顾者的压力") == aspects.CHALLENGE
    assert aspects.item_vote("部分社区缺乏风险评估") == aspects.CHALLENGE
    m = aspects._remedied_object_re().search("社区康复训练减缓老人失能恶化")
    assert m is not None and m.group() == "减缓老人失能恶化"
    assert aspects._remedied_object_re().search("减少投入导致资金不足") is None


def test_a_list_of_services_that_lower_harms_is_no_problem_list():
    text = ("社区医疗的三道防线\n\n"
            "一、存在的问题\n1.家庭医生签约率低\n2.社区药房药品短缺\n\n"
            "二、社区医疗的三道防线\n完整的社区医疗包括三道防线，这样才能减轻医院的负担。\n"
            "(1)健康讲座普及防病知识\n(2)通过定期体检及早降低患病风险\n(3)社区康复训练减缓老人失能恶化\n")
    essay = pipeline.analyze(text)[0]
    roles = {essay.structure.heading(it): role for it, role in zip(essay.structure.items, essay.roles)}
    # the run of services takes no problem role (two of its three items named a harm they lower)
    assert roles["通过定期体检及早降低患病风险"].aspect is None
    assert roles["社区康复训练减缓老人失能恶化"].aspect is None
    # the problems list keeps its own
    assert roles["家庭医生签约率低"].aspect == "challenge"


# --- a 对-phrase that names what a measure acts on is no problem (points.measure_target) ---------------------------

def test_measure_target_reads_the_case_a_measure_handles():
    text = "审查小组要严格把关，对格式不规范和内容空泛等提案，要退回重写。"
    a = text.index("对格式")
    b = text.index("，要退回")
    assert points.measure_target(text, a, b)
    # a fault stated as such, or a 对-phrase followed by no measure, stays a problem
    text2 = "部分代表对群众反映的问题重视不够，提案质量不高。"
    a2 = text2.index("对群众")
    assert not points.measure_target(text2, a2, text2.index("重视不够") + 4)
    text3 = "对格式不规范的提案，审查小组往往视而不见。"
    assert not points.measure_target(text3, 0, text3.index("，"))



def test_a_measure_noun_heading_is_kept_whole():
    # 经费保障 names a measure (保障 is a verb of the imperative group): the heading is the point, not its body's clause
    text = _LIBRARY.replace("其次是人员。", "其次是人员保障。")
    got = _points(text)["recommendation"]
    assert "要招募退休教师担任志愿管理员" not in got
