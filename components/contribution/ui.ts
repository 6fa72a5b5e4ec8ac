/** The contribution page's parts shown from the runtime's answers, fetched beside it after the first paint. */
export { Answer, Details } from './ContributionDetails';
export { LinkNotice } from '@/components/share/LinkNotice';
