import { spawn } from 'node:child_process';

/** The platform's "open this URL" program, as an argument array (never a shell string). */
export function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // Not `cmd /c start`: cmd would parse the URL's `&` as a command separator.
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

/** Opens a URL in the user's browser without waiting for it; false when no opener could be started. */
export function openUrl(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const [cmd, args] = openerFor(platform, url);
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
