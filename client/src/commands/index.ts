// Every command of the extension, registered once the language client runs.
import { commands, Uri, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DecisionIndexPanel } from '../preview/panel';
import { generateDecisionIndex } from './generateIndex';
import { linkAdrs } from './link';
import { newDocument, NEW_DOCUMENT_COMMANDS } from './newDocument';
import { renumberAdrs } from './renumber';
import { supersedeAdr } from './supersede';

export function registerCommands(context: ExtensionContext, client: LanguageClient): void {
  const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(commands.registerCommand(id, run));
  for (const c of NEW_DOCUMENT_COMMANDS) register(c.command, (folder?: unknown) => newDocument(client, c.kind, c.label, folder instanceof Uri ? folder : undefined));
  register('processDocs.supersedeAdr', () => supersedeAdr(client));
  register('processDocs.linkAdrs', () => linkAdrs(client));
  register('processDocs.renumberAdrs', () => renumberAdrs(client));
  register('processDocs.showDecisionIndex', () => DecisionIndexPanel.show(context, client));
  register('processDocs.generateDecisionIndex', () => generateDecisionIndex(client));
}
