// Filters for a storygraph chronology page. The page is complete without
// them; this only shows the form and hides the entries that do not match.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var entries = Array.prototype.slice.call(document.querySelectorAll(".entry"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.date"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var text = document.getElementById("f-text");
  var status = document.getElementById("status");
  var none = document.getElementById("none");

  // Accents and case do not matter: "zelenskyy" finds "Zelenskyy".
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ");
  }
  var texts = entries.map(function (e) { return fold(e.textContent); });

  function has(list, id) {
    return (" " + list + " ").indexOf(" " + id + " ") >= 0;
  }

  function apply() {
    var words = fold(text.value).split(" ").filter(Boolean);
    var shown = 0;
    entries.forEach(function (e, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; }) &&
        selects.every(function (s) { return !s.value || has(e.dataset[s.dataset.facet], s.value); });
      e.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector(".entry:not([hidden])"); });
    none.hidden = shown > 0;
    var n = entries.length;
    status.textContent = shown === n ?
      "Showing all " + n + (n === 1 ? " entry" : " entries") :
      "Showing " + shown + " of " + n + (n === 1 ? " entry" : " entries");
    remember();
  }

  // The filters live in the address, #?entity=Jared+Kushner&q=moscow, so
  // a filtered view can be bookmarked or sent. Choices are named by their
  // labels, which stay right when the page is made again with more entries.
  function label(o) {
    return o.text.replace(/ \(\d+\)$/, "");
  }
  function remember() {
    var q = new URLSearchParams();
    selects.forEach(function (s) {
      if (s.value) {
        q.set(s.dataset.facet, label(s.options[s.selectedIndex]));
      }
    });
    if (text.value.trim()) {
      q.set("q", text.value.trim());
    }
    var hash = q.toString() ? "#?" + q.toString() : "";
    if (hash === location.hash || (!hash && location.hash.indexOf("#?") !== 0)) {
      return; // leave a link to an entry alone
    }
    try {
      history.replaceState(null, "", hash || location.pathname + location.search);
    } catch (err) {
      // some browsers refuse it for files; the filters still work
    }
  }
  function recall() {
    if (location.hash.indexOf("#?") !== 0) {
      return;
    }
    var q = new URLSearchParams(location.hash.slice(2));
    text.value = q.get("q") || "";
    selects.forEach(function (s) {
      var want = q.get(s.dataset.facet);
      s.value = "";
      Array.prototype.forEach.call(s.options, function (o) {
        if (want && o.value && label(o) === want) {
          s.value = o.value;
        }
      });
    });
  }

  // A name, place or topic in an entry becomes a button that picks
  // it in its filter: one click to follow a person through the story.
  Array.prototype.forEach.call(document.querySelectorAll("span.pick"), function (s) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = s.className;
    b.dataset.facet = s.dataset.facet;
    b.dataset.value = s.dataset.value;
    b.textContent = s.textContent;
    b.title = "Show only the entries with " + s.textContent;
    s.replaceWith(b);
  });
  document.getElementById("chronology").addEventListener("click", function (ev) {
    var b = ev.target.closest("button.pick");
    if (!b) {
      return;
    }
    form.querySelector("select[data-facet=" + b.dataset.facet + "]").value = b.dataset.value;
    apply();
  });

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  document.getElementById("f-clear").addEventListener("click", function () {
    text.value = "";
    selects.forEach(function (s) { s.value = ""; });
    apply();
    text.focus();
  });
  window.addEventListener("hashchange", function () {
    recall();
    apply();
  });
  form.hidden = false;
  recall();
  apply();
})();
