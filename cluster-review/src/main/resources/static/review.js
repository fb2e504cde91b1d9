// The review page: sends the chosen files to /api/review (showing the upload's progress), places
// the answer (report, overview, diff) in the page, and downloads conversions from /api/convert.
// The files stay in the browser between the check and the downloads: the server keeps nothing.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  var file = document.getElementById('file');
  var before = document.getElementById('before');
  var status = document.getElementById('status');
  var progress = document.getElementById('progress');
  var result = document.getElementById('result');
  var downloads = document.getElementById('downloads');
  var downloadStatus = document.getElementById('download-status');
  var drop = document.getElementById('drop');

  function say(element, text, isError) {
    element.textContent = text;
    element.classList.toggle('error', !!isError);
  }

  // What a problem+json answer says: its title, then each message on a line.
  function problemText(xhrText, fallback) {
    try {
      var problem = JSON.parse(xhrText);
      return [problem.title || fallback].concat(problem.errors || (problem.detail ? [problem.detail] : []))
        .join('\n');
    } catch (e) {
      return fallback;
    }
  }

  function data() {
    var body = new FormData(form);
    body.delete('before');
    if (before.files.length) { body.set('before', before.files[0]); }
    return body;
  }

  // A file over the server's limit is refused here, before it is sent for nothing.
  function tooLarge() {
    var max = Number(form.dataset.maxBytes);
    return [file, before].some(function (input) {
      return input.files.length && input.files[0].size > max;
    });
  }

  function check() {
    if (!file.files.length) {
      say(status, form.dataset.noFile, true);
      file.focus();
      return;
    }
    if (tooLarge()) {
      say(status, form.dataset.tooLarge, true);
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/review');
    progress.hidden = false;
    progress.value = 0;
    say(status, form.dataset.sending);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); }
    });
    xhr.upload.addEventListener('load', function () {
      progress.removeAttribute('value');
      say(status, form.dataset.checking);
    });
    xhr.addEventListener('load', function () {
      progress.hidden = true;
      if (xhr.status === 200) {
        result.innerHTML = xhr.responseText;
        if (typeof clusterdataFilterFindings === 'function' && document.getElementById('findings')) {
          clusterdataFilterFindings();
        }
        downloads.hidden = false;
        say(downloadStatus, '');
        say(status, form.dataset.done);
      } else {
        say(status, problemText(xhr.responseText, form.dataset.failed + ' (' + xhr.status + ')'), true);
      }
    });
    xhr.addEventListener('error', function () {
      progress.hidden = true;
      say(status, form.dataset.failed, true);
    });
    xhr.send(data());
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    check();
  });

  // Files dropped on the files' box: the first is the export, the second the earlier one.
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('dragging'); });
  });
  drop.addEventListener('dragleave', function () { drop.classList.remove('dragging'); });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    drop.classList.remove('dragging');
    var dropped = e.dataTransfer.files;
    if (dropped.length > 0) { place(file, dropped[0]); }
    if (dropped.length > 1) { place(before, dropped[1]); }
  });

  function place(input, chosen) {
    var transfer = new DataTransfer();
    transfer.items.add(chosen);
    input.files = transfer.files;
  }

  // The examples the server was started with: fetched, placed as if chosen, checked.
  Array.prototype.forEach.call(document.querySelectorAll('button.example'), function (button) {
    button.addEventListener('click', function () {
      var name = button.dataset.name;
      fetch('/examples/' + encodeURIComponent(name)).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.blob();
      }).then(function (blob) {
        place(file, new File([blob], name));
        before.value = '';
        check();
      }).catch(function () { say(status, form.dataset.failed, true); });
    });
  });

  // Downloads: the export checked, converted on the server, saved under the name it gives.
  Array.prototype.forEach.call(document.querySelectorAll('button.download'), function (button) {
    button.addEventListener('click', function () {
      if (!file.files.length) { say(downloadStatus, form.dataset.noFile, true); return; }
      var body = data();
      body.delete('before');
      body.set('format', button.dataset.format);
      body.set('skipBad', document.getElementById('skip-bad').checked ? 'true' : 'false');
      say(downloadStatus, form.dataset.sending);
      fetch('/api/convert', { method: 'POST', body: body }).then(function (response) {
        if (!response.ok) {
          return response.text().then(function (text) {
            throw new Error(problemText(text, form.dataset.failed + ' (' + response.status + ')'));
          });
        }
        var disposition = response.headers.get('Content-Disposition') || '';
        var match = /filename="([^"]+)"/.exec(disposition);
        var leftOut = response.headers.get('Clusterdata-Left-Out') === 'true';
        return response.blob().then(function (blob) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = match ? match[1] : 'profiles';
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
          say(downloadStatus, leftOut ? form.dataset.leftOut : link.download);
        });
      }).catch(function (error) { say(downloadStatus, error.message, true); });
    });
  });
})();
