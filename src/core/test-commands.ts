import type { Layout } from '../config/schema.js';

export interface TestCommand { name: string; cmd: string; dir: string }

/** The layout's test commands, `<repo>` replaced by the main checkout path; dir is relative to the worktree. */
export function testCommands(layout: Layout, projectName: string, repoPath: string): TestCommand[] {
  const sub = (c: string) => c.split('<repo>').join(repoPath);
  if (layout.type === 'root') return layout.testCmd ? [{ name: projectName, cmd: sub(layout.testCmd), dir: '.' }] : [];
  return layout.parts.filter((p) => p.testCmd).map((p) => ({ name: p.name, cmd: sub(p.testCmd!), dir: p.path }));
}

/** Dependency folders (repo-relative) that the layout links or installs. */
export function dependencyFolders(layout: Layout): string[] {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  if (layout.type === 'root') return list(layout.nodeModules);
  return layout.parts.flatMap((p) => [...list(p.nodeModules), ...(p.pythonVenv ? [p.pythonVenv] : [])]);
}

/** Env files, repo-relative. */
export function envFiles(layout: Layout): string[] {
  if (layout.type === 'root') return layout.envFiles;
  return layout.parts.flatMap((p) => p.envFiles.map((f) => (p.path === '.' ? f : `${p.path.replace(/\/$/, '')}/${f}`)));
}
