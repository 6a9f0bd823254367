'use strict';
// Test only: once the page has loaded its data, checks keyboard use and runs axe-core's WCAG 2.1 A/AA rules, then
// writes the outcome into <pre id="axe-uitslag"> for the test to read from the DOM.
(function () {
  function keyboard() {
    const problems = [];
    const selector = 'a[href], button, input, select, textarea, [tabindex]';
    const all = Array.from(document.querySelectorAll(selector));
    all.filter((el) => el.tabIndex > 0).forEach((el) => problems.push('positive tabindex on ' + el.outerHTML.slice(0, 80)));
    const interactive = all.filter((el) => !el.disabled && el.getAttribute('tabindex') !== '-1');
    interactive.forEach((el) => {
      el.focus();
      if (document.activeElement !== el) {
        problems.push('cannot focus ' + el.outerHTML.slice(0, 80));
      }
    });
    const first = interactive[0];
    if (!first || !first.classList.contains('skip') || !document.querySelector(first.getAttribute('href'))) {
      problems.push('the first focusable element is not a skip link to the content');
    }
    document.querySelectorAll('form').forEach((form) => {
      if (!form.querySelector('button[type=submit], input[type=submit]')) {
        problems.push('form ' + form.id + ' has no submit button, so Enter does not submit it');
      }
    });
    document.querySelectorAll('[onclick]').forEach((el) => {
      if (!el.matches(selector)) {
        problems.push('click handler on an element that the keyboard cannot reach: ' + el.tagName);
      }
    });
    document.activeElement.blur();
    return { focusable: interactive.length, problems: problems };
  }

  function report(outcome) {
    const pre = document.createElement('pre');
    pre.id = 'axe-uitslag';
    pre.textContent = JSON.stringify(outcome);
    document.body.appendChild(pre);
  }

  function run() {
    if (document.body.dataset.geladen !== 'ja') {
      setTimeout(run, 100);
      return;
    }
    const keys = keyboard();
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((results) => report({
        lang: document.documentElement.lang,
        keyboard: keys,
        passes: results.passes.length,
        violations: results.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' '))
        }))
      }))
      .catch((e) => report({ error: String(e) }));
  }
  run();
})();
