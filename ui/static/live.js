// The live trace page: run a case over SSE, or as a review thread with approve / edit.
// The API key lives in sessionStorage and travels only in the X-API-Key header.
import {
  STAGES, STAGE_LABEL, decisionOf, el, ledgerByStage, openCitation, renderSummary,
  renderTrace, summarise,
} from "./render.js";

const $ = (id) => document.getElementById(id);
const KEY = "er-reasoner-api-key";
const REVIEWER = "er-reasoner-reviewer";
let demoCases = [];
let notes = new Map();
let thread = null;

function headers(json = true) {
  const h = json ? { "Content-Type": "application/json" } : {};
  const key = $("api-key").value.trim();
  if (key) h["X-API-Key"] = key;
  return h;
}

function setStatus(text) { $("status").textContent = text; }

function showErrors(target, body, fallback) {
  target.replaceChildren();
  const msg = (body && body.message) || fallback;
  const details = (body && body.details) || [];
  target.append(el("p", { text: msg }));
  if (details.length) {
    target.append(el("ul", { class: "errors" },
      details.map((d) => el("li", { text: `${(d.loc || []).join(".")}: ${d.msg}` }))));
  }
}

async function api(path, options = {}) {
  const res = await fetch(path, { ...options, headers: headers(options.body !== undefined) });
  let body = null;
  try { body = await res.json(); } catch { body = null; }
  return { ok: res.ok, status: res.status, body };
}

async function loadDemo() {
  const r = await api("../demo/cases");
  if (!r.ok) {
    setStatus(r.status === 401
      ? "The server needs an API key: enter it above and press “Load demo cases”."
      : `Could not load the demo cases (HTTP ${r.status}).`);
    return;
  }
  demoCases = r.body.cases;
  const sel = $("demo");
  sel.replaceChildren(el("option", { value: "", text: "Paste a case below, or pick a demo case" }));
  demoCases.forEach((c, i) => sel.append(el("option", { value: String(i), text: c.label })));
  setStatus(`${demoCases.length} demo cases loaded.`);
}

function requestBody() {
  let parsed;
  try { parsed = JSON.parse($("case-json").value); } catch (e) {
    throw new Error(`The case is not valid JSON: ${e.message}`);
  }
  if (!parsed || typeof parsed !== "object") throw new Error("The case must be a JSON object.");
  const body = ["case", "row", "fhir"].some((k) => k in parsed) ? parsed : { case: parsed };
  notes = new Map(((body.case && body.case.prior_notes) || []).map((n) => [n.note_key, n]));
  return body;
}

function onCite(citation) { openCitation($("note"), citation, notes.get(citation.note_key)); }

function renderCaseHead(body) {
  const box = $("case-head");
  box.replaceChildren();
  const c = body.case;
  if (!c) return;
  const d = c.demographics || {};
  const v = c.vitals || {};
  const vit = [
    v.heart_rate != null && `HR ${v.heart_rate}`,
    v.systolic_bp != null && `BP ${v.systolic_bp}/${v.diastolic_bp ?? "?"}`,
    v.respiratory_rate != null && `RR ${v.respiratory_rate}`,
    v.spo2 != null && `SpO₂ ${v.spo2}%`,
    v.temperature_c != null && `T ${v.temperature_c} °C`,
  ].filter(Boolean).join(" · ");
  box.append(
    el("h2", { text: `${d.age ?? "?"} y, ${d.sex ?? "sex unknown"} — ${c.chief_complaint || "no chief complaint"}` }),
    vit ? el("p", { class: "meta", text: vit }) : "",
    c.one_liner ? el("p", { text: c.one_liner }) : "",
    el("p", { class: "meta", text: `${(c.prior_notes || []).length} prior notes` }),
  );
}

function renderFinal(final, heading) {
  const box = $("final-box");
  box.hidden = false;
  box.replaceChildren(
    el("h2", { id: "final-h", text: heading }),
    el("div", { class: "answers" },
      el("span", {}, el("strong", { text: "Acuity: " }), final.acuity ? `${final.acuity} (ESI ${final.esi})` : "–"),
      el("span", {}, el("strong", { text: "Disposition: " }), final.disposition || "–"),
      el("span", {}, el("strong", { text: "Diagnosis: " }),
        final.diagnosis_name ? `${final.diagnosis_name} (${final.icd10})` : "–")),
    final.summary ? renderSummary(final.summary, heading) : "",
  );
}

