"""Hong Kong, Macau and Taiwan commentary in Traditional Chinese (issue 8: the weakest subset of the aspect corpora),
tested on texts written for the tests: the modal compounds of that prose (``必須要``, ``是時候要``), rhetorical questions
that propose a measure (``…可否…？``), a topic phrase before a prescribing clause (``對於…的困境，政府應…``), the policy
verbs of that prose (``訂立``, ``收緊``, ``檢視``), and a measure stated inside the body of a problem item."""

import pytest

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.script import simplified_view


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def _prose(sentence: str) -> str | None:
    return asp.prose_aspect(simplified_view(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # 必須要 / 應該要 + a verb: as 必須 (the 要 is no need of its own)
    ("長者院舍的人手比例必須要提高，並設立獨立的巡查機制。", asp.RECOMMENDATION),
    # 是時候(要) "it is time to", in a long sentence: a strong modal, not the weak 要
    ("面對人口急速老化，社會福利署是時候要檢討安老服務的輪候制度，考慮讓私營院舍分擔部分個案，並公開每年的輪候人數。",
     asp.RECOMMENDATION),
    # the policy verbs of Hong Kong prose after a modal: 訂立 (= 制定), 收緊, 檢視 (= 審視)
    ("當局應訂立明確的減貧目標。", asp.RECOMMENDATION),
    ("政府須收緊富戶政策。", asp.RECOMMENDATION),
    ("規劃署應從速檢視閒置校舍的用途。", asp.RECOMMENDATION),
    # the weak 要 alone in a long sentence still proposes nothing
    ("要在短時間內找到足夠的土地興建公屋並不容易，過去十年的經驗說明，單靠填海與收地，往往需時超過十年。", None),
])
def test_modal_compounds_and_policy_verbs_of_traditional_prose(sentence, expected):
    assert _prose(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("社區會堂可否開放給長者作日間活動，讓他們有地方聚腳？", True),
    ("當局會否將巡查次數增加一倍，並公開巡查結果？", True),
    ("是否應該設立一個獨立的投訴機制？", True),
    # a question that complains proposes nothing
    ("政府可否不再漠視基層的訴求？", False),
    # a plain question with no action after the word
    ("這個計劃可否成功？", False),
    # not a question
    ("當局可否增撥資源，仍有待觀察。", False),
])
def test_a_rhetorical_question_that_proposes_an_action_is_a_measure(sentence, expected):
    assert asp.asks_for_measure(simplified_view(sentence)) is expected
    assert (_prose(sentence) == asp.RECOMMENDATION) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("對於社區醫療人手不足的困境，當局應盡早增設社區藥房。", asp.RECOMMENDATION),
    ("針對劏房租金飆升的問題，政府必須訂立起始租金。", asp.RECOMMENDATION),
    # a topic phrase before a weak 要: neither (a purpose or a need)
    ("針對這個問題，我們要加強管理。", None),
    # a topic phrase before a verdict stays unread (the opener names a topic)
    ("對於這些問題，政府一直視若無睹。", None),
])
def test_a_topic_phrase_before_a_prescribing_clause(sentence, expected):
    assert _prose(sentence) == expected


def test_a_topic_phrase_longer_than_the_bound_is_not_read_past():
    sentence = "對於" + "社區" * 20 + "的問題，政府應增設社區藥房。"
    assert asp.after_background_turn(simplified_view(sentence)) == 0


