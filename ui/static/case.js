// Run viewer: one case, gold beside prediction at every stage, under the run's metrics.
import {
  STAGES, STAGE_LABEL, decisionOf, el, groupTrace, ledgerByStage, openCitation,
  renderStage, summarise,
} from "./render.js";
import { getJSON, renderRunInfo } from "./runs.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

function goldOf(stage, gold, score) {
  const g = gold || {};
  switch (stage) {
    case "triage":
      return g.acuity ? `${g.acuity}${g.human_acuity ? ` (triage nurse: ${g.human_acuity})` : ""}` : null;
    case "assessment":
      return g.rule_out || (g.differential || []).join("; ") || null;
    case "treatment":
      return g.treatment_plan || null;
    case "disposition":
      return g.disposition ? `${g.raw_disposition || g.disposition}${g.admit_level ? ` (${g.admit_level})` : ""}` : g.raw_disposition;
    case "diagnosis":
      return g.diagnosis_name ? `${g.diagnosis_name} (${(g.icd10_codes || []).join(", ")})` : score && score.target;
    default:
      return null;
  }
}

function verdict(score) {
  if (!score || score.value === null || score.value === undefined) {
    return el("span", { class: "meta", text: score ? score.explanation || "not scored" : "not scored" });
  }
  const ok = score.value >= 1;
  const text = score.value > 0 && score.value < 1 ? `${(100 * score.value).toFixed(0)}%` : ok ? "✓ agrees" : "✗ disagrees";
  return el("span", { class: ok ? "hit" : "miss", text: `${text} — ${score.explanation}` });
}

function predOf(record, stage) {
  const g = groupTrace(record.trace || []).get(stage);
  if (!g || !g.base) return "no prediction";
  const out = g.reviews.length ? g.reviews[g.reviews.length - 1].output : g.base.output;
  return g.base.status === "error" ? `error: ${g.base.error}` : decisionOf(out);
}

function compareBox(stage, rec, other, otherName) {
  const scores = (rec.scores && rec.scores.corrected) || {};
  const s = scores[stage];
  const cells = [
    el("div", {}, el("h4", { text: "Gold" }), el("p", { text: goldOf(stage, rec.gold, s) || "no gold for this stage" })),
    el("div", {}, el("h4", { text: "Prediction" }), el("p", { text: predOf(rec, stage) }), verdict(s)),
  ];
  if (other) {
    const os = ((other.scores && other.scores.corrected) || {})[stage];
    cells.push(el("div", {}, el("h4", { text: `Prediction of ${otherName}` }),
      el("p", { text: predOf(other, stage) }), verdict(os)));
  }
  return el("div", { class: "compare", role: "group", "aria-label": `${STAGE_LABEL[stage]}: gold and prediction`,
    style: null }, cells);
}

async function init() {
  const id = params.get("id");
  if (params.get("back")) $("back").href = `run.html${params.get("back")}`;
  const [info, data] = await Promise.all([getJSON("../api/runs"), getJSON(`../api/cases/${encodeURIComponent(id)}`)]);
  renderRunInfo($("run-info"), info, false);
  const rec = data.record;
  document.title = `ER Reasoner · case ${data.case_id}`;
  $("case-head").replaceChildren(
    el("h2", { text: `Case ${data.case_id}` }),
    el("p", { class: "meta", text: `run ${data.run} · source ${rec.source || "?"}${rec.error ? ` · error ${rec.error}` : ""}` }),
    rec.one_liner ? el("p", { text: rec.one_liner }) : "",
  );
  const groups = groupTrace(rec.trace || []);
  const ledgers = ledgerByStage(rec.trace || []);
  const box = $("stages");
  box.replaceChildren();
  const onCite = (c) => openCitation($("note"), c, null);
  for (const stage of STAGES) {
    const g = groups.get(stage);
    const cmp = compareBox(stage, rec, data.other, data.other_run);
    if (!g || !g.base) {
      box.append(el("section", { class: "stage", "aria-label": STAGE_LABEL[stage] },
        el("h3", { text: `${STAGES.indexOf(stage) + 1}. ${STAGE_LABEL[stage]}` }), cmp));
      continue;
    }
    const at = ledgers[stage];
    const summary = stage !== "triage" && at && at.ledger.length ? summarise(at.ledger, at.orders) : null;
    const card = renderStage(stage, g, { summary, onCite, notes: new Map() });
    card.querySelector("header").after(cmp);
    box.append(card);
  }
  $("status").textContent = "";
}

init().catch((e) => { $("status").textContent = `Could not load the case: ${e.message}`; });
