/**
 * Skill chips, one per channel, beside the open space: drag one onto an
 * adviser's marker (or row in the list) to give them that skill (at 50 % if
 * new, other skills kept). Keyboard: a chip's button gives the skill to the
 * selected adviser.
 */
import { channelName } from '../i18n';
import { pushNotice } from '../store/uiStore';
import { useConsole, none, useSim, useT, useUi } from '../app/context';
import { skillMime, useGiveSkill } from '../app/useActions';

export function SkillPalette() {
  const t = useT();
  const { sim, ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const channels = useSim((s) => s.scenario?.channels ?? none);
  const give = useGiveSkill();
  return (
    <div className="skill-palette" role="group" aria-label={t('skills.palette')} data-testid="skill-palette">
      <span className="skill-palette-title" title={t('skills.help')}>
        {t('skills.palette')}
      </span>
      {channels.map((c) => (
        <button
          key={c.id}
          type="button"
          className="skill-chip"
          draggable
          data-testid={`skill-chip-${c.id}`}
          title={t('skills.chipHelp', { channel: channelName(c, lang) })}
          onDragStart={(e) => {
            e.dataTransfer.setData(skillMime, c.id);
            e.dataTransfer.setData('text/plain', c.id);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => {
            const id = ui.getState().selectedAdviserId;
            const adviser = sim.getState().snapshot?.advisers.find((a) => a.id === id);
            if (adviser) give(adviser, c.id);
            else pushNotice(ui, { tone: 'info', type: 'setSkills', adviserId: null, text: t('skills.selectFirst') });
          }}
        >
          {channelName(c, lang)}
        </button>
      ))}
    </div>
  );
}
