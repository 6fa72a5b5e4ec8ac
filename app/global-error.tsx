'use client';

import { ErrorScreen } from '@/components/ErrorScreen';
import './globals.css';

/** The root layout itself throws: the same screen in a document of its own (it replaces the layout). */
export default function GlobalError() {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen antialiased">
        <title>页面出错了 · 医保报销估算</title>
        <ErrorScreen />
      </body>
    </html>
  );
}
