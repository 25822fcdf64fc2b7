// Show Decision Index: a webview beside the editor, fed by the language server's
// index and refreshed whenever the server says the index changed.
import { Uri, ViewColumn, window, workspace, type Disposable, type ExtensionContext, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { decisionIndex, didChangeIndex } from '../../../server/src/protocol';
import { request } from '../commands/request';
import { makeNonce, webviewHtml } from './html';
import { validateMessage, type IndexMessage } from './messages';

export class DecisionIndexPanel {
  private static current: DecisionIndexPanel | undefined;
  private shown = new Set<string>();
  private readonly disposables: Disposable[] = [];

  static show(context: ExtensionContext, client: LanguageClient): void {
    if (DecisionIndexPanel.current) {
      DecisionIndexPanel.current.panel.reveal(ViewColumn.Beside);
      return;
    }
    const assets = Uri.joinPath(context.extensionUri, 'dist', 'webview');
    const panel = window.createWebviewPanel('processDocs.decisionIndex', 'Decision Index', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [assets],
      retainContextWhenHidden: false,
    });
    DecisionIndexPanel.current = new DecisionIndexPanel(panel, client, assets);
  }

  private constructor(
    private readonly panel: WebviewPanel,
    private readonly client: LanguageClient,
    assets: Uri,
  ) {
    const asset = (...p: string[]) => panel.webview.asWebviewUri(Uri.joinPath(assets, ...p)).toString();
    panel.webview.html = webviewHtml({ cspSource: panel.webview.cspSource, nonce: makeNonce(), script: asset('main.js'), style: asset('style.css'), codicons: asset('codicons', 'codicon.css') });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => this.received(raw)),
      client.onNotification(didChangeIndex, () => void this.refresh()),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private async received(raw: unknown): Promise<void> {
    const msg = validateMessage(raw, this.shown);
    if (!msg) return;
    if (msg.type === 'ready') return this.refresh();
    const uri = Uri.parse(msg.uri, true);
    // Only files of an open workspace folder, whatever the index said.
    if (uri.scheme !== 'file' || !workspace.getWorkspaceFolder(uri)) return;
    await window.showTextDocument(uri, { viewColumn: ViewColumn.One, preview: true });
  }

  private async refresh(): Promise<void> {
    const index = await request(this.client, decisionIndex, {});
    this.shown = new Set(index.folders.flatMap((f) => f.entries.map((e) => e.uri)));
    const message: IndexMessage = { type: 'index', folders: index.folders.map((f) => ({ name: f.name, entries: f.entries })) };
    await this.panel.webview.postMessage(message);
  }

  private dispose(): void {
    DecisionIndexPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
  }
}
