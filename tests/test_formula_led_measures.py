"""A demand sentence that opens with a guiding formula (``要认真贯彻落实…精神``) and lists its work as bare verb clauses
(k156, Part 156's kind 1): each clause after the formula is a measure, the formula none; and a meeting leader's
``强调，要…`` is read as the report's measures, not as the authorities' reply. Texts written for these tests."""


from summarizer import aspects as asp
from summarizer.points import formula_led_measures
from summarizer.pipeline import summarize_document
from costs import assert_linear


def _spans(sentence):
    return [sentence[a:b] for a, b in formula_led_measures(sentence)]


def test_measures_after_a_leaders_formula():
    s = ("处长刘红强调，要认真学习贯彻上级关于防汛工作的重要指示精神，以更实的作风，全面排查河道堤防隐患，"
         "及时清理排水管网淤积，确保群众安全度汛。")
    # (the manner clause 以更实的作风 gives none, the purpose clause 确保… ends the run)
    assert _spans(s) == ["全面排查河道堤防隐患", "及时清理排水管网淤积"]


def test_units_addressed_and_short_clauses_joined():
    s = "各乡镇要深入贯彻落实全市环境整治会议精神，并建立垃圾清运台账，宣传分类知识，增强村民环保意识，从源头上减少垃圾。"
    assert _spans(s) == ["建立垃圾清运台账", "宣传分类知识，增强村民环保意识"]


def test_traditional_script_offsets():
    s = "局長強調，要認真貫徹落實上級關於安全生產的重要指示精神，全面檢查校車安全設備，嚴格查處超載行為。"
    assert _spans(s) == ["全面檢查校車安全設備", "嚴格查處超載行為"]


def test_no_measures_read():
    # a work report's own programme (我们要…), no one addressed
    assert _spans("我们要深入贯彻全会精神，认真落实省委部署，着力稳就业，统筹做好各项工作。") == []
    # one measure only
    assert _spans("局长强调，要认真贯彻落实上级的重要指示精神，全面排查河道堤防隐患。") == []
    # no formula: the clauses are read by the other rules
    assert _spans("局长强调，要全面排查河道堤防隐患，及时清理排水管网淤积。") == []
    # the run stops at the formula's own ；-part
    assert _spans("调研组强调，一要深入学习贯彻上级重要指示精神，扎实做好河道清理工作；二要加强巡查，落实责任。") == []
    # more measures than a demand lists: a programme's guiding thought
    long_run = "会议要求，各单位要全面贯彻会议精神，" + "，".join(f"做好第{n}项重点整治工作" for n in range(1, 9)) + "。"
    assert _spans(long_run) == []


def test_leader_directive_aspect():
    assert asp.leader_directive_aspect("强调", "要全面排查河道堤防隐患，及时清理排水管网淤积。") == asp.RECOMMENDATION
    assert asp.leader_directive_aspect("表示", "要全面排查河道堤防隐患，及时清理排水管网淤积。") is None
    assert asp.leader_directive_aspect("强调", "要清醒认识到当前防汛形势严峻。") is None
    assert asp.leader_directive_aspect("强调", "政府一直重视河道安全。") is None
    # a bureau chief's directive is a measure; the central leadership cited, an official's reply, are not
    assert asp.news_aspect("局长强调，要全面排查河道堤防隐患，及时清理排水管网淤积。") == (True, asp.RECOMMENDATION)
    assert asp.news_aspect("习近平总书记强调，要全面排查河道堤防隐患，及时清理排水管网淤积。") == (True, None)
    assert asp.news_aspect("局长表示，政府会全面排查河道堤防隐患。")[1] is None


def test_pipeline_meeting_news():
    text = ("市水务局召开全市防汛工作会议。局长刘红强调，要认真学习贯彻上级关于防汛工作的重要指示精神，全面排查河道堤防隐患，"
            "及时清理排水管网淤积，切实把防汛责任落实到每一段堤防。\n")
    rec = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    assert any(p.startswith("全面排查河道堤防隐患") for p in rec)
    assert any(p.startswith("及时清理排水管网淤积") for p in rec)
    assert not any("重要指示精神" in p for p in rec)


def test_linear_time():
    lead = "局长强调，要认真贯彻落实上级的重要指示精神，"
    assert_linear(lambda n: formula_led_measures(lead + "治" * n + "。"), 10_000, "one long clause")
    assert_linear(lambda n: formula_led_measures(lead + "好，" * n + "。"), 1_000, "many short clauses")
    assert_linear(lambda n: formula_led_measures("好。" * n), 1_000, "tiny sentences")
