import {
  workerChecks
} from "./chunk-KUHFCW5S.js";
import {
  makeCtx
} from "./chunk-SOUTL5MT.js";
import {
  shHook,
  shHookScript
} from "./chunk-TDO7NP2K.js";
import {
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  NO_TOKEN_MESSAGE,
  resolveGithubToken
} from "./chunk-NYDW4L6E.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  protectionVerdict
} from "./chunk-OE6XI4JS.js";
import {
  loadConfig,
  resolvePreset
} from "./chunk-SFWOOGXY.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";
import {
  findExecutable
} from "./chunk-RZIVDDZH.js";

// src/adapters/github-scopes.ts
async function probeGithubToken(o) {
  let url = `${o.apiUrl.replace(/\/+$/, "")}${o.repo ? `/repos/${o.repo}` : "/rate_limit"}`;
  try {
    let res = await fetch(url, {
      headers: { authorization: `Bearer ${o.token}`, accept: "application/vnd.github+json", "user-agent": "session-orchestrator-doctor" },
      signal: AbortSignal.timeout(o.timeoutMs ?? 8e3)
    }), header = res.headers.get("x-oauth-scopes"), scopes = header === null ? void 0 : header.split(",").map((s) => s.trim()).filter(Boolean), canPush;
    return o.repo && res.ok && (canPush = (await res.json().catch(() => ({}))).permissions?.push), { status: res.status, scopes, canPush };
  } catch (e) {
    return { status: void 0, scopes: void 0, canPush: void 0, error: e.message };
  }
}

// src/flows/setup/doctor-github.ts
var SCOPE_FIX = "classic tokens need the `repo` scope; fine-grained tokens Contents, Issues and Pull requests (read and write) on the repository";
async function githubChecks(cfg, env, o) {
  let required = !!cfg.githubRepo, found;
  try {
    found = await resolveGithubToken(env, cfg.githubApiUrl);
  } catch {
    return [{
      check: "GitHub token",
      status: required ? "fail" : "warn",
      detail: required ? `missing (githubRepo is ${cfg.githubRepo})` : "missing (not needed until githubRepo is set: start-issues, finish, pull)",
      fix: NO_TOKEN_MESSAGE.replace(/^no GitHub token: /, "")
    }];
  }
  let out = { check: "GitHub token", status: "ok", detail: `from ${found.source}` };
  if (o.offline) return [{ ...out, detail: `${out.detail} (not checked with GitHub: --offline)` }];
  let p = await probeGithubToken({ apiUrl: cfg.githubApiUrl, token: found.token, repo: cfg.githubRepo }), scopes = p.scopes === void 0 ? "no scope list (fine-grained or app token)" : `scopes: ${p.scopes.join(", ") || "none"}`;
  return p.status === void 0 ? [{ ...out, status: "unknown", detail: `${out.detail}; cannot reach ${cfg.githubApiUrl}: ${p.error ?? "no answer"}`, fix: "check the network, or githubApiUrl in the config" }] : p.status === 401 ? [{ ...out, status: "fail", detail: `${out.detail}; GitHub rejects it (401)`, fix: "the token is invalid or expired: replace it (`gh auth status` shows gh's login)" }] : p.status === 404 && cfg.githubRepo ? [{ ...out, status: "fail", detail: `${out.detail}; ${cfg.githubRepo} answers 404`, fix: `check githubRepo (owner/name) and that the token can see ${cfg.githubRepo}: ${SCOPE_FIX}` }] : p.status >= 400 ? [{ ...out, status: "fail", detail: `${out.detail}; GitHub answered ${p.status}`, fix: SCOPE_FIX }] : cfg.githubRepo && p.canPush === !1 ? [{ ...out, status: "fail", detail: `${out.detail}; ${scopes}; cannot push to ${cfg.githubRepo}`, fix: SCOPE_FIX }] : [{ ...out, detail: `${out.detail}; ${scopes}${cfg.githubRepo && p.canPush ? `; can push to ${cfg.githubRepo}` : ""}` }];
}

