// Boussole — progressive enhancement only: every page works without this script.
// The question form fetches its answer in place (the server renders it, same as without
// JavaScript) and keeps a conversation, so that follow-ups ("et à Lyon ?") work.
(function () {
  "use strict";
  var form = document.querySelector("form[data-answer]");
  var out = document.getElementById("answer");
  if (!form || !out || !window.fetch || !window.URLSearchParams) return;

  // A random id per tab, kept in sessionStorage: no cookie, nothing across tabs.
  function id(name) {
    var v = null;
    try { v = sessionStorage.getItem("boussole-" + name); } catch (e) { /* storage off */ }
    if (!v) {
      var a = new Uint8Array(12);
      crypto.getRandomValues(a);
      v = Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      try { sessionStorage.setItem("boussole-" + name, v); } catch (e) { /* storage off */ }
    }
    return v;
  }

  form.addEventListener("submit", function (ev) {
    var params = new URLSearchParams(new FormData(form));
    if (!params.get("q")) return;
    ev.preventDefault();
    // The page's own ?lang= (if any) keeps the answer's labels in the same language.
    var lang = new URLSearchParams(location.search).get("lang");
    if (lang) params.set("lang", lang);
    params.set("client", id("client"));
    params.set("conversation", id("conversation"));
    out.setAttribute("aria-busy", "true");
    out.textContent = out.getAttribute("data-loading");
    fetch(form.getAttribute("data-answer") + "?" + params.toString(), { headers: { Accept: "text/html" } })
      .then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      })
      .then(function (html) {
        out.innerHTML = html; // rendered and escaped by the server's html/template
        var shown = new URLSearchParams();
        shown.set("q", params.get("q"));
        if (params.get("region")) shown.set("region", params.get("region"));
        if (lang) shown.set("lang", lang);
        history.replaceState(null, "", form.getAttribute("action") + "?" + shown.toString());
        document.title = params.get("q") + " — Boussole";
      })
      .catch(function () {
        out.textContent = out.getAttribute("data-failed");
      })
      .then(function () {
        out.removeAttribute("aria-busy");
      });
  });
})();
