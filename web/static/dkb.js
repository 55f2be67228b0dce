/* Page glue: mounts timelines, keeps the filter form in step with the view, fills the SPARQL editor. */
(function () {
  "use strict";

  // tlkit.js (loaded first on every page) builds elements with text set as text, never as HTML.
  var text = window.DKBTimelineKit.html;

  function uniqueEvents(items) {
    var seen = {}, out = [];
    (items || []).forEach(function (i) { if (!seen[i.iri]) { seen[i.iri] = true; out.push(i); } });
    return out.sort(function (a, b) { return a.start < b.start ? -1 : a.start > b.start ? 1 : 0; });
  }

  /* The table of events in the current window, under the main timeline. */
  function renderList(data) {
    var holder = document.getElementById("event-list");
    if (!holder) return;
    holder.textContent = "";
    if (data.mode === "buckets") {
      text("p", "muted", data.count + " event mentions in this window: too many to list. Zoom in, " +
        "narrow the dates or add a filter to list them.", holder);
      return;
    }
    var events = uniqueEvents(data.items);
    if (!events.length) { text("p", "muted", "No events in this window.", holder); return; }
    var table = text("table", "events", null, holder);
    var head = text("tr", null, null, text("thead", null, null, table));
    text("th", "col-date", "Date", head); text("th", "col-kind", "Kind", head); text("th", null, "Event", head);
    var body = text("tbody", null, null, table);
    events.forEach(function (e) {
      var info = (data.kinds || {})[e.kind] || {};
      var row = text("tr", "modality-" + e.modality, null, body);
      var when = text("td", "col-date", null, row);
      text("span", "when", window.DKBTimeline.when(e.date, e.precision), when);
      if (e.precision && e.precision !== "day") { when.appendChild(document.createTextNode(" ")); text("span", "badge precision", e.precision, when); }
      var label = info.label || e.kind;
      text("span", "chip plover-" + String(info.plover || "none").toLowerCase(),
        label.charAt(0).toUpperCase() + label.slice(1), text("td", "col-kind", null, row));
      var cell = text("td", null, null, row);
      var link = text("a", "event-link", e.label, cell);
      link.href = e.href;
      if (e.modality && e.modality !== "asserted") {
        cell.appendChild(document.createTextNode(" "));
        text("span", "badge modality-" + e.modality, e.modality, cell);
      }
    });
  }

  function mountTimelines() {
    document.querySelectorAll(".dkb-timeline").forEach(function (root) {
      var inline = root.id === "canned-timeline" ? document.getElementById("canned-items") : null;
      if (root.dataset.followUrl) {
        new window.DKBTimeline(root, {src: root.dataset.src, params: new URLSearchParams(window.location.search),
          followUrl: true, onData: renderList});
        return;
      }
      var params = new URLSearchParams(root.dataset.params ? JSON.parse(root.dataset.params) : {});
      if (root.dataset.lanes && !params.get("lanes") && !inline) params.set("lanes", root.dataset.lanes);
      new window.DKBTimeline(root, {src: root.dataset.src, params: params,
        data: inline ? JSON.parse(inline.textContent) : null});
    });
  }

  /* Selects apply at once; zooming and panning write the window back into the form and the JSON link. */
  function wireFilters() {
    var form = document.getElementById("filters");
    if (!form) return;
    form.querySelectorAll("select").forEach(function (s) {
      s.addEventListener("change", function () { form.requestSubmit ? form.requestSubmit() : form.submit(); });
    });
    form.addEventListener("submit", function () {
      // leave empty fields out of the URL so shared links stay short
      form.querySelectorAll("input, select").forEach(function (f) { if (!f.value) f.disabled = true; });
    });
    var twin = document.getElementById("json-twin");
    function sync(params) {
      var from = document.getElementById("f-from"), to = document.getElementById("f-to");
      if (from) from.value = params.get("from") || "";
      if (to) to.value = params.get("to") || "";
      if (twin) twin.href = "/timeline.json?" + params.toString();
    }
    sync(new URLSearchParams(window.location.search));
    document.addEventListener("dkb:view", function (e) { sync(e.detail.params); });
  }

  function wireEditor() {
    var area = document.getElementById("query");
    if (!area) return;
    var data = document.getElementById("examples-data");
    var examples = data ? JSON.parse(data.textContent) : [];
    document.querySelectorAll("button.example").forEach(function (b) {
      b.addEventListener("click", function () {
        area.value = examples[+b.dataset.example].query;
        area.focus();
      });
    });
    area.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); area.form.submit(); }
      if (e.key === "Tab" && !e.shiftKey) {
        e.preventDefault();
        var s = area.selectionStart;
        area.value = area.value.slice(0, s) + "  " + area.value.slice(area.selectionEnd);
        area.selectionStart = area.selectionEnd = s + 2;
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    mountTimelines();
    wireFilters();
    wireEditor();
  });
})();
