import {
  collisionHold,
  dispatchFromQueue,
  dispatchWithRetry,
  liveWorkerCount,
  queuedItemFor,
  updateBatch
} from "./chunk-O2BIJF66.js";
import "./chunk-PN3XTHKR.js";
import {
  newBatch
} from "./chunk-2ODB2MZ2.js";
import {
  totalSlots
} from "./chunk-35FEY2DM.js";
import "./chunk-PQ2RME7U.js";
import {
  projectRadar,
  workersTouching
} from "./chunk-KPOPMPXN.js";
import "./chunk-N2KNKGYM.js";
import "./chunk-4R3W23LF.js";
import "./chunk-NWFVAOPQ.js";
import "./chunk-PYYED3WT.js";
import {
  mapLimit
} from "./chunk-LIKMUZWK.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import {
  startPointFor
} from "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import {
  requireMux,
  shellQuote,
  workerOrchInvocation
} from "./chunk-2Y7JVHO3.js";
import "./chunk-RFRHITKX.js";
import {
  renderBrief
} from "./chunk-HMAPWGVG.js";
import {
  testCommands
} from "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import {
  existsSync,
  readdirSync
} from "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-57DJHKGH.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-4YZ2I25Y.js";
import {
  issueBranch,
  issueWorkerName
} from "./chunk-SFWOOGXY.js";
import "./chunk-FVQNOVXB.js";
import {
  gitTry
} from "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LHO2KLC4.js";

// node_modules/eventemitter3/index.js
var require_eventemitter3 = __commonJS({
  "node_modules/eventemitter3/index.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty, prefix = "~";
    function Events() {
    }
    Object.create && (Events.prototype = /* @__PURE__ */ Object.create(null), new Events().__proto__ || (prefix = !1));
    function EE(fn, context, once) {
      this.fn = fn, this.context = context, this.once = once || !1;
    }
    function addListener(emitter, event, fn, context, once) {
      if (typeof fn != "function")
        throw new TypeError("The listener must be a function");
      var listener = new EE(fn, context || emitter, once), evt = prefix ? prefix + event : event;
      return emitter._events[evt] ? emitter._events[evt].fn ? emitter._events[evt] = [emitter._events[evt], listener] : emitter._events[evt].push(listener) : (emitter._events[evt] = listener, emitter._eventsCount++), emitter;
    }
    function clearEvent(emitter, evt) {
      --emitter._eventsCount === 0 ? emitter._events = new Events() : delete emitter._events[evt];
    }
    function EventEmitter2() {
      this._events = new Events(), this._eventsCount = 0;
    }
    EventEmitter2.prototype.eventNames = function() {
      var names = [], events, name;
      if (this._eventsCount === 0) return names;
      for (name in events = this._events)
        has.call(events, name) && names.push(prefix ? name.slice(1) : name);
      return Object.getOwnPropertySymbols ? names.concat(Object.getOwnPropertySymbols(events)) : names;
    };
    EventEmitter2.prototype.listeners = function(event) {
      var evt = prefix ? prefix + event : event, handlers = this._events[evt];
      if (!handlers) return [];
      if (handlers.fn) return [handlers.fn];
      for (var i = 0, l = handlers.length, ee = new Array(l); i < l; i++)
        ee[i] = handlers[i].fn;
      return ee;
    };
    EventEmitter2.prototype.listenerCount = function(event) {
      var evt = prefix ? prefix + event : event, listeners = this._events[evt];
      return listeners ? listeners.fn ? 1 : listeners.length : 0;
    };
    EventEmitter2.prototype.emit = function(event, a1, a2, a3, a4, a5) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return !1;
      var listeners = this._events[evt], len = arguments.length, args, i;
      if (listeners.fn) {
        switch (listeners.once && this.removeListener(event, listeners.fn, void 0, !0), len) {
          case 1:
            return listeners.fn.call(listeners.context), !0;
          case 2:
            return listeners.fn.call(listeners.context, a1), !0;
          case 3:
            return listeners.fn.call(listeners.context, a1, a2), !0;
          case 4:
            return listeners.fn.call(listeners.context, a1, a2, a3), !0;
          case 5:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4), !0;
          case 6:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), !0;
        }
        for (i = 1, args = new Array(len - 1); i < len; i++)
          args[i - 1] = arguments[i];
        listeners.fn.apply(listeners.context, args);
      } else {
        var length = listeners.length, j;
        for (i = 0; i < length; i++)
          switch (listeners[i].once && this.removeListener(event, listeners[i].fn, void 0, !0), len) {
            case 1:
              listeners[i].fn.call(listeners[i].context);
              break;
            case 2:
              listeners[i].fn.call(listeners[i].context, a1);
              break;
            case 3:
              listeners[i].fn.call(listeners[i].context, a1, a2);
              break;
            case 4:
              listeners[i].fn.call(listeners[i].context, a1, a2, a3);
              break;
            default:
              if (!args) for (j = 1, args = new Array(len - 1); j < len; j++)
                args[j - 1] = arguments[j];
              listeners[i].fn.apply(listeners[i].context, args);
          }
      }
      return !0;
    };
    EventEmitter2.prototype.on = function(event, fn, context) {
      return addListener(this, event, fn, context, !1);
    };
    EventEmitter2.prototype.once = function(event, fn, context) {
      return addListener(this, event, fn, context, !0);
    };
    EventEmitter2.prototype.removeListener = function(event, fn, context, once) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return this;
      if (!fn)
        return clearEvent(this, evt), this;
      var listeners = this._events[evt];
      if (listeners.fn)
        listeners.fn === fn && (!once || listeners.once) && (!context || listeners.context === context) && clearEvent(this, evt);
      else {
        for (var i = 0, events = [], length = listeners.length; i < length; i++)
          (listeners[i].fn !== fn || once && !listeners[i].once || context && listeners[i].context !== context) && events.push(listeners[i]);
        events.length ? this._events[evt] = events.length === 1 ? events[0] : events : clearEvent(this, evt);
      }
      return this;
    };
    EventEmitter2.prototype.removeAllListeners = function(event) {
      var evt;
      return event ? (evt = prefix ? prefix + event : event, this._events[evt] && clearEvent(this, evt)) : (this._events = new Events(), this._eventsCount = 0), this;
    };
    EventEmitter2.prototype.off = EventEmitter2.prototype.removeListener;
    EventEmitter2.prototype.addListener = EventEmitter2.prototype.on;
    EventEmitter2.prefixed = prefix;
    EventEmitter2.EventEmitter = EventEmitter2;
    typeof module < "u" && (module.exports = EventEmitter2);
  }
});

// node_modules/rfdc/index.js
var require_rfdc = __commonJS({
  "node_modules/rfdc/index.js"(exports, module) {
    "use strict";
    module.exports = rfdc2;
    function copyBuffer(cur) {
      return cur instanceof Buffer ? Buffer.from(cur) : new cur.constructor(cur.buffer.slice(), cur.byteOffset, cur.length);
    }
    function rfdc2(opts) {
      if (opts = opts || {}, opts.circles) return rfdcCircles(opts);
      let constructorHandlers = /* @__PURE__ */ new Map();
      if (constructorHandlers.set(Date, (o) => new Date(o)), constructorHandlers.set(Map, (o, fn) => new Map(cloneArray(Array.from(o), fn))), constructorHandlers.set(Set, (o, fn) => new Set(cloneArray(Array.from(o), fn))), opts.constructorHandlers)
        for (let handler2 of opts.constructorHandlers)
          constructorHandlers.set(handler2[0], handler2[1]);
      let handler = null;
      return opts.proto ? cloneProto : clone2;
      function cloneArray(a, fn) {
        let keys = Object.keys(a), a2 = new Array(keys.length);
        for (let i = 0; i < keys.length; i++) {
          let k = keys[i], cur = a[k];
          typeof cur != "object" || cur === null ? a2[k] = cur : cur.constructor !== Object && (handler = constructorHandlers.get(cur.constructor)) ? a2[k] = handler(cur, fn) : ArrayBuffer.isView(cur) ? a2[k] = copyBuffer(cur) : a2[k] = fn(cur);
        }
        return a2;
      }
      function clone2(o) {
        if (typeof o != "object" || o === null) return o;
        if (Array.isArray(o)) return cloneArray(o, clone2);
        if (o.constructor !== Object && (handler = constructorHandlers.get(o.constructor)))
          return handler(o, clone2);
        let o2 = {};
        for (let k in o) {
          if (Object.hasOwnProperty.call(o, k) === !1) continue;
          let cur = o[k];
          typeof cur != "object" || cur === null ? o2[k] = cur : cur.constructor !== Object && (handler = constructorHandlers.get(cur.constructor)) ? o2[k] = handler(cur, clone2) : ArrayBuffer.isView(cur) ? o2[k] = copyBuffer(cur) : o2[k] = clone2(cur);
        }
        return o2;
      }
      function cloneProto(o) {
        if (typeof o != "object" || o === null) return o;
        if (Array.isArray(o)) return cloneArray(o, cloneProto);
        if (o.constructor !== Object && (handler = constructorHandlers.get(o.constructor)))
          return handler(o, cloneProto);
        let o2 = {};
        for (let k in o) {
          let cur = o[k];
          typeof cur != "object" || cur === null ? o2[k] = cur : cur.constructor !== Object && (handler = constructorHandlers.get(cur.constructor)) ? o2[k] = handler(cur, cloneProto) : ArrayBuffer.isView(cur) ? o2[k] = copyBuffer(cur) : o2[k] = cloneProto(cur);
        }
        return o2;
      }
    }
    function rfdcCircles(opts) {
      let refs = [], refsNew = [], constructorHandlers = /* @__PURE__ */ new Map();
      if (constructorHandlers.set(Date, (o) => new Date(o)), constructorHandlers.set(Map, (o, fn) => new Map(cloneArray(Array.from(o), fn))), constructorHandlers.set(Set, (o, fn) => new Set(cloneArray(Array.from(o), fn))), opts.constructorHandlers)
        for (let handler2 of opts.constructorHandlers)
          constructorHandlers.set(handler2[0], handler2[1]);
      let handler = null;
      return opts.proto ? cloneProto : clone2;
      function cloneArray(a, fn) {
        let keys = Object.keys(a), a2 = new Array(keys.length);
        for (let i = 0; i < keys.length; i++) {
          let k = keys[i], cur = a[k];
          if (typeof cur != "object" || cur === null)
            a2[k] = cur;
          else if (cur.constructor !== Object && (handler = constructorHandlers.get(cur.constructor)))
            a2[k] = handler(cur, fn);
          else if (ArrayBuffer.isView(cur))
            a2[k] = copyBuffer(cur);
          else {
            let index = refs.indexOf(cur);
            index !== -1 ? a2[k] = refsNew[index] : a2[k] = fn(cur);
          }
        }
        return a2;
      }
      function clone2(o) {
        if (typeof o != "object" || o === null) return o;
        if (Array.isArray(o)) return cloneArray(o, clone2);
        if (o.constructor !== Object && (handler = constructorHandlers.get(o.constructor)))
          return handler(o, clone2);
        let o2 = {};
        refs.push(o), refsNew.push(o2);
        for (let k in o) {
          if (Object.hasOwnProperty.call(o, k) === !1) continue;
          let cur = o[k];
          if (typeof cur != "object" || cur === null)
            o2[k] = cur;
          else if (cur.constructor !== Object && (handler = constructorHandlers.get(cur.constructor)))
            o2[k] = handler(cur, clone2);
          else if (ArrayBuffer.isView(cur))
            o2[k] = copyBuffer(cur);
          else {
            let i = refs.indexOf(cur);
            i !== -1 ? o2[k] = refsNew[i] : o2[k] = clone2(cur);
          }
        }
        return refs.pop(), refsNew.pop(), o2;
      }
      function cloneProto(o) {
        if (typeof o != "object" || o === null) return o;
        if (Array.isArray(o)) return cloneArray(o, cloneProto);
        if (o.constructor !== Object && (handler = constructorHandlers.get(o.constructor)))
          return handler(o, cloneProto);
        let o2 = {};
        refs.push(o), refsNew.push(o2);
        for (let k in o) {
          let cur = o[k];
          if (typeof cur != "object" || cur === null)
            o2[k] = cur;
          else if (cur.constructor !== Object && (handler = constructorHandlers.get(cur.constructor)))
            o2[k] = handler(cur, cloneProto);
          else if (ArrayBuffer.isView(cur))
            o2[k] = copyBuffer(cur);
          else {
            let i = refs.indexOf(cur);
            i !== -1 ? o2[k] = refsNew[i] : o2[k] = cloneProto(cur);
          }
        }
        return refs.pop(), refsNew.pop(), o2;
      }
    }
  }
});

