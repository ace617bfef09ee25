/**
 * Every command the README shows in a ```sh block is run here, in order, as a newcomer would type
 * it in a clone (a scratch folder inside it, with `public/` and `tests/` linked in) — against the
 * scripted OpenAI-compatible server where the README names a local server — or is named below as
 * covered elsewhere, with the reason. A command added to the README that nothing runs fails this test.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';
import { jsonLines, ROOT } from './support/run-cli';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The address the README gives for a local server; the scripted server stands in for it. */
const README_SERVER = 'http://127.0.0.1:8080/v1';

/** The commands of the README's ```sh blocks, continuation lines joined, comments dropped. */
function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const joined = block[1]!.replace(/\\\n\s*/g, ' ');
    for (const line of joined.split('\n')) {
      const command = line.replace(/\s+#\s.*$/, '').trim();
      if (command) commands.push(command);
    }
  }
  return commands;
}

/** GSM8K references by question, so the stand-in model can be right on some seeds and wrong on others. */
const gsm8k = new Map(
  readFileSync(join(ROOT, 'public', 'problems', 'gsm8k.first50.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { question: string; answer: string })
    .map((p) => [p.question.replace(/\s+/g, ' ').trim(), p.answer.split('####').at(-1)!.trim().replace(/,/g, '')] as const),
);

let server: ScriptedOpenAiServer;
const work = join(ROOT, 'tmp', `readme-${process.pid}`);

beforeAll(async () => {
  server = await startScriptedOpenAiServer({
    script: ({ prompt, body }) => {
      const out = lastOutputIn(prompt);
      if (prompt.includes('the first 100 primes')) {
        return out === null ? 'Sum the first 100 primes with sympy.\n```python\nfrom sympy import prime\nprint(sum(prime(i) for i in range(1, 101)))\n```\n' : `The sum is \\boxed{${out.trim()}}.`;
      }
      const question = [...gsm8k.keys()].find((q) => prompt.replace(/\s+/g, ' ').includes(q));
      const right = gsm8k.get(question ?? '') ?? '0';
      // Right on two seeds in three, so a problem has both right and wrong samples to pair.
      const answer = (body.seed ?? 0) % 3 === 0 ? String(Number(right) + 1) : right;
      const wantsCode = /integrate natural language reasoning with programs/.test(prompt);
      if (wantsCode && out === null) return `Compute it.\n\`\`\`python\nprint(${answer})\n\`\`\`\n`;
      return `So the answer is \\boxed{${out?.trim() ?? answer}}.`;
    },
  });
  mkdirSync(work, { recursive: true });
  symlinkSync(join(ROOT, 'public'), join(work, 'public'));
  symlinkSync(join(ROOT, 'tests'), join(work, 'tests'));
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a README command line in the scratch folder through the shell, as typed (asynchronously: the scripted server lives in this process). */
function shell(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));
  const child = spawn('sh', ['-c', command.replaceAll(README_SERVER, server.baseUrl)], { cwd: work, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** `npm start`: the URL comes first, with no warning above it, and it serves the page. */
async function npmStartServesThePage(): Promise<void> {
  const child = spawn('npm', ['start'], { cwd: ROOT, detached: true, env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))) });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start printed no URL within 120 s:\n${output}`)), 120_000);
      const read = (d: Buffer) => {
        // Vite colours its banner when the environment asks for colour (CI sets FORCE_COLOR), which splits "Local:".
        output += stripVTControlCharacters(d.toString());
        const m = /Local:\s+(http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (${code ?? signal}) before printing a URL:\n${output}`));
      });
    });
    // What precedes the URL: npm's echo of the script, then Vite's banner — no warning.
    const before = output.slice(0, output.indexOf('Local:')).replace(/^> .*$/gm, '');
    expect(before).not.toMatch(/warn|configLoader|\(!\)/i);
    expect(before.split('\n').length).toBeLessThan(10);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app"');
  } finally {
    // The group may be gone already (npm start failed); the error above is the one worth reporting.
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {}
  }
}

/** What each README command is checked by. */
const HANDLERS: { match: RegExp; run(command: string): void | Promise<void> }[] = [
  { match: /^npm install && npm start$/, run: async () => {
    // `npm install` is what .ci/run does first (as `npm ci`); `npm start` is run here.
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm ci\b/m);
    await npmStartServesThePage();
  } },
  { match: /^npm test$/, run: () => {
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8').trimEnd()).toMatch(/\nnpm test$/);
  } },
  { match: /^npm run build$/, run: async () => {
    const out = join(work, 'dist');
    const ran = await shell(`cd ${JSON.stringify(ROOT)} && npm run -s build -- --outDir ${JSON.stringify(out)} --emptyOutDir --logLevel error`);
    expect(ran.code, ran.stderr).toBe(0);
    for (const file of ['index.html', 'sw.js']) expect(existsSync(join(out, file))).toBe(true);
  } },
  { match: /^python3? training\/train\.py (sft|dpo|orpo) /, run: (command) => {
    // Needs a trained checkpoint and real data; the training smoke test (npm test) runs the same
    // subcommand's parse_args and trainer on a tiny model.
    const method = /train\.py (\w+)/.exec(command)![1]!;
    expect(readFileSync(join(ROOT, 'training', 'smoke', 'smoke_test.py'), 'utf8')).toContain(`args("${method}"`);
  } },
  { match: /^bash training\/smoke\/run\.sh$/, run: () => {
    expect(readFileSync(join(ROOT, 'tests', 'unit', 'dataset', 'training-smoke.test.ts'), 'utf8')).toContain("'smoke', 'run.sh'");
  } },
  { match: /^(mkdir -p \S+|(echo .* \| )?npx lce .*)$/, run: async (command) => {
    const ran = await shell(command);
    expect(ran.code, `${command}\n${ran.stderr}`).toBe(0);
    if (/npx lce (solve|exec|grade|collect|recordings --json)/.test(command)) expect(() => jsonLines(ran.stdout)).not.toThrow();
    if (/npx lce solve .*--reference/.test(command)) expect(jsonLines(ran.stdout)[0]).toMatchObject({ verdict: { equal: true } });
    if (/--out (\S+)/.test(command)) expect(existsSync(join(work, /--out (\S+)/.exec(command)![1]!))).toBe(true);
  } },
];

describe('the README', () => {
  const commands = readmeCommands(README);

  test('should show commands a test can find', () => {
    expect(commands.length).toBeGreaterThan(8);
    expect(commands).toContain('npm test');
  });

  test.each(commands.map((c) => [c]))('should run as shown: %s', async (command) => {
    const handler = HANDLERS.find((h) => h.match.test(command));
    expect(handler, `no test runs this README command: ${command}`).toBeDefined();
    await handler!.run(command);
  }, 600_000);
});
