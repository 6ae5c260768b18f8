// datpin dashboard: fetches the JSON API and draws the map and tables. Plain JavaScript, no
// libraries, nothing loaded from other hosts.
"use strict";

const API = "api/v1/";
const state = { dats: { offset: 0, limit: 25, total: 0 }, cells: [], optimization: null, stations: [], selectedCell: null, token: null };

async function get(path) {
  const r = await fetch(API + path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) {
    const e = body && body.error ? body.error : { code: "internal", message: r.statusText };
    throw new Error(e.code + ": " + e.message);
  }
  return body;
}

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(k == null ? "" : String(k)));
  return e;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

const short = (a) => (a ? a.slice(0, 6) + "…" + a.slice(-4) : "");
const score = (s) => (s == null ? "–" : (s / 100).toFixed(2));

// tokens renders a base-unit amount (18 decimals) as a token amount with two decimals.
function tokens(wei) {
  if (wei == null) return "–";
  const v = BigInt(wei);
  const unit = 10n ** 18n;
  const cents = (v * 100n) / unit;
  return (cents / 100n).toString() + "." + (cents % 100n).toString().padStart(2, "0");
}

// qualityColor maps a score from red (lo) through amber to green (hi); grey when unknown.
function qualityColor(q, lo = 0, hi = 10000) {
  if (q == null) return "#a0aec0";
  const t = Math.max(0, Math.min(1, (q - lo) / Math.max(1, hi - lo)));
  const hue = 120 * t; // 0 red, 60 amber, 120 green
  return `hsl(${hue.toFixed(0)}, 65%, ${(48 + 6 * (1 - Math.abs(t - 0.5) * 2)).toFixed(0)}%)`;
}

function badge(status) {
  return el("span", { class: "badge " + status }, status);
}

// ---------------------------------------------------------------- status

async function loadStatus() {
  const s = await get("status");
  state.token = (s.addresses.token || "").toLowerCase();
  const ix = s.index || {};
  document.getElementById("status").textContent =
    `chain ${s.chainId} · block ${ix.indexedBlock ?? "?"} (lag ${ix.lag ?? "?"}) · ` +
    `${s.counts.tokens} DATs · ${s.counts.stations} stations · ${s.counts.validators} validators` +
    (ix.paused ? " · indexing paused" : "") + (ix.reorgs ? ` · ${ix.reorgs} reorgs` : "");
}

// ---------------------------------------------------------------- map

function projector(points, w, h, pad) {
  let minLat = Infinity, maxLat = -Infinity, minLng = Infinity, maxLng = -Infinity;
  for (const [lat, lng] of points) {
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    minLng = Math.min(minLng, lng); maxLng = Math.max(maxLng, lng);
  }
  const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180); // equirectangular, true at mid latitude
  const spanX = Math.max((maxLng - minLng) * k, 1e-6), spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((w - 2 * pad) / spanX, (h - 2 * pad) / spanY);
  const ox = (w - spanX * scale) / 2, oy = (h - spanY * scale) / 2;
  return ([lat, lng]) => [ox + (lng - minLng) * k * scale, oy + (maxLat - lat) * scale];
}

function drawMap() {
  const map = document.getElementById("map");
  map.replaceChildren();
  const cells = state.cells;
  const opt = state.optimization || { cells: [], suggestions: [] };
  const gap = new Set(opt.cells.filter((c) => c.isGap).map((c) => c.cell));
  const pts = [];
  for (const c of cells) pts.push(...c.boundary);
  for (const s of opt.suggestions) pts.push(...s.boundary);
  for (const s of state.stations) if (s.lat || s.lng) pts.push([s.lat, s.lng]);
  if (pts.length === 0) {
    const t = svg("text", { x: 400, y: 240, "text-anchor": "middle", class: "label" });
    t.textContent = "no contributions indexed yet";
    map.append(t);
    return;
  }
  const proj = projector(pts, 800, 480, 24);
  // The colours span the network's own range (whole points, at least 10 wide), so differences
  // between its cells show whatever the scoring rules' scale.
  const qs = cells.map((c) => c.quality).filter((q) => q != null);
  let lo = qs.length ? Math.floor(Math.min(...qs) / 100) * 100 : 0;
  let hi = qs.length ? Math.ceil(Math.max(...qs) / 100) * 100 : 10000;
  if (hi - lo < 1000) { const mid = (lo + hi) / 2; lo = Math.max(0, mid - 500); hi = Math.min(10000, lo + 1000); lo = hi - 1000; }
  const poly = (b) => b.map((p) => proj(p).map((v) => v.toFixed(1)).join(",")).join(" ");
  for (const s of opt.suggestions) {
    const p = svg("polygon", { points: poly(s.boundary), class: "suggestion", "data-cell": s.cell });
    const t = svg("title", {}); t.textContent = `suggested cell ${s.cell} (score ${s.score.toFixed(2)}, next to ${s.near.join(", ")})`;
    p.append(t);
    map.append(p);
  }
  for (const c of cells) {
    const p = svg("polygon", {
      points: poly(c.boundary), fill: qualityColor(c.quality, lo, hi),
      class: "cell" + (gap.has(c.cell) ? " gap" : "") + (state.selectedCell === c.cell ? " selected" : ""),
      "data-cell": c.cell, "data-quality": c.quality == null ? "" : c.quality,
    });
    const t = svg("title", {});
    t.textContent = `${c.cell}: quality ${score(c.quality)}, ${c.records} records, ${c.tokens} DATs, ${c.stations} stations`;
    p.append(t);
    p.addEventListener("click", () => selectCell(c));
    map.append(p);
  }
  for (const s of state.stations) {
    if (!s.lat && !s.lng) continue;
    const [x, y] = proj([s.lat, s.lng]);
    const d = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 3.5, class: "station", "data-station": s.address });
    const t = svg("title", {}); t.textContent = `station ${s.address}, quality ${score(s.quality)}`;
    d.append(t);
    map.append(d);
  }
  const legend = document.getElementById("legend");
  legend.replaceChildren("score ");
  for (let i = 0; i <= 4; i++) {
    legend.append(el("span", { style: `background:${qualityColor(lo + ((hi - lo) * i) / 4, lo, hi)}` }));
  }
  legend.append(` ${score(lo)} → ${score(hi)}`);
}

