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
import { register as talk } from './talk.js';

/** Every command module, in help order within its group. */
export const COMMANDS: Array<(p: Command) => void> = [init, config, demo, start, resume, list, health, monitor, dash, talk];
