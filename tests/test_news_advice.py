"""Advice a news report relays (``报告建议…``, ``他建议…``, ``…提出多项建议，包括：…``) is the page's recommendations."""

from costs import assert_linear
from summarizer import summarize
from summarizer.news import reported_advice


def spans(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in reported_advice(sentence)]


def test_report_advice_each_semicolon_part():
    s = "调查报告建议水务署在其合约中，就水管检测的记录订定清晰的条文；建议水务署引入新技术，加快检查旧水管。"
    assert spans(s) == ["调查报告建议水务署在其合约中，就水管检测的记录订定清晰的条文", "建议水务署引入新技术，加快检查旧水管"]


def test_subject_after_a_topic_clause():
    s = "学校方面，委员会建议教育局为每所学校增设一名社工。"
    assert spans(s) == ["委员会建议教育局为每所学校增设一名社工"]


def test_person_advice_alternative_and_glued_quote():
    s = "她建议车站加装护栏，「咁先唔会有人跌落去」；或者改用全封闭式月台门。"
    assert spans(s) == ["她建议车站加装护栏", "或者改用全封闭式月台门"]


def test_comma_after_verb_before_addressee_and_modal():
    assert spans("审计署建议，卫生署应定期检讨药物存货的记录。") == ["审计署建议，卫生署应定期检讨药物存货的记录"]


def test_announced_list_of_proposals():
    s = "小组最后提出多项建议，包括：每年检讨一次收费，公开所有账目。"
    assert spans(s) == ["每年检讨一次收费，公开所有账目"]


def test_no_advice_in_nouns_past_steps_or_denials():
    assert spans("局方向议会提交「交通改善建议」，以供讨论。") == []
    assert spans("业主当时建议向区议员求助。") == []
    assert spans("医生不建议病人自行停药。") == []
    assert spans("这份建议书共有十页。") == []


NEWS = ("（记者王明）本市昨日公布巴士安全调查报告。报告指出，部分车长连续工作超过十二小时，疲劳驾驶问题严重。"
        "报告建议运输署为车长订立每日最长工时上限；建议巴士公司在车厢加装疲劳监测系统。")


def test_news_page_reports_advice_as_recommendations():
    recs = [p.text for p in summarize(NEWS).essays[0].recommendations]
    assert "报告建议运输署为车长订立每日最长工时上限" in recs
    assert "建议巴士公司在车厢加装疲劳监测系统" in recs


def test_linear_on_long_lines_and_many_advice_parts():
    assert_linear(lambda n: reported_advice("他" * n + "建议"), 20_000, "a long line before 建议")
    assert_linear(lambda n: reported_advice("报告建议增设一站；" * n), 2_000, "many advice parts")


def test_noun_advice_questions_and_list_lead_ins_give_none():
    assert spans("但这些建议相关部门都回复了吗？") == []
    assert spans("他们提出的建议一般都是居民最关心的事。") == []
    assert spans("共收到居民意见和建议三十多条。") == []
    assert spans("该会整合为十点建议并提交给市政府。") == []
    assert spans("这项建议并不可行。") == []
    assert spans("王医生建议在社区推行家庭医生制度，并提出了具体建议：") == []
    assert spans("居民试过建议管理处改善照明。") == []
    assert spans("市政府对代表提出的意见建议予以答复。") == []
    assert spans("办好人大代表议案建议和政协提案。") == []
