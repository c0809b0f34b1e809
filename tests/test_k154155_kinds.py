"""k154155: kinds of Parts 154 and 155 (ecological environment inspection; Hong Kong public administration): a written
question whose asking frame is spelled out as numbered parts (``（一）…为何；（二）当局会不会考虑…；及（三）…？``), each
part that asks for a measure a recommendation. Every text is written for the test."""

from summarizer import points as P
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# --- a written question spelled out as numbered parts ----------------------------------------------------------

_QUESTION = ("市議會第五題:社區泳池開放時間\n以下是今日在議會上王志強議員的提問和局長的答覆:\n問題:\n"
             "不少居民向本人反映,區內泳池夏季人多擠迫,他們往往要排隊一小時才可入場。就此,政府可否告知本會:\n"
             "(一)過去兩年,每個泳池每日的平均入場人次為何;\n"
             "(二)當局有否計劃延長泳池的開放時間,以分散繁忙時段的泳客;如有,詳情為何;如否,原因為何;及\n"
             "(三)當局會不會從方便上班族的角度出發,考慮改以網上預約分配入場時段?\n"
             "答覆:\n主席:\n康文署一直致力為市民提供優質的康體設施。\n")


def test_enumerated_question_parts_read_each_items_first_line():
    text = "（一）数目为何；\n（二）会否增加名额；若不会，原因为何；及\n（三）有否计划设立系统？\n答复：\n主席：\n"

    class _It:
        def __init__(self, a, b):
            self.content_start, self.end = a, b
    starts = [text.find("（一）") + 3, text.find("（二）") + 3, text.find("（三）") + 3]
    items = [_It(starts[0], starts[1] - 3), _It(starts[1], starts[2] - 3), _It(starts[2], len(text))]
    assert P.enumerated_question_parts(text, items) == ["数目为何", "会否增加名额", "有否计划设立系统"]
    # (a run whose last item states rather than asks is no enumerated question)
    stated = text.replace("有否计划设立系统？", "设立系统。")
    assert P.enumerated_question_parts(stated, items) is None


def test_considers_measure_reads_consider_before_an_act():
    assert P.considers_measure("当局会不会从方便上班族的角度出发,考虑改以网上预约分配入场时段")
    assert not P.considers_measure("当局在考虑有关问题时的准则为何")
    assert not P.considers_measure("过去两年每个泳池每日的平均入场人次为何")


def test_question_parts_that_ask_for_a_measure_are_recommendations():
    ch, rec = _points(_QUESTION)
    assert any("延長泳池的開放時間" in p for p in rec)
    assert any("改以網上預約分配入場時段" in p for p in rec)
    # the part that asks for figures and the follow-up asks are none
    assert not any("平均入場人次" in p for p in ch + rec)
    assert not any("詳情為何" in p or "原因為何" in p for p in ch + rec)


def test_proposal_questions_of_need_in_hong_kong_forms():
    from summarizer import aspects as asp
    assert asp.asks_for_measure("有否需要增设路线直达屯门站？")
    assert asp.asks_for_measure("当局会不会考虑增加街市摊位的数目？")
    # (会不会 alone fears an outcome: no measure asked)
    assert not asp.asks_for_measure("这么多人同时入住，会不会塞爆车站？")


# --- a scene set by a trend, the progress granted, then the turn to what persists ----------------------------

def test_scene_then_turn_to_what_persists_is_a_problem():
    from summarizer import aspects as asp
    s = "近年来,随着老旧小区改造的推进,小区环境得到了明显的改善,但依然存在着车辆乱停乱放、占用消防通道的现象。"
    assert asp.prose_aspect(s) == asp.CHALLENGE
    assert not asp.states_background(s.removeprefix("近年来,"))
    ch, rec = _points(s + "\n\n为此,建议街道加快规划建设停车设施,加强日常巡查。\n")
    assert any("占用消防通道的现象" in p for p in ch)
    # (the trend alone, no turn: the scene only)
    assert asp.states_background("随着老旧小区改造的推进,小区环境得到了明显的改善")


# --- a fact in its own clause, then the copula that calls it the challenge -----------------------------------

