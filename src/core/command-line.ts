import { parse } from 'shell-quote';

// Stands in for $VAR while parsing, so a variable shows up as a problem instead of silently becoming "".
const VAR = '\u0000var:';

/**
 * Splits a one-line command from the config (`"npm run dev -- --port {port}"`) into an argument array, with
 * shell quoting rules but without a shell: nothing is expanded and nothing is chained. Operators, variables,
 * comments and leading `NAME=value` assignments need a shell, so they are reported rather than passed on as
 * arguments. The problem text starts with "expected" to read well after the config field's path. Pure.
 */
export function splitCommandLine(line: string): { args: string[] } | { problem: string } {
  const parts = parse(line, (name) => `${VAR}${name}\u0000`);
  const args: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      const v = /\u0000var:([^\u0000]*)\u0000/.exec(p);
      if (v) return { problem: `expected no shell variables (found $${v[1]}): the command runs without a shell; use {port} or {backendPort} for the ports, PORT is set for the server` };
      args.push(p);
    } else if ('comment' in p) return { problem: 'expected no comment (#): the command runs without a shell' };
    else if (p.op === 'glob') args.push(p.pattern); // no shell, so no expansion: the pattern is the argument, as in an array
    else return { problem: `expected one command without shell operators (found "${p.op}"): the command runs without a shell; put several steps in a script (e.g. a package.json script) and run that` };
  }
  if (!args.length) return { problem: 'expected a command, e.g. "npm run dev -- --port {port}"' };
  const assign = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(args[0]!);
  if (assign) return { problem: `expected the program first (found ${args[0]}): setting variables before a command needs a shell; PORT is set for the server` };
  return { args };
}
