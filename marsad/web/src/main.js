// Marsad web map: filters <-> URL, clustered event map on an offline vector basemap,
// a brushable daily histogram, an event list and an event detail with highlighted evidence.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import Supercluster from "supercluster";
import "./style.css";
import { t } from "./i18n.js";

// Colours of the six ACLED event types (anything else is grey).
const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
const FILTERS = ["date_from", "date_to", "event_type", "sub_event_type", "country", "admin1", "actor", "inter",
  "min_fatalities", "min_confidence", "q"];
const MAP_LIMIT = 5000;
const LIST_LIMIT = 300;

const state = { lang: "en", filters: {}, meta: null, events: [], selected: null, total: 0 };
const $ = (sel) => document.querySelector(sel);
const colour = (type) => TYPE_COLOURS[type] || "#6b7280";
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

// ---------- URL state ----------
function readUrl() {
  const params = new URLSearchParams(location.search);
  state.lang = params.get("lang") === "ar" ? "ar" : "en";
  state.filters = {};
  for (const key of FILTERS) if (params.get(key)) state.filters[key] = params.get(key);
  state.selected = params.get("event");
}

function writeUrl() {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v !== "" && v != null) params.set(k, v);
  if (state.lang === "ar") params.set("lang", "ar");
  if (state.selected) params.set("event", state.selected);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function apiQuery(extra = {}, omit = []) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v !== "" && v != null && !omit.includes(k)) params.set(k, v);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
}

// ---------- language ----------
function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(state.lang, el.dataset.i18n);
  $("#lang-toggle").textContent = t(state.lang, "lang");
  basemap.relabel();
}

// ---------- basemap (offline GeoJSON, no tiles) ----------
const map = L.map("map", { preferCanvas: true, worldCopyJump: false, minZoom: 2, maxZoom: 14, attributionControl: true })
  .setView([35, 38.5], 6);
map.attributionControl.setPrefix(false);
map.attributionControl.addAttribution("Natural Earth · OpenSyria (CC BY 4.0) · Who's On First · CLDR");
map.createPane("labels").style.zIndex = 450;
map.getPane("labels").style.pointerEvents = "none";

const basemap = {
  countries: null, labels: L.layerGroup(), admin1: L.layerGroup(), data: { countries: null, admin1: null },
  label(name, cls) { return L.divIcon({ className: `map-label ${cls}`, html: esc(name), iconSize: null }); },
  relabel() {
    const key = state.lang === "ar" ? "name_ar" : "name";
    this.labels.clearLayers();
    this.admin1.clearLayers();
    for (const f of this.data.countries?.features || []) {
      const [lon, lat] = f.properties.label;
      this.labels.addLayer(L.marker([lat, lon], { icon: this.label(f.properties[key], "country"), pane: "labels", interactive: false }));
    }
    for (const f of this.data.admin1?.features || []) {
      const [lon, lat] = f.geometry.coordinates;
      this.admin1.addLayer(L.marker([lat, lon], { icon: this.label(f.properties[key], "admin1"), pane: "labels", interactive: false }));
    }
    this.zoomed();
  },
  zoomed() {
    const z = map.getZoom();
    if (z >= 3) this.labels.addTo(map); else this.labels.remove();
    if (z >= 6) this.admin1.addTo(map); else this.admin1.remove();
  },
  async load() {
    const [countries, admin1] = await Promise.all([getJson("/basemap/countries.json"), getJson("/basemap/admin1.json")]);
    this.data = { countries, admin1 };
    this.countries = L.geoJSON(countries, {
      style: { color: "#94a3b8", weight: 1, fillColor: "#f1f5f9", fillOpacity: 1 }, interactive: false,
    }).addTo(map);
    this.relabel();
  },
};
map.on("zoomend", () => basemap.zoomed());
map.getContainer().style.background = "#dbeafe";

// ---------- events on the map (supercluster) ----------
const eventLayer = L.layerGroup().addTo(map);
const selectedLayer = L.layerGroup().addTo(map);
let index = null;

function radius(fatalities) { return 5 + Math.min(20, 2.2 * Math.sqrt(fatalities || 0)); }
// Doubtful events (low model confidence that they are real and not copies) are drawn faint rather
// than hidden, so a reader still sees them; events stored before confidence existed stay solid.
function fillOpacity(confidence) { return confidence == null ? 0.85 : 0.15 + 0.7 * confidence; }

