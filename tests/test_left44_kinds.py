"""left44: kinds left open by last session — a short statement after a numbered aspect label (``问题二：停车难``),
negated complaints of degree (``路灯不算太暗``), a face emoji between two clauses (``停车难😡物业不管``), a measure
given before its reasons (``…都应…，这是因为：``); and, already right, checked so they stay right: fenced code in a
markdown essay, an actor + 要 sentence in the author's voice or reported, a sentence of significance. Small texts
of the tests' own."""

import pytest
from costs import assert_linear

from summarizer import aspects as asp
from summarizer.clean import clean, emoji_edits
from summarizer.pipeline import summarize, summarize_document
from summarizer.points import labelled_statement


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# --- 1. a short statement after a numbered aspect label -------------------------------------------------------------

_LABELLED = ("关于旧城改造的几点看法\n\n近年来，我区旧城改造取得了一定进展，但仍有不少问题。\n\n"
             "问题一：{a}\n片区道路狭窄，消防车进不去，一旦起火后果严重。\n\n问题二：{b}\n老人多，年轻人大多搬走了。\n\n"
             "对策一：{c}\n打通断头路，拓宽主干道，留出消防通道。\n\n对策二：{d}\n引入社会资本，改造闲置厂房。\n")


@pytest.mark.parametrize("a, b, c, d", [("路太窄", "人口老化", "拓路", "招商"), ("窄", "老化", "修路", "引资")])
def test_a_short_statement_after_a_numbered_label_is_the_point(a, b, c, d):
    challenges, recommendations = _points(_LABELLED.format(a=a, b=b, c=c, d=d))
    want = [(a, challenges), (b, challenges), (c, recommendations), (d, recommendations)]
    for text, side in want:
        if len(text) >= 2:
            assert text in side
    assert not any(p.startswith(("问题", "对策")) for p in challenges + recommendations)


def test_labelled_statement_of_a_short_body():
    assert labelled_statement("问题二：停车难") == len("问题二：")
    assert labelled_statement("对策三：补绿") == len("对策三：")
    assert labelled_statement("问题二：") == 0  # (nothing after the label)


# --- 2. a complaint of degree negated -------------------------------------------------------------------------------

_DEGREE = ("社区设施走访记\n\n我们走访了本社区的公共设施。{negated}但是小区的垃圾清运不及时，楼道堆物严重。"
           "另外，小区西门的路灯太暗，居民晚上出行不便。\n\n建议物业加强垃圾清运，及时清理楼道堆物。\n")


@pytest.mark.parametrize("negated", ["路灯不算太暗，人手不算太少，停车费也并不太贵。",
                                     "菜场离得不会太远，物业费倒不算太贵。", "健身器材也不是太旧。"])
def test_a_negated_complaint_of_degree_is_no_challenge(negated):
    challenges, _ = _points(_DEGREE.format(negated=negated))
    assert any("路灯太暗" in p for p in challenges)  # (the complaint not negated stays)
    assert any("清运不及时" in p for p in challenges)
    assert not any(w in p for p in challenges for w in ("不算太", "并不太", "不会太", "不是太"))


def test_negated_good_quality_stays_a_shortcoming():
    # (不太好, 不太完善: 太 then a good quality negated is a shortcoming, not a complaint denied)
    assert asp.prose_aspect("社区的养老服务体系还不太完善，专业护理人员严重短缺。") == asp.CHALLENGE


# --- 3. a face emoji between two clauses ----------------------------------------------------------------------------

def test_a_face_between_two_clauses_is_a_clause_boundary():
    text = "小区吐槽帖\n\n停车难😡物业不管，居民怨声载道。\n垃圾乱扔🙄没人清理，环境越来越差。\n\n建议业委会尽快开会，更换物业公司。\n"
    assert "停车难，物业不管" in clean(text).text
    challenges, _ = _points(text)
    # (read as the same text with a comma where each face was)
    assert challenges == _points(text.replace("😡", "，").replace("🙄", "，"))[0]
    assert challenges and challenges[0].startswith("停车难，物业不管")
    doc = summarize_document(text)
    first = doc.essays[0].challenges[0]
    assert text[first.start:first.end].startswith("停车难😡物业不管")  # (offsets cover the source, emoji included)


@pytest.mark.parametrize("line", ["农民😀工工资拖欠严重。", "用户反映iPhone15Pro😡发热严重。", "停车😡难。"])
def test_a_face_inside_a_word_or_after_latin_is_no_boundary(line):
    assert [r for _, _, r, _ in emoji_edits(line)] == [""]


