import { BODY_NAMES } from '../../../fr/bodyNames';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';
import { solicitationCaution } from './solicitation';

/** Official pages used more than once below. */
const PAGE = {
  calRules:
    'https://calbar.ca.gov/attorneys/conduct-discipline/rules/rules-of-professional-conduct',
  calConduct: 'https://calbar.ca.gov/For-Attorneys/Conduct-Discipline',
  calSpecialists:
    'https://calbar.ca.gov/Attorneys/Legal-Specialization/Rules-Standards/Advertising',
  cjeoSocialMedia: 'https://www.judicialethicsopinions.ca.gov/education-resources/social-media/',
} as const;

const CA_7_3: SourcedPoint = {
  text: 'Vous ne devez pas chercher à obtenir un mandat rémunéré en personne, par téléphone en direct ou par un contact électronique en temps réel, sauf auprès d’une avocate ou d’un avocat, d’un membre de votre famille, d’un ami proche ou d’une ancienne relation professionnelle.',
  source: 'California Rules of Professional Conduct, r 7.3(a)',
  date: 'en vigueur le 1er nov. 2018',
  url: PAGE.calRules,
  status: 'V2',
};
const CA_7_3_C: SourcedPoint = {
  text: 'Une offre de services écrite ou électronique, adressée à une personne dont vous savez qu’elle a besoin d’aide dans une affaire précise, doit porter la mention « Advertisement » (publicité) au début et à la fin.',
  source: 'California Rules of Professional Conduct, r 7.3(c)',
  date: 'en vigueur le 1er nov. 2018',
  url: PAGE.calRules,
  status: 'V2',
};
const CA_7_3_B: SourcedPoint = {
  text: 'Vous ne devez jamais solliciter une personne pour obtenir un mandat, par quelque moyen que ce soit, si elle vous a dit ne pas le vouloir, ni solliciter qui que ce soit de façon intrusive, coercitive ou harcelante.',
  source: 'California Rules of Professional Conduct, r 7.3(b)',
  date: 'en vigueur le 1er nov. 2018',
  url: PAGE.calRules,
  status: 'V2',
};
const CA_3_5_I: SourcedPoint = {
  text: 'Les limites aux contacts, directs ou indirects, avec les jurés et les jurés potentiels s’appliquent aussi aux membres de la famille du juré.',
  source: 'California Rules of Professional Conduct, r 3.5(d) to (i)',
  date: 'en vigueur le 1er nov. 2018',
  url: PAGE.calRules,
  status: 'V2',
};

