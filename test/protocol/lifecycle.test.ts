// The server never outlives the editor that started it: over stdio it exits
// when its input closes, and over any transport once the process named in
// `initialize` is gone — so a crashed editor leaves no server behind.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LspClient, SERVER } from './lsp-client';

/** Whether `pid` is a live process (a zombie counts as gone: it has exited, only unreaped). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < withinMs; ) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * An editor stand-in: starts the server over `transport`, initializes it with
 * its own process id, prints the server's pid, and waits to be killed.
 */
const EDITOR = `
const { spawn, fork } = require('node:child_process');
const [server, transport] = process.argv.slice(1);
const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } };
const child = transport === 'stdio'
  ? spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] })
  : fork(server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
const ready = () => process.stdout.write(child.pid + '\\n');
if (transport === 'stdio') {
  const body = JSON.stringify(initialize);
  child.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
  child.stdout.once('data', ready);
} else {
  child.send(initialize);
  child.once('message', ready);
}
setInterval(() => {}, 1000);
`;

function startEditor(transport: 'stdio' | 'ipc'): Promise<{ editor: import('node:child_process').ChildProcess; server: number }> {
  const editor = spawn(process.execPath, ['-e', EDITOR, SERVER, transport], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    editor.stdout!.once('data', (d: Buffer) => resolve({ editor, server: Number(d.toString().trim()) }));
    editor.once('exit', (code) => reject(new Error(`the editor stand-in exited with ${code}`)));
  });
}

// Timeouts here are hang guards; the server's own check runs every 3 s.
describe('language server lifetime', { timeout: 60_000 }, () => {
  for (const transport of ['stdio', 'ipc'] as const) {
    it(`exits when the editor that started it over ${transport} is killed`, async () => {
      const { editor, server } = await startEditor(transport);
      assert.ok(alive(server), 'the server runs while its editor does');
      editor.kill('SIGKILL');
      assert.ok(await gone(server, 15_000), `server ${server} still running after its editor was killed`);
    });
  }

  it('exits when the process named in initialize dies, though its input stays open', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const client = new LspClient();
    await client.connection.sendRequest('initialize', { processId: parent.pid, rootUri: null, capabilities: {} });
    const exited = new Promise<number | null>((resolve) => client.child.once('exit', resolve));
    assert.equal(client.child.exitCode, null);
    parent.kill('SIGKILL');
    assert.equal(await exited, 1, 'exit code 1: no shutdown was asked for');
    client.connection.dispose();
  });
});
