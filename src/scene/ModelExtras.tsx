/**
 * The batched small parts (attachment footprints and trigger points) and the camera moves that
 * follow the panel (CameraFocus). Loaded after the model's
 * first frame (ThighModel imports this file lazily): they are extras drawn over the limb, and
 * their code would otherwise count against the start-up budget. Nothing here imports R3F at
 * run time (`invalidate` comes as a prop): that import alone made the bundler split three out
 * of its chunk, costing ~3 KB gzip at start-up.
 */
import { AttachmentBatch } from './AttachmentBatch.tsx';
import { CameraFocus } from './CameraFocus.tsx';
import { TestHook, type TestHookProps } from './TestHook.tsx';
import { ModelLabelsHost } from './ModelLabelsHost.tsx';
import { HoverLabel } from './HoverLabel.tsx';

export { PainMarkers } from './PainMarkers.tsx';
export { coordinateAt, skinHover, skinSitesToToggle } from './skin-input.ts';
import { TriggerPointBatch, type TriggerPointBatchProps } from './TriggerPointBatch.tsx';
import type { ModelPart } from './model-parts.ts';

export interface ModelExtrasProps extends Omit<TriggerPointBatchProps, 'parts'>, TestHookProps {
  attachments: readonly ModelPart[];
  points: readonly ModelPart[];
}

export function ModelExtras(props: ModelExtrasProps) {
  const { attachments, points, rankTints, relevant, invalidate } = props;
  return (
    <>
      <AttachmentBatch parts={attachments} invalidate={invalidate} />
      <TriggerPointBatch parts={points} rankTints={rankTints} relevant={relevant} invalidate={invalidate} />
      {/* After the batches: it frames the items they register. */}
      <CameraFocus />
      <TestHook limb={props.limb} camera={props.camera} gl={props.gl} controls={props.controls} />
      <HoverLabel limb={props.limb} camera={props.camera} gl={props.gl} />
      <ModelLabelsHost limb={props.limb} camera={props.camera} gl={props.gl} />
    </>
  );
}
