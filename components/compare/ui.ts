/** The comparison's parts shown from the runtime's answers, fetched beside it after the first paint. */
export { Answer } from './CompareDetails';
export { LinkNotice } from '@/components/share/LinkNotice';
export { ShareLinks } from '@/components/share/ShareLinks';
