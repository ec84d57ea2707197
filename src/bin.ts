// Entry point and the only place that exits. `orch hook` takes a separate, dependency-free path:
// it runs on every tool call of every worker.
const argv = process.argv.slice(2);
// `orch --help | head`: the reader went away; what is left to print has nobody to read it.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

if (argv[0] === 'hook') {
  const { hookMain } = await import('./cli/hook.js');
  process.exitCode = await hookMain(argv.slice(1));
} else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { run } = await import('./run.js');
  process.exitCode = await run(argv);
}
