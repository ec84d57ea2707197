/**
 * The file system as flows see it. Flows and core never import node:fs themselves (a test checks it), so every file
 * access of a workflow passes through this one seam of the adapters layer, where it can be found, wrapped or swapped.
 */
export {
  appendFileSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  unlinkSync,
  watch,
  writeFileSync,
  type FSWatcher,
} from 'node:fs';
