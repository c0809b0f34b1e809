"""false20: kinds of false points removed in general (inputs written for these tests)."""
from summarizer import aspects as asp


def _view(text: str, point: str) -> bool:
    start = text.index(point)
    return asp.reports_scholar_view(text, start, start + len(point))


def test_office_holder_view_relayed_is_neither():
    # a minister's words relayed by a report: the clause after his verb of saying is his view, not the author's
    text = "交通部长王某在答问时说，增设收费站只会加重司机负担。"
    assert _view(text, "增设收费站只会加重司机负担")


def test_office_holder_explains_is_neither():
    text = "对此，部长李某就解释，与邻国交流，让官员有机会学习他国的经验。"
    assert _view(text, "让官员有机会学习他国的经验")


def test_author_who_takes_up_a_view_speaks_himself():
    # the author speaks first (我支持…议员提出的…) and takes the view up: his own point, not a relayed one
    text = "主席，我支持李部长提出的方向，要求政府必须制订全面的青年政策。"
    assert not _view(text, "要求政府必须制订全面的青年政策")


def test_plain_sentence_without_speaker_is_kept():
    text = "目前公共交通班次太少，居民出行十分不便。"
    assert not _view(text, "居民出行十分不便")


def test_scholar_view_still_read():
    text = "有学者从治理能力出发，认为基层政府面临人手不足的困局。"
    assert _view(text, "基层政府面临人手不足的困局")


def test_problems_put_right_in_the_perfective_are_neither():
    # work done: the deficiency words name what was put right
    point = "整改了12处路灯安装不规范问题，解决了9件居民反映强烈的实事"
    assert asp.remedies_done(point)
    assert asp.states_neither(point)


def test_problem_left_after_remedy_is_kept():
    # a deficiency outside the object of the remedy: still a problem
    assert not asp.remedies_done("整改了部分问题，但监督机制仍不健全")
    assert not asp.remedies_done("化解了一批矛盾，基层人手依然不足")


def test_removal_of_a_good_is_no_remedy():
    # 消除 of a merit is a harm, not a remedy: not in the group
    assert not asp.remedies_done("过度开发消除了湿地的调蓄功能")


def test_remedy_to_be_done_is_no_narration():
    # no perfective, or a modal: a measure, not work done
    assert not asp.remedies_done("要化解养殖户的债务风险")
    assert not asp.remedies_done("应当及时整改了结的遗留问题")


def test_it_must_be_said_is_no_modal():
    # 应该说 opens a verdict: no modal of a measure
    assert asp.modal_strength("应该说，本县财政收入已止跌回升") == 0
    assert asp.modal_strength("应该加快财政收入结构调整") > 0


def test_activity_done_after_a_purpose_frame_is_narration():
    # the modal (进一步) frames what the activity was for; the doer's clause narrates it done
    assert asp.narrates_activity("为进一步了解群众诉求，促进邻里和睦，我街道在辖区范围内，开展了一次入户走访")
    assert asp.narrates_activity("社区开展了一次入户走访")


def test_activity_with_a_modal_in_its_own_clause_is_no_narration():
    assert not asp.narrates_activity("要进一步总结经验，开展了的活动要有回访")
    assert not asp.narrates_activity("应当在全县范围内开展了解民意的调查，进一步改进作风")


def test_speaker_pleasure_is_ceremony():
    assert asp.is_ceremony("很高兴看到我们提出的几项建议都已被采纳")
    assert asp.states_neither("很高兴看到我们提出的几项建议都已被采纳")
    assert not asp.is_ceremony("不少居民对物业服务很不高兴")


def test_credit_for_work_done_is_an_achievement():
    point = "为推进垃圾分类、改善村容村貌提供了有力资金支撑"
    assert asp.states_neither(point)
    assert asp.states_neither("这些工作为下一步改革奠定了坚实基础")


def test_role_growing_clearer_is_an_achievement():
    assert asp.states_neither("社区议事会的协商作用日益彰显")
    assert not asp.states_neither("基层矛盾日益凸显")
    # 日益 alone reports no progress: a burden growing is a problem
    assert not asp.reports_progress("医疗开支日益增长，财政压力加大")


def test_exam_requirements_on_writing_are_the_prompt():
    assert asp.is_commentary("切合实际，观点明确，条理清楚，语言流畅")
    assert not asp.is_commentary("部分村规民约内容陈旧，执行不到位")


def test_point_inside_quoted_testimony():
    text = "受访的站长看法较一致：“站里的设备十年没有更新，其实经费是不够的，人手也留不住。”另外，培训不足。"
    assert asp.inside_quoted_testimony(text, text.index("其实经费是不够的"))
    # the author's own sentence after the quotation is not inside it
    assert not asp.inside_quoted_testimony(text, text.index("培训不足"))


def test_quoted_list_of_short_items_is_no_testimony():
    # a colon then quoted short complaints joined by 、: the items the author names, no quoted prose
    text = "居民反映最多的依次为：“停车难”、“噪音扰民”及“垃圾乱放”等。"
    assert not asp.inside_quoted_testimony(text, text.index("噪音扰民"))


def test_quotation_without_colon_is_no_testimony():
    text = "所谓“一刀切，图省事”的做法，导致群众不满。"
    assert not asp.inside_quoted_testimony(text, text.index("图省事"))


def test_corner_bracket_testimony():
    text = "幾位街坊的看法大致相同：「樓下商舖成日開到好夜，其實噪音好擾民，投訴都無用。」"
    assert asp.inside_quoted_testimony(text, text.index("其實噪音好擾民"))


def test_news_complainant_quoted_is_no_testimony():
    # a news report's complainant: his quoted words are the report's point (news_said_start), no view noun leads in
    text = "居民黃先生表示：「升降機一個月壞三次，維修一再拖延，長者被困家中。」"
    assert not asp.inside_quoted_testimony(text, text.index("維修一再拖延"))


def test_legislator_in_a_news_report_is_no_reported_official():
    # a legislator's complaint, reported by the news, is the report's point (not a government reply)
    text = "议员陈某总结本会期工作，他认为立法工作进度比较慢。"
    assert not _view(text, "立法工作进度比较慢")


def test_comment_on_a_quoted_saying_is_neither():
    assert asp.states_neither("这句话本身就说明了社区医疗的重要性：看病难的问题不能再拖")
    assert asp.states_neither("这番话道出了许多家长的心声")


def test_why_something_matters_is_neither():
    assert asp.states_neither("家访之所以重要，就是因为教师能看到学生在家的真实情况")
    assert not asp.states_neither("家访制度流于形式，教师很少走进学生家庭")


def test_result_reached_with_its_figure_is_a_statistic():
    assert asp.reports_statistic("全县规上企业实现营业收入320.5亿元")
    # a target is a plan, not a finding
    assert not asp.reports_statistic("力争全县规上企业实现营业收入400亿元")


def test_office_title_as_the_subject_of_a_problem_is_no_report():
    # the title is the subject of the problem, and 说 opens no words of his
    text = "部分官员作风漂浮，说一套做一套，群众意见很大。"
    assert not _view(text, "说一套做一套，群众意见很大")


def test_structure_words_of_a_measure_are_no_exam_prompt():
    assert not asp.is_commentary("建立结构完整、层次分明的养老服务标准体系")
