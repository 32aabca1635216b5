// The review page's filters and Listen buttons. The page reads in full without this script; it only narrows the list
// and speaks an answer with the browser's own speech synthesis in the topic's language.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.topic"));

  function filter() {
    var locale = form.elements.locale.value;
    var category = form.elements.category.value;
    var findings = form.elements.findings.checked;
    var stale = form.elements.stale.checked;
    var words = form.elements.q.value.trim().toLowerCase();
    var shown = 0;
    cards.forEach(function (card) {
      var show = (!locale || card.dataset.locale === locale)
        && (!category || card.dataset.category === category)
        && (!findings || card.dataset.findings !== "0")
        && (!stale || card.dataset.stale === "true")
        && (!words || card.textContent.toLowerCase().indexOf(words) >= 0);
      card.hidden = !show;
      if (show) { shown++; }
    });
    document.getElementById("shown").value = "Showing " + shown + " of " + cards.length + " topics";
  }

  if (form) {
    form.hidden = false;
    form.addEventListener("input", filter);
    form.addEventListener("change", filter);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    filter();
  }

  var synthesis = window.speechSynthesis;
  document.querySelectorAll("button.listen").forEach(function (button) {
    if (!synthesis || typeof window.SpeechSynthesisUtterance !== "function") {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      window.speechSynthesis.cancel();
      var utterance = new window.SpeechSynthesisUtterance(button.dataset.text);
      utterance.lang = button.dataset.lang;
      utterance.rate = 1;
      var voice = window.speechSynthesis.getVoices().filter(function (v) { return v.lang === button.dataset.lang; })[0]
        || window.speechSynthesis.getVoices().filter(function (v) {
          return v.lang && v.lang.slice(0, 2) === button.dataset.lang.slice(0, 2);
        })[0];
      if (voice) { utterance.voice = voice; }
      button.classList.add("speaking");
      utterance.onend = utterance.onerror = function () { button.classList.remove("speaking"); };
      window.speechSynthesis.speak(utterance);
    });
  });
})();
