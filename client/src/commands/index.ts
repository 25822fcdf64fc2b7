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
  // The explorer passes (folder, selection); scripts may pass the answers as a plain object.
  const given = <T>(args: unknown[]): T | undefined => args.find((a): a is T => typeof a === 'object' && a !== null && !(a instanceof Uri) && !Array.isArray(a));
  for (const c of NEW_DOCUMENT_COMMANDS) register(c.command, (...args: unknown[]) => newDocument(client, c.kind, c.label, args[0] instanceof Uri ? args[0] : undefined, given(args)));
  register('processDocs.supersedeAdr', (...args: unknown[]) => supersedeAdr(client, given(args)));
  register('processDocs.linkAdrs', (...args: unknown[]) => linkAdrs(client, given(args)));
  register('processDocs.renumberAdrs', () => renumberAdrs(client));
  register('processDocs.showDecisionIndex', () => DecisionIndexPanel.show(context, client));
  register('processDocs.generateDecisionIndex', () => generateDecisionIndex(client));
}
