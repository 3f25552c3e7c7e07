// Shared rendering of staged traces (live page and run viewer).
// Every piece of case or model text goes into the page through textContent (the `el`
// helper); nothing is ever assigned to innerHTML, so a note holding <script> shows
// as text.

export const STAGES = ["triage", "assessment", "treatment", "disposition", "diagnosis"];
export const STAGE_LABEL = {
  triage: "Triage",
  assessment: "Initial assessment",
  treatment: "Treatment",
  disposition: "Disposition",
  diagnosis: "Final diagnosis",
};
const STATUS_LABEL = {
  ruled_in: "ruled in",
  cannot_exclude: "cannot exclude",
  considered: "considered",
  ruled_out: "ruled out",
};
const STATUS_ORDER = { ruled_in: 0, cannot_exclude: 1, considered: 2, ruled_out: 3 };
const TEST_THRESHOLD = 0.05; // agents/ledger.py: must-not-miss needing a test

/** Create an element; strings and numbers become text nodes, never HTML. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function pct(p) {
  if (p === null || p === undefined) return "–";
  const v = 100 * p;
  return v > 0 && v < 1 ? "<1%" : `${v.toFixed(0)}%`;
}

const dxKey = (name) => String(name || "").toLowerCase().split(/\s+/).join(" ");

export function rank(ledger) {
  return [...ledger].sort(
    (a, b) =>
      (a.status === "ruled_out") - (b.status === "ruled_out") ||
      (b.probability || 0) - (a.probability || 0) ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  );
}

/** Group trace records by stage: the agent's record and any review records. */
export function groupTrace(records) {
  const groups = new Map();
  for (const rec of records) {
    if (!groups.has(rec.stage)) groups.set(rec.stage, { base: null, reviews: [] });
    const g = groups.get(rec.stage);
    if (rec.backend === "review") g.reviews.push(rec);
    else g.base = rec;
  }
  return groups;
}

/** The output that took effect for a stage: the last review's, else the agent's. */
export function effective(group) {
  const last = group.reviews[group.reviews.length - 1];
  return last ? last.output : group.base ? group.base.output : null;
}

/** Replay the trace into the ledger as it stood after each stage. */
export function ledgerByStage(records) {
  let ledger = [];
  const after = {};
  let orders = [];
  for (const rec of records) {
    const out = rec.output;
    if (out && Array.isArray(out.differential) && out.differential.length) {
      ledger = out.differential.slice();
    } else {
      for (const ch of rec.ledger_changes || []) {
        const i = ledger.findIndex((e) => dxKey(e.diagnosis) === dxKey(ch.diagnosis));
        if (i >= 0) ledger[i] = { ...ledger[i], status: ch.after };
        else ledger.push({ diagnosis: ch.diagnosis, status: ch.after, probability: null });
      }
    }
    if (out && out.stage === "treatment") orders = out.orders || [];
    after[rec.stage] = { ledger: rank(ledger), orders };
  }
  return after;
}

/** Mirror of agents/summary.py for a stage: top three, open must-not-miss, next step. */
export function summarise(ledger, orders) {
  const ranked = rank(ledger);
  const top = ranked.filter((e) => e.status !== "ruled_out").slice(0, 3);
  const open = ranked
    .filter(
      (e) =>
        e.must_not_miss &&
        e.status === "cannot_exclude" &&
        (e.probability === null || e.probability === undefined ||
          e.probability >= TEST_THRESHOLD),
    )
    .sort((a, b) => (b.probability || 0) - (a.probability || 0));
  const firstTest = (dx) =>
    orders.find((o) => o.kind === "diagnostic" && dxKey(o.for_diagnosis) === dxKey(dx));
  let step = null;
  let why = null;
  for (const e of open) {
    step = firstTest(e.diagnosis);
    if (step) {
      why = `would exclude or confirm ${e.diagnosis}`;
      break;
    }
  }
  if (!step && top.length) {
    step = firstTest(top[0].diagnosis);
    why = step ? `confirms ${top[0].diagnosis}` : null;
  }
  if (!step && open.length) {
    const rule = (open[0].rules || []).find((r) => (r.missing || []).length);
    if (rule) {
      why = `to apply ${rule.name} to ${open[0].diagnosis}`;
      return summaryOf(top, open, `obtain ${rule.missing.join(", ")}`, why);
    }
  }
  return summaryOf(top, open, step ? step.name : null, why);
}

