/** One rule set for worker names everywhere: lowercase a-z0-9 and '-', no leading/trailing '-', at most 40 characters after the prefix. */
export const NAME_RULE = 'names use lowercase a-z, 0-9 and "-", start and end with a letter or digit, at most 40 characters (after a fix-<n>- prefix)';

const NAME_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function nameProblem(name: string): string | undefined {
  if (!name) return 'the name is empty';
  if (!NAME_RE.test(name)) return `"${printable(name)}" is not a valid worker name: ${NAME_RULE}`;
  const body = name.replace(/^fix-\d+-/, '');
  if (body.length > 40) return `"${name}" is too long: ${NAME_RULE}`;
  if (name.includes('--')) return `"${name}" contains "--": ${NAME_RULE}`;
  return undefined;
}

/** Slug from an untrusted issue title: every run outside a-z0-9 becomes '-', trimmed, cut to 40 without a trailing '-'; empty -> 'task'. */
export function slugify(title: string, max = 40): string {
  const s = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s || 'task';
}

export function issueWorkerName(issue: number, title: string): string {
  return `fix-${issue}-${slugify(title)}`;
}

export function issueBranch(issue: number, title: string): string {
  return `fix/${issue}-${slugify(title)}`;
}

export function taskBranch(name: string): string {
  return `feature/${name}`;
}

/** The branch orch gives a worker of this name: fix/<n>-<slug> for an issue worker (fix-<n>-<slug>), else feature/<name>. */
export function branchForName(name: string): string {
  const m = /^fix-(\d+)-(.+)$/.exec(name);
  return m ? `fix/${m[1]}-${m[2]}` : taskBranch(name);
}

/** psmuxSession default: the lowercased alphanumerics of the project name. */
export function sessionNameFor(projectName: string): string {
  return projectName.toLowerCase().replace(/[^a-z0-9]/g, '') || 'orch';
}

function printable(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
