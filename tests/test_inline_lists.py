"""Inline enumerations (一是…；二是…) after lead-ins that name no aspect, the sentence each item gives, and prose
sentences of the wrong aspect in speeches and work reports (issue 8, new-user trial 5). Texts written for these tests."""

import pytest

import summarizer
from summarizer import aspects as asp
from summarizer.schema import SummarizeOptions


# (selon44: these kinds pin the rules' and the linear model's reading: the sentence selector, on by default, is off here)
def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text, options=SummarizeOptions(sentence_selector=False)).essays[0]
    for p in essay.challenges + essay.recommendations:
        assert text[p.start:p.end] == p.text  # offsets into the input
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# --- lead-ins that name no aspect: the list states what the sentence before it stated ---------------------------

MANIFEST = (
    "防止农村人居环境整治走过场\n\n"
    "这几年，各地把农村人居环境整治作为一项重点工作来抓，村容村貌有了改观。但一些地方的整治流于表面，“重建轻管”现象值得警惕。\n\n"
    "主要表现在：一是公厕建成后无人保洁，不少村民仍然不愿使用；二是垃圾收运设备配备后长期闲置，村里照旧露天堆放；"
    "三是污水管网只铺到村口，农户的生活污水依旧直排河沟。\n\n"
    "为此，一要建立设施管护责任清单，明确保洁人员和经费来源；二要把管护成效纳入乡镇考核；三要引导村民参与日常监督。\n"
)


def test_a_list_after_zhuyao_biaoxianzai_takes_the_aspect_of_the_sentence_before():
    """``主要表现在：`` names no aspect; the sentence before it says a phenomenon is a problem (值得警惕): every item
    is its own challenge, the first one included, with its marker stripped."""
    challenges, recommendations = _points(MANIFEST)
    assert challenges == ["公厕建成后无人保洁，不少村民仍然不愿使用", "垃圾收运设备配备后长期闲置，村里照旧露天堆放",
                          "污水管网只铺到村口，农户的生活污水依旧直排河沟"]
    assert recommendations == ["建立设施管护责任清单，明确保洁人员和经费来源", "把管护成效纳入乡镇考核", "引导村民参与日常监督"]


VIEWPOINT = (
    "让社区食堂办得长久\n\n"
    "社区食堂是解决老年人吃饭难的民生工程。然而，不少社区食堂存在“开张热闹、经营冷清”的现象。\n\n"
    "从走访情况看，一是菜品单一，口味多年不变；二是运营成本高，多数食堂依靠补贴维持；三是服务半径小，行动不便的老人吃不上。\n"
)


def test_a_list_after_a_viewpoint_frame_takes_the_aspect_of_the_sentence_before():
    """``从走访情况看，`` frames the list; ``存在…的现象`` before it says what kind of list it is: three challenges,
    none merged and none lost."""
    challenges, _ = _points(VIEWPOINT)
    assert challenges == ["菜品单一，口味多年不变", "运营成本高，多数食堂依靠补贴维持", "服务半径小，行动不便的老人吃不上"]


def test_a_list_after_a_neutral_lead_in_that_follows_an_achievement_is_no_challenge():
    """The same lead-in after an achievement lists achievements: none of its items is a challenge."""
    text = ("某县推进校园餐改革\n\n"
            "去年以来，该县推进校园餐改革，成效逐步显现。主要表现在：一是学生就餐满意度提升到九成以上；"
            "二是食材统一配送覆盖全部中小学；三是家长陪餐制度在各校落地。\n")
    challenges, _ = _points(text)
    assert challenges == []


# --- a sentence that announces problems is a lead-in, not a point ------------------------------------------------

ANNOUNCED = (
    "推进城中村消防整治\n\n"
    "今年以来，全区对城中村开展了消防安全排查。检查中发现，整治工作总体有序，但也暴露出一些亟待解决的问题。\n\n"
    "一是消防通道被占用。不少巷道堆满杂物和电动车，消防车无法进入。二是电线私拉乱接严重。出租屋电线老化，"
    "一旦短路极易起火。三是消防设施维护缺位。部分楼栋的灭火器早已过期。\n"
)