function summaryOf(top, open, next, why) {
  return {
    top_diagnoses: top.map((e) => ({
      diagnosis: e.diagnosis,
      icd10: e.icd10,
      status: e.status,
      probability: e.probability,
    })),
    open_must_not_miss: open.map((e) => e.diagnosis),
    next_step: next,
    next_step_reason: why,
  };
}

/** Three boxes: top diagnoses, open must-not-miss, next decisive step. */
export function renderSummary(summary, label) {
  const top = summary.top_diagnoses || [];
  const mnm = summary.open_must_not_miss || [];
  return el(
    "div",
    { class: "summary", role: "group", "aria-label": label || "Summary" },
    el(
      "div",
      {},
      el("h4", { text: "Top diagnoses" }),
      top.length
        ? el(
            "ol",
            {},
            top.map((d) =>
              el("li", {}, d.diagnosis, d.icd10 ? ` (${d.icd10})` : "",
                ` · ${pct(d.probability)} · ${STATUS_LABEL[d.status] || d.status}`),
            ),
          )
        : el("p", { class: "meta", text: "none yet" }),
    ),
    el(
      "div",
      { class: "mnm" },
      el("h4", { text: "Open must-not-miss" }),
      mnm.length
        ? el("ul", {}, mnm.map((d) => el("li", { text: d })))
        : el("p", { class: "meta", text: "none open" }),
    ),
    el(
      "div",
      { class: "next" },
      el("h4", { text: "Next decisive step" }),
      summary.next_step
        ? el("p", {}, el("strong", { text: summary.next_step }),
            summary.next_step_reason ? ` — ${summary.next_step_reason}` : "")
        : el("p", { class: "meta", text: summary.next_step_reason || "none proposed" }),
    ),
  );
}

function evidenceList(items, notes, onCite) {
  if (!items || !items.length) return "–";
  return el(
    "ul",
    { class: "ev" },
    items.map((ev) =>
      el(
        "li",
        {},
        ev.text,
        ev.citation ? [" ", citeButton(ev.citation, notes, onCite)] : "",
      ),
    ),
  );
}

function rulesCell(rules) {
  if (!rules || !rules.length) return "–";
  return el(
    "ul",
    { class: "ev" },
    rules.map((r) => {
      const inputs = Object.entries(r.inputs || {})
        .map(([k, v]) => `${k}=${v}`)
        .join(", ");
      return el(
        "li",
        {},
        el("strong", { text: r.name }),
        `: ${r.interpretation}`,
        r.score !== null && r.score !== undefined ? ` (score ${r.score})` : "",
        inputs ? el("div", { class: "meta", text: `inputs: ${inputs}` }) : "",
        (r.missing || []).length
          ? el("div", { class: "meta", text: `missing: ${r.missing.join(", ")}` })
          : "",
      );
    }),
  );
}

/** The rule-out ledger as a table. */
export function renderLedger(entries, caption, notes, onCite) {
  const rows = rank(entries).map((e) =>
    el(
      "tr",
      { class: e.status },
      el("th", { scope: "row" }, e.diagnosis, e.icd10 ? ` (${e.icd10})` : "",
        e.must_not_miss ? [" ", el("span", { class: "mnm-flag", text: "must-not-miss" })] : ""),
      el("td", {}, el("span", { class: `st ${e.status}`, text: STATUS_LABEL[e.status] || e.status })),
      el("td", { class: "num", text: pct(e.probability) }),
      el("td", {}, evidenceList(e.evidence_for, notes, onCite)),
      el("td", {}, evidenceList(e.evidence_against, notes, onCite)),
      el("td", {}, rulesCell(e.rules)),
    ),
  );
  return el(
    "div",
    { class: "table-wrap" },
    el(
      "table",
      { class: "ledger" },
      el("caption", { text: caption }),
      el(
        "thead",
        {},
        el("tr", {}, ["Diagnosis", "Status", "Probability", "Evidence for",
          "Evidence against", "Decision rules"].map((h) => el("th", { scope: "col", text: h }))),
      ),
      el("tbody", {}, rows),
    ),
  );
}

