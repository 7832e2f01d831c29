// claimgraph: hover cards and toggles on the document page, auto-submitting filters, job progress.
// Plain JavaScript, no libraries; every page works without it (cards fall back to title tooltips).
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  // --- document page: hover or click an item to see its card ---------------------------------
  function setupArticle() {
    var article = document.getElementById("article");
    var tip = document.getElementById("tip");
    if (!article || !tip) return;
    var pinned = null;
    var current = null;

    // The cards replace the browser's title tooltips (which would show on top of them).
    article.querySelectorAll("[data-item][title]").forEach(function (el) {
      el.dataset.title = el.getAttribute("title");
      el.removeAttribute("title");
    });

    function fragments(id) {
      return document.querySelectorAll('#article [data-item="' + CSS.escape(id) + '"]');
    }
    function mark(id, on) {
      if (!id) return;
      fragments(id).forEach(function (el) { el.classList.toggle("active", on); });
      var link = document.querySelector('.item-link[data-card="' + CSS.escape(id) + '"]');
      if (link) link.classList.toggle("active", on);
    }
    // The innermost claim under the pointer: a mention inside a quote or claim shows the claim.
    function itemAt(target) {
      var el = target.closest ? target.closest("[data-item]") : null;
      if (!el || !article.contains(el)) return null;
      if (el.classList.contains("ent")) {
        var outer = el.parentElement && el.parentElement.closest("[data-item]");
        if (outer && article.contains(outer)) return outer;
      }
      return el;
    }
    // Claims over exactly the same words (a quote that is also a control claim) share one tip.
    function sameSpan(el) {
      var out = [el];
      var outer = el.parentElement && el.parentElement.closest("[data-item]");
      while (outer && article.contains(outer) && outer.textContent === el.textContent) {
        out.push(outer);
        outer = outer.parentElement && outer.parentElement.closest("[data-item]");
      }
      return out;
    }
    function show(el, id) {
      var card = document.getElementById("card-" + id);
      if (!card) return;
      var cards = [card];
      sameSpan(el).slice(1).forEach(function (o) {
        var c = document.getElementById("card-" + o.dataset.item);
        if (c && cards.indexOf(c) < 0) cards.push(c);
      });
      tip.replaceChildren.apply(tip, cards.map(function (c) {
        var copy = c.cloneNode(true);
        copy.removeAttribute("id");
        return copy;
      }));
      tip.hidden = false;
      var r = el.getBoundingClientRect();
      var top = window.scrollY + r.bottom + 8;
      var left = window.scrollX + r.left;
      var width = tip.offsetWidth;
      var maxLeft = window.scrollX + document.documentElement.clientWidth - width - 12;
      tip.style.left = Math.max(window.scrollX + 8, Math.min(left, maxLeft)) + "px";
      tip.style.top = top + "px";
      if (r.bottom + tip.offsetHeight + 16 > window.innerHeight && r.top > tip.offsetHeight + 16) {
        tip.style.top = (window.scrollY + r.top - tip.offsetHeight - 8) + "px";
      }
    }
    function hide() {
      if (pinned) return;
      tip.hidden = true;
      mark(current, false);
      current = null;
    }
    function enter(target) {
      if (pinned) return;
      var el = itemAt(target);
      if (!el) return;
      var id = el.dataset.item;
      if (id === current) return;
      mark(current, false);
      current = id;
      mark(id, true);
      show(el, id);
    }

    article.addEventListener("mouseover", function (e) { enter(e.target); });
    article.addEventListener("mouseleave", hide);
    article.addEventListener("focusin", function (e) { enter(e.target); });
    article.addEventListener("focusout", function () { hide(); });
    article.addEventListener("click", function (e) {
      var el = itemAt(e.target);
      if (!el) { unpin(); return; }
      var id = el.dataset.item;
      if (pinned === id) { unpin(); return; }
      unpin();
      current = id;
      mark(id, true);
      show(el, id);
      pinned = id;
      tip.classList.add("pinned");
    });
    function unpin() {
      pinned = null;
      tip.classList.remove("pinned");
      hide();
    }
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") unpin(); });
    document.addEventListener("click", function (e) {
      if (pinned && !article.contains(e.target) && !tip.contains(e.target)) unpin();
    });

    // The item list in the sidebar: hovering shows where the item is, clicking goes there.
    document.querySelectorAll(".item-link[data-card]").forEach(function (link) {
      var id = link.dataset.card;
      link.addEventListener("mouseenter", function () { mark(id, true); });
      link.addEventListener("mouseleave", function () { if (current !== id) mark(id, false); });
      link.addEventListener("click", function (e) {
        var first = fragments(id)[0];
        if (!first) return;
        e.preventDefault();
        first.scrollIntoView({ behavior: "smooth", block: "center" });
        unpin();
        current = id;
        mark(id, true);
        show(first, id);
        pinned = id;
        tip.classList.add("pinned");
      });
    });

    // Show or hide kinds of marks.
    document.querySelectorAll("input[data-toggle]").forEach(function (box) {
      box.addEventListener("change", function () {
        article.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
      });
    });

    // A link to a sentence (#s12) lights up every fragment of it.
    function target() {
      document.querySelectorAll("#article .s.targeted").forEach(function (el) { el.classList.remove("targeted"); });
      var m = /^#s(\d+)$/.exec(location.hash);
      if (!m) return;
      var parts = document.querySelectorAll('#article .s[data-s="' + m[1] + '"]');
      parts.forEach(function (el) { el.classList.add("targeted"); });
      if (parts[0]) parts[0].scrollIntoView({ block: "center" });
    }
    window.addEventListener("hashchange", target);
    target();
  }

  // --- filter forms: a changed menu applies at once ---------------------------------------------
  function setupFilters() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (sel) {
      sel.addEventListener("change", function () {
        var form = sel.form;
        var page = form.querySelector('input[name="page"]');
        if (page) page.remove();
        form.requestSubmit ? form.requestSubmit() : form.submit();
      });
    });
    // Leave empty fields out of the URL, so shared links stay short.
    document.querySelectorAll("form.filters").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("input, select").forEach(function (el) {
          if (el.name && !el.value) el.disabled = true;
        });
      });
    });
  }

  // --- job page: poll progress until done, then show the result ---------------------------------
  function setupJob() {
    var box = document.getElementById("job");
    if (!box) return;
    var status = box.dataset.status;
    if (status !== "queued" && status !== "running") return;
    var id = box.dataset.job;
    var bar = document.getElementById("job-progress");
    var step = document.getElementById("job-step");
    var badge = document.getElementById("job-status");
    function poll() {
      fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (job) {
          if (!job) { setTimeout(poll, 2000); return; }
          bar.value = Math.round(job.progress * 100);
          bar.textContent = bar.value + " %";
          step.textContent = job.step;
          badge.textContent = job.status;
          badge.className = "status status-" + job.status;
          if (job.status === "done" || job.status === "failed") location.reload();
          else setTimeout(poll, 500);
        })
        .catch(function () { setTimeout(poll, 2000); });
    }
    setTimeout(poll, 300);
  }

  ready(function () {
    setupArticle();
    setupFilters();
    setupJob();
  });
})();
