import type { Command } from 'commander';
import { register as init } from './init.js';
import { register as config } from './config.js';
import { register as start } from './start.js';
import { register as resume } from './resume.js';
import { register as list } from './list.js';
import { register as health } from './health.js';
import { register as demo } from './demo.js';
import { register as monitor } from './monitor.js';
import { register as dash } from './dash.js';
import { register as attach } from './attach.js';
import { register as why } from './why.js';
import { register as talk } from './talk.js';
import { register as orchestrate } from './orchestrate.js';
import { register as close } from './close.js';
import { register as cleanup } from './cleanup.js';
import { register as server } from './server.js';
import { register as startIssues } from './start-issues.js';
import { register as finish } from './finish.js';
import { register as pull } from './pull.js';
import { register as doctor } from './doctor.js';
import { register as completion } from './completion.js';

/** Every command module; main.ts sorts them into the help groups (Set up, Dispatch, Watch, Finish, Clean up). */
export const COMMANDS: Array<(p: Command) => void> = [
  init, config, demo, doctor, completion,
  start, startIssues, resume,
  list, health, monitor, dash, attach, why, talk, orchestrate,
  finish, pull,
  close, cleanup, server,
];
