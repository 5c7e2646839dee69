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
  // What each entry is filtered on, read once: its folded text, its
  // choices per filter (" e1 e4 ", so a choice is found with indexOf) and
  // its date group.
  var facets = selects.map(function (s) { return s.dataset.facet; });
  var items = entries.map(function (e) {
    var item = {el: e, text: fold(e.textContent), group: groups.indexOf(e.closest("section.date")), on: {}};
    facets.forEach(function (f) { item.on[f] = " " + e.dataset[f] + " "; });
    return item;
  });

  // Only what changes is written to the page, so a filter on thousands of
  // entries stays quick.
  function show(el, yes) {
    if (el.hidden === yes) {
      el.hidden = !yes;
    }
  }

  function apply() {
    var words = fold(text.value).split(" ").filter(Boolean);
    var chosen = selects.filter(function (s) { return s.value; }).map(function (s) {
      return {facet: s.dataset.facet, id: " " + s.value + " "};
    });
    var shown = 0;
    var inGroup = groups.map(function () { return 0; });
    items.forEach(function (it) {
      var ok = chosen.every(function (c) { return it.on[c.facet].indexOf(c.id) >= 0; }) &&
        words.every(function (w) { return it.text.indexOf(w) >= 0; });
      show(it.el, ok);
      if (ok) {
        shown++;
        inGroup[it.group]++;
      }
    });
    groups.forEach(function (g, i) { show(g, inGroup[i] > 0); });
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
    if (location.hash.indexOf("#?") === 0) { // not a link to an entry
      recall();
      apply();
    }
  });
  form.hidden = false;
  recall();
  apply();
})();
