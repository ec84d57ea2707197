import {
  action
} from "./chunk-SOUTL5MT.js";
import {
  loadConfig
} from "./chunk-SFWOOGXY.js";

// src/cli/config.ts
function fileFields(config) {
  let { configPath: _path, warnings: _warnings, muxFallback: _fallback, session, worker, ...rest } = config, { name, handshake: _handshake, ready, ...preset } = worker, out = {};
  for (let [k, v] of Object.entries(rest))
    k === "mux" && (out.psmuxSession = session), k === "worktreeDeps" && (out.workerCli = { preset: name, ...preset, ready: { matchAny: ready } }), out[k] = v;
  return "psmuxSession" in out || (out.psmuxSession = session), "workerCli" in out || (out.workerCli = { preset: name, ...preset, ready: { matchAny: ready } }), out;
}
function register(program) {
  program.command("config").helpGroup("Set up:").description("print the resolved session config with defaults filled in and where it was found").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch config
  orch config --json --config ./other/.claude/session-plugin.json`).action(
    action(async (ctx) => {
      let config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env });
      for (let w of config.warnings) ctx.out.warn(w);
      let fields = fileFields(config);
      return ctx.json || ctx.out.info(`# ${config.configPath} (resolved: every default filled in, paths absolute)`), { data: { file: config.configPath, config: fields, warnings: config.warnings }, text: JSON.stringify(fields, null, 2) };
    })
  );
}

export {
  fileFields,
  register
};
