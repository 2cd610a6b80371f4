// Boussole widget: <script src="https://BOUSSOLE/widget.js" data-region="53" async></script>
// inserts, where the tag stands, a frame with Boussole's question box (the /widget page,
// which works without JavaScript and is accessible on its own). Attributes:
//   data-region  INSEE region code: list only that region's providers (and remote ones)
//   data-lang    "fr" (default) or "en"
//   data-height  frame height in pixels (default 480)
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var base = new URL(script.src, document.baseURI);
  var src = new URL("/widget", base);
  var region = script.getAttribute("data-region");
  var lang = script.getAttribute("data-lang");
  if (region) src.searchParams.set("region", region);
  if (lang) src.searchParams.set("lang", lang);
  var frame = document.createElement("iframe");
  frame.src = src.toString();
  frame.title = lang === "en" ? "Boussole: find free software and a provider" : "Boussole : trouver un logiciel libre et un prestataire";
  frame.loading = "lazy";
  frame.style.width = "100%";
  frame.style.maxWidth = "40rem";
  frame.style.height = (parseInt(script.getAttribute("data-height"), 10) || 480) + "px";
  frame.style.border = "1px solid #c8c8c8";
  frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
