import { BODY_NAMES } from '../../../fr/bodyNames';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';

/** Official pages used more than once below. */
const PAGE = {
  flNetworking:
    'https://www.floridabar.org/ethics/etad/advertising-guidelines-for-networking-sites/',
  flHotline: 'https://www.floridabar.org/ethics/ethotline/ethotline001/',
} as const;

const FL_GUIDELINES_SCOPE: SourcedPoint = {
  text: 'Les pages utilisées seulement à des fins personnelles échappent aux règles sur la publicité, même si les règles du Florida Bar vous lient toujours; les pages qui font la promotion de votre pratique doivent suivre les règles sur la publicité.',
  source: 'The Florida Bar, Advertising Guidelines for Networking Sites',
  date: 'page actuelle (non datée)',
  url: PAGE.flNetworking,
  status: 'V',
};
const FL_GUIDELINES_2012: SourcedPoint = {
  text: 'La version de 2012 considérait comme de la sollicitation de clientèle les invitations spontanées à consulter la page d’un avocat ou à s’y connecter, sauf si elles étaient envoyées à un client, un ancien client, un membre de la famille ou un avocat. Vérifiez si elle le dit toujours.',
  source:
    'The Florida Bar, Advertising Guidelines for Networking Sites, 2012 revision (as reported)',
  date: '10 janv. 2012',
  status: 'V2',
};

export const FLORIDA: BodiesOf<'us-fl'> = {
  'us-fl': {
    id: 'us-fl',
    ...BODY_NAMES['us-fl'],
    points: [
      FL_GUIDELINES_SCOPE,
      {
        text: 'Vous ne devez pas solliciter de mandat rémunéré auprès d’une personne avec qui vous n’avez aucun lien familial ou professionnel antérieur, que ce soit en personne, par téléphone, par vidéo en direct ou par un message ciblé hors du cadre des règles sur les communications directes.',
        source: 'Rules Regulating The Florida Bar, r 4-7.18(a)(1)',
        date: 'telle que modifiée jusqu’en nov. 2024',
        status: 'V2',
      },
      {
        text: 'Depuis 2019, vous pouvez dire que vous vous spécialisez ou avez une expertise dans un domaine si cette affirmation peut être vérifiée objectivement par vos études, votre formation, votre expérience ou une pratique importante dans ce domaine.',
        source: 'Supreme Court of Florida, In re Amendments to Rule 4-7.14, No. SC18-2019',
        date: '27 juin 2019',
        status: 'V2',
      },
      {
        text: 'Le fait qu’un juge soit « ami » sur Facebook avec un avocat qui plaide devant lui ne suffit pas, à lui seul, à justifier sa récusation.',
        source:
          'Supreme Court of Florida, Law Offices of Herssein & Herssein v. USAA, No. SC17-1848',
        date: '15 nov. 2018',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [ABA_4_2],
      juror: [
        {
          text: 'Avant le procès, ne communiquez pas, ni vous-même ni par quelqu’un d’autre, avec une personne que vous savez convoquée comme juré potentiel; pendant le procès, avec aucun juré; après, ne contactez un juré au sujet du procès que dans des limites strictes.',
          source:
            'Rules Regulating The Florida Bar, r 4-3.5(d) (from a copy that says it is verbatim)',
          date: 'non datée',
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [ABA_4_3],
      judge: [
        {
          text: 'Un juge de la Floride ne peut pas ajouter à ses contacts LinkedIn les avocats susceptibles de plaider devant lui, ni être ajouté aux leurs.',
          source:
            'Florida Judicial Ethics Advisory Committee, Opinion 2012-12 (restating Opinion 2009-20)',
          date: '9 mai 2012',
          status: 'V',
        },
        ABA_3_5,
      ],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'The Florida Bar: Advertising Guidelines for Networking Sites',
      url: PAGE.flNetworking,
    },
    helplines: [
      {
        label:
          'The Florida Bar Ethics Hotline (membres seulement; avis consultatifs sur votre propre conduite future)',
        url: PAGE.flHotline,
        note: 'Nous n’avons pas pu confirmer son numéro de téléphone sur le site du Florida Bar : cherchez-le sur ce site.',
      },
    ],
    checkYourself:
      'Consultez les lignes directrices actuelles du Florida Bar sur les sites de réseautage : nous n’avons pas pu confirmer si elles considèrent toujours comme de la sollicitation de clientèle les invitations spontanées à des personnes qui ne sont ni des clients, ni des membres de leur famille, ni des avocats.',
    cautions: [
      {
        id: 'us-fl-invitations',
        when: { outcome: ['accept', 'wait'], objectives: ['clients'] },
        title: 'Floride : vérifiez avant d’envoyer vous-même des invitations',
        rule: 'Une version de 2012 des lignes directrices du Florida Bar sur le réseautage considérait comme de la sollicitation de clientèle les invitations spontanées envoyées depuis une page qui fait la promotion de votre pratique. Nous n’avons pas pu confirmer le libellé actuel.',
        suggestion: 'Consultez les lignes directrices actuelles avant d’inviter des gens.',
        sources: [FL_GUIDELINES_2012, FL_GUIDELINES_SCOPE],
      },
    ],
  },
};
