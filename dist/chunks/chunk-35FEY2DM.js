import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  launchWorker
} from "./chunk-PYYED3WT.js";
import {
  provisionWorktree
} from "./chunk-PXCXQY5C.js";
import {
  LOCAL_HOST,
  isRemote,
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  existsSync
} from "./chunk-LKC326JV.js";
import {
  REGISTRY_VERSION
} from "./chunk-FVQNOVXB.js";
import {
  branchExists
} from "./chunk-IIWHDVOR.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/core/placement.ts
function pickHost(slots) {
  let best;
  for (let s of slots) {
    let free = s.max - s.used;
    free <= 0 || (!best || free > best.max - best.used) && (best = s);
  }
  return best?.name;
}
function totalSlots(config) {
  return config.maxWorkers + config.hosts.reduce((n, h) => n + h.maxWorkers, 0);
}

// src/flows/shared/rollback.ts
var Rollback = class {
  undos = [];
  add(what, undo) {
    this.undos.push({ what, undo });
  }
  async run() {
    let done = [];
    for (let u of this.undos.reverse())
      try {
        await u.undo(), done.push(u.what);
      } catch (e) {
        done.push(`${u.what} (failed: ${e.message.split(`
`)[0]})`);
      }
    return this.undos = [], done;
  }
};

// src/flows/batch/dispatch.ts
import path from "node:path";

// src/flows/worker/placement.ts
var pending = /* @__PURE__ */ new Map(), chain = Promise.resolve();
async function hostSlots(project) {
  let { config } = project, facts = await inspectProject(project, { capture: !0, git: !1 }), used = /* @__PURE__ */ new Map();
  for (let w of facts.workers) {
    if (!w.window || w.window.dead || w.state.state === "done") continue;
    let h = w.rec.host ?? LOCAL_HOST;
    used.set(h, (used.get(h) ?? 0) + 1);
  }
  return [{ name: LOCAL_HOST, max: config.maxWorkers }, ...config.hosts.map((h) => ({ name: h.name, max: h.maxWorkers }))].map((s) => ({
    ...s,
    used: (used.get(s.name) ?? 0) + (pending.get(s.name) ?? 0)
  }));
}
async function placeWorker(project, pinned) {
  let take = (host) => {
    pending.set(host, (pending.get(host) ?? 0) + 1);
    let done = !1;
    return {
      host,
      release: () => {
        done || (done = !0, pending.set(host, Math.max(0, (pending.get(host) ?? 1) - 1)));
      }
    };
  };
  if (pinned !== void 0)
    return pinned !== LOCAL_HOST && sshHost(project.config, pinned), take(pinned);
  if (!project.config.hosts.length) return take(LOCAL_HOST);
  let next = chain.then(async () => {
    let slots = await hostSlots(project), host = pickHost(slots) ?? pickHost(slots.map((s) => ({ ...s, max: s.max + 1e6 })));
    return take(host);
  });
  return chain = next.catch(() => {
  }), next;
}

// src/core/brief-host.ts
function briefOnHost(brief, o) {
  let i = brief.indexOf(`
## 7. Finish`);
  if (i < 0) return brief;
  let branch = o.branch ?? "your branch";
  return `${brief.slice(0, i)}
## 7. Finish

You run on the host \`${o.host}\`, where orch is not installed: do not look for an \`orch\` command. When the task is done and tests pass, commit everything on \`${branch}\` (do not push) and end your turn with exactly these lines:

    WORKTREE_STATUS: COMPLETE
    BRANCH: ${branch}
    TESTS_PASSED: <what you ran and the result>

orch, on the machine that started you, then runs \`orch finish ${o.name}\`: it pushes your branch from this host and opens the pull request.

If you cannot finish, end with:

    WORKTREE_STATUS: BLOCKED
    REASON: <one line>
`;
}

// src/flows/batch/dispatch.ts
async function existingWork(project, name, branch) {
  let wt = path.join(project.config.worktreesPath, name);
  if (project.registry.getWorker(name)) return `a worker named ${name} already exists: use \`orch resume ${name}\``;
  if (existsSync(wt)) return `${wt} already exists: use \`orch resume ${name}\``;
  if (branch && await branchExists(project.config.repoPath, branch))
    return `branch ${branch} is kept from an earlier worker named ${name}: \`orch start ${name} --reuse-branch --task "..."\` starts on it, \`orch close ${name} --delete-branch\` deletes it (refused while it holds commits on no remote)`;
}
async function dispatchWorker(project, plan, opts) {
  let { config, registry } = project, rb = new Rollback(), placed = await placeWorker(project, plan.host), host = isRemote(placed.host) ? placed.host : void 0, worktree = host ? path.posix.join(sshHost(config, host).config.worktreesPath, plan.name) : plan.worktree;
  host && opts.log(`placed on ${host}`);
  try {
    let { links } = await provisionWorktree(project, { name: plan.name, branch: plan.branch, base: plan.base, worktree, brief: host ? briefOnHost(plan.brief, { name: plan.name, branch: plan.branch, host }) : plan.brief, ...plan.startPoint ? { startPoint: plan.startPoint } : {}, ...host ? { host } : {}, ...plan.reuseBranch ? { reuseBranch: !0 } : {} }, rb, opts.log), rec = {
      version: REGISTRY_VERSION,
      name: plan.name,
      kind: plan.kind,
      ...plan.branch ? { branch: plan.branch } : {},
      base: plan.base,
      worktree,
      session: config.session,
      window: plan.name,
      mux: host ? "tmux" : project.mux.kind,
      ...host ? { host } : {},
      ...plan.issue !== void 0 ? { issue: plan.issue } : {},
      ...plan.title ? { title: plan.title } : {},
      ...plan.batch ? { batch: plan.batch } : {},
      created: (/* @__PURE__ */ new Date()).toISOString(),
      links
    };
    return registry.putWorker(rec), placed.release(), opts.launch && (rb.add(`closed window ${rec.window}`, async () => {
      await project.mux.killWindow(rec.session, rec.window);
    }), await launchWorker(project, rec, { resume: !1, log: opts.log })), rec;
  } catch (e) {
    placed.release();
    let undone = await rb.run(), err = e instanceof OrchError ? e : new OrchError("dispatch", e.message, { cause: e }), msg = `${plan.name}: ${err.message}${undone.length ? `
rolled back: ${undone.join("; ")}` : ""}`;
    throw new OrchError(err.code, msg, { ...err.hint ? { hint: err.hint } : {}, exitCode: err.exitCode, cause: e });
  }
}

export {
  Rollback,
  totalSlots,
  existingWork,
  dispatchWorker
};
