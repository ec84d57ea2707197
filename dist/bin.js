// src/bin.ts
var argv = process.argv.slice(2);
process.stdout.on("error", (e) => {
  throw e.code === "EPIPE" && process.exit(process.exitCode ?? 0), e;
});
if (argv[0] === "hook") {
  let { hookMain } = await import("./chunks/hook-7LI2LSTF.js");
  process.exitCode = await hookMain(argv.slice(1));
} else if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  let { readFileSync } = await import("node:fs"), pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}
`);
} else {
  let { run } = await import("./chunks/run-G73YXL6I.js");
  process.exitCode = await run(argv);
}
