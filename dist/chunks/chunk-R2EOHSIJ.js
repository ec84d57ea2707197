import {
  findExecutable
} from "./chunk-RZIVDDZH.js";

// src/adapters/scratch.ts
import os from "node:os";
import path from "node:path";
import { mkdtempSync, statfsSync, statSync } from "node:fs";
var ROOM = 256 * 1024 * 1024, base;
function scratchDir(prefix) {
  base ??= pickBase();
  try {
    return mkdtempSync(path.join(base, prefix));
  } catch {
    return mkdtempSync(path.join(os.tmpdir(), prefix));
  }
}
function pickBase() {
  if (process.platform !== "linux" || process.env.TMPDIR) return os.tmpdir();
  for (let dir of [process.env.XDG_RUNTIME_DIR, "/dev/shm"])
    if (!(!dir || !path.isAbsolute(dir)))
      try {
        let st = statSync(dir), fs = statfsSync(dir), mine = st.uid === process.getuid?.() || (st.mode & 514) === 514;
        if (st.isDirectory() && fs.type === 16914836 && mine && fs.bavail * fs.bsize >= ROOM) return dir;
      } catch {
      }
  return os.tmpdir();
}

// src/adapters/spawner.ts
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync as statSync2, unlinkSync, writeFileSync } from "node:fs";
import path2 from "node:path";
var SPAWNER_LOOP = 'd=$1; while IFS= read -r id; do ( command . "$d/$id.sh" >"$d/$id.out" 2>"$d/$id.err"; echo "$id $?" ) </dev/null & done; wait; rm -rf "$d"', resident, failures = 0, seq = 0, stats = { jobs: 0, pid: 0, loop: SPAWNER_LOOP, base: "" };
globalThis[/* @__PURE__ */ Symbol.for("orch.spawner")] = stats;
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;
function enabled() {
  return process.platform !== "win32" && process.env.ORCH_SPAWNER !== "0" && failures < 3;
}
function start() {
  let dir;
  try {
    dir = scratchDir("orch-spawn-");
    let env = { ...process.env }, child = spawn("/bin/sh", ["-c", SPAWNER_LOOP, "orch-spawner", dir], { stdio: ["pipe", "pipe", "ignore"], env }), r = { child, dir, env, pending: /* @__PURE__ */ new Map(), alive: !0 }, buf = "";
    child.stdout.setEncoding("utf8"), child.stdout.on("data", (text) => {
      buf += text;
      for (let nl = buf.indexOf(`
`); nl >= 0; nl = buf.indexOf(`
`)) {
        let [id = "", code = ""] = buf.slice(0, nl).split(" ");
        buf = buf.slice(nl + 1), settle(r, id, Number(code));
      }
    });
    let stop = () => {
      if (r.alive) {
        r.alive = !1, failures++, resident === r && (resident = void 0);
        for (let p of r.pending.values()) p.reject(new Error("the shell that starts orch\u2019s processes stopped"));
        r.pending.clear(), rmSync(r.dir, { recursive: !0, force: !0 });
      }
    };
    return child.on("error", stop), child.on("exit", stop), child.stdin.on("error", stop), idle(r), stats.pid = child.pid ?? 0, stats.base = path2.dirname(dir), r;
  } catch {
    dir && rmSync(dir, { recursive: !0, force: !0 }), failures++;
    return;
  }
}
function idle(r) {
  r.child.unref(), r.child.stdin.unref?.(), r.child.stdout.unref?.();
}
function settle(r, id, code) {
  let p = r.pending.get(id);
  if (!p) return;
  r.pending.delete(id), r.pending.size || idle(r);
  let file = (ext) => path2.join(r.dir, `${id}.${ext}`);
  try {
    let out = { code: Number.isInteger(code) ? code : 1, stdout: readFileSync(file("out")), stderr: readFileSync(file("err")) };
    p.resolve(out);
  } catch (e) {
    p.reject(e);
  } finally {
    for (let ext of ["sh", "in", "out", "err"])
      try {
        unlinkSync(file(ext));
      } catch {
      }
  }
}
function script(r, exe, args, cwd, env, input) {
  let lines = [];
  for (let k of Object.keys(r.env))
    if (env[k] === void 0) {
      if (!NAME.test(k)) return;
      lines.push(`unset ${k}`);
    }
  for (let [k, v] of Object.entries(env))
    if (!(v === void 0 || r.env[k] === v)) {
      if (!NAME.test(k) || v.includes("\0")) return;
      lines.push(`export ${k}=${quote(v)}`);
    }
  return lines.push(`cd ${quote(cwd)} && ${[exe, ...args].map(quote).join(" ")}${input ? ` <${quote(input)}` : ""}`), `${lines.join(`
`)}
`;
}
var exes = /* @__PURE__ */ new Map();
function resolveExe(cmd, env) {
  let key = `${cmd}\0${env.PATH ?? ""}`;
  exes.has(key) || exes.set(key, findExecutable(cmd, env));
  let exe = exes.get(key);
  return exe && existsSync(exe) ? exe : void 0;
}
function spawnViaShell(cmd, args, o = {}) {
  if (!enabled()) return;
  let env = o.env ?? process.env, cwd = o.cwd ?? process.cwd();
  if (args.some((a) => a.includes("\0"))) return;
  try {
    if (!statSync2(cwd).isDirectory()) return;
  } catch {
    return;
  }
  let exe = resolveExe(cmd, env);
  if (!exe) return;
  let r = resident?.alive ? resident : resident = start();
  if (!r) return;
  let id = String(++seq), inputFile = o.input === void 0 ? void 0 : path2.join(r.dir, `${id}.in`), text = script(r, exe, args, cwd, env, inputFile);
  if (text !== void 0) {
    try {
      inputFile && writeFileSync(inputFile, o.input), writeFileSync(path2.join(r.dir, `${id}.sh`), text);
    } catch {
      return;
    }
    return stats.jobs++, new Promise((resolve, reject) => {
      r.pending.set(id, { resolve, reject }), r.child.stdout.ref?.(), r.child.stdin.write(`${id}
`);
    });
  }
}
process.once("exit", () => {
  resident && rmSync(resident.dir, { recursive: !0, force: !0 });
});

export {
  scratchDir,
  spawnViaShell
};
