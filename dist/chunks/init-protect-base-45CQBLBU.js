import {
  canAsk,
  confirm
} from "./chunk-YISQO5ZV.js";
import {
  protectBaseRuleset,
  protectionVerdict
} from "./chunk-OE6XI4JS.js";
import {
  loadConfig
} from "./chunk-SFWOOGXY.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";

// src/flows/setup/protect-base.ts
async function protectBaseFlow(forge, base, o) {
  let { defaultBranch } = await forge.checkRepo(), protection = await forge.branchProtection(base).catch(() => {
  }), verdict = protectionVerdict(protection, await forge.branchRules(base)), result = { repo: forge.repo, base, protectedBy: verdict.by };
  if (verdict.protected) return { ...result, status: "already-protected", plan: void 0 };
  let plan = protectBaseRuleset(base, defaultBranch);
  if (o.log(
    [
      `orch will create this ruleset on ${forge.repo} (POST /repos/${forge.repo}/rulesets):`,
      JSON.stringify(plan, null, 2),
      `From then on GitHub refuses direct pushes to ${base}, its deletion and force pushes, for everyone (you too): changes land through pull requests, which need no approval.`
    ].join(`
`)
  ), !o.yes) {
    if (!o.ask)
      throw new UsageError(`creating a ruleset on ${forge.repo} needs --yes when no one can answer a prompt (not a terminal); nothing was created`, "review the ruleset above, then run `orch init --protect-base --yes`");
    if (!await o.ask(`Create the ruleset "${plan.name}" on ${forge.repo}?`)) return { ...result, status: "declined", plan };
  }
  let ruleset = await forge.createRuleset(plan).catch((e) => {
    throw !(e instanceof OrchError) || e.exitCode !== 4 ? e : new OrchError(e.code, e.message, {
      exitCode: e.exitCode,
      cause: e,
      hint: "creating a ruleset takes admin rights on the repository (fine-grained tokens: Administration read and write); private repositories need a paid plan for rulesets"
    });
  });
  if (!protectionVerdict(protection, await forge.branchRules(base)).protected)
    throw new OrchError("ruleset-inactive", `GitHub created ruleset ${ruleset.id} but reports no active pull_request rule on ${base}`, {
      hint: `look at it on github.com (${ruleset.url ?? `Settings > Rules > Rulesets of ${forge.repo}`}); rulesets need GitHub Pro or a public repository`
    });
  return { ...result, status: "created", plan, ruleset };
}

// src/cli/init-protect-base.ts
async function protectBaseAction(ctx, yes) {
  let config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env }), { openForge } = await import("./github-KP62LA2H.js"), forge = await openForge(config, ctx.env, (l) => ctx.out.info(l)), r = await protectBaseFlow(forge, config.defaultBranch, { yes, ask: canAsk() ? confirm : void 0, log: (l) => ctx.out.info(l) });
  return { data: r, text: () => r.status === "already-protected" ? `${r.base} on ${r.repo} is already protected: ${r.protectedBy.join("; ")}. Nothing created.` : r.status === "declined" ? "Nothing created." : `Created ruleset ${r.ruleset.id} ("${r.ruleset.name}") on ${r.repo}: ${r.base} now takes changes only through pull requests.${r.ruleset.url ? `
${r.ruleset.url}` : ""}` };
}
export {
  protectBaseAction
};
