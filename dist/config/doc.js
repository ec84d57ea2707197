import {
  configSchema
} from "../chunks/chunk-WQ4YNIWE.js";
import {
  external_exports
} from "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-HJUAAMKQ.js";
import "../chunks/chunk-LHO2KLC4.js";

// src/config/doc-examples.ts
var EXAMPLES = {
  projectName: "shop",
  repoPath: "/home/ana/src/shop",
  worktreesPath: "/home/ana/src/shop-worktrees",
  psmuxSession: "shop",
  githubRepo: "acme/shop",
  githubApiUrl: "https://github.example.com/api/v3",
  defaultBranch: "develop",
  workerCmdPath: "/usr/local/bin/claude",
  claudeCmdPath: "C:\\Users\\ana\\AppData\\Roaming\\npm\\claude.cmd",
  codexCmdPath: "/usr/local/bin/codex",
  workerCli: "codex",
  "workerCli.preset": "claude",
  "workerCli.cmd": "/opt/claude/bin/claude",
  "workerCli.args": ["--dangerously-skip-permissions", "--model", "sonnet"],
  "workerCli.resumeArgs": ["--continue"],
  "workerCli.clearEnv": ["ANTHROPIC_API_KEY"],
  "workerCli.setEnv": { IS_SANDBOX: "1" },
  "workerCli.accept": { matchAny: ["Do you trust"], send: "Yes" },
  "workerCli.accept.matchAny": ["Do you trust"],
  "workerCli.accept.send": "Yes, continue",
  "workerCli.ready": { matchAny: ["> "] },
  "workerCli.ready.matchAny": ["> "],
  "workerCli.bootWaitSec": 120,
  worktreeDeps: "install",
  devServer: { port: 5173, backendPort: 8080, cmd: ["npm", "run", "dev", "--", "--port", "{port}"] },
  "devServer.port": 5173,
  "devServer.backendPort": 8080,
  "devServer.dir": "web",
  "devServer.cmd": ["npm", "run", "dev", "--", "--port", "{port}"],
  "devServer.backendCmd": ["uvicorn", "app:app", "--port", "{port}"],
  "devServer.readyPath": "/health",
  "devServer.readyTimeoutSec": 120,
  review: { intervalMin: 10, forwardCommentsFrom: "everyone" },
  "review.intervalMin": 10,
  "review.forwardCommentsFrom": "everyone",
  dataFlow: "UI -> /api -> services -> Postgres",
  "dataFlow.entities": ["Order", "Customer"],
  "dataFlow.flows": ["checkout: cart -> order -> payment"],
  "dataFlow.notes": "Money is always integer cents.",
  teams: { web: { ownsPaths: ["web/"], agents: ["frontend-dev"], skills: [] } },
  "teams.<team>.ownsPaths": ["web/", "packages/ui/"],
  "teams.<team>.agents": ["frontend-dev"],
  "teams.<team>.skills": ["design-system"],
  layout: { type: "root", envFiles: [".env"], nodeModules: "node_modules", testCmd: "npm test" },
  "layout.type": "monorepo-split",
  "layout.envFiles": [".env", ".env.local"],
  "layout.nodeModules": "node_modules",
  "layout.testCmd": "npm test",
  "layout.parts": [{ name: "backend", path: "api", pythonVenv: "api/.venv", testCmd: "pytest" }],
  "layout.parts[].name": "frontend",
  "layout.parts[].path": "web",
  "layout.parts[].envFiles": [".env.local"],
  "layout.parts[].nodeModules": "web/node_modules",
  "layout.parts[].pythonVenv": "api/.venv",
  "layout.parts[].testCmd": "cd <repo>/api && pytest -q",
  mux: "headless",
  muxSocket: "orch",
  maxWorkers: 6,
  hosts: [{ name: "big", ssh: "dev@big.example.com", repoPath: "/srv/app", worktreesPath: "/srv/app-worktrees", maxWorkers: 8 }],
  "hosts[].name": "big",
  "hosts[].ssh": "dev@big.example.com:2222",
  "hosts[].repoPath": "/srv/app",
  "hosts[].worktreesPath": "/srv/app-worktrees",
  "hosts[].maxWorkers": 8,
  "hosts[].env": { PATH: "/opt/node/bin:/usr/bin:/bin" },
  "hosts[].identityFile": "~/.ssh/id_ed25519",
  "hosts[].sshOptions": ["StrictHostKeyChecking=accept-new"],
  queue: { avoidCollisions: !0 },
  "queue.avoidCollisions": !0,
  ci: { maxRounds: 5 },
  "ci.maxRounds": 5,
  stuckAfterMin: 20,
  guard: { deny: ["\\bnpm\\s+publish\\b"], disable: ["kill-by-name"] },
  "guard.deny": ["\\bnpm\\s+publish\\b", "\\bterraform\\s+apply\\b"],
  "guard.disable": ["kill-by-name"],
  notify: { webhook: "https://hooks.example.com/orch", reminderMin: 10 },
  "notify.webhook": "https://hooks.example.com/orch",
  "notify.command": ["notify-send", "orch"],
  "notify.reminderMin": 10
}, FALLBACK_DESCRIPTIONS = {
  "dataFlow.entities": "Entities of the data flow (object form).",
  "dataFlow.flows": "Flows between them, one line each (object form).",
  "dataFlow.notes": "Free-form notes for workers (object form).",
  "layout.type": "root: one checkout with one test command; monorepo-split: parts, each with its own env files, dependencies and tests."
}, RECORD_KEYS = { teams: "<team>" };

