/** Files of the guard server in the registry folder (src/adapters/guard-server.ts). */
export const GUARD_SOCKET = 'guard.sock';
export const GUARD_PID = 'guard-server.pid';
/** Created by the hook that starts a server, removed by the server once it listens: one start at a time. */
export const GUARD_STARTING = 'guard-server.starting';