function selectCell(c) {
  state.selectedCell = c.cell;
  loadWhatIf(c.cell).catch(showError);
  document.getElementById("cell-info").textContent =
    `cell ${c.cell}: quality ${score(c.quality)}, ${c.records} records in ${c.tokens} DATs from ${c.stations} stations ` +
    `(${c.finalized} finalized, ${c.rejected} rejected, ${c.pending} pending)`;
  const f = document.getElementById("dat-filters");
  f.elements.cell.value = c.cell;
  state.dats.offset = 0;
  drawMap();
  loadDats().catch(showError);
}

async function loadMap() {
  const [cells, opt, stations] = await Promise.all([get("cells"), get("optimization"), get("stations")]);
  state.cells = cells.items;
  state.optimization = opt;
  state.stations = stations.items;
  drawMap();
  drawOptimization();
  drawStations();
  // The planner's answer for the cell at the top of the optimization view until one is clicked.
  if (opt.cells.length && !state.selectedCell) await loadWhatIf(opt.cells[0].cell);
}

// ---------------------------------------------------------------- DAT explorer

async function loadDats() {
  const f = document.getElementById("dat-filters");
  const q = new URLSearchParams();
  for (const name of ["status", "station", "epoch", "cell"]) {
    const v = f.elements[name].value.trim();
    if (v) q.set(name, v);
  }
  q.set("limit", state.dats.limit);
  q.set("offset", state.dats.offset);
  const page = await get("dats?" + q.toString());
  state.dats.total = page.total;
  const body = document.getElementById("dats-body");
  body.replaceChildren();
  for (const t of page.items) {
    const tr = el("tr", { "data-id": t.id, onclick: () => showDat(t.id, tr) },
      el("td", {}, t.id), el("td", { class: "mono" }, short(t.station)), el("td", {}, t.epoch),
      el("td", { class: "mono" }, t.cell || ""), el("td", {}, t.records), el("td", {}, score(t.tentativeScore)),
      el("td", {}, score(t.score)), el("td", {}, badge(t.status)), el("td", {}, t.value));
    body.append(tr);
  }
  const last = Math.min(state.dats.offset + page.items.length, page.total);
  document.getElementById("dat-page").textContent = ` ${page.total ? state.dats.offset + 1 : 0}–${last} of ${page.total} `;
}

async function showDat(id, row) {
  for (const r of document.querySelectorAll("#dats-body tr.selected")) r.classList.remove("selected");
  if (row) row.classList.add("selected");
  const d = await get("dats/" + id);
  const box = document.getElementById("dat-detail");
  const dl = el("dl", {});
  const add = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v));
  add("token", `#${d.id} (class ${d.class})`);
  add("status", badge(d.status));
  if (d.reason) add("reason", d.reason);
  add("station", el("span", { class: "mono" }, d.station || "–"));
  add("owner", el("span", { class: "mono" }, d.owner));
  add("epoch / cell", `${d.epoch} / ${d.cell || "–"}`);
  add("records", d.records);
  add("tentative → agreed", `${score(d.tentativeScore)} → ${score(d.score)}`);
  add("value / shareRatio", `${d.value} / ${d.shareRatio}`);
  add("CID", el("span", { class: "mono" }, d.cid || "–"));
  add("Merkle root", el("span", { class: "mono" }, d.merkleRoot || "–"));
  add("proofs", d.proofList.length ? d.proofList.map((p) => p.type + " " + p.uri).join("; ") : "none");
  add("claimed", d.claims.length ? d.claims.map((c) => tokens(c.amount)).join(" + ") : "nothing yet");
  const evs = el("table", { id: "evaluations" }, el("thead", {}, el("tr", {}, el("th", {}, "validator"), el("th", {}, "round"), el("th", {}, "score"), el("th", {}, "Δ median"))));
  const tb = el("tbody", {});
  for (const e of d.evaluations) {
    const cls = e.agrees == null ? "" : e.agrees ? "agree" : "fault";
    tb.append(el("tr", { "data-validator": e.validator }, el("td", { class: "mono" }, short(e.validator)), el("td", {}, e.round),
      el("td", {}, score(e.score)), el("td", { class: cls }, e.deviation == null ? "–" : (e.deviation > 0 ? "+" : "") + score(e.deviation))));
  }
  evs.append(tb);
  const receipt = el("div", { id: "receipt", class: "receipt" }, "Loading the receipt…");
  box.replaceChildren(el("h3", {}, `DAT #${d.id}`), dl, el("h3", {}, `Evaluations (${d.evaluations.length})`), evs, receipt);
  await showReceipt(id, receipt);
}

