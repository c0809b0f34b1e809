"""p28c: Part 28 (979-1054) points still missed, by kind, on small inputs written for these tests."""

from aspect_helpers import points
from summarizer import aspects as asp


# Kind 1: a study's findings lead-in (…采取…的研究方法，在对…调查后，发现当前…面临的主要问题集中在以下方面：一是…)
# announces the subject's problems: a research word before the verb of finding is not the subject that falls short

LEAD = "该报告采用定量与定性相结合的研究方法,在对八个县的农户进行抽样调查后,发现当前农村养老面临的主要困难集中在以下三个方面:"


def test_findings_lead_after_research_method_announces_challenges():
    assert asp.lead_in_aspect(LEAD) == asp.CHALLENGE
    assert asp._after_survey_result("采用研究方法,调查后,发现当前农村养老面临的") == "当前农村养老面临的"


def test_findings_list_after_research_method_gives_its_items():
    ch, rec = points(LEAD + "一是养老服务设施严重不足。据调查,六成村庄没有日间照料中心。"
                     "二是护理人员队伍青黄不接。多数护理员年龄超过五十岁。"
                     "三是老人的医疗负担难以承受。慢性病支出占收入近三成。")
    assert ch == ["养老服务设施严重不足", "护理人员队伍青黄不接", "老人的医疗负担难以承受"]
    assert rec == []


def test_shortcomings_of_research_itself_stay_other():
    # negative: with no verb of finding, the research is the subject that falls short (a literature review)
    assert asp.lead_in_aspect("已有研究虽然取得了丰硕成果,但也存在以下不足:") == asp.OTHER
    assert asp.lead_in_aspect("这些研究方法存在一定的不足:") == asp.OTHER
    assert asp._after_survey_result("这些研究方法存在") == "这些研究方法存在"


# Kind 2: a Q&A explainer's ``问题：…`` ⏎ ``解答：…`` lines: the answer's field label names no topic, so the question
# line is a report field whose entry states the problem (points._label_led_entries), not a topic-labelled list item

from summarizer import points as pts  # noqa: E402

QA = ("一、群众关心的问题\n1. 停车问题\n问题:老旧小区停车位严重不足,车辆乱停乱放。\n"
      "解答:区政府将新建三处立体停车场。\n2. 供暖问题\n问题:部分楼栋冬季供暖温度偏低,居民反映强烈。\n"
      "解答:热力公司将更换老化管网。\n")


def test_question_line_beside_an_answer_line_is_a_field():
    a = QA.index("问题:老旧")
    assert pts.labelled_line_item(QA, a) is False


def test_question_lines_of_a_qa_explainer_give_challenges():
    ch, _rec = points(QA)
    assert "老旧小区停车位严重不足,车辆乱停乱放" in ch
    assert "部分楼栋冬季供暖温度偏低,居民反映强烈" in ch


def test_topic_labelled_lines_stay_items():
    # negative: sibling lines labelled by their topics (停车场地：… ⏎ 健身器材：…) are a list of labelled items
    text = "小区设施的情况\n停车场地:车位只有三十个,远远不够。\n健身器材:多数器材已经损坏。\n"
    assert pts.labelled_line_item(text, text.index("停车场地")) is True
    assert pts.labelled_line_item(text, text.index("健身器材")) is True


# Kind 3: the spoken "must" 一定要 after a speaker's own view (我觉得一定要…): a strong modal, as 必须 is

def test_own_view_with_spoken_must_is_a_measure():
    assert asp.strong_modal("我觉得一定要加强社区的疾病预防工作。")
    ch, rec = points("我觉得一定要加强社区的疾病预防工作。")
    assert rec == ["我觉得一定要加强社区的疾病预防工作"]
    assert ch == []


def test_narrated_insistence_is_no_measure():
    # negative: a person's insistence narrated (他一定要去…) prescribes nothing
    assert points("他一定要去北京看病。") == ([], [])
