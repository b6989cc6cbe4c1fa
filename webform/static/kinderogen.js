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

  // A list's "none of these" choice ("Nog geen zorg") and its other choices exclude each other.
  document.querySelectorAll("[data-geen]").forEach(function (group) {
    var none = document.getElementById(group.getAttribute("data-geen"));
    group.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      box.addEventListener("change", function () {
        if (!box.checked) {
          return;
        }
        group.querySelectorAll("input[type=checkbox]").forEach(function (other) {
          if (box === none ? other !== none : other === none) {
            other.checked = false;
          }
        });
      });
    });
  });

  // The rules under "Waarom dit advies" are folded on the screen but always print. The stylesheet for paper shows
  // them where the browser allows it (::details-content); elsewhere they are opened for printing, and folded again.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.waarom__regels:not([open])").forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });

  // The print button appears only when it can work.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
