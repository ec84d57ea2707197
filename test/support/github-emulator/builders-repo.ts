// Renders users, repositories and labels, typed with the official OpenAPI schemas.
import { createHash } from 'node:crypto';
import type { RenderCtx } from './records.js';
import type { S } from './types.js';

export const HTML = 'https://github.com';
const EPOCH = '2024-01-01T00:00:00Z';

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function numId(seed: string): number {
  return parseInt(fakeSha(seed).slice(0, 7), 16);
}

export function user(login: string): S['simple-user'] {
  const url = `https://api.github.com/users/${login}`;
  return {
    login,
    id: numId(`user:${login}`),
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${numId(`user:${login}`)}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${HTML}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

export function privateUser(login: string): S['private-user'] {
  return {
    ...user(login),
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: EPOCH,
    updated_at: EPOCH,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/** Fields common to repository, full-repository and minimal-repository (inferred, then checked by each). */
function repoBase(c: RenderCtx) {
  const full = `${c.owner}/${c.repo}`;
  const url = `${c.api}/repos/${full}`;
  return {
    id: numId(`repo:${full}`),
    node_id: `R_${full}`,
    name: c.repo,
    full_name: full,
    owner: user(c.owner),
    private: false,
    html_url: `${HTML}/${full}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${HTML}/${full}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: `${HTML}/${full}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1,
    default_branch: c.defaultBranch,
    open_issues_count: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: EPOCH,
    created_at: EPOCH,
    updated_at: EPOCH,
    forks: 0,
    open_issues: 0,
    watchers: 0,
    license: null,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
  };
}

export function repository(c: RenderCtx): S['repository'] {
  return repoBase(c);
}

export function fullRepository(c: RenderCtx): S['full-repository'] {
  return { ...repoBase(c), subscribers_count: 0, network_count: 0 };
}

export function minimalRepository(c: RenderCtx): S['minimal-repository'] {
  return repoBase(c);
}

function labelColor(name: string): string {
  return fakeSha(`label:${name}`).slice(0, 6);
}

export function label(c: RenderCtx, name: string): S['label'] {
  return {
    id: numId(`label:${name}`),
    node_id: `LA_${name}`,
    url: `${c.api}/repos/${c.owner}/${c.repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: labelColor(name),
    default: false,
  };
}
