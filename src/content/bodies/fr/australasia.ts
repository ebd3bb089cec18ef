import { BODY_NAMES } from '../../fr/bodyNames';
import type { BodiesOf } from '../../types';
import {
  ASCR_DATE,
  ASCR_R22_5,
  ASCR_R33,
  CHARISTEAS,
  NSW_JURY_ACT_68A,
  NZ_CONTEMPT_S15,
  NZ_R10_2,
  QLS_R33_CONTACTED,
} from './shared';

export const AUSTRALASIA: BodiesOf<'au-solicitors' | 'nzls'> = {
  'au-solicitors': {
    id: 'au-solicitors',
    ...BODY_NAMES['au-solicitors'],
    points: [
      {
        text: 'Les règles ont changé le 1er avril 2022 en Nouvelle-Galles du Sud, au Victoria et en Australie-Méridionale, puis le 1er juillet 2022 en Australie-Occidentale. Le Queensland, qui garde sa version, en a fait la plupart le 27 septembre 2024.',
        source:
          'Queensland Law Society: Nature and purpose of the rules; Law Council of Australia: Australian Solicitors’ Conduct Rules',
        date: 'modifications du Queensland en vigueur le 27 sept. 2024',
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Nature-and-purpose-of-the-rules',
        status: 'V',
      },
      {
        text: 'L’Australie-Occidentale a adhéré au régime national (Uniform Law) le 1er juillet 2022.',
        source: 'Legal Practice Board of Western Australia: Uniform Law; Law Society of WA',
        date: '1er juillet 2022',
        url: 'https://www.lpbwa.org.au/uniform-law',
        status: 'V',
      },
      ASCR_R33,
      {
        text: 'Vous ne devez pas divulguer de renseignements confidentiels d’un client, sauf au sein de votre cabinet, aux autres personnes qui travaillent sur le dossier ou comme les règles le permettent.',
        source: 'Australian Solicitors’ Conduct Rules, r 9.1',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-clients/Confidentiality',
        status: 'V',
      },
      {
        text: 'Vous ne devez rien publier sur une instance en cours qui puisse nuire à l’équité du procès ou à l’administration de la justice.',
        source: 'Australian Solicitors’ Conduct Rules, r 28.1 (as quoted by the QLS Ethics Centre)',
        date: ASCR_DATE,
        url: 'https://qls.com.au/Practising-law-in-Qld/Ethics-Centre/Rules-Resources/Can-I-talk-to-the-media-about-one-of-my-cases',
        status: 'V',
      },
      {
        text: 'Votre publicité ne doit pas induire en erreur, y compris sur votre expertise, et vous ne pouvez vous dire « accredited specialist » (spécialiste accrédité) que si vous avez cette accréditation.',
        source: 'Australian Solicitors’ Conduct Rules, r 36.1 and 36.2',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Law-practice-management',
        status: 'V',
      },
      {
        text: 'Les lignes directrices de la Queensland Law Society traitent des risques que posent les réseaux sociaux pour l’indépendance, la confidentialité et la réputation de la profession.',
        source: 'QLS Guidance Statement No. 24: Ethical considerations on the use of social media',
        date: 'non datée',
        url: 'https://www.qls.com.au/Guidance-Statements/No-24-Ethical-considerations-on-the-use-of-social-',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [ASCR_R33, QLS_R33_CONTACTED],
      judge: [ASCR_R22_5, CHARISTEAS],
    },
    court: { must: false, sources: [NSW_JURY_ACT_68A] },
    guidance: {
      label: 'QLS, Guidance Statement No. 24 : les réseaux sociaux',
      url: 'https://www.qls.com.au/Guidance-Statements/No-24-Ethical-considerations-on-the-use-of-social-',
    },
    helplines: [
      {
        label: 'Nouvelle-Galles du Sud : Ethics Unit de la Law Society of NSW',
        url: 'https://www.lawsociety.com.au/practising-law-in-NSW/ethics-and-compliance/ethics/about',
        note: 'Numéro de téléphone non confirmé : voyez la page de la Law Society.',
      },
      {
        label: 'Victoria : LIV Ethics Guidance Telephone Service',
        url: 'https://www.liv.asn.au/Professional-Practice/Ethics',
        phone: '03 9607 9336',
        email: 'ethics@liv.asn.au',
      },
      {
        label:
          'Queensland : QLS Ethics and Practice Centre (conseils confidentiels en déontologie)',
        email: 'ethics@qls.com.au',
        note: 'Adresse courriel telle que donnée dans le Proctor de la QLS (nov. 2024); téléphone non confirmé.',
      },
    ],
    checkYourself:
      'Vérifiez quelle version des règles de conduite votre État ou territoire applique, et consultez les lignes directrices de votre propre law society sur les réseaux sociaux.',
  },

  nzls: {
    id: 'nzls',
    ...BODY_NAMES['nzls'],
    points: [
      NZ_R10_2,
      {
        text: 'Depuis juillet 2021, les règles de conduite visent expressément ce que vous faites en ligne : au sens des règles, le comportement inclut le contenu numérique.',
        source: 'Conduct and Client Care Rules 2008 as amended 1 Jul 2021, r 1.2 (definitions)',
        date: '1er juillet 2021',
        url: 'https://www.legislation.govt.nz/regulation/public/2021/0061/latest/whole.html',
        status: 'V',
      },
      {
        text: 'La Law Society offre des conseils pratiques pour tenir des comptes personnels et professionnels sur les réseaux sociaux.',
        source: 'NZ Law Society, LawTalk issue 926: Lawyers and social media',
        date: 'non datée',
        url: 'https://www.lawsociety.org.nz/news/publications/lawtalk/issue-926/lawyers-and-social-media/',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [NZ_R10_2],
    },
    court: { must: false, sources: [NZ_CONTEMPT_S15] },
    guidance: {
      label: 'LawTalk: Lawyers and social media',
      url: 'https://www.lawsociety.org.nz/news/publications/lawtalk/issue-926/lawyers-and-social-media/',
    },
    helplines: [
      {
        label: 'New Zealand Law Society (ligne générale)',
        url: 'https://www.lawsociety.org.nz/',
        phone: '0800 261 801',
        note: 'Le numéro général imprimé dans les règles; nous n’avons pas pu confirmer de ligne distincte en déontologie.',
      },
    ],
    checkYourself:
      'Vérifiez vous-même les chapitres des règles sur la confidentialité, la publicité et les devoirs envers le tribunal : nous n’avons pas pu confirmer leur numérotation ni leur libellé actuels.',
  },
};
