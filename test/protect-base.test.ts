// Layer 3 of "no worker touches the base branch": GitHub's own rules, checked by `orch doctor` and created by
// `orch init --protect-base`, against the GitHub emulator (requests checked against the official description).
import { describe, expect, it } from 'vitest';
import { protectBaseRuleset, protectionVerdict, type BranchProtectionInfo, type BranchRule } from '../src/core/base-protection.js';
import { json, useForgeProjects } from './support/forge-project.js';

const SENTENCE = 'the guard and the pre-push hook are the only barriers: a worker holding a token can still push to main through the API; run `orch init --protect-base`';
const prot = (requiresPullRequest: boolean): BranchProtectionInfo => ({ requiresPullRequest, enforceAdmins: false, allowsForcePushes: false, allowsDeletions: false });
const rule = (type: string, rulesetId = 7): BranchRule => ({ type, rulesetId, source: 'acme/widgets' });

describe('what counts as protected', () => {
  it.each([
    ['nothing', undefined, [], false],
    ['branch protection requiring pull requests', prot(true), [], true],
    ['branch protection without pull requests', prot(false), [], false],
    ['an active pull_request rule', undefined, [rule('pull_request')], true],
    ['only deletion and non_fast_forward rules', undefined, [rule('deletion'), rule('non_fast_forward')], false],
  ] as const)('%s -> protected: %s', (_what, p, rules, expected) => {
    expect(protectionVerdict(p, [...rules]).protected).toBe(expected);
  });

  it('names what falls short', () => {
    expect(protectionVerdict(prot(false), [rule('deletion')]).partial).toEqual(['branch protection that does not require pull requests', 'ruleset rules deletion']);
  });

  it('targets the default branch by name only when the base is not the default branch', () => {
    expect(protectBaseRuleset('main', 'main').conditions.ref_name.include).toEqual(['~DEFAULT_BRANCH']);
    expect(protectBaseRuleset('develop', 'main').conditions.ref_name.include).toEqual(['refs/heads/develop']);
    expect(protectBaseRuleset('main', 'main').rules.map((r) => r.type)).toEqual(['deletion', 'non_fast_forward', 'pull_request']);
  });
});

describe('orch doctor and orch init --protect-base against GitHub', () => {
  const make = useForgeProjects();
  const protectionCheck = (stdout: string) => json(stdout).checks.find((c: { check: string }) => c.check === 'base branch protection');

  it('doctor says plainly when GitHub would let a push to main through', async () => {
    const { tp, gh } = await make({ worker: 'none' });
    const r = await tp.orch(['doctor']);
    expect(r.stdout).toMatch(/^warn +base branch protection +main on acme\/widgets is not protected: no branch protection or active rule requires pull requests$/m);
    expect(r.stdout).toContain(`base branch protection: ${SENTENCE}`);
    const doc = await tp.orch(['doctor', '--json']);
    expect(protectionCheck(doc.stdout)).toMatchObject({ status: 'warn', fix: SENTENCE });
    expect(gh.requests.filter((q) => q.operationId === 'repos/get-branch-protection').map((q) => q.status)).toEqual([404, 404]);
    expect(gh.unimplemented).toEqual([]);
  });

  it('doctor counts branch protection only when it requires pull requests', async () => {
    const { tp, gh } = await make({ worker: 'none' });
    gh.setBranchProtection('main', { requirePullRequest: false });
    expect(protectionCheck((await tp.orch(['doctor', '--json'])).stdout)).toMatchObject({ status: 'warn', detail: expect.stringContaining('it has only branch protection that does not require pull requests') });
    gh.setBranchProtection('main', { requirePullRequest: true });
    expect(protectionCheck((await tp.orch(['doctor', '--json'])).stdout)).toEqual({
      check: 'base branch protection',
      status: 'ok',
      detail: 'main on acme/widgets: branch protection requires pull requests',
      fix: null,
    });
  });

  it('init --protect-base refuses without --yes when nobody can answer, showing the plan and creating nothing', async () => {
    const { tp, gh } = await make({ worker: 'none' });
    const r = await tp.orch(['init', '--protect-base']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"name": "orch: protect main"');
    expect(r.stderr).toContain('needs --yes when no one can answer a prompt (not a terminal); nothing was created');
    expect(r.stderr).toContain('orch init --protect-base --yes');
    expect(gh.rulesets()).toEqual([]);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    const j = await tp.orch(['init', '--protect-base', '--json']);
    expect(j.code).toBe(2);
    expect(json(j.stdout).error).toMatchObject({ code: 'usage' });
  });

  it('init --protect-base --yes creates the ruleset, reports its id, and doctor then reports main protected', async () => {
    const { tp, gh } = await make({ worker: 'none' });
    const r = await tp.orch(['init', '--protect-base', '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r.stdout);
    const [created] = gh.rulesets();
    expect(created).toEqual({ id: out.ruleset.id, name: 'orch: protect main', enforcement: 'active', include: ['~DEFAULT_BRANCH'], rules: ['deletion', 'non_fast_forward', 'pull_request'] });
    expect(out).toMatchObject({ repo: 'acme/widgets', base: 'main', status: 'created', plan: protectBaseRuleset('main', 'main') });
    // The request carried exactly the plan it showed.
    const post = gh.requests.find((q) => q.operationId === 'repos/create-repo-ruleset');
    expect(post?.body).toEqual(out.plan);

    const doctor = await tp.orch(['doctor', '--json']);
    expect(protectionCheck(doctor.stdout)).toMatchObject({ status: 'ok', detail: `main on acme/widgets: ruleset ${out.ruleset.id} (acme/widgets) requires pull requests` });

    const again = await tp.orch(['init', '--protect-base', '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`main on acme/widgets is already protected: ruleset ${out.ruleset.id} (acme/widgets) requires pull requests. Nothing created.`);
    expect(gh.rulesets()).toHaveLength(1);
    expect(gh.unimplemented).toEqual([]);
  });
});
