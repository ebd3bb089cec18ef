/**
 * What an outcome shows of a firm's file, as one chunk: loaded only on a page that has a
 * file, so a reader without one never pays for it (a shared link's first screen has a budget).
 */
export { FirmSection } from './FirmSection';
export { firmEscalationLine, firmRecordLines } from './record';
export { FirmEscalation } from './FirmEscalation';
export { FirmFirstSteps } from './FirmFirstSteps';
export { escalationFor } from './applies';
export { escalationContact } from './escalationContact';
export { FirmApproval } from './FirmApproval';