def test_a_measure_inside_the_body_of_a_problem_item_is_a_recommendation():
    # the closing demand of a commentary falls in the body of its last problem item (no measure section at all)
    text = ("院舍服務的三大問題\n\n"
            "近年院舍服務備受批評，問題主要有三方面。\n\n"
            "### 補漏措施的各種限制\n\n"
            "1. 人手比例過低，不少私營院舍一名護理員要照顧二十名長者。\n\n"
            "2. 巡查制度形同虛設，巡查結果亦不公開。\n\n"
            "3. 資助宿位輪候時間過長，平均需時三年。\n\n"
            "院舍服務關乎數以萬計長者的晚年生活。期望政府盡快增建資助院舍，以紓緩長者輪候宿位的困難。\n")
    challenges, recommendations = _points(text)
    assert recommendations == ["期望政府盡快增建資助院舍，以紓緩長者輪候宿位的困難"]
    assert "巡查制度形同虛設，巡查結果亦不公開" in challenges
    assert not any("期望政府" in c for c in challenges)


def test_long_inputs_stay_linear():
    # a 100k-character line without punctuation and 10,000 tiny sentences
    asp.asks_for_measure("可否" * 50_000 + "？")
    asp.after_background_turn("對於" + "問" * 100_000)
    asp.prose_aspect("對於問題，政府應加強。" * 10_000)


@pytest.mark.parametrize("sentence, expected", [
    # colloquial excess with 太 and Hong Kong words of a lack or a failure, in short verdicts
    ("公屋輪候時間太長。", asp.CHALLENGE),
    ("當局的諮詢誠意欠奉。", asp.CHALLENGE),
    ("這項房屋政策完全離地。", asp.CHALLENGE),
    ("政府至今仍沒有根本解決劏房問題。", asp.CHALLENGE),
    ("私營院舍的收費一直為人詬病。", asp.CHALLENGE),
    ("現時尚欠一套長遠的人口政策。", asp.CHALLENGE),
    # written Cantonese: 唔夠 (不夠)
    ("社區嘅支援完全唔夠。", asp.CHALLENGE),
    # a wrong attitude or handling
    ("政府對幼兒教育的態度一直都不正確。", asp.CHALLENGE),
    ("當局對投訴的處理手法不恰當。", asp.CHALLENGE),
    # no verdict: a description
    ("政府今年興建了三千個公屋單位。", None),
])
def test_verdicts_of_hong_kong_and_taiwan_commentary(sentence, expected):
    assert _prose(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # written Cantonese "do not" that opens a clause forbids: a measure
    ("我哋要汲取教訓，唔好因為一時嘅財赤而暫停土地開發。", asp.RECOMMENDATION),
    ("政府唔應該再拖延資助房屋計劃。", asp.RECOMMENDATION),
])
def test_written_cantonese_prohibitions(sentence, expected):
    assert _prose(sentence) == expected


def test_cantonese_not_good_after_its_subject_forbids_nothing():
    # 唔好 after its subject is the predicate "not good"
    assert asp._prohibition_re().search(simplified_view("市況唔好，庫房財政緊絀")) is None
    assert asp._prohibition_re().search(simplified_view("市況轉差，唔好暫停造地")) is not None


def test_subheads_written_as_sentences_in_a_list_with_no_aspect():
    # a submission's numbered subheads mix topics, problems and measures; a subhead that reads as a prose statement
    # (a verdict, or an actor with a modal) is a point; a topic label or a name after 的 is none
    text = ("致房屋委員會的意見書\n\n"
            "### 1)公屋的角色\n\n公屋原本是為基層市民提供的安全網，讓他們可以安居。\n\n"
            "### 2)舊區小商戶的生計一直受損\n\n舊區樓宇失修，不少住戶居於劏房，租金卻年年上升。\n\n"
            "### 3)房委會應帶頭檢討公屋編配政策\n\n當局可考慮優先編配單位予居於劏房的家庭。\n\n"
            "### 4)土地的用途\n\n政府手上仍有不少閒置土地。\n")
    challenges, recommendations = _points(text)
    assert "舊區小商戶的生計一直受損" in challenges
    # (the body's 當局可考慮 + an act is a measure of its own since part26fix reads a hedged proposal, as a body
    # sentence with 應 already was: `當局應優先編配…` gives the same two measures)
    assert recommendations == ["房委會應帶頭檢討公屋編配政策", "當局可考慮優先編配單位予居於劏房的家庭"]
    assert not any("公屋的角色" in p or "土地的用途" in p for p in challenges + recommendations)


