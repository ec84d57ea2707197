/** Exit codes: 0 ok or nothing to do, 1 failure, 2 usage/config, 3 a refusal that protects work (nothing changed), 4 authentication. */
export type ExitCode = 1 | 2 | 3 | 4;

/** The one error type commands throw: it carries the user-facing message, a hint and the exit code. */
export class OrchError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  constructor(code: string, message: string, opts: { hint?: string; exitCode?: ExitCode; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'OrchError';
    this.code = code;
    this.hint = opts.hint;
    this.exitCode = opts.exitCode ?? 1;
  }
}

/** Bad flags or arguments: exit 2, nothing changed. */
export class UsageError extends OrchError {
  constructor(message: string, hint?: string) {
    super('usage', message, { hint, exitCode: 2 });
  }
}

/** The session config is missing or invalid: exit 2. */
export class ConfigError extends OrchError {
  readonly problems: string[];
  constructor(message: string, problems: string[] = [], hint?: string) {
    super('config', message, { hint, exitCode: 2 });
    this.problems = problems;
  }
}

/** A refusal that protects work (uncommitted files, unpushed commits, a working worker): exit 3, nothing changed. */
export class RefusalError extends OrchError {
  constructor(message: string, hint?: string) {
    super('refused', message, { hint, exitCode: 3 });
  }
}

export class AuthError extends OrchError {
  constructor(message: string, hint?: string) {
    super('auth', message, { hint, exitCode: 4 });
  }
}

const SECRET_ENV = ['GITHUB_TOKEN', 'GH_TOKEN', 'ANTHROPIC_API_KEY'];
const registered = new Set<string>();

/** Values redact() removes from now on, like tokens: the values of the project's env files (see openProject). */
export function addSecretValues(values: string[]): void {
  for (const v of values) if (v.length >= 6) registered.add(v);
}

/** Removes every known secret value from a string before it reaches output, logs or errors. */
export function redact(text: string, extra: string[] = []): string {
  let out = text;
  const secrets = [...SECRET_ENV.map((k) => process.env[k]), ...registered, ...extra].filter((s): s is string => !!s && s.length >= 6);
  // Longest first, so a value that contains another is not left half-replaced.
  secrets.sort((a, b) => b.length - a.length);
  for (const s of secrets) out = out.split(s).join('***');
  // Token shapes GitHub issues, in case one arrives by another route.
  return out.replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***');
}
