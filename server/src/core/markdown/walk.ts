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