export const CALIFORNIA: BodiesOf<'us-ca'> = {
  'us-ca': {
    id: 'us-ca',
    ...BODY_NAMES['us-ca'],
    points: [
      {
        text: 'Les Rules of Professional Conduct sont des règles disciplinaires qui lient toute personne autorisée à exercer; la version actuelle est en vigueur depuis le 1er novembre 2018.',
        source: 'California Rules of Professional Conduct (State Bar rules page)',
        date: 'approuvées le 10 mai 2018, en vigueur le 1er nov. 2018',
        url: PAGE.calRules,
        status: 'V',
      },
      CA_7_3,
      CA_7_3_C,
      {
        text: 'Ne vous présentez pas comme « certified specialist » (spécialiste certifié) à moins que le Board of Legal Specialization du State Bar, ou un organisme qu’il accrédite, vous ait accordé cette certification; nommez alors qui vous l’a accordée.',
        source: 'California Rules of Professional Conduct, r 7.4(a)',
        date: 'en vigueur le 1er nov. 2018',
        url: PAGE.calSpecialists,
        status: 'V',
      },
      {
        text: 'Vos publications sur les réseaux sociaux qui annoncent que vous êtes disponible pour des mandats sont encadrées comme toute autre publicité : les règles ne s’assouplissent pas parce qu’il est malcommode de les respecter en ligne.',
        source: 'State Bar of California, Formal Opinion 2012-186',
        date: '21 déc. 2012 (projet de juin 2012)',
        status: 'V2',
      },
      {
        text: 'Une publication sur LinkedIn peut constituer de la publicité et ne doit pas induire en erreur. Sa rubrique « Specialties » (spécialités) a posé problème, car de nombreux États y voyaient l’affirmation d’une certification de spécialiste.',
        source:
          'San Diego County Bar Association, Ethics in Brief: Social Media, LinkedIn, and Attorney Advertising',
        date: '11 mai 2015',
        url: 'https://www.sdcba.org/index.cfm?pg=Ethics-In-Brief-05-11-15',
        status: 'V',
      },
      {
        text: 'En 2014, deux auteurs qui écrivaient pour la Los Angeles County Bar Association n’ont trouvé aucune règle ni décision californienne portant expressément sur LinkedIn (c’est leur propre avis).',
        source: 'LACBA Update: LinkedIn for Lawyers: Benefits and Burdens',
        date: 'oct. 2014',
        url: 'https://www.lacba.org/news-and-publications/lacba-update/past-ethics-articles/2014-oct-ethics-miller-and-schmid',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [
        {
          text: 'Ne communiquez pas au sujet de l’affaire avec une personne dont vous savez qu’elle y est représentée par avocat sans le consentement de son avocate ou avocat, même si elle vous contacte en premier; arrêtez dès que vous l’apprenez.',
          source: 'California Rules of Professional Conduct, r 4.2(a) and comment [1]',
          date: 'en vigueur le 1er nov. 2018',
          url: PAGE.calRules,
          status: 'V2',
        },
        ABA_4_2,
      ],
      juror: [
        {
          text: 'Ne communiquez pas, directement ou indirectement, avec les jurés potentiels de votre affaire, ni avec les jurés pendant le procès. Les mêmes limites s’appliquent aux membres de la famille du juré.',
          source: 'California Rules of Professional Conduct, r 3.5(d) to (i)',
          date: 'en vigueur le 1er nov. 2018',
          url: PAGE.calRules,
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [
        {
          text: 'Une demande d’amitié envoyée à un témoin, même s’il n’est pas représenté par avocat, doit dire dans quel but elle est faite.',
          source: 'San Diego County Bar Association, Legal Ethics Opinion 2011-2 (advisory)',
          date: '24 mai 2011',
          status: 'V2',
        },
        ABA_4_3,
      ],
      judge: [
        {
          text: 'Le Code of Judicial Ethics de la Californie s’applique en ligne comme hors ligne, y compris son interdiction des communications ex parte (en privé, sans l’autre partie) et son obligation de divulgation.',
          source:
            'California Code of Judicial Ethics, commentary to canons 2 and 2A (CJEO social-media resources)',
          date: '2018',
          url: PAGE.cjeoSocialMedia,
          status: 'V',
        },
        ABA_3_5,
      ],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'California Rules of Professional Conduct (State Bar of California)',
      url: PAGE.calRules,
    },
    helplines: [
      {
        label:
          'State Bar of California Ethics Hotline (pour les avocates et avocats : aide à la recherche, pas un avis juridique)',
        url: PAGE.calConduct,
        phone: '1-800-238-4427 en Californie, 415-538-2150 hors de la Californie',
        note: 'Numéros tirés d’une ancienne page du State Bar; la page actuelle nomme la ligne sans donner de numéro : vérifiez-les.',
      },
    ],
    checkYourself:
      'Vérifiez si le State Bar s’est prononcé de nouveau sur les réseaux sociaux depuis 2016 (nous n’avons rien trouvé de plus récent), et les numéros actuels de la ligne sur calbar.ca.gov.',
    cautions: [
      solicitationCaution(
        'us-ca-solicitation',
        'Californie : offrir vos services par message ou clavardage sur LinkedIn',
        'La Californie interdit de chercher des mandats rémunérés par un contact électronique en temps réel, et une offre écrite à une personne dont vous savez qu’elle a besoin d’aide dans une affaire doit porter la mention « Advertisement » (publicité).',
        [CA_7_3, CA_7_3_C, CA_7_3_B],
      ),
      {
        id: 'us-ca-juror-family',
        when: { outcome: ['accept', 'wait'] },
        title: 'Californie : la famille des jurés compte aussi',
        rule: 'En Californie, les limites aux contacts avec les jurés s’étendent à leur famille.',
        suggestion:
          'Si cette personne est parente d’un juré ou d’un juré potentiel dans une affaire dont vous ou votre cabinet vous occupez, traitez son invitation comme celle d’un juré.',
        sources: [CA_3_5_I],
      },
    ],
  },
};
