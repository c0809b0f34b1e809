"""A long single page is not split into essays at its furniture, and quoted documents give no points (Part 73,
w73): a gov.cn metadata table's field values (``成文日期：`` ⏎ ``2018年12月18日`` ⏎ ``标　　题：``) are no dated posts and
a field label titles no piece; a timeline appendix of ``9:20pm：…（有线新闻）`` entries is no page of signed pieces; the
lines under ``文件来源：…`` lines and runs of wholly quoted paragraphs quote documents. Texts of the tests' own."""

from summarizer.essays import bare_separator_bounds, metadata_table_end, signature_bounds, split_essays
from summarizer.pipeline import summarize

# a State Council page: crumb, the metadata table (label lines, their values on the next line), the decree signed
# and dated, then the regulation it promulgates
META = ("首页 > 政策 > 国务院文件\n索 引 号：\n000014349/2018-00218\n主题分类：\n财政\\\\税务\n发文机关：\n国务院\n"
        "成文日期：\n2018年12月18日\n标　　题：\n某某条例实施细则\n发文字号：\n国令第7号\n发布日期：\n2018年12月22日\n"
        "主 题 词：\n某某省人民政府令\n第7号\n现公布修订后的《某某条例实施细则》，自2019年1月1日起施行，请各地各部门认真遵照执行。\n"
        "省长　张三\n2018年12月18日\n某某条例实施细则\n"
        "第一条 为了规范某某事项的管理，保障当事人的合法权益，根据有关法律，制定本细则。\n"
        "第二条 本细则所称某某事项，是指在本行政区域内从事的各类经营活动和与之相关的服务活动。\n"
        "第三条 县级以上人民政府有关部门应当按照各自职责，做好某某事项的监督管理工作，及时处理群众投诉。\n"
        "第四条 本细则自2019年1月1日起施行。\n")

# a readers' inquiry and its timeline appendix: each entry opens with a clock time and closes with its source
TIMELINE = ("民间调查报告指出，警方当晚的部署存在严重缺失，市民多次报警仍然无人理会，事后的交代也含糊不清。"
            "我们认为必须成立独立调查委员会，彻底查明真相。\n附录：事件时间线\n"
            "7:00pm：南边围村外聚集数十人（网友目击）\n"
            "7:30pm：区议员通知警长街上有人手持木棍，对方称已知悉（有线新闻）\n"
            "8:49pm：一群人于休憩处聚集，附近商户纷纷拉下铁闸关门（网友目击）\n"
            "9:09pm：车站闸外有五六人徘徊，有人表示「是否回上水？」（网友目击及有相为证）\n"
            "9:20pm：有人于休憩处被打（有线新闻）\n"
            "9:50pm：有人于休憩处、明渠附近被打，伤者头部流血倒地，途人报警后等候多时（Now新闻）\n"
            "10:05pm：南边围村有人聚集，手持藤条及木棍，向车站方向走去，沿途有市民拍摄（网友目击）\n"
            "10:26pm：一辆警车经过附近街道，没有停下查问任何人便驶离现场（网友目击）\n")


def test_metadata_table_values_are_no_dated_posts():
    # (before: the 发布日期 value's next label 主 题 词： and the decree's date titled two more essays: 3 essays)
    assert bare_separator_bounds(META) == []
    assert len(split_essays(META)) == 1
    assert len(summarize(META).essays) == 1


def test_metadata_table_is_no_part_of_the_essay():
    # the table ends after its last label (主 题 词：); the one essay starts at the decree under it
    end = metadata_table_end(META)
    assert META[:end].endswith("主 题 词：\n")
    (essay,) = split_essays(META)
    assert META[essay.start:].startswith("某某省人民政府令")
    # a page of labelled paragraphs is no table: their values are sentences
    notes = "社区调研\n问题：\n老人就医不便。\n原因：\n诊所太少。\n对策：\n增设诊所。\n结论：\n需要投入。\n"
    assert metadata_table_end(notes) == 0
    assert split_essays(notes)[0].start == 0


