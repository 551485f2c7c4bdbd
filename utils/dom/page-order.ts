/**
 * Document order across shadow trees: compareDocumentPosition() reports nodes of different trees as
 * disconnected, so a shadow tree's nodes are placed at their host, before the host's own (light) children,
 * which most often show through a slot after or among them. Keyboard navigation relies on mentions and
 * their blocks sorting the same way (utils/dom/mention-navigation.ts).
 */

/** Negative when `a` comes first in the page, positive when `b` does. */
export function compareInPage(a: Node, b: Node): number {
  const direct = a.compareDocumentPosition(b);
  if (!(direct & Node.DOCUMENT_POSITION_DISCONNECTED)) {
    return direct & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : direct & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  }
  const pathA = hostPath(a);
  const pathB = hostPath(b);
  for (let i = 0; i < Math.min(pathA.length, pathB.length); i++) {
    const x = pathA[i]!;
    const y = pathB[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  // One is the host (or its shadow root) of a tree the other is in: the shadow tree's nodes come first.
  return pathB.length - pathA.length;
}

/** The node preceded by the shadow hosts it sits under, outermost first. */
function hostPath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    path.unshift(root.host);
  }
  return path;
}
