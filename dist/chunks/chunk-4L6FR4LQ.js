import {
  atomicWrite
} from "./chunk-7SYZDUGY.js";

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
  put(name, o) {
    atomicWrite(path.join(this.dir, `${name}.json`), o);
  }
};

export {
  Observations
};