@pytest.mark.parametrize("heading, expected", [
    ("舊區小商戶的生計一直受損", asp.CHALLENGE),
    ("房委會應帶頭檢討公屋編配政策", asp.RECOMMENDATION),
    ("影響工作積極性的消極因素", None),  # a name: a short noun after 的
    ("是否應當將這個詞納入計算", None),  # an embedded question
])
def test_own_heading_aspect_of_a_subhead_written_as_a_sentence(heading, expected):
    from summarizer import points
    assert points.own_heading_aspect(simplified_view(heading)) == expected


def test_written_cantonese_function_characters_are_read_as_standard_chinese():
    text = "我哋認為政府嘅政策冇足夠土地，佢哋喺度等咗好耐"
    view = simplified_view(text)
    assert view == "我们认为政府的政策无足够土地，他们在度等了好耐"
    assert len(view) == len(text)
    # 唔 and 係 are kept: 唔好 (do not) is no 不好 (not good), 係 also writes 關係
    assert simplified_view("唔好") == "唔好"
    assert simplified_view("關係")[1] == simplified_view("係")


def test_a_cantonese_speech_states_its_measures_and_problems():
    text = ("主席，房屋問題係香港最大嘅民生問題。\n\n"
            "現時公屋嘅輪候時間太長，好多家庭要喺劏房住好多年。\n\n"
            "我哋要汲取以前嘅教訓，唔好因為一時嘅財赤而暫停土地開發工作。"
            "政府亦應該增建過渡性房屋，縮短市民輪候公屋嘅時間。\n")
    challenges, recommendations = _points(text)
    assert any("輪候時間太長" in c for c in challenges)
    assert any("唔好因為一時嘅財赤" in r for r in recommendations)
    assert any("增建過渡性房屋" in r for r in recommendations)


@pytest.mark.parametrize("sentence", [
    "這種述職述廉流於形式，很難實現促進領導幹部自我反省、自我約束這一制度設計的初衷。",
    "社署的巡查制度形同虛設，院舍早在巡查前一星期便已得悉巡查日期並作好準備。",
])
def test_an_idiom_of_a_practice_for_show_is_a_verdict_in_a_long_sentence(sentence):
    assert asp.states_verdict(simplified_view(sentence))
    assert _prose(sentence) == asp.CHALLENGE


def test_parallel_verdicts_in_one_sentence_give_one_point_each():
    # an editorial packs its problems into one sentence of ；-separated parallel clauses with set-phrase verdicts
    text = ("社評：施政三年，民生依舊\n\n"
            "君不見，新公布的房屋計劃令公屋供應毫無增加，輪候家庭只能繼續苦等；"
            "君不見，公營醫療千瘡百孔，病人在急症室輪候八小時；"
            "君不見，昔日引以為傲的廉潔形象蕩然無存，官員醜聞接二連三。\n\n"
            "市民對政府的信任跌至谷底。\n")
    challenges, _ = _points(text)
    assert any("公屋供應毫無增加" in c for c in challenges)
    assert any("公營醫療千瘡百孔" in c for c in challenges)
    assert any("廉潔形象蕩然無存" in c for c in challenges)
    assert not any("公屋供應毫無增加" in c and "千瘡百孔" in c for c in challenges)


@pytest.mark.parametrize("sentence", [
    "有團體調查發現外判工月薪僅為八千元，遠低於政府二級工人的起薪點。",
    "民調結果顯示，逾半受訪者認為政府的房屋政策不足，只有兩成人滿意。",
])
def test_a_survey_finding_is_no_point_of_the_author(sentence):
    assert _prose(sentence) is None


