"""Traditional-Chinese news of a legislator's or a group's statements (issue 8): each clause of the reported words
that states a problem, prescribes a measure or pledges to keep pressing the authorities is a point of its own; Hong
Kong variant characters in the analysis view. Every input here is written for the test (not copied from a corpus
document); the rules read the Simplified view, so inputs are given in Traditional characters and converted as the
pipeline converts them."""

from summarizer import aspects as asp
from summarizer.points import motion_grounds as asp_motion, reported_clauses
from summarizer.script import simplified_view

from tests.aspect_helpers import points


def _v(text: str) -> str:
    return simplified_view(text)


def _clauses(text: str) -> list[tuple[str, str]]:
    s = _v(text)
    return [(aspect, s[a:b]) for aspect, a, b in reported_clauses(s)]


# --- the analysis view: Hong Kong variants ------------------------------------------------------------------------

def test_hong_kong_variant_characters_are_folded():
    # 衞 敍 枱 衹 粧 糭: Hong Kong forms that OpenCC's plain t2s table leaves as they are (hk2s folds them)
    assert _v("衞生署") == "卫生署"
    assert _v("敍述") == "叙述"
    assert _v("枱面") == "台面"
    assert _v("衹是") == "只是"
    assert _v("化粧品") == "化妆品"
    assert _v("糭子") == "粽子"
    # one character for one: offsets stay valid
    text = "政府應加強衞生教育，推廣公眾衞生意識。"
    assert len(_v(text)) == len(text)


# --- reported clauses ---------------------------------------------------------------------------------------------

def test_each_clause_of_a_legislators_statement_is_a_point():
    got = _clauses("議員黃大明又指出，新條例滯後多年，令小商戶蒙受損失，第二期工程至今依然未見蹤影。")
    assert got == [(asp.CHALLENGE, "新条例滞后多年"), (asp.CHALLENGE, "第二期工程至今依然未见踪影")]


def test_a_measure_and_an_appeal_in_reported_words():
    # 需要 + an action, and the bare 望 of Hong Kong and Macau news (= 希望) before 政府
    got = _clauses("他則表示，在經濟下行之際，政府更加需要開源節流，望當局加快審批小店牌照，讓市民受惠。")
    assert (asp.RECOMMENDATION, "政府更加需要开源节流") in got
    assert (asp.RECOMMENDATION, "望当局加快审批小店牌照") in got


def test_a_pledge_to_keep_pressing_the_authorities_with_its_purpose():
    got = _clauses("她又提及，團隊以後會繼續監督政府，確保公帑用得其所。")
    assert got == [(asp.RECOMMENDATION, "继续监督政府，确保公帑用得其所")]


def test_mentioning_verbs_report_only_before_a_comma():
    # 提及，… reports words; 提到 + an object names a topic (no frame, no point)
    assert _clauses("他提到今年的工作，共處理了三百宗投訴，審批程序過慢。") == []
    assert _clauses("他又提到，審批程序過慢，令申請人失去資助。") == [(asp.CHALLENGE, "审批程序过慢")]


def test_words_of_others_the_speaker_relays_end_the_reading():
    got = _clauses("陳議員亦指出，有不少街坊質疑租金太貴，認為當中主因是供應不足。")
    assert got == []


def test_who_is_no_reported_person():
    # the authorities, the author himself, and a share of a survey's respondents are no speakers of the report
    assert _clauses("房屋局發言人表示，審批程序過慢，政府會盡快檢討。") == []
    assert _clauses("我們認為，審批程序過慢，政府應盡快檢討。") == []
    assert _clauses("約有三成受訪者認為，審批程序過慢，政府應盡快檢討。") == []
    assert _clauses("約有25%受訪者認為，審批程序過慢，政府應盡快檢討。") == []
    assert _clauses("但應當指出，審批程序過慢，政府應盡快檢討。") == []


def test_a_benefit_or_a_topic_noun_is_no_problem():
    # a clause that names a problem a measure removes, a concession and a topic noun (危機) state none
    assert _clauses("樂施會認為，新安排有助解決合約太短的問題。") == []
    assert _clauses("李教授進一步指出，儘管政府在這次危機中的表現值得稱讚。") == []


def test_appeal_with_bare_wang_and_its_lookalikes():
    assert asp.prescribes(_v("望政府盡快推出支援措施"))
    assert not asp.prescribes(_v("市民失望政府未有回應"))
    assert not asp.prescribes(_v("展望政府明年的施政"))
    assert asp.news_demand(_v("街坊望運輸署增加小巴班次"))
    assert not asp.news_demand(_v("市民失望政府未有回應"))
    assert not asp.news_demand(_v("我們展望政府明年的施政"))


