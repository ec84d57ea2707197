import {
  action
} from "./chunk-7US3BMF3.js";
import {
  loadConfig
} from "./chunk-6N5QIBT2.js";

// src/cli/config.ts
function register(program) {
  program.command("config").helpGroup("Set up:").description("print the resolved session config with defaults filled in and where it was found").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch config
  orch config --json --config ./other/.claude/session-plugin.json`).action(
    action(async (ctx) => {
      let config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env });
      for (let w of config.warnings) ctx.out.warn(w);
      return { data: config, text: `# ${config.configPath}
${JSON.stringify({ ...config, warnings: void 0 }, null, 2)}` };
    })
  );
}

export {
  register
};
