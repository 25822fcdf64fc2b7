import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';

/**
 * Visits nodes in document order without recursion (documents may nest
 * thousands deep). Returning `false` skips a node's children.
 */
export function walk(tree: Root, visit: (node: Node) => boolean | void): void {
  const stack: Node[] = [];
  for (let i = tree.children.length - 1; i >= 0; i--) stack.push(tree.children[i]);
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const kids = (node as Parent).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** Source range of a node (offsets are always present in remark's trees). */
export function rangeOf(node: Node): { start: number; end: number } {
  return { start: node.position!.start.offset!, end: node.position!.end.offset! };
}

/**
 * A node's text as mdast-util-to-string gives it (values, image alts), without
 * recursion: emphasis and links may nest thousands deep and overflow the stack.
 */
export function textOf(node: Node, options: { includeHtml?: boolean } = {}): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop() as Node & { value?: unknown; alt?: unknown; children?: Node[] };
    if ('value' in n) {
      if (options.includeHtml !== false || n.type !== 'html') parts.push(String(n.value ?? ''));
    } else if (typeof n.alt === 'string' && n.alt) parts.push(n.alt);
    else if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join('');
}
