"""k82 (Part 82's kinds, on texts of the tests' own): a Hong Kong briefing's ``政府会…`` measures, directives in a
problem section's body, a template page, a trade's slump told in figures."""

from costs import assert_linear

from summarizer import points
from summarizer.pipeline import summarize_document


def _points(text):
    d = summarize_document(text)
    return ([p.text for e in d.essays for p in e.challenges], [p.text for e in d.essays for p in e.recommendations])


def test_government_will_measures_are_recommendations():
    ch, rec = _points("財政司司長昨日會見傳媒時表示,本澳旅遊業復甦緩慢,小店生意難做。\n"
                      "政府會擴大消費補貼計劃的覆蓋範圍,並精簡小販牌照的續期手續。\n"
                      "另外,當局也會減免街市攤檔租金半年。\n")
    assert any("擴大消費補貼計劃" in p for p in rec)
    assert any("減免街市攤檔租金" in p for p in rec)


def test_government_will_not_whether_or_jointly():
    assert points.announced_plan_clauses("政府会否延长资助计划的期限，仍未有定案。") == []
    assert points.announced_plan_clauses("市政府会同有关部门研究。") == []
    assert points.announced_plan_clauses("居民会加强防范意识。") == []
    assert points.announced_plan_clauses("首先，政府会延长资助计划的期限。") != []


def test_government_will_linear():
    assert_linear(lambda n: points.announced_plan_clauses("政府会" + "延长计划" * n), 2000, "government will, one run")
    assert_linear(lambda n: points.announced_plan_clauses("，政府" * n), 2000, "government will, commas")


def test_directives_in_problem_section_body_are_recommendations():
    ch, rec = _points("二、当前我镇突出的环境问题\n关于畜禽养殖污染。镇农业站牵头负责。所有养殖场必须建设粪污收集池;"
                      "养殖废水严禁直排河道;病死畜禽务必做到无害化处理。\n")
    assert any("粪污收集池" in p for p in rec)
    assert any("严禁直排河道" in p for p in rec)
    assert not any("粪污收集池" in p for p in ch)


def test_template_page_gives_no_points():
    ch, rec = _points("学校每学期都要开展安全检查,检查结果影响很大。以下是一份通用的校园安全检查报告模板,供各校参考。\n"
                      "## 三、问题原因\n可能的原因例如:\n- 消防器材过期未更换;\n- 值班人员责任心不强。\n"
                      "## 四、整改建议\n1. 是否及时更换器材、是否加强值班巡查。\n")
    assert ch == [] and rec == []


def test_template_announcement_late_cuts_only_what_follows():
    text = ("农村垃圾治理存在明显短板。" * 30 + "以下是一份整改报告模板。\n- 垃圾清运不及时;\n")
    ch, rec = _points(text)
    assert not any("清运不及时" in p for p in ch)


def test_trade_slump_in_figures_is_no_achievements_report():
    from summarizer import register
    slump = ["零售商会会长陈某表示，今年黄金周零售业生意跌幅达两成，部分金铺达到35%",
             "陈某表示，居民外游增加，来澳旅客人均消费只有800元", "他又说，新马路一带人流较去年少了15%",
             "多间老店已结业，业界对前景并不乐观", "想知更多详情？立即按这里"]
    assert register.no_point_register("\n".join(slump), slump) is None
    done = ["今年全镇新建道路12公里", "累计培训农民300人次", "完成危房改造45户", "新增就业岗位200个",
            "全年接待游客5万人次"]
    assert register.no_point_register("\n".join(done), done) == "achievements"


def test_template_announcement_linear():
    from summarizer.points import _TEMPLATE_ANNOUNCED
    assert_linear(lambda n: _TEMPLATE_ANNOUNCED.search("以下是" * n), 2000, "template announcement, one run")
    assert_linear(lambda n: _TEMPLATE_ANNOUNCED.search("模板" * n + "。"), 2000, "template announcement, the noun")


def test_no_cure_and_lax_enforcement_verdicts_are_challenges():
    ch, rec = _points("山坡地濫墾已經持續二十年。縣府的做法一向是一罰了之,業主繳完罰款照樣開挖。\n"
                      "我曾經陪同里長去現場勘查,看到整片山頭光禿禿。單靠拆除也並非長久之計。\n")
    assert any("一罰了之" in p for p in ch)
    assert any("並非長久之計" in p for p in ch)
