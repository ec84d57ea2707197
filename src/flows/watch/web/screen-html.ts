import { AnsiUp } from 'ansi_up';
import { redact } from '../../../errors.js';

/**
 * A terminal screen (tmux `capture-pane -e`: text plus SGR colour sequences) as HTML. The text is untrusted
 * (worker output, issue text echoed back): ansi_up escapes every character of it and emits only `<span style>`
 * for colours; terminal hyperlinks (OSC 8) are turned off so no link from a screen ever becomes clickable.
 */
export function screenHtml(raw: string): string {
  const au = new AnsiUp();
  au.escape_html = true;
  au.url_allowlist = {};
  // A screen's trailing blank lines carry nothing (tmux pads a 50-line pane).
  const lines = redact(raw).split('\n');
  while (lines.length && !lines[lines.length - 1]!.replace(/\u001b\[[0-9;:]*m/g, '').trim()) lines.pop();
  return au.ansi_to_html(lines.join('\n'));
}
