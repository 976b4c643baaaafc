// Result page: severity filter; a finding or an evidence link scrolls to its highlight.
(function () {
  "use strict";
  function show(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    el.scrollIntoView({ block: "center", inline: "nearest" });
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
    return el;
  }
  function activate(finding) {
    document.querySelectorAll(".finding.active").forEach(function (f) { f.classList.remove("active"); });
    finding.classList.add("active");
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.ev");
    var finding = event.target.closest(".finding");
    if (link) {
      event.preventDefault();
      if (finding) { activate(finding); }
      show(link.getAttribute("data-target"));
      return;
    }
    if (finding && finding.getAttribute("data-target")) {
      activate(finding);
      show(finding.getAttribute("data-target"));
      return;
    }
    var box = event.target.closest("a.box");
    if (box) {
      event.preventDefault();
      var first = document.getElementById(box.getAttribute("data-findings").split(" ")[0]);
      if (first) { activate(first); first.scrollIntoView({ block: "nearest" }); }
    }
  });
  document.addEventListener("keydown", function (event) {
    var finding = event.target.closest && event.target.closest(".finding");
    if (finding && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      finding.click();
    }
  });
  document.querySelectorAll(".score .all-rows input").forEach(function (box) {
    box.addEventListener("change", function () {
      box.closest(".score").classList.toggle("all", box.checked);
    });
  });
  document.querySelectorAll("form.filter").forEach(function (form) {
    var report = form.closest("[data-report]");
    form.addEventListener("change", function (event) {
      report.classList.toggle("hide-" + event.target.value, !event.target.checked);
    });
  });
})();
