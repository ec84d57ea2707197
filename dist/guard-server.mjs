var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    ), LINE_TERMINATORS = /[\n\r\u2028\u2029]/, GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function(xs) {
      var sawComment = !1;
      return xs.map(function(s) {
        if (sawComment && typeof s == "string" && LINE_TERMINATORS.test(s))
          throw new TypeError("a token after a `comment` must not contain line terminators");
        if (s === "")
          return (
            /** @type {const} */
            "''"
          );
        if (s && typeof s == "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern != "string")
              throw new TypeError("glob token requires a string `pattern`");
            if (LINE_TERMINATORS.test(s.pattern))
              throw new TypeError("glob `pattern` must not contain line terminators");
            return s.pattern === "" ? (
              /** @type {const} */
              "''"
            ) : s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op == "string") {
            if (OPS.indexOf(s.op) < 0)
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment == "string") {
            if (LINE_TERMINATORS.test(s.comment))
              throw new TypeError("`comment` must not contain line terminators");
            return sawComment = !0, "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        return /'/.test(s) && /!/.test(s) ? "'" + s.replace(/'/g, `'"'"'`) + "'" : /["\s\\]/.test(s) && !/'/.test(s) ? "'" + s + "'" : /["'\s]/.test(s) ? '"' + s.replace(/(["\\$`])/g, "\\$1") + '"' : String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    ), controlRE = new RegExp("^" + CONTROL + "$"), META = (
      /** @type {const} */
      "|&;()<> \\t"
    ), SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    ), ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?", ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'", ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g"), ANSI_C_LETTERS = "abeEfnrtv", ANSI_C_CHARS = `\x07\b\x1B\x1B\f
\r	\v`, hash = /^#$/, SQ = (
      /** @type {const} */
      "'"
    ), DQ = (
      /** @type {const} */
      '"'
    ), DS = (
      /** @type {const} */
      "$"
    ), TOKEN = "", mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++)
      TOKEN += (mult * Math.random()).toString(16);
    var i, startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      for (var origIndex = r.lastIndex, matches = [], matchObj; matchObj = r.exec(s); )
        matches[matches.length] = matchObj, r.lastIndex === matchObj.index && (r.lastIndex += 1);
      return r.lastIndex = origIndex, matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env == "function" ? env(key) : env[key];
      return typeof r > "u" && key != "" ? r = "" : typeof r > "u" && (r = "$"), typeof r == "object" ? pre + TOKEN + JSON.stringify(r) + TOKEN : pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        return cp > 1114111 ? m : String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7")
        return String.fromCharCode(parseInt(escape, 8) & 255);
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      return ansiCAt.lastIndex = i2, !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      opts || (opts = {});
      var BS = opts.escape || "\\", ifs = opts.splitUnquoted === !0 ? ` 	
` : typeof opts.splitUnquoted == "string" ? opts.splitUnquoted : "", BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+", DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"', chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g"), matches = matchAll(string, chunker);
      if (matches.length === 0)
        return [];
      env || (env = {});
      var commented = !1;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented)
          return;
        if (controlRE.test(s))
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        var quote = !1, esc = !1, out = "", words2 = [], sawQuote = !1, pendingNw = null, isGlob = !1, i2;
        function parseEnvVar() {
          i2 += 1;
          var varend, varname, char = s.charAt(i2);
          if (char === "{") {
            if (i2 += 1, s.charAt(i2) === "}")
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            var depth = 1;
            for (varend = i2; depth > 0 && varend < s.length; )
              s.charAt(varend) === "{" && s.charAt(varend - 1) === "$" ? depth += 1 : s.charAt(varend) === "}" && (depth -= 1), varend += 1;
            if (depth !== 0)
              throw new Error("Bad substitution: " + s.slice(i2));
            varend -= 1, varname = s.slice(i2, varend), i2 = varend;
          } else if (/[*@#?$!-]/.test(char))
            varname = char;
          else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/), varend ? (varname = slicedFromI.slice(0, varend.index), i2 += /** @type {number} */
            varend.index - 1) : (varname = slicedFromI, i2 = s.length);
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw !== null) {
            if (pendingNw === 0)
              out !== "" && (words2[words2.length] = out, out = "");
            else {
              words2[words2.length] = out, out = "";
              for (var fe = 1; fe < pendingNw; fe += 1)
                words2[words2.length] = "";
            }
            pendingNw = null;
          }
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS && flushRun(), isGlob = isGlob || !quote && (c === "*" || c === "?"), esc)
            out += c, esc = !1;
          else if (quote)
            c === quote ? quote = !1 : quote == SQ ? out += c : c === BS ? (i2 += 1, c = s.charAt(i2), c === DQ || c === BS || c === DS ? out += c : out += BS + c) : c === DS ? out += parseEnvVar() : out += c;
          else if (c === DQ || c === SQ)
            quote = c, sawQuote = !0;
          else {
            if (controlRE.test(c))
              return (
                /** @type {ControlOperator} */
                { op: s }
              );
            if (hash.test(c)) {
              commented = !0;
              var commentObj = { comment: string.slice(match.index + i2 + 1) };
              return out.length ? (
                /** @type {const} */
                [out, commentObj]
              ) : (
                /** @type {const} */
                [commentObj]
              );
            } else if (c === BS)
              esc = !0;
            else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2))
              flushRun(), sawQuote = !0, out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1)), i2 = ansiCAt.lastIndex - 1;
            else if (c === DS) {
              var value = parseEnvVar();
              if (!ifs)
                out += value;
              else
                for (var vi = 0; vi < value.length; vi += 1) {
                  var vc = value.charAt(vi);
                  ifs.indexOf(vc) < 0 ? (flushRun(), out += vc) : pendingNw === null ? pendingNw = vc === " " || vc === "	" || vc === `
` ? 0 : 1 : vc !== " " && vc !== "	" && vc !== `
` && (pendingNw += 1);
                }
            } else
              out += c;
          }
        }
        if (isGlob)
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words2[words2.length] = out, out = "";
            for (var te = 1; te < pendingNw; te += 1)
              words2[words2.length] = "";
          }
          return (out !== "" || sawQuote && words2.length === 0) && (words2[words2.length] = out), words2;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          return typeof arg > "u" || [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          }), prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      return typeof env != "function" ? mapped : mapped.reduce(
        function(acc, s2) {
          if (typeof s2 == "object")
            return acc[acc.length] = s2, acc;
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          return xs.length === 1 ? (acc[acc.length] = xs[0], acc) : (xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          }), acc);
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// src/adapters/guard-server.ts
import http from "node:http";
import net from "node:net";
import path2 from "node:path";
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync as readFileSync2, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/hook.ts
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
function summarize(tool, input) {
  if (!tool || !input) return;
  let v = input.command ?? input.file_path ?? input.path ?? input.pattern ?? input.url ?? input.description ?? input.prompt;
  if (typeof v != "string") return;
  let one = v.replace(/\s+/g, " ").trim();
  return one.length > 120 ? `${one.slice(0, 117)}...` : one;
}
function short(s, n = 400) {
  if (typeof s == "string")
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
function message(s, n = 400) {
  if (typeof s != "string" || s.length <= n) return short(s, n);
  let lines = s.split(`
`), kept2 = lines.filter((l) => /WORKTREE_STATUS:|^\s*REASON:/.test(l)).slice(-4), last2 = lines.findLast((l) => l.trim() !== "");
  return last2 !== void 0 && kept2[kept2.length - 1] !== last2 && kept2.push(last2), [short(s, n), ...kept2.map((l) => short(l.trim(), 200))].join(`
`);
}
function runHook(event, argv, stdin, env, guard) {
  let i = argv.indexOf("--events"), file = i >= 0 ? argv[i + 1] : env.ORCH_EVENTS_FILE;
  if (!file) return { code: 0 };
  let p;
  try {
    p = JSON.parse(stdin);
  } catch {
    p = void 0;
  }
  let line = { at: (/* @__PURE__ */ new Date()).toISOString(), event }, verdict;
  if (!p || typeof p != "object") line.malformed = !0;
  else {
    line.session = p.session_id, line.transcript = p.transcript_path, p.tool_name && (line.tool = p.tool_name);
    let sum = summarize(p.tool_name, p.tool_input);
    sum && (line.summary = sum), p.notification_type && (line.notification = p.notification_type);
    let msg = message(p.message ?? p.last_assistant_message);
    msg && (line.message = msg), p.source && (line.source = p.source), p.reason && (line.reason = p.reason);
    let err = short(typeof p.error == "string" ? p.error : void 0, 300);
    err && (line.error = err), p.trigger && (line.trigger = p.trigger), event === "PreToolUse" && p.tool_name === "Bash" && typeof p.tool_input?.command == "string" && (verdict = guard ? guard(p.tool_input.command, readGuard(file)) : "the guard could not be loaded, so nothing runs unchecked; run `orch doctor`.", verdict && (line.blocked = verdict));
  }
  try {
    appendFileSync(file, `${JSON.stringify(line)}
`);
  } catch {
  }
  return verdict ? { code: 2, stderr: `orch guard: blocked. ${verdict}
` } : { code: 0 };
}
function readGuard(eventsFile) {
  try {
    return JSON.parse(readFileSync(path.join(path.dirname(eventsFile), "..", "guard.json"), "utf8"));
  } catch {
    return;
  }
}

// src/core/guard/rules.ts
var RULES = {
  "merge-pr": "merging pull requests is for a human: finish with `orch finish <name>` and leave the PR open for review.",
  "push-base": "pushing to the base branch is not allowed; push your own branch (orch finish does it).",
  "delete-base": "the base branch must never be deleted or renamed; work on your own branch and leave it alone.",
  "force-push": "force pushes without --force-with-lease can destroy others' work; use `git push --force-with-lease`.",
  "push-mirror": "`git push --mirror` rewrites every branch on the remote, the base included; push your own branch.",
  "push-all-force": "`git push --all` with a force (or --prune) rewrites every branch, the base included; push your own branch.",
  "push-no-verify": "`--no-verify` skips the pre-push hook that protects the base branch; push without it.",
  "push-unresolved": "orch cannot tell which branch this push names; spell the branch out.",
  "push-config": "remote.<name>.push / remote.<name>.mirror decide where a plain `git push` goes; push with an explicit refspec instead.",
  "hooks-path": "changing core.hooksPath turns off the hooks that protect the base branch; leave it as orch set it.",
  "git-alias": "git aliases hide commands from the guard; run the git command itself.",
  "orch-destructive": "removing worktrees or landing work is for the human or the orchestrator; finish with `orch finish <name>` and report WORKTREE_STATUS.",
  "kill-by-name": "killing processes by name hits other workers and the orchestrator; use `orch server stop` or `orch kill-port <port>`.",
  "opaque-command": "orch cannot tell which command this runs; spell the command out."
};
function report(ctx, rule, reason = RULES[rule]) {
  ctx.disabled.has(rule) || ctx.findings.push({ rule, reason });
}
function branchOf(ref) {
  return ref.replace(/^refs\/heads\//, "").replace(/^heads\//, "");
}
function isProtected(ctx, ref) {
  return ctx.protectedBranches.includes(branchOf(ref));
}
function firstPositional(args, withValue, from = 0) {
  let k = from;
  for (; k < args.length; ) {
    let a = args[k];
    if (a === "--") return k + 1;
    if (!a.startsWith("-") || a === "-") return k;
    k += withValue.has(a) ? 2 : 1;
  }
  return k;
}

// src/core/guard/markers.ts
var UNSEEN_STDIN = "\uE005 | ";
function marker(kind, id) {
  return `\uE000${kind}${id}\uE001`;
}
var XARGS = marker("X", ""), ANY = /\uE000([VSXH])([^\uE001]*)\uE001/g;
function unresolved(word) {
  return word.includes("\uE000");
}
function heredocIndex(word) {
  let m = /^\uE000H(\d+)\uE001$/.exec(word);
  return m ? Number(m[1]) : void 0;
}
function subsIn(word) {
  return [...word.matchAll(ANY)].filter((m) => m[1] === "S").map((m) => Number(m[2]));
}
function show(word, subs) {
  let text = word.replace(ANY, (_m, kind, id) => {
    if (kind === "V") return `$${id}`;
    if (kind === "S") {
      let body = (subs[Number(id)] ?? "").replace(UNSEEN_STDIN, "").replace(/\s*;\s*$/, "").replace(/\uE000[^\uE001]*\uE001/g, "...").trim();
      return `$(${body.length > 40 ? `${body.slice(0, 37)}...` : body})`;
    }
    return kind === "X" ? "<input of xargs>" : "<heredoc>";
  });
  return restoreBraces(text);
}
function restoreBraces(w) {
  return w.replace(/[\uE002-\uE004]/g, (c) => c === "\uE002" ? "{" : c === "\uE003" ? "}" : ",");
}

// src/core/guard/git-push.ts
var LONG_WITH_VALUE = /* @__PURE__ */ new Set(["--repo", "--receive-pack", "--exec", "--push-option"]);
function checkPush(args, ctx, verb = "push") {
  let f = { force: !1, lease: !1, del: !1, mirror: !1, all: !1, prune: !1, noVerify: !1 }, positionals = [], opaque = [], k = 0;
  for (; k < args.length; k++) {
    let a = args[k];
    if (a === "--") {
      positionals.push(...args.slice(k + 1));
      break;
    }
    if (unresolved(a)) opaque.push(a);
    else if (a.startsWith("--")) {
      let name = a.split("=")[0];
      name === "--force" ? f.force = !0 : name === "--force-with-lease" ? f.lease = !0 : name === "--no-force-with-lease" ? f.lease = !1 : name === "--delete" ? f.del = !0 : name === "--mirror" ? f.mirror = !0 : name === "--all" || name === "--branches" ? f.all = !0 : name === "--prune" ? f.prune = !0 : name === "--no-verify" ? f.noVerify = !0 : name === "--verify" ? f.noVerify = !1 : LONG_WITH_VALUE.has(a) && k++;
    } else if (a.startsWith("-") && a.length > 1)
      for (let j = 1; j < a.length; j++) {
        let c = a[j];
        if (c === "f") f.force = !0;
        else if (c === "d") f.del = !0;
        else if (c === "o") {
          j === a.length - 1 && k++;
          break;
        }
      }
    else positionals.push(a);
  }
  for (let r of positionals) unresolved(r) && opaque.push(r);
  let refspecs = positionals.slice(1).filter((r) => !unresolved(r));
  for (let r of refspecs) {
    r.startsWith("+") && (f.force = !0);
    let spec = r.replace(/^\+/, "");
    if (spec.startsWith("^")) continue;
    if (spec === ":") {
      report(ctx, "push-base", `\`git ${verb} <remote> :\` pushes every matching branch, the base included; push your own branch by name.`);
      continue;
    }
    if (/[*?[\]]/.test(spec) || /\{[^}]*(,|\.\.)[^}]*\}/.test(spec)) {
      report(ctx, "push-unresolved", `orch cannot tell which branches \`${spec}\` matches; spell the branch out.`);
      continue;
    }
    let colon = spec.lastIndexOf(":"), src = colon < 0 ? spec : spec.slice(0, spec.indexOf(":")), dst = colon < 0 ? spec : spec.slice(colon + 1), deleted = f.del ? spec : src === "" ? dst : void 0;
    deleted !== void 0 ? isProtected(ctx, deleted) && report(ctx, "delete-base", `deleting \`${branchOf(deleted)}\` on the remote is not allowed: the base branch must never be deleted.`) : isProtected(ctx, dst) && report(ctx, "push-base", `pushing to \`${branchOf(dst)}\` is not allowed; push your own branch (orch finish does it).`);
  }
  if (opaque.length) {
    let what = show(opaque[0], ctx.subs);
    report(ctx, "push-unresolved", `orch cannot tell which branch \`${what}\` names; spell the branch out.`);
  }
  f.mirror && report(ctx, "push-mirror"), f.noVerify && report(ctx, "push-no-verify"), f.all && (f.force || f.lease || f.prune) && report(ctx, "push-all-force"), f.force && !f.lease && report(ctx, "force-push");
}

