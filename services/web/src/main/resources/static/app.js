// Ariadne pages work without this file; it adds comfort only. No inline script exists (Content-Security-Policy).
(function () {
  'use strict';
  // htmx requests carry the CSRF token like the forms do
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    // the language menu applies a choice at once; its button stays for keyboard and script-less use
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    // a form whose action cannot be undone asks first
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) {
          event.preventDefault();
        }
      });
    });
    // "add a figure" copies the last empty figure row of a report form
    document.querySelectorAll('[data-add-row]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var body = document.getElementById(button.getAttribute('data-add-row'));
        var last = body.lastElementChild;
        var copy = last.cloneNode(true);
        var index = body.children.length;
        copy.querySelectorAll('input').forEach(function (input) {
          input.value = '';
          input.id = input.id.replace(/\d+$/, String(index));
          input.name = input.name.replace(/\[\d+\]/, '[' + index + ']');
        });
        copy.querySelectorAll('label').forEach(function (label) {
          label.htmlFor = label.htmlFor.replace(/\d+$/, String(index));
        });
        body.appendChild(copy);
        copy.querySelector('input').focus();
      });
    });
  });
})();
