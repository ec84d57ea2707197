import {
  formatLine,
  monitorCycle,
  monitorWatch
} from "./chunk-RLNTADVT.js";
import {
  action,
  durationOption,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";

// src/cli/monitor.ts
function register(program) {
  program.command("monitor").helpGroup("Watch:").description("one cycle per worker: read events and screen, derive the state, answer the trust prompt, nudge idle or stuck workers, report the rest; --watch repeats until every worker is done or gone").argument("[name]", "one worker (default: all)", workerNameArg).option("--watch", "repeat, reacting to new events within a second, until every worker is done or gone").addOption(durationOption("--interval <dur>", "screen capture interval with --watch", { min: "1s", default: "30s" })).addOption(durationOption("--idle-grace <dur>", "how long a worker stays idle before it is nudged; 0s nudges at once", { min: "0s", default: "30s" })).addOption(durationOption("--nudge-every <dur>", "minimum time between two nudges of the same kind", { min: "10s", default: "5m" })).addOption(durationOption("--timeout <dur>", "stop watching after this long", { min: "1s" })).option("--json", "print JSON (one object per line with --watch)").addHelpText("after", `
Examples:
  orch monitor
  orch monitor fix-12-crash --json
  orch monitor --watch --interval 10s
  /loop 3m /session monitor        (inside Claude Code)`).action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx), base = { names: name ? [name] : void 0, idleGraceMs: o.idleGrace, nudgeEveryMs: o.nudgeEvery };
      if (!o.watch) {
        let lines2 = await monitorCycle(ctx, project, base);
        return { data: { workers: lines2 }, text: lines2.length ? lines2.map(formatLine).join(`
`) : "No workers to monitor." };
      }
      let { dispatchQueued } = await import("./queue-hook-2MNASR4N.js"), lines = await monitorWatch(ctx, project, {
        ...base,
        intervalMs: o.interval,
        ...o.timeout ? { timeoutMs: o.timeout } : {},
        onLine: (l, changed) => {
          changed && (ctx.json ? ctx.out.jsonLine({ workers: [l] }) : ctx.out.data(formatLine(l)));
        },
        afterCycle: async () => {
          await dispatchQueued(ctx, project);
        }
      });
      ctx.json || ctx.out.info(`monitor: finished (${lines.filter((l) => l.state.name === "done").length} done, ${lines.filter((l) => l.state.name === "dead").length} gone)`);
    })
  );
}

export {
  register
};
