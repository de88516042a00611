// Article page: show the record behind a highlight in the details panel (hover, click or keyboard focus).
// The details come from a JSON block in the page; they are written with textContent, never as HTML.
(function () {
  "use strict";
  var source = document.getElementById("record-details");
  var panel = document.getElementById("details");
  if (!source || !panel) return;
  var details = JSON.parse(source.textContent);
  var FIELDS = {
    entity: ["name", "type", "aliases", "roles", "confidence"],
    quote: ["kind", "speaker", "cue", "text", "confidence"],
    figure: ["text", "category", "value", "low", "high", "qualifier", "who", "place", "period", "source", "confidence"],
    place: ["name", "kind", "country", "lat", "lon", "geonameid", "confidence"],
    date: ["text", "value", "kind", "confidence"]
  };
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
  function link(href, text) { var a = el("a", text); a.href = href; return a; }
  function show(mark) {
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    mark.classList.add("active");
    panel.replaceChildren();
    (mark.dataset.refs || "").split(" ").forEach(function (ref) {
      var d = details[ref];
      if (!d) return;
      panel.appendChild(el("h3", d.kind + " " + d.id));
      var dl = el("dl");
      (FIELDS[d.kind] || []).forEach(function (k) {
        var v = d[k];
        if (v === null || v === undefined || (Array.isArray(v) && !v.length)) return;
        dl.appendChild(el("dt", k));
        dl.appendChild(el("dd", Array.isArray(v) ? v.join("; ") : String(v)));
      });
      panel.appendChild(dl);
      if (d.corpus_id) panel.appendChild(link("/entities/" + d.corpus_id, "All about " + d.name + " →"));
      if (d.speaker_corpus_id) panel.appendChild(link("/entities/" + d.speaker_corpus_id, "All by " + d.speaker + " →"));
      if (d.kind === "figure" && d.place && d.category !== "other") {
        panel.appendChild(link("/figures?what=" + encodeURIComponent(d.category) + "&place=" + encodeURIComponent(d.place), "Series over time →"));
      }
    });
  }
  document.querySelectorAll("#article-text mark").forEach(function (m) {
    m.addEventListener("click", function () { show(m); });
    m.addEventListener("mouseenter", function () { show(m); });
    m.addEventListener("focus", function () { show(m); });
  });
})();
