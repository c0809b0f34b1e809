"""Kinds of faults seen on the blind trial set of Part 146 (benchmarks/data/aspects ids 8260-8279, newuser55c: Traditional
Chinese on livelihood, labour and housing in Macau and Hong Kong as a new user brings them: a 書面質詢 on 最低工資 reposted on a
forum, association and chamber news on the 施政報告 and on shops, magazine commentaries on home ownership and northbound spending,
an elderly association's paper, an editorial on private care homes, an NGO column on 劏房, a union speech and an NGO position
paper on 強積金, a union housing survey, a think tank on youth home ownership, pages on 最低工資 and on delivery riders, with a
housing notice, a minister's blog and a law firm's note as negatives), written as small texts of the tests' own. Marked
``xfail(strict=True)``: they record what the pipeline does not do yet, and turn into failures (to be unmarked) the day a change
fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # the regulator's existing powers (`現行機制下,政府可以…,社署可派人…巡查,以確保…`) and a working group already set up
    # (`社署去年成立…工作小組,務必改善…`) describe what is in place: neither, yet both come out as recommendations (8268; in the
    # corpus also 8278 `政府正積極研究…並計劃於今年內提出方案`, 8266 `提醒承造商採取措施…`, 8267 `…將分階段投入服務`, 8261
    # `…並透過實施“澳門青年專業發展計劃”等專案予以落地`)
    "existing-mechanism-and-set-up-work-as-recommendations": (
        "私營院舍質素良莠不齊,政府多年來把關不力。現行機制下,政府可以根據《院舍條例》對院舍進行監管,社署可派人到院舍作出"
        "不定期巡查,以確保院舍符合發牌要求,包括人手比例、居住環境等,要求院舍作出改善,甚至吊銷牌照。社署去年成立檢視院舍"
        "守則工作小組,務必改善巡查及跟進制度,加強執法的阻嚇性。\n",
        lambda ch, rec, n: not any("不定期巡查" in p or "工作小組" in p for p in rec)),
    # statements that a group's means have fallen or that it is stuck (`置業能力已經不如…`, `倒退幅度更為嚴重`, `仍受困於…,
    # 不得解脫,只能…`, `無力籌集…`) are challenges with no problem word in them: some are missed, one comes out as a measure
    # (8262: 7 of 8 challenges missed, `…仍受困其中,不得解脫`, `他們似乎無望實現…只能一年又一年地支付屋租`, `…無力籌集到足夠
    # 的資金…`; 8275 `這些精英的置業能力已經不如2001年`, `…置業能力的倒退幅度更為嚴重`, `…相當捉襟見肘` missed; 8268
    # `…大部分沒有津貼院舍的好` missed)
    "capacity-decline-and-hardship-statements-missed": (
        "與二十年前相比,本地大學畢業生的置業能力已經不如上一代。其餘大部分年輕人,置業能力的倒退幅度更為嚴重。不少年輕家庭"
        "仍受困於租屋市場,不得解脫,只能一年又一年地支付租金。他們無力籌集到足夠的首期。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("已經不如上一代", "倒退幅度更為嚴重", "仍受困於租屋市場",
                                                                  "無力籌集到足夠的首期")) >= 3
        and not any("受困" in p for p in rec)),
    # the author asks a question and gives the demand as its answer (`…答案只得一個,就是A盡快落實,不容再拖`): A is a
    # recommendation, yet it is missed, or filed with the problem before it as a challenge (8276 `問題似是無限輪迴,但相信打工仔
    # 答案只得一個,就是最低工資一年一檢盡快落實,不容再拖` as one challenge; 8263's answer `答案就是不太成功,至少未達到官方預期`
    # missed)
    "answer-clause-demand-missed": (
        "政府多年來推出多個區域合作概念,為何舊概念不時換上新名字?答案就是成效不彰,未達預期。最低工資檢討周期應否縮短?相信"
        "打工仔的答案只得一個,就是一年一檢盡快落實,不容再拖。\n",
        lambda ch, rec, n: any("一年一檢盡快落實" in p for p in rec)
        and not any("一年一檢盡快落實" in p for p in ch)),
    # the author's critique of a survey's coverage (`必須小心注意的是這份調查有很多限制,例如它沒有調查…。而且,調查亦只選擇了…。
    # 這對了解…未必有全面的看法`) names challenges; the discourse marker `必須小心注意的是` is no measure, yet the first sentence comes
    # out as a recommendation and the others are missed (8269: 6 of 8 challenges missed, `必須小心注意的是這個研究有很多限制,例如
    # 它沒有調查於工廠和商業大廈的劏房` as a recommendation)
    "survey-limitation-critique-led-by-bixu-as-recommendation": (
        "最近公布的劏房調查結果值得關注。然而,必須小心注意的是這份調查有很多限制,例如它沒有調查工業大廈內的劏房。而且,調查"
        "亦只選擇了樓齡三十年以上的樓宇。這對了解基層住屋的實況未必有全面的看法。\n",
        lambda ch, rec, n: not any("有很多限制" in p for p in rec)
        and sum(any(k in p for p in ch) for k in ("有很多限制", "沒有調查工業大廈內的劏房", "只選擇了樓齡三十年以上的樓宇",
                                                  "未必有全面的看法")) >= 2),
    # a survey's reasons given as short noun clauses with their shares in brackets (`最大原因是A(71.2%)以及B(64.5%),其次近五成
    # 受訪者表示C`) and its verdict (`這反映大部份工友都對…有保留`) are the survey's challenges, yet only the last clause comes out
    # (8272: `強積金的回報低`, `強積金的行政管理費高`, `…有保留`, `年金方案有較多限制` missed, 5 of 11)
    "survey-reasons-with-shares-missed": (
        "本會以問卷訪問了二百名工友。調查發現,受訪者反對現行制度的最大原因是強積金的回報低(71.2%)以及行政管理費高(64.5%),"
        "其次近五成受訪者表示每月供款不足。這反映大部份工友都對現行制度有保留。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("回報低", "行政管理費高", "每月供款不足", "有保留")) >= 3),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 146 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"survey-limitation-critique-led-by-bixu-as-recommendation"}  # k144146: a caution frame


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part146_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))


def test_part146_kind_predicates_accept_a_right_answer():
    """Each predicate holds on a hand-written right answer, so an xfail above fails on the pipeline, not on its predicate."""
    right_answers = {
        "existing-mechanism-and-set-up-work-as-recommendations": (["私營院舍質素良莠不齊", "政府多年來把關不力"], []),
        "capacity-decline-and-hardship-statements-missed": (
            ["本地大學畢業生的置業能力已經不如上一代", "其餘大部分年輕人,置業能力的倒退幅度更為嚴重",
             "不少年輕家庭仍受困於租屋市場,不得解脫", "他們無力籌集到足夠的首期"], []),
        "answer-clause-demand-missed": (["成效不彰,未達預期"], ["一年一檢盡快落實,不容再拖"]),
        "survey-limitation-critique-led-by-bixu-as-recommendation": (
            ["這份調查有很多限制", "它沒有調查工業大廈內的劏房", "調查亦只選擇了樓齡三十年以上的樓宇",
             "這對了解基層住屋的實況未必有全面的看法"], []),
        "survey-reasons-with-shares-missed": (["強積金的回報低", "行政管理費高", "每月供款不足",
                                               "大部份工友都對現行制度有保留"], []),
    }
    assert set(right_answers) == set(KINDS)
    for kind, (ch, rec) in right_answers.items():
        assert KINDS[kind][1](ch, rec, 1), kind
    # and each predicate rejects what the pipeline gave on the kind's text when it was recorded (written by hand)
    assert not KINDS["existing-mechanism-and-set-up-work-as-recommendations"][1](
        ["私營院舍質素良莠不齊,政府多年來把關不力"],
        ["現行機制下,政府可以根據《院舍條例》對院舍進行監管,社署可派人到院舍作出不定期巡查,以確保院舍符合發牌要求",
         "社署去年成立檢視院舍守則工作小組,務必改善巡查及跟進制度,加強執法的阻嚇性"], 1)
    assert not KINDS["capacity-decline-and-hardship-statements-missed"][1](
        ["其餘大部分年輕人,置業能力的倒退幅度更為嚴重", "他們無力籌集到足夠的首期"],
        ["不少年輕家庭仍受困於租屋市場,不得解脫,只能一年又一年地支付租金"], 1)
    assert not KINDS["answer-clause-demand-missed"][1](["答案就是成效不彰,未達預期"], [], 1)
    assert not KINDS["survey-limitation-critique-led-by-bixu-as-recommendation"][1](
        [], ["必須小心注意的是這份調查有很多限制,例如它沒有調查工業大廈內的劏房"], 1)
    assert not KINDS["survey-reasons-with-shares-missed"][1](["其次近五成受訪者表示每月供款不足"], [], 1)
