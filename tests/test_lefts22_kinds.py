"""Leftover kinds of Parts 14-17 of the aspect corpus (729, 731, 732, 733, 738, 739, 747 and subhead narration), each on
texts written for these tests (none copies a corpus string).

1. A risk stated as a negated condition (``…若没有同步提高待遇，只是在加速人才流失``) argues for the act it negates: the
   act is a recommendation (:func:`summarizer.points.negated_conditions`), the sentence no challenge. The gold of 732
   now agrees with 628 (the same column), 650, 655 and 763; a condition whose act is too short to name a measure
   (``若政府不管，…问题只会日益恶化``) keeps its sentence as a challenge.
2. Factor lines (``…而是高度依赖以下因素：`` then lines ``label: explanation``) under a section the essay states as a
   problem: each explanation is a challenge, whatever modal it holds, and the label is no part of it
   (:func:`summarizer.points.factor_line_bodies`, ``points._factor_line_points``; ``factor_lead_noun`` cue group).
3. A clause that says what the sentence reports exposes something (``…，进一步凸显决策流程冗长``) is the author's verdict:
   a challenge whatever its object's words (:func:`summarizer.points.exposed_problems`, ``points._exposed_problem_points``;
   ``exposing_verb`` cue group), unless the object is a worth (``凸显了…的重要性``: ``exposed_worth``).
4. A subhead's body that narrates the actor's account of its conduct (``公司随后解释成本上涨是加价的主因…``: a verb of
   explaining or defending, or a speaker told as the next step of the event) states no problem of the author's, however
   its words read as prose (:func:`summarizer.aspects.accounts_for_conduct`, in ``aspects.news_aspect`` and
   ``points._fallback_reading``; ``news_defence_verb``, ``news_sequel_adverb`` cue groups).
5. Reported views: a view an essay sets up from an indefinite source (``最近有言论将…归因于…；进而主张应该…``,
   ``有评论竟称…``) is another's, weighed or refuted — neither aspect, the ``；``-part that goes on with the same speaker
   (``进而``, ``甚至``: ``reported_continuation``) included (:func:`summarizer.aspects.reports_scholar_view`, now also
   applied to the points of the passes after ``_neither_and_flips``; 自我 "self-" is no first person). A news report's
   named speakers (``业界忧虑…``, ``批评者指出…``) stay the article's content: their concerns are challenges.
6. A long sentence of findings that closes with a set verdict on a deed left half done (``…，却未将A纳入给付，只对B
   提供津贴，其实为德不卒``): the verdict judges the clause before it (``prose_verdict`` cue words 为德不卒, 功亏一篑 …;
   ``points._bare_verdict`` in ``points.cue_window``), and the omission before that is a finding of its own
   (:func:`summarizer.points.omission_clauses` reads the sentence without its closing bare verdict).
7. Vocabulary of 739's results: a thing prone to be reduced to what it should not be (``容易沦为派系酬庸``) and one
   concern overriding another (``人情关系凌驾制度规定``) are deficiency predicates (``prose_challenge``,
   ``challenge_predicate``); a bare 沦为 is not (``让市民沦为了废气的受害者`` is a figure of speech).
8. A paper's numbered sub-heading among problem headings that names an effect its section measures
   (``2.2 补贴政策对家庭生育意愿的影响``, ``3.2 节水对…的贡献率``) is the section's topic, no problem
   (:func:`summarizer.aspects.studied_effect` in :func:`summarizer.aspects.states_no_problem`; ``studied_effect`` cue
   group); ``…对医疗开支的不利影响`` states one.
9. Vocabulary of 738's verdicts: an office with power and no accountability or the reverse (``有权无责``,
   ``有责无权``, ``权责不符``), a conflict of rules (``扞格``) and impairing (``减损了…效能``) are deficiency predicates.
10. A question about a view (``为什么这么多人认为政府做得不够好？``) asks; the view in it is no speaker's point
    (:func:`summarizer.points.reported_clauses` reads no question).
"""

from __future__ import annotations

from aspect_helpers import points


def test_a_negated_condition_risk_gives_its_act_as_a_recommendation():
    ch, rec = points("社區托育人手長期緊缺，保育員薪資偏低、流動率高。"
                     "托育服務擴張若沒有同步提高保育員待遇，只是在加速人才流失。")
    assert rec == ["同步提高保育員待遇"]
    assert ch == ["社區托育人手長期緊缺，保育員薪資偏低、流動率高"]
    # negative: an act too short to be a measure (管) leaves the warning as the challenge it states
    ch, rec = points("社區托育人手長期緊缺，保育員薪資偏低、流動率高。若政府不管，托育問題只會日益惡化。")
    assert rec == []
    assert "若政府不管，托育問題只會日益惡化" in ch


