/**
 * Running a supervisor action from any panel (card, context menu, raised-hand
 * toast, skill drop): checks whether it makes sense now, and either submits it
 * (the outcome comes back as a notice) or explains why not, without sending.
 * Also: giving an adviser a skill (a skill chip dropped on them).
 */
import { useCallback } from 'react';
import type { AdviserSnapshot } from '../../sim/snapshot';
import { channelName } from '../i18n';
import { availability, commandFor, withSkill, type AdviserAction } from '../store/actionRules';
import { pushNotice } from '../store/uiStore';
import { useConsole, useT } from './context';
import { whyText } from '../store/supervisorText';

export type ActionForm = Parameters<typeof commandFor>[2];

export function useRunAction(): (action: AdviserAction, adviser: AdviserSnapshot, form?: ActionForm) => void {
  const { sim, ui, controller } = useConsole();
  const t = useT();
  return useCallback(
    (action, adviser, form) => {
      const snapshot = sim.getState().snapshot;
      const verdict = availability(action, adviser, snapshot?.supervisor);
      if (!verdict.ok) {
        pushNotice(ui, { tone: 'info', type: action, adviserId: adviser.id, text: whyText(verdict, snapshot, t, adviser) });
        return;
      }
      void controller.submit(commandFor(action, adviser.id, form));
    },
    [sim, ui, controller, t],
  );
}

/** The drag payload's type: a channel id. */
export const skillMime = 'application/x-superviseur-skill';

/** Gives `channelId` to an adviser (setSkills), or says they already have it. */
export function useGiveSkill(): (adviser: AdviserSnapshot, channelId: string) => void {
  const { sim, ui, controller } = useConsole();
  const t = useT();
  return useCallback(
    (adviser, channelId) => {
      const lang = ui.getState().lang;
      const channel = channelName(sim.getState().scenario?.channels.find((c) => c.id === channelId), lang, channelId);
      const skills = withSkill(adviser.skills, channelId);
      if (!skills) {
        pushNotice(ui, { tone: 'info', type: 'setSkills', adviserId: adviser.id, text: t('skills.already', { name: adviser.name, channel }) });
        return;
      }
      void controller.submit({ type: 'setSkills', adviserId: adviser.id, skills });
    },
    [sim, ui, controller, t],
  );
}

