// src/core/test-commands.ts
function testCommands(layout, projectName, repoPath) {
  let sub = (c) => c.split("<repo>").join(repoPath);
  return layout.type === "root" ? layout.testCmd ? [{ name: projectName, cmd: sub(layout.testCmd), dir: "." }] : [] : layout.parts.filter((p) => p.testCmd).map((p) => ({ name: p.name, cmd: sub(p.testCmd), dir: p.path }));
}
function dependencyFolders(layout) {
  let list = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
  return layout.type === "root" ? list(layout.nodeModules) : layout.parts.flatMap((p) => [...list(p.nodeModules), ...p.pythonVenv ? [p.pythonVenv] : []]);
}
function envFiles(layout) {
  return layout.type === "root" ? layout.envFiles : layout.parts.flatMap((p) => p.envFiles.map((f) => p.path === "." ? f : `${p.path.replace(/\/$/, "")}/${f}`));
}

// src/adapters/tail.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function readTail(file, bytes) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return "";
  }
  try {
    let size = fstatSync(fd).size, len = Math.min(size, bytes), buf = Buffer.alloc(len);
    return readSync(fd, buf, 0, len, size - len), buf.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

export {
  readTail,
  testCommands,
  dependencyFolders,
  envFiles
};