// src/flows/setup/doctor-protection.ts
var CHECK = "base branch protection";
function unprotectedFix(base) {
  return `the guard and the pre-push hook are the only barriers: a worker holding a token can still push to ${base} through the API; run \`orch init --protect-base\``;
}
async function baseProtectionCheck(cfg, env) {
  let base = cfg.defaultBranch, { openForge } = await import("./github-KP62LA2H.js"), forge = await openForge(cfg, { ...env, ORCH_GITHUB_RETRY_BASE_MS: env.ORCH_GITHUB_RETRY_BASE_MS ?? "0" }, () => {
  }), [protection, rules] = await Promise.allSettled([forge.branchProtection(base), forge.branchRules(base)]);
  if (rules.status === "rejected" && protection.status === "rejected")
    return { check: CHECK, status: "unknown", detail: `cannot read the rules of ${base}: ${firstLine(rules.reason)}`, fix: unprotectedFix(base) };
  let found = protection.status === "fulfilled" ? protection.value : void 0, active = rules.status === "fulfilled" ? rules.value : [], v = protectionVerdict(found, active);
  if (v.protected) return { check: CHECK, status: "ok", detail: `${base} on ${cfg.githubRepo}: ${v.by.join("; ")}` };
  let unread = [
    ...protection.status === "rejected" ? [`its branch protection is unreadable with this token (${firstLine(protection.reason)})`] : [],
    ...rules.status === "rejected" ? [`its rules are unreadable (${firstLine(rules.reason)})`] : []
  ], has = v.partial.length ? `; it has only ${v.partial.join(" and ")}` : "";
  return {
    check: CHECK,
    status: "warn",
    detail: `${base} on ${cfg.githubRepo} is not protected: no branch protection or active rule requires pull requests${has}${unread.length ? `; ${unread.join("; ")}` : ""}`,
    fix: unprotectedFix(base)
  };
}
function firstLine(e) {
  return String(e?.message ?? e).split(`
`)[0];
}

// src/flows/setup/doctor-hooks.ts
function hooksCheck(env) {
  let check = "hooks";
  if (env.ORCH_HOOK_SH === "0") return { check, status: "ok", detail: "the Node hook for every event (ORCH_HOOK_SH=0)" };
  if (!shHookScript(env))
    return {
      check,
      status: "warn",
      detail: process.platform === "win32" ? "the Node hook for every event (no sh hook on Windows)" : "every event starts Node: this machine's sh, date and awk do not write the Node hook's line (a date without %N?)",
      ...process.platform === "win32" ? {} : { fix: "install GNU coreutils (its date has %N) for the sh hook; everything works as it is, with more CPU per tool call" }
    };
  let http = process.platform === "win32" ? "" : env.ORCH_HTTP_HOOKS === "0" ? "; HTTP hooks off (ORCH_HTTP_HOOKS=0)" : "; Claude Code 2.1.63 or later posts most events to it itself, over HTTP";
  return shHook(env)?.shell === "bash" ? { check, status: "ok", detail: `every event, Bash call and worker's orch finish to the guard server, with bash (the sh hook's own line while it is not running)${http}` } : findExecutable("curl", env) ? { check, status: "ok", detail: `events by the sh hook; Bash calls checked, and workers' orch finish run, by the guard server (curl)${http}` } : { check, status: "warn", detail: "events by the sh hook; each Bash call and each worker's orch finish starts Node (neither bash nor curl to reach the guard server)", fix: "install bash (or curl): Bash calls are then checked, and workers' finishes run, by the guard server" };
}

