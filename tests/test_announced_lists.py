"""Lists announced in prose, found on held-out web pages (issue 8, benchmarks/data/aspects Part 4) and tested here on
texts written for the tests: a problem noun with a vague amount as predicate (``困难还很多。比如：一是…``), a sentence
that looks back at a list (``这两个方面，…``), the steps of a prescribed measure (``方法并不复杂，一是…``), a
scene-setting opener that turns to the statement (``随着…，但是，当前…面临A、B、C等问题``)."""

import pytest

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


@pytest.mark.parametrize("sentence, announces", [
    ("摆在我们面前的困难还很多。", True),
    ("造成这一现象的原因很多", True),
    ("社区治理中存在的问题仍然不少。", True),
    ("前来参加活动的群众很多。", False),  # no problem noun: a plain fact
    ("困难很多，但我们克服了所有困难", False),  # the last clause names no problem
    ("很多", False),
])
def test_a_problem_noun_with_a_vague_amount_announces_problems(sentence, announces):
    assert asp.announces_problems(sentence) is announces


def test_an_announced_list_after_an_example_word_gives_the_problems():
    text = ("去年公司完成了各项指标，但并不等于可以高枕无忧了。摆在我们面前的困难还很多。比如：一是人员多，人才少。"
            "公司员工已达一万人，但专业人才却非常少。二是摊子大、规模小。下属公司不少，但像样的屈指可数。三是资金少。"
            "资源基本来自外部，可用的越来越少。")
    challenges, recommendations = _points(text)
    assert challenges == ["人员多，人才少", "摊子大、规模小", "资金少"]
    assert recommendations == []
    # half-width punctuation, as web pages often have it, reads the same
    challenges, _ = _points(text.replace("，", ",").replace("：", ":"))
    assert challenges == ["人员多,人才少", "摊子大、规模小", "资金少"]


@pytest.mark.parametrize("lead, example", [("比如：", True), ("例如，", True), ("譬如说：", True),
                                           ("比如某县在去年：", False), ("主要表现在：", False)])
def test_an_example_lead_in_is_only_the_example_word(lead, example):
    assert asp._example_lead_in(lead) is example


def test_a_measure_before_an_example_list_stays_the_point():
    # the sentence before 例如 states a measure of its own: its examples do not replace it
    text = ("如果疫情持久化，紧急动员体系将面临危机。因此，似应提供必要的政策工具，为一线人员提供法定保护。例如：\n\n"
            "一、可否为征召人员购买意外保险？\n\n二、可否对病弱人员实施豁免？")
    _, recommendations = _points(text)
    assert "似应提供必要的政策工具，为一线人员提供法定保护" in recommendations


@pytest.mark.parametrize("sentence, aspect", [
    ("这两个方面，政府都有能力解决，却解决不力。", None),  # looks back at the two aspects already named
    ("上述几个方面的问题，亟需引起重视。", None),
    ("当前存在以下两个方面的问题：", asp.CHALLENGE),
    ("具体建议如下：", asp.RECOMMENDATION),
])
def test_a_lead_in_word_after_a_demonstrative_looks_back(sentence, aspect):
    assert asp.lead_in_aspect(sentence, announce=False) == aspect


def test_the_steps_of_a_prescribed_measure_are_recommendations():
    text = ("公园管理的问题由来已久。现时管理部门东修一处、西补一处，只是为了应付投诉。\n\n"
            "政府应趁年度预算，至少订出公园维护的中期目标。方法并不复杂，一是统计今后五年的维护需求；"
            "二是按区订下维修的规模，以满足一个既定标准。")
    _, recommendations = _points(text)
    assert recommendations[-2:] == ["统计今后五年的维护需求", "按区订下维修的规模，以满足一个既定标准"]


@pytest.mark.parametrize("lead, method", [("方法并不复杂，", True), ("具体办法是：", True),
                                          ("方法上存在不足，", False), ("这个方法很好，大家都用", False)])
def test_a_method_lead_in_opens_with_the_way_and_names_no_aspect(lead, method):
    assert asp._method_lead_in(lead) is method


