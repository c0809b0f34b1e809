"""Part 55's kinds fixed by abs35 (benchmarks/data/aspects ids 2780-2821), on texts of the tests' own: measures an
abstract lists after 对策建议，包括…; a 申论 essay's comma run of problem clauses named problems by a back-reference;
the concerns a CPPCC office's intake summary reports as raised most; a problem noun asked about or named as what a
group attends to; a report's table of contents and a page blurb that announces the title split no essay."""

from costs import assert_linear

from summarizer.aspects import names_task_as_challenge, sentence_aspect
from summarizer.essays import split_essays
from summarizer.pipeline import summarize_document
from summarizer.points import back_referred_problem_run, counted_proposals, proposed_clause_list, reported_concerns


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def _texts(sentence: str, spans) -> list[str]:
    return [sentence[a:b] for a, b in spans]


def test_duice_jianyi_baokuo_list_gives_each_measure():
    s = "在此基础上，提出了针对性的对策建议，包括加大财政投入、充实保育队伍、转变传统观念以及完善监管制度等方面，力求构建服务体系。"
    assert _texts(s, counted_proposals(s)) == ["加大财政投入", "充实保育队伍", "转变传统观念", "完善监管制度"]


def test_abstract_measures_come_out_as_recommendations():
    _, rec = _points("摘要：本文梳理了县域托育服务的发展历程。在此基础上，提出了针对性的对策建议，包括加大财政投入、"
                     "充实保育队伍、转变传统观念以及完善监管制度等方面，力求构建可持续的服务体系。\n")
    assert {"加大财政投入", "充实保育队伍", "转变传统观念", "完善监管制度"} <= set(rec)


def test_comma_joined_measures_put_forward_before_deng_jianyi():
    s = "据此提出将社区规划与历史街区保护相结合，并调动居民参与垃圾分类的积极性等建议。"
    assert _texts(s, proposed_clause_list(s)) == ["将社区规划与历史街区保护相结合", "调动居民参与垃圾分类的积极性"]
    t = "通过完善邻里互助公约，拓宽志愿服务渠道，提升老人参与意愿等措施，推动互助养老持续发展。"
    assert _texts(t, proposed_clause_list(t)) == ["完善邻里互助公约", "拓宽志愿服务渠道", "提升老人参与意愿"]
    # work done and its result: no measure urged
    assert proposed_clause_list("近年来，通过加大投入，完善设施，强化管理等措施，有效提升了服务水平。") == []
    assert proposed_clause_list("通过不断完善制度，成功构建了防控体系，通过开展监测、培训等一系列措施，使感染率下降。") == []
    # (a means clause before 提出: the list is what 提出 puts forward)
    u = "文章通过对存在的问题进行梳理分析，结合国内外经验，提出了短期内建立部门协作机制，长期构建结果导向的评价机制等建议。"
    assert _texts(u, proposed_clause_list(u)) == ["短期内建立部门协作机制", "长期构建结果导向的评价机制"]
    # one clause is no list (the other readers take it)
    assert proposed_clause_list("据此提出加强社区养老服务等建议。") == []


def test_back_referred_run_of_problem_clauses():
    s = ("然而今天的老城区，违章搭建挤占了消防通道，电动车乱停堵塞了楼道，广场舞噪声扰乱了午休，"
         "而这些问题正在削弱居民的安全感。")
    assert _texts(s, back_referred_problem_run(s)) == ["违章搭建挤占了消防通道", "电动车乱停堵塞了楼道", "广场舞噪声扰乱了午休"]
    first = "然而违章搭建挤占了消防通道，电动车乱停堵塞了楼道，广场舞噪声扰乱了午休，这些现象亟待整治。"
    assert _texts(first, back_referred_problem_run(first))[0] == "违章搭建挤占了消防通道"  # (the turn word left out)