function buildIndex(features) {
  index = new Supercluster({
    radius: 45, maxZoom: 12,
    map: (p) => ({ fatalities: p.fatalities || 0, types: { [p.event_type]: 1 } }),
    reduce: (acc, p) => {
      acc.fatalities += p.fatalities;
      for (const [k, v] of Object.entries(p.types)) acc.types[k] = (acc.types[k] || 0) + v;
    },
  });
  index.load(features.filter((f) => f.geometry));
  drawClusters();
}

function drawClusters() {
  eventLayer.clearLayers();
  if (!index) return;
  const b = map.getBounds();
  const clusters = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()));
  for (const c of clusters) {
    const [lon, lat] = c.geometry.coordinates;
    const p = c.properties;
    if (p.cluster) {
      const dominant = Object.entries(p.types).sort((a, b) => b[1] - a[1])[0][0];
      const size = 22 + Math.min(30, 6 * Math.log2(p.point_count));
      const icon = L.divIcon({
        className: "cluster", iconSize: [size, size],
        html: `<div style="background:${colour(dominant)};width:${size}px;height:${size}px;line-height:${size}px">${p.point_count}</div>`,
      });
      L.marker([lat, lon], { icon, title: `${p.point_count} events, ${p.fatalities} fatalities` })
        .on("click", () => map.setView([lat, lon], Math.min(index.getClusterExpansionZoom(c.id), 14)))
        .addTo(eventLayer);
    } else {
      L.circleMarker([lat, lon], {
        radius: radius(p.fatalities), color: "#111827", weight: 1, fillColor: colour(p.event_type), fillOpacity: fillOpacity(p.confidence),
      }).bindTooltip(`${esc(p.event_date)} · ${esc(p.sub_event_type)} · ${esc(p.location)} (${p.fatalities})`)
        .on("click", () => openDetail(p.event_id))
        .addTo(eventLayer);
    }
  }
}
map.on("moveend", drawClusters);

function drawLegend() {
  $("#legend").innerHTML = Object.entries(TYPE_COLOURS)
    .map(([type, c]) => `<span><i style="background:${c}"></i>${esc(type)}</span>`).join("")
    + `<span class="faint-note" data-i18n="faint">${esc(t(state.lang, "faint"))}</span>`;
}

// ---------- filters ----------
function fillSelect(name, values, labelOf = (v) => v) {
  const select = document.querySelector(`#filters [name=${name}]`);
  const current = state.filters[name] || "";
  select.length = 1;
  for (const v of values) select.add(new Option(labelOf(v), v));
  if (current && !values.map(String).includes(String(current))) select.add(new Option(current, current));
  select.value = current;
}

function fillForm() {
  const form = $("#filters");
  for (const key of FILTERS) if (form.elements[key]) form.elements[key].value = state.filters[key] || "";
}

function subTypes() {
  const types = state.meta?.types || [];
  const chosen = state.filters.event_type;
  return [...new Set(types.filter((x) => !chosen || x.event_type === chosen).map((x) => x.sub_event_type))];
}