def test_press_conference_report_points():
    news = (
        "區議員總結年度工作\n\n"
        "區議員林小文及張志強昨日舉行記者會，總結過去一年的地區工作。"
        "林小文又提及，屋邨的升降機更換工程滯後兩年，危及長者安全，至今第一期依然未見蹤影，"
        "所以她以後會繼續監督房屋署，確保工程如期完成。\n\n"
        "張志強則指出，今年接獲的投訴以交通為主，望運輸署增加小巴班次，讓居民受惠。\n"
    )
    challenges, recommendations = points(news)
    assert any("滯後兩年" in c for c in challenges), challenges
    assert any("依然未見蹤影" in c for c in challenges), challenges
    assert any(r.startswith("繼續監督房屋署") and "確保工程如期完成" in r for r in recommendations), recommendations
    assert any("增加小巴班次" in r for r in recommendations), recommendations
    # the headline and the narration of the press conference are no points
    assert not any("記者會" in p or "總結" in p for p in challenges + recommendations)


def test_reported_clauses_are_linear():
    # a 100,000-character line with no punctuation, and 10,000 tiny reported sentences
    assert reported_clauses("他又指出" + "字" * 100_000) == []
    many = "他又指出，進度過慢；" * 10_000
    assert len(reported_clauses(_v(many))) == 10_000


# --- the unstructured fallback keeps what prose reads as a point ----------------------------------------------------

COLUMN = (
    "陳大文 區議員 近年社會熱烈討論青年置業問題,事實上,按統計處的數字,年輕人的收入與樓價的差距的確拉闊了,"
    "一直是各界關注的話題。面對經濟轉型、環球市況未明,而青年失業亦愈演愈烈,如此前景,生活捉襟見肘的,"
    "斷不只於社會的最基層。\n"
    "青年、青年、青年\n"
    "施政報告提出了一系列有關青年的方案,既提出青年宿舍,又就原來的創業基金作出了修訂。除了上述的計劃外,"
    "說實話,我更關心青年的就業情況。雖然同是青年問題,但一想到大學畢業生要迫不得已地做兼職;"
    "我實在不能接受這樣的情況。\n"
)


def test_a_verdict_sentence_the_fallback_passes_by_is_still_a_point():
    # a column with no aspect structure: the fallback picks its sentences by its own reading, and a sentence that
    # states a problem with a set-phrase verdict (愈演愈烈) is kept even where that reading passes it by
    challenges, _ = points(COLUMN)
    assert any("青年失業亦愈演愈烈" in c for c in challenges), challenges
    # the sentence is one point (no duplicate of what the fallback took)
    assert sum("愈演愈烈" in c for c in challenges) == 1


# --- a council motion's preamble -----------------------------------------------------------------------------------

MOTION = ("「近年本港人口急速老化,長者的護理需要日趨嚴重,政府理應盡快制訂安老服務的長遠規劃,可是,政府卻在未有"
          "諮詢業界下,貿然削減院舍的資助,導致輪候時間大增;同時,政府更打算推行備受爭議的院舍券計劃;這些措施不但令"
          "長者憂慮,更令前線員工士氣低落;政府的做法,無疑漠視長者的需要;有鑒於此,本會促請政府:(一)增撥資源;"
          "及(二)檢討院舍券計劃。」")


def test_each_ground_of_a_motion_preamble_is_a_point():
    s = _v(MOTION)
    got = [(aspect, s[a:b]) for aspect, a, b in asp_motion(s)]
    assert (asp.RECOMMENDATION, "政府理应尽快制订安老服务的长远规划") in got
    assert (asp.CHALLENGE, "政府却在未有咨询业界下,贸然削减院舍的资助,导致轮候时间大增") in got
    assert (asp.CHALLENGE, "同时,政府更打算推行备受争议的院舍券计划") in got
    assert (asp.CHALLENGE, "政府的做法,无疑漠视长者的需要") in got
    # a consequence that refers back to the grounds (这些措施不但令…) is neither; nor is anything after the request
    assert not any("这些措施" in t or "增拨资源" in t for _, t in got)


def test_no_request_no_grounds():
    # the same parts with no motion's request: an ordinary sentence, left to the prose rules
    s = _v("政府卻在未有諮詢業界下,貿然削減院舍的資助;同時,政府更打算推行備受爭議的院舍券計劃。")
    assert asp_motion(s) == []


def test_motion_points():
    challenges, recommendations = points("議案:改善安老服務\n\n" + MOTION + "\n")
    assert any("貿然削減院舍的資助" in c for c in challenges), challenges
    assert any("備受爭議的院舍券計劃" in c for c in challenges), challenges
    assert any("漠視長者的需要" in c for c in challenges), challenges
    assert any(r.startswith("政府理應盡快制訂安老服務的長遠規劃") for r in recommendations), recommendations


def test_motion_grounds_are_linear():
    assert asp_motion("本会促请政府" + "字" * 100_000) == []
    s = "政府贸然削减资助,令服务混乱;" * 10_000 + "有鉴于此,本会促请政府:增拨资源。"
    assert len(asp_motion(s)) == 10_000


# --- a verdict with a causative 要 is a problem, not a measure --------------------------------------------------------

