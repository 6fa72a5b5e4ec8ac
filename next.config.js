// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export: the whole app is HTML/JS served from out/, all computation in the browser.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
};

module.exports = nextConfig;