# --- 4. fenced code in a markdown essay -----------------------------------------------------------------------------

_FENCED = ("# 写好办公脚本的几个习惯\n\n不少同事写的脚本可读性差，变量命名随意，后期维护成本高。\n\n## 习惯一：封装函数\n\n"
           "```python\n# 第一部分：读取数据\ndef load(path):\n    # 问题：文件太大时内存不足\n    return open(path).read()\n```\n\n"
           "建议把重复的代码封装成函数。\n\n## 习惯二：写注释\n\n```\n# 应当加强异常处理\ntry:\n    run()\nexcept Exception:\n"
           "    pass\n```\n\n应当为每个函数写清楚注释，说明参数和返回值。\n")


def test_fenced_code_keeps_one_essay_and_gives_no_point():
    doc = summarize(_FENCED)
    assert len(doc.essays) == 1
    points = [p.text for e in doc.essays for p in e.challenges + e.recommendations]
    assert "建议把重复的代码封装成函数" in points
    assert not any("内存不足" in p or "异常处理" in p for p in points)


# --- 5. a measure before its reasons --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, point", [
    ("关于阅读\n学校阅读风气不浓。我认为，所有中小学都应设立每日阅读时间，这是因为：一、阅读能开阔视野；二、阅读能培养专注力。\n",
     "所有中小学都应设立每日阅读时间"),
    ("關於閱讀\n學校閱讀風氣不濃。\n所有中小學都應設立每日閱讀時間，這是因為：\n閱讀能開闊視野。\n", "所有中小學都應設立每日閱讀時間"),
    ("关于阅读\n每个社区都应开设一间共享书房，这主要是由于居民缺少安静的阅读空间。\n", "每个社区都应开设一间共享书房"),
])
def test_a_measure_before_its_reasons_is_the_point(text, point):
    _, recommendations = _points(text)
    assert point in recommendations
    assert not any("因为" in p or "因為" in p or "由于" in p for p in recommendations)


def test_reason_tail_start():
    assert asp.reason_tail_start("所有学校都应设立阅读时间，这是因为：") == len("所有学校都应设立阅读时间")
    assert asp.reason_tail_start("应读书，这是因为：") == -1  # (too short a measure)
    assert asp.reason_tail_start("所有学校都应设立阅读时间。") == -1


# --- 6. actor + 要 in the author's voice, or reported ---------------------------------------------------------------

def test_actor_yao_in_the_authors_voice_is_taken_and_reported_is_not():
    text = ("关于社区养老的思考\n\n当前，社区养老服务供给不足的问题日益突出，许多社区缺少日间照料中心。政府要加快完善社区养老"
            "服务设施，加大财政投入力度。\n在座谈会上，王主任说政府要多建养老院，他表示社区要多办联谊活动。\n")
    _, recommendations = _points(text)
    assert any("加快完善社区养老服务设施" in p for p in recommendations)
    assert not any("多建养老院" in p or "联谊活动" in p for p in recommendations)


# --- 7. a sentence of significance ----------------------------------------------------------------------------------

def test_a_sentence_of_significance_gives_no_point():
    text = ("关于发展乡村旅游的思考\n\n发展乡村旅游，这对于促进农民增收具有重要意义。推进乡村旅游高质量发展是实现乡村振兴的必然要求。"
            "然而，当前乡村旅游存在同质化严重、基础设施薄弱等问题。\n应当加强规划引导，突出地方特色。\n")
    challenges, recommendations = _points(text)
    assert not any("意义" in p or "必然要求" in p for p in challenges + recommendations)
    assert any("加强规划引导" in p for p in recommendations)


# --- cost ------------------------------------------------------------------------------------------------------------

def test_left44_readers_stay_linear():
    assert_linear(lambda n: asp.reason_tail_start("都应设立" * n + "，这是因为："), 5_000, "a long measure")
    assert_linear(lambda n: asp.reason_tail_start("，因由理" * n), 5_000, "a line of commas and cue characters")
    assert_linear(lambda n: asp.prose_aspect("路灯不算太暗" * n + "。"), 2_000, "negated degree run")
    assert_linear(lambda n: emoji_edits("停车难😡物业不管" * n), 2_000, "faces inside a line")
    assert_linear(lambda n: clean("停车难😡物业不管。\n" * n), 1_000, "many face lines")
