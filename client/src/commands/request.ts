import type { LanguageClient } from 'vscode-languageclient/node';
import type { RequestSpec } from '../../../server/src/protocol';

/** A typed custom request to the language server. */
export function request<P, R>(client: LanguageClient, spec: RequestSpec<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(spec.method, params);
}