// src/core/guard/git.ts
var GLOBAL_WITH_VALUE = /* @__PURE__ */ new Set(["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--super-prefix", "--config-env", "--attr-source", "--list-cmds"]), git = (args, ctx) => {
  let k = 0;
  for (; k < args.length; k++) {
    let a = args[k];
    if (!a.startsWith("-") || a === "-") break;
    a === "-c" || a === "--config-env" ? configKey(args[k + 1] ?? "", "set", ctx) : a.startsWith("--config-env=") ? configKey(a.slice(13), "set", ctx) : a.startsWith("-c") && configKey(a.slice(2), "set", ctx), GLOBAL_WITH_VALUE.has(a) && k++;
  }
  let sub = args[k];
  if (sub === void 0) return;
  let rest2 = args.slice(k + 1);
  unresolved(sub) ? report(ctx, "opaque-command", `orch cannot tell which git command \`${show(sub, ctx.subs)}\` runs; spell it out.`) : sub === "push" ? checkPush(rest2, ctx) : sub === "send-pack" ? checkPush(rest2, ctx, "send-pack") : sub === "config" ? config(rest2, ctx) : sub === "branch" ? branch(rest2, ctx) : sub === "update-ref" && updateRef(rest2, ctx);
}, COMMAND_KEYS = /^(core\.(pager|editor|sshcommand|fsmonitor|askpass)|sequence\.editor|diff\.external|diff\..+\.(textconv|command)|merge\..+\.driver|filter\..+\.(clean|smudge|process)|credential\.helper|gpg(\..+)?\.program|pager\..+|uploadpack\.packobjectshook)$/;
function configKey(keyOrPair, how, ctx, value) {
  let eq = keyOrPair.indexOf("="), key = (eq < 0 ? keyOrPair : keyOrPair.slice(0, eq)).toLowerCase(), val = value ?? (eq < 0 ? void 0 : keyOrPair.slice(eq + 1));
  val !== void 0 && COMMAND_KEYS.test(key) && ctx.line(val.replace(/^!/, "")), unresolved(key) ? report(ctx, "hooks-path", `orch cannot tell which setting \`${show(keyOrPair, ctx.subs)}\` changes; spell the key out.`) : key === "core.hookspath" || key === "core" && how === "unset" ? report(ctx, "hooks-path") : key === "alias" || key.startsWith("alias.") ? report(ctx, "git-alias") : /^remote\..+\.(push|mirror)$/.test(key) && report(ctx, "push-config");
}
var CONFIG_WITH_VALUE = /* @__PURE__ */ new Set(["-f", "--file", "--blob", "--type", "--default", "--comment", "--value", "-t"]), CONFIG_READS = /* @__PURE__ */ new Set(["--get", "--get-all", "--get-regexp", "--get-urlmatch", "--get-color", "--get-colorbool", "-l", "--list", "--show-origin", "--show-scope", "--name-only"]), CONFIG_WRITES = /* @__PURE__ */ new Set(["--unset", "--unset-all", "--replace-all", "--add", "--rename-section", "--remove-section"]);
function config(args, ctx) {
  let positionals = [], read = !1, write = !1, unset = !1;
  for (let k = 0; k < args.length; k++) {
    let a = args[k];
    CONFIG_WITH_VALUE.has(a) ? k++ : CONFIG_READS.has(a) ? read = !0 : CONFIG_WRITES.has(a) ? (write = !0, unset ||= a !== "--add" && a !== "--replace-all") : a.startsWith("-") || positionals.push(a);
  }
  let sub = positionals[0];
  if (sub === "set" || sub === "unset" || sub === "rename-section" || sub === "remove-section")
    positionals.shift(), write = !0, unset = sub !== "set";
  else if (sub === "get" || sub === "list") return;
  let key = positionals[0];
  key === void 0 || read && !write || (write || positionals.length >= 2) && configKey(key, unset ? "unset" : "set", ctx, positionals[1]);
}
function branch(args, ctx) {
  let mode, remote = !1, names = [];
  for (let a of args)
    a === "--delete" ? mode = "delete" : a === "--move" ? mode = "move" : a === "--copy" ? mode = "copy" : a === "--remotes" ? remote = !0 : /^-[a-zA-Z]+$/.test(a) ? (/[dD]/.test(a) ? mode = "delete" : /[mM]/.test(a) ? mode = "move" : /[cC]/.test(a) && (mode = "copy"), a.includes("r") && (remote = !0)) : a.startsWith("-") || names.push(a);
  if (!mode || remote) return;
  let targets = mode === "copy" ? names.slice(-1) : names;
  for (let n of targets)
    unresolved(n) ? report(ctx, "delete-base", `orch cannot tell which branch \`${show(n, ctx.subs)}\` names; spell the branch out.`) : isProtected(ctx, n) && report(ctx, "delete-base", `\`git branch\` must not ${mode === "delete" ? "delete" : "overwrite or rename"} \`${branchOf(n)}\`: the base branch stays as it is.`);
}
function updateRef(args, ctx) {
  if (args.includes("--stdin")) {
    report(ctx, "delete-base", "orch cannot see the refs `git update-ref --stdin` changes; update refs one by one with their names spelled out.");
    return;
  }
  if (!args.includes("-d")) return;
  let ref = args.find((a) => !a.startsWith("-"));
  ref && isProtected(ctx, ref) ? report(ctx, "delete-base", `deleting \`${branchOf(ref)}\` is not allowed: the base branch must never be deleted.`) : ref && unresolved(ref) && report(ctx, "delete-base", `orch cannot tell which ref \`${show(ref, ctx.subs)}\` names; spell it out.`);
}