FACTORS = ("托育服務的地方化困境\n"
           "1. 場地與人力:托育責任的轉嫁\n"
           "中央只訂標準,托育據點能否設立,不再取決於整體規劃,而是高度依賴以下因素:\n"
           "閒置校舍的可取得性: 迫使鄉鎮公所需以委外經營等方式,來填補中央經費的空缺。\n"
           "鄉鎮的人事預算: 鄉鎮公所必須自行負擔保育員薪資,或承擔長期的營運虧損。\n"
           "2. 財源:補助的短期化")


def test_factor_line_bodies_are_the_explanations_after_a_factor_lead_in():
    from summarizer.points import factor_line_bodies
    text = "能否设立，高度依赖以下因素：\n校舍来源: 迫使乡镇委外经营。\n人事预算：乡镇必须自付薪资\n另起一段，说别的。"
    assert [text[a:b] for _, a, b in factor_line_bodies(text)] == ["迫使乡镇委外经营。", "乡镇必须自付薪资"]
    assert all(lead == 0 for lead, _, _ in factor_line_bodies(text))
    # negative: a lead-in that names no factor (以下几点) or has no colon line after it announces no factor lines
    assert factor_line_bodies("具体有以下几点：\n校舍来源: 迫使乡镇委外经营。") == []
    assert factor_line_bodies("主要考量以下因素：\n乡镇必须自付薪资，这是一段没有标签的话。") == []


def test_factor_lines_under_a_problem_heading_give_their_explanations_as_challenges():
    ch, rec = points(FACTORS)
    assert "迫使鄉鎮公所需以委外經營等方式,來填補中央經費的空缺" in ch
    assert "鄉鎮公所必須自行負擔保育員薪資,或承擔長期的營運虧損" in ch
    assert not any(p.startswith(("閒置校舍", "鄉鎮的人事預算")) for p in ch + rec)  # the labels are not the point
    assert rec == []


def test_factor_lines_under_a_neutral_heading_give_no_challenges_here():
    # negative: the section describes a procedure (no challenge heads it): the modal body is no burden read here
    ch, _ = points("托育服務的規劃說明\n1. 場地與人力:據點的設置程序\n據點的設置,主要考量以下因素:\n"
                   "閒置校舍的可取得性: 鄉鎮公所需以委外經營等方式辦理。\n鄉鎮的人事預算: 鄉鎮公所必須自行編列保育員薪資。")
    assert not any("自行編列保育員薪資" in p for p in ch)


def test_factor_line_bodies_are_linear():
    from summarizer.points import factor_line_bodies
    assert factor_line_bodies("以下因素：" + "甲" * 100_000) == []
    assert len(factor_line_bodies(("高度依赖以下因素：\n" + "来源: 迫使乡镇委外。\n" * 3) * 10_000)) == 30_000


def test_a_clause_exposing_a_problem_is_a_challenge():
    from summarizer.points import exposed_problems
    s = "去年县府再度延后清运合约的招标，进一步凸显决策流程冗长。"
    assert [s[a:b] for a, b in exposed_problems(s)] == ["进一步凸显决策流程冗长"]
    ch, rec = points("村里的垃圾分類推行多年。去年縣府再度延後清運合約的招標，進一步凸顯決策流程冗長。")
    assert ch == ["進一步凸顯決策流程冗長"] and rec == []


def test_a_clause_stressing_a_worth_or_opening_the_sentence_is_no_exposed_problem():
    from summarizer.points import exposed_problems
    # negative: an object of worth, the sentence's own first clause (a subject), a question, a prescription
    assert exposed_problems("今年全村参与率超过九成，充分凸显了社区动员的重要性。") == []
    assert exposed_problems("凸显决策流程冗长，大家都知道。") == []
    assert exposed_problems("去年延后招标，是否凸显流程冗长？") == []
    assert exposed_problems("各村推行分类，更要凸显居民的主体地位。") == []
    assert exposed_problems("这场风灾是一次考验，暴露出乡镇应变的一系列问题。") == []  # announces the problems after it
    ch, _ = points("村里的垃圾分類推行多年。今年全村參與率超過九成，充分凸顯了社區動員的重要性。")
    assert ch == []


