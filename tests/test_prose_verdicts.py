"""Problems stated in prose by a verdict (issue 8): commentary, editorials and letters judge a policy or an actor with
a set phrase (成效不彰, 力不从心, 治标不治本, 火上加油) instead of a deficiency predicate; a burden that shrinks
(差距逐步缩小) and a problem denied (本身没有问题) state none. Every sentence and essay here was written for this
test; Traditional-script ones are read through the Simplified analysis view."""

import pytest

from summarizer import aspects as asp
from summarizer import summarize
from summarizer.points import cue_window
from summarizer.script import simplified_view
from tests.aspect_helpers import points


def _aspect(sentence: str) -> str | None:
    return asp.prose_aspect(simplified_view(sentence))


@pytest.mark.parametrize("sentence", [
    "社区食堂推行了整整三年，成效不彰。",
    "街道只有两名专职社工，面对上万名独居长者，实在力不从心。",
    # longer than a one-cue prose sentence may be: the verdict alone is enough
    "有关部门每逢暴雨就临时调派抽水车到低洼路段排水，年年如此，却始终不去改造地下管网，这种做法治标不治本。",
    "校方一再增加测验次数，家长与学生都无所适从。",
    # Traditional script, half-width commas (Hong Kong editorials)
    "當局年年推出短期紓困措施,基層租戶依然捉襟見肘。",
    "政府收緊審批之餘還加徵印花稅,令本已疲弱的小店經營火上加油。",
    "议员们对小区居民的诉求充耳不闻。",
    "专项整治年年开展，违建却变本加厉。",
])
def test_verdict_phrases_state_challenges(sentence):
    assert _aspect(sentence) == asp.CHALLENGE
    # inside a region the sentence's own cue words are read (sentence_aspect): a verdict is one of them
    assert asp.sentence_aspect(simplified_view(sentence)) == asp.CHALLENGE


@pytest.mark.parametrize("sentence", [
    # a hypothetical consequence: a condition before the verdict
    "如果把课后托管变成强制参加，那会适得其反。",
    "政府若然听取商户意见，便能赢得支持，反之，只会举步维艰。",
    # the phrase used as an attribute of a noun (…的市民)
    "这些说法对苦不堪言的租户来说十分刺耳。",
    # a prohibition or a remedy names what a measure forbids or removes
    "切忌在垃圾分类推广中搞一刀切。",
    "着力扭转头痛医头的整治方式。",
])
def test_verdict_phrases_that_state_no_challenge(sentence):
    assert _aspect(sentence) != asp.CHALLENGE


def test_a_bare_verdict_judges_the_clause_before_it():
    """A long sentence whose last clause is the verdict alone (…，火上加油。): the point is the clause it judges and the
    verdict, not the verdict by itself."""
    text = ("区内商铺租金连年上涨，不少老店被迫结业，街坊买菜越来越不方便，年轻人也不愿再来这一带消费，"
            "当局却还在继续拍卖邻近的公有铺位，火上加油。")
    a, b = cue_window(text, 0, len(text), asp.CHALLENGE, 60)
    assert text[a:b] == "当局却还在继续拍卖邻近的公有铺位，火上加油"


@pytest.mark.parametrize("sentence,shrinking", [
    ("城乡居民收入差距逐步缩小。", True),
    ("留守家庭的负面影响越来越小了。", True),
    ("基层教师的工作负担明显减轻。", True),
    ("城乡居民收入差距仍在扩大。", False),
    ("基层教师的工作负担过重。", False),
])
def test_a_shrinking_burden_states_no_shortcoming(sentence, shrinking):
    assert bool(asp.improvement_spans(sentence)) == shrinking
    assert (asp.challenge_strength(sentence) == 0) == shrinking


def test_a_problem_denied_states_no_shortcoming():
    assert asp.challenge_strength("这个补贴方案本身没有问题。") == 0
    assert asp.challenge_strength("这个补贴方案本身存在问题。") > 0


def test_an_editorial_gives_its_verdicts_as_challenges():
    """An editorial with no heading, list or deficiency predicate in the sentences that state its problems."""
    text = (
        "評論：舊區更新不能再拖\n\n"
        "市區重建局成立至今已逾二十年,舊區更新的步伐卻愈來愈慢。當局每年都公布新的重建項目,但實際動工的寥寥無幾,"
        "成效不彰。前線社工面對大批等候安置的長者,人手緊絀之下力不從心。\n\n"
        "有關部門近年改以發放一次性津貼代替安置,這種做法治標不治本。\n\n"
        "我們認為,當局應盡快制定舊區重建的時間表,並增加社工人手。"
    )
    challenges, recommendations = points(text)
    joined = "\n".join(challenges)
    assert "成效不彰" in joined
    assert "力不從心" in joined
    assert "治標不治本" in joined
    assert any("時間表" in r for r in recommendations)


@pytest.mark.parametrize("text, progress", [
    ("城乡收入差距逐步缩小", True),
    ("群众的负担明显减轻", True),
    ("积累的矛盾无法及时化解", False),  # a negation between the burden and the verb: it does not shrink
    ("城乡差距未能缩小", False),
    ("企业的成本难以降低", False),
])
def test_a_burden_shrinks_only_without_a_negation_between(text, progress):
    assert bool(asp.improvement_spans(text)) is progress
    assert (asp.challenge_strength(text) == 0) is progress


def test_a_problem_that_cannot_be_resolved_keeps_its_whole_chain_in_the_point():
    essay = ("一、存在的问题\n"
             "一是因停工停产采取的限制措施较多，造成部分矛盾无法及时化解，导致矛盾积压，增加了极端事件的发生风险。\n"
             "二、对策建议\n一是建立矛盾纠纷排查化解机制，及时回应群众诉求。\n")
    (essay_out,) = summarize(essay).essays
    texts = [p.text for p in essay_out.challenges]
    assert any("造成部分矛盾无法及时化解，导致矛盾积压" in t for t in texts), texts
