/**
 * The round's settings: region and layer, the kinds of question, and the keyboard form (questions
 * from descriptions, answered with choices). Changing a setting starts a new round.
 */
import { quizLayers, quizRegions, type QuizLayer, type QuizRegion } from '../../quiz/quiz-pool.ts';
import { modelKinds, type QuestionKind, type QuizSettings } from '../../quiz/quiz-round.ts';
import { RadioFieldset } from './RadioFieldset.tsx';

const regionLabels: Record<QuizRegion, string> = { all: 'All', hip: 'Hip', thigh: 'Thigh', leg: 'Leg' };
const layerLabels: Record<QuizLayer, string> = { all: 'All', superficial: 'Superficial', deep: 'Deep' };
const kindLabels: Partial<Record<QuestionKind, string>> = {
  name: 'Name the highlighted muscle',
  find: 'Find it on the model',
  attach: 'Where does it attach?',
};

export interface QuizSettingsFormProps {
  settings: QuizSettings;
  onChange(settings: QuizSettings): void;
  keyboard: boolean;
  onKeyboard(on: boolean): void;
  /** No model to point at: only the description form is offered. */
  noModel: boolean;
  onNewRound(): void;
}

export function QuizSettingsForm({
  settings,
  onChange,
  keyboard,
  onKeyboard,
  noModel,
  onNewRound,
}: QuizSettingsFormProps) {
  const toggleKind = (k: QuestionKind) => {
    const kinds = settings.kinds.includes(k) ? settings.kinds.filter((x) => x !== k) : [...settings.kinds, k];
    // At least one kind stays: an empty choice would leave nothing to ask.
    if (kinds.length > 0) onChange({ ...settings, kinds: modelKinds.filter((m) => kinds.includes(m)) });
  };
  return (
    <details className="quiz-settings">
      <summary>Round settings</summary>
      <RadioFieldset
        legend="Region"
        name="quiz-region"
        options={quizRegions}
        labels={regionLabels}
        value={settings.region}
        onChange={(region) => onChange({ ...settings, region })}
      />
      <RadioFieldset
        legend="Layer"
        name="quiz-layer"
        options={quizLayers}
        labels={layerLabels}
        value={settings.layer}
        onChange={(layer) => onChange({ ...settings, layer })}
      />
      {!noModel && (
        <fieldset>
          <legend>Questions</legend>
          {modelKinds.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                name="quiz-kind"
                value={k}
                checked={settings.kinds.includes(k)}
                disabled={keyboard}
                onChange={() => toggleKind(k)}
              />
              {kindLabels[k]}
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              name="quiz-keyboard"
              checked={keyboard}
              onChange={(e) => onKeyboard(e.target.checked)}
            />
            Keyboard only: name each muscle from its description
          </label>
        </fieldset>
      )}
      {noModel && (
        <p className="quiz-hint">Without the model, each question describes a muscle for you to name.</p>
      )}
      <button type="button" onClick={onNewRound}>
        New round
      </button>
    </details>
  );
}
