import {
  whyFlow
} from "./chunk-MKX55MNS.js";
import {
  action,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";

// src/cli/why.ts
function register(program) {
  program.command("why").helpGroup("Watch:").argument("<name>", "worker name", workerNameArg).description("why a worker stands still: permission, question, no finish, failing loop, full context, API error or limit, with the evidence").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch why fix-12-login-button
  orch why fix-12-login-button --json`).action(
    action(async (ctx, name) => whyFlow(await openProject(ctx), name))
  );
}

export {
  register
};
