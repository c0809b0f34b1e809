"""prec39: classes of wrong points that state no problem and propose nothing: a narration of the topics someone cares
about or discussed (议员关心…等议题, 代表围绕…问题展开讨论: aspects.topic_narration_start), a paper's reference to
its own work (本文陈述了…: aspects.states_study_method), a role played (…起到了调节作用: aspects.claims_role), a call
for the joint effort of named actors (aspects.calls_joint_effort), a task weighed (aspects.names_task) and a web
page's instruction to its visitor (aspects.reads_page_instruction). Texts written for these tests."""

from summarizer import aspects
from aspect_helpers import points as _points


# --- the three shapes of a narration of topics ---------------------------------------------------------------------

def test_attention_to_named_topics_is_narration():
    assert aspects.narrates_topics("停车难题困扰市民，多位议员关心设置停车场、路边标线和巡查人员等议题")
    assert aspects.narrates_topics("长期在山区任教，她最为关注的是偏远村落学生上下学的交通问题")
    # Traditional script as it stands
    assert aspects.narrates_topics("多位議員關心設置停車場、路邊標線等議題")


def test_discussion_framed_on_topics_is_narration():
    assert aspects.narrates_topics("座谈会上，委员们围绕农村养老服务问题展开深入讨论")
    assert aspects.narrates_topics("与会代表就如何改善老旧小区环境等问题提出建议")
    assert aspects.narrates_topics("上午的质询议题围绕在治安、环卫等问题上")


def test_topic_narration_opens_where_the_narration_starts():
    text = "市区停车位缺口长期得不到填补，议员将持续关心上述议题"
    assert aspects.topic_narration_start(text) == text.index("关心")
    assert aspects.topic_narration_start("城市交通拥堵问题日益突出") is None


def test_lack_of_attention_or_a_call_for_it_is_no_narration():
    # too little attention is the problem itself; a modal asks for the attention; quoted topics state problems
    assert not aspects.narrates_topics("留守老人的精神需求长期得不到关注的问题")
    assert not aspects.narrates_topics("社区对独居老人关注不够的问题")
    assert not aspects.narrates_topics("各级政府要高度关注农村饮水安全问题")
    assert not aspects.narrates_topics("议员针对「午餐菜色单调」「校车班次太少」等议题提出质询")


# --- in an essay: the narration goes, a problem stated before it stays as the point ---------------------------------

_SESSION = ("区议会昨日举行大会。\n"
            "近年新建楼宇增多，区内停车位严重不足，居民夜间停车十分困难。"
            "会上，多位议员关心增设停车场、规范路边停车等议题。"
            "一些老旧小区的公共停车位被长期占用，物业管理缺位，居民投诉无门，议员将持续关心上述议题。\n"
            "政府应尽快规划建设公共停车场，并加强对占用公共车位行为的执法。\n")


def test_session_report_keeps_problems_without_topic_narration():
    challenges, recommendations = _points(_SESSION)
    assert not any("关心" in c for c in challenges)
    assert "一些老旧小区的公共停车位被长期占用，物业管理缺位，居民投诉无门" in challenges
    assert recommendations == ["政府应尽快规划建设公共停车场，并加强对占用公共车位行为的执法"]


_SURVEY = ("社区停车调研\n"
           "一、存在的问题\n"
           "1. 区内停车位严重不足，居民夜间停车十分困难。\n"
           "2. 交通问题多，议员关心增设停车场、规范路边标线等议题。\n"
           "3. 老旧小区的公共停车位被长期占用，物业管理缺位。\n"
           "二、对策建议\n"
           "1. 政府应尽快规划建设公共停车场。\n"
           "2. 加强对占用公共车位行为的执法。\n")


def test_problem_item_that_narrates_topics_is_no_point():
    # (a head of five characters, 交通问题多, names a topic with a comment: no problem kept from it)
    challenges, recommendations = _points(_SURVEY)
    assert challenges == ["区内停车位严重不足，居民夜间停车十分困难", "老旧小区的公共停车位被长期占用，物业管理缺位"]
    assert recommendations == ["政府应尽快规划建设公共停车场", "加强对占用公共车位行为的执法"]


def test_topic_narration_is_linear():
    from costs import assert_linear
    assert_linear(lambda n: aspects.topic_narration_start("议员关心" + "停车" * n + "等议题"), 2_000,
                  "a long run of topics after a verb of attention")
    assert_linear(lambda n: aspects.topic_narration_start("围绕" * n), 2_000, "frames with no topic noun")


# --- a point opening with the text's reference to itself states the study's own work (aspects.states_study_method) --

def test_self_reference_opening_is_the_studys_own_work():
    assert aspects.states_study_method("本文陈述了当前城市社区养老服务供给的现状")
    assert aspects.states_study_method("本文尝试探讨青年教师职业倦怠的来源")
    assert aspects.states_study_method("本研究由社工每周入户一次，进行为期八周的陪伴服务")
    assert aspects.frames_work_or_study("本报告旨在为完善社区志愿服务提供参考依据")


