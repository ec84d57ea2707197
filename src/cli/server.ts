import { Option, type Command } from 'commander';
import { action, positiveInt } from './common.js';
import { openProject } from '../context.js';
import { renderTable } from '../core/table.js';
import { checkServers, startServers, type PartOption, type ServerStatus } from '../flows/server/server.js';
import { killPort, stopServers } from '../flows/server/server-stop.js';
import { resolveTarget } from '../flows/server/server-state.js';
import { UsageError } from '../errors.js';

const partOption = () => new Option('--part <part>', 'which server').choices(['frontend', 'backend', 'both']).default('frontend');

function statusTable(list: ServerStatus[]): string {
  return renderTable(
    ['PART', 'STATE', 'URL', 'PID', 'OWNER', 'NOTE'],
    list.map((s) => [s.part, s.state, s.url, s.pid ? String(s.pid) : '-', s.owner === 'foreign' && s.holder ? `foreign: ${s.holder.command || 'unknown command'}` : `${s.owner}${s.ownerName ? ` (${s.ownerName})` : ''}`, s.note ?? '']),
  );
}

export function register(program: Command): void {
  const server = program
    .command('server')
    .helpGroup('Dispatch:')
    .description("run a worktree's dev server on its own ports: start | check | stop")
    .addHelpText(
      'after',
      '\nPorts: the main checkout uses devServer.port / backendPort; each worktree adds a stable offset 1-49 from its name.\nExample:\n  orch server start add-login\n  orch server check add-login --part both --json\n  orch server stop add-login',
    );
  const targetArg = ['[name]', 'worker name (default: the checkout you are in)'] as const;

  server
    .command('start')
    .addHelpText('after', '\nExample:\n  orch server start fix-12-crash\n  orch server start fix-12-crash --part both --next-free')
    .description('start the dev server detached, logging under the git common dir, and wait until it answers')
    .argument(...targetArg)
    .addOption(partOption())
    .option('--next-free', 'when the port is taken, use the next free port of the reserved block')
    .option('--json', 'print as JSON')
    .action(
      action(async (ctx, name: string | undefined, o: { part: PartOption; nextFree?: boolean }) => {
        const project = await openProject(ctx);
        const t = await resolveTarget(project, ctx.cwd, name);
        const list = await startServers(project, t, { part: o.part, nextFree: Boolean(o.nextFree), log: (s) => ctx.out.info(s) });
        return { data: { name: t.label, servers: list.map(serverStatusJson) }, text: () => list.map((s) => `${t.label} ${s.part}: ${s.state} ${s.url} (pid ${s.pid}${s.note ? `, ${s.note}` : ''})\n  log ${s.log}`).join('\n') };
      }),
    );

  server
    .command('check')
    .addHelpText('after', '\nExample:\n  orch server check fix-12-crash --json')
    .description('UP or DOWN, URL, PID and who holds the port (this worktree, another worktree, a foreign process)')
    .argument(...targetArg)
    .addOption(partOption())
    .option('--json', 'print as JSON')
    .action(
      action(async (ctx, name: string | undefined, o: { part: PartOption }) => {
        const project = await openProject(ctx);
        const t = await resolveTarget(project, ctx.cwd, name);
        const list = await checkServers(project, t, { part: o.part });
        return { data: { name: t.label, servers: list.map(serverStatusJson) }, text: () => statusTable(list) };
      }),
    );

  server
    .command('stop')
    .addHelpText('after', '\nExample:\n  orch server stop fix-12-crash --part backend')
    .description('end the process group orch started for this checkout; a port held by anything else is left alone')
    .argument(...targetArg)
    .addOption(partOption())
    .option('--json', 'print as JSON')
    .action(
      action(async (ctx, name: string | undefined, o: { part: PartOption }) => {
        const project = await openProject(ctx);
        const t = await resolveTarget(project, ctx.cwd, name);
        const list = await stopServers(project, t, { part: o.part });
        return { data: { name: t.label, results: list.map((r) => ({ ...r, pid: r.pid ?? null })) }, text: () => list.map((r) => r.message).join('\n') };
      }),
    );

  program
    .command('kill-port')
    .helpGroup('Clean up:')
    .description('end the listener on a port if orch started it; otherwise say whose it is (--force ends it by pid)')
    .argument('<port>', 'TCP port', (v: string) => {
      const n = positiveInt('<port>')(v);
      if (n > 65535) throw new UsageError(`<port> must be at most 65535, got ${n}`);
      return n;
    })
    .option('--force', 'also end a process orch did not start (by its pid, never by name)')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch kill-port 3012\n  orch kill-port 3012 --force')
    .action(
      action(async (ctx, port: number, o: { force?: boolean }) => {
        const r = await killPort(await openProject(ctx), port, { force: Boolean(o.force) });
        return { data: { ...r, pid: r.pid ?? null }, text: r.message };
      }),
    );
}

/** A server's status with every field present (null when unknown), as `--json` promises. */
function serverStatusJson(s: ServerStatus) {
  return {
    part: s.part,
    port: s.port,
    url: s.url,
    state: s.state,
    http: s.http ?? null,
    pid: s.pid ?? null,
    owner: s.owner,
    ownerName: s.ownerName ?? null,
    holder: s.holder ? { pid: s.holder.pid ?? null, command: s.holder.command } : null,
    log: s.log ?? null,
    note: s.note ?? null,
  };
}
