import type { Metadata, Viewport } from 'next';
import { OldBrowserNotice } from '@/components/OldBrowserNotice';
import { PrintSupport } from '@/components/PrintSupport';
import { SiteFooter } from '@/components/SiteFooter';
import './globals.css';

const DESCRIPTION = '估算住院费用医保报销后的个人自付金额。全部计算在浏览器内完成，数据不离开您的设备。';

export const metadata: Metadata = {
  title: { default: '医保报销估算', template: '%s · 医保报销估算' },
  description: DESCRIPTION,
  openGraph: { title: '医保报销估算', description: DESCRIPTION, type: 'website', locale: 'zh_CN', siteName: '医保报销估算' },
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
