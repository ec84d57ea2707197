// An isolated HOME for the Claude Code CLI, pre-seeded so it starts straight at the input box
// (no network preflight, onboarding, API-key or trust prompts) and never touches the user's own config.
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ClaudeHomeOptions { dir: string; apiKey?: string; trustedDirs?: string[]; skipBypassWarning?: boolean; }

/** Any sk-ant-... string passes the CLI's local checks; the scripted model never validates it. */
export const FAKE_API_KEY = 'sk-ant-api03-orch-scripted-model-0000000000000000-demoKeyAA';

async function readJson(path: string): Promise<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
  } catch {
    return {};
  }
}

/** Writes an isolated HOME for the Claude Code CLI (merging into files already there). */
export async function prepareClaudeHome(opts: ClaudeHomeOptions): Promise<void> {
  const key = opts.apiKey ?? FAKE_API_KEY;
  await mkdir(join(opts.dir, '.claude'), { recursive: true });
  const configPath = join(opts.dir, '.claude.json');
  const config = await readJson(configPath);
  const projects = (config.projects ?? {}) as Record<string, Record<string, unknown>>;
  for (const dir of opts.trustedDirs ?? []) {
    // The CLI keys projects by the directory it sees; trust both spellings when a symlink is involved.
    const real = await realpath(dir).catch(() => dir);
    for (const d of new Set([dir, real])) projects[d] = { ...projects[d], hasTrustDialogAccepted: true };
  }
  const approved = new Set([...(((config.customApiKeyResponses as { approved?: string[] } | undefined)?.approved) ?? []), key.slice(-20)]);
  Object.assign(config, {
    hasCompletedOnboarding: true,
    customApiKeyResponses: { approved: [...approved], rejected: [] },
    projects,
  });
  await writeFile(configPath, JSON.stringify(config, null, 2) + '\n');

  const settingsPath = join(opts.dir, '.claude', 'settings.json');
  const settings = await readJson(settingsPath);
  settings.theme = 'dark';
  if (opts.skipBypassWarning) settings.skipDangerousModePermissionPrompt = true;
  await writeFile(settingsPath, JSON.stringify(settings, null, 2) + '\n');
}

/** Environment for a claude worker using that home and a scripted model URL. */
export function claudeEnv(home: string, modelUrl: string, apiKey?: string): Record<string, string> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    ANTHROPIC_API_KEY: apiKey ?? FAKE_API_KEY,
    ANTHROPIC_BASE_URL: modelUrl,
    // Root refuses --dangerously-skip-permissions without this.
    IS_SANDBOX: '1',
    DISABLE_AUTOUPDATER: '1',
    // Also stops the session-title side request and the HEAD /api/hello probe.
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    // Popups and window renames would make screens differ from run to run.
    CLAUDE_CODE_DISABLE_FEEDBACK_SURVEY: '1',
    CLAUDE_CODE_DISABLE_TERMINAL_TITLE: '1',
  };
}

/** Absolute path to node_modules/.bin/claude of this package, or undefined when not installed. */
export function claudeBinary(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  // Works from src/demo (tests) and dist/src/demo (built) alike: walk up to the nearest node_modules.
  for (;;) {
    const candidate = join(dir, 'node_modules', '.bin', 'claude');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
