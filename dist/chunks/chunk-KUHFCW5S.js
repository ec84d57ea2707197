import {
  readFileSync
} from "./chunk-LKC326JV.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  redact
} from "./chunk-2PNQQJNN.js";
import {
  findExecutable
} from "./chunk-RZIVDDZH.js";

// src/flows/setup/doctor-worker.ts
import os from "node:os";
import path from "node:path";
async function workerChecks(worker, env, o) {
  let where = findExecutable(worker.cmd, env);
  if (!where) {
    let fix = worker.name === "claude" ? "install it (npm install -g @anthropic-ai/claude-code) or set workerCmdPath in the config" : `install ${worker.cmd} or set workerCli.cmd in the config`;
    return [{ check: "worker command", status: "fail", detail: `${worker.cmd} not found`, fix }];
  }
  let v = await run(where, ["--version"], { timeoutMs: 15e3 }), version = v.exitCode === 0 && v.stdout ? ` (${v.stdout.split(`
`)[0]})` : "", out = [{ check: "worker command", status: "ok", detail: `${where}${version}` }];
  if (worker.name !== "claude")
    return worker.name === "codex" && out.push({ check: "worker login", status: "unknown", detail: "not checked for codex: run `codex` once by hand to be sure" }), out;
  let wenv = { ...env, ...worker.setEnv };
  return process.getuid?.() === 0 && worker.args.includes("--dangerously-skip-permissions") && wenv.IS_SANDBOX !== "1" && !wenv.CLAUDE_CODE_BUBBLEWRAP && out.push({
    check: "worker as root",
    status: "fail",
    detail: "orch runs as root: claude refuses --dangerously-skip-permissions as root",
    fix: "run orch as a normal user, or set IS_SANDBOX=1 in workerCli.setEnv when this machine is a disposable sandbox"
  }), out.push(o.checkLogin ? await askClaude(worker, wenv) : onboardingState(wenv)), out;
}
function onboardingState(env) {
  let dirs = [env.CLAUDE_CONFIG_DIR, env.HOME || os.homedir()].filter((d) => !!d);
  for (let dir of dirs) {
    let file = path.join(dir, ".claude.json");
    try {
      if (JSON.parse(readFileSync(file, "utf8")).hasCompletedOnboarding)
        return { check: "worker login", status: "ok", detail: `onboarding done (${file}); \`orch doctor --check-login\` also asks the CLI` };
    } catch {
    }
  }
  return {
    check: "worker login",
    status: "unknown",
    detail: "unknown: no finished onboarding in ~/.claude.json",
    fix: "run `claude` once by hand and log in, or check with `orch doctor --check-login` (sends one short request)"
  };
}
async function askClaude(worker, env) {
  let cleared = { ...env };
  for (let k of worker.clearEnv) cleared[k] = void 0;
  let r = await run(worker.cmd, ["-p", "hi", "--output-format", "json"], { cwd: os.tmpdir(), env: cleared, extendEnv: !1, timeoutMs: 6e4 }), doc = {};
  try {
    doc = JSON.parse(r.stdout);
  } catch {
  }
  let said = redact(String(doc.result ?? (r.stdout || r.stderr)).split(`
`)[0] ?? "").slice(0, 120);
  return r.exitCode === 0 && doc.is_error === !1 ? { check: "worker login", status: "ok", detail: "logged in (claude -p answered)" } : /Not logged in/i.test(said) ? { check: "worker login", status: "fail", detail: `claude is not logged in: "${said}"`, fix: "run `claude` once by hand and log in (or set ANTHROPIC_API_KEY)" } : /Invalid API key/i.test(said) ? { check: "worker login", status: "fail", detail: `claude rejects its API key: "${said}"`, fix: "fix ANTHROPIC_API_KEY, or unset it and log in with `claude`" } : r.failed && r.exitCode !== 1 ? { check: "worker login", status: "unknown", detail: "claude -p gave no answer within 60s", fix: "check the network; `claude -p hi` shows what happens" } : { check: "worker login", status: "unknown", detail: `claude -p answered: "${said || `exit ${r.exitCode}`}"`, fix: "run `claude -p hi` by hand to see why" };
}

export {
  workerChecks
};