// src/flows/batch/issue-plan.ts
import path from "node:path";
var BRIEF_COMMENTS = 5;
async function readLocalWork(project) {
  let { config, mux, registry } = project, [windows, branches] = await Promise.all([
    mux.listWindows(config.session).catch(() => []),
    gitTry(config.repoPath, ["for-each-ref", "--format=%(refname:short)", "refs/heads/fix/"]).then((r) => r.out.split(`
`).filter(Boolean))
  ]), worktreeDirs = existsSync(config.worktreesPath) ? readdirSync(config.worktreesPath) : [], queued = registry.listBatches().flatMap((b) => b.queue.map((q) => ({ name: q.name, issue: q.issue, batch: b.id })));
  return { windows, worktreeDirs, branches, queued };
}
function existingIssueWork(project, local, n, wanted) {
  let { registry, config } = project, rec = registry.listWorkers().find((w) => w.issue === n || w.name === wanted || w.name.startsWith(`fix-${n}-`));
  if (rec) {
    let win = local.windows.find((w) => w.name === rec.window);
    return existsSync(rec.worktree) ? win && !win.dead ? `already has a worktree (${rec.name}) and its worker is running: watch it with \`orch monitor ${rec.name}\`` : `already has a worktree (${rec.name}) but no running worker (interrupted?): continue it with \`orch resume ${rec.name}\`` : `orch has a record of ${rec.name} but its worktree is gone: run \`orch close ${rec.name}\`, then run this again`;
  }
  let q = local.queued.find((x) => x.issue === n || x.name === wanted);
  if (q) return `already queued as ${q.name} (batch ${q.batch}): it starts when a worker slot frees (orch monitor --watch dispatches it)`;
  let dir = local.worktreeDirs.find((d) => d === wanted || d.startsWith(`fix-${n}-`));
  if (dir) {
    let wt = path.join(config.worktreesPath, dir);
    return `a worktree exists at ${wt} but orch has no record of it (an interrupted start?): look at it, remove it with \`git worktree remove ${wt}\`, then run this again`;
  }
  let branch = local.branches.find((b) => b.startsWith(`fix/${n}-`));
  if (branch) return `branch ${branch} already exists without a worktree: delete it (\`git branch -D ${branch}\`) or work on it by hand`;
}
async function remoteSkipReason(forge, issue, n, branch) {
  if (!issue) return `issue #${n} does not exist in ${forge.repo}`;
  if (issue.isPullRequest) return `#${n} is a pull request, not an issue`;
  if (issue.state === "closed") return `issue #${n} is closed`;
  let [closing, fromBranch] = await Promise.all([forge.findPullRequests({ closesIssue: n }), forge.findPullRequests({ branch })]);
  if (fromBranch[0]) return `pull request #${fromBranch[0].number} from ${branch} is already open: ${fromBranch[0].url}`;
  if (closing[0]) return `pull request #${closing[0].number} already says Closes #${n}: ${closing[0].url}`;
}
async function planIssue(project, forge, issue, o) {
  let { config } = project, name = issueWorkerName(issue.number, issue.title), branch = issueBranch(issue.number, issue.title), worktree = path.join(config.worktreesPath, name), comments = issue.comments > 0 ? await forge.listComments(issue.number, BRIEF_COMMENTS) : [];
  return {
    name,
    kind: "issue",
    branch,
    base: o.base,
    ...o.startPoint ? { startPoint: o.startPoint } : {},
    worktree,
    issue: issue.number,
    title: issue.title,
    ...o.batch ? { batch: o.batch } : {},
    brief: renderBrief({
      name,
      branch,
      base: o.base,
      worktree,
      issue: { number: issue.number, url: issue.url, title: issue.title, labels: issue.labels, body: issue.body, comments: comments.map((c) => ({ author: c.author, body: c.body })) },
      workType: "iteration",
      dataFlow: config.dataFlow,
      teams: config.teams,
      tests: testCommands(config.layout, config.projectName, config.repoPath),
      orchCommand: shellQuote(workerOrchInvocation()),
      workerPreset: config.worker.name
    })
  };
}

// node_modules/eventemitter3/index.mjs
var import_index = __toESM(require_eventemitter3(), 1);
var eventemitter3_default = import_index.default;

// node_modules/colorette/index.js
import * as tty from "tty";
var {
  env = {},
  argv = [],
  platform = ""
} = typeof process > "u" ? {} : process, isDisabled = "NO_COLOR" in env || argv.includes("--no-color"), isForced = "FORCE_COLOR" in env || argv.includes("--color"), isWindows = platform === "win32", isDumbTerminal = env.TERM === "dumb", isCompatibleTerminal = tty && tty.isatty && tty.isatty(1) && env.TERM && !isDumbTerminal, isCI = "CI" in env && ("GITHUB_ACTIONS" in env || "GITLAB_CI" in env || "CIRCLECI" in env), isColorSupported = !isDisabled && (isForced || isWindows && !isDumbTerminal || isCompatibleTerminal || isCI), replaceClose = (index, string, close, replace, head = string.substring(0, index) + replace, tail = string.substring(index + close.length), next = tail.indexOf(close)) => head + (next < 0 ? tail : replaceClose(next, tail, close, replace)), clearBleed = (index, string, open, close, replace) => index < 0 ? open + string + close : open + replaceClose(index, string, close, replace) + close, filterEmpty = (open, close, replace = open, at = open.length + 1) => (string) => string || !(string === "" || string === void 0) ? clearBleed(
  ("" + string).indexOf(close, at),
  string,
  open,
  close,
  replace
) : "", init = (open, close, replace) => filterEmpty(`\x1B[${open}m`, `\x1B[${close}m`, replace), colors = {
  reset: init(0, 0),
  bold: init(1, 22, "\x1B[22m\x1B[1m"),
  dim: init(2, 22, "\x1B[22m\x1B[2m"),
  italic: init(3, 23),
  underline: init(4, 24),
  inverse: init(7, 27),
  hidden: init(8, 28),
  strikethrough: init(9, 29),
  black: init(30, 39),
  red: init(31, 39),
  green: init(32, 39),
  yellow: init(33, 39),
  blue: init(34, 39),
  magenta: init(35, 39),
  cyan: init(36, 39),
  white: init(37, 39),
  gray: init(90, 39),
  bgBlack: init(40, 49),
  bgRed: init(41, 49),
  bgGreen: init(42, 49),
  bgYellow: init(43, 49),
  bgBlue: init(44, 49),
  bgMagenta: init(45, 49),
  bgCyan: init(46, 49),
  bgWhite: init(47, 49),
  blackBright: init(90, 39),
  redBright: init(91, 39),
  greenBright: init(92, 39),
  yellowBright: init(93, 39),
  blueBright: init(94, 39),
  magentaBright: init(95, 39),
  cyanBright: init(96, 39),
  whiteBright: init(97, 39),
  bgBlackBright: init(100, 49),
  bgRedBright: init(101, 49),
  bgGreenBright: init(102, 49),
  bgYellowBright: init(103, 49),
  bgBlueBright: init(104, 49),
  bgMagentaBright: init(105, 49),
  bgCyanBright: init(106, 49),
  bgWhiteBright: init(107, 49)
}, createColors = ({ useColor = isColorSupported } = {}) => useColor ? colors : Object.keys(colors).reduce(
  (colors2, key) => ({ ...colors2, [key]: String }),
  {}
), {
  reset,
  bold,
  dim,
  italic,
  underline,
  inverse,
  hidden,
  strikethrough,
  black,
  red,
  green,
  yellow,
  blue,
  magenta,
  cyan,
  white,
  gray,
  bgBlack,
  bgRed,
  bgGreen,
  bgYellow,
  bgBlue,
  bgMagenta,
  bgCyan,
  bgWhite,
  blackBright,
  redBright,
  greenBright,
  yellowBright,
  blueBright,
  magentaBright,
  cyanBright,
  whiteBright,
  bgBlackBright,
  bgRedBright,
  bgGreenBright,
  bgYellowBright,
  bgBlueBright,
  bgMagentaBright,
  bgCyanBright,
  bgWhiteBright
} = createColors();

