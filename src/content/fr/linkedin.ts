import type { LinkedInFact } from '../linkedin';
import { LINKEDIN_FACTS as ENGLISH_FACTS } from '../linkedin';
import type { SourcedPoint } from '../types';

// LinkedIn's French help, where we could look for it, was not found: the facts rest on its
// English pages, whose titles stay in English. Each fact keeps its id, page, research id and
// date checked from the English module; only its words are French.

export { LINKEDIN_CHECKED, LINKEDIN_FACT_FOR } from '../linkedin';

type Words = Pick<LinkedInFact, 'dated' | 'text' | 'seen'> & Partial<Pick<LinkedInFact, 'page'>>;

const WORDS: Record<string, Words> = {
  'ignore-not-told': {
    dated: '31 août 2015 et 22 janv. 2016',
    text: 'L’aide de LinkedIn disait en 2015–2016 que, lorsque vous ignorez une invitation, LinkedIn n’en avertit pas la personne qui l’a envoyée : elle peut donc vous inviter de nouveau.',
    page: 'Accepting or Declining Invitations (renommée ensuite Accepting, Ignoring, or Reporting Invitations as Spam)',
    seen: 'Copies conservées de la page d’aide de LinkedIn, revue par LinkedIn pour la dernière fois le 31 août 2015 et le 22 janv. 2016. Nous n’avons trouvé aucune page plus récente de LinkedIn à ce sujet.',
  },
  'reply-without-accepting': {
    dated: '2015 et 2016',
    text: 'LinkedIn a déjà offert un moyen de répondre à une invitation sans l’accepter, et précise que répondre n’accepte pas l’invitation.',
    seen: 'Copies conservées de la page d’aide de LinkedIn (2015 et 2016). Nous n’avons pas vérifié où se trouve cette option aujourd’hui : l’outil dit donc « si LinkedIn vous offre… ».',
  },
  'report-spam': {
    dated: '22 janv. 2016',
    text: 'L’aide de LinkedIn disait en 2016 que vous pouvez signaler une invitation comme pourriel : l’option s’affichait une fois que vous aviez choisi « Ignore » (le bouton pour ignorer l’invitation).',
    seen: 'Copie conservée de la page d’aide de LinkedIn, revue pour la dernière fois le 22 janv. 2016. Nous n’avons pas vérifié les menus actuels : l’outil vous dit donc de chercher l’option de signalement.',
  },
  'report-anonymous': {
    dated: 'copie archivée du 25 févr. 2024',
    text: 'Quand vous signalez une personne ou son contenu, LinkedIn ne lui dit pas qui l’a signalée.',
    page: 'réponse 37822, sur le signalement des pourriels et des contenus inappropriés ou abusifs',
    seen: 'Copie de la page d’aide de LinkedIn dans les archives du Web, 25 févr. 2024. Le même point figure dans l’aide de LinkedIn sur la sécurité (réponse a1337576), vue dans une copie miroir.',
  },
  'note-not-always-offered': {
    dated: 'non datée',
    text: 'Certaines façons d’inviter des gens n’offrent pas d’ajouter une note personnelle : par exemple, l’importation d’un carnet d’adresses.',
    seen: 'Une copie de la page d’aide de LinkedIn vue par un serveur mandataire (la page disait seulement avoir été mise à jour il y a deux ans, sans date).',
  },
  'note-monthly-limit': {
    dated: 'non datée',
    text: 'Avec un compte gratuit, LinkedIn limite le nombre d’invitations par mois qui peuvent contenir une note personnelle; les membres Premium n’ont pas cette limite.',
    seen: 'Une copie miroir de la page d’aide de LinkedIn (la page disait avoir été mise à jour il y a deux mois, sans date), qui donnait cinq par mois. Ce nombre peut changer : l’outil ne le donne donc pas.',
  },
  'profile-viewers': {
    dated: '13 oct. 2015',
    text: 'L’aide de LinkedIn disait en 2015 que seuls les membres qui naviguent en mode privé restent invisibles pour les titulaires des profils qu’ils consultent. Nous n’avons pas pu confirmer le réglage par défaut actuel : vérifiez le vôtre.',
    seen: 'Copie conservée de la page d’aide de LinkedIn, revue par LinkedIn pour la dernière fois le 13 oct. 2015. Le nom des réglages et le réglage par défaut actuel n’ont été vus que sur la page d’un tiers : l’outil ne les donne donc pas.',
  },
};

export const LINKEDIN_FACTS: LinkedInFact[] = ENGLISH_FACTS.map((fact) => {
  const words = WORDS[fact.id];
  if (!words) throw new Error(`No French words for the LinkedIn fact ${fact.id}`);
  return { ...fact, ...words };
});

/** A fact as the outcome cites it: LinkedIn's help page is its source, dated as LinkedIn dated it. */
export function linkedInPoint(id: string): SourcedPoint {
  const fact = linkedInFact(id);
  if (!fact) throw new Error(`No LinkedIn fact ${id}`);
  return {
    text: fact.text,
    source: `Aide de LinkedIn : ${fact.page}`,
    date: `dernière révision : ${fact.dated}`,
    url: fact.url,
    status: 'V',
  };
}

/** The fact with this id, in French. */
export function linkedInFact(id: string): LinkedInFact | undefined {
  return LINKEDIN_FACTS.find((f) => f.id === id);
}
