// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
process.platform !== "win32" && signals.push(
  "SIGALRM",
  "SIGABRT",
  "SIGVTALRM",
  "SIGXCPU",
  "SIGXFSZ",
  "SIGUSR2",
  "SIGTRAP",
  "SIGSYS",
  "SIGQUIT",
  "SIGIOT"
  // should detect profiler and enable/disable accordingly.
  // see #21
  // 'SIGPROF'
);
process.platform === "linux" && signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process3) => !!process3 && typeof process3 == "object" && typeof process3.removeListener == "function" && typeof process3.emit == "function" && typeof process3.reallyExit == "function" && typeof process3.listeners == "function" && typeof process3.kill == "function" && typeof process3.pid == "number" && typeof process3.on == "function", kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter"), global = globalThis, ObjectDefineProperty = Object.defineProperty.bind(Object), Emitter = class {
  emitted = {
    afterExit: !1,
    exit: !1
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global[kExitEmitter])
      return global[kExitEmitter];
    ObjectDefineProperty(global, kExitEmitter, {
      value: this,
      writable: !1,
      enumerable: !1,
      configurable: !1
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    let list = this.listeners[ev], i = list.indexOf(fn);
    i !== -1 && (i === 0 && list.length === 1 ? list.length = 0 : list.splice(i, 1));
  }
  emit(ev, code, signal) {
    if (this.emitted[ev])
      return !1;
    this.emitted[ev] = !0;
    let ret = !1;
    for (let fn of this.listeners[ev])
      ret = fn(code, signal) === !0 || ret;
    return ev === "exit" && (ret = this.emit("afterExit", code, signal) || ret), ret;
  }
}, SignalExitBase = class {
}, signalExitWrap = (handler) => ({
  onExit(cb, opts) {
    return handler.onExit(cb, opts);
  },
  load() {
    return handler.load();
  },
  unload() {
    return handler.unload();
  }
}), SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
}, SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process2.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = !1;
  constructor(process3) {
    super(), this.#process = process3, this.#sigListeners = {};
    for (let sig of signals)
      this.#sigListeners[sig] = () => {
        let listeners = this.#process.listeners(sig), { count } = this.#emitter, p = process3;
        if (typeof p.__signal_exit_emitter__ == "object" && typeof p.__signal_exit_emitter__.count == "number" && (count += p.__signal_exit_emitter__.count), listeners.length === count) {
          this.unload();
          let ret = this.#emitter.emit("exit", null, sig), s = sig === "SIGHUP" ? this.#hupSig : sig;
          ret || process3.kill(process3.pid, s);
        }
      };
    this.#originalProcessReallyExit = process3.reallyExit, this.#originalProcessEmit = process3.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process))
      return () => {
      };
    this.#loaded === !1 && this.load();
    let ev = opts?.alwaysLast ? "afterExit" : "exit";
    return this.#emitter.on(ev, cb), () => {
      this.#emitter.removeListener(ev, cb), this.#emitter.listeners.exit.length === 0 && this.#emitter.listeners.afterExit.length === 0 && this.unload();
    };
  }
  load() {
    if (!this.#loaded) {
      this.#loaded = !0, this.#emitter.count += 1;
      for (let sig of signals)
        try {
          let fn = this.#sigListeners[sig];
          fn && this.#process.on(sig, fn);
        } catch {
        }
      this.#process.emit = (ev, ...a) => this.#processEmit(ev, ...a), this.#process.reallyExit = (code) => this.#processReallyExit(code);
    }
  }
  unload() {
    this.#loaded && (this.#loaded = !1, signals.forEach((sig) => {
      let listener = this.#sigListeners[sig];
      if (!listener)
        throw new Error("Listener not defined for signal: " + sig);
      try {
        this.#process.removeListener(sig, listener);
      } catch {
      }
    }), this.#process.emit = this.#originalProcessEmit, this.#process.reallyExit = this.#originalProcessReallyExit, this.#emitter.count -= 1);
  }
  #processReallyExit(code) {
    return processOk(this.#process) ? (this.#process.exitCode = code || 0, this.#emitter.emit("exit", this.#process.exitCode, null), this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode)) : 0;
  }
  #processEmit(ev, ...args) {
    let og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      typeof args[0] == "number" && (this.#process.exitCode = args[0]);
      let ret = og.call(this.#process, ev, ...args);
      return this.#emitter.emit("exit", this.#process.exitCode, null), ret;
    } else
      return og.call(this.#process, ev, ...args);
  }
}, process2 = globalThis.process, {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process2) ? new SignalExit(process2) : new SignalExitFallback());

export {
  onExit
};
