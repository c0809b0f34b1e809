"""Where a measures region of prose ends, and what a list right after a turn to the measures is (issue 8; trial14 T5):
an essay's closing slogan is no point, and the list after ``破解…难题，需要…`` is the list of measures."""

import pytest

from summarizer.pipeline import analyze
from summarizer.points import omission_clause, omission_clauses

# a 申论-style essay written for these tests: problems after a turn, an opener of the measures with its 一是…三是
# list in the same paragraph, and a closing paragraph (a slogan, then an exhortation)
CANTEEN = (
    "让社区食堂办得长久\n\n"
    "近年来，许多城市开办社区食堂，为老人提供就餐便利，受到居民欢迎。\n\n"
    "然而，社区食堂的运营仍面临不少困难。首先，场地租金偏高，不少食堂入不敷出。其次，厨师流动频繁，菜品质量难以稳定。\n\n"
    "破解社区食堂经营难题，需要多方协同发力。一是减免场地租金，由街道提供闲置用房。二是引入专业餐饮企业连锁经营，"
    "统一培训员工。三是开通送餐上门服务，照顾行动迟缓的老人。\n\n"
    "吃饭无小事。只有把老人的一日三餐放在心上，才能让老人吃得安心。\n"
)


def _points(text: str) -> dict[str, list[str]]:
    (essay,) = analyze(text)
    t = essay.structure.text
    return {aspect: [t[p.start:p.end] for p in points] for aspect, points in essay.points.items()}


def test_the_closing_slogan_of_an_essay_is_no_point():
    points = _points(CANTEEN)
    assert not any("无小事" in p or "一日三餐" in p for ps in points.values() for p in ps)


def test_the_list_after_a_turn_to_the_measures_is_the_list_of_measures():
    points = _points(CANTEEN)
    assert points["recommendation"] == ["减免场地租金，由街道提供闲置用房", "引入专业餐饮企业连锁经营，统一培训员工",
                                        "开通送餐上门服务，照顾行动迟缓的老人"]
    assert points["challenge"] == ["场地租金偏高，不少食堂入不敷出", "厨师流动频繁，菜品质量难以稳定"]


def test_a_last_paragraph_under_its_own_heading_is_still_read():
    # a page cut after a measures heading: its one paragraph is the section's text, not an essay's closing
    text = ("社区食堂的问题与对策\n\n一、存在的问题\n\n场地租金偏高，不少食堂入不敷出。厨师流动频繁，菜品质量难以稳定。\n\n"
            "二、对策建议\n\n减免场地租金。街道可以提供闲置用房，引入专业餐饮企业连锁经营。\n")
    points = _points(text)
    assert "减免场地租金" in points["recommendation"]


# --- an authority's omission stated in plain prose, no deficiency word (政府一直没有调整…) -------------------------------


@pytest.mark.parametrize("sentence, clause", [
    ("近几年物价涨得很快，可是政府一直没有调整低保标准，低保户的日子越过越紧。", "可是政府一直没有调整低保标准"),
    ("街道部门至今未公布加装电梯的补贴细则。", "街道部门至今未公布加装电梯的补贴细则"),
    # no right or room to act is no omission; nor a question, a circumstance, a condition or a prescription
    ("政府没有权利替居民决定搬不搬。", None),
    ("政府为什么没有调整低保标准？", None),
    ("在未有充分咨询下，政府推出了新的收费办法。", None),
    ("如果政府没有及时调整标准，低保户会更困难。", None),
    ("政府应尽快调整低保标准，不能一直没有动作。", None),
])
def test_omission_clause(sentence, clause):
    span = omission_clause(sentence)
    assert (sentence[span[0]:span[1]] if span else None) == clause


