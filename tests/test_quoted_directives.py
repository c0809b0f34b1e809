"""Precision of aspect points (issue 8): a directive quoted from a policy document, a meeting or a leader in the
author's prose is reported, not the author's own measure, and a status sentence (``成为…的重要载体``) is
background; the author's own list under a measures heading adopts a quoted directive. Inputs are small essays
written for these tests, in Simplified and Traditional script."""


import pytest

from summarizer import aspects as asp
from tests.aspect_helpers import points
from costs import assert_linear


@pytest.mark.parametrize("sentence", [
    "乡村是治理的基础，《关于推进乡村文化振兴的指导意见》指出，要丰富农民群众的精神文化生活。",
    "会议强调，要切实抓好防汛救灾各项工作。",
    "李总书记在考察时指出：“要把生态保护放在更加突出的位置。”",
    "全会明确提出，必须坚持以人民为中心的发展思想。",
    "鄉村是治理的基礎，《關於推進鄉村文化振興的指導意見》指出，要豐富農民群眾的精神文化生活。",
])
def test_quoted_directive(sentence):
    from summarizer.script import simplified_view
    assert asp.quotes_directive(simplified_view(sentence))


@pytest.mark.parametrize("sentence", [
    "笔者认为，要丰富农民群众的精神文化生活。",  # the author's own view
    "要丰富农民群众的精神文化生活，让文化服务走进村庄。",  # no speaker
    "有学者指出，乡村文化建设投入不足。",  # a scholar, not a directive source (other rules read it)
    "会议室的设施要及时更新。",  # a meeting room, no verb of saying
])
def test_not_a_quoted_directive(sentence):
    assert not asp.quotes_directive(sentence)


_PROSE = ("乡村文化振兴的几点思考\n"
          "乡村是社会治理的基本单元。{quote}"
          "然而，一些地方的文化活动场所长期闲置，群众参与度低。"
          "各地应当盘活闲置场所，引导群众参与文化活动。\n")


@pytest.mark.parametrize("quote", [
    "《关于推进乡村文化振兴的指导意见》指出，要丰富农民群众的精神文化生活，提高乡村文明程度。",
    "县委工作会议强调，要加强农村公共文化设施建设，提高设施使用效率。",
])
def test_prose_does_not_take_a_quoted_directive(quote):
    _, recommendations = points(_PROSE.format(quote=quote))
    assert recommendations == ["各地应当盘活闲置场所，引导群众参与文化活动"]


def test_prose_does_not_take_a_quoted_directive_traditional():
    text = ("鄉村文化振興的幾點思考\n"
            "鄉村是社會治理的基本單元。縣委工作會議強調，要加強農村公共文化設施建設，提高設施使用效率。"
            "然而，一些地方的文化活動場所長期閒置，群眾參與度低。"
            "各地應當盤活閒置場所，引導群眾參與文化活動。\n")
    _, recommendations = points(text)
    assert recommendations == ["各地應當盤活閒置場所，引導群眾參與文化活動"]


def test_measures_section_adopts_a_quoted_directive():
    """Under the author's own measures heading, a quoted directive is the essay's measure."""
    text = ("乡村文化振兴的几点思考\n"
            "一、存在的问题\n"
            "一些地方的文化活动场所长期闲置，群众参与度低。\n"
            "二、对策建议\n"
            "县委工作会议强调，要加强农村公共文化设施建设，提高设施使用效率。\n")
    _, recommendations = points(text)
    assert any("加强农村公共文化设施建设" in r for r in recommendations)


@pytest.mark.parametrize("point", [
    "社区社会组织日益成为承接基层政府职能的重要载体",
    "志愿服务逐渐成为居民参与社区治理的基本形式",
    "社區社會組織日益成為承接基層政府職能的重要載體",
])
def test_status_as_a_carrier_is_background(point):
    from summarizer.script import simplified_view
    assert asp.states_neither(simplified_view(point))


def test_status_with_a_deficiency_stays():
    assert not asp.states_background("社区组织成为承接政府职能的重要载体，但资金严重不足")


@pytest.mark.parametrize("unit,n", [("会", 25_000), ("会议指出，", 2_500), ("《意见》强调：", 2_500)])
def test_quoted_directive_is_linear(unit, n):
    assert_linear(lambda k: asp.quotes_directive(unit * k), n, f"{unit!r} repeated")


@pytest.mark.parametrize("point", [
    "推进城乡基本公共服务均等化，是关系广大群众切身利益的重大问题",
    "是關係民族復興、人民幸福的根本問題",
])
def test_significance_is_neither(point):
    from summarizer.script import simplified_view
    assert asp.states_neither(simplified_view(point))


def test_a_problem_of_significance_stays_a_problem():
    assert not asp.states_neither("基层医疗人才流失严重，关系群众就医的问题长期得不到解决")


@pytest.mark.parametrize("point", [
    "本次调查旨在全面了解农村留守老人养老服务存在的问题",
    "本文的目的在于分析社区养老服务供给不足的原因",
    "本次調查旨在全面瞭解農村留守老人養老服務存在的問題",
])
def test_study_aim_is_background(point):
    from summarizer.script import simplified_view
    assert asp.states_background(simplified_view(point))


def test_purpose_of_a_policy_is_not_a_study_aim():
    # what a policy aims at, criticised, is the author's problem (not a study's aim)
    assert not asp.states_background("政府所谓的人口政策，都旨在为财团输送人才，忽视基层需要")


@pytest.mark.parametrize("point", [
    "会议听取了县卫健局关于基层医疗机构建设情况的汇报",
    "全会审议通过了关于加强基层治理的决定",
    "座谈会上，与会代表围绕农村养老服务短板进行了交流",
    "會議聽取了縣衞健局關於基層醫療機構建設情況的匯報",
])
def test_meeting_narration_is_neither(point):
    from summarizer.script import simplified_view
    assert asp.states_neither(simplified_view(point))


@pytest.mark.parametrize("point", [
    "会议过多过滥，基层干部疲于应付",  # meetings as the problem
    "要精简会议，减少陪会",  # a measure about meetings
])
def test_meetings_as_a_topic_stay(point):
    assert not asp.states_neither(point)


def test_an_association_chairman_is_no_directive_source():
    # the chair of a residents' association speaks for the complainants (news), not a policy-making leader
    assert not asp.quotes_directive("协会主席黄先生表示：“升降机经常故障，维修一再拖延。”")