def test_fact_clause_then_copula_names_the_challenge():
    from summarizer import aspects as asp
    assert asp.names_task_as_challenge("外卖餐盒占生活垃圾近三成,是垃圾减量工作中最大的难题")
    assert asp.prose_aspect("外卖餐盒占生活垃圾近三成,是垃圾减量工作中最大的难题。") == asp.CHALLENGE
    # (two clauses before the copula: no one subject named)
    assert not asp.names_task_as_challenge("外卖增多,餐盒增加,是垃圾减量工作中最大的难题")


# --- a concern put as a question: will it cause the harm? -----------------------------------------------------

def test_feared_outcome_question_is_a_problem():
    from summarizer import aspects as asp
    assert asp.fears_outcome("两个新屋苑同时入伙,会不会挤爆附近的诊所?")
    assert asp.prose_aspect("分区收费各有一套,会否造成重复收费?") == asp.CHALLENGE
    # (asking whether a measure will be taken proposes it; a question with no feared harm states nothing)
    assert not asp.fears_outcome("当局会否考虑增加诊所名额?")
    assert not asp.fears_outcome("新诊所会否在明年启用?")
    # (a statement, not a question)
    assert not asp.fears_outcome("会否造成重复收费,仍有待观察。")


def test_feared_outcome_in_quoted_speech_keeps_its_clause():
    text = ("區議會昨日討論新屋苑的配套。\n議員黃志明稱:「兩個屋苑明年入伙,一共有五千二百伙,三個過渡性房屋項目亦有"
            "一千八百伙,再加上新建的商場和體育館,如此多人同時遷入,會否擠爆附近的診所?」\n")
    ch, rec = _points(text)
    assert any("會否擠爆附近的診所" in p for p in ch)
    assert not any("再加上新建的商場" in p for p in ch)


# --- waste and vehicles put down anyhow: the disorder is the fault reported ---------------------------------

def test_disorderly_disposal_is_a_problem_unless_a_measure_removes_it():
    from summarizer import aspects as asp
    assert asp.prose_aspect("走访发现,不少村民把建筑垃圾随意堆放在河堤上。") == asp.CHALLENGE
    # (the disorder named as what an enforcing remedy removes: a measure, no problem stated)
    assert asp.prose_aspect("要查处随意丢弃建筑垃圾的行为。") == asp.RECOMMENDATION
    assert asp.prose_aspect("只有加快建设消纳场,严厉惩治随意丢弃建筑垃圾现象,才能根治这一顽疾。") != asp.CHALLENGE


# --- a site's crumb labelled 当前所在位置 is furniture, so the line after it is the page's title -----------------

def test_crumb_labelled_with_suozai_is_dropped_and_the_title_names_no_section():
    text = ("当前所在位置:首页\n建议加快老旧小区加装电梯\n\n李明委员:近年来,随着城市更新的推进,老旧小区面貌得到了明显的改善,"
            "但依然存在着高龄住户上下楼困难的现象。\n\n为此,建议政府相关部门简化加装电梯的审批程序,加大财政补贴力度。\n")
    ch, rec = _points(text)
    assert not any("当前所在位置" in p for p in ch + rec)
    assert any("上下楼困难的现象" in p for p in ch)
    assert any("简化加装电梯的审批程序" in p for p in rec)
    # (the title line names the proposal; it opens no measures section over the problem)
    assert "建议加快老旧小区加装电梯" not in rec


def test_lessons_heading_of_a_typical_case_opens_measures():
    from summarizer import aspects as asp
    assert asp.heading_aspect("【启示意义】") == asp.RECOMMENDATION
    assert asp.heading_aspect("【典型意义】") != asp.RECOMMENDATION


# --- one harm after another, joined by a semicolon: a point each ----------------------------------------------

def test_consequence_of_pollution_is_a_harm():
    assert P.consequence_harms("雨水冲刷后,渗滤液流进池塘,造成鱼塘和农田污染。")
    # (a pollution averted or named after a preposition is no finding)
    assert not P.consequence_harms("要加快建设截污管网,以免造成河道污染。")


def test_semicolon_joined_harms_split_into_points():
    text = ("走访发现,不少养殖户没有配套的粪污处理设施,粪污直接排入沟渠。雨季时,粪水漫过沟渠流入农田,造成土壤和地下水污染;"
            "天气炎热时,养殖场周边蚊蝇滋生,气味难闻,周边居民苦不堪言。\n")
    ch, rec = _points(text)
    assert any("造成土壤和地下水污染" in p and "蚊蝇" not in p for p in ch)
    assert any("周边居民苦不堪言" in p and "土壤" not in p for p in ch)