def test_timeline_entry_titles_no_signed_piece():
    # (before: the entry after 「…？」（网友目击及有相为证） titled a second essay, 9:20pm：有人于休憩处被打（有线新闻）)
    assert signature_bounds(TIMELINE) == []
    assert len(summarize(TIMELINE).essays) == 1


def test_dated_posts_still_split():
    # a blog page whose posts open with a date line and a title still splits: the date is no field's value
    post = "今天去了图书馆，借了几本书，看到很多学生在认真读书，心里很受触动，也想起了自己的学生时代。\n"
    page = ("2008-07-06\n图书馆见闻\n" + post * 2 + "2008-07-08\n雨天散步\n" + post * 2
            + "2008-07-10\n读书笔记\n" + post * 2)
    assert len(split_essays(page)) == 3


def test_cited_document_excerpts_are_quotations():
    from summarizer.points import cited_excerpt_spans, in_cited_excerpt
    text = ("作者按：以下摘录两份旧文件。\n文件来源：某省委的信（1928年3月）\n内容摘要：应当立即发动农民。\n\n"
            "文件来源：某特委大纲（1928年5月）\n内容摘要：必须完成土地分配。\n以上资料来源：《某某文献选编》。\n"
            "笔者认为，今天应当正视这段历史。\n")
    spans = cited_excerpt_spans(text)
    assert [text[a:b].strip() for a, b in spans] == ["内容摘要：应当立即发动农民。", "内容摘要：必须完成土地分配。"]
    assert in_cited_excerpt(text, text.index("应当立即"))
    assert not in_cited_excerpt(text, text.index("笔者认为"))
    # one source line is a byline: the article under it is the author's own
    byline = "文件来源：某某日报\n政府应当加快建设公共租赁住房。\n"
    assert cited_excerpt_spans(byline) == ()



def test_new_readers_stay_linear():
    from costs import assert_linear

    from summarizer.points import cited_excerpt_spans
    assert_linear(lambda n: metadata_table_end("标题：\n值\n" * n), 2_500, "a metadata table of many fields")
    assert_linear(lambda n: cited_excerpt_spans("文件来源：某信（1928年）\n内容：应当发动。\n" * n + "x"), 2_500,
                  "many cited documents")
    from summarizer.points import block_quote_spans
    assert_linear(lambda n: block_quote_spans("「应该做。」\n" * n + "x"), 2_500, "many quoted paragraphs")
    assert_linear(lambda n: signature_bounds("".join(f"{i % 12}:{i % 60:02d}pm：有人被打「快跑！」（新闻）\n"
                                                     for i in range(n))), 1_000, "a long timeline")


def test_block_quotation_paragraphs_are_no_points():
    from summarizer.points import block_quote_spans, in_cited_excerpt
    quoted = ("「執法人員必須在別無選擇的情況下，才可使用武器驅散集會人士。」\n\n"
              "「應給予時間讓集會人士遵從警告，並確保有安全路線離開。」\n\n"
              "「使用此類武器時，必須審慎考慮對旁觀者的影響。」\n\n")
    text = ("監察機構的報告引述國際指引，批評警方做法。\n\n" + quoted
            + "「政府應該盡快成立獨立調查委員會。」議員說。\n")
    (span,) = block_quote_spans(text)
    assert text[span[0]:span[1]].startswith("「執法人員") and text[span[1] - 1] == "」"
    assert in_cited_excerpt(text, text.index("應給予時間"))
    # an attributed quotation is the speaker's words, a point of the page; two quoted paragraphs are no block
    assert not in_cited_excerpt(text, text.index("政府應該"))
    assert block_quote_spans("「甲應該做。」\n\n「乙應該做。」\n") == ()
    recs = [p.text for e in summarize(text).essays for p in e.recommendations]
    assert not any("別無選擇" in p or "安全路線" in p for p in recs)
    # a speaker's list announced by his lead-in is his; a titled document's text announced so is quoted
    assert block_quote_spans("他坦誠地指出了幾個關鍵問題：\n" + quoted) == ()
    assert len(block_quote_spans("報告引述《某某指引》內容，重點包括：\n" + quoted)) == 1