/** Keep the reasoner's typed summary; fill it from the trace when it came empty. */
function withSummary(final, records) {
  const typed = final.summary;
  if (typed && ((typed.top_diagnoses || []).length || typed.next_step)) return final;
  const at = ledgerByStage(records);
  const last = [...STAGES].reverse().find((s) => at[s] && at[s].ledger.length);
  return last ? { ...final, summary: summarise(at[last].ledger, at[last].orders) } : final;
}

function resetOutput() {
  $("errors").replaceChildren();
  $("stages").replaceChildren();
  $("final-box").hidden = true;
  $("audit").hidden = true;
  $("trace-h").hidden = false;
  thread = null;
}

async function streamRun(body) {
  const res = await fetch("../reason/stream", { method: "POST", headers: headers(), body: JSON.stringify(body) });
  if (!res.ok) {
    let err = null;
    try { err = await res.json(); } catch { err = null; }
    showErrors($("errors"), err, `The run failed (HTTP ${res.status}).`);
    setStatus("");
    return;
  }
  const records = [];
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const fields = {};
      for (const line of block.split("\n")) {
        const i = line.indexOf(": ");
        if (i > 0) fields[line.slice(0, i)] = line.slice(i + 2);
      }
      const data = fields.data ? JSON.parse(fields.data) : null;
      if (fields.event === "stage") {
        records.push(data);
        renderTrace($("stages"), records, { notes, onCite });
        setStatus(`${records.length} of ${STAGES.length} stages done…`);
      } else if (fields.event === "final") {
        renderFinal(withSummary(data.final, records), "Summary");
        setStatus(`Done: ${records.length} stages.`);
      } else if (fields.event === "error") {
        showErrors($("errors"), data, "The run failed.");
      }
    }
  }
}

function reviewPanel(t) {
  const stage = t.pending.stage;
  const proposed = t.pending.proposed;
  const errs = el("div", { class: "error", role: "alert", id: "review-errors" });
  const reviewer = el("input", { id: "reviewer", type: "text", autocomplete: "name",
    value: sessionStorage.getItem(REVIEWER) || "" });
  const comment = el("input", { id: "comment", type: "text" });
  const edit = el("textarea", { id: "edit-json", rows: "12", spellcheck: "false" });
  edit.value = JSON.stringify(proposed, null, 2);
  const editBox = el("div", { id: "edit-box", hidden: true },
    el("label", { for: "edit-json", text: `Edited ${STAGE_LABEL[stage].toLowerCase()} output (JSON; the safety floors apply to it)` }),
    edit,
    el("div", { class: "actions" },
      el("button", { type: "button", id: "submit-edit", text: "Submit edit",
        onclick: () => submitReview("edit", stage, reviewer, comment, edit, errs) })));
  const toggle = el("button", { type: "button", class: "secondary", id: "edit-toggle",
    "aria-expanded": "false", "aria-controls": "edit-box", text: "Edit output…",
    onclick: () => {
      editBox.hidden = !editBox.hidden;
      toggle.setAttribute("aria-expanded", String(!editBox.hidden));
      if (!editBox.hidden) edit.focus();
    } });
  return el("div", { class: "review", role: "region", "aria-label": `Review of ${STAGE_LABEL[stage]}` },
    el("h4", { text: `Clinician review: ${STAGE_LABEL[stage]} proposes “${decisionOf(proposed)}”` }),
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: "reviewer", text: "Reviewer" }), reviewer),
      el("div", { class: "field grow" }, el("label", { for: "comment", text: "Comment (optional)" }), comment)),
    el("div", { class: "actions" },
      el("button", { type: "button", id: "approve", text: "Approve",
        onclick: () => submitReview("approve", stage, reviewer, comment, null, errs) }),
      toggle),
    editBox, errs);
}

async function submitReview(action, stage, reviewer, comment, edit, errs) {
  errs.replaceChildren();
  const name = reviewer.value.trim();
  if (!name) {
    errs.append(el("p", { text: "Enter the reviewer's name." }));
    reviewer.focus();
    return;
  }
  sessionStorage.setItem(REVIEWER, name);
  const body = { action, stage, reviewer: name };
  if (comment.value.trim()) body.comment = comment.value.trim();
  if (action === "edit") {
    try { body.output = JSON.parse(edit.value); } catch (e) {
      errs.append(el("p", { text: `The edited output is not valid JSON: ${e.message}` }));
      return;
    }
  }
  setStatus(`Sending the ${action} of ${STAGE_LABEL[stage].toLowerCase()}…`);
  const r = await api(`../threads/${thread.thread_id}/review`, { method: "POST", body: JSON.stringify(body) });
  if (!r.ok) {
    showErrors(errs, r.body, `The review was not accepted (HTTP ${r.status}).`);
    setStatus("");
    return;
  }
  await showThread(r.body);
}

