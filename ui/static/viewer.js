// Run viewer: the paged, filtered case list (paging and filtering on the server).
import { el } from "./render.js";
import { FLAG_LABEL, getJSON, renderRunInfo } from "./runs.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
let state = {
  flag: params.get("flag") || "",
  q: params.get("q") || "",
  page: Number(params.get("page") || 1),
  size: Number(params.get("size") || 50),
};
let pages = 1;

function pair(row, stage) {
  const pred = row.answers[stage];
  const gold = row.gold[stage];
  const hit = row.hits[stage];
  const mark = hit === null ? "" : hit >= 1 ? "✓" : "✗";
  return el("td", {},
    mark ? el("span", { class: hit >= 1 ? "hit" : "miss", text: `${mark} `, "aria-label": hit >= 1 ? "agrees with gold" : "disagrees with gold" }) : "",
    `${pred ?? "–"} / ${gold ?? "–"}`);
}

async function load() {
  const query = new URLSearchParams({ page: state.page, size: state.size });
  if (state.flag) query.set("flag", state.flag);
  if (state.q) query.set("q", state.q);
  history.replaceState(null, "", `?${query}`);
  $("status").textContent = "Loading…";
  const data = await getJSON(`../api/cases?${query}`);
  pages = data.pages;
  const body = $("cases").querySelector("tbody");
  body.replaceChildren(...data.items.map((row) =>
    el("tr", {},
      el("th", { scope: "row" }, el("a", { href: `case.html?id=${encodeURIComponent(row.case_id)}&back=${encodeURIComponent(location.search)}`, text: row.case_id })),
      pair(row, "triage"), pair(row, "disposition"), pair(row, "diagnosis"),
      el("td", {}, row.flags.map((f) => el("span", { class: "tag", text: FLAG_LABEL[f] || f }))))));
  const what = state.flag ? FLAG_LABEL[state.flag] : "All cases";
  $("cases-caption").textContent = `${what}: ${data.total} cases`;
  $("page-label").textContent = `Page ${data.page} of ${data.pages}`;
  $("prev").disabled = data.page <= 1;
  $("next").disabled = data.page >= data.pages;
  $("status").textContent = `${what}: ${data.total} cases, page ${data.page} of ${data.pages}.`;
}

async function init() {
  const info = await getJSON("../api/runs");
  renderRunInfo($("run-info"), info, false);
  const sel = $("flag");
  sel.append(el("option", { value: "", text: "All cases" }));
  for (const [flag, label] of Object.entries(FLAG_LABEL)) {
    if (flag === "disagrees_run" && info.runs.length < 2) continue;
    sel.append(el("option", { value: flag, text: `${label} (${info.counts[flag]})` }));
  }
  sel.value = state.flag;
  $("q").value = state.q;
  $("size").value = String(state.size);
  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    state = { flag: sel.value, q: $("q").value.trim(), page: 1, size: Number($("size").value) };
    load();
  });
  sel.addEventListener("change", () => $("filters").requestSubmit());
  $("prev").addEventListener("click", () => { state.page = Math.max(1, state.page - 1); load(); });
  $("next").addEventListener("click", () => { state.page = Math.min(pages, state.page + 1); load(); });
  await load();
}

init().catch((e) => { $("status").textContent = `Could not load the run: ${e.message}`; });