// showReceipt draws a token's receipt (GET dats/{id}/explain): why it scored what it scored, the
// median step by step, the decision and its reasons, whether the score was recomputed from the
// package and matches the chain, and what the token earned.
async function showReceipt(id, box) {
  let r;
  try {
    r = await get("dats/" + id + "/explain");
  } catch (e) {
    box.replaceChildren(el("h3", {}, "Receipt"), el("p", { class: "summary" }, "no receipt: " + e.message));
    return;
  }
  const kids = [el("h3", {}, "Receipt: why this score")];
  const dl = el("dl", {});
  const add = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v));
  const rules = r.rules.match ? "matches this server's" : "differs from this server's " + r.rules.hash.slice(0, 10) + "…";
  add("rules", el("span", { class: r.rules.match ? "agree" : "fault", "data-rules-match": String(r.rules.match) },
    `${r.rules.name}: on chain ${r.rules.chain ? r.rules.chain.slice(0, 10) + "…" : "none"}, ${rules}`));
  add("edge score", `${score(r.edge.score)}${r.edge.explanation ? " (" + r.edge.explanation + ")" : ""}`);
  add("round", `${r.round.number}: ${r.validators.length} validator(s) committed`);
  const d = r.decision;
  let decision = "not decided yet";
  if (d.decided) decision = `${d.accepted ? "finalized" : "rejected"} at ${score(d.score)} (threshold ${score(d.threshold)}, quorum ${d.quorum}, tolerance ${score(d.tolerance)})`;
  add("decision", decision);
  if (d.reasons && d.reasons.length) add("reasons", el("span", { class: "fault", id: "receipt-reasons" }, d.reasons.join(", ")));
  kids.push(dl);
  if (r.median) {
    const m = r.median;
    const t = el("table", { id: "receipt-median" }, el("thead", {}, el("tr", {}, el("th", {}, "score"), el("th", {}, "validator"), el("th", {}, "weight"), el("th", {}, "cumulative"))));
    const tb = el("tbody", {});
    m.steps.forEach((s, i) => tb.append(el("tr", { class: i === m.at ? "selected" : "", "data-score": s.score },
      el("td", {}, score(s.score)), el("td", { class: "mono" }, short(s.validator)), el("td", {}, tokens(s.weight)), el("td", {}, tokens(s.cumulative)))));
    t.append(tb);
    kids.push(el("h3", {}, `Stake-weighted median = ${score(m.value)}${m.mean ? " (mean of the two middle scores)" : ""}`), t,
      el("p", { class: "summary" }, m.method));
  }
  const faults = r.validators.filter((v) => v.fault);
  const withheld = r.validators.filter((v) => v.withheld);
  if (faults.length || withheld.length) {
    kids.push(el("p", { id: "receipt-faults", class: "fault" },
      faults.map((v) => `${short(v.validator)} ${v.deviation > 0 ? "+" : ""}${score(v.deviation)} from the median: fault`)
        .concat(withheld.map((v) => `${short(v.validator)} withheld its reveal`)).join("; ")));
  }
  const rc = r.recomputed || {};
  const rec = el("div", { id: "receipt-recomputed", "data-available": String(!!rc.available), "data-matches": String(!!rc.matches) });
  if (!rc.available) {
    rec.append(el("p", { class: "summary" }, "not recomputed" + (rc.why ? ": " + rc.why : "")));
  } else {
    const v = rc.validator;
    rec.append(el("p", { class: rc.matches ? "agree" : "fault" },
      `recomputed from the package: ${score(rc.score)}${v.reason ? " (" + v.reason + ": " + v.reasonText + ")" : ""}` +
      (d.decided ? (rc.matches ? ", matches the chain" : ", does NOT match the chain") : "") +
      (v.replayed ? ` (cross-checks replayed over ${v.rounds} round(s))` : " (the token's own checks)")));
    if (rc.quality) {
      const ul = el("ul", { id: "receipt-steps" });
      for (const s of rc.quality.steps) ul.append(el("li", { "data-rule": s.rule }, el("span", { class: "mono" }, s.rule), " ", s.text));
      rec.append(el("h3", {}, `Quality, rule by rule: ${score(rc.quality.score)} (${rc.quality.type})`), ul);
    }
  }
  kids.push(rec);
  const earned = el("ul", { id: "receipt-earnings" });
  for (const a of r.earnings.rewards) earned.append(el("li", {}, `rewards in ${assetName(a.asset.toLowerCase())}: claimed ${tokens(a.claimed)}, claimable ${tokens(a.pending)}`));
  for (const a of r.earnings.sales) earned.append(el("li", {}, `data sales in ${assetName(a.asset.toLowerCase())}: claimed ${tokens(a.claimed)}`));
  if (!r.earnings.sales.length) earned.append(el("li", {}, "data sales: none claimed"));
  kids.push(el("h3", {}, "Earned"), earned);
  box.replaceChildren(...kids);
}

// ---------------------------------------------------------------- rewards, validators, stations

async function loadRewards() {
  const r = await get("rewards?limit=20");
  document.getElementById("rewards-summary").textContent =
    `settled ${tokens(r.settled)} · claimed ${tokens(r.claimed)} · ${r.epochs.length} reward epoch(s) settled`;
  const body = document.getElementById("rewards-body");
  body.replaceChildren();
  r.leaderboard.forEach((e, i) => {
    body.append(el("tr", { "data-station": e.station || e.owner }, el("td", {}, i + 1), el("td", { class: "mono" }, short(e.station || e.owner)),
      el("td", {}, e.tokens), el("td", {}, tokens(e.earned)), el("td", {}, tokens(e.claimed))));
  });
}

async function loadValidators() {
  const v = await get("validators");
  const body = document.getElementById("validators-body");
  body.replaceChildren();
  for (const x of v.items) {
    body.append(el("tr", { "data-validator": x.address }, el("td", { class: "mono" }, short(x.address)), el("td", {}, tokens(x.stake)),
      el("td", {}, x.agreements), el("td", { class: x.faults ? "fault" : "" }, x.faults), el("td", {}, (100 * x.agreement).toFixed(1) + "%"),
      el("td", {}, x.reveals), el("td", {}, score(Math.round(x.meanAbsDeviation)))));
  }
}

