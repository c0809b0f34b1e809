/* summarizer web page: paste or upload a document, call the service's API, show each essay's summary,
 * challenges and recommendations beside the original text, and highlight a point's source span on click.
 *
 * Plain JavaScript, no build step, no request to any host but this service. API offsets (start/end) are
 * Unicode code points into the decoded original input (Python str indices); JavaScript strings are UTF-16,
 * so they are converted before slicing (see codePointIndex). */
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const form = $("form");
  const textArea = $("text");
  const fileInput = $("file");
  const submitButton = $("submit");
  const cancelButton = $("cancel");
  const progressBar = $("progress-bar");
  const statusText = $("status-text");
  const errorBox = $("error");
  const result = $("result");
  const essaysBox = $("essays");
  const original = $("original");
  const originalScroll = $("original-scroll");
  const selectionInfo = $("selection-info");
  const backButton = $("back-to-point");
  const copyStatus = $("copy-status");

  const OPTION_FIELDS = ["max_points", "max_point_chars", "summary_chars"];
  const ASPECTS = [["challenges", "挑战"], ["recommendations", "建议"]];
  const THEME_ASPECTS = [["challenges", "共性问题"], ["recommendations", "共性建议"]];
  const MARKDOWN_THEMES = 10;  // shared themes per aspect, as summarizer.collection.MARKDOWN_THEMES
  const MARKDOWN_ESSAYS_NAMED = 12;  // summarizer.collection.MARKDOWN_ESSAYS_NAMED
  const ERROR_TITLES = {
    empty_input: "没有可以摘要的文字",
    input_too_large: "输入太长",
    body_too_large: "请求太大",
    decode_error: "无法读取这个文件",
    unsupported_format: "不支持的文件格式",
    no_text_layer: "这个 PDF 没有文字层（可能是扫描件，请先做 OCR）",
    validation_error: "参数有误",
    bad_request: "请求无法解析",
    model_not_available: "生成式模型不可用",
    unknown_model: "没有这个模型",
    busy: "服务正忙，请稍后再试",
    timeout: "处理超时",
    column_not_found: "表格里没有这一列",
    read_timeout: "上传超时，连接已断开",
    worker_died: "处理进程意外退出，请重试",
    internal_error: "服务内部错误",
    network_error: "无法连接服务",
  };

  const state = {
    data: null,          // the API's answer (DocumentSummary, plus `text` for an upload)
    text: "",            // the original text every offset points into
    toUnit: (i) => i,    // code point offset -> UTF-16 index into state.text
    points: [],          // [{label, spans, button}] by data-point id
    active: null,        // the point button last clicked
    xhr: null,
    timer: null,
    started: 0,
  };

  // ---------------------------------------------------------------- input: paste or file

  function mode() {
    return form.querySelector('input[name="mode"]:checked').value;
  }

  function setMode(value) {
    form.querySelector(`input[name="mode"][value="${value}"]`).checked = true;
    $("paste-pane").hidden = value !== "paste";
    $("file-pane").hidden = value !== "file";
  }

  form.querySelectorAll('input[name="mode"]').forEach((radio) =>
    radio.addEventListener("change", () => setMode(mode())));

  function countChars() {
    $("text-count").textContent = `${Array.from(textArea.value).length.toLocaleString("zh-CN")} 字`;
  }
  textArea.addEventListener("input", countChars);

  function describeFile() {
    const file = fileInput.files[0];
    $("file-info").textContent = file
      ? `${file.name} · ${formatBytes(file.size)}`
      : "未选择文件";
    $("table-pane").hidden = !(file && isTable(file.name));
  }

  // A .csv/.tsv upload may name its body and title columns (csv_column, csv_title_column).
  function isTable(name) {
    return /\.(csv|tsv)$/i.test(name);
  }
  fileInput.addEventListener("change", describeFile);

  function formatBytes(n) {
    if (n < 1024) return `${n} 字节`;
    if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
    return `${(n / 1024 / 1024).toFixed(1)} MB`;
  }

  // A file dropped anywhere on the form is uploaded.
  ["dragenter", "dragover"].forEach((type) => form.addEventListener(type, (event) => {
    if (event.dataTransfer && Array.from(event.dataTransfer.types).includes("Files")) {
      event.preventDefault();
      form.classList.add("dragging");
    }
  }));
  form.addEventListener("dragleave", (event) => {
    if (!form.contains(event.relatedTarget)) form.classList.remove("dragging");
  });
  form.addEventListener("drop", (event) => {
    form.classList.remove("dragging");
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    const transfer = new DataTransfer();
    transfer.items.add(event.dataTransfer.files[0]);
    fileInput.files = transfer.files;
    setMode("file");
    describeFile();
  });

  // ---------------------------------------------------------------- request

  function options() {
    const values = { method: $("method").value };
    for (const name of OPTION_FIELDS) {
      const raw = $(name).value.trim();
      if (raw !== "") values[name] = Number(raw);
    }
    return values;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (state.xhr) return;
    clearError();
    let url, body, pasted = null;
    if (mode() === "paste") {
      pasted = textArea.value;
      if (pasted === "") {
        showError({ type: "empty_input", message: "请先粘贴要摘要的文本。", field: "text" });
        return;
      }
      url = "/v1/summarize";
      body = JSON.stringify({ text: pasted, ...options() });
    } else {
      const file = fileInput.files[0];
      if (!file) {
        showError({ type: "empty_input", message: "请先选择一个文件。", field: "file" });
        return;
      }
      url = "/v1/summarize/file";
      body = new FormData();
      body.append("file", file, file.name);
      body.append("format", $("format").value);
      body.append("include_text", "true");
      if (isTable(file.name)) {
        for (const [id, name] of [["csv-column", "csv_column"], ["csv-title-column", "csv_title_column"]]) {
          const value = $(id).value.trim();
          if (value) body.append(name, value);
        }
      }
      for (const [name, value] of Object.entries(options())) body.append(name, String(value));
    }
    startProgress(mode() === "file");
    let answer;
    try {
      answer = await post(url, body);
    } catch (error) {
      stopProgress(error.name === "AbortError" ? "已取消。" : "");
      if (error.name !== "AbortError") {
        showError({ type: "network_error", message: "请求没有得到回应：服务是否还在运行？" });
      }
      return;
    }
    const seconds = (performance.now() - state.started) / 1000;
    let data = null;
    try {
      data = JSON.parse(answer.text);
    } catch (_) {
      data = null;
    }
    if (answer.status !== 200 || !data || !Array.isArray(data.essays)) {
      stopProgress("");
      const error = (data && data.error) || {
        type: `http_${answer.status}`,
        message: `服务返回了 HTTP ${answer.status}，不是可读的结果。`,
      };
      showError({ ...error, status: answer.status, requestId: answer.requestId });
      return;
    }
    stopProgress(`完成，用时 ${seconds.toFixed(1)} 秒。`);
    const text = pasted !== null ? pasted : data.text;
    showResult(data, typeof text === "string" ? text : "", seconds);
  });

  function post(url, body) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      state.xhr = xhr;
      xhr.open("POST", url);
      if (typeof body === "string") xhr.setRequestHeader("Content-Type", "application/json");
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable && event.total > 0) {
          progressBar.max = event.total;
          progressBar.value = event.loaded;
          statusText.textContent = `上传中 ${Math.round((event.loaded / event.total) * 100)}%`;
        }
      });
      xhr.upload.addEventListener("load", working);
      xhr.addEventListener("load", () => {
        state.xhr = null;
        resolve({ status: xhr.status, text: xhr.responseText, requestId: xhr.getResponseHeader("X-Request-ID") });
      });
      xhr.addEventListener("error", () => {
        state.xhr = null;
        reject(Object.assign(new Error("network"), { name: "NetworkError" }));
      });
      xhr.addEventListener("abort", () => {
        state.xhr = null;
        reject(Object.assign(new Error("aborted"), { name: "AbortError" }));
      });
      xhr.send(body);
    });
  }

  cancelButton.addEventListener("click", () => {
    if (state.xhr) state.xhr.abort();
  });

  // ---------------------------------------------------------------- progress

  function startProgress(upload) {
    state.started = performance.now();
    submitButton.disabled = true;
    form.setAttribute("aria-busy", "true");
    cancelButton.hidden = false;
    progressBar.hidden = false;
    progressBar.removeAttribute("value");
    statusText.textContent = upload ? "上传中……" : "正在生成摘要……";
    state.timer = window.setInterval(tick, 1000);
  }

  // The body is sent: the rest is the server's work (a large document takes seconds).
  function working() {
    progressBar.removeAttribute("value");
    tick();
  }

  function tick() {
    const seconds = Math.round((performance.now() - state.started) / 1000);
    statusText.textContent = `正在生成摘要……已用 ${seconds} 秒`;
  }

  function stopProgress(message) {
    window.clearInterval(state.timer);
    state.timer = null;
    submitButton.disabled = false;
    form.removeAttribute("aria-busy");
    cancelButton.hidden = true;
    progressBar.hidden = true;
    statusText.textContent = message;
  }

  // ---------------------------------------------------------------- errors

  function clearError() {
    errorBox.hidden = true;
    errorBox.textContent = "";
    form.querySelectorAll("[aria-invalid]").forEach((el) => {
      el.removeAttribute("aria-invalid");
      el.removeAttribute("aria-errormessage");
    });
  }

  function showError(error) {
    errorBox.textContent = "";
    const title = document.createElement("strong");
    title.className = "error__title";
    title.textContent = ERROR_TITLES[error.type] || "请求失败";
    const message = document.createElement("p");
    message.className = "error__message";
    message.textContent = error.message || "";
    const facts = document.createElement("p");
    facts.className = "error__facts";
    const parts = [`代码 ${error.type}`];
    if (error.field) parts.push(`字段 ${error.field}`);
    if (error.status) parts.push(`HTTP ${error.status}`);
    if (error.requestId) parts.push(`请求 ${error.requestId}`);
    facts.textContent = parts.join(" · ");
    errorBox.append(title, message, facts);
    errorBox.hidden = false;
    const control = error.field && document.getElementById(error.field);
    if (control && form.contains(control)) {
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-errormessage", "error");
    }
  }

  // ---------------------------------------------------------------- result

  // Code point offset -> UTF-16 index: the identity unless the text has characters outside the BMP.
  function codePointIndex(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (i) => Math.min(i, text.length);
    const units = new Uint32Array(text.length + 1);
    let cp = 0;
    let unit = 0;
    for (const ch of text) {
      units[cp++] = unit;
      unit += ch.length;
    }
    units[cp] = unit;
    return (i) => units[Math.min(Math.max(i, 0), cp)];
  }

  const FALLBACK_LABELS = {
    empty: "生成为空", script: "文字不符", copy: "重复抄录", repetition: "循环重复", length: "超出长度",
    support: "原文支持不足",
  };

  const WARNING_LABELS = {
    truncated_character: "文件末尾的字符被截断，原文中显示为 \ufffd",
    invalid_bytes: "文件中有无效字节，原文中显示为 \ufffd",
    doubtful_encoding: "无法确定文件编码（读出的文字不像中文），摘要可能是乱码",
    cp1252_punctuation: "文件中的 Windows-1252 引号或破折号已按标点读出",
    wrong_charset: "网页声明的字符编码与内容不符，已按检测到的编码读取",
  };

  function showResult(data, text, seconds) {
    state.data = data;
    state.text = text;
    state.toUnit = codePointIndex(text);
    state.points = [];
    state.active = null;
    essaysBox.textContent = "";
    const facts = [
      `${data.chars.toLocaleString("zh-CN")} 字`,
      `编码 ${data.encoding}`,
      data.format ? `格式 ${data.format}` : null,
      `方法 ${data.method}`,
      `${data.essays.length} 篇`,
      `用时 ${seconds.toFixed(1)} 秒`,
    ].filter(Boolean);
    if (data.source) facts.unshift(data.source);
    // Each fact kept on one line at phone width (CJK text may otherwise break anywhere).
    const meta = $("result-meta");
    meta.textContent = "";
    facts.forEach((fact, i) => {
      if (i) meta.append(" · ");
      meta.append(el("span", "fact", fact));
    });
    // seq2seq: generated texts that failed a check were replaced by the extractive text; say so and why
    const fallbacks = (data.generation && data.generation.fallbacks) || {};
    const reasons = Object.entries(fallbacks).filter(([, n]) => n > 0);
    if (reasons.length) {
      const total = reasons.reduce((sum, [, n]) => sum + n, 0);
      const why = reasons.map(([reason, n]) => `${FALLBACK_LABELS[reason] || reason} ${n}`).join("，");
      meta.append(" · ");
      meta.append(el("span", "fact fallback-note",
        `${total} 处生成结果未通过检查，已改用原文摘录（${why}）`));
    }
    // decoding replaced something (a cut-off last character, invalid bytes): each is one U+FFFD in the text
    for (const warning of data.warnings || []) {
      meta.append(" · ");
      const note = el("span", "fact decode-warning", `⚠ ${WARNING_LABELS[warning.type] || warning.type}`);
      note.title = warning.message;
      meta.append(note);
    }
    if (!data.essays.length) {
      const none = document.createElement("p");
      none.textContent = "没有找到文章。";
      essaysBox.append(none);
    }
    if (data.collection) essaysBox.append(collectionCard(data.collection));
    data.essays.forEach((essay) => essaysBox.append(essayCard(essay)));
    original.textContent = text;
    originalScroll.scrollTop = 0;
    selectionInfo.textContent = "点击左侧任一要点，在原文中高亮它的出处。";
    backButton.hidden = true;
    copyStatus.textContent = "";
    result.hidden = false;
    $("result-heading").setAttribute("tabindex", "-1");
    $("result-heading").focus({ preventScroll: false });
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function pointButton(point, label, className) {
    const id = state.points.length;
    const button = el("button", className, point.text);
    button.type = "button";
    button.dataset.point = String(id);
    button.dataset.start = String(point.start);
    button.dataset.end = String(point.end);
    button.setAttribute("aria-pressed", "false");
    const spans = point.sources && point.sources.length ? point.sources : [{ start: point.start, end: point.end }];
    state.points.push({ label, spans, button });
    return button;
  }

  // Essay names of a collection's themes: "2" within one document, "id#2" across a batch's documents.
  function essayNames(collection, theme) {
    const refs = collection.essays || [];
    const names = theme.essays.slice(0, MARKDOWN_ESSAYS_NAMED).map((k) => (refs[k].document != null
      ? `${refs[k].document}#${refs[k].essay + 1}` : String(refs[k].essay + 1)));
    const own = theme.essays.every((k) => refs[k].document == null);
    const more = theme.essays.length > MARKDOWN_ESSAYS_NAMED ? " 等" : "";  // as collection.markdown_lines
    return (own ? `第 ${names.join("、")} 篇` : names.join("、")) + more;
  }

  // "；4 条中 2 条含此语" when not every member point holds the label (summarizer.collection._held_note).
  function heldNote(theme) {
    const held = theme.label_points, members = (theme.points || []).length;
    return held == null || held >= members ? "" : `；${members} 条中 ${held} 条含此语`;
  }

  function sharedThemes(collection, key) {
    return (collection[key] || []).filter((t) => t.essay_count >= 2).slice(0, MARKDOWN_THEMES);
  }

  // The themes several essays share (共性问题 / 共性建议): label, essay count, and each member point (clickable).
  function collectionCard(collection) {
    const total = (collection.essays || []).length;
    const card = el("section", "collection");
    card.id = "collection";
    card.setAttribute("aria-labelledby", "collection-title");
    const title = el("h3", "collection__title", `共性问题与建议 · ${total} 篇`);
    title.id = "collection-title";
    card.append(title);
    for (const [key, name] of THEME_ASPECTS) {
      const themes = sharedThemes(collection, key);
      const section = el("section", `aspect aspect--${key} themes`);
      section.dataset.aspect = key;
      const heading = el("h4", "aspect__title", name);
      heading.append(el("span", "aspect__count", String(themes.length)));
      section.append(heading);
      if (!themes.length) {
        section.append(el("p", "empty", "（没有两篇以上共有的要点）"));
      } else {
        const list = el("ol", "themes__list");
        themes.forEach((theme, i) => {
          const item = el("li", "theme");
          const head = el("p", "theme__head");
          head.append(el("span", "theme__label", theme.label), " ",
            el("span", "theme__count", `${theme.essay_count}/${total} 篇（${essayNames(collection, theme)}${heldNote(theme)}）`));
          item.append(head);
          const members = el("ul", "points theme__points");
          theme.points.forEach((p) => {
            const ref = collection.essays[p.essay];
            const n = ref.essay + 1;
            const li = el("li");
            li.append(pointButton({ text: `第 ${n} 篇：${p.text}`, start: p.start, end: p.end },
              `${name} ${i + 1} · 第 ${n} 篇`, "point"));
            members.append(li);
          });
          item.append(members);
          list.append(item);
        });
        section.append(list);
      }
      card.append(section);
    }
    return card;
  }

  function essayCard(essay) {
    const n = essay.index + 1;
    const card = el("article", "essay");
    card.id = `essay-${essay.index}`;
    card.setAttribute("aria-labelledby", `essay-${essay.index}-title`);
    const head = el("header", "essay__head");
    const title = el("h3", "essay__title");
    title.id = `essay-${essay.index}-title`;
    title.append(el("span", "essay__index", String(n)), document.createTextNode(essay.title || "（无标题）"));
    const where = pointButton({ text: `原文位置 [${essay.start}, ${essay.end})`, start: essay.start, end: essay.end },
      `第 ${n} 篇全文`, "link-button essay__where");
    head.append(title, where);
    card.append(head);

    const summary = el("section", "aspect aspect--summary");
    summary.dataset.aspect = "summary";
    summary.append(el("h4", "aspect__title", "摘要"));
    const sentences = essay.summary_sentences || [];
    const paragraph = el("p", "summary");
    if (sentences.length && sentences.map((p) => p.text).join("") === essay.summary) {
      sentences.forEach((p, i) => paragraph.append(pointButton(p, `第 ${n} 篇 · 摘要第 ${i + 1} 句`, "point point--inline")));
    } else {
      paragraph.textContent = essay.summary || "（无）";
    }
    summary.append(paragraph);
    if (sentences.length && paragraph.firstChild && paragraph.firstChild.nodeType === Node.TEXT_NODE) {
      const list = el("ol", "points");
      sentences.forEach((p, i) => {
        const item = el("li");
        item.append(pointButton(p, `第 ${n} 篇 · 摘要出处 ${i + 1}`, "point"));
        list.append(item);
      });
      summary.append(list);
    }
    card.append(summary);

    const keyphrases = essay.keyphrases || [];
    if (keyphrases.length) {
      const section = el("section", "aspect aspect--keyphrases");
      section.dataset.aspect = "summary";
      section.append(el("h4", "aspect__title", "关键词"));
      const row = el("p", "keyphrases");
      keyphrases.forEach((k, i) => {
        if (i) row.append(" · ");
        const first = k.occurrences[0];
        row.append(pointButton({ text: k.text, start: first.start, end: first.end, sources: k.occurrences },
          `第 ${n} 篇 · 关键词「${k.text}」${k.occurrences.length} 处`, "point point--inline keyphrase"));
      });
      section.append(row);
      card.append(section);
    }

    for (const [key, name] of ASPECTS) {
      const points = essay[key] || [];
      const section = el("section", `aspect aspect--${key}`);
      section.dataset.aspect = key;
      const heading = el("h4", "aspect__title", name);
      heading.append(el("span", "aspect__count", String(points.length)));
      section.append(heading);
      if (!points.length) {
        section.append(el("p", "empty", "（无）"));
      } else {
        const list = el("ol", "points");
        points.forEach((p, i) => {
          const item = el("li");
          item.append(pointButton(p, `第 ${n} 篇 · ${name} ${i + 1}`, "point"));
          list.append(item);
        });
        section.append(list);
      }
      card.append(section);
    }
    return card;
  }

  essaysBox.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-point]");
    if (button) select(state.points[Number(button.dataset.point)]);
  });

  // Spans sorted and merged, in code points.
  function mergeSpans(spans) {
    const sorted = spans.map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged = [];
    for (const [start, end] of sorted) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged;
  }

  function select(point) {
    if (state.active) state.active.setAttribute("aria-pressed", "false");
    state.active = point.button;
    point.button.setAttribute("aria-pressed", "true");
    const text = state.text;
    original.textContent = "";
    let pos = 0;
    let first = null;
    for (const [start, end] of mergeSpans(point.spans)) {
      const a = Math.max(state.toUnit(start), pos);
      const b = Math.max(state.toUnit(end), a);
      if (a > pos) original.append(text.slice(pos, a));
      const mark = el("mark", "highlight", text.slice(a, b));
      mark.dataset.start = String(start);
      mark.dataset.end = String(end);
      original.append(mark);
      if (!first) first = mark;
      pos = b;
    }
    original.append(text.slice(pos));
    const ranges = point.spans.map((s) => `[${s.start}, ${s.end})`).join("、");
    selectionInfo.textContent = `${point.label} · 原文 ${ranges}`;
    backButton.hidden = false;
    if (first) reveal(first);
  }

  function reveal(mark) {
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const paneTop = originalScroll.getBoundingClientRect().top;
    if (paneTop < 0 || paneTop > window.innerHeight * 0.6) {
      // The original is below the points (phone width) or scrolled away: bring it into view first.
      $("original-heading").scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    }
    // Measured after that scroll (done at once without smooth scrolling): the mark's place inside the pane.
    const top = mark.getBoundingClientRect().top - originalScroll.getBoundingClientRect().top + originalScroll.scrollTop;
    originalScroll.scrollTo({ top: Math.max(0, top - originalScroll.clientHeight / 3),
      behavior: smooth ? "smooth" : "auto" });
  }

  backButton.addEventListener("click", () => {
    if (state.active) {
      state.active.scrollIntoView({ block: "center" });
      state.active.focus();
    }
  });

  // ---------------------------------------------------------------- filter

  result.querySelectorAll('input[name="aspect"]').forEach((radio) =>
    radio.addEventListener("change", () => { essaysBox.dataset.filter = radio.value; }));
  essaysBox.dataset.filter = "all";

  // ---------------------------------------------------------------- copy and download

  // The same Markdown as the command line's `--format markdown` (summarizer.cli.render_markdown).
  function markdown(record) {
    const lines = [`# ${record.source || "(input)"}`, ""];
    const essays = record.essays || [];
    lines.push(`${record.chars || 0} 字 · 编码 ${record.encoding} · 方法 ${record.method} · ${essays.length} 篇`, "");
    for (const warning of record.warnings || []) lines.push(`> ⚠ ${warning.message}`, "");  // as the CLI writes them
    const collection = record.collection;
    if (collection) {  // summarizer.collection.markdown_lines
      for (const [key, name] of THEME_ASPECTS) {
        lines.push(`## ${name}`, "");
        const themes = sharedThemes(collection, key);
        if (!themes.length) lines.push("- （无）");
        for (const t of themes) {
          lines.push(`- ${t.label} — ${t.essay_count}/${collection.essays.length} 篇（${essayNames(collection, t)}${heldNote(t)}）`);
        }
        lines.push("");
      }
    }
    for (const essay of essays) {
      lines.push(`## ${essay.index + 1}. ${essay.title || "（无标题）"}`, "",
        `字符范围 [${essay.start}, ${essay.end})`, "",
        `**摘要**：${essay.summary || "（无）"}`, "");
      const keyphrases = essay.keyphrases || [];
      if (keyphrases.length) lines.push(`**关键词**：${keyphrases.map((k) => k.text).join("、")}`, "");
      for (const [key, name] of ASPECTS) {
        lines.push(`### ${name}`, "");
        const points = essay[key] || [];
        if (!points.length) lines.push("- （无）");
        for (const p of points) lines.push(`- ${p.text} \`[${p.start}, ${p.end})\``);
        lines.push("");
      }
    }
    return lines.join("\n");
  }

  function baseName() {
    const source = state.data && state.data.source;
    const stem = source ? source.replace(/\.[^.]*$/, "").replace(/[\\/:*?"<>|\s]+/g, "_") : "";
    return stem || "pasted-text";
  }

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = el("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  $("download-md").addEventListener("click", () => {
    if (state.data) download(`${baseName()}.summary.md`, "text/markdown;charset=utf-8", markdown(state.data));
  });

  $("download-json").addEventListener("click", () => {
    if (state.data) {
      download(`${baseName()}.summary.json`, "application/json", `${JSON.stringify(state.data, null, 2)}\n`);
    }
  });

  $("copy-md").addEventListener("click", async () => {
    if (!state.data) return;
    const text = markdown(state.data);
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch (_) {
      const scratch = el("textarea");
      scratch.value = text;
      scratch.setAttribute("readonly", "");
      scratch.className = "offscreen";
      document.body.append(scratch);
      scratch.select();
      ok = document.execCommand("copy");
      scratch.remove();
    }
    copyStatus.textContent = ok ? "已复制 Markdown。" : "复制失败：请改用下载。";
  });

  // Exposed for tests and the curious: the Markdown the buttons copy and download.
  window.summarizerPage = { markdown: () => (state.data ? markdown(state.data) : null) };

  setMode(mode());
  countChars();
  describeFile();
})();
