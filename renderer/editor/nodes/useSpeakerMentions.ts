import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useEffect, useState } from 'react';
import { $isSpeakerNode, SpeakerNode } from './SpeakerNode';

/** Who was named before each speaker node, walking the item in document order. */
export function $mentionsInOrder(): Map<string, ReadonlySet<string>> {
  const result = new Map<string, ReadonlySet<string>>();
  const named = new Set<string>();
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isSpeakerNode(node)) {
      result.set(node.getKey(), new Set(named));
      for (const id of node.getPersonIds()) named.add(id);
    } else if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return result;
}

/**
 * Recomputed only when a speaker node is created, changed or removed (a walk of the item),
 * never on an ordinary keystroke.
 */
export function useSpeakerMentions(): ReadonlyMap<string, ReadonlySet<string>> {
  const [editor] = useLexicalComposerContext();
  const [mentions, setMentions] = useState<ReadonlyMap<string, ReadonlySet<string>>>(
    () => new Map(),
  );
  useEffect(
    () =>
      editor.registerMutationListener(SpeakerNode, () => {
        setMentions(editor.getEditorState().read($mentionsInOrder));
      }),
    [editor],
  );
  return mentions;
}