def test_a_verdict_with_a_causative_yao_stays_a_problem():
    # 要 here makes the junior staff answer for it (causative), it prescribes nothing: the verdicts state the problem
    s = _v("每次出事之後,管理層都不見蹤影,要前線社工出來面對問題,並承擔責任,弄得大家怨聲載道")
    assert not asp.recommends_outright(s)
    assert not asp.modal_over_shortcomings(s)
    # a shortcoming after a modal that opens its clause is still the object of a measure
    assert asp.modal_over_shortcomings(_v("政府要有解決人手不足的魄力"))
    challenges, recommendations = points(
        "社福機構的困境\n\n前線社工工作量大增,士氣低落。每次出事之後,管理層都不見蹤影,要前線社工出來面對問題,"
        "並承擔責任,弄得大家怨聲載道。\n")
    assert any("不見蹤影" in c for c in challenges), challenges
    assert not any("不見蹤影" in r for r in recommendations), recommendations


# --- commentary's verdict of regret; an adverb with 地 between a modal and its verb ---------------------------------

def test_a_verdict_of_regret_states_a_problem():
    s = _v("在經濟下行的大前提下,政府繼續以政治凌駕民生,實屬無奈")
    assert asp.states_verdict(s)
    assert asp.prose_aspect(s) == asp.CHALLENGE


def test_an_adverb_with_de_between_a_modal_and_its_action():
    assert asp._modal_actions(_v("當局必須認真地落實整改")) == ["必须"]
    assert asp._modal_actions(_v("政府應積極地推動改革")) == ["应"]
    # with no action verb after the 地, no measure
    assert asp._modal_actions(_v("政府應積極地")) == []


# --- a column's subheading that states a measure ---------------------------------------------------------------------

def test_a_measure_subheading_between_paragraphs_is_a_point():
    column = ("區議會選舉押後一年,很多人把目光集中在政治層面上,覺得未來一年只屬過渡。\n\n"
              "盡快增加安老院舍宿位\n\n"
              "其實,一年時間說長不長,說短也不短。輪候院舍的長者越來越多,不少人在輪候期間離世,情況令人擔憂。\n")
    _, recommendations = points(column)
    assert "盡快增加安老院舍宿位" in recommendations, recommendations


def test_titles_quotes_and_broken_lines_are_no_measure_subheadings():
    # a title after an exam's prompt, a quoted slogan and a line a PDF broke mid-phrase state no measure of their own
    exam = ("給定資料略。\n請圍繞長者照顧問題寫一篇文章。要求:觀點明確,字數1000字。\n盡快增加安老院舍宿位\n"
            "本港人口急速老化,院舍宿位嚴重不足,輪候時間太長,政府應盡快增建院舍。\n")
    _, recommendations = points(exam)
    assert "盡快增加安老院舍宿位" not in recommendations, recommendations
    quoted = ("區議會選舉押後一年,很多人把目光集中在政治層面上。\n\n「盡快增加安老院舍宿位」\n\n"
              "其實,一年時間說長不長。輪候院舍的長者越來越多,情況令人擔憂。\n")
    _, recommendations = points(quoted)
    assert not any(r.startswith("盡快增加安老院舍宿位") for r in recommendations), recommendations
    broken = ("區議會選舉押後一年,很多人把目光集中在政治層面上。\n盡快增加安老院舍宿位與\n"
              "社區照顧服務名額,輪候院舍的長者越來越多,情況令人擔憂。\n")
    _, recommendations = points(broken)
    assert "盡快增加安老院舍宿位與" not in recommendations, recommendations


# --- a long sentence whose one deficiency predicate ends a short clause -------------------------------------------

def test_a_clause_that_ends_with_its_deficiency_predicate_is_a_problem():
    from summarizer.points import final_deficit_clause
    s = _v("事實擺在眼前,非法賭檔猖狂,為了錢甚麼都做,加上多名警員在執勤期間受傷,令街坊提心吊膽。")
    span = final_deficit_clause(s)
    assert span is not None and s[span[0]:span[1]] == "非法赌档猖狂"
    # a short sentence is left to the prose rules, and so is a long one that prescribes
    assert final_deficit_clause(_v("非法賭檔猖狂。")) is None
    assert final_deficit_clause(_v("事實擺在眼前,非法賭檔猖狂,為了錢甚麼都做,警方應加強巡查,令街坊不再提心吊膽。")) is None
    # a clause with a modal or a remedy verb, and an A-not-A question, state no problem
    assert final_deficit_clause(_v("人口學家認為,長遠而言,需要更多的年輕人來彌補勞動力的不足,這是社會的共識。")) is None
    asked = "記者在會後追問局長明年的預算會否繼續增加以應付新增的服務,他還問資源夠不夠,局長笑而不答。"
    assert final_deficit_clause(_v(asked)) is None
    said = _v(asked.replace("問資源夠不夠", "說資源不夠"))
    span = final_deficit_clause(said)
    assert span is not None and said[span[0]:span[1]] == "他还说资源不够"


def test_final_deficit_clause_is_linear():
    from summarizer.points import final_deficit_clause
    assert final_deficit_clause("字" * 100_000) is None
    assert final_deficit_clause(("进度过慢，" * 10_000) + "。") is None  # (many deficits: no single one)
