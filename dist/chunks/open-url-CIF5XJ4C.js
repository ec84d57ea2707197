import "./chunk-LHO2KLC4.js";

// src/adapters/open-url.ts
import { spawn } from "node:child_process";
function openerFor(platform, url) {
  return platform === "darwin" ? ["open", [url]] : platform === "win32" ? ["rundll32", ["url.dll,FileProtocolHandler", url]] : ["xdg-open", [url]];
}
function openUrl(url, platform = process.platform) {
  let [cmd, args] = openerFor(platform, url);
  return new Promise((resolve) => {
    try {
      let child = spawn(cmd, args, { stdio: "ignore", detached: !0 });
      child.once("error", () => resolve(!1)), child.once("spawn", () => {
        child.unref(), resolve(!0);
      });
    } catch {
      resolve(!1);
    }
  });
}
export {
  openUrl,
  openerFor
};
