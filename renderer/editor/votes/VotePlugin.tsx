import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  KEY_ENTER_COMMAND,
  type BaseSelection,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { useEffect, useState } from 'react';
import type { VoteJSON } from '../../../core/content/nodes-protocol';
import type { Lang } from '../../../core/i18n/catalog';
import type { ProtocolDocument } from '../../../core/model/schema';
import { EDIT_VOTE_COMMAND, INSERT_VOTE_COMMAND } from '../commands';
import { $mentionsInOrder } from '../nodes/useSpeakerMentions';
import { $createVoteNode, $isVoteNode, type VoteNode } from '../nodes/VoteNode';
import { VoteDialog } from './VoteDialog';

/** The vote node's data replaced by `vote` (the dialog's result). */
export function $setVote(node: VoteNode, vote: VoteJSON): void {
  node
    .setOutcome(vote.outcome)
    .setSubject(vote.subject)
    .setCounts(vote.counts)
    .setNamedVotes(vote.namedVotes)
    .setExcluded(vote.excluded);
}

/**
 * Inserts a vote block at the caret: an empty paragraph is replaced by it, elsewhere the block
 * around the caret is split. The caret goes to the text after the vote.
 */
export function $insertVote(vote: VoteJSON): VoteNode {
  const node = $createVoteNode(vote);
  if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
  const selection = $getSelection();
  let anchor: LexicalNode | null = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  // A caret on a section itself (a click on an empty section's placeholder) stands at one of
  // its lines: that line is the one the vote goes to.
  if ($isRangeSelection(selection) && $isElementNode(anchor) && $isRootOrShadowRoot(anchor)) {
    const size = anchor.getChildrenSize();
    anchor = anchor.getChildAtIndex(Math.min(selection.anchor.offset, size - 1)) ?? anchor;
  }
  const block = anchor
    ? $findMatchingParent(anchor, (n) => $isElementNode(n) && !n.isInline())
    : null;
  if (
    block &&
    $isParagraphNode(block) &&
    block.getTextContent() === '' &&
    $isRootOrShadowRoot(block.getParentOrThrow())
  ) {
    block.replace(node);
  } else {
    $insertNodeToNearestRoot(node);
  }
  let next = node.getNextSibling();
  if (next === null) {
    next = $createParagraphNode();
    node.insertAfter(next);
  }
  if ($isElementNode(next)) next.selectStart();
  else node.selectNext();
  return node;
}

type Open = { key: NodeKey | null; vote: VoteJSON | null; before: ReadonlySet<string> };

export interface VotePluginProps {
  document: ProtocolDocument;
  itemId: string | null;
  lang: Lang;
  readOnly: boolean;
}

/**
 * Vote results: the toolbar, the slash menu and Ctrl+Alt+B insert one through the vote dialog;
 * a double click on a vote, or Enter on a selected one, opens the same dialog to change it.
 */
export function VotePlugin({ document, itemId, lang, readOnly }: VotePluginProps) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<Open | null>(null);
  const [saved, setSaved] = useState<BaseSelection | null>(null);

  useEffect(() => {
    if (readOnly) return;
    const edit = (key: NodeKey): boolean => {
      const node = $getNodeByKey(key);
      if (!$isVoteNode(node)) return false;
      setSaved(null);
      setOpen({ key, vote: node.toVote(), before: $mentionsInOrder().get(key) ?? new Set() });
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        INSERT_VOTE_COMMAND,
        () => {
          const selection = $getSelection();
          setSaved(selection ? selection.clone() : null);
          setOpen({ key: null, vote: null, before: new Set() });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(EDIT_VOTE_COMMAND, edit, COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isNodeSelection(selection)) return false;
          const nodes = selection.getNodes();
          if (nodes.length !== 1 || !$isVoteNode(nodes[0])) return false;
          event?.preventDefault();
          return edit(nodes[0].getKey());
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, readOnly]);

  if (open === null || readOnly) return null;
  const close = () => {
    setOpen(null);
    editor.focus();
  };
  return (
    <VoteDialog
      document={document}
      itemId={itemId}
      lang={lang}
      initial={open.vote}
      mentionedBefore={open.before}
      onCancel={close}
      onSubmit={(vote) => {
        editor.update(() => {
          if (open.key !== null) {
            const node = $getNodeByKey(open.key);
            if ($isVoteNode(node)) $setVote(node, vote);
            return;
          }
          if (saved) $setSelection(saved.clone());
          $insertVote(vote);
        });
        close();
      }}
    />
  );
}
