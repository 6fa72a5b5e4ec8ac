/** The check's parts shown from the runtime's answers, fetched beside it after the first paint. */
export { Answer, Details } from './CheckDetails';
export { AskedValues } from '@/components/what-if/AskedValues';
export { LinkNotice } from '@/components/share/LinkNotice';
export { ShareLinks } from '@/components/share/ShareLinks';