@pytest.mark.parametrize("sentence, expected", [
    ("樓市炒風熾熱，關鍵是政府盡快恢復租務管制。", asp.RECOMMENDATION),
    ("兩地通用同一套電子健康碼，可能是必要的選擇。", asp.RECOMMENDATION),
    # the key named as a lack is a problem
    ("問題的關鍵是政府的土地儲備不足。", asp.CHALLENGE),
])
def test_commentary_names_the_authorities_action_as_the_key_or_a_necessary_choice(sentence, expected):
    assert _prose(sentence) == expected


def test_a_heading_that_numbers_a_problem_label_states_the_problem_after_it():
    text = ("施政報告要回答的兩大矛盾\n\n"
            "今年的施政報告必須回應社會的深層次矛盾。\n\n"
            "矛盾一：房屋短缺　劏房戶激增\n\n"
            "公屋輪候時間長達六年，不少家庭被迫租住劏房，租金佔收入近一半。\n\n"
            "矛盾二：安老服務不足\n\n"
            "資助院舍宿位輪候時間超過三年，家屬只能自行照顧。\n")
    challenges, _ = _points(text)
    assert any(c.startswith("房屋短缺") for c in challenges)
    assert "安老服務不足" in challenges
    assert not any(c.startswith("矛盾") for c in challenges)


@pytest.mark.parametrize("heading, expected", [
    ("矛盾一：貧富懸殊持續惡化", 4),
    ("建議三：設立獨立的投訴機制", 4),
    ("存在問題：", 0),  # a label with nothing after it
    ("矛盾一：主要問題", 0),  # the text after the label names a section
    ("一、存在的問題", 0),
])
def test_labelled_statement(heading, expected):
    from summarizer import points
    assert points.labelled_statement(simplified_view(heading)) == expected


@pytest.mark.parametrize("heading, expected", [
    ("當前困局", asp.CHALLENGE),
    ("發展的窒礙", asp.CHALLENGE),
    ("社區的隱憂", asp.CHALLENGE),
    ("解決方案", asp.RECOMMENDATION),
    ("改善方案", asp.RECOMMENDATION),
    ("方案", None),
])
def test_hong_kong_and_taiwan_section_headings(heading, expected):
    assert asp.heading_aspect(simplified_view(heading)) == expected


def test_sections_headed_in_hong_kong_words_give_their_items():
    text = ("社區回收的困局與出路\n\n"
            "## 當前困局\n\n"
            "1. 回收桶數量不足，住戶經常找不到地方棄置回收物。\n"
            "2. 清潔工人人手短缺，回收物積壓多日。\n\n"
            "## 解決方案\n\n"
            "1. 增設回收桶，每層設置一個回收點。\n"
            "2. 聘請兩名兼職清潔工人負責回收。\n")
    challenges, recommendations = _points(text)
    assert any(c.startswith("回收桶數量不足") for c in challenges)
    assert any(c.startswith("清潔工人人手短缺") for c in challenges)
    assert any(r.startswith("增設回收桶") for r in recommendations)
    assert any(r.startswith("聘請兩名兼職清潔工人") for r in recommendations)


def test_a_decimal_point_between_chinese_numerals_ends_no_sentence():
    from summarizer.sentences import split_sentences
    texts = [s.text for s in split_sentences("長照三．〇提出擴大機構式照顧。長照二．０的人力不足。一.加強管理。二.完善制度。")]
    assert texts == ["長照三．〇提出擴大機構式照顧。", "長照二．０的人力不足。", "一.加強管理。", "二.完善制度。"]


@pytest.mark.parametrize("sentence", ["政府應盡快制訂長者服務計劃。", "政府应尽快制订长者服务计划。", "政府應盡快制定長者服務計劃。"])
def test_zhiding_in_either_spelling_proposes(sentence):
    # 制訂 (Hong Kong and Taiwan) reads as 制订 in the Simplified view, the variant of 制定 (sections16's finding)
    assert _prose(sentence) == asp.RECOMMENDATION
