import { BODY_NAMES } from '../../bodyNames';
import type { BodiesOf } from '../../types';

export const IRELAND: BodiesOf<'lsi'> = {
  lsi: {
    id: 'lsi',
    ...BODY_NAMES['lsi'],
    points: [
      {
        text: 'Any communication, including online, meant to publicise your legal services counts as advertising, unless it mainly gives information about the law.',
        source:
          'Legal Services Regulation Act 2015 (Advertising) Regulations 2020 (S.I. 644/2020), reg. 2',
        date: 'in force 18 Dec 2020',
        url: 'https://www.irishstatutebook.ie/eli/2020/si/644/made/en/print',
        status: 'V',
      },
      {
        text: 'The Law Society’s guide to the 2020 Regulations says that this covers social media.',
        source: 'Law Society of Ireland: Scope of the advertising regulations',
        date: 'undated',
        url: 'https://lawsociety.ie/solicitor-advertising/scope-of-the-advertising-regulations',
        status: 'V',
      },
      {
        text: 'An advert must not be likely to bring the profession into disrepute, be in bad taste, reflect badly on another practitioner, be false or misleading, or appear somewhere unsuitable.',
        source: 'S.I. 644/2020, reg. 4(a), as quoted by the Law Society of Ireland',
        date: 'in force 18 Dec 2020',
        url: 'https://lawsociety.ie/link/bf4d05fff20d43f598e9b7be60a5d171.aspx',
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Law Society of Ireland: guide to the advertising regulations',
      url: 'https://lawsociety.ie/solicitor-advertising/scope-of-the-advertising-regulations',
    },
    helplines: [],
    checkYourself:
      'Check the Solicitor’s Guide to Professional Conduct on contacting another solicitor’s client and on confidentiality, and any rule on unsolicited approaches: we could not confirm these.',
  },
};