def test_a_list_after_an_announcement_of_problems_is_a_list_of_challenges():
    """``……暴露出一些亟待解决的问题。`` announces the list in the next paragraph: each run-in item gives its own
    first sentence (not its body), and the announcement itself is no point."""
    challenges, _ = _points(ANNOUNCED)
    assert challenges == ["消防通道被占用", "电线私拉乱接严重", "消防设施维护缺位"]


@pytest.mark.parametrize("sentence, expected", [
    ("记者了解到，工作进展顺利，但也暴露出一些亟待解决的问题。", True),
    ("乡村旅游发展仍面临不少现实困境。", True),
    ("发展中还面临诸多困难和挑战：", True),
    # a degree word qualifies one difficulty of its subject: a point, not an announcement
    ("偏远地区业务用车存在一定困难。", False),
    # the problem is named: 闲置土地 is no section noun
    ("该镇存在大量闲置土地。", False),
    # the clause goes on after the noun: a need, not an announcement
    ("存在一些问题需要解决。", False),
])
def test_announces_problems(sentence, expected):
    assert asp.announces_problems(sentence) is expected
    assert (asp.lead_in_aspect(sentence) == asp.CHALLENGE) is expected


@pytest.mark.parametrize("lead, expected", [
    ("主要表现在：", True),
    ("具体表现为：", True),
    ("从调研情况看，", True),
    ("从企业反映的情况来看，", True),
    # a bare label before a colon announces no list of points
    ("注释：", False),
    # a lead-in that names its aspect is not neutral
    ("存在的问题主要表现在：", False),
])
def test_neutral_lead_in(lead, expected):
    assert asp.neutral_lead_in(lead) is expected


@pytest.mark.parametrize("sentence, aspect", [
    ("但一些地方的整治流于表面，“重建轻管”现象值得警惕。", asp.CHALLENGE),
    ("然而，不少社区食堂存在“开张热闹、经营冷清”的现象。", asp.CHALLENGE),
    ("去年以来，该县推进校园餐改革，成效逐步显现。", None),
])
def test_context_aspect(sentence, aspect):
    assert asp.context_aspect(sentence) == aspect


def test_tasks_lead_in_names_recommendations():
    """A work report's ``今年主要做好以下几方面工作`` announces its measures."""
    assert asp.lead_in_aspect("今年主要做好以下几方面工作。") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("今年的工作情况如下。") is None


# --- a speech: 第一，/第二，/第三， paragraphs are sections of their own aspect -------------------------------------

SPEECH = (
    "在全县安全生产工作会议上的讲话\n\n"
    "同志们：\n\n"
    "今天召开这次会议，主要是分析当前安全生产形势，部署下一阶段工作。下面，我讲三点意见。\n\n"
    "第一，要正视当前安全生产存在的突出问题。从检查情况看，问题主要集中在以下几个方面：一是企业主体责任落实不到位，"
    "隐患整改拖拉；二是部分乡镇监管力量薄弱，检查走过场。这些问题，大家要认真对照，不能回避。\n\n"
    "第二，要抓住重点，开展专项整治。一要集中整治危化品运输，对违规车辆一律停运；二要全面排查老旧燃气管网，年底前完成改造。\n\n"
    "第三，要压紧压实各方责任。各乡镇主要负责同志要亲自部署、靠前指挥。县应急局要加强督查，对整改不力的严肃问责。\n\n"
    "同志们，安全生产是发展的底线。希望大家以更严的作风抓好落实！\n"
)


def test_a_speech_gives_its_problems_and_every_part_of_its_measures():
    """The first part names the problems, the second and third prescribe: the third part (no list of its own) is
    not lost, the speaker's call to face the problems is no challenge, the closing address no point at all."""
    challenges, recommendations = _points(SPEECH)
    assert challenges == ["企业主体责任落实不到位，隐患整改拖拉", "部分乡镇监管力量薄弱，检查走过场"]
    assert recommendations[:2] == ["集中整治危化品运输，对违规车辆一律停运", "全面排查老旧燃气管网，年底前完成改造"]
    assert any(r.startswith("要压紧压实各方责任") or "加强督查" in r for r in recommendations[2:])
    assert not any("同志们" in p or "底线" in p for p in challenges + recommendations)