function citeButton(c, notes, onCite) {
  const label = `${c.note_type || "note"}${c.year ? " " + c.year : ""} · ${c.note_key}`;
  const known = notes && notes.has(c.note_key);
  return el("button", {
    type: "button",
    class: "secondary cite",
    text: label,
    title: known ? "Open the prior note at the quoted span" : "Show the quoted span",
    onclick: () => onCite(c),
  });
}

/** Decision of a stage in one line. */
export function decisionOf(out) {
  if (!out) return "no output";
  switch (out.stage) {
    case "triage":
      return `${out.acuity} (ESI ${out.esi})`;
    case "assessment":
      return out.problem_representation || "assessment";
    case "treatment":
      return `${(out.orders || []).length} orders` +
        (out.working_diagnosis ? ` for ${out.working_diagnosis}` : "");
    case "disposition":
      return out.disposition + (out.admit_level ? ` (${out.admit_level})` : "");
    case "diagnosis":
      return `${out.name} (${out.icd10})`;
    default:
      return "";
  }
}

function stageDetails(out) {
  if (!out) return [];
  const parts = [];
  if (out.stage === "triage" && (out.red_flags || []).length) {
    parts.push(el("p", {}, el("strong", { text: "Red flags: " }), out.red_flags.join(", ")));
  }
  if (out.stage === "triage" && (out.missing_vitals || []).length) {
    parts.push(el("p", {}, el("strong", { text: "Missing vitals: " }), out.missing_vitals.join(", ")));
  }
  if (out.stage === "treatment") {
    parts.push(
      el("ul", { class: "ev", "aria-label": "Orders" },
        (out.orders || []).map((o) =>
          el("li", {}, el("strong", { text: o.name }), ` (${o.kind}) — ${o.reason}`,
            o.for_diagnosis ? ` [for ${o.for_diagnosis}]` : ""))),
    );
    if ((out.blocked || []).length) {
      parts.push(el("p", {}, el("strong", { text: "Withheld by the safety layer: " }),
        out.blocked.map((b) => `${b.order.name} (${b.reason})`).join("; ")));
    }
  }
  if (out.rationale) {
    parts.push(el("details", {}, el("summary", { text: "Rationale" }), el("p", { text: out.rationale })));
  }
  return parts;
}

function reviewBanner(rec) {
  const r = rec.review || {};
  const who = r.reviewer || "a reviewer";
  const what = r.action === "edit" ? "Edited" : "Approved";
  return el(
    "div",
    { class: "reviewed" },
    el("span", { class: "badge review", text: "review" }), " ",
    `${what} by ${who}`,
    r.note ? ` — “${r.note}”` : "",
    (rec.floors_fired || []).length
      ? el("ul", { class: "floors" }, rec.floors_fired.map((f) =>
          el("li", { text: `Floor ${f.floor}: ${f.before} → ${f.after} (${f.reason})` })))
      : "",
  );
}

/**
 * One stage card.
 * opts: {summary, ledger, notes: Map, onCite, pending: bool, extra: Node}
 */
