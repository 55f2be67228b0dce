/* DKB timeline interaction: tooltips, zoom (wheel, buttons, keys), drag to pan, and keeping the
   page URL and the server window in step with the view. Extends DKBTimeline. */
(function () {
  "use strict";

  var K = window.DKBTimelineKit, Timeline = window.DKBTimeline;
  var MIN_SPAN = K.MIN_SPAN, MAX_SPAN = K.MAX_SPAN, DAY = K.DAY, html = K.html, iso = K.iso, when = K.when;

  Timeline.prototype.describeItem = function (item, laneLabel) {
    var kinds = this.data.kinds || {}, kind = (kinds[item.kind] && kinds[item.kind].label) || item.kind;
    var note = item.modality && item.modality !== "asserted" ? item.modality : "";
    return {kind: kind, title: item.label, when: when(item.date, item.precision) +
      (item.precision && item.precision !== "day" ? " (" + item.precision + " precision)" : ""),
      note: [note, laneLabel].filter(Boolean).join(" · ")};
  };

  Timeline.prototype.hover = function (node, describe) {
    var self = this;
    node.addEventListener("pointerenter", function (e) { self.showTip(describe(), e); });
    node.addEventListener("pointermove", function (e) { self.placeTip(e); });
    node.addEventListener("pointerleave", function () { self.tip.hidden = true; });
    node.addEventListener("focus", function () {
      var r = node.getBoundingClientRect();
      self.showTip(describe(), {clientX: r.right, clientY: r.bottom});
    });
    node.addEventListener("blur", function () { self.tip.hidden = true; });
  };

  Timeline.prototype.showTip = function (d, e) {
    var tip = this.tip;
    tip.textContent = "";
    html("div", "tt-kind", d.kind, tip);
    html("div", "tt-title", d.title, tip);
    html("div", "tt-when", d.when, tip);
    if (d.note) html("div", "tt-note", d.note, tip);
    tip.hidden = false;
    this.placeTip(e);
  };

  Timeline.prototype.placeTip = function (e) {
    var box = this.root.getBoundingClientRect(), tip = this.tip;
    var x = e.clientX - box.left + 14, y = e.clientY - box.top + 14;
    if (x + tip.offsetWidth > box.width - 4) x = Math.max(4, e.clientX - box.left - tip.offsetWidth - 14);
    if (y + tip.offsetHeight > box.height - 4) y = Math.max(4, e.clientY - box.top - tip.offsetHeight - 10);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  };

  // -- interaction -----------------------------------------------------------------------------
  Timeline.prototype.setView = function (t0, t1) {
    var span = Math.min(Math.max(t1 - t0, MIN_SPAN), MAX_SPAN), mid = (t0 + t1) / 2;
    this.view = [mid - span / 2, mid + span / 2];
    this.render();
    this.scheduleFetch();
  };

  Timeline.prototype.zoom = function (factor, anchorMs) {
    if (!this.view) return;
    var t0 = this.view[0], t1 = this.view[1], at = anchorMs === undefined ? (t0 + t1) / 2 : anchorMs;
    var span = Math.min(Math.max((t1 - t0) / factor, MIN_SPAN), MAX_SPAN), share = (at - t0) / (t1 - t0);
    this.view = [at - share * span, at - share * span + span];
    this.render();
    this.scheduleFetch();
  };

  Timeline.prototype.fit = function () {
    this.params.delete("from");
    this.params.delete("to");
    this.view = null;
    this.syncUrl();
    if (this.inline) { this.accept(this.inline); } else { this.fetch(); }
  };

  Timeline.prototype.onWheel = function (e) {
    if (!this.view) return;
    e.preventDefault();
    var box = this.canvas.getBoundingClientRect(), g = this.geo;
    var at = this.view[0] + (e.clientX - box.left - g.gutter) / g.plot * (this.view[1] - this.view[0]);
    this.zoom(e.deltaY < 0 ? 1.25 : 0.8, at);
  };

  Timeline.prototype.onDown = function (e) {
    if (!this.view || e.button !== 0) return;
    var self = this, startX = e.clientX, start = this.view.slice(), moved = false;
    function move(ev) {
      var dx = ev.clientX - startX;
      if (!moved && Math.abs(dx) < 4) return;
      if (!moved) { moved = true; self.canvas.classList.add("dragging"); self.tip.hidden = true; }
      var dt = dx / self.geo.plot * (start[1] - start[0]);
      self.view = [start[0] - dt, start[1] - dt];
      self.render();
    }
    function up() {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      self.canvas.classList.remove("dragging");
      if (moved) {
        self.scheduleFetch();
        // swallow the click that ends a drag so it does not open an event
        self.canvas.addEventListener("click", function stop(ev) { ev.preventDefault(); ev.stopPropagation(); }, {capture: true, once: true});
      }
    }
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  Timeline.prototype.scheduleFetch = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () {
      self.params.set("from", iso(self.view[0]));
      self.params.set("to", iso(self.view[1] - 1));
      self.syncUrl();
      if (!self.inline) self.fetch();
    }, 280);
  };

  Timeline.prototype.syncUrl = function () {
    if (!this.followUrl) return;
    var url = new URL(window.location.href);
    url.search = this.params.toString();
    window.history.replaceState(null, "", url.toString());
    document.dispatchEvent(new CustomEvent("dkb:view", {detail: {params: this.params}}));
  };

})();
