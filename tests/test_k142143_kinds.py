"""Kinds of Parts 142 and 143 fixed by helper k142143 (session forty-seven), on small texts of the tests' own."""

from summarizer import register
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# A survey team's demands after its praise: every sentence holds 要 and a report mark (取得, 实现, 达到) or a place
# name with 达 in it, so the essay used to read as an achievements report and lose every point (Part 143's 8100).
SURVEY_DEMANDS = (
    "11月3日,县调研组先后深入到城关镇中心小学、河东社区和达坂村,通过实地查看、座谈交流等形式对我县民族团结进步创建工作"
    "进行调研。\n调研组在充分肯定我县创建工作取得的成绩后指出,要认真学习贯彻中央民族工作会议精神,扎实推进民族团结进步"
    "示范村建设,切实做好民族政策宣传教育。推动民族地区特色产业发展。要坚持工作重心下移,不断夯实基层基础,切实满足各族群众"
    "文化需求,实现好维护好各族群众的根本利益。同时要进一步加强双语服务工作。少数民族聚居的社区要配备双语窗口人员,公共标识"
    "的设置要达到规范化要求,营造良好的语言文字环境。\n")


def test_directing_sentences_are_no_work_done():
    assert register.directs("公共标识的设置要达到规范化要求")
    assert not register.directs("全年累计完成培训30场次")
    assert not register.directs("这是一项重要工作,已完成验收")  # (重要 holds 要 and is no modal)


def test_survey_team_demands_are_no_achievements_report():
    sentences = [s for s in SURVEY_DEMANDS.replace("\n", "").split("。") if s]
    assert not register.reports_achievements(sentences)
    _, rec = _points(SURVEY_DEMANDS)
    assert sum(any(k in p for p in rec) for k in ("特色产业", "双语服务", "双语窗口", "夯实基层基础")) >= 3


def test_achievements_report_still_read_as_one():
    report = ["今年以来累计完成民族政策宣讲40场次", "新建民族团结进步示范村5个", "已培训双语窗口人员120人次",
              "截至10月底完成标识整改300处", "全年走访少数民族群众860户"]
    assert register.reports_achievements(report)
