/** Claude Code transcript lines (JSONL) → the last turn as markdown. Pure. */
interface Block { type: string; text?: string; name?: string; input?: Record<string, unknown>; content?: unknown; is_error?: boolean }
interface Line { type?: string; isMeta?: boolean; message?: { role?: string; content?: string | Block[] } }

function blocks(l: Line): Block[] {
  const c = l.message?.content;
  if (typeof c === 'string') return [{ type: 'text', text: c }];
  return Array.isArray(c) ? c : [];
}

function isHumanPrompt(l: Line): boolean {
  if (l.type !== 'user' || l.isMeta || l.message?.role !== 'user') return false;
  const b = blocks(l);
  return b.length > 0 && !b.some((x) => x.type === 'tool_result') && b.some((x) => x.type === 'text' && !(x.text ?? '').startsWith('<'));
}

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((c: Block) => c.text ?? '').join('\n');
  return '';
}

export function lastTurnMarkdown(jsonl: string, full: boolean): { markdown: string; reply: string; prompt: string } {
  const lines: Line[] = [];
  for (const raw of jsonl.split('\n')) {
    if (!raw.trim()) continue;
    try {
      lines.push(JSON.parse(raw) as Line);
    } catch {
      /* a partial line at the end */
    }
  }
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (isHumanPrompt(lines[i]!)) { start = i; break; }
  if (start < 0) return { markdown: '(no turn yet)', reply: '', prompt: '' };
  const out: string[] = [];
  const prompt = blocks(lines[start]!).filter((b) => b.type === 'text' && !(b.text ?? '').startsWith('<')).map((b) => b.text).join('\n');
  out.push(`**Prompt**\n\n${prompt.split('\n').map((l) => `> ${l}`).join('\n')}`);
  let reply = '';
  for (const l of lines.slice(start + 1)) {
    for (const b of blocks(l)) {
      if (l.type === 'assistant' && b.type === 'text' && b.text?.trim()) {
        out.push(b.text.trim());
        reply = b.text.trim();
      } else if (b.type === 'tool_use') {
        const arg = (b.input?.command ?? b.input?.file_path ?? b.input?.pattern ?? JSON.stringify(b.input ?? {})) as string;
        out.push(`**${b.name}** \`${String(arg).replace(/`/g, "'").slice(0, 200)}\``);
      } else if (b.type === 'tool_result') {
        const text = resultText(b.content);
        const rows = text.split('\n');
        const shown = full || rows.length <= 5 ? rows : [...rows.slice(0, 5), `… (${rows.length - 5} more lines; --full shows all)`];
        out.push(`${b.is_error ? 'Error:' : 'Result:'}\n\`\`\`\n${shown.join('\n')}\n\`\`\``);
      }
    }
  }
  return { markdown: out.join('\n\n'), reply, prompt };
}
