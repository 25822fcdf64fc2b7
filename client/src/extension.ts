// activate(): start the language client and register the commands.
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const settings = workspace.getConfiguration('processDocs');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    initializationOptions: { enable: settings.get('enable', true), validateDelay: settings.get('validateDelay', 150) },
  };
  client = new LanguageClient('processDocs', 'Process Docs', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
  registerCommands(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
