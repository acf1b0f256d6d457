/**
 * The editor's team: advisers listed one by one (name, proficiency per
 * channel, shift, new hire; add and remove), or a generated team's group sizes
 * with a way to list it. Breaks, routing profiles and concurrency are kept.
 */
import { resolveTeam } from '../../sim/model/team';
import { getAt, isObject, setAt, type Json } from '../editor/docPath';
import { addAdviser, advisersOf, channelIds, listTeam, removeAdviser, setShift, setSkill } from '../editor/teamEdits';
import type { Scenario } from '../../sim/scenario/schema';
import { useT } from '../app/context';
import { NumberField, NumberInput, TextField, type Edit } from './EditorFields';

function Generated({ doc, edit, valid }: { readonly doc: Json; readonly edit: Edit; readonly valid: Scenario | null }) {
  const t = useT();
  const generate = getAt(doc, ['team', 'generate']);
  const groups = Array.isArray(generate) ? generate : [generate];
  const count = groups.reduce<number>((n, g) => n + (isObject(g) && typeof g.count === 'number' ? g.count : 0), 0);
  return (
    <>
      <p>{t('editor.generated', { count, groups: groups.length })}</p>
      <div className="editor-grid three">
        {groups.map((_, k) => (
          <NumberField key={k} doc={doc} edit={edit} path={Array.isArray(generate) ? ['team', 'generate', k, 'count'] : ['team', 'generate', 'count']} label={t('editor.groupCount', { n: k + 1 })} step={1} />
        ))}
      </div>
      {/* Listing needs the engine's resolution of the team (ids and names), so only a valid document can be listed. */}
      <button type="button" className="btn" disabled={!valid} data-testid="editor-list-team" onClick={() => valid && edit((d) => listTeam(d, resolveTeam(valid)))}>
        {t('editor.listTeam')}
      </button>
    </>
  );
}

export function EditorTeam({ doc, edit, valid }: { readonly doc: Json; readonly edit: Edit; readonly valid: Scenario | null }) {
  const t = useT();
  const advisers = advisersOf(doc);
  const channels = channelIds(doc);
  // Without a shift an adviser works the whole day: the placeholders say so.
  const day = { start: String(getAt(doc, ['clock', 'start']) ?? ''), end: String(getAt(doc, ['clock', 'end']) ?? '') };
  return (
    <section className="editor-section" aria-labelledby="editor-team">
      <h3 id="editor-team">{t('editor.section.team')}</h3>
      {advisers === null ? (
        <Generated doc={doc} edit={edit} valid={valid} />
      ) : (
        <>
          <ul className="editor-advisers" data-testid="editor-advisers">
            {advisers.map((a, i) => {
              const skills = isObject(a.skills) ? a.skills : {};
              const shift = isObject(a.shift) ? a.shift : {};
              return (
                <li key={i} className="editor-adviser" data-testid="editor-adviser">
                  <span className="adviser-id">{String(a.id ?? '')}</span>
                  <TextField doc={doc} edit={edit} path={['team', 'advisers', i, 'name']} label={t('editor.adviserName')} testId={`editor-adviser-name-${i}`} className="name" />
                  {channels.map((c) => (
                    <label key={c} className="field skill" title={t('editor.skillHelp')}>
                      <span>{t('editor.skill', { channel: c })}</span>
                      <NumberInput
                        min={0}
                        max={1}
                        step={0.05}
                        value={typeof skills[c] === 'number' ? skills[c] : null}
                        testId={`editor-skill-${i}-${c}`}
                        onNumber={(n) => edit((d) => setSkill(d, i, c, n))}
                      />
                    </label>
                  ))}
                  <label className="field clock">
                    <span>{t('editor.shiftStart')}</span>
                    <input type="text" placeholder={day.start} value={typeof shift.start === 'string' ? shift.start : ''} onChange={(e) => edit((d) => setShift(d, i, 'start', e.target.value))} />
                  </label>
                  <label className="field clock">
                    <span>{t('editor.shiftEnd')}</span>
                    <input type="text" placeholder={day.end} value={typeof shift.end === 'string' ? shift.end : ''} onChange={(e) => edit((d) => setShift(d, i, 'end', e.target.value))} />
                  </label>
                  <label className="check">
                    <input type="checkbox" checked={a.newHire === true} onChange={(e) => edit((d) => setAt(d, ['team', 'advisers', i, 'newHire'], e.target.checked))} />
                    {t('editor.newHire')}
                  </label>
                  <button type="button" className="btn small" data-testid={`editor-remove-adviser-${i}`} onClick={() => edit((d) => removeAdviser(d, i))}>
                    {t('editor.removeAdviser')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="btn" data-testid="editor-add-adviser" onClick={() => edit((d) => addAdviser(d, t('editor.newAdviserName')))}>
            {t('editor.addAdviser')}
          </button>
        </>
      )}
    </section>
  );
}