// src/core/guard/tokens.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
function tokenize(text) {
  return (0, import_shell_quote.parse)(text, variable);
}
function variable(key) {
  return marker("V", /^[A-Za-z_]\w*|^[0-9@*#?$!-]/.exec(key)?.[0] ?? "");
}
var REDIRECTS = /* @__PURE__ */ new Set([">", ">>", "<", ">&", "<&", "&>", "&>>", "<>", ">|", "<<", "<<-", "<<<"]), PIPES = /* @__PURE__ */ new Set(["|", "|&"]);
function words(text) {
  return tokenize(text).flatMap((e) => typeof e == "string" ? expand(e) : "pattern" in e && e.pattern !== void 0 ? [e.pattern] : []);
}
function commands(text) {
  let cmds = [], stray = [], cur = { argv: [], heredocs: [] }, redirect, pipeFrom, end = () => {
    (cur.argv.length || cur.heredocs.length || cur.herestring !== void 0) && (pipeFrom && (cur.pipedFrom = pipeFrom), pipeFrom = void 0, cmds.push(cur)), cur = { argv: [], heredocs: [] };
  };
  for (let e of tokenize(text))
    if (typeof e == "string" || "op" in e && e.op === "glob") {
      let word = typeof e == "string" ? e : e.pattern ?? "";
      if (redirect) {
        let h = heredocIndex(word);
        h !== void 0 ? cur.heredocs.push(h) : redirect === "<<<" && (cur.herestring = restoreBraces(word)), redirect = void 0;
      } else cur.argv.push(...expand(word));
    } else if ("comment" in e) stray.push(e.comment);
    else if (REDIRECTS.has(e.op))
      /^\d+$/.test(cur.argv[cur.argv.length - 1] ?? "") && cur.argv.pop(), redirect = e.op;
    else {
      let last2 = cur.argv.length ? cur : cmds[cmds.length - 1];
      end(), redirect = void 0, PIPES.has(e.op) ? pipeFrom = last2 : (e.op !== "(" || !pipeFrom) && (pipeFrom = void 0);
    }
  return end(), { cmds, stray };
}
var MAX_EXPANSIONS = 64;
function expand(word) {
  let out = [], walk = (w) => {
    if (out.length >= MAX_EXPANSIONS) return;
    let alt = firstExpansion(w);
    if (!alt) out.push(restoreBraces(w));
    else for (let a of alt.options) walk(alt.before + a + alt.after);
  };
  return walk(word), out;
}
function firstExpansion(w) {
  for (let start = w.indexOf("\uE002"); start >= 0; start = w.indexOf("\uE002", start + 1)) {
    let depth = 0, commas = [];
    for (let j = start; j < w.length; j++) {
      let c = w[j];
      if (c === "\uE002") depth++;
      else if (c === "\uE004" && depth === 1) commas.push(j);
      else if (c === "\uE003" && --depth === 0) {
        let inner = w.slice(start + 1, j), options = commas.length ? split(w, start, j, commas) : range(inner);
        if (options) return { before: w.slice(0, start), options, after: w.slice(j + 1) };
        break;
      }
    }
  }
}
function split(w, start, end, commas) {
  let cuts = [start, ...commas, end];
  return cuts.slice(1).map((c, k) => w.slice(cuts[k] + 1, c));
}
function range(inner) {
  let num = /^(-?\d+)\.\.(-?\d+)$/.exec(inner), chr = /^([A-Za-z])\.\.([A-Za-z])$/.exec(inner);
  if (!num && !chr) return;
  let a = num ? Number(num[1]) : chr[1].charCodeAt(0), b = num ? Number(num[2]) : chr[2].charCodeAt(0), out = [];
  for (let k = a; out.length < MAX_EXPANSIONS && (a <= b ? k <= b : k >= b); k += a <= b ? 1 : -1) out.push(num ? String(k) : String.fromCharCode(k));
  return out;
}

// src/core/guard/forge.ts
var MERGE_PATH = /(^|\/)pulls\/[^/\s?#]+\/merge(?![\w-])|(^|\/)merges(?![\w-])/i, BLOCKED_MERGE_MUTATION = /mergePullRequest|enablePullRequestAutoMerge|enqueuePullRequest|mergeBranch/i, GH_WITH_VALUE = /* @__PURE__ */ new Set(["-R", "--repo", "--hostname"]), gh = (args, ctx, io) => {
  let k0 = firstPositional(args, GH_WITH_VALUE), p0 = args[k0];
  if (p0 === void 0) return;
  let k1 = firstPositional(args, GH_WITH_VALUE, k0 + 1), p1 = args[k1];
  unresolved(p0) ? report(ctx, "opaque-command", `orch cannot tell which gh command \`${show(p0, ctx.subs)}\` runs; spell it out.`) : p0 === "pr" && p1 !== void 0 && (p1 === "merge" || unresolved(p1)) ? report(ctx, "merge-pr") : p0 === "api" ? api(args.slice(k0 + 1), ctx) : p0 === "alias" && p1 === "set" ? ghAlias(args.slice(k1 + 1), ctx, io) : p0 === "alias" && p1 === "import" && report(ctx, "opaque-command", "orch cannot see aliases imported from a file; run the gh command itself.");
};
function ghAlias(args, ctx, io) {
  let shell2 = args.includes("--shell") || args.includes("-s"), [, expansion] = args.filter((a) => !a.startsWith("-"));
  expansion !== void 0 && (shell2 || expansion.startsWith("!") ? ctx.line(expansion.replace(/^!/, "")) : ctx.argv(["gh", ...words(expansion)], io));
}
var hub = (args, ctx, io, name) => {
  let k = firstPositional(args, /* @__PURE__ */ new Set()), sub = args[k];
  sub === "merge" || sub === "pr" && args[k + 1] === "merge" ? report(ctx, "merge-pr") : sub === "api" ? api(args.slice(k + 1), ctx) : git(args, ctx, io, name);
}, API_WITH_VALUE = /* @__PURE__ */ new Set(["-X", "--method", "-H", "--header", "-f", "--raw-field", "-F", "--field", "--input", "-q", "--jq", "-t", "--template", "--hostname", "-p", "--preview", "--cache"]);
function api(args, ctx) {
  let method, input, endpoint, fields = [];
  for (let k = 0; k < args.length; k++) {
    let a = args[k], flag = a, value;
    if (a.startsWith("--") && a.includes("=") ? [flag, value] = [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : /^-[A-Za-z]./.test(a) && API_WITH_VALUE.has(a.slice(0, 2)) ? [flag, value] = [a.slice(0, 2), a.slice(2)] : API_WITH_VALUE.has(a) ? value = args[++k] ?? "" : !a.startsWith("-") && endpoint === void 0 && (endpoint = a), value !== void 0) {
      if (flag === "-X" || flag === "--method") method = value.toUpperCase();
      else if (flag === "--input") input = value;
      else if (flag === "-f" || flag === "--raw-field" || flag === "-F" || flag === "--field") {
        let eq = value.indexOf("=");
        fields.push({ typed: flag === "-F" || flag === "--field", key: eq < 0 ? value : value.slice(0, eq), value: eq < 0 ? "" : value.slice(eq + 1) });
      }
    }
  }
  if (endpoint === void 0) return;
  let write = method ? method !== "GET" : fields.length > 0 || input !== void 0;
  MERGE_PATH.test(endpoint) ? report(ctx, "merge-pr") : /(^|\/)graphql$/.test(endpoint) ? graphql(fields, input, ctx) : unresolved(endpoint) && write && report(ctx, "merge-pr", `orch cannot tell which endpoint \`${show(endpoint, ctx.subs)}\` this ${method ?? "POST"} goes to; spell the path out (merging pull requests is for a human).`);
}
function graphql(fields, input, ctx) {
  let hidden = "pass the query inline with -f query='...' (merging pull requests is for a human).";
  input !== void 0 && report(ctx, "merge-pr", `orch cannot see a GraphQL query read with --input; ${hidden}`);
  for (let f of fields)
    f.key === "query" && f.typed && f.value.startsWith("@") ? report(ctx, "merge-pr", `orch cannot see a GraphQL query read from \`${f.value}\`; ${hidden}`) : f.key === "query" && unresolved(f.value) ? report(ctx, "merge-pr", `orch cannot see the GraphQL query in \`${show(f.value, ctx.subs)}\`; ${hidden}`) : BLOCKED_MERGE_MUTATION.test(f.value) && report(ctx, "merge-pr");
}
var WRITE_METHOD = /^(-X|--request=?|--method=?)?(PUT|POST|PATCH|DELETE)$/i, DATA_FLAG = /^(-d|--data.*|--json|-F|--form|-T|--upload-file|--post-data|--post-file|--body-data|--body-file)(=|$)/, httpClient = (args, ctx) => {
  if (args.some((a) => MERGE_PATH.test(a))) return report(ctx, "merge-pr");
  let graph = args.some((a) => /graphql/i.test(a));
  if (graph && args.some((a) => BLOCKED_MERGE_MUTATION.test(a))) return report(ctx, "merge-pr");
  if (graph && args.some((a, k) => /(^|=)@/.test(a) && (k === 0 || DATA_FLAG.test(args[k - 1]) || /^[\w.-]+:?=@/.test(a))))
    return report(ctx, "merge-pr", "orch cannot see a GraphQL request body read from a file; pass it inline (merging pull requests is for a human).");
  let write = args.some((a, k) => WRITE_METHOD.test(a) || DATA_FLAG.test(a) || args[k - 1] === "-X" && !/^GET$/i.test(a)), url = args.find((a) => unresolved(a) && /^\uE000|:\/\//.test(a) && /\uE001$/.test(a));
  write && url && report(ctx, "merge-pr", `orch cannot tell which URL \`${show(url, ctx.subs)}\` names; spell it out (merging pull requests is for a human).`);
};

// src/core/guard/local.ts
var ORCH_WITH_VALUE = /* @__PURE__ */ new Set(["--config", "--cwd"]), orch = (args, ctx) => {
  let k = 0;
  for (; k < args.length && args[k].startsWith("-"); ) k += ORCH_WITH_VALUE.has(args[k]) ? 2 : 1;
  let sub = args[k], rest2 = args.slice(k + 1);
  if (sub === void 0 || rest2.includes("--help") || rest2.includes("-h")) return;
  let has = (long, short2) => rest2.some((a) => a.split("=")[0] === long || /^-[a-zA-Z]+$/.test(a) && a.includes(short2));
  unresolved(sub) ? report(ctx, "orch-destructive", `orch cannot tell which orch command \`${show(sub, ctx.subs)}\` runs; spell it out.`) : sub === "close" || sub === "cleanup" ? report(ctx, "orch-destructive", `\`orch ${sub}\` removes worktrees and is for the human or the orchestrator; finish with \`orch finish <name>\` and report WORKTREE_STATUS.`) : sub === "pull" && has("--yes", "y") ? report(ctx, "orch-destructive", "`orch pull --yes` lands merged work and removes worktrees; run `orch pull` without --yes to see the status.") : (sub === "kill-port" || sub === "server" && rest2.includes("kill-port")) && has("--force", "f") && report(ctx, "orch-destructive", "`orch kill-port --force` ends a process orch did not start; ask the human, or use `orch kill-port <port>` without --force.");
};
function isOrchPackage(name) {
  return /^(orch|session-orchestrator)(@.*)?$/.test(name);
}
var PID_BY_NAME = /^\s*(pgrep|pidof)\b/, killByName = (args, ctx, io, name) => {
  (name === "pkill" || name === "killall" || name === "taskkill" && args.some((a) => /^[/-]im$/i.test(a)) || (name === "stop-process" || name === "spps") && args.some((a) => /^-(n|na|nam|name|processname)(:.*)?$/i.test(a)) || name === "kill" && (args.some((a) => /^-name$/i.test(a)) || args.some((a) => subsIn(a).some((s) => PID_BY_NAME.test((ctx.subs[s] ?? "").replace(UNSEEN_STDIN, "")))) || args.includes(XARGS) && fedByPgrep(io))) && report(ctx, "kill-by-name");
};
function fedByPgrep(io) {
  for (let c = io.pipedFrom; c; c = c.pipedFrom) if (PID_BY_NAME.test(c.argv[0] ?? "")) return !0;
  return !1;
}

// src/core/guard/code.ts
var INLINE = {
  node: ["-e", "--eval", "-p", "--print", "-pe"],
  bun: ["-e", "--eval", "-p", "--print"],
  deno: ["eval"],
  python: ["-c"],
  perl: ["-e", "-E"],
  ruby: ["-e"],
  php: ["-r"],
  osascript: ["-e"],
  rscript: ["-e"]
}, NODE_WITH_VALUE = /* @__PURE__ */ new Set(["-r", "--require", "--import", "--loader", "--experimental-loader", "-C", "--conditions", "--title", "--env-file", "--inspect-port"]), SPAWNS = /exec|spawn|system|subprocess|popen|child_process|Bun\.\$|Deno\.Command|shell script|qx|`/i, LITERAL = /'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|`((?:\\.|[^`\\])*)`/g;
function checkCode(code, ctx) {
  if (/^\uE000[^\uE001]*\uE001$/.test(code)) return report(ctx, "opaque-command", `orch cannot see the code in \`${show(code, ctx.subs)}\`; pass it inline.`);
  if (MERGE_PATH.test(code) || BLOCKED_MERGE_MUTATION.test(code) || /pulls\.merge\s*\(/.test(code)) return report(ctx, "merge-pr");
  if (/\bgh\b[\s'",[\]]{1,8}pr\b[\s'",[\]]{1,8}merge\b/.test(code)) return report(ctx, "merge-pr");
  if (!SPAWNS.test(code)) return;
  let run = [], runEnd = -1, runs2 = [];
  for (let m of code.matchAll(LITERAL)) {
    let text = m[1] ?? m[2] ?? m[3] ?? "";
    runEnd >= 0 && /^\s*,\s*$/.test(code.slice(runEnd, m.index)) ? run.push(text) : (run.length && runs2.push(run.join(" ")), run = [text]), runEnd = m.index + m[0].length;
  }
  run.length && runs2.push(run.join(" "));
  for (let r of runs2.slice(0, 50)) ctx.line(r);
}
function family(name) {
  return /^python[\d.]*$|^pypy[\d.]*$/.test(name) ? "python" : name === "nodejs" ? "node" : name;
}
var interpreter = (args, ctx, io, name) => {
  let fam = family(name), inline = INLINE[fam] ?? [], sawCode = !1;
  for (let k2 = 0; k2 < args.length; k2++) {
    let a = args[k2];
    inline.includes(a) ? (checkCode(args[k2 + 1] ?? "", ctx), sawCode = !0, k2++) : /^--(eval|print)=/.test(a) ? (checkCode(a.slice(a.indexOf("=") + 1), ctx), sawCode = !0) : fam === "python" && /^-c./.test(a) && (checkCode(a.slice(2), ctx), sawCode = !0);
  }
  if (sawCode) return;
  let k = 0;
  for (; k < args.length && args[k].startsWith("-") && args[k] !== "-" && !(fam === "python" && args[k] === "-m"); )
    k += NODE_WITH_VALUE.has(args[k]) ? 2 : 1;
  let script = args[k];
  if (fam === "python" && script === "-m") {
    /^httpie$/.test(args[k + 1] ?? "") && httpClient(args.slice(k + 2), ctx, io, "http");
    return;
  }
  if ((fam === "node" || fam === "bun") && script && /(^|[/\\])orch\.js$/.test(script)) return orch(args.slice(k + 1), ctx, io, "orch");
  if (!(script !== void 0 && script !== "-")) {
    for (let h of io.heredocs) checkCode(ctx.heredocs[h]?.text ?? "", ctx);
    io.herestring !== void 0 && checkCode(io.herestring, ctx), io.pipedFrom && io.pipedFrom.argv[0] === "echo" && checkCode(io.pipedFrom.argv.slice(1).join(" "), ctx);
  }
}, awk = (args, ctx) => {
  let k = 0;
  for (; k < args.length && args[k].startsWith("-") && args[k] !== "--"; k++) {
    if (args[k] === "-e" || args[k] === "--source") return checkCode(args[k + 1] ?? "", ctx);
    if (args[k] === "-f" || args[k] === "--file") return;
    (args[k] === "-F" || args[k] === "-v") && k++;
  }
  args[k] === "--" && k++, args[k] !== void 0 && checkCode(args[k], ctx);
};

// src/core/guard/scan.ts
var WORD_BREAK = /* @__PURE__ */ new Set([" ", "	", ";", "&", "|", "(", ")", "<", ">"]);
function scan(src, store) {
  return new Scanner(src, store).run(!1);
}
var Scanner = class _Scanner {
  constructor(s, store) {
    this.s = s;
    this.store = store;
  }
  s;
  store;
  i = 0;
  /** Scans until the end, or (inSub) until the `)` that closes a `$(`, which it consumes. */
  run(inSub) {
    let s = this.s, out = "", depth = 0, wordStart = !0, pending = [];
    for (; this.i < s.length; ) {
      let c = s[this.i], n = s[this.i + 1];
      if (c === `
`) {
        this.i++;
        for (let h of pending.splice(0)) this.body(h.index, h.delim, h.strip);
        out += " ; ", wordStart = !0;
        continue;
      }
      if (c === "\\") {
        n !== `
` && (out += s.slice(this.i, this.i + 2)), this.i += 2, wordStart = !1;
        continue;
      }
      if (c === "'") out += this.single();
      else if (c === "$" && n === "'") out += this.ansiC();
      else if (c === '"')
        this.i++, out += `"${this.double(!0)}"`;
      else if (c === "`") out += this.backtick();
      else if ((c === "$" || c === "<" || c === ">") && n === "(")
        this.i += 2, out += this.sub();
      else if (c === "$" && n === "{") out += this.param();
      else if (c === "<" && n === "<" && s[this.i + 2] === "<") {
        out += "<<<", this.i += 3, wordStart = !0;
        continue;
      } else if (c === "<" && n === "<") out += this.heredoc(pending);
      else if (c === "#" && wordStart) {
        for (; this.i < s.length && s[this.i] !== `
`; ) this.i++;
        continue;
      } else {
        if (this.i++, c === "#") out += "\\#";
        else {
          if (inSub && c === ")" && depth === 0) return out;
          c === "(" && depth++, c === ")" && depth--, out += c === "{" ? "\uE002" : c === "}" ? "\uE003" : c === "," ? "\uE004" : c;
        }
        wordStart = WORD_BREAK.has(c);
        continue;
      }
      wordStart = !1;
    }
    return out;
  }
  single() {
    let end = this.s.indexOf("'", this.i + 1), stop2 = end < 0 ? this.s.length : end + 1, out = this.s.slice(this.i, stop2);
    return this.i = stop2, out;
  }
  ansiC() {
    let j = this.i + 2;
    for (; j < this.s.length && this.s[j] !== "'"; ) j += this.s[j] === "\\" ? 2 : 1;
    let stop2 = Math.min(j + 1, this.s.length), out = this.s.slice(this.i, stop2);
    return this.i = stop2, out;
  }
  /** Inside double quotes (or a heredoc body, closing = false): only `\`, `$(`, `${` and backticks matter. */
  double(closing2) {
    let s = this.s, out = "";
    for (; this.i < s.length; ) {
      let c = s[this.i], n = s[this.i + 1];
      if (closing2 && c === '"')
        return this.i++, out;
      c === "\\" ? (n !== `
` && (out += s.slice(this.i, this.i + 2)), this.i += 2) : c === "`" ? out += this.backtick() : c === "$" && n === "(" ? (this.i += 2, out += this.sub()) : c === "$" && n === "{" ? out += this.param() : (out += c, this.i++);
    }
    return out;
  }
  sub() {
    let body = this.run(!0);
    return marker("S", this.store.subs.push(UNSEEN_STDIN + body) - 1);
  }
  backtick() {
    let s = this.s, body = "", j = this.i + 1;
    for (; j < s.length && s[j] !== "`"; )
      s[j] === "\\" && "`\\$".includes(s[j + 1] ?? "") ? (body += s[j + 1], j += 2) : body += s[j++];
    this.i = Math.min(j + 1, s.length);
    let scanned = scan(body, this.store);
    return marker("S", this.store.subs.push(UNSEEN_STDIN + scanned) - 1);
  }
  /** `${...}`: copied for shell-quote to read as a variable, with any substitution inside lifted out. */
  param() {
    let s = this.s, out = "${", depth = 0;
    for (this.i += 2; this.i < s.length; ) {
      let c = s[this.i];
      if (c === "}" && depth === 0)
        return this.i++, `${out}}`;
      c === "{" && depth++, c === "}" && depth--, c === "\\" ? (out += s.slice(this.i, this.i + 2), this.i += 2) : c === "'" ? out += this.single() : c === '"' ? (this.i++, out += `"${this.double(!0)}"`) : c === "`" ? out += this.backtick() : c === "$" && s[this.i + 1] === "(" ? (this.i += 2, out += this.sub()) : (out += c, this.i++);
    }
    return out;
  }
  /** `<<WORD` / `<<-WORD`: the delimiter becomes a heredoc marker; the body is read at the next newline. */
  heredoc(pending) {
    let s = this.s;
    this.i += 2;
    let strip = s[this.i] === "-";
    for (strip && this.i++; s[this.i] === " " || s[this.i] === "	"; ) this.i++;
    let delim = "", quoted = !1;
    for (; this.i < s.length; ) {
      let c = s[this.i];
      if (c === "'" || c === '"') {
        quoted = !0;
        let end = s.indexOf(c, this.i + 1), stop2 = end < 0 ? s.length : end;
        delim += s.slice(this.i + 1, stop2), this.i = stop2 + 1;
      } else if (c === "\\")
        quoted = !0, delim += s[this.i + 1] ?? "", this.i += 2;
      else {
        if (/[\s;&|()<>]/.test(c)) break;
        delim += c, this.i++;
      }
    }
    let op = strip ? "<<-" : "<<";
    if (!delim) return op;
    let index = this.store.heredocs.push({ text: "", quoted, terminated: !1 }) - 1;
    return pending.push({ index, delim, strip }), `${op} ${marker("H", index)} `;
  }
  body(index, delim, strip) {
    let s = this.s, lines = [], doc = this.store.heredocs[index];
    for (; this.i < s.length; ) {
      let end = s.indexOf(`
`, this.i);
      end < 0 && (end = s.length);
      let line = s.slice(this.i, end);
      if (this.i = Math.min(end + 1, s.length), (strip ? line.replace(/^\t+/, "") : line) === delim) {
        doc.terminated = !0;
        break;
      }
      lines.push(line);
    }
    let text = lines.join(`
`);
    doc.text = doc.quoted ? text : new _Scanner(text, this.store).double(!1);
  }
};

// src/core/guard/shells.ts
var shell = (args, ctx, io, name) => {
  let commandMode = !1, stdin = !1, k = 0;
  for (; k < args.length; k++) {
    let a = args[k];
    if (a === "--" || a === "-") {
      k++;
      break;
    }
    if (a === "--rcfile" || a === "--init-file") k++;
    else if (/^[-+]o$|^[-+]O$/.test(a)) k++;
    else if (/^[-+][A-Za-z]+$/.test(a))
      a[0] === "-" && a.includes("c") && (commandMode = !0), a[0] === "-" && a.includes("s") && (stdin = !0), /[oO]$/.test(a) && k++;
    else if (!a.startsWith("--")) break;
  }
  let operand = args[k];
  if (commandMode) {
    operand !== void 0 && ctx.line(operand);
    return;
  }
  if (stdin || operand === void 0 || operand === "/dev/stdin") return stdinScript(io, ctx, name);
  if (/(^|[/\\])orch\.sh$/.test(operand)) return orch(args.slice(k + 1), ctx, io, "orch");
  unresolved(operand) && report(ctx, "opaque-command", `orch cannot see the script \`${show(operand, ctx.subs)}\` that ${name} runs; run its commands directly.`);
}, source = (args, ctx, io, name) => {
  let file = args[0];
  file === "/dev/stdin" || file === "-" ? stdinScript(io, ctx, name) : file !== void 0 && unresolved(file) && report(ctx, "opaque-command", `orch cannot see the script \`${show(file, ctx.subs)}\`; run its commands directly.`);
};
function stdinScript(io, ctx, name) {
  if (io.herestring !== void 0) return ctx.line(io.herestring);
  if (io.heredocs.length) return;
  let from = io.pipedFrom;
  if (!from) return;
  let [producer, ...rest2] = from.argv;
  if (producer === "echo") return ctx.line(rest2.filter((a) => !/^-[neE]+$/.test(a)).join(" "));
  if (producer === "printf" && !rest2.some((a) => a.includes("%"))) return ctx.line(rest2.join(" "));
  if (producer === "cat" && rest2.length === 0 && from.heredocs.length) {
    for (let h of from.heredocs) ctx.line(ctx.heredocs[h]?.text ?? "");
    return;
  }
  report(ctx, "opaque-command", `orch cannot see the script piped into \`${name}\`; run its commands directly.`);
}
var evalArgs = (args, ctx) => ctx.line(args.join(" ")), aliasDef = (args, ctx) => {
  for (let a of args) {
    let eq = a.indexOf("=");
    eq < 0 || (ctx.aliases.set(a.slice(0, eq), a.slice(eq + 1)), ctx.line(a.slice(eq + 1)));
  }
}, dashC = (args, ctx) => {
  let k = args.findIndex((a) => /^-[a-zA-Z]*c$/.test(a) || a === "--command" || a.startsWith("--command="));
  k >= 0 && ctx.line(args[k].startsWith("--command=") ? args[k].slice(10) : args[k + 1] ?? "");
}, powershell = (args, ctx, _io, name) => {
  let k = args.findIndex((a) => /^[-/]c(o(m(m(a(n(d)?)?)?)?)?)?$/i.test(a));
  if (args.some((a) => /^[-/]e(c|n(c(o(d(e(d(c(o(m(m(a(n(d)?)?)?)?)?)?)?)?)?)?)?)?)?$/i.test(a)))
    return report(ctx, "opaque-command", `orch cannot see an encoded ${name} command; pass it with -Command.`);
  k >= 0 ? ctx.line(args.slice(k + 1).join(" ")) : name === "powershell" && args.length && !args.some((a) => /^[-/]f(ile)?$/i.test(a)) && ctx.line(args.filter((a) => !a.startsWith("-")).join(" "));
}, cmdExe = (args, ctx) => {
  let k = args.findIndex((a) => /^\/[ck]$/i.test(a));
  k >= 0 && ctx.line(args.slice(k + 1).join(" "));
};

// src/core/guard/wrappers.ts
function skip(args, shortValue, longValue = /* @__PURE__ */ new Set(), from = 0) {
  let k = from;
  for (; k < args.length; ) {
    let a = args[k];
    if (a === "--") return k + 1;
    if (!a.startsWith("-") || a === "-") return k;
    if (a.startsWith("--")) k += !a.includes("=") && longValue.has(a) ? 2 : 1;
    else {
      let j = [...a.slice(1)].findIndex((c) => shortValue.includes(c));
      k += j >= 0 && j === a.length - 2 ? 2 : 1;
    }
  }
  return k;
}
function runs(shortValue, longValue = []) {
  let long = new Set(longValue);
  return (args, ctx, io) => ctx.argv(args.slice(skip(args, shortValue, long)), io);
}
var WRAPPERS = {
  sudo: runs("ugChpDrtTU", ["--user", "--group", "--host", "--prompt", "--chdir", "--role", "--type", "--close-from", "--command-timeout", "--other-user"]),
  doas: runs("uC"),
  nohup: runs(""),
  builtin: runs(""),
  command: runs(""),
  exec: runs("a"),
  time: runs("fo", ["--format", "--output"]),
  nice: runs("n", ["--adjustment"]),
  ionice: runs("cnp", ["--class", "--classdata", "--pid"]),
  stdbuf: runs("ioe", ["--input", "--output", "--error"]),
  setsid: runs(""),
  chronic: runs(""),
  unbuffer: runs(""),
  caffeinate: runs("w"),
  noglob: runs(""),
  nocorrect: runs(""),
  busybox: runs(""),
  "cross-env": runs(""),
  // ssh runs its trailing words as a command line on the remote host, with the same gh and git there.
  ssh: (args, ctx) => {
    let k = skip(args, "BbcDEeFIiJLlmOopQRSWw");
    k + 1 < args.length && ctx.line(args.slice(k + 1).join(" "));
  },
  timeout: (args, ctx, io) => ctx.argv(args.slice(skip(args, "ks", /* @__PURE__ */ new Set(["--kill-after", "--signal"])) + 1), io),
  flock: (args, ctx, io) => {
    let k = args.findIndex((a) => a === "-c" || a === "--command");
    if (k >= 0) return ctx.line(args[k + 1] ?? "");
    ctx.argv(args.slice(skip(args, "wE", /* @__PURE__ */ new Set(["--timeout", "--conflict-exit-code"])) + 1), io);
  },
  watch: (args, ctx, io) => {
    let k = skip(args, "n", /* @__PURE__ */ new Set(["--interval"]));
    args.slice(0, k).some((a) => a === "-x" || a === "--exec") ? ctx.argv(args.slice(k), io) : ctx.line(args.slice(k).join(" "));
  },
  env: (args, ctx, io) => {
    let rest2 = [...args], k = 0;
    for (; k < rest2.length; ) {
      let a = rest2[k];
      if (a === "-S" || a === "--split-string") rest2.splice(k, 2, ...words(rest2[k + 1] ?? ""));
      else if (/^-S.|^--split-string=/.test(a)) rest2.splice(k, 1, ...words(a.startsWith("-S") ? a.slice(2) : a.slice(15)));
      else if (a === "--") {
        k++;
        break;
      } else {
        if (!a.startsWith("-") || a === "-") break;
        k += ["-u", "--unset", "-C", "--chdir"].includes(a) ? 2 : 1;
      }
    }
    ctx.argv(rest2.slice(k), io);
  },
  xargs: (args, ctx, io) => {
    let replace, k = 0;
    for (; k < args.length; k++) {
      let a = args[k];
      if (a === "--") {
        k++;
        break;
      }
      if (!a.startsWith("-")) break;
      a === "-I" || a === "-J" ? replace = args[++k] : /^-[IJ]./.test(a) ? replace = a.slice(2) : a === "-i" || a === "--replace" ? replace = "{}" : /^-i./.test(a) || a.startsWith("--replace=") ? replace = a.slice(a.startsWith("-i") ? 2 : 10) : ["-a", "-d", "-E", "-L", "-n", "-P", "-s", "-R", "-S"].includes(a) && k++;
    }
    let inner = args.slice(k);
    if (!inner.length) return;
    let cmd = replace ? inner.map((w) => w.split(replace).join(XARGS)) : [...inner, XARGS];
    ctx.argv(cmd, io);
  },
  find: (args, ctx, io) => {
    for (let k = 0; k < args.length; k++) {
      if (!["-exec", "-execdir", "-ok", "-okdir"].includes(args[k])) continue;
      let end = args.findIndex((a, j) => j > k && (a === ";" || a === "+")), inner = args.slice(k + 1, end < 0 ? void 0 : end);
      if (ctx.argv(inner.map((w) => w.split("{}").join(XARGS)), io), end < 0) break;
      k = end;
    }
  },
  npx: packageRunner,
  bunx: packageRunner,
  pnpx: packageRunner,
  npm: (args, ctx, io) => args[0] === "exec" || args[0] === "x" ? packageRunner(args.slice(1), ctx, io) : void 0,
  pnpm: scriptRunner,
  yarn: scriptRunner
};
function packageRunner(args, ctx, io) {
  let call = args.findIndex((a) => a === "-c" || a === "--call");
  if (call >= 0) return ctx.line(args[call + 1] ?? "");
  let k = skip(args, "p", /* @__PURE__ */ new Set(["--package"])), pkg = args[k];
  pkg !== void 0 && (isOrchPackage(pkg) ? orch(args.slice(k + 1), ctx, io, "orch") : ctx.argv(args.slice(k), io));
}
function scriptRunner(args, ctx, io) {
  let [sub, ...rest2] = args;
  sub === "exec" || sub === "dlx" ? packageRunner(rest2, ctx, io) : sub !== void 0 && isOrchPackage(sub) && orch(rest2, ctx, io, "orch");
}

// src/core/guard/walk.ts
var MAX_DEPTH = 12, MAX_PIECES = 500, passThrough = (args, ctx, io) => ctx.argv(args, io), all = (names, h) => Object.fromEntries(names.map((n) => [n, h])), HANDLERS = {
  ...WRAPPERS,
  // Shell keywords in command position: what follows is still a command.
  ...all(["!", "{", "}", "if", "then", "elif", "else", "while", "until", "do"], passThrough),
  // `function f { body; }` and `coproc NAME { body; }`: the body starts after the brace.
  ...all(["function", "coproc"], (args, ctx, io, name) => ctx.argv(args.includes("{") ? args.slice(args.indexOf("{") + 1) : name === "coproc" ? args : [], io)),
  git,
  gh,
  hub,
  orch,
  ...all(["curl", "wget", "http", "https", "xh", "xhs", "httpie"], httpClient),
  ...all(["pkill", "killall", "taskkill", "stop-process", "spps", "kill"], killByName),
  ...all(["sh", "bash", "zsh", "dash", "ksh", "mksh", "ash", "fish"], shell),
  ...all(["source", "."], source),
  eval: evalArgs,
  alias: aliasDef,
  ...all(["su", "runuser", "script"], dashC),
  ...all(["pwsh", "powershell"], powershell),
  cmd: cmdExe,
  ...all(["node", "nodejs", "bun", "deno", "perl", "ruby", "php", "osascript", "rscript"], interpreter),
  ...all(["awk", "gawk", "mawk", "nawk"], awk)
}, DATA_SINKS = /* @__PURE__ */ new Set(["cat", "tee", "git", "gh", "wc", "head", "tail", "grep", "jq", "diff", "sort", "base64"]), DECLARES = /* @__PURE__ */ new Set(["export", "declare", "typeset", "local", "readonly"]), ASSIGNMENT = /^[A-Za-z_]\w*(\[[^\]]*\])?\+?=/, COMMAND_ENV = /* @__PURE__ */ new Set(["GIT_SSH_COMMAND", "GIT_EDITOR", "GIT_SEQUENCE_EDITOR", "GIT_PAGER", "GIT_ASKPASS", "GIT_EXTERNAL_DIFF", "EDITOR", "VISUAL", "PAGER"]);
function commandName(base) {
  return base.replace(/\.exe$/i, "").toLowerCase();
}
function runArgv(words2, ctx, io) {
  let k = 0;
  for (; k < words2.length && ASSIGNMENT.test(words2[k]); k++) assignment(words2[k], ctx);
  let head = words2[k];
  if (head === void 0) return;
  let args = words2.slice(k + 1), last2 = head.split(/[\\/]/).pop() ?? head;
  if (unresolved(last2) || /[*?]/.test(last2))
    return report(ctx, "opaque-command", `orch cannot tell which command \`${show(head, ctx.subs)}\` runs; spell the command out.`);
  let name = commandName(last2), alias = head === last2 ? ctx.aliases.get(head) : void 0;
  if (alias !== void 0) return ctx.line([alias, ...args].join(" "));
  if (DATA_SINKS.has(name)) for (let h of io.heredocs) ctx.heredocs[h].sink = !0;
  if (DECLARES.has(name)) for (let a of args) ASSIGNMENT.test(a) && assignment(a, ctx);
  (HANDLERS[name] ?? (/^(python|pypy)[\d.]*$/.test(name) ? interpreter : void 0))?.(args, ctx, io, name);
}
function assignment(word, ctx) {
  let name = word.slice(0, word.indexOf("=")).replace(/\+$/, ""), value = word.slice(word.indexOf("=") + 1);
  if (COMMAND_ENV.has(name)) ctx.line(value);
  else if (/^GIT_CONFIG_KEY_\d+$/.test(name)) configKey(value, "set", ctx);
  else if (name === "GIT_CONFIG_PARAMETERS") {
    unresolved(value) && configKey(value, "set", ctx);
    for (let m of value.matchAll(/'([^'=]+)/g)) configKey(m[1], "set", ctx);
  }
}
function analyzeScanned(text, ctx) {
  if (ctx.depth >= MAX_DEPTH) return report(ctx, "opaque-command", "this command nests shells too deeply for orch to follow; run the inner command directly.");
  let parsed;
  try {
    parsed = commands(text);
  } catch (e) {
    return report(ctx, "opaque-command", `orch cannot parse this command (${e.message}); simplify it.`);
  }
  ctx.depth++;
  try {
    for (let c of parsed.cmds) runArgv(c.argv, ctx, c);
    for (let s of parsed.stray) ctx.line(s);
  } finally {
    ctx.depth--;
  }
}
function analyze(cmd, opts) {
  let ctx = {
    subs: [],
    heredocs: [],
    aliases: /* @__PURE__ */ new Map(),
    findings: [],
    depth: 0,
    ...opts,
    line: (text) => analyzeScanned(scan(text, ctx), ctx),
    argv: (words2, io) => runArgv(words2, ctx, io)
  };
  ctx.line(cmd);
  for (let s = 0, h = 0; s < ctx.subs.length || h < ctx.heredocs.length; ) {
    if (s + h > MAX_PIECES) {
      report(ctx, "opaque-command", "this command has too many substitutions for orch to follow; split it up.");
      break;
    }
    if (s < ctx.subs.length) analyzeScanned(ctx.subs[s++], ctx);
    else {
      let doc = ctx.heredocs[h++];
      (!doc.sink || !doc.terminated) && ctx.line(doc.text);
    }
  }
  return ctx.findings;
}

// src/core/guard.ts
var BLOCKED_MERGE_MUTATIONS = /mergePullRequest|enablePullRequestAutoMerge|enqueuePullRequest/i;
function guardVerdict(cmd, cfg) {
  let base = cfg?.base || "main", disabled = new Set(cfg?.disable ?? []);
  if (BLOCKED_MERGE_MUTATIONS.test(cmd) && !disabled.has("merge-pr")) return `merge-pr: ${RULES["merge-pr"]}`;
  let first;
  try {
    first = analyze(cmd, { protectedBranches: [base, ...cfg?.protected ?? []], disabled })[0];
  } catch (e) {
    disabled.has("opaque-command") || (first = { rule: "opaque-command", reason: `orch could not check this command (${e.message}); simplify it.` });
  }
  if (first) return `${first.rule}: ${first.reason}`;
  for (let pat of cfg?.deny ?? [])
    try {
      if (new RegExp(pat).test(cmd)) return `guard.deny ${JSON.stringify(pat)}: this command is blocked by the project's session config.`;
    } catch {
    }
}

// src/adapters/guard-server-files.ts
var GUARD_SOCKET = "guard.sock", GUARD_PID = "guard-server.pid", GUARD_STARTING = "guard-server.starting", GUARD_TCP = "guard.tcp";
function parseGuardDoor(text) {
  let [port, clientKey2, serverKey2, ...more] = text.trim().split(" "), n = Number(port);
  if (!(more.length || !Number.isInteger(n) || n <= 0 || n > 65535 || !/^[0-9a-f]{16,}$/.test(clientKey2 ?? "") || !/^[0-9a-f]{16,}$/.test(serverKey2 ?? "")))
    return { port: n, clientKey: clientKey2, serverKey: serverKey2 };
}

// src/adapters/guard-server.ts
var [dir, ...rest] = process.argv.slice(2), option = (name, fallback) => {
  let i = rest.indexOf(name), v = i >= 0 ? Number(rest[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
dir || process.exit(2);
var idleMs = option("--idle-ms", 10 * 6e4), checkMs = option("--check-ms", 5e3), sock = path2.join(dir, GUARD_SOCKET), eventsDir = path2.join(dir, "events"), self = fileURLToPath(import.meta.url), stamp = () => [self, path2.join(path2.dirname(self), "served.js")].map((f) => {
  try {
    let s = statSync(f);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return "gone";
  }
}).join("|"), born = stamp(), answers = () => new Promise((resolve) => {
  let c = net.connect(sock);
  c.once("connect", () => (c.destroy(), resolve(!0))), c.once("error", () => resolve(!1));
}), last = Date.now(), closing = !1, running = 0, server = http.createServer((req, res) => {
  if (!upgraded(res)) {
    if (req.method === "POST" && req.url === "/run") return runCommand(req, res);
    guardCheck(req, res, "");
  }
}), kept = (() => {
  try {
    return parseGuardDoor(readFileSync2(path2.join(dir, GUARD_TCP), "utf8"));
  } catch {
    return;
  }
})(), clientKey = kept?.clientKey ?? randomBytes(24).toString("hex"), serverKey = kept?.serverKey ?? randomBytes(24).toString("hex"), loopback = http.createServer((req, res) => {
  if (upgraded(res)) return;
  let given = Buffer.from(String(req.headers["x-orch-key"] ?? ""));
  if (given.length !== clientKey.length || !timingSafeEqual(given, Buffer.from(clientKey))) {
    res.writeHead(403).end();
    return;
  }
  if (req.method === "POST" && req.url === "/run") return runCommand(req, res, `${serverKey}
`);
  if (req.method === "GET" && req.url === "/alive") return void res.writeHead(200).end(`${serverKey}
`);
  if (req.url?.startsWith("/orch-hook/")) return claudeHook(req, res);
  guardCheck(req, res, `${serverKey}
`, !0);
});
function upgraded(res) {
  return last = Date.now(), stamp() === born ? !1 : (res.writeHead(503).end(), stop(!0), !0);
}
function guardCheck(req, res, proof, anyEvent = !1) {
  let file = String(req.headers["x-orch-events"] ?? ""), event = req.url === "/PreToolUse" ? "PreToolUse" : anyEvent ? /^\/event\/([A-Za-z]{1,40})$/.exec(req.url ?? "")?.[1] : void 0;
  if (req.method !== "POST" || !event || !ownEventsFile(file)) {
    res.writeHead(400).end();
    return;
  }
  let body = "";
  req.setEncoding("utf8"), req.on("data", (c) => body += c), req.on("end", () => {
    let r = runHook(event, ["--events", file], body, {}, guardVerdict);
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`${proof}${r.code}
${r.stderr ?? ""}`);
  });
}
function claudeHook(req, res) {
  let file = String(req.headers["x-orch-events"] ?? ""), event = /^\/orch-hook\/([A-Za-z]{1,40})$/.exec(req.url ?? "")?.[1];
  if (req.method !== "POST" || !event || !ownEventsFile(file)) {
    res.writeHead(400).end();
    return;
  }
  let body = "";
  req.setEncoding("utf8"), req.on("data", (c) => body += c), req.on("end", () => {
    let r = runHook(event, ["--events", file], body, {}, guardVerdict), answer = r.code === 0 ? {} : { hookSpecificOutput: { hookEventName: event, permissionDecision: "deny", permissionDecisionReason: (r.stderr ?? "").trim() } };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
  });
}
function ownEventsFile(file) {
  return path2.dirname(file) === eventsDir && /^[^/]+\.jsonl$/.test(path2.basename(file));
}
function runCommand(req, res, proof = "") {
  let body = "";
  req.setEncoding("utf8"), req.on("data", (c) => body += c), req.on("end", () => {
    let [cwd = "", ...argv] = body.replace(/\n$/, "").split(`
`);
    running++, (async () => {
      try {
        let served = await import(pathToFileURL(path2.join(path2.dirname(self), "served.js")).href).catch(() => {
        });
        if (!served || !path2.isAbsolute(cwd) || !served.servable(argv)) {
          res.writeHead(404).end();
          return;
        }
        res.on("error", () => {
        }), res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }), proof && res.write(proof);
        let partial = { 1: "", 2: "" }, write = (fd, text) => {
          let lines = (partial[fd] + text).split(`
`);
          partial[fd] = lines.pop();
          for (let l of lines) res.write(`${fd} ${l}
`);
        }, code;
        try {
          code = await served.serveCommand(argv, cwd, write);
        } catch (e) {
          write(2, `orch: ${e?.message ?? String(e)}
`), code = 1;
        }
        for (let fd of [1, 2]) partial[fd] && write(fd, `
`);
        res.end(`x ${code}
`);
      } finally {
        running--, last = Date.now();
      }
    })();
  });
}
function workersRegistered() {
  try {
    return readdirSync(path2.join(dir, "workers")).some((f) => f.endsWith(".json"));
  } catch {
    return !1;
  }
}
function stop(upgrade = !1) {
  if (closing) return;
  closing = !0;
  let listening = server.listening, open = 2, closed = () => {
    if (!(--open || !upgrade || !listening || !existsSync(dir)))
      try {
        closeSync(openSync(path2.join(dir, GUARD_STARTING), "w")), spawn(process.execPath, [self, dir, ...rest], { cwd: dir, detached: !0, stdio: "ignore", env: process.env }).unref();
      } catch {
      }
  };
  server.close(closed), loopback.close(closed), listening && (rmSync(sock, { force: !0 }), !upgrade && !workersRegistered() && rmSync(path2.join(dir, GUARD_TCP), { force: !0 }), rmSync(path2.join(dir, GUARD_PID), { force: !0 })), setTimeout(() => process.exit(0), 200).unref();
}
await answers() && process.exit(0);
rmSync(sock, { force: !0 });
process.umask(63);
server.on("error", () => process.exit(0));
server.listen(sock, () => {
  writeFileSync(path2.join(dir, GUARD_PID), `${process.pid}
`), rmSync(path2.join(dir, GUARD_STARTING), { force: !0 });
  let tries = 0;
  loopback.on("error", (e) => {
    if (e.code !== "EADDRINUSE" || !kept?.port || tries > 20) return rmSync(path2.join(dir, GUARD_TCP), { force: !0 });
    if (++tries <= 20) return void setTimeout(() => loopback.listen(kept.port, "127.0.0.1"), 100);
    loopback.listen(0, "127.0.0.1");
  }), loopback.on("listening", () => {
    let port = loopback.address().port, tmp = path2.join(dir, `${GUARD_TCP}.${process.pid}.tmp`);
    writeFileSync(tmp, `${port} ${clientKey} ${serverKey}
`, { mode: 384 }), renameSync(tmp, path2.join(dir, GUARD_TCP));
  }), loopback.listen(kept?.port ?? 0, "127.0.0.1");
});
setInterval(() => {
  if (!existsSync(dir)) return stop();
  if (running === 0 && stamp() !== born) return stop(!0);
  running === 0 && Date.now() - last > idleMs && !workersRegistered() && stop();
}, checkMs);
process.once("SIGTERM", () => stop());
process.once("SIGINT", () => stop());