// src/config/doc.ts
var SAFE_MAX = Number.MAX_SAFE_INTEGER;
function typeOf(s) {
  if (s.const !== void 0) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" \\| ");
  let variants = s.anyOf ?? s.oneOf;
  if (variants) return [...new Set(variants.map(typeOf))].join(" \\| ");
  if (s.type === "array") return `${s.items ? typeOf(s.items) : "any"}[]`;
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties == "object") return `{ name: ${typeOf(s.additionalProperties)} }`;
  if (s.type === "string" && s.format === "uri") return "URL";
  if (s.type === "integer" || s.type === "number") {
    let lo = s.exclusiveMinimum !== void 0 ? `> ${s.exclusiveMinimum}` : s.minimum !== void 0 ? `${s.minimum}` : "", hi = s.maximum !== void 0 && s.maximum < SAFE_MAX ? `${s.maximum}` : "";
    return lo && hi ? `${s.type} ${lo}\u2013${hi}` : lo ? `${s.type} ${lo.startsWith(">") ? lo : `\u2265 ${lo}`}` : s.type;
  }
  return s.type ?? "any";
}
function walk(path, s, rows) {
  let prev = rows.get(path), row = {
    path,
    type: typeOf(s),
    default: s.default === void 0 ? "" : JSON.stringify(s.default),
    description: s.description ?? FALLBACK_DESCRIPTIONS[path] ?? "",
    example: EXAMPLES[path] === void 0 ? "" : JSON.stringify(EXAMPLES[path])
  };
  prev ? (prev.type.split(" \\| ").includes(row.type) || (prev.type = `${prev.type} \\| ${row.type}`), prev.description ||= row.description) : rows.set(path, row);
  for (let v of s.anyOf ?? s.oneOf ?? [])
    v.type === "object" && v.properties && walkObject(path, v, rows);
  s.type === "object" && s.properties && walkObject(path, s, rows), s.type === "object" && s.additionalProperties && typeof s.additionalProperties == "object" && s.additionalProperties.properties && walkObject(`${path}.${RECORD_KEYS[path] ?? "<name>"}`, s.additionalProperties, rows), s.type === "array" && s.items?.properties && walkObject(`${path}[]`, s.items, rows);
}
function walkObject(prefix, s, rows) {
  for (let [k, v] of Object.entries(s.properties ?? {})) walk(prefix ? `${prefix}.${k}` : k, v, rows);
}
function configFields(schema = configSchema) {
  let js = external_exports.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), rows = /* @__PURE__ */ new Map();
  return walkObject("", js, rows), [...rows.values()];
}
var cell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " "), prose = (s) => cell(s).replace(/<[a-z-]+>/g, (m) => `\`${m}\``), code = (s) => s ? `\`${s.replace(/`/g, "'")}\`` : "";
function renderConfigDoc(schema = configSchema) {
  let fields = configFields(schema), table = fields.map((f) => `| \`${f.path}\` | ${f.type} | ${code(f.default)} | ${prose(f.description)} | ${cell(code(f.example))} |`);
  return `${[
    "# Session config reference: `.claude/session-plugin.json`",
    "",
    "<!-- Generated from src/config/schema.ts by `npm run docs` (scripts/gen-config-doc.mjs). Do not edit by hand: test/plugin-docs.test.ts fails when this page and the schema differ. -->",
    "",
    "orch reads one JSON file per repository. It is found by walking up from the current directory to",
    "`.claude/session-plugin.json`; `--config <file>` or the `ORCH_CONFIG` environment variable name another file.",
    "Configs written for the original claude-session-orchestrator plugin load unchanged. Every problem is reported",
    "at once with its JSON path, the value found and what is expected (exit code 2); unknown fields are a warning",
    "with a did-you-mean suggestion.",
    "",
    "```sh",
    "orch init                 # writes it from what the repository shows",
    "orch config               # the resolved config, defaults filled in, and where it was found",
    "orch config --json",
    "orch doctor               # checks what the config points at",
    "```",
    "",
    "A minimal config for a repository with a GitHub remote:",
    "",
    "```json",
    "{",
    '  "projectName": "shop",',
    '  "githubRepo": "acme/shop",',
    '  "defaultBranch": "main",',
    '  "layout": { "type": "root", "envFiles": [".env"], "nodeModules": "node_modules", "testCmd": "npm test" }',
    "}",
    "```",
    "",
    "## Fields",
    "",
    `${fields.length} fields. A path like \`layout.parts[].name\` is a field of each element of an array; \`teams.<team>.agents\` a field of each entry of an object keyed by name.`,
    "",
    "| Field | Type | Default | Description | Example |",
    "|---|---|---|---|---|",
    ...table,
    "",
    "## Environment variables",
    "",
    "| Variable | Effect |",
    "|---|---|",
    "| `ORCH_CONFIG` | Config file to use (like `--config`). |",
    "| `ORCH_MUX_SOCKET` | tmux socket name; wins over `muxSocket`. |",
    "| `GITHUB_TOKEN`, `GH_TOKEN` | GitHub token, in this order; else `gh auth token`. Never printed. |",
    "| `NO_COLOR` | Plain dashboard output. |",
    ""
  ].join(`
`)}`;
}
export {
  configFields,
  renderConfigDoc
};