async function showThread(t) {
  thread = t;
  renderTrace($("stages"), t.stages, {
    notes, onCite,
    pendingStage: t.pending ? t.pending.stage : null,
    extraFor: (stage) => (t.pending && t.pending.stage === stage ? reviewPanel(t) : null),
  });
  renderFinal(t.final, t.status === "done" ? "Summary" : "Summary so far");
  const states = { waiting: `Waiting for review of ${t.pending && STAGE_LABEL[t.pending.stage]}`,
    done: "Done: all five stages", stopped: "Stopped: a stage failed", running: "Running" };
  setStatus(`Thread ${t.thread_id.slice(0, 8)} · ${states[t.status] || t.status}`);
  await showAudit(t.thread_id);
  const first = document.querySelector(".stage.pending");
  if (first) first.scrollIntoView({ block: "start" });
}

async function showAudit(threadId) {
  const r = await api(`../threads/${threadId}/audit`);
  const box = $("audit");
  if (!r.ok) { box.hidden = true; return; }
  const recs = r.body.records;
  box.hidden = false;
  box.replaceChildren(el("h2", { id: "audit-h", text: `Audit trail (${recs.length})` }));
  if (!recs.length) { box.append(el("p", { class: "meta", text: "No reviews yet." })); return; }
  box.append(el("div", { class: "table-wrap" }, el("table", { id: "audit-table" },
    el("caption", { text: "Every approval and edit of this thread" }),
    el("thead", {}, el("tr", {}, ["When (UTC)", "Stage", "Action", "Reviewer", "Before", "Edit sent", "After", "Floors", "Comment"]
      .map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, recs.map((a) => el("tr", {},
      el("td", { text: a.at.replace("T", " ").slice(0, 19) }),
      el("td", { text: STAGE_LABEL[a.stage] }),
      el("td", { text: a.action }),
      el("td", { text: a.reviewer || "–" }),
      el("td", { text: decisionOf(a.before) }),
      el("td", { text: a.submitted ? decisionOf(a.submitted) : "–" }),
      el("td", { text: decisionOf(a.after) }),
      el("td", { text: (a.floors_fired || []).map((f) => `${f.floor}: ${f.before} → ${f.after}`).join("; ") || "–" }),
      el("td", { text: a.comment || "–" })))))));
}

async function run(event) {
  event.preventDefault();
  resetOutput();
  let body;
  try { body = requestBody(); } catch (e) {
    $("errors").textContent = e.message;
    return;
  }
  renderCaseHead(body);
  const review = [...document.querySelectorAll("#review-stages input:checked")].map((i) => i.value);
  $("run").disabled = true;
  try {
    if (!review.length) {
      setStatus("Running: stages arrive as they finish…");
      await streamRun(body);
    } else {
      setStatus("Running to the first review pause…");
      const r = await api("../threads", { method: "POST", body: JSON.stringify({ ...body, review_before: review }) });
      if (!r.ok) {
        showErrors($("errors"), r.body, `The run failed (HTTP ${r.status}).`);
        setStatus("");
      } else {
        await showThread(r.body);
      }
    }
  } catch (e) {
    $("errors").textContent = `The run failed: ${e.message}`;
  } finally {
    $("run").disabled = false;
  }
}

function init() {
  const fs = $("review-stages");
  for (const stage of STAGES) {
    fs.append(el("label", {}, el("input", { type: "checkbox", value: stage, name: "review" }), ` ${STAGE_LABEL[stage]}`));
  }
  $("api-key").value = sessionStorage.getItem(KEY) || "";
  $("api-key").addEventListener("change", () => sessionStorage.setItem(KEY, $("api-key").value.trim()));
  $("load-demo").addEventListener("click", loadDemo);
  $("demo").addEventListener("change", () => {
    const c = demoCases[Number($("demo").value)];
    if ($("demo").value !== "" && c) $("case-json").value = JSON.stringify(c.case, null, 2);
  });
  $("run-form").addEventListener("submit", run);
  $("note").addEventListener("click", (e) => { if (e.target === $("note")) $("note").close(); });
  loadDemo();
}

init();
