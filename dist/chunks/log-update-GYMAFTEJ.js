import {
  isFullwidthCodePoint
} from "./chunk-GLDOZ3Y6.js";
import {
  wrapAnsi
} from "./chunk-KJBVOLDP.js";
import {
  ansi_styles_default,
  stripAnsi
} from "./chunk-LRXUVN32.js";
import {
  onExit
} from "./chunk-EBYOXVAS.js";
import {
  __export
} from "./chunk-LHO2KLC4.js";

// node_modules/log-update/index.js
import process4 from "node:process";

// node_modules/ansi-escapes/base.js
var base_exports = {};
__export(base_exports, {
  ConEmu: () => ConEmu,
  beep: () => beep,
  beginSynchronizedOutput: () => beginSynchronizedOutput,
  clearScreen: () => clearScreen,
  clearTerminal: () => clearTerminal,
  clearViewport: () => clearViewport,
  cursorBackward: () => cursorBackward,
  cursorDown: () => cursorDown,
  cursorForward: () => cursorForward,
  cursorGetPosition: () => cursorGetPosition,
  cursorHide: () => cursorHide,
  cursorLeft: () => cursorLeft,
  cursorMove: () => cursorMove,
  cursorNextLine: () => cursorNextLine,
  cursorPrevLine: () => cursorPrevLine,
  cursorRestorePosition: () => cursorRestorePosition,
  cursorSavePosition: () => cursorSavePosition,
  cursorShow: () => cursorShow,
  cursorTo: () => cursorTo,
  cursorUp: () => cursorUp,
  endSynchronizedOutput: () => endSynchronizedOutput,
  enterAlternativeScreen: () => enterAlternativeScreen,
  eraseDown: () => eraseDown,
  eraseEndLine: () => eraseEndLine,
  eraseLine: () => eraseLine,
  eraseLines: () => eraseLines,
  eraseScreen: () => eraseScreen,
  eraseStartLine: () => eraseStartLine,
  eraseUp: () => eraseUp,
  exitAlternativeScreen: () => exitAlternativeScreen,
  iTerm: () => iTerm,
  image: () => image,
  link: () => link,
  scrollDown: () => scrollDown,
  scrollUp: () => scrollUp,
  setCwd: () => setCwd,
  synchronizedOutput: () => synchronizedOutput
});
import process from "node:process";
import os from "node:os";

// node_modules/environment/index.js
var isBrowser = globalThis.window?.document !== void 0, isNode = globalThis.process?.versions?.node !== void 0, isBun = globalThis.process?.versions?.bun !== void 0, isDeno = globalThis.Deno?.version?.deno !== void 0, isElectron = globalThis.process?.versions?.electron !== void 0, isJsDom = globalThis.navigator?.userAgent?.includes("jsdom") === !0, isWebWorker = typeof WorkerGlobalScope < "u" && globalThis instanceof WorkerGlobalScope, isDedicatedWorker = typeof DedicatedWorkerGlobalScope < "u" && globalThis instanceof DedicatedWorkerGlobalScope, isSharedWorker = typeof SharedWorkerGlobalScope < "u" && globalThis instanceof SharedWorkerGlobalScope, isServiceWorker = typeof ServiceWorkerGlobalScope < "u" && globalThis instanceof ServiceWorkerGlobalScope, platform = globalThis.navigator?.userAgentData?.platform, isMacOs = platform === "macOS" || globalThis.navigator?.platform === "MacIntel" || globalThis.navigator?.userAgent?.includes(" Mac ") === !0 || globalThis.process?.platform === "darwin", isWindows = platform === "Windows" || globalThis.navigator?.platform === "Win32" || globalThis.process?.platform === "win32", isLinux = platform === "Linux" || globalThis.navigator?.platform?.startsWith("Linux") === !0 || globalThis.navigator?.userAgent?.includes(" Linux ") === !0 || globalThis.process?.platform === "linux", isIos = platform === "iOS" || globalThis.navigator?.platform === "MacIntel" && globalThis.navigator?.maxTouchPoints > 1 || /iPad|iPhone|iPod/.test(globalThis.navigator?.platform), isAndroid = platform === "Android" || globalThis.navigator?.platform === "Android" || globalThis.navigator?.userAgent?.includes(" Android ") === !0 || globalThis.process?.platform === "android";

