// src/adapters/which.ts
import path from "node:path";
import { accessSync, constants, statSync } from "node:fs";
function executable(p) {
  try {
    return statSync(p).isFile() && (process.platform === "win32" || (accessSync(p, constants.X_OK), !0));
  } catch {
    return !1;
  }
}
function findExecutable(cmd, env = process.env) {
  if (cmd.includes("/") || process.platform === "win32" && cmd.includes("\\")) return executable(path.resolve(cmd)) ? path.resolve(cmd) : void 0;
  let exts = process.platform === "win32" ? ["", ...(env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";")] : [""];
  for (let dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean))
    for (let ext of exts) {
      let p = path.join(dir, cmd + ext);
      if (executable(p)) return p;
    }
}

export {
  findExecutable
};