// src/flows/setup/doctor-hosts.ts
var PROBE = [
  '[ -n "$4" ] && PATH=$4',
  "H=${5:-$HOME}",
  'echo "git=$(git --version 2>/dev/null)"',
  'echo "tmux=$(tmux -V 2>/dev/null)"',
  'echo "node=$(node --version 2>/dev/null)"',
  'echo "worker=$(command -v "$3" 2>/dev/null)"',
  `if grep -q '"hasCompletedOnboarding": *true' "$H/.claude.json" 2>/dev/null; then echo login=yes; else echo login=no; fi`,
  'echo "clone=$(git -C "$1" rev-parse --is-inside-work-tree 2>/dev/null)"',
  'echo "origin=$(git -C "$1" remote get-url origin 2>/dev/null)"',
  'd=$2; while [ ! -d "$d" ]; do d=$(dirname "$d"); done',
  `echo "freekb=$(df -Pk "$d" 2>/dev/null | awk 'NR==2{print $4}')"`
].join(`
`);
function repoIdentity(url) {
  return url.trim().replace(/\/+$/, "").replace(/\.git$/, "").split(/[/:]/).filter(Boolean).slice(-2).join("/").toLowerCase();
}
var MIN_FREE_KB = 5 * 1024 * 1024;
async function hostChecks(config) {
  let local = await run("git", ["-C", config.repoPath, "remote", "get-url", "origin"]), localOrigin = local.exitCode === 0 ? local.stdout.trim() : void 0, out = [];
  for (let hc of config.hosts) {
    let h = sshHost(config, hc.name), c = (what) => `host ${hc.name}: ${what}`, r = await h.exec(["sh", "-c", PROBE, "sh", hc.repoPath, hc.worktreesPath, config.worker.cmd, hc.env.PATH ?? "", hc.env.HOME ?? ""], { timeoutMs: 3e4 });
    if (r.exitCode !== 0) {
      out.push({ check: c("ssh"), status: "fail", detail: `cannot reach ${hc.ssh}: ${r.stderr.trim().split(`
`).pop() || `exit ${r.exitCode}`}`, fix: `make \`ssh ${hc.ssh.replace(/:(\d+)$/, " -p $1")} true\` work without a prompt (key in ssh-agent or identityFile, host key known)` });
      continue;
    }
    out.push({ check: c("ssh"), status: "ok", detail: hc.ssh });
    let f = Object.fromEntries(r.stdout.split(`
`).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1).trim()])), need = (key, label, fix) => out.push(f[key] ? { check: c(label), status: "ok", detail: f[key] } : { check: c(label), status: "fail", detail: `${label} not found on ${hc.name}`, fix });
    need("git", "git", `install git on ${hc.name}`), need("tmux", "tmux", `install tmux on ${hc.name}`), need("node", "node", `install Node.js 20.19 or newer on ${hc.name} (the worker hooks run with it), or put it on PATH in hosts[].env.PATH`), need("worker", "worker command", `install ${config.worker.cmd} on ${hc.name}, or put it on PATH in hosts[].env.PATH`), config.worker.name === "claude" && out.push(f.login === "yes" ? { check: c("worker login"), status: "ok", detail: "onboarding done" } : { check: c("worker login"), status: "warn", detail: `no finished Claude Code onboarding in ~/.claude.json on ${hc.name}`, fix: `run claude once on ${hc.name} and log in` }), f.clone !== "true" ? out.push({ check: c("clone"), status: "fail", detail: `${hc.repoPath} is not a git checkout on ${hc.name}`, fix: `clone the repository there: git clone ${localOrigin ?? "<origin>"} ${hc.repoPath}` }) : f.origin ? localOrigin && repoIdentity(f.origin) !== repoIdentity(localOrigin) ? out.push({ check: c("clone"), status: "warn", detail: `its origin ${f.origin} does not look like this checkout's ${localOrigin}`, fix: `point hosts[].repoPath at a clone of ${localOrigin}` }) : out.push({ check: c("clone"), status: "ok", detail: `${hc.repoPath} (origin ${f.origin})` }) : out.push({ check: c("clone"), status: "fail", detail: `${hc.repoPath} has no origin remote`, fix: `git -C ${hc.repoPath} remote add origin ${localOrigin ?? "<url>"}` });
    let kb = Number(f.freekb);
    !Number.isFinite(kb) || !f.freekb ? out.push({ check: c("disk"), status: "unknown", detail: "df gave no answer" }) : out.push({ check: c("disk"), status: kb < MIN_FREE_KB ? "warn" : "ok", detail: `${(kb / 1024 / 1024).toFixed(1)} GB free for ${hc.worktreesPath}`, ...kb < MIN_FREE_KB ? { fix: `free space on ${hc.name}: each worktree holds a checkout and its builds` } : {} });
  }
  return out;
}