function drawStations() {
  const body = document.getElementById("stations-body");
  body.replaceChildren();
  for (const s of state.stations) {
    body.append(el("tr", { "data-station": s.address, onclick: () => filterStation(s.address) },
      el("td", { class: "mono" }, s.address), el("td", { class: "mono" }, short(s.operator)), el("td", { class: "mono" }, s.cell),
      el("td", {}, s.tokens), el("td", {}, s.finalized), el("td", {}, s.rejected), el("td", {}, score(s.quality)), el("td", {}, tokens(s.earned))));
  }
}

function filterStation(a) {
  const f = document.getElementById("dat-filters");
  f.elements.station.value = a;
  f.elements.cell.value = "";
  state.dats.offset = 0;
  loadDats().catch(showError);
  f.scrollIntoView({ behavior: "smooth" });
}

// loadWhatIf shows the what-if planner's answer for a station at cell (GET /whatif/site).
async function loadWhatIf(cell) {
  const w = await get(`whatif/site?cell=${encodeURIComponent(cell)}`);
  const p = document.getElementById("whatif");
  p.dataset.cell = w.cell;
  p.dataset.source = w.score.source;
  const sc = w.score;
  const around = `${w.density.stations} station(s) in the cell, ${w.density.ring} around it`;
  if (sc.source === "none") {
    p.textContent = `cell ${w.cell}: no estimate (${w.reason || "not enough data"}); ${around}`;
  } else {
    let text = `cell ${w.cell} (${sc.source}): expected agreed score ${score(sc.expected)} (${score(sc.low)}–${score(sc.high)}); ${around}`;
    const r = w.reward;
    if (r) {
      text += `; a station-day of ${r.records} records (${r.recordsFrom}) earns about ${amount(r.expected, r.asset)} ` +
        `(${amount(r.low, r.asset)} – ${amount(r.high, r.asset)}) from the ${r.basisTokens} recent station-days it is based on`;
    }
    p.textContent = text;
  }
  const ul = document.getElementById("whatif-assumptions");
  ul.replaceChildren();
  for (const a of w.assumptions || []) ul.append(el("li", {}, a));
}

function drawOptimization() {
  const o = state.optimization;
  const gaps = document.getElementById("gaps-body");
  gaps.replaceChildren();
  const op = o.options;
  document.getElementById("gap-rule").textContent = op.gapQuality
    ? `⚠ quality below ${score(op.gapQuality)}`
    : `⚠ quality ${score(op.gapMargin)} or more below the network's ${score(Math.round(op.netQuality))}`;
  for (const c of o.cells.slice(0, 15)) {
    gaps.append(el("tr", { "data-cell": c.cell, class: c.isGap ? "gap" : "", onclick: () => selectCell(c) },
      el("td", { class: "mono" }, c.cell + (c.isGap ? " ⚠" : "")), el("td", {}, c.records), el("td", {}, score(c.quality)), el("td", {}, c.gap.toFixed(3))));
  }
  const sug = document.getElementById("suggestions");
  sug.replaceChildren();
  for (const s of o.suggestions) sug.append(el("li", { class: "mono", "data-cell": s.cell }, `${s.cell} (score ${s.score.toFixed(3)})`));
  if (!o.suggestions.length) sug.append(el("li", {}, "none: no coverage gap"));
  const fall = document.getElementById("falling");
  fall.replaceChildren();
  for (const f of o.falling) {
    fall.append(el("li", { "data-station": f.station }, el("span", { class: "mono" }, short(f.station)),
      ` ${score(f.previous)} → ${score(f.latest)} (epoch ${f.fromEpoch} → ${f.toEpoch})`));
  }
  if (!o.falling.length) fall.append(el("li", {}, "none"));
}

// ---------------------------------------------------------------- amounts

const ZERO = "0x0000000000000000000000000000000000000000";

// assetName names a market asset: ETH, the network token, or its address.
function assetName(a) {
  if (!a || a === ZERO) return "ETH";
  if (state.token && a === state.token) return "token";
  return short(a);
}

// amount renders base units of an 18-decimal asset: small amounts in base units, others with
// up to four decimals.
function amount(v, asset) {
  if (v == null) return "–";
  const x = BigInt(v);
  const unit = 10n ** 18n;
  const name = assetName(asset);
  if (x !== 0n && x < 10n ** 12n) return `${x} ${name === "ETH" ? "wei" : "base units"}`;
  const frac = ((x % unit) * 10000n) / unit;
  return `${x / unit}.${frac.toString().padStart(4, "0")} ${name}`;
}

// shares renders vault shares (24 decimals: the token's 18 and 6 of offset) as whole shares.
function shares(v) {
  const x = BigInt(v);
  const unit = 10n ** 24n;
  return `${x / unit}.${(((x % unit) * 10000n) / unit).toString().padStart(4, "0")} shares`;
}

const gb = (kb) => (Number(kb) / 1048576).toFixed(2) + " GB";
const when = (t) => (t ? new Date(t * 1000).toISOString().slice(0, 16).replace("T", " ") : "–");

// ---------------------------------------------------------------- market

async function loadMarket() {
  const page = await get("listings?limit=100");
  const body = document.getElementById("listings-body");
  body.replaceChildren();
  for (const l of page.items) {
    const tr = el("tr", { "data-listing": l.id, onclick: () => showListing(l.id).catch(showError) },
      el("td", {}, l.id), el("td", {}, l.class), el("td", {}, l.tokens ?? "?"), el("td", {}, l.units ?? "?"),
      el("td", {}, amount(l.pricePerUnit, l.asset)), el("td", {}, l.purposeNames.join(", ")),
      el("td", {}, `${l.licenceUri} · ${Math.round(l.accessDuration / 86400)} d`),
      el("td", { class: "mono", title: l.certificateHash }, short(l.certificateHash)), el("td", {}, `${l.delivered}/${l.purchases}`),
      el("td", {}, badge(l.open ? "open" : "closed")));
    body.append(tr);
  }
  if (!page.items.length) body.append(el("tr", {}, el("td", { colspan: 10 }, "no listing yet")));
  else await showListing(page.items[0].id);
}

