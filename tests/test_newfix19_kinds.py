"""newfix19: kinds from a new user's trial (notice lead-ins, proposals after a topic phrase, bold labels)."""

from summarizer import summarize


def _points(text: str) -> tuple[list[str], list[str]]:
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# F1: 问题 after 有关/相关 in a notice's announcement (现就有关问题通知如下) names the notice's matters, not problems.

def test_notice_announcing_relevant_matters_lists_measures():
    text = ("各村委会：\n为做好春季植树工作，现就有关问题通知如下：\n一、要加强组织领导，明确工作责任。\n"
            "二、要科学选择树种，提高成活率。\n三、要做好后期管护。")
    challenges, recommendations = _points(text)
    assert challenges == []
    assert recommendations == ["要加强组织领导，明确工作责任", "要科学选择树种，提高成活率", "要做好后期管护"]


def test_notice_announcing_existing_problems_keeps_challenges():
    text = "各村委会：\n现将存在的问题报告如下：\n一、组织领导不力，责任不明确。\n二、管护责任没有落实，成活率低。"
    challenges, recommendations = _points(text)
    assert recommendations == []
    assert challenges and challenges[0] == "组织领导不力，责任不明确"


# F2: a topic phrase that refers back to the problems (针对上述问题，) before the author's bare proposal (建议…).

def test_topic_phrase_before_bare_proposal_is_a_recommendation():
    text = "调查发现，村里道路年久失修，垃圾清运不及时。针对上述问题，建议镇政府加大道路维修投入，建立垃圾定期清运制度。"
    challenges, recommendations = _points(text)
    assert challenges == ["调查发现，村里道路年久失修，垃圾清运不及时"]
    assert recommendations == ["针对上述问题，建议镇政府加大道路维修投入，建立垃圾定期清运制度"]


def test_topic_phrase_before_proposal_as_a_noun_is_no_point():
    text = "调查发现，村里道路年久失修，垃圾清运不及时。针对上述问题，建议的内容很多。"
    assert _points(text)[1] == []


# F2: 通过多方面努力 holds 过多 across a word boundary (通过|多): no shortcoming.

def test_means_preposition_before_duo_states_no_excess():
    text = "调查发现，村里道路年久失修。通过多方面努力，推动乡村实现全面振兴。"
    assert _points(text)[0] == []
    assert _points("村里会议过多，文件过多。")[0] == ["村里会议过多，文件过多"]
