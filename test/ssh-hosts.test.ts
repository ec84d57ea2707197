import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { parseSshSpec, remoteCommand, sshArgs, sshFailed } from '../src/adapters/ssh.js';
import { pickHost, placeMany, totalSlots, type HostSlots } from '../src/core/placement.js';
import { completeLines, parseOffset } from '../src/core/event-offset.js';
import { resolveConfig } from '../src/config/resolve.js';
import { ConfigError } from '../src/errors.js';
import { repoIdentity } from '../src/flows/setup/doctor-hosts.js';
import { briefOnHost } from '../src/core/brief-host.js';
import { renderBrief } from '../src/core/brief.js';

describe('remote command quoting', () => {
  it.each([
    [['git', '-C', '/srv/app', 'status']],
    [['sh', '-c', 'cat > "$1"', 'sh', '/tmp/a b/c']],
    [['echo', "it's; rm -rf / #", '$(whoami)', '`id`', '&& true', '|', '>', '\n', '*', '~', '']],
    [['tmux', 'send-keys', '-l', '-t', '=orch:=fix-1', 'Fix the bug "now" & $HOME']],
    [['printf', '%s\\n', 'ünïcödé ❯ ⏵⏵']],
  ])('%j survives the remote shell as the same arguments', (argv) => {
    // What a POSIX shell on the host makes of the line: the same arguments, nothing expanded or run.
    const r = spawnSync('sh', ['-c', `printf '%s\\0' ${remoteCommand(argv)}`], { encoding: 'utf8', cwd: '/' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\0').slice(0, -1)).toEqual(argv);
  });
  it('refuses an empty command', () => {
    expect(() => remoteCommand([])).toThrow();
  });
});

describe('ssh targets', () => {
  it.each([
    ['dev@big.example.com', { user: 'dev', host: 'big.example.com', port: undefined }],
    ['dev@10.0.0.5:2222', { user: 'dev', host: '10.0.0.5', port: 2222 }],
    ['buildbox', { user: undefined, host: 'buildbox', port: undefined }],
    ['buildbox:22', { user: undefined, host: 'buildbox', port: 22 }],
  ])('%s', (spec, want) => {
    expect(parseSshSpec(spec)).toEqual(want);
  });
  it.each([['a@b@c'], ['host name'], ['-oProxyCommand=x'], ['']])('rejects %j', (spec) => {
    expect(() => parseSshSpec(spec)).toThrow(/user@host\[:port\]/);
  });
  it('multiplexes one connection per host, never prompts, and puts the destination last', () => {
    const a = sshArgs({ ssh: 'dev@h:2200', identityFile: '/k', sshOptions: ['StrictHostKeyChecking=accept-new'] }, '/tmp/c');
    expect(a).toEqual(expect.arrayContaining(['BatchMode=yes', 'ControlMaster=auto', 'ControlPath=/tmp/c/%C', 'ControlPersist=60']));
    expect(a.slice(a.indexOf('-p'), a.indexOf('-p') + 2)).toEqual(['-p', '2200']);
    expect(a.slice(a.indexOf('-i'), a.indexOf('-i') + 2)).toEqual(['-i', '/k']);
    expect(a.at(-1)).toBe('dev@h');
    expect(sshArgs({ ssh: 'h', sshOptions: [] }, '/c', { tty: true })[0]).toBe('-t');
  });
});

describe('placement', () => {
  const s = (name: string, max: number, used: number): HostSlots => ({ name, max, used });
  it.each([
    ['empty fleet: local first on a tie', [s('local', 2, 0), s('h1', 2, 0)], 'local'],
    ['the most free slots wins', [s('local', 2, 1), s('h1', 2, 0)], 'h1'],
    ['a bigger host wins while it has more free', [s('local', 2, 0), s('big', 8, 3)], 'big'],
    ['tie between hosts: the earlier one', [s('local', 1, 1), s('h1', 3, 1), s('h2', 3, 1)], 'h1'],
    ['a full host is skipped', [s('local', 2, 2), s('h1', 1, 0)], 'h1'],
    ['everything full', [s('local', 2, 2), s('h1', 2, 3)], undefined],
  ])('%s', (_what, slots, want) => {
    expect(pickHost(slots)).toBe(want);
  });
  it('places four workers on two hosts of 2 slots each: local, h1, local, h1', () => {
    expect(placeMany([s('local', 2, 0), s('h1', 2, 0)], 5)).toEqual(['local', 'h1', 'local', 'h1', undefined]);
  });
  it('the fleet takes local maxWorkers plus each host', () => {
    expect(totalSlots({ maxWorkers: 4, hosts: [{ maxWorkers: 2 }, { maxWorkers: 8 }] })).toBe(14);
    expect(totalSlots({ maxWorkers: 4, hosts: [] })).toBe(4);
  });
});

describe('remote event offsets', () => {
  it.each([
    ['whole lines', '{"a":1}\n{"b":2}\n', 10, '{"a":1}\n{"b":2}\n', 26],
    ['a line being written is left for next time', '{"a":1}\n{"b":', 0, '{"a":1}\n', 8],
    ['nothing complete yet', '{"b":', 5, '', 5],
    ['nothing new', '', 42, '', 42],
  ])('%s', (_what, chunk, offset, text, next) => {
    expect(completeLines(Buffer.from(chunk), offset)).toEqual({ text, next });
  });
  it('counts bytes, not characters', () => {
    const line = '{"message":"❯ ünï"}\n';
    expect(completeLines(Buffer.from(line), 0).next).toBe(Buffer.byteLength(line));
  });
  it.each([['17', 17], [' 9\n', 9], ['', 0], ['-3', 0], ['x', 0], [undefined, 0]])('offset file %j', (text, want) => {
    expect(parseOffset(text)).toBe(want);
  });
});

describe('config hosts', () => {
  const base = { projectName: 'p', repoPath: process.cwd(), worktreesPath: '/tmp/p-wt' };
  it('defaults: no hosts; a host gets maxWorkers 2, no env, no options', () => {
    expect(resolveConfig(base, '/tmp/p/.claude/session-plugin.json', {}).hosts).toEqual([]);
    const c = resolveConfig({ ...base, hosts: [{ name: 'big', ssh: 'dev@big:2222', repoPath: '/srv/app', worktreesPath: '/srv/wt' }] }, '/tmp/p/.claude/session-plugin.json', {});
    expect(c.hosts).toEqual([{ name: 'big', ssh: 'dev@big:2222', repoPath: '/srv/app', worktreesPath: '/srv/wt', maxWorkers: 2, env: {}, sshOptions: [] }]);
  });
  it('reports every bad host field at once', () => {
    try {
      resolveConfig({ ...base, hosts: [{ name: 'local', ssh: 'not a host', repoPath: '/srv/app' }] }, '/tmp/p/.claude/session-plugin.json', {});
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const m = (e as Error).message;
      expect(m).toMatch(/hosts\.0\.name/);
      expect(m).toMatch(/hosts\.0\.ssh/);
      expect(m).toMatch(/hosts\.0\.worktreesPath/);
    }
  });
});

describe('doctor: is the host clone of the same repository', () => {
  it.each([
    ['https://github.com/acme/app.git', 'git@github.com:acme/app.git', true],
    ['ssh://git@github.com/Acme/App', 'https://github.com/acme/app/', true],
    ['/srv/git/app.git', '/home/me/mirror/app.git', false],
    ['https://github.com/acme/app', 'https://github.com/acme/other', false],
  ])('%s vs %s', (a, b, same) => {
    expect(repoIdentity(a) === repoIdentity(b)).toBe(same);
  });
});

describe('the brief of a worker on a host', () => {
  const brief = renderBrief({ name: 'fix-12-login', branch: 'fix/12-login', base: 'main', worktree: '/srv/wt/fix-12-login', task: 'Fix it', workType: 'feature', tests: [], orchCommand: '/usr/bin/node /home/me/orch/bin/orch.js', workerPreset: 'claude' });
  const there = briefOnHost(brief, { name: 'fix-12-login', branch: 'fix/12-login', host: 'big' });
  it('keeps everything before the finish section', () => {
    expect(there.slice(0, brief.indexOf('## 7. Finish'))).toBe(brief.slice(0, brief.indexOf('## 7. Finish')));
  });
  it('drops the local orch command line (not installed on the host) and says who finishes', () => {
    expect(brief).toContain('/home/me/orch/bin/orch.js finish fix-12-login');
    expect(there).not.toContain('/home/me/orch/bin/orch.js');
    expect(there).toContain('You run on the host `big`');
    expect(there).toContain('WORKTREE_STATUS: COMPLETE\n    BRANCH: fix/12-login');
    expect(there).toContain('`orch finish fix-12-login`');
  });
});

describe('an ssh failure is told from a remote command that exits 255', () => {
  it.each([
    [255, 'ssh: connect to host 10.0.0.5 port 22: Connection refused', true],
    [255, 'root@big: Permission denied (publickey).', true],
    [255, 'Host key verification failed.', true],
    [255, 'Connection to big closed by remote host.', true],
    [255, "fatal: a branch named 'fix/4-slow-search' already exists", false],
    [128, 'ssh: weird but not 255', false],
    [0, '', false],
  ])('exit %i: %s', (exitCode, stderr, want) => {
    expect(sshFailed({ exitCode, stderr })).toBe(want);
  });
});
