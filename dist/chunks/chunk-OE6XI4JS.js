// src/core/base-protection.ts
function protectBaseRuleset(base, defaultBranch) {
  return {
    name: `orch: protect ${base}`,
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: base === defaultBranch ? ["~DEFAULT_BRANCH"] : [`refs/heads/${base}`], exclude: [] } },
    rules: [
      { type: "deletion" },
      { type: "non_fast_forward" },
      {
        type: "pull_request",
        parameters: {
          required_approving_review_count: 0,
          dismiss_stale_reviews_on_push: !1,
          require_code_owner_review: !1,
          require_last_push_approval: !1,
          required_review_thread_resolution: !1
        }
      }
    ]
  };
}
function protectionVerdict(protection, rules) {
  let by = [], partial = [];
  protection?.requiresPullRequest ? by.push("branch protection requires pull requests") : protection && partial.push("branch protection that does not require pull requests");
  let pr = rules.filter((r) => r.type === "pull_request");
  for (let r of pr) by.push(`ruleset ${r.rulesetId ?? "?"}${r.source ? ` (${r.source})` : ""} requires pull requests`);
  let other = [...new Set(rules.filter((r) => r.type !== "pull_request").map((r) => r.type))];
  return !pr.length && other.length && partial.push(`ruleset rules ${other.join(", ")}`), { protected: by.length > 0, by, partial };
}

export {
  protectBaseRuleset,
  protectionVerdict
};