// node_modules/ansi-escapes/base.js
var ESC = "\x1B[", OSC = "\x1B]", BEL = "\x07", SEP = ";", isTerminalApp = !isBrowser && process.env.TERM_PROGRAM === "Apple_Terminal", isWindows2 = !isBrowser && process.platform === "win32", isTmux = !isBrowser && (process.env.TERM?.startsWith("screen") || process.env.TERM?.startsWith("tmux") || process.env.TMUX !== void 0), cwdFunction = isBrowser ? () => {
  throw new Error("`process.cwd()` only works in Node.js, not the browser.");
} : process.cwd, wrapOsc = (sequence) => isTmux ? "\x1BPtmux;" + sequence.replaceAll("\x1B", "\x1B\x1B") + "\x1B\\" : sequence, cursorTo = (x, y) => {
  if (typeof x != "number")
    throw new TypeError("The `x` argument is required");
  return typeof y != "number" ? ESC + (x + 1) + "G" : ESC + (y + 1) + SEP + (x + 1) + "H";
}, cursorMove = (x, y) => {
  if (typeof x != "number")
    throw new TypeError("The `x` argument is required");
  let returnValue = "";
  return x < 0 ? returnValue += ESC + -x + "D" : x > 0 && (returnValue += ESC + x + "C"), y < 0 ? returnValue += ESC + -y + "A" : y > 0 && (returnValue += ESC + y + "B"), returnValue;
}, cursorUp = (count = 1) => ESC + count + "A", cursorDown = (count = 1) => ESC + count + "B", cursorForward = (count = 1) => ESC + count + "C", cursorBackward = (count = 1) => ESC + count + "D", cursorLeft = ESC + "G", cursorSavePosition = isTerminalApp ? "\x1B7" : ESC + "s", cursorRestorePosition = isTerminalApp ? "\x1B8" : ESC + "u", cursorGetPosition = ESC + "6n", cursorNextLine = ESC + "E", cursorPrevLine = ESC + "F", cursorHide = ESC + "?25l", cursorShow = ESC + "?25h", eraseLines = (count) => {
  let clear = "";
  for (let i = 0; i < count; i++)
    clear += eraseLine + (i < count - 1 ? cursorUp() : "");
  return count && (clear += cursorLeft), clear;
}, eraseEndLine = ESC + "K", eraseStartLine = ESC + "1K", eraseLine = ESC + "2K", eraseDown = ESC + "J", eraseUp = ESC + "1J", eraseScreen = ESC + "2J", scrollUp = ESC + "S", scrollDown = ESC + "T", clearScreen = "\x1Bc", clearViewport = `${eraseScreen}${ESC}H`, isOldWindows = () => {
  if (isBrowser || !isWindows2)
    return !1;
  let parts = os.release().split("."), major = Number(parts[0]), build = Number(parts[2] ?? 0);
  return major < 10 || major === 10 && build < 10586;
}, clearTerminal = isOldWindows() ? `${eraseScreen}${ESC}0f` : `${eraseScreen}${ESC}3J${ESC}H`, enterAlternativeScreen = ESC + "?1049h", exitAlternativeScreen = ESC + "?1049l", beginSynchronizedOutput = ESC + "?2026h", endSynchronizedOutput = ESC + "?2026l", synchronizedOutput = (text) => beginSynchronizedOutput + text + endSynchronizedOutput, beep = BEL, link = (text, url) => {
  let openLink = wrapOsc(`${OSC}8${SEP}${SEP}${url}${BEL}`), closeLink = wrapOsc(`${OSC}8${SEP}${SEP}${BEL}`);
  return openLink + text + closeLink;
}, image = (data, options = {}) => {
  let returnValue = `${OSC}1337;File=inline=1`;
  options.width && (returnValue += `;width=${options.width}`), options.height && (returnValue += `;height=${options.height}`), options.preserveAspectRatio === !1 && (returnValue += ";preserveAspectRatio=0");
  let imageBuffer = Buffer.from(data);
  return wrapOsc(returnValue + `;size=${imageBuffer.byteLength}:` + imageBuffer.toString("base64") + BEL);
}, iTerm = {
  setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}50;CurrentDir=${cwd}${BEL}`),
  annotation(message, options = {}) {
    let returnValue = `${OSC}1337;`, hasX = options.x !== void 0, hasY = options.y !== void 0;
    if ((hasX || hasY) && !(hasX && hasY && options.length !== void 0))
      throw new Error("`x`, `y` and `length` must be defined when `x` or `y` is defined");
    return message = message.replaceAll("|", ""), returnValue += options.isHidden ? "AddHiddenAnnotation=" : "AddAnnotation=", options.length > 0 ? returnValue += (hasX ? [message, options.length, options.x, options.y] : [options.length, message]).join("|") : returnValue += message, wrapOsc(returnValue + BEL);
  }
}, ConEmu = {
  setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}9;9;${cwd}${BEL}`)
}, setCwd = (cwd = cwdFunction()) => iTerm.setCwd(cwd) + ConEmu.setCwd(cwd);

// node_modules/cli-cursor/index.js
import process3 from "node:process";

// node_modules/restore-cursor/index.js
import process2 from "node:process";

