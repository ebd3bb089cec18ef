import { BODY_NAMES } from '../../fr/bodyNames';
import type { BodiesOf } from '../../types';

export const IRELAND: BodiesOf<'lsi'> = {
  lsi: {
    id: 'lsi',
    ...BODY_NAMES['lsi'],
    points: [
      {
        text: 'Toute communication, en ligne comprise, destinée à faire connaître vos services juridiques est de la publicité, sauf si elle sert surtout à informer sur le droit.',
        source:
          'Legal Services Regulation Act 2015 (Advertising) Regulations 2020 (S.I. 644/2020), reg. 2',
        date: 'en vigueur le 18 déc. 2020',
        url: 'https://www.irishstatutebook.ie/eli/2020/si/644/made/en/print',
        status: 'V',
      },
      {
        text: 'Le guide de la Law Society sur le règlement de 2020 précise que cette définition vise aussi les réseaux sociaux.',
        source: 'Law Society of Ireland: Scope of the advertising regulations',
        date: 'non datée',
        url: 'https://lawsociety.ie/solicitor-advertising/scope-of-the-advertising-regulations',
        status: 'V',
      },
      {
        text: 'Une publicité ne doit pas risquer de discréditer la profession, être de mauvais goût, nuire à la réputation d’un autre membre de la profession, être fausse ou trompeuse, ni paraître dans un endroit inapproprié.',
        source: 'S.I. 644/2020, reg. 4(a), as quoted by the Law Society of Ireland',
        date: 'en vigueur le 18 déc. 2020',
        url: 'https://lawsociety.ie/link/bf4d05fff20d43f598e9b7be60a5d171.aspx',
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Law Society of Ireland : son guide sur la réglementation de la publicité',
      url: 'https://lawsociety.ie/solicitor-advertising/scope-of-the-advertising-regulations',
    },
    helplines: [],
    checkYourself:
      'Vérifiez dans le Solicitor’s Guide to Professional Conduct ce qui s’applique aux contacts avec la cliente ou le client d’un autre solicitor et à la confidentialité, et s’il existe une règle sur les démarches non sollicitées : nous n’avons pas pu confirmer ces points.',
  },
};
