/**
 * A notice for engines older than the ones the site supports (Chromium 111 / iOS Safari 16.4,
 * e.g. an outdated WeChat). An inline script shows it before any bundle runs, because on such
 * engines the bundle itself may fail; inline styles keep it readable if the stylesheet does not
 * apply. color-mix() arrived in Chromium 111 and Safari 16.2, so its absence marks an older engine.
 */
const DETECT = `(function(){var ok=false;try{ok=CSS.supports('color','color-mix(in srgb, red, blue)')}catch(e){}if(!ok){var n=document.getElementById('old-browser');if(n)n.hidden=false}})();`;

export function OldBrowserNotice() {
  return (
    <>
      <div
        id="old-browser"
        role="alert"
        hidden
        suppressHydrationWarning
        style={{
          margin: '12px',
          padding: '12px 16px',
          border: '3px solid #92400e',
          borderRadius: '8px',
          background: '#fffbeb',
          color: '#111827',
          fontSize: '18px',
          lineHeight: 1.6,
        }}
      >
        您的浏览器版本较旧，本页可能无法正常显示或计算。请把微信更新到最新版本，或点右上角“…”选择“在浏览器中打开”。
      </div>
      <script dangerouslySetInnerHTML={{ __html: DETECT }} />
    </>
  );
}
