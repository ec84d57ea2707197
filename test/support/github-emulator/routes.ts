// Handlers, keyed by the operationId of GitHub's official OpenAPI description. Each answers with
// `ok(operationId, status, body)`, which types `body` as that operation's documented response.
import * as b from './builders.js';
import { type Handler, ok } from './reply.js';
import { issueHandlers } from './routes-issues.js';
import { pullHandlers } from './routes-pulls.js';
import { rulesetHandlers } from './rulesets.js';
import { actionsHandlers } from './actions.js';

export { DOCS, error, type Reply } from './reply.js';

export const handlers: Record<string, Handler> = {
  'repos/get': (c) => ok('repos/get', 200, b.fullRepository(c.st)),
  'users/get-authenticated': (c) => ok('users/get-authenticated', 200, b.privateUser(c.st.login)),
  'rate-limit/get': () => ok('rate-limit/get', 200, b.rateLimit(Math.floor(Date.now() / 1000) + 3600)),
  ...issueHandlers,
  ...pullHandlers,
  ...rulesetHandlers,
  ...actionsHandlers,
};