// src/flows/setup/doctor.ts
var MIN_GIT = [2, 31], MIN_NODE = [20, 19];
function atLeast(v, min) {
  let m = /(\d+)\.(\d+)/.exec(v);
  if (!m) return !1;
  let [maj, minr] = [Number(m[1]), Number(m[2])];
  return maj > min[0] || maj === min[0] && minr >= min[1];
}
async function doctorFlow(o) {
  let checks = [], node = process.versions.node;
  checks.push(atLeast(node, MIN_NODE) ? { check: "node", status: "ok", detail: `v${node}` } : { check: "node", status: "fail", detail: `v${node} is too old`, fix: "install Node.js 20.19 or newer" }), checks.push(await gitCheck());
  let loaded = await configCheck(o);
  checks.push(...loaded.checks);
  let cfg = loaded.config, mux = cfg?.mux ?? (process.platform === "win32" ? "psmux" : "tmux");
  checks.push(
    cfg?.muxFallback ? {
      check: "multiplexer",
      status: "warn",
      detail: `${process.platform === "win32" ? "psmux" : "tmux"} not found on PATH: workers run headless (background processes with log files; no window to watch or type into)`,
      fix: `${process.platform === "win32" ? "install psmux (winget install psmux)" : "install tmux (apt-get install tmux / brew install tmux)"} for interactive workers, or set "mux": "headless" in .claude/session-plugin.json to keep headless`
    } : await muxCheck(mux, o.env)
  ), checks.push(...await workerChecks(cfg?.worker ?? resolvePreset("claude", {}), o.env, { checkLogin: o.checkLogin })), checks.push(hooksCheck(o.env)), cfg?.hosts.length && checks.push(...await hostChecks(cfg));
  let github = await githubChecks({ githubRepo: cfg?.githubRepo, githubApiUrl: cfg?.githubApiUrl ?? "https://api.github.com" }, o.env, { offline: o.offline });
  checks.push(...github), cfg?.githubRepo && !o.offline && github.every((c) => c.status === "ok") && checks.push(await baseProtectionCheck({ ...cfg, githubRepo: cfg.githubRepo }, o.env));
  let fixes = checks.filter((c) => c.fix && c.status !== "ok").map((c) => `${c.check}: ${c.fix}`);
  return { ok: !checks.some((c) => c.status === "fail"), checks, fixes };
}
async function gitCheck() {
  let g = await run("git", ["--version"]);
  if (g.exitCode !== 0) return { check: "git", status: "fail", detail: "git not found", fix: "install git 2.31 or newer (https://git-scm.com/downloads)" };
  let v = g.stdout.trim();
  return atLeast(v, MIN_GIT) ? { check: "git", status: "ok", detail: v } : { check: "git", status: "fail", detail: `${v} is too old`, fix: "install git 2.31 or newer" };
}
async function configCheck(o) {
  try {
    let config = await loadConfig({ cwd: o.cwd, configFile: o.configFile, env: o.env }), warnings = config.warnings.map((w) => ({ check: "config", status: "warn", detail: w, fix: `edit ${config.configPath}: ${w}` }));
    return { config, checks: [{ check: "config", status: "ok", detail: config.configPath }, ...warnings] };
  } catch (e) {
    if (!(e instanceof OrchError)) throw e;
    return { config: void 0, checks: [{ check: "config", status: "fail", detail: `${e.message} (the checks below assume the defaults)`, fix: e.hint ?? "run `orch init`" }] };
  }
}
async function muxCheck(kind, env) {
  if (kind === "headless") return { check: "multiplexer", status: "ok", detail: "headless: workers run as background processes logging to files; no tmux needed" };
  let bin = kind === "psmux" ? env.ORCH_PSMUX_BIN || "psmux" : env.ORCH_TMUX_BIN || "tmux", m = await run(bin, ["-V"], { timeoutMs: 1e4 });
  if (m.exitCode === 0) return { check: "multiplexer", status: "ok", detail: m.stdout.trim() || bin };
  let install = kind === "psmux" ? "install psmux (winget install psmux)" : "install tmux (apt-get install tmux / brew install tmux)";
  return { check: "multiplexer", status: "fail", detail: `${bin} not found on PATH`, fix: `${install}, or set "mux": "headless" in .claude/session-plugin.json` };
}

// src/cli/doctor.ts
var LABEL = { ok: "ok     ", warn: "warn   ", fail: "FAIL   ", unknown: "unknown" };
function register(program) {
  program.command("doctor").helpGroup("Set up:").description("check git, the multiplexer, the worker command and its login, the GitHub token (never printed) and the config; print what to fix").option("--check-login", "ask the worker CLI to answer one short prompt (costs one request)").option("--offline", "do not ask GitHub about the token").option("--json", "print as JSON").addHelpText("after", `
Exit code 1 when something orch needs is missing.

Example:
  orch doctor
  orch doctor --check-login --json`).action(async (o, cmd) => {
    let ctx = makeCtx(cmd.optsWithGlobals()), r = await doctorFlow({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env, checkLogin: !!o.checkLogin, offline: !!o.offline });
    if (ctx.json) ctx.out.json({ ...r, checks: r.checks.map((c) => ({ ...c, fix: c.fix ?? null })) });
    else {
      let width = Math.max(...r.checks.map((c) => c.check.length)), lines = r.checks.map((c) => `${LABEL[c.status]} ${c.check.padEnd(width)}  ${c.detail.replace(/\n/g, `
${" ".repeat(width + 10)}`)}`);
      ctx.out.data([...lines, ...r.fixes.length ? ["", "To fix:", ...r.fixes.map((f) => `  ${f}`)] : ["", "Nothing to fix."]].join(`
`));
    }
    if (!r.ok) throw new OrchError("reported", "doctor found something orch needs missing", { exitCode: 1 });
  });
}

export {
  register
};
