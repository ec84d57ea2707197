// src/errors.ts
var OrchError = class extends Error {
  code;
  hint;
  exitCode;
  constructor(code, message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause }), this.name = "OrchError", this.code = code, this.hint = opts.hint, this.exitCode = opts.exitCode ?? 1;
  }
}, UsageError = class extends OrchError {
  constructor(message, hint) {
    super("usage", message, { hint, exitCode: 2 });
  }
}, ConfigError = class extends OrchError {
  problems;
  constructor(message, problems = [], hint) {
    super("config", message, { hint, exitCode: 2 }), this.problems = problems;
  }
}, RefusalError = class extends OrchError {
  constructor(message, hint) {
    super("refused", message, { hint, exitCode: 3 });
  }
}, AuthError = class extends OrchError {
  constructor(message, hint) {
    super("auth", message, { hint, exitCode: 4 });
  }
}, SECRET_ENV = ["GITHUB_TOKEN", "GH_TOKEN", "ANTHROPIC_API_KEY"], registered = /* @__PURE__ */ new Set();
function addSecretValues(values) {
  for (let v of values) v.length >= 6 && registered.add(v);
}
function redact(text, extra = []) {
  let out = text, secrets = [...SECRET_ENV.map((k) => process.env[k]), ...registered, ...extra].filter((s) => !!s && s.length >= 6);
  secrets.sort((a, b) => b.length - a.length);
  for (let s of secrets) out = out.split(s).join("***");
  return out.replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, "***");
}

export {
  OrchError,
  UsageError,
  ConfigError,
  RefusalError,
  AuthError,
  addSecretValues,
  redact
};
