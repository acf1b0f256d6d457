/**
 * Preparing the day a campaign launches (competence block 1.3): before the clock
 * runs, the supervisor plans breaks, who works the campaign when, the dialer's rules
 * and the team briefing; the plan is checked against the labour rules, the forecast
 * (Erlang C) and the calling rules (D223-9), and a sound one earns resources points.
 * The day as it comes has three things to settle: a dialer set to six attempts (four
 * in 30 days at most), no briefing yet, and a campaign that needs three advisers while
 * the morning peak needs the whole team on the line. The roster's own break plans keep
 * the labour rules (every shipped day does with no command); replanning them must too.
 */
import { scenario, t, team, times, voiceLine, type Channel, type LibraryEntry } from '../build';

const id = 'campaign-preparation';

const campaign: Channel = {
  id: 'outbound',
  kind: 'outbound',
  name: t('Campagne assurance habitation', 'Home insurance campaign'),
  handleTime: { dist: 'lognormal', mean: 280, cv: 0.5 },
  wrapUp: { dist: 'constant', value: 30 },
  dialer: {
    mode: 'progressive',
    previewSeconds: 0,
    ringSeconds: 20,
    outcomes: { answered: 0.4, noAnswer: 0.35, busy: 0.1, voicemail: 0.15 },
    conversion: 0.1,
    list: { size: 400, bloctelShare: 0.15, contractShare: 0.4, recentRefusalShare: 0.05, priorAttemptsShare: 0.25 },
    retry: { noAnswerMinutes: 60, busyMinutes: 10, voicemailMinutes: 120, maxAttempts: 6 },
  },
};

export const campaignPreparation: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(9, { skills: { voice: 0.85 } }),
      ...times(3, { skills: { voice: 0.75, outbound: 0.8 }, routingProfile: { voice: 1, outbound: 2 } }),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Préparer le lancement d’une campagne', 'Preparing a campaign launch'),
      briefing: t(
        "Mardi 8 décembre, 09:00–17:00, chez un assureur. La campagne d'appels sortants « assurance habitation » démarre aujourd'hui : 400 clients à appeler en mode progressif. Avant que la journée commence, préparez-la : le numéroteur est réglé sur 6 tentatives alors que la loi en permet 4 en 30 jours (D223-9 : appels du lundi au vendredi, 10:00–13:00 et 14:00–20:00), et la campagne a besoin d'au moins trois conseillers formés (les trois qui le sont prennent aussi la ligne). Tout plan de pauses que vous modifiez doit respecter le droit du travail : 20 minutes après 6 h, pas plus de 3 h sans pause. La ligne clients (50 à 75 appels par heure, pointe de 10:00 à 11:00) reste prioritaire : 80 % en 20 s. Le contrôle du plan compare chaque tranche à l'estimation Erlang C. Planifiez pauses et affectations, réglez le numéroteur, briefez l'équipe sur l'offre et les règles d'appel, puis lancez la journée.",
        "Tuesday 8 December, 09:00–17:00, at an insurer. The outbound \"home insurance\" campaign starts today: 400 customers to call in progressive mode. Before the day starts, prepare it: the dialer is set to 6 attempts while the law allows 4 in 30 days (D223-9: calls Monday to Friday, 10:00–13:00 and 14:00–20:00), and the campaign needs at least three trained advisers (the three who are also take the line). Any break plan you change must keep the labour rules: 20 minutes once 6 h are worked, never 3 h without a pause. The customer line (50 to 75 calls an hour, peaking 10:00–11:00) comes first: 80% within 20 s. The plan check compares each interval with the Erlang C estimate. Plan the breaks and who works the campaign when, set the dialer, brief the team on the offer and the calling rules, then start the day.",
      ),
      seed: 20261208,
      date: '2026-12-08',
      clock: { start: '09:00', end: '17:00' },
      channels: [
        voiceLine({ steps: [['09:00', 50], ['10:00', 75], ['11:00', 55], ['13:00', 50], ['15:00', 45]] }),
        campaign,
      ],
      team: advisers,
      events: [{ type: 'vipComplaint', at: '14:40', channelId: 'voice' }],
      weights: { resources: 0.4, people: 0.25, improvement: 0.35 },
      preparation: {
        campaignChannelId: 'outbound',
        minCampaignAdvisers: 3,
        briefing: { required: true, topics: ['the home insurance offer', 'the D223-9 calling rules', 'Bloctel'] },
      },
    });
  },
};
