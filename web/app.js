// The orch dashboard page. Plain script, no build step and no network beyond its own server.
// Every text that comes from a worker is set with textContent; the one exception is the terminal, whose HTML
// the server makes with ansi_up from escaped text (see src/flows/watch/web/screen-html.ts).
'use strict';

(() => {
  const token = document.querySelector('meta[name="orch-token"]').content;
  const $ = (id) => document.getElementById(id);
  const cards = new Map(); // name -> { el, worker }
  const screens = new Map(); // name -> html, kept for cards that do not exist yet
  let last = null;

  // Fields a card shows in their own place; every other field of a worker is listed generically, so facts
  // other commands add to `dash --json` (cost, collisions, ...) appear without a change here.
  const PLACED = new Set(['name', 'host', 'state', 'symbol', 'title', 'issue', 'kind', 'branch', 'base', 'worktree', 'batch', 'ahead', 'behind', 'uncommitted', 'pr', 'lastActivity', 'tool', 'server', 'window', 'lastReply', 'events']);
  // The order `orch dash` prints its totals in (waiting-approval reads as waiting).
  const TOTALS = ['working', 'waiting-approval', 'asking', 'booting', 'idle', 'stuck', 'limited', 'blocked', 'errored', 'finish-failed', 'dead', 'not-launched', 'done'];

  function totalsText(t) {
    const parts = TOTALS.filter((k) => t.states[k]).map((k) => `${k === 'waiting-approval' ? 'waiting' : k} ${t.states[k]}`);
    return `Total: ${t.workers}${parts.length ? ` | ${parts.join(' | ')}` : ''}`;
  }

  function ago(iso) {
    if (!iso) return '-';
    const s = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
    if (s < 60) return `${s}s ago`;
    if (s < 3600) return `${Math.floor(s / 60)}m ago`;
    if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
    return `${Math.floor(s / 86400)}d ago`;
  }

  function fmt(v) {
    if (v === undefined || v === null || v === '') return '-';
    if (Array.isArray(v)) return v.length ? v.map(fmt).join(', ') : 'none';
    if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${fmt(x)}`).join(', ');
    return String(v);
  }

  // Known shapes of fields other commands add; anything else goes through fmt().
  const FORMAT = {
    // `orch list`'s COST column and its tokens: $0.0166 · 14.0k tokens · 1 turn
    cost: (c) => {
      const usd = c.usd === null || c.usd === undefined ? 'unknown' : c.usd < 1 ? `$${c.usd.toFixed(4)}` : `$${c.usd.toFixed(2)}`;
      const n = c.tokens ? c.tokens.total : 0;
      const tokens = n < 1000 ? String(n) : n < 1e6 ? `${(n / 1000).toFixed(1)}k` : `${(n / 1e6).toFixed(1)}M`;
      return `${usd} · ${tokens} tokens · ${c.turns} turn${c.turns === 1 ? '' : 's'}`;
    },
    collisions: (list) =>
      list.map((c) => `${c.with}: ${c.file} (${c.whole ? 'whole file' : (c.lines || []).map((l) => (l.start === l.end ? `line ${l.start}` : `lines ${l.start}-${l.end}`)).join(', ') || 'changed'})`).join('; '),
  };

  function label(key) {
    return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }

  function setConn(state, text) {
    const el = $('conn');
    el.dataset.conn = state;
    el.textContent = text;
  }

  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  function fact(dl, key, value, href) {
    const dt = document.createElement('dt');
    dt.textContent = key;
    const dd = document.createElement('dd');
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = value;
      dd.append(a);
    } else dd.textContent = value;
    dd.dataset.key = key;
    dl.append(dt, dd);
  }

  function newCard(name) {
    const el = $('card').content.firstElementChild.cloneNode(true);
    el.dataset.name = name;
    el.querySelector('.name').textContent = name;
    el.querySelector('.send-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = el.querySelector('.prompt');
      const text = input.value;
      if (!text.trim()) return;
      act(name, 'send', { text }, el).then((ok) => {
        if (ok) input.value = '';
      });
    });
    for (const b of el.querySelectorAll('button[data-action]')) {
      b.addEventListener('click', () => {
        const action = b.dataset.action;
        if (action === 'close' && b.dataset.armed !== '1') {
          // Two clicks: a stray tap must not close a worker.
          b.dataset.armed = '1';
          b.textContent = 'Confirm close';
          setTimeout(() => {
            b.dataset.armed = '';
            b.textContent = 'Close';
          }, 5000);
          return;
        }
        b.dataset.armed = '';
        b.textContent = action === 'close' ? 'Close' : b.textContent;
        act(name, action, {}, el);
      });
    }
    const pre = el.querySelector('.screen');
    pre.addEventListener('scroll', () => {
      pre.dataset.stick = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4 ? '1' : '0';
    });
    if (screens.has(name)) setScreen(el, screens.get(name));
    return el;
  }

  function updateCard(el, w) {
    const alive = w.window.alive;
    el.dataset.state = w.state.name;
    el.dataset.window = alive ? 'alive' : 'dead';
    setText(el.querySelector('.host'), w.host || 'local');
    setText(el.querySelector('.symbol'), w.symbol || '');
    setText(el.querySelector('.state-name'), w.state.name);
    setText(el.querySelector('.reason'), w.state.reason || '');
    const task = el.querySelector('.task');
    const taskText = w.title ? `${w.issue ? `#${w.issue} ` : ''}${w.title}` : w.issue ? `issue #${w.issue}` : '';
    task.hidden = !taskText;
    setText(task, taskText);

    const dl = el.querySelector('.facts');
    dl.replaceChildren();
    fact(dl, 'branch', w.branch || '(detached)');
    fact(dl, 'ahead / behind', `${w.ahead ?? '-'} / ${w.behind ?? '-'}`);
    fact(dl, 'uncommitted', w.uncommitted ? String(w.uncommitted.count) : 'unknown');
    const pr = w.pr;
    fact(dl, 'PR', pr ? `#${pr.number}` : '-', pr && pr.url ? pr.url : undefined);
    const ci = pr && pr.state && pr.state !== 'OPEN' && pr.state !== 'DRAFT' ? pr.state : pr && pr.ci;
    if (ci) fact(dl, 'CI', ci);
    if (pr && pr.review && pr.review !== 'none') fact(dl, 'review', pr.review);
    fact(dl, 'last activity', ago(w.lastActivity));
    dl.lastElementChild.dataset.at = w.lastActivity || ''; // kept current by the 1 s timer below
    if (w.tool) fact(dl, 'tool', w.tool);
    if (w.server.length) fact(dl, 'server', w.server.map((s) => `${w.server.length > 1 ? `${s.part} ` : ''}${s.url}${s.running ? '' : ' (down)'}`).join('; '));
    for (const [k, v] of Object.entries(w)) {
      if (PLACED.has(k) || v === undefined || v === null || (Array.isArray(v) && !v.length)) continue;
      let text;
      try {
        text = Object.hasOwn(FORMAT, k) ? FORMAT[k](v) : fmt(v);
      } catch {
        text = fmt(v); // a shape that changed since this page was written
      }
      fact(dl, label(k), text);
    }

    const reply = el.querySelector('.reply');
    reply.hidden = !w.lastReply;
    setText(el.querySelector('.reply-text'), w.lastReply || '');

    el.querySelector('.events').hidden = !(w.events && w.events.length);
    const ol = el.querySelector('.event-list');
    ol.replaceChildren(
      ...(w.events || []).slice().reverse().map((e) => {
        const li = document.createElement('li');
        const t = document.createElement('time');
        t.dateTime = e.at;
        t.textContent = e.at.slice(11, 19);
        li.append(t, ` ${e.event}${e.tool ? ` ${e.tool}` : ''}${e.summary ? `: ${e.summary}` : ''}${e.notification ? ` (${e.notification})` : ''}${e.blocked ? ' BLOCKED by guard' : ''}`);
        return li;
      }),
    );

    const waiting = w.state.name === 'waiting-approval';
    el.querySelector('.approve').hidden = !waiting;
    el.querySelector('.deny').hidden = !waiting;
    el.querySelector('.resume').hidden = alive;
    el.querySelector('.send').disabled = !alive;
    const link = el.querySelector('.pr-link');
    const url = pr && pr.url;
    link.hidden = !url;
    if (url) link.href = url;
    else link.removeAttribute('href');
  }

  function setScreen(el, html) {
    const pre = el.querySelector('.screen');
    // Server-made HTML: ansi_up escaped every character of the terminal text and added only colour spans.
    pre.innerHTML = html;
    // The bottom of a screen is where prompts and questions are; stay there unless the reader scrolled up.
    if (pre.dataset.stick !== '0') pre.scrollTop = pre.scrollHeight;
  }

  function render(snap) {
    last = snap;
    setText($('project'), snap.project || '');
    document.title = `orch ${snap.project || ''}: ${totalsText(snap.totals)}`;
    setText($('totals'), totalsText(snap.totals));
    const needs = $('needs');
    needs.hidden = !snap.needsHuman.length;
    setText(needs, snap.needsHuman.length ? `Needs you: ${snap.needsHuman.join(', ')}` : '');

    const batchList = $('batch-list');
    batchList.replaceChildren(
      ...snap.batches.map((b) => {
        const li = document.createElement('li');
        li.textContent = `batch ${b.id} (${b.command}): ${b.members} member${b.members === 1 ? '' : 's'}, ${b.live} live, ${b.queued} queued, ${b.closed} closed${b.cancelled ? `, ${b.cancelled} cancelled` : ''}`;
        return li;
      }),
    );
    const queue = $('queue');
    queue.replaceChildren(
      ...snap.queue.map((q) => {
        const li = document.createElement('li');
        li.textContent = `${q.name}${q.issue ? ` (#${q.issue})` : ''}: ${q.reason} [${q.batch}]`;
        return li;
      }),
    );
    $('queue-box').hidden = !snap.queue.length;
    $('batches').hidden = !snap.batches.length && !snap.queue.length;

    const grid = $('workers');
    const seen = new Set();
    let order = 0;
    for (const w of snap.workers) {
      seen.add(w.name);
      let c = cards.get(w.name);
      if (!c) {
        c = { el: newCard(w.name), fresh: true };
        cards.set(w.name, c);
      }
      c.worker = w;
      updateCard(c.el, w);
      if (c.el.parentNode !== grid || grid.children[order] !== c.el) grid.insertBefore(c.el, grid.children[order] || null);
      order++;
      if (screens.has(w.name) && c.fresh) {
        c.fresh = false;
        setScreen(c.el, screens.get(w.name)); // again, now that it has a size to scroll
      }
    }
    for (const [name, c] of cards) {
      if (!seen.has(name)) {
        c.el.remove();
        cards.delete(name);
        screens.delete(name);
      }
    }
    $('empty').hidden = snap.workers.length > 0;
  }

  async function act(name, action, body, el) {
    const fb = el.querySelector('.feedback');
    fb.dataset.kind = 'pending';
    fb.textContent = `${action}…`;
    try {
      const r = await fetch(`/api/workers/${encodeURIComponent(name)}/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-orch-token': token },
        body: JSON.stringify(body),
      });
      const j = await r.json().catch(() => null);
      if (r.ok && j && j.ok) {
        fb.dataset.kind = 'ok';
        fb.textContent = j.message;
        return true;
      }
      fb.dataset.kind = 'error';
      fb.textContent = j && j.error ? `${j.error.message}${j.error.hint ? `\nHint: ${j.error.hint}` : ''}` : `${action} failed (HTTP ${r.status})`;
    } catch (e) {
      fb.dataset.kind = 'error';
      fb.textContent = `${action} failed: the dashboard server did not answer`;
    }
    return false;
  }

  let es = null;
  function connect() {
    if (es) es.close();
    es = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    es.addEventListener('open', () => setConn('live', 'live'));
    es.addEventListener('state', (e) => render(JSON.parse(e.data)));
    es.addEventListener('screen', (e) => {
      const s = JSON.parse(e.data);
      screens.set(s.name, s.html);
      const c = cards.get(s.name);
      if (c) setScreen(c.el, s.html);
    });
    es.addEventListener('error', () => {
      setConn('reconnecting', 'reconnecting…');
      // EventSource retries a dropped connection by itself; after an HTTP error it gives up, so start anew,
      // unless the token is no longer valid (a new `orch dash --web` has a new one): then say so and stop.
      if (es.readyState !== EventSource.CLOSED) return;
      fetch('/api/state', { headers: { 'x-orch-token': token } })
        .then((r) => {
          if (r.status === 401) setConn('stale', 'this URL has expired: open the one `orch dash --web` printed');
          else setTimeout(connect, 2000);
        })
        .catch(() => setTimeout(connect, 2000));
    });
  }

  setInterval(() => {
    for (const dd of document.querySelectorAll('dd[data-at]')) if (dd.dataset.at) dd.textContent = ago(dd.dataset.at);
  }, 1000);

  window.orchDashboard = { get snapshot() { return last; } };
  connect();
})();
