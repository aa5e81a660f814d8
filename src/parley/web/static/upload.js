// Drag-and-drop upload with progress polling. No inline script: the page's CSP forbids it.
(function () {
  "use strict";
  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("files");
  const zone = document.getElementById("drop-zone");
  const chosen = document.getElementById("chosen");
  const panel = document.getElementById("progress");
  const bar = document.getElementById("progress-bar");
  const text = document.getElementById("progress-text");
  const failures = document.getElementById("progress-failures");
  const done = document.getElementById("progress-done");
  const button = document.getElementById("upload-button");
  let files = [];

  function show(list) {
    files = Array.from(list);
    chosen.replaceChildren(...files.map(function (f) {
      const li = document.createElement("li");
      li.textContent = f.name + " (" + Math.ceil(f.size / 1024) + " KB)";
      return li;
    }));
  }

  input.addEventListener("change", function () { show(input.files); });
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) { show(e.dataTransfer.files); });

  function report(job) {
    bar.max = Math.max(job.total, 1);
    bar.value = job.done;
    text.textContent = job.state === "running"
      ? "Ingesting: " + job.done + " of " + job.total + " files. " + job.message
      : job.state === "finished" ? "Finished: " + summary(job.summary) : "Failed: " + job.message;
    const problems = (job.summary && job.summary.failures) || [];
    failures.replaceChildren(...problems.map(function (p) {
      const li = document.createElement("li");
      li.textContent = p.source + ": " + p.reason;
      return li;
    }));
    done.hidden = job.state === "running";
  }

  function summary(s) {
    if (!s) return "";
    return s.added + " added, " + s.replaced + " replaced, " + s.unchanged + " unchanged; " +
      s.events + " events in the record.";
  }

  function poll(id) {
    fetch("/api/uploads/" + encodeURIComponent(id)).then(function (r) { return r.json(); })
      .then(function (job) {
        report(job);
        if (job.state === "running") setTimeout(function () { poll(id); }, 700);
        else button.disabled = false;
      });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!files.length) { text.textContent = "Choose at least one file."; panel.hidden = false; return; }
    const data = new FormData();
    files.forEach(function (f) { data.append("files", f, f.name); });
    button.disabled = true;
    panel.hidden = false;
    text.textContent = "Uploading…";
    fetch("/api/uploads", { method: "POST", body: data })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) { text.textContent = res.body.error || "Upload refused."; button.disabled = false; return; }
        report(res.body);
        poll(res.body.id);
      })
      .catch(function () { text.textContent = "Upload failed."; button.disabled = false; });
  });
})();