# --- cue words read in context ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, strength", [
    # a remedy verb after an adverb names what a measure removes (持续整治形式主义), no shortcoming
    ("持续整治形式主义，为基层减负。", 0),
    ("进一步解决群众办事难的问题。", 0),
    ("基层形式主义问题依然存在。", 2),
    # 适老化 (age-friendly) holds 老化 without stating it
    ("相关部门应制定适老化设计标准。", 0),
    ("社区志愿者队伍老化。", 1),
])
def test_challenge_strength_in_context(sentence, strength):
    assert asp.challenge_strength(sentence) == strength


@pytest.mark.parametrize("sentence, count", [
    ("取消人工窗口，保留线上渠道。", 1),
    # a verb with the perfective 了 narrates what was done: no measure
    ("一些场所取消了人工窗口。", 0),
    ("取消了人工窗口。", 0),
    ("进一步落实了地方政府的责任。", 0),
    ("进一步落实地方政府的责任。", 1),
    ("加强了解群众诉求的渠道建设。", 1),
    # a word holding a modal character without being one (应急, 要求, 重要: the modal_exclusion group) opens no
    # modal clause, as for the other modal readers
    ("应急物资储备点分布不均，调配迟缓。", 0),
    ("应急预案，应定期演练。", 1),
])
def test_modal_strength_skips_narration(sentence, count):
    assert asp.modal_strength(sentence) == count


@pytest.mark.parametrize("point", [
    "过去一年，面对严峻的外部环境，全县经济稳中有进",
    "20世纪90年代中期以来，随着棉花效益提高，耕地面积迅速扩大",
    "记者了解到，工作进展顺利，但也暴露出一些亟待解决的问题",
])
def test_narration_and_announcements_state_neither(point):
    assert asp.states_neither(point)


def test_a_deficiency_after_a_past_period_opener_is_still_stated():
    assert not asp.states_neither("过去一年，基层医疗人才流失严重，服务能力不足")


@pytest.mark.parametrize("point", [
    "这些问题相互交织，制约了社区治理效能的发挥",
    "上述困难，各部门要认真对照，不能回避",
    "我们一定直面问题，采取有力措施，认真加以解决",
    "指出新规执行存在多项漏洞，促请当局尽快检讨",
])
def test_points_about_problems_already_named_state_neither(point):
    assert asp.states_neither(point)


def test_the_cause_of_the_problems_already_named_is_still_a_challenge():
    assert not asp.states_neither("这些问题的根源在于基层财力不足")


@pytest.mark.parametrize("point, expected", [
    ("同志们，安全生产就是生命线", True),
    ("文化是乡村的灵魂", True),
    # a measure that names its role, a modal, an imperative: measures
    ("健全食品安全法规是加强监管的关键", False),
    ("同志们，要把安全生产放在首位", False),
    ("加强基层应急队伍建设", False),
])
def test_a_thesis_is_no_measure(point, expected):
    assert asp.states_no_measure(point) is expected


SHENLUN = (
    "让老年人跨越数字鸿沟\n\n"
    "如何让老年人共享数字生活，是社会治理必须回答的问题。\n\n"
    "助老服务供给不足同样不容忽视。一些银行网点取消了人工柜台，老人办事只能求助他人。\n\n"
    "相关部门应制定助老服务标准，对侵害老年人权益的行为依法查处。\n\n"
    "文化是社会的灵魂。只有尊老敬老，才能让每位老人老有所安。\n"
)


def test_shenlun_prose_takes_the_aspect_prose_reading_gives():
    """A measure with a modal after its subject is a recommendation even when it holds a cue word of problems
    (侵害); a narrated 取消了 is no measure; a question framed as a topic (如何…，是…问题) and a thesis are no
    points."""
    challenges, recommendations = _points(SHENLUN)
    assert challenges == ["助老服务供给不足同样不容忽视"]
    assert recommendations == ["相关部门应制定助老服务标准，对侵害老年人权益的行为依法查处"]


def test_bad_practices_that_erode_are_a_prose_challenge():
    """不良 (bad practices) and 侵蚀 (erodes) state a deficiency in prose."""
    assert asp.prose_aspect("部分村庄还出现了大操大办、薄养厚葬等不良风气，侵蚀着文明乡风。") == asp.CHALLENGE
