// A stateful GitHub REST emulator on 127.0.0.1 for tests. Every response body is typed with
// GitHub's official OpenAPI schemas (@octokit/openapi-types) and every request is checked against
// the official description (openapi-index.json, made by scripts/gen-openapi-index.mjs).
// Implementation: ./github-emulator/*.ts.
export { startGitHubEmulator } from './github-emulator/server.js';
export type {
  CheckRunInput,
  CommitStatusInput,
  EmulatorIssue,
  EmulatorPull,
  FailAnswer,
  GitHubEmulator,
  PullRequest,
  RecordedRequest,
  StartOptions,
} from './github-emulator/types.js';
