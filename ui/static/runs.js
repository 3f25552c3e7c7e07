// Shared bits of the run viewer pages: run facts, the metrics table, flag labels.
import { el } from "./render.js";

export const FLAG_LABEL = {
  stage_error: "Stage errors",
  under_triage: "Under-triage",
  unsafe_discharge: "Unsafe discharge",
  disagrees_gold: "Disagrees with gold",
  disagrees_run: "Disagrees with the other run",
};

const KEY_METRICS = [
  "acuity accuracy", "under-triage", "disposition accuracy", "unsafe discharge",
  "ICD-10 exact", "cross-stage overall",
];

export async function getJSON(path) {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${path}`);
  return res.json();
}

/** Run names, header facts and the headline metrics (paper and corrected). */
export function renderRunInfo(box, data, open) {
  box.replaceChildren();
  data.runs.forEach((run, i) => {
    const h = run.header || {};
    const facts = [
      h.dataset && `dataset ${h.dataset}`,
      h.backend && `backend ${h.backend}`,
      h.model && `model ${h.model}`,
      `${run.n_cases} cases`,
      h.git_commit && `commit ${String(h.git_commit).slice(0, 10)}`,
    ].filter(Boolean).join(" · ");
    const table = el("table", {},
      el("caption", { text: `Headline metrics of ${run.name}` }),
      el("thead", {}, el("tr", {}, ["Metric", "Paper scoring", "Corrected scoring"]
        .map((t) => el("th", { scope: "col", text: t })))),
      el("tbody", {}, run.metrics.map(([m, p, c]) =>
        el("tr", {}, el("th", { scope: "row", text: m }), el("td", { text: p }), el("td", { text: c })))));
    const key = run.metrics.filter(([m]) => KEY_METRICS.includes(m));
    box.append(
      el("h2", { text: `${i === 0 ? "Run" : "Compared with"}: ${run.name}` }),
      el("p", { class: "meta", text: facts }),
      el("dl", { class: "kpis", "aria-label": `Key metrics of ${run.name} (corrected scoring)` },
        key.map(([m, , c]) => el("div", {}, el("dt", { text: m }), el("dd", { text: c })))),
      el("details", { class: "metrics", open: open && i === 0 },
        el("summary", { text: "All headline metrics (paper and corrected scoring)" }),
        el("div", { class: "table-wrap" }, table)),
    );
  });
}
