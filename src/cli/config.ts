import type { Command } from 'commander';
import { action } from './common.js';
import { loadConfig } from '../config/load.js';

export function register(program: Command): void {
  program
    .command('config')
    .helpGroup('Set up:')
    .description('print the resolved session config with defaults filled in and where it was found')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch config\n  orch config --json --config ./other/.claude/session-plugin.json')
    .action(
      action(async (ctx) => {
        const config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env });
        for (const w of config.warnings) ctx.out.warn(w);
        return { data: config, text: `# ${config.configPath}\n${JSON.stringify({ ...config, warnings: undefined }, null, 2)}` };
      }),
    );
}
