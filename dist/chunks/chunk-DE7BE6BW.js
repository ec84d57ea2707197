// src/package-root.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return root = dir;
    if (path.dirname(dir) === dir) throw new Error(`session-orchestrator: no package.json above ${fileURLToPath(import.meta.url)}`);
  }
}
function distScript(rel) {
  return path.join(packageRoot(), "dist", rel);
}

export {
  packageRoot,
  distScript
};
