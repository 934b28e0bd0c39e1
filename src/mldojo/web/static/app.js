// Small behaviours of the pages: review keys, Run/Submit shortcuts, error messages from HTMX.
(function () {
  "use strict";

  // Formulas written as $...$ and $$...$$ arrive as <span class="math"> with the TeX as text;
  // KaTeX (bundled, no network) typesets them. Without it, the TeX stays readable as it is.
  function typeset(root) {
    if (!window.katex) return;
    root.querySelectorAll(".math:not([data-typeset])").forEach(function (span) {
      try {
        window.katex.render(span.textContent, span, {
          displayMode: span.classList.contains("display"),
          throwOnError: false,
        });
        span.setAttribute("data-typeset", "");
        span.classList.add("typeset");
      } catch (error) {
        /* leave the TeX as written */
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { typeset(document); });
  document.addEventListener("htmx:afterSwap", function (event) { typeset(event.target); });

  function isTyping(target) {
    return target.closest && target.closest("input, textarea, select, .cm-editor");
  }

  document.addEventListener("click", function (event) {
    var reveal = event.target.closest("[data-reveal]");
    if (reveal) {
      var answer = document.getElementById(reveal.getAttribute("aria-controls"));
      if (answer) {
        answer.hidden = false;
        reveal.setAttribute("aria-expanded", "true");
        reveal.hidden = true;
        var first = answer.querySelector("[data-rating='3']");
        if (first) first.focus();
      }
    }
    var reset = event.target.closest("[data-reset-starter]");
    if (reset && window.mldojoEditor) {
      var starter = document.getElementById("starter-code");
      if (starter) window.mldojoEditor.setText(starter.content.textContent);
    }
  });

  document.addEventListener("keydown", function (event) {
    // Ctrl+Enter runs, Ctrl+Shift+Enter submits (also from inside the editor).
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      var button = document.querySelector(event.shiftKey ? "[data-testid='submit']" : "[data-testid='run']");
      if (button) {
        event.preventDefault();
        button.click();
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    var panel = document.getElementById("review-panel");
    if (!panel) return;
    if (event.key === " ") {
      var reveal = panel.querySelector("[data-reveal]:not([hidden])");
      if (reveal) {
        event.preventDefault();
        reveal.click();
      }
    } else if (/^[1-4]$/.test(event.key)) {
      var rate = panel.querySelector("[data-rating='" + event.key + "']");
      if (rate && rate.offsetParent !== null) {
        event.preventDefault();
        rate.click();
      }
    }
  });

  // A refused or failed HTMX request shows its message instead of doing nothing.
  document.addEventListener("htmx:responseError", function (event) {
    var flash = document.getElementById("flash");
    if (!flash) return;
    var xhr = event.detail.xhr;
    var text = "The request failed (" + xhr.status + ").";
    var holder = document.createElement("div");
    holder.innerHTML = xhr.responseText;
    var message = holder.querySelector("[role='alert'], .error, p");
    if (message && message.textContent.trim()) text = message.textContent.trim();
    flash.innerHTML = "";
    var p = document.createElement("p");
    p.className = "flash error";
    p.setAttribute("role", "alert");
    p.textContent = text;
    flash.appendChild(p);
  });
  document.addEventListener("htmx:sendError", function () {
    var flash = document.getElementById("flash");
    if (flash) flash.innerHTML = '<p class="flash error" role="alert">The server did not answer: is mldojo serve still running?</p>';
  });
  // New content with an [autofocus] element (the "Next card" button) takes the focus.
  document.addEventListener("htmx:load", function (event) {
    var elt = event.detail.elt;
    if (!elt || elt === document.body) return;
    var focus = elt.matches && elt.matches("[autofocus]") ? elt : elt.querySelector && elt.querySelector("[autofocus]");
    if (focus) focus.focus();
  });
  // Put focus on the next card after a review step, so the keyboard flow continues.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "review-panel") {
      var focus = event.detail.target.querySelector("[autofocus], [data-reveal], input");
      if (focus) focus.focus();
    }
  });
})();
