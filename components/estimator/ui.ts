/** The estimator's parts shown from the runtime's answers, fetched beside it after the first paint. */
export { Answer, Details, EstimateSummary } from './EstimateDetails';
export { AskedValues } from '@/components/what-if/AskedValues';
export { WhatIfBody } from '@/components/what-if/WhatIfBody';
export { LinkNotice } from '@/components/share/LinkNotice';
export { ShareLinks } from '@/components/share/ShareLinks';