def test_a_scene_setting_opener_that_turns_is_read_after_the_turn():
    sentence = ("随着乡村经济的发展，农民合作社日益成为带动农户增收的重要载体，但是，当前合作社在带动农户中仍然面临"
                "管理制度松散、成员参与热情不高、融资渠道较窄等问题。")
    turn = asp.after_background_turn(sentence)
    assert sentence[turn:].startswith("当前合作社")
    assert asp.prose_aspect(sentence) == asp.CHALLENGE
    challenges, _ = _points(sentence)
    # (read after the turn; the enumeration that 面临…等问题 frames gives one challenge per item: points.framed_problems)
    assert challenges == ["管理制度松散", "成员参与热情不高", "融资渠道较窄"]
    # without a turn the opener still keeps the sentence from being a point
    assert asp.after_background_turn("随着乡村经济的发展，合作社日益成为重要载体。") == 0
    assert asp.prose_aspect("随着乡村经济的发展，合作社日益成为重要载体。") is None


@pytest.mark.parametrize("sentence, listed", [
    ("当前合作社仍然面临管理松散、热情不高、渠道较窄等问题。", True),
    ("不少学校存在师资短缺、设施老化等困难", True),
    ("当前合作社仍然面临管理松散等问题。", False),  # one problem, no list
    ("活动包括讲座、展览、义诊等内容。", False),  # no verb of existence, no problem noun
    ("面临管理松散、热情不高等问题还要研究", False),  # the noun does not end the clause
])
def test_a_verb_of_existence_with_a_closed_list_of_problems(sentence, listed):
    assert asp._names_listed_problems(sentence) is listed


def test_the_new_readers_are_linear_on_long_and_many_inputs():
    # a 100k-character line without punctuation and 10,000 tiny sentences: each reader returns (no timing asserted)
    line = "面临管理松散、" * 15000
    tiny = "困难还很多。比如：一是人少。" * 10000
    for text in (line, "随着" + line, tiny):
        assert asp._names_listed_problems(text) in (True, False)
        assert asp.announces_problems(text) in (True, False)
        assert asp.after_background_turn(text) >= 0
        assert asp._announces_ahead(text) in (True, False)


@pytest.mark.parametrize("sentence, aspect", [
    # 宜 inside an idiom of manner is no modal: an actor who fails at the job is a shortcoming
    ("政府不懂得因时制宜修改政策。", asp.CHALLENGE),
    ("干部不善于做群众工作。", asp.CHALLENGE),
    # the idiom stands between a modal and its action verb as an adverb does
    ("各地要因地制宜发展特色产业。", asp.RECOMMENDATION),
    ("学校应因校制宜完善课程设置。", asp.RECOMMENDATION),
])
def test_an_idiom_of_manner_is_no_modal_but_may_stand_as_an_adverb(sentence, aspect):
    assert asp.prose_aspect(sentence) == aspect


def test_a_reports_thanks_and_credit_for_achievements_are_no_measures():
    text = ("县政府工作报告\n\n各位代表：\n\n回顾过去五年，我们扎实工作，结束了徘徊不前的局面。这些成绩的取得来之不易，"
            "是县委正确领导的结果，是县人大、县政协监督、支持和共同参与的结果，是全县人民智慧和劳动的结晶。在这里，"
            "我代表县人民政府，向奋斗在各条战线的广大干部群众和所有关心支持本县建设的各界人士表示衷心的感谢！\n\n"
            "我们也清醒地看到，前进道路上还存在不少困难和问题，主要是：经济总量偏小；产业结构不合理，科技基础较为薄弱；"
            "基础设施建设滞后。")
    challenges, recommendations = _points(text)
    assert challenges == ["经济总量偏小", "产业结构不合理，科技基础较为薄弱", "基础设施建设滞后"]
    assert recommendations == []
    assert asp.is_ceremony("向各界人士表示衷心的感谢！") and not asp.is_ceremony("要感谢群众的监督")


def test_an_item_cut_off_after_one_character_is_no_point():
    # a web page's stored opening ends inside the second item
    challenges, _ = _points("当前乡村治理面临一些新问题：一是青壮年大量外出，村庄空心化日益凸显。二是小")
    assert challenges == ["青壮年大量外出，村庄空心化日益凸显"]


def test_a_problem_items_heading_is_never_also_a_measure():
    # 发展后劲小 opens with a word that is also a verb of measures (发展): the item is a problem all the same
    challenges, recommendations = _points("工厂面临的困难很多：一是人员多，人才少。二是项目杂、发展后劲小。三是资金少。")
    assert challenges == ["人员多，人才少", "项目杂、发展后劲小", "资金少"]
    assert recommendations == []


@pytest.mark.parametrize("second", ["另一方面", "另方面"])  # 另方面: the Hong Kong form
def test_side_items_lose_the_copula_of_their_marker(second):
    challenges, _ = _points(f"城市拥堵的原因有两方面：一方面是道路建设滞后。{second}是私家车急增。")
    assert challenges == ["道路建设滞后", "私家车急增"]
