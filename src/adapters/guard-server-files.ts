/** Files of the guard server in the registry folder (src/adapters/guard-server.ts). */
export const GUARD_SOCKET = 'guard.sock';
export const GUARD_PID = 'guard-server.pid';
/** Created by the hook that starts a server, removed by the server once it listens: one start at a time. */
export const GUARD_STARTING = 'guard-server.starting';
/**
 * The loopback door to the same guard checks, for hook.sh's bash client (a bash is cheaper to start than curl):
 * "<port> <client key> <server key>", readable only by this user. A call must bring the client key; the answer
 * starts with the server key, so a program that took the port after this server stopped cannot pass for it.
 */
export const GUARD_TCP = 'guard.tcp';

export interface GuardDoor { port: number; clientKey: string; serverKey: string }

/** guard.tcp's text, or undefined when it is not three fields with a port and two hex keys. */
export function parseGuardDoor(text: string): GuardDoor | undefined {
  const [port, clientKey, serverKey, ...more] = text.trim().split(' ');
  const n = Number(port);
  if (more.length || !Number.isInteger(n) || n <= 0 || n > 65535 || !/^[0-9a-f]{16,}$/.test(clientKey ?? '') || !/^[0-9a-f]{16,}$/.test(serverKey ?? '')) return undefined;
  return { port: n, clientKey: clientKey!, serverKey: serverKey! };
}