// node_modules/mimic-function/index.js
var copyProperty = (to, from, property, ignoreNonConfigurable) => {
  if (property === "length" || property === "prototype" || property === "arguments" || property === "caller")
    return;
  let toDescriptor = Object.getOwnPropertyDescriptor(to, property), fromDescriptor = Object.getOwnPropertyDescriptor(from, property);
  !canCopyProperty(toDescriptor, fromDescriptor) && ignoreNonConfigurable || Object.defineProperty(to, property, fromDescriptor);
}, canCopyProperty = function(toDescriptor, fromDescriptor) {
  return toDescriptor === void 0 || toDescriptor.configurable || toDescriptor.writable === fromDescriptor.writable && toDescriptor.enumerable === fromDescriptor.enumerable && toDescriptor.configurable === fromDescriptor.configurable && (toDescriptor.writable || toDescriptor.value === fromDescriptor.value);
}, changePrototype = (to, from) => {
  let fromPrototype = Object.getPrototypeOf(from);
  fromPrototype !== Object.getPrototypeOf(to) && Object.setPrototypeOf(to, fromPrototype);
}, wrappedToString = (withName, fromBody) => `/* Wrapped ${withName}*/
${fromBody}`, toStringDescriptor = Object.getOwnPropertyDescriptor(Function.prototype, "toString"), toStringName = Object.getOwnPropertyDescriptor(Function.prototype.toString, "name"), changeToString = (to, from, name) => {
  let withName = name === "" ? "" : `with ${name.trim()}() `, newToString = wrappedToString.bind(null, withName, from.toString());
  Object.defineProperty(newToString, "name", toStringName);
  let { writable, enumerable, configurable } = toStringDescriptor;
  Object.defineProperty(to, "toString", { value: newToString, writable, enumerable, configurable });
};
function mimicFunction(to, from, { ignoreNonConfigurable = !1 } = {}) {
  let { name } = to;
  for (let property of Reflect.ownKeys(from))
    copyProperty(to, from, property, ignoreNonConfigurable);
  return changePrototype(to, from), changeToString(to, from, name), to;
}

// node_modules/onetime/index.js
var calledFunctions = /* @__PURE__ */ new WeakMap(), onetime = (function_, options = {}) => {
  if (typeof function_ != "function")
    throw new TypeError("Expected a function");
  let returnValue, callCount = 0, functionName = function_.displayName || function_.name || "<anonymous>", onetime2 = function(...arguments_) {
    if (calledFunctions.set(onetime2, ++callCount), callCount === 1)
      returnValue = function_.apply(this, arguments_), function_ = void 0;
    else if (options.throw === !0)
      throw new Error(`Function \`${functionName}\` can only be called once`);
    return returnValue;
  };
  return mimicFunction(onetime2, function_), calledFunctions.set(onetime2, callCount), onetime2;
};
onetime.callCount = (function_) => {
  if (!calledFunctions.has(function_))
    throw new Error(`The given function \`${function_.name}\` is not wrapped by the \`onetime\` package`);
  return calledFunctions.get(function_);
};
var onetime_default = onetime;

// node_modules/restore-cursor/index.js
var terminal = process2.stderr.isTTY ? process2.stderr : process2.stdout.isTTY ? process2.stdout : void 0, restoreCursor = terminal ? onetime_default(() => {
  onExit(() => {
    terminal.write("\x1B[?25h");
  }, { alwaysLast: !0 });
}) : () => {
}, restore_cursor_default = restoreCursor;

// node_modules/cli-cursor/index.js
var isHidden = !1, cliCursor = {};
cliCursor.show = (writableStream = process3.stderr) => {
  writableStream.isTTY && (isHidden = !1, writableStream.write("\x1B[?25h"));
};
cliCursor.hide = (writableStream = process3.stderr) => {
  writableStream.isTTY && (restore_cursor_default(), isHidden = !0, writableStream.write("\x1B[?25l"));
};
cliCursor.toggle = (force, writableStream) => {
  force !== void 0 && (isHidden = force), isHidden ? cliCursor.show(writableStream) : cliCursor.hide(writableStream);
};
var cli_cursor_default = cliCursor;

// node_modules/log-update/node_modules/slice-ansi/index.js
var ESCAPES = /* @__PURE__ */ new Set([27, 155]), CODE_POINT_0 = "0".codePointAt(0), CODE_POINT_9 = "9".codePointAt(0), MAX_ANSI_SEQUENCE_LENGTH = 19, endCodesSet = /* @__PURE__ */ new Set(), endCodesMap = /* @__PURE__ */ new Map();
for (let [start, end] of ansi_styles_default.codes)
  endCodesSet.add(ansi_styles_default.color.ansi(end)), endCodesMap.set(ansi_styles_default.color.ansi(start), ansi_styles_default.color.ansi(end));
