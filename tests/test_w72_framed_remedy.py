"""w72: a first-person remedy after a frame naming the problem just stated (``为了解决这个问题，我们可以…``, ``对此，我们
可以…``) is a recommendation; a speech's act-now directive (``各社区要立即行动起来，限期完成清理``) is one too."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text):
    d = summarize_document(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


def test_framed_remedy_offsets():
    assert asp.framed_remedy("为了解决这个问题，我们可以推广错时共享停车。") == 9
    assert asp.framed_remedy("对此，我们也可以增设一栏，记录分歧。") == 3
    assert asp.framed_remedy("為了解決這個問題，我們可以推廣錯時停車。") == 9
    assert asp.framed_remedy("针对这种情况，大家不妨先做一次摸底调查。") == 7


def test_framed_remedy_needs_frame_and_remedy():
    assert asp.framed_remedy("我们可以推广错时共享停车。") is None  # no frame: what one can do, no remedy offered
    assert asp.framed_remedy("对此，我们可以看到群众的不满。") is None  # a verb of seeing: an observation
    assert asp.framed_remedy("对此，我们可以说。") is None
    assert asp.framed_remedy("为了解决这个问题，政府投入了资金。") is None  # what was done, no first-person offer


def test_we_can_remedy_is_a_recommendation():
    ch, rec = _points("小区停车难的问题日益突出，夜间车辆占满消防通道。为了解决这个问题，我们可以推广错时共享停车，"
                      "鼓励周边单位开放车位。\n")
    assert any("错时共享停车" in p for p in rec)
    assert any("停车难" in p for p in ch)


def test_observation_after_frame_is_no_recommendation():
    _, rec = _points("小区停车难的问题日益突出，夜间车辆占满消防通道。对此，我们可以看到居民的不满越来越多。\n")
    assert not any("居民的不满" in p for p in rec)


def test_act_now_directive_is_a_recommendation():
    _, rec = _points("在全镇安全生产会议上的讲话\n同志们:\n当前部分企业安全隐患排查不彻底，问题依然突出。"
                     "各村要立即行动起来，限期完成隐患排查。\n")
    assert any("立即行动起来" in p for p in rec)


def test_framed_remedy_linear():
    assert_linear(lambda n: asp.framed_remedy("对此，我们可以" + "加" * n + "。"), 2000, "a long remedy")
    assert_linear(lambda n: asp.sentence_aspect("为了解决这个问题，" * n + "我们可以加强。"), 200, "repeated frames")


def test_view_notice_line_is_boilerplate():
    from summarizer.clean import clean
    page = ("無法正常瀏覽圖片,請按這裡看說明   無法正常瀏覽內容,請按這裡線上閱讀\n"
            "如果您无法正常浏览此邮件，请点击这里\n"
            "社区停车难的问题日益突出。\n")
    text = clean(page).text
    assert "正常瀏覽" not in text and "正常浏览" not in text
    assert "社区停车难的问题日益突出。" in text
    # a sentence of an essay that says something cannot be viewed normally stays
    kept = clean("不少老人的手机无法正常浏览政务网页，请按需求提供纸本。\n").text
    assert "无法正常浏览政务网页" in kept


def test_view_notice_linear():
    from summarizer.clean import clean
    assert_linear(lambda n: clean("无法正常浏览" * n + "\n"), 2000, "a long line of the notice's words")


def test_tip_jar_lines_are_boilerplate():
    from summarizer.clean import clean
    text = clean("尚未有人赏赞,赶紧来一个吧\n如果喜欢本篇内容,请赞赏鼓励哦!\n请选择打赏类型\n社区停车难的问题日益突出。\n"
                 "我们请赞赏这种做法的居民带头示范，推动各小区开放车位。\n").text
    assert text == "社区停车难的问题日益突出。\n我们请赞赏这种做法的居民带头示范，推动各小区开放车位。"