def test_exposed_problems_are_linear():
    from summarizer.points import exposed_problems
    assert exposed_problems("甲" * 100_000 + "，凸显" + "乙" * 100_000) == [(100_001, 200_003)]
    assert len(exposed_problems("延后招标，凸显流程冗长，" * 10_000)) == 10_000


SUBHEADS = ("本地公共服務的兩宗爭議\n\n"
            "巴士公司加價：定價機制的缺陷\n\n"
            "巴士公司上月宣布全線車費加價一成。公司隨後解釋成本上漲是加價的主因，燃油及維修開支持續增加。"
            "乘客團體認為加價幅度過高，定價機制欠缺透明度。\n\n"
            "圖書館預約：系統設計的疏漏\n\n"
            "圖書館上月推出新預約系統。讀者認為系統測試不足。")


def test_an_actors_account_under_a_subhead_is_narration():
    import summarizer.aspects as asp
    assert asp.accounts_for_conduct("公司随后解释成本上涨是加价的主因，燃油及维修开支持续增加。")
    assert asp.accounts_for_conduct("局方辩称人手不足是延误的原因。")
    assert asp.news_aspect("校方其后表示，课程安排欠缺弹性。") == (True, None)
    ch, rec = points(SUBHEADS)
    assert not any("成本上漲" in p for p in ch + rec)
    assert ch == ["定價機制的缺陷", "加價幅度過高", "定價機制欠缺透明度", "系統設計的疏漏", "系統測試不足"]


def test_a_complainants_words_stay_the_points():
    import summarizer.aspects as asp
    # negative: the people the report speaks for (认为, 批评) are no actor accounting for itself
    assert not asp.accounts_for_conduct("乘客团体认为加价幅度过高，定价机制欠缺透明度。")
    assert not asp.accounts_for_conduct("有议员批评公司解释含糊。")
    assert asp.news_aspect("乘客团体批评，定价机制欠缺透明度。") == (True, asp.CHALLENGE)


def test_a_view_set_up_from_an_indefinite_source_is_neither():
    import summarizer.aspects as asp
    t = ("社区图书馆的开放时间一再缩短。最近有言论将图书馆的冷清，归因于：这是因为馆方坚持自我管理，因而造成了人手不足；"
         "进而主张为挽救图书馆，应该把图书馆全面外判。但是细看借阅数字，这并不是问题所在。")
    a, b = t.index("进而"), t.index("。但是")
    assert asp.reports_scholar_view(t, a, b)  # the ；-part goes on with the same speaker's view
    assert asp.reports_scholar_view(t, t.index("最近"), t.index("；进而"))
    ch, rec = points(t.replace("社区图书馆", "社區圖書館"))
    assert not any("外判" in p or "有言論" in p or "有言论" in p for p in ch + rec)
    ch, rec = points("社區圖書館的開放時間一再縮短。有評論竟稱，圖書館冷清是因為館方管理僵化，人手過剩。"
                     "但細看借閱數字，這並不是問題所在。")
    assert ch == [] and rec == []


def test_a_news_reports_named_speakers_concerns_stay_challenges():
    import summarizer.aspects as asp
    # negative: the speakers a news report speaks for are no indefinite source set up to be refuted
    ch, rec = points("政府上月公布外賣平台新規。業界憂慮，新規令小型食肆的經營成本大幅上升。批評者指出，新規缺乏諮詢，執行細節含糊。")
    assert ch == ["新規令小型食肆的經營成本大幅上升", "新規缺乏諮詢，執行細節含糊"] and rec == []
    # a part after ；that opens with no continuation word is the author's again
    t = "最近有言论将图书馆的冷清归因于人手不足；图书馆应该延长开放时间。"
    assert not asp.reports_scholar_view(t, t.index("图书馆应该"), len(t) - 1)


def test_a_closing_set_verdict_judges_its_clause_and_leaves_the_omission_its_own_point():
    from summarizer.points import omission_clauses
    text = ("議員細看計劃後點出隱憂，政府喊出要在偏鄉增設托育據點，卻未將家庭托育納入正式的補助，"
            "只對雙薪家庭每月提供三千元津貼，其實為德不卒。")
    ch, rec = points(text)
    assert ch == ["政府喊出要在偏鄉增設托育據點，卻未將家庭托育納入正式的補助", "只對雙薪家庭每月提供三千元津貼，其實為德不卒"]
    assert rec == []
    s = "政府在偏乡增设托育据点，却未将家庭托育纳入正式的补助，只对双薪家庭提供津贴，其实为德不卒。"
    assert [s[a:b] for a, b in omission_clauses(s)] == ["政府在偏乡增设托育据点，却未将家庭托育纳入正式的补助"]


