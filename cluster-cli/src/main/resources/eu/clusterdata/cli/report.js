// Filters a validation report's findings by text, severity and rule, and keeps the filter in the
// address (#severity=error&q=eccp), so that a filtered view can be shared as a link. The report
// file runs it at once; the review page runs it when it has placed a report in itself.
function clusterdataFilterFindings() {
  var q = document.getElementById('q');
  var severity = document.getElementById('severity');
  var rule = document.getElementById('rule');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tr.finding'));
  function apply() {
    var text = q.value.toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!severity.value || row.dataset.severity === severity.value)
          && (!rule.value || row.dataset.rule === rule.value)
          && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.style.display = visible ? '' : 'none';
      if (visible) { shown++; }
    });
    document.getElementById('shown').textContent = shown + ' / ' + rows.length;
    var hash = [];
    if (q.value) { hash.push('q=' + encodeURIComponent(q.value)); }
    if (severity.value) { hash.push('severity=' + severity.value); }
    if (rule.value) { hash.push('rule=' + encodeURIComponent(rule.value)); }
    history.replaceState(null, '', hash.length ? '#' + hash.join('&') : location.pathname + location.search);
  }
  location.hash.replace(/^#/, '').split('&').forEach(function (part) {
    var kv = part.split('=');
    var value = decodeURIComponent(kv[1] || '');
    if (kv[0] === 'q') { q.value = value; }
    if (kv[0] === 'severity') { severity.value = value; }
    if (kv[0] === 'rule') { rule.value = value; }
  });
  [q, severity, rule].forEach(function (input) {
    input.addEventListener('input', apply);
    input.addEventListener('change', apply);
  });
  apply();
}
if (document.getElementById('findings')) { clusterdataFilterFindings(); }
