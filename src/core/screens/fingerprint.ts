/** A fingerprint of a screen that stays the same while only volatile parts change (spinner, timers, hints). */
import { FINISHED_RE, SPINNER_RE, screenLines, stripHints } from './layout.js';

/**
 * The screen with its volatile parts normalised: transient footer hints removed (Auto-updating…, tmux
 * focus-events, effort level), a working spinner line (glyph, random verb, elapsed seconds, token count)
 * reduced to '<spinner>', the finished line's glyph and verb (re-rendered "Cogitated" -> "Worked") to
 * '<done>', the retry countdown to 'Retrying in Ns', and blank lines dropped (hints come and go on their own rows).
 */
export function normalizeScreen(text: string): string {
  const out: string[] = [];
  for (const line of screenLines(text)) {
    let l = stripHints(line);
    if (l.trim() === '') continue;
    if (/Retrying in \d/.test(l)) l = l.replace(/^\S /, '<glyph> ').replace(/Retrying in \d+\s*s\b/, 'Retrying in Ns');
    else if (SPINNER_RE.test(l)) l = '<spinner>';
    else if (FINISHED_RE.test(l)) l = l.replace(/^\S \S+ for /, '<done> for ');
    out.push(l);
  }
  return out.join('\n');
}

/** cyrb53: a fast 53-bit string hash (no crypto needed; collisions only have to be unlikely). */
function cyrb53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A short fingerprint (14 hex digits) of the screen ignoring volatile parts (see normalizeScreen), so an
 * unchanged screen gives the same fingerprint across captures.
 */
export function screenFingerprint(text: string): string {
  return cyrb53(normalizeScreen(text));
}
