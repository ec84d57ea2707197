// src/core/test-commands.ts
function testCommands(layout, projectName, repoPath) {
  let sub = (c) => c.split("<repo>").join(repoPath);
  return layout.type === "root" ? layout.testCmd ? [{ name: projectName, cmd: sub(layout.testCmd), dir: "." }] : [] : layout.parts.filter((p) => p.testCmd).map((p) => ({ name: p.name, cmd: sub(p.testCmd), dir: p.path }));
}
function dependencyFolders(layout) {
  let list = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
  return layout.type === "root" ? list(layout.nodeModules) : layout.parts.flatMap((p) => [...list(p.nodeModules), ...p.pythonVenv ? [p.pythonVenv] : []]);
}
function envFiles(layout) {
  return layout.type === "root" ? layout.envFiles : layout.parts.flatMap((p) => p.envFiles.map((f) => p.path === "." ? f : `${p.path.replace(/\/$/, "")}/${f}`));
}

// src/core/secrets.ts
var ENV_TEMPLATES = /* @__PURE__ */ new Set([".env.example", ".env.sample", ".env.template"]);
function normalizeRepoPath(p) {
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function needsContent(p) {
  return basename(p) === ".npmrc";
}
function secretReason(p, content) {
  let lower = basename(p).toLowerCase();
  if (lower.startsWith(".env") && !ENV_TEMPLATES.has(lower)) return "an env file";
  if (lower.endsWith(".pem")) return "a PEM key or certificate";
  if (lower.endsWith(".key")) return "a private key";
  if (/^id_(rsa|ed25519)/.test(lower) && !lower.endsWith(".pub")) return "an SSH private key";
  if (lower === ".npmrc" && content !== void 0 && /_authToken\s*=/.test(content)) return "an .npmrc with an _authToken";
}
function secretPaths(paths, envFiles2, read) {
  let listed = new Set(envFiles2.map(normalizeRepoPath)), hits = [];
  for (let raw of new Set(paths.map(normalizeRepoPath)))
    if (listed.has(raw)) hits.push({ path: raw, why: "listed in layout.envFiles" });
    else {
      let why = secretReason(raw, needsContent(raw) ? read(raw) : void 0);
      why && hits.push({ path: raw, why });
    }
  return hits;
}
var HARMLESS_VALUE = /^(?:\d+|true|false|yes|no|on|off|development|production|staging|test|debug|info|warn|error|localhost|127\.0\.0\.1|0\.0\.0\.0|(?:https?|wss?):\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?\/?)$/i, SECRET_KEY = /KEY|TOKEN|SECRET|PASS|PWD|AUTH|CRED|PRIVATE|SIGN|SALT|COOKIE|SESSION|DSN|WEBHOOK/i, URL_WITH_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@]+:[^\s@]+@/i;
function looksLikeToken(v) {
  return v.length >= 16 && !/\s/.test(v) && /[A-Za-z]/.test(v) && /\d/.test(v) && !/^[/.~]/.test(v) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v);
}
function envFileValues(text) {
  let out = /* @__PURE__ */ new Set();
  for (let line of text.split(/\r?\n/)) {
    let m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let key = m[1], v = m[2].trim(), q = v[0];
    (q === '"' || q === "'" || q === "`") && v.lastIndexOf(q) > 0 ? v = v.slice(1, v.lastIndexOf(q)) : v = v.replace(/\s+#.*$/, "").trim(), !(v.length < 6 || HARMLESS_VALUE.test(v)) && (SECRET_KEY.test(key) || URL_WITH_CREDENTIALS.test(v) || looksLikeToken(v)) && out.add(v);
  }
  return [...out];
}
function basename(p) {
  let n = normalizeRepoPath(p);
  return n.slice(n.lastIndexOf("/") + 1);
}

export {
  testCommands,
  dependencyFolders,
  envFiles,
  needsContent,
  secretPaths,
  envFileValues
};
