import type { Metadata } from 'next';

/** The site's name, as a chat app's link card shows it. */
export const SITE_NAME = '医保报销估算';

/**
 * A page's link card (Open Graph): its title and description, and the site's card picture
 * (public/share-card.png, made by scripts/share-images.mjs), whose absolute address comes from the
 * layout's metadataBase. Every page gives it whole, since a page's openGraph replaces the layout's.
 */
export function openGraphOf(title: string, description: string): NonNullable<Metadata['openGraph']> {
  return {
    title,
    description,
    type: 'website',
    locale: 'zh_CN',
    siteName: SITE_NAME,
    images: [{ url: '/share-card.png', width: 1200, height: 630, alt: `${SITE_NAME}：医保付多少，自己付多少` }],
  };
}
