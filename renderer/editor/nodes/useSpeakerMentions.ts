import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useEffect, useState } from 'react';
import { $isSpeakerNode, SpeakerNode } from './SpeakerNode';
import { $isVoteNode, VoteNode } from './VoteNode';

/**
 * Who was named before each speaker and vote node, walking the item in document order. A vote
 * names those excluded for bias, so it counts as a mention, as in print.
 */
export function $mentionsInOrder(): Map<string, ReadonlySet<string>> {
  const result = new Map<string, ReadonlySet<string>>();
  const named = new Set<string>();
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isSpeakerNode(node)) {
      result.set(node.getKey(), new Set(named));
      for (const id of node.getPersonIds()) named.add(id);
    } else if ($isVoteNode(node)) {
      result.set(node.getKey(), new Set(named));
      for (const id of node.getExcluded()) named.add(id);
    } else if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return result;
}

/**
 * Recomputed only when a speaker or vote node is created, changed or removed (a walk of the
 * item), never on an ordinary keystroke.
 */
export function useSpeakerMentions(): ReadonlyMap<string, ReadonlySet<string>> {
  const [editor] = useLexicalComposerContext();
  const [mentions, setMentions] = useState<ReadonlyMap<string, ReadonlySet<string>>>(
    () => new Map(),
  );
  useEffect(() => {
    const recompute = () => setMentions(editor.getEditorState().read($mentionsInOrder));
    return mergeRegister(
      editor.registerMutationListener(SpeakerNode, recompute),
      editor.registerMutationListener(VoteNode, recompute),
    );
  }, [editor]);
  return mentions;
}
