import { BODY_NAMES } from '../../../fr/bodyNames';
import type { BodiesOf } from '../../../types';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';

export const ABA: BodiesOf<'aba'> = {
  aba: {
    id: 'aba',
    ...BODY_NAMES['aba'],
    position: {
      text: 'L’avis 370 du D.C. Bar vous permet de vous connecter avec des clients et d’autres personnes, en prenant soin de protéger les renseignements confidentiels et de ne pas créer sans le vouloir une relation avocat-client. Le point de vue de votre propre État peut être différent.',
      source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
      date: 'nov. 2016',
      url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
      status: 'V',
    },
    points: [
      {
        text: 'La règle type interdit d’offrir vos services en direct, de personne à personne, mais pas par des messages écrits que l’on peut facilement ignorer. Les règles varient d’un État à l’autre.',
        source:
          'ABA Model Rules of Professional Conduct, r 7.3 and comment [2] (2018 text), as quoted in ABA Business Law Today',
        date: '2018 (citée en mai 2022)',
        url: 'https://www.americanbar.org/groups/business_law/resources/business-law-today/2022-may/month-in-brief-legal-opinions-ethics/',
        status: 'V2',
      },
      {
        text: 'Rien de ce que vous dites de vous ou de vos services ne doit être faux ou trompeur, y compris votre profil, les compétences que vous y affichez et leurs validations par d’autres.',
        source: 'ABA Model Rules of Professional Conduct, r 7.1',
        date: 'non datée',
        status: 'V2',
      },
      {
        text: 'Vous ne devez pas affirmer détenir une certification de spécialiste, sauf si un organisme agréé vous l’a accordée et que vous le nommez.',
        source: 'ABA Model Rules of Professional Conduct, r 7.2(c) (2018 text)',
        date: '2018',
        status: 'V2',
      },
      {
        text: 'Vous ne devez pas révéler d’information sur le dossier d’un client dans un commentaire public sans son consentement, même si elle figure déjà dans des documents publics.',
        source: 'ABA Formal Opinion 480',
        date: '6 mars 2018',
        status: 'V2',
      },
      ABA_466,
    ],
    redFlags: {
      'opposing-party': [ABA_4_2],
      juror: [ABA_466, ABA_3_5],
      witness: [ABA_4_3],
      judge: [ABA_3_5],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'ABA Center for Professional Responsibility',
      url: 'https://www.americanbar.org/groups/professional_responsibility/',
    },
    helplines: [],
    checkYourself:
      'Les ABA Model Rules ne sont qu’un modèle : ce sont les règles de votre État et les avis de son barreau qui vous lient. Vérifiez si le barreau de votre État offre une ligne d’aide en déontologie.',
  },
};