def test_back_reference_needs_a_run_of_three_effect_clauses():
    assert back_referred_problem_run("电动车乱停堵塞了楼道，广场舞扰乱了午休，而这些问题亟待解决。") == []
    # (a modal clause breaks the run: what follows prescribes)
    assert back_referred_problem_run("要清理违章搭建，电动车乱停堵塞了楼道，广场舞扰乱了午休，而这些问题亟待解决。") == []
    assert back_referred_problem_run("社区设施完善，居民生活便利，邻里关系和睦，这些变化有目共睹。") == []


def test_reported_concerns_of_a_proposal_summary():
    s = "60件提案中，涉及住房、交通等方面提案15件，其中对我县停车位紧张、老旧小区管网老化、县城绿化等方面的意见比较集中。"
    assert _texts(s, reported_concerns(s)) == ["停车位紧张", "老旧小区管网老化"]  # (县城绿化: an area, no problem)
    t = "其中乡村学校英语教师短缺、寄宿生生活老师配备不足的问题反映较为强烈。"
    assert _texts(t, reported_concerns(t)) == ["乡村学校英语教师短缺", "寄宿生生活老师配备不足"]
    assert reported_concerns("其中对停车位紧张的问题，我们将加快解决。") == []


def test_attended_topic_is_no_task_challenge():
    assert not names_task_as_challenge("四是教育是委员们关注的难点")
    assert names_task_as_challenge("提高满足率是文献传递工作面临的重大挑战")


def test_problem_asked_about_or_to_be_studied_states_none():
    assert sentence_aspect("社区图书馆面临着怎样的现实困境") is None
    assert sentence_aspect("这些都是必须思考的问题") is None
    # a question heading that its body answers keeps its problem noun, as does a problem stated outright
    assert sentence_aspect("我国的公交系统究竟存在怎样的问题？") == "challenge"
    assert sentence_aspect("社区图书馆面临经费不足的现实困境") == "challenge"


def test_research_question_intro_gives_no_points():
    ch, rec = _points("那么，在城市更新的背景下，社区图书馆面临着怎样的现实困境，又如何进行系统化变革，这些都是必须思考的问题。\n")
    assert ch == [] and rec == []


def test_table_of_contents_before_report_splits_no_essay():
    text = ("目录\n一、基本情况\n（一）设施逐步完善\n（二）服务不断优化\n二、存在的问题\n（一）经费投入不足\n（二）人员力量薄弱\n"
            "三、对策建议\n（一）加大经费投入\n（二）充实人员力量\n关于全区社区养老服务情况的调研报告\n"
            "为了解全区社区养老服务情况，调研组走访了十个社区，现将有关情况报告如下。\n"
            "一、基本情况\n全区已建成社区养老服务站三十个，服务老人两万余人次。\n"
            "二、存在的问题\n（一）经费投入不足。部分站点运营经费没有稳定来源。\n"
            "三、对策建议\n（一）加大经费投入。区财政应设立专项资金。\n")
    assert len(split_essays(text)) == 1


def test_blurb_announcing_the_title_splits_no_essay():
    title = "2021年申论范文：守护绿水青山 建设美丽乡村"
    text = (f"{title}\n更新时间：2020-08-28\n免费短信提醒\n获取验证码\n"
            f"摘要 申论考试竞争激烈，需要考生认真复习。以下内容为{title}。\n{title}\n"
            "乡村振兴离不开良好的生态环境。然而一些地方垃圾围村、污水横流，群众反映强烈。"
            "我们要加快补齐农村人居环境短板，建立长效管护机制，让乡村美起来。\n")
    assert len(split_essays(text)) == 1


def test_new_readers_stay_linear():
    assert_linear(lambda n: back_referred_problem_run("影响了" * n + "，" + "甲乙了，" * n + "而这些问题。"), 5_000,
                  "a long run of short clauses")
    assert_linear(lambda n: reported_concerns("其中" + "短缺、" * n + "的问题反映较为强烈。"), 5_000, "a long concern list")
    assert_linear(lambda n: proposed_clause_list("提出" + "加强管理，" * n + "等建议。"), 5_000, "a long clause list")
    assert_linear(lambda n: counted_proposals("提出了对策建议，包括" + "加强管理、" * n + "等方面。"), 5_000,
                  "a long measure list")