// node_modules/listr2/dist/index.js
var import_rfdc = __toESM(require_rfdc(), 1);
import { format } from "util";
import { EOL } from "os";
import { StringDecoder } from "string_decoder";
import { Writable } from "stream";
import { randomUUID } from "crypto";
var ANSI_ESCAPE = "\x1B[", ANSI_ESCAPE_CODES = {
  CURSOR_HIDE: ANSI_ESCAPE + "?25l",
  CURSOR_SHOW: ANSI_ESCAPE + "?25h"
}, ListrEnvironmentVariables = /* @__PURE__ */ (function(ListrEnvironmentVariables$1) {
  return ListrEnvironmentVariables$1.FORCE_UNICODE = "LISTR_FORCE_UNICODE", ListrEnvironmentVariables$1.FORCE_TTY = "LISTR_FORCE_TTY", ListrEnvironmentVariables$1.DISABLE_COLOR = "NO_COLOR", ListrEnvironmentVariables$1.FORCE_COLOR = "FORCE_COLOR", ListrEnvironmentVariables$1;
})({}), ListrErrorTypes = /* @__PURE__ */ (function(ListrErrorTypes$1) {
  return ListrErrorTypes$1.WILL_RETRY = "WILL_RETRY", ListrErrorTypes$1.WILL_ROLLBACK = "WILL_ROLLBACK", ListrErrorTypes$1.HAS_FAILED_TO_ROLLBACK = "HAS_FAILED_TO_ROLLBACK", ListrErrorTypes$1.HAS_FAILED = "HAS_FAILED", ListrErrorTypes$1.HAS_FAILED_WITHOUT_ERROR = "HAS_FAILED_WITHOUT_ERROR", ListrErrorTypes$1;
})({}), ListrEventType = /* @__PURE__ */ (function(ListrEventType$1) {
  return ListrEventType$1.SHOULD_REFRESH_RENDER = "SHOUD_REFRESH_RENDER", ListrEventType$1;
})({}), ListrRendererSelection = /* @__PURE__ */ (function(ListrRendererSelection$1) {
  return ListrRendererSelection$1.PRIMARY = "PRIMARY", ListrRendererSelection$1.SECONDARY = "SECONDARY", ListrRendererSelection$1.SILENT = "SILENT", ListrRendererSelection$1;
})({}), ListrTaskEventType = /* @__PURE__ */ (function(ListrTaskEventType$1) {
  return ListrTaskEventType$1.TITLE = "TITLE", ListrTaskEventType$1.STATE = "STATE", ListrTaskEventType$1.ENABLED = "ENABLED", ListrTaskEventType$1.SUBTASK = "SUBTASK", ListrTaskEventType$1.PROMPT = "PROMPT", ListrTaskEventType$1.OUTPUT = "OUTPUT", ListrTaskEventType$1.MESSAGE = "MESSAGE", ListrTaskEventType$1.CLOSED = "CLOSED", ListrTaskEventType$1;
})({}), ListrTaskState = /* @__PURE__ */ (function(ListrTaskState$1) {
  return ListrTaskState$1.WAITING = "WAITING", ListrTaskState$1.STARTED = "STARTED", ListrTaskState$1.COMPLETED = "COMPLETED", ListrTaskState$1.FAILED = "FAILED", ListrTaskState$1.SKIPPED = "SKIPPED", ListrTaskState$1.ROLLING_BACK = "ROLLING_BACK", ListrTaskState$1.ROLLED_BACK = "ROLLED_BACK", ListrTaskState$1.RETRY = "RETRY", ListrTaskState$1.PAUSED = "PAUSED", ListrTaskState$1.PROMPT = "PROMPT", ListrTaskState$1.PROMPT_COMPLETED = "PROMPT_COMPLETED", ListrTaskState$1.PROMPT_FAILED = "PROMPT_FAILED", ListrTaskState$1;
})({}), EventManager = class {
  emitter = new eventemitter3_default();
  emit(dispatch, args) {
    this.emitter.emit(dispatch, args);
  }
  on(dispatch, handler) {
    this.emitter.addListener(dispatch, handler);
  }
  once(dispatch, handler) {
    this.emitter.once(dispatch, handler);
  }
  off(dispatch, handler) {
    this.emitter.off(dispatch, handler);
  }
  complete() {
    this.emitter.removeAllListeners();
  }
};
function isObservable(obj) {
  return !!obj && typeof obj == "object" && typeof obj.subscribe == "function";
}
function isReadable(obj) {
  return !!obj && typeof obj == "object" && obj.readable === !0 && typeof obj.read == "function" && typeof obj.on == "function";
}
function isUnicodeSupported() {
  return !!process.env[ListrEnvironmentVariables.FORCE_UNICODE] || process.platform !== "win32" || !!process.env.CI || !!process.env.WT_SESSION || process.env.TERM_PROGRAM === "vscode" || process.env.TERM === "xterm-256color" || process.env.TERM === "alacritty";
}
var CLEAR_LINE_REGEX = "(?:\\u001b|\\u009b)\\[[\\=><~/#&.:=?%@~_-]*[0-9]*[\\a-ln-tqyz=><~/#&.:=?%@~_-]+", BELL_REGEX = /\u0007/;
function cleanseAnsi(chunk) {
  return String(chunk).replace(new RegExp(CLEAR_LINE_REGEX, "gmi"), "").replace(new RegExp(BELL_REGEX, "gmi"), "").trim();
}
var color = createColors();
function indent(string, count) {
  return string.replace(/^(?!\s*$)/gm, " ".repeat(count));
}
var FIGURES_MAIN = {
  warning: "\u26A0",
  cross: "\u2716",
  arrowDown: "\u2193",
  tick: "\u2714",
  arrowRight: "\u2192",
  pointer: "\u276F",
  checkboxOn: "\u2612",
  arrowLeft: "\u2190",
  squareSmallFilled: "\u25FC",
  pointerSmall: "\u203A"
}, FIGURES_FALLBACK = {
  ...FIGURES_MAIN,
  warning: "\u203C",
  cross: "\xD7",
  tick: "\u221A",
  pointer: ">",
  checkboxOn: "[\xD7]",
  squareSmallFilled: "\u25A0"
}, figures = isUnicodeSupported() ? FIGURES_MAIN : FIGURES_FALLBACK;
function splat(message, ...splat$1) {
  return format(String(message), ...splat$1);
}
var ListrLogLevels = /* @__PURE__ */ (function(ListrLogLevels$1) {
  return ListrLogLevels$1.STARTED = "STARTED", ListrLogLevels$1.COMPLETED = "COMPLETED", ListrLogLevels$1.FAILED = "FAILED", ListrLogLevels$1.SKIPPED = "SKIPPED", ListrLogLevels$1.OUTPUT = "OUTPUT", ListrLogLevels$1.TITLE = "TITLE", ListrLogLevels$1.ROLLBACK = "ROLLBACK", ListrLogLevels$1.RETRY = "RETRY", ListrLogLevels$1.PROMPT = "PROMPT", ListrLogLevels$1.PAUSED = "PAUSED", ListrLogLevels$1;
})({}), LISTR_LOGGER_STYLE = {
  icon: {
    [ListrLogLevels.STARTED]: figures.pointer,
    [ListrLogLevels.FAILED]: figures.cross,
    [ListrLogLevels.SKIPPED]: figures.arrowDown,
    [ListrLogLevels.COMPLETED]: figures.tick,
    [ListrLogLevels.OUTPUT]: figures.pointerSmall,
    [ListrLogLevels.TITLE]: figures.arrowRight,
    [ListrLogLevels.RETRY]: figures.warning,
    [ListrLogLevels.ROLLBACK]: figures.arrowLeft,
    [ListrLogLevels.PAUSED]: figures.squareSmallFilled
  },
  color: {
    [ListrLogLevels.STARTED]: color.yellow,
    [ListrLogLevels.FAILED]: color.red,
    [ListrLogLevels.SKIPPED]: color.yellow,
    [ListrLogLevels.COMPLETED]: color.green,
    [ListrLogLevels.RETRY]: color.yellowBright,
    [ListrLogLevels.ROLLBACK]: color.redBright,
    [ListrLogLevels.PAUSED]: color.yellowBright
  }
}, LISTR_LOGGER_STDERR_LEVELS = [
  ListrLogLevels.RETRY,
  ListrLogLevels.ROLLBACK,
  ListrLogLevels.FAILED
], ListrLogger = class {
  process;
  constructor(options) {
    this.options = options, this.options = {
      useIcons: !0,
      toStderr: [],
      ...options ?? {}
    }, this.options.fields ??= {}, this.options.fields.prefix ??= [], this.options.fields.suffix ??= [], this.process = this.options.processOutput ?? new ProcessOutput();
  }
  log(level, message, options) {
    let output = this.format(level, message, options);
    if (this.options.toStderr.includes(level)) {
      this.process.toStderr(output);
      return;
    }
    this.process.toStdout(output);
  }
  toStdout(message, options, eol = !0) {
    this.process.toStdout(this.format(null, message, options), eol);
  }
  toStderr(message, options, eol = !0) {
    this.process.toStderr(this.format(null, message, options), eol);
  }
  wrap(message, options) {
    return message && this.applyFormat(`[${message}]`, options);
  }
  splat(...args) {
    let message = args.shift() ?? "";
    return args.length === 0 ? message : splat(message, args);
  }
  suffix(message, ...suffixes) {
    return suffixes.filter(Boolean).forEach((suffix) => {
      if (message += this.spacing(message), typeof suffix == "string") message += this.wrap(suffix);
      else if (typeof suffix == "object") {
        if (suffix.args ??= [], typeof suffix.condition == "function" ? !suffix.condition(...suffix.args) : !(suffix.condition ?? !0)) return message;
        message += this.wrap(typeof suffix.field == "function" ? suffix.field(...suffix.args) : suffix.field, { format: suffix?.format(...suffix.args) });
      }
    }), message;
  }
  prefix(message, ...prefixes) {
    return prefixes.filter(Boolean).forEach((prefix) => {
      if (message = this.spacing(message) + message, typeof prefix == "string") message = this.wrap(prefix) + message;
      else if (typeof prefix == "object") {
        if (prefix.args ??= [], typeof prefix.condition == "function" ? !prefix.condition(...prefix.args) : !(prefix.condition ?? !0)) return message;
        message = this.wrap(typeof prefix.field == "function" ? prefix.field(...prefix.args) : prefix.field, { format: prefix?.format() }) + message;
      }
    }), message;
  }
  fields(message, options) {
    return this.options?.fields?.prefix && (message = this.prefix(message, ...this.options.fields.prefix)), options?.prefix && (message = this.prefix(message, ...options.prefix)), options?.suffix && (message = this.suffix(message, ...options.suffix)), this.options?.fields?.suffix && (message = this.suffix(message, ...this.options.fields.suffix)), message;
  }
  icon(level, icon) {
    if (!level) return null;
    if (!icon) {
      let i = this.options.icon?.[level];
      icon = typeof i == "function" ? i() : i;
    }
    let coloring = this.options.color?.[level];
    return icon && coloring && (icon = coloring(icon)), icon;
  }
  format(level, message, options) {
    return Array.isArray(message) || (message = [message]), message = this.splat(message.shift(), ...message).toString().split(EOL).filter((m) => !m || m.trim() !== "").map((m) => this.style(level, this.fields(m, {
      prefix: Array.isArray(options?.prefix) ? options.prefix : [options?.prefix],
      suffix: Array.isArray(options?.suffix) ? options.suffix : [options?.suffix]
    }))).join(EOL), message;
  }
  style(level, message) {
    if (!level || !message) return message;
    let icon = this.icon(level, !this.options.useIcons && this.wrap(level));
    return icon && (message = icon + " " + message), message;
  }
  applyFormat(message, options) {
    return options?.format ? options.format(message) : message;
  }
  spacing(message) {
    return typeof message > "u" || message.trim() === "" ? "" : " ";
  }
}, ProcessOutputBuffer = class {
  buffer = [];
  decoder = new StringDecoder();
  constructor(options) {
    this.options = options;
  }
  get all() {
    return this.buffer;
  }
  get last() {
    return this.buffer.at(-1);
  }
  get length() {
    return this.buffer.length;
  }
  write(data, ...args) {
    let callback = args[args.length - 1];
    return this.buffer.push({
      time: Date.now(),
      stream: this.options?.stream,
      entry: this.decoder.write(typeof data == "string" ? Buffer.from(data, typeof args[0] == "string" ? args[0] : void 0) : Buffer.from(data))
    }), this.options?.limit && (this.buffer = this.buffer.slice(-this.options.limit)), typeof callback == "function" && callback(), !0;
  }
  reset() {
    this.buffer = [];
  }
}, ProcessOutputStream = class {
  method;
  buffer;
  constructor(stream) {
    this.stream = stream, this.method = stream.write, this.buffer = new ProcessOutputBuffer({ stream });
  }
  get out() {
    return Object.assign({}, this.stream, { write: this.write.bind(this) });
  }
  hijack() {
    this.stream.write = this.buffer.write.bind(this.buffer);
  }
  release() {
    this.stream.write = this.method;
    let buffer = [...this.buffer.all];
    return this.buffer.reset(), buffer;
  }
  write(...args) {
    return this.method.apply(this.stream, args);
  }
}, ProcessOutput = class {
  stream;
  active;
  constructor(stdout, stderr, options) {
    this.options = options, this.stream = {
      stdout: new ProcessOutputStream(stdout ?? process.stdout),
      stderr: new ProcessOutputStream(stderr ?? process.stderr)
    }, this.options = {
      dump: ["stdout", "stderr"],
      leaveEmptyLine: !0,
      ...options
    };
  }
  get stdout() {
    return this.stream.stdout.out;
  }
  get stderr() {
    return this.stream.stderr.out;
  }
  hijack() {
    if (this.active) throw new Error("ProcessOutput has been already hijacked!");
    this.stream.stdout.write(ANSI_ESCAPE_CODES.CURSOR_HIDE), Object.values(this.stream).forEach((stream) => stream.hijack()), this.active = !0;
  }
  release() {
    let output = Object.entries(this.stream).map(([name, stream]) => ({
      name,
      buffer: stream.release()
    })).filter((output$1) => this.options.dump.includes(output$1.name)).flatMap((output$1) => output$1.buffer).sort((a, b) => a.time - b.time).map((message) => ({
      ...message,
      entry: cleanseAnsi(message.entry)
    })).filter((message) => message.entry);
    output.length > 0 && (this.options.leaveEmptyLine && this.stdout.write(EOL), output.forEach((message) => {
      (message.stream ?? this.stdout).write(message.entry + EOL);
    })), this.stream.stdout.write(ANSI_ESCAPE_CODES.CURSOR_SHOW), this.active = !1;
  }
  toStdout(buffer, eol = !0) {
    return eol && (buffer = buffer + EOL), this.stream.stdout.write(buffer);
  }
  toStderr(buffer, eol = !0) {
    return eol && (buffer = buffer + EOL), this.stream.stderr.write(buffer);
  }
};
function createWritable(cb) {
  let writable = new Writable();
  return writable.rows = 1 / 0, writable.columns = 1 / 0, writable.write = (chunk) => (cb(chunk.toString()), !0), writable;
}
var Spinner = class {
  spinner = isUnicodeSupported() ? [
    "\u280B",
    "\u2819",
    "\u2839",
    "\u2838",
    "\u283C",
    "\u2834",
    "\u2826",
    "\u2827",
    "\u2807",
    "\u280F"
  ] : [
    "-",
    "\\",
    "|",
    "/"
  ];
  id;
  spinnerPosition = 0;
  spin() {
    this.spinnerPosition = ++this.spinnerPosition % this.spinner.length;
  }
  fetch() {
    return this.spinner[this.spinnerPosition];
  }
  isRunning() {
    return !!this.id;
  }
  start(cb, interval = 100) {
    this.id = setInterval(() => {
      this.spin(), cb && cb();
    }, interval);
  }
  stop() {
    clearInterval(this.id);
  }
}, ListrDefaultRendererLogLevels = /* @__PURE__ */ (function(ListrDefaultRendererLogLevels$1) {
  return ListrDefaultRendererLogLevels$1.SKIPPED_WITH_COLLAPSE = "SKIPPED_WITH_COLLAPSE", ListrDefaultRendererLogLevels$1.SKIPPED_WITHOUT_COLLAPSE = "SKIPPED_WITHOUT_COLLAPSE", ListrDefaultRendererLogLevels$1.OUTPUT = "OUTPUT", ListrDefaultRendererLogLevels$1.OUTPUT_WITH_BOTTOMBAR = "OUTPUT_WITH_BOTTOMBAR", ListrDefaultRendererLogLevels$1.PENDING = "PENDING", ListrDefaultRendererLogLevels$1.COMPLETED = "COMPLETED", ListrDefaultRendererLogLevels$1.COMPLETED_WITH_FAILED_SUBTASKS = "COMPLETED_WITH_FAILED_SUBTASKS", ListrDefaultRendererLogLevels$1.COMPLETED_WITH_FAILED_SISTER_TASKS = "COMPLETED_WITH_SISTER_TASKS_FAILED", ListrDefaultRendererLogLevels$1.RETRY = "RETRY", ListrDefaultRendererLogLevels$1.ROLLING_BACK = "ROLLING_BACK", ListrDefaultRendererLogLevels$1.ROLLED_BACK = "ROLLED_BACK", ListrDefaultRendererLogLevels$1.FAILED = "FAILED", ListrDefaultRendererLogLevels$1.FAILED_WITH_FAILED_SUBTASKS = "FAILED_WITH_SUBTASKS", ListrDefaultRendererLogLevels$1.WAITING = "WAITING", ListrDefaultRendererLogLevels$1.PAUSED = "PAUSED", ListrDefaultRendererLogLevels$1;
})({}), LISTR_DEFAULT_RENDERER_STYLE = {
  icon: {
    [ListrDefaultRendererLogLevels.SKIPPED_WITH_COLLAPSE]: figures.arrowDown,
    [ListrDefaultRendererLogLevels.SKIPPED_WITHOUT_COLLAPSE]: figures.warning,
    [ListrDefaultRendererLogLevels.OUTPUT]: figures.pointerSmall,
    [ListrDefaultRendererLogLevels.OUTPUT_WITH_BOTTOMBAR]: figures.pointerSmall,
    [ListrDefaultRendererLogLevels.PENDING]: figures.pointer,
    [ListrDefaultRendererLogLevels.COMPLETED]: figures.tick,
    [ListrDefaultRendererLogLevels.COMPLETED_WITH_FAILED_SUBTASKS]: figures.warning,
    [ListrDefaultRendererLogLevels.COMPLETED_WITH_FAILED_SISTER_TASKS]: figures.squareSmallFilled,
    [ListrDefaultRendererLogLevels.RETRY]: figures.warning,
    [ListrDefaultRendererLogLevels.ROLLING_BACK]: figures.warning,
    [ListrDefaultRendererLogLevels.ROLLED_BACK]: figures.arrowLeft,
    [ListrDefaultRendererLogLevels.FAILED]: figures.cross,
    [ListrDefaultRendererLogLevels.FAILED_WITH_FAILED_SUBTASKS]: figures.pointer,
    [ListrDefaultRendererLogLevels.WAITING]: figures.squareSmallFilled,
    [ListrDefaultRendererLogLevels.PAUSED]: figures.squareSmallFilled
  },
  color: {
    [ListrDefaultRendererLogLevels.SKIPPED_WITH_COLLAPSE]: color.yellow,
    [ListrDefaultRendererLogLevels.SKIPPED_WITHOUT_COLLAPSE]: color.yellow,
    [ListrDefaultRendererLogLevels.PENDING]: color.yellow,
    [ListrDefaultRendererLogLevels.COMPLETED]: color.green,
    [ListrDefaultRendererLogLevels.COMPLETED_WITH_FAILED_SUBTASKS]: color.yellow,
    [ListrDefaultRendererLogLevels.COMPLETED_WITH_FAILED_SISTER_TASKS]: color.red,
    [ListrDefaultRendererLogLevels.RETRY]: color.yellowBright,
    [ListrDefaultRendererLogLevels.ROLLING_BACK]: color.redBright,
    [ListrDefaultRendererLogLevels.ROLLED_BACK]: color.redBright,
    [ListrDefaultRendererLogLevels.FAILED]: color.red,
    [ListrDefaultRendererLogLevels.FAILED_WITH_FAILED_SUBTASKS]: color.red,
    [ListrDefaultRendererLogLevels.WAITING]: color.dim,
    [ListrDefaultRendererLogLevels.PAUSED]: color.yellowBright
  }
};
function parseTimer(duration) {
  let seconds = Math.floor(duration / 1e3), minutes = Math.floor(seconds / 60), parsedTime;
  return seconds === 0 && minutes === 0 && (parsedTime = `0.${Math.floor(duration / 100)}s`), seconds > 0 && (parsedTime = `${seconds % 60}s`), minutes > 0 && (parsedTime = `${minutes}m${parsedTime}`), parsedTime;
}
var PRESET_TIMER = {
  condition: !0,
  field: parseTimer,
  format: () => color.dim
};
var DefaultRenderer = class DefaultRenderer2 {
  static nonTTY = !1;
  static rendererOptions = {
    indentation: 2,
    clearOutput: !1,
    showSubtasks: !0,
    collapseSubtasks: !0,
    collapseSkips: !0,
    showSkipMessage: !0,
    suffixSkips: !1,
    collapseErrors: !0,
    showErrorMessage: !0,
    suffixRetries: !0,
    lazy: !1,
    removeEmptyLines: !0,
    formatOutput: "wrap",
    pausedTimer: {
      ...PRESET_TIMER,
      format: () => color.yellowBright
    }
  };
  static rendererTaskOptions = { outputBar: !0 };
  prompt;
  activePrompt;
  spinner;
  logger;
  updater;
  truncate;
  wrap;
  buffer = {
    output: /* @__PURE__ */ new Map(),
    bottom: /* @__PURE__ */ new Map()
  };
  cache = {
    render: /* @__PURE__ */ new Map(),
    rendererOptions: /* @__PURE__ */ new Map(),
    rendererTaskOptions: /* @__PURE__ */ new Map()
  };
  constructor(tasks, options, events) {
    this.tasks = tasks, this.options = options, this.events = events, this.options = {
      ...DefaultRenderer2.rendererOptions,
      ...this.options,
      icon: {
        ...LISTR_DEFAULT_RENDERER_STYLE.icon,
        ...options?.icon ?? {}
      },
      color: {
        ...LISTR_DEFAULT_RENDERER_STYLE.color,
        ...options?.color ?? {}
      }
    }, this.spinner = this.options.spinner ?? new Spinner(), this.logger = this.options.logger ?? new ListrLogger({
      useIcons: !0,
      toStderr: []
    }), this.logger.options.icon = this.options.icon, this.logger.options.color = this.options.color;
  }
  async render() {
    let { createLogUpdate } = await import("./log-update-GYMAFTEJ.js"), { default: truncate } = await import("./cli-truncate-HNSXVW2A.js"), { default: wrap } = await import("./wrap-ansi-DQHO5YJU.js");
    this.updater = createLogUpdate(this.logger.process.stdout), this.truncate = truncate, this.wrap = wrap, this.logger.process.hijack(), this.options?.lazy || this.spinner.start(() => {
      this.update();
    }), this.events.on(ListrEventType.SHOULD_REFRESH_RENDER, () => {
      this.update();
    });
  }
  update() {
    this.updater(this.create());
  }
  end() {
    this.spinner.stop(), this.updater.clear(), this.updater.done(), this.options.clearOutput || this.logger.process.toStdout(this.create({ prompt: !1 })), this.logger.process.release();
  }
  create(options) {
    options = {
      tasks: !0,
      bottomBar: !0,
      prompt: !0,
      ...options
    };
    let render = [], renderTasks = this.renderer(this.tasks), renderBottomBar = this.renderBottomBar(), renderPrompt = this.renderPrompt();
    return options.tasks && renderTasks.length > 0 && render.push(...renderTasks), options.bottomBar && renderBottomBar.length > 0 && (render.length > 0 && render.push(""), render.push(...renderBottomBar)), options.prompt && renderPrompt.length > 0 && (render.length > 0 && render.push(""), render.push(...renderPrompt)), render.join(EOL);
  }
  style(task, output = !1) {
    let rendererOptions = this.cache.rendererOptions.get(task.id);
    if (task.isSkipped()) {
      if (output || rendererOptions.collapseSkips) return this.logger.icon(ListrDefaultRendererLogLevels.SKIPPED_WITH_COLLAPSE);
      if (rendererOptions.collapseSkips === !1) return this.logger.icon(ListrDefaultRendererLogLevels.SKIPPED_WITHOUT_COLLAPSE);
    }
    if (output)
      return this.shouldOutputToBottomBar(task) ? this.logger.icon(ListrDefaultRendererLogLevels.OUTPUT_WITH_BOTTOMBAR) : this.logger.icon(ListrDefaultRendererLogLevels.OUTPUT);
    if (task.hasSubtasks()) {
      if (task.isStarted() || task.isPrompt() && rendererOptions.showSubtasks !== !1 && !task.subtasks.every((subtask) => !subtask.hasTitle())) return this.logger.icon(ListrDefaultRendererLogLevels.PENDING);
      if (task.isCompleted() && task.subtasks.some((subtask) => subtask.hasFailed())) return this.logger.icon(ListrDefaultRendererLogLevels.COMPLETED_WITH_FAILED_SUBTASKS);
      if (task.hasFailed()) return this.logger.icon(ListrDefaultRendererLogLevels.FAILED_WITH_FAILED_SUBTASKS);
    }
    return task.isStarted() || task.isPrompt() ? this.logger.icon(ListrDefaultRendererLogLevels.PENDING, !this.options?.lazy && this.spinner.fetch()) : task.isCompleted() ? this.logger.icon(ListrDefaultRendererLogLevels.COMPLETED) : task.isRetrying() ? this.logger.icon(ListrDefaultRendererLogLevels.RETRY, !this.options?.lazy && this.spinner.fetch()) : task.isRollingBack() ? this.logger.icon(ListrDefaultRendererLogLevels.ROLLING_BACK, !this.options?.lazy && this.spinner.fetch()) : task.hasRolledBack() ? this.logger.icon(ListrDefaultRendererLogLevels.ROLLED_BACK) : task.hasFailed() ? this.logger.icon(ListrDefaultRendererLogLevels.FAILED) : task.isPaused() ? this.logger.icon(ListrDefaultRendererLogLevels.PAUSED) : this.logger.icon(ListrDefaultRendererLogLevels.WAITING);
  }
  format(message, icon, level) {
    if (message.trim() === "") return [];
    icon && (message = icon + " " + message);
    let parsed, columns = (process.stdout.columns ?? 80) - level * this.options.indentation - 2;
    switch (this.options.formatOutput) {
      case "truncate":
        parsed = message.split(EOL).map((s, i) => this.truncate(this.indent(s, i), columns));
        break;
      case "wrap":
        parsed = this.wrap(message, columns, {
          hard: !0,
          trim: !1
        }).split(EOL).map((s, i) => this.indent(s, i));
        break;
      default:
        throw new ListrRendererError("Format option for the renderer is wrong.");
    }
    return this.options.removeEmptyLines && (parsed = parsed.filter(Boolean)), parsed.map((str) => indent(str, level * this.options.indentation));
  }
  shouldOutputToOutputBar(task) {
    let outputBar = this.cache.rendererTaskOptions.get(task.id).outputBar;
    return typeof outputBar == "number" && outputBar !== 0 || typeof outputBar == "boolean" && outputBar !== !1;
  }
  shouldOutputToBottomBar(task) {
    let bottomBar = this.cache.rendererTaskOptions.get(task.id).bottomBar;
    return typeof bottomBar == "number" && bottomBar !== 0 || typeof bottomBar == "boolean" && bottomBar !== !1 || !task.hasTitle();
  }
  renderer(tasks, level = 0) {
    return tasks.flatMap((task) => {
      if (!task.isEnabled()) return [];
      if (this.cache.render.has(task.id)) return this.cache.render.get(task.id);
      this.calculate(task), this.setupBuffer(task);
      let rendererOptions = this.cache.rendererOptions.get(task.id), rendererTaskOptions = this.cache.rendererTaskOptions.get(task.id), output = [];
      if (task.isPrompt()) {
        if (this.activePrompt && this.activePrompt !== task.id) throw new ListrRendererError("Only one prompt can be active at the given time, please re-evaluate your task design.");
        this.activePrompt || (task.on(ListrTaskEventType.PROMPT, (prompt) => {
          let cleansed = cleanseAnsi(prompt);
          cleansed && (this.prompt = cleansed);
        }), task.on(ListrTaskEventType.STATE, (state) => {
          (state === ListrTaskState.PROMPT_COMPLETED || task.hasFinalized() || task.hasReset()) && (this.prompt = null, this.activePrompt = null, task.off(ListrTaskEventType.PROMPT));
        }), this.activePrompt = task.id);
      }
      if (task.hasTitle() && (tasks.some((task$1) => task$1.hasFailed()) && !task.hasFailed() && task.options.exitOnError !== !1 && !(task.isCompleted() || task.isSkipped()) ? output.push(...this.format(task.title, this.logger.icon(ListrDefaultRendererLogLevels.COMPLETED_WITH_FAILED_SISTER_TASKS), level)) : task.hasFailed() && rendererOptions.collapseErrors ? output.push(...this.format(!task.hasSubtasks() && task.message.error && rendererOptions.showErrorMessage ? task.message.error : task.title, this.style(task), level)) : task.isSkipped() && rendererOptions.collapseSkips ? output.push(...this.format(this.logger.suffix(task.message.skip && rendererOptions.showSkipMessage ? task.message.skip : task.title, {
        field: ListrLogLevels.SKIPPED,
        condition: rendererOptions.suffixSkips,
        format: () => color.dim
      }), this.style(task), level)) : task.isRetrying() ? output.push(...this.format(this.logger.suffix(task.title, {
        field: `${ListrLogLevels.RETRY}:${task.message.retry.count}`,
        format: () => color.yellow,
        condition: rendererOptions.suffixRetries
      }), this.style(task), level)) : task.isCompleted() && task.hasTitle() && assertFunctionOrSelf(rendererTaskOptions.timer?.condition, task.message.duration) ? output.push(...this.format(this.logger.suffix(task?.title, {
        ...rendererTaskOptions.timer,
        args: [task.message.duration]
      }), this.style(task), level)) : task.isPaused() ? output.push(...this.format(this.logger.suffix(task.title, {
        ...rendererOptions.pausedTimer,
        args: [task.message.paused - Date.now()]
      }), this.style(task), level)) : output.push(...this.format(task.title, this.style(task), level))), (!task.hasSubtasks() || !rendererOptions.showSubtasks) && (task.hasFailed() && rendererOptions.collapseErrors === !1 && (rendererOptions.showErrorMessage || !rendererOptions.showSubtasks) ? output.push(...this.dump(task, level, ListrLogLevels.FAILED)) : task.isSkipped() && rendererOptions.collapseSkips === !1 && (rendererOptions.showSkipMessage || !rendererOptions.showSubtasks) && output.push(...this.dump(task, level, ListrLogLevels.SKIPPED))), (task.isPending() || rendererTaskOptions.persistentOutput) && output.push(...this.renderOutputBar(task, level)), rendererOptions.showSubtasks !== !1 && task.hasSubtasks() && (task.isPending() || task.hasFinalized() && !task.hasTitle() || task.isCompleted() && rendererOptions.collapseSubtasks === !1 && !task.subtasks.some((subtask) => this.cache.rendererOptions.get(subtask.id)?.collapseSubtasks === !0) || task.subtasks.some((subtask) => this.cache.rendererOptions.get(subtask.id)?.collapseSubtasks === !1) || task.subtasks.some((subtask) => subtask.hasFailed()) || task.subtasks.some((subtask) => subtask.hasRolledBack()))) {
        let subtaskLevel = task.hasTitle() ? level + 1 : level, subtaskRender = this.renderer(task.subtasks, subtaskLevel);
        output.push(...subtaskRender);
      }
      return task.hasFinalized() && (rendererTaskOptions.persistentOutput || (this.buffer.bottom.delete(task.id), this.buffer.output.delete(task.id))), task.isClosed() && (this.cache.render.set(task.id, output), this.reset(task)), output;
    });
  }
  renderOutputBar(task, level) {
    let output = this.buffer.output.get(task.id);
    return output ? output.all.flatMap((o) => this.dump(task, level, ListrLogLevels.OUTPUT, o.entry)) : [];
  }
  renderBottomBar() {
    return this.buffer.bottom.size === 0 ? [] : Array.from(this.buffer.bottom.values()).flatMap((output) => output.all).sort((a, b) => a.time - b.time).map((output) => output.entry);
  }
  renderPrompt() {
    return this.prompt ? [this.prompt] : [];
  }
  calculate(task) {
    if (this.cache.rendererOptions.has(task.id) && this.cache.rendererTaskOptions.has(task.id)) return;
    let rendererOptions = {
      ...this.options,
      ...task.rendererOptions
    };
    this.cache.rendererOptions.set(task.id, rendererOptions), this.cache.rendererTaskOptions.set(task.id, {
      ...DefaultRenderer2.rendererTaskOptions,
      timer: rendererOptions.timer,
      ...task.rendererTaskOptions
    });
  }
  setupBuffer(task) {
    if (this.buffer.bottom.has(task.id) || this.buffer.output.has(task.id)) return;
    let rendererTaskOptions = this.cache.rendererTaskOptions.get(task.id);
    this.shouldOutputToBottomBar(task) && !this.buffer.bottom.has(task.id) ? (this.buffer.bottom.set(task.id, new ProcessOutputBuffer({ limit: typeof rendererTaskOptions.bottomBar == "number" ? rendererTaskOptions.bottomBar : 1 })), task.on(ListrTaskEventType.OUTPUT, (output) => {
      let data = this.dump(task, -1, ListrLogLevels.OUTPUT, output);
      this.buffer.bottom.get(task.id).write(data.join(EOL));
    }), task.on(ListrTaskEventType.STATE, (state) => {
      state === (ListrTaskState.RETRY || ListrTaskState.ROLLING_BACK) && this.buffer.bottom.delete(task.id);
    })) : this.shouldOutputToOutputBar(task) && !this.buffer.output.has(task.id) && (this.buffer.output.set(task.id, new ProcessOutputBuffer({ limit: typeof rendererTaskOptions.outputBar == "number" ? rendererTaskOptions.outputBar : 1 })), task.on(ListrTaskEventType.OUTPUT, (output) => {
      this.buffer.output.get(task.id).write(output);
    }), task.on(ListrTaskEventType.STATE, (state) => {
      state === (ListrTaskState.RETRY || ListrTaskState.ROLLING_BACK) && this.buffer.output.delete(task.id);
    }));
  }
  reset(task) {
    this.cache.rendererOptions.delete(task.id), this.cache.rendererTaskOptions.delete(task.id), this.buffer.output.delete(task.id);
  }
  dump(task, level, source = ListrLogLevels.OUTPUT, data) {
    if (!data) switch (source) {
      case ListrLogLevels.OUTPUT:
        data = task.output;
        break;
      case ListrLogLevels.SKIPPED:
        data = task.message.skip;
        break;
      case ListrLogLevels.FAILED:
        data = task.message.error;
        break;
    }
    return task.hasTitle() && source === ListrLogLevels.FAILED && data === task.title || typeof data != "string" ? [] : (source === ListrLogLevels.OUTPUT && (data = cleanseAnsi(data)), this.format(data, this.style(task, !0), level + 1));
  }
  indent(str, i) {
    return i > 0 ? indent(str.trimEnd(), this.options.indentation) : str.trimEnd();
  }
}, SilentRenderer = class {
  static nonTTY = !0;
  static rendererOptions;
  static rendererTaskOptions;
  constructor(tasks, options) {
    this.tasks = tasks, this.options = options;
  }
  render() {
  }
  end() {
  }
}, SimpleRenderer = class SimpleRenderer2 {
  static nonTTY = !0;
  static rendererOptions = { pausedTimer: {
    ...PRESET_TIMER,
    field: (time) => `${ListrLogLevels.PAUSED}:${time}`,
    format: () => color.yellowBright
  } };
  static rendererTaskOptions = {};
  logger;
  cache = {
    rendererOptions: /* @__PURE__ */ new Map(),
    rendererTaskOptions: /* @__PURE__ */ new Map()
  };
  constructor(tasks, options) {
    this.tasks = tasks, this.options = options, this.options = {
      ...SimpleRenderer2.rendererOptions,
      ...options,
      icon: {
        ...LISTR_LOGGER_STYLE.icon,
        ...options?.icon ?? {}
      },
      color: {
        ...LISTR_LOGGER_STYLE.color,
        ...options?.color ?? {}
      }
    }, this.logger = this.options.logger ?? new ListrLogger({
      useIcons: !0,
      toStderr: LISTR_LOGGER_STDERR_LEVELS
    }), this.logger.options.icon = this.options.icon, this.logger.options.color = this.options.color, this.options.timestamp && this.logger.options.fields.prefix.unshift(this.options.timestamp);
  }
  end() {
  }
  render() {
    this.renderer(this.tasks);
  }
  renderer(tasks) {
    tasks.forEach((task) => {
      this.calculate(task), task.once(ListrTaskEventType.CLOSED, () => {
        this.reset(task);
      });
      let rendererOptions = this.cache.rendererOptions.get(task.id), rendererTaskOptions = this.cache.rendererTaskOptions.get(task.id);
      task.on(ListrTaskEventType.SUBTASK, (subtasks) => {
        this.renderer(subtasks);
      }), task.on(ListrTaskEventType.STATE, (state) => {
        if (task.hasTitle())
          if (state === ListrTaskState.STARTED) this.logger.log(ListrLogLevels.STARTED, task.title);
          else if (state === ListrTaskState.COMPLETED) {
            let timer = rendererTaskOptions?.timer;
            this.logger.log(ListrLogLevels.COMPLETED, task.title, timer && { suffix: {
              ...timer,
              condition: !!task.message?.duration && timer.condition,
              args: [task.message.duration]
            } });
          } else state === ListrTaskState.PROMPT ? (this.logger.process.hijack(), task.on(ListrTaskEventType.PROMPT, (prompt) => {
            this.logger.process.toStderr(prompt, !1);
          })) : state === ListrTaskState.PROMPT_COMPLETED && (task.off(ListrTaskEventType.PROMPT), this.logger.process.release());
      }), task.on(ListrTaskEventType.OUTPUT, (output) => {
        this.logger.log(ListrLogLevels.OUTPUT, output);
      }), task.on(ListrTaskEventType.MESSAGE, (message) => {
        if (message.error) this.logger.log(ListrLogLevels.FAILED, task.title, { suffix: {
          field: `${ListrLogLevels.FAILED}: ${message.error}`,
          format: () => color.red
        } });
        else if (message.skip) this.logger.log(ListrLogLevels.SKIPPED, task.title, { suffix: {
          field: `${ListrLogLevels.SKIPPED}: ${message.skip}`,
          format: () => color.yellow
        } });
        else if (message.rollback) this.logger.log(ListrLogLevels.ROLLBACK, task.title, { suffix: {
          field: `${ListrLogLevels.ROLLBACK}: ${message.rollback}`,
          format: () => color.red
        } });
        else if (message.retry) this.logger.log(ListrLogLevels.RETRY, task.title, { suffix: {
          field: `${ListrLogLevels.RETRY}:${message.retry.count}`,
          format: () => color.red
        } });
        else if (message.paused) {
          let timer = rendererOptions?.pausedTimer;
          this.logger.log(ListrLogLevels.PAUSED, task.title, timer && { suffix: {
            ...timer,
            condition: !!message?.paused && timer.condition,
            args: [message.paused - Date.now()]
          } });
        }
      });
    });
  }
  calculate(task) {
    if (this.cache.rendererOptions.has(task.id) && this.cache.rendererTaskOptions.has(task.id)) return;
    let rendererOptions = {
      ...this.options,
      ...task.rendererOptions
    };
    this.cache.rendererOptions.set(task.id, rendererOptions), this.cache.rendererTaskOptions.set(task.id, {
      ...SimpleRenderer2.rendererTaskOptions,
      timer: rendererOptions.timer,
      ...task.rendererTaskOptions
    });
  }
  reset(task) {
    this.cache.rendererOptions.delete(task.id), this.cache.rendererTaskOptions.delete(task.id);
  }
}, TestRendererSerializer = class {
  constructor(options) {
    this.options = options;
  }
  serialize(event, data, task) {
    return JSON.stringify(this.generate(event, data, task));
  }
  generate(event, data, task) {
    let output = {
      event,
      data
    };
    if (typeof this.options?.task != "boolean") {
      let t = Object.fromEntries(this.options.task.map((entity) => {
        let property = task[entity];
        return typeof property == "function" ? [entity, property.call(task)] : [entity, property];
      }));
      Object.keys(task).length > 0 && (output.task = t);
    }
    return output;
  }
}, TestRenderer = class TestRenderer2 {
  static nonTTY = !0;
  static rendererOptions = {
    subtasks: !0,
    state: Object.values(ListrTaskState),
    output: !0,
    prompt: !0,
    title: !0,
    messages: [
      "skip",
      "error",
      "retry",
      "rollback",
      "paused"
    ],
    messagesToStderr: [
      "error",
      "rollback",
      "retry"
    ],
    task: [
      "hasRolledBack",
      "isRollingBack",
      "isCompleted",
      "isSkipped",
      "hasFinalized",
      "hasSubtasks",
      "title",
      "hasReset",
      "hasTitle",
      "isPrompt",
      "isPaused",
      "isPending",
      "isSkipped",
      "isStarted",
      "hasFailed",
      "isEnabled",
      "isRetrying",
      "path"
    ]
  };
  static rendererTaskOptions;
  logger;
  serializer;
  constructor(tasks, options) {
    this.tasks = tasks, this.options = options, this.options = {
      ...TestRenderer2.rendererOptions,
      ...this.options
    }, this.logger = this.options.logger ?? new ListrLogger({ useIcons: !1 }), this.serializer = new TestRendererSerializer(this.options);
  }
  render() {
    this.renderer(this.tasks);
  }
  end() {
  }
  renderer(tasks) {
    tasks.forEach((task) => {
      this.options.subtasks && task.on(ListrTaskEventType.SUBTASK, (subtasks) => {
        this.renderer(subtasks);
      }), this.options.state && task.on(ListrTaskEventType.STATE, (state) => {
        this.logger.toStdout(this.serializer.serialize(ListrTaskEventType.STATE, state, task));
      }), this.options.output && task.on(ListrTaskEventType.OUTPUT, (data) => {
        this.logger.toStdout(this.serializer.serialize(ListrTaskEventType.OUTPUT, data, task));
      }), this.options.prompt && task.on(ListrTaskEventType.PROMPT, (prompt) => {
        this.logger.toStdout(this.serializer.serialize(ListrTaskEventType.PROMPT, prompt, task));
      }), this.options.title && task.on(ListrTaskEventType.TITLE, (title) => {
        this.logger.toStdout(this.serializer.serialize(ListrTaskEventType.TITLE, title, task));
      }), task.on(ListrTaskEventType.MESSAGE, (message) => {
        let parsed = Object.fromEntries(Object.entries(message).map(([key, value]) => {
          if (this.options.messages.includes(key)) return [key, value];
        }).filter(Boolean));
        if (Object.keys(parsed).length > 0) {
          let output = this.serializer.serialize(ListrTaskEventType.MESSAGE, parsed, task);
          this.options.messagesToStderr.some((state) => Object.keys(parsed).includes(state)) ? this.logger.toStderr(output) : this.logger.toStdout(output);
        }
      });
    });
  }
}, VerboseRenderer = class VerboseRenderer2 {
  static nonTTY = !0;
  static rendererOptions = {
    logTitleChange: !1,
    pausedTimer: {
      ...PRESET_TIMER,
      format: () => color.yellowBright
    }
  };
  static rendererTaskOptions;
  logger;
  cache = {
    rendererOptions: /* @__PURE__ */ new Map(),
    rendererTaskOptions: /* @__PURE__ */ new Map()
  };
  constructor(tasks, options) {
    this.tasks = tasks, this.options = options, this.options = {
      ...VerboseRenderer2.rendererOptions,
      ...this.options,
      icon: {
        ...LISTR_LOGGER_STYLE.icon,
        ...options?.icon ?? {}
      },
      color: {
        ...LISTR_LOGGER_STYLE.color,
        ...options?.color ?? {}
      }
    }, this.logger = this.options.logger ?? new ListrLogger({
      useIcons: !1,
      toStderr: LISTR_LOGGER_STDERR_LEVELS
    }), this.logger.options.icon = this.options.icon, this.logger.options.color = this.options.color, this.options.timestamp && this.logger.options.fields.prefix.unshift(this.options.timestamp);
  }
  render() {
    this.renderer(this.tasks);
  }
  end() {
  }
  renderer(tasks) {
    tasks.forEach((task) => {
      this.calculate(task), task.once(ListrTaskEventType.CLOSED, () => {
        this.reset(task);
      });
      let rendererOptions = this.cache.rendererOptions.get(task.id), rendererTaskOptions = this.cache.rendererTaskOptions.get(task.id);
      task.on(ListrTaskEventType.SUBTASK, (subtasks) => {
        this.renderer(subtasks);
      }), task.on(ListrTaskEventType.STATE, (state) => {
        if (task.hasTitle()) {
          if (state === ListrTaskState.STARTED) this.logger.log(ListrLogLevels.STARTED, task.title);
          else if (state === ListrTaskState.COMPLETED) {
            let timer = rendererTaskOptions.timer;
            this.logger.log(ListrLogLevels.COMPLETED, task.title, timer && { suffix: {
              ...timer,
              condition: !!task.message?.duration && timer.condition,
              args: [task.message.duration]
            } });
          }
        }
      }), task.on(ListrTaskEventType.OUTPUT, (data) => {
        this.logger.log(ListrLogLevels.OUTPUT, data);
      }), task.on(ListrTaskEventType.PROMPT, (prompt) => {
        let cleansed = cleanseAnsi(prompt);
        cleansed && this.logger.log(ListrLogLevels.PROMPT, cleansed);
      }), this.options?.logTitleChange !== !1 && task.on(ListrTaskEventType.TITLE, (title) => {
        this.logger.log(ListrLogLevels.TITLE, title);
      }), task.on(ListrTaskEventType.MESSAGE, (message) => {
        if (message?.error) this.logger.log(ListrLogLevels.FAILED, message.error);
        else if (message?.skip) this.logger.log(ListrLogLevels.SKIPPED, message.skip);
        else if (message?.rollback) this.logger.log(ListrLogLevels.ROLLBACK, message.rollback);
        else if (message?.retry) this.logger.log(ListrLogLevels.RETRY, task.title, { suffix: message.retry.count.toString() });
        else if (message?.paused) {
          let timer = rendererOptions?.pausedTimer;
          this.logger.log(ListrLogLevels.PAUSED, task.title, timer && { suffix: {
            ...timer,
            condition: !!message?.paused && timer.condition,
            args: [message.paused - Date.now()]
          } });
        }
      });
    });
  }
  calculate(task) {
    if (this.cache.rendererOptions.has(task.id) && this.cache.rendererTaskOptions.has(task.id)) return;
    let rendererOptions = {
      ...this.options,
      ...task.rendererOptions
    };
    this.cache.rendererOptions.set(task.id, rendererOptions), this.cache.rendererTaskOptions.set(task.id, {
      ...VerboseRenderer2.rendererTaskOptions,
      timer: rendererOptions.timer,
      ...task.rendererTaskOptions
    });
  }
  reset(task) {
    this.cache.rendererOptions.delete(task.id), this.cache.rendererTaskOptions.delete(task.id);
  }
}, RENDERERS = {
  default: DefaultRenderer,
  simple: SimpleRenderer,
  verbose: VerboseRenderer,
  test: TestRenderer,
  silent: SilentRenderer
};
function isRendererSupported(renderer) {
  return process.stdout.isTTY === !0 || renderer.nonTTY === !0;
}
function getRendererClass(renderer) {
  return typeof renderer == "string" ? RENDERERS[renderer] ?? RENDERERS.default : typeof renderer == "function" ? renderer : RENDERERS.default;
}
function getRenderer(options) {
  if (assertFunctionOrSelf(options?.silentRendererCondition)) return {
    renderer: getRendererClass("silent"),
    selection: ListrRendererSelection.SILENT
  };
  let r = {
    renderer: getRendererClass(options.renderer),
    options: options.rendererOptions,
    selection: ListrRendererSelection.PRIMARY
  };
  return !isRendererSupported(r.renderer) || assertFunctionOrSelf(options?.fallbackRendererCondition) ? {
    renderer: getRendererClass(options.fallbackRenderer),
    options: options.fallbackRendererOptions,
    selection: ListrRendererSelection.SECONDARY
  } : r;
}
function assertFunctionOrSelf(functionOrSelf, ...args) {
  return typeof functionOrSelf == "function" ? functionOrSelf(...args) : functionOrSelf;
}
var clone = (0, import_rfdc.default)({ circles: !0 });
function cloneObject(obj) {
  return clone(obj);
}
var Concurrency = class {
  concurrency;
  count;
  queue;
  constructor(options) {
    this.concurrency = options.concurrency, this.count = 0, this.queue = /* @__PURE__ */ new Set();
  }
  add(fn) {
    return this.count < this.concurrency ? this.run(fn) : new Promise((resolve) => {
      let callback = () => resolve(this.run(fn));
      this.queue.add(callback);
    });
  }
  flush() {
    for (let callback of this.queue) {
      if (this.count >= this.concurrency) break;
      this.queue.delete(callback), callback();
    }
  }
  run(fn) {
    this.count++;
    let promise = fn(), cleanup = () => {
      this.count--, this.flush();
    };
    return promise.then(cleanup, () => {
      this.queue.clear();
    }), promise;
  }
};
function delay(time) {
  return new Promise((resolve) => {
    setTimeout(resolve, time);
  });
}
var ListrError = class extends Error {
  path;
  ctx;
  constructor(error, type, task) {
    super(error.message), this.error = error, this.type = type, this.task = task, this.name = "ListrError", this.path = task.path, task?.options.collectErrors === "full" && (this.task = cloneObject(task), this.ctx = cloneObject(task.listr.ctx)), this.stack = error?.stack;
  }
}, ListrRendererError = class extends Error {
}, PromptError = class extends Error {
}, TaskWrapper = class {
  constructor(task) {
    this.task = task;
  }
  /* istanbul ignore next */
  get title() {
    return this.task.title;
  }
  /**
  * Title of the current task.
  *
  * @see {@link https://listr2.kilic.dev/task/title.html}
  */
  set title(title) {
    title = Array.isArray(title) ? title : [title], this.task.title$ = splat(title.shift(), ...title);
  }
  /* istanbul ignore next */
  get output() {
    return this.task.output;
  }
  /* istanbul ignore next */
  /**
  * Send output from the current task to the renderer.
  *
  * @see {@link https://listr2.kilic.dev/task/output.html}
  */
  set output(output) {
    output = Array.isArray(output) ? output : [output], this.task.output$ = splat(output.shift(), ...output);
  }
  /* istanbul ignore next */
  /** Send an output to the output channel as prompt. */
  set promptOutput(output) {
    this.task.promptOutput$ = output;
  }
  /**
  * Creates a new set of Listr subtasks.
  *
  * @see {@link https://listr2.kilic.dev/task/subtasks.html}
  */
  newListr(task, options) {
    let tasks;
    return typeof task == "function" ? tasks = task(this) : tasks = task, new Listr(tasks, options, this.task);
  }
  /**
  * Report an error that has to be collected and handled.
  *
  * @see {@link https://listr2.kilic.dev/task/error-handling.html}
  */
  report(error, type) {
    this.task.options.collectErrors !== !1 && this.task.listr.errors.push(new ListrError(error, type, this.task)), this.task.message$ = { error: error.message ?? this.task?.title };
  }
  /**
  * Skip the current task.
  *
  * @see {@link https://listr2.kilic.dev/task/skip.html}
  */
  skip(message, ...metadata) {
    this.task.state$ = ListrTaskState.SKIPPED, message && (this.task.message$ = { skip: message ? splat(message, ...metadata) : this.task?.title });
  }
  /**
  * Check whether this task is currently in a retry state.
  *
  * @see {@link https://listr2.kilic.dev/task/retry.html}
  */
  isRetrying() {
    return this.task.isRetrying() ? this.task.retry : { count: 0 };
  }
  /* istanbul ignore next */
  /**
  * Create a new prompt for getting user input through the prompt adapter.
  * This will create a new prompt through the adapter if the task is not currently rendering a prompt or will return the active instance.
  *
  * This part of the application requires optional peer dependencies, please refer to documentation.
  *
  * @see {@link https://listr2.kilic.dev/task/prompt.html}
  */
  prompt(adapter) {
    return this.task.prompt ? this.task.prompt : new adapter(this.task, this);
  }
  /* istanbul ignore next */
  /**
  * Generates a fake stdout for your use case, where it will be tunnelled through Listr to handle the rendering process.
  *
  * @see {@link https://listr2.kilic.dev/renderer/process-output.html}
  */
  stdout(type) {
    return createWritable((chunk) => {
      type === ListrTaskEventType.PROMPT ? this.promptOutput = chunk : this.output = chunk;
    });
  }
  /** Run this task. */
  run(ctx) {
    return this.task.run(ctx, this);
  }
}, ListrTaskEventManager = class extends EventManager {
}, Task = class extends ListrTaskEventManager {
  /** Unique id per task, can be used for identifying a Task. */
  id = randomUUID();
  /** The current state of the task. */
  state = ListrTaskState.WAITING;
  /** Subtasks of the current task. */
  subtasks;
  /** Title of the task. */
  title;
  /** Initial/Untouched version of the title for using whenever task has a reset. */
  initialTitle;
  /** Output channel for the task. */
  output;
  /** Current state of the retry process whenever the task is retrying. */
  retry;
  /**
  * A channel for messages.
  *
  * This requires a separate channel for messages like error, skip or runtime messages to further utilize in the renderers.
  */
  message = {};
  /** Current prompt instance or prompt error whenever the task is prompting. */
  prompt;
  /** Parent task of the current task. */
  parent;
  /** Enable flag of this task. */
  enabled;
  /** User provided Task callback function to run. */
  taskFn;
  /** Marks the task as closed. This is different from finalized since this is not really related to task itself. */
  closed;
  constructor(listr, task, options, rendererOptions, rendererTaskOptions) {
    if (super(), this.listr = listr, this.task = task, this.options = options, this.rendererOptions = rendererOptions, this.rendererTaskOptions = rendererTaskOptions, task.title) {
      let title = Array.isArray(task?.title) ? task.title : [task.title];
      this.title = splat(title.shift(), ...title), this.initialTitle = this.title;
    }
    this.taskFn = task.task, this.parent = listr.parentTask;
  }
  /**
  * Update the current state of the Task and emit the neccassary events.
  */
  set state$(state) {
    if (this.state = state, this.emit(ListrTaskEventType.STATE, state), this.hasSubtasks() && this.hasFailed())
      for (let subtask of this.subtasks) subtask.state === ListrTaskState.STARTED && (subtask.state$ = ListrTaskState.FAILED);
    this.listr.events.emit(ListrEventType.SHOULD_REFRESH_RENDER);
  }
  /**
  * Update the current output of the Task and emit the neccassary events.
  */
  set output$(data) {
    this.output = data, this.emit(ListrTaskEventType.OUTPUT, data), this.listr.events.emit(ListrEventType.SHOULD_REFRESH_RENDER);
  }
  /**
  * Update the current prompt output of the Task and emit the neccassary events.
  */
  set promptOutput$(data) {
    this.emit(ListrTaskEventType.PROMPT, data), cleanseAnsi(data) && this.listr.events.emit(ListrEventType.SHOULD_REFRESH_RENDER);
  }
  /**
  * Update or extend the current message of the Task and emit the neccassary events.
  */
  set message$(data) {
    this.message = {
      ...this.message,
      ...data
    }, this.emit(ListrTaskEventType.MESSAGE, data), this.listr.events.emit(ListrEventType.SHOULD_REFRESH_RENDER);
  }
  /**
  * Update the current title of the Task and emit the neccassary events.
  */
  set title$(title) {
    this.title = title, this.emit(ListrTaskEventType.TITLE, title), this.listr.events.emit(ListrEventType.SHOULD_REFRESH_RENDER);
  }
  /**
  * Current task path in the hierarchy.
  */
  get path() {
    return [...this.listr.path, this.initialTitle];
  }
  /**
  * Checks whether the current task with the given context should be set as enabled.
  */
  async check(ctx) {
    return this.state === ListrTaskState.WAITING && (this.enabled = await assertFunctionOrSelf(this.task?.enabled ?? !0, ctx), this.emit(ListrTaskEventType.ENABLED, this.enabled), this.listr.events.emit(ListrEventType.SHOULD_REFRESH_RENDER)), this.enabled;
  }
  /** Returns whether this task has subtasks. */
  hasSubtasks() {
    return this.subtasks?.length > 0;
  }
  /** Returns whether this task is finalized in someform. */
  hasFinalized() {
    return this.isCompleted() || this.hasFailed() || this.isSkipped() || this.hasRolledBack();
  }
  /** Returns whether this task is in progress. */
  isPending() {
    return this.isStarted() || this.isPrompt() || this.hasReset();
  }
  /** Returns whether this task has started. */
  isStarted() {
    return this.state === ListrTaskState.STARTED;
  }
  /** Returns whether this task is skipped. */
  isSkipped() {
    return this.state === ListrTaskState.SKIPPED;
  }
  /** Returns whether this task has been completed. */
  isCompleted() {
    return this.state === ListrTaskState.COMPLETED;
  }
  /** Returns whether this task has been failed. */
  hasFailed() {
    return this.state === ListrTaskState.FAILED;
  }
  /** Returns whether this task has an active rollback task going on. */
  isRollingBack() {
    return this.state === ListrTaskState.ROLLING_BACK;
  }
  /** Returns whether the rollback action was successful. */
  hasRolledBack() {
    return this.state === ListrTaskState.ROLLED_BACK;
  }
  /** Returns whether this task has an actively retrying task going on. */
  isRetrying() {
    return this.state === ListrTaskState.RETRY;
  }
  /** Returns whether this task has some kind of reset like retry and rollback going on. */
  hasReset() {
    return this.state === ListrTaskState.RETRY || this.state === ListrTaskState.ROLLING_BACK;
  }
  /** Returns whether enabled function resolves to true. */
  isEnabled() {
    return this.enabled;
  }
  /** Returns whether this task actually has a title. */
  hasTitle() {
    return typeof this?.title == "string";
  }
  /** Returns whether this task has a prompt inside. */
  isPrompt() {
    return this.state === ListrTaskState.PROMPT;
  }
  /** Returns whether this task is currently paused. */
  isPaused() {
    return this.state === ListrTaskState.PAUSED;
  }
  /** Returns whether this task is closed. */
  isClosed() {
    return this.closed;
  }
  /** Pause the given task for certain time. */
  async pause(time) {
    let state = this.state;
    this.state$ = ListrTaskState.PAUSED, this.message$ = { paused: Date.now() + time }, await delay(time), this.state$ = state, this.message$ = { paused: null };
  }
  /** Run the current task. */
  async run(context, wrapper) {
    let handleResult = (result) => (result instanceof Listr ? (result.options = {
      ...this.options,
      ...result.options
    }, result.rendererClass = getRendererClass("silent"), this.subtasks = result.tasks, result.errors = this.listr.errors, this.emit(ListrTaskEventType.SUBTASK, this.subtasks), result = result.run(context)) : result instanceof Promise ? result = result.then(handleResult) : isReadable(result) ? result = new Promise((resolve, reject) => {
      result.on("data", (data) => {
        this.output$ = data.toString();
      }), result.on("error", (error) => reject(error)), result.on("end", () => resolve(null));
    }) : isObservable(result) && (result = new Promise((resolve, reject) => {
      result.subscribe({
        next: (data) => {
          this.output$ = data;
        },
        error: reject,
        complete: resolve
      });
    })), result), startTime = Date.now();
    this.state$ = ListrTaskState.STARTED;
    let skipped = await assertFunctionOrSelf(this.task?.skip ?? !1, context);
    if (skipped) {
      typeof skipped == "string" ? this.message$ = { skip: skipped } : this.hasTitle() ? this.message$ = { skip: this.title } : this.message$ = { skip: "Skipped task without a title." }, this.state$ = ListrTaskState.SKIPPED;
      return;
    }
    try {
      let retryCount = typeof this.task?.retry == "number" && this.task.retry > 0 ? this.task.retry + 1 : typeof this.task?.retry == "object" && this.task.retry.tries > 0 ? this.task.retry.tries + 1 : 1, retryDelay = typeof this.task.retry == "object" && this.task.retry.delay;
      for (let retries = 1; retries <= retryCount; retries++) try {
        await handleResult(this.taskFn(context, wrapper));
        break;
      } catch (err) {
        if (retries !== retryCount)
          this.retry = {
            count: retries,
            error: err
          }, this.message$ = { retry: this.retry }, this.title$ = this.initialTitle, this.output = void 0, wrapper.report(err, ListrErrorTypes.WILL_RETRY), this.state$ = ListrTaskState.RETRY, retryDelay && await this.pause(retryDelay);
        else throw err;
      }
      (this.isStarted() || this.isRetrying()) && (this.message$ = { duration: Date.now() - startTime }, this.state$ = ListrTaskState.COMPLETED);
    } catch (error) {
      if (this.prompt instanceof PromptError && (error = this.prompt), this.task?.rollback) {
        wrapper.report(error, ListrErrorTypes.WILL_ROLLBACK);
        try {
          this.state$ = ListrTaskState.ROLLING_BACK, await this.task.rollback(context, wrapper), this.message$ = { rollback: this.title }, this.state$ = ListrTaskState.ROLLED_BACK;
        } catch (err) {
          throw this.state$ = ListrTaskState.FAILED, wrapper.report(err, ListrErrorTypes.HAS_FAILED_TO_ROLLBACK), this.close(), err;
        }
        if (this.listr.options?.exitAfterRollback !== !1)
          throw this.close(), error;
      } else {
        if (this.state$ = ListrTaskState.FAILED, this.listr.options.exitOnError !== !1 && await assertFunctionOrSelf(this.task?.exitOnError, context) !== !1)
          throw wrapper.report(error, ListrErrorTypes.HAS_FAILED), this.close(), error;
        this.hasSubtasks() || wrapper.report(error, ListrErrorTypes.HAS_FAILED_WITHOUT_ERROR);
      }
    } finally {
      this.close();
    }
  }
  close() {
    this.emit(ListrTaskEventType.CLOSED), this.listr.events.emit(ListrEventType.SHOULD_REFRESH_RENDER), this.complete();
  }
}, ListrEventManager = class extends EventManager {
}, Listr = class {
  tasks = [];
  errors = [];
  ctx;
  events;
  path = [];
  rendererClass;
  rendererClassOptions;
  rendererSelection;
  boundSignalHandler;
  concurrency;
  renderer;
  constructor(task, options, parentTask) {
    this.task = task, this.options = options, this.parentTask = parentTask, this.options = {
      concurrent: !1,
      renderer: "default",
      fallbackRenderer: "simple",
      exitOnError: !0,
      exitAfterRollback: !0,
      collectErrors: !1,
      registerSignalListeners: !0,
      ...this.parentTask?.options ?? {},
      ...options
    }, this.options.concurrent === !0 ? this.options.concurrent = 1 / 0 : typeof this.options.concurrent != "number" && (this.options.concurrent = 1), this.concurrency = new Concurrency({ concurrency: this.options.concurrent }), parentTask && (this.path = [...parentTask.listr.path, parentTask.title], this.errors = parentTask.listr.errors), this.parentTask?.listr.events instanceof ListrEventManager ? this.events = this.parentTask.listr.events : this.events = new ListrEventManager(), (this.options?.forceTTY || process.env[ListrEnvironmentVariables.FORCE_TTY]) && (process.stdout.isTTY = !0, process.stderr.isTTY = !0), this.options?.forceUnicode && (process.env[ListrEnvironmentVariables.FORCE_UNICODE] = "1");
    let renderer = getRenderer({
      renderer: this.options.renderer,
      rendererOptions: this.options.rendererOptions,
      fallbackRenderer: this.options.fallbackRenderer,
      fallbackRendererOptions: this.options.fallbackRendererOptions,
      fallbackRendererCondition: this.options?.fallbackRendererCondition,
      silentRendererCondition: this.options?.silentRendererCondition
    });
    this.rendererClass = renderer.renderer, this.rendererClassOptions = renderer.options, this.rendererSelection = renderer.selection, this.add(task ?? []), this.options.registerSignalListeners && (this.boundSignalHandler = this.signalHandler.bind(this), process.once("SIGINT", this.boundSignalHandler).setMaxListeners(0));
  }
  /**
  * Whether this is the root task.
  */
  isRoot() {
    return !this.parentTask;
  }
  /**
  * Whether this is a subtask of another task list.
  */
  isSubtask() {
    return !!this.parentTask;
  }
  /**
  * Add tasks to current task list.
  *
  * @see {@link https://listr2.kilic.dev/task/task.html}
  */
  add(tasks) {
    this.tasks.push(...this.generate(tasks));
  }
  /**
  * Run the task list.
  *
  * @see {@link https://listr2.kilic.dev/listr/listr.html#run-the-generated-task-list}
  */
  async run(context) {
    this.renderer || (this.renderer = new this.rendererClass(this.tasks, this.rendererClassOptions, this.events)), await this.renderer.render(), this.ctx = this.options?.ctx ?? context ?? {};
    try {
      await Promise.all(this.tasks.map((task) => task.check(this.ctx))), await Promise.all(this.tasks.map((task) => this.concurrency.add(() => this.runTask(task)))), this.renderer.end(), this.removeSignalHandler();
    } catch (err) {
      if (this.options.exitOnError !== !1)
        throw this.renderer.end(err), this.removeSignalHandler(), err;
    }
    return this.ctx;
  }
  generate(tasks) {
    return tasks = Array.isArray(tasks) ? tasks : [tasks], tasks.map((task) => {
      let rendererTaskOptions;
      return this.rendererSelection === ListrRendererSelection.PRIMARY ? rendererTaskOptions = task.rendererOptions : this.rendererSelection === ListrRendererSelection.SECONDARY && (rendererTaskOptions = task.fallbackRendererOptions), new Task(this, task, this.options, this.rendererClassOptions, rendererTaskOptions);
    });
  }
  async runTask(task) {
    if (await task.check(this.ctx))
      return new TaskWrapper(task).run(this.ctx);
  }
  signalHandler() {
    this.tasks?.forEach(async (task) => {
      task.isPending() && (task.state$ = ListrTaskState.FAILED);
    }), this.isRoot() && (this.renderer?.end(/* @__PURE__ */ new Error("Interrupted.")), process.exit(127));
  }
  removeSignalHandler() {
    this.boundSignalHandler && process.removeListener("SIGINT", this.boundSignalHandler);
  }
};

