/* DKB timeline kit: constants and pure helpers (dates, SVG/HTML nodes, packing, axis ticks). */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var COLOURS = {
    CONSULT: "#2f6fd0", AGREE: "#1b8a4b", COOPERATE: "#14857a", SUPPORT: "#5e9a1a", AID: "#0e8bb0",
    REQUEST: "#7a4cc2", CONCEDE: "#3c9d7c", RETREAT: "#8aa51b", ACCUSE: "#d9622b", REJECT: "#c8402f",
    THREATEN: "#a8261d", PROTEST: "#cf8a10", MOBILIZE: "#8c3b3b", SANCTION: "#b3215a", ASSAULT: "#7a1010"
  };
  var NEUTRAL = "#6b7686";
  var AXIS_H = 30, ROW_H = 22, ROW_H_TIGHT = 13, LANE_PAD = 7, MAX_ROWS = 6, MAX_ROWS_TIGHT = 12;
  var LABEL_MAX = 320, MIN_SPAN = 7 * DAY, MAX_SPAN = 300 * 365 * DAY;

  function day(text) {
    var p = String(text).split("-").map(Number);
    return Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1);
  }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function svg(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    for (var k in attrs) { if (attrs[k] !== undefined && attrs[k] !== null) node.setAttribute(k, attrs[k]); }
    if (parent) parent.appendChild(node);
    return node;
  }
  function html(tag, cls, text, parent) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }
  /* A date at its own precision, in words. */
  function when(value, precision) {
    if (!value) return "undated";
    var p = String(value).split("-");
    if (p.length === 1 || precision === "year") return p[0];
    if (p.length === 2 || precision === "month") return LONG_MONTHS[+p[1] - 1] + " " + p[0];
    return +p[2] + " " + MONTHS[+p[1] - 1] + " " + p[0];
  }

  /* Greedy row packing: each item takes the first row whose last occupant ends before it starts. */
  function pack(boxes, gap) {
    var ends = [];
    boxes.forEach(function (b) {
      var row = 0;
      while (row < ends.length && ends[row] + gap > b.from) row++;
      ends[row] = b.to;
      b.row = row;
    });
    return ends.length;
  }

  /* Axis ticks for a view [t0, t1] drawn over `plot` pixels: the finest step whose labels fit. */
  function ticks(view, plot) {
    var span = (view[1] - view[0]) / DAY, perDay = plot / span;
    var steps = [[1, "day"], [2, "day"], [7, "day"], [14, "day"], [1, "month"], [2, "month"], [3, "month"],
      [6, "month"], [1, "year"], [2, "year"], [5, "year"], [10, "year"], [20, "year"], [50, "year"], [100, "year"]];
    var size = {day: 1, month: 30.4, year: 365.25};
    var pick = steps[steps.length - 1];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i][0] * size[steps[i][1]] * perDay >= 84) { pick = steps[i]; break; }
    }
    var out = [], t0 = new Date(view[0]), step = pick[0], unit = pick[1], t;
    if (unit === "day") {
      t = Date.UTC(t0.getUTCFullYear(), t0.getUTCMonth(), t0.getUTCDate());
      for (; t <= view[1]; t += step * DAY) out.push(tick(t, unit));
    } else if (unit === "month") {
      var m = t0.getUTCFullYear() * 12 + t0.getUTCMonth();
      m -= m % step;
      for (; (t = Date.UTC(Math.floor(m / 12), m % 12, 1)) <= view[1]; m += step) out.push(tick(t, unit));
    } else {
      var y = t0.getUTCFullYear() - (t0.getUTCFullYear() % step);
      for (; (t = Date.UTC(y, 0, 1)) <= view[1]; y += step) out.push(tick(t, unit));
    }
    return out;
  }

  function tick(t, unit) {
    var d = new Date(t), month = d.getUTCMonth(), first = month === 0 && d.getUTCDate() === 1;
    var label = unit === "year" ? String(d.getUTCFullYear())
      : unit === "month" ? (month === 0 ? String(d.getUTCFullYear()) : MONTHS[month])
        : (d.getUTCDate() === 1 ? MONTHS[month] + (month === 0 ? " " + d.getUTCFullYear() : "") : d.getUTCDate() + " " + MONTHS[month]);
    return {t: t, label: label, major: unit === "year" || first};
  }

  function lanesOf(items) {
    var seen = {}, out = [];
    items.forEach(function (i) {
      var key = i.lane || "events";
      if (!seen[key]) { seen[key] = {key: key, label: key, count: 0}; out.push(seen[key]); }
      seen[key].count++;
    });
    return out;
  }

  function extentOf(data) {
    if (data.window && data.window.start && data.window.end) {
      return [day(data.window.start), day(data.window.end) + DAY];
    }
    var all = (data.items || []).concat(data.buckets || []);
    if (!all.length) return null;
    return [Math.min.apply(null, all.map(function (i) { return day(i.start); })),
            Math.max.apply(null, all.map(function (i) { return day(i.end); }))];
  }

  window.DKBTimelineKit = {
    SVG: SVG, DAY: DAY, COLOURS: COLOURS, NEUTRAL: NEUTRAL, AXIS_H: AXIS_H, ROW_H: ROW_H, ROW_H_TIGHT: ROW_H_TIGHT,
    LANE_PAD: LANE_PAD, MAX_ROWS: MAX_ROWS, MAX_ROWS_TIGHT: MAX_ROWS_TIGHT, LABEL_MAX: LABEL_MAX,
    MIN_SPAN: MIN_SPAN, MAX_SPAN: MAX_SPAN,
    day: day, iso: iso, svg: svg, html: html, when: when, pack: pack, ticks: ticks, lanesOf: lanesOf,
    extentOf: extentOf
  };
})();
