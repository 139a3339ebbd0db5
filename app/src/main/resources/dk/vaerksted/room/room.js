/*
 * A table's page, made better by script (the page works without it: plain forms and links).
 * - Live updates: server-sent events from PATH/events; when they cannot be had, PATH/state
 *   every five seconds.
 * - Nothing typed is lost: what is in a field is kept in this browser (localStorage) as it is
 *   typed; a sent note waits in an outbox there until the laptop has answered, and is sent again
 *   (with the same id, made here, so a retry never makes a second note) when the connection is back.
 *   It carries the write stamp of the page it was written on, so the laptop still takes it when the
 *   exercise ended meanwhile. A note the laptop will not take goes back into its field, or, where
 *   there is none (the exercise ended), into the list of kept texts on the page.
 * - Every text from the server is put on the page as text (textContent), never as markup.
 * No inline script, no eval: the page's Content-Security-Policy allows only this file.
 */
(function () {
  'use strict';

  var body = document.body;
  var path = body.getAttribute('data-path');
  if (!path) {
    return;
  }
  function t(name) {
    return body.getAttribute('data-t-' + name) || '';
  }
  var layout = body.getAttribute('data-layout');
  // The server's stamp while this page can write a new note: sent with each note written here.
  var written = body.getAttribute('data-written');
  var connEl = document.getElementById('conn');
  var liveEl = document.getElementById('live');
  var stepEl = document.getElementById('step');
  var clockLine = document.getElementById('clock-line');
  var clockEl = document.getElementById('clock');
  var stageEl = document.getElementById('stage');
  var promptEl = document.getElementById('prompt');

  // ---- storage (falls back to memory where the browser refuses it) ----
  var memory = {};
  var storage = {
    get: function (k) {
      try { return window.localStorage.getItem(k); } catch (e) { return Object.prototype.hasOwnProperty.call(memory, k) ? memory[k] : null; }
    },
    set: function (k, v) {
      try { window.localStorage.setItem(k, v); } catch (e) { memory[k] = v; }
    },
    remove: function (k) {
      try { window.localStorage.removeItem(k); } catch (e) { delete memory[k]; }
    }
  };
  var prefix = 'vaerksted:' + path + ':';
  function draftKey(key) { return prefix + 'draft:' + key; }
  var outboxKey = prefix + 'outbox';
  var keptKey = prefix + 'kept';

  function loadOutbox() {
    try {
      var v = JSON.parse(storage.get(outboxKey) || '[]');
      return Array.isArray(v) ? v : [];
    } catch (e) {
      return [];
    }
  }
  function saveOutbox(list) {
    if (list.length === 0) {
      storage.remove(outboxKey);
    } else {
      storage.set(outboxKey, JSON.stringify(list));
    }
  }

  // ---- ids: 128 random bits, base64url (crypto.getRandomValues works on plain http too) ----
  function newId() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    var s = '';
    for (var i = 0; i < b.length; i++) {
      s += String.fromCharCode(b[i]);
    }
    return window.btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function announce(text) {
    if (!liveEl || !text) {
      return;
    }
    liveEl.textContent = '';
    window.setTimeout(function () { liveEl.textContent = text; }, 50);
  }

  // ---- connection state ----
  var online = null;
  function showConnection() {
    if (!connEl) {
      return;
    }
    var waiting = loadOutbox().length;
    var text;
    if (online === false) {
      text = t('offline');
      if (waiting === 1) {
        text += ' ' + t('queued-one');
      } else if (waiting > 1) {
        text += ' ' + t('queued-many').replace('%n', String(waiting));
      }
    } else if (online === true) {
      text = t('online');
    } else {
      text = '';
    }
    if (connEl.textContent !== text) {
      connEl.textContent = text;
    }
    connEl.className = online === false ? 'conn offline' : 'conn';
  }
  function setOnline(value) {
    if (online !== value) {
      online = value;
      showConnection();
      if (value) {
        flush();
      }
    }
  }

  // ---- the countdown, moved on here between updates ----
  var running = null;
  var runningAt = 0;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function clockText(ms, signed) {
    var s = Math.floor(ms / 1000);
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = s % 60;
    var text = h > 0 ? h + ':' + pad(m) + ':' + pad(sec) : pad(m) + ':' + pad(sec);
    return (signed && s > 0 ? '+' : '') + text;
  }
  function tick() {
    if (!running || !clockEl) {
      return;
    }
    var passed = running.state === 'running' ? Date.now() - runningAt : 0;
    var text;
    var stage = '';
    if (running.timed) {
      var remaining = running.remainingMs - passed;
      if (remaining > 0) {
        text = clockText(remaining + 999, false);
        if (running.warningMs !== undefined && remaining <= running.warningMs && running.state !== 'ready') {
          stage = 'warning';
        }
      } else {
        text = clockText(-remaining, true);
        stage = running.state === 'ready' ? '' : 'overrun';
      }
    } else {
      text = clockText(running.elapsedMs + passed, false);
    }
    if (clockEl.textContent !== text) {
      clockEl.textContent = text;
    }
    var label = running.state === 'ready' ? t('stage-ready') : running.state === 'paused' ? t('stage-paused')
      : stage === 'warning' ? t('stage-warning') : stage === 'overrun' ? t('stage-overrun') : '';
    if (stageEl.textContent !== label) {
      stageEl.textContent = label;
    }
    clockLine.className = 'clock stage-' + (stage || 'normal');
  }

  function showRunning(state) {
    var r = state.running;
    var before = stepEl ? stepEl.textContent : '';
    running = r;
    runningAt = Date.now();
    if (!stepEl) {
      return;
    }
    if (!r) {
      stepEl.textContent = state.none || '';
      clockLine.hidden = true;
      promptEl.hidden = true;
      if (before && before !== stepEl.textContent) {
        announce(stepEl.textContent);
      }
      return;
    }
    stepEl.textContent = r.step;
    clockLine.hidden = false;
    promptEl.textContent = r.prompt;
    promptEl.hidden = !r.prompt;
    tick();
    if (before && before !== r.step) {
      announce(t('step').replace('%s', r.step));
    }
  }

  // ---- notes ----
  function shorten(text) {
    var one = text.replace(/\s+/g, ' ').trim();
    return one.length <= 60 ? one : one.substring(0, 59).trim() + '\u2026';
  }
  function noteItem(id, text, editable, pending) {
    var li = document.createElement('li');
    li.className = pending ? 'note pending' : 'note';
    li.setAttribute('data-id', id);
    var p = document.createElement('p');
    p.className = 'note-text';
    p.textContent = text;
    li.appendChild(p);
    if (pending) {
      var s = document.createElement('span');
      s.className = 'pending-label';
      s.textContent = t('pending');
      li.appendChild(s);
    } else if (editable) {
      var a = document.createElement('a');
      a.className = 'note-edit';
      a.href = path + '/n/' + encodeURIComponent(id);
      a.textContent = t('edit');
      a.setAttribute('aria-label', t('edit-label').replace('%s', shorten(text)));
      li.appendChild(a);
    }
    return li;
  }

  var seen = null;
  function collectIds(state) {
    var ids = {};
    (state.notes || []).forEach(function (n) { ids[n.id] = true; });
    (state.harvest || []).forEach(function (p) { (p.notes || []).forEach(function (n) { ids[n.id] = true; }); });
    return ids;
  }

  // Notes the laptop has taken that the last state did not hold yet (it follows on the stream).
  var confirmed = [];

  function showList(key, notes, editable) {
    var list = document.querySelector('ul[data-list="' + key + '"]');
    if (!list) {
      return;
    }
    var pending = loadOutbox().filter(function (o) { return o.key === key; });
    var known = {};
    notes.forEach(function (n) { known[n.id] = true; });
    var items = [];
    for (var i = pending.length - 1; i >= 0; i--) {
      if (!known[pending[i].id]) {
        items.push({ id: pending[i].id, text: pending[i].text, pending: true });
      }
    }
    var taken = confirmed.filter(function (c) { return c.key === key && !known[c.id]; });
    for (var j = taken.length - 1; j >= 0; j--) {
      items.push({ id: taken[j].id, text: taken[j].text, pending: false });
    }
    notes.forEach(function (n) { items.push({ id: n.id, text: n.text, pending: false }); });
    var signature = JSON.stringify(items) + editable;
    if (list.getAttribute('data-signature') === signature) {
      return;
    }
    var focused = document.activeElement && list.contains(document.activeElement)
      ? document.activeElement.closest('li') : null;
    var focusedId = focused ? focused.getAttribute('data-id') : null;
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    items.forEach(function (n) { list.appendChild(noteItem(n.id, n.text, editable, n.pending)); });
    list.setAttribute('data-signature', signature);
    if (focusedId) {
      var again = list.querySelector('li[data-id="' + focusedId.replace(/[^A-Za-z0-9_-]/g, '') + '"] a');
      if (again) {
        again.focus();
      }
    }
    var count = document.querySelector('[data-count="' + key + '"]');
    if (count) {
      count.textContent = (key === 'n' ? t('heading') : t('answers'))
        .replace('%n', String(notes.length + taken.length));
    }
    var empty = document.querySelector('[data-empty="' + key + '"]');
    if (empty) {
      empty.hidden = items.length > 0;
    }
  }

  function show(state) {
    if (state.layout !== layout) {
      // Another exercise, closed, the harvest opened or closed: the server draws the page anew.
      // Fields and the outbox are kept in storage and come back after the reload.
      window.location.reload();
      return;
    }
    showRunning(state);
    showList('n', state.notes || [], !state.closed);
    (state.harvest || []).forEach(function (p) { showList('h' + p.index, p.notes || [], true); });
    var ids = collectIds(state);
    if (seen) {
      var mine = {};
      loadOutbox().forEach(function (o) { mine[o.id] = true; });
      var fresh = Object.keys(ids).some(function (id) { return !seen[id] && !mine[id] && !sentHere[id]; });
      if (fresh) {
        announce(t('new'));
      }
    }
    seen = ids;
  }

  // ---- sending: the outbox ----
  var sentHere = {};
  var flushing = false;
  var retryTimer = null;
  var backoff = 2000;

  function scheduleRetry(ms) {
    if (retryTimer) {
      window.clearTimeout(retryTimer);
    }
    retryTimer = window.setTimeout(function () { retryTimer = null; flush(); }, ms);
  }

  function giveBack(item, message) {
    // The laptop will not take this note (closed, ended, too long): the text goes back into its
    // field, or where there is none (or it holds other text), among the kept texts.
    var form = document.querySelector('form.note-form[data-key="' + item.key + '"]');
    var area = form ? form.querySelector('textarea') : null;
    if (area && !area.value) {
      area.value = item.text;
      storage.set(draftKey(item.key), item.text);
    } else {
      var kept = loadKept();
      kept.push({ id: item.id, text: item.text, why: message || '' });
      storage.set(keptKey, JSON.stringify(kept));
      showKept();
    }
    announce(message);
  }

  // ---- kept texts: refused where no field could take them back ----
  function loadKept() {
    try {
      var v = JSON.parse(storage.get(keptKey) || '[]');
      return Array.isArray(v) ? v : [];
    } catch (e) {
      return [];
    }
  }
  function showKept() {
    var section = document.getElementById('kept');
    var list = document.getElementById('kept-list');
    if (!section || !list) {
      return;
    }
    // What the server drew (a send refused before the script ran) stays; this browser's own are redrawn.
    Array.prototype.forEach.call(list.querySelectorAll('li.kept-here'), function (li) { list.removeChild(li); });
    var kept = loadKept();
    kept.forEach(function (k) {
      var li = document.createElement('li');
      li.className = 'note kept-here';
      var p = document.createElement('p');
      p.className = 'note-text';
      p.textContent = k.text;
      li.appendChild(p);
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'kept-remove';
      remove.textContent = t('kept-remove');
      remove.addEventListener('click', function () {
        storage.set(keptKey, JSON.stringify(loadKept().filter(function (x) { return x.id !== k.id; })));
        if (loadKept().length === 0) {
          storage.remove(keptKey);
        }
        showKept();
      });
      li.appendChild(remove);
      list.appendChild(li);
    });
    var why = document.getElementById('kept-why');
    var last = kept.length > 0 ? kept[kept.length - 1].why : '';
    if (why && last) {
      why.textContent = last;
    }
    section.hidden = !list.querySelector('li');
  }

  function flush() {
    if (flushing) {
      return;
    }
    var box = loadOutbox();
    if (box.length === 0) {
      showConnection();
      return;
    }
    flushing = true;
    var item = box[0];
    var params = new URLSearchParams();
    params.set('text', item.text);
    params.set('id', item.id);
    if (item.written) {
      params.set('written', item.written);
    }
    if (item.prompt !== null && item.prompt !== undefined) {
      params.set('prompt', String(item.prompt));
    }
    fetch(path, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: params.toString(),
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (res) {
      var done = function () {
        saveOutbox(loadOutbox().filter(function (o) { return o.id !== item.id; }));
      };
      if (res.status === 200 || res.status === 201) {
        done();
        sentHere[item.id] = true;
        confirmed.push({ id: item.id, key: item.key, text: item.text });
        backoff = 2000;
        setOnline(true);
        announce(t('sent'));
        return null;
      }
      if (res.status === 429) {
        var after = parseInt(res.headers.get('Retry-After') || '2', 10);
        announce(t('too-many'));
        return { retry: Math.max(1, after) * 1000 };
      }
      if (res.status === 503) {
        setOnline(false);
        return { retry: backoff };
      }
      if (res.status === 404) {
        done();
        window.location.reload();
        return null;
      }
      // 400, 409, 413: it cannot be taken; the text goes back into its field.
      done();
      return res.json().then(function (e) { giveBack(item, e && e.message); }, function () { giveBack(item, ''); });
    }, function () {
      setOnline(false);
      return { retry: backoff };
    }).then(function (next) {
      flushing = false;
      refreshLists();
      if (next && next.retry) {
        backoff = Math.min(backoff * 2, 30000);
        scheduleRetry(next.retry);
      } else if (loadOutbox().length > 0) {
        flush();
      } else {
        showConnection();
      }
    });
  }

  var lastState = null;
  function refreshLists() {
    var state = lastState || {
      notes: initialNotes('n'),
      closed: body.getAttribute('data-closed') === 'true',
      harvest: Array.prototype.map.call(document.querySelectorAll('ul[data-list^="h"]'), function (ul) {
        var key = ul.getAttribute('data-list');
        return { index: key.substring(1), notes: initialNotes(key) };
      })
    };
    showList('n', state.notes || [], !state.closed);
    (state.harvest || []).forEach(function (p) { showList('h' + p.index, p.notes || [], true); });
    showConnection();
  }

  // Before the first state arrives: the notes the server drew into the page.
  function initialNotes(key) {
    return Array.prototype.map.call(document.querySelectorAll('ul[data-list="' + key + '"] li:not(.pending)'),
      function (li) {
        var p = li.querySelector('.note-text');
        return { id: li.getAttribute('data-id'), text: p ? p.textContent : '' };
      });
  }

  function wireForm(form) {
    var key = form.getAttribute('data-key');
    var area = form.querySelector('textarea');
    var idInput = form.querySelector('input[name="id"]');
    var promptInput = form.querySelector('input[name="prompt"]');
    if (!key || !area || !idInput) {
      return;
    }
    var saved = storage.get(draftKey(key));
    if (saved && !area.value) {
      area.value = saved;
    }
    area.addEventListener('input', function () {
      if (area.value) {
        storage.set(draftKey(key), area.value);
      } else {
        storage.remove(draftKey(key));
      }
    });
    form.addEventListener('submit', function (event) {
      var text = area.value.replace(/\r\n?/g, '\n').trim();
      if (!text) {
        return;
      }
      if (text.length > 5000) {
        event.preventDefault();
        announce(t('too-long'));
        return;
      }
      event.preventDefault();
      var box = loadOutbox();
      box.push({ id: idInput.value || newId(), key: key, prompt: promptInput ? promptInput.value : null, text: text,
        written: written });
      saveOutbox(box);
      area.value = '';
      storage.remove(draftKey(key));
      idInput.value = newId();
      refreshLists();
      area.focus();
      flush();
    });
  }

  // ---- live updates ----
  function apply(state) {
    lastState = state;
    if (state.written) {
      written = state.written;
    }
    var ids = collectIds(state);
    confirmed = confirmed.filter(function (c) { return !ids[c.id]; });
    show(state);
  }

  var polling = null;
  function poll() {
    fetch(path + '/state', { headers: { 'Accept': 'application/json' }, cache: 'no-store', credentials: 'omit' })
      .then(function (res) {
        if (res.status === 404) {
          window.location.reload();
          return null;
        }
        if (!res.ok) {
          throw new Error(String(res.status));
        }
        return res.json();
      })
      .then(function (state) {
        if (state) {
          setOnline(true);
          apply(state);
        }
      }, function () { setOnline(false); });
  }
  function startPolling() {
    if (!polling) {
      poll();
      polling = window.setInterval(poll, 5000);
    }
  }

  function listen() {
    if (!window.EventSource) {
      startPolling();
      return;
    }
    var source = new EventSource(path + '/events');
    source.onopen = function () { setOnline(true); };
    source.onmessage = function (event) {
      try {
        apply(JSON.parse(event.data));
      } catch (e) {
        // a broken event: the next one or the poll puts it right
      }
    };
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        // Refused (too many streams, or the link is no longer valid): ask plainly instead.
        startPolling();
      } else {
        setOnline(false);
      }
    };
  }

  Array.prototype.forEach.call(document.querySelectorAll('form.note-form[data-key]'), wireForm);
  window.addEventListener('online', function () { flush(); });
  window.setInterval(tick, 250);
  listen();
  showKept();
  refreshLists();
  flush();
}());
