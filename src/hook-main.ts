// `orch hook` as one self-contained file (dist/hook.mjs, built without code splitting), so a hook's Node start loads
// one file: dist/hook.sh hands Bash calls to it here, and it is copied once per content hash to each SSH host, where
// workers' hooks run it with the host's Node: `node hook-<hash>.mjs <Event> --events <file>`.
import { hookMain } from './cli/hook.js';

process.exitCode = await hookMain(process.argv.slice(2));