async function showListing(id) {
  for (const r of document.querySelectorAll("#listings-body tr.selected")) r.classList.remove("selected");
  const row = document.querySelector(`#listings-body tr[data-listing="${id}"]`);
  if (row) row.classList.add("selected");
  const l = await get("listings/" + id);
  drawCoverage(l);
  const dl = el("dl", {});
  const add = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v));
  add("listing", `#${l.id} (class ${l.class}) by ${short(l.seller)}`);
  add("price", `${amount(l.pricePerUnit, l.asset)} per unit`);
  add("purposes", l.purposeNames.join(", "));
  add("licence", `${l.licenceUri}, ${Math.round(l.accessDuration / 86400)} days; delivery within ${Math.round(l.deliveryWindow / 60)} min`);
  add("certificate", el("span", { class: "mono", id: "listing-certificate" }, l.certificateHash));
  add("manifest", el("span", { class: "mono" }, l.manifestCid));
  add("Merkle root", el("span", { class: "mono" }, l.manifestRoot));
  add("DATs / units", l.tokens == null ? "unknown until a purchase" : `${l.tokens} / ${l.units}`);
  add("coverage", `${l.cells.length} H3 cells`);
  const ps = el("tbody", {});
  for (const p of l.purchaseList) {
    ps.append(el("tr", { "data-purchase": p.id }, el("td", {}, p.id), el("td", { class: "mono" }, short(p.buyer)), el("td", {}, p.purposeName),
      el("td", {}, badge(p.state)), el("td", {}, p.delivery ? p.delivery.units : p.units)));
  }
  const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "purchase"), el("th", {}, "buyer"), el("th", {}, "purpose"), el("th", {}, "state"), el("th", {}, "units"))), ps);
  document.getElementById("listing-detail").replaceChildren(el("h3", {}, `Listing #${l.id}`), dl, el("h3", {}, `Purchases (${l.purchaseList.length})`), table);
}

// drawCoverage draws the network's cells in grey and the listing's cells over them, darker with
// more units.
function drawCoverage(l) {
  const map = document.getElementById("listing-map");
  map.replaceChildren();
  const pts = [];
  for (const c of l.cells) pts.push(...c.boundary);
  for (const c of state.cells) pts.push(...c.boundary);
  if (!pts.length) {
    const t = svg("text", { x: 400, y: 210, "text-anchor": "middle", class: "label" });
    t.textContent = l.tokens == null ? "coverage unknown until a purchase shows the manifest" : "no cell";
    map.append(t);
    return;
  }
  const proj = projector(pts, 800, 420, 24);
  const poly = (b) => b.map((p) => proj(p).map((v) => v.toFixed(1)).join(",")).join(" ");
  const mine = new Set(l.cells.map((c) => c.cell));
  for (const c of state.cells) {
    if (!mine.has(c.cell)) map.append(svg("polygon", { points: poly(c.boundary), class: "context", "data-context": c.cell }));
  }
  const most = Math.max(1, ...l.cells.map((c) => c.units));
  for (const c of l.cells) {
    const p = svg("polygon", { points: poly(c.boundary), class: "cell", "data-cell": c.cell,
      fill: `hsl(212, 60%, ${(78 - 40 * (c.units / most)).toFixed(0)}%)` });
    const t = svg("title", {});
    t.textContent = `${c.cell}: ${c.tokens} DATs, ${c.units} units, ${c.records} records`;
    p.append(t);
    map.append(p);
  }
}

async function lookupHolder(address) {
  const box = document.getElementById("holder-result");
  document.getElementById("holder-form").elements.address.value = address;
  const h = await get("holders/" + address);
  const consent = el("tbody", { id: "consent-body" });
  for (const c of h.consents) {
    consent.append(el("tr", { "data-class": c.class }, el("td", {}, c.class),
      el("td", {}, c.purposeNames.length ? c.purposeNames.join(", ") : "none (revoked)"),
      el("td", {}, c.allowListOnly ? "allow-list only" : "any buyer"),
      el("td", {}, c.floors.map((f) => (f.accepted ? `${assetName(f.asset)} ≥ ${amount(f.pricePerUnit, f.asset)}` : `${assetName(f.asset)} refused`)).join("; ") || "no asset"),
      el("td", {}, c.buyerRules.map((r) => `${r.rule} ${short(r.buyer)}`).join("; ") || "–")));
  }
  if (!h.consents.length) consent.append(el("tr", {}, el("td", { colspan: 5 }, "no consent: sells nothing")));
  const earn = el("tbody", { id: "earnings-body" });
  for (const e of h.earnings) {
    earn.append(el("tr", { "data-purchase": e.purchase }, el("td", {}, e.purchase), el("td", {}, e.listing), el("td", {}, e.entries),
      el("td", {}, amount(e.claimed, e.asset)), el("td", {}, amount(e.pending, e.asset)), el("td", {}, when(e.time))));
  }
  if (!h.earnings.length) earn.append(el("tr", {}, el("td", { colspan: 6 }, "no sale yet")));
  box.replaceChildren(
    el("h3", {}, "Consent"),
    el("table", {}, el("thead", {}, el("tr", {}, ...["class", "purposes", "buyers", "floors", "buyer rules"].map((x) => el("th", {}, x)))), consent),
    el("h3", {}, "Earnings per sale"),
    el("table", {}, el("thead", {}, el("tr", {}, ...["purchase", "listing", "DATs", "claimed", "to claim", "delivered"].map((x) => el("th", {}, x)))), earn));
}

