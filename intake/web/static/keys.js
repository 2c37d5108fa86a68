// Keyboard shortcuts of the case page, listed on it: n opens the next case in the review queue, a moves to the
// first "Approve and send" button (Enter then sends: one stray key never sends a letter). Keys typed into a field
// are text, never shortcuts. Without this file every action works the same, by Tab and Enter or the mouse.
(function () {
  "use strict";

  function typing(element) {
    if (!element) return false;
    var tag = element.tagName;
    return element.isContentEditable || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.repeat || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target) || typing(document.activeElement)) return;
    var target = document.querySelector('[data-key="' + event.key + '"]');
    if (!target) return;
    event.preventDefault();
    if (target.tagName === "A") {
      window.location.assign(target.href);
    } else {
      target.scrollIntoView({ block: "center" });
      target.focus();
    }
  });
})();
