import { BODY_NAMES } from '../../fr/bodyNames';
import type { BodiesOf } from '../../types';
import { LSS_B1_14 } from './shared';

/** Official pages used more than once below. */
const PAGE = {
  facultySocialMedia:
    'https://advocates.org.uk/about-advocates/life-at-the-scottish-bar/social-media-guidelines',
  facultyStandards: 'https://advocates.org.uk/about-advocates/professional-standards',
} as const;

export const SCOTLAND: BodiesOf<'lss' | 'faculty-advocates'> = {
  lss: {
    id: 'lss',
    ...BODY_NAMES['lss'],
    points: [
      {
        text: 'Vos devoirs de confiance et d’intégrité personnelle s’appliquent en ligne comme partout ailleurs.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B1.2',
        date: '2011',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules',
        status: 'V',
      },
      {
        text: 'Selon la Law Society, vos devoirs professionnels s’appliquent quel que soit le support; ses conseils portent sur l’usage personnel et professionnel, sur la propriété de vos contacts et sur la vie privée.',
        source: 'Social Media: Advice and Information for the Legal Profession (advice, not rules)',
        date: '20 juin 2012',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
        status: 'V',
      },
      LSS_B1_14,
      {
        text: 'Vous ne devez pas solliciter, directement ou indirectement, une personne que vous savez (ou devriez savoir) cliente d’un autre solicitor ou cabinet pour obtenir ses mandats. Un envoi à tout un groupe défini est permis.',
        source: 'Law Society of Scotland Practice Rules 2011, rules B3.2 and B3.3',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'Vous ne pouvez vous dire spécialiste que si vous pouvez le justifier (le fardeau vous incombe), et ce que vous publiez sur vous-même ne doit être ni inexact ni trompeur.',
        source: 'Law Society of Scotland Practice Rules 2011, rules B3.4 and B3.5(a)',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'Une déclaration publique sur les affaires d’un client exige son autorisation, doit servir son meilleur intérêt, et doit être exacte et non trompeuse.',
        source:
          'Law Society of Scotland guidance: Comments to the media by solicitors (under B1.6)',
        date: 'non datée',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/guidance/b1-6-comments-to-the-media-by-solicitors/',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [LSS_B1_14],
    },
    guidance: {
      label: 'Social Media: Advice and Information for the Legal Profession',
      url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
    },
    helplines: [
      {
        label: 'Law Society of Scotland, équipe Professional Practice (conseils confidentiels)',
        url: 'https://lawscot.org.uk/members/journal/issues/vol-62-issue-02/helpline-plus',
        note: 'Nous n’avons pas pu confirmer son numéro de téléphone : cherchez-le sur le site de la Law Society.',
      },
    ],
    checkYourself:
      'Vérifiez vous-même la numérotation actuelle des Practice Rules sur la confidentialité et sur les rapports avec les tribunaux : nous n’avons pas pu la confirmer.',
  },

  'faculty-advocates': {
    id: 'faculty-advocates',
    ...BODY_NAMES['faculty-advocates'],
    points: [
      {
        text: 'Ce que vous faites en ligne doit respecter les principes de la profession : indépendance, intégrité et confidentialité.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'non datée',
        url: PAGE.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'Vous répondez personnellement de vos publications, même sur des pages personnelles, et une mention « mes opinions n’engagent que moi » n’y change rien.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'non datée',
        url: PAGE.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'Dès que vous indiquez quelque part en ligne que vous êtes advocate, même dans une courte biographie, vous devenez de fait porte-parole de la Faculty.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'non datée',
        url: PAGE.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'La publicité ne doit pas induire en erreur, annoncer des taux de succès ni critiquer des personnes identifiables, ni être si fréquente ou envahissante qu’elle importune les personnes visées.',
        source:
          'Faculty of Advocates, Guide to Professional Conduct, paras 10.1 to 10.2 (edition not shown)',
        date: 'non datée (libellé actuel non vérifié)',
        status: 'V2',
      },
      {
        text: 'Le guide de déontologie de la Faculty fixe les règles, et son doyen peut rendre des décisions sur la conduite.',
        source: 'Faculty of Advocates: Professional standards',
        date: 'non datée',
        url: PAGE.facultyStandards,
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Faculty of Advocates: Social Media Guidelines',
      url: PAGE.facultySocialMedia,
    },
    helplines: [],
    checkYourself:
      'Nous n’avons trouvé aucune ligne d’aide en déontologie, ni pu confirmer les paragraphes du guide actuel sur la publicité ou sa règle sur les démarches auprès d’une partie représentée par avocat : consultez le guide actuel.',
  },
};