async function lookupBuyer(address) {
  const box = document.getElementById("buyer-result");
  document.getElementById("buyer-form").elements.address.value = address;
  const page = await get("purchases?limit=100&buyer=" + address);
  const body = el("tbody", { id: "buyer-purchases-body" });
  for (const p of page.items) {
    const tr = el("tr", { "data-purchase": p.id, onclick: () => showPurchase(p.id).catch(showError) },
      el("td", {}, p.id), el("td", {}, p.listing), el("td", {}, p.purposeName), el("td", {}, badge(p.state)),
      el("td", {}, p.delivery ? `${p.delivery.tokens} DATs, ${p.delivery.units} units` : `${p.tokens} DATs, ${p.units} units`),
      el("td", {}, amount(p.delivery ? p.delivery.charged : p.amount, p.asset)),
      el("td", { class: "mono" }, p.delivery ? short(p.delivery.bundleCid) : "–"));
    body.append(tr);
  }
  if (!page.items.length) body.append(el("tr", {}, el("td", { colspan: 7 }, "no purchase")));
  box.replaceChildren(el("table", {}, el("thead", {}, el("tr", {}, ...["purchase", "listing", "purpose", "state", "bought", "paid", "bundle"].map((x) => el("th", {}, x)))), body));
  if (page.items.length) await showPurchase(page.items[page.items.length - 1].id);
  else document.getElementById("purchase-detail").replaceChildren();
}

async function showPurchase(id) {
  const p = await get("purchases/" + id);
  const dl = el("dl", {});
  const add = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v));
  add("purchase", `#${p.id} of listing #${p.listing} for ${p.purposeName}`);
  add("state", badge(p.state));
  add("escrowed", amount(p.amount, p.asset));
  if (p.delivery) {
    add("delivered", `${when(p.delivery.time)} by ${short(p.delivery.gateway)}: ${p.delivery.tokens} DATs, ${p.delivery.units} units`);
    add("bundle", el("span", { class: "mono", id: "bundle-cid" }, p.delivery.bundleCid));
    add("pool", amount(p.delivery.pool, p.asset) + ` · claimed ${amount(p.claimed, p.asset)}`);
  } else if (p.refund) {
    add("refunded", `${amount(p.refund.amount, p.asset)} at ${when(p.refund.time)}`);
  } else {
    add("delivery by", when(p.deadline));
  }
  add("licence ends", when(p.licenceEnds));
  const body = el("tbody", { id: "purchase-entries-body" });
  for (const e of p.entries) {
    body.append(el("tr", { "data-token": e.token, "data-state": e.state }, el("td", {}, e.index), el("td", {}, e.token), el("td", {}, e.units),
      el("td", {}, badge(e.state), e.reason ? " " + e.reason : ""), el("td", {}, e.share ? amount(e.share, p.asset) : "–"),
      el("td", {}, e.state === "delivered" ? (e.claimed ? "claimed" : "to claim") : "")));
  }
  const rows = p.entriesKnown ? el("table", {}, el("thead", {}, el("tr", {}, ...["#", "DAT", "units", "entry", "share", "claim"].map((x) => el("th", {}, x)))), body)
    : el("p", { class: "hint" }, "the manifest is not known to the index");
  document.getElementById("purchase-detail").replaceChildren(el("h3", {}, `Purchase #${p.id}`), dl, rows);
}

// ---------------------------------------------------------------- FreeData

async function loadFreeData() {
  let v;
  try {
    v = await get("vault");
  } catch (e) {
    document.getElementById("vault-figures").replaceChildren(el("dd", {}, "no FreeData vault in this deployment"));
    return;
  }
  const dl = document.getElementById("vault-figures");
  dl.replaceChildren();
  const add = (k, x, id) => dl.append(el("dt", {}, k), el("dd", id ? { id } : {}, x));
  add("total assets", amount(v.totalAssets, state.token), "vault-total");
  add("shares", shares(v.supply));
  add("share price", v.sharePrice.toFixed(6) + " token / share", "vault-share-price");
  add("vesting", `${amount(v.vestingAmount, state.token)} until ${when(v.vestingEnd)} (${amount(v.vested, state.token)} released since the last sync)`);
  add("emission", `${amount(v.emissionRate, state.token)} / s from a reserve of ${amount(v.emissionReserve, state.token)}`);
  add("revenue", `${amount(v.revenue, state.token)} (market fees ${amount(v.feesCollected, state.token)})`);
  add("price of credit", `${amount(v.pricePerGB, state.token)} per GB`);
  add("plans", `${v.plans.subscribers} subscribers, ${v.plans.throttled} throttled; principal ${amount(v.plans.principal, state.token)}`);
  add("credit / used", `${gb(v.plans.creditKB)} / ${gb(v.plans.usedKB)}`, "vault-usage");
  if (!v.complete) add("note", "the node had no state before the first indexed block: figures count indexed events only");
  drawChart(document.getElementById("freedata-chart"), v.series);
}

