/**
 * Which paths must never be committed by `orch finish`, and which env values must never be printed. Pure:
 * the caller reads files; these functions only judge names and text.
 */

/** Templates people commit on purpose: they hold names and placeholders, not values. */
const ENV_TEMPLATES = new Set(['.env.example', '.env.sample', '.env.template']);

/** Normalises a repo-relative path the way git prints it: forward slashes, no leading `./`. */
export function normalizeRepoPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/** `.npmrc` is only a secret when it holds a registry token, so its content decides. */
export function needsContent(p: string): boolean {
  return basename(p) === '.npmrc';
}

/**
 * Why a path looks like a secret, or undefined when it does not. `content` is read only for files where
 * needsContent() says the name alone cannot tell (`.npmrc`). Public keys (`id_rsa.pub`) are meant to be shared.
 */
export function secretReason(p: string, content?: string): string | undefined {
  const name = basename(p);
  const lower = name.toLowerCase();
  if (lower.startsWith('.env') && !ENV_TEMPLATES.has(lower)) return 'an env file';
  if (lower.endsWith('.pem')) return 'a PEM key or certificate';
  if (lower.endsWith('.key')) return 'a private key';
  if (/^id_(rsa|ed25519)/.test(lower) && !lower.endsWith('.pub')) return 'an SSH private key';
  if (lower === '.npmrc' && content !== undefined && /_authToken\s*=/.test(content)) return 'an .npmrc with an _authToken';
  return undefined;
}

export interface SecretHit { path: string; why: string }

/**
 * The paths among `paths` that must not be committed: any listed in `envFiles` (the layout's env files,
 * whatever their names) and any that look like a secret. `read` gives the content for needsContent() paths.
 */
export function secretPaths(paths: string[], envFiles: string[], read: (p: string) => string | undefined): SecretHit[] {
  const listed = new Set(envFiles.map(normalizeRepoPath));
  const hits: SecretHit[] = [];
  for (const raw of new Set(paths.map(normalizeRepoPath))) {
    if (listed.has(raw)) hits.push({ path: raw, why: 'listed in layout.envFiles' });
    else {
      const why = secretReason(raw, needsContent(raw) ? read(raw) : undefined);
      if (why) hits.push({ path: raw, why });
    }
  }
  return hits;
}

// Values that show up in every env file and in ordinary output: redacting them would only garble logs.
const HARMLESS_VALUE = /^(?:\d+|true|false|yes|no|on|off|development|production|staging|test|debug|info|warn|error|localhost|127\.0\.0\.1|0\.0\.0\.0|(?:https?|wss?):\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?\/?)$/i;
const SECRET_KEY = /KEY|TOKEN|SECRET|PASS|PWD|AUTH|CRED|PRIVATE|SIGN|SALT|COOKIE|SESSION|DSN|WEBHOOK/i;
const URL_WITH_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@]+:[^\s@]+@/i;

/** An opaque token: long, no spaces, letters and digits mixed, and not a path or a plain URL. */
function looksLikeToken(v: string): boolean {
  return v.length >= 16 && !/\s/.test(v) && /[A-Za-z]/.test(v) && /\d/.test(v) && !/^[/.~]/.test(v) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v);
}

/**
 * The secret values of a dotenv file (`KEY=value`, `export KEY="value"`), to keep out of everything orch prints:
 * values of keys named like secrets (TOKEN, PASSWORD, API_KEY, ...), URLs with a password in them, and opaque
 * tokens. Other values (ports, hosts, app names) stay, so that paths and URLs in output do not turn into `***`.
 */
export function envFileValues(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!;
    let v = m[2]!.trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === '`') && v.lastIndexOf(q) > 0) v = v.slice(1, v.lastIndexOf(q));
    else v = v.replace(/\s+#.*$/, '').trim();
    if (v.length < 6 || HARMLESS_VALUE.test(v)) continue;
    if (SECRET_KEY.test(key) || URL_WITH_CREDENTIALS.test(v) || looksLikeToken(v)) out.add(v);
  }
  return [...out];
}

function basename(p: string): string {
  const n = normalizeRepoPath(p);
  return n.slice(n.lastIndexOf('/') + 1);
}
