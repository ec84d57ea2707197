import type { WorkerCliObject } from '../config/schema.js';

/** A worker CLI described as data: how to launch it, what to clear, and how to tell it is ready. */
export interface WorkerPreset {
  name: 'claude' | 'codex' | 'generic';
  cmd: string;
  args: string[];
  resumeArgs: string[];
  clearEnv: string[];
  setEnv: Record<string, string>;
  /** Extra accept screens from the config; the claude screens are built into the handshake. */
  accept: { matchAny: string[]; send?: string };
  /** Substrings that mean the input box is ready for the first prompt. */
  ready: string[];
  bootWaitSec: number;
  /** claude: the screen classifier drives the handshake; patterns: only accept/ready substrings. */
  handshake: 'claude' | 'patterns';
}

const PRESETS: Record<WorkerPreset['name'], WorkerPreset> = {
  claude: {
    name: 'claude',
    cmd: 'claude',
    args: ['--dangerously-skip-permissions'],
    resumeArgs: ['--continue'],
    // Inherited from a parent Claude session these make the worker think it is nested or tie it to the parent's IDE port.
    clearEnv: ['CLAUDECODE', 'CLAUDE_CODE_ENTRYPOINT', 'CLAUDE_CODE_CHILD_SESSION', 'CLAUDE_CODE_SSE_PORT'],
    // Without it no transcript is kept, and neither `result` nor `--continue` can work.
    setEnv: { CLAUDE_CODE_FORCE_SESSION_PERSISTENCE: '1' },
    accept: { matchAny: [] },
    ready: ['bypass permissions on'],
    bootWaitSec: 90,
    handshake: 'claude',
  },
  codex: {
    name: 'codex',
    cmd: 'codex',
    args: ['--dangerously-bypass-approvals-and-sandbox', '--no-alt-screen'],
    resumeArgs: ['resume', '--last'],
    clearEnv: [],
    setEnv: {},
    accept: { matchAny: ['Do you trust the contents'], send: 'Yes, continue' },
    ready: ['permissions: YOLO mode', '>_ OpenAI Codex'],
    bootWaitSec: 60,
    handshake: 'patterns',
  },
  generic: {
    name: 'generic',
    cmd: 'sh',
    args: [],
    resumeArgs: [],
    clearEnv: [],
    setEnv: {},
    accept: { matchAny: [] },
    ready: [],
    bootWaitSec: 10,
    handshake: 'patterns',
  },
};

/** The preset named by the config, overridden field by field by the config's object form. */
export function resolvePreset(
  workerCli: WorkerPreset['name'] | WorkerCliObject,
  paths: { workerCmdPath?: string | undefined; codexCmdPath?: string | undefined },
): WorkerPreset {
  const obj: Partial<WorkerCliObject> = typeof workerCli === 'string' ? { preset: workerCli } : workerCli;
  const base = PRESETS[obj.preset ?? 'claude'];
  const pathCmd = base.name === 'codex' ? paths.codexCmdPath : paths.workerCmdPath;
  return {
    ...base,
    cmd: obj.cmd ?? pathCmd ?? base.cmd,
    args: obj.args ?? base.args,
    resumeArgs: obj.resumeArgs ?? base.resumeArgs,
    clearEnv: obj.clearEnv ?? base.clearEnv,
    setEnv: { ...base.setEnv, ...(obj.setEnv ?? {}) },
    accept: obj.accept ? { matchAny: obj.accept.matchAny, ...(obj.accept.send ? { send: obj.accept.send } : {}) } : base.accept,
    ready: obj.ready?.matchAny.length ? obj.ready.matchAny : base.ready,
    bootWaitSec: obj.bootWaitSec ?? base.bootWaitSec,
  };
}