// drawChart draws cumulative credit issued from yield and data used (GB) against time, as two
// step lines in plain SVG.
function drawChart(chart, series) {
  chart.replaceChildren();
  chart.setAttribute("class", "chart");
  const W = 600, H = 300, L = 56, R = 14, T = 26, B = 34;
  if (!series.length) {
    const t = svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" });
    t.textContent = "no yield converted and no usage yet";
    chart.append(t);
    return;
  }
  const t0 = series[0].time, t1 = Math.max(series[series.length - 1].time, t0 + 1);
  const top = Math.max(1, ...series.map((p) => Math.max(p.creditKB, p.usedKB))) / 1048576;
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const y = (g) => H - B - (g / top) * (H - T - B);
  for (let i = 0; i <= 4; i++) {
    const g = (top * i) / 4;
    chart.append(svg("line", { x1: L, x2: W - R, y1: y(g).toFixed(1), y2: y(g).toFixed(1), class: i ? "grid" : "axis" }));
    const lab = svg("text", { x: L - 6, y: (y(g) + 4).toFixed(1), "text-anchor": "end" });
    lab.textContent = g.toFixed(g < 10 ? 1 : 0);
    chart.append(lab);
  }
  chart.append(svg("line", { x1: L, x2: L, y1: T, y2: H - B, class: "axis" }));
  for (const [t, anchor] of [[t0, "start"], [t1, "end"]]) {
    const lab = svg("text", { x: x(t).toFixed(1), y: H - B + 16, "text-anchor": anchor });
    lab.textContent = when(t);
    chart.append(lab);
  }
  const unit = svg("text", { x: 8, y: 14 });
  unit.textContent = "GB";
  chart.append(unit);
  for (const [key, label, k] of [["creditKB", "credit from yield", 0], ["usedKB", "data used", 1]]) {
    const pts = [];
    let prev = null;
    for (const p of series) {
      const g = p[key] / 1048576;
      if (prev != null) pts.push(`${x(p.time).toFixed(1)},${y(prev).toFixed(1)}`);
      pts.push(`${x(p.time).toFixed(1)},${y(g).toFixed(1)}`);
      prev = g;
    }
    if (pts.length === 1) pts.push(`${(W - R).toFixed(1)},${y(prev).toFixed(1)}`);
    const cls = key === "creditKB" ? "credit" : "used";
    chart.append(svg("polyline", { points: pts.join(" "), class: "series " + cls, "data-series": cls }));
    chart.append(svg("rect", { x: L + 10 + k * 150, y: 8, width: 12, height: 4, class: "key " + cls }));
    const lab = svg("text", { x: L + 26 + k * 150, y: 14 });
    lab.textContent = label;
    chart.append(lab);
  }
}

// loadSimulation draws the sustainability simulation (GET /freedata/simulation with its
// defaults) once: it reads nothing from the chain, so it does not change while the page is open.
async function loadSimulation() {
  if (state.simulation) return;
  const summary = document.getElementById("sim-summary");
  let r;
  try {
    r = await get("freedata/simulation");
  } catch (e) {
    summary.textContent = "simulation unavailable: " + e.message;
    return;
  }
  state.simulation = r;
  const c = r.config;
  summary.replaceChildren(
    `${c.subscribers} subscribers depositing ${c.depositMedian} tokens and using ${c.usageMedianGB} GB a month (medians) at ${c.pricePerGB} token per GB, over ${c.years} years: `,
    `the worst month covers ${(100 * r.minCovered).toFixed(1)} % of them, and a plan of median usage needs a deposit of `,
    el("strong", { id: "sim-deposit" }, `${r.depositForMedian.toFixed(0)} tokens`),
    " to stay covered every month.");
  drawSimulation(document.getElementById("simulation-chart"), r);
}

// drawSimulation draws the share of subscribers fully covered each month (a line with a point per
// month, left axis) and the month's emission (a step line, right axis, halving at each dashed mark).
function drawSimulation(chart, r) {
  chart.replaceChildren();
  chart.setAttribute("class", "chart");
  const W = 900, H = 300, L = 56, R = 64, T = 26, B = 34;
  const months = r.months;
  const n = months.length;
  const lo = Math.max(0, Math.floor((Math.min(...months.map((m) => m.covered)) - 0.02) * 10) / 10);
  const eTop = Math.max(1e-9, ...months.map((m) => m.emission));
  const x = (i) => L + (n > 1 ? i / (n - 1) : 0.5) * (W - L - R); // i: 0-based month
  const y = (cov) => H - B - ((cov - lo) / (1 - lo)) * (H - T - B);
  const ye = (e) => H - B - (e / eTop) * (H - T - B);
  for (let i = 0; i <= 4; i++) {
    const cov = lo + ((1 - lo) * i) / 4;
    chart.append(svg("line", { x1: L, x2: W - R, y1: y(cov).toFixed(1), y2: y(cov).toFixed(1), class: i ? "grid" : "axis" }));
    const lab = svg("text", { x: L - 6, y: (y(cov) + 4).toFixed(1), "text-anchor": "end" });
    lab.textContent = (100 * cov).toFixed(cov < 1 && lo > 0.5 ? 1 : 0) + " %";
    chart.append(lab);
    const e = (eTop * i) / 4;
    const rl = svg("text", { x: W - R + 6, y: (ye(e) + 4).toFixed(1) });
    rl.textContent = e.toFixed(0);
    chart.append(rl);
  }
  chart.append(svg("line", { x1: L, x2: L, y1: T, y2: H - B, class: "axis" }));
  chart.append(svg("line", { x1: W - R, x2: W - R, y1: T, y2: H - B, class: "axis" }));
  for (let yr = 0; yr * 12 < n; yr++) {
    const i = yr * 12;
    if (yr > 0) chart.append(svg("line", { x1: x(i - 0.5).toFixed(1), x2: x(i - 0.5).toFixed(1), y1: T, y2: H - B, class: "halving", "data-month": i + 1 }));
    const lab = svg("text", { x: x(Math.min(i + 5.5, n - 1)).toFixed(1), y: H - B + 16, "text-anchor": "middle" });
    lab.textContent = "year " + (yr + 1);
    chart.append(lab);
  }
  const covered = months.map((m, i) => `${x(i).toFixed(1)},${y(m.covered).toFixed(1)}`);
  const emission = [];
  months.forEach((m, i) => {
    emission.push(`${x(Math.max(0, i - 0.5)).toFixed(1)},${ye(m.emission).toFixed(1)}`, `${x(Math.min(n - 1, i + 0.5)).toFixed(1)},${ye(m.emission).toFixed(1)}`);
  });
  chart.append(svg("polyline", { points: emission.join(" "), class: "series emission", "data-series": "emission" }));
  chart.append(svg("polyline", { points: covered.join(" "), class: "series covered", "data-series": "covered" }));
  for (const [label, cls, k] of [["subscribers fully covered", "covered", 0], ["emission of the month, tokens (right)", "emission", 1]]) {
    chart.append(svg("rect", { x: L + 10 + k * 200, y: 8, width: 12, height: 4, class: "key " + cls }));
    const lab = svg("text", { x: L + 26 + k * 200, y: 14 });
    lab.textContent = label;
    chart.append(lab);
  }
}

