import {
  Observations
} from "./chunk-N2KNKGYM.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  gitEach
} from "./chunk-IIWHDVOR.js";
import {
  redact
} from "./chunk-2PNQQJNN.js";

// src/core/collisions.ts
var HUNK_RE = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/;
function hunkRange(header) {
  let m = HUNK_RE.exec(header);
  if (!m) return;
  let start = Number(m[1]), count = m[2] === void 0 ? 1 : Number(m[2]);
  return count === 0 ? { start, end: start } : { start, end: start + count - 1 };
}
function parseDiffU0(diff) {
  let out = [], cur;
  for (let line of diff.split(`
`))
    if (line.startsWith("diff --git ")) {
      let m = /^diff --git a\/(.*) b\/(.*)$/.exec(line);
      cur = { path: unquote(m?.[2] ?? line.slice(11)), ranges: [], whole: !1 }, out.push(cur);
    } else if (cur) {
      if (line.startsWith("--- /dev/null") || line.startsWith("Binary files "))
        cur.whole = !0;
      else if (line.startsWith("+++ b/"))
        cur.path = unquote(line.slice(6));
      else if (line.startsWith("@@")) {
        let r = hunkRange(line);
        r && cur.ranges.push(r);
      }
    } else continue;
  return out;
}
function unquote(p) {
  return p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1) : p;
}
function withUntracked(files, untracked) {
  let known = new Set(files.map((f) => f.path));
  return [...files, ...untracked.filter((p) => p && !known.has(p)).map((p) => ({ path: p, ranges: [], whole: !0 }))];
}
function overlaps(x, y) {
  return x.start <= y.end && y.start <= x.end;
}
function overlapRanges(x, y) {
  let pieces = [];
  if (x.whole && y.whole) return [];
  if (x.whole) pieces.push(...y.ranges);
  else if (y.whole) pieces.push(...x.ranges);
  else
    for (let r of x.ranges) for (let s of y.ranges) overlaps(r, s) && pieces.push({ start: Math.max(r.start, s.start), end: Math.min(r.end, s.end) });
  return mergeRanges(pieces);
}
function mergeRanges(ranges) {
  let sorted = [...ranges].sort((p, q) => p.start - q.start || p.end - q.end), out = [];
  for (let r of sorted) {
    let last = out[out.length - 1];
    last && r.start <= last.end + 1 ? last.end = Math.max(last.end, r.end) : out.push({ ...r });
  }
  return out;
}
function findCollisions(workers) {
  let out = [], sorted = [...workers].sort((p, q) => p.name.localeCompare(q.name));
  for (let i = 0; i < sorted.length; i++) {
    let byPath = new Map(sorted[i].files.map((f) => [f.path, f]));
    for (let j = i + 1; j < sorted.length; j++)
      for (let f of sorted[j].files) {
        let mine = byPath.get(f.path);
        if (!mine) continue;
        let whole = mine.whole && f.whole;
        out.push({ a: sorted[i].name, b: sorted[j].name, file: f.path, lines: overlapRanges(mine, f), ...whole ? { whole } : {} });
      }
  }
  return out.sort((p, q) => p.file.localeCompare(q.file) || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
function collisionKey(c) {
  return `${c.a}\0${c.b}\0${c.file}`;
}
function formatLines(lines) {
  return lines.length ? lines.length === 1 && lines[0].start === lines[0].end ? `line ${lines[0].start}` : `lines ${lines.map((r) => r.start === r.end ? String(r.start) : `${r.start}-${r.end}`).join(", ")}` : "different lines";
}
function describeCollision(c, from) {
  let who = from ? from === c.a ? c.b : c.a : `${c.a} and ${c.b}`;
  return `${from ? `with ${who}` : who}: ${c.file} (${c.whole ? "the whole file" : formatLines(c.lines)})`;
}
function workersTouching(workers, paths) {
  let want = new Set(paths);
  return workers.map((w) => ({ name: w.name, files: w.files.map((f) => f.path).filter((p) => want.has(p)) })).filter((w) => w.files.length > 0);
}

// src/flows/watch/notify.ts
var NOTIFY_STATES = ["waiting-approval", "asking", "errored", "stuck", "blocked", "dead", "finish-failed", "pr-green"];
function shouldNotify(state, prev, now, reminderMs) {
  return NOTIFY_STATES.includes(state) ? !prev || prev.state !== state ? { send: !0, reminder: 0 } : now - prev.at >= reminderMs ? { send: !0, reminder: prev.count + 1 } : { send: !1, reminder: prev.count } : { send: !1, reminder: 0 };
}
async function deliver(config, msg, log, opts = {}) {
  let body = redact(JSON.stringify(msg)), ok = !0;
  if (config.notify.webhook && (ok = await withRetry(opts, async () => {
    let res = await fetch(config.notify.webhook, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(5e3) });
    if (res.status >= 300) throw new Error(`HTTP ${res.status}`);
  }, (e, i) => log(`notify: webhook delivery failed (${e.message}); attempt ${i}`))), config.notify.command?.length) {
    let [cmd, ...args] = config.notify.command, r = await run(cmd, args, { input: body, timeoutMs: 1e4 });
    r.exitCode !== 0 && (log(`notify: command ${cmd} exited ${r.exitCode}`), ok = !1);
  }
  return ok;
}
async function withRetry(opts, fn, onFail) {
  let attempts = opts.attempts ?? 4;
  for (let i = 1; i <= attempts; i++)
    try {
      return await fn(), !0;
    } catch (e) {
      onFail(e, i), i < attempts && await new Promise((r) => setTimeout(r, (opts.baseDelayMs ?? 500) * 2 ** (i - 1)));
    }
  return !1;
}

// src/flows/watch/collisions.ts
function liveForRadar(facts) {
  return facts.workers.filter((f) => (f.rec.kind === "task" || f.rec.kind === "issue") && f.worktreeExists && f.state.state !== "done");
}
async function worktreesChanges(list) {
  let first = await gitEach(list.map((w) => ({ dir: w.worktree, args: ["merge-base", "HEAD", `origin/${w.base}`] })), 4), again = list.map((_, i) => i).filter((i) => !first[i].out), second = await gitEach(again.map((i) => ({ dir: list[i].worktree, args: ["merge-base", "HEAD", list[i].base] })), 4), mbs = list.map((_, i) => first[i].out || (again.includes(i) ? second[again.indexOf(i)].out : "")), todo = list.map((_, i) => i).filter((i) => mbs[i]), [diffs, others] = await Promise.all([
    gitEach(todo.map((i) => ({ dir: list[i].worktree, args: ["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", mbs[i].split(`
`)[0].trim()] })), 4),
    gitEach(todo.map((i) => ({ dir: list[i].worktree, args: ["ls-files", "--others", "--exclude-standard"] })), 4)
  ]);
  return list.map((_, i) => {
    let k = todo.indexOf(i);
    if (!(k < 0 || !diffs[k].ok || !others[k].ok))
      try {
        return withUntracked(parseDiffU0(diffs[k].out), others[k].out.split(`
`).map((l) => l.trim()).filter(Boolean));
      } catch {
        return;
      }
  });
}
async function collisionRadar(facts) {
  let live = liveForRadar(facts), read = await worktreesChanges(live.map((f) => ({ worktree: f.rec.worktree, base: f.rec.base }))), workers = live.flatMap((f, i) => read[i] ? [{ name: f.rec.name, files: read[i] }] : []);
  return { workers, collisions: findCollisions(workers) };
}
async function projectRadar(project) {
  return collisionRadar(await inspectProject(project, { capture: !1, git: !1 }));
}
function rowCollisions(all, name) {
  return all.filter((c) => c.a === name || c.b === name).map((c) => ({ with: c.a === name ? c.b : c.a, file: c.file, lines: c.lines, ...c.whole ? { whole: !0 } : {} }));
}
async function notifyCollisions(ctx, project, collisions) {
  let obs = new Observations(project.registry.dir), byFirst = /* @__PURE__ */ new Map();
  for (let c of collisions) byFirst.set(c.a, [...byFirst.get(c.a) ?? [], c]);
  let told = [], names = /* @__PURE__ */ new Set([...byFirst.keys(), ...project.registry.listWorkers().map((w) => w.name)]);
  for (let name of names) {
    let mine = byFirst.get(name) ?? [], prev = obs.get(name), before = new Set(prev.collisionsNotified ?? []), fresh = mine.filter((c) => !before.has(collisionKey(c))), keys = mine.map(collisionKey);
    if (!fresh.length && keys.length === before.size) continue;
    let delivered = [];
    for (let c of fresh) {
      let line = describeCollision(c);
      (project.config.notify.webhook || project.config.notify.command?.length) && !await deliver(project.config, { worker: c.a, state: "collision", detail: `COLLISION ${line}`, pr: null, at: (/* @__PURE__ */ new Date()).toISOString() }, (s) => ctx.out.info(s)) || (delivered.push(collisionKey(c)), told.push(line));
    }
    let kept = keys.filter((k) => before.has(k) || delivered.includes(k));
    obs.put(name, { ...obs.get(name), collisionsNotified: kept });
  }
  return told;
}

export {
  formatLines,
  describeCollision,
  workersTouching,
  shouldNotify,
  deliver,
  collisionRadar,
  projectRadar,
  rowCollisions,
  notifyCollisions
};