function getEndCode(code) {
  if (endCodesSet.has(code))
    return code;
  if (endCodesMap.has(code))
    return endCodesMap.get(code);
  code = code.slice(2), code.includes(";") && (code = code[0] + "0");
  let returnValue = ansi_styles_default.codes.get(Number.parseInt(code, 10));
  return returnValue ? ansi_styles_default.color.ansi(returnValue) : ansi_styles_default.reset.open;
}
function findNumberIndex(string) {
  for (let index = 0; index < string.length; index++) {
    let codePoint = string.codePointAt(index);
    if (codePoint >= CODE_POINT_0 && codePoint <= CODE_POINT_9)
      return index;
  }
  return -1;
}
function parseAnsiCode(string, offset) {
  string = string.slice(offset, offset + MAX_ANSI_SEQUENCE_LENGTH);
  let startIndex = findNumberIndex(string);
  if (startIndex !== -1) {
    let endIndex = string.indexOf("m", startIndex);
    return endIndex === -1 && (endIndex = string.length), string.slice(0, endIndex + 1);
  }
}
function tokenize(string, endCharacter = Number.POSITIVE_INFINITY) {
  let returnValue = [], index = 0, visibleCount = 0;
  for (; index < string.length; ) {
    let codePoint = string.codePointAt(index);
    if (ESCAPES.has(codePoint)) {
      let code = parseAnsiCode(string, index);
      if (code) {
        returnValue.push({
          type: "ansi",
          code,
          endCode: getEndCode(code)
        }), index += code.length;
        continue;
      }
    }
    let isFullWidth = isFullwidthCodePoint(codePoint), character = String.fromCodePoint(codePoint);
    if (returnValue.push({
      type: "character",
      value: character,
      isFullWidth
    }), index += character.length, visibleCount += isFullWidth ? 2 : character.length, visibleCount >= endCharacter)
      break;
  }
  return returnValue;
}
function reduceAnsiCodes(codes) {
  let returnValue = [];
  for (let code of codes)
    code.code === ansi_styles_default.reset.open ? returnValue = [] : endCodesSet.has(code.code) ? returnValue = returnValue.filter((returnValueCode) => returnValueCode.endCode !== code.code) : (returnValue = returnValue.filter((returnValueCode) => returnValueCode.endCode !== code.endCode), returnValue.push(code));
  return returnValue;
}
function undoAnsiCodes(codes) {
  return reduceAnsiCodes(codes).map(({ endCode }) => endCode).reverse().join("");
}
function sliceAnsi(string, start, end) {
  let tokens = tokenize(string, end), activeCodes = [], position = 0, returnValue = "", include = !1;
  for (let token of tokens) {
    if (end !== void 0 && position >= end)
      break;
    token.type === "ansi" ? (activeCodes.push(token), include && (returnValue += token.code)) : (!include && position >= start && (include = !0, activeCodes = reduceAnsiCodes(activeCodes), returnValue = activeCodes.map(({ code }) => code).join("")), include && (returnValue += token.value), position += token.isFullWidth ? 2 : token.value.length);
  }
  return returnValue += undoAnsiCodes(activeCodes), returnValue;
}

// node_modules/log-update/index.js
var defaultTerminalHeight = 24, getWidth = ({ columns = 80 }) => columns, fitToTerminalHeight = (stream, text) => {
  let terminalHeight = stream.rows ?? defaultTerminalHeight, lines = text.split(`
`), toRemove = Math.max(0, lines.length - terminalHeight);
  return toRemove ? sliceAnsi(text, stripAnsi(lines.slice(0, toRemove).join(`
`)).length + 1) : text;
};
function createLogUpdate(stream, { showCursor = !1 } = {}) {
  let previousLineCount = 0, previousWidth = getWidth(stream), previousOutput = "", reset = () => {
    previousOutput = "", previousWidth = getWidth(stream), previousLineCount = 0;
  }, render = (...arguments_) => {
    showCursor || cli_cursor_default.hide();
    let output = fitToTerminalHeight(stream, arguments_.join(" ") + `
`), width = getWidth(stream);
    output === previousOutput && previousWidth === width || (previousOutput = output, previousWidth = width, output = wrapAnsi(output, width, { trim: !1, hard: !0, wordWrap: !1 }), stream.write(base_exports.eraseLines(previousLineCount) + output), previousLineCount = output.split(`
`).length);
  };
  return render.clear = () => {
    stream.write(base_exports.eraseLines(previousLineCount)), reset();
  }, render.done = () => {
    reset(), showCursor || cli_cursor_default.show();
  }, render;
}
var logUpdate = createLogUpdate(process4.stdout), log_update_default = logUpdate, logUpdateStderr = createLogUpdate(process4.stderr);
export {
  createLogUpdate,
  log_update_default as default,
  logUpdateStderr
};