async function lookupPlan(address) {
  const box = document.getElementById("plan-result");
  document.getElementById("plan-form").elements.address.value = address;
  let p;
  try {
    p = await get("plans/" + address);
  } catch (e) {
    box.replaceChildren(el("p", {}, e.message));
    document.getElementById("plan-chart").replaceChildren();
    return;
  }
  const dl = el("dl", { class: "figures", id: "plan-figures" });
  const add = (k, x, id) => dl.append(el("dt", {}, k), el("dd", id ? { id } : {}, x));
  add("state", badge(p.throttled ? "throttled" : "active"), "plan-state");
  add("credit", `${gb(p.creditKB)} issued, ${gb(p.usedKB)} used, ${gb(p.availableKB)} left`, "plan-credit");
  add("deposit", `${amount(p.principal, state.token)} principal (${amount(p.deposited, state.token)} deposited since ${when(p.since)})`);
  add("yield converted", amount(p.yieldConverted, state.token));
  add("subscriber id", el("span", { class: "mono" }, short(p.subscriberId)));
  const body = el("tbody", { id: "plan-history-body" });
  for (const e of p.history) {
    const what = { subscribed: amount(e.assets, state.token) + " deposited", converted: `${amount(e.assets, state.token)} → ${gb(e.kb)}`,
      metered: gb(e.kb) + " used", throttled: gb(e.kb) + " short", unthrottled: gb(e.kb) + " available", withdrawn: amount(e.assets, state.token) + " withdrawn" }[e.kind];
    body.append(el("tr", { "data-kind": e.kind }, el("td", {}, when(e.time)), el("td", {}, e.kind), el("td", {}, what)));
  }
  box.replaceChildren(dl, el("h3", {}, "History"), el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "time"), el("th", {}, "event"), el("th", {}, ""))), body));
  drawChart(document.getElementById("plan-chart"), p.series);
}

// ---------------------------------------------------------------- pages

// route shows the page the address names: #network (default), #market, #freedata, each with
// optional lookups (#market?holder=0x…&buyer=0x…, #freedata?plan=0x…); #dat=ID opens a DAT.
async function route() {
  const m = /^#(network|market|freedata)(?:\?(.*))?$/.exec(location.hash);
  const page = m ? m[1] : "network";
  for (const p of ["network", "market", "freedata"]) document.getElementById("page-" + p).hidden = p !== page;
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.page === page);
  const q = new URLSearchParams(m && m[2] ? m[2] : "");
  const jobs = [];
  if (q.get("holder")) jobs.push(lookupHolder(q.get("holder")));
  if (q.get("buyer")) jobs.push(lookupBuyer(q.get("buyer")));
  if (q.get("plan")) jobs.push(lookupPlan(q.get("plan")));
  await Promise.all(jobs);
}

for (const [form, fn] of [["holder-form", lookupHolder], ["buyer-form", lookupBuyer], ["plan-form", lookupPlan]]) {
  document.getElementById(form).addEventListener("submit", (ev) => {
    ev.preventDefault();
    const a = ev.target.elements.address.value.trim();
    if (a) fn(a).catch(showError);
  });
}

// ---------------------------------------------------------------- wiring

function showError(e) {
  document.getElementById("status").textContent = "error: " + e.message;
}

async function loadAll() {
  await Promise.all([loadStatus(), loadMap(), loadDats(), loadRewards(), loadValidators()]);
  await Promise.all([loadMarket(), loadFreeData(), loadSimulation()]); // after the status (the token) and the cells
}

document.getElementById("dat-filters").addEventListener("submit", (ev) => {
  ev.preventDefault();
  state.dats.offset = 0;
  loadDats().catch(showError);
});
document.getElementById("dat-prev").addEventListener("click", () => {
  state.dats.offset = Math.max(0, state.dats.offset - state.dats.limit);
  loadDats().catch(showError);
});
document.getElementById("dat-next").addEventListener("click", () => {
  if (state.dats.offset + state.dats.limit < state.dats.total) state.dats.offset += state.dats.limit;
  loadDats().catch(showError);
});

// #dat=ID in the address opens that DAT's detail (links from elsewhere, and the browser test).
async function openFromHash() {
  const m = /^#dat=(\d+)$/.exec(location.hash);
  if (m) await showDat(m[1], document.querySelector(`#dats-body tr[data-id="${m[1]}"]`));
  else await route();
}
window.addEventListener("hashchange", () => openFromHash().catch(showError));

loadAll()
  .then(openFromHash)
  .then(() => { document.body.dataset.ready = "1"; })
  .catch((e) => { showError(e); document.body.dataset.ready = "error"; });
// Follow a live network: status every 10 s, the map and the boards every 30 s (the DAT explorer
// keeps its page and selection until asked).
setInterval(() => loadStatus().catch(showError), 10000);
setInterval(() => Promise.all([loadMap(), loadRewards(), loadValidators(), loadFreeData()]).catch(showError), 30000);
