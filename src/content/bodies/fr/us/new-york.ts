import { BODY_NAMES } from '../../../fr/bodyNames';
import { ABA_3_5, ABA_466, ABA_4_2, ABA_4_3, NY_3_5_D } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';
import { solicitationCaution } from './solicitation';

/** Official pages used more than once below. */
const PAGE = {
  nysbaInquiries: 'https://archive.nysba.org/CustomTemplates/SecondaryStandard.aspx?id=6791',
} as const;

const NY_7_3: SourcedPoint = {
  text: 'Vous ne devez pas solliciter de mandats par une communication informatique en temps réel ou interactive, sauf auprès d’un ami proche, d’un membre de votre famille, d’un ancien client ou d’un client actuel.',
  source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 7.3(a)(1) (2009 text)',
  date: 'texte de 2009 (texte actuel non vérifié)',
  status: 'V2',
};
const NY_1_0_C: SourcedPoint = {
  text: 'Selon la définition des règles, la communication informatique comprend les salons de clavardage et la messagerie instantanée.',
  source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 1.0(c)',
  date: 'en vigueur le 1er avr. 2009',
  status: 'V2',
};
const NY_OP_899: SourcedPoint = {
  text: 'Vous pouvez donner des réponses générales sur des sites interactifs, mais pas y solliciter de clients; si quelqu’un vous y demande de le représenter, répondez par une proposition écrite privée, hors du site.',
  source: 'NYSBA Committee on Professional Ethics, Opinion 899',
  date: '21 déc. 2011',
  url: 'https://nysba.org/ethics-opinion-899/',
  status: 'V',
};

export const NEW_YORK: BodiesOf<'us-ny'> = {
  'us-ny': {
    id: 'us-ny',
    ...BODY_NAMES['us-ny'],
    points: [
      NY_7_3,
      NY_1_0_C,
      NY_OP_899,
      {
        text: 'Vous pouvez consulter les pages publiques d’une autre partie dans une affaire en cours, tant que vous ne lui envoyez pas de demande d’amitié et ne chargez personne d’autre de le faire.',
        source: 'NYSBA Committee on Professional Ethics, Opinion 843',
        date: '10 sept. 2010',
        url: 'https://nysba.org/ethics-opinion-843/',
        status: 'V2',
      },
      {
        text: 'Répondre, comme on vous y invite, à une personne qui publie un message demandant qu’un avocat la contacte n’est pas de la sollicitation de clientèle; une réponse qui vante vos services est toutefois de la publicité.',
        source: 'NYSBA Committee on Professional Ethics, Opinion 1049',
        date: '2 mars 2015',
        status: 'V2',
      },
      {
        text: 'Faire des recherches en ligne sur des jurés n’est permis que si le juré ne reçoit aucune communication; même une notification qu’il reçoit par accident peut contrevenir aux règles.',
        source: 'New York City Bar, Formal Opinion 2012-2',
        date: '2012',
        url: 'https://www.nycbar.org/ethics/ethics-opinions-local/2012opinions/1479-formal-opinion-2012-02',
        status: 'V',
      },
      {
        text: 'Les lignes directrices d’une section de litige (qui ne sont pas une politique de la NYSBA) indiquent que les règles sur la publicité s’appliquent sur les réseaux sociaux, et mettent en garde contre les rubriques de profil qui vous présentent comme « spécialiste ».',
        source: 'NYSBA Commercial and Federal Litigation Section, Social Media Ethics Guidelines',
        date: 'mises à jour le 29 avr. 2019, publiées le 20 juin 2019',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': [
        {
          text: 'Ne communiquez pas au sujet de l’affaire, ni ne faites communiquer quelqu’un d’autre, avec une partie dont vous savez qu’elle est représentée par avocat, sans le consentement préalable de son avocate ou avocat.',
          source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 4.2(a)',
          date: 'texte compilé au 1er mai 2013',
          status: 'V2',
        },
        ABA_4_2,
      ],
      juror: [
        {
          text: 'Ne communiquez pas avec un juré potentiel, ni avec un juré pendant le procès, vous-même ou par quelqu’un d’autre, sauf autorisation; après le procès, seulement dans des limites strictes.',
          source:
            'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 3.5(a)(4) and (5)',
          date: 'texte à jour en oct. 2024',
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [
        {
          text: 'N’accédez pas à la page de réseau social d’une personne sous un faux prétexte, vous-même ou par l’entremise d’un mandataire.',
          source: 'New York City Bar, Formal Opinion 2010-02',
          date: '2010',
          status: 'V',
        },
        ABA_4_3,
      ],
      judge: [
        {
          text: 'Les juges de New York peuvent s’inscrire aux réseaux sociaux, mais doivent se demander si un lien constitue une relation étroite qu’ils doivent divulguer ou qui les oblige à se récuser.',
          source: 'New York Advisory Committee on Judicial Ethics, Opinion 08-176',
          date: '29 janv. 2009',
          url: 'https://nycourts.gov/ipjudicialethicsopinions/08-176.htm',
          status: 'V',
        },
        ABA_3_5,
      ],
    },
    court: { must: true, sources: [NY_3_5_D] },
    guidance: {
      label:
        'NYSBA Ethics Opinion 899 : répondre à des questions juridiques sur des sites interactifs',
      url: 'https://nysba.org/ethics-opinion-899/',
    },
    helplines: [
      {
        label: 'NYSBA Committee on Professional Ethics (demandes écrites)',
        url: PAGE.nysbaInquiries,
        note: 'La NYSBA n’a pas de ligne téléphonique. Le New York City Bar en a une; nous n’avons pas pu confirmer son numéro.',
      },
    ],
    checkYourself:
      'Vérifiez le texte actuel de la règle 7.3 (nous avons vu celui de 2009) et la ligne directrice de la NYSBA sur la sollicitation de clientèle par contact en direct sur les réseaux sociaux, que nous n’avons pas pu confirmer.',
    cautions: [
      solicitationCaution(
        'us-ny-solicitation',
        'New York : offrir vos services par message ou clavardage sur LinkedIn',
        'L’État de New York interdit de solliciter des mandats par un contact en ligne en temps réel ou interactif, clavardage et messagerie instantanée compris, sauf auprès d’un ami proche, d’un membre de la famille, d’un client ou d’un ancien client.',
        [NY_7_3, NY_1_0_C, NY_OP_899],
      ),
    ],
  },
};
