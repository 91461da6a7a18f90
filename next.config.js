/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The API and Socket.IO live in the custom server (server/); Next only renders pages.
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
