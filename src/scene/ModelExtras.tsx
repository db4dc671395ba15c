/**
 * The batched small parts: attachment footprints and trigger points. Loaded after the model's
 * first frame (ThighModel imports this file lazily): they are extras drawn over the limb, and
 * their code would otherwise count against the start-up budget. Nothing here imports R3F at
 * run time (`invalidate` comes as a prop): that import alone made the bundler split three out
 * of its chunk, costing ~3 KB gzip at start-up.
 */
import { AttachmentBatch } from './AttachmentBatch.tsx';
import { TriggerPointBatch, type TriggerPointBatchProps } from './TriggerPointBatch.tsx';
import type { ModelPart } from './model-parts.ts';

export interface ModelExtrasProps extends Omit<TriggerPointBatchProps, 'parts'> {
  attachments: readonly ModelPart[];
  points: readonly ModelPart[];
}

export function ModelExtras({ attachments, points, rankTints, relevant, invalidate }: ModelExtrasProps) {
  return (
    <>
      <AttachmentBatch parts={attachments} invalidate={invalidate} />
      <TriggerPointBatch parts={points} rankTints={rankTints} relevant={relevant} invalidate={invalidate} />
    </>
  );
}
