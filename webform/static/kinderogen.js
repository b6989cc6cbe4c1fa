// Progressive enhancement only: the form and the advice work without this file.
(function () {
  "use strict";

  // Move focus to the error summary, so screen readers read it and the keyboard starts there.
  var summary = document.querySelector(".foutoverzicht");
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }

  // A link in the summary focuses its field and shows the question above it.
  document.querySelectorAll(".foutoverzicht a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) {
        return;
      }
      event.preventDefault();
      var question = target.closest(".vraag") || target;
      question.scrollIntoView();
      target.focus({ preventScroll: true });
    });
  });

  // The print button appears only when it can work.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
