import {
  atomicWriteIfChanged
} from "./chunk-FVQNOVXB.js";

// src/state/observations.ts
import path from "node:path";
import { mkdirSync, readFileSync } from "node:fs";
var Observations = class {
  dir;
  constructor(stateDir) {
    this.dir = path.join(stateDir, "observe"), mkdirSync(this.dir, { recursive: !0 });
  }
  get(name) {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, `${name}.json`), "utf8"));
    } catch {
      return {};
    }
  }
  /** Written only when it changed: the monitor puts every worker's every cycle, mostly unchanged. */
  put(name, o) {
    atomicWriteIfChanged(path.join(this.dir, `${name}.json`), o);
  }
};

export {
  Observations
};
