// The interview's live check (templates/web/interview_fields.html): once htmx has swapped in
// validate's messages, every field whose messages are not empty is marked aria-invalid, and
// every other is not, as the page is marked when it is rendered without JavaScript.
"use strict";
(function () {
  function mark() {
    for (const message of document.querySelectorAll("#interview .field-error[id]")) {
      const invalid = message.textContent.trim() !== "";
      const controls = document.querySelectorAll(
        `#interview [aria-describedby~="${message.id}"]:is(input, select, textarea)`);
      for (const control of controls) {
        if (invalid) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    }
  }
  document.addEventListener("htmx:afterSettle", mark);
  document.addEventListener("htmx:oobAfterSwap", mark);
})();