export function renderStage(stage, group, opts = {}) {
  const base = group.base;
  const out = effective(group);
  const status = base ? base.status : "pending";
  const id = `stage-${stage}`;
  const card = el(
    "section",
    { class: `stage${opts.pending ? " pending" : ""}`, id, "aria-labelledby": `${id}-h`,
      "data-stage": stage },
    el(
      "header",
      {},
      el("h3", { id: `${id}-h`, text: `${STAGES.indexOf(stage) + 1}. ${STAGE_LABEL[stage]}` }),
      el("span", { class: `badge ${status}`, text: status }),
      opts.pending ? el("span", { class: "badge waiting", text: "awaiting review" }) : "",
      base ? el("span", { class: "meta", text:
        `${base.backend}${base.model_id ? " · " + base.model_id : ""} · ${Math.round(base.latency_ms)} ms` }) : "",
    ),
    el("p", { class: "decision", text: decisionOf(out) }),
    base && base.error ? el("p", { class: "error", text: `Error: ${base.error}` }) : "",
    (base && base.flags || []).length
      ? el("p", { class: "meta", text: `Flags: ${base.flags.join(", ")}` }) : "",
    opts.summary ? renderSummary(opts.summary, `${STAGE_LABEL[stage]} summary`) : "",
    group.reviews.map(reviewBanner),
    stageDetails(out),
  );
  const diff = out && out.differential;
  if (diff && diff.length) {
    card.append(renderLedger(diff, `Rule-out ledger after ${STAGE_LABEL[stage].toLowerCase()} (${diff.length})`,
      opts.notes, opts.onCite));
  } else if (base && (base.ledger_changes || []).length) {
    card.append(el("h4", { text: "Ledger changes" }), el("ul", { class: "ev" },
      base.ledger_changes.map((c) =>
        el("li", { text: `${c.diagnosis}: ${STATUS_LABEL[c.before] || "new"} → ${STATUS_LABEL[c.after]} (${c.reason})` }))));
  }
  const floors = base ? base.floors_fired || [] : [];
  card.append(
    el("h4", { text: "Safety floors fired" }),
    floors.length
      ? el("ul", { class: "floors" }, floors.map((f) =>
          el("li", { text: `${f.floor}: ${f.before} → ${f.after} (${f.reason})` })))
      : el("p", { class: "meta", text: "none" }),
  );
  const cites = base ? base.citations || [] : [];
  if (cites.length) {
    card.append(
      el("h4", { text: `Citations (${cites.length})` }),
      el("div", { class: "cites" }, cites.map((c) => citeButton(c, opts.notes, opts.onCite))),
    );
  }
  if ((base && base.rules_applied || []).length) {
    card.append(el("details", {}, el("summary", { text: `Decision rules applied (${base.rules_applied.length})` }),
      rulesCell(base.rules_applied)));
  }
  if (opts.extra) card.append(opts.extra);
  return card;
}

/** A <dialog> showing a prior note with the cited span marked (or the quote alone). */
export function openCitation(dialog, citation, note) {
  dialog.replaceChildren();
  const title = `${citation.note_type || "Note"}${citation.year ? " (" + citation.year + ")" : ""} · ${citation.note_key}`;
  const close = el("button", { type: "button", class: "secondary", text: "Close",
    onclick: () => dialog.close() });
  dialog.setAttribute("aria-label", title);
  const pre = el("pre", { tabindex: "0" });
  if (note && typeof note.text === "string") {
    const text = note.text;
    let start = citation.quote ? text.indexOf(citation.quote, Math.max(0, citation.start - 1)) : -1;
    if (start < 0 && citation.quote) start = text.indexOf(citation.quote);
    let end = start >= 0 ? start + citation.quote.length : -1;
    if (start < 0) {
      start = Math.max(0, Math.min(citation.start, text.length));
      end = Math.max(start, Math.min(citation.end, text.length));
    }
    pre.append(text.slice(0, start), el("mark", { text: text.slice(start, end) }), text.slice(end));
  } else {
    pre.append(el("mark", { text: citation.quote || "" }));
    pre.append("\n\n(the note itself is not available here: only the quoted span)");
  }
  dialog.append(el("header", {}, el("strong", { text: title }), close), pre);
  dialog.showModal();
  const mark = pre.querySelector("mark");
  if (mark) mark.scrollIntoView({ block: "center" });
  close.focus();
}

/** Render a whole trace as stage cards (five placeholders until each arrives). */
export function renderTrace(container, records, opts = {}) {
  const groups = groupTrace(records);
  const ledgers = ledgerByStage(records);
  container.replaceChildren();
  for (const stage of STAGES) {
    const g = groups.get(stage);
    if (!g || !g.base) continue;
    const at = ledgers[stage];
    const summary =
      stage !== "triage" && at && at.ledger.length ? summarise(at.ledger, at.orders) : null;
    container.append(
      renderStage(stage, g, {
        summary,
        notes: opts.notes,
        onCite: opts.onCite,
        pending: opts.pendingStage === stage,
        extra: opts.extraFor ? opts.extraFor(stage) : null,
      }),
    );
  }
}
