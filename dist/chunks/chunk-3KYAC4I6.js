import {
  Command,
  CommanderError
} from "./chunk-UIOT3NKO.js";
import {
  OrchError,
  redact
} from "./chunk-2PNQQJNN.js";
import {
  stderrOf,
  stdoutOf
} from "./chunk-TPBC7PZG.js";

// src/program.ts
var HELP_GROUPS = ["Set up:", "Dispatch:", "Watch:", "Finish:", "Clean up:"];
function createProgram() {
  let program = new Command();
  return program.name("orch").description("Run many Claude Code workers at once, safely: one git worktree, branch and tmux window per task or GitHub issue, ending in pull requests that a human merges.").version(process.env.npm_package_version ?? "0.1.0", "-V, --version").option("--config <file>", "session config file (default: .claude/session-plugin.json found from the current directory; ORCH_CONFIG also works)").option("--cwd <dir>", "run as if started in <dir>").option("-v, --verbose", "show stack traces and details on errors").showSuggestionAfterError(!0).exitOverride().configureOutput({ outputError: () => {
  } }).addHelpText(
    "after",
    `
Quick start:
  orch demo                      see it work on a throwaway repo
  orch init                      create .claude/session-plugin.json
  orch start-issues 12 13 14     one worker and PR per issue
  orch dash                      who needs you
  orch pull                      review the PRs, land merged work

Every read command takes --json. Docs: reference/ in the repository.`
  ), program;
}
function addCommands(program, registers) {
  for (let register of registers) register(program);
  let rank = (c) => {
    let i = HELP_GROUPS.indexOf(c.helpGroup());
    return i < 0 ? HELP_GROUPS.length : i;
  };
  return program.commands.sort((a, b) => rank(a) - rank(b)), program;
}
async function runProgram(program, argv) {
  for (let c of program.commands) c.exitOverride().configureOutput({ outputError: () => {
  } });
  let wantsJson = argv.includes("--json"), verbose = argv.includes("-v") || argv.includes("--verbose");
  try {
    return await program.parseAsync(argv, { from: "user" }), typeof process.exitCode == "number" ? process.exitCode : 0;
  } catch (e) {
    let command = argv.find((a) => program.commands.some((c) => c.name() === a || c.aliases().includes(a)));
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      let msg = e.message.replace(/^error:\s*/i, ""), hint = command && e.code !== "commander.unknownCommand" ? `see \`orch ${command} --help\`` : "run `orch --help` or `orch <command> --help`";
      return fail(wantsJson, verbose, new OrchError("usage", msg, { exitCode: 2, hint }));
    }
    return e instanceof OrchError ? fail(wantsJson, verbose, e, command) : fail(wantsJson, verbose, new OrchError("internal", e?.message ?? String(e), { cause: e, hint: "run again with -v for details; please report it" }));
  }
}
function fail(json, verbose, e, command) {
  if (e.code === "reported") return e.exitCode;
  let hint = e.hint ?? (e.exitCode === 2 && command ? `see \`orch ${command} --help\`` : "run again with -v for details; `orch doctor` checks the setup");
  return json ? stdoutOf().write(`${redact(JSON.stringify({ error: { code: e.code, message: e.message, hint } }, null, 2))}
`) : stderrOf().write(redact(`orch: ${e.message}
  -> ${hint}
`)), verbose && stderrOf().write(redact(`${e.cause?.stack ?? e.stack ?? ""}
`)), e.exitCode;
}

export {
  HELP_GROUPS,
  createProgram,
  addCommands,
  runProgram
};
