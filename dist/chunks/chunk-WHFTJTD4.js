import {
  action,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  remoteOf
} from "./chunk-PXCXQY5C.js";
import {
  openProject,
  shellQuote
} from "./chunk-2Y7JVHO3.js";
import {
  LOCAL_HOST
} from "./chunk-C4EP7MAX.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/attach.ts
import { spawnSync } from "node:child_process";

// src/flows/watch/attach.ts
function attachLine(project, name) {
  let { config, registry } = project, rec = registry.getWorker(name);
  if (!rec) throw new UsageError(`no worker named ${name}`, "run `orch list` to see the names");
  let remote = remoteOf(project, rec);
  if (!remote && rec.mux === "headless") throw new UsageError(`${name} runs headless: there is no window to attach to`, `its output is in ${registry.logsDir()}/${name}.log`);
  let bin = rec.mux === "psmux" ? process.env.ORCH_PSMUX_BIN || "psmux" : process.env.ORCH_TMUX_BIN || "tmux", argv = remote ? remote.attachArgv(rec.session, rec.window, config.muxSocket) : [bin, ...config.muxSocket ? ["-L", config.muxSocket] : [], "attach", "-t", `=${rec.session}:=${rec.window}`];
  return { name, host: rec.host ?? LOCAL_HOST, argv, line: shellQuote(argv) };
}

// src/cli/attach.ts
function register(program) {
  program.command("attach").helpGroup("Watch:").description("print the exact command that attaches your terminal to a worker's window (ssh -t ... tmux attach for a worker on another host); --exec runs it").argument("<name>", "worker name", workerNameArg).option("--exec", "run the command here, in this terminal (detach with Ctrl-b d)").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch attach add-login
  orch attach fix-12-login --exec`).action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx), a = attachLine(project, name);
      if (o.exec) {
        if (!process.stdin.isTTY) throw new OrchError("no-tty", "attach --exec needs a terminal", { exitCode: 2, hint: `run it from a terminal, or run the line yourself: ${a.line}` });
        let r = spawnSync(a.argv[0], a.argv.slice(1), { stdio: "inherit" });
        if (r.status !== 0) throw new OrchError("attach", `${a.argv[0]} exited with ${r.status ?? r.signal}`, { hint: `the line was: ${a.line}` });
        return { data: { ...a, ran: !0 }, text: "" };
      }
      return { data: a, text: a.line };
    })
  );
}

export {
  register
};
