import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  AuthError
} from "./chunk-2PNQQJNN.js";

// src/adapters/github-token.ts
var NO_TOKEN_MESSAGE = "no GitHub token: set GITHUB_TOKEN or GH_TOKEN, or run `gh auth login` (orch then asks `gh auth token`)";
function ghHostname(apiUrl) {
  let host = new URL(apiUrl).host;
  return host === "api.github.com" ? "github.com" : host;
}
async function resolveGithubToken(env, apiUrl) {
  for (let key of ["GITHUB_TOKEN", "GH_TOKEN"]) {
    let v = env[key]?.trim();
    if (v) return { token: v, source: key };
  }
  let gh = env.ORCH_GH_BIN || "gh", r = await run(gh, ["auth", "token", "--hostname", ghHostname(apiUrl)], { timeoutMs: 15e3, env: { GH_PROMPT_DISABLED: "1" } }), token = r.exitCode === 0 ? r.stdout.trim() : "";
  if (token && !/\s/.test(token)) return { token, source: "gh auth token" };
  throw new AuthError(NO_TOKEN_MESSAGE, "the token needs the `repo` scope (classic) or Contents, Issues and Pull requests read/write (fine-grained)");
}

export {
  NO_TOKEN_MESSAGE,
  resolveGithubToken
};
