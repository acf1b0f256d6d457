/**
 * Launching an outbound campaign under the French calling rules (D223-9): the
 * dialer may call consumers Monday to Friday, 10:00–13:00 and 14:00–20:00, four
 * attempts in 30 days at most, nobody who refused within 60 days, and Bloctel
 * numbers only under contract. Inbound calls keep coming meanwhile.
 */
import { scenario, t, team, times, voiceLine, type Channel, type LibraryEntry } from '../build';

const id = 'outbound-campaign-launch';

const campaign: Channel = {
  id: 'outbound',
  kind: 'outbound',
  name: t('Campagne fibre', 'Fibre campaign'),
  handleTime: { dist: 'lognormal', mean: 300, cv: 0.5 },
  wrapUp: { dist: 'constant', value: 30 },
  onlyWhen: { channel: 'voice', queueBelow: 2 },
  dialer: {
    mode: 'preview',
    previewSeconds: 20,
    ringSeconds: 22,
    outcomes: { answered: 0.35, noAnswer: 0.4, busy: 0.1, voicemail: 0.15 },
    conversion: 0.12,
    list: { size: 600, bloctelShare: 0.2, contractShare: 0.35, recentRefusalShare: 0.06, priorAttemptsShare: 0.3 },
  },
};

export const outboundCampaignLaunch: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(6, { skills: { voice: 0.9 } }),
      ...times(4, { skills: { outbound: 0.85, voice: 0.75 }, routingProfile: { outbound: 1, voice: 2 } }),
      ...times(2, { skills: { outbound: 0.5, voice: 0.7 }, routingProfile: { voice: 1, outbound: 2 } }),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Lancement d’une campagne sortante', 'Launching an outbound campaign'),
      briefing: t(
        "Jeudi 3 décembre, 09:00–17:00, chez un fournisseur d'accès internet. La campagne d'appels sortants « fibre » démarre aujourd'hui : 600 clients à appeler en mode prévisualisation (20 s pour lire la fiche), dont 20 % inscrits sur Bloctel (appelables seulement s'ils ont un contrat chez nous) et 6 % qui ont refusé une offre il y a moins de 60 jours. Règles D223-9 : appels aux consommateurs du lundi au vendredi, de 10:00 à 13:00 et de 14:00 à 20:00, jamais un jour férié, 4 tentatives au plus en 30 jours. Le numéroteur les applique ; ne les contournez pas (chaque appel hors règle est une infraction). Quatre conseillers sont dédiés à la campagne, deux autres la prennent quand la ligne entrante est calme ; la ligne clients (50 à 70 appels par heure) reste prioritaire : 80 % en 20 s, moins de 5 % d'abandons. Briefez l'équipe au lancement à 10:00 et suivez tentatives, joignables et ventes.",
        "Thursday 3 December, 09:00–17:00, at an internet provider. The outbound \"fibre\" campaign starts today: 600 customers to call in preview mode (20 s to read the record), 20% of them on Bloctel (callable only if they hold a contract with us) and 6% who refused an offer less than 60 days ago. D223-9 rules: calls to consumers Monday to Friday, 10:00–13:00 and 14:00–20:00, never on a public holiday, at most 4 attempts in 30 days. The dialer applies them; do not override it (every call outside the rules is a breach). Four advisers are dedicated to the campaign, two more take it when the inbound line is quiet; the customer line (50 to 70 calls an hour) comes first: 80% within 20 s, under 5% abandons. Brief the team at the 10:00 launch and follow attempts, contacts reached and sales.",
      ),
      seed: 20261203,
      date: '2026-12-03',
      clock: { start: '09:00', end: '17:00' },
      channels: [
        voiceLine({ steps: [['09:00', 55], ['10:00', 70], ['12:00', 50], ['14:00', 65], ['16:00', 50]] }),
        campaign,
      ],
      team: advisers,
      events: [
        { type: 'campaignStart', at: '10:00', channelId: 'outbound', label: t('Lancement de la campagne fibre', 'Fibre campaign launch') },
        { type: 'vipComplaint', at: '15:10', channelId: 'voice' },
      ],
      weights: { resources: 0.35, people: 0.25, improvement: 0.4 },
    });
  },
};
