import type { Metadata, Viewport } from 'next';
import { OldBrowserNotice } from '@/components/OldBrowserNotice';
import { PrintSupport } from '@/components/PrintSupport';
import { SiteFooter } from '@/components/SiteFooter';
import { openGraphOf, SITE_NAME } from '@/components/page-metadata';
import './globals.css';

const DESCRIPTION = '估算住院费用医保报销后的个人自付金额。全部计算在浏览器内完成，数据不离开您的设备。';

/**
 * Where the site is served, for the absolute address of the share card (og:image) a chat app reads:
 * SITE_URL at build time (see README), else the address `npm start` serves.
 */
const SITE_URL = process.env.SITE_URL || 'http://localhost:3000';

// The PNG icons are app/icon.png and app/apple-icon.png, the card's picture public/share-card.png (scripts/share-images.mjs).
export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: DESCRIPTION,
  openGraph: openGraphOf(SITE_NAME, DESCRIPTION),
  twitter: { card: 'summary_large_image' },
};

// No maximum-scale / user-scalable: users must be able to zoom.
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen antialiased">
        <OldBrowserNotice />
        {children}
        <SiteFooter />
        <PrintSupport />
      </body>
    </html>
  );
}
