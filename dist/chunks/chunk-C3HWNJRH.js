import {
  checkHealth
} from "./chunk-E4ANMI4A.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  launchWorker
} from "./chunk-PYYED3WT.js";
import {
  copyEnvFiles,
  excludeEnvFiles,
  installPushHook,
  remoteOf,
  resumeOnHost,
  setUpDependencies
} from "./chunk-PXCXQY5C.js";
import {
  requireMux
} from "./chunk-2Y7JVHO3.js";
import {
  envFiles
} from "./chunk-PI3YJTP2.js";
import {
  existsSync
} from "./chunk-LKC326JV.js";
import {
  branchForName
} from "./chunk-SFWOOGXY.js";
import {
  branchExists
} from "./chunk-IIWHDVOR.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/resume.ts
import path from "node:path";
async function resumeFlow(ctx, project, name) {
  let { registry, config, mux } = project, rec = registry.getWorker(name);
  if (!rec) {
    let kept = branchForName(name);
    throw await branchExists(config.repoPath, kept) ? new UsageError(`no worker named ${name}; only its branch ${kept} is left from an earlier worker`, `run \`orch start ${name} --reuse-branch --task "..."\` to start a worker on it, or \`orch close ${name} --delete-branch\` to delete it`) : new UsageError(`no worker named ${name}`, "run `orch list` to see the names, or `orch start <name> --task ...` to create one");
  }
  let remote = remoteOf(project, rec);
  if (remote) return resumeOnHost(ctx, project, remote, rec);
  if (!existsSync(rec.worktree))
    throw new OrchError("missing", `the worktree of ${name} is gone (${rec.worktree})`, { hint: `run \`orch close ${name}\` to drop it, then \`orch start\` again` });
  let hookRepairs = (await installPushHook({ repoPath: config.repoPath, worktree: rec.worktree, registryDir: registry.dir, name, branch: rec.branch, eventsFile: registry.eventsFile(name) })).changed ? [`installed the git hooks (pre-push lets only ${rec.branch ? `refs/heads/${rec.branch}` : "nothing"} through)`] : [], win = await mux.findWindow(rec.session, rec.window);
  if (win && !win.dead) {
    let state = (await inspectProject(project, { capture: !0, git: !1, names: [name] })).workers[0]?.state;
    return { name, action: "left alone (window alive)", state: state?.state, reason: state?.reason, repairs: hookRepairs };
  }
  let repairs = [...hookRepairs], copied = copyEnvFiles(config.repoPath, rec.worktree, envFiles(config.layout));
  copied.length && repairs.push(`copied ${copied.join(", ")}`), await excludeEnvFiles(config);
  let links = await setUpDependencies(config, rec.worktree, (s) => ctx.out.info(s), path.join(registry.dir, "links"));
  links.length && (repairs.push(`linked ${links.join(", ")}`), await registry.updateWorker(name, (cur) => ({ ...cur, links: [.../* @__PURE__ */ new Set([...cur.links, ...links])] }))), await requireMux(mux), win?.dead && await mux.killWindow(rec.session, rec.window), await launchWorker(project, registry.getWorker(name), { resume: !0, log: (s) => ctx.out.info(s) });
  let health = await checkHealth(project, name, rec.worktree, !0, !0);
  return { name, action: "relaunched with a continue prompt", state: "working", reason: "resumed", repairs, health: health.label };
}

export {
  resumeFlow
};
