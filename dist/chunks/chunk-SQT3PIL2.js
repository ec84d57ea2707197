import {
  causesFor
} from "./chunk-MKX55MNS.js";
import {
  serverInfo
} from "./chunk-UNCGYCQB.js";
import {
  whyField,
  workerJson
} from "./chunk-SVBYXOYY.js";

// src/flows/watch/worker-json.ts
function workerJsonOf(project, f, x = {}) {
  let why = typeof x.why == "string" ? x.why : x.why === !1 ? null : whyField(f.state.state, () => causesFor(project, f, x.now)[0].summary);
  return workerJson(f, { ...x, why, server: serverInfo(f.rec) });
}
async function inspectWorkersJson(project, names) {
  let { inspectProject } = await import("./inspect-V6IEJLCS.js"), facts = names.length ? (await inspectProject(project, { capture: !1, git: !0, names })).workers : [];
  return new Map(facts.map((f) => [f.rec.name, workerJsonOf(project, f, { why: !1 })]));
}

export {
  workerJsonOf,
  inspectWorkersJson
};
