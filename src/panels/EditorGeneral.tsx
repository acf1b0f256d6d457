/** The editor's general section: id, titles and briefings in both languages, clock, seed, interval, mode; and the scoring weights. */
import type { Json } from '../editor/docPath';
import { DEFAULT_WEIGHTS } from '../../sim/kpi/judge/rules';
import { useT } from '../app/context';
import { NumberField, SelectField, TextField, withDefault, type Edit } from './EditorFields';

export function EditorGeneral({ doc, edit }: { readonly doc: Json; readonly edit: Edit }) {
  const t = useT();
  const p = { doc, edit };
  const briefing = withDefault(doc, edit, ['briefing'], { fr: '', en: '' });
  return (
    <section className="editor-section" aria-labelledby="editor-general">
      <h3 id="editor-general">{t('editor.section.general')}</h3>
      <div className="editor-grid">
        <TextField {...p} path={['id']} label={t('editor.id')} testId="editor-id" />
        <NumberField {...p} path={['seed']} label={t('editor.seed')} testId="editor-seed" step={1} />
        <TextField {...p} path={['title', 'fr']} label={t('editor.titleFr')} testId="editor-title-fr" />
        <TextField {...p} path={['title', 'en']} label={t('editor.titleEn')} testId="editor-title-en" />
        <TextField {...briefing} path={['briefing', 'fr']} label={t('editor.briefingFr')} multiline className="wide" />
        <TextField {...briefing} path={['briefing', 'en']} label={t('editor.briefingEn')} multiline className="wide" />
        <TextField {...p} path={['clock', 'start']} label={t('editor.clockStart')} testId="editor-clock-start" />
        <TextField {...p} path={['clock', 'end']} label={t('editor.clockEnd')} testId="editor-clock-end" />
        <NumberField {...p} path={['stats', 'intervalMinutes']} label={t('editor.interval')} step={5} />
        <SelectField
          {...p}
          path={['mode']}
          label={t('editor.mode')}
          options={[
            { value: 'realistic', label: t('picker.mode.realistic') },
            { value: 'ideal', label: t('picker.mode.ideal') },
          ]}
        />
      </div>
    </section>
  );
}

export function EditorScoring({ doc, edit }: { readonly doc: Json; readonly edit: Edit }) {
  const t = useT();
  const blocks = ['resources', 'people', 'improvement'] as const;
  // The engine's defaults, shown until the scenario sets its own.
  const weights = withDefault(doc, edit, ['scoring', 'weights'], { ...DEFAULT_WEIGHTS });
  return (
    <section className="editor-section" aria-labelledby="editor-scoring">
      <h3 id="editor-scoring">{t('editor.section.scoring')}</h3>
      <div className="editor-grid three">
        {blocks.map((b) => (
          <NumberField key={b} {...weights} path={['scoring', 'weights', b]} label={t(`editor.weight.${b}`)} testId={`editor-weight-${b}`} step={0.05} />
        ))}
      </div>
    </section>
  );
}