def test_a_verdict_that_is_no_closing_clause_leaves_the_sentence_to_its_other_readings():
    from summarizer.points import omission_clauses
    # negative: a deficiency predicate in the sentence (不足) is no bare verdict: the omission reading stays out of it
    s = "政府在偏乡增设托育据点，却未将家庭托育纳入正式的补助，托育名额严重不足。"
    assert omission_clauses(s) == []
    ch, _ = points("議員點出隱憂，政府喊出要增設托育據點，卻未將家庭托育納入正式的補助，托育名額嚴重不足。")
    assert len(ch) == 1


def test_prone_to_be_reduced_and_overriding_are_deficiencies():
    ch, _ = points("社區議會長期由同一派系把持,監督功能形同虛設。結果是:\n- 地區預算容易淪為派系酬庸;\n- 地區規劃缺乏專業評估。")
    assert ch == ["社區議會長期由同一派系把持,監督功能形同虛設", "地區預算容易淪為派系酬庸", "地區規劃缺乏專業評估"]
    ch, _ = points("村委會推選辦法繁瑣。這導致人情關係凌駕制度規定,村務決策常被少數人把持。")
    assert ch == ["這導致人情關係凌駕制度規定,村務決策常被少數人把持"]


def test_a_bare_reduced_to_figure_is_no_deficiency():
    # negative: 沦为 alone tells a figure of speech
    assert points("車帶來便利的同時,也讓市民淪為了廢氣的受害者。") == ([], [])


PAPER = ("# 托育政策的成效与问题\n\n# 1 托育服务的现状\n\n全市现有托育机构120家。\n\n# 2 托育服务存在的问题\n\n"
         "# 2.1 托育费用居高不下，家庭负担沉重\n\n调查显示，一半家庭认为费用过高。\n\n"
         "# 2.2 补贴政策对家庭生育意愿的影响\n\n补贴发放后，受访家庭的生育意愿略有上升。\n\n"
         "# 2.3 托育人员流失严重\n\n从业人员年流失率超过三成。\n\n# 3 对策和建议\n\n"
         "# （1）加大财政补贴力度。\n\n# （2）提高托育人员待遇。")


def test_a_papers_sub_heading_naming_a_studied_effect_is_no_problem():
    import summarizer.aspects as asp
    assert asp.studied_effect("# 3.2节水对区域水分生产率提高的贡献率")
    assert asp.studied_effect("2.2 补贴政策对家庭生育意愿的影响")
    ch, rec = points(PAPER)
    # (托育人员流失严重's body states its problem with its own predicate: a point beside the label, recall31)
    assert ch == ["托育费用居高不下，家庭负担沉重", "托育人员流失严重", "从业人员年流失率超过三成"]
    assert rec == ["加大财政补贴力度", "提高托育人员待遇"]


def test_a_heading_stating_a_harmful_effect_stays_a_problem():
    import summarizer.aspects as asp
    # negative: a shortcoming word makes the effect a problem; a heading with no 对 names no effect studied
    assert not asp.studied_effect("（二）人口老化对医疗开支的不利影响")
    assert not asp.studied_effect("3.3 高估了农业节水的潜力")
    assert not asp.studied_effect("财政补贴的作用")
    ch, _ = points(PAPER.replace("补贴政策对家庭生育意愿的影响", "补贴政策对家庭生育意愿的不利影响"))
    assert "补贴政策对家庭生育意愿的不利影响" in ch


def test_power_without_accountability_and_impairing_are_deficiencies():
    import summarizer.aspects as asp
    ch, rec = points("過去三次修法都沒有觸及核心,局長有權無責、署長有責無權的扞格,減損了每任政府的施政效率。")
    assert ch == ["過去三次修法都沒有觸及核心,局長有權無責、署長有責無權的扞格,減損了每任政府的施政效率"] and rec == []
    # negative: an office with both power and accountability states none
    assert not asp._prose_deficits("局长有权有责，署长权责分明。")


def test_a_question_about_a_view_gives_no_reported_point():
    from summarizer.points import reported_clauses
    assert reported_clauses("为什么这么多人认为政府做得不够好？") == []
    # negative: the same view stated by the people the text speaks for stays their point
    s = "许多家长认为，托育费用过高，补贴明显不足。"
    assert [(a, s[x:y]) for a, x, y in reported_clauses(s)] == [("challenge", "托育费用过高"), ("challenge", "补贴明显不足")]
