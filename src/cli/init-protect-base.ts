import type { Ctx } from '../context.js';
import { loadConfig } from '../config/load.js';
import { canAsk, confirm } from '../adapters/prompt.js';
import { protectBaseFlow } from '../flows/setup/protect-base.js';
import type { Rendered } from './common.js';

/** `orch init --protect-base`: the ruleset step alone, against the existing config's githubRepo and defaultBranch. */
export async function protectBaseAction(ctx: Ctx, yes: boolean): Promise<Rendered> {
  const config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env });
  const { openForge } = await import('../adapters/github.js');
  const forge = await openForge(config, ctx.env, (l) => ctx.out.info(l));
  const r = await protectBaseFlow(forge, config.defaultBranch, { yes, ask: canAsk() ? confirm : undefined, log: (l) => ctx.out.info(l) });
  const text = () => {
    if (r.status === 'already-protected') return `${r.base} on ${r.repo} is already protected: ${r.protectedBy.join('; ')}. Nothing created.`;
    if (r.status === 'declined') return 'Nothing created.';
    return `Created ruleset ${r.ruleset!.id} ("${r.ruleset!.name}") on ${r.repo}: ${r.base} now takes changes only through pull requests.${r.ruleset!.url ? `\n${r.ruleset!.url}` : ''}`;
  };
  return { data: r, text };
}
