/* DKB timeline: lanes of events drawn in SVG, zoomable, fed by /timeline.json one window at a time.
   Day events are dots; month- and year-precision events are spans over their whole month or year.
   Every text from the data is set with textContent, never parsed as HTML. */
(function () {
  "use strict";

  var K = window.DKBTimelineKit;
  var DAY = K.DAY, COLOURS = K.COLOURS, NEUTRAL = K.NEUTRAL, AXIS_H = K.AXIS_H, ROW_H = K.ROW_H,
    ROW_H_TIGHT = K.ROW_H_TIGHT, LANE_PAD = K.LANE_PAD, MAX_ROWS = K.MAX_ROWS, MAX_ROWS_TIGHT = K.MAX_ROWS_TIGHT,
    LABEL_MAX = K.LABEL_MAX, MIN_SPAN = K.MIN_SPAN, MAX_SPAN = K.MAX_SPAN;
  var day = K.day, iso = K.iso, svg = K.svg, html = K.html, when = K.when;
  var counter = 0;

  function Timeline(root, options) {
    this.root = root;
    this.id = "tl" + (++counter);
    this.src = options.src;
    this.params = options.params;
    this.followUrl = !!options.followUrl;
    this.onData = options.onData || function () {};
    this.inline = options.data || null;
    this.lanesBy = this.params.get("lanes") || root.dataset.lanes || "country";
    this.view = null;
    this.data = null;
    this.seq = 0;
    this.build();
    if (this.inline) { this.accept(this.inline); } else { this.fetch(); }
  }

  Timeline.prototype.build = function () {
    var self = this;
    this.root.textContent = "";
    var bar = html("div", "tl-toolbar", null, this.root);
    this.btnOut = html("button", "tl-zoom-out", "−", bar);
    this.btnIn = html("button", "tl-zoom-in", "+", bar);
    this.btnFit = html("button", "tl-fit", "Fit", bar);
    [this.btnOut, this.btnIn, this.btnFit].forEach(function (b) { b.type = "button"; });
    this.btnOut.title = "Zoom out (−)"; this.btnIn.title = "Zoom in (+)"; this.btnFit.title = "Show every matching event";
    this.range = html("span", "tl-range", "", bar);
    this.status = html("span", "tl-status", "loading…", bar);
    this.canvas = svg("svg", {"class": "tl-canvas", role: "img", "aria-label": "Timeline of events"}, this.root);
    this.legend = html("div", "tl-legend", null, this.root);
    this.tip = html("div", "tl-tooltip", null, this.root);
    this.tip.hidden = true;
    this.measurer = document.createElement("canvas").getContext("2d");
    this.btnIn.addEventListener("click", function () { self.zoom(1.6); });
    this.btnOut.addEventListener("click", function () { self.zoom(1 / 1.6); });
    this.btnFit.addEventListener("click", function () { self.fit(); });
    this.canvas.addEventListener("wheel", function (e) { self.onWheel(e); }, {passive: false});
    this.canvas.addEventListener("pointerdown", function (e) { self.onDown(e); });
    this.canvas.addEventListener("keydown", function (e) {
      if (e.key === "+" || e.key === "=") self.zoom(1.6);
      if (e.key === "-") self.zoom(1 / 1.6);
    });
    if (window.ResizeObserver) {
      new ResizeObserver(function () { if (self.data) self.render(); }).observe(this.root);
    }
  };

  Timeline.prototype.textWidth = function (text, size, weight) {
    this.measurer.font = (weight || "400") + " " + size + "px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    return this.measurer.measureText(text).width;
  };

  /* Shorten `text` to fit `max` pixels, ending with an ellipsis. */
  Timeline.prototype.fit_text = function (text, max, size, weight) {
    if (this.textWidth(text, size, weight) <= max) return text;
    var lo = 0, hi = text.length;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (this.textWidth(text.slice(0, mid) + "…", size, weight) <= max) lo = mid; else hi = mid - 1;
    }
    return lo > 0 ? text.slice(0, lo).replace(/\s+$/, "") + "…" : "";
  };

  Timeline.prototype.query = function () {
    var p = new URLSearchParams(this.params);
    p.set("lanes", this.lanesBy);
    return p;
  };

  Timeline.prototype.fetch = function () {
    var self = this, seq = ++this.seq;
    this.status.textContent = "loading…";
    return fetch(this.src + "?" + this.query().toString(), {headers: {Accept: "application/json"}})
      .then(function (r) { return r.json().then(function (body) { return {ok: r.ok, body: body}; }); })
      .then(function (res) {
        if (seq !== self.seq) return;
        if (!res.ok) { self.fail(res.body.error || "the timeline could not be loaded"); return; }
        self.accept(res.body);
      })
      .catch(function () { if (seq === self.seq) self.fail("the timeline could not be loaded"); });
  };

  Timeline.prototype.fail = function (message) {
    this.status.textContent = message;
    this.root.classList.add("tl-failed");
  };

  Timeline.prototype.accept = function (data) {
    this.data = data;
    if (!data.lanes) data.lanes = K.lanesOf(data.items || []);
    if (!this.view) {
      var span = K.extentOf(data);
      if (span) {
        var pad = Math.max((span[1] - span[0]) * 0.03, DAY);
        this.view = [span[0] - pad, span[1] + pad];
      }
    }
    this.render();
    this.onData(data, this);
  };

  // -- geometry --------------------------------------------------------------------------------
  Timeline.prototype.geometry = function () {
    var width = Math.max(this.root.clientWidth, 320);
    var gutter = width < 640 ? 110 : 180;
    return {width: width, gutter: gutter, plot: width - gutter - 14};
  };

  Timeline.prototype.x = function (ms) {
    var g = this.geo;
    return g.gutter + (ms - this.view[0]) / (this.view[1] - this.view[0]) * g.plot;
  };

  Timeline.prototype.layoutLane = function (items, withLabels) {
    var self = this, right = this.geo.gutter + this.geo.plot;
    var boxes = items.map(function (item) {
      var x0 = self.x(day(item.start)), x1 = self.x(day(item.end));
      // a day is a dot however far one zooms in; only coarser dates and multi-day events are spans
      var span = item.precision !== "day" || day(item.end) - day(item.start) > DAY;
      var from = span ? x0 : (x0 + x1) / 2 - 5, to = span ? Math.max(x1, x0 + 4) : (x0 + x1) / 2 + 5;
      var box = {item: item, span: span, x0: from, x1: to, from: from, to: to, label: null};
      if (withLabels) {
        var text = self.fit_text(item.label, LABEL_MAX, 12);
        var w = self.textWidth(text, 12);
        if (span && to - from >= w + 10) {
          box.label = {text: text, x: from + 5, anchor: "start", inside: true};
        } else if (to + 4 + w <= right || from - 4 - w < self.geo.gutter) {
          box.label = {text: text, x: to + 4, anchor: "start"};
          box.to = to + 4 + w;
        } else {
          box.label = {text: text, x: from - 4, anchor: "end"};
          box.from = from - 4 - w;
        }
      }
      return box;
    });
    boxes.sort(function (a, b) { return a.from - b.from; });
    var rows = K.pack(boxes, withLabels ? 8 : 3);
    return {boxes: boxes, rows: rows};
  };

  // -- drawing ---------------------------------------------------------------------------------
  Timeline.prototype.render = function () {
    if (!this.data) return;
    var data = this.data, self = this;
    this.geo = this.geometry();
    var c = this.canvas;
    while (c.firstChild) c.removeChild(c.firstChild);
    c.setAttribute("width", this.geo.width);
    if (!this.view) {
      c.setAttribute("height", 60);
      svg("text", {x: 16, y: 36, "class": "tl-empty"}, c).textContent = "No dated events match these filters.";
      this.status.textContent = "0 events";
      this.range.textContent = "";
      this.legend.textContent = "";
      return;
    }
    var lanes = this.laneLayouts();
    var height = AXIS_H + lanes.reduce(function (s, l) { return s + l.height; }, 0) + 6;
    c.setAttribute("height", height);
    c.setAttribute("viewBox", "0 0 " + this.geo.width + " " + height);
    var defs = svg("defs", {}, c);
    var clip = svg("clipPath", {id: this.id + "-clip"}, defs);
    svg("rect", {x: this.geo.gutter, y: 0, width: this.geo.plot + 14, height: height}, clip);
    this.drawLanes(lanes, height);
    this.drawAxis(height);
    var body = svg("g", {"clip-path": "url(#" + this.id + "-clip)"}, c);
    lanes.forEach(function (lane) {
      if (data.mode === "buckets") self.drawBuckets(body, lane); else self.drawItems(body, lane);
    });
    this.drawLaneLabels(lanes);
    this.drawStatus(data);
    this.drawLegend(data);
  };

  Timeline.prototype.laneLayouts = function () {
    var data = this.data, self = this, top = AXIS_H;
    var lanes = data.lanes.length ? data.lanes : [{key: "none", label: "events", count: 0}];
    return lanes.map(function (lane) {
      var out = {lane: lane, top: top};
      if (data.mode === "buckets") {
        out.buckets = (data.buckets || []).filter(function (b) { return b.lane === lane.key; });
        out.height = 46;
      } else {
        var items = (data.items || []).filter(function (i) { return (i.lane || "events") === lane.key; });
        var layout = self.layoutLane(items, true);
        out.tight = layout.rows > MAX_ROWS;
        if (out.tight) layout = self.layoutLane(items, false);
        out.boxes = layout.boxes;
        out.rowH = out.tight ? ROW_H_TIGHT : ROW_H;
        out.rows = Math.min(Math.max(layout.rows, 1), out.tight ? MAX_ROWS_TIGHT : MAX_ROWS);
        out.height = out.rows * out.rowH + LANE_PAD * 2;
      }
      top += out.height;
      return out;
    });
  };

  Timeline.prototype.drawLanes = function (lanes, height) {
    var c = this.canvas, g = this.geo;
    lanes.forEach(function (l, i) {
      svg("rect", {x: 0, y: l.top, width: g.width, height: l.height, "class": "tl-lane-bg" + (i % 2 ? " alt" : "")}, c);
      svg("line", {x1: 0, x2: g.width, y1: l.top + l.height - 0.5, y2: l.top + l.height - 0.5, "class": "tl-lane-line"}, c);
    });
    svg("rect", {x: 0, y: 0, width: g.gutter, height: height, "class": "tl-gutter"}, c);
    svg("line", {x1: g.gutter - 0.5, x2: g.gutter - 0.5, y1: 0, y2: height, "class": "tl-gutter-line"}, c);
  };

  Timeline.prototype.drawLaneLabels = function (lanes) {
    var c = this.canvas, self = this, width = this.geo.gutter - 22;
    lanes.forEach(function (l) {
      var y = l.top + Math.min(l.height / 2, 20) + 4;
      var count = String(l.lane.count);
      var countW = self.textWidth(count, 11) + 6;
      var label = self.fit_text(l.lane.label || "", width - countW, 12.5, "600");
      var holder = l.lane.href ? svg("a", {href: l.lane.href}, c) : c;
      var text = svg("text", {x: 12, y: y, "class": "tl-lane-label"}, holder);
      text.textContent = label;
      if (label !== l.lane.label) svg("title", {}, text).textContent = l.lane.label;
      svg("text", {x: self.geo.gutter - 10, y: y, "text-anchor": "end", "class": "tl-lane-count"}, c).textContent = count;
    });
  };

  Timeline.prototype.drawAxis = function (height) {
    var c = this.canvas, self = this, g = this.geo, lastEnd = -1, dated = false;
    var axis = svg("g", {"class": "tl-axis"}, c);
    K.ticks(this.view, g.plot).forEach(function (t) {
      var x = Math.round(self.x(t.t)) + 0.5;
      if (x < g.gutter || x > g.gutter + g.plot + 10) return;
      svg("line", {x1: x, x2: x, y1: AXIS_H - 6, y2: height, "class": "tl-grid" + (t.major ? " major" : "")}, axis);
      // the first label names its year, so a window inside one year still says which
      if (!dated && !/\d{4}/.test(t.label)) t.label += " " + new Date(t.t).getUTCFullYear();
      dated = true;
      var w = self.textWidth(t.label, 11, t.major ? "600" : "400");
      if (x + 4 > lastEnd && x + 4 + w < g.width) {
        svg("text", {x: x + 4, y: 18, "class": "tl-axis-label" + (t.major ? " major" : "")}, axis).textContent = t.label;
        lastEnd = x + 4 + w + 8;
      }
    });
    svg("line", {x1: g.gutter, x2: g.width, y1: AXIS_H - 0.5, y2: AXIS_H - 0.5, "class": "tl-gutter-line"}, axis);
  };

  Timeline.prototype.colour = function (kind) {
    var info = (this.data.kinds || {})[kind];
    return (info && COLOURS[info.plover]) || NEUTRAL;
  };

  Timeline.prototype.drawItems = function (parent, lane) {
    var self = this, maxRows = lane.rows;
    lane.boxes.forEach(function (b) {
      var row = Math.min(b.row, maxRows - 1);
      var mid = lane.top + LANE_PAD + row * lane.rowH + lane.rowH / 2;
      var item = b.item, colour = self.colour(item.kind);
      var link = svg("a", {href: item.href || "#", "class": "tl-item modality-" + (item.modality || "asserted"),
        "data-iri": item.iri, "data-precision": item.precision}, parent);
      if (b.span) {
        var h = lane.tight ? 8 : 14;
        var w = Math.max(b.x1 - b.x0, 3);
        svg("rect", {x: b.x0, y: mid - h / 2, width: w, height: h, rx: Math.min(3, w / 4),
          fill: colour, stroke: colour, "class": "tl-span"}, link);
      } else {
        svg("circle", {cx: (b.x0 + b.x1) / 2, cy: mid, r: lane.tight ? 4 : 5.5, fill: colour, "class": "tl-dot"}, link);
      }
      if (b.label) {
        svg("text", {x: b.label.x, y: mid + 4, "text-anchor": b.label.anchor}, link).textContent = b.label.text;
      }
      self.hover(link, function () { return self.describeItem(item, lane.lane.label); });
    });
  };

  Timeline.prototype.drawBuckets = function (parent, lane) {
    var self = this, data = this.data;
    // heights compare buckets within a lane (its counts are printed): a busy lane must not flatten the rest
    var max = Math.max.apply(null, lane.buckets.map(function (b) { return b.count; }).concat([1]));
    var unit = data.window && data.window.unit;
    lane.buckets.forEach(function (b) {
      var x0 = self.x(day(b.start)), x1 = self.x(day(b.end)), bottom = lane.top + lane.height - 5;
      var group = svg("g", {"class": "tl-bucket"}, parent);
      if (b.precision !== unit) {
        // coarser than the buckets around it (a year-precision event among months): a band at the foot
        svg("rect", {x: x0 + 0.5, y: bottom - 3, width: Math.max(x1 - x0 - 1, 2), height: 3, "fill-opacity": 0.35}, group);
      } else {
        var h = 3 + (lane.height - 20) * Math.sqrt(b.count / max);
        svg("rect", {x: x0 + 0.5, y: bottom - 5 - h, width: Math.max(x1 - x0 - 1, 2), height: h, rx: 1.5}, group);
        var label = String(b.count);
        if (x1 - x0 >= self.textWidth(label, 10.5) + 4) {
          svg("text", {x: (x0 + x1) / 2, y: bottom - 8 - h, "text-anchor": "middle"}, group).textContent = label;
        }
      }
      group.addEventListener("click", function () { self.setView(day(b.start), day(b.end)); });
      self.hover(group, function () {
        return {kind: b.count + " event" + (b.count === 1 ? "" : "s"), title: lane.lane.label,
          when: when(b.key, b.precision) + (b.precision !== unit ? " (" + b.precision + " precision)" : ""),
          note: "click to zoom in"};
      });
    });
  };

  Timeline.prototype.drawStatus = function (data) {
    var shown = data.mode === "buckets"
      ? data.count + " event mentions, grouped by " + (data.window.unit || "period") + " — zoom in or filter to see each event"
      : data.count + " event" + (data.count === 1 ? "" : "s");
    this.status.textContent = shown + (data.ms !== undefined ? " · " + data.ms + " ms" : "");
    this.range.textContent = when(iso(this.view[0]), "day") + " – " + when(iso(this.view[1] - 1), "day");
  };

  /* One entry per PLOVER category present (its colour), naming the event kinds it covers. */
  Timeline.prototype.drawLegend = function (data) {
    var legend = this.legend, groups = {};
    legend.textContent = "";
    Object.keys(data.kinds || {}).forEach(function (k) {
      var info = data.kinds[k], group = info.plover || "other";
      (groups[group] = groups[group] || []).push((info.label || k).toLowerCase());
    });
    Object.keys(groups).sort().forEach(function (group) {
      var span = html("span", "tl-key", null, legend);
      span.style.setProperty("--legend-colour", COLOURS[group] || NEUTRAL);
      html("b", null, group === "other" ? "Other" : group.charAt(0) + group.slice(1).toLowerCase(), span);
      span.appendChild(document.createTextNode(" " + groups[group].sort().join(", ")));
    });
    if (data.mode !== "buckets") {
      html("span", "tl-key-span", "month or year precision", legend);
      html("span", "tl-key-planned", "planned", legend);
    }
  };

  window.DKBTimeline = Timeline;
  window.DKBTimeline.when = when;
})();