def test_self_reference_with_a_finding_or_a_modal_is_kept():
    assert not aspects.states_study_method("本文认为当前社区养老服务供给明显不足")
    assert not aspects.states_study_method("本研究发现农村教师流失严重")
    assert not aspects.states_study_method("本文建议加强对社区养老机构的监管")
    assert not aspects.states_study_method("本研究得出政府需要加大财政投入的结论")


# --- a role played is no problem; a call for a joint effort of named actors proposes no act ------------------------

def test_role_played_is_no_problem():
    assert aspects.claims_role("新开的公交线路对缓解早高峰拥堵有一定作用")
    assert aspects.claims_role("社区志愿者在疫情防控中发挥了重要作用")
    assert aspects.claims_role("虽然面对财政压力，廉租房政策却起到了稳定民生的作用")


def test_role_denied_or_harmful_is_a_problem():
    assert not aspects.claims_role("村卫生室未能起到首诊分流作用")
    assert not aspects.claims_role("这些设施无法发挥应有的作用")
    assert not aspects.claims_role("过度考核对教学工作也有消极损害作用")


def test_joint_effort_of_named_actors_proposes_no_act():
    assert aspects.calls_joint_effort("解决留守儿童问题，需要政府、学校、家庭等多个方面的共同努力")
    assert aspects.calls_joint_effort("需政府、企业和个人共同参与解决")
    assert aspects.calls_joint_effort("保护古村落离不开各方的共同参与")
    # how to act together is named: a measure (the wider joint_effort group is not read here)
    assert not aspects.calls_joint_effort("治理占道经营需要城管与街道联动、齐抓共管")
    assert not aspects.calls_joint_effort("政府应加大对古村落保护的投入")


_ROLES = ("社区养老调研\n"
          "一、存在的问题\n"
          "1. 日间照料中心床位不足，轮候时间长。\n"
          "2. 助餐点在改善老人饮食方面起到了一定作用。\n"
          "二、对策建议\n"
          "1. 增设日间照料中心床位。\n"
          "2. 需要政府、社区和家庭的共同努力。\n")


def test_role_and_joint_effort_items_are_no_points():
    challenges, recommendations = _points(_ROLES)
    assert challenges == ["日间照料中心床位不足，轮候时间长"]
    assert recommendations == ["增设日间照料中心床位"]


def test_role_and_joint_effort_are_linear():
    from costs import assert_linear
    assert_linear(lambda n: aspects.claims_role("起到" * n + "作用"), 2_000, "role verbs without a clause mark")
    assert_linear(lambda n: aspects.calls_joint_effort("需要" * n + "共同努力"), 2_000, "needs before a joint effort")


# --- a task weighed is no problem (aspects.names_task) -------------------------------------------------------------

def test_task_weighed_is_no_problem():
    assert aspects.names_task("减轻基层负担是一项重要的任务")
    assert aspects.names_task("已成为乡村学校亟待解决的重要任务")
    assert not aspects.names_task("部分教职工安于分内工作，被动落实任务")
    assert not aspects.names_task("基层承担的任务过多，负担过重")
    assert not aspects.names_task("社区人员身兼数职，难以应对日益繁重的服务任务")


def test_prec39_cue_groups_share_no_name_with_older_groups():
    # (a group named twice in cues.txt merges its words: joint_effort and task_noun are older groups of other rules)
    lex = aspects.lexicon()
    assert set(lex.words("weighed_task_noun")) == {"任务", "任務"}
    assert "齐抓共管" not in lex.words("joint_effort_end")
    assert set(lex.words("role_noun")) == {"作用"}


# --- a web page's instruction to its visitor is no point (aspects.reads_page_instruction) --------------------------

def test_page_instruction_is_no_point():
    assert aspects.reads_page_instruction("打开微信，扫描下方“二维码”，进入留言平台")
    assert aspects.reads_page_instruction("进入平台后点击“我要留言”，按提示填写问题线索")
    assert aspects.reads_page_instruction("还剩12页未读，继续免费阅读下载本文档")
    assert aspects.reads_page_instruction("某某商贸有限公司-www.example.cn")
    assert not aspects.reads_page_instruction("部分小程序页面点击量低，群众不会使用线上渠道")
    assert not aspects.reads_page_instruction("地铁闸机尚未支持手机扫码进站")


_NOTICE = ("关于征集基层减负问题线索的通知\n"
           "一些单位仍存在文山会海、过度留痕等问题，基层干部负担较重。\n"
           "打开微信，扫描下方“二维码”，进入问题线索直通车，点击“我要留言”，按提示填写具体问题线索。\n")


def test_notice_keeps_its_problem_without_the_page_instruction():
    challenges, _ = _points(_NOTICE)
    assert not any("二维码" in c or "我要留言" in c for c in challenges)