function readForm() {
  const form = $("#filters");
  const filters = {};
  for (const key of FILTERS) {
    const value = form.elements[key]?.value?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

// ---------- list ----------
function drawList() {
  const list = $("#event-list");
  if (!state.events.length) { list.innerHTML = `<li class="empty">${esc(t(state.lang, "no_events"))}</li>`; return; }
  list.innerHTML = state.events.slice(0, LIST_LIMIT).map((f) => {
    const p = f.properties;
    return `<li data-id="${esc(p.event_id)}" class="${p.event_id === state.selected ? "selected" : ""}">
      <i style="background:${colour(p.event_type)}"></i>
      <b>${esc(p.event_date || "?")}</b> ${esc(p.sub_event_type)}<br>
      <span>${esc(p.location || p.admin1 || p.country || "")}</span> · <span>${esc(p.actor1 || "")}</span>
      ${p.fatalities ? `<em>☠ ${p.fatalities}</em>` : ""}</li>`;
  }).join("");
}
$("#event-list").addEventListener("click", (e) => {
  const li = e.target.closest("li[data-id]");
  if (li) openDetail(li.dataset.id);
});

// ---------- timeline histogram with brushing ----------
const histogram = { days: [], x0: 0, width: 0 };

function dayIndex(iso) { return Math.round((Date.parse(iso) - Date.parse(histogram.first)) / 86400000); }
function isoOf(i) { return new Date(Date.parse(histogram.first) + i * 86400000).toISOString().slice(0, 10); }

function drawHistogram(byDay) {
  const svg = $("#histogram");
  const box = svg.getBoundingClientRect();
  const w = Math.max(200, box.width), h = Math.max(60, box.height), pad = 18;
  const dated = byDay.filter((d) => d.key);
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  if (!dated.length) { svg.innerHTML = ""; return; }
  histogram.first = dated[0].key;
  const n = dayIndex(dated[dated.length - 1].key) + 1;
  const max = Math.max(...dated.map((d) => d.events));
  const bw = (w - 2 * pad) / n;
  Object.assign(histogram, { n, bw, pad, w, h });
  const from = state.filters.date_from, to = state.filters.date_to;
  const bars = dated.map((d) => {
    const i = dayIndex(d.key);
    const bh = (h - pad - 4) * (d.events / max);
    const inside = (!from || d.key >= from) && (!to || d.key <= to);
    return `<rect class="bar${inside ? "" : " out"}" x="${pad + i * bw}" y="${h - pad - bh}" width="${Math.max(1, bw - 1)}" height="${bh}"><title>${d.key}: ${d.events}</title></rect>`;
  }).join("");
  const axis = `<text x="${pad}" y="${h - 4}">${dated[0].key}</text><text x="${w - pad}" y="${h - 4}" text-anchor="end">${dated[dated.length - 1].key}</text>`;
  svg.innerHTML = `${bars}${axis}<rect id="brush" y="0" height="${h - pad}" width="0" x="0"></rect>`;
}

function brushIndex(evt) {
  const svg = $("#histogram");
  const box = svg.getBoundingClientRect();
  const x = ((evt.clientX - box.left) / box.width) * histogram.w;
  return Math.max(0, Math.min(histogram.n - 1, Math.floor((x - histogram.pad) / histogram.bw)));
}

function setupBrush() {
  const svg = $("#histogram");
  let start = null;
  svg.addEventListener("mousedown", (e) => { if (histogram.n) { start = brushIndex(e); e.preventDefault(); } });
  window.addEventListener("mousemove", (e) => {
    if (start === null) return;
    const end = brushIndex(e);
    const brush = $("#brush");
    const a = Math.min(start, end), b = Math.max(start, end);
    brush.setAttribute("x", histogram.pad + a * histogram.bw);
    brush.setAttribute("width", (b - a + 1) * histogram.bw);
  });
  window.addEventListener("mouseup", (e) => {
    if (start === null) return;
    const end = brushIndex(e);
    const a = Math.min(start, end), b = Math.max(start, end);
    start = null;
    state.filters.date_from = isoOf(a);
    state.filters.date_to = isoOf(b);
    fillForm();
    refresh();
  });
  $("#clear-brush").addEventListener("click", () => {
    delete state.filters.date_from; delete state.filters.date_to; fillForm(); refresh();
  });
}

// ---------- detail ----------
function highlighted(text, spans) {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = "", pos = 0;
  for (const [s, e] of sorted) {
    if (s < pos || e > text.length) continue;
    out += esc(text.slice(pos, s)) + `<mark class="evidence">${esc(text.slice(s, e))}</mark>`;
    pos = e;
  }
  return out + esc(text.slice(pos));
}

function row(key, value) {
  if (value === null || value === undefined || value === "") return "";
  return `<tr><th>${esc(t(state.lang, key))}</th><td>${value}</td></tr>`;
}

async function openDetail(eventId) {
  state.selected = eventId;
  writeUrl();
  drawList();
  const panel = $("#detail");
  panel.hidden = false;
  $("#detail-body").textContent = t(state.lang, "loading");
  try {
    const { event: ev, article } = await getJson(`/api/events/${encodeURIComponent(eventId)}`);
    const lang = state.lang;
    selectedLayer.clearLayers();
    if (ev.latitude != null) {
      L.circleMarker([ev.latitude, ev.longitude], { radius: 16, color: "#eab308", weight: 4, fill: false, interactive: false })
        .addTo(selectedLayer);
    }
    const yesNo = (b) => t(lang, b ? "yes" : "no");
    const actor = (name, inter) => name ? `${esc(name)} <small>(inter ${inter})</small>` : "";
    const link = article?.url ? ` · <a href="${esc(article.url)}" rel="noopener noreferrer" target="_blank">${esc(t(lang, "open_source"))}</a>` : "";
    $("#detail-body").innerHTML = `
      <h2 style="border-color:${colour(ev.event_type)}">${esc(ev.event_type)} — ${esc(ev.sub_event_type)}</h2>
      <table class="fields" dir="ltr">
        ${row("event_id", esc(ev.event_id))}
        ${row("date", esc(ev.event_date || "—"))}
        ${row("time_precision", esc(t(lang, `tp${ev.time_precision}`)))}
        ${row("disorder_type", esc(ev.disorder_type))}
        ${row("actor1", actor(ev.actor1, ev.inter1))}
        ${row("assoc_actor_1", esc(ev.assoc_actor_1))}
        ${row("actor2", actor(ev.actor2, ev.inter2))}
        ${row("interaction", esc(ev.interaction))}
        ${row("location", esc([ev.location, ev.admin2, ev.admin1, ev.country].filter(Boolean).join(", ")) + (ev.location_ar ? ` <span dir="rtl" lang="ar">(${esc(ev.location_ar)})</span>` : ""))}
        ${row("coordinates", ev.latitude != null ? `${ev.latitude}, ${ev.longitude}` : "—")}
        ${row("geo_precision", esc(t(lang, `gp${ev.geo_precision}`)))}
        ${row("fatalities", String(ev.fatalities))}
        ${row("fatalities_text", ev.fatalities_text ? `<span dir="rtl" lang="ar">${esc(ev.fatalities_text)}</span>` : "")}
        ${row("source", ev.source ? `<span dir="auto">${esc(ev.source)}</span>` : "")}
        ${row("background", yesNo(ev.background))}
        ${row("confidence", ev.confidence == null ? "—" : ev.confidence.toFixed(2))}
        ${row("notes", esc(ev.notes))}
      </table>
      <h3>${esc(t(lang, "article"))}</h3>
      <p class="article-meta">${esc(article?.title || "")} · ${esc(t(lang, "outlet"))}: ${esc(article?.outlet || "—")} · ${esc(t(lang, "published"))}: ${esc(article?.published || "—")}${link}</p>
      <div class="article-text" dir="rtl" lang="ar">${article ? highlighted(article.text, ev.evidence_spans) : ""}</div>`;
    const mark = panel.querySelector("mark.evidence");
    if (mark) mark.scrollIntoView({ block: "center" });
  } catch (err) {
    $("#detail-body").textContent = `${t(state.lang, "error")}: ${err.message}`;
  }
}

$("#detail-close").addEventListener("click", () => {
  $("#detail").hidden = true; state.selected = null; selectedLayer.clearLayers(); writeUrl(); drawList();
});

// ---------- loading ----------
async function refresh() {
  writeUrl();
  $("#summary").textContent = t(state.lang, "loading");
  try {
    const [geo, stats, timeline] = await Promise.all([
      getJson(`/api/events?${apiQuery({ format: "geojson", limit: MAP_LIMIT })}`),
      getJson(`/api/stats?${apiQuery()}`),
      getJson(`/api/stats?${apiQuery({}, ["date_from", "date_to"])}`),
    ]);
    state.events = geo.features;
    state.total = stats.events;
    $("#summary").textContent = t(state.lang, "summary", { events: stats.events, fatalities: stats.fatalities })
      + (stats.events > geo.features.length ? ` (${t(state.lang, "shown", { n: geo.features.length, total: stats.events })})` : "");
    buildIndex(geo.features);
    drawList();
    drawHistogram(timeline.by_day);
  } catch (err) {
    $("#summary").textContent = `${t(state.lang, "error")}: ${err.message}`;
  }
}

async function start() {
  readUrl();
  drawLegend();
  setupBrush();
  applyLanguage();
  try {
    state.meta = await getJson("/api/meta");
    fillSelect("event_type", [...new Set(state.meta.types.map((x) => x.event_type))]);
    fillSelect("sub_event_type", subTypes());
    fillSelect("country", state.meta.countries);
    fillSelect("admin1", state.meta.admin1);
    fillSelect("inter", [1, 2, 3, 4, 5, 6, 7, 8]);
  } catch (err) {
    $("#summary").textContent = `${t(state.lang, "error")}: ${err.message}`;
  }
  fillForm();
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); state.filters = readForm(); refresh(); });
  $("#filters [name=event_type]").addEventListener("change", () => {
    state.filters.event_type = $("#filters [name=event_type]").value;
    delete state.filters.sub_event_type;
    fillSelect("sub_event_type", subTypes());
  });
  $("#reset").addEventListener("click", () => { state.filters = {}; fillForm(); fillSelect("sub_event_type", subTypes()); refresh(); });
  $("#lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "en" ? "ar" : "en"; applyLanguage(); writeUrl(); refresh();
    if (state.selected && !$("#detail").hidden) openDetail(state.selected);
  });
  basemap.load().catch((err) => { $("#summary").textContent = `basemap: ${err.message}`; });
  await refresh();
  if (state.selected) openDetail(state.selected);
}

start();