@pytest.mark.parametrize("sentence, clauses", [
    # the subject named in an earlier clause carries to the negated clauses after it, up to a ；
    ("市教育局于去年调整招生政策前后，对各校招生工作人员未进行培训，亦未公开征求家长意见。",
     ["市教育局于去年调整招生政策前后，对各校招生工作人员未进行培训", "亦未公开征求家长意见"]),
    ("通报指出：某区政府对老旧小区改造资金，未建立监督机制；某县卫生部门在疫苗采购中，未按规定公开招标。",
     ["某区政府对老旧小区改造资金，未建立监督机制", "某县卫生部门在疫苗采购中，未按规定公开招标"]),
    # 未来 is a word, not the negation; a ； ends the subject's reach
    ("市政府举行会议，未来三年将新建学校十所。", []),
    ("市政府举行会议；未按时到会的代表另行通知。", []),
])
def test_omission_clauses_carry_the_subject(sentence, clauses):
    assert [sentence[a:b] for a, b in omission_clauses(sentence)] == clauses


def test_an_omission_in_a_news_paragraph_is_a_challenge():
    text = ("老旧小区加装电梯为何难\n\n记者走访了城东几个老旧小区。不少老人住在五六楼，每天上下楼十分吃力。居民们说，"
            "街道办至今未公布加装电梯的补贴细则，大家不知道该找谁申请。低楼层住户担心采光和噪音，意见迟迟难以统一。\n")
    assert "街道办至今未公布加装电梯的补贴细则" in _points(text)["challenge"]


def test_omission_clause_is_linear():
    # a 100k-character line with no punctuation, and 10,000 tiny sentences: bounded look-ahead, one pass
    assert omission_clause("政" * 100_000) is None
    assert omission_clause("政府没有。" * 10_000) is not None
    assert len(omission_clauses("市政府开会，对此亦未表态，" * 5_000)) == 5_000


# --- a dense paragraph of problem sentences: every one that states its problem as prose does is a point -------------

REPORT = ("据本报记者报道 市政府5日在工作报告中表示，过去一年全市经济社会发展总体平稳，但也要清醒看到面临的问题。从外部看，"
          "周边城市对人才和项目的争夺日趋激烈，部分企业把研发中心搬往省会，对本市的产业升级和税收增长造成了一定的冲击。"
          "从内部看，工业投资增长乏力。部分中小企业融资困难。养老托育服务存在短板。基层医疗服务能力不足。农村污水处理设施建设"
          "滞后。政府服务效率有待提升。有的部门办事拖沓、推诿扯皮。一些干部担当意识不强、能力不足。我们既要正视这些问题，"
          "更要坚定发展信心。\n")


def test_no_problem_sentence_of_a_dense_paragraph_is_crowded_out():
    challenges = _points(REPORT)["challenge"]
    for stated in ("养老托育服务存在短板", "基层医疗服务能力不足", "农村污水处理设施建设滞后", "政府服务效率有待提升",
                   "有的部门办事拖沓、推诿扯皮", "一些干部担当意识不强、能力不足"):
        assert stated in challenges
    assert not any("正视这些问题" in p for p in challenges)


def test_plain_words_for_difficulties_announce_problems_and_open_the_measures():
    # 难处 announces the problems; 化解…困局，需要… turns to the measures (a predicament as the object of solving)
    text = CANTEEN.replace("仍面临不少困难", "仍有不少难处").replace("破解社区食堂经营难题，需要多方协同发力",
                                                               "化解社区食堂经营困局，需要政府、企业和居民共同出力")
    points = _points(text)
    assert points["recommendation"] == ["减免场地租金，由街道提供闲置用房", "引入专业餐饮企业连锁经营，统一培训员工",
                                        "开通送餐上门服务，照顾行动迟缓的老人"]
    assert not any("困局" in p for p in points["challenge"] + points["recommendation"])


def test_an_inconvenience_in_plain_words_is_a_problem():
    from summarizer import aspects as asp
    assert asp.prose_aspect("此外，部分食堂位置偏僻，老人前往就餐很不方便。") == asp.CHALLENGE
    assert asp.prose_aspect("新线路开通后，居民出行方便了不少。") is None