// src/flows/shared/progress.ts
async function runWithProgress(ctx, items, concurrency) {
  if (!items.length) return [];
  if (!ctx.out.stderrIsTTY || ctx.json || ctx.env.CI)
    return mapLimit(items, concurrency, async (item) => {
      let r = await item.run((line) => ctx.out.info(`${item.title}: ${line}`));
      return ctx.out.info(`${item.title}: ${item.outcome(r).text}`), r;
    });
  let results = new Array(items.length);
  return await new Listr(
    items.map((item, i) => ({
      title: item.title,
      task: async (_, task) => {
        let r = await item.run((line) => task.output = line);
        results[i] = r;
        let o = item.outcome(r);
        if (task.title = `${item.title}: ${o.text}`, o.failed) throw new Error(o.text);
      }
    })),
    { concurrent: concurrency, exitOnError: !1, rendererOptions: { collapseErrors: !1 } }
  ).run().catch(() => {
  }), results;
}

// src/core/issue-tokens.ts
var SAFE = /^[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$/, PATH_RE = /(?:^|[\s`'"(<[])((?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_][A-Za-z0-9_-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\s`'")>\]:,;!?]|\.(?:\s|$))/g, TICK_RE = /`([A-Za-z_][A-Za-z0-9_]{2,63})(?:\(\))?`/g, IDENT_RE = /(?<![A-Za-z0-9_./-])([a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)(?![A-Za-z0-9_/-])/g;
function safeToken(t) {
  return SAFE.test(t) && !t.includes("..") && !t.includes("//");
}
function issueTokens(title, body) {
  let text = `${title}
${body}`, paths = /* @__PURE__ */ new Set(), identifiers = /* @__PURE__ */ new Set();
  for (let m of text.matchAll(PATH_RE)) {
    let p = m[1].replace(/^\.\//, "");
    /^\d+(\.\d+)+$/.test(p) || /^(e\.g|i\.e|etc)\b/i.test(p) || safeToken(p) && paths.add(p);
  }
  for (let m of text.matchAll(TICK_RE)) safeToken(m[1]) && identifiers.add(m[1]);
  for (let m of text.matchAll(IDENT_RE)) m[1].length >= 4 && safeToken(m[1]) && identifiers.add(m[1]);
  for (let p of paths) identifiers.delete(p);
  let pathList = [...paths].slice(0, 20);
  return { paths: pathList, identifiers: [...identifiers].slice(0, Math.max(0, 20 - pathList.length)) };
}
function filesNamed(token, tracked) {
  return tracked.filter((f) => f === token || f.endsWith(`/${token}`));
}

// src/flows/batch/predict-files.ts
var MAX_HITS = 10;
async function predictIssueFiles(repo, issue) {
  let t = issueTokens(issue.title, issue.body);
  if (!t.paths.length && !t.identifiers.length) return [];
  let out = /* @__PURE__ */ new Set();
  if (t.paths.length) {
    let tracked = (await gitTry(repo, ["ls-files"])).out.split(`
`).filter(Boolean);
    for (let p of t.paths) for (let f of filesNamed(p, tracked)) out.add(f);
  }
  return await mapLimit(t.identifiers.filter(safeToken), 4, async (id) => {
    let r = await gitTry(repo, ["grep", "-l", "-F", "-I", "-e", id, "--"]), hits = r.ok ? r.out.split(`
`).filter(Boolean) : [];
    if (hits.length <= MAX_HITS) for (let f of hits) out.add(f);
  }), [...out].sort();
}

// src/flows/batch/start-issues.ts
var DEFAULT_CONCURRENCY = 4, DEFAULT_LABEL_LIMIT = 20;
async function startIssuesFlow(ctx, project, forge, o) {
  let { config, registry } = project;
  if (!o.numbers.length && !o.label) throw new UsageError("give issue numbers or --label <label>", "example: orch start-issues 12 13 14, or orch start-issues --label bug --limit 10");
  if (o.numbers.length && o.label) throw new UsageError("give issue numbers or --label, not both");
  if (o.limit !== void 0 && !o.label) throw new UsageError("--limit only applies with --label");
  let concurrency = Math.min(o.concurrency ?? DEFAULT_CONCURRENCY, 32);
  o.dryRun || await requireMux(project.mux);
  let base = config.defaultBranch;
  await forge.checkRepo();
  let known = /* @__PURE__ */ new Map(), numbers = [...new Set(o.numbers)];
  if (o.label) {
    let listed = await forge.listIssues({ label: o.label, limit: o.limit ?? DEFAULT_LABEL_LIMIT });
    for (let i of listed) known.set(i.number, i);
    numbers = listed.map((i) => i.number).sort((a, b) => a - b);
  }
  let local = await readLocalWork(project), examined = await mapLimit(numbers, concurrency, async (n) => {
    let issue = known.get(n) ?? await forge.getIssue(n), name = issue && issueWorkerName(n, issue.title), branch = issue && issueBranch(n, issue.title), skip = (reason) => ({ issue: n, title: issue?.title ?? "", name, branch, status: "skipped", reason }), remote = await remoteSkipReason(forge, issue, n, branch ?? "");
    if (remote) return skip(remote);
    let here = existingIssueWork(project, local, n, name);
    return here ? skip(here) : issue;
  }), batch = newBatch("start-issues", []), startPoint = o.dryRun ? `origin/${base}` : await startPointFor(config, base), ready = examined.filter((e) => !("status" in e)), plans = await mapLimit(ready, concurrency, (issue) => planIssue(project, forge, issue, { base, batch: batch.id, startPoint }).then((p) => o.host ? { ...p, host: o.host } : p)), rows = new Map(examined.filter((e) => "status" in e).map((r) => [r.issue, r])), radar = plans.length ? await projectRadar(project).catch(() => {
  }) : void 0, avoid = config.queue.avoidCollisions, predicted = /* @__PURE__ */ new Map();
  if (radar?.workers.length || avoid) {
    let files = await mapLimit(ready, concurrency, (issue) => predictIssueFiles(config.repoPath, issue).catch(() => []));
    plans.forEach((p, i) => predicted.set(p.name, files[i] ?? []));
  }
  let collide = /* @__PURE__ */ new Map();
  for (let p of plans) {
    let hits = radar ? workersTouching(radar.workers, predicted.get(p.name) ?? []) : [];
    hits.length && (collide.set(p.name, hits.map((h) => ({ worker: h.name, files: h.files }))), ctx.out.warn(`#${p.issue} may collide with ${hits.map((h) => `${h.name} (${h.files.join(", ")})`).join("; ")}`));
  }
  let holdOf = (p) => avoid && radar ? collisionHold(radar, predicted.get(p.name)) : void 0, rowOf = (p, status, reason) => ({
    issue: p.issue,
    title: p.title ?? "",
    name: p.name,
    branch: p.branch,
    status,
    ...reason ? { reason } : {},
    ...collide.has(p.name) ? { collisions: collide.get(p.name) } : {}
  }), queueItem = (p) => {
    let item = queuedItemFor(p), files = predicted.get(p.name), why = holdOf(p);
    return { ...item, ...avoid && files?.length ? { predictedFiles: files } : {}, ...why ? { heldFor: why } : {} };
  }, ordered = () => numbers.map((n) => rows.get(n)).filter((r) => !!r);
  if (o.dryRun) {
    let free = Math.max(0, totalSlots(config) - await liveWorkerCount(project)), held = plans.filter((p) => holdOf(p));
    plans.filter((p) => !held.includes(p)).forEach((p, i) => rows.set(p.issue, rowOf(p, i < free ? "would dispatch" : "would queue")));
    for (let p of held) rows.set(p.issue, rowOf(p, "would queue", holdOf(p)));
    return { dryRun: !0, batch: void 0, base, rows: ordered() };
  }
  if (!plans.length) return { dryRun: !1, batch: void 0, base, rows: ordered() };
  let split = await registry.withLock(async () => {
    let free = Math.max(0, totalSlots(config) - await liveWorkerCount(project)), held = plans.filter((p) => holdOf(p)), open = plans.filter((p) => !held.includes(p)), now = open.slice(0, free), later = [...open.slice(free), ...held];
    return batch.queue = later.map(queueItem), batch.members = [.../* @__PURE__ */ new Set([...batch.members, ...now.map((p) => p.name)])], registry.putBatch(batch), { now, later };
  });
  for (let p of split.later) rows.set(p.issue, rowOf(p, "queued", holdOf(p) ?? `${totalSlots(config)} workers (maxWorkers${config.hosts.length ? " of every host" : ""}) are busy; starts when a slot frees`));
  let results = await runWithProgress(
    ctx,
    split.now.map((p) => ({
      title: `#${p.issue} ${p.name}`,
      run: async (log) => {
        try {
          return await dispatchWithRetry(project, p, { launch: !0, log: (line) => log(line.startsWith(`${p.name}: `) ? line.slice(p.name.length + 2) : line), env: ctx.env }), rowOf(p, "dispatched");
        } catch (e) {
          let reason = e.message.replace(/^[^:]*: /, "").split(`
`)[0] ?? "dispatch failed";
          return await updateBatch(project, batch.id, (b) => {
            b.members = b.members.filter((m) => m !== p.name), b.queue.push({ ...queueItem(p), failures: 1, lastFailure: reason });
          }), rowOf(p, "queued", `re-queued: dispatch failed twice: ${reason}`);
        }
      },
      outcome: (r) => ({ text: r.reason ? `${r.status}: ${r.reason}` : r.status, failed: r.status === "failed" })
    })),
    concurrency
  );
  for (let r of results) rows.set(r.issue, r);
  return { dryRun: !1, batch: batch.id, base, rows: ordered() };
}
export {
  dispatchFromQueue,
  startIssuesFlow
};
